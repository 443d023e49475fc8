"""The portals' facts that generic extraction reads, gathered from every profile in the registry.

Extraction modules (metadata, dateline, body, lists) hold no portal's name: they ask here for the
union of what the profiles declare (`Portal.brands`, `.dateline_outlets`, `.noise_classes`, …).
The union, not the page's own portal: syndicated stories carry other outlets' datelines and
sign-offs, and pages served from copies have no portal at all.
"""

from __future__ import annotations

from functools import cache

from newsbot.portals import all_portals
from newsbot.portals.base import Portal


def alternation(fragments: tuple[str, ...]) -> str:
    """`(?:a|b|…)` of regex fragments; a pattern that never matches when there are none."""
    return "(?:" + "|".join(fragments) + ")" if fragments else "(?!)"


def _gathered(name: str) -> tuple[str, ...]:
    values: dict[str, None] = {}
    for portal in _everyone():
        values.update(dict.fromkeys(getattr(portal, name)))
    return tuple(values)


@cache
def _everyone() -> tuple[Portal, ...]:
    from newsbot.portals.outlets import OUTLETS

    return (*all_portals(), *OUTLETS)


@cache
def brand_words() -> tuple[str, ...]:
    """Regex fragments naming a brand in a title segment or a byline (case-insensitive)."""
    return _gathered("brands")


@cache
def outlet_spellings() -> dict[str, str]:
    """Lower-cased host-like outlet -> its own spelling ("kompas.com" -> "Kompas.com")."""
    return {spelling.lower(): spelling for spelling in _gathered("outlet_spellings")}


@cache
def dateline_outlets() -> tuple[str, ...]:
    """Regex fragments of outlets printed without a host in datelines (case as printed)."""
    return _gathered("dateline_outlets")


@cache
def camel_prefixes() -> tuple[str, ...]:
    """Networks whose regional brands are camel case after the prefix (SuaraLampung.id)."""
    return tuple(dict.fromkeys(p.camel_prefix for p in _everyone() if p.camel_prefix))


@cache
def byline_suffixes() -> tuple[str, ...]:
    """Regex fragments of byline tails naming the outlet ("Nama - detikNews")."""
    return _gathered("byline_suffixes")


@cache
def organisations() -> tuple[str, ...]:
    """Company names printed as bylines (never a person)."""
    return _gathered("organisations")


@cache
def noise_classes() -> frozenset[str]:
    """Class/id parts of portal widgets inside stories."""
    return frozenset(part for p in _everyone() for part in p.noise_classes)


@cache
def sign_offs() -> tuple[str, ...]:
    """Regex fragments of desk codes closing a story ("ant" of "(ant)")."""
    return _gathered("sign_offs")


@cache
def boilerplate_lines() -> tuple[str, ...]:
    """Regex fragments of whole lines of portal furniture that are never prose."""
    return _gathered("boilerplate")


@cache
def list_hints() -> tuple[tuple[str, str], ...]:
    """(CSS selector, list key) of link lists with no text heading, every portal's."""
    hints: dict[tuple[str, str], None] = {}
    for portal in _everyone():
        hints.update(dict.fromkeys(portal.list_hints))
    return tuple(hints)
