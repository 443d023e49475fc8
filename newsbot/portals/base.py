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
    # The story is data in the page (Next.js __NEXT_DATA__), not markup: the body is read
    # from there and `body` selectors are not used.
    embedded: bool = False

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
        first_match = None
        for layout in self.layouts:
            if not layout.serves(day) and first_match is not None:
                continue  # cannot change the answer: a match outside its window is only a fallback
            if layout.matches(tree):
                if layout.serves(day):
                    return layout
                first_match = first_match or layout
        return first_match


@lru_cache(maxsize=1024)
def _compiled(css: str) -> CSSSelector | etree.XPath:
    if css.startswith(("/", "./", "(")):
        return etree.XPath(css)
    return CSSSelector(css, translator="html")


def select(root: HtmlElement, css: str) -> list[HtmlElement]:
    """Elements under `root` matching a CSS selector, or an XPath when it starts with "/", "./"
    or "(" (for text tests CSS cannot express). Compiled once per selector string.

    Class selectors ("div.a", ".a .b", ".a, .b") are answered from a per-page class index: a
    profile asks ~40 of them per page and each would otherwise walk the whole tree.
    """
    steps = _class_steps(css)
    found = _select_indexed(root, steps) if steps is not None else None
    if found is not None:
        return found
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


# --- class-index fast path -------------------------------------------------------------------

# One compound step: optional tag, optional #id, classes ("div.mdk-body-paragraph", "#detail h1").
_STEP = re.compile(
    r"^(?P<tag>[a-z][a-z0-9]*)?(?:#(?P<id>[A-Za-z_][\w-]*))?(?P<classes>(?:\.[A-Za-z_][\w-]*)*)$"
)
_WITH_CLASS_OR_ID = etree.XPath("//*[@class or @id]")


@dataclass(frozen=True)
class _Step:
    tag: str
    id: str
    classes: frozenset[str]

    def matches(self, el: HtmlElement) -> bool:
        if self.tag and el.tag != self.tag:
            return False
        if self.id and el.get("id") != self.id:
            return False
        return not self.classes or self.classes <= set(el.get("class", "").split())


Chain = tuple[_Step, ...]


@lru_cache(maxsize=1024)
def _class_steps(css: str) -> tuple[Chain, ...] | None:
    """A selector list made only of descendant chains of tag#id.class steps whose first step
    names an id or class, else None (the compiled selector answers)."""
    if css.startswith(("/", "./", "(")):
        return None
    chains = []
    for part in css.split(","):
        steps = []
        for token in part.split():
            m = _STEP.match(token)
            if m is None or not any(m.groups()):
                return None
            classes = frozenset(c for c in m.group("classes").split(".") if c)
            steps.append(_Step(m.group("tag") or "", m.group("id") or "", classes))
        if not steps or not (steps[0].id or steps[0].classes):
            return None
        chains.append(tuple(steps))
    return tuple(chains)


class _ClassIndex:
    """Elements by class token and by id, for one (read-only) page tree."""

    def __init__(self, doc: HtmlElement) -> None:
        self.doc = doc
        self.by_class: dict[str, list[HtmlElement]] = {}
        self.by_id: dict[str, list[HtmlElement]] = {}
        for el in _WITH_CLASS_OR_ID(doc):
            for token in el.get("class", "").split():
                self.by_class.setdefault(token, []).append(el)
            ident = el.get("id")
            if ident:
                self.by_id.setdefault(ident, []).append(el)

    def candidates(self, step: _Step) -> list[HtmlElement]:
        if step.id:
            return self.by_id.get(step.id, [])
        return self.by_class.get(next(iter(step.classes)), [])


_last_index: _ClassIndex | None = None


def _index_for(doc: HtmlElement) -> _ClassIndex:
    global _last_index  # one page at a time: keep the index of the tree being extracted
    if _last_index is None or _last_index.doc is not doc:
        _last_index = _ClassIndex(doc)
    return _last_index


def _select_indexed(root: HtmlElement, chains: tuple[Chain, ...]) -> list[HtmlElement] | None:
    """Matches in document order, or None when a selector list matched in several of its parts
    (the compiled selector then merges them in document order)."""
    doc = root.getroottree().getroot()
    index = _index_for(doc)
    scope = None if root is doc else root
    answer: list[HtmlElement] = []
    for chain in chains:
        found = _chain_matches(index, chain, scope)
        if found and answer:
            return None
        answer = answer or found
    return answer


def _chain_matches(
    index: _ClassIndex, chain: Chain, scope: HtmlElement | None
) -> list[HtmlElement]:
    # The longest prefix whose last step is indexed is looked up; bare-tag steps after it are
    # walked downwards ("div.tags a").
    cut = max(i for i, step in enumerate(chain) if step.id or step.classes)
    head, tail = chain[: cut + 1], chain[cut + 1 :]
    *ancestors, last = head
    found = [
        el
        for el in index.candidates(last)
        if last.matches(el)
        and (scope is None or el is scope or _is_inside(el, scope))
        and _ancestors_match(el, ancestors, scope)
    ]
    for step in tail:
        out: dict[HtmlElement, None] = {}
        for el in found:
            for child in el.iterdescendants(step.tag or "*"):
                if step.matches(child):
                    out[child] = None
        found = list(out)
    return found


def _ancestors_match(el: HtmlElement, ancestors: list[_Step], scope: HtmlElement | None) -> bool:
    """Descendant combinators: each earlier step matches some ancestor (up to `scope`,
    inclusive), nearest last."""
    remaining = list(ancestors)
    node = el.getparent()
    while remaining and node is not None:
        if isinstance(node.tag, str) and remaining[-1].matches(node):
            remaining.pop()
        if node is scope:
            break
        node = node.getparent()
    return not remaining


def _is_inside(el: HtmlElement, root: HtmlElement) -> bool:
    return any(node is root for node in el.iterancestors())
