"""Discovery and text input do bounded work, and a bad entry costs only itself (issue 12, 3 and 5).

A `<loc>` that is no URL used to drop the whole sitemap; a 1 MB .xml.gz inflated to 1 GB before any
size check; a sitemap index naming itself with a new query string had no depth limit; JSON-LD
nested 100,000 deep and `extract_text` with a bad URL or surrogates raised bare exceptions.
"""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
from mirror import (
    XML,
    MirrorServer,
    Page,
    Story,
    article_html,
    last_run,
    rss,
    scrapy_crawl,
    sitemap_index,
    stored_urls,
    urlset,
)

from newsbot.discovery import parse_feed, parse_sitemap, robots_sitemaps
from newsbot.discovery.xml import MAX_ENTRIES, MAX_XML_BYTES, XmlError, gunzip, load_xml
from newsbot.extract import ExtractionError, UnreadablePage, extract_article, extract_text
from newsbot.extract.text import MAX_TEXT_CHARS

WHEN = "2024-03-25T08:00:00+07:00"
GOOD = [f"https://x.test/2024/03/25/berita-nomor-{i}-hari-ini" for i in range(200)]


def gzip_bomb(inflated: int) -> bytes:
    """A gzip member of `inflated` zero bytes, built without holding them in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1024 * 1024)
    parts = [packer.compress(block) for _ in range(inflated // len(block))]
    return b"".join([*parts, packer.flush()])


def test_a_bad_loc_is_skipped_and_counted() -> None:
    entries = [(url, WHEN) for url in GOOD]
    entries.insert(100, ("http://[::1", WHEN))
    entries.insert(50, ("file:///etc/passwd", WHEN))
    listing = parse_sitemap(urlset(entries), "https://x.test/sitemap.xml")
    assert [e.url for e in listing.entries] == GOOD
    assert listing.skipped == 2
    assert not listing.error


def test_a_bad_index_child_is_skipped_and_counted() -> None:
    index = sitemap_index([("http://[::1", WHEN), ("https://x.test/s-1.xml", WHEN)])
    listing = parse_sitemap(index, "https://x.test/sitemap.xml")
    assert [c.url for c in listing.children] == ["https://x.test/s-1.xml"]
    assert listing.skipped == 1


def test_a_bad_feed_item_is_skipped_and_counted() -> None:
    items = [(url, "Mon, 25 Mar 2024 08:00:00 +0700", "t") for url in GOOD[:20]]
    items.insert(5, ("http://[::1", "Mon, 25 Mar 2024 08:00:00 +0700", "t"))
    items.insert(9, ("x", "Mon, 99 Foo 99999 99:99:99 +9999", "t"))
    listing = parse_feed(rss(items), "https://x.test/rss.xml")
    # The undatable item is kept (a date is optional); the one that is no URL is not.
    assert [e.url for e in listing.entries] == [*GOOD[:8], "https://x.test/x", *GOOD[8:20]]
    assert listing.skipped == 1


def test_robots_sitemap_lines_that_are_no_url_are_dropped() -> None:
    robots = "Sitemap: http://[::1\nSitemap: /news.xml\nSitemap: file:///etc/x\n"
    assert robots_sitemaps(robots, "https://x.test/robots.txt") == ["https://x.test/news.xml"]


def test_a_sitemap_over_the_entry_limit_keeps_the_limit() -> None:
    body = urlset([(f"https://x.test/a/{i}", WHEN) for i in range(MAX_ENTRIES + 3)])
    listing = parse_sitemap(body, "https://x.test/sitemap.xml")
    assert len(listing.entries) == MAX_ENTRIES
    assert listing.skipped == 3


def test_a_gzip_bomb_is_refused_while_it_inflates() -> None:
    bomb = gzip_bomb(MAX_XML_BYTES + 64 * 1024 * 1024)
    tracemalloc.start()
    with pytest.raises(XmlError, match="over the limit"):
        load_xml(bomb)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 3 * MAX_XML_BYTES  # never the whole inflated document
    listing = parse_sitemap(bomb, "https://x.test/sitemap.xml.gz")
    assert "over the limit" in listing.error


def test_gzip_members_and_damage() -> None:
    doc = urlset([(GOOD[0], WHEN)]).encode()
    assert gunzip(gzip.compress(doc) + gzip.compress(doc), 10**6) == doc + doc
    with pytest.raises(XmlError, match="truncated"):
        gunzip(gzip.compress(doc)[:-12], 10**6)
    with pytest.raises(XmlError, match="bad gzip"):
        gunzip(b"\x1f\x8b" + b"garbage" * 10, 10**6)


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_json_ld_nesting_bombs(depth: int) -> None:
    paragraphs = "".join(
        f"<p>Paragraf ke-{i} berita ini cukup panjang untuk menjadi isi sebuah artikel.</p>"
        for i in range(6)
    )
    for bomb in ("[" * depth + "]" * depth, '{"@type":"NewsArticle","x":' + "[" * depth):
        html = (
            f'<html><head><script type="application/ld+json">{bomb}</script></head><body>'
            f"<article><h1>Judul berita yang cukup panjang</h1>{paragraphs}</article></body></html>"
        )
        article = extract_article(html, "https://x.test/2024/03/25/judul-berita-panjang")
        assert article.headline == "Judul berita yang cukup panjang"


def test_extract_text_outcomes() -> None:
    paragraph = "Warga kota contoh berkumpul di balai desa sejak pagi untuk rapat bersama."
    with pytest.raises(ExtractionError, match="not a usable URL"):
        extract_text(paragraph, "http://[::1")
    assert extract_text("\ud800" * 100 + "\n" + paragraph * 2).body
    with pytest.raises(UnreadablePage, match="over the"):
        extract_text("kata " * (MAX_TEXT_CHARS // 5 + 1))


def test_quotes_are_read_up_to_their_limits() -> None:
    """Attributing a quote costs 0.5-1.5 ms: 8,000 of them took 5 s on one page or text dump."""
    from newsbot.extract.quotes import MAX_QUOTED_TEXT_CHARS, MAX_QUOTES, extract_quotes

    names = ("Budi Santoso", "Siti Aminah", "Rina Marlina")
    many = [f'"Kami siap nomor {k}," kata {names[k % 3]}.' for k in range(3 * MAX_QUOTES)]
    quotes = extract_quotes(many)
    assert len(quotes) == MAX_QUOTES
    assert [q["text"] for q in quotes[:2]] == ["Kami siap nomor 0", "Kami siap nomor 1"]
    filler = "Warga desa bergotong royong memperbaiki jalan yang rusak. "
    quote = '"Kami siap," kata Budi Santoso.'
    before = [filler * 20, quote]
    assert [q["text"] for q in extract_quotes(before)] == ["Kami siap"]
    beyond = [filler * (MAX_QUOTED_TEXT_CHARS // len(filler) + 1), quote]
    assert extract_quotes(beyond) == []


def test_a_text_dump_of_quote_marks_or_quotes_reads_a_bounded_part() -> None:
    paragraph = "Warga kota contoh berkumpul di balai desa sejak pagi untuk rapat bersama.\n"
    assert extract_text(paragraph + '"' * (MAX_TEXT_CHARS - 100)).quotes == []
    dense = "\n".join(f'"Kami siap nomor {k}," kata Budi Santoso.' for k in range(20_000))
    from newsbot.extract.quotes import MAX_QUOTES

    assert len(extract_text(paragraph + dense[: MAX_TEXT_CHARS - 100]).quotes) == MAX_QUOTES


# ---------------------------------------------------------------------------- through a crawl


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("limits")
    with MirrorServer() as site:
        a = site.url
        story = Story("/2024/03/25/berita-yang-tetap-ditemukan-di-peta-situs", WHEN, "Tetap ada")
        site.add(story.path, article_html(a + story.path, story))
        site.add("/bomb.xml.gz", gzip_bomb(MAX_XML_BYTES + 8 * 1024 * 1024), "application/gzip")

        def chain(path: str) -> Page:
            """An index naming itself with a new query string each time (no end)."""
            n = int(path.rsplit("=", 1)[-1]) if "=" in path else 0
            return Page(sitemap_index([(f"{a}/chain.xml?n={n + 1}", WHEN)]).encode(), XML)

        site.route("/chain.xml", chain)
        wide = [(f"{a}/wide-{i}.xml", WHEN) for i in range(40)]
        site.add("/wide.xml", sitemap_index(wide), XML)
        site.add(
            "/good.xml",
            urlset([(a + story.path, WHEN), ("http://[::1", WHEN), (f"{a}/sitemap.xml", WHEN)]),
            XML,
        )
        site.add(
            "/robots.txt",
            f"User-agent: *\nSitemap: {a}/bomb.xml.gz\nSitemap: {a}/chain.xml\n"
            f"Sitemap: {a}/good.xml\n",
            "text/plain",
        )
        db = tmp / "news.db"
        result = scrapy_crawl(a + "/", db)
        crawl = {"result": result, "log": site.log, "run": last_run(db), "stored": stored_urls(db)}
        # Second crawl: an index of 40 sitemaps with a limit of 25 documents per crawl.
        site.clear_log()
        site.add("/robots.txt", f"User-agent: *\nSitemap: {a}/wide.xml\n", "text/plain")
        wide_db = tmp / "wide.db"
        scrapy_crawl(a + "/", wide_db, settings={"NEWSBOT_MAX_SITEMAPS": "25"})
        yield {**crawl, "wide_log": site.log, "wide_run": last_run(wide_db)}


def test_the_crawl_completes(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["result"].stderr[-3000:]
    assert "Traceback" not in crawled["result"].stderr
    assert len(crawled["stored"]) == 1


def test_a_self_chaining_index_stops_at_the_depth_limit(crawled: dict[str, Any]) -> None:
    from newsbot.spiders.portal import MAX_DISCOVERY_DEPTH

    chain = [p for p in crawled["log"] if p.startswith("/chain.xml")]
    assert len(chain) <= MAX_DISCOVERY_DEPTH
    assert crawled["run"]["counts"]["discovery_too_deep"] >= 1


def test_sitemaps_beyond_the_count_limit_are_not_fetched(crawled: dict[str, Any]) -> None:
    fetched = [p for p in crawled["wide_log"] if p.startswith("/wide")]
    assert len(fetched) == 25
    assert crawled["wide_run"]["counts"]["discovery_over_limit"] == 40 + 1 - 25


def test_bad_documents_and_entries_are_counted(crawled: dict[str, Any]) -> None:
    counts = crawled["run"]["counts"]
    assert counts["discovery_error"] >= 1  # the bomb
    assert counts["discovery_entries_skipped"] >= 1  # http://[::1
