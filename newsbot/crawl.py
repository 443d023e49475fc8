"""Run one crawl from Python: settings, the spider, counts while it runs and the final stats.

The terminal display (live progress line, summary table) belongs to the CLI (newsbot.cli._display):
a library caller passes `on_progress` to watch the counts its own way.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    on_progress: Callable[[Counter[str]], None] | None = None,
) -> CrawlResult:
    """Crawl `target` into the database at `db_path`; `on_progress` gets the running counts
    ("pages fetched", "articles", "dropped") after every response."""
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
    # Scrapy's own log would scroll a progress display away; -s NEWSBOT_SHOW_LOG=1 brings it back.
    settings.set(
        "LOG_INSTALL_ROOT_HANDLER", settings.getbool("NEWSBOT_SHOW_LOG"), priority="cmdline"
    )
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SPIDER)

    def on_response(**_: Any) -> None:
        result.counts["pages fetched"] += 1
        if on_progress is not None:
            on_progress(result.counts)

    def on_item(**_: Any) -> None:
        result.counts["articles"] += 1

    def on_dropped(**_: Any) -> None:
        result.counts["dropped"] += 1

    crawler.signals.connect(on_response, signal=signals.response_received)
    crawler.signals.connect(on_item, signal=signals.item_scraped)
    crawler.signals.connect(on_dropped, signal=signals.item_dropped)
    started = time.monotonic()
    process.crawl(crawler, **args)
    process.start()
    result.elapsed = time.monotonic() - started

    result.stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    for key, value in result.stats.items():
        if key.startswith("newsbot/") and isinstance(value, int):
            result.counts[key.removeprefix("newsbot/")] = value
    return result
