"""Where articles are announced: sitemaps, feeds, index pages, robots.txt. Pure parsing, no Scrapy.

Every parser returns a `Listing` (entries, child sitemaps, next page, error); a malformed document
gives `Listing.error` set, never an exception, so one broken feed cannot stop a crawl.
"""

from newsbot.discovery.autodiscover import home_sources, robots_sitemaps
from newsbot.discovery.dates import DateRange, parse_date
from newsbot.discovery.feeds import parse_feed
from newsbot.discovery.index_pages import looks_like_article, parse_index, same_links
from newsbot.discovery.models import Entry, Listing
from newsbot.discovery.sitemaps import parse_sitemap
from newsbot.discovery.sources import expand_source_urls, parse_any

__all__ = [
    "DateRange",
    "Entry",
    "Listing",
    "expand_source_urls",
    "home_sources",
    "looks_like_article",
    "parse_any",
    "parse_date",
    "parse_feed",
    "parse_index",
    "parse_sitemap",
    "robots_sitemaps",
    "same_links",
]
