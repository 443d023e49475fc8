"""The crawl plan: a TOML file the user edits (`newsbot.toml`) naming what to crawl, how and when.

    db = "data/newsbot.db"       # relative paths are relative to the plan file
    schedule = "@hourly"         # cron expression; `newsbot schedule` turns it into a timer
    concurrency = 4              # targets (different sites) crawled at the same time

    [defaults]                   # every target's values unless it sets its own
    window = "2d"                # articles published within the last 2 days
    max_articles = 500

    [[targets]]
    target = "suara-lampung"

    [[targets]]
    target = "https://example-news.id/"
    max_articles = 50
    settings = { DOWNLOAD_DELAY = 2 }
    enabled = false

Every error names the key it is about (`newsbot.toml: targets[2].window: ...`), so a bad file is
one line a user can act on, found before any crawl starts.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsbot.timezones import WIB

DEFAULT_PLAN = Path("newsbot.toml")
DEFAULT_DB = "data/newsbot.db"
DEFAULT_SCHEDULE = "@hourly"

_TOP_KEYS = {"db", "schedule", "concurrency", "defaults", "targets"}
_TARGET_KEYS = {
    "target",
    "enabled",
    "window",
    "since",
    "until",
    "max_articles",
    "refresh",
    "timeout",
    "db",
    "settings",
}
_DEFAULT_KEYS = _TARGET_KEYS - {"target", "enabled"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d|w)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 604800}


class PlanError(ValueError):
    """The plan file is missing, not TOML, or has a bad value; the message names the key."""


def plan_path(path: str | Path | None = None) -> Path:
    """The plan to read: the given path, else $NEWSBOT_PLAN, else ./newsbot.toml."""
    return Path(path or os.environ.get("NEWSBOT_PLAN") or DEFAULT_PLAN)


def parse_duration(value: Any) -> dt.timedelta:
    """'2d', '12h', '90m', '30s', '1w' (or a number of seconds)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    else:
        match = _DURATION.match(str(value))
        if not match:
            raise ValueError(f"{value!r} is not a duration (use e.g. 2d, 12h, 90m)")
        seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]
    if seconds <= 0:
        raise ValueError(f"{value!r} is not a positive duration")
    return dt.timedelta(seconds=seconds)


def _parse_date(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, dt.date):
        parsed = dt.datetime(value.year, value.month, value.day)
    else:
        try:
            parsed = dt.datetime.fromisoformat(str(value))
        except ValueError:
            raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD)") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=WIB)


@dataclass
class PlanTarget:
    """One entry of the plan: a portal site name or site URL and how to crawl it."""

    target: str
    db: Path
    enabled: bool = True
    window: dt.timedelta | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    max_articles: int | None = None
    refresh: float | None = None
    timeout: dt.timedelta | None = None
    settings: dict[str, Any] = field(default_factory=dict)

    def bounds(
        self, now: dt.datetime | None = None
    ) -> tuple[dt.datetime | None, dt.datetime | None]:
        """(since, until) for a run starting `now`: a window counts back from the run's start."""
        since = self.since
        if self.window is not None:
            start = (now or dt.datetime.now(WIB)) - self.window
            since = max(since, start) if since else start
        return since, self.until

    def overrides(self) -> dict[str, Any]:
        """Scrapy settings this entry sets (its own table, its refresh and its time bound)."""
        out = dict(self.settings)
        if self.refresh:
            out["NEWSBOT_REFRESH_DAYS"] = self.refresh
        if self.timeout is not None:
            out["CLOSESPIDER_TIMEOUT"] = int(self.timeout.total_seconds())
        return out


@dataclass
class CrawlPlan:
    path: Path
    schedule: str
    concurrency: int
    targets: list[PlanTarget]

    @property
    def enabled(self) -> list[PlanTarget]:
        return [t for t in self.targets if t.enabled]


def load_plan(path: str | Path | None = None, *, check_targets: bool = True) -> CrawlPlan:
    """Read and check a plan file; every problem is a PlanError naming the file and the key."""
    path = plan_path(path)
    name = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PlanError(
            f"no crawl plan at {path} (write one: see README, 'The crawl plan')"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PlanError(f"cannot read {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise PlanError(f"{name}: not valid TOML: {exc}") from None
    return parse_plan(data, path, check_targets=check_targets)


def parse_plan(data: dict[str, Any], path: Path, *, check_targets: bool = True) -> CrawlPlan:
    name = path.name
    base = path.resolve().parent

    def fail(key: str, message: str) -> PlanError:
        return PlanError(f"{name}: {key}: {message}")

    _unknown(data, _TOP_KEYS, "", fail)
    db = _db_path(data.get("db", DEFAULT_DB), base, "db", fail)
    schedule = data.get("schedule", DEFAULT_SCHEDULE)
    if not isinstance(schedule, str) or not schedule.strip():
        raise fail(
            "schedule",
            f"expected a cron expression like '@hourly' or '5 * * * *', got {schedule!r}",
        )
    from newsbot.schedule import ScheduleError, cron_to_calendar

    try:
        cron_to_calendar(schedule)
    except ScheduleError as exc:
        raise fail("schedule", str(exc)) from None
    concurrency = data.get("concurrency", 1)
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise fail("concurrency", f"expected a whole number >= 1, got {concurrency!r}")

    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise fail("defaults", "expected a table ([defaults])")
    _unknown(defaults, _DEFAULT_KEYS, "defaults.", fail)
    entries = data.get("targets")
    if not isinstance(entries, list) or not entries:
        raise fail("targets", "expected at least one [[targets]] entry")

    targets: list[PlanTarget] = []
    seen: dict[str, int] = {}
    for n, entry in enumerate(entries, 1):
        key = f"targets[{n}]"
        if not isinstance(entry, dict):
            raise fail(key, "expected a table ([[targets]])")
        _unknown(entry, _TARGET_KEYS, f"{key}.", fail)
        merged = {**defaults, **entry}
        if isinstance(defaults.get("settings"), dict) and isinstance(entry.get("settings"), dict):
            merged["settings"] = {**defaults["settings"], **entry["settings"]}
        target = _target(merged, f"{key}.", base, db, fail)
        if check_targets:
            from newsbot.crawl import TargetError, resolve_target

            try:
                resolve_target(target.target)
            except TargetError as exc:
                raise fail(f"{key}.target", str(exc)) from None
        if target.target in seen:
            raise fail(
                f"{key}.target", f"{target.target!r} is already targets[{seen[target.target]}]"
            )
        seen[target.target] = n
        targets.append(target)
    return CrawlPlan(path=path, schedule=schedule.strip(), concurrency=concurrency, targets=targets)


def _unknown(table: dict[str, Any], known: set[str], prefix: str, fail: Any) -> None:
    for key in table:
        if key not in known:
            raise fail(f"{prefix}{key}", f"unknown key (known: {', '.join(sorted(known))})")


def _db_path(value: Any, base: Path, key: str, fail: Any) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise fail(key, f"expected a database file path, got {value!r}")
    path = Path(value).expanduser()
    return path if path.is_absolute() else base / path


def _target(entry: dict[str, Any], prefix: str, base: Path, db: Path, fail: Any) -> PlanTarget:
    target = entry.get("target")
    if not isinstance(target, str) or not target.strip():
        raise fail(f"{prefix}target", "expected a portal site name or an http(s) URL")
    out = PlanTarget(target=target.strip(), db=db)
    if "db" in entry:
        out.db = _db_path(entry["db"], base, f"{prefix}db", fail)
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail(f"{prefix}enabled", f"expected true or false, got {enabled!r}")
    out.enabled = enabled
    for key in ("window", "timeout"):
        if key in entry:
            try:
                setattr(out, key, parse_duration(entry[key]))
            except ValueError as exc:
                raise fail(f"{prefix}{key}", str(exc)) from None
    for key in ("since", "until"):
        if key in entry:
            try:
                setattr(out, key, _parse_date(entry[key]))
            except ValueError as exc:
                raise fail(f"{prefix}{key}", str(exc)) from None
    if out.since and out.until and out.since >= out.until:
        raise fail(f"{prefix}until", "must be after since")
    if "max_articles" in entry:
        value = entry["max_articles"]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise fail(f"{prefix}max_articles", f"expected a whole number >= 1, got {value!r}")
        out.max_articles = value
    if "refresh" in entry:
        value = entry["refresh"]
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            raise fail(f"{prefix}refresh", f"expected a number of days > 0, got {value!r}")
        out.refresh = float(value)
    if "settings" in entry:
        settings = entry["settings"]
        if not isinstance(settings, dict):
            raise fail(f"{prefix}settings", "expected a table of Scrapy settings")
        for name, value in settings.items():
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                raise fail(f"{prefix}settings.{name}", "Scrapy setting names are UPPER_CASE")
            if isinstance(value, dt.date | dt.time):
                raise fail(f"{prefix}settings.{name}", "dates are not setting values")
        out.settings = dict(settings)
    return out
