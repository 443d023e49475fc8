"""`newsbot serve`: a real Datasette on 127.0.0.1 with metadata and canned queries, read-only."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from sample_articles import filled_store

from newsbot.store import Store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(base: str, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(base + path, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = filled_store(tmp_path_factory.mktemp("serve") / "berita.db")
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "newsbot", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/-/versions.json", timeout=2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"newsbot serve did not start: {process.stdout.read()}")
            time.sleep(0.2)
    yield base, db
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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
    per_day = {r["day"]: r["articles"] for r in rows(server, "/berita/articles_per_day.json")}
    assert per_day == {"2024-03-27": 3, "2022-03-24": 1}
    promoted = rows(server, "/berita/most_promoted_links.json")
    assert {p["url"] for p in promoted} >= {
        "https://manado.antaranews.com/berita/1/gempa-guncang-manado"
    }


def test_is_read_only(server):
    base, db = server
    sql = urllib.parse.quote("delete from articles")
    status, body = get(base, f"/berita.json?sql={sql}")
    assert status == 400
    assert "SELECT" in body
    request = urllib.request.Request(base + "/berita/top_speakers", data=b"x=1", method="POST")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(request, timeout=10)
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
