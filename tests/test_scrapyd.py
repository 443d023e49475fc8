"""scrapyd for real: deploy with scrapyd-deploy, schedule a crawl of a 127.0.0.1 mirror, find the articles."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from mirror import TEST_SETTINGS, MirrorServer, build_news_site, last_run, stored_urls
from servers import http_json, need, project_copy, scrapyd_server

pytestmark = pytest.mark.servers


def test_deploy_schedule_and_crawl(tmp_path: Path) -> None:
    deploy = need("scrapyd-deploy", "pip install -e '.[distributed]'")
    db = tmp_path / "news.db"
    with scrapyd_server(tmp_path) as url, MirrorServer() as server:
        site = build_news_site(server)
        project = project_copy(tmp_path / "project")
        done = subprocess.run(
            [deploy, "env", "--version", "test1"],
            cwd=project,
            env={**os.environ, "SCRAPYD_URL": url},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        assert '"status": "ok"' in done.stdout, done.stdout
        assert http_json(url + "listspiders.json?project=newsbot")["spiders"] == ["portal"]

        settings = {**TEST_SETTINGS, "NEWSBOT_DB": str(db)}
        job = http_json(
            url + "schedule.json",
            [("project", "newsbot"), ("spider", "portal"), ("target", site.base + "/")]
            + [("setting", f"{name}={value}") for name, value in settings.items()],
        )
        assert job["status"] == "ok", job
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            jobs = http_json(url + "listjobs.json?project=newsbot")
            if any(j["id"] == job["jobid"] for j in jobs["finished"]):
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"the scrapyd job did not finish: {jobs}")
        log = next((tmp_path / "scrapyd" / "logs").rglob(f"{job['jobid']}.log")).read_text()
        assert "Traceback" not in log, log[-3000:]
    assert stored_urls(db) == site.stored | site.old
    run = last_run(db)
    assert run["target"] == site.base + "/"
    assert run["counts"]["stored"] == len(site.stored | site.old)
