"""Modal share by zone, OD flows and bootstrap replicates on a Dask cluster (core/cluster/aggregates.py) equal the
single-process functions exactly, and the privacy rule applies after the reduction.

One LocalCluster of 2 worker processes (1 thread each, no dashboard, on 127.0.0.1) serves the whole module. The
zones are generated over the simulated study (a 3 x 2 grid of boxes, as GeoJSON and as GeoPackage).
"""
import json

import numpy as np
import pandas as pd
import pytest
import shapely
import shapely.geometry

pytest.importorskip("distributed")

from tracemob.tracemob_plugin.core.cluster import ChainSpec, run_chain  # noqa: E402
from tracemob.tracemob_plugin.core.cluster.aggregates import (  # noqa: E402
    ModalShareSpec, ODFlowSpec, gather_share, partition_share_rows, read_zones, reduce_share, replicate_mapper,
    trip_ends)
from tracemob.tracemob_plugin.core.cluster.runner import _split_share, run_on_client, shuffle  # noqa
from tracemob.tracemob_plugin.core.errors import InputError  # noqa: E402
from tracemob.tracemob_plugin.core.indicators.modal_share import modal_share, trip_main_modes  # noqa: E402
from tracemob.tracemob_plugin.core.indicators.odflows import od_flows  # noqa: E402
from tracemob.tracemob_plugin.core.ingest.partition import partition_bounds  # noqa: E402

MIN_USERS = 3


@pytest.fixture(scope="module")
def simulated():
    from tracemob.tracemob_plugin.core.simulate.simulator import simulate

    sim = simulate(n_citizens=12, days=2, seed=3)
    return sim.points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)


@pytest.fixture(scope="module")
def zones_file(simulated, tmp_path_factory):
    """A 3 x 2 grid of boxes over the study, ids Z00..Z21 in the field ``code`` (GeoJSON)."""
    p = simulated
    xs = np.linspace(p["lon"].min() - 1e-3, p["lon"].max() + 1e-3, 4)
    ys = np.linspace(p["lat"].min() - 1e-3, p["lat"].max() + 1e-3, 3)
    feats = [{"type": "Feature", "properties": {"code": f"Z{i}{j}"},
              "geometry": shapely.geometry.mapping(shapely.box(xs[i], ys[j], xs[i + 1], ys[j + 1]))}
             for i in range(3) for j in range(2)]
    path = tmp_path_factory.mktemp("zones") / "zones.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    return str(path)


def _spec(zones, by="origin", small_pairs="merge", **kw):
    return ChainSpec(steps=("segment", "modes", "modalshare", "odflows"), min_users=MIN_USERS, keep_points=True,
                     modalshare=ModalShareSpec(zones, "code", by=by, min_trips=3, **kw),
                     odflows=ODFlowSpec(zones, "code", small_pairs=small_pairs))


def _same(a, b, name):
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True), check_exact=True, obj=name)


def _domain_calls(res, zones, by="origin", small_pairs="merge"):
    """The domain's single-process functions on the whole study (the cluster's own tables)."""
    z = read_zones(zones, "code")
    trips = trip_ends(res.points, res.trips)
    ms = modal_share(trips, res.legs, list(z["zone_id"]), list(z["geometry"]), by=by, min_users=MIN_USERS,
                     min_trips=3)
    with_modes = trips.merge(trip_main_modes(res.legs)[["trip_id", "main_mode"]], on="trip_id", how="left")
    od = od_flows(with_modes, z, min_users=MIN_USERS, small_pairs=small_pairs)
    return ms, od


@pytest.mark.parametrize("by", ["origin", "home"])
def test_modal_share_and_od_flows_on_the_cluster_equal_the_single_process_functions(client, simulated, zones_file,
                                                                                   by):
    budget = len(simulated) // 5
    assert len(list(partition_bounds(simulated["user_id"].to_numpy(), budget))) >= 4
    res = run_on_client(client, points=simulated, spec=_spec(zones_file, by=by), budget=budget)
    ms, od = _domain_calls(res, zones_file, by=by)
    # bit for bit, floats included: the cells' sums are added in the study's order in the reduce tasks
    _same(ms.cells, res.modal_share.cells, "modal share cells")
    _same(ms.zones, res.modal_share.zones, "modal share zones")
    assert res.modal_share.modes == ms.modes
    _same(od.matrix, res.od_flows.matrix, "OD matrix")
    _same(od.lines.drop(columns=["wkb"]), res.od_flows.lines.drop(columns=["wkb"]), "desire lines")
    assert list(od.lines["wkb"]) == list(res.od_flows.lines["wkb"])
    assert od.params == res.od_flows.params
    zones = res.modal_share.zones.set_index("zone_id")
    assert zones.loc["ALL", "n_trips"] == len(res.trips) == res.stats["trips"] and zones.loc["ALL", "n_users"] == 12
    assert zones["masked"].any() and (~zones["masked"]).sum() >= 3       # both kinds of zones in the study
    assert od.params["n_small_pairs"] > 0 and len(od.matrix) > 3
    # and the single-process chain (its trips' distances may differ from the partitions' in the 13th digit)
    ref = run_chain(simulated, _spec(zones_file, by=by))
    ints = ["n_trips", "n_users", "masked"]
    _same(ref.modal_share.zones[["zone_id"] + ints], res.modal_share.zones[["zone_id"] + ints], "zones")
    pd.testing.assert_frame_equal(ref.modal_share.cells, res.modal_share.cells, check_exact=False, rtol=1e-9)
    _same(ref.od_flows.matrix, res.od_flows.matrix, "OD matrix (run_chain)")


def _write_files(simulated, folder):
    """One CSV per participant, but the first and the last participant in one file: that partition comes first and
    holds participants out of the study's order (the reduce tasks put the rows back in it)."""
    users = sorted(simulated["user_id"].unique())
    cols = ["user_id", "time", "lat", "lon", "accuracy_m"]
    table = simulated[cols].assign(time=simulated["time"].dt.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
    folder.mkdir()
    table[table["user_id"].isin([users[0], users[-1]])].to_csv(folder / "a_first_and_last.csv", index=False)
    for u in users[1:-1]:
        table[table["user_id"] == u].to_csv(folder / f"{u}.csv", index=False)
    return folder


def test_files_mode_and_the_command_line(client, simulated, zones_file, tmp_path, capsys):
    from tracemob.tracemob_plugin.cli import main

    folder = _write_files(simulated, tmp_path / "traces")
    res = run_on_client(client, files=str(folder), spec=_spec(zones_file), budget=len(simulated) // 4)
    ms, od = _domain_calls(res, zones_file)
    _same(ms.zones, res.modal_share.zones, "modal share zones (files)")
    _same(ms.cells, res.modal_share.cells, "modal share cells (files)")
    _same(od.matrix, res.od_flows.matrix, "OD matrix (files)")
    study = tmp_path / "study.toml"
    study.write_text(f"""
[inputs]
paths = ["{folder.as_posix()}"]
[steps]
run = ["segment", "modes", "modalshare", "odflows"]
[modalshare]
zones = "{zones_file}"
id_field = "code"
min_trips = 3
[odflows]
zones = "{zones_file}"
id_field = "code"
small_pairs = "merge"
[outputs]
folder = "out"
format = "gpkg"
[cluster]
partition_fixes = {len(simulated) // 4}
[privacy]
min_users = {MIN_USERS}
""", encoding="utf-8")
    assert main(["run", str(study), "--scheduler", client.scheduler.address]) == 0
    from osgeo import ogr

    gpkg = ogr.Open(str(tmp_path / "out" / "tracemob.gpkg"))
    zones = gpkg.GetLayerByName("modal_share_zones")
    got = {f.GetField("zone_id"): (f.GetField("n_trips"), f.GetField("masked")) for f in zones}
    want = ms.zones.set_index("zone_id")
    assert got == {z: (None if m else int(n), int(m)) for z, n, m in zip(want.index, want["n_trips"], want["masked"])}
    lines = gpkg.GetLayerByName("od_lines")
    assert lines.GetFeatureCount() == len(od.lines) > 0 and lines.GetGeomType() == ogr.wkbLineString
    matrix = gpkg.GetLayerByName("od_matrix")
    assert sorted(f.GetField("n_trips") for f in matrix) == sorted(od.matrix["n_trips"])
    assert "OD pairs published" in capsys.readouterr().out


@pytest.mark.parametrize("body, key, words", [
    ('[modalshare]\nzones = "nowhere.geojson"\n', "modalshare.zones", "no zones file"),
    ('[modalshare]\nzones = "{zones}"\nid_field = "nope"\n', "modalshare.zones", "no field 'nope'"),
    ('[modalshare]\nzones = "{zones}"\nby = "work"\n', "modalshare.by", "unknown zoning"),
    ('[odflows]\nzones = "{zones}"\nsmall_pairs = "hide"\n', "odflows.small_pairs", "suppress"),
    ('[odflows]\nzones = "{zones}"\ncolour = "red"\n', "odflows.colour", "unknown key"),
    ('[odflows]\nzones = "{zones}"\nstart = "2025-04-01"\nend = "2025-03-01"\n', "odflows.start", "not after"),
    ('[modalshare]\nzones = "{zones}"\nstart = "soon"\n', "modalshare.start", "cannot read the period"),
])
def test_a_bad_zoned_section_names_the_key(zones_file, tmp_path, capsys, body, key, words):
    from tracemob.tracemob_plugin.cli import main

    study = tmp_path / "study.toml"
    study.write_text('[inputs]\npaths = ["."]\n' + body.format(zones=zones_file), encoding="utf-8")
    assert main(["run", str(study)]) == 1
    err = capsys.readouterr().err
    assert f"key '{key}'" in err and words in err


def test_zones_from_a_geopackage_give_the_same_modal_share(client, simulated, zones_file, tmp_path):
    from osgeo import ogr

    gpkg = str(tmp_path / "zones.gpkg")
    ogr.UseExceptions()
    src = ogr.Open(zones_file)
    ogr.GetDriverByName("GPKG").CopyDataSource(src, gpkg)
    src = None
    a = run_on_client(client, points=simulated, spec=_spec(gpkg), budget=len(simulated) // 5)
    b = run_chain(simulated, _spec(zones_file))
    assert list(read_zones(gpkg, "code")["zone_id"]) == ["Z00", "Z01", "Z10", "Z11", "Z20", "Z21"]
    _same(a.modal_share.zones[["zone_id", "n_trips", "n_users", "masked"]],
          b.modal_share.zones[["zone_id", "n_trips", "n_users", "masked"]], "zones")
    with pytest.raises(InputError, match="no field 'nope'"):
        read_zones(gpkg, "nope")


def _rows(users_by_zone, part):
    """Trips of partition ``part``: for each zone, one trip per participant at its centre."""
    trips, legs = [], []
    for zone, users in users_by_zone.items():
        lon = {"A": 0.5, "B": 1.5}[zone]
        for u in users:
            tid = f"{part}-{u}-{zone}"
            trips.append(dict(trip_id=tid, user_id=u, start_time=pd.Timestamp("2025-03-03 08:00", tz="UTC"),
                              distance_m=1000.0 + len(trips), duration_s=600.0, origin_lon=lon, origin_lat=0.5))
            legs.append(dict(trip_id=tid, mode="car"))
    return pd.DataFrame(trips), pd.DataFrame(legs)


def test_privacy_rule_applies_after_the_shuffle(client, tmp_path):
    """Zone A: 2 participants in each of 3 partitions (each under the threshold of 5, 6 in all): published with
    its 6 participants. Zone B: 1 participant in each of 3 partitions (3 in all): masked. Through the cluster's own
    shuffle (partitions on the workers, buckets by zone)."""
    feats = [{"type": "Feature", "properties": {"code": c},
              "geometry": shapely.geometry.mapping(shapely.box(x, 0, x + 1, 1))} for c, x in (("A", 0), ("B", 1))]
    path = tmp_path / "ab.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": feats}), encoding="utf-8")
    spec = ModalShareSpec(str(path), "code", min_trips=1)
    parts = []
    for k in range(3):
        trips, legs = _rows({"A": [f"a{k}1", f"a{k}2"], "B": [f"b{k}"]}, k)
        parts.append({"share_rows": partition_share_rows(trips, legs, spec)})
        one = gather_share([reduce_share([parts[-1]["share_rows"]["rows"]])], spec, 5).zones.set_index("zone_id")
        assert one.loc[["A", "B"], "masked"].all()            # alone, every partition is under the threshold
    futures = client.scatter(parts)
    out = gather_share([f.result() for f in shuffle(client, futures, _split_share, reduce_share)], spec, 5)
    zones = out.zones.set_index("zone_id")
    assert not zones.loc["A", "masked"] and zones.loc["A", "n_users"] == 6 and zones.loc["A", "n_trips"] == 6
    assert zones.loc["B", "masked"] and np.isnan(zones.loc["B", "n_trips"]) and np.isnan(zones.loc["B", "km_car"])
    assert not zones.loc["ALL", "masked"] and zones.loc["ALL", "n_users"] == 9
    cells = out.cells.set_index(["zone_id", "mode"])
    assert cells.loc[("A", "car"), "share_trips"] == 100.0 and cells.loc[("B", "car"), "masked"]
    # the same as the domain's call on every trip at once
    trips, legs = map(pd.concat, zip(*[_rows({"A": [f"a{k}1", f"a{k}2"], "B": [f"b{k}"]}, k) for k in range(3)]))
    ref = modal_share(trips.sort_values("user_id", kind="stable"), legs, ["A", "B"], list(shapely.box(x, 0, x + 1, 1)
                      for x in (0, 1)), min_users=5, min_trips=1)
    _same(ref.zones, out.zones, "zones")


def _beforeafter_data():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("beforeafter_data", Path(__file__).with_name("test_beforeafter.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bootstrap_replicates_on_the_cluster_equal_one_process(client):
    """before_after's intervals (medians per segment, modal shares per zone: every bootstrap) with the chunks of
    replicates as tasks on the 2 workers: the same numbers, bit for bit, whatever the chunking."""
    from distributed import get_task_stream

    from tracemob.tracemob_plugin.core.compare.beforeafter import before_after

    data = _beforeafter_data()      # the generators of tests/unit/test_beforeafter.py (known effects)
    tv = data.make_traversals(seed=4, n_users=30, tt_effect={"S1": 1.3})
    trips = data.make_trips(seed=5, n_users=30)
    kw = dict(traversals=tv, trips=trips, zones=data.ZONES, change=data.CHANGE, n_boot=200, seed=11)
    one = before_after(**kw)
    mapper = replicate_mapper(client, n_chunks=7)
    with get_task_stream(client) as ts:
        many = before_after(mapper=mapper, **kw)
    assert mapper.tasks >= 14                    # 7 chunks for each of the two bootstraps at least
    assert len({t["worker"] for t in ts.data if "_apply" in str(t.get("key", ""))}) == 2
    _same(one.segments, many.segments, "segments")
    _same(one.modal_share, many.modal_share, "modal share")
    assert np.isfinite(many.segments["ratio_ci_low"]).any() and (many.segments["flag"] == "significant").any()
    # other chunkings give the same replicates too
    _same(one.modal_share, before_after(mapper=replicate_mapper(client, n_chunks=3), **kw).modal_share, "3 chunks")


def test_a_zoned_step_without_zones_names_what_to_give():
    with pytest.raises(InputError, match="modalshare step needs a zones file"):
        ChainSpec(steps=("segment", "modes", "modalshare")).validated()
    with pytest.raises(InputError, match="no zones file"):
        ChainSpec(steps=("segment", "modes", "odflows"), odflows=ODFlowSpec("/nonexistent.geojson")).validated()


def test_a_chunk_of_draws_travels_as_the_random_streams_state():
    """What a bootstrap task receives: the stream's state at the chunk's start, a few hundred bytes, from which the
    worker draws exactly the rows one process draws there (chunks of 30, 30, 30, 10 of one stream of 100)."""
    import pickle

    from tracemob.tracemob_plugin.core.compare.bootstrap import _draws, _user_weights

    draws = pickle.loads(pickle.dumps(list(_draws(500, 100, 30, np.random.default_rng(3), remote=True))))
    assert [len(d) for d in draws] == [30, 30, 30, 10]
    one = _user_weights(500, 100, np.random.default_rng(3))
    assert np.array_equal(np.concatenate([d() for d in draws]), one) and one.sum() == 100 * 500
    assert len(pickle.dumps(draws[0])) < 1_000 < draws[0]().nbytes == 30 * 500 * 4
