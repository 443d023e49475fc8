"""Bad input never escapes as an untyped exception: extract_article returns an Article with a url,
headline and body, or raises an ExtractionError subclass. (That it does so in time linear in the
page is measured by benchmarks/extraction.py and tests/test_extract_bounds.py checks the outcomes of
the caps: a test that times itself fails on a loaded machine.)

Inputs are the project's own pages (demo site and tests/data/generic) mutated by hypothesis:
truncated, closing tags deleted, control bytes inserted, re-encoded, body duplicated; plus
hand-made hostile documents (deep nesting, 20 MB, script only, RSS, JSON, image bytes).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbot.extract import ExtractionError, NotAnArticle, UnreadablePage, extract_article

ROOT = Path(__file__).parent.parent
PAGES = sorted((ROOT / "newsbot" / "demo" / "site").rglob("*.html")) + sorted(
    (ROOT / "tests" / "data" / "generic").glob("*.html")
)
SOURCES = [p.read_bytes() for p in PAGES]
URL = "https://example.test/2026/11/20/berita/warga-desa-bangun-jembatan.html"
FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


def check(html: bytes | str, url: str = URL, content_type: str | None = None) -> str:
    """The outcome name; fails on any exception that is not an ExtractionError."""
    try:
        art = extract_article(html, url, content_type)
    except ExtractionError as exc:
        outcome = type(exc).__name__
        reason = str(exc)
    else:
        reason = ""
        assert art.url
        assert art.headline
        assert art.body
        assert art.paragraphs
        assert all(p.strip() for p in art.paragraphs)
        outcome = "Article"
    assert reason or outcome == "Article", "an ExtractionError says why"
    return outcome


def test_the_unmutated_pages_are_articles_or_listings() -> None:
    outcomes = [check(source) for source in SOURCES]
    assert outcomes.count("Article") >= 15, outcomes


page_index = st.integers(min_value=0, max_value=len(SOURCES) - 1)


@FUZZ
@given(page_index, st.floats(min_value=0.0, max_value=1.0))
def test_truncated_pages(index: int, fraction: float) -> None:
    source = SOURCES[index]
    check(source[: int(len(source) * fraction)])


@FUZZ
@given(page_index, st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=30))
def test_pages_with_closing_tags_deleted(index: int, picks: list[int]) -> None:
    text = SOURCES[index].decode("utf-8")
    for pick in picks:
        closers = list(re.finditer(r"</\w+\s*>", text))
        if not closers:
            break
        m = closers[pick % len(closers)]
        text = text[: m.start()] + text[m.end() :]
    check(text.encode("utf-8"))


@FUZZ
@given(
    page_index,
    st.lists(
        st.tuples(
            st.floats(0.0, 1.0),
            st.binary(min_size=1, max_size=4).map(lambda b: bytes(x % 32 for x in b)),
        ),
        min_size=1,
        max_size=60,
    ),
)
def test_pages_with_control_bytes(index: int, inserts: list[tuple[float, bytes]]) -> None:
    data = bytearray(SOURCES[index])
    for where, junk in inserts:
        at = int(len(data) * where)
        data[at:at] = junk
    check(bytes(data))


ENCODINGS = ("cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig")


@FUZZ
@given(page_index, st.sampled_from(ENCODINGS), st.sampled_from(["none", "meta", "header", "wrong"]))
def test_pages_in_other_encodings(index: int, encoding: str, declared: str) -> None:
    text = SOURCES[index].decode("utf-8")
    content_type = None
    if declared == "meta":
        text = re.sub(
            r"<meta charset=[\"']?[\w-]+[\"']?\s*/?>",
            f'<meta charset="{encoding}">',
            text,
            flags=re.IGNORECASE,
        )
    elif declared == "header":
        content_type = f"text/html; charset={encoding}"
    elif declared == "wrong":
        content_type = "text/html; charset=iso-2022-jp"
    outcome = check(text.encode(encoding, errors="replace"), content_type=content_type)
    if declared != "wrong":
        # Re-encoding loses nothing a reader needs: the page reads as it did in UTF-8.
        assert outcome == check(SOURCES[index])


def test_a_page_that_declares_no_charset_and_is_not_utf8_reads_as_windows_1252() -> None:
    """No BOM, no HTTP charset, no <meta charset>, bytes saved by a Windows editor: read as
    browsers fall back here, not as UTF-8 with replacement characters."""
    paragraph = "“Kami siap,” kata Bupati Ahmad di Kafe Dua Saudara – sekitar Rp1.000."
    html = (
        "<html><head><title>Bupati siap hadapi banjir</title></head><body>"
        f"<h1>Bupati siap hadapi banjir</h1>{_article(4)}<p>{paragraph}</p></body></html>"
    )
    art = extract_article(html.encode("cp1252"), "https://kabarlama.example/2012/01/05/bupati-siap")
    assert paragraph in art.paragraphs
    # Valid UTF-8 without a declaration stays UTF-8.
    assert paragraph in extract_article(html.encode("utf-8"), art.url).paragraphs


@FUZZ
@given(page_index, st.sampled_from(["body", "html", "head"]))
def test_pages_with_duplicated_parts(index: int, part: str) -> None:
    text = SOURCES[index].decode("utf-8")
    doubled = re.sub(
        rf"(<{part}\b.*?</{part}>)", r"\1\1", text, count=1, flags=re.DOTALL | re.IGNORECASE
    )
    assert check(doubled) == check(text)


def _article(paragraphs: int = 6) -> str:
    prose = (
        "Warga Desa Lembah Hijau bergotong royong memperbaiki jalan yang rusak sejak musim hujan. "
    )
    return "".join(f"<p>{prose * 3}</p>" for _ in range(paragraphs))


HOSTILE = {
    "5000 nested divs": (
        "<html><head><title>Warga Bangun Jembatan Gantung Baru</title></head><body>"
        + "<div>" * 5000
        + _article()
        + "</div>" * 5000
        + "</body></html>"
    ).encode(),
    "2000 unclosed divs, one per paragraph": (
        "<html><head><title>Warga Bangun Jembatan Gantung Baru</title></head><body><div class=isi>"
        + "".join(
            f"<div><p>Paragraf {i}: warga desa berkata jalan rusak parah.</p>" for i in range(2000)
        )
        + "</body></html>"
    ).encode(),
    "20 MB page": (
        "<html><head><title>Warga Bangun Jembatan Gantung Baru</title></head><body><h1>Warga</h1>"
        + _article() * 13000
        + "</body></html>"
    ).encode(),
    "only script": b"<html><script>" + b"var a = '<p>x</p>';\n" * 5000 + b"</script></html>",
    "bare script": b"<script>document.write('<h1>Judul</h1>')</script>",
    "RSS": (ROOT / "newsbot" / "demo" / "site" / "rss.xml").read_bytes(),
    "sitemap": (ROOT / "newsbot" / "demo" / "site" / "news-sitemap.xml").read_bytes(),
    "JSON": b'{"title": "Warga Bangun Jembatan", "body": "<p>isi</p>"}',
    "JSON list": b'[{"headline": "x"}]',
    "PNG": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20,
    "JPEG": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20,
    "random bytes": bytes((i * 7919) % 256 for i in range(20_000)),
    "empty": b"",
    "whitespace": b" \n\t ",
    "only a BOM": b"\xef\xbb\xbf",
    "NUL bytes": b"\x00" * 1000,
    "comment only": b"<!-- kosong -->",
    "XHTML with XML declaration": (
        '<?xml version="1.0" encoding="utf-8"?>\n<html><head><title>Warga Bangun Jembatan Gantung'
        " Baru</title></head><body><h1>Warga Bangun Jembatan Gantung Baru</h1><div>"
        + _article()
        + "</div></body></html>"
    ),
    "lone surrogate in str": "<html><body><h1>Judul Berita Panjang \ud800</h1>"
    + _article()
    + "</body></html>",
}
EXPECTED = {
    "20 MB page": UnreadablePage,
    "RSS": NotAnArticle,
    "sitemap": NotAnArticle,
    "JSON": NotAnArticle,
    "JSON list": NotAnArticle,
    "PNG": UnreadablePage,
    "JPEG": UnreadablePage,
    "random bytes": UnreadablePage,
    "empty": UnreadablePage,
    "whitespace": UnreadablePage,
    "NUL bytes": UnreadablePage,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_documents(name: str) -> None:
    outcome = check(HOSTILE[name])
    if name in EXPECTED:
        assert outcome == EXPECTED[name].__name__
    if name in (
        "XHTML with XML declaration",
        "lone surrogate in str",
        "2000 unclosed divs, one per paragraph",
    ):
        assert outcome == "Article"


@pytest.mark.parametrize(
    "url", ["", "not a url", "http://[::1", "https://exa mple.test/a", "ftp://x/y"]
)
def test_odd_urls(url: str) -> None:
    check(SOURCES[0], url)


def test_unclosed_title_and_script_do_not_swallow_the_article() -> None:
    text = SOURCES[0].decode("utf-8")
    whole = extract_article(text, URL)
    for tag in ("title", "script"):
        broken = text.replace(f"</{tag}>", "", 1)
        assert extract_article(broken, URL).paragraphs == whole.paragraphs, tag
