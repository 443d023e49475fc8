"""The crawler introduces itself: the user agent names newsbot and a contact the operator chooses."""

from __future__ import annotations

import os
import subprocess
import sys


def user_agent(env: dict[str, str]) -> str:
    code = (
        "from newsbot.crawl import build_settings; print(build_settings('x.db').get('USER_AGENT'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    return result.stdout.strip()


def test_user_agent_names_newsbot_and_the_operators_contact() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NEWSBOT_CONTACT"}
    assert user_agent(env).startswith("newsbot/")
    assert "(+https://" in user_agent(env)
    mine = user_agent({**env, "NEWSBOT_CONTACT": "mailto:redaksi@example.id"})
    assert mine.endswith("(+mailto:redaksi@example.id)")


def test_polite_defaults() -> None:
    from newsbot.crawl import build_settings

    settings = build_settings("x.db")
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 2
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert settings.getint("DOWNLOAD_TIMEOUT") <= 60
    assert settings.getint("DOWNLOAD_MAXSIZE") > 0
