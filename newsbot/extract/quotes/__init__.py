"""Direct quotations and their speakers in Indonesian news text.

Rule-based on purpose: the attribution grammar of Indonesian news is narrow
(`"…," kata X`, `"…," ujarnya`, `X mengatakan, "…"`) and a rule can say "no
speaker" where a model would guess. Speaker resolution keeps one piece of state,
the *focus*: the person most recently named as a sentence subject or as a
speaker. `-nya`, ia/dia/beliau and "politisi itu" resolve to it; a short name
resolves to the fullest form of that name in the article.

Long office titles ("Kepala Dinas Perindustrian dan Perdagangan Provinsi Lampung
Yusuf Kohar") are peeled word by word: office nouns, ranks, places after a place-taking
office, numbers and acronyms are role; the person is the name left at the end, cut
further where the article itself uses the rest as a place or uses the name alone.

Everything the rules know about the language (cue verbs, titles, ranks, role
words, office nouns, places that roles take) is data in vocab.py. The package is one code path:
spans.py pairs the marks, people.py knows who is who in the article, resolve.py attributes.
"""

from __future__ import annotations

import re

from newsbot.extract.quotes.people import _agent_noun, _Article, _sentences, _tokens
from newsbot.extract.quotes.resolve import _Resolver
from newsbot.extract.quotes.spans import _find_spans
from newsbot.extract.quotes.vocab import (
    _CUE_FORMS,
    _ROLE,
    INDIRECT_VERBS,
    PASSIVE_SAYING,
    PERSON_NOUNS,
    PROFESSIONS,
    RANKS,
    SPELLED_RANKS,
    TITLES,
)
from newsbot.record import Quote

_RANKS = frozenset(RANKS)
_SPELLED_RANKS = sorted((tuple(r.split()) for r in SPELLED_RANKS), key=len, reverse=True)
# Every statement the rules read has one of these words: a cue ("kata", "ujarnya", "said"), a
# reporting verb, "menurut"/"according" or "demikian"/"begitu" (`"…" Demikian penjelasan X`). A text
# without any of them has no statement to find, and its article model is not built.
_SPEECH_WORDS = _CUE_FORMS | INDIRECT_VERBS | frozenset(("menurut", "menurutnya", "according"))
_SPEECH_WORDS |= frozenset(("demikian", "begitu")) | PASSIVE_SAYING  # "Dijelaskan X, …"
_WORDS = re.compile(r"\w+")
_FORCES = frozenset(("TNI", "Polri", "AD", "AU", "AL"))

__all__ = ["extract_quotes"]

# Bounded work for any input (issue 12): a quote costs 0.5-1.5 ms to attribute, so a body of
# thousands stalls a page for seconds. No real article has this much text or this many quotes;
# what lies beyond either limit is not read for quotes.
MAX_QUOTED_TEXT_CHARS = 100_000
MAX_QUOTES = 500


def extract_quotes(
    paragraphs: list[str], headline: str = "", *, reported: bool = True
) -> list[Quote]:
    """The statements of the body, each with its speaker: direct quotations (`kind` "direct")
    and indirect statements (`kind` "indirect": `X mengatakan, …`, `X menjelaskan bahwa …`,
    `Menurut X, …`), in reading order of their paragraphs.

    `headline` is only used as extra evidence for full names; quotes in it are not returned.
    `reported=False` leaves out the indirect statements read from reporting verbs (`Menurut X,`
    ones stay).
    """
    _tokens.cache_clear()  # per article: the passes share tokens, articles share nothing
    _sentences.cache_clear()
    paras: list[str] = []
    budget = MAX_QUOTED_TEXT_CHARS
    for paragraph in paragraphs:
        if budget <= 0:
            break
        paras.append(" ".join(paragraph[:budget].split()))
        budget -= len(paras[-1]) + 1
    if not _speaks(paras):
        return []
    article = _Article(paras, headline)
    spans = _find_spans(paras, article.skip)
    if len(spans) > MAX_QUOTES:  # read the paragraphs before the first quote over the limit
        paras = paras[: max(1, spans[MAX_QUOTES].start_par)]
        article = _Article(paras, headline)
        spans = _find_spans(paras, article.skip)[:MAX_QUOTES]
    quotes = _Resolver(article, reported).run(spans)
    for quote in quotes:
        quote["speaker_role"], rank = _split_rank(_as_inside(quote["speaker_role"]))
        if rank:
            quote["speaker_rank"] = rank
    return quotes


def _speaks(paras: list[str]) -> bool:
    """Some word of the text is one that every statement needs (see _SPEECH_WORDS)."""
    return not _SPEECH_WORDS.isdisjoint(_WORDS.findall("\n".join(paras).lower()))


# What a person does or is, not an office: a common noun, in lower case inside a sentence.
_COMMON_ROLES = (PROFESSIONS | PERSON_NOUNS) - {"Juru"}  # ("Juru Bicara" is an office)


def _as_inside(role: str) -> str:
    """ "Artis Nagita Slavina mengatakan": a role opened by a trade or a description ("artis",
    "terdakwa", "pengamat politik") has a capital only where it opens the sentence; it is
    given as written inside one, where an office keeps its capital ("Kepala Dinas …")."""
    first, _, rest = role.partition(" ")
    # (or an agent noun no word list has, "Pengajar ilmu …"; the listed ones may be offices:
    # "Pemimpin Redaksi", "Pengurus …")
    if first not in _COMMON_ROLES and (first in _ROLE or not _agent_noun(first.lower())):
        return role
    return " ".join(filter(None, (first.lower(), rest)))


def _split_rank(role: str) -> tuple[str, str]:
    """("Kapolsek Natar Kompol", …) -> ("Kapolsek Natar", "Kompol"): the rank that stood
    between the office and the name is the person's, not part of the office. So is an
    honorific there ("Rektor Unesa Prof", "Kepala Dinas Kesehatan dr"): it is left out, as it
    is of the name."""
    words = role.split()
    while len(words) > 1 and words[-1] in TITLES:
        words.pop()
    # "… Brigadir Jenderal (Mar)", "… Kombes (Purn)": the corps or status goes with the rank
    corps = words.pop() if len(words) > 2 and _CORPS.fullmatch(words[-1]) else ""
    role, rank = _split_rank_words(words)
    if corps and not rank:
        return " ".join([*words, corps]), ""
    return role, " ".join(filter(None, (rank, corps)))


_CORPS = re.compile(r"\([A-Z][a-z]{1,4}\)")


def _split_rank_words(words: list[str]) -> tuple[str, str]:
    """(office, rank) of role words ending with a rank, its force after it."""
    k = len(words)
    # (a force goes with the rank it follows, "Laksda TNI", not with one after it: "Kepala
    # Dinas Penerangan TNI AL | Laksamana Pertama")
    ranked = False
    while k:
        # "Kapolres … Ajun Komisaris Besar": a rank written out, the longest first (a lone
        # "Komisaris" only after an office: alone it may be a company's board)
        spelled = next(
            (len(r) for r in _SPELLED_RANKS if tuple(words[max(0, k - len(r)) : k]) == r), 0
        )
        if spelled and (spelled > 1 or k > 1):
            k -= spelled
        elif words[k - 1] in _RANKS or (k > 1 and words[k - 1] in _FORCES and not ranked):
            k -= 1  # "Laksda TNI", "Kombes Pol": the force named after a rank goes with it
        else:
            break
        ranked = ranked or words[k] not in _FORCES
    if k < len(words) and words[k] in _FORCES:
        k += 1
    return " ".join(words[:k]), " ".join(words[k:])
