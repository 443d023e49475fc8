"""`newsbot ingest --redis URL`: the one writer of a distributed crawl, Redis items list -> SQLite."""

from __future__ import annotations

from pathlib import Path

import click

from newsbot.cli._common import db_option, fail
from newsbot.cli._store import open_store


@click.command("ingest")
@click.option("--redis", "redis_url", required=True, metavar="URL", help="redis://HOST:PORT/DB")
@click.option(
    "--batch",
    type=click.IntRange(min=1),
    default=200,
    show_default=True,
    help="Records written per SQLite transaction.",
)
@click.option(
    "--drain",
    is_flag=True,
    help="Stop once nothing is queued and no worker is alive (else run until interrupted).",
)
@db_option()
def command(redis_url: str, batch: int, drain: bool, db_path: Path) -> None:
    """Write the records that `newsbot crawl TARGET --redis URL` workers queue into the database.

    Run exactly one per database. Records are upserts, so a writer killed mid-batch and started
    again writes that batch again and nothing doubles; it also tells the workers, through Redis,
    which URLs the database already holds.
    """
    from newsbot.distributed import DistributedError, Writer, connect

    try:
        server = connect(redis_url)
    except DistributedError as exc:
        fail(str(exc))
        return
    with open_store(db_path) as store:
        writer = Writer(server, store, batch=batch)
        try:
            counts = writer.run(drain=drain)
        except KeyboardInterrupt:
            counts = writer.counts
    stored = sum(counts[k] for k in ("inserted", "updated", "unchanged"))
    click.echo(
        f"wrote {stored} records (new {counts['inserted']}, changed {counts['updated']},"
        f" unchanged {counts['unchanged']}) and {counts['runs']} worker run summaries to {db_path}",
        err=True,
    )
