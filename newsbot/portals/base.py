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
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from cssselect import parse as parse_css
from cssselect.parser import (
    Attrib,
    Class,
    CombinedSelector,
    Element,
    Function,
    Hash,
    Matching,
    Negation,
    Pseudo,
    Relation,
    SpecificityAdjustment,
    Tree,
)
from cssselect.xpath import XPathExpr, is_safe_name
from lxml import etree
from lxml.html import HtmlElement
from parsel.csstranslator import HTMLTranslator

if TYPE_CHECKING:
    from newsbot.extract.page import Page

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

    def matches(self, tree: HtmlElement, vocabulary: Vocabulary | None = None) -> bool:
        return any(select(tree, css, vocabulary) for css in (self.detect or self.body))

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

    def layout_for(
        self, tree: HtmlElement, day: date | None = None, vocabulary: Vocabulary | None = None
    ) -> Layout | None:
        """The layout serving this page: matching ones first whose window holds `day`, newest first."""
        first_match = None
        for layout in self.layouts:
            if not layout.serves(day) and first_match is not None:
                continue  # cannot change the answer: a match outside its window is only a fallback
            if layout.matches(tree, vocabulary):
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


# What a branch of a selector group needs the document to hold: ("tokens", attribute, word) a
# whitespace-separated word of some value of the attribute (a class), ("values", attribute, value)
# a whole value (an id), ("contains", attribute, text) a value holding the text, ("names",
# attribute, "") the attribute on some element.
Need = tuple[str, str, str]


# One compound selector as the element index reads it: the tag (None: any), classes and ids.
_Compound = tuple[str | None, tuple[str, ...], tuple[str, ...]]
# A branch as steps from the left: ("", first compound), then (" " or ">", compound) each.
_Path = tuple[tuple[str, _Compound], ...]


@dataclass(frozen=True)
class _Branch:
    xpath: str
    needs: frozenset[Need]
    # The branch as Vocabulary.select reads it, or None when it is more than classes, ids and
    # tags joined by descendant and child combinators, starting from a class or an id.
    path: _Path | None = None


@lru_cache(maxsize=4096)
def _branches(css: str) -> tuple[_Branch, ...]:
    """The comma-separated parts of a CSS group, each with its XPath (as `compiled` joins them)
    and what it cannot match without; () for an XPath selector, which is never skipped."""
    if css.startswith(("/", "./", "(")):
        return ()
    return tuple(
        _Branch(
            _TRANSLATOR.selector_to_xpath(part, translate_pseudo_elements=True),
            frozenset(_needs(part.parsed_tree)),
            _path(part.parsed_tree) if part.pseudo_element is None else None,
        )
        for part in parse_css(css)
    )


def _path(tree: Tree) -> _Path | None:
    """`tree` as index steps (see _Branch.path), or None."""
    if isinstance(tree, CombinedSelector):
        left = _path(tree.selector) if tree.combinator in (" ", ">") else None
        right = _compound(tree.subselector)
        return None if left is None or right is None else (*left, (tree.combinator, right))
    first = _compound(tree)
    return (("", first),) if first is not None and (first[1] or first[2]) else None


def _compound(tree: Tree) -> _Compound | None:
    """A type or universal selector with classes and ids (as the HTML translator reads them),
    or None for anything else (attributes, pseudo-classes, namespaces, …)."""
    classes: list[str] = []
    ids: list[str] = []
    while True:
        if isinstance(tree, Class):
            if not tree.class_name or _XML_SPACE & set(tree.class_name):
                return None  # (the XPath test then spans tokens)
            classes.append(tree.class_name)
        elif isinstance(tree, Hash):
            ids.append(tree.id)
        elif isinstance(tree, Element):
            name = tree.element
            if tree.namespace or (name and not is_safe_name(name)):
                return None
            return (name.lower() if name else None, tuple(classes), tuple(ids))
        else:
            return None
        tree = tree.selector


_XML_SPACE = frozenset(" \t\r\n")


def _needs(tree: Tree) -> list[Need]:
    """Every class, id and attribute test on the path to the matched element and its ancestors
    (a compound and a descendant combinator need all their parts; a negation or :has() needs
    nothing more than the element it qualifies)."""
    needs: list[Need] = []
    while True:
        if isinstance(tree, CombinedSelector):
            needs += _needs(tree.subselector)
            tree = tree.selector
        elif isinstance(tree, Class):
            if tree.class_name and not _XML_SPACE & set(tree.class_name):
                needs.append(("tokens", "class", tree.class_name))
            tree = tree.selector
        elif isinstance(tree, Hash):
            needs.append(("values", "id", tree.id))
            tree = tree.selector
        elif isinstance(tree, Attrib):
            name = tree.attrib.lower()  # as the HTML translator reads it
            if not tree.namespace and is_safe_name(name):
                value = tree.value.value if tree.value is not None else None
                if tree.operator == "~=" and value and not _XML_SPACE & set(value):
                    needs.append(("tokens", name, value))
                elif tree.operator == "=" and value is not None:
                    needs.append(("values", name, value))
                elif tree.operator in ("*=", "^=", "$=", "|=") and value:
                    needs.append(("contains", name, value))
                elif tree.operator != "!=":  # [a!=b] also matches elements without a
                    needs.append(("names", name, ""))
            tree = tree.selector
        elif isinstance(
            tree, (Negation, Relation, Matching, SpecificityAdjustment, Pseudo, Function)
        ):
            tree = tree.selector
        else:  # an element or the universal selector: every document may hold one
            return needs


class Vocabulary:
    """The attribute values one document holds (class tokens, ids, ...), each attribute read in one
    C-level pass when a selector first asks about it. A selector group is a union of branches; a
    branch needing a class the page lacks cannot match, so `select` leaves it out instead of
    walking the tree for it: the generic byline and tag selectors are ~20 full-tree XPath passes a
    page, and most of their classes are on no page.

    Built from the tree as it is: a step that adds elements to the tree (joining the further
    pages of an article) must call `Page.changed()` so the next selector reads a new one.

    Class and id values are read with their elements (lxml's "smart" strings), and the
    selectors made of classes, ids and tags are answered from the tree's root from those
    (`select`): an XPath class test costs ~0.3 us an element, and a profiled page asks ~5 of
    them page-wide (layout detection, body, date, byline)."""

    def __init__(self, tree: HtmlElement) -> None:
        self.root = tree
        # //@class reads the whole document: its values answer for the tree only from its root.
        self._whole = tree.getroottree().getroot() is tree and not any(
            isinstance(other.tag, str)
            for other in (*tree.itersiblings(), *tree.itersiblings(preceding=True))
        )  # (libxml2 makes a second top-level <html> of a page that repeats its <html>)
        self._sets: dict[tuple[str, str], frozenset[str] | str] = {}
        # Each attribute's values, read once for all the kinds asked of it (class is asked as
        # tokens and as text, id as values and as text).
        self._values: dict[str, list[str]] = {}
        self._by_class: dict[str, list[HtmlElement]] = {}
        self._by_id: dict[str, list[HtmlElement]] | None = None
        self._position: dict[HtmlElement, int] | None = None

    def holds(self, need: Need) -> bool:
        kind, attribute, word = need
        return word in self._set(kind, attribute)

    def _set(self, kind: str, attribute: str) -> frozenset[str] | str:
        """The attribute's whitespace-separated words ("tokens"), whole values ("values"), all
        values one a line ("contains"), or {""} when some element has it at all ("names")."""
        key = (kind, attribute)
        found = self._sets.get(key)
        if found is None:
            values = self._values.get(attribute)
            if values is None:
                values = self._values[attribute] = self._read(attribute)
            if kind == "tokens":
                # normalize-space's whitespace (the XPath tests), not str.split's wider one
                found = frozenset(" ".join(values).translate(_TO_SPACE).split(" "))
            elif kind == "values":
                found = frozenset(values)
            elif kind == "contains":
                found = "\n".join(values)
            else:
                found = frozenset({""}) if values else frozenset()
            self._sets[key] = found
        return found

    def _read(self, attribute: str) -> list[str]:
        """The attribute's values in document order (class and id: each knows its element)."""
        return _attribute_pass(attribute, attribute in _OWNED)(self.root)

    def owned(self, attribute: str) -> list[Any]:
        """The values of an attribute of _OWNED as smart strings: `value.getparent()` is the
        element holding it (document order)."""
        values = self._values.get(attribute)
        if values is None:
            values = self._values[attribute] = self._read(attribute)
        return values

    def _with_class(self, name: str) -> list[HtmlElement]:
        """The elements whose class has the token `name`, in document order."""
        found = self._by_class.get(name)
        if found is None:
            found = self._by_class[name] = [
                value.getparent()
                for value in self.owned("class")
                if name in value and name in value.translate(_TO_SPACE).split(" ")
            ]
        return found

    def with_id(self, name: str) -> list[HtmlElement]:
        """The elements whose id is `name`, in document order (`//*[@id=$name]`)."""
        if self._by_id is None:
            self._by_id = {}
            for value in self.owned("id"):
                self._by_id.setdefault(str(value), []).append(value.getparent())
        return self._by_id.get(name, [])

    def _in_order(self, elements: list[HtmlElement]) -> list[HtmlElement]:
        if self._position is None:
            self._position = {el: i for i, el in enumerate(self.root.iter())}
        return sorted(elements, key=self._position.__getitem__)

    @property
    def whole(self) -> bool:
        """Whether the values read (document-wide) are those of the root's subtree: it is the
        document's root, with no element beside it."""
        return self._whole

    def answers(self, root: HtmlElement, branches: Sequence[_Branch]) -> bool:
        """Whether `select` can answer for these branches from `root`."""
        return root is self.root and self._whole and all(b.path for b in branches)

    def select(self, branches: Sequence[_Branch]) -> list[HtmlElement]:
        """What the union of the branches' XPaths gives from the root (each branch has a
        path; see `answers`): elements in document order, each once."""
        found = [hits for branch in branches if (hits := self._follow(branch.path or ()))]
        if len(found) <= 1:
            return found[0] if found else []
        return self._in_order(list(dict.fromkeys(el for hits in found for el in hits)))

    def _follow(self, path: _Path) -> list[HtmlElement]:
        _, (tag, classes, ids) = path[0]
        start = self.with_id(ids[0]) if ids else self._with_class(classes[0])
        current = [el for el in start if _fits(el, tag, classes, ids)]
        for combinator, (tag, classes, ids) in path[1:]:
            if not current:
                return []
            scope = set(current)
            if classes or ids:
                candidates = self.with_id(ids[0]) if ids else self._with_class(classes[0])
                current = [
                    el
                    for el in candidates
                    if _fits(el, tag, classes, ids)
                    and (
                        any(up in scope for up in el.iterancestors())
                        if combinator == " "
                        else el.getparent() in scope
                    )
                ]
                continue
            below: dict[HtmlElement, None] = {}
            for top in current:
                if combinator == " ":
                    # In document order: `current` is, and a top inside another one adds
                    # nothing its outer top did not.
                    for el in top.iter(tag or etree.Element):
                        if el is not top:
                            below[el] = None
                else:
                    below.update(
                        dict.fromkeys(
                            child
                            for child in top
                            if isinstance(child.tag, str) and (tag is None or child.tag == tag)
                        )
                    )
            current = list(below)
            if combinator == ">" and len(scope) > 1:
                current = self._in_order(current)
        return current

    def text(self, attribute: str) -> str:
        """Every value of the attribute in the document, one a line."""
        found = self._set("contains", attribute)
        assert isinstance(found, str)
        return found

    def covers(self, root: HtmlElement) -> bool:
        """Whether `root` is in this document (a fragment built elsewhere is not)."""
        return root is self.root or root.getroottree().getroot() is self.root


_TO_SPACE = str.maketrans("\t\r\n", "   ")


# The attributes whose values are read with their elements (Vocabulary.select, the lists
# walk's tag boxes).
_OWNED = frozenset({"class", "id", "data-testid"})


@lru_cache(maxsize=256)
def _attribute_pass(attribute: str, owned: bool = False) -> etree.XPath:
    return etree.XPath(f"//@{attribute}", smart_strings=owned)


def vocabulary(page: Page) -> Vocabulary:
    """The page's Vocabulary, built once per page: `page.index(vocabulary)`."""
    return Vocabulary(page.tree)


def _fits(el: HtmlElement, tag: str | None, classes: tuple[str, ...], ids: tuple[str, ...]) -> bool:
    """Whether `el`, found by the compound's first id (else its first class), is of its tag
    and has all its classes and ids."""
    if tag is not None and el.tag != tag:
        return False
    if any(el.get("id") != name for name in ids):
        return False
    if len(classes) > 1 or (classes and ids):
        tokens = (el.get("class") or "").translate(_TO_SPACE).split(" ")
        return all(name in tokens for name in classes)
    return True


@lru_cache(maxsize=8192)
def _union(branches: tuple[_Branch, ...]) -> etree.XPath:
    return etree.XPath(" | ".join(branch.xpath for branch in branches))


def select(root: HtmlElement, css: str, vocabulary: Vocabulary | None = None) -> list[HtmlElement]:
    """Elements under `root` matching a selector (see `compiled`). With the document's
    `vocabulary`, the branches of a group that need a class, id or attribute the document lacks
    are left out (the same elements, in the same order: an XPath union is in document order)."""
    xpath = compiled(css)
    if vocabulary is not None and vocabulary.covers(root):
        branches = _branches(css)
        if branches:
            kept = tuple(b for b in branches if all(vocabulary.holds(n) for n in b.needs))
            if not kept:
                return []
            if vocabulary.answers(root, kept):
                return vocabulary.select(kept)
            if len(kept) < len(branches):
                xpath = _union(kept)
    found: Any = xpath(root)
    return [el for el in found if isinstance(el, HtmlElement)]


def select_first(
    root: HtmlElement, selectors: Selectors, vocabulary: Vocabulary | None = None
) -> list[HtmlElement]:
    """Elements of the first selector in the chain that matches anything (the fallback chain)."""
    for css in selectors:
        found = select(root, css, vocabulary)
        if found:
            return found
    return []
