"""Portal profiles on current markup of portals with no saved page in ../shared.

The pages under tests/data/portals/<portal>/ were written by the project in the markup shape
public scrapers record for each portal today (selectors, JSON-LD/meta quirks, widgets, ads);
their text is fictional. Expected values were written by hand from what a reader of each page
sees: headline, published minute with the right offset, byline, dateline, first and last
paragraph, and no boilerplate left in the body.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import pytest

from newsbot.extract import Paging, extract_pages

DATA = Path(__file__).parent / "data" / "portals"

# Lines a clean body never holds: inline related links, ad labels, prompts, widget headings.
BOILERPLATE = (
    "baca juga",
    "lihat juga",
    "advertisement",
    "scroll to continue",
    "scroll ke bawah",
    "baca 10 detik",
    "berita terkait",
    "terkini",
    "tampilkan lebih banyak",
    "pilihan editor",
    "whatsapp",
    "google news",
    "sumber pilihan",
    "ringkasan berita",
    "artikel ini telah tayang",
    "add as a preferred source",
    "penulis:",
    "editor:",
    "tags",
    "iklan",
)


@dataclass
class Expected:
    file: str
    url: str
    extractor: str
    headline: str
    published: str
    authors: list[str]
    editor: str
    section: str
    tags: list[str]
    place: str
    outlet: str
    first: str
    last: str
    paragraphs: int
    extra: dict = field(default_factory=dict)


PAGES = [
    Expected(
        file="suara/lampung-v4-2026.html",
        url="https://lampung.suara.com/read/2026/11/25/143012/nelayan-kota-agung-keluhkan-solar-langka-dinas-janjikan-tambahan-kuota",
        extractor="suara/v4",
        headline="Nelayan Kota Agung Keluhkan Solar Langka, Dinas Janjikan Tambahan Kuota",
        published="2026-11-25T14:30:12+07:00",
        authors=["Ria Anggraini"],
        editor="Wakos Reza Gautama",
        section="News",
        tags=["nelayan", "solar", "Tanggamus"],
        place="",
        outlet="SuaraLampung.id",
        first="SuaraLampung.id - Puluhan nelayan di Kecamatan Kota Agung",
        last="Para nelayan berharap tambahan kuota segera turun",
        paragraphs=8,
    ),
    Expected(
        file="suara/www-v4-multipage-2026.html",
        url="https://www.suara.com/news/2026/11/27/070859/pemerintah-uji-coba-bus-listrik-antarkota-di-jalur-pantura",
        extractor="suara/v4",
        headline="Pemerintah Uji Coba Bus Listrik Antarkota di Jalur Pantura",
        published="2026-11-27T07:08:59+07:00",
        authors=["Dinda Rachmawati"],
        editor="Bangun Santoso",
        section="News",
        tags=["bus listrik", "Kemenhub"],
        place="",
        outlet="Suara.com",
        first="Suara.com - Kementerian Perhubungan mulai menguji coba bus listrik",
        last='"Kami catat konsumsi energi',
        paragraphs=4,
        extra={"pages": 2, "published_raw": "Jum'at, 27 November 2026 | 07:08 WIB"},
    ),
    Expected(
        file="suara/jogja-v3-2023.html",
        url="https://jogja.suara.com/read/2023/03/13/091500/pedagang-pasar-beringharjo-mulai-terima-pembayaran-nontunai",
        extractor="suara/v3",
        headline="Pedagang Pasar Beringharjo Mulai Terima Pembayaran Nontunai",
        published="2023-03-13T09:15:00+07:00",
        authors=["Hiskia Andika Weadcaksana"],
        editor="Galih Priatmojo",
        section="",
        tags=["Pasar Beringharjo", "QRIS"],
        place="",
        outlet="SuaraJogja.id",
        first="SuaraJogja.id - Sebanyak 300 pedagang Pasar Beringharjo",
        last="Dinas menargetkan seluruh pedagang Beringharjo",
        paragraphs=5,
    ),
    Expected(
        file="suara/sulsel-v2-2022.html",
        url="https://sulsel.suara.com/read/2022/03/31/163045/pelabuhan-paotere-ramai-pembeli-ikan-jelang-ramadan",
        extractor="suara/v2",
        headline="Pelabuhan Paotere Ramai Pembeli Ikan Jelang Ramadan",
        published="2022-03-31T16:30:45+07:00",
        # The header byline; the closing "Kontributor :" line leaves the body.
        authors=["Muhammad Yunus"],
        editor="",
        section="",
        tags=["paotere", "ramadan"],
        place="",
        outlet="SuaraSulsel.id",
        first="SuaraSulsel.id - Pelabuhan Paotere Makassar dipadati",
        last="Dinas Perikanan Makassar memastikan pasokan ikan aman",
        # Both inline forms "Baca Juga:Title" and "Baca Juga: Title" leave the body.
        paragraphs=4,
        extra={"published_raw": "Kamis, 31 Maret 2022 | 16:30 WIB"},
    ),
    Expected(
        file="tribun/www-numeric-multipage-2026.html",
        url="https://www.tribunnews.com/nasional/9412077/dpr-minta-pemerintah-percepat-perbaikan-jalan-lintas-sumatera-jelang-natal",
        extractor="tribun/v1",
        headline="DPR Minta Pemerintah Percepat Perbaikan Jalan Lintas Sumatera Jelang Natal",
        published="2026-11-27T12:40:31+07:00",
        authors=["Chaerul Umam"],
        editor="Wahyu Aji",
        section="Nasional",
        tags=["Jalan Lintas Sumatera", "Komisi V DPR", "mudik Natal"],
        place="Jakarta",
        outlet="Tribunnews.com",
        first="TRIBUNNEWS.COM, JAKARTA - Komisi V DPR RI meminta",
        last="Ia juga meminta posko kesehatan",
        paragraphs=4,
        extra={
            "pages": 2,
            "next_page_url": "https://www.tribunnews.com/nasional/9412077/dpr-minta-pemerintah-percepat-perbaikan-jalan-lintas-sumatera-jelang-natal?page=2",
            "all_pages_url": "https://www.tribunnews.com/nasional/9412077/dpr-minta-pemerintah-percepat-perbaikan-jalan-lintas-sumatera-jelang-natal?page=all",
        },
    ),
    Expected(
        file="tribun/lampung-2026.html",
        url="https://lampung.tribunnews.com/2026/11/26/jembatan-way-sekampung-di-pringsewu-ambles-warga-memutar-12-kilometer",
        extractor="tribun/v1",
        headline="Jembatan Way Sekampung di Pringsewu Ambles, Warga Memutar 12 Kilometer",
        published="2026-11-26T16:05:22+07:00",
        authors=["Oky Indra Jaya"],
        editor="Daniel Tri Hardanto",
        section="Pringsewu",
        tags=["jembatan ambles", "Pringsewu", "Way Sekampung"],
        place="Pringsewu",
        outlet="Tribunlampung.co.id",
        first="TRIBUNLAMPUNG.CO.ID, PRINGSEWU - Jembatan yang menghubungkan",
        last="Pemerintah kabupaten juga meminta warga",
        # The subheading "Perbaikan darurat" stays as a paragraph (body.py keeps subheads).
        paragraphs=7,
    ),
    Expected(
        file="kompas/regional-2026.html",
        url="https://regional.kompas.com/read/2026/11/26/194211978/banjir-rob-rendam-200-rumah-di-pesisir-bandar-lampung",
        extractor="kompas/v2",
        headline="Banjir Rob Rendam 200 Rumah di Pesisir Bandar Lampung",
        # content_PublishedDate is naive: read as WIB.
        published="2026-11-26T19:42:11+07:00",
        authors=["Tri Purna Jaya"],
        editor="Khairina",
        section="Sumatera",
        tags=["banjir rob", "Bandar Lampung", "Panjang"],
        place="Bandar Lampung",
        outlet="Kompas.com",
        first="BANDAR LAMPUNG, KOMPAS.com - Banjir rob merendam sekitar 200 rumah",
        last="Warga berharap pemerintah kota segera meninggikan tanggul",
        paragraphs=6,
        extra={"published_raw": "Kompas.com, 26 November 2026, 19:42 WIB"},
    ),
    Expected(
        file="detik/sumbagsel-2026.html",
        url="https://www.detik.com/sumbagsel/bisnis/d-7688120/kopi-robusta-lampung-barat-tembus-pasar-jepang-petani-dapat-harga-premium",
        extractor="detik/v2",
        headline="Kopi Robusta Lampung Barat Tembus Pasar Jepang, Petani Dapat Harga Premium",
        published="2026-11-26T10:05:41+07:00",
        authors=["Dwi Prasetyo"],
        editor="",
        section="Bisnis",
        tags=["kopi robusta", "lampung barat", "ekspor kopi"],
        place="Lampung Barat",
        outlet="",
        first="Lampung Barat - Koperasi petani kopi di Kecamatan Balik Bukit",
        last="Pemerintah kabupaten berencana membantu sertifikasi",
        paragraphs=5,
        extra={"published_raw": "Kamis, 26 Nov 2026 10:05 WIB"},
    ),
    Expected(
        file="antara/lampung-2026.html",
        url="https://lampung.antaranews.com/berita/812345/pemprov-lampung-salurkan-40-ton-benih-jagung-ke-petani-tulang-bawang",
        extractor="antara/v2",
        headline="Pemprov Lampung salurkan 40 ton benih jagung ke petani Tulang Bawang",
        published="2026-11-26T15:12:00+07:00",
        authors=["Budisantoso Budiman"],
        editor="Agus Wira Sukarta",
        section="Ekonomi",
        tags=["benih jagung", "Tulang Bawang"],
        place="Menggala",
        outlet="ANTARA",
        first="Menggala (ANTARA) - Pemerintah Provinsi Lampung menyalurkan",
        last="Petani diminta melaporkan ke penyuluh",
        paragraphs=5,
        extra={"published_raw": "Kamis, 26 November 2026 15:12 WIB"},
    ),
    Expected(
        file="idntimes/lampung-2026.html",
        url="https://lampung.idntimes.com/news/lampung/festival-krakatau-2026-digelar-tiga-hari-ini-jadwal-lengkapnya-00-q7kzx-m2b9ta",
        extractor="idntimes/v2",
        headline="Festival Krakatau 2026 Digelar Tiga Hari, Ini Jadwal Lengkapnya",
        published="2026-11-26T11:00:00+07:00",
        authors=["Rohmatul Izza"],
        editor="",
        section="Lampung",
        # JSON-LD keywords carry the CMS placeholder "Update me": not a tag.
        tags=["Festival Krakatau", "Pariwisata Lampung"],
        place="Bandar Lampung",
        outlet="IDN Times",
        first="Bandar Lampung, IDN Times - Festival Krakatau 2026",
        last="Panitia menyiapkan 40 bus gratis",
        # Includes the listicle subheading "1. Jadwal kirab budaya".
        paragraphs=5,
    ),
    Expected(
        file="cnnindonesia/nasional-2026.html",
        url="https://www.cnnindonesia.com/nasional/20261127104705-32-1301122/kpu-mulai-verifikasi-faktual-partai-baru-di-38-provinsi",
        extractor="cnnindonesia/v1",
        headline="KPU Mulai Verifikasi Faktual Partai Baru di 38 Provinsi",
        published="2026-11-27T10:47:05+07:00",
        # The byline only names the outlet and JSON-LD author.name is empty.
        authors=[],
        editor="",
        section="Politik",
        tags=["kpu", "verifikasi faktual"],
        place="Jakarta",
        outlet="CNN Indonesia",
        first="Jakarta, CNN Indonesia -- Komisi Pemilihan Umum (KPU)",
        last="Verifikasi faktual dijadwalkan berlangsung",
        paragraphs=4,
        extra={"published_raw": "Jumat, 27 Nov 2026 10:47 WIB"},
    ),
    Expected(
        file="jawapos/nextjs-2026.html",
        url="https://www.jawapos.com/sepak-bola-indonesia/2611260073/persebaya-tambah-dua-pemain-muda-jelang-putaran-kedua",
        extractor="jawapos/next1",
        headline="Persebaya Tambah Dua Pemain Muda Jelang Putaran Kedua",
        # __NEXT_DATA__ published_at is naive ("2026-11-26 08:10:08"): WIB.
        published="2026-11-26T08:10:08+07:00",
        authors=["Dimas Alfarizi"],
        editor="Ainur Rohman",
        section="Sepak Bola Indonesia",
        tags=["Persebaya", "pemain muda"],
        place="",
        outlet="JawaPos.com",
        first="JawaPos.com - Persebaya Surabaya mendaftarkan dua pemain muda",
        last="Persebaya akan menjalani pemusatan latihan di Batu",
        paragraphs=5,
        # totalPages in the data is the client-side reader split, not separate pages.
        extra={"pages": 1},
    ),
    Expected(
        file="kumparan/news-2026.html",
        url="https://kumparan.com/kumparannews/pemkot-bandar-lampung-tambah-30-armada-angkut-sampah-26QwErTyUiO",
        extractor="kumparan/v1",
        headline="Pemkot Bandar Lampung Tambah 30 Armada Angkut Sampah",
        # JSON-LD says 03:15 UTC; the page shows 10:15 WIB.
        published="2026-11-26T10:15:00+07:00",
        authors=["Sinta Maharani"],
        editor="",
        section="kumparanNEWS",  # the breadcrumb's name for the channel of the URL
        tags=["Sampah", "Bandar Lampung"],
        place="",
        outlet="",
        first="Pemerintah Kota Bandar Lampung menambah 30 truk",
        last="Warga diminta membuang sampah sesuai jadwal",
        paragraphs=5,
        extra={"dateline": None},
    ),
    Expected(
        file="tempo/nasional-2026.html",
        url="https://www.tempo.co/hukum/kpk-periksa-tiga-pejabat-dinas-pupr-lampung-selatan-2301458",
        extractor="tempo/v2",
        headline="KPK Periksa Tiga Pejabat Dinas PUPR Lampung Selatan",
        published="2026-11-26T13:20:00+07:00",
        # JSON-LD lists the same writer twice.
        authors=["Hendri Saputra"],
        editor="",
        section="Hukum",
        # Tempo prints its tags in slug form.
        tags=["kpk", "lampung-selatan"],
        place="",
        outlet="",
        first="KOMISI Pemberantasan Korupsi memeriksa tiga pejabat",
        last="KPK sebelumnya menetapkan dua tersangka",
        paragraphs=4,
        extra={"published_raw": "26 November 2026 | 13.20 WIB"},
    ),
]


@pytest.fixture(scope="module", params=PAGES, ids=lambda e: e.file)
def case(request):
    expected: Expected = request.param
    extracted = extract_pages((DATA / expected.file).read_bytes(), expected.url)
    return expected, extracted.article, extracted.paging


def test_profile_layout_serves_the_page(case):
    expected, art, _paging = case
    assert art.extractor == expected.extractor


def test_headline_without_site_name(case):
    expected, art, _paging = case
    assert art.headline == expected.headline


def test_published_minute_with_offset(case):
    expected, art, _paging = case
    assert art.published == expected.published


def test_byline(case):
    expected, art, _paging = case
    assert art.authors == expected.authors
    assert art.editor == expected.editor


def test_section_and_tags(case):
    expected, art, _paging = case
    assert art.section == expected.section
    assert art.tags == expected.tags


def test_dateline(case):
    expected, art, _paging = case
    if not expected.outlet and not expected.place:
        assert art.dateline is None or not art.dateline.get("outlet")
        return
    assert art.dateline is not None
    assert art.dateline["place"] == expected.place
    assert art.dateline["outlet"] == expected.outlet


def test_first_and_last_paragraph(case):
    expected, art, _paging = case
    assert art.paragraphs[0].startswith(expected.first), art.paragraphs[0][:120]
    assert art.paragraphs[-1].startswith(expected.last), art.paragraphs[-1][:120]
    assert len(art.paragraphs) == expected.paragraphs, [p[:50] for p in art.paragraphs]


def test_no_boilerplate_in_body(case):
    _expected, art, _paging = case
    for paragraph in art.paragraphs:
        low = paragraph.casefold()
        short = len(paragraph) < 60
        for phrase in BOILERPLATE:
            # Short lines are widget text; long ones may mention a word like "terkini" in prose.
            assert not low.startswith(phrase), paragraph
            assert not (short and phrase in low), paragraph


def test_extra_fields(case):
    """Record fields, and the paging facts extraction reports beside the record."""
    expected, art, paging = case
    for name, value in expected.extra.items():
        paging_fact = name in {f.name for f in fields(Paging)}
        assert getattr(paging if paging_fact else art, name) == value, name


def test_every_project_page_is_tested_and_marked_as_written_by_the_project():
    files = {str(p.relative_to(DATA)) for p in DATA.glob("*/*.html")}
    assert files == {e.file for e in PAGES}
    for name in files:
        head = (DATA / name).read_text(encoding="utf-8")[:600]
        assert "written by the newsbot project in the markup shape of" in head, name
