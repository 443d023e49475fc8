import pytest
from portal_expect import check

pytestmark = pytest.mark.shared


def test_detik_2015_dateline_in_its_own_block_is_joined_to_the_first_paragraph():
    art = check(
        "detik.com/detik.com__detik-singlepage.html",
        "http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy-s6-edge",
        portal="detik",
        extractor="detik/v1",
        headline="Google Umbar Kelemahan Galaxy S6 Edge",
        published="2015-11-05T10:08:58+07:00",
        first="Jakarta - Galaxy S6 Edge, dengan material premium",
        last="Samsung menyarankan agar pengguna selalu update software",
        authors=["Fino Yurio Kristo"],
        dateline="Jakarta -",
    )
    assert art.published_raw == "Kamis, 05/11/2015 10:08 WIB"
    assert "(fyk/ash)" not in art.body
