"""`newsbot export`: stream a table (articles, quotes, links, tags) as JSON, JSON Lines or CSV."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import io
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

import click

from newsbot.cli._common import db_option, fail, fts_option, portal_option, since_until_options
from newsbot.cli._store import article_filter, open_store, primed


def _refuse_unsafe_output(output: Path, db_path: Path, force: bool) -> None:
    if output.is_dir():
        fail(f"{output} is a folder; give a file name")
    if not output.parent.exists():
        fail(f"folder {output.parent} does not exist")
    database_files = {
        db_path.resolve(),
        *(Path(f"{db_path.resolve()}{s}") for s in ("-wal", "-shm", "-journal")),
    }
    if output.resolve() in database_files:
        fail(f"{output} is the database itself; choose another output file")
    if output.exists() and not force:
        fail(f"{output} already exists (use --force to overwrite it)")


@click.command("export")
@click.option(
    "--table",
    type=click.Choice(["articles", "quotes", "links", "tags"]),
    default="articles",
    show_default=True,
    help="What to export: articles, quotes (with their article), link-list entries, or"
    " article-tag pairs.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv"]),
    default="json",
    show_default=True,
    help="JSON array, one JSON object per line, or CSV (flat cells for spreadsheets).",
)
@click.option(
    "--columns",
    default=None,
    metavar="A,B,…",
    help="Only these columns, in this order (an unknown name lists the available ones).",
)
@portal_option
@since_until_options
@click.option(
    "--query",
    "-q",
    default=None,
    help="Only rows of articles matching these words (for --table quotes: quotes matching them).",
)
@fts_option
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
    table: str,
    fmt: str,
    columns: str | None,
    portals: tuple[str, ...],
    since: dt.datetime | None,
    until: dt.datetime | None,
    query: str | None,
    raw: bool,
    output: Path | None,
    force: bool,
    excel: bool,
    db_path: Path,
) -> None:
    """Export a table, oldest first, streaming (constant memory on any database size)."""
    from newsbot.export import shaped, writer_for
    from newsbot.store import FtsQueryError
    from newsbot.store.queries import export_sql

    if excel and fmt != "csv":
        fail("--excel only applies to --format csv")
    chosen_columns = _columns(columns, table, fmt)
    if output is not None:
        try:
            _refuse_unsafe_output(output, db_path, force)
        except OSError as exc:  # a name too long for the file system, a path through a file
            fail(f"cannot write {output}: {exc.strerror or exc}")
    write = writer_for(fmt, chosen_columns, excel=excel)
    with open_store(db_path, readonly=True) as store:
        # --query filters the articles; for --table quotes it searches the quotes themselves
        quote_search = query if table == "quotes" else None
        chosen = article_filter(store, portals, since, until, query, raw)
        where = dataclasses.replace(chosen, query=None) if quote_search is not None else chosen
        sql, params = export_sql(table, where, search=quote_search, raw=raw)
        errors_of = chosen  # whose query a full-text error is about
        try:
            rows = primed(
                shaped(store.iter_rows(sql, params, errors_of), table, fmt, chosen_columns)
            )
        except FtsQueryError as exc:
            fail(str(exc))
        if output is None:
            _to_stdout(write, rows)
            return
        tmp = output.with_name(f".{output.name}.{os.getpid()}.partial")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as out:
                count = write(rows, out)
            tmp.replace(output)  # atomic: an interrupted export never leaves half a file
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
    click.echo(f"Exported {count} {table if count != 1 else table[:-1]} to {output}", err=True)


def _columns(given: str | None, table: str, fmt: str) -> tuple[str, ...]:
    """--columns as a tuple, checked against what the table has in this format."""
    from newsbot.export import available_columns, default_columns

    if given is None:
        return default_columns(table, fmt)
    names = tuple(name.strip() for name in given.split(",") if name.strip())
    known = available_columns(table, fmt)
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        fail(
            f"no column {', '.join(unknown) or '(none given)'} in {table} ({fmt}); "
            f"available: {', '.join(known)}"
        )
    return names


def _to_stdout(
    write: Callable[[Iterable[dict[str, Any]], TextIO], int], rows: Iterable[dict[str, Any]]
) -> None:
    binary = sys.stdout.buffer
    out = io.TextIOWrapper(binary, encoding="utf-8", newline="")
    try:
        write(rows, out)
        out.flush()
    except BrokenPipeError:  # `newsbot export | head`: the reader has all it wanted
        with contextlib.suppress(Exception):
            os.dup2(os.open(os.devnull, os.O_WRONLY), binary.fileno())
    finally:
        with contextlib.suppress(ValueError):
            out.detach()
