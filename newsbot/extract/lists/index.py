"""The per-page index the list passes share: one walk over the tree (document order, label
owners, tag-marked boxes, short texts, links and buttons, attribute text) and the link verdicts,
built once per page and kept on it (`page.index(PageIndex.of)`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from lxml import etree
from lxml.html import HtmlElement

from newsbot.extract.lists.vocabulary import holds_inline_word
from newsbot.extract.page import Page
from newsbot.portals.base import Vocabulary, vocabulary


@cache
def _compiled(expr: str) -> etree.XPath:
    return etree.XPath(expr)


def xpath(el: HtmlElement, expr: str, **variables: str) -> list:
    """`el.xpath(expr)` with the expression compiled once (compiling costs more than running the small ones)."""
    return _compiled(expr)(el, **variables)


@dataclass
class PageIndex:
    """What the passes need from every element, read in one walk (lxml builds a Python string on
    each .text/.tail read, and a Python proxy on each element first seen: one walk pays that once),
    and the link verdicts the passes share. Built once per page: `page.index(PageIndex.of)`."""

    order: dict[HtmlElement, int]  # document position of every node
    label_owners: list[
        HtmlElement
    ]  # elements whose text or a child's tail may carry an inline label
    tag_marked: list[HtmlElement]  # under <body>, not links: class/id/data-testid holds "tag"
    short_texts: list[tuple[HtmlElement, str]]  # (owner, text) under <body> below 80 characters
    clickers: list[HtmlElement]  # links and buttons under <body>
    usable: dict[HtmlElement, bool] = field(default_factory=dict)  # see usable
    titles: dict[HtmlElement, str] = field(default_factory=dict)  # see _link_title
    # Texts that may print a date and a clock (see dated_texts): (position, holder, text, tail).
    dated: list[tuple[int, HtmlElement, str, bool]] = field(default_factory=list)
    _ends: dict[HtmlElement, int] = field(default_factory=dict)

    @classmethod
    def of(cls, page: Page) -> PageIndex:
        return _walk_tree(page.tree, page.index(vocabulary), page.elements("body"))

    def dated_texts(self, root: HtmlElement) -> list[tuple[str, HtmlElement]] | None:
        """`root.xpath(".//text()[…]")` for the short dated texts of `_SHORT_DATED` (a
        "19"/"20", a ":" or ".", 10-89 characters once normalize-space'd), as (text, holder) in
        document order, the holder being what the XPath result's getparent() gives (the element
        whose text or tail it is), from what the walk read: the XPath tests every text node of
        the page in libxml2 at ~2 us each. None when `root` is not in the walked tree."""
        start = self.order.get(root)
        if start is None:
            return None
        end = self._end(root)
        found: list[tuple[int, str, HtmlElement]] = []
        for i, holder, text, tail in self.dated:
            # A tail is under `root` when its element is strictly below it; it comes after
            # that element's subtree in document order.
            if start < i < end if tail else start <= i < end:
                found.append((2 * self._end(holder) - 1 if tail else 2 * i, text, holder))
        found.sort(key=lambda item: item[0])
        return [(text, holder) for _, text, holder in found]

    def _end(self, el: HtmlElement) -> int:
        """The position of the first node after `el`'s subtree (memoised along the climb)."""
        climbed: list[HtmlElement] = []
        node: HtmlElement | None = el
        end = len(self.order)
        while node is not None:
            known = self._ends.get(node)
            if known is not None:
                end = known
                break
            climbed.append(node)
            after = node.getnext()
            if after is not None and after in self.order:
                end = self.order[after]
                break
            node = node.getparent()
            if node is not None and node not in self.order:
                break  # (the walk's root has no walked siblings)
        for node in climbed:
            self._ends[node] = end
        return end


_OWNER_SCAN = 20_000
# XPath's normalize-space() whitespace: space, tab, CR and LF only.
_XPATH_SPACE = re.compile("[ \t\r\n]+")


def _may_be_dated(text: str) -> bool:
    """The test of `_SHORT_DATED` in extract/__init__.py: a "20" or "19", a ":" or ".",
    and 10-89 characters once normalize-space'd."""
    if not (("20" in text or "19" in text) and (":" in text or "." in text)) or len(text) < 10:
        return False
    if len(text) >= 90:
        # A normalised text keeps every other character: most long texts (scripts, prose) show
        # 90 of them within their first 256.
        for part in (text[:256], text):
            spaces = part.count(" ") + part.count("\t") + part.count("\r") + part.count("\n")
            if len(part) - spaces >= 90:
                return False
    return 9 < len(_XPATH_SPACE.sub(" ", text).strip(" ")) < 90


_MARK_ATTRIBUTES = ("class", "id", "data-testid")
_CLICKER_TAGS = frozenset({"a", "button"})


def _walk_tree(
    tree: HtmlElement, words: Vocabulary | None = None, bodies: list[HtmlElement] | None = None
) -> PageIndex:
    """Texts, links and buttons, and tag boxes (elements other than links whose class, id or
    data-testid holds "tag" in any case) read in one Python walk: each read there costs a
    fraction of an XPath test of every element's attributes. A page whose attributes hold no
    "tag" at all (its Vocabulary tells) has no tag boxes to look for."""
    order: dict[HtmlElement, int] = {}
    owners: list[HtmlElement] = []
    short: list[tuple[int, HtmlElement, str]] = []
    marks: list[tuple[int, HtmlElement]] = []
    clicks: list[tuple[int, HtmlElement]] = []
    dated: list[tuple[int, HtmlElement, str, bool]] = []
    # The attributes that hold "tag" somewhere on the page (all three without a Vocabulary).
    mark = [a for a in _MARK_ATTRIBUTES if words is None or "tag" in words.text(a).lower()]
    # With one, the elements holding them are read from its values (with their elements), not
    # by reading each element's attributes here.
    from_values = words is not None and words.whole and words.root is tree
    per_element = mark and not from_values
    for i, el in enumerate(tree.iter()):
        order[el] = i
        tag = el.tag
        if isinstance(tag, str):
            text = el.text
            if (
                text and not text.isspace()
            ):  # blank text names no label (most texts are indentation)
                # A label word deep inside a long text does not make it a label's owner.
                if tag not in ("script", "style") and holds_inline_word(text[:_OWNER_SCAN]):
                    owners.append(el)
                if len(text) < 80:
                    short.append((i, el, text))
                if _may_be_dated(text):
                    dated.append((i, el, text, False))
            if tag in _CLICKER_TAGS:
                clicks.append((i, el))
            elif per_element:
                for attribute in mark:
                    if "tag" in (el.get(attribute) or "").lower():
                        marks.append((i, el))
                        break
        tail = el.tail
        if tail and el is not tree and not tail.isspace():
            parent = el.getparent()
            if parent is not None:
                if holds_inline_word(tail):
                    owners.append(parent)
                if len(tail) < 80:
                    short.append((i, parent, tail))
                if _may_be_dated(tail):
                    dated.append((i, el, tail, True))
    if from_values and mark and words is not None:
        held = {v.getparent() for a in mark for v in words.owned(a) if "tag" in v.lower()}
        marks = sorted((order[el], el) for el in held if el.tag not in _CLICKER_TAGS)
    # The passes read <body> (the parser makes one; a tree without one has nothing to read there).
    first = end = 0
    # (`bodies`: the page's <body> elements in document order, when the caller has them)
    body = next(iter(bodies) if bodies is not None else tree.iter("body"), None)
    if body is not None:
        first = order[body]  # the body's own tail is read at `first` too, and is outside it
        node: HtmlElement | None = body
        while node is not None and node is not tree and node.getnext() is None:
            node = node.getparent()
        # The first node after the body (siblings of the root, such as comments after </html>,
        # are not walked).
        after = node.getnext() if node is not None and node is not tree else None
        end = len(order) if after is None else order[after]
    inside = body is not None
    return PageIndex(
        order,
        owners,
        [el for i, el in marks if first < i < end] if inside else [],
        [
            (owner, text)
            for i, owner, text in short
            if first < i < end or (i == first and body is not None and owner is body)
        ],
        [el for i, el in clicks if first < i < end] if inside else [],
        dated=dated,
    )


def inside_any(el: HtmlElement, group: set[HtmlElement]) -> bool:
    if not group:
        return False
    return el in group or any(anc in group for anc in el.iterancestors())
