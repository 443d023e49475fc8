"""Reliability and security, tried for real (issue 12): hostile input, kill -9, writers, faults.

Sections, each printing a table whose failure columns must all be 0:
  1. hostile pages (>= 500, generated here) through extract_article, and visible-text dumps
     through extract_text, one forked process per input: per class inputs, crashes (an
     exception that is not an ExtractionError, or a dead process), over-bound inputs (> 2 s or
     > 500 MB peak RSS), worst time, worst memory;
  2. hostile sitemaps and feeds (>= 100) through the discovery parsers, the same columns;
  3. one loopback crawl of all of them (pages and documents served by a 127.0.0.1 mirror that
     also points at a second host, 127.0.0.2): tracebacks, off-site requests, unaccounted pages;
  4. kill -9 at random moments during a mirror crawl, K times without and K times with --resume:
     lost, duplicated, refetched beyond in-flight, integrity failures, unclosed runs;
  5. two concurrent crawls and readers on one database: lock errors, lost rows;
  6. faults on 10 % of requests (5xx, connection resets, timeouts): URLs unaccounted for;
  7. what a commit per article costs against batches of 50 (articles/s).

Every hostile input is written by this script (no saved pages). Exit status 1 when a failure
column is not 0. Timing figures are noisy on a shared machine: compare ratios within one run.
Run: .venv/bin/python benchmarks/reliability.py [--quick] [--kills 20] [--articles 1500]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import logging
import multiprocessing
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from crashsite import (
    BigSite,
    build_big_site,
    crawl_command,
    kill9,
    output_of,
    scraped_urls,
    start_crawl,
)
from mirror import (
    XML,
    MirrorServer,
    Story,
    article_html,
    listing_html,
    news_sitemap,
    rss,
    sitemap_index,
    urlset,
)

# Imported (and warmed up) before any fork: children measure extraction, not imports.
from newsbot.discovery import parse_any
from newsbot.extract import ExtractionError, extract_article, extract_text

MAX_SECONDS = 2.0
MAX_MB = 500
STALL_SECONDS = 60.0  # a child still running after this is killed and counted over the bound
WHEN = "2024-03-25T08:00:00+07:00"
PARAGRAPH = (
    "Pemerintah kota menyampaikan kabar terbaru kepada warga pada Senin pagi di kantor wali kota,"
    " dan meminta semua pihak mengikuti informasi resmi dari dinas terkait."
)


# ---------------------------------------------------------------------------- hostile pages


def _page(body: str, head: str = "", title: str = "Warga kota menyambut program baru") -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:type" content="article">{head}</head><body><article>'
        f"<h1>{title}</h1>{body}</article></body></html>"
    )


def _base(i: int = 0) -> str:
    story = Story(f"/2024/03/25/berita-{i}", WHEN, "Warga kota menyambut program baru")
    return article_html(f"https://x.test/2024/03/25/berita-{i}", story)


def _paragraphs(n: int) -> str:
    return "".join(f"<p>{PARAGRAPH} ({i})</p>" for i in range(n))


def truncation(i: int, n: int) -> bytes:
    page = _base(i).encode()
    return page[: max(1, len(page) * (i % n + 1) // (n + 1))]


def charset(i: int, n: int) -> bytes:
    text = _base(i)
    variants: list[Callable[[], bytes]] = [
        lambda: text.replace("utf-8", "windows-1252").encode("utf-8"),
        lambda: text.encode("utf-16-le"),
        lambda: text.encode("utf-16-be"),
        lambda: text.replace("utf-8", "shift_jis").encode("utf-8") + bytes(range(128, 256)) * 50,
        lambda: text.encode("utf-8").replace(b"a", b"\xff\xfe", 50),
        lambda: b"\xef\xbb\xbf" + text.replace("utf-8", "iso-8859-1").encode("utf-8"),
        lambda: text.replace("utf-8", "x-no-such-charset").encode("utf-8"),
        lambda: text.encode("utf-32"),
        lambda: text.encode("utf-8").replace(b"<", b"\x00<"),
        lambda: os.urandom(20_000 * (1 + i % 5)),
    ]
    return variants[i % len(variants)]()


def surrogates(i: int, n: int) -> str:
    k = 1 + i * 37
    variants = [
        _base(i).replace('"headline": "', '"headline": "\\ud800' * (1 + i % 3)),
        _page(_paragraphs(6).replace("kota", "kota \ud800", k)),
        _page(_paragraphs(6), head=f'<meta name="author" content="Nama \\udfff{"x" * k}">'),
        _page(_paragraphs(6) + "&#xd800;&#55296;" * k),
        _base(i).replace('"name": "', '"name": "\\udc00\\ud800'),
    ]
    return variants[i % len(variants)]


def nesting(i: int, n: int) -> str:
    depth = [250, 1_000, 3_000, 10_000, 30_000, 100_000][i % 6]
    variants = [
        "<div>" * depth + _paragraphs(6) + "</div>" * depth,
        "<div><p>" * depth + PARAGRAPH,
        "<span>" * depth + _paragraphs(6),
        "<table><tr><td>" * (depth // 10) + _paragraphs(6),
        ("<div><p>" + PARAGRAPH) * (depth // 10),
    ]
    return _page(variants[i % len(variants)])


def attributes(i: int, n: int) -> str:
    count = [1_000, 10_000, 100_000][i % 3]
    variants = [
        "<div " + " ".join(f'a{k}="{k}"' for k in range(count)) + ">" + _paragraphs(6) + "</div>",
        f'<div class="{"kelas " * count}">' + _paragraphs(6) + "</div>",
        f'<p title="{"x" * (count * 100)}">' + PARAGRAPH + "</p>" + _paragraphs(6),
        "".join(
            f'<p data-k="{k}" class="c{k}" id="i{k}">{PARAGRAPH}</p>' for k in range(count // 10)
        ),
    ]
    return _page(variants[i % len(variants)])


def links(i: int, n: int) -> str:
    count = [2_000, 20_000, 100_000][i % 3]
    variants = [
        _paragraphs(6)
        + "".join(f'<a href="/2024/03/25/tautan-{k}">Judul {k}</a>' for k in range(count)),
        _paragraphs(6) + "".join(f"<p>Baca Juga: Berita lain nomor {k}</p>" for k in range(count)),
        "".join(f'<p>{PARAGRAPH} <a href="/x/{k}">Baca Juga</a></p>' for k in range(count // 10)),
        _paragraphs(6) + '<a href="http://[::1">x</a>' * (count // 10),
        # unlinked lines inside the story's own block (each climbed to and searched it: 33 s)
        "<div>" + _paragraphs(6) + "<p>Baca Juga: Berita lain</p>" * count + "</div>",
    ]
    return _page(variants[i % len(variants)])


def images(i: int, n: int) -> str:
    count = [2_000, 20_000, 50_000][i % 3]
    variants = [
        _paragraphs(6) + "".join(f'<img src="/img/{k}.jpg" alt="Foto {k}">' for k in range(count)),
        "".join(
            f'<figure><img src="/i/{k}.jpg"><figcaption>Foto {k}</figcaption></figure>'
            for k in range(count // 4)
        )
        + _paragraphs(6),
        _paragraphs(6) + f'<img srcset="{", ".join(f"/i/{k}.jpg {k}w" for k in range(count))}">',
    ]
    return _page(variants[i % len(variants)])


def raw_text(i: int, n: int) -> str:
    count = [200, 2_000, 20_000][i % 3]
    tag = ["script", "style", "title", "textarea", "noscript", "xmp"][i % 6]
    return _page(f"<{tag}>" * count + _paragraphs(6))


def quote_flood(i: int, n: int) -> str:
    size = [1_000, 8_000, 50_000][i % 3]
    variants = [
        '<p>"Kami siap," kata ' + "Bapak " * size + ".</p>" + _paragraphs(5),
        "<p>" + '"' * (size * 20) + "</p>" + _paragraphs(5),
        "".join(f'<p>"Kutipan {k}," kata Budi. "Lagi," ujarnya.</p>' for k in range(size // 10)),
        "<p>" + "\u201cKami \u201c" * size + "</p>" + _paragraphs(5),
        "<p>" + "kata Budi, " * size + "</p>" + _paragraphs(5),
    ]
    return _page(variants[i % len(variants)])


_NAMES = ("Budi Santoso", "Siti Aminah", "Rina Marlina", "Agus Salim", "Dewi Lestari")


def _quoted(k: int, per: int) -> str:
    """`per` distinct attributed quotes (each with a speaker and an office)."""
    return " ".join(
        f'"Kami siap nomor {k} {j}," kata {_NAMES[(k + j) % 5]}, Kepala Dinas {k}.'
        for j in range(per)
    )


def dense_quotes(i: int, n: int) -> str:
    """Real-looking quotes by the thousand: each costs the quote reader its full work."""
    count = [100, 400, 2_000][i % 3]
    per = [1, 20][i % 2]
    return _page(_paragraphs(3) + "".join(f"<p>{_quoted(k, per)}</p>" for k in range(count)))


class TextInput(str):
    """Visible text for extract_text (the `newsbot extract --text` path), not a page."""


def text_dumps(i: int, n: int) -> TextInput:
    size = [100_000, 400_000, 1_040_000][i % 3]  # characters; the text limit is 1 MiB
    line = PARAGRAPH + "\n"
    variants = [
        lambda: '"' * size,
        lambda: line + ('"' * 20_000 + "\n") * (size // 20_001),
        lambda: line + "\n".join(_quoted(k, 20) for k in range(size // 1_500)),
        lambda: line + '"Kami siap," kata ' + "Bapak " * (size // 6),
        lambda: line * 3 + "Baca Juga: berita lain\n" * (size // 23),
        lambda: line * 3 + "Senin, 25 Maret 2024 10:00 WIB\n" * (size // 31),
        lambda: line.replace("kota", "kota \ud800") * (size // len(line)),
        lambda: "kata " * (size // 5),
        lambda: line + "\u201cKami \u201c" * (size // 7),
    ]
    return TextInput(variants[i % len(variants)]())


def jsonld_bomb(i: int, n: int) -> str:
    depth = [1_000, 10_000, 100_000][i % 3]
    variants = [
        "[" * depth + "]" * depth,
        '{"@type":"NewsArticle","headline":"Judul","x":'
        + '{"a":' * depth
        + "1"
        + "}" * depth
        + "}",
        '{"@graph":[' + ",".join('{"@type":"Thing"}' for _ in range(depth)) + "]}",
        '{"@type":"NewsArticle","articleBody":"' + "kata " * (depth * 10) + '"}',
        '{"@type":"NewsArticle","headline":' + "[" * depth,
    ]
    head = f'<script type="application/ld+json">{variants[i % len(variants)]}</script>'
    return _page(_paragraphs(6), head=head)


def dates(i: int, n: int) -> str:
    count = [1_000, 10_000, 100_000][i % 3]
    variants = [
        _paragraphs(6)
        + "".join(f"<span>Senin, {k % 28 + 1} Maret 2024 10:00 WIB</span>" for k in range(count)),
        _paragraphs(6)
        + "".join(f'<time datetime="2024-03-{k % 28 + 1:02d}">x</time>' for k in range(count)),
        _paragraphs(6) + "<p>" + "99/99/9999 " * count + "</p>",
        _page(
            _paragraphs(6),
            head='<meta property="article:published_time" content="9999-99-99T99:99">',
        ),
    ]
    return _page(variants[i % len(variants)])


def huge_text(i: int, n: int) -> str:
    size = [1, 4, 15.5][i % 3]  # MB; the page limit is 16 MiB
    chars = int(size * 1024 * 1024)
    variants = [
        "<p>" + ("kata " * (chars // 5)) + "</p>",
        "<p>" + ("a" * chars) + "</p>",
        _paragraphs(chars // (len(PARAGRAPH) + 16)),  # markup included
        "<p>" + (PARAGRAPH + " ") * (chars // (len(PARAGRAPH) + 1)) + "</p>",
    ]
    return _page(variants[i % len(variants)])


def odd_documents(i: int, n: int) -> bytes:
    variants: list[bytes] = [
        b"",
        b"   \n\t ",
        b"\x00" * 10_000,
        b"\x89PNG\r\n\x1a\n" + os.urandom(5_000),
        gzip.compress(_base(i).encode()),
        b"<?xml version='1.0'?><rss><channel><item><link>x</link></item></channel></rss>",
        b'{"headline": "bukan html"}',
        b"<html>" + b"<" * 200_000,
        b"<!--" + b"x" * 1_000_000,
        b"<![CDATA[" * 10_000,
        ("<html><body>" + "&amp;" * 500_000 + "</body></html>").encode(),
    ]
    return variants[i % len(variants)]


PAGE_CLASSES: dict[str, tuple[Callable[[int, int], str | bytes], int]] = {
    # name: (generator, variants); sizes cycle within a class.
    "truncation": (truncation, 60),
    "charset": (charset, 50),
    "surrogates": (surrogates, 40),
    "nesting": (nesting, 40),
    "attributes": (attributes, 36),
    "links": (links, 45),
    "images": (images, 30),
    "raw-text tags": (raw_text, 36),
    "quote flood": (quote_flood, 45),
    "dense quotes": (dense_quotes, 12),
    "json-ld bomb": (jsonld_bomb, 45),
    "date spans": (dates, 36),
    "huge text": (huge_text, 12),
    "odd documents": (odd_documents, 44),
    "text dumps": (text_dumps, 36),
}


# ---------------------------------------------------------------------------- hostile documents


def _urls(n: int, base: str = "https://x.test") -> list[tuple[str, str]]:
    return [(f"{base}/2024/03/25/berita-nomor-{k}-hari-ini", WHEN) for k in range(n)]


def gzip_bomb(inflated: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1024 * 1024)
    return b"".join(
        [*(packer.compress(block) for _ in range(inflated // len(block))), packer.flush()]
    )


def bad_entries(i: int, n: int) -> str:
    bad = [
        "http://[::1",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "x" * 1_000_000,
        "",
        "http://",
    ]
    entries = _urls(200)
    entries.insert(i % 200, (bad[i % len(bad)], WHEN))
    return (
        urlset(entries)
        if i % 2
        else rss([(u, "Mon, 25 Mar 2024 08:00 +0700", "t") for u, _ in entries])
    )


def bombs(i: int, n: int) -> bytes:
    size = [64, 256, 1024][i % 3] * 1024 * 1024
    variants = [
        lambda: gzip_bomb(size),
        lambda: gzip_bomb(size)[: len(gzip_bomb(size)) // 2],
        lambda: gzip.compress(urlset(_urls(1000)).encode()) * 3,
        lambda: b"\x1f\x8b" + os.urandom(10_000),
    ]
    return variants[i % len(variants)]()


def entity_bombs(i: int, n: int) -> str:
    laughs = "".join(f'<!ENTITY l{k} "{f"&l{k - 1};" * 10}">' for k in range(1, 10))
    variants = [
        f'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY l0 "lol">{laughs}]><urlset><url><loc>&l9;</loc></url></urlset>',
        '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]><urlset><url><loc>&x;</loc></url></urlset>',
        '<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "http://127.0.0.2/x">]><rss><channel><item><link>&x;</link></item></channel></rss>',
    ]
    return variants[i % len(variants)]


def xml_shapes(i: int, n: int) -> str | bytes:
    depth = [1_000, 10_000, 100_000][i % 3]
    variants: list[Callable[[], str | bytes]] = [
        lambda: "<urlset>" + "<url>" * depth + "</url>" * depth + "</urlset>",
        lambda: urlset(_urls(60_000)),
        lambda: sitemap_index([(f"https://x.test/s-{k}.xml", WHEN) for k in range(60_000)]),
        lambda: urlset(_urls(500))[: 5_000 + i],
        lambda: "<html><body>not a sitemap</body></html>",
        lambda: urlset(_urls(100)).encode("utf-16"),
        lambda: urlset([(u, "99999-99-99T99:99:99") for u, _ in _urls(100)]),
        lambda: rss([(u, "Mon, 99 Foo 99999 99:99:99 +9999", "t") for u, _ in _urls(100)]),
        lambda: (
            '<feed xmlns="http://www.w3.org/2005/Atom">'
            + "<entry><title>t</title></entry>" * 10_000
            + "</feed>"
        ),
        lambda: "<rdf:RDF xmlns:rdf='x'>" + "<item><link>/a</link></item>" * 1000 + "</rdf:RDF>",
        lambda: "\ufeff" + urlset(_urls(50)),
        lambda: (
            urlset(_urls(50)).replace("<loc>", "<loc>\ud800", 1).encode("utf-8", "surrogatepass")
        ),
    ]
    return variants[i % len(variants)]()


DOC_CLASSES: dict[str, tuple[Callable[[int, int], str | bytes], int]] = {
    "bad entries": (bad_entries, 36),
    "gzip bombs": (bombs, 16),
    "entity bombs": (entity_bombs, 12),
    "xml shapes": (xml_shapes, 48),
}


# ---------------------------------------------------------------------------- measuring inputs


@dataclass
class ClassFigures:
    inputs: int = 0
    crashes: int = 0
    over_bound: int = 0
    worst_s: float = 0.0
    worst_mb: float = 0.0
    examples: list[str] = field(default_factory=list)


def _child(kind: str, name: str, index: int, variants: int, conn: Any) -> None:
    """Build one input and run it, in a forked process: its time and peak RSS are its own."""
    logging.disable(logging.WARNING)  # the caps extraction reports are expected here
    outcome = "ok"
    try:
        make = (PAGE_CLASSES if kind == "page" else DOC_CLASSES)[name][0]
        data = make(index, variants)
        started = time.perf_counter()
        try:
            url = f"https://x.test/2024/03/25/berita-{index}"
            if isinstance(data, TextInput):
                with contextlib.suppress(ExtractionError):
                    extract_text(data, url)
            elif kind == "page":
                with contextlib.suppress(ExtractionError):
                    extract_article(data, url)
            else:
                parse_any(data, "https://x.test/sitemap.xml")
        except BaseException as exc:  # noqa: BLE001 - what is measured: any untyped outcome
            outcome = f"crash: {type(exc).__name__}: {str(exc)[:120]}"
        seconds = time.perf_counter() - started
    except BaseException:  # noqa: BLE001 - reported, the run goes on
        outcome, seconds = "generator failed: " + traceback.format_exc(limit=2)[-300:], 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    conn.send((outcome, seconds, peak))
    conn.close()


def warm_up() -> None:
    """Load what extraction loads lazily (dateparser's data, compiled patterns) in the parent."""
    with contextlib.suppress(ExtractionError):
        extract_article(_base(0), "https://x.test/2024/03/25/berita-0")
    parse_any(urlset(_urls(3)), "https://x.test/sitemap.xml")


def measure(
    kind: str,
    classes: dict[str, tuple[Callable[[int, int], Any], int]],
    quick: bool,
    only: set[str] | None = None,
    max_seconds: float = MAX_SECONDS,
) -> dict[str, ClassFigures]:
    context = multiprocessing.get_context("fork")
    figures: dict[str, ClassFigures] = {}
    for name, (_, variants) in classes.items():
        if only and name not in only:
            continue
        fig = figures[name] = ClassFigures()
        # The quick subset: every 7th input. 7 shares no factor with the 2-6 sizes and shapes a
        # class cycles through, so each size (the largest included) and shape is tried.
        picks = range(0, variants, 7) if quick else range(variants)
        for index in picks:
            here, there = context.Pipe(duplex=False)
            process = context.Process(target=_child, args=(kind, name, index, variants, there))
            process.start()
            there.close()
            outcome, seconds, peak = "dead", STALL_SECONDS, 0.0
            if here.poll(STALL_SECONDS):
                try:
                    outcome, seconds, peak = here.recv()
                except EOFError:
                    outcome = f"dead (exit {process.exitcode})"
            else:
                outcome = "stalled"
            process.join(1)
            if process.is_alive():
                process.kill()
                process.join()
            fig.inputs += 1
            fig.worst_s = max(fig.worst_s, seconds)
            fig.worst_mb = max(fig.worst_mb, peak)
            if outcome != "ok":
                fig.crashes += 1
                fig.examples.append(f"{name}[{index}] {outcome}")
            elif seconds > max_seconds or peak > MAX_MB:
                fig.over_bound += 1
                fig.examples.append(f"{name}[{index}] {seconds:.1f} s {peak:.0f} MB")
    return figures


def print_figures(title: str, figures: dict[str, ClassFigures]) -> int:
    print(f"\n{title}")
    print(
        f"  {'class':<16} {'inputs':>6} {'crashes':>8} {'over bound':>10} {'worst s':>8} {'worst MB':>9}"
    )
    bad = 0
    for name, f in figures.items():
        print(
            f"  {name:<16} {f.inputs:>6} {f.crashes:>8} {f.over_bound:>10} {f.worst_s:>8.2f} {f.worst_mb:>9.0f}"
        )
        bad += f.crashes + f.over_bound
    total = sum(f.inputs for f in figures.values())
    print(
        f"  {'all':<16} {total:>6} {sum(f.crashes for f in figures.values()):>8} "
        f"{sum(f.over_bound for f in figures.values()):>10}"
    )
    for f in figures.values():
        for example in f.examples[:3]:
            print(f"    ! {example}")
    return bad


# ---------------------------------------------------------------------------- hostile crawl


def hostile_crawl(workdir: Path, quick: bool) -> int:
    """Serve every hostile page and document from one site; a second host must get nothing."""
    with MirrorServer() as site, MirrorServer("127.0.0.2") as other:
        a, b = site.url, other.url
        article_urls: list[str] = []
        for name, (make, variants) in PAGE_CLASSES.items():
            picks = range(0, variants, max(1, variants // (2 if quick else 6)))
            for index in picks:
                if name == "huge text" and index % 3 == 2 and quick:
                    continue
                slug = f"/2024/03/25/{name.replace(' ', '-')}-{index}-halaman-berita-uji"
                data = make(index, variants)
                site.add(
                    slug, data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
                )
                article_urls.append(a + slug)
        documents = []
        for name, (make, variants) in DOC_CLASSES.items():
            for index in range(0, variants, max(1, variants // (2 if quick else 6))):
                path = f"/peta/{name.replace(' ', '-')}-{index}.xml"
                data = make(index, variants)
                site.add(
                    path,
                    data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"),
                    XML,
                )
                documents.append(a + path)
        site.add("/news.xml", news_sitemap([(u, WHEN, "uji") for u in article_urls]), XML)
        site.add(
            "/sitemap.xml",
            sitemap_index([(d, WHEN) for d in documents] + [(f"{b}/s.xml", WHEN)]),
            XML,
        )
        site.add(
            "/robots.txt",
            f"User-agent: *\nSitemap: {a}/news.xml\nSitemap: {b}/x.xml\n",
            "text/plain",
        )
        site.add(
            "/",
            listing_html(
                "Beranda", [f"{b}/2024/03/25/lain"], extra_body=f'<a rel="next" href="{b}/p2">n</a>'
            ),
        )
        db = workdir / "hostile.db"
        started = time.monotonic()
        result = subprocess.run(
            crawl_command(
                a + "/",
                db,
                settings={"DOWNLOAD_TIMEOUT": "30", "DOWNLOAD_MAXSIZE": str(32 * 2**20)},
            ),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=3600,
            check=False,
        )
        elapsed = time.monotonic() - started
        other_requests = len(other.log)
    with sqlite3.connect(db) as conn:
        stored = {r[0] for r in conn.execute("SELECT fetched_url FROM articles")}
        failed = {r[0] for r in conn.execute("SELECT url FROM failures")}
        counts = json.loads(
            conn.execute("SELECT counts FROM crawl_runs ORDER BY id DESC").fetchone()[0]
        )
    tracebacks = result.stderr.count("Traceback")
    # Every page served is stored, refused as no article, a duplicate of another, or a failure.
    judged = sum(
        counts.get(k, 0) for k in ("not_article", "unreadable", "duplicate", "out_of_range")
    )
    judged += len(stored) + len(failed)
    unaccounted = max(0, len(article_urls) - judged)
    print("\n3. hostile pages and documents through one loopback crawl")
    print(
        f"  {'pages':>6} {'docs':>5} {'exit':>5} {'tracebacks':>11} {'off-site requests':>18} "
        f"{'unaccounted':>12} {'stored':>7} {'failed':>7} {'elapsed s':>10}"
    )
    print(
        f"  {len(article_urls):>6} {len(documents):>5} {result.returncode:>5} {tracebacks:>11} "
        f"{other_requests:>18} {unaccounted:>12} {len(stored):>7} {len(failed):>7} {elapsed:>10.1f}"
    )
    if tracebacks:
        at = result.stderr.find("Traceback")
        print("    ! " + result.stderr[at : at + 800].replace("\n", "\n    ! "))
    # exit 1 is allowed only for recorded item failures (articles lost with their reason)
    exit_bad = result.returncode not in (0, 1) or (result.returncode == 1 and not failed)
    return tracebacks + other_requests + unaccounted + int(exit_bad)


# ---------------------------------------------------------------------------- kill -9


@dataclass
class KillFigures:
    kills: int = 0
    lost: int = 0
    duplicated: int = 0
    refetched_beyond: int = 0
    integrity: int = 0
    unclosed: int = 0
    max_in_flight: int = 0
    runs_to_finish: int = 0
    missing_at_end: int = 0
    notes: list[str] = field(default_factory=list)


def _last_error_in(text: str) -> str:
    """The last error line of a crawl's output (what a failure column's cause is)."""
    lines = [ln for ln in text.splitlines() if "Error" in ln or "ERROR" in ln]
    return (lines[-1] if lines else (text.strip().splitlines() or [""])[-1])[:300]


def _last_error(log: Path) -> str:
    return _last_error_in(log.read_text(encoding="utf-8", errors="replace"))


def _integrity(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        bad = 0 if conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok" else 1
        try:
            conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError:
            bad += 1
        return bad


def _stored_paths(db: Path, base: str) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[0].removeprefix(base) for r in conn.execute("SELECT url FROM articles")}


def _article_requests(log: list[str], site: BigSite) -> list[str]:
    paths = site.paths()
    return [p for p in log if p in paths]


def kill_campaign(workdir: Path, articles: int, kills: int, resume: bool, seed: int) -> KillFigures:
    """Kill -9 a mirror crawl `kills` times at random moments, then run it to the end.

    In flight at a kill: article pages fetched but not stored. Refetched beyond in-flight: pages
    fetched again although stored, or whose item had been through every pipeline (Scrapy logs it
    after the commit) without being stored: a lost commit.
    """
    rng = random.Random(seed)
    figures = KillFigures()
    settings = {
        "CONCURRENT_REQUESTS": "16",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
        "LOG_LEVEL": "DEBUG",
    }
    with MirrorServer() as server:
        site = build_big_site(server, articles, delay=0.002)
        db = workdir / f"kill-{int(resume)}.db"
        options = ("--resume", str(workdir / f"job-{seed}")) if resume else ()
        ever_stored: set[str] = set()
        for k in range(kills):
            server.clear_log()
            log = workdir / f"kill-{int(resume)}-{k}.log"
            crawl = start_crawl(site.base + "/", db, *options, settings=settings, log=log)
            deadline = time.monotonic() + rng.uniform(0.3, 8.0)  # start-up to well into the crawl
            while time.monotonic() < deadline and crawl.poll() is None:
                time.sleep(0.01)
            if crawl.poll() is not None:  # ended before the kill: say how, if not cleanly
                if crawl.returncode:
                    figures.notes.append(f"run {k} exit {crawl.returncode}: {_last_error(log)}")
                break
            kill9(crawl)
            figures.kills += 1
            requested = set(_article_requests(server.log, site))
            stored = _stored_paths(db, site.base) if db.exists() else set()
            scraped = {u.removeprefix(site.base) for u in scraped_urls(log)}
            figures.lost += len(ever_stored - stored)
            figures.refetched_beyond += len(requested & ever_stored)  # stored, fetched again
            figures.refetched_beyond += len(scraped - stored)  # through the pipelines, not stored
            ever_stored |= stored
            figures.integrity += _integrity(db) if db.exists() else 0
            figures.max_in_flight = max(figures.max_in_flight, len(requested - stored))
        for _ in range(5):
            server.clear_log()
            done = subprocess.run(
                crawl_command(site.base + "/", db, *options, settings=settings),
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=1800,
                check=False,
            )
            figures.runs_to_finish += 1
            if done.returncode:
                figures.notes.append(
                    f"final run exit {done.returncode}: {_last_error_in(done.stdout + done.stderr)}"
                )
            figures.refetched_beyond += len(set(_article_requests(server.log, site)) & ever_stored)
            ever_stored |= _stored_paths(db, site.base)
            if len(_stored_paths(db, site.base)) >= len(site.articles) or done.returncode != 0:
                break
        final = _stored_paths(db, site.base)
        figures.missing_at_end = len(site.paths() - final)
        figures.lost += len(ever_stored - final)
        with sqlite3.connect(db) as conn:
            total, distinct = conn.execute(
                "SELECT count(*), count(DISTINCT url) FROM articles"
            ).fetchone()
            figures.duplicated = total - distinct
            figures.unclosed = conn.execute(
                "SELECT count(*) FROM crawl_runs WHERE finished_at IS NULL"
            ).fetchone()[0]
        figures.integrity += _integrity(db)
    return figures


def print_kills(rows: list[tuple[str, KillFigures]]) -> int:
    print(
        "\n4. kill -9 at random moments during a mirror crawl (CONCURRENT_REQUESTS 16, extraction pool)"
    )
    print(
        f"  {'mode':<10} {'kills':>5} {'lost':>5} {'duplicated':>10} {'refetched beyond in-flight':>27} "
        f"{'integrity failures':>19} {'unclosed runs':>14} {'missing at end':>15} {'max in flight':>14} {'runs to finish':>15}"
    )
    bad = 0
    for mode, f in rows:
        print(
            f"  {mode:<10} {f.kills:>5} {f.lost:>5} {f.duplicated:>10} {f.refetched_beyond:>27} "
            f"{f.integrity:>19} {f.unclosed:>14} {f.missing_at_end:>15} {f.max_in_flight:>14} {f.runs_to_finish:>15}"
        )
        bad += (
            f.lost + f.duplicated + f.refetched_beyond + f.integrity + f.unclosed + f.missing_at_end
        )
        for note in f.notes[:5]:
            print(f"    ! {mode}: {note}")
    return bad


# ---------------------------------------------------------------------------- writers


def writers(workdir: Path, articles: int) -> int:
    from newsbot.store import Store

    db = workdir / "writers.db"
    Store(db).close()
    errors: list[str] = []
    reads = 0
    with MirrorServer() as one_server, MirrorServer() as two_server:
        one = build_big_site(one_server, articles, delay=0.002, prefix="satu-")
        two = build_big_site(two_server, articles, delay=0.002, prefix="dua-", start=articles)
        crawls = [start_crawl(s.base + "/", db) for s in (one, two)]
        stop = threading.Event()

        def read() -> None:
            nonlocal reads
            while not stop.is_set():
                try:
                    with Store(db) as store:
                        store.count()
                        store.runs(limit=3)
                        list(store.search("kota", limit=5))
                    reads += 1
                except sqlite3.Error as exc:
                    errors.append(repr(exc))
                time.sleep(0.02)

        readers = [threading.Thread(target=read) for _ in range(2)]
        for reader in readers:
            reader.start()
        codes = [c.wait(timeout=1800) for c in crawls]
        stop.set()
        for reader in readers:
            reader.join()
        expected = set(one.articles) | set(two.articles)
    output = output_of(db)
    locks = output.count("database is locked") + sum("locked" in e for e in errors)
    with sqlite3.connect(db) as conn:
        stored = {r[0] for r in conn.execute("SELECT url FROM articles")}
    lost = len(expected - stored)
    print("\n5. two concurrent crawls and two readers on one database")
    print(
        f"  {'articles':>8} {'lock errors':>12} {'lost rows':>10} {'reader errors':>14} {'reads':>6} {'exit codes':>11}"
    )
    print(f"  {len(expected):>8} {locks:>12} {lost:>10} {len(errors):>14} {reads:>6} {codes!s:>11}")
    if any(codes):
        print(f"    ! {_last_error_in(output)}")
    for error in errors[:3]:
        print(f"    ! reader: {error[:300]}")
    return locks + lost + len(errors) + sum(1 for c in codes if c != 0)


# ---------------------------------------------------------------------------- faults


def faults(workdir: Path, articles: int, seed: int) -> int:
    rng = random.Random(seed)
    lock = threading.Lock()
    injected = {"5xx": 0, "reset": 0, "timeout": 0}

    def fault(path: str) -> str:
        with lock:
            if path == "/robots.txt" or rng.random() >= 0.10:
                return ""
            kind = rng.choice(["5xx", "reset", "timeout"])
            injected[kind] += 1
            return kind

    with MirrorServer() as server:
        site = build_big_site(server, articles, delay=0.0)
        server.fault = fault  # type: ignore[attr-defined]
        db = workdir / "faults.db"
        result = subprocess.run(
            crawl_command(site.base + "/", db, settings={"RETRY_TIMES": "3"}),
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
    with sqlite3.connect(db) as conn:
        stored = {r[0] for r in conn.execute("SELECT url FROM articles")}
        failed = {r[0] for r in conn.execute("SELECT url FROM failures")}
    missing = set(site.articles) - stored
    # An article whose sitemap or index page failed after its retries is accounted for by that
    # document's failure row (the crawl never learnt its URL).
    documents_failed = failed - set(site.articles)
    unaccounted = {
        u for u in missing if u not in failed and not set(site.announced_by.get(u, [])) & failed
    }
    print("\n6. faults on 10 % of requests (5xx, connection resets, timeouts; RETRY_TIMES 3)")
    print(
        f"  {'articles':>8} {'5xx':>5} {'resets':>7} {'timeouts':>9} {'stored':>7} {'recorded failed':>16} "
        f"{'documents failed':>17} {'unaccounted':>12} {'exit':>5} {'tracebacks':>11}"
    )
    print(
        f"  {len(site.articles):>8} {injected['5xx']:>5} {injected['reset']:>7} {injected['timeout']:>9} "
        f"{len(stored):>7} {len(failed & set(site.articles)):>16} {len(documents_failed):>17} "
        f"{len(unaccounted):>12} {result.returncode:>5} {result.stderr.count('Traceback'):>11}"
    )
    return len(unaccounted) + result.stderr.count("Traceback")


# ---------------------------------------------------------------------------- commit cost


def commit_cost(workdir: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from store import generate  # benchmarks/store.py's synthetic articles

    from newsbot.store import Store

    arts = list(generate(n))
    figures = {}
    for label, size in (("per article", 1), ("batches of 50", 50)):
        with Store(workdir / f"cost-{size}.db") as store:
            started = time.perf_counter()
            for k in range(0, n, size):
                store.save_many(
                    [(a, a.url, "2024-05-01T10:00:00+00:00") for a in arts[k : k + size]]
                )
            figures[label] = n / (time.perf_counter() - started)
    print("\n7. what a commit per article costs (WAL, synchronous=NORMAL)")
    for label, rate in figures.items():
        print(f"  {label:<14} {rate:8.0f} articles/s  {1000 / rate:5.2f} ms/article")


# ---------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a fast subset (the test suite's)")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument(
        "--articles", type=int, default=1500, help="articles of the kill/fault sites"
    )
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--only", default="", help="comma list of sections to run (1-7)")
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=MAX_SECONDS,
        help="the time bound per input (default %(default)s; the test suite's subset allows more"
        " for its loaded machine: a regression to quadratic work costs far more than either)",
    )
    parser.add_argument(
        "--classes",
        default="",
        help="comma list of input classes of sections 1-2 to run (e.g. 'quote flood'), to rerun"
        " one alone",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="keep the databases and crawl logs in this (new or empty) folder",
    )
    args = parser.parse_args()
    sections = {int(s) for s in args.only.split(",") if s} or set(range(1, 8))
    classes = {c.strip() for c in args.classes.split(",") if c.strip()}
    unknown = classes - set(PAGE_CLASSES) - set(DOC_CLASSES)
    if unknown:
        parser.error(f"no input class {', '.join(sorted(unknown))}")
    kills = 2 if args.quick else args.kills
    articles = 200 if args.quick else args.articles
    bad = 0
    print(
        f"newsbot reliability benchmark{' (quick subset)' if args.quick else ''}: "
        f"bounds {args.max_seconds:g} s and {MAX_MB} MB per input, peak RSS of a forked process"
    )
    warm_up()
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"parent process after imports: {baseline:.0f} MB peak RSS (each fork starts there)")
    load = os.getloadavg()[0]
    print(f"machine load (1 min) {load:.1f} on {os.cpu_count()} cores: times scale with it")
    with contextlib.ExitStack() as stack:
        if args.workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        else:
            workdir = args.workdir
            workdir.mkdir(parents=True, exist_ok=True)
        if 1 in sections:
            bad += print_figures(
                "1. hostile pages through extract_article",
                measure("page", PAGE_CLASSES, args.quick, classes, args.max_seconds),
            )
        if 2 in sections:
            bad += print_figures(
                "2. hostile sitemaps and feeds through the discovery parsers",
                measure("doc", DOC_CLASSES, args.quick, classes, args.max_seconds),
            )
        if 3 in sections:
            bad += hostile_crawl(workdir, args.quick)
        if 4 in sections:
            rows = [
                ("plain", kill_campaign(workdir, articles, kills, resume=False, seed=args.seed)),
                (
                    "--resume",
                    kill_campaign(workdir, articles, kills, resume=True, seed=args.seed + 1),
                ),
            ]
            bad += print_kills(rows)
        if 5 in sections:
            bad += writers(workdir, articles // 2 if args.quick else articles)
        if 6 in sections:
            bad += faults(workdir, articles, args.seed)
        if 7 in sections:
            commit_cost(workdir, 300 if args.quick else 3000)
    print(f"\nfailures in all columns: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
