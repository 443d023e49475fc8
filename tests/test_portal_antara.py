import pytest
from portal_expect import check

pytestmark = pytest.mark.shared


def test_antara_2015_lombok_flights():
    art = check(
        "antaranews.com/antaranews.com__antara-singlepage.html",
        "http://www.antaranews.com/berita/527615/29-penerbangan-bandara-internasional-lombok-dibatalkan",
        portal="antara",
        extractor="antara/v1",
        headline="29 penerbangan Bandara Internasional Lombok dibatalkan",
        published="2015-11-05T14:56:43+07:00",
        first="Mataram, NTB (ANTARA News) - Sebanyak 29 penerbangan",
        last='"Total ada 3.016 orang penumpang domestik',
        dateline="Mataram, NTB (ANTARA News) -",
    )
    assert art.published_raw.startswith("Kamis, 5 November 2015 14:56 WIB")
    assert "COPYRIGHT" not in art.body.upper()


def test_antara_2016_lampung_two_reporters():
    art = check(
        "antaranews.com/antaranews.com__antara-singlepage2.html",
        "http://www.antaranews.com/berita/546643/prostitusi-ditenggarai-sudah-merambah-ke-pelajar-lampung",
        headline="Prostitusi ditenggarai sudah merambah ke pelajar Lampung",
        published="2016-02-23T14:49:30+07:00",
        first="Bandarlampung, Lampung (ANTARA News) - Petugas Polda Lampung",
        last='"Praktik prostitusi yang melibatkan anak-anak',
        authors=["Budisantoso Budiman", "Agus S"],
    )
    assert art.dateline["place"] == "Bandarlampung, Lampung"
