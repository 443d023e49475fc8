"""Datelines: the "PLACE, OUTLET -" prefix that opens the first paragraph of a news article.

Forms seen on Indonesian portals: "SuaraLampung.id -", "JAKARTA, KOMPAS.com -",
"Bandarlampung (ANTARA) -", "Mataram, NTB (ANTARA News) -", "TRIBUNLAMPUNG.CO.ID, BANDAR LAMPUNG -",
"Liputan6.com, Jakarta -", "Jakarta, CNN Indonesia --", bare "Jakarta -" (Detik) or "JAKARTA -"
(Okezone). A dateline is short, sits at the very start and ends in a spaced dash; ordinary
sentences ("Presiden Joko Widodo - yang …") are rejected by word shape, length and a title list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsbot.portals import knowledge
from newsbot.record import Dateline

_DASH = r"(?:--|[-–—])"
_MAX_PREFIX = 80
# A place word: "Jakarta", "JAKARTA", "NTB", "Kota", "Pangkal-Pinang", "Bau-Bau", "Tj."
_PLACE_WORD = r"[A-Z][A-Za-z'’]*\.?(?:-[A-Za-z]+)*"
_PLACE = _PLACE_WORD + r"(?: " + _PLACE_WORD + r"){0,3}"
_PLACES = _PLACE + r"(?:, ?" + _PLACE + r")?"
# An outlet written as a host: "KOMPAS.com", "SuaraLampung.id", "TRIBUNLAMPUNG.CO.ID", "jogja.jpnn.com"
_HOST = r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?i:com|co\.id|co|id|net|org|news|tv|or\.id)\b"
# Outlets printed without a host (Portal.dateline_outlets of every profile), kept as printed.
_BRANDS = knowledge.alternation(knowledge.dateline_outlets())
_OUTLET = r"(?:" + _HOST + r"|" + _BRANDS + r")"
_END = r"\s*" + _DASH + r"(?=\s|$)"
# With an outlet the dash may touch the story ("TRIBUNSOLO.COM, JAKARTA --Hingga …").
_END_TIGHT = r"\s*" + _DASH + r"(?=\s|$|[A-Z0-9\"“‘'])"

# The day and month (and year) some bureaus print between the place and the outlet: ", 3/12".
_DAY = r"(?:, ?\d{1,2}/\d{1,2}(?:/\d{2,4})?)?"

_FORMS = [
    # "Bandarlampung (ANTARA) -", "Mataram, NTB (ANTARA News) -", and with the day and month
    # before the outlet, as Antara's bureaus wrote it until 2019: "Bandarlampung, 3/12 (ANTARA) -"
    re.compile(
        r"^(?P<place>"
        + _PLACES
        + r")"
        + _DAY
        + r" ?\((?P<outlet>[A-Z][A-Za-z0-9 .]{1,29})\)"
        + _END_TIGHT
    ),
    # "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --"
    re.compile(r"^(?P<place>" + _PLACES + r"), ?(?P<outlet>" + _OUTLET + r")" + _END_TIGHT),
    # "TRIBUNLAMPUNG.CO.ID, BANDAR LAMPUNG -", "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -"
    re.compile(r"^(?P<outlet>" + _OUTLET + r"), ?(?P<place>" + _PLACES + r")" + _END_TIGHT),
    # "SuaraLampung.id -", "KOMPAS.com -", "VIVA –"
    re.compile(r"^(?P<outlet>" + _OUTLET + r")" + _END_TIGHT),
    # "Jakarta -", "JAKARTA -" (no outlet): checked hardest, see _plausible_bare_place
    re.compile(r"^(?P<place>" + _PLACES + r")" + _END),
]
# People and offices open ordinary sentences with capitalised words too.
_NOT_PLACES = frozenset(
    [
        "presiden",
        "wakil",
        "menteri",
        "gubernur",
        "bupati",
        "wali",
        "walikota",
        "ketua",
        "kepala",
        "direktur",
        "kapolri",
        "kapolda",
        "kapolres",
        "kapolsek",
        "jaksa",
        "hakim",
        "anggota",
        "sekretaris",
        "dirut",
        "pak",
        "bu",
        "ibu",
        "bapak",
        "saya",
        "kami",
        "kita",
        "dia",
        "mereka",
        "ini",
        "itu",
        "yang",
        "dan",
        "atau",
        "tetapi",
        "namun",
        "sedangkan",
        "menurut",
        "kata",
        "ujar",
        "sementara",
        "selain",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "this",
        "that",
        "dr",
        "prof",
        "ir",
        "drs",
        "h",
        "hj",
        "kh",
        "tuan",
        "nyonya",
        "sdr",
        "senin",
        "selasa",
        "rabu",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "ahad",
        "foto",
        "video",
        "baca",
    ]
)
_ACRONYMS = frozenset(
    ["NTB", "NTT", "DKI", "DIY", "NAD", "RI", "AS", "USA", "UK", "UEA", "PBB", "PNG", "KLU", "OKU", "OKI", "PALI", "BSD", "IKN"]
)  # fmt: skip
# Host-like outlets in their own spelling (Portal.outlet_spellings): "kompas.com" -> "Kompas.com".
_OUTLET_CANON = knowledge.outlet_spellings()
# Networks that write their regional brands in camel case (Portal.camel_prefix: SuaraLampung.id,
# RadarBogor.id). Other networks write their hosts capitalised once ("Tribunlampung.co.id",
# "Tribunjambi.com"), which the general rule for capitalised hosts gives.
_CAMEL_FAMILIES = knowledge.camel_prefixes()


def parse_dateline(paragraph: str, outlets: Iterable[str] = ()) -> Dateline | None:
    """The dateline at the start of `paragraph` as {raw, place, outlet}, or None if there is none.

    `outlets` are the site's own names (og:site_name, a profile's brands): on a site we have no
    rule for, "Tanggamus, Kabar Pesisir –" then reads as place + outlet, not as two places.
    """
    if not isinstance(paragraph, str):
        return None
    text = paragraph.lstrip().replace("\xa0", " ")
    head = text[: _MAX_PREFIX + 4]
    names = tuple(sorted({n.strip() for n in outlets if n and len(n.strip()) >= 3}, key=len))
    # The site's own forms need its name in the prefix: compiled (per site, ~1 ms) only then.
    folded = head.casefold()
    compact = folded.replace(" ", "")
    printed = tuple(n for n in names if n.casefold().replace(" ", "") in compact)
    for form in [*_site_forms(printed[::-1]), *_FORMS]:
        m = form.match(head)
        if not m or m.end() > _MAX_PREFIX:
            continue
        groups = m.groupdict()
        place = groups.get("place") or ""
        outlet = groups.get("outlet") or ""
        if place and not _plausible_place(place, bare=not outlet, rest=text[m.end() :]):
            continue
        return Dateline(
            raw=text[: m.end()].rstrip(),
            place=_nice_place(place),
            outlet=_site_spelling(outlet, names) or _nice_outlet(outlet),
        )
    return None


@lru_cache(maxsize=256)
def _site_forms(names: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    if not names:
        return ()
    # A name of several words is also printed run together ("Kabar Warga": "KABARWARGA").
    spelled = (r"\s?".join(re.escape(word) for word in n.split()) for n in names)
    outlet = "(?P<outlet>(?i:" + "|".join(spelled) + "))"
    return (
        re.compile(r"^(?P<place>" + _PLACES + r"), ?" + outlet + _END_TIGHT),
        re.compile(r"^" + outlet + r", ?(?P<place>" + _PLACES + r")" + _END_TIGHT),
        re.compile(r"^(?P<place>" + _PLACES + r") ?\(" + outlet + r"\)" + _END_TIGHT),
        re.compile(r"^" + outlet + _END_TIGHT),
    )


def _site_spelling(printed: str, names: tuple[str, ...]) -> str:
    """A site name printed in capitals ("KABAR PESISIR") takes the site's own spelling."""
    if printed and printed == printed.upper():
        key = printed.casefold().replace(" ", "")
        for name in names:
            if name.casefold().replace(" ", "") == key and "." not in name:
                return name
    return ""


def strip_dateline(paragraph: str) -> str:
    """`paragraph` without its dateline prefix (unchanged when it has none)."""
    found = parse_dateline(paragraph)
    if found is None:
        return paragraph
    text = paragraph.lstrip().replace("\xa0", " ")
    return text[len(found["raw"]) :].lstrip()


def _plausible_place(place: str, *, bare: bool, rest: str) -> bool:
    words = re.findall(r"[A-Za-z'’.-]+", place)
    if any(w.lower().strip(".") in _NOT_PLACES for w in words):
        return False
    if not bare:
        return len(words) <= 6
    # Bare "Jakarta -": the story must follow, starting like a sentence, and the place be short.
    rest = rest.lstrip()
    if len(words) > 3 or not rest:
        return False
    return rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“'‘"


def _nice_place(place: str) -> str:
    """Title-case an all-caps place ("BANDAR LAMPUNG" -> "Bandar Lampung"), keeping acronyms."""
    parts = re.split(r"\s*,\s*", place.strip())
    return ", ".join(map(_nice_part, parts))  # ("JAKARTA, Indonesia (AP)": each part as printed)


def _nice_part(place: str) -> str:
    letters = [c for c in place if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return place
    return re.sub(r"[A-Za-z'’]+", _title_word, place)


def _title_word(m: re.Match[str]) -> str:
    word = m.group(0)
    if word in _ACRONYMS or len(word) <= 2 or not re.search(r"[AEIOU]", word):
        return word
    return word[0] + word[1:].lower()


def _nice_outlet(outlet: str) -> str:
    """One spelling per brand. Printed in mixed case, the outlet's own spelling is kept; printed in
    capitals ("TRIBUNSOLO.COM"), a known brand gets its usual case (Kompas.com, VIVA.co.id), a
    camel-case network its brand form (SuaraJogja.id), any other host a capital initial
    ("Tribunsolo.com", the way Tribun sites print their own names)."""
    outlet = outlet.strip()
    if not outlet or "." not in outlet:
        return outlet
    lowered = outlet.lower()
    if lowered in _OUTLET_CANON:
        return _OUTLET_CANON[lowered]
    if outlet != outlet.upper():
        return outlet  # printed in mixed case: the outlet's own spelling ("SuaraLampung.id")
    name, _, suffix = lowered.partition(".")
    for family in _CAMEL_FAMILIES:
        rest = name[len(family) :]
        if name.startswith(family) and rest:
            return f"{family.title()}{rest.title()}.{suffix}"
    return f"{name.capitalize()}.{suffix}"
