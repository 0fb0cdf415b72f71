"""The road network as the simulator sees it: the embedded sample network, road kinds (drivable, main,
narrow), positions along segments and timed paths in local metres, and the way back to lon/lat."""
import json
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..roads.network import NON_MOTOR_CLASSES, Network, _plain, build_network, segment_wkb

SAMPLE_NETWORK = (Path(__file__).resolve().parents[3] / "resources" / "sample" / "network"
                  / "helsinki_centre_roads.geojson")
SAMPLE_TZ = "Europe/Helsinki"

DRIVABLE = {"motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary",
            "secondary_link", "tertiary", "tertiary_link", "unclassified", "residential", "living_street",
            "service", "road"}
MAIN_ROADS = {"motorway", "motorway_link", "trunk", "trunk_link", "primary", "primary_link", "secondary",
              "secondary_link", "tertiary", "tertiary_link"}
NARROW = {"residential", "unclassified", "service", "living_street", "pedestrian", "footway", "steps"}
NO_BIKE = {"motorway", "motorway_link", "trunk", "trunk_link", "steps", "escalier", "bac ou liaison maritime"}
OSM_CLASSES = DRIVABLE | {"pedestrian", "footway", "cycleway", "path", "steps", "track", "bridleway", "corridor",
                          "platform", "elevator", "construction", "proposed"}


class RoadGraph:
    """Arrays of a :class:`~..roads.network.Network` the simulator needs (local metric coordinates)."""

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
        self._vertices(net)
        # OSM classes as such; other vocabularies (IGN BD TOPO natures...): drivable unless closed to motor
        # traffic (roads.network.NON_MOTOR_CLASSES, as the map matcher's motor network), main roads from
        # 50 km/h, narrow streets up to 30 km/h
        known = np.array([h in OSM_CLASSES for h in self.highway])
        self.drivable = np.array([h in DRIVABLE or (h not in OSM_CLASSES and h not in NON_MOTOR_CLASSES)
                                  for h in self.highway])
        self.main = np.array([h in MAIN_ROADS for h in self.highway]) | (~known & self.drivable
                                                                        & (self.speed_kmh >= 50))
        self.narrow = np.array([h in NARROW for h in self.highway]) | (~known & (self.speed_kmh <= 30))

    def _vertices(self, net: Network):
        """Segment vertices with their distance from the segment start, and a global distance key."""
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

    def to_lonlat(self, x, y):
        """Local metres -> lon/lat: a cubic fit of the network's projection over the area, checked to stay
        within 1e-7 degree of ``Network.unproject`` (else that exact projection is used), and much faster
        than it for millions of fixes."""
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        if not hasattr(self, "_fit"):
            self._fit_projection()
        x0, x1, y0, y1 = getattr(self, "_box", (0, 0, 0, 0))
        if self._fit is None or len(x) == 0 or x.min() < x0 or x.max() > x1 or y.min() < y0 or y.max() > y1:
            return self.net.unproject(x, y)
        return _cubic_eval(self._fit[0], x, y), _cubic_eval(self._fit[1], x, y)

    def _fit_projection(self):
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


# --------------------------------------------------------------------------- loading
def load_sample_network(snap_m: float = 1.0) -> Network:
    """The embedded sample network (central Helsinki, © OpenStreetMap contributors, ODbL 1.0) as a
    :class:`~..roads.network.Network`, read with the standard library only (no QGIS)."""
    return read_geojson_network(SAMPLE_NETWORK, snap_m=snap_m)


def read_geojson_network(path, snap_m: float = 1.0) -> Network:
    """A GeoJSON file of (Multi)LineStrings in EPSG:4326 with OSM-like fields (``highway``,
    ``oneway``, ``maxspeed``, ``name``, ``osm_id``) -> :class:`~..roads.network.Network`."""
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


def grid_network(size_m: float = 6000.0, block_m: float = 200.0, main_every: int = 5, lon0: float = 24.94,
                 lat0: float = 60.17) -> Network:
    """A generated grid town of ``size_m`` x ``size_m`` (streets every ``block_m``; every ``main_every``-th street
    a 50 km/h main road, the others 30 km/h residential streets, all two-way) around (lon0, lat0): a larger
    area than the sample network, for rides of realistic length."""
    n = int(round(size_m / block_m)) + 1
    k = np.arange(n) * block_m - size_m / 2.0
    m_lat = 111_320.0
    m_lon = m_lat * np.cos(np.radians(lat0))
    lon_k, lat_k = lon0 + k / m_lon, lat0 + k / m_lat
    lon = np.concatenate([np.concatenate([np.full(n, lon_k[i]) for i in range(n)]),
                          np.concatenate([lon_k for _ in range(n)])])
    lat = np.concatenate([np.concatenate([lat_k for _ in range(n)]),
                          np.concatenate([np.full(n, lat_k[i]) for i in range(n)])])
    offsets = np.arange(2 * n + 1, dtype=np.int64) * n
    main = (np.arange(n) % int(main_every)) == 0
    cls = ["secondary" if m else "residential" for m in np.concatenate([main, main])]
    speed = ["50" if m else "30" for m in np.concatenate([main, main])]
    names = ["N-S %d" % i for i in range(n)] + ["E-W %d" % i for i in range(n)]
    return build_network(lon, lat, offsets, oneway=["no"] * (2 * n), speed_kmh=speed, road_class=cls, name=names,
                         source_id=list(range(2 * n)), layer="grid")


def network_of(network) -> Network:
    """The network to simulate on: a Network as such, a GeoJSON file of lines, or the sample network."""
    if network is None:
        return load_sample_network()
    if isinstance(network, Network):
        return network
    if isinstance(network, (str, Path)):
        return read_geojson_network(network)
    raise InputError(tr("the road network is not in a form the simulator reads"),
                     hint=tr("Give a network built by core.network, a GeoJSON file of lines or nothing "
                             "(the embedded sample network)."))
