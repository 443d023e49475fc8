"""Tags on templates without a profile (pages written for these tests, fictional news), and on
saved real pages read in place from ../shared/pages with the profiles switched off."""

from __future__ import annotations

from unittest import mock

import pytest
from conftest import shared_page

import newsbot.extract
from newsbot.extract import extract_article

STORY = "".join(
    f"<p>Paragraf {i}: pemerintah kota mulai memperbaiki jalan utama menjelang musim hujan.</p>"
    for i in range(6)
)
URL = "https://kabarkota.example.id/berita/2024/03/01/jalan-utama-diperbaiki-menjelang-hujan"


def page(after: str, head: str = "") -> str:
    return (
        "<html lang='id'><head><title>Jalan utama diperbaiki - Kabar Kota</title>"
        f"{head}</head><body><h1>Jalan utama diperbaiki menjelang hujan</h1>"
        f"<article>{STORY}{after}</article></body></html>"
    )


def test_a_tag_box_no_selector_names_is_read_before_the_keywords() -> None:
    # The keywords add the site's section names; the box under the story lists the tags.
    head = "<meta name='keywords' content='Jalan Utama, Musim Hujan, Nasional, News'>"
    box = (
        "<div class='detail-tag newtag'><span>Tag:</span>"
        "<a href='/tag/jalan-utama'>#Jalan Utama</a> <a href='/tag/musim-hujan'>#Musim Hujan</a>"
        " <a href='/tag/dinas-pu'>#Dinas PU</a></div>"
    )
    art = extract_article(page(box, head), URL)
    assert art.tags == ["Jalan Utama", "Musim Hujan", "Dinas PU"]


def test_the_sites_own_name_and_host_are_no_tags() -> None:
    head = (
        "<meta property='og:site_name' content='Kabar Kota'>"
        "<meta name='keywords' content='Kabar Kota, kabarkota.example.id, jalan utama, musim hujan'>"
    )
    art = extract_article(page("", head), URL)
    assert art.tags == ["jalan utama", "musim hujan"]


@pytest.mark.parametrize(
    ("file", "url"),
    [
        (
            "okezone.com/okezone.com__okezone.html",
            (
                "https://economy.okezone.com/read/2020/07/08/320/2243366/"
                "6-rekomendasi-bisnis-dengan-tingkat-kerugian-kecil-tertarik-mencoba"
            ),
        ),
        (
            "tribunnews.com/tribunnews.com__136--solo.tribunnews.com.html",
            (
                "https://solo.tribunnews.com/2020/10/09/"
                "protokol-kesehatan-3m-adalah-vaksin-terbaik-cegah-covid-19-simak-penjelasan-dokter"
            ),
        ),
    ],
)
def test_saved_pages_read_without_their_profile_keep_the_profiles_tags(file: str, url: str) -> None:
    html = shared_page(file)
    profiled = extract_article(html, url)
    with mock.patch.object(newsbot.extract, "portal_for_page", return_value=None):
        generic = extract_article(html, url)
    assert generic.extractor == "generic"
    assert profiled.tags
    assert generic.tags == profiled.tags
