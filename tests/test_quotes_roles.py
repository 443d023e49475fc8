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


# --- an address before the name ---------------------------------------------------------------


def test_an_address_with_its_numbers_goes_with_the_description_not_the_name() -> None:
    paragraphs = [
        (
            "Warga Gang Hijau RT 008 RW 02, Sumarni, mengatakan, air mulai masuk rumah sejak"
            " pukul 03.00 WIB."
        ),
        "“Barang-barang sudah kami naikkan ke lantai dua,” ujarnya.",
    ]
    role = "warga Gang Hijau RT 008 RW 02"
    assert attributed(paragraphs) == [
        ("indirect", "Sumarni", role),
        ("direct", "Sumarni", role),
    ]


def test_an_address_inside_the_sentence_with_an_age_after_the_name() -> None:
    paragraphs = [
        "Banjir kembali merendam permukiman warga di Kelurahan Kampung Melayu, Senin.",
        (
            "Salah seorang warga Jalan Jatinegara Barat RT 004 RW 03, Ahmad Fauzi (52), menuturkan,"
            " banjir tahun ini lebih cepat datang."
        ),
        "“Biasanya Februari, sekarang Januari sudah banjir,” katanya.",
    ]
    assert attributed(paragraphs)[-1] == (
        "direct",
        "Ahmad Fauzi",
        "warga Jalan Jatinegara Barat RT 004 RW 03",
    )


# --- people described by what they do ---------------------------------------------------------


def test_seorang_makes_any_noun_a_description_of_the_person() -> None:
    paragraphs = [
        "Ribuan umat memadati pura saat puncak upacara, Rabu.",
        "Seorang tunanetra, Rahmat Hidayat (45), mengaku sudah antre sejak dini hari.",
        "“Kami berangkat pukul dua pagi,” katanya.",
    ]
    assert attributed(paragraphs)[-1] == ("direct", "Rahmat Hidayat", "tunanetra")


def test_an_agent_noun_by_its_shape_opens_the_description_before_a_name() -> None:
    # "pengajar", "penyuluh" are in no word list: pe(N)- and a root, the one who teaches
    paragraphs = [
        (
            "Pengajar ilmu pemerintahan Universitas Sam Ratulangi, Ferry Daud Liando, menilai"
            " pilkada harus disertai inovasi."
        ),
        "“Meminta masyarakat terlibat aktif pun sulit,” kata Ferry.",
        (
            "Sementara itu, penyuluh agama Hindu Kabupaten Karangasem, I Gede Wirawan,"
            " menjelaskan, karya itu digelar setiap tahun."
        ),
        "“Pemedek datang dari seluruh Bali,” jelasnya.",
    ]
    assert [q[1:] for q in attributed(paragraphs) if q[0] == "direct"] == [
        ("Ferry Daud Liando", "pengajar ilmu pemerintahan Universitas Sam Ratulangi"),
        ("I Gede Wirawan", "penyuluh agama Hindu Kabupaten Karangasem"),
    ]


def test_a_capital_city_after_ibu_kota_is_no_ones_role() -> None:
    paragraphs = [
        "Rob Subbaraman, ekonom Nomura, menilai investasi akan mengalir ke Asia Tenggara.",
        "Pabrik itu dibangun di sisi timur ibu kota Hanoi, Vietnam, senilai 1,3 miliar dollar AS.",
        "“Indonesia masih tertinggal,” kata Subbaraman.",
    ]
    assert attributed(paragraphs)[-1][:2] == ("direct", "Rob Subbaraman")


# --- a number inside an office ------------------------------------------------------------------


def test_a_numbered_unit_at_the_start_of_the_sentence_stays_in_the_office() -> None:
    paragraphs = [
        (
            "Manajer Humas KAI Daop 4 Semarang Franoto Wibowo menuturkan, petugas berjaga 24 jam"
            " di titik rawan banjir."
        ),
        "“Petugas kami siagakan di lintas Gubug-Karangjati,” jelasnya.",
        "Ketua RT 05 Kelurahan Way Halim Sutrisno meninjau jalan yang rusak parah.",
        "“Kami sudah lapor ke kelurahan,” kata Sutrisno.",
    ]
    assert [q[1:] for q in attributed(paragraphs) if q[0] == "direct"] == [
        ("Franoto Wibowo", "Manajer Humas KAI Daop 4 Semarang"),
        ("Sutrisno", "Ketua RT 05 Kelurahan Way Halim"),
    ]


def test_a_number_after_a_persons_office_opens_a_companys_name() -> None:
    paragraphs = [
        "CEO 99 Group Indonesia Chong Ming Hwee memprediksi pasar properti membaik tahun depan.",
        "“Pencarian hunian melalui portal masih sangat tinggi,” katanya.",
    ]
    assert attributed(paragraphs)[-1][:2] == ("direct", "Chong Ming Hwee")


# --- a place the article names, between an office and a name ------------------------------------


def test_a_place_the_article_names_elsewhere_ends_the_office_before_the_name() -> None:
    paragraphs = [
        "Banjir merendam permukiman di Kelurahan Kampung Melayu, Jatinegara, Senin.",
        "Lurah Kampung Melayu Kusmanto menyebut, pihak kelurahan telah mendirikan dapur umum.",
        "“Kami siapkan makanan tiga kali sehari,” ujarnya.",
    ]
    assert attributed(paragraphs)[-1] == ("direct", "Kusmanto", "Lurah Kampung Melayu")


def test_a_place_word_run_into_a_name_names_no_place() -> None:
    paragraphs = [
        "Gempa bermagnitudo 4,8 mengguncang Kabupaten Cianjur, Kamis dini hari.",
        (
            "Kepala Pelaksana BPBD Kabupaten Cianjur Asep Sukma Wijaya mengatakan tidak ada korban"
            " jiwa dalam kejadian tersebut."
        ),
        "“Warga sempat berhamburan keluar rumah,” ujarnya.",
    ]
    assert attributed(paragraphs)[-1][:2] == ("direct", "Asep Sukma Wijaya")


# --- an organisation as the subject --------------------------------------------------------------


def test_a_company_named_by_its_legal_name_elsewhere_speaks_as_itself() -> None:
    paragraphs = [
        "Sementara itu, PT Jasa Marga (Persero) Tbk mengalihkan kendaraan logistik ke jalan tol.",
        "Wali Kota Balikpapan Rahmad Masud meminta warga tidak panik membeli BBM.",
        "Jasa Marga menyebut, ruas tol Balikpapan-Samarinda dibuka 24 jam selama masa darurat.",
        "“Stok sebenarnya ada, hanya distribusi yang terlambat,” kata dia.",
    ]
    assert attributed(paragraphs) == [
        ("indirect", "Jasa Marga", ""),
        ("direct", "Rahmad Masud", "Wali Kota Balikpapan"),
    ]


def test_the_company_an_office_is_held_at_takes_no_persons_focus() -> None:
    paragraphs = [
        (
            "Area Manager Communication PT Pertamina Patra Niaga Regional Kalimantan Edi Mangun"
            " mengatakan, pasokan terlambat karena cuaca buruk."
        ),
        "“Kapal tanker tertahan dua hari,” kata Edi.",
        "Pertamina Patra Niaga menyatakan, pasokan akan kembali normal pada Rabu.",
        "“Kami tambah armada mobil tangki dari Samarinda,” ujarnya.",
    ]
    assert [q[:2] for q in attributed(paragraphs)] == [
        ("indirect", "Edi Mangun"),
        ("direct", "Edi Mangun"),
        ("indirect", "Pertamina Patra Niaga"),
        ("direct", "Edi Mangun"),
    ]


def test_a_company_before_its_directors_name_ends_where_the_article_ends_it() -> None:
    paragraphs = [
        "PT Jasa Marga (Persero) Tbk menutup sementara gerbang tol Samarinda.",
        "Direktur Utama Jasa Marga Subakti Syukur mengatakan, penutupan berlangsung dua hari.",
        "“Kami minta pengguna jalan bersabar,” katanya.",
    ]
    assert attributed(paragraphs)[-1] == ("direct", "Subakti Syukur", "Direktur Utama Jasa Marga")


def test_the_unit_an_address_numbers_is_no_name_after_a_cue() -> None:
    paragraphs = [
        "“Air masuk rumah sejak subuh,” ujar warga Gang Hijau RT 008 RW 02, Sumarni.",
        "Menurut warga Gang Melati RT 003 RW 05, Rohani, air surut menjelang siang hari.",
    ]
    assert attributed(paragraphs) == [
        ("direct", "Sumarni", "warga Gang Hijau RT 008 RW 02"),
        ("indirect", "Rohani", "warga Gang Melati RT 003 RW 05"),
    ]


def test_a_name_before_warga_and_an_address_is_a_persons() -> None:
    paragraphs = [
        "Sumarni, warga Gang Hijau RT 008 RW 02, mengatakan, air mulai masuk rumah sejak subuh.",
        "“Barang-barang sudah kami naikkan,” ujarnya.",
    ]
    assert [q[:2] for q in attributed(paragraphs)] == [
        ("indirect", "Sumarni"),
        ("direct", "Sumarni"),
    ]


# --- village offices of the regions; clubs ------------------------------------------------------


def test_the_village_offices_of_the_regions_take_their_place_before_the_name() -> None:
    paragraphs = [
        "Wali Nagari Kapuh Syafrizal menyebut, sedikitnya 80 rumah di nagarinya terendam lumpur.",
        "“Warga kami butuh air bersih,” kata Syafrizal.",
        "Keuchik Gampong Lamteuba Zulkifli Ahmad mengatakan, jembatan desa putus diterjang banjir.",
        "“Anak-anak tidak bisa ke sekolah,” ujarnya.",
        "Kepala Pekon Sukamaju Heri Susanto mengaku sudah melapor ke kecamatan.",
        "“Kami tunggu bantuan alat berat,” katanya.",
    ]
    assert [q[1:] for q in attributed(paragraphs) if q[0] == "direct"] == [
        ("Syafrizal", "Wali Nagari Kapuh"),
        ("Zulkifli Ahmad", "Keuchik Gampong Lamteuba"),
        ("Heri Susanto", "Kepala Pekon Sukamaju"),
    ]


def test_a_club_is_no_person_to_speak_a_statement() -> None:
    paragraphs = [
        "Persib Bandung menelan kekalahan 0-2 dari Borneo FC di kandang sendiri, Sabtu.",
        "Pelatih Persib Bojan Hodak mengakui timnya bermain di bawah performa.",
        "“Kami kehilangan banyak bola di lini tengah,” kata Bojan.",
        "Manajemen Persib menyatakan akan mengevaluasi hasil pertandingan.",
    ]
    assert [q[:2] for q in attributed(paragraphs)] == [("direct", "Bojan Hodak")]


def test_the_place_a_units_office_ends_with_is_no_person() -> None:
    paragraphs = [
        "PALEMBANG, TRIBUNSUMSEL.COM - Api menghanguskan lima rumah di Kelurahan 1 Ilir, Rabu.",
        "Camat Ilir Timur II Sri Hartati menuturkan, para korban ditampung di rumah kerabat.",
        "“Bantuan dari kecamatan sudah kami salurkan,” ujarnya.",
        "PT PLN (Persero) UP3 Palembang menyatakan, aliran listrik di sekitar lokasi dipadamkan.",
        "“Untuk keamanan, kami padamkan sementara,” kata dia.",
    ]
    assert "Palembang" not in [q[1] for q in attributed(paragraphs)]


def test_a_trade_and_its_field_before_a_one_word_name_is_the_role() -> None:
    # "pertanian", "terorisme" have the shape of ter-/per- verbs and are nouns of a field
    paragraphs = [
        "Pengamat pertanian Khudori menilai, harga beras sulit turun dalam waktu dekat.",
        "“Stok pemerintah terlalu tipis,” kata Khudori.",
        "Pengamat terorisme Al Chaidar menyebut, jaringan itu sudah lama terpantau.",
        "“Mereka sel tidur,” kata Al Chaidar.",
    ]
    assert [q[1:] for q in attributed(paragraphs) if q[0] == "direct"] == [
        ("Khudori", "pengamat pertanian"),
        ("Al Chaidar", "pengamat terorisme"),
    ]


def test_bernama_ends_the_description_before_the_name() -> None:
    paragraphs = [
        "Seorang nelayan bernama Hasanuddin (47) menemukan bangkai paus di pantai, Senin.",
        "“Saya kaget sekali, jaringnya sampai robek semua,” katanya.",
    ]
    assert attributed(paragraphs)[-1] == ("direct", "Hasanuddin", "nelayan")


def test_an_indirect_statement_keeps_the_whole_office_its_subject_ends() -> None:
    # the subject before "mengatakan" is read from "Institute" on ("for" is no capital)
    paragraphs = [
        (
            "Direktur Eksekutif Institute for Development of Economics and Finance (Indef) Tauhid"
            " Ahmad mengatakan, survei itu menunjukkan masyarakat belum optimistis."
        ),
    ]
    role = "Direktur Eksekutif Institute for Development of Economics and Finance (Indef)"
    assert attributed(paragraphs) == [("indirect", "Tauhid Ahmad", role)]


def test_a_rank_between_the_offices_comma_and_the_name_leaves_the_office_to_the_name() -> None:
    paragraphs = [
        (
            "Kepala Kepolisian Sektor Mampang Prapatan, Komisaris Sujarwo, menyampaikan polisi"
            " datang bersama personel TNI ke rumah tersebut."
        ),
        "“Kalau menyimak foto yang viral, itu sebenarnya sedikit yang datang,” ujar Sujarwo.",
    ]
    quote = extract_quotes(paragraphs)[-1]
    assert (quote["speaker"], quote["speaker_role"]) == (
        "Sujarwo",
        "Kepala Kepolisian Sektor Mampang Prapatan",
    )


def test_an_organisation_used_alone_as_a_subject_is_no_first_name() -> None:
    # "Gusdurian" is used alone before a verb (as a name would be) but never after a cue, and
    # it heads another name of the article ("Gusdurian Peduli"); "kata Alissa" is after one
    paragraphs = [
        "Adapun Gusdurian Peduli menggalang bantuan lewat jaringan relawan di daerah.",
        (
            "Koordinator Nasional Jaringan Gusdurian Alissa Wahid mengatakan, solidaritas warga"
            " jadi pengingat persatuan."
        ),
        "“Tantangan bersama bisa dihadapi bersama,” kata Alissa.",
        "Alissa menyarankan pemerintah melibatkan masyarakat sipil.",
    ]
    assert [q[1] for q in attributed(paragraphs)] == ["Alissa Wahid", "Alissa Wahid"]


def test_a_company_named_again_after_pt_is_no_word_of_the_name() -> None:
    paragraphs = [
        (
            "“Kami berkomitmen menyelamatkan penyu,” kata General Manager Pertamina Marketing"
            " Operation Region IV PT Pertamina Sylvia Grace Yuvenna."
        ),
    ]
    assert attributed(paragraphs) == [
        (
            "direct",
            "Sylvia Grace Yuvenna",
            "General Manager Pertamina Marketing Operation Region IV PT Pertamina",
        )
    ]


def test_an_office_closed_by_its_abbreviation_before_the_names_comma() -> None:
    paragraphs = [
        (
            "Anggota Komisi Pemilihan Umum (KPU), Evi Novida Ginting Manik, dihubungi dari Jakarta,"
            " Selasa, mengatakan, audit dana kampanye telah selesai."
        ),
        "“Hasil audit sudah dipublikasikan,” kata Evi.",
    ]
    assert attributed(paragraphs)[-1] == (
        "direct",
        "Evi Novida Ginting Manik",
        "Anggota Komisi Pemilihan Umum (KPU)",
    )


def test_to_inside_an_english_name_goes_on_with_the_office() -> None:
    paragraphs = [
        "Co-Founder Komunitas Bike to Work (B2W) Toto Sugito meninjau jalur sepeda di Sudirman.",
        "“Gunakan masker yang baik saat bersepeda,” kata Toto.",
    ]
    assert attributed(paragraphs) == [
        ("direct", "Toto Sugito", "Co-Founder Komunitas Bike to Work (B2W)"),
    ]


def test_the_one_word_name_of_a_bank_before_a_persons_name_is_the_banks() -> None:
    paragraphs = [
        (
            "Kepala Ekonom Bank Permata Josua Pardede memperkirakan bank sentral baru memangkas"
            " suku bunga pada Juni."
        ),
        "“Tergantung arah kebijakan The Fed,” tuturnya.",
        "Kader Partai Golkar Surabaya, Arif Fathoni, berpendapat serupa.",
        "“Harus ada kajian dulu,” ujar Arif.",
    ]
    assert [q[1:] for q in attributed(paragraphs) if q[0] == "direct"] == [
        ("Josua Pardede", "Kepala Ekonom Bank Permata"),
        ("Arif Fathoni", "kader Partai Golkar Surabaya"),
    ]


def test_a_name_after_a_noun_for_a_kind_of_organisation_is_no_person() -> None:
    paragraphs = [
        "Kapolres Garut AKBP Rohman Yonky Dilatha meninjau lokasi banjir, Senin.",
        "Sebelumnya, maskapai Garuda Indonesia membatalkan dua penerbangan dari Bandung.",
        "Garuda Indonesia menyatakan, penumpang bisa menjadwal ulang tiket tanpa biaya.",
        "Menurut Garuda Indonesia, cuaca buruk membuat pesawat tidak bisa mendarat.",
        "“Kami sudah koordinasi dengan semua pihak,” katanya.",
    ]
    assert [q[:2] for q in attributed(paragraphs)] == [
        ("indirect", "Garuda Indonesia"),
        ("direct", "Rohman Yonky Dilatha"),
    ]


def test_an_organisation_named_after_its_kind_is_no_first_name_after_an_office() -> None:
    paragraphs = [
        "Program itu digelar perusahaan Gojek Xcelerate bersama sejumlah rintisan lokal.",
        "“Penting bagi kita untuk berkolaborasi,” kata Ketua Gojek Xcelerate Yoanita Simanjuntak.",
    ]
    assert attributed(paragraphs) == [
        ("direct", "Yoanita Simanjuntak", "Ketua Gojek Xcelerate"),
    ]


def test_a_baptismal_first_name_after_an_offices_place_stays_with_the_name() -> None:
    paragraphs = [
        "Bupati Sikka Fransiskus Roberto Diogo menetapkan status kejadian luar biasa (KLB).",
        "“Dengan status KLB, anggaran bisa segera digunakan,” kata Roberto.",
    ]
    assert attributed(paragraphs) == [
        ("direct", "Fransiskus Roberto Diogo", "Bupati Sikka"),
    ]


def test_the_agent_of_a_passive_named_after_a_description_and_its_comma() -> None:
    paragraphs = [
        "Lurah Kampung Melayu Kusmanto meninjau lokasi banjir, Senin.",
        "Hal itu dibenarkan warga Gang Hijau RT 008 RW 02, Sumarni.",
        "“Air masuk rumah sejak subuh,” ujarnya.",
        "Pendapat senada dikatakan aktivis lingkungan Jakarta, Rudi Hartono.",
        "Ia mengatakan, banjir terjadi karena sungai makin dangkal.",
    ]
    assert [q[:2] for q in attributed(paragraphs)] == [
        ("direct", "Sumarni"),
        ("indirect", "Rudi Hartono"),
    ]


# --- a description in no list before a name with its age ------------------------------------


def test_a_word_before_a_name_with_its_age_describes_the_person() -> None:
    paragraphs = [
        "Ribuan bobotoh memadati stadion untuk menyaksikan laga Persib.",
        "“Kami datang sejak siang supaya dapat tempat,” kata Bobotoh, Asep (35), di stadion.",
        "“Tiketnya habis dalam sehari,” ujarnya.",
    ]
    assert attributed(paragraphs) == [
        ("direct", "Asep", "Bobotoh"),
        ("direct", "Asep", "Bobotoh"),
    ]


# --- a company's unit with a number -----------------------------------------------------------


def test_a_company_unit_with_a_number_still_speaks() -> None:
    paragraphs = [
        "Pemadaman listrik bergilir melanda sebagian wilayah Kota Palembang sejak Rabu malam.",
        "PT PLN UP3 Palembang menyatakan, pemadaman terjadi karena gangguan pada gardu induk.",
        "Warga mengeluhkan pemadaman yang berlangsung lebih dari enam jam.",
    ]
    assert attributed(paragraphs) == [("indirect", "PLN UP3 Palembang", "")]


# --- a company's name running into its officer's -------------------------------------------


def test_a_company_name_after_pt_ends_before_its_officer_named_once() -> None:
    paragraphs = [
        "Sebuah perusahaan pengembang menyerahkan bantuan sembako kepada warga terdampak banjir.",
        "“Bantuan ini wujud kepedulian kami,” kata Direktur Utama PT Maju Jaya Budi Santoso.",
        (
            "Direktur PT Sinar Abadi Makmur Hendra Gunawan mengatakan, gudang masih menyimpan"
            " 2.000 ton beras."
        ),
    ]
    assert attributed(paragraphs) == [
        ("direct", "Budi Santoso", "Direktur Utama PT Maju Jaya"),
        ("indirect", "Hendra Gunawan", "Direktur PT Sinar Abadi Makmur"),
    ]


# --- a body the article names alone, inside an office --------------------------------------


def test_a_body_named_alone_elsewhere_ends_the_office_before_the_name() -> None:
    paragraphs = [
        "Bio Farma menyiapkan 10 juta dosis vaksin polio untuk program imunisasi nasional.",
        (
            "Direktur Utama Bio Farma Shadiq Akasya mengatakan, produksi vaksin sudah berjalan"
            " sejak Oktober."
        ),
        "“Semua vaksin sudah lolos uji mutu,” ujarnya.",
    ]
    assert attributed(paragraphs) == [
        ("indirect", "Shadiq Akasya", "Direktur Utama Bio Farma"),
        ("direct", "Shadiq Akasya", "Direktur Utama Bio Farma"),
    ]


def test_a_shortened_name_after_a_rank_still_opens_the_full_name() -> None:
    paragraphs = [
        "Kabid Humas Polda Metro Jaya Kombes Pol Ade Ary Syam Indradi mengatakan, jalan ditutup.",
        "Ade Ary mengatakan, warga dapat menghubungi nomor darurat jika melihat hal mencurigakan.",
    ]
    assert attributed(paragraphs)[0] == (
        "indirect",
        "Ade Ary Syam Indradi",
        "Kabid Humas Polda Metro Jaya",
    )


def test_a_word_opening_the_sentence_before_a_name_with_its_age_is_the_role() -> None:
    paragraphs = [
        "Ribuan bobotoh memadati stadion sejak siang.",
        "Bobotoh, Asep (35), mengatakan ia sudah antre tiket sejak pagi.",
        "“Kami ingin tim menang,” kata Asep.",
    ]
    assert attributed(paragraphs) == [
        ("indirect", "Asep", "bobotoh"),
        ("direct", "Asep", "bobotoh"),
    ]


def test_an_adverb_before_a_name_with_its_age_is_no_role() -> None:
    paragraphs = [
        "Harga cabai rawit di Pasar Sleman naik dua kali lipat dalam sepekan.",
        "Akibatnya, Rina (33), mengatakan ia beralih ke cabai kering.",
        "Namun, Asep (35), mengatakan pembeli tetap ramai.",
    ]
    assert attributed(paragraphs) == [("indirect", "Rina", ""), ("indirect", "Asep", "")]
