"""`newsbot …`: one module per command in this package, each exposing `command` (a click command)."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

from newsbot import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
