"""Scrapy settings of a polite news crawler (Scrapy >= 2.16 semantics; see ecosystem-notes.md §1.3).

Every value can be overridden per run with `newsbot crawl -s NAME=VALUE` or `scrapy crawl -s NAME=VALUE`.
"""

import os

from newsbot import __version__

BOT_NAME = "newsbot"
SPIDER_MODULES = ["newsbot.spiders"]
NEWSPIDER_MODULE = "newsbot.spiders"
ADDONS: dict[str, int] = {}
# `scrapy check`: @record checks the record inside the spider's CrawledArticle items.
SPIDER_CONTRACTS = {"newsbot.spiders.contracts.RecordContract": 10}

# Make ourselves known: portals can reach the operator. Put your own address in the NEWSBOT_CONTACT
# environment variable (or replace the whole string with -s USER_AGENT=...).
NEWSBOT_CONTACT = os.environ.get("NEWSBOT_CONTACT", "https://github.com/newsbot/newsbot")
USER_AGENT = f"newsbot/{__version__} (+{NEWSBOT_CONTACT})"

# Politeness: obey robots.txt, one request at a time per site, adaptive delay.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
# Items a callback's output may have in the pipelines at once. Scrapy starts this many asyncio tasks
# per response whatever it yields, and a newsbot callback yields one article (or requests): its
# default of 100 cost 1.2-1.6 ms of CPU a page, 16 cost 0.09 ms, 1 costs 0.02.
CONCURRENT_ITEMS = 1
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # each delay is 0.5–1.5 × DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False

# Robustness: bounded time and size per request, retries with Scrapy's backoff-free retry on transient codes.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # the extraction refuses larger pages anyway
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# Development switch: `-s HTTPCACHE_ENABLED=1` replays pages from .scrapy/httpcache.
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 0

# Incremental crawls: article URLs already in the store are not requested again, unless they were
# published within NEWSBOT_REFRESH_DAYS (`newsbot crawl --refresh DAYS`), which re-fetches and records changes.
NEWSBOT_SKIP_KNOWN = True
NEWSBOT_REFRESH_DAYS = 0
# Candidates fetched within NEWSBOT_NOT_ARTICLE_RECHECK_DAYS that were not articles are not
# fetched again (0: always fetch).
NEWSBOT_NOT_ARTICLE_RECHECK_DAYS = 30
DOWNLOADER_MIDDLEWARES = {
    # Scrapy's OffsiteMiddleware with the crawl's site policy (hosts, schemes, no private
    # addresses), applied to every request including redirects and dont_filter ones.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "newsbot.offsite.SiteGuardMiddleware": 40,
    "newsbot.middlewares.SkipKnownMiddleware": 50,
    # Gives the spider the robots.txt Scrapy fetched to obey it (no second request for sitemaps).
    "newsbot.middlewares.RobotsSitemapsMiddleware": 120,
}
# Names resolving to private/loopback/link-local addresses are refused (the start host aside).
TWISTED_DNS_RESOLVER = "newsbot.offsite.GuardedResolver"

# Offline mirrors: with NEWSBOT_MIRROR="http://127.0.0.1:PORT", https://host/path is fetched from
# the mirror at /host/path while every middleware still sees the real URL. Unset: plain HTTP.
NEWSBOT_MIRROR = ""
DOWNLOAD_HANDLERS = {
    "http": "newsbot.middlewares.MirrorDownloadHandler",
    "https": "newsbot.middlewares.MirrorDownloadHandler",
    # A news crawl reads the web only: a file:// or s3:// URL in a sitemap is never fetched.
    "file": None,
    "s3": None,
    "ftp": None,
}

# Every run leaves a crawl_runs row: outcome counts, field coverage, layout-change warnings.
NEWSBOT_RECORD_RUNS = True
# CrawlStore: the one database connection of a crawl, shared by the components above and below.
EXTENSIONS = {
    "newsbot.extensions.CrawlStore": 0,
    "newsbot.pool.ExtractionPool": 10,
    "newsbot.extensions.CrawlRunRecorder": 500,
    # With JOBDIR (`--resume DIR`): a job killed with -9 starts afresh instead of resuming a queue
    # Scrapy never saved. After Scrapy's SpiderState (priority 0), so it sees the state written.
    "newsbot.jobdir.ResumeGuard": 900,
}

# Extraction runs in worker processes so the reactor keeps fetching: "auto" is one per core the
# reactor leaves spare, 0 extracts on the reactor thread. A page that takes longer than
# NEWSBOT_EXTRACT_TIMEOUT seconds (or kills its worker) is counted as failed with that reason and
# its worker replaced; workers are renewed every NEWSBOT_EXTRACT_MAX_TASKS pages.
NEWSBOT_EXTRACT_WORKERS = "auto"
NEWSBOT_EXTRACT_TIMEOUT = 30.0
NEWSBOT_EXTRACT_MAX_TASKS = 1000
# Workers can run this much nicer than the crawl (os.nice), so the reactor, which feeds them and
# stores what they return, gets a core first when they outnumber the cores. Off by default: in
# alternated runs on the shared 2-core machine it helped at load 4-6 and lost at load ~3.5.
NEWSBOT_EXTRACT_NICE = 0

ITEM_PIPELINES = {
    "newsbot.pipelines.ValidatePipeline": 100,
    "newsbot.pipelines.StorePipeline": 800,
}

# Where records go (the embedded default); `newsbot crawl --db PATH` sets it.
NEWSBOT_DB = "data/newsbot.db"
# Stored articles are committed together every NEWSBOT_COMMIT_SECONDS or NEWSBOT_COMMIT_ARTICLES,
# whichever comes first (and when the spider closes); an item counts as stored only once committed,
# and a kill loses at most that window (refetched by the next run). 0 for either: a commit per
# article.
NEWSBOT_COMMIT_SECONDS = 0.25
NEWSBOT_COMMIT_ARTICLES = 32

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's RemoteControl runs Python code sent to a local HTTP port (token in the user's
# profile directory); a crawler of untrusted sites has no use for it.
REMOTE_CONTROL_ENABLED = False
