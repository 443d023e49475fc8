"""Item pipelines: validate Article records, then store each one in its own SQLite transaction.

Extraction happens in the spider callback (the spider needs the extraction's paging answer before
it can yield); pipelines know nothing of HTML. Items are CrawledArticle: the record and, beside it,
how the crawl fetched it (`Fetch`), which the store keeps in its own columns.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from typing import TYPE_CHECKING, Any, Self

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured

from newsbot.extensions import crawl_store
from newsbot.failures import reason_tag, report_failure
from newsbot.record import Article, CrawledArticle, Fetch

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newsbot.store import Store

logger = logging.getLogger(__name__)

REQUIRED = ("url", "headline", "body")


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
    """Upsert records by URL into the SQLite store, each article in its own transaction.

    A commit per article is what makes kill -9 cheap: whatever was stored stays stored, and the
    next run refetches only the pages that were in flight. In WAL mode with synchronous=NORMAL a
    commit costs ~1.5-2.5 ms against ~0.5 ms per article in batches of 50 (benchmarks/reliability.py
    prints the figure): 400+ articles/s, far above a polite crawl's rate. An article that cannot be
    stored is dropped and reported; the ones after it are stored as usual.
    """

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.get("NEWSBOT_DB"):
            raise NotConfigured("no NEWSBOT_DB")
        self.crawler = crawler
        self.stats = crawler.stats
        self.store: Store | None = None
        self.seen: set[str] = set()
        self.store_cpu = 0.0  # seconds

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def open_spider(self) -> None:
        self.store = crawl_store(self.crawler)

    def process_item(self, item: Any) -> CrawledArticle:
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
        started = time.thread_time()
        try:
            outcome = self.store.save(
                article,
                fetched_url=fetch.url or article.url,
                seen_at=article.crawled_at or now,
                pages=fetch.pages,
            )
        except (
            Exception
        ) as exc:  # one record's failure (bad data, disk full, lock) costs only itself
            self.seen.discard(article.url)
            report_failure(self.crawler, article.url, "store", reason_tag(exc), repr(exc))
            raise DropItem(f"could not store {article.url}: {exc!r}") from exc
        finally:
            # CPU time of the writes (this thread's), for the throughput benchmark's split.
            self.store_cpu += time.thread_time() - started
        self.stats.inc_value(f"newsbot/{outcome}")
        return item

    def close_spider(self) -> None:
        """The crawl's CrawlStore closes the store after every component is done."""
        self.stats.set_value("newsbot/store_cpu_ms", round(self.store_cpu * 1000))


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
