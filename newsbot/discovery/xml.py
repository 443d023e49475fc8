"""Safe, namespace-agnostic XML reading shared by the sitemap and feed parsers."""

from __future__ import annotations

import gzip
from collections.abc import Callable

from lxml import etree

from newsbot.discovery.models import Listing

# Sitemaps may be 50 MB uncompressed; a bigger document is refused rather than parsed.
MAX_XML_BYTES = 60 * 1024 * 1024


class XmlError(ValueError):
    """The document is not readable XML (the message says why, in one line)."""


def load_xml(body: bytes | str) -> tuple[etree._Element, str]:
    """Parse XML without network access or entity expansion; gunzip .gz bodies.

    Returns the root and, for a document that is not well-formed but partly recoverable (truncated
    downloads, stray `&`), a one-line description of the damage; raises XmlError when nothing is.
    """
    data = body.encode("utf-8") if isinstance(body, str) else body
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise XmlError(f"bad gzip data: {exc}") from exc
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


def local(tag: object) -> str:
    """Tag name without its namespace ('{ns}loc' -> 'loc')."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def children(node: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in node if local(c.tag) == name]


def child_text(node: etree._Element, *path: str) -> str:
    """Text of the first descendant following local names `path` (e.g. 'news', 'title')."""
    current = [node]
    for name in path:
        current = [c for n in current for c in children(n, name)]
        if not current:
            return ""
    return "".join(current[0].itertext()).strip()
