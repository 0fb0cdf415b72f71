"""Road network for map matching, routing and segment travel times.

A network is built from plain arrays (the Processing glue or the simulator reads the line layer):
``build_network(lon, lat, offsets, ...)`` where line ``i`` has the vertices
``lon[offsets[i]:offsets[i+1]]`` (EPSG:4326 degrees). Lines are snapped at shared vertices
(tolerance ``snap_m``) and split at junctions into **segments** (``segment_id`` 0..n-1, the unit of
the travel-time output). Each segment gives one or two **directed edges**:
``edge_id = 2 * segment_id`` along the drawing direction (``direction = 1``) and
``2 * segment_id + 1`` against it (``direction = -1``), kept or not by the one-way value.
Edge ids therefore stay the same in every circulation plan (:func:`with_plan`).

Geometry is computed in a local metric projection (azimuthal equidistant centred on the data,
in numpy: see :class:`_LocalProjection`), so distances are metres everywhere in the network.

Tables of a :class:`Network`:
- ``segments``: segment_id, line_index, source_id, name, road_class, u, v, length_m, oneway
  (0 both ways, 1 along the drawing direction only, -1 against it only, 2 closed), speed_kmh.
- ``edges``: edge_id, segment_id, direction, from_node, to_node, length_m, speed_kmh, time_s.
- nodes: ``node_x``, ``node_y``, ``node_lon``, ``node_lat`` arrays.
- segment geometry: ``seg_offsets`` (n_segments + 1) into ``vx``, ``vy``, ``vlon``, ``vlat``.
"""
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

from ..errors import InputError
from ..geometry import linestrings_wkb
from ..i18n import tr

# Default speeds (km/h) by OSM highway class, used when no speed is given.
DEFAULT_SPEEDS_KMH = {
    "motorway": 110.0, "motorway_link": 60.0, "trunk": 80.0, "trunk_link": 50.0,
    "primary": 50.0, "primary_link": 40.0, "secondary": 50.0, "secondary_link": 40.0,
    "tertiary": 40.0, "tertiary_link": 30.0, "unclassified": 30.0, "residential": 30.0,
    "living_street": 15.0, "service": 20.0, "road": 30.0,
}
FALLBACK_SPEED_KMH = 30.0
MIN_EDGE_LENGTH_M = 0.01

ONEWAY_BOTH = 0
ONEWAY_FORWARD = 1
ONEWAY_BACKWARD = -1
CLOSED = 2


@dataclass
class Network:
    """A noded, directed road network in a local metric projection (see the module docstring)."""
    lon0: float
    lat0: float
    node_x: np.ndarray
    node_y: np.ndarray
    node_lon: np.ndarray
    node_lat: np.ndarray
    segments: pd.DataFrame
    seg_offsets: np.ndarray
    vx: np.ndarray
    vy: np.ndarray
    vlon: np.ndarray
    vlat: np.ndarray
    edges: pd.DataFrame
    warnings: List[str] = field(default_factory=list)
    _cache: Dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def n_nodes(self) -> int:
        return len(self.node_x)

    @property
    def n_segments(self) -> int:
        return len(self.segments)

    def project(self, lon, lat):
        """lon/lat degrees -> local x/y metres (arrays)."""
        x, y = _projection(self.lon0, self.lat0).forward(np.asarray(lon, dtype=float), np.asarray(lat, dtype=float))
        return np.asarray(x, dtype=float), np.asarray(y, dtype=float)

    def unproject(self, x, y):
        """Local x/y metres -> lon/lat degrees (arrays)."""
        lon, lat = _projection(self.lon0, self.lat0).inverse(np.asarray(x, dtype=float), np.asarray(y, dtype=float))
        return np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)

    def graph(self, weight: str = "length"):
        """CSR adjacency (n_nodes x n_nodes) weighted by ``length`` (m) or ``time`` (s).

        Parallel edges keep the cheapest one; :meth:`edge_between` finds which.
        """
        key = ("graph", weight)
        if key not in self._cache:
            e = self.edges
            w = (e["length_m"] if weight == "length" else e["time_s"]).to_numpy(dtype=float)
            self._cache[key] = cheapest_graph(e["from_node"].to_numpy(np.int64), e["to_node"].to_numpy(np.int64),
                                              np.maximum(w, MIN_EDGE_LENGTH_M), e["edge_id"].to_numpy(np.int64),
                                              self.n_nodes)
        return self._cache[key][0]

    def edge_between(self, from_nodes, to_nodes, weight: str = "length"):
        """Edge ids joining node pairs (the one the ``weight`` graph uses); -1 where none."""
        self.graph(weight)
        _, keys, eids = self._cache[("graph", weight)]
        return edges_between(keys, eids, self.n_nodes, from_nodes, to_nodes)

    def edge_index(self):
        """Row position of each edge id in ``edges`` (array of size 2 * n_segments, -1 when absent)."""
        if "edge_pos" not in self._cache:
            pos = np.full(2 * self.n_segments, -1, dtype=np.int64)
            pos[self.edges["edge_id"].to_numpy(np.int64)] = np.arange(len(self.edges))
            self._cache["edge_pos"] = pos
        return self._cache["edge_pos"]

    @property
    def coords(self) -> list:
        """Per segment, its (n, 2) lon/lat vertex array (for code that wants plain line lists)."""
        return [np.column_stack([self.vlon[a:b], self.vlat[a:b]])
                for a, b in zip(self.seg_offsets[:-1].tolist(), self.seg_offsets[1:].tolist())]

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, coords, **kwargs) -> "Network":
        """Build from a table of lines (columns among highway, oneway, maxspeed, name, osm_id or
        segment_id) and their ``coords`` ((n, 2) lon/lat arrays, same order): see :func:`build_network`."""
        return network_from_lines(coords, **_frame_attributes(frame), **kwargs)

    def segment_coords(self, segment_id: int, direction: int = 1, lonlat: bool = False):
        """(x, y) (or (lon, lat)) vertex arrays of a segment, reversed for ``direction = -1``."""
        a, b = self.seg_offsets[segment_id], self.seg_offsets[segment_id + 1]
        xs, ys = (self.vlon, self.vlat) if lonlat else (self.vx, self.vy)
        x, y = xs[a:b], ys[a:b]
        if direction < 0:
            x, y = x[::-1], y[::-1]
        return x.copy(), y.copy()


_WGS84_A = 6378137.0
_WGS84_E2 = 6.69437999014e-3


class _LocalProjection:
    """Azimuthal equidistant projection centred on (lon0, lat0), in numpy (no pyproj: the pyproj
    wheel brings its own PROJ, which crashes inside QGIS's own process).

    The sphere's azimuthal equidistant is scaled by the ellipsoid's radii of curvature at the
    centre (east: N, north: M), so scales are exact at the centre; at 20 km from it the error stays
    below 0.05 % (checked against pyproj's ellipsoidal aeqd in tests/unit/test_local_projection.py)."""

    def __init__(self, lon0, lat0):
        self.lon0, self.lat0 = float(lon0), float(lat0)
        phi0 = np.radians(self.lat0)
        w = 1.0 - _WGS84_E2 * np.sin(phi0) ** 2
        self.n0 = _WGS84_A / np.sqrt(w)                       # prime vertical radius
        self.m0 = _WGS84_A * (1.0 - _WGS84_E2) / w ** 1.5     # meridional radius
        self.sin0, self.cos0 = np.sin(phi0), np.cos(phi0)

    def forward(self, lon, lat):
        lam = np.radians(np.asarray(lon, dtype=float) - self.lon0)
        phi = np.radians(np.asarray(lat, dtype=float))
        sp, cp, cl = np.sin(phi), np.cos(phi), np.cos(lam)
        cos_c = np.clip(self.sin0 * sp + self.cos0 * cp * cl, -1.0, 1.0)
        c = np.arccos(cos_c)
        sin_c = np.sin(c)
        k = np.where(c < 1e-12, 1.0, c / np.where(sin_c == 0, 1.0, sin_c))
        x = k * cp * np.sin(lam)
        y = k * (self.cos0 * sp - self.sin0 * cp * cl)
        return x * self.n0, y * self.m0

    def inverse(self, x, y):
        u = np.asarray(x, dtype=float) / self.n0
        v = np.asarray(y, dtype=float) / self.m0
        rho = np.hypot(u, v)
        c = rho
        sin_c, cos_c = np.sin(c), np.cos(c)
        safe = np.where(rho == 0, 1.0, rho)
        phi = np.arcsin(np.clip(cos_c * self.sin0 + v * sin_c * self.cos0 / safe, -1.0, 1.0))
        lam = np.arctan2(u * sin_c, rho * self.cos0 * cos_c - v * self.sin0 * sin_c)
        phi = np.where(rho == 0, np.radians(self.lat0), phi)
        lam = np.where(rho == 0, 0.0, lam)
        lon = (np.degrees(lam) + self.lon0 + 180.0) % 360.0 - 180.0
        return lon, np.degrees(phi)


_PROJECTIONS: Dict = {}


def _projection(lon0: float, lat0: float) -> _LocalProjection:
    """The local projection centred on (lon0, lat0), cached per centre."""
    key = (round(lon0, 9), round(lat0, 9))
    if key not in _PROJECTIONS:
        _PROJECTIONS[key] = _LocalProjection(lon0, lat0)
    return _PROJECTIONS[key]


def _plain(text) -> str:
    s = "" if text is None else str(text)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    return s.strip().lower()


def parse_oneway(values, road_class=None) -> np.ndarray:
    """One-way codes (0 both, 1 along the drawing direction, -1 against, 2 closed) from attribute values.

    Understands OSM ``oneway`` (yes/true/1, -1/reverse, no/false/0), IGN BD TOPO ``sens``
    ("Double sens", "Sens direct", "Sens inverse", "Sans objet") and numbers 0/1/-1. Unknown or
    empty values are two-way, except OSM motorways (implied one-way).
    """
    values = list(values)
    out = np.zeros(len(values), dtype=np.int8)
    unknown = np.zeros(len(values), dtype=bool)
    for i, v in enumerate(values):   # a loop over attribute values (small vocabulary), not geometry
        if v is None or (isinstance(v, float) and np.isnan(v)):
            unknown[i] = True
            continue
        s = _plain(v)
        if s in ("yes", "true", "1", "1.0", "y", "oui") or "direct" in s or s == "sens unique":
            out[i] = ONEWAY_FORWARD
        elif s in ("-1", "-1.0", "reverse") or "inverse" in s:
            out[i] = ONEWAY_BACKWARD
        elif s in ("no", "false", "0", "0.0", "n", "non") or "double" in s:
            out[i] = ONEWAY_BOTH
        elif s in ("", "sans objet", "reversible", "alternating", "null"):
            unknown[i] = True
        else:
            unknown[i] = True
    if road_class is not None:
        rc = np.array([_plain(r) for r in road_class], dtype=object)
        out[unknown & (rc == "motorway")] = ONEWAY_FORWARD
    return out


_OSM_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')

#: OSM ``highway`` values that are not (yet, or any more) roads
NOT_ROADS = frozenset({"proposed", "construction", "abandoned", "disused", "razed", "platform", "raceway",
                       "bus_stop", "elevator", "emergency_bay", "rest_area", "services"})


def parse_osm_other_tags(values, keys=("oneway", "maxspeed", "junction")) -> Dict[str, np.ndarray]:
    """The ``keys`` of GDAL's OSM ``other_tags`` field (``"oneway"=>"yes","maxspeed"=>"30"``), one object
    array per key (None where absent). A loop over attribute strings, not over geometry."""
    out = {k: np.full(len(values), None, dtype=object) for k in keys}
    wanted = set(keys)
    for i, text in enumerate(values):
        if not isinstance(text, str) or "=>" not in text:
            continue
        for key, value in _OSM_TAG.findall(text):
            if key in wanted:
                out[key][i] = value
    return out


def osm_oneway_and_maxspeed(other_tags):
    """``(oneway, maxspeed)`` object arrays from GDAL's OSM ``other_tags`` field: a roundabout without an
    explicit ``oneway`` tag is one-way (OSM's implied rule for ``junction=roundabout|circular``)."""
    tags = parse_osm_other_tags(other_tags)
    roundabout = np.array([v in ("roundabout", "circular") for v in tags["junction"]], dtype=bool)
    oneway = np.where(roundabout & (tags["oneway"] == None), "yes", tags["oneway"])  # noqa: E711
    return oneway, tags["maxspeed"]


def not_road_lines(highway) -> np.ndarray:
    """Lines of an OSM layer that are not roads: no ``highway`` value (rails, rivers, boundaries...) or a
    planned, disused... one (:data:`NOT_ROADS`). When no line (or every line) qualifies, the layer is not
    coded that way and nothing is left out."""
    not_road = np.array([not isinstance(h, str) or not h.strip() or h.strip().lower() in NOT_ROADS
                         for h in highway], dtype=bool)
    if not_road.all():
        not_road[:] = False
    return not_road


def oneway_one_direction(values, road_class=None, along: bool = True) -> np.ndarray:
    """One-way codes when a field only flags one-way roads (any 'yes' value) and all run the same way:
    along the drawing direction (``along``) or against it; closed roads stay closed, others two-way."""
    codes = parse_oneway(values, road_class)
    is_oneway = (codes == ONEWAY_FORWARD) | (codes == ONEWAY_BACKWARD)
    sign = ONEWAY_FORWARD if along else ONEWAY_BACKWARD
    return np.where(is_oneway, sign, np.where(codes == CLOSED, codes, 0)).astype(object)


def parse_speed_kmh(values, road_class=None) -> np.ndarray:
    """Speeds in km/h from numbers or OSM ``maxspeed`` strings ("50", "30 mph"); class defaults else."""
    n = len(values) if values is not None else (len(road_class) if road_class is not None else 0)
    out = np.full(n, np.nan)
    if values is not None:
        for i, v in enumerate(values):
            if v is None:
                continue
            if isinstance(v, (int, float, np.integer, np.floating)):
                out[i] = float(v) if v == v and v > 0 else np.nan
                continue
            m = re.search(r"(\d+(?:[.,]\d+)?)", str(v))
            if m:
                val = float(m.group(1).replace(",", "."))
                out[i] = val * 1.609344 if "mph" in str(v).lower() else val
    if road_class is not None:
        default = np.array([DEFAULT_SPEEDS_KMH.get(_plain(r), FALLBACK_SPEED_KMH) for r in road_class])
        out = np.where(np.isfinite(out) & (out > 0), out, default)
    return np.where(np.isfinite(out) & (out > 0), out, FALLBACK_SPEED_KMH)


def _column(values, n, default, name):
    if values is None:
        return np.array([default] * n, dtype=object)
    arr = np.asarray(list(values), dtype=object)
    if len(arr) != n:
        raise InputError(tr("The network attribute has {got} values for {n} lines.").format(got=len(arr), n=n),
                         field=name)
    return arr


def build_network(lon, lat, offsets, oneway=None, speed_kmh=None, road_class=None, name=None, source_id=None,
                  snap_m: float = 1.0, layer: str = "network", check_topology: bool = True,
                  oneway_field: str = "oneway") -> Network:
    """Build a :class:`Network` from line vertices in EPSG:4326.

    ``offsets`` has n_lines + 1 entries (line i = vertices ``offsets[i]:offsets[i+1]``).
    ``oneway`` holds raw attribute values (see :func:`parse_oneway`) or codes; ``speed_kmh`` numbers
    or OSM maxspeed strings (defaults by ``road_class``). Raises ``InputError`` for a network with no
    lines, coordinates that are not lon/lat degrees, or an essentially unconnected layer (never
    noded); isolated pieces of an otherwise connected network are listed in ``Network.warnings``.
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    offsets = np.asarray(offsets, dtype=np.int64)
    n_lines = max(len(offsets) - 1, 0)
    _check_line_vertices(lon, lat, n_lines, layer)
    line_of_vertex = np.repeat(np.arange(n_lines), np.diff(offsets))
    lon0 = float(np.median(lon))
    lat0 = float(np.median(lat))
    x, y = (np.asarray(a, dtype=float) for a in _projection(lon0, lat0).forward(lon, lat))
    x, y, lon, lat, cluster, line_of_vertex = _snap_vertices(x, y, lon, lat, line_of_vertex, snap_m)
    seg_a, seg_b = _junction_pieces(cluster, line_of_vertex, n_lines, layer)

    # metric length along each line
    step = np.zeros(len(x))
    step[1:] = np.hypot(np.diff(x), np.diff(y))
    step[1:][line_of_vertex[1:] != line_of_vertex[:-1]] = 0.0
    cum = np.cumsum(step)
    seg_len = cum[seg_b] - cum[seg_a]

    # segment vertex ranges -> concatenated geometry
    nv = seg_b - seg_a + 1
    seg_offsets = np.zeros(len(seg_a) + 1, dtype=np.int64)
    seg_offsets[1:] = np.cumsum(nv)
    gidx = np.repeat(seg_a - seg_offsets[:-1], nv) + np.arange(seg_offsets[-1])

    # nodes: the clusters at segment ends, placed at the first such vertex
    node_clusters, node_of = np.unique(cluster[np.concatenate([seg_a, seg_b])], return_inverse=True)
    first_vertex_of_cluster = np.zeros(node_clusters.max() + 1, dtype=np.int64)
    all_ends = np.concatenate([seg_a, seg_b])
    first_vertex_of_cluster[cluster[all_ends]] = all_ends
    nvtx = first_vertex_of_cluster[node_clusters]

    segments = _segment_table(line_of_vertex[seg_a], node_of[:len(seg_a)], node_of[len(seg_a):], seg_len, n_lines,
                              oneway, speed_kmh, road_class, name, source_id, oneway_field)
    net = Network(lon0=lon0, lat0=lat0, node_x=x[nvtx], node_y=y[nvtx], node_lon=lon[nvtx],
                  node_lat=lat[nvtx], segments=segments, seg_offsets=seg_offsets, vx=x[gidx], vy=y[gidx],
                  vlon=lon[gidx], vlat=lat[gidx], edges=_edges_from_segments(segments))
    if check_topology:
        _check_topology(net, layer)
    return net


def _check_line_vertices(lon, lat, n_lines, layer):
    """Raise :class:`InputError` for a network without lines, with missing or non-degree coordinates."""
    if n_lines == 0 or len(lon) < 2:
        raise InputError(tr("The road network has no lines."), file=layer,
                         hint=tr("Choose a line layer with roads (e.g. an OSM extract or the IGN BD TOPO "
                                 "'troncon_de_route' layer) that has features in the study area."))
    ok = np.isfinite(lon) & np.isfinite(lat)
    if not ok.all():
        raise InputError(tr("The road network has vertices without coordinates."), file=layer,
                         hint=tr("Repair the geometries (QGIS 'Fix geometries') and run again."))
    if np.abs(lon).max() > 180.0 or np.abs(lat).max() > 90.0:
        raise InputError(tr("The road network coordinates are not longitude/latitude degrees."), file=layer,
                         hint=tr("Give the network layer its true CRS (the plugin reprojects it to the "
                                 "points' CRS); it looks like projected metres read as degrees."))


def _snap_vertices(x, y, lon, lat, line_of_vertex, snap_m):
    """Vertices closer than ``snap_m`` snapped into clusters (at the cluster's first vertex), then consecutive
    duplicates inside a line dropped: (x, y, lon, lat, cluster, line) of the vertices kept."""
    n_vert = len(x)
    xy = np.column_stack([x, y])
    tree = cKDTree(xy)
    pairs = tree.query_pairs(max(float(snap_m), 1e-6), output_type="ndarray")
    if len(pairs):
        adj = sparse.coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n_vert, n_vert))
        _, cluster = csgraph.connected_components(adj, directed=False)
    else:
        cluster = np.arange(n_vert)
    # representative coordinates: the first vertex of each cluster
    _, rep = np.unique(cluster, return_index=True)
    rep_of = rep[np.searchsorted(np.unique(cluster), cluster)]
    x, y, lon, lat = x[rep_of], y[rep_of], lon[rep_of], lat[rep_of]
    # drop consecutive duplicates inside a line
    keep = np.ones(n_vert, dtype=bool)
    same_line = line_of_vertex[1:] == line_of_vertex[:-1]
    keep[1:] = ~(same_line & (cluster[1:] == cluster[:-1]))
    idx = np.flatnonzero(keep)
    return tuple(a[idx] for a in (x, y, lon, lat, cluster, line_of_vertex))


def _junction_pieces(cluster, line_of_vertex, n_lines, layer):
    """(first, last) vertex of every segment: the lines cut at junctions (line ends and vertices shared by
    several line pieces)."""
    n_vert = len(cluster)
    counts = np.bincount(line_of_vertex, minlength=n_lines)
    first_of_line = np.zeros(n_lines, dtype=np.int64)
    first_of_line[1:] = np.cumsum(counts)[:-1]
    valid_line = counts >= 2
    occurrences = np.bincount(cluster, minlength=cluster.max() + 1 if n_vert else 0)
    is_junction = occurrences[cluster] >= 2
    ends = np.concatenate([first_of_line[valid_line], first_of_line[valid_line] + counts[valid_line] - 1])
    is_junction[ends] = True
    is_junction &= valid_line[line_of_vertex]
    J = np.flatnonzero(is_junction)
    pair_ok = line_of_vertex[J[1:]] == line_of_vertex[J[:-1]]
    seg_a = J[:-1][pair_ok]
    seg_b = J[1:][pair_ok]
    if len(seg_a) == 0:
        raise InputError(tr("The road network has no lines."), file=layer,
                         hint=tr("Every line has fewer than two distinct vertices: check the layer."))
    return seg_a, seg_b


def _segment_table(seg_line, u, v, seg_len, n_lines, oneway, speed_kmh, road_class, name, source_id,
                   oneway_field) -> pd.DataFrame:
    """The segments table: ids, end nodes, length and the attributes of each segment's line."""
    rc = _column(road_class, n_lines, "", "road_class")
    ow_raw = _column(oneway, n_lines, None, oneway_field)
    ow = parse_oneway(ow_raw, rc)
    sp = parse_speed_kmh(None if speed_kmh is None else _column(speed_kmh, n_lines, None, "speed"), rc)
    nm = _column(name, n_lines, "", "name")
    sid = _column(source_id, n_lines, None, "id")
    sid = np.where(pd.isna(sid), np.arange(n_lines), sid)
    segments = pd.DataFrame({
        "segment_id": np.arange(len(seg_line), dtype=np.int64),
        "line_index": seg_line.astype(np.int64),
        "source_id": sid[seg_line],
        "name": nm[seg_line],
        "road_class": rc[seg_line],
        "u": u.astype(np.int64),
        "v": v.astype(np.int64),
        "length_m": np.maximum(seg_len, MIN_EDGE_LENGTH_M),
        "oneway": ow[seg_line].astype(np.int8),
        "speed_kmh": sp[seg_line].astype(float),
    })
    # aliases under the OSM names, for code that reads OSM-like line tables (e.g. the simulator)
    segments["highway"] = segments["road_class"]
    segments["maxspeed"] = segments["speed_kmh"]
    return segments


def _edges_from_segments(segments: pd.DataFrame) -> pd.DataFrame:
    s = segments
    ow = s["oneway"].to_numpy()
    sid = s["segment_id"].to_numpy(np.int64)
    fwd = (ow == ONEWAY_BOTH) | (ow == ONEWAY_FORWARD)
    bwd = (ow == ONEWAY_BOTH) | (ow == ONEWAY_BACKWARD)
    u = s["u"].to_numpy(np.int64)
    v = s["v"].to_numpy(np.int64)
    length = s["length_m"].to_numpy(float)
    speed = s["speed_kmh"].to_numpy(float)
    parts = []
    for mask, direction, a, b in ((fwd, 1, u, v), (bwd, -1, v, u)):
        parts.append(pd.DataFrame({
            "edge_id": 2 * sid[mask] + (1 if direction < 0 else 0),
            "segment_id": sid[mask],
            "direction": np.full(mask.sum(), direction, dtype=np.int8),
            "from_node": a[mask],
            "to_node": b[mask],
            "length_m": length[mask],
            "speed_kmh": speed[mask],
        }))
    edges = pd.concat(parts, ignore_index=True).sort_values("edge_id", ignore_index=True)
    edges["time_s"] = edges["length_m"] / (edges["speed_kmh"] / 3.6)
    return edges


def topology_report(net: Network) -> dict:
    """Counts describing the network's connectivity (for logs and the bad-topology checks)."""
    segs = net.segments
    if len(net.edges):
        und = sparse.coo_matrix((np.ones(len(segs)), (segs["u"], segs["v"])), shape=(net.n_nodes, net.n_nodes))
        n_comp, labels = csgraph.connected_components(und, directed=False)
    else:
        n_comp, labels = net.n_nodes, np.arange(net.n_nodes)
    seg_comp = labels[segs["u"].to_numpy()]
    length = segs["length_m"].to_numpy(float)
    comp_len = np.bincount(seg_comp, weights=length, minlength=n_comp)
    biggest = int(np.argmax(comp_len)) if len(comp_len) else 0
    total = float(length.sum()) or 1.0
    degree = np.bincount(np.concatenate([segs["u"], segs["v"]]), minlength=net.n_nodes)
    n_strong, _ = csgraph.connected_components(net.graph("length"), directed=True, connection="strong")
    return {
        "n_lines": int(segs["line_index"].nunique()),
        "n_segments": int(len(segs)),
        "n_nodes": int(net.n_nodes),
        "n_edges": int(len(net.edges)),
        "total_length_km": total / 1000.0,
        "n_components": int((comp_len > 0).sum()),
        "largest_component_share": float(comp_len[biggest] / total) if len(comp_len) else 0.0,
        "n_segments_outside_largest": int((seg_comp != biggest).sum()),
        "n_dead_ends": int((degree == 1).sum()),
        "n_strong_components": int(n_strong),
        "n_oneway_segments": int(np.isin(segs["oneway"], (ONEWAY_FORWARD, ONEWAY_BACKWARD)).sum()),
        "n_closed_segments": int((segs["oneway"] == CLOSED).sum()),
    }


def _check_topology(net: Network, layer: str) -> None:
    rep = topology_report(net)
    if rep["n_components"] <= 1:
        return
    share = rep["largest_component_share"]
    if share < 0.5 and rep["n_components"] >= 3:
        raise InputError(
            tr("The road network is broken into {n} unconnected pieces; the largest holds only {p:.0f}% of its "
               "length, so roads do not share a vertex where they meet.").format(n=rep["n_components"],
                                                                                  p=100.0 * share),
            file=layer,
            hint=tr("Node the layer first (QGIS 'Split with lines' on itself, or GRASS v.clean with the 'break' "
                    "tool), or raise the snapping tolerance."))
    net.warnings.append(
        tr("{k} network segments ({p:.1f}% of the length) are not connected to the main network; legs on them "
           "cannot be matched.").format(k=rep["n_segments_outside_largest"], p=100.0 * (1.0 - share)))


def cheapest_graph(from_nodes, to_nodes, weights, edge_ids, n_nodes: int):
    """CSR adjacency (n_nodes x n_nodes) of directed edges: self-loops dropped, of parallel edges the
    cheapest kept. Returns ``(matrix, keys, edge_ids)`` with ``keys = from * n_nodes + to`` sorted and
    the id of the edge kept for each, for :func:`edges_between`."""
    keep = from_nodes != to_nodes                             # self-loops never help a route
    fr, to, w, eid = from_nodes[keep], to_nodes[keep], weights[keep], edge_ids[keep]
    order = np.lexsort((w, to, fr))
    fr, to, w, eid = fr[order], to[order], w[order], eid[order]
    first = np.ones(len(fr), dtype=bool)
    first[1:] = (fr[1:] != fr[:-1]) | (to[1:] != to[:-1])
    fr, to, w, eid = fr[first], to[first], w[first], eid[first]
    mat = sparse.csr_matrix((w, (fr, to)), shape=(n_nodes, n_nodes))
    return mat, fr * n_nodes + to, eid                        # keys sorted (lexsort on fr, to)


def edges_between(keys, edge_ids, n_nodes: int, from_nodes, to_nodes) -> np.ndarray:
    """Edge ids joining node pairs in a :func:`cheapest_graph` (its ``keys`` and ``edge_ids``); -1 where none."""
    q = np.asarray(from_nodes, dtype=np.int64) * n_nodes + np.asarray(to_nodes, dtype=np.int64)
    pos = np.searchsorted(keys, q)
    pos = np.clip(pos, 0, max(len(keys) - 1, 0))
    if len(keys) == 0:
        return np.full(len(q), -1, dtype=np.int64)
    return np.where(keys[pos] == q, edge_ids[pos], -1)


def dijkstra(net: Network, sources, weight: str = "length", limit: float = np.inf,
             return_predecessors: bool = False):
    """Shortest distances (m, or s for ``weight='time'``) from ``sources`` to every node.

    Returns ``dist`` (len(sources) x n_nodes, inf when unreachable within ``limit``), and with
    ``return_predecessors`` also the predecessor matrix (-9999 for none), as scipy's csgraph.
    """
    sources = np.atleast_1d(np.asarray(sources, dtype=np.int64))
    return csgraph.dijkstra(net.graph(weight), directed=True, indices=sources, limit=limit,
                            return_predecessors=return_predecessors)


def path_nodes(predecessors_row: np.ndarray, source: int, target: int) -> Optional[np.ndarray]:
    """Node sequence source..target from one row of a predecessor matrix, None when unreachable."""
    if source == target:
        return np.array([source], dtype=np.int64)
    nodes = [int(target)]
    cur = int(target)
    while cur != source:
        cur = int(predecessors_row[cur])
        if cur < 0:
            return None
        nodes.append(cur)
    return np.array(nodes[::-1], dtype=np.int64)


def route(net: Network, source: int, target: int, weight: str = "time") -> Optional[np.ndarray]:
    """Edge ids of the shortest route between two nodes (empty when equal, None when unreachable)."""
    _, pred = dijkstra(net, [source], weight=weight, return_predecessors=True)
    nodes = path_nodes(pred[0], int(source), int(target))
    if nodes is None:
        return None
    return net.edge_between(nodes[:-1], nodes[1:], weight=weight)


def with_plan(net: Network, closed=(), oneway=None, speed_factor=None) -> Network:
    """A copy of the network under a circulation plan (same segment and edge ids).

    ``closed``: segment ids closed to traffic; ``oneway``: {segment_id: 1 or -1} (1 = only along the
    drawing direction); ``speed_factor``: {segment_id: factor} multiplying the segment speed.
    """
    segs = net.segments.copy()
    pos = pd.Series(np.arange(len(segs)), index=segs["segment_id"].to_numpy())
    closed = list(closed or [])
    unknown = [s for s in list(closed) + list((oneway or {}).keys()) + list((speed_factor or {}).keys())
               if s not in pos.index]
    if unknown:
        raise InputError(tr("The circulation plan names segments that are not in the network: {ids}.").format(
            ids=", ".join(str(s) for s in unknown[:10])), field="segment_id")
    col_ow = segs.columns.get_loc("oneway")
    col_sp = segs.columns.get_loc("speed_kmh")
    for sid, code in (oneway or {}).items():
        code = int(code)
        if code not in (ONEWAY_FORWARD, ONEWAY_BACKWARD, ONEWAY_BOTH):
            raise InputError(tr("A one-way change must be 1 (drawing direction), -1 (reverse) or 0 (both)."),
                             field="oneway")
        segs.iat[pos[sid], col_ow] = code
    for sid, factor in (speed_factor or {}).items():
        if not float(factor) > 0:
            raise InputError(tr("A speed factor must be positive."), field="speed_factor")
        segs.iat[pos[sid], col_sp] = segs.iat[pos[sid], col_sp] * float(factor)
    if closed:
        segs.loc[segs["segment_id"].isin(closed), "oneway"] = CLOSED
    return replace(net, segments=segs, edges=_edges_from_segments(segs), warnings=list(net.warnings), _cache={})


def segment_wkb(net: Network, segment_ids=None, directions=None) -> list:
    """WKB LineStrings (EPSG:4326) of segments (all by default), in the order given.

    With ``directions`` (1 or -1 per segment) each line is drawn in the direction of travel: reversed
    where the direction is -1 (so a map draws each direction on its own side of the road)."""
    ids = np.arange(net.n_segments) if segment_ids is None else np.asarray(segment_ids, dtype=np.int64)
    a = net.seg_offsets[ids]
    b = net.seg_offsets[ids + 1] - 1
    if directions is None:
        return linestrings_wkb(net.vlon, net.vlat, a, b)
    d = np.asarray(directions, dtype=np.int64)
    # vertex index arrays, reversed for direction -1; one concatenated copy, then plain ranges
    n = b - a + 1
    starts = np.zeros(len(ids), dtype=np.int64)
    starts[1:] = np.cumsum(n)[:-1]
    pos = np.arange(int(n.sum()), dtype=np.int64) - np.repeat(starts, n)
    idx = np.where(np.repeat(d, n) < 0, np.repeat(b, n) - pos, np.repeat(a, n) + pos)
    return linestrings_wkb(net.vlon[idx], net.vlat[idx], starts, starts + n - 1)


def _frame_attributes(frame: pd.DataFrame) -> dict:
    def get(*names):
        for name in names:
            if name in frame.columns:
                return frame[name].tolist()
        return None
    return {"oneway": get("oneway", "sens"), "speed_kmh": get("maxspeed", "speed_kmh", "vitesse_moyenne_vl"),
            "road_class": get("highway", "road_class", "nature"), "name": get("name", "nom_1_gauche"),
            "source_id": get("osm_id", "source_id", "segment_id", "id", "cleabs")}


# OSM highway classes (and BD TOPO natures) closed to motor traffic
NON_MOTOR_CLASSES = frozenset({
    "cycleway", "footway", "path", "pedestrian", "steps", "bridleway", "corridor", "track", "platform",
    "elevator", "proposed", "construction", "abandoned", "sentier", "escalier", "piste cyclable",
    "chemin", "bac ou liaison maritime"})


def motor_network(net: Network) -> Network:
    """The network as a car sees it: same segment ids, classes closed to motor traffic closed."""
    rc = np.array([_plain(r) for r in net.segments["road_class"]], dtype=object)
    closed = net.segments["segment_id"].to_numpy()[np.isin(rc, list(NON_MOTOR_CLASSES))]
    return with_plan(net, closed=closed.tolist())


def network_from_lines(lines_lonlat, **kwargs) -> Network:
    """Convenience for tests and scripts: ``[[(lon, lat), ...], ...]`` -> :func:`build_network`."""
    coords = [np.asarray(line, dtype=float).reshape(-1, 2) for line in lines_lonlat]
    offsets = np.zeros(len(coords) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(c) for c in coords])
    allc = np.concatenate(coords) if coords else np.zeros((0, 2))
    return build_network(allc[:, 0], allc[:, 1], offsets, **kwargs)
