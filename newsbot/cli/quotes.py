"""`newsbot quotes`: who said what, in which article, newest first (or a ranking of speakers)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from newsbot.cli._common import db_option, fail, fts_option, portal_option, since_until_options
from newsbot.cli._store import article_filter, no_match, open_store


@click.command("quotes")
@click.option(
    "--speaker", default=None, help="Part of the speaker's name, any case (e.g. 'anies')."
)
@click.option(
    "--search",
    "-q",
    "search",
    default=None,
    help="Only quotes whose text, speaker or role has these words (full-text, literal).",
)
@fts_option
@portal_option
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
    "--top",
    is_flag=True,
    help="Rank speakers by number of quotes instead of listing quotes (every filter applies).",
)
@click.option("--json", "as_json", is_flag=True, help="Print rows as JSON.")
@db_option(must_exist=True)
def command(
    speaker: str | None,
    search: str | None,
    raw: bool,
    portals: tuple[str, ...],
    kind: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    limit: int,
    top: bool,
    as_json: bool,
    db_path: Path,
) -> None:
    """List quotes with speaker, role and article headline, newest first."""
    from newsbot.store import FtsQueryError
    from newsbot.store.queries import quotes, top_speakers
    from newsbot.timezones import shown_time

    extra = [(flag, value) for flag, value in (("--speaker", speaker), ("--kind", kind)) if value]
    with open_store(db_path, readonly=True) as store:
        chosen = article_filter(store, portals, since, until, extra=extra)
        query = top_speakers if top else quotes
        try:
            rows = query(
                store.db,
                where=chosen,
                speaker=speaker,
                search=search,
                raw=raw,
                kind=kind,
                limit=limit,
            )
        except FtsQueryError as exc:
            fail(str(exc))
        stored = bool(rows) or store.count("quotes") > 0
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(no_match("quotes", chosen, search) if stored else "No quotes stored.")
        return
    console = Console(highlight=False)
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
                shown_time(row["last_quoted"]),
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
                shown_time(row["published"]),
            )
    console.print(table)
