"""Smaller profiles: CNN Indonesia, IDN Times, Jawa Pos, Kumparan, BeritaSatu, VIVA, Gelora (Blogger)."""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

CNN = Portal(
    name="cnnindonesia",
    hosts=r"(?:www\.)?cnnindonesia\.com",
    article_url=r"^https?://(?:www\.)?cnnindonesia\.com/[\w-]+/\d{14}-\d+-\d+/[\w-]+",
    sites=(
        Site(
            name="cnnindonesia",
            host="www.cnnindonesia.com",
            sources=(
                Source("rss", "https://www.cnnindonesia.com/nasional/rss"),
                Source("index", "https://www.cnnindonesia.com/indeks?page={page}"),
            ),
        ),
    ),
    title_suffixes=("CNN Indonesia",),
    site_names=("CNN Indonesia", "cnnindonesia.com"),
    layouts=(
        Layout(
            version="v1",
            detect=(".detail-text",),
            headline=("h1",),
            published=(".detail__date", ".date", "div.text-cnn_grey"),
            body=(".detail-text",),
            drop=(
                ".linksisip",
                ".paradetail",
                "[id^='div-gpt-ad']",
                ".newstag",
                ".end-of-article",
                ".//p[starts-with(normalize-space(.),'[Gambas:')]",
            ),
            # The "TOPIK TERKAIT" aside after the story.
            tags=(
                (
                    "//aside[.//div[contains(@class,'title-box')][contains(.,'TOPIK TERKAIT')]]"
                    "//a[contains(@href,'/tag/')]"
                ),
            ),
            section=(".breadcrumb a",),
        ),
    ),
)

IDNTIMES = Portal(
    name="idntimes",
    hosts=r"(?:[\w-]+\.)?idntimes\.com",
    # /{category}/{subcategory}/{slug}-{2 digits}-{5 chars}-{6 chars}; older regional
    # /news/{region}/{author-slug}/{slug}(/{page}).
    article_url=r"^https?://(?:[\w-]+\.)?idntimes\.com/(?:[\w-]+/){1,3}[\w-]+-\d{2}-[a-z0-9]{5}-[a-z0-9]{6}"
    r"|^https?://[a-z]+\.idntimes\.com/news/[a-z]+/[\w-]+/[\w-]{20,}",
    sites=(
        Site(
            "idntimes",
            "www.idntimes.com",
            (Source("sitemap", "https://www.idntimes.com/sitemap.xml"),),
        ),
    ),
    title_suffixes=(
        "IDN Times",
        *(
            f"IDN Times {r}"
            for r in (
                "Lampung",
                "Jabar",
                "Jateng",
                "Jatim",
                "Bali",
                "Sumut",
                "Sulsel",
                "Sumsel",
                "Kaltim",
                "NTB",
                "Jogja",
            )
        ),
    ),
    site_names=("IDN Times",),
    layouts=(
        Layout(
            version="v2",
            valid_from=date(2025, 1, 1),
            detect=("#article-description",),
            headline=("h1[data-testid='title-article']",),
            published=("[data-testid='publish-date-article'] time",),
            authors=("[data-testid^='author-article']",),
            body=("#article-description",),
            drop=("[data-testid^='ads']", "[id^='div-gpt-ad']"),
            tags=("#tag-list a",),
            section=("[data-testid^='breadcrumbs-']",),
        ),
    ),
    section_from_url=r"^/([a-z-]+)/",
)

JAWAPOS = Portal(
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
            valid_until=date(2023, 12, 31),
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

KUMPARAN = Portal(
    name="kumparan",
    hosts=r"(?:www\.)?kumparan\.com",
    # /{channel or user}/{slug}-{11-character id}
    article_url=r"^https?://(?:www\.)?kumparan\.com/[\w-]+/[\w-]+-[0-9][0-9A-Za-z]{10}(?:$|[?#/])",
    sites=(
        Site(
            "kumparan",
            "kumparan.com",
            (Source("sitemap", "https://kumparan.com/sitemap.xml"),),
        ),
    ),
    title_suffixes=("kumparan.com", "kumparan"),
    site_names=("kumparan", "kumparan.com"),
    layouts=(
        # React SSR: story paragraphs are direct children of <article>, marked data-qa-id; the
        # byline names the channel (kumparanNEWS), the writer is in JSON-LD; dates in UTC.
        Layout(
            version="v1",
            detect=("p[data-qa-id='story-paragraph']",),
            headline=("h1[data-qa-id='story-title']",),
            published=("time[data-qa-id='publish-date']",),
            body=("article",),
            drop=(
                "header[data-qa-id='story-author']",
                "figure",
                "aside",
                "footer[data-qa-id='story-footer']",
            ),
            tags=("a[data-qa-id='tag-topic']",),
        ),
    ),
    section_from_url=r"^/([\w-]+)/",
)

BERITASATU = Portal(
    name="beritasatu",
    hosts=r"(?:www\.)?beritasatu\.com",
    article_url=r"^https?://(?:www\.)?beritasatu\.com/(?:[\w-]+/)+\d+/[\w-]+",
    sites=(
        Site(
            "beritasatu",
            "www.beritasatu.com",
            (Source("sitemap", "https://www.beritasatu.com/sitemap.xml"),),
        ),
    ),
    title_suffixes=("BeritaSatu.com", "beritasatu.com"),
    site_names=("beritasatu.com", "BeritaSatu"),
    layouts=(
        Layout(
            version="v1",
            detect=("div.story",),
            headline=("h1",),
            published=("p.editor",),
            body=("div.story:not(.caption-dtp)",),
        ),
    ),
    section_from_url=r"^/[\w-]+/([a-z-]+)/\d+/",
)

VIVA = Portal(
    name="viva",
    hosts=r"(?:[\w-]+\.)?viva\.co\.id",
    article_url=r"^https?://(?:[\w-]+\.)?viva\.co\.id/(?:[\w-]+/)+\d+-[\w-]+",
    sites=(
        Site(
            "viva",
            "www.viva.co.id",
            (Source("index", "https://www.viva.co.id/indeks?page={page}"),),
        ),
    ),
    title_suffixes=("VIVA", "viva.co.id"),
    site_names=("VIVA", "viva.co.id"),
    layouts=(
        Layout(
            version="v1",
            detect=(".main-content-detail", "#article-detail-content"),
            headline=("h1",),
            body=(".main-content-detail", "#article-detail-content"),
        ),
    ),
)

GELORA = Portal(
    name="gelora",
    hosts=r"(?:www\.)?gelora\.co",
    article_url=r"^https?://(?:www\.)?gelora\.co/\d{4}/\d{2}/[\w-]+\.html",
    sites=(
        Site(
            "gelora", "www.gelora.co", (Source("rss", "https://www.gelora.co/feeds/posts/default"),)
        ),
    ),
    site_names=("Gelora News",),
    title_suffixes=("Gelora News",),
    layouts=(
        Layout(
            version="blogger",
            detect=(".post-body",),
            headline=("h1.post-title", "h3.post-title"),
            published=(".date-header", "abbr.published"),
            body=(".post-body",),
        ),
    ),
    section_from_url=r"^$",
)

PORTALS = (CNN, IDNTIMES, JAWAPOS, KUMPARAN, BERITASATU, VIVA, GELORA)
