"""notebooks/analysis.ipynb executes end to end against a crawled database and writes its plots."""

from __future__ import annotations

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


def test_database_is_not_modified(tmp_path, monkeypatch):
    db = tmp_path / "small.db"
    with Store(db) as store:
        for article in sample_articles():
            store.save(article)
    before = db.read_bytes()
    execute(db, tmp_path / "plots", monkeypatch)
    assert db.read_bytes() == before
