"""Joining the pages of a multi-page article into one record (pure; no Scrapy)."""

from __future__ import annotations

import hashlib

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
    joined.pages += 1
    return finish(joined)


def finish(joined: Article) -> Article:
    """Recompute body and hash from the joined paragraphs; clear the paging links."""
    if joined.paragraphs:
        joined.body = "\n\n".join(joined.paragraphs)
        joined.content_hash = body_hash(joined.body)
    joined.next_page_url = ""
    joined.all_pages_url = ""
    return joined


def adopt_all_pages(first: Article, whole: Article) -> Article:
    """The ?page=all copy replaces the first page when it holds at least as much text."""
    if len(whole.body) < len(first.body):
        return finish(first)
    whole.url = first.url or whole.url
    whole.fetched_url = first.fetched_url
    longer = 2 if len(whole.body) > len(first.body) else 1
    whole.pages = max(whole.pages, first.pages, longer)
    return finish(whole)
