"""Rerouting: the share of trips whose route crosses the study area, before and after, for the same
origin-destination pairs."""
from typing import Callable, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..indicators.modal_share import assign_zones
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users
from .areas import polygon, zone_list
from .bootstrap import Counts, bootstrap, interval, sample_flags
from .common import first_column, keep_modes, require
from .periods import DEFAULT_TZ, EXCLUDE_HOLIDAYS, WEEKDAYS_ONLY, make_periods, trip_periods

_OD_COLUMNS = ("origin_lon", "origin_lat", "destination_lon", "destination_lat")


def _route_lines(routes: pd.DataFrame, name: str):
    """trip_id -> shapely line (or point) through the route's vertices, in their given order."""
    import shapely

    require(routes, ("trip_id", "lon", "lat"), name)
    r = routes
    order_col = first_column(r, ("time", "vertex", "entry_time"))
    if order_col is not None:
        r = r.sort_values(["trip_id", order_col], kind="stable")
    else:
        r = r.assign(_pos=np.arange(len(r))).sort_values(["trip_id", "_pos"], kind="stable")
    x = pd.to_numeric(r["lon"], errors="coerce").to_numpy(float)
    y = pd.to_numeric(r["lat"], errors="coerce").to_numpy(float)
    ok = np.isfinite(x) & np.isfinite(y)
    tid = r["trip_id"].astype(str).to_numpy()[ok]
    x, y = x[ok], y[ok]
    codes, uniq = pd.factorize(tid, sort=False)
    counts = np.bincount(codes, minlength=len(uniq))
    single = counts[codes] == 1  # a one-vertex route: repeat the vertex so it still makes a line
    xs = np.concatenate([x, x[single]])
    ys = np.concatenate([y, y[single]])
    cs = np.concatenate([codes, codes[single]])
    o = np.argsort(cs, kind="stable")
    lines = shapely.linestrings(np.column_stack([xs[o], ys[o]]), indices=cs[o])
    return pd.Series(lines, index=np.asarray(uniq, dtype=object))


def _od_keys(t: pd.DataFrame, od_zones, cell_m):
    olon, olat = t["origin_lon"].to_numpy(float), t["origin_lat"].to_numpy(float)
    dlon, dlat = t["destination_lon"].to_numpy(float), t["destination_lat"].to_numpy(float)
    if od_zones is not None:
        _, geoms = zone_list(od_zones)
        o, d = assign_zones(olon, olat, geoms), assign_zones(dlon, dlat, geoms)
    else:
        lat0 = np.nanmedian(np.concatenate([olat, dlat])) if len(t) else 0.0
        kx = 111_320.0 * np.cos(np.radians(lat0)) / cell_m
        ky = 111_320.0 / cell_m
        o = np.floor(olon * kx).astype(np.int64) * 1_000_003 + np.floor(olat * ky).astype(np.int64)
        d = np.floor(dlon * kx).astype(np.int64) * 1_000_003 + np.floor(dlat * ky).astype(np.int64)
        bad = ~(np.isfinite(olon) & np.isfinite(olat) & np.isfinite(dlon) & np.isfinite(dlat))
        o[bad] = -1
        d[bad] = -1
    ok = (o >= 0) & (d >= 0) if od_zones is not None else (o != -1)
    return o, d, ok


def rerouting(trips: pd.DataFrame, routes: Optional[pd.DataFrame], study_area, change=None, before=None,
              after=None, od_zones=None, cell_m: float = 500.0, legs: Optional[pd.DataFrame] = None,
              tz: str = DEFAULT_TZ, weekdays_only: bool = WEEKDAYS_ONLY, exclude_holidays: bool = EXCLUDE_HOLIDAYS,
              modes=None, n_boot: int = 1000, alpha: float = 0.05, seed: int = 0,
              min_users: int = DEFAULT_MIN_USERS, min_trips: int = 10, name: str = "trips",
              is_cancelled: Optional[Callable[[], bool]] = None, mapper=None) -> pd.DataFrame:
    """Share of trips whose route crosses the study area, before and after, for the same OD pairs.

    ``trips``: ``trip_id, user_id, start_time`` (+ ``origin_lon/lat``, ``destination_lon/lat``;
    when absent they are the first/last vertex of the route). ``routes``: the route vertices in
    travel order, ``trip_id, lon, lat`` (e.g. the points of the trip, or the vertices of the trips
    layer); with ``leg_id`` instead of ``trip_id`` give ``legs`` to map legs to trips. Without
    ``routes``, ``trips`` must carry a boolean ``through_area``. A route crosses the area when the
    line through its vertices intersects the polygon. OD pairs: cells of ``cell_m`` metres of the
    origin and the destination, or the zones ``od_zones``; only pairs seen in both periods count.
    The shares are standardised to the same pair mix in both periods (each pair weighted by its
    trips over both periods), so a change in who travels where is not read as rerouting.
    ``modes``: keep trips with these main modes (needs ``main_mode``/``mode``).
    Returns one row: ``n_pairs, trips_before, trips_after, users_before, users_after,
    share_before, share_after`` (%), ``change_pp, change_ci_low, change_ci_high, flag, masked``.
    ``mapper``: the bootstrap's chunks of replicates run elsewhere, e.g. on a Dask cluster
    (:func:`.bootstrap.bootstrap`: the same replicates as in one process).
    """
    min_users = check_min_users(min_users)
    study = polygon(study_area, "study_area")
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    require(trips, ("trip_id", "user_id", "start_time"), name)
    t = trips.copy()
    t["trip_id"] = t["trip_id"].astype(str)
    t["user_id"] = t["user_id"].astype(str)
    if modes is not None:
        mcol = first_column(t, ("main_mode", "mode"))
        if mcol is not None:
            t = keep_modes(t, mcol, modes)
    if routes is not None:
        t = _through_area(t, routes, legs, study)
    else:
        require(t, ("through_area",) + _OD_COLUMNS, name)
    period, _ = trip_periods(t, periods, name)
    t, period, pc = _common_pairs(t, period, od_zones, cell_m)
    n_p = pc.max() + 1
    ucodes, users = pd.factorize(t["user_id"], sort=True)
    through = t["through_area"].to_numpy(bool).astype(np.int64)
    cells = (pc * 2 + period) * 2 + through
    stat = _standardised_shares(Counts(cells, ucodes, n_p * 4, len(users)), n_p)
    point, reps = bootstrap(stat, len(users), len(cells), n_boot, seed, is_cancelled, mapper=mapper)
    lo, hi = interval(reps[:, 2:3], alpha)
    return _rerouting_row(t, period, n_p, point, lo, hi, min_trips, min_users)


def _through_area(t, routes, legs, study):
    """Trips with a route, ``through_area`` set, and origin/destination from the route when missing."""
    import shapely

    r = routes
    if "trip_id" not in r.columns and "leg_id" in r.columns and legs is not None:
        r = r.assign(trip_id=r["leg_id"].astype(str).map(legs.set_index(legs["leg_id"].astype(str))["trip_id"]
                                                        .astype(str)))
        r = r[r["trip_id"].notna()]
    lines = _route_lines(r, "routes")
    line = lines.reindex(t["trip_id"].to_numpy()).to_numpy(object)
    has = np.array([g is not None and not (isinstance(g, float)) for g in line], dtype=bool)
    through = np.zeros(len(t), dtype=bool)
    if has.any():
        through[has] = shapely.intersects(line[has].astype(object), study)
    t = t.assign(through_area=through)
    t = t[has]
    if not set(_OD_COLUMNS) <= set(t.columns):
        first = shapely.get_point(line[has], 0)
        last = shapely.get_point(line[has], -1)
        t = t.assign(origin_lon=shapely.get_x(first), origin_lat=shapely.get_y(first),
                     destination_lon=shapely.get_x(last), destination_lat=shapely.get_y(last))
    if not t["through_area"].any():
        raise InputError(tr("no route crosses the study area"), field="study_area",
                         hint=tr("Check that the study area is drawn where the data are (WGS84 longitude/latitude)."))
    return t


def _common_pairs(t, period, od_zones, cell_m):
    """Trips of the periods whose OD pair is seen in both: (trips, period, pair code 0..n_pairs-1)."""
    o, d, ok = _od_keys(t, od_zones, cell_m)
    keep = (period >= 0) & ok
    t = t[keep]
    period = period[keep].astype(np.int64)
    pair_codes, _ = pd.factorize(pd.MultiIndex.from_arrays([o[keep], d[keep]]), sort=False)
    seen = np.zeros((pair_codes.max() + 1 if len(pair_codes) else 0, 2), dtype=bool)
    seen[pair_codes, period] = True
    common = seen.all(axis=1)
    sel = common[pair_codes] if len(pair_codes) else np.zeros(0, dtype=bool)
    t = t[sel]
    period = period[sel]
    if len(t) == 0:
        raise InputError(tr("no origin-destination pair is seen in both periods"), field="cell_m",
                         hint=tr("Use larger origin-destination cells or zones, or longer periods."))
    pc, _ = pd.factorize(pair_codes[sel], sort=False)
    return t, period, pc


def _standardised_shares(counter, n_p):
    """stat(w) -> [share before, share after, after - before] (%), each pair weighted by its trips."""

    def stat(w):
        c = counter(w).reshape(len(w), n_p, 2, 2)  # pair, period, through
        n = c.sum(axis=3)  # (b, pair, period)
        with np.errstate(divide="ignore", invalid="ignore"):
            s = c[:, :, :, 1] / n
        weight = n.sum(axis=2)
        valid = (n > 0).all(axis=2)
        wv = np.where(valid, weight, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            sb = 100.0 * np.nansum(np.where(valid, s[:, :, 0], 0.0) * wv, axis=1) / wv.sum(axis=1)
            sa = 100.0 * np.nansum(np.where(valid, s[:, :, 1], 0.0) * wv, axis=1) / wv.sum(axis=1)
        return np.column_stack([sb, sa, sa - sb])

    return stat


def _rerouting_row(t, period, n_p, point, lo, hi, min_trips, min_users):
    u_b = t.loc[period == 0, "user_id"].nunique()
    u_a = t.loc[period == 1, "user_id"].nunique()
    n_b, n_a = int(np.sum(period == 0)), int(np.sum(period == 1))
    out = pd.DataFrame({"n_pairs": [int(n_p)], "trips_before": [n_b], "trips_after": [n_a],
                        "users_before": [u_b], "users_after": [u_a], "share_before": [point[0]],
                        "share_after": [point[1]], "change_pp": [point[2]], "change_ci_low": lo,
                        "change_ci_high": hi})
    out["flag"] = sample_flags(np.array([n_b]), np.array([n_a]), np.array([u_b]), np.array([u_a]), lo, hi,
                               min_trips, min_users, null=0.0)
    masked = (u_b < min_users) or (u_a < min_users)
    if masked:
        out[["share_before", "share_after", "change_pp", "change_ci_low", "change_ci_high"]] = np.nan
    out["masked"] = masked
    return out
