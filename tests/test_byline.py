"""A byline's line breaks separate its credits: "Pewarta: A<br>Editor: B" is author A and editor
B, not one author "AEditor: B" (text_content() drops the <br>). Pages written here."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import lxml.html
import pytest
from conftest import manifest, shared_page

import newsbot.extract
from newsbot.extract import extract_article
from newsbot.extract.body import text_lines

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "antara" / "v2"
TWO_LINES = "Pewarta: Rina Marlina<br>Editor: Hendra Saputra"
PROSE = (
    "Pemerintah Kota Bandar Lampung menyiagakan 12 posko banjir di kecamatan rawan genangan "
    "menjelang puncak musim hujan yang diperkirakan jatuh pada akhir bulan ini. Setiap posko "
    "dilengkapi perahu karet, tenda darurat dan dapur umum."
)


def test_text_lines_break_at_br_and_blocks() -> None:
    el = lxml.html.fragment_fromstring(
        "<div>Pewarta: <a href='/r'>Rina</a> Marlina<br>Editor: Hendra<p>Foto: Dok</p>  </div>"
    )
    assert text_lines(el) == ["Pewarta: Rina Marlina", "Editor: Hendra", "Foto: Dok"]


def test_a_profile_byline_on_two_lines_gives_author_and_editor() -> None:
    """antara/v2's byline box (its authors selector), the two credits in one <p>."""
    page = (GOLDEN / "page.html").read_text(encoding="utf-8")
    boxes = '<p class="text-muted mt-2 small">Pewarta: Rina Marlina</p><p class="text-muted small">Editor: Hendra Saputra</p>'
    assert boxes in page
    page = page.replace(boxes, f'<p class="text-muted mt-2 small">{TWO_LINES}</p>')
    art = extract_article(page, (GOLDEN / "url.txt").read_text().strip())
    assert art.extractor == "antara/v2"
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_a_generic_byline_on_two_lines_gives_author_and_editor() -> None:
    """No profile: the generic byline selectors (.penulis), outside the story block."""
    page = (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-20T10:15:00+07:00"></head>'
        "<body><h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        f'<div class="penulis">{TWO_LINES}</div>'
        f"<article><p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    )
    art = extract_article(page, "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan")
    assert art.extractor == "generic"
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_a_byline_name_by_its_class_in_any_compound() -> None:
    """No profile, no metadata author: the name's element class ("…__authorname")."""
    page = (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-20T10:15:00+07:00"></head>'
        "<body><h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        '<div class="lineinfo">Kamis 20.11.26 | Von <span class="c-story__authorname">Rina Marlina'
        f"</span></div><article><p>{PROSE}</p><p>{PROSE} Lagi.</p></article></body></html>"
    )
    art = extract_article(page, "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan")
    assert art.authors == ["Rina Marlina"]


def test_a_role_box_found_after_class_names_that_lower_case_longer() -> None:
    """Class values with a Turkish dotted capital I ("\u0130", two characters lower-cased)
    before the editor's box: the box is still the one its class names."""
    dotted = "\u0130" * 12
    menu = "".join(f'<li class="menu-{dotted}-{n}">\u0130stanbul</li>' for n in range(3))
    page = (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-20T10:15:00+07:00"></head>'
        f"<body><ul>{menu}</ul><h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        f"<article><p>{PROSE}</p><p>{PROSE} Lagi.</p>"
        '<div class="detail-redaktur">Hendra Saputra</div></article></body></html>'
    )
    art = extract_article(page, "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan")
    assert art.editor == "Hendra Saputra"


def test_a_byline_paragraph_of_class_author_names_the_author_not_the_desk() -> None:
    page = (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="og:site_name" content="KABARWARGA">'
        '<meta property="article:published_time" content="2026-11-20T10:15:00+07:00"></head>'
        "<body><h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        '<p class="author">von <a href="mailto:x@example.com">Rina Marlina, KABARWARGA LAMPUNG</a></p>'
        f"<article><p>{PROSE}</p><p>{PROSE} Lagi.</p></article></body></html>"
    )
    art = extract_article(page, "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan")
    assert art.authors == ["Rina Marlina"]


# -- bylines outside the body's container, on templates no profile describes -------------------
# Pages written here, shaped like the bylines Indonesian and European CMSs print.

URL = "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan"


def _page(head: str = "", top: str = "", inside: str = "", end: str = "") -> str:
    return (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="og:site_name" content="Kabar Warga">'
        f'<meta property="article:published_time" content="2026-11-20T10:15:00+07:00">{head}'
        "</head><body><div class='wrap'><h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        f"{top}<div class='isi'><p>{PROSE}</p>{inside}<p>{PROSE} Lagi.</p></div>{end}</div>"
        "</body></html>"
    )


def _ld_author(name: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
        f'"NewsArticle", "headline": "Posko banjir disiagakan", "author": {{"@type": "Person", '
        f'"name": "{name}"}}}}</script>'
    )


def test_a_box_named_for_the_author_with_a_desk_after_the_name() -> None:
    art = extract_article(
        _page(top='<div class="author"><strong>Andi Saputra</strong> - kabarnews</div>'), URL
    )
    assert art.extractor == "generic"
    assert art.authors == ["Andi Saputra"]


def test_a_reporter_box_with_the_role_under_the_name() -> None:
    top = (
        '<div class="autor"><div class="reporter"></div><div class="nmreporter">'
        "<div>Dewi Lestari</div><span>Jurnalis</span></div></div>"
    )
    assert extract_article(_page(top=top), URL).authors == ["Dewi Lestari"]


def test_an_editor_line_after_the_text_outside_any_byline_box() -> None:
    end = "<div class='f12 grey'><div>Editor: Hendra Saputra</div><div>Sumber: Antara</div></div>"
    art = extract_article(_page(head=_ld_author("Rina Marlina"), end=end), URL)
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_the_editor_in_jsonld_author_is_not_the_author_the_byline_names() -> None:
    """CMSs put the account that published the story (its editor) in JSON-LD `author`; the
    page's byline names the writer and its credit line the editor."""
    top = '<div class="info"><div class="author-2">Rina Marlina</div></div>'
    inside = (
        '<div class="info-author">Editor : <a class="author" href="/author/112/hendra">'
        "Hendra Saputra</a></div>"
    )
    art = extract_article(_page(head=_ld_author("Hendra Saputra"), top=top, inside=inside), URL)
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_the_editor_who_also_wrote_it_stays_the_author() -> None:
    end = "<div id='editor'>Editor: Hendra Saputra</div>"
    art = extract_article(_page(head=_ld_author("Hendra Saputra"), end=end), URL)
    assert art.authors == ["Hendra Saputra"]
    assert art.editor == "Hendra Saputra"


@pytest.mark.parametrize(
    "line",
    [
        "Penulis: Rina Marlina Editor: Hendra Saputra",
        "Penulis: <b>Rina Marlina</b>Editor: <b>Hendra Saputra</b>",
        "Reporter: Rina Marlina | Editor: Hendra Saputra",
        "Penulis: Rina Marlina | Foto: Dok. Pemkot | Editor: Hendra Saputra",
    ],
)
def test_credits_run_together_on_one_line(line: str) -> None:
    art = extract_article(_page(inside=f"<p>{line}</p>"), URL)
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"
    assert "Editor" not in art.body
    assert "Penulis" not in art.body


def test_a_table_row_credit_with_the_colon_in_the_value_cell() -> None:
    """ "Penulis | : Kontributor Lhokseumawe, Masriadi": the office before the name is no person."""
    table = (
        "<table><tr><td>Penulis</td><td>: Kontributor Lhokseumawe, Masriadi</td></tr>"
        "<tr><td>Editor</td><td>: Ervan Hardoko</td></tr></table>"
    )
    art = extract_article(_page(inside=table), URL)
    assert art.authors == ["Masriadi"]
    assert art.editor == "Ervan Hardoko"


def test_a_label_in_its_own_element_before_the_name() -> None:
    end = (
        "<ul class='smallList'><li><strong>Datum</strong> 20.11.2026</li>"
        "<li><strong>Autorin/Autor</strong> Rina Marlina</li></ul>"
    )
    assert extract_article(_page(end=end), URL).authors == ["Rina Marlina"]


def test_a_link_to_the_writers_page() -> None:
    top = '<p class="meta">von <a href="/autoren/name/rina-marlina">Dr. Rina Marlina</a></p>'
    assert extract_article(_page(top=top), URL).authors == ["Dr. Rina Marlina"]


def test_a_menu_link_to_the_authors_page_names_nobody() -> None:
    top = '<div class="menu"><a href="/authors/">Authors</a></div>'
    assert extract_article(_page(top=top), URL).authors == []


def test_the_bylines_of_teasers_after_the_story_are_not_its_own() -> None:
    end = (
        '<div class="more"><a href="/x/andere-geschichte"><h3>Eine andere Geschichte</h3></a>'
        '<div class="teaser-author">Von Knut Krohn</div></div>'
    )
    assert extract_article(_page(end=end), URL).authors == []


def test_a_profile_box_names_no_desk_or_beat() -> None:
    top = (
        '<div class="author-profile-card"><div>この記事を書いた人</div>'
        '<div class="card-name">Rina Marlina</div><div>Desk Daerah</div>'
        "<div>Lingkungan, banjir</div></div>"
    )
    assert extract_article(_page(top=top), URL).authors == []


def test_a_byline_box_of_date_and_sentences_names_nobody() -> None:
    top = (
        '<div class="article-author"><p>Sie haben einen Fehler gefunden?</p></div>'
        '<p class="editor">Jumat, 20 November 2026 | 10:15 WIB</p>'
    )
    art = extract_article(_page(top=top), URL)
    assert art.authors == []
    assert art.editor == ""


def test_the_tag_managers_data_layer_when_the_page_prints_no_byline() -> None:
    head = (
        "<script>dataLayer = [{'editor': 'Hendra Saputra', 'penulis': 'Rina Marlina', "
        "'publish_date': '2026-11-20 10:15:00'}];</script>"
    )
    art = extract_article(_page(head=head), URL)
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_the_printed_byline_over_the_data_layer() -> None:
    head = "<script>dataLayer = [{'penulis': 'Akun Admin', 'editor': ''}];</script>"
    top = '<div class="author">Rina Marlina</div>'
    art = extract_article(_page(head=head, top=top), URL)
    assert art.authors == ["Rina Marlina"]
    assert art.editor == ""


@pytest.mark.parametrize(
    "top",
    [
        "<p class='date_detail'>Rep: Rina Marlina Red: Hendra Saputra</p>",
        (
            "<div class='meta'><span>Oleh</span> <a href='/r'>Rina Marlina</a></div>"
            "<div class='meta2'>Editor : <a href='/h'>Hendra Saputra</a></div>"
        ),
        (
            "<div class='info'><span>Oleh Rina Marlina | Jumat, 20 November 2026</span>"
            "<span>Penyunting: Hendra Saputra</span></div>"
        ),
    ],
)
def test_short_labels_and_a_bylines_preposition(top: str) -> None:
    art = extract_article(_page(top=top), URL)
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_a_preposition_inside_prose_is_no_byline() -> None:
    inside = (
        "<p>Gugatan itu diajukan <a href='/x'>warga</a> oleh Lembaga Bantuan Hukum Lampung.</p>"
    )
    assert extract_article(_page(inside=inside), URL).authors == []


def test_a_label_on_its_own_line_above_the_name() -> None:
    top = (
        '<div class="credit-title"><div class="credit-title-name"><h6>Penulis</h6>'
        '<a href="/p">Rina Marlina</a></div><div class="credit-title-name"><h6>Editor</h6>'
        '<a href="/e">Hendra Saputra</a></div></div>'
    )
    art = extract_article(_page(top=top), URL)
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_a_definition_list_of_credits() -> None:
    end = "<dl><dt>Reporter</dt><dd>Rina Marlina</dd><dt>Redaktur</dt><dd>Hendra Saputra</dd></dl>"
    art = extract_article(_page(end=end), URL)
    assert art.authors == ["Rina Marlina"]
    assert art.editor == "Hendra Saputra"


def test_the_data_layers_article_editor_key() -> None:
    head = "<script>window.dataLayer.push({'articleEditor': 'Hendra Saputra'});</script>"
    assert extract_article(_page(head=head), URL).editor == "Hendra Saputra"


R, H = "Rina Marlina", "Hendra Saputra"


@pytest.mark.parametrize(
    ("where", "snippet", "authors", "editor"),
    [
        ("top", f"<div class='date_detail'><p>Rep: {R}/ Red: {H} </p></div>", [R], H),
        (
            "top",
            f"<div class='block-avatar'><span>Reporter: {R}</span><span>Editor: {H}</span></div>",
            [R],
            H,
        ),
        (
            "top",
            f"<div id='penulis' class='read__credit__item'>Penulis : <a href='/p'>{R}</a></div><div id='editor' class='read__credit__item'>Editor : <a href='/e'>{H}</a></div>",
            [R],
            H,
        ),
        (
            "top",
            f"<div class='author'><a href='https://index.example/blog/4553/rina-marlina'>{R}</a></div>",
            [R],
            "",
        ),
        (
            "top",
            f"<div class='writer'><span>Reporter : {R}</span><span>Editor : {H}</span></div>",
            [R],
            H,
        ),
        ("top", f"<div class='author'>{R} | Sepakbola</div>", [R], ""),
        ("top", f"<div class='post-meta'>Ditulis oleh {R}</div>", [R], ""),
        ("top", f"<div class='post-meta'>Posted by <a href='/u/x'>{R}</a></div>", [R], ""),
        ("top", "<div class='byline'>Oleh: Redaksi</div>", [], ""),
        ("top", "<div class='byline'>Tim Redaksi</div>", [], ""),
        ("inside", f"<p>Laporan Wartawan Kabar Warga, {R}</p>", [R], ""),
        ("inside", f"<p><i>Editor: {H}</i></p><p>Pewarta: {R}</p>", [R], H),
        (
            "end",
            f"<table><tr><td>Reporter</td><td>{R}</td></tr><tr><td>Editor</td><td>{H}</td></tr></table>",
            [R],
            H,
        ),
        ("top", f"<div class='vcard author'><span class='fn'>{R}</span></div>", [R], ""),
        ("top", f"<author>{R}</author>", [R], ""),
        ("top", f"<span class='reporter'>Reporter : <a href='/r'>{R}</a></span>", [R], ""),
        ("top", f"<div class='detail__author'>{R} - kabarNews</div>", [R], ""),
        (
            "top",
            f"<div class='author'><span>Penulis : {R}</span><span>Editor : {H}</span></div>",
            [R],
            H,
        ),
        ("end", f"<p>Penulis: {R}<br>Editor: {H}</p>", [R], H),
        ("top", f"<div class='meta'>Penulis: {R} Editor: {H}</div>", [R], H),
        ("top", f"<p class='penulis'>Penulis: {R}, Andi Wijaya</p>", [R, "Andi Wijaya"], ""),
        ("top", f"<div class='author-box'>Kontributor Padang, {R}</div>", [R], ""),
        ("end", f"<div class='editor'>Penyunting: {H}</div>", [], H),
        ("end", f"<div class='credit'>Redaktur: {H}</div>", [], H),
        # Older templates (2015-2020): the date after the name, short and run-in labels.
        ("top", f"<div class='byline'>Oleh {R} pada 05 Jun 2016, 18:31 WIB</div>", [R], ""),
        ("top", f"<div class='meta'>Reporter : {R} | Rabu, 5 Juni 2016 18:31</div>", [R], ""),
        ("inside", f"<p>Rep: {R}/ Red: {H}</p>", [R], H),
        ("top", f"<div>Wartawan: {R} &nbsp; Redaktur: {H}</div>", [R], H),
        ("inside", f"<p>Laporan Wartawan Kabarwarga.co.id {R}</p>", [R], ""),
        ("top", f"<p class='x'>Laporan Reporter Kabarwarga.com, {R}</p>", [R], ""),
        ("top", f"<div class='info'>{R}, Jurnalis · Minggu 05 Juni 2016 18:31 WIB</div>", [R], ""),
    ],
)
def test_bylines_as_indonesian_templates_print_them(
    where: str, snippet: str, authors: list[str], editor: str
) -> None:
    """Shapes of the bylines and credit lines Indonesian CMSs print (written here): the
    writer and the editor, never the office, desk or outlet."""
    art = extract_article(_page(**{where: snippet}), URL)
    assert art.authors == authors
    assert art.editor == editor
    assert not any(name in art.body for name in [*authors, editor] if name)  # nor in the text


# -- the saved pages, read with the profiles switched off --------------------------------------


@pytest.mark.parametrize(
    ("path", "authors", "editor"),
    [
        ("detik.com/detik.com__detik-singlepage.html", ["Fino Yurio Kristo"], ""),
        ("okezone.com/okezone.com__okezone-singlepage.html", ["Dewi Kania"], ""),
        ("kompas.com/kompas.com__kompas-singlepage.html", ["Masriadi"], "Ervan Hardoko"),
        (
            "mediaindonesia.com/mediaindonesia.com__MediaIndonesia_2026_01_20.html",
            ["Naufal Zuhdi"],
            "Heryadi",
        ),
        ("tribunnews.com/tribunnews.com__136--solo.tribunnews.com.html", None, "Hanang Yuwono"),
    ],
)
def test_saved_pages_bylines_without_their_profiles(
    path: str, authors: list[str] | None, editor: str
) -> None:
    """What each page prints as its byline, found by the generic path (profiles off)."""
    html = shared_page(path)
    url = next(row["url"] for row in manifest() if row["file"] == path)
    with mock.patch.object(newsbot.extract, "portal_for_page", return_value=None):
        art = extract_article(html, url)
    assert art.extractor == "generic"
    if authors is not None:
        assert art.authors == authors
    assert art.editor == editor


@pytest.mark.parametrize(
    ("path", "editor"),
    [
        ("liputan6.com/liputan6.com__liputan6-singlepage.html", "Iskandar"),
        (
            "pikiran-rakyat.com/pikiran-rakyat.com__621--zonajakarta.pikiran-rakyat.com.html",
            "Beryl Santoso",
        ),
    ],
)
def test_a_profile_that_names_no_editors_place_gets_the_pages_credit(
    path: str, editor: str
) -> None:
    """Liputan6's credits list ("Editor" over "Iskandar"), Pikiran Rakyat's "Editor: …" line
    after the text: the profiles name where the author is, not the editor."""
    html = shared_page(path)
    url = next(row["url"] for row in manifest() if row["file"] == path)
    art = extract_article(html, url)
    assert art.extractor != "generic"
    assert art.editor == editor


def _signed_page(first: str, last: str) -> str:
    return (
        "<html><head><title>Posko banjir disiagakan di 12 kecamatan</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:published_time" content="2026-11-20T10:15:00+07:00"></head>'
        "<body><h1>Posko banjir disiagakan di 12 kecamatan</h1>"
        f"<article>{first}<p>{PROSE}</p><p>Relawan siaga sejak pagi di setiap posko.</p>"
        f"<p>{SECOND}</p>{last}</article></body></html>"
    )


SECOND = (
    "Badan Penanggulangan Bencana Daerah mencatat genangan setinggi 40 sentimeter di tiga "
    "kelurahan pada pekan lalu, dan warga diminta melapor lewat nomor darurat posko."
)
URL = "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan"


@pytest.mark.parametrize(
    ("first", "last", "authors"),
    [
        (
            "<p><strong>Rina Marlina/Hendra Saputra</strong></p>",
            "",
            ["Rina Marlina", "Hendra Saputra"],
        ),
        ("", '<p style="text-align:right"><strong>Rina Marlina</strong></p>', ["Rina Marlina"]),
        ("", "<p><b>Rina Marlina dan Hendra Saputra</b></p>", ["Rina Marlina", "Hendra Saputra"]),
    ],
)
def test_a_story_signed_in_a_bold_line_of_its_own(
    first: str, last: str, authors: list[str]
) -> None:
    """No byline box, no label: the names on a bold line of their own before the text or
    after it (Lesotho Times, VnExpress) are its authors, and not a paragraph of the body."""
    art = extract_article(_signed_page(first, last), URL)
    assert art.extractor == "generic"
    assert art.authors == authors
    assert not any("Rina" in p for p in art.paragraphs)


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("<p><strong>Warga Siaga</strong></p>", ""),  # a kicker: "warga" is in the text
        ("", "<p><strong>Relawan Siaga</strong></p>"),  # a crosshead in Title Case
        ("", "<p><strong>Rina</strong></p>"),  # one word: a place, a desk
        ("", "<p><strong>Rina Marlina</strong> melaporkan dari Bandar Lampung.</p>"),
    ],
)
def test_a_bold_title_case_line_is_not_a_signature(first: str, last: str) -> None:
    """(Whether other furniture rules keep such a line is theirs to say: no author here.)"""
    art = extract_article(_signed_page(first, last), URL)
    assert art.extractor == "generic"
    assert art.authors == []
