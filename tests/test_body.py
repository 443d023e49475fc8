"""Body cleaning on small hand-written fragments: what goes, what stays, what becomes metadata."""

import lxml.html

from newsbot.extract.body import find_container, read_body

P = "Warga Bandar Lampung mulai membersihkan saluran air menjelang puncak musim hujan bulan depan."


def body_of(html: str):
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return read_body([root], base="https://example.id/")


def test_boilerplate_lines_go_out():
    body = body_of(
        f"<p>{P}</p><p>Baca Juga:Harga cabai turun</p><p>ADVERTISEMENT</p>"
        "<p>SCROLL TO CONTINUE WITH CONTENT</p>"
        "<p>Simak breaking news dan berita pilihan kami langsung di ponselmu lewat WhatsApp Channel</p>"
        "<p>Artikel ini telah tayang di Tribunnews.com dengan judul Contoh</p>"
        f"<p>{P} Kedua.</p>"
    )
    assert body.paragraphs == [P, P + " Kedua."]


def test_credit_lines_become_authors_and_editor():
    body = body_of(f"<p>{P}</p><p>Penulis: Agus Setiawan</p><p>Editor: Rahmat Hidayat</p>")
    assert body.paragraphs == [P]
    assert body.authors == ["Agus Setiawan"]
    assert body.editor == "Rahmat Hidayat"


def test_credits_inside_a_skipped_box_still_count():
    html = f"<p>{P}</p><div class='share-box'><p>Pewarta: Ruslan<br>Editor: Ari Wibowo</p></div>"
    body = body_of(html)
    assert body.paragraphs == [P]
    assert body.authors == ["Ruslan"]
    assert body.editor == "Ari Wibowo"


def test_desk_codes_are_removed_from_the_end():
    assert body_of(f"<p>{P} (tim/tim)</p>").paragraphs == [P]
    assert body_of(f"<p>{P}</p><p><strong>(lau/pta)</strong></p>").paragraphs == [P]
    assert body_of(f"<p>{P}</p><p>(fbn)</p>").paragraphs == [P]
    # a number in brackets is prose
    assert (
        body_of("<p>Faisal (37) ditangkap polisi di rumahnya pada Rabu malam (4/11).</p>")
        .paragraphs[0]
        .endswith("(4/11).")
    )


def test_figure_becomes_an_image_with_caption_not_a_paragraph():
    body = body_of(
        f"<figure><img src='/foto/a.jpg'><figcaption>Petugas membersihkan saluran. (Dok. Pemkot)</figcaption>"
        f"</figure><p>{P}</p>"
    )
    assert body.paragraphs == [P]
    assert body.images == [
        {
            "url": "https://example.id/foto/a.jpg",
            "caption": "Petugas membersihkan saluran. (Dok. Pemkot)",
        }
    ]


def test_br_separated_text_and_inline_markup():
    body = body_of(
        f"{P}<br><br><b>Kata</b> dia, <a href='/x'>warga</a> diminta waspada selama hujan deras."
    )
    assert body.paragraphs == [P, "Kata dia, warga diminta waspada selama hujan deras."]


def test_dateline_in_its_own_strong_block_joins_the_first_paragraph():
    body = body_of(f"<div><strong>Jakarta -</strong></div><p>{P}</p>")
    assert body.paragraphs == [f"Jakarta - {P}"]


def test_link_lists_inside_the_body_are_dropped():
    body = body_of(
        f"<p>{P}</p><ul><li><a href='/a'>Judul berita lain yang tertaut di sini</a></li></ul>"
    )
    assert body.paragraphs == [P]


def test_generic_finder_prefers_prose_over_navigation():
    page = lxml.html.document_fromstring(
        "<html><body><nav><p><a href='/'>Beranda</a> <a href='/n'>Nasional</a></p></nav>"
        f"<div id='main'><p>{P}</p><p>{P} Dua.</p><p>{P} Tiga.</p></div>"
        "<aside><p>Terpopuler hari ini di situs kami, jangan lewatkan berita lain.</p></aside>"
        "</body></html>"
    )
    container = find_container(page)
    assert container is not None
    assert container.get("id") == "main"


def test_hidden_later_pages_of_a_pre_merged_story_are_read():
    """Pages 2..n sit in hidden blocks a script reveals; their subheadings stay as paragraphs."""
    body = body_of(
        f"<p>{P}</p>"
        "<div class='page-break' data-page='2' style='display:none'><h2>Saluran Tersumbat</h2>"
        f"<p>{P} Dua.</p></div>"
        "<div class='paging-content' data-paging_num='3' style='display: none'>"
        f"<p>{P} Tiga.</p></div>"
        "<div class='related-box' data-page='4' style='display:none'><p>Berita lain yang disembunyikan</p></div>"
        "<div style='display:none'><p>Teks tersembunyi lain yang bukan halaman berita.</p></div>"
    )
    assert body.paragraphs == [P, "Saluran Tersumbat", P + " Dua.", P + " Tiga."]
