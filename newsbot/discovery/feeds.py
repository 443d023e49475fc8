"""RSS 2.0 and Atom feeds: item links with their publication dates and titles."""

from __future__ import annotations

from lxml import etree

from newsbot.discovery.dates import parse_date
from newsbot.discovery.models import Entry, Listing
from newsbot.discovery.xml import MAX_ENTRIES, child_text, children, entry_url, local, read_listing


def _atom_link(entry: object) -> str:
    links = children(entry, "link")  # type: ignore[arg-type]
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "")
    return links[0].get("href", "") if links else ""


def parse_feed(body: bytes | str, url: str = "") -> Listing:
    """Parse RSS 2.0 (also RSS 1.0/RDF items) or Atom; `Listing.error` for anything else."""
    return read_listing(body, url, "feed", _read)


def _read(root: etree._Element, url: str) -> Listing:
    kind = local(root.tag)
    listing = Listing("feed")
    if kind in {"rss", "RDF"}:
        channel = children(root, "channel")
        items = children(channel[0], "item") if channel else []
        items += children(root, "item")
        for item in items:
            _add(listing, url, item, child_text(item, "link") or child_text(item, "guid"))
        return listing
    if kind == "feed":
        for item in children(root, "entry"):
            _add(listing, url, item, _atom_link(item))
        return listing
    return Listing("feed", error=f"malformed feed {url}: root element is <{kind}>")


def _add(listing: Listing, base: str, item: etree._Element, link: str) -> None:
    """One feed item; an unusable one (no http(s) link, over the limit) is skipped and counted."""
    if not link:
        return
    try:
        url = entry_url(base, link)
        if not url or len(listing.entries) >= MAX_ENTRIES:
            listing.skipped += 1
            return
        when = (
            parse_date(child_text(item, "pubDate"))
            or parse_date(child_text(item, "date"))
            or parse_date(child_text(item, "published"))
            or parse_date(child_text(item, "updated"))
        )
        listing.entries.append(Entry(url, when, child_text(item, "title")))
    except (ValueError, TypeError, OverflowError):
        listing.skipped += 1
