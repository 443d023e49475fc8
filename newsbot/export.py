"""Streaming writers for exported articles: JSON array, JSON Lines and CSV.

Each writer pulls one article at a time, so exporting a database of any size uses constant memory.
JSON and JSONL carry the records exactly (`Article.from_dict` gives them back); CSV has one column
per field, nested fields (lists, quotes, dateline, …) as JSON text in their cells.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from newsbot.record import ARTICLE_FIELDS, Article

FORMATS = ("json", "jsonl", "csv")

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NESTED = frozenset(
    f.name
    for f in dataclasses.fields(Article)
    if f.default_factory is not dataclasses.MISSING or f.name == "dateline"
)
_INTEGER = frozenset(f.name for f in dataclasses.fields(Article) if f.type in ("int", int))


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_json(articles: Iterable[Article], out: TextIO) -> int:
    """One JSON array, one record per line, written as the records arrive."""
    count = 0
    for article in articles:
        out.write("[\n" if count == 0 else ",\n")
        out.write(json.dumps(article.to_dict(), ensure_ascii=False))
        count += 1
    out.write("[]\n" if count == 0 else "\n]\n")
    return count


def write_jsonl(articles: Iterable[Article], out: TextIO) -> int:
    count = 0
    for article in articles:
        out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def excel_safe(cell: str) -> str:
    """Prefix cells a spreadsheet would evaluate as formulas with an apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def csv_row(article: Article, excel: bool = False) -> list[str]:
    row = []
    for name in ARTICLE_FIELDS:
        value = getattr(article, name)
        cell = _json(value) if name in _NESTED else str(value)
        row.append(excel_safe(cell) if excel else cell)
    return row


def write_csv(articles: Iterable[Article], out: TextIO, *, excel: bool = False) -> int:
    """Header of Article field names, then one row per article. `excel`: BOM + formula guard.

    Open `out` with newline="" (the csv module writes its own line ends).
    """
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(ARTICLE_FIELDS)
    count = 0
    for article in articles:
        writer.writerow(csv_row(article, excel))
        count += 1
    return count


def read_csv(lines: Iterable[str]) -> Iterator[Article]:
    """Articles back from a CSV written by `write_csv` (without the Excel option)."""
    reader = csv.DictReader(line.removeprefix("\ufeff") for line in lines)
    for row in reader:
        data: dict[str, Any] = {}
        for name, cell in row.items():
            if name in _NESTED:
                data[name] = json.loads(cell) if cell else None
            elif name in _INTEGER:
                data[name] = int(cell) if cell else 0
            else:
                data[name] = cell
        yield Article.from_dict(data)


def writer_for(fmt: str, *, excel: bool = False) -> Callable[[Iterable[Article], TextIO], int]:
    """The streaming writer of a format name (json, jsonl, csv)."""
    if fmt == "json":
        return write_json
    if fmt == "jsonl":
        return write_jsonl
    if fmt == "csv":
        return lambda articles, out: write_csv(articles, out, excel=excel)
    raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
