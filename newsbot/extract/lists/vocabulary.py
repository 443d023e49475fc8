"""The words of lists: label texts and the keys they name, inline labels, widget furniture and
ad networks. Extend here, not in code."""

from __future__ import annotations

import re

# label key -> the (normalised: lower case, no trailing ":") texts that name it. Extend here, not in code.
LABELS: dict[str, tuple[str, ...]] = {
    "baca_juga": (
        "baca juga",
        "baca pula",
        "simak juga",
        "lihat juga",
        "baca juga yuk",
        "read also",
    ),
    "berita_terkait": (
        "berita terkait",
        "artikel terkait",
        "terkait",
        "related news",
        "related articles",
        "konten terkait",
        "berita terkait lainnya",
    ),
    "tag": (
        "tag",
        "tags",
        "tagar",
        "topik",
        "topik terkait",
        "tag terkait",
        "topic",
        "topics",
        "label",
        "labels",
    ),
    "terpopuler": (
        "terpopuler",
        "populer",
        "berita populer",
        "berita terpopuler",
        "most popular",
        "popular",
        "terpopuler hari ini",
        "paling populer",
        "paling banyak dibaca",
        "terbanyak dibaca",
        "most read",
    ),
    "pilihan": (
        "pilihan",
        "pilihan editor",
        "pilihan redaksi",
        "editor's pick",
        "editors pick",
        "editor pick",
        "berita pilihan",
        "pilihan untukmu",
        "pilihan untuk anda",
        "editor's picks",
        "editors' picks",
        "editors picks",
        "jangan lewatkan",
        "don't miss",
    ),
    "terkini": (
        "terkini",
        "berita terkini",
        "terbaru",
        "berita terbaru",
        "latest news",
        "berita terkini lainnya",
        "berita terbaru lainnya",
    ),
    "rekomendasi": (
        "rekomendasi",
        "rekomendasi untuk anda",
        "rekomendasi berita",
        "konten rekomendasi",
        "artikel rekomendasi",
    ),
    "berita_lainnya": (
        "berita lainnya",
        "artikel lainnya",
        "baca lainnya",
        "baca berita lainnya",
        "baca artikel lainnya",
        "berita lain",
    ),
}


_KEY_BY_TEXT = {text: key for key, texts in LABELS.items() for text in texts}


# Labels that also open an inline one-line list ("Baca juga: <a>…</a>", "Pilihan Editor: <a>…</a>"). The baca_juga
# ones may stand without a colon; the others need one (a bare "Pilihan Editor" is a heading, not an inline line).
INLINE_LABELS: tuple[str, ...] = ("baca juga", "baca pula", "simak juga", "lihat juga", "read also")


INLINE_COLON_LABELS: tuple[str, ...] = (
    "pilihan editor",
    "pilihan redaksi",
    "konten rekomendasi",
    "label",
    "labels",
    "tag",
    "tags",
)  # not "Berita Terkait :" — Tribun puts a topic kicker after it


# Sponsored-content and ad networks: a "Berita Terkait" filled by them is advertising, not the portal's list.
AD_HOSTS: tuple[str, ...] = (
    "popin.cc",
    "dable.io",
    "taboola.com",
    "outbrain.com",
    "mgid.com",
    "revcontent.com",
    "doubleclick.net",
    "googleadservices.com",
    "googlesyndication.com",
    "adnxs.com",
    "criteo.com",
    "innity.net",
    "clickcease.com",
)


# Link texts that are widget furniture, not items.
FURNITURE = re.compile(
    r"^(?:\d{1,2}|lihat semua|lihat selengkapnya|selengkapnya|tampilkan lebih banyak|lebih banyak|"
    r"index|indeks|indeks berita|more|load more|cari berita lain disini|next|prev|previous|berikutnya|sebelumnya|»|«|>|<)$",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2019", "'").split())


def label_key(text: str) -> str | None:
    """The list key a heading text names ("BACA JUGA :" -> "baca_juga"), or None for any other text."""
    norm = normalise(text).lower().strip(" :#|-–—»›")
    return _KEY_BY_TEXT.get(norm)


def inline_label(text: str, *, colon: bool = False) -> tuple[str, str] | None:
    """("baca_juga", rest) when text starts with an inline label like "Baca Juga:Title" (colon required if asked)."""
    # The label is at the start: a text whose head holds none is not normalised whole (a
    # 16 MB paragraph cost half a second here).
    head = normalise(text.lstrip()[:_LABEL_HEAD])
    if not (_INLINE_RE.match(head) if not colon else None) and not _INLINE_COLON_RE.match(head):
        return None
    norm = normalise(text)
    match = _INLINE_RE.match(norm) if not colon else None
    match = match or _INLINE_COLON_RE.match(norm)
    if not match:
        return None
    return _KEY_BY_TEXT[match.group(1).lower()], norm[match.end() :]


_LABEL_HEAD = 200
_INLINE_RE = re.compile(r"^(" + "|".join(INLINE_LABELS) + r")\s*:?\s*", re.IGNORECASE)


_INLINE_COLON_RE = re.compile(
    r"^(" + "|".join(INLINE_LABELS + INLINE_COLON_LABELS) + r")\s*:\s*", re.IGNORECASE
)


# A text node holding a label's last word ("juga" of "<b>Baca</b> juga:") may start an inline block.
_INLINE_WORD_LIST = tuple(
    dict.fromkeys(label.split()[-1] for label in INLINE_LABELS + INLINE_COLON_LABELS)
)
INLINE_WORDS = re.compile(r"\b(?:" + "|".join(_INLINE_WORD_LIST) + r")\b", re.IGNORECASE)
# The characters IGNORECASE reads as one of the words' letters while str.lower() does not give
# that letter: dotted and dotless I (i), long s (s). tests/test_lists.py checks every code point.
_ODD_CASE = ("\u0130", "\u0131", "\u017f")
_PLAIN_WORDS = all(re.fullmatch(r"[a-z]+", word) for word in _INLINE_WORD_LIST)
# The words no other word holds ("tag" for "tag" and "tags"): one of them is in any text that
# holds a word.
_WORD_CORES = tuple(
    w for w in _INLINE_WORD_LIST if not any(o != w and o in w for o in _INLINE_WORD_LIST)
)


def holds_inline_word(text: str) -> bool:
    """bool(INLINE_WORDS.search(text)), asked of every text of a page: the regex tries each
    position (~50 ns a character); a word it can match is in the lower-cased text unless spelled
    with one of _ODD_CASE, and most texts hold none of the words at all."""
    # (map over a bound method: no generator frame, ~0.3 us less a text)
    if (
        _PLAIN_WORDS
        and not any(map(text.lower().__contains__, _WORD_CORES))
        and (text.isascii() or not any(map(text.__contains__, _ODD_CASE)))
    ):
        return False
    return INLINE_WORDS.search(text) is not None
