"""Stories: the versions of one news story across portals (copies, rewrites), linked on store.

Every stored article gets a MinHash signature of its body's words (datasketch, 128 permutations,
1-word shingles) and the set of its *facts*: numbers (a small number with the word it counts:
"12 posko") and capitalised words inside sentences (names, places, offices). A new article is
linked to the story of a stored article when

- their facts agree: Jaccard of the fact sets >= FACTS_MIN, and
- the facts agree about as well as the words do: facts >= words - FRAME_MARGIN.

The second test is what tells a template report (the same daily gold-price or weather frame with
other figures: words agree far more than facts) from a rewrite of the same event (other words, the
same names and numbers: facts agree more than words). Both thresholds were measured on the
annotated pairs of benchmarks/data/stories (see benchmarks/stories.py), not guessed.

Candidates come from an LSH index over a MinHash of the facts, kept in SQLite (`story_lsh`: one row
per band and article, keyed by publication week first), so it survives restarts and is never
rebuilt; only articles published within WINDOW_DAYS of each other are compared, which bounds the
work per article by how much is published in a fortnight rather than by the size of the
database, and keeps the index pages a new article reads and writes (three weeks' worth) in the
page cache however large the index grows.
Word signatures are stored with 16 bits per permutation (b-bit MinHash: a chance equality adds
2^-16 to an estimate).
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
from datasketch import MinHash
from sqlite_utils import Database

NUM_PERM = 128
BANDS, ROWS = 42, 3  # LSH over the fact signature: P(candidate) ~0.84 at J=0.35, ~0.98 at 0.45
WINDOW_DAYS = 7
# A story's newest members compared with a new article, at most: a wire report republished by
# hundreds of sites costs a bounded number of comparisons, not one per copy stored.
MEMBERS_COMPARED = 16
# Candidates read per band key and week, newest first: a key that hundreds of copies of one report
# share costs this many index rows, not one per copy (the look-up grew with the database: 0.35 ms
# a save over the first 1,000 of 27 reports copied, 2.9 ms at 8,000).
CANDIDATES_PER_KEY = 2 * MEMBERS_COMPARED
CACHE_KIB = 65_536  # SQLite page cache of a linking connection (the default is 2 MB)
FACTS_MIN = 0.35
FRAME_MARGIN = 0.24
NUMBER_WEIGHT = 3  # a template report keeps its names and changes its numbers
_SEED = 1
_SCHEME = "affine32"  # explicit: signatures are persisted, they must not change with a default
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations
# The sketches are computed here with datasketch's affine32 arithmetic itself (the tests compare
# with its MinHash): building two MinHash objects a save cost more than the hashing (~0.1 ms).
_PERM_A = _PERMUTATIONS[0].reshape(1, -1)
_PERM_B = _PERMUTATIONS[1].reshape(1, -1)
_EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)  # a MinHash of nothing
# The token hash only has to tell tokens apart (the 128 random permutations do the mixing);
# zlib's CRC-32 is 5x faster than datasketch's default SHA-1 here and as stable.
_HASH = zlib.crc32
# Band keys: the ROWS values of a band combined by odd 64-bit multipliers, salted by the band.
_BAND_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], np.uint64)[:ROWS]
_BAND_SALT = (np.arange(BANDS, dtype=np.uint64) + np.uint64(1)) * np.uint64(0xD6E8FEB86659FD93)

_DATE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_WORD = re.compile(r"\d+(?:[./,:-]\d+)*|[^\W\d_]+(?:[-'][^\W\d_]+)*")
# Capitalised words that are the same in every Indonesian news story: days, months, time zones,
# generic offices. They say nothing about which event an article reports.
_GENERIC = frozenset(
    """senin selasa rabu kamis jumat jum'at sabtu minggu januari februari maret april mei juni juli
    agustus september oktober november desember wib wita wit rp kepala wakil ketua dinas badan
    kantor kota kabupaten provinsi pemerintah menteri presiden gubernur bupati wali kecamatan desa
    kelurahan jalan pukul tahun persen""".split()  # noqa: SIM905 (a word list reads better so)
)


@dataclass(frozen=True)
class Signature:
    """What linking needs of one article.

    `words`: MinHash of the body's word set, 16 bits per permutation (an estimate of word
    Jaccard within ~0.04). `facts`: the CRC-32 of each fact token, kept whole (a body has 10-60):
    cheaper to store than a signature and compared exactly, so the decision on the fact test
    has no sampling noise; the LSH bands are a MinHash of these hashes.
    """

    words: np.ndarray
    facts: frozenset[int]

    def band_keys(self) -> list[int]:
        """One 63-bit key per LSH band of the facts' MinHash (stable across processes)."""
        hashvalues = _sketch(np.fromiter(self.facts, dtype=np.uint32, count=len(self.facts)))
        rows = hashvalues[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
        with np.errstate(over="ignore"):  # multiplication modulo 2^64 is the point
            mixed = (rows * _BAND_MIX).sum(axis=1, dtype=np.uint64) ^ _BAND_SALT
        return (mixed >> np.uint64(1)).astype(np.int64).tolist()

    def to_blobs(self) -> tuple[bytes, bytes]:
        facts = np.array(sorted(self.facts), dtype="<u4")
        return self.words.astype("<u2").tobytes(), facts.tobytes()

    @classmethod
    def from_blobs(cls, words: bytes, facts: bytes) -> Signature:
        return cls(np.frombuffer(words, "<u2"), frozenset(np.frombuffer(facts, "<u4").tolist()))


def strip_dateline(body: str, dateline: Any) -> str:
    """The body without its dateline ("JAKARTA, KOMPAS.com -" differs by portal, not by story);
    `dateline` is the record's dict or its JSON text as stored."""
    if isinstance(dateline, str):
        try:
            dateline = json.loads(dateline)
        except ValueError:
            dateline = None
    raw = dateline.get("raw", "") if isinstance(dateline, dict) else ""
    return body[len(raw) :] if raw and body.startswith(raw) else body


def words_of(body: str) -> list[str]:
    return _WORD.findall(body.lower())


def facts_of(body: str) -> set[str]:
    """Numbers and names: what stays when a story is rewritten and changes in a template report.

    A number with separators ("Rp1.487.000", "3,2", "05.48", "23/11/2026") is a fact by itself; a
    plain number of one or two digits only with the word after it ("12 posko", "3 abk"); a plain
    four-digit number (a year) is dropped. A capitalised word counts unless it opens the paragraph
    (a dateline, a sentence start) or is in _GENERIC; the sentence starts inside a paragraph
    that stay ("Menurut", "Sementara") are few and shared by every story alike, and skipping
    them cost recall on names that start sentences ("Nadia mengaku ...").
    """
    out: set[str] = set()
    for paragraph in body.split("\n\n"):
        tokens = _WORD.findall(paragraph)
        last = len(tokens) - 1
        for i, word in enumerate(tokens):
            if word[0].isdigit():
                if _DATE.fullmatch(word):  # "23/2/2022" and Antara's "23/2" are one date
                    out.add("/".join(word.split("/")[:2]))
                elif not word.isdigit():
                    out.add(word)
                elif len(word) <= 2 and i < last and not tokens[i + 1][0].isdigit():
                    out.add(f"{word} {tokens[i + 1].lower()}")
                elif len(word) == 3 or len(word) > 4:
                    out.add(word)
            elif i and word[0].isupper():
                lower = word.lower()
                if lower not in _GENERIC:
                    out.add(lower)
    return out


def _sketch(hashes: np.ndarray) -> np.ndarray:
    """The 32-bit MinHash values of a set of 32-bit token hashes: datasketch's affine32 scheme
    (MurmurHash3's finalizer, then a * h + b modulo 2^32 for each permutation, the minimum of
    each), the same numbers as MinHash(..., scheme="affine32").update_batch."""
    if not len(hashes):
        return _EMPTY
    hv = hashes.reshape(-1, 1)
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    hv = hv ^ (hv >> np.uint32(16))
    return (hv * _PERM_A + _PERM_B).min(axis=0)


def _minhash(tokens: Iterable[str]) -> np.ndarray:
    unique = set(tokens)
    hashes = np.fromiter((_HASH(t.encode("utf-8")) for t in unique), np.uint32, len(unique))
    return (_sketch(hashes) & 0xFFFF).astype(np.uint16)


def signature(body: str) -> Signature:
    """The body's signature; a quantity weighs NUMBER_WEIGHT times a name or a date among the
    facts (rewrites often drop or shorten a date: "Rabu (23/2/2022)", "Rabu (23/2)", "Rabu")."""
    facts: set[int] = set()
    for fact in facts_of(body):
        data = fact.encode("utf-8")
        if fact[0].isdigit() and "/" not in fact:  # quantities, not dates
            facts.update(_HASH(data + b"#%d" % i) for i in range(NUMBER_WEIGHT))
        else:
            facts.add(_HASH(data))
    return Signature(_minhash(words_of(body)), frozenset(facts))


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(words, facts): Jaccard similarities of the two bodies (words estimated, facts exact)."""
    words = float(np.count_nonzero(a.words == b.words)) / NUM_PERM
    shared = len(a.facts & b.facts)
    union = len(a.facts) + len(b.facts) - shared  # (without building the union)
    return words, shared / union if union else 0.0


def same_story(words: float, facts: float) -> bool:
    return facts >= FACTS_MIN and facts >= words - FRAME_MARGIN


def day_number(when: str) -> int:
    """Days since 1970-01-01 of an ISO 8601 time ('' -> today), the unit of the linking window."""
    try:
        moment = dt.datetime.fromisoformat(when) if when else None
    except ValueError:
        moment = None
    if moment is None:
        moment = dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return (moment.astimezone(dt.UTC).date() - dt.date(1970, 1, 1)).days


class StoryLinker:
    """Keeps `stories`, `story_members`, `story_signatures` and `story_lsh` current.

    Runs inside the Store's transaction: an article and its story membership are written together.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        # Three weeks of index and signatures (~20 MB at 1,400 articles a day) stay cached.
        if self.db.execute("PRAGMA cache_size").fetchone()[0] > -CACHE_KIB:
            self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    # -- writing -----------------------------------------------------------------------------
    def link(
        self,
        url: str,
        body: str,
        published_utc: str,
        first_seen: str,
    ) -> int | None:
        """Link a stored article to its story (or start one); returns the story id.

        A re-crawl with the same body keeps its membership; a changed body is unlinked and linked
        again. Articles without a body are in no story.
        """
        existing = self.db.execute(
            "SELECT s.content_hash, s.day, m.story_id, m.published_utc FROM story_signatures s"
            " LEFT JOIN story_members m ON m.article_url = s.article_url WHERE s.article_url = ?",
            [url],
        ).fetchone()
        day = day_number(published_utc or first_seen)
        content_hash = hashlib.blake2b(body.encode("utf-8"), digest_size=16).hexdigest()
        if existing is not None:
            old_hash, old_day, old_story, old_published = existing
            if old_hash == content_hash and old_day == day and old_story is not None:
                if old_published != published_utc:  # the order of the story may change
                    self.db.execute(
                        "UPDATE story_members SET published_utc = ? WHERE article_url = ?",
                        [published_utc, url],
                    )
                    self.refresh(old_story)
                return int(old_story)
            self.unlink(url)
        if not body.strip():
            return None
        sig = signature(body)
        keys = sig.band_keys()
        found = (self._twin_story(content_hash, day) if sig.facts else None) or self._best_story(
            sig, keys, day
        )
        self._insert_signature(url, content_hash, day, sig, keys)
        if found is None:
            cursor = self.db.execute(
                "INSERT INTO stories (first_article, first_utc, created_at, updated_at, members)"
                " VALUES (?, ?, ?, ?, 1)",
                [url, published_utc or first_seen, first_seen, first_seen],
            )
            story_id = int(cursor.lastrowid or 0)
            self._add_member(story_id, url, first_seen, published_utc, 1.0, 1.0)
            return story_id
        story_id, first_sig, first_at = found
        if (published_utc or first_seen) < first_at:  # an earlier version found later
            self._add_member(story_id, url, first_seen, published_utc, 1.0, 1.0)
            self.refresh(story_id, updated_at=first_seen)
        else:
            words, facts = similarity(first_sig, sig)
            self._add_member(story_id, url, first_seen, published_utc, words, facts)
            self.db.execute(
                "UPDATE stories SET members = members + 1, updated_at = ? WHERE id = ?",
                [first_seen, story_id],
            )
        return story_id

    def _add_member(
        self,
        story_id: int,
        url: str,
        first_seen: str,
        published_utc: str,
        words: float,
        facts: float,
    ) -> None:
        self.db.execute(
            "INSERT INTO story_members (story_id, article_url, similarity, facts_similarity,"
            " first_seen, published_utc) VALUES (?, ?, ?, ?, ?, ?)",
            [story_id, url, round(words, 3), round(facts, 3), first_seen, published_utc],
        )

    def _insert_signature(
        self, url: str, content_hash: str, day: int, sig: Signature, keys: list[int]
    ) -> None:
        words, facts = sig.to_blobs()
        cursor = self.db.execute(
            "INSERT INTO story_signatures (article_url, content_hash, day, words, facts)"
            " VALUES (?, ?, ?, ?, ?)",
            [url, content_hash, day, words, facts],
        )
        sig_id = int(cursor.lastrowid or 0)
        if sig.facts:
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO story_lsh (week, key, signature_id) VALUES (?, ?, ?)",
                [(day // 7, key, sig_id) for key in keys],
            )

    def _twin_story(self, content_hash: str, day: int) -> tuple[int, Signature, str] | None:
        """The story of a stored article with this very body, published within the window
        (a wire report copied word for word: its facts agree wholly, no other candidate can
        agree better), without reading the index."""
        row = self.db.execute(
            "SELECT m.story_id FROM story_signatures s"
            " JOIN story_members m ON m.article_url = s.article_url"
            " WHERE s.content_hash = ? AND s.day BETWEEN ? AND ? ORDER BY s.id DESC LIMIT 1",
            [content_hash, day - WINDOW_DAYS, day + WINDOW_DAYS],
        ).fetchone()
        return self._first_of(int(row[0])) if row is not None else None

    def _best_story(
        self, sig: Signature, keys: list[int], day: int
    ) -> tuple[int, Signature, str] | None:
        """The story of the closest stored article that passes `same_story`, if any, with the
        signature and time of the story's first member."""
        if not sig.facts:
            return None
        weeks = range((day - WINDOW_DAYS) // 7, (day + WINDOW_DAYS) // 7 + 1)
        pairs = [(week, key) for week in weeks for key in keys]
        # One index range per (week, key), newest CANDIDATES_PER_KEY only (a compound SELECT:
        # SQLite has no per-group LIMIT); at most 3 weeks x 42 keys, under its 500 terms.
        candidates = " UNION ".join(
            "SELECT * FROM (SELECT signature_id FROM story_lsh WHERE week = ? AND key = ?"
            " ORDER BY signature_id DESC LIMIT ?)"
            for _ in pairs
        )
        rows = self.db.execute(
            "SELECT g.words, g.facts, c.story_id FROM ("
            " SELECT s.id, m.story_id, ROW_NUMBER() OVER"
            " (PARTITION BY m.story_id ORDER BY s.day DESC, s.id DESC) AS newest"
            " FROM story_signatures s JOIN story_members m ON m.article_url = s.article_url"
            f" WHERE s.id IN ({candidates})"
            " AND s.day BETWEEN ? AND ?) c JOIN story_signatures g ON g.id = c.id"
            " WHERE c.newest <= ?",
            [
                *(x for week, key in pairs for x in (week, key, CANDIDATES_PER_KEY)),
                day - WINDOW_DAYS,
                day + WINDOW_DAYS,
                MEMBERS_COMPARED,
            ],
        ).fetchall()
        best: tuple[float, int] | None = None
        for words_blob, facts_blob, story_id in rows:
            words, facts = similarity(sig, Signature.from_blobs(words_blob, facts_blob))
            if same_story(words, facts) and (best is None or facts > best[0]):
                best = (facts, story_id)
        if best is None:
            return None
        return self._first_of(best[1])

    def _first_of(self, story_id: int) -> tuple[int, Signature, str] | None:
        """The story with the signature and time of its first member."""
        sql = (
            "SELECT g.words, g.facts,"
            " coalesce(nullif(m.published_utc, ''), m.first_seen) FROM stories s"
            " JOIN story_signatures g ON g.article_url = s.first_article"
            " JOIN story_members m ON m.article_url = s.first_article WHERE s.id = ?"
        )
        first = self.db.execute(sql, [story_id]).fetchone()
        if first is None:  # its first version was deleted by another client since
            self.refresh(story_id)
            first = self.db.execute(sql, [story_id]).fetchone()
            if first is None:
                return None
        return story_id, Signature.from_blobs(first[0], first[1]), first[2]

    def unlink(self, url: str) -> None:
        """Remove an article from its story and the index (before a change or a deletion)."""
        row = self.db.execute(
            "SELECT s.id, s.day, s.words, s.facts, m.story_id FROM story_signatures s"
            " LEFT JOIN story_members m ON m.article_url = s.article_url WHERE s.article_url = ?",
            [url],
        ).fetchone()
        if row is None:
            return
        sig_id, day, words_blob, facts_blob, story_id = row
        sig = Signature.from_blobs(words_blob, facts_blob)
        if sig.facts:
            self.db.conn.executemany(
                "DELETE FROM story_lsh WHERE week = ? AND key = ? AND signature_id = ?",
                [(day // 7, key, sig_id) for key in sig.band_keys()],
            )
        self.db.execute("DELETE FROM story_members WHERE article_url = ?", [url])
        self.db.execute("DELETE FROM story_signatures WHERE id = ?", [sig_id])
        if story_id is not None:
            self.refresh(int(story_id))

    def refresh(self, story_id: int, updated_at: str | None = None) -> None:
        """Recompute a story's first member, member count and similarities to the first.

        The first member is the earliest published (first seen when undated); a story left
        without members is deleted.
        """
        members = self.db.execute(
            "SELECT m.article_url, s.words, s.facts,"
            " coalesce(nullif(m.published_utc, ''), m.first_seen) AS at_utc FROM story_members m"
            " JOIN story_signatures s ON s.article_url = m.article_url WHERE m.story_id = ?"
            " ORDER BY at_utc, m.article_url",
            [story_id],
        ).fetchall()
        if not members:
            self.db.execute("DELETE FROM stories WHERE id = ?", [story_id])
            return
        first = Signature.from_blobs(members[0][1], members[0][2])
        updates = []
        for url, words_blob, facts_blob, _ in members:
            words, facts = similarity(first, Signature.from_blobs(words_blob, facts_blob))
            if url == members[0][0]:
                words = facts = 1.0
            updates.append((round(words, 3), round(facts, 3), url))
        self.db.conn.executemany(
            "UPDATE story_members SET similarity = ?, facts_similarity = ? WHERE article_url = ?",
            updates,
        )
        self.db.execute(
            "UPDATE stories SET first_article = ?, first_utc = ?, members = ?, stale = 0,"
            " updated_at = coalesce(?, updated_at) WHERE id = ?",
            [members[0][0], members[0][3], len(members), updated_at, story_id],
        )

    def catch_up(self) -> int:
        """Link the articles a migration left in `story_backlog`, oldest first."""
        if self.db.execute("SELECT 1 FROM story_backlog LIMIT 1").fetchone() is None:
            return 0
        rows = self.db.execute(
            "SELECT a.url, a.body, a.dateline, a.published_utc, a.first_seen FROM story_backlog b"
            " JOIN articles a ON a.url = b.article_url"
            " ORDER BY coalesce(nullif(a.published_utc, ''), a.first_seen), a.url"
        ).fetchall()
        with self.db.atomic():
            for url, body, dateline, published_utc, first_seen in rows:
                self.link(
                    url, strip_dateline(body or "", dateline), published_utc or "", first_seen
                )
            self.db.execute("DELETE FROM story_backlog")
        return len(rows)

    def refresh_stale(self) -> int:
        """Refresh stories whose members were deleted behind the store's back (plain SQL)."""
        stale = [r[0] for r in self.db.execute("SELECT id FROM stories WHERE stale = 1")]
        for story_id in stale:
            self.refresh(story_id)
        return len(stale)


# -- reading ---------------------------------------------------------------------------------
def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def list_stories(
    db: Database,
    *,
    since_utc: str | None = None,
    portal: str | None = None,
    min_portals: int = 1,
    min_members: int = 2,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Rows shaped as `stories_overview`'s, the story first published last first.

    The page of stories is chosen on `stories` (indexed by first_utc) and only its members are
    read: the view computes every story, seconds on a million articles.
    """
    where = ["s.members >= ?"]
    params: list[Any] = [min_members]
    if since_utc:
        where.append("s.first_utc >= ?")
        params.append(since_utc)
    if portal:
        where.append(
            "EXISTS (SELECT 1 FROM story_members m JOIN articles a ON a.url = m.article_url"
            " WHERE m.story_id = s.id AND a.portal = ?)"
        )
        params.append(portal)
    if min_portals > 1:
        where.append(
            "(SELECT count(DISTINCT a.portal) FROM story_members m"
            " JOIN articles a ON a.url = m.article_url WHERE m.story_id = s.id) >= ?"
        )
        params.append(min_portals)
    ids = [
        row[0]
        for row in db.execute(
            f"SELECT s.id FROM stories s WHERE {' AND '.join(where)}"
            " ORDER BY s.first_utc DESC, s.id DESC LIMIT ?",
            [*params, limit],
        )
    ]
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    versions: dict[int, list[dict[str, Any]]] = {story_id: [] for story_id in ids}
    for row in _rows(
        db,
        "SELECT m.story_id, m.article_url, a.portal, a.headline, a.published,"
        " coalesce(nullif(a.published_utc, ''), m.first_seen) AS at_utc FROM story_members m"
        f" JOIN articles a ON a.url = m.article_url WHERE m.story_id IN ({marks})"
        " ORDER BY m.story_id, at_utc, m.article_url",
        ids,
    ):
        versions[row["story_id"]].append(row)
    return [_overview(story_id, versions[story_id]) for story_id in ids if versions[story_id]]


def _overview(story_id: int, versions: list[dict[str, Any]]) -> dict[str, Any]:
    """One `stories_overview` row from a story's versions in time order."""
    first = versions[0]
    first_at = _parse_time(first["at_utc"])

    def minutes(row: dict[str, Any]) -> int | None:
        at = _parse_time(row["at_utc"])
        return round((at - first_at).total_seconds() / 60) if at and first_at else None

    portals = list(dict.fromkeys(v["portal"] for v in versions))
    return {
        "story_id": story_id,
        "first_portal": first["portal"],
        "first_published": first["published"],
        "first_headline": first["headline"],
        "first_url": first["article_url"],
        "first_utc": first["at_utc"],
        "members": len(versions),
        "portal_count": len(portals),
        "portals": ", ".join(portals),
        "republications": [
            {"portal": v["portal"], "url": v["article_url"], "minutes": minutes(v)}
            for v in versions[1:]
        ],
        "minutes_to_last": minutes(versions[-1]),
    }


def story_detail(db: Database, story_id: int) -> dict[str, Any] | None:
    """A story's versions in time order, each with a word-level diff against the first."""
    members = _rows(
        db,
        "SELECT a.url, a.portal, a.site, a.headline, a.published, a.body,"
        " coalesce(nullif(a.published_utc, ''), m.first_seen) AS at_utc, m.first_seen,"
        " m.similarity, m.facts_similarity FROM story_members m"
        " JOIN articles a ON a.url = m.article_url WHERE m.story_id = ?"
        " ORDER BY at_utc, a.url",
        [story_id],
    )
    if not members:
        return None
    first = members[0]
    first_at = _parse_time(first["at_utc"])
    versions = []
    for member in members:
        at = _parse_time(member["at_utc"])
        minutes = round((at - first_at).total_seconds() / 60) if at and first_at else None
        version = {k: member[k] for k in ("url", "portal", "site", "headline", "published")}
        version.update(
            minutes_after_first=minutes,
            first_seen=member["first_seen"],
            similarity=member["similarity"],
            facts_similarity=member["facts_similarity"],
            diff=word_diff(first["body"], member["body"], first["headline"], member["headline"]),
        )
        versions.append(version)
    portals = list(dict.fromkeys(v["portal"] for v in versions))
    return {"story_id": story_id, "portals": portals, "members": versions}


def _parse_time(value: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def word_diff(old: str, new: str, old_headline: str = "", new_headline: str = "") -> dict[str, Any]:
    """What a version added to and cut from the first one's body, as runs of words."""
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    added: list[str] = []
    cut: list[str] = []
    kept = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            kept += i2 - i1
            continue
        if i2 > i1:
            cut.append(" ".join(a[i1:i2]))
        if j2 > j1:
            added.append(" ".join(b[j1:j2]))
    return {
        "headline_changed": old_headline.strip() != new_headline.strip(),
        "words_kept": kept,
        "words_added": sum(len(x.split()) for x in added),
        "words_cut": sum(len(x.split()) for x in cut),
        "added": added,
        "cut": cut,
    }
