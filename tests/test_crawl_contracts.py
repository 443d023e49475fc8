"""Scrapy-native use: `scrapy list` names the spider and `scrapy check` runs its contracts offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from mirror import ROOT


def scrapy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_scrapy_list_names_the_portal_spider() -> None:
    result = scrapy("list")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "portal" in result.stdout.split()


def test_scrapy_check_contracts_pass_offline(tmp_path: Path) -> None:
    # The contracts' pages are data: URLs, so no network is needed; the run record goes to a temporary DB.
    db = tmp_path / "check.db"
    result = scrapy(
        "check",
        "portal",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=0",
        "-s",
        f"NEWSBOT_DB={db}",
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Ran 8 contracts" in result.stderr
    assert "OK" in result.stderr
