"""INSEE census tables as published -> population margins (core/indicators/insee.py), and a raking on them.

The extract in tests/data/insee has the layout of INSEE's 'Évolution et structure de la population en 2021'
base table by commune; its numbers are generated, and their totals are written out below (computed once
from the file with a spreadsheet-like sum of the columns)."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.indicators import insee
from tracemob.tracemob_plugin.core.indicators import weighting as wt

CSV = Path(__file__).resolve().parents[1] / "data" / "insee" / "base-cc-evol-struct-pop-2021_extract.csv"
AGES = {"0-14": 35739.4165, "15-29": 63827.156, "30-44": 59649.9768, "45-59": 40590.8872, "60-74": 28149.7279,
        "75+": 17453.9189 + 5112.6318}        # 75-89 and 90+ added
SEX = {"F": 127821.4468, "H": 122702.2683}
COMMUNES = {"69381": 29960.4747, "69382": 31107.1306, "69383": 104271.7583, "69384": 36642.1655,
            "69385": 48542.186}


def _table():
    return pd.read_csv(CSV, sep=";", dtype=str)


def test_the_published_layout_is_detected_and_summed_into_sex_and_age_margins():
    assert insee.is_insee_table(_table().columns)
    assert not insee.is_insee_table(["variable", "category", "population"])
    margins = wt.read_margins(CSV)
    assert list(margins) == ["age_band", "sex"]
    assert list(margins["age_band"]) == list(AGES)
    for cat, pop in AGES.items():
        assert margins["age_band"][cat] == pytest.approx(pop, abs=1e-3)
    for cat, pop in SEX.items():
        assert margins["sex"][cat] == pytest.approx(pop, abs=1e-3)
    # the overlapping bands (0019, 2064, 65P) and P21_POP are not counted twice
    assert sum(margins["age_band"].values()) == pytest.approx(sum(COMMUNES.values()), abs=1e-2)


def test_with_home_communes_the_margins_are_those_of_the_participants_communes():
    people = pd.DataFrame({"user_id": ["a", "b", "c"], "home_commune": ["69381", "69383", "69381"]})
    margins, info = insee.margins_from_insee(_table(), "census.csv", people)
    assert margins["home_commune"] == pytest.approx({"69381": COMMUNES["69381"], "69383": COMMUNES["69383"]})
    assert sum(margins["sex"].values()) == pytest.approx(COMMUNES["69381"] + COMMUNES["69383"])
    assert info == {"year": "2021", "rows": 2}
    assert insee.describe(margins, info) == ("INSEE census 2021: 2 row(s) used; margins age_band, sex, "
                                             "home_commune.")


def test_raking_a_biased_panel_to_the_census_table_reaches_its_margins():
    """A panel of 600 in three arrondissements, two thirds aged 15-44 (about 49 % of the census): raked to
    the census table, every margin is reached and the weights sum to the three communes' population."""
    rng = np.random.default_rng(4)
    n = 600
    ages = rng.choice(list(AGES), n, p=[0.05, 0.4, 0.27, 0.13, 0.1, 0.05])
    people = pd.DataFrame({"user_id": ["p%03d" % i for i in range(n)], "age_band": ages,
                           "sex": rng.choice(["F", "H"], n, p=[0.4, 0.6]),
                           "home_commune": rng.choice(["69381", "69382", "69383"], n, p=[0.5, 0.3, 0.2])})
    margins, _ = wt.margins_from_table(_table(), "census.csv", people)
    res = wt.rake(people, margins, trim=None)
    assert res.summary["converged"] and res.summary["max_difference_points"] < 1e-3
    total = COMMUNES["69381"] + COMMUNES["69382"] + COMMUNES["69383"]
    assert res.weights["weight"].sum() == pytest.approx(total, rel=1e-9)
    young = res.margins[(res.margins["variable"] == "age_band") & (res.margins["category"] == "15-29")].iloc[0]
    assert young["unweighted_share"] > 35 and young["reached_share"] == pytest.approx(young["target_share"], abs=1e-3)
    w = res.weights.set_index("user_id")["weight"]
    in_3 = people.loc[people["home_commune"] == "69383", "user_id"]
    assert w[in_3].sum() == pytest.approx(COMMUNES["69383"], rel=1e-4)


def test_a_band_that_cannot_be_mapped_names_the_column_and_the_file():
    bad = _table().drop(columns=["P21_F6074"])
    with pytest.raises(InputError, match="P21_F6074") as err:
        insee.margins_from_insee(bad, "base-cc.csv")
    assert "base-cc.csv" in str(err.value) and "do not cover every age" in str(err.value)
    # 7589 without 90P is not a partition either: 75P missing is named
    bad = _table().drop(columns=["P21_H90P"])
    with pytest.raises(InputError, match="P21_H6074|P21_H75P"):
        insee.margins_from_insee(bad, "base-cc.csv")


def test_a_participants_commune_absent_and_a_bad_count_are_clear_errors():
    people = pd.DataFrame({"user_id": ["a"], "home_commune": ["75056"]})
    with pytest.raises(InputError, match="home_commune '75056' is not in the census table"):
        insee.margins_from_insee(_table(), "census.csv", people)
    t = _table()
    t.loc[2, "P21_H1529"] = "n/a"
    with pytest.raises(InputError, match="'n/a' is not a population count") as err:
        insee.margins_from_insee(t, "census.csv")
    assert "row 4" in str(err.value) and "P21_H1529" in str(err.value)


def test_an_iris_table_with_decimal_commas_and_the_75p_band():
    """The IRIS base table (IRIS, COM, TYP_IRIS..., 75P as the last band) with a decimal comma."""
    cols = ["IRIS", "COM", "TYP_IRIS", "LAB_IRIS", "P21_POP"] + ["P21_%s%s" % (s, b) for s in "HF" for b in
                                                                  ("0014", "1529", "3044", "4559", "6074", "75P")]
    rows = [["693810101", "69381", "H", "Terreaux", "x"] + ["10,5"] * 6 + ["20"] * 6,
            ["693810102", "69381", "H", "Martinière", "x"] + ["1"] * 12]
    t = pd.DataFrame(rows, columns=cols)
    people = pd.DataFrame({"user_id": ["a", "b"], "home_iris": ["693810101", "693810102"]})
    margins, info = insee.margins_from_insee(t, "iris.csv", people)
    assert margins["sex"] == pytest.approx({"F": 126.0, "H": 69.0})
    assert margins["age_band"]["75+"] == pytest.approx(32.5)
    assert margins["home_iris"] == pytest.approx({"693810101": 183.0, "693810102": 12.0})
