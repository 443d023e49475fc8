"""ANTARA (antaranews.com and regional {r}.antaranews.com): /berita/{id}/{slug}.

ANTARA prints a notice against automated crawling without written permission on its pages:
crawl it only with permission (see portals.md §15); extraction still reads saved pages.
"""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

REGIONS = (
    "jateng", "jabar", "jogja", "bali", "jatim", "megapolitan", "mataram", "gorontalo",
    "papuabarat", "sultra", "manado", "sulteng", "makassar", "aceh", "bengkulu", "kepri", "banten",
    "lampung", "kalteng", "kaltim", "kalsel", "kalbar", "kalut", "kupang", "ambon", "babel",
    "jambi", "sumsel", "riau", "sumbar", "sumut", "papua",
)  # fmt: skip
_DROP = (".baca-juga", ".text-muted", ".quote_old", "p.date", ".mt10", ".adsbygoogle")

LAYOUTS = (
    Layout(
        version="v2",
        valid_from=date(2019, 1, 1),
        detect=(".wrap__article-detail-content", ".post-content"),
        headline=(".wrap__article-detail-title", "h1.post-title", "h1"),
        # The info row lists the category first and the date last.
        published=(
            "time[itemprop=datePublished]",
            (
                "(//div[contains(@class,'wrap__article-detail-info')]"
                "//li[contains(@class,'list-inline-item')])[last()]"
            ),
        ),
        authors=(".text-muted.mt-2.small",),
        body=(".wrap__article-detail-content.post-content", ".post-content", "div.content-detail"),
        drop=_DROP,
        tags=(".blog-tags a", ".tags-wrapper a"),
        section=(".breadcrumbs__item a",),
    ),
    Layout(
        version="v1",
        valid_until=date(2018, 12, 31),
        detect=("#content_news",),
        headline=("h1.title", "h1"),
        published=(".bjbrt .date", ".date"),
        body=("#content_news",),
        drop=_DROP,
    ),
)


def _site(name: str, host: str) -> Site:
    return Site(
        name=name,
        host=host,
        sources=(
            Source("rss", f"https://{host}/rss/terkini.xml"),
            Source("index", f"https://{host}/terkini?page={{page}}"),
        ),
    )


SITES = (
    _site("antara", "www.antaranews.com"),
    *(_site(f"antara-{r}", f"{r}.antaranews.com") for r in REGIONS),
)

PORTAL = Portal(
    name="antara",
    hosts=r"(?:[\w-]+\.)?antaranews\.com",
    article_url=r"^https?://(?:[\w-]+\.)?antaranews\.com/(?:amp/)?berita/\d+/[\w-]+",
    sites=SITES,
    title_suffixes=("ANTARA News", "antaranews.com"),
    site_names=("ANTARA News", "Antara News", "antaranews.com"),
    brands=(r"antara(?:news)?",),
    dateline_outlets=(r"ANTARA(?: [A-Z][A-Za-z]+){0,2}",),
    sign_offs=("ant", "antara"),
    layouts=LAYOUTS,
    # AMP copies live under /amp/berita/ (portals.md).
    url_variants=((r"^(https?://[^/]+)/amp/", r"\1/"),),
)
PORTALS = (PORTAL,)
