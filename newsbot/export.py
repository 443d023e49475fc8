"""Streaming exports of the store's tables: JSON array, JSON Lines and CSV.

Each writer pulls one row at a time, so exporting a database of any size uses constant memory.
Articles in JSON/JSONL are the stored records (`Article.from_dict` reads them back) plus the
columns the store derives (`published_utc`, `published_local_date`, `first_seen`, `last_seen`).
CSV is for spreadsheets: one flat cell per column — author and tag names joined with "; ",
quotes, images, lists and paragraphs as counts, the dateline as place and outlet — and the
long, rarely wanted columns (paragraphs, hashes, crawl details) left out unless `--columns` names
them. Quotes, links and tags are flat tables, the same in every format.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TextIO

from newsbot.record import ARTICLE_FIELDS
from newsbot.store.rows import FETCH_COLUMNS, JSON_FIELDS

FORMATS = ("json", "jsonl", "csv")
TABLES = ("articles", "quotes", "links", "tags")

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_DERIVED_AFTER_PUBLISHED = ("published_utc", "published_local_date")
_SEEN = ("first_seen", "last_seen")
# Every column an article export can have, in order (the JSON record's keys).
ARTICLE_COLUMNS: tuple[str, ...] = (
    tuple(
        name
        for field in ARTICLE_FIELDS
        for name in ((field, *_DERIVED_AFTER_PUBLISHED) if field == "published" else (field,))
    )
    + FETCH_COLUMNS
    + _SEEN
)
# CSV only: the dateline in two cells.
_DATELINE_PARTS = ("dateline_place", "dateline_outlet")
# Left out of the default CSV (long, or only of use to the crawler); `--columns` brings them back.
_CSV_HIDDEN = frozenset(
    {
        "dateline",
        "paragraphs",
        "published_raw",
        "content_hash",
        "pages",
        "crawled_at",
        "fetched_url",
    }
)

# Columns of the flat tables, in order (see newsbot.store.queries.export_sql).
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "quotes": (
        "id",
        "article_url",
        "position",
        "speaker",
        "speaker_role",
        "text",
        "cue",
        "kind",
        "paragraph",
        "headline",
        "portal",
        "site",
        "published",
        "published_utc",
        "published_local_date",
    ),
    "links": (
        "id",
        "article_url",
        "portal",
        "list",
        "position",
        "title",
        "url",
        "canonical_url",
        "target_article_url",
        "target_portal",
        "target_site",
        "seen_at",
        "seen_local_date",
    ),
    "tags": (
        "tag",
        "article_url",
        "position",
        "portal",
        "site",
        "headline",
        "published",
        "published_local_date",
    ),
}


def available_columns(table: str, fmt: str) -> tuple[str, ...]:
    """Every column `--columns` may name for this table and format."""
    if table != "articles":
        return TABLE_COLUMNS[table]
    if fmt != "csv":
        return ARTICLE_COLUMNS
    at = ARTICLE_COLUMNS.index("dateline") + 1
    return ARTICLE_COLUMNS[:at] + _DATELINE_PARTS + ARTICLE_COLUMNS[at:]


def default_columns(table: str, fmt: str) -> tuple[str, ...]:
    """The columns written without `--columns`: all of them, except for CSV articles (compact,
    the body last so the short columns stay readable in a spreadsheet)."""
    columns = available_columns(table, fmt)
    if table != "articles" or fmt != "csv":
        return columns
    shown = tuple(c for c in columns if c not in _CSV_HIDDEN and c != "body")
    return (*shown, "body")


def article_record(row: dict[str, Any]) -> dict[str, Any]:
    """An `articles` row as the exported record: JSON columns decoded, in ARTICLE_COLUMNS order."""
    record: dict[str, Any] = {}
    for name in ARTICLE_COLUMNS:
        value = row.get(name)
        if name in JSON_FIELDS and isinstance(value, str):
            value = json.loads(value)
        record[name] = value
    return record


def flat_cell(name: str, value: Any) -> Any:
    """One value as a spreadsheet cell: names joined, nested values counted, None empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        if all(isinstance(item, str) for item in value) and name != "paragraphs":
            return "; ".join(value)
        return len(value)
    if isinstance(value, dict):
        if name == "dateline":
            return value.get("raw", "")
        if all(isinstance(item, list) for item in value.values()):
            return sum(len(item) for item in value.values())  # lists: how many links in all
        return len(value)
    return value


def flat_article(record: dict[str, Any]) -> dict[str, Any]:
    """An article record with every cell flat (see `flat_cell`), the dateline also split."""
    flat = {name: flat_cell(name, value) for name, value in record.items()}
    dateline = record.get("dateline") or {}
    flat["dateline_place"] = dateline.get("place", "")
    flat["dateline_outlet"] = dateline.get("outlet", "")
    return flat


def select(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> Iterator[dict[str, Any]]:
    """Rows with only `columns`, in that order."""
    for row in rows:
        yield {name: row.get(name) for name in columns}


def write_json(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON array, one record per line, written as the records arrive."""
    count = 0
    for row in rows:
        out.write("[\n" if count == 0 else ",\n")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("[]\n" if count == 0 else "\n]\n")
    return count


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def excel_safe(cell: str) -> str:
    """Prefix cells a spreadsheet would evaluate as formulas with an apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def write_csv(
    rows: Iterable[dict[str, Any]], out: TextIO, columns: Sequence[str], *, excel: bool = False
) -> int:
    """Header of `columns`, then one row per (flat) row. `excel`: BOM + formula guard.

    Open `out` with newline="" (the csv module writes its own line ends).
    """
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(columns)
    count = 0
    for row in rows:
        cells = []
        for name in columns:
            value = row.get(name)
            cell = "" if value is None else str(value)
            cells.append(excel_safe(cell) if excel and isinstance(value, str) else cell)
        writer.writerow(cells)
        count += 1
    return count


Writer = Callable[[Iterable[dict[str, Any]], TextIO], int]


def writer_for(fmt: str, columns: Sequence[str], *, excel: bool = False) -> Writer:
    """The streaming writer of a format name (json, jsonl, csv) for rows with `columns`."""
    if fmt == "json":
        return write_json
    if fmt == "jsonl":
        return write_jsonl
    if fmt == "csv":
        return lambda rows, out: write_csv(rows, out, columns, excel=excel)
    raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")


def shaped(
    rows: Iterable[dict[str, Any]], table: str, fmt: str, columns: Sequence[str]
) -> Iterator[dict[str, Any]]:
    """Store rows of `table` as the records the format writes, with only `columns`."""
    if table == "articles":
        records: Iterable[dict[str, Any]] = (article_record(row) for row in rows)
        if fmt == "csv":
            records = (flat_article(record) for record in records)
        return select(records, columns)
    return select(rows, columns)
