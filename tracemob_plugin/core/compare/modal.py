"""Modal share (main mode, share of trips) per zone before and after, with participant-bootstrap CIs."""
from typing import Callable, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..indicators.modal_share import TOTAL_ZONE, assign_zones, home_locations, prepare_trips, travelled
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users, min_users_warning
from ..vocab.modes import DISPLAY_ORDER
from .areas import zone_list
from .bootstrap import Counts, bootstrap, interval, sample_flags, weighted_bootstrap
from .common import stop_if_cancelled, require
from .periods import DEFAULT_TZ, EXCLUDE_HOLIDAYS, WEEKDAYS_ONLY, make_periods, trip_periods


def compare_modal_share(trips: pd.DataFrame, zones=None, legs: Optional[pd.DataFrame] = None, zone_ids=None,
                        change=None, before=None, after=None, by: str = "origin", tz: str = DEFAULT_TZ,
                        weekdays_only: bool = WEEKDAYS_ONLY,
                        exclude_holidays: bool = EXCLUDE_HOLIDAYS, n_boot: int = 1000,
                        alpha: float = 0.05, seed: int = 0, min_users: int = DEFAULT_MIN_USERS,
                        min_trips: int = 10, name: str = "trips",
                        is_cancelled: Optional[Callable[[], bool]] = None, weights=None,
                        replicate_weights: Optional[pd.DataFrame] = None, mapper=None) -> pd.DataFrame:
    """Modal share (main mode, share of trips) per zone before and after, with participant-bootstrap CIs.

    ``trips``: trips with ``main_mode`` (or ``mode``), or trips + ``legs`` (the main mode is then
    computed with :data:`indicators.MAIN_MODE_HIERARCHY`); with zones, ``origin_lon, origin_lat``
    (WGS84). ``zones``: polygons in WGS84 (dict ``{id: polygon}``, a DataFrame ``zone_id`` +
    ``geometry`` or a sequence, ids from ``zone_ids``); a trip belongs to the zone of its origin
    (``by="origin"``) or of its user's home (``by="home"``), as :func:`indicators.modal_share`.
    Zone ``"ALL"`` is every trip. Returns one row per zone x mode: ``zone_id, mode, trips_before,
    trips_after`` (the mode's trips), ``zone_trips_before, zone_trips_after, users_before,
    users_after`` (the zone's), ``share_before, share_after`` (%), ``change_pp, change_ci_low,
    change_ci_high`` (percentage points), ``flag, masked``. A zone-period seen by fewer than
    ``min_users`` participants or with fewer than ``min_trips`` trips is masked.

    ``weights`` (``{user_id: weight}``): each trip also counts its participant's weight:
    ``share_before_weighted``, ``share_after_weighted``, ``change_pp_weighted`` with its range
    (``change_weighted_ci_low``, ``_high``: over the ``replicate_weights``, each re-raked, when given; else
    the participant bootstrap times the weights) and ``flag_weighted``. Counts, masks and the privacy rule
    stay on the real participants and trips; ``weighted`` says whether weights were given.
    ``mapper``: the bootstrap's chunks of replicates run elsewhere, e.g. on a Dask cluster
    (:func:`.bootstrap.bootstrap`: the same replicates as in one process).
    """
    min_users = check_min_users(min_users)
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    all_trips = travelled(prepare_trips(trips, legs, name))
    ids, geoms = zone_list(zones, zone_ids)
    zi = _trip_zones(all_trips, geoms, by, tz, name)
    period, _ = trip_periods(all_trips, periods, name)
    keep = period >= 0
    t = all_trips[keep]
    period = period[keep].astype(np.int64)
    zi = zi[keep]
    stop_if_cancelled(is_cancelled)
    present = set(t["main_mode"])
    modes = [m for m in DISPLAY_ORDER if m in present]
    cells = _ModeCells(t, zi, period, modes, len(ids) + 1)   # last zone = ALL
    point, reps = bootstrap(cells.stat, cells.n_users, len(cells.cells), n_boot, seed, is_cancelled, mapper=mapper)
    size = cells.n_z * 2 * cells.n_m
    lo, hi = interval(reps[:, size:], alpha)
    out = _share_table(cells, point[:size].reshape(cells.n_z, 2, cells.n_m), lo, hi,
                       list(ids) + [TOTAL_ZONE], modes, min_trips, min_users)
    out["weighted"] = weights is not None
    if weights is not None:
        _weighted_shares(out, cells, (weights, replicate_weights), n_boot, alpha, seed, (min_trips, min_users),
                         is_cancelled, mapper)
    out.attrs["warnings"] = [w for w in [min_users_warning(min_users)] if w]
    return out


def _trip_zones(all_trips, geoms, by, tz, name) -> np.ndarray:
    """Zone index of each trip (its origin's or its user's home's), -1 outside every zone."""
    if not geoms:
        return np.full(len(all_trips), -1, dtype=np.int64)
    require(all_trips, ("origin_lon", "origin_lat"), name)
    if by == "home":
        homes = home_locations(all_trips, tz=tz, trips_name=name)
        homes["zone_index"] = assign_zones(homes["home_lon"], homes["home_lat"], geoms)
        return all_trips["user_id"].map(homes.set_index("user_id")["zone_index"]).fillna(-1).to_numpy(np.int64)
    if by == "origin":
        return assign_zones(all_trips["origin_lon"], all_trips["origin_lat"], geoms)
    raise InputError(tr("unknown zoning '{by}'").format(by=by), field="by", hint=tr("Use origin or home."))


def _weighted_shares(out, cells, weighting, n_boot, alpha, seed, thresholds, is_cancelled, mapper=None):
    """The weighted shares before and after, their change with its range and flag, on ``out``."""
    from ..indicators.weighting import participant_weights, replicate_matrix

    weights, replicates = weighting
    w = participant_weights(cells.user_ids, weights)
    reps = replicate_matrix(replicates, cells.user_ids) if replicates is not None else None
    point, reps, _ = weighted_bootstrap(cells.stat, w, reps, len(cells.cells), n_boot, seed, is_cancelled,
                                        mapper=mapper)
    size = cells.n_z * 2 * cells.n_m
    counts = point[:size].reshape(cells.n_z, 2, cells.n_m)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = 100.0 * counts / counts.sum(axis=2, keepdims=True)
    lo, hi = interval(reps[:, size:], alpha)
    masked = out["masked"].to_numpy(bool)
    out["share_before_weighted"] = np.where(masked, np.nan, share[:, 0, :].reshape(-1))
    out["share_after_weighted"] = np.where(masked, np.nan, share[:, 1, :].reshape(-1))
    out["change_pp_weighted"] = out["share_after_weighted"] - out["share_before_weighted"]
    out["change_weighted_ci_low"] = np.where(masked, np.nan, lo)
    out["change_weighted_ci_high"] = np.where(masked, np.nan, hi)
    min_trips, min_users = thresholds
    zone_users = cells.zone_users()[np.repeat(np.arange(cells.n_z), cells.n_m)]
    zone_trips = _zone_trips(cells)[np.repeat(np.arange(cells.n_z), cells.n_m)]
    out["flag_weighted"] = sample_flags(zone_trips[:, 0], zone_trips[:, 1], zone_users[:, 0], zone_users[:, 1],
                                        out["change_weighted_ci_low"].to_numpy(),
                                        out["change_weighted_ci_high"].to_numpy(), min_trips, min_users, null=0.0)


def _zone_trips(cells) -> np.ndarray:
    """(n_z, 2) real trips per zone and period (every participant weighing 1)."""
    c = cells.counter(np.ones((1, cells.n_users)))[0].reshape(cells.n_z, 2, cells.n_m)
    return c.sum(axis=2)


class _ModeCells:
    """Trips counted per zone x period x mode (each trip also in the last zone, ALL), by participant."""

    def __init__(self, t, zi, period, modes, n_z):
        m_index = {m: i for i, m in enumerate(modes)}
        self.n_m = max(len(modes), 1)
        self.n_z = n_z
        ucodes, users = pd.factorize(t["user_id"].astype(str), sort=True)
        self.n_users = len(users)
        self.user_ids = np.asarray(users, dtype=object)
        mode_i = t["main_mode"].map(m_index).to_numpy(np.int64)
        in_zone = zi >= 0
        n_m = self.n_m
        self.cells = np.concatenate([(zi[in_zone] * 2 + period[in_zone]) * n_m + mode_i[in_zone],
                                     ((n_z - 1) * 2 + period) * n_m + mode_i])
        self.users = np.concatenate([ucodes[in_zone], ucodes])
        self.zone_cells = np.concatenate([zi[in_zone] * 2 + period[in_zone], (n_z - 1) * 2 + period])
        self.counter = Counts(self.cells, self.users, n_z * 2 * n_m, len(users))

    def stat(self, w):
        """[weighted counts (zone, period, mode) | share change after - before (zone, mode)]."""
        c = self.counter(w).reshape(len(w), self.n_z, 2, self.n_m)
        tot = c.sum(axis=3, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            share = 100.0 * c / tot
        return np.concatenate([c.reshape(len(w), -1), (share[:, :, 1] - share[:, :, 0]).reshape(len(w), -1)],
                              axis=1)

    def zone_users(self):
        """(n_z, 2) distinct participants per zone and period."""
        return (pd.DataFrame({"c": self.zone_cells, "u": self.users}).groupby("c")["u"].nunique()
                .reindex(np.arange(2 * self.n_z), fill_value=0).to_numpy(np.int64).reshape(self.n_z, 2))


def _share_table(cells: _ModeCells, counts, lo, hi, zone_names, modes, min_trips, min_users) -> pd.DataFrame:
    n_z, n_m = cells.n_z, cells.n_m
    zone_tot = counts.sum(axis=2)  # (n_z, 2)
    zu = cells.zone_users()
    rows = pd.MultiIndex.from_product([zone_names, modes or ["unknown"]], names=["zone_id", "mode"]).to_frame(
        index=False)
    zpos = np.repeat(np.arange(n_z), n_m)
    out = rows
    out["trips_before"] = counts[:, 0, :].reshape(-1)
    out["trips_after"] = counts[:, 1, :].reshape(-1)
    out["zone_trips_before"] = zone_tot[zpos, 0]
    out["zone_trips_after"] = zone_tot[zpos, 1]
    out["users_before"] = zu[zpos, 0]
    out["users_after"] = zu[zpos, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        out["share_before"] = 100.0 * out["trips_before"] / out["zone_trips_before"]
        out["share_after"] = 100.0 * out["trips_after"] / out["zone_trips_after"]
    out["change_pp"] = out["share_after"] - out["share_before"]
    out["change_ci_low"] = lo
    out["change_ci_high"] = hi
    flag = sample_flags(out["zone_trips_before"].to_numpy(), out["zone_trips_after"].to_numpy(),
                        out["users_before"].to_numpy(), out["users_after"].to_numpy(), lo, hi, min_trips, min_users,
                        null=0.0)
    out["flag"] = flag
    masked = ((out["users_before"] < min_users) | (out["users_after"] < min_users)
              | (out["zone_trips_before"] < min_trips) | (out["zone_trips_after"] < min_trips)).to_numpy()
    vals = ["trips_before", "trips_after", "zone_trips_before", "zone_trips_after", "share_before", "share_after",
            "change_pp", "change_ci_low", "change_ci_high"]
    out[vals] = out[vals].astype(float)
    out.loc[masked, vals] = np.nan
    out["masked"] = masked
    return out
