"""CNN Indonesia (Trans Media): www.cnnindonesia.com/{section}/{14-digit time}-{ids}/{slug}."""

from __future__ import annotations

from newsbot.portals.base import Layout, Portal, Site, Source

PORTAL = Portal(
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
    brands=("cnn",),
    dateline_outlets=("CNN Indonesia",),
    byline_suffixes=("cnn indonesia",),
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
PORTALS = (PORTAL,)
