"""`newsbot extract`: one record per saved page, URL or text dump, printed as JSON — no database."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import click

from newsbot.cli._common import fail

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
def command(sources: tuple[str, ...], page_url: str | None, as_text: bool, fmt: str) -> None:
    """Extract the article record from saved pages, URLs, or (--text) page-text dumps."""
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
