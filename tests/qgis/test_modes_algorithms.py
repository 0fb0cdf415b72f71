"""tracemob:infermodes and tracemob:trainmodemodel through QGIS Processing."""
import json

import numpy as np
import pandas as pd
import pytest
from qgis.core import (NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException,
                       QgsVectorLayer, QgsWkbTypes)

from tracemob.tracemob_plugin.core.geometry import linestrings_wkb
from tracemob.tracemob_plugin.core.modes.synthetic import route_leg, synthetic_dataset
from tracemob.tracemob_plugin.core.simulate.busride import bus_ride

ROUTE = np.array([[0, 0], [3000, 0], [3000, 2500], [6000, 4000]], float)


def _legs_layer(legs, vertices, extra_fields=()):
    """A LineStringM memory layer like segmenttrips' legs (M = epoch seconds)."""
    fields = "&".join(["field=leg_id:string", "field=user_id:string"] +
                      ["field=%s:string" % f for f in extra_fields])
    layer = QgsVectorLayer("LineStringM?crs=EPSG:4326&" + fields, "legs", "memory")
    v = vertices.sort_values(["leg_id", "time"]).reset_index(drop=True)
    first = v.groupby("leg_id").apply(lambda g: g.index.min()).reindex(legs.leg_id).to_numpy()
    last = v.groupby("leg_id").apply(lambda g: g.index.max()).reindex(legs.leg_id).to_numpy()
    m = v.time.astype("int64").to_numpy() / 1e9
    wkbs = linestrings_wkb(v.lon.to_numpy(), v.lat.to_numpy(), first, last, m=m)
    feats = []
    for (_, row), wkb in zip(legs.iterrows(), wkbs):
        f = QgsFeature(layer.fields())
        geom = QgsGeometry()
        geom.fromWkb(wkb)
        f.setGeometry(geom)
        f.setAttributes([row["leg_id"], row["user_id"]] + [row.get(c) for c in extra_fields])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _bus_inputs():
    v, stops, line = route_leg(ROUTE, cruise=60 / 3.6, stop_every_m=500, dwell_s=20, seed=2)
    v["leg_id"] = "bus1"
    v["time"] = pd.to_datetime(v.pop("time_s"), unit="s", utc=True)
    legs = pd.DataFrame({"leg_id": ["bus1"], "user_id": ["u1"]})
    lines = QgsVectorLayer("LineString?crs=EPSG:4326&field=route:string", "lines", "memory")
    f = QgsFeature(lines.fields())
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in zip(line.lon, line.lat)]))
    f.setAttributes(["bus"])
    lines.dataProvider().addFeatures([f])
    stop_layer = QgsVectorLayer("Point?crs=EPSG:4326", "stops", "memory")
    sf = []
    for x, y in zip(stops.lon, stops.lat):
        g = QgsFeature(stop_layer.fields())
        g.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        sf.append(g)
    stop_layer.dataProvider().addFeatures(sf)
    return _legs_layer(legs, v), lines, stop_layer


def _modes(layer):
    return {f["leg_id"]: (f["mode"], f["mode_source"], f["mode_confidence"]) for f in layer.getFeatures()}


def test_infermodes_bus_with_network_car_without(run_alg):
    legs, lines, stops = _bus_inputs()
    res, _ = run_alg("tracemob:infermodes", {"INPUT": legs, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = res["OUTPUT"]
    assert QgsWkbTypes.hasM(out.wkbType())
    assert {"mode", "mode_confidence", "mode_source"} <= set(out.fields().names())
    assert _modes(out)["bus1"][0] == "car"
    res, fb = run_alg("tracemob:infermodes", {"INPUT": legs, "NETWORK_LINES": lines,
                                              "NETWORK_STOPS": stops, "OUTPUT": "TEMPORARY_OUTPUT"})
    mode, source, conf = _modes(res["OUTPUT"])["bus1"]
    assert (mode, source) == ("bus", "rules") and 0.5 <= conf <= 0.9
    assert any("bus" in i for i in fb.infos)


def test_infermodes_stops_layer_alone_gives_bus(run_alg):
    legs, _, stops = _bus_inputs()
    res, _ = run_alg("tracemob:infermodes", {"INPUT": legs, "NETWORK_STOPS": stops, "OUTPUT": "TEMPORARY_OUTPUT"})
    mode, source, conf = _modes(res["OUTPUT"])["bus1"]
    assert (mode, source) == ("bus", "rules") and conf == pytest.approx(0.62)


def test_infermodes_label_field_wins(run_alg):
    _, vertices, _ = synthetic_dataset(n_per_mode=1, modes=["walk"], seed=3, noise=(3, 8),
                                       variability=False)
    legs = pd.DataFrame({"leg_id": ["S00000"], "user_id": ["u0"], "my_mode": ["drove_alone"]})
    layer = _legs_layer(legs, vertices, extra_fields=("my_mode",))
    res, _ = run_alg("tracemob:infermodes", {"INPUT": layer, "LABEL_FIELD": "my_mode",
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    assert _modes(res["OUTPUT"])["S00000"] == ("car", "user", 1.0)
    res, _ = run_alg("tracemob:infermodes", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert _modes(res["OUTPUT"])["S00000"][:2] == ("walk", "model")


def test_infermodes_refuses_layer_without_leg_id_and_bad_model(run_alg, tmp_path):
    bad = QgsVectorLayer("LineStringM?crs=EPSG:4326&field=name:string", "x", "memory")
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:infermodes", {"INPUT": bad, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "leg_id" in str(err.value)
    flat = QgsVectorLayer("LineString?crs=EPSG:4326&field=leg_id:string", "no m", "memory")
    f = QgsFeature(flat.fields())
    f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(4.8, 45.7), QgsPointXY(4.81, 45.71)]))
    f.setAttributes(["a"])
    flat.dataProvider().addFeatures([f])
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:infermodes", {"INPUT": flat, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "M values" in str(err.value)
    legs, _, _ = _bus_inputs()
    wrong = tmp_path / "wrong_model.json"
    wrong.write_text(json.dumps({"format": "something-else"}))
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:infermodes", {"INPUT": legs, "MODEL": str(wrong), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "wrong_model.json" in str(err.value)


def test_trainmodemodel_then_infermodes_with_it(run_alg, tmp_path):
    legs, vertices, motion = synthetic_dataset(n_per_mode=6, modes=["walk", "bike", "car"], seed=4,
                                               noise=(3, 10), variability=False)
    layer = _legs_layer(legs.assign(label=legs["mode"]), vertices, extra_fields=("label",))
    path = tmp_path / "study_model.json"
    res, fb = run_alg("tracemob:trainmodemodel", {"INPUT": layer, "LABEL_FIELD": "label",
                                                  "USER_FIELD": "user_id", "FOLDS": 3, "TREES": 10,
                                                  "OUTPUT": str(path)})
    assert path.exists()
    data = json.loads(path.read_text())
    assert data["format"] == "tracemob-mode-model"
    assert sorted(data["classes"]) == ["bike", "car", "plane", "walk"]  # plane from the prior
    assert data["training"]["prior_legs"] > 0
    assert 0.6 <= res["COARSE_AGREEMENT"] <= 1.0
    assert "recall" in res["REPORT"] and "fold 3" in res["REPORT"]
    res, _ = run_alg("tracemob:infermodes", {"INPUT": layer, "MODEL": str(path), "OUTPUT": "TEMPORARY_OUTPUT"})
    got = _modes(res["OUTPUT"])
    agree = np.mean([got[i][0] == m for i, m in zip(legs.leg_id, legs["mode"])])
    assert agree >= 0.8


def test_real_day_import_segment_infer(tracemob_provider, sample_dir):
    """Embedded real day 2016-07-22: importtraces -> segmenttrips -> infermodes with the motion
    table; modes agree with e-mission's ground-truth sections over >= 85 % of the labelled seconds
    (0.946 measured; the day is in the default model's training set, see bench/bench_modes.py for
    held-out scores)."""
    import processing
    from qgis.core import QgsProcessingFeedback

    from tracemob.tracemob_plugin import compat
    from tracemob.tracemob_plugin.core.evaluation.scoring import read_emission_ground_truth
    from tracemob.tracemob_plugin.core.evaluation.labelled import SENSED_MODES
    from tracemob.tracemob_plugin.core.vocab.modes import COARSE

    fb = QgsProcessingFeedback()
    imp = processing.run("tracemob:importtraces", {
        "INPUT": [str(sample_dir / "shankari_2016-07-22.json")],
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_MOTION": "TEMPORARY_OUTPUT"}, feedback=fb)
    seg = processing.run("tracemob:segmenttrips", {
        "INPUT": imp["OUTPUT"], "MOTION": imp["OUTPUT_MOTION"], "OUTPUT_LEGS": "TEMPORARY_OUTPUT",
        "OUTPUT_STAYS": "TEMPORARY_OUTPUT", "OUTPUT_TRIPS": "TEMPORARY_OUTPUT"}, feedback=fb)
    res = processing.run("tracemob:infermodes", {
        "INPUT": seg["OUTPUT_LEGS"], "MOTION": imp["OUTPUT_MOTION"], "OUTPUT": "TEMPORARY_OUTPUT"},
        feedback=fb)
    layer = res["OUTPUT"]
    assert layer.featureCount() == seg["OUTPUT_LEGS"].featureCount() > 0
    rows = [(compat.qdatetime_to_msecs(f["start_time"]) / 1000.0,
             compat.qdatetime_to_msecs(f["end_time"]) / 1000.0, f["mode"], f["mode_source"])
            for f in layer.getFeatures()]
    assert {r[3] for r in rows} <= {"model", "rules"}
    gt = read_emission_ground_truth(sample_dir / "shankari_2016-07-22.ground_truth.json").sections
    gt = gt.assign(mode=gt.sensed_mode.map(SENSED_MODES)).dropna(subset=["mode"])
    good = total = 0.0
    for s0, s1, mode in zip(gt.start_time.astype("int64") / 1e9, gt.end_time.astype("int64") / 1e9,
                            gt["mode"]):
        total += s1 - s0
        for l0, l1, m, _ in rows:
            if COARSE[m] == COARSE[mode]:
                good += max(0.0, min(s1, l1) - max(s0, l0))
    assert good / total >= 0.85


def _longest(layer, expression):
    from qgis.core import QgsDistanceArea, QgsCoordinateReferenceSystem, QgsProject
    d = QgsDistanceArea()
    d.setEllipsoid("WGS84")
    d.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance().transformContext())
    layer.setSubsetString(expression)
    best = max(layer.getFeatures(), key=lambda f: d.measureLength(f.geometry()))
    layer.setSubsetString("")
    return np.array([[p.x(), p.y()] for p in best.geometry().vertices()])


def test_osm_lines_layer_as_network(run_alg, shared_data):
    """The real OSM extract of Helsinki (lines layer as GDAL reads it, kinds from the railway
    field and other_tags): a leg along the metro line becomes metro, a leg along a main road
    stays car."""
    pbf = shared_data / "osm" / "helsinki.osm.pbf"
    if not pbf.exists():
        pytest.skip("OSM extract %s is absent" % pbf)
    lines = QgsVectorLayer(str(pbf) + "|layername=lines", "osm lines", "ogr")
    assert lines.isValid()
    frames = []
    for leg_id, expr, cruise in (("metro1", "railway = 'subway'", 15.0),
                                 ("car1", "highway IN ('motorway', 'trunk', 'primary', 'secondary')", 14.0)):
        lonlat = _longest(lines, expr)
        lon0, lat0 = lonlat[0]
        k = 111_195.0
        xy = np.column_stack([(lonlat[:, 0] - lon0) * k * np.cos(np.radians(lat0)),
                              (lonlat[:, 1] - lat0) * k])
        v, _, _ = route_leg(xy, cruise=cruise, interval=2.0, noise_m=3.0, lat0=lat0, lon0=lon0, seed=1)
        v["leg_id"] = leg_id
        v["time"] = pd.to_datetime(v.pop("time_s"), unit="s", utc=True)
        frames.append(v)
    legs = _legs_layer(pd.DataFrame({"leg_id": ["metro1", "car1"], "user_id": ["u", "u"]}),
                       pd.concat(frames, ignore_index=True))
    res, fb = run_alg("tracemob:infermodes", {"INPUT": legs, "NETWORK_LINES": lines,
                                              "OUTPUT": "TEMPORARY_OUTPUT"})
    got = _modes(res["OUTPUT"])
    assert got["metro1"][0] == "metro"
    assert got["car1"][0] == "car"
    assert any("metro" in i and "tram" in i for i in fb.infos)  # kinds found in the layer


def test_osm_extract_file_as_network(run_alg, shared_data, tmp_path):
    """The Helsinki extract given as a file (NETWORK_OSM), nothing else: its route relations and stops make a tram
    ride along route 4 a tram, a metro ride a metro and a bus ride along route 24 (a street it shares with trams)
    a bus, each named by its route; the log says what was read. The same with the extract's layers as QGIS opens them (relations, and
    its points as stops: 8,045 points, 148 of them stops). A file that is no extract stops the algorithm with
    its name."""
    import importlib.util
    from pathlib import Path

    from tracemob.tracemob_plugin.core.modes.osm import read_osm_transit

    spec = importlib.util.spec_from_file_location(
        "unit_osm_transit", Path(__file__).resolve().parents[1] / "unit" / "test_osm_transit.py")
    unit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(unit)   # its ride generator along a route relation
    _ride = unit._ride

    pbf = shared_data / "osm" / "helsinki.osm.pbf"
    if not pbf.exists():
        pytest.skip("OSM extract %s is absent" % pbf)
    osm = read_osm_transit(pbf)
    rides = [_ride(osm, kind, ref, cruise)[0] for kind, ref, cruise in
             (("tram", "4", 7.0), ("metro", "M1", 15.0), ("bus", "24", 9.0))]
    v = pd.concat(rides, ignore_index=True)
    legs = _legs_layer(pd.DataFrame({"leg_id": ["tram 4", "metro M1", "bus 24"], "user_id": "u"}), v)
    res, fb = run_alg("tracemob:infermodes", {"INPUT": legs, "NETWORK_OSM": str(pbf), "OUTPUT": "TEMPORARY_OUTPUT"})
    got = _modes(res["OUTPUT"])
    assert {k: m[0] for k, m in got.items()} == {"tram 4": "tram", "metro M1": "metro", "bus 24": "bus"}
    assert any("route relations" in i and "tram" in i for i in fb.infos)
    # each ride named by the relations it follows (tram 4 shares its street with other tram routes)
    named = {f["leg_id"]: str(f["transit_route"]).split(" / ") for f in res["OUTPUT"].getFeatures()}
    assert "4" in named["tram 4"] and "M1" in named["metro M1"] and named["bus 24"] == ["24"], named
    assert any("3 legs named by the OpenStreetMap route relations" in i for i in fb.infos), fb.infos
    # the same extract loaded as QGIS layers: the route relations (multilinestrings, kinds from other_tags) and
    # the points layer as the stops, of which only the public-transport stops count, with their kinds
    relations = QgsVectorLayer(str(pbf) + "|layername=multilinestrings", "osm relations", "ogr")
    points = QgsVectorLayer(str(pbf) + "|layername=points", "osm points", "ogr")
    assert relations.isValid() and points.isValid()
    res, fb = run_alg("tracemob:infermodes", {"INPUT": legs, "NETWORK_LINES": relations, "NETWORK_STOPS": points,
                                              "OUTPUT": "TEMPORARY_OUTPUT"})
    got = _modes(res["OUTPUT"])
    assert {k: m[0] for k, m in got.items()} == {"tram 4": "tram", "metro M1": "metro", "bus 24": "bus"}
    kept = [i for i in fb.infos if "OpenStreetMap's points" in i]
    assert kept and "148 of its 8045 points" in kept[0] and "87 stops" in kept[0], fb.infos
    del relations, points, res   # two layers of one .osm.pbf: released now, not at the interpreter's exit
    bad = tmp_path / "network.osm"
    bad.write_text("not osm", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="network.osm"):
        run_alg("tracemob:infermodes", {"INPUT": legs, "NETWORK_OSM": str(bad), "OUTPUT": "TEMPORARY_OUTPUT"})


# ---------------------------------------------------------------------------------------- GTFS feed
def _gtfs_ride(tmp_path, shift_s=60.0):
    """A bus ride stopping 20 s every 500 m on a 9.4 km route, 08:00 in Paris on Tuesday 12 March 2024, and a
    GTFS zip whose bus route 42 calls at those stops ``shift_s`` after the bus passed (its decoy, tram T9,
    40 minutes later)."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
    import gen_gtfs

    v, stops, line = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=500, dwell_s=20, seed=2, lat0=48.85,
                               lon0=2.35, t0=gen_gtfs.RIDE_T0)
    folder = gen_gtfs.ride_feed(tmp_path / "feed", v, stops, line, shift_s=shift_s)
    feed_zip = gen_gtfs.zip_folder(folder, tmp_path / "ride_gtfs.zip")
    v["leg_id"] = "bus1"
    v["time"] = pd.to_datetime(v.pop("time_s"), unit="s", utc=True)
    legs = _legs_layer(pd.DataFrame({"leg_id": ["bus1"], "user_id": ["u1"]}), v)
    return legs, feed_zip, folder


def test_infermodes_gtfs_feed_gives_bus_and_the_route_name(run_alg, tmp_path):
    legs, feed_zip, folder = _gtfs_ride(tmp_path)
    res, fb = run_alg("tracemob:infermodes", {"INPUT": legs, "GTFS": str(feed_zip), "OUTPUT": "TEMPORARY_OUTPUT"})
    out = res["OUTPUT"]
    assert {"transit_route", "transit_confidence"} <= set(out.fields().names())
    f = next(out.getFeatures())
    assert (f["mode"], f["mode_source"], f["transit_route"]) == ("bus", "rules", "42")
    assert 0.8 <= f["transit_confidence"] <= 0.95 and f["mode_confidence"] == pytest.approx(f["transit_confidence"])
    assert any("ride_gtfs.zip" in i and "17 stops" in i for i in fb.infos)
    assert any("1 legs matched" in i and "'42': 1" in i for i in fb.infos)
    # the unzipped feed, given by one of its files, is read the same
    res, _ = run_alg("tracemob:infermodes", {"INPUT": legs, "GTFS": str(folder / "stops.txt"),
                                             "OUTPUT": "TEMPORARY_OUTPUT"})
    assert next(res["OUTPUT"].getFeatures())["transit_route"] == "42"
    res, _ = run_alg("tracemob:infermodes", {"INPUT": legs, "GTFS": str(folder), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert next(res["OUTPUT"].getFeatures())["transit_route"] == "42"  # the folder itself (qgis_process)
    # without the feed: car, and no new fields
    res, _ = run_alg("tracemob:infermodes", {"INPUT": legs, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "transit_route" not in res["OUTPUT"].fields().names()
    assert next(res["OUTPUT"].getFeatures())["mode"] == "car"


def test_infermodes_coach_and_ferry_from_a_gtfs_feed_and_from_osm_lines(run_alg, tmp_path):
    """A coach route (extended route_type 200) and a ferry route (1200): a ride on each gets the route's mode and
    name. An OSM route=ferry line: a river shuttle along it, read as a bicycle by its speeds, is a ferry."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
    import gen_gtfs

    for route_type, name, mode, cruise, every, dwell in ((200, "C12", "coach", 70, 2000, 40),
                                                         (1200, "N1", "ferry", 30, 1500, 60)):
        v, stops, line = route_leg(ROUTE, cruise=cruise / 3.6, stop_every_m=every, dwell_s=dwell, seed=3, lat0=48.85,
                                   lon0=2.35, t0=gen_gtfs.RIDE_T0)
        folder = gen_gtfs.ride_feed(tmp_path / mode, v, stops, line, route_type=route_type, short_name=name)
        v["leg_id"] = mode + "1"
        v["time"] = pd.to_datetime(v.pop("time_s"), unit="s", utc=True)
        legs = _legs_layer(pd.DataFrame({"leg_id": [mode + "1"], "user_id": ["u1"]}), v)
        res, _ = run_alg("tracemob:infermodes", {"INPUT": legs, "GTFS": str(folder), "OUTPUT": "TEMPORARY_OUTPUT"})
        f = next(res["OUTPUT"].getFeatures())
        assert (f["mode"], f["mode_source"], f["transit_route"]) == (mode, "rules", name)
    v, _, line = route_leg(ROUTE, cruise=13 / 3.6, seed=4)
    v["leg_id"] = "boat1"
    v["time"] = pd.to_datetime(v.pop("time_s"), unit="s", utc=True)
    legs = _legs_layer(pd.DataFrame({"leg_id": ["boat1"], "user_id": ["u1"]}), v)
    lines = QgsVectorLayer("LineString?crs=EPSG:4326&field=other_tags:string", "lines", "memory")
    g = QgsFeature(lines.fields())
    g.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in zip(line.lon, line.lat)]))
    g.setAttributes(['"route"=>"ferry","name"=>"Navibus"'])
    lines.dataProvider().addFeatures([g])
    res, fb = run_alg("tracemob:infermodes", {"INPUT": legs, "NETWORK_LINES": lines, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert _modes(res["OUTPUT"])["boat1"][0] == "ferry"
    assert any("'ferry': 1" in i for i in fb.infos)
    res, _ = run_alg("tracemob:infermodes", {"INPUT": legs, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert _modes(res["OUTPUT"])["boat1"][0] != "ferry"


def test_infermodes_gtfs_off_schedule_is_bus_by_its_lines_without_a_route(run_alg, tmp_path):
    legs, feed_zip, _ = _gtfs_ride(tmp_path, shift_s=1800.0)  # no trip within 5 minutes of the ride
    res, _ = run_alg("tracemob:infermodes", {"INPUT": legs, "GTFS": str(feed_zip), "OUTPUT": "TEMPORARY_OUTPUT"})
    f = next(res["OUTPUT"].getFeatures())
    assert f["mode"] in ("bus", "tram")  # along the feed's line (bus 42 and tram T9), stopping at its stops
    assert f["transit_route"] in (None, NULL) and f["transit_confidence"] in (None, NULL)


def test_infermodes_bad_gtfs_names_file_row_field(run_alg, tmp_path):
    legs, _, folder = _gtfs_ride(tmp_path)
    text = (folder / "stop_times.txt").read_text(encoding="utf-8").split("\n")
    text[3] = text[3].replace(",P2,", ",P99,")
    (folder / "stop_times.txt").write_text("\n".join(text), encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        run_alg("tracemob:infermodes", {"INPUT": legs, "GTFS": str(folder / "stops.txt"),
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
    msg = str(info.value)
    assert "feed/stop_times.txt" in msg and "row 4" in msg and "'stop_id'" in msg and "P99" in msg


def test_infermodes_gtfs_to_geopackage_with_an_unmatched_leg(run_alg, tmp_path):
    """Bus ride and a car on the same streets without stopping, written to a GeoPackage (the bulk path):
    the car has no route (NULL), the bus has route 42."""
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
    import gen_gtfs

    bus, stops, line = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=500, dwell_s=20, seed=2, lat0=48.85,
                                 lon0=2.35, t0=gen_gtfs.RIDE_T0)
    car, _, _ = route_leg(ROUTE, cruise=50 / 3.6, stop_every_m=0, seed=4, lat0=48.85, lon0=2.35,
                          t0=gen_gtfs.RIDE_T0 + 30)
    feed_zip = gen_gtfs.zip_folder(gen_gtfs.ride_feed(tmp_path / "feed", bus, stops, line), tmp_path / "f.zip")
    v = pd.concat([bus.assign(leg_id="bus1"), car.assign(leg_id="car1")], ignore_index=True)
    v["time"] = pd.to_datetime(v.pop("time_s"), unit="s", utc=True)
    legs = _legs_layer(pd.DataFrame({"leg_id": ["bus1", "car1"], "user_id": ["u1", "u2"]}), v)
    out_path = str(tmp_path / "modes.gpkg")
    res, _ = run_alg("tracemob:infermodes", {"INPUT": legs, "GTFS": str(feed_zip), "OUTPUT": out_path})
    layer = QgsVectorLayer(res["OUTPUT"], "modes", "ogr")
    assert layer.isValid()
    got = {f["leg_id"]: (f["mode"], f["transit_route"], f["transit_confidence"]) for f in layer.getFeatures()}
    assert got["bus1"][:2] == ("bus", "42") and 0.8 <= got["bus1"][2] <= 0.95
    assert got["car1"][0] == "car" and got["car1"][1] in (None, NULL) and got["car1"][2] in (None, NULL)


def test_infermodes_gtfs_feed_of_another_city_warns(run_alg, tmp_path):
    from pathlib import Path
    cairns = Path(__file__).resolve().parents[1] / "data" / "gtfs" / "cairns_gtfs.zip"
    legs, _, _ = _gtfs_ride(tmp_path)  # in Paris
    res, fb = run_alg("tracemob:infermodes", {"INPUT": legs, "GTFS": str(cairns), "OUTPUT": "TEMPORARY_OUTPUT"})
    f = next(res["OUTPUT"].getFeatures())
    assert f["mode"] == "car" and f["transit_route"] in (None, NULL)
    assert any("cairns_gtfs.zip" in i and "416 stops" in i and "22 routes" in i for i in fb.infos)
    assert any("0 line pieces, 0 stops" in i for i in fb.infos)
    assert any("no stop within the legs' extent" in w for w in fb.warnings)


def _gpx(points, path):
    rows = "".join('<trkpt lat="%.7f" lon="%.7f"><time>%s</time></trkpt>' % (la, lo, t.strftime("%Y-%m-%dT%H:%M:%SZ"))
                   for lo, la, t in zip(points.lon, points.lat, points.time))
    path.write_text('<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">'
                    "<trk><trkseg>%s</trkseg></trk></gpx>" % rows, encoding="utf-8")
    return str(path)


def _stops_layer(ride):
    """The generated ride's stops as a memory point layer (stop_id)."""
    stops = QgsVectorLayer("Point?crs=EPSG:4326&field=stop_id:string", "stops", "memory")
    feats = []
    for sid, x, y in zip(ride.stops.stop_id, ride.stops.lon, ride.stops.lat):
        f = QgsFeature(stops.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([sid])
        feats.append(f)
    stops.dataProvider().addFeatures(feats)
    return stops


@pytest.mark.parametrize("seed, every", [(0, 1), (1, 1), (1, 3)])
def test_bus_ride_gpx_with_its_stops_alone_is_bus(run_alg, tmp_path, seed, every):
    """Issue 14, the reporter's case: a GPX of a city bus ride (a walk to the stop and a wait there, then about
    52 minutes on the bus over 36 stops, a fix every 1-2 s with noise and outliers, stops skipped, red lights,
    a crawl through the centre, a walk off) and the line's 36 stops as a point layer, nothing else: import,
    segment, infer modes. At least 80 % of the bus's moving time is in legs read as bus (it was car, bike, car:
    0 %); without the stops, none is bus. ``every`` 3: a logger keeping one fix in three (every 3-6 s), whose
    crawl through the centre reads as walks between two bus legs (0.60 of the moving time as bus before
    ``infer._crawls_in_rides``)."""
    ride = bus_ride(seed)
    stops = _stops_layer(ride)
    assert stops.featureCount() == 36
    kept = ride.points.iloc[::every]
    imp, _ = run_alg("tracemob:importtraces", {"INPUT": [_gpx(kept, tmp_path / "bus.gpx")],
                                               "OUTPUT": "TEMPORARY_OUTPUT"})
    assert imp["OUTPUT"].featureCount() == len(kept) >= 2000 // every
    seg, _ = run_alg("tracemob:segmenttrips", {"INPUT": imp["OUTPUT"], "OUTPUT_STAYS": "TEMPORARY_OUTPUT",
                                               "OUTPUT_TRIPS": "TEMPORARY_OUTPUT", "OUTPUT_LEGS": "TEMPORARY_OUTPUT",
                                               "OUTPUT_GAPS": "TEMPORARY_OUTPUT", "OUTPUT_POINTS": "TEMPORARY_OUTPUT"})
    t = ride.points.time.astype("int64").to_numpy() / 1e9
    dt = np.append(np.diff(t), 0.0)
    moving = ((ride.truth.phase == "bus") & ride.truth.moving).to_numpy()
    assert 45 * 60 <= dt[moving].sum() + dt[(ride.truth.phase == "bus").to_numpy() & ~moving].sum() <= 60 * 60

    def bus_share(params):
        res, _ = run_alg("tracemob:infermodes", dict(params, INPUT=seg["OUTPUT_LEGS"], OUTPUT="TEMPORARY_OUTPUT"))
        on_bus = np.zeros(len(t), dtype=bool)
        for f in res["OUTPUT"].getFeatures():
            if f["mode"] == "bus":
                s, e = (f[k].toSecsSinceEpoch() if hasattr(f[k], "toSecsSinceEpoch") else
                        pd.Timestamp(f[k]).timestamp() for k in ("start_time", "end_time"))
                on_bus |= (t >= s - 1) & (t <= e + 1)
        return dt[moving & on_bus].sum() / dt[moving].sum()

    assert bus_share({"NETWORK_STOPS": stops}) >= 0.8
    assert bus_share({}) == 0.0


def test_walk_and_wait_at_the_stop_are_legs_of_their_own(run_alg):
    """Issue 14: a rider's walk (4 min), wait at the stop (5 min), bus (about 15 min) and walk (3 min) as one leg,
    with the line's stops: the output has four legs (walk, wait, bus, walk) with their part of the track as a
    LineStringM and split_from; without the stops, the output is the input with its modes, nothing cut."""
    ride = bus_ride(3, n_stops=10, walk_s=240.0, wait_s=300.0, walk_after_s=180.0)
    p = ride.points
    legs = pd.DataFrame({"leg_id": ["L1"], "user_id": ["rider"]})
    layer = _legs_layer(legs, p.assign(leg_id="L1"))
    stops = _stops_layer(ride)
    phase = ride.truth["phase"].to_numpy()
    t = p.time.astype("int64").to_numpy() / 1e9
    board, alight = t[np.flatnonzero(phase == "bus")[[0, -1]]]

    res, _ = run_alg("tracemob:infermodes", {"INPUT": layer, "NETWORK_STOPS": stops, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = res["OUTPUT"]
    rows = sorted(out.getFeatures(), key=lambda f: f.geometry().constGet().pointN(0).m())
    assert [f["leg_id"] for f in rows] == ["L1_a", "L1_w", "L1", "L1_e"]
    assert [f["mode"] for f in rows] == ["walk", "wait", "bus", "walk"]
    assert [f["split_from"] for f in rows] == ["L1"] * 4
    assert QgsWkbTypes.hasM(out.wkbType())
    ms = [[f.geometry().constGet().pointN(i).m() for i in range(f.geometry().constGet().numPoints())] for f in rows]
    assert all(m == sorted(m) for m in ms)
    assert all(a[-1] == b[0] for a, b in zip(ms[:-1], ms[1:]))       # the pieces meet at the fixes cut
    assert sum(len(m) for m in ms) == len(p) + 3
    assert abs(ms[2][0] - board) <= 30 and abs(ms[2][-1] - alight) <= 30

    plain, _ = run_alg("tracemob:infermodes", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})
    feats = list(plain["OUTPUT"].getFeatures())
    assert [f["leg_id"] for f in feats] == ["L1"] and "split_from" not in plain["OUTPUT"].fields().names()
    assert feats[0].geometry().asWkb() == next(layer.getFeatures()).geometry().asWkb()


def test_legs_cut_at_the_stops_from_a_geopackage_get_their_own_feature_ids(run_alg, tmp_path):
    """GeoPackage in, GeoPackage out (the demo's and a planner's case): the legs read from a GeoPackage carry
    their feature ids; the pieces of a leg cut at the stops must not repeat it (the output failed with "UNIQUE
    constraint failed: fid" and stayed empty). Every piece is written, with distinct ids."""
    from qgis.core import QgsVectorLayer as _Layer

    ride = bus_ride(0, n_stops=10, walk_s=240.0, wait_s=300.0, walk_after_s=180.0)
    imp, _ = run_alg("tracemob:importtraces", {"INPUT": [_gpx(ride.points, tmp_path / "bus.gpx")],
                                               "OUTPUT": str(tmp_path / "points.gpkg")})
    # e-mission's trip end (ARRIVAL_RADIUS_M 0): the 5-minute wait at the stop stays in the walk's leg, which
    # infermodes cuts at the stop (by default a logger's trip ends at the stop, and the wait is a place)
    run_alg("tracemob:segmenttrips", {"INPUT": str(tmp_path / "points.gpkg"), "ARRIVAL_RADIUS_M": 0,
                                      "OUTPUT_LEGS": str(tmp_path / "legs.gpkg")})
    legs = _Layer(str(tmp_path / "legs.gpkg"), "legs", "ogr")
    assert legs.isValid() and "fid" in legs.fields().names()
    res, _ = run_alg("tracemob:infermodes", {"INPUT": str(tmp_path / "legs.gpkg"), "NETWORK_STOPS": _stops_layer(ride),
                                             "OUTPUT": str(tmp_path / "modes.gpkg")})
    out = _Layer(res["OUTPUT"], "modes", "ogr")
    feats = list(out.getFeatures())
    modes = [f["mode"] for f in feats]
    assert "wait" in modes and "bus" in modes and len(feats) > legs.featureCount()
    assert len({f.id() for f in feats}) == len(feats)
