"""What SQLite does for each statement of a save: no statement may read a table whose size grows
with the database (the cost of a save must not grow with the number of articles stored)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sample_articles import sample_articles

from newsbot.store import Store

_NOT_STATEMENTS = ("--", "BEGIN", "COMMIT", "SAVEPOINT", "RELEASE", "ROLLBACK", "PRAGMA")


def plans_of_saves(tmp_path: Path) -> dict[str, list[str]]:
    """Each statement saving new, copied and changed articles ran, with its query plan (a
    trigger's statements are traced as comments: their plans are in the statement's)."""
    statements: list[str] = []
    with Store(tmp_path / "news.db") as store:
        articles = sample_articles()
        for article in articles:
            store.save(article)
        store.db.conn.set_trace_callback(statements.append)
        for article in articles:
            copy = dataclasses.replace(article, url=article.url + "-copy")
            store.save(copy, fetched_url=article.url + "?amp")
            store.save(dataclasses.replace(article, headline=article.headline + " (diperbarui)"))
        store.db.conn.set_trace_callback(None)
        return {
            sql: [row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()]
            for sql in statements
            if not sql.lstrip().upper().startswith(_NOT_STATEMENTS)
        }


def test_no_statement_of_a_save_scans_a_table(tmp_path: Path) -> None:
    plans = plans_of_saves(tmp_path)
    assert plans
    scans = {
        sql[:120]: step
        for sql, steps in plans.items()
        for step in steps
        # a subquery's or FTS5's own rows are no table scan
        if step.startswith("SCAN") and "VIRTUAL TABLE" not in step
        and not step.startswith(("SCAN (subquery", "SCAN c"))
    }  # fmt: skip
    assert scans == {}


def test_resolving_links_looks_them_up_by_url_not_by_missing_target(tmp_path: Path) -> None:
    """`target_article_url IS NULL` holds for nearly every link: by that index the update read
    the whole links table at every save (8.8 ms a save at 2,000 articles, growing)."""
    updates = {sql: steps for sql, steps in plans_of_saves(tmp_path).items()
               if sql.startswith("UPDATE links")}  # fmt: skip
    assert updates
    for steps in updates.values():
        assert any("idx_links_canonical" in step for step in steps), steps
