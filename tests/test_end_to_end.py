"""The whole pipeline as a user runs it: `newsbot demo` (crawl over loopback) → SQLite → export → compare."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from newsbot.record import Article

NEWSBOT = [sys.executable, "-m", "newsbot"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*NEWSBOT, *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("demo")
    db = work / "demo.db"
    first = run("demo", "--db", str(db), cwd=work)
    assert first.returncode == 0, first.stderr[-3000:]
    return db


def rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_demo_stores_articles_of_several_portal_shapes(demo_db: Path) -> None:
    articles = rows(demo_db, "select url, portal, headline, published, body from articles")
    assert len(articles) >= 10
    assert len({portal for _, portal, *_ in articles}) >= 3
    for url, portal, headline, published, body in articles:
        assert url.startswith("http"), url
        assert portal, url
        assert headline, url
        when = dt.datetime.fromisoformat(published)
        assert when.utcoffset() is not None, f"{url}: published {published!r} has no offset"
        assert len(body) > 200, url


def test_demo_seed_article_is_complete(demo_db: Path) -> None:
    (record,) = rows(
        demo_db,
        "select headline, published, dateline, body from articles where url like '%lampung.suara.com%wahdi%'",
    )
    headline, published, dateline, body = record
    assert headline == (
        "Temui Gubernur DKI Anies Baswedan, Wali Kota Metro Wahdi Siradjudin Pasarkan Potensi UMKM"
    )
    assert published == "2022-03-24T11:56:26+07:00"
    assert json.loads(dateline)["outlet"] == "SuaraLampung.id"
    assert body.startswith("SuaraLampung.id - Wali Kota Metro Wahdi Siradjudin")
    assert "Baca Juga" not in body
    assert "Digitalisasi Ekspor Produk UMKM" not in body  # a Berita Terkait title


def test_demo_links_the_seed_story_in_four_versions(demo_db: Path) -> None:
    (story,) = rows(
        demo_db,
        "select first_portal, members, portals from stories_overview where members > 1",
    )
    assert story == ("suara", 4, "suara, kompas, tribun, antara")


def test_second_demo_run_adds_nothing(demo_db: Path) -> None:
    before = rows(demo_db, "select count(*) from articles")[0][0]
    again = run("demo", "--db", str(demo_db), cwd=demo_db.parent)
    assert again.returncode == 0, again.stderr[-3000:]
    assert rows(demo_db, "select count(*) from articles")[0][0] == before


def exported(db: Path, fmt: str, tmp_path: Path) -> Path:
    out = tmp_path / f"articles.{fmt}"
    result = run("export", "--db", str(db), "--format", fmt, "-o", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return out


def stored(db: Path) -> dict[str, Article]:
    from newsbot.store import Store

    with Store(db) as store:
        return {a.url: a for a in store.iter_articles()}


def test_json_export_reads_back_to_the_same_records(demo_db: Path, tmp_path: Path) -> None:
    data = json.loads(exported(demo_db, "json", tmp_path).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    assert {d["url"]: Article.from_dict(d) for d in data} == stored(demo_db)


def test_csv_export_is_the_records_flattened_for_a_spreadsheet(
    demo_db: Path, tmp_path: Path
) -> None:
    with exported(demo_db, "csv", tmp_path).open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    originals = stored(demo_db)
    assert len(table) == len(originals)
    for row in table:
        original = originals[row["url"]].to_dict()
        for name, cell in row.items():
            value = original.get(name)
            if name not in original:
                continue  # derived: published_utc, published_local_date, dateline_*, first/last seen
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                assert cell == "; ".join(value), name  # authors, tags
            elif isinstance(value, list):
                assert cell == str(len(value)), name  # quotes, images: counts
            elif isinstance(value, dict):
                assert cell == str(sum(len(v) for v in value.values())), name  # lists: links
            else:
                assert cell == str(value), name
        assert row["dateline_outlet"] == (original["dateline"] or {}).get("outlet", "")
