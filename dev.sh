#!/usr/bin/env bash
# One-step set-up and run on a fresh machine.
#   ./dev.sh demo   install newsbot into .venv and run the offline demo crawl (data/demo.db)
#   ./dev.sh test   install newsbot with its test tools into .venv and run the whole test suite
# Extra arguments go to the command (`./dev.sh test -k store`, `./dev.sh demo --db /tmp/x.db`).
set -euo pipefail
cd "$(dirname "$0")"
VENV=${NEWSBOT_VENV:-.venv}
PY=${PYTHON:-python3}

ensure_venv() {
  local extras=$1 stamp="$VENV/.installed-$1"
  if [ ! -x "$VENV/bin/python" ]; then
    "$PY" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    "$VENV/bin/python" -m pip install -qq --upgrade pip
    if [ "$extras" = base ]; then
      "$VENV/bin/python" -m pip install -qq -e .
    else
      "$VENV/bin/python" -m pip install -qq -e ".[$extras]"
    fi
    touch "$stamp"
  fi
}

cmd=${1:-}
shift || true
case "$cmd" in
  demo)
    ensure_venv base
    exec "$VENV/bin/newsbot" demo "$@"
    ;;
  test)
    ensure_venv test,bench,distributed
    "$VENV/bin/ruff" check newsbot tests benchmarks
    "$VENV/bin/ruff" format --check newsbot tests benchmarks
    "$VENV/bin/mypy" newsbot
    exec "$VENV/bin/python" -m pytest -q "$@"
    ;;
  *)
    echo "usage: ./dev.sh demo|test [args...]" >&2
    exit 2
    ;;
esac
