"""`newsbot demo`: the whole pipeline offline — a local demo site, a real crawl, a summary and one record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.syntax import Syntax

from newsbot.cli._common import DEMO_DB, DbPath, default_db
from newsbot.cli._store import open_store
from newsbot.cli.story import print_story
from newsbot.record import Article

DEMO_PORT = 8765
# The crawl of a loopback site needs no politeness delay; everything else is the production setup.
DEMO_SETTINGS = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "RETRY_TIMES": 1,
    "DOWNLOAD_TIMEOUT": 10,
}


def _preview(article: Article) -> dict[str, Any]:
    """One record, trimmed to fit a terminal: long lists become counts, the body its first paragraphs."""
    record = article.to_dict()
    record["body"] = "\n\n".join(article.paragraphs[:2]) + (
        "\n\n…" if len(article.paragraphs) > 2 else ""
    )
    record["paragraphs"] = f"{len(article.paragraphs)} paragraphs"
    record["lists"] = {key: f"{len(links)} links" for key, links in article.lists.items()}
    return record


def _story_of(store: Any, url: str) -> dict[str, Any] | None:
    from newsbot.store.stories import story_detail

    found = store.db.execute(
        "SELECT story_id FROM story_members WHERE article_url = ?", [url]
    ).fetchone()
    return story_detail(store.db, found[0]) if found else None


@click.command("demo")
@click.option(
    "--db",
    "db_path",
    type=DbPath(),
    default=str(DEMO_DB),
    show_default=True,
    help="SQLite database file.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEMO_PORT,
    show_default=True,
    help="Port of the demo site; a stable port keeps its URLs, so a second run skips what it stored (0: any).",
)
def command(db_path: Path, port: int) -> None:
    """Serve the bundled demo site on 127.0.0.1, crawl it into the database, show what was stored."""
    from newsbot.cli._display import live_progress, summary_table
    from newsbot.crawl import run_crawl
    from newsbot.demo.server import serve_demo
    from newsbot.store import Store

    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open_store(db_path):  # create or upgrade it now: a bad file is one line, not a traceback
        pass
    console = Console()
    try:
        server = serve_demo(port)
    except OSError as exc:
        console.print(f"Port {port} is busy ({exc.strerror}); serving the demo on another port.")
        server = serve_demo(0)
    with server:
        console.print(f"Demo site at {server.url} (offline, served by this process)")
        with live_progress(console, "demo site") as on_progress:
            result = run_crawl(
                f"{server.url}/", db_path=db_path, overrides=DEMO_SETTINGS, on_progress=on_progress
            )
    console.print(summary_table("demo site", result, db_path))
    with Store(db_path) as store:
        total = store.count()
        portals = store.db.execute(
            "select portal, count(*) from articles group by portal order by 2 desc"
        ).fetchall()
        sample = next(iter(store.iter_articles(query="Wahdi")), None) or next(
            iter(store.iter_articles()), None
        )
        story = _story_of(store, sample.url) if sample is not None else None
    console.print(
        f"{total} articles in {db_path}: " + ", ".join(f"{p or '?'} {n}" for p, n in portals)
    )
    if sample is not None:
        console.print(
            Syntax(
                json.dumps(_preview(sample), ensure_ascii=False, indent=2), "json", word_wrap=True
            )
        )
    # Read commands fall back to data/demo.db while there is no default database (or --db).
    reads_it = db_path == DEMO_DB and not default_db().exists()
    db = "" if reads_it else f" --db {db_path}"
    if story is not None and len(story["members"]) > 1:
        console.print(
            f"\nThe same story on {len(story['portals'])} portals"
            f" (newsbot story {story['story_id']}{db}):"
        )
        print_story(console, story, phrases=1)
    console.print(
        f"Next: newsbot search{db} UMKM · newsbot stories{db} · newsbot quotes{db} --top"
        f" · newsbot stats{db} --by day · newsbot export{db} --format csv -o articles.csv"
        f" · newsbot serve{db}",
        soft_wrap=True,
    )
