"""Joining the pages of a multi-page article into one record (pure; no Scrapy)."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsbot.record import Article


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()


def append_page(joined: Article, page: Article) -> Article:
    """Add one further page's paragraphs (and quotes, lists, images) to the joined record."""
    known = set(joined.paragraphs)
    offset = len(joined.paragraphs)
    new = [p for p in page.paragraphs if p not in known]
    index = {p: offset + i for i, p in enumerate(new)}
    joined.paragraphs.extend(new)
    for quote in page.quotes:
        paragraph = (
            page.paragraphs[quote["paragraph"]]
            if 0 <= quote["paragraph"] < len(page.paragraphs)
            else ""
        )
        if paragraph in index:
            joined.quotes.append({**quote, "paragraph": index[paragraph]})
    for key, links in page.lists.items():
        have = {link["url"] or link["title"] for link in joined.lists.get(key, [])}
        extra = [link for link in links if (link["url"] or link["title"]) not in have]
        if extra:
            joined.lists.setdefault(key, []).extend(extra)
    seen_images = {image["url"] for image in joined.images}
    joined.images.extend(image for image in page.images if image["url"] not in seen_images)
    joined.tags.extend(tag for tag in page.tags if tag not in joined.tags)
    return finish(joined)


def finish(joined: Article) -> Article:
    """Recompute body and hash from the joined paragraphs; clear the paging links."""
    if joined.paragraphs:
        joined.body = "\n\n".join(joined.paragraphs)
        joined.content_hash = body_hash(joined.body)
    joined.next_page_url = ""
    joined.all_pages_url = ""
    return joined


def adopt_all_pages(first: Article, whole: Article) -> Article | None:
    """The ?page=all copy replaces the first page when it holds more text; else None.

    None means the "all pages" address served nothing more (a static copy ignoring the query, an
    error page that still parses): the caller walks the pages instead.
    """
    if len(whole.body) <= len(first.body):
        return None
    whole.url = first.url or whole.url
    whole.fetched_url = first.fetched_url
    whole.pages = max(whole.pages, first.pages, 2)
    return finish(whole)


def rebase_query(link: str, page_url: str) -> str:
    """`link`'s query applied to `page_url` when `link` points at another host.

    Extraction builds ?page=all on the canonical URL; a page fetched from a copy (a mirror, the
    demo site) must ask its own host for it.
    """
    target, here = urlsplit(link), urlsplit(page_url)
    if target.netloc == here.netloc:
        return link
    query = dict(parse_qsl(here.query, keep_blank_values=True))
    query.update(parse_qsl(target.query, keep_blank_values=True))
    return urlunsplit((here.scheme, here.netloc, here.path, urlencode(query), ""))
