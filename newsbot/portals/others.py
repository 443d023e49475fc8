"""Smaller profiles: CNN Indonesia, BeritaSatu, VIVA, Gelora (Blogger)."""

from __future__ import annotations

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
            published=(".detail__date", ".date"),
            body=(".detail-text",),
            drop=(".linksisip", ".paradetail", "[id^='div-gpt-ad']", ".newstag", ".end-of-article"),
        ),
    ),
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

PORTALS = (CNN, BERITASATU, VIVA, GELORA)
