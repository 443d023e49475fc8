"""Indonesia's three time zones, defined once. Naive times from portals are read as WIB, the zone
most of them publish in (a tiny module so the CLI and store need not import the extraction)."""

from datetime import datetime, timedelta, timezone, tzinfo

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))

_NAMES = {7: "WIB", 8: "WITA", 9: "WIT"}


def parse_time(value: str) -> datetime | None:
    """An ISO 8601 time (naive means WIB), or None."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except (ValueError, AttributeError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=WIB)


def zone_of(value: str) -> tzinfo:
    """The Indonesian zone a time is given in (its own offset), else WIB: a portal's local zone
    is the one it prints its times in."""
    parsed = parse_time(value) if value else None
    offset = parsed.utcoffset() if parsed else None
    if offset is not None and offset.total_seconds() / 3600 in _NAMES:
        return timezone(offset)
    return WIB


def local_date(value: str, zone: tzinfo | None = None) -> str:
    """The calendar day (YYYY-MM-DD) of an ISO time in `zone`, by default the portal's own
    zone (`zone_of`): a crawl at 02:54 WIB counts on that WIB day, not the UTC day before."""
    parsed = parse_time(value) if value else None
    if parsed is None:
        return ""
    return parsed.astimezone(zone or zone_of(value)).date().isoformat()


def shown_time(value: str) -> str:
    """A time for people, its zone kept: "2024-03-27 06:00 WIB", "2024-05-01 10:00 UTC"."""
    parsed = parse_time(value) if value else None
    if parsed is None:
        return value or ""
    offset = parsed.utcoffset()
    hours = offset.total_seconds() / 3600 if offset is not None else 7.0
    name = _NAMES.get(int(hours)) if hours.is_integer() else None
    zone = name or (
        "UTC" if hours == 0 else parsed.strftime("%z")[:3] + ":" + parsed.strftime("%z")[3:]
    )
    return f"{parsed:%Y-%m-%d %H:%M} {zone}"
