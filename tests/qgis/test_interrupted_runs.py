"""Runs that do not end well: killed while writing (SIGKILL through scripts/qgis_process), failing, a full
disk, a read-only folder; and folder outputs checked against the inputs (processing/staging.py,
core/outputs.py, the base class's checks)."""
import glob
import os
import re
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingException

from tracemob.processing import bulk
from tracemob.tracemob_plugin.core import outputs

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = ROOT / "scripts" / "qgis_process"
QGIS_PROCESS_BIN = Path("/usr/bin/qgis_process.bin")
IMPORT = "tracemob:importtraces"


def _write_fixes(path, n, users=4, seed=0):
    """A CSV of ``n`` fixes (lat, lng, datetime, uid) of ``users`` people walking around Paris, 5 s apart."""
    import pandas as pd

    rng = np.random.default_rng(seed)
    per = -(-n // users)
    uid = np.repeat(np.arange(users), per)[:n]
    secs = np.tile(np.arange(per) * 5, users)[:n]
    times = (np.datetime64("2024-03-04T06:00:00") + secs.astype("timedelta64[s]")).astype(str)
    lat = 48.85 + np.cumsum(rng.normal(0, 1e-4, n))
    lng = 2.35 + np.cumsum(rng.normal(0, 1e-4, n))
    pd.DataFrame({"lat": lat.round(6), "lng": lng.round(6), "datetime": times,
                  "uid": np.char.add("u", uid.astype(str))}).to_csv(path, index=False)
    return str(path)


def _count(gpkg, layer):
    con = sqlite3.connect("file:{}?mode=ro".format(gpkg), uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return con.execute('SELECT count(*) FROM "{}"'.format(layer)).fetchone()[0]
    finally:
        con.close()


def _layers(gpkg):
    con = sqlite3.connect("file:{}?mode=ro".format(gpkg), uri=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT table_name FROM gpkg_contents"))
    finally:
        con.close()


def _partials(folder):
    return sorted(p for p in os.listdir(folder) if outputs.is_partial(p))


# --------------------------------------------------------------------------- killed while writing
@pytest.fixture(scope="module")
def big_csv(tmp_path_factory):
    """700,000 fixes (28 MB): about 10 s of reading, then several seconds of writing a 85 MB GeoPackage."""
    return _write_fixes(tmp_path_factory.mktemp("big") / "big.csv", 700_000, users=20, seed=1)


def _kill_while_writing(args, folder, pattern, tmp_path, threshold=4 << 20):
    """Start ``scripts/qgis_process run <args>``; SIGKILL it (and its qgis_process.bin) once the partial file
    ``pattern`` in ``folder`` holds more than ``threshold`` bytes, i.e. in the middle of the write. Returns the
    partial file's path."""
    env = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # pytest-qgis sets it for this process
    with open(tmp_path / "killed_run.log", "wb") as log:
        proc = subprocess.Popen([str(WRAPPER), "run"] + args, stdout=log, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)
        partial = None
        deadline = time.monotonic() + 150
        try:
            while time.monotonic() < deadline and proc.poll() is None:
                found = [p for p in glob.glob(os.path.join(str(folder), pattern))
                         if not p.endswith(outputs.SQLITE_COMPANIONS)]
                if found and os.path.getsize(found[0]) > threshold:
                    partial = found[0]
                    break
                time.sleep(0.05)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
            code = proc.wait()
    assert partial is not None, "the run ended ({}) before it wrote {} bytes: {}".format(
        code, threshold, (tmp_path / "killed_run.log").read_text(errors="replace")[-2000:])
    assert code == -signal.SIGKILL
    pid = int(re.search(r"tracemob-partial-(\d+)-", os.path.basename(partial)).group(1))
    for _ in range(100):  # qgis_process.bin, the wrapper's child, is gone too
        if not outputs._alive(pid):
            break
        time.sleep(0.05)
    assert not outputs._alive(pid)
    return partial


@pytest.mark.skipif(not QGIS_PROCESS_BIN.exists(), reason="/usr/bin/qgis_process.bin is absent (QGIS not from apt)")
def test_a_killed_import_leaves_the_previous_geopackage_whole_and_the_next_run_removes_its_partial_file(
        run_alg, big_csv, tmp_path):
    out = tmp_path / "points.gpkg"
    run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "small.csv", 2000)], "OUTPUT": str(out), "TIMEZONE": "UTC"})
    assert _count(out, "points") == 2000
    partial = _kill_while_writing([IMPORT, "--", "INPUT=" + big_csv, "OUTPUT=" + str(out), "TIMEZONE=UTC"],
                                  tmp_path, "points.tracemob-partial-*.gpkg", tmp_path)
    # the previous output is whole and alone at its path; the killed run's data is only in its partial file
    assert _count(out, "points") == 2000 and _layers(out) == ["layer_styles", "points"]
    assert not os.path.exists(str(out) + "-journal")
    assert os.path.getsize(partial) > 4 << 20
    from qgis.core import QgsVectorLayer

    assert QgsVectorLayer(str(out), "p", "ogr").featureCount() == 2000
    # the next run writes its output and removes the partial file of the killed process
    res, _ = run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "next.csv", 3000)], "OUTPUT": str(out),
                              "TIMEZONE": "UTC"})
    assert res["OUTPUT"] == str(out)
    assert _count(out, "points") == 3000
    assert _partials(tmp_path) == []


@pytest.mark.skipif(not QGIS_PROCESS_BIN.exists(), reason="/usr/bin/qgis_process.bin is absent (QGIS not from apt)")
def test_a_killed_run_writing_a_layer_into_a_geopackage_leaves_its_layers_as_they_were(run_alg, big_csv, tmp_path):
    study = tmp_path / "study.gpkg"
    run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "a.csv", 2000)], "OUTPUT": str(study), "TIMEZONE": "UTC"})
    beside = "ogr:dbname='{}' table=\"fixes\" (geom)".format(study)
    run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "b.csv", 3000)], "OUTPUT": beside, "TIMEZONE": "UTC"})
    assert _layers(study) == ["fixes", "layer_styles", "study"]
    _kill_while_writing([IMPORT, "--", "INPUT=" + big_csv, "OUTPUT=" + beside, "TIMEZONE=UTC"],
                        tmp_path, "study-tracemob-partial-*.gpkg", tmp_path)
    assert _layers(study) == ["fixes", "layer_styles", "study"]
    assert _count(study, "study") == 2000 and _count(study, "fixes") == 3000
    # the next run replaces the layer in one transaction: the other layer, the index, the styles
    res, _ = run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "c.csv", 1000)], "OUTPUT": beside,
                              "TIMEZONE": "UTC"})
    assert res["OUTPUT"] == "{}|layername=fixes".format(study)
    assert _count(study, "study") == 2000 and _count(study, "fixes") == 1000
    con = sqlite3.connect(str(study))
    try:
        assert con.execute("SELECT rtreecheck('rtree_fixes_geom')").fetchone() == ("ok",)
        assert con.execute("SELECT count(*) FROM rtree_fixes_geom").fetchone() == (1000,)
        assert con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'fixes'").fetchone() \
            == (1000,)
        assert con.execute("SELECT count(*) FROM layer_styles WHERE f_table_name = 'fixes'").fetchone() == (1,)
    finally:
        con.close()
    assert _partials(tmp_path) == []


def test_a_layer_copy_failing_midway_rolls_back_to_the_previous_layer(run_alg, tmp_path, monkeypatch):
    """The copy of a layer into an existing GeoPackage is one transaction: failing after the previous layer was
    dropped and the new table created leaves the previous layer (what a kill at that moment leaves too: SQLite
    rolls the journal back on the next opening)."""
    from tracemob.processing import staging

    study = tmp_path / "study.gpkg"
    run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "a.csv", 2000)], "OUTPUT": str(study), "TIMEZONE": "UTC"})
    beside = "ogr:dbname='{}' table=\"fixes\" (geom)".format(study)
    run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "b.csv", 3000)], "OUTPUT": beside, "TIMEZONE": "UTC"})
    new = tmp_path / "new.gpkg"
    run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "c.csv", 1000)],
                     "OUTPUT": "ogr:dbname='{}' table=\"fixes\" (geom)".format(new), "TIMEZONE": "UTC"})
    copy_rows = staging._copy_rows

    def fail_on_styles(con, table, key, layer):
        if table == "layer_styles":
            assert con.execute('SELECT count(*) FROM main."fixes"').fetchone() == (1000,)  # well under way
            raise OSError("killed here")
        copy_rows(con, table, key, layer)

    monkeypatch.setattr(staging, "_copy_rows", fail_on_styles)
    with pytest.raises(OSError, match="killed here"):
        staging.copy_layer(str(new), str(study), "fixes")
    assert _layers(study) == ["fixes", "layer_styles", "study"]
    assert _count(study, "fixes") == 3000 and _count(study, "study") == 2000
    monkeypatch.setattr(staging, "_copy_rows", copy_rows)
    staging.copy_layer(str(new), str(study), "fixes")
    assert _count(study, "fixes") == 1000 and _count(study, "study") == 2000


def test_a_failed_run_removes_its_partial_file_and_keeps_the_previous_output(run_alg, tmp_path, monkeypatch):
    out = tmp_path / "points.gpkg"
    run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "small.csv", 2000)], "OUTPUT": str(out), "TIMEZONE": "UTC"})
    before = out.read_bytes()

    write_frame = bulk.write_frame

    def write_then_fail(*args, **kwargs):  # the data is written, then the run fails (as a cancel would)
        write_frame(*args, **kwargs)
        raise QgsProcessingException("the writer failed as it closed")

    monkeypatch.setattr(bulk, "write_frame", write_then_fail)
    with pytest.raises(QgsProcessingException, match="the writer failed"):
        run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "next.csv", 3000)], "OUTPUT": str(out),
                         "TIMEZONE": "UTC"})
    assert out.read_bytes() == before
    assert _partials(tmp_path) == []


def test_outputs_loaded_on_completion_and_their_styles_follow_the_published_path(tracemob_provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject

    out = tmp_path / "points.gpkg"
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(IMPORT, {"INPUT": [_write_fixes(tmp_path / "small.csv", 500)], "TIMEZONE": "UTC",
                                  "OUTPUT": QgsProcessingOutputLayerDefinition(str(out), QgsProject.instance())},
                         context=context)
    assert res["OUTPUT"] == str(out)
    assert list(context.layersToLoadOnCompletion()) == [str(out)]
    assert context.layerToLoadOnCompletionDetails(str(out)).postProcessor() is not None  # the style
    assert _partials(tmp_path) == []


def test_file_destinations_are_published_whole(run_alg, sample_day, tmp_path):
    """A chart (file destination) and a CSV table: at their paths, nothing else beside them."""
    res, _ = run_alg("tracemob:importtraces", {"INPUT": [str(sample_day)], "OUTPUT": str(tmp_path / "p.gpkg")})
    out = tmp_path / "report"
    out.mkdir()
    res, _ = run_alg("tracemob:segmenttrips", {"INPUT": str(tmp_path / "p.gpkg"),
                                               "OUTPUT_STAYS": str(out / "stays.csv"),
                                               "OUTPUT_TRIPS": str(out / "trips.geojson")})
    assert res["OUTPUT_STAYS"] == str(out / "stays.csv") and res["OUTPUT_TRIPS"] == str(out / "trips.geojson")
    assert sorted(os.listdir(out)) == ["stays.csv", "trips.geojson"]
    assert (out / "stays.csv").read_text().count("\n") > 1


# --------------------------------------------------------------------------- full disk, read-only folder
def _mount_tmpfs(folder, options):
    folder.mkdir(parents=True, exist_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (not running as root)")
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True,
                          text=True)
    if proc.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here: " + (proc.stderr.strip() or str(proc.returncode)))
    return folder


def _umount(folder):
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


@pytest.fixture()
def small_disk(tmp_path):
    """A 2 MB file system (tmpfs)."""
    folder = _mount_tmpfs(tmp_path / "small_disk", "size=2m")
    yield folder
    _umount(folder)


@pytest.fixture()
def read_only_disk(tmp_path):
    """A read-only file system (tmpfs mounted ro: read-only even for root, unlike chmod)."""
    folder = _mount_tmpfs(tmp_path / "read_only", "size=1m,ro")
    yield folder
    _umount(folder)


@pytest.mark.parametrize("name", ["points.gpkg", "points.csv"])
def test_a_full_disk_gives_a_clear_message_and_leaves_the_previous_output(run_alg, tmp_path, small_disk, name):
    out = small_disk / name
    run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "small.csv", 300)], "OUTPUT": str(out), "TIMEZONE": "UTC"})
    before = out.read_bytes()
    assert len(before) < 1 << 20
    with pytest.raises(QgsProcessingException) as err:  # about 12 MB of GeoPackage, 4 MB of CSV
        run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "big.csv", 100_000)], "OUTPUT": str(out),
                         "TIMEZONE": "UTC"})
    message = str(err.value)
    assert "The disk is full" in message and "OUTPUT ({})".format(out) in message
    assert "Free some space" in message
    assert os.listdir(small_disk) == [name]  # no partial file
    assert out.read_bytes() == before


def test_a_read_only_folder_is_refused_before_any_work_naming_the_folder(run_alg, tmp_path, read_only_disk):
    started = time.monotonic()
    with pytest.raises(QgsProcessingException) as err:
        run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "x.csv", 500)],
                         "OUTPUT": str(read_only_disk / "points.gpkg")})
    message = str(err.value)
    assert "The output OUTPUT cannot be written in {}: Read-only file system.".format(read_only_disk) in message
    assert "Nothing was computed" in message and "Choose a folder you can write to" in message
    assert time.monotonic() - started < 5
    # a folder output too
    with pytest.raises(QgsProcessingException, match="OUTPUT_FOLDER cannot be written in {}".format(
            re.escape(str(read_only_disk)))):
        run_alg("tracemob:fmdattestation", {"TRIPS": _trips_gpkg(run_alg, tmp_path), "YEAR": 2024,
                                            "OUTPUT_FOLDER": str(read_only_disk / "pdf"), "OUTPUT": "TEMPORARY_OUTPUT"})


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes into a folder without write permission: chmod cannot make it read-only")
def test_a_folder_without_write_permission_is_refused(run_alg, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(QgsProcessingException, match="cannot be written in {}: Permission denied".format(
                re.escape(str(locked)))):
            run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "x.csv", 500)], "OUTPUT": str(locked / "p.gpkg")})
    finally:
        locked.chmod(0o700)


# --------------------------------------------------------------------------- folder outputs against inputs
def _trips_gpkg(run_alg, tmp_path, folder=None):
    """A GeoPackage layer to give as an input (its content does not matter to the checks)."""
    folder = Path(folder or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "trips.gpkg"
    if not path.exists():
        run_alg(IMPORT, {"INPUT": [_write_fixes(tmp_path / "t.csv", 200)], "OUTPUT": str(path), "TIMEZONE": "UTC"})
    return str(path)


@pytest.mark.parametrize("where", ["parent", "same"])
def test_the_attestations_folder_may_not_hold_or_be_an_input(run_alg, tmp_path, where):
    trips = _trips_gpkg(run_alg, tmp_path, tmp_path / "study")
    folder = str(tmp_path / "study") if where == "parent" else trips
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:fmdattestation", {"TRIPS": trips, "YEAR": 2024, "OUTPUT_FOLDER": folder,
                                            "OUTPUT": "TEMPORARY_OUTPUT"})
    message = str(err.value)
    assert "The output folder OUTPUT_FOLDER ({}) holds the input TRIPS ({})".format(folder, trips) in message
    assert "Choose another folder" in message
    assert _count(trips, "trips") == 200 and sorted(os.listdir(tmp_path / "study")) == ["trips.gpkg"]


def test_the_shareable_package_folder_may_not_hold_an_input(run_alg, tmp_path):
    trips = _trips_gpkg(run_alg, tmp_path, tmp_path / "study" / "deep")
    key_file = tmp_path / "key.txt"
    key_file.write_text("a-long-enough-secret-key-for-the-test")
    folder = tmp_path / "study"
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:exportshareable", {"TRIPS": trips, "OUTPUT": str(folder), "KEY_FILE": str(key_file)})
    assert "The output folder OUTPUT ({}) holds the input TRIPS ({})".format(folder, trips) in str(err.value)
    assert sorted(os.listdir(folder)) == ["deep"]  # nothing written


def test_a_folder_output_beside_the_inputs_is_accepted(tracemob_provider, tmp_path, run_alg):
    from qgis.core import QgsApplication, QgsProcessingContext

    trips = _trips_gpkg(run_alg, tmp_path, tmp_path / "study")
    alg = QgsApplication.processingRegistry().createAlgorithmById("tracemob:fmdattestation")
    ok, message = alg.checkParameterValues({"TRIPS": trips, "YEAR": 2024, "OUTPUT": "TEMPORARY_OUTPUT",
                                            "OUTPUT_FOLDER": str(tmp_path / "study_pdf")}, QgsProcessingContext())
    assert ok, message
    ok, message = alg.checkParameterValues({"TRIPS": trips, "YEAR": 2024, "OUTPUT": "TEMPORARY_OUTPUT",
                                            "OUTPUT_FOLDER": str(tmp_path / "study" / "pdf")}, QgsProcessingContext())
    assert ok, message  # inside the input's folder, but holding no input
