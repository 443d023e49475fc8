"""`newsbot migrate`: upgrade a database written by an older newsbot to the current schema.

Read commands never change a database, so they refuse an older schema and name this command;
writing commands (crawl, demo) upgrade it themselves.
"""

from __future__ import annotations

from pathlib import Path

import click

from newsbot.cli._common import db_option, fail


@click.command("migrate")
@db_option(must_exist=True)
def command(db_path: Path) -> None:
    """Apply the schema migrations the database lacks (a no-op when it is up to date)."""
    from newsbot.store import Store, StoreError
    from newsbot.store.schema import MIGRATIONS

    try:
        with Store(db_path, readonly=True) as store:
            latest = MIGRATIONS.applied(store.db)[-1].name
        click.echo(f"{db_path} is up to date (schema at {latest}).")
        return
    except StoreError as exc:
        if "older newsbot schema" not in str(exc):
            fail(str(exc))
    try:
        with Store(db_path) as store:
            latest = MIGRATIONS.applied(store.db)[-1].name
    except StoreError as exc:
        fail(str(exc))
    click.echo(f"{db_path} upgraded (schema now at {latest}).")
