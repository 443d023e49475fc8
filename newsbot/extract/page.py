"""A page parsed once: decoded text, lxml tree, meta tags and JSON-LD, shared by every extraction step."""

from __future__ import annotations

import contextlib
import json
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import islice
from typing import Any, TypeVar, cast
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from parsel import Selector
from w3lib.encoding import html_to_unicode

from newsbot.extract.errors import NotAnArticle, UnreadablePage

logger = logging.getLogger("newsbot.extract")

# Past this size a page is not an article page but a dump; we refuse it rather than stall a worker.
MAX_PAGE_BYTES = 16 * 1024 * 1024
# Caps that keep every later pass linear in the page; each one applied is logged and kept in
# `Page.limits`. Real pages stay far below them: the 57 saved portal pages have at most 15
# attributes on an element, 2,356 elements and 22 levels of nesting; 243 news pages of other
# countries 73, 4,098 and 33. libxml2 checks each attribute against the element's others
# (quadratic in their number) and stops reading past 2,048 levels of nesting.
MAX_ATTRIBUTES = 256
MAX_ELEMENTS = 10_000  # 2.4x the largest real page: at 50-250 us an element, 0.5-2.5 s
MAX_DEPTH = 512
ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "WebPage"}
)


def is_article_type(name: str) -> bool:
    """A schema.org type of one story: Article and its subtypes (NewsArticle, the widespread
    misspelling ReportageNewsArticle, ScholarlyArticle, …), blog and live-blog posts, reports."""
    return name in ARTICLE_TYPES - {"WebPage"} or name.endswith(
        ("Article", "BlogPosting", "Report")
    )


def decode_html(body: bytes | str, content_type: str | None = None) -> str:
    """Decode as browsers do: BOM, then the HTTP charset, then <meta charset>, then a guess (w3lib).

    UTF-16 without a BOM is recognised by its zero bytes; images, PDFs and archives by their
    signatures or by a high share of control bytes (a few stray ones in real HTML are dropped).
    """
    if isinstance(body, str):
        return _clean_text(body)
    if len(body) > MAX_PAGE_BYTES:
        raise UnreadablePage(
            f"page is {len(body) / 1e6:.1f} MB, over the {MAX_PAGE_BYTES // 2**20} MiB limit"
        )
    if not body.strip():
        raise UnreadablePage("empty page")
    head = body[:4096]
    if head.lstrip().startswith(_BINARY_SIGNATURES):
        raise UnreadablePage("binary content (image, PDF or archive), not HTML")
    utf16 = _bomless_utf16(head)
    if utf16:
        text = body.decode(utf16, errors="replace")
    else:
        encoding, text = html_to_unicode(content_type, body, auto_detect_fun=_undeclared)
        if encoding.replace("-", "").lower() not in ("utf8", "ascii") and not body.isascii():
            # A page declared in a legacy charset whose bytes are valid UTF-8 is UTF-8 (CMSs
            # keep an old <meta charset=gb2312> after converting): non-ASCII text in GBK,
            # Shift-JIS or windows-1252 is almost never valid UTF-8.
            with contextlib.suppress(UnicodeDecodeError):
                text = body.decode("utf-8")
    sample = text[:4096]
    if (
        len(_CONTROL.findall(sample)) > max(8, len(sample) // 20)
        or sample.count("\ufffd") > len(sample) // 4
    ):
        raise UnreadablePage("binary content, not HTML")
    # Decoding bytes leaves no lone surrogates; control characters can only come from control
    # bytes, which a C-speed translate finds without scanning the text (most pages have none).
    if len(body.translate(None, _CONTROL_BYTES)) == len(body):
        return text
    return _clean_text(text)


def _undeclared(body: bytes) -> str:
    """The charset of a page that declares none: UTF-8 when its bytes are valid UTF-8, else
    windows-1252, where browsers fall back for this region (old regional sites saved in a
    Windows editor: "“Kami siap,”" would read "�Kami siap,�" as UTF-8)."""
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


_BINARY_SIGNATURES = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
    b"RIFF", b"\x00\x00\x01\x00", b"II*\x00", b"MM\x00*", b"\x7fELF", b"OggS", b"ID3",
    b"wOFF", b"wOF2",
)  # fmt: skip
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
_SURROGATE = re.compile("[\ud800-\udfff]")


def _bomless_utf16(head: bytes) -> str:
    """ "utf-16-le"/"utf-16-be" when zero bytes sit on every other byte of ASCII markup, else ""."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[:512]
    if len(sample) < 16:
        return ""
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd > 0.6 * len(sample) // 2 and even < 0.1 * len(sample) // 2:
        return "utf-16-le"
    if even > 0.6 * len(sample) // 2 and odd < 0.1 * len(sample) // 2:
        return "utf-16-be"
    return ""


def _clean_text(text: str) -> str:
    """Without NUL/control characters and lone surrogates, which lxml refuses (browsers drop them)."""
    text = _CONTROL.sub("", text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    return text


T = TypeVar("T")


@dataclass
class Page:
    """One article page as every extraction step sees it."""

    url: str
    html: str
    tree: lxml.html.HtmlElement
    meta: dict[str, str] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)
    # The caps applied to this page ("12 attributes dropped …"), in words; [] for real pages.
    limits: list[str] = field(default_factory=list)
    # Every node of the tree, held so lxml keeps one Python proxy per node for the page's life:
    # without it each walk over the tree (body scoring, lists, XPath results) builds the proxies
    # anew, a Python class lookup and an allocation per element each time.
    nodes: list[Any] = field(default_factory=list, repr=False, compare=False)
    # Per-page indexes of extraction steps, by the function that builds them (see `index`).
    _indexes: dict[Callable[[Page], Any], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _joined: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    def index(self, build: Callable[[Page], T]) -> T:
        """`build(self)`, computed once per page and kept with it: a step's per-page index
        (the lists scan's one walk over the tree) shared by every pass that reads it."""
        if build not in self._indexes:
            self._indexes[build] = build(self)
        return cast(T, self._indexes[build])

    def changed(self) -> None:
        """The tree was changed (the further pages' blocks joined in): every index read from
        it is stale and is built again when next asked for."""
        self._indexes.clear()

    @classmethod
    def parse(cls, html: bytes | str, url: str, content_type: str | None = None) -> Page:
        text = decode_html(html, content_type)
        if len(text) > MAX_PAGE_BYTES:
            raise UnreadablePage(f"page has {len(text):,} characters, over the limit")
        if not text.strip():
            raise UnreadablePage("empty page")
        text = _XML_DECLARATION.sub("", text, count=1)
        _refuse_non_html(text)
        limits: list[str] = []
        text = cap_attributes(text, limits)
        tree = _parse_tree(text)
        first = _tags_of(tree)
        tags: dict[str, list[lxml.html.HtmlElement]] | None = first
        if _swallowed_markup(first):
            # An unclosed <title>/<script>/<style> ate the page; repair the text and parse again
            # (when there was something to repair: most hits are scripts that write markup,
            # "document.write('<script …>')", whose text comes back unchanged).
            closed = close_raw_text(text)
            if closed is not text:
                text = closed
                tree, tags = _parse_tree(text), None
        if _too_deep(tree):
            # libxml2 drops everything past 2,048 levels, and passes that look at ancestors grow
            # with the depth: nest no deeper than MAX_DEPTH and read the page again.
            text = flatten_nesting(text, limits)
            tree, tags = _parse_tree(text), None
        nodes = list(tree.iter())
        if len(nodes) > MAX_ELEMENTS and _cap_elements(tree, limits):  # (elements <= nodes)
            nodes, tags = list(tree.iter()), None
        for limit in limits:
            logger.warning("%s: %s", url, limit)
        if tags is None:  # (the tree was read again or cut)
            tags = _tags_of(tree)
        page = cls(
            url=url,
            html=text,
            tree=tree,
            meta=_read_meta(tags["meta"]),
            jsonld=list(_read_jsonld(tags["script"])),
            limits=limits,
            nodes=nodes,
        )
        page._indexes[tag_index] = tags  # (what page.index(tag_index) would build)
        return page

    def elements(self, *tags: str) -> list[lxml.html.HtmlElement]:
        """The page's elements of these tags (each one of INDEXED_TAGS) in document order, as
        //tag finds them, from one pass over the tree for all of them: each full-tree pass
        costs 0.2-0.3 ms on a news page, however little it looks for."""
        index = self.index(tag_index)
        if len(tags) == 1:
            return index[tags[0]]
        wanted = set(tags)
        return [el for el in index["*"] if el.tag in wanted]

    @cached_property
    def selector(self) -> Selector:
        """parsel view of the same tree (no second parse)."""
        return Selector(root=self.tree, type="html")

    @cached_property
    def base_url(self) -> str:
        base = [href for el in self.elements("base") if (href := el.get("href")) is not None]
        return urljoin(self.url, base[0].strip()) if base else self.url

    def absolute(self, href: str) -> str:
        """The href resolved against the page's base (memoised: a page links one story from
        its photo and its headline, and urljoin costs ~9 us)."""
        joined = self._joined.get(href)
        if joined is None:
            joined = self._joined[href] = urljoin(self.base_url, href.strip())
        return joined

    @cached_property
    def canonical(self) -> str:
        for el in self.elements("link"):
            href = el.get("href") if el.get("rel") == "canonical" else None
            if href is not None and href.strip().startswith(("http://", "https://", "/")):
                return self.absolute(href)
        og = self.meta.get("og:url", "")
        return self.absolute(og) if og.startswith(("http://", "https://", "/")) else ""

    def first_meta(self, *names: str) -> str:
        for name in names:
            value = self.meta.get(name.lower(), "").strip()
            if value:
                return value
        return ""

    @cached_property
    def itemprops(self) -> dict[str, list[lxml.html.HtmlElement]]:
        """Microdata elements by itemprop, from one pass over the tree (in Python: the XPath
        //*[@itemprop] costs twice as much, looking up a proxy for each element it returns)."""
        found: dict[str, list[lxml.html.HtmlElement]] = {}
        for el in self.tree.iter(etree.Element):
            props = el.get("itemprop")
            if props is None:
                continue
            for prop in props.split():
                found.setdefault(prop, []).append(el)
        return found

    @cached_property
    def article_jsonld(self) -> dict[str, Any]:
        """The JSON-LD object describing the article ({} when the page has none)."""
        best: dict[str, Any] = {}
        for obj in self.jsonld:
            types = obj.get("@type")
            names = {types} if isinstance(types, str) else set(types or [])
            if any(isinstance(name, str) and is_article_type(name) for name in names):
                return obj
            if "WebPage" in names and not best and obj.get("headline"):
                best = obj
        return best


# libxml2 drops everything nested deeper than 256 elements unless told otherwise; broken pages
# with an unclosed <div> per paragraph get that deep.
_PARSER = etree.HTMLParser(huge_tree=True)
# lxml.html's parser picks each element's class in Python (HtmlElementClassLookup.lookup, a
# call per element first seen: ~1 ms a page), only to give forms and their fields classes with
# form helpers no extraction step uses. A C-level lookup gives every node lxml.html's class.
_HTML_CLASSES = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)
_PARSER.set_element_class_lookup(_HTML_CLASSES)
# The decoded text, as UTF-8: the encoding is told, so a <meta charset> in it is not obeyed.
_UTF8_PARSER = etree.HTMLParser(huge_tree=True, encoding="utf-8")
_UTF8_PARSER.set_element_class_lookup(_HTML_CLASSES)
# lxml refuses str input that declares an encoding; the text is already decoded.
_XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*>")
_FIRST_TAG = re.compile(r"<(?![!?])/?([\w:-]+)")
_FEED_ROOTS = frozenset({"rss", "feed", "urlset", "sitemapindex", "rdf:rdf", "opml"})


def _refuse_non_html(text: str) -> None:
    """Feeds, sitemaps and JSON are readable but are not article pages: say so plainly."""
    start = text.lstrip("\ufeff \t\r\n")
    if start[:1] in ("{", "["):
        raise NotAnArticle("a JSON document, not an HTML page")
    first = _FIRST_TAG.search(start[:2000])
    if first and first.group(1).lower() in _FEED_ROOTS:
        raise NotAnArticle(
            f"an XML <{first.group(1)}> document (feed or sitemap), not an article page"
        )


# (Bounded, so a page of unterminated "<script" tags is not read once per tag.)
_TAG_NAME_END = frozenset(("", " ", "\t", "\n", "\r", "\f", "/", ">"))
_TEMPLATE_SKIPS = 16
_RAW_OPEN = re.compile(r"<(script|style|title|textarea)\b[^>]{0,4096}>", re.IGNORECASE)
# Where an unclosed <script>/<style> most plausibly ended: the next line that starts with plain
# markup (markup inside script strings rarely starts a line).
_LINE_MARKUP = re.compile(
    r"^[ \t]*<(?:/head|/?body|div|p|h[1-6]|meta|link|article|section|main|header|nav|script|"
    r"style|title|!--)[\s>/]",
    re.IGNORECASE | re.MULTILINE,
)


def _parse_tree(text: str) -> lxml.html.HtmlElement:
    try:
        # lxml.html.document_fromstring, with this module's parser (of another type than
        # lxml.html's own). libxml2 reads UTF-8 bytes ~20 % faster than a str, which lxml hands
        # over in its internal width (Latin-1, UCS-2 or UCS-4) to be converted; the same tree.
        try:
            data: str | bytes = text.encode("utf-8")
        except UnicodeEncodeError:  # (a lone surrogate: decode_html leaves none)
            data = text
        parser = _UTF8_PARSER if isinstance(data, bytes) else _PARSER
        tree = cast("lxml.html.HtmlElement | None", etree.fromstring(data, parser))
        if tree is None:
            raise etree.ParserError("Document is empty")
    except (etree.ParserError, ValueError) as exc:
        raise UnreadablePage(f"not parseable as HTML: {exc}") from exc
    return tree


_SWALLOWED = re.compile(
    r"<(?:/?(?:body|head|html|p|div|article|h1)|script|style|meta|title)[\s>/]", re.IGNORECASE
)


def _swallowed_markup(tags: dict[str, list[lxml.html.HtmlElement]]) -> bool:
    """Whether a raw-text element holds document markup: the sign it was left open (`tags`:
    the tree's tag index, see _tags_of)."""
    for el in (el for tag in ("title", "textarea", "script", "style") for el in tags[tag]):
        text = el.text or ""
        if "<" not in text:
            continue
        if el.tag in ("title", "textarea"):
            if _SWALLOWED.search(text):
                return True
        elif re.search(r"<(?:/head|/?body|script|style)[\s>/]", text, re.IGNORECASE):
            return True
    return False


# The tags extraction steps look up page-wide (Page.elements), all read in one pass.
INDEXED_TAGS = (
    "abbr", "base", "body", "h1", "link", "meta", "script", "style", "textarea", "time", "title",
)  # fmt: skip


def _tags_of(tree: lxml.html.HtmlElement) -> dict[str, list[lxml.html.HtmlElement]]:
    """INDEXED_TAGS' elements by tag, and all of them in document order under "*"."""
    found: dict[str, list[lxml.html.HtmlElement]] = {tag: [] for tag in INDEXED_TAGS}
    every = found["*"] = list(tree.iter(*INDEXED_TAGS))
    for el in every:
        found[cast(str, el.tag)].append(el)
    return found


def tag_index(page: Page) -> dict[str, list[lxml.html.HtmlElement]]:
    """The page's INDEXED_TAGS elements (see Page.elements): `page.index(tag_index)`."""
    return _tags_of(page.tree)


@cache
def _tag_pattern(key: str) -> re.Pattern[str]:
    """`key` ("</script", "<style") in any ASCII case, as HTML reads tag names. Searched in the
    page itself, not in a lower-cased copy: lowering a 300 KB page cost half a millisecond, and
    lower() makes two characters of U+0130 (the dotted capital I), which put every position
    after one off by one."""
    return re.compile(re.escape(key), re.IGNORECASE | re.ASCII)


def close_raw_text(text: str) -> str:
    """Close a <title>, <script>, <style> or <textarea> left open: the parser would otherwise read
    the rest of the page (up to the next script's end) as its text and lose the article.

    One pass: the closing tags go into a list of pieces, and each search ("the next </script>",
    "the next line of markup") is run again only once the scan has passed what it found, so
    20,000 unclosed scripts cost about one reading of the page. Nothing left open: `text`
    itself is returned (Page.parse then keeps the tree it has).
    """
    found: dict[str, tuple[int, int, int]] = {}  # key -> (searched from, start, end); -1: none

    def search(key: str, start: int) -> tuple[int, int]:
        since, at, end = found.get(key, (-1, -1, -1))
        if since < 0 or since > start or 0 <= at < start:
            pattern = _LINE_MARKUP if key == "line" else _tag_pattern(key)
            m = pattern.search(text, start)
            # "</script\\>" in a script's string ends nothing: an end tag's name is followed
            # by a space, "/" or ">" (HTML's tokenizer).
            while key[1] == "/" and m and text[m.end() : m.end() + 1] not in _TAG_NAME_END:
                m = pattern.search(text, m.start() + 1)
            at, end = (m.start(), m.end()) if m else (-1, -1)
            found[key] = (start, at, end)
        return at, end

    def in_template(tag: str, start: int, at: int) -> bool:
        """Whether `at` is inside a JavaScript template literal opened after `start`: the only
        string that spans lines, so the only way markup starts a line inside a script."""
        return tag == "script" and text.count("`", start, at) % 2 == 1

    def outside(key: str, tag: str, start: int) -> tuple[int, int]:
        """The first `key` match from `start` not inside a template literal (a few tried)."""
        at, end = search(key, start)
        for _ in range(_TEMPLATE_SKIPS):
            if at < 0 or not in_template(tag, start, at):
                break
            at, end = search(key, end)
        return at, end

    pieces: list[str] = []
    done = pos = 0  # text[:done] is in `pieces`; the scan is at `pos`
    while True:
        m = _RAW_OPEN.search(text, pos)
        if m is None:
            break
        tag = m.group(1).lower()
        end, _ = search(f"</{tag}", m.end())
        again, _ = outside(f"<{tag}", tag, m.end())
        if end >= 0 and (again < 0 or end < again):
            pos = end
            continue
        if tag in ("title", "textarea"):
            cut = text.find("<", m.end())
        else:
            stop = end if end >= 0 else len(text)
            cut, cut_end = outside("line", tag, m.end())
            if cut >= stop:
                cut = -1
            elif cut >= 0 and cut_end > stop:  # a match across the bound: search within it
                inside = _LINE_MARKUP.search(text, m.end(), stop)
                cut = inside.start() if inside else -1
        if cut < 0:
            pos = m.end()
            continue
        pieces += [text[done:cut], f"</{tag}>"]
        done = pos = cut
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


# A start tag long enough to hold more than MAX_ATTRIBUTES attributes (each takes >= 2 characters).
_LONG_TAG = re.compile(rf"<[A-Za-z][\w:-]*+([^<>]{{{2 * MAX_ATTRIBUTES},}}+)>")
_ATTRIBUTE = re.compile(r"""\s*+[^\s"'>/=]++(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?""")
_RAW_START = re.compile(r"<(script|style|textarea|title)\b|<!--", re.IGNORECASE)


def cap_attributes(text: str, limits: list[str]) -> str:
    """Keep the first MAX_ATTRIBUTES attributes of each start tag (one element with 100,000
    attributes took libxml2 minutes); what was dropped is noted in `limits`."""
    candidates = [m for m in _LONG_TAG.finditer(text) if _too_many_attributes(m.group(1))]
    if not candidates:
        return text
    raw = _raw_text_spans(text)
    pieces: list[str] = []
    done = elements = dropped = 0
    span = 0
    for m in candidates:
        while span < len(raw) and raw[span][1] <= m.start():
            span += 1
        if span < len(raw) and raw[span][0] <= m.start():
            continue  # script text or a comment that only looks like a tag
        # The kept ones held, the rest only counted: 100,000 match objects held at once cost
        # the collector ~140 passes, one of them over the whole heap (80 ms in a large process).
        attributes = _ATTRIBUTE.finditer(m.group(1))
        last = list(islice(attributes, MAX_ATTRIBUTES))[-1]
        elements += 1
        dropped += sum(1 for _ in attributes)
        pieces.append(text[done : m.start(1) + last.end()])
        done = m.end(1)
    if not elements:
        return text
    pieces.append(text[done:])
    limits.append(
        f"{dropped:,} attributes beyond the first {MAX_ATTRIBUTES} of an element dropped"
        f" ({elements:,} element{'s' if elements > 1 else ''})"
    )
    return "".join(pieces)


def _too_many_attributes(inside: str) -> bool:
    return sum(1 for _ in islice(_ATTRIBUTE.finditer(inside), MAX_ATTRIBUTES + 1)) > MAX_ATTRIBUTES


def _raw_text_spans(text: str) -> list[tuple[int, int]]:
    """Where scripts, styles, titles, textareas and comments lie (sorted, in one pass)."""
    lower = text.lower()
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _RAW_START.search(text, pos)) is not None:
        tag = m.group(1)
        end = lower.find(f"</{tag.lower()}" if tag else "-->", m.end())
        end = len(text) if end < 0 else end
        spans.append((m.start(), end))
        pos = max(end, m.end())
    return spans


# Is anything nested deeper than MAX_DEPTH? A path of MAX_DEPTH steps costs ~0.1 ms to try.
_DEEPER = etree.XPath("boolean(" + "/*" * MAX_DEPTH + ")")


def _too_deep(tree: lxml.html.HtmlElement) -> bool:
    return bool(_DEEPER(tree))


_MARKUP = re.compile(r"<(/?)([A-Za-z][\w:-]*+)[^<>]*?(/?)>|<!--")
# Elements that never hold others, or that the parser closes by itself when a sibling opens:
# they do not count towards the depth.
_FLAT_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead",
        "tbody", "tfoot", "html", "head", "body",
    }
)  # fmt: skip


def flatten_nesting(text: str, limits: list[str]) -> str:
    """The page with start tags past MAX_DEPTH open elements dropped (with their end tags): the
    content they held stays, one level up. Comments and script/style text are skipped whole."""
    pieces: list[str] = []
    stack: list[str] = []
    dropped: dict[str, int] = {}
    done = pos = total = 0
    lower = text.lower()
    while True:
        m = _MARKUP.search(text, pos)
        if m is None:
            break
        pos = m.end()
        if m.group(0) == "<!--":
            close = text.find("-->", pos)
            if close < 0:
                break
            pos = close + 3
            continue
        closing, name = m.group(1), m.group(2).lower()
        if name in _FLAT_TAGS or m.group(3):
            continue
        if not closing:
            if name in ("script", "style", "textarea", "title"):
                close = lower.find(f"</{name}", pos)
                if close < 0:
                    break
                pos = close
                continue
            if len(stack) < MAX_DEPTH:
                stack.append(name)
                continue
            dropped[name] = dropped.get(name, 0) + 1
            total += 1
        elif dropped.get(name):
            dropped[name] -= 1
        else:
            # The parser closes everything opened since the nearest element of this name.
            for depth in range(len(stack) - 1, max(-1, len(stack) - 64), -1):
                if stack[depth] == name:
                    del stack[depth:]
                    break
            continue
        pieces.append(text[done : m.start()])
        done = m.end()
    if not total:
        return text
    pieces.append(text[done:])
    limits.append(f"{total:,} elements nested deeper than {MAX_DEPTH} levels flattened")
    return "".join(pieces)


_COUNT = etree.XPath("count(//*)")


def _cap_elements(tree: lxml.html.HtmlElement, limits: list[str]) -> bool:
    """Keep the first MAX_ELEMENTS elements in document order (the article comes early);
    whether any were dropped."""
    count = int(_COUNT(tree))
    if count <= MAX_ELEMENTS:
        return False
    last = tree.xpath(f"(//*)[{MAX_ELEMENTS}]")[0]
    for child in list(last):
        last.remove(child)
    for el in (last, *last.iterancestors()):
        parent = el.getparent()
        if parent is not None:
            for sibling in list(el.itersiblings()):
                parent.remove(sibling)
    limits.append(f"page cut after its first {MAX_ELEMENTS:,} elements (of {count:,})")
    return True


def _read_meta(elements: list[lxml.html.HtmlElement]) -> dict[str, str]:
    """The <meta> elements' content by property/name/itemprop, the first of each kept."""
    meta: dict[str, str] = {}
    for el in elements:
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content is not None and key not in meta:
            meta[key] = content.strip()
    return meta


def _read_jsonld(scripts: list[lxml.html.HtmlElement]) -> Iterator[dict[str, Any]]:
    """The typed objects of the JSON-LD <script>s among `scripts`."""
    for script in scripts:
        if script.get("type") != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Portals ship JSON-LD with stray control characters or trailing commas; try once cleaned.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except (ValueError, RecursionError):
                continue
        except RecursionError:
            continue  # nested thousands deep: no publisher writes that
        try:
            objects = list(_flatten(data))
        except RecursionError:
            continue
        yield from objects


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if isinstance(graph, list):
            yield from _flatten(graph)
        if "@type" in data:
            yield data
            # A WebPage whose mainEntity is the NewsArticle (Ippen's sites and others).
            main = data.get("mainEntity")
            if isinstance(main, dict | list):
                yield from _flatten(main)
