"""The chain on a Dask cluster (core/cluster) equals the single-process path, and the ``tracemob`` command line.

One LocalCluster of 2 worker processes (1 thread each, no dashboard, on 127.0.0.1) serves the whole module.
"""
import json
import math
import sys

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("distributed")

from tracemob.tracemob_plugin.core.cluster import ChainSpec, run_chain  # noqa: E402
from tracemob.tracemob_plugin.core.cluster.chain import leg_vertices, reduce_summaries  # noqa: E402
from tracemob.tracemob_plugin.core.cluster.runner import (  # noqa: E402
    file_partitions, run_on_client)
from tracemob.tracemob_plugin.core.errors import Cancelled, InputError  # noqa: E402
from tracemob.tracemob_plugin.core.ingest import read_traces  # noqa: E402
from tracemob.tracemob_plugin.core.modes import infer_modes  # noqa: E402
from tracemob.tracemob_plugin.core.trips.segmentation import SegmentationParams, segment  # noqa: E402

TABLES = ("stays", "trips", "legs", "gaps")


@pytest.fixture(scope="module")
def real_days(sample_dir):
    """The three real e-mission days as three participants (the motion readings follow)."""
    t = read_traces(str(sample_dir))
    day = {f: "day_" + f[9:19] for f in t.points["source_file"].unique()}
    points = t.points.assign(user_id=t.points["source_file"].map(day))
    points = points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)
    motion = t.motion.assign(user_id=t.motion["source_file"].map(day))
    return points, motion


@pytest.fixture(scope="module")
def simulated():
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    sim = simulate(n_citizens=12, days=2, seed=3)
    return sim.points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)


def _same(a, b, name):
    """Bit for bit: every column, floats included."""
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_exact=True,
                                  obj=name)


def _same_as_one_shot(one, res, name):
    """Bit for bit, floats included: a participant's distances are running sums that restart at each participant
    (``arrays.group_cumsum``), so they do not depend on the partition."""
    _same(one, res, name)


def _same_but_floats_to_1e9(one, res, name):
    """Ids, times, counts, texts and modes exactly; floats to 1e-9 relative (for inputs that differ in their last
    bits, as CSV text and Parquet do)."""
    a, b = one.reset_index(drop=True), res.reset_index(drop=True)
    floats = [c for c in a.columns if pd.api.types.is_float_dtype(a[c])]
    _same(a.drop(columns=floats), b.drop(columns=floats), name)
    pd.testing.assert_frame_equal(a[floats], b[floats], check_exact=False, rtol=1e-9, atol=1e-9, obj=name)


def _partitioned_here(points, spec, budget, motion=None):
    """The same partitions run one after the other in this process (no cluster)."""
    from tracemob.tracemob_plugin.core.cluster.chain import assemble, run_partition
    from tracemob.tracemob_plugin.core.ingest.partition import iter_partitions

    spec = spec.validated()
    return assemble([run_partition(p, spec, motion=motion) for p in iter_partitions(points, budget=budget)], spec)


def _workers_used(client, run):
    from distributed import get_task_stream

    with get_task_stream(client) as ts:
        out = run()
    return out, {t["worker"] for t in ts.data if str(t.get("key", "")).find("run_") >= 0}


def test_cluster_equals_one_shot_segment_and_modes_on_real_days(client, real_days):
    points, motion = real_days
    fractions = []
    res, workers = _workers_used(client, lambda: run_on_client(
        client, points=points, motion=motion, budget=250, progress=fractions.append))
    assert len(workers) == 2                                  # both worker processes ran partitions
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and len(fractions) >= 2
    one = segment(points, SegmentationParams(), motion=motion)
    assert res.stats["trips"] == len(one.trips) == 14 and len(one.legs) == 19
    assert sorted(res.trips["user_id"].unique()) == ["day_2016-07-22", "day_2016-08-10", "day_2016-09-03"]
    # segmentation: the tables of one call on all the participants, fix positions included
    for name in ("stays", "trips", "gaps"):
        _same_as_one_shot(getattr(one, name), getattr(res, name), name)
    _same_as_one_shot(one.legs, res.legs[list(one.legs.columns)], "legs")
    # modes and CO2e: those of infer_modes / compute_emissions on the one-shot legs
    modes = infer_modes(one.legs, leg_vertices(one.points, one.legs), motion=motion)
    _same_as_one_shot(modes[["leg_id", "mode", "mode_confidence", "mode_source"]],
                      res.legs[["leg_id", "mode", "mode_confidence", "mode_source"]], "modes")
    assert res.legs["mode"].tolist().count("car") == 6 and set(res.legs["mode"]) == {"bike", "car", "walk"}
    assert res.legs["co2e_g"].notna().all() and res.legs.loc[res.legs["mode"] == "car", "co2e_g"].min() > 0
    # the same partitions run in this process: bit for bit, floats included (the cluster adds nothing)
    here = _partitioned_here(points, ChainSpec(), 250, motion=motion)
    for name in TABLES:
        _same(getattr(here, name), getattr(res, name), name)
    # and the single-process chain on the whole study
    ref = run_chain(points, motion=motion)
    for name in TABLES:
        _same_as_one_shot(getattr(ref, name), getattr(res, name), name)


def test_cluster_equals_one_shot_on_simulated_traces(client, simulated):
    spec = ChainSpec(steps=("segment", "modes"))
    res = run_on_client(client, points=simulated, spec=spec, budget=len(simulated) // 5)
    one = segment(simulated, SegmentationParams())
    assert len(one.trips) > 50 and simulated["user_id"].nunique() == 12
    for name in ("stays", "trips", "gaps"):
        _same_as_one_shot(getattr(one, name), getattr(res, name), name)
    _same_as_one_shot(one.legs, res.legs[list(one.legs.columns)], "legs")
    modes = infer_modes(one.legs, leg_vertices(one.points, one.legs))
    assert modes["mode"].tolist() == res.legs["mode"].tolist() and modes["mode"].nunique() >= 3
    assert np.allclose(modes["mode_confidence"].to_numpy(), res.legs["mode_confidence"].to_numpy(), rtol=1e-9)
    here = _partitioned_here(simulated, spec, len(simulated) // 5)
    for name in TABLES:
        _same(getattr(here, name), getattr(res, name), name)
    assert "co2e_g" not in res.legs.columns                   # the emissions step was not asked


def test_workers_read_their_own_files(client, simulated, tmp_path):
    """Files mode: one CSV per participant, plus a participant split over two files and two participants in
    one file (they must land in the same partition); the tables equal one call on read_traces of the folder."""
    users = sorted(simulated["user_id"].unique())
    cols = ["user_id", "time", "lat", "lon", "accuracy_m"]
    table = simulated[cols].assign(time=simulated["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    for u in users[2:]:
        table[table["user_id"] == u].to_csv(tmp_path / f"{u}.csv", index=False)
    table[table["user_id"].isin(users[:2])].to_csv(tmp_path / "two_users.csv", index=False)
    u = table[table["user_id"] == users[5]]
    u.iloc[: len(u) // 2].to_csv(tmp_path / f"{users[5]}.csv", index=False)
    u.iloc[len(u) // 2:].to_csv(tmp_path / "zz_rest_of_one_user.csv", index=False)
    (tmp_path / "other.json").write_text('{"not": "a trace"}')
    spec = ChainSpec(steps=("segment",), timezone="UTC")
    res = run_on_client(client, files=str(tmp_path), spec=spec, budget=len(simulated) // 4)
    ref = run_chain(read_traces(str(tmp_path)).points, spec)
    assert len(ref.trips) > 50 and res.stats["trips"] == len(ref.trips)
    for name in TABLES:
        _same_as_one_shot(getattr(ref, name), getattr(res, name), name)
    assert any("other.json" in w for w in res.warnings)


def test_file_partitions_keep_participants_whole():
    scans = [(["b"], 10), (["a", "c"], 10), None, (["c"], 5), (["d"], 50), (["e"], 3)]
    parts = file_partitions(scans, budget=20)
    # a+c files together (component of 25 fixes, alone over the budget), the skipped file nowhere
    assert parts == [[1, 3], [0], [4], [5]]


def test_privacy_rule_applies_after_the_reduction():
    """Each partition holds too few participants per mode; the reduced cells are shown when the study's
    total reaches the threshold, masked otherwise."""
    def part(k):   # 3 car drivers (1 leg each, 10/3 km), 1 walker (2 km); participants of their own per partition
        return pd.DataFrame({"mode": ["car"] * 3 + ["walk"], "user_id": ["p%d_%d" % (k, i) for i in range(4)],
                             "n_legs": [1, 1, 1, 1], "distance_km": [10.0 / 3] * 3 + [2.0],
                             "co2e_kg": [1 / 3] * 3 + [0.0]})
    out = reduce_summaries([part(k) for k in range(4)], min_users=10).set_index("mode")
    assert out.loc["car", "n_users"] == 12 and out.loc["car", "n_legs"] == 12
    # the correctly rounded sum of the twelve 10/3 km, whatever the partitions
    assert out.loc["car", "distance_km"] == math.fsum([10.0 / 3] * 12) and not out.loc["car", "masked"]
    again = reduce_summaries([pd.concat([part(k) for k in range(4)])], min_users=10).set_index("mode")
    assert again.loc["car", "distance_km"] == out.loc["car", "distance_km"]
    assert out.loc["walk", "n_users"] == 4 and out.loc["walk", "masked"]
    assert pd.isna(out.loc["walk", "distance_km"]) and pd.isna(out.loc["walk", "n_legs"])
    assert out.loc["car", "share_km"] == pytest.approx(1.0)


def test_medians_by_a_shuffle_on_the_cell_key(client, simulated):
    """Medians per mode and hour come from every leg of the cell (shuffled to one reduce task), not from partition
    medians; the privacy rule applies on the whole cells."""
    from tracemob.tracemob_plugin.core.cluster.chain import _medians_here

    spec = ChainSpec(min_users=3)   # 10 of the 36 (mode, hour) cells of 12 citizens reach 3 participants
    res = run_on_client(client, points=simulated, spec=spec, budget=len(simulated) // 6)
    med = res.medians
    assert med is not None and len(med) > 10 and med["masked"].any() and (~med["masked"]).any()
    # the same two functions in this process, on the cluster's legs: the same cells, bit for bit
    _same(_medians_here(res.legs, spec.validated()), med, "medians")
    # and what pandas gives on every leg of the study
    legs = res.legs.assign(hour_utc=pd.to_datetime(res.legs["start_time"], utc=True).dt.hour)
    g = legs.groupby(["mode", "hour_utc"])
    users = g["user_id"].nunique()
    shown = med[~med["masked"]].set_index(["mode", "hour_utc"])
    k = spec.min_users
    assert (users.loc[shown.index] >= k).all() and (users.drop(shown.index) < k).all()
    assert np.allclose(shown["median_distance_m"], g["distance_m"].median().loc[shown.index], rtol=0, atol=0)
    assert shown["n_legs"].tolist() == g.size().loc[shown.index].tolist()
    assert med.loc[med["masked"], "median_speed_kmh"].isna().all()
    # the single-process chain on the whole study (distances to 1e-13: summation order)
    ref = run_chain(simulated, spec)
    _same_as_one_shot(ref.medians, med, "medians")


def test_cancel_stops_the_tasks(client, simulated):
    with pytest.raises(Cancelled):
        run_on_client(client, points=simulated, budget=len(simulated) // 4, is_cancelled=lambda: True)


# ------------------------------------------------------------------------------------------ command line
def _study(tmp_path, body):
    path = tmp_path / "study.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_command_line_runs_a_study_on_the_cluster(client, sample_dir, tmp_path, capsys):
    from tracemob.tracemob_plugin.cli import main

    study = _study(tmp_path, f"""
[inputs]
paths = ["{sample_dir.as_posix()}"]
timezone = "UTC"
[outputs]
folder = "out"
[privacy]
min_users = 1
""")
    assert main(["run", str(study), "--scheduler", client.scheduler.address]) == 0
    out = tmp_path / "out"
    legs = pd.read_csv(out / "legs.csv")
    t = read_traces(str(sample_dir))
    ref = run_chain(t.points, motion=t.motion, labels=t.trips_labels)
    assert legs["leg_id"].tolist() == ref.legs["leg_id"].tolist() and len(legs) == 20
    assert legs["mode"].tolist() == ref.legs["mode"].tolist()
    assert np.allclose(legs["co2e_g"], ref.legs["co2e_g"])
    summary = pd.read_csv(out / "mode_summary.csv").set_index("mode")
    assert summary.loc["car", "n_legs"] == (ref.legs["mode"] == "car").sum()
    assert summary["distance_km"].sum() == pytest.approx(ref.legs["distance_m"].sum() / 1000)
    assert len(pd.read_csv(out / "trips.csv")) == 15
    medians = pd.read_csv(out / "mode_hour_medians.csv")
    assert medians["n_legs"].sum() == 20 and not medians["masked"].any()     # min_users = 1: nothing masked
    report = json.loads((out / "run.json").read_text())
    assert report["workers"] == 2 and report["stats"]["legs"] == 20
    assert "20 legs" in capsys.readouterr().out


@pytest.mark.parametrize("body, key, words", [
    ("[inputs]\ntimezone = 'UTC'\n", "inputs.paths", "missing"),
    ("[inputs]\npaths = ['nowhere']\n", "inputs.paths", "not found"),
    ("[inputs]\npaths = ['.']\n[steps]\nrun = ['segment', 'emissions']\n", "steps.run", "gap"),
    ("[inputs]\npaths = ['.']\n[steps]\nrun = ['segmnt']\n", "steps.run", "not one of"),
    ("[inputs]\npaths = ['.']\n[outputs]\nformat = 'xlsx'\n", "outputs.format", "not one of"),
    ("[inputs]\npaths = ['.']\n[cluster]\nworkers = 'two'\n", "cluster.workers", "expected int"),
    ("[inputs]\npaths = ['.']\n[clustr]\nworkers = 2\n", "clustr", "unknown section"),
    ("[inputs\npaths = 1\n", None, "not valid TOML"),
])
def test_a_bad_study_file_names_the_file_and_the_key(tmp_path, capsys, body, key, words):
    from tracemob.tracemob_plugin.cli import main

    if sys.version_info < (3, 11):
        pytest.skip("tomllib: Python 3.11+")
    study = _study(tmp_path, body)
    assert main(["run", str(study)]) == 1
    err = capsys.readouterr().err
    assert str(study) in err and words in err and "what to do:" in err
    if key:
        assert f"key '{key}'" in err
    assert not (tmp_path / "out").exists()


def test_the_installed_command_packages_every_folder_of_the_plugin():
    """``pip install .`` installs the root as ``tracemob``: pyproject must list every package of the plugin."""
    if sys.version_info < (3, 11):
        pytest.skip("tomllib: Python 3.11+")
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    conf = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert conf["project"]["scripts"]["tracemob"] == "tracemob.tracemob_plugin.cli:main"
    found = {".".join(("tracemob",) + p.parent.relative_to(root).parts).rstrip(".")
             for p in root.rglob("__init__.py")
             if not {"tests", "bench", "scripts", "build"} & set(p.relative_to(root).parts)
             and not any(part.startswith(".") for part in p.relative_to(root).parts)}
    assert set(conf["tool"]["setuptools"]["packages"]) == found


# ------------------------------------------------------------------------------------- travel times per street
@pytest.fixture(scope="module")
def drivers():
    """Simulated citizens on the sample network, a car-heavy mix (enough road legs for shared segments)."""
    from tracemob.tracemob_plugin.core.simulate.params import params_for_mix
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    sim = simulate(n_citizens=16, days=3, seed=3, params=params_for_mix("car"))
    return sim.points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)


def _travel_spec(**kwargs):
    from tracemob.tracemob_plugin.core.cluster import TravelTimeSpec
    from tracemob.tracemob_plugin.core.simulate.graph import SAMPLE_NETWORK

    return ChainSpec(steps=("segment", "modes", "traveltimes"), min_users=2,
                     traveltimes=TravelTimeSpec(network=str(SAMPLE_NETWORK), tz="Europe/Helsinki", **kwargs))


def _segment_travel_times_in_one_call(points, spec):
    """What tracemob:segmenttraveltimes does on the legs of the whole study, in one process: motorised road legs,
    map matched on the motor network in one call, then the domain's statistics."""
    from tracemob.tracemob_plugin.core.roads.mapmatching import match_legs
    from tracemob.tracemob_plugin.core.roads.network import motor_network
    from tracemob.tracemob_plugin.core.roads.traveltimes import segment_travel_times
    from tracemob.tracemob_plugin.core.simulate.graph import read_geojson_network
    from tracemob.tracemob_plugin.core.vocab.modes import road_motorised

    seg = segment(points, SegmentationParams())
    legs = infer_modes(seg.legs, leg_vertices(seg.points, seg.legs))
    legs = legs[road_motorised(legs["mode"].astype(str).str.lower()).to_numpy()].reset_index(drop=True)
    net = read_geojson_network(spec.traveltimes.network)
    match = match_legs(motor_network(net), leg_vertices(seg.points, legs), legs=legs)
    return segment_travel_times(match.traversals, net, tz=spec.traveltimes.tz, min_users=spec.min_users), match


def test_travel_times_per_street_by_a_shuffle_on_segment_and_direction(client, drivers):
    """Map matching per partition on the workers, traversals shuffled by (segment, direction), the domain's
    segment_travel_times in each reduce task, the privacy rule on whole cells: the cells of one call on the study."""
    from tracemob.tracemob_plugin.core.cluster.chain import assemble, run_partition
    from tracemob.tracemob_plugin.core.cluster.traveltimes import gather_cells, reduce_traversals
    from tracemob.tracemob_plugin.core.ingest.partition import iter_partitions

    spec = _travel_spec()
    budget = len(drivers) // 5
    res, workers = _workers_used(client, lambda: run_on_client(client, points=drivers, spec=spec, budget=budget))
    assert len(workers) == 2
    cells = res.traveltimes
    ref, match = _segment_travel_times_in_one_call(drivers, spec)
    assert len(ref) > 300 and (~ref["masked"]).sum() > 40 and ref["masked"].any() and ref["n_users"].max() >= 2
    assert res.stats["traversals"] == len(match.traversals) and res.stats["tt_road_legs"] == len(match.legs)
    # the cells, their counts, participants, samples and privacy mask: identical
    exact = ["segment_id", "direction", "band", "band_index", "length_m", "n_traversals", "n_users", "low_sample",
             "masked", "weighted", "name", "road_class"]
    _same(ref[exact], cells[exact], "cells")
    assert (cells["masked"] == (cells["n_users"] < 2)).all() and cells.loc[cells["masked"], "tt_median_s"].isna().all()
    # times: bit for bit too (the map matcher's searches and running sums restart at each chain, so a leg's times do
    # not depend on the legs matched with it), the medians and p85 those of the whole cells
    times = ["tt_mean_s", "tt_median_s", "tt_p85_s", "speed_median_kmh", "free_flow_tt_s", "speed_ratio", "delay_s"]
    _same(ref[times], cells[times], "times")
    assert res.warnings == ref.attrs["warnings"]
    # the same partitions in this process, their traversals in one bucket: bit for bit (the cluster adds nothing)
    spec_v = spec.validated()
    parts = [run_partition(p, spec_v) for p in iter_partitions(drivers, budget=budget)]
    assert len(parts) >= 4
    here = gather_cells([reduce_traversals([pd.concat([p["traversals"] for p in parts], ignore_index=True)],
                                           spec_v.traveltimes, 2)], spec_v.traveltimes, 2)[0]
    _same(here, cells, "cells")
    _same(assemble(parts, spec_v).legs, res.legs, "legs")
    # and the single-process chain (one partition, one bucket): the cells of one call, bit for bit
    _same(ref, run_chain(drivers, spec).traveltimes, "one process")


def test_map_matching_by_partitions_equals_one_call(client, drivers):
    """runner.match_legs_on_client (tracemob:segmenttraveltimes and beforeafter with the Dask cluster option): the
    legs matched by partitions of whole participants on both workers, the network sent once: the traversals, the
    legs' status and the breaks of one call, bit for bit; a study with no leg near the network is the one call's
    error, raised once."""
    from tracemob.tracemob_plugin.core.cluster.runner import match_legs_on_client
    from tracemob.tracemob_plugin.core.roads.mapmatching import match_legs
    from tracemob.tracemob_plugin.core.roads.network import motor_network
    from tracemob.tracemob_plugin.core.simulate.graph import read_geojson_network

    spec = _travel_spec()
    _, one = _segment_travel_times_in_one_call(drivers, spec)
    seg = segment(drivers, SegmentationParams())
    legs = infer_modes(seg.legs, leg_vertices(seg.points, seg.legs))
    legs = legs[legs["leg_id"].isin(set(one.legs["leg_id"]))].reset_index(drop=True)
    net = motor_network(read_geojson_network(spec.traveltimes.network))
    verts = leg_vertices(seg.points, legs)
    from distributed import get_task_stream

    progress = []
    with get_task_stream(client) as ts:
        res = match_legs_on_client(client, net, verts, legs, budget=len(verts) // 5, progress=progress.append,
                                   is_cancelled=lambda: False)
    tasks = [t for t in ts.data if "_match_task" in str(t.get("key", ""))]
    assert len(tasks) >= 4 and len({t["worker"] for t in tasks}) == 2 and progress[-1] == 1.0
    assert len(one.traversals) > 500 and one.legs["user_id"].nunique() >= 8   # several partitions of participants
    for name in ("traversals", "legs", "breaks", "unmatched"):
        _same(getattr(one, name), getattr(res, name), name)
    assert res.warnings == one.warnings and res.matched_km == pytest.approx(one.matched_km, rel=1e-12)
    far = verts.assign(lon=verts["lon"] + 30.0)
    with pytest.raises(InputError, match="None of the {} legs passes near the road network".format(len(legs))):
        match_legs_on_client(client, net, far, legs, budget=len(verts) // 5)
    with pytest.raises(InputError, match="None of the"):
        match_legs(net, far, legs=legs)


def test_travel_times_without_a_cell_warn_with_the_domains_reason(client, drivers):
    spec = _travel_spec(bands="3-4")         # nobody drives between 3 and 4 in the morning
    res = run_on_client(client, points=drivers, spec=spec, budget=len(drivers) // 3)
    assert res.traveltimes is None and len(res.trips) > 100
    assert any("No segment travel time" in w and "3-4" not in w and "03-04" in w for w in res.warnings)
    with pytest.raises(InputError, match="road network"):
        ChainSpec(steps=("segment", "modes", "traveltimes")).validated()


def test_command_line_writes_travel_times_per_street(client, drivers, tmp_path):
    """[traveltimes] network and bands in the study file; the GeoPackage's layer: the cells of the chain, each on
    its segment's line in the direction of travel."""
    from osgeo import ogr

    from tracemob.tracemob_plugin.cli import main
    from tracemob.tracemob_plugin.core.simulate.graph import SAMPLE_NETWORK

    # the phones' speed readings too: without them, this study's slow, smooth cars read as bicycles once their
    # trips end at the arrival (the still minutes after it had kept a few of them cars)
    cols = ["user_id", "time", "lat", "lon", "accuracy_m", "speed_mps"]
    drivers[cols].assign(time=drivers["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")).to_csv(
        tmp_path / "drivers.csv", index=False)
    study = _study(tmp_path, f"""
[inputs]
paths = ["drivers.csv"]
[steps]
run = ["segment", "modes", "traveltimes"]
[traveltimes]
network = "{SAMPLE_NETWORK.as_posix()}"
timezone = "Europe/Helsinki"
[outputs]
folder = "out"
format = "gpkg"
[privacy]
min_users = 2
""")
    assert main(["run", str(study), "--scheduler", client.scheduler.address, "--quiet"]) == 0
    ref = run_chain(read_traces(str(tmp_path / "drivers.csv")).points, _travel_spec()).traveltimes
    assert len(ref) > 100 and (~ref["masked"]).sum() >= 3
    ds = ogr.Open(str(tmp_path / "out" / "tracemob.gpkg"))
    layer = ds.GetLayerByName("segment_travel_times")
    assert layer.GetFeatureCount() == len(ref) and layer.GetGeomType() == ogr.wkbLineString
    rows = [(f.GetField("segment_id"), f.GetField("direction"), f.GetField("band"), f.GetField("n_users"),
             f.GetField("masked"), f.GetGeometryRef().GetPointCount()) for f in layer]
    assert [r[:5] for r in rows] == list(zip(ref["segment_id"], ref["direction"], ref["band"], ref["n_users"],
                                             ref["masked"].astype(int)))
    assert min(r[5] for r in rows) >= 2
    report = json.loads((tmp_path / "out" / "run.json").read_text())
    assert report["stats"]["traversals"] > 400 and report["steps"] == ["segment", "modes", "traveltimes"]


def test_a_study_asking_travel_times_without_a_network_names_the_key(tmp_path, capsys):
    from tracemob.tracemob_plugin.cli import main

    if sys.version_info < (3, 11):
        pytest.skip("tomllib: Python 3.11+")
    study = _study(tmp_path, "[inputs]\npaths = ['.']\n[steps]\nrun = ['segment', 'modes', 'traveltimes']\n")
    assert main(["run", str(study)]) == 1
    err = capsys.readouterr().err
    assert "key 'traveltimes.network'" in err and "road network" in err
    study = _study(tmp_path, "[inputs]\npaths = ['.']\n[traveltimes]\nnetwork = 'roads.geojson'\n"
                   "[steps]\nrun = ['segment', 'modes', 'traveltimes']\n")
    assert main(["run", str(study)]) == 1
    assert "key 'traveltimes.network'" in capsys.readouterr().err


# ---------------------------------------------------------------------------------- partitioned GeoParquet
def _run_study(client, tmp_path, name, inputs, fmt, extra=""):
    from tracemob.tracemob_plugin.cli import main

    study = _study(tmp_path, f"""
[inputs]
paths = {json.dumps(inputs)}
timezone = "UTC"
[outputs]
folder = "{name}"
format = "{fmt}"
{extra}
""")
    assert main(["run", str(study), "--scheduler", client.scheduler.address, "--quiet"]) == 0
    return tmp_path / name


def test_parquet_out_and_back_in_equals_the_csv_path(client, simulated, tmp_path):
    """[outputs] format = "parquet": a folder of GeoParquet files per table, one per partition, written by the
    workers; read back, every table is the CSV path's, to the character. Such a points/ folder as [inputs] gives
    the tables the same points give as CSV."""
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    from osgeo import ogr

    from tracemob.tracemob_plugin.core.cluster.parquet import read_table

    (tmp_path / "in").mkdir()
    cols = ["user_id", "time", "lat", "lon", "accuracy_m"]
    table = simulated[cols].assign(time=simulated["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    for user, rows in table.groupby("user_id"):       # one file per participant (files of 12 participants)
        rows.to_csv(tmp_path / "in" / f"{user}.csv", index=False)
    extra = f"points = true\n[cluster]\npartition_fixes = {len(simulated) // 4}\n[privacy]\nmin_users = 2\n"
    csv = _run_study(client, tmp_path, "out_csv", ["in"], "csv", extra)
    par = _run_study(client, tmp_path, "out_parquet", ["in"], "parquet", extra)
    assert len(list((par / "legs").glob("part-*.parquet"))) >= 4           # one file per partition
    for name in ("stays", "trips", "legs", "gaps", "points", "mode_summary", "mode_hour_medians"):
        table = read_table(par / name)
        assert len(table) > 0 or name == "gaps", name
        text = table.drop(columns=["geometry_wkb"], errors="ignore").to_csv(index=False)
        assert text == (csv / f"{name}.csv").read_text(), name
    # GeoParquet: the geo metadata, the legs' lines with M = epoch seconds through their fixes
    first = sorted((par / "legs").glob("part-*.parquet"))[0]
    geo = json.loads(pq.read_schema(first).metadata[b"geo"])
    assert geo["primary_column"] == "geometry" and geo["columns"]["geometry"]["encoding"] == "WKB"
    # (fix positions written by the workers are the study's: the last leg's fixes in the points/ folder)
    legs, points = read_table(par / "legs"), read_table(par / "points")
    line = ogr.CreateGeometryFromWkb(bytes(legs["geometry_wkb"].iloc[-1]))
    first, last = legs["first_point"].iloc[-1], legs["last_point"].iloc[-1]
    assert line.GetGeometryType() == ogr.wkbLineStringM and line.GetPointCount() == last - first + 1
    assert line.GetM(0) == pytest.approx(points["time"].iloc[first].timestamp(), abs=1e-3)
    assert line.GetX(line.GetPointCount() - 1) == points["lon"].iloc[last]
    # back in: the points/ folder, and the same points as a CSV file, give the same tables
    (tmp_path / "points_csv").mkdir()
    for part in sorted((par / "points").glob("part-*.parquet")):     # the same files, so the same partitions
        rows = read_table(part)
        rows[cols].assign(time=rows["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ")).to_csv(
            tmp_path / "points_csv" / f"{part.stem}.csv", index=False)
    segment_only = "[steps]\nrun = ['segment']\n[cluster]\npartition_fixes = 20000\n"
    from_parquet = _run_study(client, tmp_path, "from_parquet", [str(par / "points")], "csv", segment_only)
    from_csv = _run_study(client, tmp_path, "from_csv", ["points_csv"], "csv", segment_only)
    for name in ("stays", "trips", "legs", "gaps"):
        a, b = pd.read_csv(from_parquet / f"{name}.csv"), pd.read_csv(from_csv / f"{name}.csv")
        assert len(a) > 0 or name == "gaps"
        # floats to 1e-9: the trace reader parses some CSV coordinates 1 ulp off the double written (1,296 of
        # 22,566 longitudes here: '24.941626619161852' read as 24.94162661916185); Parquet keeps them exact
        _same_but_floats_to_1e9(a.drop(columns=["source_file"], errors="ignore"),
                          b.drop(columns=["source_file"], errors="ignore"), name)


def test_pyarrow_is_imported_only_when_parquet_is_used():
    """Without pyarrow, the cluster's modules and the command line import and run (CSV, GeoPackage); asking for
    Parquet then says what to install. (pandas itself imports pyarrow when it is installed: not Tracemob's code.)"""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = ("import sys; sys.modules['pyarrow'] = None\n"          # as if pyarrow were not installed
            "sys.path.insert(0, 'scripts'); import devpath; devpath.load_tracemob()\n"
            "import tracemob.tracemob_plugin.cli, tracemob.tracemob_plugin.cli_outputs\n"
            "import tracemob.tracemob_plugin.core.cluster.runner\n"
            "import tracemob.tracemob_plugin.core.cluster.parquet as p\n"
            "from tracemob.tracemob_plugin.core.errors import InputError\n"
            "try:\n    p.read_table('.')\nexcept InputError as exc:\n    print(exc)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "needs the pyarrow package" in done.stdout and "setup_env.sh" in done.stdout


@pytest.mark.parametrize("users", [("rider0", "rider1", "rider2", "rider3"), ("a", "b", "a", "b")])
def test_infer_modes_by_partitions_equals_one_call_with_a_stops_network(client, users):
    """runner.infer_modes_on_client (tracemob:infermodes with the Dask cluster option): generated riders (walk, wait,
    bus, walk as one leg each, known truth) as four participants among walkers, the network of their stops sent once
    to the workers, one partition per participant: the same table as one call, the legs cut at the stops included;
    also when a participant's legs are apart in the input (grouped for the partitions, then put back in order)."""
    from tracemob.tracemob_plugin.core.cluster.runner import infer_modes_on_client, leg_partitions
    from tracemob.tracemob_plugin.core.modes.transit import TransitNetwork
    from tracemob.tracemob_plugin.core.simulate.busride import bus_ride

    legs, vertices, stops = [], [], []
    for seed in range(4):
        ride = bus_ride(seed, n_stops=10, walk_s=240.0, wait_s=300.0, walk_after_s=180.0)
        p, user, leg = ride.points, users[seed], "L{}".format(seed)
        t = p["time"].astype("int64").to_numpy() / 1e9
        legs.append(pd.DataFrame({"leg_id": [leg], "trip_id": ["T{}".format(seed)], "user_id": [user],
                                  "start_time": [p.time.iloc[0]], "end_time": [p.time.iloc[-1]],
                                  "duration_s": [t[-1] - t[0]], "distance_m": [6000.0], "n_points": [len(p)],
                                  "first_point": [0], "last_point": [len(p) - 1]}))
        vertices.append(p.assign(leg_id=leg)[["leg_id", "lon", "lat", "time"]])
        stops.append(ride.stops)
    legs = pd.concat(legs, ignore_index=True)
    vertices = pd.concat(vertices, ignore_index=True)
    network = TransitNetwork(stops=pd.concat(stops, ignore_index=True))
    assert len(leg_partitions(legs, len(vertices), budget=len(vertices) // 4)) == len(set(users))
    one = infer_modes(legs, vertices, network=network)
    progress = []
    res = infer_modes_on_client(client, legs, vertices, network=network, budget=len(vertices) // 4,
                                progress=progress.append, is_cancelled=lambda: False)
    # identical, floats included: the cut (modes/access.py) projects around the stops' mean latitude and sums each
    # leg's track on its own (it projected around the call's mean latitude: 1.7e-5 relative apart)
    _same(one, res, "modes")
    whole = res[res["split_from"].isna() | (res["leg_id"] == res["split_from"])]
    assert np.array_equal(whole["mode_confidence"].to_numpy(), one.loc[whole.index, "mode_confidence"].to_numpy())
    assert list(res["mode"]) == ["walk", "wait", "bus", "walk"] * 4       # the truth of each rider
    assert list(res["leg_id"])[:4] == ["L0_a", "L0_w", "L0", "L0_e"]
    assert progress[-1] == 1.0 and len(progress) >= 2
