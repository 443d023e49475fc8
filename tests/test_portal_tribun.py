import pytest
from portal_expect import check

pytestmark = pytest.mark.shared


def test_tribun_solo_2020_multi_page():
    art = check(
        "tribunnews.com/tribunnews.com__136--solo.tribunnews.com.html",
        "https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m-adalah-vaksin-terbaik-cegah-covid-19-simak-penjelasan-dokter",
        portal="tribun",
        site="solo.tribunnews.com",
        extractor="tribun/v1",
        headline="Protokol Kesehatan 3M adalah Vaksin Terbaik Cegah Covid-19, Simak Penjelasan Dokter",
        published="2020-10-09T13:52:50+07:00",
        published_raw="Jumat, 9 Oktober 2020 13:52",
        first="TRIBUNSOLO.COM, JAKARTA --Hingga kini masyarakat",
        authors=["Hanang Yuwono"],
        pages=2,
    )
    assert art.all_pages_url.endswith("?page=all")
    assert art.next_page_url.endswith("?page=2")
    assert not any(p.startswith("Halaman") for p in art.paragraphs)
