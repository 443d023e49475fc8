"""Pure extraction: (html | text, url) -> Article. Imports nothing from Scrapy.

Fields are layered: page metadata (JSON-LD, OpenGraph, meta) first, then the portal profile's
layout selectors, then generic fallbacks, so an unknown site still gets a record and a known site
survives a template change. `Article.extractor` says which layer produced the body.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape as html_escape
from typing import Any, Literal
from urllib.parse import urlsplit

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from newsbot.extract import body as body_mod
from newsbot.extract.byline import data_layer_credits, find_credits, signature_line
from newsbot.extract.dateline import parse_dateline
from newsbot.extract.dates import ParsedDate, date_from_url, parse_date, to_iso
from newsbot.extract.errors import ExtractionError, NotAnArticle, UnreadablePage
from newsbot.extract.language import detect_language
from newsbot.extract.lists import find_lists
from newsbot.extract.lists.index import PageIndex
from newsbot.extract.metadata import (
    Metadata,
    agree_headline,
    clean_authors,
    clean_headline,
    clean_tags,
    keywords_look_like_tags,
    read_metadata,
    without_outlets,
)
from newsbot.extract.page import Page, is_article_type
from newsbot.extract.pagination import Paging, paging
from newsbot.extract.quotes import extract_quotes
from newsbot.extract.section import (
    BREADCRUMB_LINKS,
    breadcrumb_section,
    is_section_name,
    url_section,
)
from newsbot.extract.text import extract_text
from newsbot.portals import Portal, portal_for_page
from newsbot.portals.base import Layout, Vocabulary, select, select_first, vocabulary
from newsbot.record import Article, ArticleKind, Image, Link

__all__ = [
    "Extracted",
    "ExtractionError",
    "NotAnArticle",
    "Paging",
    "UnreadablePage",
    "Want",
    "article_paging",
    "extract_article",
    "extract_pages",
    "extract_text",
]

logger = logging.getLogger("newsbot.extract")

# Tag widgets of sites with no profile: rel=tag (WordPress, Blogger labels) and tag/topic boxes.
GENERIC_TAGS = (
    "a[rel~='tag']:not([rel~='category'])",
    ".post-labels a, .post-tags a, .entry-tags a, .tags-links a, .tag-list a, .tags a",
    ".tag__list a, .topik a, .tag-box a",
)

# Bylines of sites with no profile (WordPress, Blogger, hCard, schema.org microdata, <author>).
GENERIC_AUTHORS = (
    ".byline .author .fn, .byline .author a, .entry-meta .author a, .post-author .fn",
    "a[rel~='author'], .author-name, .penulis a, .penulis",
    ".vcard .fn, [itemprop~='author'] [itemprop~='name'], author",
    # The class names CMSs give a byline's name, in any compound ("c-article__author-name").
    "[class*='author-name'], [class*='authorname'], [class*='authorName'], [class*='author_name']",
    ".author a, .authors a, p.author, span.author",
)

# Below this much clean prose a page is a shell, gallery or listing, not an article.
MIN_BODY_CHARS = 200
_LISTING_PATH = re.compile(
    r"^/?(?:$|index(?:\.\w+)?$|indeks|index-news|terkini|terpopuler|search|cari|tag|topik|topic|"
    r"kanal|category|kategori|rss|feed|page/\d+)",
    re.IGNORECASE,
)


# What a caller wants of a page: its record; its record unless the page says the article goes on
# over further pages (a crawl fetches them first, then reads all of them once); or its paging only.
Want = Literal["article", "unless_paged", "paging"]


@dataclass(frozen=True)
class Extracted:
    """A page read for a crawl: the record and, beside it (not part of the record's contract), the
    first page's paging facts and how many pages the record was read from.

    `article` is None when only the paging was wanted, or when the page says the article goes on
    and the caller asked to have the further pages first (want="unless_paged")."""

    article: Article | None
    paging: Paging
    # Pages whose text the record holds: the first, and each further page that added a block.
    joined: int = 1


def extract_article(
    html: bytes | str,
    url: str,
    content_type: str | None = None,
    *,
    crawled_at: datetime | None = None,
    more_pages: Sequence[tuple[bytes | str, str]] = (),
) -> Article:
    """One article record from an HTML page, or from all the pages of a multi-page article:
    `more_pages` are the further pages (html, url) in order. Their story blocks are joined to
    this page's before anything is read, so body, lists and quotes (a "katanya" on page 2 whose
    speaker page 1 named) are extracted once, over the whole article.

    Raises UnreadablePage (empty, binary, oversized, undecodable) or NotAnArticle (home, index,
    listing or a shell with no body); any other failure surfaces as ExtractionError, never as a
    bare exception, so a crawl can count outcomes by `reason`.
    """
    article = extract_pages(
        html, url, content_type, crawled_at=crawled_at, more_pages=more_pages
    ).article
    if article is None:  # never: a record is always made or refused when it is what is wanted
        raise ExtractionError(f"no record at {url}")
    return article


def extract_pages(
    html: bytes | str,
    url: str,
    content_type: str | None = None,
    *,
    crawled_at: datetime | None = None,
    more_pages: Sequence[tuple[bytes | str, str]] = (),
    want: Want = "article",
) -> Extracted:
    """extract_article with the paging facts beside the record (what a crawl needs to fetch the
    rest of a multi-page article, and how many pages the record was read from); see `Want`."""
    try:
        page = Page.parse(html, url, content_type)
        further = [Page.parse(more, more_url, content_type) for more, more_url in more_pages]
        return _Extraction(page, crawled_at, further).run(want)
    except ExtractionError:
        raise
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as exc:
        raise ExtractionError(f"extraction failed at {url}: {exc!r}") from exc


def article_paging(html: bytes | str, url: str, content_type: str | None = None) -> Paging:
    """How many pages the article page says it has, and where the next one and the all-pages view
    are, without extracting it (a crawl walks the pages, then extracts the article once). The
    layout is picked as extraction picks it, so the paging is the one extraction would report."""
    return extract_pages(html, url, content_type, want="paging").paging


@dataclass
class _Extraction:
    page: Page
    crawled_at: datetime | None
    further: list[Page] = field(default_factory=list)
    # The block the story's own byline and date sit in (see _story_scope).
    scope: HtmlElement | None = None
    # The story's (first) body container.
    container: HtmlElement | None = None

    @property
    def _words(self) -> Vocabulary:
        """The page's selector vocabulary (see portals.base.Vocabulary), as the tree is now."""
        return self.page.index(vocabulary)

    def run(self, want: Want = "article") -> Extracted:
        page = self.page
        meta = read_metadata(page)
        portal = portal_for_page(page, meta.site_name)
        published = meta.published_date
        words = page.index(vocabulary)
        day = published.value.date() if published else _url_day(page)
        layout = portal.layout_for(page.tree, day, words) if portal else None
        pg = paging(page, portal, layout)
        if want == "paging":
            return Extracted(None, pg)

        headline = self._headline(meta, portal, layout)
        if _looks_like_listing(page, meta):
            raise NotAnArticle(f"listing or home page: {page.url}")
        containers = select_first(page.tree, layout.body, words) if layout else []
        if layout and layout.embedded:
            embedded = embedded_body(page)
            containers = [embedded] if embedded is not None else []
        extractor = (
            f"{portal.name}/{layout.version}" if portal and layout and containers else "generic"
        )
        if not containers:
            containers = body_mod.find_containers(page.tree, self._headline_element(headline))
        # Several containers (Tempo splits the story over repeated blocks) count together.
        # (Only whether it reaches MIN_BODY_CHARS counts: a 100,000-character start tells.)
        prose = sum(len(body_mod.norm(c.text_content()[:100_000])) for c in containers)
        if not containers or prose < MIN_BODY_CHARS:
            # Script-rendered pages (Next.js, some AMP shells) carry the story only as data.
            embedded = embedded_body(page)
            if embedded is not None:
                containers, extractor = [embedded], "embedded"
        if not headline:
            raise NotAnArticle(f"no headline at {page.url}")
        claims = _claims_article(page, meta, published)
        if not containers:
            if not claims:
                raise _no_text(page, "no article body")
            # A story page with no prose block (a photo story, a video page): its text is what
            # captions and the description hold.
            containers = [lxml.html.Element("div")]
        if want == "unless_paged" and pg.goes_on:
            # Read later, with its further pages. (Only once it looks like an article: a listing
            # with a rel=next link is refused here, not walked.)
            return Extracted(None, pg)

        joined = 1
        if self.further:
            data = extractor == "embedded"
            joined += _join_pages(containers[-1], self.further, layout, embedded=data)
            page.changed()  # the further pages' blocks are in the tree: its indexes are stale
            words = page.index(vocabulary)
        lists: dict[str, list[Link]] = {}
        skip: list[HtmlElement] = []
        if layout:
            for container in containers:
                for css in layout.drop:
                    skip.extend(select(container, css, words))
        # One scan gives both the lists and the elements the body must skip.
        lists, sources = find_lists(page, containers[0])
        skip.extend(sources)
        if extractor == "generic":
            # Lists of other stories inside a container no profile describes (related posts).
            for container in containers:
                skip.extend(body_mod.teaser_lists(container))
                skip.extend(body_mod.supplements(container))
        body = body_mod.read_body(containers, skip, page.base_url)
        for limit in body.limits:
            logger.warning("%s: %s", page.url, limit)
        page.limits += body.limits
        art = Article(url=_canonical_url(page), extractor=extractor)
        self.scope = _story_scope(containers[0])
        self.container = containers[0]
        self._dates(art, meta, layout, published, self.scope)
        paragraphs = _drop_headline(body.paragraphs, headline)
        # A generic container may hold the "Name · date" line under the headline.
        paragraphs, bylines = _drop_date_lines(paragraphs, art.published_raw)
        if extractor == "generic":
            paragraphs = body_mod.furniture_out(paragraphs, body.loose, self._headlines(meta))
            paragraphs, signed = signature_line(paragraphs, body.strong)
            bylines += signed
        text = "\n\n".join(paragraphs)
        if len(text) < MIN_BODY_CHARS and not claims:
            raise NotAnArticle(f"no real article body ({len(text)} characters) at {page.url}")
        description = body_mod.norm(meta.description)
        # A photo story may print nothing but its photos' captions: they are its text.
        captions = list(dict.fromkeys(c for image in body.images if (c := image["caption"])))
        if not text and (description or captions):
            paragraphs = [description] if description else captions
            text = "\n\n".join(paragraphs)
        if not text:
            raise _no_text(page, "an empty page shell: no text at all")
        art.kind = story_kind(page, len(text), len(body.images))

        art.portal = portal.name if portal else ""
        art.site = _site(page, portal)
        art.headline = headline
        art.paragraphs = paragraphs
        art.body = text
        art.content_hash = hashlib.sha256(text.encode("utf-8")).hexdigest()
        body.authors = [*body.authors, *bylines]
        self._people(art, meta, layout, body, portal)
        art.section = self._section(meta, layout, portal, headline)
        art.tags = self._tags(meta, layout, portal, headline, text, lists.get("tag", ()))
        art.images = _images(meta, body.images)
        _captions_from_page(page, art.images)
        art.lists = lists
        self._dateline_and_lead(art, meta, portal, body.bold, body.after_image)
        art.language = detect_language(text, meta.language)
        if self.crawled_at is not None:
            art.crawled_at = self.crawled_at.isoformat(timespec="seconds")
        art.quotes = extract_quotes(paragraphs, headline=headline)
        return Extracted(art.valid_unicode(), pg, joined)

    # -- fields -----------------------------------------------------------------------------

    def _headline_element(self, headline: str) -> HtmlElement | None:
        """The heading that shows the story's headline, if one does."""
        want = body_mod.norm(headline).casefold()
        if not want:
            return None
        for el in self.page.elements("h1"):
            if _text(el).casefold() == want:
                return el
        return None

    def _headline(self, meta: Metadata, portal: Portal | None, layout: Layout | None) -> str:
        names = tuple(portal.site_names + portal.title_suffixes) if portal else ()
        site_name = meta.site_name
        if site_name:
            names = (*names, site_name)
        page = self.page
        title = body_mod.norm(_first_title(page))
        h1 = [_text(el) for el in page.elements("h1")[:3]]
        shown = (
            [_text(el) for el in select_first(page.tree, layout.headline, self._words)[:1]]
            if layout
            else []
        )
        meta_headline = body_mod.norm(meta.headline)
        opening = " ".join(title.split()[:2]).casefold()
        # A metadata headline that is the <title> verbatim may be its search-engine version: an
        # <h1> that opens the same way is the headline when nothing but the <title> stands
        # behind the metadata one, or when og:title or twitter:title backs the <h1>.
        social = {body_mod.norm(page.first_meta(k)) for k in ("og:title", "twitter:title")}
        title_only = not (social - {""} or page.article_jsonld.get("headline"))
        first = (
            [h for h in h1 if h.casefold().startswith(opening) and (title_only or h in social)]
            if meta_headline == title
            else []
        )
        sources = [
            *((text, "shown") for text in first[:1]),
            (meta_headline, "meta"),
            (page.first_meta("og:title"), "meta"),
            (page.first_meta("twitter:title"), "meta"),
            *((text, "shown") for text in (*shown, *h1)),
            (title, "title"),
        ]
        # The sources agree on the headline without the site's name, section or kicker.
        cleaned = [(clean_headline(body_mod.norm(t), site_names=names), r) for t, r in sources if t]
        return agree_headline((t, r) for t, r in cleaned if len(t) >= 8)

    def _headlines(self, meta: Metadata) -> list[str]:
        """Every headline the page states (metadata, <h1>, <title>): the body does not repeat them."""
        page = self.page
        return [
            body_mod.norm(t)
            for t in (
                meta.headline,
                page.first_meta("og:title"),
                page.first_meta("twitter:title"),
                _first_title(page),
                *(el.text_content() for el in page.elements("h1")[:1]),
            )
            if t
        ]

    def _dates(
        self,
        art: Article,
        meta: Metadata,
        layout: Layout | None,
        published: ParsedDate | None,
        scope: HtmlElement | None = None,
    ) -> None:
        """Metadata first, then the layout's date, then dates inside the story's own block
        (its <article>), and only then anything else on the page (a related box's <time>)."""
        shown_el = select_first(self.page.tree, layout.published, self._words)[:1] if layout else []
        shown = _text(shown_el[0]) if shown_el else ""
        if not shown and shown_el:
            shown = shown_el[0].get("datetime") or shown_el[0].get("content") or ""
        if not shown:
            shown = self._displayed_date(published, scope)
        shown_date = parse_date(shown, relative_base=self.crawled_at) if shown else None
        # Blogger's <abbr title="2020-10-09T10:10:00+07:00">9 Oktober 2020</abbr>, <time datetime>
        machine = _machine_date(self.page, shown_el, scope)
        candidates = [published, shown_date, machine, date_from_url(self.page.url)]
        # Prefer a value with a time of day: the metadata may give only a date.
        best = next((d for d in candidates if d is not None and d.has_time), None)
        best = best or next((d for d in candidates if d is not None), None)
        if best is not None:
            art.published = to_iso(best)
        modified = meta.modified_date or self._shown_update(shown, best)
        if modified is not None:
            art.modified = to_iso(modified)
        art.published_raw = trim_shown_date(shown) or (meta.published_raw)

    def _shown_update(self, shown: str, published: ParsedDate | None) -> ParsedDate | None:
        """The update time the date line prints after its label ("… 09:12 WIB Diperbarui:
        Rabu, 3 Desember 2026 11:40 WIB"), when the metadata gives none; never before the
        publication."""
        label = _UPDATE_LABEL.search(shown) if shown else None
        if label is None or published is None:
            return None
        updated = parse_date(shown[label.end() :], relative_base=self.crawled_at)
        if updated is None or not updated.has_time or updated.value < published.value:
            return None
        return updated

    def _displayed_date(
        self, published: ParsedDate | None, scope: HtmlElement | None = None
    ) -> str:
        """The date line a reader sees, on pages whose profile names none (or no profile): the
        first short text with a year and a clock that reads as the published day and minute
        (or, with no metadata date, as any dated minute); the story's own block is read first.
        Only the first MAX_DATED_TEXTS are read: a page of 100,000 date spans must not cost
        100,000 date parses."""
        tried = 0
        blocks = (scope, None) if scope is not None else (None,)
        for raw, parent in itertools.chain.from_iterable(map(self._dated_texts, blocks)):
            text = body_mod.norm(raw)
            if not _LOOKS_DATED.search(text):
                continue
            tried += 1
            if tried > MAX_DATED_TEXTS:
                break
            if parent is not None and parent.tag in ("script", "style", "title", "noscript"):
                continue
            found = parse_date(text, relative_base=self.crawled_at)
            if found is None or not found.has_time:
                continue
            if published is None or _same_minute(found, published):
                return text
        return ""

    def _dated_texts(self, scope: HtmlElement | None) -> Iterator[tuple[str, HtmlElement | None]]:
        """The short dated texts (text, the element holding it) of the story's block, or of the
        page's <body> (scope None), in document order, from the lists walk's texts; read on
        demand, so the page's are not looked at when the block's own date was found."""
        index = self.page.index(PageIndex.of)
        if scope is None:
            body = next(iter(self.page.elements("body")), None)
            found = index.dated_texts(body) if body is not None else []
            if found is None:  # (never: the body is in the walked tree)
                found = [(str(n), n.getparent()) for n in _DATED_TEXT(self.page.tree)]
        else:
            found = index.dated_texts(scope)
            if found is None:  # a block not in the page's tree (read from embedded data)
                found = [(str(n), n.getparent()) for n in _DATED_TEXT_IN(scope)]
        yield from found

    def _people(
        self,
        art: Article,
        meta: Metadata,
        layout: Layout | None,
        body: body_mod.Body,
        portal: Portal | None = None,
    ) -> None:
        # The profile's byline first: portals put editors or the brand in JSON-LD `author`.
        candidates: list[list[str]] = []
        byline_editor = ""
        if layout:
            names, byline_editor = _byline(
                select_first(self.page.tree, layout.authors, self._words)
            )
            candidates.append(names)
        candidates.append(list(meta.authors))
        credits = None
        if not layout or not layout.authors:
            # The story's own byline, not one of the related stories' around it: the generic
            # byline selectors (in the story's block, else the page), then the role-named and
            # labelled credits (see extract.byline).
            found = (
                select_first(self.scope, GENERIC_AUTHORS, self._words)
                if self.scope is not None
                else []
            )
            found = found or select_first(self.page.tree, GENERIC_AUTHORS, self._words)
            names, generic_editor = _byline(found[:3])
            candidates.append(names)
            credits = find_credits(self.page, self.scope, self.container, self._words)
            candidates.append(credits.authors)
            byline_editor = byline_editor or generic_editor
        candidates.append(body.authors)
        # The tag manager's data layer last, read only when needed: what the page shows
        # comes first (and a page's scripts are most of its bytes).
        layer = None
        editor = meta.editor
        if not editor and layout:
            names, labelled = _byline(select_first(self.page.tree, layout.editor, self._words)[:1])
            editor = labelled or next(iter(names), "")
        editor = editor or byline_editor or body.editor
        if not editor and not (layout and layout.editor):
            # A profile that names no editor's place, or none: the page's own credits.
            if credits is None:
                credits = find_credits(self.page, self.scope, self.container, self._words)
            layer = layer or data_layer_credits(self.page)
            editor = credits.editor or layer.editor
        if editor:
            cleaned = clean_authors([editor])
            editor = cleaned[0] if cleaned else ""
        art.editor = editor
        # A byline that only names the outlet ("CNN Indonesia", the publisher) names no author.
        brands = self._outlets(meta, portal)
        editor_key = editor.casefold()

        def only_editor(names: list[str]) -> bool:
            return bool(editor_key) and all(a.casefold() == editor_key for a in names)

        found_names = [
            names
            for authors in candidates
            if (names := [a for a in dict.fromkeys(clean_authors(authors, site_names=brands)) if a])
        ]
        if (not layout or not layout.authors) and all(map(only_editor, found_names)):
            layer = layer or data_layer_credits(self.page)
            names = [a for a in dict.fromkeys(clean_authors(layer.authors, brands)) if a]
            if names:
                found_names.append(names)
        # The editor the page names is not its author when another source names someone else
        # (CMSs put the account that published the story in JSON-LD `author`).
        chosen = next(
            (n for n in found_names if not only_editor(n)), found_names[0] if found_names else []
        )
        if chosen:
            art.authors = self._cleaner_meta_author(chosen, brands)

    def _outlets(self, meta: Metadata, portal: Portal | None) -> tuple[str, ...]:
        """Every name the outlet goes by: its profile's, then the page's own."""
        return (*(portal.site_names if portal else ()), *self._outlet_names(meta))

    def _outlet_names(self, meta: Metadata) -> list[str]:
        """The names the page gives its outlet: og:site_name, the JSON-LD publisher, the host."""
        publisher = self.page.article_jsonld.get("publisher")
        publishers = publisher if isinstance(publisher, list) else [publisher]
        names = [meta.site_name]
        names += [p.get("name", "") for p in publishers if isinstance(p, dict)]
        host = (urlsplit(self.page.url).hostname or "").removeprefix("www.")
        names.append(host.split(".")[0] if host.count(".") >= 1 else "")
        # Two letters are enough for a host ("dw.com": the initials of "Deutsche Welle").
        return [n for n in names if isinstance(n, str) and len(n) >= 2]

    def _cleaner_meta_author(self, names: list[str], brands: tuple[str, ...]) -> list[str]:
        """meta[name=author] when it is the same person as the byline without the extras
        ("Andi Saputra, Wartawan Kompas" in the byline, "Andi Saputra" in the meta tag)."""
        meta_names = clean_authors([self.page.first_meta("author")], site_names=brands)
        if len(names) != 1 or len(meta_names) != 1:
            return names
        clean = meta_names[0]
        if clean != names[0] and clean.casefold() in names[0].casefold():
            return [clean]
        return names

    @staticmethod
    def _dateline(paragraphs: list[str], outlets: list[str], bold: Sequence[str]) -> Any:
        """The dateline opening the paragraph: as printed, or a bold run at its start that reads
        as one once given the dash it is printed without ("<b>Liputan6.com, Jakarta</b> …")."""
        if not paragraphs:
            return None
        found = parse_dateline(paragraphs[0], outlets=outlets)
        if found is not None:
            return found
        for lead in bold:
            if paragraphs[0].startswith(lead) and len(paragraphs[0]) > len(lead):
                found = parse_dateline(f"{lead.rstrip(' ,:')} - x", outlets=outlets)
                if found is not None:
                    return {**found, "raw": lead}
        return None

    def _section(
        self, meta: Metadata, layout: Layout | None, portal: Portal | None, headline: str
    ) -> str:
        """Metadata, the profile's selectors, the breadcrumb trail, then the URL (the profile's
        pattern, or a segment the page shows to be a section)."""
        section = meta.section.strip()
        if not is_section_name(section):
            section = ""
        if not section and layout:
            found = select_first(self.page.tree, layout.section, self._words)
            section = _text(found[-1]) if found else ""
        if not section:
            crumbs = select_first(self.page.tree, BREADCRUMB_LINKS, self._words)
            section = breadcrumb_section(self.page, headline, crumbs)
        if not section and portal:
            path = urlsplit(self.page.canonical or self.page.url).path
            m = re.match(portal.section_from_url, path)
            section = (m.group(1) or "") if m else ""
        elif not section:
            section = url_section(self.page)
        return section.strip()

    def _tags(
        self,
        meta: Metadata,
        layout: Layout | None,
        portal: Portal | None,
        headline: str,
        body_text: str,
        tag_list: Sequence[Link],
    ) -> list[str]:
        """Explicit metadata tags, else the page's tag widget (by selector, else the tag list the
        lists found), else <meta keywords> when no tag widget is on the page and the keywords
        are topics, not a sentence split into words; never the site's own name or host
        ("kabarwarga, kabarwarga.com": no topic of the story)."""
        tags = list(meta.tags)
        if not tags:
            selectors = layout.tags if layout and layout.tags else GENERIC_TAGS
            tags = clean_tags(
                _text(el) for el in select_first(self.page.tree, selectors, self._words)
            )
            if not tags:
                tags = clean_tags(link["title"] for link in tag_list)
            if not tags:
                keywords = list(meta.keywords)
                description = meta.description
                if keywords_look_like_tags(keywords, headline, description):
                    # A site-wide list (Blogger themes: "berita politik, kriminal, …") names topics
                    # the story mostly never mentions; an article's own keywords it mostly does.
                    text = f"{headline}\n{body_text}".casefold()
                    tags = clean_tags(keywords)
                    if sum(k.casefold() in text for k in tags) * 4 < len(tags):
                        tags = []
        return without_outlets(tags, self._outlets(meta, portal))

    def _dateline_and_lead(
        self,
        art: Article,
        meta: Metadata,
        portal: Portal | None,
        bold: Sequence[str] = (),
        after_image: frozenset[str] | set[str] = frozenset(),
    ) -> None:
        # The site's own names let "Tanggamus, Kabar Pesisir –" read as place + outlet.
        outlets = [*(portal.site_names if portal else ()), meta.site_name]
        art.dateline = self._dateline(art.paragraphs[:1], outlets, bold)
        first_is_caption = bool(art.paragraphs) and art.paragraphs[0] in after_image
        if art.dateline is None and len(art.paragraphs) > 1 and first_is_caption:
            # A photo's caption printed before the dateline is no part of the story: the story
            # opens where its dateline is.
            dateline = self._dateline(art.paragraphs[1:2], outlets, bold)
            if dateline is not None:
                caption = art.paragraphs.pop(0)
                if art.images and not art.images[0]["caption"]:
                    art.images[0]["caption"] = caption
                art.body = "\n\n".join(art.paragraphs)
                art.content_hash = hashlib.sha256(art.body.encode("utf-8")).hexdigest()
                art.dateline = dateline
        first = art.paragraphs[0] if art.paragraphs else ""
        lead = first[len(art.dateline["raw"]) :].lstrip() if art.dateline else first
        description = meta.description
        art.lead = (lead or description).strip()


_NEXT_DATA = etree.XPath('//script[@id="__NEXT_DATA__"]/text()')


def _join_pages(
    target: HtmlElement, further: list[Page], layout: Layout | None, *, embedded: bool
) -> int:
    """Append the story blocks of the further pages to the first page's last container, in order;
    a block repeating text already there (a page past the end serving the last one again, a
    summary box on every page) is left out. Returns how many further pages added text."""
    seen = {body_mod.norm(child.text_content()) for child in target}
    added = 0
    for page in further:
        grew = False
        if embedded or (layout and layout.embedded):
            found = embedded_body(page)
            containers = [found] if found is not None else []
        else:
            containers = select_first(page.tree, layout.body) if layout else []
        if not containers:
            found = body_mod.find_container(page.tree)
            containers = [found] if found is not None else []
        for container in containers:
            if container.text and container.text.strip():  # text before the first child
                lead = lxml.html.Element("p")
                lead.text = container.text
                container.insert(0, lead)
            for child in container:
                text = body_mod.norm(child.text_content()) if isinstance(child.tag, str) else ""
                if text and text in seen:
                    continue
                seen.add(text)
                grew = grew or bool(text)
                target.append(copy.deepcopy(child))
        added += grew
    return added


def embedded_body(page: Page) -> HtmlElement | None:
    """The article as data when the visible page has none: the longest HTML string in Next.js
    `__NEXT_DATA__` (Jawa Pos: props.pageProps.article.content), else JSON-LD `articleBody`
    (paragraphs split at line breaks), as an element the body step can read."""
    best = ""
    for raw in _NEXT_DATA(page.tree)[:1]:
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        for value in _strings(data):
            if "<p" in value and len(value) > len(best):
                best = value
    if not best:
        text = page.article_jsonld.get("articleBody")
        if isinstance(text, str) and len(text) >= MIN_BODY_CHARS:
            best = "".join(
                f"<p>{html_escape(line)}</p>" for line in text.splitlines() if line.strip()
            )
    if not best:
        return None
    try:
        return lxml.html.fragment_fromstring(best, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def _strings(data: Any, depth: int = 0) -> Iterator[str]:
    if depth > 12:
        return
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value, depth + 1)


_LABEL = re.compile(r"^(?:penulis|editor|pewarta|reporter|oleh|by|jurnalis)\s*:?\s+", re.IGNORECASE)
_DATE_START = re.compile(
    r"(?:senin|selasa|rabu|kamis|jum.?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|\d{1,4}[ /.-]\s*\w)",
    re.IGNORECASE,
)
_DATE_END = re.compile(
    r"(?<![\d.])\d{1,2}[:.]\d{2}(?::\d{2})?(?![\d.])(?:\s*(?:WIB|WITA|WIT|GMT|UTC)\b)?",
    re.IGNORECASE,
)


# Short visible texts holding a year and a clock: candidates for the displayed publication time.
# Texts of 10-90 characters with what _LOOKS_DATED needs (a "19"/"20" and a ":" or "."), tested
# in libxml2: a page has hundreds of short texts and few are dated.
_SHORT_DATED = (
    "text()[(contains(., '20') or contains(., '19')) and (contains(., ':') or contains(., '.'))"
    " and string-length(normalize-space(.)) > 9 and string-length(normalize-space(.)) < 90]"
)
_DATED_TEXT = etree.XPath("//body//" + _SHORT_DATED)
# Real pages show a few dozen dated lines (lists of related stories with their times).
MAX_DATED_TEXTS = 500
_LOOKS_DATED = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d).*?(?<!\d)[0-2]?\d[:.][0-5]\d(?!\d)")


_SCOPED_MACHINE_DATES = etree.XPath(
    ".//abbr[contains(@class,'published') or contains(@class,'updated')]/@title"
    " | .//time[@datetime]/@datetime"
)
# Short texts of the story's own block holding a year and a clock.
_DATED_TEXT_IN = etree.XPath(".//" + _SHORT_DATED)


def _story_scope(container: HtmlElement) -> HtmlElement | None:
    """The block a story's own dates sit in: the container's <article> (or <main>) ancestor,
    else the container's grandparent (headline and date line usually sit just above it)."""
    if container.tag in ("article", "main"):
        return container
    for ancestor in container.iterancestors("article", "main"):
        return ancestor
    parent = container.getparent()
    grand = parent.getparent() if parent is not None else None
    if grand is not None and grand.tag not in ("body", "html"):
        return grand
    return parent if parent is not None and parent.tag not in ("body", "html") else None


def _page_machine_dates(page: Page) -> list[str]:
    """//abbr[contains(@class,'published') or contains(@class,'updated')]/@title |
    //time[@datetime]/@datetime, in document order, from the page's tag index."""
    values: list[str] = []
    for el in page.elements("abbr", "time"):
        if el.tag == "abbr":
            classes = el.get("class") or ""
            value = el.get("title") if "published" in classes or "updated" in classes else None
        else:
            value = el.get("datetime")
        if value is not None:
            values.append(value)
    return values


def _machine_date(page: Page, shown: list[HtmlElement], scope: HtmlElement | None = None) -> Any:
    """A machine-readable date behind the display: the shown element's own attribute, else the
    first abbr.published/abbr.updated title or time[datetime] of the story's block, else of
    the page."""
    values = [
        v
        for el in shown
        for el2 in (el, *el.iterancestors("abbr", "time"), *el.iter("abbr", "time"))
        for v in (el2.get("datetime"), el2.get("title"))
        if v
    ]
    if not values and scope is not None:
        values = [str(v) for v in _SCOPED_MACHINE_DATES(scope)[:2]]
    values = values or _page_machine_dates(page)[:2]
    for value in values:
        found = parse_date(value)
        if found is not None:
            return found
    return None


def _same_minute(shown: ParsedDate, published: ParsedDate) -> bool:
    if not published.has_time:
        return shown.value.date() == published.value.date()
    return abs(shown.value - published.value).total_seconds() < 60


# The label of the update time a date line prints after the publication time.
_UPDATE_LABEL = re.compile(
    r"\b(?:diperbarui|diperbaharui|pembaruan(?: terakhir)?|update(?:d)?|last updated|"
    r"aktualisiert|mis à jour)\b\s*(?:pada\s+|on\s+|am\s+|le\s+)?[:：]?\s*",
    re.IGNORECASE,
)


def trim_shown_date(text: str) -> str:
    """The date as printed, without bylines, labels, view counts or the update time around it:
    "Natasha Oktalia, Jurnalis · Kamis 09 Juli 2020 07:26 WIB" -> "Kamis 09 Juli 2020 07:26 WIB"."""
    update = _UPDATE_LABEL.search(text)
    if update is not None and update.start() > 0:
        text = text[: update.start()]  # the publication's date, not the update's after it
    start = _DATE_START.search(text)
    if start is None:
        return text.strip()
    # Drop a byline or section before a "·"/"|" separator; keep labels such as "Kompas.com -".
    cut = max(text.rfind("·", 0, start.start()), text.rfind("|", 0, start.start()))
    if cut >= 0:
        text = text[cut + 1 :]
    ends = list(_DATE_END.finditer(text))
    if ends:
        text = text[: ends[-1].end()]
    return text.strip(" |-·,")


def _byline(elements: list[HtmlElement]) -> tuple[list[str], str]:
    """What byline elements say, line by line ("Pewarta: A<br>Editor: B" is author A and editor
    B, not one author): the lines' values without their labels, and the first editor's."""
    names: list[str] = []
    editor = ""
    for el in elements:
        for line in body_mod.text_lines(el):
            credit = body_mod.CREDIT.match(line)
            if credit and (credit.group("label") or "").lower() in body_mod.EDITOR_LABELS:
                editor = editor or _label_value(credit.group("value"))
            else:
                names.append(_label_value(line))
    return names, editor


def _label_value(text: str) -> str:
    return _LABEL.sub("", text.lstrip(": ")).strip()


def _text(el: HtmlElement) -> str:
    return body_mod.norm(el.text_content())


def _first_title(page: Page) -> str:
    """page.tree.findtext(".//title") or "": the first <title>'s text."""
    first = next((el for el in page.elements("title") if el is not page.tree), None)
    return (first.text or "") if first is not None else ""


def _url_day(page: Page) -> date | None:
    found = date_from_url(page.canonical or page.url)
    return found.value.date() if found else None


def _canonical_url(page: Page) -> str:
    """The canonical URL unless it is a bare home page while the fetched URL is an article's."""
    canonical = page.canonical
    if not canonical or (_bare(canonical) and not _bare(page.url)):
        return page.url
    return canonical


def _bare(url: str) -> bool:
    return urlsplit(url).path.strip("/") == ""


def _site(page: Page, portal: Portal | None) -> str:
    """The host the article belongs to: the canonical URL's host (pages may be served elsewhere)."""
    canonical_host = urlsplit(_canonical_url(page)).hostname or ""
    fetched_host = urlsplit(page.url).hostname or ""
    if canonical_host and (portal is None or portal.owns_host(canonical_host)):
        return canonical_host
    return fetched_host or canonical_host


def _images(meta: Metadata, found: list[Image]) -> list[Image]:
    """The page's images once each: metadata images first, then those of the body, the same
    photo in several sizes (resized copies on a CDN, "-300x200" thumbnails) kept once with the
    first caption found for it."""
    images: list[Image] = []
    by_key: dict[str, Image] = {}  # by URL, and by the photo's name across its sizes

    def add(url: str, caption: str) -> None:
        key = image_key(url)
        match = by_key.get(url) or (by_key.get(key) if key else None)
        if match is not None:
            match["caption"] = match["caption"] or caption
            return
        image: Image = {"url": url, "caption": caption}
        images.append(image)
        by_key[url] = image
        if key:
            by_key.setdefault(key, image)

    for image in meta.images:
        if image["url"]:
            add(image["url"], image["caption"])
    for image in found:
        if image["url"]:
            add(image["url"], image["caption"])
        elif images and not images[0]["caption"]:
            images[0]["caption"] = image["caption"]
    return images


def _captions_from_page(page: Page, images: list[Image]) -> None:
    """Captions for the record's images that have none, from where the page prints the photo
    (a profile's container, or the generic one, may leave the lead photo and its caption out)."""
    wanted = {image_key(i["url"]) or i["url"]: i for i in images if not i["caption"]}
    if not wanted:
        return
    # A photo's key opens its file name (lower case), or is its URL when the name is too
    # generic to be one: the file name's opening, a cheap test before image_key.
    needles = tuple({key.rsplit("/", 1)[-1][:8] for key in wanted})

    def key_of(src: str) -> str | None:
        low = src.lower()
        if not any(n in low or n in src for n in needles):
            return None
        # (a generic name is matched by the whole URL: "/foto/banjir.jpg" as the record has it)
        return image_key(src) or page.absolute(src)

    for img in _IMGS(page.tree):
        src = body_mod.image_src(img)
        if not src:
            continue
        key = key_of(src)
        image = wanted.get(key) if key else None
        if image is None or image["caption"]:
            continue
        image["caption"] = body_mod.caption_of(img)
    # Galleries and lightboxes carry the caption in data attributes beside the photo's URL
    # (KLY's <div data-image=… data-description=…>, <a href=photo.jpg data-caption=…>).
    for el in dict.fromkeys(value.getparent() for value in _CAPTION_VALUES(page.tree)):
        src = el.get("data-image") or el.get("data-src") or el.get("href") or ""
        key = key_of(src) if src else None
        image = wanted.get(key) if key else None
        if image is None or image["caption"]:
            continue
        caption = body_mod.norm(el.get("data-caption") or el.get("data-description") or "")
        if len(caption) <= body_mod.CAPTION_CHARS:
            image["caption"] = caption


_IMGS = etree.XPath("//img")
# The elements with either attribute, in document order, each once (an element with both has
# its two values side by side): read as attributes, a third of the time the same test of every
# element takes (//*[@data-caption or @data-description]).
_CAPTION_VALUES = etree.XPath("//@data-caption | //@data-description", smart_strings=True)
_SIZE_TOKEN = re.compile(
    r"(?:[-_.@](?:\d{2,4}x\d{2,4}|\d{2,4}w|w\d{2,4}|\dx|scaled|thumb(?:nail)?|small|medium|large|"
    r"crop(?:ped)?))+(?=\.\w{3,4}$)",
    re.IGNORECASE,
)
_IMAGE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)$", re.IGNORECASE)


def image_key(url: str) -> str:
    """What stays the same across the sizes of one photo: its file name without size marks
    ("foto-300x200.jpg" and "foto.jpg"; ".../673x379/.../original/foto.jpg" and
    ".../377x286/.../original/foto.jpg"); "" when the name is too generic to tell."""
    path = urlsplit(url).path
    name = path.rsplit("/", 1)[-1]
    if not _IMAGE_EXT.search(name):
        return ""
    name = _SIZE_TOKEN.sub("", name).lower()
    stem = _IMAGE_EXT.sub("", name)
    if len(stem) < 8 or (stem.isdigit() and len(stem) < 10):
        return ""
    return name


_BYLINE_SEP = re.compile(r"\s*[·|•]\s*|\s+-\s+")


def _drop_date_lines(paragraphs: list[str], shown: str) -> tuple[list[str], list[str]]:
    """Short lines among the first few that carry the displayed date are page furniture
    ("Yohanes Kaleka · Jumat, 20 Nov 2026 | 10:05 WITA"); what precedes the date is a byline."""
    if not shown or len(shown) < 8:
        return paragraphs, []
    kept: list[str] = []
    bylines: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        at = paragraph.find(shown)
        if i < 4 and at >= 0 and len(paragraph) <= len(shown) + 80:
            before = _BYLINE_SEP.split(paragraph[:at].strip(" ·|•-,"))
            # "Erstellt: 28.04.2023", "Stand: …": a label before the date names no author.
            bylines.extend(part for part in before if part and not part.endswith(":"))
            continue
        kept.append(paragraph)
    return kept, bylines


def _drop_headline(paragraphs: list[str], headline: str) -> list[str]:
    """Containers sometimes include the h1; the headline is not a body paragraph."""
    key = headline.casefold()
    return [p for p in paragraphs if p.casefold() != key]


# An article's URL ends in a slug of words or carries a numeric story id.
_ARTICLE_SLUG = re.compile(r"[^/]*[a-z0-9][-_][a-z0-9]+[-_][a-z0-9]+[-_][a-z0-9][^/]*/?$|\d{5,}")


def _jsonld_types(page: Page) -> set[str]:
    types: set[str] = set()
    for obj in page.jsonld:
        value = obj.get("@type")
        types.update([value] if isinstance(value, str) else [v for v in value or [] if v])
    return {t for t in types if isinstance(t, str)}


def _claims_article(page: Page, meta: Metadata, published: ParsedDate | None) -> bool:
    """Whether the page says it is one story: an article type in JSON-LD, og:type article, or
    an article-shaped URL (a date or a slug or story id) with a publication date. Such a page
    yields a record even when its text is short (a photo story, a video with a caption)."""
    if any(is_article_type(t) for t in _jsonld_types(page)):
        return True
    if page.first_meta("og:type").lower().startswith("article"):
        return True
    path = urlsplit(page.canonical or page.url).path.lower()
    shaped = date_from_url(page.url) is not None or bool(_ARTICLE_SLUG.search(path))
    return shaped and (published is not None or bool(meta.published))


# Path words that name a photo or video section ("/foto/", "/video/", "foto-…" slugs).
_PHOTO_WORDS = frozenset(
    {"foto", "fotos", "photo", "photos", "gallery", "galleries", "galeri", "galeria", "fotogalerie",
     "bildergalerie", "slideshow", "pictures", "in-pictures"}
)  # fmt: skip
_VIDEO_WORDS = frozenset({"video", "videos", "vidio", "tv", "watch", "tonton"})
_LIVE_SEGMENTS = frozenset({"live", "liveblog", "live-blog", "live-updates", "live-news"})
# Below this much text a page with photo or video signals is that kind of story.
SHORT_STORY_CHARS = 600


def _no_text(page: Page, reason: str) -> NotAnArticle:
    """The refusal of a page without the story's text: a consent or cookie dialog, when the
    page shows one, is why (looked for only here, on the way out)."""
    if any(body_mod.is_dialog(el) for el in page.tree.iter(etree.Element)):
        reason = "a consent or cookie wall, no article text"
    return NotAnArticle(f"{reason} at {page.url}")


def story_kind(page: Page, text_chars: int, images: int) -> ArticleKind:
    """article, photo, video or live: from the page's own types, og:type and URL words; photo
    and video only when the text is short (an article may embed a video or a gallery)."""
    types = _jsonld_types(page)
    path = urlsplit(page.canonical or page.url).path.lower()
    segments = [s for s in path.split("/") if s]
    if "LiveBlogPosting" in types or any(s in _LIVE_SEGMENTS for s in segments):
        return "live"
    og_type = page.first_meta("og:type").lower()
    if og_type.startswith("video"):
        return "video"
    if text_chars >= SHORT_STORY_CHARS:
        return "article"
    words = {w for s in segments for w in (s, *re.split(r"[-_.]", s)[:1])}
    if words & _VIDEO_WORDS or ("VideoObject" in types and not any(map(is_article_type, types))):
        return "video"
    if words & _PHOTO_WORDS or "ImageGallery" in types or images >= 3:
        return "photo"
    return "article"


def _looks_like_listing(page: Page, meta: Metadata) -> bool:
    """Home, index, tag and search pages: a bare path or listing path with no article markup."""
    paths = {
        urlsplit(page.url).path.lstrip("/"),
        urlsplit(page.canonical or page.url).path.lstrip("/"),
    }
    article_signals = bool(page.article_jsonld) or page.first_meta(
        "article:published_time", "pubdate", "datepublished", "publishdate"
    )
    og_type = page.first_meta("og:type").lower()
    if all(_LISTING_PATH.match(p) for p in paths) and not (
        article_signals and og_type == "article"
    ):
        return True
    return og_type == "website" and not article_signals and all(p.count("/") <= 1 for p in paths)
