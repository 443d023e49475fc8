"""`scrapy check` contracts for newsbot's items (SPIDER_CONTRACTS in settings)."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.contracts import Contract
from scrapy.exceptions import ContractFail

from newsbot.record import CrawledArticle


class RecordContract(Contract):
    """@record url headline body published: every item is a CrawledArticle whose record has these
    fields filled. (Scrapy's @scrapes would read the item's own fields: `article` and `fetch`.)"""

    name = "record"

    def post_process(self, output: list[Any]) -> None:
        for item in output:
            if isinstance(item, CrawledArticle):
                record = ItemAdapter(item.article)
                missing = [name for name in self.args if not record.get(name)]
                if missing:
                    raise ContractFail(f"Missing fields: {', '.join(missing)}")
            elif ItemAdapter.is_item(item):
                raise ContractFail(f"an item that is no CrawledArticle: {type(item).__name__}")
