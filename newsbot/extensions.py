"""The crawl's extensions: the one Store every component shares, and the crawl_runs recorder.

CrawlStore opens the database once per crawl for the spider, the skip middleware, the store
pipeline and the recorder (`crawl_store(crawler)`), and closes it after all of them are done.

CrawlRunRecorder: every crawl leaves a `crawl_runs` row (outcome counts, field coverage, warnings).
Coverage is the share of records stored this run that have each field; when a portal's coverage
falls well below its previous runs, the row carries a warning (usually a layout change).
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from typing import TYPE_CHECKING, Any, Self

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured

from newsbot.failures import article_failed
from newsbot.record import CrawledArticle

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

    from newsbot.store import Store

logger = logging.getLogger(__name__)

COVERAGE_FIELDS = ("headline", "published_time", "body", "quotes", "lists")
# A field whose share drops by this much against the previous runs' average is flagged.
COVERAGE_DROP = 0.2
# Too few records say nothing about a layout; neither side of the comparison may be smaller.
MIN_ITEMS_FOR_WARNING = 5
PREVIOUS_RUNS = 5
_TIME = re.compile(r"T\d\d:\d\d")


class CrawlStore:
    """The crawl's one Store (NEWSBOT_DB), opened on first use and closed when the engine stops:
    after the pipelines' close_spider (the last batch) and spider_closed (the run row)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        path = crawler.settings.get("NEWSBOT_DB")
        if not path:
            raise NotConfigured("no NEWSBOT_DB")
        extension = cls(path)
        crawler.signals.connect(extension.close, signal=signals.engine_stopped)
        return extension

    @property
    def store(self) -> Store:
        if self._store is None:
            from newsbot.store import Store  # the database opens with the first component using it

            # WAL checkpoints in a thread of their own, off the reactor (Store._Checkpointer).
            self._store = Store(self.path, checkpoint_every=0.5)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def crawl_store(crawler: Crawler) -> Store:
    """The Store shared by this crawl's components (which need NEWSBOT_DB set to ask for it)."""
    extension = crawler.get_extension(CrawlStore)
    if extension is None:
        raise RuntimeError("NEWSBOT_DB is set but the newsbot.extensions.CrawlStore is disabled")
    return extension.store


def has_field(item: Any, name: str) -> bool:
    """Whether a stored record has a usable value for one coverage field."""
    adapter = ItemAdapter(item)
    if name == "published_time":
        published = str(adapter.get("published") or "")
        return bool(_TIME.search(published)) and "T00:00:00" not in published
    value = adapter.get(name)
    if isinstance(value, str):
        return bool(value.strip())
    return bool(value)


def outcome_counts(stats: dict[str, Any]) -> dict[str, int]:
    """Counts by outcome from crawler stats: everything newsbot counted plus Scrapy's own figures."""
    counts = {
        key.removeprefix("newsbot/"): int(value)
        for key, value in stats.items()
        if key.startswith("newsbot/") and isinstance(value, int | float)
    }
    scrapy_figures = {
        "pages_fetched": "response_received_count",
        "items": "item_scraped_count",
        "dropped": "item_dropped_count",
        "robots_denied": "robotstxt/forbidden",
        "http_error_pages": "httperror/response_ignored_count",
        "retries": "retry/count",
        "retries_exhausted": "retry/max_reached",
        "offsite_refused": "offsite/filtered",
    }
    for name, key in scrapy_figures.items():
        counts[name] = int(stats.get(key, 0) or 0)
    # Network failures only: skips and robots denials also travel as downloader exceptions.
    counts["download_errors"] = sum(
        int(value)
        for key, value in stats.items()
        if key.startswith("downloader/exception_type_count/")
        and not key.endswith(("IgnoreRequest", "AlreadyStored", "KnownNotArticle"))
    )
    if "stored" not in counts:
        counts["stored"] = sum(counts.get(k, 0) for k in ("inserted", "updated", "unchanged"))
    counts.setdefault("skipped_seen", 0)
    counts.setdefault("not_article", 0)
    counts.setdefault("http_error", 0)
    counts.setdefault("failed", 0)
    counts.setdefault("item_failed", 0)
    return counts


def coverage_warnings(
    current: dict[str, float], items: int, previous: list[dict[str, Any]], target: str
) -> list[str]:
    """One warning per field whose share fell by COVERAGE_DROP against the previous runs' mean."""
    if items < MIN_ITEMS_FOR_WARNING:
        return []
    history: dict[str, list[float]] = {}
    for run in previous:
        coverage = run.get("coverage") or {}
        if isinstance(coverage, str):
            try:
                coverage = json.loads(coverage)
            except ValueError:
                continue
        counts = run.get("counts") or {}
        if isinstance(counts, str):
            try:
                counts = json.loads(counts)
            except ValueError:
                counts = {}
        if int(counts.get("items", MIN_ITEMS_FOR_WARNING) or 0) < MIN_ITEMS_FOR_WARNING:
            continue
        for name, share in coverage.items():
            if isinstance(share, int | float):
                history.setdefault(name, []).append(float(share))
    warnings = []
    for name, share in current.items():
        past = history.get(name)
        if not past:
            continue
        mean = sum(past) / len(past)
        if share <= mean - COVERAGE_DROP:
            warnings.append(
                f"{target}: coverage of {name} fell to {share:.0%} from {mean:.0%} over the "
                f"previous {len(past)} run(s) — the portal's layout may have changed"
            )
    return warnings


class CrawlRunRecorder:
    """Open a crawl_runs row when the spider opens; fill counts, coverage and warnings when it closes."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        if not crawler.settings.get("NEWSBOT_DB") or not crawler.settings.getbool(
            "NEWSBOT_RECORD_RUNS", True
        ):
            raise NotConfigured("no NEWSBOT_DB, or NEWSBOT_RECORD_RUNS is off")
        self.store: Store | None = None
        self.run_id: int | None = None
        self.items = 0
        self.fields: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        recorder = cls(crawler)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(recorder.article_failed, signal=article_failed)
        return recorder

    def spider_opened(self, spider: Spider) -> None:
        self.store = crawl_store(self.crawler)
        target = getattr(spider, "target", spider.name)
        options = dict(getattr(spider, "options", {}) or {})
        refresh = self.crawler.settings.getfloat("NEWSBOT_REFRESH_DAYS", 0)
        if refresh:
            options["refresh_days"] = refresh
        self.run_id = self.store.start_run(target, options)

    def article_failed(self, url: str, stage: str, reason: str, detail: str = "") -> None:
        """Keep the lost article in `failures`, with this run's id."""
        if self.store is None:
            return
        try:
            self.store.record_failure(url, stage, reason, detail, run_id=self.run_id)
        except Exception:  # the count and the log line stand; the row is advisory
            logger.exception("could not record the failure of %s", url)

    def item_scraped(self, item: Any) -> None:
        self.items += 1
        record = item.article if isinstance(item, CrawledArticle) else item
        for name in COVERAGE_FIELDS:
            if has_field(record, name):
                self.fields[name] += 1

    def coverage(self) -> dict[str, float]:
        if not self.items:
            return {}
        return {name: round(self.fields[name] / self.items, 4) for name in COVERAGE_FIELDS}

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.store is None or self.run_id is None:
            return
        target = getattr(spider, "target", spider.name)
        stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        counts = outcome_counts(stats)
        coverage = self.coverage()
        warnings: list[str] = []
        try:
            previous = [
                run
                for run in self.store.runs(target=target, limit=PREVIOUS_RUNS + 1)
                if run.get("id") != self.run_id
            ][:PREVIOUS_RUNS]
            warnings += coverage_warnings(coverage, self.items, previous, target)
        except Exception:  # history is advisory; a store hiccup must not lose this run's row
            logger.exception("could not compare coverage with previous runs")
        if reason not in {"finished", "closespider_itemcount", "max_articles"}:
            warnings.append(f"run ended early: {reason}")
        if counts.get("discovered", 0) == 0 and counts.get("skipped_seen", 0) == 0:
            warnings.append(f"{target}: no article URLs discovered (sources down or moved?)")
        for warning in warnings:
            logger.warning(warning)
        self.store.finish_run(self.run_id, counts, coverage, warnings, status=reason)
        self.store = None  # CrawlStore closes it
