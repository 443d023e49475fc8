"""`newsbot schedule`: print or install the systemd user timer (and print the cron line) for the plan."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import click

from newsbot.cli._common import fail


@click.command("schedule")
@click.option(
    "--plan",
    "plan_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Crawl plan file [default: $NEWSBOT_PLAN or ./newsbot.toml].",
)
@click.option(
    "--install",
    is_flag=True,
    help="Write the units to ~/.config/systemd/user and enable the timer (systemctl --user).",
)
@click.option(
    "--name",
    default="newsbot",
    show_default=True,
    help="Unit name (one per plan: newsbot-lampung.service …).",
)
@click.option(
    "--on-failure",
    default=None,
    metavar="UNIT",
    help="systemd unit to start when the crawl or the health check fails (it pages someone).",
)
@click.option("--cron", "cron_only", is_flag=True, help="Print only the crontab line.")
def command(
    plan_file: Path | None, install: bool, name: str, on_failure: str | None, cron_only: bool
) -> None:
    """Run the crawl plan on its `schedule`: a systemd service + timer, or a cron line with flock.

    The service crawls every enabled target (`newsbot crawl --all`), then runs `newsbot health`.
    A run still going blocks the next one (systemd oneshot; flock for cron), and the timer catches
    up a run missed while the machine was off (Persistent=true).
    """
    from newsbot.plan import PlanError, load_plan
    from newsbot.schedule import ScheduleError, cron_line, units

    try:
        plan = load_plan(plan_file)
        environment = {key: os.environ[key] for key in ("NEWSBOT_CONTACT",) if os.environ.get(key)}
        made = units(
            plan.path, plan.schedule, name=name, on_failure=on_failure, environment=environment
        )
        cron = cron_line(plan.path, plan.schedule)
    except (PlanError, ScheduleError) as exc:
        fail(str(exc))
    if cron_only:
        click.echo(cron)
        return
    if install:
        _install(made.name, made.service, made.timer)
        return
    click.echo(f"# ~/.config/systemd/user/{made.name}.service")
    click.echo(made.service)
    click.echo(f"# ~/.config/systemd/user/{made.name}.timer")
    click.echo(made.timer)
    click.echo("# or, with cron (crontab -e):")
    click.echo(cron)


def _install(name: str, service: str, timer: str) -> None:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    folder = config / "systemd" / "user"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.service").write_text(service, encoding="utf-8")
        (folder / f"{name}.timer").write_text(timer, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write the units to {folder}: {exc}")
    click.echo(f"wrote {folder / (name + '.service')} and {folder / (name + '.timer')}")
    systemctl = shutil.which("systemctl")
    enable = f"systemctl --user daemon-reload && systemctl --user enable --now {name}.timer"
    if systemctl is None:
        fail(f"no systemctl here: the units are written; on a systemd machine run `{enable}`")
        return
    for args in (["daemon-reload"], ["enable", "--now", f"{name}.timer"]):
        done = subprocess.run(
            [systemctl, "--user", *args], capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            reason = (done.stderr or done.stdout).strip().splitlines()
            fail(
                f"`systemctl --user {' '.join(args)}` failed"
                f" ({reason[-1] if reason else f'exit {done.returncode}'}); the units are written,"
                f" run `{enable}` in your user session"
            )
    click.echo(
        f"enabled {name}.timer: `systemctl --user list-timers {name}.timer` shows the next run"
    )
