"""Is a crawl target healthy? Read from its crawl_runs rows, for cron mail and systemd OnFailure=.

A target is unhealthy when its last run did not finish, fetched nothing, stored nothing while
article pages failed or no article URL was found, stored nothing new for longer than allowed, or
its field coverage fell against its previous runs (the drift warning of `CrawlRunRecorder`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsbot.extensions import PREVIOUS_RUNS, coverage_warnings

# Ends that are part of a bounded run, not a failure.
NORMAL_ENDS = {"finished", "closespider_itemcount", "closespider_timeout", "max_articles"}
EARLY_END = "run ended early: "
FAILURE_COUNTS = ("http_error", "not_article", "unreadable", "failed")


def _when(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _ago(delta: dt.timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds < 5400:
        return f"{max(seconds // 60, 0)} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} days"


def check_runs(
    target: str,
    runs: list[dict[str, Any]],
    *,
    now: dt.datetime | None = None,
    max_age: dt.timedelta | None = None,
    nothing_new_for: dt.timedelta | None = None,
) -> str | None:
    """The reason `target` is unhealthy, from its runs newest first; None when it is fine."""
    now = now or dt.datetime.now(dt.UTC)
    if not runs:
        return "never crawled (no crawl_runs row)"
    last = runs[0]
    started = _when(last.get("started_at"))
    if max_age is not None and started is not None and now - started > max_age:
        return f"last run started {_ago(now - started)} ago (is the schedule running?)"
    if not last.get("finished_at"):
        return (
            f"last run (started {last.get('started_at')}) did not finish: killed or still running"
        )
    for warning in last.get("warnings") or []:
        if isinstance(warning, str) and warning.startswith(EARLY_END):
            reason = warning.removeprefix(EARLY_END)
            if reason not in NORMAL_ENDS:
                return f"last run ended early: {reason}"
    counts = last.get("counts") or {}
    stored = int(counts.get("stored", 0) or 0)
    if not counts.get("pages_fetched"):
        errors = int(counts.get("download_errors", 0) or 0)
        return f"last run fetched nothing ({errors} download errors; network or site down?)"
    if stored == 0:
        failures = {k: int(counts.get(k, 0) or 0) for k in FAILURE_COUNTS}
        if sum(failures.values()):
            detail = ", ".join(f"{k} {v}" for k, v in failures.items() if v)
            return (
                f"last run stored nothing: {sum(failures.values())} article pages failed ({detail})"
            )
        if not counts.get("discovered") and not counts.get("skipped_seen"):
            return "last run stored nothing: no article URLs found (sources down or moved?)"
        if nothing_new_for is not None:
            last_stored = next(
                (r for r in runs if int((r.get("counts") or {}).get("stored", 0) or 0) > 0), None
            )
            since = _when(last_stored.get("started_at")) if last_stored else None
            if since is None or now - since > nothing_new_for:
                when = f"for {_ago(now - since)}" if since else "in any recorded run"
                return f"stored nothing new {when}"
    items = int(counts.get("items", 0) or 0)
    previous = runs[1 : PREVIOUS_RUNS + 1]
    drift = coverage_warnings(last.get("coverage") or {}, items, previous, target)
    if drift:
        return drift[0].removeprefix(f"{target}: ")
    return None
