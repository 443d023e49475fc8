"""Run one crawl from Python: settings, the spider, counts while it runs and the final stats.

The terminal display (live progress line, summary table) belongs to the CLI (newsbot.cli._display):
a library caller passes `on_progress` to watch the counts its own way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
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
    # (url, stage, reason) of every article the run lost, in order (see newsbot.failures).
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def item_failures(self) -> list[tuple[str, str, str]]:
        """Records lost through newsbot's own fault (extraction, validation, storage)."""
        from newsbot.failures import ITEM_STAGES

        return [f for f in self.failures if f[1] in ITEM_STAGES]

    @property
    def stored(self) -> int:
        return self.counts["inserted"] + self.counts["updated"] + self.counts["unchanged"]


def resolve_target(target: str) -> str:
    """Check the target before starting Scrapy, so a typo is one clear line, not a crawl of nothing."""
    if target.startswith(("http://", "https://")):
        try:
            host = urlsplit(target).hostname
        except ValueError as exc:
            raise TargetError(f"{target!r} is not a usable URL: {exc}") from exc
        if not host:
            raise TargetError(f"{target!r} has no host name")
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


@dataclass
class CrawlJob:
    """One target of a run that crawls several (`newsbot crawl --all`)."""

    target: str
    db_path: str | Path
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    max_articles: int | None = None
    overrides: dict[str, Any] = field(default_factory=dict)
    spider_args: dict[str, Any] = field(default_factory=dict)


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
    job = CrawlJob(target, db_path, since, until, max_articles, overrides or {}, spider_args or {})
    progress = None if on_progress is None else (lambda _index, counts: on_progress(counts))
    return run_crawls([job], on_progress=progress)[0]


def run_crawls(
    jobs: list[CrawlJob],
    *,
    concurrency: int = 1,
    on_progress: Callable[[int, Counter[str]], None] | None = None,
) -> list[CrawlResult]:
    """Crawl every job in one process, `concurrency` at a time; one crawl_runs row per job.

    Each job is its own Scrapy crawler with its own settings (database, limits), so politeness
    stays per site; a Twisted reactor runs once per process, hence one process for them all.
    `on_progress` gets the job's index and running counts after every response.
    """
    base = build_settings(jobs[0].db_path, jobs[0].overrides)
    # Scrapy's own log would scroll a progress display away; -s NEWSBOT_SHOW_LOG=1 brings it back.
    show_log = base.getbool("NEWSBOT_SHOW_LOG")
    base.set("LOG_INSTALL_ROOT_HANDLER", show_log, priority="cmdline")
    process = CrawlerProcess(base)
    spider = process.spider_loader.load(SPIDER)
    results = [CrawlResult() for _ in jobs]
    crawlers: list[Crawler] = []
    handlers: list[object] = []  # signal handlers are weak references: keep them alive here
    for index, (job, result) in enumerate(zip(jobs, results, strict=True)):
        settings = build_settings(job.db_path, job.overrides)
        settings.set("LOG_INSTALL_ROOT_HANDLER", show_log, priority="cmdline")
        if job.max_articles:
            settings.set("CLOSESPIDER_ITEMCOUNT", job.max_articles, priority="cmdline")
        # The first crawler installs the reactor the settings name, as create_crawler() would.
        crawler = Crawler(spider, settings, init_reactor=not crawlers)
        handlers.append(_count_into(crawler, result, index, on_progress))
        crawlers.append(crawler)
    _start_all(process, crawlers, [_spider_args(job) for job in jobs], results, concurrency)
    for crawler, result in zip(crawlers, results, strict=True):
        result.stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
        for key, value in result.stats.items():
            if key.startswith("newsbot/") and isinstance(value, int):
                result.counts[key.removeprefix("newsbot/")] = value
    return results


def _spider_args(job: CrawlJob) -> dict[str, Any]:
    args: dict[str, Any] = {"target": job.target, **job.spider_args}
    if job.since:
        args["since"] = job.since.isoformat()
    if job.until:
        args["until"] = job.until.isoformat()
    if job.max_articles:
        args["max_articles"] = str(job.max_articles)
    return args


def _count_into(
    crawler: Crawler,
    result: CrawlResult,
    index: int,
    on_progress: Callable[[int, Counter[str]], None] | None,
) -> tuple[object, ...]:
    counts = result.counts

    def on_response(**_: Any) -> None:
        counts["pages fetched"] += 1
        if on_progress is not None:
            on_progress(index, counts)

    def on_item(**_: Any) -> None:
        counts["articles"] += 1

    def on_dropped(**_: Any) -> None:
        counts["dropped"] += 1

    def on_failure(url: str, stage: str, reason: str, detail: str = "") -> None:
        result.failures.append((url, stage, reason))

    from newsbot.failures import article_failed

    crawler.signals.connect(on_failure, signal=article_failed)
    crawler.signals.connect(on_response, signal=signals.response_received)
    crawler.signals.connect(on_item, signal=signals.item_scraped)
    crawler.signals.connect(on_dropped, signal=signals.item_dropped)
    return on_response, on_item, on_dropped, on_failure


def _start_all(
    process: CrawlerProcess,
    crawlers: list[Crawler],
    args: list[dict[str, Any]],
    results: list[CrawlResult],
    concurrency: int,
) -> None:
    """Run the crawls `concurrency` at a time; the reactor stops after the last one."""
    from twisted.internet import defer

    def one(index: int) -> Any:
        started = time.monotonic()

        def done(outcome: Any) -> Any:
            results[index].elapsed = time.monotonic() - started
            return outcome

        return process.crawl(crawlers[index], **args[index]).addBoth(done)

    if len(crawlers) == 1:
        one(0)
        process.start()
        return
    semaphore = defer.DeferredSemaphore(max(1, concurrency))
    runs = [semaphore.run(one, index) for index in range(len(crawlers))]
    # join() would fire between two sequential crawls, so the reactor is stopped here instead.
    defer.DeferredList(runs, consumeErrors=True).addBoth(_stop_reactor)
    process.start(stop_after_crawl=False)


def _stop_reactor(_: Any = None) -> None:
    from twisted.internet import reactor

    with contextlib.suppress(RuntimeError):  # already stopping (Ctrl-C)
        reactor.stop()  # type: ignore[attr-defined,misc]
