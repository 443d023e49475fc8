"""Generalisation: newsbot next to trafilatura and readability on real pages nobody tuned it to.

Two sets, all three extractors on the same bytes in the same run:

- ../shared/corpus/fundus: 243 article pages of 176 publishers (the generic path);
- the article pages of ../shared/pages that have truth (pages/truth.json);
- every article page of ../shared/pages read with the portal profiles switched off (the path a
  portal's unknown template or a new portal takes), scored against the page's profiled record
  (its body, headline and time; the profiles are checked against truth and golden records
  elsewhere), the peers against the same records.

The metric is exactly the one ../shared/corpus/README.md defines: tokens are `\\w+` runs, each text
the multiset of its 4-token shingles, per-page precision and recall against the truth text
("\\n\\n".join(paragraphs)), both averaged over all pages and F1 taken of the two means; a refused
page (no record) scores 0. Title: equal after collapsing whitespace and case. Time: within 120 s,
over the pages whose truth has a UTC offset (a naive prediction is read as WIB, +07:00).
Authors (not in corpus/README.md, shown for the fields work): the same set of names, case
aside, over the pages whose truth names authors; the truth often names the outlet ("dpa",
"BBC News"), which newsbot never gives as an author, so 100 % is not the aim. Editor (the
profiles-off set only, its reference being the profiled record): the same name, case aside,
over the pages whose reference names an editor.
Then newsbot's worst pages, each with the reason it scored low.

    .venv/bin/python benchmarks/corpus.py [--newsbot-only] [--worst 10] [--save out.json]
                                          [--compare earlier.json] [--match SUBSTRING]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import json
import logging
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import newsbot.extract
from newsbot.extract import ExtractionError, extract_article

SHARED = ROOT.parent / "shared"
FUNDUS = SHARED / "corpus" / "fundus"
PAGES = SHARED / "pages"
WIB = dt.timezone(dt.timedelta(hours=7))
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass
class Case:
    """One page with its truth."""

    name: str
    url: str
    html: bytes
    title: str
    published: str | None
    body: str
    authors: list[str] = field(default_factory=list)
    editor: str = ""  # the reference's editor, where it names one (the profiles-off set)


@dataclass
class Output:
    """What one extractor gave for one page."""

    body: str = ""
    title: str = ""
    published: str = ""
    authors: list[str] | None = None  # None: the extractor does not name authors
    editor: str | None = None  # None: the extractor does not name editors
    refused: str = ""  # the reason, when the extractor gave no record
    extractor: str = ""
    kind: str = ""
    seconds: float = 0.0


@dataclass
class Score:
    precision: float
    recall: float
    title: bool
    time: bool | None  # None: the truth has no offset, the page is not counted
    authors: bool | None = None  # None: no authors in the truth, or the extractor names none
    editor: bool | None = None  # None: no editor in the truth, or the extractor names none

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass
class Totals:
    scores: list[Score] = field(default_factory=list)
    refused: int = 0
    seconds: float = 0.0

    def line(self, name: str) -> str:
        n = len(self.scores)
        p = sum(s.precision for s in self.scores) / n
        r = sum(s.recall for s in self.scores) / n
        titles = sum(s.title for s in self.scores)
        timed = [s.time for s in self.scores if s.time is not None]
        named = [s.authors for s in self.scores if s.authors is not None]
        people = f"authors {sum(named):3}/{len(named)}" if named else "authors    -   "
        edited = [s.editor for s in self.scores if s.editor is not None]
        if edited:  # (only sets whose reference names editors)
            people += f"  editor {sum(edited):2}/{len(edited)}"
        return (
            f"  {name:12} body F1 {_f1(p, r):.3f} (P {p:.3f} R {r:.3f})  refused {self.refused:3}  "
            f"title {titles:3}/{n}  time {sum(timed):3}/{len(timed)}  {people}  "
            f"{1000 * self.seconds / n:6.1f} CPU ms/page"
        )


# -- the metric of corpus/README.md ----------------------------------------------------------------


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def precision_recall(truth: str, predicted: str) -> tuple[float, float]:
    a, b = shingles(truth), shingles(predicted)
    inter = sum((a & b).values())
    return (inter / sum(b.values()) if b else 0.0), (inter / sum(a.values()) if a else 0.0)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _when(value: str | None) -> dt.datetime | None:
    try:
        d = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        return None
    return d if d.tzinfo else d.replace(tzinfo=WIB)


def _same_title(a: str, b: str) -> bool:
    return " ".join((a or "").split()).lower() == " ".join((b or "").split()).lower()


def score(case: Case, out: Output) -> Score:
    p, r = precision_recall(case.body, out.body)
    truth_time = _when(case.published) if case.published else None
    counted = truth_time is not None and dt.datetime.fromisoformat(case.published or "").tzinfo
    good_time: bool | None = None
    if counted:
        got = _when(out.published)
        good_time = bool(got and truth_time and abs((got - truth_time).total_seconds()) <= 120)
    people = None
    if case.authors and out.authors is not None:
        people = {a.casefold() for a in out.authors} == {a.casefold() for a in case.authors}
    editor = None
    if case.editor and out.editor is not None:
        editor = out.editor.casefold() == case.editor.casefold()
    return Score(p, r, _same_title(out.title, case.title), good_time, people, editor)


# -- the three extractors ------------------------------------------------------------------------


# Set while the profiles-off set runs: newsbot reads every page as a site it has no profile for.
_PROFILES_OFF = False


def run_newsbot(case: Case) -> Output:
    try:
        if _PROFILES_OFF:
            with mock.patch.object(newsbot.extract, "portal_for_page", return_value=None):
                art = extract_article(case.html, case.url)
        else:
            art = extract_article(case.html, case.url)
    except ExtractionError as exc:
        return Output(refused=f"{exc.reason}: {exc}")
    return Output(
        body=art.body,
        title=art.headline,
        published=art.published,
        authors=art.authors,
        editor=art.editor,
        extractor=art.extractor,
        kind=getattr(art, "kind", ""),
    )


def run_trafilatura(case: Case) -> Output:
    import trafilatura

    doc = trafilatura.bare_extraction(case.html, url=case.url, with_metadata=True)
    if doc is None:
        return Output(refused="no extraction")
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Output(
        body=doc.text or "", title=doc.title or "", published=doc.date or "", authors=authors
    )


def run_readability(case: Case) -> Output:
    import lxml.html
    from readability import Document

    doc = Document(case.html, url=case.url)
    summary = doc.summary(html_partial=True)
    body = ""
    if summary.strip():
        tree = lxml.html.fromstring(summary)
        body = "\n".join(" ".join(t.split()) for t in tree.itertext() if t.strip())
    return Output(body=body, title=doc.short_title() or "")


EXTRACTORS: dict[str, Callable[[Case], Output]] = {
    "newsbot": run_newsbot,
    "trafilatura": run_trafilatura,
    "readability": run_readability,
}


def run(name: str, case: Case) -> Output:
    # CPU time: every extractor runs in this one thread, and CPU time is far less disturbed than
    # wall time by other work on a shared machine.
    started = time.process_time()
    try:
        out = EXTRACTORS[name](case)
    except Exception as exc:  # noqa: BLE001 - a peer's crash on one page must not stop the run
        out = Output(refused=f"crash: {exc!r}"[:200])
    out.seconds = time.process_time() - started
    return out


# -- the two sets --------------------------------------------------------------------------------


def fundus_cases() -> list[Case]:
    cases = []
    for line in (FUNDUS / "truth.jsonl").read_text(encoding="utf-8").splitlines():
        t = json.loads(line)
        cases.append(
            Case(
                name=Path(t["file"]).name.removesuffix(".html.gz"),
                url=t["url"],
                html=gzip.decompress((FUNDUS / t["file"]).read_bytes()),
                title=t["title"] or "",
                published=t["published"],
                body="\n\n".join(t["paragraphs"]),
                authors=list(t.get("authors") or []),
            )
        )
    return cases


def pages_cases() -> list[Case]:
    truth = json.loads((PAGES / "truth.json").read_text(encoding="utf-8"))
    return [
        Case(
            name=Path(t["file"]).stem,
            url=t["url"],
            html=(PAGES / t["file"]).read_bytes(),
            title=t["title"],
            published=t.get("published"),
            body=t["body"],
        )
        for t in truth
    ]


def profiled_cases() -> list[Case]:
    """Every article page of ../shared/pages with its profiled record as the reference."""
    cases = []
    for line in (PAGES / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        file, _portal, kind, url = line.split("\t")[:4]
        path = PAGES / file
        if kind != "article" or not path.is_file():
            continue
        html = path.read_bytes()
        try:
            art = extract_article(html, url)
        except ExtractionError:
            continue
        if art.extractor == "generic":
            continue  # no profile reads it: nothing to switch off
        cases.append(
            Case(
                name=path.stem,
                url=url,
                html=html,
                title=art.headline,
                published=art.published or None,
                body=art.body,
                authors=list(art.authors),
                editor=art.editor,
            )
        )
    return cases


# -- why a page scored low -----------------------------------------------------------------------


def reason(case: Case, out: Output, s: Score) -> str:
    """A short diagnosis of a low score, by class: refused, truth not in the markup, partial body
    (which part is missing), or extra text (how much, and where it sits)."""
    if out.refused:
        return f"refused ({out.refused})"[:140]
    truth_tokens = _TOKEN.findall(case.body)
    pred_tokens = _TOKEN.findall(out.body)
    if not pred_tokens:
        return "empty body"
    notes = []
    if s.recall < 0.8:
        visible = _visible_text(case.html)
        in_markup = precision_recall(case.body, visible)[1]
        if in_markup < 0.5:
            notes.append(f"truth mostly not in the visible markup ({in_markup:.0%})")
        else:
            notes.append(
                f"partial body ({len(pred_tokens)} tokens for {len(truth_tokens)}): missing "
                f"{_where_missing(case.body, out.body)}"
            )
    if s.precision < 0.8:
        notes.append(
            f"extra text ({len(pred_tokens)} tokens for {len(truth_tokens)}): "
            f"{_where_extra(case.body, out.body)} not in the truth"
        )
    return "; ".join(notes) or "small differences"


def _visible_text(html: bytes) -> str:
    import lxml.html

    tree = lxml.html.document_fromstring(html)
    for el in tree.iter("script", "style", "noscript", "template"):
        el.text = ""
    return " ".join(tree.itertext())


def _paragraph_hits(text: str, other: str) -> list[bool]:
    """For each paragraph of `text`: whether most of its shingles are in `other`."""
    theirs = shingles(other)
    hits = []
    for paragraph in re.split(r"\n\s*\n|\n", text):
        mine = shingles(paragraph)
        if mine:
            hits.append(sum((mine & theirs).values()) >= 0.5 * sum(mine.values()))
    return hits


def _where(hits: list[bool]) -> str:
    if not hits:
        return "-"
    missing = [i for i, hit in enumerate(hits) if not hit]
    if not missing:
        return "within paragraphs"
    n = len(hits)
    head = sum(1 for i in missing if i < n / 3)
    tail = sum(1 for i in missing if i >= 2 * n / 3)
    middle = len(missing) - head - tail
    parts = [
        f"{k} at the {w}" for k, w in ((head, "start"), (middle, "middle"), (tail, "end")) if k
    ]
    return f"{len(missing)}/{n} paragraphs ({', '.join(parts)})"


def _where_missing(truth: str, predicted: str) -> str:
    return _where(_paragraph_hits(truth, predicted))


def _where_extra(truth: str, predicted: str) -> str:
    return _where(_paragraph_hits(predicted, truth))


# -- main ----------------------------------------------------------------------------------------


def measure(
    label: str, cases: list[Case], names: list[str], worst: int
) -> dict[str, dict[str, object]]:
    totals = {name: Totals() for name in names}
    rows: dict[str, dict[str, object]] = {}
    low: list[tuple[float, Case, Output, Score]] = []
    for case in cases:
        for name in names:
            out = run(name, case)
            s = score(case, out)
            t = totals[name]
            t.scores.append(s)
            t.refused += bool(out.refused)
            t.seconds += out.seconds
            if name == "newsbot":
                low.append((s.f1, case, out, s))
                rows[case.name] = {
                    "p": round(s.precision, 4),
                    "r": round(s.recall, 4),
                    "title": s.title,
                    "time": s.time,
                    "refused": out.refused,
                    "extractor": out.extractor,
                    "kind": out.kind,
                    "got_title": out.title,
                    "got_published": out.published,
                }
    print(f"== {label}: {len(cases)} pages ==")
    for name in names:
        print(totals[name].line(name))
    if worst and "newsbot" in names:
        print(f"  newsbot's {worst} worst pages:")
        for f, case, out, s in sorted(low, key=lambda x: x[0])[:worst]:
            print(
                f"    {f:.3f} P {s.precision:.2f} R {s.recall:.2f} {case.name[:44]:44} "
                f"{out.extractor or '-':14} {reason(case, out, s)}"
            )
    return rows


def compare(now: dict[str, dict[str, dict[str, object]]], path: Path) -> None:
    """Pages whose newsbot F1, title or time changed against an earlier --save."""
    before = json.loads(path.read_text(encoding="utf-8"))
    print(f"== changes against {path} ==")
    for label, rows in now.items():
        for name, row in rows.items():
            old = before.get(label, {}).get(name)
            if old is None:
                continue
            f_now = _f1(float(row["p"]), float(row["r"]))  # type: ignore[arg-type]
            f_old = _f1(float(old["p"]), float(old["r"]))
            marks = []
            if abs(f_now - f_old) >= 0.005:
                marks.append(f"F1 {f_old:.3f} -> {f_now:.3f}")
            marks += [
                f"{key} {old[key]} -> {row[key]} ({row['got_' + _GOT[key]]!r})"
                for key in ("title", "time")
                if row[key] != old[key]
            ]
            if marks:
                print(f"  {label:6} {name[:48]:48} {'; '.join(marks)}"[:220])


_GOT = {"title": "title", "time": "published"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newsbot-only", action="store_true", help="skip the peers (faster)")
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--match", default="", help="only pages whose name contains this")
    parser.add_argument("--save", type=Path, help="write newsbot's per-page results as JSON")
    parser.add_argument("--compare", type=Path, help="show what changed against a --save file")
    args = parser.parse_args()
    names = ["newsbot"] if args.newsbot_only else list(EXTRACTORS)
    # readability logs a traceback for every page it cannot summarise; the score says enough.
    logging.getLogger("readability").setLevel(logging.CRITICAL)
    if not args.newsbot_only:
        for peer in ("trafilatura", "readability"):
            with contextlib.suppress(ImportError):
                __import__(peer)
                continue
            print(f"{peer} is not installed (pip install -e '.[bench]'): left out")
            names.remove(peer)
    results: dict[str, dict[str, dict[str, object]]] = {}
    global _PROFILES_OFF
    sets = (
        ("fundus", FUNDUS, fundus_cases, "corpus/fundus"),
        ("pages", PAGES / "truth.json", pages_cases, "pages with truth"),
        (
            "profiles_off",
            PAGES / "MANIFEST.tsv",
            profiled_cases,
            "saved article pages, profiles off, against their profiled records",
        ),
    )
    for label, needed, load, title in sets:
        if not needed.exists():
            print(f"{needed} not present: {label} left out")
            continue
        cases = [c for c in load() if args.match in c.name]
        _PROFILES_OFF = label == "profiles_off"
        if cases:
            results[label] = measure(title, cases, names, args.worst)
    _PROFILES_OFF = False
    if args.save:
        args.save.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.compare:
        compare(results, args.compare)
    return 0


if __name__ == "__main__":
    sys.exit(main())
