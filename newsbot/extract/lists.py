"""Boilerplate link lists kept as data: Baca Juga, Berita Terkait, Tag, Terpopuler, Pilihan, Terkini, …

Detection is label-driven: a short element whose whole text names a list ("Terpopuler", "BERITA TERKAIT",
"Tags:") is a heading, and the links that follow it (inside the nearest enclosing block, up to the next
heading) are its items. Inline "Baca juga: <a>…</a>" blocks are found by their text prefix, and markup
whose label is an image or missing is found by the class/id hints in `HINTS`.

Widget edges: a tab label that is itself a link or button ("<a href='#pop'>MOST POPULAR</a>") takes the links of
the panel it targets; a widget ends at the next list heading or at the next title marked up like its own
("Foto Video Terkait" after "Baca Juga"), and an empty section/aside (a JS-filled box) never borrows the links
of the box after it. Unlabelled tag boxes are found by a tag-ish class whose links all go to tag pages. Links
through ad networks (`AD_HOSTS`) or off-site click redirects are sponsored content, not items, and end their widget.

Rule for empty lists: in HTML a heading with no links is not reported (an empty widget is indistinguishable
from a stray word); in text dumps (`newsbot.extract.text`) a visible heading with no items is kept as [].
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from urllib.parse import urlsplit

from cssselect import parse as parse_css
from cssselect.parser import Attrib as CssAttrib
from cssselect.parser import Class as CssClass
from cssselect.parser import Hash as CssHash
from lxml import etree
from lxml.html import HtmlElement

from newsbot.extract.page import Page
from newsbot.portals import knowledge
from newsbot.portals.base import compiled, select
from newsbot.record import Link

# label key -> the (normalised: lower case, no trailing ":") texts that name it. Extend here, not in code.
LABELS: dict[str, tuple[str, ...]] = {
    "baca_juga": (
        "baca juga",
        "baca pula",
        "simak juga",
        "lihat juga",
        "baca juga yuk",
        "read also",
    ),
    "berita_terkait": (
        "berita terkait",
        "artikel terkait",
        "terkait",
        "related news",
        "related articles",
        "konten terkait",
        "berita terkait lainnya",
    ),
    "tag": (
        "tag",
        "tags",
        "tagar",
        "topik",
        "topik terkait",
        "tag terkait",
        "topic",
        "topics",
        "label",
        "labels",
    ),
    "terpopuler": (
        "terpopuler",
        "populer",
        "berita populer",
        "berita terpopuler",
        "most popular",
        "popular",
        "terpopuler hari ini",
        "paling populer",
    ),
    "pilihan": (
        "pilihan",
        "pilihan editor",
        "pilihan redaksi",
        "editor's pick",
        "editors pick",
        "editor pick",
        "berita pilihan",
        "pilihan untukmu",
        "pilihan untuk anda",
    ),
    "terkini": (
        "terkini",
        "berita terkini",
        "terbaru",
        "berita terbaru",
        "latest news",
        "berita terkini lainnya",
        "berita terbaru lainnya",
    ),
    "rekomendasi": (
        "rekomendasi",
        "rekomendasi untuk anda",
        "rekomendasi berita",
        "konten rekomendasi",
        "artikel rekomendasi",
    ),
    "berita_lainnya": ("berita lainnya", "artikel lainnya", "baca lainnya"),
}
_KEY_BY_TEXT = {text: key for key, texts in LABELS.items() for text in texts}

# Labels that also open an inline one-line list ("Baca juga: <a>…</a>", "Pilihan Editor: <a>…</a>"). The baca_juga
# ones may stand without a colon; the others need one (a bare "Pilihan Editor" is a heading, not an inline line).
INLINE_LABELS: tuple[str, ...] = ("baca juga", "baca pula", "simak juga", "lihat juga", "read also")
INLINE_COLON_LABELS: tuple[str, ...] = (
    "pilihan editor",
    "pilihan redaksi",
    "konten rekomendasi",
    "label",
    "labels",
    "tag",
    "tags",
)  # not "Berita Terkait :" — Tribun puts a topic kicker after it


@dataclass(frozen=True)
class Hint:
    """Markup of a list with no text heading (or an inline one): a CSS selector and the list key.

    `parent`: the list is the element holding the match (a "readmore" link's box). `word` is what
    some attribute value of the page must contain for the selector to match at all (a class
    token when `token`), read from the selector by cssselect's parser: most hints are answered by
    the page's attribute text without a full-tree XPath (about half a millisecond each)."""

    css: str
    key: str
    parent: bool = False
    word: str = field(init=False, default="")
    token: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        compiled(self.css)  # a hint that does not compile fails at import
        word, token = _required_word(self.css)
        object.__setattr__(self, "word", word)
        object.__setattr__(self, "token", token)

    def may_match(self, attr_text: str) -> bool:
        if not self.word:
            return True
        if self.token:  # a class token: XML whitespace or a value's edge on both sides
            return _has_token(attr_text, self.word)
        return self.word in attr_text

    def elements(self, scope: HtmlElement) -> list[HtmlElement]:
        """Matches under `scope` (the whole page, or inside a body container)."""
        found = select(scope, self.css)
        if scope.getparent() is not None:
            found = [el for el in found if el is not scope]
        if self.parent:
            found = list(dict.fromkeys(p for el in found if (p := el.getparent()) is not None))
        return found


def _required_word(css: str) -> tuple[str, bool]:
    """The class token, id or attribute part a one-part selector cannot match without."""
    selectors = parse_css(css)
    tree = selectors[0].parsed_tree if len(selectors) == 1 else None
    if isinstance(tree, CssClass):
        return tree.class_name, True
    if isinstance(tree, CssHash):
        return tree.id, False
    if isinstance(tree, CssAttrib) and tree.operator in ("=", "*=") and tree.value is not None:
        return str(tree.value.value), False
    return "", False


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

# Sponsored-content and ad networks: a "Berita Terkait" filled by them is advertising, not the portal's list.
AD_HOSTS: tuple[str, ...] = (
    "popin.cc",
    "dable.io",
    "taboola.com",
    "outbrain.com",
    "mgid.com",
    "revcontent.com",
    "doubleclick.net",
    "googleadservices.com",
    "googlesyndication.com",
    "adnxs.com",
    "criteo.com",
    "innity.net",
    "clickcease.com",
)

# Link texts that are widget furniture, not items.
_FURNITURE = re.compile(
    r"^(?:\d{1,2}|lihat semua|lihat selengkapnya|selengkapnya|tampilkan lebih banyak|lebih banyak|"
    r"index|indeks|indeks berita|more|load more|cari berita lain disini|next|prev|previous|berikutnya|sebelumnya|»|«|>|<)$",
    re.IGNORECASE,
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


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2019", "'").split())


def label_key(text: str) -> str | None:
    """The list key a heading text names ("BACA JUGA :" -> "baca_juga"), or None for any other text."""
    norm = _norm(text).lower().strip(" :#|-–—»›")
    return _KEY_BY_TEXT.get(norm)


def inline_label(text: str, *, colon: bool = False) -> tuple[str, str] | None:
    """("baca_juga", rest) when text starts with an inline label like "Baca Juga:Title" (colon required if asked)."""
    norm = _norm(text)
    match = _INLINE_RE.match(norm) if not colon else None
    match = match or _INLINE_COLON_RE.match(norm)
    if not match:
        return None
    return _KEY_BY_TEXT[match.group(1).lower()], norm[match.end() :]


_INLINE_RE = re.compile(r"^(" + "|".join(INLINE_LABELS) + r")\s*:?\s*", re.IGNORECASE)
_INLINE_COLON_RE = re.compile(
    r"^(" + "|".join(INLINE_LABELS + INLINE_COLON_LABELS) + r")\s*:\s*", re.IGNORECASE
)


@cache
def _compiled(expr: str) -> etree.XPath:
    return etree.XPath(expr)


def _xpath(el: HtmlElement, expr: str, **variables: str) -> list:
    """`el.xpath(expr)` with the expression compiled once (compiling costs more than running the small ones)."""
    return _compiled(expr)(el, **variables)


@dataclass
class _Found:
    key: str
    elements: list[HtmlElement]
    links: list[Link] = field(default_factory=list)
    position: int = 0
    empty_widget: bool = False  # a list heading over an empty list container: reported as []


def find_lists(
    page: Page, body: HtmlElement | None = None
) -> tuple[dict[str, list[Link]], list[HtmlElement]]:
    """One scan of the page: the lists (label -> ordered links) and the elements they came from.

    The elements (headings, inline blocks, widget items) are what body extraction must drop so no
    list title leaks into the body.
    """
    found_all = _scan(page, body)
    return _merge_lists(found_all), _source_elements(found_all)


def extract_lists(page: Page, body: HtmlElement | None = None) -> dict[str, list[Link]]:
    """Label -> ordered links for every list on the page (inline Baca Juga in `body`, widgets anywhere)."""
    return _merge_lists(_scan(page, body))


def list_elements(page: Page, body: HtmlElement | None = None) -> list[HtmlElement]:
    """The elements the lists came from (headings, inline blocks, widget items), to drop from the body."""
    return _source_elements(_scan(page, body))


def _merge_lists(found_all: list[_Found]) -> dict[str, list[Link]]:
    lists: dict[str, list[Link]] = {}
    for found in found_all:
        if not found.links and not found.empty_widget:
            continue
        target = lists.setdefault(found.key, [])
        seen = {_dedup_key(link) for link in target}
        for link in found.links:
            if _dedup_key(link) not in seen:
                seen.add(_dedup_key(link))
                target.append(link)
    return lists


def _source_elements(found_all: list[_Found]) -> list[HtmlElement]:
    out: dict[HtmlElement, None] = {}
    for found in found_all:
        if found.links:
            out.update(dict.fromkeys(found.elements))
    return list(out)


def _dedup_key(link: Link) -> str:
    return link["url"] or link["title"].lower()


def _scan(page: Page, body: HtmlElement | None) -> list[_Found]:
    walk = _walk_tree(page.tree)
    order = walk.order
    page.__dict__.setdefault("_label_owners", walk.label_owners)
    taken: set[HtmlElement] = set()
    found: list[_Found] = []
    inline_scope = body if body is not None else page.tree

    in_page = (
        inline_scope.getroottree().getroot() is page.tree
    )  # not a body rebuilt from embedded data
    for el, key in _hint_elements(inline_scope, walk.attr_text if in_page else None):
        if _inside_any(el, taken):
            continue
        links = _links_in([el], page)
        found.append(_Found(key, [el], links, order.get(el, 0)))
        taken.add(el)

    for hint in WIDGET_HINTS:
        if not hint.may_match(walk.attr_text):
            continue
        for el in hint.elements(page.tree):
            if _inside_any(el, taken) or not _in_content(el) or _has_list_heading(el):
                continue
            links = _links_in([el], page)
            if links:
                found.append(_Found(hint.key, [el], links, order.get(el, 0)))
                taken.add(el)

    for el, key in _inline_blocks(page, inline_scope, taken):
        links = _links_in([el], page)
        found.append(_Found(key, [el], links, order.get(el, 0)))
        taken.add(el)
    if (
        body is not None
    ):  # "Konten rekomendasi: <a>…</a>" after the article: colon labels other than Baca juga
        for el, key in _inline_blocks(page, page.tree, taken, colon=True):
            if key != "baca_juga" and _in_content(el):
                found.append(_Found(key, [el], _links_in([el], page), order.get(el, 0)))
                taken.add(el)
    for el, title in _unlinked_inline(inline_scope, taken):
        found.append(_Found("baca_juga", [el], [Link(title=title, url="")], order.get(el, 0)))
        taken.add(el)

    for el in _tag_blocks(page, taken, walk.tag_marked):
        found.append(_Found("tag", [el], _links_in([el], page), order.get(el, 0)))
        taken.add(el)

    headings = [
        (el, key)
        for el, key in _headings(page.tree, walk.short_texts)
        if not _inside_any(el, taken)
    ]
    for el, key, panel in _tab_labels(page, taken, walk.clickers):
        if _inside_any(panel, taken):
            continue
        found.append(_Found(key, [el, panel], _links_in([panel], page), order.get(el, 0)))
        taken.update((el, panel))
    headings = [(el, key) for el, key in headings if not _inside_any(el, taken)]
    heading_set = {el for el, _ in headings} | taken
    for el, key in headings:
        if _is_empty_widget(el):
            block = (el.getparent() if el.tag in _H_TAGS else None) or el
            found.append(_Found(key, [block], [], order.get(el, 0), empty_widget=True))
            continue
        result = _widget_after(el, page, order, heading_set, key)
        if result is None:
            found.append(_Found(key, [el], [], order.get(el, 0)))
            continue
        container, anchors = result
        links = _links_from(anchors, page)
        elements = [container] if container is not None else [el, *_item_blocks(anchors, el)]
        found.append(_Found(key, elements, links, order.get(el, 0)))
    found.sort(key=lambda f: f.position)
    return found


@dataclass
class _Walk:
    """What the passes need from every element, read in one walk (lxml builds a Python string on each
    .text/.tail read, and a Python proxy on each element first seen: one walk pays that once)."""

    order: dict[HtmlElement, int]  # document position of every node
    label_owners: list[HtmlElement]  # see _label_text_owners
    tag_marked: (
        list[HtmlElement] | None
    )  # _tag_marked less links; None: several <body> (not walked)
    # (owner, text) under <body> below 80 characters
    short_texts: list[tuple[HtmlElement, str]] | None
    clickers: list[HtmlElement] | None  # links and buttons under <body>
    attr_text: (
        str  # every element's attribute values, one element a line: what an attribute hint may need
    )


def _walk_tree(tree: HtmlElement) -> _Walk:
    order: dict[HtmlElement, int] = {}
    owners: list[HtmlElement] = []
    marked: list[tuple[int, HtmlElement]] = []
    short: list[tuple[int, HtmlElement, str]] = []
    search = _INLINE_WORDS.search
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
                if tag not in ("script", "style") and search(text):
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
    if len(bodies) != 1:  # never seen on parsed HTML: the passes fall back to their XPath
        return _Walk(order, owners, None, None, None, "\n".join(attr_lines))
    first = order[bodies[0]]  # the body's own tail is read at `first` too, and is outside it
    node: HtmlElement | None = bodies[0]
    while node is not None and node is not tree and node.getnext() is None:
        node = node.getparent()
    # The first node after the body (siblings of the root, such as comments after </html>, are not walked).
    after = node.getnext() if node is not None and node is not tree else None
    end = len(order) if after is None else order[after]
    return _Walk(
        order,
        owners,
        [el for i, el in marked if first < i < end],
        [
            (owner, text)
            for i, owner, text in short
            if first < i < end or (i == first and owner is bodies[0])
        ],
        [el for i, el in clickers if first < i < end],
        "\n".join(attr_lines),
    )


# A hint whose predicate only asks one attribute for a word (a class token, part of a value, the whole value).
def _has_token(text: str, token: str) -> bool:
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


def _has_list_heading(el: HtmlElement) -> bool:
    return any(
        label_key(text) is not None
        for text in _xpath(el, ".//text()[string-length(normalize-space(.)) > 2]")
        if len(text) < 80
    )


def _hint_elements(
    scope: HtmlElement, attr_text: str | None = None
) -> Iterator[tuple[HtmlElement, str]]:
    for hint in HINTS:
        if attr_text is not None and not hint.may_match(attr_text):
            continue
        for el in hint.elements(scope):
            if _xpath(el, ".//a[@href]"):
                yield el, hint.key


# A text node holding a label's last word ("juga" of "<b>Baca</b> juga:") may start an inline block.
_INLINE_WORDS = re.compile(
    r"\b(?:"
    + "|".join(dict.fromkeys(label.split()[-1] for label in INLINE_LABELS + INLINE_COLON_LABELS))
    + r")\b",
    re.IGNORECASE,
)


def _label_text_owners(scope: HtmlElement) -> Iterator[HtmlElement]:
    """Elements holding a text node that may carry an inline label (its own text, or the text
    after a child). Walks plain strings: XPath text() results are far slower to build."""
    for el in scope.iter():
        if (
            el.text
            and isinstance(el.tag, str)
            and el.tag not in ("script", "style")
            and _INLINE_WORDS.search(el.text)
        ):
            yield el
        if el.tail and el is not scope and _INLINE_WORDS.search(el.tail):
            parent = el.getparent()
            if parent is not None:
                yield parent


def _label_owners_in(page: Page, scope: HtmlElement) -> list[HtmlElement]:
    """`_label_text_owners` of the whole page, walked once per page and shared by every pass."""
    if "_label_owners" not in page.__dict__:
        page.__dict__["_label_owners"] = list(_label_text_owners(page.tree))
    owners: list[HtmlElement] = page.__dict__["_label_owners"]
    if scope is page.tree:
        return owners
    return [el for el in owners if el is scope or scope in el.iterancestors()]


def _inline_blocks(
    page: Page, scope: HtmlElement, taken: set[HtmlElement], *, colon: bool = False
) -> Iterator[tuple[HtmlElement, str]]:
    """Blocks whose text starts with an inline label ("Baca juga:", "Pilihan Editor:") and is otherwise (almost)
    only links, with the key the label names."""
    seen: set[HtmlElement] = set()
    for owner in _label_owners_in(page, scope):
        block: HtmlElement | None = owner
        while block is not None and (
            block.tag not in _INLINE_BLOCKS or not _xpath(block, ".//a[@href]")
        ):
            block = block.getparent()
            if block is not None and block.tag in ("body", "article", "html"):
                block = None
        if block is None or block in seen or _inside_any(block, taken | seen):
            continue
        label = inline_label(block.text_content(), colon=colon)
        if label is None:
            continue
        link_text = sum(len(_norm(a.text_content())) for a in block.iter("a"))
        if len(label[1]) - link_text > _INLINE_SLACK or _title_twins(block, owner):
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
        if _xpath(block, ".//a") or _inside_any(block, taken):
            continue
        label = inline_label(block.text_content(), colon=True)
        if label is None or label[0] != "baca_juga":
            continue
        title = label[1].strip()
        if 2 <= len(title.split()) <= _UNLINKED_MAX_WORDS and not title.endswith("."):
            yield block, title


def _short_body_texts(tree: HtmlElement) -> Iterator[tuple[HtmlElement, str]]:
    """(owner, text) of the text nodes under <body> that may be a label, by XPath (when not walked)."""
    for text in _xpath(
        tree, "//body//text()[string-length(normalize-space(.)) > 2 and string-length(.) < 80]"
    ):
        owner = text.getparent()
        if owner is None:
            continue
        if getattr(text, "is_tail", False):
            owner = owner.getparent()
        yield owner, text


def _headings(
    tree: HtmlElement, texts: Iterable[tuple[HtmlElement, str]] | None = None
) -> Iterator[tuple[HtmlElement, str]]:
    """Outermost elements whose whole text is a list label, outside navigation and links.

    `texts`: (owner, text) of the short text nodes under <body>, when a walk has read them already; a label
    is at least three letters, so texts that normalise shorter never name one."""
    out: list[tuple[HtmlElement, str]] = []
    chosen: set[HtmlElement] = set()
    for owner, text in _short_body_texts(tree) if texts is None else texts:
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
    page: Page, taken: set[HtmlElement], clickers: list[HtmlElement] | None = None
) -> Iterator[tuple[HtmlElement, str, HtmlElement]]:
    """Tab buttons whose text is a list label ("<a href='#pop'>MOST POPULAR</a>") and the panel they show.

    A tab label is itself a link, so it is not a heading; its items are the links in the element it targets.
    """
    seen: set[HtmlElement] = set()
    for clicker in _MAY_TARGET(page.tree) if clickers is None else clickers:
        if not _may_target(clicker):
            continue  # attribute check first: reading every link's text is the slow part
        key = label_key(clicker.text_content())
        if key is None or clicker in seen:
            continue
        panel = _tab_panel(clicker, page)
        if panel is None or _inside_any(clicker, taken) or panel in seen:
            continue
        if any(anc.tag in ("nav", "footer", "select") for anc in clicker.iterancestors()):
            continue
        seen.update((clicker, panel))
        yield clicker, key, panel


# Links and buttons with an attribute that may name a target (a superset of `_may_target`, checked in C).
_MAY_TARGET = etree.XPath(
    "//body//a[contains(@href, '#') or @data-target or @data-bs-target or @aria-controls or @data-tab]"
    " | //body//button[contains(@href, '#') or @data-target or @data-bs-target or @aria-controls or @data-tab]"
)


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
        ident = value.lstrip("#")
        found = _xpath(page.tree, "//*[@id=$ident]", ident=ident)
        if found and found[0] is not clicker and clicker not in found[0].iterancestors():
            panel = found[0]
            if _xpath(panel, ".//a[@href]") and clicker not in panel.iter():
                return panel
    return None


_TAG_CLASS = re.compile(
    r"(?:^|[-_\s])(?:tags?|tagcloud\d*|tag-list|taglist)(?:$|[-_\s])", re.IGNORECASE
)
# Tag pages by URL (Blogger's are /search/label/X), or by rel="tag" (not "category tag": WordPress categories).
_TAG_URL = re.compile(r"/(?:tag|tags|topik|topic|topics|tagar|label)/[^/?#]+", re.IGNORECASE)


def _is_tag_link(a: HtmlElement) -> bool:
    rel = (a.get("rel") or "").lower().split()
    return _TAG_URL.search(a.get("href", "")) is not None or (
        "tag" in rel and "category" not in rel
    )


def _tag_blocks(
    page: Page, taken: set[HtmlElement], candidates: list[HtmlElement] | None = None
) -> list[HtmlElement]:
    """Unlabelled tag boxes ("<div class='article-tags'><a href='/tag/x'>#X</a>…"): a block whose class says tag,
    whose links all go to tag pages and whose other text is at most a tag label ("TOPIK POPULER" is not).

    `candidates`: `_tag_marked` of the page, when a walk has found them already."""
    out: list[HtmlElement] = []
    marked = [
        el
        for el in (_tag_marked(page.tree) if candidates is None else candidates)
        if el.tag != "a"
        and (
            _TAG_CLASS.search(el.get("class", ""))
            or any(_TAG_ID.match(el.get(attr, "")) for attr in ("id", "data-testid"))
        )
        and not _trending(el)
    ]
    # Unmarked boxes of bare tag links (Tempo 2024) are not taken: on real pages such strips are trending topics
    # (Merdeka, Detik, Otosia, Dream), which would cost precision; Tempo's tags are missed instead.
    unmarked: list[HtmlElement] = []
    for el in dict.fromkeys(marked + unmarked):
        if el is None or not _only_tag_links(el, page):
            continue
        outer = el  # the whole widget around the links: its heading decides what they are
        for _ in range(_MAX_CLIMB):
            parent = outer.getparent()
            if (
                parent is None
                or parent.tag in ("body", "html")
                or not _only_tag_links(parent, page)
                or len(_unlinked_text(parent)) > _INLINE_SLACK  # the article text around a tag line
            ):
                break
            outer = parent
        if outer in out or _inside_any(outer, taken) or _inside_any(outer, set(out)):
            continue
        if el not in marked and sum(1 for a in outer.iter("a") if _is_tag_link(a)) < 2:
            continue  # one bare tag link: a topic kicker or an in-text link, not a tag box
        rest = _unlinked_text(outer)
        if not _in_content(outer) or (rest and label_key(rest) != "tag"):
            continue
        out.append(outer)
    return out


def _tag_marked(tree: HtmlElement) -> list[HtmlElement]:
    """Elements in <body> whose class, id or data-testid holds "tag" in any case, in document order.

    A plain-string walk: an XPath translate() over every element's attributes is about three times slower.
    """
    bodies = list(tree.iter("body"))
    # Never seen on parsed HTML; nested bodies would need the XPath's de-duplication.
    if len(bodies) != 1:
        return _xpath(
            tree,
            "//body//*[contains(translate(@class, 'TAG', 'tag'), 'tag') or contains(translate(@id, 'TAG', 'tag'), 'tag')"
            " or contains(translate(@data-testid, 'TAG', 'tag'), 'tag')]",
        )
    body = bodies[0]
    return [
        el for el in body.iter() if el is not body and isinstance(el.tag, str) and _says_tag(el)
    ]


def _says_tag(el: HtmlElement) -> bool:
    """Whether the class, id or data-testid holds "tag" in any case."""
    return (
        "tag" in (el.get("class") or "").lower()
        or "tag" in (el.get("id") or "").lower()
        or "tag" in (el.get("data-testid") or "").lower()
    )


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
    rest = _norm(el.text_content())
    for a in el.iter("a"):
        rest = rest.replace(_norm(a.text_content()), " ", 1)
    return re.sub(r"[#,|·•/\s]+", " ", rest).strip()


def _only_tag_links(el: HtmlElement, page: Page) -> bool:
    """Some usable link, and every usable link goes to a tag page (stops at the first that does not)."""
    tag_links = 0
    for a in el.iter("a"):
        is_tag = _is_tag_link(a)
        if not is_tag and _usable(a, page):
            return False
        if is_tag and _usable(a, page):
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
    if block is None or _xpath(block, ".//a"):
        return False
    others = [child for child in block if child is not heading and isinstance(child.tag, str)]
    return (
        len(others) == 1 and others[0].tag in ("ul", "ol") and not _norm(others[0].text_content())
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
    if el.tag == "a" or _xpath(el, "ancestor::a"):
        return False
    if el.tag not in _H_TAGS and _xpath(el, ".//a[normalize-space()]"):
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
            and _usable(a, page)
            and (
                key == "tag" or not _TAG_URL.search(a.get("href", ""))
            )  # "Berita Terkait : #Topic"
        ]
        if len(anchors) > _MAX_LINKS:
            return None
        if anchors:
            others = twins or any(h in headings and h is not heading for h in node.iter())
            return (None if others else node), anchors
        if node.tag in _LANDMARKS:
            return None  # the widget's own box is empty (filled by JS): never borrow the next box's links
        if any(
            _is_sponsored(page.absolute(a.get("href", "")))
            for a in node.iter("a")
            if after_heading <= order.get(a, 0) and (stop is None or order.get(a, 0) < stop)
        ):
            return None  # a sponsored feed under a list heading: advertising, and the box ends here
    return None


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
        text = _norm(el.text_content())
        if text and not _xpath(el, ".//a") and label_key(text) is None:
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


def _usable(a: HtmlElement, page: Page) -> bool:
    """Whether a link can be a list item; memoised per page (widget checks revisit the same links)."""
    cache: dict[HtmlElement, bool] = page.__dict__.setdefault("_usable_links", {})
    verdict = cache.get(a)
    if verdict is None:
        verdict = cache[a] = _judge_link(a, page)
    return verdict


def _judge_link(a: HtmlElement, page: Page) -> bool:
    href = (a.get("href") or "").strip()
    if (
        not href
        or href.startswith("#")
        or re.match(r"^(?:javascript|mailto|tel|whatsapp|sms):", href, re.IGNORECASE)
    ):
        return False
    if _is_sponsored(href):
        return False
    title = _link_title(a, page)
    if not title or _FURNITURE.match(title.strip("+ »«›‹>")):
        return False
    return label_key(title) is None or bool(
        _TAG_URL.search(href)
    )  # a tag may be named "Berita Terkini"


_AD_HOST_SET = frozenset(AD_HOSTS)
_CLICK_REDIRECT = re.compile(r"(?:^|&)(?:lp|redirect|dest|adurl)=https?(?::|%3A)", re.IGNORECASE)


def _is_sponsored(href: str) -> bool:
    """A link through an ad/recommendation network, or a click redirect to another site ("…?lp=https://…").

    Works on the raw href: a relative link stays on the page's own host, which is never an ad network.
    """
    parts = urlsplit(href)
    labels = (parts.hostname or "").lower().split(".")
    # "cdn.popin.cc" -> {"cdn.popin.cc", "popin.cc", "cc"}: one set lookup instead of a scan.
    if not _AD_HOST_SET.isdisjoint(".".join(labels[i:]) for i in range(len(labels))):
        return True
    return bool(parts.query) and _CLICK_REDIRECT.search(parts.query) is not None


_HEADLINE_WORDS = 4


def _is_section_link(url: str, title: str = "") -> bool:
    """Home/section pages ("/", "/nasional") are widget furniture, not listed stories or tags; a headline-long
    title ("Harga Karet Naik di Tingkat Petani") on a short path ("/a.html") is still a story."""
    path = urlsplit(url).path.strip("/")
    if len(title.split()) >= _HEADLINE_WORDS and path:
        return False
    return "/" not in path and not re.search(r"\d", path)


def _link_title(a: HtmlElement, page: Page | None = None) -> str:
    """A link's visible text; memoised per page when given (judging and listing read the same links)."""
    if page is None:
        return _norm(_visible_text(a)).lstrip("#").strip()
    cache: dict[HtmlElement, str] = page.__dict__.setdefault("_link_titles", {})
    title = cache.get(a)
    if title is None:
        title = cache[a] = _norm(_visible_text(a)).lstrip("#").strip()
    return title


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _visible_text(el: HtmlElement) -> str:
    """Text without hidden tracking spans ("<i style='display:none'>lifestyle-read-1244264</i>")."""
    if not _xpath(el, ".//*[@style or @hidden]"):
        return el.text_content()
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        hidden = node.get("hidden") is not None or _HIDDEN.search(node.get("style") or "")
        if not hidden and isinstance(node.tag, str):
            parts.append(node.text or "")
            for child in node:
                walk(child)
        if node is not el:
            parts.append(node.tail or "")

    walk(el)
    return "".join(parts)


def _links_in(elements: Iterable[HtmlElement], page: Page) -> list[Link]:
    return _links_from((a for el in elements for a in el.iter("a") if _usable(a, page)), page)


def _links_from(anchors: Iterable[HtmlElement], page: Page) -> list[Link]:
    links: list[Link] = []
    seen: set[str] = set()
    for a in anchors:
        link = Link(title=_link_title(a, page), url=page.absolute(a.get("href", "")))
        if _dedup_key(link) in seen or _is_section_link(link["url"], link["title"]):
            continue
        seen.add(_dedup_key(link))
        links.append(link)
    return links


def _inside_any(el: HtmlElement, group: set[HtmlElement]) -> bool:
    if not group:
        return False
    return el in group or any(anc in group for anc in el.iterancestors())
