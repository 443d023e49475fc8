"""The PFSA reader and quote metric of benchmarks/pfsa.py, on a CoNLL sample written here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SHARED

spec = importlib.util.spec_from_file_location("pfsa", ROOT / "benchmarks" / "pfsa.py")
assert spec
assert spec.loader
pfsa = importlib.util.module_from_spec(spec)
sys.modules["pfsa"] = pfsa
spec.loader.exec_module(pfsa)

# Two articles; the first quote's opening mark sits at the end of the sentence before it,
# as the corpus sometimes has it. People and words are invented for this test.
SAMPLE = """\
BANDUNG	O
,	O
KOMPAS	O
—	O
Harga	O
cabai	O
naik	O
.	O
”	B-STATEMENT

Kami	I-STATEMENT
rugi	I-STATEMENT
.	I-STATEMENT

Pasokan	I-STATEMENT
turun	I-STATEMENT
,	I-STATEMENT
”	L-STATEMENT
kata	U-CUE
Rina	B-PERSON
Marlina	L-PERSON
.	O

METRO	O
,	O
KOMPAS	O
—	O
Bupati	U-ROLE
Joko	B-PERSON
Santosa	L-PERSON
meninjau	O
jalan	O
produk	O
-	O
produk	O
(	O
1	O
/	O
2	O
)	O
.	O

”	B-STATEMENT
Jalan	I-STATEMENT
ini	I-STATEMENT
rusak	I-STATEMENT
,	I-STATEMENT
”	L-STATEMENT
ujar	U-CUE
Joko	U-PERSONCOREF
.	O
"""


@pytest.fixture
def articles(tmp_path: Path) -> list:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return pfsa.read_articles(path)


def test_articles_paragraphs_and_marks(articles: list) -> None:
    assert len(articles) == 2
    first, second = articles
    assert first.paragraphs == [
        "BANDUNG, KOMPAS — Harga cabai naik.",
        "“Kami rugi.",
        "Pasokan turun,” kata Rina Marlina.",
    ]
    assert (
        second.paragraphs[0]
        == "METRO, KOMPAS — Bupati Joko Santosa meninjau jalan produk-produk (1/2)."
    )
    assert second.paragraphs[1] == "“Jalan ini rusak,” ujar Joko."
    assert [s.text for s in first.statements] == ["“Kami rugi. Pasokan turun,”"]


def test_gold_speaker_is_widened_to_the_full_name(articles: list) -> None:
    first, second = articles
    assert pfsa.gold_speaker(first, first.statements[0]) == "Rina Marlina"
    assert pfsa.gold_speaker(second, second.statements[0]) == "Joko Santosa"


def test_dice_matching_and_speakers() -> None:
    assert pfsa.dice("Kami rugi besar", "kami rugi") == pytest.approx(0.8)
    golds = ["harga cabai naik tajam", "pasokan turun"]
    assert pfsa.match(golds, ["pasokan turun drastis", "harga cabai naik"]) == [1, 0]
    assert pfsa.match(golds, ["sama sekali lain"]) == [None, None]
    assert pfsa.same_speaker("Kombes Ade Ary", "Ade Ary Syam")
    assert not pfsa.same_speaker("Kombes Ade Ary", "Kombes Budi")


def test_scores_and_error_classes(articles: list) -> None:
    first, second = articles
    score = pfsa.Score()
    pfsa.score_article(first, [{"text": "turun", "speaker": "", "kind": "direct"}], score)
    pfsa.score_article(
        second, [{"text": "Jalan ini rusak", "speaker": "Joko", "kind": "direct"}], score
    )
    assert (score.tp, score.fn, score.fp) == (1, 1, 1)
    assert score.errors["span too short"] == 1
    assert score.errors["extra"] == 1
    assert score.right == 1


def test_a_right_speaker_with_a_glued_word_is_counted_as_overrunning(articles: list) -> None:
    _, second = articles
    score = pfsa.Score()
    said = "Jalan ini rusak"
    pfsa.score_article(second, [{"text": said, "speaker": "Joko Santosa", "kind": "direct"}], score)
    pfsa.score_article(second, [{"text": said, "speaker": "Metro Joko", "kind": "direct"}], score)
    assert (score.right, score.overrun) == (2, 1)
    assert pfsa.within_a_person(second, "Santosa")
    assert not pfsa.within_a_person(second, "Bupati Joko")


def test_the_gold_role_and_the_role_figure(articles: list) -> None:
    first, second = articles
    assert pfsa.gold_role(second, "Joko Santosa") == "Bupati"
    assert pfsa.gold_role(first, "Rina Marlina") == ""
    assert pfsa.role_agrees("Kepala Dinas Kesehatan Tangsel", "Kepala Dinas Kesehatan Kota Tangsel")
    assert not pfsa.role_agrees("Kepala Dinas Kesehatan Tangsel", "Dinas Kesehatan Tangsel")
    score = pfsa.Score()
    said = "Jalan ini rusak"
    quote = {"text": said, "speaker": "Joko", "speaker_role": "Bupati Metro", "kind": "direct"}
    pfsa.score_article(second, [quote], score)
    pfsa.score_article(second, [{**quote, "speaker_role": "Metro"}], score)
    assert (score.with_role, score.role_given, score.role_right) == (2, 2, 1)


def test_naive_baseline_reads_quotes_across_paragraphs() -> None:
    quotes = pfsa.naive_quotes("“Kami rugi.\n\nPasokan turun,” kata Rina Marlina.")
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("Kami rugi.\n\nPasokan turun,", "Rina Marlina")
    ]


@pytest.mark.shared
def test_the_dev_split_reads_whole() -> None:
    path = SHARED / "corpus" / "pfsa-dev" / "dev.txt"
    if not path.exists():
        pytest.skip("../shared/corpus/pfsa-dev not present")
    articles = pfsa.read_articles(path)
    assert len(articles) == 257
    assert sum(len(a.statements) for a in articles) == 1273
