"""Link-list entries joined to the articles they point to: each observation keeps the URL as
seen and its canonical form (trackers removed, AMP/mobile copies resolved by the portal's rules),
the stored target article and its portal; the graph views the notebook reads build on them."""

from __future__ import annotations

import dataclasses
import json

import pytest
from click.testing import CliRunner
from sample_articles import demo_db, metro_umkm, sample_articles

from newsbot.cli import cli
from newsbot.record import Article
from newsbot.store import Store
from newsbot.store.links import canonical_link

SUARA = "https://lampung.suara.com/read/2022/03/24/115626/wali-kota-metro-pasarkan-umkm"


@pytest.mark.parametrize(
    ("seen", "canonical"),
    [
        (SUARA + "?utm_source=twitter&utm_medium=social", SUARA),
        (SUARA + "?fbclid=IwAR0x#comments", SUARA),
        (
            "https://lampung.suara.com/amp/read/2022/03/24/115626/wali-kota-metro-pasarkan-umkm",
            SUARA,
        ),
        (SUARA + "?page=all", SUARA),
        (SUARA + "?page=2&utm_campaign=x", SUARA),
        (
            "HTTPS://Lampung.Suara.COM:443/read/2022/03/24/115626/wali-kota-metro-pasarkan-umkm",
            SUARA,
        ),
        (
            "https://bali.antaranews.com/amp/berita/398765/kunjungan-wisman",
            "https://bali.antaranews.com/berita/398765/kunjungan-wisman",
        ),
        (
            "https://m.tribunnews.com/regional/2024/03/27/pasar-terong",
            "https://www.tribunnews.com/regional/2024/03/27/pasar-terong",
        ),
        (
            "https://regional.kompas.com/read/2024/03/27/060000/banjir?jxrecoid=1&source=related",
            "https://regional.kompas.com/read/2024/03/27/060000/banjir",
        ),
        # no portal profile: only click trackers go; the site's own parameters stay
        ("https://example.org/a?id=3&utm_source=x&page=2", "https://example.org/a?id=3&page=2"),
        ("mailto:redaksi@example.org", "mailto:redaksi@example.org"),
        ("", ""),
    ],
)
def test_canonical_form(seen, canonical):
    assert canonical_link(seen) == canonical


def linking(url: str, to: str, title: str = "Baca juga ini") -> Article:
    """A kompas article whose Baca Juga box links to `to`."""
    base = next(a for a in sample_articles() if a.portal == "kompas")
    return dataclasses.replace(
        base, url=url, lists={"baca_juga": [{"title": title, "url": to}]}, tags=[], quotes=[]
    )


def test_links_to_stored_articles_carry_the_target_article_and_portal(tmp_path):
    with Store(tmp_path / "news.db") as store:
        store.save(metro_umkm(), seen_at="2024-05-01T10:00:00+00:00")
        amp = "https://lampung.suara.com/amp/read/2022/03/24/115626/wali-kota-metro-pasarkan-umkm"
        store.save(
            linking("https://regional.kompas.com/read/2024/03/28/1/a", amp + "?utm_source=x")
        )
        row = next(store.db.query("select * from links where article_url like '%kompas%'"))
        assert row["url"] == amp + "?utm_source=x"  # as seen, kept
        assert row["canonical_url"] == SUARA  # equals the stored article's url: the join works
        assert row["target_article_url"] == SUARA
        assert row["target_portal"] == "suara"
        assert row["target_site"] == "lampung.suara.com"


def test_a_link_seen_before_its_target_is_stored_is_resolved_when_it_is(tmp_path):
    later = "https://regional.kompas.com/read/2024/03/29/2/later"
    with Store(tmp_path / "news.db") as store:
        store.save(
            linking("https://regional.kompas.com/read/2024/03/28/1/a", later + "?utm_medium=x")
        )
        before = next(store.db.query("select * from links"))
        assert before["target_article_url"] is None
        assert before["target_portal"] == "kompas"  # the family owning the host, meanwhile
        store.save(dataclasses.replace(linking(later, ""), lists={}))
        after = next(store.db.query("select * from links"))
        assert after["target_article_url"] == later


def test_a_link_to_a_fetched_copy_resolves_through_the_fetched_url(tmp_path):
    copy = "http://127.0.0.1:8765/lampung-suara/read/2022/03/24/115626/x.html"
    with Store(tmp_path / "news.db") as store:
        store.save(metro_umkm(), fetched_url=copy)
        store.save(linking("https://regional.kompas.com/read/2024/03/28/1/a", copy))
        row = next(store.db.query("select * from links where article_url like '%kompas%'"))
        assert row["target_article_url"] == SUARA
        assert row["canonical_url"] == SUARA


def test_graph_views(tmp_path):
    with Store(tmp_path / "news.db") as store:
        for article in sample_articles():
            store.save(article, seen_at="2024-05-01T10:00:00+00:00")
        store.save(linking("https://regional.kompas.com/read/2024/03/28/1/a", SUARA + "?page=all"))
        store.save(
            linking("https://regional.kompas.com/read/2024/03/28/2/b", "https://www.suara.com/x")
        )
        graph = {
            (r["source_portal"], r["target_portal"], r["list"]): r
            for r in store.db.query("select * from portal_link_graph")
        }
        to_suara = graph[("kompas", "suara", "baca_juga")]
        assert to_suara["links"] >= 2
        assert to_suara["stored_targets"] >= 1
        # www.suara.com is suara (the family), not a separate node
        assert not any("www.suara.com" in key for key in graph)
        edges = list(
            store.db.query("select * from article_link_graph where target_article_url = ?", [SUARA])
        )
        assert {e["source_article_url"] for e in edges} >= {
            "https://regional.kompas.com/read/2024/03/28/1/a"
        }


def test_on_a_demo_crawl_links_join_the_stored_articles(tmp_path):
    db = demo_db(tmp_path)
    with Store(db, readonly=True) as store:
        joined, total = store.db.execute(
            "select count(a.url), count(*) from links l left join articles a on a.url = l.canonical_url"
            " where l.list != 'tag'"
        ).fetchone()
        graph = list(store.db.query("select * from portal_link_graph where list = 'baca_juga'"))
    assert joined >= total / 2, (joined, total)  # was 0 of 190: every link to a crawled page joins
    assert {g["source_portal"] for g in graph} >= {"suara", "kompas", "antara"}
    exported = CliRunner().invoke(
        cli, ["export", "--db", str(db), "--table", "links", "--format", "jsonl"]
    )
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert any(r["target_article_url"] and r["url"] != r["canonical_url"] for r in rows)
