"""Tempo (tempo.co, en.tempo.co): /read/{id}/{slug} (older) and /{section}/{slug}-{id} (newer).

No saved Tempo article page exists in ../shared (only 2015 listing pages): the selectors are the
ones public scrapers use and fall back on the generic body finder when they miss.
"""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

PORTAL = Portal(
    name="tempo",
    hosts=r"(?:[\w-]+\.)?tempo\.co",
    article_url=r"^https?://(?:[\w-]+\.)?tempo\.co/(?:read/\d+/[\w/-]+|[\w-]+/[\w-]+-\d{5,})",
    sites=(
        Site(
            name="tempo",
            host="www.tempo.co",
            sources=(
                Source("rss", "https://rss.tempo.co/nasional"),
                Source("sitemap", "https://www.tempo.co/sitemap.xml"),
            ),
        ),
        Site(
            name="tempo-en", host="en.tempo.co", sources=(Source("rss", "https://rss.tempo.co/en"),)
        ),
    ),
    title_suffixes=("Tempo.co", "TEMPO.CO", "tempo.co", "Tempo English"),
    site_names=("Tempo", "Tempo.co", "TEMPO.CO"),
    brands=("tempo",),
    outlet_spellings=("Tempo.co",),
    dateline_outlets=("Tempo", "TEMPO"),
    layouts=(
        # 2024 redesign (Next.js/Tailwind): the story is split over repeated #content-wrapper
        # blocks with ads and a "Scroll ke bawah" box between them; a trailing "Pilihan Editor:"
        # link; article:published_time holds the display string "26 November 2026 | 13.20 WIB".
        Layout(
            version="v2",
            valid_from=date(2024, 1, 1),
            detect=("#content-wrapper",),
            headline=("article h1", "h1"),
            published=("//article/p[contains(@class,'text-neutral-900')]",),
            authors=("//article//a[contains(@href,'/penulis/')][normalize-space()]",),
            body=("#content-wrapper",),
            drop=("./p[starts-with(normalize-space(.),'Pilihan Editor')]",),
            tags=("//article//a[starts-with(@href,'/tag/')]",),
            section=("//article/span[contains(@class,'text-primary-main')]/a",),
        ),
        Layout(
            version="v1",
            valid_until=date(2023, 12, 31),
            detect=("#isi", ".detail-konten", "div[itemprop=articleBody]"),
            headline=("h1.title", "h1"),
            published=("p.date", "time"),
            authors=(".author a", "[itemprop=author]"),
            body=("#isi", ".detail-konten", "div[itemprop=articleBody]"),
            drop=(".bacajuga", ".baca-juga", ".ads", ".iklan"),
            tags=(".tags a",),
        ),
    ),
)
PORTALS = (PORTAL,)
