"""VIVA (viva.co.id, VIVA Media): /{section}/.../{id}-{slug} on www and channel subdomains."""

from __future__ import annotations

from newsbot.portals.base import Layout, Portal, Site, Source

PORTAL = Portal(
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
    brands=("viva",),
    outlet_spellings=("VIVA.co.id",),
    dateline_outlets=(r"VIVA(?:\.co\.id|news)?",),
    layouts=(
        Layout(
            version="v1",
            detect=(".main-content-detail", "#article-detail-content"),
            headline=("h1",),
            body=(".main-content-detail", "#article-detail-content"),
        ),
    ),
)
PORTALS = (PORTAL,)
