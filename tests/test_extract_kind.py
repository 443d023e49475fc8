"""Refuse only what is not an article: a page that says it is a story yields a record, marked
with its `kind`; listings, home and index pages, consent walls and empty shells are refused.

Real pages are read in place from ../shared (skipped when absent); the small pages below were
written for these tests (fictional content).
"""

from __future__ import annotations

import gzip
import json

import pytest
from conftest import PAGES, SHARED, manifest, shared_page

from newsbot.extract import NotAnArticle, extract_article

FUNDUS = SHARED / "corpus" / "fundus"
CAPTION = "Warga memadati alun-alun kota saat festival lampion digelar Sabtu malam."


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def story_head(og_type: str = "article", ld_type: str = "", title: str = "Festival Lampion") -> str:
    ld = (
        f'<script type="application/ld+json">{{"@type": "{ld_type}", "headline": "{title}",'
        ' "datePublished": "2026-11-20T19:30:00+07:00"}</script>'
        if ld_type
        else ""
    )
    og = f'<meta property="og:type" content="{og_type}">' if og_type else ""
    return (
        f"<title>{title} - Kabar Kota</title>{og}"
        '<meta property="article:published_time" content="2026-11-20T19:30:00+07:00">'
        f"{ld}"
    )


GALLERY = "".join(
    f"<figure><img src='/img/lampion-{i}.jpg'><figcaption>{CAPTION} ({i})</figcaption></figure>"
    for i in range(4)
)


def test_a_photo_story_with_caption_length_text_is_a_photo_record() -> None:
    html = page(
        story_head(),
        f"<article><h1>Festival Lampion</h1>{GALLERY}<p>Ribuan lampion menyala.</p></article>",
    )
    art = extract_article(html, "https://kabarkota.example/foto/2026/11/20/festival-lampion-kota")
    assert art.kind == "photo"
    assert art.headline == "Festival Lampion"
    assert art.body == "Ribuan lampion menyala."
    assert len(art.images) == 4
    assert art.images[0]["caption"] == f"{CAPTION} (0)"


def test_a_photo_story_of_captions_only_has_its_captions_as_text() -> None:
    """Nothing but photos and their captions, no description: the captions are what a
    reader reads (and the record needs a body to be stored)."""
    html = page(story_head(), f"<article><h1>Festival Lampion</h1>{GALLERY}</article>")
    art = extract_article(html, "https://kabarkota.example/foto/2026/11/20/festival-lampion-kota")
    assert art.kind == "photo"
    assert art.paragraphs == [f"{CAPTION} ({i})" for i in range(4)]
    assert [i["caption"] for i in art.images] == art.paragraphs


def test_a_video_page_keeps_its_description_as_text() -> None:
    html = page(
        story_head(og_type="video.other")
        + '<meta property="og:description" content="Cuplikan festival lampion di alun-alun.">',
        "<h1>Festival Lampion</h1><video src='/v/lampion.mp4'></video>",
    )
    art = extract_article(html, "https://kabarkota.example/video/festival-lampion-di-alun-alun")
    assert art.kind == "video"
    assert art.body == "Cuplikan festival lampion di alun-alun."


def test_a_live_blog_is_marked_live() -> None:
    posts = "".join(f"<p>{CAPTION} Pembaruan ke-{i}.</p>" for i in range(6))
    html = page(story_head(ld_type="LiveBlogPosting"), f"<h1>Festival Lampion</h1>{posts}")
    art = extract_article(html, "https://kabarkota.example/2026/11/20/festival-lampion-langsung")
    assert art.kind == "live"


def test_a_long_article_is_an_article_whatever_it_embeds() -> None:
    paragraphs = "".join(f"<p>{CAPTION} Paragraf {i} tentang festival.</p>" for i in range(8))
    html = page(
        story_head(ld_type="NewsArticle"), f"<h1>Festival Lampion</h1>{GALLERY}{paragraphs}"
    )
    art = extract_article(html, "https://kabarkota.example/foto/festival-lampion-kota-ramai")
    assert art.kind == "article"


def test_short_text_without_any_claim_is_still_refused() -> None:
    html = page("<title>Kabar Kota</title>", "<h1>Kabar Kota</h1><p>Ribuan lampion menyala.</p>")
    with pytest.raises(NotAnArticle, match="article body"):
        extract_article(html, "https://kabarkota.example/tentang")


def test_a_consent_wall_is_refused() -> None:
    wall = (
        "<div class='consent-wall' role='dialog'><h2>Before you continue</h2>"
        + "<p>We use cookies and data to deliver and maintain services, measure audience"
        " engagement and site statistics, and show personalised content and ads.</p>"
        * 4
        + "<button>Accept all</button></div>"
    )
    html = page("<title>Before you continue</title>", f"<h1>Before you continue</h1>{wall}")
    with pytest.raises(NotAnArticle, match="consent or cookie wall"):
        extract_article(html, "https://consent.example/ml?continue=https://news.example/")


def test_an_empty_script_shell_that_claims_an_article_is_refused() -> None:
    html = page(story_head(ld_type="NewsArticle"), "<div id='root'></div><script>boot()</script>")
    with pytest.raises(NotAnArticle, match="empty page shell"):
        extract_article(html, "https://kabarkota.example/2026/11/20/festival-lampion-kota")


def test_a_listing_with_article_type_links_is_refused() -> None:
    items = "".join(
        f"<li><a href='/2026/11/2{i}/berita-{i}'>Berita nomor {i} tentang kota hari ini</a></li>"
        for i in range(10)
    )
    html = page(
        '<title>Indeks Berita - Kabar Kota</title><meta property="og:type" content="website">',
        f"<h1>Indeks Berita</h1><ul>{items}</ul>",
    )
    with pytest.raises(NotAnArticle):
        extract_article(html, "https://kabarkota.example/indeks")


# -- real pages ---------------------------------------------------------------------------------


def _html_rows(kind: str) -> list[dict[str, str]]:
    return [r for r in manifest() if r["kind"] == kind and r["file"].endswith(".html")]


@pytest.mark.shared
@pytest.mark.parametrize("row", _html_rows("listing"), ids=lambda r: r["file"].split("/")[-1][:40])
def test_listing_and_index_pages_stay_refused(row: dict[str, str]) -> None:
    with pytest.raises(NotAnArticle):
        extract_article(shared_page(row["file"]), row["url"] or "http://localhost/")


@pytest.mark.shared
@pytest.mark.parametrize("row", _html_rows("article"), ids=lambda r: r["file"].split("/")[-1][:40])
def test_every_saved_article_page_yields_a_record(row: dict[str, str]) -> None:
    art = extract_article(shared_page(row["file"]), row["url"])
    assert art.headline
    assert art.body


@pytest.mark.shared
def test_saved_photo_story_is_a_photo_record() -> None:
    rows = [r for r in _html_rows("article") if "/foto/" in r["url"]]
    if not rows:
        pytest.skip("no saved photo story in ../shared/pages")
    for row in rows:
        art = extract_article(shared_page(row["file"]), row["url"])
        assert art.kind == "photo", row["file"]


def _fundus() -> list[dict[str, object]]:
    path = FUNDUS / "truth.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.shared
@pytest.mark.parametrize("truth", _fundus(), ids=lambda t: str(t["file"]).split("/")[-1][:34])
def test_every_corpus_page_yields_a_record(truth: dict[str, object]) -> None:
    """Real articles of 176 publishers the extraction was never written against."""
    html = gzip.decompress((FUNDUS / str(truth["file"])).read_bytes())
    art = extract_article(html, str(truth["url"]))
    assert art.headline
    assert art.body


def test_the_corpus_test_reads_in_place() -> None:
    if not (FUNDUS / "truth.jsonl").exists():
        pytest.skip(f"{FUNDUS} not present: the corpus tests above are skipped")
    assert len(_fundus()) > 200
    assert PAGES.exists()
