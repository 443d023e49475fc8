"""`newsbot search QUERY`: full-text search (SQLite FTS5), best matches first, hits highlighted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from rich.console import Console
from rich.text import Text

from newsbot.cli._common import db_option, fail, fts_option, portal_option, since_until_options
from newsbot.cli._store import article_filter, no_match, open_store


def highlighted(snippet: str) -> Text:
    """Snippet text with the FTS hit markers turned into rich highlighting."""
    from newsbot.store import SNIPPET_MARKS

    start, end = SNIPPET_MARKS
    text = Text()
    for i, part in enumerate(snippet.replace(end, start).split(start)):
        text.append(part, style="bold black on yellow" if i % 2 else "")
    return text


@click.command("search")
@click.argument("query")
@portal_option
@since_until_options
@fts_option
@click.option(
    "--limit", type=click.IntRange(min=1), default=10, show_default=True, help="How many results."
)
@db_option(must_exist=True)
def command(
    query: str,
    portals: tuple[str, ...],
    since: dt.datetime | None,
    until: dt.datetime | None,
    raw: bool,
    limit: int,
    db_path: Path,
) -> None:
    """Search headlines, leads and bodies, best matches first. QUERY is taken literally: every
    word must occur, punctuation is fine (covid-19, Rp38.000, O'Brien). With --fts, QUERY is
    FTS5 syntax, e.g.  newsbot search --fts 'banjir OR "rob" NOT jakarta'."""
    from newsbot.store import FtsQueryError
    from newsbot.timezones import shown_time

    with open_store(db_path, readonly=True) as store:
        chosen = article_filter(store, portals, since, until, query, raw)
        try:
            results = store.search(query, where=chosen, raw=raw, limit=limit)
        except FtsQueryError as exc:
            fail(str(exc))
    console = Console(highlight=False)
    if not results:
        click.echo(no_match("articles", chosen, query))
        return
    for number, hit in enumerate(results, 1):
        title = Text(f"{number}. ", style="bold")
        title.append(hit["headline"] or "(no headline)", style="bold")
        console.print(title)
        when = shown_time(hit["published"]) or "undated"
        meta = Text(f"   {hit['portal'] or '?'} · {when} · {hit['url']}", style="dim")
        console.print(meta, soft_wrap=True)  # a URL is not cut into lines
        console.print(Text("   ") + highlighted(" ".join((hit["snippet"] or "").split())))
