"""Worker functions that misbehave on purpose, for tests/test_pool.py (imported by the workers)."""

from __future__ import annotations

import datetime as dt
import gc
import os
import signal
import time

from newsbot.extract import Want
from newsbot.pool import MorePages, Outcome, extract_page


def misbehave(
    body: bytes,
    url: str,
    content_type: str | None,
    crawled_at: dt.datetime | None,
    more_pages: MorePages = (),
    want: Want = "article",
) -> Outcome:
    """extract_page, except on URLs that ask to hang, to exit or to die of a segfault."""
    if "/hang/" in url:
        time.sleep(3600)
    if "/exit/" in url:
        os._exit(3)
    if "/segfault/" in url:
        os.kill(os.getpid(), signal.SIGSEGV)
    return extract_page(body, url, content_type, crawled_at, more_pages, want)


def collector_state(
    body: bytes,
    url: str,
    content_type: str | None,
    crawled_at: dt.datetime | None,
    more_pages: MorePages = (),
    want: Want = "article",
) -> Outcome:
    """extract_page, with the worker's collector settings in `warnings`: frozen objects, threshold."""
    outcome = extract_page(body, url, content_type, crawled_at, more_pages, want)
    outcome.warnings = [f"frozen {gc.get_freeze_count()}", f"threshold {gc.get_threshold()[0]}"]
    return outcome


def niceness(
    body: bytes,
    url: str,
    content_type: str | None,
    crawled_at: dt.datetime | None,
    more_pages: MorePages = (),
    want: Want = "article",
) -> Outcome:
    """extract_page, with the worker's scheduling niceness in `warnings`."""
    outcome = extract_page(body, url, content_type, crawled_at, more_pages, want)
    outcome.warnings = [f"nice {os.nice(0)}"]
    return outcome
