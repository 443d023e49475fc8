"""Clean article paragraphs from a body container, and a generic container finder for unknown sites.

Nothing here mutates the page tree: noise is skipped while walking, so the lists step and the
benchmarks can read the same tree afterwards. Block elements and <br> break lines; inline markup
joins. Boilerplate lines (Baca Juga, ADVERTISEMENT, follow prompts, syndication footers) go out,
credit lines ("Penulis: …", "Editor: …") become authors/editor, captions become images.

Subheadings (h2/h3 inside the body, e.g. the section titles of Merdeka's multi-section stories)
are kept as their own paragraphs, as the reader sees them: dropping them would glue sections
together and lose list-article item titles. Hidden later pages of a pre-merged story (a block
with a page number attribute and a paging/page-break class) are read like visible ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from newsbot.portals import knowledge
from newsbot.record import Image

BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
        "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table", "tbody", "thead", "center",
        "header", "hr", "address", "details", "summary",
    }
)  # fmt: skip
SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "iframe", "form", "button", "select", "input", "textarea",
        "svg", "nav", "aside", "footer", "template", "object", "embed", "video", "audio", "ins",
        "link", "meta", "head", "title",
    }
)  # fmt: skip
# Hyphen/underscore-separated parts of class and id tokens that mark widgets, not prose.
NOISE_PARTS = frozenset(
    {
        "ad", "ads", "adv", "advert", "advertisement", "adsense", "banner", "iklan", "gpt", "dfp",
        "share", "sharing", "social", "sosmed", "socmed", "related", "terkait", "komentar",
        "comment", "comments", "newsletter", "promo", "sponsor", "rekomendasi", "recommendation",
        "populer", "terpopuler", "breadcrumb", "breadcrumbs", "pagination", "baca", "bacajuga",
        "outstream", "subscribe", "tagcloud", "tags", "topik", "readmore", "nextarticle",
    }
) | knowledge.noise_classes()  # fmt: skip
CAPTION_PARTS = frozenset(
    {"caption", "figcaption", "credit", "keterangan", "wp-caption", "imageinfo", "imgcaption"}
)
_SPLIT = re.compile(r"[-_\s]+")
_WS = re.compile(r"\s+")

# Lines that are never article prose (matched case-insensitively against the whole line).
BOILERPLATE = re.compile(
    r"""^(?:
      (?:baca|lihat|simak|cek)\s*(?:juga|pula|selengkapnya|berita\ lainnya|artikel)\b
    | (?:advertisement|iklan|sponsored|ads)$
    | scroll\ (?:to\ continue|untuk\ (?:membaca|melanjutkan))
    | artikel\ ini\ (?:telah\ )?(?:tayang|terbit|sudah\ tayang)
    | (?:simak|ikuti|follow|dapatkan|gabung|join|klik|kunjungi|tonton|download|unduh|dukung|add\ as|
        cek|yuk)\b
        .{0,160}(?:whatsapp|google\ news|telegram|instagram|channel|youtube|tiktok|saluran|
        aplikasi|update\ berita|preferred\ source|berita\ pilihan|kmp\.im|jurnalisme)
    | telusuri\ berita\b
    | add\ as\ a\ preferred\ source
    | gambas\s*:
    | bagikan\s*:?$
    | url\ telah\ tercopy
    | copyright\ (?:©|\(c\)|&copy;)
    | ©\s*\d{4}
    | dilarang\ keras\ mengambil\ konten
    | ringkasan\ berita\s*:?$
    | berita\ terkait\s*:?$
    | (?:tag|tags|topik|topik\ terkait)\s*:
    | klik\ untuk\ baca
    | baca\ berita\ tanpa\ iklan
    | """
    + knowledge.alternation(knowledge.boilerplate_lines())
    + r"""
    | halaman\ (?:selanjutnya|berikutnya|sebelumnya)$
    | (?:next|prev|previous)\ page$
    | \d+\s*/\s*\d+$
    | loading\W*$
    | sumber\s*:\s*\S+(?:\s\S+){0,3}$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
CREDIT = re.compile(
    r"^(?P<label>penulis|editor|pewarta|reporter|jurnalis|kontributor|penyunting|redaktur|"
    r"editing|oleh)\s*[:：]\s*(?P<value>.{2,120})$"
    r"|^(?P<label2>laporan (?:wartawan|reporter))\b\s*[:：]?\s*(?P<value2>.{2,120})$",
    re.IGNORECASE,
)
# "(tim/tim)", "(fyk/ash)", "(lau/pta)", "(E-2)", "(*)", "(ant)": desk codes that sign off an article.
# Portals' own sign-offs ("(ant)") are Portal.sign_offs.
DESK_CODE = (
    r"\((?:[A-Za-z*]{1,8}(?:\s*/\s*[A-Za-z*]{1,8})+|[A-Z]{1,3}-?\d{1,3}|\*+|"
    + knowledge.alternation(knowledge.sign_offs())
    + r")\)"
)
_DESK_LINE = re.compile(rf"^(?:(?:{DESK_CODE}|\([a-z]{{2,6}}\))\s*)+$")
_DESK_TAIL = re.compile(rf"\s*{DESK_CODE}\s*$")
# "(Tribunlampung.co.id/Oky Indra Jaya)", "(Kompas.com/Nama)": an outlet/reporter sign-off line.
_CREDIT_LINE = re.compile(
    r"^\((?:[\w-]+\.)+(?:com|co\.id|id|net)\s*/\s*[^()/]{2,60}\)$", re.IGNORECASE
)
_PHOTO_CREDIT = re.compile(
    r"^\(?\s*(?:foto|dok(?:umentasi)?|istimewa|ilustrasi|sumber foto|photo|image)\b\s*[:./]",
    re.IGNORECASE,
)


@dataclass
class Body:
    """What the body step found: paragraphs plus what it took out of them."""

    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editor: str = ""
    removed: int = 0


def class_parts(el: HtmlElement) -> set[str]:
    parts: set[str] = set()
    for attr in ("class", "id"):
        value = el.get(attr)
        if value:
            parts.update(_SPLIT.split(value.lower()))
    return parts


def is_noise(el: HtmlElement) -> bool:
    """A widget by its tag, class or id (ads, share bars, inline related lists, tags).

    A class name alone does not condemn a block that holds real prose: Blogger themes wrap the
    whole post in `#adsense-target`.
    """
    tag = el.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return True
    if _is_hidden(el) and not is_page_section(el):
        return True
    if not class_parts(el) & NOISE_PARTS:
        return False
    return not _is_prose(el)


def _is_hidden(el: HtmlElement) -> bool:
    return el.get("hidden") is not None or "display:none" in (el.get("style") or "").replace(
        " ", ""
    )


# Pre-merged multi-page stories keep pages 2..n in hidden blocks that a script reveals
# (Merdeka's `div.paging-content[data-paging_num]`, KLY's `div.page-break[data-page]`).
_PAGE_ATTRS = ("data-page", "data-paging_num", "data-paging", "data-page-num")
_PAGE_PARTS = frozenset({"paging", "page", "halaman", "break"})


def is_page_section(el: HtmlElement) -> bool:
    """A hidden block that is a later page of the same story, not a widget."""
    if not any(el.get(attr) for attr in _PAGE_ATTRS):
        return False
    parts = class_parts(el)
    return bool(parts & _PAGE_PARTS) and not parts & NOISE_PARTS - {"pagination"}


def _is_prose(el: HtmlElement) -> bool:
    text = el.text_content()
    if len(text) < 500:
        return False
    links = sum(len(a.text_content()) for a in el.iter("a"))
    return links < 0.2 * len(text)


def is_caption(el: HtmlElement) -> bool:
    return el.tag in ("figcaption", "figure") or bool(class_parts(el) & CAPTION_PARTS)


def norm(text: str) -> str:
    return _WS.sub(" ", text.replace("\xa0", " ").replace("\u200b", "")).strip()


class _Walker:
    """Turns a container into lines; remembers link characters per line and captions met."""

    def __init__(
        self, skip: set[HtmlElement], base: str, containers: frozenset[HtmlElement] = frozenset()
    ) -> None:
        self.skip = skip
        # Body containers the profile named: walked even when nested and hidden (later pages).
        self.containers = containers
        self.base = base
        self.lines: list[tuple[str, int]] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.images: list[Image] = []
        self.credits: list[str] = []

    def brk(self) -> None:
        text = norm("".join(self.parts))
        if text:
            self.lines.append((text, self.link_chars))
        self.parts = []
        self.link_chars = 0

    def text(self, value: str | None, in_link: bool) -> None:
        if value:
            self.parts.append(value)
            if in_link:
                self.link_chars += len(value.strip())

    def walk(self, el: HtmlElement, in_link: bool = False, root: bool = False) -> None:
        """Depth-first, with an explicit stack: broken pages nest thousands of unclosed divs."""
        # Entries: (element, in_link, root) to enter, (text, in_link) to add, or None to break.
        stack: list[tuple[HtmlElement, bool, bool] | tuple[str | None, bool] | None] = [
            (el, in_link, root)
        ]
        while stack:
            item = stack.pop()
            if item is None:
                self.brk()
            elif len(item) == 2:
                self.text(item[0], item[1])  # type: ignore[arg-type]
            else:
                self._enter(*item, stack)  # type: ignore[arg-type]

    def _enter(self, el: HtmlElement, in_link: bool, root: bool, stack: list) -> None:
        tag = el.tag
        if not root and el not in self.containers and (el in self.skip or is_noise(el)):
            self._credits_only(el)
            return
        if tag in ("figure", "figcaption") or (not root and is_caption(el) and _short(el)):
            self._image(el)
            return
        if tag == "img":
            self._image(el)
            return
        if tag == "br":
            self.brk()
            return
        block = tag in BLOCK_TAGS
        if block:
            self.brk()
            stack.append(None)
        elif tag in ("td", "th") and "".join(self.parts).strip():
            self.parts.append(" | ")  # table cells of one row read as one line
        link = in_link or tag == "a"
        self.text(el.text, link)
        for child in reversed(el):
            stack.append((child.tail, link))
            stack.append((child, link, False))

    def _credits_only(self, el: HtmlElement) -> None:
        """Skipped widgets may still carry the byline ("Pewarta: X<br>Editor: Y" in a muted box)."""
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or len(el.text_content()) > 300:
            return
        inner = _Walker(set(), self.base)
        inner.walk(el, root=True)
        inner.brk()
        self.credits.extend(text for text, _ in inner.lines if CREDIT.match(text))

    def _image(self, el: HtmlElement) -> None:
        imgs = [el] if el.tag == "img" else el.findall(".//img")
        caption = ""
        caps = el.xpath(".//figcaption") if el.tag != "figcaption" else [el]
        if caps:
            caption = norm(caps[0].text_content())
        elif el.tag != "img" and not imgs:
            caption = norm(el.text_content())
        src = ""
        for img in imgs:
            src = img.get("data-src") or img.get("data-original") or img.get("src") or ""
            if src and not src.startswith("data:"):
                break
            src = ""
        if not src and not caption:
            return
        if src:
            from urllib.parse import urljoin

            src = urljoin(self.base, src.strip())
        if not src and self.images and not self.images[-1]["caption"]:
            self.images[-1]["caption"] = caption
            return
        if src and any(image["url"] == src for image in self.images):
            return
        self.images.append({"url": src, "caption": caption})


def _short(el: HtmlElement) -> bool:
    return len(el.text_content()) < 400


def read_body(
    containers: Iterable[HtmlElement], skip: Iterable[HtmlElement] = (), base: str = ""
) -> Body:
    """Paragraphs of the given containers (in order), without boilerplate."""
    containers = list(containers)
    walker = _Walker(set(skip), base, frozenset(containers))
    seen: set[HtmlElement] = set()
    for container in containers:
        if any(ancestor in seen for ancestor in container.iterancestors()):
            continue
        seen.add(container)
        walker.walk(container, root=True)
        walker.brk()
    body = Body(images=walker.images)
    for text, link_chars in walker.lines:
        _take_line(body, text, link_chars)
    for text in walker.credits:
        _take_line(body, text, 0)
    _strip_desk_code(body)
    body.paragraphs = _join_dateline_fragments(list(dict.fromkeys(body.paragraphs)))
    return body


# "Jakarta -" or "JAKARTA, KOMPAS.com -" printed in its own <strong> block before the first <p>.
_DATELINE_FRAGMENT = re.compile(r"^[\w().,' ]{2,60}\s(?:-{1,2}|–|—)$")


def _join_dateline_fragments(paragraphs: list[str]) -> list[str]:
    if len(paragraphs) > 1 and _DATELINE_FRAGMENT.match(paragraphs[0]):
        return [f"{paragraphs[0]} {paragraphs[1]}", *paragraphs[2:]]
    return paragraphs


def _take_line(body: Body, text: str, link_chars: int) -> None:
    credit = CREDIT.match(text)
    if credit and _looks_like_credit(credit.group("value") or credit.group("value2")):
        label = (credit.group("label") or credit.group("label2")).lower()
        value = norm(credit.group("value") or credit.group("value2")).strip(" .,-")
        if label in ("editor", "penyunting", "redaktur", "editing"):
            body.editor = body.editor or value
        else:
            name = value.split(",")[-1].strip() if label.startswith("laporan") else value
            body.authors.append(name)
        body.removed += 1
        return
    if (
        BOILERPLATE.match(text)
        or _DESK_LINE.match(text)
        or (len(text) < 160 and _PHOTO_CREDIT.match(text))
        or (link_chars and link_chars >= 0.7 * len(text) and len(text) < 300)
        or not any(ch.isalnum() for ch in text)
    ):
        body.removed += 1
        return
    body.paragraphs.append(text)


def _lone_word(text: str) -> bool:
    return " " not in text and not text.endswith((".", "!", "?", '"', "”"))


def _looks_like_credit(value: str) -> bool:
    # "Oleh karena itu, …" is prose; a credit value is a few capitalised words.
    words = value.split()
    return (len(words) <= 12 and not value.endswith((".", "?", "!"))) or len(words) <= 4


def _strip_desk_code(body: Body) -> None:
    # A lone word closing the text ("Infografis", "Video") labels a widget, not prose.
    while body.paragraphs and _lone_word(body.paragraphs[-1]):
        body.paragraphs.pop()
    if body.paragraphs and _CREDIT_LINE.match(body.paragraphs[-1]):
        body.paragraphs.pop()
    if body.paragraphs:
        last = _DESK_TAIL.sub("", body.paragraphs[-1]).strip()
        if last:
            body.paragraphs[-1] = last
        else:
            body.paragraphs.pop()


# ---------------------------------------------------------------------------------------------
# Generic container finder: where does the prose live on a page we have no profile for?


def find_container(root: HtmlElement) -> HtmlElement | None:
    """The element holding most prose: paragraph text scored on parents (readability-style)."""
    scores: dict[HtmlElement, float] = {}
    for p in root.iter("p", "br"):
        if p.tag == "br":
            holder = p.getparent()
            if holder is None or holder in scores:
                continue
            text = norm(" ".join(t for t in [holder.text or "", *[c.tail or "" for c in holder]]))
            if len(text) < 80:
                continue
            _add(scores, holder, len(text), 1.0)
            continue
        text = norm(p.text_content())
        if len(text) < 25:
            continue
        links = sum(len(a.text_content()) for a in p.iter("a"))
        if links > 0.5 * len(text):
            continue
        parent = p.getparent()
        if parent is None:
            continue
        _add(scores, parent, len(text), 1.0)
        grand = parent.getparent()
        if grand is not None:
            _add(scores, grand, len(text), 0.5)
    best, best_score = None, 0.0
    for el, score in scores.items():
        if _in_noise(el):
            continue
        if score > best_score:
            best, best_score = el, score
    return best


def _add(scores: dict[HtmlElement, float], el: HtmlElement, length: int, weight: float) -> None:
    scores[el] = scores.get(el, 0.0) + length * weight


def _in_noise(el: HtmlElement) -> bool:
    for node in (el, *el.iterancestors()):
        if node.tag in ("footer", "nav", "aside", "header") or (
            node.tag != "body" and class_parts(node) & (NOISE_PARTS | {"footer", "sidebar"})
        ):
            return True
    return False
