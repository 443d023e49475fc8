"""Read-only questions the CLI, the notebook and the docs share (one SQL text per question)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

# Field -> SQL that is true when an article has it (JSON columns hold "[]"/"{}" when empty).
FIELD_PRESENT = {
    "headline": "headline != ''",
    "published": "published != ''",
    "body": "body != ''",
    "lead": "lead != ''",
    "authors": "authors NOT IN ('', '[]')",
    "section": "section != ''",
    "dateline": "dateline IS NOT NULL AND dateline NOT IN ('', 'null')",
    "quotes": "quotes NOT IN ('', '[]')",
    "tags": "tags NOT IN ('', '[]')",
    "lists": "lists NOT IN ('', '{}')",
    "images": "images NOT IN ('', '[]')",
}


def _rows(db: Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def portal_stats(db: Database) -> list[dict[str, Any]]:
    """Per portal: article count, first/last published, last crawl, share (0..1) of each field."""
    shares = ", ".join(
        f"avg(CASE WHEN {sql} THEN 1.0 ELSE 0 END) AS [{name}]"
        for name, sql in FIELD_PRESENT.items()
    )
    rows = _rows(
        db,
        "SELECT portal, count(*) AS articles,"
        " min(nullif(published, '')) AS first_published,"
        " max(nullif(published, '')) AS last_published,"
        " max(nullif(last_seen, '')) AS last_crawl,"
        f" {shares} FROM articles GROUP BY portal ORDER BY articles DESC, portal",
    )
    for row in rows:
        row["fields"] = {name: round(row.pop(name) or 0.0, 3) for name in FIELD_PRESENT}
    return rows


def quotes(
    db: Database,
    *,
    speaker: str | None = None,
    portal: str | None = None,
    since_utc: str | None = None,
    until_utc: str | None = None,
    kind: str | None = None,
    limit: int = 20,
) -> list[dict[str, Any]]:
    """Quotes newest first with their article; `speaker` matches part of the name, any case;
    `kind` is "direct" or "indirect"."""
    where, params = ["1 = 1"], []
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    if speaker:
        where.append("q.speaker LIKE ? ESCAPE '\\'")
        params.append(
            "%" + speaker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        )
    if portal:
        where.append("a.portal = ?")
        params.append(portal)
    if since_utc:
        where.append("a.published_utc >= ?")
        params.append(since_utc)
    if until_utc:
        where.append("a.published_utc != '' AND a.published_utc < ?")
        params.append(until_utc)
    return _rows(
        db,
        "SELECT q.speaker, q.speaker_role, q.text, q.kind, a.headline, a.published, a.portal,"
        " a.url FROM quotes q JOIN articles a ON a.url = q.article_url"
        f" WHERE {' AND '.join(where)} ORDER BY a.published_utc DESC, a.url, q.position LIMIT ?",
        [*params, limit],
    )


def top_speakers(db: Database, limit: int = 20, portal: str | None = None) -> list[dict[str, Any]]:
    """Speakers by number of quotes, with how many articles and portals quote them."""
    where, params = ("WHERE q.speaker != ''", [])
    if portal:
        where += " AND a.portal = ?"
        params.append(portal)
    return _rows(
        db,
        "SELECT q.speaker, count(*) AS quotes, count(DISTINCT q.article_url) AS articles,"
        " count(DISTINCT a.portal) AS portals, max(a.published) AS last_quoted"
        f" FROM quotes q JOIN articles a ON a.url = q.article_url {where}"
        " GROUP BY q.speaker ORDER BY quotes DESC, articles DESC, q.speaker LIMIT ?",
        [*params, limit],
    )
