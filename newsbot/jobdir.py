"""`--resume DIR` that survives kill -9: Scrapy's JOBDIR state is trusted only after a clean stop.

Scrapy writes a job's queue state (`requests.queue/active.json`, the disk queues' sizes) when the
spider closes, but records every request it ever scheduled in `requests.seen` as it goes. After a
kill -9 the queue on disk is unreadable or empty while `requests.seen` holds every URL, so a resumed
run filters all its discovery requests as duplicates and ends at once, having crawled nothing
(Scrapy documents that a job must be stopped cleanly). This extension writes a marker into the job
directory while a run is going and removes it after Scrapy has saved the state; a run that finds
the marker of a dead process moves that state aside and starts the job afresh. Nothing is lost:
an article counts as stored only once committed (in short windows), so the fresh start skips every
stored article and fetches only the pages that were in flight or in the uncommitted window (see
newsbot.pipelines.StorePipeline).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.job import job_dir

from newsbot.processes import alive

if TYPE_CHECKING:
    from scrapy import Spider
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

MARKER = "newsbot-running.json"
# Scrapy's job state: the disk queue, the seen fingerprints, the spider's pickled state.
STATE = ("requests.queue", "requests.seen", "spider.state")


def read_marker(directory: Path) -> dict[str, Any] | None:
    """The running-marker a run left in `directory` (None when there is none)."""
    path = directory / MARKER
    if not path.exists():
        return None
    try:
        marker = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        marker = None
    return marker if isinstance(marker, dict) else {"pid": None, "host": ""}


def still_running(marker: dict[str, Any]) -> bool:
    """Whether the marker's process is alive on this host (another host cannot be checked).

    The marker's time tells the process that wrote it from a later one given the same pid."""
    pid, host, started = marker.get("pid"), marker.get("host"), marker.get("started")
    if host and host != socket.gethostname():
        return True
    since = float(started) if isinstance(started, int | float) else None
    return isinstance(pid, int) and pid != os.getpid() and alive(pid, since=since)


def discard_state(directory: Path) -> Path | None:
    """Move Scrapy's job state out of the way (kept for inspection as `killed-<time>/`)."""
    present = [name for name in STATE if (directory / name).exists()]
    if not present:
        return None
    aside = directory / f"killed-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
    aside.mkdir(parents=True, exist_ok=True)
    for name in present:
        shutil.move(str(directory / name), str(aside / name))
    return aside


class ResumeGuard:
    """Keep JOBDIR honest across kill -9 (enabled whenever JOBDIR is set)."""

    def __init__(self, crawler: Crawler) -> None:
        folder = job_dir(crawler.settings)
        if not folder:
            raise NotConfigured("no JOBDIR")
        self.directory = Path(folder)
        self.crawler = crawler
        self.owner = True
        # Runs before the scheduler opens the job's files (extensions are built first).
        marker = read_marker(self.directory)
        if marker is not None and still_running(marker):
            # Two runs of one job corrupt each other's queue; this one leaves the state alone.
            self.owner = False
            logger.error(
                "job directory %s is in use by process %s", self.directory, marker.get("pid")
            )
            return
        if marker is not None:
            aside = discard_state(self.directory)
            if crawler.stats is not None:
                crawler.stats.set_value("newsbot/resume_after_kill", 1)
            logger.warning(
                "the last run of job %s was killed (pid %s); its queue cannot be trusted, so the"
                " crawl starts afresh and skips what is stored%s",
                self.directory,
                marker.get("pid"),
                f" (old state kept in {aside})" if aside else "",
            )
        self._write_marker()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        guard = cls(crawler)
        crawler.signals.connect(guard.spider_closed, signal=signals.spider_closed)
        return guard

    def _write_marker(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        marker = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()}
        temporary = self.directory / f".{MARKER}.tmp"
        temporary.write_text(json.dumps(marker), encoding="utf-8")
        temporary.replace(self.directory / MARKER)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        """Scrapy has written the queue state (the scheduler closes before this signal).

        A job that finished has nothing left to resume: its state is cleared, so the next run
        with the same directory crawls again (rather than filtering every request as seen).
        """
        if not self.owner:
            return
        if reason == "finished":
            for name in STATE:
                path = self.directory / name
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
        (self.directory / MARKER).unlink(missing_ok=True)
