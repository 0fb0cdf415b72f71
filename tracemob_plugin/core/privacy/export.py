"""Shareable trips: a dataset that can leave the authority (open data, research partners).

:func:`make_shareable` applies these rules, in this order, and :func:`write_package` writes the
result (GeoPackage + CSV + a README stating every rule with its parameters and counts):

1. **Home and work never appear.** Stays are never exported. Each participant's home and work
   places come from ``core.purposes.detect_home_work`` when available, else from the most frequent
   night stay (home) and the most frequent long weekday daytime stay away from home (work), on the
   given stays or, without stays, on the stays between consecutive trips. A trip end within
   ``place_radius_m`` of the home or work place is cut back to at least ``place_radius_m`` + R from
   that place (R below), so the end never falls inside the place.
2. **Trip ends trimmed by a random radius.** For each end a radius R ~ U(1-j, 1+j) x
   ``trim_radius_m`` is drawn; every vertex of the trip closer than R to its end is dropped (also
   when the trip comes back near it), so the exported line starts and stops at recorded vertices
   at least R from the true ends. Trips with fewer than two vertices left keep no line: they can
   only be generalised to a coarser grid (rule 4) or dropped. Vertex times (M) are not exported;
   coordinates are rounded to 5 decimals.
3. **Times rounded** to ``round_minutes``; durations are the difference of the rounded times,
   distances rounded to ``distance_round_m``.
4. **Rare origin-destination pairs suppressed under k.** Each trip's true origin and destination
   fall in grid cells; a trip whose (origin cell, destination cell) pair has fewer than ``k``
   distinct participants at the finest grid is *generalised* to the next, coarser grid (its line
   geometry is then removed: only the coarse cells remain); a trip rare at every grid size is
   *dropped*.
5. **Pseudonyms.** Participant and trip ids are replaced by HMAC-SHA256 keyed hashes (the
   authority's key, truncated to 16 hex characters); no original id is written.

Legs are exported as a table (trip pseudonym, order, mode, rounded distance and duration), without
geometry or times. Purposes are kept when the trips carry a ``purpose`` column.
"""
import os
import sqlite3
import struct
import zipfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError, require_columns
from ..geometry import haversine_m, linestrings_wkb
from ..i18n import tr
from ..outputs import atomic_path
from .rules import DEFAULT_MIN_USERS, check_key, check_min_users, grid_cells, pseudonymise, random_radii, rare_pairs, round_times

PACKAGE_MARKER = "<!-- tracemob shareable export -->"
DEFAULT_TZ = "Europe/Paris"


@dataclass
class ExportParams:
    """Parameters of the shareable export (see the module doc for each rule)."""
    trim_radius_m: float = 200.0
    """Base radius (m) cut off each trip end: every recorded position closer to the true end than a radius
    drawn for that end, between (1 - ``trim_jitter``) and (1 + ``trim_jitter``) times this, is removed."""
    trim_jitter: float = 0.5
    """How much the trimming radius varies from one trip end to the next, as a share of ``trim_radius_m``
    (at most 0.9), so that the true end cannot be found back as the centre of the cut."""
    round_minutes: int = 15
    """Start and end times are rounded to this many minutes; durations are the differences of the rounded
    times."""
    k: int = DEFAULT_MIN_USERS
    """A trip is published at the finest grid where its pair of origin and destination cells counts at least
    this many distinct participants; rarer pairs are generalised to a coarser grid (without their line) or
    dropped. At least 2."""
    grid_sizes_m: Sequence[float] = (1000.0, 5000.0)
    """Sizes (m) of the square grid cells in which origins and destinations are counted, finest first."""
    place_radius_m: float = 200.0
    """A trip end within this distance (m) of the participant's home or work place is cut back to at least
    this distance plus its trimming radius from that place."""
    distance_round_m: float = 100.0
    """Trip and leg distances are rounded to this many metres."""
    tz: str = DEFAULT_TZ
    """Time zone of the study: nights and working days, which tell home and work apart, are local time."""
    seed: Optional[int] = None  # None: unpredictable radii (production); an int only for tests

    def validated(self) -> "ExportParams":
        k = check_min_users(self.k, field="K")
        if not self.trim_radius_m or float(self.trim_radius_m) <= 0:
            raise InputError(tr("The trimming radius must be a positive number of metres."), field="TRIM_RADIUS",
                             hint=tr("The default is 200 m."))
        if int(self.round_minutes) < 1:
            raise InputError(tr("Times must be rounded to at least 1 minute."), field="ROUND_MINUTES",
                             hint=tr("The default is 15 minutes."))
        sizes = tuple(sorted(float(s) for s in self.grid_sizes_m))
        if not sizes or sizes[0] <= 0:
            raise InputError(tr("The grid sizes must be positive numbers of metres."), field="GRID_SIZES",
                             hint=tr("The default is 1000 and 5000 m."))
        return ExportParams(float(self.trim_radius_m), min(max(float(self.trim_jitter), 0.0), 0.9),
                            int(self.round_minutes), k, sizes, max(float(self.place_radius_m), 0.0),
                            max(float(self.distance_round_m), 1.0), self.tz or DEFAULT_TZ, self.seed)


@dataclass
class ShareableExport:
    """Result of :func:`make_shareable`."""
    trips: pd.DataFrame  # one row per exported trip (pseudonymised), geometry in ``wkb``
    wkb: list  # WKB LineString (bytes) or None per row of ``trips``
    legs: pd.DataFrame
    counts: dict
    params: ExportParams
    home_method: str
    readme: str = ""
    notes: list = field(default_factory=list)


# --------------------------------------------------------------------------- inputs
def _require(df, columns, name):
    require_columns(df, columns, name, tr("Use the trips and legs layers made by Tracemob."))


def trip_vertices(segmentation) -> pd.DataFrame:
    """Vertices (``trip_id, lon, lat, time``) of the trips of a :class:`Segmentation`."""
    trips, points = segmentation.trips, segmentation.points
    first = trips["first_point"].to_numpy(np.int64)
    last = trips["last_point"].to_numpy(np.int64)
    n = last - first + 1
    idx = np.repeat(first - np.concatenate([[0], np.cumsum(n)[:-1]]), n) + np.arange(int(n.sum()))
    return pd.DataFrame({"trip_id": np.repeat(trips["trip_id"].astype(str).to_numpy(), n),
                         "lon": points["lon"].to_numpy(float)[idx], "lat": points["lat"].to_numpy(float)[idx],
                         "time": points["time"].to_numpy()[idx]})


def stays_from_trips(trips: pd.DataFrame) -> pd.DataFrame:
    """Stays implied by trips: at each trip's destination, from its end to the user's next start.

    ``trips`` needs ``user_id, start_time, end_time, destination_lon, destination_lat``. The last
    stay of a participant has no known end: it gets ``end_time`` NaT."""
    t = trips.sort_values(["user_id", "start_time"], kind="mergesort")
    nxt = t.groupby("user_id", sort=False)["start_time"].shift(-1)
    out = pd.DataFrame({"user_id": t["user_id"].astype(str).to_numpy(),
                        "start_time": pd.to_datetime(t["end_time"], utc=True).to_numpy(),
                        "end_time": pd.to_datetime(nxt, utc=True).to_numpy(),
                        "lon": t["destination_lon"].to_numpy(float), "lat": t["destination_lat"].to_numpy(float)})
    out["start_time"] = pd.to_datetime(out["start_time"], utc=True)
    out["end_time"] = pd.to_datetime(out["end_time"], utc=True)
    out.insert(0, "stay_id", ["S{}".format(i) for i in range(len(out))])
    return out.reset_index(drop=True)


def _local(times, tz):
    return pd.to_datetime(times, utc=True).dt.tz_convert(tz)


def _densest(lon, lat, weight, radius_m):
    """(lon, lat) of the weighted densest spot: the point with most weight within ``radius_m``,
    averaged with those neighbours."""
    d = haversine_m(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    near = d <= radius_m
    score = near @ weight
    best = int(np.argmax(score))
    members = near[best]
    w = weight[members]
    return float(np.average(lon[members], weights=w)), float(np.average(lat[members], weights=w))


def night_home_work(stays: pd.DataFrame, tz: str = DEFAULT_TZ, radius_m: float = 100.0) -> pd.DataFrame:
    """Fallback home/work detection: one row per user_id with home_lon/home_lat/work_lon/work_lat.

    Home: the place (``radius_m``) with the most night stays (a stay covering 03:00 local time, or
    an open-ended stay beginning after 18:00). Work: the place with the most weekday time spent
    between 08:00 and 19:00 in stays of at least 2 h farther than 300 m from home (NaN if none).
    """
    rows = []
    if stays is None or not len(stays):
        return pd.DataFrame(columns=["user_id", "home_lon", "home_lat", "work_lon", "work_lat"])
    s = stays.dropna(subset=["lon", "lat", "start_time"]).copy()
    start = _local(s["start_time"], tz)
    end = _local(s["end_time"], tz)
    day = pd.Timedelta(hours=3)
    n_nights = ((end - day).dt.floor("D") - (start - day).dt.floor("D")).dt.days
    open_night = end.isna() & (start.dt.hour >= 18)
    s["night"] = (n_nights.fillna(0).to_numpy() >= 1) | open_night.to_numpy()
    dur = (end - start).dt.total_seconds()
    s["work_candidate"] = ((dur >= 7200) & (start.dt.weekday < 5) & (start.dt.hour >= 7)
                           & (start.dt.hour < 15)).fillna(False).to_numpy()
    s["dur"] = dur.fillna(0).clip(upper=12 * 3600).to_numpy()
    for user, g in s.groupby("user_id", sort=True):
        hl = ha = wl = wa = np.nan
        night = g[g["night"]]
        if len(night):
            hl, ha = _densest(night["lon"].to_numpy(float), night["lat"].to_numpy(float),
                              np.ones(len(night)), radius_m)
        cand = g[g["work_candidate"]]
        if len(cand) and not np.isnan(hl):
            cand = cand[haversine_m(cand["lat"].to_numpy(float), cand["lon"].to_numpy(float), ha, hl) > 300.0]
        if len(cand):
            wl, wa = _densest(cand["lon"].to_numpy(float), cand["lat"].to_numpy(float),
                              cand["dur"].to_numpy(float), radius_m)
        rows.append((str(user), hl, ha, wl, wa))
    return pd.DataFrame(rows, columns=["user_id", "home_lon", "home_lat", "work_lon", "work_lat"])


def _home_work(stays, trips_ends, tz, homes):
    """(home/work table, method text)."""
    if homes is not None:
        return homes[["user_id", "home_lon", "home_lat", "work_lon", "work_lat"]].copy(), "given"
    source = stays if stays is not None and len(stays) else stays_from_trips(trips_ends)
    src_text = "stays" if stays is not None and len(stays) else "stays between consecutive trips"
    fallback = night_home_work(source, tz)
    from ..indicators.purposes import detect_home_work

    if "stay_id" in source.columns:
        try:
            hw = detect_home_work(source.dropna(subset=["start_time", "end_time", "lon", "lat"]), tz=tz)
            hw = hw[["user_id", "home_lon", "home_lat", "work_lon", "work_lat"]].copy()
            hw["user_id"] = hw["user_id"].astype(str)
            merged = fallback.merge(hw, on="user_id", how="outer", suffixes=("_f", ""))
            for c in ("home_lon", "home_lat", "work_lon", "work_lat"):
                merged[c] = merged[c].where(merged[c].notna(), merged.get(c + "_f"))
            return (merged[["user_id", "home_lon", "home_lat", "work_lon", "work_lat"]],
                    "core.purposes.detect_home_work on the " + src_text + " (most frequent night stay where it "
                    "found none)")
        except Exception:  # noqa: BLE001 - the fallback below still protects home and work
            pass
    return fallback, "most frequent night stay (home) and weekday daytime stay (work) on the " + src_text


# --------------------------------------------------------------------------- main
def make_shareable(trips: pd.DataFrame, vertices: pd.DataFrame, key, legs: Optional[pd.DataFrame] = None,
                   stays: Optional[pd.DataFrame] = None, params: Optional[ExportParams] = None,
                   homes: Optional[pd.DataFrame] = None,
                   progress: Optional[Callable[[float], None]] = None,
                   is_cancelled: Optional[Callable[[], bool]] = None) -> ShareableExport:
    """Build the shareable dataset (see the module doc for the rules).

    trips: segmentation trips contract (``trip_id, user_id, start_time, end_time``; ``distance_m``,
    ``purpose``, ``main_mode`` used when present). vertices: ``trip_id, lon, lat`` (+ ``time``), in
    the order of each line (:func:`trip_vertices`, or the QGIS vertices frame). legs: legs contract
    with ``mode`` (optional). stays: stays contract (optional; home/work detection). homes:
    optional known ``user_id, home_lon, home_lat, work_lon, work_lat`` (overrides detection).
    key: the authority's secret (str or bytes), never written anywhere.
    """
    check_key(key)
    p = (params or ExportParams()).validated()
    progress = progress or (lambda f: None)
    is_cancelled = is_cancelled or (lambda: False)
    _require(trips, ("trip_id", "user_id", "start_time", "end_time"), "trips")
    _require(vertices, ("trip_id", "lon", "lat"), "vertices")
    rng = np.random.default_rng(p.seed)
    counts = {"participants_in": int(trips["user_id"].nunique()), "trips_in": int(len(trips))}
    t, tv = _trips_with_vertices(trips, vertices, counts)
    progress(0.1)

    # 1. home / work places
    hw, method = _home_work(stays, t, p.tz, homes)
    hw = hw.copy()
    hw["user_id"] = hw["user_id"].astype(str)
    counts["participants_with_home"] = int(hw["home_lon"].notna().sum())
    counts["participants_with_work"] = int(hw["work_lon"].notna().sum())
    places = t[["user_id"]].merge(hw, on="user_id", how="left")
    if is_cancelled():
        raise Cancelled()
    progress(0.3)

    # 2. trimming circles (centre, radius) of each end
    keep_from, keep_to = _trimmed_ranges(t, tv, places, p, rng, counts)
    long_enough = keep_to - keep_from >= 1
    counts["trips_short"] = int((~long_enough).sum())
    progress(0.5)
    if is_cancelled():
        raise Cancelled()

    # 4. rare pairs: finest grid where the pair has >= k participants
    level, cells = _grid_levels(t, long_enough, p, counts)
    keep = np.flatnonzero(level >= 0)
    progress(0.7)

    # 3. + 5. rounded times, pseudonyms, output table
    k_t = t.iloc[keep].reset_index(drop=True)
    lv = level[keep]
    out = _rounded_pseudonymous_trips(k_t, key, p)
    legs_out = _legs_table(out, k_t, legs, key, p)
    if "purpose" in k_t.columns:
        out["purpose"] = k_t["purpose"].astype(object).to_numpy()
    _add_cells(out, cells, keep, lv, p)
    # trimmed geometries (finest level only)
    geo = np.flatnonzero(lv == 0)
    wkb = _trimmed_lines(tv, keep, geo, keep_from, keep_to)
    counts["trips_out"] = int(len(out))
    counts["trips_with_geometry"] = int(len(geo))
    counts["participants_out"] = int(out["participant"].nunique())
    counts["legs_out"] = int(len(legs_out))
    # an order that reveals nothing of the input order
    order = np.lexsort((out["trip_id"].to_numpy(dtype=str), out["start_time"].to_numpy()))
    out = out.iloc[order].reset_index(drop=True)
    wkb = [wkb[i] for i in order]
    if len(legs_out):
        legs_out = legs_out.sort_values(["trip_id", "leg_order"], kind="mergesort").reset_index(drop=True)
    progress(1.0)
    res = ShareableExport(out, wkb, legs_out, counts, p, method)
    res.readme = readme_text(res)
    return res


@dataclass
class _TripVertices:
    """The vertices of the kept trips, grouped by trip in line order: ``tix`` (trip index), the first and
    last vertex of each trip (``starts``, ``ends``) and each vertex's position in its trip (``pos``)."""
    lon: np.ndarray
    lat: np.ndarray
    tix: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    pos: np.ndarray


def _trips_with_vertices(trips, vertices, counts):
    """The trips that have vertices (ids as text, UTC times, true origin and destination) and their vertices."""
    t = trips.copy()
    t["trip_id"] = t["trip_id"].astype(str)
    t["user_id"] = t["user_id"].astype(str)
    t["start_time"] = pd.to_datetime(t["start_time"], utc=True)
    t["end_time"] = pd.to_datetime(t["end_time"], utc=True)
    v = vertices[["trip_id", "lon", "lat"]].copy()
    v["trip_id"] = v["trip_id"].astype(str)
    v = v[np.isfinite(v["lon"].to_numpy(float)) & np.isfinite(v["lat"].to_numpy(float))]
    v = v[v["trip_id"].isin(t["trip_id"])]
    has_geom = t["trip_id"].isin(v["trip_id"])
    counts["trips_without_geometry"] = int((~has_geom).sum())
    t = t[has_geom].reset_index(drop=True)
    v = v.reset_index(drop=True)
    # trip index of every vertex (vertex order kept within each trip)
    tix = pd.Index(t["trip_id"]).get_indexer(v["trip_id"])
    order = np.argsort(tix, kind="stable")
    v = v.iloc[order].reset_index(drop=True)
    tix = tix[order]
    lon = v["lon"].to_numpy(float)
    lat = v["lat"].to_numpy(float)
    n_trips = len(t)
    starts = np.searchsorted(tix, np.arange(n_trips), side="left")
    ends = np.searchsorted(tix, np.arange(n_trips), side="right") - 1
    pos = np.arange(len(v)) - starts[tix]
    t["origin_lon"], t["origin_lat"] = lon[starts], lat[starts]
    t["destination_lon"], t["destination_lat"] = lon[ends], lat[ends]
    return t, _TripVertices(lon, lat, tix, starts, ends, pos)


def _trimmed_ranges(t, tv: _TripVertices, places, p: ExportParams, rng, counts):
    """(first, last) vertex position kept of each trip: the vertices outside the trimming circle of each end
    (a random radius around the end, or around the home or work place the end lies near)."""
    n_trips = len(t)
    r_o = random_radii(n_trips, p.trim_radius_m, p.trim_jitter, rng)
    r_d = random_radii(n_trips, p.trim_radius_m, p.trim_jitter, rng)
    circles = {}
    n_protected = 0
    for end, r in (("origin", r_o), ("destination", r_d)):
        clon, clat, rad = t[end + "_lon"].to_numpy(float).copy(), t[end + "_lat"].to_numpy(float).copy(), r.copy()
        for place in ("home", "work"):
            plon = places[place + "_lon"].to_numpy(float)
            plat = places[place + "_lat"].to_numpy(float)
            with np.errstate(invalid="ignore"):
                inside = haversine_m(clat, clon, plat, plon) <= p.place_radius_m
            inside &= np.isfinite(plon) & (rad < p.place_radius_m + r)  # first matching place wins
            clon[inside], clat[inside] = plon[inside], plat[inside]
            rad[inside] = p.place_radius_m + r[inside]
            n_protected += int(inside.sum())
        circles[end] = (clon, clat, rad)
    counts["ends_at_home_or_work"] = n_protected
    lon, lat, tix, pos = tv.lon, tv.lat, tv.tix, tv.pos
    inside_o = haversine_m(lat, lon, circles["origin"][1][tix], circles["origin"][0][tix]) < circles["origin"][2][tix]
    inside_d = haversine_m(lat, lon, circles["destination"][1][tix],
                           circles["destination"][0][tix]) < circles["destination"][2][tix]
    n_v = tv.ends - tv.starts + 1
    last_in_o = np.full(n_trips, -1, dtype=np.int64)
    np.maximum.at(last_in_o, tix[inside_o], pos[inside_o])
    first_in_d = n_v.copy()
    np.minimum.at(first_in_d, tix[inside_d], pos[inside_d])
    return last_in_o + 1, first_in_d - 1


def _grid_levels(t, long_enough, p: ExportParams, counts):
    """Index of the finest grid where each trip's origin-destination pair has at least ``k`` participants
    (-1: dropped), and the cells of every grid. A trip with nothing left after the trimming has no line:
    it can only be generalised (coarser grids) or dropped."""
    n_trips = len(t)
    alive = np.flatnonzero(long_enough)
    everyone = np.arange(n_trips)
    level = np.full(n_trips, -1, dtype=np.int64)
    cells = {}
    pending = alive
    for li, size in enumerate(p.grid_sizes_m):
        oc, ox, oy = grid_cells(t["origin_lon"].to_numpy(float), t["origin_lat"].to_numpy(float), size)
        dc, dx, dy = grid_cells(t["destination_lon"].to_numpy(float), t["destination_lat"].to_numpy(float), size)
        cells[li] = (oc, ox, oy, dc, dx, dy)
        eligible = alive if li == 0 else everyone
        if li == 1:
            pending = np.union1d(pending, np.flatnonzero(~long_enough))
        if not len(pending):
            continue
        rare = rare_pairs(t["user_id"].to_numpy()[eligible], oc[eligible], dc[eligible], p.k)
        ok = eligible[~rare]
        level[np.intersect1d(pending, ok)] = li
        pending = np.setdiff1d(pending, ok)
    counts["trips_short_generalised"] = int(((level > 0) & ~long_enough).sum())
    counts["trips_dropped_short"] = int(((level < 0) & ~long_enough).sum())
    counts["trips_suppressed_k"] = int(((level < 0) & long_enough).sum())
    for li, size in enumerate(p.grid_sizes_m):
        counts["trips_at_grid_{}m".format(int(size))] = int((level == li).sum())
    return level, cells


def _rounded_pseudonymous_trips(k_t, key, p: ExportParams) -> pd.DataFrame:
    """Pseudonyms, rounded times, durations of the rounded times and rounded distances of the kept trips."""
    start_r = round_times(k_t["start_time"], p.round_minutes)
    end_r = round_times(k_t["end_time"], p.round_minutes)
    out = pd.DataFrame({
        "trip_id": pseudonymise(k_t["trip_id"].to_numpy(), key, "trip"),
        "participant": pseudonymise(k_t["user_id"].to_numpy(), key, "participant"),
        "start_time": start_r.to_numpy(), "end_time": end_r.to_numpy(),
    })
    out["start_time"] = pd.to_datetime(out["start_time"], utc=True)
    out["end_time"] = pd.to_datetime(out["end_time"], utc=True)
    out["duration_min"] = ((out["end_time"] - out["start_time"]).dt.total_seconds() / 60.0).round().astype(np.int64)
    if "distance_m" in k_t.columns:
        dist = pd.to_numeric(k_t["distance_m"], errors="coerce").to_numpy(float)
        out["distance_m"] = np.round(dist / p.distance_round_m) * p.distance_round_m
    return out


def _legs_table(out, k_t, legs, key, p: ExportParams) -> pd.DataFrame:
    """The legs of the kept trips (pseudonymous trip, order, mode, rounded distance and duration); the trips'
    ``main_mode`` and ``modes`` go to ``out``."""
    legs_out = pd.DataFrame(columns=["trip_id", "leg_order", "mode", "distance_m", "duration_min"])
    if legs is not None and len(legs) and "mode" in legs.columns and "trip_id" in legs.columns:
        from ..indicators.modal_share import trip_main_modes

        lg = legs[legs["trip_id"].astype(str).isin(k_t["trip_id"])].copy()
        lg["trip_id"] = lg["trip_id"].astype(str)
        mm = trip_main_modes(lg) if len(lg) else pd.DataFrame(columns=["trip_id", "main_mode", "modes"])
        mm = k_t[["trip_id"]].merge(mm, on="trip_id", how="left")
        out["main_mode"] = mm["main_mode"].to_numpy(dtype=object)
        out["modes"] = mm["modes"].to_numpy(dtype=object)
        sort_cols = ["trip_id", "start_time"] if "start_time" in lg.columns else ["trip_id"]
        lg = lg.sort_values(sort_cols, kind="mergesort")
        legs_out = pd.DataFrame({"trip_id": pseudonymise(lg["trip_id"].to_numpy(), key, "trip"),
                                 "leg_order": lg.groupby("trip_id", sort=False).cumcount().to_numpy(np.int64) + 1,
                                 "mode": lg["mode"].astype(object).to_numpy()})
        if "distance_m" in lg.columns:
            d = pd.to_numeric(lg["distance_m"], errors="coerce").to_numpy(float)
            legs_out["distance_m"] = np.round(d / p.distance_round_m) * p.distance_round_m
        if "duration_s" in lg.columns:
            d = pd.to_numeric(lg["duration_s"], errors="coerce").to_numpy(float)
            legs_out["duration_min"] = np.round(d / 60.0 / p.round_minutes) * p.round_minutes
    elif "main_mode" in k_t.columns:
        out["main_mode"] = k_t["main_mode"].astype(object).to_numpy()
    return legs_out


def _add_cells(out, cells, keep, lv, p: ExportParams):
    """Each trip's origin and destination cells (ids and centres) at the grid it was kept at."""
    oc = np.empty(len(keep), dtype=object)
    dc = np.empty(len(keep), dtype=object)
    ocx, ocy, dcx, dcy = (np.empty(len(keep)) for _ in range(4))
    size_col = np.zeros(len(keep))
    for li, size in enumerate(p.grid_sizes_m):
        m = lv == li
        c = cells[li]
        oc[m], ocx[m], ocy[m] = c[0][keep][m], c[1][keep][m], c[2][keep][m]
        dc[m], dcx[m], dcy[m] = c[3][keep][m], c[4][keep][m], c[5][keep][m]
        size_col[m] = size
    out["cell_size_m"] = size_col
    out["origin_cell"], out["destination_cell"] = oc, dc
    out["origin_cell_lon"], out["origin_cell_lat"] = np.round(ocx, 6), np.round(ocy, 6)
    out["destination_cell_lon"], out["destination_cell_lat"] = np.round(dcx, 6), np.round(dcy, 6)
    out["generalised"] = lv > 0


def _trimmed_lines(tv: _TripVertices, keep, geo, keep_from, keep_to) -> list:
    """WKB of the trimmed line of the kept trips ``geo`` (rows of ``keep``), None for the others."""
    wkb = [None] * len(keep)
    if len(geo):
        trips_g = keep[geo]
        a = tv.starts[trips_g] + keep_from[trips_g]
        b = tv.starts[trips_g] + keep_to[trips_g]
        lines = linestrings_wkb(np.round(tv.lon, 5), np.round(tv.lat, 5), a, b)
        for i, w in zip(geo.tolist(), lines):
            wkb[i] = w
    return wkb


# --------------------------------------------------------------------------- README
def readme_text(res: ShareableExport) -> str:
    """The README of the package: every rule with its parameters and counts (Markdown)."""
    p, c = res.params, res.counts
    jl, jh = (1.0 - p.trim_jitter) * p.trim_radius_m, (1.0 + p.trim_jitter) * p.trim_radius_m
    grids = ", ".join("{:g} m".format(s) for s in p.grid_sizes_m)
    level_counts = ", ".join("{} at {:g} m".format(c.get("trips_at_grid_{}m".format(int(s)), 0), s)
                             for s in p.grid_sizes_m)
    lines = [
        PACKAGE_MARKER,
        "# Tracemob shareable trips",
        "",
        "Trips measured by volunteers' phones, prepared to be shared outside the authority. Files:",
        "`trips.gpkg` (layers `trips`: lines in EPSG:4326 without vertex times; `legs`: table), the same "
        "data as `trips.csv` (geometry as WKT) and `legs.csv`, and this README.",
        "",
        "## Rules applied",
        "",
        "1. **Pseudonyms.** Participant and trip identifiers are replaced by a keyed hash (HMAC-SHA256 with "
        "a secret key kept by the authority, first 16 hex characters). The same key gives the same "
        "pseudonyms in later exports; without the key they cannot be linked to the original ids. The key is "
        "not in this package.",
        "2. **No stays, no home, no work.** Stays (places where people stopped) are not exported. Home and "
        "work places were detected for {h} of {n} participants (home) and {w} (work) by: {m}. Every trip "
        "end within {pr:g} m of a participant's home or work place was cut back to at least {pr:g} m + the "
        "random radius below from that place ({e} trip ends).".format(
            h=c["participants_with_home"], n=c["participants_in"], w=c["participants_with_work"],
            m=res.home_method, pr=p.place_radius_m, e=c["ends_at_home_or_work"]),
        "3. **Trip ends trimmed by a random radius.** For each end of each trip a radius R was drawn "
        "uniformly between {lo:g} m and {hi:g} m (base {r:g} m); every recorded position closer than R to the "
        "true end was removed, so lines start and stop at least R from where the trip really started and "
        "ended. Exact ends are never written. Trips with fewer than two positions left ({s} trips) keep no "
        "line: they were generalised to a coarser grid of rule 5 ({g} trips) or dropped ({d} trips). Vertex "
        "times are not exported; coordinates are rounded to 5 decimals.".format(
            lo=jl, hi=jh, r=p.trim_radius_m, s=c["trips_short"], g=c["trips_short_generalised"],
            d=c["trips_dropped_short"]),
        "4. **Times rounded** to the nearest {m} minutes (UTC); durations are differences of rounded times; "
        "distances are rounded to {d:g} m (trip distance of the whole, untrimmed trip).".format(
            m=p.round_minutes, d=p.distance_round_m),
        "5. **Rare origin-destination pairs suppressed (k = {k}).** The true origin and destination of each "
        "trip fall in square grid cells (grid sizes {g}; equirectangular grid anchored at 0°,0° with the "
        "scale of latitude 46.5°, columns `origin_cell`, `destination_cell`, `cell_size_m`, cell centres). A "
        "trip whose cell pair at the finest grid has fewer than {k} distinct participants is generalised to "
        "the next coarser grid, and its line geometry is removed (`generalised` = true, only the coarse "
        "cells remain); a trip whose pair is rare at every grid size is dropped. Result: {lv}; {sup} trips "
        "with a line dropped as rare.".format(k=p.k, g=grids, lv=level_counts, sup=c["trips_suppressed_k"]),
        "6. **Legs** are a table without geometry or times: trip pseudonym, order, mode, distance and "
        "duration rounded as above. Purposes, when present, are kept per trip.",
        "",
        "## Counts",
        "",
        "| | |",
        "|---|---|",
    ]
    labels = [("participants_in", "participants in the input"), ("trips_in", "trips in the input"),
              ("trips_without_geometry", "trips without geometry (dropped)"),
              ("trips_short", "trips with nothing left after trimming (no line)"),
              ("trips_short_generalised", "of which generalised to a coarser grid"),
              ("trips_dropped_short", "of which dropped (rare pair at every coarser grid)"),
              ("trips_suppressed_k", "trips dropped: rare pair at every grid size"),
              ("trips_out", "trips exported"), ("trips_with_geometry", "trips exported with a line"),
              ("participants_out", "participants in the export"), ("legs_out", "legs exported"),
              ("ends_at_home_or_work", "trip ends cut back from a home or work place")]
    for key_, label in labels:
        lines.append("| {} | {} |".format(label, c.get(key_, 0)))
    lines += ["", "## Parameters", "", "```"]
    d = asdict(p)
    d.pop("seed", None)
    for key_, value in d.items():
        lines.append("{} = {}".format(key_, list(value) if isinstance(value, tuple) else value))
    lines += ["```", "", "Made with Tracemob (QGIS plugin)."]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- writing
def _wkt(wkb):
    if wkb is None:
        return ""
    (n,) = struct.unpack_from("<I", wkb, 5)
    xy = np.frombuffer(wkb, dtype="<f8", count=2 * n, offset=9).reshape(n, 2)
    return "LINESTRING (" + ", ".join("{:.5f} {:.5f}".format(x, y) for x, y in xy) + ")"


def _gpkg_blob(wkb):
    if wkb is None:
        return None
    return b"GP" + bytes([0, 1]) + struct.pack("<i", 4326) + bytes(wkb)


def _sql_type(s):
    if pd.api.types.is_datetime64_any_dtype(s.dtype):
        return "DATETIME"
    if pd.api.types.is_bool_dtype(s.dtype):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(s.dtype):
        return "INTEGER"
    if pd.api.types.is_float_dtype(s.dtype):
        return "DOUBLE"
    return "TEXT"


def _sql_values(df):
    cols = []
    for name in df.columns:
        s = df[name]
        if pd.api.types.is_datetime64_any_dtype(s.dtype):
            txt = pd.to_datetime(s, utc=True).dt.strftime("%Y-%m-%dT%H:%M:%SZ")
            cols.append([None if pd.isna(x) else x for x in txt.tolist()])
        elif pd.api.types.is_bool_dtype(s.dtype):
            cols.append([int(x) for x in s.tolist()])
        elif pd.api.types.is_float_dtype(s.dtype):
            cols.append([None if x != x else float(x) for x in s.tolist()])
        elif pd.api.types.is_integer_dtype(s.dtype):
            cols.append([int(x) for x in s.tolist()])
        else:
            cols.append([None if x is None or (isinstance(x, float) and x != x) else str(x) for x in s.tolist()])
    return list(zip(*cols)) if cols else [()] * len(df)


def write_gpkg(path, trips: pd.DataFrame, wkb: list, legs: pd.DataFrame):
    """A minimal GeoPackage 1.2 (stdlib sqlite3): feature table ``trips`` (LineString, EPSG:4326)
    and attribute table ``legs``."""
    path = str(path)
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA application_id = 1196444487")
        con.execute("PRAGMA user_version = 10200")
        con.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, "
                    "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT "
                    "NULL, description TEXT)")
        wgs84 = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG",'
                 '"7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",'
                 '0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]')
        con.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?,?,?,?,?,?)", [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", None),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined", None),
            ("WGS 84 geodetic", 4326, "EPSG", 4326, wgs84, None)])
        con.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                    "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
                    "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y "
                    "DOUBLE, srs_id INTEGER)")
        con.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT "
                    "NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))")
        for name, df, geom in (("trips", trips, wkb), ("legs", legs, None)):
            cols = ", ".join('"{}" {}'.format(c, _sql_type(df[c])) for c in df.columns)
            geom_col = "geom LINESTRING, " if geom is not None else ""
            con.execute('CREATE TABLE "{}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, {}{})'.format(
                name, geom_col, cols))
            rows = _sql_values(df)
            marks = ",".join("?" * (len(df.columns) + (1 if geom is not None else 0)))
            names = (["geom"] if geom is not None else []) + ['"{}"'.format(c) for c in df.columns]
            if geom is not None:
                rows = [(_gpkg_blob(g),) + tuple(r) for g, r in zip(geom, rows)]
            con.executemany('INSERT INTO "{}" ({}) VALUES ({})'.format(name, ", ".join(names), marks), rows)
            if geom is not None:
                xs, ys = [], []
                for g in geom:
                    if g is not None:
                        (n,) = struct.unpack_from("<I", g, 5)
                        xy = np.frombuffer(g, dtype="<f8", count=2 * n, offset=9).reshape(n, 2)
                        xs.append(xy[:, 0])
                        ys.append(xy[:, 1])
                ext = ((float(np.min(np.concatenate(xs))), float(np.min(np.concatenate(ys))),
                        float(np.max(np.concatenate(xs))), float(np.max(np.concatenate(ys)))) if xs
                       else (None, None, None, None))
                con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, max_x, "
                            "max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, 4326)", (name, name) + ext)
                con.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', 'LINESTRING', 4326, 0, 0)",
                            (name,))
            else:
                con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES "
                            "(?, 'attributes', ?)", (name, name))
        con.commit()
    finally:
        con.close()


def _check_destination(folder: Path, protect: Sequence[str]):
    folder = folder.resolve()
    for src in protect or ():
        if not src:
            continue
        s = Path(str(src).split("|")[0]).resolve()
        if s == folder or folder in s.parents:
            raise InputError(tr("The output folder contains an input file: choose another folder so that no "
                                "source is overwritten."), file=str(folder))
    if folder.exists() and not folder.is_dir():
        raise InputError(tr("The output path exists and is not a folder."), file=str(folder),
                         hint=tr("Choose a new folder name."))
    if folder.is_dir() and any(folder.iterdir()):
        readme = folder / "README.md"
        if not (readme.is_file() and readme.read_text(encoding="utf-8", errors="replace").startswith(PACKAGE_MARKER)):
            raise InputError(tr("The output folder is not empty and is not a previous Tracemob export."),
                             file=str(folder), hint=tr("Choose an empty or new folder."))


def write_package(res: ShareableExport, folder, make_zip: bool = False, protect: Sequence[str] = ()) -> dict:
    """Write the package into ``folder`` (created; an earlier Tracemob export there is replaced).

    Files: README.md, trips.gpkg, trips.csv, legs.csv (+ ``<folder>.zip`` with them when
    ``make_zip``). ``protect``: input paths that must never be overwritten. Returns the paths."""
    folder = Path(folder)
    _check_destination(folder, protect)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {"folder": str(folder), "readme": str(folder / "README.md"), "gpkg": str(folder / "trips.gpkg"),
             "trips_csv": str(folder / "trips.csv"), "legs_csv": str(folder / "legs.csv")}
    # each file written under a partial name and moved into place once complete (a killed run leaves whole
    # files: the previous export's or the new ones)
    with atomic_path(paths["readme"]) as partial:
        Path(partial).write_text(res.readme, encoding="utf-8")
    with atomic_path(paths["gpkg"]) as partial:
        write_gpkg(partial, res.trips, res.wkb, res.legs)
    csv = res.trips.copy()
    for c in ("start_time", "end_time"):
        csv[c] = csv[c].dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    csv["geometry_wkt"] = [_wkt(w) for w in res.wkb]
    with atomic_path(paths["trips_csv"]) as partial:
        csv.to_csv(partial, index=False)
    with atomic_path(paths["legs_csv"]) as partial:
        res.legs.to_csv(partial, index=False)
    if make_zip:
        zpath = folder.with_suffix(".zip") if folder.suffix != ".zip" else folder.with_name(folder.name + ".zip")
        for src in protect or ():
            if src and Path(str(src).split("|")[0]).resolve() == zpath.resolve():
                raise InputError(tr("The zip file would overwrite an input file."), file=str(zpath))
        with atomic_path(zpath) as partial, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as z:
            for key_ in ("readme", "gpkg", "trips_csv", "legs_csv"):
                z.write(paths[key_], arcname=Path(paths[key_]).name)
        paths["zip"] = str(zpath)
    return paths


__all__ = ["ExportParams", "ShareableExport", "make_shareable", "night_home_work", "readme_text",
           "stays_from_trips", "trip_vertices", "write_gpkg", "write_package"]
