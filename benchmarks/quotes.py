"""Quote extraction on real annotated news (PFSA-ID dev, ../shared/corpus/pfsa-dev) and on the
project's hand-annotated sets (tests/data/quotes_devset.json, quotes_heldout.json, the demo site).

PFSA first: quote P/R/F1 and speaker accuracy by the metric of ../shared/corpus/README.md (see
benchmarks/pfsa.py), next to a naive regex baseline, with counts per error class; `--pfsa-misses`
prints every error (for study only: nothing read from the corpus may be copied into the project).
Then `.venv/bin/python benchmarks/quotes.py [--misses] [--reader plain]`,
or `--heldout` for the hand-written passages of tests/data/quotes_heldout.json (no ../shared needed).
It also measures the project's demo site (newsbot/demo/site, every quote of expected.json,
pages read with newsbot.extract.extract_article), which needs no ../shared.
A gold quote is found when a predicted direct quote of the same page shares ≥ 80 % of its
tokens (multiset overlap over the longer of the two). Speaker accuracy is measured on found
quotes. Pages are read from ../shared/pages (never copied into the repo).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pfsa  # benchmarks/pfsa.py, beside this file

from newsbot.extract import extract_article
from newsbot.extract.quotes import extract_quotes

SHARED = ROOT.parent / "shared"
PFSA_DEV = SHARED / "corpus" / "pfsa-dev" / "dev.txt"
DEVSET = ROOT / "tests" / "data" / "quotes_devset.json"
HELDOUT = ROOT / "tests" / "data" / "quotes_heldout.json"
DEMO_SITE = ROOT / "newsbot" / "demo" / "site"
OVERLAP = 0.8


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def overlap(a: str, b: str) -> float:
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    longer = max(sum(ta.values()), sum(tb.values()))
    return sum((ta & tb).values()) / longer if longer else 0.0


def seed_paragraphs(text: str) -> list[str]:
    """Seed lines up to the last body line (before "Berita Terkait"), without "Baca Juga:"."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    end = lines.index("Berita Terkait") if "Berita Terkait" in lines else len(lines)
    return [line for line in lines[:end] if not line.startswith("Baca Juga:")]


def fallback_paragraphs(html: bytes) -> list[str]:
    """Plain reading of <p> texts, for pages extract_article cannot read."""
    import lxml.html

    tree = lxml.html.fromstring(html)
    for bad in tree.xpath("//script|//style"):
        bad.drop_tree()
    for br in tree.xpath("//p//br"):
        br.tail = "\n" + (br.tail or "")
    lines = [line for p in tree.xpath("//p") for line in p.text_content().split("\n")]
    paras = [" ".join(line.split()) for line in lines]
    return [p for p in paras if len(p) > 20]


def plain_paragraphs(html: bytes) -> list[str]:
    """The page's visible article text as trafilatura reads it, one paragraph a line."""
    import trafilatura

    text = trafilatura.extract(html.decode("utf-8", "replace"), favor_recall=True) or ""
    return [line.strip() for line in text.splitlines() if line.strip()]


def page_url(relpath: str) -> str:
    """The page's real URL from MANIFEST.tsv (URL shapes matter to extraction, as when crawling)."""
    manifest = SHARED / "pages" / "MANIFEST.tsv"
    for line in manifest.read_text(encoding="utf-8").splitlines()[1:]:
        cells = line.split("\t")
        if cells[0] == relpath and len(cells) > 3 and cells[3]:
            return cells[3]
    return "https://example.invalid/" + relpath


def page_paragraphs(relpath: str, reader: str = "article") -> tuple[list[str], str, str]:
    """(paragraphs, headline, source) where source says which reader was used."""
    path = SHARED / relpath if relpath == "seed-example.txt" else SHARED / "pages" / relpath
    if relpath == "seed-example.txt":
        return seed_paragraphs(path.read_text(encoding="utf-8")), "", "seed"
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    if reader == "plain":
        return plain_paragraphs(data), "", "trafilatura"
    try:
        article = extract_article(data, page_url(relpath))
        if article.paragraphs:
            return article.paragraphs, article.headline, "extract_article"
    except Exception as exc:  # noqa: BLE001 (the benchmark reports, it does not stop)
        print(f"  extract_article failed on {relpath}: {type(exc).__name__}: {exc}")
    paragraphs = fallback_paragraphs(data)
    if len(paragraphs) > 1:
        return paragraphs, "", "<p> fallback"
    return plain_paragraphs(data), "", "trafilatura fallback"


def demo_articles() -> list[tuple[dict, list[str], str]]:
    """(expected record, paragraphs, headline) for every demo-site article, pages joined."""
    expected = json.loads((DEMO_SITE / "expected.json").read_text(encoding="utf-8"))
    out = []
    for record in expected:
        first = DEMO_SITE / record["file"].lstrip("/")
        files = [first] + [
            first.with_name(f"{first.stem}-{n}.html") for n in range(2, record.get("pages", 1) + 1)
        ]
        paragraphs: list[str] = []
        headline = ""
        for path in files:
            article = extract_article(path.read_bytes(), record["url"])
            paragraphs += article.paragraphs
            headline = headline or article.headline
        out.append((record, paragraphs, headline))
    return out


def match(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each gold quote with the predicted quote it is found as (≥ OVERLAP), else None."""
    used: set[int] = set()
    pairs: list[tuple[dict, dict | None]] = []
    for g in gold:
        score, k = max(
            ((overlap(g["text"], q["text"]), k) for k, q in enumerate(predicted) if k not in used),
            default=(0.0, -1),
        )
        if score >= OVERLAP:
            used.add(k)
            pairs.append((g, predicted[k]))
        else:
            pairs.append((g, None))
    return pairs


def demo_site(show_misses: bool) -> None:
    """Quotes of the demo site: found, extra, right speakers."""
    gold_n = found = right = extra = 0
    for record, paragraphs, headline in demo_articles():
        predicted = [q for q in extract_quotes(paragraphs, headline) if q["kind"] == "direct"]
        pairs = match(record["quotes"], predicted)
        gold_n += len(pairs)
        extra += len(predicted) - sum(1 for _, q in pairs if q is not None)
        for g, q in pairs:
            if q is None:
                if show_misses:
                    print(f"  demo MISSED {g['speaker']!r}: {g['text'][:60]}")
                continue
            found += 1
            if q["speaker"].lower() == g["speaker"].lower():
                right += 1
            elif show_misses:
                print(
                    f"  demo SPEAKER want {g['speaker']!r} got {q['speaker']!r}: {g['text'][:50]}"
                )
    print(
        f"\ndemo site: gold={gold_n} found={found} extra={extra} "
        f"speaker accuracy on found quotes={right / found if found else 0:.3f} ({right}/{found})"
    )


def _same_speaker(want: str, got: str) -> bool:
    return want.lower() == got.lower()


def heldout(reported: bool) -> None:
    """Held-out passages, per set (round1 was written first, round2 after tuning on round1,
    round3 after tuning on round2, each measured before the code saw it):
    direct quotes P/R/F1 and speakers, indirect quotes likewise."""
    passages = json.loads(HELDOUT.read_text(encoding="utf-8"))
    for name in sorted({p.get("set", "") for p in passages}):
        _heldout_set(name, [p for p in passages if p.get("set", "") == name], reported)


def _heldout_set(name: str, passages: list[dict], reported: bool) -> None:
    n = {"tp": 0, "fp": 0, "fn": 0, "right": 0, "itp": 0, "ifp": 0, "ifn": 0, "iright": 0}
    for passage in passages:
        quotes = extract_quotes(
            passage["paragraphs"], passage.get("headline", ""), reported=reported
        )
        lines = []
        for kind, pre in (("direct", ""), ("indirect", "i")):
            gold = [g for g in passage["quotes"] if g["kind"] == kind]
            predicted = [q for q in quotes if q["kind"] == kind]
            pairs = match(gold, predicted)
            found = [q for _, q in pairs if q is not None]
            n[pre + "tp"] += len(found)
            n[pre + "fn"] += len(pairs) - len(found)
            n[pre + "fp"] += len(predicted) - len(found)
            for g, q in pairs:
                if q is None:
                    lines.append(f"  MISSED {kind} {g['speaker']!r}: {g['text'][:60]}")
                elif _same_speaker(g["speaker"], q["speaker"]):
                    n[pre + "right"] += 1
                else:
                    lines.append(f"  SPEAKER {kind} want {g['speaker']!r} got {q['speaker']!r}")
            lines.extend(
                f"  EXTRA {kind} {q['speaker']!r}: {q['text'][:60]}"
                for q in predicted
                if not any(q is f for f in found)
            )
        if lines:
            print(f"{passage['id']} ({passage['topic']})")
            print("\n".join(lines))
    for label, pre in (("direct", ""), ("indirect", "i")):
        tp, fp, fn = n[pre + "tp"], n[pre + "fp"], n[pre + "fn"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        speaker = n[pre + "right"] / tp if tp else 0.0
        print(
            f"held-out {name} ({len(passages)} passages) {label}: gold={tp + fn} found={tp} "
            f"extra={fp} P={precision:.3f} R={recall:.3f} F1={f1:.3f} "
            f"speaker accuracy on found={speaker:.3f} ({n[pre + 'right']}/{tp})"
        )
    print()


def pfsa_dev(show_misses: bool) -> None:
    """PFSA-ID dev: newsbot (all statements, and direct quotes alone) and the naive baseline."""
    if not PFSA_DEV.exists():
        print(f"{PFSA_DEV} is absent; PFSA not measured")
        return
    articles = pfsa.read_articles(PFSA_DEV)
    gold = sum(len(a.statements) for a in articles)
    marked = sum(1 for a in articles for s in a.statements if "“" in s.text or "”" in s.text)
    print(f"pfsa-dev: {len(articles)} articles, {gold} statements ({marked} in quote marks)")
    every, direct, naive = pfsa.Score(), pfsa.Score(), pfsa.Score()
    elapsed = 0.0
    for n, article in enumerate(articles):
        start = time.perf_counter()
        quotes = extract_quotes(article.paragraphs)
        elapsed += time.perf_counter() - start
        pfsa.score_article(article, quotes, every, n)
        pfsa.score_article(article, [q for q in quotes if q["kind"] == "direct"], direct, n)
        pfsa.score_article(article, pfsa.naive_quotes(pfsa.article_text(article)), naive, n)
    print(f"  newsbot, every statement:   {every.line()}")
    print(f"  newsbot, direct quotes:     {direct.line()}")
    print(f"  naive regex baseline:       {naive.line()}")
    print("  newsbot errors: " + ", ".join(f"{k} {every.errors[k]}" for k in pfsa.ERROR_CLASSES))
    print(
        "  newsbot speaker errors, by what the gold rule did: "
        + ", ".join(f"{k} {direct.doubtful[k]}" for k in pfsa.DOUBTS)
    )
    resolved = direct.doubtful[pfsa.DOUBTS[2]]
    print(
        "  (not the metric: counting as right the speakers whose gold is an office or a short"
        f" form of the person named, {(direct.right + resolved) / max(1, direct.with_speaker):.3f}"
        f" ({direct.right + resolved}/{direct.with_speaker}))"
    )
    print(
        f"  right speakers whose name runs past every PERSON span (words of an office or a place"
        f" glued on): {direct.overrun}/{direct.right}, all statements {every.overrun}/{every.right}"
    )
    print(
        f"  right speakers with an office in the corpus: {direct.with_role}; given a role"
        f" {direct.role_given}, naming that office {direct.role_right}"
        f" ({direct.role_right / max(1, direct.with_role):.3f})"
    )
    print(f"  {1000 * elapsed / len(articles):.2f} ms per article (extract_quotes only)")
    if show_misses:
        print("\n".join(every.examples))


# Inputs whose cost grew with the square of their length before (issue 12): each must stay
# linear, so ten times the input costs about ten times the time. A text with no word of speech
# skips the article model, so the mark floods carry one cue paragraph to keep the pairing timed.
CUE = "“Kami siap,” kata Budi."
HOSTILE = {
    "speaker phrase of N titles": lambda n: ['"Kami siap," kata ' + "Bapak " * n + "."],
    "N quotation marks": lambda n: ['"' * (n * 100), CUE],
    "N quoted pairs": lambda n: ["“a” " * (n * 10), CUE],
    "N paragraphs of one quote": lambda n: ["“Kami siap,” katanya."] * n,
    "N cues in one sentence": lambda n: ["Budi Santoso mengatakan, " + "kata Budi " * n],
    "N 'Menurut' in one sentence": lambda n: ["Menurut Budi, " * n],
    "N marks typed before cues": lambda n: ["Kami siap, “katanya. " * n],
    "N paragraphs closed before cues": lambda n: ["Kami siap, “katanya."] * n,
    "N verbs after commas": lambda n: [
        "Kepala Dinas Budi Santoso, " + "saat itu, mengatakan, " * n
    ],
    "N dashes before verbs": lambda n: ["Budi Santoso — " + "tim — menuturkan " * n],
    "N abbreviations in one office": lambda n: [
        "“Kami siap,” kata Kepala " + "Badan (BPS) " * n + "Budi.",
        "Kepala " + "Badan (BPS) " * n + "Budi Santoso mengatakan, kami siap menambah armada.",
    ],
    "N 'menurut' after a quote": lambda n: ["“Kami siap,” menurut " + "Budi (BPS) " * n + "."],
}


def hostile() -> None:
    """Seconds for each hostile shape at N and 10 N (ratio ~10 means linear)."""
    print("\nhostile inputs (seconds at N=1,000 and N=10,000; ratio ~10 is linear):")
    for name, make in HOSTILE.items():
        times = []
        for n in (1_000, 10_000):
            paragraphs = make(n)
            start = time.perf_counter()
            extract_quotes(paragraphs)
            times.append(time.perf_counter() - start)
        print(f"  {name:32} {times[0]:7.3f} {times[1]:7.3f}  x{times[1] / max(times[0], 1e-9):.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print every miss and false hit")
    parser.add_argument(
        "--reader",
        choices=("article", "plain"),
        default="article",
        help="article: newsbot's extract_article (the pipeline); plain: trafilatura text, "
        "which isolates quote extraction from body extraction",
    )
    parser.add_argument(
        "--heldout", action="store_true", help="measure the hand-written held-out passages only"
    )
    parser.add_argument(
        "--pfsa", action="store_true", help="measure PFSA-ID dev only (../shared/corpus)"
    )
    parser.add_argument("--pfsa-misses", action="store_true", help="with PFSA: print every error")
    parser.add_argument("--hostile", action="store_true", help="time the hostile inputs only")
    parser.add_argument(
        "--no-reported",
        action="store_true",
        help="leave out the indirect statements read from reporting verbs (X mengatakan, …)",
    )
    args = parser.parse_args()
    if args.heldout:
        heldout(not args.no_reported)
        return 0
    if args.hostile:
        hostile()
        return 0
    pfsa_dev(args.pfsa_misses)
    if args.pfsa:
        return 0
    heldout(not args.no_reported)
    hostile()
    demo_site(args.misses)
    if not SHARED.exists():
        print(f"{SHARED} is absent; nothing to measure")
        return 0
    gold = json.loads(DEVSET.read_text(encoding="utf-8"))
    by_page: dict[str, list[dict]] = {}
    for g in gold:
        by_page.setdefault(g["page"], []).append(g)
    tp = fp = fn = right_speaker = unreachable = 0
    elapsed = 0.0
    for page, items in by_page.items():
        paragraphs, headline, source = page_paragraphs(page, args.reader)
        start = time.perf_counter()
        predicted = [q for q in extract_quotes(paragraphs, headline) if q["kind"] == "direct"]
        elapsed += time.perf_counter() - start
        used: set[int] = set()
        lines = []
        body = " ".join(tokens(" ".join(paragraphs)))
        for g in items:
            if " ".join(tokens(g["text"])[:8]) not in body:
                unreachable += 1
                lines.append(f"  NOT IN PARAGRAPHS: {g['text'][:60]}")
            best = max(
                (
                    (overlap(g["text"], q["text"]), k)
                    for k, q in enumerate(predicted)
                    if k not in used
                ),
                default=(0.0, -1),
            )
            if best[0] >= OVERLAP:
                used.add(best[1])
                tp += 1
                got = predicted[best[1]]["speaker"]
                if got.lower() == g["speaker"].lower():
                    right_speaker += 1
                else:
                    lines.append(f"  SPEAKER want {g['speaker']!r} got {got!r}: {g['text'][:50]}")
            else:
                fn += 1
                lines.append(f"  MISSED ({best[0]:.2f}) {g['speaker']!r}: {g['text'][:60]}")
        for k, q in enumerate(predicted):
            if k not in used:
                fp += 1
                lines.append(f"  EXTRA {q['speaker']!r}: {q['text'][:60]}")
        print(f"{page} [{source}] gold={len(items)} predicted={len(predicted)}")
        if args.misses:
            print("\n".join(lines)) if lines else None
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speaker = right_speaker / tp if tp else 0.0
    print(f"\nquotes: gold={tp + fn} found={tp} extra={fp}")
    reachable = tp + fn - unreachable
    print(
        f"gold quotes absent from the paragraphs the reader gave: {unreachable}"
        f" (recall on the rest: {tp / reachable if reachable else 0:.3f})"
    )
    print(f"precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}")
    print(f"speaker accuracy on found quotes={speaker:.3f} ({right_speaker}/{tp})")
    print(f"{1000 * elapsed / len(by_page):.2f} ms per article (extract_quotes only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
