"""Quotes on shapes real news prints: marks typed the wrong way round, subjects far from their
verb, words that look like verbs or names and are neither. Passages written for these tests."""

from __future__ import annotations

import time

import pytest

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


@pytest.mark.parametrize("verb", ["mengatakan", "menjelaskan", "menyebutkan"])
def test_a_verb_after_adverbials_with_bahwa_is_the_subjects_not_an_inverted_cue(
    verb: str,
) -> None:
    """`X, Selasa (…), di Jakarta, mengatakan bahwa selama periode Maret-Mei 2020, …`: the
    verb after the comma reports X's words; "bahwa …" up to the next comma names nobody (it
    was read as `…, kata <speaker>,` with "Maret-Mei" speaking)."""
    paragraph = (
        f"Diah Natalisa, Selasa (16/6/2020), di Jakarta, {verb} bahwa selama periode Maret-Mei"
        " 2020, ada 21.015 laporan yang masuk terkait Covid-19."
    )
    assert indirect([paragraph]) == [("selama periode", "Diah Natalisa")]


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


# --- long offices, organisations and descriptions ------------------------------------------


def test_an_abbreviation_in_brackets_inside_the_office() -> None:
    paragraphs = [
        (
            "“Belajar satu daerah dengan daerah lain,” kata Direktur Jenderal Otonomi Daerah"
            " Kementerian Dalam Negeri (Kemendagri) Akmal Malik, Kamis (7/5/2020)."
        ),
        (
            "“Kami berharap masyarakat memakai transportasi publik,” kata Direktur Utama PT Kereta"
            " Commuter Indonesia (KAI Commuter) Wiwik Widayanti melalui keterangan tertulis."
        ),
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Akmal Malik", "Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri (Kemendagri)"),
        ("Wiwik Widayanti", "Direktur Utama PT Kereta Commuter Indonesia (KAI Commuter)"),
    ]


def test_a_rank_with_its_force_is_split_out() -> None:
    quotes = extract_quotes(
        [
            (
                "“Pencarian tetap kami fokuskan pada korban,” kata Panglima Komando Armada I"
                " (Pangkoarmada) Laksda TNI Abdul Rasyid, Kamis."
            )
        ]
    )
    assert [(q["speaker"], q.get("speaker_rank")) for q in quotes] == [
        ("Abdul Rasyid", "Laksda TNI")
    ]


def test_a_capitalised_name_word_that_is_also_a_preposition() -> None:
    paragraphs = [
        "Kepala Pusat Penerangan Hukum Kejagung Agung Hari Setiyono meninjau sidang.",
        "“Selanjutnya akan dilakukan pemeriksaan,” kata Hari.",
    ]
    # ("Agung" may close "Kejagung Agung" or open the name: the article does not say which)
    assert [s.split()[-2:] for _, s in direct(paragraphs)] == [["Hari", "Setiyono"]]


def test_the_person_at_the_end_of_an_office_joined_by_dan() -> None:
    paragraphs = [
        (
            "Kepala Subdirektorat Industri Kayu dan Rotan Industri Hasil Hutan dan Perkebunan"
            " Kemenperin Mediarman mengatakan tengah mengumpulkan data kebutuhan bahan baku."
        ),
        "“Larangan ekspor bahan baku tetap kami pertahankan,” ujarnya.",
    ]
    assert direct(paragraphs) == [("Larangan ekspor", "Mediarman")]


def test_a_person_of_an_organisation_named_before_dari() -> None:
    paragraphs = [
        "Reynaldi dari PT House of Rattan mengatakan, pesanan furnitur rotan anjlok.",
        "“Kami tidak bisa menerima pesanan itu,” katanya.",
    ]
    assert direct(paragraphs) == [("Kami tidak", "Reynaldi")]


def test_an_institution_ends_before_a_name_opened_by_muhammad() -> None:
    paragraphs = [
        (
            "Menurut Guru Besar Fakultas Ekonomi dan Bisnis Universitas Lambung Mangkurat Muhammad"
            " Handry Imansyah, Kalsel harus menyiapkan transformasi ekonomi."
        ),
    ]
    assert indirect(paragraphs) == [("Kalsel harus", "Muhammad Handry Imansyah")]


def test_an_organisation_or_a_law_is_never_the_person_in_focus() -> None:
    paragraphs = [
        "Wakil Ketua Badan Legislasi DPR Willy Aditya menyebut pembenahan naskah telah selesai.",
        "Rancangan Undang-Undang Cipta Kerja diserahkan kepada Presiden.",
        "Lembaga Biologi Molekuler Eijkman membuat obat terapi untuk pasien.",
        "“Gedung DPR sedang disemprot disinfektan,” katanya.",
    ]
    assert direct(paragraphs) == [("Gedung DPR", "Willy Aditya")]


def test_a_described_person_closed_by_ini_is_the_person_in_focus() -> None:
    paragraphs = [
        "Adapun Ketua DPR Puan Maharani berharap Idul Fitri meningkatkan gotong royong.",
        "“Kita semakin peduli kepada sesama,” kata politisi dari PDI-P ini.",
        "“Anak-anak bertanya kapan punya kelas,” kata guru tersebut, Yohanes Nenobais.",
    ]
    assert direct(paragraphs) == [
        ("Kita semakin", "Puan Maharani"),
        ("Anak-anak bertanya", "Yohanes Nenobais"),
    ]


def test_an_office_of_an_organisation_before_the_name_and_its_comma() -> None:
    paragraphs = [
        (
            "“Ada 1.600 subyek yang akan dilibatkan,” kata anggota Tim Peneliti GeNose dari UGM,"
            " Dian Nurputra, seusai bertemu Gubernur DIY."
        ),
        (
            "Oleh karena itu, kata ahli epidemiologi Universitas Airlangga, Windhu Purnomo, di"
            " Surabaya, pemerintah daerah menegakkan kembali aturan."
        ),
        "“Penegakan aturan itu salah satu cara menghadang penularan,” ujarnya.",
    ]
    assert direct(paragraphs) == [
        ("Ada 1.600", "Dian Nurputra"),
        ("Penegakan aturan", "Windhu Purnomo"),
    ]


def test_a_stance_an_agent_and_a_copula_move_the_focus() -> None:
    paragraphs = [
        "“Vaksinasi berjalan,” kata Menteri Kesehatan Budi Gunadi Sadikin.",
        "Kepala Ekonom Bank DBS Taimur Baig optimistis, pemerintah menyeimbangkan krisis.",
        "“Fokus pemerintah tahun depan adalah manufaktur,” ujarnya.",
        (
            "Berdasarkan laporan oleh Kepala Bidang Pencegahan Penyakit Dinas Kesehatan DKI Dwi"
            " Oktavia Handayani, ada 575 kasus positif."
        ),
        "“Sebanyak 80 kasus merupakan akumulasi,” katanya.",
        (
            "Salah satunya adalah Ketua Perkumpulan Ahli Ekonomi Kesehatan Indonesia Hasbullah"
            " Thabrany."
        ),
        "“Rekreasi bisa dilakukan kapan saja,” ujarnya.",
    ]
    assert [s for _, s in direct(paragraphs)] == [
        "Budi Gunadi Sadikin",
        "Taimur Baig",
        "Dwi Oktavia Handayani",
        "Hasbullah Thabrany",
    ]


def test_who_undergoes_a_passive_verb_takes_no_focus() -> None:
    paragraphs = [
        "Wali Kota Surabaya Tri Rismaharini mengatakan, laboratorium daerah bisa dimanfaatkan.",
        "Pemeriksaan untuk warga Kota Surabaya digratiskan.",
        "“Kami mendapat bantuan mesin PCR,” katanya.",
    ]
    assert direct(paragraphs) == [("Kami mendapat", "Tri Rismaharini")]


def test_a_subject_across_a_parenthesis_between_dashes() -> None:
    paragraphs = [
        (
            "Dedy, Kepala Peleton B dari Stasiun Pemadam Kebakaran Sektor II, Kebayoran Baru,"
            " Jakarta Selatan — tim pemadam yang tiba pertama — menuturkan, hidran tidak mengalir."
        ),
        "“Kami harus mencari air sampai ke luar gedung,” ucapnya.",
    ]
    assert direct(paragraphs) == [("Kami harus", "Dedy")]


def test_the_cue_printed_as_the_paragraph_below_its_quote() -> None:
    """Text split into sentences leaves `tanya Teguh.` below `“…?”`."""
    paragraphs = [
        "Menurut pengamat transportasi Teguh Santoso, aturan itu sulit ditegakkan.",
        "“Bagaimana memastikan ratusan ribu pengemudi ojek tidak demam saat bertugas?”",
        "tanya Teguh.",
        "Polisi belum menanggapi pertanyaan itu.",
    ]
    assert direct(paragraphs) == [("Bagaimana memastikan", "Teguh Santoso")]


def test_a_run_too_long_for_a_name_ends_with_the_person() -> None:
    paragraphs = [
        "Program itu didukung CSR PT Pertamina (Persero).",
        (
            "“Kami berkomitmen menyelamatkan penyu,” kata General Manager Pertamina Marketing"
            " Operation Region IV PT Pertamina Sylvia Grace Yuvenna."
        ),
    ]
    assert direct(paragraphs) == [("Kami berkomitmen", "Sylvia Grace Yuvenna")]


def test_an_office_for_a_region_before_the_name() -> None:
    paragraphs = [
        "Pemimpin Program FZS untuk Sumatera Peter Pratje mengatakan, karantina memakan waktu.",
        "“Kami akan mengecek ke laboratorium,” katanya.",
    ]
    assert direct(paragraphs) == [("Kami akan", "Peter Pratje")]


def test_a_sasak_name_opened_by_lalu_after_an_office() -> None:
    paragraphs = [
        "Kepala Dinas Peternakan Jateng Lalu M Syafriadi menuturkan, stok daging aman.",
        "“Harga daging sapi relatif stabil,” tutur Lalu.",
    ]
    assert direct(paragraphs) == [("Harga daging", "Lalu M Syafriadi")]


# --- places the article names, kept apart from people ---------------------------------------


def speakers(paragraphs: list[str]) -> list[tuple[str, str]]:
    return [
        (q["speaker"], q["speaker_role"])
        for q in extract_quotes(paragraphs)
        if q["kind"] == "direct"
    ]


def test_two_people_of_one_family_name_stay_apart() -> None:
    # Both first names and the family name are used alone; neither first name is a place or
    # a word the story writes in lower case, so "Ratna Siregar" is one person's whole name.
    paragraphs = [
        "Pendiri yayasan, Hotman Paris Siregar, tidak hadir karena sakit.",
        "Ketua pengurus yayasan, Ratna Siregar, mengatakan bahwa beasiswa dibuka lagi tahun ini.",
        "Ratna juga menyampaikan salam dari Hotman. Siregar berhasil kuliah hingga doktoral.",
        "“Ayah saya seorang petani,” kata Siregar dalam keterangan tertulis.",
    ]
    statements = [(q["kind"], q["speaker"]) for q in extract_quotes(paragraphs)]
    assert ("indirect", "Ratna Siregar") in statements


def test_a_place_after_di_and_a_capitalised_word_is_still_a_place() -> None:
    # "Imlek di China": China is a place, so the crosshead run into the paragraph ("Belajar
    # dari China | Anwar juga meminta …") still gives Anwar the focus, and "ujarnya" to him.
    paragraphs = [
        (
            "JAKARTA, KOMPAS — Sekretaris Jenderal Majelis Ulama Indonesia (MUI) Anwar Abbas"
            " menyayangkan warga yang mengabaikan jaga jarak."
        ),
        "“Wabah ini masih berbahaya,” katanya.",
        "Sekretaris Umum Pimpinan Pusat Muhammadiyah Abdul Mu’ti menuturkan, pemerintah kurang tegas.",
        (
            "Belajar dari China Anwar juga meminta masyarakat belajar dari Tahun Baru Imlek di"
            " China awal 2020."
        ),
        "“Kita bisa belajar dari sana.",
        "Kasusnya naik setelah Imlek,” ujarnya.",
    ]
    direct_speakers = [q["speaker"] for q in extract_quotes(paragraphs) if q["kind"] == "direct"]
    assert direct_speakers == ["Anwar Abbas", "Anwar Abbas"]


def test_an_office_ending_with_an_institutions_name_is_given_by_apposition() -> None:
    # "Universitas Trisakti" names the university, so "…, Trubus Rahardiansyah," holds it.
    paragraphs = [
        (
            "Pengamat kebijakan publik Universitas Trisakti, Trubus Rahardiansyah, menilai"
            " pelonggaran terlalu cepat."
        ),
        "“Kesadaran warga belum terbentuk,” kata Trubus.",
    ]
    role = "pengamat kebijakan publik Universitas Trisakti"
    assert speakers(paragraphs) == [("Trubus Rahardiansyah", role)]


def test_a_shared_family_name_carries_no_role_to_the_other_person() -> None:
    paragraphs = [
        "Ketua Dewan Pembina Yayasan Bina Nusantara, Ratna Siregar, membuka acara wisuda.",
        "Pendiri yayasan, Hotman Paris Siregar, tidak hadir karena sakit.",
        "“Ibu saya seorang petani,” kata Hotman Paris Siregar dalam keterangan tertulis.",
    ]
    # (his own description, not Ratna Siregar's office)
    assert speakers(paragraphs) == [("Hotman Paris Siregar", "pendiri yayasan")]


# --- offices read whole ---------------------------------------------------------------------


def test_an_office_with_dan_between_its_fields_is_read_whole() -> None:
    paragraphs = [
        (
            "Ketua Asosiasi Kopi dan Kakao Indonesia (AKKI) Lampung Rudi Hartawan berharap harga"
            " membaik."
        ),
        "“Kami siap melayani,” kata Rudi.",
    ]
    role = "Ketua Asosiasi Kopi dan Kakao Indonesia (AKKI) Lampung"
    assert speakers(paragraphs) == [("Rudi Hartawan", role)]


def test_an_office_listing_its_fields_with_commas_is_read_whole() -> None:
    paragraphs = [
        (
            "Menteri Koordinator Bidang Pangan, Pertanian, dan Kelautan Budi Santoso Hadi, Kamis"
            " (3/12/2026), mengatakan stok beras cukup."
        ),
        "“Tidak perlu impor,” kata Budi.",
    ]
    role = "Menteri Koordinator Bidang Pangan Pertanian dan Kelautan"
    assert speakers(paragraphs) == [("Budi Santoso Hadi", role)]


def test_an_office_field_after_dan_goes_on_with_the_office() -> None:
    # "Aparatur Negara" could be read as a name; "Reformasi" after the "dan" is a field.
    paragraphs = [
        (
            "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Budi Santoso Hadi"
            " meninjau kantor pelayanan publik."
        ),
        "“Kami nilai semua,” kata Budi.",
    ]
    role = "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"
    assert speakers(paragraphs) == [("Budi Santoso Hadi", role)]


def test_bidang_joins_an_office_to_its_field() -> None:
    paragraphs = [
        "Menteri Koordinator bidang Pangan dan Pertanian Budi Santoso Hadi meninjau gudang.",
        "“Stok aman sampai Lebaran,” kata Budi.",
    ]
    role = "Menteri Koordinator bidang Pangan dan Pertanian"
    assert speakers(paragraphs) == [("Budi Santoso Hadi", role)]


def test_a_qualified_description_before_an_office_and_a_comma_stays() -> None:
    paragraphs = [
        (
            "Pengamat pangan sekaligus Direktur Eksekutif Institut Pangan Nusantara, Rudi Hartono Lubis,"
            " menilai harga wajar."
        ),
        "“Petani untung,” kata Rudi.",
    ]
    role = "pengamat pangan sekaligus Direktur Eksekutif Institut Pangan Nusantara"
    assert speakers(paragraphs) == [("Rudi Hartono Lubis", role)]


def test_two_offices_joined_by_dan_stay_two_people() -> None:
    paragraphs = [
        "Menteri Sosial Rina Marlina dan Menteri Pertanian Joko Santosa meninjau lokasi banjir.",
        "“Bantuan sudah tiba,” kata Joko.",
    ]
    assert speakers(paragraphs) == [("Joko Santosa", "Menteri Pertanian")]


def test_an_english_name_of_an_institute_stays_in_the_office() -> None:
    paragraphs = [
        (
            "Direktur Eksekutif Institute for Fiscal Studies and Policy (IFSP) Ratna Dewi Lubis"
            " menilai defisit melebar."
        ),
        "“Belanja harus selektif,” kata Ratna.",
    ]
    role = "Direktur Eksekutif Institute for Fiscal Studies and Policy (IFSP)"
    assert speakers(paragraphs) == [("Ratna Dewi Lubis", role)]


def test_an_office_after_the_name_and_a_comma_is_the_persons() -> None:
    paragraphs = [
        (
            "Sebelumnya, Hendra Wijaya Kusuma, Wakil Gubernur Sumatera Barat dalam rapat, Senin,"
            " menjelaskan bahwa pasar akan dibuka."
        ),
        "“Protokol kesehatan tetap ketat,” kata Hendra.",
    ]
    assert speakers(paragraphs) == [("Hendra Wijaya Kusuma", "Wakil Gubernur Sumatera Barat")]


def test_what_a_person_is_before_an_institution_and_a_comma_stays_in_the_office() -> None:
    paragraphs = [
        (
            "Sementara itu, sosiolog Universitas Andalas, Nurul Fitri Ramadhani, mengingatkan"
            " bahaya kerumunan."
        ),
        "“Warga sudah jenuh,” kata Nurul.",
    ]
    assert speakers(paragraphs) == [("Nurul Fitri Ramadhani", "sosiolog Universitas Andalas")]


def test_a_lower_case_office_before_an_institution_and_a_comma_is_the_persons() -> None:
    # "juru bicara" and "anggota" are written in lower case; the institution after them is
    # capitalised, then the name between commas; a one-word name becomes a person by it.
    paragraphs = [
        (
            "Sementara itu, juru bicara Satuan Tugas Penanganan Covid-19 Kabupaten Kudus, Sunarto,"
            " menyampaikan, kasus baru menurun."
        ),
        "“Kami tetap waspada,” katanya.",
    ]
    role = "juru bicara Satuan Tugas Penanganan Covid-19 Kabupaten Kudus"
    assert speakers(paragraphs) == [("Sunarto", role)]


def test_a_lower_case_title_between_office_and_name_keeps_them_together() -> None:
    paragraphs = [
        "Menurut Kepala Dinas Kesehatan Kota Batu dr Susana Indahwati, stok vaksin cukup.",
        "“Warga tidak perlu khawatir,” kata Susana.",
    ]
    assert speakers(paragraphs) == [("Susana Indahwati", "Kepala Dinas Kesehatan Kota Batu")]


def test_titles_alone_are_no_office() -> None:
    paragraphs = ["“Masker tetap wajib,” kata Dr dr Ratna Sari Dewi, SpPD."]
    assert speakers(paragraphs) == [("Ratna Sari Dewi", "")]


def test_a_lower_case_office_after_the_name_and_a_comma_is_the_persons() -> None:
    paragraphs = [
        (
            "Nuraini Siregar, peneliti dari Pusat Studi Pangan Universitas Andalas, Sabtu"
            " (5/12/2026), menjelaskan, harga beras naik."
        ),
        "“Panen mundur,” kata Nuraini.",
    ]
    role = "peneliti dari Pusat Studi Pangan Universitas Andalas"
    assert speakers(paragraphs) == [("Nuraini Siregar", role)]


def test_a_one_word_name_the_article_uses_alone_takes_the_office_after_it() -> None:
    paragraphs = [
        "Sementara itu, Sugiman, Camat Ngaliyan, mengajak warga memakai masker.",
        "“Kami bagikan masker gratis,” kata Sugiman.",
    ]
    assert speakers(paragraphs) == [("Sugiman", "Camat Ngaliyan")]


def test_a_relative_clause_after_the_description_is_no_office() -> None:
    paragraphs = [
        "Rudi Hartono, pengusaha muda yang juga pemilik kedai kopi, menilai pasar membaik.",
        "“Pembeli kembali datang,” kata Rudi.",
    ]
    assert speakers(paragraphs) == [("Rudi Hartono", "pengusaha muda")]


def test_an_initial_ends_no_sentence() -> None:
    paragraphs = [
        "Teguh S. Wibowo, Kepala Ombudsman RI Perwakilan Jawa Tengah, menilai layanan membaik.",
        "“Keluhan warga turun,” kata Teguh.",
    ]
    role = "Kepala Ombudsman RI Perwakilan Jawa Tengah"
    assert speakers(paragraphs) == [("Teguh S. Wibowo", role)]


def test_an_office_held_pada_an_institution_is_read_whole() -> None:
    paragraphs = [
        (
            "Direktur Jenderal Perkebunan pada Kementerian Pertanian Andi Nur Hidayat menyebutkan"
            " produksi sawit naik."
        ),
        "“Harga TBS membaik,” kata Andi.",
    ]
    role = "Direktur Jenderal Perkebunan pada Kementerian Pertanian"
    assert speakers(paragraphs) == [("Andi Nur Hidayat", role)]


def test_what_a_person_is_dari_an_institution_stays_in_the_office() -> None:
    paragraphs = [
        "Pengamat ekonomi dari Universitas Jambi, Hendra Saputra, menilai inflasi terkendali.",
        "“Harga pangan stabil,” kata Hendra.",
    ]
    assert speakers(paragraphs) == [("Hendra Saputra", "pengamat ekonomi dari Universitas Jambi")]


def test_a_name_may_end_with_an_office_word() -> None:
    # "Alam" is an office word ("Sumber Daya Alam") and the last of many names.
    paragraphs = [
        "Direktur Jenderal Perkebunan Andi Nur Alam menyebutkan produksi sawit naik.",
        "“Harga TBS membaik,” kata Andi.",
        "Kepala Balai Konservasi Sumber Daya Alam Jambi Rahmad Saleh menyebut satwa sehat.",
        "“Kami rawat,” kata Rahmad.",
    ]
    assert [name for name, _ in speakers(paragraphs)] == ["Andi Nur Alam", "Rahmad Saleh"]


def test_an_appositive_office_may_end_with_a_name_that_is_no_one() -> None:
    # "Universitas Gadjah Mada" reads as ending with a name; the article never uses one of
    # its words alone, so the office is the person's after the comma.
    paragraphs = [
        (
            "Dosen Fakultas Ekonomika dan Bisnis Universitas Gadjah Mada, Rimba Pradipta, menyoroti"
            " pasar pangan daring."
        ),
        "“Petani langsung bertemu pembeli,” kata Rimba.",
    ]
    role = "Dosen Fakultas Ekonomika dan Bisnis Universitas Gadjah Mada"
    assert speakers(paragraphs) == [("Rimba Pradipta", role)]


def test_words_for_anyone_before_a_place_and_a_comma_give_no_office() -> None:
    # "ibu kota Hanoi, Vietnam,": "ibu" names a person, "ibu kota" a capital city.
    paragraphs = [
        "“Investasi melambat,” kata Kepala Ekonom BCA Rudi Hartono Lubis.",
        "Vietnam menarik investor. Perusahaan itu membangun pabrik di sisi timur ibu kota Hanoi, Vietnam, senilai 1 miliar dollar AS.",
        "“Kita harus berbenah,” ujarnya.",
    ]
    assert [name for name, _ in speakers(paragraphs)] == ["Rudi Hartono Lubis"] * 2


def test_words_before_an_office_of_its_own_are_not_its_description() -> None:
    # "luar kota" ends a clause run into the next one (a crosshead without its full stop).
    paragraphs = [
        (
            "Kembali dari luar kota Kepala Dinas Perhubungan Kota Batu Agus Salim Rangkuti"
            " mengatakan, jalur wisata dibuka."
        ),
        "“Kami tambah petugas,” kata Agus.",
    ]
    assert speakers(paragraphs) == [("Agus Salim Rangkuti", "Kepala Dinas Perhubungan Kota Batu")]


def test_mantan_before_an_office_stays_in_it() -> None:
    paragraphs = [
        (
            "Kemudian, mantan Kepala Dinas Perhubungan Kota Batu Agus Salim Rangkuti menilai jalur"
            " wisata perlu dibuka."
        ),
        "“Kami dulu juga begitu,” kata Agus.",
    ]
    role = "mantan Kepala Dinas Perhubungan Kota Batu"
    assert speakers(paragraphs) == [("Agus Salim Rangkuti", role)]


def test_a_place_the_article_names_ends_the_office_before_the_name() -> None:
    # "di Indramayu" elsewhere: Indramayu is the commission's town, not the chairman's name.
    paragraphs = [
        "Tahapan pemilu di Indramayu dimulai pekan ini dengan pemutakhiran data pemilih.",
        (
            '"Kami siap melaksanakan tahapan pemilu," kata Ketua KPU Indramayu Ahmad Toni Fatoni,'
            " Senin (1/3/2024)."
        ),
    ]
    assert speakers(paragraphs) == [("Ahmad Toni Fatoni", "Ketua KPU Indramayu")]


def test_the_datelines_place_counts_as_named_by_the_article() -> None:
    paragraphs = [
        "INDRAMAYU, KOMPAS.com - Tahapan pemilu dimulai pekan ini.",
        '"Kami siap melaksanakan tahapan pemilu," kata Ketua KPU Indramayu Ahmad Toni Fatoni.',
    ]
    assert speakers(paragraphs) == [("Ahmad Toni Fatoni", "Ketua KPU Indramayu")]


def test_a_place_with_a_compass_word_ends_the_office() -> None:
    paragraphs = [
        "Warga di Jakarta mulai berbelanja lagi ke pasar tradisional.",
        '"Pasar sudah ramai," kata Camat Jakarta Selatan Budi Santoso.',
    ]
    assert speakers(paragraphs) == [("Budi Santoso", "Camat Jakarta Selatan")]


def test_a_place_inside_an_institutions_name_ends_the_office() -> None:
    # "Masjid Raya Sabilal" is the mosque; "di Sabilal" elsewhere says the word is a place.
    paragraphs = [
        "Jemaah mulai berdatangan di Sabilal sejak pagi untuk salat berjamaah.",
        (
            '"Kami batasi jemaah separuh kapasitas," kata Imam Besar Masjid Raya Sabilal'
            " Hasan Basri Rahman."
        ),
        '"Jarak antarjemaah satu meter," ujar Hasan.',
    ]
    assert speakers(paragraphs) == [
        ("Hasan Basri Rahman", "Imam Besar Masjid Raya Sabilal"),
        ("Hasan Basri Rahman", "Imam Besar Masjid Raya Sabilal"),
    ]


def test_a_place_that_opens_the_run_after_a_bracket_is_the_offices() -> None:
    paragraphs = [
        "Simulasi pemungutan suara digelar di Kendari, Sabtu (5/12/2026).",
        (
            '"Semua petugas sudah dites," kata Kepala Divisi SDM Komisi Pemilihan Umum (KPU)'
            " Kendari Rudi Hartono Lasut."
        ),
    ]
    assert speakers(paragraphs) == [
        ("Rudi Hartono Lasut", "Kepala Divisi SDM Komisi Pemilihan Umum (KPU) Kendari")
    ]


def test_a_city_after_a_number_is_no_part_of_the_name() -> None:
    # The digit splits the run: "Surabaya Yulianto" is read on its own, and Surabaya is a city.
    paragraphs = [
        '"Perjalanan kereta kembali normal," kata Manajer Humas PT KAI Daop 8 Surabaya Yulianto.',
        '"Penumpang mendapat ganti rugi," ujar Yulianto.',
    ]
    assert [name for name, _ in speakers(paragraphs)] == ["Yulianto", "Yulianto"]


def test_a_compass_word_after_a_place_ends_the_office() -> None:
    paragraphs = [
        ('"Wisatawan mulai kembali," kata Kepala Dinas Pariwisata Sumba Barat Yohanes Ndara Kaka.'),
    ]
    assert speakers(paragraphs) == [("Yohanes Ndara Kaka", "Kepala Dinas Pariwisata Sumba Barat")]


def test_a_compass_word_after_an_office_opens_the_name() -> None:
    # "Timur" is a given name; right after an office it is the person's, not a place's.
    paragraphs = ['"Situasi kondusif," kata Kapolri Timur Pradopo.']
    assert speakers(paragraphs) == [("Timur Pradopo", "Kapolri")]


def test_a_word_of_the_name_that_is_no_place_of_the_article_stays() -> None:
    # Without "di Sabilal" (or any place use of the word) the run is read as before.
    paragraphs = ['"Kami siap," kata Ketua Panitia Sabilal Hasan Basri.']
    assert speakers(paragraphs) == [("Sabilal Hasan Basri", "Ketua Panitia")]


def test_a_pronoun_cue_never_resolves_to_a_place() -> None:
    # The regency is named after a role word ("bupati … Sabu Raijua") and after "di".
    paragraphs = [
        (
            "KUPANG, KOMPAS.com - Status kewarganegaraan bupati terpilih Sabu Raijua"
            " dipersoalkan warga di Sabu Raijua."
        ),
        "Pengamat hukum tata negara Umbu Rauta menilai pelantikan dapat ditunda.",
        "Menurut dia, bupati Sabu Raijua harus menjelaskan statusnya.",
        '"Pemerintah dapat menunda pelantikan sampai status itu jelas," katanya.',
    ]
    assert [s for s, _ in speakers(paragraphs)] == ["Umbu Rauta"]


def test_an_office_holder_named_by_a_short_form_is_a_person_not_a_town() -> None:
    # "Wali Kota Risma": Risma is used alone as a name and never as a place.
    paragraphs = [
        (
            "Setiap ada waktu luang, Wali Kota Risma selalu menelepon warganya."
            " Risma mengatakan ia ingin tahu kabar mereka."
        ),
        '"Bapak sudah tes belum?" kata Wali Kota Risma kepada salah satu pasien.',
    ]
    assert speakers(paragraphs) == [("Risma", "Wali Kota")]


# --- reporting verbs in the passive, opening the sentence before the source ----------------


def test_a_passive_reporting_verb_opens_an_indirect_statement_with_its_source() -> None:
    paragraphs = [
        "Kepala Dinas Perhubungan Kota Metro Syafrin Liputo meninjau terminal bus, Senin.",
        "Dijelaskan Syafrin, pihaknya belum menerima laporan kerusakan dari warga.",
        (
            "Ditambahkan oleh Kepala Dinas Kesehatan Kota Metro Budi Santoso, vaksinasi"
            " dilanjutkan pekan depan."
        ),
    ]
    assert indirect(paragraphs) == [
        ("pihaknya belum", "Syafrin Liputo"),
        ("vaksinasi dilanjutkan", "Budi Santoso"),
    ]


def test_a_passive_verb_opening_a_sentence_is_never_part_of_a_name() -> None:
    paragraphs = [
        "Kepala Dinas Perhubungan Kota Metro Syafrin Liputo meninjau terminal bus, Senin.",
        "Diakui Syafrin, pihaknya belum menerima laporan itu.",
        '"Kami akan cek dulu," kata Syafrin.',
    ]
    assert direct(paragraphs) == [("Kami akan", "Syafrin Liputo")]


def test_passive_verbs_that_are_not_of_saying_name_no_source() -> None:
    paragraphs = [
        "Diduga Budi mencuri sepeda motor milik tetangganya sejak pekan lalu.",
        "Dianggap berakhir, kasus itu dibuka lagi oleh penyidik kepolisian.",
        "Diakui, jalan itu memang rusak sejak lama dan belum diperbaiki.",
    ]
    assert indirect(paragraphs) == []


def test_a_verb_opening_the_sentence_before_an_office_is_not_part_of_the_role() -> None:
    # "Mendukung": a crosshead run into the paragraph, written capitalised elsewhere too.
    paragraphs = [
        "Pelaku usaha Mendukung kebijakan itu, kata pengurus asosiasi.",
        (
            "Mendukung Ketua Kamar Dagang dan Industri Kota Surabaya Muhammad Ali Affandi"
            " mengatakan, pengusaha mendukung seluruh kebijakan pemerintah kota."
        ),
        '"Kami siap membantu," kata Ali.',
    ]
    quotes = [q for q in extract_quotes(paragraphs) if q["speaker"]]
    assert {(q["speaker"], q["speaker_role"]) for q in quotes} == {
        ("Muhammad Ali Affandi", "Ketua Kamar Dagang dan Industri Kota Surabaya")
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        "Menurut pantauan Kompas di Pasar Mardika, Minggu petang, banyak pedagang melepas masker.",
        "Menurut data Bandara Internasional Lombok, selama Juli 2020, penumpang mencapai 49.861.",
        "Menurut hasil survei Lembaga Survei Nusantara, warga puas dengan layanan bus kota.",
        (
            "Sementara itu, data yang diperoleh Gugus Tugas Percepatan Penanganan Covid-19"
            " menyebutkan, terdapat 124 kabupaten/kota yang tidak menemukan kasus baru."
        ),
    ],
)
def test_a_medium_a_document_or_a_name_with_a_digit_states_nothing(paragraph: str) -> None:
    """What the medium observed, what a document says ("menurut data …", "hasil survei …"),
    or a task force's data ("… Penanganan Covid-19") is no person's statement: no speaker
    "Kompas", "Lombok", "Nusantara" or "Covid-19" (the paragraph before writes
    "pasien Covid-19": a capitalised word used mid-sentence, as names are)."""
    before = "Tempat tidur untuk merawat pasien Covid-19 paling banyak 60 persen dari total."
    assert indirect([before, paragraph]) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Menurut warga Desa Sukamaju, Budi Santoso, antrean kendaraan mengular dua kilometer.",
        "Menurut keterangan Kapolsek Natar, Budi Santoso, pelaku sudah diamankan sejak Senin.",
    ],
)
def test_a_source_described_before_the_name_still_states(paragraph: str) -> None:
    assert [speaker for _, speaker in indirect([paragraph])] == ["Budi Santoso"]


def test_a_title_opened_by_the_gives_no_longer_form_of_a_name() -> None:
    """ "dokumenter Bombshell: The Hedy Lamarr Story" names a film: "Hedy Lamarr" speaking is
    not "Hedy Lamarr Story", though that run holds her name."""
    paragraphs = [
        "Hedy Lamarr, aktris lawas Hollywood, ternyata juga seorang penemu.",
        "Lamarr memang menjadi inspirasi tokoh puteri salju.",
        (
            "“Saya dianggap cukup Amerika untuk menjual obligasi perang,” komentarnya seperti"
            " ditampilkan di film dokumenter Bombshell: The Hedy Lamarr Story."
        ),
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Hedy Lamarr", "aktris lawas Hollywood")
    ]


def test_mengatakan_without_a_comma_reports_the_clause_after_it() -> None:
    """ "X mengatakan pihaknya akan …" is as much a statement as "X mengatakan, …"; the verb's
    object ("mengatakan hal itu saat …", "mengatakan demikian mengingat …") is none."""
    paragraphs = [
        "Kepala Desa Sukadana Ilir, Suryadi mengatakan pihaknya akan mengaktifkan kembali ronda.",
        "Suryadi mengatakan hal itu saat meninjau pos ronda di dusun tiga.",
        "Suryadi mengatakan demikian mengingat pencurian ternak terjadi tiga kali bulan ini.",
        "Camat Sukadana Budi Hartono menegaskan hal itu tidak menjadi soal bagi anggaran desa.",
    ]
    assert indirect(paragraphs) == [
        ("pihaknya akan", "Suryadi"),
        ("hal itu", "Budi Hartono"),
    ]


def test_a_name_with_its_age_between_commas_is_the_subject_of_the_verb() -> None:
    paragraphs = [
        "Sementara itu, salah seorang warga, Siti (45), mengaku resah dengan pencurian ternak.",
        "Andi Anwar (36), warga Kota Donggala, menyatakan warga tak mengindahkan protokol.",
    ]
    assert [s for _, s in indirect(paragraphs)] == ["Siti", "Andi Anwar"]


def test_an_organisation_is_not_its_own_office_and_makes_no_indirect_statement() -> None:
    """ "DKI Jakarta menyatakan …": a region speaks for no one the article names; "kata PLN
    UIW Lampung" names the organisation as the speaker without repeating it as its role."""
    paragraphs = [
        "Namun demi PSBB yang efektif, DKI Jakarta menyatakan tidak akan ada penutupan jalan.",
        "“Tidak ada pemadaman bergilir,” kata PLN UIW Lampung dalam siaran persnya.",
    ]
    quotes = extract_quotes(paragraphs)
    assert [(q["kind"], q["speaker"], q["speaker_role"]) for q in quotes] == [
        ("direct", "PLN UIW Lampung", "")
    ]


def test_a_branch_and_its_place_end_an_organisation_with_no_person() -> None:
    paragraphs = [
        "“Penyeberangan masih normal,” kata PT ASDP Indonesia Ferry Cabang Bakauheni.",
        "“Cuaca masih aman,” kata General Manager ASDP Cabang Bakauheni Hasan Lessy.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("", "PT ASDP Indonesia Ferry Cabang Bakauheni"),
        ("Hasan Lessy", "General Manager ASDP Cabang Bakauheni"),
    ]


@pytest.mark.parametrize(
    ("phrase", "speaker", "role"),
    [
        ("Wali Kota Padang Hendri Septa", "Hendri Septa", "Wali Kota Padang"),
        ("Bupati Padang Pariaman Suhatri Bur", "Suhatri Bur", "Bupati Padang Pariaman"),
        (
            "Kepala BPJS Kesehatan Cabang Padang Rizka Adhiati",
            "Rizka Adhiati",
            "Kepala BPJS Kesehatan Cabang Padang",
        ),
    ],
)
def test_a_city_that_also_opens_longer_place_names(phrase: str, speaker: str, role: str) -> None:
    """ "Padang" is a city and opens "Padang Pariaman": after it, a name of one word is left
    when the two read as a place, so the city stands alone."""
    quote = extract_quotes([f"“Kami siap membantu warga,” kata {phrase}."])[0]
    assert (quote["speaker"], quote["speaker_role"]) == (speaker, role)


def test_akun_tersebut_is_the_account_named_last() -> None:
    """A post quoted as "tulis akun tersebut" is the account the article named before it (a
    handle may hold dots); an account a person posts from ("Melalui akun resminya @x, Bupati
    Y mengimbau") is that person's."""
    viral = [
        "Video tersebut diunggah akun Instagram @surabaya.terkini pada Minggu (5/6/2022).",
        "“Kok tega buang sampah ke sungai,” tulis akun tersebut dalam keterangan videonya.",
        "“Tangkap saja, biar kapok,” komentar akun @arif_sby.",
        "“Ini yang bikin banjir tiap tahun,” tulis akun tersebut lagi.",
    ]
    assert [s for _, s in direct(viral)] == ["@surabaya.terkini", "@arif_sby", "@arif_sby"]
    official = [
        (
            "Melalui akun Instagram resminya @bupatipamekasanofc, Bupati Pamekasan Baddrut Tamam"
            " mengimbau wisatawan mencicipi sate lalat."
        ),
        "“Sate lalat wajib kamu cicipi saat berkunjung ke Pamekasan,” tulis akun tersebut.",
    ]
    assert [s for _, s in direct(official)] == ["Baddrut Tamam"]


def test_an_office_with_its_abbreviation_before_the_comma_and_the_name() -> None:
    paragraphs = [
        (
            "Kepala Dinas Lingkungan Hidup (DLH) Kota Surabaya, Agus Hebi Djuniantoro mengaku sudah"
            " menerima laporan tersebut."
        ),
        "“Kami sudah turunkan tim ke lokasi,” kata Hebi.",
    ]
    assert {(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)} == {
        ("Agus Hebi Djuniantoro", "Kepala Dinas Lingkungan Hidup (DLH) Kota Surabaya")
    }


def test_a_nickname_with_an_honorific_given_in_the_attribution_names_the_person() -> None:
    paragraphs = [
        "Wakil Wali Kota Surabaya Armuji meminta warga ikut mengawasi sungai.",
        "“Kalau lihat ada yang buang sampah, laporkan saja,” ujar pria yang akrab disapa Cak Ji itu.",
        "Menurut Cak Ji, kesadaran warga menjadi kunci menjaga kebersihan sungai.",
        "“Sungai ini milik kita bersama,” kata Cak Ji.",
    ]
    assert [q["speaker"] for q in extract_quotes(paragraphs)] == ["Armuji"] * 3


def test_a_description_after_a_name_and_its_age_is_the_persons_role() -> None:
    """ "Rosita (52), pedagang cabai di Pasar Tugu, mengatakan …": the age stands between the
    name and what the person is; a description cut short ends on no joining word."""
    paragraphs = [
        "Rosita (52), pedagang cabai di Pasar Tugu, mengatakan harga naik sejak sepekan terakhir.",
        "“Pembeli jadi berkurang,” ujarnya.",
        "Andi (38), pedagang ayam hidup atau potong di Pasar Baru, mengatakan permintaan belum pulih.",
        "“Belum normal seperti dulu,” kata Andi.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Rosita", "pedagang cabai di Pasar Tugu"),
        ("Rosita", "pedagang cabai di Pasar Tugu"),
        ("Andi", "pedagang ayam hidup"),
        ("Andi", "pedagang ayam hidup"),
    ]


def test_a_sentence_opened_by_a_cue_and_its_source_is_an_indirect_statement() -> None:
    """ "Kata dia, …", "Kata Guntur, …", "Tambahnya, …" report a statement as "…, kata dia"
    does; "Menanggapi hal itu, X mengatakan, …" opens with a verb and its object: X speaks."""
    paragraphs = [
        "Kepala Dinas Perdagangan Budi Santoso mengatakan, harga cabai mulai turun pekan ini.",
        "Kata dia, operasi pasar akan digelar di 20 kecamatan.",
        "Tambahnya, stok beras masih aman hingga Lebaran tahun depan.",
        "Menanggapi hal itu, Ketua DPRD Lampung Rina Marlina mengatakan, anggaran operasi sudah siap.",
        "Kata Rina, dewan akan mengawasi penyalurannya di setiap kecamatan.",
    ]
    assert indirect(paragraphs) == [
        ("harga cabai", "Budi Santoso"),
        ("operasi pasar", "Budi Santoso"),
        ("stok beras", "Budi Santoso"),
        ("anggaran operasi", "Rina Marlina"),
        ("dewan akan", "Rina Marlina"),
    ]


def test_what_a_person_is_after_the_name_of_a_cue_is_the_role() -> None:
    quotes = extract_quotes(
        [
            "“Lampunya mati sudah sebulan,” kata Rahmat, warga sekitar.",
            "“Jalannya gelap sekali,” ujar Nurhayati, ibu korban.",
        ]
    )
    assert [(q["speaker"], q["speaker_role"]) for q in quotes] == [
        ("Rahmat", "warga sekitar"),
        ("Nurhayati", "ibu korban"),
    ]


def test_a_name_after_a_description_and_a_comma_is_a_person_who_takes_the_focus() -> None:
    """ "Salah seorang warga, Mulyadi, mengatakan …": a one-word name the article gives no
    office is a person by the phrase before it, so the statement is his and so is the next
    "kata pria 48 tahun itu" (not the official quoted before)."""
    paragraphs = [
        "Kepala Pelaksana BPBD Bandar Lampung Syamsul Rahman mengungkapkan, bantuan sudah dikirim.",
        "“Petugas juga berjaga di lokasi,” ungkap Syamsul.",
        "Salah seorang warga, Mulyadi, mengatakan banjir kali ini yang terparah dalam lima tahun.",
        "“Biasanya cuma sebetis, sekarang sampai dada,” kata pria 48 tahun itu.",
    ]
    assert [(q["kind"], q["speaker"]) for q in extract_quotes(paragraphs)] == [
        ("indirect", "Syamsul Rahman"),
        ("direct", "Syamsul Rahman"),
        ("indirect", "Mulyadi"),
        ("direct", "Mulyadi"),
    ]


def test_an_office_held_at_a_place_after_di_and_the_name_after_it() -> None:
    """ "Konsul Jenderal RI di New York Arifi Saiman mengatakan": the place after "di" belongs
    to the office, and it ends before the name the article later uses alone ("kata Arifi").
    A trade at a body ("Pegiat di Ikatan Arsitek Indonesia ini") is no office at a place: no
    "Arsitek" speaks; closed by "ini" it is the person in focus."""
    paragraphs = [
        "Konsul Jenderal RI di New York Arifi Saiman mengatakan, produk olahan berpeluang diekspor.",
        "“Tempe memiliki prospek jangka panjang,” kata Arifi.",
        "Pegiat di Ikatan Arsitek Indonesia ini menuturkan, nenek moyang kita kaya budaya.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Arifi Saiman", "Konsul Jenderal RI di New York"),
        ("Arifi Saiman", "Konsul Jenderal RI di New York"),
        ("Arifi Saiman", "Konsul Jenderal RI di New York"),
    ]


def test_a_lower_case_description_before_the_name_and_its_comma_is_the_role() -> None:
    paragraphs = [
        "Salah seorang warga, Mulyadi, mengatakan banjir kali ini yang terparah.",
        "Sementara itu, penasihat hukum terdakwa, Bambang Sutejo, menilai dakwaan jaksa lemah.",
        "“Kami akan ajukan eksepsi,” kata Bambang.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Mulyadi", "warga"),
        ("Bambang Sutejo", "penasihat hukum terdakwa"),
        ("Bambang Sutejo", "penasihat hukum terdakwa"),
    ]


def test_berharap_and_a_reporting_verb_before_kepada_report_a_clause() -> None:
    """ "Ia berharap festival serupa digelar …" is a statement of the person in focus; "mengatakan
    kepada wartawan, …" states what follows the addressee's comma; "berharap pada donasi …"
    names what is hoped for, no statement."""
    paragraphs = [
        "Ketua DPRD Kulon Progo Akhid Nuryati mengatakan, UMKM harus didukung agar naik kelas.",
        "Ia berharap festival serupa digelar setiap tahun di Alun-alun Wates.",
        "Akhid mengatakan kepada wartawan, anggaran festival sudah disetujui dewan.",
        "Keluarga Rehan hanya bisa berharap pada donasi orang-orang baik hati.",
    ]
    assert indirect(paragraphs) == [
        ("UMKM harus", "Akhid Nuryati"),
        ("festival serupa", "Akhid Nuryati"),
        ("anggaran festival", "Akhid Nuryati"),
    ]


def test_an_address_between_commas_after_di_is_no_subject() -> None:
    """ "X, dalam jumpa pers di Dermaga JICT 2, Tanjung Priok, Jakarta Utara, Rabu, mengatakan":
    the place names continue the adverbial; X is the subject (not "Tanjung Priok")."""
    paragraphs = [
        (
            "Direktur Operasional Basarnas Rasman, dalam jumpa pers di Dermaga JICT 2, Tanjung Priok,"
            " Jakarta Utara, Rabu (13/1/2021), mengatakan, penyelam fokus mencari CVR."
        ),
        "Ia berharap kapal-kapal itu dapat bekerja maksimal.",
    ]
    assert indirect(paragraphs) == [("penyelam fokus", "Rasman"), ("kapal-kapal itu", "Rasman")]


def test_english_reported_speech_and_an_english_opener_before_the_subject() -> None:
    """English portals: "X said the …" and "X told Tempo that …" report a statement; "Meanwhile,
    a resident, Siti Nurjanah, told …" has Siti Nurjanah as the subject and the focus, so the
    next "she said" is hers."""
    paragraphs = [
        '"We have prepared the logistics," Lampung Governor Arinal Djunaidi said on Monday.',
        "Arinal said the distribution would start in South Lampung regency.",
        "Meanwhile, a resident, Siti Nurjanah, told Tempo that her family had stayed at a mosque.",
        '"We hope the aid arrives soon," she said.',
    ]
    assert [(q["kind"], q["speaker"]) for q in extract_quotes(paragraphs)] == [
        ("direct", "Arinal Djunaidi"),
        ("indirect", "Arinal Djunaidi"),
        ("indirect", "Siti Nurjanah"),
        ("direct", "Siti Nurjanah"),
    ]


def test_a_nickname_belongs_to_the_person_named_right_before_it() -> None:
    """ "Wali Kota Makassar Moh Ramdhan Pomanto atau yang akrab disapa Danny Pomanto mengatakan":
    the subject is the person with the office, not the nickname; "kata Danny" later is the same
    person, even though someone else was in focus before."""
    paragraphs = [
        "Kapolsek Kedaton Kompol Ari Satriawan mengatakan, pelaku sudah ditangkap.",
        (
            "Wali Kota Makassar Moh Ramdhan Pomanto atau yang akrab disapa Danny Pomanto"
            " mengatakan posko itu disiagakan selama dua pekan."
        ),
        "“Kita siagakan petugas gabungan,” kata Danny.",
        "Pria yang akrab disapa Bang Danny itu juga meminta warga mengunci rumah.",
        "“Laporkan ke RT kalau rumah kosong,” ujar Bang Danny.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)][1:] == [
        ("Moh Ramdhan Pomanto", "Wali Kota Makassar"),
        ("Moh Ramdhan Pomanto", "Wali Kota Makassar"),
        ("Moh Ramdhan Pomanto", "Wali Kota Makassar"),
    ]


def test_hal_senada_disampaikan_an_office_and_its_name_moves_the_focus() -> None:
    """ "Hal senada disampaikan Kepala Dinas …, Iman Hud." introduces the next to speak, the
    name after the office's comma; "Senada, X, mengatakan …" has X as its subject."""
    paragraphs = [
        "Wali Kota Makassar Danny Pomanto mengatakan posko mudik sudah siap.",
        "Hal senada disampaikan Kepala Dinas Perhubungan Kota Makassar, Iman Hud.",
        "Menurutnya, arus kendaraan diprediksi meningkat 20 persen dibanding tahun lalu.",
        "Senada, Kepala Satpol PP Makassar, Iqbal Asnan, mengatakan petugas berjaga di terminal.",
    ]
    assert indirect(paragraphs) == [
        ("posko mudik", "Danny Pomanto"),
        ("arus kendaraan", "Iman Hud"),
        ("petugas berjaga", "Iqbal Asnan"),
    ]


def test_an_honorific_after_the_office_comma_opens_the_name() -> None:
    """ "Kepala Desa Sukamaju, H. Darto Sumarno, mengatakan", "Ketua RT setempat, Pak Darto,":
    the title opens the name (and says it is a person's), "setempat" and a unit's number go on
    with the office."""
    paragraphs = [
        "Kepala Desa Sukamaju, H. Darto Sumarno, mengatakan warga sudah lama curiga.",
        "“Sering pulang malam,” ujarnya.",
        "Ketua RT setempat, Pak Wiryo, menambahkan bahwa pelaku baru sebulan mengontrak.",
        "“Bawa motor beda-beda,” katanya.",
        "Ketua RW 05, Bu Sumiati, mengatakan ronda malam akan digiatkan lagi.",
        "Pak Darto mengatakan pos ronda sudah diperbaiki.",
    ]
    assert [(q["kind"], q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("indirect", "Darto Sumarno", "Kepala Desa Sukamaju"),
        ("direct", "Darto Sumarno", "Kepala Desa Sukamaju"),
        ("indirect", "Wiryo", "Ketua RT setempat"),
        ("direct", "Wiryo", "Ketua RT setempat"),
        ("indirect", "Sumiati", "Ketua RW 05"),
        ("indirect", "Darto Sumarno", "Kepala Desa Sukamaju"),
    ]


def test_an_office_goes_on_across_dari_before_its_comma() -> None:
    paragraphs = [
        (
            "Ketua Tim Pedoman dari Tim Mitigasi PB IDI, Eka Ginanjar, mengatakan, protokol"
            " kesehatan tetap yang utama."
        ),
        "Seorang warga dari Desa Sukamaju, Rahmat, mengaku belum divaksin.",
        "“Belum ada jadwal,” katanya.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Eka Ginanjar", "Ketua Tim Pedoman dari Tim Mitigasi PB IDI"),
        ("Rahmat", "warga dari Desa Sukamaju"),
    ]


def test_a_posting_cue_after_an_account_is_named_is_the_accounts() -> None:
    paragraphs = [
        "Video itu viral di media sosial.",
        "Pemilik akun @dewi.sartika88 ikut berkomentar.",
        "“Semoga cepat ditangkap, kasihan kucingnya,” tulisnya.",
        "Kapolsek Medan Baru Kompol Yayang Rizki Pratama mengatakan identitas pelaku sudah diketahui.",
        "“Kami masih mencari keberadaannya,” katanya.",
    ]
    assert direct(paragraphs) == [
        ("Semoga cepat", "@dewi.sartika88"),
        ("Kami masih", "Yayang Rizki Pratama"),
    ]


def test_a_described_person_with_a_title_and_an_age_and_a_long_description_later() -> None:
    """ "Seorang pedagang, Bu Enok (50), mengatakan": Enok, a trader; "kata perempuan yang sudah
    20 tahun berjualan di pasar itu" (a relative clause) refers back to her."""
    paragraphs = [
        "Seorang pedagang, Bu Enok (50), mengatakan kenaikan terjadi sejak sepekan terakhir.",
        "“Biasanya cuma Rp 50 ribu,” kata perempuan yang sudah 20 tahun berjualan di pasar itu.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Enok", "pedagang"),
        ("Enok", "perempuan yang sudah 20 tahun berjualan di pasar"),
    ]


def test_a_description_opening_its_sentence_is_written_as_inside_one() -> None:
    paragraphs = [
        "Korban, Lina (34), mengaku mengenal pelaku dari grup Facebook.",
        "“Awalnya lancar, dapat arisan dua kali,” kata Lina.",
        "Juru Bicara Polda Sumut Hadi Wahyudi mengatakan laporan itu sedang didalami.",
    ]
    assert [q["speaker_role"] for q in extract_quotes(paragraphs)] == [
        "korban",
        "korban",
        "Juru Bicara Polda Sumut",
    ]


def test_a_person_with_an_age_after_an_adverbial_clause_is_the_subject() -> None:
    """ "Tanpa mengenakan masker, Ali (19), sopir M 08, sedang menunggu": the verb of the opening
    clause is Ali's, not an object's; he is the next to speak ("kata sopir … ini")."""
    paragraphs = [
        "Sopir tembak M 08, Amir (37), mengaku, aparat tidak pernah memeriksa mobilnya.",
        "Tanpa mengenakan masker, Ali (19), sopir M 08, sedang menunggu penumpang di stasiun.",
        "“Sepi banget, Bang,” kata sopir yang mengaku belum punya surat izin mengemudi ini.",
    ]
    assert direct(paragraphs) == [("Sepi banget,", "Ali")]


def test_an_office_listing_its_fields_before_the_name_between_commas() -> None:
    paragraphs = [
        (
            "Kepala Dinas Koperasi, UMKM, dan Perdagangan Kota Singkawang, Muslimin, menjelaskan"
            " pasar itu dibangun dengan dana alokasi khusus."
        ),
        "“Nilainya Rp 7 miliar,” ujar Muslimin.",
    ]
    assert [(q["kind"], q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("indirect", "Muslimin", "Kepala Dinas Koperasi UMKM dan Perdagangan Kota Singkawang"),
        ("direct", "Muslimin", "Kepala Dinas Koperasi UMKM dan Perdagangan Kota Singkawang"),
    ]


def test_menjelaskan_reports_a_clause_with_its_own_verb_not_an_object() -> None:
    paragraphs = [
        "Kapolsek Delitua Kompol Zulkifli Harahap menjelaskan pelaku ditangkap di rumahnya.",
        "Zulkifli menambahkan stok barang bukti masih diperiksa.",
        "Ia menjelaskan aturan baru itu kepada warga.",
        "Zulkifli menyampaikan apresiasi kepada warga yang telah melapor.",
    ]
    assert indirect(paragraphs) == [
        ("pelaku ditangkap", "Zulkifli Harahap"),
        ("stok barang", "Zulkifli Harahap"),
    ]


def test_balinese_names_share_their_opening_words_and_keep_them() -> None:
    """ "I Wayan Koster" and "I Wayan Wasista" are two people (no office carried from one to
    the other); "Ketua PHRI Badung I Gusti Agung Rai Suryawijaya", later "kata Rai", keeps the
    opening "I Gusti Agung" in the name, out of the office."""
    paragraphs = [
        "Gubernur Bali I Wayan Koster meminta desa adat ikut mengawasi wisatawan asing.",
        "“Desa adat punya pararem,” kata Koster.",
        "Wayan Wasista, warga Kuta, menyambut baik imbauan tersebut.",
        "“Kami sudah bentuk pecalang,” kata I Wayan Wasista.",
        "Ia menuturkan, pecalang akan berpatroli setiap malam.",
        "Ketua PHRI Badung I Gusti Agung Rai Suryawijaya menilai aturan itu perlu disosialisasikan.",
        "“Jangan sampai wisatawan kaget,” tutur Rai.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("I Wayan Koster", "Gubernur Bali"),
        ("I Wayan Wasista", "warga Kuta"),
        ("I Wayan Wasista", "warga Kuta"),
        ("I Gusti Agung Rai Suryawijaya", "Ketua PHRI Badung"),
        ("I Gusti Agung Rai Suryawijaya", "Ketua PHRI Badung"),
    ]


def test_a_nickname_given_after_the_cue_is_the_person_in_focus() -> None:
    """ "…," tutur Gus Salam, sapaan akrabnya: the nickname of the person just named."""
    paragraphs = [
        "Wakil Ketua PWNU Jatim, KH Abdussalam Shohib, menyampaikan hal senada.",
        "“Santri harus jadi penyejuk,” tutur Gus Salam, sapaan akrabnya.",
        "“Jangan ikut-ikutan,” kata Gus Salam.",
    ]
    assert direct(paragraphs) == [
        ("Santri harus", "Abdussalam Shohib"),
        ("Jangan ikut-ikutan", "Abdussalam Shohib"),
    ]


def test_an_office_closed_by_a_demonstrative_is_the_office_of_the_person_in_focus() -> None:
    """ "Ketua PWNU Jawa Timur itu menyampaikan …" gives Marzuki Mustamar, named without an
    office, his office; "Perusahaan itu …" is no office of anyone."""
    paragraphs = [
        "Kiai Haji Marzuki Mustamar meminta warga Nahdliyin menjaga kerukunan menjelang Pemilu.",
        "Ketua PWNU Jawa Timur itu menyampaikan pesan tersebut dalam pengajian di Malang.",
        "“Beda pilihan boleh,” kata Kiai Marzuki.",
        "Ekonom Rob Subbaraman menilai investor masih menunggu.",
        "Perusahaan itu juga akan mempertimbangkan kepastian hukum.",
        "“Indonesia masih tertinggal,” ujar Rob.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Marzuki Mustamar", "Ketua PWNU Jawa Timur"),
        ("Rob Subbaraman", "ekonom"),
        ("Rob Subbaraman", "ekonom"),
    ]


def test_a_lower_case_description_after_a_name_and_not_a_list_of_people() -> None:
    paragraphs = [
        "Agung Kusumo, warga Kecamatan Mlati, mengatakan kecelakaan terjadi sekitar pukul 06.00.",
        "Petugas kemudian memeriksa Ika, ibu, dan adiknya di rumah.",
        "“Ayah sakit, warga malah menghujat,” ucap Ika.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Agung Kusumo", "warga Kecamatan Mlati"),
        ("Ika", ""),
    ]


def test_kin_of_a_named_person_is_the_role_and_a_description_word_opens_a_sentence() -> None:
    """ "Orang tua Nadia, Suhendri, mengatakan": Suhendri, the parent of Nadia; "Gadis berusia 17
    tahun itu mengatakan" refers back to Nadia (a description, though capitalised and never
    written in lower case in the article); "Dra. Hj. Rosmiati" opens with two titles."""
    paragraphs = [
        "Siswi SMAN 2 Bandar Lampung, Nadia Putri Ramadhani, mengaku tidak menyangka bisa juara.",
        "Gadis berusia 17 tahun itu mengatakan, ia belajar setiap hari hingga larut malam.",
        "Kepala SMAN 2 Bandar Lampung, Dra. Hj. Rosmiati, mengaku bangga atas prestasi itu.",
        "“Nadia ini memang tekun sejak kelas X,” tutur Rosmiati.",
        "Orang tua Nadia, Suhendri, mengatakan keluarga akan menggelar syukuran kecil.",
        "“Kami bersyukur sekali,” ungkap Suhendri.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Nadia Putri Ramadhani", "siswi SMAN 2 Bandar Lampung"),
        ("Nadia Putri Ramadhani", "siswi SMAN 2 Bandar Lampung"),
        ("Rosmiati", "Kepala SMAN 2 Bandar Lampung"),
        ("Rosmiati", "Kepala SMAN 2 Bandar Lampung"),
        ("Suhendri", "orang tua Nadia"),
        ("Suhendri", "orang tua Nadia"),
    ]


def test_a_first_name_said_after_a_cue_is_no_place_after_an_office() -> None:
    """ "Ketua DPRD Rina Marlina" where the article says "kata Rina": Rina is the holder, not the
    region of the DPRD; "Bupati Indramayu Taufik Hidayat" keeps Indramayu as the place."""
    paragraphs = [
        "Ketua DPRD Rina Marlina mengatakan, anggaran sudah disahkan.",
        "“Kami siap,” kata Rina.",
        "Bupati Indramayu Taufik Hidayat mengatakan, banjir sudah surut.",
        "“Warga boleh pulang,” kata Taufik.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Rina Marlina", "Ketua DPRD"),
        ("Rina Marlina", "Ketua DPRD"),
        ("Taufik Hidayat", "Bupati Indramayu"),
        ("Taufik Hidayat", "Bupati Indramayu"),
    ]


def test_english_corporate_titles_before_a_company_and_a_name() -> None:
    paragraphs = [
        "Tokopedia mencatat transaksi naik dua kali lipat selama Ramadan.",
        "“Kami siap,” kata VP Corporate Communications Tokopedia Nuraini Razak.",
        "“Transaksi naik,” ujar Nuraini.",
        "Distribusi vaksin dipantau dengan sistem buatan Bio Farma.",
        "Direktur Digital Bio Farma Soleh Ayubi mengatakan, sistem itu yang pertama di dunia.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Nuraini Razak", "VP Corporate Communications Tokopedia"),
        ("Nuraini Razak", "VP Corporate Communications Tokopedia"),
        ("Soleh Ayubi", "Direktur Digital Bio Farma"),
    ]


def test_a_rank_is_followed_by_the_whole_name() -> None:
    """After a rank (one word, or spelled out) the name starts and runs whole, though the
    article later uses a later word of it alone ("kata Pandra", "kata Irjen Fadil"); a rank said
    again with the short name keeps the office given before."""
    paragraphs = [
        "Kabid Humas Polda Lampung Kombes Pol Zahwani Pandra Arsyad memberi keterangan, Selasa.",
        "“Sabu ini rencananya diedarkan di Palembang,” kata Pandra.",
        "Kepala Kepolisian Daerah Metro Jaya Inspektur Jenderal M Fadil Imran mengajak warga ikut menjaga.",
        "“Jangan biarkan kerumunan,” kata Irjen Fadil.",
        "Kepala Dinas Penerangan TNI AL Laksamana Pertama Yulius Wiyono mengatakan, kapal sudah dikerahkan.",
        "“Dua kapal kami siagakan,” ujar Yulius.",
    ]
    assert [
        (q["speaker"], q["speaker_role"], q.get("speaker_rank")) for q in extract_quotes(paragraphs)
    ] == [
        ("Zahwani Pandra Arsyad", "Kabid Humas Polda Lampung", "Kombes Pol"),
        ("M Fadil Imran", "Kepala Kepolisian Daerah Metro Jaya", "Inspektur Jenderal"),
        ("Yulius Wiyono", "Kepala Dinas Penerangan TNI AL", "Laksamana Pertama"),
        ("Yulius Wiyono", "Kepala Dinas Penerangan TNI AL", "Laksamana Pertama"),
    ]


def test_menurut_before_a_quote_is_its_source() -> None:
    paragraphs = [
        "Kabid Humas Polda Lampung Kombes Pol Zahwani Pandra Arsyad mengatakan, jaringan itu besar.",
        "Menurutnya, “Para tersangka sudah kami pantau sejak tiga bulan lalu.”",
        "Namun, menurut Kapolda Lampung Irjen Helmy Santika, “Bandarnya masih buron.”",
    ]
    assert direct(paragraphs) == [
        ("Para tersangka", "Zahwani Pandra Arsyad"),
        ("Bandarnya masih", "Helmy Santika"),
    ]


def test_an_english_office_before_the_name_and_its_comma() -> None:
    paragraphs = [
        (
            "General Manager Bandara SAMS Sepinggan Balikpapan, Dwi Ananda Wicaksana, mengatakan"
            " jumlah penumpang naik 15 persen."
        ),
        (
            "Peneliti Institute for Development of Economics and Finance, Rusli Abdullah,"
            " menyampaikan, data petani miskin harus akurat."
        ),
    ]
    assert [q["speaker_role"] for q in extract_quotes(paragraphs)] == [
        "General Manager Bandara SAMS Sepinggan Balikpapan",
        "peneliti Institute for Development of Economics and Finance",
    ]


def test_the_place_ending_an_office_is_no_name_and_yang_juga_before_an_office() -> None:
    """ "Kepala BP Batam Muhammad Rudi memastikan": Batam is the office's place, not a name used
    alone (so "Universitas Internasional Batam, Suryadi," keeps Batam in the office); "Rudi yang
    juga Wali Kota Batam itu menyebut, …" is Rudi's statement."""
    paragraphs = [
        "Kepala BP Batam Muhammad Rudi memastikan tol rampung tahun depan.",
        "Rudi yang juga Wali Kota Batam itu menyebut, proyek itu menelan anggaran Rp 1,2 triliun.",
        (
            "Sementara itu, pengamat transportasi Universitas Internasional Batam, Dr. Ir. Suryadi,"
            " menilai tol itu akan memangkas waktu tempuh."
        ),
        "“Bisa tinggal 15 menit,” katanya.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Muhammad Rudi", "Kepala BP Batam"),
        ("Suryadi", "pengamat transportasi Universitas Internasional Batam"),
        ("Suryadi", "pengamat transportasi Universitas Internasional Batam"),
    ]


def test_english_offices_with_fields_and_a_member_of_an_organisation() -> None:
    """ "…," Coordinating Minister for Human Development and Culture Muhadjir Effendy said: the
    office's "and" joins its fields (no clause), the name is the last two words; "economist
    Bhima Yudhistira of the Center of Economic and Law Studies (Celios) said …" is Bhima's, and
    so is the next "he said"."""
    paragraphs = [
        (
            '"The first phase will cover July to September," Coordinating Minister for Human'
            " Development and Culture Muhadjir Effendy said here on Monday."
        ),
        '"We have prepared 640 thousand tons of rice," Bulog President Director Budi Waseso said.',
        (
            "Meanwhile, economist Bhima Yudhistira of the Center of Economic and Law Studies"
            " (Celios) said the program should be better targeted."
        ),
        '"Many poor families are still not registered," he said.',
    ]
    assert [(q["kind"], q["speaker"]) for q in extract_quotes(paragraphs)] == [
        ("direct", "Muhadjir Effendy"),
        ("direct", "Budi Waseso"),
        ("indirect", "Bhima Yudhistira"),
        ("direct", "Bhima Yudhistira"),
    ]
    assert extract_quotes(paragraphs)[0]["speaker_role"] == (
        "Coordinating Minister for Human Development and Culture"
    )


def test_a_club_is_no_name_after_an_office() -> None:
    paragraphs = [
        "Manajer Arema FC, Wiebie Dwi Andriyas, mengatakan pelatih baru tiba pekan depan.",
        "“Kontraknya satu musim,” kata Wiebie.",
    ]
    assert {q["speaker_role"] for q in extract_quotes(paragraphs)} == {"Manajer Arema FC"}


def test_who_accompanies_the_subject_and_a_degree_after_the_name() -> None:
    """ "Kapolres X didampingi Kasat Reskrim Y mengatakan, …": X speaks and stays in focus;
    "Dosen pembimbingnya, Prof. Dr. Siti Nurjanah, M.Sc., menyebut …": the degree between the
    name and the verb is no subject."""
    paragraphs = [
        (
            "Kapolres Tulang Bawang AKBP Jibrael Bata Awi didampingi Kasat Reskrim AKP Andre Try"
            " Putra mengatakan, pelaku pembunuhan sudah ditangkap."
        ),
        "“Pelaku ditangkap di Palembang,” ujarnya.",
        (
            "Dosen pembimbingnya, Prof. Dr. Siti Nurjanah, M.Sc., menyebut Yosias mahasiswa yang"
            " gigih."
        ),
    ]
    assert [(q["kind"], q["speaker"]) for q in extract_quotes(paragraphs)] == [
        ("indirect", "Jibrael Bata Awi"),
        ("direct", "Jibrael Bata Awi"),
        ("indirect", "Siti Nurjanah"),
    ]


def test_a_quote_after_a_sentence_with_its_own_cue_is_not_joined_to_the_one_before() -> None:
    paragraphs = [
        "Bupati Pesawaran Dendi Ramadhona meninjau lokasi.",
        (
            '"Jalan ini harus selesai sebelum Lebaran," kata Dendi. Ia menambahkan, "Kontraktor'
            ' yang lalai akan kami putus kontraknya."'
        ),
        '"Tidak ada penundaan," tegasnya, "semua sesuai jadwal."',
    ]
    assert [q["text"] for q in extract_quotes(paragraphs)] == [
        "Jalan ini harus selesai sebelum Lebaran",
        "Kontraktor yang lalai akan kami putus kontraknya.",
        "Tidak ada penundaan, semua sesuai jadwal.",
    ]


def test_an_office_held_at_a_place_after_a_cue_and_the_name_after_it() -> None:
    """ "kata Konsul Jenderal RI di Chicago Meri Binsar Simorangkir": the place goes with the
    office when a name the article uses alone follows it; "ujar Kapolres di Mapolres Metro"
    says where it was said."""
    paragraphs = [
        '"Kami siap," kata Konsul Jenderal RI di Chicago Meri Binsar Simorangkir.',
        '"Produk kita diminati," ujar Meri.',
        "Kapolres Metro AKBP Heri Sulistyo Nugroho meninjau lokasi.",
        '"Kami siap siaga," ujar Kapolres di Mapolres Metro.',
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Meri Binsar Simorangkir", "Konsul Jenderal RI di Chicago"),
        ("Meri Binsar Simorangkir", "Konsul Jenderal RI di Chicago"),
        ("Heri Sulistyo Nugroho", "Kapolres Metro"),
    ]


def test_a_passive_opening_names_the_person_after_the_office_comma() -> None:
    paragraphs = [
        "Ditegaskan oleh Kepala Dinas BMBK Lampung, M Taufiqullah, perbaikan akan dimulai Agustus.",
        "Dijelaskan Taufiqullah, lelang sudah selesai.",
    ]
    assert [(q["speaker"], q["speaker_role"], q["text"]) for q in extract_quotes(paragraphs)] == [
        ("M Taufiqullah", "Kepala Dinas BMBK Lampung", "perbaikan akan dimulai Agustus"),
        ("M Taufiqullah", "Kepala Dinas BMBK Lampung", "lelang sudah selesai"),
    ]


def test_an_adat_title_inside_a_name_does_not_end_the_sentence() -> None:
    """ "Syafrizal Dt. Rajo Mangkuto": the Minangkabau "Dt." (Datuk) is no sentence's end."""
    paragraphs = [
        (
            "Wali Nagari Sungai Pua, Syafrizal Dt. Rajo Mangkuto, mengatakan longsor terjadi"
            " setelah hujan deras."
        ),
        '"Ada tiga titik longsor," kata Syafrizal.',
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Syafrizal Dt Rajo Mangkuto", "Wali Nagari Sungai Pua"),
        ("Syafrizal Dt Rajo Mangkuto", "Wali Nagari Sungai Pua"),
    ]


def test_a_name_keeps_its_lower_case_connector() -> None:
    paragraphs = [
        "Terdakwa Abdullah bin Salim mengaku menyesal atas perbuatannya.",
        '"Saya khilaf," kata Abdullah.',
    ]
    assert [q["speaker"] for q in extract_quotes(paragraphs)] == [
        "Abdullah bin Salim",
        "Abdullah bin Salim",
    ]


def test_english_subject_verb_moves_the_focus_and_a_described_speaker_before_a_colon() -> None:
    """ "Jakarta Governor Heru Budi Hartono inspected …" puts him in focus for "he told …";
    "Siti Rahma, a street vendor, said: “…”" is hers; another Budi ("Budi Santoso") is not given
    the governor's office."""
    paragraphs = [
        "Jakarta Governor Heru Budi Hartono inspected the flood gates on Monday.",
        '"We are ready," he told reporters.',
        '"The pumps work," said Budi Santoso, a resident of Kampung Melayu.',
        'Siti Rahma, a street vendor, said: "I lost everything."',
    ]
    assert [q["speaker"] for q in extract_quotes(paragraphs)][1:] == ["Budi Santoso", "Siti Rahma"]
    assert extract_quotes(paragraphs)[1]["speaker_role"] != "Jakarta Governor"


def test_an_office_is_carried_to_the_fuller_name_not_to_a_namesake() -> None:
    paragraphs = [
        "Menteri Keuangan Sri Mulyani memberikan sejumlah alasan.",
        "Sri Mulyani Indrawati menjelaskan, undang-undang itu dimaksudkan untuk melindungi negara.",
        "Bupati Tangerang Ahmed Zaki Iskandar meminta warga disiplin.",
        "“Pasar paling rawan,” kata Zaki.",
        "Kepala Dinas Kesehatan Budi Hartono mengatakan, kasus baru terus menurun.",
        "Warga lain, Budi Santoso, mengatakan pasar masih ramai.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Sri Mulyani Indrawati", "Menteri Keuangan"),
        ("Ahmed Zaki Iskandar", "Bupati Tangerang"),
        ("Budi Hartono", "Kepala Dinas Kesehatan"),
        ("Budi Santoso", "warga lain"),
    ]


def test_initials_the_article_gives_after_an_office() -> None:
    paragraphs = [
        "Polisi menangkap seorang pria berinisial AH (32) di rumahnya.",
        "Tersangka AH mengatakan uang hasil curian sudah habis dipakai berjudi.",
        '"Saya menyesal," kata AH.',
    ]
    assert [(q["kind"], q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("indirect", "AH", "tersangka"),
        ("direct", "AH", "tersangka"),
    ]


def test_an_office_alone_after_menurut_or_a_cue_is_its_holder_with_the_whole_office() -> None:
    paragraphs = [
        "Kapolsek Natar Kompol Rafli Yusuf Nugraha memimpin penggerebekan itu.",
        "Menurut Kapolsek, pelaku sudah lama diintai petugas.",
        '"Kami masih kembangkan," ujar Kapolsek.',
    ]
    assert [(q["kind"], q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("indirect", "Rafli Yusuf Nugraha", "Kapolsek Natar"),
        ("direct", "Rafli Yusuf Nugraha", "Kapolsek Natar"),
    ]


def test_a_speaker_phrase_goes_over_a_unit_number_and_an_abbreviation_of_acronyms() -> None:
    paragraphs = [
        (
            "“Kesan tersebut berubah total,” kata pengelola Gang Hijau Kota Bambu RT 008 RW 009,"
            " Kelurahan Kota Bambu Selatan, Juriah."
        ),
        (
            "“Ibu-ibu bekerja sama dengan kami,” ujar Manajer Badan Usaha Milik Desa (BUMDes LKM)"
            " Sanawiyah Putri."
        ),
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Juriah", "pengelola Gang Hijau Kota Bambu RT 008 RW 009 Kelurahan Kota Bambu Selatan"),
        ("Sanawiyah Putri", "Manajer Badan Usaha Milik Desa (BUMDes LKM)"),
    ]


def test_a_body_speaks_as_itself_and_leaves_the_person_in_focus() -> None:
    """ "kata Polda Lampung dalam rilisnya": the body (not "Kapolda", an office) is the speaker;
    "Pemprov Jabar meyakini …" is the province's statement, and the next "tuturnya" is still the
    governor's."""
    paragraphs = [
        '"Kami sudah siagakan personel," kata Polda Lampung dalam rilisnya.',
        "Gubernur Jawa Barat Ridwan Kamil menyampaikan bahwa 18 juta masker sudah dibagikan.",
        "Pemprov Jabar meyakini bahwa PSBB dan masker sama-sama efektif menurunkan penularan.",
        "“Kalau tidak mau lockdown ya pakai masker,” tuturnya.",
    ]
    assert [(q["kind"], q["speaker"]) for q in extract_quotes(paragraphs)] == [
        ("direct", "Polda Lampung"),
        ("indirect", "Ridwan Kamil"),
        ("indirect", "Pemprov Jabar"),
        ("direct", "Ridwan Kamil"),
    ]


def test_a_description_with_the_place_the_person_is_at_before_the_name() -> None:
    paragraphs = [
        "Penjual gudeg di Jalan Wijilan, Rina Lestari (45), mengaku omzetnya naik saat libur sekolah.",
        '"Alhamdulillah ramai," kata Mbak Rina.',
    ]
    assert {(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)} == {
        ("Rina Lestari", "penjual gudeg di Jalan Wijilan")
    }


def test_an_office_alone_as_a_subject_moves_the_focus_to_its_holder() -> None:
    paragraphs = [
        "Presiden Joko Widodo meminta daerah berhati-hati melonggarkan PSBB.",
        "Gubernur Jawa Barat Ridwan Kamil menyampaikan bahwa 18 juta masker sudah dibagikan.",
        "“Kalau tidak mau lockdown ya pakai masker,” tuturnya.",
        "Presiden juga kembali mengingatkan pemda agar tidak gegabah.",
        "“Jangan langsung dibuka, ada tahapan-tahapannya,” katanya.",
    ]
    assert direct(paragraphs) == [
        ("Kalau tidak", "Ridwan Kamil"),
        ("Jangan langsung", "Joko Widodo"),
    ]


def test_an_office_with_its_place_as_a_passive_agent_is_its_holder() -> None:
    paragraphs = [
        "Kapolres Lampung Selatan AKBP Yusriandi Yusrin memimpin olah TKP.",
        "Kepala Bidang Humas Polda Lampung Kombes Pol Umi Fadilah Astutik membenarkan kejadian itu.",
        '"Korban sudah dievakuasi," katanya.',
        "Hal itu juga dibenarkan Kapolres Lampung Selatan.",
        '"Pelaku masih diburu," ujarnya.',
    ]
    assert direct(paragraphs) == [
        ("Korban sudah", "Umi Fadilah Astutik"),
        ("Pelaku masih", "Yusriandi Yusrin"),
    ]


def test_a_name_and_its_age_right_before_the_verb_and_no_year_for_an_age() -> None:
    paragraphs = [
        "Seorang saksi mata bernama Joko (40) mengatakan mobil melaju kencang sebelum menabrak.",
        "Buku Covid-19 and Migrant Workers (2020) menyebutkan bahwa pekerja migran paling rentan.",
    ]
    assert indirect(paragraphs) == [("mobil melaju", "Joko")]


def test_what_a_person_is_before_bernama_is_the_role() -> None:
    paragraphs = [
        "Seorang saksi mata bernama Joko (40) mengatakan mobil melaju kencang sebelum menabrak.",
        "Polisi menangkap seorang nelayan bernama Hasanuddin (47).",
        '"Saya tidak tahu itu barang terlarang," ujar Hasanuddin.',
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("Joko", "saksi mata"),
        ("Hasanuddin", "nelayan"),
    ]


def test_an_office_naming_someone_used_alone_still_gives_the_subject_between_commas_its_role() -> (
    None
):
    """ "Kuasa hukum Hanif, M Kamil Pasha, menyatakan …" where the article says "Hanif tidak
    hadir": the office is of Hanif's lawyer, and the name between the commas, the subject of
    the verb, holds it."""
    paragraphs = [
        "Hanif tidak hadir dalam pemeriksaan itu.",
        "Kuasa hukum Hanif, M Kamil Pasha, menyatakan kliennya sedang sakit.",
        "Kuasa hukum Hanif, Budi, dan Cici hadir di persidangan.",
    ]
    assert [(q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)] == [
        ("M Kamil Pasha", "Kuasa hukum Hanif")
    ]


def test_a_body_the_article_speaks_of_as_a_side_is_no_person_in_focus() -> None:
    """ "Pihak Kimia Farma …": an organisation never marked by "PT" or a kind noun does not take
    the focus from the person named before it."""
    paragraphs = [
        "Kepala Dinas Kesehatan DKI Jakarta Ani Ruspitawati mengatakan, stok obat akan diperiksa.",
        "Kimia Farma menyatakan, pasokan obat dari pabrik berjalan normal tanpa kendala.",
        "“Petugas kami turunkan ke apotek,” ujarnya.",
        "Pihak Kimia Farma juga memastikan harga eceran tertinggi tetap berlaku.",
    ]
    got = [(q["kind"], q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)]
    assert got == [
        ("indirect", "Ani Ruspitawati", "Kepala Dinas Kesehatan DKI Jakarta"),
        ("indirect", "Kimia Farma", ""),
        ("direct", "Ani Ruspitawati", "Kepala Dinas Kesehatan DKI Jakarta"),
    ]


def test_a_body_an_office_is_of_is_no_person_in_focus() -> None:
    """ "Direktur Utama Bio Farma Shadiq Akasya" makes "Bio Farma" the body the office is of:
    its statement leaves the focus with the person named before it."""
    paragraphs = [
        "Bio Farma menyiapkan 10 juta dosis vaksin polio untuk imunisasi nasional.",
        "Kepala Dinas Kesehatan Jawa Barat Vini Adiani Dewi mengatakan, vaksinasi dimulai Januari.",
        "Bio Farma menyebut, produksi vaksin sudah berjalan sejak Oktober.",
        "“Sekolah dasar kami dahulukan,” ujarnya.",
        "Direktur Utama Bio Farma Shadiq Akasya sebelumnya menyebut kapasitas pabrik cukup.",
    ]
    got = [(q["kind"], q["speaker"], q["speaker_role"]) for q in extract_quotes(paragraphs)]
    assert got == [
        ("indirect", "Vini Adiani Dewi", "Kepala Dinas Kesehatan Jawa Barat"),
        ("indirect", "Bio Farma", ""),
        ("direct", "Vini Adiani Dewi", "Kepala Dinas Kesehatan Jawa Barat"),
    ]
