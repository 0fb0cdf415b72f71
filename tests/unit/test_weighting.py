"""Raking the panel to population margins: known truth, hand-checked design effect, errors."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.indicators import weighting as wt

AGE_POP = {"18-29": 3000, "30-59": 5000, "60+": 2000}
SEX_POP = {"F": 5200, "M": 4800}
ZONE_POP = {"A": 6000, "B": 4000}
#: probability of cycling by age band: the young cycle much more
BIKE_P = {"18-29": 0.5, "30-59": 0.2, "60+": 0.05}


def biased_panel(n=1200, seed=3):
    """A panel where the young (60 %) and zone B are over-represented, against 30 % and 40 % in the population."""
    rng = np.random.default_rng(seed)
    age = rng.choice(list(AGE_POP), size=n, p=[0.6, 0.3, 0.1])
    sex = rng.choice(["F", "M"], size=n, p=[0.4, 0.6])
    zone = rng.choice(["A", "B"], size=n, p=[0.35, 0.65])
    return pd.DataFrame({"user_id": [f"u{i:04d}" for i in range(n)], "age_band": age, "sex": sex, "home_zone": zone})


MARGINS = {"age_band": AGE_POP, "sex": SEX_POP, "home_zone": ZONE_POP}


def test_rake_reproduces_margins_within_half_a_point():
    panel = biased_panel()
    res = wt.rake(panel, MARGINS, trim=(0.2, 5.0))
    m = res.margins.set_index(["variable", "category"])
    assert res.summary["converged"]
    assert m["difference_points"].abs().max() < 0.5
    assert m.loc[("age_band", "18-29"), "target_share"] == pytest.approx(30.0)
    assert m.loc[("age_band", "18-29"), "unweighted_share"] > 55.0  # the bias is really there
    assert m.loc[("age_band", "18-29"), "reached_share"] == pytest.approx(30.0, abs=0.5)
    assert m.loc[("home_zone", "A"), "reached_share"] == pytest.approx(60.0, abs=0.5)
    assert res.weights["weight"].sum() == pytest.approx(10000.0, rel=1e-9)
    assert res.weights["user_id"].tolist() == panel["user_id"].tolist()
    # the old are under-represented: they weigh more than the young
    w = res.weights["weight"].to_numpy()
    assert w[panel["age_band"] == "60+"].mean() > 3 * w[panel["age_band"] == "18-29"].mean()
    s = res.summary
    assert s["min"] <= s["p5"] <= s["median"] <= s["p95"] <= s["max"]
    assert s["n_excluded"] == 0 and len(res.excluded) == 0


def test_trimming_bounds_are_honoured():
    panel = biased_panel()
    free = wt.rake(panel, MARGINS, trim=None)
    trimmed = wt.rake(panel, MARGINS, trim=(0.5, 2.0), max_iter=500)
    mean = trimmed.weights["weight"].mean()
    assert free.weights["weight"].max() > 2.0 * free.weights["weight"].mean()  # trimming has work to do
    assert trimmed.weights["weight"].max() <= 2.0 * mean * (1 + 1e-9)
    assert trimmed.weights["weight"].min() >= 0.5 * mean * (1 - 1e-9)
    assert trimmed.summary["design_effect"] < free.summary["design_effect"]
    assert trimmed.weights["weight"].sum() == pytest.approx(10000.0)
    # free weights reach 4.2 x the mean: bounds at 2 x cannot reproduce the margins, and the result says so
    assert free.weights["weight"].max() / free.weights["weight"].mean() == pytest.approx(4.22, abs=0.01)
    assert not trimmed.summary["converged"] and trimmed.summary["max_difference_points"] > 5.0
    # bounds the margins allow: trimmed and converged
    ok = wt.rake(panel, MARGINS, trim=(0.3, 4.5))
    assert ok.summary["converged"] and ok.summary["max_difference_points"] < 0.5
    assert ok.weights["weight"].max() <= 4.5 * ok.weights["weight"].mean() * (1 + 1e-9)


def test_weighted_bike_share_is_closer_to_the_population():
    panel = biased_panel(n=3000, seed=5)
    rng = np.random.default_rng(11)
    bikes = rng.random(len(panel)) < panel["age_band"].map(BIKE_P).to_numpy()
    true_share = sum(AGE_POP[a] * BIKE_P[a] for a in AGE_POP) / sum(AGE_POP.values())  # 0.26
    res = wt.rake(panel, MARGINS, trim=None)
    w = res.weights["weight"].to_numpy()
    unweighted = bikes.mean()
    weighted = (w * bikes).sum() / w.sum()
    assert abs(unweighted - true_share) > 0.08
    assert abs(weighted - true_share) < 0.02


def test_design_effect_and_effective_size_by_hand():
    # 4 participants, one variable: group x has 1 participant for 50 %, group y has 3 for 50 %
    panel = pd.DataFrame({"user_id": ["a", "b", "c", "d"], "g": ["x", "y", "y", "y"]})
    res = wt.rake(panel, {"g": {"x": 50, "y": 50}}, trim=None)
    w = res.weights.set_index("user_id")["weight"]
    assert w["a"] == pytest.approx(50.0)
    assert w["b"] == pytest.approx(50.0 / 3)
    # Kish: n * sum(w^2) / sum(w)^2 = 4 * (2500 + 3 * 2500 / 9) / 100^2 = 4 * 3333.33 / 10000 = 4/3
    assert res.summary["design_effect"] == pytest.approx(4.0 / 3.0)
    assert res.summary["effective_n"] == pytest.approx(3.0)
    assert wt.design_effect([1, 1, 1, 1]) == pytest.approx(1.0)


def test_missing_and_unknown_attributes_reported_by_user():
    panel = biased_panel(n=300)
    panel.loc[5, "sex"] = None
    panel.loc[7, "age_band"] = "12-17"
    panel.loc[9, "home_zone"] = ""
    res = wt.rake(panel, MARGINS)
    ex = res.excluded.set_index("user_id")["reason"]
    assert sorted(ex.index) == ["u0005", "u0007", "u0009"]
    assert ex["u0005"] == "missing sex"
    assert ex["u0007"] == "unknown age_band '12-17'"
    assert ex["u0009"] == "missing home_zone"
    w = res.weights.set_index("user_id")["weight"]
    assert np.isnan(w[["u0005", "u0007", "u0009"]]).all()
    assert w.notna().sum() == 297 and res.summary["n_excluded"] == 3
    assert w.sum() == pytest.approx(10000.0)


def test_errors():
    panel = biased_panel(n=200)
    with pytest.raises(InputError, match="no population margins"):
        wt.rake(panel, {})
    with pytest.raises(InputError, match="negative"):
        wt.rake(panel, {"sex": {"F": 10, "M": -1}})
    with pytest.raises(InputError, match="'X' of 'sex' has a population but no participant"):
        wt.rake(panel, {"sex": {"F": 10, "M": 10, "X": 3}})
    with pytest.raises(InputError, match="home_zone"):
        wt.rake(panel.drop(columns=["home_zone"]), MARGINS)
    with pytest.raises(InputError, match="appears twice"):
        wt.rake(pd.concat([panel, panel.iloc[:1]]), MARGINS)
    with pytest.raises(InputError, match="trimming"):
        wt.rake(panel, MARGINS, trim=(2.0, 3.0))


def test_read_margins_csv(tmp_path):
    path = tmp_path / "margins.csv"
    path.write_text("variable,category,population\nage_band,18-29,3000\nage_band,30-59,5000\nage_band,60+,2000\n"
                    "sex,F,5200\nsex,M,4800\n", encoding="utf-8")
    assert wt.read_margins(path) == {"age_band": {"18-29": 3000.0, "30-59": 5000.0, "60+": 2000.0},
                                     "sex": {"F": 5200.0, "M": 4800.0}}
    bad = tmp_path / "bad.csv"
    bad.write_text("variable,category,population\nsex,F,10\nsex,F,12\n", encoding="utf-8")
    with pytest.raises(InputError, match="given twice"):
        wt.read_margins(bad)
    neg = tmp_path / "neg.csv"
    neg.write_text("variable;category;population\nsex;F;-3\nsex;M;4\n", encoding="utf-8")
    with pytest.raises(InputError, match="negative"):
        wt.read_margins(neg)


def _trips_of(panel, seed=11):
    """One trip per participant: bike or car, the young cycling more (BIKE_P)."""
    rng = np.random.default_rng(seed)
    bikes = rng.random(len(panel)) < panel["age_band"].map(BIKE_P).to_numpy()
    n = len(panel)
    return pd.DataFrame({"trip_id": [f"t{i}" for i in range(n)], "user_id": panel["user_id"].to_numpy(),
                         "start_time": pd.Timestamp("2024-03-05T07:00:00Z") + pd.to_timedelta(np.arange(n), "min"),
                         "duration_s": 600.0, "distance_m": 2000.0,
                         "main_mode": np.where(bikes, "bike", "car")})


def test_weighted_modal_share_closer_to_truth_and_privacy_on_real_participants():
    from tracemob.tracemob_plugin.core.indicators import modal_share as ind

    panel = biased_panel(n=3000, seed=5)
    trips = _trips_of(panel)
    res = wt.rake(panel, MARGINS, trim=None)
    weights = dict(zip(res.weights["user_id"], res.weights["weight"]))
    plain = ind.modal_share(trips)
    weighted = ind.modal_share(trips, weights=weights)
    true_share = 100.0 * sum(AGE_POP[a] * BIKE_P[a] for a in AGE_POP) / sum(AGE_POP.values())  # 26 %

    def bike(r, col="share_trips"):
        c = r.cells
        return c.loc[(c["zone_id"] == "ALL") & (c["mode"] == "bike"), col].iloc[0]

    assert abs(bike(plain) - true_share) > 8.0
    assert abs(bike(weighted) - true_share) < 2.0
    assert bike(weighted, "share_distance") == pytest.approx(bike(weighted))  # same distance per trip
    # counts stay real: trips and distinct participants, not weights
    assert bike(weighted, "n_trips") == bike(plain, "n_trips")
    assert bike(weighted, "n_users") == bike(plain, "n_users")
    assert not plain.cells["weighted"].any() and weighted.cells["weighted"].all()
    assert weighted.zones["weighted"].all() and not plain.zones["weighted"].any()
    assert weighted.zones["sh_bike"].iloc[-1] == pytest.approx(bike(weighted))
    # unweighted: exactly the shares of the counts
    assert bike(plain) == 100.0 * (trips["main_mode"] == "bike").sum() / len(trips)


def test_weighted_share_masking_counts_participants_not_weights():
    from tracemob.tracemob_plugin.core.indicators import modal_share as ind

    panel = biased_panel(n=8, seed=2)
    trips = _trips_of(panel)
    # huge weights cannot lift a cell of 8 participants over the 10-participant threshold
    res = ind.modal_share(trips, weights={u: 1000.0 for u in panel["user_id"]}, min_users=10, min_trips=1)
    assert res.zones["masked"].all() and res.cells["share_trips"].isna().all()
    # a participant without weight counts 0 in the shares, and is counted as such
    w = {u: 1.0 for u in panel["user_id"]}
    car_user = trips.loc[trips["main_mode"] == "car", "user_id"].iloc[0]
    del w[car_user]
    res = ind.modal_share(trips, weights=w, min_users=2, min_trips=1)
    n_car = (trips["main_mode"] == "car").sum()
    car = res.cells.loc[(res.cells["zone_id"] == "ALL") & (res.cells["mode"] == "car")].iloc[0]
    assert car["share_trips"] == pytest.approx(100.0 * (n_car - 1) / (len(trips) - 1))
    assert car["n_trips"] == n_car and res.params["n_users_without_weight"] == 1


def test_margins_with_different_totals_are_scaled_to_the_first():
    panel = biased_panel(n=500)
    margins = {"age_band": AGE_POP, "home_zone": {"A": 5400, "B": 3600}}  # 9000, not 10000: same 60/40 shares
    res = wt.rake(panel, margins, trim=None)
    m = res.margins.set_index(["variable", "category"])
    assert res.weights["weight"].sum() == pytest.approx(10000.0)
    assert m.loc[("home_zone", "A"), "target_share"] == pytest.approx(60.0)
    assert m.loc[("home_zone", "A"), "reached_share"] == pytest.approx(60.0, abs=1e-3)
    assert m.loc[("home_zone", "A"), "n_participants"] == (panel["home_zone"] == "A").sum()
    # only the variables asked for
    only_sex = wt.rake(panel, MARGINS, variables=["sex"], trim=None)
    assert only_sex.margins["variable"].unique().tolist() == ["sex"]
    assert only_sex.weights["weight"].sum() == pytest.approx(10000.0)
    with pytest.raises(InputError, match="no margins for the variable 'income'"):
        wt.rake(panel, MARGINS, variables=["income"])


def test_progress_and_cancel():
    from tracemob.tracemob_plugin.core.errors import Cancelled

    seen = []
    wt.rake(biased_panel(n=200), MARGINS, progress=seen.append)
    assert seen and 0.0 < seen[0] <= seen[-1] <= 1.0
    with pytest.raises(Cancelled):
        wt.rake(biased_panel(n=200), MARGINS, is_cancelled=lambda: True)


# --------------------------------------------------------------------------- a biased panel of a known population
def _biased_study(seed=3, size=1000):
    from tracemob.tracemob_plugin.core.simulate import panel

    pop = panel.population(60_000, seed=seed)
    parts, trips = panel.draw_panel(pop, size, seed=seed + 1)
    return pop, panel.true_shares(pop).set_index(["zone", "mode"])["share"], panel.margins(pop), parts, trips


def test_biased_panel_over_represents_the_young_and_the_centre():
    pop, _truth, _m, parts, _trips = _biased_study()
    young_pop = (pop["age_band"] == "15-24").mean()
    assert (parts["age_band"] == "15-24").mean() > 1.8 * young_pop
    assert (parts["zone"] == "centre").mean() > 1.5 * (pop["zone"] == "centre").mean()
    assert (parts["age_band"] == "60+").mean() < 0.5 * (pop["age_band"] == "60+").mean()


def test_weighted_shares_are_closer_to_the_population_than_the_raw_panel():
    _pop, truth, margins, parts, trips = _biased_study()
    errors = {}
    for weighted in (True, False):
        r = wt.share_ranges(trips, parts, margins, n_boot=40, trim=(0.2, 5.0), weighted=weighted)
        t = truth.reindex(list(zip(r["zone"], r["mode"]))).to_numpy()
        errors[weighted] = np.abs(r["share"].to_numpy() - t)
        assert (r["low"] <= r["share"] + 1e-9).all() and (r["share"] <= r["high"] + 1e-9).all()
        assert np.allclose(r.groupby("zone")["share"].sum(), 100.0)
    # the territory's share (ALL) carries the zone bias too: weighting removes most of it
    assert errors[True].mean() < 0.5 * errors[False].mean()
    assert errors[True][-4:].max() < 2.0 < errors[False][-4:].max()


def test_every_bootstrap_replicate_is_raked_again(monkeypatch):
    _pop, _truth, margins, parts, trips = _biased_study(size=400)
    calls = []
    real = wt._rake_loop
    monkeypatch.setattr(wt, "_rake_loop", lambda *a: calls.append(len(a[2])) or real(*a))
    wt.share_ranges(trips, parts, margins, n_boot=25, trim=(0.2, 5.0))
    assert len(calls) == 26 and set(calls) == {400}
    calls.clear()
    wt.share_ranges(trips, parts, margins, n_boot=25, weighted=False)
    assert calls == []


def test_share_ranges_refuse_too_few_replicates():
    _pop, _truth, margins, parts, trips = _biased_study(size=200)
    with pytest.raises(InputError):
        wt.share_ranges(trips, parts, margins, n_boot=5)


def test_replicate_weights_give_modal_share_ranges_around_the_true_share():
    """weightpanel's replicate weights (each a bootstrap sample raked again) give modalshare its ranges:
    the range holds the population's share, the raw panel's share is far outside it, and the range
    is the share_ranges one for the same replicates."""
    from tracemob.tracemob_plugin.core.indicators import modal_share as ind

    panel = biased_panel(n=1500, seed=8)
    trips = _trips_of(panel, seed=9)
    res = wt.rake(panel, MARGINS, trim=(0.2, 5.0))
    weights = dict(zip(res.weights["user_id"], res.weights["weight"]))
    reps = wt.replicate_weights(panel, MARGINS, n_boot=100, seed=4, trim=(0.2, 5.0))
    assert wt.replicate_columns(reps)[:2] == ["rw_001", "rw_002"] and len(wt.replicate_columns(reps)) == 100
    # every replicate reproduces the margins
    ages = panel["age_band"].to_numpy()
    for col in ("rw_001", "rw_050"):
        w = reps[col].to_numpy()
        young = w[ages == "18-29"].sum() / w.sum()
        assert young == pytest.approx(0.3, abs=0.005)
    out = ind.modal_share(trips, weights=weights, replicate_weights=reps)
    cell = out.cells[(out.cells["zone_id"] == "ALL") & (out.cells["mode"] == "bike")].iloc[0]
    true_share = 100.0 * sum(AGE_POP[a] * BIKE_P[a] for a in AGE_POP) / sum(AGE_POP.values())
    raw = 100.0 * (trips["main_mode"] == "bike").mean()
    assert cell["share_trips_low"] < true_share < cell["share_trips_high"]
    assert cell["share_trips_low"] < cell["share_trips"] < cell["share_trips_high"]
    assert raw > cell["share_trips_high"] + 5
    assert 2.0 < cell["share_trips_high"] - cell["share_trips_low"] < 10.0
    assert out.params["n_replicates"] == 100
    # without replicate columns: a clear error
    with pytest.raises(InputError):
        ind.modal_share(trips, weights=weights, replicate_weights=reps[["user_id"]])
