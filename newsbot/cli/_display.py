"""The crawl's terminal display: a live progress line while it runs, a summary table after."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from rich.console import Console
from rich.live import Live
from rich.table import Table

from newsbot.crawl import CrawlResult


@contextlib.contextmanager
def live_progress(console: Console, target: str) -> Iterator[Callable[[Counter[str]], None]]:
    """A `run_crawl(on_progress=…)` callback that redraws one line on `console` (gone at the end)."""
    with Live(
        _progress(target, Counter()), console=console, refresh_per_second=4, transient=True
    ) as live:
        yield lambda counts: live.update(_progress(target, counts))


def _progress(target: str, counts: Counter[str]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_row(
        f"[bold]crawling[/] {target}",
        f"pages {counts['pages fetched']}",
        f"articles {counts['articles']}",
        f"dropped {counts['dropped']}",
    )
    return table


def summary_table(target: str, result: CrawlResult, db_path: str | Path) -> Table:
    """What a user wants to know when the crawl ends: the same counts its crawl_runs row keeps."""
    from newsbot.extensions import outcome_counts

    counts = outcome_counts(result.stats)
    http_errors = counts.get("http_error", 0)
    table = Table(title=f"newsbot crawl {target} → {db_path}", show_header=False)
    rows = [
        ("pages fetched", counts["pages_fetched"]),
        ("articles new", counts.get("inserted", 0)),
        ("articles changed", counts.get("updated", 0)),
        ("articles unchanged", counts.get("unchanged", 0)),
        ("skipped (already stored)", counts.get("skipped_seen", 0)),
        ("skipped (not an article before)", counts.get("skipped_not_article", 0)),
        ("not an article", counts.get("not_article", 0)),
        ("unreadable", counts.get("unreadable", 0)),
        ("outside --since/--until", counts.get("out_of_range", 0)),
        ("HTTP errors", http_errors),
        ("robots.txt denied", counts["robots_denied"]),
        ("download errors", counts["download_errors"]),
        ("fetch failed (timeouts, resets)", counts.get("failed", 0)),
        ("noindex (not stored)", counts.get("noindex", 0)),
        ("off-site requests refused", counts.get("offsite_refused", 0)),
        ("articles failed (not stored)", counts.get("item_failed", 0)),
        ("finish reason", result.stats.get("finish_reason", "")),
        ("elapsed", f"{result.elapsed:.1f} s"),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    return table
