"""Store speed on a large database: insert rate (batched transactions) and FTS search latency.

Generates N synthetic Indonesian-looking articles itself (default 100,000, with quotes, tags and
Baca Juga lists like real ones), saves them with Store.save_many in batches, then times ranked
full-text searches and a filtered export scan. The peer, printed beside it: the same records written
with plain sqlite-utils (`insert_all` into one table, FTS5 with triggers, `Table.search`), i.e. what
the store costs over the library it is built on (it also normalises quotes, tags and dated links).
Run: .venv/bin/python benchmarks/store.py [-n 100000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database

from newsbot.record import Article
from newsbot.store import Store
from newsbot.store.rows import article_to_row

WORDS_TEXT = (
    "pemerintah kota warga banjir jalan pasar harga beras cabai gubernur bupati wali polisi sekolah"
    " rumah sakit pasien petani kopi nelayan ekspor bandara kereta tol proyek anggaran desa kecamatan"
    " pemilu partai calon kampanye gempa longsor hujan kemarau sungai laut pantai wisata hotel"
    " festival budaya lebaran ramadan mudik arus balik vaksin dokter guru mahasiswa kampus UMKM"
    " investasi pabrik buruh upah minimum listrik air bersih sampah lingkungan hutan kebakaran"
)
WORDS = WORDS_TEXT.split()
PORTALS = [("suara", 7), ("kompas", 7), ("tribun", 8), ("antara", 9), ("detik", 7), ("liputan6", 7)]
SPEAKERS = [
    "Wahdi Siradjudin",
    "Anies Baswedan",
    "Suyatmi",
    "I Made Sutama",
    "Rina Kartika",
    "Budi Santoso",
    "Heri Gunawan",
    "Siti Aminah",
    "Andi Saputra",
    "Marzuki",
]
START = dt.datetime(2023, 1, 1)
QUERIES = [
    "banjir",
    "harga beras",
    '"pasar tradisional"',
    "kopi OR ekspor",
    "gubernur NOT pemilu",
    "vaksin*",
    "mudik lebaran",
    "petani kopi ekspor",
    "kebakaran hutan",
    "UMKM",
]


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def generate(count: int, seed: int = 7) -> Iterator[Article]:
    rng = random.Random(seed)
    for i in range(count):
        portal, offset = rng.choice(PORTALS)
        tz = dt.timezone(dt.timedelta(hours=offset))
        published = (START + dt.timedelta(minutes=7 * i)).replace(tzinfo=tz)
        paragraphs = [
            " ".join(sentence(rng, rng.randint(8, 20)) for _ in range(3)) for _ in range(6)
        ]
        if i % 50 == 0:
            paragraphs[1] += " Pembeli ramai di pasar tradisional."
        speaker = rng.choice(SPEAKERS)
        yield Article(
            url=f"https://{portal}.example.id/read/{published:%Y/%m/%d}/{i}",
            portal=portal,
            site=f"{portal}.example.id",
            headline=sentence(rng, 8),
            lead=paragraphs[0][:200],
            authors=[rng.choice(SPEAKERS)],
            published=published.isoformat(),
            body="\n\n".join(paragraphs),
            paragraphs=paragraphs,
            quotes=[
                {
                    "text": sentence(rng, 10),
                    "speaker": speaker,
                    "speaker_role": "",
                    "cue": "kata",
                    "paragraph": 2,
                    "kind": "direct",
                }
            ],
            lists={
                "baca_juga": [
                    {
                        "title": sentence(rng, 6),
                        "url": f"https://{portal}.example.id/read/x/{rng.randrange(count)}",
                    }
                    for _ in range(2)
                ]
            },
            tags=rng.sample(WORDS, 3),
            language="id",
            content_hash=f"{i:x}",
            extractor=f"{portal}/bench",
        )


def batches(articles: Iterator[Article], size: int) -> Iterator[list[tuple[Article, str, str]]]:
    batch: list[tuple[Article, str, str]] = []
    for article in articles:
        batch.append((article, article.url, "2024-05-01T10:00:00+00:00"))
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def peer_sqlite_utils(count: int, batch: int, folder: Path) -> None:
    """The same records through plain sqlite-utils: one table, JSON columns, FTS5 triggers."""
    db = Database(folder / "peer.db")
    db.enable_wal()
    table = db.table("articles", pk="url")
    started = time.perf_counter()
    first = True
    for chunk in batches(generate(count), batch):
        rows = [article_to_row(article) for article, _, _ in chunk]
        with db.atomic():
            table.insert_all(rows, pk="url", replace=True, batch_size=200)
        if first:
            table.enable_fts(
                ["headline", "lead", "body"],
                create_triggers=True,
                tokenize="unicode61 remove_diacritics 2",
            )
            first = False
    elapsed = time.perf_counter() - started
    print(
        f"  peer insert   {count / elapsed:,.0f} articles/s (plain sqlite-utils insert_all + FTS triggers)"
    )
    timings = []
    for _ in range(5):
        for query in QUERIES:
            started = time.perf_counter()
            list(table.search(query, limit=20))
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(
        f"  peer search   median {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(len(timings) * 0.95) - 1]:.1f} ms (Table.search, bm25, top 20)"
    )
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000, help="articles per transaction")
    parser.add_argument("--db", type=Path, default=None, help="keep the database here")
    args = parser.parse_args()

    folder = tempfile.TemporaryDirectory(prefix="newsbot-bench-")
    path = args.db or Path(folder.name) / "bench.db"
    with Store(path) as store:
        started = time.perf_counter()
        for batch in batches(generate(args.articles), args.batch):
            store.save_many(batch)
        elapsed = time.perf_counter() - started
        print(f"articles        {store.count():,} in {path}")
        print(
            f"insert          {args.articles / elapsed:,.0f} articles/s "
            f"({elapsed:.1f} s, {args.batch} per transaction, with quotes, tags, links, FTS)"
        )

        started = time.perf_counter()
        again = store.save_many(next(batches(generate(args.articles), args.batch)))
        print(
            f"re-save         {args.batch / (time.perf_counter() - started):,.0f} articles/s "
            f"(unchanged: {again['unchanged']})"
        )

        for query in QUERIES[:2]:
            store.search(query, raw=True)  # warm the page cache once
        timings, hits = [], []
        for _ in range(5):
            for query in QUERIES:
                started = time.perf_counter()
                hits.append(len(store.search(query, limit=20, raw=True)))  # FTS5 syntax
                timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        print(
            f"search          median {statistics.median(timings):.1f} ms, "
            f"p95 {timings[int(len(timings) * 0.95) - 1]:.1f} ms, max {timings[-1]:.1f} ms "
            f"({len(timings)} ranked queries, top 20, {len(QUERIES)} kinds)"
        )

        started = time.perf_counter()
        middle = START + dt.timedelta(minutes=7 * args.articles // 2)
        count = sum(1 for _ in store.iter_articles(portal="kompas", since=middle))
        print(
            f"filtered scan   {count:,} articles in {time.perf_counter() - started:.2f} s "
            f"(iter_articles portal+since, as export does)"
        )
    size = sum(f.stat().st_size for f in path.parent.glob(path.name + "*"))
    print(f"database size   {size / 1e6:,.0f} MB")
    peer_sqlite_utils(args.articles, args.batch, Path(folder.name))
    folder.cleanup()


if __name__ == "__main__":
    main()
