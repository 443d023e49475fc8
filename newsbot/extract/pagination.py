"""Multi-page articles: how many pages, which URL serves them all, which URL is the next page.

Portals split long articles over ?page=2, ?page=3 … (Suara, Tribun, Kompas, PRMN, Okezone) and
most serve the whole text at ?page=all (Detik: ?single=1). The crawl joins the pages; extraction
only reports what the page shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree
from lxml.html import HtmlElement

from newsbot.extract.lists.index import PageIndex
from newsbot.extract.page import Page
from newsbot.portals.base import Layout, Portal, Vocabulary, select_first, vocabulary

_TOTAL_JS = re.compile(r"""["']?articleTotalPages["']?\s*[:=]\s*["']?(\d{1,3})""")
# normalize-space()'s whitespace: space, tab, CR and LF only.
_XPATH_SPACE = re.compile("[ \t\r\n]+")
_REL_NEXT = etree.XPath('//link[@rel="next"]/@href | //a[@rel="next"]/@href')
_HALAMAN = re.compile(r"halaman\s*(\d{1,3})\s*(?:/|dari|of)\s*(\d{1,3})", re.IGNORECASE)


@dataclass(frozen=True)
class Paging:
    """What a page says of the article's pages: how many, the URL serving them all at once, the
    URL of the next one. Crawl transport: it travels beside the record, never in it."""

    pages: int = 1
    all_pages_url: str = ""
    next_page_url: str = ""

    @property
    def goes_on(self) -> bool:
        """Whether the article goes on beyond this page (a next page or an all-pages copy)."""
        return bool(self.all_pages_url or self.next_page_url)


def with_query(url: str, **params: str) -> str:
    """`url` with query parameters set (others kept, order kept)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    query.extend(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def current_page(url: str, param: str = "page") -> int:
    for key, value in parse_qsl(urlsplit(url).query):
        if key == param and value.isdigit():
            return int(value)
    return 1


def paging(page: Page, portal: Portal | None, layout: Layout | None) -> Paging:
    """Page count and the URLs a crawl needs to fetch the rest of a multi-page article."""
    count = _count(page, layout)
    param = portal.page_param if portal else "page"
    url = page.url
    here = current_page(url, param)
    all_query = portal.all_pages_query if portal else ""
    if "=" in all_query and all_query.split("=", 1)[0] in dict(parse_qsl(urlsplit(url).query)):
        # already the all-pages view
        return Paging(pages=count)
    next_url = _rel_next(page)
    if not next_url and count > here:
        next_url = with_query(url, **{param: str(here + 1)})
    if not next_url and portal is None:
        next_url = _own_next(page, param)
        if next_url:  # (at least the next page's number of pages)
            count = max(count, _page_in_path(urlsplit(next_url).path), here + 1)
    all_url = ""
    if count > 1 and all_query:
        key, _, value = all_query.partition("=")
        all_url = with_query(page.canonical or url, **{key: value})
    return Paging(pages=count, all_pages_url=all_url, next_page_url=next_url)


def _count(page: Page, layout: Layout | None) -> int:
    if layout and layout.page_count:
        numbers = [
            int(m)
            for el in select_first(page.tree, layout.page_count, page.index(vocabulary))
            for m in re.findall(r"\d{1,3}", el.text_content())
        ]
        if numbers:
            return max(numbers)
    at = page.html.find("articleTotalPages")
    m = _TOTAL_JS.search(page.html, max(0, at - 2), at + 40) if at >= 0 else None
    if m:
        return max(1, int(m.group(1)))
    words = page.index(vocabulary)  # no class names a pager on most pages: no tree pass then
    if words.holds(("contains", "class", "total-page")) or words.holds(
        ("contains", "class", "paging")
    ):
        for el in _pagers(words):
            m = _HALAMAN.search(el.text_content())
            if m:
                return int(m.group(2))
    return 1


def _pagers(words: Vocabulary) -> list[HtmlElement]:
    """The elements whose class holds "total-page" or "paging", in document order, with less
    than 300 characters of text once normalize-space'd: pagers are short ("Halaman 1/2"), and
    the length test keeps Merdeka's hidden page blocks (class "paging-content", whole sections
    of the story) from being read as pagers. Read from the class values the vocabulary holds
    with their elements: the XPath //*[(contains(@class,'total-page') or
    contains(@class,'paging')) and string-length(normalize-space(.)) < 300] tested every
    element (0.06 against 0.02 ms a page)."""
    found = []
    for value in words.owned("class"):
        if "total-page" in value or "paging" in value:
            el = value.getparent()
            text = el.text_content()
            if len(text) < 300 or len(_XPATH_SPACE.sub(" ", text).strip(" ")) < 300:
                found.append(el)
    return found


# The page number a multi-page URL ends with: ".../judul-berita/2/" (WordPress's page links).
_PATH_PAGE = re.compile(r"/(\d{1,2})/?$")


def _page_in_path(path: str) -> int:
    m = _PATH_PAGE.search(path)
    return int(m.group(1)) if m else 0


def _own_next(page: Page, param: str) -> str:
    """On a site no profile describes, a link to this article's own next page, built from its
    URL: "?page=2" after "?page=1" or none, ".../judul/2/" after ".../judul/" (WordPress's
    page links, "Halaman: 1 2 3"). A link anywhere else (another story, a listing's next
    page) is never taken: only these URLs qualify, and only hrefs that end like them are
    resolved."""
    parts = urlsplit(page.url)  # (not the canonical URL: a later page's names the first)
    here = current_page(page.url, param)
    number = _PATH_PAGE.search(parts.path)
    in_path = int(number.group(1)) if number else 0
    stem = parts.path[: number.start()] if number else parts.path
    step = (in_path or 1) + 1
    wanted = {
        _no_slash(with_query(page.url, **{param: str(here + 1)})),
        _no_slash(urlunsplit(parts._replace(path=f"{stem.rstrip('/')}/{step}", query=""))),
    }
    tails = (f"{param}={here + 1}", f"/{step}", f"/{step}/")
    for a in page.index(PageIndex.of).clickers:
        href = (a.get("href") or "").strip()
        if href.endswith(tails) and _no_slash(page.absolute(href).split("#")[0]) in wanted:
            return page.absolute(href)
    return ""


def _no_slash(url: str) -> str:
    return url.rstrip("/")


def _rel_next(page: Page) -> str:
    if not page.index(vocabulary).holds(("values", "rel", "next")):
        return ""
    for href in _REL_NEXT(page.tree):
        if href.strip():
            return page.absolute(href)
    return ""
