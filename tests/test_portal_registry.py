"""The portal registry as data: layouts ordered and dated without overlap, selectors that compile,
and generic extraction that names no portal (its knowledge lives in newsbot/portals)."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest
from cssselect import SelectorError
from lxml import etree

from newsbot.portals import all_portals
from newsbot.portals.base import Layout, Portal, compiled
from newsbot.portals.knowledge import _everyone

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = [(p, layout) for p in all_portals() for layout in p.layouts]


def _id(item: tuple[Portal, Layout]) -> str:
    return f"{item[0].name}/{item[1].version}"


@pytest.mark.parametrize("portal", all_portals(), ids=lambda p: p.name)
def test_generations_do_not_overlap_and_come_newest_first(portal: Portal) -> None:
    generations = [layout for layout in portal.layouts if not layout.parallel]
    for i, newer in enumerate(generations):
        for older in generations[i + 1 :]:
            assert not newer.overlaps(older), f"{portal.name}: {newer.version} / {older.version}"
            assert (newer.valid_from or newer.valid_until) is None or (
                (older.valid_until or older.valid_from) is not None
                and (older.valid_until or older.valid_from)
                < (newer.valid_from or newer.valid_until)
            ), f"{portal.name}: {older.version} listed before {newer.version}"
    # Readers served beside the generations are tried after them.
    kinds = [layout.parallel for layout in portal.layouts]
    assert kinds == sorted(kinds), portal.name


@pytest.mark.parametrize(("portal", "layout"), LAYOUTS, ids=[_id(x) for x in LAYOUTS])
def test_every_selector_compiles(portal: Portal, layout: Layout) -> None:
    assert layout.selectors(), f"{portal.name}/{layout.version} has no selectors"
    for css in layout.selectors():
        assert compiled(css) is not None


def test_a_bad_selector_is_an_error_not_an_empty_result() -> None:
    with pytest.raises(SelectorError):
        Layout(version="bad", body=("div[",))
    with pytest.raises(etree.XPathSyntaxError):
        Layout(version="bad", body=("//div[",))


def test_versions_and_names_are_unique() -> None:
    names = [p.name for p in _everyone()]
    assert len(names) == len(set(names))
    for portal in all_portals():
        versions = [layout.version for layout in portal.layouts]
        assert len(versions) == len(set(versions)), portal.name


def _code_strings(path: Path) -> list[tuple[int, str]]:
    """String literals of a module that are not docstrings (comments are not strings)."""
    out = []
    previous = tokenize.NEWLINE
    for token in tokenize.generate_tokens(io.StringIO(path.read_text()).readline):
        if token.type == tokenize.STRING and previous not in (
            tokenize.INDENT,
            tokenize.DEDENT,
            tokenize.NEWLINE,
            tokenize.NL,
        ):
            out.append((token.start[0], token.string))
        if token.type not in (tokenize.COMMENT, tokenize.NL):
            previous = token.type
    return out


def test_generic_extraction_names_no_portal() -> None:
    """Brands, outlets, noise classes and sign-offs of a portal belong to its profile."""
    # Names that are also plain words are left out: bola (ball), bisnis (business).
    words = {p.name.split("-")[0] for p in _everyone()} - {"bola", "bisnis"}
    # "detik" is also the Indonesian word for "second" (relative dates: "5 detik yang lalu").
    allowed = {"newsbot/extract/dates.py": {"detik"}}
    pattern = re.compile(r"(?i)(?<![a-z])(" + "|".join(sorted(words)) + r")")
    found = []
    for path in sorted((ROOT / "newsbot" / "extract").rglob("*.py")):
        rel = str(path.relative_to(ROOT))
        found += [
            f"{rel}:{line}: {m.group(1)}"
            for line, text in _code_strings(path)
            for m in pattern.finditer(text)
            if m.group(1).lower() not in allowed.get(rel, set())
        ]
    assert not found, found
