import pytest
from conftest import shared_page
from portal_expect import check

from newsbot.extract import article_paging

pytestmark = pytest.mark.shared


def test_tribun_solo_2020_multi_page():
    path = "tribunnews.com/tribunnews.com__136--solo.tribunnews.com.html"
    url = "https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m-adalah-vaksin-terbaik-cegah-covid-19-simak-penjelasan-dokter"
    art = check(
        path,
        url,
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
    paging = article_paging(shared_page(path), url)
    assert paging.all_pages_url.endswith("?page=all")
    assert paging.next_page_url.endswith("?page=2")
    assert not any(p.startswith("Halaman") for p in art.paragraphs)
