"""Sitemaps: urlsets (with Google News `news:publication_date`/`news:title`) and sitemap indexes.

Scrapy's own sitemap reader keeps only direct children of <url>, so the news fields would be lost;
this reads them, and falls back to <lastmod> for the date.
"""

from __future__ import annotations

from urllib.parse import urljoin

from lxml import etree

from newsbot.discovery.dates import parse_date
from newsbot.discovery.models import Entry, Listing
from newsbot.discovery.xml import child_text, children, local, read_listing


def parse_sitemap(body: bytes | str, url: str = "") -> Listing:
    """Parse a urlset or a sitemapindex; `Listing.error` is set when it is neither."""
    return read_listing(body, url, "sitemap", _read)


def _read(root: etree._Element, url: str) -> Listing:
    kind = local(root.tag)
    if kind == "sitemapindex":
        listing = Listing("sitemapindex")
        for node in children(root, "sitemap"):
            loc = child_text(node, "loc")
            if loc:
                listing.children.append(
                    Entry(urljoin(url, loc), parse_date(child_text(node, "lastmod")))
                )
        return listing
    if kind != "urlset":
        return Listing("sitemap", error=f"malformed sitemap {url}: root element is <{kind}>")
    listing = Listing("urlset")
    for node in children(root, "url"):
        loc = child_text(node, "loc")
        if not loc:
            continue
        published = parse_date(child_text(node, "news", "publication_date")) or parse_date(
            child_text(node, "lastmod")
        )
        title = child_text(node, "news", "title")
        listing.entries.append(Entry(urljoin(url, loc), published, title))
    if listing.entries and any(children(n, "news") for n in children(root, "url")):
        listing.kind = "news_sitemap"
    return listing
