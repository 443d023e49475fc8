"""`newsbot stats`: per-portal counts, date ranges, field coverage, last crawl, recent runs."""

from __future__ import annotations

import json

from click.testing import CliRunner
from sample_articles import demo_db, filled_store

from newsbot.cli import cli


def run(*args: str):
    return CliRunner(env={"COLUMNS": "200"}).invoke(cli, ["stats", *args])


def test_table_lists_each_portal_and_the_runs(tmp_path):
    db = filled_store(tmp_path / "news.db")
    result = run("--db", str(db))
    assert result.exit_code == 0, result.output
    for portal in ("suara", "kompas", "tribun", "antara"):
        assert portal in result.stdout
    assert "4 articles" in result.stdout
    assert "2022-03-24" in result.stdout  # suara's date range
    assert "suara-lampung" in result.stdout  # the crawl run


def test_json_figures(tmp_path):
    db = filled_store(tmp_path / "news.db")
    result = run("--db", str(db), "--json")
    figures = json.loads(result.stdout)
    assert figures["totals"] == {"articles": 4, "quotes": 4, "links": 4, "tags": 10}
    tribun = next(p for p in figures["portals"] if p["portal"] == "tribun")
    assert tribun["articles"] == 1
    assert tribun["first_published"] == "2024-03-27T06:30:00+08:00"
    assert tribun["fields"]["body"] == 1.0
    assert tribun["fields"]["quotes"] == 0.0
    assert tribun["last_crawl"]
    assert figures["runs"][0]["counts"] == {"saved": 4}


def test_empty_database_and_missing_database(tmp_path):
    from newsbot.store import Store

    Store(tmp_path / "empty.db").close()
    result = run("--db", str(tmp_path / "empty.db"))
    assert result.exit_code == 0
    assert "0 articles" in result.stdout
    assert "No crawl runs" in result.stdout
    missing = run("--db", str(tmp_path / "nope" / "x.db"))
    assert missing.exit_code == 2
    assert "Traceback" not in missing.output


def test_a_file_that_is_not_a_database(tmp_path):
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"PK\x03\x04 this is a zip file, not sqlite" * 50)
    result = run("--db", str(bogus))
    assert result.exit_code == 1
    assert "cannot open" in result.stderr
    assert bogus.read_bytes().startswith(b"PK\x03\x04")


def test_stats_of_a_demo_crawl(tmp_path):
    crawled = demo_db(tmp_path)
    figures = json.loads(run("--db", str(crawled), "--json").stdout)
    assert figures["totals"]["articles"] >= 10
    assert len(figures["portals"]) >= 3
    for portal in figures["portals"]:
        assert portal["fields"]["headline"] == 1.0
        assert portal["fields"]["published"] == 1.0
    assert figures["runs"][0]["finished_at"]


def test_by_portal_section_and_day_with_counts_and_coverage(tmp_path):
    db = filled_store(tmp_path / "news.db")
    by_day = json.loads(run("--db", str(db), "--by", "day", "--json").stdout)["day"]
    assert [(d["published_local_date"], d["articles"]) for d in by_day] == [
        ("2024-03-27", 3),
        ("2022-03-24", 1),
    ]
    assert by_day[0]["fields"]["quotes"] == round(2 / 3, 3)
    by_section = json.loads(run("--db", str(db), "--by", "section", "--json").stdout)["section"]
    assert {(s["portal"], s["section"]) for s in by_section} >= {("suara", "read")}
    table = run("--db", str(db), "--by", "portal", "--portal", "Kompas", "--portal", "tribun")
    assert table.exit_code == 0, table.output
    assert "kompas" in table.stdout
    assert "tribun" in table.stdout
    assert "suara" not in table.stdout
    text = run("--db", str(db), "--by", "day").stdout
    assert "Per portal-local day (WIB/WITA/WIT)" in text
    assert "2024-03-27" in text
    none = run("--db", str(db), "--by", "day", "--portal", "kompas", "--since", "2025-01-01")
    assert "No articles match with --portal kompas --since 2025-01-01." in none.stdout


def test_times_are_shown_with_their_zone(tmp_path):
    db = filled_store(tmp_path / "news.db")
    text = run("--db", str(db)).stdout
    assert "2024-05-01 10:00 UTC" in text  # the last crawl
