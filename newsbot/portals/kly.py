"""KLY (Kapanlagi Youniverse, Emtek): Liputan6, Merdeka, KapanLagi, Bola.com, Bola.net, Fimela,
Otosia, Dream. One Portal per brand: their templates differ, their CMS lineage is shared.

Liputan6 and Merdeka serve multi-page articles pre-merged in one response (portals.md §13.3).
"""

from __future__ import annotations

import re
from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

_DROP = (
    ".baca-juga-collections",
    ".baca-juga",
    ".article-ad",
    ".advertisement-text",
    ".advertisement-placeholder",
    ".bg-primary-50",
    ".article-content-body__item-title",
    ".read-page--related",
    "blockquote.twitter-tweet",
    "blockquote.instagram-media",
    ".detail-img",
    ".mdk-news-img",
)
# The "today." AMP-like reader shared by Liputan6 and Merdeka in 2022.
TODAY = Layout(
    version="today",
    valid_from=date(2022, 1, 1),
    detect=("div.infinite-box.detail-paragraph",),
    headline=("#detail-headline h1", "#detail-headline h2"),
    published=("#detail-headline span.time",),
    body=("div.infinite-box.detail-paragraph",),
    drop=_DROP,
    parallel=True,
)
# Their "Baca Juga" boxes carry no heading.
_LIST_HINTS = (("[class*='baca-juga-collections']", "baca_juga"),)

LIPUTAN6 = Portal(
    name="liputan6",
    hosts=r"(?:[\w-]+\.)?liputan6\.com",
    article_url=r"^https?://(?:[\w-]+\.)?liputan6\.com/(?:[\w-]+/)?read/\d+/[\w-]+",
    sites=(
        Site(
            name="liputan6",
            host="www.liputan6.com",
            sources=(
                Source("rss", "https://feed.liputan6.com/rss/news"),
                Source("sitemap", "https://www.liputan6.com/sitemap.xml"),
            ),
        ),
    ),
    title_suffixes=("Liputan6.com",),
    site_names=("liputan6.com", "Liputan6.com", "today.liputan6.com"),
    brands=("liputan6",),
    outlet_spellings=("Liputan6.com",),
    list_hints=_LIST_HINTS,
    layouts=(
        Layout(
            version="v2",
            valid_from=date(2018, 1, 1),
            detect=(".article-content-body", ".article-raw-content"),
            headline=("h1.article-header__title", "h1.read-page--header--title"),
            published=(".article-header__datetime", "time.read-page--header--author__datetime"),
            authors=(".article-header__author-name", ".read-page--header--author__name"),
            body=(
                ".article-content-body .article-raw-content",
                ".article-content-body__item-content",
            ),
            drop=_DROP,
            tags=(".tags--snippet__name", ".article-tags a"),
        ),
        Layout(
            version="v1",
            valid_until=date(2017, 12, 31),
            detect=(".read-page__content-body",),
            headline=("h1.read-page--header__title", "h1"),
            published=("time.read-page--header__datetime",),
            authors=(".read-page--header--author__name",),
            body=(".read-page__content-body [id^='multi-page-']", ".read-page__content-body"),
            drop=_DROP,
            tags=(".tags--snippet__name",),
        ),
        TODAY,
    ),
    section_from_url=r"^/([a-z0-9-]+)/read/",
)

MERDEKA = Portal(
    name="merdeka",
    hosts=r"(?:[\w-]+\.)?merdeka\.com",
    article_url=r"^https?://(?:[\w-]+\.)?merdeka\.com/(?:[\w-]+/)+(?:read/\d+/)?[\w-]+(?:\.html)?$",
    sites=(
        Site(
            name="merdeka",
            host="www.merdeka.com",
            sources=(
                Source("rss", "https://www.merdeka.com/feed/"),
                Source("sitemap", "https://www.merdeka.com/sitemap.xml"),
            ),
        ),
    ),
    title_suffixes=("merdeka.com", "Merdeka.com"),
    site_names=("merdeka.com", "today.merdeka.com"),
    brands=("merdeka",),
    outlet_spellings=("Merdeka.com",),
    list_hints=_LIST_HINTS,
    layouts=(
        Layout(
            version="v3",
            valid_from=date(2023, 1, 1),
            detect=(".articles-content__body",),
            headline=("h1.articles-content__title",),
            published=(".articles-content__date",),
            authors=("[data-tracking=author_name]",),
            body=(".articles-content__body",),
            drop=_DROP,
            tags=(".tags-articles__list a",),
        ),
        Layout(
            version="v2",
            valid_until=date(2022, 12, 31),
            detect=("div.mdk-body-paragraph", "#mdk-news-detail"),
            headline=("div.mdk-dt-headline h1", "#mdk-news-detail h1", "h1"),
            published=(".mdk-date-reporter span", ".date-post"),
            authors=(
                "//div[contains(@class,'mdk-date-reporter')]//a[contains(@href,'/reporter/')]",
            ),
            body=("div.mdk-body-paragraph", "#detail_news .deskrip-right", "div.deskrip-right"),
            drop=(*_DROP, ".mdk-tag-contg", ".mdk-date-reporter", ".mdk-nav-paging"),
            tags=(".mdk-tag-contg a", ".tag__list a"),
        ),
        TODAY,
    ),
    section_from_url=r"^/([a-z0-9-]+)/",
)


def _brand(name: str, host: str, brand: str, word: str) -> Portal:
    domain = host.removeprefix("www.")
    escaped = re.escape(domain)
    return Portal(
        name=name,
        hosts=rf"(?:[\w-]+\.)?{escaped}",
        article_url=rf"^https?://(?:[\w-]+\.)?{escaped}/(?:[\w-]+/)*(?:read/)?\d+/[\w-]+|\.html$",
        sites=(
            Site(name=name, host=host, sources=(Source("sitemap", f"https://{host}/sitemap.xml"),)),
        ),
        title_suffixes=(brand,),
        site_names=(brand, domain),
        brands=(word,) if word else (),
        list_hints=_LIST_HINTS,
        layouts=(
            Layout(
                version="v1",
                detect=(".article-content-body", ".body-paragraph", ".entri-content"),
                headline=("h1.article-header__title", "h1"),
                published=(".article-header__datetime", "time"),
                authors=(".article-header__author-name",),
                body=(
                    ".article-content-body .article-raw-content",
                    ".body-paragraph",
                    ".entri-content",
                ),
                drop=_DROP,
            ),
        ),
    )


PORTALS = (
    LIPUTAN6,
    MERDEKA,
    _brand("kapanlagi", "www.kapanlagi.com", "KapanLagi.com", "kapanlagi"),
    _brand("bola-com", "www.bola.com", "Bola.com", r"bola\.com"),
    _brand("bola-net", "www.bola.net", "Bola.net", r"bola\.net"),
    _brand("fimela", "www.fimela.com", "Fimela.com", "fimela"),
    _brand("otosia", "www.otosia.com", "Otosia.com", ""),
    _brand("dream", "www.dream.co.id", "Dream.co.id", "dream"),
)
