"""Bad input to the CLI: one clear line, a non-zero exit, no traceback, nothing stored touched."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_run import newsbot


def assert_clean_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message, "no error message"
    for needle in needles:
        assert needle in message, message


def test_unknown_portal(tmp_path: Path) -> None:
    result = newsbot("crawl", "suara-atlantis", "--db", str(tmp_path / "x.db"), cwd=tmp_path)
    assert_clean_error(result, "unknown portal", "suara-atlantis")
    assert not (tmp_path / "x.db").exists()


def test_malformed_since(tmp_path: Path) -> None:
    result = newsbot(
        "crawl",
        "suara-lampung",
        "--since",
        "24-Maret",
        "--db",
        str(tmp_path / "x.db"),
        cwd=tmp_path,
    )
    assert_clean_error(result, "--since", "is not a date")


def test_since_after_until(tmp_path: Path) -> None:
    result = newsbot(
        "crawl",
        "suara-lampung",
        "--since",
        "2024-05-01",
        "--until",
        "2024-04-01",
        "--db",
        str(tmp_path / "x.db"),
        cwd=tmp_path,
    )
    assert_clean_error(result, "--since must be before --until")


def test_bad_setting_override(tmp_path: Path) -> None:
    result = newsbot(
        "crawl",
        "suara-lampung",
        "-s",
        "DOWNLOAD_DELAY",
        "--db",
        str(tmp_path / "x.db"),
        cwd=tmp_path,
    )
    assert_clean_error(result, "NAME=VALUE")


def test_database_in_missing_folder(tmp_path: Path) -> None:
    result = newsbot(
        "crawl", "suara-lampung", "--db", str(tmp_path / "nope" / "x.db"), cwd=tmp_path
    )
    assert_clean_error(result, "does not exist")
    assert not (tmp_path / "nope").exists()


@pytest.mark.parametrize(
    ("make", "needle"),
    [
        (lambda d: d / "missing.html", "no such file"),
        (lambda d: d, "folder"),
    ],
)
def test_extract_unreadable_input(tmp_path: Path, make, needle: str) -> None:
    result = newsbot("extract", str(make(tmp_path)), cwd=tmp_path)
    assert_clean_error(result, needle)


def test_extract_binary_and_empty_files(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "image.html").write_bytes(bytes(range(256)) * 64)
    result = newsbot(
        "extract", str(tmp_path / "empty.html"), str(tmp_path / "image.html"), cwd=tmp_path
    )
    assert_clean_error(result, "empty.html", "image.html", "unreadable")


def test_extract_non_article_page(tmp_path: Path) -> None:
    page = tmp_path / "home.html"
    links = "".join(
        f'<li><a href="/read/2024/01/0{i}/x{i}">Berita {i}</a></li>' for i in range(1, 9)
    )
    page.write_text(
        f"<html><head><title>Beranda</title></head><body><ul>{links}</ul></body></html>"
    )
    result = newsbot("extract", str(page), "--url", "https://lampung.suara.com/", cwd=tmp_path)
    assert_clean_error(result, "not an article")


def test_errors_leave_stored_data_alone(tmp_path: Path) -> None:
    db = tmp_path / "keep.db"
    with sqlite3.connect(db) as conn:
        conn.execute("create table keepme (x)")
        conn.execute("insert into keepme values (1)")
    result = newsbot("crawl", "no-such-portal", "--db", str(db), cwd=tmp_path)
    assert_clean_error(result, "unknown portal")
    with sqlite3.connect(db) as conn:
        assert conn.execute("select x from keepme").fetchall() == [(1,)]


def test_crawl_into_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my notes, not a database")
    result = newsbot("crawl", "suara-lampung", "--db", str(db), cwd=tmp_path)
    assert_clean_error(result, "not a database")
    assert db.read_text() == "my notes, not a database"


def test_crawl_of_an_unreachable_site(tmp_path: Path) -> None:
    # Port 9 (discard) has no listener on 127.0.0.1: every request is refused at once.
    result = newsbot(
        "crawl",
        "http://127.0.0.1:9/",
        "--db",
        str(tmp_path / "x.db"),
        "-s",
        "RETRY_TIMES=0",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=0",
        cwd=tmp_path,
    )
    assert_clean_error(result, "nothing could be fetched")


def test_usage_error_for_missing_target(tmp_path: Path) -> None:
    result = newsbot("crawl", cwd=tmp_path)
    assert result.returncode == 2
    assert "Missing argument 'TARGET'" in result.stderr
