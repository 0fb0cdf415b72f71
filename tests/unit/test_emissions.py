"""Emission factors and CO2e per leg: hand-checked values, bad tables, real e-mission sections."""
import json

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.indicators import emissions as em
from tracemob.tracemob_plugin.core.errors import Cancelled, InputError

HEADER = "mode,variant,unit,usage_g_per_km,construction_g_per_km,min_km,max_km,occupancy,active\n"


@pytest.fixture(scope="module")
def table():
    return em.load_factor_table()


def legs(*rows):
    return pd.DataFrame([dict(leg_id=f"L{i}", trip_id=f"T{i}", user_id="u", mode=m, distance_m=d, **extra)
                         for i, (m, d, extra) in enumerate(rows)])


# --- shipped table --------------------------------------------------------------------------------
def test_shipped_table_metadata_and_values(table):
    assert table.version == "2025-10"
    assert table.published == "2025-10-16"
    assert "Impact CO2" in table.name
    act = table.active
    # every mode but 'unknown' and 'ferry' (no ADEME factor could be verified: README) has a factor, and the ADEME
    # numbers are the ones in the CSV
    assert set(act["mode"]) == set(em.FACTOR_MODES) - {"ferry"}
    assert "ferry" in em.FACTOR_MODES and "no row" in table.metadata["ferry"]
    # the coach: Impact CO2's "Autocar" (Base Empreinte 43740), no longer an inactive bus variant
    assert table.factor("coach") == pytest.approx(33.14)
    assert table.factor("coach", scope="usage+construction") == pytest.approx(33.14 + 4.42)
    assert act.loc[act["mode"] == "coach", "base_empreinte_id"].tolist() == ["43740"]
    assert "Autocar" not in set(table.rows.loc[table.rows["mode"] == "bus", "variant"])
    car = act[act["mode"] == "car"].iloc[0]
    assert (car["unit"], car["usage_g_per_km"], car["construction_g_per_km"]) == ("vkm", 192.0, 25.6)
    assert table.factor("bus") == 113.5
    assert table.factor("bus", scope="usage+construction") == pytest.approx(113.5 + 8.92)
    assert table.factor("train", 20) == 22.9        # TER under 150 km
    assert table.factor("train", 400) == 2.3        # TGV from 150 km
    assert table.factor("plane", 800) == pytest.approx(224.2)
    assert table.factor("plane", 1500) == pytest.approx(184.3)
    assert table.factor("plane", 6000) == pytest.approx(166.5)
    assert np.isnan(table.factor("unknown"))


def test_car_leg_divided_by_occupancy(table):
    out = em.compute_emissions(legs(("car", 10_000.0, {})), table, car_occupancy=1.5)
    assert out["co2e_g"].iloc[0] == pytest.approx(192.0 * 10 / 1.5)          # 1280 g
    assert out["co2e_g"].iloc[0] == pytest.approx(1280.0)
    out = em.compute_emissions(legs(("car", 10_000.0, {})), table, scope="usage+construction", car_occupancy=1.5)
    assert out["co2e_g"].iloc[0] == pytest.approx((192.0 + 25.6) * 10 / 1.5)  # 1450.67 g
    assert "Impact CO2 2025-10" in out["factor_source"].iloc[0]
    assert "occupancy 1.5" in out["factor_source"].iloc[0]
    assert "usage+construction" in out["factor_source"].iloc[0]


def test_carpool_labels_use_their_own_occupancy(table):
    data = legs(("car", 10_000.0, {"mode_confirm": "Shared ride"}),
                ("car", 10_000.0, {"mode_confirm": "drove_alone"}),
                ("carpool", 10_000.0, {"mode_confirm": None}))
    out = em.compute_emissions(data, table, car_occupancy=1.25, carpool_occupancy=3.0)
    assert out["co2e_g"].tolist() == pytest.approx([640.0, 1536.0, 640.0])
    assert "occupancy 3" in out["factor_source"].iloc[0]
    # a label field of the planner's choice
    data = legs(("car", 10_000.0, {"etiquette": "Covoiturage"}), ("car", 10_000.0, {"etiquette": "voiture"}))
    out = em.compute_emissions(data, table, car_occupancy=1.25, carpool_occupancy=3.0, label_field="etiquette")
    assert out["co2e_g"].tolist() == pytest.approx([640.0, 1536.0])
    with pytest.raises(InputError) as err:
        em.compute_emissions(data, table, label_field="nope")
    assert err.value.field == "nope"


def test_per_passenger_modes_and_distance_ranges(table):
    data = legs(("bus", 4_000.0, {}), ("train", 30_000.0, {}), ("train", 300_000.0, {}),
                ("walk", 1_200.0, {}), ("bike", 3_000.0, {}), ("motorcycle", 10_000.0, {}),
                ("plane", 1_500_000.0, {}), ("unknown", 5_000.0, {}), ("tram", np.nan, {}), (None, 1000.0, {}))
    out = em.compute_emissions(data, table)
    expect = [113.5 * 4, 22.9 * 30, 2.3 * 300, 0.0, 0.0, 187.5 * 10, 184.3 * 1500, np.nan, np.nan, np.nan]
    np.testing.assert_allclose(out["co2e_g"].to_numpy(float), expect, rtol=1e-12)
    assert out["factor_source"].iloc[1].endswith("TER [Base Empreinte 43255], usage")
    assert out["factor_source"].iloc[2].endswith("TGV [Base Empreinte 43256], usage")
    assert out["factor_source"].iloc[7] == "" and out["factor_source"].iloc[8] == ""
    # the input columns are kept, untouched
    assert list(out.columns[:5]) == ["leg_id", "trip_id", "user_id", "mode", "distance_m"]


def test_progress_and_cancel(table):
    seen = []
    em.compute_emissions(legs(("bus", 1000.0, {})), table, progress=seen.append)
    assert seen[-1] == pytest.approx(1.0)
    with pytest.raises(Cancelled):
        em.compute_emissions(legs(("bus", 1000.0, {})), table, is_cancelled=lambda: True)


# --- bad input ------------------------------------------------------------------------------------
def test_unknown_mode_names_row_and_field(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("# version: test\n" + HEADER + "car,,vkm,190,20,,,,1\nhovercraft,,pkm,50,1,,,,1\n")
    with pytest.raises(InputError) as err:
        em.load_factor_table(path)
    assert (err.value.file, err.value.row, err.value.field) == ("mine.csv", 4, "mode")
    assert "hovercraft" in str(err.value) and "mine.csv, row 4, field 'mode'" in str(err.value)


def test_negative_value_names_row_and_field(tmp_path):
    path = tmp_path / "neg.csv"
    path.write_text(HEADER + "bus,,pkm,100,5,,,,1\ntram,,pkm,3,-0.5,,,,1\n")
    with pytest.raises(InputError) as err:
        em.load_factor_table(path)
    assert (err.value.file, err.value.row, err.value.field) == ("neg.csv", 3, "construction_g_per_km")
    assert "negative" in str(err.value)


@pytest.mark.parametrize("body, line, field", [
    ("bus,,pkm,abc,5,,,,1\n", 2, "usage_g_per_km"),
    ("bus,,pax,100,5,,,,1\n", 2, "unit"),
    ("car,,vkm,190,20,,,0,1\n", 2, "occupancy"),
    ("bus,,pkm,100,5,,,,maybe\n", 2, "active"),
    ("train,,pkm,20,1,0,200,,1\ntrain,,pkm,2,1,150,,,1\n", 3, "min_km"),
    ("train,,pkm,20,1,200,100,,1\n", 2, "max_km"),
])
def test_bad_values(body, line, field):
    with pytest.raises(InputError) as err:
        em.parse_factor_table(HEADER + body, file="t.csv")
    assert (err.value.row, err.value.field) == (line, field)


def test_missing_column_and_inactive_rows():
    with pytest.raises(InputError) as err:
        em.parse_factor_table("mode,variant\nbus,x\n", file="t.csv")
    assert err.value.field == "usage_g_per_km"
    # overlapping rows are fine when only one is active; the minimal format works
    t = em.parse_factor_table(HEADER + "bus,a,pkm,100,5,,,,1\nbus,b,pkm,10,5,,,,0\n")
    assert t.factor("bus") == 100
    t = em.parse_factor_table("mode,usage_g_per_km\nbus,42\n")
    out = em.compute_emissions(legs(("bus", 2000.0, {}), ("car", 2000.0, {})), t, scope="usage+construction")
    assert out["co2e_g"].iloc[0] == 84.0 and np.isnan(out["co2e_g"].iloc[1])


def test_legs_without_needed_fields(table):
    with pytest.raises(InputError) as err:
        em.compute_emissions(pd.DataFrame({"leg_id": ["a"], "distance_m": [1.0]}), table, source_name="legs.gpkg")
    assert (err.value.file, err.value.field) == ("legs.gpkg", "mode")
    with pytest.raises(InputError) as err:
        em.compute_emissions(pd.DataFrame({"mode": ["bus"]}), table)
    assert err.value.field == "distance_m"
    with pytest.raises(InputError) as err:
        em.compute_emissions(legs(("car", 1.0, {})), table, car_occupancy=0)
    assert err.value.field == "car_occupancy"
    with pytest.raises(InputError):
        em.compute_emissions(legs(("car", 1.0, {})), table, scope="everything")


# --- real data: e-mission's own sections of the embedded days ------------------------------------
SENSED = {"MotionTypes.BICYCLING": "bike", "MotionTypes.ON_FOOT": "walk", "MotionTypes.WALKING": "walk",
          "MotionTypes.IN_VEHICLE": "car", "MotionTypes.BUS": "bus", "MotionTypes.TRAIN": "train"}


def test_real_emission_sections(sample_dir, table):
    rows = []
    for path in sorted(sample_dir.glob("*.ground_truth.json")):
        for trip in json.loads(path.read_text())["data"]:
            for feat in trip["features"]:
                if feat["type"] != "FeatureCollection":
                    continue
                for sec in feat["features"]:
                    p = sec["properties"]
                    if p.get("feature_type") == "section":
                        rows.append(dict(day=path.name, mode=SENSED.get(p["sensed_mode"], "unknown"),
                                         distance_m=p["distance"]))
    real = pd.DataFrame(rows)
    assert len(real) > 10
    out = em.compute_emissions(real, table, car_occupancy=1.4)
    car = out["mode"] == "car"
    np.testing.assert_allclose(out.loc[car, "co2e_g"], real.loc[car, "distance_m"] / 1000 * 192 / 1.4)
    assert (out.loc[out["mode"].isin(["walk", "bike"]), "co2e_g"] == 0).all()
    day = out[out["day"] == "shankari_2016-07-22.ground_truth.json"]
    # two motorised sections of 36.597 km and 39.928 km that day: 76.525 km * 192 / 1.4 = 10 494.9 g
    assert day["co2e_g"].sum() == pytest.approx((36596.67214221742 + 39928.3967891875) / 1000 * 192 / 1.4)
    assert day["co2e_g"].sum() == pytest.approx(10494.9, abs=0.1)


def test_every_public_transport_mode_has_its_ademe_factor(table):
    """Issue 14: a commute by bus, tram, metro and train (the modes infer_modes gives from a GTFS feed or stops) gets
    the ADEME factor of each mode per passenger-km; the walk to the stop weighs nothing."""
    data = legs(("walk", 400.0, {}), ("bus", 5_000.0, {}), ("tram", 3_000.0, {}), ("metro", 4_000.0, {}),
                ("train", 25_000.0, {}), ("walk", 300.0, {}))
    out = em.compute_emissions(data, table)
    np.testing.assert_allclose(out["co2e_g"].to_numpy(float), [0.0, 113.5 * 5, 3.8 * 3, 4.2 * 4, 22.9 * 25, 0.0],
                               rtol=1e-12)
    assert out["factor_source"].iloc[2].endswith("Tramway [Base Empreinte 43257], usage")
    assert out["factor_source"].iloc[3].endswith("Metro [Base Empreinte 43253], usage")
    from tracemob.tracemob_plugin.core.vocab.modes import PUBLIC_TRANSPORT
    assert set(PUBLIC_TRANSPORT) <= set(em.FACTOR_MODES)
