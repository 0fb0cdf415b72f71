# Sourced by the shell scripts (setup_env.sh, run_tests.sh, run_demo.sh, qgis_process): sets
# TRACEMOB_VENV, the Python venv of the Debian release this runs on.
#
# One working tree serves two Debian releases: the test command also runs the tests of the other
# QGIS in a chroot of the other release on this same folder (scripts/other_debian.sh), and a venv
# only works with the Python and QGIS it was made with (Debian 12: Python 3.11, numpy 1.x;
# Debian 13: Python 3.13, numpy 2.x). So each release has its own venv:
#   Debian 12 (bookworm)       .venv           (the one the README and bench/ docs name)
#   any other release          .venv-<codename>   (.venv-trixie on Debian 13)
# Set TRACEMOB_VENV (absolute, or relative to the working tree) to choose another one.
# Expects $here = the working tree (repository root).
if [ -z "${TRACEMOB_VENV:-}" ]; then
  _tm_codename="$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")"
  if [ -z "$_tm_codename" ] || [ "$_tm_codename" = "bookworm" ]; then
    TRACEMOB_VENV="$here/.venv"
  else
    TRACEMOB_VENV="$here/.venv-$_tm_codename"
  fi
  unset _tm_codename
fi
case "$TRACEMOB_VENV" in
  /*) ;;
  *) TRACEMOB_VENV="$here/$TRACEMOB_VENV" ;;
esac
export TRACEMOB_VENV
