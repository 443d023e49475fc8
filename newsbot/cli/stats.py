"""`newsbot stats`: what the database holds per portal, section or day, how complete it is, and
recent crawls."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from newsbot.cli._common import db_option, portal_option, since_until_options
from newsbot.cli._store import article_filter, no_match, open_store

SHOWN_FIELDS = ("published", "body", "lead", "authors", "dateline", "quotes", "tags", "lists")


# The outcome counts worth a glance; the full set is in `newsbot stats --json`.
HEADLINE_COUNTS = ("inserted", "updated", "unchanged", "dropped", "errors")


def _short_counts(counts: dict[str, int]) -> str:
    shown = {k: v for k, v in counts.items() if k in HEADLINE_COUNTS} or counts
    return ", ".join(f"{k} {v}" for k, v in shown.items())


def _percent(share: float) -> str:
    return f"{share * 100:.0f}%"


@click.command("stats")
@click.option(
    "--by",
    type=click.Choice(["portal", "section", "day"]),
    default=None,
    help="One table of counts and field coverage per portal, portal section, or portal-local"
    " day (WIB/WITA/WIT).",
)
@portal_option
@since_until_options
@click.option(
    "--runs",
    "run_limit",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Recent crawl runs to show.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON (for scripts).")
@db_option(must_exist=True)
def command(
    by: str | None,
    portals: tuple[str, ...],
    since: dt.datetime | None,
    until: dt.datetime | None,
    run_limit: int,
    as_json: bool,
    db_path: Path,
) -> None:
    """Per portal: articles, date range, share of fields present, last crawl; then recent crawl
    runs. With --by: the same counts and coverage per portal, section or day."""
    from newsbot.store.queries import GROUPINGS, coverage

    with open_store(db_path, readonly=True) as store:
        chosen = article_filter(store, portals, since, until)
        groups = coverage(store.db, by or "portal", chosen)
        runs = store.runs(limit=run_limit) if by is None else []
        totals = {t: store.count(t) for t in ("articles", "quotes", "links", "tags")}
    if as_json:
        key = "portals" if by is None else by
        payload = {"totals": totals, key: groups} | ({"runs": runs} if by is None else {})
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    console.print(
        f"{db_path}: {totals['articles']} articles, {totals['quotes']} quotes, "
        f"{totals['links']} list links, {totals['tags']} tags",
        soft_wrap=True,
    )
    if not groups and chosen.describe():
        click.echo(no_match("articles", chosen))
        return
    if by is not None:
        console.print(_breakdown(by, GROUPINGS[by], groups))
        return
    table = Table(
        "portal", "articles", "first published", "last published", "last crawl", title="Per portal"
    )
    fields = Table("portal", *SHOWN_FIELDS, title="Share of articles with each field")
    for row in groups:
        name = row["portal"] or "?"
        table.add_row(
            name,
            str(row["articles"]),
            _day(row["first_published"]),
            _day(row["last_published"]),
            _when(row["last_crawl"]),
        )
        fields.add_row(name, *(_percent(row["fields"][f]) for f in SHOWN_FIELDS))
    console.print(table)
    console.print(fields)
    if not runs:
        console.print("No crawl runs recorded.")
        return
    recent = Table(
        "run", "target", "started", "finished", "counts", "warnings", title="Recent crawl runs"
    )
    for run in runs:
        counts = _short_counts(run["counts"] or {})
        recent.add_row(
            str(run["id"]),
            run["target"],
            _when(run["started_at"]),
            _when(run["finished_at"]) or "unfinished",
            counts,
            str(len(run["warnings"] or [])),
        )
    console.print(recent)


def _breakdown(by: str, keys: tuple[str, ...], groups: list[dict]) -> Table:
    """One row per group: its key columns, counts, and the share of each field."""
    counts = ("articles", "portals") if by == "day" else ("articles",)
    title = {"day": "Per portal-local day (WIB/WITA/WIT)"}.get(by, f"Per {by}")
    table = Table(title=title)
    for key in keys:  # the group's name is never cut; the share columns give way first
        table.add_column("local day" if key == "published_local_date" else key, no_wrap=True)
    for name in counts:
        table.add_column(name, justify="right", no_wrap=True)
    for name in SHOWN_FIELDS:
        table.add_column(name, justify="right")
    for row in groups:
        table.add_row(
            *((row[k] or "?") for k in keys),
            *(str(row[c]) for c in counts),
            *(_percent(row["fields"][f]) for f in SHOWN_FIELDS),
        )
    return table


def _day(published: str | None) -> str:
    """The portal-local day of a publication time ("-" when unknown)."""
    from newsbot.timezones import local_date

    return local_date(published) if published else "-"


def _when(value: str | None) -> str:
    from newsbot.timezones import shown_time

    return shown_time(value) if value else ""
