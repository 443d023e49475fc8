"""`newsbot export`: JSON/JSONL that read back to the stored records, CSV flat for spreadsheets,
quotes/links/tags as their own tables, chosen columns, filters, safe output files."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest
from click.testing import CliRunner
from sample_articles import demo_db, filled_store, metro_umkm

from newsbot.cli import cli
from newsbot.export import writer_for
from newsbot.record import Article
from newsbot.store import Store


@pytest.fixture
def db(tmp_path):
    return filled_store(tmp_path / "news.db")


def stored(db) -> list[Article]:
    with Store(db) as store:
        return list(store.iter_articles())


def run(*args: str):
    return CliRunner().invoke(cli, ["export", *args])


def test_json_is_one_array_that_reads_back_to_the_records(db):
    result = run("--db", str(db), "--format", "json")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert isinstance(records, list)
    assert [Article.from_dict(r) for r in records] == stored(db)
    assert len(records) == 4
    assert "Siradjudin" in result.stdout  # UTF-8 text, not \u escapes for Indonesian names


def test_jsonl_reads_back(db, tmp_path):
    out = tmp_path / "articles.jsonl"
    result = run("--db", str(db), "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [Article.from_dict(json.loads(line)) for line in lines] == stored(db)
    assert "Exported 4 articles" in result.stderr


def csv_rows(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_json_records_carry_the_derived_dates_and_seen_times(db):
    records = json.loads(run("--db", str(db)).stdout)
    tribun = next(r for r in records if r["portal"] == "tribun")
    assert tribun["published"] == "2024-03-27T06:30:00+08:00"
    assert tribun["published_utc"] == "2024-03-26T22:30:00Z"
    assert tribun["published_local_date"] == "2024-03-27"  # WITA's day, not UTC's
    assert tribun["first_seen"] == tribun["last_seen"] == "2024-05-01T10:00:00+00:00"
    assert isinstance(tribun["quotes"], list)  # nested JSON stays nested in JSON


def test_csv_is_flat_for_spreadsheets(db, tmp_path):
    out = tmp_path / "articles.csv"
    assert run("--db", str(db), "--format", "csv", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    rows = csv_rows(out)
    first = rows[0]
    assert first["url"] == metro_umkm().url
    assert first["authors"] == "Wakos Reza Gautama"
    assert first["tags"] == "UMKM; Kota Metro; Anies Baswedan"
    assert first["quotes"] == "2"  # counts, not JSON
    assert first["lists"] == "3"  # links in all lists
    assert first["images"] == "1"
    assert first["dateline_outlet"] == "SuaraLampung.id"
    assert first["published_utc"] == "2022-03-24T04:56:26Z"
    assert first["published_local_date"] == "2022-03-24"
    assert first["first_seen"]
    assert first["last_seen"]
    assert "paragraphs" not in first  # the body is there once
    assert list(first)[-1] == "body"
    assert not any(cell.startswith(("[", "{")) for row in rows for cell in row.values())
    assert max(len(cell) for name, cell in first.items() if name != "body") < 200


def test_columns_pick_and_order_what_is_written(db, tmp_path):
    out = tmp_path / "few.csv"
    args = ["--db", str(db), "--format", "csv", "--columns", "headline,published_local_date"]
    assert run(*args, "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").splitlines()[0] == "headline,published_local_date"
    records = [
        json.loads(line)
        for line in run(
            "--db", str(db), "--format", "jsonl", "--columns", "url,quotes"
        ).stdout.splitlines()
    ]
    assert set(records[0]) == {"url", "quotes"}
    assert isinstance(records[0]["quotes"], list)
    bad = run("--db", str(db), "--columns", "headline,nope")
    assert bad.exit_code == 1
    assert "no column nope in articles" in bad.stderr
    assert "published_local_date" in bad.stderr  # lists what there is


def test_quotes_links_and_tags_export_as_their_own_tables(db, tmp_path):
    quotes = tmp_path / "quotes.csv"
    assert (
        run("--db", str(db), "--table", "quotes", "--format", "csv", "-o", str(quotes)).exit_code
        == 0
    )
    said = csv_rows(quotes)
    assert len(said) == 4
    wahdi = next(q for q in said if q["speaker"] == "Wahdi Siradjudin")
    assert wahdi["speaker_role"] == "Wali Kota Metro"
    assert wahdi["headline"].startswith("Temui Anies Baswedan")
    assert wahdi["published_local_date"] == "2022-03-24"
    found = run("--db", str(db), "--table", "quotes", "--format", "jsonl", "-q", "subuh")
    assert [json.loads(line)["speaker"] for line in found.stdout.splitlines()] == ["Suyatmi"]

    links = [
        json.loads(line)
        for line in run(
            "--db", str(db), "--table", "links", "--format", "jsonl"
        ).stdout.splitlines()
    ]
    assert len(links) == 4
    assert {"canonical_url", "target_article_url", "target_portal", "seen_local_date"} <= set(
        links[0]
    )
    tags = run("--db", str(db), "--table", "tags", "--format", "csv", "--portal", "kompas")
    lines = tags.stdout.splitlines()
    assert lines[0].startswith("tag,article_url,position,portal")
    assert all(",kompas," in line for line in lines[1:])


def test_excel_option_adds_bom_and_defuses_formulas(tmp_path):
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.save(
            dataclasses.replace(metro_umkm(), headline='=HYPERLINK("http://x")', editor="@admin")
        )
    out = tmp_path / "excel.csv"
    assert run("--db", str(db), "--format", "csv", "--excel", "-o", str(out)).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert ",'@admin," in text
    assert run("--db", str(db), "--format", "json", "--excel").exit_code != 0


def test_filters_select_portal_dates_and_query(db):
    def urls(*args: str) -> list[str]:
        result = run("--db", str(db), "--format", "jsonl", *args)
        assert result.exit_code == 0, result.output
        return [json.loads(line)["portal"] for line in result.stdout.splitlines()]

    assert urls("--portal", "kompas") == ["kompas"]
    # 06:00 WIB = 23:00 UTC: later than 06:30 WITA and 07:30 WIT on the same morning
    assert urls("--since", "2024-03-27T06:00+07:00") == ["kompas"]
    assert urls("--until", "2024-01-01") == ["suara"]
    assert urls("--since", "2024-03-26", "--until", "2024-03-28") == ["tribun", "antara", "kompas"]
    assert urls("--query", "Anies") == ["suara"]
    assert urls("--portal", "detik") == []
    assert urls("--portal", "Kompas", "--portal", "tribun") == ["tribun", "kompas"]
    assert urls("--query", "kopi OR banjir") == []  # literal words
    assert urls("--fts", "--query", "kopi OR banjir") == ["antara", "kompas"]


def test_empty_result_is_an_empty_json_array(db):
    result = run("--db", str(db), "--portal", "detik")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_refuses_to_overwrite_without_force(db, tmp_path):
    out = tmp_path / "keep.json"
    out.write_text("penting", encoding="utf-8")
    result = run("--db", str(db), "-o", str(out))
    assert result.exit_code == 1
    assert "already exists" in result.stderr
    assert out.read_text(encoding="utf-8") == "penting"
    assert run("--db", str(db), "-o", str(out), "--force").exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 4


def test_never_writes_over_the_database(db):
    result = run("--db", str(db), "-o", str(db), "--force")
    assert result.exit_code == 1
    assert "database itself" in result.stderr
    assert len(stored(db)) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--fts", "--query", '"tidak ditutup'], "unterminated string"),
        (["--query", "*"], "no words"),
        (["--fts", "--query", "*"], "FTS5"),
        (["--portal", "kompass"], "did you mean kompas"),
        (["--since", "kemarin lusa"], "is not a date"),
        (["--since", "2024-03-28", "--until", "2024-03-01"], "--since must be before"),
        (["-o", "/no/such/folder/out.json"], "does not exist"),
    ],
)
def test_bad_input_is_one_line_error(db, tmp_path, args, message):
    result = run("--db", str(db), *args)
    assert result.exit_code != 0
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert not list(tmp_path.glob("*.partial"))
    assert not list(tmp_path.glob(".*.partial"))


def test_missing_database_is_an_error_not_a_new_file(tmp_path):
    result = run("--db", str(tmp_path / "nothing.db"))
    assert result.exit_code == 2
    assert "no database" in result.stderr
    assert not (tmp_path / "nothing.db").exists()


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_writers_stream_records_as_they_arrive(fmt):
    """The first record is written before the second is even produced (constant memory)."""
    out = io.StringIO()
    seen_when_second_requested: list[str] = []

    def rows():
        yield {"url": metro_umkm().url, "headline": "a"}
        seen_when_second_requested.append(out.getvalue())
        yield {"url": "https://x.test/2", "headline": "b"}

    assert writer_for(fmt, ("url", "headline"))(rows(), out) == 2
    assert "wali-kota-metro-pasarkan-umkm" in seen_when_second_requested[0]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    return demo_db(tmp_path_factory.mktemp("demo-export"))


def test_demo_crawl_exports_read_back_as_json_and_flatten_to_csv(crawled, tmp_path):
    records = stored(crawled)
    assert len(records) >= 10
    assert len({a.portal for a in records}) >= 3
    as_json = run("--db", str(crawled), "--format", "json")
    assert [Article.from_dict(r) for r in json.loads(as_json.stdout)] == records
    out = tmp_path / "demo.csv"
    assert run("--db", str(crawled), "--format", "csv", "-o", str(out)).exit_code == 0
    rows = csv_rows(out)
    assert [r["url"] for r in rows] == [a.url for a in records]
    assert max(len(r["lists"]) for r in rows) <= 3  # a count, not ~5,000 characters of JSON
