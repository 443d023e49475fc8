"""`newsbot search`: ranked FTS results with highlighted snippets; bad queries explained in one line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from sample_articles import demo_db, filled_store

from newsbot.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return filled_store(tmp_path_factory.mktemp("search") / "news.db")


def run(db, *args: str):
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["search", "--db", str(db), *args])


def test_results_show_headline_source_and_snippet(db):
    result = run(db, "Tambak Lorok")
    assert result.exit_code == 0, result.output
    assert "Banjir Rob Rendam Ribuan Rumah di Semarang" in result.stdout
    assert "kompas" in result.stdout
    assert "subuh" in result.stdout  # the snippet around the hit
    assert "\x02" not in result.stdout  # markers became styling


def test_ranked_best_first_and_limited(db):
    result = run(db, "kopi OR banjir OR UMKM", "--limit", "2")
    assert result.exit_code == 0
    lines = [line for line in result.stdout.splitlines() if line[:2] in {"1.", "2.", "3."}]
    assert len(lines) == 2


def test_headline_hit_outranks_body_only_hit(db):
    result = run(db, "Anies OR subuh")
    first = next(line for line in result.stdout.splitlines() if line.startswith("1."))
    assert "Anies" in first


def test_filters(db):
    assert "Kopi Wamena" not in run(db, "kopi", "--portal", "kompas").stdout
    assert "Kopi Wamena" in run(db, "kopi", "--since", "2024-03-01").stdout
    assert "Kopi Wamena" not in run(db, "kopi", "--until", "2024-03-01").stdout


def test_no_match_says_so(db):
    result = run(db, "Tokyo")
    assert result.exit_code == 0
    assert "No articles match 'Tokyo'" in result.stdout


@pytest.mark.parametrize("query", ["covid-19", '"tidak ditutup', "NOT", "  "])
def test_syntax_errors_are_explained_in_one_line(db, query):
    result = run(db, query)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("Error:")


def test_quoted_phrase_with_hyphen_works(db):
    result = run(db, '"pasar terong"')
    assert result.exit_code == 0
    assert "Pasar Terong Makassar" in result.stdout


def test_search_on_a_demo_crawl(tmp_path_factory):
    crawled = demo_db(tmp_path_factory.mktemp("demo-search"))
    result = run(crawled, "Wahdi UMKM")
    assert result.exit_code == 0, result.output
    first = next(line for line in result.stdout.splitlines() if line.startswith("1."))
    assert "Wahdi" in first
    assert "suara" in result.stdout
