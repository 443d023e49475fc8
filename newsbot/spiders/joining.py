"""Joining the pages of a multi-page article into one record (pure; no Scrapy).

Page 1's paging decides: when it names an all-pages copy (?page=all) the crawl fetches that, else it
walks the next links, keeping each page's HTML (`PageWalk`). Extraction then reads the pages once,
as one document (`extract_pages(..., more_pages=...)`), so quotes and lists see the whole article;
page 1 is never extracted on its own first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsbot.extract import Paging


@dataclass
class PageWalk:
    """One multi-page article being fetched: its first page (HTML, URL, the URL first requested,
    its paging), then the further pages' (html, url) in order, and every URL asked for."""

    html: bytes
    url: str
    content_type: str | None
    fetched_url: str
    paging: Paging
    further: list[tuple[bytes, str]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)

    def has(self, html: bytes) -> bool:
        """Whether this page is one the walk holds already (a page past the end serving one)."""
        return html == self.html or any(html == page for page, _ in self.further)


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
