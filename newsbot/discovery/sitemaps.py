"""Sitemaps: urlsets (with Google News `news:publication_date`/`news:title`) and sitemap indexes.

Scrapy's own sitemap reader keeps only direct children of <url>, so the news fields would be lost;
this reads them, and falls back to <lastmod> for the date.
"""

from __future__ import annotations

from lxml import etree

from newsbot.discovery.dates import parse_date
from newsbot.discovery.models import Entry, Listing
from newsbot.discovery.xml import (
    MAX_ENTRIES,
    children,
    entry_url,
    first_children,
    local,
    read_listing,
    text_of,
)


def parse_sitemap(body: bytes | str, url: str = "") -> Listing:
    """Parse a urlset or a sitemapindex; `Listing.error` is set when it is neither."""
    return read_listing(body, url, "sitemap", _read)


def _read(root: etree._Element, url: str) -> Listing:
    kind = local(root.tag)
    if kind == "sitemapindex":
        listing = Listing("sitemapindex")
        for node in children(root, "sitemap"):
            child = _entry(listing, first_children(node), url, index=True)
            if child is not None:
                listing.children.append(child)
        return listing
    if kind != "urlset":
        return Listing("sitemap", error=f"malformed sitemap {url}: root element is <{kind}>")
    listing = Listing("urlset")
    news = False
    for node in children(root, "url"):
        kids = first_children(node)
        entry = _entry(listing, kids, url, index=False)
        if entry is not None:
            listing.entries.append(entry)
            news = news or "news" in kids
    if listing.entries and news:
        listing.kind = "news_sitemap"
    return listing


def _entry(
    listing: Listing, kids: dict[str, etree._Element], base: str, index: bool
) -> Entry | None:
    """One <url> or <sitemap> entry (its children by local name); an unusable one (no http(s)
    URL, a list over the limit) is counted in `listing.skipped` and costs itself only."""
    if len(listing.children if index else listing.entries) >= MAX_ENTRIES:
        listing.skipped += 1
        return None
    loc = text_of(kids.get("loc"))
    if not loc:
        return None
    try:
        url = entry_url(base, loc)
        if not url:
            listing.skipped += 1
            return None
        lastmod = text_of(kids.get("lastmod"))
        if index:
            return Entry(url, parse_date(lastmod))
        news = first_children(kids["news"]) if "news" in kids else {}
        published = parse_date(text_of(news.get("publication_date"))) or parse_date(lastmod)
        return Entry(url, published, text_of(news.get("title")))
    except (ValueError, TypeError, OverflowError):
        listing.skipped += 1
        return None
