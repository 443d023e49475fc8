"""`newsbot search QUERY`: full-text search (SQLite FTS5), best matches first, hits highlighted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
from rich.console import Console
from rich.text import Text

from newsbot.cli._common import db_option, fail, since_until_options
from newsbot.cli._store import check_range, open_store


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
@click.option("--portal", default=None, help="Only this portal (e.g. suara, kompas).")
@since_until_options
@click.option(
    "--limit", type=click.IntRange(min=1), default=10, show_default=True, help="How many results."
)
@db_option(must_exist=True)
def command(
    query: str,
    portal: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    limit: int,
    db_path: Path,
) -> None:
    """Search headlines, leads and bodies. QUERY uses SQLite FTS5 syntax: words (all must match),
    "exact phrase", OR, NOT, prefix*, e.g.  newsbot search 'banjir OR "rob" NOT jakarta'."""
    from newsbot.store import FtsQueryError

    check_range(since, until)
    if not query.strip():
        fail("the search query is empty")
    with open_store(db_path) as store:
        try:
            results = store.search(query, portal=portal, since=since, until=until, limit=limit)
        except FtsQueryError as exc:
            fail(str(exc))
    console = Console(highlight=False)
    if not results:
        console.print(f"No articles match {query!r}.")
        return
    for number, hit in enumerate(results, 1):
        title = Text(f"{number}. ", style="bold")
        title.append(hit["headline"] or "(no headline)", style="bold")
        console.print(title)
        console.print(
            Text(
                f"   {hit['portal'] or '?'} · {hit['published'] or 'undated'} · {hit['url']}",
                style="dim",
            )
        )
        console.print(Text("   ") + highlighted(" ".join((hit["snippet"] or "").split())))
