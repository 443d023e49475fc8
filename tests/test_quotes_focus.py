"""Quotes on shapes real news prints: marks typed the wrong way round, subjects far from their
verb, words that look like verbs or names and are neither. Passages written for these tests."""

from __future__ import annotations

import time

from newsbot.extract.quotes import extract_quotes


def direct(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(first two words, speaker) of every direct quote."""
    return [
        (" ".join(q["text"].split()[:2]), q["speaker"])
        for q in extract_quotes(paragraphs)
        if q["kind"] == "direct"
    ]


def indirect(paragraphs: list[str]) -> list[tuple[str, str]]:
    return [
        (" ".join(q["text"].split()[:2]), q["speaker"])
        for q in extract_quotes(paragraphs)
        if q["kind"] == "indirect"
    ]


# --- marks typed the wrong way round ---------------------------------------------------------


def test_an_opening_mark_glued_to_the_cue_closes_the_quote() -> None:
    paragraphs = [
        "Kepala Dinas Sosial Kota Palu Rahmat Hidayat meninjau dapur umum, Senin.",
        "”Bantuan sudah kami salurkan ke semua kelurahan, “ujarnya.",
        "Ia juga meminta warga melapor jika belum menerima bantuan.",
    ]
    assert direct(paragraphs) == [("Bantuan sudah", "Rahmat Hidayat")]
    quote = extract_quotes(paragraphs)[0]
    assert quote["text"] == "Bantuan sudah kami salurkan ke semua kelurahan"


def test_a_straight_mark_before_the_cue_closes_the_quote() -> None:
    paragraphs = ['"Stok beras aman sampai Lebaran, "kata Camat Tebet Wahyu Pratama.']
    assert direct(paragraphs) == [("Stok beras", "Wahyu Pratama")]


def test_a_quote_whose_opening_mark_was_left_at_the_end_of_the_paragraph_before() -> None:
    """`…?”` then paragraphs without marks closed by `, “kata X`: one quote of them all."""
    paragraphs = [
        "Wartawan bertanya apakah target itu masih bisa dicapai tahun ini?”",
        "Saya yakin bisa, asal semua daerah bergerak bersama.",
        (
            "Kami sudah menyiapkan anggaran tambahan untuk itu, “kata Gubernur Sulawesi Tengah"
            " Andi Mappaseng."
        ),
        "Andi Mappaseng juga meninjau gudang logistik.",
    ]
    quotes = [q for q in extract_quotes(paragraphs) if q["kind"] == "direct"]
    assert [q["speaker"] for q in quotes] == ["Andi Mappaseng"]
    assert quotes[0]["text"].startswith("Saya yakin bisa")
    assert quotes[0]["text"].endswith("anggaran tambahan untuk itu")
    assert quotes[0]["paragraph"] == 1


def test_a_mark_before_a_lower_case_word_that_is_no_cue_still_opens() -> None:
    paragraphs = ['Ia menyebut program itu, "bukan sekadar bantuan," kata Budi Santoso.']
    assert direct(paragraphs) == [("bukan sekadar", "Budi Santoso")]


def test_many_marks_typed_before_cues_stay_linear() -> None:
    """Each orphan closer looks back a bounded number of paragraphs: no quadratic work."""
    for shape in (["Kami siap, “katanya. " * 3000], ["Kami siap, “katanya."] * 3000):
        start = time.perf_counter()
        extract_quotes(shape)
        assert time.perf_counter() - start < 30  # a hang guard, not a timing assertion


# --- the subject of a reporting verb --------------------------------------------------------


def test_a_subject_before_adverbials_between_commas() -> None:
    """`X, saat dihubungi, Senin (…) di Jakarta, mengatakan, … sikap Kiai Y tersebut.`: the
    person named at the start speaks; the one talked about at the end does not."""
    paragraphs = [
        (
            "Kepala Badan Pangan yang juga Ketua Satgas Pangan Arief Prasetyo, saat dihubungi,"
            " Senin (30/11/2020) di Jakarta, mengatakan, pihaknya menghargai sikap Kiai Hasan"
            " Basri tersebut."
        ),
        "“Sikap terbuka itu patut dicontoh semua pihak,” katanya.",
    ]
    assert direct(paragraphs) == [("Sikap terbuka", "Arief Prasetyo")]
    assert indirect(paragraphs) == [("pihaknya menghargai", "Arief Prasetyo")]


def test_a_subject_described_between_commas_then_yang_then_the_verb() -> None:
    paragraphs = [
        "“Pemeriksaan sudah selesai,” kata Camat Tebet Wahyu Hidayat.",
        (
            "Marlina Siregar, Wali Kota Jakarta Selatan, yang dihubungi terpisah, juga"
            " membenarkan penonaktifan lurah itu."
        ),
        "“Pemeriksaan dilakukan pekan ini,” katanya.",
    ]
    assert direct(paragraphs) == [
        ("Pemeriksaan sudah", "Wahyu Hidayat"),
        ("Pemeriksaan dilakukan", "Marlina Siregar"),
    ]


def test_a_name_with_its_description_after_a_function_word() -> None:
    """`Namun, X, anggota … di Kelurahan Y, Manado, menyatakan`: X, not the city."""
    paragraphs = [
        (
            "Namun, Harun Pontoh, anggota KPPS 7 di Kelurahan Tikala, Manado, menyatakan,"
            " ia terakhir mengikuti tes cepat dua pekan lalu."
        ),
    ]
    assert indirect(paragraphs) == [("ia terakhir", "Harun Pontoh")]


def test_a_lower_case_description_before_the_name_between_commas() -> None:
    paragraphs = [
        (
            "Kandidat doktor Medical Science Osaka University, dokter Rina Prameswari, mengatakan,"
            " vaksin itu melindungi dari gejala berat."
        ),
        "“Belum ada bukti vaksin itu mencegah penularan,” ucapnya.",
    ]
    assert direct(paragraphs) == [("Belum ada", "Rina Prameswari")]


def test_a_word_shaped_like_a_verb_gives_no_subject() -> None:
    """ "tersebut", "mereka", "persen" look like prefixed verbs; the name before them is an
    object, never the person in focus."""
    paragraphs = [
        "Menteri Sosial Nurul Aini meninjau lokasi banjir di Bekasi, Sabtu.",
        "Ia memuji kerja relawan Pak Darto tersebut dan warga yang membantu mereka.",
        "“Relawan adalah tulang punggung penanganan bencana,” ujarnya.",
    ]
    assert direct(paragraphs) == [("Relawan adalah", "Nurul Aini")]


def test_a_sentence_opener_before_an_office_is_no_part_of_the_role() -> None:
    paragraphs = [
        "Menurut Kepala Humas Unpad Dewi Larasati, kampus ditutup sampai akhir bulan.",
        "“Kami masih menelusuri kontak erat,” ujarnya.",
        "Dewi menambahkan, perkuliahan berlangsung daring selama kampus ditutup.",
    ]
    quotes = extract_quotes(paragraphs)
    assert [(q["kind"], q["speaker"], q["speaker_role"]) for q in quotes] == [
        ("indirect", "Dewi Larasati", "Kepala Humas Unpad"),
        ("direct", "Dewi Larasati", "Kepala Humas Unpad"),
        ("indirect", "Dewi Larasati", "Kepala Humas Unpad"),
    ]
