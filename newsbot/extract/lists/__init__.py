"""Boilerplate link lists kept as data: Baca Juga, Berita Terkait, Tag, Terpopuler, Pilihan, Terkini, …

Detection is label-driven: a short element whose whole text names a list ("Terpopuler", "BERITA TERKAIT",
"Tags:") is a heading, and the links that follow it (inside the nearest enclosing block, up to the next
heading) are its items. Inline "Baca juga: <a>…</a>" blocks are found by their text prefix, and markup
whose label is an image or missing is found by the class/id hints in `HINTS`.

Widget edges: a tab label that is itself a link or button ("<a href='#pop'>MOST POPULAR</a>") takes the links of
the panel it targets; a widget ends at the next list heading or at the next title marked up like its own
("Foto Video Terkait" after "Baca Juga"), and an empty section/aside (a JS-filled box) never borrows the links
of the box after it. Unlabelled tag boxes are found by a tag-ish class whose links all go to tag pages. Links
through ad networks (`AD_HOSTS`) or off-site click redirects are sponsored content, not items, and end their widget.

Rule for empty lists: in HTML a heading with no links is not reported (an empty widget is indistinguishable
from a stray word); in text dumps (`newsbot.extract.text`) a visible heading with no items is kept as [].

The package: vocabulary.py (the words), index.py (the per-page walk), links.py (reading links),
detection.py (the passes); this module merges what they find.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from newsbot.extract.lists.detection import Found, scan
from newsbot.extract.lists.links import dedup_key
from newsbot.extract.lists.vocabulary import (
    INLINE_COLON_LABELS,
    INLINE_LABELS,
    LABELS,
    inline_label,
    label_key,
)
from newsbot.extract.page import Page
from newsbot.record import Link


def find_lists(
    page: Page, body: HtmlElement | None = None
) -> tuple[dict[str, list[Link]], list[HtmlElement]]:
    """One scan of the page: the lists (label -> ordered links) and the elements they came from.

    The elements (headings, inline blocks, widget items) are what body extraction must drop so no
    list title leaks into the body.
    """
    found_all = scan(page, body)
    return _merge_lists(found_all), _source_elements(found_all)


def extract_lists(page: Page, body: HtmlElement | None = None) -> dict[str, list[Link]]:
    """Label -> ordered links for every list on the page (inline Baca Juga in `body`, widgets anywhere)."""
    return _merge_lists(scan(page, body))


def list_elements(page: Page, body: HtmlElement | None = None) -> list[HtmlElement]:
    """The elements the lists came from (headings, inline blocks, widget items), to drop from the body."""
    return _source_elements(scan(page, body))


def _merge_lists(found_all: list[Found]) -> dict[str, list[Link]]:
    lists: dict[str, list[Link]] = {}
    seen_by_key: dict[str, set[str]] = {}  # one set per list (rebuilt per found, 20,000
    for found in found_all:  # "Baca Juga" lines took minutes)
        if not found.links and not found.empty_widget:
            continue
        target = lists.setdefault(found.key, [])
        seen = seen_by_key.setdefault(found.key, set())
        for link in found.links:
            if dedup_key(link) not in seen:
                seen.add(dedup_key(link))
                target.append(link)
    return lists


def _source_elements(found_all: list[Found]) -> list[HtmlElement]:
    out: dict[HtmlElement, None] = {}
    for found in found_all:
        if found.links:
            out.update(dict.fromkeys(found.elements))
    return list(out)


__all__ = [
    "INLINE_COLON_LABELS",
    "INLINE_LABELS",
    "LABELS",
    "extract_lists",
    "find_lists",
    "inline_label",
    "label_key",
    "list_elements",
]
