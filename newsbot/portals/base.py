"""What a portal profile is: hosts, article URL shape, sites to crawl and where to discover their articles.

Extraction knowledge (selectors by layout generation) lives in each family's module next to this;
the crawl reads only `Portal.sites`, `Site.sources` and `Portal.article_url`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

SourceKind = Literal["news_sitemap", "sitemap", "rss", "index"]


@dataclass(frozen=True)
class Source:
    """One discovery source. Index URLs may use {date:%Y-%m-%d}-style and {page} placeholders."""

    kind: SourceKind
    url: str
    # Index pages: the last page number worth asking for (Tribun repeats page 10 forever).
    max_pages: int = 10


@dataclass(frozen=True)
class Site:
    """One crawlable site of a family, e.g. lampung.suara.com; `name` is the CLI target (suara-lampung)."""

    name: str
    host: str
    sources: tuple[Source, ...] = ()

    @property
    def home(self) -> str:
        return f"https://{self.host}/"


@dataclass(frozen=True)
class Portal:
    """A portal family (one module in newsbot.portals): the hosts it owns and how its articles look."""

    name: str
    # Regex matched against the whole host name (lower case).
    hosts: str
    # Regex matched against the full URL: which links are articles.
    article_url: str
    sites: tuple[Site, ...] = ()
    title_suffixes: tuple[str, ...] = field(default=())

    def owns_host(self, host: str) -> bool:
        return re.fullmatch(self.hosts, host.lower()) is not None

    def is_article_url(self, url: str) -> bool:
        return re.search(self.article_url, url) is not None
