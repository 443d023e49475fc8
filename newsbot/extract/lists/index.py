"""The per-page index the list passes share: one walk over the tree (document order, label
owners, tag-marked boxes, short texts, links and buttons, attribute text) and the link verdicts,
built once per page and kept on it (`page.index(PageIndex.of)`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from lxml import etree
from lxml.html import HtmlElement

from newsbot.extract.lists.vocabulary import INLINE_WORDS
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

    @classmethod
    def of(cls, page: Page) -> PageIndex:
        return _walk_tree(page.tree, page.index(vocabulary))


_OWNER_SCAN = 20_000
_MARK_ATTRIBUTES = ("class", "id", "data-testid")
_CLICKER_TAGS = frozenset({"a", "button"})


def _walk_tree(tree: HtmlElement, words: Vocabulary | None = None) -> PageIndex:
    """Texts, links and buttons, and tag boxes (elements other than links whose class, id or
    data-testid holds "tag" in any case) read in one Python walk: each read there costs a
    fraction of an XPath test of every element's attributes. A page whose attributes hold no
    "tag" at all (its Vocabulary tells) has no tag boxes to look for."""
    order: dict[HtmlElement, int] = {}
    owners: list[HtmlElement] = []
    short: list[tuple[int, HtmlElement, str]] = []
    marks: list[tuple[int, HtmlElement]] = []
    clicks: list[tuple[int, HtmlElement]] = []
    may_mark = words is None or _may_mark(words)
    search = INLINE_WORDS.search
    for i, el in enumerate(tree.iter()):
        order[el] = i
        tag = el.tag
        if isinstance(tag, str):
            text = el.text
            if (
                text and not text.isspace()
            ):  # blank text names no label (most texts are indentation)
                # A label word deep inside a long text does not make it a label's owner.
                if tag not in ("script", "style") and search(text, 0, _OWNER_SCAN):
                    owners.append(el)
                if len(text) < 80:
                    short.append((i, el, text))
            if tag in _CLICKER_TAGS:
                clicks.append((i, el))
            elif may_mark and (
                "tag" in (el.get("class") or "").lower()
                or "tag" in (el.get("id") or "").lower()
                or "tag" in (el.get("data-testid") or "").lower()
            ):
                marks.append((i, el))
        tail = el.tail
        if tail and el is not tree and not tail.isspace():
            parent = el.getparent()
            if parent is not None:
                if search(tail):
                    owners.append(parent)
                if len(tail) < 80:
                    short.append((i, parent, tail))
    # The passes read <body> (the parser makes one; a tree without one has nothing to read there).
    first = end = 0
    body = next(tree.iter("body"), None)
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
    )


def _may_mark(words: Vocabulary) -> bool:
    return any("tag" in words.text(a).lower() for a in _MARK_ATTRIBUTES)


def inside_any(el: HtmlElement, group: set[HtmlElement]) -> bool:
    if not group:
        return False
    return el in group or any(anc in group for anc in el.iterancestors())
