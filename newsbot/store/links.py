"""The canonical form of a linked URL, so link-list entries join the articles they point to.

Portals link to the same story in many spellings: with click trackers (`utm_*`, `fbclid`), as an
AMP or mobile copy, with `?page=all`. `canonical_link` removes what only tracks the click and
resolves copies with the owning portal's rules (`Portal.canonical_url`); the store keeps both the
URL as seen and this form, and matches the latter against stored and fetched article URLs.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

if TYPE_CHECKING:
    from newsbot.portals.base import Portal

__all__ = ["canonical_link", "link_host", "link_portal"]

# Parameters that record where a click came from, on any site.
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_[ce]id|_ga|_gl"
    r"|ref_src|cmpid|spm)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def canonical_link(url: str) -> str:
    """`url` without click trackers or fragment, host in lower case, AMP/mobile copies resolved
    by the portal that owns the host; a URL that is not http(s) comes back stripped only."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    scheme, netloc = parts.scheme.lower(), parts.netloc.lower()
    if scheme not in ("http", "https") or not netloc or "@" in netloc:
        return url
    host, _, port = netloc.partition(":")
    if port in ("80", "443") and (scheme, port) in (("http", "80"), ("https", "443")):
        netloc = host
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(key, value) for key, value in pairs if not _TRACKING.match(key)])
    clean = urlunsplit((scheme, netloc, parts.path or "/", query, ""))
    portal = _portal(host)
    return portal.canonical_url(clean) if portal is not None else clean


@lru_cache(maxsize=4096)
def link_host(url: str) -> str:
    """The host of a (canonical) link, lower case, "" when it has none."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


@lru_cache(maxsize=4096)
def link_portal(url: str) -> str:
    """The portal family owning the link's host ("" for a host no profile knows)."""
    portal = _portal(link_host(url))
    return portal.name if portal is not None else ""


@lru_cache(maxsize=1024)
def _portal(host: str) -> Portal | None:
    from newsbot.portals import portal_for_host

    return portal_for_host(host) if host else None
