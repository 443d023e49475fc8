"""Indonesia's three time zones, defined once. Naive times from portals are read as WIB, the zone
most of them publish in (a tiny module so the CLI and store need not import the extraction)."""

from datetime import timedelta, timezone

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))
