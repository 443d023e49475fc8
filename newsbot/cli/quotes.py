"""`newsbot quotes`: who said what, in which article, newest first (or a ranking of speakers)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from newsbot.cli._common import db_option, since_until_options
from newsbot.cli._store import check_range, open_store


@click.command("quotes")
@click.option(
    "--speaker", default=None, help="Part of the speaker's name, any case (e.g. 'anies')."
)
@click.option("--portal", default=None, help="Only this portal (e.g. suara, kompas).")
@click.option(
    "--kind",
    type=click.Choice(["direct", "indirect"]),
    default=None,
    help="Only direct quotes (in quotation marks) or indirect statements (X mengatakan, …).",
)
@since_until_options
@click.option(
    "--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many rows."
)
@click.option(
    "--top", is_flag=True, help="Rank speakers by number of quotes instead of listing quotes."
)
@click.option("--json", "as_json", is_flag=True, help="Print rows as JSON.")
@db_option(must_exist=True)
def command(
    speaker: str | None,
    portal: str | None,
    kind: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    limit: int,
    top: bool,
    as_json: bool,
    db_path: Path,
) -> None:
    """List quotes with speaker, role and article headline, newest first."""
    from newsbot.store import utc_bound
    from newsbot.store.queries import quotes, top_speakers

    check_range(since, until)
    with open_store(db_path) as store:
        if top:
            rows = top_speakers(store.db, limit=limit, portal=portal)
        else:
            rows = quotes(
                store.db,
                speaker=speaker,
                portal=portal,
                since_utc=utc_bound(since) if since else None,
                until_utc=utc_bound(until) if until else None,
                kind=kind,
                limit=limit,
            )
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    console = Console(highlight=False)
    if not rows:
        console.print(
            "No quotes match."
            if speaker or portal or kind or since or until
            else "No quotes stored."
        )
        return
    if top:
        table = Table(
            "speaker", "quotes", "articles", "portals", "last quoted", title="Top speakers"
        )
        for row in rows:
            table.add_row(
                row["speaker"],
                str(row["quotes"]),
                str(row["articles"]),
                str(row["portals"]),
                (row["last_quoted"] or "")[:10],
            )
    else:
        table = Table("speaker", "quote", "article", "published", title="Quotes")
        for row in rows:
            who = row["speaker"] or "(unattributed)"
            if row["speaker_role"]:
                who += f"\n[dim]{row['speaker_role']}[/dim]"
            table.add_row(
                who,
                row["text"],
                f"{row['headline']}\n[dim]{row['url']}[/dim]",
                (row["published"] or "")[:16],
            )
    console.print(table)
