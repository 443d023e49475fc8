"""Dates as sources give them (ISO 8601, RFC 822) and the --since/--until window that bounds a crawl."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from newsbot.extract.dates import parse_date as parse_display_date
from newsbot.timezones import WIB


def parse_date(text: str | None) -> dt.datetime | None:
    """A sitemap/feed date (W3C/ISO 8601, RFC 822, or an Indonesian display date) as an aware datetime.

    One set of date rules for the project: this delegates to newsbot.extract.dates. Sitemaps
    repeat their dates (one lastmod for a day's entries), so results are cached.
    """
    return _parse_date(text.strip()) if text and text.strip() else None


@functools.lru_cache(maxsize=4096)
def _parse_date(text: str) -> dt.datetime | None:
    parsed = parse_display_date(text)
    return parsed.value if parsed else None


def as_datetime(value: dt.date | dt.datetime | str | None) -> dt.datetime | None:
    """A --since/--until bound as an aware datetime; a bare date means its first instant (WIB).

    A bare date for `until` is widened to the whole day by `DateRange.of`, as the CLI does.
    """
    if value is None or value == "":
        return None
    if isinstance(value, str):
        parsed = parse_date(value)
        if parsed is None:
            raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD)")
        return parsed
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=WIB)
    return dt.datetime(value.year, value.month, value.day, tzinfo=WIB)


@dataclass(frozen=True)
class DateRange:
    """[since, until) window; an open end is unbounded. Undated things are always inside."""

    since: dt.datetime | None = None
    until: dt.datetime | None = None

    @classmethod
    def of(cls, since: object = None, until: object = None) -> DateRange:
        """From spider/CLI arguments; a bare-date `until` ("2024-03-27") includes that day."""
        end = as_datetime(until)  # type: ignore[arg-type]
        bare = type(until) is dt.date or (isinstance(until, str) and len(until.strip()) <= 10)
        if end is not None and bare:
            end += dt.timedelta(days=1)
        return cls(as_datetime(since), end)  # type: ignore[arg-type]

    def contains(self, when: dt.datetime | None) -> bool:
        if when is None:
            return True
        if self.since and when < self.since:
            return False
        return not (self.until and when >= self.until)

    def may_hold_newer_than(self, when: dt.datetime | None) -> bool:
        """A child sitemap last modified at `when` can only hold entries up to `when`."""
        return when is None or self.since is None or when >= self.since

    def days(self, today: dt.date | None = None, limit: int = 31) -> list[dt.date]:
        """Calendar days to walk on dated index pages, newest first (default: today only)."""
        today = today or dt.datetime.now(WIB).date()
        last = (
            (self.until - dt.timedelta(microseconds=1)).astimezone(WIB).date()
            if self.until
            else today
        )
        last = min(last, today)
        first = self.since.astimezone(WIB).date() if self.since else last
        out: list[dt.date] = []
        day = last
        while day >= first and len(out) < limit:
            out.append(day)
            day -= dt.timedelta(days=1)
        return out
