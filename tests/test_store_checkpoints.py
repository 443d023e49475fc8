"""WAL checkpoints in a thread of their own (a crawl's store): the writer's commits never fold
the WAL back themselves, the checkpointer does, and closing stops it with the file complete."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sample_articles import sample_articles

from newsbot.store import BACKSTOP_CHECKPOINT_PAGES, Store, _Checkpointer


def test_the_checkpointer_folds_back_what_the_writer_committed(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    articles = sample_articles()
    # A period no test waits for: the checkpoint below is the one that runs.
    store = Store(db, checkpoint_every=3600)
    thread = store._checkpointer
    assert thread is not None
    assert thread.is_alive()
    try:
        pages = store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        assert pages == BACKSTOP_CHECKPOINT_PAGES
        for article in articles:
            store.save(article)
        with sqlite3.connect(db) as conn:
            busy, frames, done = _Checkpointer.checkpoint(conn)
        assert frames > 0  # the writer's commits left their pages in the WAL
        assert (busy, done) == (0, frames)
    finally:
        store.close()
    assert not thread.is_alive()
    wal = tmp_path / "news.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    with Store(db, readonly=True) as again:
        assert again.count() == len(articles)
        assert [again.get(article.url) for article in articles] == articles


def test_a_store_without_a_checkpointer_keeps_sqlite_s_own(tmp_path: Path) -> None:
    with Store(tmp_path / "news.db") as store:
        assert store._checkpointer is None
        assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
