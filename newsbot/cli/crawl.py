"""`newsbot crawl TARGET`: crawl a portal site (by name) or any site URL into the database."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from newsbot.cli._common import db_option, fail, since_until_options
from newsbot.cli._store import check_range, open_store

# Lost articles printed after the summary (all of them are in the failures table).
SHOWN_FAILURES = 20


@click.command("crawl")
@click.argument("target", required=False)
@click.option(
    "--all",
    "crawl_all",
    is_flag=True,
    help="Crawl every enabled target of the crawl plan (one crawl_runs row per target).",
)
@click.option(
    "--plan",
    "plan_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Crawl plan file for --all [default: $NEWSBOT_PLAN or ./newsbot.toml].",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary: only errors (cron).")
@click.option(
    "--redis",
    "redis_url",
    default=None,
    metavar="URL",
    help="Be one worker of a crawl shared through Redis (redis://HOST:PORT/DB); records go to "
    "`newsbot ingest --redis URL`, not to --db.",
)
@since_until_options
@click.option(
    "--max-articles",
    type=click.IntRange(min=1),
    default=None,
    help="Stop after this many articles.",
)
@click.option(
    "--refresh",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="DAYS",
    help="Fetch again stored articles published in the last DAYS and record what changed.",
)
@click.option(
    "--resume",
    "resume_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    metavar="DIR",
    help="Keep the crawl state in DIR (Scrapy JOBDIR): an interrupted crawl run again with it continues.",
)
@click.option(
    "--cache",
    is_flag=True,
    help="Development: cache every response in .scrapy/httpcache and replay it.",
)
@click.option(
    "-s",
    "--set",
    "settings",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a Scrapy setting.",
)
@db_option()
def command(
    target: str | None,
    crawl_all: bool,
    plan_file: Path | None,
    quiet: bool,
    redis_url: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    max_articles: int | None,
    refresh: float | None,
    resume_dir: Path | None,
    cache: bool,
    settings: tuple[str, ...],
    db_path: Path,
) -> None:
    """Crawl TARGET, a portal site name (see `newsbot portals`, e.g. suara-lampung) or any site URL.

    With --all, crawl every enabled target of the crawl plan instead (see `newsbot.toml`).
    """
    if crawl_all:
        if target:
            fail("give a TARGET or --all, not both")
        if since or until or max_articles or refresh or resume_dir:
            fail(
                "with --all, windows and limits come from the plan"
                " (not --since/--until/--max-articles/--refresh/--resume)"
            )
        db = db_path if _given("db_path") else None
        _crawl_plan(plan_file, db, cache, settings, quiet, redis_url)
        return
    if target is None:
        raise click.UsageError(
            "Missing argument 'TARGET' (a portal site name or URL), or --all to crawl the plan."
        )
    from newsbot.cli._display import live_progress, summary_table
    from newsbot.crawl import TargetError, parse_setting_overrides, resolve_target, run_crawl

    check_range(since, until)
    try:
        target = resolve_target(target)
        overrides: dict[str, object] = {}
        if refresh:
            overrides["NEWSBOT_REFRESH_DAYS"] = refresh
        if resume_dir:
            overrides["JOBDIR"] = str(resume_dir)
        if cache:
            overrides["HTTPCACHE_ENABLED"] = True
        overrides.update(parse_setting_overrides(settings))
        if redis_url:
            if resume_dir:
                raise ValueError("--resume keeps a private queue; with --redis the queue is shared")
            overrides.update(_worker_settings(redis_url, target))
    except (TargetError, ValueError) as exc:
        fail(str(exc))
    where: str | Path = redis_url or db_path  # where the records go
    if not redis_url:
        with open_store(db_path):  # create or upgrade it now: a bad file is one line
            pass
    console = Console(stderr=True)
    with _quiet_or(live_progress(console, target), quiet) as on_progress:
        result = run_crawl(
            target,
            db_path=db_path,
            since=since,
            until=until,
            max_articles=max_articles,
            overrides=overrides,
            on_progress=on_progress,
        )
    if not quiet:
        console.print(summary_table(target, result, where))
    if _unreachable(result):
        fail(f"nothing could be fetched from {target} (network down, or the site unreachable?)")
    _report_lost([(target, db_path, result)])


def _report_lost(crawls: list[tuple[str, str | Path, Any]]) -> None:
    """Print every article a crawl could not store and exit 1 when there is one (no silent loss)."""
    lost = [(target, db, f) for target, db, result in crawls for f in result.item_failures]
    for _, _, (url, stage, reason) in lost[:SHOWN_FAILURES]:
        click.echo(f"failed at {stage} ({reason}): {url}", err=True)
    if lost:
        more = f" ({len(lost) - SHOWN_FAILURES} more)" if len(lost) > SHOWN_FAILURES else ""
        databases = ", ".join(sorted({str(db) for _, db, _ in lost}))
        fail(
            f"{len(lost)} article(s) could not be stored{more}; each is in the failures table"
            f" of {databases} with its reason"
        )


def _quiet_or(display: Any, quiet: bool) -> Any:
    """The live display, or nothing (a None callback) with --quiet."""
    return contextlib.nullcontext(None) if quiet else display


def _worker_settings(url: str, target: str) -> dict[str, object]:
    """scrapy-redis worker settings, once Redis answered (else a one-line error)."""
    from newsbot.distributed import DistributedError, connect, worker_settings

    try:
        connect(url).close()
    except DistributedError as exc:
        fail(str(exc))
    return worker_settings(url, target)


def _given(name: str) -> bool:
    source = click.get_current_context().get_parameter_source(name)
    return source is not None and source.name != "DEFAULT"


def _unreachable(result: Any) -> bool:
    failures = result.stats.get("downloader/exception_count", 0) + result.stats.get(
        "retry/max_reached", 0
    )
    return not result.stats.get("response_received_count") and bool(failures)


def _crawl_plan(
    plan_file: Path | None,
    db: Path | None,
    cache: bool,
    settings: tuple[str, ...],
    quiet: bool,
    redis_url: str | None,
) -> None:
    """`crawl --all`: every enabled plan target, `concurrency` at a time, in one process."""
    from newsbot.cli._display import live_progress, summary_table
    from newsbot.crawl import CrawlJob, parse_setting_overrides, run_crawls
    from newsbot.plan import PlanError, load_plan

    try:
        plan = load_plan(plan_file)
        extra: dict[str, object] = {"HTTPCACHE_ENABLED": True} if cache else {}
        extra.update(parse_setting_overrides(settings))
    except (PlanError, ValueError) as exc:
        fail(str(exc))
    targets = plan.enabled
    if not targets:
        fail(f"{plan.path}: every target is disabled (enabled = false)")
    jobs = []
    for entry in targets:
        since, until = entry.bounds()
        path = db or entry.db
        overrides = {**entry.overrides(), **extra}
        if redis_url:
            overrides.update(_worker_settings(redis_url, entry.target))
        else:
            if not path.parent.exists():
                fail(f"{plan.path}: folder {path.parent} of database {path} does not exist")
            with open_store(path):  # create or upgrade now: a bad file is one line
                pass
        jobs.append(CrawlJob(entry.target, path, since, until, entry.max_articles, overrides))
    console = Console(stderr=True)
    label = f"{len(jobs)} targets of {plan.path.name}"
    with _quiet_or(live_progress(console, label), quiet) as on_progress:
        running: dict[int, Counter[str]] = {}

        def progress(index: int, counts: Counter[str]) -> None:
            running[index] = counts
            if on_progress is not None:
                on_progress(sum(running.values(), Counter()))

        results = run_crawls(jobs, concurrency=plan.concurrency, on_progress=progress)
    if not quiet:
        for job, result in zip(jobs, results, strict=True):
            console.print(summary_table(job.target, result, job.db_path))
    down = [job.target for job, result in zip(jobs, results, strict=True) if _unreachable(result)]
    if down:
        fail(
            f"nothing could be fetched from {', '.join(down)} (network down, or sites unreachable?)"
        )
    _report_lost([(job.target, job.db_path, r) for job, r in zip(jobs, results, strict=True)])
