"""Saved pages in bulk for `newsbot extract`: folders, globs and WARC files, read as a stream.

`pages(sources)` yields one `SavedPage` per HTML page: a file of a folder (recursively) or a
glob, or an HTTP 200 text/html response record of a WARC or WARC.gz file (read with warcio, the
streaming reader the web-archiving tools share; its record's target URI and date become the page's
URL and crawl time). Nothing is held beyond the page being handed out, so an archive of any size
streams in constant memory. `extract_all` runs them through the extraction worker pool.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import glob
import gzip
import io
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsbot.pool import Outcome, WorkerFailed, WorkerPool, extract_page

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
MAX_PAGE_BYTES = 16 * 1024 * 1024


class InputError(ValueError):
    """A source that holds no page (missing, empty folder, unreadable archive)."""


@dataclass
class SavedPage:
    body: bytes
    url: str
    content_type: str | None = None
    crawled_at: dt.datetime | None = None
    label: str = ""  # where it came from, for messages


def is_bulk(source: str) -> bool:
    """A folder, a glob pattern or an archive (as opposed to one saved page or URL)."""
    if source.startswith(("http://", "https://")):
        return False
    return Path(source).is_dir() or glob.has_magic(source) or source.lower().endswith(WARC_SUFFIXES)


def pages(
    sources: Iterable[str], on_skip: Callable[[str], None] | None = None
) -> Iterator[SavedPage]:
    """Every page of every source, in order; `on_skip(why)` hears of records that are no page."""
    for source in sources:
        yield from _source(source, on_skip or (lambda why: None))


def _source(source: str, on_skip: Callable[[str], None]) -> Iterator[SavedPage]:
    path = Path(source)
    if glob.has_magic(source) and not path.exists():
        # (glob.glob: the pattern may be absolute or relative, which Path.glob does not take)
        matches = sorted(glob.glob(source, recursive=True))  # noqa: PTH207
        if not matches:
            raise InputError(f"{source}: no file matches")
        for match in matches:
            yield from _file_or_folder(Path(match), on_skip)
        return
    if not path.exists():
        raise InputError(f"{source}: no such file")
    yield from _file_or_folder(path, on_skip)


def _file_or_folder(path: Path, on_skip: Callable[[str], None]) -> Iterator[SavedPage]:
    if path.is_dir():
        found = sorted(
            p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(_SUFFIXES)
        )
        if not found:
            raise InputError(
                f"{path}: no saved pages ({', '.join(PAGE_SUFFIXES + WARC_SUFFIXES)}) in this folder"
            )
        for file in found:
            yield from _file_or_folder(file, on_skip)
        return
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES) or _looks_like_warc(path):
        yield from warc_pages(path, on_skip)
        return
    data = path.read_bytes()
    if name.endswith(".gz"):
        data = _gunzip(data, path)
    yield SavedPage(data, path.resolve().as_uri(), label=str(path))


_SUFFIXES = PAGE_SUFFIXES + WARC_SUFFIXES


def _looks_like_warc(path: Path) -> bool:
    with path.open("rb") as stream:
        head = stream.read(8)
    return head.startswith(b"WARC/")


def _gunzip(data: bytes, path: Path) -> bytes:
    """A gzipped page, decompressed no further than the page size limit (no gzip bomb)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            return stream.read(MAX_PAGE_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise InputError(f"{path}: not a gzip file: {exc}") from exc


def warc_pages(path: Path, on_skip: Callable[[str], None]) -> Iterator[SavedPage]:
    """The HTML responses of a WARC (or ARC) file, gzipped or not, as saved pages."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as stream:
        try:
            for record in ArchiveIterator(stream, arc2warc=True):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                status = record.http_headers.get_statuscode()
                content_type = record.http_headers.get_header("Content-Type") or ""
                if status != "200" or "html" not in content_type.lower():
                    on_skip(f"HTTP {status} {content_type.split(';')[0] or 'no type'}")
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                body = record.content_stream().read(MAX_PAGE_BYTES + 1)
                yield SavedPage(
                    body,
                    url,
                    content_type,
                    _warc_date(record.rec_headers.get_header("WARC-Date")),
                    label=f"{path} {url}",
                )
        except ArchiveLoadFailed as exc:
            raise InputError(f"{path}: not a readable WARC file: {exc}") from exc


def _warc_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


# ------------------------------------------------------------------ extraction on every core


async def extract_all(
    stream: Iterable[SavedPage], jobs: int, time_limit: float = 30.0
) -> AsyncIterator[tuple[SavedPage, Outcome | WorkerFailed]]:
    """(page, outcome) for every page, in order of completion, `jobs` pages at a time (one
    process each; jobs 1 extracts here). At most 2 x jobs pages are held at once."""
    if jobs <= 1:
        for page in stream:
            yield page, extract_page(page.body, page.url, page.content_type, page.crawled_at)
        return
    pool = WorkerPool(jobs, time_limit=time_limit)
    pool.start()

    async def one(page: SavedPage) -> tuple[SavedPage, Outcome | WorkerFailed]:
        try:
            return page, await pool.extract(page.body, page.url, page.content_type, page.crawled_at)
        except WorkerFailed as exc:
            return page, exc

    pending: set[asyncio.Task[tuple[SavedPage, Outcome | WorkerFailed]]] = set()
    try:
        for page in stream:
            pending.add(asyncio.create_task(one(page)))
            if len(pending) >= 2 * jobs:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    yield task.result()
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                yield task.result()
    finally:
        for task in pending:
            task.cancel()
        pool.close()
