"""BeritaSatu (beritasatu.com): /{section}/.../{id}/{slug}."""

from __future__ import annotations

from newsbot.portals.base import Layout, Portal, Site, Source

PORTAL = Portal(
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
    brands=("beritasatu",),
    dateline_outlets=("Beritasatu",),
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
PORTALS = (PORTAL,)
