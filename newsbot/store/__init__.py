"""The SQLite store: one file analysts can query, search, browse in Datasette and export.

`Store` is the only writer. Articles are upserted by canonical URL (re-crawling never duplicates);
quotes and tags are normalised into their own tables for querying, while the articles table keeps
every field (nested ones as JSON) so exports read back to the exact records that were saved.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlite_utils import Database

from newsbot.record import Article
from newsbot.store.rows import DERIVED_COLUMNS, article_to_row, dumps, row_to_article
from newsbot.store.schema import MIGRATIONS, utc_sortable
from newsbot.store.stories import StoryLinker
from newsbot.timezones import WIB

__all__ = ["FtsQueryError", "Store", "StoreError", "utc_bound"]

# Fields that say when/how a copy was fetched, not what the article says.
_VOLATILE = {"crawled_at", "fetched_url"}
_SNIPPET_OPEN, _SNIPPET_CLOSE = "\x02", "\x03"


class StoreError(Exception):
    """The file cannot be used as a newsbot database (not SQLite, read-only, locked, …)."""


class FtsQueryError(ValueError):
    """A full-text query SQLite cannot parse; the message is one line an analyst can act on."""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def utc_bound(value: dt.datetime | dt.date | str) -> str:
    """A --since/--until bound in the `published_utc` format (naive values are WIB)."""
    if isinstance(value, str):
        return utc_sortable(value)
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=WIB)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Store:
    """Open (or create) a newsbot database, upgrading its schema to the current version."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=30)
            self.db = Database(conn)
            self.db.execute("PRAGMA foreign_keys = ON")
            if str(path) != ":memory:":
                self.db.enable_wal()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            if "conn" in locals():
                conn.close()
            raise StoreError(f"cannot open {self.path} as a newsbot database: {exc}") from exc
        self._columns = set(self.db["articles"].columns_dict)
        self._tag_ids: dict[str, int] = {}
        self.stories = StoryLinker(self.db)
        self._stale_checked = False

    def _migrate(self) -> None:
        """Apply pending migrations holding the write lock, so two processes opening a new
        database at once (crawler, CLI) cannot both create the first schema."""
        if not MIGRATIONS.pending(self.db):
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS.apply(self.db)  # nested: each migration is a savepoint in this transaction
        except BaseException:
            self.db.rollback()
            raise
        self.db.commit()

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Close, folding the WAL back into the main file so copies of the .db are complete."""
        try:
            self.db.rollback()
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
    def save(self, article: Article, *, fetched_url: str = "", seen_at: str | None = None) -> str:
        """Upsert one article; returns "inserted", "updated" or "unchanged"."""
        with self.db.atomic():
            return self._save(article, fetched_url, seen_at)

    def save_many(self, articles: Iterable[tuple[Article, str, str]]) -> dict[str, int]:
        """Save (article, fetched_url, seen_at) tuples in one transaction; counts per outcome."""
        counts = {"inserted": 0, "updated": 0, "unchanged": 0}
        with self.db.atomic():
            for article, fetched_url, seen_at in articles:
                counts[self._save(article, fetched_url, seen_at or None)] += 1
        return counts

    def _save(self, article: Article, fetched_url: str, seen_at: str | None) -> str:
        if not article.url:
            raise ValueError("cannot store an article without a url")
        seen = seen_at or article.crawled_at or _now()
        row = article_to_row(article)
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
        self._record_fetch(row.get("fetched_url") or "", article.url, seen)
        return status

    def _link_story(
        self, article: Article, row: dict[str, Any], existing: dict[str, Any] | None, seen: str
    ) -> None:
        """Link the article to its story (stories.py); a changed body is linked again."""
        if not self._stale_checked:
            self.stories.refresh_stale()
            self._stale_checked = True
        first_seen = (existing or {}).get("first_seen") or seen
        body, dateline = article.body, article.dateline.get("raw", "") if article.dateline else ""
        if dateline and body.startswith(dateline):  # "JAKARTA, KOMPAS.com -" differs by portal
            body = body[len(dateline) :]
        self.stories.link(article.url, body, row["published_utc"], first_seen)

    def delete(self, url: str) -> bool:
        """Delete a stored article with its quotes, tags, links and story membership."""
        with self.db.atomic():
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
        names = ", ".join(f"[{k}]" for k in row)
        marks = ", ".join("?" for _ in row)
        self.db.execute(f"{verb} INTO [{table}] ({names}) VALUES ({marks})", list(row.values()))

    def _row(self, url: str) -> dict[str, Any] | None:
        return next(self._rows("SELECT * FROM articles WHERE url = ?", [url]), None)

    def _rows(self, sql: str, params: list[Any], query: str | None = None) -> Iterator[dict]:
        """Rows as dicts, streamed (db.query); a bad full-text `query` is one FtsQueryError,
        whether SQLite rejects it at the start or while rows are read."""
        try:
            yield from self.db.query(sql, params)
        except sqlite3.OperationalError as exc:
            raise _fts_error(exc, query) from exc

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
        for position, name in enumerate(article.tags):
            name = name.strip()
            if not name:
                continue
            tag_id = self._tag_id(name)
            if tag_id in seen:
                continue
            seen.add(tag_id)
            self.db.execute(
                "INSERT INTO articles_tags (article_url, tags_id, position) VALUES (?, ?, ?)",
                [article.url, tag_id, position],
            )

    def _observe_links(self, article: Article, seen_at: str) -> None:
        """Add one dated observation per list entry; the same crawl time twice adds nothing."""
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO links (article_url, list, position, title, url, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (article.url, name, position, link.get("title", ""), link.get("url", ""), seen_at)
                for name, links in article.lists.items()
                for position, link in enumerate(links)
            ],
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

    # -- crawl runs --------------------------------------------------------------------------
    def start_run(self, target: str, options: dict) -> int:
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO crawl_runs (target, options, started_at) VALUES (?, ?, ?)",
                [target, json.dumps(options, ensure_ascii=False, default=str), _now()],
            )
        return int(cursor.lastrowid or 0)

    def finish_run(
        self,
        run_id: int,
        counts: dict[str, int],
        coverage: dict[str, float],
        warnings: list[str],
    ) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE crawl_runs SET finished_at = ?, counts = ?, coverage = ?, warnings = ?"
                " WHERE id = ?",
                [_now(), dumps(counts), dumps(coverage), dumps(list(warnings)), run_id],
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

    def _filters(
        self,
        portal: str | None,
        since: dt.datetime | None,
        until: dt.datetime | None,
        query: str | None,
    ) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        if portal:
            where.append("a.portal = ?")
            params.append(portal)
        if since is not None:
            where.append("a.published_utc >= ?")
            params.append(utc_bound(since))
        if until is not None:
            where.append("a.published_utc != '' AND a.published_utc < ?")
            params.append(utc_bound(until))
        if query:
            where.append("a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(query)
        return where, params

    def iter_articles(
        self,
        *,
        portal: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        query: str | None = None,
    ) -> Iterator[Article]:
        """Stored articles oldest first, streamed row by row (constant memory)."""
        where, params = self._filters(portal, since, until, query)
        sql = "SELECT a.* FROM articles a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.published_utc, a.url"
        for row in self._rows(sql, params, query):
            yield _stored_article(row)

    def search(
        self,
        query: str,
        *,
        portal: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        limit: int = 20,
    ) -> list[dict[str, Any]]:
        """Best FTS5 (bm25) matches first, each with a snippet whose hits sit between
        SNIPPET_MARKS; headline hits weigh more than lead hits, lead more than body."""
        where, params = self._filters(portal, since, until, None)
        clauses = " ".join(f"AND {w}" for w in where)
        sql = (
            "SELECT a.url, a.portal, a.headline, a.published,"
            f" snippet(articles_fts, -1, '{_SNIPPET_OPEN}', '{_SNIPPET_CLOSE}', '…', 16)"
            " AS snippet, bm25(articles_fts, 10.0, 4.0, 1.0) AS rank"
            " FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            f" WHERE articles_fts MATCH ? {clauses} ORDER BY rank LIMIT ?"
        )
        return list(self._rows(sql, [query, *params, limit], query))

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
        with self.db.atomic():
            self.db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


SNIPPET_MARKS = (_SNIPPET_OPEN, _SNIPPET_CLOSE)


def _stored_article(row: dict[str, Any]) -> Article:
    """The record a row holds, without the columns the store derives for querying."""
    for name in DERIVED_COLUMNS:
        row.pop(name, None)
    return row_to_article(row)


def _fts_error(exc: sqlite3.OperationalError, query: str | None) -> Exception:
    message = str(exc)
    if query is None or not any(
        hint in message for hint in ("fts5", "syntax error", "no such column", "unterminated")
    ):
        return exc
    detail = message.removeprefix("fts5: ")
    return FtsQueryError(
        f"cannot search for {query!r}: {detail}. Put words in double quotes to search for them"
        ' literally, e.g. "covid-19"; operators are AND, OR, NOT, NEAR and prefix*'
    )
