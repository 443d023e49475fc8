"""Real servers for tests, on 127.0.0.1 and a free port, always stopped: redis-server and scrapyd.

A missing binary skips the test with the reason, except under CI (CI=true), where `.ci/run`
installs it and a missing one is a failure, not a silent skip.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]


def need(binary: str, install: str) -> str:
    """Path of `binary`; skip (or, under CI, fail) with how to install it when it is missing."""
    found = shutil.which(binary) or shutil.which(binary, path=str(Path(sys.executable).parent))
    if found:
        return found
    message = f"{binary} is not installed ({install})"
    if os.environ.get("CI"):
        pytest.fail(message + "; .ci/run should have installed it")
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def stop(process: subprocess.Popen[Any]) -> None:
    """Terminate, then kill if it does not exit: a test never leaves a server behind."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def wait_for(check: Any, timeout: float, what: str, process: subprocess.Popen[Any]) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        with contextlib.suppress(Exception):
            if check():
                return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not come up in {timeout} s")


@contextlib.contextmanager
def redis_server(tmp: Path) -> Iterator[str]:
    """A throw-away redis-server (no persistence) on 127.0.0.1; yields its redis:// URL."""
    binary = need("redis-server", "apt-get install redis-server")
    import redis

    for _attempt in range(5):
        port = free_port()
        log = tmp / f"redis-{port}.log"
        process = subprocess.Popen(
            [
                binary,
                "--bind",
                "127.0.0.1",
                "--port",
                str(port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(tmp),
                "--logfile",
                str(log),
                "--protected-mode",
                "yes",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"redis://127.0.0.1:{port}/0"
        try:
            wait_for(lambda u=url: redis.Redis.from_url(u).ping(), 20, "redis-server", process)
        except RuntimeError:
            stop(process)
            continue  # the port was taken between choosing and binding it: try another
        try:
            yield url
        finally:
            stop(process)
        return
    raise RuntimeError("could not start redis-server on a free port")


def http_json(url: str, data: dict[str, Any] | list[tuple[str, str]] | None = None) -> Any:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(url, data=body, timeout=30) as response:
        return json.loads(response.read())


@contextlib.contextmanager
def scrapyd_server(tmp: Path) -> Iterator[str]:
    """scrapyd on 127.0.0.1 with its folders under `tmp`; yields its base URL."""
    need("scrapyd", "pip install -e '.[distributed]'")
    home = tmp / "scrapyd"
    home.mkdir()
    for _attempt in range(5):
        port = free_port()
        (home / "scrapyd.conf").write_text(
            "[scrapyd]\n"
            f"bind_address = 127.0.0.1\nhttp_port = {port}\n"
            f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\n"
            "poll_interval = 0.2\nmax_proc = 2\n",
            encoding="utf-8",
        )
        env = {**os.environ, "HOME": str(home)}  # no ~/.scrapyd.conf of the developer's
        with (home / "scrapyd.out").open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "scrapyd"],
                cwd=home,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        url = f"http://127.0.0.1:{port}/"
        try:
            wait_for(
                lambda u=url: http_json(u + "daemonstatus.json")["status"] == "ok",
                30,
                "scrapyd",
                process,
            )
        except RuntimeError:
            stop(process)
            continue
        try:
            yield url
        finally:
            stop(process)
        return
    raise RuntimeError("could not start scrapyd on a free port")


def project_copy(dest: Path) -> Path:
    """The files scrapyd-deploy builds from, copied so its build/ and egg-info stay out of the repo."""
    dest.mkdir(parents=True)
    for name in ("scrapy.cfg", "setup.py", "pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(
        ROOT / "newsbot", dest / "newsbot", ignore=shutil.ignore_patterns("__pycache__")
    )
    return dest
