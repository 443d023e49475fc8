"""Pikiran Rakyat Media Network (PRMN): {sub}.pikiran-rakyat.com/{section}/pr-{digits}/{slug}."""

from __future__ import annotations

from newsbot.portals.base import Layout, Portal, Site, Source

SUBSITES = ("www", "galamedia", "bekasi", "klaten", "jabar", "zonajakarta", "portaljember")

PORTAL = Portal(
    name="pikiranrakyat",
    hosts=r"(?:[\w-]+\.)?pikiran-rakyat\.com",
    article_url=r"^https?://(?:[\w-]+\.)?pikiran-rakyat\.com/[\w-]+/pr-\d+/[\w-]+",
    sites=tuple(
        Site(
            name="pikiranrakyat" if sub == "www" else f"pikiranrakyat-{sub}",
            host=f"{sub}.pikiran-rakyat.com",
            sources=(
                Source("sitemap", f"https://{sub}.pikiran-rakyat.com/sitemap.xml"),
                Source("rss", f"https://{sub}.pikiran-rakyat.com/rss"),
            ),
        )
        for sub in SUBSITES
    ),
    title_suffixes=("Pikiran Rakyat", "pikiran-rakyat.com", "Zona Jakarta", "Portal Jember"),
    site_names=("Pikiran Rakyat", "Zona Jakarta", "Portal Jember", "Galamedia"),
    brands=(r"pikiran[- ]rakyat",),
    layouts=(
        Layout(
            version="v1",
            detect=("article.read__content", "div.read__article"),
            headline=("h1.read__title",),
            published=(".read__info__date",),
            authors=(".read__info__author a",),
            body=("article.read__content", "div[itemprop=articleBody]"),
            drop=(".read__paging", ".paging", ".baca-juga", ".ads"),
            tags=(".tag__article__item a", ".tag a"),
            page_count=(".paging__item",),
        ),
    ),
    all_pages_query="page=all",
    section_from_url=r"^/([a-z0-9-]+)/pr-",
)
PORTALS = (PORTAL,)
