"""Crawling one target with several processes (on several machines) through one Redis: scrapy-redis.

    newsbot crawl suara-lampung --redis redis://10.0.0.5:6379/0     # on each worker machine
    newsbot ingest --redis redis://10.0.0.5:6379/0 --db data/newsbot.db   # once, beside the database

What lives in Redis (one Redis database per SQLite file), and who uses it:

- `newsbot:<target>:requests`, `newsbot:<target>:dupefilter`: scrapy-redis' scheduler queue and
  duplicate filter, shared by every worker of the target, so a URL is fetched once by one of them.
  A run starts when the first worker of a target arrives while no other is alive (`workers` hash,
  beaten every few seconds): it clears the last run's queue and filter and takes the next run
  number; later workers join that run.
- `newsbot:stored`: every URL the database holds (articles and the URLs they were fetched from),
  filled by the writer; the workers' "already stored" check asks this set, not a private SQLite.
- `newsbot:slot:<host>`: the next time a request to that host may start, taken with one atomic
  script per request by every worker, so DOWNLOAD_DELAY holds for all of them together.
- `newsbot:items`: records and run summaries the workers push; `newsbot ingest` moves a batch to
  `newsbot:items:processing`, writes it in one SQLite transaction, then drops it, so a writer killed
  mid-batch finds the batch there on restart and writes it again (upserts: nothing doubles).

The components are the ordinary crawl's: the store pipeline, skip middleware, spider and run
recorder all reach "the store" through the CrawlStore extension, which here is `RedisCrawlStore`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import socket
import uuid
import warnings
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured, ScrapyDeprecationWarning
from scrapy_redis.scheduler import Scheduler as RedisScheduler

from newsbot.extensions import CrawlStore
from newsbot.record import Article
from newsbot.store import Saving

if TYPE_CHECKING:
    import redis
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.http import Request

    from newsbot.store import Store

logger = logging.getLogger(__name__)
# scrapy-redis 0.9.1 still passes `spider` to the stats collector; the call works on Scrapy 2.19.
warnings.filterwarnings(
    "ignore",
    message="Passing a 'spider' argument to StatsCollector",
    category=ScrapyDeprecationWarning,
    module=r"scrapy_redis\.",
)

PREFIX = "newsbot"
ITEMS = f"{PREFIX}:items"
PROCESSING = f"{PREFIX}:items:processing"
STORED = f"{PREFIX}:stored"
# A worker that has not beaten for this long is gone (killed, machine down).
WORKER_STALE = 30.0
HEARTBEAT = 5.0


class DistributedError(RuntimeError):
    """Redis cannot be reached or used; one line for the CLI."""


def connect(url: str) -> redis.Redis:
    """A client for `url` that answered PING, or a DistributedError saying why not."""
    import redis

    try:
        client = redis.Redis.from_url(url, socket_connect_timeout=10, socket_timeout=30)
        client.ping()
    except (redis.RedisError, ValueError) as exc:
        raise DistributedError(f"cannot use Redis at {url}: {exc}") from None
    return client


def target_key(target: str, name: str) -> str:
    return f"{PREFIX}:{target}:{name}"


def worker_settings(url: str, target: str) -> dict[str, Any]:
    """Settings that make a crawl of `target` one worker of the shared crawl in Redis at `url`."""
    from newsbot import settings as project

    extensions: dict[str, int | None] = dict(project.EXTENSIONS)
    extensions["newsbot.extensions.CrawlStore"] = None
    extensions.update({"newsbot.distributed.RedisCrawlStore": 0, "newsbot.distributed.Worker": 1})
    middlewares: dict[str, int | None] = dict(project.DOWNLOADER_MIDDLEWARES)
    middlewares["newsbot.distributed.SharedPoliteness"] = 800
    # scrapy-redis formats its keys with %(spider)s; a target URL may hold a literal %.
    escaped = target.replace("%", "%%")
    return {
        "SCHEDULER": "newsbot.distributed.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",  # keeps request priorities
        "SCHEDULER_PERSIST": True,  # never flush on close: the other workers are still using it
        "SCHEDULER_QUEUE_KEY": target_key(escaped, "requests"),
        "SCHEDULER_DUPEFILTER_KEY": target_key(escaped, "dupefilter"),
        "REDIS_URL": url,
        "NEWSBOT_REDIS": url,
        # Records go to Redis; the writer owns the database. Components that need "a store"
        # (pipeline, skip middleware, recorder) are enabled by NEWSBOT_DB and get RedisStore.
        "NEWSBOT_DB": url,
        "EXTENSIONS": extensions,
        "DOWNLOADER_MIDDLEWARES": middlewares,
        # JOBDIR resumes a private queue; the shared one lives in Redis.
        "JOBDIR": None,
    }


# --------------------------------------------------------------------------- the scheduler

_JOIN = """
local now = redis.call('TIME')
now = tonumber(now[1]) + tonumber(now[2]) / 1000000
local live = 0
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local beat = tonumber(string.match(all[i + 1], '^[^:]+'))
  if beat and now - beat < tonumber(ARGV[2]) then
    live = live + 1
  else
    redis.call('HDEL', KEYS[1], all[i])
  end
end
local run
if live == 0 then
  redis.call('DEL', KEYS[2], KEYS[3])
  run = redis.call('INCR', KEYS[4])
else
  run = tonumber(redis.call('GET', KEYS[4]) or '1')
end
redis.call('HSET', KEYS[1], ARGV[1], string.format('%.3f', now) .. ':busy')
return {run, live}
"""

_BEAT = """
local now = redis.call('TIME')
redis.call('HSET', KEYS[1], ARGV[1], now[1] .. '.' .. string.format('%06d', now[2]) .. ':' .. ARGV[2])
return 1
"""

_OTHERS_BUSY = """
local now = redis.call('TIME')
now = tonumber(now[1]) + tonumber(now[2]) / 1000000
local busy = 0
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  if all[i] ~= ARGV[1] then
    local beat, state = string.match(all[i + 1], '^([^:]+):(.*)$')
    if tonumber(beat) and now - tonumber(beat) < tonumber(ARGV[2]) and state == 'busy' then
      busy = busy + 1
    end
  end
end
return busy
"""


class Scheduler(RedisScheduler):
    """scrapy-redis' scheduler, plus the run a worker belongs to.

    The first worker of a target to open while no other is alive starts a new run (the last run's
    queue and duplicate filter are cleared, the run number goes up); the others join it, and their
    start requests fall to the shared duplicate filter.
    """

    def open(self, spider: Spider) -> None:
        crawler = spider.crawler
        worker = crawler.get_extension(Worker)
        if worker is None:
            raise NotConfigured("newsbot.distributed.Scheduler needs the Worker extension")
        super().open(spider)
        target = getattr(spider, "target", spider.name)
        run, others = self.server.eval(
            _JOIN,
            4,
            target_key(target, "workers"),
            self.queue.key,
            self.df.key,
            target_key(target, "run"),
            worker.id,
            WORKER_STALE,
        )
        worker.joined(target, int(run), int(others), self.server)
        logger.info(
            "worker %s %s run %s of %s (%d other worker(s) alive)",
            worker.id,
            "joined" if others else "started",
            run,
            target,
            others,
        )


class Worker:
    """This process as one worker: its id, its run, its heartbeat, and when it may close.

    An idle worker stays while another live worker is busy (that one may still queue requests
    for everybody); it closes when all are idle and the shared queue is empty.
    """

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.get("NEWSBOT_REDIS"):
            raise NotConfigured("no NEWSBOT_REDIS")
        self.crawler = crawler
        self.id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.target = ""
        self.run = 0
        self.server: redis.Redis | None = None
        self.state = "busy"
        self._loop: Any = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        worker = cls(crawler)
        crawler.signals.connect(worker.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(worker.busy, signal=signals.request_scheduled)
        crawler.signals.connect(worker.busy, signal=signals.response_received)
        crawler.signals.connect(worker.spider_closed, signal=signals.spider_closed)
        return worker

    @property
    def run_key(self) -> str:
        return f"{self.target}#{self.run}"

    def joined(self, target: str, run: int, others: int, server: redis.Redis) -> None:
        from twisted.internet import task

        self.target, self.run, self.server = target, run, server
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("newsbot/redis_run", run)
        self._loop = task.LoopingCall(self.beat)
        self._loop.start(HEARTBEAT, now=False)

    def beat(self) -> None:
        if self.server is not None:
            self.server.eval(_BEAT, 1, target_key(self.target, "workers"), self.id, self.state)

    def busy(self, **_: Any) -> None:
        if self.state != "busy":
            self.state = "busy"
            self.beat()

    def spider_idle(self) -> None:
        self.state = "idle"
        self.beat()
        if self.server is None:
            return
        others = self.server.eval(
            _OTHERS_BUSY, 1, target_key(self.target, "workers"), self.id, WORKER_STALE
        )
        if int(others):
            raise DontCloseSpider

    def spider_closed(self) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        if self.server is not None:
            self.server.hdel(target_key(self.target, "workers"), self.id)


# --------------------------------------------------------------------------- the store

_TAKE_SLOT = """
local now = redis.call('TIME')
now = tonumber(now[1]) + tonumber(now[2]) / 1000000
local start = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local after = start + tonumber(ARGV[1])
redis.call('SET', KEYS[1], string.format('%.6f', after), 'PX', math.ceil((after - now) * 1000) + 60000)
return string.format('%.6f', start - now)
"""


class SharedPoliteness:
    """Space requests to one host by DOWNLOAD_DELAY across all workers together.

    Each request takes the host's next start time from Redis (one atomic script, Redis' clock)
    and waits until then; Scrapy's own per-process delay and AutoThrottle still apply on top.
    """

    def __init__(self, crawler: Crawler) -> None:
        url = crawler.settings.get("NEWSBOT_REDIS")
        if not url:
            raise NotConfigured("no NEWSBOT_REDIS")
        self.delay = crawler.settings.getfloat(
            "NEWSBOT_SHARED_DELAY", crawler.settings.getfloat("DOWNLOAD_DELAY")
        )
        if self.delay <= 0:
            raise NotConfigured("no delay to share")
        self.server = connect(url)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        host = urlsplit(request.url).hostname or ""
        wait = float(self.server.eval(_TAKE_SLOT, 1, f"{PREFIX}:slot:{host}", self.delay))
        if wait > 0:
            if self.stats is not None:
                self.stats.inc_value("newsbot/shared_delay_waits")
            await asyncio.sleep(wait)


class RedisStore:
    """What a worker's components ask of "the store", answered by Redis.

    Records and run summaries go to the items list for the writer; "already stored" is the
    writer's set of stored URLs. Workers keep no history (coverage drift is judged by the writer's
    database, in `newsbot health`).
    """

    def __init__(self, server: redis.Redis, worker: Worker | None) -> None:
        self.server = server
        self.worker = worker
        self._run: dict[str, Any] = {}

    def _run_key(self) -> str:
        return self.worker.run_key if self.worker is not None else ""

    def known(self, urls: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(urls))
        if not wanted:
            return set()
        flags = self.server.smismember(STORED, wanted)
        return {url for url, flag in zip(wanted, flags, strict=True) if flag}

    def is_known(self, url: str) -> bool:
        return bool(self.server.sismember(STORED, url))

    def get(self, url: str) -> Article | None:
        return None  # refresh windows use the discovery date on workers

    def save_many(self, articles: Iterable[Saving | tuple[Article, str, str]]) -> dict[str, int]:
        run = self._run_key()
        messages = [
            json.dumps(
                {
                    "kind": "article",
                    "run": run,
                    "article": saving.article.to_dict(),
                    "fetched_url": saving.fetched_url,
                    "seen_at": saving.seen_at,
                    "pages": saving.pages,
                },
                ensure_ascii=False,
                default=str,
            )
            for saving in (Saving(*item) for item in articles)
        ]
        if messages:
            self.server.rpush(ITEMS, *messages)
        return {"queued": len(messages)}

    def save(
        self,
        article: Article,
        *,
        fetched_url: str = "",
        seen_at: str | None = None,
        pages: int = 1,
    ) -> str:
        """One record for the writer (the store pipeline saves article by article)."""
        self.save_many([Saving(article, fetched_url, seen_at or "", pages)])
        return "queued"

    def record_failure(
        self, url: str, stage: str, reason: str, detail: str = "", *, run_id: int | None = None
    ) -> None:
        """A lost article, for the writer's `failures` table (newsbot.failures)."""
        message = {"kind": "failure", "run": self._run_key(), "url": url, "stage": stage}
        message |= {"reason": reason, "detail": detail}
        self.server.rpush(ITEMS, json.dumps(message, ensure_ascii=False, default=str))

    def close_killed_runs(self) -> int:
        return 0  # the writer's database keeps the runs; workers' liveness is their heartbeat

    def start_run(self, target: str, options: dict[str, Any]) -> int:
        self._run = {"target": target, "options": options, "started_at": _now()}
        return 1

    def finish_run(
        self,
        run_id: int,
        counts: dict[str, int],
        coverage: dict[str, float],
        warnings: list[str],
        status: str = "finished",
    ) -> None:
        worker = self.worker.id if self.worker is not None else ""
        message = {
            "kind": "run",
            "run": self._run_key(),
            "worker": worker,
            **self._run,
            "finished_at": _now(),
            "counts": counts,
            "coverage": coverage,
            "warnings": warnings,
        }
        self.server.rpush(ITEMS, json.dumps(message, ensure_ascii=False, default=str))

    def runs(self, target: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        return []

    def close(self) -> None:
        self.server.close()


class RedisCrawlStore(CrawlStore):
    """The crawl's one "store" in worker mode: a RedisStore instead of the SQLite file."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings["NEWSBOT_REDIS"])
        self.crawler = crawler
        self._redis: RedisStore | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        if not crawler.settings.get("NEWSBOT_REDIS"):
            raise NotConfigured("no NEWSBOT_REDIS")
        extension = cls(crawler)
        crawler.signals.connect(extension.close, signal=signals.engine_stopped)
        return extension

    @property
    def store(self) -> Store:
        if self._redis is None:
            self._redis = RedisStore(connect(self.path), self.crawler.get_extension(Worker))
        return self._redis  # type: ignore[return-value]  # the part of Store the crawl uses

    def close(self) -> None:
        if self._redis is not None:
            self._redis.close()
            self._redis = None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --------------------------------------------------------------------------- the writer


class Writer:
    """`newsbot ingest`: the one process writing the workers' records into the SQLite store."""

    def __init__(self, server: redis.Redis, store: Store, batch: int = 200) -> None:
        self.server = server
        self.store = store
        self.batch = batch
        self.counts: Counter[str] = Counter()

    def publish_stored(self, chunk: int = 5000) -> int:
        """Put every URL the database holds in the stored set (Redis may be new or emptied)."""
        total = 0
        for table in ("articles", "fetched"):
            cursor = self.store.db.execute(f"SELECT url FROM [{table}]")
            while rows := cursor.fetchmany(chunk):
                self.server.sadd(STORED, *[row[0] for row in rows])
                total += len(rows)
        return total

    def recover(self) -> int:
        """Write a batch a killed writer had taken but not finished (idempotent upserts)."""
        pending = self.server.lrange(PROCESSING, 0, -1)
        if pending:
            logger.info("writing again %d records a stopped writer had taken", len(pending))
            self._write(pending, replay=True)
            self.server.delete(PROCESSING)
        return len(pending)

    def take(self, timeout: int = 1) -> int:
        """Move up to `batch` messages to the processing list, write them, drop them; how many."""
        first = self.server.blmove(ITEMS, PROCESSING, timeout, "LEFT", "RIGHT")
        if first is None:
            return 0
        pipe = self.server.pipeline(transaction=False)
        for _ in range(self.batch - 1):
            pipe.lmove(ITEMS, PROCESSING, "LEFT", "RIGHT")
        rest = [m for m in pipe.execute() if m is not None]
        messages = [first, *rest]
        self._write(messages)
        self.server.delete(PROCESSING)
        return len(messages)

    def idle(self) -> bool:
        """Nothing queued and no live worker of any target: a draining writer may stop."""
        if self.server.llen(ITEMS):
            return False
        now = float(self.server.time()[0])
        for key in self.server.scan_iter(match=f"{PREFIX}:*:workers", count=1000):
            for beat in self.server.hvals(key):
                stamp = float((beat.decode() if isinstance(beat, bytes) else beat).split(":")[0])
                if now - stamp < WORKER_STALE:
                    return False
        return True

    def _write(self, raw: list[Any], replay: bool = False) -> None:
        """One batch in one transaction; with `replay`, skip what a killed writer had committed."""
        articles: list[Saving] = []
        runs_of: list[str] = []
        summaries: list[dict[str, Any]] = []
        done: set[str] = set()
        failures: list[dict[str, Any]] = []
        for item in raw:
            message = json.loads(item)
            if message.get("kind") == "run":
                summaries.append(message)
                continue
            if message.get("kind") == "failure":
                failures.append(message)
                continue
            article = Article.from_dict(message["article"])
            seen_at = message.get("seen_at") or ""
            if replay and self._written(article.url, seen_at):
                done.add(article.url)  # its transaction had committed: counted already
                continue
            fetched, pages = message.get("fetched_url") or "", message.get("pages") or 1
            articles.append(Saving(article, fetched, seen_at, pages))
            runs_of.append(message.get("run") or "")
        with self.store.db.atomic():
            per_run: dict[str, Counter[str]] = {}
            for run in dict.fromkeys(runs_of):
                chunk = [a for a, r in zip(articles, runs_of, strict=True) if r == run]
                outcome = Counter(self.store.save_many(chunk))
                per_run[run] = outcome
                self.counts.update(outcome)
            for run, outcome in per_run.items():
                if run:
                    self._add_to_run(run, {"outcomes": dict(outcome)})
            for summary in summaries:
                self._add_to_run(summary["run"] or summary.get("target", ""), summary)
            for failure in failures:
                self.store.record_failure(
                    failure["url"], failure["stage"], failure["reason"], failure.get("detail", "")
                )
        urls = {s.article.url for s in articles} | {
            s.fetched_url for s in articles if s.fetched_url
        }
        urls |= done
        if urls:
            self.server.sadd(STORED, *urls)
        self.counts["runs"] += len(summaries)

    def _written(self, url: str, seen_at: str) -> bool:
        """The article row already carries this sighting (the store keeps the latest last_seen)."""
        row = self.store.db.execute(
            "SELECT last_seen FROM articles WHERE url = ?", [url]
        ).fetchone()
        return bool(row and seen_at and row[0] >= seen_at)

    def _add_to_run(self, run: str, message: dict[str, Any]) -> None:
        """Merge a batch's outcomes or a worker's summary into the run's one crawl_runs row."""
        from newsbot.extensions import PREVIOUS_RUNS, coverage_warnings
        from newsbot.health import EARLY_END

        target = message.get("target") or run.rsplit("#", 1)[0]
        db = self.store.db
        found = db.execute(
            "SELECT id, started_at, finished_at, counts, coverage, warnings, options FROM crawl_runs"
            " WHERE target = ? AND json_extract(options, '$.run') = ?",
            [target, run],
        ).fetchone()
        if found is None:
            options = {**(message.get("options") or {}), "run": run, "workers": []}
            run_id = self.store.start_run(target, options)
            found = db.execute(
                "SELECT id, started_at, finished_at, counts, coverage, warnings, options"
                " FROM crawl_runs WHERE id = ?",
                [run_id],
            ).fetchone()
        run_id, started, finished, counts_text, coverage_text, warnings_text, options_text = found
        counts = Counter(json.loads(counts_text or "{}"))
        coverage = json.loads(coverage_text or "{}")
        warnings = json.loads(warnings_text or "[]")
        options = json.loads(options_text or "{}")
        stored_keys = ("inserted", "updated", "unchanged")
        if "outcomes" in message:
            counts.update(message["outcomes"])
        elif message.get("worker") in options["workers"]:
            return  # this worker's summary was merged before the writer was stopped
        else:
            theirs = Counter(message.get("counts") or {})
            for key in (*stored_keys, "stored"):
                theirs.pop(key, None)
            before, added = int(counts.get("items", 0)), int(theirs.get("items", 0))
            if added:  # shares weighted by each worker's number of records
                theirs_coverage = message.get("coverage") or {}
                coverage = {
                    name: round(
                        (coverage.get(name, 0) * before + theirs_coverage.get(name, 0) * added)
                        / (before + added),
                        4,
                    )
                    for name in {*coverage, *theirs_coverage}
                }
            counts.update(theirs)
            options["workers"] = [*options["workers"], message.get("worker")]
            warnings = [w for w in warnings if w.startswith(EARLY_END)] + [
                w for w in message.get("warnings") or [] if w.startswith(EARLY_END)
            ]
            started = min(started, message.get("started_at") or started)
            finished = max(finished or "", message.get("finished_at") or "")
        counts["stored"] = sum(counts.get(k, 0) for k in stored_keys)
        if finished:
            previous = [
                r
                for r in self.store.runs(target=target, limit=PREVIOUS_RUNS + 1)
                if r["id"] != run_id
            ]
            warnings = [w for w in warnings if w.startswith(EARLY_END)]
            warnings += coverage_warnings(
                coverage, int(counts.get("items", 0)), previous[:PREVIOUS_RUNS], target
            )
            if not counts.get("discovered") and not counts.get("skipped_seen"):
                warnings.append(f"{target}: no article URLs discovered (sources down or moved?)")
        db.execute(
            "UPDATE crawl_runs SET started_at = ?, finished_at = ?, counts = ?, coverage = ?,"
            " warnings = ?, options = ?, status = ? WHERE id = ?",
            [
                started,
                finished or None,
                json.dumps(dict(counts)),
                json.dumps(coverage),
                json.dumps(warnings, ensure_ascii=False),
                json.dumps(options, ensure_ascii=False, default=str),
                "finished" if finished else "running",
                run_id,
            ],
        )

    def run(self, *, drain: bool = False) -> Counter[str]:
        """Write until interrupted, or with `drain` until nothing is queued and no worker is alive.

        Killed at any point, it loses nothing: a taken batch stays in the processing list until
        its transaction committed, and the next start writes it again first.
        """
        self.publish_stored()
        self.recover()
        while True:
            if self.take() == 0 and drain and self.idle():
                return self.counts
