"""Figures for docs/scale.md: crawl rate per worker, Redis memory per million URLs, writer insert rate.

    .venv/bin/python benchmarks/scale.py [--articles 600] [--urls 100000] [--records 3000]

Everything runs on this machine: a redis-server on 127.0.0.1 (free port, no persistence, stopped at
the end) and the tests' 127.0.0.1 mirror (tests/mirror.py). The mirror's pages are the synthetic
article pages of the crawl tests, with real saved pages from ../shared/pages mixed in when present,
so extraction costs what it costs on real portals.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from mirror import (
    TEST_SETTINGS,
    XML,
    MirrorServer,
    Story,
    article_html,
    urlset,
)

from newsbot.record import Article

NEWSBOT = [str(Path(sys.executable).parent / "newsbot")]
SETTINGS = {
    **TEST_SETTINGS,
    "DOWNLOAD_TIMEOUT": "30",
    "CONCURRENT_REQUESTS": "32",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "32",
    "LOG_LEVEL": "WARNING",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Redis:
    def __init__(self, folder: Path) -> None:
        import redis

        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        binary = shutil.which("redis-server")
        if binary is None:
            raise SystemExit("redis-server is not installed (apt-get install redis-server)")
        self.process = subprocess.Popen(
            [
                binary,
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(folder),
            ],
            stdout=subprocess.DEVNULL,
        )
        self.client = redis.Redis.from_url(self.url)
        for _ in range(200):
            try:
                self.client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)

    def memory(self) -> int:
        return int(self.client.info("memory")["used_memory"])

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def real_pages() -> list[bytes]:
    manifest = ROOT.parent / "shared" / "pages" / "MANIFEST.tsv"
    if not manifest.exists():
        return []
    lines = manifest.read_text(encoding="utf-8").splitlines()[1:]
    return [
        (manifest.parent / line.split("\t", 1)[0]).read_bytes()
        for line in lines
        if "\tarticle\t" in line
    ]


def build_site(server: MirrorServer, articles: int) -> int:
    """`articles` article URLs in one sitemap; every third page a real saved page when present."""
    real = real_pages()
    urls = []
    size = 0
    for n in range(articles):
        day = 1 + n % 28
        path = f"/2024/03/{day:02d}/berita-skala-nomor-{n:05d}-untuk-pengukuran"
        if real and n % 3 == 0:
            body = real[n % len(real)]
        else:
            story = Story(path, f"2024-03-{day:02d}T08:{n % 60:02d}:00+07:00", f"Berita skala {n}")
            body = article_html(server.url + path, story).encode()
        server.add(path, body)
        size += len(body)
        urls.append(server.url + path)
    server.add("/robots.txt", f"User-agent: *\nSitemap: {server.url}/sitemap.xml\n", "text/plain")
    server.add("/sitemap.xml", urlset([(u, "2024-03-28T12:00:00+07:00") for u in urls]), XML)
    server.add("/", "<html><body>home</body></html>")
    return size // max(articles, 1)


def run(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    settings = [item for k, v in SETTINGS.items() for item in ("-s", f"{k}={v}")]
    return subprocess.Popen(
        [*NEWSBOT, *args, *settings, "--quiet"],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def article_requests(log: list[tuple[float, str]]) -> list[float]:
    return [t for t, path in log if path.startswith("/2024/")]


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def crawl_rates(articles: int, tmp: Path) -> None:
    print(f"## crawl rate ({articles} article pages on a 127.0.0.1 mirror, no politeness delay)")
    with MirrorServer() as server:
        avg = build_site(server, articles)
        print(f"mean page size {avg / 1024:.0f} KB")
        # One process, straight into SQLite: the baseline.
        started, cpu = time.monotonic(), children_cpu()
        run(["crawl", server.url + "/", "--db", str(tmp / "plain.db")], tmp).wait()
        fetched = len(article_requests(server.timed_log))
        wall, cpu = time.monotonic() - started, children_cpu() - cpu
        print(
            f"plain crawl, 1 process:   {fetched / wall:6.1f} pages/s (wall clock, incl. start-up);"
            f" {cpu / fetched * 1000:.0f} ms CPU per page = {fetched / cpu:.0f} pages per CPU-second"
        )
        for workers in (1, 2):
            redis = Redis(tmp)
            try:
                server.clear_log()
                db = tmp / f"workers{workers}.db"
                started, cpu = time.monotonic(), children_cpu()
                writer = subprocess.Popen(
                    [*NEWSBOT, "ingest", "--redis", redis.url, "--db", str(db), "--drain"],
                    cwd=tmp,
                    stderr=subprocess.DEVNULL,
                )
                procs = [
                    run(["crawl", server.url + "/", "--redis", redis.url], tmp)
                    for _ in range(workers)
                ]
                for proc in procs:
                    proc.wait()
                crawled = time.monotonic() - started
                workers_cpu = children_cpu() - cpu
                writer.wait()
                total = time.monotonic() - started
                fetched = len(article_requests(server.timed_log))
                with sqlite3.connect(db) as conn:
                    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
                print(
                    f"{workers} worker(s) + writer: {fetched / crawled:6.1f} pages/s together,"
                    f" {fetched / crawled / workers:6.1f} per worker; {fetched} fetched, {stored}"
                    f" stored, writer done {total - crawled:.1f} s after the last worker;"
                    f" workers {workers_cpu / fetched * 1000:.0f} ms CPU per page"
                )
            finally:
                redis.stop()


def redis_memory(urls: int, tmp: Path) -> None:
    from scrapy import Request, Spider
    from scrapy_redis import picklecompat
    from scrapy_redis.dupefilter import RFPDupeFilter
    from scrapy_redis.queue import PriorityQueue

    print(f"\n## Redis memory ({urls:,} URLs each, scaled to 1 million)")
    redis = Redis(tmp)
    try:
        spider = Spider(name="portal")
        queue = PriorityQueue(redis.client, spider, "bench:requests", picklecompat)
        dupefilter = RFPDupeFilter(redis.client, "bench:dupefilter")
        base = "https://lampung.suara.com/read/2024/03/25/{:06d}/pemkot-bandar-lampung-siagakan-posko-banjir"

        def measure(label: str, fill: Any) -> None:
            before = redis.memory()
            fill()
            used = redis.memory() - before
            print(
                f"{label:<44} {used / urls:6.0f} B/URL  {used / urls * 1e6 / 2**20:7.0f} MiB per million"
            )

        def fill_queue() -> None:
            pipe = redis.client.pipeline(transaction=False)
            for n in range(urls):
                request = Request(
                    base.format(n),
                    priority=140,
                    meta={
                        "newsbot_article": True,
                        "newsbot_source": "news_sitemap",
                        "newsbot_published": "2024-03-25T08:10:00+07:00",
                    },
                )
                queue.server = pipe  # type: ignore[assignment]
                queue.push(request)
                if n % 5000 == 4999:
                    pipe.execute()
            pipe.execute()
            queue.server = redis.client

        def fill_seen() -> None:
            fingerprints = [
                dupefilter.request_fingerprint(Request(base.format(n))) for n in range(urls)
            ]
            for start in range(0, urls, 10000):
                redis.client.sadd("bench:dupefilter", *fingerprints[start : start + 10000])

        def fill_stored() -> None:
            for start in range(0, urls, 10000):
                redis.client.sadd(
                    "bench:stored",
                    *[base.format(n) for n in range(start, min(urls, start + 10000))],
                )

        measure("queued requests (scrapy-redis PriorityQueue)", fill_queue)
        measure("seen fingerprints (scrapy-redis dupefilter)", fill_seen)
        measure("stored URLs (newsbot:stored)", fill_stored)
    finally:
        redis.stop()


def writer_rate(records: int, tmp: Path) -> None:
    from newsbot.distributed import ITEMS, Writer
    from newsbot.store import Store

    print(f"\n## writer insert rate ({records:,} records through Redis into SQLite)")
    paragraphs = [
        "Pemerintah Kota Bandar Lampung menyiagakan posko banjir di dua belas kecamatan menjelang"
        f" puncak musim hujan, kata pejabat setempat pada Senin pagi ({n})."
        for n in range(12)
    ]
    for batch in (1, 50, 200):
        redis = Redis(tmp)
        try:
            pipe = redis.client.pipeline(transaction=False)
            for n in range(records):
                url = f"https://lampung.suara.com/read/2024/03/25/{n:06d}/berita-{n}"
                article = Article(
                    url=url,
                    portal="suara",
                    site="lampung.suara.com",
                    headline=f"Posko banjir nomor {n} disiagakan",
                    published="2024-03-25T08:10:00+07:00",
                    body="\n\n".join(paragraphs),
                    paragraphs=list(paragraphs),
                    tags=["banjir", "lampung"],
                    quotes=[{"text": "Kami siaga", "speaker": "Wali Kota", "kind": "direct"}],
                    lists={"baca_juga": [{"title": "Lain", "url": url + "-lain"}]},
                )
                message = {
                    "kind": "article",
                    "run": "bench#1",
                    "article": article.to_dict(),
                    "fetched_url": url,
                    "seen_at": "2024-03-25T09:00:00+00:00",
                }
                pipe.rpush(ITEMS, json.dumps(message))
            pipe.execute()
            db = tmp / f"writer{batch}.db"
            with Store(db) as store:
                started = time.monotonic()
                counts = Writer(redis.client, store, batch=batch).run(drain=True)
                elapsed = time.monotonic() - started
            size = db.stat().st_size / max(counts["inserted"], 1)
            print(
                f"batch {batch:>3}: {counts['inserted'] / elapsed:7.0f} records/s"
                f" ({counts['inserted']} new; database {size / 1024:.1f} KB per record)"
            )
        finally:
            redis.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--urls", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--only", choices=["crawl", "memory", "writer"], default=None)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="newsbot-scale-"))
    try:
        print(f"machine: {os.cpu_count()} cores; figures are noisy while other work runs")
        if args.only in (None, "crawl"):
            crawl_rates(args.articles, tmp)
        if args.only in (None, "memory"):
            redis_memory(args.urls, tmp)
        if args.only in (None, "writer"):
            writer_rate(args.records, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
