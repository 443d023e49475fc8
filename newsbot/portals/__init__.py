"""Registry of portal families: which profile serves a URL, and every crawlable site by name.

One module per family (suara, kompas, tribun, …) defines `PORTALS`; this module only collects them.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from newsbot.portals.base import Layout, Portal, Site, Source

if TYPE_CHECKING:
    from newsbot.extract.page import Page

__all__ = [
    "Layout",
    "Portal",
    "Site",
    "Source",
    "all_portals",
    "all_sites",
    "find_site",
    "portal_for_host",
    "portal_for_page",
    "portal_for_url",
]

FAMILIES = (
    "suara",
    "kompas",
    "tribun",
    "detik",
    "antara",
    "kly",
    "okezone",
    "mediaindonesia",
    "tempo",
    "pikiranrakyat",
    "cnnindonesia",
    "idntimes",
    "jawapos",
    "kumparan",
    "beritasatu",
    "viva",
    "gelora",
)


@cache
def all_portals() -> list[Portal]:
    portals: list[Portal] = []
    for family in FAMILIES:
        module = importlib.import_module(f"newsbot.portals.{family}")
        portals.extend(module.PORTALS)
    return portals


def all_sites() -> list[tuple[Portal, Site]]:
    return [(portal, site) for portal in all_portals() for site in portal.sites]


def find_site(name: str) -> tuple[Portal, Site] | None:
    """A crawl target by its CLI name ("suara-lampung") or its host ("lampung.suara.com")."""
    key = name.strip().lower()
    for portal, site in all_sites():
        if key in (site.name, site.host, site.host.removeprefix("www.")):
            return portal, site
    return None


def portal_for_host(host: str) -> Portal | None:
    host = (host or "").lower().rstrip(".")
    if not host:
        return None
    for portal in all_portals():
        if portal.owns_host(host):
            return portal
    return None


def portal_for_url(url: str) -> Portal | None:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return portal_for_host(host)


def portal_for_name(site_name: str) -> Portal | None:
    """By brand as printed in og:site_name ("Tribun Solo", "SuaraJogja.id", "KOMPAS.com")."""
    key = "".join(site_name.lower().split())
    if not key:
        return None
    for portal in all_portals():
        for name in portal.site_names:
            if "".join(name.lower().split()) == key:
                return portal
    return None


def portal_for_page(page: Page, site_name: str = "") -> Portal | None:
    """The canonical URL first (demo copies are served on 127.0.0.1), then the fetched URL,
    then og:site_name."""
    return (
        portal_for_url(page.canonical)
        or portal_for_url(page.url)
        or portal_for_name(site_name or page.first_meta("og:site_name"))
    )
