"""kill -9 at any moment loses nothing stored and refetches only what was in flight (issue 12, 4).

The crawl is really killed (SIGKILL, no handler runs) once it has stored some articles, then run
again, with and without --resume. Articles are committed one by one, the killed run's crawl_runs
row is closed as `killed` by the next run, and a --resume job whose queue Scrapy never saved
starts afresh instead of resuming nothing.
"""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from crashsite import (
    BigSite,
    build_big_site,
    crawl_command,
    kill9,
    output_of,
    scraped_urls,
    start_crawl,
    wait_until_stored,
)
from mirror import ROOT, MirrorServer, article_paths, stored_urls

N = 200
# DEBUG: Scrapy logs each item once the pipelines are done with it (after its commit).
CONCURRENCY = {
    "CONCURRENT_REQUESTS": "2",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "2",
    "LOG_LEVEL": "DEBUG",
}


@pytest.fixture
def site() -> Iterator[tuple[MirrorServer, BigSite]]:
    with MirrorServer() as server:
        yield server, build_big_site(server, N, delay=0.01)


def run_to_end(target: str, db: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        crawl_command(target, db, *options, settings=CONCURRENCY),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def runs(db: Path) -> list[tuple[str, str | None]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, finished_at FROM crawl_runs ORDER BY id").fetchall()


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def kill_then_finish(
    server: MirrorServer, site: BigSite, db: Path, *options: str
) -> dict[str, object]:
    log = db.with_suffix(".killed.log")
    crawl = start_crawl(site.base + "/", db, *options, settings=CONCURRENCY, log=log)
    assert wait_until_stored(crawl, db, N // 4, limit=120), output_of(db)[-3000:]
    kill9(crawl)
    stored_at_kill = {u.removeprefix(site.base) for u in stored_urls(db)}
    fetched_before = article_paths(server.log)
    unfinished = runs(db)
    server.clear_log()
    again = run_to_end(site.base + "/", db, *options)
    return {
        "stored_at_kill": stored_at_kill,
        "scraped_before": {u.removeprefix(site.base) for u in scraped_urls(log)},
        "fetched_before": fetched_before,
        "fetched_after": article_paths(server.log),
        "unfinished": unfinished,
        "again": again,
    }


@pytest.mark.parametrize("resume", [False, True], ids=["plain", "resume"])
def test_kill_9_loses_nothing_and_refetches_only_what_was_in_flight(
    site: tuple[MirrorServer, BigSite], tmp_path: Path, resume: bool
) -> None:
    server, big = site
    db = tmp_path / "news.db"
    options = ("--resume", str(tmp_path / "job")) if resume else ()
    seen = kill_then_finish(server, big, db, *options)
    again = seen["again"]
    assert again.returncode == 0, again.stderr[-3000:]  # type: ignore[attr-defined]
    stored_at_kill: set[str] = seen["stored_at_kill"]  # type: ignore[assignment]
    fetched_before: set[str] = seen["fetched_before"]  # type: ignore[assignment]
    fetched_after: set[str] = seen["fetched_after"]  # type: ignore[assignment]
    assert len(stored_at_kill) >= N // 4
    # Nothing lost: every article of the site is stored once, and the file is sound.
    assert stored_urls(db) == set(big.articles)
    assert integrity(db) == "ok"
    # Every article that went through the pipelines before the kill had been committed; nothing
    # stored is fetched again; what is fetched again was in flight (fetched, not yet stored).
    scraped_before: set[str] = seen["scraped_before"]  # type: ignore[assignment]
    assert scraped_before <= stored_at_kill
    assert not fetched_after & stored_at_kill
    in_flight = (fetched_before - stored_at_kill) & big.paths()
    assert fetched_after & fetched_before <= in_flight
    # The killed run was open at the kill and is closed as killed by the next run.
    assert seen["unfinished"] == [("running", None)]
    statuses = [status for status, _ in runs(db)]
    assert statuses == ["killed", "finished"]
    if resume:
        assert "was killed" in again.stderr or "was killed" in output_of(db)  # type: ignore[attr-defined]


def test_resume_after_a_finished_job_crawls_again(
    site: tuple[MirrorServer, BigSite], tmp_path: Path
) -> None:
    server, big = site
    db, job = tmp_path / "news.db", str(tmp_path / "job")
    first = run_to_end(big.base + "/", db, "--resume", job)
    assert first.returncode == 0, first.stderr[-3000:]
    server.clear_log()
    second = run_to_end(big.base + "/", db, "--resume", job)
    assert second.returncode == 0, second.stderr[-3000:]
    assert "/sitemap.xml" in server.log  # discovery ran again instead of "all seen"
    assert not article_paths(server.log) & big.paths()  # and skipped every stored article


def test_an_interrupted_run_is_closed_as_killed(tmp_path: Path) -> None:
    from newsbot.store import Store

    db = tmp_path / "news.db"
    with Store(db) as store:
        dead = store.start_run("situs", {})
        store.db.execute("UPDATE crawl_runs SET pid = 2147483000 WHERE id = ?", [dead])
        store.db.conn.commit()
        alive = store.start_run("situs", {})  # this process: still running
        assert store.close_killed_runs() == 0
        rows = {r["id"]: r for r in store.runs()}
        assert rows[dead]["status"] == "killed"
        assert rows[dead]["finished_at"]
        assert "run was killed: it never finished" in rows[dead]["warnings"]
        assert rows[alive]["status"] == "running"


@pytest.fixture
def other_process() -> Iterator[subprocess.Popen[bytes]]:
    """A live process that is not the crawl that wrote a record (as a reused pid would be)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    yield process
    process.kill()
    process.wait()


linux_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


@linux_proc
def test_a_killed_runs_pid_reused_by_another_process_is_closed(
    tmp_path: Path, other_process: subprocess.Popen[bytes]
) -> None:
    """Pids wrap (pid_max 32,768): the killed run's pid naming a newer process kept it open."""
    from newsbot.store import Store

    with Store(tmp_path / "news.db") as store:
        killed, going = store.start_run("situs", {}), store.start_run("situs", {})
        store.db.execute(
            "UPDATE crawl_runs SET pid = ?, started_at = '2026-01-01T00:00:00+00:00' WHERE id = ?",
            [other_process.pid, killed],
        )
        store.db.execute("UPDATE crawl_runs SET pid = ? WHERE id = ?", [other_process.pid, going])
        store.db.conn.commit()
        assert store.close_killed_runs() == 1
        statuses = {r["id"]: r["status"] for r in store.runs()}
    assert statuses == {killed: "killed", going: "running"}


@linux_proc
def test_a_resume_marker_of_a_reused_pid_is_no_running_job(
    other_process: subprocess.Popen[bytes],
) -> None:
    from newsbot.jobdir import still_running

    marker = {"pid": other_process.pid, "host": socket.gethostname()}
    assert still_running({**marker, "started": time.time()})
    assert not still_running({**marker, "started": time.time() - 3600})


@linux_proc
def test_a_dead_unreaped_process_is_not_alive() -> None:
    from newsbot.processes import alive

    process = subprocess.Popen([sys.executable, "-c", "pass"])
    stat = Path(f"/proc/{process.pid}/stat")
    for _ in range(3000):  # until it has exited (a zombie: its parent has not waited yet)
        if stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
            break
        time.sleep(0.01)
    try:
        assert not alive(process.pid)
    finally:
        process.wait()
