"""Turning profile sources into URLs to fetch, and reading a fetched document of unknown kind."""

from __future__ import annotations

import datetime as dt
import re

from newsbot.discovery.feeds import parse_feed
from newsbot.discovery.models import Listing
from newsbot.discovery.sitemaps import parse_sitemap

_DATE_FIELD = re.compile(r"\{date(?::([^}]*))?\}")


def expand_source_urls(template: str, days: list[dt.date], page: int | None = None) -> list[str]:
    """Fill {date:FMT} (once per day, newest first) and {page}; a template without {date} is one URL."""

    def fill(day: dt.date | None) -> str:
        text = template
        if day is not None:
            text = _DATE_FIELD.sub(lambda m: day.strftime(m.group(1) or "%Y-%m-%d"), text)
        if page is not None:
            text = text.replace("{page}", str(page))
        return text

    if _DATE_FIELD.search(template):
        return list(dict.fromkeys(fill(day) for day in days))
    return [fill(None)]


def has_pages(template: str) -> bool:
    return "{page}" in template


def parse_any(body: bytes | str, url: str = "") -> Listing:
    """A discovery document whose kind is unknown (robots.txt Sitemap: may point at a feed)."""
    head = (body[:2048] if isinstance(body, bytes) else body[:2048].encode()).lower()
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return parse_feed(body, url)
    return parse_sitemap(body, url)
