"""tracemob:inferpurposes and tracemob:odflows through processing.run on constructed weeks with known
truth: purposes, places with home/work, OD counts, the k rule, zones in Lambert-93, bad input."""
import sys
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from qgis_helpers import load_unit_module, memory_layer as _layer  # noqa: E402


ROOT = Path(__file__).resolve().parents[2]


W = load_unit_module("test_purposes")


def _week_layers(users=("u1", "u2", "u3"), n_days=7):
    stays, trips, truth = [], [], []
    for i, u in enumerate(users):
        s, t, tr = W.build_week(user=u, seed=i, n_days=n_days)
        stays.append(s)
        trips.append(t)
        truth += list(tr)
    stays, trips = pd.concat(stays, ignore_index=True), pd.concat(trips, ignore_index=True)
    sl = _layer("Point?crs=EPSG:4326&field=stay_id:string&field=user_id:string&field=start_time:datetime"
                "&field=end_time:datetime&field=duration_s:double",
                stays[["stay_id", "user_id", "start_time", "end_time", "duration_s"]].values.tolist(),
                [QgsGeometry.fromWkt("Point({} {})".format(r.lon, r.lat)) for r in stays.itertuples()])
    pos = stays.set_index("stay_id")
    geoms = []
    for r in trips.itertuples():
        o, d = pos.loc[r.origin_stay_id], pos.loc[r.destination_stay_id]
        geoms.append(QgsGeometry.fromWkt("LineStringM({} {} {}, {} {} {})".format(
            o.lon, o.lat, r.start_time.timestamp(), d.lon, d.lat, r.end_time.timestamp())))
    tl = _layer("LineStringM?crs=EPSG:4326&field=trip_id:string&field=user_id:string&field=start_time:datetime"
                "&field=end_time:datetime&field=duration_s:double&field=distance_m:double"
                "&field=origin_stay_id:string&field=destination_stay_id:string",
                trips[["trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m", "origin_stay_id",
                       "destination_stay_id"]].values.tolist(), geoms)
    return tl, sl, dict(zip(trips["trip_id"], truth))


def _zones_l93():
    """Zone H around home, school, shop, gym and doctor; zone W around work; in Lambert-93."""
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem("EPSG:2154"),
                                QgsProject.instance())
    geoms = []
    for wkt in ("POLYGON((2.325 48.835, 2.375 48.835, 2.375 48.865, 2.325 48.865, 2.325 48.835))",
                "POLYGON((2.29 48.87, 2.31 48.87, 2.31 48.89, 2.29 48.89, 2.29 48.87))"):
        g = QgsGeometry.fromWkt(wkt).densifyByCount(10)
        assert g.transform(tr) == 0
        geoms.append(g)
    return _layer("Polygon?crs=EPSG:2154&field=code_com:string", [["H"], ["W"]], geoms)


def test_inferpurposes_week_known_truth(run_alg):
    tl, sl, truth = _week_layers()
    res, fb = run_alg("tracemob:inferpurposes", {"TRIPS": tl, "STAYS": sl, "OUTPUT": "TEMPORARY_OUTPUT",
                                                 "OUTPUT_PLACES": "TEMPORARY_OUTPUT",
                                                 "OUTPUT_HOMEWORK": "TEMPORARY_OUTPUT"})
    out = res["OUTPUT"]
    assert QgsWkbTypes.hasM(out.wkbType())
    got = {f["trip_id"]: f["purpose"] for f in out.getFeatures()}
    assert got == truth
    assert sum(bool(f["is_home_work"]) for f in out.getFeatures()) == 3 * 6
    places = list(res["OUTPUT_PLACES"].getFeatures())
    assert sum(bool(f["is_home"]) for f in places) == 3 and sum(bool(f["is_work"]) for f in places) == 3
    home = [f for f in places if f["is_home"]][0].geometry().asPoint()
    assert abs(home.x() - W.HOME[0]) < 0.001 and abs(home.y() - W.HOME[1]) < 0.001
    hw = {f["user_id"]: f for f in res["OUTPUT_HOMEWORK"].getFeatures()}
    assert set(hw) == {"u1", "u2", "u3"} and all(f["reason"] == "" for f in hw.values())
    assert any("Home found for 3 of 3 participant(s), work or study for 3" in i for i in fb.infos)


def test_inferpurposes_logs_who_lacks_data_and_stops_when_nobody_has_enough(run_alg):
    tl, sl, _ = _week_layers(users=("u1",), n_days=1)
    with pytest.raises(QgsProcessingException, match="no participant has enough data to find a home"):
        run_alg("tracemob:inferpurposes", {"TRIPS": tl, "STAYS": sl, "OUTPUT": "TEMPORARY_OUTPUT"})
    res, fb = run_alg("tracemob:inferpurposes", {"TRIPS": tl, "STAYS": sl, "ALLOW_WITHOUT_HOME": True,
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})
    assert any(w.startswith("u1: home not found: too few nights observed (1, at least 2 needed)") for w in fb.warnings)
    assert res["OUTPUT"].featureCount() == 3  # Monday: home -> school -> work -> home
    bad = _layer("Point?crs=EPSG:4326&field=user_id:string", [["u1"]], [QgsGeometry.fromWkt("Point(2 48)")])
    with pytest.raises(QgsProcessingException, match="stay_id"):
        run_alg("tracemob:inferpurposes", {"TRIPS": tl, "STAYS": bad, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_odflows_purpose_filter_k_rule_and_lines(run_alg):
    tl, sl, _ = _week_layers()
    res, _ = run_alg("tracemob:inferpurposes", {"TRIPS": tl, "STAYS": sl, "OUTPUT": "TEMPORARY_OUTPUT"})
    with_purposes = res["OUTPUT"]
    zones = _zones_l93()
    purpose_work = 1 + 1  # "All purposes", then home, work, ...
    res, fb = run_alg("tracemob:odflows", {"TRIPS": with_purposes, "ZONES": zones, "PURPOSE": purpose_work,
                                           "MIN_USERS": 3, "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
                                           "OUTPUT_LINES": "TEMPORARY_OUTPUT"})
    rows = [(f["origin_zone"], f["destination_zone"], f["n_trips"], f["n_users"]) for f in res["OUTPUT_TABLE"].getFeatures()]
    assert rows == [("H", "W", 15, 3)]     # 5 working days x 3 participants
    lines = list(res["OUTPUT_LINES"].getFeatures())
    assert len(lines) == 1 and lines[0]["n_trips"] == 15
    pts = lines[0].geometry().asPolyline()
    assert pts[0].x() == pytest.approx(2.35, abs=1e-3) and pts[1].y() == pytest.approx(48.88, abs=1e-3)
    assert any("Privacy threshold lowered to 3" in w for w in fb.warnings)
    # all purposes, default k = 10: three participants are too few, everything is suppressed
    res, fb = run_alg("tracemob:odflows", {"TRIPS": with_purposes, "ZONES": zones, "SMALL_PAIRS": 1,
                                           "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "OUTPUT_LINES": "TEMPORARY_OUTPUT"})
    assert res["OUTPUT_TABLE"].featureCount() == 0 and res["OUTPUT_LINES"].featureCount() == 0
    assert any("the table is empty" in w for w in fb.warnings)
    with pytest.raises(QgsProcessingException, match="would reveal individual people"):
        run_alg("tracemob:odflows", {"TRIPS": with_purposes, "ZONES": zones, "MIN_USERS": 1,
                                     "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    with pytest.raises(QgsProcessingException, match="no purpose field"):
        run_alg("tracemob:odflows", {"TRIPS": tl, "ZONES": zones, "PURPOSE": purpose_work, "MIN_USERS": 2,
                                     "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})


@pytest.mark.parametrize("style, uri, kind, n", [
    ("purposes", "LineStringM?crs=EPSG:4326&field=purpose:string", "categorizedSymbol", 8),
    ("places", "Point?crs=EPSG:4326&field=is_home:boolean&field=is_work:boolean", "categorizedSymbol", 3),
    ("odflows", "LineString?crs=EPSG:4326&field=n_trips:integer", "graduatedSymbol", 6)])
def test_styles_load(qgis_app, style, uri, kind, n):
    layer = QgsVectorLayer(uri, style, "memory")
    msg, ok = layer.loadNamedStyle(str(ROOT / "resources" / "styles" / (style + ".qml")))
    assert ok, msg
    renderer = layer.renderer()
    assert renderer.type() == kind
    assert len(renderer.categories() if kind == "categorizedSymbol" else renderer.ranges()) == n


def test_inferpurposes_labels_table_wins(run_alg):
    tl, sl, truth = _week_layers()
    feats = {f["trip_id"]: f for f in tl.getFeatures()}
    first_work = sorted((t for t, p in truth.items() if p == "work" and t.startswith("u1_")),
                        key=lambda t: int(t.split("_T")[1]))[0]
    f = feats[first_work]
    labels = _layer("None?field=user_id:string&field=start_time:datetime&field=end_time:datetime"
                    "&field=purpose_confirm:string",
                    [["u1", pd.Timestamp(f["start_time"].toMSecsSinceEpoch(), unit="ms", tz="UTC"),
                      pd.Timestamp(f["end_time"].toMSecsSinceEpoch(), unit="ms", tz="UTC"), "school"]])
    res, _ = run_alg("tracemob:inferpurposes", {"TRIPS": tl, "STAYS": sl, "LABELS": labels,
                                                "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {g["trip_id"]: g for g in res["OUTPUT"].getFeatures()}
    assert out[first_work]["purpose"] == "study" and out[first_work]["purpose_source"] == "user"
    assert out[first_work]["purpose_confidence"] == pytest.approx(1.0)
    u1_work = [t for t, p in truth.items() if p == "work" and t.startswith("u1_")]
    assert len(u1_work) == 5 and all(out[t]["purpose"] == "study" for t in u1_work)
    assert all(out[t]["purpose"] == "work" for t, p in truth.items() if p == "work" and not t.startswith("u1_"))
    no_purpose = _layer("None?field=user_id:string&field=start_time:datetime&field=end_time:datetime", [])
    with pytest.raises(QgsProcessingException, match="no purpose_confirm field"):
        run_alg("tracemob:inferpurposes", {"TRIPS": tl, "STAYS": sl, "LABELS": no_purpose,
                                           "OUTPUT": "TEMPORARY_OUTPUT"})


def test_inferpurposes_trip_without_destination_stay_uses_its_last_vertex(run_alg):
    tl, sl, truth = _week_layers(users=("u1",))
    last = max(truth, key=lambda t: int(t.split("_T")[1]))
    assert truth[last] == "home"
    idx = tl.fields().indexOf("destination_stay_id")
    fid = [f.id() for f in tl.getFeatures() if f["trip_id"] == last][0]
    assert tl.dataProvider().changeAttributeValues({fid: {idx: None}})
    res, _ = run_alg("tracemob:inferpurposes", {"TRIPS": tl, "STAYS": sl, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = {f["trip_id"]: f for f in res["OUTPUT"].getFeatures()}
    assert out[last]["purpose"] == "home" and out[last]["destination_place_id"] == "u1_P0"
    assert "destination_lon" not in res["OUTPUT"].fields().names()


def test_odflows_weighted_counts_the_population_and_keeps_the_threshold_on_participants(run_alg):
    tl, sl, _ = _week_layers()
    res, _ = run_alg("tracemob:inferpurposes", {"TRIPS": tl, "STAYS": sl, "OUTPUT": "TEMPORARY_OUTPUT"})
    with_purposes = res["OUTPUT"]
    users = sorted({f["user_id"] for f in with_purposes.getFeatures()})
    weights = QgsVectorLayer("None?field=user_id:string&field=weight:double", "w", "memory")
    feats = []
    for u in users:
        f = QgsFeature(weights.fields())
        f.setAttributes([u, 50.0])
        feats.append(f)
    assert weights.dataProvider().addFeatures(feats)
    params = {"TRIPS": with_purposes, "ZONES": _zones_l93(), "PURPOSE": 2, "MIN_USERS": 3, "WEIGHTS": weights,
              "OUTPUT_TABLE": "TEMPORARY_OUTPUT"}
    res, fb = run_alg("tracemob:odflows", params)
    rows = [(f["origin_zone"], f["destination_zone"], f["n_trips"], f["n_users"], f["trips_weighted"],
             f["share_weighted"]) for f in res["OUTPUT_TABLE"].getFeatures()]
    assert rows == [("H", "W", 15, 3, 750.0, 100.0)]
    assert not any("without a weight" in w for w in fb.warnings)
    # one participant without a weight: counted 0 in the weighted flows, still counted for the threshold
    worker = next(f["user_id"] for f in with_purposes.getFeatures() if f["purpose"] == "work")
    weights.dataProvider().deleteFeatures([f.id() for f in weights.getFeatures() if f["user_id"] == worker])
    res, fb = run_alg("tracemob:odflows", params)
    (row,) = list(res["OUTPUT_TABLE"].getFeatures())
    assert row["n_users"] == 3 and row["trips_weighted"] == 500.0 and row["share_weighted"] == 100.0
    assert any("1 participant(s) without a weight" in w for w in fb.warnings)
