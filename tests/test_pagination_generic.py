"""Multi-page articles on sites no profile describes: the next page is a link to the article's
own next URL (WordPress's "Halaman: 1 2 3" page links, "?page=2"), never a link elsewhere.
Pages written for these tests (fictional news)."""

from __future__ import annotations

import pytest

from newsbot.extract import article_paging, extract_pages

STORY = "".join(
    f"<p>Paragraf {i}: pemerintah kota mulai memperbaiki jalan utama menjelang musim hujan.</p>"
    for i in range(6)
)
BASE = "https://kabarwarga.example/2026/11/20/posko-banjir-disiagakan/"
# Links every page of the site carries: a listing's next page, another story's second page.
ELSEWHERE = (
    "<div class='nav'><a href='/kategori/daerah/page/2/'>2</a>"
    "<a href='/2026/11/19/cerita-lain/2/'>Cerita lain, halaman 2</a></div>"
)


def page(pager: str = "", canonical: str = "") -> str:
    link = f"<link rel='canonical' href='{canonical}'>" if canonical else ""
    return (
        f"<html><head><title>Posko banjir disiagakan</title>{link}"
        "<meta property='og:type' content='article'></head><body><h1>Posko banjir disiagakan</h1>"
        f"<div class='entry-content'>{STORY}{pager}</div>{ELSEWHERE}</body></html>"
    )


def links(*pages: int, current: int) -> str:
    items = (
        f"<span>{n}</span>"
        if n == current
        else f"<a href='{BASE}{'' if n == 1 else f'{n}/'}'>{n}</a>"
        for n in pages
    )
    return f"<div class='page-links'>Halaman: {' '.join(items)}</div>"


@pytest.mark.parametrize(
    ("url", "current", "next_url"),
    [(BASE, 1, BASE + "2/"), (BASE + "2/", 2, BASE + "3/"), (BASE + "3/", 3, "")],
)
def test_wordpress_page_links(url: str, current: int, next_url: str) -> None:
    # A later page's canonical URL names the first page: the page's own URL says which it is.
    paging = article_paging(page(links(1, 2, 3, current=current), canonical=BASE), url)
    assert paging.next_page_url == next_url


def test_a_next_link_by_query() -> None:
    url = "https://kabarwarga.example/read/12345/posko-banjir"
    first = article_paging(page("<div class='pager'><a href='?page=2'>Selanjutnya</a></div>"), url)
    assert first.next_page_url == url + "?page=2"
    second = article_paging(
        page("<div class='pager'><a href='?page=1'>1</a><a href='?page=3'>Selanjutnya</a></div>"),
        url + "?page=2",
    )
    assert second.next_page_url == url + "?page=3"


def test_links_to_other_pages_are_no_next_page() -> None:
    assert article_paging(page(), BASE).next_page_url == ""


def test_the_pages_read_as_one_article_without_their_page_links() -> None:
    second = page(links(1, 2, current=2)).replace("Paragraf", "Lanjutan")
    read = extract_pages(page(links(1, 2, current=1)), BASE, more_pages=[(second, BASE + "2/")])
    assert read.joined == 2
    assert read.article is not None
    assert [p.split(":")[0] for p in read.article.paragraphs] == [
        *(f"Paragraf {i}" for i in range(6)),
        *(f"Lanjutan {i}" for i in range(6)),
    ]
