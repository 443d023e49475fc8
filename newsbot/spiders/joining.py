"""Joining the pages of a multi-page article into one record (pure; no Scrapy).

The crawl walks the pages and keeps their HTML (`PageWalk`); extraction then reads them once, as one
document (`extract_article(..., more_pages=...)`), so quotes and lists see the whole article.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsbot.record import Article


@dataclass
class PageWalk:
    """One multi-page article being fetched: the first page's own record (emitted when the rest
    cannot be had), its HTML, and the further pages' (html, url) in order."""

    first: Article
    html: bytes
    url: str
    content_type: str | None
    further: list[tuple[bytes, str]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)


def body_hash(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()


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
