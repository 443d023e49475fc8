"""Extraction off the reactor: a pool of worker processes that turn page bytes into Articles.

Extraction is CPU work (~10–25 ms a page); on the reactor thread it caps a crawl at one core while
the downloader waits. `ExtractionPool` (a Scrapy extension) keeps NEWSBOT_EXTRACT_WORKERS processes
(default: one per core the reactor leaves spare), each handed one page at a time, so

- the crawl keeps fetching while pages are extracted, and results come back in order of completion
  (each spider callback awaits its own page);
- memory stays flat: a callback waits for a worker holding only its own response, and Scrapy
  stops downloading while the responses in its callbacks pass SCRAPER_SLOT_MAX_ACTIVE_SIZE;
- a page that takes longer than NEWSBOT_EXTRACT_TIMEOUT seconds, or whose worker dies (segfault,
  out of memory), fails with that reason (`WorkerFailed`, an ExtractionError the spider counts
  like any other) and its worker is replaced; workers are also renewed every
  NEWSBOT_EXTRACT_MAX_TASKS pages, so a slow leak in a parser cannot grow the crawl;
- workers can run NEWSBOT_EXTRACT_NICE nicer than the crawl (default 0): when the cores are
  busy the reactor, which feeds them and stores their records, then runs first (2 workers on 2
  cores shared with other jobs, alternated 3,000-page runs at load 4-6: 52.7 / 45.8 / 32.0 / 22.4
  pages/s at nice 5, 37.2 / 40.0 / 24.1 / 29.9 at 0; not measured on an idle machine).

Workers run the same `extract_pages` the inline path runs, so the records are the same byte for
byte (tests/test_pool.py compares). NEWSBOT_EXTRACT_WORKERS = 0 extracts on the reactor thread.
Extraction stays pure: this module is the crawl's side of the pipe.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gc
import logging
import multiprocessing
import os
import queue
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any, Self

from newsbot.extract.errors import ExtractionError

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext
    from multiprocessing.process import BaseProcess

    from scrapy.crawler import Crawler

    from newsbot.extract import Extracted, Paging, Want
    from newsbot.record import Article

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_TASKS = 1000
# A worker's cyclic-collector threshold for its youngest generation (Python's default: 700).
WORKER_GC_THRESHOLD = 2_000

# Further pages of a multi-page article, (body, url) in order: read with the first as one article.
MorePages = Sequence[tuple[bytes, str]]


class WorkerFailed(ExtractionError):
    """No record because the worker did not answer: it crashed or ran out of time (`reason`)."""

    label = "extraction failed"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass
class Outcome:
    """What a worker sends back for one page."""

    article: Article | None = None  # None: only the paging was wanted, or the page goes on
    paging: Paging | None = None  # the (first) page's paging, beside the record
    joined: int = 1  # pages the record was read from
    error: ExtractionError | None = None
    bug: str = ""  # an unexpected exception's traceback (an extraction bug, counted and logged)
    cpu_ms: float = 0.0  # the worker's CPU time on this page
    gc_ms: float = 0.0  # of which the cyclic collector's (measured in workers only)
    warnings: list[str] = field(default_factory=list)  # what extraction logged (caps applied)


def spare_cores() -> int:
    """Cores this process may run on, less one for the reactor (at least one worker)."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, cores - 1)


def worker_count(setting: Any) -> int:
    """NEWSBOT_EXTRACT_WORKERS: "auto" (spare cores), 0 (inline), or a number of processes."""
    if setting is None or str(setting).strip().lower() in {"", "auto"}:
        return spare_cores()
    count = int(setting)
    if count < 0:
        raise ValueError(f"NEWSBOT_EXTRACT_WORKERS must be auto or >= 0, got {setting!r}")
    return count


# ------------------------------------------------------------------ the worker process


class _Collect(logging.Handler):
    """Keeps what extraction logs while one page is extracted."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def extract_page(
    body: bytes,
    url: str,
    content_type: str | None,
    crawled_at: dt.datetime | None,
    more_pages: MorePages = (),
    want: Want = "article",
) -> Outcome:
    """One page (with its further pages, read as one article) through extract_pages, every
    outcome captured (the worker's and the inline path's one function, so both give the same
    records)."""
    from newsbot.extract import extract_pages

    collect = _Collect()
    extraction_log = logging.getLogger("newsbot.extract")
    extraction_log.addHandler(collect)
    started = time.process_time()
    collected = _collector_ms[0]
    outcome = Outcome()
    try:
        extracted = extract_pages(
            body, url, content_type, crawled_at=crawled_at, more_pages=more_pages, want=want
        )
        outcome.article, outcome.paging, outcome.joined = (
            extracted.article,
            extracted.paging,
            extracted.joined,
        )
    except ExtractionError as exc:
        outcome.error = exc
    except Exception:  # noqa: BLE001 - an extraction bug: reported, the crawl goes on
        outcome.bug = traceback.format_exc(limit=8)
    finally:
        extraction_log.removeHandler(collect)
    outcome.cpu_ms = (time.process_time() - started) * 1000
    outcome.gc_ms = _collector_ms[0] - collected
    outcome.warnings = collect.messages
    return outcome


# CPU ms the cyclic collector has spent in this process, counted once _settle_collector ran.
_collector_ms = [0.0]


def _settle_collector() -> None:
    """A worker's collector set for extraction, which makes next to no reference cycles (none on
    the median corpus page, 29 objects at most) but allocates thousands of objects a page: with
    Python's defaults a worker ran ~1.5 young collections a page and a full one every 80-130 pages
    over everything it imported. What start-up left (the modules, the compiled patterns) is
    frozen out of every collection, and the young generation collected at 2,000 objects instead
    of 700. The saved article pages, one worker's life: collector 0.37 ms a page -> 0.05 (frozen
    alone: 0.19; at 5,000: 0.02, but peak RSS 58 MB against 51, where 2,000 costs 53)."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(WORKER_GC_THRESHOLD, middle, old)
    started = [0.0]

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            _collector_ms[0] += (time.process_time() - started[0]) * 1000

    gc.callbacks.append(count)


def _serve(conn: Connection, function: Callable[..., Outcome], nice: int = 0) -> None:
    """A worker's loop: extract_page's arguments in, Outcome out, until None or EOF."""
    if nice > 0:
        with contextlib.suppress(OSError):
            os.nice(nice)
    logging.getLogger("newsbot.extract").propagate = False  # reported through the Outcome
    _settle_collector()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(function(*task))


# ------------------------------------------------------------------ the parent's side


class _Worker:
    """One worker process and its pipe; `call` runs in its feeding thread, one page at a time."""

    def __init__(
        self, context: BaseContext, function: Callable[..., Outcome], nice: int = 0
    ) -> None:
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, function, nice), daemon=True, name="newsbot-extract"
        )
        self.process.start()
        child.close()
        self.tasks = 0

    def call(self, task: tuple[Any, ...], time_limit: float) -> Outcome:
        """Send one page and wait at most `time_limit` seconds for its Outcome."""
        self.tasks += 1
        deadline = time.monotonic() + time_limit
        try:
            self.conn.send(task)
            ready = self.conn.poll(max(0.0, deadline - time.monotonic()))
            # (a result found after the deadline counts as late: this thread may have been
            # waiting for the CPU, not the worker)
            if not ready or time.monotonic() > deadline:
                self.kill()
                raise WorkerFailed(
                    "extraction_timeout",
                    f"no record after {time_limit:g} s (the worker was stopped and replaced)",
                )
            outcome: Outcome = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self.kill()
            code = self.process.exitcode
            raise WorkerFailed(
                "worker_crashed",
                f"the extraction worker died on this page (exit code {code}): {exc!r}",
            ) from None
        return outcome

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.send(None)
        self.process.join(2)
        if self.process.is_alive():
            self.kill()
        else:
            self.conn.close()


class WorkerPool:
    """N worker processes; `await pool.extract(...)` from the reactor's asyncio loop.

    Each worker has a feeding thread of its own that takes the next page from one shared queue as
    soon as its worker answered, so a worker never waits for the reactor to hand it work: with the
    reactor in between (it got the answer, then gave the freed worker to the next page) a worker
    idled for two reactor turns a page, longer while the reactor stored articles (2 workers, 300
    pages, 6 ms of reactor work a page, alternated runs at load ~4.5: 22.5 and 24.1 pages/s with
    the reactor handing pages over, 24.9 and 28.5 with feeders). Memory stays bounded by the
    callbacks awaiting extraction, each holding its own page.

    `function` is what a worker runs on each page (a module-level function the worker can import;
    tests pass one that hangs or crashes on purpose).
    """

    def __init__(
        self,
        workers: int,
        time_limit: float = DEFAULT_TIMEOUT,
        max_tasks: int = DEFAULT_MAX_TASKS,
        function: Callable[..., Outcome] = extract_page,
        nice: int = 0,
    ) -> None:
        if workers < 1:
            raise ValueError("a pool needs at least one worker")
        self.size = workers
        self.function = function
        self.nice = nice
        self.time_limit = time_limit
        self.max_tasks = max_tasks
        self.context = _context()
        self._tasks: queue.SimpleQueue[_Task | None] = queue.SimpleQueue()
        self._feeders: list[threading.Thread] = []
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        self.replaced = 0
        self._idle = [0.0] * workers  # seconds each feeder waited for a page
        self.closed = False

    def start(self) -> None:
        """Start the processes (a second or so: the fork server imports extraction once)."""
        with self._lock:
            if self._workers or self.closed:
                return
            self._workers = [
                _Worker(self.context, self.function, self.nice) for _ in range(self.size)
            ]
            self._feeders = [
                threading.Thread(
                    target=self._feed, args=(n,), name=f"newsbot-extract_{n}", daemon=True
                )
                for n in range(self.size)
            ]
        for feeder in self._feeders:
            feeder.start()

    async def extract(
        self,
        body: bytes,
        url: str,
        content_type: str | None,
        crawled_at: dt.datetime | None,
        more_pages: MorePages = (),
        want: Want = "article",
    ) -> Outcome:
        """The page's Outcome; raises WorkerFailed when its worker timed out or crashed."""
        if self.closed:
            raise WorkerFailed("pool_closed", "the crawl is shutting down")
        if not self._workers:
            self.start()
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[Outcome] = loop.create_future()
        task = (body, url, content_type, crawled_at, tuple(more_pages), want)
        self._tasks.put(_Task(task, answer, loop))
        return await answer

    def _feed(self, n: int) -> None:
        """Worker n's thread: the next page of the queue to the worker, its outcome back to the
        awaiting callback, and a fresh worker when this one died, was killed or did its share."""
        while True:
            waited = time.monotonic()
            job = self._tasks.get()
            self._idle[n] += time.monotonic() - waited
            if job is None or self.closed:
                if job is not None:
                    job.settle(WorkerFailed("pool_closed", "the crawl is shutting down"))
                return
            if job.answer.cancelled():
                continue
            with self._lock:
                worker = self._workers[n] if n < len(self._workers) else None
            if worker is None:  # closed meanwhile
                job.settle(WorkerFailed("pool_closed", "the crawl is shutting down"))
                return
            try:
                result: Outcome | WorkerFailed = worker.call(job.task, self.time_limit)
            except WorkerFailed as exc:
                result = exc
            # Renewed before the answer goes back, so a pool closed after its last answer has
            # done all of its renewals (counted in `replaced`).
            if not self.closed and not (worker.alive and worker.tasks < self.max_tasks):
                self._renew(n, worker)
            job.settle(result)

    @property
    def idle(self) -> float:
        """Seconds the workers waited for a page, all together: a crawl whose workers wait is
        bound by fetching or storing, not by extraction."""
        return sum(self._idle)

    def _renew(self, n: int, worker: _Worker) -> None:
        """A fresh worker n in place of one that died, was killed or did its share of pages."""
        if worker.alive:
            worker.stop()
        fresh = _Worker(self.context, self.function, self.nice)
        with self._lock:
            if self.closed:
                fresh.stop()
                return
            self._workers[n] = fresh
            self.replaced += 1

    def close(self) -> None:
        with self._lock:
            self.closed = True
            workers, self._workers = self._workers, []
        for _ in self._feeders:
            self._tasks.put(None)
        for worker in workers:
            worker.stop()
        # Pages still queued: their callbacks learn that the crawl is shutting down.
        while True:
            try:
                job = self._tasks.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job.settle(WorkerFailed("pool_closed", "the crawl is shutting down"))


@dataclass
class _Task:
    """One page for the workers, with the future its callback awaits on its loop."""

    task: tuple[Any, ...]
    answer: asyncio.Future[Outcome]
    loop: asyncio.AbstractEventLoop

    def settle(self, result: Outcome | WorkerFailed) -> None:
        """Hand the result to the awaiting callback, on its loop's thread (from a feeder)."""
        with contextlib.suppress(RuntimeError):  # the loop is closed: nobody awaits any more
            self.loop.call_soon_threadsafe(_settle, self.answer, result)


def _settle(answer: asyncio.Future[Outcome], result: Outcome | WorkerFailed) -> None:
    if answer.done():  # cancelled meanwhile
        return
    if isinstance(result, WorkerFailed):
        answer.set_exception(result)
    else:
        answer.set_result(result)


def _context() -> BaseContext:
    """Fork server where there is one: workers start in milliseconds from a process that has
    imported extraction once, and never fork the crawl's reactor and threads."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsbot.extract"])
        return context
    return multiprocessing.get_context("spawn")


# ------------------------------------------------------------------ Scrapy's side


class ExtractionPool:
    """The crawl's worker pool (a Scrapy extension); `extraction_pool(crawler)` finds it.

    Counts `extract_cpu_ms` (CPU time spent extracting, in the workers or inline), `extract_gc_us`
    (of which the workers' cyclic collector, in microseconds), `extract_tasks/…`
    (pages read, by what was wanted: a record, a record unless the page goes on, its paging),
    `workers_replaced`, `extraction_capped` (pages a cap was applied to), and `crawl_cpu_ms` (this
    process's CPU time from spider open to close) for benchmarks/crawl_throughput.py's CPU split.
    """

    def __init__(self, crawler: Crawler, workers: int | None = None) -> None:
        from scrapy.utils.reactor import is_asyncio_reactor_installed

        settings = crawler.settings
        self.crawler = crawler
        if workers is None:
            workers = worker_count(settings.get("NEWSBOT_EXTRACT_WORKERS", "auto"))
        if workers and not is_asyncio_reactor_installed():
            logger.info("extraction runs inline: the worker pool needs the asyncio reactor")
            workers = 0
        self.pool = (
            WorkerPool(
                workers,
                time_limit=settings.getfloat("NEWSBOT_EXTRACT_TIMEOUT", DEFAULT_TIMEOUT),
                max_tasks=settings.getint("NEWSBOT_EXTRACT_MAX_TASKS", DEFAULT_MAX_TASKS),
                nice=settings.getint("NEWSBOT_EXTRACT_NICE", 0),
            )
            if workers
            else None
        )
        self._cpu_at_open = time.process_time()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        from scrapy import signals

        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def spider_opened(self) -> None:
        self._cpu_at_open = time.process_time()
        if self.pool is not None:
            self.pool.start()

    async def extract(
        self,
        body: bytes,
        url: str,
        content_type: str | None,
        crawled_at: dt.datetime | None,
        more_pages: MorePages = (),
        want: Want = "article",
    ) -> Extracted:
        """The page read (over its further pages too) with its paging beside the record; raises
        ExtractionError (WorkerFailed included) as extraction does."""
        from newsbot.extract import Extracted

        if self.pool is None:
            outcome = extract_page(body, url, content_type, crawled_at, more_pages, want)
        else:
            outcome = await self.pool.extract(body, url, content_type, crawled_at, more_pages, want)
            for message in outcome.warnings:  # the worker's log, in the crawl's log
                logging.getLogger("newsbot.extract").warning("%s", message)
        self._inc("extract_cpu_ms", round(outcome.cpu_ms))
        self._inc("extract_gc_us", round(outcome.gc_ms * 1000))
        self._inc(f"extract_tasks/{want}")
        if outcome.warnings:
            self._inc("extraction_capped")
        if outcome.error is not None:
            raise outcome.error
        if outcome.bug or outcome.paging is None:
            logger.error("extraction failed at %s:\n%s", url, outcome.bug)
            raise WorkerFailed(
                "extraction_error", (outcome.bug or "no result").strip().splitlines()[-1]
            )
        return Extracted(outcome.article, outcome.paging, outcome.joined)

    def _inc(self, key: str, n: int = 1) -> None:
        if self.crawler.stats is not None and n:
            self.crawler.stats.inc_value(f"newsbot/{key}", n)

    def spider_closed(self) -> None:
        if self.pool is not None:
            self._inc("workers_replaced", self.pool.replaced)
            self._inc("workers_idle_ms", round(self.pool.idle * 1000))
        self._inc("crawl_cpu_ms", round((time.process_time() - self._cpu_at_open) * 1000))

    def engine_stopped(self) -> None:
        if self.pool is not None:
            self.pool.close()


def extraction_pool(crawler: Crawler) -> ExtractionPool | None:
    """The crawl's pool extension (None when it is not enabled: extract inline)."""
    return crawler.get_extension(ExtractionPool)
