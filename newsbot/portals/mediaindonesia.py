"""Media Indonesia (Media Group): mediaindonesia.com/{section}/{id}/{slug}."""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

PORTAL = Portal(
    name="mediaindonesia",
    hosts=r"(?:www\.)?mediaindonesia\.com",
    article_url=r"^https?://(?:www\.)?mediaindonesia\.com/[\w-]+/\d+/[\w-]+",
    sites=(
        Site(
            name="mediaindonesia",
            host="mediaindonesia.com",
            sources=(
                Source("sitemap", "https://mediaindonesia.com/sitemap.xml"),
                Source("rss", "https://mediaindonesia.com/feed"),
            ),
        ),
    ),
    title_suffixes=("Media Indonesia", "mediaindonesia.com"),
    site_names=("Media Indonesia", "mediaindonesia.com"),
    brands=("media indonesia",),
    dateline_outlets=("Media Indonesia",),
    layouts=(
        Layout(
            version="v1",
            valid_from=date(2020, 1, 1),
            detect=("section.detail div.article",),
            headline=("section.detail h1", "h1"),
            published=(".post-header span.datetime", "span.datetime"),
            authors=(".info .author-2", ".post-header .author-2"),
            editor=(".info-author",),
            body=("section.detail div.article",),
            drop=(".info-author", ".baca-juga", ".ads", ".tag", ".share"),
            tags=(".tag a",),
        ),
    ),
    section_from_url=r"^/([a-z0-9-]+)/\d+/",
)
PORTALS = (PORTAL,)
