"""The "Dask cluster" option in QGIS (processing/cluster.py): tracemob:segmenttrips on a real LocalCluster of 2
worker processes gives exactly the outputs of the run in QGIS's process; progress, cancel, the session's
cluster reused and closed, the option in Processing > Options, and the clear errors.

Data: the three embedded real e-mission days, each day a participant (USER_FIELD source_file), cut into 3
partitions (TRACEMOB_PARTITION_FIXES=200: 220, 185 and 174 fixes). One LocalCluster serves the module.
"""
import sys
import time
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsSettings, QgsVectorLayer

pytest.importorskip("distributed")

from tracemob.processing import cluster  # noqa: E402
from tracemob.tracemob_plugin import compat  # noqa: E402

OUTPUTS = ("OUTPUT_STAYS", "OUTPUT_TRIPS", "OUTPUT_LEGS", "OUTPUT_GAPS", "OUTPUT_POINTS")


class _Feedback(QgsProcessingFeedback):
    """Keeps the log and the progress; ``cancel_on``: cancel when a log line starts with it."""

    def __init__(self, cancel_on=None):
        super().__init__()
        self.infos, self.progress, self.cancel_on = [], [], cancel_on
        self.progressChanged.connect(self.progress.append)

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        if self.cancel_on and info.startswith(self.cancel_on):
            self.cancel()
        super().pushInfo(info)


@pytest.fixture(scope="module")
def layers(tracemob_provider, sample_dir, tmp_path_factory):
    """The three days imported into a GeoPackage (read by SQL groups of whole participants, one cluster call
    each) and into a memory layer (one read, the 3 partitions on the cluster at once)."""
    import processing

    out = tmp_path_factory.mktemp("cluster") / "points.gpkg"
    processing.run("tracemob:importtraces", {"INPUT": [str(sample_dir)], "OUTPUT": str(out)},
                   feedback=QgsProcessingFeedback())
    memory = processing.run("tracemob:importtraces", {"INPUT": [str(sample_dir)], "OUTPUT": "TEMPORARY_OUTPUT"},
                            feedback=QgsProcessingFeedback())["OUTPUT"]
    return {"gpkg": str(out), "memory": memory}


@pytest.fixture(scope="module")
def points(layers):
    return layers["memory"]


@pytest.fixture(scope="module", autouse=True)
def _session():
    """No option saved by another test; the session's cluster closed at the end of the module."""
    settings = QgsSettings()
    key = compat.processing_option_key(cluster.OPTION)
    saved = settings.value(key)
    settings.remove(key)
    yield
    cluster.close_cluster()
    if saved is not None:
        settings.setValue(key, saved)
    else:
        settings.remove(key)


@pytest.fixture()
def env(monkeypatch):
    monkeypatch.setenv("TRACEMOB_PARTITION_FIXES", "200")
    monkeypatch.delenv("TRACEMOB_CLUSTER", raising=False)
    return monkeypatch


def _segment(points, folder, feedback=None):
    import processing

    folder.mkdir(exist_ok=True)
    params = {"INPUT": points, "USER_FIELD": "source_file"}
    params.update({key: str(folder / (key.lower() + ".gpkg")) for key in OUTPUTS})
    feedback = feedback or _Feedback()
    res = processing.run("tracemob:segmenttrips", params, feedback=feedback)
    return res, feedback


def _rows(path):
    """Every feature of a written layer: attributes (in field order) and geometry as WKB, in fid order."""
    layer = QgsVectorLayer(path, "t", "ogr")
    assert layer.isValid(), path
    rows = []
    for f in layer.getFeatures():
        geometry = bytes(f.geometry().asWkb()) if f.hasGeometry() else None
        rows.append((f.id(), [None if compat.is_null(v) else v for v in f.attributes()], geometry))
    return layer.fields().names(), rows


@pytest.fixture(scope="module")
def in_qgis(layers, tmp_path_factory):
    """The reference: segmenttrips in QGIS's process (option off), same partitions, for each input."""
    mp = pytest.MonkeyPatch()
    mp.setenv("TRACEMOB_PARTITION_FIXES", "200")
    mp.delenv("TRACEMOB_CLUSTER", raising=False)
    out = {}
    try:
        for kind, layer in layers.items():
            res, feedback = _segment(layer, tmp_path_factory.mktemp("in_qgis_" + kind))
            assert not any(i.startswith("Dask cluster") for i in feedback.infos)
            out[kind] = {key: _rows(res[key]) for key in OUTPUTS}
    finally:
        mp.undo()
    return out


@pytest.mark.parametrize("kind, calls", [("memory", [3]), ("gpkg", [1, 1, 1])])
def test_segmenttrips_on_a_local_cluster_equals_the_run_in_qgis(layers, in_qgis, env, tmp_path, kind, calls):
    env.setenv("TRACEMOB_CLUSTER", "local:2")
    res, feedback = _segment(layers[kind], tmp_path / "cluster")
    reference = in_qgis[kind]
    for key in OUTPUTS:
        fields, rows = _rows(res[key])
        assert fields == reference[key][0], key
        assert rows == reference[key][1], key      # every attribute and every vertex (x, y, M), exactly
    stays, trips, legs = (reference[k][1] for k in ("OUTPUT_STAYS", "OUTPUT_TRIPS", "OUTPUT_LEGS"))
    assert len(stays) >= 6 and len(trips) >= 6 and len(legs) >= len(trips)
    users = {row[1][reference["OUTPUT_TRIPS"][0].index("user_id")] for row in trips}
    assert users == {"shankari_2016-07-22.json", "shankari_2016-08-10.json", "shankari_2016-09-03.json"}
    line = [i for i in feedback.infos if i.startswith("Dask cluster")]
    assert len(line) == 1 and "TRACEMOB_CLUSTER" in line[0] and "local cluster of 2 worker process(es)" in line[0]
    assert "2 worker(s)" in line[0] and "scheduler tcp://127.0.0.1:" in line[0]
    sent = [i for i in feedback.infos if "sent to the cluster" in i]
    assert [int(i.split(" partition(s)")[0].rsplit(" ", 1)[1]) for i in sent] == calls
    # progress from the partitions as they finish on the workers (10..80 % for the segmentation)
    assert any(10.0 < p < 80.0 for p in feedback.progress), feedback.progress
    assert feedback.progress[-1] == 100


@pytest.fixture(scope="module")
def legs(points, tmp_path_factory):
    """The legs of the three days (segmenttrips in QGIS) as a memory layer: one read, cut into partitions of
    whole participants by infermodes on the cluster."""
    import processing

    mp = pytest.MonkeyPatch()
    mp.delenv("TRACEMOB_CLUSTER", raising=False)
    try:
        res = processing.run("tracemob:segmenttrips", {"INPUT": points, "USER_FIELD": "source_file",
                                                       "OUTPUT_LEGS": "TEMPORARY_OUTPUT"},
                             feedback=QgsProcessingFeedback())
    finally:
        mp.undo()
    return res["OUTPUT_LEGS"]


def _modes(legs, path, feedback=None):
    import processing

    feedback = feedback or _Feedback()
    res = processing.run("tracemob:infermodes", {"INPUT": legs, "OUTPUT": str(path)}, feedback=feedback)
    return _rows(res["OUTPUT"]), feedback


def test_infermodes_on_a_local_cluster_equals_the_run_in_qgis(legs, env, tmp_path):
    reference, feedback = _modes(legs, tmp_path / "in_qgis.gpkg")
    assert not any(i.startswith("Dask cluster") for i in feedback.infos)
    env.setenv("TRACEMOB_CLUSTER", "local:2")
    rows, feedback = _modes(legs, tmp_path / "cluster.gpkg")
    assert rows == reference
    fields, values = reference
    modes = {row[1][fields.index("mode")] for row in values}
    assert len(values) == legs.featureCount() >= 10 and {"walk", "car"} <= modes, modes
    assert sum(i.startswith("Dask cluster (the environment variable TRACEMOB_CLUSTER)") for i in feedback.infos) == 1
    sent = [i for i in feedback.infos if "legs sent to the cluster" in i]
    assert sent == ["{} legs sent to the cluster in 3 partition(s) of whole participants.".format(len(values))]
    assert any(30.0 < p < 85.0 for p in feedback.progress), feedback.progress


def test_the_cluster_is_kept_for_the_session(points, env, tmp_path):
    env.setenv("TRACEMOB_CLUSTER", "local:2")
    _segment(points, tmp_path / "a")
    first, local = cluster.session_client(*cluster.current_choice()), cluster.session_cluster()
    started = time.perf_counter()
    _, feedback = _segment(points, tmp_path / "b")
    assert cluster.session_client(*cluster.current_choice()) is first and cluster.session_cluster() is local
    assert len(local.workers) == 2
    assert time.perf_counter() - started < 30


def test_cancel_cancels_the_futures_and_writes_nothing(points, env, tmp_path):
    env.setenv("TRACEMOB_CLUSTER", "local:2")
    feedback = _Feedback(cancel_on="Dask cluster")   # Cancel pressed as the partitions go to the workers
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        _segment(points, tmp_path / "cancelled", feedback)
    assert sorted(p.name for p in (tmp_path / "cancelled").iterdir()) == []
    client = cluster.session_client(*cluster.current_choice())
    deadline = time.time() + 15
    while client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) and time.time() < deadline:
        time.sleep(0.2)
    assert client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) == 0
    # the cluster still serves the next run
    res, _ = _segment(points, tmp_path / "after")
    assert QgsVectorLayer(res["OUTPUT_TRIPS"], "t", "ogr").featureCount() >= 6


def test_the_option_in_processing_options_and_the_variable_over_it(points, env, tmp_path):
    from processing.core.ProcessingConfig import ProcessingConfig

    setting = ProcessingConfig.settings[cluster.OPTION]
    assert setting.group == "Tracemob" and setting.qname == compat.processing_option_key(cluster.OPTION)
    with pytest.raises(ValueError, match="not a number of local workers"):
        setting.setValue("local:zero")
    setting.setValue("local:2")
    settings = QgsSettings()
    key = compat.processing_option_key(cluster.OPTION)
    try:
        setting.save()
        choice, origin = cluster.current_choice()
        assert (choice.kind, choice.workers) == ("local", 2) and "Processing option" in origin
        _, feedback = _segment(points, tmp_path / "option")
        assert any(i.startswith("Dask cluster (the Processing option") for i in feedback.infos)
        env.setenv("TRACEMOB_CLUSTER", "off")             # the variable wins over the option
        _, feedback = _segment(points, tmp_path / "off")
        assert not any(i.startswith("Dask cluster") for i in feedback.infos)
        env.delenv("TRACEMOB_CLUSTER")
        settings.setValue(key, "local:many")
        with pytest.raises(QgsProcessingException, match="the Processing option 'Dask cluster'.*'local:many' is "
                                                         "not a number of local workers.*local:N"):
            _segment(points, tmp_path / "bad_option")
    finally:
        settings.remove(key)


def test_dask_missing_says_what_to_install(points, env, tmp_path):
    env.setenv("TRACEMOB_CLUSTER", "local:2")
    env.setitem(sys.modules, "distributed", None)     # as in a QGIS whose Python has no distributed
    with pytest.raises(QgsProcessingException, match=r"cannot import dask and distributed.*-m pip install "
                                                     r"dask==2025\.2\.0 distributed==2025\.2\.0"):
        _segment(points, tmp_path / "no_dask")


def test_workers_python_without_dask_says_so_before_starting_anything(points, env, tmp_path):
    env.setenv("TRACEMOB_CLUSTER", "local:3")
    env.setattr(cluster, "_worker_python", lambda: sys.executable + "-nowhere")
    with pytest.raises(QgsProcessingException, match=r"cannot start its worker processes with the Python interpreter "
                                                     r".*-nowhere: .*No such file.*-m pip install dask==2025\.2\.0"):
        _segment(points, tmp_path / "no_python")
    assert cluster.session_cluster() is None


def test_a_scheduler_started_elsewhere_gets_the_code_and_gives_the_same_outputs(points, in_qgis, env, tmp_path):
    """Workers started without Tracemob's preload (a cluster started elsewhere): prepare_workers runs on them."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as remote, Client(remote) as probe:
        assert not any(probe.run(lambda: "tracemob" in __import__("sys").modules).values())
        env.setenv("TRACEMOB_CLUSTER", remote.scheduler_address)
        res, feedback = _segment(points, tmp_path / "remote")
        assert all(probe.run(lambda: "tracemob" in __import__("sys").modules).values())
        assert cluster.session_cluster() is None     # nothing started here: the local one was closed
        cluster.close_cluster()
    line = [i for i in feedback.infos if i.startswith("Dask cluster")]
    assert "scheduler {}".format(remote.scheduler_address) in line[0] and "1 worker(s)" in line[0]
    for key in OUTPUTS:
        assert _rows(res[key]) == in_qgis["memory"][key], key


def test_a_scheduler_that_cannot_be_reached_gives_a_clear_error(points, env, tmp_path):
    env.setattr(cluster, "CONNECT_TIMEOUT_S", 2)
    env.setenv("TRACEMOB_CLUSTER", "tcp://127.0.0.1:9")
    started = time.perf_counter()
    with pytest.raises(QgsProcessingException, match=r"Cannot use the Dask scheduler tcp://127\.0\.0\.1:9 \(from "
                                                     r"the environment variable TRACEMOB_CLUSTER\).*Check that the "
                                                     r"scheduler runs"):
        _segment(points, tmp_path / "unreachable")
    assert time.perf_counter() - started < 20
    env.setenv("TRACEMOB_CLUSTER", "tcp://nowhere")
    with pytest.raises(QgsProcessingException, match="the environment variable TRACEMOB_CLUSTER: 'tcp://nowhere' "
                                                     "is not a Dask cluster setting"):
        _segment(points, tmp_path / "bad")


def test_plugin_unload_closes_the_session_cluster(monkeypatch):
    from tracemob.tracemob_plugin.plugin import TracemobPlugin

    closed = []
    monkeypatch.setattr(cluster, "close_cluster", lambda: closed.append(True))
    TracemobPlugin(None).unload()
    assert closed == [True]


def test_provider_unload_closes_the_session_cluster(tracemob_provider, monkeypatch):
    """qgis_process runs no atexit handler: the provider's unload (exitQgis) is where the cluster is closed."""
    from processing.core.ProcessingConfig import ProcessingConfig

    from tracemob.processing.provider import TracemobProvider

    closed = []
    monkeypatch.setattr(cluster, "close_cluster", lambda: closed.append(True))
    try:
        TracemobProvider().unload()
        assert closed == [True] and cluster.OPTION not in ProcessingConfig.settings
    finally:
        cluster.register_option(tracemob_provider)
    assert cluster.OPTION in ProcessingConfig.settings


@pytest.mark.skipif(not Path("/usr/bin/qgis_process.bin").exists(), reason="qgis_process.bin is absent")
def test_qgis_process_with_the_variable(points, layers, in_qgis, tmp_path):
    """The batch use: scripts/qgis_process (a throwaway profile) with TRACEMOB_CLUSTER=local:2; the workers are
    spawned with QGIS's own Python (qgis_process's sys.executable was pyenv's python3 found on the PATH)."""
    import os
    import subprocess

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, TRACEMOB_CLUSTER="local:2", TRACEMOB_PARTITION_FIXES="200", QT_QPA_PLATFORM="offscreen",
               TMPDIR=str(tmp_path))
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    outputs = {key: str(tmp_path / (key.lower() + ".gpkg")) for key in ("OUTPUT_STAYS", "OUTPUT_TRIPS", "OUTPUT_LEGS")}
    proc = subprocess.run([str(root / "scripts" / "qgis_process"), "run", "tracemob:segmenttrips", "--",
                           "INPUT=" + layers["gpkg"], "USER_FIELD=source_file"]
                          + ["{}={}".format(k, v) for k, v in outputs.items()],
                          env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Dask cluster (the environment variable TRACEMOB_CLUSTER): local cluster of 2 worker process(es), " \
           "2 worker(s)" in proc.stdout + proc.stderr
    assert "Restarting worker" not in proc.stderr and "leaked semaphore" not in proc.stderr
    for key, path in outputs.items():
        assert _rows(path) == in_qgis["gpkg"][key], key


def test_close_cluster_stops_the_local_workers(points, env, tmp_path):
    env.setenv("TRACEMOB_CLUSTER", "local:2")
    _segment(points, tmp_path / "last")
    local = cluster.session_cluster()
    assert local is not None and local.status.name == "running"
    cluster.close_cluster()
    assert local.status.name == "closed" and cluster.session_cluster() is None
