"""Write windows (Store.save_held, the store pipeline): many articles in one COMMIT, each one
whole or not at all, the same rows as a commit per article, and nothing held lost at a clean end."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from mirror import last_run, scrapy_crawl
from sample_articles import sample_articles

from newsbot.demo.server import SITE_DIR, SiteServer
from newsbot.record import Article
from newsbot.store import Store

# Some sample articles have no crawl time: the save would stamp the clock, which a second can change.
SEEN = "2024-05-01T10:00:00+00:00"
_TABLES = ("articles", "quotes", "tags", "articles_tags", "links", "fetched", "story_members")


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables a save writes, in a stable order."""
    with sqlite3.connect(db) as conn:
        return {
            table: sorted(conn.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr)
            for table in _TABLES
        }


def stored(db: Path) -> int:
    """Articles another connection sees (what is committed)."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def broken_after_tags(article: Article) -> Article:
    """An article whose save fails late (its list entries cannot be bound), after its tags."""
    return dataclasses.replace(
        article,
        url=article.url + "-rusak",
        tags=["Tag Baru Sekali"],
        lists={"baca_juga": [{"title": {"not": "text"}, "url": "https://contoh.id/x"}]},
    )


def test_a_window_stores_the_same_rows_as_a_commit_per_article(tmp_path: Path) -> None:
    articles = sample_articles()
    with Store(tmp_path / "each.db") as store:
        for article in articles:
            store.save(article, fetched_url=article.url + "?amp", seen_at=SEEN)
    with Store(tmp_path / "held.db") as store:
        for article in articles:
            store.save_held(article, fetched_url=article.url + "?amp", seen_at=SEEN)
        assert store.held == len(articles)
        assert stored(tmp_path / "held.db") == 0  # nothing is visible before the COMMIT
        results = store.commit_held()
        assert [(saving.article, error) for saving, error in results] == [
            (article, None) for article in articles
        ]
        assert store.held == 0
        assert stored(tmp_path / "held.db") == len(articles)
        assert list(store.iter_articles()) == list(Store(tmp_path / "each.db").iter_articles())
    assert dump(tmp_path / "held.db") == dump(tmp_path / "each.db")


def test_an_article_that_fails_in_a_window_costs_only_itself(tmp_path: Path) -> None:
    first, second, *_ = sample_articles()
    broken = broken_after_tags(first)
    after = dataclasses.replace(second, tags=["Tag Baru Sekali"])
    with Store(tmp_path / "news.db") as store:
        store.save_held(first)
        with pytest.raises(sqlite3.Error):
            store.save_held(broken)
        # The failed article's tag went with its savepoint: the next one must not use its id.
        store.save_held(after)
        assert [error for _, error in store.commit_held()] == [None, None]
        assert {a.url for a in store.iter_articles()} == {first.url, after.url}
        assert store.get(after.url) == after
        tags = store.db.execute(
            "SELECT t.name FROM articles_tags at JOIN tags t ON t.id = at.tags_id"
            " WHERE at.article_url = ?",
            [after.url],
        ).fetchall()
        assert tags == [("Tag Baru Sekali",)]


def test_a_failed_commit_saves_each_article_again_on_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = sample_articles()
    with Store(tmp_path / "news.db") as store:
        for article in articles:
            store.save_held(article)
        execute = store.db.execute
        failed: list[str] = []

        def commit_fails_once(sql: str, *args: Any) -> Any:
            if sql == "COMMIT" and not failed:
                failed.append(sql)
                raise sqlite3.OperationalError("disk I/O error")
            return execute(sql, *args)

        monkeypatch.setattr(store.db, "execute", commit_fails_once)
        results = store.commit_held()
        assert failed
        assert [error for _, error in results] == [None] * len(articles)
        assert store.count() == len(articles)
    assert stored(tmp_path / "news.db") == len(articles)


def test_closing_the_store_commits_the_open_window(tmp_path: Path) -> None:
    articles = sample_articles()
    store = Store(tmp_path / "news.db")
    for article in articles:
        store.save_held(article)
    store.close()
    assert stored(tmp_path / "news.db") == len(articles)


@pytest.mark.parametrize(
    "window",
    [
        {"NEWSBOT_COMMIT_SECONDS": "0"},  # a commit per article
        # no window ever full: only the timer and the spider's closing commit
        {"NEWSBOT_COMMIT_SECONDS": "0.2", "NEWSBOT_COMMIT_ARTICLES": "100000"},
    ],
    ids=["per-article", "timer-only"],
)
def test_a_crawl_stores_every_article_whatever_its_window(
    tmp_path: Path, window: dict[str, str]
) -> None:
    expected = json.loads((SITE_DIR / "expected.json").read_text(encoding="utf-8"))
    db = tmp_path / "demo.db"
    with SiteServer(SITE_DIR) as site:
        result = scrapy_crawl(site.url + "/", db, settings=window)
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        pages = dict(conn.execute("SELECT url, pages FROM articles"))
    assert pages == {record["url"]: record["pages"] for record in expected}
    run = last_run(db)
    assert run["status"] == "finished"
    assert run["counts"]["stored"] == len(expected)
    assert run["counts"]["failed"] == 0


def test_two_stores_of_one_file_in_one_thread_never_wait_for_each_other(tmp_path: Path) -> None:
    """Two crawls in one reactor (`crawl --all`) each have a Store of the same file: a write of
    one while the other holds a window would wait for a lock only this thread can release."""
    first, second, third, *_ = sample_articles()
    a, b = Store(tmp_path / "news.db"), Store(tmp_path / "news.db")
    try:
        a.save_held(first)
        b.save_held(second)  # commits a's window first
        assert stored(tmp_path / "news.db") == 1
        assert a.held == 1  # its outcome waits for a's owner
        assert a.held_seconds == float("inf")  # due at once
        b.record_failure("https://contoh.id/x", "fetch", "timeout")  # in b's window
        a.save_held(third)  # commits b's window first
        assert [(s.article.url, e) for s, e in b.commit_held()] == [(second.url, None)]
        assert [(s.article.url, e) for s, e in a.commit_held()] == [
            (first.url, None),
            (third.url, None),
        ]
    finally:
        a.close()
        b.close()
    assert stored(tmp_path / "news.db") == 3
