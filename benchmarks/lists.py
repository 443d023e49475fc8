"""List precision/recall of newsbot.extract.lists over the hand-annotated pages in ../shared/pages.

Truth is tests/data/lists_truth.json (counts and first/last title prefixes per list). Item-level figures are
estimated from that: a list whose first and last titles match scores min(found, expected) true items, one
whose first or last matches scores half that, otherwise 0. Lists found on a page under a key the annotation
does not have count as false items. Run: .venv/bin/python benchmarks/lists.py [-v]

A second, held-out line scores the project-made pages in tests/data (portals/, shapes/, generic/) against
tests/data/lists_heldout.json: pages the list code was not developed on, read through extract_article (the path
users get), and counts list titles that leak into the article body.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsbot.extract import extract_article
from newsbot.extract.lists import extract_lists
from newsbot.extract.page import Page

PAGES = ROOT.parent / "shared" / "pages"
TRUTH = ROOT / "tests" / "data" / "lists_truth.json"
HELDOUT = ROOT / "tests" / "data" / "lists_heldout.json"


def _matches(title: str, prefix: str) -> bool:
    return " ".join(title.lower().split()).startswith(" ".join(prefix.lower().split()))


def score_page(
    found: dict[str, list[dict[str, str]]], truth: dict[str, dict]
) -> tuple[float, int, int, list[str]]:
    """(true items, found items, expected items, notes) for one page."""
    tp = 0.0
    notes = []
    for key, want in truth.items():
        got = found.get(key, [])
        if not got:
            notes.append(f"missing {key} ({want['count']})")
            continue
        first = _matches(got[0]["title"], want["first"])
        last = _matches(got[-1]["title"], want["last"])
        tp += min(len(got), want["count"]) * (
            1.0 if first and last else 0.5 if first or last else 0.0
        )
        if not (first and last and len(got) == want["count"]):
            notes.append(f"{key}: {len(got)}/{want['count']} first={first} last={last}")
    extra = [key for key in found if key not in truth and found[key]]
    notes += [f"extra {key} ({len(found[key])})" for key in extra]
    n_found = sum(len(v) for v in found.values())
    n_expected = sum(w["count"] for w in truth.values())
    return tp, n_found, n_expected, notes


def main(verbose: bool = False) -> None:
    if not TRUTH.exists() or not PAGES.exists():
        print("lists: ../shared/pages or the truth file is missing; nothing measured")
        return
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))["pages"]
    manifest = {
        row.split("\t")[0]: row.split("\t")[3]
        for row in (PAGES / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    }
    tp = found_total = expected_total = 0.0
    elapsed = 0.0
    for name, want in truth.items():
        page = Page.parse(
            (PAGES / name).read_bytes(), manifest.get(name, "https://example.invalid/")
        )
        start = time.perf_counter()
        found = extract_lists(page)
        elapsed += time.perf_counter() - start
        page_tp, n_found, n_expected, notes = score_page(found, want)
        tp, found_total, expected_total = (
            tp + page_tp,
            found_total + n_found,
            expected_total + n_expected,
        )
        if verbose and notes:
            print(f"  {name}: " + "; ".join(notes))
    precision = tp / found_total if found_total else 1.0
    recall = tp / expected_total if expected_total else 1.0
    print(
        f"lists: pages={len(truth)} items expected={int(expected_total)} found={int(found_total)} "
        f"precision={precision:.3f} recall={recall:.3f} ({1000 * elapsed / max(1, len(truth)):.1f} ms/page)"
    )


def leaked_titles(
    body: str, lists: dict[str, list[dict[str, str]]], truth: dict[str, dict]
) -> list[str]:
    """Annotated or found list titles in the body: a story title anywhere in a paragraph, a tag only as (most of)
    a short paragraph, since tag words ("nelayan") are ordinary words of the article's prose."""
    paragraphs = [" ".join(p.lower().split()) for p in body.split("\n") if p.strip()]
    titles = {(key, w[end]) for key, w in truth.items() for end in ("first", "last")}
    titles |= {(key, link["title"]) for key, links in lists.items() for link in links}
    leaks = set()
    for key, title in titles:
        norm = " ".join(title.lower().split())
        if not norm:
            continue
        for para in paragraphs:
            short = len(para) <= len(norm) + 40
            if norm in para and (key != "tag" or short) and (len(norm) > 12 or short):
                leaks.add(title)
    return sorted(leaks)


def heldout(verbose: bool = False) -> None:
    """The same figures on pages the list code was not developed on, through extract_article."""
    data = json.loads(HELDOUT.read_text(encoding="utf-8"))
    tp = found_total = expected_total = 0.0
    leaks = 0
    for name, want in data["pages"].items():
        art = extract_article((ROOT / "tests" / "data" / name).read_bytes(), data["urls"][name])
        page_tp, n_found, n_expected, notes = score_page(art.lists, want)
        leaked = leaked_titles(art.body, art.lists, want)
        leaks += len(leaked)
        notes += [f"body leak {title!r}" for title in leaked]
        tp, found_total, expected_total = (
            tp + page_tp,
            found_total + n_found,
            expected_total + n_expected,
        )
        if verbose and notes:
            print(f"  {name}: " + "; ".join(notes))
    precision = tp / found_total if found_total else 1.0
    recall = tp / expected_total if expected_total else 1.0
    print(
        f"lists held-out: pages={len(data['pages'])} items expected={int(expected_total)} "
        f"found={int(found_total)} precision={precision:.3f} recall={recall:.3f} body leaks={leaks}"
    )


if __name__ == "__main__":
    main(verbose="-v" in sys.argv)
    heldout(verbose="-v" in sys.argv)
