"""Public-transport network context: proximity of legs to bus / coach / tram / metro / train / ferry lines and stops.

The network is given as plain frames (the QGIS glue builds them from OSM or GTFS layers):
- ``lines``: one row per vertex, ``line_id``, ``kind``, ``lon``, ``lat`` (vertices in line order);
- ``stops``: ``kind`` (optional), ``lon``, ``lat``.
``kind`` values are normalised by :func:`normalise_kind` (OSM route/railway tags, GTFS
route_type codes, our own mode names).
Lines are densified every ``STEP_M`` metres and looked up with a k-d tree, so the cost is
O(vertices log network).
"""
import re
from itertools import chain
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from ..geometry import EARTH_RADIUS_M
from ..vocab.times import epoch_seconds
from .features import STOP_SPEED, thin_vertices

KINDS = ("bus", "coach", "tram", "metro", "train", "ferry")
STEP_M = 10.0          # densification of lines and of the legs' tracks
#: a vertex this close to a line of the kind follows it. Ferries: 60 m. A boat's GPS fix is good (open sky, no
#: buildings), but ferry lines are drawn loosely (OSM ``route=ferry`` ways and GTFS feeds without shapes.txt are a
#: few straight segments between the piers, where the boat swings wide of other craft, a bend of the river or the
#: berth): twice the rail buffer and a bit more. Not wider: a line drawn along the middle of a 150 m river (the Seine
#: in Paris, the Rhône in Lyon) keeps the roads on its banks (75 m and more away) out of it, and 70 % of the leg
#: must be within it (``rules.LINE_SHARE``).
LINE_BUFFER_M = {"bus": 25.0, "coach": 25.0, "tram": 25.0, "metro": 40.0, "train": 40.0, "ferry": 60.0}
STOP_BUFFER_M = 40.0

_KIND_WORDS = {
    "bus": "bus", "trolleybus": "bus", "share_taxi": "bus", "minibus": "bus", "busway": "bus",
    "coach": "coach", "intercity_bus": "coach", "long_distance_bus": "coach", "autocar": "coach",
    "ferry": "ferry", "boat": "ferry", "ferry_terminal": "ferry", "water_bus": "ferry", "water_taxi": "ferry",
    "tram": "tram", "light_rail": "tram", "tram_stop": "tram", "streetcar": "tram",
    "subway": "metro", "metro": "metro", "monorail": "metro", "subway_entrance": "metro",
    "train": "train", "rail": "train", "railway": "train", "narrow_gauge": "train",
    "funicular": "train",
}
# keys of OSM tags (GDAL's other_tags hstore) whose value names a public-transport line (or a pier:
# amenity=ferry_terminal)
_OSM_KEYS = ("route", "railway", "route_master", "highway", "amenity")
_HSTORE = re.compile(r'"([^"]+)"=>"([^"]*)"')


def normalise_kind(value) -> Optional[str]:
    """'bus', 'light_rail', GTFS route_type 3 / 700, ... -> one of KINDS, else None. GTFS: coach for the extended
    coach services (200-299), ferry for 4 and the water transport (1000-1099) and ferry (1200-1299) services."""
    if value is None:
        return None
    if isinstance(value, float):
        if np.isnan(value):
            return None
        if value.is_integer():
            value = int(value)
    if isinstance(value, (int, np.integer)) or (isinstance(value, str) and value.strip().isdigit()):
        code = int(value)
        if code in (0, 5) or 900 <= code <= 999:
            return "tram"
        if code in (1, 12) or 400 <= code <= 499:
            return "metro"
        if code in (2, 7) or 100 <= code <= 199:
            return "train"
        if code in (3, 11) or 700 <= code <= 899:
            return "bus"
        if 200 <= code <= 299:
            return "coach"
        if code == 4 or 1000 <= code <= 1099 or 1200 <= code <= 1299:
            return "ferry"
        return None
    text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
    if text in KINDS:
        return text
    if text in _KIND_WORDS:
        return _KIND_WORDS[text]
    # OSM other_tags (hstore), e.g. '"route"=>"bus","name"=>"...": route / railway values only
    if "=>" in text:
        tags = dict(_HSTORE.findall(str(value).lower()))
        for key in _OSM_KEYS:
            kind = _KIND_WORDS.get(tags.get(key, "").replace("-", "_").replace(" ", "_"))
            if kind:
                return kind
    return None


def densify_segments(a: np.ndarray, b: np.ndarray, step_m: float):
    """Points every ``step_m`` along the segments ``a[i] -> b[i]`` (projected metres, ``(n, 2)``), each segment's
    start included and its end left out: ``(points, segment index of each point, fraction along it)``."""
    seg = np.hypot(*(b - a).T)
    n = np.maximum(np.ceil(seg / step_m).astype(int), 1)
    rep = np.repeat(np.arange(len(a)), n)
    frac = (np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)) / np.repeat(n, n)
    return a[rep] + (b[rep] - a[rep]) * frac[:, None], rep, frac


def project(lon, lat, lat0):
    """lon/lat -> local equirectangular metres around latitude ``lat0``."""
    k = np.pi / 180.0 * EARTH_RADIUS_M
    return np.column_stack([np.asarray(lon, float) * k * np.cos(np.radians(lat0)), np.asarray(lat, float) * k])


def _densify_track(v: pd.DataFrame, xy: np.ndarray):
    """Points every STEP_M metres along each leg's track with interpolated times: (leg, xy, t)."""
    leg = v.leg.to_numpy()
    t = v.t.to_numpy(float)
    same = leg[1:] == leg[:-1]
    ta, tb = t[:-1][same], t[1:][same]
    pts, rep, frac = densify_segments(xy[:-1][same], xy[1:][same], STEP_M)
    times = ta[rep] + (tb[rep] - ta[rep]) * frac
    legs = leg[:-1][same][rep]
    last = np.append(~same, True)  # the last vertex of each leg
    return (np.concatenate([legs, leg[last]]), np.vstack([pts, xy[last]]) if len(pts) else xy[last],
            np.concatenate([times, t[last]]))


def raw_fixes(vertices: pd.DataFrame) -> pd.DataFrame:
    """Every vertex with a time and a position (``leg, t, lon, lat``), sorted by leg and time."""
    v = pd.DataFrame({"leg": vertices["leg_id"].astype(str).to_numpy(), "t": epoch_seconds(vertices["time"]),
                      "lon": pd.to_numeric(vertices["lon"], errors="coerce").to_numpy(dtype=float),
                      "lat": pd.to_numeric(vertices["lat"], errors="coerce").to_numpy(dtype=float)})
    v = v[np.isfinite(v.t) & np.isfinite(v.lon) & np.isfinite(v.lat)]
    return v.sort_values(["leg", "t"], kind="mergesort").reset_index(drop=True)


def track_points(vertices: pd.DataFrame, thin: bool = True):
    """The legs' tracks (``leg_id, lon, lat, time``) as points every ``STEP_M`` metres with interpolated times:
    ``(leg, xy, t, lat0)`` in local metres around latitude ``lat0`` (:func:`project`). ``thin``: at most one
    vertex per ``features.BIN_S`` seconds first (else every vertex, sorted by leg and time)."""
    return _track_of(thin_vertices(vertices, "leg_id") if thin else raw_fixes(vertices))


def _track_of(v: pd.DataFrame):
    """:func:`track_points` of sorted vertices ``v`` (``leg, t, lon, lat``)."""
    if len(v) == 0:
        return np.empty(0, dtype=object), np.empty((0, 2)), np.empty(0), 0.0
    lat0 = float(np.nanmean(v.lat.to_numpy()))
    leg, pts, t = _densify_track(v, project(v.lon.to_numpy(), v.lat.to_numpy(), lat0))
    return leg, pts, t, lat0


@dataclass
class TransitNetwork:
    lines: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["line_id", "kind", "lon", "lat"]))
    stops: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["kind", "lon", "lat"]))

    def __post_init__(self):
        from scipy.spatial import cKDTree  # here, not at import: QGIS loads the plugin without scipy

        lat_all = np.concatenate([np.asarray(self.lines["lat"], dtype=float) if "lat" in self.lines else [],
                                  np.asarray(self.stops["lat"], dtype=float) if "lat" in self.stops else []])
        lat_all = lat_all[np.isfinite(lat_all)]
        self.lat0 = float(lat_all.mean()) if len(lat_all) else 0.0
        self._trees = {}
        self._routes = {}      # kind -> the route named at each densified point (None where unnamed)
        if len(self.lines):
            lines = self.lines.copy()
            lines["kind"] = lines["kind"].map(normalise_kind)
            lines = lines[lines.kind.notna()]
            for kind in KINDS:
                lk = lines[lines.kind == kind]
                if len(lk) == 0:
                    continue
                pts, names = self._densify(lk)
                if len(pts):
                    self._trees[kind] = cKDTree(pts)
                    if names is not None and pd.notna(names).any():
                        self._routes[kind] = names
        self._stops = None
        if len(self.stops):
            xy = self.project(self.stops.lon.to_numpy(float), self.stops.lat.to_numpy(float))
            self._stops = cKDTree(xy)

    @property
    def line_kinds(self) -> tuple:
        """The kinds (``KINDS``) the network has lines of."""
        return tuple(self._trees)

    @property
    def named_kinds(self) -> tuple:
        """The kinds whose lines name their route (a ``route`` column: an OpenStreetMap relation's ref)."""
        return tuple(self._routes)

    @property
    def has_lines(self) -> bool:
        """Whether any bus, coach, tram, metro, train or ferry line was recognised (else: stops alone)."""
        return bool(self._trees)

    @property
    def empty(self) -> bool:
        return not self._trees and self._stops is None

    def project(self, lon, lat):
        """Local equirectangular metres around the network's mean latitude."""
        k = np.pi / 180.0 * EARTH_RADIUS_M
        return np.column_stack([np.asarray(lon, float) * k * np.cos(np.radians(self.lat0)),
                                np.asarray(lat, float) * k])

    def _densify(self, lk: pd.DataFrame):
        """(points every ``STEP_M`` along the lines, the route of each point or None when no ``route`` column)."""
        xy = self.project(lk.lon.to_numpy(float), lk.lat.to_numpy(float))
        ids = lk.line_id.astype(str).to_numpy()
        same = ids[1:] == ids[:-1]
        pts, rep, _frac = densify_segments(xy[:-1][same], xy[1:][same], STEP_M)
        names = None
        if "route" in lk.columns:
            route = lk["route"].to_numpy(dtype=object)
            names = np.concatenate([route[:-1][same][rep], route]) if len(pts) else route
        return (np.vstack([pts, xy]) if len(pts) else xy), names


NETWORK_FEATURES = tuple("net_%s_share" % k for k in KINDS) + ("net_stops", "net_stops_at_stops",
                                                                 "net_stops_distinct", "net_stops_passed",
                                                                 "net_stops_dwelt", "net_stops_dwelt_sparse")
#: beside the features (not a model's input): the kind of most stops the leg dwelt at (``stop_visits``)
DWELT_KIND = "net_dwelt_kind"


def network_features(vertices: pd.DataFrame, network: TransitNetwork, leg_col: str = "leg_id") -> pd.DataFrame:
    """Per leg: share of (thinned) vertices within the buffer of each line kind, number of stop
    episodes, how many of them lie near a stop and at how many different stops; on the raw track, the stops
    passed and dwelt at (:func:`stop_visits`) and the kind of most stops dwelt at (``DWELT_KIND``)."""
    v = thin_vertices(vertices, leg_col)
    legs = pd.Index(np.unique(v.leg.to_numpy()), name="leg_id")
    out = pd.DataFrame(0.0, index=legs, columns=list(NETWORK_FEATURES))
    out[DWELT_KIND] = pd.Series(None, index=legs, dtype=object)
    if len(v) == 0 or network is None or network.empty:
        return out
    xy = network.project(v.lon.to_numpy(), v.lat.to_numpy())
    for kind, tree in network._trees.items():
        d, _ = tree.query(xy, distance_upper_bound=LINE_BUFFER_M[kind])
        near = pd.Series(np.isfinite(d).astype(float)).groupby(v.leg.to_numpy()).mean()
        out["net_%s_share" % kind] = near.reindex(legs).fillna(0.0).to_numpy()
    # stop episodes: vertices where the leg is stopped (slow step into the vertex), first of a run
    leg = v.leg.to_numpy()
    t = v.t.to_numpy()
    same = leg[1:] == leg[:-1]
    step = np.hypot(*(xy[1:] - xy[:-1]).T)
    dt = t[1:] - t[:-1]
    slow = same & (dt > 0) & (step / np.maximum(dt, 1e-9) < STOP_SPEED)
    start = slow.copy()
    start[1:] &= ~slow[:-1]
    idx = np.flatnonzero(start) + 1          # vertex where the stop is observed
    stop_leg = leg[idx]
    out["net_stops"] = pd.Series(1.0, index=stop_leg).groupby(level=0).sum().reindex(legs).fillna(0.0).to_numpy() \
        if len(idx) else 0.0
    if network._stops is not None and len(idx):
        d, which = network._stops.query(xy[idx], distance_upper_bound=STOP_BUFFER_M)
        at = pd.Series(np.isfinite(d).astype(float)).groupby(stop_leg).sum()
        out["net_stops_at_stops"] = at.reindex(legs).fillna(0.0).to_numpy()
        near = np.isfinite(d)
        distinct = pd.Series(which[near]).groupby(stop_leg[near]).nunique()
        out["net_stops_distinct"] = distinct.reindex(legs).fillna(0.0).to_numpy(float)
    if len(network.stops):
        raw = vertices.rename(columns={leg_col: "leg_id"}) if leg_col != "leg_id" else vertices
        visits = stop_visits(raw[raw["leg_id"].astype(str).isin(legs)], network.stops).reindex(legs)
        # (legs without a visit come back as NaN rows of an object frame: numbers first, then 0)
        out["net_stops_passed"] = pd.to_numeric(visits["stops_passed"], errors="coerce").fillna(0.0).to_numpy(float)
        out["net_stops_dwelt"] = pd.to_numeric(visits["stops_dwelt"], errors="coerce").fillna(0.0).to_numpy(float)
        sparse = pd.to_numeric(visits["stops_dwelt_sparse"], errors="coerce")
        out["net_stops_dwelt_sparse"] = sparse.fillna(0.0).to_numpy(float)
        out[DWELT_KIND] = visits["dwelt_kind"].to_numpy(dtype=object)
    return out


#: at most this many routes named for one leg (several routes sharing a street: "24 / 25")
MAX_ROUTES_NAMED = 3


def line_routes(vertices: pd.DataFrame, network: "TransitNetwork", leg_kind: pd.Series, share_min: float) -> pd.DataFrame:
    """Per leg of ``leg_kind`` (index ``leg_id``, value the leg's kind) whose kind has named lines
    (:attr:`TransitNetwork.named_kinds`): ``transit_route``, the routes of that kind within the kind's buffer of
    ``share_min`` or more of the leg's (thinned) vertices, the most followed first, several joined by " / " (a
    street several routes share: which one the rider took, only a timetable tells); ``transit_confidence``, the
    share of the leg along the first. Legs no route covers that much are left out."""
    cols = ["transit_route", "transit_confidence"]
    v = thin_vertices(vertices, "leg_id")
    kinds = leg_kind.reindex(v.leg.to_numpy()).to_numpy(dtype=object)
    rows = []
    for kind, names in network._routes.items():
        sel = np.flatnonzero(kinds == kind)
        if not len(sel):
            continue
        hits = network._trees[kind].query_ball_point(network.project(v.lon.to_numpy()[sel], v.lat.to_numpy()[sel]),
                                                     r=LINE_BUFFER_M[kind])
        n = np.fromiter((len(h) for h in hits), dtype=np.int64, count=len(hits))
        if not n.sum():
            continue
        flat = np.fromiter(chain.from_iterable(hits), dtype=np.int64, count=int(n.sum()))
        vert = np.repeat(sel, n)
        lab = names[flat]
        ok = pd.notna(lab)
        hit = pd.DataFrame({"vert": vert[ok], "route": lab[ok].astype(str)}).drop_duplicates()
        hit["leg"] = v.leg.to_numpy()[hit["vert"].to_numpy()]
        total = pd.Series(v.leg.to_numpy()[sel]).value_counts()
        cnt = hit.groupby(["leg", "route"]).size().rename("n").reset_index()
        cnt["share"] = cnt["n"].to_numpy(float) / total.reindex(cnt["leg"].to_numpy()).to_numpy(float)
        rows.append(cnt[cnt["share"] >= share_min])
    if not rows:
        return pd.DataFrame(columns=cols)
    r = pd.concat(rows, ignore_index=True).sort_values(["leg", "share", "route"], ascending=[True, False, True],
                                                       kind="mergesort")
    r = r[r.groupby("leg").cumcount() < MAX_ROUTES_NAMED]
    g = r.groupby("leg", sort=True)
    out = pd.DataFrame({"transit_route": g["route"].agg(" / ".join), "transit_confidence": g["share"].max().round(3)})
    out.index.name = "leg_id"
    return out


DWELL_STOP_M = 30.0    # a track near a stop ...
DWELL_STOP_S = 20.0    # ... this long dwelt there (a bus: its dwell and the ramps; a car or a bicycle passes by)
STOPS_PER_POINT = 4    # stops looked up around each point of a track (platforms of several lines at one place)
# a track leaving a stop's radius for more than VISIT_GAP_POINTS track points and VISIT_GAP_S seconds comes back
# on another visit (a loop, the way back); less is GPS noise, or a phone that records nothing while still
VISIT_GAP_POINTS = 3
VISIT_GAP_S = 60.0
VISIT_COLUMNS = ("stops_passed", "stops_dwelt", "dwelt_kind", "stops_dwelt_sparse")
#: a leg whose fixes are more than this apart (median) cannot time a dwell from its track: fewer than two fixes fall
#: in a ``DWELL_STOP_S`` dwell (OpenPATH's Android app records a fix every 30 s), and the time interpolated between a
#: fix at the stop and fixes 100-200 m before and after it is spread along the street. Its dwells are estimated
#: instead from the time its fixes show near stops (:func:`_sparse_dwells`).
SPARSE_FIX_S = DWELL_STOP_S / 2.0
SPARSE_DWELL_Z = 0.5


def stop_visits(vertices: pd.DataFrame, stops: pd.DataFrame) -> pd.DataFrame:
    """Per leg (index ``leg_id``), on its raw track (every vertex, points every ``STEP_M`` metres with interpolated
    times): ``stops_passed``, the passages within ``DWELL_STOP_M`` of a stop of ``stops`` (``lon, lat``, optional
    ``kind``); ``stops_dwelt``, those where the track stayed ``DWELL_STOP_S`` seconds or more; ``dwelt_kind``, the
    kind (:func:`normalise_kind`) of most dwelt stops that have one (None otherwise); ``stops_dwelt_sparse``, for a
    leg with fixes more than ``SPARSE_FIX_S`` apart, the dwells its time near stops shows (:func:`_sparse_dwells`,
    0 for the other legs), which ``stops_dwelt`` takes when larger.

    A visit is a run of track points near one stop (a track passing the same stop again later is another visit);
    visits of stops at the same place that overlap in time (both sides of a street, the platforms of two lines)
    are one passage. A bus or tram dwells at most of the stops it passes; a car or a bicycle drives by them,
    now and then stopped at a red light next to one."""
    out = pd.DataFrame(columns=list(VISIT_COLUMNS))
    ok = np.isfinite(pd.to_numeric(stops["lon"], errors="coerce").to_numpy(float)) & \
        np.isfinite(pd.to_numeric(stops["lat"], errors="coerce").to_numpy(float))
    stops = stops[ok].reset_index(drop=True)
    fixes = raw_fixes(vertices)
    leg, pts, t, lat0 = _track_of(fixes)
    if len(leg) == 0 or len(stops) == 0:
        return out
    from scipy.spatial import cKDTree  # here, not at import: QGIS loads the plugin without scipy

    tree = cKDTree(project(stops.lon.to_numpy(float), stops.lat.to_numpy(float), lat0))
    k = min(STOPS_PER_POINT, len(stops))
    d, idx = tree.query(pts, k=k, distance_upper_bound=DWELL_STOP_M)
    d, idx = d.reshape(len(pts), k), idx.reshape(len(pts), k)
    near = np.isfinite(d)
    if not near.any():
        return out
    sparse = _sparse_dwells(fixes, stops, tree, lat0, leg, np.where(near[:, 0], idx[:, 0], -1))
    row, col = np.nonzero(near)
    stop = idx[row, col]
    order = np.lexsort((row, stop, leg[row]))          # by leg, stop, track point
    row, stop = row[order], stop[order]
    lg = leg[row]
    new = np.ones(len(row), dtype=bool)
    tt = t[row]
    away = (row[1:] - row[:-1] > VISIT_GAP_POINTS) & (tt[1:] - tt[:-1] > VISIT_GAP_S)
    new[1:] = (lg[1:] != lg[:-1]) | (stop[1:] != stop[:-1]) | away
    v = pd.DataFrame({"leg": lg[new], "stop": stop[new],
                      "t0": np.minimum.reduceat(tt, np.flatnonzero(new)),
                      "t1": np.maximum.reduceat(tt, np.flatnonzero(new))})
    # visits of one leg overlapping in time: one passage (stops at the same place)
    v = v.sort_values(["leg", "t0"], kind="mergesort").reset_index(drop=True)
    prev_end = v.groupby("leg", sort=False)["t1"].cummax().shift(1).to_numpy(float)
    first = np.append(True, v.leg.to_numpy()[1:] != v.leg.to_numpy()[:-1])
    passage = np.cumsum(first | ~(v.t0.to_numpy(float) <= prev_end))
    v["passage"] = passage
    v["dwell"] = v.t1 - v.t0
    v["kind"] = (stops["kind"].map(normalise_kind).to_numpy(dtype=object)[v.stop.to_numpy()]
                 if "kind" in stops.columns else None)
    p = v.sort_values(["passage", "dwell"], ascending=[True, False], kind="mergesort").drop_duplicates("passage")
    p = p.assign(dwelt=p.dwell.to_numpy(float) >= DWELL_STOP_S)
    g = p.groupby("leg", sort=True)
    out = pd.DataFrame({"stops_passed": g.size().astype(float), "stops_dwelt": g.dwelt.sum().astype(float)})
    kinds = p[p.dwelt & p.kind.notna()]
    out["dwelt_kind"] = _top_kind(kinds.leg.to_numpy(), kinds.kind.to_numpy(dtype=object), 1.0, out.index)
    out["stops_dwelt_sparse"] = 0.0
    if len(sparse):
        # sparse fixes: the dwells their time near stops shows, when more than those timed on the track (never more
        # than the stops passed); the kind of the stops they were near
        sp = sparse.reindex(out.index)
        est = np.minimum(sp["dwelt"].fillna(0.0).to_numpy(float), out["stops_passed"].to_numpy(float))
        out["stops_dwelt_sparse"] = est
        more = est > out["stops_dwelt"].to_numpy(float)
        out.loc[more, "stops_dwelt"] = est[more]
        kind = sp["kind"].to_numpy(dtype=object)
        use = more & pd.notna(kind)
        out.loc[use, "dwelt_kind"] = kind[use]
    out.index.name = "leg_id"
    return out


def sparse_legs(fixes: pd.DataFrame) -> np.ndarray:
    """The legs of ``fixes`` (:func:`raw_fixes`) whose fixes are more than ``SPARSE_FIX_S`` apart (median): too
    sparse to time a dwell from the track."""
    gap = _median_gap(fixes)
    return gap.index[gap.to_numpy(float) > SPARSE_FIX_S].to_numpy(dtype=object)


def _median_gap(fixes: pd.DataFrame) -> pd.Series:
    """Per leg of ``fixes`` (:func:`raw_fixes`): the median time between its fixes (s)."""
    if len(fixes) < 2:
        return pd.Series(dtype=float)
    leg, t = fixes.leg.to_numpy(), fixes.t.to_numpy(float)
    dt = np.where(leg[1:] == leg[:-1], t[1:] - t[:-1], np.nan)
    return pd.Series(dt).groupby(leg[:-1]).median()


def _sparse_dwells(fixes, stops, tree, lat0, track_leg, track_stop) -> pd.DataFrame:
    """Per leg whose fixes are more than ``SPARSE_FIX_S`` apart (median): ``dwelt``, the dwells its time near stops
    shows, and ``kind``, the kind of most of the stops its fixes were near (time-weighted; None when they have none).

    Fixes are samples in time: each stands for half the time to the fix before and to the fix after (a minute at most
    each way: a silent phone is not a dwell), and counts for the stop it is within ``DWELL_STOP_M`` of. At the pace
    the leg kept away from stops, a vehicle that never stopped would have spent near each stop the time its track
    takes to pass it (``track_stop``: the nearest stop of each of the leg's track points, every ``STEP_M``; -1 away
    from stops). The excess at each stop, in ``DWELL_STOP_S`` units, is a dwell there, one at most: a wait of minutes
    at one stop, or a long red light next to it, is one stop dwelt at, as on a dense track. From the sum (never
    below 0), ``SPARSE_DWELL_Z`` times the spread a car passing the stops at random instants of the phone's sampling
    would give is taken off (chosen on generated studies: ``bench/bench_transit.py --sparse-cv``). A bus that dwelt
    at 40 % of the stops it passed (``rules.STOPS_ONLY_SHARE``) spent 8 s more near each stop it passed, on average,
    than a car driving by. ``fixes``: :func:`raw_fixes` of the legs."""
    cols = ["dwelt", "kind"]
    if len(fixes) < 2:
        return pd.DataFrame(columns=cols)
    gap = _median_gap(fixes)
    sparse = gap.index[gap.to_numpy(float) > SPARSE_FIX_S].to_numpy(dtype=object)
    if len(sparse) == 0:
        return pd.DataFrame(columns=cols)
    # the sparse legs only (``fixes`` and the track are sorted by leg: their rows stay in order)
    v = fixes[np.isin(fixes.leg.to_numpy(), sparse)]
    on = np.isin(track_leg, sparse)
    track_leg, track_stop = track_leg[on], track_stop[on]
    leg, t = v.leg.to_numpy(), v.t.to_numpy(float)
    same = leg[1:] == leg[:-1]
    dt = np.where(same, t[1:] - t[:-1], np.nan)
    half = np.where(same, np.minimum(np.nan_to_num(dt), VISIT_GAP_S), 0.0) / 2.0
    w = np.append(half, 0.0) + np.insert(half, 0, 0.0)
    d, which = tree.query(project(v.lon.to_numpy(), v.lat.to_numpy(), lat0), distance_upper_bound=DWELL_STOP_M)
    near = np.isfinite(d)
    total = pd.Series(w).groupby(leg).sum()
    at = pd.Series(w * near).groupby(leg).sum()
    on_track = track_stop >= 0
    n_track = pd.Series(1.0, index=track_leg).groupby(level=0).sum().reindex(total.index).fillna(0.0)
    share_near = (pd.Series(on_track.astype(float), index=track_leg).groupby(level=0).sum().reindex(total.index)
                  .fillna(0.0) / n_track.where(n_track > 0)).fillna(0.0).clip(upper=0.9)
    # seconds per unit of path share at the pace kept away from stops
    pace = (total - at) / (1.0 - share_near)
    time_at = pd.DataFrame({"leg": leg[near], "stop": which[near], "time": w[near]}).groupby(["leg", "stop"])["time"].sum()
    path_at = (pd.DataFrame({"leg": track_leg[on_track], "stop": track_stop[on_track]}).groupby(["leg", "stop"]).size()
               .astype(float))
    per = pd.concat([time_at.rename("time"), path_at.rename("path")], axis=1).fillna(0.0).reset_index()
    legs_ = per["leg"].to_numpy(dtype=object)
    expect = per["path"].to_numpy(float) / n_track.reindex(legs_).to_numpy(float) * pace.reindex(legs_).to_numpy(float)
    expect = np.nan_to_num(expect)
    # one dwell at most per stop; a stop passed with no fix near it counts its (negative) excess: the sum of a car's
    # is about 0, whether or not a fix fell next to a stop as it drove by
    dwell = np.minimum((per["time"].to_numpy(float) - expect) / DWELL_STOP_S, 1.0)
    g = pd.DataFrame({"leg": legs_, "dwell": dwell, "expect": expect}).groupby("leg")
    spread = np.sqrt(gap.reindex(g.size().index).fillna(0.0).to_numpy(float) * g["expect"].sum().to_numpy(float))
    est = pd.Series(np.maximum(g["dwell"].sum().to_numpy(float) - SPARSE_DWELL_Z * spread / DWELL_STOP_S, 0.0),
                    index=g.size().index)
    out = pd.DataFrame({"dwelt": est.reindex(sparse).fillna(0.0).to_numpy(float), "kind": None},
                       index=pd.Index(sparse))
    if "kind" in stops.columns and near.any():
        kinds = stops["kind"].map(normalise_kind).to_numpy(dtype=object)[which[near]]
        out["kind"] = _top_kind(leg[near], kinds, w[near], out.index)
    return out


def _top_kind(leg, kind, weight, index) -> np.ndarray:
    """Per leg of ``index``: the ``kind`` of most ``weight`` among its rows (``leg``, ``kind``; kinds None are left
    out; ties: the first kind in alphabetical order), None for a leg with none."""
    k = pd.DataFrame({"leg": leg, "kind": kind, "w": weight}).dropna(subset=["kind"])
    k = k.groupby(["leg", "kind"], sort=True)["w"].sum().reset_index()
    k = k.sort_values(["leg", "w", "kind"], ascending=[True, False, True], kind="mergesort").drop_duplicates("leg")
    return k.set_index("leg")["kind"].reindex(index).astype(object).where(lambda s: s.notna(), None).to_numpy(
        dtype=object)


#: a metro or train ride the phone did not record (underground): both ends of the gap this close to a
#: station of that kind (the fix is lost at the entrance, found again at the exit of a large station)
STATION_REACH_M = 400.0
#: ... and the gap crossed at a rail ride's pace: faster than walking (waits on the platform included),
#: slower than a high-speed train
UNDERGROUND_SPEED_MPS = (3.0, 45.0)
UNDERGROUND_MIN_M = 800.0


def underground_rides(legs: pd.DataFrame, vertices: pd.DataFrame, network: Optional[TransitNetwork]) -> pd.Series:
    """Per leg (index ``legs.index``): ``"metro"`` or ``"train"`` when the leg is a gap the phone did not
    record (``sensed_mode`` ``"untracked"``) that starts and ends within ``STATION_REACH_M`` of stations of
    that kind (metro first when both ends have both), at least ``UNDERGROUND_MIN_M`` apart and crossed at
    ``UNDERGROUND_SPEED_MPS``: a ride underground. None elsewhere, and everywhere without such stations."""
    out = pd.Series(None, index=legs.index, dtype=object)
    if (network is None or network._stops is None or "sensed_mode" not in legs.columns or not len(legs)
            or "kind" not in network.stops.columns):
        return out
    gap = (legs["sensed_mode"].astype(str) == "untracked").to_numpy()
    if not gap.any():
        return out
    ids = legs["leg_id"].astype(str).to_numpy(dtype=object)
    v = vertices[vertices["leg_id"].astype(str).isin(set(ids[gap]))]
    if not len(v):
        return out
    t = epoch_seconds(v["time"])
    order = np.lexsort((t, v["leg_id"].astype(str).to_numpy()))
    vid = v["leg_id"].astype(str).to_numpy()[order]
    lon, lat, t = v["lon"].to_numpy(float)[order], v["lat"].to_numpy(float)[order], t[order]
    first = np.flatnonzero(np.append(True, vid[1:] != vid[:-1]))
    last = np.append(first[1:], len(vid)) - 1
    xy = network.project(lon, lat)
    a, b = xy[first], xy[last]
    d = np.hypot(*(b - a).T)
    dt = t[last] - t[first]
    with np.errstate(invalid="ignore", divide="ignore"):
        speed = np.where(dt > 0, d / np.where(dt > 0, dt, 1.0), np.nan)
    ok = (d >= UNDERGROUND_MIN_M) & (speed >= UNDERGROUND_SPEED_MPS[0]) & (speed <= UNDERGROUND_SPEED_MPS[1])
    from scipy.spatial import cKDTree  # here, not at import: QGIS loads the plugin without scipy

    kinds = network.stops["kind"].map(normalise_kind).to_numpy(dtype=object)
    sxy = network.project(network.stops.lon.to_numpy(float), network.stops.lat.to_numpy(float))
    found = np.full(len(first), None, dtype=object)
    for kind in ("train", "metro"):   # metro last: it wins when both ends have both
        sel = kinds == kind
        if not sel.any():
            continue
        tree = cKDTree(sxy[sel])
        near = (tree.query(a, distance_upper_bound=STATION_REACH_M)[0] <= STATION_REACH_M) & \
               (tree.query(b, distance_upper_bound=STATION_REACH_M)[0] <= STATION_REACH_M)
        found[ok & near] = kind
    by_leg = pd.Series(found, index=vid[first])
    return pd.Series(by_leg.reindex(ids).to_numpy(dtype=object), index=legs.index, dtype=object).where(
        lambda s: s.notna(), None)
