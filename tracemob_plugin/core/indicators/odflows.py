"""Origin-destination flows between zones, with the minimum-participants privacy rule.

A trip's origin zone holds its first point, its destination zone its last point (points in WGS84;
the zone polygons too: the QGIS glue reprojects any other CRS). Zones are assigned with
:func:`core.indicators.assign_zones` (a point on a shared boundary goes to the first zone). Trips
starting or ending outside every zone are left out (and counted).

The matrix has one row per (origin zone, destination zone) pair with trips, intra-zone pairs
included: ``origin_zone, destination_zone, n_trips, n_users, share`` (``share``: % of the trips of
the period between the zones, before suppression), ``intra`` (origin = destination).

Privacy: a pair made by fewer than ``min_users`` distinct participants (default
:data:`core.privacy.DEFAULT_MIN_USERS` = 10; below 2 is refused, below the default a warning is
returned) is either *suppressed* (left out; the numbers of pairs and trips left out are reported)
or *merged* into one ``"other" -> "other"`` row, which is itself suppressed when it still gathers
fewer than ``min_users`` participants.

Desire lines: one straight line per published inter-zone pair, between the zones' representative
points (the centroid when it lies inside the zone, else shapely's point on surface).
"""
from dataclasses import dataclass, field
from typing import Callable, Mapping, Optional

import numpy as np
import pandas as pd

from ..errors import InputError, check_cancelled
from ..i18n import tr
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users, min_users_warning
from .modal_share import _normal_mode, assign_zones, filter_period

OTHER = "other"
SMALL_PAIRS = ("suppress", "merge")
MATRIX_COLUMNS = ["origin_zone", "destination_zone", "n_trips", "n_users", "share", "intra"]
#: added with participant weights
WEIGHTED_COLUMNS = ["trips_weighted", "share_weighted"]


@dataclass
class ODFlows:
    """Result of :func:`od_flows`.

    ``matrix``: the published OD table (module doc). ``lines``: the inter-zone pairs of the matrix
    with ``o_lon, o_lat, d_lon, d_lat`` and ``wkb`` (LineString WKB, EPSG:4326). ``trips``: the trips
    used, with ``origin_zone``/``destination_zone`` ("" outside every zone). ``params``: the
    threshold, counts of trips, outside trips, suppressed pairs/trips, and the privacy ``warning``
    (None when the default is kept).
    """

    matrix: pd.DataFrame
    lines: pd.DataFrame
    trips: pd.DataFrame
    params: dict = field(default_factory=dict)


def _check(is_cancelled):
    check_cancelled(is_cancelled, tr("OD flow computation cancelled"))


def zones_frame(zones, zone_ids=None) -> pd.DataFrame:
    """``zone_id`` (str) and ``geometry`` (shapely, WGS84) from a DataFrame (``zone_id`` +
    ``geometry`` columns), a ``{id: geometry}`` dict or a sequence of geometries (+ ``zone_ids``)."""
    import shapely

    if zones is None:
        raise InputError(tr("no zones given"), field="zones", hint=tr("Give a polygon layer of zones."))
    if isinstance(zones, pd.DataFrame):
        if "geometry" not in zones.columns:
            raise InputError(tr("the zones have no geometry"), field="geometry")
        ids = zones["zone_id"] if "zone_id" in zones.columns else (zone_ids if zone_ids is not None
                                                                 else range(len(zones)))
        geoms = list(zones["geometry"])
    elif isinstance(zones, dict):
        ids, geoms = list(zones.keys()), list(zones.values())
    else:
        geoms = list(zones)
        ids = zone_ids if zone_ids is not None else range(len(geoms))
    ids = [str(z) for z in ids]
    if len(ids) != len(geoms):
        raise InputError(tr("there are not as many zone ids as zone geometries"), field="zone_ids")
    if not geoms:
        raise InputError(tr("the zone layer is empty"), field="zones", hint=tr("Give a polygon layer of zones."))
    g = np.array(geoms, dtype=object)
    if not all(isinstance(x, shapely.Geometry) for x in g):
        raise InputError(tr("the zones must be polygons"), field="zones")
    return pd.DataFrame({"zone_id": ids, "geometry": g})


def representative_points(geoms) -> np.ndarray:
    """(n, 2) lon/lat: the centroid when inside the polygon, else a point on its surface."""
    import shapely

    g = np.asarray(geoms, dtype=object)
    cen = shapely.centroid(g)
    inside = shapely.contains(g, cen)
    rep = np.where(inside, cen, shapely.point_on_surface(g))
    return np.column_stack([shapely.get_x(rep), shapely.get_y(rep)])


def _trip_ends(trips, stays, trips_name):
    """origin_lon/lat, destination_lon/lat of each trip, from its columns or from the stays."""
    cols = ("origin_lon", "origin_lat", "destination_lon", "destination_lat")
    if all(c in trips.columns for c in cols):
        return {c: pd.to_numeric(trips[c], errors="coerce").to_numpy(float) for c in cols}
    if stays is not None and all(c in trips.columns for c in ("origin_stay_id", "destination_stay_id")):
        st = stays.drop_duplicates("stay_id").set_index(stays["stay_id"].drop_duplicates().astype(str))
        out = {}
        for end in ("origin", "destination"):
            ids = trips[end + "_stay_id"].astype(object).where(trips[end + "_stay_id"].notna(), "").astype(str)
            out[end + "_lon"] = pd.to_numeric(st["lon"].reindex(ids.to_numpy()), errors="coerce").to_numpy(float)
            out[end + "_lat"] = pd.to_numeric(st["lat"].reindex(ids.to_numpy()), errors="coerce").to_numpy(float)
        return out
    raise InputError(tr("the trips have no origin and destination coordinates"), file=trips_name,
                     field="origin_lon",
                     hint=tr("Use the trips layer made by Tracemob (first and last vertex), or give the stays."))


def od_flows(trips: pd.DataFrame, zones, start=None, end=None, mode: Optional[str] = None,
             purpose: Optional[str] = None, min_users: int = DEFAULT_MIN_USERS, small_pairs: str = "suppress",
             zone_ids=None, stays: Optional[pd.DataFrame] = None, trips_name: str = "trips",
             weights: Optional[Mapping] = None,
             progress: Optional[Callable[[float], None]] = None,
             is_cancelled: Optional[Callable[[], bool]] = None) -> ODFlows:
    """OD matrix and desire lines of ``trips`` between ``zones`` (module doc).

    ``trips``: ``trip_id, user_id, start_time`` and the trip ends ``origin_lon, origin_lat,
    destination_lon, destination_lat`` (or ``origin_stay_id``/``destination_stay_id`` with
    ``stays``); ``main_mode`` or ``mode`` for a ``mode`` filter, ``purpose`` for a ``purpose``
    filter. ``zones``: see :func:`zones_frame`. ``start``/``end``: period ``[start, end)`` on the
    trip start (naive = UTC). ``small_pairs``: ``"suppress"`` or ``"merge"``.
    ``weights``: optional ``{user_id: weight}`` (:func:`.weighting.rake`, expansion weights): the matrix then
    also gives ``trips_weighted`` (each trip counted with its participant's weight: the population's trips
    over the period) and ``share_weighted`` (%); the privacy rule still counts real participants.
    """
    k = check_min_users(min_users)
    if small_pairs not in SMALL_PAIRS:
        raise InputError(tr("small pairs must be 'suppress' or 'merge'"), field="small_pairs")
    z = zones_frame(zones, zone_ids)
    t, counts = od_trips(trips, z, start=start, end=end, mode=mode, purpose=purpose, stays=stays,
                         trips_name=trips_name, progress=progress, is_cancelled=is_cancelled)
    geoms = z["geometry"].to_numpy(object)
    used = t[(t["origin_zone"].to_numpy() != "") & (t["destination_zone"].to_numpy() != "")]
    n_used = len(used)
    if weights is not None:
        from .modal_share import _user_weights

        used = used.assign(_w=_user_weights(used, weights))
    m = pair_counts(used, weighted=weights is not None)
    w_total = float(used["_w"].sum()) if weights is not None else 0.0
    small_users = small_pair_users(used, m, k) if small_pairs == "merge" else None
    matrix, n_small_pairs, n_small_trips = od_matrix(m, n_used, k, small_pairs, small_users,
                                                     w_total if weights is not None else None)
    lines = _desire_lines(matrix, geoms, z)
    published_trips = int(matrix["n_trips"].sum())
    params = dict(min_users=k, small_pairs=small_pairs, mode=mode or "", purpose=purpose or "",
                  n_trips_input=counts["n_trips_input"], n_trips_period=counts["n_trips_period"],
                  n_trips_filtered=len(t), n_trips_in_zones=n_used,
                  n_trips_outside=int(len(t) - n_used), n_users=int(used["user_id"].nunique()),
                  n_small_pairs=n_small_pairs, n_small_trips=n_small_trips,
                  n_suppressed_trips=int(n_used - published_trips), n_published_trips=published_trips,
                  warning=min_users_warning(k), weighted=weights is not None,
                  n_users_without_weight=int(used.loc[used["_w"] == 0, "user_id"].nunique()) if weights is not None
                  else 0)
    if progress:
        progress(1.0)
    return ODFlows(matrix=matrix, lines=lines, trips=t.reset_index(drop=True), params=params)


def od_trips(trips: pd.DataFrame, z: pd.DataFrame, start=None, end=None, mode: Optional[str] = None,
             purpose: Optional[str] = None, stays: Optional[pd.DataFrame] = None, trips_name: str = "trips",
             progress: Optional[Callable[[float], None]] = None,
             is_cancelled: Optional[Callable[[], bool]] = None):
    """``(t, counts)``: the trips of the period and filters with ``origin_zone`` / ``destination_zone`` ("" outside
    every zone of ``z``, a :func:`zones_frame`), and ``n_trips_input`` / ``n_trips_period``. Row by row: on a
    cluster each partition runs it (``core/cluster/aggregates.py``)."""
    if trips is None:
        raise InputError(tr("no table given"), file=trips_name)
    for col in ("user_id", "start_time"):
        if col not in trips.columns:
            raise InputError(tr("the field '{column}' is missing").format(column=col), file=trips_name, field=col,
                             hint=tr("Use the trips layer made by Tracemob."))
    _check(is_cancelled)
    t = trips.copy().reset_index(drop=True)
    t["user_id"] = t["user_id"].astype(str)
    try:
        t["start_time"] = pd.to_datetime(t["start_time"], utc=True)
    except (ValueError, TypeError):
        raise InputError(tr("cannot read the times"), file=trips_name, field="start_time",
                         hint=tr("Times must be date-times (ISO-8601).")) from None
    ends = _trip_ends(t, stays, trips_name)
    for c, v in ends.items():
        t[c] = v
    n_all = len(t)
    t = filter_period(t, start, end)
    n_period = len(t)
    if mode:
        col = "main_mode" if "main_mode" in t.columns else "mode" if "mode" in t.columns else None
        if col is None:
            raise InputError(tr("the trips have no mode field for the mode filter"), file=trips_name,
                             field="main_mode", hint=tr("Run the mode inference first, or leave the mode empty."))
        t = t[_normal_mode(t[col]).to_numpy() == _normal_mode(pd.Series([mode])).iloc[0]]
    if purpose:
        if "purpose" not in t.columns:
            raise InputError(tr("the trips have no purpose field for the purpose filter"), file=trips_name,
                             field="purpose", hint=tr("Run Infer trip purposes first, or leave the purpose empty."))
        t = t[t["purpose"].astype(str).str.strip().str.lower().to_numpy() == str(purpose).strip().lower()]
    if progress:
        progress(0.2)
    _check(is_cancelled)
    geoms = z["geometry"].to_numpy(object)
    ids = np.array(list(z["zone_id"]) + [""], dtype=object)
    oi = assign_zones(t["origin_lon"], t["origin_lat"], geoms)
    di = assign_zones(t["destination_lon"], t["destination_lat"], geoms)
    t = t.assign(origin_zone=ids[oi], destination_zone=ids[di])
    if progress:
        progress(0.6)
    _check(is_cancelled)
    return t, {"n_trips_input": n_all, "n_trips_period": n_period}


#: the cell key of the OD matrix (a cluster shuffles the trips on it)
PAIR_KEY = ["origin_zone", "destination_zone"]


def pair_counts(used: pd.DataFrame, weighted: bool = False) -> pd.DataFrame:
    """Per (origin zone, destination zone), sorted: ``n_trips``, ``n_users`` (and ``trips_weighted``, the sum of
    ``_w``). Each pair's figures depend only on its own trips: the trips of some pairs only (a reduce task's
    bucket) give those pairs' rows bit for bit."""
    g = used.groupby(PAIR_KEY, sort=True)
    aggs = dict(n_trips=("user_id", "size"), n_users=("user_id", "nunique"))
    if weighted:
        aggs["trips_weighted"] = ("_w", "sum")
    return g.agg(**aggs).reset_index()


def small_pair_users(used: pd.DataFrame, m: pd.DataFrame, k: int) -> np.ndarray:
    """The distinct participants of the trips of the pairs of ``m`` seen by fewer than ``k`` participants (the
    ``merge`` row gathers them)."""
    small = m["n_users"].to_numpy() < k
    if not small.any():
        return np.array([], dtype=object)
    keys = pd.MultiIndex.from_frame(m.loc[small, PAIR_KEY])
    mine = pd.MultiIndex.from_frame(used[PAIR_KEY]).isin(keys)
    return pd.unique(used.loc[mine, "user_id"].to_numpy(dtype=object))


def od_matrix(m: pd.DataFrame, n_used: int, k: int, small_pairs: str, small_users=None,
              w_total: Optional[float] = None):
    """``(matrix, n_small_pairs, n_small_trips)``: the published matrix from the pairs' counts ``m`` (all the
    pairs, :func:`pair_counts`), the privacy rule applied on these reduced pairs (module doc); ``small_users``:
    :func:`small_pair_users` (``merge``); ``w_total``: the trips' total weight (weighted, else None)."""
    weighted = w_total is not None
    m = m.copy()
    m["share"] = 100.0 * m["n_trips"] / n_used if n_used else 0.0
    if weighted:
        m["share_weighted"] = 100.0 * m["trips_weighted"] / w_total if w_total > 0 else np.nan
    m["intra"] = (m["origin_zone"] == m["destination_zone"]).to_numpy()
    small = m["n_users"].to_numpy() < k
    n_small_pairs = int(small.sum())
    n_small_trips = int(m.loc[small, "n_trips"].sum())
    published = m[~small]
    merged_row = None
    if small_pairs == "merge" and n_small_pairs:
        n_u = len(small_users)
        if n_u >= k:
            merged_row = pd.DataFrame({"origin_zone": [OTHER], "destination_zone": [OTHER],
                                       "n_trips": [n_small_trips], "n_users": [n_u],
                                       "share": [100.0 * n_small_trips / n_used], "intra": [False]})
            if weighted:
                w_small = float(m.loc[small, "trips_weighted"].sum())
                merged_row["trips_weighted"] = w_small
                merged_row["share_weighted"] = 100.0 * w_small / w_total if w_total > 0 else np.nan
    parts = [published] + ([merged_row] if merged_row is not None else [])
    matrix = pd.concat(parts, ignore_index=True) if len(parts) > 1 else published.reset_index(drop=True)
    matrix = matrix.sort_values(["n_trips", "origin_zone", "destination_zone"], ascending=[False, True, True],
                                kind="stable").reset_index(drop=True)
    matrix["n_trips"] = matrix["n_trips"].astype(np.int64)
    matrix["n_users"] = matrix["n_users"].astype(np.int64)
    matrix["share"] = matrix["share"].astype(float)
    matrix["intra"] = matrix["intra"].astype(bool)
    return matrix[MATRIX_COLUMNS + (WEIGHTED_COLUMNS if weighted else [])], n_small_pairs, n_small_trips


def _desire_lines(matrix: pd.DataFrame, geoms, z: pd.DataFrame) -> pd.DataFrame:
    """One straight line (``wkb``) per published inter-zone pair, between the zones' representative points."""
    import shapely

    rep = pd.DataFrame(representative_points(geoms), columns=["lon", "lat"], index=z["zone_id"])
    rep = rep[~rep.index.duplicated()]
    lines = matrix[(~matrix["intra"]) & (matrix["origin_zone"] != OTHER)].reset_index(drop=True)
    lines = lines.assign(o_lon=rep["lon"].reindex(lines["origin_zone"]).to_numpy(float),
                         o_lat=rep["lat"].reindex(lines["origin_zone"]).to_numpy(float),
                         d_lon=rep["lon"].reindex(lines["destination_zone"]).to_numpy(float),
                         d_lat=rep["lat"].reindex(lines["destination_zone"]).to_numpy(float))
    coords = np.stack([lines[["o_lon", "o_lat"]].to_numpy(float), lines[["d_lon", "d_lat"]].to_numpy(float)],
                      axis=1)
    wkb = list(shapely.to_wkb(shapely.linestrings(coords))) if len(lines) else []
    lines["wkb"] = pd.Series(wkb, dtype=object)
    return lines
