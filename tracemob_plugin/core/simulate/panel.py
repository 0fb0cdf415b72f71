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


# --------------------------------------------------------------------------- a biased panel of simulated citizens
#: The panel biases ``simulatetraces`` offers: every citizen equally likely, or young people living in
#: the centre over-represented (the inclusion odds of :class:`PanelBias`).
PANEL_BIASES = {"none": PanelBias(age=(0.0, 0.0, 0.0, 0.0), zone=(0.0, 0.0, 0.0)), "young_centre": PanelBias()}
#: Log-odds of each age band given the household's vehicles (bike owners younger, car owners older).
_AGE_GIVEN_BIKE = (1.6, 0.8, -0.4, -1.6)
_AGE_GIVEN_CAR = (-2.0, 0.0, 0.8, 1.0)


def citizen_attributes(users: pd.DataFrame, places: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    """Census-like attributes of simulated citizens: ``user_id, age_band, sex, home_zone``.

    ``home_zone``: ``centre`` (the 25 % of homes nearest the middle of all homes), ``inner`` (the next 35 %),
    ``outer``. ``age_band``: drawn from the population's shares, tilted by the vehicles the simulator gave
    the citizen (bike owners younger, car owners older), so that age goes with the modes, as in a real
    town. ``sex``: drawn independently. Drawn after the simulation: its traces are unchanged."""
    rng = np.random.default_rng(int(seed) + 7919)
    n = len(users)
    homes = places.set_index("place_id").reindex(users["user_id"].astype(str) + "_home")
    lon, lat = homes["lon"].to_numpy(float), homes["lat"].to_numpy(float)
    dx = (lon - np.nanmedian(lon)) * np.cos(np.radians(np.nanmedian(lat)))
    rank = np.argsort(np.argsort(np.hypot(dx, lat - np.nanmedian(lat)))) / max(n, 1)
    zone = np.where(rank < _ZONE_SHARE[0], 0, np.where(rank < _ZONE_SHARE[0] + _ZONE_SHARE[1], 1, 2))
    logit = (np.log(_AGE_SHARE)[None, :] + np.outer(users["bike"].to_numpy(bool), _AGE_GIVEN_BIKE)
             + np.outer(users["car"].to_numpy(bool), _AGE_GIVEN_CAR))
    prob = np.exp(logit - logit.max(axis=1, keepdims=True))
    prob /= prob.sum(axis=1, keepdims=True)
    age = (rng.random(n)[:, None] > np.cumsum(prob, axis=1)).sum(axis=1).clip(0, len(AGE_BANDS) - 1)
    sex = (rng.random(n) > _SEX_SHARE[0]).astype(int)
    return pd.DataFrame({"user_id": users["user_id"].astype(str).to_numpy(),
                         "age_band": np.array(AGE_BANDS, dtype=object)[age],
                         "sex": np.array(SEXES, dtype=object)[sex],
                         "home_zone": np.array(ZONES, dtype=object)[zone]})


def select_panel(attributes: pd.DataFrame, share: float, bias: PanelBias, seed: int = 0) -> np.ndarray:
    """Which citizens join the panel (boolean, in ``attributes`` order): ``share`` of them drawn without
    replacement with the inclusion odds of ``bias`` (age band and home zone)."""
    from ..errors import InputError
    from ..i18n import tr

    if not 0.0 < float(share) <= 1.0:
        raise InputError(tr("the panel share must be above 0 and at most 1"), field="panel_share")
    rng = np.random.default_rng(int(seed) + 104729)
    a = pd.Categorical(attributes["age_band"], categories=AGE_BANDS).codes
    z = pd.Categorical(attributes["home_zone"], categories=ZONES).codes
    logit = np.array(bias.age)[a] + np.array(bias.zone)[z]
    keys = rng.random(len(attributes)) ** (1.0 / np.exp(logit - logit.max()))
    size = max(1, int(round(float(share) * len(attributes))))
    chosen = np.zeros(len(attributes), dtype=bool)
    chosen[np.argsort(-keys)[:size]] = True
    return chosen


def keep_participants(sim, user_ids):
    """A copy of the simulation ``sim`` holding only the traces, trips, legs, traversals, stays, labels, gaps
    and public-transport sections of ``user_ids`` (the panel); the places, network, segment speeds and
    public-transport lines stay whole (the town's)."""
    from dataclasses import replace

    keep = set(map(str, user_ids))

    def rows(df):
        return df[df["user_id"].astype(str).isin(keep).to_numpy()].reset_index(drop=True)

    mask = sim.points["user_id"].astype(str).isin(keep).to_numpy()
    legs = rows(sim.legs)
    return replace(sim, points=sim.points[mask].reset_index(drop=True),
                   points_truth=sim.points_truth[mask].reset_index(drop=True), trips=rows(sim.trips), legs=legs,
                   leg_vertices=sim.leg_vertices[sim.leg_vertices["leg_id"].isin(set(legs["leg_id"]))]
                   .reset_index(drop=True), traversals=rows(sim.traversals), stays=rows(sim.stays),
                   labels=rows(sim.labels), gaps=rows(sim.gaps), users=rows(sim.users),
                   transit_sections=None if sim.transit_sections is None else rows(sim.transit_sections))


def mode_shares(trips: pd.DataFrame, weights=None) -> pd.Series:
    """Share (%) of each mode among ``trips`` (``user_id, mode``), each trip counted with its participant's
    weight (``{user_id: weight}``) when given."""
    w = np.ones(len(trips)) if weights is None else trips["user_id"].astype(str).map(
        pd.Series(dict(weights), dtype=float)).fillna(0.0).to_numpy()
    s = pd.Series(w, index=trips["mode"].to_numpy()).groupby(level=0).sum()
    return 100.0 * s / s.sum()


@dataclass
class SimulatedPanel:
    """Result of :func:`simulated_panel`: the simulation of the panel only, the panel's ``attributes``
    (``user_id, age_band, sex, home_zone``), the population ``margins`` table (``variable, category,
    population``: every simulated citizen), and the true mode shares (%) of the population's and of the
    panel's trips."""
    sim: object
    attributes: pd.DataFrame
    margins: pd.DataFrame
    population_shares: pd.Series
    panel_shares: pd.Series


def simulated_panel(sim, bias: str = "none", share: float = 1.0, seed: int = 0) -> SimulatedPanel:
    """The simulated citizens are the population; a ``share`` of them, drawn with the inclusion odds of
    :data:`PANEL_BIASES` [``bias``], are the panel whose phones are kept (see :func:`citizen_attributes`,
    :func:`select_panel`)."""
    from ..errors import InputError
    from ..i18n import tr

    if bias not in PANEL_BIASES:
        raise InputError(tr("unknown panel bias '{bias}'").format(bias=bias), field="panel_bias",
                         hint=tr("Use one of: {names}.").format(names=", ".join(PANEL_BIASES)))
    attributes = citizen_attributes(sim.users, sim.places, seed)
    chosen = select_panel(attributes, share, PANEL_BIASES[bias], seed)
    m = margins(attributes, ("age_band", "sex", "home_zone"))
    table = pd.DataFrame([(v, c, p) for v, cats in m.items() for c, p in cats.items()],
                         columns=["variable", "category", "population"])
    panel = keep_participants(sim, attributes.loc[chosen, "user_id"]) if not chosen.all() else sim
    return SimulatedPanel(sim=panel, attributes=attributes[chosen].reset_index(drop=True), margins=table,
                          population_shares=mode_shares(sim.trips), panel_shares=mode_shares(panel.trips))
