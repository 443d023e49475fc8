"""Read commands never change a database; a file that is not newsbot's is a one-line error; an
older schema is upgraded only by commands that write (`newsbot migrate`, crawl, demo); and one
default database serves every command after `newsbot demo`."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sample_articles import filled_store
from sqlite_utils import Database

from newsbot.cli import cli
from newsbot.store.schema import MIGRATIONS

READ_COMMANDS = [
    ["stats"],
    ["stats", "--by", "day"],
    ["search", "banjir"],
    ["quotes"],
    ["quotes", "--top"],
    ["export", "--format", "csv"],
    ["export", "--table", "links"],
    ["stories"],
]


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner(env={"COLUMNS": "200", **(env or {})}).invoke(cli, list(args))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_read_commands_leave_the_database_byte_for_byte(tmp_path, command):
    db = filled_store(tmp_path / "news.db")
    before = digest(db)
    result = run(*command, "--db", str(db))
    assert result.exit_code == 0, result.output
    assert digest(db) == before


@pytest.mark.parametrize("command", [*READ_COMMANDS, ["serve"]], ids=" ".join)
def test_an_empty_file_is_an_error_and_stays_empty(tmp_path, command):
    empty = tmp_path / "other.db"
    empty.touch()
    result = run(*command, "--db", str(empty))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: {empty} is not a newsbot database (an empty file, no newsbot schema)"
    )
    assert empty.stat().st_size == 0


@pytest.mark.parametrize("command", [*READ_COMMANDS, ["serve"], ["migrate"]], ids=" ".join)
def test_someone_elses_database_is_refused_untouched(tmp_path, command):
    other = tmp_path / "sales.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO orders (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    before = digest(other)
    result = run(*command, "--db", str(other))
    assert result.exit_code == 1
    assert "is not a newsbot database (1 table of its own" in result.stderr
    assert "Traceback" not in result.output
    assert digest(other) == before
    assert Database(other).table_names() == ["orders"]


def test_crawl_refuses_someone_elses_database(tmp_path):
    other = tmp_path / "sales.db"
    Database(other)["orders"].insert({"id": 1})
    result = run("crawl", "suara-lampung", "--db", str(other))
    assert result.exit_code == 1
    assert "is not a newsbot database" in result.stderr
    assert Database(other).table_names() == ["orders"]


def test_an_older_schema_is_read_only_after_newsbot_migrate(tmp_path):
    old = tmp_path / "old.db"
    MIGRATIONS.apply(Database(old), stop_before="m007_i13_quotes_fts")
    before = digest(old)
    result = run("stats", "--db", str(old))
    assert result.exit_code == 1
    assert "older newsbot schema" in result.stderr
    assert f"newsbot migrate --db {old}" in result.stderr
    assert digest(old) == before
    upgraded = run("migrate", "--db", str(old))
    assert upgraded.exit_code == 0, upgraded.output
    assert "upgraded" in upgraded.stdout
    assert MIGRATIONS.pending(Database(old)) == []
    assert run("stats", "--db", str(old)).exit_code == 0
    assert "up to date" in run("migrate", "--db", str(old)).stdout


def test_after_the_demo_every_command_reads_the_demo_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSBOT_DB", raising=False)
    missing = run("stats")
    assert missing.exit_code == 2
    assert "no database at data/newsbot.db" in missing.stderr
    (tmp_path / "data").mkdir()
    filled_store(tmp_path / "data" / "demo.db")  # what `newsbot demo` leaves
    for command in (["stats"], ["search", "kopi"], ["quotes", "--top"], ["export"]):
        result = run(*command)
        assert result.exit_code == 0, (command, result.output)
        assert "reading the demo's data/demo.db" in result.stderr
    assert "Kopi Wamena" in run("search", "kopi").stdout
    # once a real database exists it is the default, and $NEWSBOT_DB beats both
    filled_store(tmp_path / "data" / "newsbot.db")
    assert "demo" not in run("stats").stderr
    elsewhere = filled_store(tmp_path / "elsewhere.db")
    assert str(elsewhere) in run("stats", env={"NEWSBOT_DB": str(elsewhere)}).stdout
