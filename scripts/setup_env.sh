#!/usr/bin/env bash
# Installs whatever is missing on a Debian 12 machine: QGIS from apt, a venv that sees
# Debian's qgis/osgeo bindings, and the pinned Python packages. Idempotent and quiet when
# everything is already there. Usage: scripts/setup_env.sh [--bench]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
need_apt=()
command -v /usr/bin/qgis_process.bin >/dev/null 2>&1 || need_apt+=(qgis qgis-providers)
/usr/bin/python3 -c "import qgis.core" >/dev/null 2>&1 || need_apt+=(python3-qgis)
command -v lrelease >/dev/null 2>&1 || [ -x /usr/lib/qt5/bin/lrelease ] || need_apt+=(qttools5-dev-tools)
/usr/bin/python3 -c "import ensurepip, venv" >/dev/null 2>&1 || need_apt+=(python3-venv)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb)
command -v zip >/dev/null 2>&1 || need_apt+=(zip)
# PostgreSQL + PostGIS for the PostGIS tests and bench (they start a throwaway cluster themselves)
ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || need_apt+=(postgresql postgresql-postgis)
/usr/bin/python3 -c "import psycopg2" >/dev/null 2>&1 || need_apt+=(python3-psycopg2)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "[setup] apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq "${need_apt[@]}" python3-qgis >/dev/null
fi
venv="$here/.venv"
if [ ! -x "$venv/bin/python" ]; then
  echo "[setup] creating $venv (with Debian's site-packages, so that qgis imports)"
  /usr/bin/python3 -m venv --system-site-packages "$venv"
fi
stamp="$venv/.tracemob-req"
reqs="requirements.txt requirements-dev.txt"
[ "${1:-}" = "--bench" ] && reqs="$reqs requirements-bench.txt"
want="$(cat $reqs | sha256sum | cut -c1-16)-$reqs"
if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp"; then
  echo "[setup] pip install pinned packages ($reqs)"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip==24.2
  args=(); for r in $reqs; do args+=(-r "$r"); done
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "${args[@]}"
  echo "$want" >> "$stamp"
fi
"$venv/bin/python" - <<'PY'
import numpy, sys
assert numpy.__version__.startswith("1."), "numpy 2 breaks Debian's osgeo.gdal_array: " + numpy.__version__
from osgeo import gdal_array  # noqa: F401
import qgis.core  # noqa: F401
PY
