import pytest
from portal_expect import check

pytestmark = pytest.mark.shared


def test_beritasatu_2020_caption_is_not_body():
    art = check(
        "beritasatu.com/beritasatu.com__198--www.beritasatu.com.html",
        "https://www.beritasatu.com/faisal-maliki-baskoro/nasional/685621/21-pendemo-di-medan-reaktif-covid19",
        portal="beritasatu",
        headline="21 Pendemo di Medan Reaktif Covid-19",
        published="2020-10-09T14:01:06+07:00",
        first="Medan, Beritasatu.com - Sebanyak 21 orang dari 253 orang pendemo",
        authors=["Arnold H Sianturi"],
        dateline="Medan, Beritasatu.com -",
    )
    assert not any("Ilustrasi tes cepat" in p for p in art.paragraphs)
    assert not art.paragraphs[-1].startswith("Sumber")


def test_gelora_blogger_post_in_an_adsense_wrapper_and_a_home_canonical():
    art = check(
        "gelora.co/gelora.co__236--www.gelora.co.html",
        "https://www.gelora.co/2020/10/sri-mulyani-minta-mk-tolak-uji-materi.html",
        portal="gelora",
        headline="Sri Mulyani Minta MK Tolak Uji Materi UU Penanganan Covid-19",
        first="GELORA.CO - Pemerintah meminta Mahkamah Konstitusi (MK)",
    )
    # The page prints "9 Oktober 2020"; the abbr.updated around it carries the time.
    assert art.published == "2020-10-09T10:10:00+07:00"
    assert art.published_raw == "9 Oktober 2020"
    # Its <meta keywords> are the theme's site-wide list ("berita politik, kriminal, …"), no tags.
    assert art.tags == []
    # its <link rel=canonical> points at the home page: the record keeps the article's own URL
    assert art.url == "https://www.gelora.co/2020/10/sri-mulyani-minta-mk-tolak-uji-materi.html"
