"""Forfait mobilités durables: day counts by mode, thresholds, prorating, PDFs, bad input.

Generated data with known truth: each participant's year is written day by day (which commute,
which mode, on which date), so the expected counts are known exactly.
"""
import re
import zlib

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.indicators import fmd
from tracemob.tracemob_plugin.core.errors import InputError

HOME = (7.262019, 43.703145)  # coordinates that must never appear on an attestation
WORK = (7.281377, 43.695712)


def _weekdays(year, month, n, start_day=1):
    days = pd.bdate_range("{}-{:02d}-{:02d}".format(year, month, start_day), periods=n)
    return [d for d in days]


class Builder:
    """Trips (with is_home_work) and legs for a year, one call per commute."""

    def __init__(self):
        self.trips, self.legs = [], []

    def commute(self, user, day, legs, hour=8, home_work=True):
        """``legs``: list of (mode, distance_m, mode_label)."""
        tid = "{}_T{}".format(user, len(self.trips))
        start = pd.Timestamp(day).tz_localize("Europe/Paris") + pd.Timedelta(hours=hour)
        t = start
        for k, (mode, dist, label) in enumerate(legs):
            dur = pd.Timedelta(minutes=10)
            self.legs.append({"leg_id": "{}_L{}".format(tid, k), "trip_id": tid, "user_id": user,
                              "start_time": t.tz_convert("UTC"), "end_time": (t + dur).tz_convert("UTC"),
                              "distance_m": float(dist), "mode": mode, "mode_label": label})
            t = t + dur
        self.trips.append({"trip_id": tid, "user_id": user, "start_time": start.tz_convert("UTC"),
                           "end_time": t.tz_convert("UTC"), "distance_m": float(sum(d for _, d, _ in legs)),
                           "is_home_work": home_work, "purpose": "work" if home_work else "leisure"})
        return tid

    def frames(self):
        return pd.DataFrame(self.trips), pd.DataFrame(self.legs)


def truth_data():
    """u_bike: 40 bike days (2 commutes each), 12 e-bike days, 5 carpool days (label), 8 car-alone
    days, 6 weekend leisure rides, 4 weekday leisure rides, 3 mixed commutes (2 eligible)."""
    b = Builder()
    year = 2024
    days = pd.bdate_range("2024-01-02", periods=90)
    bike_days, ebike_days = days[:40], days[40:52]
    carpool_days, car_days, mixed_days = days[52:57], days[57:65], days[65:68]
    for d in bike_days:
        b.commute("u_bike", d, [("walk", 100, ""), ("bike", 4000, "")], hour=8)
        b.commute("u_bike", d, [("bike", 4000, "")], hour=18)  # second commute: same day counts once
    for d in ebike_days:
        b.commute("u_bike", d, [("ebike", 4200, "")])
    for d in carpool_days:
        b.commute("u_bike", d, [("car", 9000, "shared_ride")])
    for d in car_days:
        b.commute("u_bike", d, [("car", 9000, "")])
    # mixed: bike 3 km + train 2 km (eligible: the train is a feeder, left out), bike 1 km + car 4 km (not: 20 %),
    # walk-only (not)
    b.commute("u_bike", mixed_days[0], [("bike", 3000, ""), ("train", 2000, "")])
    b.commute("u_bike", mixed_days[1], [("bike", 1000, ""), ("car", 4000, "")])
    b.commute("u_bike", mixed_days[2], [("walk", 1500, "")])
    # weekend and weekday leisure rides: not commutes
    for d in pd.date_range("2024-03-02", periods=6, freq="7D"):  # Saturdays
        b.commute("u_bike", d, [("bike", 20000, "")], hour=10, home_work=False)
    for d in days[70:74]:
        b.commute("u_bike", d, [("bike", 5000, "")], hour=19, home_work=False)
    # a day where the morning is by carpool (9 km) and the evening by bike (4 km): one carpool day
    b.commute("u_bike", days[80], [("car", 9000, "carpool")], hour=8)
    b.commute("u_bike", days[80], [("bike", 4000, "")], hour=18)
    # trips of another year do not count
    b.commute("u_bike", "2023-12-15", [("bike", 4000, "")])
    # u_part: part time 50 %, 16 escooter days; u_car: drives alone every day
    for d in days[:16]:
        b.commute("u_part", d, [("escooter", 2500, "")])
    for d in days[:50]:
        b.commute("u_car", d, [("car", 15000, "")])
    trips, legs = b.frames()
    truth = {"u_bike": {"bike": 40 + 1, "ebike": 12, "escooter": 0, "carpool": 5 + 1},
             "u_part": {"bike": 0, "ebike": 0, "escooter": 16, "carpool": 0},
             "u_car": {"bike": 0, "ebike": 0, "escooter": 0, "carpool": 0}}
    return year, trips, legs, truth


@pytest.fixture(scope="module")
def data():
    return truth_data()


@pytest.fixture(scope="module")
def result(data):
    year, trips, legs, _ = data
    parts = pd.DataFrame({"user_id": ["u_bike", "u_part", "u_car"], "name": ["Alice Martin", "", ""],
                          "working_time_share": [1.0, 50, 1.0], "months_present": [12, 12, 12]})
    return fmd.fmd_attestations(trips, year, legs=legs, participants=parts)


def _row(res, user):
    return res.table.set_index("user_id").loc[user]


# ------------------------------------------------------------------------------------- rules
def test_default_rules_are_the_public_sector_table():
    rules = fmd.read_rules()
    assert rules.tiers["min_days"].tolist() == [30, 60, 100]
    assert rules.tiers["amount"].tolist() == [100, 200, 300]
    assert rules.eligible_modes == ("bike", "ebike", "escooter", "carpool")
    assert rules.min_eligible_share == 0.5 and rules.prorate_threshold and not rules.prorate_amount
    assert rules.version == "FR-public-2022-12"
    assert "2022-1562" in rules.metadata["legal_basis"]


@pytest.mark.parametrize("days,share,amount,tier_days", [
    (29, 1.0, 0, 0), (30, 1.0, 100, 30), (59, 1.0, 100, 30), (60, 1.0, 200, 60), (99, 1.0, 200, 60),
    (100, 1.0, 300, 100), (180, 1.0, 300, 100),
    (14, 0.5, 0, 0), (15, 0.5, 100, 15), (30, 0.5, 200, 30), (50, 0.5, 300, 50),
    (17, 7 / 12, 0, 0), (18, 7 / 12, 100, 18),  # 30 * 7/12 = 17.5 -> 18 days needed
    (24, 0.8, 100, 24), (23, 0.8, 0, 0),
])
def test_thresholds_and_prorating(days, share, amount, tier_days):
    rules = fmd.read_rules()
    tier, got, first = rules.evaluate(np.array([days]), np.array([share]))
    assert got[0] == amount
    if tier_days:
        assert int(np.ceil(round(rules.thresholds(np.array([share]))[0][tier[0]], 6))) == tier_days
    assert first[0] == pytest.approx(30 * share)


def test_private_rule_file(tmp_path):
    path = tmp_path / "acme.csv"
    path.write_text("# name: ACME\n# version: 2025\n# eligible_modes: bike, ebike\n# min_eligible_share: 0.8\n"
                    "# prorate_amount: yes\n# See the README: free comment\nmin_days,amount\n20,400\n",
                    encoding="utf-8")
    rules = fmd.read_rules(path)
    assert rules.label == "ACME 2025" and rules.eligible_modes == ("bike", "ebike")
    _, amount, _ = rules.evaluate(np.array([20, 10, 19]), np.array([1.0, 0.5, 1.0]))
    assert amount.tolist() == [400, 200, 0]


@pytest.mark.parametrize("text,field", [
    ("# bonus_days: 3\nmin_days,amount\n30,100\n", "bonus_days"),
    ("min_days,amount,bonus\n30,100,1\n", "bonus"),
    ("min_days\n30\n", "amount"),
    ("min_days,amount\n30,abc\n", "amount"),
    ("min_days,amount\n60,100\n30,200\n", "min_days"),
    ("# eligible_modes: bike, hoverboard\nmin_days,amount\n30,100\n", "eligible_modes"),
    ("# min_eligible_share: 1.5\nmin_days,amount\n30,100\n", "min_eligible_share"),
    ("# prorate_amount: maybe\nmin_days,amount\n30,100\n", "prorate_amount"),
])
def test_bad_rule_files_name_the_field(text, field):
    with pytest.raises(InputError) as err:
        fmd.parse_rules(text, file="mine.csv")
    assert err.value.field == field
    assert "mine.csv" in str(err.value) and field in str(err.value)


# ---------------------------------------------------------------------------------- day counts
def test_days_by_mode_match_the_truth(result, data):
    _, _, _, truth = data
    for user, modes in truth.items():
        row = _row(result, user)
        for mode, n in modes.items():
            assert row["days_" + mode] == n, (user, mode)
        assert row["total_days"] == sum(modes.values())


def test_weekend_leisure_and_car_days_do_not_count(result, data):
    days = result.days[result.days["user_id"] == "u_bike"]
    assert not (days["date"].dt.dayofweek >= 5).any()
    assert len(days) == 59
    assert pd.Timestamp("2023-12-15") not in set(days["date"])
    assert _row(result, "u_car")["total_days"] == 0 and not _row(result, "u_car")["eligible"]


def test_two_commutes_a_day_count_once_and_the_longest_mode_wins(result):
    days = result.days.set_index(["user_id", "date"])
    first = pd.bdate_range("2024-01-02", periods=1)[0]
    assert days.loc[("u_bike", first), "n_commutes"] == 2
    mixed = pd.bdate_range("2024-01-02", periods=90)[80]
    assert days.loc[("u_bike", mixed), "mode"] == "carpool"
    assert days.loc[("u_bike", mixed), "modes"] == "bike,carpool"


def test_mixed_commutes_follow_the_half_distance_rule(result, data):
    c = result.commutes.set_index("trip_id")
    legs = data[2]
    with_train = legs.loc[legs["mode"] == "train", "trip_id"].unique()
    assert len(with_train) == 1
    assert c.loc[with_train[0], "fmd_mode"] == "bike" and c.loc[with_train[0], "eligible_share"] == 1.0
    bike_car = c[c["eligible_share"].round(2) == 0.2]
    assert len(bike_car) == 1 and (bike_car["fmd_mode"] == "").all()
    # the 100 m walk to the bike does not lower the share
    assert (c.loc[(c["user_id"] == "u_bike") & (c["fmd_mode"] == "bike"), "eligible_share"] >= 0.6).all()


def test_amounts_and_part_time(result):
    bike = _row(result, "u_bike")
    assert bike["total_days"] == 59 and bike["amount"] == 100 and bike["threshold_days"] == 30
    assert bike["name"] == "Alice Martin"
    part = _row(result, "u_part")  # 50 % -> 15 days needed, 16 measured
    assert part["share"] == 0.5 and part["threshold_days"] == 15 and part["amount"] == 100 and part["eligible"]
    assert part["name"] == "u_part"
    assert _row(result, "u_car")["amount"] == 0


def test_arrival_during_the_year_prorates(data):
    year, trips, legs, _ = data
    parts = pd.DataFrame({"user_id": ["u_bike"], "working_time_share": [0.8], "months_present": [6]})
    res = fmd.fmd_attestations(trips, year, legs=legs, participants=parts)
    row = _row(res, "u_bike")
    # share 0.4: 12 / 24 / 40 days; 59 days -> the 100-day tier (40 days) -> 300
    assert row["share"] == pytest.approx(0.4) and row["threshold_days"] == 12 and row["tier_days"] == 40
    assert row["amount"] == 300


def test_carpool_from_trip_labels_without_legs():
    b = Builder()
    for d in pd.bdate_range("2024-05-06", periods=31):
        b.commute("u", d, [("car", 12000, "")])
    trips, _ = b.frames()
    trips["mode"] = "car"
    trips["mode_confirm"] = "e_car_shared_ride"
    res = fmd.fmd_attestations(trips, 2024)
    row = _row(res, "u")
    assert row["days_carpool"] == 31 and row["amount"] == 100


# ------------------------------------------------------------------------------------- bad input
def test_year_without_trips(data):
    year, trips, legs, _ = data
    with pytest.raises(InputError) as err:
        fmd.fmd_attestations(trips, 2019, legs=legs)
    assert "2019" in str(err.value) and "2023 to 2024" in str(err.value)


def test_missing_home_work_names_the_participant(data):
    year, trips, legs, _ = data
    t = trips.copy()
    t.loc[t["user_id"] == "u_car", "is_home_work"] = False
    res = fmd.fmd_attestations(t, year, legs=legs)
    assert any("u_car" in w for w in res.warnings)
    assert _row(res, "u_car")["status"] == fmd.STATUS_NO_HOME_WORK
    only = t[t["user_id"] == "u_car"]
    with pytest.raises(InputError) as err:
        fmd.fmd_attestations(only, year, legs=legs)
    assert "u_car" in str(err.value)


def test_trips_without_purposes_and_without_stays(data):
    year, trips, legs, _ = data
    with pytest.raises(InputError) as err:
        fmd.fmd_attestations(trips.drop(columns="is_home_work"), year, legs=legs)
    assert err.value.field == "is_home_work"


@pytest.mark.parametrize("table,field", [
    (pd.DataFrame({"who": ["a"]}), "user_id"),
    (pd.DataFrame({"user_id": ["u_bike"], "working_time_share": [1.5]}), "working_time_share"),
    (pd.DataFrame({"user_id": ["u_bike"], "months_present": [13]}), "months_present"),
    (pd.DataFrame({"user_id": ["u_bike"], "months_present": [0]}), "months_present"),
    (pd.DataFrame({"user_id": ["u_bike", "u_bike"]}), "user_id"),
])
def test_bad_participants_table(data, table, field):
    year, trips, legs, _ = data
    with pytest.raises(InputError) as err:
        fmd.fmd_attestations(trips, year, legs=legs, participants=table)
    assert err.value.field == field


# ------------------------------------------------------------------------------------------ PDF
def pdf_text(path):
    """Text drawn in a matplotlib PDF (Type 3 fonts: strings are literal in the content streams)."""
    raw = path.read_bytes()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            body = zlib.decompress(m.group(1))
        except zlib.error:
            body = m.group(1)
        for arr in re.finditer(rb"\[(.*?)\]\s*TJ|\((.*?)(?<!\\)\)\s*Tj", body, re.S):
            chunk = arr.group(1) if arr.group(1) is not None else b"(" + arr.group(2) + b")"
            out.append(b"".join(re.findall(rb"\(((?:[^()\\]|\\.)*)\)", chunk)).decode("cp1252", "replace"))
    return "\n".join(out).replace("\\(", "(").replace("\\)", ")")


def test_pdf_attestations_have_the_fields_and_no_place(result, tmp_path):
    paths = fmd.write_attestations(result, tmp_path, employer="Departement des Alpes-Maritimes",
                                   issued="2025-01-15")
    assert set(paths) == {"u_bike", "u_part", "u_car"}
    path = fmd.attestation_path(tmp_path, 2024, "u_bike")
    assert paths["u_bike"] == str(path) and path.read_bytes()[:5] == b"%PDF-"
    text = pdf_text(path)
    for expected in ("Alice Martin", "Departement des Alpes-Maritimes", "Total eligible days: 59",
                     "bike: 41 day(s)", "e-bike: 12 day(s)", "carpool: 6 day(s)", "Amount: 100",
                     "FR-public-2022-12", "Counted from measured home", "Issued on 2025-01-15", "January"):
        assert expected in text, expected
    lines = fmd.attestation_lines(result, "u_bike", employer="X")
    drawn = " ".join(t for _, t in lines)
    for value in HOME + WORK:
        for digits in ("{:.2f}".format(value), "{:.3f}".format(value), "{:.4f}".format(value)):
            assert digits not in text and digits not in drawn
    assert not re.search(r"\d+\.\d{3,}", drawn)  # no coordinate-like number anywhere
    assert not re.search(r"\b(rue|avenue|boulevard|lat|lon)\b", drawn, re.I)


def test_pdf_follows_the_translator(result, tmp_path):
    from tracemob.tracemob_plugin.core import i18n

    french = {"Total eligible days: {n}": "Total des jours éligibles : {n}", "January": "janvier"}
    i18n.set_translator(lambda ctx, text: french.get(text, text))
    try:
        fmd.write_attestations(result, tmp_path, users=["u_part"])
    finally:
        i18n.set_translator(None)
    text = pdf_text(fmd.attestation_path(tmp_path, 2024, "u_part"))
    assert "Total des jours éligibles : 16" in text and "janvier" in text


def test_pdf_never_overwrites_an_input(result, tmp_path):
    victim = fmd.attestation_path(tmp_path, 2024, "u_bike")
    victim.write_bytes(b"input")
    with pytest.raises(InputError):
        fmd.write_attestations(result, tmp_path, users=["u_bike"], protect=[victim])
    assert victim.read_bytes() == b"input"


# ------------------------------------------------------------------- from trips + stays (purposes)
def stays_world():
    """u_stay: 35 weekdays home -> work by bike and back (+ 4 Saturday rides home -> park -> home);
    u_thin: a single day (too few nights for a home)."""
    stays, trips, legs = [], [], []
    tz = "Europe/Paris"

    def stay(user, start, end, lonlat):
        sid = "{}_S{}".format(user, len(stays))
        stays.append({"stay_id": sid, "user_id": user, "start_time": start.tz_convert("UTC"),
                      "end_time": end.tz_convert("UTC"), "duration_s": (end - start).total_seconds(),
                      "is_activity": True, "lon": lonlat[0], "lat": lonlat[1], "n_points": 10})
        return sid

    def trip(user, o, d, start, end, mode, dist):
        tid = "{}_T{}".format(user, len(trips))
        trips.append({"trip_id": tid, "user_id": user, "start_time": start.tz_convert("UTC"),
                      "end_time": end.tz_convert("UTC"), "duration_s": (end - start).total_seconds(),
                      "distance_m": dist, "origin_stay_id": o, "destination_stay_id": d})
        legs.append({"leg_id": tid + "_L0", "trip_id": tid, "user_id": user, "start_time": start.tz_convert("UTC"),
                     "end_time": end.tz_convert("UTC"), "distance_m": dist, "mode": mode, "mode_label": ""})

    park = (7.30, 43.72)
    for user, n_days in (("u_stay", 35), ("u_thin", 1)):
        days = [d for d in pd.date_range("2024-09-02", periods=60, freq="D", tz=tz) if d.dayofweek < 6]
        weekdays = [d for d in days if d.dayofweek < 5][:n_days]
        days = [d for d in days if d <= weekdays[-1]]
        home_start = weekdays[0] - pd.Timedelta(hours=6)
        for d in days:
            h = lambda x: d + pd.Timedelta(hours=x)  # noqa: E731
            out, back, other, dist = (7.8, 17.8, WORK, 2100.0) if d.dayofweek < 5 else (10.5, 13.0, park, 3500.0)
            home = stay(user, home_start, h(out), HOME)  # the night before, until the departure
            place = stay(user, h(out + 0.4), h(back), other)
            trip(user, home, place, h(out), h(out + 0.4), "bike", dist)
            home_start = h(back + 0.4)
            # the home stay after the return is the next loop's "home": its id is the next stay id
            trip(user, place, "{}_S{}".format(user, len(stays)), h(back), home_start, "bike", dist)
        stay(user, home_start, home_start + pd.Timedelta(hours=13), HOME)
    return pd.DataFrame(trips), pd.DataFrame(stays), pd.DataFrame(legs)


def test_home_work_detected_from_stays():
    trips, stays, legs = stays_world()
    res = fmd.fmd_attestations(trips, 2024, legs=legs, stays=stays)
    row = _row(res, "u_stay")
    assert row["status"] == fmd.STATUS_OK
    assert row["days_bike"] == 35 and row["total_days"] == 35 and row["amount"] == 100
    days = res.days[res.days["user_id"] == "u_stay"]
    assert (days["date"].dt.dayofweek < 5).all()  # Saturday rides are leisure, not commutes
    assert _row(res, "u_thin")["status"] == fmd.STATUS_NO_HOME_WORK
    assert any("u_thin" in w for w in res.warnings)
    with pytest.raises(InputError) as err:
        fmd.fmd_attestations(trips[trips["user_id"] == "u_thin"], 2024, legs=legs,
                             stays=stays[stays["user_id"] == "u_thin"])
    assert "u_thin" in str(err.value)


def test_full_year_of_commutes_spans_pages_and_reaches_the_top_tier(tmp_path):
    b = Builder()
    days = pd.bdate_range("2025-01-02", "2025-12-31")
    for d in days[len(days) - 230:]:  # February to December
        b.commute("u_year", d, [("ebike", 6000, "")])
    trips, legs = b.frames()
    trips["is_home_work"] = trips["is_home_work"].map({True: "true", False: "false"})  # text from a CSV
    res = fmd.fmd_attestations(trips, 2025, legs=legs)
    row = _row(res, "u_year")
    assert row["days_ebike"] == 230 and row["amount"] == 300 and row["tier_days"] == 100
    path = fmd.write_attestations(res, tmp_path)["u_year"]
    text = pdf_text(pdf_path := fmd.attestation_path(tmp_path, 2025, "u_year"))
    assert path == str(pdf_path)
    assert "December (" in text and "January (" not in text and "Total eligible days: 230" in text and "Amount: 300" in text
    n_pages = len(re.findall(rb"/Type\s*/Page\b", pdf_path.read_bytes()))
    assert n_pages >= 1


def test_as_bool_reads_text_and_numbers():
    assert fmd.as_bool(pd.Series(["true", "False", "1", "oui", None, ""])).tolist() == [True, False, True, True,
                                                                                         False, False]
    assert fmd.as_bool(pd.Series([1.0, 0.0, np.nan])).tolist() == [True, False, False]


def test_progress_and_cancel(data, tmp_path):
    from tracemob.tracemob_plugin.core.errors import Cancelled

    year, trips, legs, _ = data
    seen = []
    res = fmd.fmd_attestations(trips, year, legs=legs, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        fmd.fmd_attestations(trips, year, legs=legs, is_cancelled=lambda: True)
    with pytest.raises(Cancelled):
        fmd.write_attestations(res, tmp_path, is_cancelled=lambda: True)
    assert not list(tmp_path.glob("*.pdf"))


def test_attestation_file_names_are_unique_per_exact_user_id_and_stay_in_the_folder(tmp_path):
    a = fmd.attestation_path(tmp_path, 2026, "Hélène/1")
    b = fmd.attestation_path(tmp_path, 2026, "Hèlène/1")
    assert a != b
    assert a.name.startswith("fmd_2026_Helene_1_") and re.fullmatch(r"fmd_2026_Helene_1_[0-9a-f]{12}\.pdf", a.name)
    assert fmd.attestation_path(tmp_path, 2026, "Hélène/1") == a  # stable
    names = set()
    for user in ("../../etc/passwd", "..", "/abs/path", "a\x00b\nc", "\x1b[31m", "CON", "", "a/b", "a_b", "a b"):
        path = fmd.attestation_path(tmp_path, 2026, user)
        assert path.parent == tmp_path and path.resolve().parent == tmp_path.resolve(), user
        assert "/" not in path.name and ".." not in path.name and not re.search(r"[\x00-\x1f]", path.name)
        names.add(path.name)
    assert len(names) == 10  # "a/b", "a_b" and "a b" look alike, their files differ
    import hashlib

    assert fmd.user_file_key("Hélène/1") == hashlib.sha256("Hélène/1".encode()).hexdigest()[:12]


# ------------------------------------------------------------------------------------- public transport
def _pt_commutes():
    """A generated year of a bike-and-train commuter (3 km by bike to the station, 25 km by train, 600 m on foot:
    60 days), a bus-only commuter (40 days), and a commuter riding 1 km by bike then 9 km by car (30 days)."""
    b = Builder()
    days = pd.bdate_range("2024-02-01", periods=60)
    for d in days:
        b.commute("u_bike_train", d, [("walk", 200, ""), ("bike", 3000, ""), ("train", 25000, ""),
                                      ("walk", 600, "")])
        b.commute("u_bike_train", d, [("walk", 600, ""), ("train", 25000, ""), ("bike", 3000, "")], hour=18)
    for d in days[:40]:
        b.commute("u_bus", d, [("walk", 400, ""), ("bus", 6000, ""), ("walk", 300, "")])
    for d in days[:30]:
        b.commute("u_bike_car", d, [("bike", 1000, ""), ("car", 9000, "")])
    for d in days[:35]:   # 2 km by bike to the pier, 8 km by river shuttle, 5 km by coach
        b.commute("u_bike_ferry_coach", d, [("bike", 2000, ""), ("ferry", 8000, ""), ("coach", 5000, "")])
    return b.frames()


def test_public_transport_feeds_the_bike_leg():
    """The public-sector rules leave public transport out of both sides (the FMD is cumulable with the
    reimbursement of the transport pass, décret 2022-1562): the bike ride to the station makes the day; public
    transport alone never counts; a car is no feeder."""
    rules = fmd.read_rules()
    assert rules.feeder_modes == ("bus", "coach", "tram", "metro", "train", "ferry")
    trips, legs = _pt_commutes()
    res = fmd.fmd_attestations(trips, 2024, legs=legs)
    assert _row(res, "u_bike_train")["days_bike"] == 60 and _row(res, "u_bike_train")["amount"] == 200
    assert _row(res, "u_bus")["total_days"] == 0 and _row(res, "u_bike_car")["total_days"] == 0
    # the ferry and the coach are public transport too: the bike ride to the pier makes the day
    assert _row(res, "u_bike_ferry_coach")["days_bike"] == 35 and _row(res, "u_bike_ferry_coach")["amount"] == 100
    c = res.commutes
    assert (c.loc[c.user_id == "u_bike_train", "eligible_share"] == 1.0).all()
    assert (c.loc[c.user_id == "u_bike_car", "eligible_share"].round(2) == 0.1).all()
    # a rule file without feeder modes: the 25 km of train outweigh the 3 km of bike
    text = fmd.DEFAULT_RULES.read_text(encoding="utf-8").replace("# feeder_modes: bus, coach, tram, metro, train, ferry\n", "")
    assert "feeder_modes" not in text.split("min_days")[0]
    strict = fmd.fmd_attestations(trips, 2024, legs=legs, rules=fmd.parse_rules(text, "strict.csv"))
    assert _row(strict, "u_bike_train")["total_days"] == 0


def test_feeder_mode_cannot_be_eligible():
    text = fmd.DEFAULT_RULES.read_text(encoding="utf-8").replace("feeder_modes: bus,", "feeder_modes: bike, bus,")
    with pytest.raises(InputError) as err:
        fmd.parse_rules(text, "r.csv")
    assert err.value.field == "feeder_modes" and "bike" in str(err.value)
    text = fmd.DEFAULT_RULES.read_text(encoding="utf-8").replace("feeder_modes: bus,", "feeder_modes: boat,")
    with pytest.raises(InputError) as err:
        fmd.parse_rules(text, "r.csv")
    assert err.value.field == "feeder_modes"
