"""tracemob:segmenttraveltimes and tracemob:beforeafter through QGIS Processing, on generated data with
known truth: a small street grid near Paris and cars driving it at known speeds."""
import numpy as np
import pandas as pd
import pytest
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry,
                       QgsPointXY, QgsProcessingException, QgsProject, QgsVectorLayer)

from tracemob.tracemob_plugin.core.geometry import linestrings_wkb

LAT0, LON0 = 48.85, 2.35
DLAT = 1.0 / 111_320.0
DLON = 1.0 / (111_320.0 * np.cos(np.radians(LAT0)))
STEP = 200.0          # block length (m)
N = 5                 # 5 x 5 junctions: streets 800 m long
TZ = "Europe/Paris"


def lonlat(x, y):
    return LON0 + np.asarray(x, float) * DLON, LAT0 + np.asarray(y, float) * DLAT


# --------------------------------------------------------------------------------------- layers
def network_layer(crs="EPSG:4326", gap_m=0.0, oneway=None, empty=False):
    """The grid as a line layer: N east-west streets (row_<j>) and N north-south ones (col_<i>).

    ``gap_m`` > 0 cuts every street into blocks that stop short of the junctions (broken topology).
    ``oneway``: {street name: value of the 'oneway' field}.
    """
    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=osm_id:string&field=name:string&"
                           "field=highway:string&field=oneway:string", "grid", "memory")
    feats = []
    if not empty:
        streets = []
        for j in range(N):
            streets.append(("row_%d" % j, [(i * STEP, j * STEP) for i in range(N)]))
        for i in range(N):
            streets.append(("col_%d" % i, [(i * STEP, j * STEP) for j in range(N)]))
        for name, pts in streets:
            pieces = [pts]
            if gap_m:
                pieces = []
                for (x0, y0), (x1, y1) in zip(pts[:-1], pts[1:]):
                    ux, uy = np.sign(x1 - x0), np.sign(y1 - y0)
                    pieces.append([(x0 + ux * gap_m, y0 + uy * gap_m), (x1 - ux * gap_m, y1 - uy * gap_m)])
            for piece in pieces:
                lon, lat = lonlat([p[0] for p in piece], [p[1] for p in piece])
                f = QgsFeature(layer.fields())
                f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(a, b) for a, b in zip(lon, lat)]))
                f.setAttributes([name, name.replace("_", " ").title(), "residential",
                                 (oneway or {}).get(name, "no")])
                feats.append(f)
    layer.dataProvider().addFeatures(feats)
    if crs == "EPSG:4326":
        return layer
    out = QgsVectorLayer("LineString?crs=%s&field=osm_id:string&field=name:string&field=highway:string&"
                         "field=oneway:string" % crs, "grid_projected", "memory")
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(crs),
                                QgsProject.instance())
    moved = []
    for f in layer.getFeatures():
        g = QgsGeometry(f.geometry())
        g.transform(tr)
        nf = QgsFeature(out.fields())
        nf.setGeometry(g)
        nf.setAttributes(f.attributes())
        moved.append(nf)
    out.dataProvider().addFeatures(moved)
    return out


def drive(path_xy, t0, speed, dt=2.0, noise=3.0, rng=None):
    """Fixes (x, y, t) of a car driving the polyline ``path_xy`` at ``speed`` m/s from epoch ``t0``."""
    rng = rng or np.random.default_rng(0)
    p = np.asarray(path_xy, float)
    seg = np.hypot(*np.diff(p, axis=0).T)
    cum = np.r_[0.0, np.cumsum(seg)]
    t = np.arange(0.0, cum[-1] / speed + 1e-9, dt)
    if t[-1] < cum[-1] / speed:
        t = np.r_[t, cum[-1] / speed]
    s = t * speed
    x = np.interp(s, cum, p[:, 0]) + rng.normal(0, noise, len(s))
    y = np.interp(s, cum, p[:, 1]) + rng.normal(0, noise, len(s))
    return x, y, t0 + t


def local_epoch(day, hour, minute=0):
    return pd.Timestamp("{} {:02d}:{:02d}".format(day, hour, minute), tz=TZ).tz_convert("UTC").value / 1e9


#: row 2 eastbound, the whole street: blocks 0-200, 200-400, 400-600, 600-800 (first and last partial)
ROW2_EAST = [(0.0, 2 * STEP), (4 * STEP, 2 * STEP)]
#: column 1 southbound (against its drawing direction)
COL1_SOUTH = [(STEP, 4 * STEP), (STEP, 0.0)]


def make_legs(trips, seed=1):
    """``trips``: list of dicts (leg_id, user_id, mode, path, t0, speed[, trip_id]) -> (legs frame, vertices)."""
    rng = np.random.default_rng(seed)
    rows, verts = [], []
    for k, tr in enumerate(trips):
        x, y, t = drive(tr["path"], tr["t0"], tr["speed"], rng=rng)
        lon, lat = lonlat(x, y)
        verts.append(pd.DataFrame({"leg_id": tr["leg_id"], "lon": lon, "lat": lat, "t": t}))
        rows.append({"leg_id": tr["leg_id"], "trip_id": tr.get("trip_id", "T" + tr["leg_id"]),
                     "user_id": tr["user_id"], "mode": tr["mode"]})
    return pd.DataFrame(rows), pd.concat(verts, ignore_index=True)


def legs_layer(legs, vertices, fields=("leg_id", "trip_id", "user_id", "mode")):
    """A LineStringM legs layer like segmenttrips/infermodes' output (M = epoch seconds)."""
    spec = "&".join("field=%s:string" % f for f in fields)
    layer = QgsVectorLayer("LineStringM?crs=EPSG:4326&" + spec, "legs", "memory")
    v = vertices.reset_index(drop=True)
    first = v.groupby("leg_id", sort=False).apply(lambda g: g.index.min()).reindex(legs.leg_id).to_numpy()
    last = v.groupby("leg_id", sort=False).apply(lambda g: g.index.max()).reindex(legs.leg_id).to_numpy()
    wkbs = linestrings_wkb(v.lon.to_numpy(), v.lat.to_numpy(), first, last, m=v.t.to_numpy())
    feats = []
    for (_, row), wkb in zip(legs.iterrows(), wkbs):
        f = QgsFeature(layer.fields())
        g = QgsGeometry()
        g.fromWkb(wkb)
        f.setGeometry(g)
        f.setAttributes([row[c] for c in fields])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def points_layer(legs, vertices):
    """The same fixes as a point layer with leg_id, user_id, time (epoch seconds)."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=leg_id:string&field=user_id:string&field=time:double",
                           "points", "memory")
    users = legs.set_index("leg_id")["user_id"]
    feats = []
    for leg, lon, lat, t in zip(vertices.leg_id, vertices.lon, vertices.lat, vertices.t):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        f.setAttributes([leg, users[leg], float(t)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def peak_and_day_study(n_users=12, days=("2026-03-03", "2026-03-04")):
    """Every participant drives row 2 eastbound at 8:00 (5 m/s) and 11:00 (12.5 m/s) and column 1
    southbound at 17:30 (8 m/s), each day; one walk leg per participant that the mode filter drops."""
    trips = []
    for u in range(n_users):
        for d, day in enumerate(days):
            base = dict(user_id="u%02d" % u, mode="car")
            trips.append(dict(base, leg_id="am_%d_%d" % (u, d), path=ROW2_EAST,
                              t0=local_epoch(day, 8, u), speed=5.0))
            trips.append(dict(base, leg_id="md_%d_%d" % (u, d), path=ROW2_EAST,
                              t0=local_epoch(day, 11, u), speed=12.5))
            trips.append(dict(base, leg_id="pm_%d_%d" % (u, d), path=COL1_SOUTH,
                              t0=local_epoch(day, 17, 30 + u), speed=8.0))
        trips.append(dict(user_id="u%02d" % u, mode="walk", leg_id="walk_%d" % u, path=ROW2_EAST,
                          t0=local_epoch(days[0], 12, u), speed=1.3))
    return make_legs(trips)


def features(layer):
    from tracemob.tracemob_plugin import compat

    names = layer.fields().names()
    rows = [{n: (None if compat.is_null(v) else v) for n, v in zip(names, f.attributes())}
            for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names)


# --------------------------------------------------------------------------------------- segmenttraveltimes
@pytest.fixture(scope="module")
def study():
    return peak_and_day_study()


def _stt(run_alg, legs_lyr, net, **extra):
    params = {"LEGS": legs_lyr, "NETWORK": net, "TIMEZONE": TZ, "BANDS": "7-9,9-16,16-19",
              "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return run_alg("tracemob:segmenttraveltimes", params)


def test_segmenttraveltimes_known_speeds_per_band_and_direction(run_alg, study, tmp_path):
    legs, vertices = study
    chart = tmp_path / "chart.png"
    res, fb = _stt(run_alg, legs_layer(legs, vertices), network_layer(), OUTPUT_TRAVERSALS="TEMPORARY_OUTPUT",
                   OUTPUT_CHART=str(chart))
    out = features(res["OUTPUT"])
    assert res["OUTPUT"].crs().authid() == "EPSG:4326"
    row2 = out[out["name"] == "Row 2"]
    col1 = out[out["name"] == "Col 1"]
    # 4 blocks of 200 m each way they were driven, nothing else (walk legs dropped by the mode filter)
    assert set(out["name"]) == {"Row 2", "Col 1"}
    assert len(row2) == 8 and set(row2["band"]) == {"07-09", "09-16"} and set(row2["direction"]) == {1}
    assert len(col1) == 4 and set(col1["band"]) == {"16-19"} and set(col1["direction"]) == {-1}
    am, md = row2[row2["band"] == "07-09"], row2[row2["band"] == "09-16"]
    # truth: 200 m at 5 m/s = 40 s, at 12.5 m/s = 16 s, column at 8 m/s = 25 s
    assert np.allclose(am["tt_median_s"], 40.0, rtol=0.05)
    assert np.allclose(md["tt_median_s"], 16.0, rtol=0.05)
    assert np.allclose(col1["tt_median_s"], 25.0, rtol=0.05)
    assert np.allclose(am["speed_median_kmh"], 18.0, rtol=0.05)
    assert (am["n_users"] == 12).all() and (am["n_traversals"] >= 20).all() and (am["n_traversals"] <= 24).all()
    assert not out["low_sample"].any() and not out["masked"].any()
    # the free-flow time is the fastest 15 % of the day (the 11:00 runs): the peak runs at 40 % of it
    assert np.allclose(am["speed_ratio"], 0.4, atol=0.03) and np.allclose(md["speed_ratio"], 1.0, atol=0.05)
    assert np.allclose(am["delay_s"], 24.0, atol=2.0)
    # lines drawn in the direction of travel: eastbound row, southbound column
    for layer_name, rows, axis, sign in (("row", row2, 0, 1), ("col", col1, 1, -1)):
        for f in res["OUTPUT"].getFeatures():
            if f["name"] == rows["name"].iloc[0]:
                line = f.geometry().asPolyline()
                delta = (line[-1].x() - line[0].x(), line[-1].y() - line[0].y())[axis]
                assert np.sign(delta) == sign, layer_name
    assert any("Mode filter" in i and "24 of 36" not in i for i in fb.infos)
    trav = features(res["OUTPUT_TRAVERSALS"])
    assert {"leg_id", "user_id", "segment_id", "direction", "entry_time", "exit_time", "tt_s", "partial"} <= \
        set(trav.columns)
    assert set(trav["leg_id"].str[:2]) == {"am", "md", "pm"}
    assert chart.exists() and chart.stat().st_size > 5000 and res["OUTPUT_CHART"] == str(chart)


def test_segmenttraveltimes_from_points_and_privacy_threshold(run_alg, study):
    """Points with a leg id field give the same travel times; the mode filter then keeps every leg (no
    mode field, with a warning); a privacy threshold above the 12 participants hides every value."""
    legs, vertices = study
    car = legs[legs["mode"] == "car"]
    pts = points_layer(car, vertices[vertices["leg_id"].isin(set(car["leg_id"]))])
    res, fb = run_alg("tracemob:segmenttraveltimes", {
        "POINTS": pts, "NETWORK": network_layer(), "TIMEZONE": TZ, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = features(res["OUTPUT"])
    am = out[(out["name"] == "Row 2") & (out["band"] == "07-09")]
    assert len(am) == 4 and np.allclose(am["tt_median_s"], 40.0, rtol=0.05)
    assert any("no mode field" in w for w in fb.warnings)
    assert any("points layer" in i and "leg_id" in i for i in fb.infos)
    res, fb = run_alg("tracemob:segmenttraveltimes", {
        "POINTS": pts, "NETWORK": network_layer(), "TIMEZONE": TZ, "MIN_USERS": 13, "OUTPUT": "TEMPORARY_OUTPUT"})
    out = features(res["OUTPUT"])
    assert out["masked"].all() and out["tt_median_s"].isna().all()
    res, fb = run_alg("tracemob:segmenttraveltimes", {
        "POINTS": pts, "NETWORK": network_layer(), "TIMEZONE": TZ, "MIN_USERS": 5, "MIN_SAMPLE_USERS": 13,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    out = features(res["OUTPUT"])
    assert out["low_sample"].all() and not out["masked"].any()
    assert any("Privacy threshold lowered to 5" in w for w in fb.warnings)


def test_segmenttraveltimes_network_in_another_crs_is_reprojected(run_alg, study):
    legs, vertices = study
    res, fb = _stt(run_alg, legs_layer(legs, vertices), network_layer(crs="EPSG:2154"))
    out = features(res["OUTPUT"])
    am = out[(out["name"] == "Row 2") & (out["band"] == "07-09")]
    assert len(am) == 4 and np.allclose(am["tt_median_s"], 40.0, rtol=0.05)
    assert any("EPSG:2154" in w and "EPSG:4326" in w for w in fb.warnings)


def test_segmenttraveltimes_oneway_field_and_direction_option(run_alg, study):
    """Column 1 marked one-way along its drawing (northwards): the southbound cars cannot be matched to
    it; read as 'against the drawing direction', they are."""
    legs, vertices = study
    lyr = legs_layer(legs, vertices)
    res, fb = _stt(run_alg, lyr, network_layer(oneway={"col_1": "yes"}))
    out = features(res["OUTPUT"])
    assert not ((out["name"] == "Col 1") & (out["direction"] == -1)).any()
    res, fb = _stt(run_alg, lyr, network_layer(oneway={"col_1": "yes"}), ONEWAY_DIRECTION=2)
    out = features(res["OUTPUT"])
    col1 = out[out["name"] == "Col 1"]
    assert len(col1) == 4 and (col1["direction"] == -1).all()
    assert np.allclose(col1["tt_median_s"], 25.0, rtol=0.05)
    assert any("one-way field: oneway" in i for i in fb.infos)


@pytest.mark.parametrize("case, expected", [
    ("no lines", "no lines"),
    ("far legs", "passes near the road network"),
    ("broken topology", "unconnected pieces"),
    ("empty band", "empty"),
    ("no input", "legs layer"),
    ("no leg in range", "date range"),
])
def test_segmenttraveltimes_bad_input(run_alg, study, case, expected):
    legs, vertices = study
    legs = legs.iloc[:6]
    vertices = vertices[vertices["leg_id"].isin(set(legs["leg_id"]))]
    params = {"LEGS": legs_layer(legs, vertices), "NETWORK": network_layer(), "TIMEZONE": TZ,
              "OUTPUT": "TEMPORARY_OUTPUT"}
    if case == "no lines":
        params["NETWORK"] = network_layer(empty=True)
    elif case == "far legs":
        params["LEGS"] = legs_layer(legs, vertices.assign(lon=vertices["lon"] + 0.5))
    elif case == "broken topology":
        params["NETWORK"] = network_layer(gap_m=8.0)
    elif case == "empty band":
        params["BANDS"] = "7-9,9-9"
    elif case == "no input":
        del params["LEGS"]
    elif case == "no leg in range":
        params["PERIOD_START"] = "2027-01-01T00:00:00"
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:segmenttraveltimes", params)
    assert expected in str(err.value)
