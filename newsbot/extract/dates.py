"""Indonesian (and English) news dates: display strings, ISO values, relative forms and URLs.

Portals print dates as "Rabu, 23 Februari 2022 | 14:35 WIB", "Kompas.com - 27/03/2024, 06:16 WIB",
", Jurnalis-Jum'at, 24 Juli 2026 |15:18 WIB" or "2 jam yang lalu". Our own regexes handle these
exactly and fast; dateparser is only a last resort (it is ~100x slower and guesses missing parts).
The zone printed is kept as the offset (14:35 WITA -> 14:35+08:00); text without a zone is WIB,
because every portal we read publishes in Jakarta time unless it says otherwise.
"""

from __future__ import annotations

import re
import warnings
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import NamedTuple

from newsbot.timezones import WIB, WIT, WITA

ZONES = {"wib": WIB, "wita": WITA, "wit": WIT, "utc": UTC, "gmt": UTC, "z": UTC}

MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "february": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "ags": 8, "agt": 8, "agst": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ZONE = r"(?P<zone>WIB|WITA|WIT|UTC|GMT)\b(?:\s*(?P<zoff>[+-]\d{1,2})(?::?00)?)?"
# "14:35", "19.55", "10:08:58", "3:05 pm", with an optional "pukul"/"jam"/"pk." label.
_TIME = (
    r"(?:(?:pukul|pkl?\.?|jam|at)\s*)?(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:[:.](?P<ss>[0-5]\d))?(?!\d)"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?)(?![a-z]))?"
)
_AFTER_DATE = r"(?:\s*(?:[,|\-–—/]|\s)\s*)*?" + _TIME + r"(?:\s*" + _ZONE + r")?"

# "23 Februari 2022", "24 Mar. 2022", "05 November, 2015", "15. April 2025"
_DMY = re.compile(
    r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.)?\s*[-\s]\s*(?P<mon>" + _MONTH + r")\.?,?\s*[-\s]\s*"
    r"(?P<y>(?:19|20)\d\d)(?!\d)(?:" + _AFTER_DATE + r")?",
    re.IGNORECASE,
)
# "November 5, 2015", "Nov 5 2015 10:08 AM"
_MDY = re.compile(
    r"\b(?P<mon>"
    + _MONTH
    + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
    r"(?:" + _AFTER_DATE + r")?",
    re.IGNORECASE,
)
# "27/03/2024, 06:16 WIB", "05-11-2015 10:08" (day first, as Indonesia writes it)
_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)\d\d)(?![\d/])"
    r"(?:" + _AFTER_DATE + r")?",
    re.IGNORECASE,
)
# "2022-03-24T11:56:26+07:00", "2022-03-24 11:56:26", "2015-11-05 T10:08:58Z", "2014-07-13T20:07:27.8200000"
_ISO = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:\s*T?\s*(?P<hh>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d)(?:[.,]\d+)?)?"
    r"\s*(?P<off>Z|[+-][01]\d:?[0-5]\d)?(?:\s*" + _ZONE + r")?)?(?!\d)",
    re.IGNORECASE,
)
_TIME_ONLY = re.compile(r"^\s*" + _TIME + r"(?:\s*" + _ZONE + r")?\s*$", re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?P<n>\d+|se|satu|a|an|one)\s*(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun|"
    r"seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s*"
    r"(?:yang\s*)?(?:lalu|ago|yll)\b",
    re.IGNORECASE,
)
_UNIT_SECONDS = {
    "detik": 1, "second": 1, "sec": 1, "menit": 60, "minute": 60, "min": 60,
    "jam": 3600, "hour": 3600, "hr": 3600, "hari": 86400, "day": 86400,
    "minggu": 7 * 86400, "pekan": 7 * 86400, "week": 7 * 86400,
    "bulan": 30 * 86400, "month": 30 * 86400, "tahun": 365 * 86400, "year": 365 * 86400,
}  # fmt: skip
_DAY_WORDS = re.compile(
    r"\b(?P<w>kemarin|kemaren|yesterday|hari ini|today|baru saja|just now|barusan)\b", re.IGNORECASE
)
_APOSTROPHES = re.compile(r"[’'`´]")
_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"</?[a-zA-Z][^<>]{0,200}>")


class ParsedDate(NamedTuple):
    """A parsed date; `value` is always tz-aware, `has_time` is False when only a date was shown."""

    value: datetime
    has_time: bool


def parse_date(text: str, *, relative_base: datetime | None = None) -> ParsedDate | None:
    """Parse the first date in an Indonesian/English display string, ISO value or relative phrase.

    Relative text ("2 jam yang lalu", "kemarin") needs `relative_base` (the crawl time); without
    it we return None rather than guess "now". Never raises: garbage gives None.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    # Only the start is read (after collapsing spaces): a date never hides behind a page of text.
    text = text[:4000].replace("\xa0", " ")
    if "<" in text:
        # Markup escaped into an attribute ("23 Februari 2022 <span>14:35 WIB</span>") or a
        # display string: the time inside it is still the time.
        text = _TAGS.sub(" ", text)
    text = _SPACES.sub(" ", _APOSTROPHES.sub("", text)).strip()[:500]
    try:
        for parse in (_parse_iso, _parse_textual, _parse_numeric):
            found = parse(text)
            if found is not None:
                return found
        return _parse_relative(text, relative_base) or _parse_fallback(text)
    except (ValueError, OverflowError):
        return None


def to_iso(d: ParsedDate) -> str:
    """ISO 8601 with offset ("2022-03-24T11:56:26+07:00"), or the bare date when no time was shown."""
    if not d.has_time:
        return d.value.date().isoformat()
    return d.value.isoformat(timespec="seconds")


# Suara and old Detik: /YYYY/MM/DD/HHMMSS/; Kompas /YYYY/MM/DD/HHMMxxxx/ and others: date only.
_URL_YMD_TIME = re.compile(
    r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)/([0-2]\d)([0-5]\d)([0-5]\d)(?:/|$)"
)
_URL_YMD = re.compile(r"/((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?:/|$)")
# CNN Indonesia /20220324115626-20-123456/, Merdeka 20210617095450-slug: a 14-digit stamp then "-".
_URL_STAMP = re.compile(r"(?:/|^)((?:19|20)\d\d)([01]\d)([0-3]\d)([0-2]\d)([0-5]\d)([0-5]\d)-")


def date_from_url(url: str) -> ParsedDate | None:
    """The publication date (and time, where the URL encodes it) from an article URL, in WIB."""
    if not isinstance(url, str):
        return None
    path = (
        re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.IGNORECASE).split("?")[0].split("#")[0]
    )
    try:
        for pattern in (_URL_YMD_TIME, _URL_STAMP):
            m = pattern.search(path)
            if m:
                y, mo, d, hh, mi, ss = (int(g) for g in m.groups())
                return ParsedDate(datetime(y, mo, d, hh, mi, ss, tzinfo=WIB), True)
        m = _URL_YMD.search(path)
        if m:
            y, mo, d = (int(g) for g in m.groups())
            return ParsedDate(datetime(y, mo, d, tzinfo=WIB), False)
    except ValueError:
        return None
    return None


def _zone(m: re.Match[str], default: timezone = WIB) -> timezone:
    groups = m.groupdict()
    name = (groups.get("zone") or "").lower()
    if not name:
        return default
    tz = ZONES[name]
    if name in {"utc", "gmt"} and groups.get("zoff"):
        tz = timezone(timedelta(hours=int(groups["zoff"])))
    return tz


def _clock(m: re.Match[str]) -> time | None:
    if m.group("hh") is None:
        return None
    hour = int(m.group("hh"))
    ampm = (m.group("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return time(hour, int(m.group("mi")), int(m.group("ss") or 0))


def _build(day: date, m: re.Match[str], default_tz: timezone = WIB) -> ParsedDate:
    clock = _clock(m)
    tz = _zone(m, default_tz)
    if clock is None:
        return ParsedDate(datetime(day.year, day.month, day.day, tzinfo=tz), False)
    return ParsedDate(datetime.combine(day, clock, tzinfo=tz), True)


def _parse_iso(text: str) -> ParsedDate | None:
    m = _ISO.search(text)
    if not m:
        return None
    day = date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m["hh"] is None:
        return ParsedDate(datetime(day.year, day.month, day.day, tzinfo=WIB), False)
    clock = time(int(m["hh"]), int(m["mi"]), int(m["ss"] or 0))
    off = m["off"]
    if off and off.upper() == "Z":
        tz = UTC
    elif off:
        sign = -1 if off[0] == "-" else 1
        digits = off[1:].replace(":", "")
        tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    else:
        tz = _zone(m)
    return ParsedDate(datetime.combine(day, clock, tzinfo=tz), True)


def _parse_textual(text: str) -> ParsedDate | None:
    for pattern in (_DMY, _MDY):
        m = pattern.search(text)
        if m:
            return _build(date(int(m["y"]), MONTHS[m["mon"].lower()], int(m["d"])), m)
    return None


def _parse_numeric(text: str) -> ParsedDate | None:
    m = _NUMERIC.search(text)
    if not m:
        return None
    return _build(date(int(m["y"]), int(m["m"]), int(m["d"])), m)


def _parse_relative(text: str, base: datetime | None) -> ParsedDate | None:
    m = _RELATIVE.search(text)
    words = _DAY_WORDS.search(text)
    clock_only = (
        _TIME_ONLY.match(_DAY_WORDS.sub("", text).strip(" ,|-"))
        if words
        else _TIME_ONLY.match(text)
    )
    if not (m or words or clock_only) or base is None:
        return None
    if base.tzinfo is None:
        base = base.replace(tzinfo=WIB)
    if m:
        n = m["n"].lower()
        count = int(n) if n.isdigit() else 1
        unit = m["unit"].lower().rstrip("s") if m["unit"].lower() not in {"detik"} else "detik"
        seconds = _UNIT_SECONDS.get(unit, _UNIT_SECONDS.get(unit.rstrip("s"), 0))
        value = base - timedelta(seconds=count * seconds)
        # "3 hari lalu" names a day, not an instant: the clock part would be invented.
        return ParsedDate(value, seconds < 86400)
    tz = _zone(clock_only) if clock_only else base.tzinfo
    local = base.astimezone(tz)
    if words and words["w"].lower() in {"baru saja", "just now", "barusan"}:
        return ParsedDate(base, True)
    if words and words["w"].lower() in {"kemarin", "kemaren", "yesterday"}:
        local -= timedelta(days=1)
    if clock_only:
        clock = _clock(clock_only)
        assert clock is not None
        return ParsedDate(datetime.combine(local.date(), clock, tzinfo=tz), True)
    return ParsedDate(datetime(local.year, local.month, local.day, tzinfo=tz), False)


_HAS_CLOCK = re.compile(r"\d[:.][0-5]\d")
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _parse_fallback(text: str) -> ParsedDate | None:
    """dateparser for shapes our regexes miss; only when a year is visible, so it cannot invent one."""
    if not _HAS_YEAR.search(text):
        return None
    try:
        import dateparser

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            value = dateparser.parse(
                text,
                languages=["id", "en"],
                settings={
                    "TIMEZONE": "Asia/Jakarta",
                    "RETURN_AS_TIMEZONE_AWARE": True,
                    "PREFER_DAY_OF_MONTH": "first",
                    "DATE_ORDER": "DMY",
                    "STRICT_PARSING": True,
                },
            )
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input; garbage means None
        return None
    if value is None:
        return None
    offset = value.utcoffset() or timedelta(0)
    value = value.replace(tzinfo=timezone(offset))
    return ParsedDate(value, bool(_HAS_CLOCK.search(text)))
