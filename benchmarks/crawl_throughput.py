"""End-to-end crawl throughput on a loopback mirror: `newsbot crawl` next to a bare Scrapy spider.

The mirror (127.0.0.1, listen backlog 1,024: Python's default of 5 drops connections at 64-way
concurrency) serves --pages article URLs of real page shapes: the article pages of
../shared/pages, read in place, each served under generated news-shaped URLs
(/berita/2026/11/<day>/<n>/<slug>) with its canonical URL made unique per copy, so every fetch is
a new article to extract and store. robots.txt names a sitemap index of news sitemaps of 1,000
URLs each (as news sites publish them).

Both crawlers get the same URLs in the same run with politeness lifted by -s overrides
(CONCURRENT_REQUESTS 64, per domain 64, no delay, no AutoThrottle): first a bare Scrapy spider
that reads the sitemaps and does nothing with the pages, then `newsbot crawl URL` into a fresh
SQLite file. Printed: pages/s of each (from the first article served to the process's exit) and
their ratio; CPU ms per page of newsbot split into fetch (the crawl process: Scrapy, discovery,
handing pages to workers), extract (the workers) and store (the SQLite writes: every commit, and
one save in 8 timed and scaled to all, pipelines.STORE_CPU_SAMPLE); peak RSS of the crawl's
processes (crawl + extraction workers) when --checkpoint pages were served and at the end.
-s NAME=VALUE gives the newsbot crawl a further setting (to compare variants in one sitting).

    .venv/bin/python benchmarks/crawl_throughput.py [--pages 20000] [--checkpoint 5000]
                                                    [--workers auto] [--skip-bare] [-s NAME=VALUE]

Figures are only comparable within one run: the machine is usually shared.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.spiders import SitemapSpider

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "pages"
NEWSBOT = Path(sys.executable).with_name("newsbot")
SITEMAP_SIZE = 1000
# Politeness lifted for loopback, the same for both crawlers.
LIFTED = {
    "CONCURRENT_REQUESTS": "64",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "64",
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "COOKIES_ENABLED": "0",
    "TELNETCONSOLE_ENABLED": "0",
    "LOG_LEVEL": "WARNING",
}


class BareSpider(SitemapSpider):
    """Fetches the sitemaps' URLs and does nothing with the pages (run by `scrapy runspider`).

    It gets newsbot's CONCURRENT_ITEMS too: Scrapy's default of 100 starts 100 asyncio tasks per
    response (~1.2 ms of CPU), which says nothing about the work on the page.
    """

    name = "bare"
    custom_settings: ClassVar[dict[str, Any]] = {"CONCURRENT_ITEMS": 1}

    def __init__(self, robots: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sitemap_urls = [robots]

    def parse(self, response: scrapy.http.Response) -> None:
        return None


# ------------------------------------------------------------------ the mirror


@dataclass
class Shape:
    body: bytes
    canonical: bytes  # the page's own canonical URL, replaced per copy


@dataclass
class Mirror:
    shapes: list[Shape]
    pages: int
    lock: threading.Lock = field(default_factory=threading.Lock)
    served: int = 0
    first: float = 0.0
    last: float = 0.0

    def reset(self) -> None:
        with self.lock:
            self.served, self.first, self.last = 0, 0.0, 0.0

    def article_path(self, n: int) -> str:
        return f"/berita/2026/11/{1 + n % 28:02d}/{n}/warga-desa-bangun-jembatan-nomor-{n}"

    def route(self, path: str, base: str) -> tuple[int, str, bytes]:
        if path == "/robots.txt":
            return 200, "text/plain", f"User-agent: *\nSitemap: {base}/sitemap_index.xml\n".encode()
        if path == "/sitemap_index.xml":
            children = "".join(
                f"<sitemap><loc>{base}/news-sitemap-{k}.xml</loc></sitemap>"
                for k in range((self.pages + SITEMAP_SIZE - 1) // SITEMAP_SIZE)
            )
            xml = f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}'
            return 200, "application/xml", (xml + "</sitemapindex>").encode()
        m = re.fullmatch(r"/news-sitemap-(\d+)\.xml", path)
        if m:
            start = int(m.group(1)) * SITEMAP_SIZE
            return 200, "application/xml", news_sitemap(self, base, start).encode()
        m = re.fullmatch(r"/berita/2026/11/\d\d/(\d+)/[\w-]+", path)
        if m and int(m.group(1)) < self.pages:
            n = int(m.group(1))
            with self.lock:
                now = time.monotonic()
                self.first = self.first or now
                self.last = now
                self.served += 1
            shape = self.shapes[n % len(self.shapes)]
            return 200, "text/html; charset=utf-8", copy_of(shape, n)
        if path == "/":
            return (
                200,
                "text/html",
                b"<html><head><title>Warta Uji</title></head><body></body></html>",
            )
        return 404, "text/html", b"<html><body>404</body></html>"


def news_sitemap(mirror: Mirror, base: str, start: int) -> str:
    entries = "".join(
        f"<url><loc>{base}{mirror.article_path(n)}</loc><news:news><news:publication>"
        "<news:name>Warta Uji</news:name><news:language>id</news:language></news:publication>"
        f"<news:publication_date>2026-11-{1 + n % 28:02d}T08:00:00+07:00</news:publication_date>"
        f"<news:title>Berita {n}</news:title></news:news></url>"
        for n in range(start, min(start + SITEMAP_SIZE, mirror.pages))
    )
    return (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + entries + "</urlset>"
    )


def copy_of(shape: Shape, n: int) -> bytes:
    """The page with its canonical URL made this copy's own (-b<n> on the last path segment)."""
    if not shape.canonical:
        return shape.body
    parts = urlsplit(shape.canonical.decode())
    path = parts.path
    stem, dot, ext = path.rpartition(".")
    if dot and "/" not in ext and len(ext) <= 5:
        path = f"{stem}-b{n}.{ext}"
    else:
        path = path.rstrip("/") + f"-b{n}" + ("/" if path.endswith("/") else "")
    unique = urlunsplit((parts.scheme, parts.netloc, path, parts.query, "")).encode()
    return shape.body.replace(shape.canonical, unique)


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024
    daemon_threads = True
    allow_reuse_address = True
    mirror: Mirror


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_GET(self) -> None:
        host, port = self.server.server_address[:2]
        status, content_type, body = self.server.mirror.route(
            urlsplit(self.path).path, f"http://{host}:{port}"
        )
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def load_shapes() -> list[Shape]:
    """Article pages of ../shared/pages that extract to one-page articles (a page asking for its
    next page would send the crawl to the real site)."""
    sys.path.insert(0, str(ROOT))
    from newsbot.extract import ExtractionError, extract_pages

    lines = (PAGES / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    shapes, seen = [], set()
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        if row.get("kind") != "article" or not row["file"].endswith(".html"):
            continue
        if row["file"] in seen:
            continue
        seen.add(row["file"])
        body = (PAGES / row["file"]).read_bytes()
        try:
            extracted = extract_pages(body, row["url"] or "https://example.test/")
        except ExtractionError:
            continue
        article = extracted.article
        if article is None or extracted.paging.goes_on:
            continue
        canonical = article.url.encode()
        shapes.append(Shape(body, canonical if canonical in body else b""))
    return shapes


# ------------------------------------------------------------------ measuring a crawl


@dataclass
class Run:
    name: str
    pages: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the process and the children it waited for
    mirror_cpu_seconds: float = 0.0  # this process meanwhile: the mirror serving the pages
    rss_at_checkpoint: int = 0  # bytes, the crawl's processes together
    rss_peak: int = 0
    main_rss_at_checkpoint: int = 0  # the crawl process alone
    main_rss_peak: int = 0
    returncode: int = 0
    stderr: str = ""

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def tree_rss(pid: int) -> tuple[int, int]:
    """RSS of `pid` and of `pid` with all its descendants, in bytes."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            fields = stat[stat.rindex(")") + 2 :].split()
            parents[int(entry.name)] = int(fields[1])
            rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    family, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in family:
                family.add(child)
                frontier.append(child)
    return rss.get(pid, 0), sum(rss.get(p, 0) for p in family)


def measure(name: str, command: list[str], mirror: Mirror, checkpoint: int, cwd: Path) -> Run:
    mirror.reset()
    run = Run(name)
    before = os.times()
    started = time.monotonic()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors, env=_env()
        )
        while process.poll() is None:
            main, family = tree_rss(process.pid)
            run.rss_peak = max(run.rss_peak, family)
            run.main_rss_peak = max(run.main_rss_peak, main)
            if mirror.served <= checkpoint:
                run.rss_at_checkpoint = run.rss_peak
                run.main_rss_at_checkpoint = run.main_rss_peak
            time.sleep(0.25)
        ended = time.monotonic()
        errors.seek(0)
        run.stderr = errors.read().decode("utf-8", "replace")
    after = os.times()
    run.returncode = process.returncode
    run.pages = mirror.served
    run.seconds = ended - (mirror.first or started)
    run.mirror_cpu_seconds = (after.user - before.user) + (after.system - before.system)
    run.cpu_seconds = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return run


def _per_page(seconds: float, pages: int) -> str:
    return f"{seconds * 1000 / max(1, pages):.2f}"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return env


def article_rows(db: Path) -> int:
    """Rows in the articles table: what an analyst finds, whatever the counters say."""
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def newsbot_counts(db: Path) -> dict[str, Any]:
    with sqlite3.connect(db) as conn:
        row = conn.execute("SELECT counts FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    return json.loads(row[0]) if row and row[0] else {}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--checkpoint", type=int, default=5_000)
    parser.add_argument(
        "--workers",
        default=str(len(os.sched_getaffinity(0))),
        help="NEWSBOT_EXTRACT_WORKERS (default: one per core; the crawl's default is the cores"
        " the reactor leaves spare, but at these rates the reactor needs a fifth of a core)",
    )
    parser.add_argument("--skip-bare", action="store_true", help="only the newsbot crawl")
    parser.add_argument("--profile", metavar="FILE", help="run the newsbot crawl under cProfile")
    parser.add_argument(
        "-s",
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a further Scrapy setting for the newsbot crawl only (to compare variants)",
    )
    args = parser.parse_args()
    for setting in args.settings:  # `-s NEWSBOT_EXTRACT_WORKERS=N` is --workers N
        name, _, value = setting.partition("=")
        if name.strip() == "NEWSBOT_EXTRACT_WORKERS":
            args.workers = value.strip()
    if not (PAGES / "MANIFEST.tsv").exists():
        print(f"{PAGES} not present: nothing to measure")
        return 0
    shapes = load_shapes()
    mirror = Mirror(shapes, args.pages)
    server = _Server(("127.0.0.1", 0), _Handler)
    server.mirror = mirror
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    cores = len(os.sched_getaffinity(0))
    load = os.getloadavg()[0]
    print(
        f"== crawl_throughput: {args.pages:,} article URLs of {len(shapes)} real page shapes "
        f"(../shared/pages), loopback mirror; {cores} cores, load average {load:.1f} at start =="
    )
    overrides = [x for name, value in LIFTED.items() for x in ("-s", f"{name}={value}")]
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        bare = None
        if not args.skip_bare:
            bare = measure(
                "bare Scrapy",
                [
                    sys.executable, "-m", "scrapy", "runspider", str(Path(__file__).resolve()),
                    "-a", f"robots={base}/robots.txt", *overrides,
                ],
                mirror, args.checkpoint, tmpdir,
            )  # fmt: skip
            print(
                f"  bare Scrapy spider      {bare.rate:7.1f} pages/s   {bare.pages:,} pages in "
                f"{bare.seconds:.1f} s, CPU {bare.cpu_seconds * 1000 / max(1, bare.pages):.2f} "
                f"ms/page (the mirror {_per_page(bare.mirror_cpu_seconds, bare.pages)}), "
                f"peak RSS {bare.rss_peak / 2**20:.0f} MB"
            )
        db = tmpdir / "bench.db"
        crawl = measure(
            "newsbot crawl",
            [
                *([sys.executable, "-m", "cProfile", "-o", args.profile, "-m", "newsbot"]
                  if args.profile else [str(NEWSBOT)]),
                "crawl", base + "/", "--db", str(db), *overrides,
                "-s", f"NEWSBOT_EXTRACT_WORKERS={args.workers}",
                *(x for setting in args.settings for x in ("-s", setting)),
            ],
            mirror, args.checkpoint, ROOT,
        )  # fmt: skip
        counts = newsbot_counts(db) if db.exists() else {}
        rows = article_rows(db) if db.exists() else 0
    server.shutdown()
    load_end = os.getloadavg()[0]
    if crawl.returncode:
        print(f"  newsbot crawl failed (exit {crawl.returncode}):\n{crawl.stderr[-3000:]}")
        return 1
    pages = max(1, crawl.pages)
    extract = counts.get("extract_cpu_ms", 0)
    collector = counts.get("extract_gc_us", 0) / 1000
    store = counts.get("store_cpu_ms", 0)
    inline = str(args.workers).strip() == "0"
    fetch = counts.get("crawl_cpu_ms", 0) - store - (extract if inline else 0)
    ratio = f"   ratio to bare Scrapy {crawl.rate / bare.rate:.2f}" if bare and bare.rate else ""
    print(
        f"  newsbot crawl           {crawl.rate:7.1f} pages/s   {crawl.pages:,} pages in "
        f"{crawl.seconds:.1f} s (workers: {args.workers}){ratio}"
    )
    print(
        f"  CPU ms/page: fetch {fetch / pages:.2f}  extract {extract / pages:.2f} (of which the "
        f"workers' collector {collector / pages:.2f})  store {store / pages:.2f}  "
        f"(sum {(fetch + extract + store) / pages:.2f}); the mirror serving them "
        f"{_per_page(crawl.mirror_cpu_seconds, crawl.pages)}"
    )
    idle = counts.get("workers_idle_ms", 0) / 1000
    if not inline and crawl.seconds:
        workers = max(1, int(args.workers)) if str(args.workers).isdigit() else 1
        print(
            f"  the workers waited for pages {idle / (workers * crawl.seconds) * 100:.0f} % of "
            "the crawl"
        )
    growth = (crawl.rss_peak / crawl.rss_at_checkpoint - 1) * 100 if crawl.rss_at_checkpoint else 0
    print(
        f"  peak RSS, crawl + workers: {crawl.rss_at_checkpoint / 2**20:.0f} MB at "
        f"{args.checkpoint:,} pages, {crawl.rss_peak / 2**20:.0f} MB at {crawl.pages:,} "
        f"({growth:+.1f} %); crawl process alone {crawl.main_rss_at_checkpoint / 2**20:.0f} -> "
        f"{crawl.main_rss_peak / 2**20:.0f} MB"
    )
    failed = sum(v for k, v in counts.items() if k.startswith("failed") and isinstance(v, int))
    print(
        f"  stored {counts.get('stored', 0):,}, not articles {counts.get('not_article', 0):,}, "
        f"failed {failed:,}, duplicates {counts.get('duplicate', 0):,}; "
        f"load average {load_end:.1f} at the end"
    )
    # Every page served is one of these; what no counter above names is printed, never hidden.
    named = {"stored", "not_article", "duplicate", "inserted", "updated", "unchanged"}
    other = {
        k: v
        for k, v in sorted(counts.items())
        if isinstance(v, int) and v and k not in named and not k.endswith(("_ms", "_us"))
    }
    print(f"  articles table rows {rows:,}; other counts: {other}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
