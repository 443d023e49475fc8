"""The extraction worker pool: the records inline extraction gives, with its faults contained.

A page whose worker hangs past the time limit or dies is reported with its reason and the worker
replaced; the crawl goes on. A crawl with workers stores exactly what a crawl without stores.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import PAGES, manifest
from mirror import ROOT, XML, MirrorServer, last_run, news_sitemap, scrapy_crawl
from pool_faults import collector_state, misbehave, niceness

from newsbot.extract import NotAnArticle
from newsbot.pool import (
    WORKER_GC_THRESHOLD,
    Outcome,
    WorkerFailed,
    WorkerPool,
    extract_page,
    worker_count,
)

DEMO = ROOT / "newsbot" / "demo" / "site"
WHEN = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)


def sample_pages() -> list[tuple[bytes, str]]:
    """The demo site's pages (the project's own) and the real saved pages of ../shared."""
    pages = [
        (path.read_bytes(), f"https://example.test/{path.relative_to(DEMO).as_posix()}")
        for path in sorted(DEMO.rglob("*.html"))
    ]
    pages += [
        ((PAGES / row["file"]).read_bytes(), row["url"] or "https://x.test/")
        for row in manifest()
        if row["file"].endswith(".html")
    ]
    return pages


def as_json(outcome: Outcome) -> str:
    if outcome.error is not None:
        return f"{type(outcome.error).__name__}: {outcome.error}"
    assert outcome.article is not None, outcome.bug
    return json.dumps(outcome.article.to_dict(), ensure_ascii=False, sort_keys=True)


def run_pool(pool: WorkerPool, pages: list[tuple[bytes, str]]) -> list[Outcome | Exception]:
    async def main() -> list[Outcome | Exception]:
        tasks = [pool.extract(body, url, None, WHEN) for body, url in pages]
        return list(await asyncio.gather(*tasks, return_exceptions=True))

    try:
        return asyncio.run(main())
    finally:
        pool.close()


def test_workers_give_the_inline_records_byte_for_byte() -> None:
    pages = sample_pages()
    inline = [as_json(extract_page(body, url, None, WHEN)) for body, url in pages]
    pooled = run_pool(WorkerPool(2), pages)
    assert [as_json(o) if isinstance(o, Outcome) else repr(o) for o in pooled] == inline
    assert sum(1 for o in pooled if isinstance(o, Outcome) and o.article) >= 15


def test_workers_read_a_multi_page_article_and_paging_as_inline_does() -> None:
    """The joined extraction, a first page that goes on, and a page's paging only: through the
    workers exactly as inline (the crawl's page walk sends all three kinds of task)."""
    first = next((DEMO / "tribun").rglob("*-antrean.html"))
    second = first.with_name(first.stem + "-2.html")
    url = "https://lampung.tribunnews.com/2026/11/25/jalan-lintas-timur"
    tasks: list[tuple[Any, ...]] = [
        (first.read_bytes(), url, None, WHEN, ((second.read_bytes(), url + "?page=2"),), "article"),
        (first.read_bytes(), url, None, WHEN, (), "unless_paged"),
        (second.read_bytes(), url + "?page=2", None, None, (), "paging"),
    ]
    inline = [extract_page(*task) for task in tasks]
    pool = WorkerPool(1)

    async def main() -> list[Outcome]:
        return [await pool.extract(*task) for task in tasks]

    try:
        pooled = asyncio.run(main())
    finally:
        pool.close()
    joined, deferred, paging = inline
    assert joined.article is not None
    assert joined.joined == 2
    assert deferred.article is None
    assert deferred.paging is not None
    assert deferred.paging.goes_on
    assert paging.article is None
    assert paging.paging is not None
    assert not paging.paging.goes_on
    for a, b in zip(inline, pooled, strict=True):
        assert (a.paging, a.joined, a.error, a.bug) == (b.paging, b.joined, b.error, b.bug)
        assert (a.article and a.article.to_dict()) == (b.article and b.article.to_dict())


def test_a_worker_that_hangs_is_stopped_and_replaced() -> None:
    good = (DEMO / "tribun").rglob("*.html").__next__().read_bytes()
    pages = [(good, "https://example.test/hang/a"), (good, "https://example.test/ok/b")] * 2
    pool = WorkerPool(1, time_limit=1.0, function=misbehave)
    outcomes = run_pool(pool, pages)
    hung = [o for o in outcomes if isinstance(o, WorkerFailed)]
    assert [o.reason for o in hung] == ["extraction_timeout", "extraction_timeout"]
    assert "no record after 1 s" in str(hung[0])
    assert all(isinstance(o, Outcome) and o.article for o in outcomes[1::2])
    assert pool.replaced == 2


@pytest.mark.parametrize("fault", ["exit", "segfault"])
def test_a_worker_that_dies_is_replaced(fault: str) -> None:
    good = (DEMO / "tribun").rglob("*.html").__next__().read_bytes()
    pages = [(good, f"https://example.test/{fault}/a"), (good, "https://example.test/ok/b")]
    pool = WorkerPool(1, function=misbehave)
    died, fine = run_pool(pool, pages)
    assert isinstance(died, WorkerFailed)
    assert died.reason == "worker_crashed"
    assert "exit code" in str(died)
    assert isinstance(fine, Outcome)
    assert fine.article is not None
    assert pool.replaced == 1


def test_workers_are_renewed_after_their_share_of_pages() -> None:
    pages = sample_pages()[:6]
    pool = WorkerPool(1, max_tasks=2)
    outcomes = run_pool(pool, pages)
    assert all(isinstance(o, Outcome) for o in outcomes)
    assert pool.replaced == 3


def test_outcomes_carry_errors_and_what_extraction_logged() -> None:
    listing = (DEMO / "indeks.html").read_bytes()
    (outcome,) = run_pool(WorkerPool(1), [(listing, "https://example.test/indeks")])
    assert isinstance(outcome, Outcome)
    assert isinstance(outcome.error, NotAnArticle)
    capped = b"<html><body><h1>Judul berita yang panjang</h1><div " + b"a=1 " * 300 + b">"
    capped += b"<p>" + b"Warga desa bergotong royong memperbaiki jalan. " * 8 + b"</p></div>"
    (outcome,) = run_pool(WorkerPool(1), [(capped, "https://example.test/2026/11/20/a")])
    assert isinstance(outcome, Outcome)
    assert outcome.warnings == [
        "https://example.test/2026/11/20/a: "
        + "44 attributes beyond the first 256 of an element dropped (1 element)"
    ]


def test_a_worker_freezes_what_start_up_left_and_collects_less_often() -> None:
    """Extraction makes next to no reference cycles: a worker keeps its imports out of the cyclic
    collector and runs it less often, and says how much CPU time the collector took."""
    pages = sample_pages()[:3]
    outcomes = run_pool(WorkerPool(1, function=collector_state), pages)
    for outcome in outcomes:
        assert isinstance(outcome, Outcome)
        frozen, threshold = outcome.warnings
        assert int(frozen.split()[1]) > 10_000  # (newsbot.extract and its imports)
        assert threshold == f"threshold {WORKER_GC_THRESHOLD}"
        assert 0.0 <= outcome.gc_ms <= outcome.cpu_ms


def test_workers_yield_the_cpu_to_the_crawl() -> None:
    """Workers can run at a lower priority than the crawl (NEWSBOT_EXTRACT_NICE), so the
    reactor that feeds them and stores their records is not queued behind them for the CPU;
    by default they run at the crawl's."""
    crawl = os.nice(0)
    (outcome,) = run_pool(WorkerPool(1, function=niceness, nice=5), sample_pages()[:1])
    assert isinstance(outcome, Outcome)
    assert outcome.warnings == [f"nice {min(crawl + 5, 19)}"]
    (outcome,) = run_pool(WorkerPool(1, function=niceness), sample_pages()[:1])
    assert isinstance(outcome, Outcome)
    assert outcome.warnings == [f"nice {crawl}"]


def test_worker_count_setting() -> None:
    assert worker_count("auto") >= 1
    assert worker_count(None) == worker_count("auto")
    assert worker_count("0") == 0
    assert worker_count(3) == 3
    with pytest.raises(ValueError, match="auto or >= 0"):
        worker_count("-1")


# ---------------------------------------------------------------------------- through a crawl


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[str, int]]:
    """A site of the demo's article pages and the shared real ones, listed in a news sitemap
    (one page per article: which of two copies is stored first depends on arrival order)."""
    unique: dict[str, bytes] = {}
    for body, url in sample_pages():
        outcome = extract_page(body, url, None, None)
        unique.setdefault(outcome.article.url if outcome.article else url, body)
    with MirrorServer() as server:
        entries = []
        for n, body in enumerate(unique.values()):
            path = f"/berita/2024/03/{10 + n % 18:02d}/halaman-uji-nomor-{n}-dari-arsip"
            server.add(path, body)
            entries.append((server.url + path, f"2024-03-{10 + n % 18:02d}T08:00:00+07:00", ""))
        server.add("/robots.txt", f"Sitemap: {server.url}/news.xml\n", "text/plain")
        server.add("/news.xml", news_sitemap(entries), XML)
        yield server.url + "/", len(entries)


def articles(db: Path) -> list[dict[str, object]]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute("SELECT * FROM articles ORDER BY url")]
    for row in rows:  # when the copy was fetched, not what it says
        for name in ("crawled_at", "first_seen", "last_seen"):
            row.pop(name)
    return rows


def test_a_crawl_with_workers_stores_the_inline_records(
    site: tuple[str, int], tmp_path: Path
) -> None:
    url, _ = site
    stored = {}
    for workers in ("0", "2"):
        db = tmp_path / f"workers-{workers}.db"
        result = scrapy_crawl(url, db, settings={"NEWSBOT_EXTRACT_WORKERS": workers})
        assert result.returncode == 0, result.stderr[-3000:]
        stored[workers] = articles(db)
        counts = last_run(db)["counts"]
        assert counts["extract_cpu_ms"] > 0
        assert counts.get("workers_replaced", 0) == 0
        # Workers wait for pages at least while the sitemaps are read; inline, there are none.
        assert (counts.get("workers_idle_ms", 0) > 0) == (workers != "0")
    assert len(stored["0"]) >= 15
    assert stored["2"] == stored["0"]


def test_pages_over_the_time_limit_fail_with_that_reason(
    site: tuple[str, int], tmp_path: Path
) -> None:
    url, pages = site
    db = tmp_path / "limit.db"
    result = scrapy_crawl(
        url, db, settings={"NEWSBOT_EXTRACT_WORKERS": "1", "NEWSBOT_EXTRACT_TIMEOUT": "0.000001"}
    )
    assert result.returncode == 0, result.stderr[-3000:]
    counts = last_run(db)["counts"]
    # Pages that say noindex (two real saved pages do) are not extracted at all.
    extracted = pages - counts.get("noindex", 0)
    assert counts["failed/extraction_timeout"] == extracted, json.dumps(counts)
    assert counts["workers_replaced"] == extracted
    assert counts["stored"] == 0
