"""docs/analysts.md shows real output: every `$ newsbot …` example is run on a demo crawl, as the
doc says (after `./dev.sh demo`, in the folder that holds data/demo.db), and each line it prints
must appear in the doc's block under it (a block may stop early at a lone `…`)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sample_articles import demo_db
from sqlite_utils import Database

from newsbot.store.schema import MIGRATIONS

DOC = Path(__file__).resolve().parents[1] / "docs" / "analysts.md"
# Crawl times differ from run to run; everything else in the demo is fixed.
_CRAWL_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00|\d{4}-\d\d-\d\d \d\d:\d\d UTC")


def examples() -> list[tuple[str, list[str]]]:
    """(command, the lines the doc shows under it) for every `$ newsbot` line in a code block."""
    found: list[tuple[str, list[str]]] = []
    block: list[str] | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            block = [] if block is None else None
            continue
        if block is None:
            continue
        if line.startswith("$ "):
            found.append((line[2:], []))
        elif found and line.strip() and not line.startswith("$"):
            found[-1][1].append(line)
    # the commands of this guide's sections (stories has its own test of its real output)
    ours = ("search", "quotes", "stats", "export", "migrate")
    return [(c, shown) for c, shown in found if c.startswith("newsbot ") and c.split()[1] in ours]


def _note(line: str) -> bool:
    """Blank lines, and the stderr note the doc shows once and then leaves out."""
    return not line.strip() or line.startswith("(no data/newsbot.db yet")


def normal(line: str) -> str:
    return _CRAWL_TIME.sub("<crawl time>", line.rstrip())


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    work = tmp_path_factory.mktemp("docs")
    (work / "data").mkdir()
    shutil.copy(demo_db(tmp_path_factory.mktemp("demo")), work / "data" / "demo.db")
    (work / "empty.db").touch()
    Database(work / "sales.db")["orders"].insert({"id": 1, "total": 12.5})
    MIGRATIONS.apply(Database(work / "old.db"), stop_before="m007_i13_quotes_fts")
    return work


EXAMPLES = examples()


def test_the_doc_has_examples_of_every_command():
    commands = {command.split()[1] for command, _ in EXAMPLES}
    assert commands >= {"search", "quotes", "stats", "export", "migrate"}


@pytest.mark.parametrize(("command", "shown"), EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_example_output_is_real(folder, command, shown):
    if shown and shown[0].startswith("Usage:"):
        pytest.skip("shows the error of a folder without any database")
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("NEWSBOT_DB", None)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    result = subprocess.run(
        ["bash", "-c", command],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # in the order a terminal shows them
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    printed = [normal(line) for line in result.stdout.splitlines() if not _note(line)]
    documented = [normal(line) for line in shown if not _note(line)]
    cut = documented.index("…") if "…" in documented else len(documented)
    assert printed[:cut] == documented[:cut], "\n".join(printed)
    if cut == len(documented):
        assert len(printed) == len(documented), "\n".join(printed)
