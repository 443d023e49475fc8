"""Real saved pages (read from ../shared/pages at test time) crawled through the mirror at their own URLs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import shared_page, truth
from mirror import XML, MirrorServer, scrapy_crawl, urlset

pytestmark = pytest.mark.shared


def _entries(host_suffix: str) -> list[dict[str, str]]:
    rows = [row for row in truth() if (urlsplit(row["url"]).hostname or "").endswith(host_suffix)]
    if not rows:
        pytest.skip("../shared/pages/truth.json not present")
    return rows


@pytest.mark.parametrize(
    ("home", "host_suffix"),
    [("http://www.kompas.com/", "kompas.com"), ("http://www.antaranews.com/", "antaranews.com")],
)
def test_real_pages_listed_in_a_sitemap_are_stored(
    home: str, host_suffix: str, tmp_path: Path
) -> None:
    rows = _entries(host_suffix)
    db = tmp_path / "news.db"
    with MirrorServer() as server:
        for row in rows:
            parts = urlsplit(row["url"])
            server.add(f"/{parts.netloc}{parts.path}", shared_page(row["file"]))
        host = urlsplit(home).netloc
        server.add(
            f"/{host}/sitemap.xml", urlset([(row["url"], row["published"]) for row in rows]), XML
        )
        result = scrapy_crawl(home, db, settings={"NEWSBOT_MIRROR": server.url})
        log = server.log
    assert result.returncode == 0, result.stderr[-3000:]
    for row in rows:
        parts = urlsplit(row["url"])
        assert f"/{parts.netloc}{parts.path}" in log
    with sqlite3.connect(db) as conn:
        stored = dict(conn.execute("SELECT headline, published FROM articles"))
    # Titles and dates as the hand-checked truth file gives them.
    assert {row["title"] for row in rows} == set(stored)
    for row in rows:
        assert stored[row["title"]][:16] == row["published"][:16].replace(" ", "T")
