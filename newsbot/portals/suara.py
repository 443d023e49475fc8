"""Suara.com network (Arkadia): www and every regional site, incl. the old SuaraXxx.id brands.

Article URLs encode the publish time: /{kanal}/YYYY/MM/DD/HHMMSS/slug (regional kanal "read").
Four template generations (portals.md §1.3), newest first.
"""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

# Regional sites as {region}.suara.com, with the brand each printed as SuaraXxx.id.
REGIONS = {
    "jakarta": "SuaraJakarta.id",
    "bogor": "SuaraBogor.id",
    "bekaci": "SuaraBekaci.id",
    "jabar": "SuaraJabar.id",
    "jogja": "SuaraJogja.id",
    "jateng": "SuaraJawaTengah.id",
    "malang": "SuaraMalang.id",
    "jatim": "SuaraJatim.id",
    "bali": "SuaraBali.id",
    "lampung": "SuaraLampung.id",
    "banten": "SuaraBanten.id",
    "surakarta": "SuaraSurakarta.id",
    "kaltim": "SuaraKaltim.id",
    "kalbar": "SuaraKalbar.id",
    "sulsel": "SuaraSulsel.id",
    "sumut": "SuaraSumut.id",
    "sumbar": "SuaraSumbar.id",
    "sumsel": "SuaraSumsel.id",
    "batam": "SuaraBatam.id",
    "riau": "SuaraRiau.id",
}
# Launch-era brand domains (2020) that now redirect to {region}.suara.com.
OLD_BRAND_HOSTS = "|".join(
    sorted({brand.lower().removesuffix(".id") for brand in REGIONS.values()} | {"suarapontianak"})
)

_DROP = (
    ".ten-second",
    ".article-read",
    "#next-article",
    "[id*='div-ad']",
    ".placeholder_belt",
    ".placeholder_read_body",
    ".wrap-pagination",
    ".pagination-custom",
    ".article-tags",
    ".google-pref",
    "p[class*='baca-juga']",
    ".kesimpulan",
    ".tag-header",
)

LAYOUTS = (
    Layout(
        version="v4",
        valid_from=date(2025, 1, 1),
        detect=("div.article-content",),
        headline=(".article-image h1", "h1"),
        published=(".article-image span", "//span[contains(., 'WIB')]"),
        # The byline links the editor to /author/ and reporters to /reporter/ (JSON-LD lists
        # both as `author`; dataLayer `articleEditor` names the /author/ one).
        authors=(
            ".author-trigger a[href*='/reporter/']",
            ".author-trigger a",
            ".article-image h3 a",
        ),
        editor=(".author-trigger a[href*='/author/']", ".editor-name"),
        body=("div.article-content", "article.detail-content", "div.detail-content"),
        drop=_DROP,
        tags=(".article-tags a",),
        section=(".breadcrumb a", ".breadcrumb li"),
        page_count=(".pagination-custom",),
    ),
    Layout(
        version="v3",
        valid_from=date(2023, 1, 1),
        valid_until=date(2024, 12, 31),
        detect=("article.detail-content.detail-berita", "div.head-writer-date"),
        headline=("div.info h1", "h1"),
        published=("div.head-writer-date .date", "//span[contains(., 'WIB')]"),
        # The writer box prints the editor first, then the reporter, then the outlet link.
        authors=("div.head-writer-date div.writer span:nth-of-type(2)",),
        editor=("div.head-writer-date div.writer span:first-of-type", ".editor-name"),
        body=("article.detail-content.detail-berita", "article.detail-content"),
        drop=_DROP,
        tags=("div.tag-header ul.list-tag li a[title]",),
        page_count=(".pagination-custom",),
    ),
    Layout(
        version="v2",
        valid_from=date(2021, 1, 1),
        valid_until=date(2022, 12, 31),
        detect=("article.detail-content",),
        headline=(".article-image h1", "h1"),
        published=(".date-article span", ".article-image span"),
        authors=(".article-image h3 a",),
        editor=(".editor-name",),
        body=("article.detail-content",),
        drop=_DROP,
        tags=(".article-tags a",),
        page_count=(".pagination-custom",),
    ),
    Layout(
        version="v1",
        valid_until=date(2020, 12, 31),
        detect=(".content-article",),
        headline=(".title h1", ".detail h1", "h1"),
        published=(".dateDetail .fr time", ".detail--info span"),
        authors=(".dateDetail .fl author",),
        body=(".content-article",),
        drop=_DROP,
        tags=(".tagList a",),
    ),
)


def _regional(region: str) -> Site:
    host = f"{region}.suara.com"
    return Site(
        name=f"suara-{region}",
        host=host,
        sources=(
            Source("news_sitemap", f"https://{host}/static/news/{region}-sitemap.xml"),
            Source("index", f"https://{host}/indeks?page={{page}}", max_pages=20),
        ),
    )


SITES = (
    Site(
        name="suara",
        host="www.suara.com",
        sources=(
            Source("news_sitemap", "https://www.suara.com/sitemap_news.xml"),
            Source("sitemap", "https://www.suara.com/sitemap.xml"),
            Source("rss", "https://www.suara.com/rss"),
            Source("index", "https://www.suara.com/indeks?page={page}", max_pages=20),
        ),
    ),
    *(_regional(region) for region in REGIONS),
)

PORTAL = Portal(
    name="suara",
    hosts=rf"(?:[\w-]+\.)?suara\.com|(?:www\.)?(?:{OLD_BRAND_HOSTS})\.id",
    article_url=r"^https?://[^/]*suara[a-z]*\.(?:com|id)/(?:amp/)?[\w-]+/20\d\d/\d\d/\d\d/\d{6}/[\w-]+",
    sites=SITES,
    title_suffixes=("Suara.com",),
    site_names=("Suara.com", *REGIONS.values()),
    brands=(r"suara\w*",),
    outlet_spellings=("Suara.com",),
    camel_prefix="suara",
    # The AI summary box ("Kesimpulan") inside v4 stories.
    noise_classes=frozenset({"kesimpulan"}),
    # v4's "Baca Juga" box has no heading of its own.
    list_hints=((".article-read", "baca_juga"),),
    layouts=LAYOUTS,
    all_pages_query="page=all",
    # Regional sites put every story under /read/: that is no section.
    section_from_url=r"^/(?:amp/)?(?!read/)([a-z0-9-]+)/20\d\d/",
    # AMP copies live under /amp/ (portals.md: "AMP variant: /amp/read/...").
    url_variants=((r"^(https?://[^/]+)/amp/", r"\1/"),),
)
PORTALS = (PORTAL,)
