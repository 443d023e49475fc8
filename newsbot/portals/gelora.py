"""Gelora News (gelora.co): a Blogger site, /{YYYY}/{MM}/{slug}.html."""

from __future__ import annotations

from newsbot.portals.base import Layout, Portal, Site, Source

PORTAL = Portal(
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
PORTALS = (PORTAL,)
