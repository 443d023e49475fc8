"""Work on hostile pages counted, not timed (issue 12, finding 3): a pass that asks the same
question of one big element once per line below it is quadratic, however fast the machine."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from hostile_shapes import URL, article, page

from newsbot.extract import extract_article
from newsbot.extract.lists import detection


def test_unlinked_baca_juga_lines_ask_their_container_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """100,000 "Baca Juga:" lines in the story's <div> took 33 s: each line's climb to a block
    with links searched (and read) the whole <div> again."""
    asked: Counter[tuple[int, str]] = Counter()
    real = detection.xpath

    def counting(el: Any, expr: str, **variables: str) -> list:
        asked[id(el), expr] += 1
        return real(el, expr, **variables)

    monkeypatch.setattr(detection, "xpath", counting)
    lines = "".join(f"<p>Baca Juga: Berita lain nomor {k}</p>" for k in range(3_000))
    record = extract_article(page(article() + lines), URL)
    assert len(record.paragraphs) == 6
    assert len(record.lists["baca_juga"]) == 3_000
    assert max(asked.values()) <= 2, asked.most_common(1)
