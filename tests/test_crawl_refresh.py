"""--refresh DAYS: stored articles published within the window are fetched again and changes recorded."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from mirror import (
    MirrorServer,
    S,
    Story,
    article_html,
    article_paths,
    build_news_site,
    last_run,
    scrapy_crawl,
)

# The mirror's articles are from March 2024; a window reaching back to 2024-03-24 holds a1, a2, a4,
# a5 and the flaky one (news sitemap and feed dates), not the older ones.
DAYS_SINCE_24_MARCH = (
    dt.datetime.now(dt.UTC) - dt.datetime(2024, 3, 23, 17, tzinfo=dt.UTC)
).total_seconds() / 86400


def test_refresh_refetches_recent_articles_and_records_changes(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    with MirrorServer() as server:
        site = build_news_site(server)
        assert scrapy_crawl(site.base + "/", db).returncode == 0
        # The portal corrects one recent article after our first visit.
        a1 = S["a1"]
        corrected = Story(
            a1.path,
            a1.published,
            a1.headline,
            (*a1.text(), "Ralat: jumlah warga terdampak 120 KK."),
        )
        server.add(a1.path, article_html(site.base + a1.path, corrected))
        server.clear_log()
        result = scrapy_crawl(
            site.base + "/", db, settings={"NEWSBOT_REFRESH_DAYS": f"{DAYS_SINCE_24_MARCH:.6f}"}
        )
        log = server.log
    assert result.returncode == 0, result.stderr[-3000:]
    again = article_paths(log)
    recent = {S[k].path for k in ("a1", "a2", "a4", "a5", "flaky")}
    older = {S[k].path for k in ("a3", "a6", "a7", "a8", "multi", "old")}
    assert recent <= again
    assert not (older & again)
    counts = last_run(db)["counts"]
    assert counts["updated"] == 1
    assert counts["unchanged"] == 4
    with sqlite3.connect(db) as conn:
        body = conn.execute(
            "SELECT body FROM articles WHERE url = ?", [site.base + a1.path]
        ).fetchone()[0]
        changes = conn.execute("SELECT article_url, fields FROM article_changes").fetchall()
    assert "Ralat: jumlah warga terdampak 120 KK." in body
    # The correction is on record: which article, and that its body changed.
    ((changed_url, fields),) = changes
    assert changed_url == site.base + a1.path
    assert {"body", "content_hash"} <= set(json.loads(fields))
