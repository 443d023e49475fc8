"""Multi-page joins and the mirror's URL mapping (pure helpers of the crawl)."""

from __future__ import annotations

from newsbot.middlewares import Mirror
from newsbot.record import Article
from newsbot.spiders.joining import adopt_all_pages, append_page, finish, rebase_query


def page(url: str, paragraphs: list[str], **kw: object) -> Article:
    return Article(
        url=url, fetched_url=url, paragraphs=list(paragraphs), body="\n\n".join(paragraphs), **kw
    )


def test_walked_pages_join_in_order_without_repeats() -> None:
    first = page("https://x.id/a", ["Satu.", "Dua."], next_page_url="https://x.id/a?page=2")
    second = page(
        "https://x.id/a",
        ["Dua.", "Tiga dikatakan.", "Empat."],
        quotes=[
            {
                "text": "t",
                "speaker": "Budi",
                "speaker_role": "",
                "cue": "kata",
                "paragraph": 1,
                "kind": "direct",
            }
        ],
        lists={"baca_juga": [{"title": "Lain", "url": "https://x.id/b"}]},
    )
    joined = append_page(first, second)
    assert joined.paragraphs == ["Satu.", "Dua.", "Tiga dikatakan.", "Empat."]
    assert joined.body == "Satu.\n\nDua.\n\nTiga dikatakan.\n\nEmpat."
    assert joined.quotes[0]["paragraph"] == 2  # re-pointed into the joined paragraphs
    assert joined.lists["baca_juga"][0]["url"] == "https://x.id/b"
    assert joined.next_page_url == ""
    assert len(joined.content_hash) == 64


def test_all_pages_copy_replaces_the_first_page_but_keeps_its_url() -> None:
    first = page("https://x.id/a", ["Satu."], all_pages_url="https://x.id/a?page=all")
    whole = page("https://x.id/a?page=all", ["Satu.", "Dua.", "Tiga."])
    joined = adopt_all_pages(first, whole)
    assert joined.url == "https://x.id/a"
    assert joined.fetched_url == "https://x.id/a"
    assert joined.pages == 2
    assert joined.body.endswith("Tiga.")
    # An "all pages" answer with no more text (a copy ignoring the query) means: walk instead.
    assert adopt_all_pages(page("https://x.id/a", ["Satu.", "Dua."]), page("u", ["Satu."])) is None
    assert adopt_all_pages(page("https://x.id/a", ["Satu."]), page("u", ["Satu."])) is None


def test_all_pages_link_to_another_host_is_asked_of_the_page_own_host() -> None:
    canonical_all = "https://lampung.tribunnews.com/2026/11/25/jalan?page=all"
    assert rebase_query(canonical_all, "http://127.0.0.1:5000/tribun/jalan.html") == (
        "http://127.0.0.1:5000/tribun/jalan.html?page=all"
    )
    same = "https://x.id/a?page=all"
    assert rebase_query(same, "https://x.id/a") == same


def test_finish_clears_paging_links() -> None:
    done = finish(page("https://x.id/a", ["Satu."], next_page_url="n", all_pages_url="a"))
    assert (done.next_page_url, done.all_pages_url) == ("", "")


def test_mirror_maps_urls_both_ways() -> None:
    mirror = Mirror("http://127.0.0.1:8080/")
    original = "https://lampung.suara.com/read/2024/03/25/081000/banjir?page=all"
    assert (
        mirror.to_mirror(original)
        == "http://127.0.0.1:8080/lampung.suara.com/read/2024/03/25/081000/banjir?page=all"
    )
    assert mirror.to_mirror("http://127.0.0.1:8080/already") == "http://127.0.0.1:8080/already"
    # Redirect locations from the mirror come back onto the original host.
    assert (
        mirror.from_mirror("/lampung.suara.com/read/x", original)
        == "https://lampung.suara.com/read/x"
    )
    assert (
        mirror.from_mirror("http://127.0.0.1:8080/kompas.com/a", original) == "https://kompas.com/a"
    )
    assert mirror.from_mirror("https://elsewhere.id/x", original) == "https://elsewhere.id/x"
