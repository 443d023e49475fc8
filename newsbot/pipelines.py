"""Item pipelines: validate Article records, then store them in SQLite, each article whole or not
at all, committed in short write windows.

Extraction happens in the spider callback (the spider needs the extraction's paging answer before
it can yield); pipelines know nothing of HTML. Items are CrawledArticle: the record and, beside it,
how the crawl fetched it (`Fetch`), which the store keeps in its own columns.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import TYPE_CHECKING, Any, NoReturn, Self

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred
from twisted.internet.task import LoopingCall

from newsbot.extensions import crawl_store
from newsbot.failures import reason_tag, report_failure
from newsbot.record import Article, CrawledArticle, Fetch

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newsbot.store import Store

logger = logging.getLogger(__name__)

REQUIRED = ("url", "headline", "body")
# One save in this many has its CPU time measured (for `store_cpu_ms`, scaled to all saves). Reading
# the thread's CPU clock is a system call, and the scheduler may take the CPU from the reactor right
# there, holding the GIL: two reads a save cost the reactor 1-3 ms of wall time a page on a busy
# 2-core machine (a crawl without them: 7 % more pages/s in alternated runs).
STORE_CPU_SAMPLE = 8


class ValidatePipeline:
    """Drop records a user could not use (no URL, headline or body; unparseable dates)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_item(self, item: Any) -> CrawledArticle:
        crawled = as_crawled(item)
        adapter = ItemAdapter(crawled.article)
        missing = [name for name in REQUIRED if not str(adapter.get(name) or "").strip()]
        if missing:
            self._drop("missing_field", f"missing {', '.join(missing)}", adapter.get("url"))
        for name in ("published", "modified"):
            value = adapter.get(name) or ""
            if value and not _is_iso(value):
                self._drop("bad_date", f"{name} is not ISO 8601: {value!r}", adapter.get("url"))
        # Extraction already gives valid Unicode; items from elsewhere (ingest, old code) may not.
        crawled.article.valid_unicode()
        return crawled

    def _drop(self, reason: str, detail: str, url: Any) -> None:
        self.stats.inc_value("newsbot/invalid")
        report_failure(self.crawler, str(url or ""), "validate", reason, detail)
        raise DropItem(f"invalid record {url}: {detail}")


class StorePipeline:
    """Upsert records by URL into the SQLite store, each article whole or not at all.

    Articles are committed together in short write windows (Store.save_held): one COMMIT for
    the articles of NEWSBOT_COMMIT_SECONDS or NEWSBOT_COMMIT_ARTICLES, whichever comes first (a
    timer commits a window that stops growing), and whatever is held when the spider closes. A
    COMMIT per article cost ~3 ms of CPU of an ~8.5 ms save (the WAL and full-text pages written
    at each one); in windows of 32 it costs ~1 ms an article. 0 for either setting commits each
    article in its own transaction. (The spider cannot idle while items wait here, so only the
    timer ends a window that stops growing.)

    An item leaves this pipeline (Scrapy's "Scraped from", item_scraped, the run's counts) only
    once its window has committed, so what the crawl reports stored is on disk. kill -9 loses at
    most the open window, whole articles only; those pages are not in the store, the only
    memory of what a run fetched (newsbot.jobdir), so the next run fetches them again. An article
    that cannot be stored is dropped and reported; the others of its window are stored as usual.
    """

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.get("NEWSBOT_DB"):
            raise NotConfigured("no NEWSBOT_DB")
        self.crawler = crawler
        self.stats = crawler.stats
        self.store: Store | None = None
        self.seen: set[str] = set()
        self.saves = 0
        self.timed_saves = 0
        self.timed_save_cpu = 0.0  # seconds, of the saves timed
        self.commit_cpu = 0.0  # seconds, of every commit
        self.window_seconds = crawler.settings.getfloat("NEWSBOT_COMMIT_SECONDS", 0.25)
        self.window_articles = crawler.settings.getint("NEWSBOT_COMMIT_ARTICLES", 32)
        self.windowed = False
        # Articles saved in the open window, by URL: fired with None once committed, or with
        # the error that lost the article.
        self._waiting: dict[str, Deferred[Exception | None]] = {}
        self._ticker: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def open_spider(self) -> None:
        from newsbot.store import Store

        self.store = crawl_store(self.crawler)
        # A distributed crawl's store (newsbot.distributed) hands records to its writer instead.
        self.windowed = (
            isinstance(self.store, Store) and self.window_seconds > 0 and self.window_articles > 1
        )
        if self.windowed:
            self._ticker = LoopingCall(self._tick)
            self._ticker.start(min(0.1, self.window_seconds / 2), now=False)

    async def process_item(self, item: Any) -> CrawledArticle:
        item = as_crawled(item)
        article, fetch = item.article, item.fetch
        if article.url in self.seen:
            # The same canonical article reached through two URLs (AMP, tracking parameters) in one run.
            self.stats.inc_value("newsbot/duplicate")
            raise DropItem(f"duplicate in this run: {article.url}")
        self.seen.add(article.url)
        if self.store is None:
            return item
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        save = self.store.save_held if self.windowed else self.store.save
        self.saves += 1
        timed = self.saves % STORE_CPU_SAMPLE == 1
        started = time.thread_time() if timed else 0.0
        try:
            outcome = save(
                article,
                fetched_url=fetch.url or article.url,
                seen_at=article.crawled_at or now,
                pages=fetch.pages,
            )
        except Exception as exc:  # noqa: BLE001 - one article's failure costs only itself
            self._lost(article.url, exc)
        finally:
            # CPU time of the writes (this thread's), for the throughput benchmark's split.
            if timed:
                self.timed_save_cpu += time.thread_time() - started
                self.timed_saves += 1
        if self.windowed:
            committed: Deferred[Exception | None] = Deferred()
            self._waiting[article.url] = committed
            if self.store.held >= self.window_articles:
                self.commit()
            error = await maybe_deferred_to_future(committed)
            if error is not None:
                self._lost(article.url, error)
        self.stats.inc_value(f"newsbot/{outcome}")
        return item

    def _lost(self, url: str, exc: Exception) -> NoReturn:
        self.seen.discard(url)
        report_failure(self.crawler, url, "store", reason_tag(exc), repr(exc))
        raise DropItem(f"could not store {url}: {exc!r}") from exc

    def _tick(self) -> None:
        if self.store is not None and self.store.held_seconds >= self.window_seconds:
            self.commit()

    def commit(self) -> None:
        """Commit the open write window and let its articles go on."""
        if not self.windowed or self.store is None:
            return
        started = time.thread_time()
        try:
            results = self.store.commit_held()
        finally:
            self.commit_cpu += time.thread_time() - started
        for saving, error in results:
            waiting = self._waiting.pop(saving.article.url, None)
            if waiting is not None:
                waiting.callback(error)

    def close_spider(self) -> None:
        """Commit what is held; the crawl's CrawlStore closes the store after every component."""
        if self._ticker is not None and self._ticker.running:
            self._ticker.stop()
        self.commit()
        self.stats.set_value("newsbot/store_cpu_ms", round(self.store_cpu * 1000))

    @property
    def store_cpu(self) -> float:
        """CPU seconds of the writes: every commit, and the saves timed scaled to all saves."""
        saves = self.timed_save_cpu * self.saves / self.timed_saves if self.timed_saves else 0.0
        return self.commit_cpu + saves


def as_crawled(item: Any) -> CrawledArticle:
    """A crawl item as CrawledArticle: as is, or an Article or a record dict from elsewhere
    (another spider, an older newsbot) whose `fetched_url`/`pages` keys, if any, give the Fetch."""
    if isinstance(item, CrawledArticle):
        return item
    if isinstance(item, Article):
        return CrawledArticle(item)
    data = ItemAdapter(item).asdict()
    fetch = Fetch(str(data.get("fetched_url") or ""), int(data.get("pages") or 1))
    return CrawledArticle(Article.from_dict(data), fetch)


def _is_iso(value: str) -> bool:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True
