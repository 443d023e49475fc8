"""`newsbot search`: literal queries that never fail, FTS5 syntax behind --fts, ranked results
with highlighted snippets, portal filters by any name, and "no match" naming the filters."""

from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner
from sample_articles import demo_db, filled_store, sample_articles

from newsbot.cli import cli
from newsbot.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = filled_store(tmp_path_factory.mktemp("search") / "news.db")
    kompas = next(a for a in sample_articles() if a.portal == "kompas")
    with Store(path) as store:  # words with punctuation, as news prints them
        store.save(
            dataclasses.replace(
                kompas,
                url="https://www.suara.com/news/2024/03/28/101010/covid-19-harga-gula",
                portal="suara",
                site="www.suara.com",
                headline="Kasus covid-19 naik 12%, harga gula Rp38.000 per kilo",
                body="Menurut O'Brien, antrean di Tambak-Lorok mulai pukul 05.30 WIB.",
                paragraphs=["Menurut O'Brien, antrean di Tambak-Lorok mulai pukul 05.30 WIB."],
                quotes=[],
                tags=[],
                lists={},
            )
        )
    return path


def run(db, *args: str):
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["search", "--db", str(db), *args])


def headlines(result) -> list[str]:
    return [line for line in result.stdout.splitlines() if line[:2] in {"1.", "2.", "3.", "4."}]


def test_results_show_headline_source_time_with_zone_and_snippet(db):
    result = run(db, "Tambak Lorok")
    assert result.exit_code == 0, result.output
    assert "Banjir Rob Rendam Ribuan Rumah di Semarang" in result.stdout
    assert "kompas · 2024-03-27 06:00 WIB" in result.stdout
    assert "subuh" in result.stdout  # the snippet around the hit
    assert "\x02" not in result.stdout  # markers became styling


@pytest.mark.parametrize("query", ["covid-19", "Rp38.000", "12%", "O'Brien", "05.30", "* gula"])
def test_words_with_punctuation_just_work(db, query):
    result = run(db, query)
    assert result.exit_code == 0, result.output
    assert "Kasus covid-19 naik 12%" in result.stdout


def test_plain_query_is_literal_and_fts_syntax_needs_the_flag(db):
    assert headlines(run(db, "kopi OR banjir")) == []  # "or" is just a word here
    ranked = run(db, "--fts", "kopi OR banjir OR UMKM", "--limit", "2")
    assert ranked.exit_code == 0, ranked.output
    assert len(headlines(ranked)) == 2
    assert "Pasar Terong" in run(db, "--fts", '"pasar terong"').stdout


def test_headline_hit_outranks_body_only_hit(db):
    first = headlines(run(db, "--fts", "Anies OR subuh"))[0]
    assert "Anies" in first


@pytest.mark.parametrize(
    ("args", "found"),
    [
        (["--portal", "kompas"], False),
        (["--portal", "Antara"], True),  # any case
        (["--portal", "ANTARA", "--portal", "kompas"], True),  # repeatable: any of them
        (["--portal", "antara-papuabarat"], False),  # a crawl target: another antara site
        (["--portal", "papua.antaranews.com"], True),  # a host
        (["--since", "2024-03-01"], True),
        (["--until", "2024-03-01"], False),
        (["--until", "2024-03-27"], True),  # a bare --until includes the whole day
    ],
)
def test_filters(db, args, found):
    result = run(db, "kopi", *args)
    assert result.exit_code == 0, result.output
    assert ("Kopi Wamena" in result.stdout) is found


def test_no_match_names_the_query_and_the_filters(db):
    result = run(db, "banjir", "--portal", "tribun", "--since", "2024-01-01")
    assert result.exit_code == 0
    assert result.stdout.strip() == (
        "No articles match 'banjir' with --portal tribun --since 2024-01-01."
    )
    assert run(db, "Tokyo").stdout.strip() == "No articles match 'Tokyo'."


def test_unknown_portal_is_an_error_with_suggestions(db):
    result = run(db, "banjir", "--portal", "kompass")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: unknown portal 'kompass'")
    assert "did you mean kompas" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["*"], "has no words"),
        (["  "], "empty"),
        (["--fts", "*"], "unknown special query"),
        (["--fts", "* banjir"], "cannot run the FTS5 query"),
        (["--fts", "NEAR(nelayan melaut, x)"], 'expected integer, got "x"'),
        (["--fts", '"tidak ditutup'], "unterminated string"),
        (["--fts", "NOT"], "syntax error"),
    ],
)
def test_errors_are_one_clear_line(db, args, message):
    result = run(db, *args)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("Error:")
    assert message in result.stderr


def test_search_on_a_demo_crawl(tmp_path_factory):
    crawled = demo_db(tmp_path_factory.mktemp("demo-search"))
    result = run(crawled, "Wahdi UMKM")
    assert result.exit_code == 0, result.output
    assert "Wahdi" in headlines(result)[0]
    assert "suara" in result.stdout
    assert "banjir" in run(crawled, "* banjir").stdout.lower()
