"""Detik (detik.com): channel subdomains and regional paths (/jatim, /jateng …), /d-{id}/ articles."""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

_DROP = (
    ".noncontent",
    "table.linksisip",
    ".lihatjg",
    ".parallaxindetail",
    "[class*='ads-scrollpage']",
    "[id^='div-gpt-ad']",
    ".detail__body-tag",
    ".para_caption",
    ".detail__long-nav",
    # The video embed closing many stories: 'Simak Video "…"' then "[Gambas:Video 20detik]".
    ".//p[starts-with(normalize-space(.),'[Gambas:')]",
    ".//p[strong[starts-with(normalize-space(.),'Simak Video')]]",
)
LAYOUTS = (
    Layout(
        version="v2",
        valid_from=date(2019, 1, 1),
        detect=(".detail__body-text", ".itp_bodycontent"),
        headline=("h1.detail__title",),
        published=(".detail__date",),
        authors=(".detail__author",),
        body=(".detail__body-text", ".itp_bodycontent"),
        drop=_DROP,
        tags=(".detail__body-tag a", ".nav--tag a"),
        section=("div.page__breadcrumb a",),
    ),
    Layout(
        version="v1",
        valid_until=date(2018, 12, 31),
        detect=(".text_detail", "#detikdetailtext"),
        headline=(".content_detail h1", ".jdl h1"),
        published=(".content_detail .date", ".date"),
        authors=(".content_detail .author", ".author"),
        body=(".text_detail", "#detikdetailtext"),
        drop=(*_DROP, ".pic_artikel", ".lihatjg", "table"),
    ),
)

REGIONS = ("jatim", "jateng", "jabar", "sulsel", "sumut", "bali", "sumbagsel", "jogja")

SITES = (
    Site(
        name="detik",
        host="news.detik.com",
        sources=(
            Source("news_sitemap", "https://news.detik.com/berita/sitemap_news.xml"),
            Source("rss", "https://rss.detik.com/index.php/detikcom_nasional"),
            Source("index", "https://news.detik.com/indeks?page={page}&date={date:%m/%d/%Y}", 20),
        ),
    ),
    Site(
        name="detik-finance",
        host="finance.detik.com",
        sources=(
            Source("news_sitemap", "https://finance.detik.com/sitemap_news.xml"),
            Source("rss", "https://finance.detik.com/rss"),
        ),
    ),
    *(
        Site(
            name=f"detik-{region}",
            host="www.detik.com",
            sources=(Source("index", f"https://www.detik.com/{region}/indeks?page={{page}}"),),
        )
        for region in REGIONS
    ),
)

PORTAL = Portal(
    name="detik",
    hosts=r"(?:[\w-]+\.)?detik\.com",
    article_url=r"^https?://(?:[\w-]+\.)?detik\.com/.*(?:/d-\d+/|/read/\d{4}/\d{2}/\d{2}/)",
    sites=SITES,
    title_suffixes=("detikNews", "detikcom", "detikInet", "detikFinance"),
    site_names=("detikcom", "detikNews", "detikinet", "detikFinance", "detikSport"),
    brands=(r"detik\w*",),
    outlet_spellings=("detik.com",),
    dateline_outlets=("detikcom",),
    byline_suffixes=(r"detik\w*",),
    noise_classes=frozenset({"linksisip", "lihatjg", "noncontent", "parallaxindetail"}),
    list_hints=(("table.linksisip", "baca_juga"), (".lihatjg", "baca_juga")),
    layouts=LAYOUTS,
    all_pages_query="single=1",
    section_from_url=r"^/(?:(?:jatim|jateng|jabar|sulsel|sumut|bali|sumbagsel|jogja)/)?([a-z-]+)/",
)
PORTALS = (PORTAL,)
