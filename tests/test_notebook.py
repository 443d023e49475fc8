"""notebooks/analysis.ipynb executes end to end against a crawled database and writes its plots."""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

import pytest
from sample_articles import demo_db, sample_articles

from newsbot.store import Store

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "analysis.ipynb"
PLOTS = {"articles_per_portal_day.png", "top_speakers.png", "tag_trends.png", "baca_juga_graph.png"}


def execute(db: Path, out: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("NEWSBOT_DB", str(db))
    monkeypatch.setenv("NEWSBOT_NOTEBOOK_OUTPUT", str(out))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=180,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()
    return notebook


def printed(notebook) -> str:
    return "".join(
        output.get("text", "")
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
    )


def figures(notebook) -> dict[str, dict[str, list[str]]]:
    """The axes the notebook reports for each figure it saved (tick labels as drawn)."""
    line = next(line for line in printed(notebook).splitlines() if line.startswith("FIGURES "))
    return json.loads(line.removeprefix("FIGURES "))


def test_runs_on_a_demo_crawl_and_writes_every_plot(tmp_path, monkeypatch):
    db = demo_db(tmp_path)
    # add hand-written articles so cross-portal Baca Juga links and a repeated speaker exist
    with Store(db) as store:
        for article in sample_articles():
            store.save(article)
    out = tmp_path / "plots"
    notebook = execute(db, out, monkeypatch)
    written = {p.name for p in out.glob("*.png")}
    assert written == PLOTS
    for name in PLOTS:
        assert (out / name).stat().st_size > 5_000  # a real figure, not an empty canvas
    text = printed(notebook)
    assert "Anies Baswedan (" in text  # quoted in two of the hand-written articles
    assert "kompas -> suara" in " ".join(text.split())  # kompas's Baca Juga points at suara
    axes = figures(notebook)
    assert set(axes) == PLOTS
    for name in ("articles_per_portal_day.png", "tag_trends.png"):
        dates = [label for label in axes[name]["x"] if label]
        assert dates, name
        assert all(len(d) == 10 and d[4] == "-" for d in dates), dates  # YYYY-MM-DD
        assert dates == sorted(dates), (name, dates)
    for name, axis in (
        ("articles_per_portal_day.png", "y"),
        ("tag_trends.png", "y"),
        ("top_speakers.png", "x"),
    ):
        counts = [label.replace("−", "-") for label in axes[name][axis] if label]
        assert counts, name
        assert all(re.fullmatch(r"-?\d+", c) for c in counts), (name, counts)  # no 0.5 ticks


def test_the_notebook_extra_installs_what_the_notebook_imports():
    """`pip install -e ".[notebook]"` (README) brings every package the notebook imports."""
    extra = tomllib.loads((NOTEBOOK.parents[1] / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]["notebook"]
    wanted = {re.split(r"[<>=\[ ]", spec)[0].lower() for spec in extra}
    source = "\n".join(
        cell.source
        for cell in nbformat.read(NOTEBOOK, as_version=4).cells
        if cell.cell_type == "code"
    )
    imported = {
        m.split(".")[0] for m in re.findall(r"^\s*(?:import|from)\s+([\w.]+)", source, re.MULTILINE)
    }
    third_party = {m for m in imported if m not in sys.stdlib_module_names}
    assert third_party == {"matplotlib"}
    assert third_party <= wanted
    assert {"jupyterlab", "ipykernel"} <= wanted  # to open and run it


def test_database_is_not_modified(tmp_path, monkeypatch):
    db = tmp_path / "small.db"
    with Store(db) as store:
        for article in sample_articles():
            store.save(article)
    before = db.read_bytes()
    execute(db, tmp_path / "plots", monkeypatch)
    assert db.read_bytes() == before
