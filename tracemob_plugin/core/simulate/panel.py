"""A known population and a biased panel drawn from it: the test bed of weighting (``indicators.weighting``).

The population is a table of persons (home zone, age band, sex, car in the household) whose trips follow a
mode choice that depends on those attributes and on a personal taste (some people cycle whatever their
group): young people in the centre cycle and walk, older people in the outer zone drive. The population's
true modal share per zone is exact (expected trips of every person, not a draw).

A volunteer panel is then drawn with inclusion odds that favour the young and the centre
(``PanelBias``), as OpenPATH studies recruit; optionally also the keen cyclists themselves
(``self_selection``), a bias no census margin can correct. Each panel member's trips over the study days
are drawn, as a travel diary would record them.
"""
from dataclasses import dataclass
from typing import Dict, Tuple

import numpy as np
import pandas as pd

ZONES = ("centre", "inner", "outer")
AGE_BANDS = ("15-24", "25-39", "40-59", "60+")
SEXES = ("F", "M")
PANEL_MODES = ("walk", "bike", "pt", "car")

_ZONE_SHARE = (0.25, 0.35, 0.40)
_AGE_SHARE = (0.15, 0.27, 0.33, 0.25)
_SEX_SHARE = (0.52, 0.48)
# utilities (walk is 0): effects of zone, age band, car and sex on bike, pt and car
_ZONE_U = {"bike": (0.9, 0.2, -0.6), "pt": (0.5, 0.4, -0.2), "car": (-1.2, 0.0, 1.0)}
_AGE_U = {"bike": (0.8, 0.5, 0.0, -0.9), "pt": (0.7, 0.1, -0.1, 0.2), "car": (-1.0, 0.2, 0.5, 0.3)}
_CAR_U = {"bike": -0.3, "pt": -0.6, "car": 2.2}
_SEX_U = {"bike": (-0.3, 0.0), "pt": (0.1, 0.0), "car": (0.0, 0.1)}
_TASTE_SD = 0.8  # personal taste for each non-walk mode (log-odds)


@dataclass
class PanelBias:
    """Log-odds of joining the panel: per age band, per zone, and for the person's own taste for the bike
    (``self_selection``: 0 = none; what no margin corrects)."""
    age: Tuple[float, ...] = (1.2, 0.7, 0.0, -0.8)
    zone: Tuple[float, ...] = (1.0, 0.3, -0.5)
    self_selection: float = 0.0


def population(n_persons: int, seed: int = 0) -> pd.DataFrame:
    """``n_persons`` persons: ``person_id, zone, age_band, sex, car, trips_per_day`` and the probability of
    each mode per trip (``p_walk, p_bike, p_pt, p_car``), and ``bike_taste``."""
    rng = np.random.default_rng(seed)
    n = int(n_persons)
    zone = rng.choice(len(ZONES), n, p=_ZONE_SHARE)
    age = rng.choice(len(AGE_BANDS), n, p=_AGE_SHARE)
    sex = rng.choice(len(SEXES), n, p=_SEX_SHARE)
    car_p = np.array([0.35, 0.6, 0.85])[zone] * np.array([0.6, 0.95, 1.05, 0.9])[age]
    car = rng.random(n) < np.clip(car_p, 0, 0.97)
    util = np.zeros((n, len(PANEL_MODES)))
    taste = rng.normal(0.0, _TASTE_SD, (n, len(PANEL_MODES) - 1))
    for j, mode in enumerate(PANEL_MODES[1:], start=1):
        util[:, j] = (np.array(_ZONE_U[mode])[zone] + np.array(_AGE_U[mode])[age] + _CAR_U[mode] * car
                      + np.array(_SEX_U[mode])[sex] + taste[:, j - 1])
    prob = np.exp(util - util.max(axis=1, keepdims=True))
    prob /= prob.sum(axis=1, keepdims=True)
    rate = rng.gamma(6.0, 3.3 / 6.0, n) * np.array([1.05, 1.1, 1.0, 0.8])[age]
    out = pd.DataFrame({"person_id": ["p{:07d}".format(i) for i in range(n)],
                        "zone": np.array(ZONES, dtype=object)[zone], "age_band": np.array(AGE_BANDS, dtype=object)[age],
                        "sex": np.array(SEXES, dtype=object)[sex], "car": car, "trips_per_day": rate,
                        "bike_taste": taste[:, 0]})
    for j, mode in enumerate(PANEL_MODES):
        out["p_" + mode] = prob[:, j]
    return out


def true_shares(pop: pd.DataFrame) -> pd.DataFrame:
    """The population's modal share of trips (%) per home zone and for all (``zone = 'ALL'``): expected
    trips of every person, no sampling."""
    rows = []
    for zone, part in list(pop.groupby("zone", sort=False)) + [("ALL", pop)]:
        trips = part["trips_per_day"].to_numpy()
        for mode in PANEL_MODES:
            rows.append((zone, mode, 100.0 * float((trips * part["p_" + mode]).sum() / trips.sum())))
    return pd.DataFrame(rows, columns=["zone", "mode", "share"])


def margins(pop: pd.DataFrame, variables=("age_band", "sex", "zone")) -> Dict[str, Dict[str, float]]:
    """The census-like margins of the population: ``{variable: {category: persons}}``."""
    return {v: {str(k): float(c) for k, c in pop[v].value_counts().sort_index().items()} for v in variables}


def draw_panel(pop: pd.DataFrame, size: int, bias: PanelBias = PanelBias(), days: int = 7, seed: int = 0):
    """``(participants, trips)`` of a panel of ``size`` volunteers drawn without replacement with the odds of
    ``bias``: participants ``user_id, zone, age_band, sex, car``; trips ``user_id, zone, mode`` (one row
    per trip over ``days`` days, at the person's rate and mode probabilities)."""
    rng = np.random.default_rng(seed)
    z = pd.Categorical(pop["zone"], categories=ZONES).codes
    a = pd.Categorical(pop["age_band"], categories=AGE_BANDS).codes
    logit = np.array(bias.age)[a] + np.array(bias.zone)[z] + bias.self_selection * pop["bike_taste"].to_numpy()
    w = np.exp(logit - logit.max())
    # sequential draws without replacement in one go: Efraimidis-Spirakis keys
    keys = rng.random(len(pop)) ** (1.0 / w)
    chosen = np.sort(np.argsort(-keys)[:int(size)])
    panel = pop.iloc[chosen].reset_index(drop=True)
    n_trips = rng.poisson(panel["trips_per_day"].to_numpy() * days)
    owner = np.repeat(np.arange(len(panel)), n_trips)
    cum = np.cumsum(panel[["p_" + m for m in PANEL_MODES]].to_numpy(), axis=1)[owner]
    mode = (rng.random(len(owner))[:, None] > cum).sum(axis=1)
    mode = np.minimum(mode, len(PANEL_MODES) - 1)
    participants = pd.DataFrame({"user_id": panel["person_id"].to_numpy(), "zone": panel["zone"].to_numpy(),
                                 "age_band": panel["age_band"].to_numpy(), "sex": panel["sex"].to_numpy(),
                                 "car": panel["car"].to_numpy()})
    trips = pd.DataFrame({"user_id": panel["person_id"].to_numpy()[owner], "zone": panel["zone"].to_numpy()[owner],
                          "mode": np.array(PANEL_MODES, dtype=object)[mode]})
    return participants, trips
