"""`newsbot health`: a one-line reason and a non-zero exit for each way a target's last run went wrong."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

import pytest

from newsbot.health import check_runs
from newsbot.schedule import newsbot_command
from newsbot.store import Store

NOW = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
COVERAGE = {"headline": 1.0, "published_time": 1.0, "body": 1.0, "quotes": 0.6, "lists": 0.9}


def run(hours_ago: float = 1, finished: bool = True, **counts: Any) -> dict[str, Any]:
    started = NOW - dt.timedelta(hours=hours_ago)
    base = {"pages_fetched": 40, "discovered": 30, "items": 20, "stored": 20}
    return {
        "started_at": started.isoformat(),
        "finished_at": (started + dt.timedelta(minutes=5)).isoformat() if finished else None,
        "counts": {**base, **counts},
        "coverage": COVERAGE,
        "warnings": [],
    }


def test_healthy() -> None:
    assert check_runs("t", [run(), run(2)], now=NOW) is None
    # Only stored articles found: fine while something new came within the allowed quiet time.
    quiet = run(stored=0, items=0, skipped_seen=30)
    assert check_runs("t", [quiet, run(3)], now=NOW, nothing_new_for=dt.timedelta(days=1)) is None


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        ([], "never crawled"),
        ([run(finished=False)], "did not finish"),
        ([run(pages_fetched=0, download_errors=12)], "fetched nothing (12 download errors"),
        (
            [run(stored=0, items=0, http_error=7, failed=2)],
            "stored nothing: 9 article pages failed",
        ),
        ([run(stored=0, items=0, discovered=0)], "no article URLs found"),
        ([run(stored=0, items=0, skipped_seen=30), run(30, stored=0)], "stored nothing new"),
    ],
)
def test_unhealthy(runs: list[dict[str, Any]], expected: str) -> None:
    reason = check_runs("t", runs, now=NOW, nothing_new_for=dt.timedelta(days=1))
    assert reason is not None
    assert expected in reason
    assert "\n" not in reason


def test_stale_and_early_end() -> None:
    assert "started 26 h ago" in check_runs("t", [run(26)], now=NOW, max_age=dt.timedelta(hours=3))
    ended = run()
    ended["warnings"] = ["run ended early: shutdown"]
    assert check_runs("t", [ended], now=NOW) == "last run ended early: shutdown"
    bounded = run()
    bounded["warnings"] = ["run ended early: closespider_timeout"]  # the plan's timeout
    assert check_runs("t", [bounded], now=NOW) is None


def test_coverage_drop_is_unhealthy() -> None:
    dropped = run()
    dropped["coverage"] = {**COVERAGE, "body": 0.3}
    reason = check_runs("t", [dropped, run(2), run(3)], now=NOW)
    assert reason is not None
    assert "coverage of body fell to 30% from 100%" in reason


def test_cli_exit_codes(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with Store(db) as store:
        for target, counts in [
            ("suara-lampung", {"pages_fetched": 40, "discovered": 30, "items": 20, "stored": 20}),
            ("kompas-regional", {"pages_fetched": 0, "download_errors": 5}),
        ]:
            store.finish_run(store.start_run(target, {}), counts, COVERAGE, [])

    def health(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*newsbot_command(), "health", "--db", str(db), *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    ok = health("suara-lampung")
    assert (ok.returncode, ok.stdout, ok.stderr) == (0, "", "")
    bad = health()  # every target with runs in the database
    assert bad.returncode == 1
    assert bad.stderr.strip() == (
        "unhealthy: kompas-regional: last run fetched nothing (5 download errors; network or site down?)"
    )
    never = health("detik-sumbagsel")
    assert never.returncode == 1
    assert "detik-sumbagsel: never crawled" in never.stderr


def test_cli_reads_only(tmp_path: Path) -> None:
    """health never creates, migrates or changes a database (cron may run it beside a crawl,
    after an upgrade): an older schema or a missing file is one line and a non-zero exit."""
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.finish_run(store.start_run("suara-lampung", {}), {"stored": 1}, COVERAGE, [])
        newest = store.db.execute(
            "SELECT name FROM _sqlite_migrations ORDER BY applied_at DESC, rowid DESC LIMIT 1"
        ).fetchone()[0]
        store.db.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [newest])
        store.db.conn.commit()
    missing = tmp_path / "typo.db"
    for path, said in ((db, "older newsbot schema"), (missing, "no database at")):
        done = subprocess.run(
            [*newsbot_command(), "health", "--db", str(path)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode != 0
        assert len(done.stderr.strip().splitlines()) == 1
        assert said in done.stderr
    with sqlite3.connect(db) as conn:  # not migrated behind the operator's back
        names = {row[0] for row in conn.execute("SELECT name FROM _sqlite_migrations")}
    assert newest not in names
    assert not missing.exists()
