"""What discovery hands the crawl: article entries with whatever date and title the source gave."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Entry:
    """One URL announced by a source. `published` is the best date the source gave (may be None)."""

    url: str
    published: dt.datetime | None = None
    title: str = ""


@dataclass
class Listing:
    """The result of parsing one discovery document.

    `entries` are candidate article URLs, `children` are further discovery documents (child sitemaps
    of an index, feeds found on a home page), `next_url` is an index page's next page, and `error`
    says in one line why the document could not be read (the entries are then empty). `skipped`
    counts entries left out because they were unusable (a `<loc>` that is no URL) or over a limit,
    `nofollow` the links left out because they carry rel=nofollow: one bad entry costs itself only.
    """

    kind: str
    entries: list[Entry] = field(default_factory=list)
    children: list[Entry] = field(default_factory=list)
    next_url: str = ""
    error: str = ""
    skipped: int = 0
    nofollow: int = 0

    @property
    def ok(self) -> bool:
        return not self.error
