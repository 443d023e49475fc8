"""Shared check for the per-portal tests: extract a saved real page and compare hand-read fields."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from conftest import shared_page

from newsbot.extract import Paging, extract_pages
from newsbot.record import Article

PAGING = {f.name for f in fields(Paging)}


def check(path: str, url: str, **expected: Any) -> Article:
    """Fields given are compared exactly, except `first`/`last` (paragraph starts) and `dateline`
    (compared on its raw text); `pages`, `next_page_url` and `all_pages_url` with the paging
    extraction reports beside the record. Values were read off the saved page by a person."""
    extracted = extract_pages(shared_page(path), url)
    art = extracted.article
    assert art is not None
    first = expected.pop("first", None)
    last = expected.pop("last", None)
    dateline = expected.pop("dateline", None)
    if first is not None:
        assert art.paragraphs[0].startswith(first), art.paragraphs[0][:120]
    if last is not None:
        assert art.paragraphs[-1].startswith(last), art.paragraphs[-1][:120]
    if dateline is not None:
        assert art.dateline is not None
        assert art.dateline["raw"] == dateline
    for field, value in expected.items():
        assert getattr(extracted.paging if field in PAGING else art, field) == value, field
    return art
