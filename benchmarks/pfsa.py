"""Reader and quote metric for PFSA-ID (../shared/corpus/pfsa-dev, CC BY-NC-SA; read in place).

The metric is the one of ../shared/corpus/README.md: each article is given to the extractor as
text, one paragraph per corpus sentence (tokens joined with normal spacing, quote marks as “ ”),
joined by blank lines; gold statements are the STATEMENT spans (direct and indirect); a gold
statement is found when a predicted quote overlaps it with word-level Dice ≥ 0.5, one-to-one;
its gold speaker is the nearest PERSON/PERSONCOREF span after it (same or next sentence, within
12 tokens), else the nearest before it (within 2 sentences), widened to the latest full PERSON
name sharing a word with it; a predicted speaker is right when it shares a word with the gold
one, titles such as Kombes, Brigjen, Dr, H left out.

Nothing read here is written anywhere: the corpus's licence forbids shipping what is learned from it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DASHES = ("—", "-", "–")
QUOTE_MARKS = frozenset('"“”„')
# Words that do not make two speaker names the same person ("Kombes X" vs "Kombes Y").
_TITLES = """
    Kombes Brigjen Irjen Komjen Jenderal AKBP AKP Kompol Iptu Ipda Aiptu Aipda Bripka Briptu
    Bripda Pol Mayjen Letjen Marsekal Laksamana Kolonel Letkol Mayor Kapten Dr dr Drs Dra Ir
    Prof H Hj KH Pak Bu Ibu Bapak Mas Mbak S M Si SH MH
"""
TITLE_WORDS = frozenset(w.lower() for w in _TITLES.split())
_NO_SPACE_BEFORE = frozenset(",.;:?!)]}%”’")
_NO_SPACE_AFTER = frozenset("([{“‘")
_WORD = re.compile(r"\w+")


@dataclass
class Span:
    label: str
    sentence: int  # index of the sentence (paragraph) it starts in, within its article
    start: int  # token offset in the article (all sentences counted)
    end: int  # one past the last token
    text: str


@dataclass
class PfsaArticle:
    paragraphs: list[str]
    statements: list[Span]
    persons: list[Span]  # PERSON and PERSONCOREF spans, in order
    affiliations: list[Span]
    tokens: list[str] = field(default_factory=list)
    roles: list[Span] = field(default_factory=list)
    sentence_of: list[int] = field(default_factory=list)  # token -> sentence


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    sentences: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sentences.append(cur)
                cur = []
                continue
            token, _, label = line.rpartition("\t")
            cur.append((token, label))
    if cur:
        sentences.append(cur)
    return sentences


def _starts_article(sentence: list[tuple[str, str]]) -> bool:
    toks = [t for t, _ in sentence[:6]]
    return any(toks[k] == "KOMPAS" and toks[k + 1] in DASHES for k in range(len(toks) - 1))


def detokenize(tokens: list[str]) -> str:
    out = ""
    for k, tok in enumerate(tokens):
        prev = tokens[k - 1] if k else ""
        glue = (
            not out
            or tok in _NO_SPACE_BEFORE
            or prev in _NO_SPACE_AFTER
            or (tok == "-" and prev[-1:].isalnum())
            or (prev == "-" and len(out) > 1 and out[-2].isalnum() and tok[:1].isalnum())
            or (tok == "/" or prev == "/")
        )
        out += tok if glue else " " + tok
    return out


def read_articles(path: Path) -> list[PfsaArticle]:
    """The corpus as articles: sentences → paragraphs, quote marks paired as “ ”, a quote's
    opening mark left at the end of the previous sentence moved to the start of its own."""
    groups: list[list[list[tuple[str, str]]]] = []
    for sentence in read_sentences(path):
        if _starts_article(sentence) or not groups:
            groups.append([])
        groups[-1].append([list(x) for x in sentence])  # type: ignore[misc]
    return [_article(group) for group in groups]


def _article(sentences: list[list[list[str]]]) -> PfsaArticle:
    # pair the quote marks: odd ones open, even ones close
    is_open = False
    for sentence in sentences:
        for tok in sentence:
            if tok[0] in QUOTE_MARKS:
                tok[0] = "”" if is_open else "“"
                is_open = not is_open
    # an opening mark that ends a sentence belongs to the next one
    for k in range(len(sentences) - 1):
        s = sentences[k]
        if len(s) > 1 and s[-1][0] == "“":
            sentences[k + 1].insert(0, s.pop())
    tokens: list[str] = []
    labels: list[str] = []
    sentence_of: list[int] = []
    paragraphs: list[str] = []
    for n, sentence in enumerate(sentences):
        paragraphs.append(detokenize([t for t, _ in sentence]))
        for t, lab in sentence:
            tokens.append(t)
            labels.append(lab)
            sentence_of.append(n)
    spans: list[Span] = []
    k = 0
    while k < len(labels):
        lab = labels[k]
        if lab == "O" or "-" not in lab:
            k += 1
            continue
        bio, kind = lab.split("-", 1)
        j = k + 1
        if bio == "B":
            while j < len(labels) and labels[j] in (f"I-{kind}", f"L-{kind}"):
                j += 1
                if labels[j - 1] == f"L-{kind}":
                    break
        spans.append(Span(kind, sentence_of[k], k, j, detokenize(tokens[k:j])))
        k = j
    return PfsaArticle(
        paragraphs=paragraphs,
        statements=[s for s in spans if s.label == "STATEMENT"],
        persons=[s for s in spans if s.label in ("PERSON", "PERSONCOREF")],
        affiliations=[s for s in spans if s.label == "AFFILIATION"],
        tokens=tokens,
        roles=[s for s in spans if s.label == "ROLE"],
        sentence_of=sentence_of,
    )


def article_text(article: PfsaArticle) -> str:
    return "\n\n".join(article.paragraphs)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def dice(a: str, b: str) -> float:
    ca, cb = Counter(words(a)), Counter(words(b))
    total = sum(ca.values()) + sum(cb.values())
    return 2 * sum((ca & cb).values()) / total if total else 0.0


def gold_speaker(article: PfsaArticle, st: Span) -> str:
    """The metric's gold speaker of one statement ('' when it has none)."""
    return gold_speaker_span(article, st)[0]


def gold_speaker_span(article: PfsaArticle, st: Span) -> tuple[str, Span | None]:
    """The gold speaker's text and the PERSON/PERSONCOREF span the rule picked."""
    persons = article.persons
    end_sentence = article.sentence_of[st.end - 1]
    after = [
        p
        for p in persons
        if p.start >= st.end
        and p.start - st.end < 12
        and article.sentence_of[p.start] - end_sentence <= 1
    ]
    found: Span | None = after[0] if after else None
    if found is None:
        before = [p for p in persons if p.end <= st.start and st.sentence - p.sentence <= 2]
        found = before[-1] if before else None
    if found is None:
        return "", None
    mine = {w for w in words(found.text) if w not in TITLE_WORDS}
    full = [
        p
        for p in persons
        if p.label == "PERSON" and p.start <= found.start and mine & set(words(p.text))
    ]
    if full and found.label == "PERSONCOREF":
        return full[-1].text, found
    if full and len(words(full[-1].text)) > len(words(found.text)):
        return full[-1].text, found
    return found.text, found


def gold_role(article: PfsaArticle, name: str) -> str:
    """The office the corpus gives the person `name`: the ROLE span (with the AFFILIATION
    spans joined to it) right before or after the first PERSON mention of that person that
    has one ("Pelaksana Tugas Kepala | Dinas Kesehatan Tangsel | Deden Deni"); '' if none."""
    mine = {w for w in words(name) if w not in TITLE_WORDS}
    offices = sorted(article.roles + article.affiliations, key=lambda s: s.start)
    for p in article.persons:
        if p.label != "PERSON" or not mine & set(words(p.text)):
            continue
        before = _office_run(offices, p.start, backwards=True)
        after = _office_run(offices, p.end, backwards=False)
        for run in (before, after):
            if any(s.label == "ROLE" for s in run):
                return " ".join(s.text for s in run)
    return ""


def _office_run(offices: list[Span], at: int, *, backwards: bool) -> list[Span]:
    """The ROLE/AFFILIATION spans that meet at token `at` (one token, a comma, between)."""
    run: list[Span] = []
    edge = at
    for s in reversed(offices) if backwards else offices:
        gap = edge - s.end if backwards else s.start - edge
        if 0 <= gap <= 1:
            run.append(s)
            edge = s.start if backwards else s.end
        elif run:
            break
    return run[::-1] if backwards else run


def role_agrees(gold: str, predicted: str) -> bool:
    """The predicted role names the office: it holds the gold's first word (its head:
    "Kepala", "Menteri", "Ketua") and most of its words."""
    g, p = words(gold), set(words(predicted))
    return bool(g) and g[0] in p and len(set(g) & p) * 2 >= len(set(g))


def within_a_person(article: PfsaArticle, name: str) -> bool:
    """Whether a predicted speaker's words run inside one PERSON/PERSONCOREF span of the
    article (a span may hold more: a title, the rest of the name)."""
    mine = words(name)
    if not mine or name.startswith("@"):
        return True
    for p in article.persons:
        theirs = words(p.text)
        if any(theirs[i : i + len(mine)] == mine for i in range(len(theirs) - len(mine) + 1)):
            return True
    return False


def same_speaker(gold: str, predicted: str) -> bool:
    g = {w for w in words(gold) if w not in TITLE_WORDS}
    p = {w for w in words(predicted) if w not in TITLE_WORDS}
    return bool(g & p)


def match(golds: list[str], predicted: list[str], threshold: float = 0.5) -> list[int | None]:
    """For each gold text the index of the predicted text matched to it (Dice ≥ threshold,
    one-to-one, best pairs first), else None."""
    pairs = sorted(
        (
            (dice(g, p), gi, pi)
            for gi, g in enumerate(golds)
            for pi, p in enumerate(predicted)
            if set(words(g)) & set(words(p))
        ),
        reverse=True,
    )
    out: list[int | None] = [None] * len(golds)
    used: set[int] = set()
    for score, gi, pi in pairs:
        if score < threshold:
            break
        if out[gi] is None and pi not in used:
            out[gi] = pi
            used.add(pi)
    return out


# --- the naive regex baseline ----------------------------------------------------------------

_NAIVE_CUE = (
    r"(?:kata|ujar|ucap|tutur|ungkap|jelas|papar|tegas|imbuh|tambah|lanjut|terang|sebut|tandas"
    r"|pungkas|mengatakan|menjelaskan|menegaskan|menambahkan|menyebutkan|tanya|tulis)"
)
_NAIVE_QUOTE = re.compile(r"“([^“”]{2,}?)”")
_NAIVE_AFTER = re.compile(
    r"\s*,?\s*" + _NAIVE_CUE + r"(nya|\s+(?:dia|ia|beliau))?\b\s*((?:[A-Z][\w’'.-]*\s?){0,4})"
)
_NAIVE_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+")


def naive_quotes(text: str) -> list[dict]:
    """Every “…” span is a quote; its speaker is the capitalised words after a cue that follows
    it, or for -nya/dia the last such speaker or two-word capitalised name before it."""
    out: list[dict] = []
    last = ""
    pos = 0
    for m in _NAIVE_QUOTE.finditer(text):
        for name in _NAIVE_NAME.findall(text, pos, m.start()):
            last = name
        pos = m.end()
        after = _NAIVE_AFTER.match(text, m.end())
        speaker = ""
        if after:
            speaker = after.group(2).strip(" .,") if not after.group(1) else last
            speaker = speaker or last
            last = speaker or last
        out.append({"text": m.group(1), "speaker": speaker, "kind": "direct"})
    return out


# --- scoring ---------------------------------------------------------------------------------

ERROR_CLASSES = (
    "no speaker",
    "organisation as speaker",
    "wrong person",
    "span too short",
    "span too long",
    "not found",
    "extra",
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    with_speaker: int = 0
    right: int = 0
    # right speakers whose name has words of no PERSON span ("Kota Batam Fri Surbakti" read
    # as "Batam Fri Surbakti"): the metric shares a word, a query by the name would miss them
    overrun: int = 0
    # right speakers whose person the corpus gives an office (ROLE + AFFILIATION spans):
    # how many get a role, and how many a role that names that office
    with_role: int = 0
    role_given: int = 0
    role_right: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    doubtful: Counter[str] = field(default_factory=Counter)  # speaker errors, by what the gold did
    examples: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.right / self.with_speaker if self.with_speaker else 0.0

    def line(self) -> str:
        return (
            f"quote F1 {self.f1:.3f} (P {self.precision:.3f}, R {self.recall:.3f}), speaker "
            f"accuracy {self.speaker_accuracy:.3f} ({self.right}/{self.with_speaker})"
        )


def score_article(article: PfsaArticle, predicted: list[dict], score: Score, n: int = 0) -> None:
    """Add one article's matches and error classes to `score` (examples named by article n)."""
    golds = [s.text for s in article.statements]
    matched = match(golds, [q["text"] for q in predicted])
    used = {pi for pi in matched if pi is not None}
    score.tp += len(used)
    score.fn += len(golds) - len(used)
    score.fp += len(predicted) - len(used)
    for pi, q in enumerate(predicted):
        if pi not in used:
            score.errors["extra"] += 1
            score.examples.append(f"[{n}] EXTRA {q['speaker']!r}: {q['text'][:70]}")
    for st, pi in zip(article.statements, matched, strict=True):
        if pi is None:
            best = max(
                ((dice(st.text, q["text"]), q["text"]) for q in predicted), default=(0.0, "")
            )
            if best[0] == 0.0:
                kind = "not found"
            elif len(words(best[1])) < len(words(st.text)):
                kind = "span too short"
            else:
                kind = "span too long"
            score.errors[kind] += 1
            score.examples.append(f"[{n}] {kind.upper()} ({best[0]:.2f}): {st.text[:70]}")
            continue
        gold, span = gold_speaker_span(article, st)
        if not gold or span is None:
            continue
        got = predicted[pi]["speaker"]
        score.with_speaker += 1
        if same_speaker(gold, got):
            score.right += 1
            office = gold_role(article, gold)
            if office:
                score.with_role += 1
                given = predicted[pi].get("speaker_role") or ""
                if given:
                    score.role_given += 1
                if role_agrees(office, given):
                    score.role_right += 1
                else:
                    score.examples.append(f"[{n}] ROLE want {office!r} got {given!r} ({got})")
            if not within_a_person(article, got):
                score.overrun += 1
                score.examples.append(f"[{n}] NAME OVERRUNS want {gold!r} got {got!r}")
            continue
        score.doubtful[_doubt(article, st, span, gold, predicted[pi])] += 1
        if not got.strip():
            kind = "no speaker"
        elif any(same_speaker(a.text, got) for a in article.affiliations) and not any(
            same_speaker(p.text, got) for p in article.persons
        ):
            kind = "organisation as speaker"
        else:
            kind = "wrong person"
        score.errors[kind] += 1
        score.examples.append(f"[{n}] {kind.upper()} want {gold!r} got {got!r}: {st.text[:50]}")


DOUBTS = (
    "gold is a pronoun",
    "gold took the next sentence's person",
    "gold is an office or short form the prediction resolved",
    "other",
)


def _doubt(article: PfsaArticle, st: Span, span: Span, gold: str, quote: dict) -> str:
    """Why a speaker counts as wrong: the gold is a pronoun the rule could not widen to a
    name; the gold rule took a person of the next sentence while
    the prediction names one of the three sentences before the statement; or the gold is an
    office ("Presiden") or a short form ("Risma") of the person the prediction names in full."""
    got = quote["speaker"]
    if words(gold) in (["dia"], ["ia"], ["beliau"], ["nya"]):
        return DOUBTS[0]
    end_sentence = article.sentence_of[st.end - 1]
    if got and article.sentence_of[span.start] > end_sentence:
        lo = max(0, st.sentence - 3)
        before = " ".join(article.paragraphs[lo : st.sentence + 1])
        if same_speaker(before, got):  # named in the three sentences before the statement
            return DOUBTS[1]
    gold_words = [w for w in words(gold) if w not in TITLE_WORDS]
    got_words = words(got)
    role = set(words(quote.get("speaker_role", "")))
    if (
        got
        and gold_words
        and all(any(g != w and w.startswith(g) for w in got_words) or g in role for g in gold_words)
    ):
        return DOUBTS[2]
    return DOUBTS[3]
