"""The section a story is filed under, on a site no profile describes.

After the page's metadata (article:section, JSON-LD articleSection), the breadcrumb trail says it
(JSON-LD BreadcrumbList, else the breadcrumb links the page shows): its deepest crumb that is
neither the site's home nor the story itself. Last, a path segment of the URL the page shows to
be a section (see url_section): the year, "read" or "berita" at the start of many article
URLs is none.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from newsbot.extract.body import norm
from newsbot.extract.lists.index import PageIndex
from newsbot.extract.page import Page

# (one selector: each is a pass over the whole tree, and a page prints one trail)
BREADCRUMB_LINKS = (
    (
        "[itemtype$='BreadcrumbList'] a, nav[aria-label*='readcrumb'] a,"
        " [class*='breadcrumb'] a, [class*='Breadcrumb'] a"
    ),
)
# A section's name is a few words; a longer crumb is the story's headline or a sentence.
_MAX_WORDS = 5
_SLUG = re.compile(r"[a-z][a-z-]*[a-z]")
# "lifestyle.okezone.com" in article:section names a host, not a section.
_HOSTLIKE = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def is_section_name(value: str) -> bool:
    return bool(value) and not _HOSTLIKE.fullmatch(value) and len(value.split()) <= _MAX_WORDS


def breadcrumb_section(page: Page, headline: str, crumb_links: Sequence[HtmlElement]) -> str:
    """The section the breadcrumb trail names ("" if none); `crumb_links` are the links
    BREADCRUMB_LINKS selects on the page."""
    crumbs = list(_jsonld_crumbs(page)) or [
        (norm(a.text_content()), a.get("href") or "") for a in crumb_links
    ]
    return _deepest(crumbs, page, headline)


def _jsonld_crumbs(page: Page) -> Iterator[tuple[str, str]]:
    for obj in page.jsonld:
        if obj.get("@type") != "BreadcrumbList":
            continue
        items = obj.get("itemListElement")
        if not isinstance(items, list):
            continue
        for item in items:
            if not isinstance(item, dict):
                continue
            target = item.get("item")
            name, url = item.get("name"), target
            if isinstance(target, dict):
                name = name or target.get("name")
                url = target.get("@id") or target.get("url")
            if isinstance(name, str):
                # (some sites escape the names twice: "Europa&#x20;News")
                yield norm(html.unescape(name)), url if isinstance(url, str) else ""
        return


def _deepest(crumbs: list[tuple[str, str]], page: Page, headline: str) -> str:
    """The last crumb that names a section: not the first one, the trail's home ("Home", the
    site's name), unless it stands alone and links below the root; not the story itself."""
    story = headline.casefold()
    here = _path(page.canonical or page.url, page)
    for i in range(len(crumbs) - 1, -1, -1):
        name, href = crumbs[i]
        if not is_section_name(name) or name.casefold() == story:
            continue
        if i == 0 and (len(crumbs) > 1 or _is_root(href, page)):
            continue
        if href and _path(href, page) == here:
            continue  # the story's own link
        return name
    return ""


def url_section(page: Page) -> str:
    """A leading path segment of the URL (one of the first two, never the story's own slug)
    that the page shows to be a section: it links the segment's index page under a name that
    spells it ("Nasional" for /nasional/), or its links to other stories of the same depth put
    other words in that place (/bola/read/…, /news/read/…, /showbiz/read/…), where a fixed
    prefix ("read", "berita") never varies."""
    segments = [s for s in urlsplit(page.canonical or page.url).path.split("/") if s]
    depth = len(segments)
    wanted = {k: s for k, s in enumerate(segments[:-1][:2]) if _SLUG.fullmatch(s)}
    if not wanted:
        return ""
    named: dict[str, str] = {}
    others: dict[int, set[str]] = {k: set() for k in wanted}
    for a in page.index(PageIndex.of).clickers:  # (built for the lists already)
        href = a.get("href")
        path = _path(href, page) if href else None
        if path is None:
            continue
        parts = [s for s in path.split("/") if s]
        if len(parts) == 1 and parts[0] in wanted.values():
            name = norm(a.text_content())
            if name.casefold().replace(" ", "-") == parts[0]:
                named.setdefault(parts[0], name)
        elif len(parts) == depth:
            for k, seg in wanted.items():
                if parts[k] != seg and _SLUG.fullmatch(parts[k]):
                    others[k].add(parts[k])
    for seg in wanted.values():
        if seg in named:
            return named[seg]
    return next((seg for k, seg in wanted.items() if len(others[k]) >= 2), "")


def _is_root(href: str, page: Page) -> bool:
    try:
        return urlsplit(urljoin(page.base_url, href.strip())).path in ("", "/")
    except ValueError:
        return False


def _path(href: str, page: Page) -> str | None:
    """The path of a link on the page's own host (None for another host's)."""
    href = href.strip()
    if href.startswith("/") and not href.startswith("//"):
        # (most links: a path on this host, read without urljoin, the walk's cost)
        return _QUERY.split(href, maxsplit=1)[0] or "/"
    try:
        parts = urlsplit(
            href if href.startswith(("https:", "http:")) else urljoin(page.base_url, href)
        )
    except ValueError:
        return None
    if parts.netloc and parts.netloc.lower() != _host(page.base_url):
        return None
    return parts.path or "/"


_QUERY = re.compile(r"[?#]")


@lru_cache(maxsize=256)
def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()
