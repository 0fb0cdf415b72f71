"""Synthetic citizens on a real road network, with smartphone traces and the truth beside them.

:func:`simulate` is the test bench of segment travel times, before/after comparisons, purposes,
OD flows and privacy: everything it writes is known exactly.

* **Population**: citizens with a home, a work or study place and a few regular places taken from
  shared pools (shops, leisure, personal business, schools), all on the network's segments.
* **Days**: weekday commutes (with escorting, lunch, shopping and leisure chained or in the
  evening), fewer trips at weekends (some people stay home). Trips are chained in home-based
  tours; the tour mode (walk, bike, ebike, escooter, car, carpool) depends on the distance and on
  what the person owns, and commutes keep one habitual mode.
* **Routes** are time-weighted shortest paths on the network for the mode's class (car: drivable
  roads, one-way respected; bike: cycleways too, one-way respected on main roads; walk: everything,
  both directions). Car routes use the peak or off-peak weights of their departure.
* **Speeds** per segment, direction and time band: free flow from ``maxspeed`` (else the road
  class), congestion factors in the 07-09 and 16-19 bands on main roads, a per-trip factor and a
  per-traversal random factor (log-normal), so that travel-time statistics are meaningful.
  :attr:`Simulation.segment_speeds` gives the median travel time of every segment x direction x
  mode class x band x period.
* **Phones**: Android-like (regular 1-5 s with jitter) or iOS-like (distance filter, irregular,
  1-30 s) sampling, recording that starts some way after the departure, GPS noise (5-15 m,
  correlated in time, heavier in narrow streets and indoors), urban-canyon outliers (50-300 m),
  lost minutes inside some trips, and sparse jittered fixes during stays (overnight too).
* **Truth**: trips (purpose in the EMC2 groups), legs, traversals with entry and exit times at the
  segment ends, places, stays, participant labels (e-mission vocabulary), segment speeds.
* A **circulation plan** changes the network from its start: closed streets (for motor traffic),
  streets turned one-way, speed factors. Trips after the start are routed on the changed network;
  truth rows carry ``period`` "before" / "after".

Everything is drawn from ``numpy.random.default_rng(seed)``: the same arguments give the same
result. Routing uses scipy's Dijkstra once per network variant; positions are interpolated with
numpy for each trip (no loop over points).
"""
import json
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Dict, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError
from ..geometry import linestrings_wkb
from ..i18n import tr
from ..roads.network import NON_MOTOR_CLASSES, Network, _plain, build_network, segment_wkb, with_plan

SAMPLE_NETWORK = (Path(__file__).resolve().parents[3] / "resources" / "sample" / "network"
                  / "helsinki_centre_roads.geojson")
SAMPLE_TZ = "Europe/Helsinki"

#: local time bands (label, start hour, end hour)
BANDS = (("00-07", 0, 7), ("07-09", 7, 9), ("09-16", 9, 16), ("16-19", 16, 19), ("19-24", 19, 24))
_HOUR_BAND = np.array([0] * 7 + [1] * 2 + [2] * 7 + [3] * 3 + [4] * 5)

MODES = ("walk", "bike", "ebike", "escooter", "car", "carpool")
MODE_CLASS = {"walk": "walk", "bike": "bike", "ebike": "bike", "escooter": "bike", "car": "car",
              "carpool": "car"}
#: e-mission's label values for the participant's confirmation of a mode
MODE_LABEL = {"walk": "walk", "bike": "bike", "ebike": "e-bike", "escooter": "scootershare",
              "car": "drove_alone", "carpool": "shared_ride", "bus": "bus"}
#: EMC2 purpose groups
PURPOSES = ("home", "work", "study", "shopping", "leisure", "escort", "personal_business", "other")

DRIVABLE = {"motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary",
            "secondary_link", "tertiary", "tertiary_link", "unclassified", "residential", "living_street",
            "service", "road"}
MAIN_ROADS = {"motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary",
              "secondary_link", "tertiary", "tertiary_link"}
NARROW = {"residential", "unclassified", "service", "living_street", "pedestrian", "footway", "steps"}
NO_BIKE = {"motorway", "motorway_link", "trunk", "trunk_link", "steps", "escalier", "bac ou liaison maritime"}
OSM_CLASSES = DRIVABLE | {"pedestrian", "footway", "cycleway", "path", "steps", "track", "bridleway", "corridor",
                          "platform", "elevator", "construction", "proposed"}
#: free-flow car speed (km/h) when maxspeed is not tagged
#: car congestion factor on speed per band (main roads, other roads)
CONGESTION = {"main": (1.05, 0.55, 0.85, 0.6, 0.95), "other": (1.05, 0.8, 0.95, 0.8, 1.0)}
URBAN_FACTOR = 0.8   # free-flow travel speed / speed limit (junctions, lights)


@dataclass
class SimulationParams:
    """Knobs of :func:`simulate` (units in the names)."""
    android_share: float = 0.6
    android_intervals_s: Sequence[float] = (1.0, 2.0, 3.0, 5.0)
    """Base sampling interval of an Android-like phone (one per person); each interval is jittered
    by ``android_jitter`` (a share, uniform)."""
    android_jitter: float = 0.2
    ios_distance_filter_m: Sequence[float] = (10.0, 50.0)
    """Range of the iOS-like distance filter (one per person); a fix also comes every
    ``ios_max_interval_s`` at the latest while moving."""
    ios_max_interval_s: float = 30.0
    noise_sigma_m: Sequence[float] = (5.0, 12.0)
    """Range of each person's GPS error, standard deviation per axis in the open; narrow streets
    multiply it by ``narrow_noise_factor``, indoors by ``indoor_noise_factor``."""
    narrow_noise_factor: float = 1.35
    indoor_noise_factor: float = 1.5
    noise_correlation_s: float = 30.0
    outlier_rate: float = 0.02
    """Share of fixes thrown 50-300 m away (urban canyon); doubled in narrow streets."""
    outlier_distance_m: Sequence[float] = (50.0, 300.0)
    gap_trip_share: float = 0.08
    """Share of trips (longer than 4 minutes) that lose a stretch of ``gap_s`` seconds."""
    gap_s: Sequence[float] = (60.0, 240.0)
    start_delay_m: Dict[str, Sequence[float]] = field(
        default_factory=lambda: {"android": (0.0, 40.0), "ios": (30.0, 150.0)})
    """Recording starts after this distance from the departure (geofence exit), per phone kind."""
    stay_tail_s: Sequence[float] = (360.0, 600.0)
    """After an arrival the phone keeps recording at its moving rate this long, then sparsely."""
    stay_sparse_mean_s: float = 2400.0
    """Mean interval between fixes during the rest of a stay (exponential, clipped to
    ``stay_sparse_range_s``): phones mostly stop recording at a place."""
    stay_sparse_range_s: Sequence[float] = (300.0, 10800.0)
    label_user_share: float = 0.4
    """Share of participants who confirm trips; each of them labels a share in ``label_rate``."""
    label_rate: Sequence[float] = (0.5, 0.95)
    car_owner_share: float = 0.45
    car_weight: float = 1.4
    """Relative preference for the car in the mode choice (walk 4 at 0 m, bike 1.6...)."""
    bike_owner_share: float = 0.55
    ebike_share: float = 0.15
    escooter_user_share: float = 0.2
    car_tt_sigma: float = 0.18
    """Log-normal sigma of the per-traversal travel-time factor for cars (lights, queues)."""
    car_trip_sigma: float = 0.08
    bike_tt_sigma: float = 0.10
    walk_tt_sigma: float = 0.08


@dataclass
class CirculationPlan:
    """A change of the network from ``start`` (a date or a time; a date means local midnight).

    ``closed``: segment ids closed to motor traffic (people on foot and on bikes still pass);
    ``oneway``: {segment_id: 1 or -1} streets turned one-way (1: along the drawing direction,
    -1: against it, 0: both ways again), for cars and bikes; ``speed_factor``:
    {segment_id: factor} on the car speed (0.6 for a 50 -> 30 km/h zone).
    The changed network is ``network.with_plan(net, closed, oneway, speed_factor)``.
    """
    start: object
    closed: Sequence = ()
    oneway: Optional[Dict] = None
    speed_factor: Optional[Dict] = None

    def apply(self, net: Network) -> Network:
        """The network under this plan (same segment and edge ids)."""
        return with_plan(net, closed=list(self.closed or ()), oneway=dict(self.oneway or {}),
                         speed_factor=dict(self.speed_factor or {}))

    def start_utc(self, tz: str) -> float:
        ts = pd.Timestamp(self.start)
        if ts.tzinfo is None:
            ts = ts.tz_localize(tz, ambiguous=False, nonexistent="shift_forward")
        return ts.tz_convert("UTC").value / 1e9


@dataclass
class Simulation:
    """Result of :func:`simulate`. Times are ``datetime64[ns, UTC]``."""
    points: pd.DataFrame
    """The phones' fixes: points contract (user_id, time, lat, lon, accuracy_m, speed_mps, source_file)."""
    points_truth: pd.DataFrame
    """Aligned with ``points``: true_lat, true_lon, trip_id, leg_id, place_id ("" when none),
    is_outlier, phone."""
    trips: pd.DataFrame
    legs: pd.DataFrame
    leg_vertices: pd.DataFrame
    """True path of every leg: leg_id, lon, lat, time (one row per vertex, in order)."""
    traversals: pd.DataFrame
    places: pd.DataFrame
    stays: pd.DataFrame
    labels: pd.DataFrame
    segment_speeds: pd.DataFrame
    gaps: pd.DataFrame
    users: pd.DataFrame
    segments: pd.DataFrame
    """The network the simulation ran on: segment_id, osm_id, name, highway, oneway, maxspeed,
    length_m, from_node, to_node and ``wkb`` (LineString)."""
    network: Optional[Network] = None
    """The network the simulation ran on (before any plan)."""
    network_after: Optional[Network] = None
    """``plan.apply(network)`` when a plan was given."""
    plan: Optional[CirculationPlan] = None
    tz: str = SAMPLE_TZ

    def legs_wkb(self):
        """LineStringM WKB of the true legs (M = UTC epoch second), in ``legs`` order."""
        return _paths_wkb(self.leg_vertices, "leg_id", self.legs["leg_id"])

    def trips_wkb(self):
        """LineStringM WKB of the true trips (their legs' vertices), in ``trips`` order."""
        v = self.leg_vertices.merge(self.legs[["leg_id", "trip_id"]], on="leg_id", how="left", sort=False)
        return _paths_wkb(v, "trip_id", self.trips["trip_id"])


def _paths_wkb(vertices, key, order):
    if len(order) == 0:
        return []
    codes = pd.Categorical(vertices[key], categories=list(order))
    idx = np.argsort(codes.codes, kind="stable")
    c = codes.codes[idx]
    first = np.searchsorted(c, np.arange(len(order)), side="left")
    last = np.searchsorted(c, np.arange(len(order)), side="right") - 1
    v = vertices.iloc[idx]
    m = v["time"].astype("int64").to_numpy() / 1e9
    return linestrings_wkb(v["lon"].to_numpy(), v["lat"].to_numpy(), first, last, m=m)


# --------------------------------------------------------------------------- network
class _Graph:
    """Arrays of a :class:`~.network.Network` the simulator needs (local metric coordinates)."""

    def __init__(self, net: Network):
        self.net = net
        s = net.segments
        self.n = len(s)
        self.seg_ids = s["segment_id"].to_numpy(np.int64)
        if not np.array_equal(self.seg_ids, np.arange(self.n)):
            raise InputError(tr("the network's segment ids must be 0..n-1"), field="segment_id")
        self.highway = np.asarray([_plain_class(h) for h in s["road_class"]], dtype=object)
        self.code = s["oneway"].to_numpy(np.int64)
        self.speed_kmh = s["speed_kmh"].to_numpy(float)
        self.length = np.maximum(s["length_m"].to_numpy(float), 0.01)
        self.u = s["u"].to_numpy(np.int64)
        self.v = s["v"].to_numpy(np.int64)
        self.n_nodes = net.n_nodes
        off = np.asarray(net.seg_offsets, dtype=np.int64)
        self.vstart = off[:-1]
        self.vend = off[1:] - 1
        self.vx = np.asarray(net.vx, dtype=float)
        self.vy = np.asarray(net.vy, dtype=float)
        step = np.zeros(len(self.vx))
        step[1:] = np.hypot(np.diff(self.vx), np.diff(self.vy))
        step[self.vstart] = 0.0
        cum = np.cumsum(step)
        counts = self.vend - self.vstart + 1
        self.vseg = np.repeat(np.arange(self.n), counts)
        self.vcum = cum - np.repeat(cum[self.vstart], counts)      # distance from the segment start
        seg_geo_len = self.vcum[self.vend]
        # the segment's own length scales its vertices (a snapped vertex may differ by centimetres)
        scale = np.where(seg_geo_len > 0, self.length / np.where(seg_geo_len > 0, seg_geo_len, 1), 1.0)
        self.vcum = self.vcum * np.repeat(scale, counts)
        # a global, strictly increasing distance key: segment s occupies [base[s], base[s] + length[s]]
        self.base = np.concatenate([[0.0], np.cumsum(self.length + 1.0)[:-1]])
        self.gkey = self.base[self.vseg] + self.vcum
        # OSM classes as such; other vocabularies (IGN BD TOPO natures...): drivable unless closed to motor
        # traffic (core.network.NON_MOTOR_CLASSES, as the map matcher's motor network), main roads from
        # 50 km/h, narrow streets up to 30 km/h
        known = np.array([h in OSM_CLASSES for h in self.highway])
        self.drivable = np.array([h in DRIVABLE or (h not in OSM_CLASSES and h not in NON_MOTOR_CLASSES)
                                  for h in self.highway])
        self.main = np.array([h in MAIN_ROADS for h in self.highway]) | (~known & self.drivable
                                                                        & (self.speed_kmh >= 50))
        self.narrow = np.array([h in NARROW for h in self.highway]) | (~known & (self.speed_kmh <= 30))

    def to_lonlat(self, x, y):
        """Local metres -> lon/lat: a cubic fit of the network's projection over the area, checked to stay
        within 1e-7 degree of ``Network.unproject`` (else that exact projection is used), and much faster
        than it for millions of fixes."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if not hasattr(self, "_fit"):
            self._fit = None
            pad = 2000.0
            gx, gy = np.meshgrid(np.linspace(self.vx.min() - pad, self.vx.max() + pad, 15),
                                 np.linspace(self.vy.min() - pad, self.vy.max() + pad, 15))
            gx, gy = gx.ravel(), gy.ravel()
            glon, glat = self.net.unproject(gx, gy)
            self._box = (gx.min(), gx.max(), gy.min(), gy.max())
            A = _cubic_terms(gx, gy)
            clon = np.linalg.lstsq(A, glon, rcond=None)[0]
            clat = np.linalg.lstsq(A, glat, rcond=None)[0]
            tx = np.random.default_rng(0).uniform(gx.min(), gx.max(), 200)
            ty = np.random.default_rng(1).uniform(gy.min(), gy.max(), 200)
            tlon, tlat = self.net.unproject(tx, ty)
            B = _cubic_terms(tx, ty)
            if max(np.abs(B @ clon - tlon).max(), np.abs(B @ clat - tlat).max()) < 1e-7:
                self._fit = (clon, clat)
        x0, x1, y0, y1 = getattr(self, "_box", (0, 0, 0, 0))
        if self._fit is None or len(x) == 0 or x.min() < x0 or x.max() > x1 or y.min() < y0 or y.max() > y1:
            return self.net.unproject(x, y)
        return _cubic_eval(self._fit[0], x, y), _cubic_eval(self._fit[1], x, y)

    def point_at(self, seg, dist):
        """x, y at ``dist`` metres from the start of segments ``seg`` (arrays, vectorised)."""
        key = self.base[np.asarray(seg, dtype=np.int64)] + np.asarray(dist, dtype=float)
        return np.interp(key, self.gkey, self.vx), np.interp(key, self.gkey, self.vy)

    def path(self, seg, f0, f1, entry, tt):
        """Vertices (x, y, t, piece index) along pieces ``seg`` from fraction f0 to f1, timed."""
        L = self.length[seg]
        d0, d1 = f0 * L, f1 * L
        plen = np.abs(d1 - d0)
        sign = np.where(d1 >= d0, 1.0, -1.0)
        counts = self.vend[seg] - self.vstart[seg] + 1
        piece = np.repeat(np.arange(len(seg)), counts)
        first = np.repeat(self.vstart[seg], counts)
        start_of_piece = np.repeat(np.cumsum(counts) - counts, counts)
        vidx = first + np.arange(counts.sum()) - start_of_piece
        d = (self.vcum[vidx] - d0[piece]) * sign[piece]       # along the travel direction
        inner = (d > 1e-6) & (d < plen[piece] - 1e-6)
        k = np.arange(len(seg))
        # piece ends: start of the first piece, then the end of every piece
        pe_piece = np.concatenate([[0], k])
        pe_d = np.concatenate([[0.0], plen])
        pe_seg_d = np.concatenate([[d0[0]], d1])
        pex, pey = self.point_at(seg[pe_piece], pe_seg_d)
        piece_all = np.concatenate([pe_piece, piece[inner]])
        d_all = np.concatenate([pe_d, d[inner]])
        x_all = np.concatenate([pex, self.vx[vidx[inner]]])
        y_all = np.concatenate([pey, self.vy[vidx[inner]]])
        order = np.lexsort((d_all, piece_all))
        piece_all, d_all, x_all, y_all = piece_all[order], d_all[order], x_all[order], y_all[order]
        t_all = entry[piece_all] + np.where(plen[piece_all] > 0, d_all / np.maximum(plen[piece_all], 1e-9), 0.0) \
            * tt[piece_all]
        return x_all, y_all, t_all, piece_all

    def segments_frame(self):
        seg = self.net.segments
        out = pd.DataFrame({"segment_id": self.seg_ids, "source_id": seg["source_id"].to_numpy(),
                            "name": seg["name"].to_numpy(), "highway": self.highway,
                            "oneway": self.code, "speed_kmh": self.speed_kmh, "length_m": self.length,
                            "from_node": self.u, "to_node": self.v})
        out["wkb"] = segment_wkb(self.net)
        return out


def _cubic_terms(x, y):
    x = x / 1000.0
    y = y / 1000.0
    return np.column_stack([np.ones_like(x), x, y, x * x, x * y, y * y, x ** 3, x * x * y, x * y * y, y ** 3])


def _cubic_eval(c, x, y):
    x = x / 1000.0
    y = y / 1000.0
    return (c[0] + x * (c[1] + x * (c[3] + x * c[6]) + y * (c[4] + x * c[7] + y * c[8]))
            + y * (c[2] + y * (c[5] + y * c[9])))


def _plain_class(h):
    if h is None or (isinstance(h, float) and h != h):
        return "road"
    return _plain(h) or "road"


class _Variant:
    """Edge permissions, speeds and shortest paths of one mode class on one network (before/after)."""

    def __init__(self, g: _Graph, cls: str, code, speed_kmh):
        self.g = g
        self.cls = cls
        n = g.n
        base_code = g.code
        if cls == "car":
            self.fwd = g.drivable & np.isin(code, (0, 1))
            self.bwd = g.drivable & np.isin(code, (0, -1))
            self.base_speed = speed_kmh / 3.6 * URBAN_FACTOR
        elif cls == "bike":
            # closures are for motor traffic: cyclists keep the street (in its former directions)
            c = np.where(code == 2, base_code, code)
            ok = np.array([h not in NO_BIKE for h in g.highway])
            strict = g.main | (c != base_code)     # one-way respected on main roads and where the plan says
            self.fwd = ok & (np.isin(c, (0, 1)) | ~strict) & (c != 2)
            self.bwd = ok & (np.isin(c, (0, -1)) | ~strict) & (c != 2)
            self.base_speed = np.where(np.isin(g.highway, ["pedestrian", "footway", "path", "steps"]), 4.0, 5.0)
        else:
            self.fwd = np.ones(n, dtype=bool)
            self.bwd = np.ones(n, dtype=bool)
            self.base_speed = np.full(n, 1.35)
        self._sp = {}

    def same_as(self, other):
        return (self.cls == other.cls and np.array_equal(self.fwd, other.fwd) and np.array_equal(self.bwd, other.bwd)
                and np.array_equal(self.base_speed, other.base_speed))

    def band_speed(self, band):
        """Speed (m/s) of every segment in a band (index into BANDS)."""
        if self.cls != "car":
            return self.base_speed
        f = np.where(self.g.main, CONGESTION["main"][band], CONGESTION["other"][band])
        return self.base_speed * f

    def shortest(self, peak: bool):
        key = bool(peak) if self.cls == "car" else False
        if key in self._sp:
            return self._sp[key]
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import dijkstra
        g = self.g
        tt = g.length / self.band_speed(1 if key else 2)
        src = np.concatenate([g.u[self.fwd], g.v[self.bwd]])
        dst = np.concatenate([g.v[self.fwd], g.u[self.bwd]])
        w = np.concatenate([tt[self.fwd], tt[self.bwd]])
        edge = np.concatenate([np.flatnonzero(self.fwd) * 2, np.flatnonzero(self.bwd) * 2 + 1])
        keep = src != dst
        src, dst, w, edge = src[keep], dst[keep], w[keep], edge[keep]
        order = np.lexsort((w, dst, src))
        src, dst, w, edge = src[order], dst[order], w[order], edge[order]
        first = np.ones(len(src), dtype=bool)
        first[1:] = (src[1:] != src[:-1]) | (dst[1:] != dst[:-1])
        src, dst, w, edge = src[first], dst[first], w[first], edge[first]
        mat = csr_matrix((w, (src, dst)), shape=(g.n_nodes, g.n_nodes))
        dist, pred = dijkstra(mat, directed=True, return_predecessors=True)
        keys = src * g.n_nodes + dst
        res = (dist.astype(np.float32), pred.astype(np.int32), keys, edge)
        self._sp[key] = res
        return res

    def route(self, seg_a, frac_a, seg_b, frac_b, peak):
        """Pieces (edges, f0, f1 arrays) of the fastest route between two places, or None."""
        g = self.g
        dist, pred, keys, eids = self.shortest(peak)
        sp = self.band_speed(1 if (peak and self.cls == "car") else 2)
        L = g.length
        acc = []      # leave the origin: (node, edge, f0, f1, cost)
        if self.fwd[seg_a]:
            acc.append((g.v[seg_a], 2 * seg_a, frac_a, 1.0, (1 - frac_a) * L[seg_a] / sp[seg_a]))
        if self.bwd[seg_a]:
            acc.append((g.u[seg_a], 2 * seg_a + 1, frac_a, 0.0, frac_a * L[seg_a] / sp[seg_a]))
        egr = []
        if self.fwd[seg_b]:
            egr.append((g.u[seg_b], 2 * seg_b, 0.0, frac_b, frac_b * L[seg_b] / sp[seg_b]))
        if self.bwd[seg_b]:
            egr.append((g.v[seg_b], 2 * seg_b + 1, 1.0, frac_b, (1 - frac_b) * L[seg_b] / sp[seg_b]))
        best = None
        for a in acc:
            for b in egr:
                c = a[4] + float(dist[a[0], b[0]]) + b[4]
                if np.isfinite(c) and (best is None or c < best[0]):
                    best = (c, a, b)
        if best is None:
            return None
        _, a, b = best
        na, nb = int(a[0]), int(b[0])
        nodes = [nb]
        row = pred[na]
        while nodes[-1] != na:
            q = int(row[nodes[-1]])
            if q < 0:
                return None
            nodes.append(q)
        nodes = np.asarray(nodes[::-1], dtype=np.int64)
        mid = eids[np.searchsorted(keys, nodes[:-1] * g.n_nodes + nodes[1:])]
        edges = np.concatenate([[a[1]], mid, [b[1]]]).astype(np.int64)
        fwd_mid = (mid % 2 == 0).astype(float)
        f0 = np.concatenate([[a[2]], 1.0 - fwd_mid, [b[2]]])
        f1 = np.concatenate([[a[3]], fwd_mid, [b[3]]])
        return edges, f0, f1

    def reachable_segments(self):
        """Segments usable in an allowed direction between nodes of the largest strongly connected part."""
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import connected_components
        g = self.g
        src = np.concatenate([g.u[self.fwd], g.v[self.bwd]])
        dst = np.concatenate([g.v[self.fwd], g.u[self.bwd]])
        mat = csr_matrix((np.ones(len(src)), (src, dst)), shape=(g.n_nodes, g.n_nodes))
        _, lab = connected_components(mat, directed=True, connection="strong")
        big = np.argmax(np.bincount(lab))
        inside = lab == big
        return (self.fwd | self.bwd) & inside[g.u] & inside[g.v]


# --------------------------------------------------------------------------- loading
def load_sample_network(snap_m: float = 1.0) -> Network:
    """The embedded sample network (central Helsinki, © OpenStreetMap contributors, ODbL 1.0) as a
    :class:`~.network.Network`, read with the standard library only (no QGIS)."""
    return read_geojson_network(SAMPLE_NETWORK, snap_m=snap_m)


def read_geojson_network(path, snap_m: float = 1.0) -> Network:
    """A GeoJSON file of (Multi)LineStrings in EPSG:4326 with OSM-like fields (``highway``,
    ``oneway``, ``maxspeed``, ``name``, ``osm_id``) -> :class:`~.network.Network`."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise InputError(tr("cannot read the road network: {err}").format(err=err), file=path.name)
    coords, props = [], []
    for f in data.get("features", []):
        g = f.get("geometry") or {}
        p = f.get("properties") or {}
        parts = ([g.get("coordinates")] if g.get("type") == "LineString"
                 else g.get("coordinates") if g.get("type") == "MultiLineString" else [])
        for part in parts or []:
            c = np.asarray(part, dtype=float).reshape(-1, np.asarray(part).shape[-1])[:, :2]
            if len(c) >= 2:
                coords.append(c)
                props.append(p)
    if not coords:
        raise InputError(tr("The road network has no lines."), file=path.name)
    offsets = np.zeros(len(coords) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(c) for c in coords])
    allc = np.concatenate(coords)

    def col(name):
        return [p.get(name) for p in props]

    return build_network(allc[:, 0], allc[:, 1], offsets, oneway=col("oneway"), speed_kmh=col("maxspeed"),
                         road_class=col("highway"), name=[n or "" for n in col("name")],
                         source_id=col("osm_id"), snap_m=snap_m, layer=path.name)


def _network_of(network) -> Network:
    if network is None:
        return load_sample_network()
    if isinstance(network, Network):
        return network
    if isinstance(network, (str, Path)):
        return read_geojson_network(network)
    raise InputError(tr("the road network is not in a form the simulator reads"),
                     hint=tr("Give a network built by core.network, a GeoJSON file of lines or nothing "
                             "(the embedded sample network)."))


# --------------------------------------------------------------------------- population
_POOLS = {"shopping": 30, "leisure": 30, "personal_business": 15, "school": 6}
_LEISURE_KIND = ("meal", "exercise", "entertainment")


def _place_weights(g, kind):
    w = g.length.copy()
    if kind == "home":
        w = w * np.where(np.isin(g.highway, ["residential", "unclassified", "living_street"]), 3.0,
                         np.where(g.main, 1.0, 0.5))
    elif kind in ("work", "shopping", "personal_business"):
        w = w * np.where(g.main, 3.0, 1.0)
    return w


def _draw_places(rng, g, ok, kind, n):
    w = _place_weights(g, kind) * ok
    seg = rng.choice(g.n, size=n, p=w / w.sum())
    frac = rng.uniform(0.15, 0.85, n)
    d = frac * g.length[seg]
    x, y = g.point_at(seg, d)
    # the building: 8-25 m off the street, to the left or right
    x2, y2 = g.point_at(seg, np.minimum(d + 1.0, g.length[seg]))
    x1, y1 = g.point_at(seg, np.maximum(d - 1.0, 0.0))
    dx, dy = x2 - x1, y2 - y1
    norm = np.hypot(dx, dy)
    norm[norm == 0] = 1.0
    off = rng.uniform(8, 25, n) * rng.choice([-1.0, 1.0], n)
    bx = x - dy / norm * off
    by = y + dx / norm * off
    return seg, frac, x, y, bx, by


# --------------------------------------------------------------------------- main entry
#: Mode mixes a planner can pick (``SimulationParams`` fields): a dense centre where most trips are
#: walked or cycled (the default), a balanced inner suburb, and a car-oriented town.
MODE_MIXES = {
    "centre": {},
    "suburb": {"car_owner_share": 0.7, "car_weight": 2.5, "bike_owner_share": 0.45},
    "car": {"car_owner_share": 0.9, "car_weight": 5.0, "bike_owner_share": 0.35},
}


def params_for_mix(mix="centre", **overrides) -> "SimulationParams":
    """SimulationParams of a named mode mix (``MODE_MIXES``), with optional field overrides."""
    if mix not in MODE_MIXES:
        raise InputError(tr("Unknown mode mix '{mix}'.").format(mix=mix), field="MODE_MIX",
                         hint=tr("Use one of: {names}.").format(names=", ".join(MODE_MIXES)))
    return replace(SimulationParams(), **{**MODE_MIXES[mix], **overrides})


def simulate(network=None, n_citizens: int = 50, days: int = 7, start_date="2026-03-02", seed: int = 0,
             tz: str = SAMPLE_TZ, plan: Optional[CirculationPlan] = None,
             params: Optional[SimulationParams] = None,
             progress: Optional[Callable[[float], None]] = None,
             is_cancelled: Optional[Callable[[], bool]] = None) -> Simulation:
    """Simulate ``n_citizens`` people for ``days`` days from ``start_date`` (local midnight in ``tz``).

    ``network``: a ``core.network.RoadNetwork``, a GeoJSON file of lines (``highway``, ``oneway``,
    ``maxspeed`` fields) or ``None`` for the embedded sample network. ``plan``: an optional
    :class:`CirculationPlan`. Returns a :class:`Simulation`.
    """
    p = params or SimulationParams()
    if int(n_citizens) < 1:
        raise InputError(tr("the number of citizens must be at least 1"), field="n_citizens")
    if int(days) < 1:
        raise InputError(tr("the number of days must be at least 1"), field="days")
    try:
        start_local = pd.Timestamp(start_date).normalize()
        if start_local.tzinfo is not None:
            start_local = start_local.tz_localize(None)
        pd.Timestamp(start_local).tz_localize(tz)
    except Exception as err:  # bad date or time zone
        raise InputError(tr("cannot use the start date or time zone: {err}").format(err=err),
                         field="start_date", hint=tr("Use a date like 2026-03-02 and a zone like Europe/Paris."))
    net = _network_of(network)
    g = _Graph(net)
    rng = np.random.default_rng(seed)
    report = progress or (lambda f: None)
    cancelled = is_cancelled or (lambda: False)

    plan_start = None
    net_after = None
    if plan is not None:
        net_after = plan.apply(net)
        plan_start = plan.start_utc(tz)
    variants = {}

    def variant(cls, after):
        key = (cls, bool(after) and plan is not None)
        if key not in variants:
            s = (net_after if key[1] else net).segments
            var = _Variant(g, cls, s["oneway"].to_numpy(np.int64), s["speed_kmh"].to_numpy(float))
            if key[1]:
                before = variant(cls, False)
                if before.same_as(var):      # the plan does not touch this class: share its routes
                    var = before
            variants[key] = var
        return variants[key]

    # --- places: on drivable segments never closed, reachable by every class in both periods
    ok = g.drivable.copy()
    if plan is not None:
        ok &= ~np.isin(g.seg_ids, np.asarray(list(plan.closed or ()), dtype=np.int64))
    for cls in ("car", "bike", "walk"):
        for after in ((False, True) if plan is not None else (False,)):
            ok &= variant(cls, after).reachable_segments()
    if not ok.any():
        raise InputError(tr("the road network has no connected drivable part to place people on"),
                         hint=tr("Give a connected road network with drivable roads (highway field)."))

    # day offsets (local midnight -> UTC epoch)
    day_local = pd.date_range(start_local, periods=int(days), freq="D")
    day_utc = np.array([d.tz_localize(tz, ambiguous=False, nonexistent="shift_forward").tz_convert("UTC").value / 1e9
                        for d in day_local])
    end_utc = (pd.Timestamp(day_local[-1] + pd.Timedelta(days=1)).tz_localize(
        tz, ambiguous=False, nonexistent="shift_forward").tz_convert("UTC").value / 1e9)
    offsets = np.array([(pd.Timestamp(d + pd.Timedelta(hours=12)).tz_localize(tz).utcoffset().total_seconds())
                        for d in day_local])
    weekday = np.array([d.weekday() for d in day_local])

    # --- shared pools of places
    place_rows = []
    pools = {}
    for kind, n in _POOLS.items():
        seg, frac, x, y, bx, by = _draw_places(rng, g, ok, "shopping" if kind == "school" else kind, n)
        ids = ["{}_{:02d}".format(kind, i + 1) for i in range(n)]
        sub = [rng.choice(_LEISURE_KIND) if kind == "leisure" else "" for _ in range(n)]
        pools[kind] = pd.DataFrame({"place_id": ids, "seg": seg, "frac": frac, "x": x, "y": y, "bx": bx,
                                    "by": by, "sub": sub})
        for i in range(n):
            place_rows.append((ids[i], "", kind if kind != "school" else "study", sub[i], seg[i], frac[i], bx[i], by[i]))

    n_c = int(n_citizens)
    users = _make_users(rng, n_c, p)
    home = _draw_places(rng, g, ok, "home", n_c)
    work = _draw_places(rng, g, ok, "work", n_c)
    person_places = []
    for k in range(n_c):
        uid = users["user_id"].iat[k]
        pl = {"home": (uid + "_home", home[0][k], home[1][k], home[4][k], home[5][k])}
        if users["role"].iat[k] in ("worker", "parent"):
            pl["work"] = (uid + "_work", work[0][k], work[1][k], work[4][k], work[5][k])
        elif users["role"].iat[k] == "student":
            j = rng.integers(_POOLS["school"])
            r = pools["school"].iloc[j]
            pl["study"] = (r.place_id, int(r.seg), r.frac, r.bx, r.by)
        if users["role"].iat[k] == "parent":
            j = rng.integers(_POOLS["school"])
            r = pools["school"].iloc[j]
            pl["escort"] = (r.place_id, int(r.seg), r.frac, r.bx, r.by)
        for kind in ("shopping", "leisure", "personal_business"):
            m = 3 if kind != "personal_business" else 2
            rows = pools[kind].iloc[rng.choice(len(pools[kind]), size=m, replace=False)]
            pl[kind] = [(r.place_id, int(r.seg), r.frac, r.bx, r.by, r.sub) for r in rows.itertuples()]
        person_places.append(pl)
        for kind in ("home", "work"):
            if kind in pl:
                pid, s, f, bx, by = pl[kind]
                place_rows.append((pid, uid, kind, "", s, f, bx, by))

    # --- trips, day by day and person by person
    ctx = _Ctx(g, p, rng, variant, plan_start, offsets, day_utc)
    total = n_c * int(days)
    done = 0
    for k in range(n_c):
        person = users.iloc[k].to_dict()
        pl = person_places[k]
        ctx.start_person(person, pl)
        for d in range(int(days)):
            if cancelled():
                raise Cancelled(tr("simulation cancelled"))
            plan_day = _day_plan(rng, person, pl, int(weekday[d]))
            ctx.run_day(d, plan_day)
            done += 1
            if done % 20 == 0:
                report(0.8 * done / total)
        ctx.end_person(end_utc)
    report(0.85)
    sim = ctx.finish(users, place_rows, plan, tz, net_after)
    report(1.0)
    return sim


def _make_users(rng, n, p):
    width = max(3, len(str(n)))
    ids = ["sim_{:0{w}d}".format(i + 1, w=width) for i in range(n)]   # sorted as text = as numbers
    role = rng.choice(["worker", "parent", "student", "other"], size=n, p=[0.5, 0.12, 0.15, 0.23])
    car = rng.random(n) < p.car_owner_share
    bike = rng.random(n) < p.bike_owner_share
    ebike = bike & (rng.random(n) < p.ebike_share)
    scooter = rng.random(n) < p.escooter_user_share
    phone = np.where(rng.random(n) < p.android_share, "android", "ios")
    a_int = rng.choice(np.asarray(p.android_intervals_s, dtype=float), size=n)
    i_filter = rng.uniform(*p.ios_distance_filter_m, size=n)
    sigma = rng.uniform(*p.noise_sigma_m, size=n)
    labeler = rng.random(n) < p.label_user_share
    label_rate = np.where(labeler, rng.uniform(*p.label_rate, size=n), 0.0)
    walk_speed = rng.uniform(1.15, 1.55, n)
    bike_factor = rng.uniform(0.8, 1.2, n)
    return pd.DataFrame({"user_id": ids, "role": role, "car": car, "bike": bike, "ebike": ebike,
                         "escooter": scooter, "phone": phone, "android_interval_s": a_int,
                         "ios_filter_m": i_filter, "noise_sigma_m": sigma, "label_rate": label_rate,
                         "walk_speed_mps": walk_speed, "bike_factor": bike_factor})


def _day_plan(rng, person, pl, weekday):
    """Activities of one day: list of (purpose, place tuple, local departure minute, min dwell s).

    The place tuple is (place_id, seg, frac, bx, by[, sub]); the day starts and ends at home.
    """
    acts = []
    home = pl["home"]

    def other(kind):
        return pl[kind][rng.integers(len(pl[kind]))]

    def add(purpose, place, dep_min, dwell_min):
        acts.append((purpose, place, float(dep_min), float(dwell_min) * 60.0))

    role = person["role"]
    if weekday < 5 and role in ("worker", "parent", "student"):
        main = "work" if role != "student" else "study"
        dep = rng.normal(465, 35) if role != "student" else rng.normal(480, 20)
        dep = float(np.clip(dep, 380, 570))
        if role == "parent" and rng.random() < 0.8:
            add("escort", pl["escort"], dep, rng.uniform(6, 12))
            dep = dep + 15
        add(main, pl[main], dep, 60)
        if main == "work" and rng.random() < 0.2:
            add("leisure", other("leisure"), rng.uniform(690, 750), rng.uniform(30, 50))
            add("work", pl["work"], 0, 60)
        back = rng.normal(1005, 45) if main == "work" else rng.normal(900, 40)
        back = float(np.clip(back, 840, 1140))
        r = rng.random()
        if r < 0.3:
            add("shopping", other("shopping"), back, rng.uniform(10, 35))
            back = 0
        elif r < 0.42:
            add("personal_business", other("personal_business"), back, rng.uniform(15, 45))
            back = 0
        add("home", home, back, 30)
        if rng.random() < 0.25:
            add("leisure", other("leisure"), rng.uniform(1110, 1230), rng.uniform(60, 150))
            add("home", home, 0, 30)
    else:
        stay_home = 0.3 if weekday >= 5 else 0.15
        if rng.random() >= stay_home:
            n_tours = 1 + int(rng.random() < (0.35 if weekday >= 5 else 0.45))
            t = rng.uniform(570, 720)
            for _ in range(n_tours):
                kinds = ["shopping", "leisure", "personal_business"]
                probs = [0.45, 0.4, 0.15] if weekday >= 5 else [0.45, 0.25, 0.3]
                kind = kinds[rng.choice(3, p=probs)]
                add(kind, other(kind), t, rng.uniform(20, 100))
                if rng.random() < 0.3:
                    kind2 = "shopping" if kind != "shopping" else "leisure"
                    add(kind2, other(kind2), 0, rng.uniform(15, 60))
                add("home", home, 0, 45)
                t = rng.uniform(900, 1170)
    return acts


# --------------------------------------------------------------------------- trip engine
class _Ctx:
    """Accumulates the trips and points of the simulation."""

    def __init__(self, g, p, rng, variant, plan_start, offsets, day_utc):
        self.g, self.p, self.rng, self.variant = g, p, rng, variant
        self.plan_start = plan_start
        self.offsets, self.day_utc = offsets, day_utc
        self.trips, self.legs, self.trav, self.stays, self.labels, self.gaps = [], [], [], [], [], []
        self.vert = []     # (trip index, x, y, t) arrays
        self.pts = []      # per person dicts of point arrays
        self.place_ix, self.place_names = {}, []
        self.user_ix = -1

    # --- person
    def start_person(self, person, pl):
        self.person = person
        self.pl = pl
        self.uid = person["user_id"]
        self.user_ix += 1
        self.where = pl["home"]          # current place tuple
        self.where_purpose = "home"
        self.free_at = self.day_utc[0]    # arrival at current place (the start)
        self.stay_start = self.day_utc[0]
        self.u_pts = []                   # list of dicts of arrays
        self.trip_no = 0
        self.tour_mode = None
        # habitual commute mode, from the home -> main place distance
        main = pl.get("work") or pl.get("study")
        if main is not None:
            d = math.hypot(pl["home"][3] - main[3], pl["home"][4] - main[4])
            self.commute_mode = self._choose_mode(d)
        else:
            self.commute_mode = None

    def _choose_mode(self, d):
        pr = self.person
        dk = d / 1000.0
        w = {
            "walk": 4.0 * math.exp(-dk / 0.7),
            "bike": (1.6 if pr["bike"] and not pr["ebike"] else 0.15) * min(1.0, dk / 0.4),
            "ebike": (1.6 if pr["ebike"] else 0.0) * min(1.0, dk / 0.5),
            "escooter": (0.8 if pr["escooter"] else 0.03) * min(1.0, dk / 0.6),
            "car": (self.p.car_weight if pr["car"] else 0.0) * min(1.0, dk / 0.7),
            "carpool": 0.25 * min(1.0, dk / 0.8),
        }
        names = list(w)
        vals = np.array([w[m] for m in names])
        return names[int(self.rng.choice(len(names), p=vals / vals.sum()))]

    def run_day(self, d, acts):
        for purpose, place, dep_min, dwell in acts:
            dep_local = dep_min * 60.0
            planned = self.day_utc[d] + dep_local if dep_min > 0 else 0.0
            t0 = max(planned, self.free_at)
            if t0 >= self.day_utc[d] + 86400 - 600 and purpose != "home":
                continue
            if place[0] == self.where[0]:
                continue
            mode = self._mode_for(purpose, place)
            ok = self._trip(t0, place, purpose, mode, d)
            if ok:
                self.free_at = self.arrival + dwell
        # nothing more today

    def _mode_for(self, purpose, place):
        leaving_home = self.where_purpose == "home"
        if leaving_home or self.tour_mode is None:
            if purpose in ("work", "study", "escort") and self.commute_mode is not None and self.rng.random() < 0.85:
                self.tour_mode = self.commute_mode
            else:
                d = math.hypot(self.where[3] - place[3], self.where[4] - place[4])
                self.tour_mode = self._choose_mode(d)
        return self.tour_mode

    def end_person(self, end_utc):
        # the last stay runs to the end of the simulation
        self._stay_points(self.stay_start, end_utc, self.where, first=self.stay_start > self.day_utc[0])
        self._close_stay(end_utc)
        cols = tuple(np.concatenate([c[k] for c in self.u_pts]) for k in range(8))
        self.u_pts = []
        self._noise(cols)

    def _close_stay(self, end):
        self.stays.append((self.uid, self.where[0], self.where_purpose, self.stay_start, end,
                           self.where[3], self.where[4]))

    # --- one trip
    def _trip(self, t0, place, purpose, mode, d):
        g, p, rng = self.g, self.p, self.rng
        cls = MODE_CLASS[mode]
        after = self.plan_start is not None and t0 >= self.plan_start
        var = self.variant(cls, after)
        local_h = int(((t0 + self.offsets[d]) % 86400) // 3600)
        band0 = int(_HOUR_BAND[local_h])
        peak = band0 in (1, 3)
        r = var.route(int(self.where[1]), float(self.where[2]), int(place[1]), float(place[2]), peak)
        if r is None:
            return False
        edges, f0, f1 = r
        seg = edges // 2
        plen = np.abs(f1 - f0) * g.length[seg]
        keep = plen > 0.01
        edges, f0, f1, seg, plen = edges[keep], f0[keep], f1[keep], seg[keep], plen[keep]
        if len(seg) == 0:
            return False
        # speeds: band at each piece's entry (fixed point), per-trip and per-traversal factors
        if cls == "car":
            trip_f = math.exp(rng.normal(0, p.car_trip_sigma))
            trav_f = np.exp(rng.normal(0, p.car_tt_sigma, len(seg)))
        elif cls == "bike":
            trip_f = 1.0 / (_BIKE_SPEED[mode] * float(self.person["bike_factor"]))
            trav_f = np.exp(rng.normal(0, p.bike_tt_sigma, len(seg)))
        else:
            trip_f = 1.35 / float(self.person["walk_speed_mps"])
            trav_f = np.exp(rng.normal(0, p.walk_tt_sigma, len(seg)))
        bands = np.full(len(seg), band0)
        for _ in range(4):
            speed = np.empty(len(seg))
            for b in np.unique(bands):
                m = bands == b
                speed[m] = var.band_speed(int(b))[seg[m]]
            tt = plen / speed * trip_f * trav_f
            entry = t0 + np.concatenate([[0.0], np.cumsum(tt)[:-1]])
            new_bands = _HOUR_BAND[(((entry + self.offsets[d]) % 86400) // 3600).astype(int)]
            if np.array_equal(new_bands, bands):
                break
            bands = new_bands
        exit_ = entry + tt
        t1 = float(exit_[-1])
        self.trip_no += 1
        trip_id = "{}_T{:04d}".format(self.uid, self.trip_no)
        leg_id = trip_id + "_L1"
        tix = len(self.trips)
        # the stay before the trip
        self._stay_points(self.stay_start, t0, self.where, first=self.stay_start > self.day_utc[0])
        self._close_stay(t0)
        # the true path, timed
        vx, vy, vt, vp = g.path(seg, f0, f1, entry, tt)
        self.vert.append((np.full(len(vx), tix, dtype=np.int64), vx, vy, vt))
        dist = float(plen.sum())
        period = "after" if after else "before"
        sp_route = var.band_speed(1 if (peak and cls == "car") else 2)
        cost = float((plen / sp_route[seg]).sum())
        base_len, base_cost, rerouted = dist, cost, False
        if after:     # the same trip on the unchanged network, for rerouting checks
            bvar = self.variant(cls, False)
            rb = bvar.route(int(self.where[1]), float(self.where[2]), int(place[1]), float(place[2]), peak)
            if rb is not None:
                blen = np.abs(rb[2] - rb[1]) * g.length[rb[0] // 2]
                keep_b = blen > 0.01
                base_len = float(blen.sum())
                base_cost = float((blen / bvar.band_speed(1 if (peak and cls == "car") else 2)[rb[0] // 2]).sum())
                rerouted = not np.array_equal(rb[0][keep_b], edges)
        self.trips.append((trip_id, self.uid, t0, t1, dist, self.where[0], place[0], self.where_purpose,
                           purpose, mode, period, base_len, place[5] if len(place) > 5 else "", cost,
                           base_cost, rerouted))
        self.legs.append((leg_id, trip_id, self.uid, t0, t1, dist, mode, period))
        full = (np.minimum(f0, f1) == 0.0) & (np.maximum(f0, f1) == 1.0)
        self.trav.append((np.full(len(seg), tix, dtype=np.int64), np.arange(len(seg)), edges, entry, exit_,
                          plen, ~full, bands))
        if rng.random() < float(self.person["label_rate"]):
            self.labels.append((self.uid, t0, t1, MODE_LABEL[mode], _purpose_label(purpose, place), trip_id))
        self._trip_points(vx, vy, vt, vp, seg, t0, t1, tix)
        self.where = place
        self.where_purpose = purpose
        self.arrival = t1
        self.stay_start = t1
        if purpose == "home":
            self.tour_mode = None
        return True

    # --- phone sampling
    def _times(self, t0, t1, cumd_fn=None):
        """Sampling times of the person's phone while moving (or just arrived) between t0 and t1."""
        rng, pr, p = self.rng, self.person, self.p
        if t1 <= t0:
            return np.empty(0)
        if pr["phone"] == "android":
            base = float(pr["android_interval_s"])
            n = int((t1 - t0) / (base * (1 - p.android_jitter))) + 2
            iv = base * rng.uniform(1 - p.android_jitter, 1 + p.android_jitter, n)
            t = t0 + rng.uniform(0, base) + np.concatenate([[0.0], np.cumsum(iv)[:-1]])
            return t[t <= t1]
        if cumd_fn is None:      # still: the distance filter only fires on noise, irregularly
            iv = np.round(rng.uniform(5, p.ios_max_interval_s, int((t1 - t0) / 5) + 2))
            t = t0 + np.cumsum(iv)
            return t[t <= t1]
        grid = t0 + rng.uniform(0, 1) + np.arange(0.0, t1 - t0, 1.0)
        if len(grid) == 0:
            return grid
        dist = cumd_fn(grid)
        k = np.floor(dist / float(pr["ios_filter_m"])).astype(np.int64)
        sel = np.flatnonzero(np.concatenate([[True], k[1:] != k[:-1]]))
        # at most ios_max_interval_s between fixes: add grid fixes inside longer gaps
        lim = int(p.ios_max_interval_s)
        gap = np.diff(np.concatenate([sel, [len(grid) - 1]]))
        extra_n = np.maximum((gap - 1) // lim, 0)
        if extra_n.any():
            rep = np.repeat(sel, extra_n)
            step = np.arange(extra_n.sum()) - np.repeat(np.cumsum(extra_n) - extra_n, extra_n) + 1
            sel = np.unique(np.concatenate([sel, rep + step * lim]))
        return grid[sel[sel < len(grid)]]

    def _trip_points(self, vx, vy, vt, vp, seg, t0, t1, tix):
        rng, p, pr = self.rng, self.p, self.person
        phone = pr["phone"]
        vd = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(vx), np.diff(vy)))])
        lo, hi = p.start_delay_m[phone]
        d0 = min(rng.uniform(lo, hi), 0.4 * vd[-1])
        ts = float(np.interp(d0, vd, vt))
        t = self._times(ts, t1, cumd_fn=lambda q: np.interp(q, vt, vd))
        if (t1 - t0) > 240 and rng.random() < p.gap_trip_share:     # a lost stretch
            w = min(rng.uniform(*p.gap_s), 0.5 * (t1 - t0))
            a = rng.uniform(t0, t1 - w)
            t = t[(t < a) | (t > a + w)]
            self.gaps.append((self.uid, a, a + w, tix))
        if len(t) == 0:
            return
        x = np.interp(t, vt, vx)
        y = np.interp(t, vt, vy)
        i = np.clip(np.searchsorted(vt, t, side="right") - 1, 0, len(vt) - 2)
        v = np.hypot(vx[i + 1] - vx[i], vy[i + 1] - vy[i]) / np.maximum(vt[i + 1] - vt[i], 1e-6)
        narrow = self.g.narrow[seg[np.minimum(vp[i + 1], len(seg) - 1)]]
        self.u_pts.append((t, x, y, v, np.where(narrow, p.narrow_noise_factor, 1.0), narrow,
                           np.full(len(t), tix, dtype=np.int64), np.full(len(t), -1, dtype=np.int64)))

    def _stay_points(self, a, b, place, first):
        """Fixes during a stay at ``place`` from a to b: the phone's tail after the arrival, then sparse."""
        rng, p = self.rng, self.p
        if b <= a:
            return
        parts = []
        start = a
        if first:
            tail = min(rng.uniform(*p.stay_tail_s), b - a)
            parts.append(self._times(a, a + tail))
            start = a + tail
        lo, hi = p.stay_sparse_range_s
        n = int((b - start) / lo) + 2
        iv = np.clip(rng.exponential(p.stay_sparse_mean_s, n), lo, hi)
        ts = start + np.cumsum(iv)
        parts.append(ts[ts < b])
        t = np.concatenate(parts)
        if len(t) == 0:
            return
        n = len(t)
        self.u_pts.append((t, np.full(n, place[3]), np.full(n, place[4]), np.zeros(n),
                           np.full(n, p.indoor_noise_factor), np.zeros(n, dtype=bool),
                           np.full(n, -1, dtype=np.int64), np.full(n, self._place_index(place[0]))))

    def _place_index(self, pid):
        if pid not in self.place_ix:
            self.place_ix[pid] = len(self.place_names)
            self.place_names.append(pid)
        return self.place_ix[pid]

    def _noise(self, cols):
        rng, p, pr = self.rng, self.p, self.person
        t, x, y, v, nf, narrow, trip, place = cols
        order = np.argsort(t, kind="stable")
        t, x, y, v, nf, narrow, trip, place = (c[order] for c in cols)
        n = len(t)
        sigma = float(pr["noise_sigma_m"]) * nf
        # a correlated part (knots every noise_correlation_s, linear in between) and a white part
        step = p.noise_correlation_s
        knots = np.arange(t[0] - step, t[-1] + 2 * step, step)
        ex = (np.interp(t, knots, rng.normal(0, 0.6, len(knots))) + rng.normal(0, 0.8, n)) * sigma
        ey = (np.interp(t, knots, rng.normal(0, 0.6, len(knots))) + rng.normal(0, 0.8, n)) * sigma
        out = rng.random(n) < p.outlier_rate * np.where(narrow, 2.0, 1.0)
        r = rng.uniform(*p.outlier_distance_m, n)
        ang = rng.uniform(0, 2 * np.pi, n)
        ex = np.where(out, r * np.cos(ang), ex)
        ey = np.where(out, r * np.sin(ang), ey)
        if pr["phone"] == "android":
            acc = np.round(sigma * rng.uniform(0.9, 1.6, n), 1)
            acc = np.where(out, np.round(rng.uniform(15, 80, n), 1), acc)
        else:
            levels = np.array([5.0, 10.0, 16.0, 30.0, 65.0])
            acc = levels[np.clip(np.searchsorted(levels, sigma * 1.2), 0, 4)]
            acc = np.where(out, rng.choice([30.0, 65.0], n), acc)
        spd = np.round(np.clip(v * (1 + rng.normal(0, 0.08, n)) + rng.normal(0, 0.3, n), 0, None), 2)
        self.pts.append({"t": t, "x": x, "y": y, "ox": x + ex, "oy": y + ey, "acc": acc, "spd": spd,
                         "out": out, "trip": trip, "place": place,
                         "user": np.full(n, self.user_ix, dtype=np.int64)})

    # --- tables
    def finish(self, users, place_rows, plan, tz, net_after):
        g = self.g

        def ts(a):
            ns = np.round(np.asarray(a, dtype=float) * 1e9).astype("int64")
            return pd.DatetimeIndex(ns.view("datetime64[ns]")).tz_localize("UTC")

        uids = users["user_id"].to_numpy(dtype=object)
        phones = users["phone"].to_numpy(dtype=object)
        # each person's fixes are sorted by time and people come in user_id order: no sort needed
        allp = {k: np.concatenate([q[k] for q in self.pts]) for k in self.pts[0]}
        self.pts = None
        lon, lat = g.to_lonlat(allp["ox"], allp["oy"])
        tlon, tlat = g.to_lonlat(allp["x"], allp["y"])
        trip_ids = np.array([r[0] for r in self.trips] + [""], dtype=object)
        leg_ids = np.array([r[0] for r in self.legs] + [""], dtype=object)
        place_names = np.array(self.place_names + [""], dtype=object)
        points = pd.DataFrame({"user_id": uids[allp["user"]], "time": ts(allp["t"]), "lat": lat, "lon": lon,
                               "accuracy_m": allp["acc"], "speed_mps": allp["spd"].astype(float),
                               "source_file": "simulation"})
        truth = pd.DataFrame({"true_lat": tlat, "true_lon": tlon, "trip_id": trip_ids[allp["trip"]],
                              "leg_id": leg_ids[allp["trip"]], "place_id": place_names[allp["place"]],
                              "is_outlier": allp["out"], "phone": phones[allp["user"]]})
        del allp

        tcols = ["trip_id", "user_id", "start_time", "end_time", "distance_m", "origin_place_id",
                 "destination_place_id", "origin_purpose", "purpose", "mode", "period", "distance_base_m",
                 "purpose_detail", "route_time_s", "route_time_base_s", "rerouted"]
        trips = pd.DataFrame(self.trips, columns=tcols)
        for c in ("start_time", "end_time"):
            trips[c] = ts(trips[c])
        trips.insert(4, "duration_s", (trips["end_time"] - trips["start_time"]).dt.total_seconds())
        trips["n_legs"] = 1
        legs = pd.DataFrame(self.legs, columns=["leg_id", "trip_id", "user_id", "start_time", "end_time",
                                                "distance_m", "mode", "period"])
        for c in ("start_time", "end_time"):
            legs[c] = ts(legs[c])
        legs.insert(5, "duration_s", (legs["end_time"] - legs["start_time"]).dt.total_seconds())
        legs["speed_mean_mps"] = legs["distance_m"] / legs["duration_s"].clip(lower=1e-6)
        legs["mode_label"] = legs["mode"].map(MODE_LABEL)

        vtix = np.concatenate([v[0] for v in self.vert])
        vx = np.concatenate([v[1] for v in self.vert])
        vy = np.concatenate([v[2] for v in self.vert])
        vt = np.concatenate([v[3] for v in self.vert])
        vlon, vlat = g.to_lonlat(vx, vy)
        leg_vertices = pd.DataFrame({"leg_id": leg_ids[vtix], "lon": vlon, "lat": vlat, "time": ts(vt)})

        tix, seq, edges, entry, exit_, plen, partial, bands = (np.concatenate([r[k] for r in self.trav])
                                                                for k in range(8))
        seg = edges // 2
        trip_user = np.array([r[1] for r in self.trips], dtype=object)
        trip_mode = np.array([r[9] for r in self.trips], dtype=object)
        trip_period = np.array([r[10] for r in self.trips], dtype=object)
        band_names = np.array([b[0] for b in BANDS], dtype=object)
        trav = pd.DataFrame({
            "leg_id": leg_ids[tix], "user_id": trip_user[tix], "chain": np.zeros(len(tix), dtype=np.int64),
            "seq": seq.astype(np.int64), "edge_id": edges.astype(np.int64), "segment_id": g.seg_ids[seg],
            "direction": np.where(edges % 2 == 0, 1, -1).astype(np.int64),
            "entry_time": ts(entry), "exit_time": ts(exit_), "tt_s": exit_ - entry,
            "length_m": g.length[seg], "covered_m": plen, "fraction": np.minimum(plen / g.length[seg], 1.0),
            "partial": partial.astype(bool), "mode": trip_mode[tix], "trip_id": trip_ids[tix],
            "period": trip_period[tix], "band": band_names[bands]})
        trav["speed_mps"] = trav["covered_m"] / trav["tt_s"].clip(lower=1e-6)

        places = pd.DataFrame(place_rows, columns=["place_id", "user_id", "kind", "detail", "seg", "frac",
                                                   "x", "y"])
        plon, plat = g.to_lonlat(places["x"].to_numpy(float), places["y"].to_numpy(float))
        places = pd.DataFrame({"place_id": places["place_id"], "user_id": places["user_id"],
                               "kind": places["kind"], "detail": places["detail"], "lon": plon, "lat": plat,
                               "segment_id": g.seg_ids[places["seg"].to_numpy(np.int64)],
                               "segment_fraction": places["frac"].astype(float)})

        stays = pd.DataFrame(self.stays, columns=["user_id", "place_id", "purpose", "start_time", "end_time",
                                                  "x", "y"])
        slon, slat = g.to_lonlat(stays["x"].to_numpy(float), stays["y"].to_numpy(float))
        stays = pd.DataFrame({"user_id": stays["user_id"], "place_id": stays["place_id"],
                              "purpose": stays["purpose"], "start_time": ts(stays["start_time"]),
                              "end_time": ts(stays["end_time"]), "lon": slon, "lat": slat})
        stays["duration_s"] = (stays["end_time"] - stays["start_time"]).dt.total_seconds()

        labels = pd.DataFrame(self.labels, columns=["user_id", "start_time", "end_time", "mode_confirm",
                                                    "purpose_confirm", "trip_id"])
        for c in ("start_time", "end_time"):
            labels[c] = ts(labels[c])
        labels["source"] = "simulation"
        labels["source_file"] = "simulation"
        labels = labels[["user_id", "start_time", "end_time", "mode_confirm", "purpose_confirm", "source",
                         "source_file", "trip_id"]]

        gaps = pd.DataFrame(self.gaps, columns=["user_id", "start_time", "end_time", "trip"])
        gaps["trip_id"] = trip_ids[gaps["trip"].to_numpy(np.int64)] if len(gaps) else pd.Series([], dtype=object)
        gaps = gaps.drop(columns="trip")
        for c in ("start_time", "end_time"):
            gaps[c] = ts(gaps[c])
        gaps["duration_s"] = (gaps["end_time"] - gaps["start_time"]).dt.total_seconds()

        speeds = _segment_speeds(g, self.variant, plan is not None)
        return Simulation(points=points, points_truth=truth, trips=trips, legs=legs, leg_vertices=leg_vertices,
                          traversals=trav, places=places, stays=stays, labels=labels, segment_speeds=speeds,
                          gaps=gaps, users=users, segments=g.segments_frame(), network=g.net,
                          network_after=net_after, plan=plan, tz=tz)


_BIKE_SPEED = {"bike": 1.0, "ebike": 1.3, "escooter": 1.2}


def _purpose_label(purpose, place):
    if purpose == "leisure":
        return place[5] if len(place) > 5 and place[5] else "entertainment"
    return {"home": "home", "work": "work", "study": "school", "shopping": "shopping", "escort": "pick_drop",
            "personal_business": "personal_med"}.get(purpose, "other")


def _segment_speeds(g, variant, with_plan_):
    """Median travel time (and speed) of each segment x direction x mode class x band x period.

    Car traversal times are log-normal around these medians (per-trip and per-traversal factors with
    median 1); bikes and people on foot also scale them by their own speed.
    """
    rows = []
    for period in (("before", "after") if with_plan_ else ("before",)):
        for cls in ("car", "bike", "walk"):
            var = variant(cls, period == "after")
            for b, (label, _, _) in enumerate(BANDS):
                sp = var.band_speed(b)
                for direction, allowed in ((1, var.fwd), (-1, var.bwd)):
                    idx = np.flatnonzero(allowed)
                    rows.append(pd.DataFrame({
                        "segment_id": g.seg_ids[idx], "direction": direction, "mode_class": cls, "band": label,
                        "period": period, "length_m": g.length[idx], "free_flow_mps": var.base_speed[idx],
                        "speed_median_mps": sp[idx], "tt_median_s": g.length[idx] / sp[idx]}))
    out = pd.concat(rows, ignore_index=True)
    out["direction"] = out["direction"].astype(np.int64)
    return out
