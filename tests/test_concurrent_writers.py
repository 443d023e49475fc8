"""Two crawls and readers on one database raise no lock error and lose no row (issue 12, 6).

Every write starts with BEGIN IMMEDIATE (waiting up to the busy timeout for the other writer) and
is retried when the database is still locked; a deferred read-then-write transaction would fail
at once with "database is locked", whatever the timeout.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from crashsite import build_big_site, output_of, start_crawl
from mirror import MirrorServer, stored_urls

from newsbot.store import Store

N = 150


def test_two_crawls_and_readers_share_one_database(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    Store(db).close()
    with MirrorServer() as first, MirrorServer() as second:
        one = build_big_site(first, N, delay=0.005, prefix="satu-")
        two = build_big_site(second, N, delay=0.005, prefix="dua-", start=N)
        crawls = [start_crawl(site.base + "/", db) for site in (one, two)]
        reader_errors: list[str] = []
        reads = 0
        stop = threading.Event()

        def read() -> None:
            nonlocal reads
            while not stop.is_set():
                try:
                    with Store(db) as store:  # as `newsbot stats` and `search` open it
                        store.count()
                        store.runs(limit=5)
                    with sqlite3.connect(db, timeout=30) as conn:
                        conn.execute("SELECT count(*) FROM articles_fts").fetchone()
                    reads += 1
                except sqlite3.Error as exc:
                    reader_errors.append(repr(exc))
                time.sleep(0.01)

        readers = [threading.Thread(target=read) for _ in range(2)]
        for reader in readers:
            reader.start()
        try:
            codes = [crawl.wait(timeout=300) for crawl in crawls]
        finally:
            stop.set()
            for reader in readers:
                reader.join()
        output = output_of(db)
    assert codes == [0, 0], output[-3000:]
    assert "database is locked" not in output
    assert "Traceback" not in output
    assert reader_errors == []
    assert reads > 0
    assert stored_urls(db) == set(one.articles) | set(two.articles)
    with Store(db) as store:
        assert [r["status"] for r in store.runs()] == ["finished", "finished"]


def test_a_writer_waits_for_another_writers_transaction(tmp_path: Path) -> None:
    """A write that finds the lock taken waits for it instead of failing."""
    db = tmp_path / "news.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO tags (name) VALUES ('dipegang')")
    release = threading.Timer(0.5, lambda: holder.execute("COMMIT"))
    release.start()
    from sample_articles import metro_umkm

    with Store(db) as store:
        assert store.save(metro_umkm()) == "inserted"
    release.join()
    holder.close()
