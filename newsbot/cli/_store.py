"""Opening the store from a command: every failure becomes a one-line error, never a traceback."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from newsbot.cli._common import fail

if TYPE_CHECKING:
    from newsbot.store import ArticleFilter, Store

T = TypeVar("T")


@contextlib.contextmanager
def open_store(db_path: Path, *, readonly: bool = False) -> Iterator[Store]:
    """The Store at `db_path`; a file that is not a newsbot database is reported, not touched.

    Read commands pass `readonly=True`: the file is opened read-only and never changed (an older
    schema is an error that names `newsbot migrate`); writing commands create or upgrade it.
    """
    from newsbot.store import Store, StoreError

    try:
        store = Store(db_path, readonly=readonly)
    except StoreError as exc:
        fail(str(exc))
    try:
        yield store
    finally:
        store.close()


def article_filter(
    store: Store,
    portals: Sequence[str] = (),
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    query: str | None = None,
    raw: bool = False,
    extra: Sequence[tuple[str, str]] = (),
) -> ArticleFilter:
    """The command's filters resolved against the registry and the database (an unknown
    --portal, or a query with no words, is a one-line error)."""
    from newsbot.store import ArticleFilter, FtsQueryError
    from newsbot.store.filters import UnknownPortal, resolve_portals
    from newsbot.store.fts import fts_query

    check_range(since, until)
    try:
        chosen = ArticleFilter(
            portals=resolve_portals(store.db, portals),
            since=since,
            until=until,
            query=query,
            raw=raw,
            extra=tuple(extra),
        )
        if query is not None:
            fts_query(query, raw=raw)  # a query with no words fails here, before any output
    except (UnknownPortal, FtsQueryError) as exc:
        fail(str(exc))
    return chosen


def no_match(what: str, chosen: ArticleFilter, query: str | None = None) -> str:
    """ "No articles match 'banjir' with --portal kompas." — the filters that gave nothing."""
    message = f"No {what} match"
    if query:
        message += f" {query!r}"
    filters = chosen.describe()
    if filters:
        message += f" with {filters}"
    return message + "."


def check_range(since: dt.datetime | None, until: dt.datetime | None) -> None:
    if since and until and since >= until:
        fail("--since must be before --until")


def primed(items: Iterator[T]) -> Iterator[T]:
    """Pull the first item now, so query errors surface before any output is written."""
    first = list(itertools.islice(items, 1))
    return itertools.chain(first, items)
