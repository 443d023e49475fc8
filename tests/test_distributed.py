"""Distributed mode for real: a redis-server on 127.0.0.1, two workers, one writer killed and restarted.

The mirror site has enough articles for both workers to share, listed twice (sitemap and feed) so
the shared duplicate filter has work; the test asserts every article is stored exactly once,
fetched exactly once over both workers, nothing is lost to the writer's SIGKILL, requests to the
site keep DOWNLOAD_DELAY apart over both workers together, and the next run skips what is stored.
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mirror import (
    TEST_SETTINGS,
    XML,
    MirrorServer,
    Story,
    article_html,
    rss,
    stored_urls,
    urlset,
)
from servers import redis_server, stop

from newsbot.schedule import newsbot_command

pytestmark = pytest.mark.servers

ARTICLES = 60
# Seconds between two requests to the site over all workers together. The crawl lasts at least
# ARTICLES * DELAY = 7 s, longer than Scrapy's engine heartbeat (5 s), at which an idle worker
# looks at the shared queue again: the second worker gets its share.
DELAY = 0.12


def build_site(server: MirrorServer) -> set[str]:
    urls = []
    for n in range(ARTICLES):
        day = 10 + n % 15
        path = f"/2024/03/{day:02d}/berita-daerah-nomor-{n:03d}-untuk-uji-pekerja"
        story = Story(path, f"2024-03-{day:02d}T08:{n % 60:02d}:00+07:00", f"Berita daerah {n}")
        server.add(path, article_html(server.url + path, story))
        urls.append(server.url + path)
    server.add("/robots.txt", f"User-agent: *\nSitemap: {server.url}/sitemap.xml\n", "text/plain")
    server.add("/sitemap.xml", urlset([(u, "2024-03-25T12:00:00+07:00") for u in urls]), XML)
    # The feed repeats the newest half: both workers may see them, one fetches each.
    feed = [(u, "Mon, 25 Mar 2024 08:00:00 +0700", "x") for u in urls[: ARTICLES // 2]]
    server.add("/rss.xml", rss(feed), XML)
    server.add("/", '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">')
    return set(urls)


def worker(url: str, redis: str, cwd: Path, log: Path) -> subprocess.Popen[str]:
    settings = {**TEST_SETTINGS, "DOWNLOAD_DELAY": str(DELAY), "NEWSBOT_SHOW_LOG": "1"}
    args = [item for name, value in settings.items() for item in ("-s", f"{name}={value}")]
    return subprocess.Popen(
        [*newsbot_command(), "crawl", url + "/", "--redis", redis, "--quiet", *args],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=log.open("w"),
        text=True,
    )


def writer(redis: str, db: Path, cwd: Path, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*newsbot_command(), "ingest", "--redis", redis, "--db", str(db), "--batch", "4", *extra],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def count_rows(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the writer is creating the schema
        return 0


def runs(db: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute("SELECT * FROM crawl_runs ORDER BY id")]
    for row in rows:
        for key in ("options", "counts", "coverage", "warnings"):
            row[key] = json.loads(row[key] or "null")
    return rows


@contextlib.contextmanager
def _reaped(processes: list[subprocess.Popen[str]]) -> Iterator[None]:
    try:
        yield
    finally:
        for process in processes:
            stop(process)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("distributed")
    db = tmp / "news.db"
    started: list[subprocess.Popen[str]] = []  # stopped at the end whatever happens
    with redis_server(tmp) as redis, MirrorServer() as server, _reaped(started):
        expected = build_site(server)
        first = writer(redis, db, tmp)
        workers = [worker(server.url, redis, tmp, tmp / f"worker{n}.log") for n in (1, 2)]
        started += [first, *workers]
        # Kill the writer (SIGKILL: no clean-up of any kind) once it has written something.
        deadline = time.monotonic() + 120
        while count_rows(db) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
        at_kill = count_rows(db)
        codes = [w.wait(timeout=300) for w in workers]
        first_log = server.timed_log
        # Start it again: it writes what the killed one had taken, then the rest, then stops.
        again = writer(redis, db, tmp, "--drain")
        started.append(again)
        _, again_err = again.communicate(timeout=300)
        server.clear_log()
        # A second run, one worker: everything is in Redis' stored set now.
        rerun = worker(server.url, redis, tmp, tmp / "worker3.log")
        started.append(rerun)
        rerun_code = rerun.wait(timeout=300)
        drain = writer(redis, db, tmp, "--drain")
        started.append(drain)
        drain.communicate(timeout=300)
        yield {
            "expected": expected,
            "db": db,
            "codes": codes,
            "logs": [(tmp / f"worker{n}.log").read_text() for n in (1, 2, 3)],
            "at_kill": at_kill,
            "again": (again.returncode, again_err),
            "first_log": first_log,
            "rerun_code": rerun_code,
            "rerun_log": server.log,
            "base": server.url,
        }


def test_workers_and_writer_exit_cleanly(crawl: dict[str, Any]) -> None:
    assert crawl["codes"] == [0, 0], crawl["logs"][0][-3000:] + crawl["logs"][1][-3000:]
    for log in crawl["logs"]:
        assert "Traceback" not in log, log[-3000:]
    code, err = crawl["again"]
    assert code == 0, err
    assert crawl["rerun_code"] == 0, crawl["logs"][2][-3000:]


def test_every_article_stored_exactly_once_despite_the_killed_writer(crawl: dict[str, Any]) -> None:
    db = crawl["db"]
    assert 0 < crawl["at_kill"] < ARTICLES  # the kill did land mid-way
    assert stored_urls(db) == crawl["expected"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == ARTICLES


def test_no_article_fetched_twice_across_workers(crawl: dict[str, Any]) -> None:
    fetched = Counter(path for _, path in crawl["first_log"] if path.startswith("/2024/"))
    assert set(fetched) == {u.removeprefix(crawl["base"]) for u in crawl["expected"]}
    assert max(fetched.values()) == 1
    # Both workers joined the same run and shared it.
    joined = [log for log in crawl["logs"][:2] if "joined run 1 of" in log]
    started = [log for log in crawl["logs"][:2] if "started run 1 of" in log]
    assert (len(started), len(joined)) == (1, 1)
    scraped = [re.search(r"'item_scraped_count': (\d+)", log) for log in crawl["logs"][:2]]
    shares = [int(m.group(1)) if m else 0 for m in scraped]
    assert sum(shares) == ARTICLES
    assert min(shares) > 0, shares


def test_politeness_holds_across_workers(crawl: dict[str, Any]) -> None:
    stamps = sorted(stamp for stamp, _ in crawl["first_log"])
    # Every request to the site took its start time from Redis, DOWNLOAD_DELAY after the one
    # before over both workers together, so the requests span at least (n - 1) delays (two
    # workers each keeping only their own delay would take about half that). Single gaps are
    # not compared: a worker busy extracting a page may send a request late, the next on time.
    assert stamps[-1] - stamps[0] >= (len(stamps) - 1) * DELAY * 0.9


def test_one_run_row_for_both_workers(crawl: dict[str, Any]) -> None:
    first, second = runs(crawl["db"])
    assert first["target"] == crawl["base"] + "/"
    assert first["options"]["run"] == crawl["base"] + "/#1"
    assert len(first["options"]["workers"]) == 2
    assert first["finished_at"]
    counts = first["counts"]
    assert counts["stored"] == ARTICLES
    # Exact, although the killed writer's batch may have been written before the kill and again
    # after: a replayed record whose sighting the row already has is not counted twice.
    assert (counts["inserted"], counts["unchanged"]) == (ARTICLES, 0)
    assert counts["queued"] >= ARTICLES
    assert first["coverage"]["headline"] == 1.0
    assert first["warnings"] == []
    # The second run started afresh (run 2) and skipped every stored article before fetching.
    assert second["options"]["run"] == crawl["base"] + "/#2"
    assert second["counts"]["skipped_seen"] == ARTICLES
    assert second["counts"]["stored"] == 0
    assert not [p for p in crawl["rerun_log"] if p.startswith("/2024/")]
    assert "/sitemap.xml" in crawl["rerun_log"]  # discovery is fetched again each run


def test_writer_finishes_a_batch_a_killed_writer_had_taken(tmp_path: Path) -> None:
    import redis as redis_client

    from newsbot.distributed import ITEMS, PROCESSING, STORED, Writer
    from newsbot.record import Article
    from newsbot.store import Store

    def message(n: int) -> str:
        article = Article(
            url=f"https://example.id/2024/03/25/berita-{n}",
            headline=f"Berita {n}",
            body="Isi berita yang cukup panjang untuk disimpan.",
            published="2024-03-25T08:00:00+07:00",
        )
        return json.dumps(
            {
                "kind": "article",
                "run": "t#1",
                "article": article.to_dict(),
                "fetched_url": article.url,
                "seen_at": "2024-03-25T09:00:00+00:00",
            }
        )

    with redis_server(tmp_path) as url:
        server = redis_client.Redis.from_url(url)
        # A writer was killed holding messages 0-2 (0 and 1 committed, 2 not); 3-4 wait in line.
        with Store(tmp_path / "news.db") as store:
            Writer(server, store)._write([message(0), message(1)])
        server.delete(STORED)
        server.rpush(PROCESSING, message(0), message(1), message(2))
        server.rpush(ITEMS, message(3), message(4))
        with Store(tmp_path / "news.db") as store:
            counts = Writer(server, store, batch=2).run(drain=True)
            rows = store.runs(target="t")
        assert server.llen(PROCESSING) == server.llen(ITEMS) == 0
        assert stored_urls(tmp_path / "news.db") == {
            f"https://example.id/2024/03/25/berita-{n}" for n in range(5)
        }
        # Written once each: the replayed 0 and 1 are neither stored again nor counted again.
        assert counts["inserted"] == 3
        assert counts["unchanged"] == 0
        assert rows[0]["counts"]["inserted"] == 5
        assert server.scard(STORED) == 5  # the workers' "already stored" set knows them all
