"""The crawl plan file: what it means, and a bad one is one line naming the key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsbot.plan import PlanError, load_plan, parse_duration
from newsbot.timezones import WIB

GOOD = """
db = "data/news.db"
schedule = "@hourly"
concurrency = 3

[defaults]
window = "2d"
max_articles = 200
settings = { DOWNLOAD_DELAY = 2, ROBOTSTXT_OBEY = true }

[[targets]]
target = "suara-lampung"

[[targets]]
target = "https://example-news.id/"
window = "12h"
max_articles = 50
db = "/srv/other.db"
settings = { DOWNLOAD_DELAY = 5 }
timeout = "50m"

[[targets]]
target = "kompas-regional"
enabled = false
since = 2026-11-01
refresh = 3
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "newsbot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_plan_values_defaults_and_paths(tmp_path: Path) -> None:
    plan = load_plan(write(tmp_path, GOOD))
    assert plan.schedule == "@hourly"
    assert plan.concurrency == 3
    assert [t.target for t in plan.enabled] == ["suara-lampung", "https://example-news.id/"]
    lampung, example, kompas = plan.targets
    assert lampung.db == tmp_path / "data" / "news.db"  # relative to the plan file
    assert example.db == Path("/srv/other.db")
    assert lampung.window == dt.timedelta(days=2)
    assert example.window == dt.timedelta(hours=12)
    assert lampung.max_articles == 200
    assert example.max_articles == 50
    # A target's settings table is merged over the defaults' one.
    assert lampung.settings == {"DOWNLOAD_DELAY": 2, "ROBOTSTXT_OBEY": True}
    assert example.overrides() == {
        "DOWNLOAD_DELAY": 5,
        "ROBOTSTXT_OBEY": True,
        "CLOSESPIDER_TIMEOUT": 3000,
    }
    assert kompas.overrides()["NEWSBOT_REFRESH_DAYS"] == 3.0
    now = dt.datetime(2026, 11, 28, 12, 0, tzinfo=WIB)
    assert lampung.bounds(now) == (now - dt.timedelta(days=2), None)
    # A fixed since and a window: the later bound wins.
    assert kompas.bounds(now)[0] == dt.datetime(2026, 11, 26, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[targets]]\ntarget = "suara-lampung"\nwindow = "2x"', "targets[1].window: '2x' is not"),
        ('[[targets]]\ntarget = "suara-lampung"\nmax_articles = 0', "targets[1].max_articles"),
        ('[[targets]]\ntarget = "suara-lampung"\nwindw = "2d"', "targets[1].windw: unknown key"),
        ('[[targets]]\ntarget = "suara-lampunk"', "targets[1].target: unknown portal"),
        (
            '[[targets]]\ntarget = "suara-lampung"\n[[targets]]\ntarget = "suara-lampung"',
            "targets[2].target",
        ),
        ('[[targets]]\ntarget = "suara-lampung"\nenabled = "yes"', "targets[1].enabled"),
        ('[[targets]]\ntarget = "suara-lampung"\nsince = "kemarin"', "targets[1].since"),
        ('[[targets]]\ntarget = "suara-lampung"\nsettings = { delay = 1 }', "settings.delay"),
        ('schedule = "every hour"\n[[targets]]\ntarget = "suara-lampung"', "schedule: expected 5"),
        ('schedule = "61 * * * *"\n[[targets]]\ntarget = "suara-lampung"', "schedule: minute"),
        ('concurrency = 0\n[[targets]]\ntarget = "suara-lampung"', "concurrency"),
        ('[defaults]\ntarget = "x"\n[[targets]]\ntarget = "suara-lampung"', "defaults.target"),
        ('colour = "red"\n[[targets]]\ntarget = "suara-lampung"', "colour: unknown key"),
        ('db = "x.db"', "targets: expected at least one"),
        ("[[targets]\n", "not valid TOML"),
    ],
)
def test_bad_plans_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(PlanError) as caught:
        load_plan(write(tmp_path, text))
    text = str(caught.value)
    assert message in text
    assert text.startswith("newsbot.toml: ") or "no crawl plan" in text
    assert "\n" not in text


def test_missing_plan(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="no crawl plan at"):
        load_plan(tmp_path / "absent.toml")


def test_durations() -> None:
    assert parse_duration("90m") == dt.timedelta(minutes=90)
    assert parse_duration("1w") == dt.timedelta(days=7)
    assert parse_duration(30) == dt.timedelta(seconds=30)
    for bad in ("0d", "-1h", "soon", True):
        with pytest.raises(ValueError, match="duration"):
            parse_duration(bad)
