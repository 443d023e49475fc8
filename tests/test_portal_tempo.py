"""Tempo: only 2015 listing pages are saved; the profile must own the hosts and refuse listings."""

import pytest
from conftest import shared_page

from newsbot.extract import NotAnArticle, extract_article
from newsbot.portals import portal_for_url


def test_tempo_hosts_and_article_urls():
    portal = portal_for_url("https://en.tempo.co/read/1234567/some-story")
    assert portal is not None
    assert portal.name == "tempo"
    assert portal.is_article_url("https://nasional.tempo.co/read/1234567/judul-berita")


@pytest.mark.shared
def test_tempo_listing_is_not_an_article():
    with pytest.raises(NotAnArticle):
        extract_article(
            shared_page("tempo.co/tempo.co__tempo-mainpage.html"), "http://www.tempo.co/engine"
        )
