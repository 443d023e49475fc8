"""Who is who: names, roles and offices in phrases, and what the whole article says about names."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, compress, pairwise

from newsbot.extract.quotes.vocab import (
    _ACRONYM,
    _CLUB,
    _CUE_FORMS,
    _DEGREE,
    _NOT_NAMES,
    _PERSON_OFFICES,
    _PUNCT,
    _ROLE,
    _VERBISH,
    _WORD,
    ABBREVIATIONS,
    AUXILIARIES,
    BALINESE_NAMES,
    BOILERPLATE_LINE,
    CALENDAR_WORDS,
    CITIES,
    CLUBS,
    COMPANY_NAME_WORDS,
    CUE_LEMMAS,
    DEMONSTRATIVES,
    ENGLISH_ROLES,
    FUNCTION_WORDS,
    INSTITUTIONS,
    KIN_NOUNS,
    MARKS,
    MEDIA,
    NAME_CONNECTORS,
    NAME_LIKE_ROLES,
    NAME_OPENERS,
    NOT_AGENTS,
    NP_STOPS,
    OFFICE_JOINERS,
    OFFICE_SHORT,
    ORGANISATION_HEADS,
    ORGANISATION_NOUNS,
    ORGANISATION_WORDS,
    PASSIVE_CUES,
    PERSON_NOUNS,
    PLACE_CONTINUATIONS,
    PLACE_HEADS,
    PLACE_PREFIXES,
    PROFESSIONS,
    RANKS,
    REGIONS,
    ROLE_WORDS,
    SPELLED_RANKS,
    TITLES,
)

# --- names and roles ----------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """Words and the punctuation that ends a name run; a sentence-final period is its own token."""
    return list(_tokens(text))


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    """`_words` of a text, kept: the article's sentences are read by several passes."""
    out = _WORD.findall(text)
    # (most words end otherwise: only the few with a period are asked)
    ends = [k for k, w in enumerate(out) if w[-1] == "." and _ends_sentence(w)]
    for k in reversed(ends):
        out[k : k + 1] = [out[k][:-1], "."]
    return tuple(out)


def _ends_sentence(w: str) -> bool:
    """ "Jakarta.": a word with the period that ends its sentence ("A.", "Dr.", "Plt." keep it)."""
    return (
        w.endswith(".")
        and len(w) > 1
        and not (_is_initial(w) or w in TITLES or w in RANKS or "." in w[:-1])
        and w[:-1] not in ABBREVIATIONS
    )


def _token_starts(text: str) -> list[int]:
    """Where each of `_tokens(text)` starts in `text`, one to one."""
    out: list[int] = []
    for m in _WORD.finditer(text):
        out.append(m.start())
        w = m.group()
        if w[-1] == "." and _ends_sentence(w):
            out.append(m.end() - 1)
    return out


@lru_cache(maxsize=65536)  # (asked of every word by several passes: a cached look-up is cheap)
def _is_cap(w: str) -> bool:
    first = w[:1]
    return first.isupper() or first == "@"


def _where(test: Callable[[str], bool], words: list[str]) -> list[int]:
    """The indices of the words that pass `test` (a cached one: the loop runs in C)."""
    return list(compress(range(len(words)), map(test, words)))


def _is_initial(w: str) -> bool:
    """ "A" or "A.": one capital letter of the Latin alphabet, perhaps with its period."""
    n = len(w)
    return (n == 1 or (n == 2 and w[1] == ".")) and "A" <= w[0] <= "Z"


@lru_cache(maxsize=65536)  # a word's shape and the vocabulary: the same for every article
def _is_degree(w: str) -> bool:
    return (("." in w.strip(".") or "-" in w) and bool(_DEGREE.fullmatch(w))) or w in (
        "SH",
        "MH",
        "MM",
        "MBA",
        "MSi",
        "SE",
        "ST",
        "SPd",
        "SIP",
        "PhD",
        "SpPD",
        "MKes",
        "MA",
    )


@lru_cache(maxsize=65536)
def _is_roleish(w: str) -> bool:
    return (
        w in _ROLE
        or (bool(_ACRONYM.fullmatch(w)) and not _is_initial(w))
        or _is_degree(w)
        or bool(_OFFICE_NOUN.fullmatch(w))
    )


# Nouns of fields and offices by their shape: "Ketenagalistrikan", "Pertambangan", "Legislasi",
# "Komunikasi" ("Direktur Jenderal Ketenagalistrikan …"): never a person's name.
_OFFICE_NOUN = re.compile(r"(?:Pe[mnr]?|Peng|Peny|Ke|Per)[a-z]{4,}an|[A-Z][a-z]{3,}(?:asi|itas)")


@dataclass(frozen=True)
class _Name:
    name: str
    role: str


@dataclass
class _Evidence:
    """What the whole article says about names (see `_Article`)."""

    bare: set[str] = field(default_factory=set)  # names used on their own ("Wahdi mengatakan")
    entities: frozenset[tuple[str, ...]] = frozenset()  # capitalised runs as they end
    common: frozenset[str] = frozenset()  # words the article also writes in lower case
    organisations: frozenset[str] = frozenset()  # "(Transjakarta)" after "PT Transportasi …"
    # places by the words naming them: "di Indramayu", "Kabupaten Sabu Raijua", a dateline's
    places: frozenset[tuple[str, ...]] = frozenset()
    cued: set[str] = field(default_factory=set)  # names said right after a cue ("kata Rina")
    # the capitalised words that follow each word in the article's runs ("Gusdurian": "Peduli")
    heads: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)
    # `_split_role` of each run asked of this evidence: the article's passes ask the same runs
    splits: dict[tuple[str, ...], _Name] = field(default_factory=dict, compare=False, repr=False)
    # bodies an office is of, found by `_entity_ahead` ("Bio Farma"): organisations, no people
    bodies: set[str] = field(default_factory=set, compare=False, repr=False)


_NO_EVIDENCE = _Evidence()


def _split_role(words: list[str], ev: _Evidence = _NO_EVIDENCE) -> _Name:
    """Split "Wali Kota Metro Wahdi Siradjudin" into role and name; name '' when none is found
    (read once per run and article: see `_read_role`)."""
    if ev is _NO_EVIDENCE:  # (no article behind it: nothing to keep it for)
        return _parenthesised(_read_role(words, ev), words)
    key = tuple(words)
    known = ev.splits.get(key)
    if known is None:
        known = ev.splits[key] = _parenthesised(_read_role(words, ev), words)
    return known


def _parenthesised(split: _Name, words: list[str]) -> _Name:
    """The role with the parentheses of the abbreviation it holds put back: "Menteri Keuangan
    (Menkeu)", not "Menteri Keuangan Menkeu" (the role is read without punctuation)."""
    if "(" not in words or not split.role:
        return split
    role = split.role.split()
    for k in _where(lambda w: w == "(", words):
        close = words.index(")", k) if ")" in words[k:] else -1
        inner = words[k + 1 : close]
        lead = words[k - 1 : k]  # the word the abbreviation follows, when any
        at = next(
            (i for i in range(len(role)) if role[i : i + len(lead) + len(inner)] == lead + inner),
            -1,
        )
        if inner and at >= 0:
            at += len(lead)
            role[at : at + len(inner)] = ["(" + inner[0], *inner[1:]]
            role[at + len(inner) - 1] += ")"
    return _Name(split.name, " ".join(role))


# Cues that may open a sentence before the source they name ("Kata Rina, …").
_OPENING_CUES = frozenset(["Menurut", *(c.capitalize() for c in CUE_LEMMAS)])
# Words an office cut short may end with, which join it to what was cut off.
_DANGLING = frozenset(("atau", "dan", "serta", "yang", "di", "dari", "pada", "untuk"))


def titles_at(words: Sequence[str], k: int) -> int:
    """How many honorifics open a name at `k` ("H. Darto", "Pak Darto", "Prof Dr Budi")."""
    t = k
    while t < len(words) and t - k < 3 and words[t] in TITLES:
        t += 1
    return t - k


def rank_at(words: Sequence[str], k: int) -> int:
    """How many words of a rank open a name at `k` ("Komisaris | Sujarwo", "AKBP | Andika",
    "Ajun Komisaris Besar | Elvianus"); 0 when no name follows them."""
    n = 0
    while k + n < len(words) and (words[k + n] in RANKS or words[k + n] in _SPELLED_FIRST):
        spelled = next((len(r) for r in _SPELLED if tuple(words[k + n : k + n + len(r)]) == r), 0)
        step = spelled or int(words[k + n] in RANKS)
        if not step:
            break
        n += step
    return n if n and _name_run(list(words[k + n : k + n + 5])) else 0


def _is_age(words: Sequence[str], k: int) -> bool:
    """An age in parentheses at `k`: "Rosita (52), pedagang …" (not a year: "… Workers (2020)")."""
    return (
        words[k : k + 1] == ["("]
        and words[k + 2 : k + 3] == [")"]
        and words[k + 1].isdigit()
        and len(words[k + 1]) < 3
    )


def _as_mid_sentence(role: list[str]) -> list[str]:
    """ "Korban, Lina (34),", "Siswi kelas X SMKN 1, Intan,": a description that opened its
    sentence, as it is written inside one; an office stays capitalised ("Pemilik PT …")."""
    if role[0] in _DESCRIPTION_NOUNS and not (len(role) > 1 and _is_cap(role[1])):
        return [role[0].lower(), *role[1:]]
    return role


def _glued(words: list[str]) -> list[str]:
    """Role words with their parentheses glued on: "(", "DLH", ")" -> "(DLH)"."""
    out: list[str] = []
    opening = False
    for w in words:
        if w == "(":
            opening = True
        elif w == ")" and out:
            out[-1] += ")"
        else:
            out.append("(" + w if opening else w)
            opening = False
    return out


def _read_role(words: list[str], ev: _Evidence) -> _Name:
    """`_split_role`, uncached.

    Role words, ranks, titles, acronyms and the place an office takes are peeled off the
    front. Then, if a later word is a name the article uses on its own ("Wahdi mengatakan")
    and the words before it are an entity of their own elsewhere ("Seasons City"), the name
    starts at that word.
    """
    if ")" in words:  # "… Indonesia (KAI Commuter) Wiwik Widayanti": role up to the ")"
        cut = len(words) - words[::-1].index(")")
        later = _split_role(words[cut:], ev)
        if later.name:
            role = [w for w in words[:cut] if w not in _PUNCT]
            return _Name(later.name, " ".join([*role, later.role]).strip())
    last_field = _last_field(words)
    if last_field:
        later = _split_role(words[last_field:], ev)
        if not later.role:  # the field itself ("… dan Transmigrasi Abdul Halim"): role too
            later = _split_role(words[last_field + 1 :], ev)
            later = _Name(later.name, " ".join([words[last_field], later.role]).strip())
        if later.name:
            role = [w for w in words[:last_field] if w not in _PUNCT]
            return _Name(later.name, " ".join([*role, later.role]).strip())
    words = [w.rstrip(".,") if not _is_initial(w) else w for w in words]
    words = [w for w in words if w and w not in _PUNCT]
    if len(words) == 1:  # most runs are one word
        return _split_one(words[0], ev)
    k = 0
    while k < len(words):
        w = words[k]
        # a city or a club between an office and the name ("pelatih Persebaya Surabaya Paul
        # Munster", "kapten Arema FC Dendi"), as long as a name still follows it
        club_or_city = (k > 0 or _is_club(w)) and (_is_club(w) or w in CITIES)
        place = _place_at(words, k, ev) if k > 0 else 0
        if place:
            while k + place < len(words) and words[k + place] in PLACE_CONTINUATIONS:
                place += 1  # "Jakarta Selatan", "Jakarta Raya"
        if place and _name_follows(words[k + place :]):
            k += place  # "Ketua KPU Indramayu Ahmad Toni Fatoni", "di Indramayu" elsewhere
            continue
        opens_name = k > 0 and w in FUNCTION_WORDS and k + 1 < len(words)
        if opens_name and not _is_roleish(words[k + 1]) and _name_run(words[k + 1 :]):
            break  # "… Jateng Lalu M Syafriadi" (not "Lalu Lintas"): a name opens here
        if _peeled(w, ev) or (club_or_city and _name_follows(words[k + 1 :])):
            k += 1
            if (
                w in PLACE_HEADS
                and k < len(words)
                and _is_cap(words[k])
                and not _is_roleish(words[k])
                and not _holder_named(words, k, ev)
            ):
                # ("Lurah Kampung Melayu Kusmanto" where the article writes "Kelurahan
                # Kampung Melayu": the place the article names, whole, as long as a name follows)
                named = _place_at(words, k, ev)
                if named > 1 and _name_run(words[k + named :]):
                    k += named - 1
                elif (
                    words[k] in PLACE_PREFIXES and k + 1 < len(words) and _opens_place(words, k, ev)
                ):
                    k += 1
                k += 1
                while k < len(words) and words[k] in PLACE_CONTINUATIONS:
                    k += 1
            elif (
                w in _NAMED_KINDS
                and k < len(words)
                and _is_cap(words[k])
                and not _is_roleish(words[k])
                and len(_name_run(words[k + 1 :])) >= 2
            ):
                k += 1  # "Kepala Ekonom Bank | Permata | Josua Pardede": the bank's own name
            elif w == "DKI" and k < len(words) and words[k] == "Jakarta":
                k += 1
            while w in REGIONS and k < len(words) and words[k] in PLACE_CONTINUATIONS:
                k += 1
            continue
        break
    # a rank is followed by the name itself, whole: "… Kombes Pol | Zahwani Pandra Arsyad",
    # "Polda Metro Jaya Inspektur Jenderal | M Fadil Imran" (later "kata Pandra", "Fadil")
    end = _rank_end(words, max(0, k - 1))
    ranked = 0 < end < len(words) and _name_run(words[end:]) == words[end:]
    if ranked:
        k = max(k, end)
    elif k > 0 and words[k - 1] in TITLES:
        ranked = True  # (so is a title: "… Prof | Budi Santoso")
    for b in range(k + 1, len(words) if not ranked else k + 1):
        before = words[k:b]
        if before[-1] == "I" and words[b] in BALINESE_NAMES:
            continue  # "AKBP I Ketut Gede …": the Balinese "I" opens the name with this word
        # after an office, a name the article uses alone starts the person ("… Panjang | Rudi")
        # (leaving two words at least: "Joko Santosa", later "Santosa menambahkan", stays whole)
        # (never right after a word that only opens personal names: "Menteri … Andi | Amran")
        after_office = (
            k > 0
            and not any(w in ev.bare for w in before)
            and before[-1] not in NAME_OPENERS
            and not (len(before) == 1 and before[0] in FUNCTION_WORDS)  # "Jateng Lalu M S"
        )
        entity = tuple(before) in ev.entities
        if words[b] in ev.bare or (after_office and entity):  # the rest is read only then
            rest_len = len(_name_run(words[b:]))
            independent = entity or any(w.lower() in ev.common for w in before)
            bare = words[b] in ev.bare
            # (not where nothing stands before a first name used alone that is no place:
            # "Almaraja Limbong", later "Almaraja …" and "Limbong …" both)
            first_name = (
                k == 0
                and all(w in ev.bare and w.lower() not in ev.common for w in before)
                and not _place_at(before, 0, ev)
            )
            if (
                bare
                and rest_len
                and (independent or (after_office and rest_len > 1))
                and not first_name
            ):
                k = b - _first_names_before(before)
                k = _past_a_subject(words, k, ev)
                break
            # "Dinas Pertanian Pringsewu Joko Santosa" where "Kabupaten Pringsewu" is elsewhere
            # (no name opens with an organisation's word: "Lion Air | Group Danang …")
            if after_office and entity and rest_len >= 2 and words[b] not in _NOT_PERSON:
                k = b
                break
    name = _name_run(words[k:])
    if k > 0 and words[k - 1] in _FIELD_JOINERS and len(name) >= 3:
        # "Minister for Human Development and | Culture Muhadjir Effendy": the word after the
        # joiner is the office's last field
        k += 1
        name = name[1:]
    # "… Jateng Lalu M Syafriadi" (Sasak names): after an office, a capitalised word that
    # opens sentences elsewhere is the first of the name
    opens = 0 < k < len(words) and words[k] in FUNCTION_WORDS and 0 < len(name) <= 4
    if opens and name == words[k + 1 : k + 1 + len(name)]:
        name = [words[k], *name]
    # "Universitas Lambung Mangkurat Muhammad Handry": after an office, a word that only opens
    # personal names starts the person, the words before it end the institution
    opener = next((j for j in range(1, len(name) - 1) if name[j] in _FIRST_ONLY), 0)
    if k > 0 and opener and name[0] not in NAME_OPENERS:
        k += opener
        name = name[opener:]
    placed = _place_in_name(name, words[k - 1] if k else "", ev)
    if placed:
        k += placed
        name = _name_run(words[k:])
    # "Polda Metro Jaya Kombes Pol Ade Ary": a name followed by more role words was a place;
    # "Ketua Panitia Krakatau Run 2026 Dimas Prasetyo": so was one followed by a number
    rest = k + len(name)
    if name and rest < len(words) and (_is_roleish(words[rest]) or _has_digit(words[rest])):
        later = _named_again(_split_role(words[rest:], ev), words[:rest])
        if later.name:
            return _Name(later.name, " ".join([*words[:rest], later.role]).strip())
        if words[rest].isdigit() and k > 0 and _ACRONYM.fullmatch(name[-1]):
            # "warga Gang Hijau RT 008 RW 02": the name ends with the unit an address numbers
            # ("RT | 008"), no person is named
            return _Name("", " ".join(words))
        if words[rest] in PLACE_HEADS and later.role:
            # "PT ASDP Indonesia Ferry Cabang Bakauheni": the run ends with a unit of an
            # organisation and its place, no person; what read as a name was the organisation's
            return _Name("", " ".join(words))
    # "PT Angkasa Pura II Bambang Wijanarko", "Radin Inten II Rudi": an acronym or numeral
    # inside the run ends an organisation or place; the person's name comes after it
    inner = [i for i, w in enumerate(name[:-1]) if len(w) > 1 and _ACRONYM.fullmatch(w)]
    if k > 0 and inner:
        cut = k + inner[-1] + 1
        later = _named_again(_split_role(words[cut:], ev), words[:cut])
        if later.name:
            return _Name(later.name, " ".join([*words[:cut], later.role]).strip())
    cut = _company_name_end(name) if k > 0 and words[k - 1] in _COMPANY_FORMS else 0
    # (not after a rank or a title, which open a person's name: "Kombes Pol | Ade Ary Syam …")
    ranked = k > 0 and (words[k - 1] in RANKS or words[k - 1] in TITLES)
    if not cut and k > 0 and len(name) > 3 and not ranked:
        cut = _entity_ahead(name, ev)
        if cut:
            ev.bodies.add(" ".join(name[:cut]))
    if cut:  # "Direktur Utama PT Maju Jaya | Budi Santoso": the company ends before the name
        return _Name(" ".join(name[cut:]), " ".join(words[: k + cut]))
    if not name and len(words) - k > 5:
        # "General Manager Pertamina Marketing Operation Region IV PT Pertamina Sylvia Grace
        # Yuvenna": a run too long for a name; the person follows the last organisation word
        cut = max((i for i in range(k, len(words) - 1) if _organisation_word(words[i])), default=-1)
        if cut >= 0:
            later = _named_again(_split_role(words[cut:], ev), words[:cut])
            if later.name:
                return _Name(later.name, " ".join([*words[:cut], later.role]).strip())
    company = _company_over(words, k, k + len(name), ev) if name and ev.organisations else 0
    if company:
        # "PT Jasa | Marga", "Direktur Utama Jasa | Marga Subakti Syukur": a company the
        # article names by its legal name elsewhere runs over where the name seemed to start
        after = _name_run(words[company:])
        if not after:
            return _Name("", " ".join(words))
        return _Name(" ".join(after), " ".join(words[:company]))
    if not name and len(words) == 1 and words[0] in INSTITUTIONS:  # "tulis Kemlu"
        return _Name(words[0], "")
    if k > 0 and len(name) == 1 and name[0] in ev.organisations:  # "Direktur Transjakarta"
        return _Name("", " ".join(words))
    if name and tuple(name) in ev.places:  # "Pilkada Indramayu", "di Indramayu" elsewhere
        return _Name("", " ".join(words))
    if name and all(map(_is_club, name)):  # "Manajer Arema FC": a club, no one's name
        return _Name("", " ".join(words))
    role = words[:k]
    if all(w in TITLES for w in role):  # "Dr dr Eka Ginanjar": titles, no office
        role = []
    return _Name(" ".join(name), " ".join(role))


def _entity_ahead(name: list[str], ev: _Evidence) -> int:
    """`Direktur Utama | Bio Farma | Shadiq Akasya`, the article writing "Bio Farma menyebut"
    elsewhere: a run of two words or more that the article uses on its own, never said after a
    cue, opens a long run after an office; it is the body the office is of, and the person's
    name of two words or more follows it. 0 when none does."""
    for n in range(len(name) - 2, 1, -1):
        if tuple(name[:n]) in ev.entities and ev.cued.isdisjoint(name[:n]):
            return n
    return 0


def _company_name_end(name: list[str]) -> int:
    """Where the name of a company after "PT" ends inside a run that goes on with its officer's
    name ("Maju Jaya | Budi Santoso", "Sinar Abadi Makmur | Hendra"): after the last word
    companies are named with, a person's name of one to three words left; 0 when none is."""
    if len(name) < 3 or COMPANY_NAME_WORDS.isdisjoint(name):
        return 0
    for i in range(len(name) - 2, -1, -1):
        if name[i] in COMPANY_NAME_WORDS:
            return i + 1 if len(name) - i - 1 <= 3 else 0
    return 0


def _company_over(words: list[str], k: int, end: int, ev: _Evidence) -> int:
    """Where a company of `ev.organisations` (names of two words or more) that holds a word
    of the name `k`..`end` ends; 0 when none does."""
    for i in range(end - 1, max(-1, k - 7), -1):  # (a company's name has six words at most)
        for e in range(min(len(words), i + 7), max(k, i + 1), -1):
            if " ".join(words[i:e]) in ev.organisations:
                return e
    return 0


_FIELD_JOINERS = frozenset((*OFFICE_JOINERS, "and"))
# Kinds of organisation whose own name, after them, is mostly one word ("Bank Permata", "Hotel
# Tugu", "Harian Kompas"): that word is the organisation's when a person's name follows it.
_NAMED_KINDS = frozenset(("Bank", "Hotel", "Harian", "Radio", "Apotek", "Klinik", "Toko"))
_SPELLED = sorted((tuple(r.split()) for r in SPELLED_RANKS), key=len, reverse=True)
_SPELLED_FIRST = frozenset(r[0] for r in _SPELLED)


def _past_a_subject(words: list[str], k: int, ev: _Evidence) -> int:
    """`Koordinator Nasional Jaringan | Gusdurian Alissa Wahid`, the article writing "Gusdurian
    Peduli menggalang …" and "kata Alissa": a word used alone as a subject but never after a
    cue, that heads another name of the article, is an organisation's, and the person starts
    at the name said after a cue right after it; `k` when it is none."""
    w = words[k] if k + 1 < len(words) else ""
    if not w or w in ev.cued or words[k + 1] not in ev.cued:
        return k
    others = ev.heads.get(w, set()) - {words[k + 1]}
    return k + 1 if others and len(_name_run(words[k + 1 :])) >= 2 else k


def _named_again(later: _Name, office: list[str]) -> _Name:
    """`General Manager Pertamina … Region IV | PT Pertamina Sylvia Grace Yuvenna`: a name of
    three words or more that opens with a word of the office before it names the office's
    organisation again; the person is the rest."""
    named = later.name.split()
    if len(named) < 3 or named[0] not in office or named[0] in NAME_OPENERS:
        return later
    return _Name(" ".join(named[1:]), " ".join([later.role, named[0]]).strip())


def _rank_end(words: list[str], k: int) -> int:
    """Where the last rank from `k` on ends ("Laksamana Pertama", "Kombes Pol"), 0 if none."""
    end = 0
    for i in range(k, len(words)):
        spelled = 0
        if words[i] in _SPELLED_FIRST:
            spelled = next((len(r) for r in _SPELLED if tuple(words[i : i + len(r)]) == r), 0)
        if spelled or words[i] in RANKS:
            end = max(end, i + (spelled or 1))
    return end


def _opens_place(words: list[str], k: int, ev: _Evidence) -> bool:
    """Whether the prefix at `k` ("Padang", "Bandar", "Tanjung") opens a two-word place with the
    word after it. A prefix that is a city of its own ("Padang") does only when the article
    names the pair as a place or a name of two words still follows: "Bupati Padang Pariaman
    Suhatri Bur", but "Wali Kota Padang Hendri Septa"."""
    if words[k] not in CITIES or tuple(words[k : k + 2]) in ev.places:
        return True
    return len(_name_run(words[k + 2 :])) >= 2


def _place_in_name(name: list[str], before: str, ev: _Evidence) -> int:
    """How many words a name run opens with that end an office's place instead, 0 if none.

    "Kepala Dinkes | Indramayu Deden Bonni Koswara", "Imam Besar Masjid | Istiqlal Nasaruddin
    Umar" where the article writes "di Indramayu", "di Istiqlal"; a city ("Daop 8 | Surabaya
    Suprapto"); a compass word after a place ("Dinas Pariwisata Lombok | Barat Saepul Ahkam",
    "Dinas Pariwisata | Sumba Barat Yohanes …"; never after an office: "Kapolri Timur
    Pradopo"). The person's name after the place has two words or more, or is one the
    article uses alone when the place opens the run ("RSUD Jepara Wisnu", "kata Wisnu").
    """
    for j in range(len(name) - 1):
        place = _place_at(name, j, ev) or int(name[j] in CITIES)
        if not place and name[j] in PLACE_CONTINUATIONS:
            place = int(j > 0 or (_is_cap(before) and not _is_roleish(before)))
        while place and j + place < len(name) and name[j + place] in PLACE_CONTINUATIONS:
            place += 1  # "Jakarta Selatan"
        after = _name_run(name[j + place :]) if place else []
        if len(after) >= 2 or (j == 0 and after and after[0] in ev.bare):
            return j + place
    return 0


def _ends_with_institution(words: list[str], split: _Name, ev: _Evidence) -> bool:
    """Whether an office names no person: no name at all, or a name that is the proper name
    of the institution it ends with ("Sejarawan Universitas | Sanata Dharma", "Ketua Dewan
    Pembina Yayasan | Golden Nusantara", "Direktur Institut | Pangan Nusantara"): up to three
    words after the institution's kind, none of them used alone as a name."""
    name = split.name.split()
    if not name:
        return True
    k = len(words) - len(name)
    if k <= 0 or words[k:] != name or len(name) > 2 or any(w in ev.bare for w in name):
        return False
    kind = max((o for o in range(k) if _institution_kind(words[o])), default=-1)
    return kind >= 0 and len(words) - kind - 1 <= 3


def _institution_kind(w: str) -> bool:
    return (w in ORGANISATION_WORDS or w in ORGANISATION_HEADS) and w not in PLACE_HEADS


def _last_field(words: list[str]) -> int:
    """`Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Abdul Halim Iskandar`: an
    office that lists its fields, commas between them and "dan" before the last, ends with
    that field; no name starts before it. The index of the last field's first word, else 0
    (also when an office follows "dan": "Kepala A, Kepala B, dan Ketua C …" lists people)."""
    if "," not in words or not words or not _is_roleish(words[0]):
        return 0
    first_comma = words.index(",")
    for j in range(len(words) - 2, first_comma, -1):
        if words[j] in OFFICE_JOINERS and words[j] != "&":
            field = words[j + 1]
            return j + 1 if _is_cap(field) and field not in ROLE_WORDS else 0
    return 0


def office_fields(phrase: list[str], rest: list[str]) -> int:
    """`kata Menteri Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi Abdul Halim …`: an
    office (`phrase`) goes on in `rest` through fields written in capitals, commas between
    them, up to the one after "dan" and the capitalised run it opens (`rest` opens with a
    comma, or with the "dan" when `phrase` already holds the fields before it). The number of
    words of `rest` that belong to the office's run, else 0."""
    if not phrase or not rest or not _is_roleish(phrase[0]):
        return 0
    if rest[0] in ("dan", "serta") and "," in phrase:
        start = 0  # ("Menteri Desa, Pembangunan Daerah Tertinggal | dan Transmigrasi …")
    elif rest[0] == ",":
        start = 1
    else:
        return 0
    for _ in range(5):  # (an office lists a few fields)
        end = start
        while end < len(rest) and rest[end] not in (",", "."):
            end += 1
        piece = rest[start:end]
        joiner = next((i for i, w in enumerate(piece) if w in ("dan", "serta")), -1)
        before = piece if joiner < 0 else piece[:joiner]
        if not all(_is_cap(w) for w in before) or not (before or joiner == 0):
            break
        if joiner >= 0:
            run = joiner + 1
            while run < len(piece) and _is_cap(piece[run]):
                run += 1
            last_field = piece[joiner + 1] if joiner + 1 < len(piece) else ""
            return start + run if run > joiner + 1 and last_field not in ROLE_WORDS else 0
        if rest[end : end + 1] != [","]:
            break
        start = end + 1
    return 0


def _fields_start(words: list[str], j: int, end: int) -> int:
    """`Kepala Dinas Koperasi, UMKM, dan Perdagangan Kota X, Muslimin,`: where an office that
    lists its fields (see `office_fields`) begins when the run `j`..`end` before a name's comma
    is its last field; `j` when it is none."""
    start, k = j, j
    for _ in range(5):  # (an office lists a few fields)
        if k < 2 or words[k - 1] != ",":
            break
        h = k - 1
        while h > 0 and _is_cap(words[h - 1]):
            h -= 1
        if h == k - 1:
            break
        if office_fields(words[h : k - 1], words[k - 1 : end]) == end - k + 1:
            start = h  # (the earliest: "UMKM, dan Perdagangan …" lists fields too)
        k = h
    return start


def _own_first(name: list[str]) -> str:
    """The first word of a name that is its own: not one that opens many names ("I Wayan
    Koster" and "I Wayan Wasista" are two people; so are "Muhammad Sholeh" and "Muhammad
    Yusuf")."""
    return next((w for w in name if w != "I" and w not in NAME_OPENERS), "")


def _first_names_before(before: list[str]) -> int:
    """`Direktur Samapta Polda Metro Jaya Mokhamad | Ngajib`, "Ngajib" used alone: words that
    only open personal names, right before the name, are its first ones (never an
    institution's last). How many there are."""
    n = 0
    while n < len(before) and before[-1 - n] in NAME_OPENERS:
        n += 1
    # "Ketua PHRI Badung I Gusti Agung | Rai": a Balinese name opens with "I" or "Ni" and the
    # words for birth order or caste
    m = n
    while m < len(before) and before[-1 - m] in BALINESE_NAMES:
        m += 1
    return m + 1 if 0 < m < len(before) and before[-1 - m] in ("I", "Ni") else n


def _split_one(w: str, ev: _Evidence) -> _Name:
    """`_split_role` of a single word: what its loops make of it, without them."""
    if _peeled(w, ev):
        return _Name(w, "") if w in INSTITUTIONS else _Name("", w)
    name = " ".join(_name_run([w]))
    return _Name(w, "") if not name and w in INSTITUTIONS else _Name(name, "")


def _peeled(w: str, ev: _Evidence) -> bool:
    """A word of the role in front of a name: an office, an organisation, a number, lower case."""
    return (
        _is_roleish(w)
        or w in ORGANISATION_WORDS
        or w in ev.organisations
        or _has_digit(w)
        or (not _is_cap(w) and w not in NAME_CONNECTORS)
    )


# Words that open a personal name and never stand inside one ("Reza Nur Patria" keeps Nur).
_FIRST_ONLY = frozenset(
    w for w in NAME_OPENERS if w.startswith(("Mu", "Mo")) or w in ("Raden", "Teuku", "Tengku")
)


def _organisation_word(w: str) -> bool:
    return w in ORGANISATION_WORDS or (len(w) > 1 and bool(_ACRONYM.fullmatch(w)))


def _is_club(w: str) -> bool:
    """Football clubs: "Persib", "Persebaya" (Persatuan Sepak Bola …), "Arema", "Bali United"."""
    return w in CLUBS or (bool(_CLUB.fullmatch(w)) and w not in _ROLE)


def _name_follows(words: list[str]) -> bool:
    """A person's name comes after more clubs, cities and acronyms ("FC Dendi Santoso")."""
    k = 0
    while k < len(words) and (
        _is_club(words[k]) or words[k] in CITIES or _ACRONYM.fullmatch(words[k])
    ):
        k += 1
    return bool(_name_run(words[k:]))


@lru_cache(maxsize=65536)
def _has_digit(w: str) -> bool:
    return any(c.isdigit() for c in w)


def _name_run(words: list[str]) -> list[str]:
    """The leading run of words that can form a person's name (≤ 5 words), else []."""
    run: list[str] = []
    for w in words:
        if w.startswith("@"):
            return run or [w]
        if w.lower() in CALENDAR_WORDS or w in _PUNCT:
            break
        if not run and len(w) > 1 and _ACRONYM.fullmatch(w):
            return []
        if _has_digit(w):
            break
        if not run and w in FUNCTION_WORDS:
            continue
        name_word = _is_cap(w) and w not in _ROLE and not _is_degree(w)
        last_name_word = w in NAME_LIKE_ROLES and w == words[-1]  # "Jazilul Hakim"
        if name_word or (run and (w in NAME_CONNECTORS or last_name_word)):
            run.append(w)
        else:
            break
    while run and run[-1] in NAME_CONNECTORS:
        run.pop()
    if not run or run[0] in _NOT_NAMES or len(run) > 5:
        return []
    if len(run) > 1 and all(_ACRONYM.fullmatch(w) for w in run):
        return []
    return run


# --- the article: paragraphs, names used on their own, aliases ------------------------------

# "PT Transportasi Jakarta (Transjakarta)", "Badan … (BMKG)": the short name of an organisation.
_ORGANISATION_SHORT = re.compile(
    r"\b([A-Z][\w.]*) (?:[\w.,]+ ){0,6}?[A-Z][\w.]* \(([A-Z][A-Za-z]{2,})\)"
)
_SHORT_IN_PARENS = re.compile(r" \([A-Z][A-Za-z]{2,}\)")
_AGE_MARK = re.compile(r"\(\d{1,2}(?: tahun)?\)")  # where _AGE can end: read only there
_AGE = re.compile(r"((?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+),? \(\d{1,2}(?: tahun)?\)")
# Nouns made from verbs ("Pemeriksaan", "Pembangunan", "Kebijakan"): things, not names.
_NOMINAL = re.compile(r"(?:Pe[mnr]?|Peng|Peny|Ke)[a-z]{3,}an")
_PERSON_NOUNS = frozenset(PERSON_NOUNS)
_NOT_PERSON = frozenset(ORGANISATION_WORDS) | frozenset(MEDIA)
_HEADS = frozenset(ROLE_WORDS) | frozenset(ENGLISH_ROLES)  # "General Manager Bandara X, Dwi,"
_DESCRIPTION_NOUNS = _PERSON_NOUNS | {"Korban", "Saksi", "Juru"}


@cache
def _outlet() -> re.Pattern[str]:
    """One word naming a news outlet the portals know ("Kompas", "detikcom", "Tribunnews")."""
    from newsbot.portals import knowledge

    words = [*knowledge.brand_words(), *knowledge.dateline_outlets()]
    words += [re.escape(w) for w in knowledge.outlet_spellings().values()]
    words += [re.escape(w.split(".")[0]) for w in knowledge.outlet_spellings().values()]
    return re.compile(knowledge.alternation(tuple(words)), re.IGNORECASE)


def is_medium(word: str) -> bool:
    return word in MEDIA or bool(_outlet().fullmatch(word))


_INITIALS = re.compile(r"\b(?:berinisial|inisial)\s+([A-Z]{1,4})\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    """Sentences of a text; a period after "Plt", "Kab" and the like, or after an initial,
    ends no sentence.

    A sentence longer than MAX_SENTENCE characters is cut at a space into pieces no longer than
    that: every rule reads a sentence a bounded number of times per word, so the work on a
    paragraph stays linear in its length whatever its shape.
    """
    out: list[list[str]] = []
    for piece in _SENTENCE.split(text):
        prev = out[-1][-1] if out else ""
        last = prev.rsplit(None, 1)[-1] if prev.strip() else ""
        # (nor an initial: "Teguh P. Nugroho, Kepala …")
        initial = len(last) == 2 and last[0].isupper() and len(out[-1][-1].split()) > 1
        if last.endswith(".") and (last[:-1] in ABBREVIATIONS or initial):
            out[-1].append(piece)
        else:
            out.append([piece])
    return tuple(chunk for parts in out for chunk in _bounded(" ".join(parts)))


# The longest sentence read as one (characters); longer ones are read in pieces.
MAX_SENTENCE = 1000


def _bounded(sentence: str) -> list[str]:
    if len(sentence) <= MAX_SENTENCE:
        return [sentence]
    pieces = []
    start = 0
    while len(sentence) - start > MAX_SENTENCE:
        cut = sentence.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append(sentence[start:cut])
        start = cut
    pieces.append(sentence[start:])
    return pieces


_VERB_KAN = re.compile(r"(?:Di|Me|Ber|Ter|Per)[a-z]{3,}kan")


def _common_shape(w: str) -> bool:
    """A capitalised word shaped like no name: a reduplication ("Berkali-kali", "Tiba-tiba",
    "Sebaik-baiknya") or a prefixed verb in -kan ("Dikucilkan", "Menyatakan")."""
    first, _, second = w.lower().partition("-")
    if second and (first == second or first.endswith(second) or second.startswith(first[-4:])):
        return True
    return bool(_VERB_KAN.fullmatch(w))


# Words after which a capitalised word names a place: "di Indramayu", "Kabupaten Garut".
_PLACE_MARKS = frozenset(
    {"di", "Kabupaten", "Kota", "Provinsi", "Kecamatan", "Desa", "Kelurahan", "wilayah", "daerah"}
)
_DATELINE_PLACE = re.compile(r"^([A-Z][A-Z]+(?: [A-Z][A-Z]+){0,2}),\s")


def _places_named(
    words: Sequence[str], names: set[str] | frozenset[str] = frozenset()
) -> Iterator[tuple[str, ...]]:
    """The capitalised runs (up to three words) right after a place word, unless the word is
    part of an office's or a body's name ("Wali Kota Risma", "Kepala Desa Sakino"; "Imlek di
    China" is a place all the same). A run stops before a word of `names` (used alone as a
    person's name): "Konsul Jenderal RI di New York Arifi Saiman", later "kata Arifi"."""
    for i, w in enumerate(words[:-1]):
        if w not in _PLACE_MARKS or (w[0].isupper() and i > 0 and _is_cap(words[i - 1])):
            continue
        run: list[str] = []
        for nxt in words[i + 1 : i + 1 + _PLACE_WORDS]:
            if not _is_cap(nxt) or nxt in _PLACE_MARKS or _is_roleish(nxt):
                break
            if run and nxt in names:
                break
            run.append(nxt)
        # (a run the limit cut while capitals go on may hold a name: "Kabupaten Cianjur Asep
        # Sukma | Wijaya"; it is no place the article names)
        cut = len(run) == _PLACE_WORDS and _name_run(
            list(words[i + 1 + _PLACE_WORDS : i + 2 + _PLACE_WORDS])
        )
        if run and not cut:
            yield tuple(run)


_PLACE_WORDS = 3


# Words that open a company's legal name ("PT Jasa Marga (Persero) Tbk", "CV Maju Jaya").
_COMPANY_FORMS = frozenset(("PT", "CV", "Perum", "Perumda", "PD", "UD"))


def _companies(words: Sequence[str], names: set[str]) -> Iterator[str]:
    """The names companies go by, from their legal names: "PT Kereta Api Indonesia (KAI)",
    "PT Jasa Marga (Persero) Tbk", "oleh PT Pertamina Patra Niaga." give "Kereta Api
    Indonesia", "Jasa Marga", "Pertamina Patra Niaga" (later "Jasa Marga menyebut …" is the
    company). Only where the name is closed: by parentheses or a company's suffix, or, with no
    office before "PT" ("Direktur PT X Budi …" may run into its director's name), by a lower-case
    word or punctuation; never over a word of `names`, used alone as a person's name ("… at
    PT Infovesta Utama Wawan Hendrayana,", later "ujar Wawan")."""
    if _COMPANY_FORMS.isdisjoint(words):
        return  # (most sentences name no company)
    for i in _where(_COMPANY_FORMS.__contains__, list(words)):
        j = i + 1
        while j < len(words) and j - i <= 6 and _is_cap(words[j]) and words[j] not in _SUFFIXES:
            if words[j] in PLACE_HEADS or words[j] in _UNITS:
                break  # "PT ASDP Indonesia Ferry | Cabang Bakauheni": a unit of it, unclosed
            j += 1
        after = words[j] if j < len(words) else "."
        closed = after == "(" or after in _SUFFIXES
        office_before = i > 0 and _is_cap(words[i - 1])
        closed = closed or (not office_before and (after in _PUNCT or after.islower()))
        if closed and 1 < j - i <= 6 and not any(w in names for w in words[i + 1 : j]):
            yield " ".join(words[i + 1 : j])


_SUFFIXES = frozenset(("Tbk", "Persero", "Tbk."))
_UNITS = frozenset(("Regional", "Wilayah", "Area", "Unit", "Divisi", "Kantor", "Cabang", "Region"))


# Nouns for the side or the management that speaks for a body ("pihak | Kimia Farma",
# "manajemen | Pertamina Patra Niaga", "perseroan"): the name after one is an organisation's
# unless the article gives it a person elsewhere ("pihak Budi": Budi's side).
_SIDE_NOUNS = frozenset(("pihak", "manajemen", "perseroan", "management"))
_SIDE_FORMS = _SIDE_NOUNS | {w.capitalize() for w in _SIDE_NOUNS}  # (a guard, by set look-up)


def _kinds_named(words: Sequence[str], nouns: frozenset[str] = ORGANISATION_NOUNS) -> Iterator[str]:
    """The organisations a sentence names after a noun for their kind, "platform | Tokopedia",
    "ormas | Muhammadiyah", "maskapai | Garuda Indonesia": a capitalised run of up to four
    words closed by a lower-case word or punctuation (not one running into a person's name)."""
    if nouns.isdisjoint(w.lower() for w in words):
        return  # (most sentences name none)
    for k in range(1, len(words)):
        if not _is_cap(words[k]) or not words[k - 1].islower():
            continue
        # (the noun, perhaps a few words describing the kind: "platform belanja daring |")
        h = k - 1
        while h > 0 and k - h < 3 and words[h].lower() not in nouns:
            h -= 1
        # (the noun may have the capital of the sentence's first word, "Platform …", no other:
        # "Kementerian Koperasi dan | UKM …" names no kind)
        noun = words[h] if h else words[h].lower()
        if noun not in nouns or not all(map(str.islower, words[h + 1 : k])):
            continue
        j = k
        while j < len(words) and j - k < 5 and (_is_cap(words[j]) or words[j].isdigit()):
            j += 1
        after = words[j] if j < len(words) else "."
        if j - k <= 4 and (after in _PUNCT or after.islower()):
            yield " ".join(words[k:j])


def _companies_in(role: list[str]) -> Iterator[str]:
    """The companies an office's role names after "PT": the capitalised words up to the next
    word of an office, a region or an abbreviation ("PT | Pertamina Patra Niaga | Regional …")."""
    for i in (
        _where(_COMPANY_FORMS.__contains__, role) if not _COMPANY_FORMS.isdisjoint(role) else ()
    ):
        j = i + 1
        while j < len(role) and _is_cap(role[j]) and not _is_roleish(role[j].strip("()")):
            j += 1
        if j - i > 1 and role[i + 1] not in _SUFFIXES:
            yield " ".join(role[i + 1 : j])


def _dateline_place(first: str) -> frozenset[tuple[str, ...]]:
    """The place a dateline opens the story with, "INDRAMAYU, KOMPAS.com -", as the article
    writes it elsewhere ("Indramayu")."""
    m = _DATELINE_PLACE.match(first)
    return frozenset({tuple(w.capitalize() for w in m.group(1).split())}) if m else frozenset()


def _holder_named(words: list[str], k: int, ev: _Evidence) -> bool:
    """ "Wali Kota Risma" ending the run, where the article uses "Risma" alone as a name and
    never as a place: the office's holder, not its town; so is "Ketua DPRD Rina Marlina" where
    the article says "kata Rina" (a place is never the one who speaks)."""
    if (words[k],) in ev.places:
        return False
    return (k == len(words) - 1 and words[k] in ev.bare) or words[k] in ev.cued


def _place_at(words: list[str], k: int, ev: _Evidence) -> int:
    """How many words from `k` on name a place of the article (0: none)."""
    if not ev.places:
        return 0
    for n in range(_PLACE_WORDS, 0, -1):
        if k + n <= len(words) and tuple(words[k : k + n]) in ev.places:
            return n
    return 0


class _Article:
    """Article-wide evidence: names used on their own, every name mention, nicknames."""

    def __init__(self, paras: list[str], headline: str) -> None:
        self.paras = paras
        self.skip = {n for n, p in enumerate(paras) if BOILERPLATE_LINE.match(p)}
        # the headline is Title Cased, so it is no evidence for names
        texts = [(n, _strip_quotes(p)) for n, p in enumerate(paras) if n not in self.skip]
        self.stripped = dict(texts)  # each paragraph without its quotes, for the resolver too
        split_up = [(n, sent) for n, t in texts for sent in _sentences(t)]
        later: set[str] = set()  # every word after a sentence's start, each read once below
        for _, sent in split_up:
            later.update(_tokens(sent)[1:])
        # capitalised words used after a sentence's start, and words written in lower case there
        self.midcaps = set(filter(_is_cap, later))
        self.lowered = {w for w in filter(str.islower, later) if w[0] != "@"}
        self._read: dict[str, tuple[str, ...]] = {}  # sentence -> its words, read once
        self.sentences = [(n, self.sentence_words(sent)) for n, sent in split_up]
        self.bare: set[str] = set()
        self.cued: set[str] = set()  # words of names said right after a cue ("kata Wahdi")
        for _, words in self.sentences:
            self._collect_bare(words)
        common = frozenset(
            filter(str.islower, chain.from_iterable(words[1:] for _, words in self.sentences))
        )
        led = [(n, lead, run) for n, words in self.sentences for lead, run in _cap_runs(words)]
        runs = [(n, run) for n, _, run in led]
        entities = frozenset(tuple(run[i:]) for _, run in runs for i in range(len(run)))
        self.organisations = frozenset(
            m.group(2)
            for _, t in texts
            if _SHORT_IN_PARENS.search(t)  # the long pattern is read only where it can end
            for m in _ORGANISATION_SHORT.finditer(t)
            if _is_roleish(m.group(1))  # "PT …", "Badan …", "Kementerian …", not a person
        ) | frozenset(name for _, words in self.sentences for name in _companies(words, self.bare))
        self.organisations |= {name for _, words in self.sentences for name in _kinds_named(words)}
        places = frozenset(
            place for _, words in self.sentences for place in _places_named(words, self.bare)
        ) | _dateline_place(paras[0] if paras else "")
        heads: dict[str, set[str]] = {}
        for _, run in runs:
            for word, then in pairwise(run):
                heads.setdefault(word, set()).add(then)
        self.evidence = _Evidence(
            self.bare, entities, common, self.organisations, places, self.cued, heads
        )
        self.mentions: list[tuple[int, str]] = []  # (paragraph, name) in reading order
        self.offices: list[tuple[int, list[str], str]] = []  # (paragraph, role words, name)
        for n, lead, run in led:
            if run[0] == "The" and len(run) > 1:
                continue  # "film Bombshell: The Hedy Lamarr Story": a title, no one's name
            # "dosen Undip Budi Setiyono": the lower-case noun for what the person is, before
            # the run, makes it an office's, so the name can start after an institution
            # ("Budi" used alone elsewhere) as it does after "Dosen Undip"
            words = [*_describing(lead, run), *run] if len(run) > 1 or lead else run
            split = _split_role(words, self.evidence)
            name: list[str] = []
            for w in split.name.split():  # "Doni Monardo Positif COVID-19" (a sub-heading)
                # (not the word that opens a Sasak name after an office: "… Jateng Lalu M
                # Syafriadi" in an article that also writes "bulan lalu")
                opens = not name and bool(split.role) and w in FUNCTION_WORDS
                if w.lower() in common and not opens and w not in NAME_CONNECTORS:
                    break  # (a connector is written in lower case: "Abdullah bin Salim")
                name.append(w)
            if name:
                self.mentions.append((n, " ".join(name)))
                if split.role:
                    self.offices.append((n, split.role.split(), " ".join(name)))
        # every distinct name: (paragraph first named, times named); names by their words
        self.name_seen: dict[str, tuple[int, int]] = {}
        self.names_with: dict[str, list[str]] = {}
        for n, cand in self.mentions:
            first, count = self.name_seen.get(cand, (n, 0))
            if not count:
                for t in dict.fromkeys(cand.split()):
                    self.names_with.setdefault(t, []).append(cand)
            self.name_seen[cand] = (first, count + 1)
        self._collect_appositive_offices()
        self._collect_introduced()
        # "Area Manager PT Pertamina Patra Niaga Regional Kalimantan Edi Mangun": the company
        # an office is held at, as its role gives it (later "Pertamina Patra Niaga menyatakan")
        self.organisations |= {c for _, role, _ in self.offices for c in _companies_in(role)}
        self.organisations |= self.evidence.bodies  # ("Direktur Utama Bio Farma | Shadiq …")
        # words of names the article gives as people: with an office, a title or a rank before
        # them, right after a cue, or with an age after them
        self.person_words = self.cued | {
            w
            for _, role, name in self.offices
            # "Pasar Tugu", "Lembaga Biologi Molekuler Eijkman" name no person: an office
            # opens with the office, an organisation with its kind
            if not all(r in ORGANISATION_WORDS for r in role) and role[0] not in ORGANISATION_HEADS
            for w in name.split()
        }
        # "penjual sayur Hartini", "Sutrisno, pedagang beras …": a name and what the person is
        for _, words in self.sentences:
            for k in _where(_is_cap, words):
                w = words[k]
                if w[0] == "@" or w in _NOT_NAMES or w in TITLES:
                    continue
                b1 = words[k - 1] if k else ""  # the two words before it
                b2 = words[k - 2] if k > 1 else ""
                if (b1.islower() and b1.capitalize() in _PERSON_NOUNS) or (
                    b2.islower() and b2.capitalize() in _PERSON_NOUNS
                ):
                    self.person_words.add(w)
                elif b1 in TITLES and b1 not in _NO_PERSON_TITLES and w not in _ROLE:
                    if w.lower() not in common:  # "Pak Darto", "H. Darto" (not "Ibu Negara")
                        self.person_words.add(w)
                elif b1 == "," and _described_before(words, k):
                    self.person_words.add(w)  # "Salah seorang warga, Mulyadi, mengatakan"
                elif words[k + 1 : k + 2] == [","] and k + 2 < len(words):
                    after = words[k + 2].capitalize()
                    # ("Sumarni, warga Gang Hijau …": the place the person is of; not "Belakangan,
                    # warga mengatakan …")
                    placed = after == "Warga" and _is_cap(
                        words[k + 3] if k + 3 < len(words) else ""
                    )
                    if after in _PERSON_NOUNS or after in ROLE_WORDS or placed:
                        self.person_words.add(w)
        for _, t in texts:
            for m in _AGE.finditer(t) if _AGE_MARK.search(t) else ():
                self.person_words.update(m.group(1).split())
        # "Pihak Kimia Farma memastikan …": a body the article never gives a person
        self.organisations |= {
            name
            for _, words in self.sentences
            if not _SIDE_FORMS.isdisjoint(words)
            for name in _kinds_named(words, _SIDE_NOUNS)
            if self.person_words.isdisjoint(name.split())
        }
        self.alias: dict[str, str] = {}
        self._longer: dict[str, str] = {}  # a word -> the first name with a word it begins
        # "tersangka berinisial SA": initials the article uses as a person's name
        self.initials = frozenset(
            m.group(1) for _, t in texts if "inisial" in t for m in _INITIALS.finditer(t)
        )

    def is_person(self, name: str) -> bool:
        """A name of a person, not of an organisation, a medium, a place or a thing: no word of
        theirs, and either a word the article gives a person or two words it never writes in
        lower case ("Pemeriksaan PCR", "Pesawat", "Blue Water Express" are not people)."""
        ws = name.split()
        if not ws or name in self.organisations or tuple(ws) in self.evidence.places:
            return False  # (nor a place the article names: "PT PLN UP3 | Palembang")
        if any(w in _NOT_PERSON or is_medium(w) for w in ws):
            return False
        if _is_club(ws[0]):  # "Persib Bandung", "Arema FC": a club speaks through its people
            return False
        if any(w in self.person_words for w in ws):
            return True
        if len(ws) < 2 or any(_ACRONYM.fullmatch(w) or _NOMINAL.fullmatch(w) for w in ws):
            return False
        return not any(w.lower() in self.evidence.common for w in ws)

    def role_of(self, name: str, before: int) -> str:
        """The office the article gives `name` up to paragraph `before` (its first mention
        with one), matched on the whole name or, for a misspelt mention, on its first or last
        word ("Gubernur DKI Anies Bawedan" for Anies Baswedan); '' when none."""
        ws = name.split()
        loose = ""
        for n, role, who in self.offices:
            if n > before or not role or rank_at([*role, *who.split()[:1]], 0) == len(role):
                continue  # (a rank alone is no office: "Komisaris Sujarwo" after his office)
            if who == name:
                return " ".join(role)
            other = who.split()
            # (a shared family name alone is two people: "Almaraja Limbong", "John Waller
            # Limbong"; a misspelt first name still opens the same way: "Wahdy Siradjudin")
            close = (
                len(ws) > 1
                and len(other) > 1
                and (
                    # (a misspelt family name: "Anies Bawedan"; not another family: "Budi
                    # Santoso" and "Budi Hartono")
                    (_own_first(ws) == _own_first(other) != "" and other[-1][:2] == ws[-1][:2])
                    or (other[-1] == ws[-1] and other[0][:3] == ws[0][:3])
                    or set(other) <= set(ws)  # "Sri Mulyani" of "Sri Mulyani Indrawati"
                    or set(ws) <= set(other)
                )
            )
            if close and not loose:
                loose = " ".join(role)
        return loose

    def person_in(self, name: str) -> str:
        """The person a name run ends with: "Hotel Gili Budi Wirawan" is Budi Wirawan, after
        the words of a place or organisation; '' when it ends with none."""
        ws = name.split()
        last_org = max(
            (k for k, w in enumerate(ws) if w in _NOT_PERSON or is_medium(w)), default=-1
        )
        tail = " ".join(ws[last_org + 1 :])
        return tail if tail and self.is_person(tail) else ""

    def sentence_words(self, sentence: str) -> list[str]:
        """Words of a sentence; its first word loses its capital unless used mid-sentence too."""
        known = self._read.get(sentence)
        if known is None:
            known = self._read[sentence] = tuple(self._sentence_words(sentence))
        return list(known)

    def _sentence_words(self, sentence: str) -> list[str]:
        words = _words(sentence)
        for k, w in enumerate(words):
            if w in _PUNCT or w in MARKS:
                continue
            follows_cap = k + 1 < len(words) and _is_cap(words[k + 1])
            # "Sutrisno, pedagang beras di Pasar Tugu, mengaku …": a name and its description
            described = words[k + 1 : k + 2] == [","] and k + 2 < len(words)
            described = described and (words[k + 2].islower() or words[k + 2] in _ROLE)
            described = described and w not in _NOT_NAMES and w not in FUNCTION_WORDS
            # "Menurut Kepala …", "Lalu Budi …": an opener stays one unless used mid-sentence
            opener = w in _PERSON_NOUNS or w in _NOT_NAMES or w in FUNCTION_WORDS
            # "Berkali-kali Rianto …", "Dipertanyakan Budi …": an adverb or a verb by its
            # shape opens the sentence before a name, it starts none
            opener = opener or _common_shape(w) or w.lower() in PASSIVE_CUES  # "Diakui Budi, …"
            # "Melihat Kepala Dinas …", "Mendukung Ketua Kadin …" (a crosshead run into the
            # paragraph): a verb by its shape before an office is no name, however it is
            # written elsewhere
            verb_before_office = (
                follows_cap
                and words[k + 1] in _ROLE
                and w not in _ROLE  # ("Menteri", "Direktur" have a verb's shape)
                and _VERBISH.fullmatch(w.lower())
            )
            keep = (follows_cap and not opener) or described
            keep = keep or w in _ROLE or w[0] == "@"
            # ("Menurut Kepala Unit … dr Niken, …", "Kata Rina, …": the cue opens the
            # sentence, no name does)
            if (
                w in _OPENING_CUES
                or verb_before_office
                or (_is_cap(w) and w not in self.midcaps and not keep and not self._unknown_word(w))
            ):
                words[k] = w.lower()
            break
        return words

    def _unknown_word(self, w: str) -> bool:
        """A capitalised sentence opener the article never writes in lower case and that has
        the shape of no common word ("Reynaldi dari PT …"): a name, kept."""
        low = w.lower()
        return (
            w.isalpha()
            and len(w) > 3
            and low not in self.lowered
            and low not in CALENDAR_WORDS
            and w not in _NOT_NAMES
            and w not in FUNCTION_WORDS
            and not _names_a_person(w)  # ("Gadis berusia 17 tahun itu mengatakan")
            and w not in _ROLE
            and not _VERBISH.fullmatch(low)
            and not low.endswith(("nya", "kan", "an"))
            and not _NOMINAL.fullmatch(w)
        )

    def _collect_bare(self, words: list[str]) -> None:
        """A name right after a cue, or right before a verb, is a name used on its own."""
        flags = list(map(_bare_flags, words))  # (one cached look-up a word, see below)
        for k in compress(range(len(words)), map(_AFTER_CUE.__and__, flags)):
            if k + 1 < len(words):
                run = _name_run(words[k + 1 :])
                if run and len(run) <= 3:
                    self.bare.add(run[0])
                    self.cued.update(run)
        # a verb (a cue, an auxiliary) after a name's word, a connector or an auxiliary
        verbish = compress(range(1, len(words)), map(_VERB.__and__, flags[1:]))
        verbs = [k for k in verbish if flags[k - 1] & _ENDS_RUN]
        for k in verbs:
            j = k
            while j > 0 and words[j - 1].lower() in AUXILIARIES:
                j -= 1
            i = j
            while i > 0 and (_is_cap(words[i - 1]) or words[i - 1] in NAME_CONNECTORS):
                i -= 1
            # a run of up to three words, all of them a name; not the end of an office's run,
            # where its first word may be the office's place ("Kepala BP | Batam Muhammad Rudi
            # memastikan")
            continues = i > 0 and (words[i - 1] == ")" or words[i - 1] in _ROLE)
            if 0 < j - i <= 3 and not (continues and j - i > 2):
                run = _name_run(words[i:j])
                if len(run) == j - i:
                    self.bare.add(run[0])

    def office_holder(self, office: list[str], before: int) -> str:
        """`ujar Kapolres` after "Kapolres Garut AKBP Mochamad Fajar": the latest person named
        with that office up to paragraph `before`; '' when none was."""
        office = [w for w in office if w not in _PUNCT]
        # "kata Kapolres", "kata Panglima TNI", "dibenarkan Kapolres Lampung Selatan": an office
        # and, after its head, the place or institution it is of
        if not office or office[0] not in ROLE_WORDS or not all(map(_is_cap, office)):
            return ""
        if not any(w in ROLE_WORDS for w in office):
            return ""
        want = _expand_office(office)
        held = [
            name
            for n, role, name in self.offices
            if n <= before and _expand_office(role)[: len(want)] == want
        ]
        return held[-1] if held else ""

    def _collect_introduced(self) -> None:
        """ "Seorang saksi mata bernama Joko (40)": what the person is, before "bernama"
        ("menangkap seorang | nelayan bernama Hasanuddin")."""
        for n, words in self.sentences:
            if "bernama" not in words:
                continue
            for k in (k for k, w in enumerate(words) if w == "bernama"):
                # (in lower case: a capitalised noun opening the sentence is read by the runs)
                described = [w for w in _what_a_person_is(words, k) if w.islower()]
                name = _name_run(words[k + 1 : k + 6])
                if name and any(map(_names_a_person, described)):
                    self.offices.append((n, described, " ".join(name)))

    def _collect_appositive_offices(self) -> None:
        """ "Kepala Desa Cibaregbeg, Dadang Hermawan, mengatakan": the office, a comma, a name."""
        for n, words in self.sentences:
            commas = [i for i, w in enumerate(words) if w == ","] if "," in words else ()
            for i in commas:
                if i == 0:
                    continue
                # "Rosita (52), pedagang cabai …,": the name before an age
                aged = i > 3 and _is_age(words, i - 3)
                end = j = i - 3 if aged else i
                if j > 1 and words[j - 1] == "setempat" and _is_cap(words[j - 2]):
                    j -= 1  # "Ketua RT setempat, Darto,": the office of the place at hand
                while j > max(0, i - MAX_PHRASE):
                    if words[j - 1] == ")":  # "Kepala Dinas … (DLH) Kota Surabaya, Agus …"
                        o = next((o for o in range(j - 3, max(0, j - 6), -1) if words[o] == "("), 0)
                        # (or closing the office right before the name's comma: "Anggota
                        # Komisi Pemilihan Umum (KPU), Evi Novida …")
                        closes = j == end and o > 0 and _is_cap(words[o - 1])
                        closes = closes and all(_is_cap(w) for w in words[o + 1 : j - 1])
                        if o and (_abbreviation_after(words, o) == j or closes):
                            j = o
                            continue
                    # "Ketua RT 05, Darto,", "Ketua Tim Pedoman dari Tim Mitigasi PB IDI, Eka,",
                    # "Peneliti Institute for … and Finance, Rusli,": a numbered unit, an
                    # institution after "dari", an English name's joiners go on with the office
                    goes_on = j > 1 and _is_cap(words[j - 2])
                    goes_on = goes_on and (
                        words[j - 1].isdigit()
                        or words[j - 1] in _OF_INSTITUTION
                        or words[j - 1] in _ENGLISH_JOINERS
                    )
                    if not (_is_cap(words[j - 1]) or words[j - 1] in OFFICE_JOINERS or goes_on):
                        break
                    j -= 1
                j = _fields_start(words, j, end)
                left = [w for w in words[j:end] if w != ","]
                # "Kepala Desa Sukamaju, H. Darto Sumarno,": the name after its honorific
                named_at = i + 1 + titles_at(words, i + 1)
                named_at += rank_at(words, named_at)  # "…, Komisaris Sujarwo, menyampaikan"
                placed = j > 0 and _lives_somewhere(words[j - 1])
                if not left or placed or words[j - 1 : j] in (["di"], ["asal"], ["dari"]):
                    # "Salah seorang warga, Mulyadi, mengatakan", "Penjual gudeg di Jalan
                    # Wijilan, Rina Lestari (45), mengaku", "warga Gang Hijau RT 008, Sumarni,"
                    described = _described_before(words, i + 1)
                    right = _name_run(words[named_at : named_at + 7])
                    if described and right:
                        self.offices.append((n, described, " ".join(right)))
                        continue
                    if not left:
                        continue
                if aged:  # (an age says the name is a person's, of one word too)
                    self._office_after_name(n, words, left, i, aged=True)
                    continue
                kin = _kin_before(words, j) if _name_run(left) == left else []
                right = _name_run(words[named_at : named_at + 7])
                if kin and right:  # "Orang tua Nadia, Suhendri, mengatakan"
                    self.offices.append((n, [kin[0].lower(), *kin[1:], *left], " ".join(right)))
                    continue
                # "sosiolog Universitas Negeri Jakarta, Rakhmat Hidayat,", "juru bicara Satuan
                # Tugas …, Hendra Tarmizi,": what the person is, before the institution
                lead = _describing(_what_a_person_is(words, j, agents=True), left)
                if left[0] not in _HEADS and not lead:
                    self._office_after_name(n, words, left, i)
                    continue
                if not right:
                    continue
                # (the office names no one the article names alone, "Kepala Desa X, Budi,";
                # after words for any person, no one at all: "ibu kota Hanoi, Vietnam,")
                split = _split_role(left, self.evidence)
                head = (lead or left)[0].capitalize()
                # (unless the name between commas is the subject of the verb after them: "Sales
                # Branch Manager Pertamina …, Fandy Gunawan, menambahkan", "Pertamina" alone
                # elsewhere)
                after = words[named_at + len(right) : named_at + len(right) + 2]
                subject = after[:1] == [","] and after[1:] and _VERBISH.fullmatch(after[1])
                if (any(w in self.bare for w in split.name.split()) and not subject) or (
                    head not in _HEADS
                    and head not in _PERSON_NOUNS
                    and not (lead and _lives_somewhere(head.lower()))  # "penyuluh …"
                    and not _ends_with_institution(left, split, self.evidence)
                ):
                    continue
                if named_at + len(right) < len(words) and _is_cap(words[named_at + len(right)]):
                    continue
                if j == 0 and not lead:
                    left = _as_mid_sentence(left)
                self.offices.append((n, _glued([*lead, *left]), " ".join(right)))

    def _office_after_name(
        self, n: int, words: list[str], left: list[str], i: int, aged: bool = False
    ) -> None:
        """ "Anies Baswedan, Gubernur DKI Jakarta dalam rapat …": a full name, a comma at `i`,
        then an office naming no one else (its capitalised run, offices joined by "dan")."""
        if _name_run(left) != left or i + 1 >= len(words):
            return
        if len(left) < 2 and left[0] not in self.bare and not aged:  # ("Mundari, Camat …")
            return
        head = words[i + 1]
        end = i + 2
        if head.islower() and _names_a_person(head):
            # "Nirwono Joga, peneliti dari Pusat Studi …,": what the person is, in lower case
            while end < len(words) and end - i <= 4 and words[end].islower():
                if words[end] in _CUE_FORMS or _VERBISH.fullmatch(words[end]):
                    return  # ("Budi, warga setempat mengatakan": no office, a clause)
                if words[end] == "yang":
                    break  # ("pengusaha muda | yang juga …")
                end += 1
        elif not _opens_office(head):
            return
        while end < len(words) and words[end - 1] != "yang":
            if _is_cap(words[end]) or words[end].isdigit():  # ("Ketua RT 003 RW 05")
                end += 1
                continue
            end, went_on = _run_goes_on(words, i + 1, end), end
            if end == went_on:
                break
        if words[end : end + 1] == [","] and words[end + 1 : end + 2] in (["dan"], ["serta"]):
            return  # "memeriksa Ika, ibu, dan adiknya": people listed, no office
        office = [w for w in words[i + 1 : end] if w not in _PUNCT]
        while office and office[-1] in _DANGLING:  # "pedagang ayam hidup atau | potong …"
            office.pop()
        digit = next((k for k, w in enumerate(office) if w.isdigit()), len(office))
        # (the office up to a number when the whole reads as naming someone: "Direktur PT
        # Hutchison | 3 Indonesia")
        for words_of in (office, office[:digit]) if digit < len(office) else (office,):
            split = _split_role(words_of, self.evidence)
            # (the person is named already: the office names no one the article names alone)
            if words_of and not any(w in self.bare for w in split.name.split()):
                self.offices.append((n, words_of, " ".join(left)))
                return

    def full_name(self, name: str, before: int) -> str:
        """The fullest form of `name` in the article, preferring one named before `before`."""
        if name.startswith("@") or not name:
            return name
        for _ in range(3):  # (a nickname of a nickname, never round in a circle)
            name = self.alias.get(name, name)
        toks = name.split()
        best: tuple[int, int, int] | None = None
        best_name = ""
        for cand in self.names_with.get(toks[0], ()):
            first, count = self.name_seen[cand]
            if not _contains(cand.split(), toks):
                continue
            score = (len(cand.split()), 1 if first <= before else 0, count)
            if best is None or score > best or (score == best and first <= before):
                best, best_name = score, cand
        if (best is None or best_name == name) and len(toks) == 1 and len(name) >= 4:
            longer = self._longer.get(name)  # "Wisman" for "Wismandari Wisnu"
            if longer is None:
                longer = self._longer[name] = next(
                    (
                        c
                        for c in self.name_seen
                        for t in c.split()
                        if t.startswith(name) and t != name
                    ),
                    "",
                )
            if longer:
                return longer
        # "kata Danny" when "Danny Pomanto" is the nickname of Moh Ramdhan Pomanto
        return self.alias.get(best_name, best_name) or name


_AFTER_CUE, _VERB, _ENDS_RUN = 1, 2, 4


@lru_cache(maxsize=65536)  # a word's shape and the vocabulary: the same for every article
def _bare_flags(w: str) -> int:
    """What `_Article._collect_bare` asks of a word: a cue or "menurut" (a name may follow),
    a verb, cue or auxiliary (a name may stand before), a name's word, a connector or an
    auxiliary (a run of a name may end with it)."""
    low = w.lower()
    cue = low in _CUE_FORMS
    auxiliary = low in AUXILIARIES
    flags = _AFTER_CUE if cue or low == "menurut" else 0
    if cue or auxiliary or _VERBISH.fullmatch(w):
        flags |= _VERB
    if _is_cap(w) or w in NAME_CONNECTORS or auxiliary:
        flags |= _ENDS_RUN
    return flags


def _expand_office(words: list[str]) -> list[str]:
    return [x for w in words for x in OFFICE_SHORT.get(w, w).split()]


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def _run_goes_on(words: list[str], k: int, end: int) -> int:
    """Where the capitalised run opened at `k` goes on to past the word at `end` that is no
    capital: an abbreviation in parentheses, an office's fields, a lower-case title, an
    English joiner, "bidang" or "pada"/"dari" before an institution; `end` when it stops."""
    w = words[end]
    run, rest = words[k:end], words[end:]
    cap_next = end + 1 < len(words) and _is_cap(words[end + 1])
    if w == "(" and _abbreviation_after(words, end) > 0:
        return _abbreviation_after(words, end)  # "Badan … (BPS) Jawa Barat Marsudijono"
    if w in (",", *OFFICE_JOINERS) and _office_goes_on(run, rest):
        return end + (office_fields(run, rest) or 1)
    if _numbered_unit(words, end):
        return end + 1  # "Manajer Humas KAI Daop 4 Semarang Franoto Wibowo"
    if cap_next and w.islower() and w in TITLES:
        return end + 1  # "Kepala Dinas Kesehatan Banyuwangi dr Widji Lestariono"
    if cap_next and w in _ENGLISH_JOINERS:
        return end + 1  # "Institute for Development of Economics and Finance (Indef) Enny"
    if w == "bidang" and _office_at_field(run, rest[1:]):
        return end + 1  # "Menteri Koordinator bidang Pembangunan Manusia dan Kebudayaan"
    if w in _OF_INSTITUTION and _office_at_institution(run, rest[1:]):
        return end + 1  # "Direktur Jenderal Ketenagalistrikan pada | Kementerian …"
    return end


def _numbered_unit(words: list[str], k: int) -> bool:
    """ "Daop | 4 | Semarang", "Ketua RT | 05 | Kelurahan …": a number at `k` between an
    office's unit (an acronym or an office's word, not a person's office: "CEO | 99 Group …"
    opens a company's name) and the capitalised run that goes on after it."""
    unit = words[k - 1] if 0 < k < len(words) - 1 else ""
    return (
        words[k].isdigit()
        and _is_cap(words[k + 1] if unit else "")
        and (unit in _ROLE or bool(_ACRONYM.fullmatch(unit)))
        and unit not in _PERSON_OFFICES
    )


def _cap_runs(words: list[str]) -> list[tuple[list[str], list[str]]]:
    """The capitalised runs of a sentence, each with the lower-case words before it when they
    say what a person is ("dosen", "pakar hukum tata negara", "warga") and the run has two
    words at least, else []."""
    runs: list[tuple[list[str], int]] = []
    end = 0  # where the last run ended
    for k in _where(_is_cap, words):
        if k < end:
            continue  # inside the run read last
        end = k + 1
        while end < len(words):
            if _is_cap(words[end]) or words[end] in NAME_CONNECTORS:
                end += 1
                continue
            end, went_on = _run_goes_on(words, k, end), end
            if end == went_on:
                break
        runs.append((words[k:end], k))
    # (asked only of runs of two words or more: _Article reads a single word without it)
    # (and of one word after a trade: "Pengamat pertanian | Khudori", "pakar hukum | Mudzakir")
    return [
        (_what_a_person_is(words, k) if len(run) > 1 or _after_trade(words, k) else [], run)
        for run, k in runs
    ]


def _after_trade(words: list[str], k: int) -> bool:
    """Whether a trade ("pengamat", "pakar", "artis") opens the lower-case words before `k`."""
    if k == 0 or not words[k - 1].islower():
        return False
    h = k
    while h > 0 and k - h < 5 and words[h - 1].islower():
        h -= 1
    return (h > 0 and words[h - 1] in PROFESSIONS) or (
        h < k and words[h].capitalize() in PROFESSIONS
    )


# Words right before an office that qualify it ("mantan Kapolda", "calon Bupati").
_QUALIFY_OFFICE = frozenset(("mantan", "calon", "eks", "sekaligus"))


def _describing(lead: list[str], run: list[str]) -> list[str]:
    """The lower-case words before a run that belong to its office: what the person is
    ("sosiolog | Universitas …"), never before an office of its own ("luar kota | Kepala
    Badan …") unless they qualify it ("mantan | Kepala …", "pengamat sekaligus | Direktur …")."""
    if not lead or not run:
        return []
    if lead[-1].lower() in _QUALIFY_OFFICE or not _opens_office(run[0]):
        return lead
    return []


def _opens_office(w: str) -> bool:
    """An office's head ("Kepala", "Ketua", "Direktur"), not the kind of an institution a
    description can stand before ("pakar epidemiologi | Fakultas …", "dosen | Universitas …")."""
    return w in ROLE_WORDS and w not in ORGANISATION_HEADS and w not in ORGANISATION_WORDS


# Lower-case words inside an English name in Indonesian text ("Center of Reform on Economics",
# "Bike to Work").
_ENGLISH_JOINERS = frozenset(("of", "for", "and", "on", "the", "to"))


# "of" in an office: "Peneliti pada Lembaga …", "Wakil Ketua Komisi II dari Fraksi …".
_OF_INSTITUTION = frozenset(("dari", "pada"))


def _office_at_field(run: list[str], rest: list[str]) -> bool:
    """Whether "bidang" joins an office to its capitalised field ("Menko bidang Perekonomian")."""
    return bool(run) and bool(rest) and run[-1] in ROLE_WORDS and _is_cap(rest[0])


def _office_at_institution(run: list[str], rest: list[str]) -> bool:
    """Whether an office's run goes on over "dari"/"pada" into the institution it is held
    at: the run opens with an office, names no one yet, and the kind of an institution
    follows ("… pada | Kementerian Energi …", "… dari | Fraksi …")."""
    return (
        bool(run)
        and bool(rest)
        and run[0] in ROLE_WORDS
        and rest[0] in ORGANISATION_HEADS
        and _ends_with_institution(run, _split_role(run), _NO_EVIDENCE)
    )


def _office_goes_on(run: list[str], rest: list[str]) -> bool:
    """Whether an office's run goes on past the comma or "dan" that `rest` opens with:
    "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Mahfud MD" (fields, see
    `office_fields`), "Ketua Perhimpunan Hotel dan Restoran Indonesia (PHRI) Deddy …" (no
    name yet, and no second office after the "dan": "Menteri A dan Menteri B" are two)."""
    if not run or run[0] not in ROLE_WORDS:
        return False
    if office_fields(run, rest):
        return True
    if rest[0] not in OFFICE_JOINERS or len(rest) < 2 or not _is_cap(rest[1]):
        return False
    if rest[1] in ROLE_WORDS:
        return False
    # (a field of an office after the "dan": "… Aparatur Negara dan | Reformasi Birokrasi")
    return bool(_OFFICE_NOUN.fullmatch(rest[1])) or _ends_with_institution(
        run, _split_role(run), _NO_EVIDENCE
    )


def _abbreviation_after(words: list[str], k: int) -> int:
    """`Kepala Badan Pusat Statistik (BPS) Jawa Barat Marsudijono`: an office's abbreviation in
    parentheses at `k`, between capitalised words, leaves the run going on; the index of the
    word after it, else -1."""
    if k == 0 or words[k] != "(" or not _is_cap(words[k - 1]):
        return -1
    close = next((j for j in range(k + 2, min(k + 5, len(words))) if words[j] == ")"), -1)
    if close < 0 or close + 1 >= len(words) or not _is_cap(words[close + 1]):
        return -1
    return close + 1 if all(_is_cap(w) for w in words[k + 1 : close]) else -1


def _kin_before(words: list[str], k: int) -> list[str]:
    """ "Orang tua | Nadia", "istri | Budi": a word for kin right before the name at `k`, opening
    its sentence or clause; [] when there is none."""
    kin = 2 if k > 1 and [w.lower() for w in words[k - 2 : k]] == ["orang", "tua"] else 0
    kin = kin or (1 if k and words[k - 1].lower() in KIN_NOUNS else 0)
    opens = k - kin == 0 or words[k - kin - 1] == ","
    return words[k - kin : k] if kin and opens else []


def _what_a_person_is(words: list[str], k: int, agents: bool = False) -> list[str]:
    """The lower-case words right before `k` (up to four) opened by a noun for what a person
    is ("pakar hukum tata negara", "dosen", "ekonom"); [] when they are not such a phrase.
    With `agents`, where a name and its comma follow, an agent noun by its shape opens one
    too ("penyuluh agama Hindu | Kabupaten Karangasem, I Gede Wirawan,")."""
    h, found = k, k
    if k > 1 and words[k - 1] in _OF_INSTITUTION:  # "pengamat ekonomi dari | Universitas …"
        h -= 1
    while h > 0 and k - h < 5 and words[h - 1] not in NP_STOPS:
        w = words[h - 1]
        if w.lower() in _CUE_FORMS or (w[:3] not in ("ter", "per") and _VERBISH.fullmatch(w)):
            break  # "jawab Menteri …", "mendampingi warga …", "bernama": a verb ends the phrase
            # (not a noun of a field shaped like a ter-/per- verb: "pertanian", "terorisme")
        h -= 1
        head = words[h]
        if head in _DESCRIBES or head.capitalize() in _DESCRIBES:
            found = h  # the farthest: "pakar hukum …", not "hukum …"
        elif agents and _describes_a_person(head if h else head.lower()):
            found = h  # (the capital of the sentence's first word is the sentence's)
        if not head.islower():
            break  # (only the noun itself may be capitalised: "Pakar hukum tata negara")
    return words[found:k]


def _strip_quotes(text: str) -> str:
    return re.sub(r"[\"“”„][^\"“”„]*[\"“”„]", " , ", text)


_ABBREVIATION_IN_TITLE = re.compile(
    r"\((?:[A-Z][A-Za-z]{1,12}|[A-Z]{2,8})(?: [A-Z][A-Za-z]+){0,2}\),?\s+[A-Z]"
)


# Nouns for a person that a description after a cue opens ("kata politisi … ini").
_DESCRIBES = (
    frozenset(ROLE_WORDS)
    | frozenset(PERSON_NOUNS)
    | frozenset(("pria", "wanita", "perempuan", "lelaki", "laki-laki", "gadis", "sosok"))
    | frozenset(("mantan", "ibu", "bapak", "warga"))
)


def _names_a_person(w: str) -> bool:
    """A noun for a person in any case: "warga", "Pedagang", "penasihat"."""
    return w.lower() in _DESCRIBES or w.capitalize() in _DESCRIBES


# Agent nouns, pe(N)- and a root ("pemedek", "penyuluh", "pengepul", "penambang"): the one who
# does what the root says. Read only in lower case and where a description of a person stands
# (before a name and its comma), as most such words are people there; not NOT_AGENTS.
_AGENT = re.compile(r"pe(?:m[aeioubp]|n[aeioucdjstz]|ng[aeiouhgk]|ny[aeiou])[a-z]{2,}")


def _agent_noun(w: str) -> bool:
    """A lower-case word shaped as an agent noun (see `_AGENT`); "-an" ends a thing's noun."""
    return (
        w.islower() and not w.endswith("an") and w not in NOT_AGENTS and bool(_AGENT.fullmatch(w))
    )


def _lives_somewhere(w: str) -> bool:
    """A lower-case noun for a person that a place can follow ("warga | Gang Hijau RT 008",
    "pedagang | Pasar Tugu"): what they are or do, not an office's word ("ibu | kota Hanoi")."""
    return w.islower() and (w.capitalize() in _PLACED_PEOPLE or _agent_noun(w))


def _describes_a_person(w: str) -> bool:
    """A noun for a person (`_names_a_person`), or in lower case an agent noun by its shape."""
    return _names_a_person(w) or _agent_noun(w)


def _described_before(words: list[str], k: int) -> list[str]:
    """ "Salah seorang warga, Mulyadi, mengatakan", "Warga setempat, Mulyadi mengaku": the
    lower-case phrase for a person closed by the comma before the name at `k`, the phrase
    opening its sentence or clause and the name closed by a comma or a verb; the phrase
    without its quantifier ("warga", "warga setempat"), else []."""
    h = start = k - 1
    # "Penjual gudeg di Jalan Wijilan, Rina", "warga Gang Hijau RT 008 RW 02, Sumarni": the
    # place the person is at goes with it, the numbers of an address too
    c = _address_start(words, h)
    if c < h and words[c - 1] in ("di", "asal", "dari"):
        h = start = c - 1
    elif c < h and c > 0 and _lives_somewhere(words[c - 1]):
        h = start = c
    while h > 0 and start - h < 4 and (words[h - 1].islower() or h == 1):  # ("Salah seorang")
        w = words[h - 1].lower()
        verb = w[:2] in ("me", "di") and _VERBISH.fullmatch(w)  # (not "terdakwa", "perencana")
        if w in NP_STOPS or w in _CUE_FORMS or w == "menurut" or verb:
            break  # (", kata | pemilik …", "Hal senada ditegaskan | epidemiolog …")
        if w.capitalize() in FUNCTION_WORDS:
            break  # ("Adapun | kuasa hukum …")
        h -= 1
    if h == start or (h > 0 and words[h - 1] != ","):
        return []
    phrase = words[h : k - 1]
    named = k + titles_at(words, k)  # "Seorang pedagang, Bu Enok (50), mengatakan"
    end = named + len(_name_run(words[named:]))
    aged = _is_age(words, end)
    end += 3 if aged else 0
    # ("seorang": one person, whatever the noun; "Seorang pemedek, Ni Made Sari, …"; so is a
    # word or two before a name with its age, in no list: "Bobotoh, Asep (35), mengatakan")
    described = any(map(_describes_a_person, phrase)) or "seorang" in map(str.lower, phrase)
    if not described and not (aged and len(phrase) <= 2 and _noun_like(phrase[0])):
        return []
    after = words[end] if end < len(words) else ""
    if after != "," and not _VERBISH.fullmatch(after):
        return []
    while phrase and phrase[0].lower() in _QUANTIFIERS:
        phrase = phrase[1:]
    return [w.lower() if i == 0 else w for i, w in enumerate(phrase)]


def _noun_like(w: str) -> bool:
    """A word that may open what a person is, by its shape: no adverb in -nya ("Akibatnya"),
    no reduplication or verb ("Tiba-tiba", "Dikatakan"), no word of the calendar."""
    low = w.lower()
    if low.endswith("nya") or low in CALENDAR_WORDS or low.capitalize() in FUNCTION_WORDS:
        return False
    return not _common_shape(low.capitalize()) and not _VERBISH.fullmatch(low)


def _address_start(words: list[str], end: int) -> int:
    """Where the place that ends at `end` begins: capitalised words ("Jalan Wijilan"), with
    the numbers of an address after them ("Gang Hijau RT 008 RW 02"); `end` when none."""
    c, named, numbered = end, 0, 0
    while c > 1 and named < 4 and numbered < 4:
        w = words[c - 1]
        if w.isdigit() and _is_cap(words[c - 2]):  # ("RT 008")
            c -= 2
            numbered += 1
        elif _is_cap(w):
            c -= 1
            named += 1
        else:
            break
    return c


_PLACED_PEOPLE = _PERSON_NOUNS | frozenset(PROFESSIONS) | {"Warga", "Pria", "Wanita", "Perempuan"}
_NO_PERSON_TITLES = frozenset(("Sang", "sang"))  # "Sang Saka Merah Putih"
# Words counting the person a description is about: "salah seorang warga", "seorang ibu".
_QUANTIFIERS = frozenset(("salah", "satu", "seorang", "sang", "si", "para"))


def _description(words: list[str]) -> list[str]:
    """`ucap pemain berusia 21 tahun itu`: a lower-case description closed by "itu" or
    "tersebut" refers back to the person in focus; [] when the words are not one. (A relative
    clause makes it longer: "kata perempuan yang sudah 20 tahun berjualan di pasar itu".)"""
    for j, w in enumerate(words[: 12 if words[1:2] == ["yang"] else 8]):
        if w.lower() in DEMONSTRATIVES:
            head = words[:j]
            if words[j + 1 : j + 2] == [","] and _is_cap(
                words[j + 2] if j + 2 < len(words) else ""
            ):
                return []  # "kata guru tersebut, Yohanes Nenobais": the name follows
            plain = all(
                (x.islower() or x.isdigit()) and x.lower() not in NP_STOPS for x in head[1:]
            )
            if head and head[0].islower() and plain and any(_has_digit(x) for x in head):
                return words[: j + 1]
            # "kata politisi dari PDI-P ini", "ujar pria asal Bandung itu": a person noun
            noun = bool(head) and head[0].islower()
            noun = noun and (head[0].capitalize() in _DESCRIBES or head[0] in _DESCRIBES)
            if noun and head[-1].lower() not in NP_STOPS:  # not "kata petugas saat itu"
                return words[: j + 1]
            return []
        if w in _PUNCT:
            return []
    return []


def _speaker_phrase(words: list[str]) -> list[str]:
    """Words after a cue up to where the speaker phrase ends ("Eka | di Jakarta, Jumat")."""
    return _speaker_phrase_end(words)[0]


def _role_after_name(rest: list[str]) -> list[str]:
    """`…, kata Yusuf Kohar, Kepala Dinas …`: the office after the name's comma, if any."""
    if not rest or rest[0] != ",":
        return []
    k = 1
    while k < len(rest) and (rest[k] == "," or _is_degree(rest[k].rstrip(","))):  # ", M.Si.,"
        k += 1
    if k >= len(rest) or rest[k] in TITLES:
        return []
    # (or what the person is, in lower case: "kata Rahmat, warga sekitar")
    if rest[k] not in _ROLE and not (rest[k].islower() and _names_a_person(rest[k])):
        return []
    role = _speaker_phrase(rest[k:])
    return role if role and not _split_role(role).name else []


def _organisation(words: list[str]) -> str:
    """`kata PLN UIW Kalbar dalam siaran persnya`: a short capitalised phrase opened by an
    acronym or an institution and holding no person's office is the organisation speaking."""
    words = [w for w in words if w not in _PUNCT]
    if not words or len(words) > 4 or not all(_is_cap(w) for w in words):
        return ""
    body = words[0] in _BODIES  # "kata Polda Lampung dalam rilisnya"
    opens = body or words[0] in INSTITUTIONS or (len(words[0]) > 1 and _ACRONYM.fullmatch(words[0]))
    if not opens or any(w in _PERSON_OFFICES for w in words[body:]):
        return ""
    return " ".join(words)


# Bodies written as words, not acronyms, that an office word also names ("Polda", not "Kapolda").
_BODIES = frozenset(
    (
        *("Polri", "Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Pemkot", "Pemkab"),
        *("Pemprov", "Kejari", "Kejati", "Kejagung", "Kodim", "Korem", "Kodam", "Satgas"),
    )
)


def _name_after_role(
    phrase: list[str], rest: list[str], ev: _Evidence
) -> tuple[list[str], list[str], list[str]] | None:
    """`ujar Koordinator Posko Operasi SAR Gabungan, Lestari Wulandari, kepada …`: a phrase that
    opens with an office and is followed by a comma and a name (titles allowed) is the role of
    that name. Returns (name, its titles, words after it), or None when the pattern does not
    hold. A capitalised word that opens sentences elsewhere stays in the name here ("Lalu
    Hamdani": Sasak names carry Lalu/Baiq)."""
    if not phrase or not rest:
        return None
    if not (
        phrase[0].islower() or any(_is_roleish(w) for w in phrase) or _aged_after(phrase, rest)
    ):
        return None
    before = _split_role(phrase, ev).name
    skipped = 0
    if rest[0] == "(" and ")" in rest[:6]:  # "peneliti Lembaga … (LIPI), Dewi Fortuna Anwar"
        close = rest.index(")")
        if all(_is_roleish(w) for w in rest[1:close]):
            skipped = close + 1
    # "anggota Tim Peneliti GeNose dari UGM, Dian …": the organisation the office is of
    if skipped < len(rest) and rest[skipped] in ("dari", "di"):
        end = skipped + 1
        while end < len(rest) and _is_cap(rest[end]) and end - skipped <= 5:
            end += 1
        if end > skipped + 1 and end < len(rest) and rest[end] == ",":
            skipped = end
    # "Kepala Dusun X, Kelurahan Y, Kecamatan Z, Wahyu Wibowo": places of the office
    while skipped < len(rest) and rest[skipped] == ",":
        nxt = rest[skipped + 1] if skipped + 1 < len(rest) else ""
        if nxt not in PLACE_HEADS and nxt not in REGIONS:
            break
        seg_end = skipped + 1
        while seg_end < len(rest) and _is_cap(rest[seg_end]) and seg_end - skipped < 6:
            seg_end += 1
        if seg_end >= len(rest) or rest[seg_end] != ",":
            break
        skipped = seg_end
    titles = [w for w in rest[:skipped] if w not in _PUNCT]  # the role's places go with it
    rest = rest[skipped:]
    if not rest or rest[0] != ",":
        return None
    phrase2, end = _speaker_phrase_end(rest[1:])
    while phrase2 and (phrase2[0] in TITLES or phrase2[0] in RANKS):
        titles.append(phrase2.pop(0))
    name = [w for w in phrase2 if w not in _PUNCT]
    if not name or name != phrase2 or len(name) > 5:
        return None
    opener = name[0] in FUNCTION_WORDS  # "Lalu" before a name is part of it, not "then"
    if (name[0] in _NOT_NAMES and not opener) or (opener and len(name) < 2):
        return None
    if not all(_is_cap(w) or w in NAME_CONNECTORS for w in name):
        return None
    if any(_is_roleish(w) or _has_digit(w) or w.lower() in CALENDAR_WORDS for w in name[opener:]):
        return None
    # "kata Kapolres Klaten AKBP Warsono, Klaten": one word after a full name, or after a name
    # the article uses alone, is a place, not the speaker
    aged = _AGE_MARK.fullmatch("".join(rest[1 + end : 4 + end])) is not None
    if (
        len(name) == 1
        and before
        and not aged
        and (len(before.split()) > 1 or before.split()[0] in ev.bare)
    ):
        return None
    return name, titles, rest[1 + end :]


def _aged_after(phrase: list[str], rest: list[str]) -> bool:
    """`kata Bobotoh, Asep (35),`: a name with its age after the comma is the person, so the
    one or two capitalised words before it describe them (no list holds every such noun)."""
    if len(phrase) > 2 or rest[:1] != [","] or not _noun_like(phrase[0]):
        return False
    j = 1
    while j < len(rest) and j < 5 and _is_cap(rest[j]):
        j += 1
    return j > 1 and _AGE_MARK.fullmatch("".join(rest[j : j + 3])) is not None


# The longest speaker phrase read after a cue (an office, a place and a name fit in it).
MAX_PHRASE = 24


def _speaker_phrase_end(words: list[str]) -> tuple[list[str], int]:
    """The speaker phrase and the index in `words` where it stopped.

    While the phrase is still an office with no name in it, "dan" joins two offices
    ("Dinas Perindustrian dan Perdagangan"), a parenthesised abbreviation is skipped
    ("Pelaksana Tugas (Plt) Kepala BPBD") and a number is part of its name ("Run 2026").
    """
    out: list[str] = []
    k = 0
    while k < len(words) and len(out) < MAX_PHRASE:
        w = words[k]
        low = w.lower()
        nxt = words[k + 1] if k + 1 < len(words) else ""
        joiner = low in OFFICE_JOINERS and _is_cap(nxt)
        # (the phrase is split only where it matters: a split costs more than the rest)
        office_only = (joiner or w == "(") and bool(out) and not _split_role(out).name
        if joiner and office_only:
            out.append(w)
            k += 1
            continue
        if w == "(":
            close = words.index(")", k, k + 6) if ")" in words[k : k + 6] else -1
            inner = words[k + 1 : close] if close > k else []
            after = words[close + 1] if close > k and close + 1 < len(words) else ""
            # "(Plt)", "(KAI Commuter)", "(Pangkoarmada)": an abbreviation of the office or
            # of the organisation, not a name
            short = len(inner) == 1 and _is_cap(inner[0]) and not _is_degree(inner[0])
            short = short or all(_is_roleish(i) for i in inner)
            short = short or all(sum(map(str.isupper, i)) > 1 for i in inner)  # "(BUMDes LKM)"
            short = short or (all(_is_cap(i) for i in inner) and _is_roleish(inner[0]))
            if inner and len(inner) <= 3 and short:
                if (office_only or not out) and all(_is_roleish(i) for i in inner):
                    out += ["(", *inner, ")"]
                    k = close + 1
                    continue
                if _is_cap(after) and after not in _PUNCT:
                    # "Direktur PT Kereta Commuter Indonesia (KAI Commuter) Wiwik": the
                    # abbreviation closes the organisation; the name comes after it
                    out += ["(", *inner, ")"]
                    k = close + 1
                    continue
        numbered = bool(out) and out[-1].isupper() and not nxt[:1].isdecimal()  # "RT 008 RW 009"
        if w.isdigit() and out and (numbered or _is_cap(nxt)) and nxt.lower() not in CALENDAR_WORDS:
            out.append(w)
            k += 1
            continue
        stop = low in NP_STOPS and w == low  # "kata Hari", "kata Agung Hari S" name a person
        if stop or low in CALENDAR_WORDS or w[:1].isdecimal() or w in ".()":
            break
        if w in _PUNCT:
            if _split_role(out).name:
                break
            k += 1
            continue
        out.append(w)
        k += 1
    return out, k
