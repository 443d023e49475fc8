"""Index ("indeks") and listing pages: links that look like articles, and the next page.

The stop rule for walking pages lives here too: portals such as Tribun answer page 11, 12, … with
page 10 again, so a page whose article links repeat the previous page's ends the walk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit, urlunsplit

import lxml.html

from newsbot.discovery.models import Entry, Listing
from newsbot.discovery.xml import entry_url

_DATE_PATH = re.compile(r"/(19|20)\d\d/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
_LONG_ID = re.compile(r"/\d{5,}")
_SLUG = re.compile(r"/[a-z0-9]+(?:-[a-z0-9]+){3,}(?:\.html?)?/?$", re.IGNORECASE)
_NOT_ARTICLE = re.compile(
    r"/(tag|tags|topik|topic|kategori|category|categories|author|penulis|editor|search|cari|"
    r"indeks|index|page|login|register|about|tentang|redaksi|kontak|contact|privacy|pedoman|"
    r"feed|rss|sitemap|video-list|galeri-list)(/|$|\?|\.)",
    re.IGNORECASE,
)
_STATIC = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|css|js|pdf|xml|gz|zip|mp[34]|ico|txt)$", re.IGNORECASE
)
_NEXT_TEXT = re.compile(
    r"^\s*(next|selanjutnya|berikutnya|lanjut|older|»|›|>|>>)\s*$", re.IGNORECASE
)


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower().removeprefix("www.")


def same_site(url: str, base: str) -> bool:
    return _host(url) == _host(base)


def looks_like_article(url: str, base: str = "") -> bool:
    """A same-site link shaped like a news article: a dated path, a long numeric id or a long slug."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        return False
    if base and not same_site(url, base):
        return False
    path = parts.path
    if _STATIC.search(path) or _NOT_ARTICLE.search(path) or path in {"", "/"}:
        return False
    return bool(_DATE_PATH.search(path) or _LONG_ID.search(path) or _SLUG.search(path))


def clean_url(url: str) -> str:
    """Drop the fragment; the same article linked with #comments is one article."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))


def _page_number(url: str) -> int | None:
    values = parse_qs(urlsplit(url).query).get("page")
    if values and values[0].isdigit():
        return int(values[0])
    match = re.search(r"/page/(\d+)/?$", urlsplit(url).path)
    return int(match.group(1)) if match else None


def _nofollow(link: lxml.html.HtmlElement) -> bool:
    return "nofollow" in (link.get("rel") or "").lower().split()


def _absolute(base: str, href: str) -> str:
    """The link's absolute http(s) URL, or "" when it is none (`http://[::1`, javascript:)."""
    return entry_url(base, href)


def _next_url(tree: lxml.html.HtmlElement, url: str) -> str:
    for link in tree.xpath("//link[@rel='next'] | //a[@rel='next']"):
        href = _absolute(url, link.get("href", ""))
        if href:
            return href
    current = _page_number(url) or 1
    for anchor in tree.xpath("//a[@href]"):
        if _nofollow(anchor):
            continue
        href = _absolute(url, anchor.get("href", ""))
        if not href or not same_site(href, url) or href == url:
            continue
        text = anchor.text_content()
        if _NEXT_TEXT.match(text) or (
            _page_number(href) == current + 1 and text.strip() == str(current + 1)
        ):
            return href
    return ""


def parse_index(
    html: bytes | str,
    url: str,
    is_article: Callable[[str], bool] | None = None,
) -> Listing:
    """Article links (in page order, deduplicated) and the next-page link of a listing page."""
    try:
        tree = lxml.html.fromstring(html or b"<html></html>")
    except (ValueError, lxml.etree.ParserError) as exc:
        return Listing("index", error=f"unreadable index page {url}: {exc}")
    test = is_article or (lambda link: looks_like_article(link, url))
    seen: dict[str, Entry] = {}
    listing = Listing("index")
    for anchor in tree.xpath("//a[@href]"):
        absolute = _absolute(url, anchor.get("href", ""))
        href = clean_url(absolute) if absolute else ""
        if not href or href in seen or href == clean_url(url) or not test(href):
            continue
        if _nofollow(anchor):
            listing.nofollow += 1
            continue
        seen[href] = Entry(href, None, " ".join(anchor.text_content().split()))
    listing.entries = list(seen.values())
    listing.next_url = _next_url(tree, url)
    return listing


def same_links(previous: Listing | list[str] | None, current: Listing | list[str]) -> bool:
    """True when a page lists exactly the article links of the previous page (walk must stop)."""
    if previous is None:
        return False
    prev = {e.url for e in previous.entries} if isinstance(previous, Listing) else set(previous)
    cur = {e.url for e in current.entries} if isinstance(current, Listing) else set(current)
    return bool(cur) and cur == prev
