"""Opening the store from a command: every failure becomes a one-line error, never a traceback."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from newsbot.cli._common import fail

if TYPE_CHECKING:
    from newsbot.store import Store

T = TypeVar("T")


@contextlib.contextmanager
def open_store(db_path: Path) -> Iterator[Store]:
    """The Store at `db_path`; a file that is not a newsbot database is reported, not touched."""
    from newsbot.store import Store, StoreError

    try:
        store = Store(db_path)
    except StoreError as exc:
        fail(str(exc))
    try:
        yield store
    finally:
        store.close()


def check_range(since: dt.datetime | None, until: dt.datetime | None) -> None:
    if since and until and since >= until:
        fail("--since must be before --until")


def primed(items: Iterator[T]) -> Iterator[T]:
    """Pull the first item now, so query errors surface before any output is written."""
    first = list(itertools.islice(items, 1))
    return itertools.chain(first, items)
