"""A database made by the first schema (migration 1 only) opens and upgrades without losing data."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from sample_articles import metro_umkm
from sqlite_utils import Database

from newsbot.store import Store, StoreError
from newsbot.store.schema import MIGRATIONS


def _first_schema_db(path) -> None:
    """What newsbot's first release wrote: migration 1 tables, rows inserted by plain SQL."""
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="m002_fetched_and_utc")
    article = metro_umkm()
    with db.atomic():
        db.execute(
            "INSERT INTO articles (url, portal, headline, lead, body, published, tags, quotes,"
            " crawled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article.url,
                "suara",
                article.headline,
                article.lead,
                article.body,
                "2022-03-24T11:56:26+07:00",
                json.dumps(article.tags),
                json.dumps(article.quotes),
                "2024-05-01T10:00:00+00:00",
            ],
        )
        db.execute(
            "INSERT INTO links (article_url, list, position, title, url, seen_at)"
            " VALUES (?, 'baca_juga', 0, 'Harga Cabai', 'https://lampung.suara.com/x', ?)",
            [article.url, "2024-05-01T10:00:00+00:00"],
        )
    db.close()


def test_first_schema_has_no_later_tables(tmp_path):
    path = tmp_path / "old.db"
    _first_schema_db(path)
    db = Database(path)
    assert "fetched" not in db.table_names()
    assert "published_utc" not in db["articles"].columns_dict
    assert [m.name for m in MIGRATIONS.applied(db)] == ["m001_initial"]


def test_old_database_upgrades_and_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    _first_schema_db(path)
    url = metro_umkm().url
    with Store(path) as store:
        applied = [m.name for m in MIGRATIONS.applied(store.db)]
        assert applied[:5] == [
            "m001_initial",
            "m002_fetched_and_utc",
            "m003_views",
            "m004_article_changes",
            "m005_i11_article_kind",
        ]
        assert applied == [m.name for m in MIGRATIONS._migrations]
        assert store.count() == 1
        assert store.count("links") == 1
        # backfilled by the upgrade: UTC column, known URLs, views
        row = next(store.db.query("select published_utc from articles"))
        assert row["published_utc"] == "2022-03-24T04:56:26Z"
        local = next(store.db.query("select published_local_date from articles"))
        assert local["published_local_date"] == "2022-03-24"
        link = next(store.db.query("select * from links"))
        assert link["canonical_url"] == "https://lampung.suara.com/x"
        assert link["target_portal"] == "suara"  # the host's family; the article is not stored
        assert link["seen_local_date"] == "2024-05-01"
        assert store.is_known(url)
        since = dt.datetime(2022, 3, 24, tzinfo=dt.UTC)
        assert [a.url for a in store.iter_articles(since=since)] == [url]
        assert store.count("articles_per_portal_day") == 1
        # FTS built by migration 1 still works and follows new writes
        assert [r["url"] for r in store.search("Anies")] == [url]
        assert store.save(metro_umkm(), fetched_url=url + "?amp") == "updated"
        assert store.count() == 1
        assert store.is_known(url + "?amp")


def test_upgrade_is_idempotent(tmp_path):
    path = tmp_path / "old.db"
    _first_schema_db(path)
    Store(path).close()
    with Store(path) as store:
        assert len(MIGRATIONS.applied(store.db)) == len(MIGRATIONS._migrations)
        assert store.count() == 1


def test_failed_migration_rolls_back(tmp_path):
    """A migration that fails leaves the database at the previous version, data intact."""
    path = tmp_path / "old.db"
    _first_schema_db(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE fetched (x)")  # collides with migration 2
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="fetched"):
        Store(path)
    db = Database(path)
    assert [m.name for m in MIGRATIONS.applied(db)] == ["m001_initial"]
    assert "published_utc" not in db["articles"].columns_dict
    assert db["articles"].count == 1


def test_concurrent_first_opens_create_the_schema_once(tmp_path):
    import threading

    path = tmp_path / "new.db"
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            Store(path).close()
        except (StoreError, sqlite3.Error) as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Store(path) as store:
        assert len(MIGRATIONS.applied(store.db)) == len(MIGRATIONS._migrations)


def test_reading_an_old_database_asks_for_an_upgrade_and_changes_nothing(tmp_path):
    path = tmp_path / "old.db"
    _first_schema_db(path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=r"older newsbot schema.*newsbot migrate"):
        Store(path, readonly=True)
    assert path.read_bytes() == before
    assert [m.name for m in MIGRATIONS.applied(Database(path))] == ["m001_initial"]
