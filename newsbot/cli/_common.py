"""Options and error handling shared by every `newsbot` command."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from newsbot.timezones import WIB

DEFAULT_DB = Path("data") / "newsbot.db"


class DbPath(click.ParamType):
    """A database path whose folder must exist (we never create folders silently elsewhere)."""

    name = "path"

    def __init__(self, must_exist: bool = False) -> None:
        self.must_exist = must_exist

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Path:
        path = Path(value)
        if path.is_dir():
            self.fail(f"{path} is a folder, not a database file", param, ctx)
        if self.must_exist and not path.exists():
            self.fail(
                f"no database at {path} (run `newsbot crawl` or `newsbot demo` first)", param, ctx
            )
        parent = path.parent
        if path == DEFAULT_DB and not parent.exists():
            parent.mkdir(parents=True, exist_ok=True)
        if not parent.exists():
            self.fail(f"folder {parent} does not exist", param, ctx)
        return path


def db_option(must_exist: bool = False) -> Any:
    return click.option(
        "--db",
        "db_path",
        type=DbPath(must_exist=must_exist),
        default=str(DEFAULT_DB),
        show_default=True,
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
        if param is not None and param.name == "until" and len(text) <= 10:
            # A bare date as upper bound means "up to the end of that day".
            parsed += dt.timedelta(days=1, microseconds=-1)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=WIB)


DATE = DateParam()


def since_until_options(func: Any) -> Any:
    func = click.option(
        "--until",
        type=DATE,
        default=None,
        help="Only articles published up to this date (a bare date includes the whole day).",
    )(func)
    return click.option(
        "--since", type=DATE, default=None, help="Only articles published on or after this date."
    )(func)


def fail(message: str, code: int = 1) -> None:
    """Stop with a one-line error on stderr and a non-zero exit code."""
    click.secho(f"Error: {message}", fg="red", err=True)
    raise SystemExit(code)
