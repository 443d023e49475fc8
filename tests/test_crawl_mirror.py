"""Crawling a whole site by URL on a 127.0.0.1 mirror: what is stored, counted, skipped, never asked."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mirror import (
    GONE,
    MULTI_PAGE_2,
    NOT_ARTICLE,
    OLD_ADDRESS,
    SLOW,
    MirrorServer,
    NewsSite,
    S,
    article_paths,
    build_news_site,
    last_run,
    scrapy_crawl,
    stored_urls,
)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One site, crawled twice into one database, and once more with --since into another."""
    tmp = tmp_path_factory.mktemp("crawl")
    with MirrorServer() as server:
        site = build_news_site(server)
        db = tmp / "news.db"
        first = scrapy_crawl(site.base + "/", db)
        first_log = server.log
        first_run = last_run(db)
        first_urls = stored_urls(db)
        server.clear_log()
        second = scrapy_crawl(site.base + "/", db)
        second_log = server.log
        server.clear_log()
        since_db = tmp / "since.db"
        since = scrapy_crawl(site.base + "/", since_db, "since=2024-03-01")
        yield {
            "site": site,
            "db": db,
            "first": first,
            "first_log": first_log,
            "first_run": first_run,
            "first_urls": first_urls,
            "second": second,
            "second_log": second_log,
            "second_run": last_run(db),
            "since": since,
            "since_log": server.log,
            "since_urls": stored_urls(since_db),
        }


def test_crawls_exit_cleanly(crawled: dict[str, Any]) -> None:
    for name in ("first", "second", "since"):
        assert crawled[name].returncode == 0, crawled[name].stderr[-3000:]
        assert "Traceback" not in crawled[name].stderr


def test_stores_exactly_the_sites_articles(crawled: dict[str, Any]) -> None:
    site: NewsSite = crawled["site"]
    # Every article of the site, incl. the one behind a redirect, the one that failed once with a
    # 500 and the 2020 archive; not the 404, the slow page, the listing page or the robots-denied one.
    assert crawled["first_urls"] == site.stored | site.old
    assert len(crawled["first_urls"]) == 12


def test_crawl_run_counts(crawled: dict[str, Any]) -> None:
    run = crawled["first_run"]
    counts = run["counts"]
    assert run["target"] == crawled["site"].base + "/"
    assert run["finished_at"]
    assert counts["stored"] == 12
    assert counts["skipped_seen"] == 0
    assert counts["not_article"] == 1  # the listing page at an article-shaped URL
    # the 404, and the entry the damaged sitemap left ("oops"): without a profile every same-site
    # sitemap entry is a candidate
    assert counts["http_error"] == 2
    assert counts["robots_denied"] == 1  # /private/… (in the news sitemap and on the home page)
    assert counts["failed"] == 1
    assert counts["failed/timeout"] == 1  # the slow page, after its retry
    assert counts["discovery_error"] == 1  # the malformed sitemap
    assert counts["retries"] >= 2  # the 500 and the timeout were retried
    assert run["coverage"]["headline"] == 1.0
    assert run["coverage"]["body"] == 1.0
    assert run["warnings"] == []


def test_disallowed_page_is_never_requested(crawled: dict[str, Any]) -> None:
    private = S["private"].path
    for log in ("first_log", "second_log", "since_log"):
        assert "/robots.txt" in crawled[log]
        assert private not in crawled[log]


def test_second_run_fetches_no_stored_article_again(crawled: dict[str, Any]) -> None:
    site: NewsSite = crawled["site"]
    stored_paths = {url.removeprefix(site.base) for url in site.stored | site.old}
    again = article_paths(crawled["second_log"])
    assert not (again & stored_paths)
    # Only the pages that gave no article are tried again.
    assert again <= {GONE, SLOW, NOT_ARTICLE, OLD_ADDRESS}
    counts = crawled["second_run"]["counts"]
    # Home page 2 lists only stored articles (a7, a8): the walk stops there without asking for
    # them, and the other 10 stored articles are skipped before download.
    assert counts["index_stop_known"] == 1
    assert "/?page=3" not in crawled["second_log"]
    assert counts["skipped_seen"] == 10
    assert counts["stored"] == 0
    assert stored_urls(crawled["db"]) == site.stored | site.old


def test_since_excludes_older_articles_and_old_sitemaps(crawled: dict[str, Any]) -> None:
    site: NewsSite = crawled["site"]
    assert crawled["since_urls"] == site.stored
    assert S["old"].path not in crawled["since_log"]
    # The child sitemap last modified in 2020 cannot hold newer entries: not even fetched.
    assert "/sitemap-2020-01.xml" not in crawled["since_log"]


def test_index_walk_stops_when_a_page_repeats(crawled: dict[str, Any]) -> None:
    log = crawled["first_log"]
    assert "/?page=3" in log  # page 3 repeats page 2 …
    assert "/?page=4" not in log  # … so the walk ends there


def test_multi_page_article_is_joined(crawled: dict[str, Any]) -> None:
    import sqlite3

    with sqlite3.connect(crawled["db"]) as conn:
        pages, body = conn.execute(
            "SELECT pages, body FROM articles WHERE url = ?", [crawled["site"].multi_page]
        ).fetchone()
    assert pages == 2
    assert MULTI_PAGE_2[1] in body
    assert "KOTA CONTOH - Pemerintah daerah" in body  # page 1 text first
    assert body.index("KOTA CONTOH") < body.index(MULTI_PAGE_2[0])
    # Page 1 was not extracted on its own: page 2 was read for its paging only, then both pages
    # once, together (the only record read that way).
    counts = crawled["first_run"]["counts"]
    assert counts["extract_tasks/article"] == 1
    assert counts["extract_tasks/paging"] == 1


def test_redirected_article_is_stored_under_its_new_address(crawled: dict[str, Any]) -> None:
    site: NewsSite = crawled["site"]
    assert OLD_ADDRESS in crawled["first_log"]
    assert site.base + S["moved"].path in crawled["first_urls"]
    assert site.redirected_from not in crawled["first_urls"]


def test_unknown_target_is_a_clear_error(tmp_path: Path) -> None:
    result = scrapy_crawl("no-such-portal-site", tmp_path / "x.db")
    assert result.returncode != 0
    assert "unknown portal site 'no-such-portal-site'" in result.stderr
