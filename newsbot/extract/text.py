"""The article record from the visible text of a page (a copy-paste like seed-example.txt, or Common Crawl WET).

There is no markup, so structure comes from lines: the body starts at the dateline line ("SuaraLampung.id -
…") or, failing that, at the first paragraph-like line; it ends at the first line that is a list heading
("Berita Terkait", "Tag", "Terpopuler", …). Inline "Baca Juga: Title" lines inside the body become
`lists["baca_juga"]`. Under a heading, items are "-" marked (the marker alone on its line before the title,
or "- Title"); unmarked lines are items only when the list uses no markers at all. A visible heading with no
items is kept as an empty list (see newsbot.extract.lists for the HTML rule).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

from newsbot.extract.dateline import parse_dateline
from newsbot.extract.dates import date_from_url, parse_date, to_iso
from newsbot.extract.errors import ExtractionError, UnreadablePage
from newsbot.extract.lists import inline_label, label_key
from newsbot.extract.quotes import extract_quotes
from newsbot.portals import portal_for_url
from newsbot.record import Article, Dateline, Link, valid_unicode

# Lines that are page furniture wherever they appear.
_FURNITURE = re.compile(
    r"^(?:advertisement|iklan|scroll to continue with content|scroll untuk membaca artikel|"
    r"baca selengkapnya|tampilkan lebih banyak|lihat semua|bagikan:?|share:?)$",
    re.IGNORECASE,
)
_MARKER = re.compile(r"^[-–—•*·]\s*")
_DATEISH = re.compile(
    r"\b\d{1,2}[ /.-](?:\d{1,2}|jan\w*|feb\w*|mar\w*|apr\w*|mei|may|jun\w*|jul\w*|agu\w*|aug\w*|sep\w*|okt\w*|"
    r"oct\w*|nov\w*|des\w*|dec\w*)[ /.-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b",
    re.IGNORECASE,
)
_MIN_PARAGRAPH_WORDS = 12
_HEAD_WINDOW = 8  # lines before the body searched for a headline and a date line
_MAX_UNMARKED_ITEMS = 20
# The visible text of the longest real article pages is well under 200 KB; 1 MB is no page's text.
MAX_TEXT_CHARS = 1024 * 1024


def extract_text(text: str, url: str | None = None) -> Article:
    """Body, dateline, quotes, lists (titles only, url ""), headline and date from a page's visible text."""
    if len(text) > MAX_TEXT_CHARS:
        raise UnreadablePage(
            f"text has {len(text):,} characters, over the {MAX_TEXT_CHARS:,} limit"
        )
    _check_url(url)
    text = valid_unicode(text)
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise UnreadablePage("empty text")

    start, dateline = _body_start(lines)
    head = lines[max(0, start - _HEAD_WINDOW) : start]
    paragraphs, lists = _body_and_lists(lines[start:])
    if not paragraphs:
        raise UnreadablePage("no body paragraphs in text")
    if dateline is None:
        dateline = parse_dateline(paragraphs[0])
    headline = _headline(head)
    published, published_raw = _published(head, url or "")
    body = "\n\n".join(paragraphs)
    portal, site = _portal_and_site(url or "")
    return Article(
        url=url or "",
        portal=portal,
        site=site,
        headline=headline,
        lead=_lead(paragraphs[0], dateline),
        published=published,
        published_raw=published_raw,
        dateline=dateline,
        body=body,
        paragraphs=paragraphs,
        quotes=extract_quotes(paragraphs, headline),
        lists=lists,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        extractor="text",
    ).valid_unicode()


def _check_url(url: str | None) -> None:
    """A URL that cannot be parsed (`http://[::1`) is refused up front, as a typed outcome."""
    if not url:
        return
    try:
        urlsplit(url).hostname  # noqa: B018 - parsing the host is the check
    except ValueError as exc:
        raise ExtractionError(f"not a usable URL {url!r}: {exc}") from exc


def _lead(first: str, dateline: Dateline | None) -> str:
    """The first paragraph without its dateline prefix, as a page's lead is filled."""
    raw = dateline["raw"] if dateline else ""
    return (first[len(raw) :] if raw and first.startswith(raw) else first).strip()


def _body_start(lines: list[str]) -> tuple[int, Dateline | None]:
    """Index of the first body line: the dateline line, else the first paragraph-like line, else 0."""
    for i, line in enumerate(lines):
        if label_key(line) is not None:
            continue
        dateline = parse_dateline(line)
        if dateline is not None:
            return i, dateline
    for i, line in enumerate(lines):
        if (
            len(line.split()) >= _MIN_PARAGRAPH_WORDS
            and label_key(line) is None
            and not inline_label(line)
        ):
            return i, None
    return 0, None


def _body_and_lists(lines: list[str]) -> tuple[list[str], dict[str, list[Link]]]:
    paragraphs: list[str] = []
    lists: dict[str, list[Link]] = {}
    current: str | None = None  # None while in the body
    marked = False  # the current list uses "-" markers
    pending_marker = False
    in_body = True
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        inline = inline_label(line, colon=True)
        if inline and inline[1]:
            _add(lists, inline[0], inline[1])
            continue
        key = label_key(line)
        if key is not None:
            if in_body and key == "baca_juga":
                # A bare "Baca Juga:" inside the body: the next line is the linked title.
                if i < len(lines) and label_key(lines[i]) is None:
                    _add(lists, key, _MARKER.sub("", lines[i]))
                    i += 1
                continue
            in_body = False
            current, marked, pending_marker = key, False, False
            lists.setdefault(key, [])
            continue
        if _FURNITURE.match(line):
            continue
        if in_body:
            paragraphs.append(line)
            continue
        if current is None:
            continue
        if _MARKER.fullmatch(line):
            marked, pending_marker = True, True
            continue
        if _MARKER.match(line) and len(line) > 2:
            marked, pending_marker = True, False
            _add(lists, current, _MARKER.sub("", line))
            continue
        if pending_marker:
            pending_marker = False
            _add(lists, current, line)
            continue
        if marked or len(lists[current]) >= _MAX_UNMARKED_ITEMS:
            current = None  # the list is over; what follows is footer text
            continue
        _add(lists, current, line)
    return paragraphs, lists


def _add(lists: dict[str, list[Link]], key: str, title: str) -> None:
    items = lists.setdefault(key, [])
    if title and all(item["title"] != title for item in items):
        items.append(Link(title=title, url=""))


def _headline(head: list[str]) -> str:
    """The title-like line just before the body: 4–30 words, not a date, label or sentence."""
    for line in reversed(head):
        words = len(line.split())
        if not 4 <= words <= 30 or _DATEISH.search(line) or label_key(line) or line.endswith("."):
            continue
        if re.match(r"^(?:penulis|editor|reporter|pewarta|oleh|by)\b", line, re.IGNORECASE):
            continue
        return line
    return ""


def _published(head: list[str], url: str) -> tuple[str, str]:
    for line in head:
        if _DATEISH.search(line) and len(line) <= 80:
            parsed = parse_date(line)
            if parsed is not None:
                return to_iso(parsed), line
    parsed = date_from_url(url) if url else None
    return (to_iso(parsed), "") if parsed is not None else ("", "")


def _portal_and_site(url: str) -> tuple[str, str]:
    host = (urlsplit(url).hostname or "").lower() if url else ""
    if not host:
        return "", ""
    portal = portal_for_url(url)
    return (getattr(portal, "name", "") if portal is not None else ""), host
