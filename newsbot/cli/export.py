"""`newsbot export`: stream stored articles as JSON, JSON Lines or CSV to a file or stdout."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TextIO

import click

from newsbot.cli._common import db_option, fail, since_until_options
from newsbot.cli._store import check_range, open_store, primed
from newsbot.record import Article


def _refuse_unsafe_output(output: Path, db_path: Path, force: bool) -> None:
    if output.is_dir():
        fail(f"{output} is a folder; give a file name")
    if not output.parent.exists():
        fail(f"folder {output.parent} does not exist")
    database_files = {
        db_path.resolve(),
        *(Path(f"{db_path.resolve()}{s}") for s in ("-wal", "-shm")),
    }
    if output.resolve() in database_files:
        fail(f"{output} is the database itself; choose another output file")
    if output.exists() and not force:
        fail(f"{output} already exists (use --force to overwrite it)")


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv"]),
    default="json",
    show_default=True,
    help="JSON array, one JSON object per line, or CSV (nested fields as JSON).",
)
@click.option("--portal", default=None, help="Only this portal (e.g. suara, kompas).")
@since_until_options
@click.option("--query", "-q", default=None, help="Only articles matching this full-text query.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Write to this file instead of standard output.",
)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
@click.option(
    "--excel",
    is_flag=True,
    help="CSV for spreadsheets: UTF-8 BOM, and cells starting with = + - @ prefixed with '.",
)
@db_option(must_exist=True)
def command(
    fmt: str,
    portal: str | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    query: str | None,
    output: Path | None,
    force: bool,
    excel: bool,
    db_path: Path,
) -> None:
    """Export stored articles, oldest first, streaming (constant memory on any database size)."""
    from newsbot.export import writer_for
    from newsbot.store import FtsQueryError

    check_range(since, until)
    if excel and fmt != "csv":
        fail("--excel only applies to --format csv")
    if output is not None:
        _refuse_unsafe_output(output, db_path, force)
    write = writer_for(fmt, excel=excel)
    with open_store(db_path) as store:
        try:
            articles = primed(
                store.iter_articles(portal=portal, since=since, until=until, query=query)
            )
        except FtsQueryError as exc:
            fail(str(exc))
        if output is None:
            _to_stdout(write, articles)
            return
        tmp = output.with_name(f".{output.name}.{os.getpid()}.partial")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as out:
                count = write(articles, out)
            tmp.replace(output)  # atomic: an interrupted export never leaves half a file
        finally:
            tmp.unlink(missing_ok=True)
    click.echo(f"Exported {count} articles to {output}", err=True)


def _to_stdout(
    write: Callable[[Iterable[Article], TextIO], int], articles: Iterable[Article]
) -> None:
    binary = sys.stdout.buffer
    out = io.TextIOWrapper(binary, encoding="utf-8", newline="")
    try:
        write(articles, out)
        out.flush()
    except BrokenPipeError:  # `newsbot export | head`: the reader has all it wanted
        with contextlib.suppress(Exception):
            os.dup2(os.open(os.devnull, os.O_WRONLY), binary.fileno())
    finally:
        with contextlib.suppress(ValueError):
            out.detach()
