import pytest
from portal_expect import check

from newsbot.extract import extract_article

pytestmark = pytest.mark.shared


def test_liputan6_2016_desktop():
    check(
        "liputan6.com/liputan6.com__liputan6-singlepage.html",
        "http://tekno.liputan6.com/read/2436773/tri-indonesia-broadband-dorong-ekosistem-digital-dalam-negeri",
        portal="liputan6",
        extractor="liputan6/v1",
        headline="Tri Indonesia: Broadband Dorong Ekosistem Digital Dalam Negeri",
        published="2016-02-16T09:10:56+07:00",
        first="Liputan6.com, Jakarta - Indonesia memasuki fase dinamis",
        authors=["Corry Anestia"],
        dateline="Liputan6.com, Jakarta -",
    )


def test_liputan6_2021_mobile_read_page():
    art = check(
        "liputan6.com/liputan6.com__read-page.html",
        "https://www.liputan6.com/tekno/read/4804339/cetak-gol-di-laga-indonesia-vs-malaysia-irfan-jaya-hingga-elkan-baggott-jadi-perbincangan-warganet",
        extractor="liputan6/v2",
        headline="Cetak Gol di Laga Indonesia vs Malaysia, Irfan Jaya hingga Elkan Baggott Jadi Perbincangan Warganet",
        published="2021-12-20T09:59:55+07:00",
        first="Liputan6.com, Jakarta - Warganet pada Senin, (20/12/2021)",
        last="Khusus di Piala AFF, Indonesia kini meraih kemenangan kelima",
        authors=["Giovani Dio Prasasti"],
    )
    assert not any(p.upper().startswith("BACA JUGA") for p in art.paragraphs)


def test_liputan6_photo_gallery_is_a_photo_story():
    """A gallery page says it is an article (og:type, a story id in the URL): it yields a record
    of kind "photo" with the text it has, instead of being refused for its short text."""
    from conftest import shared_page

    art = extract_article(
        shared_page(
            "liputan6.com/liputan6.com__foto-kondisi-kapal-selam-kri-nanggala-402-yang-tenggelam-di-perairan-bali.html"
        ),
        "https://www.liputan6.com/news/read/4541831/foto-kondisi-kapal-selam-kri-nanggala-402-yang-tenggelam-di-perairan-bali",
    )
    assert art.kind == "photo"
    assert art.headline.startswith("FOTO: Kondisi Kapal Selam KRI Nanggala 402")
    assert art.published == "2021-04-26T07:00:00+07:00"
    assert "53 awaknya dinyatakan gugur" in art.body
    assert len(art.images) >= 3


def test_merdeka_2021_reporter_not_section_link():
    check(
        "merdeka.com/merdeka.com__cuma-ada-di-pamekasan-begini-kelezatan-sate-lalat-pak-muhsin.html",
        "https://www.merdeka.com/jatim/cuma-ada-di-pamekasan-begini-kelezatan-sate-lalat-pak-muhsin.html",
        portal="merdeka",
        extractor="merdeka/v2",
        headline="Cuma Ada di Pamekasan, Begini Kelezatan Sate Lalat Pak Muhsin",
        published="2021-06-16T10:49:00+07:00",
        published_raw="16 Juni 2021 10:49",
        first="Merdeka.com - Salah satu kuliner khas Kabupaten Pamekasan",
        authors=["Rizka Nur Laily M"],
        dateline="Merdeka.com -",
    )


def test_merdeka_today_reader_2022():
    check(
        "merdeka.com/merdeka.com__today-2.html",
        "http://www.merdeka.com/peristiwa/kronologi-terbongkarnya-pemalsuan-tanda-tangan-jk-oleh-arief-rosyid.html",
        extractor="merdeka/today",
        headline="Kronologi Terbongkarnya Pemalsuan Tanda Tangan JK oleh Arief Rosyid",
        published="2022-04-04T09:46:00+07:00",
        first="Nama Arief Rosyid tengah menjadi sorotan.",
    )


# Merdeka 2021 pages carry every section of a multi-page story in one response: section 1 in
# div.mdk-body-paragraph, sections 2..n in hidden div.paging-content[data-paging_num] blocks.
# Section titles (h2) are kept as their own paragraphs, as the reader sees them on the page.
MERDEKA_2021 = "merdeka.com/merdeka.com__{}.html"


@pytest.mark.parametrize(
    ("slug", "url_path", "last", "subheading"),
    [
        (
            "5-penyebab-pusing-setelah-makan-dan-cara-mencegahnya-perlu-diketahui-kln",
            "jabar",
            "Menerapkan gaya hidup sehat untuk mengurangi risiko masalah pembuluh darah.",
            "Cara Mencegah",
        ),
        (
            "cuma-ada-di-pamekasan-begini-kelezatan-sate-lalat-pak-muhsin",
            "jatim",
            "“Sate Lalat wajib kamu cicipi saat berkunjung ke Pamekasan",
            "Wajib Dicicipi",
        ),
        (
            "jadi-penagih-utang-untuk-usaha-catering-ibunya-ini-cerita-mawar-eva-saat-sma",
            "jateng",
            '"Nggak (bayar) sih, kabur juga tetap.',
            "Tak Dibayar",
        ),
        (
            "tak-lama-lagi-akan-nikah-wanita-ini-pergoki-calon-suami-ngamar-sama-waria-bikin-syok",
            "trending",
            '"Akhirnya tayang karena dua sejoli terlarang ini',
            "Ketahuan Selingkuh Lagi dengan Alexa",
        ),
    ],
)
def test_merdeka_2021_whole_multi_section_story(slug, url_path, last, subheading):
    art = check(
        MERDEKA_2021.format(slug),
        f"https://www.merdeka.com/{url_path}/{slug}.html",
        extractor="merdeka/v2",
        last=last,
        dateline="Merdeka.com -",
    )
    assert subheading in art.paragraphs
    assert not any(p.lower().startswith("baca juga") for p in art.paragraphs)
    assert "shutterstock" not in art.paragraphs


def test_merdeka_tags_from_topik_terkait_not_meta_keywords():
    slug = "5-penyebab-pusing-setelah-makan-dan-cara-mencegahnya-perlu-diketahui-kln"
    art = check(MERDEKA_2021.format(slug), f"https://www.merdeka.com/jabar/{slug}.html")
    assert art.tags == [
        "Jabar", "Ragam", "Pusing", "Penyebab Pusing", "Penyebab Kepala Pusing",
        "Penyebab Pusing Kepala", "Gula Darah Rendah", "Tekanan Darah Rendah", "Yogyakarta",
    ]  # fmt: skip


def test_today_reader_keywords_split_from_headline_are_not_tags():
    art = check(
        "merdeka.com/merdeka.com__today-2.html",
        "http://www.merdeka.com/peristiwa/kronologi-terbongkarnya-pemalsuan-tanda-tangan-jk-oleh-arief-rosyid.html",
        published_raw="04 April 2022, 09:46 WIB",
    )
    assert art.tags == []


def test_liputan6_tags_without_cms_labels():
    art = check(
        "liputan6.com/liputan6.com__liputan6-singlepage.html",
        "http://tekno.liputan6.com/read/2436773/tri-indonesia-broadband-dorong-ekosistem-digital-dalam-negeri",
        published_raw="on 16 Feb 2016 at 09:10 WIB",
    )
    assert art.tags == ["Media Visit", "Hutchison 3 Indonesia"]


def test_merdeka_video_page_keeps_the_displayed_date():
    art = check(
        "merdeka.com/merdeka.com__video-aksi-paul-pogba-singkirkan-botol-bir-usai-laga-kontra-jerman-di-euro-2020.html",
        "https://video.merdeka.com/peristiwa/video-aksi-paul-pogba-singkirkan-botol-bir-usai-laga-kontra-jerman-di-euro-2020.html",
        published="2021-06-16T17:04:00+07:00",
        published_raw="16 Juni 2021 17:04",
    )
    assert art.authors == ["Nirmatullah Efendi"]
