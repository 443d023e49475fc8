"""extract_text: the record from a page's visible text (seed-example.txt form, WET text)."""

from __future__ import annotations

import pytest

from newsbot.extract.errors import UnreadablePage
from newsbot.extract.text import extract_text

SEED_URL = (
    "https://lampung.suara.com/read/2022/03/24/115626/"
    "temui-gubernur-dki-anies-baswedan-wali-kota-metro-wahdi-siradjudin-pasarkan-potensi-umkm"
)

# Written by hand after reading ../shared/seed-example.txt.
SEED_LISTS = {
    "baca_juga": [
        "Anies Baswedan Pamer Pertemuan Dengan Menteri dari Singapura Bicarakan Tata Kota",
        "30 April 2022 Siaran TV Analog di Bandar Lampung Dihentikan, Segera Beralih ke Siaran Digital",
    ],
    "berita_terkait": [
        "Digitalisasi Ekspor Produk UMKM Masih Perlu Dieksplorasi",
        "Intip Kemeriahan Kampanye Akbar Terakhir Pramono-Rano",
        "Ahok Datang, Anies Baswedan Absen Kampanye Akbar Pramono-Rano",
        "Pendukung PKS Bakal Tercerai Berai di Pilgub Jakarta, Ikuti Jejak Anies Dukung Pramono-Rano?",
        "Sekjen PDIP Sebut Kasus Formula E Anies Baswedan Ulah Jokowi, Netizen: Mulyono Jahat",
    ],
    "tag": [],
    "terpopuler": [
        "Mees Hilgers Didesak Tinggalkan Timnas Indonesia, Pundit Belanda: Ini Soal...",
        "Elkan Baggott: Pesan Saya Bersabarlah Kalau Timnas Indonesia Mau....",
        "Miliano Jonathans Akui Tak Prioritaskan Timnas Indonesia: Saya Sudah Bilang...",
        "Denny Sumargo Akui Kasihani Paula Verhoeven: Saya Bersedia Mengundang..",
        "Elkan Baggott Kembali Tak Bisa Penuhi Panggilan Shin Tae-yong ke TC Timnas Indonesia",
    ],
    "pilihan": [
        "Tangan Kanan Bongkar Shin Tae-yong Punya Kendala di Timnas Indonesia: Ada yang Ngomong...",
        "PublicSensum: Isran-Hadi Unggul Telak atas Rudy-Seno dengan Elektabilitas 58,6 Persen",
        "Munawwar Sebut Anggaran Rp 162 Miliar untuk Bimtek Pemborosan: Banyak Prioritas Terabaikan",
        "Drama Praperadilan Tom Lembong: Kuasa Hukum Bongkar Dugaan Rekayasa Kesaksian Ahli",
        "Dua Juara Liga Champions Plus 5 Klub Eropa Berlomba Rekrut Mees Hilgers",
    ],
    "terkini": [
        "Pilkada 2024: KPU Bandar Lampung Antisipasi Bencana, TPS Rawan di Pulau Pasaran",
        "Liburan Berujung Maut: Rombongan PAUD Terseret Ombak di Pantai Ilahan, 1 Bocah Meninggal",
        "Lampung Siaga I Jelang Pencoblosan Pilkada Serentak 2024, Wamendagri Beri Catatan Ini",
        'Logistik Pilkada Bandar Lampung Aman, Wamendagri: "On the Track!"',
        "Narkoba Rp39 Miliar Dimusnahkan Polres Lampung Selatan",
    ],
}


@pytest.fixture
def seed_article(seed_text):
    return extract_text(seed_text, SEED_URL)


def test_seed_lists_exact_titles_in_page_order(seed_article):
    got = {key: [link["title"] for link in links] for key, links in seed_article.lists.items()}
    assert got == SEED_LISTS
    assert list(seed_article.lists) == list(SEED_LISTS)  # keys in page order
    assert all(link["url"] == "" for links in seed_article.lists.values() for link in links)


def test_seed_body_is_the_nine_paragraphs_without_baca_juga(seed_article, seed_text):
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    # Lines 1-4 and 6-10 of the seed are the article; 5 and 11 are "Baca Juga:" links.
    expected = lines[0:4] + lines[5:10]
    assert seed_article.paragraphs == expected
    assert seed_article.body == "\n\n".join(expected)
    assert "Baca Juga" not in seed_article.body
    assert "Berita Terkait" not in seed_article.body
    assert seed_article.body.startswith("SuaraLampung.id - Wali Kota Metro")
    assert seed_article.body.endswith("pemasaran potensi daerah Metro.")


def test_seed_url_site_and_date_from_url(seed_article):
    assert seed_article.url == SEED_URL
    assert seed_article.site == "lampung.suara.com"
    assert seed_article.published == "2022-03-24T11:56:26+07:00"
    assert seed_article.extractor == "text"
    assert seed_article.headline == ""  # the seed dump starts at the body


def test_seed_portal_is_suara(seed_article):
    portals = pytest.importorskip("newsbot.portals")
    if not hasattr(portals, "portal_for_url"):
        pytest.skip("newsbot.portals.portal_for_url not written yet")
    assert seed_article.portal == "suara"


def test_seed_dateline_outlet(seed_article):
    pytest.importorskip("newsbot.extract.dateline")
    assert seed_article.dateline is not None
    assert seed_article.dateline["outlet"] == "SuaraLampung.id"


def test_seed_quotes_come_from_the_body_paragraphs(seed_article):
    pytest.importorskip("newsbot.extract.quotes")
    starts = [q["text"][:20] for q in seed_article.quotes]
    assert any(s.startswith("Kami mencoba") for s in starts)
    assert any(s.startswith("Suplai produk") for s in starts)
    assert all(0 <= q["paragraph"] < len(seed_article.paragraphs) for q in seed_article.quotes)


def test_without_url_no_portal_or_site(seed_text):
    article = extract_text(seed_text)
    assert (article.url, article.portal, article.site, article.published) == ("", "", "", "")
    assert len(article.paragraphs) == 9


WET_LIKE = """\
Beranda
Terkini
News
Gubernur Resmikan Jembatan Baru di Kabupaten Tanggamus Hari Ini
Penulis: Budi Santoso
Kamis, 24 Maret 2022 | 11:56 WIB
Bandarlampung (ANTARA) - Gubernur Lampung meresmikan jembatan baru yang menghubungkan dua kecamatan di Tanggamus pada Kamis pagi.
Baca juga:Warga Tanggamus Sambut Jembatan Baru
Baca Juga
Jalan Lintas Barat Diperbaiki Tahun Ini
Jembatan itu dibangun dengan anggaran daerah selama delapan bulan dan dapat dilalui kendaraan roda empat mulai hari ini.
ADVERTISEMENT
"Jembatan ini untuk warga," kata Gubernur kepada wartawan setelah peresmian di lokasi.
BERITA TERKAIT
- Jembatan Gantung Putus di Pesisir Barat
- Jalan Rusak Dikeluhkan Warga Tanggamus
Topik Terkait
Tanggamus
Jembatan
Rekomendasi
-
Harga Cabai Naik di Bandar Lampung
Copyright 2022 Contoh Media. All rights reserved.
"""


def test_wet_like_dump_headline_date_and_lists():
    article = extract_text(WET_LIKE, "https://example.co.id/berita/123/gubernur-resmikan-jembatan")
    assert article.headline == "Gubernur Resmikan Jembatan Baru di Kabupaten Tanggamus Hari Ini"
    assert article.published_raw == "Kamis, 24 Maret 2022 | 11:56 WIB"
    assert article.published.startswith("2022-03-24T11:56")
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].startswith("Bandarlampung (ANTARA) - Gubernur")
    assert "ADVERTISEMENT" not in article.body
    titles = {key: [link["title"] for link in links] for key, links in article.lists.items()}
    assert titles == {
        "baca_juga": [
            "Warga Tanggamus Sambut Jembatan Baru",
            "Jalan Lintas Barat Diperbaiki Tahun Ini",
        ],
        "berita_terkait": [
            "Jembatan Gantung Putus di Pesisir Barat",
            "Jalan Rusak Dikeluhkan Warga Tanggamus",
        ],
        "tag": ["Tanggamus", "Jembatan"],
        "rekomendasi": ["Harga Cabai Naik di Bandar Lampung"],
    }


def test_lead_is_the_first_paragraph_without_its_dateline_as_for_a_page(seed_article):
    assert seed_article.lead.startswith("Wali Kota Metro Wahdi Siradjudin bertemu Gubernur DKI")
    assert not seed_article.lead.startswith("SuaraLampung.id")
    wet = extract_text(WET_LIKE, "https://example.co.id/berita/123/gubernur-resmikan-jembatan")
    assert wet.lead.startswith("Gubernur")


def test_body_paragraph_mentioning_simak_juga_without_colon_stays_in_body():
    text = (
        "JAKARTA, KOMPAS.com - Presiden membuka pameran dagang internasional di Jakarta pada Senin pagi ini.\n"
        "Simak juga penjelasan menteri perdagangan yang hadir dalam acara pembukaan pameran itu kemarin.\n"
    )
    article = extract_text(text)
    assert len(article.paragraphs) == 2
    assert article.lists == {}


def test_empty_text_is_unreadable():
    with pytest.raises(UnreadablePage):
        extract_text("  \n\n ")
