#!/usr/bin/env bash
# Installs whatever is missing on a Debian 12 (QGIS 3.22, Python 3.11) or Debian 13 (QGIS 3.40,
# Python 3.13) machine: QGIS from apt, a venv that sees Debian's qgis/osgeo bindings (.venv on
# Debian 12, .venv-<codename> elsewhere: scripts/venv.sh), and the pinned Python packages (one set
# per Python version, by markers in requirements*.txt). Idempotent and quiet when everything is
# already there.
# Usage: scripts/setup_env.sh [--bench] [--system-only]
#   --bench         also the peer libraries of requirements-bench.txt (the tests compare with them)
#   --system-only   only the Debian packages, no venv (scripts/other_debian.sh builds its chroot so)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
bench=0; system_only=0
for arg in "$@"; do
  case "$arg" in
    --bench) bench=1 ;;
    --system-only) system_only=1 ;;
    *) echo "setup_env.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
# The same package names on Debian 12 and 13 (13's QGIS 3.40 is still built on Qt 5, so lrelease
# still comes from qttools5-dev-tools).
need_apt=()
command -v /usr/bin/qgis_process.bin >/dev/null 2>&1 || need_apt+=(qgis qgis-providers)
/usr/bin/python3 -c "import qgis.core" >/dev/null 2>&1 || need_apt+=(python3-qgis)
command -v lrelease >/dev/null 2>&1 || [ -x /usr/lib/qt5/bin/lrelease ] || need_apt+=(qttools5-dev-tools)
/usr/bin/python3 -c "import ensurepip, venv" >/dev/null 2>&1 || need_apt+=(python3-venv)
command -v xvfb-run >/dev/null 2>&1 || need_apt+=(xvfb)
command -v zip >/dev/null 2>&1 || need_apt+=(zip)
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)  # the tests' self-signed certificate
[ -f /etc/ssl/certs/ca-certificates.crt ] || need_apt+=(ca-certificates)
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
[ "$system_only" -eq 0 ] || exit 0

. "$here/scripts/venv.sh"
venv="$TRACEMOB_VENV"
system_py="$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ -x "$venv/bin/python" ] && [ "$("$venv/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" != "$system_py" ]; then
  echo "[setup] $venv was made for another Python than /usr/bin/python3 ($system_py): making it again"
  rm -rf "$venv"
fi
if [ ! -x "$venv/bin/python" ]; then
  echo "[setup] creating $venv (Python $system_py, with Debian's site-packages, so that qgis imports)"
  /usr/bin/python3 -m venv --system-site-packages "$venv"
fi
stamp="$venv/.tracemob-req"
reqs="requirements.txt requirements-dev.txt"
[ "$bench" -eq 1 ] && reqs="$reqs requirements-bench.txt"
want="$(cat $reqs | sha256sum | cut -c1-16)-$reqs"
if [ ! -f "$stamp" ] || ! grep -qxF "$want" "$stamp"; then
  echo "[setup] pip install pinned packages ($reqs) into $venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip==24.2
  args=(); for r in $reqs; do args+=(-r "$r"); done
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "${args[@]}"
  echo "$want" >> "$stamp"
fi
# Debian's osgeo.gdal_array is compiled against Debian's own numpy (1.x on Debian 12, 2.x on
# Debian 13): the venv's numpy must have the same major version, or GDAL's numpy bridge breaks.
system_numpy="$(/usr/bin/python3 -I -c 'import numpy; print(numpy.__version__)' 2>/dev/null || echo none)"
"$venv/bin/python" - "$system_numpy" <<'PY'
import sys

import numpy

system = sys.argv[1]
assert system == "none" or numpy.__version__.split(".")[0] == system.split(".")[0], (
    f"the venv's numpy {numpy.__version__} does not match Debian's numpy {system}, the one "
    "osgeo.gdal_array is built for: fix the numpy pin in requirements.txt for this Python")
from osgeo import gdal, gdal_array  # noqa: E402

ds = gdal_array.OpenArray(numpy.arange(6, dtype="float64").reshape(2, 3))
assert ds is not None and float(ds.GetRasterBand(1).ReadAsArray().sum()) == 15.0, "GDAL's numpy bridge is broken"
import qgis.core  # noqa: E402,F401
PY
