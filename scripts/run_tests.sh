#!/usr/bin/env bash
# The test command (CI runs exactly this through .ci/run). Usage: scripts/run_tests.sh [extra pytest args]
#
# 1. On this machine's QGIS: installs whatever is missing (scripts/setup_env.sh), builds the plugin
#    zip (which compiles the translations), then runs the domain tests without QGIS and the QGIS
#    tests offscreen.
# 2. Then the same on the other supported QGIS, in a chroot of the other Debian release (Debian 12
#    QGIS 3.22 <-> Debian 13 QGIS 3.40), built with debootstrap and cached under /var/cache/tracemob
#    (scripts/other_debian.sh; needs root; about 4-5 min with the cache, 9-12 min without).
#    TRACEMOB_SKIP_OTHER_QGIS=1 skips this part (quick local runs). When the chroot cannot be built or
#    entered at all (no root, no right to mount, no mirror), the run says so in its summary and this
#    machine's results decide, unless TRACEMOB_REQUIRE_OTHER_QGIS=1; a failure once its tests run fails. TRACEMOB_NO_CHROOT=1 is set by
#    scripts/other_debian.sh for the run inside the chroot.
# Prints one summary line per platform; exits non-zero when either fails.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
bash scripts/setup_env.sh --bench  # trackintel too: some tests compare with it
. "$here/scripts/venv.sh"
py="$TRACEMOB_VENV/bin/python"
export QT_QPA_PLATFORM=offscreen
export MPLBACKEND=Agg
export PYTHONDONTWRITEBYTECODE=1
export TRACEMOB_REQUIRE_POSTGIS=1  # setup_env.sh installed PostGIS: its tests must run, not skip
platform="$("$py" -c '
import platform
from qgis.core import Qgis
release = open("/etc/debian_version").read().strip()
codename = dict(l.strip().split("=", 1) for l in open("/etc/os-release") if "=" in l).get("VERSION_CODENAME", "?")
print(f"Debian {release} ({codename}), QGIS {Qgis.QGIS_VERSION}, Python {platform.python_version()}")
')"
echo "== platform: $platform (venv ${TRACEMOB_VENV#$here/}) =="
if [ -f scripts/i18n.py ]; then "$py" scripts/i18n.py compile; fi
if [ -f scripts/build_zip.py ]; then "$py" scripts/build_zip.py; fi

logs="$(mktemp -d "${TMPDIR:-/tmp}/tracemob-tests-XXXXXX")"
trap 'rm -rf "$logs"' EXIT
run_pytest() {
  # run_pytest LOG args...: pytest, its output also kept in LOG for the summary. pytest exits 5 when
  # it collects nothing: a folder with no test yet is not a failure here.
  local log="$1"; shift
  set +e
  "$py" -m pytest "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  if [ "$rc" -eq 5 ]; then rc=0; fi
  return "$rc"
}
last_line() {  # pytest's final "N passed, M skipped in Ts" line, without the '=' padding
  grep -E '[0-9]+ (passed|failed|error|errors|skipped|deselected)|no tests ran' "$1" | tail -1 | tr -d '=' |
    sed -e 's/^ *//' -e 's/ *$//' || true
}
status=0
echo "== domain tests (no QGIS) on $platform =="
run_pytest "$logs/unit" tests/unit -p no:pytest_qgis -q "${@}" || status=$?
echo "== QGIS tests (offscreen) on $platform =="
run_pytest "$logs/qgis" tests/qgis -q --qgis_disable_gui "${@}" || status=$?
verdict="passed"; [ "$status" -eq 0 ] || verdict="FAILED"
summary="[summary] $platform: $verdict (unit: $(last_line "$logs/unit"); QGIS: $(last_line "$logs/qgis"))"

if [ "${TRACEMOB_NO_CHROOT:-0}" = "1" ]; then
  echo "$summary"  # inside the chroot: the outer run prints it again in its final summary
  exit "$status"
fi
# The other Debian release's QGIS, in its chroot (other_debian.sh picks the release).
other_status=0
if [ "${TRACEMOB_SKIP_OTHER_QGIS:-0}" = "1" ]; then
  other_summary="[summary] the other Debian release's QGIS: skipped (TRACEMOB_SKIP_OTHER_QGIS=1)"
else
  echo "== the other Debian release's QGIS, in a chroot (scripts/other_debian.sh) =="
  set +e
  bash scripts/other_debian.sh -- "${@}" 2>&1 | tee "$logs/other"
  other_status=${PIPESTATUS[0]}
  set -e
  other_summary="$(grep -E '^\[summary\] ' "$logs/other" | tail -1 || true)"
  other_summary="${other_summary/\[summary\] /[summary] (chroot) }"
  if [ -z "$other_summary" ] && [ "$other_status" -ne 0 ]; then
    if grep -q '^== domain tests (no QGIS) on ' "$logs/other"; then
      other_summary="[summary] (chroot) other Debian release: FAILED while its tests ran (exit $other_status; see above)"
    elif [ "${TRACEMOB_REQUIRE_OTHER_QGIS:-0}" = "1" ]; then
      other_summary="[summary] (chroot) other Debian release: FAILED before its tests ran (exit $other_status; see above)"
    else
      # The chroot could not be built or entered (no root, no mount rights, no mirror...): this machine's
      # results stand, and the line says loudly that the other QGIS was not tested.
      other_summary="[summary] (chroot) other Debian release: NOT TESTED, the chroot could not be built or entered (exit $other_status; see above; TRACEMOB_REQUIRE_OTHER_QGIS=1 makes this an error)"
      other_status=0
    fi
  fi
fi
echo
echo "$summary"
echo "$other_summary"
[ "$status" -ne 0 ] || status=$other_status
exit "$status"
