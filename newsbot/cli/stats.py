"""`newsbot stats`: what the database holds per portal, how complete it is, and recent crawls."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from newsbot.cli._common import db_option
from newsbot.cli._store import open_store

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
    "--runs",
    "run_limit",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Recent crawl runs to show.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON (for scripts).")
@db_option(must_exist=True)
def command(run_limit: int, as_json: bool, db_path: Path) -> None:
    """Per portal: articles, date range, share of fields present, last crawl; then recent crawl runs."""
    from newsbot.store.queries import portal_stats

    with open_store(db_path) as store:
        portals = portal_stats(store.db)
        runs = store.runs(limit=run_limit)
        totals = {t: store.count(t) for t in ("articles", "quotes", "links", "tags")}
    if as_json:
        click.echo(
            json.dumps(
                {"totals": totals, "portals": portals, "runs": runs}, ensure_ascii=False, indent=2
            )
        )
        return
    console = Console(highlight=False)
    console.print(
        f"{db_path}: {totals['articles']} articles, {totals['quotes']} quotes, "
        f"{totals['links']} list links, {totals['tags']} tags"
    )
    table = Table(
        "portal", "articles", "first published", "last published", "last crawl", title="Per portal"
    )
    fields = Table("portal", *SHOWN_FIELDS, title="Share of articles with each field")
    for row in portals:
        name = row["portal"] or "?"
        table.add_row(
            name,
            str(row["articles"]),
            (row["first_published"] or "-")[:10],
            (row["last_published"] or "-")[:10],
            (row["last_crawl"] or "-")[:10],
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
            (run["started_at"] or "")[:19],
            (run["finished_at"] or "unfinished")[:19],
            counts,
            str(len(run["warnings"] or [])),
        )
    console.print(recent)
