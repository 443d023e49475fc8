"""Quote spans: quotation marks paired across paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsbot.extract.quotes.vocab import (
    _CUE_FORMS,
    _SPACE_BEFORE_OPEN,
    CLOSERS,
    MARKS,
    OPENERS,
)

# --- quote spans --------------------------------------------------------------------------


@dataclass
class _Span:
    start_par: int
    start: int  # index of the opening mark in start_par
    end_par: int
    end: int  # index of the closing mark in end_par (len(paragraph) when unclosed)
    parts: list[str] = field(default_factory=list)
    closed: bool = True

    @property
    def text(self) -> str:
        return _clean_text(" ".join(self.parts))


# Lower-case words that stand inside a title ("Wabah Sampar di Priangan", "House of Cards").
_TITLE_JOINERS = frozenset(
    (
        *("di", "ke", "dari", "dan", "atau", "yang", "untuk", "dengan", "dalam", "pada", "bagi"),
        *("tanpa", "vs", "of", "the", "and", "in", "for", "on", "to", "a", "an", "at"),
        *("by", "&", "-", "–", "—"),
    )
)


def _is_title(raw: str) -> bool:
    """`dalam webinar “Strategi Pengembangan Gang Hijau”`, `bertema “Idul Fitri Momentum
    Hijrah”`: quoted words in Title Case with no punctuation of a sentence of their own at
    the end name a programme, a book, an event or a slogan; they are no statement. A quote
    ends with the statement's own mark (`“Kami siap,” kata …`, `“Sudah?”`); two words at
    least, since one word is rejected as a statement anyway."""
    text = raw.strip().strip(MARKS).strip()
    if not text or text[-1] in ".,!?;…" or len(text) > 160:
        return False
    words = text.split()
    if len(words) < 2:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_JOINERS for w in words)


def _join_split(first: _Span, second: _Span) -> str:
    """`"A," kata X. "B."` → "A, B.": the parts joined by a space, keeping what was printed
    inside the marks of the first part (its comma, question or exclamation mark)."""
    head = " ".join(first.parts).strip().strip(MARKS).strip()
    return _clean_text(head + " " + second.text)


def _clean_text(text: str) -> str:
    text = text.strip().strip(MARKS).strip()
    return text.rstrip(",;:").rstrip()


_LOWER_WORD = re.compile(r"[a-z]+")


def _closes_before_cue(p: str, i: int) -> bool:
    """`…, “ucapnya.` / `…, "kata Henri.`: a mark typed the wrong way round between a
    statement's last punctuation and its cue closes the statement, whatever its shape."""
    if p[i] in CLOSERS:
        return False
    k = i - 1
    while k >= 0 and p[k] == " ":
        k -= 1
    if k < 0 or p[k] not in ",.?!":
        return False
    word = _LOWER_WORD.match(p, i + 1)
    return word is not None and word.group() in _CUE_FORMS


def _can_open(p: str, i: int) -> bool:
    if _closes_before_cue(p, i):
        return False
    before = p[i - 1] if i else " "
    after = p[i + 1] if i + 1 < len(p) else " "
    if after.isspace():
        return False
    if p[i] in OPENERS:
        return True
    return before in _SPACE_BEFORE_OPEN or (before in ".,:" and after.isalpha())


def _can_close(p: str, i: int) -> bool:
    if _closes_before_cue(p, i):
        return True
    before = p[i - 1] if i else " "
    after = p[i + 1] if i + 1 < len(p) else " "
    if p[i] in OPENERS and before.isspace() and after.isalnum():  # “ opening a word
        return False
    return after.isspace() or not after.isalnum() or before in ".,?!"


def _find_spans(paras: list[str], skip: set[int]) -> list[_Span]:
    """Pair quotation marks, letting an unclosed quote run on into the next paragraph.

    A quote runs on into a paragraph that opens with a mark (the printed convention), into one
    whose first mark closes it, and through paragraphs without marks when one of the next few
    closes it: a text that broke a quote's sentences into paragraphs without re-opening them.
    """
    spans: list[_Span] = []
    open_span: _Span | None = None
    runs_on = _runs_on_to_a_closer(paras, skip)
    marked = [bool(_MARK.search(p)) for p in paras]
    for n, p in enumerate(paras):
        if n in skip:
            continue
        i = 0
        last_close = -1  # the last mark that closed a quote in this paragraph
        if open_span is not None:
            starts_with_mark = bool(p) and p[0] in MARKS
            closes_here = _first_closer(p) is not None
            closes_here = closes_here or (not marked[n] and _single_closer(p) is not None)
            if starts_with_mark or closes_here or runs_on[n]:
                i = 1 if starts_with_mark else 0
                open_span.parts.append("")
                seg_start = i
            else:  # unbalanced: end the quote with its paragraph
                open_span.closed = False
                spans.append(open_span)
                open_span = None
        if open_span is None:
            seg_start = 0
        for mark in _MARK.finditer(p, i):
            i = mark.start()
            if open_span is None and _closes_before_cue(p, i):
                spans.append(_orphan(paras, skip, marked, n, last_close + 1, i))
                last_close = i
            elif open_span is None and _can_open(p, i):
                open_span = _Span(n, i, n, i, parts=[""])
                seg_start = i + 1
            elif (
                open_span is not None
                and (i > seg_start or open_span.start_par != n)
                and _can_close(p, i)
            ):
                open_span.parts[-1] = p[seg_start:i]
                open_span.end_par, open_span.end = n, i
                spans.append(open_span)
                open_span = None
                last_close = i
        single = _single_closer(p) if open_span is not None and not marked[n] else None
        if open_span is not None and single is not None:  # `…,’ kata X.` closes it
            open_span.parts[-1] = p[seg_start:single]
            open_span.end_par, open_span.end = n, single
            spans.append(open_span)
            open_span = None
        if open_span is not None:
            open_span.parts[-1] = p[seg_start:]
            open_span.end_par, open_span.end = n, len(p)
    if open_span is not None:
        open_span.closed = False
        spans.append(open_span)
    return spans


def _orphan(
    paras: list[str], skip: set[int], marked: list[bool], n: int, start: int, end: int
) -> _Span:
    """A statement closed at (`n`, `end`) whose opening mark is missing or was typed the wrong
    way round: it starts where the paragraph's text does (after `start`), and when nothing
    stands before it there, with the paragraphs without marks before it, up to one that ends
    with a stray mark (`…?”` then `Saya yakin …, “kata X.`)."""
    first = n
    if start == 0:
        m = n - 1
        while m >= 0 and n - m <= MAX_UNMARKED_RUN and (m in skip or not marked[m]):
            m -= 1
        if m >= 0 and n - m <= MAX_UNMARKED_RUN and paras[m].rstrip()[-1:] in MARKS:
            first = m + 1
    parts = [paras[k] for k in range(first, n) if k not in skip]
    return _Span(first, start if first == n else 0, n, end, parts=[*parts, paras[n][start:end]])


_MARK = re.compile("[" + MARKS + "]")
# How many paragraphs without marks a quote may run through before the one that closes it.
MAX_UNMARKED_RUN = 8


def _runs_on_to_a_closer(paras: list[str], skip: set[int]) -> list[bool]:
    """For each paragraph: it has no marks and, within MAX_UNMARKED_RUN paragraphs without
    marks, a paragraph whose first mark is a closer follows (one backward pass)."""
    out = [False] * len(paras)
    distance: int | None = None  # paragraphs to the next closer-first one, all unmarked between
    for n in range(len(paras) - 1, -1, -1):
        if n in skip:
            continue
        p = paras[n]
        if _MARK.search(p):
            distance = 0 if _first_closer(p) is not None else None
            continue
        if _single_closer(p) is not None:
            distance = 0
            continue
        if distance is not None and distance < MAX_UNMARKED_RUN:
            out[n] = True
            distance += 1
        else:
            distance = None
    return out


_SINGLE_CLOSE = re.compile(r"[,.?!]’ ([a-z]+)")


def _single_closer(p: str) -> int | None:
    """`…, mereka mempunyai kesadaran berbangsa,’ kata Heri.`: in a paragraph without double
    marks, a single closing mark typed after a statement's punctuation and before a cue
    closes the double-quoted statement that runs on to it; its index, else None."""
    for m in _SINGLE_CLOSE.finditer(p):
        if m.group(1) in _CUE_FORMS:
            return m.start() + 1
    return None


def _first_closer(p: str) -> int | None:
    """Index of a closing mark that comes before any opening mark (a quote's continuation)."""
    for i, ch in enumerate(p):
        if ch in MARKS:
            if _can_open(p, i) and ch not in CLOSERS:
                return None
            if _can_close(p, i):
                return i
    return None
