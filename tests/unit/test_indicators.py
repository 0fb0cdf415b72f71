"""Main mode, modal share by zone, masking, homes and the monthly CO2 report, checked by hand."""
import numpy as np
import pandas as pd
import pytest
import shapely

from tracemob.tracemob_plugin.core.indicators import modal_share as ind
from tracemob.tracemob_plugin.core.errors import Cancelled, InputError

ZONE_A = shapely.box(2.30, 48.85, 2.35, 48.88)
ZONE_B = shapely.box(2.35, 48.85, 2.40, 48.88)

# 12 trips by 12 users: (user, zone, leg modes, distance_m, duration_s)
HAND = [
    ("u01", "A", ["walk", "bus", "walk"], 5000, 1800),
    ("u02", "A", ["car"], 10000, 1200),
    ("u03", "A", ["walk"], 1000, 900),
    ("u04", "A", ["bike"], 3000, 720),
    ("u05", "A", ["walk", "metro"], 6000, 1500),
    ("u06", "A", ["car", "train"], 40000, 3600),
    ("u07", "A", ["walk", "unknown"], 2000, 1000),
    ("u08", "B", ["car"], 8000, 900),
    ("u09", "B", ["car"], 12000, 1100),
    ("u10", "B", ["walk"], 500, 400),
    ("u11", "B", ["escooter", "walk"], 2500, 600),
    ("u12", "B", ["motorcycle"], 15000, 1200),
]


def make(rows, t0="2024-03-05T07:00:00Z", zone_pos=None):
    """Trips and legs tables for (user, zone, modes, distance, duration) rows; origins inside zones."""
    trips, legs = [], []
    rng = np.random.default_rng(1)
    start = pd.Timestamp(t0)
    for i, (user, zone, modes, dist, dur) in enumerate(rows):
        lon0 = {"A": 2.30, "B": 2.35, "X": 2.50}[zone]
        lon, lat = lon0 + 0.005 + 0.04 * rng.random(), 48.855 + 0.02 * rng.random()
        tid = f"T{i:02d}"
        s = start + pd.Timedelta(minutes=7 * i)
        trips.append(dict(trip_id=tid, user_id=user, start_time=s, end_time=s + pd.Timedelta(seconds=dur),
                          duration_s=float(dur), distance_m=float(dist), origin_stay_id="", destination_stay_id="",
                          origin_lon=lon, origin_lat=lat))
        for j, m in enumerate(modes):
            legs.append(dict(leg_id=f"{tid}_{j}", trip_id=tid, user_id=user, mode=m, start_time=s, end_time=s,
                             duration_s=float(dur) / len(modes), distance_m=float(dist) / len(modes)))
    return pd.DataFrame(trips), pd.DataFrame(legs)


def cell(res, zone, mode, col):
    c = res.cells
    return c.loc[(c["zone_id"] == zone) & (c["mode"] == mode), col].iloc[0]


def test_main_mode_hierarchy():
    _, legs = make(HAND)
    mm = ind.trip_main_modes(legs).set_index("trip_id")["main_mode"]
    assert mm.tolist() == ["bus", "car", "walk", "bike", "metro", "train", "unknown",
                           "car", "car", "walk", "escooter", "motorcycle"]
    legs2 = pd.DataFrame({"trip_id": ["a", "a", "a", "b", "b", "c"],
                          "mode": ["bike", "tram", "car", "ebike", "escooter", "plane"]})
    out = ind.trip_main_modes(legs2).set_index("trip_id")
    assert out["main_mode"].to_dict() == {"a": "tram", "b": "escooter", "c": "plane"}
    assert out.loc["a", "modes"] == "tram+car+bike" and out.loc["a", "n_legs"] == 3


def test_modal_share_hand_checked():
    trips, legs = make(HAND)
    res = ind.modal_share(trips, legs, zone_ids=["A", "B"], zone_geoms=[ZONE_A, ZONE_B],
                          min_users=5, min_trips=5)
    z = res.zones.set_index("zone_id")
    assert z.loc["A", "n_trips"] == 7 and z.loc["B", "n_trips"] == 5 and z.loc["ALL", "n_trips"] == 12
    assert not z["masked"].any()
    # zone A: 7 trips, one each of bus, car, walk, bike, metro, train, unknown
    for m in ("bus", "car", "walk", "bike", "metro", "train", "unknown"):
        assert cell(res, "A", m, "share_trips") == pytest.approx(100 / 7)
    assert cell(res, "A", "train", "share_distance") == pytest.approx(100 * 40 / 67)      # 59.70 %
    assert cell(res, "A", "train", "share_time") == pytest.approx(100 * 3600 / 10720)     # 33.58 %
    assert cell(res, "A", "motorcycle", "n_trips") == 0
    # zone B: car 2/5, walk, escooter, motorcycle 1/5 each
    assert cell(res, "B", "car", "share_trips") == pytest.approx(40.0)
    assert cell(res, "B", "car", "share_distance") == pytest.approx(100 * 20 / 38)        # 52.63 %
    assert cell(res, "B", "motorcycle", "share_distance") == pytest.approx(100 * 15 / 38)
    assert cell(res, "B", "car", "share_time") == pytest.approx(100 * 2000 / 4200)        # 47.62 %
    assert cell(res, "B", "car", "n_users") == 2
    # whole study: car 3 of 12 trips, 30 of 105 km
    assert cell(res, "ALL", "car", "share_trips") == pytest.approx(25.0)
    assert cell(res, "ALL", "car", "share_distance") == pytest.approx(100 * 30 / 105)
    assert cell(res, "ALL", "walk", "share_trips") == pytest.approx(100 * 2 / 12)
    # wide table columns and shares summing to 100
    assert z.loc["B", "sh_car"] == pytest.approx(40.0) and z.loc["B", "km_car"] == pytest.approx(20.0)
    assert z.loc["A", "shh_train"] == pytest.approx(100 * 3600 / 10720)
    for zone in ("A", "B", "ALL"):
        assert z.loc[zone, [f"sh_{m}" for m in res.modes]].sum() == pytest.approx(100.0)
    assert res.modes == ("walk", "bike", "escooter", "motorcycle", "car", "bus", "metro", "train", "unknown")


def test_default_threshold_masks_small_zones():
    trips, legs = make(HAND)
    res = ind.modal_share(trips, legs, zone_ids=["A", "B"], zone_geoms=[ZONE_A, ZONE_B])  # 10 users
    z = res.zones.set_index("zone_id")
    assert z.loc["A", "masked"] and z.loc["B", "masked"] and not z.loc["ALL", "masked"]
    assert np.isnan(z.loc["A", "n_trips"]) and np.isnan(z.loc["A", "sh_car"])
    assert cell(res, "ALL", "car", "share_trips") == pytest.approx(25.0)


def test_masking_hides_zone_with_nine_users():
    rows = [(f"a{i}", "A", ["car"], 1000, 100) for i in range(9)]
    rows += [(f"b{i}", "B", ["walk" if i < 4 else "bus"], 1000, 100) for i in range(10)]
    trips, legs = make(rows)
    res = ind.modal_share(trips, legs, zone_ids=["A", "B"], zone_geoms=[ZONE_A, ZONE_B])
    z = res.zones.set_index("zone_id")
    assert z.loc["A", "masked"] and np.isnan(z.loc["A", "n_users"]) and np.isnan(z.loc["A", "sh_car"])
    assert not z.loc["B", "masked"] and z.loc["B", "n_users"] == 10
    assert z.loc["B", "sh_walk"] == pytest.approx(40.0) and z.loc["B", "sh_bus"] == pytest.approx(60.0)
    assert z.loc["ALL", "n_users"] == 19
    # 9 users but many trips: still masked (distinct users count, not trips)
    rows = [("a0", "A", ["car"], 1000, 100)] * 20 + [(f"a{i}", "A", ["car"], 1000, 100) for i in range(1, 9)]
    trips, legs = make(rows)
    res = ind.modal_share(trips, legs, zone_ids=["A"], zone_geoms=[ZONE_A])
    assert res.zones.set_index("zone_id").loc["A", "masked"]
    # mode cells with few users are masked on demand, the zone stays published
    trips, legs = make([(f"b{i}", "B", ["walk" if i < 4 else "bus"], 1000, 100) for i in range(10)])
    res = ind.modal_share(trips, legs, zone_ids=["B"], zone_geoms=[ZONE_B], min_cell_users=5)
    assert np.isnan(cell(res, "B", "walk", "share_trips")) and cell(res, "B", "bus", "share_trips") == 60.0


def test_outside_zones_period_and_errors():
    rows = HAND + [("u13", "X", ["car"], 1000, 100)]
    trips, legs = make(rows)
    res = ind.modal_share(trips, legs, zone_ids=["A", "B"], zone_geoms=[ZONE_A, ZONE_B], min_users=1, min_trips=1)
    z = res.zones.set_index("zone_id")
    assert (z.loc["A", "n_trips"], z.loc["B", "n_trips"], z.loc["ALL", "n_trips"]) == (7, 5, 13)
    assert (res.trips["zone_id"] == "").sum() == 1
    # period: trips start every 7 minutes from 07:00 UTC; [07:30, 08:00) holds trips 5..8 (07:35 .. 07:56)
    res = ind.modal_share(trips, legs, start="2024-03-05T07:30:00Z", end="2024-03-05 08:00", min_users=1,
                          min_trips=1)
    assert res.zones.set_index("zone_id").loc["ALL", "n_trips"] == 4
    assert sorted(res.trips["user_id"]) == ["u06", "u07", "u08", "u09"]
    with pytest.raises(InputError) as err:
        ind.modal_share(trips, legs, start="2024-03-06", end="2024-03-05")
    assert err.value.field == "period"
    with pytest.raises(InputError) as err:
        ind.modal_share(trips.drop(columns=["distance_m"]), legs)
    assert err.value.field == "distance_m" and err.value.file == "trips"
    with pytest.raises(InputError) as err:
        ind.modal_share(trips, legs.drop(columns=["mode"]), legs_name="legs.gpkg")
    assert (err.value.field, err.value.file) == ("mode", "legs.gpkg")
    with pytest.raises(Cancelled):
        ind.modal_share(trips, legs, is_cancelled=lambda: True)


def test_trips_rebuilt_from_legs_and_no_zones():
    trips, legs = make(HAND)
    res = ind.modal_share(None, legs, min_users=1, min_trips=1)
    assert list(res.zones["zone_id"]) == ["ALL"]
    assert cell(res, "ALL", "car", "share_distance") == pytest.approx(100 * 30 / 105)


def test_home_zone():
    # u1 lives in A and works in B: three mornings from home, afternoons from work, one trip at
    # 01:30 local (still the previous day) from B. By origin: 3 trips A, 4 B. By home: all 7 in A.
    home, work = (2.31, 48.86), (2.38, 48.87)
    rows = []
    for day in ("2024-03-04", "2024-03-05", "2024-03-06"):
        rows.append((f"{day}T06:30:00Z", home, "car"))       # 07:30 Paris
        rows.append((f"{day}T16:00:00Z", work, "car"))
    rows.append(("2024-03-05T00:30:00Z", work, "car"))         # 01:30 Paris, belongs to 03-04
    trips = pd.DataFrame({"trip_id": [f"t{i}" for i in range(len(rows))], "user_id": "u1",
                          "start_time": pd.to_datetime([r[0] for r in rows], utc=True),
                          "distance_m": 1000.0, "duration_s": 600.0,
                          "origin_lon": [r[1][0] for r in rows], "origin_lat": [r[1][1] for r in rows],
                          "main_mode": "car"})
    homes = ind.home_locations(trips)
    assert homes.loc[0, "home_lon"] == pytest.approx(2.31) and homes.loc[0, "home_lat"] == pytest.approx(48.86)
    assert (homes.loc[0, "n_days"], homes.loc[0, "n_home_days"]) == (3, 3)
    res = ind.modal_share(trips, zone_ids=["A", "B"], zone_geoms=[ZONE_A, ZONE_B], min_users=1, min_trips=1)
    assert res.zones.set_index("zone_id")["n_trips"].to_dict() == {"A": 3, "B": 4, "ALL": 7}
    res = ind.modal_share(trips, zone_ids=["A", "B"], zone_geoms=[ZONE_A, ZONE_B], by="home",
                          min_users=0, min_trips=0)
    assert res.zones.set_index("zone_id")["n_trips"].to_dict() == {"A": 7, "B": 0, "ALL": 7}
    assert res.homes["zone_index"].tolist() == [0]


def test_assign_zones_boundary_and_outside():
    idx = ind.assign_zones([2.32, 2.35, 2.39, 3.0, np.nan], [48.86, 48.86, 48.86, 48.86, 48.86], [ZONE_A, ZONE_B])
    assert idx.tolist() == [0, 0, 1, -1, -1]


# --- CO2 report -----------------------------------------------------------------------------------
def co2_legs():
    rows = [("a", "2024-03-10T08:00Z", "car", 5000, 1000.0), ("b", "2024-03-11T08:00Z", "bus", 8000, 2000.0),
            ("c", "2024-03-12T08:00Z", "car", 9000, 3000.0), ("d", "2024-03-12T09:00Z", "car", 40000, 6000.0),
            ("d", "2024-03-13T09:00Z", "train", 40000, 4000.0), ("d", "2024-03-14T09:00Z", "walk", 1000, 0.0),
            ("a", "2024-03-31T22:30Z", "car", 3000, 500.0),     # 00:30 on 1 April in Paris
            ("a", "2024-03-20T10:00Z", "unknown", 2000, np.nan)]
    return pd.DataFrame([dict(leg_id=f"L{i}", trip_id=f"T{i}", user_id=u, start_time=pd.Timestamp(t),
                              end_time=pd.Timestamp(t), duration_s=60.0, distance_m=float(dist), mode=m, co2e_g=g)
                         for i, (u, t, m, dist, g) in enumerate(rows)])


def test_co2_report_hand_checked():
    rep = ind.co2_report(co2_legs(), min_others=1)
    u = rep.by_user.set_index(["user_id", "month"])
    # March totals: a 1 kg, b 2, c 3, d 10
    assert u.loc[("a", "2024-03"), "co2e_kg"] == pytest.approx(1.0)
    assert u.loc[("d", "2024-03"), "co2e_kg"] == pytest.approx(10.0)
    assert u.loc[("d", "2024-03"), "distance_km"] == pytest.approx(81.0)
    assert u.loc[("a", "2024-03"), "distance_km_no_factor"] == pytest.approx(2.0)
    march = u.xs("2024-03", level="month")
    assert march["percentile"].to_dict() == pytest.approx({"a": 0.0, "b": 100 / 3, "c": 200 / 3, "d": 100.0})
    assert march["median_others_kg"].to_dict() == pytest.approx({"a": 3.0, "b": 3.0, "c": 2.0, "d": 2.0})
    assert (march["n_users"] == 4).all()
    # April (local time): only a, alone -> no comparison
    assert u.loc[("a", "2024-04"), "co2e_kg"] == pytest.approx(0.5)
    assert np.isnan(u.loc[("a", "2024-04"), "percentile"])
    m = rep.by_mode.set_index(["user_id", "month", "mode"])
    assert m.loc[("d", "2024-03", "train"), "co2e_kg"] == pytest.approx(4.0)
    assert m.loc[("d", "2024-03", "train"), "distance_km"] == pytest.approx(40.0)
    s = rep.study.set_index(["month", "mode"])
    assert s.loc[("2024-03", "car"), "co2e_kg"] == pytest.approx(10.0)   # 1 + 3 + 6
    assert s.loc[("2024-03", "car"), "n_users"] == 3
    assert s.loc[("2024-03", "car"), "co2e_kg_per_user"] == pytest.approx(10.0 / 4)
    # the default min_others (9: a month must count 10 participants) withholds it in a 4-user month
    rep = ind.co2_report(co2_legs())
    assert rep.by_user["percentile"].isna().all() and rep.by_user["median_others_kg"].isna().all()


def test_co2_report_weighted_per_capita():
    """March: car a 1 kg, c 3, d 6; train d 4; b 2 kg of another mode. d weighs 3, the others 1, e (no leg)
    and a missing weight change nothing but the count of participants without one."""
    rep = ind.co2_report(co2_legs(), min_others=1, weights={"a": 1.0, "b": 1.0, "c": 1.0, "d": 3.0})
    s = rep.study.set_index(["month", "mode"])
    assert s.loc[("2024-03", "car"), "co2e_kg_per_capita_weighted"] == pytest.approx((1 + 3 + 3 * 6) / 6)
    assert s.loc[("2024-03", "train"), "co2e_kg_per_capita_weighted"] == pytest.approx(3 * 4 / 6)
    assert s.loc[("2024-03", "car"), "co2e_kg_per_user"] == pytest.approx(10.0 / 4)  # unchanged
    assert rep.params["weighted"] and rep.params["n_users_without_weight"] == 0
    rep = ind.co2_report(co2_legs(), min_others=1, weights={"a": 1.0, "b": 1.0, "c": 1.0})
    s = rep.study.set_index(["month", "mode"])
    assert s.loc[("2024-03", "car"), "co2e_kg_per_capita_weighted"] == pytest.approx((1 + 3) / 3)
    assert rep.params["n_users_without_weight"] == 1
    assert "co2e_kg_per_capita_weighted" not in ind.co2_report(co2_legs(), min_others=1).study.columns


def test_percentile_ties_and_even_median():
    pct, med = ind._percentile_and_median_of_others(np.array([1.0, 2.0, 2.0, 5.0]))
    assert pct.tolist() == pytest.approx([0.0, 50.0, 50.0, 100.0])
    assert med.tolist() == pytest.approx([2.0, 2.0, 2.0, 2.0])
    pct, med = ind._percentile_and_median_of_others(np.array([10.0, 1.0, 3.0, 2.0, 4.0]))
    assert med.tolist() == pytest.approx([2.5, 3.5, 3.0, 3.5, 2.5])
    assert pct.tolist() == pytest.approx([100.0, 0.0, 50.0, 25.0, 75.0])


def test_co2_report_computes_missing_emissions():
    legs = co2_legs().drop(columns=["co2e_g"])
    rep = ind.co2_report(legs, min_others=1, car_occupancy=1.0)
    u = rep.by_user.set_index(["user_id", "month"])
    assert u.loc[("b", "2024-03"), "co2e_kg"] == pytest.approx(113.5 * 8 / 1000)   # 8 km of bus
    assert u.loc[("c", "2024-03"), "co2e_kg"] == pytest.approx(192 * 9 / 1000)     # 9 km of car, alone
    with pytest.raises(InputError) as err:
        ind.co2_report(legs.drop(columns=["user_id"]))
    assert err.value.field == "user_id"


# --- real data: e-mission's own trips and sections of the three embedded days ---------------------
SENSED = {"BICYCLING": "bike", "ON_FOOT": "walk", "WALKING": "walk", "IN_VEHICLE": "car", "UNKNOWN": "unknown"}


def _real_trips_and_legs(sample_dir):
    import json

    trips, legs = [], []
    for path in sorted(sample_dir.glob("*.ground_truth.json")):
        for ti, trip in enumerate(json.loads(path.read_text())["data"]):
            tid = f"{path.name[:19]}#{ti}"
            p = trip["properties"]
            trips.append(dict(trip_id=tid, user_id="shankari", start_time=pd.Timestamp(p["start_fmt_time"]),
                              distance_m=p["distance"], duration_s=p["duration"]))
            for feat in trip["features"]:
                for sec in feat.get("features", []) if feat["type"] == "FeatureCollection" else []:
                    q = sec["properties"]
                    if q.get("feature_type") == "section":
                        legs.append(dict(trip_id=tid, user_id="shankari", start_time=pd.Timestamp(q["start_fmt_time"]),
                                         mode=SENSED[q["sensed_mode"].split(".")[-1]], distance_m=q["distance"]))
    return pd.DataFrame(trips), pd.DataFrame(legs)


def test_real_days_modal_share_and_co2(sample_dir):
    trips, legs = _real_trips_and_legs(sample_dir)
    assert len(trips) == 15
    res = ind.modal_share(trips, legs, min_users=0, min_trips=0)
    # by hand from e-mission's sections: 6 walking trips, 5 car (one is bike+walk+car+car+walk), 3 bike, 1 unknown
    assert {m: cell(res, "ALL", m, "n_trips") for m in res.modes} == {"walk": 6, "bike": 3, "car": 5, "unknown": 1}
    assert cell(res, "ALL", "walk", "share_trips") == pytest.approx(40.0)
    # distances (m): car 79041 + 970 + 4020 + 2285 + 2731, walk 4218, bike 8278, unknown 443
    assert cell(res, "ALL", "car", "share_distance") == pytest.approx(100 * 89047 / 101986, abs=0.01)   # 87.31 %
    assert res.zones.loc[0, "n_users"] == 1
    rep = ind.co2_report(legs, tz="America/Los_Angeles", min_others=1, car_occupancy=1.4)
    kg = rep.by_user.set_index("month")["co2e_kg"]
    assert kg.to_dict() == pytest.approx({"2016-07": 76.525 * 192 / 1.4 / 1000, "2016-08": 0.0,
                                          "2016-09": 10.006 * 192 / 1.4 / 1000}, abs=2e-3)
    assert rep.by_user["percentile"].isna().all()        # alone in the study: nobody to compare with
