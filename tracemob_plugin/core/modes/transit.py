"""Public-transport network context: proximity of legs to bus / tram / metro / train lines and stops.

The network is given as plain frames (the QGIS glue builds them from OSM or GTFS layers):
- ``lines``: one row per vertex, ``line_id``, ``kind``, ``lon``, ``lat`` (vertices in line order);
- ``stops``: ``kind`` (optional), ``lon``, ``lat``.
``kind`` values are normalised by :func:`normalise_kind` (OSM route/railway tags, GTFS
route_type codes, our own mode names).
Lines are densified every ``STEP_M`` metres and looked up with a k-d tree, so the cost is
O(vertices log network).
"""
import re
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from ..geometry import EARTH_RADIUS_M
from .features import STOP_SPEED, thin_vertices

KINDS = ("bus", "tram", "metro", "train")
STEP_M = 10.0
LINE_BUFFER_M = {"bus": 25.0, "tram": 25.0, "metro": 40.0, "train": 40.0}
STOP_BUFFER_M = 40.0

_KIND_WORDS = {
    "bus": "bus", "trolleybus": "bus", "coach": "bus", "share_taxi": "bus", "minibus": "bus",
    "busway": "bus",
    "tram": "tram", "light_rail": "tram", "tram_stop": "tram", "streetcar": "tram",
    "subway": "metro", "metro": "metro", "monorail": "metro", "subway_entrance": "metro",
    "train": "train", "rail": "train", "railway": "train", "narrow_gauge": "train",
    "funicular": "train",
}
# keys of OSM tags (GDAL's other_tags hstore) whose value names a public-transport line
_OSM_KEYS = ("route", "railway", "route_master", "highway")
_HSTORE = re.compile(r'"([^"]+)"=>"([^"]*)"')


def normalise_kind(value) -> Optional[str]:
    """'bus', 'light_rail', GTFS route_type 3 / 700, ... -> one of KINDS, else None."""
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
        if code in (3, 11) or 200 <= code <= 299 or 700 <= code <= 899:
            return "bus"
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
        if len(self.lines):
            lines = self.lines.copy()
            lines["kind"] = lines["kind"].map(normalise_kind)
            lines = lines[lines.kind.notna()]
            for kind in KINDS:
                lk = lines[lines.kind == kind]
                if len(lk) == 0:
                    continue
                pts = self._densify(lk)
                if len(pts):
                    self._trees[kind] = cKDTree(pts)
        self._stops = None
        if len(self.stops):
            xy = self.project(self.stops.lon.to_numpy(float), self.stops.lat.to_numpy(float))
            self._stops = cKDTree(xy)

    @property
    def has_lines(self) -> bool:
        """Whether any bus, tram, metro or train line was recognised (else: stops alone)."""
        return bool(self._trees)

    @property
    def empty(self) -> bool:
        return not self._trees and self._stops is None

    def project(self, lon, lat):
        """Local equirectangular metres around the network's mean latitude."""
        k = np.pi / 180.0 * EARTH_RADIUS_M
        return np.column_stack([np.asarray(lon, float) * k * np.cos(np.radians(self.lat0)),
                                np.asarray(lat, float) * k])

    def _densify(self, lk: pd.DataFrame) -> np.ndarray:
        xy = self.project(lk.lon.to_numpy(float), lk.lat.to_numpy(float))
        ids = lk.line_id.astype(str).to_numpy()
        same = ids[1:] == ids[:-1]
        pts, _rep, _frac = densify_segments(xy[:-1][same], xy[1:][same], STEP_M)
        return np.vstack([pts, xy]) if len(pts) else xy


NETWORK_FEATURES = tuple("net_%s_share" % k for k in KINDS) + ("net_stops", "net_stops_at_stops",
                                                                 "net_stops_distinct")


def network_features(vertices: pd.DataFrame, network: TransitNetwork, leg_col: str = "leg_id") -> pd.DataFrame:
    """Per leg: share of (thinned) vertices within the buffer of each line kind, number of stop
    episodes, how many of them lie near a stop and at how many different stops."""
    v = thin_vertices(vertices, leg_col)
    legs = pd.Index(np.unique(v.leg.to_numpy()), name="leg_id")
    out = pd.DataFrame(0.0, index=legs, columns=list(NETWORK_FEATURES))
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
    return out
