#!/usr/bin/env bash
# The demo: installs whatever is missing (scripts/setup_env.sh), then runs scripts/run_demo.py on
# the embedded real e-mission days. Outputs go to out/demo/ unless --out DIR is given.
# Usage: scripts/run_demo.sh [--out DIR] [--lang fr] [--dpi N]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bash "$here/scripts/setup_env.sh"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export MPLBACKEND="${MPLBACKEND:-Agg}"
export PYTHONDONTWRITEBYTECODE=1
. "$here/scripts/venv.sh"  # .venv on Debian 12, .venv-<codename> elsewhere
exec "$TRACEMOB_VENV/bin/python" "$here/scripts/run_demo.py" "$@"
