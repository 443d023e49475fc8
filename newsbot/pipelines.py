"""Item pipelines: validate Article records, then store them in SQLite in batched transactions.

Extraction happens in the spider callback (one parse per page: the spider needs the extraction's
pagination answer before it can yield); pipelines know nothing of HTML.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any, Self

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured

from newsbot.extensions import crawl_store
from newsbot.record import Article

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from newsbot.store import Store

logger = logging.getLogger(__name__)

REQUIRED = ("url", "headline", "body")


class ValidatePipeline:
    """Drop records a user could not use (no URL, headline or body; unparseable dates)."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_item(self, item: Any) -> Article:
        adapter = ItemAdapter(item)
        missing = [name for name in REQUIRED if not str(adapter.get(name) or "").strip()]
        if missing:
            self._drop(f"missing {', '.join(missing)}", adapter.get("url"))
        for name in ("published", "modified"):
            value = adapter.get(name) or ""
            if value and not _is_iso(value):
                self._drop(f"{name} is not ISO 8601: {value!r}", adapter.get("url"))
        return item if isinstance(item, Article) else Article.from_dict(adapter.asdict())

    def _drop(self, reason: str, url: Any) -> None:
        self.stats.inc_value("newsbot/invalid")
        raise DropItem(f"invalid record {url}: {reason}")


class StorePipeline:
    """Upsert records by URL into the SQLite store; writes in batches, never one commit per item."""

    batch_size = 50

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.get("NEWSBOT_DB"):
            raise NotConfigured("no NEWSBOT_DB")
        self.crawler = crawler
        self.stats = crawler.stats
        self.store: Store | None = None
        self.pending: list[Article] = []
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def open_spider(self) -> None:
        self.store = crawl_store(self.crawler)

    def process_item(self, item: Article) -> Article:
        if item.url in self.seen:
            # The same canonical article reached through two URLs (AMP, tracking parameters) in one run.
            self.stats.inc_value("newsbot/duplicate")
            raise DropItem(f"duplicate in this run: {item.url}")
        self.seen.add(item.url)
        self.pending.append(item)
        if len(self.pending) >= self.batch_size:
            self.flush()
        return item

    def flush(self) -> None:
        if not self.pending or self.store is None:
            return
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        batch = [(a, a.fetched_url or a.url, a.crawled_at or now) for a in self.pending]
        counts = self.store.save_many(batch)
        self.pending.clear()
        for outcome, n in counts.items():
            self.stats.inc_value(f"newsbot/{outcome}", n)

    def close_spider(self) -> None:
        self.flush()  # the crawl's CrawlStore closes the store after every component is done


def _is_iso(value: str) -> bool:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True
