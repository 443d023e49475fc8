"""`newsbot quotes`: quotes with speaker and article, filtered; speakers ranked with --top."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sample_articles import demo_db, filled_store

from newsbot.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return filled_store(tmp_path_factory.mktemp("quotes") / "news.db")


def rows(db, *args: str) -> list[dict]:
    result = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_lists_quotes_newest_first_with_article(db):
    quotes = rows(db)
    assert [q["speaker"] for q in quotes][:2] == ["Suyatmi", "Anies Baswedan"]
    assert len(quotes) == 4
    assert quotes[0]["headline"] == "Banjir Rob Rendam Ribuan Rumah di Semarang"


def test_speaker_matches_part_of_the_name_any_case(db):
    quotes = rows(db, "--speaker", "anies")
    assert {q["portal"] for q in quotes} == {"suara", "antara"}
    assert rows(db, "--speaker", "100%") == []


def test_portal_since_and_limit(db):
    assert [q["speaker"] for q in rows(db, "--portal", "suara")] == [
        "Wahdi Siradjudin",
        "Anies Baswedan",
    ]
    assert {q["portal"] for q in rows(db, "--since", "2024-01-01")} == {"kompas", "antara"}
    assert len(rows(db, "--limit", "1")) == 1


def test_top_speakers(db):
    top = rows(db, "--top")
    assert top[0] == {
        "speaker": "Anies Baswedan",
        "quotes": 2,
        "articles": 2,
        "portals": 2,
        "last_quoted_utc": "2024-03-26T22:30:00Z",
        "last_quoted": "2024-03-27T07:30:00+09:00",
    }


@pytest.mark.parametrize(
    ("args", "speakers"),
    [
        (["--speaker", "wahdi"], ["Wahdi Siradjudin"]),
        (["--since", "2024-01-01"], ["Anies Baswedan", "Suyatmi"]),
        (["--until", "2024-01-01"], ["Anies Baswedan", "Wahdi Siradjudin"]),
        (["--portal", "Suara"], ["Anies Baswedan", "Wahdi Siradjudin"]),
        (["--portal", "antara", "--portal", "KOMPAS"], ["Anies Baswedan", "Suyatmi"]),
        (["--search", "subuh"], ["Suyatmi"]),
    ],
)
def test_top_honours_every_filter(db, args, speakers):
    assert [r["speaker"] for r in rows(db, "--top", *args)] == speakers


def test_portal_by_family_target_or_host_in_any_case(db):
    for name in ("suara", "Suara", "suara-lampung", "lampung.suara.com", "LAMPUNG.SUARA.COM"):
        assert {q["portal"] for q in rows(db, "--portal", name)} == {"suara"}, name
    unknown = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--portal", "suarra"])
    assert unknown.exit_code == 1
    assert "unknown portal 'suarra'" in unknown.stderr
    assert "suara" in unknown.stderr  # suggested


def test_full_text_search_over_quotes(db):
    assert [q["speaker"] for q in rows(db, "--search", "memasarkan produk")] == ["Wahdi Siradjudin"]
    assert [q["speaker"] for q in rows(db, "--search", "Tambak")] == ["Suyatmi"]  # the role
    assert rows(db, "--search", "memasarkan", "--portal", "kompas") == []
    assert len(rows(db, "--fts", "--search", "subuh OR memasarkan")) == 2
    bad = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--fts", "--search", '"subuh'])
    assert bad.exit_code == 1
    assert bad.stderr.count("\n") == 1


def test_table_output_and_errors(db):
    result = CliRunner(env={"COLUMNS": "200"}).invoke(
        cli, ["quotes", "--db", str(db), "--speaker", "Wahdi"]
    )
    assert "Kami mencoba memasarkan" in result.stdout
    assert "Wali Kota Metro" in result.stdout
    assert "2022-03-24 11:56 WIB" in result.stdout  # times keep their zone
    bad = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--since", "besok pagi"])
    assert bad.exit_code == 2
    assert "is not a date" in bad.stderr
    none = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--speaker", "Jokowi"])
    assert none.stdout.strip() == "No quotes match with --speaker Jokowi."


def test_quotes_of_a_demo_crawl(tmp_path):
    crawled = demo_db(tmp_path)
    said = rows(crawled, "--speaker", "wahdi", "--kind", "direct")
    assert said
    assert "Kami mencoba" in said[0]["text"]
    # the seed's indirect statements are stored too: "Wahdi mengatakan bahwa kunjungan ini …"
    reported = rows(crawled, "--speaker", "wahdi", "--kind", "indirect", "--portal", "suara")
    assert [q["text"].split()[:2] for q in reported] == [["kunjungan", "ini"]]
    assert {q["kind"] for q in rows(crawled, "--speaker", "wahdi")} == {"direct", "indirect"}
    # the seed story runs on four portals of the demo site (one story, see test_stories.py)
    assert {q["portal"] for q in said} == {"suara", "kompas", "tribun", "antara"}
