"""Before/after comparison on generated data with KNOWN plan effects.

The generator below makes map-matched traversals (and trips) of participants who each drive their
own streets on most weekdays, at their own pace (a personal speed factor: traversals of one
person are correlated, as in real data), before and after a change date. The effects put in are
then recovered by the estimators, with intervals that contain the truth.
"""
import base64
import re

import numpy as np
import pandas as pd
import pytest
import shapely

from tracemob.tracemob_plugin.core.compare import beforeafter as ba
from tracemob.tracemob_plugin.core.compare.areas import check_areas
from tracemob.tracemob_plugin.core.compare.bootstrap import Medians
from tracemob.tracemob_plugin.core.compare.did import difference_in_differences
from tracemob.tracemob_plugin.core.compare.modal import compare_modal_share
from tracemob.tracemob_plugin.core.compare.periods import easter_sunday, french_public_holidays, make_periods
from tracemob.tracemob_plugin.core.compare.rerouting import rerouting
from tracemob.tracemob_plugin.core.compare.segments import compare_segments, prepare_traversals
from tracemob.tracemob_plugin.core.compare.report import summary_html, write_summary_html
from tracemob.tracemob_plugin.core.errors import InputError

CHANGE = "2024-03-04"  # a Monday
# segment -> (lon, lat) of its midpoint; S1..S3 inside the study area, C1..C3 inside the control area
SEGMENTS = {"S1": (2.350, 48.850), "S2": (2.352, 48.851), "S3": (2.354, 48.852),
            "C1": (2.400, 48.880), "C2": (2.402, 48.881), "C3": (2.404, 48.882)}
STUDY = shapely.box(2.345, 48.845, 2.360, 48.856)
CONTROL = shapely.box(2.395, 48.875, 2.410, 48.886)
BASE_TT = {"S1": 60.0, "S2": 45.0, "S3": 90.0, "C1": 50.0, "C2": 70.0, "C3": 40.0}


def make_traversals(seed=0, n_users=40, tt_effect=None, volume_effect=None, trend=1.0, user_sd=0.15,
                    noise_sd=0.12, p_day=0.7, start="2024-02-05", end="2024-03-29", heavy_user=None,
                    segments=None):
    """Traversals ``user_id, segment_id, direction, entry_time, travel_time_s, lon, lat``.

    Each participant drives 3 of the segments on each weekday with probability ``p_day``, at
    about 08:00 and 17:30 local time. ``tt_effect``: segment -> multiplicative travel-time effect
    from the change date; ``trend``: the same for every segment (a citywide trend);
    ``volume_effect``: segment -> share of the after-period traversals kept. ``heavy_user``:
    (n_days_factor, speed_factor) for one extra participant who drives S1 many times a day.
    """
    rng = np.random.default_rng(seed)
    tt_effect = tt_effect or {}
    volume_effect = volume_effect or {}
    segs = list(segments or SEGMENTS)
    days = pd.date_range(start, end, freq="D")
    days = days[days.dayofweek < 5]
    change = pd.Timestamp(CHANGE)
    rows = []
    for u in range(n_users):
        mine = rng.choice(segs, size=3, replace=False)
        pace = np.exp(rng.normal(0, user_sd))
        for day in days:
            if rng.random() > p_day:
                continue
            after = day >= change
            for hour in (8.0, 17.5):
                t = day + pd.Timedelta(hours=hour + rng.normal(0, 0.25))
                for s in mine:
                    if after and rng.random() > volume_effect.get(s, 1.0):
                        continue
                    eff = (tt_effect.get(s, 1.0) * trend) if after else 1.0
                    tt = BASE_TT[s] * pace * eff * np.exp(rng.normal(0, noise_sd))
                    rows.append(("u{:03d}".format(u), s, "forward", t, tt))
    if heavy_user is not None:
        per_day, pace = heavy_user
        for day in days:
            for k in range(per_day):
                t = day + pd.Timedelta(hours=7.2 + 1.5 * k / per_day)
                rows.append(("heavy", "S1", "forward", t, BASE_TT["S1"] * pace * np.exp(rng.normal(0, noise_sd))))
    df = pd.DataFrame(rows, columns=["user_id", "segment_id", "direction", "local", "travel_time_s"])
    df["entry_time"] = df["local"].dt.tz_localize("Europe/Paris").dt.tz_convert("UTC")
    df["lon"] = df["segment_id"].map(lambda s: SEGMENTS[s][0])
    df["lat"] = df["segment_id"].map(lambda s: SEGMENTS[s][1])
    return df.drop(columns=["local"])


def make_trips(seed=0, n_users=60, car_before=None, car_after=None, through_before=0.8, through_after=0.4):
    """Trips ``trip_id, user_id, start_time, main_mode, origin/destination lon/lat, through_area``.

    Zone A (west) and zone B (east); each participant lives in one zone and makes 2 trips per
    weekday. The car share of zone z is ``car_before[z]`` before and ``car_after[z]`` after, the rest
    walk/bike/bus; each participant has a personal car propensity. Trips of zone A go from cell 1
    to cell 2, and a share ``through_before``/``through_after`` of them crosses the study area.
    """
    car_before = car_before or {"A": 0.5, "B": 0.5}
    car_after = car_after or {"A": 0.3, "B": 0.5}
    rng = np.random.default_rng(seed)
    days = pd.date_range("2024-02-05", "2024-03-29", freq="D")
    days = days[days.dayofweek < 5]
    change = pd.Timestamp(CHANGE)
    rows = []
    for u in range(n_users):
        zone = "A" if u % 2 == 0 else "B"
        tilt = rng.normal(0, 0.08)
        lon0 = 2.30 if zone == "A" else 2.50
        for day in days:
            after = day >= change
            p_car = np.clip((car_after if after else car_before)[zone] + tilt, 0.01, 0.99)
            p_thr = through_after if after else through_before
            for hour in (8.0, 18.0):
                mode = "car" if rng.random() < p_car else rng.choice(["walk", "bike", "bus"])
                rows.append(dict(user_id="p{:03d}".format(u), main_mode=mode,
                                 start_time=(day + pd.Timedelta(hours=hour)).tz_localize("Europe/Paris"),
                                 origin_lon=lon0 + 0.001 * rng.random(), origin_lat=48.80 + 0.001 * rng.random(),
                                 destination_lon=lon0 + 0.05, destination_lat=48.90,
                                 through_area=bool(rng.random() < p_thr)))
    t = pd.DataFrame(rows)
    t["trip_id"] = ["t{}".format(i) for i in range(len(t))]
    t["start_time"] = t["start_time"].dt.tz_convert("UTC")
    t["distance_m"] = 3000.0
    t["duration_s"] = 900.0
    return t


ZONES = {"A": shapely.box(2.29, 48.79, 2.32, 48.81), "B": shapely.box(2.49, 48.79, 2.52, 48.81)}


def cell(table, seg, band="07-09"):
    row = table[(table["segment_id"] == seg) & (table["band"] == band)]
    assert len(row) == 1
    return row.iloc[0]


# --- statistics engine ------------------------------------------------------------------------------
def test_weighted_medians_equal_numpy_and_expanded_samples():
    rng = np.random.default_rng(3)
    values = rng.normal(size=200)
    cells = rng.integers(0, 7, size=200)
    users = rng.integers(0, 15, size=200)
    med = Medians(values, cells, users, 8)  # cell 7 is empty
    point = med(np.ones((1, 15), dtype=np.int32))[0]
    for c in range(7):
        assert point[c] == pytest.approx(np.median(values[cells == c]))
    assert np.isnan(point[7])
    w = rng.integers(0, 3, size=(4, 15)).astype(np.int32)
    got = med(w)
    for b in range(4):
        for c in range(7):
            expanded = np.repeat(values[cells == c], w[b, users[cells == c]])
            if len(expanded):
                assert got[b, c] == pytest.approx(np.median(expanded))
            else:
                assert np.isnan(got[b, c])


def test_french_public_holidays_2024_and_2025():
    got = [str(d) for d in french_public_holidays([2024])]
    assert got == ["2024-01-01", "2024-04-01", "2024-05-01", "2024-05-08", "2024-05-09", "2024-05-20",
                   "2024-07-14", "2024-08-15", "2024-11-01", "2024-11-11", "2024-12-25"]
    h25 = set(str(d) for d in french_public_holidays([2025]))
    assert {"2025-04-21", "2025-05-29", "2025-06-09"} <= h25  # Easter Monday, Ascension, Whit Monday
    assert [str(d) for d in easter_sunday([2000, 2019, 2038])] == ["2000-04-23", "2019-04-21", "2038-04-25"]


def test_weekday_and_holiday_filters():
    p = make_periods(change="2024-05-01", weekdays_only=True, exclude_holidays=True)
    t = pd.to_datetime(["2024-04-30 10:00", "2024-05-01 10:00", "2024-05-04 10:00", "2024-05-02 10:00",
                        "2024-05-20 10:00"]).tz_localize("Europe/Paris").tz_convert("UTC")
    # Tue before; May Day (holiday); Saturday; Thursday after; Whit Monday (holiday)
    assert p.label(t).tolist() == [0, -1, -1, 1, -1]
    p2 = make_periods(change="2024-05-01", weekdays_only=False, exclude_holidays=False)
    assert p2.label(t).tolist() == [0, 1, 1, 1, 1]


def test_by_default_a_holiday_and_a_saturday_are_dropped_and_kept_when_the_filters_are_off():
    # Thursday 2 May (kept), Wednesday 1 May (May Day), Saturday 4 May, Ascension Thursday 9 May
    t = pd.to_datetime(["2024-05-02 08:00", "2024-05-01 08:00", "2024-05-04 08:00", "2024-05-09 08:00"]
                       ).tz_localize("Europe/Paris").tz_convert("UTC")
    assert make_periods(change="2024-04-29").label(t).tolist() == [1, -1, -1, -1]
    assert make_periods(change="2024-04-29", exclude_holidays=False).label(t).tolist() == [1, 1, -1, 1]
    assert make_periods(change="2024-04-29", weekdays_only=False).label(t).tolist() == [1, -1, 1, -1]
    assert make_periods(change="2024-04-29", weekdays_only=False,
                        exclude_holidays=False).label(t).tolist() == [1, 1, 1, 1]


def test_periods_dates_are_local_and_date_ends_inclusive():
    p = make_periods(before=("2024-01-01", "2024-01-31"), after=("2024-02-01", "2024-02-29"))
    t = pd.to_datetime(["2024-01-31 23:30", "2024-02-01 00:30", "2024-02-29 23:59"]).tz_localize(
        "Europe/Paris").tz_convert("UTC")
    assert p.label(t).tolist() == [0, 1, 1]


# --- segments -------------------------------------------------------------------------------------
def test_plus_30_percent_on_one_segment_is_recovered_and_flagged():
    tv = make_traversals(seed=1, tt_effect={"S1": 1.30})
    res = compare_segments(tv, change=CHANGE, n_boot=400, seed=1)
    assert set(res["band"]) == {"07-09", "16-19"}
    s1 = cell(res, "S1")
    assert s1["ratio"] == pytest.approx(1.30, abs=0.06)
    assert s1["ratio_ci_low"] < 1.30 < s1["ratio_ci_high"]
    assert s1["flag"] == "significant"
    assert s1["change_pct"] == pytest.approx(30, abs=6)
    others = res[res["segment_id"] != "S1"]
    assert len(others) == 10
    assert np.abs(others["ratio"] - 1).max() < 0.07
    assert (others["flag"] == "significant").sum() <= 1  # 10 null cells at the 95 % level
    assert ((others["ratio_ci_low"] < 1) & (others["ratio_ci_high"] > 1)).sum() >= 9
    # sample sizes and per-day volumes (weekdays only in the data: 20 days before, 20 after)
    assert s1["days_before"] == 20 and s1["days_after"] == 20
    assert s1["users_before"] >= 10 and s1["n_before"] > s1["users_before"]
    assert s1["per_day_before"] == pytest.approx(s1["n_before"] / 20)
    assert s1["volume_ratio"] == pytest.approx(1.0, abs=0.15)
    assert s1["volume_ci_low"] < 1 < s1["volume_ci_high"]


def test_volume_drop_is_recovered():
    tv = make_traversals(seed=2, volume_effect={"S2": 0.6})
    res = compare_segments(tv, change=CHANGE, n_boot=400, seed=2)
    s2 = cell(res, "S2", "16-19")
    assert s2["volume_ratio"] == pytest.approx(0.6, abs=0.08)
    assert s2["volume_ci_low"] < 0.6 < s2["volume_ci_high"]
    assert s2["volume_flag"] == "significant"
    assert s2["flag"] != "significant" or s2["ratio_ci_low"] > 1 or s2["ratio_ci_high"] < 1
    assert cell(res, "S1", "16-19")["volume_ratio"] == pytest.approx(1.0, abs=0.15)


def test_bootstrap_resamples_participants_not_traversals():
    """One participant drives S1 twelve times a day, much slower than the others: resampling
    traversals as if independent would make the interval too narrow."""
    tv = make_traversals(seed=4, n_users=30, heavy_user=(12, 1.6), tt_effect={"S1": 1.2})
    cluster = compare_segments(tv, change=CHANGE, n_boot=400, seed=4)
    naive_input = tv.assign(user_id=["t{}".format(i) for i in range(len(tv))])
    naive = compare_segments(naive_input, change=CHANGE, n_boot=400, seed=4)
    c, n = cell(cluster, "S1"), cell(naive, "S1")
    assert c["ratio"] == pytest.approx(n["ratio"])  # same point estimate
    width_c = np.log(c["ratio_ci_high"] / c["ratio_ci_low"])
    width_n = np.log(n["ratio_ci_high"] / n["ratio_ci_low"])
    assert width_c > 1.5 * width_n
    assert c["users_before"] < 30 < n["users_before"]


def test_small_samples_are_flagged_and_masked():
    tv = make_traversals(seed=5, n_users=40, tt_effect={"S1": 1.3})
    # keep only 6 participants on S3
    s3_users = sorted(tv.loc[tv["segment_id"] == "S3", "user_id"].unique())
    tv = tv[(tv["segment_id"] != "S3") | tv["user_id"].isin(s3_users[:6])]
    res = compare_segments(tv, change=CHANGE, n_boot=200)
    s3 = cell(res, "S3")
    assert s3["flag"] == "insufficient sample" and bool(s3["masked"])
    assert np.isnan(s3["tt_before_s"]) and np.isnan(s3["ratio"])
    assert s3["users_before"] == 6 and s3["n_before"] > 20  # sample sizes stay published
    lowered = compare_segments(tv, change=CHANGE, n_boot=200, min_users=5)
    assert cell(lowered, "S3")["flag"] != "insufficient sample"
    assert lowered.attrs["warnings"] and "5" in lowered.attrs["warnings"][0]
    few = compare_segments(tv, change=CHANGE, n_boot=200, min_traversals=10_000)
    assert (few["flag"] == "insufficient sample").all()


def test_matcher_columns_and_partial_traversals():
    """MatchResult.traversals spell the travel time tt_s and mark partial traversals: those are dropped."""
    tv = make_traversals(seed=21, n_users=30, tt_effect={"S1": 1.3}).rename(columns={"travel_time_s": "tt_s"})
    tv["partial"] = False
    tv["direction"] = 1
    junk = tv[(tv["segment_id"] == "S1") & (tv["entry_time"] >= pd.Timestamp(CHANGE, tz="Europe/Paris"))].copy()
    junk["tt_s"] = 1.0  # a sliver of the segment: would pull the after median down
    junk["partial"] = True
    res = compare_segments(pd.concat([tv, junk, junk]), change=CHANGE, n_boot=200)
    s1 = cell(res, "S1")
    assert s1["direction"] == "1" and s1["ratio"] == pytest.approx(1.3, abs=0.07)
    kept = compare_segments(pd.concat([tv, junk, junk]), change=CHANGE, n_boot=50, keep_partial=True)
    assert cell(kept, "S1")["ratio"] < 0.5 and cell(kept, "S1")["n_after"] == 3 * s1["n_after"]
    assert prepare_traversals(pd.concat([tv, junk]), keep_partial=True).shape[0] == len(tv) + len(junk)


def test_bands_are_local_time_and_none_means_all_day():
    tv = make_traversals(seed=6, n_users=12)
    allday = compare_segments(tv, change=CHANGE, bands=None, n_boot=50)
    assert set(allday["band"]) == {"all day"}
    custom = compare_segments(tv, change=CHANGE, bands={"morning": (7.5, 8.5)}, n_boot=50)
    assert set(custom["band"]) == {"morning"}
    assert custom["n_before"].sum() < allday["n_before"].sum()


# --- modal share ----------------------------------------------------------------------------------
def test_car_share_drop_of_20_points_in_one_zone():
    trips = make_trips(seed=7)
    res = compare_modal_share(trips, ZONES, change=CHANGE, n_boot=400, seed=7)
    a = res[(res["zone_id"] == "A") & (res["mode"] == "car")].iloc[0]
    b = res[(res["zone_id"] == "B") & (res["mode"] == "car")].iloc[0]
    assert a["share_before"] == pytest.approx(50, abs=6)
    assert a["change_pp"] == pytest.approx(-20, abs=5)
    assert a["change_ci_low"] < -20 < a["change_ci_high"]
    assert a["flag"] == "significant"
    assert abs(b["change_pp"]) < 5 and b["change_ci_low"] < 0 < b["change_ci_high"]
    assert b["flag"] == "not significant"
    assert set(res["zone_id"]) == {"A", "B", "ALL"}
    shares = res[res["zone_id"] == "A"].groupby("zone_id")["share_after"].sum()
    assert shares.iloc[0] == pytest.approx(100.0)
    assert a["trips_before"] + res.loc[(res["zone_id"] == "A") & (res["mode"] != "car"), "trips_before"].sum() \
        == a["zone_trips_before"]


def test_modal_share_masks_small_zones_and_uses_the_main_mode_hierarchy():
    trips = make_trips(seed=8, n_users=12)  # 6 participants per zone
    res = compare_modal_share(trips, ZONES, change=CHANGE, n_boot=100)
    zone_a = res[res["zone_id"] == "A"]
    assert zone_a["masked"].all() and zone_a["share_before"].isna().all()
    assert (zone_a["flag"] == "insufficient sample").all()
    assert not res.loc[res["zone_id"] == "ALL", "masked"].any()
    # legs -> main mode: walk + bus + walk is a bus trip
    t = trips.head(40).copy()
    legs = pd.DataFrame({"trip_id": np.repeat(t["trip_id"].to_numpy(), 3),
                         "mode": ["walk", "bus", "walk"] * len(t)})
    out = compare_modal_share(t.drop(columns=["main_mode"]), None, legs=legs,
                                 before=("2024-02-05", "2024-02-09"), after=("2024-02-12", "2024-02-16"),
                                 n_boot=20, min_users=2, min_trips=1)
    assert out["mode"].tolist() == ["bus"]


# --- rerouting --------------------------------------------------------------------------------------
def test_rerouting_share_through_the_area_drops():
    trips = make_trips(seed=9)
    res = rerouting(trips, None, STUDY, change=CHANGE, n_boot=400, seed=9)
    r = res.iloc[0]
    assert r["n_pairs"] >= 1
    assert r["share_before"] == pytest.approx(80, abs=5)
    assert r["share_after"] == pytest.approx(40, abs=5)
    assert r["change_ci_low"] < -40 < r["change_ci_high"] and r["flag"] == "significant"


def test_rerouting_from_route_vertices():
    rng = np.random.default_rng(10)
    rows, vertices = [], []
    for i in range(600):
        user = "p{:02d}".format(i % 30)
        after = i % 2 == 1
        start = pd.Timestamp("2024-02-20 08:00", tz="UTC") + pd.Timedelta(days=16 if after else 0, minutes=i)
        through = rng.random() < (0.3 if after else 0.9)
        rows.append(dict(trip_id="r{}".format(i), user_id=user, start_time=start))
        mid_lat = 48.850 if through else 48.870  # the line passes through the study area, or north of it
        for k, (x, y) in enumerate([(2.340, 48.850), (2.352, mid_lat), (2.365, 48.850)]):
            vertices.append(dict(trip_id="r{}".format(i), lon=x, lat=y, vertex=k))
    res = rerouting(pd.DataFrame(rows), pd.DataFrame(vertices), STUDY, change=CHANGE, n_boot=300)
    r = res.iloc[0]
    assert r["n_pairs"] == 1 and r["trips_before"] == 300 and r["trips_after"] == 300
    assert r["share_before"] == pytest.approx(90, abs=5) and r["share_after"] == pytest.approx(30, abs=6)
    assert r["flag"] == "significant"


# --- difference in differences ---------------------------------------------------------------------
def test_did_removes_a_citywide_trend():
    tv = make_traversals(seed=11, n_users=60, trend=1.10, tt_effect={"S1": 1.30, "S2": 1.30, "S3": 1.30},
                         volume_effect={"S1": 0.7, "S2": 0.7, "S3": 0.7})
    did = difference_in_differences(tv, STUDY, CONTROL, change=CHANGE, n_boot=400, seed=11).set_index("measure")
    tt = did.loc["travel_time"]
    assert tt["study_ratio"] == pytest.approx(1.43, abs=0.06)   # plan x trend
    assert tt["control_ratio"] == pytest.approx(1.10, abs=0.05)  # trend only
    assert tt["did_ratio"] == pytest.approx(1.30, abs=0.06)
    assert tt["did_ci_low"] < 1.30 < tt["did_ci_high"] and tt["flag"] == "significant"
    vol = did.loc["volume"]
    assert vol["did_ratio"] == pytest.approx(0.7, abs=0.08) and vol["did_ci_low"] < 0.7 < vol["did_ci_high"]
    # a trend alone: the naive study-area change is significant, the DiD is not
    tv0 = make_traversals(seed=12, n_users=60, trend=1.15)
    did0 = difference_in_differences(tv0, STUDY, CONTROL, change=CHANGE, n_boot=400, seed=12)
    tt0 = did0.set_index("measure").loc["travel_time"]
    assert tt0["study_ratio"] == pytest.approx(1.15, abs=0.05)
    assert tt0["did_ci_low"] < 1.0 < tt0["did_ci_high"] and tt0["flag"] == "not significant"


def test_did_places_traversals_by_segment_geometry():
    tv = make_traversals(seed=13, n_users=40, tt_effect={"S1": 1.3, "S2": 1.3, "S3": 1.3}).drop(columns=["lon", "lat"])
    net = pd.DataFrame({"segment_id": list(SEGMENTS),
                        "geometry": [shapely.LineString([(x - 0.0005, y), (x + 0.0005, y)])
                                     for x, y in SEGMENTS.values()]})
    did = difference_in_differences(tv, STUDY, CONTROL, segments=net, change=CHANGE, n_boot=200)
    assert did.set_index("measure").loc["travel_time", "did_ratio"] == pytest.approx(1.3, abs=0.07)
    assert did["cells_study"].iloc[0] == 6 and did["cells_control"].iloc[0] == 6


# --- the whole study and the report ---------------------------------------------------------------
def test_before_after_bundles_tables_and_summary(tmp_path):
    tv = make_traversals(seed=14, n_users=40, tt_effect={"S1": 1.3})
    tv.loc[tv["segment_id"] == "C3", "user_id"] = "solo"  # one participant on C3: insufficient
    trips = make_trips(seed=14)
    res = ba.before_after(traversals=tv, trips=trips, zones=ZONES, study_area=STUDY, control_area=CONTROL,
                          change=CHANGE, n_boot=200, seed=14)
    assert {"in_study_area", "in_control_area"} <= set(res.segments.columns)
    assert res.segments.loc[res.segments["segment_id"] == "S1", "in_study_area"].all()
    assert res.did is not None and res.modal_share is not None and res.rerouting is not None
    s = res.summary
    assert s["segments"]["significant_slower"] >= 1
    top = s["segments"]["headlines"][0]
    assert top["segment_id"] == "S1" and top["ratio"] == pytest.approx(1.3, abs=0.07)
    assert s["sample"]["traversals_before"] > 0 and s["sample"]["days_before"] == 20
    assert s["sample"]["trip_users_before"] == 60
    assert any("C3" in str(x) or "too few" in x for x in s["cannot_conclude"])
    assert any(r["zone_id"] == "A" and r["mode"] == "car" for r in s["modal_share"])
    html = summary_html(res, title="Plan de circulation test")
    assert html.startswith("<!DOCTYPE html>") and "Plan de circulation test" in html
    pngs = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', html)
    assert len(pngs) >= 2 and all(base64.b64decode(p)[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
    assert "What cannot be concluded" in html and "Sample sizes" in html
    first = re.search(r"Section S1 \(forward\), 07-09: .*?, \+(\d+)% \(95% range \+(\d+)% to \+(\d+)%", html)
    assert first and 24 <= int(first.group(1)) <= 36 and int(first.group(2)) < 30 < int(first.group(3))
    assert "http://" not in html and "https://" not in html and "<script" not in html  # self-contained
    path = write_summary_html(res, tmp_path / "out" / "summary.html")
    assert "data:image/png;base64," in (tmp_path / "out" / "summary.html").read_text(encoding="utf-8")
    assert path.endswith("summary.html")


def test_before_after_without_control_says_trend_cannot_be_excluded():
    tv = make_traversals(seed=15, n_users=20)
    res = ba.before_after(traversals=tv, change=CHANGE, n_boot=100)
    assert res.did is None and res.modal_share is None
    assert any("citywide trend" in x for x in res.summary["cannot_conclude"])
    html = summary_html(res)
    assert "citywide trend" in html and "data:image/png;base64," in html


# --- bad input ---------------------------------------------------------------------------------------
def test_overlapping_periods_are_refused():
    tv = make_traversals(seed=16, n_users=12)
    with pytest.raises(InputError, match="overlap"):
        compare_segments(tv, before=("2024-02-05", "2024-03-08"), after=("2024-03-04", "2024-03-29"))
    with pytest.raises(InputError, match="comes before"):
        make_periods(before=("2024-03-04", "2024-03-29"), after=("2024-02-05", "2024-02-20"))
    with pytest.raises(InputError, match="not both"):
        make_periods(change=CHANGE, before=("2024-02-05", "2024-02-20"), after=("2024-03-04", "2024-03-29"))
    with pytest.raises(InputError, match="ends before it starts"):
        make_periods(before=("2024-02-20", "2024-02-05"), after=("2024-03-04", "2024-03-29"))
    with pytest.raises(InputError, match="no change date"):
        make_periods()


def test_dates_are_read_day_first_and_need_a_year():
    """A French planner's 01/03/2024 is 1 March (pandas alone reads 3 January); a date without a year
    ("March", "12/03") is refused (pandas alone makes it year 1)."""
    tz = "Europe/Paris"
    iso = make_periods(change="2024-03-01", tz=tz).before_end
    assert make_periods(change="01/03/2024", tz=tz).before_end == iso
    assert make_periods(change="1.3.2024", tz=tz).before_end == iso
    assert str(iso.tz_convert(tz)) == "2024-03-01 00:00:00+01:00"
    assert make_periods(change="01/03/2024 08:30", tz=tz).before_end == iso + pd.Timedelta(hours=8.5)
    # a day-first end date is a whole day, as an ISO one
    p = make_periods(before=("01/02/2024", "29/02/2024"), after=("01/03/2024", "31/03/2024"), tz=tz)
    assert p.before_end == make_periods(before=("2024-02-01", "2024-02-29"),
                                        after=("2024-03-01", "2024-03-31"), tz=tz).before_end
    for bad, why in (("March", "no year"), ("12/03", "no year"), ("03/13/2024", "day first")):
        with pytest.raises(InputError, match="cannot read the date") as err:
            make_periods(change=bad, tz=tz)
        assert why in str(err.value) + str(getattr(err.value, "hint", ""))


def test_a_period_with_no_data_is_refused_with_the_data_span():
    tv = make_traversals(seed=17, n_users=12)
    with pytest.raises(InputError, match=r"after period .* holds no traversal.*2024-02-05 to 2024-03-29") as err:
        compare_segments(tv, before=("2024-02-05", "2024-02-20"), after=("2024-06-01", "2024-06-30"))
    assert err.value.field == "after"
    with pytest.raises(InputError, match="before period"):
        compare_segments(tv, change="2024-01-15")
    # only weekend days in the after period, weekdays only asked
    with pytest.raises(InputError, match="after period"):
        compare_segments(tv, before=("2024-02-05", "2024-02-20"), after=("2024-03-09", "2024-03-10"),
                            weekdays_only=True)
    with pytest.raises(InputError, match="holds no trip"):
        compare_modal_share(make_trips(seed=17, n_users=4), ZONES, change="2025-01-01", min_users=2)


def test_study_area_outside_the_data_is_refused():
    tv = make_traversals(seed=18, n_users=12)
    far = shapely.box(5.0, 43.0, 5.1, 43.1)  # Marseille
    with pytest.raises(InputError, match="no traversal lies in the study area"):
        difference_in_differences(tv, far, CONTROL, change=CHANGE)
    with pytest.raises(InputError, match="study area"):
        ba.before_after(traversals=tv, study_area=far, change=CHANGE, n_boot=10)
    with pytest.raises(InputError, match="no trip starts in the study area"):
        ba.before_after(trips=make_trips(seed=18, n_users=12), study_area=far, change=CHANGE, n_boot=10)
    with pytest.raises(InputError, match="no route crosses the study area"):
        rerouting(pd.DataFrame({"trip_id": ["a"], "user_id": ["u"], "start_time": [pd.Timestamp("2024-02-06", tz="UTC")]}),
                     pd.DataFrame({"trip_id": ["a", "a"], "lon": [2.3, 2.31], "lat": [48.8, 48.81]}), far,
                     change=CHANGE)


def test_control_area_overlapping_the_study_area_is_refused():
    tv = make_traversals(seed=19, n_users=12)
    with pytest.raises(InputError, match="control area overlaps the study area") as err:
        difference_in_differences(tv, STUDY, shapely.box(2.355, 48.850, 2.40, 48.88), change=CHANGE)
    assert err.value.field == "control_area"
    with pytest.raises(InputError, match="overlaps"):
        ba.before_after(traversals=tv, study_area=STUDY, control_area=STUDY.buffer(0.01), change=CHANGE)
    # touching is allowed
    touching = shapely.box(2.360, 48.845, 2.37, 48.856)
    assert check_areas(STUDY, touching)[1] is not None


def test_other_bad_inputs_name_the_field():
    tv = make_traversals(seed=20, n_users=12)
    with pytest.raises(InputError, match="reveal individual people"):
        compare_segments(tv, change=CHANGE, min_users=1)
    with pytest.raises(InputError, match="segment_id"):
        compare_segments(tv.drop(columns=["segment_id"]), change=CHANGE)
    with pytest.raises(InputError, match="time band"):
        compare_segments(tv, change=CHANGE, bands=[(9, 7)])
    with pytest.raises(InputError, match="cannot read the date"):
        compare_segments(tv, change="next spring")
    with pytest.raises(InputError, match="polygon"):
        check_areas("POLYGON EMPTY")


def test_before_after_with_a_network_layer_names_the_streets():
    tv = make_traversals(seed=22, n_users=30, tt_effect={"S2": 0.75}).drop(columns=["lon", "lat"])
    net = pd.DataFrame({"segment_id": list(SEGMENTS), "name": ["Rue " + s for s in SEGMENTS],
                        "geometry": [shapely.LineString([(x - 0.0005, y), (x + 0.0005, y)]).wkb
                                     for x, y in SEGMENTS.values()]})
    res = ba.before_after(traversals=tv, segments=net, study_area=STUDY, control_area=CONTROL, change=CHANGE,
                          n_boot=200, seed=22)
    seg = res.segments.set_index(["segment_id", "band"])
    assert seg.loc[("S2", "07-09"), "name"] == "Rue S2" and seg.loc[("S2", "07-09"), "in_study_area"]
    assert seg.loc[("C1", "07-09"), "in_control_area"] and not seg.loc[("C1", "07-09"), "in_study_area"]
    assert res.summary["segments"]["significant_faster"] >= 1
    html = summary_html(res)
    assert re.search(r"Rue S2 \(section S2\) \(forward\), (07-09|16-19): .*?, -2\d%", html)


def test_headlines_name_streets_and_rank_by_time_at_stake():
    from tracemob.tracemob_plugin.core.compare import beforeafter as B

    sig = pd.DataFrame({
        "segment_id": ["1", "2", "3", "4", "5"], "name": ["Rue A", "Rue A", "Rue A", "", "Rue B"],
        "ratio": [1.3, 1.25, 1.35, 4.0, 0.8], "tt_before_s": [20.0, 30.0, 10.0, 2.0, 40.0],
        "tt_after_s": [26.0, 37.5, 13.5, 8.0, 32.0], "per_day_after": [50.0, 40.0, 60.0, 1.0, 30.0]})
    streets = B._street_changes(sig)
    assert [s["name"] for s in streets] == ["Rue A"]          # Rue B has a single cell
    assert streets[0]["slower"] and streets[0]["cells"] == 3
    assert streets[0]["median_ratio"] == pytest.approx(1.3)
    stake = B._time_at_stake(sig)
    assert stake.tolist() == pytest.approx([300.0, 300.0, 210.0, 6.0, 240.0])
    # the 2 s stub that quadruples ranks last, not first
    assert int(np.argmin(stake)) == 3


# --- weighted to the population ---------------------------------------------------------------------------
def make_panel_trips(seed=0, n_young=80, n_old=20):
    """A panel that over-represents the young (80 %, 50 % of the population): the young drop the car
    from 30 % to 10 % of their trips at the change, the old keep 60 %. The population's car share goes
    from 45 % to 35 % (-10 points); the raw panel's from 36 % to 20 % (-16 points)."""
    rng = np.random.default_rng(seed)
    days = pd.date_range("2024-02-05", "2024-03-29", freq="D")
    days = days[days.dayofweek < 5]
    change = pd.Timestamp(CHANGE)
    rows, people = [], []
    for u in range(n_young + n_old):
        age = "young" if u < n_young else "old"
        people.append(("q{:03d}".format(u), age))
        for day in days:
            p_car = (0.1 if day >= change else 0.3) if age == "young" else 0.6
            for hour in (8.0, 18.0):
                rows.append(dict(user_id="q{:03d}".format(u), main_mode="car" if rng.random() < p_car else "bike",
                                 start_time=(day + pd.Timedelta(hours=hour)).tz_localize("Europe/Paris")
                                 .tz_convert("UTC"), origin_lon=2.30 + 0.001 * rng.random(), origin_lat=48.80))
    t = pd.DataFrame(rows)
    t["trip_id"] = ["t{}".format(i) for i in range(len(t))]
    t["distance_m"], t["duration_s"] = 3000.0, 900.0
    return t, pd.DataFrame(people, columns=["user_id", "age"])


def test_weighted_modal_share_before_after_recovers_the_population_change_with_replicate_ranges():
    from tracemob.tracemob_plugin.core.indicators import weighting as wt

    trips, people = make_panel_trips(seed=21)
    margins = {"age": {"young": 5000, "old": 5000}}
    weights = wt.rake(people, margins, trim=None).weights.set_index("user_id")["weight"].to_dict()
    reps = wt.replicate_weights(people, margins, n_boot=60, trim=None, seed=3)
    ms = compare_modal_share(trips, ZONES, change=CHANGE, n_boot=60, min_users=10, weights=weights,
                             replicate_weights=reps)
    car = ms[(ms["zone_id"] == "ALL") & (ms["mode"] == "car")].iloc[0]
    assert car["share_before"] == pytest.approx(36.0, abs=2.5) and car["share_after"] == pytest.approx(20.0, abs=2.5)
    assert car["share_before_weighted"] == pytest.approx(45.0, abs=2.5)
    assert car["share_after_weighted"] == pytest.approx(35.0, abs=2.5)
    assert car["change_weighted_ci_low"] < -10.0 < car["change_weighted_ci_high"]
    assert car["change_pp"] == pytest.approx(-16.0, abs=2.5)            # the raw panel's change
    assert not car["change_ci_low"] < -10.0 < car["change_ci_high"]     # whose range misses the truth
    # the weighted share is each trip counted with its participant's weight; counts stay real
    before = trips["start_time"] < pd.Timestamp(CHANGE, tz="Europe/Paris")
    w = trips["user_id"].map(weights).to_numpy()
    is_car = (trips["main_mode"] == "car").to_numpy()
    assert car["share_before_weighted"] == pytest.approx(100 * w[before & is_car].sum() / w[before].sum())
    assert car["users_before"] == 100 and car["trips_before"] == int((before & is_car).sum())
    assert ms["weighted"].all() and car["flag_weighted"] == "significant"
    plain = compare_modal_share(trips, ZONES, change=CHANGE, n_boot=60, min_users=10)
    assert not plain["weighted"].any() and "share_before_weighted" not in plain.columns
    # privacy on real participants: with 101 required, everything is masked, weighted figures too
    hidden = compare_modal_share(trips, ZONES, change=CHANGE, n_boot=20, min_users=101, weights=weights)
    assert hidden["masked"].all() and hidden["share_before_weighted"].isna().all()


def test_weighted_volumes_before_after_and_the_html_summary_says_weighted_against_which_margins(tmp_path):
    tv = make_traversals(seed=22, n_users=40, volume_effect={"S1": 0.5})
    users = sorted(set(tv["user_id"]))
    weights = {u: (3.0 if i % 2 else 1.0) for i, u in enumerate(users)}
    trips, people = make_panel_trips(seed=22)
    weights.update({u: (62.5 if a == "young" else 250.0) for u, a in zip(people["user_id"], people["age"])})
    res = ba.before_after(traversals=tv, trips=trips, zones=ZONES, study_area=STUDY, change=CHANGE, n_boot=100,
                          seed=2, weights=weights, margins="insee_pop.csv (age)")
    seg = res.segments
    s1 = cell(seg, "S1")
    sub = tv[(tv["segment_id"] == "S1") & (tv["entry_time"] < pd.Timestamp(CHANGE, tz="Europe/Paris"))]
    sub = sub[sub["entry_time"].dt.tz_convert("Europe/Paris").dt.hour.isin([7, 8])]
    expected = sub["user_id"].map(weights).sum() / s1["days_before"]
    assert s1["per_day_before_weighted"] == pytest.approx(expected)
    assert s1["volume_ratio_weighted"] == pytest.approx(0.5, abs=0.12)
    assert s1["volume_weighted_ci_low"] < s1["volume_ratio_weighted"] < s1["volume_weighted_ci_high"]
    assert s1["tt_before_s"] == pytest.approx(cell(ba.before_after(traversals=tv, change=CHANGE, n_boot=20)
                                                   .segments, "S1")["tt_before_s"])   # travel times unweighted
    html = summary_html(res)
    assert "Weighted to the population" in html and "insee_pop.csv (age)" in html
    assert "they leave out the uncertainty of the weights" in html
    m = re.search(r"all trips: weighted to the population, the car share went from (\d+)% to (\d+)% of trips "
                  r"\(([-+\d.]+) points.*?in the unweighted panel, from (\d+)% to (\d+)%", html)
    assert m and abs(int(m.group(1)) - 45) <= 3 and abs(int(m.group(2)) - 35) <= 3
    assert abs(int(m.group(4)) - 36) <= 3 and abs(int(m.group(5)) - 20) <= 3
    assert "traversals per day, weighted to the population" in html
    assert res.summary["weighting"] == {"margins": "insee_pop.csv (age)", "n_replicates": 0}
    unweighted = summary_html(ba.before_after(trips=trips, zones=ZONES, change=CHANGE, n_boot=50))
    assert "Weighted to the population" not in unweighted and "unweighted panel" not in unweighted
