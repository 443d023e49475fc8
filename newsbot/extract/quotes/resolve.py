"""Attribution and resolution: the cue and speaker phrase of each quote, the person in focus."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from newsbot.extract.quotes.people import (
    _ABBREVIATION_IN_TITLE,
    _COMPANY_FORMS,
    _DESCRIBES,
    _ENGLISH_JOINERS,
    MAX_SENTENCE,
    _abbreviation_after,
    _Article,
    _describes_a_person,
    _description,
    _is_age,
    _is_cap,
    _is_degree,
    _is_roleish,
    _Name,
    _name_after_role,
    _name_run,
    _numbered_unit,
    _organisation,
    _role_after_name,
    _sentences,
    _speaker_phrase_end,
    _split_role,
    _strip_quotes,
    _token_starts,
    _where,
    _words,
    is_medium,
    office_fields,
    rank_at,
    titles_at,
)
from newsbot.extract.quotes.spans import (
    _clean_text,
    _is_title,
    _join_split,
    _Span,
)
from newsbot.extract.quotes.vocab import (
    _CLAUSE_JOINERS,
    _CUE_FORMS,
    _CUE_NYA,
    _ENGLISH_CUES,
    _HANDLE,
    _PUNCT,
    _ROLE,
    _UNKNOWN,
    _VERBISH,
    ABBREVIATIONS,
    ACCOMPANIED,
    ALIAS_WORDS,
    AUXILIARIES,
    CALENDAR_WORDS,
    CLAUSE_VERBS,
    COMPLEMENTISERS,
    CUE_LEMMAS,
    CUE_VERBS,
    DEMONSTRATIVES,
    DOCUMENT_NOUNS,
    FINITE_CLAUSE_VERBS,
    FUNCTION_WORDS,
    INDIRECT_VERBS,
    INTRODUCERS,
    NAME_CONNECTORS,
    NP_STOPS,
    OFFICE_JOINERS,
    ONLINE_CROWD,
    ORGANISATION_HEADS,
    ORGANISATION_SUFFIXES,
    ORGANISATION_WORDS,
    PASSIVE_SAYING,
    PERSON_NOUNS,
    PLACE_HEADS,
    POSTING_CUES,
    PROFESSIONS,
    PRONOUNS,
    RANKS,
    ROLE_WORDS,
    SOCIAL_PLATFORMS,
    STANCES,
    STATEMENT_NOUNS,
    TITLES,
)
from newsbot.record import Quote

# --- attribution and resolution -----------------------------------------------------------


@dataclass
class _Attribution:
    cue: str
    words: list[str]  # the speaker phrase; [] with pronoun=True for -nya / dia
    pronoun: bool = False
    role_after: list[str] = field(default_factory=list)  # "X, Kepala Dinas …"
    role_before: list[str] = field(default_factory=list)  # "Koordinator Posko …, X"
    exact: bool = False  # `words` is the name itself (read after a role and a comma)
    nickname: bool = False  # "tutur Gus Salam, sapaan akrabnya": a nickname of the focus


_AGE_APPOSITIVE = re.compile(r"((?:[A-Z][\w'’-]*\.? ){0,4}[A-Z][\w'’-]+) \(\d{1,2}(?: tahun)?\)")
# The words that give a nickname ("yang akrab disapa Cak Ji"), and the nickname after one.
_NICKNAME_VERBS = frozenset(("disapa", "dipanggil", "sapaan", "sapaannya"))
_NICKNAME = re.compile(
    "(?:" + "|".join(sorted(_NICKNAME_VERBS, key=len, reverse=True)) + ")"
    r"\s+([A-Z][\w']*(?: [A-Z][\w']*){0,2})"
)
# Words opening an adverbial clause before a sentence's subject.
_CLAUSE_OPENERS = frozenset(
    ("Tanpa", "Sambil", "Sembari", "Usai", "Seusai", "Setelah", "Sebelum", "Saat", "Ketika")
)
# what stands between a name and the verb of its nickname: "X, atau yang akrab disapa Y"
_NICKNAME_LEAD = frozenset(("atau", "yang", "akrab", "biasa", "lebih", "kerap", "karib", ",", "("))
_UNDERGOER_VERB = re.compile(r"di|ter|ke|meninggal|mengalami|menderita|menjadi")
_LEMMAS = frozenset(CUE_LEMMAS)
_FIRST_VERB = re.compile(r"\b(?:(?:me|ber|ter|di)[a-z]{3,}|" + "|".join(CUE_LEMMAS) + r")\b")


class _Resolver:
    def __init__(self, article: _Article, reported: bool = False) -> None:
        self.a = article
        self.reported = reported
        self.focus = ""
        self.last_quote_par = -10
        self.roles: dict[str, str] = {}  # speaker -> the fullest office a statement gave
        self.account = ""  # the social-media account named last ("diunggah akun @x")

    def run(self, spans: list[_Span]) -> list[Quote]:
        quotes: list[Quote] = []
        by_par: dict[int, list[_Span]] = {}
        for s in spans:
            by_par.setdefault(s.start_par, []).append(s)
        consumed: set[int] = set()
        inside = {k for s in spans for k in range(s.start_par + 1, s.end_par + 1)}
        for n, p in enumerate(self.a.paras):
            if n in self.a.skip:
                continue
            par_spans = [s for s in by_par.get(n, []) if id(s) not in consumed]
            if not par_spans:
                if n not in inside:  # a paragraph inside a quote is no statement of its own
                    self._menurut(n, p, quotes)
                    if self.reported:
                        self._reported(n, p, quotes)
                self._update_focus(self.a.stripped[n], n)
                continue
            self._update_focus(_strip_quotes(p[: par_spans[0].start]), n)
            k = 0
            while k < len(par_spans):
                span = par_spans[k]
                follow = par_spans[k + 1] if k + 1 < len(par_spans) else None
                quote = self._resolve(span, follow)
                if quote is not None and follow is not None and self._is_split(span, follow):
                    quote["text"] = _join_split(span, follow)
                    k += 1
                if quote is not None:
                    quotes.append(quote)
                    self.last_quote_par = span.end_par
                k += 1
        return quotes

    def _is_split(self, span: _Span, follow: _Span) -> bool:
        """`"…," kata X. "…"`: the second part has no attribution of its own."""
        if span.end_par != follow.start_par or _is_title(" ".join(follow.parts)):
            return False  # `…,” katanya dalam webinar “Strategi …”`: a title, no second part
        between = self.a.paras[span.end_par][span.end + 1 : follow.start]
        if len(between.split()) > 12 or not self._after_attribution(between):
            return False
        if len(_sentences(between.strip())) > 1:
            return False  # `"…," kata X. Ia menambahkan, "…"`: the second has its own source
        p = self.a.paras[follow.end_par]
        after = p[follow.end + 1 :] if follow.closed else ""
        return self._after_attribution(after) is None and len(between.split()) >= 1

    def _resolve(self, span: _Span, follow: _Span | None) -> Quote | None:
        if _is_title(" ".join(span.parts)):
            return None
        text = span.text
        p_start = self.a.paras[span.start_par]
        p_end = self.a.paras[span.end_par]
        if not span.closed:
            cut = re.search(r"[,.?!]\s+(" + "|".join(sorted(_CUE_FORMS)) + r")\b", text)
            if cut:
                text, after = text[: cut.start()], text[cut.start() + 1 :]
            else:
                after = ""
        else:
            stop = follow.start if follow and follow.start_par == span.end_par else len(p_end)
            after = p_end[span.end + 1 : stop]
            if not after.strip() and follow is None:
                after = self._cue_below(span.end_par)
        before = p_start[max(0, span.start - MAX_SENTENCE) : span.start]  # its last sentence
        text = _clean_text(text)
        if len(text.split()) < 2 and not re.search(r"[.!?]", text):
            return None
        attr = self._after_attribution(after)
        if attr is None:
            attr = self._before_attribution(before)
        if attr is None and span.closed:
            attr = _nya_cue(" ".join(span.parts), after) or self._according(span, after)
        if attr is None:
            standalone = not before.strip() and len(after.strip(" .,")) < 2
            context = self.last_quote_par >= span.start_par - 2 or self._speech_before(
                span.start_par
            )
            if not (standalone and context and self.focus and self.focus != _UNKNOWN):
                return None
            attr = _Attribution("", [], pronoun=True)
        speaker, role = self._speaker(attr, span.start_par)
        return Quote(
            text=text,
            speaker=speaker,
            speaker_role=role,
            cue=attr.cue,
            paragraph=span.start_par,
            kind="direct",
        )

    def _according(self, span: _Span, after: str) -> _Attribution | None:
        """`“…,” menurutnya lagi.`, `“…,” menurut Teguh.`: "according to" in lower case right
        after a statement closed by its own punctuation names its speaker as a cue does (a
        capital opens a sentence of its own: `“….” Menurut dia, …` is the next statement)."""
        if " ".join(span.parts).rstrip()[-1:] not in (",", ".", "!", "?"):
            return None
        head = after.lstrip(" ,")
        if not head.startswith("menurut"):
            return None
        own = head[7:10] == "nya"
        attr = self._after_attribution(("katanya" if own else "kata") + head[10 if own else 7 :])
        if attr is not None:
            attr.cue = "menurutnya" if own else "menurut"
        return attr

    def _cue_below(self, n: int) -> str:
        """`“…?”` then a paragraph `tanya Teguh.`: text broken into sentences leaves the cue
        below its quote; '' when the next paragraph opens with no lower-case cue."""
        nxt = next(
            (k for k in range(n + 1, min(n + 3, len(self.a.paras))) if k not in self.a.skip), -1
        )
        if nxt < 0:
            return ""
        p = self.a.paras[nxt]
        first = p.split(" ", 1)[0].rstrip(".,")
        return p if first.islower() and first in _CUE_FORMS else ""

    def _speech_before(self, n: int) -> bool:
        prev = next((k for k in range(n - 1, -1, -1) if k not in self.a.skip), -1)
        return prev >= 0 and any(
            w.lower() in _CUE_FORMS or w.lower() == "menurut" for w in _words(self.a.paras[prev])
        )

    def _after_attribution(self, after: str) -> _Attribution | None:
        words = _words(_first_clause(after))
        if not words:
            return None
        low = [w.lower() for w in words]
        k = 0
        if low[0] in ("demikian", "begitu"):  # `“…,” demikian kata X`, `begitu ujar X`
            k = 1
            if len(low) > 1 and low[1] in STATEMENT_NOUNS:
                return _Attribution(words[1], words[2:])
            if len(low) == 1:
                return None
        if low[k] in PRONOUNS and len(low) > k + 1 and low[k + 1] in _CUE_FORMS:
            return _Attribution(words[k + 1], [], pronoun=True)
        if low[k] not in _CUE_FORMS:
            run = _name_run(words[k:])
            at = k + len(run)  # "X kata", "demikian X mengatakan": the cue after the name
            if run and len(low) > at and low[at] in _CUE_FORMS:
                return _Attribution(words[at], run)
            return self._english_subject(words[k:])
        cue = words[k]
        k += 1
        while k < len(low) and low[k] in _CUE_FORMS:  # "lanjut tulis Evan"
            cue = words[k]
            k += 1
        if cue.lower() in _CUE_NYA:
            return _Attribution(cue, [], pronoun=True)
        if k < len(low) and low[k] in PRONOUNS:
            return _Attribution(cue, [], pronoun=True)
        described = _description(words[k:])
        if described:
            return _Attribution(cue, described)
        phrase, end = _speaker_phrase_end(words[k:])
        rest = words[k + end :]
        placed = self._office_at_place(phrase, rest)
        if placed:  # "kata Konsul Jenderal RI di Chicago Meri Binsar Simorangkir"
            phrase, rest = [*phrase, *rest[:placed]], rest[placed:]
        # (the phrase without the commas it walked over: they tell an office's fields apart)
        fields = office_fields(words[k : k + end], rest)
        if fields:
            phrase, rest = [*words[k : k + end], *rest[:fields]], rest[fields:]
        named = _name_after_role(phrase, rest, self.a.evidence)
        if named is not None:
            name, titles, after_name = named
            return _Attribution(
                cue,
                name,
                role_after=_role_after_name(after_name),
                role_before=[*phrase, *titles],
                exact=True,
            )
        if rest[:1] == [","] and rest[1:2] and rest[1].lower() in ("sapaan", "sapaannya"):
            return _Attribution(cue, phrase, nickname=True)  # ("Gus Salam, sapaan akrabnya")
        return _Attribution(cue, phrase, role_after=_role_after_name(rest))

    def _office_at_place(self, phrase: list[str], rest: list[str]) -> int:
        """How many words of `rest` ("di Chicago Meri Binsar") go on with an office that names no
        one (`phrase`, "Konsul Jenderal RI"): the place it is held at and a name after it that
        the article uses alone ("kata Meri"); never a place alone ("ujar Kapolres di Mapolres
        Metro": where it was said)."""
        if rest[:1] != ["di"] or not phrase or phrase[0] not in ROLE_WORDS:
            return 0
        run = 1
        while run < len(rest) and run < 8 and _is_cap(rest[run]):
            run += 1
        named = any(w in self.a.cued or w in self.a.bare for w in rest[2:run])
        if run < 4 or not named or _split_role(phrase, self.a.evidence).name:
            return 0
        return run

    def _english_subject(self, words: list[str]) -> _Attribution | None:
        """`"…," presiding judge X said` / `X, 54, a batik vendor, told …`: subject before an
        English reporting verb (Indonesian needs the cue right after the name, see above)."""
        cue_at = next((j for j, w in enumerate(words[:12]) if w.lower() in _ENGLISH_CUES), None)
        if not cue_at:
            return None
        phrase = words[:cue_at]
        joins = [
            i
            for i, w in enumerate(phrase)
            if w.lower() in _CLAUSE_JOINERS
            # (not inside a name or an office: "Minister for Human Development and Culture")
            and not (0 < i < len(phrase) - 1 and _is_cap(phrase[i - 1]) and _is_cap(phrase[i + 1]))
        ]
        if "." in phrase or joins:
            return None  # "…" played as fans said goodbye: another clause, not a speaker
        head = phrase[: phrase.index(",")] if "," in phrase else phrase
        if not _split_role(head, self.a.evidence).name and len(head) < len(phrase):
            return None
        return _Attribution(words[cue_at], head)

    def _before_attribution(self, before: str) -> _Attribution | None:
        """`X mengatakan, "…"`, `X mengatakan bahwa "…"` or `X: "…"` in the same paragraph."""
        clause = _sentences(before)[-1] if before.strip() else ""
        words = _words(clause)
        if not words:
            return None
        according = self._according_before(words)
        if according is not None:
            return according
        for k in range(len(words) - 1, -1, -1):
            if words[k].lower() in _CUE_FORMS and words[k].lower() not in _LEMMAS:
                tail = words[k + 1 :]  # "X mengatakan (kepada wartawan), "…"" only
                if (tail and tail[-1] not in (",", ":") and tail != ["bahwa"]) or len(tail) > 6:
                    return None
                subject = self._subject(words, k)  # ("Siti Rahma, a street vendor, said:")
                if subject is not None:
                    return _Attribution(words[k], subject, pronoun=not subject)
                return None
        return None

    @staticmethod
    def _according_before(words: list[str]) -> _Attribution | None:
        """`Menurutnya, "…"`, `Namun, menurut Kepala Dinas X, "…"`: the source before the quote,
        after "menurut" and up to the comma or colon that opens it."""
        if words[-1] not in (",", ":") or len(words) > 20:
            return None
        at = next((i for i, w in enumerate(words) if w.lower() in ("menurut", "menurutnya")), -1)
        if at < 0 or any(w != "," and w.capitalize() not in FUNCTION_WORDS for w in words[:at]):
            return None
        phrase = words[at + 1 : -1]
        if words[at].lower() == "menurutnya" or [w.lower() for w in phrase] in (["dia"], ["ia"]):
            return _Attribution(words[at], [], pronoun=True) if len(phrase) <= 1 else None
        if not phrase or not _is_cap(phrase[0]) or "," in phrase:
            return None
        return _Attribution(words[at], phrase)

    def _subject_before(self, words: list[str], k: int) -> list[str] | None:
        j = k
        while j > 0 and words[j - 1].lower() in AUXILIARIES:
            j -= 1
        if j > 0 and words[j - 1].lower() in PRONOUNS:
            return []
        if self._described(words, j, k):
            return []  # "siswa kelas XII itu menuturkan": the person in focus
        if j > 3 and _is_age(words, j - 3) and _is_cap(words[j - 4]):
            j -= 3  # "saksi mata bernama Joko (40) mengatakan": the name before its age
        i = j
        after_paren = 0  # the word after a parenthesised abbreviation walked over
        while i > 0:
            w = words[i - 1]
            if w == ")" and i < j:  # "Kepala Badan … (BPS) Jawa Barat Marsudijono mengatakan"
                o = next((o for o in range(i - 3, max(0, i - 6), -1) if words[o] == "("), -1)
                if o > 0 and _abbreviation_after(words, o) == i:
                    after_paren, i = i, o
                    continue
            # "Dinas Perindustrian dan Perdagangan …" is one office
            joins_offices = (
                w in OFFICE_JOINERS and i > 1 and words[i - 2] in _ROLE and words[i] in _ROLE
            )
            # "House of Rattan", "Bank of America": an English name of an organisation
            joins_names = w == "of" and i > 1 and _is_cap(words[i - 2]) and _is_cap(words[i])
            if not (
                _is_cap(w)
                or w in NAME_CONNECTORS
                or w.lower() in TITLES
                or joins_offices
                or joins_names
                or _numbered_unit(words, i - 1)
            ):
                break
            i -= 1
        # the subject before a phrase between it and the verb: "Kapolres X didampingi Kasat
        # Reskrim Y mengatakan", "Rudi yang juga Wali Kota Batam itu menyebut"
        lead = int(i > 1 and words[i - 1] in ACCOMPANIED)
        also = (
            i > 2 and words[i - 2] == "yang" and words[i - 1] in ("juga", "merupakan", "menjabat")
        )
        lead = lead or 2 * also
        if lead and _is_cap(words[i - lead - 1]):
            first = self._subject_ending_at(words, i - lead)
            if first:
                return first
        if after_paren and i > 0 and words[i - 1].lower() in NP_STOPS:
            i = after_paren  # "Ketua … di Jalan (Organda) DKI Jakarta X": the run after it
        if i > 0 and words[i - 1].lower() in NP_STOPS:
            stop = words[i - 1].lower()
            if stop == "dari" and i > 1:  # "Reynaldi dari PT House of Rattan mengatakan"
                member = self._subject_before(words, i - 1)
                name = _split_role(member, self.a.evidence).name if member else ""
                org = words[i] in ORGANISATION_WORDS or _is_roleish(words[i])
                if name and (org or self.a.is_person(self.a.full_name(name, 0))):
                    self.a.person_words.update(name.split())  # a member of an organisation
                    return member
            split = _split_role(words[i:j], self.a.evidence)
            joins = stop in OFFICE_JOINERS or stop in ("dari", "untuk", "di")
            if joins and split.name and split.role:
                # "Kepala Dinas … Hutan dan Perkebunan Kemenperin X", "… DPR dari Fraksi …",
                # "Konsul Jenderal RI di New York Arifi Saiman":
                # the whole office when a capitalised run stands before the joiner
                # ("Kepala Dinas Tenaga Kerja, Transmigrasi, dan Energi …": across the commas
                # between an office's fields)
                h = i - 1
                while h > 0 and (
                    _is_cap(words[h - 1])
                    or words[h - 1] in OFFICE_JOINERS
                    or (words[h - 1] == "," and h > 1 and _is_cap(words[h - 2]))
                ):
                    h -= 1
                while h < i - 1 and not _is_cap(words[h]):
                    h += 1
                whole = h < i - 1 and not (h and words[h - 1].lower() in NP_STOPS)
                same = whole and _split_role(words[h:j], self.a.evidence).name == split.name
                # ("Pegiat di Ikatan Arsitek Indonesia ini": a trade at a body, no office's place)
                if stop == "di" and not (
                    same and words[h] in _ROLE and words[h] not in PROFESSIONS
                ):
                    return None
                return words[h:j] if same else words[i:j]
            return None
        if i > 0 and words[i - 1] in _NICKNAME_VERBS:
            owner = self._named_before_nickname(words, i - 1)  # "X atau yang akrab disapa Y"
            if owner:
                return owner
        if not after_paren and i > 1 and words[i - 1] in ALIAS_WORDS and _is_cap(words[i - 2]):
            first = self._subject_ending_at(words, i - 1)  # "X atau Y": X
            if first:
                return first
        return words[i:j] or None

    def _subject_ending_at(self, words: list[str], at: int) -> list[str] | None:
        """The subject run that ends right before `at`, as if a verb stood there."""
        return self._subject_before([*words[:at], "x"], at)

    def _speaker(self, attr: _Attribution, n: int) -> tuple[str, str]:
        """(speaker, role): a person named without their office here ("ujarnya", "kata Wahdi")
        keeps the office the article gave them before."""
        speaker, role = self._named(attr, n)
        described = bool(attr.words) and attr.words[-1].lower() in DEMONSTRATIVES
        # "kata Wali Kota Risma": the place an office takes was a name (not in a description:
        # "kata siswa jurusan Teknik Kendaraan Ringan Otomotif itu" names no Otomotif)
        if not speaker and role and not described:
            speaker, role = self._name_in_role(role, n)
        return speaker, self._carried_role(speaker, role, n)

    def _carried_role(self, speaker: str, role: str, n: int) -> str:
        """The role a statement of `speaker` gets: its own, else the office the article gave
        the person before (by every path that finds a speaker: a cue, "Menurut X", a verb)."""
        # ("kata Komjen Listyo": a rank said again is no office; the office is carried and the
        # rank goes after it, to be split off at the end)
        ranked = role and rank_at([*role.split(), *speaker.split()[:1]], 0) == len(role.split())
        rank = (
            role
            if ranked or (role and all(w in RANKS or w in TITLES for w in role.split()))
            else ""
        )
        if rank:
            role = ""
        if speaker and not role:
            role = self.a.role_of(speaker, n)
        elif speaker and role:
            # "Pakar hukum pidana Universitas X Mudzakir menilai": the subject's run holds only
            # the end of the office the article gives the person ("… | Universitas X")
            office = self.a.role_of(speaker, n)
            head = office.split()[0] if office else ""
            if office.endswith(" " + role) and head in _DESCRIBES and head not in PLACE_HEADS:
                role = office
        if speaker:
            # the office as a statement gave it whole ("Kepala Dinas Peternakan dan Kesehatan
            # Hewan Jateng") goes on with the person: the article's mentions may hold only its
            # end ("Kesehatan Hewan Jateng", a run cut at "dan")
            known = self.roles.get(speaker, "")
            if known and (not role or (len(known) > len(role) and known.endswith(" " + role))):
                role = known
            elif (
                role
                and (not known or role.endswith(" " + known))
                and not all(w in TITLES for w in role.split())  # "dr", "Mr": no office
            ):
                self.roles[speaker] = role
        if rank and not any(w in RANKS for w in role.split()):  # (nor "… Komisaris Jenderal")
            role = " ".join(filter(None, (role, rank)))
        return role

    def _name_in_role(self, role: str, n: int) -> tuple[str, str]:
        """A role read without a person whose last word is a person the article names ("Wali
        Kota Risma" after "Tri Rismaharini") gives that person; else no speaker and the role."""
        words = role.split()
        last = words[-1] if words else ""
        if len(words) < 2 or not _is_cap(last) or _is_roleish(last):
            return "", role
        full = self.a.full_name(last, n)
        named = full != last or last in self.a.person_words or last in self.a.bare
        if named and self.a.is_person(full):
            self.focus = full
            return full, " ".join(words[:-1])
        return "", role

    def _named(self, attr: _Attribution, n: int) -> tuple[str, str]:
        words = attr.words
        if attr.pronoun:
            posted = attr.cue.lower().removesuffix("nya") in POSTING_CUES
            if self.focus in ("", _UNKNOWN) and self.account and posted:
                return self.account, "akun"  # "Pemilik akun @x ikut berkomentar. …," tulisnya
            return (self.focus if self.focus != _UNKNOWN else ""), ""
        handles = [w for w in words if _HANDLE.fullmatch(w)]
        if handles:
            self.focus, self.account = _UNKNOWN, handles[0]
            return handles[0], " ".join(w for w in words if w != handles[0])
        account = _account(words)
        if account:  # "tulis akun Twitter Info Lampung", "komentar seorang warganet"
            self.focus = _UNKNOWN
            if account not in ONLINE_CROWD:
                self.account = account
            return account, ""
        if words[:1] == ["akun"] and words[-1] in DEMONSTRATIVES and self.account:
            return self.account, "akun"  # "tulis akun tersebut": the account named last
        if words and words[-1].lower() in DEMONSTRATIVES:
            role = " ".join(words[:-1])
            self._nickname(role, n)  # "ujar pria yang akrab disapa Cak Ji itu"
            return (self.focus if self.focus != _UNKNOWN else ""), role
        if attr.nickname and self.focus and self.focus != _UNKNOWN:
            self._alias_focus(words)
            return self.focus, ""
        split = _split_role(words, self.a.evidence)
        if attr.exact:
            split = _Name(" ".join(words), "")
        company = self._company(words) if not attr.exact else ""
        if company:  # "Jasa Marga menyebut", after "PT Jasa Marga (Persero) Tbk": no person
            self.focus = _UNKNOWN
            return company, ""
        if split.name and " " not in split.name and self._organisation_place(words, split.name):
            self.focus = _UNKNOWN  # "kata PLN UP3 Metro": the unit's place, not a person
            return _organisation(words), ""
        if not split.name and len(words) == 1 and words[0] in self.a.names_with:
            full = self.a.full_name(words[0], n)  # "tutur Lalu" for Lalu M Syafriadi
            if full != words[0] and self.a.is_person(full):
                self.focus = full
                return full, ""
        if not split.name and words and words[-1] in self.a.initials:
            self.focus = words[-1]  # "kata AH", "Tersangka AH mengatakan": initials given
            return words[-1], " ".join(words[:-1])
        holder = "" if split.name else self.a.office_holder(words, n)
        if holder:  # "ujar Kapolsek": the office the article gave its holder ("Kapolsek Natar")
            self.focus = holder
            return holder, self.a.role_of(holder, n) or " ".join(words)
        if not split.name:
            self.focus = _UNKNOWN
            org = _organisation(words)  # "kata DKI Jakarta": the organisation, no office of it
            return org, "" if org == split.role else split.role
        full = self.a.full_name(split.name, n)
        self.focus = full
        return full, " ".join([*attr.role_before, split.role, *attr.role_after]).strip()

    def _company(self, words: list[str]) -> str:
        """The company a phrase names, as the article gives it by its legal name elsewhere
        ("PT Jasa Marga (Persero) Tbk", "Area Manager PT Pertamina Patra Niaga Regional …") or
        after a noun for its kind ("platform Tokopedia"): the phrase is that name, "PT" perhaps
        before it; '' when it is none."""
        named = [w for w in words if w not in _PUNCT]
        while named and named[0] in _COMPANY_FORMS:
            named = named[1:]
        text = " ".join(named)
        return text if text in self.a.organisations else ""

    def _organisation_place(self, words: list[str], name: str) -> bool:
        """A lone word after an organisation's acronyms that no sentence uses as a person."""
        if not _organisation(words) or name in self.a.bare:
            return False
        return not any(name in m.split() and " " in m for _, m in self.a.mentions)

    def _update_focus(self, text: str, n: int) -> None:
        """Track the person named as subject ("Anies menjelaskan bahwa …") sentence by sentence,
        and the social-media account named last ("Video itu diunggah akun Instagram @x"): one
        named in a sentence whose subject is a person is that person's ("Melalui akun
        resminya @x, Bupati Y mengimbau …"), so "tulis akun tersebut" is then Y's."""
        for sentence in _sentences(text):
            before = self.focus
            self._focus_sentence(sentence, n)
            if "@" in sentence:
                words = self.a.sentence_words(sentence)
                handle = next((w for w in reversed(words) if _HANDLE.fullmatch(w)), "")
                if handle:
                    self.account = handle if self.focus == before else ""

    def _focus_sentence(self, sentence: str, n: int) -> None:
        words = self.a.sentence_words(sentence)
        if self._nickname(sentence, n, words):
            return
        self._office_of_focus(words)
        if self._introduced_with_age(sentence, n):
            return
        introduced = _LIKEWISE.match(sentence)  # "Sama halnya dengan X, …", "Senada, X …"
        # (the name after an office's comma first: "Hal senada disampaikan Kepala Dinas X, Y")
        if introduced and any(self._set_focus(_words(g), n) for g in introduced.group(2, 1) if g):
            return
        # "Salah satunya adalah Ketua … X." (the long pattern read only where it can start)
        copula = any(c in sentence for c in ("adalah", "ialah", "yakni", "yaitu"))
        named = _NAMED_LAST.search(sentence) if copula else None
        if named is not None:
            run = _words(named.group(1))
            # a name with an office, or with an age ("… adalah Fanda Riyanto (18).")
            given = bool(named.group(2)) or bool(_split_role(run, self.a.evidence).role)
            if given and self._set_focus(run, n):
                return
        for k in _where(_focus_word, words):
            low = words[k]
            if low.startswith("di"):
                # (not who accompanies the subject: "Kapolres X didampingi Kasat Y mengatakan")
                if low not in ACCOMPANIED and self._passive_agent(words[k + 1 :], n):
                    break
                continue  # "warga Surabaya digratiskan": who undergoes it speaks no more
            subject = self._subject(words, k)
            if subject == []:  # a pronoun: the focus stays
                break
            if subject and self._set_focus(subject, n):
                break
            if low in CUE_VERBS and self._nearest_name(words[:k], n):
                break
        else:  # no subject: "laporan … oleh Kepala Bidang … X, ada 575 kasus": the agent
            if "oleh" in words:
                self._passive_agent(words[words.index("oleh") :], n)

    def _office_of_focus(self, words: list[str]) -> None:
        """ "Ketua PWNU Jawa Timur itu menyampaikan …": an office that opens the sentence and is
        closed by a demonstrative, naming no one, is the office of the person in focus (when
        the article gave them none)."""
        i = 0
        while i < len(words) and (words[i].capitalize() in FUNCTION_WORDS or words[i] == ","):
            i += 1  # "Namun, …"
        if i >= len(words) or words[i] not in ROLE_WORDS or words[i] in ORGANISATION_HEADS:
            return  # (not "Perusahaan itu …", "Daerah tersebut …")
        j = i + 1
        while j < len(words) and j - i < 12 and (_is_cap(words[j]) or words[j] in OFFICE_JOINERS):
            j += 1
        person = self.focus if self.focus != _UNKNOWN else ""
        if j >= len(words) or words[j] not in DEMONSTRATIVES or not self.a.is_person(person):
            return
        office = words[i:j]
        if len(office) < 2 or not any(w not in ROLE_WORDS for w in office):
            return  # an office is of some institution or place: "Ketua PWNU Jawa Timur"
        if not _split_role(office, self.a.evidence).name and not self.roles.get(person):
            self.roles[person] = " ".join(office)

    def _nickname(self, text: str, n: int, words: list[str] | None = None) -> bool:
        """`…, yang akrab disapa Cak Ji`: the nickname (and it without an honorific, as "kata
        Cak Ji" is read) is the person named right before it ("Wali Kota X Moh Ramdhan
        Pomanto atau yang akrab disapa Danny"), else the person in focus ("pria yang akrab
        disapa Cak Ji itu"); whether `text` gave one."""
        nicknamed = any(verb in text for verb in _NICKNAME_VERBS)
        nick = _NICKNAME.search(text) if nicknamed else None
        if nick and words:
            v = next((k for k, w in enumerate(words) if w in _NICKNAME_VERBS), 0)
            owner = self._named_before_nickname(words, v) if v else None
            if owner:
                self._set_focus(owner, n)
        if not (nick and self.focus and self.focus != _UNKNOWN):
            return False
        self._alias_focus(nick.group(1).split())
        return True

    def _alias_focus(self, forms: list[str]) -> None:
        """A nickname of the person in focus, with and without its honorifics ("Cak Ji", "Ji")."""
        while len(forms) > 1 and forms[0] in TITLES:
            self.a.alias.setdefault(" ".join(forms), self.focus)
            forms = forms[1:]
        if forms[0] not in self.focus.split():
            self.a.alias[" ".join(forms)] = self.focus

    def _named_before_nickname(self, words: list[str], v: int) -> list[str] | None:
        """`Moh Ramdhan Pomanto atau yang akrab disapa Danny`, `X, yang biasa dipanggil Y`:
        the subject run ending right before the nickname phrase whose verb is at `v`."""
        h = v
        while h > 0 and v - h < 5 and words[h - 1].lower() in _NICKNAME_LEAD:
            h -= 1
        if h == v or h == 0 or not _is_cap(words[h - 1]):
            return None
        return self._subject_ending_at(words, h)

    def _introduced_with_age(self, sentence: str, n: int) -> bool:
        """`Salah satu peserta, Wayan Sudarma (47), petani …, membawa …`: a person introduced
        with an age before the sentence's first verb is its subject; not when that verb is
        passive or says what happened to them ("Budi (30) ditemukan tewas"): they are a
        victim or suspect, and the official who speaks next keeps the focus."""
        age = _AGE_APPOSITIVE.search(sentence) if "(" in sentence else None
        if not age:
            return False
        verb = _FIRST_VERB.search(sentence)
        while verb and verb.group() in INTRODUCERS:  # "nelayan bernama Hasanuddin (47)"
            verb = _FIRST_VERB.search(sentence, verb.end())
        # (a verb of an adverbial clause opening the sentence is not the person's: "Tanpa
        # mengenakan masker, Ali (19), sopir M 08, sedang menunggu penumpang")
        opened = sentence.split(" ", 1)[0] in _CLAUSE_OPENERS
        if opened and sentence.find(", ") + 2 == age.start():
            verb = None
        if verb and verb.start() < age.start():
            return False
        verb = _FIRST_VERB.search(sentence, age.end())
        if verb is None or _UNDERGOER_VERB.match(verb.group()):
            return False
        return self._set_focus(_words(age.group(1)), n)

    def _passive_agent(self, words: list[str], n: int) -> bool:
        """`diungkapkan (oleh) Menteri Keuangan Sri Mulyani`: the agent is the subject; so is
        the name after a description's comma (`dibenarkan warga Gang Hijau RT 008, Sumarni`)."""
        if words and words[0] == "oleh":
            words = words[1:]
        if words and words[0].islower() and "," in words[1:9]:
            comma = words.index(",", 1)
            named = _name_run(words[comma + 1 : comma + 6])
            described = any(map(_describes_a_person, words[:comma]))
            if named and described and words[0] not in NP_STOPS:
                return self._set_focus(named, n)
        return bool(words) and _is_cap(words[0]) and self._set_focus(words, n)

    def _nearest_name(self, words: list[str], n: int) -> bool:
        """`X, saat dihubungi dari Mataram, Kamis, mengatakan`: the nearest name not in a phrase."""
        runs: list[tuple[int, list[str]]] = []
        k = 0
        while k < len(words):
            if _is_cap(words[k]):
                j = k
                while j < len(words) and (_is_cap(words[j]) or words[j] in NAME_CONNECTORS):
                    j += 1
                runs.append((k, words[k:j]))
                k = j
            else:
                k += 1
        for k, run in reversed(runs):
            prev = words[k - 1].lower() if k else ""
            if prev in NP_STOPS or prev == "oleh":
                continue
            if self._set_focus(run, n):
                return True
        return False

    def _set_focus(self, words: list[str], n: int) -> bool:
        run: list[str] = []
        k = 0
        comma = words.index(",") if "," in words else 0
        fields = office_fields(words[:comma], words[comma:]) if comma else 0
        if fields:  # "Kepala Dinas Perumahan, Cipta Karya, dan Tata Ruang Kota X Iman Krestian"
            run, k = words[: comma + fields], len(words)
        while k < len(words):
            w = words[k]
            joins_offices = w in OFFICE_JOINERS and bool(run) and run[-1] in _ROLE
            if _is_cap(w) or w in NAME_CONNECTORS or (run and w in TITLES) or joins_offices:
                run.append(w)
            elif w == "(" and run and _abbreviation_after(words, k) > 0:  # "Badan … (BPS) …"
                run += words[k : _abbreviation_after(words, k)]
                k = _abbreviation_after(words, k)
                continue
            else:
                break
            k += 1
        split = _split_role(run, self.a.evidence) if run else _Name("", "")
        holder = "" if split.name or not run else self.a.office_holder(run, n)
        if holder:  # "Hal itu juga dibenarkan Kapolres Lampung Selatan." after its holder's name
            self.focus = holder
            return True
        if not split.name or _is_degree(split.name.split()[-1]):
            return False
        opens_organisation = run[0] in ORGANISATION_WORDS and run[0] not in ORGANISATION_SUFFIXES
        if opens_organisation and all(  # "Masjid Raya Al-Ikhlas", "Bank Sinar Jaya"
            w in ORGANISATION_WORDS for w in split.role.split()
        ):
            return False
        person = self.a.person_in(self.a.full_name(split.name, n))
        if not person:
            return False
        self.focus = self.a.full_name(person, n)
        return True

    def _reported(self, n: int, p: str, quotes: list[Quote]) -> None:
        """Indirect statements of a paragraph without quotation marks: `X mengatakan, …`,
        `X menjelaskan bahwa …`, `X menyebutkan …`, `X, <role>, mengatakan, …`, `X said that …`
        (X may be ia / dia / he) and `…, kata X.` at the end of a sentence."""
        for sentence in _sentences(p):
            words = self.a.sentence_words(sentence)
            found = self._reported_clause(words)
            if found is None:
                continue
            cue, attr, pieces = found
            text = _clean_text(_text_of(sentence, words, pieces).rstrip(".!? "))
            if len(text.split()) < 3:
                continue
            focus = self.focus
            speaker, role = self._speaker(attr, n)
            # ("Jasa Marga menyebut, …": the company speaks, no person)
            company = not attr.pronoun and speaker == self._company(attr.words) != ""
            if (
                not speaker
                or not (attr.pronoun or role or company or self.a.is_person(speaker))
                # (a company's unit may carry a number, "PT PLN UP3 Palembang": someone speaks)
                or (_no_one(speaker, role) and not company)
            ):
                self.focus = focus  # "Pemerintah mengatakan, …", "menurut Peraturan …": nobody
                continue
            if company or (not attr.pronoun and speaker == _organisation(attr.words)):
                self.focus = focus  # "Pemprov Jabar meyakini …": the person in focus stays
            quotes.append(
                Quote(
                    text=text,
                    speaker=speaker,
                    speaker_role=role,
                    cue=cue,
                    paragraph=n,
                    kind="indirect",
                )
            )

    def _reported_clause(
        self, words: list[str]
    ) -> tuple[str, _Attribution, list[tuple[int, int]]] | None:
        """(cue, speaker, the reported clause as ranges of `words`) of one sentence, or None."""
        # "Saat ini, menurut Kepala Dinas X, stok aman", "Lalu, lanjut Anies, …": the source
        # between commas inside the sentence
        limit = min(len(words), MAX_SUBJECT_DISTANCE)
        for k in [c + 1 for c in range(limit - 1) if words[c] == ","]:
            low = words[k].lower()
            inside = low in ("menurut", "menurutnya") or (low in _CUE_FORMS and low == words[k])
            if not inside:
                continue
            if k + 1 < len(words) and words[k + 1].lower() in COMPLEMENTISERS:
                break  # ", mengatakan bahwa …": the verb of a subject before, read below
            end = k + 1
            while end < len(words) and words[end] != "," and end - k < 16:
                end += 1
            if end >= len(words) or words[end] != ",":
                break
            # "…, kata ahli epidemiologi Universitas X, Windhu Purnomo, di Surabaya, …": the
            # name after the office's comma is the source
            named = _name_run(words[end + 1 : end + 7])
            comma_after = words[end + 1 + len(named) : end + 2 + len(named)] == [","]
            if named and comma_after and not low.startswith("menurut"):
                end += 1 + len(named)
            phrase = words[k + 1 : end]
            attr: _Attribution | None
            if low.startswith("menurut"):
                pronoun = low == "menurutnya" or [w.lower() for w in phrase] in (["dia"], ["ia"])
                if not pronoun and not phrase:
                    break
                attr = _Attribution("menurut", [] if pronoun else phrase, pronoun=pronoun)
            else:
                attr = self._after_attribution(" ".join(words[k:end]))
            if attr is None or not (attr.pronoun or attr.words):
                break  # ", mengatakan, …": the verb of a subject before, read below
            return words[k], attr, [(0, k - 1), (end + 1, len(words))]
        passive = self._passive_opening(words)
        if passive is not None:
            return passive
        opening = self._cue_opening(words)
        if opening is not None:
            return opening
        # (the first verb in lower case decides: every path below returns)
        for k in [k for k, w in enumerate(words[:MAX_SUBJECT_DISTANCE]) if w in INDIRECT_VERBS]:
            w = low = words[k]
            r = k + 1
            while r < len(words) and words[r].lower() in ("pula", "juga", "also"):
                r += 1
            opened = r < len(words) and words[r] in (",", ":")
            r += opened
            prep = words[r].lower() if not opened and r < len(words) else ""
            if prep in ("kepada", "pada"):
                # "X mengatakan kepada wartawan, …", "… pada Sabtu (…), …": the statement after
                # the comma ("mengatakan pada Sabtu sore dia …" opens it with its time); none
                # for "kepada" without a comma, nor for "berharap pada donasi …" (its object)
                comma = next((c for c in range(r, min(len(words), r + 8)) if words[c] == ","), 0)
                if (prep == "kepada" and not comma) or (prep == "pada" and low == "berharap"):
                    return None
                if comma:
                    r, opened = comma + 1, True
            if not opened and low in _ENGLISH_CUES:
                # "X told Tempo that …", "X said on Monday that …": the clause after "that"
                that = next((t for t in range(r, min(len(words), r + 6)) if words[t] == "that"), 0)
                if that and "," not in words[r:that]:
                    r = that
            if r < len(words) and words[r].lower() in COMPLEMENTISERS:
                r += 1
                opened = True
                r += r < len(words) and words[r] == ","
            # (without a comma or "bahwa", a verb that takes a clause, or one whose clause has
            # a verb of its own: "X menjelaskan pelaku ditangkap di rumahnya")
            clause = low in CLAUSE_VERBS and not _object_not_clause(words[r:])
            if not (opened or clause or (low in FINITE_CLAUSE_VERBS and _finite_clause(words[r:]))):
                return None
            subject = self._subject(words, k)
            if subject is None:
                return None
            return w, _Attribution(w, subject, pronoun=not subject), [(r, len(words))]
        # "…, kata Kepala Dinas X." / "…, ujarnya." closing a sentence without quotation marks
        for k in range(len(words) - 2, max(2, len(words) - 12), -1):  # the sentence's end
            if words[k] == "," and words[k + 1].lower() in _CUE_FORMS:
                trailing = self._after_attribution(" ".join(words[k + 1 :]))
                if trailing is not None and k >= 4:
                    return words[k + 1], trailing, [(0, k)]
                break
        return None

    def _cue_opening(
        self, words: list[str]
    ) -> tuple[str, _Attribution, list[tuple[int, int]]] | None:
        """ "Kata dia, pelaku …", "Tambah Budi, …", "Lanjutnya, …": a sentence opened by a cue
        and its source (a pronoun, a name or an office) up to a comma."""
        cue = words[0].lower()
        # (the bare cue only: "Menanggapi hal itu, X mengatakan" opens with a verb and its object)
        lemma = cue.removesuffix("nya")
        if len(words) < 5 or lemma not in _LEMMAS:
            return None
        end = next((i for i in range(1, min(len(words), 14)) if words[i] == ","), 0)
        if end == 1 and cue != lemma:
            return cue, _Attribution(cue, [], pronoun=True), [(2, len(words))]
        if end < 2 or cue != lemma:
            return None  # ("Jelas, …": no source)
        attr = self._after_attribution(" ".join([cue, *words[1:end]]))
        if attr is None or not (attr.pronoun or attr.words):
            return None
        return cue, attr, [(end + 1, len(words))]

    @staticmethod
    def _passive_opening(
        words: list[str],
    ) -> tuple[str, _Attribution, list[tuple[int, int]]] | None:
        """ "Dijelaskan Syafrin, pihaknya …", "Ditambahkan Kepala Dinas X, …": a sentence that
        opens with a reporting verb's passive form, the source after it up to a comma."""
        if len(words) < 5 or words[0].lower() not in PASSIVE_SAYING:
            return None
        end = next((i for i in range(1, min(len(words), 17)) if words[i] == ","), 0)
        phrase = words[1:end]
        if phrase[:1] == ["oleh"]:
            phrase = phrase[1:]
        if not phrase or not _is_cap(phrase[0]) or not _is_cap(phrase[-1]):
            return None  # "Diakui, …", "Dianggap berakhir …": no source named
        named = _name_run(words[end + 1 : end + 7])
        if named and words[end + 1 + len(named) : end + 2 + len(named)] == [","]:
            # "Ditegaskan oleh Kepala Dinas X, M Taufiqullah, perbaikan …": the name after the
            # office's comma
            attr = _Attribution(words[0], named, role_before=phrase, exact=True)
            return words[0], attr, [(end + 2 + len(named), len(words))]
        return words[0], _Attribution(words[0], phrase), [(end + 1, len(words))]

    def _described(self, words: list[str], j: int, k: int) -> bool:
        """`siswa kelas XII itu menuturkan`, `Namun, pria asal Bandung tersebut mengaku`: a
        description opened by a lower-case noun for a person and closed by a demonstrative
        (among the words `j`..`k` before the verb) refers to the person in focus."""
        if not any(w.lower() in DEMONSTRATIVES for w in words[j:k]):
            return False
        h = j
        while h > 0 and words[h - 1] not in _PUNCT and j - h < 8:
            h -= 1
        head = words[h] if h < j else ""
        if h == 0 and head in PROFESSIONS:
            head = head.lower()  # "Pegiat di Ikatan … ini menuturkan": the sentence's capital
        if not head.islower() or (h > 0 and words[h - 1] not in (",", ";")):
            return False  # a description opens its sentence or follows a comma
        if any(_is_cap(w) for w in words[: max(0, h - 1)]):
            return False  # "Arni (28), karyawan swasta itu menyampaikan": describes Arni
        return head in _DESCRIBES or head.capitalize() in _DESCRIBES

    def _subject(self, words: list[str], k: int) -> list[str] | None:
        """The subject of the verb at `k`: right before it, or across the commas of an
        appositive or of adverbials (`X, saat dihubungi, Senin, mengatakan`)."""
        member = self._member_of(words, k) if words[k].lower() in _ENGLISH_CUES else None
        if member:
            return member
        subject = self._subject_before(words, k)
        if subject is not None:
            return subject
        j = k
        while j > 0 and words[j - 1].lower() in AUXILIARIES:  # "…, juga membenarkan"
            j -= 1
        if j and words[j - 1] == ",":
            return self._appositive_subject(words, j) or self._opening_subject(words, j)
        if j and words[j - 1] in ("—", "–"):  # "X, Kepala …, Jakarta — tim yang … — menuturkan"
            d = next((d for d in range(j - 2, max(-1, j - 32), -1) if words[d] == words[j - 1]), -1)
            if d > 0:
                reduced = [*words[:d], ",", *words[j:]]
                return self._subject(reduced, d + 1 + (k - j))
        return None

    def _member_of(self, words: list[str], k: int) -> list[str] | None:
        """`economist Bhima Yudhistira of the Center of Economic and Law Studies (Celios) said`:
        the person before "of (the)" and an organisation's name that runs up to the verb."""
        for o in range(k - 2, 0, -1):
            w = words[o]
            if w == "of" and _is_cap(words[o - 1]):
                start = o + 1 + (words[o + 1] == "the")
                org = words[start:k]
                named = all(_is_cap(x) or x in _ENGLISH_JOINERS or x in "()" for x in org)
                if not org or not named or not _is_cap(org[0]):
                    continue
                member = self._subject_ending_at(words, o)
                if member and self.a.is_person(" ".join(member)):
                    return member
            elif not (_is_cap(w) or w in _ENGLISH_JOINERS or w in "()"):
                return None
        return None

    def _opening_subject(self, words: list[str], k: int) -> list[str] | None:
        """`Kepala BNPB yang juga Ketua Satgas Doni Monardo, saat dihubungi, Senin (…) di
        Jakarta, mengatakan`: the person ending the sentence's first phrase is the subject
        when only adverbials (each opened by a lower-case or calendar word) stand between it
        and the verb at `k` (a comma before it)."""
        commas = [i for i in range(k) if words[i] == ","]
        if not commas:
            return None
        located = False  # the segment before was a place: "di Dermaga JICT 2, Tanjung Priok,"
        for a, b in zip(commas, [*commas[1:], k - 1], strict=True):
            seg = words[a + 1 : b]
            address = located and bool(seg) and all(_is_cap(w) or w.isdigit() for w in seg)
            if seg and not _adverbial(seg[0]) and not address:
                return None
            located = address or "di" in seg
        first = commas[0]
        i = first
        while i > 0 and (_is_cap(words[i - 1]) or words[i - 1] in NAME_CONNECTORS):
            i -= 1
        run = words[i:first]
        # what opens the phrase before the name may be an office and "yang juga", no verb
        for j, w in enumerate(words[:i]):
            verb = _VERBISH.fullmatch(w) or w.lower() in _CUE_FORMS
            if verb and not (j and words[j - 1] in ("yang", "juga")):
                return None
        if i and words[i - 1] in NP_STOPS and words[i - 1] not in ("juga", "yang"):
            return None  # "… kepada Menteri X, …": an object
        split = _split_role(run, self.a.evidence) if run else _Name("", "")
        if not split.name or not self.a.is_person(self.a.full_name(split.name, 0)):
            return None
        return run

    def _appositive_subject(self, words: list[str], k: int) -> list[str] | None:
        """The subject of the verb at `k` when a comma stands before it: `Pengamat …, Heru
        Sutadi, menduga` (a name between commas after its office) or `Kisran Makati, Ketua …,
        menjabarkan` / `Dedy, Kepala Peleton B …, menuturkan` (the name that opens the
        sentence, its office after it)."""
        opening = self._named_opening(words, k)
        if opening:
            return opening
        start = k - 1
        while start > max(0, k - 12) and words[start - 1] != ",":
            start -= 1
        segment = words[start : k - 1]
        if segment and start > 1 and all(map(_is_degree, segment)):
            return self._appositive_subject(words, start)  # "Siti Nurjanah, M.Sc., menyebut"
        if len(segment) > 3 and _is_age(segment, len(segment) - 3):
            segment = segment[:-3]  # ", Siti (45), mengaku": the name and an age
        described = 0  # ", dokter Adam Prabata, mengatakan": a lower-case description first
        while described < min(3, len(segment) - 1) and segment[described].islower():
            if segment[described] in NP_STOPS or _VERBISH.fullmatch(segment[described]):
                return None
            described += 1
        name = segment[described:]
        name = name[titles_at(name, 0) :]  # ", H. Darto Sumarno, mengatakan"
        named = start > 0 and bool(name) and _name_run(name) == name
        if named and (not described or self.a.is_person(self.a.full_name(" ".join(name), 0))):
            return name
        return None

    def _named_opening(self, words: list[str], k: int) -> list[str] | None:
        """`Kisran Makati, Ketua …, menjabarkan`: the name opening the sentence, described
        after its comma, is the subject of the verb at `k`."""
        i = 0
        while i < k and (
            words[i].capitalize() in FUNCTION_WORDS or words[i].lower() in ("itu", ",")
        ):  # "Namun, X, …" (the opener lost its capital)
            i += 1
        run: list[str] = []
        while i < k and (_is_cap(words[i]) or words[i] in NAME_CONNECTORS) and len(run) < 6:
            run.append(words[i])
            i += 1
        if run and _is_age(words, i):
            i += 3  # "Andi Anwar (36), warga …": an age
        if not run or i + 1 >= k or words[i] != ",":
            return None
        described = words[i + 1]  # the office or description right after the name
        if not (described in _ROLE or described.islower() or described in PERSON_NOUNS):
            return None
        return run if _name_run(run) == run else None

    def _menurut(self, n: int, p: str, quotes: list[Quote]) -> None:
        """`Menurut X, …` / `According to X, …` as an indirect quote (X may be dia / -nya;
        `Menurut Kepala Desa Dewisari, Ahmad Suhendi, …` names Ahmad Suhendi)."""
        if "enurut" not in p and "ccording to" not in p:
            return  # (the pattern is long to try at every sentence end)
        for m in _ACCORDING.finditer(p):
            words = _words(m.group(2))
            text = m.group(3).strip()
            if m.group(1) or (words and words[0].lower() in PRONOUNS):
                speaker = self.focus if self.focus != _UNKNOWN else ""
                role = ""
            else:
                rest = [",", *_words(text)]
                fields = office_fields(words, rest)
                if fields and rest[fields : fields + 1] == [","]:  # ", dan Perikanan … X, …"
                    commas = rest[:fields].count(",")
                    words, text = [*words, *rest[:fields]], text.split(",", commas)[commas].strip()
                head, _, tail = text.partition(",")
                named = _name_after_role(words, [",", *_words(head), ","], self.a.evidence)
                if named is not None and tail.strip():
                    split = _Name(" ".join(named[0]), " ".join([*words, *named[1]]))
                    text = tail.strip()
                else:
                    split = _split_role(words, self.a.evidence)
                holder = "" if split.name else self.a.office_holder(words, n)
                if holder:  # "Menurut Kapolsek, …" after "Kapolsek Natar Kompol Rafli …"
                    split = _Name(holder, self.a.role_of(holder, n) or split.role)
                if not split.name or _no_one(split.name, split.role):
                    continue  # (nor "Menurut pantauan Kompas, …": the medium observed it)
                speaker, role = self.a.full_name(split.name, n), split.role
                if speaker not in self.a.organisations:  # ("Menurut Tokopedia, …": no one's)
                    self.focus = speaker
            role = self._carried_role(speaker, role, n)
            if len(text.split()) >= 3:
                quotes.append(
                    Quote(
                        text=text,
                        speaker=speaker,
                        speaker_role=role,
                        cue="menurut",
                        paragraph=n,
                        kind="indirect",
                    )
                )


def _object_not_clause(after: list[str]) -> bool:
    """What follows a reporting verb without a comma is its object, not a statement: "mengatakan
    demikian mengingat …", "mengatakan hal itu saat meninjau …" (but "menegaskan hal itu tidak
    menjadi soal" reports one)."""
    first = after[0].lower() if after else ""
    if first in ("demikian", "begitu"):
        return True
    return (
        first == "hal"
        and len(after) > 2
        and after[1] in DEMONSTRATIVES
        and after[2].lower() in NP_STOPS
    )


_FINITE = frozenset(("sudah", "telah", "akan", "masih", "tidak", "belum", "sedang", "tengah"))


def _finite_clause(after: list[str]) -> bool:
    """The words after a reporting verb are a clause, not its object: a noun phrase, then a
    verb of its own ("pelaku ditangkap …", "stok beras mencukupi …", "jalan itu sudah …")
    before any "yang" (a relative clause describes the object: "apresiasi kepada petugas yang
    telah …") or comma."""
    if not after or _VERBISH.fullmatch(after[0]) or _object_not_clause(after):
        return False
    for w in after[1:6]:
        if w in (",", ".", "yang") or w.lower() in NP_STOPS:
            return False
        if w in _FINITE or (w[:2] in ("di", "me") and _VERBISH.fullmatch(w)):
            return True
    return False


def _no_one(name: str, role: str = "") -> bool:
    """A source that is nobody who speaks: the medium itself ("menurut pantauan Kompas"), a
    name with a digit in it ("menurut data dari gugus tugas penanganan Covid-19"; a social
    media handle, "@warga123", is someone), or what a document of it says ("menurut data
    Bandara Internasional Lombok": the role opens with such a noun)."""
    # (a document noun in lower case: "… Bagian Penelitian …", "… Catatan Sipil" are offices)
    if role.split(" ", 1)[0] in DOCUMENT_NOUNS:
        return True
    if name.startswith("@"):
        return False
    return any(ch.isdigit() for ch in name) or all(is_medium(w) for w in name.split())


_ACCORDING = re.compile(
    r"(?:^|[.!?]\s+)(?:Menurut|According to)(nya| him| her)?\s*([^,]{0,160}?),\s*"
    r"(.+?[.!?]?)(?=[.!?]\s|[.!?]?$)"
)


@lru_cache(maxsize=65536)  # a word's shape and the vocabulary: the same for every article
def _focus_word(w: str) -> bool:
    """A verb, a cue or a stance in lower case: a word whose subject the focus follows."""
    return w.islower() and bool(
        _VERBISH.fullmatch(w)
        or w in _CUE_FORMS
        or w in STANCES
        or (len(w) > 4 and w.endswith("ed"))  # English: "X inspected …", "X visited …"
    )


def _adverbial(word: str) -> bool:
    """A word opening an adverbial between a subject and its verb: `saat dihubungi`, `Senin
    (…)`, `di Jakarta`, `yang juga …`, `dihubungi terpisah`."""
    low = word.lower()
    return (
        low in NP_STOPS
        or low in CALENDAR_WORDS
        or low in ("yang", "tadi", "pekan", "dihubungi", "ditemui", "dikonfirmasi", "(")
        or (word == low and low.startswith("di") and bool(_VERBISH.fullmatch(low)))
    )


def _text_of(sentence: str, words: list[str], pieces: list[tuple[int, int]]) -> str:
    """The sentence's own text for ranges of its words (its spacing and numbers as printed).

    `words` are the sentence's tokens, one of them perhaps re-cased: their places come from
    the tokenizer itself, so a word re-cased or repeated ("Belum … pihaknya belum …") or a
    one-letter initial never moves a piece to another word or into the middle of one."""
    starts = _token_starts(sentence)
    if len(starts) != len(words):  # not the sentence's own tokens: find them one by one
        starts, at = [], 0
        for w in words:
            found = sentence.lower().find(w.lower(), at)
            at = found + len(w) if found >= 0 else at
            starts.append(found if found >= 0 else at)
    out = []
    for a, b in pieces:
        if a < b:
            out.append(sentence[starts[a] : starts[b - 1] + len(words[b - 1])])
    return " ".join(out)


# "Sama halnya dengan X, …", "Hal senada disampaikan X", "Begitu pula dengan X": the person the
# sentence introduces is the next one to speak.
_LIKEWISE = re.compile(
    r"(?:Sama halnya|Begitu (?:pula|juga)|Demikian (?:pula|juga)|Seperti halnya|Lain halnya"
    r"|Berbeda|Hal (?:senada|serupa|yang sama)|Senada|Serupa)"
    r"(?: dengan| juga| pula)?(?: di(?:sampaikan|ungkapkan|katakan|utarakan|akui))?"
    r"(?: oleh)?,? ((?:[A-Z][\w'’.-]* ?){1,8})(?:, ((?:[A-Z][\w'’.-]* ?){1,4}))?"
)


# "Salah satunya adalah Ketua Perkumpulan … Hasbullah Thabrany.": a sentence that ends by
# naming a person after a copula introduces the next to speak.
_NAMED_LAST = re.compile(
    r"\b(?:adalah|ialah|yakni|yaitu) ((?:[A-Z][\w'’.-]* ){1,11}[A-Z][\w'’-]+)"
    r"( \(\d{1,2}(?: tahun)?\))?\.?$"
)


def _account(words: list[str]) -> str:
    """The account a social-media post is quoted from, as the article names it: the name after
    "akun" (a platform's name skipped), or warganet / netizen; '' when the words name none."""
    low = [w.lower() for w in words]
    if "akun" in low:
        rest = words[low.index("akun") + 1 :]
        while rest and rest[0] in SOCIAL_PLATFORMS:
            rest = rest[1:]
        name = []
        for w in rest:
            if not _is_cap(w) or w in _PUNCT:
                break
            name.append(w)
        return " ".join(name[:6])
    for w in low:
        if w in ONLINE_CROWD:
            return w
    return ""


# How far into a sentence its reporting verb may stand (an office, a name and an appositive).
MAX_SUBJECT_DISTANCE = 40


_NYA_WORD = re.compile(r"[a-z]{3,}nya")


def _nya_cue(inside: str, after: str) -> _Attribution | None:
    """`“…,” ujanya.`, `“…!” gumamnya.`: a statement closed by its own punctuation and
    followed by one lower-case word in -nya that ends the sentence is attributed to the person
    in focus, whatever the verb (a rare one, or one misspelt); None otherwise."""
    if inside.rstrip()[-1:] not in (",", ".", "!", "?"):
        return None
    clause = _first_clause(after)
    word = clause.strip(" ,")
    if not _NYA_WORD.fullmatch(word) or not after.lstrip(" ,").startswith(word):
        return None
    return _Attribution(word, [], pronoun=True)


_AGE_AT = re.compile(r"\(\d{1,2}(?: tahun)?\)")


def _first_clause(after: str) -> str:
    """The attribution clause right after a closing mark, up to the sentence end."""
    after = after.lstrip(" ,.;:!?-–—")
    for m in re.finditer(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.(\s|$)|[;(]", after):
        head = after[: m.start()]
        if m.group() == "(" and _ABBREVIATION_IN_TITLE.match(after, m.start()):
            continue  # "Pelaksana Tugas (Plt) Kepala …"
        if m.group() == "(" and _AGE_AT.match(after, m.start()):
            continue  # "kata Bobotoh, Asep (35), …": the age closes a name, not the clause
        if m.group().startswith(".") and head.split()[-1:] and head.split()[-1] in ABBREVIATIONS:
            continue  # "Plt. Kepala …"
        return head
    return after
