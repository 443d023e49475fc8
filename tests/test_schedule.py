"""`newsbot schedule` and `crawl --all`: the units systemd would run, verified and actually run."""

from __future__ import annotations

import fcntl
import os
import shlex
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from mirror import TEST_SETTINGS, MirrorServer, NewsSite, build_news_site, stored_urls

from newsbot.schedule import ScheduleError, cron_line, cron_to_calendar, newsbot_command, units

SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


@pytest.mark.parametrize(
    ("cron", "calendar"),
    [
        ("@hourly", "*-*-* *:00:00"),
        ("@daily", "*-*-* 00:00:00"),
        ("@weekly", "Sun *-*-* 00:00:00"),
        ("5 * * * *", "*-*-* *:05:00"),
        ("*/15 * * * *", "*-*-* *:00,15,30,45:00"),
        ("0 6-8 * * 1-5", "Mon,Tue,Wed,Thu,Fri *-*-* 06,07,08:00:00"),
        ("30 2 1 * *", "*-*-01 02:30:00"),
        ("0 0 * * sun,sat", "Sat,Sun *-*-* 00:00:00"),
        ("0 */6 * * 7", "Sun *-*-* 00,06,12,18:00:00"),
    ],
)
def test_cron_to_calendar(cron: str, calendar: str) -> None:
    assert cron_to_calendar(cron) == calendar
    if SYSTEMD_ANALYZE:
        done = subprocess.run(
            [SYSTEMD_ANALYZE, "calendar", calendar], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    "cron", ["@reboot", "* * * *", "60 * * * *", "0 0 1 * 1", "*/0 * * * *", "x * * * *"]
)
def test_schedules_we_refuse(cron: str) -> None:
    with pytest.raises(ScheduleError):
        cron_to_calendar(cron)


@pytest.fixture(scope="module")
def sites() -> Iterator[tuple[NewsSite, NewsSite]]:
    with MirrorServer() as one, MirrorServer() as two:
        yield build_news_site(one), build_news_site(two)


def write_plan(tmp_path: Path, sites: tuple[NewsSite, NewsSite]) -> Path:
    settings = ", ".join(f'{name} = "{value}"' for name, value in TEST_SETTINGS.items())
    plan = tmp_path / "newsbot.toml"
    plan.write_text(
        f"""db = "news.db"
schedule = "*/30 * * * *"
concurrency = 2

[defaults]
settings = {{ {settings} }}

[[targets]]
target = "{sites[0].base}/"

[[targets]]
target = "{sites[1].base}/"
max_articles = 3

[[targets]]
target = "suara-lampung"
enabled = false
""",
        encoding="utf-8",
    )
    return plan


def exec_lines(service: str) -> list[list[str]]:
    return [
        shlex.split(line.removeprefix("ExecStart="))
        for line in service.splitlines()
        if line.startswith("ExecStart=")
    ]


def runs(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return list(conn.execute("SELECT target, finished_at FROM crawl_runs ORDER BY id"))


def test_units_verify_and_their_commands_crawl_the_plan(
    tmp_path: Path, sites: tuple[NewsSite, NewsSite]
) -> None:
    plan = write_plan(tmp_path, sites)
    made = units(plan, "*/30 * * * *", on_failure="page-me@%n.service")
    assert "Type=oneshot" in made.service  # a run still going blocks the next activation
    assert "OnFailure=page-me@%n.service" in made.service
    assert "Persistent=true" in made.timer  # a run missed during downtime is caught up
    assert "OnCalendar=*-*-* *:00,30:00" in made.timer
    (tmp_path / "newsbot.service").write_text(made.service)
    (tmp_path / "newsbot.timer").write_text(made.timer)
    if SYSTEMD_ANALYZE:
        done = subprocess.run(
            [SYSTEMD_ANALYZE, "verify", "newsbot.service", "newsbot.timer"],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        # It would say so about OnFailure's unit; nothing else may be reported.
        problems = [line for line in done.stderr.splitlines() if "page-me" not in line]
        assert not problems, done.stderr

    crawl, health = exec_lines(made.service)
    assert crawl[-4:] == ["--all", "--quiet", "--plan", str(plan.resolve())]
    done = subprocess.run(
        crawl, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout == ""  # --quiet: cron mails nothing on a good run
    db = tmp_path / "news.db"
    # One crawl_runs row per enabled target, the disabled one not crawled.
    assert sorted(target for target, _ in runs(db)) == sorted(s.base + "/" for s in sites)
    assert all(finished for _, finished in runs(db))
    first, second = sites
    urls = stored_urls(db)
    assert first.stored | first.old <= urls
    assert len(urls & (second.stored | second.old)) == 3  # its own max_articles
    done = subprocess.run(
        health, cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr


def test_cron_line_skips_while_a_run_holds_the_lock(
    tmp_path: Path, sites: tuple[NewsSite, NewsSite]
) -> None:
    if not shutil.which("flock"):
        pytest.skip("flock (util-linux) is not installed")
    plan = write_plan(tmp_path, sites)
    line = cron_line(plan, "*/30 * * * *")
    schedule, command = line[: len("*/30 * * * *")], line[len("*/30 * * * *") + 1 :]
    assert schedule == "*/30 * * * *"
    assert "flock -n" in command
    lock = tmp_path / ".newsbot.lock"
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        busy = subprocess.run(
            ["sh", "-c", command], capture_output=True, text=True, timeout=60, check=False
        )
    assert busy.returncode != 0
    assert not (tmp_path / "news.db").exists()  # nothing ran
    done = subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(runs(tmp_path / "news.db")) == 2


def test_install_writes_user_units(tmp_path: Path, sites: tuple[NewsSite, NewsSite]) -> None:
    plan = write_plan(tmp_path, sites)
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/nonexistent"}
    done = subprocess.run(
        [*newsbot_command(), "schedule", "--install", "--plan", str(plan), "--name", "nb-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    folder = tmp_path / "config" / "systemd" / "user"
    assert (folder / "nb-test.service").read_text().count("ExecStart=") == 2
    assert "Unit=nb-test.service" in (folder / "nb-test.timer").read_text()
    # No systemctl on this PATH: the units are written and the user is told the one command left.
    assert done.returncode == 1
    assert "systemctl --user enable --now nb-test.timer" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_schedule_prints_units_and_cron(tmp_path: Path, sites: tuple[NewsSite, NewsSite]) -> None:
    plan = write_plan(tmp_path, sites)
    done = subprocess.run(
        [*newsbot_command(), "schedule", "--plan", str(plan)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "[Timer]" in done.stdout
    assert "flock -n" in done.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text('schedule = "hourly"\n[[targets]]\ntarget = "suara-lampung"\n')
    done = subprocess.run(
        [*newsbot_command(), "schedule", "--plan", str(bad)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("Error: bad.toml: schedule:")
