"""`newsbot stories`: one row per story (versions of one news story across portals), newest first."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from newsbot.cli._common import DATE, db_option
from newsbot.cli._store import open_store


def minutes_label(minutes: int | None) -> str:
    """90 -> '+1h30', 2 days -> '+2d0h': how long after the first version."""
    if minutes is None:
        return "?"
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    if minutes < 60:
        return f"{sign}{minutes}m"
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        return f"{sign}{hours}h{rest:02d}"
    days, hours = divmod(hours, 24)
    return f"{sign}{days}d{hours}h"


@click.command("stories")
@click.option(
    "--since", type=DATE, default=None, help="Only stories first published on or after this date."
)
@click.option("--portal", default=None, help="Only stories this portal ran (e.g. antara).")
@click.option(
    "--min-portals",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Only stories run by at least N portals.",
)
@click.option(
    "--limit", type=click.IntRange(min=1), default=50, show_default=True, help="How many stories."
)
@click.option("--json", "as_json", is_flag=True, help="Print rows as JSON.")
@db_option(must_exist=True)
def command(
    since: dt.datetime | None,
    portal: str | None,
    min_portals: int,
    limit: int,
    as_json: bool,
    db_path: Path,
) -> None:
    """List stories with two or more versions: who ran it first, who followed and how fast.

    Versions are linked when stored (near-duplicate bodies: copies, rewrites); see
    `newsbot story ID` for one story's versions and what each changed.
    """
    from newsbot.store import utc_bound
    from newsbot.store.stories import list_stories

    with open_store(db_path, readonly=True) as store:
        rows = list_stories(
            store.db,
            since_utc=utc_bound(since) if since else None,
            portal=portal,
            min_portals=min_portals,
            limit=limit,
        )
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    if not rows:
        console.print("No stories with two or more versions match.")
        return
    table = Table("id", "first", "headline (first version)", "versions", "then", title="Stories")
    for row in rows:
        then = ", ".join(
            f"{r['portal']} {minutes_label(r['minutes'])}" for r in row["republications"]
        )
        table.add_row(
            str(row["story_id"]),
            f"{row['first_portal']}\n[dim]{(row['first_published'] or '')[:16].replace('T', ' ')}[/dim]",
            row["first_headline"] or "",
            f"{row['members']} ({row['portal_count']} portals)",
            then,
        )
    console.print(table)
