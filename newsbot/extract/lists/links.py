"""Reading links as list items: which links count (no furniture, ads, section pages), their
visible titles, absolute URLs, de-duplicated."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newsbot.extract.lists.index import PageIndex, xpath
from newsbot.extract.lists.vocabulary import AD_HOSTS, FURNITURE, label_key, normalise
from newsbot.extract.page import Page
from newsbot.record import Link


def dedup_key(link: Link) -> str:
    return link["url"] or link["title"].lower()


# Tag pages by URL (Blogger's are /search/label/X), or by rel="tag" (not "category tag": WordPress categories).
TAG_URL = re.compile(r"/(?:tag|tags|topik|topic|topics|tagar|label)/[^/?#]+", re.IGNORECASE)


def is_tag_link(a: HtmlElement) -> bool:
    rel = (a.get("rel") or "").lower().split()
    return TAG_URL.search(a.get("href", "")) is not None or ("tag" in rel and "category" not in rel)


def usable(a: HtmlElement, page: Page) -> bool:
    """Whether a link can be a list item; memoised per page (widget checks revisit the same links)."""
    cache = page.index(PageIndex.of).usable
    verdict = cache.get(a)
    if verdict is None:
        verdict = cache[a] = _judge_link(a, page)
    return verdict


def _judge_link(a: HtmlElement, page: Page) -> bool:
    href = (a.get("href") or "").strip()
    if (
        not href
        or href.startswith("#")
        or re.match(r"^(?:javascript|mailto|tel|whatsapp|sms):", href, re.IGNORECASE)
    ):
        return False
    if is_sponsored(href):
        return False
    title = _link_title(a, page)
    if not title or FURNITURE.match(title.strip("+ »«›‹>")):
        return False
    return label_key(title) is None or bool(
        TAG_URL.search(href)
    )  # a tag may be named "Berita Terkini"


_AD_HOST_SET = frozenset(AD_HOSTS)


_CLICK_REDIRECT = re.compile(r"(?:^|&)(?:lp|redirect|dest|adurl)=https?(?::|%3A)", re.IGNORECASE)


def is_sponsored(href: str) -> bool:
    """A link through an ad/recommendation network, or a click redirect to another site ("…?lp=https://…").

    Works on the raw href: a relative link stays on the page's own host, which is never an ad network.
    """
    if (
        href.startswith("/")
        and not href.startswith("//")
        and not any(c in href for c in "?\t\r\n")  # (urlsplit drops tabs and line breaks)
    ):
        return False  # a path on the page's own host with no query: what urlsplit would say
    parts = urlsplit(href)
    labels = (parts.hostname or "").lower().split(".")
    # "cdn.popin.cc" -> {"cdn.popin.cc", "popin.cc", "cc"}: one set lookup instead of a scan.
    if not _AD_HOST_SET.isdisjoint(".".join(labels[i:]) for i in range(len(labels))):
        return True
    return bool(parts.query) and _CLICK_REDIRECT.search(parts.query) is not None


_HEADLINE_WORDS = 4


def _is_section_link(url: str, title: str = "") -> bool:
    """Home/section pages ("/", "/nasional") are widget furniture, not listed stories or tags; a headline-long
    title ("Harga Karet Naik di Tingkat Petani") on a short path ("/a.html") is still a story."""
    path = urlsplit(url).path.strip("/")
    if len(title.split()) >= _HEADLINE_WORDS and path:
        return False
    return "/" not in path and not re.search(r"\d", path)


def _link_title(a: HtmlElement, page: Page) -> str:
    """A link's visible text; memoised per page (judging and listing read the same links)."""
    cache = page.index(PageIndex.of).titles
    title = cache.get(a)
    if title is None:
        title = cache[a] = normalise(_visible_text(a)).lstrip("#").strip()
    return title


_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _visible_text(el: HtmlElement) -> str:
    """Text without hidden tracking spans ("<i style='display:none'>lifestyle-read-1244264</i>")."""
    if not len(el) or not xpath(el, ".//*[@style or @hidden]"):  # (no children: nothing hides)
        return el.text_content()
    parts: list[str] = []

    def walk(node: HtmlElement) -> None:
        hidden = node.get("hidden") is not None or _HIDDEN.search(node.get("style") or "")
        if not hidden and isinstance(node.tag, str):
            parts.append(node.text or "")
            for child in node:
                walk(child)
        if node is not el:
            parts.append(node.tail or "")

    walk(el)
    return "".join(parts)


def links_in(elements: Iterable[HtmlElement], page: Page) -> list[Link]:
    return links_from((a for el in elements for a in el.iter("a") if usable(a, page)), page)


def links_from(anchors: Iterable[HtmlElement], page: Page) -> list[Link]:
    links: list[Link] = []
    seen: set[str] = set()
    for a in anchors:
        link = Link(title=_link_title(a, page), url=page.absolute(a.get("href", "")))
        if dedup_key(link) in seen or _is_section_link(link["url"], link["title"]):
            continue
        seen.add(dedup_key(link))
        links.append(link)
    return links
