"""`newsbot serve` as an analyst meets it over HTTP: compact table pages, readable JSON cells,
ranked search with snippets on articles and quotes, a database page that opens on the latest
articles, a real project link, and no 500 on any request below (the issue's POST among them)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request

import pytest
from sample_articles import filled_store
from serving import get, serving


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    db = filled_store(tmp_path_factory.mktemp("datasette") / "berita.db")
    with serving(db) as url:
        yield url


def page(base: str, path: str) -> tuple[int, str, str]:
    """Status, final URL (after redirects) and body of a GET."""
    try:
        with urllib.request.urlopen(base + path, timeout=10) as response:
            return response.status, response.geturl(), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, base + path, error.read().decode("utf-8")


def visible(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_table_pages_open_on_a_compact_column_set(base):
    status, url, html = page(base, "/berita/articles")
    assert status == 200
    shown = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["_col"]
    assert shown[:3] == ["headline", "portal", "site"]
    assert len(shown) <= 8  # of 30 columns
    headers = re.findall(r'<th [^>]*data-column="([\w-]+)"', html)
    assert "body" not in headers
    assert "paragraphs" not in headers
    assert "headline" in headers
    # a URL that picks its own columns is served as asked
    status, url, html = page(base, "/berita/articles?_col=body")
    assert "_col=headline" not in url
    assert 'data-column="body"' in html


def test_json_cells_are_readable(base):
    _, _, html = page(base, "/berita/articles?_col=authors&_col=tags&_col=lists&_col=quotes")
    text = visible(html)
    assert "UMKM, Kota Metro, Anies Baswedan" in text  # tags joined, not ["UMKM","Kota Metro",…]
    assert "baca_juga 2 · terpopuler 1" in text
    assert "2: Anies Baswedan, Wahdi Siradjudin" in text
    assert (
        '<details class="newsbot-json">' in html
    )  # the whole value, pretty-printed, one click away
    assert "&#34;speaker&#34;: &#34;Wahdi Siradjudin&#34;" in html or '"speaker": "Wahdi' in html


def test_search_box_leads_to_ranked_results_with_snippets(base):
    status, url, html = page(base, "/berita/articles?_search=Anies")
    assert status == 200
    assert "/berita/search_articles?search=Anies" in url
    rows = json.loads(get(base, "/berita/search_articles.json?search=Anies&_shape=array")[1])
    assert rows[0]["headline"].startswith("Temui Anies Baswedan")  # the headline hit first
    assert "**Anies**" in rows[0]["snippet"]
    assert "<mark>Anies</mark>" in html


@pytest.mark.parametrize("query", ["covid-19", "Rp38.000", "O'Brien", "*", "NEAR(a, x)", ""])
def test_search_takes_any_text_literally(base, query):
    status, body = get(
        base, "/berita/search_articles.json?" + urllib.parse.urlencode({"search": query})
    )
    assert status == 200, body


def test_quotes_have_their_own_ranked_search(base):
    status, url, html = page(base, "/berita/quotes?_search=subuh")
    assert status == 200
    assert "/berita/search_quotes?search=subuh" in url
    assert "<mark>subuh</mark>" in html
    rows = json.loads(get(base, "/berita/search_quotes.json?search=Tambak&_shape=array")[1])
    assert [r["speaker"] for r in rows] == ["Suyatmi"]  # found by the speaker's role
    found = json.loads(get(base, "/berita/quotes.json?_search=memasarkan&_shape=array")[1])
    assert [q["speaker"] for q in found] == ["Wahdi Siradjudin"]  # Datasette's own FTS too


def test_database_page_opens_on_the_latest_articles(base):
    status, _, html = page(base, "/berita")
    assert status == 200
    text = visible(html)
    latest = text.index("Latest articles")
    assert latest < text.index("Custom SQL query")
    assert text.index("Banjir Rob Rendam Ribuan Rumah") > latest
    assert "select * from articles" in html  # not _sqlite_migrations
    assert "_sqlite_migrations" not in text


def test_project_link_is_real(base):
    _, _, html = page(base, "/berita")
    links = re.findall(r'href="([^"]+)">\s*newsbot analyst guide', html)
    assert set(links) == {"/-/newsbot"}
    status, _, guide = page(base, links[0])
    assert status == 200
    assert "newsbot for analysts" in guide
    assert 'github.com/"' not in html


REQUESTS = [
    ("GET", "/"),
    ("GET", "/berita"),
    ("GET", "/berita/articles"),
    ("GET", "/berita/articles?_search=*"),
    ("GET", "/berita/articles?_search=*&portal=suara"),
    ("GET", "/berita/articles?_searchmode=raw&_search=NEAR(x"),
    ("GET", "/berita/articles?_searchmode=raw&_search=%22unterminated"),
    ("GET", "/berita/articles.json?_search=covid-19"),
    ("GET", "/berita/articles?_sort=nope"),
    ("GET", "/berita/articles?_col=nope"),
    ("GET", "/berita/articles?_facet=nope"),
    ("GET", "/berita/quotes?_search=%22"),
    ("GET", "/berita/links"),
    ("GET", "/berita/portal_link_graph"),
    ("GET", "/berita/article_link_graph"),
    ("GET", "/berita/links_promoted_per_day"),
    ("GET", "/berita/search_articles?search=%22"),
    ("GET", "/berita/search_quotes"),
    ("GET", "/berita/speaker_quotes"),
    ("GET", "/berita/nope"),
    ("GET", "/berita.json?sql=select+*+from+nope"),
    ("GET", "/-/newsbot"),
    ("POST", "/berita/top_speakers"),
    ("POST", "/berita/search_articles"),
    ("POST", "/berita/articles"),
    ("POST", "/berita"),
]


@pytest.mark.parametrize(("method", "path"), REQUESTS, ids=[f"{m} {p}" for m, p in REQUESTS])
def test_no_request_gives_a_server_error(base, method, path):
    data = b"search=x" if method == "POST" else None
    request = urllib.request.Request(base + path, data=data, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    assert status < 500, (method, path, status)
