"""One bad page costs only itself (issue 12, finding 1).

A page whose JSON-LD headline holds a lone surrogate used to pass extraction and then fail every
later write batch, silently (exit 0, "failed 0"). Now text leaves extraction as valid Unicode, each
article is stored in its own transaction, and an article that cannot be stored is recorded in
`failures` with its URL and reason, counted, printed, and makes the crawl exit non-zero.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mirror import (
    ROOT,
    TEST_SETTINGS,
    XML,
    MirrorServer,
    Story,
    article_html,
    last_run,
    news_sitemap,
    stored_urls,
)

from newsbot.extract import extract_article, extract_text
from newsbot.record import Article, valid_unicode

WHEN = "2024-03-25T08:00:00+07:00"
PLUGINS = Path(__file__).parent / "plugins"
SURROGATE = "\ud800"


def surrogate_page(url: str, story: Story) -> str:
    """An article whose JSON-LD headline escapes a lone surrogate, as the campaign's page did."""
    page = article_html(url, story)
    return page.replace(json.dumps(story.headline), json.dumps(story.headline)[:-1] + '\\ud800"')


def stories(n: int) -> list[Story]:
    return [
        Story(
            f"/2024/03/25/berita-nomor-{i}-dari-kota-contoh-hari-ini",
            WHEN,
            f"Berita nomor {i} dari kota contoh",
        )
        for i in range(n)
    ]


def test_extraction_replaces_lone_surrogates() -> None:
    story = stories(1)[0]
    url = "https://x.test" + story.path
    article = extract_article(surrogate_page(url, story), url)
    text = json.dumps(article.to_dict(), ensure_ascii=False)
    text.encode("utf-8")  # would raise on a surrogate
    assert "\ufffd" in article.headline


def test_text_extraction_replaces_lone_surrogates() -> None:
    paragraph = "Warga kota contoh " + SURROGATE + " berkumpul di balai desa sejak pagi hari ini."
    article = extract_text(paragraph + "\n" + paragraph)
    assert SURROGATE not in article.body
    assert "\ufffd" in article.body


def test_valid_unicode_reaches_nested_fields() -> None:
    article = Article(
        url="https://x.test/a",
        headline="a" + SURROGATE,
        quotes=[{"text": SURROGATE}],  # type: ignore[list-item]
        lists={"baca" + SURROGATE: [{"title": SURROGATE, "url": ""}]},
    ).valid_unicode()
    assert json.dumps(article.to_dict(), ensure_ascii=False).encode("utf-8")
    clean = {"a": ["b", {"c": 1}]}
    assert valid_unicode(clean) is clean  # nothing copied when nothing changes


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """60 articles: one with a surrogate headline, one that cannot be stored, in the middle."""
    tmp = tmp_path_factory.mktemp("isolation")
    with MirrorServer() as site:
        a = site.url
        items = stories(60)
        items[20] = Story(items[20].path, WHEN, items[20].headline + " [RUSAK]")
        for i, story in enumerate(items):
            body = surrogate_page(a + story.path, story) if i == 10 else None
            site.add(story.path, body or article_html(a + story.path, story))
        site.add("/news.xml", news_sitemap([(a + s.path, WHEN, s.headline) for s in items]), XML)
        site.add("/robots.txt", f"User-agent: *\nSitemap: {a}/news.xml\n", "text/plain")
        db = tmp / "news.db"
        settings = [x for k, v in TEST_SETTINGS.items() for x in ("-s", f"{k}={v}")]
        pipelines = {
            "newsbot.pipelines.ValidatePipeline": 100,
            "breaking_pipeline.BreakMarkedItems": 700,
            "newsbot.pipelines.StorePipeline": 800,
        }
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(PLUGINS), str(ROOT)])}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "newsbot",
                "crawl",
                a + "/",
                "--db",
                str(db),
                *settings,
                "-s",
                f"ITEM_PIPELINES={json.dumps(pipelines)}",
            ],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        with sqlite3.connect(db) as conn:
            failures = conn.execute("SELECT url, stage, reason, run_id FROM failures").fetchall()
            headline = conn.execute(
                "SELECT headline FROM articles WHERE url = ?", [a + items[10].path]
            ).fetchone()
        yield {
            "result": result,
            "stored": stored_urls(db),
            "urls": [a + s.path for s in items],
            "failures": failures,
            "run": last_run(db),
            "headline": headline,
        }


def test_every_other_article_is_stored(crawled: dict[str, Any]) -> None:
    urls = crawled["urls"]
    assert crawled["stored"] == set(urls) - {urls[20]}
    assert "\ufffd" in crawled["headline"][0]


def test_the_lost_article_is_recorded_with_its_reason(crawled: dict[str, Any]) -> None:
    run = crawled["run"]
    assert crawled["failures"] == [(crawled["urls"][20], "store", "type_error", run["id"])]
    assert run["counts"]["item_failed"] == 1
    assert run["status"] == "finished"


def test_the_crawl_says_so_and_exits_non_zero(crawled: dict[str, Any]) -> None:
    result = crawled["result"]
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    assert f"failed at store (type_error): {crawled['urls'][20]}" in result.stderr
    assert "1 article(s) could not be stored" in result.stderr
    assert "articles failed (not stored)" in result.stderr


def test_newsbot_extract_reports_each_input(tmp_path: Path) -> None:
    story = stories(1)[0]
    page = tmp_path / "page.html"
    page.write_text(surrogate_page("https://x.test" + story.path, story), encoding="utf-8")
    text = tmp_path / "text.txt"
    text.write_text(
        "Kalimat " + SURROGATE + " yang cukup panjang untuk menjadi isi berita.\n" * 3,
        "utf-8",
        "surrogatepass",
    )
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "newsbot", "extract", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    ok = run(str(page), "--url", "https://x.test" + story.path)
    assert ok.returncode == 0, ok.stderr
    assert "\ufffd" in json.loads(ok.stdout)["headline"]
    mixed = run(str(page), str(empty), "--format", "jsonl")
    assert mixed.returncode == 1
    assert "Traceback" not in mixed.stderr
    assert len(mixed.stdout.splitlines()) == 1
    assert "1 of 2 input(s) gave no record" in mixed.stderr
    as_text = run("--text", str(text))
    assert as_text.returncode == 0, as_text.stderr
