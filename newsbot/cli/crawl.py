"""`newsbot crawl TARGET`: crawl a portal site (by name) or any site URL into the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from rich.console import Console

from newsbot.cli._common import db_option, fail, since_until_options


@click.command("crawl")
@click.argument("target")
@since_until_options
@click.option("--max-articles", type=click.IntRange(min=1), default=None, help="Stop after this many articles.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting.")
@db_option()
def command(
    target: str,
    since: dt.datetime | None,
    until: dt.datetime | None,
    max_articles: int | None,
    settings: tuple[str, ...],
    db_path: Path,
) -> None:
    """Crawl TARGET, a portal site name (see `newsbot portals`, e.g. suara-lampung) or any site URL."""
    from newsbot.crawl import (
        TargetError,
        parse_setting_overrides,
        resolve_target,
        run_crawl,
        summary_table,
    )

    if since and until and since > until:
        fail("--since is after --until")
    try:
        target = resolve_target(target)
        overrides = parse_setting_overrides(settings)
    except (TargetError, ValueError) as exc:
        fail(str(exc))
    console = Console(stderr=True)
    result = run_crawl(
        target, db_path=db_path, since=since, until=until, max_articles=max_articles, overrides=overrides,
        console=console,
    )
    console.print(summary_table(target, result, db_path))
