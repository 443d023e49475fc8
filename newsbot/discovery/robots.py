"""Politeness beyond robots.txt: a page's own META robots tags and X-Robots-Tag headers.

`noindex` means the publisher wants the page kept out of indexes (newsbot does not store it);
`nofollow` means its links are not to be followed; `none` is both. Directives scoped to another
robot (`X-Robots-Tag: googlebot: noindex`, `<meta name="googlebot">`) do not apply to newsbot.
Only the document head is read, with a bounded scan (no HTML parse: this runs before extraction).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

AGENTS = frozenset({"robots", "newsbot"})
_AGENT_BYTES = tuple(agent.encode() for agent in AGENTS)
# META tags belong in <head>; a page whose head is longer than this is read only this far.
HEAD_BYTES = 512 * 1024
MAX_META_TAGS = 2000
MAX_TAG_BYTES = 4000
_ATTR = re.compile(rb"""([a-z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_HEAD_END = re.compile(rb"</head\s*>|<body\b", re.IGNORECASE)
_KNOWN = frozenset(
    {
        "all",
        "none",
        "noindex",
        "nofollow",
        "index",
        "follow",
        "noarchive",
        "nosnippet",
        "notranslate",
        "noimageindex",
        "indexifembedded",
        "max-snippet",
        "max-image-preview",
        "max-video-preview",
        "unavailable_after",
        "noodp",
        "noydir",
    }
)


def parse_directives(text: str) -> set[str]:
    """`noindex, NoFollow` -> {"noindex", "nofollow"}; `none` expands to both."""
    found: set[str] = set()
    for part in text.split(","):
        word = part.strip().lower().split(":", 1)[0].strip()
        if word == "none":
            found |= {"noindex", "nofollow"}
        elif word:
            found.add(word)
    return found


def header_directives(values: Iterable[bytes | str]) -> set[str]:
    """Directives of X-Robots-Tag header values that apply to newsbot (unscoped or scoped to it)."""
    found: set[str] = set()
    for raw in values:
        value = raw.decode("latin-1") if isinstance(raw, bytes) else raw
        scope, sep, rest = value.partition(":")
        name = scope.strip().lower()
        if sep and name not in _KNOWN and " " not in name and "," not in name:
            if name not in AGENTS | {"*"}:
                continue  # for another robot
            value = rest
        found |= parse_directives(value)
    return found


def meta_directives(html: bytes | str) -> set[str]:
    """Directives of <meta name="robots|newsbot" content="…"> tags in the page head."""
    data = html.encode("utf-8", "replace") if isinstance(html, str) else html
    data = data[:HEAD_BYTES]
    head_end = _HEAD_END.search(data)
    if head_end is not None:
        data = data[: head_end.start()]
    found: set[str] = set()
    lowered = data.lower()
    start = lowered.find(b"<meta")
    for _ in range(MAX_META_TAGS):
        if start < 0:
            break
        end = lowered.find(b">", start, start + MAX_TAG_BYTES)
        if end < 0:
            start = lowered.find(b"<meta", start + 5)
            continue
        tag, lowered_tag = data[start + 5 : end], lowered[start + 5 : end]
        start = lowered.find(b"<meta", end)
        if not any(agent in lowered_tag for agent in _AGENT_BYTES):
            continue  # og:, twitter:, charset, viewport: most of a head's tags, never parsed
        attrs = {
            m.group(1).lower(): (m.group(2) or m.group(3) or m.group(4) or b"")
            for m in _ATTR.finditer(tag)
        }
        name = attrs.get(b"name", b"").decode("latin-1").strip().lower()
        if name in AGENTS and b"content" in attrs:
            found |= parse_directives(attrs[b"content"].decode("latin-1"))
    return found


def page_directives(html: bytes | str, x_robots_tag: Iterable[bytes | str] = ()) -> frozenset[str]:
    """Every robots directive that applies to newsbot for one fetched page."""
    return frozenset(header_directives(x_robots_tag) | meta_directives(html))
