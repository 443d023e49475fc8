"""A page parsed once: decoded text, lxml tree, meta tags and JSON-LD, shared by every extraction step."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from parsel import Selector
from w3lib.encoding import html_to_unicode

from newsbot.extract.errors import UnreadablePage

# Past this size a page is not an article page but a dump; we refuse it rather than stall a worker.
MAX_PAGE_BYTES = 16 * 1024 * 1024
ARTICLE_TYPES = frozenset(
    {"NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "WebPage"}
)
_WITH_ITEMPROP = etree.XPath("//*[@itemprop]")
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a]")


def decode_html(body: bytes | str, content_type: str | None = None) -> str:
    """Decode as browsers do: BOM, then the HTTP charset, then <meta charset>, then a guess (w3lib)."""
    if isinstance(body, str):
        return body
    if len(body) > MAX_PAGE_BYTES:
        raise UnreadablePage(f"page is {len(body) / 1e6:.1f} MB, over the {MAX_PAGE_BYTES // 2**20} MiB limit")
    if not body.strip():
        raise UnreadablePage("empty page")
    head = body[:4096]
    if len(_CONTROL.findall(head)) > 8:
        raise UnreadablePage("binary content, not HTML")
    _, text = html_to_unicode(content_type, body)
    return text


@dataclass
class Page:
    """One article page as every extraction step sees it."""

    url: str
    html: str
    tree: lxml.html.HtmlElement
    meta: dict[str, str] = field(default_factory=dict)
    jsonld: list[dict[str, Any]] = field(default_factory=list)

    @classmethod
    def parse(cls, html: bytes | str, url: str, content_type: str | None = None) -> Page:
        text = decode_html(html, content_type)
        if len(text) > MAX_PAGE_BYTES:
            raise UnreadablePage(f"page has {len(text):,} characters, over the limit")
        if not text.strip():
            raise UnreadablePage("empty page")
        try:
            tree = lxml.html.document_fromstring(text)
        except (etree.ParserError, ValueError) as exc:
            raise UnreadablePage(f"not parseable as HTML: {exc}") from exc
        if tree is None:
            raise UnreadablePage("not parseable as HTML")
        return cls(url=url, html=text, tree=tree, meta=_read_meta(tree), jsonld=list(_read_jsonld(tree)))

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
