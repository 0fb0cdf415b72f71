#!/usr/bin/env bash
# Runs the test command on the *other* supported Debian release's QGIS, in a chroot on this same
# working tree. scripts/run_tests.sh calls it after the tests on this machine's own QGIS.
#
#   this machine   the chroot                QGIS in the chroot    Python
#   Debian 12      Debian 13 (trixie)        3.40 LTR              3.13
#   Debian 13      Debian 12 (bookworm)      3.22                  3.11
#
# Usage: scripts/other_debian.sh [-- extra pytest args]      (needs root: debootstrap, chroot, mount)
#        scripts/other_debian.sh --shell                      (an interactive shell in the chroot)
#        scripts/other_debian.sh --run CMD [ARGS...]          (any command in the chroot, from the tree)
# Environment:
#   TRACEMOB_OTHER_RELEASE=CODENAME  another release than the default one (not run by CI). Its Python
#                                    needs a pinned set in requirements*.txt: Debian unstable (sid,
#                                    QGIS 3.44 in 2026) has Python 3.14, which has none yet.
#   TRACEMOB_CHROOT_CACHE=/path      where chroots are kept (default /var/cache/tracemob)
#   TRACEMOB_CHROOT_REBUILD=1        build the chroot again even if the cached one is intact
#
# How it works:
# 1. The chroot lives at $TRACEMOB_CHROOT_CACHE/chroot-<release>, outside the clone, and is reused
#    between runs. It is built (debootstrap --variant=minbase from the Debian mirror this machine's
#    apt uses, then `scripts/setup_env.sh --system-only` inside, which apt-installs QGIS & co. exactly
#    as on a fresh machine) into chroot-<release>.new and renamed only when complete; its stamp
#    records the recipe. Before reuse it is checked (stamp, dpkg state, python3 imports qgis.core,
#    qgis_process.bin present); a broken or outdated chroot is deleted and built again.
# 2. /proc, /sys, /dev, /dev/pts, /dev/shm are mounted in it, /etc/resolv.conf copied, and this
#    working tree and ../shared (the real data the tests read as ROOT.parent/shared/data) are
#    bind-mounted at the same absolute paths, so every relative path works unchanged. A trap
#    unmounts everything on any exit. A lock serialises runs sharing the same chroot.
# 3. Inside, `bash scripts/run_tests.sh` runs with TRACEMOB_NO_CHROOT=1 (no recursion) in a clean
#    environment (env -i: none of this machine's pip settings). The chroot's own venv is
#    .venv-<codename> (or .venv for bookworm) in the working tree (scripts/venv.sh); pip downloads from
#    plain PyPI, its cache stays in the chroot. This machine's extra CA certificates
#    (/usr/local/share/ca-certificates) are installed in the chroot and pip is told to use the
#    system CA bundle, as here, so HTTPS through an inspecting proxy works the same.
# The exit code is the command's (or 1 if the chroot could not be built or entered).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd -P)"
RECIPE=1  # bump when the build steps below change: cached chroots with another recipe are rebuilt

mode=tests
cmd=()
case "${1:-}" in
  --shell) mode=shell; shift ;;
  --run) mode=run; shift; cmd=("$@"); [ ${#cmd[@]} -gt 0 ] || { echo "--run needs a command" >&2; exit 2; } ;;
  --) shift ;;
  "") ;;
  *) echo "usage: $0 [-- pytest args] | --shell | --run CMD..." >&2; exit 2 ;;
esac
[ "$mode" != tests ] || cmd=(bash scripts/run_tests.sh "$@")

log() { echo "[other-debian] $*"; }
die() { echo "[other-debian] ERROR: $*" >&2; exit 1; }

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    log "root is needed (debootstrap, chroot, mount): re-running with sudo"
    exec sudo env TRACEMOB_OTHER_RELEASE="${TRACEMOB_OTHER_RELEASE:-}" TRACEMOB_CHROOT_CACHE="${TRACEMOB_CHROOT_CACHE:-}" \
      TRACEMOB_CHROOT_REBUILD="${TRACEMOB_CHROOT_REBUILD:-}" bash "$0" "$@"
  fi
  die "this needs root (debootstrap, chroot, mount). Run as root, or skip the other QGIS with TRACEMOB_SKIP_OTHER_QGIS=1"
fi

# ---------------------------------------------------------------- which release, which mirror
host_codename="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
if [ -z "$host_codename" ]; then
  case "$(cut -d. -f1 /etc/debian_version)" in
    12) host_codename=bookworm ;;
    13) host_codename=trixie ;;
    *) die "unknown Debian release $(cat /etc/debian_version); set TRACEMOB_OTHER_RELEASE" ;;
  esac
fi
release="${TRACEMOB_OTHER_RELEASE:-}"
if [ -z "$release" ]; then
  case "$host_codename" in
    bookworm) release=trixie ;;
    *) release=bookworm ;;  # Debian 13 (trixie), or anything newer: the oldest supported QGIS
  esac
fi
[ "$release" != "$host_codename" ] || die "this machine already runs $release: nothing else to test"

# The Debian archive and security mirrors this machine's apt uses (one-line or deb822 sources).
mirror_of() {  # mirror_of REGEX default: first URI of a sources entry whose URI matches REGEX
  local uri
  uri="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    sed -n -e 's/^deb \(\[[^]]*\] \)\{0,1\}\([a-z]*:\/\/[^ ]*\) .*/\2/p' -e 's/^URIs: *\([^ ]*\).*/\1/p' |
    grep -E "$1" | head -1 || true)"
  echo "${uri:-$2}"
}
mirror="$(mirror_of '/debian/?$' http://deb.debian.org/debian)"
security="$(mirror_of '/debian-security/?$' http://deb.debian.org/debian-security)"
mirror="${mirror%/}"; security="${security%/}"

cache="${TRACEMOB_CHROOT_CACHE:-/var/cache/tracemob}"
root="$cache/chroot-$release"
stamp_path=/etc/tracemob-chroot.stamp  # inside the chroot
stamp="recipe=$RECIPE release=$release mirror=$mirror"
mkdir -p "$cache"

# One run at a time per chroot (two CI jobs on one machine would otherwise mount/build on each other).
exec 9>"$cache/chroot-$release.lock"
if ! flock -n 9; then
  log "waiting for another run using $root"
  flock 9
fi

# ---------------------------------------------------------------- mounts (always undone)
mounted=()
mount_in() {  # mount_in TARGET mount-args...: mount, remembering it for the cleanup
  local target="$1"; shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounted+=("$target")
}
unmount_all() {
  local i
  for ((i=${#mounted[@]}-1; i>=0; i--)); do
    umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  mounted=()
}
unmount_stale() {  # mounts left under $1 by a killed earlier run (deepest first)
  local m
  for m in $(mounts_under "$1"); do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
  done
}
mounts_under() {  # mounts_under DIR: the mount points at or below DIR, deepest first
  awk -v r="$1" '$2 == r || index($2, r "/") == 1 {print $2}' /proc/mounts | sort -r
}
remove_tree() {  # remove_tree DIR: delete a chroot, never while anything is still mounted in it (a bind
  # mount of the working tree lives on the same file system: rm would go down into the clone)
  unmount_stale "$1"
  [ -z "$(mounts_under "$1")" ] || die "$1 still has mounts ($(mounts_under "$1" | tr '\n' ' ')): not deleting it"
  rm -rf --one-file-system "$1"
}
mount_chroot() {  # mount_chroot DIR
  local dir="$1" shared
  unmount_stale "$dir"
  mount_in "$dir/proc" -t proc proc
  mount_in "$dir/sys" -t sysfs sysfs
  mount_in "$dir/dev" --bind /dev
  mount_in "$dir/dev/pts" --bind /dev/pts
  mount_in "$dir/dev/shm" -t tmpfs -o mode=1777 tmpfs
  cp -L /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  mount_in "$dir$here" --bind "$here"
  shared="$(dirname "$here")/shared"
  if [ -d "$shared" ]; then
    mount_in "$dir$shared" --bind "$shared"
    mount -o remount,bind,ro "$dir$shared" 2>/dev/null || true  # the real data is only read
  fi
}
trap 'unmount_all' EXIT
trap 'exit 130' INT TERM

in_chroot() {  # in_chroot DIR CMD...: CMD as root in DIR, from the working tree, clean environment
  local dir="$1"; shift
  chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" DEBIAN_FRONTEND=noninteractive TRACEMOB_NO_CHROOT=1 \
    /bin/bash -c 'cd "$0" && exec "$@"' "$here" "$@"
}

intact() {  # intact DIR: the cached chroot is complete, from this recipe, and QGIS works in it
  local dir="$1"
  [ -f "$dir$stamp_path" ] && [ "$(cat "$dir$stamp_path")" = "$stamp" ] || return 1
  [ -x "$dir/usr/bin/python3" ] && [ -x "$dir/usr/bin/qgis_process.bin" ] || return 1
  [ -z "$(chroot "$dir" /usr/bin/dpkg --audit 2>&1)" ] || return 1  # no half-installed package
  chroot "$dir" /usr/bin/env -i PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
    /usr/bin/python3 -c "import qgis.core, osgeo.gdal_array" >/dev/null 2>&1 || return 1
}

build() {  # build: a fresh chroot into $root.new, renamed to $root when complete
  local new="$root.new" script="" t0=$SECONDS
  command -v debootstrap >/dev/null 2>&1 || {
    log "installing debootstrap"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  }
  # This machine's debootstrap may predate the release (e.g. forky on Debian 12): sid's script fits.
  [ -e "/usr/share/debootstrap/scripts/$release" ] || script=/usr/share/debootstrap/scripts/sid
  remove_tree "$new"
  log "building a Debian $release chroot in $new (debootstrap from $mirror; a few minutes)"
  debootstrap --variant=minbase --include=ca-certificates "$release" "$new" "$mirror" $script \
    > "$cache/debootstrap-$release.log" 2>&1 || {
      tail -20 "$cache/debootstrap-$release.log" >&2
      die "debootstrap $release failed (log: $cache/debootstrap-$release.log)"
    }
  {
    echo "deb $mirror $release main"
    case "$release" in
      sid|unstable) ;;
      *) echo "deb $mirror $release-updates main"
         echo "deb $security $release-security main" ;;
    esac
  } > "$new/etc/apt/sources.list"
  # a minimal system: what setup_env.sh asks for, without the recommended extras (GRASS...)
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' > "$new/etc/apt/apt.conf.d/90tracemob"
  # this machine's extra CA certificates (HTTPS through a proxy that inspects it), and pip using the
  # system bundle like here (pip's own certifi bundle does not know them)
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$new/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$new/usr/local/share/ca-certificates/"
    chroot "$new" /usr/sbin/update-ca-certificates >/dev/null 2>&1 || true
  fi
  printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' > "$new/etc/pip.conf"
  mount_chroot "$new"
  log "installing QGIS and the tools in the chroot (scripts/setup_env.sh --system-only)"
  in_chroot "$new" bash scripts/setup_env.sh --system-only
  unmount_all
  [ -z "$(mounts_under "$new")" ] || die "could not unmount everything in $new"
  echo "$stamp" > "$new$stamp_path"
  intact "$new" || die "the new chroot $new does not work (qgis.core does not import)"
  remove_tree "$root"
  mv "$new" "$root"
  log "chroot ready in $((SECONDS - t0)) s: $root"
}

t_start=$SECONDS
if [ "${TRACEMOB_CHROOT_REBUILD:-0}" = "1" ]; then
  log "TRACEMOB_CHROOT_REBUILD=1: building $root again"
  build
elif [ -d "$root" ]; then
  unmount_stale "$root"
  if intact "$root"; then
    log "reusing the cached Debian $release chroot $root"
  else
    log "the cached chroot $root is incomplete or from another recipe: building it again"
    build
  fi
else
  build
fi

# the previous run's pytest folders, before anything is mounted (the clone itself may live under /tmp)
unmount_stale "$root"
[ -z "$(mounts_under "$root")" ] || die "$root still has mounts: not cleaning its /tmp"
find "$root/tmp" -mindepth 1 -maxdepth 1 -exec rm -rf --one-file-system {} + 2>/dev/null || true
mount_chroot "$root"
log "running in the Debian $release chroot: ${cmd[*]:-an interactive shell}"
set +e
if [ "$mode" = shell ]; then
  in_chroot "$root" bash -i
else
  in_chroot "$root" "${cmd[@]}"
fi
rc=$?
set -e
# Files the chroot's root created in the working tree go back to the tree's owner (runs with sudo).
owner="$(stat -c %u:%g "$here")"
if [ "$owner" != "0:0" ]; then
  find "$here" -xdev -user 0 -exec chown -h "$owner" {} + 2>/dev/null || true
fi
log "done in $((SECONDS - t_start)) s (exit $rc)"
exit "$rc"
