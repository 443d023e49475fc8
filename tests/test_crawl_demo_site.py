"""The packaged demo site crawled by URL: every expected article stored once, pages joined."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from mirror import last_run, scrapy_crawl

from newsbot.demo.server import SITE_DIR, SiteServer


def test_demo_site_crawl_matches_its_expected_records(tmp_path: Path) -> None:
    expected = json.loads((SITE_DIR / "expected.json").read_text(encoding="utf-8"))
    db = tmp_path / "demo.db"
    with SiteServer(SITE_DIR) as site:
        result = scrapy_crawl(site.url + "/", db)
    assert result.returncode == 0, result.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        pages = dict(conn.execute("SELECT url, pages FROM articles"))
    assert pages == {record["url"]: record["pages"] for record in expected}
    counts = last_run(db)["counts"]
    assert counts["robots_denied"] == 1
    assert counts["failed"] == 0
    assert counts.get("join_incomplete", 0) == 0
