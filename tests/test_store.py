"""The SQLite store: upserts without duplicates, dated link observations, exact read-back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from sample_articles import filled_store, metro_umkm, sample_articles

from newsbot.store import Store, StoreError


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.db") as opened:
        yield opened


def test_saved_article_reads_back_exactly(store):
    article = metro_umkm()
    assert store.save(article) == "inserted"
    assert list(store.iter_articles()) == [article]
    assert store.get(article.url) == article


def test_resave_is_unchanged_and_never_duplicates(store):
    article = metro_umkm()
    store.save(article, seen_at="2024-05-01T10:00:00+00:00")
    assert store.save(article, seen_at="2024-05-01T10:00:00+00:00") == "unchanged"
    assert store.count() == 1
    assert store.count("quotes") == 2
    assert store.count("articles_tags") == 3


def test_changed_article_is_updated_in_place_with_new_quotes_and_tags(store):
    article = metro_umkm()
    store.save(article)
    changed = dataclasses.replace(
        article, headline="Judul Baru", quotes=article.quotes[:1], tags=["UMKM", "Lampung"]
    )
    assert store.save(changed) == "updated"
    assert store.count() == 1
    assert store.get(article.url).headline == "Judul Baru"
    speakers = [r["speaker"] for r in store.db.query("select speaker from quotes")]
    assert speakers == ["Wahdi Siradjudin"]
    tags = {
        r["name"]
        for r in store.db.query(
            "select t.name from articles_tags at join tags t on t.id = at.tags_id"
        )
    }
    assert tags == {"UMKM", "Lampung"}


def test_recrawl_adds_dated_link_observations(store):
    article = metro_umkm()
    store.save(article, seen_at="2024-05-01T10:00:00+00:00")
    store.save(article, seen_at="2024-05-01T10:00:00+00:00")
    assert store.count("links") == 3
    store.save(article, seen_at="2024-05-02T10:00:00+00:00")
    assert store.count("links") == 6
    days = [
        r["seen_at"][:10]
        for r in store.db.query(
            "select seen_at from links where list = 'baca_juga' and position = 0 order by seen_at"
        )
    ]
    assert days == ["2024-05-01", "2024-05-02"]


def test_fetched_url_is_known(store):
    article = metro_umkm()
    amp = article.url + "?amp=1"
    store.save(article, fetched_url=amp)
    assert store.is_known(amp)
    assert store.is_known(article.url)
    assert not store.is_known("https://lampung.suara.com/read/lain")
    assert store.known([amp, "https://x.test/a", article.url]) == {amp, article.url}
    assert store.get(amp).url == article.url


def test_save_many_counts_each_outcome(store):
    articles = sample_articles()
    first = store.save_many((a, a.url, "2024-05-01T10:00:00Z") for a in articles)
    assert first == {"inserted": 4, "updated": 0, "unchanged": 0}
    edited = dataclasses.replace(articles[0], body="Isi baru.")
    again = store.save_many([(edited, "", ""), (articles[1], "", "")])
    assert again == {"inserted": 0, "updated": 1, "unchanged": 1}


def test_a_failing_article_costs_only_itself(store):
    """A batch with one bad record is saved again article by article (issue 12, finding 1)."""
    articles = sample_articles()
    broken = dataclasses.replace(articles[1], url="")
    counts = store.save_many([(articles[0], "", ""), (broken, "https://x.test/b", "")])
    assert counts == {"inserted": 1, "updated": 0, "unchanged": 0, "failed": 1}
    assert store.count() == 1
    [failure] = store.failures()
    assert (failure["url"], failure["stage"], failure["reason"]) == (
        "https://x.test/b",
        "store",
        "value_error",
    )
    with pytest.raises(ValueError, match="without a url"):
        store.save(broken)


def test_a_lone_surrogate_costs_only_its_article_and_later_batches_are_stored(store):
    """Issue 12, finding 1: one headline with a lone surrogate failed its batch and every later
    one (350 of 500 stored, exit 0). Here the record skips extraction's clean-up on purpose."""
    articles = sample_articles()
    bad = dataclasses.replace(articles[1], headline="Judul \ud800 rusak")
    counts = store.save_many([(articles[0], "", ""), (bad, "", ""), (articles[2], "", "")])
    assert counts == {"inserted": 2, "updated": 0, "unchanged": 0, "failed": 1}
    later = store.save_many([(articles[3], "", "")])
    assert later == {"inserted": 1, "updated": 0, "unchanged": 0}
    assert store.count() == 3
    [failure] = store.failures()
    assert (failure["url"], failure["stage"], failure["reason"]) == (
        bad.url,
        "store",
        "unicode_encode_error",
    )
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_date_filters_compare_across_time_zones(store):
    for article in sample_articles():
        store.save(article)
    wib = dt.timezone(dt.timedelta(hours=7))
    # 06:00 WIB is 23:00 UTC; 06:30 WITA and 07:30 WIT are both 22:30 UTC, i.e. earlier.
    since = dt.datetime(2024, 3, 27, 6, 0, tzinfo=wib)
    assert [a.portal for a in store.iter_articles(since=since)] == ["kompas"]
    until = dt.datetime(2024, 3, 27, 6, 0, tzinfo=wib)
    assert {a.portal for a in store.iter_articles(until=until)} == {"suara", "tribun", "antara"}
    assert [a.portal for a in store.iter_articles(portal="antara")] == ["antara"]
    assert [a.portal for a in store.iter_articles(query="banjir")] == ["kompas"]


def test_crawl_runs_are_recorded(tmp_path):
    with Store(filled_store(tmp_path / "news.db")) as store:
        run = store.runs()[0]
        assert run["target"] == "suara-lampung"
        assert run["options"] == {"max_articles": 10}
        assert run["counts"] == {"saved": 4}
        assert run["warnings"] == ["slow portal"]
        assert run["finished_at"]
        assert store.runs(target="kompas") == []


def test_schema_has_wal_foreign_keys_and_indexes(tmp_path):
    path = filled_store(tmp_path / "news.db")
    with Store(path) as store:
        assert store.db.journal_mode == "wal"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.db["quotes"].foreign_keys[0].other_table == "articles"
        indexed = {tuple(i.columns) for t in ("articles", "quotes") for i in store.db[t].indexes}
        assert {("portal",), ("published",), ("speaker",)} <= indexed
        with pytest.raises(sqlite3.IntegrityError):
            store.db.execute("INSERT INTO quotes (article_url, position) VALUES ('nope', 0)")


def test_views_answer_common_questions(tmp_path):
    with Store(filled_store(tmp_path / "news.db")) as store:
        per_day = {
            (r["portal"], r["published_local_date"]): r["articles"]
            for r in store.db.query("select * from articles_per_portal_day")
        }
        assert per_day[("tribun", "2024-03-27")] == 1
        quotes = list(
            store.db.query(
                "select * from quotes_with_article where speaker = 'Anies Baswedan' order by published"
            )
        )
        assert [q["portal"] for q in quotes] == ["suara", "antara"]
        promoted = list(store.db.query("select * from links_promoted_per_day"))
        assert promoted[0]["seen_local_date"] == "2024-05-01"
        assert {p["canonical_url"] for p in promoted} >= {metro_umkm().url}


def test_not_a_database_is_a_clear_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("bukan database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open"):
        Store(bogus)
    assert bogus.read_text(encoding="utf-8").startswith("bukan database")


def test_count_rejects_unknown_tables(store):
    with pytest.raises(ValueError, match="no table"):
        store.count("articles; drop table articles")
