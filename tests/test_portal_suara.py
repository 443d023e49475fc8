"""Suara: no saved real Suara page exists in ../shared; the project's own demo pages (built around
the seed text in the markup portals.md describes) stand in, plus host and URL rules."""

from pathlib import Path

import pytest

from newsbot.extract import extract_article
from newsbot.portals import find_site, portal_for_url

SITE = Path(__file__).resolve().parents[1] / "newsbot" / "demo" / "site" / "lampung-suara" / "read"
SEED_PAGE = "2022/03/24/115626/temui-gubernur-dki-anies-baswedan-wali-kota-metro-wahdi-siradjudin-pasarkan-potensi-umkm.html"


@pytest.mark.parametrize(
    "url",
    [
        "https://lampung.suara.com/read/2022/03/24/115626/slug",
        "https://www.suara.com/news/2024/01/02/101010/slug",
        "https://suarajogja.id/read/2020/08/28/210744/slug",
        "https://www.suarajawatengah.id/read/2020/09/01/101010/slug",
    ],
)
def test_every_suara_host_belongs_to_the_family(url):
    portal = portal_for_url(url)
    assert portal is not None
    assert portal.name == "suara"
    assert portal.is_article_url(url)


def test_not_suara_merdeka():
    assert portal_for_url("https://www.suaramerdeka.com/nasional/123/x") is None or (
        portal_for_url("https://www.suaramerdeka.com/nasional/123/x").name != "suara"
    )


def test_regional_sites_are_named_for_the_cli():
    _portal, site = find_site("suara-lampung")
    assert site.host == "lampung.suara.com"
    assert any(s.url.endswith("/static/news/lampung-sitemap.xml") for s in site.sources)


def test_four_layout_generations_newest_first():
    portal = portal_for_url("https://lampung.suara.com/")
    assert [layout.version for layout in portal.layouts] == ["v4", "v3", "v2", "v1"]


def test_seed_article_page():
    path = SITE / SEED_PAGE
    if not path.exists():
        pytest.skip("demo site page not present")
    art = extract_article(
        path.read_bytes(), "http://127.0.0.1:8000/lampung-suara/read/" + SEED_PAGE
    )
    assert art.portal == "suara"
    assert art.site == "lampung.suara.com"
    assert art.extractor.startswith("suara/")
    assert art.published == "2022-03-24T11:56:26+07:00"
    assert art.paragraphs[0].startswith("SuaraLampung.id - Wali Kota Metro Wahdi Siradjudin")
    assert art.dateline["outlet"] == "SuaraLampung.id"
    assert not any(p.startswith("Baca Juga") for p in art.paragraphs)
    assert art.paragraphs[-1].startswith("Di Akhir pertemuan Wahdi")
