"""Finding a site's feeds and sitemaps when it has no profile: robots.txt and the home page."""

from __future__ import annotations

import lxml.html
from protego import Protego

from newsbot.discovery.models import Entry, Listing
from newsbot.discovery.xml import entry_url

_FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/feed+xml", "text/xml"}


def robots_sitemaps(robots_txt: str | bytes, url: str = "") -> list[str]:
    """The `Sitemap:` URLs of a robots.txt (absolute), in file order."""
    text = robots_txt.decode("utf-8", "replace") if isinstance(robots_txt, bytes) else robots_txt
    parser = Protego.parse(text)
    found = (entry_url(url, s) for s in parser.sitemaps)
    return list(dict.fromkeys(u for u in found if u))


def home_sources(html: bytes | str, url: str) -> Listing:
    """Feeds (<link rel=alternate type=rss/atom>) and sitemaps (<link rel=sitemap>) of a home page."""
    try:
        tree = lxml.html.fromstring(html or b"<html></html>")
    except (ValueError, lxml.etree.ParserError) as exc:
        return Listing("home", error=f"unreadable home page {url}: {exc}")
    found: dict[str, Entry] = {}
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = entry_url(url, link.get("href", ""))
        if not href:
            continue
        if ("alternate" in rel and kind in _FEED_TYPES) or "sitemap" in rel:
            found.setdefault(href, Entry(href, None, link.get("title", "")))
    return Listing("home", children=list(found.values()))
