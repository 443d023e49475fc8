"""Run one crawl from Python or the CLI: settings, the spider, a live progress line and a summary."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.live import Live
from rich.table import Table
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

SPIDER = "portal"


class TargetError(ValueError):
    """The crawl target is neither a known portal site nor an http(s) URL."""


@dataclass
class CrawlResult:
    stats: dict[str, Any] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0

    @property
    def stored(self) -> int:
        return self.counts["inserted"] + self.counts["updated"] + self.counts["unchanged"]


def resolve_target(target: str) -> str:
    """Check the target before starting Scrapy, so a typo is one clear line, not a crawl of nothing."""
    if target.startswith(("http://", "https://")):
        return target
    from newsbot.portals import all_sites, find_site

    if find_site(target) is None:
        names = sorted(site.name for _, site in all_sites())
        close = [n for n in names if target.lower() in n or n in target.lower()][:5]
        hint = (
            f" Did you mean: {', '.join(close)}?"
            if close
            else " Run `newsbot portals` to list them."
        )
        raise TargetError(f"unknown portal {target!r}.{hint}")
    return target


def parse_setting_overrides(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """`-s NAME=VALUE` pairs as `scrapy crawl -s` takes them."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"-s expects NAME=VALUE, got {pair!r}")
        out[name.strip()] = value
    return out


def build_settings(db_path: str | Path, overrides: dict[str, Any] | None = None) -> Settings:
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newsbot.settings")
    settings = get_project_settings()
    settings.set("NEWSBOT_DB", str(db_path), priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def run_crawl(
    target: str,
    *,
    db_path: str | Path,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    max_articles: int | None = None,
    overrides: dict[str, Any] | None = None,
    spider_args: dict[str, Any] | None = None,
    console: Console | None = None,
) -> CrawlResult:
    """Crawl `target` into the database at `db_path`, showing live counts on `console` (stderr by default)."""
    console = console or Console(stderr=True)
    settings = build_settings(db_path, overrides)
    if max_articles:
        settings.set("CLOSESPIDER_ITEMCOUNT", max_articles, priority="cmdline")
    args: dict[str, Any] = {"target": target, **(spider_args or {})}
    if since:
        args["since"] = since.isoformat()
    if until:
        args["until"] = until.isoformat()
    if max_articles:
        args["max_articles"] = str(max_articles)

    result = CrawlResult()
    # Scrapy's own log would scroll the progress display away; -s NEWSBOT_SHOW_LOG=1 brings it back.
    settings.set(
        "LOG_INSTALL_ROOT_HANDLER", settings.getbool("NEWSBOT_SHOW_LOG"), priority="cmdline"
    )
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SPIDER)

    def on_response(response: Any, request: Any, spider: Any) -> None:
        result.counts["pages fetched"] += 1

    def on_item(item: Any, response: Any, spider: Any) -> None:
        result.counts["articles"] += 1

    def on_dropped(item: Any, response: Any, exception: Any, spider: Any) -> None:
        result.counts["dropped"] += 1

    crawler.signals.connect(on_response, signal=signals.response_received)
    crawler.signals.connect(on_item, signal=signals.item_scraped)
    crawler.signals.connect(on_dropped, signal=signals.item_dropped)

    with Live(
        _progress(target, result.counts), console=console, refresh_per_second=4, transient=True
    ) as live:

        def refresh(*_: Any, **__: Any) -> None:
            live.update(_progress(target, result.counts))

        crawler.signals.connect(refresh, signal=signals.response_received)
        started = time.monotonic()
        process.crawl(crawler, **args)
        process.start()
        result.elapsed = time.monotonic() - started

    result.stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    for key, value in result.stats.items():
        if key.startswith("newsbot/") and isinstance(value, int):
            result.counts[key.removeprefix("newsbot/")] = value
    return result


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
    http_errors = sum(v for k, v in counts.items() if k.startswith("http_error"))
    failed = sum(v for k, v in counts.items() if k.startswith("failed"))
    table = Table(title=f"newsbot crawl {target} → {db_path}", show_header=False)
    rows = [
        ("pages fetched", counts["pages_fetched"]),
        ("articles new", counts.get("inserted", 0)),
        ("articles changed", counts.get("updated", 0)),
        ("articles unchanged", counts.get("unchanged", 0)),
        ("skipped (already stored)", counts.get("skipped_seen", 0)),
        ("not an article", counts.get("not_article", 0)),
        ("unreadable", counts.get("unreadable", 0)),
        ("outside --since/--until", counts.get("out_of_range", 0)),
        ("HTTP errors", http_errors),
        ("robots.txt denied", counts["robots_denied"]),
        ("download errors", counts["download_errors"]),
        ("failed", failed),
        ("finish reason", result.stats.get("finish_reason", "")),
        ("elapsed", f"{result.elapsed:.1f} s"),
    ]
    for name, value in rows:
        table.add_row(name, str(value))
    return table
