"""Page metadata: headlines without site names, author names only, dates with sane offsets.

Real pages are read from ../shared/pages at test time; expected values were read by hand from
each page's visible header (headline, byline, date line).
"""

from __future__ import annotations

import pytest
from conftest import shared_page, truth

from newsbot.extract.dates import WIB, ParsedDate, parse_date, to_iso
from newsbot.extract.metadata import (
    clean_authors,
    clean_headline,
    clean_tags,
    keywords_look_like_tags,
    read_metadata,
    sane_offset,
)
from newsbot.extract.page import Page


@pytest.mark.parametrize(
    ("title", "sites", "expected"),
    [
        ("Menteri Yuddy Ancam PNS - Kompas.com", (), "Menteri Yuddy Ancam PNS"),
        ("Polres Lhokseumawe Serahkan Anggota - Kompas.com Regional", (), "Polres Lhokseumawe Serahkan Anggota"),
        ("5 Penyebab Pusing Setelah Makan | merdeka.com", (), "5 Penyebab Pusing Setelah Makan"),
        ("Istri Evan Marvino Temukan Paket - Hot Liputan6.com", (), "Istri Evan Marvino Temukan Paket"),
        ("Kronologi Pemalsuan Tanda Tangan JK | Today Merdeka.com", (), "Kronologi Pemalsuan Tanda Tangan JK"),
        ("Wali Kota Metro Pasarkan UMKM - Suarajogja.id", (), "Wali Kota Metro Pasarkan UMKM"),
        ("29 penerbangan Lombok dibatalkan - ANTARA News", (), "29 penerbangan Lombok dibatalkan"),
        ("Judul Berita Panjang Halaman all - Kompas.com", (), "Judul Berita Panjang"),
        ("Walau Kena Covid-19, Trump Berbahaya - Zona Jakarta", ("Zona Jakarta",), "Walau Kena Covid-19, Trump Berbahaya"),
        ("Protokol Kesehatan 3M - Tribun Solo", ("Tribun Solo",), "Protokol Kesehatan 3M"),
        ("Sering Depresi Berat, Hati-Hati Diabetes! - Health :: Okezone Lifestyle", (), "Sering Depresi Berat, Hati-Hati Diabetes!"),
        ("6 Rekomendasi Bisnis, Tertarik Mencoba? : Okezone Economy", (), "6 Rekomendasi Bisnis, Tertarik Mencoba?"),
        # Separators inside the headline stay when the tail is not a site.
        ("Tri Indonesia: Broadband Dorong Ekosistem Digital", (), "Tri Indonesia: Broadband Dorong Ekosistem Digital"),
        ("Jokowi - Prabowo Bertemu di Istana", (), "Jokowi - Prabowo Bertemu di Istana"),
        ("Harga Cabai Naik - Pedagang Mengeluh", ("Gelora News",), "Harga Cabai Naik - Pedagang Mengeluh"),
    ],
)  # fmt: skip
def test_clean_headline(title: str, sites: tuple[str, ...], expected: str) -> None:
    assert clean_headline(title, sites) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ("Penulis: Budi Santoso", ["Budi Santoso"]),
        ("Oleh Johan Fatzry", ["Johan Fatzry"]),
        ("Reporter : Aksara Bebey", ["Aksara Bebey"]),
        ("Fino Yurio Kristo - detikinet", ["Fino Yurio Kristo"]),
        ("Budisantoso Budiman dan Agus S", ["Budisantoso Budiman", "Agus S"]),
        ("Ani, Budi dan Citra Lestari", ["Ani", "Budi", "Citra Lestari"]),
        (["Liputan6.com", "Kompas Cyber Media", "Tim Redaksi", "https://www.facebook.com/detik"], []),
        ("@geloranews", []),
        ([{"@type": "Person", "name": "Novita Ayuningtyas"}, "Novita Ayuningtyas"], ["Novita Ayuningtyas"]),
        ({"@type": "Organization", "name": "BeritaSatu Media"}, []),
        ([[{"@type": "Person", "name": "Tommy Kurnia"}], None, 3], ["Tommy Kurnia"]),
    ],
)  # fmt: skip
def test_clean_authors(values: object, expected: list[str]) -> None:
    assert clean_authors(values) == expected


def test_clean_authors_drops_the_site_name() -> None:
    assert clean_authors(["Zona Jakarta", "Beryl Santoso"], site_names=["Zona Jakarta"]) == [
        "Beryl Santoso"
    ]


def test_sane_offset() -> None:
    merdeka = parse_date("2021-06-17T09:54:49-07:00")
    assert merdeka is not None
    assert to_iso(sane_offset(merdeka)) == "2021-06-17T09:54:49+07:00"
    utc = parse_date("2016-02-16T02:10:56Z")
    assert utc is not None
    assert to_iso(sane_offset(utc)) == "2016-02-16T09:10:56+07:00"
    # Old Detik stamps WIB wall clock with "Z"; its URL says 10:00:26 WIB.
    detik = parse_date("2015-11-05 T10:08:58Z")
    url_time = ParsedDate(parse_date("2015-11-05T10:00:26+07:00").value, True)  # type: ignore[union-attr]
    assert detik is not None
    assert to_iso(sane_offset(detik, [url_time])) == "2015-11-05T10:08:58+07:00"
    wita = parse_date("2022-01-03T14:35:00+08:00")
    assert sane_offset(wita) == wita  # type: ignore[arg-type]
    assert sane_offset(wita).value.tzinfo != WIB  # type: ignore[arg-type]


def _meta(relpath: str, url: str):
    return read_metadata(Page.parse(shared_page(relpath), url))


# (file, url, headline, published, authors) read by hand from each page's header.
REAL = [
    (
        "tribunnews.com/tribunnews.com__136--solo.tribunnews.com.html",
        "https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m-adalah-vaksin-terbaik-cegah-covid-19-simak-penjelasan-dokter",
        "Protokol Kesehatan 3M adalah Vaksin Terbaik Cegah Covid-19, Simak Penjelasan Dokter",
        "2020-10-09T13:52:50+07:00",
        ["Hanang Yuwono"],
    ),
    (
        "pikiran-rakyat.com/pikiran-rakyat.com__621--zonajakarta.pikiran-rakyat.com.html",
        "https://zonajakarta.pikiran-rakyat.com/internasional/pr-18808737/walau-kena-covid-19-donald-trump-masih-berbahaya-karena-disampingnya-ada-pemicu-kiamat-dunia",
        "Walau Kena Covid-19, Donald Trump Masih Berbahaya Karena Disampingnya Ada Pemicu Kiamat Dunia",
        "2020-10-07T15:13:00+07:00",
        ["Beryl Santoso"],
    ),
    (
        "antaranews.com/antaranews.com__antara-singlepage2.html",
        "http://www.antaranews.com/berita/546643/prostitusi-ditenggarai-sudah-merambah-ke-pelajar-lampung",
        "Prostitusi ditenggarai sudah merambah ke pelajar Lampung",
        "2016-02-23T14:49:30+07:00",
        ["Budisantoso Budiman", "Agus S"],
    ),
    (
        "merdeka.com/merdeka.com__kasus-aktif-covid-19-melonjak-pemkot-bandung-batasi-kegiatan-masyarakat.html",
        "https://www.merdeka.com/peristiwa/kasus-aktif-covid-19-melonjak-pemkot-bandung-batasi-kegiatan-masyarakat.html",
        "Kasus Aktif Covid-19 Melonjak, Pemkot Bandung Batasi Kegiatan Masyarakat",
        "2021-06-17T11:38:29+07:00",  # page shows "17 Juni 2021 11:38"; meta says -07:00 (wrong)
        ["Aksara Bebey"],
    ),
    (
        "liputan6.com/liputan6.com__sc-300x600.html",
        "https://hot.liputan6.com/read/5043288/istri-evan-marvino-temukan-paket-misterius-kertas-bertuliskan-arab-bikin-resah",
        "Istri Evan Marvino Temukan Paket Misterius Kertas Bertuliskan Arab, Bikin Resah",
        "2022-08-16T09:20:21+07:00",
        ["Ibrahim Hasan"],
    ),
    (
        "okezone.com/okezone.com__okezone.html",
        "https://economy.okezone.com/read/2020/07/08/320/2243366/6-rekomendasi-bisnis-dengan-tingkat-kerugian-kecil-tertarik-mencoba",
        "6 Rekomendasi Bisnis dengan Tingkat Kerugian Kecil, Tertarik Mencoba?",
        "2020-07-09T07:26:05+07:00",
        ["Natasha Oktalia"],
    ),
]  # fmt: skip


@pytest.mark.shared
@pytest.mark.parametrize(("relpath", "url", "headline", "published", "authors"), REAL)
def test_real_pages(
    relpath: str, url: str, headline: str, published: str, authors: list[str]
) -> None:
    meta = _meta(relpath, url)
    assert meta.headline == headline
    assert meta.published == published
    assert meta.authors == authors
    assert meta.images
    assert meta.images[0]["url"].startswith("http")


@pytest.mark.shared
def test_truth_pages_headline_and_published_where_metadata_has_them() -> None:
    """truth.json: headline always; published wherever the page carries a machine-readable date."""
    rows = truth()
    if not rows:
        pytest.skip("../shared/pages/truth.json not present")
    dated = 0
    for row in rows:
        meta = _meta(row["file"], row["url"])
        assert meta.headline == row["title"], row["file"]
        if meta.published:
            dated += 1
            expected = parse_date(row["published"])
            assert expected is not None
            assert meta.published == to_iso(expected), row["file"]
    # Kompas 2015/2016 and old Okezone carry the date only in visible text (the portal layer's job).
    assert dated >= 5


@pytest.mark.shared
def test_merdeka_section_language_and_tags() -> None:
    meta = _meta(
        "merdeka.com/merdeka.com__5-penyebab-pusing-setelah-makan-dan-cara-mencegahnya-perlu-diketahui-kln.html",
        "https://www.merdeka.com/jabar/5-penyebab-pusing-setelah-makan-dan-cara-mencegahnya-perlu-diketahui-kln.html",
    )  # fmt: skip
    assert meta.section == "Jabar"
    assert meta.authors == ["Andre Kurniawan"]
    assert meta.published == "2021-06-16T13:00:00+07:00"
    assert meta.published_raw == "2021-06-16T13:00:00-07:00"
    # Its <meta keywords> are the description cut into words ("Umumnya,, banyak, …"): not tags.
    assert meta.tags == []
    assert not keywords_look_like_tags(meta.keywords, meta.headline, meta.description)


def test_handmade_page_with_graph_and_lists() -> None:
    html = """<html lang="id"><head>
    <title>Judul Berita Contoh - SuaraLampung.id</title>
    <meta property="og:site_name" content="SuaraLampung.id">
    <meta property="article:tag" content="UMKM"><meta property="article:tag" content="Metro">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Suara"},
      {"@type":"NewsArticle","headline":"Judul Berita Contoh","datePublished":"2022-03-24T11:56:26+07:00",
       "author":[{"@type":"Person","name":"Penulis: Ahmad Amri"},{"@type":"Person","name":"Wakos Reza"}],
       "editor":{"@type":"Person","name":"Editor: Wakos Reza"},
       "image":[{"@type":"ImageObject","url":"/img/a.jpg"}],"articleSection":"News"}]}</script>
    </head><body><h1>Judul Berita Contoh</h1></body></html>"""
    meta = read_metadata(Page.parse(html, "https://lampung.suara.com/read/2022/03/24/115626/judul"))
    assert meta.headline == "Judul Berita Contoh"
    assert meta.published == "2022-03-24T11:56:26+07:00"
    assert meta.authors == ["Ahmad Amri", "Wakos Reza"]
    assert meta.editor == "Wakos Reza"
    assert meta.section == "News"
    assert meta.tags == ["UMKM", "Metro"]
    assert meta.images == [{"url": "https://lampung.suara.com/img/a.jpg", "caption": ""}]
    assert meta.language == "id"
    assert meta.site_name == "SuaraLampung.id"


def test_page_without_metadata_gives_empty_fields() -> None:
    meta = read_metadata(Page.parse("<html><body><p>x</p></body></html>", "https://example.com/a"))
    assert (meta.headline, meta.published, meta.authors, meta.images) == ("", "", [], [])


def test_clean_tags_drops_bookkeeping_and_seo_filler() -> None:
    raw = [
        "Tekno:Telko",
        "Editor:Iskandar",
        "Media Visit",
        "#Hutchison 3 Indonesia",
        "Berita Terkini",
        "Berita",
        "hari ini",
        "Viral",  # (a topic: portals keep a tag page for it)
    ]
    assert clean_tags(raw) == ["Media Visit", "Hutchison 3 Indonesia", "Viral"]


def test_keywords_that_are_a_split_sentence_are_not_tags() -> None:
    headline = "Kronologi Terbongkarnya Pemalsuan Tanda Tangan JK oleh Arief Rosyid"
    split = ["Kronologi", "Terbongkarnya", "Pemalsuan", "Tanda", "Tangan", "JK", "oleh"]
    assert not keywords_look_like_tags(split, headline)
    assert not keywords_look_like_tags(["Umumnya", "banyak", "makan.", "jabar"], "")
    topics = ["samsung", "galaxy", "s6 edge+", "note 5"]
    assert keywords_look_like_tags(topics, "Google Umbar Kelemahan Galaxy S6 Edge")


def test_contributor_place_is_not_an_author() -> None:
    assert clean_authors(["Kontributor Lhokseumawe, Masriadi"]) == ["Masriadi"]
    assert clean_authors(["Kontributor: Andi, Budi"]) == ["Andi", "Budi"]
