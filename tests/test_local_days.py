"""Every day-based view and command counts the portal's own calendar day (WIB/WITA/WIT), named
`*_local_date`, never the UTC day: a crawl at 02:54 WIB counts on that WIB day."""

from __future__ import annotations

import dataclasses
import json

from click.testing import CliRunner
from sample_articles import metro_umkm

from newsbot.cli import cli
from newsbot.store import Store


def article(url: str, published: str, portal: str = "antara"):
    return dataclasses.replace(
        metro_umkm(),
        url=url,
        portal=portal,
        published=published,
        lists={"terpopuler": [{"title": "Populer", "url": "https://x.test/populer"}]},
    )


def test_articles_and_links_get_the_portal_local_day(tmp_path):
    with Store(tmp_path / "news.db") as store:
        # 06:30 WITA on the 27th is 22:30 UTC on the 26th
        store.save(
            article("https://x.test/wita", "2024-03-27T06:30:00+08:00"),
            seen_at="2026-12-01T16:30:00+00:00",
        )
        # the same crawl moment is 23:30 WIB on the 1st, 00:30 WITA on the 2nd
        store.save(
            article("https://x.test/wib", "2024-03-27T06:30:00+07:00"),
            seen_at="2026-12-01T16:30:00+00:00",
        )
        # 02:54 WIB on 2 December: 19:54 UTC on the 1st
        store.save(
            article("https://x.test/early", "2024-03-28T09:00:00+07:00"),
            seen_at="2026-12-01T19:54:00+00:00",
        )
        days = dict(store.db.execute("select url, published_local_date from articles").fetchall())
        assert days["https://x.test/wita"] == "2024-03-27"
        seen = dict(store.db.execute("select article_url, seen_local_date from links").fetchall())
        assert seen == {
            "https://x.test/wita": "2026-12-02",
            "https://x.test/wib": "2026-12-01",
            "https://x.test/early": "2026-12-02",
        }
        per_day = {
            (r["published_local_date"], r["portal"]): r["articles"]
            for r in store.db.query("select * from articles_per_portal_day")
        }
        assert per_day == {("2024-03-27", "antara"): 2, ("2024-03-28", "antara"): 1}
        promoted = {
            r["seen_local_date"]: r["promoted_by"]
            for r in store.db.query("select * from links_promoted_per_day")
        }
        assert promoted == {"2026-12-01": 1, "2026-12-02": 2}


def test_stats_by_day_and_export_use_the_local_day(tmp_path):
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.save(article("https://x.test/wita", "2024-03-27T06:30:00+08:00"))
        store.save(article("https://x.test/wit", "2024-03-27T07:30:00+09:00", portal="kompas"))
    runner = CliRunner()
    figures = json.loads(
        runner.invoke(cli, ["stats", "--db", str(db), "--by", "day", "--json"]).stdout
    )
    assert [(d["published_local_date"], d["articles"], d["portals"]) for d in figures["day"]] == [
        ("2024-03-27", 2, 2)
    ]
    rows = runner.invoke(
        cli,
        [
            "export",
            "--db",
            str(db),
            "--format",
            "csv",
            "--columns",
            "url,published,published_local_date",
        ],
    ).stdout.splitlines()
    assert rows[1:] == [  # the same UTC instant, then by URL
        "https://x.test/wit,2024-03-27T07:30:00+09:00,2024-03-27",
        "https://x.test/wita,2024-03-27T06:30:00+08:00,2024-03-27",
    ]

    # a bare --until includes that whole day (in WIB): 06:30 WITA is 05:30 WIB on the 27th
    def exported(*args: str) -> int:
        result = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl", *args])
        return result.stdout.count("\n")

    assert exported("--until", "2024-03-26") == 0
    assert exported("--until", "2024-03-27") == 2
    assert exported("--since", "2024-03-27", "--until", "2024-03-27") == 2  # that one day
