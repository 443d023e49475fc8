"""The SQLite store: one file analysts can query, search, browse in Datasette and export.

`Store` is the only writer. Articles are upserted by canonical URL (re-crawling never duplicates);
quotes and tags are normalised into their own tables for querying, while the articles table keeps
every field (nested ones as JSON) so exports read back to the exact records that were saved.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple, Self
from urllib.parse import quote

from sqlite_utils import Database

from newsbot.failures import reason_tag
from newsbot.processes import alive
from newsbot.record import Article, valid_unicode
from newsbot.store.filters import ArticleFilter, PortalChoice, utc_bound
from newsbot.store.fts import FtsQueryError, fts_error, fts_query
from newsbot.store.links import canonical_link, link_host, link_portal
from newsbot.store.rows import DERIVED_COLUMNS, article_to_row, dumps, row_to_article
from newsbot.store.schema import MIGRATIONS
from newsbot.store.stories import StoryLinker, strip_dateline
from newsbot.timezones import local_date, zone_of

__all__ = ["ArticleFilter", "FtsQueryError", "Saving", "Store", "StoreError", "utc_bound"]

logger = logging.getLogger(__name__)

# Fields that say when/how a copy was fetched, not what the article says.
_VOLATILE = {"crawled_at", "fetched_url"}
# How long a writer waits for another process's write transaction (SQLite's busy timeout), and how
# often a write that still finds the database locked is tried again before it fails.
BUSY_TIMEOUT_SECONDS = 30
WRITE_ATTEMPTS = 5
# Failure details are for a person reading them: one line, bounded.
MAX_DETAIL_CHARS = 500
# With checkpoints in the background, the writer's own connection still folds the WAL back when
# it grows this large (pages): the checkpointer thread is not relied on to bound the file.
BACKSTOP_CHECKPOINT_PAGES = 25_000
_SNIPPET_OPEN, _SNIPPET_CLOSE = "\x02", "\x03"


class Saving(NamedTuple):
    """One record to save and, beside it, how the crawl fetched it (the `fetched_url` and
    `pages` columns: record.Fetch) and when (`seen_at`); a 3-tuple without `pages` is one page."""

    article: Article
    fetched_url: str = ""
    seen_at: str = ""
    pages: int = 1


class StoreError(Exception):
    """The file cannot be used as a newsbot database (not SQLite, not newsbot's, locked, …)."""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _epoch(stamp: str | None) -> float | None:
    """An ISO time as epoch seconds (None when missing or unreadable)."""
    try:
        return dt.datetime.fromisoformat(stamp).timestamp() if stamp else None
    except ValueError:
        return None


# The Store holding a write window open on each database file, in this process. A second Store
# of the same file (two crawls of `crawl --all` in one reactor) would wait for that window's lock
# on the very thread that must commit it: it commits the window first (its owner gets the
# outcomes at its next commit_held).
_WINDOWS: dict[str, Store] = {}


class _Checkpointer(threading.Thread):
    """Folds the WAL back into the database file from its own connection, every `every`
    seconds, so the writing thread never does: a checkpoint (copying every page the last commits
    wrote, two fsyncs) ran inside whichever COMMIT crossed SQLite's 1,000-page mark, on the
    crawl's reactor thread. PASSIVE: it waits for no reader or writer; CPython runs it without
    the GIL."""

    def __init__(self, path: Path, every: float) -> None:
        super().__init__(name="newsbot-checkpoint", daemon=True)
        self.path = path
        self.every = every
        self.stopping = threading.Event()

    def run(self) -> None:
        conn = sqlite3.connect(str(self.path), timeout=1)
        try:
            conn.execute("PRAGMA synchronous = NORMAL")
            while not self.stopping.wait(self.every):
                self.checkpoint(conn)
        finally:
            conn.close()

    @staticmethod
    def checkpoint(conn: sqlite3.Connection) -> tuple[int, int, int]:
        """(busy, frames in the WAL, frames folded back), as PRAGMA wal_checkpoint says."""
        try:
            busy, frames, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:  # the next round tries again; the backstop bounds the WAL
            logger.debug("background checkpoint of %s: %s", conn, exc)
            return 1, -1, -1
        return int(busy), int(frames), int(done)

    def stop(self) -> None:
        self.stopping.set()
        self.join()


class Store:
    """Open a newsbot database: for writing (created or upgraded to the current schema) or,
    with `readonly=True`, for reading only — nothing in the file is ever changed then.

    A file that holds tables but no newsbot schema is refused either way (StoreError), so a
    mistyped --db never gains newsbot's tables; reading an older schema asks for `newsbot migrate`.
    `checkpoint_every` (seconds; a writer on a file) moves WAL checkpoints to a thread of their
    own (_Checkpointer), as a crawl's store does.
    """

    def __init__(
        self, path: str | Path, *, readonly: bool = False, checkpoint_every: float | None = None
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._tag_ids: dict[str, int] = {}
        self._depth = 0  # savepoints open inside the current write transaction
        self._insert_sql: dict[tuple[str, tuple[str, ...]], str] = {}
        self._columns: set[str] = set()
        self._file = str(self.path.resolve()) if str(path) != ":memory:" else f":memory:{id(self)}"
        self._held: list[Saving] | None = None  # saved in the open write window (save_held)
        self._held_since = 0.0
        # Articles of a window an error ended, saved again one by one: given by commit_held.
        self._settled: list[tuple[Saving, Exception | None]] = []
        conn: sqlite3.Connection | None = None
        try:
            if readonly:
                if not self.path.is_file():
                    raise StoreError(f"no database at {self.path}")
                uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
                conn = sqlite3.connect(
                    uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS
                )
            else:
                conn = sqlite3.connect(
                    str(self.path), check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS
                )
            self.db = Database(conn)
            self._check_newsbot()
            if readonly:
                self.db.execute("PRAGMA query_only = ON")
            else:
                self.db.execute("PRAGMA foreign_keys = ON")
                if str(path) != ":memory:":
                    self.db.enable_wal()
                    # In WAL mode NORMAL loses no committed transaction when the process dies
                    # (only on power loss), and a commit costs no fsync: one per article is cheap.
                    self.db.execute("PRAGMA synchronous = NORMAL")
                self._migrate()
        except (sqlite3.DatabaseError, StoreError) as exc:
            if conn is not None:
                conn.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot open {self.path} as a newsbot database: {exc}") from exc
        self._checkpointer: _Checkpointer | None = None
        if checkpoint_every and not readonly and str(path) != ":memory:":
            self.db.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_CHECKPOINT_PAGES}")
            self._checkpointer = _Checkpointer(self.path, checkpoint_every)
            self._checkpointer.start()
        self._columns = set(self.db["articles"].columns_dict)
        self.stories = StoryLinker(self.db)
        if not readonly:
            self.stories.catch_up()  # articles stored before stories existed (migration backlog)
        self._stale_checked = False

    def _check_newsbot(self) -> None:
        """Refuse a database that is not newsbot's; reading needs the current schema."""
        tables = set(self.db.table_names())
        if not tables and not self.readonly:
            return  # a new (or 0-byte) file: the first migration creates the schema
        if "_sqlite_migrations" not in tables or "articles" not in tables:
            count = len(tables)
            what = (
                "an empty file"
                if not count
                else f"{count} table{'s' if count > 1 else ''} of its own"
            )
            raise StoreError(f"{self.path} is not a newsbot database ({what}, no newsbot schema)")
        pending = [m.name for m in MIGRATIONS.pending(self.db)] if self.readonly else []
        if pending:
            raise StoreError(
                f"{self.path} has an older newsbot schema (missing {', '.join(pending)}); "
                f"upgrade it with `newsbot migrate --db {self.path}`"
            )

    def _migrate(self) -> None:
        """Apply pending migrations holding the write lock, so two processes opening a new
        database at once (crawler, CLI) cannot both create the first schema."""
        if not MIGRATIONS.pending(self.db):
            return
        with self._writing():
            if MIGRATIONS.pending(self.db):  # another process may have migrated while we waited
                MIGRATIONS.apply(self.db)  # nested: each migration is a savepoint here

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction that takes the write lock first (BEGIN IMMEDIATE).

        A deferred transaction that reads and then writes cannot wait for another writer: SQLite
        answers "database is locked" at once (the busy timeout does not apply to that upgrade). So
        every write starts IMMEDIATE, waits up to the busy timeout, and is tried again a few times.
        Nested inside another write it is a savepoint of that transaction.
        """
        conn = self.db.conn
        if conn.in_transaction:
            # A savepoint named by its depth (sqlite-utils' atomic() draws a random name from
            # the OS for each one: a system call and a statement to prepare, per article saved).
            self._depth += 1
            name = f"newsbot_{self._depth}"
            try:
                conn.execute(f"SAVEPOINT {name}")
                try:
                    yield
                except BaseException:
                    # An error that ended the whole transaction took the savepoint with it.
                    if conn.in_transaction:
                        conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                        conn.execute(f"RELEASE SAVEPOINT {name}")
                    self._forget()  # the savepoint's tags and columns are gone with it
                    raise
                conn.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                self._depth -= 1
            return
        self._begin()
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.rollback()
            self._forget()
            raise

    def _begin(self) -> None:
        """BEGIN IMMEDIATE, waiting for another writer up to the busy timeout, a few times
        (after committing another Store's write window on this file in this process)."""
        other = _WINDOWS.get(self._file)
        if other is not None and other is not self:
            other._settled += other._commit_window()
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                self.db.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not _is_locked(exc) or attempt == WRITE_ATTEMPTS:
                    raise
                logger.warning(
                    "database %s locked, try %d of %d", self.path, attempt, WRITE_ATTEMPTS
                )
                time.sleep(0.1 * attempt)

    def _forget(self) -> None:
        """What a rolled-back transaction or savepoint added is gone: tag ids and new columns
        must be read again."""
        self._tag_ids.clear()
        if self._columns:
            self._columns = set(self.db["articles"].columns_dict)

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Close, folding the WAL back into the main file so copies of the .db are complete;
        articles held in an open write window (save_held) are committed first."""
        if self._held is not None or self._settled:
            self.commit_held()
        if self._checkpointer is not None:
            self._checkpointer.stop()
            self._checkpointer = None
        try:
            self.db.rollback()
            if not self.readonly:
                # TRUNCATE waits (busy timeout) for every reader of other processes to finish: a
                # crawl closing beside a running one must not hang for that, so it waits briefly.
                self.db.execute("PRAGMA busy_timeout = 200")
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error:
            pass  # another process holds the WAL; it is checkpointed later
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------
    def save(
        self,
        article: Article,
        *,
        fetched_url: str = "",
        seen_at: str | None = None,
        pages: int = 1,
    ) -> str:
        """Upsert one article in its own transaction; returns "inserted", "updated" or "unchanged".

        `fetched_url` and `pages` say how the crawl fetched it (beside the record, see Saving).
        Any failure rolls back this article only and is raised to the caller.
        """
        with self._writing():
            return self._save(Saving(article, fetched_url, seen_at or "", pages))

    def save_many(
        self,
        articles: Iterable[Saving | tuple[Article, str, str]],
        *,
        run_id: int | None = None,
    ) -> dict[str, int]:
        """Save (article, fetched_url, seen_at[, pages]) tuples in one transaction; counts per
        outcome.

        When the batch fails it is rolled back and saved again article by article, so one bad
        record costs only itself: it is counted as "failed" and left in `failures`.
        """
        batch = [Saving(*item) for item in articles]
        counts = {"inserted": 0, "updated": 0, "unchanged": 0}
        try:
            with self._writing():
                for saving in batch:
                    counts[self._save(saving)] += 1
            return counts
        except sqlite3.Error as exc:
            if _is_locked(exc):
                raise  # every article would fail the same way: the caller decides
        except (ValueError, TypeError):
            pass
        counts = dict.fromkeys([*counts, "failed"], 0)
        for saving in batch:
            try:
                with self._writing():
                    counts[self._save(saving)] += 1
            except (sqlite3.Error, ValueError, TypeError) as exc:
                if isinstance(exc, sqlite3.Error) and _is_locked(exc):
                    raise
                counts["failed"] += 1
                url = saving.article.url or saving.fetched_url
                self.record_failure(url, "store", reason_tag(exc), str(exc), run_id=run_id)
        return counts

    # -- a write window: one COMMIT for the articles of a short time ------------------------
    def save_held(
        self,
        article: Article,
        *,
        fetched_url: str = "",
        seen_at: str | None = None,
        pages: int = 1,
    ) -> str:
        """Save like `save`, in a write transaction left open for the next articles until
        `commit_held`: a COMMIT per article is most of a save's cost (the WAL and full-text
        pages of every article written at each one).

        Each article is a savepoint of the window: a failure rolls back this article only and is
        raised. Until the window commits, nothing held is visible to other connections, and a
        kill loses the held articles whole (never a part of one): whoever calls this must
        treat an article as stored only once `commit_held` said so.
        """
        saving = Saving(article, fetched_url, seen_at or "", pages)
        if self._held is None:
            if self.db.conn.in_transaction:
                raise RuntimeError("save_held inside a transaction that is not a write window")
            self._begin()
            self._held, self._held_since = [], time.monotonic()
            _WINDOWS[self._file] = self
        held = self._held
        try:
            with self._writing():  # a savepoint of the window
                outcome = self._save(saving)
        except BaseException:
            if not self.db.conn.in_transaction:  # the error ended the whole window
                self._held = None
                self._release_window()
                self._settled += self._replay(held)
            raise
        held.append(saving)
        return outcome

    @property
    def held(self) -> int:
        """Articles saved in the write window whose outcome commit_held has not yet given."""
        return len(self._held or ()) + len(self._settled)

    @property
    def held_seconds(self) -> float:
        """How long the open write window has been open (0.0: no window; infinite when outcomes
        are already settled and only wait for commit_held to give them)."""
        if self._settled:
            return float("inf")
        return time.monotonic() - self._held_since if self._held is not None else 0.0

    def commit_held(self) -> list[tuple[Saving, Exception | None]]:
        """Commit the write window: each held article with None (stored) or the error that
        lost it. When the COMMIT itself fails, the window is rolled back and each article saved
        again in its own transaction, so one bad article still costs only itself."""
        settled, self._settled = self._settled, []
        return settled + self._commit_window()

    def _commit_window(self) -> list[tuple[Saving, Exception | None]]:
        held, self._held = self._held, None
        if held is None:
            return []
        self._release_window()
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error:
            if self.db.conn.in_transaction:
                self.db.rollback()
            return self._replay(held)
        return [(saving, None) for saving in held]

    def _release_window(self) -> None:
        if _WINDOWS.get(self._file) is self:
            del _WINDOWS[self._file]

    def _replay(self, held: list[Saving]) -> list[tuple[Saving, Exception | None]]:
        """Save each article of a lost window in its own transaction."""
        self._forget()
        results: list[tuple[Saving, Exception | None]] = []
        for saving in held:
            try:
                with self._writing():
                    self._save(saving)
                results.append((saving, None))
            except (sqlite3.Error, ValueError, TypeError) as exc:
                results.append((saving, exc))
        return results

    def _save(self, saving: Saving) -> str:
        article, fetched_url = saving.article, saving.fetched_url
        if not article.url:
            raise ValueError("cannot store an article without a url")
        seen = saving.seen_at or article.crawled_at or _now()
        row = article_to_row(article)
        row["pages"] = saving.pages
        if fetched_url:
            row["fetched_url"] = fetched_url
        self._ensure_columns(row)
        existing = self._row(article.url)
        if existing is None:
            row["first_seen"] = row["last_seen"] = seen
            self._insert("articles", row)
            status = "inserted"
        elif all(existing.get(k) == v for k, v in row.items() if k not in _VOLATILE):
            self.db.execute(
                "UPDATE articles SET last_seen = max(last_seen, ?) WHERE url = ?",
                [seen, article.url],
            )
            status = "unchanged"
        else:
            self._record_change(existing, row, seen)
            row["last_seen"] = max(seen, existing.get("last_seen") or "")
            sets = ", ".join(f"[{k}] = ?" for k in row if k != "url")
            self.db.execute(
                f"UPDATE articles SET {sets} WHERE url = ?",
                [v for k, v in row.items() if k != "url"] + [article.url],
            )
            status = "updated"
        if status != "unchanged":
            self._replace_quotes(article)
            self._replace_tags(article)
            self._link_story(article, row, existing, seen)
        self._observe_links(article, seen)
        fetched = row.get("fetched_url") or ""
        self._record_fetch(fetched, article.url, seen)
        if existing is None or (fetched and fetched != existing.get("fetched_url")):
            self._resolve_links_to(article, fetched)  # new article, or reached by a new URL
        return status

    def _link_story(
        self, article: Article, row: dict[str, Any], existing: dict[str, Any] | None, seen: str
    ) -> None:
        """Link the article to its story (stories.py); a changed body is linked again."""
        if not self._stale_checked:
            self.stories.refresh_stale()
            self._stale_checked = True
        first_seen = (existing or {}).get("first_seen") or seen
        body = strip_dateline(article.body, article.dateline)
        self.stories.link(article.url, body, row["published_utc"], first_seen)

    def delete(self, url: str) -> bool:
        """Delete a stored article with its quotes, tags, links and story membership."""
        with self._writing():
            self.stories.unlink(url)
            cursor = self.db.execute("DELETE FROM articles WHERE url = ?", [url])
        return cursor.rowcount > 0

    def _record_change(self, old: dict[str, Any], new: dict[str, Any], seen_at: str) -> None:
        """Log which article fields a re-fetch changed (derived and volatile columns aside)."""
        fields = sorted(
            name
            for name, value in new.items()
            if name not in _VOLATILE and name not in DERIVED_COLUMNS and old.get(name) != value
        )
        self.db.execute(
            "INSERT INTO article_changes (article_url, changed_at, fields, old_content_hash,"
            " new_content_hash, old_headline, old_modified, new_modified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new["url"],
                seen_at,
                dumps(fields),
                old.get("content_hash") or "",
                new.get("content_hash") or "",
                old.get("headline") or "",
                old.get("modified") or "",
                new.get("modified") or "",
            ],
        )

    def changes(self, url: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Recorded content changes, newest first (all articles, or one)."""
        return self._newest("article_changes", "article_url", url, limit, ("fields",))

    def _ensure_columns(self, row: dict[str, Any]) -> None:
        """A field added to Article after this database was made becomes a new column."""
        for name in row.keys() - self._columns:
            value = row[name]
            self.db.table("articles").add_column(name, int if isinstance(value, int) else str)
            self._columns.add(name)

    def _insert(self, table: str, row: dict[str, Any], verb: str = "INSERT") -> None:
        key = (f"{verb} INTO [{table}]", tuple(row))
        sql = self._insert_sql.get(key)
        if sql is None:
            names = ", ".join(f"[{k}]" for k in row)
            marks = ", ".join("?" for _ in row)
            sql = self._insert_sql[key] = f"{key[0]} ({names}) VALUES ({marks})"
        self.db.execute(sql, list(row.values()))

    def _row(self, url: str) -> dict[str, Any] | None:
        """The stored row of `url` as a dict (a plain read: without db.query's savepoint)."""
        cursor = self.db.conn.execute("SELECT * FROM articles WHERE url = ?", [url])
        values = cursor.fetchone()
        if values is None:
            return None
        return dict(zip([d[0] for d in cursor.description], values, strict=True))

    def _rows(self, sql: str, params: list[Any]) -> Iterator[dict]:
        """Rows as dicts, streamed (db.query)."""
        return self.db.query(sql, params)

    def _replace_quotes(self, article: Article) -> None:
        self.db.execute("DELETE FROM quotes WHERE article_url = ?", [article.url])
        self.db.conn.executemany(
            "INSERT INTO quotes (article_url, position, text, speaker, speaker_role, cue,"
            " paragraph, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.url,
                    position,
                    quote.get("text", ""),
                    quote.get("speaker", ""),
                    quote.get("speaker_role", ""),
                    quote.get("cue", ""),
                    quote.get("paragraph"),
                    quote.get("kind", ""),
                )
                for position, quote in enumerate(article.quotes)
            ],
        )

    def _tag_id(self, name: str) -> int:
        if name not in self._tag_ids:
            self.db.execute("INSERT OR IGNORE INTO tags (name) VALUES (?)", [name])
            found = self.db.execute("SELECT id FROM tags WHERE name = ?", [name]).fetchone()
            self._tag_ids[name] = found[0]
        return self._tag_ids[name]

    def _replace_tags(self, article: Article) -> None:
        self.db.execute("DELETE FROM articles_tags WHERE article_url = ?", [article.url])
        seen: set[int] = set()
        rows = []
        for position, name in enumerate(article.tags):
            name = name.strip()
            if not name:
                continue
            tag_id = self._tag_id(name)
            if tag_id in seen:
                continue
            seen.add(tag_id)
            rows.append((article.url, tag_id, position))
        self.db.conn.executemany(
            "INSERT INTO articles_tags (article_url, tags_id, position) VALUES (?, ?, ?)", rows
        )

    def _observe_links(self, article: Article, seen_at: str) -> None:
        """Add one dated observation per list entry, with its canonical URL and the stored
        article it points to (whose URL is then the canonical one); the same crawl time twice
        adds nothing."""
        seen_local = local_date(seen_at, zone_of(article.published))
        entries = [
            (name, position, link.get("title", ""), url, canonical_link(url) if url else "")
            for name, links in article.lists.items()
            for position, link in enumerate(links)
            for url in (link.get("url", ""),)
        ]
        stored = self._stored_targets({u for *_, url, canon in entries for u in (url, canon) if u})
        rows = []
        for name, position, title, url, canonical in entries:
            found = stored.get(canonical) or stored.get(url)
            target_url, portal = found if found else (None, link_portal(canonical))
            rows.append(
                (
                    article.url,
                    name,
                    position,
                    title,
                    url,
                    seen_at,
                    seen_local,
                    target_url or canonical,
                    link_host(target_url or canonical),
                    portal,
                    target_url,
                )
            )
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO links (article_url, list, position, title, url, seen_at,"
            " seen_local_date, canonical_url, target_site, target_portal, target_article_url)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def _stored_targets(self, urls: set[str]) -> dict[str, tuple[str, str]]:
        """url -> (stored article url, its portal), for those of `urls` that are a stored
        article's URL or a URL it was fetched from; one query per article, not one per link."""
        if not urls:
            return {}
        wanted = sorted(urls)[:400]  # far more than a page's lists hold; SQLite allows 999
        marks = ", ".join("?" for _ in wanted)
        found: dict[str, tuple[str, str]] = {}
        for url, article_url, portal in self.db.execute(
            f"SELECT f.url, a.url, a.portal FROM fetched f JOIN articles a ON a.url = f.article_url"
            f" WHERE f.url IN ({marks}) UNION ALL"
            f" SELECT url, url, portal FROM articles WHERE url IN ({marks})",
            wanted + wanted,
        ).fetchall():
            if url not in found or url == article_url:  # a stored article's own URL wins
                found[url] = (article_url, portal)
        return found

    def _resolve_links_to(self, article: Article, fetched_url: str) -> None:
        """Links seen before this article was stored now point to it.

        The unary + keeps SQLite off idx_links_target for `IS NULL`: nearly every link points
        to no stored article, so that index matches the whole table (a scan per save that grew
        with the database: 8.8 ms a save at 2,000 articles); idx_links_canonical finds the few.
        """
        keys = {article.url, fetched_url} | {canonical_link(u) for u in (article.url, fetched_url)}
        keys.discard("")
        marks = ", ".join("?" for _ in keys)
        self.db.execute(
            "UPDATE links SET target_article_url = ?, canonical_url = ?, target_portal = ?,"
            f" target_site = ? WHERE canonical_url IN ({marks}) AND +target_article_url IS NULL",
            [article.url, article.url, article.portal, link_host(article.url), *keys],
        )

    def _record_fetch(self, fetched_url: str, article_url: str, fetched_at: str) -> None:
        if not fetched_url:
            return
        self.db.execute(
            "INSERT INTO fetched (url, article_url, fetched_at) VALUES (?, ?, ?)"
            " ON CONFLICT(url) DO UPDATE SET article_url = excluded.article_url,"
            " fetched_at = excluded.fetched_at",
            [fetched_url, article_url, fetched_at],
        )

    # -- failures ----------------------------------------------------------------------------
    def record_failure(
        self,
        url: str,
        stage: str,
        reason: str,
        detail: str = "",
        *,
        run_id: int | None = None,
    ) -> None:
        """Leave a `failures` row: an article lost at `stage` (fetch, extract, validate, store)."""
        detail = " ".join(str(detail).split())[:MAX_DETAIL_CHARS]
        row = [run_id, url, stage, reason, detail, _now()]
        with self._writing():
            self.db.execute(
                "INSERT INTO failures (run_id, url, stage, reason, detail, failed_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                valid_unicode(row),
            )

    def failures(self, run_id: int | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Recorded failures, newest first (all runs, or one)."""
        where, params = ("WHERE run_id = ?", [run_id]) if run_id is not None else ("", [])
        cursor = self.db.execute(
            f"SELECT * FROM failures {where} ORDER BY id DESC LIMIT ?", [*params, limit]
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]

    # -- pages that are not articles ---------------------------------------------------------
    def remember_not_articles(self, pages: Iterable[tuple[str, str, str]]) -> None:
        """Record (url, reason, checked_at) of article candidates that were no articles."""
        with self._writing():
            self.db.conn.executemany(
                "INSERT INTO not_articles (url, reason, checked_at) VALUES (?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET reason = excluded.reason,"
                " checked_at = excluded.checked_at",
                list(pages),
            )

    def not_article_since(self, url: str, since: str) -> bool:
        """Whether `url` was found to be no article at `since` (ISO 8601, UTC) or later."""
        found = self.db.execute(
            "SELECT 1 FROM not_articles WHERE url = ? AND checked_at >= ?", [url, since]
        ).fetchone()
        return found is not None

    # -- crawl runs --------------------------------------------------------------------------
    def start_run(self, target: str, options: dict) -> int:
        """Open a crawl_runs row (status `running`) after closing the rows of dead runs."""
        self.close_killed_runs()
        with self._writing():
            cursor = self.db.execute(
                "INSERT INTO crawl_runs (target, options, started_at, status, pid, host)"
                " VALUES (?, ?, ?, 'running', ?, ?)",
                [
                    target,
                    json.dumps(options, ensure_ascii=False, default=str),
                    _now(),
                    os.getpid(),
                    socket.gethostname(),
                ],
            )
        return int(cursor.lastrowid or 0)

    def close_killed_runs(self) -> int:
        """Mark unfinished runs whose process is gone as `killed`; returns how many.

        A run on another host cannot be checked and is left alone; a row from before runs kept
        their pid (no pid) cannot still be running; a process that now has the run's pid but
        started after the run did is another process (pids are reused).
        """
        host = socket.gethostname()
        # A distributed run (options.run, newsbot.distributed) outlives its writer process.
        rows = self.db.execute(
            "SELECT id, pid, host, started_at FROM crawl_runs WHERE finished_at IS NULL"
            " AND json_extract(options, '$.run') IS NULL"
        ).fetchall()
        dead = [
            run_id
            for run_id, pid, run_host, started in rows
            if pid is None or (run_host == host and not alive(int(pid), since=_epoch(started)))
        ]
        if dead:
            with self._writing():
                self.db.conn.executemany(
                    "UPDATE crawl_runs SET finished_at = ?, status = 'killed', warnings ="
                    " json_insert(coalesce(warnings, '[]'), '$[#]', ?)"
                    " WHERE id = ? AND finished_at IS NULL",
                    [(_now(), "run was killed: it never finished", run_id) for run_id in dead],
                )
        return len(dead)

    def finish_run(
        self,
        run_id: int,
        counts: dict[str, int],
        coverage: dict[str, float],
        warnings: list[str],
        status: str = "finished",
    ) -> None:
        with self._writing():
            self.db.execute(
                "UPDATE crawl_runs SET finished_at = ?, counts = ?, coverage = ?, warnings = ?,"
                " status = ? WHERE id = ?",
                [_now(), dumps(counts), dumps(coverage), dumps(list(warnings)), status, run_id],
            )

    def runs(self, target: str | None = None, limit: int = 20) -> list[dict]:
        """Most recent crawl runs first, JSON columns decoded."""
        json_columns = ("options", "counts", "coverage", "warnings")
        return self._newest("crawl_runs", "target", target, limit, json_columns)

    def _newest(
        self, table: str, column: str, value: str | None, limit: int, json_columns: tuple[str, ...]
    ) -> list[dict[str, Any]]:
        """Rows of a log table, newest first, optionally only where `column` = `value`."""
        where, params = (f"WHERE [{column}] = ?", [value]) if value else ("", [])
        sql = f"SELECT * FROM [{table}] {where} ORDER BY id DESC LIMIT ?"
        rows = list(self._rows(sql, [*params, limit]))
        for row in rows:
            for key in json_columns:
                row[key] = json.loads(row[key] or "null")
        return rows

    # -- reading -----------------------------------------------------------------------------
    def is_known(self, url: str) -> bool:
        """True when `url` is a stored article's canonical URL or a URL the crawler fetched."""
        return bool(self.known([url]))

    def known(self, urls: Iterable[str]) -> set[str]:
        """The subset of `urls` already stored (canonical or fetched)."""
        wanted = list(dict.fromkeys(urls))
        found: set[str] = set()
        for start in range(0, len(wanted), 400):
            chunk = wanted[start : start + 400]
            marks = ", ".join("?" for _ in chunk)
            cursor = self.db.execute(
                f"SELECT url FROM articles WHERE url IN ({marks})"
                f" UNION SELECT url FROM fetched WHERE url IN ({marks})",
                chunk + chunk,
            )
            found.update(row[0] for row in cursor)
        return found

    def _where(
        self,
        where: ArticleFilter | None,
        portal: str | None,
        since: dt.datetime | None,
        until: dt.datetime | None,
        query: str | None,
        raw: bool,
    ) -> ArticleFilter:
        """The filter given, or one built from the keyword arguments (`portal`: exact family)."""
        if where is not None:
            return where
        portals = (PortalChoice(portal, family=portal),) if portal else ()
        return ArticleFilter(portals=portals, since=since, until=until, query=query, raw=raw)

    def iter_articles(
        self,
        *,
        portal: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        query: str | None = None,
        raw: bool = False,
        where: ArticleFilter | None = None,
    ) -> Iterator[Article]:
        """Stored articles oldest first, streamed row by row (constant memory).

        `query` is literal words unless `raw` (FTS5 syntax); `where` replaces the other filters.
        """
        chosen = self._where(where, portal, since, until, query, raw)
        conditions, params = chosen.where("a")
        sql = "SELECT a.* FROM articles a"
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        sql += " ORDER BY a.published_utc, a.url"
        for row in self.iter_rows(sql, params, chosen):
            yield _stored_article(row)

    def iter_rows(
        self, sql: str, params: list[Any], where: ArticleFilter | None = None
    ) -> Iterator[dict[str, Any]]:
        """Rows of a read query as dicts, streamed; a bad full-text query of `where` is one
        FtsQueryError, whether SQLite rejects it at the start or while rows are read."""
        text, raw = (where.query, where.raw) if where is not None else (None, False)
        try:
            yield from self.db.query(sql, params)
        except sqlite3.OperationalError as exc:
            if text is None:
                raise
            raise fts_error(exc, text, raw=raw) from exc

    def search(
        self,
        query: str,
        *,
        portal: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        limit: int = 20,
        raw: bool = False,
        where: ArticleFilter | None = None,
    ) -> list[dict[str, Any]]:
        """Best FTS5 (bm25) matches first, each with a snippet whose hits sit between
        SNIPPET_MARKS; headline hits weigh more than lead hits, lead more than body.

        `query` is taken literally (every word must occur) unless `raw` asks for FTS5 syntax;
        `where` gives the other filters (its own query is not used).
        """
        chosen = self._where(where, portal, since, until, None, raw)
        conditions, params = ArticleFilter(
            portals=chosen.portals, since=chosen.since, until=chosen.until
        ).where("a")
        clauses = " ".join(f"AND {w}" for w in conditions)
        sql = (
            "SELECT a.url, a.portal, a.headline, a.published,"
            f" snippet(articles_fts, -1, '{_SNIPPET_OPEN}', '{_SNIPPET_CLOSE}', '…', 16)"
            " AS snippet, bm25(articles_fts, 10.0, 4.0, 1.0) AS rank"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? {clauses} ORDER BY rank LIMIT ?"
        )
        match = fts_query(query, raw=raw)
        errors_of = ArticleFilter(query=query, raw=raw)
        return list(self.iter_rows(sql, [match, *params, limit], errors_of))

    def count(self, table: str = "articles") -> int:
        if table not in set(self.db.table_names()) | set(self.db.view_names()):
            raise ValueError(f"no table or view named {table!r}")
        return int(self.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0])

    def get(self, url: str) -> Article | None:
        """The stored article with this canonical or fetched URL."""
        row = self._row(url)
        if row is None:
            found = self.db.execute(
                "SELECT article_url FROM fetched WHERE url = ?", [url]
            ).fetchone()
            row = self._row(found[0]) if found else None
        return _stored_article(row) if row is not None else None

    def rebuild_fts(self) -> None:
        """Re-index all articles (after a bulk load with triggers off, or a rowid-changing VACUUM)."""
        with self._writing():
            self.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


SNIPPET_MARKS = (_SNIPPET_OPEN, _SNIPPET_CLOSE)


def _stored_article(row: dict[str, Any]) -> Article:
    """The record a row holds, without the columns the store derives for querying."""
    for name in DERIVED_COLUMNS:
        row.pop(name, None)
    return row_to_article(row)


def _is_locked(exc: BaseException) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock (worth waiting for)."""
    message = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in message or "busy" in message)
