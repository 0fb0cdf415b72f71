"""Headless use: scripts/qgis_process (plugin from the working tree) and the built zip in a clean profile."""
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer, QgsWkbTypes

ROOT = Path(__file__).resolve().parents[2]
WRAPPER = ROOT / "scripts" / "qgis_process"
QGIS_PROCESS_BIN = Path("/usr/bin/qgis_process.bin")
ALGS = ("tracemob:importtraces", "tracemob:segmenttrips")

pytestmark = pytest.mark.skipif(not QGIS_PROCESS_BIN.exists(),
                                reason="/usr/bin/qgis_process.bin is absent (QGIS not installed from apt)")


def _venv_site():
    sites = sorted((ROOT / ".venv" / "lib").glob("python3*/site-packages"))
    return str(sites[-1]) if sites else ""


def _run(args, tmp_path, env=None, timeout=240):
    tmpdir = tmp_path / "tmpdir"
    tmpdir.mkdir(exist_ok=True)
    full_env = dict(os.environ, TMPDIR=str(tmpdir), QT_QPA_PLATFORM="offscreen")
    full_env.pop("QGIS_CUSTOM_CONFIG_PATH", None)  # pytest-qgis sets it for this process
    full_env.update(env or {})
    proc = subprocess.run(args, cwd=str(tmp_path), env=full_env, capture_output=True, text=True,
                          timeout=timeout)
    return proc, tmpdir


def _json(stdout):
    """qgis_process --json output (ignoring any line a provider may print before it)."""
    start = stdout.index("{")
    return json.loads(stdout[start:])


def test_wrapper_lists_the_algorithms_and_cleans_its_profile(tmp_path):
    proc, tmpdir = _run([str(WRAPPER), "list"], tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    for alg in ALGS:
        assert alg in proc.stdout
    assert list(tmpdir.iterdir()) == []  # the throwaway profile was removed


def test_wrapper_runs_import_then_segmentation_with_json(tmp_path, sample_day):
    points = tmp_path / "points.gpkg"
    proc, _ = _run([str(WRAPPER), "--json", "run", "tracemob:importtraces", "--",
                    "INPUT={}".format(sample_day), "OUTPUT={}".format(points)], tmp_path)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    out = _json(proc.stdout)
    assert out["algorithm_details"]["id"] == "tracemob:importtraces"
    assert Path(out["results"]["OUTPUT"]) == points
    layer = QgsVectorLayer(str(points), "points", "ogr")
    assert layer.isValid() and layer.featureCount() == 220

    trips, legs, stays = (tmp_path / n for n in ("trips.gpkg", "legs.gpkg", "stays.gpkg"))
    proc, _ = _run([str(WRAPPER), "--json", "run", "tracemob:segmenttrips", "--",
                    "INPUT={}".format(points), "OUTPUT_TRIPS={}".format(trips),
                    "OUTPUT_STAYS={}".format(stays), "STAY_RADIUS_M=100"], tmp_path)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    out = _json(proc.stdout)
    # outputs not given are skipped (legs here), the others written
    assert set(out["results"]) == {"OUTPUT_TRIPS", "OUTPUT_STAYS"}
    assert stays.exists() and not legs.exists()
    assert out["inputs"]["STAY_RADIUS_M"] in ("100", 100, 100.0)
    layer = QgsVectorLayer(str(trips), "trips", "ogr")
    assert layer.isValid()
    assert layer.featureCount() > 0
    assert QgsWkbTypes.hasM(layer.wkbType())
    assert layer.fields().names()[1:] == ["trip_id", "user_id", "start_time", "end_time", "duration_s",
                                          "distance_m", "origin_stay_id", "destination_stay_id", "n_points"]
    # the style travels inside the GeoPackage: the layer opens styled
    assert layer.renderer().type() == "graduatedSymbol"
    assert layer.renderer().classAttribute() == "distance_m"
    raw = json.loads(Path(sample_day).read_text())
    fix_times = sorted(e["data"]["ts"] for e in raw if e["metadata"]["key"] == "background/filtered_location")
    for feat in layer.getFeatures():
        ms = [v.m() for v in feat.geometry().vertices()]
        # M = epoch second of a real fix (QGIS 3.22 stores GeoPackage date-times in whole seconds,
        # so the points read back lost their milliseconds); the start may be extrapolated back
        assert all(min(abs(m - t) for t in fix_times) < 1.0 for m in ms)
        assert feat["start_time"].toMSecsSinceEpoch() / 1000.0 <= ms[0] + 1.0


def test_wrapper_reports_a_domain_error_and_fails(tmp_path):
    bad = tmp_path / "not_a_trace.csv"
    bad.write_text("foo,bar\n1,2\n")
    proc, _ = _run([str(WRAPPER), "run", "tracemob:importtraces", "--", "INPUT={}".format(bad),
                    "OUTPUT={}".format(tmp_path / "x.gpkg")], tmp_path)
    assert proc.returncode != 0
    assert "not_a_trace.csv" in proc.stdout + proc.stderr


def test_built_zip_installs_into_a_clean_profile(tmp_path):
    spec_path = ROOT / "scripts" / "build_zip.py"
    proc = subprocess.run([sys.executable, str(spec_path), "--out-dir", str(tmp_path / "dist")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    archives = list((tmp_path / "dist").glob("tracemob-*.zip"))
    assert len(archives) == 1
    with zipfile.ZipFile(archives[0]) as zf:
        names = zf.namelist()
        assert all(n.startswith("tracemob/") for n in names)
        for required in ("tracemob/__init__.py", "tracemob/metadata.txt", "tracemob/processing/base.py",
                         "tracemob/processing/provider.py", "tracemob/tracemob_plugin/plugin.py",
                         "tracemob/resources/icon.svg", "tracemob/resources/styles/legs.qml"):
            assert required in names
        assert not [n for n in names if n.startswith(("tracemob/tests/", "tracemob/bench/",
                                                      "tracemob/scripts/", "tracemob/.venv/"))]
        assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
        config = tmp_path / "config"
        plugins = config / "profiles" / "default" / "python" / "plugins"
        plugins.mkdir(parents=True)
        zf.extractall(plugins)
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ntracemob=true\n")
    env = {"QGIS_CUSTOM_CONFIG_PATH": str(config), "PYTHONPATH": _venv_site(),
           "XDG_RUNTIME_DIR": str(tmp_path)}
    proc, _ = _run([str(QGIS_PROCESS_BIN), "list"], tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    for alg in ALGS:
        assert alg in proc.stdout, proc.stdout[-3000:] + proc.stderr[-2000:]
    proc, _ = _run([str(QGIS_PROCESS_BIN), "plugins"], tmp_path, env=env)
    assert "tracemob" in proc.stdout
