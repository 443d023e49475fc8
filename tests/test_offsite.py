"""A site crawl stays on its site (issue 12, finding 2).

The site on 127.0.0.1 points at a second host, 127.0.0.2, in every way a document can: robots.txt
`Sitemap:` lines, sitemap-index children, news-sitemap entries, a feed linked from the home page,
feed items, HTTP redirects, a meta refresh, `rel=next` on the home page and on an article; it also
redirects to the cloud metadata address and names a `file://` sitemap on local disk. The second
host must receive nothing, the local file must not be read, and the site's own articles are stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mirror import (
    XML,
    MirrorServer,
    Story,
    article_html,
    last_run,
    listing_html,
    news_sitemap,
    rss,
    scrapy_crawl,
    sitemap_index,
    stored_urls,
    urlset,
)

from newsbot.offsite import SitePolicy

WHEN = "2024-03-25T08:00:00+07:00"


def story(slug: str) -> Story:
    return Story(f"/2024/03/25/{slug}", WHEN, slug.replace("-", " ").capitalize())


HOME = story("berita-di-situs-sendiri-lewat-beranda")
MAPPED = story("berita-di-situs-sendiri-lewat-peta-situs")
FED = story("berita-di-situs-sendiri-lewat-umpan-rss")
REDIRECTED = story("berita-yang-dialihkan-ke-situs-lain")
METADATA = story("berita-yang-dialihkan-ke-alamat-metadata")
REFRESHED = story("berita-dengan-meta-refresh-ke-situs-lain")
PAGED = story("berita-dua-halaman-lanjut-di-situs-lain")
FROM_FILE = story("berita-yang-hanya-ada-di-berkas-lokal")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("offsite")
    with MirrorServer() as site, MirrorServer("127.0.0.2") as other:
        a, b = site.url, other.url
        # Everything the other host would serve, so a request to it would succeed (and show).
        for path in ("/sitemap.xml", "/news.xml", "/rss.xml", "/page-2", "/?page=2"):
            other.add(path, urlset([(f"{b}/2024/03/25/berita-situs-lain-nomor-satu", WHEN)]), XML)
        other.add(
            "/2024/03/25/berita-situs-lain-nomor-satu",
            article_html(f"{b}/2024/03/25/berita-situs-lain-nomor-satu", story("situs-lain")),
        )
        local_sitemap = tmp / "secret-sitemap.xml"
        local_sitemap.write_text(urlset([(a + FROM_FILE.path, WHEN)]), encoding="utf-8")
        for s in (HOME, MAPPED, FED):
            site.add(s.path, article_html(a + s.path, s))
        site.add(
            PAGED.path,
            article_html(a + PAGED.path, PAGED, extra_head=f'<link rel="next" href="{b}/page-2">'),
        )
        site.add(FROM_FILE.path, article_html(a + FROM_FILE.path, FROM_FILE))
        site.add(REDIRECTED.path, b"", status=302, headers={"Location": f"{b}/page-2"})
        site.add(
            METADATA.path,
            b"",
            status=302,
            headers={"Location": "http://169.254.169.254/latest/meta-data/"},
        )
        site.add(
            REFRESHED.path,
            f'<html><head><meta http-equiv="refresh" content="0; url={b}/page-2"></head>'
            "<body>Dialihkan</body></html>",
        )
        site.add(
            "/robots.txt",
            f"User-agent: *\nAllow: /\nSitemap: {b}/sitemap.xml\nSitemap: {a}/news.xml\n",
            "text/plain",
        )
        site.add(
            "/sitemap.xml",
            sitemap_index(
                [
                    (f"{b}/sitemap.xml", WHEN),
                    (local_sitemap.as_uri(), WHEN),
                    (f"{a}/map-1.xml", WHEN),
                ]
            ),
            XML,
        )
        site.add("/map-1.xml", urlset([(a + MAPPED.path, WHEN), (a + PAGED.path, WHEN)]), XML)
        site.add(
            "/news.xml",
            news_sitemap(
                [
                    (a + REDIRECTED.path, WHEN, "dialihkan"),
                    (a + METADATA.path, WHEN, "metadata"),
                    (a + REFRESHED.path, WHEN, "refresh"),
                    (f"{b}/2024/03/25/berita-situs-lain-nomor-satu", WHEN, "lain"),
                ]
            ),
            XML,
        )
        site.add(
            "/rss.xml",
            rss(
                [
                    (a + FED.path, "Mon, 25 Mar 2024 08:00:00 +0700", "umpan"),
                    (f"{b}/2024/03/25/berita-situs-lain-nomor-satu", WHEN, "lain"),
                ]
            ),
            XML,
        )
        site.add(
            "/",
            listing_html(
                "Beranda",
                [a + HOME.path, f"{b}/2024/03/25/berita-situs-lain-nomor-satu"],
                extra_head=(
                    f'<link rel="alternate" type="application/rss+xml" href="{a}/rss.xml">'
                    f'<link rel="alternate" type="application/rss+xml" href="{b}/rss.xml">'
                ),
                extra_body=f'<a rel="next" href="{b}/?page=2">Berikutnya</a>',
            ),
        )
        db = tmp / "news.db"
        result = scrapy_crawl(a + "/", db)
        yield {
            "result": result,
            "site_log": site.log,
            "other_log": other.log,
            "stored": stored_urls(db),
            "run": last_run(db),
            "a": a,
        }


def test_the_crawl_succeeds(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["result"].stderr[-3000:]
    assert "Traceback" not in crawled["result"].stderr


def test_the_second_host_receives_nothing(crawled: dict[str, Any]) -> None:
    assert crawled["other_log"] == []


def test_no_local_file_is_read(crawled: dict[str, Any]) -> None:
    assert FROM_FILE.path not in crawled["site_log"]


def test_the_sites_own_articles_are_stored(crawled: dict[str, Any]) -> None:
    a = crawled["a"]
    assert crawled["stored"] == {a + s.path for s in (HOME, MAPPED, FED, PAGED)}


def test_refused_requests_are_counted(crawled: dict[str, Any]) -> None:
    counts = crawled["run"]["counts"]
    # The sitemap-index child and the robots.txt line to the same other-host sitemap are one
    # request; redirects, meta refresh, feed, next pages and the metadata address are the others.
    assert counts["offsite_refused"] >= 6, counts
    assert counts.get("offsite/private_address", 0) >= 1, counts  # 169.254.169.254
    assert counts.get("discovery_entries_skipped", 0) >= 1, counts  # the file:// child


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:9/any/path", ""),
        ("http://127.0.0.2:8000/", "private_address"),
        ("http://169.254.169.254/latest/meta-data/", "private_address"),
        ("http://[::1]/", "private_address"),
        ("http://10.1.2.3/", "private_address"),
        ("file:///etc/passwd", "scheme_file"),
        ("ftp://127.0.0.1/x", "scheme_ftp"),
        ("http://[::1", "bad_url"),
        ("https://example.com/", "offsite"),
    ],
)
def test_a_loopback_site_may_reach_only_its_own_host(url: str, reason: str) -> None:
    assert SitePolicy.for_start("http://127.0.0.1:8000/").refusal(url) == reason


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://example-news.id/2024/03/25/a", ""),
        ("https://www.example-news.id/a", ""),
        ("https://m.example-news.id/a", ""),
        ("https://example-news.id.evil.test/a", "offsite"),
        ("https://evilexample-news.id/a", "offsite"),
        ("http://127.0.0.1/a", "private_address"),
        ("http://0x7f000001/a", "offsite"),
    ],
)
def test_a_public_site_may_reach_its_host_and_subdomains(url: str, reason: str) -> None:
    assert SitePolicy.for_start("https://www.example-news.id/").refusal(url) == reason


def test_names_may_resolve_to_private_addresses_only_for_the_start_host() -> None:
    policy = SitePolicy.for_start("https://example-news.id/")
    assert policy.may_resolve_to("example-news.id", "127.0.0.1")
    assert not policy.may_resolve_to("cdn.example-news.id", "10.0.0.5")
    assert not policy.may_resolve_to("2130706433", "127.0.0.1")
    assert policy.may_resolve_to("cdn.example-news.id", "93.184.216.34")


def test_profile_hosts_are_the_site(tmp_path: Path) -> None:
    from newsbot.portals import find_site

    portal, site = find_site("suara-lampung")  # type: ignore[misc]
    policy = SitePolicy.for_start(site.home, owns_host=portal.owns_host)
    assert policy.refusal("https://lampung.suara.com/read/2024/03/25/1/x") == ""
    assert policy.refusal("https://www.suara.com/news/2024/03/25/x") == ""
    assert policy.refusal("https://attacker.test/x") == "offsite"
