"""Headline by agreement of the page's own sources, and publication times abroad as stated.

Pages written for these tests (fictional news); real pages are measured by benchmarks/corpus.py.
"""

from __future__ import annotations

import json

from newsbot.extract import extract_article
from newsbot.extract.metadata import agree_headline

PARAGRAPHS = "".join(
    f"<p>The council approved the new cycling lanes on the river road after a long debate, "
    f"number {i} of several decisions taken on Tuesday evening.</p>"
    for i in range(5)
)


def page(
    *, title: str = "", og: str = "", ld: dict | None = None, h1: str = "", head: str = ""
) -> str:
    meta = f'<meta property="og:title" content="{og}">' if og else ""
    script = f'<script type="application/ld+json">{json.dumps(ld)}</script>' if ld else ""
    return (
        f"<html lang='en'><head><title>{title}</title>{meta}{script}"
        f'<meta property="og:type" content="article">{head}</head>'
        f"<body><h1>{h1}</h1><article>{PARAGRAPHS}</article></body></html>"
    )


URL = "https://rivertown-news.example/2024/05/03/council-approves-cycling-lanes"
HEADLINE = "Council approves cycling lanes on the river road"


def test_the_site_name_after_the_title_is_what_other_sources_leave_out() -> None:
    # "Rivertown Courier" is in no list: the og:title and the <h1> simply do not have it.
    art = extract_article(
        page(title=f"{HEADLINE} | Rivertown Courier", og=HEADLINE, h1=HEADLINE), URL
    )
    assert art.headline == HEADLINE


def test_a_section_and_date_suffix_goes_by_agreement_with_the_h1() -> None:
    html = page(title="x", og=f"{HEADLINE} | Courier | 03.05.2024", h1=HEADLINE)
    assert extract_article(html, URL).headline == HEADLINE


def test_a_kicker_the_publisher_leaves_out_of_og_title_goes() -> None:
    ld = {"@type": "NewsArticle", "headline": f"Traffic: {HEADLINE}"}
    html = page(title=f"Traffic: {HEADLINE}", og=HEADLINE, ld=ld, h1=f"Traffic: {HEADLINE}")
    assert extract_article(html, URL).headline == HEADLINE


def test_a_kicker_every_metadata_source_has_stays_when_only_the_h1_splits_it_off() -> None:
    ld = {"@type": "NewsArticle", "headline": f"Traffic: {HEADLINE}"}
    html = page(title=f"Traffic: {HEADLINE}", og=f"Traffic: {HEADLINE}", ld=ld, h1=HEADLINE)
    assert extract_article(html, URL).headline == f"Traffic: {HEADLINE}"


def test_two_different_kickers_before_one_headline_both_go() -> None:
    # The og:title and the <h1> each put their own overline before the same quote.
    quote = "«We will keep the river road open for cyclists»"
    html = page(
        title=f"Cycling lanes: {quote} - News - Courier",
        og=f"Cycling lanes: {quote}",
        h1=f"Vote in the council - {quote}",
    )
    assert extract_article(html, URL).headline == quote


def test_one_kicker_spelt_two_ways_stays() -> None:
    # "Rivertown" and "River Town" share a word: one kicker, not two, and it is the headline's.
    full = "Rivertown council decides: the cycling lanes come before the summer"
    other = "River Town council decides: the cycling lanes come before the summer"
    assert agree_headline([(full, "meta"), (other, "shown")]) == full


def test_the_joining_mark_most_sources_use_wins() -> None:
    # JSON-LD joins the kicker with " - ", og:title and the <title> (with a section) with ": ".
    ld = {"@type": "NewsArticle", "headline": f"Traffic - {HEADLINE}"}
    html = page(
        title=f"Traffic: {HEADLINE} - Politics", og=f"Traffic: {HEADLINE}", ld=ld, h1=HEADLINE
    )
    assert extract_article(html, URL).headline == f"Traffic: {HEADLINE}"


def test_a_single_other_joining_mark_does_not_outvote_the_trusted_text() -> None:
    sources = [(f"Traffic - {HEADLINE}", "meta"), (f"Traffic: {HEADLINE}", "meta")]
    assert agree_headline(sources) == f"Traffic - {HEADLINE}"


def test_agreement_never_cuts_to_a_search_engine_title() -> None:
    # The <title> is often a shortened headline: it is not a target of the cuts.
    full = f"{HEADLINE}, residents divided"
    assert agree_headline([(full, "meta"), (HEADLINE, "title")]) == full
    assert agree_headline([(f"{HEADLINE} - Courier", "meta"), (HEADLINE, "shown")]) == HEADLINE


def test_an_h1_with_soft_hyphens_reads_as_its_words() -> None:
    html = page(title="x", h1="Council ap\xadproves cycling lanes on the river\xad road")
    assert "\xad" not in extract_article(html, URL).headline


def test_an_offset_abroad_is_kept_as_stated() -> None:
    # Indonesian portals mislabel WIB clocks with "-07:00" or "Z"; a Berlin site's "+02:00" is true.
    head = '<meta property="article:published_time" content="2024-04-28T18:11:01+02:00">'
    art = extract_article(page(title=HEADLINE, h1=HEADLINE, head=head), URL)
    assert art.published == "2024-04-28T18:11:01+02:00"


def test_a_bare_clock_abroad_takes_the_zone_the_page_states_elsewhere() -> None:
    head = (
        '<meta property="article:published_time" content="2024-04-26 20:44">'
        '<meta property="article:modified_time" content="2024-04-27T08:00:00+02:00">'
    )
    art = extract_article(page(title=HEADLINE, h1=HEADLINE, head=head), URL)
    assert art.published == "2024-04-26T20:44:00+02:00"


def test_a_named_zone_is_read_not_replaced() -> None:
    ld = {
        "@type": "NewsArticle",
        "headline": HEADLINE,
        "datePublished": "Fri Apr 28 19:20:36 CEST 2023",
    }
    head = '<meta property="article:modified_time" content="2023-04-28T19:21:37+0200">'
    art = extract_article(page(title=HEADLINE, ld=ld, h1=HEADLINE, head=head), URL)
    assert art.published.startswith(("2023-04-28T19:20:36+02:00", "2023-04-29T00:20:36+07:00"))


def test_the_common_misspelled_article_type_is_read() -> None:
    ld = {
        "@type": "ReportageNewsArticle",
        "headline": HEADLINE,
        "datePublished": "2024-08-08T08:00:00.082Z",
    }
    art = extract_article(page(title=HEADLINE, ld=ld, h1=HEADLINE), URL)
    assert art.published == "2024-08-08T08:00:00+00:00"


def test_indonesian_pages_still_reread_mislabelled_offsets_as_wib() -> None:
    head = '<meta property="article:published_time" content="2021-06-16T10:49:00-07:00">'
    html = page(title=HEADLINE, h1=HEADLINE, head=head).replace("lang='en'", "lang='id'")
    art = extract_article(html, "https://kabarkota.example.id/berita/2021/06/16/jalan-baru")
    assert art.published == "2021-06-16T10:49:00+07:00"


def test_the_story_own_time_wins_over_a_related_box_earlier_on_the_page() -> None:
    related = (
        "<aside class='trending'><ul><li><a href='/a'>Older story</a>"
        "<time datetime='2024-05-01T08:00:00+02:00'>1 May</time></li></ul></aside>"
    )
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body>{related}<main><article>"
        f"<h1>{HEADLINE}</h1><time datetime='2024-05-03T10:15:00+02:00'>3 May 2024</time>"
        f"<div class='body'>{PARAGRAPHS}</div></article></main></body></html>"
    )
    art = extract_article(html, "https://rivertown-news.example/council-approves-cycling-lanes")
    assert art.published == "2024-05-03T10:15:00+02:00"


def test_escaped_markup_inside_a_date_attribute_keeps_its_time() -> None:
    head = (
        '<meta property="article:published_time" '
        'content="Rabu, 23 Februari 2022 &lt;span&gt;14:35 WIB&lt;/span&gt;">'
    )
    html = page(title=HEADLINE, h1=HEADLINE, head=head).replace("lang='en'", "lang='id'")
    art = extract_article(html, "https://kabarkota.example.id/berita/jalan-baru-dibuka-warga")
    assert art.published == "2022-02-23T14:35:00+07:00"


def test_the_update_time_a_date_line_prints_after_the_publication_time() -> None:
    """No modified time in the metadata: the date line's "Diperbarui:" gives it, and the
    publication time and its printed form stay the first date's."""
    line = "Rabu, 3 Desember 2026 09:12 WIB Diperbarui: Rabu, 3 Desember 2026 11:40 WIB"
    html = (
        f"<html lang='id'><head><title>{HEADLINE}</title></head><body><article>"
        f"<h1>{HEADLINE}</h1><div class='date'>{line}</div>"
        f"<div class='body'>{PARAGRAPHS}</div></article></body></html>"
    )
    art = extract_article(html, "https://kabarkota.example.id/read/jalan-baru-dibuka-12345")
    assert art.published == "2026-12-03T09:12:00+07:00"
    assert art.modified == "2026-12-03T11:40:00+07:00"
    assert art.published_raw == "Rabu, 3 Desember 2026 09:12 WIB"


def test_the_site_name_before_the_headline_goes_when_the_title_is_all_there_is() -> None:
    """No og:title, JSON-LD or <h1> to agree with: a leading segment naming the site (its host,
    its og:site_name) is the site's, a leading person's name is the headline's."""
    site = "<meta property='og:site_name' content='Rivertown News'>"
    for title, headline in [
        (f"rivertown-news.example - {HEADLINE}", HEADLINE),
        (f"Rivertown News | {HEADLINE}", HEADLINE),
        (f"Mayor Ortega: {HEADLINE}", f"Mayor Ortega: {HEADLINE}"),
    ]:
        art = extract_article(page(title=title, head=site), URL)
        assert art.headline == headline
