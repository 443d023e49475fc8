"""`newsbot …`: one module per command in this package, each exposing `command` (a click command)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from typing import Any

import click

from newsbot import __version__


class _Group(click.Group):
    """The command group: an unexpected error is one line on stderr and exit code 1.

    Every command reports the errors it expects itself; this is the net for the rest (a bug, a
    limit of SQLite or of the file system), so no input ends in a traceback. NEWSBOT_DEBUG=1 shows
    the traceback instead.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.secho("Error: interrupted", fg="red", err=True)
            ctx.exit(130)
        except Exception as exc:
            if os.environ.get("NEWSBOT_DEBUG"):
                raise
            message = " ".join(str(exc).split())[:300] or type(exc).__name__
            click.secho(f"Error: {message} ({type(exc).__name__})", fg="red", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsbot")
def cli() -> None:
    """Crawl Indonesian news portals into a SQLite database of clean, structured articles."""


def _register() -> None:
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        command = getattr(module, "command", None)
        if isinstance(command, click.Command):
            cli.add_command(command)


_register()


def main() -> None:
    """Console entry point: click turns usage errors into one line and exit code 2."""
    sys.exit(cli.main(standalone_mode=True))
