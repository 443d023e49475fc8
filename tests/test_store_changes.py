"""Re-fetched articles whose content changed leave a dated change row (what changed, old and new)."""

from __future__ import annotations

import dataclasses

from sample_articles import metro_umkm

from newsbot.store import Store


def test_a_correction_is_logged_with_the_fields_it_touched(tmp_path):
    original = metro_umkm()
    corrected = dataclasses.replace(
        original,
        headline=original.headline + " (Ralat)",
        body=original.body.replace("UMKM Kota Metro", "UMKM Metro"),
        content_hash="corrected-hash",
        modified="2022-03-25T08:00:00+07:00",
    )
    with Store(tmp_path / "n.db") as store:
        assert store.save(original, seen_at="2022-03-24T05:00:00+00:00") == "inserted"
        assert store.changes() == []
        assert store.save(corrected, seen_at="2022-03-25T02:00:00+00:00") == "updated"
        (change,) = store.changes(original.url)
        assert change["changed_at"] == "2022-03-25T02:00:00+00:00"
        assert change["fields"] == ["body", "content_hash", "headline", "modified"]
        assert change["old_headline"] == original.headline
        assert change["old_content_hash"] == original.content_hash
        assert change["new_content_hash"] == "corrected-hash"
        assert change["new_modified"] == "2022-03-25T08:00:00+07:00"
        # The articles table holds the latest version only.
        assert store.get(original.url).headline.endswith("(Ralat)")


def test_an_unchanged_refetch_logs_nothing(tmp_path):
    article = metro_umkm()
    with Store(tmp_path / "n.db") as store:
        store.save(article, seen_at="2022-03-24T05:00:00+00:00")
        later = dataclasses.replace(article, crawled_at="2022-03-26T00:00:00+00:00")
        saved = store.save(later, fetched_url="https://x/amp", seen_at="2022-03-26T00:00:00+00:00")
        assert saved == "unchanged"
        assert store.changes() == []
