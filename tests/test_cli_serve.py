"""`newsbot serve`: a real Datasette on 127.0.0.1 with metadata and canned queries, read-only."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest
from sample_articles import filled_store
from serving import get, serving

from newsbot.store import Store


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = filled_store(tmp_path_factory.mktemp("serve") / "berita.db")
    with serving(db) as base:
        yield base, db


def rows(server, path: str) -> list[dict]:
    base, _ = server
    sep = "&" if "?" in path else "?"
    status, body = get(base, f"{path}{sep}_shape=array")
    assert status == 200, body
    return json.loads(body)


def test_tables_and_views_are_browsable(server):
    assert len(rows(server, "/berita/articles.json")) == 4
    per_day = rows(server, "/berita/articles_per_portal_day.json")
    assert {r["portal"] for r in per_day} == {"suara", "kompas", "tribun", "antara"}


def test_metadata_describes_tables_and_columns(server):
    base, _ = server
    status, body = get(base, "/-/metadata.json")
    metadata = json.loads(body)
    articles = metadata["databases"]["berita"]["tables"]["articles"]
    assert "canonical URL" in articles["description"]
    assert "WIB" in articles["columns"]["published"]
    status, html = get(base, "/berita/quotes")
    assert status == 200
    assert "Quotations found in articles" in html


def test_full_text_search(server):
    found = rows(server, "/berita/articles.json?_search=kopi&_col=headline")
    assert [r["headline"] for r in found] == ["Kopi Wamena Diekspor ke Jepang"]


def test_canned_queries(server):
    top = rows(server, "/berita/top_speakers.json")
    assert top[0]["speaker"] == "Anies Baswedan"
    assert top[0]["quotes"] == 2
    said = rows(server, "/berita/speaker_quotes.json?speaker=wahdi")
    assert [q["speaker"] for q in said] == ["Wahdi Siradjudin"]
    per_day = {
        r["published_local_date"]: r["articles"]
        for r in rows(server, "/berita/articles_per_day.json")
    }
    assert per_day == {"2024-03-27": 3, "2022-03-24": 1}
    promoted = rows(server, "/berita/most_promoted_links.json")
    assert {p["canonical_url"] for p in promoted} >= {
        "https://manado.antaranews.com/berita/1/gempa-guncang-manado"
    }


def test_is_read_only(server):
    base, db = server
    sql = urllib.parse.quote("delete from articles")
    status, body = get(base, f"/berita.json?sql={sql}")
    assert status == 400
    assert "SELECT" in body
    request = urllib.request.Request(base + "/berita/top_speakers", data=b"x=1", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405  # not Datasette 0.65's 500
    with Store(db) as store:
        assert store.count() == 4


def test_missing_database_is_an_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "newsbot", "serve", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "no database" in result.stderr
    assert "Traceback" not in result.stderr
