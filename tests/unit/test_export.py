"""Shareable export (core/export.py) on generated commuters with known homes, works and trips."""
import sqlite3
import zipfile

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.privacy import export as E
from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.geometry import EARTH_RADIUS_M, haversine_m
from tracemob.tracemob_plugin.core.privacy.rules import grid_cells, pseudonymise

KEY = "authority-secret-key-0123456789"
K_LAT = np.pi / 180.0 * EARTH_RADIUS_M
K_LON = K_LAT * np.cos(np.radians(46.5))


def _cell_centre(lon, lat, size=1000.0):
    _, cx, cy = grid_cells([lon], [lat], size)
    return float(cx[0]), float(cy[0])


def make_commuters(groups=((2.30, 48.85, 2.36, 48.87, 12), (2.40, 48.83, 2.33, 48.89, 11)), rare=1, days=4,
                   seed=1):
    """Commuters: each group lives around one 1 km cell and works around another; ``rare`` extra
    participants commute between cells nobody else uses. Returns trips, vertices, legs, truth."""
    rng = np.random.default_rng(seed)
    specs = []
    for gi, (hl, ha, wl, wa, n) in enumerate(groups):
        hc, wc = _cell_centre(hl, ha), _cell_centre(wl, wa)
        specs += [(gi, hc, wc) for _ in range(n)]
    for r in range(rare):
        specs.append((99, _cell_centre(2.25 + 0.03 * r, 48.80), _cell_centre(2.45, 48.90 - 0.02 * r)))
    trips, verts, legs, truth = [], [], [], []
    for ui, (gi, hc, wc) in enumerate(specs):
        user = "person{:03d}@example.org".format(ui)
        home = (hc[0] + rng.uniform(-300, 300) / K_LON, hc[1] + rng.uniform(-300, 300) / K_LAT)
        work = (wc[0] + rng.uniform(-300, 300) / K_LON, wc[1] + rng.uniform(-300, 300) / K_LAT)
        truth.append((user, home[0], home[1], work[0], work[1]))
        for d in range(days):
            day = pd.Timestamp("2024-03-04", tz="Europe/Paris") + pd.Timedelta(days=d)
            for leg, (a, b, hour) in enumerate(((home, work, 8.0), (work, home, 17.5))):
                t0 = day + pd.Timedelta(hours=hour) + pd.Timedelta(seconds=int(rng.integers(0, 3000)))
                length = haversine_m(a[1], a[0], b[1], b[0])
                n = max(int(length / 60.0), 3)
                f = np.linspace(0.0, 1.0, n)
                bend = np.sin(np.pi * f) * rng.uniform(-0.003, 0.003)
                lon = a[0] + (b[0] - a[0]) * f + bend
                lat = a[1] + (b[1] - a[1]) * f - bend
                times = t0 + pd.to_timedelta(np.arange(n) * 10, unit="s")
                tid = "{}_T{}_{}".format(user, d, leg)
                trips.append((tid, user, times[0].tz_convert("UTC"), times[-1].tz_convert("UTC"), float(length),
                              "work" if leg == 0 else "home"))
                verts.append(pd.DataFrame({"trip_id": tid, "lon": lon, "lat": lat,
                                           "time": times.tz_convert("UTC")}))
                legs.append((tid + "_L0", tid, user, times[0].tz_convert("UTC"), "bike", float(length),
                             float((times[-1] - times[0]).total_seconds())))
    trips = pd.DataFrame(trips, columns=["trip_id", "user_id", "start_time", "end_time", "distance_m", "purpose"])
    legs = pd.DataFrame(legs, columns=["leg_id", "trip_id", "user_id", "start_time", "mode", "distance_m",
                                       "duration_s"])
    truth = pd.DataFrame(truth, columns=["user_id", "home_lon", "home_lat", "work_lon", "work_lat"])
    return trips, pd.concat(verts, ignore_index=True), legs, truth


@pytest.fixture(scope="module")
def data():
    return make_commuters()


@pytest.fixture(scope="module")
def result(data):
    trips, verts, legs, _ = data
    return E.make_shareable(trips, verts, KEY, legs=legs, params=E.ExportParams(seed=3))


def _line_xy(wkb):
    n = int.from_bytes(wkb[5:9], "little")
    return np.frombuffer(wkb, dtype="<f8", count=2 * n, offset=9).reshape(n, 2)


def test_pseudonyms_keyed_stable_and_not_reversible(data, result):
    trips = data[0]
    ids = trips["user_id"].unique()
    a = pseudonymise(ids, KEY)
    assert list(a) == list(pseudonymise(ids, KEY))  # stable for one key
    b = pseudonymise(ids, "another-key-9876543210")
    assert not set(a) & set(b)  # unrelated across keys
    assert len(set(a)) == len(ids) and all(len(x) == 16 for x in a)
    # exported participants are exactly the keyed pseudonyms of the kept users
    assert set(result.trips["participant"]) <= set(a)
    assert set(result.trips["trip_id"]) <= set(pseudonymise(trips["trip_id"], KEY, "trip"))
    text = result.trips.astype(str).to_csv() + result.legs.astype(str).to_csv() + result.readme
    assert "person" not in text and "@example.org" not in text and KEY not in text


def test_trimmed_ends_far_from_true_ends_and_homes_absent(data, result):
    trips, verts, _, truth = data
    p = result.params
    min_r = (1 - p.trim_jitter) * p.trim_radius_m
    first = verts.groupby("trip_id").first()
    last = verts.groupby("trip_id").last()
    back = dict(zip(pseudonymise(trips["trip_id"], KEY, "trip"), trips["trip_id"]))
    homes = truth.set_index("user_id")
    users = dict(zip(trips["trip_id"], trips["user_id"]))
    n_lines = 0
    for tid, w in zip(result.trips["trip_id"], result.wkb):
        if w is None:
            continue
        n_lines += 1
        xy = _line_xy(w)
        orig = back[tid]
        d0 = haversine_m(xy[0, 1], xy[0, 0], first.loc[orig, "lat"], first.loc[orig, "lon"])
        d1 = haversine_m(xy[-1, 1], xy[-1, 0], last.loc[orig, "lat"], last.loc[orig, "lon"])
        assert d0 >= min_r and d1 >= min_r
        h = homes.loc[users[orig]]
        # every end here is at home or work: cut back to at least place radius + min_r from it
        dh = haversine_m(xy[:, 1], xy[:, 0], h["home_lat"], h["home_lon"])
        dw = haversine_m(xy[:, 1], xy[:, 0], h["work_lat"], h["work_lon"])
        assert dh.min() >= p.place_radius_m + min_r - 1.0
        assert dw.min() >= p.place_radius_m + min_r - 1.0
    assert n_lines >= 100
    assert result.counts["participants_with_home"] == len(truth)
    assert result.counts["ends_at_home_or_work"] >= 2 * n_lines


def test_times_rounded_and_no_vertex_times(result):
    for c in ("start_time", "end_time"):
        t = result.trips[c]
        assert ((t.dt.minute % 15 == 0) & (t.dt.second == 0)).all()
    assert (result.trips["duration_min"] % 15 == 0).all()
    assert (result.trips["distance_m"] % 100 == 0).all()
    assert all(w is None or int.from_bytes(w[1:5], "little") == 2 for w in result.wkb)  # 2D LineString


def test_rare_pairs_generalised_or_dropped(data, result):
    trips = data[0]
    rare_user = pseudonymise(["person023@example.org"], KEY)[0]
    mine = result.trips[result.trips["participant"] == rare_user]
    # the rare commuter shares no 1 km pair with 10 others, nor a 5 km pair: dropped entirely
    assert len(mine) == 0
    c = result.counts
    assert c["trips_suppressed_k"] == 8  # 4 days x 2 trips
    assert c["trips_at_grid_1000m"] == c["trips_with_geometry"] == len(trips) - 8 - c["trips_short"]
    # k above every group size: nothing survives
    strict = E.make_shareable(trips, data[1], KEY, params=E.ExportParams(k=13, seed=3))
    assert strict.counts["trips_out"] == 0 and strict.counts["trips_suppressed_k"] == len(trips)
    # k = 12: only group 0 (12 people) keeps its pairs; group 1 (11 people) is dropped
    k12 = E.make_shareable(trips, data[1], KEY, params=E.ExportParams(k=12, seed=3))
    assert k12.counts["participants_out"] == 12


def test_generalised_trips_lose_their_line(data):
    trips, verts, legs, _ = data
    # group 1 moved so that its people share only the 5 km pair, not the 1 km one
    res = E.make_shareable(trips, verts, KEY, params=E.ExportParams(k=10, grid_sizes_m=(200.0, 5000.0), seed=3))
    g = res.trips["generalised"].to_numpy()
    assert g.all()  # homes spread over ±300 m: no 200 m pair has 10 people
    assert all(w is None for w in res.wkb)
    assert (res.trips["cell_size_m"] == 5000.0).all()


def test_short_trips_keep_no_line_and_are_generalised_or_dropped():
    # home and work 500 m apart: the cut-back (>= 300 m from each) leaves nothing of the lines
    trips, verts, _, _ = make_commuters(groups=((2.300, 48.850, 2.3065, 48.850, 12),), rare=0, days=2)
    res = E.make_shareable(trips, verts, KEY, params=E.ExportParams(seed=3))
    c = res.counts
    assert c["trips_short"] == len(trips) == c["trips_short_generalised"] and c["trips_dropped_short"] == 0
    assert c["trips_with_geometry"] == 0 and all(w is None for w in res.wkb)
    assert (res.trips["cell_size_m"] == 5000.0).all() and res.trips["generalised"].all()
    assert "keep no line: they were generalised to a coarser grid of rule 5 ({} trips)".format(len(trips)) in res.readme
    # a single grid size: nowhere to generalise to, they are dropped
    one = E.make_shareable(trips, verts, KEY, params=E.ExportParams(seed=3, grid_sizes_m=(1000.0,)))
    assert one.counts["trips_out"] == 0 and one.counts["trips_dropped_short"] == len(trips)


def test_legs_modes_and_purposes(result):
    assert set(result.trips["main_mode"]) == {"bike"}
    assert set(result.trips["purpose"]) == {"home", "work"}
    assert (result.legs["leg_order"] == 1).all()
    assert set(result.legs["trip_id"]) == set(result.trips["trip_id"])
    assert "leg_id" not in result.legs.columns and "user_id" not in result.legs.columns


def test_readme_states_every_rule_with_counts(result):
    text = result.readme
    c = result.counts
    for phrase in ("keyed hash (HMAC-SHA256", "No stays, no home, no work", "between 100 m and 300 m",
                   "nearest 15 minutes", "k = 10", "1000 m, 5000 m", "Legs"):
        assert phrase in text, phrase
    assert "| trips exported | {} |".format(c["trips_out"]) in text
    assert "| trips dropped: rare pair at every grid size | 8 |" in text


def test_home_found_without_stays_from_trips_themselves(data, result):
    # no stays given: homes come from the stays between consecutive trips; all 25 found
    truth = data[3]
    hw = E.night_home_work(E.stays_from_trips(_ends(data)), "Europe/Paris")
    m = truth.merge(hw, on="user_id", suffixes=("", "_found"))
    d = haversine_m(m["home_lat"], m["home_lon"], m["home_lat_found"], m["home_lon_found"])
    assert (d < 1.0).all()
    dw = haversine_m(m["work_lat"], m["work_lon"], m["work_lat_found"], m["work_lon_found"])
    assert (dw < 1.0).all()


def _ends(data):
    trips, verts = data[0], data[1]
    first = verts.groupby("trip_id").first()
    last = verts.groupby("trip_id").last()
    t = trips.copy()
    t["destination_lon"] = last.loc[t["trip_id"], "lon"].to_numpy()
    t["destination_lat"] = last.loc[t["trip_id"], "lat"].to_numpy()
    t["origin_lon"] = first.loc[t["trip_id"], "lon"].to_numpy()
    return t


def test_bad_input_key_and_k(data):
    trips, verts = data[0], data[1]
    with pytest.raises(InputError, match="No pseudonymisation key"):
        E.make_shareable(trips, verts, None)
    with pytest.raises(InputError, match="No pseudonymisation key"):
        E.make_shareable(trips, verts, "")
    with pytest.raises(InputError, match="too short") as err:
        E.make_shareable(trips, verts, "abc12")
    assert "abc12" not in str(err.value)
    with pytest.raises(InputError, match="would reveal individual people"):
        E.make_shareable(trips, verts, KEY, params=E.ExportParams(k=1))
    with pytest.raises(InputError, match="start_time"):
        E.make_shareable(trips.drop(columns=["start_time"]), verts, KEY)


def test_package_files_zip_and_no_overwrite(result, tmp_path):
    src = tmp_path / "in" / "trips.gpkg"
    src.parent.mkdir()
    src.write_bytes(b"source")
    with pytest.raises(InputError, match="contains an input file"):
        E.write_package(result, src.parent, protect=[str(src)])
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("x")
    with pytest.raises(InputError, match="not empty"):
        E.write_package(result, busy)
    paths = E.write_package(result, tmp_path / "pkg", make_zip=True, protect=[str(src)])
    assert src.read_bytes() == b"source"
    con = sqlite3.connect(paths["gpkg"])
    n = con.execute("SELECT COUNT(*), SUM(geom IS NOT NULL) FROM trips").fetchone()
    kinds = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
    con.close()
    assert n == (result.counts["trips_out"], result.counts["trips_with_geometry"])
    assert kinds == {"trips": "features", "legs": "attributes"}
    csv = pd.read_csv(paths["trips_csv"])
    assert len(csv) == result.counts["trips_out"] and csv["geometry_wkt"].str.startswith("LINESTRING").all()
    with zipfile.ZipFile(paths["zip"]) as z:
        assert sorted(z.namelist()) == ["README.md", "legs.csv", "trips.csv", "trips.gpkg"]
    # a second export into the same package folder replaces it
    E.write_package(result, tmp_path / "pkg")
    raw = b"".join(open(paths[k], "rb").read() for k in ("gpkg", "trips_csv", "legs_csv", "readme"))
    assert b"person0" not in raw and KEY.encode() not in raw
