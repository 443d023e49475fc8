"""The caps that keep extraction linear on hostile pages: what each keeps, and that it says so.

Shapes come from tests/hostile_shapes.py at the sizes issue 12 reported (16×); their cost at 1×, 4×
and 16× is printed by benchmarks/extraction.py. Nothing here times anything: each test checks what
the record holds and that a cap that cut something was logged and kept in `Page.limits`.
"""

from __future__ import annotations

import logging

import pytest
from hostile_shapes import (
    PROSE,
    URL,
    article,
    build,
    images,
    links,
    long_paragraph,
    nested_divs,
    page,
)

from newsbot.extract import extract_article
from newsbot.extract.body import MAX_IMAGES, MAX_PARAGRAPH_CHARS, _norm_len_upto, norm
from newsbot.extract.page import (
    MAX_ATTRIBUTES,
    MAX_DEPTH,
    MAX_ELEMENTS,
    Page,
    cap_attributes,
    close_raw_text,
    flatten_nesting,
)


@pytest.fixture
def limits(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The caps logged during the test."""
    caplog.set_level(logging.WARNING, logger="newsbot.extract")
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    handler = Collect()
    logging.getLogger("newsbot.extract").addHandler(handler)
    yield records
    logging.getLogger("newsbot.extract").removeHandler(handler)


def paragraphs(name: str, scale: int = 16) -> list[str]:
    return extract_article(build(name, scale), URL).paragraphs


@pytest.mark.parametrize("count", [250, 2000, 3000])
def test_every_paragraph_of_an_unclosed_div_chain_is_kept(count: int) -> None:
    """Issue 12: 250 repeated unclosed <div><p> kept 150 paragraphs, 3,000 kept 1,045."""
    html = page(
        "".join(f"<div><p>Paragraf {i}: warga desa berkata jalan rusak." for i in range(count))
    )
    found = extract_article(html, URL).paragraphs
    assert len(found) == count
    assert found[0].startswith("Paragraf 0:")
    assert found[-1].startswith(f"Paragraf {count - 1}:")


def test_nesting_past_the_parser_limit_is_flattened_and_said(limits: list[str]) -> None:
    # libxml2 stops reading at 2,048 levels: the article after them used to vanish.
    assert len(paragraphs("nested divs")) == 6
    assert any(f"nested deeper than {MAX_DEPTH} levels flattened" in m for m in limits)


def test_flattening_keeps_the_text_and_drops_only_tags() -> None:
    limits: list[str] = []
    text = "<div>" * (MAX_DEPTH + 10) + "isi" + "</div>" * (MAX_DEPTH + 10) + "<p>akhir</p>"
    flat = flatten_nesting(text, limits)
    assert flat.count("<div>") == MAX_DEPTH
    assert flat.count("</div>") == MAX_DEPTH
    assert "<div>isi</div>" in flat
    assert flat.endswith("<p>akhir</p>")
    assert limits == [f"10 elements nested deeper than {MAX_DEPTH} levels flattened"]
    untouched = "<div><!-- <div><div> --><script>'<div>'</script>x</div>"
    assert flatten_nesting(untouched, []) == untouched


def test_one_element_with_100000_attributes_keeps_the_first(limits: list[str]) -> None:
    html = build("attributes on one element", 16)
    parsed = Page.parse(html, URL)
    (holder,) = [el for el in parsed.tree.iter() if el.get("data-a0") == "v0"]
    assert len(holder.attrib) == MAX_ATTRIBUTES
    assert parsed.limits == [
        f"99,744 attributes beyond the first {MAX_ATTRIBUTES} of an element dropped (1 element)"
    ]
    assert len(extract_article(html, URL).paragraphs) == 6


def test_attribute_look_alikes_in_scripts_and_comments_are_left_alone() -> None:
    fake = " ".join(f"a{i}=b" for i in range(MAX_ATTRIBUTES + 50))
    text = f"<script>if (x <y {fake}> 1) {{}}</script><!-- <i {fake}> --><p>x</p>"
    assert cap_attributes(text, []) == text


def test_a_giant_attribute_value_is_kept_whole() -> None:
    parsed = Page.parse(build("giant attribute", 16), URL)
    assert max(len(v) for el in parsed.tree.iter() for v in el.attrib.values()) == 8_000_000
    assert parsed.limits == []


def test_elements_past_the_cap_are_cut_in_document_order(limits: list[str]) -> None:
    html = build("links", 16)  # 100,000 links after the article
    article = extract_article(html, URL)
    assert len(article.paragraphs) == 6  # the article; the link run is not its text
    assert any(f"page cut after its first {MAX_ELEMENTS:,} elements" in m for m in limits)


def test_images_past_the_cap_are_left_out_and_said(limits: list[str]) -> None:
    article = extract_article(build("images", 16), URL)
    assert len(article.images) == MAX_IMAGES
    assert article.images[0]["url"] == "https://example.test/foto/0.jpg"
    assert f"images after the first {MAX_IMAGES:,} left out" in " ".join(limits)


def test_a_16_megabyte_paragraph_is_cut_at_a_word(limits: list[str]) -> None:
    article = extract_article(build("long paragraph", 16), URL)
    longest = max(article.paragraphs, key=len)
    assert len(longest) > MAX_PARAGRAPH_CHARS - 100
    assert (PROSE * 300).startswith(longest + " ")  # cut between two words
    assert article.paragraphs[0].startswith("Warga Desa Lembah Hijau")
    assert any(f"cut to {MAX_PARAGRAPH_CHARS:,}" in m for m in limits)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "kata " * 100,
        "kata " * 121,
        "kata " * 5_000,
        " " * 10_000 + "kata " * 100,  # whitespace the normalised text loses
        "\u200b".join(["kata"] * 2_000),
        "a" + "\n" * 50_000 + "b",
        PROSE * 11_000,
    ],
)
def test_the_teaser_length_test_reads_only_as_far_as_it_must(text: str) -> None:
    """The normalised length exactly up to the limit, and some length past it beyond."""
    full, found = len(norm(text)), _norm_len_upto(text, 600)
    assert found == full if full <= 600 else found > 600


def test_date_spans_do_not_hide_the_article() -> None:
    assert len(paragraphs("date spans")) == 7


def test_20000_unclosed_scripts_leave_the_article() -> None:
    assert len(paragraphs("unclosed scripts")) == 6


def test_pages_of_real_proportions_meet_no_cap(limits: list[str]) -> None:
    for html in (nested_divs(40), images(200), links(600), long_paragraph(90)):
        extract_article(html, URL)
    assert limits == []


def test_close_raw_text_closes_each_unclosed_script_where_markup_resumes() -> None:
    text = "<script>var a = 1;\n<p>satu</p>\n<script>var b;\n<div>dua</div><script>x</script>"
    assert close_raw_text(text) == (
        "<script>var a = 1;\n</script><p>satu</p>\n<script>var b;\n</script><div>dua</div>"
        "<script>x</script>"
    )
    assert close_raw_text("<title>Judul<p>isi") == "<title>Judul</title><p>isi"
    closed = "<script>a<b</script><p>x</p>"
    assert close_raw_text(closed) == closed


def test_close_raw_text_reads_tag_names_at_their_place_after_a_dotted_capital_i() -> None:
    """Tag names are matched in the page itself, in any ASCII case: str.lower() makes two
    characters of "\u0130" (Turkish "İstanbul"), and positions found in a lower-cased copy were
    off by one for each, which closed well-formed scripts a second time."""
    scripts = "<script>var a = 1;</script>\n<script>b()</script>\n<div>x</div>"
    text = "<p>" + "\u0130" * 20 + "</p>" + scripts
    assert close_raw_text(text) is text
    upper = "<SCRIPT>var a = 1;\n<p>satu</p>"
    assert close_raw_text(upper) == "<SCRIPT>var a = 1;\n</script><p>satu</p>"


def test_a_script_writing_markup_in_a_template_literal_is_not_left_open() -> None:
    """Markup lines, a "<script>" and a "</script\\>" inside a JavaScript template literal are
    the script's text (a player embed written by script): nothing to close, and none of the
    script after them reaches the body."""
    script = (
        "<script>\nvar embed = `\n  <!-- player -->\n  <script>\n    load('x');\n"
        '  </script\\>\n  <div class="live">\n    <h3>${title}</h3>\n  </div>`;\n'
        "var install = function() { return embed; };\n</script>"
    )
    text = f"<html><head>{script}</head><body><p>satu</p></body></html>"
    assert close_raw_text(text) is text
    art = extract_article(page(article(), script), URL)
    assert "install" not in art.body
    assert "load(" not in art.body
    assert art.paragraphs == extract_article(page(article()), URL).paragraphs


def test_json_ld_nested_100000_deep_is_skipped() -> None:
    """Issue 12: JSON-LD nested 100,000 deep raised RecursionError out of Page.parse."""
    bomb = b'<script type="application/ld+json">' + b"[" * 100_000 + b"]" * 100_000 + b"</script>"
    html = page("<p>" + "Warga desa berkata jalan rusak parah sejak lama. " * 6 + "</p>")
    article = extract_article(html.replace(b"</title>", b"</title>" + bomb), URL)
    assert article.paragraphs
