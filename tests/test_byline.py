"""A byline's line breaks separate its credits: "Pewarta: A<br>Editor: B" is author A and editor
B, not one author "AEditor: B" (text_content() drops the <br>). Pages written here."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from newsbot.extract import extract_article
from newsbot.extract.body import text_lines

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "antara" / "v2"
TWO_LINES = "Pewarta: Rina Marlina<br>Editor: Hendra Saputra"
PROSE = (
    "Pemerintah Kota Bandar Lampung menyiagakan 12 posko banjir di kecamatan rawan genangan "
    "menjelang puncak musim hujan yang diperkirakan jatuh pada akhir bulan ini. Setiap posko "
    "dilengkapi perahu karet, tenda darurat dan dapur umum."
)


def test_text_lines_break_at_br_and_blocks() -> None:
    el = lxml.html.fragment_fromstring(
        "<div>Pewarta: <a href='/r'>Rina</a> Marlina<br>Editor: Hendra<p>Foto: Dok</p>  </div>"
    )
    assert text_lines(el) == ["Pewarta: Rina Marlina", "Editor: Hendra", "Foto: Dok"]


def test_a_profile_byline_on_two_lines_gives_author_and_editor() -> None:
    """antara/v2's byline box (its authors selector), the two credits in one <p>."""
    page = (GOLDEN / "page.html").read_text(encoding="utf-8")
    boxes = '<p class="text-muted mt-2 small">Pewarta: Rina Marlina</p><p class="text-muted small">Editor: Hendra Saputra</p>'
    assert boxes in page
    page = page.replace(boxes, f'<p class="text-muted mt-2 small">{TWO_LINES}</p>')
    art = extract_article(page, (GOLDEN / "url.txt").read_text().strip())
    assert art.extractor == "antara/v2"
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_a_generic_byline_on_two_lines_gives_author_and_editor() -> None:
    """No profile: the generic byline selectors (.penulis), outside the story block."""
    page = (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-20T10:15:00+07:00"></head>'
        "<body><h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        f'<div class="penulis">{TWO_LINES}</div>'
        f"<article><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    )
    art = extract_article(page, "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan")
    assert art.extractor == "generic"
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_a_byline_name_by_its_class_in_any_compound() -> None:
    """No profile, no metadata author: the name's element class ("…__authorname")."""
    page = (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-20T10:15:00+07:00"></head>'
        "<body><h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        '<div class="lineinfo">Kamis 20.11.26 | Von <span class="c-story__authorname">Rina Marlina'
        f"</span></div><article><p>{PROSE}</p><p>{PROSE} Lagi.</p></article></body></html>"
    )
    art = extract_article(page, "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan")
    assert art.authors == ["Rina Marlina"]


def test_a_byline_paragraph_of_class_author_names_the_author_not_the_desk() -> None:
    page = (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="og:site_name" content="KABARWARGA">'
        '<meta property="article:published_time" content="2026-11-20T10:15:00+07:00"></head>'
        "<body><h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        '<p class="author">von <a href="mailto:x@example.com">Rina Marlina, KABARWARGA LAMPUNG</a></p>'
        f"<article><p>{PROSE}</p><p>{PROSE} Lagi.</p></article></body></html>"
    )
    art = extract_article(page, "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan")
    assert art.authors == ["Rina Marlina"]
