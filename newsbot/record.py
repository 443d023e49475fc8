"""The record schema: one place for every field name other tools read.

`Article` is a plain dataclass so Scrapy's itemadapter, exporters and our own
store read it without knowing its type. Nested values stay JSON-shaped
(TypedDicts, plain dicts and lists) because they are stored as JSON columns
and exported as-is; the TypedDicts only give them names and types.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal, NotRequired, TypedDict

# Lone UTF-16 surrogates (from JSON "\ud800" escapes, or bad decoders) cannot be encoded as UTF-8:
# SQLite, JSON output and exporters all fail on them, so no record may carry one.
_SURROGATE = re.compile("[\ud800-\udfff]")


class Dateline(TypedDict):
    """The place/outlet prefix of the first paragraph, e.g. "JAKARTA, KOMPAS.com -"."""

    raw: str
    place: str
    outlet: str


class Quote(TypedDict):
    """A quotation with who said it; `paragraph` is the 0-based index in `Article.paragraphs`."""

    text: str
    speaker: str
    speaker_role: str  # the office or affiliation, without the rank
    cue: str
    paragraph: int
    kind: Literal["direct", "indirect"]
    speaker_rank: NotRequired[str]  # police or military rank ("AKBP", "Kombes Pol"), if any


class Link(TypedDict):
    """One entry of a boilerplate list ("Baca Juga", "Terpopuler", …); url is "" in text dumps."""

    title: str
    url: str


class Image(TypedDict):
    url: str
    caption: str


# What kind of story page a record comes from: a text article, a photo story (the text is
# captions), a video page (the text is its description) or a live blog.
ArticleKind = Literal["article", "photo", "video", "live"]
ARTICLE_KINDS: tuple[ArticleKind, ...] = ("article", "photo", "video", "live")


# Normalised keys of `Article.lists`; extraction may add others in the same snake_case form.
LIST_KEYS = (
    "baca_juga",
    "berita_terkait",
    "tag",
    "terpopuler",
    "pilihan",
    "terkini",
    "rekomendasi",
    "berita_lainnya",
)


@dataclass
class Article:
    """One news article as newsbot stores and exports it (see DESIGN.md for the contract)."""

    url: str
    portal: str = ""
    site: str = ""
    section: str = ""
    headline: str = ""
    lead: str = ""
    authors: list[str] = field(default_factory=list)
    editor: str = ""
    published: str = ""
    modified: str = ""
    published_raw: str = ""
    dateline: Dateline | None = None
    body: str = ""
    paragraphs: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    lists: dict[str, list[Link]] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    language: str = ""
    content_hash: str = ""
    extractor: str = ""
    kind: ArticleKind = "article"
    # When this copy was read (ISO 8601 with offset): the crawl's fetch time, or the time
    # extraction was given. How the crawl fetched it travels beside the record (`Fetch`).
    crawled_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def valid_unicode(self) -> Article:
        """This record with every lone surrogate in its text replaced by U+FFFD (in place)."""
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, list | dict):
                # One C-speed pass finds whether a nested value holds any (100,000 list links
                # walked in Python cost a second); ensure_ascii=False keeps surrogates as they are.
                text = json.dumps(value, ensure_ascii=False, default=str)
                if text.isascii() or not _SURROGATE.search(text):  # (isascii: a flag read)
                    continue
            cleaned = valid_unicode(value)
            if cleaned is not value:
                setattr(self, f.name, cleaned)
        return self

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Build from a dict, ignoring keys this version does not know (older/newer exports)."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Article))


@dataclass(frozen=True)
class Fetch:
    """How a crawl came by a record: beside the record, not part of its contract. `url` is the
    URL it requested first (before redirects: an AMP or tracking-parameter copy of
    `Article.url`, what discovery will offer again next run); `pages` how many pages of the
    article the record was read from. The store keeps both (`fetched_url`, `pages` columns)."""

    url: str = ""
    pages: int = 1


@dataclass
class CrawledArticle:
    """A crawl's item: the record and, beside it, how it was fetched. Pipelines validate and
    store `article`; the store fills its crawl columns from `fetch`."""

    article: Article
    fetch: Fetch = field(default_factory=Fetch)


def valid_unicode(value: Any) -> Any:
    """`value` with lone surrogates replaced in every string it holds (the same object when clean)."""
    if isinstance(value, str):
        if value.isascii() or not _SURROGATE.search(value):  # (isascii: a flag read)
            return value
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        cleaned = [valid_unicode(v) for v in value]
        return value if all(a is b for a, b in zip(cleaned, value, strict=True)) else cleaned
    if isinstance(value, dict):
        pairs = {valid_unicode(k): valid_unicode(v) for k, v in value.items()}
        same = len(pairs) == len(value) and all(
            k in value and value[k] is v for k, v in pairs.items()
        )
        return value if same else pairs
    return value
