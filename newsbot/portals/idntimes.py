"""IDN Times: www and regional subdomains; /{category}/{subcategory}/{slug}-{id parts}."""

from __future__ import annotations

from datetime import date

from newsbot.portals.base import Layout, Portal, Site, Source

PORTAL = Portal(
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
    brands=(r"idn ?times",),
    dateline_outlets=("IDN Times",),
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
PORTALS = (PORTAL,)
