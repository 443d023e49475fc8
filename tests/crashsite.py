"""A larger loopback site and helpers to run `newsbot crawl` as a process that can be killed.

Used by the crash-safety and concurrent-writer tests and by benchmarks/reliability.py. Articles are
announced by a sitemap index (even numbers) and by five home/index pages (odd numbers, 20 a page,
as far as the crawl walks a home page), so a crawl after a kill must walk index pages whose first
articles it already stored.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from mirror import (
    ROOT,
    TEST_SETTINGS,
    XML,
    MirrorServer,
    Story,
    article_html,
    listing_html,
    sitemap_index,
    urlset,
)

INDEX_PAGES = 5
PER_INDEX_PAGE = 20
PER_SITEMAP = 100


@dataclass
class BigSite:
    base: str
    articles: list[str]  # absolute URLs, all of which a complete crawl stores
    # article URL -> the discovery documents a crawl must read to learn it (any one failing
    # accounts for the article being missing)
    announced_by: dict[str, list[str]] = field(default_factory=dict)

    def paths(self) -> set[str]:
        return {url.removeprefix(self.base) for url in self.articles}


def article_path(i: int, prefix: str = "") -> str:
    day = 1 + i % 28
    return f"/2024/02/{day:02d}/{prefix}berita-nomor-{i}-dari-kota-contoh-hari-ini"


def build_big_site(
    server: MirrorServer, n: int, delay: float = 0.0, prefix: str = "", start: int = 0
) -> BigSite:
    """`n` articles (each answered after `delay` seconds), a sitemap index and index pages."""
    base = server.url
    numbers = range(start, start + n)
    urls = []
    for i in numbers:
        path = article_path(i, prefix)
        story = Story(path, f"2024-02-{1 + i % 28:02d}T08:00:00+07:00", f"Berita nomor {i} kota")
        server.add(path, article_html(base + path, story), delay=delay)
        urls.append(base + path)
    odd = [u for i, u in zip(numbers, urls, strict=True) if i % 2][: INDEX_PAGES * PER_INDEX_PAGE]
    in_sitemaps = [u for u in urls if u not in set(odd)]
    children = []
    announced: dict[str, list[str]] = {}
    index_url = f"{base}/{prefix}sitemap.xml"
    for k in range(0, len(in_sitemaps), PER_SITEMAP):
        child = f"/{prefix}sitemap-{k // PER_SITEMAP}.xml"
        entries = [(u, "2024-02-15T08:00:00+07:00") for u in in_sitemaps[k : k + PER_SITEMAP]]
        server.add(child, urlset(entries), XML)
        children.append((base + child, "2024-02-28T08:00:00+07:00"))
        for url, _ in entries:
            announced[url] = [index_url, base + child]
    server.add(f"/{prefix}sitemap.xml", sitemap_index(children), XML)
    walked: list[str] = []
    for page in range(1, INDEX_PAGES + 1):
        links = odd[(page - 1) * PER_INDEX_PAGE : page * PER_INDEX_PAGE]
        more = f'<a rel="next" href="/?page={page + 1}">Berikutnya</a>' if links else ""
        path = "/" if page == 1 else f"/?page={page}"
        server.add(path, listing_html("Indeks", links, extra_body=more))
        walked.append(base + path)
        for url in links:
            announced[url] = list(walked)
    server.add("/robots.txt", f"User-agent: *\nSitemap: {index_url}\n", "text/plain")
    return BigSite(base, urls, announced)


def crawl_command(
    target: str, db: Path, *options: str, settings: dict[str, str] | None = None
) -> list[str]:
    command = [sys.executable, "-m", "newsbot", "crawl", target, "--db", str(db), *options]
    for name, value in {**TEST_SETTINGS, **(settings or {})}.items():
        command += ["-s", f"{name}={value}"]
    return command


def start_crawl(
    target: str,
    db: Path,
    *options: str,
    settings: dict[str, str] | None = None,
    log: Path | None = None,
) -> subprocess.Popen[str]:
    """`newsbot crawl` in its own process group, output to `log` (default: a file beside `db`)."""
    path = log or db.with_suffix(f".{time.monotonic_ns()}.log")
    with path.open("w", encoding="utf-8") as out:
        return subprocess.Popen(
            crawl_command(target, db, *options, settings=settings),
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )


# Scrapy logs each item after the pipelines are done with it (DEBUG): after its commit.
_SCRAPED = re.compile(r"Scraped from <\d+ (\S+)>")


def scraped_urls(log: Path) -> set[str]:
    """URLs whose items went through every pipeline (stored) before the log ends."""
    text = log.read_text(encoding="utf-8", errors="replace")
    return set(_SCRAPED.findall(text))


def stored_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not created yet


def wait_until_stored(process: subprocess.Popen[str], db: Path, count: int, limit: float) -> bool:
    """Poll until `count` articles are stored; False when the crawl ended (or `limit` s passed)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if stored_count(db) >= count:
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.02)
    return False


def kill9(process: subprocess.Popen[str]) -> None:
    """SIGKILL the crawl at once: no signal handler, no close, no flush."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def output_of(db: Path) -> str:
    """Everything the crawls into `db` printed (their log files)."""
    return "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(db.parent.glob(f"{db.stem}.*.log"))
    )
