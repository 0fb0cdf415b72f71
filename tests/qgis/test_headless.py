"""Headless use: scripts/qgis_process (plugin from the working tree) and the built zip in a clean profile."""
import json
import os
import subprocess
import sys
import sysconfig
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
    """The site-packages of the venv running the tests (.venv, .venv-trixie...: scripts/venv.sh)."""
    return sysconfig.get_paths()["purelib"] if sys.prefix != sys.base_prefix else ""


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


def test_wrapper_compiles_the_plugin_once(tmp_path):
    """The plugin's bytecode is cached under one path per working tree, not per throwaway profile: a
    second run compiles nothing (it compiled every module again at each start-up, 0.3 s, 6 MB a run)."""
    cache = tmp_path / "cache"
    env = {"XDG_CACHE_HOME": str(cache), "TRACEMOB_PYCACHE": str(cache / "tracemob" / "pycache")}

    def compiled():
        return sorted(str(p.relative_to(cache)) for p in cache.rglob("*.pyc") if "tracemob_plugin" in str(p))

    runs = []
    for _run_no in range(2):
        proc, _tmp = _run([str(WRAPPER), "help", "tracemob:segmenttrips"], tmp_path, env=env)
        assert proc.returncode == 0, proc.stderr[-2000:]
        runs.append(compiled())
    first = runs[0]
    assert len(first) > 20  # the provider's modules, compiled by the first run
    assert runs[1] == first  # the second run reused them: no copy under another path


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


def test_wrapper_runs_modes_emissions_modalshare_and_co2report(tmp_path, sample_day):
    """Issue 3's four algorithms through scripts/qgis_process, on a real embedded day."""
    def run(alg, *params):
        proc, _ = _run([str(WRAPPER), "--json", "run", alg, "--", *params], tmp_path)
        assert proc.returncode == 0, alg + "\n" + proc.stdout[-2000:] + proc.stderr[-2000:]
        return _json(proc.stdout)["results"]

    points, motion = tmp_path / "points.gpkg", tmp_path / "motion.gpkg"
    run("tracemob:importtraces", "INPUT={}".format(sample_day), "OUTPUT={}".format(points),
        "OUTPUT_MOTION={}".format(motion))
    trips, legs = tmp_path / "trips.gpkg", tmp_path / "legs.gpkg"
    run("tracemob:segmenttrips", "INPUT={}".format(points), "MOTION={}".format(motion),
        "OUTPUT_TRIPS={}".format(trips), "OUTPUT_LEGS={}".format(legs))
    modes = tmp_path / "modes.gpkg"
    run("tracemob:infermodes", "INPUT={}".format(legs), "MOTION={}".format(motion), "OUTPUT={}".format(modes))
    layer = QgsVectorLayer(str(modes), "modes", "ogr")
    assert layer.isValid() and layer.featureCount() == QgsVectorLayer(str(legs), "l", "ogr").featureCount()
    for name in ("mode", "mode_confidence", "mode_source"):
        assert name in layer.fields().names()
    rows = [(f["mode"], f["mode_confidence"], f["mode_source"], f["distance_m"]) for f in layer.getFeatures()]
    vocab = {"walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "coach", "tram", "metro", "train",
             "ferry", "plane", "unknown"}
    assert all(m in vocab and 0.0 <= c <= 1.0 and s in ("user", "model", "rules") for m, c, s, _ in rows)
    assert "car" in {m for m, *_ in rows}  # that day has a long drive (e-mission's ground truth)

    emissions = tmp_path / "emissions.gpkg"
    results = run("tracemob:computeemissions", "INPUT={}".format(modes), "OUTPUT={}".format(emissions))
    layer = QgsVectorLayer(str(emissions), "emissions", "ogr")
    co2 = {f["leg_id"]: (f["mode"], f["co2e_g"], f["factor_source"], f["distance_m"]) for f in layer.getFeatures()}
    walks = [v for v in co2.values() if v[0] == "walk"]
    assert walks and all(v[1] == 0 for v in walks)
    total_g = sum(v[1] for v in co2.values() if v[1] is not None and v[1] == v[1])
    assert float(results["TOTAL_CO2E_KG"]) == pytest.approx(total_g / 1000.0, rel=1e-6)
    assert total_g > 0

    share, table, chart = tmp_path / "share.gpkg", tmp_path / "share_table.gpkg", tmp_path / "share.png"
    refused, _ = _run([str(WRAPPER), "--json", "run", "tracemob:modalshare", "--", "TRIPS={}".format(trips),
                       "LEGS={}".format(modes), "MIN_USERS=1", "OUTPUT={}".format(share)], tmp_path)
    assert refused.returncode != 0 and "would reveal individual people" in refused.stdout + refused.stderr
    assert not share.exists()
    run("tracemob:modalshare", "TRIPS={}".format(trips), "LEGS={}".format(modes), "MIN_USERS=2",
        "MIN_TRIPS=1", "OUTPUT={}".format(share), "OUTPUT_TABLE={}".format(table),
        "OUTPUT_CHART={}".format(chart))
    assert chart.exists() and chart.stat().st_size > 1000
    cells = QgsVectorLayer(str(table), "cells", "ogr")
    assert cells.isValid() and cells.featureCount() > 0

    report, report_chart = tmp_path / "co2.gpkg", tmp_path / "co2.png"
    run("tracemob:co2report", "LEGS={}".format(emissions), "OUTPUT={}".format(report),
        "OUTPUT_CHART={}".format(report_chart))
    monthly = QgsVectorLayer(str(report), "co2", "ogr")
    assert monthly.isValid() and monthly.featureCount() == 1  # one user, one month
    row = next(monthly.getFeatures())
    assert row["co2e_kg"] == pytest.approx(total_g / 1000.0, rel=1e-6)
    assert row["n_legs"] == len(co2)
    assert report_chart.exists()


def test_wrapper_takes_a_choice_as_its_code_or_its_number_not_its_label(tmp_path, sample_day):
    """Choice lists are shown translated; on the command line the stable code (STAY_METHOD=window) or the
    choice's number gives the same run, a label is refused."""
    points = tmp_path / "points.gpkg"
    proc, _ = _run([str(WRAPPER), "run", "tracemob:importtraces", "--", "INPUT={}".format(sample_day),
                    "OUTPUT={}".format(points)], tmp_path)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]

    def stays(value):
        out = tmp_path / "stays_{}.gpkg".format(value)
        proc, _ = _run([str(WRAPPER), "run", "tracemob:segmenttrips", "--", "INPUT={}".format(points),
                        "STAY_METHOD={}".format(value), "OUTPUT_STAYS={}".format(out)], tmp_path)
        if proc.returncode != 0:
            return proc.stdout + proc.stderr
        layer = QgsVectorLayer(str(out), "stays", "ogr")
        return [(f["stay_id"], f["start_time"].toString(), f["end_time"].toString()) for f in layer.getFeatures()]

    window = stays("window")
    assert isinstance(window, list) and len(window) >= 2, window
    assert stays("1") == window
    assert stays("dwell") != window
    refused = stays("Fenêtre")
    assert isinstance(refused, str) and "STAY_METHOD" in refused
