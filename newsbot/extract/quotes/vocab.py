"""What the rules know about Indonesian (and English) news language: cue verbs, titles,
ranks, offices, places, function words. Written from general knowledge of the language, one
list per kind of word; nothing here is mined from a corpus."""

from __future__ import annotations

import re
from functools import lru_cache

# --- vocabulary ---------------------------------------------------------------------------


def _vocab(words: str) -> frozenset[str]:
    """A word list written as running text, as a set: the rules only ask whether a word is in
    it, and a set answers at once where a tuple is read word by word."""
    return frozenset(words.split())


def _ordered(words: str) -> tuple[str, ...]:
    """A word list written as running text, in its order (for a regular expression)."""
    return tuple(words.split())


# Reporting verbs after a quote ("…," kata X); each also occurs with -nya ("katanya").
CUE_LEMMAS = _ordered(
    """
    kata ujar ucap tutur ungkap jelas papar tegas imbuh tambah lanjut terang sebut tandas
    tukas pungkas kilah aku seru bilang cetus timpal tanya tulis harap pesan tutup jawab
    pinta saran komentar sahut kenang ajak imbau katakan urai beber sambung celetuk keluh
    ceritanya akui yakin nilai balas sanggah bantah kelakar canda sindir tepis cuit kicau
    unggah teriak bisik
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
    mengungkap membeberkan menyebutkan berteriak meneriakkan berbisik
"""
)
# Verbs that report a statement without quotation marks: "X mengatakan, …", "X menjelaskan
# bahwa …" (a comma, a colon or bahwa opens the statement).
INDIRECT_VERBS = _vocab(
    """
    mengatakan menjelaskan menuturkan mengungkapkan menegaskan menyampaikan menambahkan
    menyebutkan menyebut menerangkan memaparkan menyatakan mengakui mengaku menilai berpendapat
    mengingatkan mengimbau berharap membenarkan menekankan mengklaim memastikan memperkirakan
    menduga meyakini menganggap menjabarkan menguraikan membeberkan mengemukakan melaporkan
    mengutarakan menandaskan berkata bercerita menceritakan said says added explained stated
    told noted argued claimed insisted warned
"""
)


def _passives(verb: str) -> set[str]:
    """The di- forms of a meN- verb: "mengatakan" -> "dikatakan", "menjelaskan" ->
    "dijelaskan", "menyampaikan" -> "disampaikan". Where the nasal swallowed a consonant the
    root could open with either, so both forms are made (one of them never occurs)."""
    vowel = "aeiou"
    for prefix, dropped in (("meny", "s"), ("meng", "k"), ("mem", "p"), ("men", "t")):
        if verb.startswith(prefix):
            rest = verb[len(prefix) :]
            if rest[:1] in vowel:
                # "menilai" is me + nilai, "menyatakan" me + nyatakan: keep the nasal too
                return {f"di{dropped}{rest}", f"di{rest}", f"di{prefix[2:]}{rest}"}
            return {f"di{rest}"}  # "membeberkan", "menjelaskan", "mengharapkan"
    if verb.startswith("me"):
        return {f"di{verb[2:]}"}  # "melanjutkan", "meyakini"
    return set()


# The passive forms of the reporting verbs ("Diakui Budi …", "Diduga Budi …" open a sentence
# before a name, never as its first word) ...
PASSIVE_CUES = frozenset(p for v in CUE_VERBS | INDIRECT_VERBS for p in _passives(v))
# ... and of the verbs of saying among them, which open a statement with its source:
# "Dijelaskan Syafrin, …", "Ditambahkan oleh Kepala Dinas X, …" (not "Diminta …", "Diduga …").
PASSIVE_SAYING = frozenset(
    p
    for v in _vocab(
        """
    mengatakan menjelaskan menuturkan mengungkapkan menegaskan menyampaikan menambahkan
    menyebutkan menerangkan memaparkan menyatakan mengakui menilai membeberkan mengemukakan
    mengutarakan menandaskan menceritakan
"""
    )
    for p in _passives(v)
)
# Nouns of a document, a count or an observation: "menurut data Bandara Internasional Lombok",
# "menurut pantauan Kompas", "menurut hasil survei LSI" name a source that says nothing itself.
# (Not "keterangan", "informasi": "menurut keterangan Kapolsek X, Budi, …" is Budi speaking.)
DOCUMENT_NOUNS = frozenset(
    _vocab(
        """
    data catatan hasil laporan pantauan pengamatan riset survei penelitian kajian studi
    analisis dokumen situs laman perhitungan prakiraan perkiraan proyeksi statistik grafik
    tabel
"""
    )
)
# Words of a stance whose holder is the subject, like a reporting verb's: "X optimistis, …".
STANCES = frozenset(
    _vocab(
        """
    optimistis optimis pesimistis pesimis yakin khawatir sepakat setuju prihatin kecewa
    bangga heran waswas curiga ragu
"""
    )
)
# Reporting verbs whose statement may follow without a comma: "X menyebutkan jumlahnya naik".
CLAUSE_VERBS = frozenset(
    _vocab(
        """
    mengatakan menyatakan menuturkan menegaskan menyebutkan menyebut menilai mengaku
    berpendapat memperkirakan menduga meyakini berharap said says added stated noted
"""
    )
)
# Reporting verbs that take either an object or a clause without "bahwa" or a comma ("X
# menjelaskan pelaku ditangkap …" reports; "X menjelaskan aturan itu" does not): a statement
# only when the words after them hold a verb of their own.
FINITE_CLAUSE_VERBS = frozenset(
    _vocab("menjelaskan menambahkan mengungkapkan menyampaikan menerangkan memaparkan")
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
PRONOUNS = frozenset(("ia", "dia", "beliau", "dirinya", "he", "she"))
# Words after a reporting verb that open reported (indirect) speech: "X mengatakan bahwa …".
COMPLEMENTISERS = frozenset(("bahwa", "that"))
# Social media, for posts quoted as statements ("tulis akun Instagram @x", "cuit warganet").
SOCIAL_PLATFORMS = _vocab("Twitter X Instagram IG TikTok Facebook FB YouTube Threads WhatsApp")
ONLINE_CROWD = frozenset(("warganet", "netizen"))
# Cues that say a statement was posted, not spoken: "tulisnya" after an account is the account's.
POSTING_CUES = frozenset(("tulis", "cuit", "kicau", "unggah", "komentar"))
# Kin, before the person a speaker is kin of ("Orang tua Nadia, Suhendri, mengatakan").
KIN_NOUNS = _vocab(
    """
    ayah ibu bapak istri suami anak kakak adik paman bibi kakek nenek cucu menantu mertua
    keponakan sepupu kerabat sahabat teman rekan tetangga pacar kekasih
"""
)
# Words that introduce a person's name or initials ("nelayan bernama Hasanuddin (47)").
INTRODUCERS = frozenset(("bernama", "berinisial", "inisial", "yakni", "yaitu"))
# "Kapolres X didampingi Kasat Reskrim Y mengatakan": words for who came along with the subject.
ACCOMPANIED = frozenset(("didampingi", "bersama", "beserta"))
# "Tgk H Muhammad Amin atau Abu Tumin": a second name for the person just named.
ALIAS_WORDS = frozenset(("atau", "alias"))
# Words that introduce what a statement is, e.g. `demikian pernyataan tim X`.
STATEMENT_NOUNS = frozenset(
    ("pernyataan", "keterangan", "penjelasan", "ungkapan", "kata", "tulisan")
)

# Honorifics and academic titles stripped off a name (they go to speaker_role).
TITLES = _vocab(
    """
    dr dr. Dr Dr. drg Prof Prof. Ir Ir. Drs Drs. Dra Dra. H H. Hj Hj. KH K.H. Pak Bu Ibu Bapak
    Mas Mbak Bang Kak Sang sang Syekh Habib Ustaz Ustadz Tuan Nyonya Mr Mr. Mrs Ms Sdr
    Saudara Cak Kang Teh Uda Opa Oma Tgk Teungku Tgk. Gus Romo Pastor Pendeta Kiai Kyai
    Haji Hajah Hajjah Mbah Ki Nyai Buya Abah Ning
"""
)
# Police and military ranks.
RANKS = _vocab(
    """
    Jenderal Jendral Komjen Irjen Brigjen Kombes Kombespol AKBP AKP Kompol Iptu Ipda Aiptu
    Aipda Bripka Brigpol Briptu Bripda Pol Pol. Marsekal Laksamana Mayjen Letjen Kolonel
    Letkol Mayor Kapten Lettu Letda Serka Serma Sertu Pelda Kopda Praka Prada Marsda Marsma
    Laksda Laksma Inf Kav Arm Czi Cpl Brigadir Bharada Letnan
"""
)
# Police and military ranks written out, as some newsrooms print them ("Komisaris Besar" for
# Kombes, "Ajun Komisaris" for AKP); one rank a line.
SPELLED_RANKS = tuple(
    line.strip()
    for line in """
    Jenderal Polisi
    Komisaris Jenderal
    Inspektur Jenderal
    Brigadir Jenderal
    Komisaris Besar
    Ajun Komisaris Besar
    Ajun Komisaris
    Komisaris
    Inspektur Satu
    Inspektur Dua
    Inspektur Polisi Satu
    Inspektur Polisi Dua
    Ajun Inspektur Satu
    Ajun Inspektur Dua
    Brigadir Kepala
    Brigadir Satu
    Brigadir Dua
    Letnan Jenderal
    Mayor Jenderal
    Letnan Kolonel
    Letnan Satu
    Letnan Dua
    Laksamana Madya
    Laksamana Muda
    Laksamana Pertama
    Marsekal Madya
    Marsekal Muda
    Marsekal Pertama
""".strip().splitlines()
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
    Terdakwa Pelapor Direksi Manajemen Kadisdukcapil Kalapas Karutan Pengelola Pemimpin
    Pimpinan Penanggung Jawab Pengasuh Pembina Pendiri Ahli Pakar Epidemiolog Sosiolog
    Psikolog Sejarawan Budayawan Rohaniwan Tokoh Bendesa Kelian Perbekel Klian Penghulu
    Kakanwil Kanwil Kabupaten Provinsi Kecamatan Desa Kelurahan Staf Khusus Utama Eksekutif
    Operasional Keuangan Pemasaran Kesehatan Pendidikan Perhubungan Sosial Pariwisata
    Kominfo Bappeda Kemenkes Kemenkeu Kemendagri Sekolah Puskesmas Rumah Sakit Yayasan
    Lembaga Perusahaan Universitas Fakultas Institut Program Studi Kampus Koperasi
    Departemen Kepala Pelaksana Harian Perwakilan Wilayah Cabang Daerah Regional Kapusdatin
    Komisioner Kabinet Presidium Co-founder Cofounder Penjabat
    Komika Selebritas Selebriti Vlogger Influencer Pesinetron Biduan Biduanita Musisi Seniman
    Pelukis Penari Jurnalis Fotografer Pebisnis Petambak Pekebun Pebalap Pembalap Petinju
    Pesilat Perenang Pegiat Penggiat Advokat Terpidana Terlapor Tergugat Penggugat Pemohon
    Termohon Terduga Narapidana Napi Tahanan
    Keuchik Geuchik Peratin Nagari Gampong Pekon Lembang Jorong
"""
)
# Role words for what a person does or is (a trade, an art, a part in a case), not an office:
# common nouns, written in lower case inside a sentence even before a name ("kata artis Nagita
# Slavina", "ujar terdakwa Budi"); a capital on one is the sentence's, not the role's.
PROFESSIONS = _vocab(
    """
    Artis Aktris Aktor Penyanyi Presenter Komedian Komika Selebgram Selebritas Selebriti
    Youtuber Vlogger Influencer Pesinetron Biduan Biduanita Musisi Seniman Pelukis Penari
    Sutradara Produser Penulis Sastrawan Budayawan Rohaniwan Sejarawan Jurnalis Fotografer
    Pengusaha Pebisnis Pedagang Nelayan Petani Petambak Peternak Pekebun Sopir Pengemudi Atlet
    Pebulu Pesepak Pegolf Pebalap Pembalap Petinju Pesilat Perenang Pemerhati Aktivis Pegiat
    Penggiat Relawan Saksi Korban Tersangka Terdakwa Terpidana Terlapor Tergugat Penggugat
    Pemohon Termohon Terduga Narapidana Napi Tahanan Pelapor Pengamat Peneliti Ekonom
    Pengacara Advokat Ahli Pakar Epidemiolog Sosiolog Psikolog Tokoh Politisi Politikus
    Perawat Bidan Petugas Kader
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
    Unpad Undip Unair Unhas Unila Unsri Unand Unram Unud Unej Unnes Unesa Untirta Unsoed
    Unsyiah Unmul Untan Unsrat Unpatti Uncen Unimed Unpar Unika Unisba Unismuh Unpas Untag
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
    Finance Economics Economic Policy Strategic Studies Research Development Services Reform
    Integrity Electoral Business Communications Marketing Operations Technology
    Management Governance Transparency Watch Initiative Lead Partner Associate Consultant
    Advisor Adviser Coordinator Specialist Corporate External Internal Relations Public Affairs
    Country Brand Product Sales Digital VP SVP EVP
"""
)
# Role words that are also people's names, kept when they end a name ("Jazilul Hakim").
NAME_LIKE_ROLES = frozenset(("Hakim", "Utama", "Alam"))
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
    Kakanwil Kanwil Kadis Partai Cabang Perwakilan
    Dusun Kampung Nagari Gampong Pekon Lembang Jorong Keuchik Geuchik Peratin
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

# Words that make a capitalised phrase a company, a place, a building, a vehicle or an event,
# never a person ("Blue Water Express", "Masjid Istiqlal", "Bank Mandiri", "Hotel Indonesia").
ORGANISATION_WORDS = _vocab(
    """
    PT CV Tbk Persero Perum Bank Express Expres Boat Air Airlines Airways Line Lines
    Group Grup Corp Corporation Company Inc Ltd Holding Foundation Club United Sport Sports
    Hotel Resort Villa Cafe Kafe Coffee Kopi Warung Restoran Resto Toko Store Shop Mart Market
    Pasar Mal Mall Plaza Square Center Centre Tower Gedung Balai Aula Gelanggang
    Stadion Masjid Musala Mushala Gereja Pura Klenteng Vihara Pondok Pesantren Ponpes
    Madrasah Sekolah SD SMP SMA SMK MTs MAN Universitas Institut Politeknik Akademi Rumah Sakit
    RS RSUD RSUP Klinik Apotek Puskesmas Laboratorium Jalan Jl Gang Simpang Tol Bandara
    Pelabuhan Stasiun Terminal Halte Pantai Danau Sungai Gunung Pulau Taman Hutan Kebun Alun
    Desa Kampung Dusun Dukuh Kelurahan Kecamatan Kabupaten Kota Provinsi Negara Republik
    Televisi TV Radio Koran Harian Majalah Channel Festival Fest Expo Pameran Piala Liga Cup
    Virus Covid Program Kartu Undang Peraturan Perpres Perda Perwali Perbup Pergub Keputusan
    Instruksi Surat Edaran Operasi Gerakan Proyek Tim Satgas Gugus Tugas Posko Komunitas
    Yayasan Lembaga Organisasi Asosiasi Himpunan Ikatan Serikat Koperasi Rancangan
    Undang-Undang RUU UU Perppu Permen Kepmen University College
    School Institute Academy Hospital Agency Ministry Council Association Organization
    Organisation Committee Commission Bureau Department Office Fund Forum Society Network
"""
)
# Words Indonesian companies are commonly named with ("PT Maju Jaya", "CV Sinar Abadi Makmur"),
# and rarely a person's: after "PT" and an office they end the company before its officer's name
# ("Direktur PT Maju Jaya | Budi Santoso"). Words of personal names too (Wijaya, Putra, Lestari,
# Indah, Utama) are left out.
COMPANY_NAME_WORDS = _vocab(
    """
    Jaya Abadi Makmur Sejahtera Sentosa Mandiri Karya Perkasa Nusantara Indonesia Persada
    Bersama Semesta Raya Group Grup Industri Sarana Sukses Energi Logistik Teknologi Properti
    Internasional International Holding Niaga Tama Sinar Tunggal Sumber Prakarsa
"""
)
# Lower-case nouns for a kind of organisation, before its name ("platform Tokopedia", "maskapai
# Garuda Indonesia", "ormas Muhammadiyah"): the name after one is an organisation's.
ORGANISATION_NOUNS = _vocab(
    """
    perusahaan korporasi emiten platform aplikasi situs marketplace startup maskapai operator
    produsen pabrikan distributor merek ormas organisasi lembaga komunitas partai klub yayasan
    jaringan paguyuban koperasi bank
"""
)
# Words that open the name of an organisation, never a person's office ("Lembaga Biologi
# Molekuler Eijkman", "Yayasan Kita Bisa"; an office opens "Kepala Lembaga …").
ORGANISATION_HEADS = frozenset(
    _vocab(
        """
    Lembaga Yayasan Universitas Institut Fakultas Kementerian Badan Dinas Komisi Dewan Kantor Partai
    Fraksi
    Perusahaan PT CV Bank Rumah Sakit RSUD Pengadilan Kejaksaan Kepolisian Perum Koperasi
    Asosiasi Himpunan Ikatan Perkumpulan Serikat Gerakan Forum Komunitas Organisasi
    Rancangan Undang Peraturan Program Proyek Operasi
"""
    )
)
# Words that end a company's name ("PT Bank Mandiri (Persero) Tbk Rully Setiawan").
ORGANISATION_SUFFIXES = frozenset(
    ("Tbk", "Persero", "Inc", "Ltd", "Corp", "Corporation", "Company")
)
# News media: the source a story is quoted from ("dilansir Reuters", "kepada wartawan"), never
# the person speaking. The outlets with a profile or a name in newsbot/portals are added to these
# (people.py asks portals/knowledge.py), so only agencies abroad are listed here.
MEDIA = _vocab(
    """
    Reuters AFP AP Bloomberg Xinhua Kyodo Yonhap Bernama BBC Guardian Nikkei Aljazeera
"""
)
# Nouns for people by what they are doing or where they are ("Pengunjung Sarah Amalia mengaku
# …"): capitalised only because they open the sentence, they describe the person, never name them.
PERSON_NOUNS = _vocab(
    """
    Pengunjung Penjual Pedagang Pembeli Penumpang Pengemudi Pengendara Pemilik Pekerja Petani
    Peternak Nelayan Buruh Karyawan Karyawati Pegawai Siswa Siswi Murid Mahasiswa Mahasiswi
    Pelajar Santri Santriwati Bocah Balita Remaja Nenek Kakek Pemuda Pemudi Penonton Suporter
    Pendukung Relawan Peserta Pemenang Wisatawan Turis Pendaki Pemancing Perajin Pengrajin
    Pengguna Pelanggan Nasabah Konsumen Pasien Jemaah Pengungsi Penghuni Penduduk Tetangga
    Penyintas Pelari Pesepeda Pemudik Pencari Pemulung Tukang Juru Ojek Kurir Penjaga Satpam
    Analis Akademisi Praktisi Pemedek Penggemar Pengepul Penambang Pemandu Pengamen Penyandang
    Penderita Pengidap Perantau Pemotor Pejalan Pelancong Penyelam Pemburu Penggembala Penenun
    Penjahit Pembatik
"""
)
# Words shaped like agent nouns, pe(N)- and a root ("pemedek", "penyuluh"), that name things.
NOT_AGENTS = _vocab(
    """
    pemerintah pemilu penyakit pendapat pengaruh penjara pensiun pentas penting penuh pendek
    pendopo pendapa penyebab pemicu pengeras pemanis pengawet penutup pembuka penanda
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
    Orangtua Ortu Orangtuanya Mertua Menantu Paman Bibi Sepupu Keponakan Kerabat
    Rp USD US
"""
)
# Sentence openers that may sit in front of a name ("Supaya Aldi memilih …"): skipped.
FUNCTION_WORDS = _vocab(
    """
    Supaya Agar Padahal Terlebih Tentunya Kedepannya Sejauh Rencananya Sementara Selain
    Namun Tetapi Tapi Bahkan Kemudian Lalu Saat Ketika Setelah Sebelum Kini Maka Apalagi
    Akhirnya Terpisah Sedangkan Adapun Meski Meskipun Walaupun Karena Sehingga Jadi Dan Atau
    Serta Sebelumnya Selanjutnya Pun Juga Hingga The Meanwhile However Moreover Furthermore
    Separately Earlier Later Previously Additionally Therefore Senada Serupa Sebaliknya
    Pasalnya Lantas Kendati
"""
)
# Words that open people's names and nothing else (not places, not organisations):
# "Menteri Pertanian Andi Amran Sulaiman", later "kata Amran", keeps "Andi"; so do the
# baptismal names that open names in the east ("Bupati Sikka Fransiskus Roberto Diogo").
NAME_OPENERS = _vocab(
    """
    Muhammad Mohammad Muhamad Mohamad Mochamad Mochammad Mohamed Muhammed Moh Moch
    Mokhamad Achmad Ahmad Akhmad Ahmed Andi Abdul Abd Siti Sitti Nur Noor Sri Raden Teuku Tengku Cut
    Ni Putu Made Komang Ketut Kadek Nyoman Wayan Baiq Daeng
    Fransiskus Yohanes Petrus Paulus Agustinus Stefanus Yosef Yoseph Markus Antonius Benediktus
    Kristoforus Yakobus Bernardus Dominikus Gregorius Ignatius Laurensius Nikolaus Vinsensius
    Wilhelmus Theresia Katarina Margaretha Veronika Yohana
"""
)
# Balinese names open with "I" (men) or "Ni" (women) and a birth-order or caste word:
# "I Ketut Gede Adi Wibawa", "I Gusti Ngurah …"; after "I" such a word goes on with the name.
BALINESE_NAMES = _vocab(
    """
    Putu Wayan Gede Made Kadek Nengah Komang Nyoman Ketut Gusti Ngurah Dewa Ida Bagus Agung
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
DEMONSTRATIVES = frozenset(("itu", "ini", "tersebut"))
# Lower-case words inside one office title ("Dinas Perindustrian dan Perdagangan").
OFFICE_JOINERS = frozenset(("dan", "serta", "&"))
# Abbreviations whose period does not end a sentence ("Plt. Kepala Dinas …", "Kab. Bogor").
ABBREVIATIONS = _vocab(
    """
    Plt Plh Pj Pjs Kab Prov Kec Kel Ds Jl No Bpk Sdr Sdri Hj Dr Ir Prof Drs Dra dr drg
    Kol Pol Inf St Ny Tn Dt Sti
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
_HANDLE = re.compile(r"@\w{2,}(?:\.\w+)*")
# A word: letters, digits, apostrophes and hyphens, a period inside it only before a letter or
# digit ("Plt.", "M.Si", "A."); written as runs between periods, which the engine reads faster
# than one alternation per character.
_WORD = re.compile(r"@\w+(?:\.\w+)*|\w[\w'’\-]*(?:\.\w[\w'’\-]*)*\.?|[,;:()\[\]–—-]")
_PUNCT = frozenset(",;:()[]–—-.")
_ACRONYM = re.compile(r"[A-Z0-9]{2,}|[IVX]+")
_DEGREE = re.compile(r"(?:S|M|Sp|Ph|B|D)[A-Za-z]{0,4}(?:\.[A-Za-z]{0,4})*\.?(?:-[A-Z]+)?")
# Words shaped like prefixed verbs that are none: "Kiai Said tersebut" has no verb, so no
# subject ("tersebut", "mereka", "memang", "persen", "dimana", "terhadap", …).
NOT_VERBS = _vocab(
    """
    tersebut terhadap termasuk terkait terutama terakhir terus terlalu terlebih terpisah
    tertentu ternyata terbesar terbanyak terbaru terbaik tertinggi terendah terdekat terjauh
    terlama tercepat terlambat mereka memang menurut menurutnya meski meskipun
    berbagai bersama beserta bersamaan berapa beberapa berikut berikutnya berupa berkat
    persen pertama perlu pernah perempuan persis perihal pertanda dimana disini disana
    disitu dirinya diri digital dini dinas
"""
)
_NOT_VERBS = frozenset(NOT_VERBS)


class _VerbShape:
    """Prefixed verbs by their shape (me-, ber-, ter-, di-, per-), the words of NOT_VERBS
    left out; a set look-up, so every word of an article costs one match."""

    _shape = re.compile(r"(?:me|ber|ter|di|per)[a-z]{3,}")
    _starts = frozenset(("me", "be", "te", "di", "pe"))  # the prefixes' first letters

    def fullmatch(self, word: str) -> bool:
        return word[:2] in self._starts and _verb_shaped(word)


@lru_cache(maxsize=65536)  # every word of an article is asked, several times
def _verb_shaped(word: str) -> bool:
    return word not in _NOT_VERBS and _VerbShape._shape.fullmatch(word) is not None


_VERBISH = _VerbShape()

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


# English words that join a second clause between a quote and a reporting verb.
_CLAUSE_JOINERS = frozenset(_vocab("as while when after before and but because since until"))
_PERSON_OFFICES = (
    frozenset(ROLE_WORDS) | frozenset(RANKS) | frozenset(TITLES) | frozenset(ENGLISH_ROLES)
)
