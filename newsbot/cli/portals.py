"""`newsbot portals`: the portal sites newsbot knows, by crawl target name."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table


@click.command("portals")
@click.option("--family", default=None, help="Only this portal family (suara, kompas, tribun, …).")
def command(family: str | None) -> None:
    """List crawl targets: portal family, site name and host, discovery sources."""
    from newsbot.portals import all_sites

    table = Table("target", "family", "host", "discovery")
    for portal, site in all_sites():
        if family and portal.name != family:
            continue
        kinds = sorted({source.kind for source in site.sources})
        table.add_row(site.name, portal.name, site.host, ", ".join(kinds))
    Console().print(table)
