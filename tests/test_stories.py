"""Stories: versions of one news story linked on store, kept current on re-crawl and deletion.

Texts come from benchmarks/data/stories (written by the project for the stories benchmark).
"""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from newsbot.cli import cli
from newsbot.record import Article
from newsbot.store import Store
from newsbot.store import stories as st
from newsbot.store.schema import MIGRATIONS

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_stories", ROOT / "benchmarks/stories.py")
assert _spec
assert _spec.loader
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_stories"] = bench  # dataclasses look their module up
_spec.loader.exec_module(bench)
ANNOTATED, PAIRS = bench.load()
SEEN = "2026-12-05T00:00:00+00:00"


def article(key: str, **changes: object) -> Article:
    art = ANNOTATED[key].article()
    for name, value in changes.items():
        setattr(art, name, value)
    return art


def story_of(store: Store, key_or_url: str) -> int | None:
    url = ANNOTATED[key_or_url].article().url if key_or_url in ANNOTATED else key_or_url
    found = store.db.execute(
        "SELECT story_id FROM story_members WHERE article_url = ?", [url]
    ).fetchone()
    return found[0] if found else None


def members(store: Store, story_id: int) -> list[tuple[str, float]]:
    """(url, similarity) of a story's members, earliest first."""
    detail = st.story_detail(store.db, story_id)
    assert detail is not None
    return [(m["url"], m["similarity"]) for m in detail["members"]]


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "news.db") as s:
        yield s


KAPAL = [
    "kapal-pasaran/detik",
    "kapal-pasaran/suara",
    "kapal-pasaran/tribun",
    "kapal-pasaran/kompas",
]


def test_copies_and_rewrites_join_one_story_other_events_do_not(store: Store) -> None:
    for key in [*KAPAL, "kapal-kalianda/kompas"]:
        store.save(article(key), seen_at=SEEN)
    story = story_of(store, KAPAL[0])
    assert story is not None
    assert {story_of(store, key) for key in KAPAL} == {story}
    assert story_of(store, "kapal-kalianda/kompas") != story
    versions = members(store, story)
    assert [url for url, _ in versions] == [article(k).url for k in KAPAL]  # by publication time
    assert versions[0][1] == 1.0
    assert versions[1][1] > 0.95  # the republished copy
    assert 0.2 < versions[3][1] < versions[2][1] < 0.95  # the heavy rewrite is furthest


def test_a_story_copied_many_times_links_the_next_copy_with_bounded_work(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wire report on hundreds of sites: each new copy is compared with the story's newest
    members only, not with every copy stored before it, and found though more copies share its
    band keys than the look-up reads of each (CANDIDATES_PER_KEY)."""
    copies = max(st.MEMBERS_COMPARED, st.CANDIDATES_PER_KEY) + 8
    base = article(KAPAL[0])
    for n in range(copies):
        store.save(article(KAPAL[0], url=f"{base.url}-copy{n}"), seen_at=SEEN)
    compared: list[int] = []
    real = st.similarity

    def counted(*args: object, **kwargs: object) -> object:
        compared.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(st, "similarity", counted)
    store.save(article(KAPAL[1]), seen_at=SEEN)
    story = story_of(store, f"{base.url}-copy0")
    assert story is not None
    assert story_of(store, KAPAL[1]) == story
    assert len(members(store, story)) == copies + 1
    assert 0 < len(compared) <= st.MEMBERS_COMPARED + 1  # + the first member, for its similarity


def test_a_word_for_word_copy_joins_its_twins_story_without_the_index(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = article(KAPAL[0])
    store.save(base, seen_at=SEEN)
    store.save(article(KAPAL[1]), seen_at=SEEN)

    def unwanted(*args: object) -> None:
        raise AssertionError("an identical body needs no look-up of the index")

    monkeypatch.setattr(st.StoryLinker, "_best_story", unwanted)
    store.save(article(KAPAL[0], url=f"{base.url}-salinan"), seen_at=SEEN)
    story = story_of(store, KAPAL[0])
    assert story_of(store, f"{base.url}-salinan") == story
    assert len(members(store, story)) == 3
    # A copy published outside the linking window is another story, word for word or not.
    monkeypatch.undo()
    later = article(KAPAL[0], url=f"{base.url}-tahun-depan", published="2027-01-15T10:00:00+07:00")
    store.save(later, seen_at=SEEN)
    assert story_of(store, later.url) not in (None, story)


def test_template_reports_with_other_figures_stay_apart(store: Store) -> None:
    for key in ["emas-0302/suara", "emas-0402/suara", "emas-0302/tribun", "sim-0312/tribun"]:
        store.save(article(key), seen_at=SEEN)
    assert story_of(store, "emas-0302/suara") == story_of(store, "emas-0302/tribun")
    assert story_of(store, "emas-0302/suara") != story_of(store, "emas-0402/suara")


def test_pairwise_rule_on_the_annotated_pairs() -> None:
    sigs = {key: st.signature(a.body) for key, a in ANNOTATED.items()}
    said = [(same, st.same_story(*st.similarity(sigs[a], sigs[b]))) for same, a, b, _ in PAIRS]
    precision, recall, *_ = bench.scores(said)
    assert len(PAIRS) >= 60
    assert precision >= 0.95
    assert recall >= 0.9


def test_signatures_are_datasketch_minhashes() -> None:
    """The sketches computed in place are the numbers datasketch's MinHash gives (persisted
    signatures and band keys of existing databases must not change)."""
    import numpy as np
    from datasketch import MinHash

    def minhash(hashfunc: object, values: list) -> np.ndarray:
        m = MinHash(
            num_perm=st.NUM_PERM,
            seed=1,
            hashfunc=hashfunc,
            permutations=st._PERMUTATIONS,
            scheme="affine32",
        )
        m.update_batch(values)
        return m.hashvalues

    for body in [*(a.article().body for a in ANNOTATED.values()), "", "Jakarta"]:
        sig = st.signature(body)
        words = {w.encode("utf-8") for w in st.words_of(body)}
        expected = (minhash(st._HASH, sorted(words)) & 0xFFFF).astype(np.uint16)
        assert sig.words.dtype == np.uint16
        assert np.array_equal(sig.words, expected)
        bands = minhash(int, sorted(sig.facts))[: st.BANDS * st.ROWS].astype(np.uint64)
        with np.errstate(over="ignore"):
            mixed = (bands.reshape(st.BANDS, st.ROWS) * st._BAND_MIX).sum(
                axis=1, dtype=np.uint64
            ) ^ st._BAND_SALT
        assert sig.band_keys() == (mixed >> np.uint64(1)).astype(np.int64).tolist()


def test_an_earlier_version_stored_later_becomes_the_first(store: Store) -> None:
    for key in reversed(KAPAL):
        store.save(article(key), seen_at=SEEN)
    story = story_of(store, KAPAL[0])
    versions = members(store, story)
    assert versions[0] == (article(KAPAL[0]).url, 1.0)
    first_article = store.db.execute(
        "SELECT first_article, members FROM stories WHERE id = ?", [story]
    ).fetchone()
    assert first_article == (article(KAPAL[0]).url, 4)


def test_recrawl_keeps_the_membership_and_a_changed_body_is_linked_again(store: Store) -> None:
    for key in KAPAL:
        store.save(article(key), seen_at=SEEN)
    story = story_of(store, KAPAL[0])
    rows_before = store.count("story_lsh")
    assert store.save(article(KAPAL[1]), seen_at="2026-12-06T00:00:00+00:00") == "unchanged"
    assert store.save(article(KAPAL[2], headline="Judul Baru"), seen_at=SEEN) == "updated"
    assert story_of(store, KAPAL[2]) == story
    assert store.count("story_lsh") == rows_before
    # The copy's page now carries another story: it leaves the first one and starts its own.
    other = ANNOTATED["kebakaran-rumah/detik"].body
    assert store.save(article(KAPAL[1], body=other), seen_at=SEEN) == "updated"
    assert story_of(store, KAPAL[1]) != story
    assert len(members(store, story)) == 3
    assert store.count("story_members") == 4
    assert store.count("story_signatures") == 4


def test_delete_refreshes_the_story_and_drops_empty_ones(store: Store) -> None:
    for key in [*KAPAL[:3], "kapal-kalianda/kompas"]:
        store.save(article(key), seen_at=SEEN)
    story = story_of(store, KAPAL[0])
    lone = story_of(store, "kapal-kalianda/kompas")
    assert store.delete(article(KAPAL[0]).url)
    assert not store.delete(article(KAPAL[0]).url)
    versions = members(store, story)
    assert [url for url, _ in versions] == [article(k).url for k in KAPAL[1:3]]
    assert versions[0][1] == 1.0
    assert store.delete(article("kapal-kalianda/kompas").url)
    assert store.db.execute("SELECT count(*) FROM stories WHERE id = ?", [lone]).fetchone() == (0,)
    keys = st.signature(ANNOTATED["kapal-kalianda/kompas"].body).band_keys()
    marks = ", ".join("?" for _ in keys)
    left = store.db.execute(f"SELECT count(*) FROM story_lsh WHERE key IN ({marks})", keys)
    assert left.fetchone() == (0,)


def test_delete_by_plain_sql_is_caught_up_on_the_next_write(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with Store(path) as store:
        for key in KAPAL[:3]:
            store.save(article(key), seen_at=SEEN)
        story = story_of(store, KAPAL[0])
    with sqlite3.connect(path) as conn:  # another client, foreign keys off
        conn.execute("DELETE FROM articles WHERE url = ?", [article(KAPAL[0]).url])
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM story_members").fetchone() == (2,)
        assert conn.execute("SELECT stale FROM stories WHERE id = ?", [story]).fetchone() == (1,)
        overview = conn.execute(
            "SELECT members, first_url FROM stories_overview WHERE story_id = ?", [story]
        ).fetchone()
        assert overview == (2, article(KAPAL[1]).url)  # the view is right at once
    with Store(path) as store:
        store.save(article("kapal-kalianda/kompas"), seen_at=SEEN)
        assert members(store, story)[0] == (article(KAPAL[1]).url, 1.0)
        stale = store.db.execute("SELECT stale FROM stories WHERE id = ?", [story]).fetchone()
        assert stale == (0,)


def test_index_survives_a_restart_without_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "news.db"
    with Store(path) as store:
        store.save(article("gempa-lambar/antara"), seen_at=SEEN)
        rows = store.count("story_lsh")
    with Store(path) as store:
        assert store.count("story_lsh") == rows
        store.save(article("gempa-lambar/kompas"), seen_at=SEEN)
        assert story_of(store, "gempa-lambar/kompas") == story_of(store, "gempa-lambar/antara")
        assert store.count("story_lsh") == 2 * rows


def test_versions_far_apart_in_time_are_other_stories(store: Store) -> None:
    store.save(article("olimpiade/suara"), seen_at=SEEN)
    later = article("olimpiade/tribun", published="2027-01-15T10:00:00+07:00")
    store.save(later, seen_at=SEEN)
    assert story_of(store, "olimpiade/suara") != story_of(store, later.url)


def test_articles_without_body_or_facts_are_handled(store: Store) -> None:
    store.save(Article(url="https://x.example.id/a", headline="Tanpa isi", body=""), seen_at=SEEN)
    store.save(
        Article(url="https://x.example.id/b", headline="Huruf kecil", body="hanya kata biasa."),
        seen_at=SEEN,
    )
    assert story_of(store, "https://x.example.id/a") is None
    assert story_of(store, "https://x.example.id/b") is not None


def test_migration_links_the_articles_of_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="m006_i15_stories")
    for key in KAPAL[:2]:
        art = article(key)
        db.execute(
            "INSERT INTO articles (url, portal, headline, body, published, published_utc,"
            " first_seen) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [art.url, art.portal, art.headline, art.body, art.published, "", SEEN],
        )
    db.conn.commit()
    db.close()
    with Store(path) as store:
        assert "m006_i15_stories" in {m.name for m in MIGRATIONS.applied(store.db)}
        assert story_of(store, KAPAL[0]) == story_of(store, KAPAL[1]) is not None
        assert store.count("stories_overview") == 1


def test_index_of_the_first_layout_is_rekeyed_by_week(tmp_path: Path) -> None:
    """A database whose m006 ran before m007 existed: index rows keyed (key, day) move to
    (week, key); nothing is linked twice."""
    path = tmp_path / "m006.db"
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="m010_i15_story_lsh_by_week")
    db.execute(
        "INSERT INTO story_signatures (id, article_url, day, words, facts) VALUES (1, 'u', 20425, x'', x'')"
    )
    db.execute("INSERT INTO story_lsh (key, day, signature_id) VALUES (42, 20425, 1)")
    db.conn.commit()
    db.close()
    with Store(path) as store:
        rows = store.db.execute("SELECT week, key, signature_id FROM story_lsh").fetchall()
        assert rows == [(20425 // 7, 42, 1)]
        assert store.count("story_backlog") == 0


def test_word_diff() -> None:
    diff = st.word_diff("a b c d e", "a b x d e f", "Judul", "Judul lain")
    assert diff["headline_changed"]
    assert diff["added"] == ["x", "f"]
    assert diff["cut"] == ["c"]
    assert (diff["words_kept"], diff["words_added"], diff["words_cut"]) == (4, 2, 1)


# -- the commands ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stories") / "news.db"
    with Store(path) as store:
        for key in [*KAPAL, "kapal-kalianda/kompas", "gempa-lambar/antara", "gempa-lambar/detik"]:
            store.save(article(key), seen_at=SEEN)
    return path


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_stories_command_lists_multi_version_stories(db: Path) -> None:
    rows = json.loads(invoke("stories", "--db", str(db), "--json"))
    assert [(r["first_portal"], r["members"], r["portals"]) for r in rows] == [
        ("antara", 2, "antara, detik"),
        ("detik", 4, "detik, suara, tribun, kompas"),
    ]
    kapal = rows[1]
    assert [(r["portal"], r["minutes"]) for r in kapal["republications"]] == [
        ("suara", 85),
        ("tribun", 110),
        ("kompas", 215),
    ]
    assert kapal["minutes_to_last"] == 215
    text = invoke("stories", "--db", str(db))
    assert "tribun +1h50" in text


def test_listing_gives_the_rows_of_the_view(db: Path) -> None:
    database = Database(db)
    listed = st.list_stories(database, min_members=1, limit=100)
    view = [dict(r) for r in database.query("SELECT * FROM stories_overview")]
    for row in view:
        row["republications"] = json.loads(row["republications"])
    key = lambda row: row["story_id"]
    assert sorted(listed, key=key) == sorted(view, key=key)
    assert len(view) == 3


def test_stories_command_filters(db: Path) -> None:
    def ids(*args: str) -> list[str]:
        return [
            r["first_portal"]
            for r in json.loads(invoke("stories", "--db", str(db), "--json", *args))
        ]

    assert ids("--portal", "kompas") == ["detik"]
    assert ids("--min-portals", "3") == ["detik"]
    assert ids("--since", "2026-12-01") == ["antara"]
    assert ids("--since", "2027-01-01") == []
    assert "No stories" in invoke("stories", "--db", str(db), "--since", "2027-01-01")


def test_story_command_shows_versions_with_diffs(db: Path) -> None:
    rows = json.loads(invoke("stories", "--db", str(db), "--json", "--portal", "kompas"))
    story_id = str(rows[0]["story_id"])
    story = json.loads(invoke("story", story_id, "--db", str(db), "--json"))
    first, copy, light, heavy = story["members"]
    assert story["portals"] == ["detik", "suara", "tribun", "kompas"]
    assert first["minutes_after_first"] == 0
    assert not first["diff"]["headline_changed"]
    assert copy["diff"]["words_added"] == copy["diff"]["words_cut"] == 0
    assert light["diff"]["headline_changed"]
    assert light["diff"]["words_cut"] > light["diff"]["words_added"]  # a paragraph was cut
    assert heavy["diff"]["words_kept"] < light["diff"]["words_kept"]
    text = invoke("story", story_id, "--db", str(db))
    assert "4 versions on detik, suara, tribun, kompas" in text
    assert "headline: unchanged" in text
    result = CliRunner().invoke(cli, ["story", "999", "--db", str(db)])
    assert result.exit_code == 1
    assert "no story 999" in result.output


def test_datasette_canned_queries_run(db: Path) -> None:
    metadata = json.loads((ROOT / "newsbot/datasette/metadata.json").read_text(encoding="utf-8"))
    queries = metadata["databases"]["newsbot"]["queries"]
    with sqlite3.connect(db) as conn:
        rows = conn.execute(queries["stories"]["sql"]).fetchall()
        assert len(rows) == 2
        versions = conn.execute(queries["story_versions"]["sql"], {"story": rows[1][0]})
        assert len(versions.fetchall()) == 4
