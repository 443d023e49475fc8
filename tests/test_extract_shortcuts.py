"""The shortcuts that keep extraction cheap give the same records as the full reading: only short
texts that can hold a date and a clock are parsed as dates, and the container finder reads the
rarer attributes (role, aria-modal, hidden, style) only where they are.

All pages here were written for these tests (fictional news).
"""

from __future__ import annotations

import lxml.html

from newsbot.extract import extract_article
from newsbot.extract.body import find_container

URL = "https://rivertown-news.example/2024/05/03/council-approves-cycling-lanes"
TEXT = "".join(
    f"<p>The council approved the new cycling lanes on the river road after a long debate, "
    f"number {i} of several decisions taken on Tuesday evening.</p>"
    for i in range(5)
)


def page(body: str, head: str = "") -> str:
    return (
        "<html lang='en'><head><title>Council approves cycling lanes</title>"
        f'<meta property="og:type" content="article">{head}</head>'
        f"<body><h1>Council approves cycling lanes</h1>{body}</body></html>"
    )


def test_a_generic_byline_is_still_found() -> None:
    html = page(
        f"<article><p class='meta'><span class='author-name'>Jane Roe</span></p>{TEXT}</article>"
    )
    assert extract_article(html, URL).authors == ["Jane Roe"]


def test_a_shown_date_with_a_dotted_clock_is_still_read() -> None:
    html = page(f"<article><div class='date'>Rabu, 16 Juni 2021 10.49 WIB</div>{TEXT}</article>")
    art = extract_article(html, "https://kabarkota.example.id/berita/jalan-baru")
    assert art.published.startswith("2021-06-16T10:49")


def test_a_consent_dialog_is_not_the_container() -> None:
    consent = "<p>We and our partners use cookies to store and access information on a device.</p>"
    for dialog in ("role='dialog'", "aria-modal='true'", "class='cookie-banner'"):
        html = page(
            f"<div {dialog}>{consent * 12}</div><main><div class='story'>{TEXT}</div></main>"
        )
        container = find_container(lxml.html.document_fromstring(html))
        assert container is not None
        assert container.get("class") == "story"


def test_a_block_hidden_by_its_style_is_a_widget() -> None:
    menu = "".join(
        f"<li><a href='/s/{i}'>Another story about the river road, part {i}</a></li>"
        for i in range(12)
    )
    html = page(
        f"<main><div class='story'>{TEXT}<ul style='display: none'>{menu}</ul></div></main>"
    )
    container = find_container(lxml.html.document_fromstring(html))
    assert container is not None
    assert container.get("class") == "story"
