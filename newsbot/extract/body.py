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

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
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
        "embed", "tweet", "instagram", "tiktok",
    }
) | knowledge.noise_classes()  # fmt: skip
# Blocks that hold a paragraph, a heading or an item of the text (not page furniture).
PARAGRAPH_LEVEL = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "pre", "tr", "td"}
)
CAPTION_PARTS = frozenset(
    {"caption", "figcaption", "credit", "keterangan", "wp-caption", "imageinfo", "imgcaption"}
)
_SPLIT = re.compile(r"[-_\s]+")
_WS = re.compile(r"\s+")
# Caps that keep later passes (quotes, lists) bounded on hostile pages; each applied is noted in
# `Body.limits`. The longest paragraph of 300 real pages has 8,377 characters, the longest
# body 37,866, the most images 17.
MAX_PARAGRAPH_CHARS = 20_000
MAX_BODY_CHARS = 400_000
MAX_IMAGES = 1_000
_RAW_LINE_CHARS = 4 * MAX_PARAGRAPH_CHARS

# Lines that are never article prose (matched case-insensitively against the whole line).
BOILERPLATE = re.compile(
    r"""^(?:
      (?:baca|lihat|simak|cek)\s*(?:juga|pula|selengkapnya|selanjutnya|berita\ lainnya|artikel)\b
    | (?:advertisement|iklan|sponsored|ads)$
    | scroll(?:\ down|\ ke\ bawah)?\ (?:to\ continue|untuk\ (?:membaca|melanjutkan))
    | artikel\ ini\ (?:telah\ )?(?:tayang|terbit|sudah\ tayang)
    | (?:simak|ikuti|follow|dapatkan|gabung|join|klik|kunjungi|tonton|download|unduh|dukung|add\ as|
        cek|yuk)\b
        .{0,160}(?:whatsapp|google\ news|telegram|instagram|channel|youtube|tiktok|saluran|
        aplikasi|update\ berita|preferred\ source|berita\ pilihan|kmp\.im|jurnalisme|
        twitter|facebook|newsletter)
    # Syndication and closing promos, in any portal's footer: "This article first appeared on
    # …", "Read the full story at …", "Sign up for our newsletter", "Got a story? …".
    | this\ (?:article|story|post|piece)\ (?:was\ |has\ been\ )?
        (?:(?:first|originally)\ (?:appeared|published|posted|ran)\ (?:on|in|at|by)|appeared\ on)\b
    | (?:originally|first)\ (?:published|appeared|posted)\ (?:on|in|at|by)\b
    | (?:read|see|view|continue\ reading)\ (?:the\ )?(?:full|original|complete|rest\ of\ the)
        \ (?:story|article|report|piece)\b
    | .{0,100}\b(?:sign\ up|subscribe)\ (?:for|to)\ (?:our|the|a)\b.{0,60}\bnewsletters?\b
    | got\ a\ (?:story|tip)\b
    | this\ (?:is\ a\ )?(?:breaking|developing)\ (?:news\ )?story\b
    | .{0,160}\bcontributed\ (?:to\ )?(?:this|the)\ (?:report|story|article)\.?$
    | .{0,60}\bvideo\ (?:has\ )?failed\ to\ load\b
    | your\ browser\ does\ not\ support\b
    # A video promo between or after the paragraphs: "Lihat Video: …", "Tonton juga video berikut".
    | (?:lihat|tonton|saksikan|simak)\ (?:juga\ |pula\ )?(?:video|videonya)\b.{0,100}$
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
    | (?:sumber|source|quelle|quellen|fuente|fonte|kilde|källa|bron)\s*:\s*(?:\S+(?:\s\S+){0,3})?$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
CREDIT = re.compile(
    r"^(?P<label>penulis|editor|pewarta|reporter|wartawan|jurnalis|kontributor|penyunting|"
    r"redaktur|editing|oleh|author|autor|autorin|writer|written by|reporting by|editing by|"
    # Republika's short labels, only with their mark ("Rep: X/ Red: Y"): "Red" is a word.
    r"rep(?=\s*[:：])|red(?=\s*[:：]))"
    # "Penulis: X", and a table row "Penulis | X" read as one line.
    r"(?:\s*(?:[:：]|\s\|)|(?<=by)\s)\s*(?P<value>.{2,120})$"
    r"|^(?P<label2>laporan (?:wartawan|reporter))\b\s*[:：]?\s*(?P<value2>.{2,120})$",
    re.IGNORECASE,
)
# A word every CREDIT label holds (matched as CREDIT is: ignoring case).
_CREDIT_WORD = re.compile(
    r"penulis|edit|pewarta|report|wartawan|jurnalis|kontributor|penyunting|redaktur|oleh|author|"
    r"autor|writ|laporan|\bre[pd]\s*[:：]",
    re.IGNORECASE,
)
# CREDIT labels that name the editor; the others name authors.
EDITOR_LABELS = frozenset({"editor", "penyunting", "redaktur", "red", "editing", "editing by"})
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
# "Foto: …", "Dok. Pemkot", "Ilustrasi", "Photo: …", "Image by …", "Bild: …": a photo's caption or
# credit line printed as a paragraph.
_PHOTO_CREDIT = re.compile(
    r"^\(?\s*(?:foto|dok(?:umentasi)?|istimewa|ilustrasi|sumber foto|photo|photograph|image|"
    r"picture|bild|illustration)\b\s*(?:[:./|©]|by\b|$)",
    re.IGNORECASE,
)
# Wire-photo credits: "(AP Photo/Jane Doe)", "(X FOTO/Ahmad)", "REUTERS/John Doe",
# "… via Getty Images": a line that carries one (and is caption-length) is a caption.
_WIRE_CREDIT = re.compile(
    r"\b[A-Z][A-Za-z]{1,11}\s+(?:Photo|FOTO|Foto)\s*/"
    r"|\b[A-Z]{4,}\s*/\s*[A-Z][a-z]|\bGetty\s+Images\b|/\s*(?:AFP|AP|EPA|dpa)\s*\)?\s*$"
)


@dataclass
class Body:
    """What the body step found: paragraphs plus what it took out of them."""

    paragraphs: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    editor: str = ""
    removed: int = 0
    limits: list[str] = field(default_factory=list)
    # Paragraphs read outside any paragraph-level block (see _Walker.loose).
    loose: set[str] = field(default_factory=set)
    # Bold runs that open one of the first lines (a dateline printed in bold without a dash).
    bold: list[str] = field(default_factory=list)
    # Short texts printed in bold from a line's start (a line equal to one is all bold).
    strong: set[str] = field(default_factory=set)
    # Lines read right after a photo (a caption printed as a paragraph reads like one).
    after_image: set[str] = field(default_factory=set)


def class_parts(el: HtmlElement) -> frozenset[str]:
    return _class_parts(el.get("class"), el.get("id"))


@lru_cache(maxsize=16384)
def _class_parts(classes: str | None, ident: str | None) -> frozenset[str]:
    """The class and id words, split once per distinct value pair (a page repeats a few dozen
    class strings over thousands of elements; the body passes ask each element several times)."""
    parts: set[str] = set()
    for value in (classes, ident):
        if value:
            parts.update(_SPLIT.split(value.lower()))
    return frozenset(parts)


def is_noise(el: HtmlElement) -> bool:
    """A widget by its tag, class or id (ads, share bars, inline related lists, tags).

    A class name alone does not condemn a block that holds real prose: Blogger themes wrap the
    whole post in `#adsense-target`.
    """
    tag = el.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS:
        return True
    if is_screen_reader_text(el):
        return True
    if _is_hidden(el):
        # Hidden prose is the rest of a paywalled or pre-merged story; hidden widgets are noise.
        return not (is_page_section(el) or _is_hidden_story(el))
    if is_dialog(el):
        return True
    if not class_parts(el) & NOISE_PARTS:
        return False
    return not _is_prose(el)


def _is_hidden(el: HtmlElement) -> bool:
    if el.get("hidden") is not None or _hiding_style(el.get("style")):
        return True
    classes = el.get("class")
    return bool(classes) and _hiding_classes(classes)


def _hiding_style(style: str | None) -> bool:
    return style is not None and "display:none" in style.replace(" ", "")


@lru_cache(maxsize=8192)
def _hiding_classes(classes: str) -> bool:
    return not _HIDDEN_CLASSES.isdisjoint(classes.lower().split())


# Utility classes that hide a block (Bootstrap, Tailwind, common CSS kits).
_HIDDEN_CLASSES = frozenset({"hidden", "d-none", "is-hidden", "hide", "u-hidden", "display-none"})
# Text for screen readers only ("Author of the article:", "Box aufklappen"): never visible prose.
_SCREEN_READER = re.compile(
    r"(?:^|\s)[\w-]*(?:visually-?hidden|sr-only|screen-?reader|offscreen|a11y-only)[\w-]*(?:\s|$)",
    re.IGNORECASE,
)


def is_screen_reader_text(el: HtmlElement) -> bool:
    classes = el.get("class")
    return bool(classes) and _screen_reader_classes(classes)


@lru_cache(maxsize=8192)
def _screen_reader_classes(classes: str) -> bool:
    lowered = classes.lower()
    # Every name _SCREEN_READER matches holds one of these: most class strings are out at once.
    if not any(hint in lowered for hint in _SCREEN_READER_HINTS):
        return False
    return _SCREEN_READER.search(classes) is not None


_SCREEN_READER_HINTS = ("hidden", "sr-only", "screen", "offscreen", "a11y-only")


def _is_hidden_story(el: HtmlElement) -> bool:
    """Hidden text that reads as article paragraphs (the paywalled rest of the story), not a
    hidden box of short marketing or navigation lines."""
    if not _is_prose(el):
        return False
    lines = [len(t) for t in (norm(x) for x in el.itertext()) if t]
    return bool(lines) and sum(lines) / len(lines) >= 80


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


# Where lazy loaders keep the photo's URL while src holds a placeholder (lazysizes, jQuery
# lazyload, WordPress's lazy-load plugins), then src itself.
_SRC_ATTRIBUTES = ("data-src", "data-lazy-src", "data-original", "src")
_SRCSET_ATTRIBUTES = ("data-srcset", "data-lazy-srcset", "srcset")
# One srcset candidate: its URL and its width or density ("x.jpg 1024w", "x.jpg 2x").
_SRCSET_ENTRY = re.compile(r"(\S+)(?:\s+(\d+(?:\.\d+)?)[wx])?\s*(?:,\s*|$)")


def image_src(img: HtmlElement) -> str:
    """The photo's URL as an <img> gives it: a lazy loader's attribute, else src, else the
    largest of its srcset; "" for none or only an inline data: placeholder."""
    for attribute in _SRC_ATTRIBUTES:
        src = (img.get(attribute) or "").strip()
        if src and not src.startswith("data:"):
            return src
    for attribute in _SRCSET_ATTRIBUTES:
        srcset = img.get(attribute)
        if srcset:
            candidates = [
                (float(size or 0), url)
                for url, size in _SRCSET_ENTRY.findall(srcset.strip())
                if url and not url.startswith("data:")
            ]
            if candidates:
                return max(candidates, key=lambda c: c[0])[1]
    return ""


def caption_of(img: HtmlElement) -> str:
    """The caption printed with an image wherever it stands on the page: its figure's
    <figcaption>, else a caption-classed block right after it or after its wrapper
    (`<div id="image_news"><img><div id="caption_news">…`)."""
    for ancestor in itertools.islice(img.iterancestors(), 3):
        if ancestor.tag == "figure":
            caps = ancestor.findall(".//figcaption")
            return norm(caps[0].text_content()) if caps else ""
    for el in (img, img.getparent()):
        if el is None:
            break
        for sibling in itertools.islice(el.itersiblings(), 2):
            if isinstance(sibling.tag, str) and is_caption(sibling):
                text = norm(sibling.text_content())
                return text if len(text) <= CAPTION_CHARS else ""
    return ""


# Wire captions run to three or four sentences (Antara's: ~450 characters); a longer block
# after a photo is a text of its own.
CAPTION_CHARS = 800


def text_lines(el: HtmlElement) -> list[str]:
    """An element's text line by line, as the body walk reads it: block elements and <br> end a
    line. (text_content() runs "Pewarta: A<br>Editor: B" into one string.)"""
    walker = _Walker(set(), "")
    walker.walk(el, root=True)
    walker.brk()
    return [text for text, _ in walker.lines]


def norm(text: str) -> str:
    """Whitespace runs (no-break spaces included) as one space, zero-width spaces out.

    str.split() splits on exactly the characters `\\s` matches and is several times faster, but
    holds every word at once: a megabyte-long text goes through the regex instead.
    """
    if len(text) > 100_000:
        return _WS.sub(" ", text.replace("\u200b", "")).strip()
    return " ".join(text.replace("\u200b", "").split())


def norm_len(text: str) -> int:
    """len(norm(text)) without building the normalised text: the words' lengths and one space
    between each two (a <head>'s scripts run to 100,000 characters, past which norm() takes
    the slower regex path)."""
    if len(text) > 4_000_000:  # (the words of a text this long are not all held at once)
        return len(norm(text))
    words = text.replace("\u200b", "").split()
    return sum(map(len, words)) + len(words) - 1 if words else 0


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
        self.image_urls: set[str] = set()
        self.images_capped = False
        self.credits: list[str] = []
        self.chars = 0
        self.limits: list[str] = []
        # The block each line is read in, and the lines read in no paragraph-level block
        # (text straight in a <div> or <span>: labels, bylines and buttons more than prose).
        self.blocks: list[str] = []
        # How many of `blocks` are PARAGRAPH_LEVEL (counted as they open and close: a scan of
        # `blocks` at each line costs the nesting depth, up to 512 on an unclosed-<div> page).
        self.paragraph_blocks = 0
        self.loose: set[str] = set()
        # How many images had been met when each line ended (a caption line follows its photo).
        self.line_images: list[int] = []
        self.last_img: HtmlElement | None = None
        self.bold: list[str] = []
        self.strong: set[str] = set()  # texts of childless bold runs that open a line

    @property
    def full(self) -> bool:
        return self.chars > MAX_BODY_CHARS

    def brk(self) -> None:
        raw = "".join(self.parts)
        if len(raw) > _RAW_LINE_CHARS:  # cut before normalising: a 16 MB line costs seconds
            raw = raw[:_RAW_LINE_CHARS]
        text = norm(raw)
        if len(text) > MAX_PARAGRAPH_CHARS or len(raw) == _RAW_LINE_CHARS:
            size = sum(len(part) for part in self.parts)
            self.limits.append(f"a paragraph of {size:,} characters cut to {MAX_PARAGRAPH_CHARS:,}")
            cut = text.rfind(" ", 0, MAX_PARAGRAPH_CHARS)
            text = text[: cut if cut > 0 else MAX_PARAGRAPH_CHARS]
        if text:
            self.lines.append((text, self.link_chars))
            self.chars += len(text)
            self.line_images.append(len(self.images))
            if not self.paragraph_blocks:
                self.loose.add(text)
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
        while stack and not self.full:
            item = stack.pop()
            if item is None:
                self.brk()
                if self.blocks and self.blocks.pop() in PARAGRAPH_LEVEL:
                    self.paragraph_blocks -= 1
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
            self.blocks.append(str(tag))
            self.paragraph_blocks += tag in PARAGRAPH_LEVEL
            stack.append(None)
        elif tag in ("td", "th") and "".join(self.parts).strip():
            self.parts.append(" | ")  # table cells of one row read as one line
        if tag in ("b", "strong") and not "".join(self.parts).strip():
            if len(self.bold) < 5:
                # A bold run opening a line ("<b>Liputan6.com, Jakarta</b> Indonesia …"): where
                # a dateline printed without a dash ends.
                lead = norm(el.text_content())
                if 0 < len(lead) <= 60:
                    self.bold.append(lead)
            if not len(el) and el.text and len(el.text) <= 120:
                self.strong.add(norm(el.text))  # (a line that is all of it is bold)
        link = in_link or tag == "a"
        self.text(el.text, link)
        for child in reversed(el):
            stack.append((child.tail, link))
            stack.append((child, link, False))

    def _credits_only(self, el: HtmlElement) -> None:
        """Skipped widgets may still carry the byline ("Pewarta: X<br>Editor: Y" in a muted box)."""
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS:
            return
        text = el.text_content()
        # Read line by line only when a CREDIT label is in the text at all (most widgets are
        # share bars and ads).
        if len(text) > 300 or not _CREDIT_WORD.search(text.replace("\u200b", "")):
            return
        self.credits.extend(text for text in text_lines(el) if CREDIT.match(text))

    def _image(self, el: HtmlElement) -> None:
        if self.images_capped:
            return
        imgs = [el] if el.tag == "img" else el.findall(".//img")
        caption = ""
        caps = el.xpath(".//figcaption") if el.tag != "figcaption" else [el]
        if caps:
            caption = norm(caps[0].text_content())
        elif el.tag != "img" and not imgs:
            caption = norm(el.text_content())
        src = next((found for found in map(image_src, imgs) if found), "")
        if not src and not caption:
            return
        if src:
            from urllib.parse import urljoin

            src = urljoin(self.base, src.strip())
        if not src:
            # A caption block with no image of its own captions the photo just before it, and
            # only when that photo sits beside it (a widget's "Recommended by" credit elsewhere
            # in the body is no caption).
            if self.images and not self.images[-1]["caption"] and self._beside_last_img(el):
                self.images[-1]["caption"] = caption
            return
        if imgs:
            self.last_img = imgs[0]
        if src in self.image_urls:
            return
        if len(self.images) >= MAX_IMAGES:
            if not self.images_capped:
                self.limits.append(f"images after the first {MAX_IMAGES:,} left out")
                self.images_capped = True
            return
        self.image_urls.add(src)
        self.images.append({"url": src, "caption": caption})

    def _beside_last_img(self, el: HtmlElement) -> bool:
        """Whether the last photo is in the caption block's own wrapper or just before it."""
        last = self.last_img
        if last is None:
            return False
        parent = el.getparent()
        before = el.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        return any(
            holder is not None and any(img is last for img in holder.iter("img"))
            for holder in (parent, before)
        )


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
    body = Body(
        images=walker.images,
        limits=walker.limits,
        loose=walker.loose,
        bold=walker.bold,
        strong=walker.strong,
    )
    if walker.full:
        body.limits.append(f"body text cut after {MAX_BODY_CHARS:,} characters")
    seen_images = 0
    for (text, link_chars), images_before in zip(walker.lines, walker.line_images, strict=True):
        if images_before > seen_images:
            body.after_image.add(text)
            seen_images = images_before
        if _caption_line(text):
            _take_caption(body, text, images_before - 1)
            continue
        _take_line(body, text, link_chars)
    for text in walker.credits:
        _take_line(body, text, 0)
    _strip_desk_code(body)
    body.paragraphs = _join_dateline_fragments(_without_repeats(body.paragraphs))
    return body


_WORDS = re.compile(r"\w+")


def _without_repeats(paragraphs: list[str]) -> list[str]:
    """Paragraphs without exact repeats, and without a long block whose text was all read
    already (a hidden copy of the story appended as one block); a short passage the author
    repeats (a prayer, a refrain) stays where it was repeated."""
    seen_text: set[str] = set()
    seen: set[tuple[str, ...]] = set()
    out: list[str] = []
    for paragraph in paragraphs:
        if paragraph in seen_text:
            continue
        seen_text.add(paragraph)
        words = _WORDS.findall(paragraph.casefold())
        # The 4-word shingles (zip stops at the shortest: the last word starts no shingle).
        grams = set(zip(words, words[1:], words[2:], words[3:], strict=False))
        if len(words) >= 20 and len(grams & seen) >= 0.9 * len(grams):
            continue
        seen |= grams
        out.append(paragraph)
    return out


_SENTENCE_END = (".", "!", "?", "…", ":", '"', "”", "»", "“", "。", "！", "？", "」")
_AGO = re.compile(
    r"\b\d+\s*(?:sec|second|min|minute|h|hr|hour|day|week|month|year)s?\.?\s+ago\b"
    r"|\bvor\s+\d+\s+(?:Sekunden|Minuten|Stunden|Tagen|Wochen)\b"
    r"|\b(?:read|lesedauer|lesezeit)\b.{0,12}\b\d+\s*(?:min|minute|minuten)",
    re.IGNORECASE,
)
_EDGE = 6  # bylines and date lines sit among the first and last few lines
# "By Jane Roe", "Von Nina Magoley", "Par Jean Dupont", "Oleh Agus": a byline on its own line.
# (Not Italian "di": Indonesian lines open with "Di" + a place.) The name is capitalised.
_BYLINE = re.compile(r"^(?i:by|von|par|por|av|af|door|oleh)\s+[A-ZÀ-ÝŁŚŻ]")
# "18.04.2024 | 0:21 min", "02:57 Min.": the caption of an embedded video or audio clip.
_CLIP = re.compile(r"\b\d{1,2}:\d{2}\s*(?:min|Min)\b")
# "WATCH | Palestinians react …", "VIDEO: …", "LISTEN: …": the title of an embedded clip.
_CLIP_LABEL = re.compile(r"^(?:WATCH|VIDEO|LISTEN|AUDIO|PODCAST)\s*[|:]\s*\S")


def furniture_out(paragraphs: list[str], loose: set[str], headlines: Iterable[str]) -> list[str]:
    """A generic container's paragraphs without the page furniture it also holds: the headline
    again or its kicker, byline, date and reading-time lines near the start or the end, the
    captions of embedded clips ("… | 0:21 min"), and short labels read outside any paragraph
    ("Share", "Video", a section name). Not for profiled layouts, whose containers hold only
    the text."""
    from newsbot.extract.dates import parse_date

    variants = {h.casefold() for h in headlines if h}
    for h in list(variants):
        # The kicker before "Kicker: Headline" printed on its own line.
        kicker = _HEADLINE_JOIN.split(h, maxsplit=1)[0]
        if kicker != h and len(kicker.split()) >= 2:
            variants.add(kicker)
    out = []
    last = len(paragraphs) - 1
    first_prose = next((i for i, p in enumerate(paragraphs) if len(p.split()) >= 12), 0)
    for i, text in enumerate(paragraphs):
        words = len(text.split())
        ends = text.rstrip().endswith(_SENTENCE_END)
        if text.casefold() in variants:
            continue
        near_edge = i < _EDGE or i > last - _EDGE
        if (
            near_edge
            and words <= 14
            and not ends
            and (_AGO.search(text) or parse_date(text) is not None)
        ):
            continue
        if text in loose and words <= 4 and not ends:
            continue
        if near_edge and words <= 6 and not ends and _BYLINE.match(text):
            continue
        if i < first_prose and words <= 2 and not ends:
            continue  # a tool bar before the text: "E-Mail", "Teilen", "Drucken"
        if words <= 20 and _CLIP_LABEL.match(text):
            continue
        if words <= 25 and _CLIP.search(text):
            continue
        out.append(text)
    return out


_HEADLINE_JOIN = re.compile(r"\s*(?:\||::|»|·|/|：)\s*|:\s+|\s+[-–—]\s+")


# "Jakarta -" or "JAKARTA, KOMPAS.com -" printed in its own <strong> block before the first <p>.
_DATELINE_FRAGMENT = re.compile(r"^[\w().,' ]{2,60}\s(?:-{1,2}|–|—)$")


def _join_dateline_fragments(paragraphs: list[str]) -> list[str]:
    """The fragment joined to the paragraph it opens; in a generic container, furniture lines
    (a kicker, a byline) may stand before it, but no prose."""
    for i, text in enumerate(paragraphs[:-1]):
        if _DATELINE_FRAGMENT.match(text):
            return [*paragraphs[:i], f"{text} {paragraphs[i + 1]}", *paragraphs[i + 2 :]]
        if len(text.split()) >= 12:
            break  # the story has begun
    return paragraphs


# A line closed by a photo credit in brackets: "Warga memadati alun-alun. (Foto: Dok. Pemkot)".
_CREDIT_TAIL = re.compile(
    r"\((?:foto|photo|dok(?:umentasi)?|sumber foto|ilustrasi|image|bild)\b[^()]{0,80}\)$"
    # "(Liputan6.com/Helmi Fithriansyah)", "(KOMPAS.com/NABILLA TASHANDRA)": site/photographer
    r"|\((?:[\w-]+\.)+[a-z]{2,6}\s*/\s*[^\W\d][^()/]{2,60}\)$"
    # "(Sumber: Instagram/evanmarvino)": a source with a slash credits the photo's origin
    r"|\(sumber\s*:\s*[^()/]{2,40}/[^()/]{2,40}\)$",
    re.IGNORECASE,
)


def _caption_line(text: str) -> bool:
    return len(text) < 300 and (
        bool(_WIRE_CREDIT.search(text) or _CREDIT_TAIL.search(text))
        or (len(text) < 160 and bool(_PHOTO_CREDIT.match(text)))
    )


def _take_caption(body: Body, text: str, index: int) -> None:
    """A caption or credit printed as a paragraph goes to the photo it follows, not the text."""
    body.removed += 1
    if not 0 <= index < len(body.images):
        return
    image = body.images[index]
    if not image["caption"]:
        image["caption"] = text
    elif text not in image["caption"]:
        image["caption"] = f"{image['caption']} {text}"


# "Reporter: X | Editor: Y", "Penulis: X · Editor: Y": several credits on one line.
_CREDIT_SEP = re.compile(r"\s+[|·•]\s+|\s{2,}|;\s+")


# "Penulis: X Editor: Y", "Penulis: XEditor: Y": the next credit's label run into a value
# (after a space in any case, straight after a name's last letter capitalised).
_NEXT_LABEL = (
    r"(?:Editor|Penyunting|Redaktur|Penulis|Pewarta|Reporter|Wartawan|Jurnalis|Rep|Red|"
    r"Foto(?:grafer)?)\s*[:：]"
)
_INNER_LABEL = re.compile(rf"\s+(?=(?i:{_NEXT_LABEL}))|(?<=[a-z.])(?={_NEXT_LABEL})")


def split_credits(text: str) -> list[str]:
    """A credit line's credits one by one ("Reporter: X | Editor: Y", "Penulis: X Editor: Y");
    a photo credit among them ("Foto: Z") is left out. Any other line comes back whole."""
    if not CREDIT.match(text):
        return [text]
    parts = [p for chunk in _CREDIT_SEP.split(text) for p in _INNER_LABEL.split(chunk) if p]
    if len(parts) > 1 and all(CREDIT.match(p) or _PHOTO_CREDIT.match(p) for p in parts):
        return [p for p in parts if CREDIT.match(p)]
    return [text]


# Where a credit's names end and its date begins: "X | Rabu, 5 Juni 2016 18:31", "X pada
# 05 Jun 2016, 18:31 WIB", "Von X 05.08.2024".
AFTER_NAMES = re.compile(r"\s+[|·•]\s+|\s+(?:(?:pada|on|am|le|el)\s+)?(?=\d)")
# "Laporan Wartawan Tribunlampung.co.id Beni Yulianto": the outlet before the reporter's name.
_OUTLET_FIRST = re.compile(r"^(?:[\w-]+\.)+(?:com|co\.id|id|net|org)\b[\s,/]*", re.IGNORECASE)


def credit_value(label: str, value: str) -> str:
    """The names of a credit line's value, without the date or section after them, and a
    "Laporan Wartawan …" credit without the outlet before the reporter's name."""
    value = AFTER_NAMES.split(norm(value), maxsplit=1)[0]
    if label.lower().startswith("laporan"):
        value = _OUTLET_FIRST.sub("", value.split(",")[-1].strip())
    return value.strip(" .,-|:：/")


def _take_line(body: Body, text: str, link_chars: int) -> None:
    parts = split_credits(text)
    if parts != [text]:
        for part in parts:
            _take_line(body, part, 0)
        return
    credit = CREDIT.match(text)
    if credit and _looks_like_credit(credit.group("value") or credit.group("value2")):
        label = (credit.group("label") or credit.group("label2")).lower()
        value = credit_value(label, credit.group("value") or credit.group("value2"))
        if label in EDITOR_LABELS:
            body.editor = body.editor or value
        else:
            body.authors.append(value)
        body.removed += 1
        return
    if (
        BOILERPLATE.match(text)
        or _DESK_LINE.match(text)
        or (link_chars and link_chars >= 0.7 * len(text) and len(text) < 300)
        or not any(ch.isalnum() for ch in text)
    ):
        body.removed += 1
        return
    body.paragraphs.append(text)


def _lone_word(text: str) -> bool:
    # Short: CJK prose has no spaces, and a whole paragraph of it is one "word".
    return (
        len(text) <= 30
        and " " not in text
        and not text.endswith((".", "!", "?", '"', "”", "。", "」", "！", "？"))
    )


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

# A line this long with few link characters reads as a paragraph of prose.
PROSE_LINE = 25
# How much a character of non-prose text (bylines, share bars, link lists, widgets) inside a
# candidate cancels a character of prose: the best container holds the prose and little else.
NOISE_WEIGHT = 1.0
_PARAGRAPH_TAGS = frozenset({"p", "li", "dd", "dt", "blockquote", "pre", "td", "th"})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Never article containers (page furniture around the story), whatever their text.
_FURNITURE = frozenset({"nav", "aside", "footer", "header"})


def find_container(root: HtmlElement, headline: HtmlElement | None = None) -> HtmlElement | None:
    """The first of find_containers."""
    found = find_containers(root, headline)
    return found[0] if found else None


def find_containers(root: HtmlElement, headline: HtmlElement | None = None) -> list[HtmlElement]:
    """The element that holds the page's prose and as little else as possible (near the
    `headline` element, when the page shows one: see _by_the_headline), then the story's later
    blocks built like it (see _with_continuations); [] when the page has no prose.

    Every line of text (split at block elements and <br>, as the body walk reads it) is prose
    (long, few link characters) or not; widgets by tag or class count wholly as non-prose. Each
    element's score is its prose characters minus its non-prose ones, summed over the subtree in
    one bottom-up pass: the winner is the tightest element around the story however deeply each
    paragraph is nested (one wrapper per paragraph) or however the text is split among sibling
    blocks (ads and paywall markers between parts).
    """
    good: dict[HtmlElement, float] = {}
    bad: dict[HtmlElement, float] = {}
    flagged: list[HtmlElement] = []
    _score_lines(root, good, bad, flagged)
    if not good:
        return []
    order = list(root.iter(etree.Element))
    page_prose = sum(good.values())
    # A block with a widget's class is furniture unless it holds most of the page's prose: page
    # wrappers carry "gate-ad", "sidebar-enabled" or "comments-enabled", WordPress articles
    # "tag-social-media". Nested widgets are judged inside out.
    flagged_set = set(flagged)
    total_good, total_bad = _subtree_sums(order, good, bad, flagged_set, 0.5 * page_prose)
    best, best_score = None, 0.0
    scores: dict[HtmlElement, float] = {}
    # Nothing inside a widget that was judged furniture is a candidate (a footer's long
    # copyright line, a teaser's text in a related box). Only elements holding prose are
    # candidates; one whose parent holds none is in a widget that was zeroed.
    zeroed = {el for el in flagged_set if not total_good.get(el, 0.0)}
    inside_widget: set[HtmlElement] = set()
    for el in order:
        g = total_good.get(el, 0.0)
        if not g:
            continue
        if zeroed:
            parent = el.getparent()
            if parent in zeroed or parent in inside_widget:
                inside_widget.add(el)
                continue
        if el.tag in _FURNITURE:
            continue
        score = g - NOISE_WEIGHT * total_bad.get(el, 0.0)
        scores[el] = score
        if score > best_score:
            best, best_score = el, score
    if best is not None:
        bound = None
        if headline is not None:
            best, bound = _by_the_headline(best, headline, scores, total_good)
        best = _widen(best, total_good, total_bad, bound)
        best = _first_of_several_stories(best, total_good)
        # Prefer the innermost element with the same prose when the outer adds nothing.
        while True:
            inner = [c for c in best if isinstance(c.tag, str) and total_good.get(c, 0.0)]
            if len(inner) != 1 or total_good[inner[0]] < total_good[best]:
                break
            if total_bad.get(inner[0], 0.0) > total_bad.get(best, 0.0):
                break
            if _dateline_before(best, inner[0]):
                break  # "<strong>Jakarta</strong> - <p>…": the dateline opens the story
            best = inner[0]
        parent = best.getparent()
        if (
            parent is not None
            and parent.tag not in ("body", "html")
            and total_good.get(parent, 0.0) <= total_good.get(best, 0.0)
            and _dateline_before(parent, best)
        ):
            best = parent  # the block that prints the dateline before the story's one <p>
    if best is None:
        return []
    return _with_continuations(best, total_good, total_bad)


def _with_continuations(
    best: HtmlElement, total_good: dict[HtmlElement, float], total_bad: dict[HtmlElement, float]
) -> list[HtmlElement]:
    """`best` and the other blocks of the story built like it, in reading order: component
    sites cut the text into blocks of one tag and class (and test id) with ad slots and asides
    between them, too much furniture for their parent to win. Searched within the story's
    <article> (or its grandparent); each must be mostly prose."""
    classes = best.get("class")
    if not classes:
        return [best]  # a bare <div> is everywhere
    signature = (classes, best.get("data-testid"))
    scope = next(best.iterancestors("article", "main"), None)
    if scope is None:
        parent = best.getparent()
        scope = parent.getparent() if parent is not None else None
    if scope is None:
        return [best]
    mine = set(best.iterancestors())
    found = []
    for el in scope.iter(str(best.tag)):
        if el is best:
            found.append(el)
            continue
        if el in mine or (el.get("class"), el.get("data-testid")) != signature:
            continue
        good = total_good.get(el, 0.0)
        if good >= _STORY_PROSE and good >= 2 * total_bad.get(el, 0.0):
            found.append(el)  # (one nested in `best` is read once: read_body skips it)
    return found


def _dateline_before(outer: HtmlElement, inner: HtmlElement) -> bool:
    """Whether the text `outer` holds before its child `inner` is a dateline fragment."""
    parts = [outer.text or ""]
    for child in outer:
        if child is inner:
            break
        parts.append(child.text_content() if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    text = norm("".join(parts))
    return bool(text) and _DATELINE_FRAGMENT.match(text) is not None


def _by_the_headline(
    best: HtmlElement,
    headline: HtmlElement,
    scores: dict[HtmlElement, float],
    total_good: dict[HtmlElement, float],
) -> tuple[HtmlElement, HtmlElement | None]:
    """The story that stands by its headline, when the most prose lies elsewhere, and the
    block it may not widen past (None: no bound).

    A sidebar can hold more prose than the story (a glossary, an encyclopedia box, a column of
    excerpts): the page's headline then sits in another branch of the page than the winner,
    and that branch holds a story of its own. The branch is the headline's highest ancestor
    that is not the winner's; only a real story there (500 characters of prose and a fifth of
    the winner's) replaces the winner, so a standfirst under the headline never does.
    """
    mine = set(best.iterancestors())
    branch = headline
    for el in headline.iterancestors():
        if el is best:
            return best, None  # the winner holds the headline
        if el in mine:
            break
        branch = el
    else:
        return best, None
    if branch is headline:
        return best, None  # the headline stands alone beside the winner: a page's usual shape
    floor = max(_BY_HEADLINE_PROSE, 0.2 * total_good.get(best, 0.0))
    rival, rival_score = best, 0.0
    for el in branch.iter(etree.Element):
        score = scores.get(el, 0.0)
        if score > rival_score and total_good.get(el, 0.0) >= floor:
            rival, rival_score = el, score
    return (best, None) if rival is best else (rival, branch)


_BY_HEADLINE_PROSE = 500.0


def teaser_lists(container: HtmlElement) -> list[HtmlElement]:
    """Blocks of a generic container that list other stories: three or more sibling items of one
    shape (tag and class), nearly all of them teasers (a headline link, at most a short excerpt),
    which make up most of the block's text, the block less than half the container's. The
    body's own paragraphs are siblings of one shape too, but their links are a few words."""
    total = len(container.text_content()) or 1
    found: list[HtmlElement] = []
    stack = [container]
    while stack:
        el = stack.pop()
        if el.tag in _NOT_LISTS:
            continue
        groups: dict[tuple[str, str], list[HtmlElement]] = {}
        for child in el:
            if isinstance(child.tag, str) and child.tag not in _INLINE_TAGS:
                # One shape: the tag and the first class, the component's name ("col pl-0
                # pr-2" and "col pl-1 pr-1" are cards of one row; modifiers follow the name).
                classes = (child.get("class") or "").split()
                groups.setdefault((child.tag, classes[0] if classes else ""), []).append(child)
        listing = False
        size = 0
        for items in groups.values():
            if len(items) < 3:
                continue
            teasers = [item for item in items if _is_teaser(item)]
            if el is container and len(teasers) >= 0.8 * len(items):
                # Cards standing in the container itself, beside the story's block: the cards
                # go, as long as a story's worth of text stays.
                if total - sum(len(item.text_content()) for item in teasers) >= _STORY_PROSE:
                    found.extend(teasers)
                continue
            if len(teasers) >= 0.8 * len(items):
                # (the block's text read only here: most blocks have no group of teasers)
                size = len(el.text_content())
                listed = sum(len(item.text_content()) for item in teasers)
                listing = listed >= 0.6 * size
                break
        if listing and el is not container and size < 0.5 * total:
            found.append(el)
            continue
        stack.extend(child for child in el if isinstance(child.tag, str) and len(child))
    return found


# Boxes beside the story inside its block: fact boxes, info boxes, the author's profile, a
# "contact the author" box, recirculation (more stories) modules. Matched on whole class tokens.
_SUPPLEMENT = re.compile(
    r"(?:^|[\s_-])(?:fact-?box(?:es)?|fakta(?:boks)?|info-?box|author-?(?:bio|profile|box|info)|"
    r"authorprofile|about-?(?:the-?)?author|post-contact|recirc(?:ulation)?)(?:$|[\s_-])",
    re.IGNORECASE,
)


def supplements(container: HtmlElement) -> list[HtmlElement]:
    """Boxes beside the story inside a generic container (see _SUPPLEMENT); a box holding most
    of the container's text is the story itself."""
    total = 0
    found: list[HtmlElement] = []
    taken: set[HtmlElement] = set()
    for el in container.iterdescendants():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        # Custom elements name themselves: <amedia-factbox>.
        named = el.get("class")
        if not named and "-" not in tag:
            continue  # (nothing for _SUPPLEMENT to match: most elements)
        classes = f"{named or ''} {tag if '-' in tag else ''}"
        if not _SUPPLEMENT.search(classes) or any(a in taken for a in el.iterancestors()):
            continue
        total = total or len(container.text_content()) or 1
        if len(el.text_content()) < 0.5 * total:
            found.append(el)
            taken.add(el)
    return found


_INLINE_TAGS = frozenset({"a", "b", "strong", "em", "i", "span", "br", "img", "small", "u", "sup"})
_NOT_LISTS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "figure"})


_TEASER_CHARS = 600


def _is_teaser(item: HtmlElement) -> bool:
    """A card pointing to another story: its headline is a link, its text at most an excerpt."""
    text = _norm_len_upto(item.text_content(), _TEASER_CHARS)
    if not text or text > _TEASER_CHARS:
        return False
    for heading in item.iter("h2", "h3", "h4", "h5", "h6"):
        if heading.find(".//a") is not None or next(heading.iterancestors("a"), None) is not None:
            return True
    # (A link read past the limit already outweighs half the text.)
    links = sum(_norm_len_upto(a.text_content(), _TEASER_CHARS) for a in item.iter("a"))
    return links >= 0.5 * text


def _norm_len_upto(text: str, limit: int) -> int:
    """len(norm(text)) when that is at most `limit`, else a length above `limit`, normalising
    only as much of the text as it takes to tell: a prefix never normalises longer than the
    whole, and norm() of a 16 MB paragraph costs 0.8 s (46 ms a megabyte)."""
    size = 4 * limit
    while size < len(text):
        length = len(norm(text[:size]))
        if length > limit:
            return length
        size *= 8
    return len(norm(text))


def _widen(
    best: HtmlElement,
    total_good: dict[HtmlElement, float],
    total_bad: dict[HtmlElement, float],
    bound: HtmlElement | None = None,
) -> HtmlElement:
    """The parent instead, when it holds much more of the prose for little more furniture: a
    story split over sibling blocks with ad slots and widgets between them. Never past
    `bound`."""
    while best is not bound:
        parent = best.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return best
        good, parent_good = total_good.get(best, 0.0), total_good.get(parent, 0.0)
        score = good - NOISE_WEIGHT * total_bad.get(best, 0.0)
        parent_score = parent_good - NOISE_WEIGHT * total_bad.get(parent, 0.0)
        if parent_good < WIDEN_GAIN * good or parent_score < WIDEN_KEEP * score:
            return best
        best = parent
    return best


# The parent must hold half as much prose again and keep 85 % of the score.
WIDEN_GAIN = 1.5
WIDEN_KEEP = 0.85


# Below this much prose an <article> inside the container is a teaser card, not a story.
_STORY_PROSE = 300


def _first_of_several_stories(
    best: HtmlElement, total_good: dict[HtmlElement, float]
) -> HtmlElement:
    """The first story when the best block holds several: infinite-scroll pages render the next
    article (its own <article>, headline and prose) right after the one requested."""
    floor = max(_STORY_PROSE, 0.2 * total_good.get(best, 0.0))
    stories: list[HtmlElement] = []
    for el in best.iterdescendants("article"):
        if total_good.get(el, 0.0) < floor:
            continue
        if stories and any(a is stories[-1] for a in el.iterancestors("article")):
            continue  # nested in the story before it
        stories.append(el)
    return stories[0] if len(stories) >= 2 else best


def _subtree_sums(
    order: list[HtmlElement],
    good: dict[HtmlElement, float],
    bad: dict[HtmlElement, float],
    flagged: set[HtmlElement],
    keep_at: float,
) -> tuple[dict[HtmlElement, float], dict[HtmlElement, float]]:
    """Prose and non-prose characters of every subtree, children before parents, in O(n);
    a flagged widget counts wholly as non-prose unless it holds `keep_at` prose characters or
    is mostly prose itself (one part of a story split over several such blocks)."""
    total_good: dict[HtmlElement, float] = {}
    total_bad: dict[HtmlElement, float] = {}
    own_good, own_bad, sum_good, sum_bad = good.get, bad.get, total_good.get, total_bad.get
    for el in reversed(order):
        g = own_good(el, 0.0) + sum_good(el, 0.0)
        b = own_bad(el, 0.0) + sum_bad(el, 0.0)
        if not g and not b:
            continue  # (most elements: their text is their block's; absent reads as 0)
        if el in flagged and g < keep_at and (g < 200 or g < 1.5 * b):
            g, b = 0.0, g + b
        total_good[el], total_bad[el] = g, b
        parent = el.getparent()
        if parent is not None:
            total_good[parent] = sum_good(parent, 0.0) + g
            total_bad[parent] = sum_bad(parent, 0.0) + b
    return total_good, total_bad


def _score_lines(
    root: HtmlElement,
    good: dict[HtmlElement, float],
    bad: dict[HtmlElement, float],
    flagged: list[HtmlElement],
) -> None:
    """Credit each line's characters to the block element it belongs to, as prose or not;
    collect the elements whose class or id names a widget."""
    # Entries: (element, in_link) to enter, (text, in_link) to add, or None to end a line.
    stack: list[tuple[HtmlElement, bool] | tuple[str | None, bool] | None] = [(root, False)]
    block: list[HtmlElement] = [root]
    parts: list[str] = []
    links = 0
    owner = root
    marked = set(_RARE_ATTRIBUTES(root))
    pop, push = stack.pop, stack.append

    def end_line() -> None:
        nonlocal parts, links
        # Cut before normalising, as TextBlocks.brk does: only the length counts here.
        text = norm("".join(parts)[:_RAW_LINE_CHARS])
        if text:
            target = good if _is_prose_line(owner, len(text), links) else bad
            target[owner] = target.get(owner, 0.0) + len(text)
        parts, links = [], 0

    while stack:
        item = pop()
        if item is None:
            if parts:
                end_line()
            block.pop()
            owner = block[-1]
            continue
        node, in_link = item
        if node is None or isinstance(node, str):
            if node:
                parts.append(node)
                if in_link:
                    links += len(node.strip())
            continue
        tag = node.tag
        if not isinstance(tag, str):
            continue
        # The tests of is_dialog, is_screen_reader_text, class_parts and _is_hidden inline: the
        # class string's words and facts from a cache (most elements have neither class nor
        # id), and the rarer attributes (role, aria-modal, hidden, style) read only on the
        # elements that have one.
        classes = node.get("class")
        ident = node.get("id")
        flags = (_class_flags(classes) if classes else 0) | (_id_flags(ident) if ident else 0)
        rare = node in marked
        if node is not root and (
            (tag in SKIP_TAGS and tag not in _SOFT_SKIP)
            or flags & _SCREEN_READER_FLAG
            or (
                tag not in ("html", "body")
                and (
                    (
                        rare
                        and (
                            node.get("role") in ("dialog", "alertdialog")
                            or node.get("aria-modal") == "true"
                        )
                    )
                    or (flags & _DIALOG_FLAG and node.find(".//h1") is None)
                )
            )
        ):
            if tag not in _RAW_TAGS:
                if parts:
                    end_line()
                size = norm_len(node.text_content())
                if size:
                    bad[node] = bad.get(node, 0.0) + size
            continue
        if tag == "br":
            if parts:
                end_line()
            continue
        if (
            tag in _FURNITURE
            or flags & _WIDGET_FLAG
            or (rare and (node.get("hidden") is not None or _hiding_style(node.get("style"))))
        ):
            flagged.append(node)
        if tag in BLOCK_TAGS or tag in _PARAGRAPH_TAGS:
            if parts:
                end_line()
            block.append(node)
            owner = node
            push(None)
        link = in_link or tag == "a"
        text = node.text
        if text:
            parts.append(text)
            if link:
                links += len(text.strip())
        for child in reversed(node):
            tail = child.tail
            if tail:
                push((tail, in_link))
            push((child, link))
    if parts:
        end_line()


_SCREEN_READER_FLAG, _DIALOG_FLAG, _WIDGET_FLAG = 1, 2, 4


@lru_cache(maxsize=16384)
def _class_flags(classes: str) -> int:
    """What _score_lines asks of an element's class, in one cached call per distinct class
    string: screen-reader text, a dialog's words, and a widget's words or a hiding class.
    (The class and id words are tested apart: ids are unique, a cache keyed by both missed.)"""
    words = _class_parts(classes, None)
    flags = _SCREEN_READER_FLAG if _screen_reader_classes(classes) else 0
    if not words.isdisjoint(_DIALOG_PARTS):
        flags |= _DIALOG_FLAG
    if not words.isdisjoint(_WIDGET_PARTS) or _hiding_classes(classes):
        flags |= _WIDGET_FLAG
    return flags


def _id_flags(ident: str) -> int:
    """The dialog and widget flags of an element's id words (see _class_flags)."""
    words = set(_SPLIT.split(ident.lower()))
    flags = _DIALOG_FLAG if not words.isdisjoint(_DIALOG_PARTS) else 0
    if not words.isdisjoint(_WIDGET_PARTS):
        flags |= _WIDGET_FLAG
    return flags


_RAW_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "link", "meta"})
# The elements with an attribute _score_lines reads besides class and id (few on a page).
_RARE_ATTRIBUTES = etree.XPath("descendant-or-self::*[@role or @aria-modal or @hidden or @style]")


def _is_prose_line(owner: HtmlElement, length: int, links: int) -> bool:
    if owner.tag in _HEADING_TAGS:
        return False
    return length >= PROSE_LINE and links <= 0.5 * length


_WIDGET_PARTS = NOISE_PARTS | {"sidebar"}
# Skipped by the body walk, but only flagged here: ASP.NET pages wrap everything in one <form>,
# and broken markup can leave the story inside an unclosed <aside> or <header>.
_SOFT_SKIP = _FURNITURE | {"form"}
_DIALOG_PARTS = frozenset({"cookie", "cookies", "consent", "gdpr", "onetrust"})


def is_dialog(el: HtmlElement) -> bool:
    """A consent or cookie dialog (long prose, never the article): by role or by class; a
    state class on a page wrapper ("gdpr-applies" on <body>) is not one."""
    if el.tag in ("html", "body"):
        return False
    if el.get("role") in ("dialog", "alertdialog") or el.get("aria-modal") == "true":
        return True
    return bool(class_parts(el) & _DIALOG_PARTS) and el.find(".//h1") is None
