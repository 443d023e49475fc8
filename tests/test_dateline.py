"""Datelines as Indonesian portals print them, and sentences that must not be taken for one."""

from __future__ import annotations

import pytest
from conftest import truth

from newsbot.extract.dateline import parse_dateline, strip_dateline

CASES = [
    # (paragraph start, raw, place, outlet)
    ("SuaraLampung.id - Wali Kota Metro Wahdi", "SuaraLampung.id -", "", "SuaraLampung.id"),
    ("Suara.com - Presiden Joko Widodo", "Suara.com -", "", "Suara.com"),
    ("JAKARTA, KOMPAS.com - Menteri Yuddy", "JAKARTA, KOMPAS.com -", "Jakarta", "Kompas.com"),
    ("SEMARANG, KOMPAS.com – Warga", "SEMARANG, KOMPAS.com –", "Semarang", "Kompas.com"),
    ("KOMPAS.com - Hujan deras", "KOMPAS.com -", "", "Kompas.com"),
    ("Bandarlampung (ANTARA) - Petugas", "Bandarlampung (ANTARA) -", "Bandarlampung", "ANTARA"),
    ("Kota Bandung (ANTARA) - Pemkot", "Kota Bandung (ANTARA) -", "Kota Bandung", "ANTARA"),
    (
        "Mataram, NTB (ANTARA News) - Sebanyak 29",
        "Mataram, NTB (ANTARA News) -",
        "Mataram, NTB",
        "ANTARA News",
    ),
    (
        "Bandarlampung (ANTARA Lampung) - Polda",
        "Bandarlampung (ANTARA Lampung) -",
        "Bandarlampung",
        "ANTARA Lampung",
    ),
    (
        "TRIBUNLAMPUNG.CO.ID, BANDAR LAMPUNG - Polda",
        "TRIBUNLAMPUNG.CO.ID, BANDAR LAMPUNG -",
        "Bandar Lampung",
        # Tribun prints its regional hosts "Tribunlampung.co.id" (as the demo site's byline does).
        "Tribunlampung.co.id",
    ),
    (
        "TRIBUNSOLO.COM, JAKARTA --Hingga kini",
        "TRIBUNSOLO.COM, JAKARTA --",
        "Jakarta",
        "Tribunsolo.com",
    ),
    ("SUARAJOGJA.ID - Warga", "SUARAJOGJA.ID -", "", "SuaraJogja.id"),
    ("TRIBUNNEWS.COM - Menteri", "TRIBUNNEWS.COM -", "", "Tribunnews.com"),
    ("TRIBUNNEWS.COM, JAKARTA - Ketua", "TRIBUNNEWS.COM, JAKARTA -", "Jakarta", "Tribunnews.com"),
    ("Tribunjambi.com - Polisi", "Tribunjambi.com -", "", "Tribunjambi.com"),
    ("Liputan6.com, Jakarta - Menteri", "Liputan6.com, Jakarta -", "Jakarta", "Liputan6.com"),
    ("Liputan6.com, Gorontalo – Warga", "Liputan6.com, Gorontalo –", "Gorontalo", "Liputan6.com"),
    (
        "Jakarta, CNN Indonesia -- Presiden",
        "Jakarta, CNN Indonesia --",
        "Jakarta",
        "CNN Indonesia",
    ),
    ("Jakarta, IDN Times - Ketua", "Jakarta, IDN Times -", "Jakarta", "IDN Times"),
    ("Denpasar, IDN Times — Gubernur", "Denpasar, IDN Times —", "Denpasar", "IDN Times"),
    ("JawaPos.com - Ketua", "JawaPos.com -", "", "JawaPos.com"),
    (
        "jogja.jpnn.com, YOGYAKARTA - Dinas",
        "jogja.jpnn.com, YOGYAKARTA -",
        "Yogyakarta",
        "jogja.jpnn.com",
    ),
    ("TEMPO.CO, Jakarta - Menteri", "TEMPO.CO, Jakarta -", "Jakarta", "Tempo.co"),
    ("VIVA – Menteri", "VIVA –", "", "VIVA"),
    ("Merdeka.com - Wali Kota", "Merdeka.com -", "", "Merdeka.com"),
    ("Jakarta - Galaxy S6 Edge", "Jakarta -", "Jakarta", ""),
    ("JAKARTA - Kementerian", "JAKARTA -", "Jakarta", ""),
    ("Jakarta Timur - Polisi", "Jakarta Timur -", "Jakarta Timur", ""),
    ("MATARAM, NTB - Polisi", "MATARAM, NTB -", "Mataram, NTB", ""),
    ("Bau-Bau (ANTARA) - Warga", "Bau-Bau (ANTARA) -", "Bau-Bau", "ANTARA"),
    # Antara's bureaus until 2019: the day and month before the outlet.
    (
        "Bandarlampung, 3/12 (ANTARA) - Polda",
        "Bandarlampung, 3/12 (ANTARA) -",
        "Bandarlampung",
        "ANTARA",
    ),
    (
        "Jakarta, 28/2/2015 (ANTARA) - Presiden",
        "Jakarta, 28/2/2015 (ANTARA) -",
        "Jakarta",
        "ANTARA",
    ),
    # A wire's English dateline: the city in capitals, the country as written.
    (
        "JAKARTA, Indonesia (AP) — Indonesia",
        "JAKARTA, Indonesia (AP) —",
        "Jakarta, Indonesia",
        "AP",
    ),
]


@pytest.mark.parametrize(("text", "raw", "place", "outlet"), CASES)
def test_dateline_forms(text: str, raw: str, place: str, outlet: str) -> None:
    assert parse_dateline(text) == {"raw": raw, "place": place, "outlet": outlet}


@pytest.mark.parametrize(("text", "raw", "place", "outlet"), CASES)
def test_strip_dateline_leaves_the_story(text: str, raw: str, place: str, outlet: str) -> None:
    stripped = strip_dateline(text)
    assert stripped == text[len(raw) :].lstrip()
    assert stripped[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo - yang baru kembali dari Bali - meminta",
        "Menteri Keuangan Sri Mulyani - Menkeu - menyampaikan",
        "Joko Widodo - yang juga mantan Wali Kota Solo",
        "DEPRESI jadi satu momok yang wajib diwaspadai",
        "Hal ini - kata dia - penting",
        "Rabu (23/2/2022) - Warga berkumpul",
        "Penulis: Budi - Editor: Ani",
        "INTERNATIONAL Golden Institute (IGI School of Economics Jakarta) kembali menegaskan",
        "Indonesia memasuki fase dinamis - dan",
        "Sebuah kalimat yang sangat panjang sekali tanpa tanda pisah di awal paragraf ini berlanjut"
        + " terus hingga akhirnya ada tanda - di sini",
        "",
    ],
)
def test_ordinary_sentences_are_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None
    assert strip_dateline(text) == text


def test_leading_whitespace_and_nbsp() -> None:
    assert parse_dateline("  JAKARTA,\xa0KOMPAS.com - Menteri") == {
        "raw": "JAKARTA, KOMPAS.com -",
        "place": "Jakarta",
        "outlet": "Kompas.com",
    }


@pytest.mark.shared
def test_truth_bodies_open_with_the_dateline_they_show() -> None:
    """The 8 hand-checked bodies: read their first words and expect exactly these datelines."""
    rows = truth()
    if not rows:
        pytest.skip("../shared/pages/truth.json not present")
    expected = {
        "antaranews.com/antaranews.com__antara-singlepage.html": ("Mataram, NTB", "ANTARA News"),
        "antaranews.com/antaranews.com__antara-singlepage2.html": (
            "Bandarlampung, Lampung",
            "ANTARA News",
        ),
        "detik.com/detik.com__detik-singlepage.html": ("Jakarta", ""),
        "kompas.com/kompas.com__kompas-singlepage2.html": ("Jakarta", "Kompas.com"),
    }
    for row in rows:
        found = parse_dateline(row["body"])
        if row["file"] in expected:
            assert found is not None, row["file"]
            assert (found["place"], found["outlet"]) == expected[row["file"]]
        else:
            assert found is None, (row["file"], found)


# -- in whole pages of sites without a profile (pages written for these tests) -------------------

_STORY = [
    "Pemerintah kota mulai memperbaiki jalan utama menjelang musim hujan tahun ini, kata dinas.",
    "Kepala dinas mengatakan pekerjaan ditargetkan selesai sebelum akhir bulan depan.",
    "Warga diminta mencari jalur lain selama perbaikan berlangsung pada siang hari.",
]
_URL = "https://kabar.example/read/2026/11/02/jalan-utama-diperbaiki"


def _page(story_block: str) -> str:
    return (
        "<html><head><title>Jalan utama diperbaiki</title></head><body>"
        "<nav><a href='/'>Beranda</a> <a href='/news'>News</a></nav>"
        f"<h1>Jalan utama diperbaiki</h1>{story_block}"
        "<footer>Hak cipta dilindungi undang-undang.</footer></body></html>"
    )


def test_a_dateline_printed_before_the_storys_one_paragraph_is_kept() -> None:
    from newsbot.extract import extract_article

    # "<strong>Jakarta</strong> - <p>…<br><br>…</p>": the whole story in one <p>, the
    # dateline loose in the block around it.
    html = _page(
        "<div class='text_detail'><strong>Jakarta</strong> - <p>"
        + "<br><br>".join(_STORY)
        + "</p><strong>(abc/def)</strong></div>"
    )
    art = extract_article(html, _URL)
    assert art.dateline is not None
    assert art.dateline["place"] == "Jakarta"
    assert art.paragraphs[0] == f"Jakarta - {_STORY[0]}"


def test_a_photo_caption_with_a_site_credit_goes_to_the_photo() -> None:
    from newsbot.extract import extract_article

    # "(KabarKota.id/Helmi Fithriansyah)": the site's name and the photographer's, as
    # Indonesian portals credit their own photos.
    caption = (
        "Warga melintasi jembatan penyeberangan di Jalan Utama, Kamis (7/1/2021)."
        " (KabarKota.id/Helmi Fithriansyah)"
    )
    html = _page(
        f"<div class='read'><p>KabarKota.id, Jakarta - {_STORY[0]}</p><p>{_STORY[1]}</p>"
        f"<img src='/foto/jembatan.jpg'><p>{caption}</p><p>{_STORY[2]}</p></div>"
    )
    art = extract_article(html, _URL)
    assert caption not in art.body
    assert art.paragraphs[1:] == _STORY[1:]
    assert [i["caption"] for i in art.images] == [caption]


def test_a_site_name_of_two_words_printed_run_together() -> None:
    """The site's own name ("Kabar Warga", its og:site_name) in capitals without its space:
    the outlet, in the site's spelling, not a second place."""
    assert parse_dateline("BANDAR LAMPUNG, KABARWARGA – Polda", outlets=["Kabar Warga"]) == {
        "raw": "BANDAR LAMPUNG, KABARWARGA –",
        "place": "Bandar Lampung",
        "outlet": "Kabar Warga",
    }
