"""Which articles a read command means: portals by any of their names, a date range, a search.

`--portal` takes a portal family (`suara`), a crawl target (`suara-lampung`) or a host
(`lampung.suara.com`), in any case, several times; a name that is none of these is an error that
suggests the nearest known names, never a silent empty result. `ArticleFilter` turns the choice
into one SQL condition every command shares, and describes itself for "no match" messages.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sqlite_utils import Database

from newsbot.store.fts import fts_query
from newsbot.store.schema import utc_sortable
from newsbot.timezones import WIB

__all__ = [
    "ArticleFilter",
    "EndOfDay",
    "PortalChoice",
    "UnknownPortal",
    "resolve_portals",
    "utc_bound",
]


class UnknownPortal(ValueError):
    """A --portal value that names no family, target or host; the message suggests names."""


@dataclass(frozen=True)
class PortalChoice:
    """One --portal value, resolved: a family (`portal` column) or a site (host, path prefix)."""

    given: str
    family: str = ""
    host: str = ""
    path: str = ""  # "/bali/" when several targets share the host (detik's regions)

    def sql(self, alias: str) -> tuple[str, list[Any]]:
        if self.family:
            return f"{alias}.portal = ?", [self.family]
        if self.path:
            prefix = f"%://{self.host}{self.path}%"
            return f"(lower({alias}.site) = ? AND {alias}.url LIKE ?)", [self.host, prefix]
        return f"lower({alias}.site) = ?", [self.host]


def _registry() -> tuple[set[str], dict[str, tuple[str, str]], set[str]]:
    """Family names, target name -> (host, path prefix), and every known host."""
    from newsbot.portals import all_portals, all_sites

    families = {portal.name for portal in all_portals()}
    sites = all_sites()
    per_host: dict[str, int] = {}
    for _, site in sites:
        per_host[site.host] = per_host.get(site.host, 0) + 1
    targets: dict[str, tuple[str, str]] = {}
    for _, site in sites:
        path = ""
        if per_host[site.host] > 1:
            firsts = {
                urlsplit(source.url).path.strip("/").split("/")[0]
                for source in site.sources
                if urlsplit(source.url).hostname == site.host
            }
            if len(firsts) == 1 and "" not in firsts:
                path = f"/{firsts.pop()}/"
        targets[site.name] = (site.host, path)
    return families, targets, set(per_host)


def resolve_portals(db: Database, names: Iterable[str]) -> tuple[PortalChoice, ...]:
    """Each --portal value as a PortalChoice; UnknownPortal (with suggestions) for a stranger."""
    names = [name for name in names if name.strip()]
    if not names:
        return ()
    from newsbot.portals import portal_for_host

    families, targets, hosts = _registry()
    stored = db.execute("SELECT DISTINCT portal, lower(site) FROM articles").fetchall()
    families |= {portal for portal, _ in stored if portal}
    hosts |= {site for _, site in stored if site}
    choices = []
    for name in names:
        key = name.strip().lower()
        bare = key.removeprefix("www.")
        if key in families:
            choices.append(PortalChoice(name, family=key))
        elif key in targets:
            host, path = targets[key]
            choices.append(PortalChoice(name, host=host, path=path))
        elif key in hosts or f"www.{bare}" in hosts or bare in hosts:
            host = key if key in hosts else (f"www.{bare}" if f"www.{bare}" in hosts else bare)
            choices.append(PortalChoice(name, host=host))
        elif "." in key and portal_for_host(key) is not None:
            choices.append(PortalChoice(name, host=key))  # a host of a known family, none stored
        else:
            known = sorted(families | set(targets) | hosts)
            near = difflib.get_close_matches(key, known, n=4, cutoff=0.6)
            near += [k for k in known if k.startswith(key) and k not in near][: 4 - len(near)]
            hint = f"; did you mean {', '.join(near)}?" if near else "; see `newsbot portals`"
            raise UnknownPortal(
                f"unknown portal {name!r} (give a family, a target or a host{hint})"
            )
    return tuple(choices)


def utc_bound(value: dt.datetime | dt.date | str) -> str:
    """A --since/--until bound in the `published_utc` format (naive values are WIB)."""
    if isinstance(value, str):
        return utc_sortable(value)
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if value.tzinfo is None:
        value = value.replace(tzinfo=WIB)
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class ArticleFilter:
    """The articles a command reads: portals (any of), a publication range, a full-text query.

    `until` is exclusive as a datetime; the CLI turns a bare `--until D` into the end of day D.
    """

    portals: tuple[PortalChoice, ...] = ()
    since: dt.datetime | None = None
    until: dt.datetime | None = None
    query: str | None = None
    raw: bool = False  # the query is FTS5 syntax, not literal words
    # extra flags to name in descriptions, e.g. ("--speaker", "anies")
    extra: tuple[tuple[str, str], ...] = field(default=())

    def where(self, alias: str = "a") -> tuple[list[str], list[Any]]:
        """SQL conditions on the articles table `alias`, and their parameters."""
        where: list[str] = []
        params: list[Any] = []
        if self.portals:
            parts = [choice.sql(alias) for choice in self.portals]
            where.append("(" + " OR ".join(sql for sql, _ in parts) + ")")
            params.extend(p for _, ps in parts for p in ps)
        if self.since is not None:
            where.append(f"{alias}.published_utc >= ?")
            params.append(utc_bound(self.since))
        if self.until is not None:
            where.append(f"{alias}.published_utc != '' AND {alias}.published_utc < ?")
            params.append(utc_bound(self.until))
        if self.query is not None:
            where.append(
                f"{alias}.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            )
            params.append(self.match)
        return where, params

    @property
    def match(self) -> str:
        return fts_query(self.query or "", raw=self.raw)

    def describe(self) -> str:
        """The filters as the command line gave them: "--portal kompas --since 2024-03-01"."""
        parts = [f"--portal {choice.given}" for choice in self.portals]
        parts += [f"{flag} {value}" for flag, value in self.extra]
        if self.since is not None:
            parts.append(f"--since {_shown(self.since)}")
        if self.until is not None:
            parts.append(f"--until {_shown(self.until, until=True)}")
        return " ".join(parts)


class EndOfDay(dt.datetime):
    """The midnight after a bare `--until D`: an exclusive bound that keeps all of day D."""

    def last_day(self) -> dt.date:
        """The day the bound includes (the user's D)."""
        return (self - dt.timedelta(days=1)).date()


def _shown(value: dt.datetime, until: bool = False) -> str:
    """A bound as the user wrote it: a bare date stays a date."""
    if isinstance(value, EndOfDay):
        return value.last_day().isoformat()
    if value.time() == dt.time(0) and not until:
        return value.date().isoformat()
    return value.isoformat(timespec="minutes")
