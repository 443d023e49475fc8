"""Full-text queries: what an analyst types becomes an FTS5 query that cannot fail to parse.

A plain query is taken literally: every word must occur, and a word with punctuation inside
(`covid-19`, `Rp38.000`, `O'Brien`) matches its pieces next to each other, as the tokenizer split
the text. FTS5's own syntax (`OR`, `NOT`, `"phrase"`, `prefix*`, `NEAR(...)`) is used only when
asked for (`raw=True`, the CLI's `--fts`); its errors become one line an analyst can act on.
"""

from __future__ import annotations

import sqlite3

__all__ = ["FtsQueryError", "fts_error", "fts_query", "literal_query"]


class FtsQueryError(ValueError):
    """A full-text query that cannot be run; the message is one line an analyst can act on."""


def literal_query(text: str) -> str:
    """`text` as an FTS5 query matching its words literally (all of them, in any order).

    Each whitespace-separated word becomes an FTS5 string, so punctuation is never syntax;
    a "word" with no letter or digit (`*`, `-`, `%`) is dropped. "" when no word is left.
    """
    words = [word for word in text.split() if any(ch.isalnum() for ch in word)]
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def fts_query(text: str, *, raw: bool = False) -> str:
    """The FTS5 MATCH argument for what the user typed; raises FtsQueryError when it is empty."""
    query = text.strip() if raw else literal_query(text)
    if not query:
        shown = text.strip()
        raise FtsQueryError(
            f"{shown!r} has no words to search for" if shown else "the search query is empty"
        )
    return query


# SQLite errors that are about the database, not about the query.
_NOT_THE_QUERY = ("locked", "busy", "no such table", "interrupted", "disk", "readonly")


def fts_error(exc: sqlite3.OperationalError, text: str, *, raw: bool) -> Exception:
    """The one-line FtsQueryError for an error SQLite raised while matching `text` (else `exc`)."""
    message = str(exc)
    if any(hint in message.lower() for hint in _NOT_THE_QUERY):
        return exc
    detail = message.removeprefix("fts5: ").strip() or "syntax error"
    if raw:
        return FtsQueryError(
            f"cannot run the FTS5 query {text!r}: {detail} (operators: AND, OR, NOT,"
            ' "phrase", prefix*, NEAR(a b, 5); drop --fts to search the words literally)'
        )
    return FtsQueryError(f"cannot search for {text!r}: {detail}")
