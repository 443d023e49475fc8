"""What a portal profile is: hosts, article URL shape, sites to crawl, and layout generations.

The crawl reads only `Portal.sites`, `Site.sources` and `Portal.article_url`. Extraction reads
`Portal.layouts`: one `Layout` per template generation with its validity window (fundus's way: a new
layout is a new version, the old one stays for old pages and archives). Layouts are data: CSS
selectors tried in order, so a changed class name means a new selector in a tuple, not new code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from cssselect import SelectorError
from lxml import etree
from lxml.cssselect import CSSSelector

if TYPE_CHECKING:
    from lxml.html import HtmlElement

SourceKind = Literal["news_sitemap", "sitemap", "rss", "index"]
Selectors = tuple[str, ...]


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
class Layout:
    """One template generation of a portal: selectors per field, tried in order, and a validity window.

    `valid_from`/`valid_until` are the publication dates the template served (None = open end);
    they break ties when several layouts match a page. `detect` selectors must match for the
    layout to apply (default: the body selectors).
    """

    version: str
    valid_from: date | None = None
    valid_until: date | None = None
    detect: Selectors = ()
    headline: Selectors = ()
    published: Selectors = ()
    authors: Selectors = ()
    editor: Selectors = ()
    body: Selectors = ()
    # Noise inside the body container: removed before paragraphs are read.
    drop: Selectors = ()
    tags: Selectors = ()
    section: Selectors = ()
    lead: Selectors = ()
    page_count: Selectors = ()

    def matches(self, tree: HtmlElement) -> bool:
        return any(select(tree, css) for css in (self.detect or self.body))

    def serves(self, day: date | None) -> bool:
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day > self.valid_until)


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
    # Brand names as printed in titles, og:site_name and datelines ("SuaraJogja.id", "Tribun Solo").
    site_names: tuple[str, ...] = ()
    # Newest first: extraction takes the first layout that matches the page.
    layouts: tuple[Layout, ...] = ()
    # Query that makes the portal serve every page of a multi-page article at once ("page=all").
    all_pages_query: str = ""
    # Query parameter of the n-th page ("page" -> ?page=2).
    page_param: str = "page"
    # Regex (group 1 = the section) applied to the URL path when the page names no section.
    section_from_url: str = r"^/([a-z0-9-]+)/"

    def owns_host(self, host: str) -> bool:
        return re.fullmatch(self.hosts, host.lower()) is not None

    def is_article_url(self, url: str) -> bool:
        return re.search(self.article_url, url) is not None

    def layout_for(self, tree: HtmlElement, day: date | None = None) -> Layout | None:
        """The layout serving this page: matching ones first whose window holds `day`, newest first."""
        matching = [layout for layout in self.layouts if layout.matches(tree)]
        for layout in matching:
            if layout.serves(day):
                return layout
        return matching[0] if matching else None


@lru_cache(maxsize=1024)
def _compiled(css: str) -> CSSSelector | etree.XPath:
    if css.startswith(("/", "./", "(")):
        return etree.XPath(css)
    return CSSSelector(css, translator="html")


def select(root: HtmlElement, css: str) -> list[HtmlElement]:
    """Elements under `root` matching a CSS selector, or an XPath when it starts with "/", "./"
    or "(" (for text tests CSS cannot express). Compiled once per selector string."""
    try:
        return _compiled(css)(root)
    except (
        SelectorError,
        etree.XPathError,
    ):  # a bad selector in a profile must not take extraction down
        return []


def select_first(root: HtmlElement, selectors: Selectors) -> list[HtmlElement]:
    """Elements of the first selector in the chain that matches anything (the fallback chain)."""
    for css in selectors:
        found = select(root, css)
        if found:
            return found
    return []
