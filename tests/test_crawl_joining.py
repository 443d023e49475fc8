"""Multi-page joins and the mirror's URL mapping (pure helpers of the crawl)."""

from __future__ import annotations

from newsbot.extract import extract_article
from newsbot.middlewares import Mirror
from newsbot.record import Article
from newsbot.spiders.joining import adopt_all_pages, finish, rebase_query


def page(url: str, paragraphs: list[str], **kw: object) -> Article:
    return Article(
        url=url, fetched_url=url, paragraphs=list(paragraphs), body="\n\n".join(paragraphs), **kw
    )


PAGE = """<html><head><title>Posko banjir disiagakan di dua belas kecamatan</title>
<link rel="canonical" href="https://x.id/2026/11/20/posko-banjir"></head><body><article>
<h1>Posko banjir disiagakan di dua belas kecamatan</h1>{paragraphs}</article></body></html>"""
FIRST = [
    "Pemerintah kota menyiagakan dua belas posko banjir menjelang puncak musim hujan tahun ini.",
    "Kepala BPBD Kota, Rahmat Hidayat, mengatakan perahu karet dan tenda sudah siap di setiap posko.",
]
SECOND = [
    FIRST[1],  # a page that repeats a block of the page before it
    "“Kami minta warga di bantaran sungai tetap waspada sampai akhir bulan,” ujarnya di posko.",
    "Sebanyak empat puluh petugas berjaga bergantian selama dua puluh empat jam di setiap posko.",
    "Tahun lalu banjir merendam sedikitnya tiga ratus rumah di dua kecamatan di pesisir kota.",
]


def _html(paragraphs: list[str]) -> str:
    return PAGE.format(paragraphs="".join(f"<p>{p}</p>" for p in paragraphs))


def test_pages_are_extracted_once_as_one_article() -> None:
    """Page 2's "ujarnya" finds its speaker on page 1: the article is read over both pages."""
    url = "https://x.id/2026/11/20/posko-banjir"
    alone = extract_article(_html(SECOND[1:]), url + "?page=2")
    assert [q["speaker"] for q in alone.quotes if q["kind"] == "direct"] == [""]
    joined = extract_article(_html(FIRST), url, more_pages=[(_html(SECOND), url + "?page=2")])
    assert joined.paragraphs == [*FIRST, *SECOND[1:]]  # in order, the repeated block once
    direct = [q for q in joined.quotes if q["kind"] == "direct"]
    assert [(q["speaker"], q["paragraph"]) for q in direct] == [("Rahmat Hidayat", 2)]


def test_all_pages_copy_replaces_the_first_page_but_keeps_its_url() -> None:
    first = page("https://x.id/a", ["Satu."], all_pages_url="https://x.id/a?page=all")
    whole = page("https://x.id/a?page=all", ["Satu.", "Dua.", "Tiga."])
    joined = adopt_all_pages(first, whole)
    assert joined.url == "https://x.id/a"
    assert joined.fetched_url == "https://x.id/a"
    assert joined.pages == 2
    assert joined.body.endswith("Tiga.")
    # An "all pages" answer with no more text (a copy ignoring the query) means: walk instead.
    assert adopt_all_pages(page("https://x.id/a", ["Satu.", "Dua."]), page("u", ["Satu."])) is None
    assert adopt_all_pages(page("https://x.id/a", ["Satu."]), page("u", ["Satu."])) is None


def test_all_pages_link_to_another_host_is_asked_of_the_page_own_host() -> None:
    canonical_all = "https://lampung.tribunnews.com/2026/11/25/jalan?page=all"
    assert rebase_query(canonical_all, "http://127.0.0.1:5000/tribun/jalan.html") == (
        "http://127.0.0.1:5000/tribun/jalan.html?page=all"
    )
    same = "https://x.id/a?page=all"
    assert rebase_query(same, "https://x.id/a") == same


def test_finish_clears_paging_links() -> None:
    done = finish(page("https://x.id/a", ["Satu."], next_page_url="n", all_pages_url="a"))
    assert (done.next_page_url, done.all_pages_url) == ("", "")


def test_mirror_maps_urls_both_ways() -> None:
    mirror = Mirror("http://127.0.0.1:8080/")
    original = "https://lampung.suara.com/read/2024/03/25/081000/banjir?page=all"
    assert (
        mirror.to_mirror(original)
        == "http://127.0.0.1:8080/lampung.suara.com/read/2024/03/25/081000/banjir?page=all"
    )
    assert mirror.to_mirror("http://127.0.0.1:8080/already") == "http://127.0.0.1:8080/already"
    # Redirect locations from the mirror come back onto the original host.
    assert (
        mirror.from_mirror("/lampung.suara.com/read/x", original)
        == "https://lampung.suara.com/read/x"
    )
    assert (
        mirror.from_mirror("http://127.0.0.1:8080/kompas.com/a", original) == "https://kompas.com/a"
    )
    assert mirror.from_mirror("https://elsewhere.id/x", original) == "https://elsewhere.id/x"
