"""Run the crawl plan unattended: a systemd user service + timer, or a cron line with flock.

The plan's `schedule` is a cron expression (the form both worlds understand); the timer's
`OnCalendar=` is derived from it. What each way guarantees:

- systemd: the service is `Type=oneshot`, so while a run is still going the timer does not start
  another (no overlap); `Persistent=true` runs a missed activation once after downtime (catch-up);
  `OnFailure=` can name a unit that pages someone when the crawl or `newsbot health` fails.
- cron: `flock -n` skips a run while the previous one holds the lock (no overlap); cron has no
  catch-up; its mail carries whatever the commands print, and `--quiet` plus `newsbot health`
  print only on trouble.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ScheduleError", "Units", "cron_line", "cron_to_calendar", "newsbot_command", "units"]

_MACROS = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
}
_DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
# name, lowest, highest
_FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day of month", 1, 31), ("month", 1, 12)]


class ScheduleError(ValueError):
    """A schedule that is not a cron expression we can turn into a systemd calendar."""


def _values(part: str, low: int, high: int, name: str) -> list[int] | None:
    """The values one comma-separated item of a cron field stands for (None: every value)."""
    step = 1
    if "/" in part:
        part, _, step_text = part.partition("/")
        if not step_text.isdigit() or int(step_text) < 1:
            raise ScheduleError(f"bad step in {name} field: {part}/{step_text}")
        step = int(step_text)
    if part == "*":
        if step == 1:
            return None
        first, last = low, high
    elif "-" in part:
        a, _, b = part.partition("-")
        if not (a.isdigit() and b.isdigit()):
            raise ScheduleError(f"bad range in {name} field: {part!r}")
        first, last = int(a), int(b)
    elif part.isdigit():
        first = last = int(part)
        if step != 1:
            last = high
    else:
        raise ScheduleError(f"bad {name} field: {part!r}")
    if not (low <= first <= last <= high):
        raise ScheduleError(f"{name} out of range {low}-{high}: {part!r}")
    return list(range(first, last + 1, step))


def _field(text: str, low: int, high: int, name: str, width: int = 2) -> str:
    values: set[int] = set()
    for part in text.split(","):
        found = _values(part, low, high, name)
        if found is None:
            return "*"
        values.update(found)
    return ",".join(f"{v:0{width}d}" for v in sorted(values))


def _weekdays(text: str) -> str:
    names = {d.lower(): i for i, d in enumerate(_DAYS)}
    normalised = text.lower()
    for day, number in names.items():
        normalised = normalised.replace(day, str(number))
    days: set[int] = set()
    for part in normalised.split(","):
        found = _values(part, 0, 7, "day of week")
        if found is None:
            return "*"
        days.update(v % 7 for v in found)
    # Monday first, as systemd prints them.
    return ",".join(_DAYS[d] for d in sorted(days, key=lambda d: (d + 6) % 7))


def cron_to_calendar(expression: str) -> str:
    """systemd `OnCalendar=` for a 5-field cron expression or @hourly/@daily/@weekly/…."""
    text = _MACROS.get(expression.strip().lower(), expression.strip())
    if text.startswith("@"):
        raise ScheduleError(f"unknown schedule {expression!r} (use @hourly, @daily, @weekly, …)")
    fields = text.split()
    if len(fields) != 5:
        raise ScheduleError(
            f"expected 5 cron fields (minute hour day month weekday), got {expression!r}"
        )
    minute, hour, dom, month = (
        _field(value, low, high, name)
        for value, (name, low, high) in zip(fields[:4], _FIELDS, strict=True)
    )
    weekday = _weekdays(fields[4])
    if dom != "*" and weekday != "*":
        # cron runs when either matches, systemd when both do: refuse rather than differ.
        raise ScheduleError("give a day of month or a day of week, not both")
    calendar = f"*-{month}-{dom} {hour}:{minute}:00"
    return calendar if weekday == "*" else f"{weekday} {calendar}"


def cron_expression(expression: str) -> str:
    """The 5-field form cron takes (macros kept: every cron understands @hourly)."""
    return expression.strip()


def newsbot_command() -> list[str]:
    """How to call this same newsbot from a unit or a crontab (absolute, no PATH needed)."""
    beside = Path(sys.executable).parent / "newsbot"
    if beside.exists():
        return [str(beside.absolute())]
    found = shutil.which("newsbot")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "newsbot"]


def _commands(plan: Path) -> tuple[list[str], list[str]]:
    exe = newsbot_command()
    crawl = [*exe, "crawl", "--all", "--quiet", "--plan", str(plan)]
    health = [*exe, "health", "--plan", str(plan)]
    return crawl, health


@dataclass
class Units:
    name: str
    service: str
    timer: str


def units(
    plan: Path,
    schedule: str,
    *,
    name: str = "newsbot",
    on_failure: str | None = None,
    environment: dict[str, str] | None = None,
) -> Units:
    """A systemd user service running the plan then the health check, and its timer."""
    plan = plan.resolve()
    crawl, health = _commands(plan)
    lines = [
        "[Unit]",
        f"Description=newsbot crawl plan {plan}",
    ]
    if on_failure:
        lines.append(f"OnFailure={on_failure}")
    lines += [
        "",
        "[Service]",
        # oneshot: the unit stays 'activating' for the whole run, so the timer cannot start a
        # second run on top of it; the next activation waits for this one to end.
        "Type=oneshot",
        f"WorkingDirectory={plan.parent}",
        f"ExecStart={shlex.join(crawl)}",
        f"ExecStart={shlex.join(health)}",
        "Nice=10",
    ]
    for key, value in sorted((environment or {}).items()):
        lines.append(f"Environment={shlex.quote(f'{key}={value}')}")
    service = "\n".join(lines) + "\n"
    timer = "\n".join(
        [
            "[Unit]",
            f"Description=Run the newsbot crawl plan on schedule ({schedule})",
            "",
            "[Timer]",
            f"OnCalendar={cron_to_calendar(schedule)}",
            # A run missed while the machine was off or asleep starts once at the next boot.
            "Persistent=true",
            f"Unit={name}.service",
            "",
            "[Install]",
            "WantedBy=timers.target",
            "",
        ]
    )
    return Units(name=name, service=service, timer=timer)


def cron_line(plan: Path, schedule: str, lock: Path | None = None) -> str:
    """A crontab line: the plan then the health check, skipped while the last run holds the lock."""
    plan = plan.resolve()
    cron_to_calendar(schedule)  # the same checks as for the timer
    crawl, health = _commands(plan)
    lock = lock or plan.parent / f".{plan.stem}.lock"
    inner = f"{shlex.join(crawl)} && {shlex.join(health)}"
    command = f"cd {shlex.quote(str(plan.parent))} && flock -n {shlex.quote(str(lock))} sh -c {shlex.quote(inner)}"
    # cron treats % as a newline in the command.
    return f"{cron_expression(schedule)} {command.replace('%', chr(92) + '%')}"
