"""Direct quotations and their speakers in Indonesian news text.

Rule-based on purpose: the attribution grammar of Indonesian news is narrow
(`"…," kata X`, `"…," ujarnya`, `X mengatakan, "…"`) and a rule can say "no
speaker" where a model would guess. Speaker resolution keeps one piece of state,
the *focus*: the person most recently named as a sentence subject or as a
speaker. `-nya`, ia/dia/beliau and "politisi itu" resolve to it; a short name
resolves to the fullest form of that name in the article.

Long office titles ("Kepala Dinas Perindustrian dan Perdagangan Provinsi Lampung
Yusuf Kohar") are peeled word by word: office nouns, ranks, places after a place-taking
office, numbers and acronyms are role; the person is the name left at the end, cut
further where the article itself uses the rest as a place or uses the name alone.

Everything the rules know about the language (cue verbs, titles, ranks, role
words, office nouns, places that roles take) is data in the tuples below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsbot.record import Quote

# --- vocabulary ---------------------------------------------------------------------------


def _vocab(words: str) -> tuple[str, ...]:
    """A word list written as running text, one tuple element per word."""
    return tuple(words.split())


# Reporting verbs after a quote ("…," kata X); each also occurs with -nya ("katanya").
CUE_LEMMAS = _vocab(
    """
    kata ujar ucap tutur ungkap jelas papar tegas imbuh tambah lanjut terang sebut tandas
    tukas pungkas kilah aku seru bilang cetus timpal tanya tulis harap pesan tutup jawab
    pinta saran komentar sahut kenang ajak imbau katakan urai beber sambung celetuk keluh
    ceritanya akui yakin nilai balas sanggah bantah kelakar canda sindir tepis
"""
)
# Prefixed reporting verbs, used before a quote (X mengatakan, "…") or after it.
CUE_VERBS = _vocab(
    """
    mengatakan menjelaskan menuturkan mengungkapkan menegaskan menyampaikan menambahkan
    menyebutkan menyebut melanjutkan menerangkan memaparkan mengucapkan berkata bertanya
    menulis menuliskan mengaku mengakui menilai mengimbau mengajak meminta berharap
    mengharapkan bercerita menceritakan menandaskan memungkasi menukas menjawab berpesan
    mengingatkan menyatakan berujar berucap bertutur berkomentar mencontohkan menanggapi
    mengungkap membeberkan menyebutkan
"""
)
# Reporting verbs of English-language Indonesian portals ("…," said X / X told / he added).
ENGLISH_CUES = _vocab(
    """
    said says told tells added adds explained explains stated states noted notes asked
    wrote writes stressed emphasized emphasised continued remarked replied recalled argued
    claimed insisted warned urged concluded commented affirmed confirmed acknowledged
    admitted revealed announced declared
"""
)
PRONOUNS = ("ia", "dia", "beliau", "dirinya", "he", "she")
# Words after a reporting verb that open reported (indirect) speech: "X mengatakan bahwa …".
COMPLEMENTISERS = ("bahwa", "that")
# Words that introduce a person's name or initials ("nelayan bernama Hasanuddin (47)").
INTRODUCERS = ("bernama", "berinisial", "inisial", "yakni", "yaitu")
# "Tgk H Muhammad Amin atau Abu Tumin": a second name for the person just named.
ALIAS_WORDS = ("atau", "alias")
# Words that introduce what a statement is, e.g. `demikian pernyataan tim X`.
STATEMENT_NOUNS = ("pernyataan", "keterangan", "penjelasan", "ungkapan", "kata", "tulisan")

# Honorifics and academic titles stripped off a name (they go to speaker_role).
TITLES = _vocab(
    """
    dr dr. Dr Dr. drg Prof Prof. Ir Ir. Drs Drs. Dra H H. Hj Hj. KH K.H. Pak Bu Ibu Bapak
    Mas Mbak Bang Kak Sang sang Syekh Habib Ustaz Ustadz Tuan Nyonya Mr Mr. Mrs Ms Sdr
    Saudara Cak Kang Teh Uda Opa Oma Tgk Teungku Tgk. Gus Romo Pastor Pendeta Kiai Kyai
    Haji Hajah Hajjah
"""
)
# Police and military ranks.
RANKS = _vocab(
    """
    Jenderal Jendral Komjen Irjen Brigjen Kombes Kombespol AKBP AKP Kompol Iptu Ipda Aiptu
    Aipda Bripka Brigpol Briptu Bripda Pol Pol. Marsekal Laksamana Mayjen Letjen Kolonel
    Letkol Mayor Kapten Lettu Letda Serka Serma Sertu Pelda Kopda Praka Prada Marsda Marsma
    Laksda Laksma Inf Kav Arm Czi Cpl Brigadir Bharada
"""
)
# Words that make up roles and offices ("Kepala Bidang Humas Polda …").
ROLE_WORDS = _vocab(
    """
    Presiden Wakil Wapres Menteri Menko Wamen Mendagri Menkeu Menkes Mendikbud
    Mendikbudristek Menpan Menhan Menlu Menkominfo Menag Menparekraf Mentan Mensos Menaker
    Menpora Menkumham Menkopolhukam Polhukam Perekonomian Marves PMK Gubernur Wagub Bupati Wabup Walikota Wali Kota Wawali
    Camat Lurah Kades Kepala Kalaksa Kalak Kabid Kasi Kasubag Kasubbag Kabag Kasat Kasatreskrim
    Kasatlantas Kasubdit Dirreskrimum Dirreskrimsus Dirlantas Direktur Dirut Kapolri Kapolda
    Kapolres Kapolresta Kapolrestabes Kapolsek Wakapolri Wakapolda Wakapolres Kabidhumas
    Kadiv Kasubbid Kanit Panit Kajari Kajati Kapuspen Kapendam Pangdam Danrem Dandim
    Danramil Pangkostrad Panglima Ketua Ketum Waketum Sekjen Sekretaris Sekda Bendahara Juru
    Bicara Jubir Anggota Pengamat Peneliti Ekonom Manajer Manager Komisaris Pendiri CEO
    Founder Kuasa Hukum Pengacara Dosen Guru Rektor Dekan Staf Ahli Humas Reskrim Satreskrim
    Ditreskrimum Ditreskrimsus Renakta Dinas Badan Bidang Divisi Biro Bagian Seksi Urusan
    Umum Kantor Kementerian Komisi Dewan Pembina Pengurus Pusat Penghubung Pimpinan Partai
    Polri Polda Polres Polresta Polrestabes Polsek Pemkot Pemkab Pemprov Satgas Tim
    Koordinator Plt Plt. Pj Pjs Plh Deputi Asisten Inspektur Kabareskrim Kadis Kadisdik
    Kadinkes Kasatpol Presdir Wadir Wakasat Kabiro Karo Kabag Kapusdatin Kepolisian
    Kejaksaan Kejari Kejati Pengadilan Negeri Tinggi Hakim Jaksa Penyidik Ustazah Politisi
    Politikus Kader Calon Cagub Cawagub Capres Cawapres Legislator Senator Duta Besar Dubes
    Konsul Pelatih Kapten Pemain Artis Aktris Aktor Penyanyi Presenter Komedian Selebgram
    Youtuber Dokter Perawat Bidan Petugas Sutradara Produser Penulis Sastrawan Pedagang
    Nelayan Petani Pemilik Pengusaha Sopir Pengemudi Atlet Pebulu Pesepak Pegolf Wasit
    Kiper Bek Gelandang Penyerang Striker Pemerhati Aktivis Relawan Saksi Korban Tersangka
    Terdakwa Pelapor Direksi Manajemen Kadisdukcapil Kalapas Karutan
    Kakanwil Kanwil Kabupaten Provinsi Kecamatan Desa Kelurahan Staf Khusus Utama Eksekutif
    Operasional Keuangan Pemasaran Kesehatan Pendidikan Perhubungan Sosial Pariwisata
    Kominfo Bappeda Kemenkes Kemenkeu Kemendagri Sekolah Puskesmas Rumah Sakit Yayasan
    Lembaga Perusahaan Universitas Fakultas Institut Program Studi Kampus Koperasi
    Departemen Kepala Pelaksana Harian Perwakilan Wilayah Cabang Daerah Regional Kapusdatin
"""
)
# Nouns of offices, agencies and organisations that make long titles ("Kepala Dinas Lingkungan
# Hidup dan Kebersihan", "Kepala Stasiun Meteorologi Maritim", "Ketua Panitia"): never a name.
OFFICE_WORDS = _vocab(
    """
    Perkebunan Perdagangan Perindustrian Pertanian Peternakan Perikanan Kelautan Kehutanan
    Lingkungan Hidup Kebersihan Pertamanan Pekerjaan Penataan Ruang Perumahan Permukiman
    Kawasan Kependudukan Pencatatan Sipil Pemuda Olahraga Kebudayaan Ketahanan Pangan
    Tenaga Kerja Transmigrasi Ketenagakerjaan Usaha Mikro Kecil Menengah Penanaman Modal
    Pelayanan Terpadu Pintu Penanggulangan Bencana Pemadam Kebakaran Penyelamatan Komunikasi
    Informatika Informasi Statistik Persandian Pemberdayaan Perempuan Perlindungan Keluarga
    Berencana Pengendalian Penduduk Kearsipan Perpustakaan Pendapatan Pengelolaan Aset
    Kepegawaian Pengembangan Sumber Manusia Perencanaan Pembangunan Penelitian Inspektorat
    Pengawasan Pengawas Pemilu Pemilihan Kesatuan Bangsa Politik Pamong Praja Lalu Lintas
    Angkutan Pelabuhan Bandara Otoritas Syahbandar Pencarian Pertolongan Stasiun Meteorologi
    Klimatologi Geofisika Maritim Balai Besar Seksi Unit Satuan Satker Pelaksanaan Jalan
    Nasional Panitia Penyelenggara Pengurus Sekretariat Majelis Fraksi Persatuan Gerakan
    Kebangkitan Amanat Keadilan Sejahtera Demokrasi Perjuangan Demokrat Golkar Gerindra
    NasDem Nasdem Hanura Perindo Ekonomi Bisnis Teknik Kedokteran Ilmu Teknologi Kajian
    Survei Riset Asosiasi Himpunan Ikatan Forum Aliansi Koalisi Serikat Pekerja Buruh Kamar
    Dagang Industri Kadin Gabungan Pengusaha Perhimpunan Komunitas Kelompok Organisasi
    Luar
    Negeri Agama Mahkamah Konstitusi Agraria Perhutani Perum Persero Tbk
    Pelaksanaan Pengadaan Barang Jasa Lapas Rutan Pemasyarakatan Imigrasi Bea Cukai Pajak
    Perbendaharaan Kesehatan Hewan Karantina Pengawas Obat Makanan Penyuluh Penyuluhan
    Humas Hubungan Masyarakat Protokol Pers Penerangan Kerja Tugas Koperasi Keamanan
    Ketertiban Perlengkapan Logistik Dokumentasi Publikasi Kurikulum Kesiswaan Akademik
    Kemahasiswaan Pascasarjana Hubungan Internasional Kerja Sama Sumber Daya Air Mineral
    Energi Listrik Migas Perhubungan Penerbangan Laut Darat Udara Kereta Api Transportasi
    Operasi Intelijen Bhabinkamtibmas Lantas Samapta Reserse Kriminal Narkoba Pengamanan
    Obyek Vital Pidana Khusus Perdata Intelkam Propam Binmas Polairud Pengendali Redaksi
    Pemimpin Wartawan Reporter Divre Daop Ulama Polisi Lapangan Mahasiswa Pelajar Pemuda
    Geologi Vulkanologi Mitigasi Konservasi Alam Posko Gabungan Pencegahan Penindakan
    Tindak Korupsi Pengaduan Pemberantasan Penertiban Keselamatan Kecelakaan Pengamatan
"""
)
# Institutions written as one word: part of a role before a name ("Juru bicara Kemlu X"),
# the speaker itself when they are the whole phrase ("tulis Kemlu via Twitter").
INSTITUTIONS = _vocab(
    """
    Kemlu Kemenlu Kemenhub Kemenag Kemendikbud Kemenkumham Kemensos Kemenkop Kemnaker
    Kementan Kemenperin Kemendag Kemenpar Kemenpora Kemenhan Kemenko Kemenpan Kemenparekraf
    Kemenkes Kemenkeu Kemendagri Kemenkominfo Kemendes Kemen Kemenristek Kemensetneg Setneg
    Setkab Bappenas Basarnas Bawaslu Kompolnas Kejagung Bareskrim Mabes
"""
)
# English office and occupation words ("Defender Muhammad Ferarri", "City official Yetti").
ENGLISH_ROLES = _vocab(
    """
    President Vice Minister Deputy Governor Regent Mayor Head Chief Chairman Chairwoman
    Chairperson Director General Secretary Spokesperson Spokesman Spokeswoman Official
    Officer Coach Captain Defender Midfielder Striker Goalkeeper Forward Player Judge
    Prosecutor Lawyer Attorney Police Commissioner Inspector Senior Junior Executive Manager Analyst Economist Researcher Professor Lecturer
    Teacher Principal Student Doctor Nurse Resident Activist Expert Observer Member
    Lawmaker Legislator Senator Commander Colonel Major Lieutenant Sergeant Rector
    Dean Founder Owner Vendor Farmer Fisherman Driver City Provincial Regional National
    Presiding Former Acting Interim
"""
)
# Role words that are also people's names, kept when they end a name ("Jazilul Hakim").
NAME_LIKE_ROLES = ("Hakim", "Utama")
# Provinces and regions: always part of a role when they come before a name.
REGIONS = _vocab(
    """
    Aceh Sumatera Sumut Sumbar Sumsel Riau Jambi Bengkulu Lampung Bangka Belitung Banten
    Jakarta DKI Jawa Jabar Jateng Jatim Yogyakarta DIY Bali Nusa NTB NTT Kalimantan Kalbar
    Kalteng Kalsel Kaltim Kaltara Sulawesi Sulut Sulteng Sulsel Sultra Gorontalo Sulbar
    Maluku Malut Papua Kepri Babel Indonesia RI
"""
)
# Offices that name a place right after them: "Wali Kota Metro", "Kapolres Bitung".
PLACE_HEADS = _vocab(
    """
    Kota Walikota Bupati Wabup Gubernur Wagub Kapolres Kapolresta Kapolrestabes Kapolda
    Kapolsek Polres Polresta Polrestabes Polda Polsek Kajari Kajati Kejari Kejati Dandim
    Danrem Pangdam Kodim Korem Kodam Camat Lurah Kades Pemkot Pemkab Pemprov Kabupaten
    Provinsi Kecamatan Desa Kelurahan DPRD Sekda Kapolrestro Wakapolres Wakapolda Kalapas
    Kakanwil Kanwil Kadis Partai
"""
)
# Cities that sit between an office or a club and a name ("pelatih PSIS Semarang Gilbert
# Agius", "Kepala Kantor SAR Semarang Budiono" keeps Budiono: a name must follow).
CITIES = _vocab(
    """
    Surabaya Makassar Bandung Semarang Medan Palembang Malang Solo Surakarta Tangerang Bekasi
    Bogor Depok Sleman Bantul Kediri Lamongan Gresik Sidoarjo Madiun Jember Pekanbaru Padang
    Jayapura Manado Balikpapan Samarinda Banjarmasin Pontianak Denpasar Mataram Kupang Ambon
    Kendari Palu Batam Cirebon Tasikmalaya Sukabumi Cianjur Karawang Purwakarta Serang Cilegon
    Magelang Klaten Tegal Pekalongan Banyuwangi Probolinggo Pasuruan Mojokerto Blitar Jombang
    Biak Ternate Sorong Merauke Bitung Tarakan Garut Bukittinggi Lhokseumawe Sumedang
"""
)
# Football clubs not shaped "Pers…" ("Persib", "Persija"; see `_is_club`).
CLUBS = _vocab(
    """
    Arema PSM PSIS PSS PSBS PSIM PSMS PSPS Borneo Barito Putera Madura United FC Semen
"""
)
_CLUB = re.compile(r"Pers[aeiou][a-z]+")
# A place name can run on: "Jawa Barat", "Aceh Utara", "DKI Jakarta", "Bandar Lampung".
PLACE_CONTINUATIONS = _vocab(
    """
    Utara Selatan Barat Timur Tengah Tenggara Raya Daya Pusat Jakarta
"""
)
# Words that begin a two-word place name: "Bandar Lampung", "Way Kanan", "Tulang Bawang".
PLACE_PREFIXES = _vocab(
    """
    Bandar Tanjung Pangkal Nusa Kepulauan Daerah Kota Tanah Way Teluk Sungai Muara Pulau
    Gunung Lubuk Kuala Bukit Labuhan Rantau Pematang Tulang Tanjab Tebing Padang Siak
    Sawah Kota Pagar Ogan Musi Banyu Lima
"""
)

# Capitalised words that never start a name (sentence openers, common nouns, calendar words).
NOT_NAMES = _vocab(
    """
    Pemerintah Polisi Petugas Warga Masyarakat Ia Dia Beliau Mereka Kami Kita Saya Aku Ini
    Itu Hal Para Sang Si Pihak Tim Keduanya Selain Sementara Namun Tetapi Tapi Bahkan
    Sebelumnya Kemudian Lalu Saat Ketika Setelah Sebelum Dalam Dari Untuk Dengan Menurut
    Pada Di Ke Bagi Oleh Hingga Sejak Kepada Jika Bila Apabila Meski Meskipun Walaupun
    Karena Sehingga Adapun Yang Sedangkan Selanjutnya Terpisah Akhirnya Baginya Dirinya Pria
    Wanita Perempuan Anak Orang Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari
    Maret April Mei Juni Juli Agustus September Oktober November Desember WIB WITA WIT Kini
    Sebab Maka Juga Apalagi Tak Tidak Sudah Namanya Kasus Angkatan Berita Video Foto Baca
    Advertisement Artinya Yuk Ya Oh Nah Sebanyak Total Berikut Seperti Sebagai Usai Seusai
    Begitu Kalau Netizen Warganet Aparat Keluarga Istri Suami Ayah Ibunya Ayahnya Kakak Adik
"""
)
# Sentence openers that may sit in front of a name ("Supaya Aldi memilih …"): skipped.
FUNCTION_WORDS = _vocab(
    """
    Supaya Agar Padahal Terlebih Tentunya Kedepannya Sejauh Rencananya Sementara Selain
    Namun Tetapi Tapi Bahkan Kemudian Lalu Saat Ketika Setelah Sebelum Kini Maka Apalagi
    Akhirnya Terpisah Sedangkan Adapun Meski Meskipun Walaupun Karena Sehingga Jadi Dan Atau
    Serta Sebelumnya Selanjutnya Pun Juga Hingga The
"""
)
# Words that open people's names and nothing else (not places, not organisations):
# "Menteri Pertanian Andi Amran Sulaiman", later "kata Amran", keeps "Andi".
NAME_OPENERS = _vocab(
    """
    Muhammad Mohammad Muhamad Mohamad Mochamad Mochammad Mohamed Muhammed Moh Moch
    Mokhamad Achmad Ahmad Akhmad Andi Abdul Abd Siti Sitti Nur Noor Sri Raden Teuku Tengku Cut
    Ni Putu Made Komang Ketut Kadek Nyoman Wayan Baiq Daeng
"""
)
NAME_CONNECTORS = _vocab(
    """
    bin binti van von de der den al el da dos
"""
)
# Words allowed between a subject and its verb ("Wahdi juga memasarkan").
AUXILIARIES = _vocab(
    """
    juga pun telah sudah akan sempat enggan masih bahkan memang tidak tak belum lalu
    kemudian segera hanya pernah biasa ingin mau bisa dapat harus langsung tengah sedang
    baru kembali sering selalu lantas sendiri ini itu tersebut lagi pula turut ikut yang
"""
)
# Words that end the speaker phrase after a cue ("kata Eka di Jakarta").
NP_STOPS = _vocab(
    """
    di kepada dalam saat ketika usai seusai seperti sebagaimana dikutip melalui lewat via
    pada sembari sambil sebelum setelah dari lagi kemarin memutus yang dengan terkait soal
    mengenai menanggapi jelang menjelang selepas kala tatkala hari sesaat waktu seraya
    sebelumnya kemudian pula juga pun diketerangan dalam tadi sejak ke untuk atas bersama
    didampingi suatu dan ketika kala begitu mengutip dilansir tentang sebelum
"""
)
DEMONSTRATIVES = ("itu", "ini", "tersebut")
# Lower-case words inside one office title ("Dinas Perindustrian dan Perdagangan").
OFFICE_JOINERS = ("dan", "serta", "&")
# Abbreviations whose period does not end a sentence ("Plt. Kepala Dinas …", "Kab. Bogor").
ABBREVIATIONS = _vocab(
    """
    Plt Plh Pj Pjs Kab Prov Kec Kel Ds Jl No Bpk Sdr Sdri Hj Dr Ir Prof Drs Dra dr drg
    Kol Pol Inf St Ny Tn
"""
)
CALENDAR_WORDS = _vocab(
    """
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli
    agustus september oktober november desember
"""
)
BOILERPLATE_LINE = re.compile(
    r"^\s*(baca (juga|selanjutnya)|lihat juga|simak juga)\b", re.IGNORECASE
)

OPENERS = "“„"
CLOSERS = "”"
MARKS = '"“”„'
_SPACE_BEFORE_OPEN = " \t([{—–-:;,."
_HANDLE = re.compile(r"@\w{2,}")
_WORD = re.compile(r"@\w+|\w(?:[\w'’\-]|\.(?=\w))*\.?|[,;:()\[\]–—-]")
_PUNCT = frozenset(",;:()[]–—-.")
_ACRONYM = re.compile(r"[A-Z0-9]{2,}|[IVX]+")
_DEGREE = re.compile(r"(?:S|M|Sp|Ph|B|D)[A-Za-z]{0,4}(?:\.[A-Za-z]{0,4})*\.?(?:-[A-Z]+)?")
_VERBISH = re.compile(r"(?:me|ber|ter|di|per)[a-z]{3,}")

_CUE_FORMS = frozenset(
    [
        *CUE_LEMMAS,
        *(c + "nya" for c in CUE_LEMMAS),
        *CUE_VERBS,
        *(v + "nya" for v in CUE_VERBS),
        *ENGLISH_CUES,
    ]
)
_ENGLISH_CUES = frozenset(ENGLISH_CUES)
_CUE_NYA = frozenset(
    [*(c + "nya" for c in CUE_LEMMAS), *(v + "nya" for v in CUE_VERBS), "menurutnya"]
)
_NOT_NAMES = frozenset(NOT_NAMES)
_ROLE = (
    frozenset(ROLE_WORDS)
    | frozenset(OFFICE_WORDS)
    | frozenset(INSTITUTIONS)
    | frozenset(RANKS)
    | frozenset(TITLES)
    | frozenset(REGIONS)
    | frozenset(ENGLISH_ROLES)
)
_UNKNOWN = "\x00"  # focus after an attribution to an unnamed person ("ujar petugas")


def extract_quotes(
    paragraphs: list[str], headline: str = "", *, reported: bool = False
) -> list[Quote]:
    """Direct (and `Menurut X,` / `According to X,` indirect) quotations of the body, each
    with its speaker.

    `headline` is only used as extra evidence for full names; quotes in it are not returned.
    `reported=True` also returns reported speech (`X mengatakan bahwa …`, `X said that …`) as
    indirect quotes; off by default while the pipeline's consumers expect the seed's two quotes.
    """
    paras = [" ".join(p.split()) for p in paragraphs]
    article = _Article(paras, headline)
    spans = _find_spans(paras, article.skip)
    return _Resolver(article, reported).run(spans)


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


def _join_split(first: _Span, second: _Span) -> str:
    """`"A," kata X. "B."` → "A, B.": the parts joined by a space, keeping what was printed
    inside the marks of the first part (its comma, question or exclamation mark)."""
    head = " ".join(first.parts).strip().strip(MARKS).strip()
    return _clean_text(head + " " + second.text)


def _clean_text(text: str) -> str:
    text = text.strip().strip(MARKS).strip()
    return text.rstrip(",;:").rstrip()


def _can_open(p: str, i: int) -> bool:
    before = p[i - 1] if i else " "
    after = p[i + 1] if i + 1 < len(p) else " "
    if after.isspace():
        return False
    if p[i] in OPENERS:
        return True
    return before in _SPACE_BEFORE_OPEN or (before in ".,:" and after.isalpha())


def _can_close(p: str, i: int) -> bool:
    before = p[i - 1] if i else " "
    after = p[i + 1] if i + 1 < len(p) else " "
    if p[i] in OPENERS and before.isspace() and after.isalnum():  # “ opening a word
        return False
    return after.isspace() or not after.isalnum() or before in ".,?!"


def _find_spans(paras: list[str], skip: set[int]) -> list[_Span]:
    """Pair quotation marks, letting an unclosed quote run on into the next paragraph."""
    spans: list[_Span] = []
    open_span: _Span | None = None
    for n, p in enumerate(paras):
        if n in skip:
            continue
        i = 0
        if open_span is not None:
            starts_with_mark = bool(p) and p[0] in MARKS
            closes_here = _first_closer(p) is not None
            if starts_with_mark or closes_here:
                i = 1 if starts_with_mark else 0
                open_span.parts.append("")
                seg_start = i
            else:  # unbalanced: end the quote with its paragraph
                open_span.closed = False
                spans.append(open_span)
                open_span = None
        if open_span is None:
            seg_start = 0
        while i < len(p):
            if p[i] in MARKS:
                if open_span is None and _can_open(p, i):
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
            i += 1
        if open_span is not None:
            open_span.parts[-1] = p[seg_start:]
            open_span.end_par, open_span.end = n, len(p)
    if open_span is not None:
        open_span.closed = False
        spans.append(open_span)
    return spans


def _first_closer(p: str) -> int | None:
    """Index of a closing mark that comes before any opening mark (a quote's continuation)."""
    for i, ch in enumerate(p):
        if ch in MARKS:
            if _can_open(p, i) and ch not in CLOSERS:
                return None
            if _can_close(p, i):
                return i
    return None


# --- names and roles ----------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """Words and the punctuation that ends a name run; a sentence-final period is its own token."""
    out: list[str] = []
    for w in _WORD.findall(text):
        if (
            w.endswith(".")
            and len(w) > 1
            and not (_is_initial(w) or w in TITLES or w in RANKS or "." in w[:-1])
            and w[:-1] not in ABBREVIATIONS
        ):
            out += [w[:-1], "."]
        else:
            out.append(w)
    return out


def _is_cap(w: str) -> bool:
    return bool(w) and (w[0].isupper() or w.startswith("@"))


def _is_initial(w: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", w))


def _is_degree(w: str) -> bool:
    return (("." in w.strip(".") or "-" in w) and bool(_DEGREE.fullmatch(w))) or w in (
        "SH",
        "MH",
        "MM",
        "MBA",
        "MSi",
        "SE",
        "ST",
        "SPd",
        "SIP",
        "PhD",
        "SpPD",
        "MKes",
        "MA",
    )


def _is_roleish(w: str) -> bool:
    return w in _ROLE or (bool(_ACRONYM.fullmatch(w)) and not _is_initial(w)) or _is_degree(w)


@dataclass
class _Name:
    name: str
    role: str


@dataclass
class _Evidence:
    """What the whole article says about names (see `_Article`)."""

    bare: set[str] = field(default_factory=set)  # names used on their own ("Wahdi mengatakan")
    entities: frozenset[tuple[str, ...]] = frozenset()  # capitalised runs as they end
    common: frozenset[str] = frozenset()  # words the article also writes in lower case
    organisations: frozenset[str] = frozenset()  # "(Transjakarta)" after "PT Transportasi …"


_NO_EVIDENCE = _Evidence()


def _split_role(words: list[str], ev: _Evidence = _NO_EVIDENCE) -> _Name:
    """Split "Wali Kota Metro Wahdi Siradjudin" into role and name; name '' when none is found.

    Role words, ranks, titles, acronyms and the place an office takes are peeled off the
    front. Then, if a later word is a name the article uses on its own ("Wahdi mengatakan")
    and the words before it are an entity of their own elsewhere ("Seasons City"), the name
    starts at that word.
    """
    words = [w.rstrip(".,") if not _is_initial(w) else w for w in words]
    words = [w for w in words if w and w not in _PUNCT]
    k = 0
    while k < len(words):
        w = words[k]
        # a city or a club between an office and the name ("pelatih Persebaya Surabaya Paul
        # Munster", "kapten Arema FC Dendi"), as long as a name still follows it
        club_or_city = (k > 0 or _is_club(w)) and (_is_club(w) or w in CITIES)
        if (
            _is_roleish(w)
            or w in ev.organisations
            or _has_digit(w)
            or (not _is_cap(w) and w not in NAME_CONNECTORS)
            or (club_or_city and _name_follows(words[k + 1 :]))
        ):
            k += 1
            if (
                w in PLACE_HEADS
                and k < len(words)
                and _is_cap(words[k])
                and not _is_roleish(words[k])
            ):
                if words[k] in PLACE_PREFIXES and k + 1 < len(words):
                    k += 1
                k += 1
                while k < len(words) and words[k] in PLACE_CONTINUATIONS:
                    k += 1
            elif w == "DKI" and k < len(words) and words[k] == "Jakarta":
                k += 1
            while w in REGIONS and k < len(words) and words[k] in PLACE_CONTINUATIONS:
                k += 1
            continue
        break
    for b in range(k + 1, len(words)):
        before = words[k:b]
        independent = tuple(before) in ev.entities or any(w.lower() in ev.common for w in before)
        # after an office, a name the article uses alone starts the person ("… Panjang | Rudi")
        # (leaving two words at least: "Joko Santosa", later "Santosa menambahkan", stays whole)
        # (never right after a word that only opens personal names: "Menteri … Andi | Amran")
        after_office = (
            k > 0 and not any(w in ev.bare for w in before) and before[-1] not in NAME_OPENERS
        )
        rest_len = len(_name_run(words[b:]))
        if words[b] in ev.bare and rest_len and (independent or (after_office and rest_len > 1)):
            k = b
            break
        # "Dinas Pertanian Pringsewu Joko Santosa" where "Kabupaten Pringsewu" occurs elsewhere
        if after_office and tuple(before) in ev.entities and rest_len >= 2:
            k = b
            break
    name = _name_run(words[k:])
    # "Polda Metro Jaya Kombes Pol Ade Ary": a name followed by more role words was a place;
    # "Ketua Panitia Krakatau Run 2026 Dimas Prasetyo": so was one followed by a number
    rest = k + len(name)
    if name and rest < len(words) and (_is_roleish(words[rest]) or _has_digit(words[rest])):
        later = _split_role(words[rest:], ev)
        if later.name:
            return _Name(later.name, " ".join([*words[:rest], later.role]).strip())
    # "PT Angkasa Pura II Bambang Wijanarko", "Radin Inten II Rudi": an acronym or numeral
    # inside the run ends an organisation or place; the person's name comes after it
    inner = [i for i, w in enumerate(name[:-1]) if len(w) > 1 and _ACRONYM.fullmatch(w)]
    if k > 0 and inner:
        cut = k + inner[-1] + 1
        later = _split_role(words[cut:], ev)
        if later.name:
            return _Name(later.name, " ".join([*words[:cut], later.role]).strip())
    if not name and len(words) == 1 and words[0] in INSTITUTIONS:  # "tulis Kemlu"
        return _Name(words[0], "")
    if k > 0 and len(name) == 1 and name[0] in ev.organisations:  # "Direktur Transjakarta"
        return _Name("", " ".join(words))
    return _Name(" ".join(name), " ".join(words[:k]))


def _is_club(w: str) -> bool:
    """Football clubs: "Persib", "Persebaya" (Persatuan Sepak Bola …), "Arema", "Bali United"."""
    return w in CLUBS or (bool(_CLUB.fullmatch(w)) and w not in _ROLE)


def _name_follows(words: list[str]) -> bool:
    """A person's name comes after more clubs, cities and acronyms ("FC Dendi Santoso")."""
    k = 0
    while k < len(words) and (
        _is_club(words[k]) or words[k] in CITIES or _ACRONYM.fullmatch(words[k])
    ):
        k += 1
    return bool(_name_run(words[k:]))


def _has_digit(w: str) -> bool:
    return any(c.isdigit() for c in w)


def _name_run(words: list[str]) -> list[str]:
    """The leading run of words that can form a person's name (≤ 5 words), else []."""
    run: list[str] = []
    for w in words:
        if w.startswith("@"):
            return run or [w]
        if w.lower() in CALENDAR_WORDS or w in _PUNCT:
            break
        if not run and _ACRONYM.fullmatch(w) and len(w) > 1:
            return []
        if any(c.isdigit() for c in w):
            break
        if not run and w in FUNCTION_WORDS:
            continue
        name_word = _is_cap(w) and not _is_degree(w) and w not in _ROLE
        last_name_word = w in NAME_LIKE_ROLES and w == words[-1]  # "Jazilul Hakim"
        if name_word or (run and (w in NAME_CONNECTORS or last_name_word)):
            run.append(w)
        else:
            break
    while run and run[-1] in NAME_CONNECTORS:
        run.pop()
    if not run or run[0] in _NOT_NAMES or len(run) > 5:
        return []
    if all(_ACRONYM.fullmatch(w) for w in run) and len(run) > 1:
        return []
    return run


# --- the article: paragraphs, names used on their own, aliases ------------------------------

# "PT Transportasi Jakarta (Transjakarta)", "Badan … (BMKG)": the short name of an organisation.
_ORGANISATION_SHORT = re.compile(
    r"\b([A-Z][\w.]*) (?:[\w.,]+ ){0,6}?[A-Z][\w.]* \(([A-Z][A-Za-z]{2,})\)"
)
_INITIALS = re.compile(r"\b(?:berinisial|inisial)\s+([A-Z]{1,4})\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"“A-Z])")


def _sentences(text: str) -> list[str]:
    """Sentences of a text; a period after "Plt", "Kab" and the like ends no sentence."""
    out: list[str] = []
    for piece in _SENTENCE.split(text):
        last = out[-1].split()[-1:] if out else []
        if last and last[0].endswith(".") and last[0][:-1] in ABBREVIATIONS:
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


class _Article:
    """Article-wide evidence: names used on their own, every name mention, nicknames."""

    def __init__(self, paras: list[str], headline: str) -> None:
        self.paras = paras
        self.skip = {n for n, p in enumerate(paras) if BOILERPLATE_LINE.match(p)}
        # the headline is Title Cased, so it is no evidence for names
        texts = [(n, _strip_quotes(p)) for n, p in enumerate(paras) if n not in self.skip]
        self.midcaps = {
            w for _, t in texts for sent in _sentences(t) for w in _words(sent)[1:] if _is_cap(w)
        }
        self.sentences = [
            (n, self.sentence_words(sent)) for n, t in texts for sent in _sentences(t)
        ]
        self.bare: set[str] = set()
        for _, words in self.sentences:
            self._collect_bare(words)
        common = frozenset(w for _, words in self.sentences for w in words[1:] if w.islower())
        runs = [(n, run) for n, words in self.sentences for run in _cap_runs(words)]
        entities = frozenset(tuple(run[i:]) for _, run in runs for i in range(len(run)))
        self.organisations = frozenset(
            m.group(2)
            for _, t in texts
            for m in _ORGANISATION_SHORT.finditer(t)
            if _is_roleish(m.group(1))  # "PT …", "Badan …", "Kementerian …", not a person
        )
        self.evidence = _Evidence(self.bare, entities, common, self.organisations)
        self.mentions: list[tuple[int, str]] = []  # (paragraph, name) in reading order
        self.offices: list[tuple[int, list[str], str]] = []  # (paragraph, role words, name)
        for n, run in runs:
            split = _split_role(run, self.evidence)
            name = []
            for w in split.name.split():  # "Doni Monardo Positif COVID-19" (a sub-heading)
                if w.lower() in common:
                    break
                name.append(w)
            if name:
                self.mentions.append((n, " ".join(name)))
                if split.role:
                    self.offices.append((n, split.role.split(), " ".join(name)))
        self._collect_appositive_offices()
        self.alias: dict[str, str] = {}
        # "tersangka berinisial SA": initials the article uses as a person's name
        self.initials = frozenset(m.group(1) for _, t in texts for m in _INITIALS.finditer(t))

    def sentence_words(self, sentence: str) -> list[str]:
        """Words of a sentence; its first word loses its capital unless used mid-sentence too."""
        words = _words(sentence)
        for k, w in enumerate(words):
            if w in _PUNCT or w in MARKS:
                continue
            follows_cap = k + 1 < len(words) and _is_cap(words[k + 1])
            keep = follows_cap or w in _ROLE or w[0] == "@"
            if _is_cap(w) and w not in self.midcaps and not keep:
                words[k] = w.lower()
            break
        return words

    def _collect_bare(self, words: list[str]) -> None:
        """A name right after a cue, or right before a verb, is a name used on its own."""
        for k, w in enumerate(words):
            low = w.lower()
            if (low in _CUE_FORMS or low == "menurut") and k + 1 < len(words):
                run = _name_run(words[k + 1 :])
                if run and len(run) <= 3:
                    self.bare.add(run[0])
            if k and (_VERBISH.fullmatch(w) or low in AUXILIARIES or low in _CUE_FORMS):
                j = k
                while j > 0 and words[j - 1].lower() in AUXILIARIES:
                    j -= 1
                i = j
                while i > 0 and (_is_cap(words[i - 1]) or words[i - 1] in NAME_CONNECTORS):
                    i -= 1
                run = _name_run(words[i:j])
                if run and len(run) == j - i and len(run) <= 3:
                    self.bare.add(run[0])

    def office_holder(self, office: list[str], before: int) -> str:
        """`ujar Kapolres` after "Kapolres Garut AKBP Mochamad Fajar": the latest person named
        with that office up to paragraph `before`; '' when none was."""
        office = [w for w in office if w not in _PUNCT]
        if not office or not all(w in ROLE_WORDS for w in office):
            return ""
        want = _expand_office(office)
        held = [
            name
            for n, role, name in self.offices
            if n <= before and _expand_office(role)[: len(want)] == want
        ]
        return held[-1] if held else ""

    def _collect_appositive_offices(self) -> None:
        """ "Kepala Desa Cibaregbeg, Dadang Hermawan, mengatakan": the office, a comma, a name."""
        for n, words in self.sentences:
            for i, w in enumerate(words):
                if w != "," or i == 0:
                    continue
                j = i
                while j > 0 and (_is_cap(words[j - 1]) or words[j - 1] in OFFICE_JOINERS):
                    j -= 1
                left = words[j:i]
                right = _name_run(words[i + 1 :])
                if not left or not right or left[0] not in ROLE_WORDS:
                    continue
                if _split_role(left, self.evidence).name:
                    continue
                if i + 1 + len(right) < len(words) and _is_cap(words[i + 1 + len(right)]):
                    continue
                self.offices.append((n, left, " ".join(right)))

    def full_name(self, name: str, before: int) -> str:
        """The fullest form of `name` in the article, preferring the latest one before `before`."""
        if name.startswith("@") or not name:
            return name
        if name in self.alias:
            return self.full_name(self.alias[name], before)
        toks = name.split()
        best: tuple[int, int, int, str] | None = None
        for order, (n, cand) in enumerate(self.mentions):
            ctoks = cand.split()
            if not _contains(ctoks, toks):
                continue
            count = sum(1 for _, c in self.mentions if c == cand)
            score = (len(ctoks), 1 if n <= before else 0, count, order)
            if best is None or score[:3] > best[:3] or (score[:3] == best[:3] and n <= before):
                best = (*score[:3], cand)
        if (best is None or best[3] == name) and len(toks) == 1 and len(name) >= 4:
            for _, cand in self.mentions:  # "Wisman" for "Wismandari Wisnu"
                if any(t.startswith(name) and t != name for t in cand.split()):
                    return cand
        return best[3] if best else name


# Offices written short: "kata Kades" names the "Kepala Desa" the article introduced.
OFFICE_SHORT = {
    "Kades": "Kepala Desa",
    "Kadis": "Kepala Dinas",
    "Kadinkes": "Kepala Dinas Kesehatan",
    "Kadisdik": "Kepala Dinas Pendidikan",
    "Kalak": "Kepala Pelaksana",
    "Kalaksa": "Kepala Pelaksana",
    "Kasat": "Kepala Satuan",
    "Kanit": "Kepala Unit",
    "Kabid": "Kepala Bidang",
    "Kajari": "Kepala Kejaksaan Negeri",
    "Kajati": "Kepala Kejaksaan Tinggi",
    "Sekda": "Sekretaris Daerah",
    "Wagub": "Wakil Gubernur",
    "Wabup": "Wakil Bupati",
    "Walikota": "Wali Kota",
}


def _expand_office(words: list[str]) -> list[str]:
    return [x for w in words for x in OFFICE_SHORT.get(w, w).split()]


def _contains(hay: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))


def _cap_runs(words: list[str]) -> list[list[str]]:
    runs: list[list[str]] = []
    cur: list[str] = []
    for w in [*words, "."]:
        if _is_cap(w) or (cur and w in NAME_CONNECTORS):
            cur.append(w)
        else:
            if cur:
                runs.append(cur)
            cur = []
    return runs


def _strip_quotes(text: str) -> str:
    return re.sub(r"[\"“”„][^\"“”„]*[\"“”„]", " , ", text)


# --- attribution and resolution -----------------------------------------------------------


@dataclass
class _Attribution:
    cue: str
    words: list[str]  # the speaker phrase; [] with pronoun=True for -nya / dia
    pronoun: bool = False
    role_after: list[str] = field(default_factory=list)  # "X, Kepala Dinas …"
    role_before: list[str] = field(default_factory=list)  # "Koordinator Posko …, X"
    exact: bool = False  # `words` is the name itself (read after a role and a comma)


_AGE_APPOSITIVE = re.compile(r"((?:[A-Z][\w'’-]*\.? ){0,4}[A-Z][\w'’-]+) \(\d{1,2}(?: tahun)?\)")
_UNDERGOER_VERB = re.compile(r"di|ter|ke|meninggal|mengalami|menderita|menjadi")
_FIRST_VERB = re.compile(r"\b(?:(?:me|ber|ter|di)[a-z]{3,}|" + "|".join(CUE_LEMMAS) + r")\b")


class _Resolver:
    def __init__(self, article: _Article, reported: bool = False) -> None:
        self.a = article
        self.reported = reported
        self.focus = ""
        self.last_quote_par = -10

    def run(self, spans: list[_Span]) -> list[Quote]:
        quotes: list[Quote] = []
        by_par: dict[int, list[_Span]] = {}
        for s in spans:
            by_par.setdefault(s.start_par, []).append(s)
        consumed: set[int] = set()
        for n, p in enumerate(self.a.paras):
            if n in self.a.skip:
                continue
            par_spans = [s for s in by_par.get(n, []) if id(s) not in consumed]
            if not par_spans:
                self._menurut(n, p, quotes)
                if self.reported:
                    self._reported(n, p, quotes)
                self._update_focus(_strip_quotes(p), n)
                continue
            self._update_focus(_strip_quotes(p[: par_spans[0].start]), n)
            k = 0
            while k < len(par_spans):
                span = par_spans[k]
                follow = par_spans[k + 1] if k + 1 < len(par_spans) else None
                quote = self._resolve(span, follow)
                if quote is not None and follow is not None and self._is_split(span, follow):
                    quote["text"] = _join_split(span, follow)
                    k += 1
                if quote is not None:
                    quotes.append(quote)
                    self.last_quote_par = span.end_par
                k += 1
        return quotes

    def _is_split(self, span: _Span, follow: _Span) -> bool:
        """`"…," kata X. "…"`: the second part has no attribution of its own."""
        if span.end_par != follow.start_par:
            return False
        between = self.a.paras[span.end_par][span.end + 1 : follow.start]
        if len(between.split()) > 12 or not self._after_attribution(between):
            return False
        p = self.a.paras[follow.end_par]
        after = p[follow.end + 1 :] if follow.closed else ""
        return self._after_attribution(after) is None and len(between.split()) >= 1

    def _resolve(self, span: _Span, follow: _Span | None) -> Quote | None:
        text = span.text
        p_start = self.a.paras[span.start_par]
        p_end = self.a.paras[span.end_par]
        if not span.closed:
            cut = re.search(r"[,.?!]\s+(" + "|".join(sorted(_CUE_FORMS)) + r")\b", text)
            if cut:
                text, after = text[: cut.start()], text[cut.start() + 1 :]
            else:
                after = ""
        else:
            stop = follow.start if follow and follow.start_par == span.end_par else len(p_end)
            after = p_end[span.end + 1 : stop]
        before = p_start[: span.start]
        text = _clean_text(text)
        if len(text.split()) < 2 and not re.search(r"[.!?]", text):
            return None
        attr = self._after_attribution(after)
        if attr is None:
            attr = self._before_attribution(before)
        if attr is None:
            standalone = not before.strip() and len(after.strip(" .,")) < 2
            context = self.last_quote_par >= span.start_par - 2 or self._speech_before(
                span.start_par
            )
            if not (standalone and context and self.focus and self.focus != _UNKNOWN):
                return None
            attr = _Attribution("", [], pronoun=True)
        speaker, role = self._speaker(attr, span.start_par)
        return Quote(
            text=text,
            speaker=speaker,
            speaker_role=role,
            cue=attr.cue,
            paragraph=span.start_par,
            kind="direct",
        )

    def _speech_before(self, n: int) -> bool:
        prev = [k for k in range(n - 1, -1, -1) if k not in self.a.skip][:1]
        return bool(prev) and any(
            w.lower() in _CUE_FORMS or w.lower() == "menurut" for w in _words(self.a.paras[prev[0]])
        )

    def _after_attribution(self, after: str) -> _Attribution | None:
        words = _words(_first_clause(after))
        if not words:
            return None
        low = [w.lower() for w in words]
        k = 0
        if low[0] == "demikian":
            k = 1
            if len(low) > 1 and low[1] in STATEMENT_NOUNS:
                return _Attribution(words[1], words[2:])
        if low[k] in PRONOUNS and len(low) > k + 1 and low[k + 1] in _CUE_FORMS:
            return _Attribution(words[k + 1], [], pronoun=True)
        if low[k] not in _CUE_FORMS:
            run = _name_run(words[k:])
            if run and len(low) > len(run) and low[len(run)] in _CUE_FORMS:
                return _Attribution(words[len(run)], run)
            return self._english_subject(words[k:])
        cue = words[k]
        k += 1
        while k < len(low) and low[k] in _CUE_FORMS:  # "lanjut tulis Evan"
            cue = words[k]
            k += 1
        if cue.lower() in _CUE_NYA:
            return _Attribution(cue, [], pronoun=True)
        if k < len(low) and low[k] in PRONOUNS:
            return _Attribution(cue, [], pronoun=True)
        described = _description(words[k:])
        if described:
            return _Attribution(cue, described)
        phrase, end = _speaker_phrase_end(words[k:])
        rest = words[k + end :]
        named = _name_after_role(phrase, rest, self.a.evidence)
        if named is not None:
            name, titles, after_name = named
            return _Attribution(
                cue,
                name,
                role_after=_role_after_name(after_name),
                role_before=[*phrase, *titles],
                exact=True,
            )
        return _Attribution(cue, phrase, role_after=_role_after_name(rest))

    def _english_subject(self, words: list[str]) -> _Attribution | None:
        """`"…," presiding judge X said` / `X, 54, a batik vendor, told …`: subject before an
        English reporting verb (Indonesian needs the cue right after the name, see above)."""
        cue_at = next((j for j, w in enumerate(words[:12]) if w.lower() in _ENGLISH_CUES), None)
        if not cue_at:
            return None
        phrase = words[:cue_at]
        if "." in phrase or any(w.lower() in _CLAUSE_JOINERS for w in phrase):
            return None  # "…" played as fans said goodbye: another clause, not a speaker
        head = phrase[: phrase.index(",")] if "," in phrase else phrase
        if not _split_role(head, self.a.evidence).name and len(head) < len(phrase):
            return None
        return _Attribution(words[cue_at], head)

    def _before_attribution(self, before: str) -> _Attribution | None:
        """`X mengatakan, "…"`, `X mengatakan bahwa "…"` or `X: "…"` in the same paragraph."""
        clause = _sentences(before)[-1] if before.strip() else ""
        words = _words(clause)
        if not words:
            return None
        for k in range(len(words) - 1, -1, -1):
            if words[k].lower() in _CUE_FORMS and words[k].lower() not in CUE_LEMMAS:
                tail = words[k + 1 :]  # "X mengatakan (kepada wartawan), "…"" only
                if (tail and tail[-1] not in (",", ":") and tail != ["bahwa"]) or len(tail) > 6:
                    return None
                subject = self._subject_before(words, k)
                if subject is not None:
                    return _Attribution(words[k], subject, pronoun=not subject)
                return None
        return None

    def _subject_before(self, words: list[str], k: int) -> list[str] | None:
        j = k
        while j > 0 and words[j - 1].lower() in AUXILIARIES:
            j -= 1
        if j > 0 and words[j - 1].lower() in PRONOUNS:
            return []
        i = j
        while i > 0:
            w = words[i - 1]
            # "Dinas Perindustrian dan Perdagangan …" is one office
            joins_offices = (
                w in OFFICE_JOINERS and i > 1 and words[i - 2] in _ROLE and words[i] in _ROLE
            )
            if not (_is_cap(w) or w in NAME_CONNECTORS or w.lower() in TITLES or joins_offices):
                break
            i -= 1
        if i > 0 and words[i - 1].lower() in NP_STOPS:
            return None
        if i > 1 and words[i - 1] in ALIAS_WORDS and _is_cap(words[i - 2]):
            first = self._subject_before([*words[: i - 1], "x"], i - 1)  # "X atau Y": X
            if first:
                return first
        return words[i:j] or None

    def _speaker(self, attr: _Attribution, n: int) -> tuple[str, str]:
        words = attr.words
        if attr.pronoun:
            return (self.focus if self.focus != _UNKNOWN else ""), ""
        handles = [w for w in words if _HANDLE.fullmatch(w)]
        if handles:
            self.focus = _UNKNOWN
            return handles[0], " ".join(w for w in words if w != handles[0])
        if words and words[-1].lower() in DEMONSTRATIVES:
            role = " ".join(words[:-1])
            return (self.focus if self.focus != _UNKNOWN else ""), role
        split = _split_role(words, self.a.evidence)
        if attr.exact:
            split = _Name(" ".join(words), "")
        if split.name and " " not in split.name and self._organisation_place(words, split.name):
            self.focus = _UNKNOWN  # "kata PLN UP3 Metro": the unit's place, not a person
            return _organisation(words), ""
        if not split.name and len(words) == 1 and words[0] in self.a.initials:
            self.focus = words[0]
            return words[0], ""
        holder = "" if split.name else self.a.office_holder(words, n)
        if holder:
            self.focus = holder
            return holder, " ".join(words)
        if not split.name:
            self.focus = _UNKNOWN
            return _organisation(words), split.role
        full = self.a.full_name(split.name, n)
        self.focus = full
        return full, " ".join([*attr.role_before, split.role, *attr.role_after]).strip()

    def _organisation_place(self, words: list[str], name: str) -> bool:
        """A lone word after an organisation's acronyms that no sentence uses as a person."""
        if not _organisation(words) or name in self.a.bare:
            return False
        return not any(name in m.split() and " " in m for _, m in self.a.mentions)

    def _update_focus(self, text: str, n: int) -> None:
        """Track the person named as subject ("Anies menjelaskan bahwa …") sentence by sentence."""
        for sentence in _sentences(text):
            words = self.a.sentence_words(sentence)
            nick = re.search(r"(?:disapa|dipanggil|sapaan(?:nya)?)\s+([A-Z]\w+)", sentence)
            if nick and self.focus and self.focus != _UNKNOWN:
                if nick.group(1) not in self.focus.split():
                    self.a.alias[nick.group(1)] = self.focus
                continue
            if self._introduced_with_age(sentence, n):
                continue
            for k, w in enumerate(words):
                low = w.lower()
                if not (_VERBISH.fullmatch(low) or low in _CUE_FORMS) or w != low:
                    continue
                if low.startswith("di") and self._passive_agent(words[k + 1 :], n):
                    break
                subject = self._subject_before(words, k)
                if subject == []:  # a pronoun: the focus stays
                    break
                if subject and self._set_focus(subject, n):
                    break
                if low in CUE_VERBS and self._nearest_name(words[:k], n):
                    break

    def _introduced_with_age(self, sentence: str, n: int) -> bool:
        """`Salah satu peserta, Wayan Sudarma (47), petani …, membawa …`: a person introduced
        with an age before the sentence's first verb is its subject; not when that verb is
        passive or says what happened to them ("Budi (30) ditemukan tewas"): they are a
        victim or suspect, and the official who speaks next keeps the focus."""
        age = _AGE_APPOSITIVE.search(sentence)
        if not age:
            return False
        verb = _FIRST_VERB.search(sentence)
        while verb and verb.group() in INTRODUCERS:  # "nelayan bernama Hasanuddin (47)"
            verb = _FIRST_VERB.search(sentence, verb.end())
        if verb and verb.start() < age.start():
            return False
        verb = _FIRST_VERB.search(sentence, age.end())
        if verb is None or _UNDERGOER_VERB.match(verb.group()):
            return False
        return self._set_focus(_words(age.group(1)), n)

    def _passive_agent(self, words: list[str], n: int) -> bool:
        """`diungkapkan (oleh) Menteri Keuangan Sri Mulyani`: the agent is the subject."""
        if words and words[0] == "oleh":
            words = words[1:]
        return bool(words) and _is_cap(words[0]) and self._set_focus(words, n)

    def _nearest_name(self, words: list[str], n: int) -> bool:
        """`X, saat dihubungi dari Mataram, Kamis, mengatakan`: the nearest name not in a phrase."""
        runs: list[tuple[int, list[str]]] = []
        k = 0
        while k < len(words):
            if _is_cap(words[k]):
                j = k
                while j < len(words) and (_is_cap(words[j]) or words[j] in NAME_CONNECTORS):
                    j += 1
                runs.append((k, words[k:j]))
                k = j
            else:
                k += 1
        for k, run in reversed(runs):
            prev = words[k - 1].lower() if k else ""
            if prev in NP_STOPS or prev == "oleh":
                continue
            if self._set_focus(run, n):
                return True
        return False

    def _set_focus(self, words: list[str], n: int) -> bool:
        run: list[str] = []
        for w in words:
            joins_offices = w in OFFICE_JOINERS and bool(run) and run[-1] in _ROLE
            if _is_cap(w) or w in NAME_CONNECTORS or (run and w in TITLES) or joins_offices:
                run.append(w)
            else:
                break
        split = _split_role(run, self.a.evidence) if run else _Name("", "")
        if split.name in self.a.organisations:
            return False
        if split.name and not _is_degree(split.name.split()[-1]):
            self.focus = self.a.full_name(split.name, n)
            return True
        return False

    def _reported(self, n: int, p: str, quotes: list[Quote]) -> None:
        """`X mengatakan bahwa …` / `X said that …` as an indirect quote (X may be ia / he)."""
        for sentence in _sentences(p):
            m = _REPORTED.search(sentence)
            if m is None or m.group(1).lower() not in _CUE_FORMS:
                continue
            words = self.a.sentence_words(sentence[: m.start(1)])
            subject = self._subject_before([*words, m.group(1)], len(words))
            if subject is None:
                continue
            if subject:
                split = _split_role(subject, self.a.evidence)
                if not split.name:
                    continue
                speaker, role = self.a.full_name(split.name, n), split.role
                self.focus = speaker
            else:
                speaker, role = (self.focus if self.focus != _UNKNOWN else ""), ""
            text = _clean_text(m.group(2).rstrip(".!? "))
            if len(text.split()) >= 3:
                quotes.append(
                    Quote(
                        text=text,
                        speaker=speaker,
                        speaker_role=role,
                        cue=m.group(1),
                        paragraph=n,
                        kind="indirect",
                    )
                )

    def _menurut(self, n: int, p: str, quotes: list[Quote]) -> None:
        """`Menurut X, …` / `According to X, …` as an indirect quote (X may be dia / -nya;
        `Menurut Kepala Desa Dewisari, Ahmad Suhendi, …` names Ahmad Suhendi)."""
        for m in _ACCORDING.finditer(p):
            words = _words(m.group(2))
            text = m.group(3).strip()
            if m.group(1) or (words and words[0].lower() in PRONOUNS):
                speaker = self.focus if self.focus != _UNKNOWN else ""
                role = ""
            else:
                head, _, tail = text.partition(",")
                named = _name_after_role(words, [",", *_words(head), ","], self.a.evidence)
                if named is not None and tail.strip():
                    split = _Name(" ".join(named[0]), " ".join([*words, *named[1]]))
                    text = tail.strip()
                else:
                    split = _split_role(words, self.a.evidence)
                if not split.name:
                    continue
                speaker, role = self.a.full_name(split.name, n), split.role
                self.focus = speaker
            if len(text.split()) >= 3:
                quotes.append(
                    Quote(
                        text=text,
                        speaker=speaker,
                        speaker_role=role,
                        cue="menurut",
                        paragraph=n,
                        kind="indirect",
                    )
                )


_ACCORDING = re.compile(
    r"(?:^|[.!?]\s+)(?:Menurut|According to)(nya| him| her)?\s*([^,]{0,80}?),\s*"
    r"(.+?[.!?]?)(?=[.!?]\s|[.!?]?$)"
)
# "… mengatakan bahwa …", "… said that …" (a comma or "pula"/"also" may come between)
_REPORTED = re.compile(
    r"\b([a-z]+)\s*(?:,\s*|\s(?:pula|juga|also)\s)?\s*\b(?:bahwa|that)\b\s*,?\s*(.+)$"
)


def _first_clause(after: str) -> str:
    """The attribution clause right after a closing mark, up to the sentence end."""
    after = after.lstrip(" ,.;:!?-–—")
    for m in re.finditer(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.(\s|$)|[;(]", after):
        head = after[: m.start()]
        if m.group() == "(" and _ABBREVIATION_IN_TITLE.match(after, m.start()):
            continue  # "Pelaksana Tugas (Plt) Kepala …"
        if m.group().startswith(".") and head.split()[-1:] and head.split()[-1] in ABBREVIATIONS:
            continue  # "Plt. Kepala …"
        return head
    return after


_ABBREVIATION_IN_TITLE = re.compile(r"\((?:[A-Z][A-Za-z]{1,4}|[A-Z]{2,8})\)\s+[A-Z]")


def _description(words: list[str]) -> list[str]:
    """`ucap pemain berusia 21 tahun itu`: a lower-case description closed by "itu" or
    "tersebut" refers back to the person in focus; [] when the words are not one."""
    for j, w in enumerate(words[:8]):
        if w.lower() in DEMONSTRATIVES:
            head = words[:j]
            plain = all(
                (x.islower() or x.isdigit()) and x.lower() not in NP_STOPS for x in head[1:]
            )
            if head and head[0].islower() and plain and any(_has_digit(x) for x in head):
                return words[: j + 1]
            return []
        if w in _PUNCT:
            return []
    return []


def _speaker_phrase(words: list[str]) -> list[str]:
    """Words after a cue up to where the speaker phrase ends ("Eka | di Jakarta, Jumat")."""
    return _speaker_phrase_end(words)[0]


def _role_after_name(rest: list[str]) -> list[str]:
    """`…, kata Yusuf Kohar, Kepala Dinas …`: the office after the name's comma, if any."""
    if not rest or rest[0] != ",":
        return []
    k = 1
    while k < len(rest) and (rest[k] == "," or _is_degree(rest[k].rstrip(","))):  # ", M.Si.,"
        k += 1
    if k >= len(rest) or rest[k] not in _ROLE or rest[k] in TITLES:
        return []
    role = _speaker_phrase(rest[k:])
    return role if role and not _split_role(role).name else []


# English words that join a second clause between a quote and a reporting verb.
_CLAUSE_JOINERS = frozenset(_vocab("as while when after before and but because since until"))
_PERSON_OFFICES = (
    frozenset(ROLE_WORDS) | frozenset(RANKS) | frozenset(TITLES) | frozenset(ENGLISH_ROLES)
)


def _organisation(words: list[str]) -> str:
    """`kata PLN UIW Kalbar dalam siaran persnya`: a short capitalised phrase opened by an
    acronym or an institution and holding no person's office is the organisation speaking."""
    words = [w for w in words if w not in _PUNCT]
    if not words or len(words) > 4 or not all(_is_cap(w) for w in words):
        return ""
    opens = words[0] in INSTITUTIONS or (len(words[0]) > 1 and _ACRONYM.fullmatch(words[0]))
    if not opens or any(w in _PERSON_OFFICES for w in words):
        return ""
    return " ".join(words)


def _name_after_role(
    phrase: list[str], rest: list[str], ev: _Evidence
) -> tuple[list[str], list[str], list[str]] | None:
    """`ujar Koordinator Posko Operasi SAR Gabungan, Lestari Wulandari, kepada …`: a phrase that
    opens with an office and is followed by a comma and a name (titles allowed) is the role of
    that name. Returns (name, its titles, words after it), or None when the pattern does not
    hold. A capitalised word that opens sentences elsewhere stays in the name here ("Lalu
    Hamdani": Sasak names carry Lalu/Baiq)."""
    if not phrase or not rest or rest[0] != ",":
        return None
    if not (phrase[0].islower() or any(_is_roleish(w) for w in phrase)):
        return None
    before = _split_role(phrase, ev).name
    phrase2, end = _speaker_phrase_end(rest[1:])
    titles = []
    while phrase2 and (phrase2[0] in TITLES or phrase2[0] in RANKS):
        titles.append(phrase2.pop(0))
    name = [w for w in phrase2 if w not in _PUNCT]
    if not name or name != phrase2 or len(name) > 5:
        return None
    opener = name[0] in FUNCTION_WORDS  # "Lalu" before a name is part of it, not "then"
    if (name[0] in _NOT_NAMES and not opener) or (opener and len(name) < 2):
        return None
    if not all(_is_cap(w) or w in NAME_CONNECTORS for w in name):
        return None
    if any(_is_roleish(w) or _has_digit(w) or w.lower() in CALENDAR_WORDS for w in name[opener:]):
        return None
    # "kata Kapolres Klaten AKBP Warsono, Klaten": one word after a full name, or after a name
    # the article uses alone, is a place, not the speaker
    if len(name) == 1 and before and (len(before.split()) > 1 or before.split()[0] in ev.bare):
        return None
    return name, titles, rest[1 + end :]


def _speaker_phrase_end(words: list[str]) -> tuple[list[str], int]:
    """The speaker phrase and the index in `words` where it stopped.

    While the phrase is still an office with no name in it, "dan" joins two offices
    ("Dinas Perindustrian dan Perdagangan"), a parenthesised abbreviation is skipped
    ("Pelaksana Tugas (Plt) Kepala BPBD") and a number is part of its name ("Run 2026").
    """
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        low = w.lower()
        nxt = words[k + 1] if k + 1 < len(words) else ""
        office_only = bool(out) and not _split_role(out).name
        if low in OFFICE_JOINERS and office_only and _is_cap(nxt):
            out.append(w)
            k += 1
            continue
        if w == "(" and (office_only or not out):
            close = words.index(")", k) if ")" in words[k:] else -1
            inner = words[k + 1 : close] if close > k else []
            if inner and len(inner) <= 3 and all(_is_roleish(i) for i in inner):
                out += inner
                k = close + 1
                continue
        if w.isdigit() and out and _is_cap(nxt) and nxt.lower() not in CALENDAR_WORDS:
            out.append(w)
            k += 1
            continue
        if low in NP_STOPS or low in CALENDAR_WORDS or re.match(r"\d", w) or w in ".()":
            break
        if w in _PUNCT:
            if _split_role(out).name:
                break
            k += 1
            continue
        out.append(w)
        k += 1
    return out, k
