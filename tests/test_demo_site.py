"""The offline demo site and its loopback server: what `newsbot demo` crawls must look like a real portal.

Checks the server (content types, 404s, no escape from the root, routes, base-URL rewriting) and the
site (robots.txt, news sitemap, RSS and index pages list every article; every article page carries the
signals extraction relies on). Extraction results on these pages are tested elsewhere.
"""

from __future__ import annotations

import http.client
import json
import re
import urllib.error
import urllib.request
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from conftest import shared_path
from lxml import etree
from parsel import Selector
from protego import Protego

from newsbot.demo import SITE_DIR, SiteServer, serve_demo
from newsbot.demo.server import PLACEHOLDER_BASE_URL, fail_first, redirect_to

EXPECTED = json.loads((SITE_DIR / "expected.json").read_text(encoding="utf-8"))
ARTICLE_FILES = [row["file"] for row in EXPECTED]
PRIVATE = "/private/draf-embargo-rapat-anggaran-pemprov-lampung.html"
NEWS_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}

# Where each portal shape keeps its body paragraphs (portals.md, current layouts).
BODY_PARAGRAPHS = {
    "suara": "div.article-content > p",
    "kompas": "div.read__content > div > p",
    "tribun": "div.side-article.txt-article > p",
    "antara": "div.wrap__article-detail-content.post-content > p:not(.text-muted)",
    "detik": "div.detail__body-text > p",
    "liputan6": "div.article-content-body__item-content > p",
}
CANONICAL_HOSTS = {
    "suara": r"[a-z]+\.suara\.com",
    "kompas": r"(regional|megapolitan|nasional)\.kompas\.com",
    "tribun": r"[a-z]+\.tribunnews\.com",
    "antara": r"[a-z]+\.antaranews\.com",
    "detik": r"www\.detik\.com",
    "liputan6": r"www\.liputan6\.com",
}


@pytest.fixture(scope="module")
def site():
    with SiteServer() as server:
        yield server


def get(site: SiteServer, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """One raw request (no client-side path normalisation, so traversal attempts reach the server)."""
    conn = http.client.HTTPConnection("127.0.0.1", site.port, timeout=10)
    try:
        conn.request(method, path)
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def html(site: SiteServer, path: str) -> Selector:
    status, _headers, body = get(site, path)
    assert status == 200, path
    return Selector(text=body.decode("utf-8"))


def json_ld_articles(sel: Selector) -> list[dict]:
    found = []
    for raw in sel.css('script[type="application/ld+json"]::text').getall():
        data = json.loads(raw)
        nodes = data.get("@graph", [data]) if isinstance(data, dict) else data
        found += [n for n in nodes if n.get("@type") == "NewsArticle"]
    return found


# --------------------------------------------------------------------------- server


def test_every_file_is_served_with_its_content_type(site):
    expected = {
        ".html": "text/html; charset=utf-8",
        ".xml": "application/xml; charset=utf-8",
        ".txt": "text/plain; charset=utf-8",
        ".md": "text/markdown; charset=utf-8",
        ".json": "application/json",
    }
    files = [p for p in SITE_DIR.rglob("*") if p.is_file()]
    assert len(files) >= 20
    for path in files:
        url_path = "/" + path.relative_to(SITE_DIR).as_posix()
        status, headers, body = get(site, url_path)
        assert status == 200, url_path
        assert headers["content-type"] == expected[path.suffix], url_path
        assert int(headers["content-length"]) == len(body)


def test_root_serves_the_home_page_and_head_has_no_body(site):
    status, headers, body = get(site, "/")
    assert status == 200
    assert headers["content-type"].startswith("text/html")
    assert b"Berita Utama" in body
    status, headers, body = get(site, "/index.html", method="HEAD")
    assert (status, body) == (200, b"")
    assert int(headers["content-length"]) > 1000


@pytest.mark.parametrize("path", ["/nope.html", "/tag/", "/tag", "/kompas/", "/robots.txt/x"])
def test_missing_files_and_bare_directories_are_404(site, path):
    assert get(site, path)[0] == 404


@pytest.mark.parametrize(
    "path",
    [
        "/../server.py",
        "/../../pyproject.toml",
        "/%2e%2e/server.py",
        "/tag/..%2f..%2fserver.py",
        "/..%5cserver.py",
        "//etc/passwd",
        "/%00index.html",
    ],
)
def test_paths_cannot_escape_the_site_root(site, path):
    status, _headers, body = get(site, path)
    assert status == 404
    assert b"SiteServer" not in body
    assert b"root:" not in body


def test_absolute_urls_are_rewritten_to_the_running_server(site):
    for path in ("/robots.txt", "/news-sitemap.xml", "/rss.xml", "/sitemap.xml"):
        body = get(site, path)[2].decode()
        assert PLACEHOLDER_BASE_URL not in body, path
        assert site.url in body, path
    # The file on disk keeps the placeholder, so it stays a valid document on its own.
    assert PLACEHOLDER_BASE_URL in (SITE_DIR / "robots.txt").read_text(encoding="utf-8")


def test_url_and_free_port(site):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", site.url)
    with SiteServer() as other:
        assert other.port != site.port
        with urllib.request.urlopen(other.url + "/robots.txt") as resp:
            assert resp.status == 200


def test_serve_demo_starts_and_stops():
    server = serve_demo()
    try:
        with urllib.request.urlopen(server.url + "/indeks.html") as resp:
            assert b"Indeks Berita" in resp.read()
    finally:
        server.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(server.url + "/indeks.html", timeout=2)


def test_listen_backlog_is_large():
    with SiteServer() as server:
        assert server._httpd.request_queue_size >= 1024


def test_routes_add_behaviours_and_fall_through(tmp_path):
    (tmp_path / "a.html").write_text("<p>hello</p>", encoding="utf-8")
    routes = {"/old.html": redirect_to("/a.html"), "/a.html": fail_first(times=1)}
    with SiteServer(tmp_path, routes=routes) as server:
        status, headers, _ = get(server, "/old.html")
        assert (status, headers["location"]) == (301, "/a.html")
        assert get(server, "/a.html")[0] == 500
        assert get(server, "/a.html")[2] == b"<p>hello</p>"


def test_not_a_directory_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError):
        SiteServer(tmp_path / "missing")


# --------------------------------------------------------------------------- discovery files


def test_robots_points_at_the_news_sitemap_and_fences_off_private(site):
    body = get(site, "/robots.txt")[2].decode()
    robots = Protego.parse(body)
    assert list(robots.sitemaps) == [f"{site.url}/news-sitemap.xml"]
    assert not robots.can_fetch(site.url + PRIVATE, "newsbot")
    for path in [*ARTICLE_FILES, "/indeks.html", "/tag/umkm.html", "/rss.xml"]:
        assert robots.can_fetch(site.url + path, "newsbot"), path


def test_news_sitemap_lists_every_article_with_date_and_title(site):
    root = etree.fromstring(get(site, "/news-sitemap.xml")[2])
    entries = {}
    for url in root.findall("s:url", NEWS_NS):
        loc = url.findtext("s:loc", namespaces=NEWS_NS)
        entries[urlsplit(loc).path] = (
            url.findtext("news:news/news:publication_date", namespaces=NEWS_NS),
            url.findtext("news:news/news:title", namespaces=NEWS_NS),
        )
        assert loc.startswith(site.url + "/")
    assert set(entries) == set(ARTICLE_FILES)
    for row in EXPECTED:
        published, title = entries[row["file"]]
        assert published == row["published"]
        assert re.search(r"[+-]0[78]:00$", published)
        assert title == row["headline"]


def test_sitemap_index_points_at_the_news_sitemap(site):
    root = etree.fromstring(get(site, "/sitemap.xml")[2])
    locs = [el.text for el in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert locs == [f"{site.url}/news-sitemap.xml"]


def test_rss_lists_every_article_with_pubdate(site):
    root = etree.fromstring(get(site, "/rss.xml")[2])
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    items = root.findall("channel/item")
    by_path = {urlsplit(item.findtext("link")).path: item for item in items}
    assert set(by_path) == set(ARTICLE_FILES)
    for row in EXPECTED:
        item = by_path[row["file"]]
        assert item.findtext("title") == row["headline"]
        assert parsedate_to_datetime(item.findtext("pubDate")) == datetime.fromisoformat(
            row["published"]
        )


def test_index_pages_link_every_article_and_chain_by_next(site):
    first = html(site, "/indeks.html")
    assert first.css('link[rel="next"]::attr(href)').get() == "/indeks-2.html"
    assert first.css('a[rel="next"]::attr(href)').get() == "/indeks-2.html"
    second = html(site, "/indeks-2.html")
    linked = set(first.css("a::attr(href)").getall()) | set(second.css("a::attr(href)").getall())
    assert set(ARTICLE_FILES) <= linked
    # The private page is discoverable by links, so only robots.txt keeps a crawler away from it.
    assert PRIVATE in linked


def test_home_is_a_headline_list_not_an_article(site):
    home = html(site, "/")
    assert json_ld_articles(home) == []
    assert len(home.css("ul.headline-list a")) >= 5
    assert home.css('a[href="/tag/umkm.html"]')


def test_tag_page_is_a_listing_not_an_article(site):
    page = html(site, "/tag/umkm.html")
    assert json_ld_articles(page) == []
    assert page.css('meta[property="og:type"]::attr(content)').get() == "website"
    assert len(page.css(".article-kanal-item a")) >= 3
    linking = [f for f in ARTICLE_FILES if html(site, f).css('a[href="/tag/umkm.html"]')]
    assert len(linking) >= 2


def test_private_page_exists_but_is_nowhere_in_the_feeds(site):
    assert get(site, PRIVATE)[0] == 200
    for feed in ("/news-sitemap.xml", "/rss.xml"):
        assert PRIVATE.encode() not in get(site, feed)[2]


# --------------------------------------------------------------------------- article pages


def test_at_least_twelve_articles_in_at_least_four_portal_shapes():
    assert len(EXPECTED) >= 12
    assert len({row["portal"] for row in EXPECTED}) >= 4
    assert any(row["published"].endswith("+08:00") for row in EXPECTED)  # a WITA city
    assert any(row["pages"] > 1 for row in EXPECTED)


@pytest.mark.parametrize(
    "row", EXPECTED, ids=[row["file"].split("/")[1] + ":" + row["file"][-30:] for row in EXPECTED]
)
def test_article_page_has_the_signals_of_a_real_portal_page(site, row):
    status, _headers, body = get(site, row["file"])
    text = body.decode("utf-8")
    assert status == 200
    assert (
        "<!-- newsbot demo page: written by the newsbot project, not a copy of a real page -->"
        in text[:400]
    )
    sel = Selector(text=text)
    canonical = sel.css('link[rel="canonical"]::attr(href)').get()
    assert canonical == row["url"] == sel.css('meta[property="og:url"]::attr(content)').get()
    assert re.fullmatch(rf"https://{CANONICAL_HOSTS[row['portal']]}/\S+", canonical)
    [article] = json_ld_articles(sel)
    assert article["headline"] == row["headline"]
    assert article["datePublished"] == row["published"]
    assert re.search(r"T\d\d:\d\d:\d\d\+0[78]:00$", article["datePublished"])
    assert row["published_raw"] in " ".join(sel.css("body *::text").getall())
    paragraphs = sel.css(BODY_PARAGRAPHS[row["portal"]])
    body_text = "".join(
        sel.css(BODY_PARAGRAPHS[row["portal"]].split(" > ")[0] + " ::text").getall()
    )
    assert len(paragraphs) >= 5
    dateline = row["dateline"]["raw"]
    assert (
        re.sub(r"\s+", " ", body_text).lstrip().startswith(dateline) or dateline in body_text[:200]
    )


def test_multi_page_article_continues_on_its_second_file(site):
    [row] = [r for r in EXPECTED if r["pages"] == 2]
    first = html(site, row["file"])
    second_path = row["file"].removesuffix(".html") + "-2.html"
    assert first.css("span.total-page::text").get() == "Halaman 1/2"
    assert urljoin(row["file"], first.css('a[rel="next"]::attr(href)').get()) == second_path
    second = html(site, second_path)
    assert second.css("span.total-page::text").get() == "Halaman 2/2"
    assert second.css('link[rel="canonical"]::attr(href)').get() == row["url"]
    texts = [
        "".join(p.css("::text").getall())
        for page in (first, second)
        for p in page.css(BODY_PARAGRAPHS["tribun"] + ":not(.baca)")
    ]
    # not counted: the "Laporan Reporter" byline and the "Artikel ini telah tayang" copy footer
    news = [t for t in texts if not t.startswith(("Laporan Reporter", "Artikel ini telah tayang"))]
    assert len(news) == row["paragraphs"] == 8


def test_internal_links_all_resolve(site):
    missing = set()
    for path in SITE_DIR.rglob("*.html"):
        page_path = "/" + path.relative_to(SITE_DIR).as_posix()
        for href in Selector(text=path.read_text(encoding="utf-8")).css("a::attr(href)").getall():
            if href.startswith(("http://", "https://")):
                continue
            target = urlsplit(urljoin(page_path, href)).path
            if not (SITE_DIR / target.lstrip("/")).is_file() and target != "/":
                missing.add((page_path, href))
    assert not missing


def test_expected_lists_point_at_demo_pages_or_real_portal_urls():
    for row in EXPECTED:
        for items in row["lists"].values():
            for item in items:
                url = item["url"]
                assert url.startswith("https://") or (SITE_DIR / url.lstrip("/")).is_file(), url
                assert "demo.newsbot" not in url


def test_site_is_small():
    assert sum(p.stat().st_size for p in SITE_DIR.rglob("*") if p.is_file()) < 300_000


def test_seed_page_carries_the_seed_text(site):
    seed = shared_path("seed-example.txt").read_text(encoding="utf-8").splitlines()
    body_lines = seed[: seed.index("Berita Terkait")]
    page = html(
        site,
        ARTICLE_FILES[
            [r["url"] for r in EXPECTED].index(
                "https://lampung.suara.com/read/2022/03/24/115626/"
                "temui-gubernur-dki-anies-baswedan-wali-kota-metro-wahdi-siradjudin-pasarkan-potensi-umkm"
            )
        ],
    )
    shown = [
        re.sub(r"\s+", " ", " ".join(p.css("::text").getall())).strip()
        for p in page.css("div.article-content p")
    ]
    assert shown == [line.strip() for line in body_lines if line.strip()]
    assert page.css(".date-article span::text").get() == "Kamis, 24 Maret 2022 | 11:56 WIB"
    labels = page.css("h2.widget-title::text").getall()
    assert labels == ["Berita Terkait", "Tag", "Terpopuler", "Pilihan", "Terkini"]
    counts = [len(w.css("li")) for w in page.css("div.widget")]
    assert counts == [5, 0, 5, 5, 5]


def test_expected_truth_matches_readme():
    readme = (SITE_DIR / "README.md").read_text(encoding="utf-8")
    for row in EXPECTED:
        assert row["headline"] in readme
        assert row["published"] in readme


def test_site_dir_is_packaged_next_to_the_server():
    assert Path(SITE_DIR).name == "site"
    assert (SITE_DIR / "index.html").is_file()
