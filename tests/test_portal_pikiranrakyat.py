import pytest
from portal_expect import check

pytestmark = pytest.mark.shared


def test_zona_jakarta_2020():
    check(
        "pikiran-rakyat.com/pikiran-rakyat.com__621--zonajakarta.pikiran-rakyat.com.html",
        "https://zonajakarta.pikiran-rakyat.com/internasional/pr-18808737/walau-kena-covid-19-donald-trump-masih-berbahaya-karena-disampingnya-ada-pemicu-kiamat-dunia",
        portal="pikiranrakyat",
        site="zonajakarta.pikiran-rakyat.com",
        headline="Walau Kena Covid-19, Donald Trump Masih Berbahaya Karena Disampingnya Ada Pemicu Kiamat Dunia",
        published="2020-10-07T15:13:00+07:00",
        first="Dikutip zonajakarta.com dari DailyMail, Rabu (7/10/2020)",
        last="Walau sudah digunakan sejak era Eissenhower",
        authors=["Beryl Santoso"],
        section="Internasional",
        pages=3,
    )
