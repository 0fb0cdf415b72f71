"""Planning indicators: main mode of a trip, modal share by zone, monthly CO2e report.

Main mode (in the spirit of the French EMC² survey standard, Cerema)
------------------------------------------------------------------
A trip made of several legs gets ONE main mode: the highest of its legs' modes in
:data:`MAIN_MODE_HIERARCHY`::

    plane > train > metro > tram > bus          (public transport, heavy to light)
          > car                                 (driver or passenger)
          > motorcycle                          (powered two-wheelers)
          > escooter > ebike > bike             (personal light vehicles)
          > unknown > walk                      (walking only when every leg is walking)
          > wait                                (waiting at a stop: never a trip's main mode when it has
                                                 another leg; a trip of waits alone is not counted)

So a walk + bus + walk trip is a *bus* trip, a car + train trip a *train* trip, and a trip is a
*walk* trip only when all its legs are walking. ``unknown`` sits just above walking: a trip whose
only non-walking leg is undetermined is not counted as a walking trip. The whole trip (its
distance and duration) is attributed to its main mode, as EMC² does.

Zones
-----
``by="origin"``: a trip belongs to the zone holding its origin (the first vertex of the trip
line). ``by="home"``: to the zone holding its user's home. **Home** is the user's most
frequent *night origin*: for each user and local day (a day starts at 03:00 local time) the
origin of the first trip is taken; these points are binned on a ~200 m grid and the cell used on
the most days wins (ties: the cell visited first); home is the mean of the origins in that cell.
Home is found from all the trips given, before the period filter.
Points on a boundary shared by two zones go to the first zone of the layer.

Small cells
-----------
A zone (and the study total) with fewer than ``min_trips`` trips or fewer than ``min_users``
distinct users is *masked*: its counts and shares are published as empty values. With
``min_cell_users > 0``, a (zone, mode) cell with fewer distinct users is masked too.
"""
from dataclasses import dataclass, field
from typing import Callable, Mapping, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import InputError, check_cancelled, require_columns
from ..i18n import tr
from ..privacy.rules import DEFAULT_MIN_USERS
from ..vocab.modes import DISPLAY_ORDER, MAIN_MODE_HIERARCHY, MODES
from ..vocab.times import to_utc
from .emissions import compute_emissions

_RANK = {m: i for i, m in enumerate(MAIN_MODE_HIERARCHY)}
TOTAL_ZONE = "ALL"
DEFAULT_TZ = "Europe/Paris"
MEASURES = ("trips", "distance", "time")


def _require(df: pd.DataFrame, columns: Sequence[str], name: str) -> None:
    require_columns(df, columns, name,
                    tr("Use the trips and legs layers made by Tracemob (segmentation, then mode inference)."))


def _check(is_cancelled):
    check_cancelled(is_cancelled, tr("Indicator computation cancelled"))


def _normal_mode(values: pd.Series) -> pd.Series:
    codes, uniques = pd.factorize(values, use_na_sentinel=True)  # normalise each distinct value once
    clean = pd.Series(uniques, dtype=object).astype("string").str.strip().str.lower()
    clean = clean.where(clean.isin(MODES), "unknown").fillna("unknown").to_numpy(dtype=object)
    out = np.append(clean, "unknown")[np.where(codes < 0, len(clean), codes)]
    return pd.Series(out, index=values.index, dtype=object)


# --- main mode ------------------------------------------------------------------------------------
def trip_main_modes(legs: pd.DataFrame, legs_name: str = "legs") -> pd.DataFrame:
    """One row per trip of ``legs``: ``trip_id``, ``main_mode`` (see the module doc), ``n_legs``,
    ``modes`` (the distinct leg modes of the trip in hierarchy order, joined by '+')."""
    _require(legs, ("trip_id", "mode"), legs_name)
    mode = _normal_mode(legs["mode"])
    rank = mode.map(_RANK).to_numpy(np.int64)
    codes, trip_ids = pd.factorize(legs["trip_id"].astype(str), sort=False)
    n = len(trip_ids)
    best = np.full(n, len(MAIN_MODE_HIERARCHY), dtype=np.int64)
    np.minimum.at(best, codes, rank)
    mask = np.zeros(n, dtype=np.int64)
    np.bitwise_or.at(mask, codes, np.left_shift(1, rank))
    hier = np.array(MAIN_MODE_HIERARCHY, dtype=object)
    # the distinct modes of a trip, in hierarchy order: one string per distinct bit mask
    masks, inverse = np.unique(mask, return_inverse=True)
    names = np.array(["+".join(m for i, m in enumerate(MAIN_MODE_HIERARCHY) if int(k) >> i & 1) for k in masks],
                     dtype=object)
    out = pd.DataFrame({"trip_id": np.asarray(trip_ids, dtype=object), "main_mode": hier[best],
                        "n_legs": np.bincount(codes, minlength=n).astype(np.int64), "modes": names[inverse]})
    return out


def travelled(trips: pd.DataFrame) -> pd.DataFrame:
    """``trips`` (with ``main_mode``) without the trips of waits alone (a wait at a stop that segmentation made a trip
    of its own): no travel, left out of modal shares."""
    return trips[trips["main_mode"].to_numpy(dtype=object) != "wait"]


def prepare_trips(trips: Optional[pd.DataFrame], legs: Optional[pd.DataFrame] = None,
                  trips_name: str = "trips", legs_name: str = "legs") -> pd.DataFrame:
    """Trips with ``main_mode`` (from the legs; a trip without legs is ``unknown``).

    With no legs, ``trips`` must already carry ``main_mode`` (or ``mode``). With no trips, trips
    are rebuilt from the legs (user, first start, last end, summed distance and duration).
    """
    if trips is None:
        _require(legs, ("trip_id", "user_id", "start_time", "end_time", "distance_m", "mode"), legs_name)
        lg = legs.assign(trip_id=legs["trip_id"].astype(str),
                         start_time=to_utc(legs["start_time"], legs_name, "start_time"),
                         end_time=to_utc(legs["end_time"], legs_name, "end_time"))
        g = lg.groupby("trip_id", sort=False)
        trips = pd.DataFrame({"user_id": g["user_id"].first(), "start_time": g["start_time"].min(),
                              "end_time": g["end_time"].max(), "distance_m": g["distance_m"].sum()}).reset_index()
        trips["duration_s"] = (trips["end_time"] - trips["start_time"]).dt.total_seconds()
    _require(trips, ("trip_id", "user_id", "start_time", "distance_m", "duration_s"), trips_name)
    out = trips.copy()
    out["trip_id"] = out["trip_id"].astype(str)
    out["user_id"] = out["user_id"].astype(str)
    out["start_time"] = to_utc(out["start_time"], trips_name, "start_time")
    out["distance_m"] = pd.to_numeric(out["distance_m"], errors="coerce")
    out["duration_s"] = pd.to_numeric(out["duration_s"], errors="coerce")
    if legs is not None:
        mm = trip_main_modes(legs, legs_name)
        out = out.drop(columns=[c for c in ("main_mode", "n_legs", "modes") if c in out.columns])
        out = out.merge(mm, on="trip_id", how="left")
        out["main_mode"] = out["main_mode"].fillna("unknown")
        out["n_legs"] = out["n_legs"].fillna(0).astype(np.int64)
        out["modes"] = out["modes"].fillna("")
    elif "main_mode" in out.columns or "mode" in out.columns:
        out["main_mode"] = _normal_mode(out["main_mode"] if "main_mode" in out.columns else out["mode"])
    else:
        raise InputError(tr("the trips have no mode and no legs layer was given"), file=trips_name,
                         field="main_mode", hint=tr("Give the legs layer with a mode field (mode inference output)."))
    return out


# --- zones ----------------------------------------------------------------------------------------
def assign_zones(lon, lat, zone_geoms) -> np.ndarray:
    """Index of the zone (shapely polygons, same CRS as lon/lat) holding each point; -1 if none.

    Vectorised with a shapely 2 STRtree; a point on a shared boundary goes to the first zone.
    """
    import shapely

    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    out = np.full(len(lon), -1, dtype=np.int64)
    geoms = np.asarray(zone_geoms, dtype=object)
    if len(lon) == 0 or len(geoms) == 0:
        return out
    ok = np.isfinite(lon) & np.isfinite(lat)
    idx_ok = np.nonzero(ok)[0]
    pts = shapely.points(lon[ok], lat[ok])
    tree = shapely.STRtree(geoms)
    pi, zi = tree.query(pts, predicate="intersects")
    if len(pi):
        best = np.full(len(pts), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(best, pi, zi.astype(np.int64))
        hit = best != np.iinfo(np.int64).max
        out[idx_ok[hit]] = best[hit]
    return out


def home_locations(trips: pd.DataFrame, tz: str = DEFAULT_TZ, day_start_hour: int = 3,
                   cell_m: float = 200.0, trips_name: str = "trips") -> pd.DataFrame:
    """Home of each user (see the module doc): ``user_id, home_lon, home_lat, n_days, n_home_days``.

    ``trips`` needs ``user_id``, ``start_time``, ``origin_lon``, ``origin_lat`` (WGS84).
    """
    _require(trips, ("user_id", "start_time", "origin_lon", "origin_lat"), trips_name)
    t = pd.DataFrame({"user_id": trips["user_id"].astype(str).to_numpy(),
                      "start": to_utc(trips["start_time"], trips_name, "start_time").to_numpy(),
                      "lon": pd.to_numeric(trips["origin_lon"], errors="coerce").to_numpy(float),
                      "lat": pd.to_numeric(trips["origin_lat"], errors="coerce").to_numpy(float)})
    t = t[np.isfinite(t["lon"]) & np.isfinite(t["lat"])]
    if t.empty:
        return pd.DataFrame(columns=["user_id", "home_lon", "home_lat", "n_days", "n_home_days"])
    local = pd.to_datetime(t["start"], utc=True).dt.tz_convert(tz)
    t["day"] = (local - pd.Timedelta(hours=day_start_hour)).dt.tz_localize(None).dt.normalize().to_numpy()
    first = t.sort_values(["user_id", "start"], kind="stable").groupby(["user_id", "day"], sort=False).head(1)
    lat0 = first.groupby("user_id")["lat"].transform("median").to_numpy()
    m_per_deg = 111_320.0
    first = first.assign(cy=np.floor(first["lat"].to_numpy() * m_per_deg / cell_m).astype(np.int64),
                         cx=np.floor(first["lon"].to_numpy() * m_per_deg * np.cos(np.radians(lat0)) / cell_m)
                         .astype(np.int64))
    cells = (first.groupby(["user_id", "cx", "cy"], sort=False)
             .agg(n=("day", "size"), firstseen=("start", "min"), lon=("lon", "mean"), lat=("lat", "mean"))
             .reset_index())
    cells = cells.sort_values(["user_id", "n", "firstseen"], ascending=[True, False, True], kind="stable")
    best = cells.groupby("user_id", sort=False).head(1)
    n_days = first.groupby("user_id").size()
    out = pd.DataFrame({"user_id": best["user_id"].to_numpy(), "home_lon": best["lon"].to_numpy(),
                        "home_lat": best["lat"].to_numpy(), "n_home_days": best["n"].to_numpy(np.int64)})
    out["n_days"] = out["user_id"].map(n_days).to_numpy(np.int64)
    return out[["user_id", "home_lon", "home_lat", "n_days", "n_home_days"]].reset_index(drop=True)


# --- modal share ----------------------------------------------------------------------------------
@dataclass
class ModalShare:
    """Result of :func:`modal_share`.

    ``cells``: one row per (zone, mode) with ``zone_id, mode, n_trips, n_users, distance_km, duration_h,
    share_trips, share_distance, share_time`` (shares in %), ``masked``; zone ``"ALL"`` is the study.
    ``zones``: one row per zone (the input order, then ``"ALL"``) with ``zone_index`` (-1 for ALL),
    ``zone_id, n_trips, n_users, distance_km, duration_h, masked`` and for every mode of
    :data:`DISPLAY_ORDER` (0 when absent) ``n_<mode>``,
    ``sh_<mode>`` (% of trips), ``km_<mode>``, ``shkm_<mode>`` (% of distance), ``h_<mode>``,
    ``shh_<mode>`` (% of time). Masked values are NaN.
    ``trips``: the trips used, with ``main_mode`` and ``zone_id`` ("" when outside every zone).
    ``homes``: the homes found (``by="home"``), else empty.
    """

    cells: pd.DataFrame
    zones: pd.DataFrame
    trips: pd.DataFrame
    homes: pd.DataFrame = field(default_factory=pd.DataFrame)
    modes: tuple = ()
    params: dict = field(default_factory=dict)


def _to_utc_ts(value):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    ts = pd.Timestamp(value)
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def filter_period(df: pd.DataFrame, start=None, end=None, column: str = "start_time") -> pd.DataFrame:
    """Rows whose ``column`` is in ``[start, end)``; naive bounds are UTC; None = open."""
    start, end = _to_utc_ts(start), _to_utc_ts(end)
    if start is not None and end is not None and end <= start:
        raise InputError(tr("the end of the period is not after its start"), field="period",
                         hint=tr("Give an end date later than the start date."))
    keep = np.ones(len(df), dtype=bool)
    times = pd.to_datetime(df[column], utc=True)
    if start is not None:
        keep &= (times >= start).to_numpy()
    if end is not None:
        keep &= (times < end).to_numpy()
    return df[keep]


def _wide_table(zones: pd.DataFrame, cells: pd.DataFrame, modes) -> pd.DataFrame:
    """One row per zone, the columns of every mode of :data:`DISPLAY_ORDER` (0 when absent, NaN when masked)."""
    wide = zones.copy()
    for col in ("n_trips", "n_users", "distance_km", "duration_h"):
        wide[col] = wide[col].astype(float)
    wide.loc[wide["masked"], ["n_trips", "n_users", "distance_km", "duration_h"]] = np.nan
    piv = cells.pivot(index="zone_index", columns="mode")
    for m in DISPLAY_ORDER:  # every mode, present or not: a stable schema for styles and joins
        if m not in modes:
            zero = np.where(wide["masked"].to_numpy(), np.nan, 0.0)
            for prefix in ("n_", "sh_", "km_", "shkm_", "h_", "shh_"):
                wide[prefix + m] = zero
            continue
        for prefix, col in (("n_", "n_trips"), ("sh_", "share_trips"), ("km_", "distance_km"),
                            ("shkm_", "share_distance"), ("h_", "duration_h"), ("shh_", "share_time")):
            wide[prefix + m] = piv[(col, m)].reindex(wide["zone_index"]).to_numpy()
    if "share_trips_low" in cells.columns:  # ranges from replicate weights: lo_<mode>, hi_<mode> (%)
        for m in DISPLAY_ORDER:
            for prefix, col in (("lo_", "share_trips_low"), ("hi_", "share_trips_high")):
                wide[prefix + m] = (piv[(col, m)].reindex(wide["zone_index"]).to_numpy() if m in modes else
                                    np.where(wide["masked"].to_numpy(), np.nan, 0.0))
    return wide


def modal_share(trips: Optional[pd.DataFrame], legs: Optional[pd.DataFrame] = None,
                zone_ids: Optional[Sequence] = None, zone_geoms: Optional[Sequence] = None,
                by: str = "origin", start=None, end=None, min_users: int = 10, min_trips: int = 10,
                min_cell_users: int = 0, tz: str = DEFAULT_TZ,
                trips_name: str = "trips", legs_name: str = "legs", weights: Optional[Mapping] = None,
                replicate_weights: Optional[pd.DataFrame] = None, level: float = 0.95,
                progress: Optional[Callable[[float], None]] = None,
                is_cancelled: Optional[Callable[[], bool]] = None) -> ModalShare:
    """Counts and shares of trips by main mode, per zone and for the whole study.

    ``trips``: trips table (``trip_id, user_id, start_time, distance_m, duration_s``; with zones,
    ``origin_lon, origin_lat`` in WGS84); ``legs`` gives the modes (see :func:`prepare_trips`).
    ``zone_geoms``: shapely polygons in WGS84 (EPSG:4326; the QGIS glue reprojects other CRSs),
    ``zone_ids`` their identifiers (default 0..n-1). ``by``: ``"origin"`` or ``"home"``.
    ``start``/``end``: the period, ``[start, end)`` on the trip start time.
    ``weights``: optional ``{user_id: weight}`` (see :func:`.weighting.rake`): the shares are then weighted
    (a participant without a weight counts 0 in them); counts and privacy masks stay on real participants.
    ``replicate_weights``: optional table ``user_id, rw_001...`` (:func:`.weighting.replicate_weights`: each
    column a bootstrap sample raked again): the cells then get ``share_trips_low`` / ``share_trips_high``, the
    ``level`` range of the weighted trip share over the replicates.
    """
    used, homes, zone_ids = zoned_trips(trips, legs, zone_ids, zone_geoms, by=by, start=start, end=end, tz=tz,
                                        min_users=min_users, min_trips=min_trips, min_cell_users=min_cell_users,
                                        trips_name=trips_name, legs_name=legs_name, progress=progress,
                                        is_cancelled=is_cancelled)
    tot, cell = zone_mode_sums(cell_rows(used, len(zone_ids) > 0))
    cells, zones, modes, n_replicates = share_tables(zone_ids, tot, cell, used_modes(used), min_users, min_trips,
                                                     min_cell_users, used=used, weights=weights,
                                                     replicate_weights=replicate_weights, level=level)
    if progress:
        progress(1.0)
    return ModalShare(cells=cells, zones=zones, trips=used,
                      homes=homes, modes=modes,
                      params=dict(by=by, start=start, end=end, min_users=min_users, min_trips=min_trips,
                                  min_cell_users=min_cell_users, tz=tz, weighted=weights is not None,
                                  n_users_without_weight=_n_without_weight(used, weights),
                                  n_replicates=n_replicates, level=level))


def zoned_trips(trips: Optional[pd.DataFrame], legs: Optional[pd.DataFrame] = None,
                zone_ids: Optional[Sequence] = None, zone_geoms: Optional[Sequence] = None, by: str = "origin",
                start=None, end=None, tz: str = DEFAULT_TZ, min_users: int = 10, min_trips: int = 10,
                min_cell_users: int = 0, trips_name: str = "trips", legs_name: str = "legs",
                progress: Optional[Callable[[float], None]] = None,
                is_cancelled: Optional[Callable[[], bool]] = None):
    """``(used, homes, zone_ids)``: the trips counted by :func:`modal_share` (main mode, ``zone_index`` (-1
    outside every zone), ``zone_id``; period filtered, trips of waits alone left out), the homes (``by="home"``)
    and the zone ids as text. Per participant (a trip's zone depends only on its participant's trips): on a
    cluster each partition of whole participants runs it (``core/cluster/aggregates.py``)."""
    if by not in ("origin", "home"):
        raise InputError(tr("unknown zoning '{by}'").format(by=by), field="by", hint=tr("Use origin or home."))
    for name, value in (("min_users", min_users), ("min_trips", min_trips), ("min_cell_users", min_cell_users)):
        if value is None or value < 0:
            raise InputError(tr("the threshold must be 0 or more"), field=name)
    all_trips = prepare_trips(trips, legs, trips_name, legs_name)
    _check(is_cancelled)
    if progress:
        progress(0.2)
    if zone_geoms is not None:
        zone_geoms = list(zone_geoms)
        zone_ids = [str(z) for z in (zone_ids if zone_ids is not None else range(len(zone_geoms)))]
        if len(zone_ids) != len(zone_geoms):
            raise InputError(tr("there are not as many zone ids as zone geometries"), field="zone_ids")
        _require(all_trips, ("origin_lon", "origin_lat"), trips_name)
    else:
        zone_ids = []
    homes = pd.DataFrame()
    if zone_geoms is not None:
        if by == "home":
            homes = home_locations(all_trips, tz=tz, trips_name=trips_name)
            homes["zone_index"] = assign_zones(homes["home_lon"], homes["home_lat"], zone_geoms)
            zi = all_trips["user_id"].map(homes.set_index("user_id")["zone_index"]).fillna(-1)
            all_trips["zone_index"] = zi.to_numpy(np.int64)
        else:
            all_trips["zone_index"] = assign_zones(all_trips["origin_lon"], all_trips["origin_lat"], zone_geoms)
    else:
        all_trips["zone_index"] = -1
    _check(is_cancelled)
    if progress:
        progress(0.6)
    used = travelled(filter_period(all_trips, start, end))
    ids = np.array(list(zone_ids) + [""], dtype=object)
    return used.assign(zone_id=ids[used["zone_index"].to_numpy()]), homes, list(zone_ids)


#: what the reduction of the modal share reads of each trip (:func:`cell_rows`)
CELL_COLUMNS = ["zone_index", "main_mode", "user_id", "distance_m", "duration_s"]


def cell_rows(used: pd.DataFrame, zoned: bool) -> pd.DataFrame:
    """Each trip once in its zone's rows (when there are zones and it lies in one) and once in ALL's (zone
    -1): the rows :func:`zone_mode_sums` groups, keyed by ``zone_index`` (a cluster shuffles them on it)."""
    lean = used[CELL_COLUMNS]
    parts = [lean.assign(zone_index=np.int64(-1))]
    if zoned:
        parts.insert(0, lean[lean["zone_index"].to_numpy() >= 0])
    return pd.concat(parts, ignore_index=True)


def zone_mode_sums(rows: pd.DataFrame):
    """``(tot, cell)`` of :func:`cell_rows`: per zone (index ``zone_index``) and per (zone, main mode): trips,
    distinct participants, km and hours. Each group's figures depend only on its own rows in their order: the
    rows of some zones only (a reduce task's bucket) give those zones' figures bit for bit."""
    g = rows.groupby("zone_index")
    tot = pd.DataFrame({"n_trips": g.size(), "n_users": g["user_id"].nunique(),
                        "distance_km": g["distance_m"].sum() / 1000.0, "duration_h": g["duration_s"].sum() / 3600.0})
    gm = rows.groupby(["zone_index", "main_mode"])
    cell = pd.DataFrame({"n_trips": gm.size(), "n_users": gm["user_id"].nunique(),
                         "distance_km": gm["distance_m"].sum() / 1000.0,
                         "duration_h": gm["duration_s"].sum() / 3600.0}).reset_index()
    return tot, cell


def used_modes(used: pd.DataFrame) -> tuple:
    """The main modes present, in :data:`DISPLAY_ORDER` (``("unknown",)`` when there is no trip)."""
    present = set(used["main_mode"])
    return tuple(m for m in DISPLAY_ORDER if m in present) or ("unknown",)


def share_tables(zone_ids: Sequence[str], tot: pd.DataFrame, cell: pd.DataFrame, modes: tuple, min_users: int,
                 min_trips: int, min_cell_users: int = 0, used: Optional[pd.DataFrame] = None,
                 weights: Optional[Mapping] = None, replicate_weights: Optional[pd.DataFrame] = None,
                 level: float = 0.95):
    """``(cells, zones, modes, n_replicates)`` of :class:`ModalShare` from the sums of :func:`zone_mode_sums`:
    every zone x every mode, shares, then the privacy rule on the reduced cells (zones under ``min_trips``
    trips or ``min_users`` participants, cells under ``min_cell_users``: masked). ``used`` (the trips) is
    needed only with ``weights`` / ``replicate_weights``."""
    zone_frame = pd.DataFrame({"zone_index": np.arange(len(zone_ids), dtype=np.int64), "zone_id": list(zone_ids)})
    zones = pd.concat([zone_frame, pd.DataFrame({"zone_index": [-1], "zone_id": [TOTAL_ZONE]})], ignore_index=True)
    zones = zones.merge(tot, left_on="zone_index", right_index=True, how="left")
    zones[["n_trips", "n_users"]] = zones[["n_trips", "n_users"]].fillna(0).astype(np.int64)
    zones[["distance_km", "duration_h"]] = zones[["distance_km", "duration_h"]].fillna(0.0)
    zones["masked"] = (zones["n_trips"] < min_trips) | (zones["n_users"] < min_users)

    # long table: every zone x every mode present
    grid = pd.MultiIndex.from_product([zones["zone_index"].to_numpy(), list(modes)],
                                      names=["zone_index", "main_mode"]).to_frame(index=False)
    cells = grid.merge(cell, on=["zone_index", "main_mode"], how="left")
    cells[["n_trips", "n_users"]] = cells[["n_trips", "n_users"]].fillna(0).astype(np.int64)
    cells[["distance_km", "duration_h"]] = cells[["distance_km", "duration_h"]].fillna(0.0)
    z = zones.set_index("zone_index")
    zt = z.loc[cells["zone_index"].to_numpy()]
    with np.errstate(divide="ignore", invalid="ignore"):
        cells["share_trips"] = 100.0 * cells["n_trips"].to_numpy() / zt["n_trips"].to_numpy()
        cells["share_distance"] = 100.0 * cells["distance_km"].to_numpy() / zt["distance_km"].to_numpy()
        cells["share_time"] = 100.0 * cells["duration_h"].to_numpy() / zt["duration_h"].to_numpy()
    share_cols = ["share_trips", "share_distance", "share_time"]
    cells[share_cols] = cells[share_cols].replace([np.inf, -np.inf], np.nan)
    if weights is not None:
        cells[share_cols] = _weighted_shares(used, weights, cells)
    share_cols, n_replicates = _add_ranges(cells, used, replicate_weights, level, share_cols)
    cells["zone_id"] = zt["zone_id"].to_numpy()
    cell_masked = zt["masked"].to_numpy() | ((cells["n_users"].to_numpy() < min_cell_users)
                                             & (cells["n_trips"].to_numpy() > 0))
    cells["masked"] = cell_masked
    values = ["n_trips", "n_users", "distance_km", "duration_h"] + share_cols
    cells[values] = cells[values].astype(float)
    cells.loc[cell_masked, values] = np.nan
    cells = cells.rename(columns={"main_mode": "mode"})[["zone_id", "mode"] + values + ["masked", "zone_index"]]
    wide = _wide_table(zones, cells, modes)
    cells["weighted"] = wide["weighted"] = weights is not None
    return cells.reset_index(drop=True), wide.reset_index(drop=True), modes, n_replicates


def _user_weights(used: pd.DataFrame, weights: Mapping) -> np.ndarray:
    """The weight of each trip's participant (0 when the participant has none, or a NaN or negative one)."""
    if not isinstance(weights, pd.Series):
        weights = pd.Series(dict(weights), dtype=float)
    weights = pd.to_numeric(weights, errors="coerce")
    weights.index = weights.index.astype(str)
    w = used["user_id"].astype(str).map(weights).to_numpy(float)
    return np.where(np.isfinite(w) & (w > 0), w, 0.0)


def _n_without_weight(used: pd.DataFrame, weights) -> int:
    if weights is None:
        return 0
    w = _user_weights(used, weights)
    return int(used.loc[w == 0, "user_id"].nunique())


def _weighted_shares(used: pd.DataFrame, weights: Mapping, cells: pd.DataFrame) -> np.ndarray:
    """Shares (%) of trips, distance and time per cell of ``cells`` (zone_index, main_mode), each trip
    counted with its participant's weight; ALL (zone -1) holds every trip."""
    w = _user_weights(used, weights)
    frame = pd.DataFrame({"zone_index": used["zone_index"].to_numpy(), "main_mode": used["main_mode"].to_numpy(),
                          "t": w, "d": w * used["distance_m"].to_numpy(float),
                          "h": w * used["duration_s"].to_numpy(float)})
    both = pd.concat([frame[frame["zone_index"] >= 0], frame.assign(zone_index=-1)], ignore_index=True)
    per_cell = both.groupby(["zone_index", "main_mode"])[["t", "d", "h"]].sum()
    per_zone = both.groupby("zone_index")[["t", "d", "h"]].sum()
    key = pd.MultiIndex.from_arrays([cells["zone_index"].to_numpy(), cells["main_mode"].to_numpy()])
    num = per_cell.reindex(key).fillna(0.0).to_numpy()
    den = per_zone.reindex(cells["zone_index"].to_numpy()).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = 100.0 * num / den
    return np.where(np.isfinite(shares), shares, np.nan)


def _add_ranges(cells, used, replicate_weights, level, share_cols):
    """``share_trips_low`` / ``share_trips_high`` on ``cells`` when there are replicate weights."""
    if replicate_weights is None:
        return share_cols, 0
    low, high, n_replicates = _replicate_ranges(used, replicate_weights, cells, level)
    cells["share_trips_low"], cells["share_trips_high"] = low, high
    return share_cols + ["share_trips_low", "share_trips_high"], n_replicates


def _replicate_ranges(used: pd.DataFrame, replicates: pd.DataFrame, cells: pd.DataFrame, level: float):
    """``(low, high, B)``: the ``level`` range of the weighted trip share of each cell over the ``B``
    replicate-weight columns (one sparse product: participants x cells)."""
    from .weighting import cell_shares, replicate_columns, replicate_range, trip_cells

    cols = replicate_columns(replicates)
    if not cols:
        raise InputError(tr("the weights table has no replicate weights (rw_001, rw_002...)"), field="rw_001",
                         hint=tr("Run 'Weight the panel to the population' with replicates."))
    table = replicates.assign(user_id=replicates["user_id"].astype(str)).drop_duplicates("user_id")
    reps = table[cols].apply(pd.to_numeric, errors="coerce").fillna(0.0).clip(lower=0.0).to_numpy().T
    users = pd.Index(table["user_id"])
    ui = users.get_indexer(used["user_id"].astype(str))
    key = pd.MultiIndex.from_arrays([cells["zone_index"].to_numpy(), cells["main_mode"].to_numpy()])
    zone_idx = used["zone_index"].to_numpy()
    modes = used["main_mode"].to_numpy()
    rows, cols_idx = [], []
    # each trip counts in its zone's cell (trips outside every zone in none) and in ALL's (zone -1)
    for zone, inside in ((zone_idx, zone_idx >= 0), (np.full(len(used), -1), np.ones(len(used), dtype=bool))):
        ci = key.get_indexer(pd.MultiIndex.from_arrays([zone, modes]))
        ok = inside & (ui >= 0) & (ci >= 0)
        rows.append(ui[ok])
        cols_idx.append(ci[ok])
    counts = trip_cells(np.concatenate(rows), np.concatenate(cols_idx), len(users), len(cells))
    shares = cell_shares(reps, counts, cells["zone_index"].to_numpy())
    low, high = replicate_range(shares, level, point=cells["share_trips"].to_numpy(float))
    return low, high, len(cols)


# --- CO2 report -----------------------------------------------------------------------------------
@dataclass
class Co2Report:
    """Result of :func:`co2_report` (masses in kg CO2e, distances in km, months ``YYYY-MM`` local).

    ``by_mode``: ``user_id, month, mode, n_legs, distance_km, co2e_kg``.
    ``by_user``: ``user_id, month, n_legs, distance_km, co2e_kg, distance_km_no_factor, n_users``
    (users in the study that month), ``percentile`` (% of the OTHER users of that month who emitted
    less; ties count half), ``median_others_kg`` (median of the other users that month); both are
    NaN when fewer than ``min_others`` other users are there.
    ``study``: ``month, mode, n_users, n_legs, distance_km, co2e_kg, co2e_kg_per_user``.
    """

    by_mode: pd.DataFrame
    by_user: pd.DataFrame
    study: pd.DataFrame
    params: dict = field(default_factory=dict)


def _percentile_and_median_of_others(values: np.ndarray):
    """For each value: % of the others strictly below (ties half) and the median of the others."""
    n = len(values)
    if n < 2:
        return np.full(n, np.nan), np.full(n, np.nan)
    v = np.sort(values)
    below = np.searchsorted(v, values, side="left")
    equal_others = np.searchsorted(v, values, side="right") - below - 1
    pct = 100.0 * (below + 0.5 * equal_others) / (n - 1)
    # position k of each value in the sorted array (any of its ties: the median is the same)
    k = below
    m = n - 1  # size of "the others"

    def others_at(j):  # j-th smallest of the others (remove position k)
        return v[np.where(j < k, j, j + 1)]

    if m % 2 == 1:
        med = others_at(np.full(n, m // 2))
    else:
        med = 0.5 * (others_at(np.full(n, m // 2 - 1)) + others_at(np.full(n, m // 2)))
    return pct, med


def co2_report(legs: pd.DataFrame, factors=None, scope: str = "usage", start=None, end=None,
               tz: str = DEFAULT_TZ, min_others: int = DEFAULT_MIN_USERS - 1, legs_name: str = "legs",
               weights: Optional[Mapping] = None, progress: Optional[Callable[[float], None]] = None,
               is_cancelled: Optional[Callable[[], bool]] = None, **emission_kwargs) -> Co2Report:
    """Monthly CO2e and distance per user and mode, and each user's standing among the others.

    ``legs`` needs ``user_id, start_time, distance_m, mode``; when it has no ``co2e_g`` it is
    computed first with :func:`compute_emissions` (``factors``, ``scope``, ``emission_kwargs``).
    Months are calendar months in ``tz``; ``start``/``end`` filter on the leg start time.
    ``weights``: optional ``{user_id: weight}`` (:func:`.weighting.rake`): ``study`` then also gives
    ``co2e_kg_per_capita_weighted``, each participant of the month counted with their weight (participants
    without a weight left out), the population's mean per person rather than the panel's.
    """
    _require(legs, ("user_id", "start_time", "distance_m", "mode"), legs_name)
    if min_others is None or min_others < 1:
        raise InputError(tr("the threshold must be 1 or more"), field="min_others")
    if "co2e_g" not in legs.columns:
        legs = compute_emissions(legs, factors, scope=scope, source_name=legs_name, **emission_kwargs)
    _check(is_cancelled)
    df = pd.DataFrame({"user_id": legs["user_id"].astype(str).to_numpy(),
                       "start_time": to_utc(legs["start_time"], legs_name, "start_time").to_numpy(),
                       "mode": _normal_mode(legs["mode"]).to_numpy(),
                       "distance_km": pd.to_numeric(legs["distance_m"], errors="coerce").to_numpy(float) / 1000.0,
                       "co2e_kg": pd.to_numeric(legs["co2e_g"], errors="coerce").to_numpy(float) / 1000.0})
    df = filter_period(df, start, end)
    local = pd.to_datetime(df["start_time"], utc=True).dt.tz_convert(tz)
    code = (local.dt.year * 12 + local.dt.month - 1).to_numpy(np.int64)
    codes, inverse = np.unique(code, return_inverse=True)
    labels = np.array(["{:04d}-{:02d}".format(int(c) // 12, int(c) % 12 + 1) for c in codes], dtype=object)
    df = df.assign(month=labels[inverse],
                   km_nf=np.where(np.isnan(df["co2e_kg"].to_numpy()), df["distance_km"].fillna(0).to_numpy(), 0.0))
    if progress:
        progress(0.4)
    g = df.groupby(["user_id", "month", "mode"])
    by_mode = pd.DataFrame({"n_legs": g.size(), "distance_km": g["distance_km"].sum(),
                            "co2e_kg": g["co2e_kg"].sum(min_count=1)}).reset_index()
    g = df.groupby(["user_id", "month"])
    by_user = pd.DataFrame({"n_legs": g.size(), "distance_km": g["distance_km"].sum(),
                            "co2e_kg": g["co2e_kg"].sum(), "distance_km_no_factor": g["km_nf"].sum()}).reset_index()
    by_user["n_users"] = by_user.groupby("month")["user_id"].transform("size").astype(np.int64)
    by_user["percentile"] = np.nan
    by_user["median_others_kg"] = np.nan
    for month, idx in by_user.groupby("month").groups.items():  # a loop over months
        _check(is_cancelled)
        vals = by_user.loc[idx, "co2e_kg"].to_numpy(float)
        if len(vals) - 1 < min_others:
            continue
        pct, med = _percentile_and_median_of_others(vals)
        by_user.loc[idx, "percentile"] = pct
        by_user.loc[idx, "median_others_kg"] = med
    g = df.groupby(["month", "mode"])
    study = pd.DataFrame({"n_users": g["user_id"].nunique(), "n_legs": g.size(),
                          "distance_km": g["distance_km"].sum(), "co2e_kg": g["co2e_kg"].sum()}).reset_index()
    users_month = df.groupby("month")["user_id"].nunique()
    study["co2e_kg_per_user"] = study["co2e_kg"] / study["month"].map(users_month).to_numpy()
    if weights is not None:
        study["co2e_kg_per_capita_weighted"] = _weighted_per_capita(df, weights, study)
    if progress:
        progress(1.0)
    return Co2Report(by_mode=by_mode, by_user=by_user, study=study,
                     params=dict(start=start, end=end, tz=tz, min_others=min_others, scope=scope,
                                 weighted=weights is not None,
                                 n_users_without_weight=_n_without_weight(df, weights)))


def _weighted_per_capita(df: pd.DataFrame, weights: Mapping, study: pd.DataFrame) -> np.ndarray:
    """Per month and mode: sum over participants of weight x their kg, over the month's sum of weights of
    the participants seen that month (every participant once, whatever their legs)."""
    w = _user_weights(df, weights)
    frame = df.assign(_wkg=w * df["co2e_kg"].fillna(0.0).to_numpy(float))
    num = frame.groupby(["month", "mode"])["_wkg"].sum()
    first = ~frame.duplicated(["month", "user_id"]).to_numpy()
    per_user = frame[first].assign(_w=w[first])
    den = per_user.groupby("month")["_w"].sum()
    key = pd.MultiIndex.from_arrays([study["month"].to_numpy(), study["mode"].to_numpy()])
    with np.errstate(invalid="ignore", divide="ignore"):
        out = num.reindex(key).to_numpy(float) / den.reindex(study["month"].to_numpy()).to_numpy(float)
    return np.where(np.isfinite(out), out, np.nan)
