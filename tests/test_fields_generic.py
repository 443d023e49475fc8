"""Bylines and datelines on templates without a profile (pages written for these tests, fictional
news), and the bold datelines of real KLY pages read in place from ../shared/pages."""

from __future__ import annotations

import pytest
from conftest import shared_page

from newsbot.extract import extract_article
from newsbot.extract.metadata import clean_authors

P = [
    "Pemerintah kota mulai memperbaiki jalan utama menjelang musim hujan tahun ini, kata kepala dinas.",
    "Warga diminta mencari jalur lain selama perbaikan berlangsung pada siang hari di pusat kota.",
    "Anggaran perbaikan berasal dari dana daerah yang disetujui dewan pada pekan lalu setelah rapat.",
]
URL = "https://kabarkota.example.id/berita/2024/03/01/jalan-utama-diperbaiki-menjelang-hujan"


def page(article: str, head: str = "", around: str = "") -> str:
    return (
        "<html lang='id'><head><title>Jalan utama diperbaiki - Kabar Kota</title>"
        '<meta property="og:type" content="article">'
        f'<meta property="og:site_name" content="Kabar Kota">{head}</head><body>'
        f"<h1>Jalan utama diperbaiki menjelang hujan</h1><article>{article}</article>{around}"
        "</body></html>"
    )


def text(*extra: str) -> str:
    return "".join(f"<p>{p}</p>" for p in P) + "".join(extra)


def test_reporter_and_editor_on_one_line() -> None:
    art = extract_article(
        page(text("<p>Reporter: Agus Setiawan | Editor: Rahmat Hidayat</p>")), URL
    )
    assert art.authors == ["Agus Setiawan"]
    assert art.editor == "Rahmat Hidayat"
    assert art.paragraphs == P


def test_credits_in_table_rows() -> None:
    table = (
        "<table><tr><td>Penulis</td><td>Agus Setiawan</td></tr>"
        "<tr><td>Editor</td><td>Rahmat Hidayat</td></tr></table>"
    )
    art = extract_article(page(text(table)), URL)
    assert art.authors == ["Agus Setiawan"]
    assert art.editor == "Rahmat Hidayat"


def test_an_author_element_and_an_hcard() -> None:
    art = extract_article(page("<author>Agus Setiawan</author>" + text()), URL)
    assert art.authors == ["Agus Setiawan"]
    hcard = "<div class='vcard'><span class='fn'>Dewi Lestari</span></div>"
    assert extract_article(page(hcard + text()), URL).authors == ["Dewi Lestari"]


def test_a_desk_suffix_is_cut_from_the_name() -> None:
    art = extract_article(
        page("<div class='author-name'>Andi Saputra - Sepakbola</div>" + text()), URL
    )
    assert art.authors == ["Andi Saputra"]


def test_the_meta_author_is_used_when_it_is_cleaner() -> None:
    head = '<meta name="author" content="Andi Saputra">'
    byline = "<div class='author-name'>Andi Saputra, Wartawan Kabar Kota Biro Lampung</div>"
    art = extract_article(page(byline + text(), head=head), URL)
    assert art.authors == ["Andi Saputra"]


def test_an_outlet_is_never_an_author() -> None:
    head = '<meta name="author" content="Kabar Kota">'
    art = extract_article(page(text(), head=head), URL)
    assert art.authors == []


def test_the_story_byline_not_a_related_story_byline() -> None:
    related = (
        "<aside><div class='related'><a href='/x'>Judul lain</a>"
        "<a rel='author' href='/p/budi'>Budi Santoso</a></div></aside>"
    )
    story = "<a rel='author' href='/p/agus'>Agus Setiawan</a>" + text()
    html = page(story).replace("<body>", f"<body>{related}")
    assert extract_article(html, URL).authors == ["Agus Setiawan"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Monika Bolliger und Anna Trechsel", ["Monika Bolliger", "Anna Trechsel"]),
        ("Trine Jørgensen og Tôrtia Reimer", ["Trine Jørgensen", "Tôrtia Reimer"]),
        ("Elena Oberholzer (obe), Oliver Maksan (oma)", ["Elena Oberholzer", "Oliver Maksan"]),
        ("Von Philipp Wehsack", ["Philipp Wehsack"]),
        ("d.kuckelkorn@boersen-zeitung.example", []),
        ("Image: Getty Images/Cultura RF", []),
        ("Dan Jervis-Bardy", ["Dan Jervis-Bardy"]),
        ("Diana Resnik", ["Diana Resnik"]),
    ],
)
def test_bylines_in_other_languages_and_shapes(byline: str, names: list[str]) -> None:
    assert clean_authors([byline]) == names


def test_a_bold_dateline_without_a_dash() -> None:
    art = extract_article(page(f"<p><b>Kabarkota.id, Bandar Lampung</b> {P[0]}</p>" + text()), URL)
    assert art.dateline == {
        "raw": "Kabarkota.id, Bandar Lampung",
        "place": "Bandar Lampung",
        "outlet": "Kabarkota.id",
    }
    assert art.lead == P[0]


def test_a_dateline_after_a_leading_caption() -> None:
    caption = "Warga mengungsi ke masjid terdekat saat banjir melanda."
    article = (
        f"<figure><img src='/img/banjir.jpg'></figure><p>{caption}</p>"
        f"<p>BANDAR LAMPUNG, KABARKOTA.ID - {P[0]}</p>" + text()
    )
    art = extract_article(page(article), URL)
    assert art.dateline is not None
    assert art.dateline["place"] == "Bandar Lampung"
    assert art.paragraphs[0].startswith("BANDAR LAMPUNG, KABARKOTA.ID - ")
    assert art.images[0]["caption"] == caption


def test_a_standfirst_before_a_dateline_stays() -> None:
    standfirst = "Perbaikan dimulai pekan depan dan berlangsung hingga akhir bulan."
    art = extract_article(page(f"<p>{standfirst}</p><p>BANDAR LAMPUNG - {P[0]}</p>" + text()), URL)
    assert art.paragraphs[0] == standfirst


@pytest.mark.shared
def test_kly_bold_datelines_on_real_pages() -> None:
    art = extract_article(
        shared_page("liputan6.com/liputan6.com__m.detail.liputan6.html"),
        "https://m.liputan6.com/news/read/4289908/x",
    )
    assert art.dateline is not None
    assert art.dateline["outlet"] == "Liputan6.com"
    assert art.dateline["place"] == "Jakarta"
    assert not art.lead.startswith("Liputan6.com")
