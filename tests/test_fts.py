"""Full-text search: correct, ranked, diacritics-insensitive, in sync with every write."""

from __future__ import annotations

import dataclasses

import pytest
from sample_articles import metro_umkm, sample_articles

from newsbot.record import Article
from newsbot.store import FtsQueryError, Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.db") as opened:
        for article in sample_articles():
            opened.save(article)
        yield opened


def urls(results):
    return [r["url"] for r in results]


def test_finds_words_in_headline_lead_and_body(store):
    assert [r["portal"] for r in store.search("Wamena")] == ["antara"]
    assert [r["portal"] for r in store.search("subuh")] == ["kompas"]  # body only
    assert store.search("Tokyo") == []


def test_headline_match_ranks_above_body_mentions(store):
    body_heavy = Article(
        url="https://lampung.suara.com/read/kopi-lampung",
        portal="suara",
        headline="Petani Lampung Panen Raya",
        body="Harga kopi naik. Kopi robusta dan kopi arabika laris. Eksportir kopi senang.",
    )
    store.save(body_heavy)
    results = store.search("kopi")
    assert urls(results)[0] == "https://papua.antaranews.com/berita/2024/03/27/kopi-wamena-ekspor"
    assert body_heavy.url in urls(results)


def test_diacritics_and_case_are_ignored(store):
    store.save(Article(url="https://x.test/kafe", headline="Kafé Baru di Médan", body="Kopi."))
    assert urls(store.search("kafe medan")) == ["https://x.test/kafe"]
    assert urls(store.search("KAFÉ")) == ["https://x.test/kafe"]


def test_snippets_mark_the_hits(store):
    (hit,) = store.search("Tambak")
    assert "\x02Tambak\x03" in hit["snippet"]


def test_index_follows_updates_and_deletes(store):
    article = metro_umkm()
    store.save(dataclasses.replace(article, headline="Durian Montong", lead="", body="Durian."))
    assert urls(store.search("durian")) == [article.url]
    assert store.search("Wahdi") == []
    with store.db.atomic():
        store.db.execute("DELETE FROM articles WHERE url = ?", [article.url])
    assert store.search("durian") == []
    integrity = "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
    with store.db.atomic():
        store.db.execute(integrity)


def test_filters_combine_with_search(store):
    assert [r["portal"] for r in store.search("Anies", portal="suara")] == ["suara"]
    assert store.search("Anies", portal="kompas") == []
    assert len(store.search("Anies OR banjir OR kopi", limit=2, raw=True)) == 2


def test_fts5_operators_and_prefixes_only_when_asked_for(store):
    assert [r["portal"] for r in store.search("ban*", raw=True)] == ["kompas"]
    assert [r["portal"] for r in store.search('"Pasar Terong"', raw=True)] == ["tribun"]
    assert store.search("Pasar NOT Terong", raw=True) == []
    # literally, OR and NOT are words the articles would have to contain
    assert store.search("Anies OR banjir") == []
    assert [r["portal"] for r in store.search("Pasar Terong")] == ["tribun"]


PUNCTUATED = Article(
    url="https://x.test/harga",
    portal="detik",
    headline="Kasus covid-19 naik 12%, harga gula Rp38.000",
    body="Menurut O'Brien, warga Tambak-Lorok mengantre sejak pukul 05.30 WIB.",
)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("covid-19", ["detik"]),
        ("Rp38.000", ["detik"]),
        ("12%", ["detik"]),
        ("O'Brien", ["detik"]),
        ("05.30", ["detik"]),
        ('"Pasar Terong', ["tribun"]),
        ("(gula", ["detik"]),
        ("* gula", ["detik"]),
        ("AND gula", []),  # literally: "and" is not in the article
        ("covid-20", []),
    ],
)
def test_plain_queries_are_literal_and_never_fail(store, query, found):
    store.save(PUNCTUATED)
    assert [r["portal"] for r in store.search(query)] == found
    assert [a.portal for a in store.iter_articles(query=query)] == found


@pytest.mark.parametrize(
    "query", ['"tidak ditutup', "covid-19", "AND banjir", "(banjir", "*", "NEAR(a b, x)"]
)
def test_fts5_syntax_errors_become_one_line_messages(store, query):
    with pytest.raises(FtsQueryError) as info:
        store.search(query, raw=True)
    message = str(info.value)
    assert "\n" not in message
    assert "FTS5" in message
    with pytest.raises(FtsQueryError):
        list(store.iter_articles(query=query, raw=True))


@pytest.mark.parametrize("query", ["*", " - ", ""])
def test_a_query_without_words_is_an_error(store, query):
    with pytest.raises(FtsQueryError, match=r"no words|empty"):
        store.search(query)


def test_index_survives_vacuum(store):
    """The index points at articles' rowids; VACUUM must not renumber them (it does not)."""
    with store.db.atomic():
        store.db.execute("DELETE FROM articles WHERE portal = 'kompas'")
    store.db.execute("VACUUM")
    assert [r["portal"] for r in store.search("Wamena")] == ["antara"]
    assert [r["portal"] for r in store.search("Terong")] == ["tribun"]
