"""Whether a process that left a record (a crawl_runs row, a job marker) is still running.

A process id alone is not enough: ids are reused (Linux's default pid_max is 32,768, and a busy
machine wraps it in minutes), so a killed crawl's id soon names some other process. A record keeps
the time its process wrote it; a live process with that id which started after that time is not
the record's process. The start time is read from /proc where there is one; elsewhere the id
alone decides, as before.
"""

from __future__ import annotations

import os
from pathlib import Path

# The start time read from /proc is whole boot seconds plus clock ticks: allow for the rounding.
_SLACK_SECONDS = 1.5


def _boot_time() -> float | None:
    try:
        for line in Path("/proc/stat").read_text(encoding="ascii").splitlines():
            if line.startswith("btime "):
                return float(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def _stat_fields(pid: int) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (which may hold spaces and parentheses)."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    return text[text.rfind(")") + 2 :].split()


def process_started(pid: int) -> float | None:
    """When process `pid` started (epoch seconds), or None when this system cannot say."""
    fields = _stat_fields(pid)
    boot = _boot_time()
    if not fields or len(fields) < 20 or boot is None:
        return None
    try:
        ticks = int(fields[19])  # field 22 of stat(5): starttime, in clock ticks after boot
        return boot + ticks / os.sysconf("SC_CLK_TCK")
    except (ValueError, OSError):
        return None


def alive(pid: int, since: float | None = None) -> bool:
    """Whether the process with this id that wrote a record at `since` (epoch seconds) still runs.

    Without `since`, whether any process has this id. A zombie (dead, not yet reaped) is not alive.
    """
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, owned by someone else
    fields = _stat_fields(pid)
    if fields and fields[0] in {"Z", "X"}:
        return False
    if since is not None:
        started = process_started(pid)
        if started is not None and started > since + _SLACK_SECONDS:
            return False  # the id was reused by a process that began after the record
    return True
