"""A page parsed once: decoded text, lxml tree, meta tags and JSON-LD, shared by every extraction step."""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar, cast
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from parsel import Selector
from w3lib.encoding import html_to_unicode

from newsbot.extract.errors import NotAnArticle, UnreadablePage

# Past this size a page is not an article page but a dump; we refuse it rather than stall a worker.
MAX_PAGE_BYTES = 16 * 1024 * 1024
ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "WebPage"}
)
_WITH_ITEMPROP = etree.XPath("//*[@itemprop]")


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
        encoding, text = html_to_unicode(content_type, body)
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
    # Per-page indexes of extraction steps, by the function that builds them (see `index`).
    _indexes: dict[Callable[[Page], Any], Any] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def index(self, build: Callable[[Page], T]) -> T:
        """`build(self)`, computed once per page and kept with it: a step's per-page index
        (the lists scan's one walk over the tree) shared by every pass that reads it."""
        if build not in self._indexes:
            self._indexes[build] = build(self)
        return cast(T, self._indexes[build])

    @classmethod
    def parse(cls, html: bytes | str, url: str, content_type: str | None = None) -> Page:
        text = decode_html(html, content_type)
        if len(text) > MAX_PAGE_BYTES:
            raise UnreadablePage(f"page has {len(text):,} characters, over the limit")
        if not text.strip():
            raise UnreadablePage("empty page")
        text = _XML_DECLARATION.sub("", text, count=1)
        _refuse_non_html(text)
        tree = _parse_tree(text)
        if _swallowed_markup(tree):
            # An unclosed <title>/<script>/<style> ate the page; repair the text and parse again.
            tree = _parse_tree(close_raw_text(text))
        return cls(
            url=url, html=text, tree=tree, meta=_read_meta(tree), jsonld=list(_read_jsonld(tree))
        )

    @cached_property
    def selector(self) -> Selector:
        """parsel view of the same tree (no second parse)."""
        return Selector(root=self.tree, type="html")

    @cached_property
    def base_url(self) -> str:
        base = self.tree.xpath("//base/@href")
        return urljoin(self.url, base[0].strip()) if base else self.url

    def absolute(self, href: str) -> str:
        return urljoin(self.base_url, href.strip())

    @cached_property
    def canonical(self) -> str:
        for href in self.tree.xpath('//link[@rel="canonical"]/@href'):
            if href.strip().startswith(("http://", "https://", "/")):
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
        """Microdata elements by itemprop, from one pass over the tree."""
        found: dict[str, list[lxml.html.HtmlElement]] = {}
        for el in _WITH_ITEMPROP(self.tree):
            for prop in el.get("itemprop", "").split():
                found.setdefault(prop, []).append(el)
        return found

    @cached_property
    def article_jsonld(self) -> dict[str, Any]:
        """The JSON-LD object describing the article ({} when the page has none)."""
        best: dict[str, Any] = {}
        for obj in self.jsonld:
            types = obj.get("@type")
            names = {types} if isinstance(types, str) else set(types or [])
            if names & (ARTICLE_TYPES - {"WebPage"}):
                return obj
            if "WebPage" in names and not best and obj.get("headline"):
                best = obj
        return best


# libxml2 drops everything nested deeper than 256 elements unless told otherwise; broken pages
# with an unclosed <div> per paragraph get that deep.
_PARSER = lxml.html.HTMLParser(huge_tree=True)
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


_RAW_OPEN = re.compile(r"<(script|style|title|textarea)\b[^>]*>", re.IGNORECASE)
# Where an unclosed <script>/<style> most plausibly ended: the next line that starts with plain
# markup (markup inside script strings rarely starts a line).
_LINE_MARKUP = re.compile(
    r"^[ \t]*<(?:/head|/?body|div|p|h[1-6]|meta|link|article|section|main|header|nav|script|"
    r"style|title|!--)[\s>/]",
    re.IGNORECASE | re.MULTILINE,
)


def _parse_tree(text: str) -> lxml.html.HtmlElement:
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise UnreadablePage(f"not parseable as HTML: {exc}") from exc
    if tree is None:
        raise UnreadablePage("not parseable as HTML")
    return tree


_SWALLOWED = re.compile(
    r"<(?:/?(?:body|head|html|p|div|article|h1)|script|style|meta|title)[\s>/]", re.IGNORECASE
)


def _swallowed_markup(tree: lxml.html.HtmlElement) -> bool:
    """Whether a raw-text element holds document markup: the sign it was left open."""
    for el in tree.iter("title", "textarea"):
        if el.text and "<" in el.text and _SWALLOWED.search(el.text):
            return True
    for el in tree.iter("script", "style"):
        text = el.text or ""
        if "<" in text and re.search(r"<(?:/head|/?body|script|style)[\s>/]", text, re.IGNORECASE):
            return True
    return False


def close_raw_text(text: str) -> str:
    """Close a <title>, <script>, <style> or <textarea> left open: the parser would otherwise read
    the rest of the page (up to the next script's end) as its text and lose the article."""
    lower = text.lower()
    pos = 0
    while True:
        m = _RAW_OPEN.search(text, pos)
        if m is None:
            return text
        tag = m.group(1).lower()
        end = lower.find(f"</{tag}", m.end())
        again = lower.find(f"<{tag}", m.end())
        if end >= 0 and (again < 0 or end < again):
            pos = end
            continue
        if tag in ("title", "textarea"):
            cut = text.find("<", m.end())
        else:
            found = _LINE_MARKUP.search(text, m.end(), end if end >= 0 else len(text))
            cut = found.start() if found else -1
        if cut < 0:
            pos = m.end()
            continue
        text = f"{text[:cut]}</{tag}>{text[cut:]}"
        lower = text.lower()
        pos = cut + len(tag) + 3


def _read_meta(tree: lxml.html.HtmlElement) -> dict[str, str]:
    meta: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content is not None and key not in meta:
            meta[key] = content.strip()
    return meta


def _read_jsonld(tree: lxml.html.HtmlElement) -> Iterator[dict[str, Any]]:
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Portals ship JSON-LD with stray control characters or trailing commas; try once cleaned.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except ValueError:
                continue
        yield from _flatten(data)


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
