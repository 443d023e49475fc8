"""Smaller profiles: CNN Indonesia, IDN Times, BeritaSatu, VIVA, Gelora (Blogger)."""

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
            drop=(".linksisip", ".paradetail", "[id^='div-gpt-ad']", ".newstag", ".end-of-article"),
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

PORTALS = (CNN, IDNTIMES, BERITASATU, VIVA, GELORA)
