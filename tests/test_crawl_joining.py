"""Multi-page joins and the mirror's URL mapping (pure helpers of the crawl)."""

from __future__ import annotations

from newsbot.extract import Paging, article_paging, extract_article, extract_pages
from newsbot.middlewares import Mirror
from newsbot.spiders.joining import PageWalk, rebase_query

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


def test_an_all_pages_copy_is_read_with_the_first_page_and_must_add_to_it() -> None:
    """page=all: page 1 and the copy are read as one article (the copy's blocks page 1 lacks are
    added, in order); a copy adding nothing (a server ignoring the query) says: walk instead."""
    url = "https://x.id/2026/11/20/posko-banjir"
    first, whole = _html([*FIRST, SECOND[1]]), _html([*FIRST, *SECOND[1:]])
    joined = extract_pages(first, url, more_pages=[(whole, url + "?page=all")])
    assert joined.article is not None
    assert joined.article.paragraphs == [*FIRST, *SECOND[1:]]
    assert joined.article.url == url
    assert joined.joined == 2
    ignored = extract_pages(first, url, more_pages=[(first, url + "?page=all")])
    assert ignored.joined == 1


def test_a_first_page_that_goes_on_is_read_after_its_further_pages() -> None:
    """unless_paged: a page naming a next page gives its paging only, no record (the crawl reads
    it again with the further pages); a page that does not go on gives its record."""
    url = "https://x.id/2026/11/20/posko-banjir"
    page_one = _html([*FIRST, SECOND[1]])
    paged = page_one.replace("</head>", '<link rel="next" href="?page=2"></head>')
    first = extract_pages(paged, url, want="unless_paged")
    assert first.article is None
    assert first.paging.next_page_url == url + "?page=2"
    assert first.paging.goes_on
    alone = extract_pages(page_one, url, want="unless_paged")
    assert alone.article is not None
    assert not alone.paging.goes_on
    assert article_paging(paged, url) == first.paging


def test_a_walk_knows_the_pages_it_holds() -> None:
    walk = PageWalk(b"<p>1</p>", "https://x.id/a", None, "https://x.id/a", Paging(pages=2))
    walk.further.append((b"<p>2</p>", "https://x.id/a?page=2"))
    assert walk.has(b"<p>2</p>")
    assert walk.has(b"<p>1</p>")
    assert not walk.has(b"<p>3</p>")


def test_all_pages_link_to_another_host_is_asked_of_the_page_own_host() -> None:
    canonical_all = "https://lampung.tribunnews.com/2026/11/25/jalan?page=all"
    assert rebase_query(canonical_all, "http://127.0.0.1:5000/tribun/jalan.html") == (
        "http://127.0.0.1:5000/tribun/jalan.html?page=all"
    )
    same = "https://x.id/a?page=all"
    assert rebase_query(same, "https://x.id/a") == same


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
