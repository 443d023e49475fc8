"""Article <-> `articles` row conversion: nested fields as JSON text, read back exactly."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from newsbot.record import Article
from newsbot.store.schema import JSON_COLUMNS, utc_sortable
from newsbot.timezones import local_date

# Article fields kept as JSON text: the known nested ones plus any list/dict field added later.
JSON_FIELDS = frozenset(JSON_COLUMNS) | {
    f.name for f in dataclasses.fields(Article) if f.default_factory is not dataclasses.MISSING
}

# Columns the store derives itself; they are not Article fields (exports add them by name).
DERIVED_COLUMNS = ("published_utc", "published_local_date", "first_seen", "last_seen")
# Columns the store fills beside the record's fields: how the crawl fetched it (record.Fetch).
# (`all_pages_url` and `next_page_url`, in the table since m001, are crawl transport and stay empty.)
FETCH_COLUMNS = ("pages", "fetched_url")


# json.dumps with these options builds a new encoder at every call; this one gives the same text.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(value: Any) -> str:
    return _ENCODER.encode(value)


_COLUMNS_OF: dict[type, tuple[tuple[str, bool], ...]] = {}


def _columns_of(kind: type) -> tuple[tuple[str, bool], ...]:
    """(field name, kept as JSON) of a record class, in field order (looked up once a class)."""
    columns = _COLUMNS_OF.get(kind)
    if columns is None:
        fields = dataclasses.fields(kind)
        columns = _COLUMNS_OF[kind] = tuple((f.name, f.name in JSON_FIELDS) for f in fields)
    return columns


def article_to_row(article: Article) -> dict[str, Any]:
    """Every Article field as a column value; lists/dicts as compact UTF-8 JSON."""
    row: dict[str, Any] = {}
    for name, as_json in _columns_of(type(article)):
        value = getattr(article, name)
        if as_json:
            row[name] = None if value is None else dumps(value)
        else:
            row[name] = value
    row["published_utc"] = utc_sortable(article.published)
    row["published_local_date"] = local_date(article.published)
    return row


def row_to_article(row: dict[str, Any]) -> Article:
    """The stored row as the Article that was saved (unknown/derived columns ignored)."""
    data = dict(row)
    for name in JSON_FIELDS:
        if name in data and isinstance(data[name], str):
            data[name] = json.loads(data[name])
    for name, value in list(data.items()):
        if value is None and name != "dateline":
            data.pop(name)
    return Article.from_dict(data)
