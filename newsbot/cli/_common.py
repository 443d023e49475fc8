"""Options and error handling shared by every `newsbot` command."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import click

from newsbot.timezones import WIB

DEFAULT_DB = Path("data") / "newsbot.db"
DEMO_DB = Path("data") / "demo.db"


def default_db() -> Path:
    """The database a command uses without --db: $NEWSBOT_DB, else data/newsbot.db."""
    return Path(os.environ.get("NEWSBOT_DB") or DEFAULT_DB)


SIDE_SUFFIXES = ("-journal", "-wal", "-shm")


def side_file_of(path: Path) -> Path | None:
    """The database whose journal, WAL or shared-memory file `path` would be, else None."""
    for suffix in SIDE_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            return path.with_name(path.name.removesuffix(suffix))
    return None


class DbPath(click.ParamType):
    """A database path whose folder must exist (we never create folders silently elsewhere).

    `must_exist` (read commands): when the default database does not exist yet but the demo's
    does, the demo's is read, with a note on stderr, so every example works after `newsbot demo`.
    """

    name = "path"

    def __init__(self, must_exist: bool = False) -> None:
        self.must_exist = must_exist

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        path = Path(value)
        if path.is_dir():
            self.fail(f"{path} is a folder, not a database file", param, ctx)
        side = side_file_of(path)
        if side is not None:
            # SQLite would take a database written there for the journal of `side` (and discard
            # it, or that database's own uncommitted pages, the next time either is opened).
            self.fail(
                f"{path} is the name of a SQLite side file (of {side}); give the database file",
                param,
                ctx,
            )
        is_default = (
            ctx is not None
            and param is not None
            and param.name is not None
            and ctx.get_parameter_source(param.name) == click.core.ParameterSource.DEFAULT
        )
        if self.must_exist and not path.exists():
            if is_default and DEMO_DB.is_file() and path != DEMO_DB:
                click.echo(f"(no {path} yet: reading the demo's {DEMO_DB})", err=True)
                return DEMO_DB
            self.fail(
                f"no database at {path} (run `newsbot crawl` or `newsbot demo` first)", param, ctx
            )
        parent = path.parent
        if is_default and not parent.exists():
            parent.mkdir(parents=True, exist_ok=True)
        if not parent.exists():
            self.fail(f"folder {parent} does not exist", param, ctx)
        return path


def db_option(must_exist: bool = False) -> Any:
    return click.option(
        "--db",
        "db_path",
        type=DbPath(must_exist=must_exist),
        default=lambda: str(default_db()),
        show_default="$NEWSBOT_DB or data/newsbot.db"
        + (", else data/demo.db" if must_exist else ""),
        help="SQLite database file.",
    )


class DateParam(click.ParamType):
    """A calendar date or date-time: 2024-03-27, 2024-03-27T06:00+07:00, 27/03/2024, or 'today'/'yesterday'.

    Naive values are taken as WIB (Asia/Jakarta), the zone most of the portals publish in.
    """

    name = "date"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.datetime:
        if isinstance(value, dt.datetime):
            return value
        text = str(value).strip()
        now = dt.datetime.now(WIB)
        if text.lower() in {"today", "hari-ini"}:
            return now.replace(hour=0, minute=0, second=0, microsecond=0)
        if text.lower() in {"yesterday", "kemarin"}:
            return (now - dt.timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
        parsed: dt.datetime | None = None
        try:
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d"):
                try:
                    parsed = dt.datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
        if parsed is None:
            self.fail(f"{text!r} is not a date (use YYYY-MM-DD, e.g. 2024-03-27)", param, ctx)
        try:
            parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=WIB)
            parsed.astimezone(dt.UTC)  # stored dates compare in UTC: it must exist there too
            if param is not None and param.name == "until" and len(text) <= 10:
                from newsbot.store.filters import EndOfDay  # (the CLI starts without the store)

                # A bare date as upper bound means "up to the end of that day".
                end = EndOfDay.combine(parsed.date() + dt.timedelta(days=1), dt.time(0), WIB)
                end.astimezone(dt.UTC)
                return end
        except OverflowError:
            self.fail(f"{text!r} is out of the range of dates (years 1 to 9999 in UTC)", param, ctx)
        return parsed


DATE = DateParam()


def since_until_options(func: Any) -> Any:
    func = click.option(
        "--until",
        type=DATE,
        default=None,
        help="Only articles published before this time; a bare date (WIB) includes that day.",
    )(func)
    return click.option(
        "--since", type=DATE, default=None, help="Only articles published on or after this date."
    )(func)


def portal_option(func: Any) -> Any:
    """--portal NAME, repeatable: a family, a crawl target or a host, in any case."""
    return click.option(
        "--portal",
        "portals",
        multiple=True,
        metavar="NAME",
        help="Only this portal: family (suara), target (suara-lampung) or host"
        " (lampung.suara.com); repeat for several.",
    )(func)


def fts_option(func: Any) -> Any:
    return click.option(
        "--fts",
        "raw",
        is_flag=True,
        help='Read the query as SQLite FTS5 syntax (OR, NOT, "phrase", prefix*, NEAR).',
    )(func)


def fail(message: str, code: int = 1) -> None:
    """Stop with a one-line error on stderr and a non-zero exit code."""
    click.secho(f"Error: {message}", fg="red", err=True)
    raise SystemExit(code)
