"""A news site mirror on 127.0.0.1, built at test time, for crawl tests.

`MirrorServer` serves an in-memory map of path -> page, logs every request path, and has the
misbehaviours real portals show: a 404, a 500 that succeeds on retry, a redirect, a page slower than
the timeout, a malformed sitemap, and a robots.txt-disallowed article that must never be fetched.

`build_news_site(server)` fills it as one site with no profile (crawled by URL), and
`build_profile_site(server, site)` fills it as a registry site under /<host>/… for crawls that run
through NEWSBOT_MIRROR. Every page here is written by this module (no saved pages are copied);
`add_shared_pages` serves real pages from ../shared/pages, read at test time, when they exist.
"""

from __future__ import annotations

import json
import socket
import sqlite3
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, Self
from urllib.parse import urlsplit

HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"


@dataclass
class Page:
    body: bytes
    content_type: str = HTML
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    # Misbehaviours: answer 500 this many times first; sleep before answering.
    fail_first: int = 0
    delay: float = 0.0


class _Server(ThreadingHTTPServer):
    request_queue_size = 1024  # Python's default of 5 drops connections under Scrapy's concurrency
    daemon_threads = True
    allow_reuse_address = True
    pages: dict[str, Page]
    routes: dict[str, Callable[[str], Page | None]]
    # Fault injection: path -> "" (answer), "5xx", "reset" (RST, no answer) or "timeout".
    fault: Callable[[str], str] | None
    log: list[str]
    stamps: list[float]  # time.monotonic() of each request in `log`
    lock: threading.Lock

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (killed crawler, timeout) is no server error worth a trace."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet; the server keeps its own request log."""

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.log.append(self.path)
            self.server.stamps.append(time.monotonic())
            page = self.server.pages.get(self.path) or self.server.pages.get(
                urlsplit(self.path).path
            )
            for prefix, make in self.server.routes.items():
                if page is None and self.path.startswith(prefix):
                    page = make(self.path)
            failing = page is not None and page.fail_first > 0
            if failing:
                page.fail_first -= 1  # type: ignore[union-attr]
        fault = self.server.fault(self.path) if self.server.fault else ""
        if fault == "reset":
            # Close with a TCP RST before any byte of an answer (SO_LINGER 0).
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if fault == "timeout":
            time.sleep(SLOW_SECONDS)
        if fault == "5xx":
            self._answer(503, b"<html><body><h1>503</h1></body></html>", HTML, {})
            return
        if page is None:
            self._answer(404, b"<html><body><h1>404 Not Found</h1></body></html>", HTML, {})
            return
        if failing:
            self._answer(500, b"<html><body><h1>500</h1></body></html>", HTML, {})
            return
        if page.delay:
            time.sleep(page.delay)
        self._answer(page.status, page.body, page.content_type, page.headers)

    def _answer(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up (timeout); nothing to do


class MirrorServer:
    """In-memory site on 127.0.0.1 with a request log; use as a context manager."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        # Another loopback address (127.0.0.2) makes a second host for off-site tests.
        self._httpd = _Server((host, 0), _Handler)
        self._httpd.pages = {}
        self._httpd.routes = {}
        self._httpd.fault = None
        self._httpd.log = []
        self._httpd.stamps = []
        self._httpd.lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def pages(self) -> dict[str, Page]:
        return self._httpd.pages

    @property
    def log(self) -> list[str]:
        with self._httpd.lock:
            return list(self._httpd.log)

    @property
    def timed_log(self) -> list[tuple[float, str]]:
        """(arrival time, path) of every request, in arrival order."""
        with self._httpd.lock:
            return list(zip(self._httpd.stamps, self._httpd.log, strict=True))

    def clear_log(self) -> None:
        with self._httpd.lock:
            self._httpd.log.clear()
            self._httpd.stamps.clear()

    def add(self, path: str, body: str | bytes, content_type: str = HTML, **options: Any) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self._httpd.pages[path] = Page(data, content_type, **options)

    @property
    def fault(self) -> Callable[[str], str] | None:
        return self._httpd.fault

    @fault.setter
    def fault(self, decide: Callable[[str], str] | None) -> None:
        """Decide per request path: "" answers, "5xx", "reset" or "timeout" misbehave."""
        self._httpd.fault = decide

    def route(self, prefix: str, make: Callable[[str], Page | None]) -> None:
        """Serve requests under `prefix` (that have no page of their own) from `make(path)`."""
        self._httpd.routes[prefix] = make

    def __enter__(self) -> Self:
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


# ---------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class Story:
    """One article this mirror writes: path on the site, publication time (WIB), headline."""

    path: str
    published: str
    headline: str
    paragraphs: tuple[str, ...] = ()

    def text(self) -> tuple[str, ...]:
        if self.paragraphs:
            return self.paragraphs
        topic = self.headline.lower()
        return (
            (
                f"KOTA CONTOH - Pemerintah daerah menyampaikan kabar terbaru tentang {topic} kepada "
                "warga pada Senin pagi di kantor wali kota."
            ),
            (
                f"\u201cKami memastikan {topic} berjalan sesuai rencana,\u201d kata Budi Santoso, "
                "Kepala Dinas Komunikasi dan Informatika, kepada wartawan."
            ),
            (
                "Warga diminta tetap mengikuti informasi resmi dari pemerintah dan tidak mudah "
                "percaya pada kabar yang belum jelas sumbernya di media sosial."
            ),
        )


def article_html(
    url: str,
    story: Story,
    paragraphs: tuple[str, ...] | None = None,
    extra_head: str = "",
    extra_body: str = "",
) -> str:
    """A plain news article page: JSON-LD NewsArticle, canonical link, og tags, <article> body."""
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.headline,
        "datePublished": story.published,
        "author": {"@type": "Person", "name": "Rina Wartawan"},
        "mainEntityOfPage": url,
    }
    body = "\n".join(f"<p>{p}</p>" for p in (paragraphs or story.text()))
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>{story.headline} - Warta Contoh</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{story.headline}">
<meta property="article:published_time" content="{story.published}">
<script type="application/ld+json">{json.dumps(ld)}</script>
{extra_head}
</head><body>
<header><a href="/">Warta Contoh</a> <a href="/tag/pemilu">Pemilu</a></header>
<article><h1>{story.headline}</h1>
<time datetime="{story.published}">{story.published}</time>
<div class="content">{body}</div>
{extra_body}
</article>
<footer><a href="/redaksi">Redaksi</a></footer>
</body></html>"""


def listing_html(title: str, links: list[str], extra_head: str = "", extra_body: str = "") -> str:
    """A listing page (home, index, tag): links only, no article body."""
    items = "\n".join(f'<li><a href="{href}">{href.rsplit("/", 1)[-1]}</a></li>' for href in links)
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="website">{extra_head}</head>
<body><h1>{title}</h1><ul>{items}</ul>{extra_body}</body></html>"""


def news_sitemap(entries: list[tuple[str, str, str]]) -> str:
    urls = "".join(
        f"<url><loc>{loc}</loc><news:news><news:publication><news:name>Warta Contoh</news:name>"
        f"<news:language>id</news:language></news:publication>"
        f"<news:publication_date>{when}</news:publication_date>"
        f"<news:title>{title}</news:title></news:news></url>"
        for loc, when, title in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + urls + "</urlset>"
    )


def urlset(entries: list[tuple[str, str]]) -> str:
    urls = "".join(f"<url><loc>{loc}</loc><lastmod>{when}</lastmod></url>" for loc, when in entries)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + urls + "</urlset>"
    )


def sitemap_index(entries: list[tuple[str, str]]) -> str:
    items = "".join(
        f"<sitemap><loc>{loc}</loc><lastmod>{when}</lastmod></sitemap>" for loc, when in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + items
        + "</sitemapindex>"
    )


def rss(entries: list[tuple[str, str, str]]) -> str:
    items = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>{when}</pubDate></item>"
        for link, when, title in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        "<title>Warta Contoh</title><link>/</link>" + items + "</channel></rss>"
    )


# ---------------------------------------------------------------------------- the site


@dataclass
class NewsSite:
    """What the mirror holds, for assertions: URLs a crawl must store, and paths it must never ask."""

    base: str
    stored: set[str]
    old: set[str]
    never_requested: set[str]
    multi_page: str
    redirected_from: str
    not_article: str


S = {
    "a1": Story(
        "/2024/03/25/banjir-rob-rendam-pesisir-kota-contoh",
        "2024-03-25T08:10:00+07:00",
        "Banjir rob rendam pesisir kota",
    ),
    "a2": Story(
        "/2024/03/25/pasar-murah-ramadan-dibuka-di-lima-kecamatan",
        "2024-03-25T09:30:00+07:00",
        "Pasar murah Ramadan dibuka di lima kecamatan",
    ),
    "a3": Story(
        "/2024/03/22/jalan-provinsi-diperbaiki-sebelum-mudik-lebaran",
        "2024-03-22T10:00:00+07:00",
        "Jalan provinsi diperbaiki sebelum mudik",
    ),
    "a4": Story(
        "/2024/03/25/harga-beras-turun-di-pasar-tradisional",
        "2024-03-25T11:45:00+07:00",
        "Harga beras turun di pasar tradisional",
    ),
    "a5": Story(
        "/2024/03/24/sekolah-gelar-pesantren-kilat-selama-ramadan",
        "2024-03-24T13:00:00+07:00",
        "Sekolah gelar pesantren kilat",
    ),
    "a6": Story(
        "/2024/03/23/festival-kuliner-malam-ramai-dikunjungi-warga",
        "2024-03-23T19:00:00+07:00",
        "Festival kuliner malam ramai dikunjungi",
    ),
    "a7": Story(
        "/2024/03/23/relawan-bersihkan-sungai-kota-setiap-minggu",
        "2024-03-23T07:15:00+07:00",
        "Relawan bersihkan sungai kota",
    ),
    "a8": Story(
        "/2024/03/21/pemkot-siapkan-posko-mudik-di-terminal-kota",
        "2024-03-21T16:20:00+07:00",
        "Pemkot siapkan posko mudik",
    ),
    "flaky": Story(
        "/2024/03/24/server-sempat-gagal-lalu-pulih-kembali",
        "2024-03-24T06:00:00+07:00",
        "Server sempat gagal lalu pulih",
    ),
    "moved": Story(
        "/2024/03/23/alamat-baru-setelah-berita-dipindah-redaksi",
        "2024-03-23T12:00:00+07:00",
        "Berita dipindah ke alamat baru",
    ),
    "multi": Story(
        "/2024/03/21/cerita-panjang-dua-halaman-tentang-kampung-tua",
        "2024-03-21T09:00:00+07:00",
        "Cerita panjang tentang kampung tua",
    ),
    "old": Story(
        "/2020/01/15/arsip-lama-peresmian-taman-kota-tahun-lalu",
        "2020-01-15T10:00:00+07:00",
        "Arsip lama peresmian taman kota",
    ),
    "private": Story(
        "/private/2024/03/25/rahasia-redaksi-tidak-untuk-robot",
        "2024-03-25T10:00:00+07:00",
        "Rahasia redaksi",
    ),
}
GONE = "/2024/03/24/berita-yang-sudah-dihapus-oleh-redaksi"
SLOW = "/2024/03/24/halaman-lambat-melebihi-batas-waktu-unduh"
OLD_ADDRESS = "/2024/03/23/alamat-lama-berita-yang-dipindah-redaksi"
NOT_ARTICLE = "/2024/03/20/kumpulan-berita-pilihan-pekan-ini-semua"
MULTI_PAGE_2 = [
    (
        "Bagian kedua cerita ini membahas sejarah kampung tua yang berdiri sejak masa kolonial dan "
        "masih dijaga oleh warga sampai sekarang."
    ),
    (
        "Para tetua kampung berharap generasi muda ikan menjaga rumah-rumah panggung yang tersisa "
        "agar tidak hilang dimakan zaman."
    ),
]
SLOW_SECONDS = 3.0


def build_news_site(server: MirrorServer) -> NewsSite:
    """One site crawled by URL: robots.txt sitemaps, a sitemap index, a feed, a paginated home."""
    base = server.url
    add = server.add

    def u(path: str) -> str:
        return base + path

    for key, story in S.items():
        if key == "multi":
            continue
        add(story.path, article_html(u(story.path), story))
    # The 500-then-200 page, a redirect, a 404 (no page), a slow page.
    server.pages[S["flaky"].path].fail_first = 1
    add(OLD_ADDRESS, b"", status=301, headers={"Location": S["moved"].path})
    add(
        SLOW,
        article_html(u(SLOW), Story(SLOW, "2024-03-24T07:00:00+07:00", "Halaman lambat")),
        delay=SLOW_SECONDS,
    )
    # A multi-page article: page 1 says rel=next, page 2 carries the rest.
    multi = S["multi"]
    add(
        multi.path,
        article_html(
            u(multi.path), multi, extra_head=f'<link rel="next" href="{u(multi.path)}?page=2">'
        ),
    )
    add(multi.path + "?page=2", article_html(u(multi.path), multi, tuple(MULTI_PAGE_2)))
    add(NOT_ARTICLE, listing_html("Kumpulan berita pilihan", [u(S["a1"].path), u(S["a2"].path)]))
    add("/tag/pemilu", listing_html("Tag: pemilu", [u(S["a3"].path)]))

    add(
        "/robots.txt",
        f"User-agent: *\nDisallow: /private/\n\nSitemap: {u('/news-sitemap.xml')}\n"
        f"Sitemap: {u('/broken-sitemap.xml')}\n",
        "text/plain",
    )
    add(
        "/news-sitemap.xml",
        news_sitemap(
            [
                (u(S["a1"].path), S["a1"].published, S["a1"].headline),
                (u(S["a2"].path), S["a2"].published, S["a2"].headline),
                (u(S["private"].path), S["private"].published, S["private"].headline),
                (u(GONE), "2024-03-24T05:00:00+07:00", "Berita dihapus"),
                (u(S["flaky"].path), S["flaky"].published, S["flaky"].headline),
                (u(SLOW), "2024-03-24T07:00:00+07:00", "Halaman lambat"),
                (u(OLD_ADDRESS), S["moved"].published, S["moved"].headline),
            ]
        ),
        XML,
    )
    add("/broken-sitemap.xml", b"<?xml version='1.0'?><urlset><url><loc>oops", XML)
    add(
        "/sitemap.xml",
        sitemap_index(
            [
                (u("/sitemap-2024-03.xml"), "2024-03-25T12:00:00+07:00"),
                (u("/sitemap-2020-01.xml"), "2020-01-31T12:00:00+07:00"),
            ]
        ),
        XML,
    )
    add(
        "/sitemap-2024-03.xml",
        urlset(
            [
                (u(S["a3"].path), S["a3"].published),
                (u(multi.path), multi.published),
                (u(NOT_ARTICLE), "2024-03-20T08:00:00+07:00"),
            ]
        ),
        XML,
    )
    add("/sitemap-2020-01.xml", urlset([(u(S["old"].path), S["old"].published)]), XML)
    add(
        "/rss.xml",
        rss(
            [
                (u(S["a4"].path), "Mon, 25 Mar 2024 11:45:00 +0700", S["a4"].headline),
                (u(S["a5"].path), "Sun, 24 Mar 2024 13:00:00 +0700", S["a5"].headline),
                (u(S["a1"].path), "Mon, 25 Mar 2024 08:10:00 +0700", S["a1"].headline),
            ]
        ),
        XML,
    )
    feed_link = f'<link rel="alternate" type="application/rss+xml" href="{u("/rss.xml")}">'
    # Home: page 1, page 2, and page 3 repeating page 2 (the walk must stop there).
    add(
        "/",
        listing_html(
            "Warta Contoh",
            [u(S["a6"].path), "/tag/pemilu", u(S["private"].path)],
            extra_head=feed_link,
            extra_body='<a rel="next" href="/?page=2">Next</a>',
        ),
    )
    page2 = listing_html(
        "Warta Contoh 2",
        [u(S["a7"].path), u(S["a8"].path)],
        extra_body='<a rel="next" href="/?page=3">Next</a>',
    )
    add("/?page=2", page2)
    add("/?page=3", page2.replace("/?page=3", "/?page=4"))
    add("/?page=4", page2.replace("/?page=3", "/?page=5"))

    stored = {u(s.path) for k, s in S.items() if k not in {"private", "old"}}
    return NewsSite(
        base=base,
        stored=stored,
        old={u(S["old"].path)},
        never_requested={S["private"].path, "/?page=4"},
        multi_page=u(multi.path),
        redirected_from=u(OLD_ADDRESS),
        not_article=u(NOT_ARTICLE),
    )


def add_shared_pages(server: MirrorServer, pages_dir: Path, limit: int = 3) -> dict[str, str]:
    """Serve a few real saved article pages (read at test time) under /shared/<n>.html.

    Returns mirror URL -> page file; used only to check that real pages crawl without errors.
    """
    manifest = pages_dir / "MANIFEST.tsv"
    if not manifest.exists():
        return {}
    served: dict[str, str] = {}
    lines = manifest.read_text(encoding="utf-8").splitlines()[1:]
    for n, line in enumerate(line for line in lines if "\tarticle\t" in line):
        if len(served) >= limit:
            break
        relpath = line.split("\t", 1)[0]
        path = f"/shared/2024/03/20/halaman-nyata-nomor-{n}-dari-arsip"
        server.add(path, (pages_dir / relpath).read_bytes())
        served[server.url + path] = relpath
    return served


# ---------------------------------------------------------------------------- running crawls

ROOT = Path(__file__).resolve().parents[1]
# Fast and still realistic: no politeness delay, one retry, a timeout shorter than SLOW_SECONDS.
TEST_SETTINGS = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "DOWNLOAD_TIMEOUT": "1",
    "RETRY_TIMES": "1",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
    "LOG_LEVEL": "INFO",
}


def scrapy_crawl(
    target: str,
    db: Path,
    *args: str,
    settings: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """`scrapy crawl portal -a target=…` in a subprocess (a Twisted reactor runs once per process)."""
    command = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"target={target}"]
    for arg in args:
        command += ["-a", arg]
    for name, value in {**TEST_SETTINGS, "NEWSBOT_DB": str(db), **(settings or {})}.items():
        command += ["-s", f"{name}={value}"]
    return subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )


def stored_urls(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT url FROM articles")}


def last_run(db: Path) -> dict[str, Any]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    run = dict(row)
    for key in ("options", "counts", "coverage", "warnings"):
        run[key] = json.loads(run[key] or "null")
    return run


def article_paths(log: list[str]) -> set[str]:
    """Requested paths that are article pages (dated paths), without query strings."""
    return {urlsplit(p).path for p in log if urlsplit(p).path.count("/") >= 4}


# ---------------------------------------------------------------------------- a profile site


@dataclass
class ProfileSite:
    """A registry site served under /<host>/… for a crawl with NEWSBOT_MIRROR set."""

    stored: set[str]
    never_requested: set[str]
    multi_page: str
    page_two_text: str


def suara_url(host: str, day: int, ident: int, slug: str) -> str:
    return f"https://{host}/read/2024/03/{day:02d}/{ident:06d}/{slug}"


def build_suara_site(server: MirrorServer, site: Any) -> ProfileSite:
    """Serve a Suara regional site at the URLs its registry profile names (news sitemap, index)."""
    host = site.host
    news_source = next(s for s in site.sources if s.kind == "news_sitemap")
    index_source = next(s for s in site.sources if s.kind == "index")

    def serve(url: str, body: str, content_type: str = HTML) -> None:
        parts = urlsplit(url)
        server.add(
            f"/{parts.netloc}{parts.path}" + (f"?{parts.query}" if parts.query else ""),
            body,
            content_type,
        )

    stories = {
        key: (
            suara_url(host, day, ident, slug),
            Story("", f"2024-03-{day:02d}T{hour}:00:00+07:00", title),
        )
        for key, day, ident, hour, slug, title in [
            (
                "s1",
                25,
                81000,
                "08",
                "banjir-rob-rendam-pesisir-bandar-lampung",
                "Banjir rob di Bandar Lampung",
            ),
            ("s2", 25, 93000, "09", "pasar-murah-digelar-di-way-halim", "Pasar murah di Way Halim"),
            (
                "s3",
                24,
                110000,
                "11",
                "jalan-lintas-sumatra-diperbaiki",
                "Jalan lintas Sumatra diperbaiki",
            ),
            (
                "s4",
                24,
                130000,
                "13",
                "festival-krakatau-kembali-digelar",
                "Festival Krakatau kembali digelar",
            ),
            (
                "s5",
                23,
                70000,
                "07",
                "nelayan-pesisir-dapat-bantuan-mesin",
                "Nelayan pesisir dapat bantuan",
            ),
            (
                "s6",
                23,
                150000,
                "15",
                "kisah-panjang-kampung-tua-di-teluk",
                "Kisah kampung tua di teluk",
            ),
            ("denied", 25, 100000, "10", "berita-yang-dilarang-robots", "Dilarang"),
        ]
    }
    for key, (url, story) in stories.items():
        if key == "s6":
            continue
        serve(url, article_html(url, story))
    # A two-page article: page 1 says so in the dataLayer, ?page=all serves the whole text.
    multi_url, multi = stories["s6"]
    page_two = (
        "Bagian kedua: warga kampung tua di teluk menjaga rumah panggung dan tradisi "
        "melaut yang diwariskan turun-temurun."
    )
    pages_js = "<script>dataLayer=[{'articleTotalPages':'2'}];</script>"
    serve(multi_url, article_html(multi_url, multi, extra_head=pages_js))
    serve(multi_url + "?page=all", article_html(multi_url, multi, (*multi.text(), page_two)))

    denied_path = urlsplit(stories["denied"][0]).path
    serve(f"https://{host}/robots.txt", f"User-agent: *\nDisallow: {denied_path}\n", "text/plain")
    serve(
        news_source.url,
        news_sitemap(
            [
                (stories[k][0], stories[k][1].published, stories[k][1].headline)
                for k in ("s1", "s2", "denied")
            ]
        ),
        XML,
    )
    tag = f"https://{host}/tag/banjir"
    page1 = listing_html("Indeks", [stories["s3"][0], stories["s4"][0], tag])
    page2 = listing_html("Indeks 2", [stories["s5"][0], multi_url, tag])
    serve(index_source.url.replace("{page}", "1"), page1)
    serve(index_source.url.replace("{page}", "2"), page2)
    serve(index_source.url.replace("{page}", "3"), page2)  # like Tribun: the last page repeats
    serve(index_source.url.replace("{page}", "4"), page2)
    index4 = urlsplit(index_source.url.replace("{page}", "4"))
    return ProfileSite(
        stored={url for key, (url, _) in stories.items() if key != "denied"},
        never_requested={
            f"/{host}{denied_path}",
            f"/{host}{index4.path}?{index4.query}",
            f"/{host}/tag/banjir",
        },
        multi_page=multi_url,
        page_two_text=page_two,
    )
