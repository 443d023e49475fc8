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
    attr_text: str  # every element's attribute values, one element a line (for attribute hints)
    usable: dict[HtmlElement, bool] = field(default_factory=dict)  # see usable
    titles: dict[HtmlElement, str] = field(default_factory=dict)  # see _link_title

    @classmethod
    def of(cls, page: Page) -> PageIndex:
        return _walk_tree(page.tree)


_OWNER_SCAN = 20_000


def _walk_tree(tree: HtmlElement) -> PageIndex:
    order: dict[HtmlElement, int] = {}
    owners: list[HtmlElement] = []
    marked: list[tuple[int, HtmlElement]] = []
    short: list[tuple[int, HtmlElement, str]] = []
    search = INLINE_WORDS.search
    bodies: list[HtmlElement] = []
    clickers: list[tuple[int, HtmlElement]] = []
    attr_lines: list[str] = []
    for i, el in enumerate(tree.iter()):
        order[el] = i
        tag = el.tag
        if isinstance(tag, str):
            if tag == "a" or tag == "button":
                clickers.append((i, el))
            elif tag == "body":
                bodies.append(el)
            text = el.text
            if (
                text and not text.isspace()
            ):  # blank text names no label (most texts are indentation)
                # A label word deep inside a long text does not make it a label's owner.
                if tag not in ("script", "style") and search(text, 0, _OWNER_SCAN):
                    owners.append(el)
                if len(text) < 80:
                    short.append((i, el, text))
            values = " ".join(el.values())
            if values:
                attr_lines.append(values)
                # Links are never tag boxes (_tag_blocks drops them); all values first, then the three that count.
                if tag != "a" and "tag" in values.lower() and _says_tag(el):
                    marked.append((i, el))
        tail = el.tail
        if tail and el is not tree and not tail.isspace():
            if search(tail):
                parent = el.getparent()
                if parent is not None:
                    owners.append(parent)
            parent = el.getparent()
            if len(tail) < 80 and parent is not None:
                short.append((i, parent, tail))
    # The passes read <body> (the parser makes one; a tree without one has nothing to read there).
    first = end = 0
    if bodies:
        first = order[bodies[0]]  # the body's own tail is read at `first` too, and is outside it
        node: HtmlElement | None = bodies[0]
        while node is not None and node is not tree and node.getnext() is None:
            node = node.getparent()
        # The first node after the body (siblings of the root, such as comments after </html>,
        # are not walked).
        after = node.getnext() if node is not None and node is not tree else None
        end = len(order) if after is None else order[after]
    return PageIndex(
        order,
        owners,
        [el for i, el in marked if first < i < end],
        [
            (owner, text)
            for i, owner, text in short
            if first < i < end or (i == first and bodies and owner is bodies[0])
        ],
        [el for i, el in clickers if first < i < end],
        "\n".join(attr_lines),
    )


# A hint whose predicate only asks one attribute for a word (a class token, part of a value, the whole value).
def has_token(text: str, token: str) -> bool:
    """Whether `token` stands in `text` between XML whitespace or edges (values are joined by spaces and
    newlines). A str.find loop: a regex with an alternation before the word cannot skip ahead to it."""
    start = text.find(token)
    while start != -1:
        end = start + len(token)
        if (start == 0 or text[start - 1] in " \t\r\n") and (
            end == len(text) or text[end] in " \t\r\n"
        ):
            return True
        start = text.find(token, start + 1)
    return False


def _says_tag(el: HtmlElement) -> bool:
    """Whether the class, id or data-testid holds "tag" in any case."""
    return (
        "tag" in (el.get("class") or "").lower()
        or "tag" in (el.get("id") or "").lower()
        or "tag" in (el.get("data-testid") or "").lower()
    )


def inside_any(el: HtmlElement, group: set[HtmlElement]) -> bool:
    if not group:
        return False
    return el in group or any(anc in group for anc in el.iterancestors())
