"""kumparan (kumparan.com): /{channel or user}/{slug}-{11-character id}, React SSR."""

from __future__ import annotations

from newsbot.portals.base import Layout, Portal, Site, Source

PORTAL = Portal(
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
    brands=("kumparan",),
    dateline_outlets=("Kumparan", "kumparan"),
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
PORTALS = (PORTAL,)
