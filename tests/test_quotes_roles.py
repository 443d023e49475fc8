"""Who a speaker is, as a reader checks it: the person's name without the words around it
(a trade or a part in a case that opens the sentence, an address, an organisation) and the role
as it is written inside a sentence. Passages written for these tests."""

from __future__ import annotations

from newsbot.extract.quotes import extract_quotes


def attributed(paragraphs: list[str]) -> list[tuple[str, str, str]]:
    """(kind, speaker, speaker_role) of every statement, in reading order."""
    return [(q["kind"], q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)]


# --- a trade or a part in a case opening the sentence ----------------------------------------


def test_a_trade_opening_the_sentence_is_the_role_in_lower_case() -> None:
    paragraphs = [
        "Artis Nagita Slavina mengatakan, kehamilan keduanya lebih berat dibanding yang pertama.",
        "“Sering mual, tapi bayinya sehat,” kata Nagita di Jakarta Selatan.",
    ]
    assert attributed(paragraphs) == [
        ("indirect", "Nagita Slavina", "artis"),
        ("direct", "Nagita Slavina", "artis"),
    ]


def test_a_part_in_a_court_case_is_no_word_of_the_name() -> None:
    paragraphs = [
        "Sidang kasus penggelapan dana koperasi kembali digelar di Pengadilan Negeri Tanjungkarang.",
        "Terpidana Budi Santoso mengaku menyesal atas semua perbuatannya selama ini.",
        "“Saya khilaf, uang itu saya pakai untuk berobat istri,” katanya.",
        "Terdakwa Hendra Wijaya menyebut, uang itu dipakai untuk membayar utang.",
        "“Saya akan kembalikan,” ujarnya.",
    ]
    assert attributed(paragraphs) == [
        ("indirect", "Budi Santoso", "terpidana"),
        ("direct", "Budi Santoso", "terpidana"),
        ("indirect", "Hendra Wijaya", "terdakwa"),
        ("direct", "Hendra Wijaya", "terdakwa"),
    ]


def test_an_office_opening_the_sentence_keeps_its_capital() -> None:
    paragraphs = [
        "Kepala Desa Sukamaju Darto Sumarno mengatakan, warga sudah dievakuasi ke balai desa.",
        "“Kami dirikan tenda,” katanya.",
    ]
    assert attributed(paragraphs)[1] == ("direct", "Darto Sumarno", "Kepala Desa Sukamaju")


def test_a_trade_at_an_institution_closed_by_ini_is_the_person_in_focus() -> None:
    paragraphs = [
        "Presiden Direktur PT Griya Nusantara Rizki Hartono meninjau pabrik rumah instan.",
        "“Rumah selesai dibangun dalam tujuh hari,” kata Rizki.",
        (
            "Pegiat di Ikatan Arsitek Indonesia ini menuturkan, nenek moyang Indonesia memiliki"
            " kekayaan arsitektur yang luar biasa."
        ),
    ]
    assert attributed(paragraphs)[-1][:2] == ("indirect", "Rizki Hartono")
