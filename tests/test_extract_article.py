"""extract_article as a caller sees it: typed outcomes for bad input, never a bare exception."""

from __future__ import annotations

import pytest
from conftest import shared_page

from newsbot.extract import ExtractionError, NotAnArticle, UnreadablePage, extract_article

PROSE = (
    "Pemerintah Kota Bandar Lampung menyiagakan posko banjir di 12 kecamatan menjelang puncak "
    "musim hujan yang diperkirakan terjadi pada Desember."
)


def article_html(body_paragraphs: list[str], *, head: str = "", canonical: str = "") -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body_paragraphs)
    return (
        f"<html><head>{head}<title>Posko banjir disiagakan - Contoh</title>{link}"
        '<meta property="og:type" content="article"></head><body>'
        "<h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        f"<article><div class='content'>{paragraphs}</div></article></body></html>"
    )


def test_cp1252_page_declared_by_meta_charset_decodes_correctly():
    text = PROSE + " Kafe \u201cCaf\u00e9 Tapis\u201d ikut membuka dapur umum."
    html = article_html([text, PROSE], head='<meta charset="windows-1252">').encode("cp1252")
    art = extract_article(html, "https://example.id/berita/2026/11/25/posko-banjir")
    assert "\u201cCaf\u00e9 Tapis\u201d" in art.body


def test_latin1_bytes_with_http_charset_header_win_over_nothing():
    html = article_html([PROSE + " Caf\u00e9.", PROSE]).encode("latin-1")
    art = extract_article(html, "https://example.id/berita/x", "text/html; charset=ISO-8859-1")
    assert "Caf\u00e9." in art.body


def test_utf8_bom_without_declaration():
    html = b"\xef\xbb\xbf" + article_html([PROSE + " Rp38 ribu \u2013 turun.", PROSE]).encode()
    art = extract_article(html, "https://example.id/berita/x")
    assert "Rp38 ribu \u2013 turun." in art.body
    assert not art.headline.startswith("\ufeff")


@pytest.mark.parametrize("content", [b"", b"   \n\t  ", ""])
def test_empty_page_is_unreadable(content):
    with pytest.raises(UnreadablePage):
        extract_article(content, "https://example.id/x")


def test_binary_content_is_unreadable():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40
    with pytest.raises(UnreadablePage):
        extract_article(png, "https://example.id/gambar.png")


def test_twenty_megabyte_page_is_refused_before_parsing():
    huge = b"<html><body>" + b"<p>" + b"kata " * 4_000_000 + b"</p></body></html>"
    assert len(huge) > 20_000_000
    with pytest.raises(UnreadablePage, match="over the 16 MiB limit"):
        extract_article(huge, "https://example.id/besar")


@pytest.mark.parametrize(
    "content",
    [
        b"<html>",
        b"<<<>>>",
        b"\x00\x01\x02 not html at all",
        "<html><body><h1>Judul saja</h1></body></html>",
        b"<?xml version='1.0' encoding='utf-8'?><rss><channel><item/></channel></rss>",
        "<html><body>" + "<div>" * 5000 + "teks" + "</div>" * 5000 + "</body></html>",
    ],
)
def test_garbage_never_raises_anything_but_an_extraction_error(content):
    with pytest.raises(ExtractionError):
        extract_article(content, "https://example.id/x")


def test_headline_without_body_is_not_an_article():
    html = article_html(["Singkat."])
    with pytest.raises(NotAnArticle):
        extract_article(html, "https://example.id/berita/2026/11/25/singkat")


@pytest.mark.shared
@pytest.mark.parametrize(
    ("path", "url"),
    [
        ("detik.com/detik.com__View.html", "https://www.detik.com"),
        ("detik.com/detik.com__detik.html", "https://news.detik.com/indeks"),
        ("kompas.com/kompas.com__kompas-mainpage.html", "http://indeks.kompas.com/"),
        ("tribunnews.com/tribunnews.com__tribun.html", "https://www.tribunnews.com/"),
        ("merdeka.com/merdeka.com__504--www.merdeka.com.html", "https://www.merdeka.com/"),
        ("liputan6.com/liputan6.com__liputan6-mainpage.html", "http://www.liputan6.com/indeks"),
        ("okezone.com/okezone.com__okezone-mainpage.html", "http://www.okezone.com/"),
        ("viva.co.id/viva.co.id__viva-mainpage.html", "http://www.viva.co.id/indeks"),
        ("bola.com/bola.com__bolacom.html", "https://www.bola.com"),
    ],
)
def test_home_and_index_pages_are_not_articles(path, url):
    with pytest.raises(NotAnArticle):
        extract_article(shared_page(path), url)


def test_demo_copy_on_localhost_is_attributed_by_its_canonical_url():
    canonical = (
        "https://lampung.suara.com/read/2026/11/26/101533/harga-cabai-merah-turun-jadi-rp38-ribu"
    )
    html = article_html(["SuaraLampung.id - " + PROSE, PROSE, PROSE], canonical=canonical)
    art = extract_article(html, "http://127.0.0.1:8000/lampung-suara/read/2026/11/26/101533/x.html")
    assert art.url == canonical
    assert art.portal == "suara"
    assert art.site == "lampung.suara.com"
    assert art.published == "2026-11-26T10:15:33+07:00"  # from Suara's URL when nothing else says
    assert art.paragraphs[0].startswith("SuaraLampung.id - ")  # dateline kept as printed
    assert art.lead.startswith("Pemerintah Kota Bandar Lampung")


def test_record_fields_that_tools_read():
    closing = "Warga diminta melapor ke posko terdekat bila air mulai naik ke permukiman. (tim/tim)"
    html = article_html([PROSE, "Baca Juga: Judul lain yang tidak relevan", closing])
    art = extract_article(html, "https://example.id/berita/2026/11/25/posko")
    assert art.extractor == "generic"
    assert art.body == "\n\n".join(art.paragraphs)
    assert "Baca Juga" not in art.body
    assert art.paragraphs[-1].endswith("naik ke permukiman.")
    assert art.language == "id"
    assert len(art.content_hash) == 64
    assert art.headline == "Posko banjir disiagakan di 12 kecamatan"


def test_compiled_selectors_agree_with_css() -> None:
    """Profile selectors (compiled with a cheap class pre-test) answer as lxml's CSS engine does."""
    from lxml.cssselect import CSSSelector
    from lxml.html import document_fromstring

    from newsbot.portals.base import select

    tree = document_fromstring(
        "<html><body><div id='main' class='a b'><p class='x'>1</p><div class='b'>"
        "<p class='x y'>2</p><a href='#'>l1</a></div></div><p class='x'>3</p>"
        "<ul class='tags'><li><a>t1</a></li><li><a>t2</a></li></ul></body></html>"
    )
    inner = tree.get_element_by_id("main")
    for css in (".x", "p.x.y", ".a .x", "#main .x", "div.b a", ".tags a", ".nope a, .tags a",
                ".x, .tags a", "#main"):  # fmt: skip
        for root in (tree, inner):
            assert select(root, css) == CSSSelector(css, translator="html")(root), (css, root)
