"""Every layout version has a golden page (written by the project in that version's markup) and
its full expected record; extraction must give exactly that record, by that layout.

Regenerate with `tests/golden.py --write KEY` after a deliberate change, and review the diff."""

from __future__ import annotations

import pytest
from golden import FIXTURES, expected, extracted, layout_keys


def test_every_layout_has_a_golden_file() -> None:
    missing = [
        key
        for key in layout_keys()
        if not all(
            (FIXTURES / key / name).is_file() for name in ("page.html", "url.txt", "expected.json")
        )
    ]
    assert not missing, f"layouts without a golden page and record: {missing}"


def test_no_golden_file_without_a_layout() -> None:
    folders = {f"{p.parent.name}/{p.name}" for p in FIXTURES.glob("*/*") if p.is_dir()}
    assert folders <= set(layout_keys())


@pytest.mark.parametrize("key", layout_keys())
def test_golden_record(key: str) -> None:
    page = (FIXTURES / key / "page.html").read_text(encoding="utf-8")
    assert "written by the newsbot project" in page, "golden pages are the project's own"
    record = extracted(key)
    assert record["extractor"] == key, "the golden page must be read by its own layout"
    assert record == expected(key)
