"""Shared fixtures. Real saved pages are read from ../shared/pages (never copied into the repo)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(ROOT.parent / "shared")
PAGES = SHARED / "pages"
SEED = SHARED / "seed-example.txt"


def shared_path(relpath: str) -> Path:
    """Path of a file under ../shared, skipping the test when the checkout has no ../shared."""
    path = SHARED / relpath
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is only on developer and CI machines)")
    return path


def shared_page(relpath: str) -> bytes:
    """Bytes of a saved page under ../shared/pages."""
    return shared_path(f"pages/{relpath}").read_bytes()


def manifest() -> list[dict[str, str]]:
    """Rows of ../shared/pages/MANIFEST.tsv ([] when absent)."""
    path = PAGES / "MANIFEST.tsv"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:] if line.strip()]


def truth() -> list[dict[str, str]]:
    path = PAGES / "truth.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


@pytest.fixture
def seed_text() -> str:
    return shared_path("seed-example.txt").read_text(encoding="utf-8")
