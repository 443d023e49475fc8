"""Jawa Pos (jawapos.com): /{category}/{10-digit id starting YYMMDD}/{slug}; Next.js since 2023."""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

PORTAL = Portal(
    name="jawapos",
    hosts=r"(?:www\.)?jawapos\.com",
    # /{category}/{10-digit id starting YYMMDD}/{slug}
    article_url=r"^https?://(?:www\.)?jawapos\.com/[\w-]+/\d{10}/[\w-]+",
    sites=(
        Site(
            "jawapos",
            "www.jawapos.com",
            (Source("index", "https://www.jawapos.com/indeks"),),
        ),
    ),
    title_suffixes=("JawaPos.com", "Jawa Pos"),
    site_names=("JawaPos.com", "Jawa Pos"),
    brands=("jawapos",),
    outlet_spellings=("JawaPos.com",),
    layouts=(
        # Next.js (2023-): props.pageProps.article holds title, content HTML, naive
        # published_at (WIB), authors, editor, category and tags; no NewsArticle JSON-LD.
        Layout(
            version="next1",
            valid_from=date(2023, 1, 1),
            detect=("script#__NEXT_DATA__",),
            headline=("article h1", "h1"),
            embedded=True,
        ),
        # Before Next.js: read__* markup.
        Layout(
            version="v1",
            valid_until=date(2022, 12, 31),
            detect=(".read__content",),
            headline=("h1.read__title",),
            published=(".read__info__date",),
            authors=(".read__info__author",),
            body=(".read__content",),
            drop=("[class^='read__others']",),
            section=(".breadcrumb__wrap a",),
        ),
    ),
)
PORTALS = (PORTAL,)
