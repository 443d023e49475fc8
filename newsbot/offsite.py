"""A crawl stays on its site: every request is checked against the crawl's hosts and addresses.

Discovery documents are data written by someone else: a sitemap index may name `file:///etc/…`,
a redirect may point at the cloud metadata address (169.254.169.254), a robots.txt `Sitemap:` line
or a `rel=next` link may lead to any other host. So the check sits where every request passes —
Scrapy's OffsiteMiddleware hook, which sees requests when they are scheduled (redirects, meta
refresh and retries included) and again before download — and it does not honour `dont_filter`,
which Scrapy's own policy lets through. Names that resolve to a private, loopback or link-local
address are refused by the DNS resolver; only the start URL's own host may be such an address (so
a crawl of a site on 127.0.0.1 works, and nothing else on the machine or its network is reached).
"""

from __future__ import annotations

import ipaddress
import logging
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

if TYPE_CHECKING:
    from scrapy import Request, Spider
    from scrapy.crawler import Crawler
    from twisted.internet.defer import Deferred

logger = logging.getLogger(__name__)

SCHEMES = frozenset({"http", "https"})


class OffsiteRequest(IgnoreRequest):
    """A request the crawl's site policy refuses (other host, scheme or a private address)."""


def _address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """A globally routable unicast address (not private, loopback, link-local, reserved, …)."""
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        address = mapped
    return address.is_global and not address.is_multicast


@dataclass(frozen=True)
class SitePolicy:
    """Which URLs a crawl may request.

    `owns_host(host)` says whether a host belongs to the crawl (a profile's host pattern, or the
    start URL's host and its subdomains); `local_hosts` are the hosts allowed to be private
    addresses (the start URL's own host, an HTTP proxy). `schemes` beyond http/https exist only
    for `scrapy check`, whose contracts fetch data: URLs.
    """

    owns_host: Callable[[str], bool]
    local_hosts: frozenset[str] = frozenset()
    schemes: frozenset[str] = SCHEMES
    name: str = field(default="", compare=False)

    @classmethod
    def for_start(
        cls,
        start_url: str,
        owns_host: Callable[[str], bool] | None = None,
        extra_schemes: Sequence[str] = (),
    ) -> SitePolicy:
        """The policy of a crawl starting at `start_url`: its site, or the given host pattern."""
        host = (urlsplit(start_url).hostname or "").lower()
        base = host.removeprefix("www.")

        def same_site(candidate: str) -> bool:
            candidate = candidate.removeprefix("www.")
            return candidate == base or (_address(base) is None and candidate.endswith("." + base))

        return cls(
            owns_host=owns_host or same_site,
            local_hosts=frozenset({host, *proxy_hosts()}),
            schemes=SCHEMES | frozenset(extra_schemes),
            name=base,
        )

    def refusal(self, url: str) -> str:
        """Why `url` may not be requested ("" when it may)."""
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower()
        except ValueError:
            return "bad_url"
        if parts.scheme not in self.schemes:
            return f"scheme_{parts.scheme or 'none'}"
        if parts.scheme == "data":
            return ""
        if not host:
            return "no_host"
        address = _address(host)
        if address is not None and not is_public(address) and host not in self.local_hosts:
            return "private_address"
        if host in self.local_hosts or self.owns_host(host):
            return ""
        return "offsite"

    def may_resolve_to(self, name: str, address: str) -> bool:
        """Whether host `name` may connect to `address` (only local hosts may be private)."""
        ip = _address(address)
        return ip is None or is_public(ip) or name.lower() in self.local_hosts


def proxy_hosts() -> set[str]:
    """Hosts of the HTTP(S) proxies in the environment: the crawl connects to them, wherever they are."""
    hosts = set()
    for url in urllib.request.getproxies().values():
        try:
            host = urlsplit(url if "://" in url else f"http://{url}").hostname
        except ValueError:
            continue
        if host:
            hosts.add(host.lower())
    return hosts


def _policy(crawler: Crawler) -> SitePolicy | None:
    policy = getattr(crawler.spider, "site_policy", None)
    return policy if isinstance(policy, SitePolicy) else None


# The DNS resolver is one per process (installed on the reactor), shared by its crawlers: it
# refuses a private address unless some running crawl's policy allows that host.
_ACTIVE: list[SitePolicy] = []


class SiteGuardMiddleware(OffsiteMiddleware):
    """Scrapy's OffsiteMiddleware with the crawl's SitePolicy, for every request.

    Spiders without a `site_policy` get Scrapy's own behaviour (allowed_domains).
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        guard = super().from_crawler(crawler)
        crawler.signals.connect(guard.spider_closed, signal=signals.spider_closed)
        return guard

    def spider_opened(self, spider: Spider) -> None:
        super().spider_opened(spider)
        policy = _policy(self.crawler)
        if policy is None:
            return
        # An offline mirror (NEWSBOT_MIRROR) serves every host from its own address.
        mirror = self.crawler.settings.get("NEWSBOT_MIRROR") or ""
        host = (urlsplit(mirror).hostname or "").lower() if mirror else ""
        self._registered = replace(policy, local_hosts=policy.local_hosts | {host} - {""})
        _ACTIVE.append(self._registered)

    def spider_closed(self, spider: Spider) -> None:
        registered = getattr(self, "_registered", None)
        if registered is not None and registered in _ACTIVE:
            _ACTIVE.remove(registered)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        policy = _policy(self.crawler)
        if policy is None:
            super().process_request(request)
            return
        reason = policy.refusal(request.url)
        if not reason:
            return
        stats = self.crawler.stats
        if stats is not None:
            stats.inc_value("offsite/filtered")
            stats.inc_value(f"newsbot/offsite/{reason}")
        host = _host_of(request.url)
        if host not in self.domains_seen:
            self.domains_seen.add(host)
            logger.info("refused %s request to %r: %s", reason, host, request.url)
        raise OffsiteRequest(f"{reason}: {request.url}")


def _host_of(url: str) -> str:
    try:
        return urlsplit(url).hostname or url[:80]
    except ValueError:
        return url[:80]


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's caching DNS resolver that refuses names resolving to private addresses.

    A hostname on the site (or a crafted one like `2130706433`, which is 127.0.0.1) must not reach
    the machine's or its network's own services; only the running crawls' local hosts may. With
    no newsbot crawl running (another spider in the project) it is Scrapy's resolver.
    """

    def getHostByName(self, name: str, timeout: Sequence[int] = ()) -> Deferred[str]:
        deferred = super().getHostByName(name, timeout)
        deferred.addCallback(self._check, name)
        return deferred

    def _check(self, address: Any, name: str) -> Any:
        policies = list(_ACTIVE)
        if policies and not any(p.may_resolve_to(name, str(address)) for p in policies):
            logger.info("refused %s: it resolves to the private address %s", name, address)
            raise DNSLookupError(f"{name} resolves to a private address ({address})")
        return address
