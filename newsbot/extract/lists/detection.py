"""Finding the lists on a page: class/id hints, inline "Baca juga:" blocks, tag boxes, tab
labels and label headings, each with the elements it came from."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial

from lxml.html import HtmlElement

from newsbot.extract.lists.index import PageIndex, inside_any, xpath
from newsbot.extract.lists.links import (
    TAG_URL,
    is_sponsored,
    is_tag_link,
    links_from,
    links_in,
    usable,
)
from newsbot.extract.lists.vocabulary import inline_label, label_key, normalise
from newsbot.extract.page import Page
from newsbot.portals import knowledge
from newsbot.portals.base import Vocabulary, compiled, select, vocabulary
from newsbot.record import Link


@dataclass(frozen=True)
class Hint:
    """Markup of a list with no text heading (or an inline one): a CSS selector and the list key.

    `parent`: the list is the element holding the match (a "readmore" link's box). A hint whose
    class or id is on no element of the page is answered by the page's Vocabulary without a
    full-tree XPath (about half a millisecond each)."""

    css: str
    key: str
    parent: bool = False

    def __post_init__(self) -> None:
        compiled(self.css)  # a hint that does not compile fails at import

    def elements(self, scope: HtmlElement, words: Vocabulary | None = None) -> list[HtmlElement]:
        """Matches under `scope` (the whole page, or inside a body container)."""
        found = select(scope, self.css, words)
        if scope.getparent() is not None:
            found = [el for el in found if el is not scope]
        if self.parent:
            found = list(dict.fromkeys(p for el in found if (p := el.getparent()) is not None))
        return found


# Lists with no text heading (or an inline one) in any site's markup; portals add theirs
# (Portal.list_hints: "table.linksisip", ".article-read", …).
HINTS: tuple[Hint, ...] = (
    Hint(".baca-juga", "baca_juga"),
    *(Hint(css, key) for css, key in knowledge.list_hints()),
    Hint(".readmore", "baca_juga", parent=True),
)


# Widgets known by their id/class whose heading is missing or names no list ("Sesuai Minatmu"); searched page-wide,
# and skipped when the box holds a list heading of its own (that heading decides).
WIDGET_HINTS: tuple[Hint, ...] = (
    Hint("[id*='pilihanuntukmu']", "pilihan"),
    Hint(".related", "berita_terkait"),
)


_NAV_HINT = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|submenu|breadcrumbs?)(?:$|[\s_-])", re.IGNORECASE
)


_HEADING_TAGS = frozenset(
    {
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "div",
        "span",
        "p",
        "strong",
        "b",
        "header",
        "dt",
        "td",
        "th",
        "label",
        "section",
        "em",
        "i",
        "figcaption",
        "legend",
        "li",
    }
)


_INLINE_BLOCKS = frozenset(
    {"p", "div", "li", "td", "span", "section", "blockquote", "h4", "h5", "h6", "strong", "b"}
)


_H_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


_LANDMARKS = frozenset({"section", "aside", "article"})


_MAX_CLIMB = 4


_MAX_LINKS = 60


_INLINE_SLACK = 40  # characters of non-link, non-label text an inline "Baca juga" block may hold


@dataclass
class Found:
    key: str
    elements: list[HtmlElement]
    links: list[Link] = field(default_factory=list)
    position: int = 0
    empty_widget: bool = False  # a list heading over an empty list container: reported as []


def scan(page: Page, body: HtmlElement | None) -> list[Found]:
    walk = page.index(PageIndex.of)
    order = walk.order
    taken: set[HtmlElement] = set()
    found: list[Found] = []
    inline_scope = body if body is not None else page.tree

    words = page.index(vocabulary)  # (a body rebuilt from embedded data is read in full)
    for el, key in _hint_elements(inline_scope, words):
        if inside_any(el, taken):
            continue
        links = links_in([el], page)
        found.append(Found(key, [el], links, order.get(el, 0)))
        taken.add(el)

    for hint in WIDGET_HINTS:
        for el in hint.elements(page.tree, words):
            if inside_any(el, taken) or not _in_content(el) or _has_list_heading(el):
                continue
            links = links_in([el], page)
            if links:
                found.append(Found(hint.key, [el], links, order.get(el, 0)))
                taken.add(el)

    for el, key in _inline_blocks(page, inline_scope, taken):
        links = links_in([el], page)
        found.append(Found(key, [el], links, order.get(el, 0)))
        taken.add(el)
    if (
        body is not None
    ):  # "Konten rekomendasi: <a>…</a>" after the article: colon labels other than Baca juga
        for el, key in _inline_blocks(page, page.tree, taken, colon=True):
            if key != "baca_juga" and _in_content(el):
                found.append(Found(key, [el], links_in([el], page), order.get(el, 0)))
                taken.add(el)
    for el, title in _unlinked_inline(inline_scope, taken):
        found.append(Found("baca_juga", [el], [Link(title=title, url="")], order.get(el, 0)))
        taken.add(el)

    for el in _tag_blocks(page, taken, walk.tag_marked):
        found.append(Found("tag", [el], links_in([el], page), order.get(el, 0)))
        taken.add(el)

    headings = [(el, key) for el, key in _headings(walk.short_texts) if not inside_any(el, taken)]
    for el, key, panel in _tab_labels(page, taken, walk.clickers):
        if inside_any(panel, taken):
            continue
        found.append(Found(key, [el, panel], links_in([panel], page), order.get(el, 0)))
        taken.update((el, panel))
    headings = [(el, key) for el, key in headings if not inside_any(el, taken)]
    heading_set = {el for el, _ in headings} | taken
    for el, key in headings:
        if _is_empty_widget(el):
            block = (el.getparent() if el.tag in _H_TAGS else None) or el
            found.append(Found(key, [block], [], order.get(el, 0), empty_widget=True))
            continue
        result = _widget_after(el, page, order, heading_set, key)
        if result is None:
            found.append(Found(key, [el], [], order.get(el, 0)))
            continue
        container, anchors = result
        links = links_from(anchors, page)
        elements = [container] if container is not None else [el, *_item_blocks(anchors, el)]
        found.append(Found(key, elements, links, order.get(el, 0)))
    found.sort(key=lambda f: f.position)
    return found


def _has_list_heading(el: HtmlElement) -> bool:
    return any(
        label_key(text) is not None
        for text in xpath(el, ".//text()[string-length(normalize-space(.)) > 2]")
        if len(text) < 80
    )


def _hint_elements(
    scope: HtmlElement, words: Vocabulary | None = None
) -> Iterator[tuple[HtmlElement, str]]:
    for hint in HINTS:
        for el in hint.elements(scope, words):
            if xpath(el, ".//a[@href]"):
                yield el, hint.key


def _label_owners_in(page: Page, scope: HtmlElement) -> list[HtmlElement]:
    """Elements under `scope` whose text (or a child's tail) may carry an inline label."""
    owners = page.index(PageIndex.of).label_owners
    if scope is page.tree:
        return owners
    return [el for el in owners if el is scope or scope in el.iterancestors()]


def _has_link(block: HtmlElement, linked: dict[HtmlElement, bool]) -> bool:
    if block not in linked:
        linked[block] = bool(xpath(block, ".//a[@href]"))
    return linked[block]


def _inline_blocks(
    page: Page, scope: HtmlElement, taken: set[HtmlElement], *, colon: bool = False
) -> Iterator[tuple[HtmlElement, str]]:
    """Blocks whose text starts with an inline label ("Baca juga:", "Pilihan Editor:") and is otherwise (almost)
    only links, with the key the label names."""
    seen: set[HtmlElement] = set()
    # Asked once per block, not once per owner below it: 10,000 unlinked "Baca Juga:" lines in
    # one <div> each searched and read the whole <div> (issue 12: 33 s for 100,000 lines).
    linked: dict[HtmlElement, bool] = {}
    unlabelled: set[HtmlElement] = set()
    for owner in _label_owners_in(page, scope):
        block: HtmlElement | None = owner
        while block is not None and (
            block.tag not in _INLINE_BLOCKS or not _has_link(block, linked)
        ):
            block = block.getparent()
            if block is not None and block.tag in ("body", "article", "html"):
                block = None
        if block is None or block in seen or block in unlabelled or inside_any(block, taken | seen):
            continue
        label = inline_label(block.text_content(), colon=colon)
        link_text = sum(len(normalise(a.text_content())) for a in block.iter("a")) if label else 0
        if label is None or len(label[1]) - link_text > _INLINE_SLACK:
            unlabelled.add(block)
            continue
        if _title_twins(block, owner):
            continue  # a widget holding further titled boxes: the heading path cuts it at the next title
        seen.add(block)
        yield block, label[0]


_UNLINKED_MAX_WORDS = 25


def _unlinked_inline(
    scope: HtmlElement, taken: set[HtmlElement]
) -> Iterator[tuple[HtmlElement, str]]:
    """Paragraphs "Baca Juga: <title>" whose title is not a link (a CMS that dropped the anchor): the title is
    still a listed story (url ""), and the line is no article prose."""
    for block in scope.iter("p"):
        if xpath(block, ".//a") or inside_any(block, taken):
            continue
        label = inline_label(block.text_content(), colon=True)
        if label is None or label[0] != "baca_juga":
            continue
        title = label[1].strip()
        if 2 <= len(title.split()) <= _UNLINKED_MAX_WORDS and not title.endswith("."):
            yield block, title


def _headings(texts: Iterable[tuple[HtmlElement, str]]) -> Iterator[tuple[HtmlElement, str]]:
    """Outermost elements whose whole text is a list label, outside navigation and links.

    `texts`: (owner, text) of the short text nodes under <body>."""
    out: list[tuple[HtmlElement, str]] = []
    chosen: set[HtmlElement] = set()
    for owner, text in texts:
        key = label_key(text)
        if key is None:
            continue
        el = _outermost_with_text(owner, key)
        if el is None or el in chosen or not _is_heading(el):
            continue
        chosen.add(el)
        out.append((el, key))
    return iter(out)


_TAB_TARGET_ATTRS = ("href", "data-target", "data-bs-target", "aria-controls", "data-tab")


def _tab_labels(
    page: Page, taken: set[HtmlElement], clickers: list[HtmlElement]
) -> Iterator[tuple[HtmlElement, str, HtmlElement]]:
    """Tab buttons whose text is a list label ("<a href='#pop'>MOST POPULAR</a>") and the panel they show.

    A tab label is itself a link, so it is not a heading; its items are the links in the element it targets.
    """
    seen: set[HtmlElement] = set()
    for clicker in clickers:
        if not _may_target(clicker):
            continue  # attribute check first: reading every link's text is the slow part
        key = label_key(clicker.text_content())
        if key is None or clicker in seen:
            continue
        panel = _tab_panel(clicker, page)
        if panel is None or inside_any(clicker, taken) or panel in seen:
            continue
        if any(anc.tag in ("nav", "footer", "select") for anc in clicker.iterancestors()):
            continue
        seen.update((clicker, panel))
        yield clicker, key, panel


def _may_target(clicker: HtmlElement) -> bool:
    """Whether a link or button names another element it shows (the cheap part of _tab_panel)."""
    for attr in _TAB_TARGET_ATTRS:
        value = (clicker.get(attr) or "").strip()
        if value and (attr != "href" or (value.startswith("#") and len(value) > 1)):
            return True
    return False


def _tab_panel(clicker: HtmlElement, page: Page) -> HtmlElement | None:
    for attr in _TAB_TARGET_ATTRS:
        value = (clicker.get(attr) or "").strip()
        if attr == "href":
            if not value.startswith("#") or len(value) < 2:
                continue
        elif not value:
            continue
        # //*[@id=$ident] from the page's ids (a full-tree XPath costs ~0.4 ms)
        found = page.index(vocabulary).with_id(value.lstrip("#"))
        if found and found[0] is not clicker and clicker not in found[0].iterancestors():
            panel = found[0]
            if xpath(panel, ".//a[@href]") and clicker not in panel.iter():
                return panel
    return None


_TAG_CLASS = re.compile(
    r"(?:^|[-_\s])(?:tags?|tagcloud\d*|tag-list|taglist)(?:$|[-_\s])", re.IGNORECASE
)


def _tag_blocks(
    page: Page, taken: set[HtmlElement], candidates: list[HtmlElement]
) -> list[HtmlElement]:
    """Unlabelled tag boxes ("<div class='article-tags'><a href='/tag/x'>#X</a>…"): a block whose class says tag,
    whose links all go to tag pages and whose other text is at most a tag label ("TOPIK POPULER" is not).

    `candidates`: the page's elements under <body> whose class, id or data-testid holds "tag"."""
    out: list[HtmlElement] = []
    marked = [
        el
        for el in candidates
        if el.tag != "a"
        and (
            _TAG_CLASS.search(el.get("class", ""))
            or any(_TAG_ID.match(el.get(attr, "")) for attr in ("id", "data-testid"))
        )
        and not _trending(el)
    ]
    # Nested marked boxes climb through the same parents: each box is judged and read once a scan
    # (on the saved pages half the link checks and most of the text reads were repeats).
    only_tag_links = cache(partial(_only_tag_links, page=page))
    unlinked_text = cache(_unlinked_text)
    # Unmarked boxes of bare tag links are not taken: on real pages such strips are trending topics,
    # which would cost precision (a 2024 redesign's unmarked tag chips are missed instead).
    for el in marked:
        if not only_tag_links(el):
            continue
        outer = el  # the whole widget around the links: its heading decides what they are
        for _ in range(_MAX_CLIMB):
            parent = outer.getparent()
            if (
                parent is None
                or parent.tag in ("body", "html")
                or not only_tag_links(parent)
                or len(unlinked_text(parent)) > _INLINE_SLACK  # the article text around a tag line
            ):
                break
            outer = parent
        if outer in out or inside_any(outer, taken) or inside_any(outer, set(out)):
            continue
        rest = unlinked_text(outer)
        if not _in_content(outer) or (rest and label_key(rest) != "tag"):
            continue
        out.append(outer)
    return out


# An id/data-testid naming the tag box itself ("tag-list"), not an item of one ("ox-tag-item1").
_TAG_ID = re.compile(
    r"^(?:article[-_]|post[-_])?tags?(?:[-_]?(?:list|wrap|wrapper|box|container))?$", re.IGNORECASE
)


_TRENDING = re.compile(r"trending|populer|popular|pilihan|hot", re.IGNORECASE)


def _trending(el: HtmlElement) -> bool:
    """A tag strip marked trending/popular (its own or its box's class/id): the site's hot topics, not the story's."""
    for node in (el, *list(el.iterancestors())[:_MAX_CLIMB]):
        if _TRENDING.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def _unlinked_text(el: HtmlElement) -> str:
    rest = normalise(el.text_content())
    for a in el.iter("a"):
        rest = rest.replace(normalise(a.text_content()), " ", 1)
    return re.sub(r"[#,|·•/\s]+", " ", rest).strip()


def _only_tag_links(el: HtmlElement, page: Page) -> bool:
    """Some usable link, and every usable link goes to a tag page (stops at the first that does not)."""
    tag_links = 0
    for a in el.iter("a"):
        is_tag = is_tag_link(a)
        if not is_tag and usable(a, page):
            return False
        if is_tag and usable(a, page):
            tag_links += 1
    return tag_links > 0


def _in_content(el: HtmlElement) -> bool:
    """Outside page navigation; a footer or nav inside the <article> (its tag line) is the article's own."""
    ancestors = list(el.iterancestors())
    for depth, anc in enumerate(ancestors):
        if anc.tag == "article":
            return True
        if anc.tag in ("nav", "header", "footer") and any(
            up.tag == "article" for up in ancestors[depth + 1 :]
        ):
            continue
        if anc.tag in ("nav", "header", "footer", "select", "head"):
            return False
        if _NAV_HINT.search(f"{anc.get('class', '')} {anc.get('id', '')}"):
            return False
    return True


def _is_empty_widget(el: HtmlElement) -> bool:
    """A real heading (h1–h6) over an empty list container and no links: a widget with no items (reported as [])."""
    heading = el if el.tag in _H_TAGS else next((h for h in el.iter() if h.tag in _H_TAGS), None)
    if heading is None:
        return False
    block = heading.getparent() if heading is el else el
    if block is None or xpath(block, ".//a"):
        return False
    others = [child for child in block if child is not heading and isinstance(child.tag, str)]
    return (
        len(others) == 1
        and others[0].tag in ("ul", "ol")
        and not normalise(others[0].text_content())
    )


def _outermost_with_text(el: HtmlElement, key: str) -> HtmlElement | None:
    if not isinstance(el.tag, str):
        return None
    if label_key(el.text_content()) != key:
        return None
    while True:
        parent = el.getparent()
        if (
            parent is None
            or parent.tag in ("body", "html")
            or label_key(parent.text_content()) != key
        ):
            return el
        el = parent


def _is_heading(el: HtmlElement) -> bool:
    if el.tag not in _HEADING_TAGS and el.tag != "a":
        return False
    if el.tag == "a" or xpath(el, "ancestor::a"):
        return False
    if el.tag not in _H_TAGS and xpath(el, ".//a[normalize-space()]"):
        return False  # a menu item ("<div><a>Terkini</a></div>"), not a heading
    for anc in el.iterancestors():
        if anc.tag in ("nav", "select", "option", "script", "style", "title", "head", "footer"):
            return False
        if _NAV_HINT.search(f"{anc.get('class', '')} {anc.get('id', '')}"):
            return False
    return True


def _widget_after(
    heading: HtmlElement,
    page: Page,
    order: dict[HtmlElement, int],
    headings: set[HtmlElement],
    key: str = "",
) -> tuple[HtmlElement | None, list[HtmlElement]] | None:
    """The block around `heading` and the anchors after it (up to the next heading), climbing a few levels."""
    start = order.get(heading, 0)
    after_heading = start + sum(1 for _ in heading.iter())
    node = heading
    for _ in range(_MAX_CLIMB):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return None
        node = parent
        twins = set(_title_twins(node, heading))
        stop = min(
            (
                order[h]
                for h in node.iter()
                if (h in headings or h in twins) and h is not heading and order.get(h, 0) > start
            ),
            default=None,
        )
        anchors = [
            a
            for a in node.iter("a")
            if after_heading <= order.get(a, 0)
            and (stop is None or order.get(a, 0) < stop)
            and usable(a, page)
            and (key == "tag" or not TAG_URL.search(a.get("href", "")))  # "Berita Terkait : #Topic"
        ]
        if len(anchors) > _MAX_LINKS:
            return None
        if anchors:
            others = twins or any(h in headings and h is not heading for h in node.iter())
            if not others and _story_before(node, heading):
                # The label sits in the story's own block ("Baca juga:" after the last
                # paragraph): the list is the links standing alone after it, the block stays.
                items = _leading_items(anchors, heading)
                return (None, items) if items else None
            return (None if others else node), anchors
        if node.tag in _LANDMARKS:
            return None  # the widget's own box is empty (filled by JS): never borrow the next box's links
        if any(
            is_sponsored(page.absolute(a.get("href", "")))
            for a in node.iter("a")
            if after_heading <= order.get(a, 0) and (stop is None or order.get(a, 0) < stop)
        ):
            return None  # a sponsored feed under a list heading: advertising, and the box ends here
    return None


def _story_before(block: HtmlElement, label: HtmlElement) -> bool:
    """Whether `block` holds the story before the label: a list box opens with its label, the
    story's own block has its paragraphs before a "Baca juga:" put after them."""
    return _chars_before(block, label) >= _STORY_CHARS


_STORY_CHARS = 200


def _chars_before(block: HtmlElement, target: HtmlElement) -> int:
    """Characters of `block`'s text before `target` (a descendant), spaces collapsed."""
    ancestors = set(target.iterancestors())
    n = len(normalise(block.text or ""))
    node = block
    while True:
        for child in node:
            if child is target:
                return n
            if not isinstance(child.tag, str):  # a comment: only its tail is text
                n += len(normalise(child.tail or ""))
                continue
            if child in ancestors:
                n += len(normalise(child.text or ""))
                node = child
                break
            n += len(normalise(child.text_content())) + len(normalise(child.tail or ""))
        else:
            return n


def _leading_items(anchors: list[HtmlElement], heading: HtmlElement) -> list[HtmlElement]:
    """The first anchors that stand alone (a list's items), up to the first in running text
    (a link inside a sentence is not an item of the list)."""
    items: list[HtmlElement] = []
    for a in anchors:
        if not _stands_alone(a, heading):
            break
        items.append(a)
    return items


def _stands_alone(a: HtmlElement, heading: HtmlElement) -> bool:
    """Whether the anchor is its block's text, or a line of its own in a block of lines
    ("<b>Baca Juga:</b> <a>…</a><br>" in a post written with <br>s)."""
    parent = a.getparent()
    if parent is None:
        return False
    own = len(normalise(a.text_content()))
    if len(normalise(parent.text_content())) <= own + _ITEM_EXTRA:
        return True
    after, nxt = normalise(a.tail or ""), a.getnext()
    if len(after) > _ITEM_EXTRA or (nxt is not None and nxt.tag not in _LINE_BREAKS):
        return False
    prev = a.getprevious()
    before = normalise((prev.tail if prev is not None else parent.text) or "")
    # After the label itself ("<b>Baca Juga:</b> <a>…</a>"), a line break or another item.
    label_before = prev is not None and any(el is heading for el in prev.iter())
    return len(before) <= _ITEM_EXTRA and (prev is None or prev.tag in _LINE_BREAKS or label_before)


_LINE_BREAKS = frozenset({"br", "a"})
_ITEM_EXTRA = 40


def _title_twins(block: HtmlElement, label: HtmlElement) -> list[HtmlElement]:
    """Elements in `block` marked up like the label (same tag and classes, or the same h-tag) holding other,
    unlinked text: the titles of neighbouring boxes ("Foto Video Terkait" after "Baca Juga")."""
    out: list[HtmlElement] = []
    shapes: set[tuple[str, frozenset[str]]] = set()
    node: HtmlElement | None = label
    while node is not None and node is not block:
        classes = frozenset((node.get("class") or "").split())
        if classes or node.tag in _H_TAGS:
            shapes.add((str(node.tag), classes))
        node = node.getparent()
    if not shapes:
        return out
    related = {*label.iter(), *label.iterancestors()}  # the label, what it holds and what holds it
    for el in block.iter(
        *{tag for tag, _ in shapes}
    ):  # only the tags of the shapes (lxml filters them)
        if el in related:
            continue
        if (el.tag, frozenset((el.get("class") or "").split())) not in shapes:
            continue
        text = normalise(el.text_content())
        if text and not xpath(el, ".//a") and label_key(text) is None:
            out.append(el)
    return out


def _item_blocks(anchors: Iterable[HtmlElement], heading: HtmlElement) -> list[HtmlElement]:
    out: list[HtmlElement] = []
    for a in anchors:
        item = a
        for anc in a.iterancestors():
            if anc.tag in ("li", "article"):
                item = anc
                break
            if heading.getparent() is anc:
                break
        if item not in out:
            out.append(item)
    return out
