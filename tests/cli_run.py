"""The `newsbot` command run as a user runs it (a subprocess), for the CLI tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def newsbot(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbot", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
