import pytest
from portal_expect import check

pytestmark = pytest.mark.shared


def test_kompas_2015_regional():
    art = check(
        "kompas.com/kompas.com__kompas-singlepage.html",
        "http://regional.kompas.com/read/2015/11/04/21040031/Polres.Lhokseumawe.Serahkan.Anggota.Di.Minimi.ke.Kejaksaan",
        portal="kompas",
        site="regional.kompas.com",
        extractor="kompas/v1",
        headline="Polres Lhokseumawe Serahkan Anggota Di Minimi ke Kejaksaan",
        published="2015-11-04T21:04:00+07:00",
        published_raw="Rabu, 4 November 2015 | 21:04 WIB",
        first="LHOKSEUMAWE, KOMPAS.com – Penyidik Polres Lhokseumawe",
        last="“Langkah selanjutnya kita menyusun materi dakwaan",
        editor="Ervan Hardoko",
    )
    assert art.authors == [
        "Masriadi"
    ]  # "Kontributor Lhokseumawe, Masriadi": a place, then the name


def test_kompas_2016_nasional():
    check(
        "kompas.com/kompas.com__kompas-singlepage2.html",
        "http://nasional.kompas.com/read/2016/02/16/14382361/Menteri.Yuddy.Ancam.PNS.yang.Rankingnya.Terendah.Akan.Dipangkas.",
        headline='Menteri Yuddy Ancam PNS yang Rankingnya Terendah Akan "Dipangkas"',
        published="2016-02-16T14:38:00+07:00",
        first="JAKARTA, KOMPAS.com — Menteri Pendayagunaan Aparatur Negara",
        last="Saat ini rasionya masih sebesar 1,7 persen",
        authors=["Nabilla Tashandra"],
        editor="Bayu Galih",
        dateline="JAKARTA, KOMPAS.com —",
    )
