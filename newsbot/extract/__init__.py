"""Pure extraction: (html | text, url) -> Article. Imports nothing from Scrapy.

Public entry points: `extract_article(html, url)` and `extract_text(text, url=None)`.
"""

from __future__ import annotations

import hashlib

from newsbot.extract.errors import ExtractionError, NotAnArticle, UnreadablePage
from newsbot.extract.page import Page
from newsbot.record import Article

__all__ = [
    "ExtractionError",
    "NotAnArticle",
    "UnreadablePage",
    "extract_article",
    "extract_text",
]


def extract_article(html: bytes | str, url: str, content_type: str | None = None) -> Article:
    """Extract one article record from an HTML page; raises NotAnArticle / UnreadablePage."""
    page = Page.parse(html, url, content_type)
    ld = page.article_jsonld
    headline = str(ld.get("headline") or page.first_meta("og:title") or "").strip()
    if not headline:
        h1 = page.tree.xpath("//h1")
        headline = h1[0].text_content().strip() if h1 else ""
    paragraphs = [
        " ".join(p.text_content().split())
        for p in page.tree.xpath("//article//p | //*[contains(@class,'content')]//p")
    ]
    paragraphs = [p for p in dict.fromkeys(paragraphs) if len(p) > 30]
    if not headline or not paragraphs:
        raise NotAnArticle(f"no headline or body at {url}")
    body = "\n\n".join(paragraphs)
    return Article(
        url=page.canonical or url,
        headline=headline,
        published=str(ld.get("datePublished") or page.first_meta("article:published_time")),
        body=body,
        paragraphs=paragraphs,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        extractor="generic",
    )


def extract_text(text: str, url: str | None = None) -> Article:
    """Extract a record from the visible text of a page (as in seed-example.txt or WET records)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise UnreadablePage("empty text")
    body = "\n\n".join(lines)
    return Article(url=url or "", body=body, paragraphs=lines, extractor="text")
