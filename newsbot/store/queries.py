"""Read-only questions the CLI, the notebook and the docs share (one SQL text per question)."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlite_utils import Database

from newsbot.store.filters import ArticleFilter
from newsbot.store.fts import fts_error, fts_query

# Field -> SQL that is true when an article has it (JSON columns hold "[]"/"{}" when empty);
# `$` stands for the table alias.
FIELD_PRESENT = {
    "headline": "$headline != ''",
    "published": "$published != ''",
    "body": "$body != ''",
    "lead": "$lead != ''",
    "authors": "$authors NOT IN ('', '[]')",
    "section": "$section != ''",
    "dateline": "$dateline IS NOT NULL AND $dateline NOT IN ('', 'null')",
    "quotes": "$quotes NOT IN ('', '[]')",
    "tags": "$tags NOT IN ('', '[]')",
    "lists": "$lists NOT IN ('', '{}')",
    "images": "$images NOT IN ('', '[]')",
}


def _rows(db: Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


# `stats --by`: the grouping columns of each breakdown.
GROUPINGS = {
    "portal": ("portal",),
    "section": ("portal", "section"),
    "day": ("published_local_date",),
}


def coverage(
    db: Database, by: str = "portal", where: ArticleFilter | None = None
) -> list[dict[str, Any]]:
    """Per group (portal, portal+section, or portal-local day): article and portal counts, the
    first and last publication (with their own offsets, ordered in UTC), the last crawl, and the
    share (0..1) of articles that have each field."""
    keys = GROUPINGS[by]
    conditions, params = (where or ArticleFilter()).where("a")
    filtered = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    columns = ", ".join(f"a.{k}" for k in keys)
    shares = ", ".join(
        f"avg(CASE WHEN {sql.replace('$', 'a.')} THEN 1.0 ELSE 0 END) AS [share_{name}]"
        for name, sql in FIELD_PRESENT.items()
    )
    order = "a.published_local_date DESC" if by == "day" else "articles DESC, " + columns
    rows = _rows(
        db,
        f"SELECT {columns}, count(*) AS articles, count(DISTINCT a.portal) AS portals,"
        " max(nullif(a.last_seen, '')) AS last_crawl,"
        f" {shares} FROM articles a {filtered} GROUP BY {columns} ORDER BY {order}",
        params,
    )
    dated = "a.published_utc != ''" + (f" AND {' AND '.join(conditions)}" if conditions else "")
    ends = {}
    for end, aggregate in (("first_published", "min"), ("last_published", "max")):
        # SQLite: with one min()/max(), a bare column comes from the row that has it
        for values in db.execute(
            f"SELECT {columns}, {aggregate}(a.published_utc), a.published FROM articles a"
            f" WHERE {dated} GROUP BY {columns}",
            params,
        ).fetchall():
            ends[(end, *values[: len(keys)])] = values[-1]
    for row in rows:
        group = tuple(row[k] for k in keys)
        row["first_published"] = ends.get(("first_published", *group))
        row["last_published"] = ends.get(("last_published", *group))
        row["fields"] = {n: round(row.pop(f"share_{n}") or 0.0, 3) for n in FIELD_PRESENT}
    return rows


def _like(text: str) -> str:
    """A LIKE pattern matching `text` anywhere (with ESCAPE '\\')."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _quote_conditions(
    where: ArticleFilter,
    speaker: str | None,
    search: str | None,
    raw: bool,
    kind: str | None = None,
) -> tuple[list[str], list[Any]]:
    """Conditions on quotes `q` joined to their article `a`: the article filter, part of the
    speaker's name (any case), a full-text query over the quotes' own index, the quote kind."""
    conditions, params = where.where("a")
    if kind:
        conditions.append("q.kind = ?")
        params.append(kind)
    if speaker:
        conditions.append("q.speaker LIKE ? ESCAPE '\\'")
        params.append(_like(speaker))
    if search is not None:
        conditions.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(fts_query(search, raw=raw))
    return conditions, params


def quotes(
    db: Database,
    *,
    where: ArticleFilter | None = None,
    speaker: str | None = None,
    search: str | None = None,
    raw: bool = False,
    kind: str | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Quotes newest first with their article; `speaker` matches part of the name, any case;
    `search` is a full-text query over quote text, speaker and role (literal unless `raw`);
    `kind` is "direct" or "indirect"."""
    conditions, params = _quote_conditions(where or ArticleFilter(), speaker, search, raw, kind)
    sql = (
        "SELECT q.speaker, q.speaker_role, q.text, q.kind, a.headline, a.published,"
        " a.published_local_date, a.portal, a.url"
        " FROM quotes q JOIN articles a ON a.url = q.article_url"
        f" WHERE {' AND '.join(conditions) or '1 = 1'}"
        " ORDER BY a.published_utc DESC, a.url, q.position LIMIT ?"
    )
    return _rows_for(db, sql, [*params, limit], search, raw)


def top_speakers(
    db: Database,
    *,
    where: ArticleFilter | None = None,
    speaker: str | None = None,
    search: str | None = None,
    raw: bool = False,
    kind: str | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Speakers by number of quotes, with how many articles and portals quote them; every
    filter of `quotes()` applies (only the quotes that match count)."""
    conditions, params = _quote_conditions(where or ArticleFilter(), speaker, search, raw, kind)
    conditions.insert(0, "q.speaker != ''")
    sql = (
        "SELECT q.speaker, count(*) AS quotes, count(DISTINCT q.article_url) AS articles,"
        " count(DISTINCT a.portal) AS portals, max(a.published_utc) AS last_quoted_utc,"
        " a.published AS last_quoted"  # SQLite: a bare column comes from the max() row
        f" FROM quotes q JOIN articles a ON a.url = q.article_url WHERE {' AND '.join(conditions)}"
        " GROUP BY q.speaker ORDER BY quotes DESC, articles DESC, q.speaker LIMIT ?"
    )
    return _rows_for(db, sql, [*params, limit], search, raw)


def _rows_for(
    db: Database, sql: str, params: list[Any], search: str | None, raw: bool
) -> list[dict[str, Any]]:
    """`_rows`, with an FTS error of `search` as one line."""
    try:
        return _rows(db, sql, params)
    except sqlite3.OperationalError as exc:
        if search is None:
            raise
        raise fts_error(exc, search, raw=raw) from exc


# Per exported table: the SELECT (articles `a` joined) and its order; see newsbot.export.
_EXPORT_SQL = {
    "articles": ("SELECT a.* FROM articles a", "a.published_utc, a.url"),
    "quotes": (
        (
            "SELECT q.id, q.article_url, q.position, q.speaker, q.speaker_role, q.text, q.cue,"
            " q.kind, q.paragraph, a.headline, a.portal, a.site, a.published, a.published_utc,"
            " a.published_local_date FROM quotes q JOIN articles a ON a.url = q.article_url"
        ),
        "a.published_utc, a.url, q.position",
    ),
    "links": (
        (
            "SELECT l.id, l.article_url, a.portal, l.list, l.position, l.title, l.url,"
            " l.canonical_url, l.target_article_url, l.target_portal, l.target_site, l.seen_at,"
            " l.seen_local_date FROM links l JOIN articles a ON a.url = l.article_url"
        ),
        "l.seen_at, l.article_url, l.list, l.position",
    ),
    "tags": (
        (
            "SELECT t.name AS tag, at.article_url, at.position, a.portal, a.site, a.headline,"
            " a.published, a.published_local_date FROM articles_tags at"
            " JOIN tags t ON t.id = at.tags_id JOIN articles a ON a.url = at.article_url"
        ),
        "t.name, a.published_utc, a.url",
    ),
}


def export_sql(
    table: str, where: ArticleFilter, search: str | None = None, raw: bool = False
) -> tuple[str, list[Any]]:
    """The query streaming one exported table: rows of articles matching `where`; for quotes,
    `search` is a full-text query over the quotes themselves (text, speaker, role)."""
    select, order = _EXPORT_SQL[table]
    if table == "quotes":
        conditions, params = _quote_conditions(where, None, search, raw)
    else:
        conditions, params = where.where("a")
    if conditions:
        select += " WHERE " + " AND ".join(conditions)
    return f"{select} ORDER BY {order}", params
