"""The section of a story: metadata, breadcrumbs, then only a URL segment the page shows to be one.

Pages written for these tests (fictional news), and saved real pages read in place.
"""

from __future__ import annotations

import json

import pytest
from conftest import shared_page

from newsbot.extract import extract_article

STORY = "".join(
    f"<p>Paragraf {i}: pemerintah kota mulai memperbaiki jalan utama menjelang musim hujan.</p>"
    for i in range(6)
)
HEADLINE = "Perbaikan jalan utama dimulai pekan ini"


def page(head: str = "", before: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body>{before}"
        f"<article><h1>{HEADLINE}</h1>{STORY}</article>{after}</body></html>"
    )


def section(html: str, url: str = "https://kabar.example/read/2026/11/02/jalan-utama") -> str:
    return extract_article(html, url).section


def test_the_deepest_crumb_that_is_neither_home_nor_the_story() -> None:
    crumbs = (
        "<ul class='breadcrumb'><li><a href='/'>Beranda</a></li>"
        "<li><a href='/news/'>News</a></li><li><a href='/news/daerah/'>Daerah</a></li>"
        f"<li><a href='/read/2026/11/02/jalan-utama'>{HEADLINE}</a></li></ul>"
    )
    assert section(page(before=crumbs)) == "Daerah"


def test_a_subdomain_home_in_the_trail_is_a_section() -> None:
    crumbs = (
        "<div class='kcm-breadcrumb'><a href='https://news.kabar.example/'>News</a>"
        "<a href='https://regional.kabar.example/'>Regional</a></div>"
    )
    url = "https://regional.kabar.example/read/2026/11/02/123/jalan-utama"
    assert section(page(before=crumbs), url) == "Regional"


def test_a_jsonld_breadcrumb_list_is_read_and_its_escaped_names_unescaped() -> None:
    data = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://kabar.example/"},
            {
                "@type": "ListItem",
                "position": 2,
                "item": {"@id": "/ekbis", "name": "Ekonomi&#x20;Bisnis"},
            },
        ],
    }
    head = f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    assert section(page(head=head)) == "Ekonomi Bisnis"


@pytest.mark.parametrize(
    "url",
    [
        "https://kabar.example/read/2026/11/02/jalan-utama",  # a fixed prefix, then the date
        "https://kabar.example/2026/11/02/jalan-utama",  # the year
        "https://kabar.example/jalan-utama-diperbaiki",  # the story's own slug
    ],
)
def test_no_section_where_the_url_only_has_a_prefix_a_date_or_the_slug(url: str) -> None:
    others = "".join(
        f"<li><a href='/read/2026/11/0{i}/berita-lain-{i}'>Berita lain {i}</a></li>"
        for i in range(4)
    )
    assert section(page(after=f"<ul>{others}</ul>"), url) == ""


def test_a_url_segment_other_stories_vary_is_the_section() -> None:
    # /bola/read/…, /news/read/…, /showbiz/read/…: the first segment names the channel.
    others = "".join(
        f"<li><a href='/{channel}/read/55{i}/berita-lain'>Berita lain</a></li>"
        for i, channel in enumerate(["news", "showbiz", "bola", "tekno"])
    )
    url = "https://kabar.example/bola/read/4922610/jalan-utama"
    assert section(page(after=f"<ul>{others}</ul>"), url) == "bola"


def test_a_url_segment_whose_index_the_menu_links_takes_the_menus_name() -> None:
    nav = (
        "<nav><a href='/'>Beranda</a><a href='/nasional'>Nasional</a><a href='/bola'>Bola</a></nav>"
    )
    url = "https://kabar.example/nasional/2026/11/02/jalan-utama"
    assert section(page(before=nav), url) == "Nasional"


def test_a_host_name_in_article_section_is_no_section() -> None:
    head = "<meta property='article:section' content='lifestyle.kabar.example'>"
    crumbs = "<ol class='breadcrumbs'><li><a href='/'>Home</a></li><li><a href='/health'>Health</a></li></ol>"
    assert section(page(head=head, before=crumbs)) == "Health"


@pytest.mark.parametrize(
    ("file", "url", "expected"),
    [
        (
            "kompas.com/kompas.com__kompas-singlepage.html",
            "http://regional.kompas.com/read/2015/11/04/21040031/Polres.Lhokseumawe.Serahkan.Anggota.Di.Minimi.ke.Kejaksaan",
            "Regional",
        ),
        (
            "detik.com/detik.com__detik-singlepage.html",
            "http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy-s6-edge",
            "Security",
        ),
    ],
)
def test_saved_pages_take_the_section_their_breadcrumb_shows(
    file: str, url: str, expected: str
) -> None:
    assert extract_article(shared_page(file), url).section == expected
