"""`newsbot extract`: saved pages and text dumps to JSON records, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import shared_path

from newsbot.demo.server import SITE_DIR

SEED_URL = (
    "https://lampung.suara.com/read/2022/03/24/115626/"
    "temui-gubernur-dki-anies-baswedan-wali-kota-metro-wahdi-siradjudin-pasarkan-potensi-umkm"
)


def newsbot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbot", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_extract_text_dump_of_the_seed() -> None:
    seed = shared_path("seed-example.txt")
    result = newsbot("extract", "--text", str(seed), "--url", SEED_URL)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["dateline"]["outlet"] == "SuaraLampung.id"
    assert record["portal"] == "suara"
    assert record["published"] == "2022-03-24T11:56:26+07:00"
    assert len(record["paragraphs"]) == 9
    counts = {key: len(links) for key, links in record["lists"].items()}
    assert counts == {
        "baca_juga": 2,
        "berita_terkait": 5,
        "tag": 0,
        "terpopuler": 5,
        "pilihan": 5,
        "terkini": 5,
    }
    assert [(q["speaker"], q["cue"], q["kind"]) for q in record["quotes"]] == [
        ("Wahdi Siradjudin", "mengatakan", "indirect"),
        ("Wahdi Siradjudin", "jelasnya", "direct"),
        ("Anies Baswedan", "menjelaskan", "indirect"),
        ("Anies Baswedan", "jelasnya", "direct"),
    ]


def test_extract_saved_pages_as_jsonl() -> None:
    pages = sorted((SITE_DIR / "kompas").rglob("*.html"))[:2]
    assert len(pages) == 2
    result = newsbot("extract", *map(str, pages), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    for record in records:
        assert record["portal"] == "kompas"
        assert record["url"].startswith("https://")  # the page's canonical URL, not the file path
        assert record["dateline"]["outlet"] == "Kompas.com"


def test_one_bad_input_does_not_hide_the_good_ones(tmp_path: Path) -> None:
    page = next((SITE_DIR / "antara").rglob("*.html"))
    result = newsbot("extract", str(page), str(tmp_path / "missing.html"))
    assert result.returncode == 1
    assert "missing.html: no such file" in result.stderr
    (record,) = json.loads(result.stdout)
    assert record["portal"] == "antara"
