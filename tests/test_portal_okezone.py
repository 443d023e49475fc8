import pytest
from portal_expect import check

pytestmark = pytest.mark.shared


def test_okezone_2015_headline_is_not_the_logo_h1():
    check(
        "okezone.com/okezone.com__okezone-singlepage.html",
        "http://lifestyle.okezone.com/read/2015/11/05/481/1244264/sering-depresi-berat-hati-hati-diabetes",
        extractor="okezone/v1",
        headline="Sering Depresi Berat, Hati-Hati Diabetes!",
        published="2015-11-05T15:56:00+07:00",
        first="DEPRESI jadi satu momok yang wajib diwaspadai",
        last='"Gula darah meningkat secara otomatis',
        authors=["Dewi Kania"],
    )


def test_okezone_2020_economy():
    art = check(
        "okezone.com/okezone.com__okezone.html",
        "https://economy.okezone.com/read/2020/07/08/320/2243366/6-rekomendasi-bisnis-dengan-tingkat-kerugian-kecil-tertarik-mencoba",
        extractor="okezone/v2",
        headline="6 Rekomendasi Bisnis dengan Tingkat Kerugian Kecil, Tertarik Mencoba?",
        published="2020-07-09T07:26:05+07:00",
        published_raw="Kamis 09 Juli 2020 07:26 WIB",
        first="JAKARTA – Mau membangun usaha?",
        dateline="JAKARTA –",
    )
    assert art.paragraphs[-1] != "(fbn)"
