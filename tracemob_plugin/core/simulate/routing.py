"""Who may use which street in which direction, at what speed, and the fastest routes between places.

One :class:`ModeNetwork` per mode class (car, bike, walk) and period (before / after a circulation
plan): car: drivable roads, one-way respected, speed limit x ``URBAN_FACTOR`` (``SMOOTH_URBAN_FACTOR``
without stop-and-go) x the congestion of the band on main roads; bike: cycleways too, one-way respected
on main roads and where the plan says, closures for motor traffic ignored; walk: everything, both directions. The graph and the path walk
are the road network's (:func:`..roads.network.cheapest_graph`, :func:`..roads.network.path_nodes`);
the weights are the simulator's own (band speeds, no minimum edge weight), so its routes stay its own.
"""
import numpy as np

from ..roads.network import cheapest_graph, edges_between, path_nodes
from .graph import NO_BIKE, RoadGraph
from .params import CONGESTION, URBAN_FACTOR

#: the band (index into params.BANDS) whose speeds weigh peak and off-peak routes
PEAK_ROUTE_BAND, OFF_PEAK_ROUTE_BAND = 1, 2


class ModeNetwork:
    """Edge permissions, speeds and shortest paths of one mode class on one network (before/after)."""

    def __init__(self, g: RoadGraph, cls: str, code, speed_kmh, urban_factor=URBAN_FACTOR):
        self.g = g
        self.cls = cls
        n = g.n
        base_code = g.code
        if cls == "car":
            self.fwd = g.drivable & np.isin(code, (0, 1))
            self.bwd = g.drivable & np.isin(code, (0, -1))
            self.base_speed = speed_kmh / 3.6 * urban_factor
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

    def route_speed(self, peak: bool):
        """Speeds (m/s) the routes are chosen with: the peak band's for cars at peak, else the off-peak one."""
        return self.band_speed(PEAK_ROUTE_BAND if (peak and self.cls == "car") else OFF_PEAK_ROUTE_BAND)

    def _directed(self):
        """(from node, to node, edge id) of every allowed direction of every segment."""
        g = self.g
        src = np.concatenate([g.u[self.fwd], g.v[self.bwd]])
        dst = np.concatenate([g.v[self.fwd], g.u[self.bwd]])
        edge = np.concatenate([np.flatnonzero(self.fwd) * 2, np.flatnonzero(self.bwd) * 2 + 1])
        return src, dst, edge

    def shortest(self, peak: bool):
        """(distances float32, predecessors int32, graph keys, edge ids) between all nodes, cached."""
        key = bool(peak) if self.cls == "car" else False
        if key in self._sp:
            return self._sp[key]
        from scipy.sparse.csgraph import dijkstra
        g = self.g
        tt = g.length / self.route_speed(key)
        src, dst, edge = self._directed()
        w = np.concatenate([tt[self.fwd], tt[self.bwd]])
        mat, keys, edge = cheapest_graph(src, dst, w, edge, g.n_nodes)
        dist, pred = dijkstra(mat, directed=True, return_predecessors=True)
        res = (dist.astype(np.float32), pred.astype(np.int32), keys, edge)
        self._sp[key] = res
        return res

    def route(self, seg_a, frac_a, seg_b, frac_b, peak):
        """Pieces (edges, f0, f1 arrays) of the fastest route between two places, or None."""
        g = self.g
        dist, pred, keys, eids = self.shortest(peak)
        best = self._best_ends(seg_a, frac_a, seg_b, frac_b, self.route_speed(peak), dist)
        if best is None:
            return None
        _, a, b = best
        nodes = path_nodes(pred[int(a[0])], int(a[0]), int(b[0]))
        if nodes is None:
            return None
        mid = edges_between(keys, eids, g.n_nodes, nodes[:-1], nodes[1:])
        edges = np.concatenate([[a[1]], mid, [b[1]]]).astype(np.int64)
        fwd_mid = (mid % 2 == 0).astype(float)
        f0 = np.concatenate([[a[2]], 1.0 - fwd_mid, [b[2]]])
        f1 = np.concatenate([[a[3]], fwd_mid, [b[3]]])
        return edges, f0, f1

    def _best_ends(self, seg_a, frac_a, seg_b, frac_b, sp, dist):
        """The cheapest way out of the origin's segment and into the destination's: (cost, access, egress)
        with access/egress = (node, edge, f0, f1, cost); None when no direction joins them."""
        g = self.g
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
        return best

    def reachable_segments(self):
        """Segments usable in an allowed direction between nodes of the largest strongly connected part."""
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import connected_components
        g = self.g
        src, dst, _ = self._directed()
        mat = csr_matrix((np.ones(len(src)), (src, dst)), shape=(g.n_nodes, g.n_nodes))
        _, lab = connected_components(mat, directed=True, connection="strong")
        big = np.argmax(np.bincount(lab))
        inside = lab == big
        return (self.fwd | self.bwd) & inside[g.u] & inside[g.v]


class ModeNetworks:
    """The :class:`ModeNetwork` of each mode class before and, with a plan, after it; a class the plan does
    not touch keeps the same object (and so its cached routes)."""

    def __init__(self, g: RoadGraph, net, net_after=None, urban_factor=URBAN_FACTOR):
        self.g, self.net, self.net_after = g, net, net_after
        self.urban_factor = urban_factor
        self.has_plan = net_after is not None
        self._by_key = {}

    def __call__(self, cls: str, after: bool) -> ModeNetwork:
        key = (cls, bool(after) and self.has_plan)
        if key not in self._by_key:
            s = (self.net_after if key[1] else self.net).segments
            var = ModeNetwork(self.g, cls, s["oneway"].to_numpy(np.int64), s["speed_kmh"].to_numpy(float),
                              self.urban_factor)
            if key[1]:
                before = self(cls, False)
                if before.same_as(var):      # the plan does not touch this class: share its routes
                    var = before
            self._by_key[key] = var
        return self._by_key[key]
