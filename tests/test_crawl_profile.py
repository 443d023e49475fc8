"""A portal profile crawled offline: registry sources served from a 127.0.0.1 mirror (NEWSBOT_MIRROR)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from mirror import MirrorServer, build_suara_site, last_run, scrapy_crawl, stored_urls

from newsbot.portals import find_site

TARGET = "suara-lampung"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    found = find_site(TARGET)
    assert found is not None, f"{TARGET} is not in the portal registry"
    _, site = found
    db = tmp_path_factory.mktemp("profile") / "news.db"
    with MirrorServer() as server:
        expected = build_suara_site(server, site)
        result = scrapy_crawl(TARGET, db, settings={"NEWSBOT_MIRROR": server.url})
        yield {"result": result, "expected": expected, "log": server.log, "db": db, "site": site}


def test_profile_crawl_stores_every_article_under_its_real_url(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["result"].stderr[-3000:]
    assert stored_urls(crawled["db"]) == crawled["expected"].stored


def test_profile_crawl_asks_the_mirror_for_the_profile_sources(crawled: dict[str, Any]) -> None:
    host = crawled["site"].host
    log = crawled["log"]
    assert f"/{host}/robots.txt" in log
    assert f"/{host}/static/news/lampung-sitemap.xml" in log
    assert f"/{host}/indeks?page=3" in log  # page 3 repeats page 2: the walk stops here
    for path in crawled["expected"].never_requested:
        assert path not in log


def test_page_all_joins_the_multi_page_article(crawled: dict[str, Any]) -> None:
    expected = crawled["expected"]
    with sqlite3.connect(crawled["db"]) as conn:
        pages, body, url = conn.execute(
            "SELECT pages, body, url FROM articles WHERE url = ?", [expected.multi_page]
        ).fetchone()
    assert url == expected.multi_page  # not the ?page=all address
    assert pages == 2
    assert expected.page_two_text in body
    # Page 1's paging decided: it was not extracted on its own, nor were further pages walked;
    # page 1 and the ?page=all copy were read once, together (the only record read that way).
    counts = last_run(crawled["db"])["counts"]
    assert counts["extract_tasks/article"] == 1
    assert counts.get("extract_tasks/paging", 0) == 0
    assert f"/{crawled['site'].host}{urlsplit(expected.multi_page).path}?page=all" in crawled["log"]


def test_profile_run_is_recorded_under_the_site_name(crawled: dict[str, Any]) -> None:
    run = last_run(crawled["db"])
    assert run["target"] == TARGET
    assert run["counts"]["stored"] == 6
    assert run["counts"]["robots_denied"] == 1
