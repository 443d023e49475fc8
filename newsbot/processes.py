"""Whether a process that left a record (a crawl_runs row, a job marker) is still running."""

from __future__ import annotations

import os


def alive(pid: int) -> bool:
    """Whether a process with this id exists on this host."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, owned by someone else
    return True
