"""Safe, namespace-agnostic XML reading shared by the sitemap and feed parsers."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from lxml import etree

from newsbot.discovery.models import Listing

# Sitemaps may be 50 MB uncompressed; a bigger document is refused rather than parsed, and a
# gzipped one is decompressed in pieces, so a small bomb is refused before it fills memory.
MAX_XML_BYTES = 60 * 1024 * 1024
# A sitemap holds at most 50,000 URLs (sitemaps.org); entries beyond are skipped and counted.
MAX_ENTRIES = 50_000


class XmlError(ValueError):
    """The document is not readable XML (the message says why, in one line)."""


def load_xml(body: bytes | str) -> tuple[etree._Element, str]:
    """Parse XML without network access or entity expansion; gunzip .gz bodies.

    Returns the root and, for a document that is not well-formed but partly recoverable (truncated
    downloads, stray `&`), a one-line description of the damage; raises XmlError when nothing is.
    """
    data = body.encode("utf-8", "replace") if isinstance(body, str) else body
    if data[:2] == b"\x1f\x8b":
        data = gunzip(data, MAX_XML_BYTES)
    if len(data) > MAX_XML_BYTES:
        raise XmlError(f"document is {len(data) / 1e6:.0f} MB, over the limit")
    if not data.strip():
        raise XmlError("empty document")
    try:
        return etree.fromstring(data.strip(), parser=_parser(recover=False)), ""
    except etree.XMLSyntaxError as exc:
        damage = f"not well-formed XML ({exc})"
    try:
        root = etree.fromstring(data.strip(), parser=_parser(recover=True))
    except etree.XMLSyntaxError as exc:
        raise XmlError(damage) from exc
    if root is None:
        raise XmlError(damage)
    return root, damage


def _parser(*, recover: bool) -> etree.XMLParser:
    """No entities, no network, no comments: feeds and sitemaps are untrusted input."""
    return etree.XMLParser(
        recover=recover, resolve_entities=False, no_network=True, remove_comments=True
    )


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data (concatenated members too), refusing output over `limit` bytes."""
    out: list[bytes] = []
    size = 0
    while data:
        inflater = zlib.decompressobj(wbits=31)
        pending = data
        while not inflater.eof:
            try:
                chunk = inflater.decompress(pending, 1024 * 1024)
            except zlib.error as exc:
                raise XmlError(f"bad gzip data: {exc}") from exc
            size += len(chunk)
            if size > limit:
                raise XmlError(f"gzip data inflates past {limit / 1e6:.0f} MB, over the limit")
            out.append(chunk)
            pending = inflater.unconsumed_tail
            if not chunk and not pending and not inflater.eof:
                raise XmlError("bad gzip data: truncated")
        data = inflater.unused_data
        if data[:2] != b"\x1f\x8b":
            break  # trailing garbage after the last member, as gzip(1) tolerates
    return b"".join(out)


def read_listing(
    body: bytes | str, url: str, kind: str, read: Callable[[etree._Element, str], Listing]
) -> Listing:
    """Load an XML document and `read` it into a Listing; a damaged document keeps what could be
    recovered and says so in `Listing.error`, an unreadable one is only an error."""
    try:
        root, damage = load_xml(body)
    except XmlError as exc:
        return Listing(kind, error=f"malformed {kind} {url}: {exc}")
    listing = read(root, url)
    if damage and not listing.error:
        listing.error = (
            f"malformed {kind} {url}: {damage} ({len(listing.entries)} entries recovered)"
        )
    return listing


# An absolute http(s) URL whose host part holds nothing urllib could refuse ([ ] @ : % spaces).
_PLAIN_URL = re.compile(r"https?://[A-Za-z0-9.-]+(?:[/?#][^\s]*)?\Z")


def entry_url(base: str, loc: str) -> str:
    """The absolute http(s) URL an entry names, or "" for anything else (`http://[::1`, file:)."""
    loc = loc.strip()
    if _PLAIN_URL.match(loc):
        return loc  # the common case, without urllib's cost (half of an entry's)
    try:
        url = loc if loc.startswith(("http://", "https://")) else urljoin(base, loc)
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return ""
    return url if parts.scheme in {"http", "https"} and host else ""


def local(tag: object) -> str:
    """Tag name without its namespace ('{ns}loc' -> 'loc'); "" for comments and the like."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def children(node: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in node if local(c.tag) == name]


def first_children(node: etree._Element) -> dict[str, etree._Element]:
    """The first child element of each local name, read in one pass (entries are read often)."""
    found: dict[str, etree._Element] = {}
    for child in node:
        tag = child.tag
        if isinstance(tag, str):
            found.setdefault(tag.rpartition("}")[2], child)
    return found


def text_of(node: etree._Element | None) -> str:
    return "".join(node.itertext()).strip() if node is not None else ""


def child_text(node: etree._Element, *path: str) -> str:
    """Text of the first descendant following local names `path` (e.g. 'news', 'title')."""
    current = [node]
    for name in path:
        current = [c for n in current for c in children(n, name)]
        if not current:
            return ""
    return "".join(current[0].itertext()).strip()
