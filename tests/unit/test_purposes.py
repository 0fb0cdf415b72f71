"""Places, home/work and trip purposes on constructed weeks with known truth."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.indicators import purposes as P
from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.geometry import haversine_m

TZ = "Europe/Paris"
HOME = (2.3500, 48.8500)
WORK = (2.3000, 48.8800)       # ~4.5 km away
SHOP = (2.3600, 48.8560)
GYM = (2.3400, 48.8420)
SCHOOL = (2.3550, 48.8470)     # child's school (escort)
DOCTOR = (2.3300, 48.8600)


def _jitter(lon, lat, rng, m=20.0):
    """A point within ~m metres of (lon, lat)."""
    dx, dy = rng.uniform(-m, m, 2)
    return lon + dx / (111_320 * np.cos(np.radians(lat))), lat + dy / 111_320


def build_week(user="u1", start="2024-03-04", n_days=7, seed=0, home=HOME, work=WORK, with_work=True):
    """Stays and trips of one participant for ``n_days`` from Monday ``start`` (local times).

    Weekdays: home -> (school drop-off on Mon/Thu) -> work 08:45-17:30 -> (shop on Tue) -> home; doctor
    on Wednesday morning before work. Saturday: shop in the morning, gym in the afternoon. Sunday: home all day.
    Returns (stays, trips, truth) where truth is the true purpose of each trip.
    """
    rng = np.random.default_rng(seed)
    day0 = pd.Timestamp(start, tz=TZ)
    seq = []  # (place, lon, lat, start, end, purpose_of_trip_arriving_here)
    first = True
    for d in range(n_days):
        day = day0 + pd.Timedelta(days=d)
        wd = day.weekday()
        H = lambda h, m=0: day + pd.Timedelta(hours=h, minutes=m)  # noqa: E731
        if first:
            seq.append(("home", *home, H(4, 0), H(7, 50), None))  # data start at 04:00
            first = False
        if wd < 5 and with_work:
            if wd in (0, 3):
                seq.append(("school", *SCHOOL, H(8, 5), H(8, 12), "escort"))
            if wd == 2:
                seq.append(("doctor", *DOCTOR, H(8, 50), H(9, 35), "personal_business"))
            seq.append(("work", *work, H(10, 0) if wd == 2 else H(8, 45), H(17, 30), "work"))
            if wd == 1:
                seq.append(("shop", *SHOP, H(17, 55), H(18, 35), "shopping"))
            seq.append(("home", *home, H(19, 0), H(31, 50), "home"))
        elif wd < 5:
            seq.append(("shop", *SHOP, H(10, 0), H(10, 40), "shopping"))
            seq.append(("home", *home, H(11, 0), H(31, 50), "home"))
        elif wd == 5:
            seq.append(("shop", *SHOP, H(10, 0), H(10, 50), "shopping"))
            seq.append(("home", *home, H(11, 15), H(14, 0), "home"))
            seq.append(("gym", *GYM, H(14, 30), H(16, 45), "leisure"))
            seq.append(("home", *home, H(17, 15), H(31, 50), "home"))
        else:
            seq.append(("gym", *GYM, H(10, 0), H(12, 0), "leisure"))
            seq.append(("home", *home, H(12, 30), H(31, 50), "home"))
    # merge consecutive home stays (Sunday -> Monday continuity is not needed: each ends 07:50)
    stays, trips, truth = [], [], []
    for i, (place, lon, lat, s, e, purpose) in enumerate(seq):
        jl, jt = _jitter(lon, lat, rng)
        stays.append(dict(stay_id=f"{user}_S{i}", user_id=user, start_time=s.tz_convert("UTC"),
                          end_time=e.tz_convert("UTC"), duration_s=(e - s).total_seconds(), is_activity=True,
                          lat=jt, lon=jl, n_points=10, true_place=place))
        if i > 0:
            prev = seq[i - 1]
            trips.append(dict(trip_id=f"{user}_T{i}", user_id=user, start_time=prev[4].tz_convert("UTC"),
                              end_time=s.tz_convert("UTC"), duration_s=(s - prev[4]).total_seconds(),
                              distance_m=1000.0, origin_stay_id=f"{user}_S{i-1}",
                              destination_stay_id=f"{user}_S{i}"))
            truth.append(purpose)
    return pd.DataFrame(stays), pd.DataFrame(trips), np.array(truth, dtype=object)


# --------------------------------------------------------------------------- places
def test_cluster_places_groups_visits_within_radius():
    stays, _, _ = build_week()
    st, places = P.cluster_places(stays, radius_m=100.0, tz=TZ)
    # every true place is exactly one cluster
    per_true = st.groupby("true_place")["place_id"].nunique()
    assert (per_true == 1).all()
    assert st.groupby("place_id")["true_place"].nunique().max() == 1
    assert len(places) == 6
    home = places[places["place_id"] == st.loc[st["true_place"] == "home", "place_id"].iloc[0]].iloc[0]
    assert home["place_id"] == "u1_P0"  # most time spent at home
    assert home["n_visits"] == (st["true_place"] == "home").sum()
    assert home["night_share"] > 0.5
    work = places[places["place_id"] == st.loc[st["true_place"] == "work", "place_id"].iloc[0]].iloc[0]
    assert work["workhours_share"] == pytest.approx(1.0)
    assert work["n_days"] == 5
    assert haversine_m(work["lat"], work["lon"], WORK[1], WORK[0]) < 30


def test_cluster_places_keeps_places_300m_apart_separate():
    s = pd.DataFrame({"stay_id": ["a", "b", "c"], "user_id": "u", "lat": [48.85, 48.8503, 48.85],
                      "lon": [2.35, 2.35, 2.3541],  # b is 33 m from a, c is 300 m east of a
                      "start_time": pd.to_datetime(["2024-03-04 08:00", "2024-03-05 08:00", "2024-03-06 08:00"],
                                                   utc=True),
                      "end_time": pd.to_datetime(["2024-03-04 09:00", "2024-03-05 09:00", "2024-03-06 09:00"],
                                                 utc=True)})
    st, places = P.cluster_places(s, radius_m=100.0)
    assert st["place_id"].iloc[0] == st["place_id"].iloc[1] != st["place_id"].iloc[2]
    assert len(places) == 2


def test_window_overlaps_counts_nights_and_weekdays():
    # a stay from Friday 20:00 to Monday 09:00 local: 3 nights, and only Monday's 08-09 working hour
    s = pd.Series(pd.to_datetime(["2024-03-08 20:00"]).tz_localize(TZ))
    e = pd.Series(pd.to_datetime(["2024-03-11 09:00"]).tz_localize(TZ))
    ls, le = P._local_seconds(s, TZ), P._local_seconds(e, TZ)
    _, days, ov = P._window_overlaps(ls, le, *P.NIGHT_WINDOW_H)
    assert len(days) == 3 and ov.sum() == pytest.approx(3 * 8 * 3600)
    _, days, ov = P._window_overlaps(ls, le, *P.WORK_WINDOW_H, weekdays_only=True)
    assert len(days) == 1 and ov.sum() == pytest.approx(3600)


# --------------------------------------------------------------------------- home / work
def test_home_and_work_found_within_100m():
    stays, _, _ = build_week()
    hw = P.detect_home_work(stays, tz=TZ)
    row = hw.iloc[0]
    assert row["reason"] == ""
    assert haversine_m(row["home_lat"], row["home_lon"], HOME[1], HOME[0]) < 100
    assert haversine_m(row["work_lat"], row["work_lon"], WORK[1], WORK[0]) < 100
    assert row["n_nights"] == 7 and row["n_home_nights"] == 7
    assert row["n_work_days"] == 5
    assert row["home_confidence"] == pytest.approx(1.0)
    assert row["work_confidence"] == pytest.approx(1.0)


def test_missing_home_and_work_have_reasons():
    # two days only: one night, and a participant who never goes to work
    stays, _, _ = build_week(n_days=1)
    stays2, _, _ = build_week(user="u2", with_work=False, seed=3)
    hw = P.detect_home_work(pd.concat([stays, stays2]), tz=TZ).set_index("user_id")
    assert hw.loc["u1", "home_place_id"] == ""
    assert "too few nights observed (1, at least 2 needed)" in hw.loc["u1", "reason"]
    assert "too few working days at one place (1, at least 2 needed)" in hw.loc["u1", "reason"]
    assert hw.loc["u2", "home_place_id"] != ""
    assert "work/study place not found: no place other than home holds 3 hours" in hw.loc["u2", "reason"]
    assert "home not found" not in hw.loc["u2", "reason"]
    assert np.isnan(hw.loc["u2", "work_lon"])


# --------------------------------------------------------------------------- purposes
def test_purposes_of_a_constructed_week():
    stays, trips, truth = build_week()
    out = P.infer_purposes(trips, stays, tz=TZ)
    got = out["purpose"].to_numpy(object)
    assert (got == truth).mean() == 1.0, list(zip(truth, got))
    assert (out["purpose_source"] == "model").all()
    assert (out.loc[out["purpose"] == "home", "purpose_confidence"] > 0.9).all()
    # commutes: home -> work on Tue and Fri (no stop before work), work -> home on Mon, Wed, Thu, Fri
    hw_trips = out[out["is_home_work"]]
    assert len(hw_trips) == 2 + 4
    assert set(hw_trips["purpose"]) == {"work", "home"}
    assert out["purpose_confidence"].between(0, 1).all()


def test_user_labels_win_and_teach_the_place():
    stays, trips, truth = build_week()
    trips = trips.copy()
    # the participant says the "work" place is their university, on one trip only;
    # and calls one home trip "shopping" (a label always wins, even against home)
    first_work = np.nonzero(truth == "work")[0][0]
    first_home = np.nonzero(truth == "home")[0][0]
    labels = pd.DataFrame({"user_id": ["u1", "u1"],
                           "start_time": trips["start_time"].iloc[[first_work, first_home]].to_numpy(),
                           "end_time": trips["end_time"].iloc[[first_work, first_home]].to_numpy(),
                           "purpose_confirm": ["school", "Shopping"]})
    out = P.infer_purposes(trips, stays, labels=labels, tz=TZ)
    assert out["purpose"].iloc[first_work] == "study" and out["purpose_source"].iloc[first_work] == "user"
    assert out["purpose"].iloc[first_home] == "shopping" and out["purpose_source"].iloc[first_home] == "user"
    assert out["purpose_confidence"].iloc[first_home] == 1.0
    # every other trip to the work place is study now (model)
    others = (truth == "work") & (np.arange(len(truth)) != first_work)
    assert (out.loc[others, "purpose"] == "study").all()
    assert (out.loc[others, "purpose_source"] == "model").all()


def test_purpose_confirm_column_on_trips_wins():
    stays, trips, truth = build_week()
    trips = trips.assign(purpose_confirm=np.where(truth == "leisure", "pick_drop_person", None))
    out = P.infer_purposes(trips, stays, tz=TZ)
    assert (out.loc[truth == "leisure", "purpose"] == "escort").all()
    assert (out.loc[truth == "leisure", "purpose_source"] == "user").all()


def test_openpath_labels_map_to_groups():
    got = P.normalise_purpose_label(["home", "work", "school", "shopping", "meal", "personal_med",
                                     "pick_drop_person", "exercise", "entertainment", "religious", "Achats",
                                     "something odd", None, "", "transit_transfer"])
    assert list(got) == ["home", "work", "study", "shopping", "leisure", "personal_business", "escort",
                         "leisure", "leisure", "leisure", "shopping", "other", "", "", "other"]
    # OpenPATH trip survey answers (real e-mission data), several answers: the first one wins
    got = P.normalise_purpose_label(["pick_up_or_drop_off_someone buy_something", "recreational__eg__exercise",
                                     "go_home", "accompany_someone pick_up_or_deliver_something",
                                     "Doctor visit", "grocery run"])
    assert list(got) == ["escort", "leisure", "home", "escort", "personal_business", "shopping"]


def test_nobody_with_enough_data_is_an_input_error():
    stays, trips, _ = build_week(n_days=1)
    with pytest.raises(InputError) as err:
        P.infer_purposes(trips, stays, tz=TZ)
    msg = str(err.value)
    assert "no participant has enough data to find a home" in msg and "u1: home not found" in msg
    # explicitly allowed: purposes from the rules only, no commute
    out = P.infer_purposes(trips, stays, tz=TZ, require_home=False)
    assert not out["is_home_work"].any()
    assert len(out) == len(trips)
    # the place the day starts from stands in for home (weakly) in the purposes
    assert out["purpose"].tolist() == ["escort", "work", "home"]
    assert out["purpose_confidence"].iloc[-1] == pytest.approx(0.45)


def test_no_stays_and_bad_timezone():
    _, trips, _ = build_week()
    with pytest.raises(InputError, match="no stays"):
        P.infer_purposes(trips, trips.iloc[0:0], tz=TZ)
    stays, trips, _ = build_week()
    with pytest.raises(InputError, match="unknown time zone"):
        P.infer_purposes(trips, stays, tz="Mars/Olympus")


def test_other_participants_labels_of_a_public_place_are_evidence():
    # three participants call the "shop" a place for meals; a fourth never labels anything
    parts = [build_week(user=u, seed=i) for i, u in enumerate(("u1", "u2", "u3", "u4"))]
    stays = pd.concat([p[0] for p in parts], ignore_index=True)
    trips = pd.concat([p[1] for p in parts], ignore_index=True)
    truth = np.concatenate([p[2] for p in parts])
    labelled = (truth == "shopping") & (trips["user_id"] != "u4").to_numpy()
    trips["purpose_confirm"] = np.where(labelled, "meal", None)
    u4_shop = (trips["user_id"] == "u4").to_numpy() & (truth == "shopping")
    saturday = pd.to_datetime(trips["end_time"]).dt.tz_convert(TZ).dt.weekday.to_numpy() == 5
    with_shared = P.infer_purposes(trips, stays, tz=TZ)
    alone = P.infer_purposes(trips, stays, tz=TZ, shared_labels=False)
    assert (with_shared.loc[labelled, "purpose"] == "leisure").all()
    # an ambiguous Saturday-morning visit follows the others' labels; the short after-work stop stays shopping
    assert with_shared.loc[u4_shop & saturday, "purpose"].tolist() == ["leisure"]
    assert with_shared.loc[u4_shop & ~saturday, "purpose"].tolist() == ["shopping"]
    assert alone.loc[u4_shop, "purpose"].tolist() == ["shopping", "shopping"]
    assert (with_shared.loc[u4_shop, "purpose_source"] == "model").all()


def test_progress_and_cancel():
    from tracemob.tracemob_plugin.core.errors import Cancelled

    stays, trips, _ = build_week()
    seen = []
    P.infer_purposes(trips, stays, tz=TZ, progress=seen.append)
    assert seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen) and seen == sorted(seen)
    with pytest.raises(Cancelled):
        P.infer_purposes(trips, stays, tz=TZ, is_cancelled=lambda: True)


def test_trip_without_destination_stay_gets_the_nearest_place():
    stays, trips, truth = build_week()
    last_home = np.nonzero(truth == "home")[0][-1]
    trips = trips.copy()
    trips.loc[last_home, "destination_stay_id"] = ""           # the data end while arriving home
    dropped = P.infer_purposes(trips, stays, tz=TZ)
    assert dropped["destination_place_id"].iloc[last_home] == ""
    trips["destination_lon"] = np.nan
    trips["destination_lat"] = np.nan
    trips.loc[last_home, ["destination_lon", "destination_lat"]] = [HOME[0] + 0.0005, HOME[1]]  # ~37 m away
    out = P.infer_purposes(trips, stays, tz=TZ)
    assert out["destination_place_id"].iloc[last_home] == "u1_P0"
    assert out["purpose"].iloc[last_home] == "home"
    trips.loc[last_home, ["destination_lon", "destination_lat"]] = [HOME[0] + 0.004, HOME[1]]  # ~290 m: too far
    assert P.infer_purposes(trips, stays, tz=TZ)["destination_place_id"].iloc[last_home] == ""


def test_labels_of_another_participant_or_another_time_do_not_match():
    stays, trips, _ = build_week()
    lab = pd.DataFrame({"user_id": ["someone_else", "u1"],
                        "start_time": [trips["start_time"].iloc[0], trips["start_time"].iloc[0] + pd.Timedelta(hours=2)],
                        "end_time": [trips["end_time"].iloc[0], trips["end_time"].iloc[0] + pd.Timedelta(hours=2)],
                        "purpose_confirm": ["work", "work"]})
    out = P.infer_purposes(trips, stays, labels=lab, tz=TZ)
    assert (out["purpose_source"] == "model").all()
