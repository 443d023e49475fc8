"""`newsbot health`: exit non-zero with one line per unhealthy target (cron mail, systemd OnFailure=)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from newsbot.cli._common import DEFAULT_DB, DbPath, fail


class Duration(click.ParamType):
    name = "duration"

    def convert(
        self, value: Any, param: click.Parameter | None, ctx: click.Context | None
    ) -> dt.timedelta:
        from newsbot.plan import parse_duration

        if isinstance(value, dt.timedelta):
            return value
        try:
            return parse_duration(value)
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


@click.command("health")
@click.argument("targets", nargs=-1)
@click.option(
    "--plan",
    "plan_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Check the plan's enabled targets, each in its own database "
    "[default: $NEWSBOT_PLAN or ./newsbot.toml when it exists, else every target in --db].",
)
@click.option(
    "--max-age",
    type=Duration(),
    default=None,
    metavar="DURATION",
    help="Unhealthy when the last run started longer ago than this (e.g. 3h): the schedule stopped.",
)
@click.option(
    "--nothing-new-for",
    type=Duration(),
    default="1d",
    show_default=True,
    metavar="DURATION",
    help="Unhealthy when runs found only stored articles for longer than this.",
)
@click.option("-v", "--verbose", is_flag=True, help="Also print one line per healthy target.")
@click.option(
    "--db",
    "db_path",
    type=DbPath(),
    default=str(DEFAULT_DB),
    show_default=True,
    help="SQLite database file (without a plan).",
)
def command(
    targets: tuple[str, ...],
    plan_file: Path | None,
    max_age: dt.timedelta | None,
    nothing_new_for: dt.timedelta,
    verbose: bool,
    db_path: Path,
) -> None:
    """Check the last crawl run of each target; silent and exit 0 when all are healthy.

    A target is unhealthy when its last run did not finish, fetched nothing, stored nothing (article
    pages failed, or no article URL was found), found nothing new for too long, or its field coverage
    fell against its previous runs (usually a layout change).
    """
    from newsbot.health import check_runs
    from newsbot.plan import PlanError, load_plan, plan_path

    checks: list[tuple[str, Path]] = []
    if not targets and (plan_file is not None or plan_path().exists()):
        try:
            plan = load_plan(plan_file, check_targets=False)
        except PlanError as exc:
            fail(str(exc))
        checks = [(t.target, t.db) for t in plan.enabled]
    else:
        checks = [(t, db_path) for t in targets]
    problems: list[str] = []
    dbs = list(dict.fromkeys(path for _, path in checks)) or [db_path]
    for db in dbs:
        if not db.exists():
            fail(f"no database at {db}: nothing was ever crawled into it")
    runs_by_db = {db: _runs(db, [t for t, p in checks if p == db]) for db in dbs}
    if not checks:
        checks = [(target, db_path) for target in runs_by_db[db_path]]
        if not checks:
            fail(f"{db_path} has no crawl runs yet")
    for target, db in checks:
        runs = runs_by_db[db].get(target, [])
        reason = check_runs(target, runs, max_age=max_age, nothing_new_for=nothing_new_for)
        if reason:
            problems.append(f"{target}: {reason}")
        elif verbose:
            counts = runs[0].get("counts") or {}
            click.echo(
                f"{target}: ok (last run {runs[0].get('started_at')}: stored {counts.get('stored', 0)},"
                f" skipped {counts.get('skipped_seen', 0)})"
            )
    if problems:
        for line in problems:
            click.secho(f"unhealthy: {line}", fg="red", err=True)
        raise SystemExit(1)


def _runs(db: Path, targets: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Recent runs per target (all targets with runs when `targets` is empty), newest first."""
    from newsbot.extensions import PREVIOUS_RUNS
    from newsbot.store import Store, StoreError

    try:
        # Read-only: a health check beside a running crawl never takes the write lock, never
        # migrates or creates a database (a mistyped --db is "no database at …").
        store = Store(db, readonly=True)
    except StoreError as exc:
        fail(str(exc))
    try:
        if not targets:
            targets = [
                row[0]
                for row in store.db.execute(
                    "SELECT DISTINCT target FROM crawl_runs ORDER BY target"
                )
            ]
        # Enough history for the coverage comparison and the "nothing new" look-back.
        return {t: store.runs(target=t, limit=max(PREVIOUS_RUNS + 1, 200)) for t in targets}
    finally:
        store.close()
