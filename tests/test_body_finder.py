"""The generic container finder on page shapes written for these tests (fictional news).

Each shape is one that made the old finder (prose scored on a paragraph's parent and
grandparent, any ancestor with a widget's class ruled out) miss the story on real sites.
"""

from __future__ import annotations

from unittest import mock

import lxml.html
from conftest import shared_page

import newsbot.extract
from newsbot.extract import extract_article
from newsbot.extract.body import find_container, read_body

SENTENCES = [
    "Pemerintah kota mulai memperbaiki jalan utama menjelang musim hujan tahun ini.",
    "Kepala dinas mengatakan pekerjaan ditargetkan selesai sebelum akhir bulan depan.",
    "Warga diminta mencari jalur lain selama perbaikan berlangsung pada siang hari.",
    "Anggaran perbaikan berasal dari dana daerah yang disetujui dewan pekan lalu.",
    "Petugas akan bekerja dalam dua giliran agar lalu lintas tidak terlalu terganggu.",
    "Perbaikan serupa pernah dilakukan tiga tahun lalu di ruas jalan yang sama.",
]
NAV = (
    "<nav><ul>"
    + "".join(f"<li><a href='/k{i}'>Kanal {i}</a></li>" for i in range(12))
    + "</ul></nav>"
)
RELATED = (
    "<div class='related-news'><h3>Berita lain</h3>"
    + "".join(
        f"<p><a href='/b{i}'>Judul berita lain nomor {i} yang panjang</a></p>" for i in range(6)
    )
    + "</div>"
)


def doc(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def text_of(root: lxml.html.HtmlElement) -> list[str]:
    container = find_container(root)
    assert container is not None
    return read_body([container]).paragraphs


def test_one_wrapper_per_paragraph_still_gives_the_whole_story() -> None:
    # Component sites nest every paragraph in two or three wrappers of its own.
    blocks = "".join(f"<div class='c1'><div class='c2'><p>{s}</p></div></div>" for s in SENTENCES)
    root = doc(f"{NAV}<main><h1>Jalan</h1><article>{blocks}</article></main>{RELATED}")
    assert text_of(root) == SENTENCES


def test_a_story_split_by_ad_slots_is_read_whole() -> None:
    parts = "".join(
        f"<section class='part'><p>{s}</p></section><div class='ad-slot'>Advertisement</div>"
        for s in SENTENCES
    )
    root = doc(f"{NAV}<div class='story'>{parts}</div>{RELATED}")
    assert text_of(root) == SENTENCES


def test_widget_words_on_a_wrapper_of_the_story_do_not_rule_it_out() -> None:
    # A page wrapper "gate-ad", a WordPress article class "tag-social-media", a layout class
    # "without-sidebar": the story is inside them.
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    root = doc(
        f"<div class='l-wrapper gate-ad'>{NAV}<div class='content without-sidebar'>"
        f"<article class='post tag-social-media'><div class='entry'>{paragraphs}</div></article>"
        f"</div></div>"
    )
    assert text_of(root) == SENTENCES


def test_a_story_split_over_several_widget_classed_blocks_is_kept() -> None:
    parts = "".join(
        f"<div class='sidebar-grid__content'><p>{a} {a}</p><p>{b} {b}</p></div>"
        for a, b in zip(SENTENCES[::2], SENTENCES[1::2], strict=True)
    )
    root = doc(f"{NAV}<article>{parts}</article><aside>{RELATED}</aside>")
    assert text_of(root) == [f"{s} {s}" for s in SENTENCES]


# A right column as news sites build it: lists of popular and picked stories around a glossary
# box with more prose than the story itself.
GLOSSARY = (
    f"<div class='col-right'>{RELATED * 3}<div class='box-glossary'>"
    + "".join(
        f"<h4>Istilah {i}</h4><p>Istilah nomor {i} adalah sebutan bagi suatu kegiatan usaha yang"
        f" dijalankan bersama oleh beberapa pihak menurut perjanjian yang berlaku di antara"
        f" mereka.</p>"
        for i in range(20)
    )
    + f"</div>{RELATED * 3}</div>"
)


def story_page(left: str) -> str:
    columns = f"<div class='cols'><div class='col-left'>{left}</div>{GLOSSARY}</div>"
    return f"<html><body>{NAV}{columns}</body></html>"


def test_a_sidebar_with_more_prose_than_the_story_loses_to_the_story_by_the_headline() -> None:
    story = [f"{s} {s}" for s in SENTENCES]  # 930 characters, a third of the glossary's
    paragraphs = "".join(f"<p>{s}</p>" for s in story)
    html = story_page(
        f"<div class='title'><h1>Perbaikan jalan utama dimulai</h1></div>"
        f"<div class='read'>{paragraphs}</div>"
    )
    art = extract_article(html, "https://kabar.example/read/2026/11/02/jalan-utama")
    assert art.extractor == "generic"
    assert art.paragraphs == story


def test_a_standfirst_under_the_headline_does_not_replace_the_story() -> None:
    standfirst = " ".join(SENTENCES[:4])  # one paragraph of ~320 characters in the header
    body = "".join(f"<p>{s} {s}</p>" for s in SENTENCES)
    html = (
        f"<html><body>{NAV}<article><header><h1>Perbaikan jalan utama dimulai</h1>"
        f"<p class='lede'>{standfirst}</p></header><div class='body'>{body}</div></article>"
        f"</body></html>"
    )
    art = extract_article(html, "https://kabar.example/read/2026/11/02/jalan-utama")
    assert art.paragraphs[-len(SENTENCES) :] == [f"{s} {s}" for s in SENTENCES]


def test_a_saved_page_whose_glossary_outweighs_the_story_reads_the_story_without_its_profile() -> (
    None
):
    # okezone.com's economy page keeps a five-tab glossary in its right column (more prose than
    # the story); read as a site newsbot has no profile for, the story is still found.
    url = (
        "https://economy.okezone.com/read/2020/07/08/320/2243366/"
        "6-rekomendasi-bisnis-dengan-tingkat-kerugian-kecil-tertarik-mencoba"
    )
    html = shared_page("okezone.com/okezone.com__okezone.html")
    profiled = extract_article(html, url)
    with mock.patch.object(newsbot.extract, "portal_for_page", return_value=None):
        generic = extract_article(html, url)
    assert generic.extractor == "generic"
    assert "Akuisisi" not in generic.body
    assert generic.paragraphs[0] == profiled.paragraphs[0]
    assert len(generic.paragraphs) >= len(profiled.paragraphs) - 2


def test_a_story_cut_into_same_shaped_blocks_between_asides_is_read_whole() -> None:
    # Component sites: the text in blocks of one class, each followed by a row of ads and an
    # aside of teasers, so the row holding them all carries too much furniture to win.
    aside = (
        "<aside class='companion'>"
        + "".join(f"<a href='/t{i}'>Berita pilihan nomor {i} hari ini</a>" for i in range(10))
        + "</aside><div class='commercial'>Anzeige</div>"
    )
    first = "".join(f"<p>{s} {s}</p>" for s in SENTENCES[:4])
    second = "".join(f"<p>{s} {s}</p>" for s in SENTENCES[4:])
    html = (
        f"<html><body>{NAV}<article><h1>Perbaikan jalan utama dimulai</h1>"
        f"<div class='stream-layout'><div class='stream w-full' data-testid='Stream'>{first}</div>"
        f"{aside}</div><div class='stream-layout'>"
        f"<div class='stream w-full' data-testid='Stream'>{second}</div>{aside}</div>"
        f"</article>{RELATED}</body></html>"
    )
    art = extract_article(html, "https://kabar.example/read/2026/11/02/jalan-utama")
    assert art.paragraphs == [f"{s} {s}" for s in SENTENCES]


def test_a_consent_dialog_longer_than_the_story_is_not_the_story() -> None:
    consent = (
        "<div id='onetrust-consent-sdk'><div class='ot-main' role='dialog'>"
        + (
            "<p>We and our partners store and access information on your device to show"
            " personalised content and measure its performance.</p>" * 12
        )
        + "</div></div>"
    )
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
    root = doc(f"<article>{paragraphs}</article>{consent}")
    assert text_of(root) == SENTENCES[:3]


def test_a_footer_line_is_never_the_story() -> None:
    copyright_line = (
        "Semua isi situs ini dilindungi undang-undang hak cipta dan tidak boleh disalin."
    )
    root = doc(
        f"<main><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p></main>"
        f"<footer><div><p>{copyright_line} {copyright_line}</p></div></footer>"
    )
    assert text_of(root) == SENTENCES[:2]


def test_a_story_inside_an_unclosed_aside_is_found() -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES)
    root = doc(f"<aside class='secondary'>{NAV}<section class='content'>{paragraphs}</section>")
    assert text_of(root) == SENTENCES


def test_screen_reader_text_is_not_read() -> None:
    paragraphs = "".join(f"<p>{s}</p>" for s in SENTENCES[:3])
    root = doc(
        f"<article><div class='visually-hidden'>Author of the article:</div>"
        f"<span class='sr-only'>Article content</span>{paragraphs}</article>"
    )
    assert text_of(root) == SENTENCES[:3]


def test_hidden_rest_of_a_paywalled_story_is_read_but_a_hidden_promo_box_is_not() -> None:
    rest = " ".join(SENTENCES[2:] * 2)
    promo = "".join(
        f"<p>Nikmati akses tanpa batas ke semua artikel premium kami, paket {i}.</p>"
        for i in range(12)
    )
    root = doc(
        f"<article><p>{SENTENCES[0]}</p><p>{SENTENCES[1]}</p>"
        f"<div class='paywall' hidden><p>{rest}</p></div>"
        f"<div class='promo-box hidden'>{promo}</div></article>"
    )
    assert text_of(root) == [*SENTENCES[:2], rest]


def test_a_hidden_copy_of_the_story_appended_as_one_block_is_dropped() -> None:
    long = [f"{a} {b}" for a, b in zip(SENTENCES[::2], SENTENCES[1::2], strict=True)]
    story = "".join(f"<p>{p}</p>" for p in long)
    copy = " ".join(long)
    root = doc(f"<article>{story}<div style='display: none'><span>{copy}</span></div></article>")
    assert text_of(root) == long


def test_cjk_paragraphs_without_spaces_are_prose() -> None:
    japanese = [
        "気象庁は十三日夜、宮崎県で震度五弱の揺れを観測したと発表した。津波注意報が出された。",
        "政府は関係省庁の担当者を集め、被害の状況を確認している。けが人の情報は入っていない。",
    ]
    html = (
        "<html><head><title>宮崎県で震度5弱の地震 - 新聞</title>"
        "<meta property='og:type' content='article'></head><body><h1>宮崎県で震度5弱の地震</h1><article>"
        + "".join(f"<p>{p}</p>" for p in japanese * 2)
        + "</article></body></html>"
    )
    art = extract_article(html, "https://shinbun.example/articles/20250113/k00-quake")
    assert art.paragraphs == japanese


def test_utf8_bytes_under_a_stale_legacy_charset_are_read_as_utf8() -> None:
    text = "新华社北京4月24日电 题：促进航天技术更好惠及人民。" * 6
    html = (
        "<html><head><meta charset='gb2312'><title>航天 - 人民网</title>"
        "<meta property='og:type' content='article'></head><body><h1>航天合作</h1>"
        f"<div class='rm_txt_con'><p>{text}</p><p>{text}</p></div></body></html>"
    ).encode()
    art = extract_article(html, "http://politics.example.cn/n1/2024/0424/c1001-40223222.html")
    assert art.paragraphs[0] == text
