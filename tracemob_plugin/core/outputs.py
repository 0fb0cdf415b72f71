"""Output files that are never half written: a file is written under a temporary name beside its final
path and moved into place (``os.replace``, atomic on one file system) only once it is complete.

A run killed while it writes (``kill -9``, a crash, a power cut after the data reached the disk) leaves
the previous file at the final path untouched, or no file at all, and a *partial* file beside it whose
name holds :data:`PARTIAL_MARK` and the id of the process that wrote it: ``points.tracemob-partial-4242-
1a2b3c.gpkg`` for ``points.gpkg``. No reader trusts such a file (the folder readers skip it, and its name
says what it is); the next run writing the same output removes those whose process is gone
(:func:`remove_stale_partials`).

The Processing layer (``processing/staging.py``) stages every file output of every algorithm this way;
the domain writers that write files themselves (FMD attestations, the shareable package) use
:func:`atomic_path`.
"""
import contextlib
import errno
import glob
import os
import re
import secrets
import shutil
from pathlib import Path
from typing import Iterator, List, Union

PathLike = Union[str, os.PathLike]

#: in the name of every partial output file (after a dot or a dash); never in a final one
PARTIAL_MARK = "tracemob-partial-"
_PID = re.compile(r"[.-]" + re.escape(PARTIAL_MARK) + r"(\d+)-")
#: files SQLite may leave beside a database it was writing
SQLITE_COMPANIONS = ("-journal", "-wal", "-shm")

_ACTIVE = set()  # partial paths of this process still being written (not stale even though our pid lives)


def is_partial(path: PathLike) -> bool:
    """True for a partial output file (or a file SQLite left beside one)."""
    return _PID.search(os.path.basename(str(path))) is not None


def partial_path(final: PathLike, keep_base_name: bool = True) -> str:
    """A fresh partial name beside ``final`` with the same extension, so that the writer chosen by the
    extension is the same. ``keep_base_name``: the same name before the first dot, which QGIS makes the
    layer name of a new GeoPackage (``dir/points.gpkg`` -> ``dir/points.tracemob-partial-<pid>-<random>.gpkg``);
    otherwise a dash instead of that dot (``points-tracemob-partial-...gpkg``), for the destinations that
    name their layer and whose driver QGIS picks from everything after the first dot."""
    folder, name = os.path.split(os.fspath(final))
    stem, ext = os.path.splitext(name)
    path = os.path.join(folder, "{}{}{}{}-{}{}".format(stem, "." if keep_base_name else "-", PARTIAL_MARK,
                                                       os.getpid(), secrets.token_hex(3), ext))
    _ACTIVE.add(path)
    return path


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process
    try:  # Linux: a killed process nobody has reaped yet is a zombie, as gone as a dead one
        with open("/proc/{}/stat".format(pid), "rb") as fh:
            return fh.read().rsplit(b")", 1)[-1].split()[0] not in (b"Z", b"X")
    except (OSError, IndexError):
        return True


def _stale(paths) -> List[str]:
    out = []
    for path in paths:
        match = _PID.search(os.path.basename(path))
        if match is None:
            continue
        base = path
        for suffix in SQLITE_COMPANIONS:
            if base.endswith(suffix):
                base = base[:-len(suffix)]
        pid = int(match.group(1))
        if base in _ACTIVE or (pid != os.getpid() and _alive(pid)):
            continue
        out.append(path)
    return sorted(out)


def stale_partials(final: PathLike) -> List[str]:
    """The partial files left beside ``final`` by runs that are over: their process is gone, or it is this
    process and the file is not one it is writing now (an earlier failed run in the same QGIS)."""
    folder, name = os.path.split(os.fspath(final))
    stem = os.path.splitext(name)[0]
    return _stale(glob.glob(os.path.join(glob.escape(folder or "."), glob.escape(stem) + "[.-]" + PARTIAL_MARK + "*")))


def stale_partials_in(folder: PathLike) -> List[str]:
    """The stale partial files of any output in ``folder`` (one listing: for writers of many files)."""
    try:
        names = os.listdir(os.fspath(folder))
    except OSError:
        return []
    return _stale(os.path.join(os.fspath(folder), n) for n in names if PARTIAL_MARK in n)


def remove_stale_partials(final: PathLike, folder_wide: bool = False) -> List[str]:
    """Remove :func:`stale_partials` of ``final`` (``folder_wide``: of every output in the folder ``final``,
    :func:`stale_partials_in`); returns what was removed (never raises)."""
    removed = []
    for path in (stale_partials_in(final) if folder_wide else stale_partials(final)):
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.remove(path)
            removed.append(path)
        except OSError:
            pass
    return removed


def discard(partial: PathLike) -> None:
    """Remove a partial file and what SQLite may have left beside it (never raises)."""
    partial = os.fspath(partial)
    _ACTIVE.discard(partial)
    for path in [partial] + [partial + s for s in SQLITE_COMPANIONS]:
        try:
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            elif os.path.lexists(path):
                os.remove(path)
        except OSError:
            pass


def _fsync(path: str, directory: bool = False) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def publish(partial: PathLike, final: PathLike) -> None:
    """Move the complete file ``partial`` to ``final`` (replacing a previous one in one step), after its
    bytes reached the disk."""
    partial, final = os.fspath(partial), os.fspath(final)
    _fsync(partial)
    os.replace(partial, final)
    _ACTIVE.discard(partial)
    _fsync(os.path.dirname(final) or ".", directory=True)


@contextlib.contextmanager
def atomic_path(final: PathLike, clean: bool = True) -> Iterator[str]:
    """``with atomic_path(p) as tmp: write(tmp)``: ``p`` gets the file only when the block ends without
    error; on error the partial file is removed and ``p`` is left as it was. ``clean``: first remove the
    stale partial files of ``p`` (a writer of many files in one folder rather cleans the folder once:
    ``remove_stale_partials(folder, folder_wide=True)``)."""
    final = os.fspath(final)
    if clean:
        remove_stale_partials(final)
    partial = partial_path(final)
    try:
        yield partial
    except BaseException:
        discard(partial)
        raise
    if os.path.exists(partial):
        try:
            publish(partial, final)
        except BaseException:
            discard(partial)
            raise


def is_disk_full(err: BaseException) -> bool:
    """True when ``err`` (or an exception it was raised from) says the disk or the quota is full."""
    seen = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        if isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        text = str(err).lower()
        if "disk is full" in text or "no space left" in text or "disk quota exceeded" in text:
            return True
        err = err.__cause__ or err.__context__
    return False


def writable_folder_problem(folder: PathLike) -> str:
    """Why files cannot be created in ``folder`` (or in its nearest existing parent, where it would be
    created), by trying to; ``""`` when they can. Works for root on a read-only file system too."""
    folder = Path(os.fspath(folder))
    probe_dir = folder
    while not probe_dir.exists() and probe_dir.parent != probe_dir:
        probe_dir = probe_dir.parent
    if not probe_dir.is_dir():
        return os.strerror(errno.ENOTDIR)
    probe = probe_dir / ".tracemob-write-probe-{}-{}".format(os.getpid(), secrets.token_hex(3))
    try:
        fd = os.open(str(probe), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as err:
        return err.strerror or str(err)
    os.close(fd)
    try:
        os.remove(str(probe))
    except OSError:
        pass
    return ""


__all__ = ["PARTIAL_MARK", "atomic_path", "discard", "is_disk_full", "is_partial", "partial_path", "publish",
           "remove_stale_partials", "stale_partials", "stale_partials_in", "writable_folder_problem"]
