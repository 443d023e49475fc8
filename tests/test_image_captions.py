"""Captions of the record's photos, read where the page prints them, also outside the block the
story's text is read from (pages written for these tests; a saved Antara page read in place)."""

from __future__ import annotations

from conftest import shared_page

from newsbot.extract import extract_article

STORY = "".join(
    f"<p>Paragraf {i}: pemerintah kota mulai memperbaiki jalan utama menjelang musim hujan.</p>"
    for i in range(6)
)
URL = "https://kabarkota.example.id/berita/2024/03/01/jalan-utama-diperbaiki-menjelang-hujan"
PHOTO = "https://img.kabarkota.example.id/2024/03/ori/jalan-utama.jpg"
CAPTION = "Petugas memperbaiki Jalan Utama, Jumat (1/3/2024). (ANTARA FOTO/Ahmad Subagyo)"


def page(photo: str) -> str:
    return (
        "<html><head><title>Jalan utama diperbaiki</title>"
        # The metadata names a smaller copy of the same photo.
        f"<meta property='og:image' content='{PHOTO.replace('/ori/', '/small/')}'></head><body>"
        # The lead photo in the page's header, above the headline, apart from the story.
        f"<header class='hero'>{photo}</header><h1>Jalan utama diperbaiki</h1>"
        f"<div class='story'>{STORY}</div></body></html>"
    )


def test_a_caption_block_after_the_lead_photo_outside_the_story_block() -> None:
    art = extract_article(
        page(
            f"<div id='image_news'><img src='{PHOTO}'><div id='caption_news'>{CAPTION}</div></div>"
        ),
        URL,
    )
    assert [i["caption"] for i in art.images] == [CAPTION]
    assert CAPTION not in art.body


def test_a_figcaption_outside_the_story_block() -> None:
    art = extract_article(
        page(f"<figure><div><img src='{PHOTO}'></div><figcaption>{CAPTION}</figcaption></figure>"),
        URL,
    )
    assert [i["caption"] for i in art.images] == [CAPTION]


def test_a_wordpress_caption_block_of_a_photo_with_a_short_relative_name() -> None:
    """WordPress's classic caption shortcode: a <div class="wp-caption"> holding the photo and
    its <p class="wp-caption-text">, no <figure>; the photo's file name too short to tell its
    sizes apart ("banjir.jpg"), given as a path: matched by its whole URL."""
    block = (
        "<div class='wp-caption aligncenter'><img src='/foto/banjir.jpg'>"
        f"<p class='wp-caption-text'>{CAPTION}</p></div>"
    )
    art = extract_article(
        "<html><head><title>Jalan utama diperbaiki</title></head><body>"
        f"<h1>Jalan utama diperbaiki</h1><div class='story'>{STORY[:200]}{block}{STORY}</div>"
        "</body></html>",
        URL,
    )
    assert [i["caption"] for i in art.images] == [CAPTION]
    assert CAPTION not in art.body


def test_a_long_text_after_a_photo_is_no_caption() -> None:
    text = "Kalimat panjang yang bukan keterangan foto melainkan teks tersendiri. " * 15
    art = extract_article(
        page(f"<div><img src='{PHOTO}'><div class='caption-box'>{text}</div></div>"), URL
    )
    assert [i["caption"] for i in art.images] == [""]


def test_a_saved_antara_page_keeps_its_wire_caption() -> None:
    html = shared_page("antaranews.com/antaranews.com__antara-singlepage2.html")
    art = extract_article(html, "http://www.antaranews.com/berita/532358/x")
    assert art.images
    assert art.images[0]["caption"].endswith("(ANTARA FOTO/Sahrul Manda Tikupadang)")


def test_a_gallery_items_data_description_captions_its_photo() -> None:
    # Galleries keep the photo and its caption in data attributes, the <img> drawn by script.
    gallery = (
        f"<div class='article-photo-gallery--item js-figure' data-image='{PHOTO}'"
        f" data-title='Jalan Utama' data-description='{CAPTION}'></div>"
    )
    art = extract_article(page(gallery), URL)
    assert [i["caption"] for i in art.images] == [CAPTION]


def test_a_saved_liputan6_page_captions_its_lead_photo_from_the_gallery() -> None:
    html = shared_page("liputan6.com/liputan6.com__m.liputan6-detail.html")
    art = extract_article(html, "https://m.liputan6.com/global/read/4464894/x")
    assert art.extractor.startswith("liputan6/")
    assert art.images[0]["caption"].startswith("Warga melintasi tangga JPO di Jalan HR Rasuna Said")


def test_lazy_loaded_photos_are_found_where_their_loader_keeps_them() -> None:
    """src holds a placeholder; the photo's URL is in the lazy loader's attribute, or only in
    a srcset (the largest candidate is the photo; a URL may hold commas)."""
    large = "https://img.kabarkota.example.id/2024/03/jalan-utama.jpg?crop=0,0,1920,1080"
    shapes = [
        f"<img src='data:image/gif;base64,R0lGOD' data-lazy-src='{PHOTO}'>",
        f"<img class='lazyload' data-srcset='{PHOTO} 1x'>",
        f"<img src='data:image/svg+xml,x' srcset='{PHOTO}?w=300 300w, {large} 1920w'>",
    ]
    found = []
    for shape in shapes:
        html = (
            "<html><head><title>Jalan utama diperbaiki</title></head><body>"
            f"<h1>Jalan utama diperbaiki</h1><div class='story'>{shape}{STORY}</div></body></html>"
        )
        found.append([i["url"] for i in extract_article(html, URL).images])
    assert found == [[PHOTO], [PHOTO], [large]]
