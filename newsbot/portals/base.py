"""What a portal profile is: everything newsbot knows about one portal, in one place.

The crawl reads only `Portal.sites`, `Site.sources` and `Portal.article_url`. Extraction reads
`Portal.layouts`: one `Layout` per template generation with its validity window (fundus's way: a new
layout is a new version, the old one stays for old pages and archives; the windows of a portal's
generations do not overlap). Layouts are data: CSS selectors tried in order, so a changed class
name means a new selector in a tuple, not new code. Selectors are compiled (cssselect, the engine
parsel uses) when the profile is built, so a bad one fails at import, never silently on a page.

The portal's other facts (brand words, dateline spellings, noise classes, sign-offs, list hints)
are read by the generic extraction modules through `newsbot.portals.knowledge`, which holds no
portal's name itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from cssselect.xpath import XPathExpr
from lxml import etree
from lxml.html import HtmlElement
from parsel.csstranslator import HTMLTranslator

if TYPE_CHECKING:
    from cssselect.parser import Class

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
    they break ties when several layouts match a page, and a portal's generations never overlap.
    A `parallel` layout is a reader served beside the generations (told apart by markup only, such
    as KLY's 2022 "today" reader): it is exempt from the rule and listed after them. `detect`
    selectors must match for the layout to apply (default: the body selectors).
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
    parallel: bool = False

    def __post_init__(self) -> None:
        for css in self.selectors():
            compiled(css)  # a selector that does not compile fails here, at import

    def selectors(self) -> list[str]:
        """Every selector of the layout, in field order."""
        return [
            css for f in fields(self) if isinstance(v := getattr(self, f.name), tuple) for css in v
        ]

    def matches(self, tree: HtmlElement) -> bool:
        return any(select(tree, css) for css in (self.detect or self.body))

    def serves(self, day: date | None) -> bool:
        if day is None:
            return True
        if self.valid_from and day < self.valid_from:
            return False
        return not (self.valid_until and day > self.valid_until)

    def overlaps(self, other: Layout) -> bool:
        """Whether the two validity windows share a day."""
        start = max(self.valid_from or date.min, other.valid_from or date.min)
        end = min(self.valid_until or date.max, other.valid_until or date.max)
        return start <= end


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
    # Regex fragments (case-insensitive, whole words) naming the brand in a title segment or a
    # byline: "Headline - Tribunlampung.co.id" loses the segment, a byline "Detik" names no person.
    brands: tuple[str, ...] = ()
    # How the outlet spells itself after a host-like dateline printed in capitals
    # ("KOMPAS.COM -" -> "Kompas.com").
    outlet_spellings: tuple[str, ...] = ()
    # Regex fragments (case as printed) of the outlet written without a host in datelines
    # ("Mataram (ANTARA News) -", "Jakarta, CNN Indonesia --").
    dateline_outlets: tuple[str, ...] = ()
    # Regional brands written in camel case after this prefix ("SUARALAMPUNG.ID" -> SuaraLampung.id).
    camel_prefix: str = ""
    # Regex fragments of byline tails that name the outlet, not the person ("Nama - detikNews").
    byline_suffixes: tuple[str, ...] = ()
    # The company behind the portal, printed as an author ("Kompas Cyber Media"): never a person.
    organisations: tuple[str, ...] = ()
    # Class/id parts (split at - and _) of the portal's widgets inside the story: body noise.
    noise_classes: frozenset[str] = frozenset()
    # Desk codes that sign a story off ("(ant)"), regex fragments inside the parentheses.
    sign_offs: tuple[str, ...] = ()
    # Regex fragments of whole lines of the portal's furniture that are never prose.
    boilerplate: tuple[str, ...] = ()
    # Link lists with no text heading: (CSS selector, list key) ("table.linksisip" is Baca Juga).
    list_hints: tuple[tuple[str, str], ...] = ()
    # Newest first: extraction takes the first layout that matches the page.
    layouts: tuple[Layout, ...] = ()
    # Query that makes the portal serve every page of a multi-page article at once ("page=all").
    all_pages_query: str = ""
    # Query parameter of the n-th page ("page" -> ?page=2).
    page_param: str = "page"
    # Regex (group 1 = the section) applied to the URL path when the page names no section.
    section_from_url: str = r"^/([a-z0-9-]+)/"
    # AMP/mobile copies of an article -> the article's own URL: (regex, replacement) pairs applied
    # to the whole URL in order, so a link to a copy joins the article stored under its canonical.
    url_variants: tuple[tuple[str, str], ...] = ()
    # Query parameters that only track a click or pick a copy of the same article.
    copy_params: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for css, _ in self.list_hints:
            compiled(css)

    def owns_host(self, host: str) -> bool:
        # An outlet known only by name (newsbot.portals.outlets) owns no host.
        return bool(self.hosts) and re.fullmatch(self.hosts, host.lower()) is not None

    def is_article_url(self, url: str) -> bool:
        return re.search(self.article_url, url) is not None

    def canonical_url(self, url: str) -> str:
        """The URL of the article a link points to: AMP/mobile variants resolved, and on article
        URLs the copy and paging parameters (`?page=all`, `?page=2`) dropped."""
        for pattern, replacement in self.url_variants:
            url = re.sub(pattern, replacement, url)
        parts = urlsplit(url)
        if not parts.query:
            return url
        drop = set(self.copy_params)
        if self.is_article_url(url):
            drop |= {self.page_param, self.all_pages_query.partition("=")[0]}
        kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in drop]
        return urlunsplit(parts._replace(query=urlencode(kept)))

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


class _Translator(HTMLTranslator):
    """parsel's CSS-to-XPath translator with a cheap `contains(@class, …)` test before the exact
    class-token test: a profile asks ~20 selectors per page and the exact test
    (concat + normalize-space on every element with a class) is most of their cost."""

    def xpath_class(self, class_selector: Class) -> XPathExpr:
        xpath = self.xpath(class_selector.selector)
        name = class_selector.class_name
        return xpath.add_condition(
            f"@class and contains(@class, {self.xpath_literal(name)})"
            f" and contains(concat(' ', normalize-space(@class), ' '),"
            f" {self.xpath_literal(' ' + name + ' ')})"
        )


_TRANSLATOR = _Translator()


@lru_cache(maxsize=4096)
def compiled(css: str) -> etree.XPath:
    """A CSS selector, or an XPath when it starts with "/", "./" or "(" (for text tests CSS cannot
    express), compiled once. Raises (cssselect.SelectorError, lxml.etree.XPathSyntaxError) on a
    selector that does not compile: a profile's mistake is an error, not an empty result."""
    if css.startswith(("/", "./", "(")):
        return etree.XPath(css)
    return etree.XPath(_TRANSLATOR.css_to_xpath(css))


def select(root: HtmlElement, css: str) -> list[HtmlElement]:
    """Elements under `root` matching a selector (see `compiled`)."""
    found: Any = compiled(css)(root)
    return [el for el in found if isinstance(el, HtmlElement)]


def select_first(root: HtmlElement, selectors: Selectors) -> list[HtmlElement]:
    """Elements of the first selector in the chain that matches anything (the fallback chain)."""
    for css in selectors:
        found = select(root, css)
        if found:
            return found
    return []
