"""A test-only item pipeline that makes marked records impossible to store (issue 12 tests).

Loaded into a subprocess crawl with PYTHONPATH=tests/plugins and
`-s ITEM_PIPELINES={"breaking_pipeline.BreakMarkedItems": 700, …}`: an article whose headline
contains BREAK_MARK gets a value SQLite cannot bind, as a store bug or bad data would.
"""

from __future__ import annotations

from typing import Any

BREAK_MARK = "[RUSAK]"


class BreakMarkedItems:
    def process_item(self, item: Any) -> Any:
        article = item.article  # a CrawledArticle: the record and how it was fetched
        if BREAK_MARK in article.headline:
            article.quotes = [{"text": object()}]  # not JSON, not SQL: the store must refuse it
        return item
