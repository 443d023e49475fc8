"""Golden records, fundus's way: for every layout version of every portal profile,
tests/fixtures/<portal>/<version>/ holds a page the project wrote in that version's markup
(page.html, never a copy or part of a saved page), the URL it is extracted as (url.txt) and the
full record extraction must give (expected.json: every field, lists and quotes included).

tests/test_golden.py runs them all. After a deliberate extraction change, regenerate and REVIEW:

    .venv/bin/python tests/golden.py                  # show how records differ from expected.json
    .venv/bin/python tests/golden.py --write suara/v4 # rewrite those expected.json files
    .venv/bin/python tests/golden.py --write          # rewrite all of them

Read the `git diff tests/fixtures` before committing: each changed line is a behaviour change the
commit must explain. Never accept a regenerated record blindly.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsbot.extract import extract_article
from newsbot.portals import all_portals

FIXTURES = ROOT / "tests" / "fixtures"


def layout_keys() -> list[str]:
    """ "portal/version" of every layout in the registry."""
    return [f"{p.name}/{layout.version}" for p in all_portals() for layout in p.layouts]


def extracted(key: str) -> dict[str, Any]:
    """The record extraction gives today for the golden page of `key`."""
    folder = FIXTURES / key
    url = (folder / "url.txt").read_text().strip()
    record = extract_article((folder / "page.html").read_bytes(), url).to_dict()
    record.pop("crawled_at", None)  # when it was read, not what the page says
    return record


def expected(key: str) -> dict[str, Any]:
    return json.loads((FIXTURES / key / "expected.json").read_text(encoding="utf-8"))


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("keys", nargs="*", help="portal/version (default: every layout)")
    parser.add_argument("--write", action="store_true", help="rewrite expected.json")
    args = parser.parse_args(argv)
    changed = 0
    for key in args.keys or layout_keys():
        new = dumps(extracted(key))
        path = FIXTURES / key / "expected.json"
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        if new == old:
            continue
        changed += 1
        if args.write:
            path.write_text(new, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}: review its git diff")
        else:
            sys.stdout.writelines(
                difflib.unified_diff(
                    old.splitlines(True), new.splitlines(True), f"{key} expected", f"{key} now"
                )
            )
    print(f"{changed} golden record(s) {'rewritten' if args.write else 'differ'}")
    return 0 if args.write or not changed else 1


if __name__ == "__main__":
    raise SystemExit(main())
