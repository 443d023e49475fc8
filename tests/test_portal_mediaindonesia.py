import pytest
from portal_expect import check

pytestmark = pytest.mark.shared


def test_media_indonesia_2026_byline_beats_json_ld_author():
    art = check(
        "mediaindonesia.com/mediaindonesia.com__MediaIndonesia_2026_01_20.html",
        "https://mediaindonesia.com/ekonomi/851796/dari-petani-hingga-pendidik-bangsa-begini-pesan-kuat-di-wisuda-igi-school-of-economics-jakarta-2025",
        portal="mediaindonesia",
        extractor="mediaindonesia/v1",
        headline="Dari Petani hingga Pendidik Bangsa, Begini Pesan Kuat di Wisuda IGI School of Economics Jakarta 2025",
        published="2026-01-20T18:33:13+07:00",
        first="INTERNATIONAL Golden Institute (IGI School of Economics Jakarta)",
        last="Menutup sambutannya, Almaraja Limbong",
        authors=["Naufal Zuhdi"],
        editor="Heryadi",
    )
    assert "Google News" not in art.body
    # Two people of one family name: the speaker of the speech is Almaraja Limbong, not the
    # founder John Waller Limbong the story is about.
    speech = [q for q in art.quotes if q["text"].startswith("wisuda bukanlah akhir")]
    assert [q["speaker"] for q in speech] == ["Almaraja Limbong"]
