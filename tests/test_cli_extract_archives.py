"""`newsbot extract` over folders, globs and WARC archives, on several processes, to JSONL or a DB."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsbot.demo.server import SITE_DIR
from newsbot.extract import ExtractionError, extract_article

PAGES = sorted(SITE_DIR.rglob("*.html"))
BASE = "https://warta.test/"
WHEN = "2026-11-30T04:00:00Z"


def newsbot(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbot", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=cwd,
    )


def page_url(path: Path) -> str:
    return BASE + path.relative_to(SITE_DIR).as_posix()


def write_warc(target: Path) -> None:
    """The demo site's pages as HTTP 200 responses, plus an image and a 404 that are no pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with target.open("wb") as out:
        writer = WARCWriter(out, gzip=target.name.endswith(".gz"))

        def record(url: str, status: str, content_type: str, body: bytes) -> None:
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": WHEN},
                )
            )

        for path in PAGES:
            record(page_url(path), "200 OK", "text/html; charset=utf-8", path.read_bytes())
        record(BASE + "logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        record(BASE + "hilang", "404 Not Found", "text/html", b"<html>404</html>")


def inline_records() -> dict[str, dict]:
    crawled = dt.datetime.fromisoformat(WHEN)
    records = {}
    for path in PAGES:
        try:
            article = extract_article(path.read_bytes(), page_url(path), crawled_at=crawled)
        except ExtractionError:
            continue
        records[article.url] = article.to_dict()
    return records


@pytest.mark.parametrize("name", ["site.warc.gz", "site.warc"])
def test_a_warc_archive_on_two_processes_gives_the_inline_records(
    tmp_path: Path, name: str
) -> None:
    archive = tmp_path / name
    write_warc(archive)
    result = newsbot("extract", str(archive), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    expected = inline_records()
    # Two copies of one Tribun story share a canonical URL: compare the records by URL.
    by_url: dict[str, list[dict]] = {}
    for record in records:
        by_url.setdefault(record["url"], []).append(record)
    assert len(by_url) == len(expected) >= 12
    assert {url: rs[-1]["headline"] for url, rs in by_url.items()} == {
        url: r["headline"] for url, r in expected.items()
    }
    single = {url: rs[0] for url, rs in by_url.items() if len(rs) == 1}
    assert all(single[url] == expected[url] for url in single)
    assert all(r["crawled_at"] == "2026-11-30T04:00:00+00:00" for r in records)
    summary = result.stderr.strip().splitlines()[-1]
    assert re.search(r"^\d+ pages, \d+ records .*2 records skipped.* pages/s on 2 job", summary)


def test_a_folder_into_the_database(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    result = newsbot("extract", str(SITE_DIR), "--db", str(db), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        fetched = conn.execute("SELECT count(*) FROM fetched").fetchone()[0]
    assert stored >= 12
    assert fetched >= stored
    assert f"into {db}" in result.stderr
    assert "pages/s" in result.stderr
    assert result.stdout == ""


def test_a_glob_and_gzipped_pages(tmp_path: Path) -> None:
    for path in PAGES[:3]:
        (tmp_path / (path.name + ".gz")).write_bytes(gzip.compress(path.read_bytes()))
    result = newsbot("extract", str(tmp_path / "*.html.gz"), "--jobs", "1")
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) >= 2
    assert "3 pages" in result.stderr


def test_an_empty_folder_is_one_clear_error(tmp_path: Path) -> None:
    result = newsbot("extract", str(tmp_path))
    assert result.returncode == 1
    assert "no saved pages" in result.stderr
    assert "Traceback" not in result.stderr
