"""The one spider: discover a site's articles in freshness order, fetch each once, join pages.

    scrapy crawl portal -a target=suara-lampung -a since=2024-03-01 -a max_articles=50
    scrapy crawl portal -a target=https://example.com/

A target is a portal site name from the registry (its profile lists news sitemaps, sitemaps, feeds
and index pages) or any http(s) site URL (robots.txt sitemaps, /sitemap.xml, feeds linked from the
home page, then same-site links that look like articles). Pages that are not articles are counted,
never raised.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import AsyncIterator, Callable, Iterator
from functools import cached_property
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.exceptions import CloseSpider, IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newsbot.discovery import (
    DateRange,
    Entry,
    Listing,
    expand_source_urls,
    home_sources,
    looks_like_article,
    parse_any,
    parse_date,
    parse_feed,
    parse_index,
    parse_sitemap,
    robots_sitemaps,
    same_links,
)
from newsbot.discovery.index_pages import clean_url, same_site
from newsbot.discovery.robots import page_directives
from newsbot.discovery.sources import has_pages
from newsbot.discovery.xml import entry_url
from newsbot.extensions import crawl_store
from newsbot.extract import Extracted, ExtractionError, Want
from newsbot.failures import report_failure
from newsbot.offsite import SitePolicy
from newsbot.pool import ExtractionPool, extraction_pool
from newsbot.portals import Portal, Site, find_site, portal_for_url
from newsbot.record import Article, CrawledArticle, Fetch
from newsbot.spiders.joining import PageWalk, rebase_query

logger = logging.getLogger(__name__)

# Freshness order: news sitemaps first, then sitemaps, feeds, index pages (Scrapy: higher first).
SOURCE_PRIORITY = {"news_sitemap": 40, "sitemap": 30, "rss": 20, "feed": 20, "index": 10, "home": 5}
# Articles go before further discovery so a bounded run spends itself on the freshest articles.
ARTICLE_PRIORITY = 100
MAX_JOINED_PAGES = 30
HOME_INDEX_PAGES = 5
# The site `scrapy check` contracts pretend to crawl (their pages are data: URLs, fetched offline).
CHECK_TARGET = "https://example.com/"
# Sitemap indexes may chain (robots.txt -> index -> index -> urlset); deeper is a loop or a trap
# (an index naming itself with a new query string each time). A crawl reads at most this many
# sitemaps and feeds in all (NEWSBOT_MAX_SITEMAPS): daily sitemaps of 15 years are ~5,500.
MAX_DISCOVERY_DEPTH = 4
MAX_DISCOVERY_DOCUMENTS = 6000


class PortalSpider(scrapy.Spider):
    """Crawl one portal site (by profile name) or any news site URL into CrawledArticle items."""

    name = "portal"

    def __init__(
        self,
        target: str = "",
        since: str | None = None,
        until: str | None = None,
        max_articles: str | int | None = None,
        name: str | None = None,
        **kwargs: Any,
    ) -> None:
        # `-a name=suara-lampung` is accepted as a synonym of target (Scrapy reserves `name`).
        super().__init__(**kwargs)
        self.name = "portal"
        self.target = (target or name or "").strip()
        if not self.target and os.environ.get("SCRAPY_CHECK"):
            self.target = CHECK_TARGET  # `scrapy check` builds the spider without arguments
        if not self.target:
            raise ValueError("give a target: -a target=<portal site name or http(s) URL>")
        self.window = DateRange.of(since, until)
        self.max_articles = int(max_articles) if max_articles else 0
        self.portal: Portal | None = None
        self.site: Site | None = None
        self.base_url = ""
        self.site_policy: SitePolicy
        self._resolve_target()
        self.articles_yielded = 0
        self.discovery_documents = 0
        # After a run that was killed, stored pages say nothing about what lies beyond them.
        self.walk_known_pages = False
        self._robots_read = False
        self._not_articles: list[tuple[str, str, str]] = []  # (url, reason, checked_at)

    # ------------------------------------------------------------------ target

    def _resolve_target(self) -> None:
        if self.target.startswith(("http://", "https://")):
            self.base_url = self.target if urlsplit(self.target).path else self.target + "/"
            self.portal = portal_for_url(self.base_url)
            checking = self.target == CHECK_TARGET and os.environ.get("SCRAPY_CHECK")
            self.site_policy = SitePolicy.for_start(
                self.base_url, extra_schemes=("data",) if checking else ()
            )
            return
        found = find_site(self.target)
        if found is None:
            raise ValueError(f"unknown portal site {self.target!r} (see `newsbot portals`)")
        self.portal, self.site = found
        self.base_url = self.site.home
        self.site_policy = SitePolicy.for_start(self.base_url, owns_host=self.portal.owns_host)

    @property
    def options(self) -> dict[str, Any]:
        """What the run was asked to do (stored in crawl_runs)."""
        return {
            "since": self.window.since.isoformat() if self.window.since else None,
            "until": self.window.until.isoformat() if self.window.until else None,
            "max_articles": self.max_articles or None,
        }

    def is_article_url(self, url: str) -> bool:
        """A link worth fetching: the portal's article pattern on its own hosts, else same-site shape."""
        if self.portal is not None:
            host = urlsplit(url).hostname or ""
            return self.portal.owns_host(host) and self.portal.is_article_url(url)
        return same_site(url, self.base_url) and looks_like_article(url, self.base_url)

    def _all_known(self, urls: list[str]) -> bool:
        """Every URL already stored (never true with --refresh, which wants them again, nor
        after a killed run, whose stored pages may sit before pages it never reached)."""
        settings = self.crawler.settings
        if (
            not settings.get("NEWSBOT_DB")
            or not settings.getbool("NEWSBOT_SKIP_KNOWN", True)
            or settings.getfloat("NEWSBOT_REFRESH_DAYS", 0) > 0
            or self.walk_known_pages
        ):
            return False
        return len(crawl_store(self.crawler).known(urls)) == len(set(urls))

    def _previous_run_killed(self) -> bool:
        """Whether the last run of this target died without closing (kill -9, power loss)."""
        if not self.crawler.settings.get("NEWSBOT_DB"):
            return False
        store = crawl_store(self.crawler)
        store.close_killed_runs()
        ended = [r for r in store.runs(target=self.target, limit=10) if r["status"] != "running"]
        return bool(ended) and ended[0]["status"] == "killed"

    @property
    def done(self) -> bool:
        return bool(self.max_articles) and self.articles_yielded >= self.max_articles

    def count(self, key: str, n: int = 1) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"newsbot/{key}", n)

    def closed(self, reason: str) -> None:
        self._remember_not_articles()

    def _remember_not_articles(self) -> None:
        """Candidates that were no articles, for the next run's skip check (NEWSBOT_DB only)."""
        if self._not_articles and self.crawler.settings.get("NEWSBOT_DB"):
            remember = getattr(crawl_store(self.crawler), "remember_not_articles", None)
            if remember is not None:  # (a distributed worker's shared store has no such table)
                remember(self._not_articles)
        self._not_articles.clear()

    # ------------------------------------------------------------------ start

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Profile sources in freshness order, or robots.txt, /sitemap.xml and the home page."""
        if self._previous_run_killed():
            self.walk_known_pages = True
            logger.info(
                "the previous run of %s was killed: index pages are walked in full", self.target
            )
        if self.site is not None:
            for request in self._profile_requests(self.site):
                yield request
            return
        root = urljoin(self.base_url, "/")
        if not self._robots_shared:
            yield self._discovery(urljoin(root, "/robots.txt"), self.parse_robots, "sitemap")
        yield self._discovery(urljoin(root, "/sitemap.xml"), self.parse_sitemap, "sitemap")
        yield self._discovery(self.base_url, self.parse_home, "home")

    def _profile_requests(self, site: Site) -> Iterator[scrapy.Request]:
        days = self.window.days()
        sources = sorted(site.sources, key=lambda s: -SOURCE_PRIORITY.get(s.kind, 0))
        for source in sources:
            if source.kind == "index":
                for day in days if "{date" in source.url else [None]:
                    url = expand_source_urls(source.url, [day] if day else [], page=1)[0]
                    request = self._discovery(
                        url,
                        self.parse_index,
                        "index",
                        cb_kwargs={
                            "template": source.url,
                            "page": 1,
                            "max_pages": source.max_pages,
                        },
                    )
                    request.meta["newsbot_day"] = day
                    yield request
                continue
            callback = self.parse_feed if source.kind == "rss" else self.parse_sitemap
            for url in expand_source_urls(source.url, days):
                yield self._discovery(url, callback, source.kind)

    def _discovery(
        self,
        url: str,
        callback: Callable[..., Any],
        kind: str,
        cb_kwargs: dict[str, Any] | None = None,
        depth: int = 0,
    ) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=callback,
            errback=self.discovery_failed,
            priority=SOURCE_PRIORITY.get(kind, 0),
            cb_kwargs=cb_kwargs or {},
            meta={"newsbot_source": kind, "newsbot_depth": depth},
        )

    def _child_documents(self, response: Response, urls: list[str], kind: str) -> Iterator[Any]:
        """Sitemaps and feeds named by a document, within the depth and count limits."""
        depth = int(response.meta.get("newsbot_depth", 0)) + 1
        limit = self.crawler.settings.getint("NEWSBOT_MAX_SITEMAPS", MAX_DISCOVERY_DOCUMENTS)
        for url in urls:
            if depth > MAX_DISCOVERY_DEPTH:
                self.count("discovery_too_deep")
                continue
            if self.discovery_documents >= limit:
                self.count("discovery_over_limit")
                continue
            self.discovery_documents += 1
            yield self._discovery(url, self.parse_any, kind, depth=depth)

    # ------------------------------------------------------------------ discovery

    @property
    def _robots_shared(self) -> bool:
        """Whether Scrapy's robots.txt fetch reaches `robots_fetched` (fetch it once, not twice)."""
        settings = self.crawler.settings
        middlewares = settings.getwithbase("DOWNLOADER_MIDDLEWARES")
        return settings.getbool("ROBOTSTXT_OBEY") and bool(
            middlewares.get("newsbot.middlewares.RobotsSitemapsMiddleware")
        )

    def robots_fetched(self, request: scrapy.Request, response: Response) -> None:
        """The robots.txt RobotsTxtMiddleware fetched for obeying it: its sitemaps, for a crawl by
        URL of this site (called by newsbot.middlewares.RobotsSitemapsMiddleware)."""
        asked = request.meta.get("redirect_urls", [request.url])[0]
        if self.site is not None or self._robots_read or not self._robots_shared:
            return
        if urlsplit(asked).netloc != urlsplit(self.base_url).netloc or response.status != 200:
            return
        self._robots_read = True
        # (the middleware's response is not yet tied to its request, whose meta parse_robots reads)
        for sitemap in self.parse_robots(response.replace(request=request)):
            self.crawler.engine.crawl(sitemap)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """robots.txt `Sitemap:` lines (they may point at feeds too)."""
        # (the body: the robots.txt RobotsTxtMiddleware fetched is not always a TextResponse)
        yield from self._child_documents(
            response, robots_sitemaps(response.body, response.url), "sitemap"
        )

    def parse_any(self, response: Response) -> Iterator[Any]:
        yield from self._follow_listing(parse_any(response.body, response.url), response, "sitemap")

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """A urlset, news sitemap or sitemap index (children filtered by lastmod).

        @url data:application/xml,<urlset><url><loc>https://example.com/2024/03/25/banjir-rob-di-pesisir</loc></url><url><loc>https://other.example/2024/03/25/lain-situs-lain-cerita</loc></url></urlset>
        @returns requests 1 1
        @returns items 0 0
        """
        yield from self._follow_listing(
            parse_sitemap(response.body, response.url), response, "sitemap"
        )

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """An RSS 2.0 or Atom feed.

        @url data:application/rss+xml,<rss><channel><item><link>https://example.com/2024/03/25/harga-beras-turun-lagi</link></item></channel></rss>
        @returns requests 1 1
        @returns items 0 0
        """
        yield from self._follow_listing(parse_feed(response.body, response.url), response, "rss")

    def parse_home(self, response: Response) -> Iterator[Any]:
        """Feeds and sitemaps linked from the home page, then its article-looking links."""
        if self._nofollow(response):
            return
        children = [child.url for child in home_sources(response.body, response.url).children]
        yield from self._child_documents(response, children, "rss")
        yield from self.parse_index(response, template="", page=1, max_pages=HOME_INDEX_PAGES)

    def _nofollow(self, response: Response) -> bool:
        """A page that asks robots not to follow its links (meta robots, X-Robots-Tag)."""
        if "nofollow" in self._directives(response):
            self.count("nofollow_page")
            return True
        return False

    def _directives(self, response: Response) -> frozenset[str]:
        if "newsbot_robots" not in response.meta:
            response.meta["newsbot_robots"] = page_directives(
                response.body, response.headers.getlist("X-Robots-Tag")
            )
        return frozenset(response.meta["newsbot_robots"])

    def parse_index(
        self,
        response: Response,
        template: str = "",
        page: int = 1,
        max_pages: int = 10,
        previous: list[str] | None = None,
    ) -> Iterator[Any]:
        """An index page: its article links, then the next page until a stop rule holds.

        @url data:text/html,<a%20href="https://example.com/2024/03/25/pasar-murah-dibuka-hari-ini">a</a><a%20href="https://example.com/tag/pasar">t</a>
        @returns requests 1 1

        Stops on an empty page, a page repeating the previous one (Tribun serves page 10 again for
        page 11+), a page whose articles are all stored already (older pages hold nothing new
        for an hourly run), or `max_pages`.
        """
        if self._nofollow(response):
            return
        listing = parse_index(response.body, response.url, self.is_article_url)
        if listing.error:
            self._discovery_error(listing.error)
            return
        self._count_listing(listing)
        if not listing.entries or same_links(previous, listing):
            self.count("index_stop")
            return
        if self._all_known([e.url for e in listing.entries]):
            self.count("index_stop_known")
            return
        yield from self._article_requests(listing.entries, "index")
        if page >= max_pages or self.done:
            return
        if template and has_pages(template):
            day = response.meta.get("newsbot_day")
            next_url = expand_source_urls(template, [day] if day else [], page=page + 1)[0]
        else:
            next_url = listing.next_url
        if next_url:
            request = self._discovery(
                next_url,
                self.parse_index,
                "index",
                cb_kwargs={
                    "template": template,
                    "page": page + 1,
                    "max_pages": max_pages,
                    "previous": [e.url for e in listing.entries],
                },
            )
            request.meta["newsbot_day"] = response.meta.get("newsbot_day")
            yield request

    def _follow_listing(self, listing: Listing, response: Response, kind: str) -> Iterator[Any]:
        if listing.error:
            # Counted and logged; entries recovered from a damaged document are still followed.
            self._discovery_error(listing.error)
        self._count_listing(listing)
        children = []
        for child in listing.children:
            if not self.window.may_hold_newer_than(child.published):
                self.count("sitemap_skipped_by_lastmod")
                continue
            children.append(child.url)
        yield from self._child_documents(response, children, kind)
        kind = "news_sitemap" if listing.kind == "news_sitemap" else kind
        # A site's own sitemaps and feeds list its articles: without a profile that knows its URL
        # shapes, every same-site entry is a candidate and the extractor decides (what was no
        # article is remembered, so the next run does not fetch it again).
        trusted = kind in {"news_sitemap", "rss"} or self.portal is None
        yield from self._article_requests(listing.entries, kind, trusted=trusted)

    def _article_requests(
        self, entries: list[Entry], kind: str, trusted: bool = False
    ) -> Iterator[scrapy.Request]:
        """Requests for entries inside the date window that look like this site's articles."""
        for entry in entries:
            if self.done:
                return
            url = clean_url(entry.url)
            if not self.window.contains(entry.published):
                self.count("out_of_range")
                continue
            if not (self.is_article_url(url) or (trusted and self._same_site_or_profile(url))):
                continue
            self.count("discovered")
            yield scrapy.Request(
                url,
                callback=self.parse_article,
                errback=self.article_failed,
                priority=ARTICLE_PRIORITY + SOURCE_PRIORITY.get(kind, 0),
                meta={
                    "newsbot_article": True,
                    "newsbot_source": kind,
                    "newsbot_published": entry.published.isoformat() if entry.published else "",
                },
            )

    def _same_site_or_profile(self, url: str) -> bool:
        if self.portal is not None and self.portal.owns_host(urlsplit(url).hostname or ""):
            return True
        return same_site(url, self.base_url)

    def _count_listing(self, listing: Listing) -> None:
        if listing.skipped:
            self.count("discovery_entries_skipped", listing.skipped)
        if listing.nofollow:
            self.count("nofollow_link", listing.nofollow)

    def _discovery_error(self, message: str) -> None:
        logger.warning(message)
        self.count("discovery_error")

    def discovery_failed(self, failure: Failure) -> None:
        """A discovery document that could not be fetched: logged and counted, the crawl goes on."""
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            return
        self.count("discovery_error")
        logger.info("discovery source unavailable: %s (%s)", request.url, _reason(failure))
        # Recorded too (unless it is not there at all, as a guessed /sitemap.xml often is): the
        # articles it lists are unknown to this run, so the document accounts for them.
        if not (failure.check(HttpError) and failure.value.response.status in {404, 410}):
            report_failure(self.crawler, request.url, "discovery", _reason(failure))

    # ------------------------------------------------------------------ articles

    def _not_article(self, response: Response, why: str, when: dt.datetime) -> None:
        checked = when.isoformat(timespec="seconds")
        for url in {response.meta.get("redirect_urls", [response.url])[0], response.url}:
            self._not_articles.append((url, why[:200], checked))
        if len(self._not_articles) >= 50:
            self._remember_not_articles()

    @cached_property
    def _extractor(self) -> ExtractionPool:
        """The crawl's worker pool, or extraction on this thread when the extension is off."""
        return extraction_pool(self.crawler) or ExtractionPool(self.crawler, workers=0)

    async def _read(
        self,
        html: bytes,
        url: str,
        content_type: str | None,
        *,
        more_pages: list[tuple[bytes, str]] | None = None,
        want: Want = "article",
        report: bool = True,
        response: Response | None = None,
    ) -> Extracted | None:
        """extract_pages in the crawl's worker pool. A failure is None: counted by reason and
        reported as a lost article, unless `report` is off (a join attempt the caller falls back
        from: the article is not lost yet). A discovered article URL of `response` that is no
        article is remembered as such."""
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        try:
            extracted = await self._extractor.extract(
                html, url, content_type, now, more_pages or (), want
            )
        except ExtractionError as exc:
            reason = exc.reason
            if reason == "not_article" and response and response.meta.get("newsbot_article"):
                self._not_article(response, str(exc), now)
            if not report:
                logger.info("could not read %s with the article's other pages: %s", url, exc)
            elif reason in {"not_article", "unreadable"}:
                self.count(reason)
                logger.debug("no article at %s: %s", url, exc)
            else:
                self.count(f"failed/{reason}")  # by reason, as before (extraction_timeout, …)
                report_failure(self.crawler, url, "extract", reason, str(exc))
            return None
        except Exception as exc:  # an extraction bug must not stop the crawl: counted, kept, logged
            logger.exception("extraction failed at %s", url)
            if report:
                self.count("failed/extraction_error")
                report_failure(self.crawler, url, "extract", "extraction_error", repr(exc))
            return None
        if extracted.article is not None:
            extracted.article.crawled_at = extracted.article.crawled_at or now.isoformat()
        return extracted

    async def parse_article(self, response: Response) -> AsyncIterator[Any]:
        """Read the article, or, when page 1 says it goes on, its pages first and then the
        article once over all of them (page 1 is not extracted on its own).

        @url data:text/html;charset=utf-8,<html><head><link%20rel="canonical"%20href="https://example.com/2024/03/25/banjir-rob-di-pesisir"><meta%20property="og:type"%20content="article"><meta%20property="article:published_time"%20content="2024-03-25T08:10:00+07:00"></head><body><article><h1>Banjir%20rob%20di%20pesisir</h1><p>Banjir%20rob%20merendam%20ratusan%20rumah%20warga%20di%20pesisir%20kota%20sejak%20Senin%20pagi.</p><p>Warga%20mengungsi%20ke%20balai%20desa%20sambil%20menunggu%20air%20surut%20kembali.</p><p>Petugas%20badan%20penanggulangan%20bencana%20daerah%20mendirikan%20dapur%20umum%20dan%20tenda%20darurat%20di%20halaman%20kantor%20kelurahan.</p><p>Menurut%20petugas,%20air%20laut%20pasang%20diperkirakan%20masih%20akan%20naik%20hingga%20akhir%20pekan%20sehingga%20warga%20diminta%20waspada.</p></article></body></html>
        @returns items 1 1
        @returns requests 0 0
        @record url headline body published
        """
        directives = self._directives(response)
        if "noindex" in directives:
            # Not stored: the publisher asks that this page be kept out of indexes like ours.
            self.count("noindex")
            report_failure(self.crawler, response.url, "robots", "noindex")
            return
        follow = "nofollow" not in directives
        content_type = _content_type(response)
        # The URL first asked for (before redirects) is what discovery will offer again next run.
        fetched = response.meta.get("redirect_urls", [response.url])[0]
        extracted = await self._read(
            response.body,
            response.url,
            content_type,
            want="unless_paged" if follow else "article",
            response=response,
        )
        if extracted is None:
            return
        paging = extracted.paging
        if extracted.article is not None:  # one page (or further pages we may not follow)
            if not follow:
                self.count("nofollow_page")
            for output in self._emit(extracted.article, Fetch(fetched, paging.pages)):
                yield output
            return
        walk = PageWalk(response.body, response.url, content_type, fetched, paging)
        walk.seen.add(clean_url(response.url))
        all_pages = paging.all_pages_url and rebase_query(paging.all_pages_url, response.url)
        if (
            all_pages
            and clean_url(all_pages) != clean_url(response.url)
            and self._may_join(all_pages)
        ):
            yield scrapy.Request(
                all_pages,
                callback=self.parse_all_pages,
                errback=self.join_failed,
                cb_kwargs={"walk": walk},
                dont_filter=True,
                priority=ARTICLE_PRIORITY + 50,
                meta={"newsbot_join": True, "newsbot_all_pages": True},
            )
            return
        async for output in self._walk_or_finish(walk, paging.next_page_url):
            yield output

    async def parse_all_pages(self, response: Response, walk: PageWalk) -> AsyncIterator[Any]:
        """Read page 1 and the all-pages copy as one article; walk the pages when the copy adds
        nothing page 1 has not (a server ignoring the query, an error page that still parses)."""
        extracted = await self._read(
            walk.html,
            walk.url,
            walk.content_type,
            more_pages=[(response.body, response.url)],
            report=False,
        )
        if extracted is None or extracted.article is None or extracted.joined < 2:
            async for output in self._walk_or_finish(walk, walk.paging.next_page_url):
                yield output
            return
        fetch = Fetch(walk.fetched_url, max(walk.paging.pages, 2))
        for output in self._emit(extracted.article, fetch):
            yield output

    async def parse_next_page(self, response: Response, walk: PageWalk) -> AsyncIterator[Any]:
        """Keep the page's HTML for the one extraction over all pages; follow its next link."""
        next_link = ""
        if not walk.has(response.body):  # else a page past the end served one we have: done
            walk.further.append((response.body, response.url))
            walk.seen.add(clean_url(response.url))
            paged = await self._read(
                response.body, response.url, _content_type(response), want="paging", report=False
            )
            next_link = paged.paging.next_page_url if paged is not None else ""
        async for output in self._walk_or_finish(walk, next_link):
            yield output

    def _may_join(self, url: str) -> bool:
        """A further page off the site is not fetched; the article keeps the pages it has.

        (The site guard would drop the request when it is scheduled, with no errback to finish
        the article, so the join asks first.)
        """
        reason = self.site_policy.refusal(url)
        if reason:
            self.count("join_offsite")
            logger.info("not joining %s: %s", url, reason)
        return not reason

    async def _walk_or_finish(self, walk: PageWalk, next_link: str) -> AsyncIterator[Any]:
        here = walk.further[-1][1] if walk.further else walk.url
        next_url = next_link and entry_url(here, next_link)
        if (
            next_url
            and clean_url(next_url) not in walk.seen
            and len(walk.seen) < MAX_JOINED_PAGES
            and self._may_join(next_url)
        ):
            yield scrapy.Request(
                next_url,
                callback=self.parse_next_page,
                errback=self.join_failed,
                cb_kwargs={"walk": walk},
                dont_filter=True,
                priority=ARTICLE_PRIORITY + 50,
                meta={"newsbot_join": True},
            )
            return
        async for output in self._finish(walk):
            yield output

    async def _finish(self, walk: PageWalk) -> AsyncIterator[Any]:
        """The article read once over every page walked; page 1 on its own when that fails or
        no further page could be had."""
        if walk.further:
            joined = await self._read(
                walk.html, walk.url, walk.content_type, more_pages=walk.further, report=False
            )
            if joined is not None and joined.article is not None:
                for output in self._emit(joined.article, Fetch(walk.fetched_url, joined.joined)):
                    yield output
                return
            self.count("join_incomplete")
        first = await self._read(walk.html, walk.url, walk.content_type)
        if first is not None and first.article is not None:
            for output in self._emit(first.article, Fetch(walk.fetched_url, walk.paging.pages)):
                yield output

    async def join_failed(self, failure: Failure) -> AsyncIterator[Any]:
        """A further page failed: walk the pages instead of ?page=all, or keep what was joined."""
        request = failure.request  # type: ignore[attr-defined]
        walk: PageWalk = request.cb_kwargs["walk"]
        if request.meta.get("newsbot_all_pages"):
            self.count("all_pages_failed")
            async for output in self._walk_or_finish(walk, walk.paging.next_page_url):
                yield output
            return
        self.count("join_incomplete")
        async for output in self._finish(walk):
            yield output

    def _emit(self, article: Article, fetch: Fetch) -> Iterator[CrawledArticle]:
        published = parse_date(article.published)
        if not self.window.contains(published):
            self.count("out_of_range")
            return
        if self.done:
            return
        self.articles_yielded += 1
        yield CrawledArticle(article, fetch)
        if self.done:
            raise CloseSpider("max_articles")

    def article_failed(self, failure: Failure) -> None:
        """HTTP errors, timeouts, DNS failures: counted by reason (skips and robots are counted elsewhere)."""
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(HttpError):
            status = failure.value.response.status
            self.count("http_error")
            self.count(f"http_error/{status}")
            logger.info("HTTP %s for %s", status, request.url)
            report_failure(self.crawler, request.url, "fetch", f"http_{status}")
            return
        if failure.check(IgnoreRequest):
            return  # robots.txt denial, off-site or already stored: counted by their middlewares
        self.count("failed")
        self.count(f"failed/{_reason(failure)}")
        logger.info("failed to fetch %s: %s", request.url, _reason(failure))
        report_failure(self.crawler, request.url, "fetch", _reason(failure), str(failure.value))


def _content_type(response: Response) -> str | None:
    return (response.headers.get("Content-Type") or b"").decode("latin-1") or None


def _reason(failure: Failure) -> str:
    """A short tag for a fetch failure: timeout, dns, connection, http_500…"""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    name = type(failure.value).__name__
    lowered = name.lower()
    if "timeout" in lowered:
        return "timeout"
    if "dns" in lowered:
        return "dns"
    if "connection" in lowered or "refused" in lowered:
        return "connection"
    return name
