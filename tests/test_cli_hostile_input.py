"""Hostile CLI input gives one line and a non-zero exit, never a traceback (issue 12, finding 8)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cli_run import newsbot
from sample_articles import filled_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return filled_store(tmp_path_factory.mktemp("cli") / "news.db")


def assert_one_line_error(result: subprocess.CompletedProcess[str], needle: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    assert needle in errors[0], errors[0]


@pytest.mark.parametrize(
    ("command", "args"),
    [
        ("export", ("--since", "0001-01-01T00:00:00+14:00")),
        ("export", ("--since", "9999-12-31T23:59:59-14:00")),
        ("export", ("--until", "9999-12-31T23:59:59-14:00")),
        ("quotes", ("--since", "0001-01-01T00:00:00+14:00")),
        ("search", ("kota", "--until", "9999-12-31")),
        ("stats", ("--since", "9999-12-31T23:59:59-14:00")),
    ],
)
def test_dates_beyond_the_calendar(db: Path, command: str, args: tuple[str, ...]) -> None:
    before = db.read_bytes()
    result = newsbot(command, "--db", str(db), *args, cwd=db.parent)
    assert_one_line_error(result, "out of the range of dates")
    assert db.read_bytes() == before


def test_a_speaker_pattern_sqlite_refuses(db: Path) -> None:
    result = newsbot("quotes", "--db", str(db), "--speaker", "a" * 100_000, cwd=db.parent)
    assert_one_line_error(result, "pattern too complex")


def test_an_output_name_too_long(db: Path) -> None:
    result = newsbot("export", "--db", str(db), "-o", "x" * 250 + ".json", cwd=db.parent)
    assert_one_line_error(result, "too long")


def test_the_database_journal_is_no_output(db: Path) -> None:
    journal = f"{db}-journal"
    result = newsbot("export", "--db", str(db), "-o", journal, cwd=db.parent)
    assert_one_line_error(result, "is the database itself")
    assert not Path(journal).exists()


def test_a_crawl_target_that_is_no_url(tmp_path: Path) -> None:
    result = newsbot("crawl", "http://[::1", "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_a_ten_megabyte_one_line_text_is_refused(tmp_path: Path) -> None:
    """A 10 MB one-line `--text` file took 1.2 GB; the text limit refuses it up front."""
    text = tmp_path / "one-line.txt"
    text.write_text("kata " * 2_000_000, encoding="utf-8")
    result = newsbot("extract", "--text", str(text), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "over the" in result.stderr


def test_a_file_over_the_page_limit_is_not_read(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    with big.open("wb") as out:
        out.truncate(17 * 1024 * 1024)  # sparse: costs no disk
    result = newsbot("extract", str(big), cwd=tmp_path)
    assert result.returncode == 1
    assert "larger than 16 MiB" in result.stderr


@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm"])
@pytest.mark.parametrize(
    "command",
    [
        ("crawl", "http://127.0.0.1:9/"),
        ("stats",),
        ("extract", "--text", "-"),
        ("health",),
    ],
    ids=lambda c: c[0],
)
def test_a_database_side_file_is_no_database(
    tmp_path: Path, suffix: str, command: tuple[str, ...]
) -> None:
    """`--db news.db-wal` made a database SQLite then took for news.db's WAL (and threw away)."""
    real = filled_store(tmp_path / "news.db")
    before = real.read_bytes()
    side = tmp_path / f"news.db{suffix}"
    result = newsbot(*command, "--db", str(side), cwd=tmp_path)
    assert_one_line_error(result, "side file")
    assert not side.exists()
    assert real.read_bytes() == before
