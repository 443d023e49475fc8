"""Politeness beyond robots.txt: META robots, X-Robots-Tag and rel=nofollow (issue 12, finding 7).

noindex pages are fetched (the tag is in the page) but not stored, and recorded as such; the links
of a nofollow page and rel=nofollow links are never requested. Directives for other robots
(`googlebot: noindex`) do not apply.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
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
    scrapy_crawl,
    stored_urls,
)

from newsbot.discovery.robots import header_directives, meta_directives, page_directives

WHEN = "2024-03-25T08:00:00+07:00"


def story(slug: str) -> Story:
    return Story(f"/2024/03/25/{slug}", WHEN, slug.replace("-", " ").capitalize())


PLAIN = story("berita-biasa-boleh-disimpan-oleh-robot")
META_NOINDEX = story("berita-dengan-meta-robots-noindex-tidak-disimpan")
AGENT_NOINDEX = story("berita-dengan-meta-newsbot-noindex-tidak-disimpan")
HEADER_NOINDEX = story("berita-dengan-header-x-robots-tag-noindex")
NONE_META = story("berita-dengan-meta-robots-none-tidak-disimpan")
GOOGLEBOT_ONLY = story("berita-noindex-hanya-untuk-googlebot-tetap-disimpan")
BEHIND_NOFOLLOW_PAGE = story("berita-hanya-di-halaman-nofollow-tidak-diminta")
BEHIND_NOFOLLOW_LINK = story("berita-hanya-lewat-tautan-nofollow-tidak-diminta")
NEXT_OF_NOFOLLOW = story("halaman-kedua-berita-nofollow-tidak-diminta")
NOFOLLOW_ARTICLE = story("berita-nofollow-dua-halaman-disimpan-halaman-pertama")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("robots-meta")
    with MirrorServer() as site:
        a = site.url
        site.add(PLAIN.path, article_html(a + PLAIN.path, PLAIN))
        site.add(
            META_NOINDEX.path,
            article_html(
                a + META_NOINDEX.path,
                META_NOINDEX,
                extra_head='<meta name="robots" content="noindex, follow">',
            ),
        )
        site.add(
            AGENT_NOINDEX.path,
            article_html(
                a + AGENT_NOINDEX.path,
                AGENT_NOINDEX,
                extra_head='<meta name="newsbot" content="NOINDEX">',
            ),
        )
        site.add(
            HEADER_NOINDEX.path,
            article_html(a + HEADER_NOINDEX.path, HEADER_NOINDEX),
            headers={"X-Robots-Tag": "noindex"},
        )
        site.add(
            NONE_META.path,
            article_html(
                a + NONE_META.path, NONE_META, extra_head='<meta name="robots" content="none">'
            ),
        )
        site.add(
            GOOGLEBOT_ONLY.path,
            article_html(
                a + GOOGLEBOT_ONLY.path,
                GOOGLEBOT_ONLY,
                extra_head='<meta name="googlebot" content="noindex">',
            ),
            headers={"X-Robots-Tag": "googlebot: noindex"},
        )
        site.add(
            NOFOLLOW_ARTICLE.path,
            article_html(
                a + NOFOLLOW_ARTICLE.path,
                NOFOLLOW_ARTICLE,
                extra_head=(
                    '<meta name="robots" content="nofollow">'
                    f'<link rel="next" href="{a}{NEXT_OF_NOFOLLOW.path}">'
                ),
            ),
        )
        site.add(NEXT_OF_NOFOLLOW.path, article_html(a + NEXT_OF_NOFOLLOW.path, NEXT_OF_NOFOLLOW))
        for s in (BEHIND_NOFOLLOW_PAGE, BEHIND_NOFOLLOW_LINK):
            site.add(s.path, article_html(a + s.path, s))
        site.add(
            "/indeks-nofollow",
            listing_html(
                "Indeks",
                [a + BEHIND_NOFOLLOW_PAGE.path],
                extra_head='<meta name="robots" content="noindex,nofollow">',
            ),
        )
        site.add(
            "/",
            listing_html(
                "Beranda",
                [a + PLAIN.path],
                extra_body=(
                    f'<a rel="nofollow" href="{a}{BEHIND_NOFOLLOW_LINK.path}">sponsor</a>'
                    f'<a rel="next" href="{a}/indeks-nofollow">Berikutnya</a>'
                ),
            ),
        )
        listed = (PLAIN, META_NOINDEX, AGENT_NOINDEX, HEADER_NOINDEX, NONE_META, GOOGLEBOT_ONLY)
        site.add(
            "/news.xml",
            news_sitemap([(a + s.path, WHEN, s.headline) for s in (*listed, NOFOLLOW_ARTICLE)]),
            XML,
        )
        site.add("/robots.txt", f"User-agent: *\nAllow: /\nSitemap: {a}/news.xml\n", "text/plain")
        db = tmp / "news.db"
        result = scrapy_crawl(a + "/", db)
        with sqlite3.connect(db) as conn:
            failures = conn.execute(
                "SELECT url, stage, reason FROM failures WHERE stage = 'robots'"
            ).fetchall()
        yield {
            "result": result,
            "log": site.log,
            "stored": stored_urls(db),
            "run": last_run(db),
            "failures": failures,
            "a": a,
        }


def test_the_crawl_succeeds(crawled: dict[str, Any]) -> None:
    assert crawled["result"].returncode == 0, crawled["result"].stderr[-3000:]


def test_noindex_pages_are_not_stored(crawled: dict[str, Any]) -> None:
    a = crawled["a"]
    assert crawled["stored"] == {a + s.path for s in (PLAIN, GOOGLEBOT_ONLY, NOFOLLOW_ARTICLE)}


def test_noindex_pages_are_recorded_as_such(crawled: dict[str, Any]) -> None:
    a = crawled["a"]
    noindex = {a + s.path for s in (META_NOINDEX, AGENT_NOINDEX, HEADER_NOINDEX, NONE_META)}
    assert set(crawled["failures"]) == {(url, "robots", "noindex") for url in noindex}
    assert crawled["run"]["counts"]["noindex"] == 4


def test_nofollow_links_are_not_requested(crawled: dict[str, Any]) -> None:
    log = crawled["log"]
    assert "/indeks-nofollow" in log  # a rel=next link without nofollow is followed
    for s in (BEHIND_NOFOLLOW_PAGE, BEHIND_NOFOLLOW_LINK, NEXT_OF_NOFOLLOW):
        assert s.path not in log
    assert crawled["run"]["counts"]["nofollow_link"] >= 1


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["noindex"], {"noindex"}),
        (["NoIndex, NoFollow"], {"noindex", "nofollow"}),
        (["none"], {"noindex", "nofollow"}),
        (["googlebot: noindex"], set()),
        (["newsbot: noindex"], {"noindex"}),
        (["unavailable_after: 25 Jun 2010 15:00:00 PST"], {"unavailable_after"}),
        ([b"noarchive", b"otherbot: nofollow"], {"noarchive"}),
    ],
)
def test_x_robots_tag_values(values: list[Any], expected: set[str]) -> None:
    assert header_directives(values) == expected


def test_meta_tags_in_the_head_only() -> None:
    html = (
        b"<html><head><META NAME='Robots' CONTENT='noindex'><meta name=googlebot content=nofollow>"
        b"</head><body><meta name=robots content=nofollow></body></html>"
    )
    assert meta_directives(html) == {"noindex"}
    assert page_directives("<meta content='none' name='newsbot'>") == {"noindex", "nofollow"}


def test_a_head_of_unclosed_meta_tags_is_read_in_bounded_work() -> None:
    assert meta_directives(b"<meta " * 200_000) == set()
