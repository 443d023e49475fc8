"""Skip articles already stored, share robots.txt with the spider (downloader middlewares); fetch any
host from a local mirror (handler).

scrapy-deltafetch and scrapy-crawl-once are broken on current Scrapy (ecosystem-notes §2), so the
"seen before" check asks our own SQLite store.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Self
from urllib.parse import urlsplit, urlunsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import IgnoreRequest, NotConfigured

from newsbot.discovery import parse_date
from newsbot.extensions import crawl_store

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

    from newsbot.store import Store

logger = logging.getLogger(__name__)


class AlreadyStored(IgnoreRequest):
    """The article URL is in the store already (and not due for a refresh)."""


class KnownNotArticle(IgnoreRequest):
    """The URL was fetched as an article candidate within the re-check age and was none."""


class SkipKnownMiddleware:
    """Drop requests for article pages whose URL the store already holds.

    Only first pages of articles are checked (requests with meta `newsbot_article`); discovery
    documents and further pages of a multi-page article always go through. A URL that was no
    article when fetched within the last NEWSBOT_NOT_ARTICLE_RECHECK_DAYS (default 30; 0: always
    fetch) is dropped too: generic discovery trusts sitemaps, whose category pages would
    otherwise be fetched on every run. With
    `NEWSBOT_REFRESH_DAYS = N` (`--refresh N`) a stored article published within the last N days
    is fetched again, so the store can record a change (new content hash, `modified`).
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        if not crawler.settings.get("NEWSBOT_DB") or not crawler.settings.getbool(
            "NEWSBOT_SKIP_KNOWN", True
        ):
            raise NotConfigured("no NEWSBOT_DB, or NEWSBOT_SKIP_KNOWN is off")
        self.refresh_days = crawler.settings.getfloat("NEWSBOT_REFRESH_DAYS", 0)
        self.recheck_days = crawler.settings.getfloat("NEWSBOT_NOT_ARTICLE_RECHECK_DAYS", 30)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def _store(self) -> Store:
        return crawl_store(self.crawler)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("newsbot_article"):
            return
        if not self._store().is_known(request.url):
            if self._known_not_article(request.url):
                self._inc("skipped_not_article")
                raise KnownNotArticle(f"not an article when last fetched: {request.url}")
            return
        if self._due_for_refresh(request):
            self._inc("refetched")
            return
        self._inc("skipped_seen")
        raise AlreadyStored(f"already stored: {request.url}")

    def _known_not_article(self, url: str) -> bool:
        if self.recheck_days <= 0:
            return False
        since = dt.datetime.now(dt.UTC) - dt.timedelta(days=self.recheck_days)
        # (a distributed crawl's workers share a store without this memory: they fetch)
        check = getattr(self._store(), "not_article_since", None)
        return bool(check and check(url, since.isoformat(timespec="seconds")))

    def _due_for_refresh(self, request: Request) -> bool:
        """Published within the refresh window, by the source's date or else the stored record's."""
        if self.refresh_days <= 0:
            return False
        published = parse_date(request.meta.get("newsbot_published") or "")
        if published is None:
            stored = self._store().get(request.url)
            published = parse_date(stored.published) if stored is not None else None
        if published is None:
            return False
        age = dt.datetime.now(dt.UTC) - published
        return age <= dt.timedelta(days=self.refresh_days)

    def _inc(self, key: str) -> None:
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value(f"newsbot/{key}")


class RobotsSitemapsMiddleware:
    """Hand the robots.txt that Scrapy's RobotsTxtMiddleware fetched to the spider
    (`spider.robots_fetched(request, response)`): a crawl by URL reads its `Sitemap:` lines from that one
    fetch instead of requesting robots.txt a second time. Off when robots.txt is not obeyed (the
    spider fetches it itself then)."""

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured("robots.txt is not obeyed: the spider fetches it itself")
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get("dont_obey_robotstxt") and urlsplit(response.url).path == "/robots.txt":
            hook = getattr(self.crawler.spider, "robots_fetched", None)
            if hook is not None:
                try:
                    hook(request, response)
                except Exception:  # reading sitemaps must not break obeying robots.txt
                    logger.exception("could not read the sitemaps of %s", response.url)
        return response


class Mirror:
    """Map https://host/path?q to MIRROR/host/path?q and back (redirect Locations included)."""

    def __init__(self, mirror: str) -> None:
        parts = urlsplit(mirror.rstrip("/"))
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            raise ValueError(f"NEWSBOT_MIRROR must be an http URL, got {mirror!r}")
        self.base = mirror.rstrip("/")
        self.netloc = parts.netloc

    def to_mirror(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.netloc == self.netloc:
            return url
        query = f"?{parts.query}" if parts.query else ""
        return f"{self.base}/{parts.netloc}{parts.path or '/'}{query}"

    def from_mirror(self, url: str, original: str) -> str:
        """A mirror URL or mirror-relative path, put back onto the original scheme and host."""
        parts = urlsplit(url)
        if parts.netloc and parts.netloc != self.netloc:
            return url
        if not parts.path.startswith("/"):
            return url  # relative to the original page: the redirect middleware resolves it
        host, _, rest = parts.path.lstrip("/").partition("/")
        scheme = urlsplit(original).scheme or "https"
        return urlunsplit((scheme, host, "/" + rest, parts.query, parts.fragment))

    def restore(self, response: Response, original: str) -> Response:
        location = response.headers.get("Location")
        if location and urlsplit(original).netloc != self.netloc:
            headers = response.headers.copy()
            headers["Location"] = self.from_mirror(location.decode("latin-1"), original)
            return response.replace(url=original, headers=headers)
        return response.replace(url=original)


class MirrorDownloadHandler(HTTP11DownloadHandler):
    """HTTP(S) download handler that fetches every URL from a local mirror when one is set.

    With `NEWSBOT_MIRROR = "http://127.0.0.1:PORT"`, https://host/path?q is fetched from
    http://127.0.0.1:PORT/host/path?q and the response keeps the original URL. Working at the
    handler (not a middleware) means robots.txt, retries, redirects, per-domain slots, the skip
    check and article URL patterns all see the real URLs, so profile crawls run offline unchanged.
    Without the setting it is Scrapy's own HTTP/1.1 handler.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        mirror = crawler.settings.get("NEWSBOT_MIRROR")
        self.mirror = Mirror(mirror) if mirror else None

    async def download_request(self, request: Request) -> Response:
        if self.mirror is None:
            return await super().download_request(request)
        mirrored = request.replace(url=self.mirror.to_mirror(request.url))
        response = await super().download_request(mirrored)
        return self.mirror.restore(response, request.url)
