"""crawl_runs bookkeeping: outcome counts from crawler stats, field coverage, layout-change warnings."""

from __future__ import annotations

from pathlib import Path

from newsbot.extensions import coverage_warnings, has_field, outcome_counts
from newsbot.record import Article
from newsbot.store import Store

GOOD = {"headline": 1.0, "published_time": 1.0, "body": 1.0, "quotes": 0.6, "lists": 0.9}


def test_outcome_counts_from_stats() -> None:
    stats = {
        "newsbot/inserted": 5,
        "newsbot/updated": 1,
        "newsbot/unchanged": 2,
        "newsbot/skipped_seen": 7,
        "newsbot/failed/timeout": 1,
        "robotstxt/forbidden": 2,
        "retry/count": 3,
        "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest": 2,
        "downloader/exception_type_count/newsbot.middlewares.AlreadyStored": 7,
        "downloader/exception_type_count/scrapy.exceptions.DownloadTimeoutError": 2,
        "finish_reason": "finished",
    }
    counts = outcome_counts(stats)
    assert counts["stored"] == 8
    assert counts["skipped_seen"] == 7
    assert counts["robots_denied"] == 2
    assert counts["failed/timeout"] == 1
    assert counts["download_errors"] == 2  # skips and robots denials are not network failures
    assert counts["not_article"] == 0
    assert "finish_reason" not in counts


def test_has_field_published_time_needs_a_time() -> None:
    assert has_field(Article(url="u", published="2024-03-25T08:10:00+07:00"), "published_time")
    assert not has_field(Article(url="u", published="2024-03-25"), "published_time")
    assert not has_field(Article(url="u", published="2024-03-25T00:00:00+07:00"), "published_time")
    assert has_field(Article(url="u", lists={"baca_juga": [{"title": "t", "url": ""}]}), "lists")
    assert not has_field(Article(url="u", body="   "), "body")


def test_warning_when_coverage_falls_against_previous_runs(tmp_path: Path) -> None:
    store = Store(tmp_path / "runs.db")
    for _ in range(3):
        run = store.start_run("suara-lampung", {})
        store.finish_run(run, {"items": 40}, GOOD, [])
    previous = store.runs(target="suara-lampung")
    store.close()
    now = {**GOOD, "published_time": 0.1, "quotes": 0.55}
    warnings = coverage_warnings(now, 30, previous, "suara-lampung")
    assert len(warnings) == 1
    assert "published_time" in warnings[0]
    assert "10%" in warnings[0]
    assert "100%" in warnings[0]
    assert coverage_warnings(GOOD, 30, previous, "suara-lampung") == []


def test_no_warning_from_too_few_records() -> None:
    previous = [{"counts": {"items": 40}, "coverage": GOOD}]
    assert coverage_warnings({**GOOD, "body": 0.0}, 2, previous, "x") == []
    tiny_history = [{"counts": {"items": 1}, "coverage": GOOD}]
    assert coverage_warnings({**GOOD, "body": 0.0}, 30, tiny_history, "x") == []
