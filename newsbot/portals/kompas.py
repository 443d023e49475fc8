"""Kompas.com (Kompas Gramedia): channel subdomains, city subdomains, /read/YYYY/MM/DD/{id}/{slug}."""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

_INDEX = "https://indeks.kompas.com/?site={site}&date={{date:%Y-%m-%d}}&page={{page}}"

LAYOUTS = (
    Layout(
        version="v2",
        valid_from=date(2017, 1, 1),
        detect=(".read__content",),
        headline=("h1.read__title", ".read__title"),
        published=(".read__time",),
        authors=(
            "//div[contains(@class,'credit-title-name')][h6[normalize-space()='Penulis']]/a",
            # 2024-26: the label box and the name box (credit-title-nameEditor) are siblings.
            (
                "//div[@class='credit-title'][.//h6[normalize-space()='Penulis']]"
                "//div[contains(@class,'credit-title-nameEditor')]"
            ),
            ".credit-title-name:not(.editor) a",
            "#penulis a",
        ),
        editor=(
            ".credit-title-name.editor",
            (
                "//div[@class='credit-title'][.//h6[normalize-space()='Editor']]"
                "//div[contains(@class,'credit-title-nameEditor')]"
            ),
        ),
        body=(".read__content",),
        drop=(
            "[class*='inject-baca-juga']",
            "[class*='kompasidRec']",
            ".ads-on-body",
            ".read__paging",
            ".paging",
        ),
        tags=(".tag__article__wrap a", ".tag__article__link"),
        section=(".breadcrumb__wrap a", ".breadcrumb__item a"),
        page_count=(".read__paging .paging__item", ".paging__item"),
    ),
    Layout(
        version="v1",
        valid_until=date(2016, 12, 31),
        detect=(".kcm-read-text",),
        headline=(".kcm-read-top h2", ".kcm-read-top h1"),
        published=(".kcm-date", ".kcm-read-top .msmall"),
        authors=(
            "//div[contains(@class,'kcm-read-copy')]//tr[td[1][normalize-space()='Penulis']]/td[2]",
        ),
        editor=(
            "//div[contains(@class,'kcm-read-copy')]//tr[td[1][normalize-space()='Editor']]/td[2]",
        ),
        body=(".kcm-read-text",),
        drop=(".kcm-read-copy", ".photo"),
    ),
)

CHANNELS = ("nasional", "regional", "megapolitan", "money", "tekno", "bola", "lifestyle", "edukasi")

SITES = (
    Site(
        name="kompas",
        host="www.kompas.com",
        sources=(
            Source("sitemap", "https://www.kompas.com/sitemap.xml"),
            Source("index", _INDEX.format(site="all"), max_pages=50),
        ),
    ),
    *(
        Site(
            name=f"kompas-{channel}",
            host=f"{channel}.kompas.com",
            sources=(Source("index", _INDEX.format(site=channel), max_pages=50),),
        )
        for channel in CHANNELS
    ),
)

PORTAL = Portal(
    name="kompas",
    hosts=r"(?:[\w-]+\.)?kompas\.com",
    article_url=r"^https?://[\w.-]*kompas\.com/(?:[\w-]+/)?read/\d{4}/\d{2}/\d{2}/\d+/[\w.-]+",
    sites=SITES,
    title_suffixes=("Kompas.com", "Halaman all"),
    site_names=("KOMPAS.com", "Kompas.com"),
    brands=("kompas",),
    outlet_spellings=("Kompas.com",),
    byline_suffixes=(r"kompas\.com",),
    organisations=("Kompas Cyber Media",),
    # The "Kompascom+" subscription prompt closing stories.
    boilerplate=(r"kompascom\+",),
    list_hints=(("[class*='inject-baca-juga']", "baca_juga"),),
    layouts=LAYOUTS,
    all_pages_query="page=all",
    section_from_url=r"^/(?:([a-z-]+)/)?read/",
    # Recommendation and source trackers (its robots.txt disallows them: portals.md).
    copy_params=("jxrecoid", "source"),
)
PORTALS = (PORTAL,)
