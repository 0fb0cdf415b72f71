"""OD flows between zones: counts, distinct participants, suppression / merging under k."""
import numpy as np
import pandas as pd
import pytest
import shapely
from shapely.geometry import box

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.indicators.odflows import od_flows, representative_points

# three 0.01° squares side by side (~730 m x 1.1 km at 48.85°N)
ZONES = pd.DataFrame({"zone_id": ["A", "B", "C"],
                      "geometry": [box(2.30, 48.85, 2.31, 48.86), box(2.31, 48.85, 2.32, 48.86),
                                   box(2.32, 48.85, 2.33, 48.86)]})
CENTRE = {"A": (2.305, 48.855), "B": (2.315, 48.855), "C": (2.325, 48.855), "X": (2.40, 48.90)}


def make_trips():
    """Known flows: A->B by 12 users (2 trips each for the first 3: 15 trips), B->B by 11 users,
    A->C by 3 users, C->A by 4 users, and 2 trips to X (outside every zone)."""
    rows = []

    def add(o, d, user, day, mode="car", purpose="work"):
        rows.append(dict(trip_id=f"t{len(rows)}", user_id=user,
                         start_time=pd.Timestamp("2024-03-04 08:00", tz="UTC") + pd.Timedelta(days=day),
                         origin_lon=CENTRE[o][0] + 0.001 * (len(rows) % 3), origin_lat=CENTRE[o][1],
                         destination_lon=CENTRE[d][0], destination_lat=CENTRE[d][1] + 0.001 * (len(rows) % 2),
                         main_mode=mode, purpose=purpose))

    for u in range(12):
        add("A", "B", f"u{u}", 0, mode="bike" if u < 6 else "car")
    for u in range(3):
        add("A", "B", f"u{u}", 1)
    for u in range(11):
        add("B", "B", f"u{u}", 2, purpose="shopping")
    for u in range(3):
        add("A", "C", f"u{u}", 3)
    for u in range(4):
        add("C", "A", f"u{u + 5}", 4, purpose="home")
    add("A", "X", "u1", 5)
    add("X", "B", "u2", 5)
    return pd.DataFrame(rows)


def test_counts_users_and_suppression():
    res = od_flows(make_trips(), ZONES)
    m = res.matrix.set_index(["origin_zone", "destination_zone"])
    assert list(m.index) == [("A", "B"), ("B", "B")]
    assert m.loc[("A", "B"), "n_trips"] == 15 and m.loc[("A", "B"), "n_users"] == 12
    assert m.loc[("B", "B"), "n_trips"] == 11 and bool(m.loc[("B", "B"), "intra"])
    assert m.loc[("A", "B"), "share"] == pytest.approx(100 * 15 / 33)
    p = res.params
    assert p["n_trips_in_zones"] == 33 and p["n_trips_outside"] == 2
    assert p["n_small_pairs"] == 2 and p["n_small_trips"] == 7 and p["n_suppressed_trips"] == 7
    assert p["warning"] is None and p["min_users"] == 10
    # desire lines: the inter-zone pair only, between the zone centres
    assert len(res.lines) == 1
    line = shapely.from_wkb(res.lines["wkb"].iloc[0])
    assert np.allclose(np.asarray(line.coords), [[2.305, 48.855], [2.315, 48.855]])


def test_merge_small_pairs_into_other_and_lower_k():
    res = od_flows(make_trips(), ZONES, small_pairs="merge", min_users=5)
    m = res.matrix.set_index(["origin_zone", "destination_zone"])
    # A->C (3 users) and C->A (4 users) are below 5: merged, 7 trips by 7 distinct users
    assert m.loc[("other", "other"), "n_trips"] == 7 and m.loc[("other", "other"), "n_users"] == 7
    assert "Privacy threshold lowered to 5" in res.params["warning"]
    res = od_flows(make_trips(), ZONES, small_pairs="merge", min_users=8)
    # merged row has only 7 users: suppressed as well
    assert ("other", "other") not in set(zip(res.matrix["origin_zone"], res.matrix["destination_zone"]))
    res = od_flows(make_trips(), ZONES, min_users=3)
    m = res.matrix.set_index(["origin_zone", "destination_zone"])
    assert m.loc[("A", "C"), "n_users"] == 3 and m.loc[("C", "A"), "n_trips"] == 4
    assert len(res.lines) == 3


def test_filters_mode_purpose_period():
    trips = make_trips()
    res = od_flows(trips, ZONES, mode="bike", min_users=2)
    assert res.matrix[["origin_zone", "destination_zone", "n_trips"]].values.tolist() == [["A", "B", 6]]
    res = od_flows(trips, ZONES, purpose="shopping", min_users=2)
    assert res.matrix[["origin_zone", "destination_zone", "n_trips"]].values.tolist() == [["B", "B", 11]]
    res = od_flows(trips, ZONES, start="2024-03-05", end="2024-03-06", min_users=2)
    assert res.matrix[["origin_zone", "destination_zone", "n_trips", "n_users"]].values.tolist() == [["A", "B", 3, 3]]


def test_trip_ends_from_stays_and_zone_forms():
    trips = make_trips()
    stays = pd.DataFrame({"stay_id": ["sA", "sB"], "lon": [2.305, 2.315], "lat": [48.855, 48.855]})
    t = trips[["trip_id", "user_id", "start_time"]].iloc[:12].assign(origin_stay_id="sA", destination_stay_id="sB")
    res = od_flows(t, {"A": ZONES.geometry[0], "B": ZONES.geometry[1]}, stays=stays)
    assert res.matrix[["origin_zone", "destination_zone", "n_trips", "n_users"]].values.tolist() == [["A", "B", 12, 12]]


def test_representative_point_of_a_u_shaped_zone_is_inside():
    u = shapely.Polygon([(0, 0), (3, 0), (3, 3), (2, 3), (2, 1), (1, 1), (1, 3), (0, 3)])
    (x, y), = representative_points([u])
    assert u.contains(shapely.Point(x, y))


def test_bad_inputs():
    trips = make_trips()
    with pytest.raises(InputError, match="would reveal individual people"):
        od_flows(trips, ZONES, min_users=1)
    with pytest.raises(InputError, match="no origin and destination"):
        od_flows(trips.drop(columns=["origin_lon"]), ZONES)
    with pytest.raises(InputError, match="no purpose field"):
        od_flows(trips.drop(columns=["purpose"]), ZONES, purpose="work")
    with pytest.raises(InputError, match="zone layer is empty"):
        od_flows(trips, [])
    with pytest.raises(InputError, match="suppress"):
        od_flows(trips, ZONES, small_pairs="hide")


def test_weighted_flows_count_weights_and_keep_the_privacy_rule_on_participants():
    """u0-u5 weigh 100, the others 10, u11 has no weight: A->B = 6x100 + 5x10 + 0 + u1, u2's second
    trips (2x100) + u0's (100) = 950; suppression still counts real participants."""
    w = {f"u{i}": (100.0 if i < 6 else 10.0) for i in range(11)}
    res = od_flows(make_trips(), ZONES, weights=w, small_pairs="merge", min_users=5)
    m = res.matrix.set_index(["origin_zone", "destination_zone"])
    assert m.loc[("A", "B"), "trips_weighted"] == pytest.approx(6 * 100 + 5 * 10 + 3 * 100)
    # B->B: u0..u10 once each
    assert m.loc[("B", "B"), "trips_weighted"] == pytest.approx(6 * 100 + 5 * 10)
    total = 950 + 650 + 3 * 100 + (100 + 10 * 3)  # + A->C (u0-u2) + C->A (u5: 100, u6-u8: 10)
    assert m.loc[("A", "B"), "share_weighted"] == pytest.approx(100 * 950 / total)
    # C->A has 4 participants < 5: merged with A->C (3) into OTHER, 7 participants, weights summed
    assert m.loc[("other", "other"), "trips_weighted"] == pytest.approx(300 + 130)
    assert m.loc[("other", "other"), "n_users"] == 7
    assert res.params["weighted"] and res.params["n_users_without_weight"] == 1
    plain = od_flows(make_trips(), ZONES)
    assert "trips_weighted" not in plain.matrix.columns and not plain.params["weighted"]
