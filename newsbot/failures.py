"""No silent loss: an article the crawl could not fetch, extract, validate or store is reported once.

`report_failure` counts it in the crawl's stats, logs one line, and sends the `article_failed`
signal; the run recorder (newsbot.extensions) writes it to the `failures` table with its run, and
`newsbot crawl` prints it and exits non-zero when an item failed. Fetch failures and policy
outcomes (noindex) are recorded the same way but are not item failures: the site, not the record,
is at fault, and the next run tries again.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

# Scrapy signal (any object works as one): url, stage, reason, detail.
article_failed = object()

# Stages where a record was lost through newsbot's own fault: these make a crawl exit non-zero.
ITEM_STAGES = frozenset({"extract", "validate", "store"})
# Counted under these stats keys (crawl_runs.counts drops the "newsbot/" prefix).
ITEM_FAILED = "newsbot/item_failed"


def report_failure(
    crawler: Crawler | None, url: str, stage: str, reason: str, detail: str = ""
) -> None:
    """Count, log and signal one lost article (`stage`: fetch, robots, extract, validate, store),
    or a discovery document that could not be read (`stage` discovery)."""
    if crawler is None:
        return
    stats = crawler.stats
    if stage in ITEM_STAGES:
        if stats is not None:
            stats.inc_value(ITEM_FAILED)
            stats.inc_value(f"{ITEM_FAILED}/{stage}/{reason}")
        logger.warning("article lost at %s (%s): %s %s", stage, reason, url, detail[:200])
    crawler.signals.send_catch_log(
        article_failed, url=url, stage=stage, reason=reason, detail=detail
    )


def reason_tag(exc: BaseException) -> str:
    """UnicodeEncodeError -> unicode_encode_error: a short, stable tag for a failure's cause."""
    name = type(exc).__name__
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")
