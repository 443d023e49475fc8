"""`newsbot extract`: records from saved pages, URLs, text dumps, folders, globs or WARC archives.

One page or a few: printed as JSON (or JSONL). Folders, globs and WARC/WARC.gz files stream through
the extraction worker pool on all cores (`--jobs`), with a progress bar on a terminal, as JSONL
on stdout or (`--db`) into the database, and a last line with the pages per second.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import click

from newsbot.cli._common import DbPath, fail

FETCH_LIMIT = 16 * 1024 * 1024


@click.command("extract")
@click.argument("sources", nargs=-1, required=True, metavar="FILE_OR_URL...")
@click.option("--url", "page_url", default=None, help="The page's URL when SOURCE is a saved file.")
@click.option(
    "--text", "as_text", is_flag=True, help="SOURCE is the visible text of a page, not HTML."
)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Processes extracting at once (default: all cores). Folders, globs and archives.",
)
@click.option(
    "--db",
    "db_path",
    type=DbPath(),
    default=None,
    help="Store the records in this database instead of printing them.",
)
def command(
    sources: tuple[str, ...],
    page_url: str | None,
    as_text: bool,
    fmt: str,
    jobs: int | None,
    db_path: Path | None,
) -> None:
    """Extract the article record from saved pages, URLs, (--text) page-text dumps, or every page
    of folders, glob patterns and WARC/WARC.gz archives."""
    from newsbot.archives import is_bulk

    if not as_text and (jobs or db_path or any(is_bulk(source) for source in sources)):
        _bulk(sources, jobs, db_path)
        return
    from newsbot.extract import ExtractionError, extract_article, extract_text

    records: list[dict[str, Any]] = []
    failures = 0
    for source in sources:
        try:
            data, content_type, url = _read(source, page_url)
            if as_text:
                text = data.decode("utf-8", errors="replace")
                article = extract_text(text, url if page_url or _is_url(source) else None)
            else:
                article = extract_article(data, url, content_type)
        except (OSError, urllib.error.URLError, ValueError) as exc:
            failures += 1
            click.secho(f"Error: {source}: {_reason(exc)}", fg="red", err=True)
            continue
        except ExtractionError as exc:
            failures += 1
            click.secho(f"Error: {source}: {exc.label}: {exc}", fg="red", err=True)
            continue
        except Exception as exc:  # noqa: BLE001 - an extraction bug: this input fails, the rest run
            failures += 1
            click.secho(f"Error: {source}: extraction failed: {exc!r}"[:500], fg="red", err=True)
            continue
        records.append(article.to_dict())
    if fmt == "jsonl":
        for record in records:
            click.echo(json.dumps(record, ensure_ascii=False))
    elif records:
        payload: Any = records[0] if len(sources) == 1 else records
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    if failures:
        fail(f"{failures} of {len(sources)} input(s) gave no record", code=1)


def _bulk(sources: tuple[str, ...], jobs: int | None, db_path: Path | None) -> None:
    """Every page of the sources through the worker pool: JSONL on stdout, or into `db_path`."""
    import asyncio
    import contextlib
    import datetime as dt
    import os
    import sys
    import time
    from collections import Counter

    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from newsbot.archives import InputError, SavedPage, extract_all, pages
    from newsbot.cli._store import open_store

    jobs = jobs or len(os.sched_getaffinity(0))
    counts: Counter[str] = Counter()
    console = Console(stderr=True)

    def skipped(why: str) -> None:
        counts["records skipped"] += 1

    def stream() -> Any:
        for source in sources:
            if not is_bulk_source(source):
                try:
                    data, content_type, url = _read(source, None)
                except (OSError, urllib.error.URLError, ValueError) as exc:
                    click.secho(f"Error: {source}: {_reason(exc)}", fg="red", err=True)
                    counts["unreadable"] += 1
                    continue
                yield SavedPage(data, url, content_type, label=source)
                continue
            try:
                yield from pages([source], skipped)
            except (InputError, OSError) as exc:
                click.secho(f"Error: {exc}", fg="red", err=True)
                counts["unreadable"] += 1

    resources = contextlib.ExitStack()
    store = resources.enter_context(open_store(db_path)) if db_path else None
    batch: list[tuple[Any, str, str]] = []
    started = time.monotonic()
    progress = Progress(
        TextColumn("extracting"),
        BarColumn(bar_width=None),
        TextColumn(
            "{task.completed:,} pages · {task.fields[rate]:.0f}/s · {task.fields[ok]:,} records"
        ),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )

    async def run() -> None:
        task = progress.add_task("extract", total=None, rate=0.0, ok=0)
        async for page, outcome in extract_all(stream(), jobs):
            counts["pages"] += 1
            if isinstance(outcome, Exception) or outcome.article is None:
                if isinstance(outcome, Exception):
                    reason, why = outcome.reason, str(outcome)
                elif outcome.error is not None:
                    reason, why = outcome.error.reason, str(outcome.error)
                else:
                    reason, why = "extraction_error", outcome.bug.strip().splitlines()[-1]
                counts[reason] += 1
                if reason not in {"not_article", "unreadable"}:
                    progress.console.print(f"Error: {page.label}: {why}", style="red", markup=False)
            else:
                counts["records"] += 1
                article = outcome.article
                if store is not None:
                    seen = (page.crawled_at or dt.datetime.now(dt.UTC)).isoformat(
                        timespec="seconds"
                    )
                    batch.append((article, page.url, seen))
                    if len(batch) >= 200:
                        store.save_many(batch)
                        batch.clear()
                else:
                    sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            elapsed = max(1e-6, time.monotonic() - started)
            progress.update(
                task,
                completed=counts["pages"],
                rate=counts["pages"] / elapsed,
                ok=counts["records"],
            )

    try:
        with progress:
            asyncio.run(run())
        if store is not None and batch:
            store.save_many(batch)
    finally:
        resources.close()
    elapsed = time.monotonic() - started
    detail = ", ".join(
        f"{counts[k]:,} {k.replace('_', ' ')}"
        for k in sorted(counts)
        if k not in {"pages", "records"}
    )
    where = f" into {db_path}" if db_path else ""
    click.echo(
        f"{counts['pages']:,} pages, {counts['records']:,} records{where}"
        + (f" ({detail})" if detail else "")
        + f" in {elapsed:.1f} s: {counts['pages'] / max(elapsed, 1e-6):.1f} pages/s on {jobs} job(s)",
        err=True,
    )
    if not counts["records"] and (counts["pages"] or counts["unreadable"]):
        fail("no record extracted", code=1)


def is_bulk_source(source: str) -> bool:
    from newsbot.archives import is_bulk

    return is_bulk(source)


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _read(source: str, page_url: str | None) -> tuple[bytes, str | None, str]:
    if _is_url(source):
        request = urllib.request.Request(source, headers={"User-Agent": "newsbot-extract"})
        with urllib.request.urlopen(request, timeout=30) as response:
            data = response.read(FETCH_LIMIT + 1)
            if len(data) > FETCH_LIMIT:
                raise ValueError("page larger than 16 MiB")
            return data, response.headers.get("Content-Type"), page_url or response.geturl()
    path = Path(source)
    if path.is_dir():
        raise ValueError("is a folder, not a file")
    with path.open("rb") as file:  # a 10 GB file is refused, not read into memory
        data = file.read(FETCH_LIMIT + 1)
    if len(data) > FETCH_LIMIT:
        raise ValueError("file larger than 16 MiB")
    return data, None, page_url or path.resolve().as_uri()


def _reason(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        return f"cannot fetch: {exc.reason}"
    return str(exc) or exc.__class__.__name__
