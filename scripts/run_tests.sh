#!/usr/bin/env bash
# The test command: installs whatever is missing (scripts/setup_env.sh), builds the plugin zip
# (which compiles the translations), then runs the domain tests without QGIS and the QGIS tests
# offscreen. Usage: scripts/run_tests.sh [extra pytest args]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
bash scripts/setup_env.sh --bench  # trackintel too: some tests compare with it
py="$here/.venv/bin/python"
export QT_QPA_PLATFORM=offscreen
export MPLBACKEND=Agg
export PYTHONDONTWRITEBYTECODE=1
export TRACEMOB_REQUIRE_POSTGIS=1  # setup_env.sh installed PostGIS: its tests must run, not skip
if [ -f scripts/i18n.py ]; then "$py" scripts/i18n.py compile; fi
if [ -f scripts/build_zip.py ]; then "$py" scripts/build_zip.py; fi

run_pytest() {
  # pytest exits 5 when it collects nothing: a folder with no test yet is not a failure here.
  set +e
  "$py" -m pytest "$@"
  rc=$?
  set -e
  if [ "$rc" -eq 5 ]; then rc=0; fi
  return "$rc"
}
status=0
echo "== domain tests (no QGIS) =="
run_pytest tests/unit -p no:pytest_qgis -q "${@}" || status=$?
echo "== QGIS tests (offscreen) =="
run_pytest tests/qgis -q --qgis_disable_gui "${@}" || status=$?
exit "$status"
