"""Authors from a page's metadata on templates without a profile: names in any script, JSON-LD
people by their parts and inside a WebPage's mainEntity, the <meta> tags CMSs name authors in,
and microdata that belongs to the article rather than to the teasers around it. Pages written
here."""

from __future__ import annotations

import json

import pytest

from newsbot.extract import extract_article
from newsbot.extract.metadata import clean_authors

URL = "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan"
PROSE = (
    "Pemerintah Kota Bandar Lampung menyiagakan 12 posko banjir di kecamatan rawan genangan "
    "menjelang puncak musim hujan yang diperkirakan jatuh pada akhir bulan ini. Setiap posko "
    "dilengkapi perahu karet, tenda darurat dan dapur umum."
)


def page(head: str = "", body_top: str = "", body_end: str = "") -> str:
    return (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="og:site_name" content="Kabar Warga">'
        '<meta property="article:published_time" content="2026-11-20T10:15:00+07:00">'
        f"{head}</head><body>{body_top}<h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        f"<article><p>{PROSE}</p><p>{PROSE}</p></article>{body_end}</body></html>"
    )


def jsonld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


@pytest.mark.parametrize(
    "name",
    ["大渡 美咲", "新間", "구현모", "Андрей Колесников", "Ярослав Кузишин", "Jörg Soldwisch"],
)
def test_names_in_any_script_are_names(name: str) -> None:
    assert clean_authors([name]) == [name]


@pytest.mark.parametrize("value", ["ab", "Kabar Warga", "https://www.facebook.com/kabarwarga"])
def test_initials_the_outlet_and_urls_are_no_names(value: str) -> None:
    assert clean_authors([value], site_names=["Kabar Warga"]) == []


def test_a_person_given_by_name_parts() -> None:
    people = [
        {"@type": "Person", "givenName": "Rina", "familyName": "Marlina"},
        {"@type": "Person", "givenName": "Anna Giulia", "familyName": "Fink"},
    ]
    assert clean_authors(people) == ["Rina Marlina", "Anna Giulia Fink"]


def test_the_article_inside_a_webpage_main_entity() -> None:
    """Headline, author and zoned time of a NewsArticle given as a WebPage's mainEntity."""
    ld = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "WebPage",
            "mainEntity": {
                "@type": "NewsArticle",
                "headline": "Posko banjir disiagakan di 12 kecamatan",
                "datePublished": "2026-11-20T10:15:00+08:00",
                "author": {"@type": "Person", "name": "Rina Marlina"},
                "publisher": {"@type": "Organization", "name": "Kabar Warga"},
            },
        }
    )
    art = extract_article(page(head=ld), URL)
    assert art.authors == ["Rina Marlina"]
    assert art.published == "2026-11-20T10:15:00+08:00"


@pytest.mark.parametrize(
    "tags",
    [
        '<meta property="article:author" content="Rina Marlina">',
        '<meta name="sailthru.author" content="Rina Marlina">',
        '<meta name="parsely-author" content="Rina Marlina">',
        '<meta name="byl" content="By Rina Marlina">',
        # Yoast SEO's reading aids, in English and Indonesian, and its newer misc form.
        '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Rina Marlina">',
        (
            '<meta name="twitter:label1" content="Estimasi waktu membaca">'
            '<meta name="twitter:data1" content="2 menit">'
            '<meta name="twitter:label2" content="Ditulis oleh">'
            '<meta name="twitter:data2" content="Rina Marlina">'
        ),
        '<meta name="twitter:misc:Written by" content="Rina Marlina">',
        # The outlet in one tag, the person in the next.
        '<meta name="author" content="Kabar Warga"><meta name="sailthru.author" content="Rina Marlina">',
        # A profile URL names nobody: the next tag does.
        (
            '<meta property="article:author" content="https://www.facebook.com/rina.marlina">'
            '<meta name="parsely-author" content="Rina Marlina">'
        ),
    ],
)
def test_author_meta_tags(tags: str) -> None:
    assert extract_article(page(head=tags), URL).authors == ["Rina Marlina"]


def test_a_reading_time_label_names_no_author() -> None:
    tags = '<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="3 minutes">'
    assert extract_article(page(head=tags), URL).authors == []


def test_microdata_authors_of_the_article_not_of_the_teasers() -> None:
    """Teasers of other stories carry loose itemprop=author elements; the article item's own
    author is the one."""
    own = (
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
        '<span itemprop="name">Rina Marlina</span></span></div>'
    )
    teasers = "".join(
        f'<li><a href="/x/{i}">Berita lain {i}</a> <span itemprop="author">{name}</span></li>'
        for i, name in enumerate(["Hendra Saputra", "Dewi Lestari", "Agus Salim"])
    )
    art = extract_article(page(body_top=own, body_end=f"<ul>{teasers}</ul>"), URL)
    assert art.authors == ["Rina Marlina"]


def test_microdata_authors_without_an_article_item_are_read() -> None:
    loose = '<p>Oleh <span itemprop="author">Rina Marlina</span></p>'
    assert extract_article(page(body_top=loose), URL).authors == ["Rina Marlina"]


@pytest.mark.parametrize(
    ("value", "site_names", "expected"),
    [
        # The outlet's host, and its address after it.
        ("kabarwarga.de, Frankfurt, Germany", ["Kabar Warga"], []),
        ("mdr.de", [], []),
        # A person before the outlet stays; the outlet's desk after it goes.
        ("Rina Marlina, Kabarwarga.com, Jakarta", ["Kabar Warga"], ["Rina Marlina"]),
        # The outlet spelt out where its host is its initials.
        ("Deutsche Welle", ["dw"], []),
        # The outlet and its regional desk or channel.
        ("Rina Marlina, KABARWARGA LAMPUNG", ["kabarwarga"], ["Rina Marlina"]),
        ("Kabarwarga TV", ["kabarwarga"], []),
        ("Rina Marlina, DW Akademie", ["dw"], ["Rina Marlina"]),
        ("Rina Marlina", ["dw"], ["Rina Marlina"]),
    ],
)
def test_an_outlet_is_no_author(value: str, site_names: list[str], expected: list[str]) -> None:
    assert clean_authors([value], site_names=site_names) == expected


def test_an_outlet_spelt_out_on_its_initials_host() -> None:
    tags = '<meta name="author" content="Kabar Warga Nusantara (www.kwn.example)">'
    art = extract_article(page(head=tags), "https://www.kwn.example/2026/11/20/posko-banjir")
    assert art.authors == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Kontributor Lhokseumawe", []),
        ("Tim Redaksi", []),
        ("Redaksi Kabar Warga", []),
        ("Pilihan Editor", []),
        ("Von", []),
        (": Kontributor Lhokseumawe, Masriadi", ["Masriadi"]),
        ("Wartawan Lampung, Rina Marlina", ["Rina Marlina"]),
        ("Andi Saputra - kabarnews", ["Andi Saputra"]),
        ("Tim Liputan", []),
        ("Humas Pemkot Metro", []),
        ("Rilis", []),
        ("Siaran Pers", []),
        # An academic degree after the comma is the name's, not a second author.
        ("Rina Marlina, S.Sos., M.Si.", ["Rina Marlina"]),
        ("Budi Santoso, S.H., M.H.", ["Budi Santoso"]),
        ("Sri Mulyani, Ph.D", ["Sri Mulyani"]),
        ("Ahmad Dhani, Lc", ["Ahmad Dhani"]),
        ("STEVE PEOPLES, THOMAS BEAUMONT", ["STEVE PEOPLES", "THOMAS BEAUMONT"]),
    ],
)
def test_offices_desks_and_labels_are_no_persons(value: str, expected: list[str]) -> None:
    """A desk, an office or a role is not a person; the name beside it is."""
    assert clean_authors([value], site_names=["Kabar Warga"]) == expected


def test_a_jsonld_author_the_page_names_as_editor_gives_way_to_the_byline() -> None:
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Posko banjir disiagakan di 12 kecamatan",
            "author": {"@type": "Person", "name": "Hendra Saputra"},
        }
    )
    art = extract_article(
        page(
            head=head,
            body_top='<span class="byline__name">Rina Marlina</span>',
            body_end="<p>Editor: Hendra Saputra</p>",
        ),
        URL,
    )
    assert (art.authors, art.editor) == (["Rina Marlina"], "Hendra Saputra")
