"""A site without a profile, crawled by URL: its sitemap is trusted, what is no article is
remembered, and robots.txt is fetched once.

The site's URLs (/a/0/x3.html) look like nothing to the URL heuristic, as on many small news
sites: only the extractor can tell the 20 articles from the 3 category pages the sitemap also lists.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mirror import (
    XML,
    MirrorServer,
    Story,
    article_html,
    last_run,
    listing_html,
    scrapy_crawl,
    urlset,
)

from newsbot.discovery import looks_like_article

ARTICLES = [f"/a/0/x{i}.html" for i in range(20)]
CATEGORIES = [f"/a/0/k{i}.html" for i in range(3)]


def build_site(server: MirrorServer) -> None:
    for i, path in enumerate(ARTICLES):
        story = Story(
            path, f"2024-03-{10 + i:02d}T08:00:00+07:00", f"Kabar desa nomor {i} hari ini"
        )
        server.add(path, article_html(server.url + path, story))
    for path in CATEGORIES:
        server.add(path, listing_html("Kategori berita", [server.url + a for a in ARTICLES[:5]]))
    server.add("/robots.txt", f"User-agent: *\nSitemap: {server.url}/peta.xml\n", "text/plain")
    entries = [(server.url + p, "2024-03-25T08:00:00+07:00") for p in ARTICLES + CATEGORIES]
    server.add("/peta.xml", urlset(entries), XML)
    server.add("/", listing_html("Warta Kecil", []))


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db = tmp_path_factory.mktemp("generic") / "news.db"
    with MirrorServer() as server:
        build_site(server)
        runs = []
        for _ in range(2):
            server.clear_log()
            result = scrapy_crawl(server.url + "/", db)
            runs.append({"result": result, "log": server.log, "run": last_run(db)})
        server.clear_log()
        again = scrapy_crawl(
            server.url + "/", db, settings={"NEWSBOT_NOT_ARTICLE_RECHECK_DAYS": "0"}
        )
        yield {"db": db, "runs": runs, "recheck": {"result": again, "log": server.log}}


def test_the_urls_do_not_look_like_articles() -> None:
    assert not any(looks_like_article(f"https://warta.test{p}") for p in ARTICLES)


def test_every_sitemap_article_is_stored(crawled: dict[str, Any]) -> None:
    first = crawled["runs"][0]
    assert first["result"].returncode == 0, first["result"].stderr[-3000:]
    with sqlite3.connect(crawled["db"]) as conn:
        stored = {row[0].split("/", 3)[-1] for row in conn.execute("SELECT url FROM articles")}
    assert stored == {p.lstrip("/") for p in ARTICLES}
    assert first["run"]["counts"]["not_article"] == 3


def test_pages_that_were_no_articles_are_remembered(crawled: dict[str, Any]) -> None:
    with sqlite3.connect(crawled["db"]) as conn:
        rows = conn.execute("SELECT url, reason, checked_at FROM not_articles").fetchall()
    assert sorted(url.split("/", 3)[-1] for url, _, _ in rows) == [
        p.lstrip("/") for p in CATEGORIES
    ]
    assert all(reason and checked for _, reason, checked in rows)


def test_the_next_run_fetches_neither_articles_nor_remembered_pages(
    crawled: dict[str, Any],
) -> None:
    second = crawled["runs"][1]
    assert second["result"].returncode == 0, second["result"].stderr[-3000:]
    assert not set(second["log"]) & set(ARTICLES + CATEGORIES)
    counts = second["run"]["counts"]
    assert counts["skipped_seen"] == 20
    assert counts["skipped_not_article"] == 3
    assert counts["download_errors"] == 0


def test_past_the_recheck_age_they_are_fetched_again(crawled: dict[str, Any]) -> None:
    recheck = crawled["recheck"]
    assert recheck["result"].returncode == 0
    assert set(CATEGORIES) <= set(recheck["log"])
    assert not set(recheck["log"]) & set(ARTICLES)


def test_robots_txt_is_fetched_once_per_run(crawled: dict[str, Any]) -> None:
    for run in crawled["runs"]:
        assert run["log"].count("/robots.txt") == 1
        assert "/peta.xml" in run["log"]


def test_without_obeying_robots_txt_the_spider_still_reads_it(tmp_path: Path) -> None:
    with MirrorServer() as server:
        build_site(server)
        result = scrapy_crawl(
            server.url + "/", tmp_path / "n.db", settings={"ROBOTSTXT_OBEY": "False"}
        )
        log = server.log
    assert result.returncode == 0, result.stderr[-3000:]
    assert log.count("/robots.txt") == 1
    assert set(ARTICLES) <= set(log)
