"""The selector engine's per-page Vocabulary only skips work: every selector answers the same
elements, in the same order, with it as without it (on the golden pages, for every selector a
profile, the generic extraction or the list hints use)."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from newsbot.extract import GENERIC_AUTHORS, GENERIC_TAGS
from newsbot.extract.lists.detection import HINTS, WIDGET_HINTS
from newsbot.extract.page import Page
from newsbot.portals import all_portals
from newsbot.portals.base import Vocabulary, select, vocabulary

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(FIXTURES.glob("*/*/page.html"))


def _every_selector() -> list[str]:
    found: set[str] = {*GENERIC_AUTHORS, *GENERIC_TAGS}
    found.update(hint.css for hint in (*HINTS, *WIDGET_HINTS))
    for portal in all_portals():
        for layout in portal.layouts:
            found.update(layout.selectors())
        found.update(css for css, _ in portal.list_hints)
    return sorted(found)


SELECTORS = _every_selector()


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}")
def test_same_elements_with_and_without_the_vocabulary(path: Path) -> None:
    url = (path.parent / "url.txt").read_text(encoding="utf-8").strip()
    page = Page.parse(path.read_bytes(), url)
    words = page.index(vocabulary)
    body = page.tree.find("body")
    for root in (page.tree, body if body is not None else page.tree):
        for css in SELECTORS:
            assert select(root, css, words) == select(root, css), css


MARKUP = """<html><body>
<div class="byline"><span class="author">
  <a class="fn" href="/a">A</a></span></div>
<p id="x" class="tab&#9;sep" rel="author tag">t</p>
<div data-kind="news-box"><a href="/b">B</a></div>
</body></html>"""


@pytest.mark.parametrize(
    "css",
    [
        ".byline .author .fn",
        ".byline .author .fn, .missing a",
        ".missing a, .other a",
        "#x",
        "#y, #x",
        ".sep",  # a tab separates class tokens as a space does
        ".tab",
        "a[rel~='author'], p[rel~='tag']",
        "[rel~='tag']:not([rel~='category'])",
        "[data-kind='news-box'] a",
        "[data-kind*='box'] a, [data-kind^='news'] a",
        "[data-kind$='box'] a, [data-none] a",
        "[data-kind!='news-box'] a, p[id!='x']",
        "[data-kind|='news'] a, [data-kind*='none'] a",
        "div:has(a.fn)",
        "p:first-child, p:nth-child(2)",
        "//p[@id='x']",
        "a",
    ],
)
def test_edge_selectors_agree(css: str) -> None:
    tree = lxml.html.document_fromstring(MARKUP)
    assert select(tree, css, Vocabulary(tree)) == select(tree, css)


def test_a_missing_class_answers_without_the_tree() -> None:
    tree = lxml.html.document_fromstring(MARKUP)
    assert select(tree, ".missing a, .absent", Vocabulary(tree)) == []


def test_a_fragment_from_elsewhere_is_read_in_full() -> None:
    """A body rebuilt from embedded data is not in the page's tree: its classes are not in the
    page's vocabulary, and the vocabulary is not used for it."""
    tree = lxml.html.document_fromstring(MARKUP)
    fragment = lxml.html.fragment_fromstring('<p class="only-here">x</p>', create_parent="div")
    assert len(select(fragment, ".only-here", Vocabulary(tree))) == 1


def test_a_changed_tree_gets_a_new_vocabulary() -> None:
    page = Page.parse(MARKUP.encode(), "https://example.test/a")
    assert select(page.tree, ".joined", page.index(vocabulary)) == []
    body = page.tree.find("body")
    assert body is not None
    body.append(lxml.html.fragment_fromstring('<p class="joined">more</p>'))
    page.changed()
    assert len(select(page.tree, ".joined", page.index(vocabulary))) == 1


NESTED = """<html id="top" class="doc"><body>
<!-- <div class="box">a comment</div> --><?php class="box" ?>
<div class="box outer" id="b1"><div class="box inner">
  <p class="lead x"><span class="x">1</span></p><p>2 <span>3</span></p>
  <div id="dup" class="box"><span class="x">4</span></div></div>
  <section><p class="x">5</p></section></div>
<div id="dup" class="other&#10;box"><p class="lead"><b class="x">6</b></p></div>
<ul class="list"><li class="item"><ul class="list"><li class="item">7</li></ul></li></ul>
</body></html>"""


@pytest.mark.parametrize(
    "css",
    [
        ".box",
        "div.box",
        "p.box, .box",
        ".box .x",
        ".box > p",
        ".box p",
        ".box > .x, .lead .x",
        ".box span",
        ".box *",
        ".box > *",
        ".inner > div > span",
        "#dup",
        "#dup .x, #b1 > section p",
        "div#dup.box",
        "#dup.other",
        ".lead.x",
        ".x.lead, .lead",
        ".list .item",
        ".list > .item",
        ".list li",
        ".list > li, .item",
        ".doc .box",
        "#top > body > div",
        "html.doc",
        ".missing, .box > p",
    ],
)
def test_selectors_read_from_class_and_id_owners_agree(css: str) -> None:
    """The class and id values' elements answer as XPath does: nested matches, a
    class split by a line break, a repeated id, a comment and a processing instruction
    that only look like a box."""
    tree = lxml.html.document_fromstring(NESTED)
    words = Vocabulary(tree)
    assert select(tree, css, words) == select(tree, css), css
    assert words.text("class") == "\n".join(tree.xpath("//@class"))


def test_a_vocabulary_of_a_subtree_answers_for_the_subtree() -> None:
    tree = lxml.html.document_fromstring(NESTED)
    box = tree.get_element_by_id("b1")
    assert select(box, ".lead", Vocabulary(box)) == select(box, ".lead")


def test_a_second_top_level_html_is_not_read_from_the_root() -> None:
    """A page that repeats its <html> parses to two top-level elements: //@class sees both,
    XPath from the root only its own, and so does the vocabulary then."""
    tree = lxml.html.document_fromstring(NESTED + NESTED.replace("box", "crate"))
    assert tree.getnext() is not None
    for css in (".box", ".crate", ".box > p", "#dup", ".crate .x"):
        assert select(tree, css, Vocabulary(tree)) == select(tree, css), css
