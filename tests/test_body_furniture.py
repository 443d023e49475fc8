"""What a generic container holds besides the text, and where it goes: captions and credits to
images[], closing promos and syndication lines out, bylines and date lines out, one copy of a
photo in several sizes, the requested story only on an infinite-scroll page.

All pages here were written for these tests (fictional news).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PAGES

from newsbot.extract import extract_article, image_key

URL = "https://rivertown-news.example/2024/05/03/council-approves-cycling-lanes"
TEXT = [
    "The council approved the new cycling lanes on the river road after a debate of four hours.",
    "Residents had collected more than two thousand signatures in favour of the plan this spring.",
    "Work on the first section starts in June and should be finished before the school holidays.",
    "Shop owners on the road asked for delivery bays, which the plan now includes at three places.",
]


def page(body: str, head: str = "") -> str:
    return (
        "<html lang='en'><head><title>Council approves cycling lanes | Rivertown Courier</title>"
        '<meta property="og:title" content="Council approves cycling lanes">'
        f'<meta property="og:type" content="article">{head}</head><body>'
        f"<nav><a href='/'>Home</a><a href='/news'>News</a></nav>{body}</body></html>"
    )


def paragraphs(*extra: str, before: str = "", after: str = "") -> str:
    return before + "".join(f"<p>{t}</p>" for t in TEXT) + "".join(extra) + after


@pytest.mark.parametrize(
    "line",
    [
        "This article first appeared on The Rivertown Conversation.",
        "This story was originally published by Riverside Weekly.",
        "Read the full story at Rivertown Courier.",
        "Sign up for our Rivertown Morning newsletter to get the news first.",
        "Got a story? Get in touch with our news team at news@example.com.",
        "Follow Rivertown Courier on Twitter and Facebook for the latest updates.",
        "— Associated Press writer Jane Roe in Paris contributed to this report.",
        "We apologize, but this video has failed to load.",
        # Video promos of Indonesian portals, between the paragraphs or after them.
        "Lihat Video: Banjir rendam ratusan rumah di Telukbetung",
        "Tonton juga video berikut ini:",
        "Saksikan video selengkapnya di kanal YouTube kami",
        "Simak Video &quot;Warga mengungsi ke masjid&quot;",
        # Reading prompts between the paragraphs.
        "Scroll down untuk melanjutkan membaca",
        "Baca Selanjutnya:",
    ],
)
def test_closing_promos_and_syndication_lines_go(line: str) -> None:
    art = extract_article(page(f"<article>{paragraphs(f'<p>{line}</p>')}</article>"), URL)
    assert art.paragraphs == TEXT


def test_a_sentence_about_a_video_stays() -> None:
    line = (
        "Polisi melihat video rekaman kamera pengawas yang memperlihatkan pelaku masuk lewat"
        " pintu belakang, lalu memeriksa tiga saksi."
    )
    art = extract_article(page(f"<article>{paragraphs(f'<p>{line}</p>')}</article>"), URL)
    assert art.paragraphs == [*TEXT, line]


def test_a_sentence_about_publishing_stays() -> None:
    line = "The study was published in a journal on Monday, the researchers said in a statement."
    art = extract_article(page(f"<article>{paragraphs(f'<p>{line}</p>')}</article>"), URL)
    assert art.paragraphs == [*TEXT, line]


def test_caption_and_credit_lines_become_the_photo_caption() -> None:
    body = (
        "<article><p>" + TEXT[0] + "</p>"
        "<div class='media'><img src='/img/lanes-main.jpg'></div>"
        "<p>Cyclists on the river road on Tuesday. (AP Photo/Jane Roe)</p>"
        "<p>" + "</p><p>".join(TEXT[1:]) + "</p>"
        "<div><img src='/img/lanes-map-detail.jpg'></div><p>Foto: Dok. Dinas Perhubungan</p>"
        "</article>"
    )
    art = extract_article(page(body), URL)
    assert art.paragraphs == TEXT
    captions = {image["url"].rsplit("/", 1)[-1]: image["caption"] for image in art.images}
    assert (
        captions["lanes-main.jpg"] == "Cyclists on the river road on Tuesday. (AP Photo/Jane Roe)"
    )
    assert captions["lanes-map-detail.jpg"] == "Foto: Dok. Dinas Perhubungan"


def test_a_caption_crediting_its_source_with_a_slash_goes_to_the_photo() -> None:
    caption = "Paket misterius ditemukan di depan rumah warga (Sumber: Instagram/warga_kota)"
    body = (
        f"<article><p>{TEXT[0]}</p><div class='media'><img src='/img/paket.jpg'></div>"
        f"<p>{caption}</p><p>" + "</p><p>".join(TEXT[1:]) + "</p></article>"
    )
    art = extract_article(page(body), URL)
    assert art.paragraphs == TEXT
    assert [i["caption"] for i in art.images if i["url"].endswith("paket.jpg")] == [caption]


def test_a_sentence_citing_its_source_stays() -> None:
    line = "Angka kemiskinan turun menjadi 9,4 persen tahun ini (Sumber: Badan Pusat Statistik)."
    art = extract_article(page(f"<article>{paragraphs(f'<p>{line}</p>')}</article>"), URL)
    assert art.paragraphs == [*TEXT, line]


def test_an_ad_widget_credit_is_no_caption() -> None:
    body = (
        "<article><figure><img src='/img/lanes-main.jpg'></figure>"
        + paragraphs()
        + "<div class='recommend-box'><div class='recommend_credit'>Recommended by</div></div>"
        "</article>"
    )
    art = extract_article(page(body), URL)
    assert all(image["caption"] != "Recommended by" for image in art.images)


def test_the_same_photo_in_several_sizes_is_stored_once() -> None:
    head = (
        '<meta property="og:image" content="https://cdn.example/1200x630/uploads/lanes-main.jpg">'
    )
    body = (
        "<article><figure><img src='https://cdn.example/640x360/uploads/lanes-main.jpg'>"
        "<figcaption>Cyclists on the river road.</figcaption></figure>"
        "<figure><img src='/wp-content/uploads/lanes-main-300x200.jpg'></figure>"
        + paragraphs()
        + "</article>"
    )
    art = extract_article(page(body, head), URL)
    assert len(art.images) == 1
    assert art.images[0]["caption"] == "Cyclists on the river road."
    assert image_key("https://x.example/a/photo.jpg") == ""  # too generic a name to tell


def test_byline_date_and_label_lines_of_a_generic_container_go() -> None:
    before = (
        "<div class='meta'><span>By Jane Roe</span></div>"
        "<div>Published May 03, 2024 • Last updated 1 hour ago • 4 minute read</div>"
        "<div>Council approves cycling lanes</div><div>Share</div>"
    )
    after = "<div>Video</div><div>3 hours ago</div>"
    art = extract_article(page(f"<article>{paragraphs(before=before, after=after)}</article>"), URL)
    assert art.paragraphs == TEXT


def test_a_subheading_inside_a_heading_is_kept() -> None:
    middle = "<h3><div>Looking ahead</div></h3>"
    body = "<article>" + "".join(f"<p>{t}</p>" for t in TEXT[:2]) + middle
    body += "".join(f"<p>{t}</p>" for t in TEXT[2:]) + "</article>"
    art = extract_article(page(body), URL)
    assert art.paragraphs == [*TEXT[:2], "Looking ahead", *TEXT[2:]]


def test_an_infinite_scroll_page_gives_the_requested_story_only() -> None:
    nxt = [
        "The library reopens on Saturday after two years of work on its roof and its old windows.",
        "Visitors will find a new reading room for children and a café on the ground floor.",
    ]
    body = (
        "<div class='stream'>"
        f"<article><h1>Council approves cycling lanes</h1>{paragraphs()}</article>"
        "<article><h2>Library reopens</h2>" + "".join(f"<p>{t} {t}</p>" for t in nxt) + "</article>"
        "</div>"
    )
    art = extract_article(page(body), URL)
    assert art.paragraphs == TEXT


@pytest.mark.shared
def test_a_photo_of_a_real_gallery_in_many_crops_is_kept_once() -> None:
    path = PAGES / "liputan6.com/liputan6.com__read-page.html"
    if not path.exists():
        pytest.skip(f"{path} not present")
    url = (
        "https://www.liputan6.com/tekno/read/4804339/cetak-gol-di-laga-indonesia-vs-malaysia-irfan"
        "-jaya-hingga-elkan-baggott-jadi-perbincangan-warganet"
    )
    art = extract_article(Path(path).read_bytes(), url)
    keys = [image_key(image["url"]) for image in art.images]
    assert len(keys) == len(set(keys))


def test_a_list_of_other_stories_inside_the_container_goes() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/s{i}'>Another story number {i} about the town</a></h3>"
        f"<p>An excerpt of story {i}.</p></div>"
        for i in range(3)
    )
    art = extract_article(
        page(f"<article>{paragraphs()}<div class='more'>{cards}</div></article>"), URL
    )
    assert art.paragraphs == TEXT


def test_cards_whose_classes_differ_in_modifiers_are_one_list() -> None:
    """A grid row's cards share the component's class and differ in spacing modifiers."""
    pads = ["pl-0 pr-2", "pl-1 pr-1", "pl-2 pr-0"]
    cards = "".join(
        f"<div class='col {pad}'><h3><a href='/s{i}'>Another story number {i} about the town</a>"
        f"</h3><small><a href='/nasional'>NASIONAL</a> | {i + 2} jam yang lalu</small></div>"
        for i, pad in enumerate(pads)
    )
    art = extract_article(
        page(f"<article>{paragraphs()}<div class='row'>{cards}</div></article>"), URL
    )
    assert art.paragraphs == TEXT


def test_cards_beside_the_story_in_its_container_go_however_many() -> None:
    """ "Berita lainnya" cards straight in the story's container, more text than the story."""
    cards = "".join(
        f"<div class='row'><div class='col-4'><a href='/s{i}'><img src='/t{i}.jpg'></a></div>"
        f"<div class='col'><h3><a href='/s{i}'>Another story number {i} about the town</a></h3>"
        f"<p>{TEXT[i % len(TEXT)]}</p></div></div>"
        for i in range(12)
    )
    body = "".join(f"<p>{t}</p>" for t in TEXT)
    art = extract_article(
        page(
            f"<div class='col-8'><div class='story'>{body}</div>"
            f"<h6>BERITA LAINNYA</h6>{cards}</div>"
        ),
        URL,
    )
    assert art.paragraphs == TEXT


def test_paragraphs_with_inline_links_are_no_list_of_stories() -> None:
    linked = [t.replace("cycling lanes", "<a href='/lanes'>cycling lanes</a>") for t in TEXT]
    body = (
        "<article>" + "".join(f"<div class='para'><p>{t}</p></div>" for t in linked) + "</article>"
    )
    assert extract_article(page(body), URL).paragraphs == TEXT


def test_a_fact_box_and_the_author_profile_beside_the_story_go() -> None:
    box = (
        "<aside-free><div class='fact-box'><h3>Facts about the river road</h3>"
        "<p>The river road is four kilometres long and was built in 1962 by the town.</p></div>"
        "<div class='author-bio'><p>Jane Roe covers the town hall for the Courier since 2019.</p></div>"
    )
    art = extract_article(page(f"<article>{paragraphs(box)}</article>"), URL)
    assert art.paragraphs == TEXT


def test_a_story_split_over_sibling_blocks_with_furniture_between_is_read_whole() -> None:
    ad = "<div class='slot'><p>Advertisement</p><p>Story continues below this message</p></div>"
    blocks = "".join(f"<div class='text-widget'><p>{t}</p><p>{t}</p></div>{ad}" for t in TEXT)
    art = extract_article(page(f"<div class='widgets'>{blocks}</div>"), URL)
    assert [p for p in art.paragraphs if p in TEXT] == [t for t in TEXT for _ in (0, 1)][::2]


def test_a_tool_bar_and_clip_titles_go() -> None:
    toolbar = "<ul><li>E-Mail</li><li>Teilen</li><li>Drucken</li></ul>"
    clip = "<p>WATCH | Residents react to the council vote:</p><p>Council vote 03.05.2024 | 0:21 min</p>"
    art = extract_article(page(f"<article>{toolbar}{paragraphs(clip)}</article>"), URL)
    assert art.paragraphs == TEXT


@pytest.mark.parametrize("line", ["By Jane Roe", "Von Nina Magoley", "Oleh Agus Salim"])
def test_a_byline_line_at_the_start_goes(line: str) -> None:
    art = extract_article(page(f"<article>{paragraphs(before=f'<p>{line}</p>')}</article>"), URL)
    assert art.paragraphs == TEXT


def test_a_short_line_that_only_opens_like_a_byline_stays() -> None:
    art = extract_article(
        page(f"<article>{paragraphs(before='<p>by the river road</p>')}</article>"), URL
    )
    assert art.paragraphs[0] == "by the river road"
