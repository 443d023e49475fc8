"""The fast subset of benchmarks/reliability.py (issue 12): every failure column prints 0.

The subset: every 7th hostile page, text dump and document (each size and shape of a class)
through extraction and the discovery parsers, within 8 s and 500 MB each; two kill -9 per mode
during a mirror crawl (with and without --resume), two concurrent crawls with readers, and
faults on 10 % of requests. The whole benchmark (>= 500
pages, >= 100 documents, 20 kills per mode, a loopback crawl of all of it) runs by hand.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_quick_subset_prints_zero_in_every_failure_column() -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "reliability.py"),
            "--quick",
            "--only",
            "1,2,4,5,6",
            # Four times the benchmark's 2 s: the suite runs beside others on a shared machine,
            # and every stall issue 12 found cost 6-240 s, far over either bound.
            "--max-seconds",
            "8",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert "failures in all columns: 0" in result.stdout, (
        result.stdout[-4000:] + result.stderr[-2000:]
    )
    assert result.returncode == 0
