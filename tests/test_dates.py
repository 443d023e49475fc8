"""Indonesian date strings as portals print them, ISO values, relative phrases and URL dates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from newsbot.extract.dates import WIB, ParsedDate, date_from_url, parse_date, to_iso

CRAWL = datetime(2026, 7, 24, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rabu, 23 Februari 2022 | 14:35 WIB", "2022-02-23T14:35:00+07:00"),
        ("Kamis, 24 Mar 2022 10:05 WIB", "2022-03-24T10:05:00+07:00"),
        ("Jum'at, 24 Juli 2026 | 07:08 WIB", "2026-07-24T07:08:00+07:00"),
        ("Jum’at, 24 Juli 2026 | 07:08 WIB", "2026-07-24T07:08:00+07:00"),
        ("Senin, 2 Agu 2021 09:00 WIB", "2021-08-02T09:00:00+07:00"),
        ("Senin, 2 Agu. 2021 09:00 WIB", "2021-08-02T09:00:00+07:00"),
        ("Selasa, 17 Ags 2021 08:15 WIB", "2021-08-17T08:15:00+07:00"),
        ("Jumat, 1 Okt. 2021 13:00 WIB", "2021-10-01T13:00:00+07:00"),
        ("Rabu, 25 Des 2019 23:59 WIB", "2019-12-25T23:59:00+07:00"),
        ("Kamis, 6 Mei 2021 06:01 WIB", "2021-05-06T06:01:00+07:00"),
        ("Jumat, 24 Jul 2026 10:47 WIB", "2026-07-24T10:47:00+07:00"),
        ("Selasa, 13 Januari 2026 pukul 19.55 WITA", "2026-01-13T19:55:00+08:00"),
        ("13 Januari 2026, 07.30 WIT", "2026-01-13T07:30:00+09:00"),
        ("Kompas.com - 27/03/2024, 06:16 WIB", "2024-03-27T06:16:00+07:00"),
        ("Diperbarui 27/03/2024, 08:05 WIB", "2024-03-27T08:05:00+07:00"),
        ("Diterbitkan 24 Juli 2026, 10:26 WIB", "2026-07-24T10:26:00+07:00"),
        (", Jurnalis-Jum'at, 24 Juli 2026 |15:18 WIB", "2026-07-24T15:18:00+07:00"),
        ("Tayang: Jumat, 24 Juli 2026 12:40 WIB", "2026-07-24T12:40:00+07:00"),
        ("24 Jul 2026, 11:00 WIB", "2026-07-24T11:00:00+07:00"),
        ("Selasa, 13 Januari 2026 20:37", "2026-01-13T20:37:00+07:00"),
        ("Thursday, 05 November 2015 | 10:08 WIB", "2015-11-05T10:08:00+07:00"),
        ("November 5, 2015 10:08 pm", "2015-11-05T22:08:00+07:00"),
        ("Nov 5, 2015 12:15 AM", "2015-11-05T00:15:00+07:00"),
        ("2022-03-24T11:56:26+07:00", "2022-03-24T11:56:26+07:00"),
        ("2022-03-24T11:56:26+0800", "2022-03-24T11:56:26+08:00"),
        ("2022-03-24 11:56:26", "2022-03-24T11:56:26+07:00"),
        ("2014-07-13T20:07:27.8200000", "2014-07-13T20:07:27+07:00"),
        ("2016-02-16T02:10:56Z", "2016-02-16T02:10:56+00:00"),
        ("2021-06-16T13:00:00-07:00", "2021-06-16T13:00:00-07:00"),
    ],
)
def test_display_strings_keep_time_and_shown_zone(text: str, expected: str) -> None:
    parsed = parse_date(text)
    assert parsed is not None
    assert parsed.has_time
    assert to_iso(parsed) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rabu, 23 Februari 2022", "2022-02-23"),
        ("12 Oktober 2020", "2020-10-12"),
        ("27/03/2024", "2024-03-27"),
        ("2022-03-24", "2022-03-24"),
        ("March 3, 2022", "2022-03-03"),
    ],
)
def test_date_only_text_has_no_time(text: str, expected: str) -> None:
    parsed = parse_date(text)
    assert parsed == ParsedDate(parsed.value, False) if parsed else False
    assert to_iso(parsed) == expected
    assert parsed.value.utcoffset() == timedelta(hours=7)


def test_wita_is_kept_not_converted() -> None:
    parsed = parse_date("Senin, 3 Januari 2022 14:35 WITA")
    assert parsed is not None
    assert (parsed.value.hour, parsed.value.utcoffset()) == (14, timedelta(hours=8))


def test_number_after_year_is_not_a_time() -> None:
    parsed = parse_date("Rabu, 23 Februari 2022 12.000 warga mengungsi")
    assert parsed is not None
    assert not parsed.has_time


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 jam yang lalu", "2026-07-24T10:00:00+07:00"),
        ("5 menit lalu", "2026-07-24T11:55:00+07:00"),
        ("30 detik yang lalu", "2026-07-24T11:59:30+07:00"),
        ("3 hours ago", "2026-07-24T09:00:00+07:00"),
        ("kemarin", "2026-07-23"),
        ("Kemarin, 19.55 WITA", "2026-07-23T19:55:00+08:00"),
        ("3 hari yang lalu", "2026-07-21"),
        ("pukul 19.55 WITA", "2026-07-24T19:55:00+08:00"),
    ],
)
def test_relative_forms_use_the_crawl_time(text: str, expected: str) -> None:
    parsed = parse_date(text, relative_base=CRAWL)
    assert parsed is not None
    assert to_iso(parsed) == expected


@pytest.mark.parametrize("text", ["2 jam yang lalu", "kemarin", "5 menit lalu"])
def test_relative_forms_without_base_are_not_guessed(text: str) -> None:
    assert parse_date(text) is None


def test_relative_base_in_utc_gives_same_instant() -> None:
    parsed = parse_date("2 jam yang lalu", relative_base=CRAWL.astimezone(UTC))
    assert parsed is not None
    assert parsed.value == CRAWL - timedelta(hours=2)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "garbage",
        "[publishdate]",
        "31 Februari 2022",
        "99/99/2022",
        "Tim Redaksi",
        None,
        42,
    ],
)
def test_garbage_gives_none(text: object) -> None:
    assert parse_date(text) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://lampung.suara.com/read/2022/03/24/115626/temui-gubernur-dki",
            "2022-03-24T11:56:26+07:00",
        ),
        (
            "http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar",
            "2015-11-05T10:00:26+07:00",
        ),
        ("https://news.detik.com/berita/d-123/read/2022/03/24/x", "2022-03-24"),
        ("http://regional.kompas.com/read/2015/11/04/21040031/Polres.Lhokseumawe", "2015-11-04"),
        ("http://lifestyle.okezone.com/read/2015/11/05/481/1244264/sering-depresi", "2015-11-05"),
        (
            "https://www.cnnindonesia.com/nasional/20220324115626-20-123456/judul",
            "2022-03-24T11:56:26+07:00",
        ),
        ("https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m", "2020-10-09"),
        (
            "https://www.merdeka.com/peristiwa/20210617095450-judul-berita.html",
            "2021-06-17T09:54:50+07:00",
        ),
    ],
)
def test_date_from_url(url: str, expected: str) -> None:
    parsed = date_from_url(url)
    assert parsed is not None
    assert to_iso(parsed) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gelora.co/2020/10/sri-mulyani.html",
        "https://www.liputan6.com/tekno/read/4804339/cetak-gol",
        "https://example.com/2022/13/45/x",
        "",
    ],
)
def test_urls_without_a_full_date(url: str) -> None:
    assert date_from_url(url) is None
