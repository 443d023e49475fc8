"""`newsbot serve`: browse and query the database in Datasette, read-only, with descriptions and
canned queries (top speakers, articles per day, a speaker's quotes, most-promoted links)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from newsbot.cli._common import db_option, fail
from newsbot.cli._store import open_store

DATASETTE = Path(__file__).resolve().parents[1] / "datasette"
METADATA = DATASETTE / "metadata.json"


def metadata_for(db_path: Path) -> dict:
    """The bundled metadata with its database section named as Datasette names this file."""
    metadata = json.loads(METADATA.read_text(encoding="utf-8"))
    metadata["databases"] = {db_path.stem: metadata["databases"]["newsbot"]}
    return metadata


@click.command("serve")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8001,
    show_default=True,
    help="Port to listen on.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface (0.0.0.0 exposes it to the network).",
)
@click.option(
    "--immutable",
    is_flag=True,
    help="Treat the file as a frozen snapshot (faster counts; do not use while a crawl is writing).",
)
@db_option(must_exist=True)
def command(port: int, host: str, immutable: bool, db_path: Path) -> None:
    """Serve the database with Datasette (read-only: SQL that writes is refused)."""
    from datasette.cli import cli as datasette_cli

    with open_store(db_path, readonly=True):
        pass  # a clear error for a file that is not newsbot's, or an older schema; nothing changes
    wal = Path(f"{db_path}-wal")
    if immutable and wal.is_file() and wal.stat().st_size:
        fail(
            f"{db_path} has writes not folded in yet (a crawl running?): serve it without --immutable"
        )
    with tempfile.TemporaryDirectory(prefix="newsbot-serve-") as folder:
        metadata_path = Path(folder) / "metadata.json"
        metadata_path.write_text(
            json.dumps(metadata_for(db_path), ensure_ascii=False), encoding="utf-8"
        )
        args = [
            "serve",
            *(["-i"] if immutable else []),
            str(db_path),
            "--metadata",
            str(metadata_path),
            "--plugins-dir",
            str(DATASETTE / "plugins"),
            "--template-dir",
            str(DATASETTE / "templates"),
            "--host",
            host,
            "--port",
            str(port),
            "--setting",
            "sql_time_limit_ms",
            "5000",
            "--setting",
            "truncate_cells_html",
            "300",
            "--setting",
            "suggest_facets",
            "off",
            "--setting",
            "default_facet_size",
            "6",
        ]
        try:
            datasette_cli.main(args=args, prog_name="newsbot serve", standalone_mode=False)
        except click.ClickException as exc:
            fail(exc.format_message())
        except OSError as exc:
            fail(f"cannot serve on {host}:{port}: {exc.strerror or exc}")
