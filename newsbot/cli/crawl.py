"""`newsbot crawl TARGET`: crawl a portal site (by name) or any site URL into the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from rich.console import Console

from newsbot.cli._common import db_option, fail, since_until_options
from newsbot.cli._store import check_range, open_store


@click.command("crawl")
@click.argument("target")
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
    target: str,
    since: dt.datetime | None,
    until: dt.datetime | None,
    max_articles: int | None,
    refresh: float | None,
    resume_dir: Path | None,
    cache: bool,
    settings: tuple[str, ...],
    db_path: Path,
) -> None:
    """Crawl TARGET, a portal site name (see `newsbot portals`, e.g. suara-lampung) or any site URL."""
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
    except (TargetError, ValueError) as exc:
        fail(str(exc))
    with open_store(db_path):  # create or upgrade it now: a bad file is one line, not a traceback
        pass
    console = Console(stderr=True)
    with live_progress(console, target) as on_progress:
        result = run_crawl(
            target,
            db_path=db_path,
            since=since,
            until=until,
            max_articles=max_articles,
            overrides=overrides,
            on_progress=on_progress,
        )
    console.print(summary_table(target, result, db_path))
    failures = result.stats.get("downloader/exception_count", 0) + result.stats.get(
        "retry/max_reached", 0
    )
    if not result.stats.get("response_received_count") and failures:
        fail(f"nothing could be fetched from {target} (network down, or the site unreachable?)")
