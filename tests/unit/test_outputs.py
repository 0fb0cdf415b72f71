"""Output files never half written (core/outputs.py): partial names, publication, stale partials."""
import errno
import os
import sqlite3
import subprocess
import sys

import pytest
from tracemob.tracemob_plugin.core import outputs
from tracemob.tracemob_plugin.core.ingest.files import list_inputs


def test_partial_names_keep_the_extension_and_the_base_name_and_are_recognised(tmp_path):
    final = tmp_path / "points.gpkg"
    partial = outputs.partial_path(final)
    name = os.path.basename(partial)
    assert os.path.dirname(partial) == str(tmp_path)
    assert name.startswith("points.tracemob-partial-{}-".format(os.getpid())) and name.endswith(".gpkg")
    assert name.split(".")[0] == "points"  # QGIS names a new GeoPackage's layer after this
    dashed = os.path.basename(outputs.partial_path(final, keep_base_name=False))
    assert dashed.startswith("points-tracemob-partial-") and dashed.count(".") == 1
    assert outputs.is_partial(partial) and outputs.is_partial(dashed) and outputs.is_partial(partial + "-journal")
    assert not outputs.is_partial(final) and not outputs.is_partial(tmp_path / "tracemob-partial.csv")
    assert outputs.partial_path(final) != partial


def test_atomic_path_publishes_only_a_complete_file_and_keeps_the_previous_one_on_error(tmp_path):
    final = tmp_path / "report.html"
    final.write_text("previous")
    with pytest.raises(RuntimeError):
        with outputs.atomic_path(final) as partial:
            with open(partial, "w") as fh:
                fh.write("half")
            raise RuntimeError("killed in the middle")
    assert final.read_text() == "previous"
    assert sorted(os.listdir(tmp_path)) == ["report.html"]  # the partial file is gone
    with outputs.atomic_path(final) as partial:
        with open(partial, "w") as fh:
            fh.write("new")
        assert final.read_text() == "previous"  # not before the block ended
    assert final.read_text() == "new"
    assert sorted(os.listdir(tmp_path)) == ["report.html"]


def _dead_pid():
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_partials_of_dead_processes_are_stale_and_removed_but_live_ones_are_kept(tmp_path):
    final = tmp_path / "out.gpkg"
    dead = tmp_path / "out.tracemob-partial-{}-aaaaaa.gpkg".format(_dead_pid())
    dead_journal = tmp_path / (dead.name + "-journal")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live = tmp_path / "out.tracemob-partial-{}-bbbbbb.gpkg".format(sleeper.pid)
        other = tmp_path / "other.tracemob-partial-{}-cccccc.gpkg".format(_dead_pid())  # another output's
        for p in (dead, dead_journal, live, other, final):
            p.write_bytes(b"x")
        mine = outputs.partial_path(final)  # being written by this process now
        open(mine, "wb").close()
        assert outputs.stale_partials(final) == sorted([str(dead), str(dead_journal)])
        assert outputs.remove_stale_partials(final) == sorted([str(dead), str(dead_journal)])
        assert sorted(os.listdir(tmp_path)) == sorted([live.name, other.name, final.name, os.path.basename(mine)])
        outputs.discard(mine)  # once discarded, this process's own partial would be stale too
        assert not os.path.exists(mine)
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_partial_file_of_this_process_not_being_written_is_stale(tmp_path):
    """QGIS runs every algorithm in one process: the partial left by an earlier failed run is stale."""
    final = tmp_path / "out.csv"
    old = tmp_path / "out.tracemob-partial-{}-dddddd.csv".format(os.getpid())
    old.write_text("half")
    assert outputs.stale_partials(final) == [str(old)]


def test_folder_readers_skip_partial_files(tmp_path):
    (tmp_path / "a.csv").write_text("lat,lon,time\n1,2,3\n")
    (tmp_path / "a.tracemob-partial-123-abcdef.csv").write_text("lat,lon,time\n1,2,3\n")
    (tmp_path / "b-tracemob-partial-123-abcdef.geojson").write_text("{}")
    assert [p.name for p in list_inputs(tmp_path)] == ["a.csv"]


def test_full_disk_errors_are_recognised_through_their_causes():
    assert outputs.is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert outputs.is_disk_full(sqlite3.OperationalError("database or disk is full"))
    try:
        try:
            raise OSError(errno.ENOSPC, "x")
        except OSError as inner:
            raise ValueError("writing failed") from inner
    except ValueError as outer:
        assert outputs.is_disk_full(outer)
    assert not outputs.is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not outputs.is_disk_full(ValueError("bad value"))


def test_writable_folder_problem_names_the_reason(tmp_path):
    assert outputs.writable_folder_problem(tmp_path) == ""
    assert outputs.writable_folder_problem(tmp_path / "new" / "deeper") == ""  # would be created in tmp_path
    assert os.listdir(tmp_path) == []  # the probe left nothing
    afile = tmp_path / "f.txt"
    afile.write_text("x")
    assert outputs.writable_folder_problem(afile) == os.strerror(errno.ENOTDIR)
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            assert outputs.writable_folder_problem(locked) == os.strerror(errno.EACCES)
        finally:
            locked.chmod(0o700)


def test_a_folder_of_many_outputs_is_cleaned_in_one_listing(tmp_path):
    dead = _dead_pid()
    stale = [tmp_path / "fmd_2024_{}.tracemob-partial-{}-abcdef.pdf".format(i, dead) for i in range(3)]
    for p in stale:
        p.write_bytes(b"%PDF half")
    (tmp_path / "fmd_2024_9.pdf").write_bytes(b"%PDF whole")
    assert outputs.stale_partials_in(tmp_path) == sorted(str(p) for p in stale)
    assert outputs.remove_stale_partials(tmp_path, folder_wide=True) == sorted(str(p) for p in stale)
    assert os.listdir(tmp_path) == ["fmd_2024_9.pdf"]
    assert outputs.stale_partials_in(tmp_path / "missing") == []
