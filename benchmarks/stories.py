"""Stories: is "same story" right on annotated pairs, and what does linking cost on a big database?

1. Quality. benchmarks/data/stories/*.txt holds articles the project wrote and pairs annotated
   "same" (verbatim copies, light and heavy rewrites, template reports republished) or "diff"
   (same topic but another event, same template with other facts). Printed: precision and recall
   of `same_story` on the pairs (signatures only), a sweep of the two thresholds around the
   chosen ones (they were picked in the middle of the plateau), and the end-to-end figure: all
   annotated articles stored through `Store.save` in several random orders, a pair counted "same"
   when both end in one story.
2. Cost. Generated articles (Indonesian-looking words, recurring names and places, 1 in 5 a
   rewritten republication of a recent one) fill a database of N articles, about 1,400 a day as
   a crawl of ~100 portals would; then `Store.save` of new articles is timed, and the linking
   part of it alone (signature, LSH look-up, verification, writes) as ms per article.
   The bulk fill writes the articles table, signatures and index with executemany and no FTS
   triggers (filling 10^6 through the full store would take an hour); what is timed is the
   normal path.
Run: .venv/bin/python benchmarks/stories.py [--sizes 10000,100000,1000000] [--quality-only]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsbot.record import Article
from newsbot.store import Store
from newsbot.store import stories as st

DATA = ROOT / "benchmarks" / "data" / "stories"
HELDOUT = ROOT / "benchmarks" / "data" / "stories-heldout"  # written after the thresholds were set


@dataclass
class Annotated:
    id: str
    portal: str
    published: str
    headline: str
    paragraphs: list[str]

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def article(self) -> Article:
        slug = self.id.replace("/", "-")
        return Article(
            url=f"https://{self.portal}.example.id/read/{slug}",
            portal=self.portal,
            headline=self.headline,
            published=self.published,
            body=self.body,
            paragraphs=self.paragraphs,
        )


def load(folder: Path = DATA) -> tuple[dict[str, Annotated], list[tuple[bool, str, str, str]]]:
    """The annotated articles by id, and the pairs (same?, id, id, kind)."""
    raw: dict[str, tuple[str, str, list[str], str | None]] = {}
    pairs: list[tuple[bool, str, str, str]] = []
    for path in sorted(folder.glob("*.txt")):
        lines: list[str] | None = None
        for text in path.read_text(encoding="utf-8").splitlines():
            line = text.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("== "):
                parts = [p.strip() for p in line[3:].split("|")]
                copy_of = parts[3].removeprefix("copy of ").strip() if len(parts) > 3 else None
                lines = []
                raw[parts[0]] = (parts[1], parts[2], lines, copy_of)
            elif line.startswith(">> "):
                verdict, a, b, kind = line[3:].split()
                pairs.append((verdict == "same", a, b, kind))
                lines = None
            elif lines is not None:
                lines.append(line)
    articles: dict[str, Annotated] = {}
    for key, (portal, published, lines, copy_of) in raw.items():
        if copy_of is None:
            articles[key] = Annotated(key, portal, published, lines[0], lines[1:])
    for key, (portal, published, lines, copy_of) in raw.items():
        if copy_of is not None:
            original = articles[copy_of]
            headline = lines[0] if lines else original.headline
            articles[key] = Annotated(
                key, portal, published, headline, original.paragraphs + lines[1:]
            )
    missing = {x for _, a, b, _ in pairs for x in (a, b)} - articles.keys()
    if missing:
        raise ValueError(f"pairs name unknown articles: {sorted(missing)}")
    return articles, pairs


def scores(pairs: list[tuple[bool, bool]]) -> tuple[float, float, int, int, int]:
    """(precision, recall, true positives, false positives, false negatives) of (truth, said)."""
    tp = sum(1 for truth, said in pairs if truth and said)
    fp = sum(1 for truth, said in pairs if said and not truth)
    fn = sum(1 for truth, said in pairs if truth and not said)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def quality(
    folder: Path = DATA, label: str = "annotated", sweep: bool = True, orders: int = 5
) -> None:
    articles, pairs = load(folder)
    sigs = {key: st.signature(a.body) for key, a in articles.items()}
    sims = {(a, b): st.similarity(sigs[a], sigs[b]) for _, a, b, _ in pairs}
    kinds = defaultdict(int)
    for same, _, _, kind in pairs:
        kinds[f"{'same' if same else 'diff'}/{kind}"] += 1
    print(
        f"{label}: {len(articles)} articles, {len(pairs)} pairs "
        f"({sum(p[0] for p in pairs)} same, {sum(not p[0] for p in pairs)} different): "
        + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    )
    said = [(same, st.same_story(*sims[(a, b)])) for same, a, b, _ in pairs]
    p, r, tp, fp, fn = scores(said)
    print(
        f"pairwise same_story (FACTS_MIN {st.FACTS_MIN}, FRAME_MARGIN {st.FRAME_MARGIN}):"
        f" precision {p:.3f} recall {r:.3f} (tp {tp}, fp {fp}, fn {fn})"
    )
    for same, a, b, kind in pairs:
        words, facts = sims[(a, b)]
        if st.same_story(words, facts) != same:
            verdict = "missed" if same else "wrongly linked"
            print(f"  {verdict}: {kind} {a} ~ {b} (words {words:.2f}, facts {facts:.2f})")
    margins = [0.14, 0.18, 0.24, 0.30, 0.34]
    if sweep:
        print("sweep (precision/recall), rows FACTS_MIN, columns FRAME_MARGIN:")
        print("        " + "".join(f"{m:>12.2f}" for m in margins))
    for facts_min in (0.26, 0.30, 0.32, 0.34, 0.35, 0.36, 0.38, 0.42) if sweep else ():
        cells = []
        for margin in margins:
            rule = [
                (same, f >= facts_min and f >= w - margin)
                for same, a, b, _ in pairs
                for w, f in [sims[(a, b)]]
            ]
            sp, sr, *_ = scores(rule)
            cells.append(f"{sp:.2f}/{sr:.2f}")
        print(f"  {facts_min:.2f}  " + "".join(f"{c:>12}" for c in cells))
    results = []
    for seed in range(orders):
        keys = list(articles)
        random.Random(seed).shuffle(keys)
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "q.db") as store:
            for key in keys:
                store.save(articles[key].article(), seen_at="2026-12-05T00:00:00+00:00")
            story_of = dict(store.db.execute("SELECT article_url, story_id FROM story_members"))
        url = {key: a.article().url for key, a in articles.items()}
        results.append(
            scores([(same, story_of[url[a]] == story_of[url[b]]) for same, a, b, _ in pairs])
        )
    ep = statistics.mean(x[0] for x in results)
    er = statistics.mean(x[1] for x in results)
    print(
        f"end to end (Store.save, {orders} random orders): precision {ep:.3f} recall {er:.3f}"
        f" (min {min(x[0] for x in results):.3f}/{min(x[1] for x in results):.3f})"
    )


def background() -> None:
    """Unrelated real articles: PFSA-ID dev (257 Kompas articles of 2020, mostly one topic),
    read in place from ../shared; how many pairs get linked, how many are LSH candidates."""
    path = ROOT.parent / "shared" / "corpus" / "pfsa-dev" / "dev.txt"
    if not path.exists():
        print("background: ../shared/corpus/pfsa-dev absent, skipped")
        return
    from pfsa import article_text, read_articles

    sigs = [st.signature(article_text(a)) for a in read_articles(path)]
    keys = [set(sig.band_keys()) for sig in sigs]
    pairs = linked = candidates = 0
    for i, j in itertools.combinations(range(len(sigs)), 2):
        pairs += 1
        linked += st.same_story(*st.similarity(sigs[i], sigs[j]))
        candidates += bool(keys[i] & keys[j])
    print(
        f"background (PFSA-ID dev, {len(sigs)} real Kompas articles, {pairs:,} pairs):"
        f" {linked} pairs linked, {candidates} LSH candidates ({candidates / pairs:.2%} of pairs)"
    )


# -- cost -------------------------------------------------------------------------------------
COMMON = [
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "ini",
    "itu",
    "dengan",
    "untuk",
    "pada",
    "dalam",
    "tidak",
    "akan",
    "juga",
    "sudah",
    "telah",
    "masih",
    "bisa",
    "ada",
    "oleh",
    "sebagai",
    "karena",
    "agar",
    "saat",
    "setelah",
    "sebelum",
    "hingga",
    "serta",
    "namun",
    "bahwa",
    "menurut",
    "kata",
    "ujar",
    "mengatakan",
    "menjelaskan",
    "warga",
    "pemerintah",
    "daerah",
    "kota",
    "kabupaten",
    "provinsi",
    "jalan",
    "pasar",
    "harga",
    "rumah",
    "sekolah",
    "anak",
    "petani",
    "nelayan",
    "banjir",
    "hujan",
    "proyek",
    "anggaran",
    "program",
    "bantuan",
    "masyarakat",
    "kegiatan",
    "pelaksanaan",
    "kepala",
    "dinas",
    "badan",
    "polisi",
    "tersangka",
    "korban",
    "lokasi",
    "kejadian",
    "hari",
    "tahun",
    "ribu",
    "juta",
    "miliar",
    "persen",
    "kilogram",
    "meter",
    "kilometer",
    "pukul",
    "malam",
    "pagi",
    "siang",
    "sore",
    "lalu",
    "baru",
]
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "bu",
    "da",
    "de",
    "di",
    "du",
    "ga",
    "gi",
    "gu",
    "ka",
    "ke",
    "ki",
    "ko",
    "ku",
    "la",
    "li",
    "lu",
    "ma",
    "me",
    "mi",
    "mu",
    "na",
    "ni",
    "nu",
    "pa",
    "pe",
    "pi",
    "pu",
    "ra",
    "ri",
    "ru",
    "sa",
    "se",
    "si",
    "su",
    "ta",
    "te",
    "ti",
    "tu",
    "wa",
    "wi",
    "ya",
    "ng",
    "an",
    "ar",
    "in",
]


class Generator:
    """Indonesian-looking articles: Zipf-distributed words, recurring names, places, numbers."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        rng = self.rng

        def word(n: int) -> str:
            return "".join(rng.choice(SYLLABLES) for _ in range(n))

        self.vocab = COMMON + [word(rng.randint(2, 4)) for _ in range(20_000)]
        self.weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(self.vocab))))
        self.people = [f"{word(2).title()} {word(3).title()}" for _ in range(5_000)]
        self.places = [word(3).title() for _ in range(1_500)]
        self.people_w = list(itertools.accumulate(1 / (r + 1) ** 0.8 for r in range(5_000)))
        self.places_w = list(itertools.accumulate(1 / (r + 1) ** 0.8 for r in range(1_500)))

    def body(self) -> str:
        rng = self.rng
        people = rng.choices(self.people, cum_weights=self.people_w, k=3)
        places = rng.choices(self.places, cum_weights=self.places_w, k=2)
        paragraphs = []
        for _ in range(rng.randint(5, 9)):
            words = rng.choices(self.vocab, cum_weights=self.weights, k=rng.randint(18, 34))
            for _ in range(rng.randint(1, 4)):
                words.insert(rng.randrange(1, len(words)), rng.choice(people + places))
            if rng.random() < 0.8:
                number = rng.choice([str(rng.randint(2, 99)), f"Rp{rng.randint(1, 999)}.000"])
                words.insert(rng.randrange(1, len(words)), number)
            paragraphs.append(words[0].capitalize() + " " + " ".join(words[1:]) + ".")
        return "\n\n".join(paragraphs)

    def rewrite(self, body: str) -> str:
        """A republication: a paragraph cut, a few words changed."""
        paragraphs = body.split("\n\n")
        if len(paragraphs) > 3:
            paragraphs.pop(self.rng.randrange(len(paragraphs)))
        words = " ".join(paragraphs).split(" ")
        for _ in range(len(words) // 12):
            words[self.rng.randrange(len(words))] = self.rng.choice(COMMON)
        return " ".join(words)


PER_DAY = 1_400
START = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def fill(store: Store, n: int, gen: Generator) -> list[str]:
    """Write n articles with signatures, index rows and story memberships in bulk; the bodies
    of the last days (the ones new articles are compared with) are returned for rewriting."""
    db = store.db
    triggers = db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'articles_fts%'"
    ).fetchall()
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER {name}")
    db.execute("PRAGMA cache_size = -1000000")  # 1 GB: the bulk fill touches the whole index
    recent: list[str] = []
    batch_articles, batch_sigs, batch_lsh, batch_members, batch_stories = [], [], [], [], []
    sig_id = story_id = 0

    def flush() -> None:
        db.conn.executemany(
            "INSERT INTO articles (url, portal, headline, body, published, published_utc,"
            " first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            batch_articles,
        )
        db.conn.executemany(
            "INSERT INTO story_signatures (id, article_url, content_hash, day, words, facts)"
            " VALUES (?, ?, '', ?, ?, ?)",
            batch_sigs,
        )
        db.conn.executemany("INSERT INTO lsh_fill VALUES (?, ?, ?)", batch_lsh)
        db.conn.executemany(
            "INSERT INTO stories (id, first_article, first_utc, created_at, updated_at, members)"
            " VALUES (?, ?, ?, ?, ?, 1)",
            batch_stories,
        )
        db.conn.executemany(
            "INSERT INTO story_members (article_url, story_id, similarity, facts_similarity,"
            " first_seen, published_utc) VALUES (?, ?, 1, 1, ?, ?)",
            batch_members,
        )
        for rows in (batch_articles, batch_sigs, batch_lsh, batch_members, batch_stories):
            rows.clear()

    started = time.perf_counter()
    # Index rows are appended to a plain table and sorted into story_lsh once at the end (the
    # B-tree built in key order instead of 42 random inserts per article).
    db.execute("CREATE TEMP TABLE lsh_fill (key INTEGER, day INTEGER, signature_id INTEGER)")
    with db.atomic():
        for i in range(n):
            when = START + dt.timedelta(seconds=i * 86_400 / PER_DAY)
            body = (
                gen.rewrite(gen.rng.choice(recent))
                if recent and gen.rng.random() < 0.2
                else gen.body()
            )
            recent.append(body)
            del recent[:-200]
            url = f"https://gen.example.id/{i}"
            stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            sig = st.signature(body)
            sig_id += 1
            story_id += 1
            day = st.day_number(stamp)
            words, facts = sig.to_blobs()
            batch_articles.append((url, "gen", body[:60], body, stamp, stamp, stamp, stamp))
            batch_sigs.append((sig_id, url, day, words, facts))
            batch_lsh.extend((key, day, sig_id) for key in sig.band_keys())
            batch_stories.append((story_id, url, stamp, stamp, stamp))
            batch_members.append((url, story_id, stamp, stamp))
            if len(batch_articles) >= 20_000:
                flush()
        flush()
        db.execute(
            "INSERT OR IGNORE INTO story_lsh (week, key, signature_id)"
            " SELECT day / 7, key, signature_id FROM lsh_fill ORDER BY day / 7, key, signature_id"
        )
        db.execute("DROP TABLE lsh_fill")
    for _, sql in triggers:
        db.execute(sql)
    db.conn.commit()
    print(f"  filled {n:,} articles in {time.perf_counter() - started:.0f} s", flush=True)
    return recent


def cost(n: int, new: int = 400) -> None:
    gen = Generator()
    with tempfile.TemporaryDirectory(
        dir=ROOT / "data" if (ROOT / "data").is_dir() else None
    ) as tmp:
        path = Path(tmp) / "cost.db"
        with Store(path) as store:
            recent = fill(store, n, gen)
        with Store(path) as store:  # reopened: the index is on disk, nothing is rebuilt
            linked: list[float] = []
            cpu: list[float] = []
            original = store.stories.link

            def timed(*args: object) -> int | None:
                t0, c0 = time.perf_counter(), time.process_time()
                result = original(*args)  # type: ignore[arg-type]
                cpu.append(time.process_time() - c0)
                linked.append(time.perf_counter() - t0)
                return result

            store.stories.link = timed  # type: ignore[method-assign]
            when = START + dt.timedelta(seconds=n * 86_400 / PER_DAY)
            stamp = when.strftime("%Y-%m-%dT%H:%M:%S+00:00")
            articles = []
            for i in range(new):
                body = gen.rewrite(gen.rng.choice(recent)) if i % 5 == 0 else gen.body()
                articles.append(
                    Article(
                        url=f"https://new.example.id/{i}",
                        portal="new",
                        headline=f"Berita {i}",
                        body=body,
                        published=stamp,
                    )
                )
            t0 = time.perf_counter()
            for start in range(0, new, 50):
                store.save_many([(a, a.url, stamp) for a in articles[start : start + 50]])
            saved = (time.perf_counter() - t0) / new
            joined = store.db.execute(
                "SELECT count(*) FROM story_members m JOIN stories s ON s.id = m.story_id"
                " WHERE m.article_url LIKE 'https://new.example.id/%' AND s.members > 1"
            ).fetchone()[0]
            lsh_rows = store.count("story_lsh")
            t0 = time.perf_counter()
            listed = len(st.list_stories(store.db, limit=50))
            listing = time.perf_counter() - t0
        size = path.stat().st_size / 1e6
    ms = sorted(x * 1000 for x in linked)
    print(
        f"  {n:>9,} stored: linking {statistics.mean(x * 1000 for x in cpu):.2f} ms CPU/article;"
        f" wall median {statistics.median(ms):.2f} ms, p95 {ms[int(len(ms) * 0.95)]:.2f} ms;"
        f" Store.save with it {saved * 1000:.2f} ms/article wall (batches of 50);"
        f" {joined}/{new} joined a story ({new // 5} were rewrites);"
        f" index {lsh_rows:,} rows, database {size:,.0f} MB;"
        f" `newsbot stories` query ({listed} rows) {listing:.1f} s",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--quality-only", action="store_true")
    args = parser.parse_args()
    quality()
    quality(HELDOUT, "held out", sweep=False)
    background()
    if args.quality_only:
        return
    load = Path("/proc/loadavg").read_text().split()[0] if Path("/proc/loadavg").exists() else "?"
    print(
        f"linking cost ({PER_DAY:,} generated articles a day, window ±{st.WINDOW_DAYS} days;"
        f" load average {load} when starting: wall times include other processes' share):"
    )
    for size in (int(x) for x in args.sizes.split(",")):
        cost(size)


if __name__ == "__main__":
    main()
