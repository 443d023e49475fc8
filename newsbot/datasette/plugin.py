"""The Datasette plugin `newsbot serve` loads: readable cells, literal search, safe requests.

- `newsbot_fts(text)`: an SQL function turning what a person typed into a literal FTS5 query
  (punctuation is never syntax), used by the ranked search queries in metadata.json;
- JSON columns shown readably: names joined, lists of links counted per list, quotes and images
  summarised, with the whole value pretty-printed under a disclosure triangle;
- search snippets with their hits marked;
- the HTML table pages of articles, quotes and links open on a compact column set, and their
  search box on the ranked search with snippets (`search_articles`, `search_quotes`);
- a POST to a table or read-only canned query is answered 405 (Datasette 0.65: a 500), and a bad
  request parameter (`?_sort=nope`) 400;
- `/-/newsbot`: the analyst guide (docs/analysts.md) as the metadata's project link.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Awaitable, Callable, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from datasette import Response, hookimpl
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

from newsbot.store.fts import literal_query

__all__ = [
    "asgi_wrapper",
    "extra_template_vars",
    "handle_exception",
    "prepare_connection",
    "register_routes",
    "render_cell",
]

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]

SNIPPET_MARK = "**"
# The columns a table page shows unless the URL picks its own (?_col= / ?_nocol=).
COMPACT_COLUMNS = {
    "articles": (
        "headline",
        "portal",
        "site",
        "section",
        "published",
        "authors",
        "tags",
        "quotes",
    ),
    "quotes": ("speaker", "speaker_role", "text", "kind", "article_url"),
    "links": (
        "article_url",
        "list",
        "position",
        "title",
        "canonical_url",
        "target_portal",
        "seen_local_date",
    ),
}
# A table's search box leads to the ranked search with snippets (metadata.json's queries).
RANKED_SEARCH = {"articles": "search_articles", "quotes": "search_quotes"}
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "analysts.md"


def fts_literal(text: str | None) -> str:
    """`newsbot_fts()`: the literal FTS5 query for `text`; an empty one matches nothing."""
    return literal_query(text or "") or '""'


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("newsbot_fts", 1, fts_literal, deterministic=True)


def _summary(column: str, value: Any) -> str | None:
    """A one-line reading of a JSON value of the articles table (None: not ours)."""
    if column in ("authors", "tags") and isinstance(value, list):
        return ", ".join(str(v) for v in value) or "–"
    if column == "lists" and isinstance(value, dict):
        counts = [
            f"{name} {len(links)}" for name, links in value.items() if isinstance(links, list)
        ]
        return " · ".join(counts) or "–"
    if column == "quotes" and isinstance(value, list):
        speakers = sorted({q.get("speaker") or "?" for q in value if isinstance(q, dict)})
        return f"{len(value)}: {', '.join(speakers)}" if value else "–"
    if column == "images" and isinstance(value, list):
        return f"{len(value)} image{'s' if len(value) != 1 else ''}" if value else "–"
    if column == "paragraphs" and isinstance(value, list):
        return f"{len(value)} paragraphs"
    if column == "dateline" and isinstance(value, dict):
        return " · ".join(v for v in (value.get("place"), value.get("outlet")) if v) or "–"
    return None


def _long_link(value: Any) -> bool:
    """A link too long for a query's row (shown cut, whole in its tooltip)."""
    return isinstance(value, str) and len(value) > 60 and value.startswith(("https://", "http://"))


def _marked(snippet: str) -> Markup:
    """A snippet with its **hits** in <mark>, everything else escaped."""
    parts = snippet.split(SNIPPET_MARK)
    return Markup("").join(
        Markup("<mark>{}</mark>").format(part) if i % 2 else escape(part)
        for i, part in enumerate(parts)
    )


@hookimpl
def render_cell(value: Any, column: str, table: str | None) -> Markup | None:
    if column == "snippet" and isinstance(value, str) and SNIPPET_MARK in value:
        return _marked(value)
    if table is None and column.endswith("url") and _long_link(value):
        return Markup('<a href="{}" title="{}">{}…</a>').format(value, value, value[:57])
    if table not in (None, "articles") or not isinstance(value, str) or value[:1] not in "[{":
        return None
    try:
        decoded = json.loads(value)
    except ValueError:
        return None
    summary = _summary(column, decoded)
    if summary is None:
        return None
    if not decoded:
        return Markup("{}").format(summary)
    pretty = json.dumps(decoded, ensure_ascii=False, indent=2)
    return Markup(
        '<details class="newsbot-json"><summary>{}</summary><pre>{}</pre></details>'
    ).format(summary, pretty)


def _canned(datasette: Any, database: str, name: str) -> dict[str, Any] | None:
    """The canned query `name` of `database` from the metadata (None when there is none)."""
    queries = datasette.metadata("queries", database=database) or {}
    query = queries.get(name)
    return query if isinstance(query, dict) else None


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[App], App]:
    def wrap(app: App) -> App:
        async def newsbot_routes(scope: Scope, receive: Receive, send: Send) -> None:
            if scope.get("type") != "http":
                await app(scope, receive, send)
                return
            parts = scope.get("path", "").strip("/").split("/")
            if len(parts) == 2 and parts[0] in datasette.databases:
                database, name = parts
                query = _canned(datasette, database, name)
                if scope.get("method") == "POST" and not (query and query.get("write")):
                    await _respond(send, 405, f"{name} is read-only here: use GET\n")
                    return
                if scope.get("method") in ("GET", "HEAD") and name in COMPACT_COLUMNS:
                    target = _table_redirect(database, name, scope.get("query_string", b""))
                    if target is not None:
                        await _respond(send, 302, "", location=target)
                        return
            await app(scope, receive, send)

        return newsbot_routes

    return wrap


_FORM_ONLY = frozenset({"_filter_op", "_col", "_nocol", "_sort", "_sort_desc"})


def _table_redirect(database: str, table: str, query_string: bytes) -> str | None:
    """Where an HTML table page goes: the ranked search for a plain search, else the compact
    columns when the URL chose none; None to serve the page as asked."""
    args = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    keys = {key for key, _ in args}
    search = next((value for key, value in args if key == "_search"), None)
    # the table page's own form also sends its empty filter row, columns and sort order
    asked = {key for key, value in args if value and key not in _FORM_ONLY}
    if search is not None and table in RANKED_SEARCH and asked == {"_search"}:
        return f"/{database}/{RANKED_SEARCH[table]}?" + urlencode({"search": search})
    if keys & {"_col", "_nocol"}:
        return None
    columns = [("_col", column) for column in COMPACT_COLUMNS[table]]
    return f"/{database}/{table}?" + urlencode(args + columns)


async def _respond(send: Send, status: int, body: str, location: str | None = None) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8")]
    if location is not None:
        headers.append((b"location", location.encode("latin-1")))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body.encode("utf-8")})


@hookimpl
def handle_exception(exception: BaseException) -> None:
    """Datasette 0.65 answers a bad request parameter (`?_sort=nope`) with a DatasetteError of
    status 500: it is the request's fault, so the default handler renders it as a 400."""
    if isinstance(exception, DatasetteError) and exception.status == 500:
        exception.status = 400


@hookimpl
def extra_template_vars(template: str, database: str | None, datasette: Any) -> Any:
    """The database page opens on the latest articles (the `latest_articles` canned query)."""
    if template != "database.html" or database is None:
        return None

    async def latest() -> dict[str, Any]:
        query = _canned(datasette, database, "latest_articles")
        if query is None:
            return {}
        try:
            results = await datasette.get_database(database).execute(query["sql"] + " limit 10")
        except sqlite3.Error:  # a database without the columns: no preview, the page still loads
            return {}
        return {"newsbot_latest": {"rows": [dict(row) for row in results]}}

    return latest


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/newsbot$", guide)]


async def guide(datasette: Any) -> Response:
    """The analyst guide, as text (Markdown), or where to find it."""
    text = (
        GUIDE.read_text(encoding="utf-8")
        if GUIDE.is_file()
        else "newsbot's analyst guide is docs/analysts.md in the newsbot repository.\n"
    )
    html = await datasette.render_template(
        "newsbot_guide.html", {"guide": re.sub(r"\n{3,}", "\n\n", text)}
    )
    return Response.html(html)
