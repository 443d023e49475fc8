"""Tribun network (Kompas Gramedia): www/regional *.tribunnews.com and regional brand domains."""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

REGIONS = (
    "jabar", "bogor", "jogja", "jateng", "solo", "surabaya", "suryamalang", "bali", "aceh",
    "medan", "pekanbaru", "batam", "jambi", "palembang", "bangka", "lampung", "kaltara", "jatim",
    "travel",
)  # fmt: skip
BRANDS = ("tribunlampung", "tribunmanado", "tribunjambi", "tribunsolo", "tribunjakarta")

LAYOUTS = (
    Layout(
        version="v1",
        valid_from=date(2016, 1, 1),
        detect=("div.side-article.txt-article", ".txt-article"),
        headline=("h1#arttitle", "h1.f50", "#article h1"),
        published=("#article time", "div.mt10 time.grey", "time"),
        authors=("#penulis a", "#penulis"),
        editor=("#editor a", "#editor"),
        body=("div.side-article.txt-article", ".txt-article", ".multi-fontsize"),
        drop=(
            "blockquote.summary-article",
            "p.baca",
            ".baca",
            "div.ads-placeholder",
            ".paging",
            ".total-page",
        ),
        tags=("h5.tagcloud3 a", "div[itemprop=keywords] a"),
        section=(".breadcrumb a", "#bcrumb a"),
        page_count=(".paging a", ".total-page"),
    ),
)


def _site(name: str, host: str) -> Site:
    return Site(
        name=name,
        host=host,
        sources=(
            Source("news_sitemap", f"https://{host}/sitemap-news.xml"),
            Source("index", f"https://{host}/index-news?date={{date:%Y-%m-%d}}&page={{page}}"),
        ),
    )


SITES = (
    Site(
        name="tribun",
        host="www.tribunnews.com",
        sources=(
            Source("news_sitemap", "https://www.tribunnews.com/nasional/sitemap-news.xml"),
            Source("sitemap", "https://www.tribunnews.com/sitemap.xml"),
            Source(
                "index",
                "https://www.tribunnews.com/index-news?date={date:%Y-%m-%d}&page={page}",
                max_pages=10,
            ),
        ),
    ),
    *(_site(f"tribun-{region}", f"{region}.tribunnews.com") for region in REGIONS),
)

PORTAL = Portal(
    name="tribun",
    hosts=r"(?:[\w-]+\.)?tribunnews\.com|(?:[\w-]+\.)?(?:"
    + "|".join(BRANDS)
    + r")\.(?:com|co\.id)|(?:www\.)?tribun[a-z]+\.(?:com|co\.id)",
    article_url=r"^https?://[\w.-]*tribun[\w-]*\.(?:com|co\.id)/(?:[\w-]+/)*(?:\d{4}/\d{2}/\d{2}|\d{5,})/[\w-]+",
    sites=SITES,
    title_suffixes=("Tribunnews.com", "Halaman all"),
    site_names=(
        "Tribunnews.com",
        "Tribunnews",
        *(f"Tribun {region.title()}" for region in REGIONS),
        *(f"{brand.title()}.com" for brand in BRANDS),
    ),
    brands=(r"tribun\w*",),
    outlet_spellings=("Tribunnews.com",),
    # Inline "Baca juga" lines are <p class="baca">.
    list_hints=(("p.baca", "baca_juga"),),
    layouts=LAYOUTS,
    all_pages_query="page=all",
    # The flagship's mobile mirror (portals.md: m.tribunnews.com).
    url_variants=((r"^(https?://)m\.tribunnews\.com/", r"\1www.tribunnews.com/"),),
)
PORTALS = (PORTAL,)
