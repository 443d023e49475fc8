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
