"""Discovery parsers: news sitemaps, sitemap indexes, feeds, index pages, robots.txt, date windows."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import shared_page

from newsbot.discovery import (
    DateRange,
    expand_source_urls,
    home_sources,
    looks_like_article,
    parse_any,
    parse_date,
    parse_feed,
    parse_index,
    parse_sitemap,
    robots_sitemaps,
    same_links,
)

WIB = dt.timezone(dt.timedelta(hours=7))

NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>https://lampung.suara.com/read/2024/03/25/081000/banjir-rob</loc>
    <lastmod>2024-03-26T10:00:00+07:00</lastmod>
    <news:news>
      <news:publication><news:name>Suara Lampung</news:name><news:language>id</news:language></news:publication>
      <news:publication_date>2024-03-25T08:10:00+07:00</news:publication_date>
      <news:title>Banjir Rob Rendam Pesisir</news:title>
    </news:news>
  </url>
  <url><loc>https://lampung.suara.com/read/2024/03/24/120000/lain</loc></url>
</urlset>"""


def test_news_sitemap_keeps_publication_date_and_title() -> None:
    listing = parse_sitemap(NEWS_SITEMAP, "https://lampung.suara.com/sitemap.xml")
    assert listing.ok
    assert listing.kind == "news_sitemap"
    first, second = listing.entries
    assert first.url == "https://lampung.suara.com/read/2024/03/25/081000/banjir-rob"
    # publication_date wins over lastmod (the article was updated a day later)
    assert first.published == dt.datetime(2024, 3, 25, 8, 10, tzinfo=WIB)
    assert first.title == "Banjir Rob Rendam Pesisir"
    assert second.published is None


def test_sitemap_index_children_carry_lastmod() -> None:
    body = """<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>/news/sitemap-2024-03.xml</loc><lastmod>2024-03-25</lastmod></sitemap>
      <sitemap><loc>https://x.id/news/sitemap-2019-01.xml</loc><lastmod>2019-01-31</lastmod></sitemap>
    </sitemapindex>"""
    listing = parse_sitemap(body, "https://x.id/sitemap.xml")
    assert listing.kind == "sitemapindex"
    assert [c.url for c in listing.children] == [
        "https://x.id/news/sitemap-2024-03.xml",
        "https://x.id/news/sitemap-2019-01.xml",
    ]
    window = DateRange.of("2024-03-01")
    assert [window.may_hold_newer_than(c.published) for c in listing.children] == [True, False]


@pytest.mark.parametrize(
    "body",
    [b"", b"<html><body>Not found</body></html>", b"\x00\x01\x02garbage", b"<urlset><url><loc>x"],
)
def test_malformed_sitemap_is_an_error_not_an_exception(body: bytes) -> None:
    listing = parse_sitemap(body, "https://x.id/sitemap.xml")
    assert not listing.ok
    assert "https://x.id/sitemap.xml" in listing.error
    assert "\n" not in listing.error


def test_damaged_sitemap_keeps_recovered_entries_and_says_so() -> None:
    body = b"<urlset><url><loc>https://x.id/2024/03/01/a-b-c-d</loc></url><url><loc>https://x.id/tr"
    listing = parse_sitemap(body, "https://x.id/s.xml")
    assert "not well-formed" in listing.error
    assert "https://x.id/2024/03/01/a-b-c-d" in [e.url for e in listing.entries]


def test_rss_items_with_rfc822_dates() -> None:
    body = """<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>Satu</title><link>https://x.id/2024/03/25/satu-dua-tiga-empat</link>
        <pubDate>Mon, 25 Mar 2024 11:45:00 +0700</pubDate></item>
      <item><title>No link</title></item>
    </channel></rss>"""
    listing = parse_feed(body, "https://x.id/rss")
    assert [(e.url, e.title) for e in listing.entries] == [
        ("https://x.id/2024/03/25/satu-dua-tiga-empat", "Satu")
    ]
    assert listing.entries[0].published == dt.datetime(2024, 3, 25, 11, 45, tzinfo=WIB)


def test_atom_entries_use_alternate_link() -> None:
    body = """<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
      <entry><title>A</title><link rel="self" href="https://x.id/api/1"/>
        <link rel="alternate" href="https://x.id/2024/03/25/berita-a-b-c"/>
        <updated>2024-03-25T01:00:00Z</updated></entry></feed>"""
    listing = parse_feed(body)
    assert listing.entries[0].url == "https://x.id/2024/03/25/berita-a-b-c"
    assert listing.entries[0].published == dt.datetime(2024, 3, 25, 1, tzinfo=dt.UTC)


def test_parse_any_tells_feeds_from_sitemaps() -> None:
    assert parse_any(NEWS_SITEMAP).kind == "news_sitemap"
    assert parse_any(b'<rss version="2.0"><channel></channel></rss>').kind == "feed"


def test_real_detik_rss_from_shared_pages() -> None:
    listing = parse_feed(
        shared_page("detik.com/detik.com__detik-mainpage.xml"), "https://detik.com/"
    )
    assert listing.ok
    assert len(listing.entries) >= 5
    assert all(e.url.startswith("http") for e in listing.entries)
    assert all(e.published is not None for e in listing.entries)


def test_index_page_article_links_and_next_page() -> None:
    html = """<html><body>
      <a href="/2024/03/25/banjir-rob-rendam-pesisir">Banjir</a>
      <a href="/2024/03/25/banjir-rob-rendam-pesisir#comments">Komentar</a>
      <a href="/read/2024/03/25/123456/harga-beras-turun">Beras</a>
      <a href="/tag/pemilu">Pemilu</a> <a href="/kategori/news">News</a>
      <a href="https://other.id/2024/03/25/di-situs-lain-sama-sekali">Other</a>
      <a href="/img/2024/03/25/foto.jpg">Foto</a>
      <a href="/indeks?page=2">2</a> <a href="/indeks?page=3">3</a>
    </body></html>"""
    listing = parse_index(html, "https://x.id/indeks?page=1")
    assert [e.url for e in listing.entries] == [
        "https://x.id/2024/03/25/banjir-rob-rendam-pesisir",
        "https://x.id/read/2024/03/25/123456/harga-beras-turun",
    ]
    assert listing.next_url == "https://x.id/indeks?page=2"


def test_repeated_page_stops_the_walk() -> None:
    page10 = parse_index('<a href="/2024/03/01/a-b-c-d">a</a>', "https://x.id/i?page=10")
    page11 = parse_index('<a href="/2024/03/01/a-b-c-d">a</a>', "https://x.id/i?page=11")
    page12 = parse_index('<a href="/2024/03/01/e-f-g-h">e</a>', "https://x.id/i?page=12")
    assert same_links(page10, page11)
    assert not same_links(page11, page12)
    assert not same_links(None, page10)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.id/2024/03/25/some-story", True),
        ("https://x.id/berita/1234567/some-story", True),
        ("https://x.id/news/wali-kota-resmikan-pasar-baru-hari-ini", True),
        ("https://x.id/", False),
        ("https://x.id/tag/pemilu-presiden-tahun-ini", False),
        ("https://x.id/kategori/berita-daerah-lampung-terkini", False),
        ("https://x.id/about", False),
        ("https://x.id/uploads/2024/03/25/foto.jpg", False),
        ("mailto:redaksi@x.id", False),
    ],
)
def test_looks_like_article(url: str, expected: bool) -> None:
    assert looks_like_article(url, "https://x.id/") is expected


def test_robots_sitemaps_and_home_autodiscovery() -> None:
    robots = "User-agent: *\nDisallow: /private/\nSitemap: https://x.id/news.xml\nSitemap: /s.xml\n"
    assert robots_sitemaps(robots, "https://x.id/robots.txt") == [
        "https://x.id/news.xml",
        "https://x.id/s.xml",
    ]
    home = """<html><head>
      <link rel="alternate" type="application/rss+xml" href="/rss" title="RSS">
      <link rel="alternate" type="application/atom+xml" href="https://x.id/atom.xml">
      <link rel="alternate" hreflang="en" href="https://x.id/en/">
      <link rel="sitemap" href="/sitemap.xml"></head></html>"""
    assert [c.url for c in home_sources(home, "https://x.id/").children] == [
        "https://x.id/rss",
        "https://x.id/atom.xml",
        "https://x.id/sitemap.xml",
    ]


def test_date_window_bounds() -> None:
    window = DateRange.of("2024-03-01", "2024-03-03")
    assert window.contains(dt.datetime(2024, 3, 1, 0, 0, tzinfo=WIB))
    assert window.contains(dt.datetime(2024, 3, 3, 23, 59, tzinfo=WIB))  # bare until: whole day
    assert not window.contains(dt.datetime(2024, 3, 4, 0, 0, tzinfo=WIB))
    assert not window.contains(dt.datetime(2024, 2, 29, 23, 0, tzinfo=WIB))
    assert window.contains(None)  # undated entries are fetched and judged by the article date
    assert window.days(today=dt.date(2024, 3, 10)) == [
        dt.date(2024, 3, 3),
        dt.date(2024, 3, 2),
        dt.date(2024, 3, 1),
    ]
    assert DateRange().days(today=dt.date(2024, 3, 10)) == [dt.date(2024, 3, 10)]


def test_parse_date_forms() -> None:
    assert parse_date("2024-03-25") == dt.datetime(2024, 3, 25, tzinfo=WIB)
    assert parse_date("2024-03-25T01:00:00Z") == dt.datetime(2024, 3, 25, 1, tzinfo=dt.UTC)
    assert parse_date("Mon, 25 Mar 2024 11:45:00 GMT") == dt.datetime(
        2024, 3, 25, 11, 45, tzinfo=dt.UTC
    )
    assert parse_date("kemarin sore") is None
    assert parse_date("") is None


def test_expand_source_urls_by_day_and_page() -> None:
    days = [dt.date(2024, 3, 2), dt.date(2024, 3, 1)]
    template = "https://x.id/index-news?date={date:%Y-%-m-%-d}&page={page}"
    assert expand_source_urls(template, days, page=3) == [
        "https://x.id/index-news?date=2024-3-2&page=3",
        "https://x.id/index-news?date=2024-3-1&page=3",
    ]
    assert expand_source_urls("https://x.id/rss", days) == ["https://x.id/rss"]
