"""Okezone (MNC): {kanal}.okezone.com/read/YYYY/MM/DD/{sectionId}/{articleId}/{slug}.

Not every *.okezone.com host is Okezone's own newsroom: mpi.okezone.com republishes SINDOnews.
"""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

KANALS = ("news", "nasional", "economy", "bola", "sports", "celebrity", "women", "lifestyle",
          "techno", "otomotif", "muslim", "edukasi", "travel", "megapolitan", "health")  # fmt: skip
_DROP = (
    "#baca-juga",
    ".baca-juga",
    ".vicon",
    "div[class^='inject-']",
    "[class^='banner']",
    "#paging",
    ".paging",
    ".detail-tag",
    "#tag",
)

LAYOUTS = (
    Layout(
        version="v3",
        valid_from=date(2021, 6, 1),
        detect=(".c-detail.read",),
        headline=(".title-article h1",),
        published=(".journalist span",),
        authors=(".journalist a[title]",),
        body=(".c-detail.read",),
        drop=_DROP,
        tags=("#tag .box-tag a",),
        page_count=("#paging .box-nomor a.nomor",),
    ),
    Layout(
        version="v2",
        valid_from=date(2018, 1, 1),
        valid_until=date(2021, 5, 31),
        detect=("#contentx.read", ".namerep"),
        headline=(".title h1", "h1"),
        published=(".namerep",),
        authors=(".namerep b", ".namerep a"),
        body=("#contentx",),
        drop=_DROP,
        tags=(".detail-tag a", "#tag a"),
    ),
    Layout(
        version="v1",
        valid_until=date(2017, 12, 31),
        detect=("#contentx.dtlnews", ".detail-page"),
        headline=(".titles h1", ".detail-page h1"),
        published=(".meta-post time", ".meta-post"),
        authors=(".nmreporter div", ".meta-post .author"),
        body=("#contentx",),
        drop=_DROP,
    ),
)

SITES = tuple(
    Site(
        name=f"okezone-{kanal}",
        host=f"{kanal}.okezone.com",
        sources=(
            Source("index", f"https://{kanal}.okezone.com/indeks/{{date:%Y/%m/%d}}/{{page}}"),
        ),
    )
    for kanal in KANALS
)

PORTAL = Portal(
    name="okezone",
    hosts=r"(?!mpi\.)(?:[\w-]+\.)?okezone\.com",
    article_url=r"^https?://(?!mpi\.)[\w-]+\.okezone\.com/read/\d{4}/\d{2}/\d{2}/\d+/\d+/[\w-]+",
    sites=(
        Site(
            name="okezone",
            host="www.okezone.com",
            sources=(
                Source("sitemap", "https://www.okezone.com/sitemap.xml"),
                Source("news_sitemap", "https://www.okezone.com/news/sitemap.xml"),
            ),
        ),
        *SITES,
    ),
    title_suffixes=("Okezone", "Okezone News", "Okezone Economy", "Okezone Lifestyle"),
    site_names=("Okezone", "okezone.com"),
    brands=("okezone",),
    outlet_spellings=("Okezone.com",),
    dateline_outlets=("Okezone",),
    list_hints=(("#baca-juga", "baca_juga"),),
    layouts=LAYOUTS,
    all_pages_query="page=all",
    section_from_url=r"^/read/\d{4}/\d{2}/\d{2}/(\d+)/",
)
PORTALS = (PORTAL,)
