"""tracemob:computeemissions, tracemob:modalshare and tracemob:co2report through QGIS Processing:
hand-checked values, zones in another CRS, bad input, and the chain on an embedded real day."""
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsWkbTypes,
)

from tracemob.tracemob_plugin import compat
from tracemob.tracemob_plugin.core.indicators.charts import MODE_COLORS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from qgis_helpers import load_unit_module, memory_layer as _layer  # noqa: E402


ROOT = Path(__file__).resolve().parents[2]


H = load_unit_module("test_indicators")


def _hand_layers():
    trips, legs = H.make(H.HAND)
    tl = _layer("LineStringM?crs=EPSG:4326&field=trip_id:string&field=user_id:string&field=start_time:datetime"
                "&field=end_time:datetime&field=duration_s:double&field=distance_m:double",
                trips[["trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m"]].values.tolist(),
                [QgsGeometry.fromWkt("LineStringM({x} {y} 0, {x2} {y} 600)".format(
                    x=r.origin_lon, y=r.origin_lat, x2=r.origin_lon + 0.02)) for r in trips.itertuples()])
    ll = _layer("None?field=leg_id:string&field=trip_id:string&field=user_id:string&field=mode:string",
                legs[["leg_id", "trip_id", "user_id", "mode"]].values.tolist())
    return tl, ll


def _zones(authid="EPSG:4326"):
    geoms = []
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(authid),
                                QgsProject.instance())
    for z in (H.ZONE_A, H.ZONE_B):
        g = QgsGeometry.fromWkt(z.wkt).densifyByCount(20)
        if authid != "EPSG:4326":
            assert g.transform(tr) == 0
        geoms.append(g)
    return _layer("Polygon?crs={}&field=code:string".format(authid), [["A"], ["B"]], geoms)


def _features(layer, key):
    return {f[key]: f for f in layer.getFeatures()}


# ----------------------------------------------------------------------------- computeemissions
def _legs_layer():
    rows = [["L1", "T1", "u1", "car", 10_000.0, None], ["L2", "T2", "u1", "car", 10_000.0, "shared_ride"],
            ["L3", "T3", "u2", "bus", 4_000.0, None], ["L4", "T4", "u2", "unknown", 1_000.0, None]]
    geoms = [QgsGeometry.fromWkt("LineStringM(2.30 48.85 1000, 2.40 48.86 1600)") for _ in rows]
    return _layer("LineStringM?crs=EPSG:4326&field=leg_id:string&field=trip_id:string&field=user_id:string"
                  "&field=mode:string&field=distance_m:double&field=mode_confirm:string", rows, geoms)


def test_computeemissions_hand_checked(run_alg):
    res, fb = run_alg("tracemob:computeemissions", {"INPUT": _legs_layer(), "CAR_OCCUPANCY": 1.5,
                                                     "CARPOOL_OCCUPANCY": 3.0, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = _features(res["OUTPUT"], "leg_id")
    assert out["L1"]["co2e_g"] == pytest.approx(192.0 * 10 / 1.5)     # 1280 g
    assert out["L2"]["co2e_g"] == pytest.approx(192.0 * 10 / 3.0)     # carpool label: 640 g
    assert out["L3"]["co2e_g"] == pytest.approx(113.5 * 4)            # 454 g
    assert compat.is_null(out["L4"]["co2e_g"]) and out["L4"]["factor_source"] == ""
    assert "ADEME Impact CO2 2025-10" in out["L1"]["factor_source"]
    assert res["TOTAL_CO2E_KG"] == pytest.approx((1280 + 640 + 454) / 1000)
    assert QgsWkbTypes.hasM(res["OUTPUT"].wkbType())
    assert out["L1"].geometry().constGet().mAt(1) == pytest.approx(1600)
    assert any("no emission factor" in w for w in fb.warnings)
    res, _ = run_alg("tracemob:computeemissions", {"INPUT": _legs_layer(), "CAR_OCCUPANCY": 1.5, "SCOPE": 1,
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    assert _features(res["OUTPUT"], "leg_id")["L1"]["co2e_g"] == pytest.approx((192.0 + 25.6) * 10 / 1.5)
    # the choice given as its stable code (qgis_process SCOPE=usage+construction): the same run
    res, _ = run_alg("tracemob:computeemissions", {"INPUT": _legs_layer(), "CAR_OCCUPANCY": 1.5,
                                                    "SCOPE": "usage+construction", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert _features(res["OUTPUT"], "leg_id")["L1"]["co2e_g"] == pytest.approx((192.0 + 25.6) * 10 / 1.5)


def test_computeemissions_bad_input(run_alg, tmp_path):
    no_mode = _layer("None?field=leg_id:string&field=distance_m:double", [["L1", 10.0]])
    with pytest.raises(QgsProcessingException, match="mode"):
        run_alg("tracemob:computeemissions", {"INPUT": no_mode, "OUTPUT": "TEMPORARY_OUTPUT"})
    bad = tmp_path / "mine.csv"
    bad.write_text("mode,unit,usage_g_per_km,construction_g_per_km\ncar,vkm,190,20\ntram,pkm,3,-1\n")
    with pytest.raises(QgsProcessingException, match=r"mine\.csv, row 3, field 'construction_g_per_km'"):
        run_alg("tracemob:computeemissions", {"INPUT": _legs_layer(), "FACTORS": str(bad), "OUTPUT": "TEMPORARY_OUTPUT"})
    bad.write_text("mode,usage_g_per_km\ncar,190\nrickshaw,30\n")
    with pytest.raises(QgsProcessingException, match=r"row 3, field 'mode'"):
        run_alg("tracemob:computeemissions", {"INPUT": _legs_layer(), "FACTORS": str(bad), "OUTPUT": "TEMPORARY_OUTPUT"})
    # a planner's own table is used as given
    own = tmp_path / "own.csv"
    own.write_text("# version: city-2025\nmode,unit,usage_g_per_km\ncar,vkm,100\nbus,pkm,50\n")
    res, _ = run_alg("tracemob:computeemissions", {"INPUT": _legs_layer(), "FACTORS": str(own), "CAR_OCCUPANCY": 2.0,
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    out = _features(res["OUTPUT"], "leg_id")
    assert out["L1"]["co2e_g"] == pytest.approx(500.0) and out["L3"]["co2e_g"] == pytest.approx(200.0)
    assert "city-2025" in out["L1"]["factor_source"]


# ----------------------------------------------------------------------------- modalshare
def _share_run(run_alg, zones, tmp_path=None, **extra):
    tl, ll = _hand_layers()
    params = {"TRIPS": tl, "LEGS": ll, "ZONES": zones, "MIN_USERS": 5, "MIN_TRIPS": 5,
              "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg("tracemob:modalshare", params)


def test_modalshare_hand_checked_and_reprojected_zones(run_alg, tmp_path):
    png = tmp_path / "share.png"
    res, _ = _share_run(run_alg, _zones("EPSG:4326"), OUTPUT_CHART=str(png))
    z = _features(res["OUTPUT"], "zone_id")
    assert set(z) == {"A", "B"}
    assert res["OUTPUT"].fields().names()[:3] == ["zone_id", "code", "n_trips"]   # the zone's own fields kept
    assert z["A"]["n_trips"] == 7 and z["B"]["n_trips"] == 5
    assert z["A"]["sh_train"] == pytest.approx(100 / 7)
    assert z["A"]["shkm_train"] == pytest.approx(100 * 40 / 67)
    assert z["B"]["sh_car"] == pytest.approx(40.0)
    assert z["B"]["shh_car"] == pytest.approx(100 * 2000 / 4200)
    table = [(f["zone_id"], f["mode"], f["share_trips"]) for f in res["OUTPUT_TABLE"].getFeatures()]
    assert ("ALL", "car", pytest.approx(25.0)) in table
    assert png.read_bytes()[:4] == b"\x89PNG"
    # the same zones in Lambert-93: same numbers, output kept in the zones' CRS
    res2, fb = _share_run(run_alg, _zones("EPSG:2154"))
    assert res2["OUTPUT"].crs().authid() == "EPSG:2154"
    z2 = _features(res2["OUTPUT"], "zone_id")
    for zone in ("A", "B"):
        for field in ("n_trips", "n_users", "sh_car", "shkm_train", "shh_walk", "sh_escooter"):
            assert z2[zone][field] == pytest.approx(z[zone][field])
    assert any("EPSG:2154" in i for i in fb.infos)
    assert z2["A"].geometry().area() > 1e6   # m², Lambert-93 geometry


def test_modalshare_masks_and_needs_modes(run_alg):
    res, fb = _share_run(run_alg, _zones(), MIN_USERS=10, MIN_TRIPS=10)
    z = _features(res["OUTPUT"], "zone_id")
    assert z["A"]["masked"] and z["B"]["masked"]
    assert compat.is_null(z["A"]["n_trips"]) and compat.is_null(z["A"]["sh_car"])
    assert any("2 zone(s) masked" in i for i in fb.infos)
    tl, _ = _hand_layers()
    with pytest.raises(QgsProcessingException, match="main_mode"):
        run_alg("tracemob:modalshare", {"TRIPS": tl, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_modalshare_privacy_default_and_warning_when_lowered(run_alg, tracemob_provider):
    from tracemob.tracemob_plugin.core.privacy.rules import DEFAULT_MIN_USERS

    alg = tracemob_provider.algorithm("modalshare")
    assert alg.parameterDefinition("MIN_USERS").defaultValue() == DEFAULT_MIN_USERS
    # the default is not lowered: no privacy warning, every zone of the hand data (< 10 users) masked
    tl, ll = _hand_layers()
    res, fb = run_alg("tracemob:modalshare", {"TRIPS": tl, "LEGS": ll, "ZONES": _zones(), "MIN_TRIPS": 1,
                                              "OUTPUT": "TEMPORARY_OUTPUT"})
    assert not any("Privacy threshold lowered" in w for w in fb.warnings)
    assert all(f["masked"] for f in res["OUTPUT"].getFeatures())
    # explicitly lowered: the warning names the threshold and the default
    _, fb = _share_run(run_alg, _zones(), MIN_USERS=5)
    lowered = [w for w in fb.warnings if "Privacy threshold lowered to 5" in w]
    assert len(lowered) == 1 and "(default {})".format(DEFAULT_MIN_USERS) in lowered[0]


# ----------------------------------------------------------------------------- co2report
def test_co2report_hand_checked(run_alg, tmp_path):
    legs = H.co2_legs()
    layer = _layer("None?field=leg_id:string&field=user_id:string&field=start_time:datetime&field=mode:string"
                   "&field=distance_m:double&field=co2e_g:double",
                   legs[["leg_id", "user_id", "start_time", "mode", "distance_m", "co2e_g"]].values.tolist())
    png = tmp_path / "d.png"
    res, fb = run_alg("tracemob:co2report", {"LEGS": layer, "MIN_OTHERS": 1, "USER": "d",
                                             "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_BY_MODE": "TEMPORARY_OUTPUT",
                                             "OUTPUT_CHART": str(png)})
    assert any("Privacy threshold lowered to 2" in w for w in fb.warnings)  # 1 other + the user
    rows = {(f["user_id"], f["month"]): f for f in res["OUTPUT"].getFeatures()}
    assert rows[("d", "2024-03")]["co2e_kg"] == pytest.approx(10.0)
    assert rows[("b", "2024-03")]["percentile"] == pytest.approx(100 / 3)
    assert rows[("c", "2024-03")]["median_others_kg"] == pytest.approx(2.0)
    assert rows[("a", "2024-04")]["co2e_kg"] == pytest.approx(0.5)     # 00:30 on 1 April, Paris time
    assert png.stat().st_size > 1000
    with pytest.raises(QgsProcessingException, match="zz"):
        run_alg("tracemob:co2report", {"LEGS": layer, "USER": "zz", "OUTPUT": "TEMPORARY_OUTPUT",
                                       "OUTPUT_CHART": str(tmp_path / "zz.png")})


def test_co2report_weighted_per_capita(run_alg):
    legs = H.co2_legs()
    layer = _layer("None?field=leg_id:string&field=user_id:string&field=start_time:datetime&field=mode:string"
                   "&field=distance_m:double&field=co2e_g:double",
                   legs[["leg_id", "user_id", "start_time", "mode", "distance_m", "co2e_g"]].values.tolist())
    weights = _layer("None?field=user_id:string&field=weight:double", [["a", 1.0], ["b", 1.0], ["c", 1.0]])
    res, fb = run_alg("tracemob:co2report", {"LEGS": layer, "MIN_OTHERS": 1, "WEIGHTS": weights,
                                             "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_STUDY": "TEMPORARY_OUTPUT"})
    study = {(f["month"], f["mode"]): f for f in res["OUTPUT_STUDY"].getFeatures()}
    # d has no weight: March car per person = (a 1 + c 3) / 3 participants with a weight
    assert study[("2024-03", "car")]["co2e_kg_per_capita_weighted"] == pytest.approx(4.0 / 3)
    assert study[("2024-03", "car")]["co2e_kg_per_user"] == pytest.approx(10.0 / 4)
    assert any("1 participant(s) without a weight" in w for w in fb.warnings)


# ----------------------------------------------------------------------------- real day, whole chain
def test_chain_on_real_day(run_alg, sample_dir, tmp_path):
    imported, _ = run_alg("tracemob:importtraces", {"INPUT": [str(sample_dir / "shankari_2016-07-22.json")],
                                                     "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_MOTION": "TEMPORARY_OUTPUT"})
    seg, _ = run_alg("tracemob:segmenttrips", {"INPUT": imported["OUTPUT"], "MOTION": imported["OUTPUT_MOTION"],
                                               "OUTPUT_STAYS": "TEMPORARY_OUTPUT", "OUTPUT_TRIPS": "TEMPORARY_OUTPUT",
                                               "OUTPUT_LEGS": "TEMPORARY_OUTPUT"})
    legs, trips = seg["OUTPUT_LEGS"], seg["OUTPUT_TRIPS"]
    assert legs.featureCount() > 0 and trips.featureCount() > 0
    # segmentation legs have no mode yet: a clear error
    with pytest.raises(QgsProcessingException, match="mode"):
        run_alg("tracemob:computeemissions", {"INPUT": legs, "OUTPUT": "TEMPORARY_OUTPUT"})
    # a crude speed rule stands in for the mode inference here
    moded, _ = run_alg("native:fieldcalculator", {
        "INPUT": legs, "FIELD_NAME": "mode", "FIELD_TYPE": 2, "FIELD_LENGTH": 20,
        "FORMULA": "CASE WHEN \"speed_median_mps\" < 2 THEN 'walk' WHEN \"speed_median_mps\" < 6 THEN 'bike' "
                   "ELSE 'car' END", "OUTPUT": "TEMPORARY_OUTPUT"})
    res, _ = run_alg("tracemob:computeemissions", {"INPUT": moded["OUTPUT"], "CAR_OCCUPANCY": 1.0,
                                                    "OUTPUT": "TEMPORARY_OUTPUT"})
    feats = list(res["OUTPUT"].getFeatures())
    car_km = sum(f["distance_m"] for f in feats if f["mode"] == "car") / 1000
    assert car_km > 1
    assert res["TOTAL_CO2E_KG"] == pytest.approx(car_km * 192 / 1000)
    assert all(f["co2e_g"] == 0 for f in feats if f["mode"] in ("walk", "bike"))
    # modal share of the real trips, whole study and one Lambert-93 zone around everything
    ext = trips.extent()
    box = QgsGeometry.fromRect(ext.buffered(0.05)).densifyByCount(20)
    assert box.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                                QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance())) == 0
    zone = _layer("Polygon?crs=EPSG:2154&field=code:string", [["Z"]], [box])
    share, _ = run_alg("tracemob:modalshare", {"TRIPS": trips, "LEGS": res["OUTPUT"], "ZONES": zone,
                                               "MIN_USERS": 2, "MIN_TRIPS": 1, "OUTPUT": "TEMPORARY_OUTPUT",
                                               "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    z = _features(share["OUTPUT"], "zone_id")["Z"]
    modes = ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "coach", "tram", "metro", "train",
             "ferry", "plane", "unknown")
    # one participant is below the privacy floor (2, the lowest threshold accepted): the zone is masked
    assert z["masked"] and all(compat.is_null(z["sh_" + m]) for m in modes)
    rep, _ = run_alg("tracemob:co2report", {"LEGS": res["OUTPUT"], "OUTPUT": "TEMPORARY_OUTPUT"})
    row = next(rep["OUTPUT"].getFeatures())
    assert row["month"] == "2016-07"
    assert row["co2e_kg"] == pytest.approx(res["TOTAL_CO2E_KG"])
    print("real day: {} trips, {} legs, car {:.2f} km, {:.3f} kg CO2e".format(
        trips.featureCount(), len(feats), car_km, res["TOTAL_CO2E_KG"]))


# ----------------------------------------------------------------------------- styles
def test_styles_apply_to_the_outputs(run_alg):
    res, _ = _share_run(run_alg, _zones())
    layer = res["OUTPUT"]
    _, ok = layer.loadNamedStyle(str(ROOT / "resources" / "styles" / "modalshare.qml"))
    assert ok
    diagrams = layer.diagramRenderer()
    assert diagrams is not None and diagrams.diagram().diagramName() == "Pie"
    settings = diagrams.diagramSettings()[0]
    names = [a.strip('"') for a in settings.categoryAttributes]
    assert names == ["sh_" + m for m in ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "coach",
                                         "tram", "metro", "train", "ferry", "plane", "unknown")]
    assert all(layer.fields().indexOf(n) >= 0 for n in names)
    assert settings.categoryColors[5].name() == "#e41a1c"       # car, as in the charts and modes.qml
    # coach and ferry: the charts' colours
    assert [settings.categoryColors[i].name() for i in (7, 11)] == [MODE_COLORS["coach"], MODE_COLORS["ferry"]]
    assert layer.renderer().classAttribute() == "masked"
    res, _ = run_alg("tracemob:computeemissions", {"INPUT": _legs_layer(), "OUTPUT": "TEMPORARY_OUTPUT"})
    _, ok = res["OUTPUT"].loadNamedStyle(str(ROOT / "resources" / "styles" / "emissions.qml"))
    assert ok
    rules = res["OUTPUT"].renderer().rootRule().children()
    assert len(rules) == 6 and '"co2e_g" IS NULL' in [r.filterExpression() for r in rules]


def test_modalshare_period_without_zones(run_alg):
    tl, ll = _hand_layers()
    res, _ = run_alg("tracemob:modalshare", {"TRIPS": tl, "LEGS": ll, "MIN_USERS": 2, "MIN_TRIPS": 1,
                                             "PERIOD_START": "2024-03-05T07:30:00", "PERIOD_END": "2024-03-05T08:00:00",
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    rows = list(res["OUTPUT"].getFeatures())
    assert len(rows) == 1 and rows[0]["zone_id"] == "ALL"
    assert rows[0]["n_trips"] == 4 and rows[0]["n_users"] == 4      # u06..u09, started 07:35 to 07:56 UTC
    assert rows[0]["sh_car"] == pytest.approx(50.0)                   # u08, u09 by car; u06 train; u07 unknown


def test_modalshare_reports_overlapping_and_self_intersecting_zones(run_alg):
    _, clean = _share_run(run_alg, _zones())
    assert not [w for w in clean.warnings if "Zones of" in w]
    a = QgsGeometry.fromWkt(H.ZONE_A.wkt)
    box = a.boundingBox()
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    bow_tie = QgsGeometry.fromWkt("Polygon(({x0} {y0}, {x1} {y1}, {x1} {y0}, {x0} {y1}, {x0} {y0}))".format(
        x0=x0 + 1.0, y0=y0, x1=x1 + 1.0, y1=y1))   # far away, crossing itself
    zones = _layer("Polygon?crs=EPSG:4326&field=code:string", [["A"], ["B"], ["A2"], ["BOW"]],
                   [a, QgsGeometry.fromWkt(H.ZONE_B.wkt), a.buffer(0.001, 4), bow_tie])
    _, feedback = _share_run(run_alg, zones)
    overlap = [w for w in feedback.warnings if "overlap" in w]
    invalid = [w for w in feedback.warnings if "self-intersecting" in w]
    assert len(overlap) == 1 and "2 pair(s)" in overlap[0] and "A / A2" in overlap[0] and "B / A2" in overlap[0]
    assert len(invalid) == 1 and "1 polygon(s)" in invalid[0] and "BOW" in invalid[0], feedback.warnings
