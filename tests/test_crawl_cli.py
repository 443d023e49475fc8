"""`newsbot crawl` run as a user would, against the 127.0.0.1 mirror."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from mirror import TEST_SETTINGS, MirrorServer, S, build_news_site, last_run, stored_urls


def newsbot() -> list[str]:
    exe = shutil.which("newsbot", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "newsbot"]


def run_newsbot(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    settings = [item for name, value in TEST_SETTINGS.items() for item in ("-s", f"{name}={value}")]
    return subprocess.run(
        [*newsbot(), "crawl", *args, *settings],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def server() -> Iterator[MirrorServer]:
    with MirrorServer() as mirror:
        build_news_site(mirror)
        yield mirror


def test_since_and_until_bound_the_crawl(server: MirrorServer, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = run_newsbot(
        server.url + "/",
        "--since",
        "2024-03-22",
        "--until",
        "2024-03-23",
        "--db",
        str(db),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    # Published 22 or 23 March (a bare --until includes that day); undated index links are
    # fetched and judged by the article's own date.
    assert stored_urls(db) == {server.url + S[k].path for k in ("a3", "a6", "a7", "moved")}
    run = last_run(db)
    assert run["options"]["since"].startswith("2024-03-22")
    assert run["counts"]["out_of_range"] > 0


def test_max_articles_stops_the_crawl(server: MirrorServer, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = run_newsbot(server.url + "/", "--max-articles", "3", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert len(stored_urls(db)) == 3


def test_unknown_portal_is_one_line_and_nonzero(tmp_path: Path) -> None:
    result = subprocess.run(
        [*newsbot(), "crawl", "no-such-portal", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode != 0
    assert "unknown portal" in result.stderr
    assert "Traceback" not in result.stderr


def test_resume_keeps_the_crawl_state_in_the_given_folder(
    server: MirrorServer, tmp_path: Path
) -> None:
    db, job = tmp_path / "news.db", tmp_path / "job"
    first = run_newsbot(server.url + "/", "--resume", str(job), "--db", str(db), cwd=tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    stored = stored_urls(db)
    assert stored
    # A finished job has nothing left to resume: Scrapy's state is cleared (a kept
    # requests.seen would make every later run filter all its discovery as seen), and no
    # run holds the folder.
    assert job.is_dir()
    assert not (job / "requests.seen").exists()
    assert not (job / "newsbot-running.json").exists()
    server.clear_log()
    again = run_newsbot(server.url + "/", "--resume", str(job), "--db", str(db), cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    assert stored_urls(db) == stored
    assert not {path for path in server.log if path in {S[k].path for k in S}}


def test_refresh_fetches_stored_articles_again(server: MirrorServer, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    assert run_newsbot(server.url + "/", "--db", str(db), cwd=tmp_path).returncode == 0
    result = run_newsbot(server.url + "/", "--refresh", "100000", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    run = last_run(db)
    assert run["options"]["refresh_days"] == 100000
    assert run["counts"]["unchanged"] >= len(stored_urls(db)) - 1  # re-fetched, content as before
