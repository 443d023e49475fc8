"""`newsbot export`: JSON/JSONL/CSV that read back to the stored records, filters, safe output files."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest
from click.testing import CliRunner
from sample_articles import demo_db, filled_store, metro_umkm

from newsbot.cli import cli
from newsbot.export import read_csv, writer_for
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


def test_csv_has_nested_fields_as_json_cells_and_reads_back(db, tmp_path):
    out = tmp_path / "articles.csv"
    assert run("--db", str(db), "--format", "csv", "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert not text.startswith("\ufeff")
    with out.open(encoding="utf-8", newline="") as fh:
        articles = list(read_csv(fh))
    assert articles == stored(db)
    import csv

    with out.open(encoding="utf-8", newline="") as fh:
        first = next(csv.DictReader(fh))
    assert json.loads(first["quotes"])[0]["speaker"] == "Wahdi Siradjudin"
    assert json.loads(first["lists"])["baca_juga"][1]["title"] == "Gempa Guncang Manado"


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
    assert urls("--query", "kopi OR banjir") == ["antara", "kompas"]
    assert urls("--portal", "detik") == []


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
        (["--query", '"tidak ditutup'], "double quotes"),
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

    def articles():
        yield metro_umkm()
        seen_when_second_requested.append(out.getvalue())
        yield dataclasses.replace(metro_umkm(), url="https://x.test/2")

    assert writer_for(fmt)(articles(), out) == 2
    assert "wali-kota-metro-pasarkan-umkm" in seen_when_second_requested[0]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    return demo_db(tmp_path_factory.mktemp("demo-export"))


def test_demo_crawl_exports_read_back_as_json_and_csv(crawled, tmp_path):
    records = stored(crawled)
    assert len(records) >= 10
    assert len({a.portal for a in records}) >= 3
    as_json = run("--db", str(crawled), "--format", "json")
    assert [Article.from_dict(r) for r in json.loads(as_json.stdout)] == records
    out = tmp_path / "demo.csv"
    assert run("--db", str(crawled), "--format", "csv", "-o", str(out)).exit_code == 0
    with out.open(encoding="utf-8", newline="") as fh:
        assert list(read_csv(fh)) == records
