"""HMM map matching of legs to a road network, and timed segment traversals.

The model is Newson & Krumm (2009), "Hidden Markov map matching through noise and sparseness":

- **states** are candidate positions on directed edges within a search radius of each fix;
- **emission**: Gaussian on the fix-to-edge distance, sigma = ``sigma_m``, raised by the phone's
  ``accuracy_m`` when it reports a worse fix (clipped to ``sigma_max_m``);
- **transition**: exponential on ``|straight-line distance - route distance|`` between consecutive
  fixes (scale ``beta_m``); a route much longer than the straight line, or faster than
  ``max_speed_kmh``, is impossible. Routes are turn-aware: shortest paths on the line graph (nodes =
  directed edges, arcs = turns) where turning back onto the reverse edge costs ``uturn_penalty_m``,
  so that a noisy fix cannot buy a detour into a side street and back for free;
- **Viterbi** for the most likely sequence.

Everything is vectorised: candidates come from one k-d tree query over densified edge pieces for all
fixes at once; route distances between every candidate pair of every step of every leg come from
bounded Dijkstra runs (scipy csgraph) over the unique source edges, in chunks (on a cropped
sub-graph for big networks); the Viterbi and its back-tracking advance one step at a time over
**all legs at once** (padded candidate slots), so the Python loop runs over the step index, not
over fixes or legs. Legs are processed in batches of ``batch_points`` fixes to bound memory.

Before matching, isolated GPS jumps (a fix far off the line between its neighbours, or reached or
left faster than ``max_speed_kmh``) are set aside. Dense fixes are thinned as N&K do (a fix within
``2 sigma`` of the previous kept fix is not a state), but every fix keeps its time: each is placed
along the matched path (projected between the states around it), the positions are smoothed over
``smooth_s`` seconds without mixing stops and movement, made monotone, and entry and exit times
at segment ends are interpolated linearly between the timed positions. Segments shorter than
``pace_window_m`` take the pace of a window of that length around them (fixes near a junction
all project close to its node). When no transition is possible (a long gap, an unreachable
candidate set), the leg is split into **chains** and the break recorded; the first and last
segment of each chain are partial traversals (``fraction`` < 1 of the segment).
"""
from dataclasses import dataclass, field, fields
from typing import Callable, List, Optional

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse import csgraph
from scipy.spatial import cKDTree

from ..errors import InputError, Steps
from ..i18n import tr
from ..trips.arrays import group_cumsum
from ..trips.arrays import group_searchsorted as _group_searchsorted
from ..vocab.times import epoch_seconds
from .network import Network

TRAVERSAL_COLUMNS = ["leg_id", "user_id", "chain", "seq", "edge_id", "segment_id", "direction",
                     "entry_time", "exit_time", "tt_s", "length_m", "covered_m", "fraction", "partial"]


@dataclass
class MatchParams:
    """Parameters of the HMM map matcher (defaults tuned on simulated phone traces)."""
    sigma_m: float = 15.0            # GPS noise (m) when the phone gives no accuracy
    sigma_min_m: float = 15.0        # the phone's accuracy_m only raises sigma above this
    sigma_max_m: float = 40.0
    use_accuracy: bool = True
    beta_m: float = 10.0             # transition scale (m) on |great-circle - route|
    search_radius_m: float = 60.0    # candidates within max(search_radius_m, 3 sigma), capped below
    max_search_radius_m: float = 120.0
    max_candidates: int = 12         # nearest segments per fix (each gives 1 or 2 directed edges)
    thin_factor: float = 2.0         # a fix within thin_factor * sigma of the last kept fix is thinned
    route_slack_m: float = 300.0     # route may exceed the straight line by max(slack, factor * line)
    route_factor: float = 1.5
    max_route_m: float = 5000.0      # longest route searched between two fixes
    max_speed_kmh: float = 160.0     # faster steps are GPS jumps
    max_gap_s: float = 600.0         # a longer silence between two fixes splits the leg
    same_edge_backtrack_m: float = 50.0  # a fix slightly behind on the same edge did not move back
    uturn_penalty_m: float = 100.0   # added to the route of a turn back onto the reverse edge
    piece_m: float = 20.0            # densification of edge pieces for the spatial index
    chunk_sources: int = 512         # Dijkstra sources per chunk
    crop_nodes: int = 40000          # above this many nodes, Dijkstra runs on a cropped sub-graph
    partial_tolerance: float = 0.98  # an end traversal covering less than this share is partial
    batch_points: int = 20000        # fixes per batch (bounds memory)
    smooth_s: float = 8.0            # half window (s) of the moving mean of along-path positions (timing)
    stop_speed_mps: float = 1.5      # slower than this over the smoothing window is a stop
    pace_window_m: float = 50.0      # segments shorter than this take the pace of this window around them
    spike_min_m: float = 30.0        # an outlier lies farther than max(this, 3 sigma) off its neighbours' line
    spike_ratio: float = 2.0         # ... and the detour through it is this many times the direct step

    def validated(self) -> "MatchParams":
        for f in fields(self):
            if f.name == "use_accuracy":
                continue
            value = getattr(self, f.name)
            zero_ok = f.name in ("smooth_s", "uturn_penalty_m", "pace_window_m")
            if not (isinstance(value, (int, float)) and (value > 0 or (zero_ok and value == 0))):
                raise InputError(tr("Map-matching parameter {name} must be a positive number.").format(
                    name=f.name), field=f.name)
        return self


@dataclass
class MatchResult:
    """Output of :func:`match_legs`.

    - ``traversals``: one row per traversed segment occurrence: leg_id, user_id, chain, seq,
      edge_id, segment_id, direction (1 along the drawing direction, -1 against), entry_time,
      exit_time (UTC), tt_s, length_m (segment length), covered_m, fraction, partial (bool) + the
      legs' ``mode`` when given.
    - ``points``: every fix used: point_index (index in the input), leg_id, kept (a HMM state),
      chain, edge_id, segment_id, offset_m (along the edge), distance_m (fix to road),
      matched_lon, matched_lat (NaN / -1 when the fix had no road within reach).
    - ``legs``: leg_id, user_id, n_points, n_states, n_chains, n_breaks, matched_m, status
      ("matched", "partly matched" or "unmatched").
    - ``unmatched``: leg_id, reason.   ``breaks``: leg_id, time, reason.
    - ``warnings``: messages for the log (list of str).
    """
    traversals: pd.DataFrame
    points: pd.DataFrame
    legs: pd.DataFrame
    unmatched: pd.DataFrame
    breaks: pd.DataFrame
    warnings: List[str] = field(default_factory=list)

    @property
    def matched_km(self) -> float:
        return float(self.legs["matched_m"].sum()) / 1000.0 if len(self.legs) else 0.0


# ----------------------------------------------------------------------------------------------
# spatial index of edge pieces
def _piece_index(net: Network, piece_m: float):
    key = ("pieces", float(piece_m))
    if key in net._cache:
        return net._cache[key]
    off = net.seg_offsets
    nv = np.diff(off)
    seg_of_v = np.repeat(np.arange(net.n_segments), nv)
    a = np.arange(len(net.vx) - 1)
    a = a[seg_of_v[a] == seg_of_v[a + 1]]                  # vertex pairs inside a segment
    open_seg = np.zeros(net.n_segments, dtype=bool)        # only segments with at least one edge
    open_seg[net.edges["segment_id"].to_numpy()] = True
    a = a[open_seg[seg_of_v[a]]]
    x0, y0, x1, y1 = net.vx[a], net.vy[a], net.vx[a + 1], net.vy[a + 1]
    plen = np.hypot(x1 - x0, y1 - y0)
    seg = seg_of_v[a]
    cum = np.zeros(len(net.vx))
    step = np.zeros(len(net.vx))
    step[a + 1] = plen
    cum = np.cumsum(step)
    start_along = cum[a] - cum[off[seg]]
    nsub = np.maximum(np.ceil(plen / piece_m).astype(np.int64), 1)
    rep = np.repeat(np.arange(len(a)), nsub)
    k = np.arange(len(rep)) - np.repeat(np.cumsum(nsub) - nsub, nsub)
    f0 = k / nsub[rep]
    f1 = (k + 1) / nsub[rep]
    dx, dy = x1 - x0, y1 - y0
    px0 = x0[rep] + f0 * dx[rep]
    py0 = y0[rep] + f0 * dy[rep]
    px1 = x0[rep] + f1 * dx[rep]
    py1 = y0[rep] + f1 * dy[rep]
    sub = {
        "x0": px0, "y0": py0, "x1": px1, "y1": py1,
        "seg": seg[rep], "along0": start_along[rep] + f0 * plen[rep],
        "half": 0.5 * plen[rep] / nsub[rep],
    }
    tree = cKDTree(np.column_stack([(px0 + px1) / 2.0, (py0 + py1) / 2.0]))
    net._cache[key] = (tree, sub)
    return net._cache[key]


def _candidates(net: Network, x, y, radius, p: MatchParams):
    """Padded candidate directed edges per fix: edge (-1 = none), offset along edge, distance, proj x/y."""
    tree, sub = _piece_index(net, p.piece_m)
    n = len(x)
    kq = min(max(64, 8 * p.max_candidates), len(sub["seg"]))
    half_max = float(sub["half"].max()) if len(sub["half"]) else 0.0
    dist_ub = float(np.max(radius)) + half_max + 1e-6 if n else 0.0
    _, nb = tree.query(np.column_stack([x, y]), k=kq, distance_upper_bound=dist_ub)
    nb = nb.reshape(n, -1)
    ok = nb < len(sub["seg"])
    pi, slot = np.nonzero(ok)
    j = nb[pi, slot]
    x0, y0, x1, y1 = sub["x0"][j], sub["y0"][j], sub["x1"][j], sub["y1"][j]
    dx, dy = x1 - x0, y1 - y0
    l2 = np.maximum(dx * dx + dy * dy, 1e-12)
    t = np.clip(((x[pi] - x0) * dx + (y[pi] - y0) * dy) / l2, 0.0, 1.0)
    qx, qy = x0 + t * dx, y0 + t * dy
    d = np.hypot(x[pi] - qx, y[pi] - qy)
    along = sub["along0"][j] + t * np.sqrt(l2)
    seg = sub["seg"][j]
    keep = d <= radius[pi]
    pi, seg, d, along, qx, qy = pi[keep], seg[keep], d[keep], along[keep], qx[keep], qy[keep]
    # nearest piece per (fix, segment), then the max_candidates nearest segments per fix
    order = np.lexsort((d, seg, pi))
    pi, seg, d, along, qx, qy = pi[order], seg[order], d[order], along[order], qx[order], qy[order]
    first = np.ones(len(pi), dtype=bool)
    first[1:] = (pi[1:] != pi[:-1]) | (seg[1:] != seg[:-1])
    pi, seg, d, along, qx, qy = pi[first], seg[first], d[first], along[first], qx[first], qy[first]
    order = np.lexsort((d, pi))
    pi, seg, d, along, qx, qy = pi[order], seg[order], d[order], along[order], qx[order], qy[order]
    rank = np.arange(len(pi)) - np.searchsorted(pi, pi, side="left")
    keep = rank < p.max_candidates
    pi, seg, d, along, qx, qy, rank = (a[keep] for a in (pi, seg, d, along, qx, qy, rank))
    # directed edges: forward slot 2*rank, backward 2*rank+1
    kc = 2 * p.max_candidates
    edge = np.full((n, kc), -1, dtype=np.int64)
    off = np.zeros((n, kc))
    dist = np.full((n, kc), np.inf)
    cx = np.zeros((n, kc))
    cy = np.zeros((n, kc))
    epos = net.edge_index()
    seglen = net.segments["length_m"].to_numpy(float)
    for direction in (0, 1):
        eid = 2 * seg + direction
        exists = epos[eid] >= 0
        s = 2 * rank + direction
        rows, cols = pi[exists], s[exists]
        edge[rows, cols] = eid[exists]
        a = along[exists]
        off[rows, cols] = a if direction == 0 else seglen[seg[exists]] - a
        dist[rows, cols] = d[exists]
        cx[rows, cols] = qx[exists]
        cy[rows, cols] = qy[exists]
    off = np.clip(off, 0.0, seglen[np.maximum(edge, 0) // 2])
    return edge, off, dist, cx, cy


# ----------------------------------------------------------------------------------------------
# turn-aware routing: shortest paths on the line graph (nodes = directed edges, arcs = turns)
class _LineGraph:
    """Directed edges as nodes; an arc e -> f for every turn at a junction, weighted by the length of
    f, plus ``uturn_m`` when f is the reverse of e. A route between two candidate edges therefore
    never hides a U-turn for free (N&K route distances on a road graph do)."""

    def __init__(self, net: Network, uturn_m: float):
        e = net.edges
        self.eid = e["edge_id"].to_numpy(np.int64)
        fr = e["from_node"].to_numpy(np.int64)
        to = e["to_node"].to_numpy(np.int64)
        length = np.maximum(e["length_m"].to_numpy(float), 0.01)
        n = len(e)
        order = np.argsort(fr, kind="stable")
        starts = np.searchsorted(fr[order], np.arange(net.n_nodes + 1))
        n_out = starts[to + 1] - starts[to]                 # turns available at the end of each edge
        a = np.repeat(np.arange(n), n_out)
        k = np.arange(len(a)) - np.repeat(np.cumsum(n_out) - n_out, n_out)
        b = order[starts[to[a]] + k]
        keep = a != b
        a, b = a[keep], b[keep]
        w = length[b] + np.where(self.eid[b] == (self.eid[a] ^ 1), uturn_m, 0.0)
        self.csr = sparse.csr_matrix((w, (a, b)), shape=(n, n))
        self.n = n
        self.gx = net.node_x[fr]
        self.gy = net.node_y[fr]
        self.length = length


def _line_graph(net: Network, uturn_m: float) -> _LineGraph:
    key = ("linegraph", float(uturn_m))
    if key not in net._cache:
        net._cache[key] = _LineGraph(net, uturn_m)
    return net._cache[key]


def _chunks_of(g: _LineGraph, src, p: MatchParams):
    """Unique sources in a spatial order, cut into chunks; (chunks, rank in chunk, chunk of node)."""
    src = np.unique(src)
    cell = 2000.0
    order = np.lexsort((np.floor(g.gx[src] / cell), np.floor(g.gy[src] / cell)))
    src = src[order]
    size = int(np.clip(4_000_000 // max(min(g.n, p.crop_nodes), 1), 16, p.chunk_sources))
    chunks = [src[i:i + size] for i in range(0, len(src), size)]
    rank = np.full(g.n, -1, dtype=np.int64)
    chunk_of = np.full(g.n, -1, dtype=np.int64)
    for c, ch in enumerate(chunks):                  # a loop over chunks (hundreds of sources each)
        rank[ch] = np.arange(len(ch))
        chunk_of[ch] = c
    return chunks, rank, chunk_of


def _chunk_graph(g: _LineGraph, chunk, limit, p: MatchParams):
    """(graph, local index of every node or -1, node of each local index); cropped on big networks."""
    if g.n <= p.crop_nodes:
        return g.csr, None, None
    xs, ys = g.gx[chunk], g.gy[chunk]
    inside = ((g.gx >= xs.min() - limit) & (g.gx <= xs.max() + limit)
              & (g.gy >= ys.min() - limit) & (g.gy <= ys.max() + limit))
    glob = np.flatnonzero(inside)
    local = np.full(g.n, -1, dtype=np.int64)
    local[glob] = np.arange(len(glob))
    return g.csr[glob][:, glob], local, glob


def _pair_distances(g: _LineGraph, src, dst, limit, p: MatchParams, step=None, lo=0.0, hi=1.0):
    """Shortest cost from line-graph node src[k] to dst[k] (includes dst's length), inf beyond limit[k]."""
    out = np.full(len(src), np.inf)
    if len(src) == 0:
        return out
    chunks, rank, chunk_of = _chunks_of(g, src, p)
    pc = chunk_of[src]
    order = np.argsort(pc, kind="stable")
    bounds = np.searchsorted(pc[order], np.arange(len(chunks) + 1))
    for c, ch in enumerate(chunks):
        sel = order[bounds[c]:bounds[c + 1]]
        lim = float(np.max(limit[sel]))
        mat, local, _ = _chunk_graph(g, ch, lim, p)
        if local is None:
            d = csgraph.dijkstra(mat, directed=True, indices=ch, limit=lim)
            out[sel] = d[rank[src[sel]], dst[sel]]
        else:
            d = csgraph.dijkstra(mat, directed=True, indices=local[ch], limit=lim)
            ld = local[dst[sel]]
            out[sel] = np.where(ld >= 0, d[rank[src[sel]], np.maximum(ld, 0)], np.inf)
        if step is not None:
            step(lo + (hi - lo) * (c + 1) / len(chunks))
    return np.where(out <= limit, out, np.inf)


def _pair_paths(g: _LineGraph, src, dst, limit, p: MatchParams):
    """Intermediate line-graph nodes of the shortest routes src[k] -> dst[k]: (flat nodes, owner k)."""
    if len(src) == 0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    chunks, rank, chunk_of = _chunks_of(g, src, p)
    pc = chunk_of[src]
    order = np.argsort(pc, kind="stable")
    bounds = np.searchsorted(pc[order], np.arange(len(chunks) + 1))
    all_nodes, all_owner, all_pos = [], [], []
    for c, ch in enumerate(chunks):
        sel = order[bounds[c]:bounds[c + 1]]
        lim = float(np.max(limit[sel])) + 1.0
        mat, local, glob = _chunk_graph(g, ch, lim, p)
        if local is None:
            _, pred = csgraph.dijkstra(mat, directed=True, indices=ch, limit=lim, return_predecessors=True)
            s_loc, d_loc = src[sel], dst[sel]
        else:
            _, pred = csgraph.dijkstra(mat, directed=True, indices=local[ch], limit=lim,
                                       return_predecessors=True)
            s_loc, d_loc = local[src[sel]], local[dst[sel]]
        r = rank[src[sel]]
        cur = d_loc.copy()
        cols = []
        active = (cur != s_loc) & (cur >= 0)
        while active.any():                      # one iteration per edge of the longest route
            cur = np.where(active, pred[r, np.maximum(cur, 0)], cur)
            active = active & (cur != s_loc) & (cur >= 0)
            cols.append(np.where(active, cur, -1))   # intermediate nodes only (not source, not target)
        if not cols:
            continue
        m = np.column_stack(cols)[:, ::-1]
        if glob is not None:
            m = np.where(m >= 0, glob[np.maximum(m, 0)], -1)
        rows, k = np.nonzero(m >= 0)
        all_nodes.append(m[rows, k])
        all_owner.append(sel[rows])
        all_pos.append(k)
    if not all_nodes:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    nodes = np.concatenate(all_nodes)
    owner = np.concatenate(all_owner)
    pos = np.concatenate(all_pos)
    o = np.lexsort((pos, owner))
    return nodes[o], owner[o]


# ----------------------------------------------------------------------------------------------
def _check_points(points: pd.DataFrame):
    if points is None or len(points) == 0:
        raise InputError(tr("There are no points to match."), field="points",
                         hint=tr("Give the points layer of the legs (with leg ids), or a legs layer with "
                                 "timed vertices."))
    for col in ("leg_id", "time", "lon", "lat"):
        if col not in points.columns:
            raise InputError(tr("The points have no '{col}' column.").format(col=col), field=col,
                             hint=tr("Use the points output of 'Segment trips' (it has leg ids)."))


def match_legs(net: Network, points: pd.DataFrame, legs: Optional[pd.DataFrame] = None,
               params: Optional[MatchParams] = None,
               progress: Optional[Callable[[float], None]] = None,
               is_cancelled: Optional[Callable[[], bool]] = None, allow_unmatched: bool = False) -> MatchResult:
    """Match the fixes of every leg to ``net`` and time each traversed segment.

    ``points``: leg_id, time, lon, lat (EPSG:4326) and optionally user_id, accuracy_m; rows with an
    empty leg id are ignored. ``legs`` (optional): only these leg_ids are matched, and their
    ``user_id`` / ``mode`` columns are carried to the traversals. Raises ``InputError`` when no leg
    comes near the network (wrong CRS or area), unless ``allow_unmatched`` (a part of a study, whose other
    parts may match: core/cluster). Every table comes out sorted by leg id (as text), so the parts of a
    study matched apart and put together in that order give the study's tables.
    """
    p = (params or MatchParams()).validated()
    step = Steps(progress, is_cancelled, tr("Map matching cancelled."))
    step(0.0)
    _check_points(points)
    fix, lon, lat = _prepare_fixes(net, p, points, legs)
    leg_all = fix["leg"]
    good = fix["good"]

    # batches of whole legs (bounded memory for the transition tensors)
    n_all = len(leg_all)
    bounds = [0]
    for s in _LegIndex(leg_all).start[1:]:           # a loop over legs (cheap), never over fixes
        if s - bounds[-1] >= p.batch_points:
            bounds.append(int(s))
    bounds.append(n_all)
    parts = []
    nb = len(bounds) - 1
    for b in range(nb):
        sl = slice(bounds[b], bounds[b + 1])
        sub = {k: v[sl] for k, v in fix.items()}
        lo, hi = b / nb, (b + 1) / nb
        parts.append(_match_batch(net, p, sub, lambda f, lo=lo, hi=hi: step(lo + (hi - lo) * f)))
    trav = pd.concat([q[0] for q in parts], ignore_index=True)
    points_out = pd.concat([q[1] for q in parts], ignore_index=True)
    legs_out = pd.concat([q[2] for q in parts], ignore_index=True)
    breaks = pd.concat([q[3] for q in parts], ignore_index=True)
    if legs is not None and len(legs):
        lg = legs.drop_duplicates("leg_id").set_index("leg_id")
        if "mode" in lg.columns:
            trav["mode"] = trav["leg_id"].map(lg["mode"])
        if "user_id" in lg.columns:
            m = trav["leg_id"].map(lg["user_id"].astype(str))
            trav["user_id"] = m.where(m.notna(), trav["user_id"])
            m = legs_out["leg_id"].map(lg["user_id"].astype(str))
            legs_out["user_id"] = m.where(m.notna(), legs_out["user_id"])
    # every table in leg order (as text), then chain and sequence, or time: the tables of parts of a study
    # matched apart, put together in that order, are the study's
    trav = sort_by_leg(trav, ["chain", "seq"])
    legs_out = sort_by_leg(legs_out, [])
    breaks = sort_by_leg(breaks, ["time"] if "time" in breaks.columns else [])
    um = (legs_out["status"] == "unmatched").to_numpy()
    unmatched = legs_out.loc[um, ["leg_id", "reason"]].reset_index(drop=True)
    legs_out = legs_out.drop(columns="reason")
    if um.all() and not allow_unmatched:
        raise no_leg_matched(len(legs_out), p.max_search_radius_m, not _extents_overlap(net, lon[good], lat[good]))
    warnings = match_warnings(int(um.sum()), len(legs_out), len(breaks))
    step(1.0)
    return MatchResult(traversals=trav, points=points_out, legs=legs_out, unmatched=unmatched, breaks=breaks,
                       warnings=warnings)


def sort_by_leg(frame: pd.DataFrame, then: List[str]) -> pd.DataFrame:
    """``frame`` sorted by leg id (as text), then by the columns ``then`` (stable)."""
    if len(frame) == 0:
        return frame.reset_index(drop=True)
    keys = [frame[c].to_numpy() for c in reversed(then)] + [frame["leg_id"].astype(str).to_numpy()]
    return frame.iloc[np.lexsort(keys)].reset_index(drop=True)


def no_leg_matched(n_legs: int, radius_m: float, far: bool) -> InputError:
    """The error of a study none of whose ``n_legs`` legs matched (``far``: the points and the network do not
    even cover the same area)."""
    return InputError(
        tr("None of the {n} legs passes near the road network (no road within {r:.0f} m of their points, or "
           "no drivable route between them).").format(n=n_legs, r=radius_m),
        field="network",
        hint=(tr("The points and the network do not even cover the same area: check the layers' CRS and "
                 "extent.") if far else
              tr("Check that the network layer has the right CRS and covers the legs, and that the legs "
                 "are of a road mode.")))


def match_warnings(n_unmatched: int, n_legs: int, n_breaks: int) -> List[str]:
    """The log lines of a matching: legs not matched, breaks in the paths."""
    warnings = []
    if n_unmatched:
        warnings.append(tr("{k} of {n} legs could not be matched to the network (see the unmatched list).").format(
            k=n_unmatched, n=n_legs))
    if n_breaks:
        warnings.append(tr("{k} breaks in the matched paths (gaps, outliers or missing roads); the legs were split "
                           "there.").format(k=n_breaks))
    return warnings


def _prepare_fixes(net: Network, p: MatchParams, points: pd.DataFrame, legs):
    """The fixes to match, sorted by leg and time, as arrays (projected x/y, time, leg, user, sigma, search
    radius, usable, index in ``points``), and their lon/lat."""
    pts = points
    leg_ids = pts["leg_id"]
    mask = leg_ids.notna() & (leg_ids.astype(str) != "")
    if legs is not None:
        mask &= leg_ids.isin(set(legs["leg_id"]))
    pts = pts.loc[mask]
    if len(pts) == 0:
        raise InputError(tr("No point belongs to a leg to match."), field="leg_id",
                         hint=tr("Check the mode filter and that the points carry the legs' ids."))
    point_index = pts.index.to_numpy()
    t_all = epoch_seconds(pts["time"])
    order = np.lexsort((t_all, pts["leg_id"].astype(str).to_numpy()))
    pts = pts.iloc[order]
    point_index = point_index[order]
    t_all = t_all[order]
    leg_all = pts["leg_id"].astype(str).to_numpy()
    user_all = (pts["user_id"].astype(str).to_numpy() if "user_id" in pts.columns
                else np.full(len(pts), "", dtype=object))
    lon = pts["lon"].to_numpy(float)
    lat = pts["lat"].to_numpy(float)
    good = np.isfinite(lon) & np.isfinite(lat) & np.isfinite(t_all)
    x = np.full(len(pts), np.nan)
    y = np.full(len(pts), np.nan)
    if good.any():
        x[good], y[good] = net.project(lon[good], lat[good])
    if "accuracy_m" in pts.columns and p.use_accuracy:
        acc = pts["accuracy_m"].to_numpy(float)
        sigma = np.where(np.isfinite(acc) & (acc > 0), np.clip(acc, p.sigma_min_m, p.sigma_max_m), p.sigma_m)
    else:
        sigma = np.full(len(pts), p.sigma_m)
    radius = np.clip(np.maximum(p.search_radius_m, 3.0 * sigma), 0.0, p.max_search_radius_m)
    fix = dict(x=x, y=y, t=t_all, leg=leg_all, user=user_all, sigma=sigma, radius=radius, good=good,
               point_index=point_index)
    return fix, lon, lat


def _group_rank(groups):
    """0, 1, 2... inside runs of equal values (groups contiguous)."""
    n = len(groups)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    start = np.r_[True, groups[1:] != groups[:-1]]
    first = np.maximum.accumulate(np.where(start, np.arange(n), 0))
    return np.arange(n) - first


def _match_batch(net: Network, p: MatchParams, fix: dict, step):
    """Match one batch of whole legs; returns (traversals, points, legs, breaks) tables."""
    x, y, t_all = fix["x"], fix["y"], fix["t"]
    cand = _fix_candidates(net, p, fix)
    legs = _LegIndex(fix["leg"])
    spike = (_spikes(x, y, legs.code, fix["good"], fix["sigma"], p)
             | _spike_speed(x, y, t_all, legs.code, fix["good"], p))
    usable = (cand.edge >= 0).any(axis=1) & ~spike
    step(0.1)
    kept = _thin(x, y, legs.code, usable, p.thin_factor * fix["sigma"])
    step(0.15)
    st = _States(kept, legs)
    kc = 2 * p.max_candidates
    E, OFF = cand.edge[st.ki], cand.off[st.ki]
    logE = np.where(E >= 0, -0.5 * (cand.dist[st.ki] / fix["sigma"][st.ki, None]) ** 2, -np.inf)
    ea = _EdgeArrays(net)
    lg = _line_graph(net, p.uturn_penalty_m)
    logT, trans_of = _transitions(p, fix, st, E, OFF, ea, lg, step)
    step(0.65)
    state, restart = _viterbi(logE, logT, trans_of, st, legs.n, kc)
    del logT
    step(0.8)
    ch = _Chains(cand, st, state, restart)
    path = _chain_paths(p, st, ch, ea, lg)
    step(0.9)
    tm = _timed_positions(p, fix, cand, legs, usable, st, ch, path)
    trav, o_leg, covered, keep_o = _traversal_table(p, fix, legs, ch, path, tm)
    points_out = _points_table(net, fix, cand, kept, spike, st, ch)
    legs_out, breaks = _leg_tables(p, fix, legs, usable, st, ch, o_leg, covered, keep_o)
    step(1.0)
    return trav, points_out, legs_out, breaks


# --- the phases of a batch ---------------------------------------------------------------------
@dataclass
class _Candidates:
    """Candidate slots of every fix (n fixes x 2 max_candidates): directed edge (-1: none), offset along
    it, distance from the fix, projected position."""
    edge: np.ndarray
    off: np.ndarray
    dist: np.ndarray
    cx: np.ndarray
    cy: np.ndarray


def _fix_candidates(net: Network, p: MatchParams, fix: dict) -> _Candidates:
    n_all = len(fix["x"])
    kc = 2 * p.max_candidates
    edge = np.full((n_all, kc), -1, dtype=np.int64)
    off = np.zeros(edge.shape)
    dist = np.full(edge.shape, np.inf)
    cx = np.zeros(edge.shape)
    cy = np.zeros(edge.shape)
    gi = np.flatnonzero(fix["good"])
    if len(gi):
        edge[gi], off[gi], dist[gi], cx[gi], cy[gi] = _candidates(net, fix["x"][gi], fix["y"][gi],
                                                                  fix["radius"][gi], p)
    return _Candidates(edge, off, dist, cx, cy)


class _LegIndex:
    """The legs of a batch (fixes sorted by leg): first fix, name and code of each."""

    def __init__(self, leg_all):
        n_all = len(leg_all)
        self.start = np.flatnonzero(np.r_[True, leg_all[1:] != leg_all[:-1]])
        self.n = len(self.start)
        self.names = leg_all[self.start]
        self.code = np.repeat(np.arange(self.n), np.diff(np.r_[self.start, n_all]))


class _States:
    """HMM states = kept fixes, grouped by leg, legs by decreasing number of states (so that the legs
    still active at step t are a prefix)."""

    def __init__(self, kept, legs: _LegIndex):
        ki = np.flatnonzero(kept)
        self.n_per_leg = np.bincount(legs.code[ki], minlength=legs.n)
        leg_rank = np.argsort(-self.n_per_leg, kind="stable")
        pos_in_rank = np.empty_like(leg_rank)
        pos_in_rank[leg_rank] = np.arange(legs.n)
        self.ki = ki[np.lexsort((ki, pos_in_rank[legs.code[ki]]))]
        self.leg = legs.code[self.ki]
        self.ns_sorted = self.n_per_leg[leg_rank]
        self.start = np.r_[0, np.cumsum(self.ns_sorted)[:-1]].astype(np.int64)
        self.n = len(self.ki)


class _EdgeArrays:
    """Per directed edge id: length, from and to node, row in ``net.edges``."""

    def __init__(self, net: Network):
        self.length = np.repeat(net.segments["length_m"].to_numpy(float), 2)
        self.from_node = np.full(2 * net.n_segments, -1, dtype=np.int64)
        self.to_node = np.full(2 * net.n_segments, -1, dtype=np.int64)
        self.from_node[net.edges["edge_id"].to_numpy()] = net.edges["from_node"].to_numpy()
        self.to_node[net.edges["edge_id"].to_numpy()] = net.edges["to_node"].to_numpy()
        self.pos = net.edge_index()


def _transitions(p: MatchParams, fix, st: _States, E, OFF, ea: _EdgeArrays, lg, step):
    """Log transition scores of state s -> s+1 inside the same leg, every candidate pair at once:
    ``(logT (n transitions x kc x kc, float32), index of the transition leaving each state or -1)``."""
    x, y, t_all, ki = fix["x"], fix["y"], fix["t"], st.ki
    elen = ea.length
    ti = np.flatnonzero(np.r_[st.leg[1:] == st.leg[:-1], False]) if st.n else np.zeros(0, dtype=np.int64)
    gc = np.hypot(x[ki[ti + 1]] - x[ki[ti]], y[ki[ti + 1]] - y[ki[ti]])
    dt = t_all[ki[ti + 1]] - t_all[ki[ti]]
    max_route = np.minimum(np.maximum(gc + p.route_slack_m, gc * (1.0 + p.route_factor)), p.max_route_m)
    max_route = np.minimum(max_route, np.maximum(dt, 1.0) * p.max_speed_kmh / 3.6 + p.route_slack_m)
    ea_ = E[ti][:, :, None]
    eb = E[ti + 1][:, None, :]
    oa = OFF[ti][:, :, None]
    ob = OFF[ti + 1][:, None, :]
    valid = (ea_ >= 0) & (eb >= 0)
    same = valid & (ea_ == eb) & (ob >= oa - p.same_edge_backtrack_m)
    tt, ii, jj = np.nonzero(valid & ~same)
    del ea_, eb
    e_a = E[ti[tt], ii]
    e_b = E[ti[tt] + 1, jj]
    rest_a = elen[e_a] - OFF[ti[tt], ii]
    off_b = OFF[ti[tt] + 1, jj]
    lim = max_route[tt] - rest_a - off_b + elen[e_b]
    possible = (lim >= 0) & (e_a != e_b)             # the same edge far behind would need a loop: no
    dline = np.full(len(tt), np.inf)
    dline[possible] = _pair_distances(lg, ea.pos[e_a[possible]], ea.pos[e_b[possible]], lim[possible], p,
                                      step, 0.15, 0.6)
    route = np.where(same, np.maximum(ob - oa, 0.0), np.inf)
    route[tt, ii, jj] = rest_a + (dline - elen[e_b]) + off_b
    ok = valid & (route <= max_route[:, None, None]) & (dt[:, None, None] <= p.max_gap_s)
    logT = np.where(ok, -np.abs(gc[:, None, None] - route) / p.beta_m, -np.inf).astype(np.float32)
    trans_of = np.full(st.n, -1, dtype=np.int64)
    trans_of[ti] = np.arange(len(ti))
    return logT, trans_of


def _viterbi(logE, logT, trans_of, st: _States, n_legs, kc):
    """Viterbi over all legs at once, one step at a time; a step with no possible transition restarts
    the leg there (a break). Returns (chosen candidate slot of each state, restart flags)."""
    n_st = st.n
    score = np.full((n_st, kc), -np.inf)
    bp = np.zeros((n_st, kc), dtype=np.int16)
    restart = np.zeros(n_st, dtype=bool)
    max_len = int(st.ns_sorted.max()) if n_legs else 0
    n_active = np.searchsorted(-st.ns_sorted, -np.arange(max_len), side="left")
    for t in range(max_len):
        a = int(n_active[t])
        idx = st.start[:a] + t
        if t == 0:
            score[idx] = logE[idx]
            restart[idx] = True
            continue
        prev = idx - 1
        cand = score[prev][:, :, None] + logT[trans_of[prev]]
        best = np.argmax(cand, axis=1)
        new = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0, :] + logE[idx]
        dead = ~np.isfinite(new).any(axis=1)
        new[dead] = logE[idx[dead]]
        restart[idx[dead]] = True
        score[idx] = new
        bp[idx] = best
    state = np.zeros(n_st, dtype=np.int64)
    cur = np.zeros(n_legs, dtype=np.int64)
    for t in range(max_len - 1, -1, -1):
        a = int(n_active[t])
        idx = st.start[:a] + t
        nxt = np.minimum(idx + 1, max(n_st - 1, 0))
        is_end = (t == st.ns_sorted[:a] - 1) | restart[nxt]
        cur[:a] = np.where(is_end, np.argmax(score[idx], axis=1), bp[nxt, cur[:a]])
        state[idx] = cur[:a]
    return state, restart


class _Chains:
    """The matched states (edge, offset, distance, position of the chosen candidate) and the chains they
    form: a leg restarts a chain at each break."""

    def __init__(self, cand: _Candidates, st: _States, state, restart):
        self.restart = restart
        self.chain = np.cumsum(restart) - 1
        rows = np.arange(st.n)
        self.edge = cand.edge[st.ki][rows, state]
        self.off = cand.off[st.ki][rows, state]
        self.dist = cand.dist[st.ki, state]
        self.cx = cand.cx[st.ki, state]
        self.cy = cand.cy[st.ki, state]
        self.n = int(self.chain[-1]) + 1 if st.n else 0
        self.length = np.bincount(self.chain, minlength=self.n)
        self.first_state = np.flatnonzero(restart)
        self.leg = st.leg[self.first_state]
        self.in_leg = _group_rank(self.leg)


@dataclass
class _Path:
    """The path of every chain as pieces in order: chain, directed edge, length, start along the chain;
    and the along-chain position of every state."""
    chain: np.ndarray
    edge: np.ndarray
    length: np.ndarray
    occ_start: np.ndarray
    occ_of_state: np.ndarray
    state_pos: np.ndarray


def _chain_paths(p: MatchParams, st: _States, ch: _Chains, ea: _EdgeArrays, lg) -> _Path:
    """Path of each chain: its first edge, then for each move the route edges and the next edge."""
    chain, s_edge, s_off, cs = ch.chain, ch.edge, ch.off, ch.first_state
    rows = np.arange(st.n)
    tr_i = np.flatnonzero(np.r_[chain[1:] == chain[:-1], False]) if st.n else np.zeros(0, dtype=np.int64)
    stay = (s_edge[tr_i] == s_edge[tr_i + 1]) & (s_off[tr_i + 1] >= s_off[tr_i] - p.same_edge_backtrack_m)
    mv = tr_i[~stay]
    need = ea.to_node[s_edge[mv]] != ea.from_node[s_edge[mv + 1]]
    mvr = mv[need]
    r_nodes, r_owner = _pair_paths(lg, ea.pos[s_edge[mvr]], ea.pos[s_edge[mvr + 1]],
                                   np.full(len(mvr), p.max_route_m + 2 * p.uturn_penalty_m), p)
    r_edges = lg.eid[r_nodes]
    # order key: a state's own piece at s, the route after s at s + 0.5 (in route order)
    okey = np.concatenate([cs.astype(float), mvr[r_owner] + 0.5, (mv + 1).astype(float)])
    sub = np.concatenate([np.zeros(len(cs)), np.arange(len(r_owner), dtype=float), np.zeros(len(mv))])
    pe = np.concatenate([s_edge[cs], r_edges, s_edge[mv + 1]]).astype(np.int64)
    o = np.lexsort((sub, okey))
    okey, pe = okey[o], pe[o]
    p_chain = chain[np.floor(okey).astype(np.int64)] if len(okey) else np.zeros(0, dtype=np.int64)
    p_len = ea.length[pe]
    occ_start = group_cumsum(p_len, p_chain) - p_len     # restarts at each chain: see group_cumsum
    occ_of_state = np.searchsorted(okey, rows + 0.25, side="right") - 1
    s_pos = occ_start[occ_of_state] + s_off if st.n else np.zeros(0)
    return _Path(p_chain, pe, p_len, occ_start, occ_of_state, s_pos)


@dataclass
class _Timing:
    """Timed along-chain positions of the usable fixes, sorted by (chain, time), and each chain's first
    and last position."""
    chain: np.ndarray
    t: np.ndarray
    pos: np.ndarray
    first_pos: np.ndarray
    last_pos: np.ndarray

    def time_at(self, chain, pos):
        return _time_at(self.chain, self.pos, self.t, chain, pos)


def _timed_positions(p: MatchParams, fix, cand: _Candidates, legs: _LegIndex, usable, st: _States,
                     ch: _Chains, path: _Path) -> _Timing:
    """Every usable fix placed along its chain's path. A thinned fix is projected on the path between the
    kept fixes around it (on the edge of either), clipped between their positions; positions are then
    made monotone with a backward running minimum, so that jitter during a stop never crosses a segment
    end early (the wait stays before the junction, where queues are)."""
    n_all, n_st = len(fix["x"]), st.n
    fix_state = np.full(n_all, -1, dtype=np.int64)
    fix_state[st.ki] = np.arange(n_st)
    ui = np.flatnonzero(usable)
    last = np.maximum.accumulate(np.where(fix_state[ui] >= 0, np.arange(len(ui)), -1)) if len(ui) else \
        np.zeros(0, dtype=np.int64)
    okf = last >= 0
    ref = np.full(len(ui), -1, dtype=np.int64)
    ref[okf] = fix_state[ui[last[okf]]]
    okf[okf] &= legs.code[ui[okf]] == st.leg[ref[okf]]
    f_fix = ui[okf]
    f_state = ref[okf]
    f_pos = path.state_pos[f_state].copy() if n_st else np.zeros(0)
    thin = fix_state[f_fix] < 0
    if thin.any():
        f_pos[thin] = _thinned_positions(cand, f_fix[thin], f_state[thin], n_st, ch, path)
    f_chain = ch.chain[f_state]
    f_t = fix["t"][f_fix]
    fo = np.lexsort((f_t, f_chain))
    f_chain, f_t, f_pos = f_chain[fo], f_t[fo], f_pos[fo]
    f_pos = _run_cummin_backward(f_pos, f_chain)
    if len(f_pos) and p.smooth_s > 0:
        f_pos = _run_cummin_backward(_smooth(f_pos, f_t, f_chain, p.smooth_s, p.stop_speed_mps), f_chain)
    first_pos = np.full(ch.n, np.nan)
    last_pos = np.full(ch.n, np.nan)
    if len(f_chain):
        cstart = np.r_[True, f_chain[1:] != f_chain[:-1]]
        cend = np.r_[f_chain[1:] != f_chain[:-1], True]
        first_pos[f_chain[cstart]] = f_pos[cstart]
        last_pos[f_chain[cend]] = f_pos[cend]
    return _Timing(f_chain, f_t, f_pos, first_pos, last_pos)


def _thinned_positions(cand: _Candidates, fixes, fs, n_st, ch: _Chains, path: _Path):
    """Positions of thinned fixes: on the edge of the state before or after them (the nearer candidate),
    clipped between those states' positions."""
    s_pos = path.state_pos
    nx = np.minimum(fs + 1, n_st - 1)
    nx = np.where(ch.chain[nx] == ch.chain[fs], nx, fs)
    ce_, co_ = cand.edge[fixes], cand.off[fixes]
    cd_ = cand.dist[fixes]
    best_pos = np.full(len(fs), np.nan)
    best_d = np.full(len(fs), np.inf)
    for s in (fs, nx):                          # two options: the edge before, the edge after
        hit = ce_ == ch.edge[s][:, None]
        d_opt = np.where(hit, cd_, np.inf).min(axis=1)
        slot = np.argmin(np.where(hit, cd_, np.inf), axis=1)
        pos_opt = path.occ_start[path.occ_of_state[s]] + co_[np.arange(len(fs)), slot]
        better = d_opt < best_d
        best_pos = np.where(better, pos_opt, best_pos)
        best_d = np.where(better, d_opt, best_d)
    lo_, hi_ = s_pos[fs], np.maximum(s_pos[nx], s_pos[fs])
    return np.where(np.isfinite(best_d), np.clip(best_pos, lo_, hi_), lo_)


def _traversal_table(p: MatchParams, fix, legs: _LegIndex, ch: _Chains, path: _Path, tm: _Timing):
    """Traversals: every path occurrence of chains with at least two states, timed at its ends.
    Returns (table, leg code, covered metres, kept mask) of the occurrences."""
    sel = ch.length[path.chain] >= 2
    o_chain, o_edge, o_start, o_len = path.chain[sel], path.edge[sel], path.occ_start[sel], path.length[sel]
    a_pos = np.maximum(o_start, tm.first_pos[o_chain])
    b_pos = np.minimum(o_start + o_len, tm.last_pos[o_chain])
    covered = np.maximum(b_pos - a_pos, 0.0)
    t_in = tm.time_at(o_chain, a_pos)
    t_out = tm.time_at(o_chain, b_pos)
    # a chain ends at its last fix: the partial last traversal lasts until then
    chain_tmax = np.full(ch.n, np.nan)
    if len(tm.chain):
        cend = np.r_[tm.chain[1:] != tm.chain[:-1], True]
        chain_tmax[tm.chain[cend]] = tm.t[cend]
    t_out = np.where(b_pos >= tm.last_pos[o_chain] - 1e-6, chain_tmax[o_chain], t_out)
    short = (covered > 0) & (covered < p.pace_window_m)
    if short.any():
        t_in[short], t_out[short] = _window_pace_times(p, tm, o_chain[short], a_pos[short], b_pos[short],
                                                       covered[short], t_in[short], t_out[short])
    fraction = np.clip(covered / np.maximum(o_len, 1e-9), 0.0, 1.0)
    is_first = np.r_[True, o_chain[1:] != o_chain[:-1]] if len(o_chain) else np.zeros(0, dtype=bool)
    is_last = np.r_[o_chain[1:] != o_chain[:-1], True] if len(o_chain) else np.zeros(0, dtype=bool)
    partial = (is_first | is_last) & (fraction < p.partial_tolerance)
    o_leg = ch.leg[o_chain]
    trav = pd.DataFrame({
        "leg_id": legs.names[o_leg],
        "user_id": fix["user"][legs.start[o_leg]],
        "chain": ch.in_leg[o_chain].astype(np.int64),
        "seq": np.zeros(len(o_chain), dtype=np.int64),
        "edge_id": o_edge,
        "segment_id": o_edge // 2,
        "direction": np.where(o_edge % 2 == 0, 1, -1).astype(np.int8),
        "entry_time": pd.to_datetime(t_in, unit="s", utc=True),
        "exit_time": pd.to_datetime(t_out, unit="s", utc=True),
        "tt_s": t_out - t_in,
        "length_m": o_len,
        "covered_m": covered,
        "fraction": fraction,
        "partial": partial,
    })
    keep_o = covered > 1e-6
    trav = trav[keep_o].reset_index(drop=True)
    trav["seq"] = _group_rank(o_chain[keep_o]).astype(np.int64)
    return trav, o_leg, covered, keep_o


def _window_pace_times(p: MatchParams, tm: _Timing, ch, a_pos, b_pos, covered, t_in, t_out):
    """Entry and exit times of short segments (junction pieces): the pace over a window of pace_window_m
    around the segment; fixes near a junction all project close to its node, so the time-position curve
    has a plateau there and a short segment next to it would be crossed in an apparent jump."""
    lo_c = tm.first_pos[ch]
    hi_c = tm.last_pos[ch]
    mid = 0.5 * (a_pos + b_pos)
    half = 0.5 * np.minimum(p.pace_window_m, hi_c - lo_c)
    w0 = np.clip(mid - half, lo_c, hi_c - 2 * half)
    w1 = w0 + 2 * half
    tw0 = tm.time_at(ch, w0)
    tw1 = tm.time_at(ch, w1)
    tmid = tm.time_at(ch, mid)
    ok_w = (w1 - w0) > covered
    pace = np.where(ok_w, (tw1 - tw0) / np.maximum(w1 - w0, 1e-9), np.nan)
    tt_s = pace * covered
    return np.where(ok_w, tmid - tt_s / 2, t_in), np.where(ok_w, tmid + tt_s / 2, t_out)


def _points_table(net: Network, fix, cand: _Candidates, kept, spike, st: _States, ch: _Chains):
    """Every fix with its state, matched edge and position (-1 / NaN when not a state)."""
    n_all = len(fix["x"])
    mlon = np.full(n_all, np.nan)
    mlat = np.full(n_all, np.nan)
    pe_fix = np.full(n_all, -1, dtype=np.int64)
    po_fix = np.full(n_all, np.nan)
    pd_fix = np.full(n_all, np.nan)
    pc_fix = np.full(n_all, -1, dtype=np.int64)
    if st.n:
        mlon[st.ki], mlat[st.ki] = net.unproject(ch.cx, ch.cy)
        pe_fix[st.ki], po_fix[st.ki], pd_fix[st.ki] = ch.edge, ch.off, ch.dist
        pc_fix[st.ki] = ch.in_leg[ch.chain]
    return pd.DataFrame({
        "point_index": fix["point_index"], "leg_id": fix["leg"], "kept": kept, "chain": pc_fix,
        "edge_id": pe_fix, "segment_id": np.where(pe_fix >= 0, pe_fix // 2, -1), "offset_m": po_fix,
        "distance_m": pd_fix, "matched_lon": mlon, "matched_lat": mlat, "outlier": spike,
    })


def _leg_tables(p: MatchParams, fix, legs: _LegIndex, usable, st: _States, ch: _Chains, o_leg, covered, keep_o):
    """Summary per leg (status, reason when unmatched) and the breaks between chains."""
    n_legs = legs.n
    n_pts_leg = np.bincount(legs.code, minlength=n_legs)
    n_usable_leg = np.bincount(legs.code[usable], minlength=n_legs)
    good_chain = ch.length >= 2
    n_chain_leg = np.bincount(ch.leg[good_chain], minlength=n_legs)
    matched_m = np.bincount(o_leg[keep_o], weights=covered[keep_o], minlength=n_legs)
    n_breaks = np.maximum(np.bincount(st.leg[ch.restart], minlength=n_legs) - 1, 0)
    status = np.where(n_chain_leg == 0, "unmatched",
                      np.where((n_breaks > 0) | (n_usable_leg < 0.8 * n_pts_leg), "partly matched", "matched"))
    reason = np.where(n_usable_leg == 0,
                      tr("no road of the network within {r:.0f} m of its points").format(r=p.max_search_radius_m),
                      np.where(st.n_per_leg < 2, tr("too few points near the network"),
                               tr("no drivable route between its points on the network")))
    legs_out = pd.DataFrame({
        "leg_id": legs.names, "user_id": fix["user"][legs.start], "n_points": n_pts_leg,
        "n_states": st.n_per_leg, "n_chains": n_chain_leg, "n_breaks": n_breaks.astype(np.int64),
        "matched_m": matched_m, "status": status, "reason": np.where(status == "unmatched", reason, ""),
    })
    br = ch.restart & np.r_[False, st.leg[1:] == st.leg[:-1]] if st.n else ch.restart
    breaks = pd.DataFrame({
        "leg_id": legs.names[st.leg[br]],
        "time": pd.to_datetime(fix["t"][st.ki[br]], unit="s", utc=True),
        "reason": tr("no possible route from the previous point (gap, outlier or missing road)"),
    })
    return legs_out, breaks


def _extents_overlap(net: Network, lon, lat) -> bool:
    if len(lon) == 0:
        return False
    pad = 0.01
    return not (lon.max() < net.vlon.min() - pad or lon.min() > net.vlon.max() + pad
                or lat.max() < net.vlat.min() - pad or lat.min() > net.vlat.max() + pad)


def _smooth(pos, t, groups, half_window_s, stop_speed):
    """Moving mean of the along-path positions over +-half_window_s seconds (sorted by group, time).

    Along-track GPS noise between dense fixes makes the time-position curve jumpy, and a short segment
    crossed in a jump gets a skewed, too short median time; the mean removes the jumps. The window
    never mixes a stop (advancing slower than ``stop_speed`` over the window) with moving fixes, so a
    wait at a red light stays before the junction; it is symmetric and shrinks at the ends of a chain
    or of a stop, which therefore stay where they are. Every search and sum stays within a chain (times
    relative to the chain's first fix): a chain's result does not depend on the other chains of the call.
    """
    n = len(pos)
    idx = np.arange(n)
    g_start = np.r_[True, groups[1:] != groups[:-1]]
    t0 = t - t[np.maximum.accumulate(np.where(g_start, idx, 0))]
    lo = _group_searchsorted(groups, t0, groups, t0 - half_window_s, "left")
    hi = _group_searchsorted(groups, t0, groups, t0 + half_window_s, "right") - 1
    span = t0[hi] - t0[lo]
    stopped = (span > 0) & (pos[hi] - pos[lo] < stop_speed * span)
    start = g_start | np.r_[False, stopped[1:] != stopped[:-1]]
    code = np.cumsum(start)
    first = np.maximum.accumulate(np.where(start, idx, 0))
    end = np.r_[start[1:], True]
    last = np.minimum.accumulate(np.where(end, idx, n)[::-1])[::-1]
    hw = np.minimum(half_window_s, np.minimum(t0 - t0[first], t0[last] - t0))
    lo = _group_searchsorted(code, t0, code, t0 - hw - 1e-9, "left")
    hi = _group_searchsorted(code, t0, code, t0 + hw + 1e-9, "right")
    x = pos - pos[first]                       # small numbers, each run of its own
    inclusive = group_cumsum(x, code)
    exclusive = inclusive - x
    return (inclusive[hi - 1] - exclusive[lo]) / np.maximum(hi - lo, 1) + pos[first]


def _run_cummin_backward(values, groups):
    """Minimum of ``values[i:]`` within each run of equal ``groups`` (groups contiguous); exact."""
    if len(values) == 0:
        return values
    rev = pd.Series(np.asarray(values, dtype=float)[::-1])
    return rev.groupby(np.asarray(groups)[::-1]).cummin().to_numpy()[::-1].copy()


def _time_at(f_chain, f_pos, f_t, q_chain, q_pos):
    """Time when the along-chain position ``q_pos`` of chain ``q_chain`` is first reached (linear between the
    timed positions ``f_*``, sorted by chain then position)."""
    if len(q_pos) == 0:
        return np.zeros(0)
    i = _group_searchsorted(f_chain, f_pos, q_chain, q_pos - 1e-6, "left")
    i = np.clip(i, 0, len(f_pos) - 1)
    j = np.clip(i - 1, 0, len(f_pos) - 1)
    same_chain_j = f_chain[j] == q_chain
    same_chain_i = f_chain[i] == q_chain
    k0, k1 = f_pos[j], f_pos[i]
    t0, t1 = f_t[j], f_t[i]
    w = np.where(same_chain_j & (k1 > k0), (q_pos - k0) / np.where(k1 > k0, k1 - k0, 1.0), 1.0)
    t = t0 + np.clip(w, 0.0, 1.0) * (t1 - t0)
    t = np.where(~same_chain_j | (i == 0), t1, t)          # before the first fix of the chain
    t = np.where(~same_chain_i, t0, t)                     # after the last fix of the chain
    return t


def _spikes(x, y, leg_code, good, sigma, p: MatchParams):
    """Isolated outliers (urban canyon): a fix far off the line between its two neighbours, reached by a
    detour at least ``spike_ratio`` times longer than the direct step between them."""
    n = len(x)
    out = np.zeros(n, dtype=bool)
    idx = np.flatnonzero(good)
    if len(idx) < 3:
        return out
    lc = leg_code[idx]
    a, b, c = idx[:-2], idx[1:-1], idx[2:]
    inner = (lc[:-2] == lc[1:-1]) & (lc[1:-1] == lc[2:])
    d1 = np.hypot(x[b] - x[a], y[b] - y[a])
    d2 = np.hypot(x[c] - x[b], y[c] - y[b])
    d13 = np.hypot(x[c] - x[a], y[c] - y[a])
    # distance from b to the segment a-c
    ux, uy = x[c] - x[a], y[c] - y[a]
    t = np.clip(((x[b] - x[a]) * ux + (y[b] - y[a]) * uy) / np.maximum(ux * ux + uy * uy, 1e-9), 0.0, 1.0)
    h = np.hypot(x[a] + t * ux - x[b], y[a] + t * uy - y[b])
    thr = np.maximum(p.spike_min_m, 3.0 * sigma[b])
    flag = inner & (h > thr) & (d1 + d2 > p.spike_ratio * np.maximum(d13, 1.0))
    out[b[flag]] = True
    return out


def _spike_speed(x, y, t, leg_code, good, p: MatchParams):
    """Fixes reached from their previous fix and left to their next one faster than ``max_speed_kmh``
    (either one at the first or last fix of a leg): jumps, whatever the sampling."""
    n = len(x)
    out = np.zeros(n, dtype=bool)
    idx = np.flatnonzero(good)
    if len(idx) < 2:
        return out
    lc = leg_code[idx]
    same = lc[1:] == lc[:-1]
    d = np.hypot(np.diff(x[idx]), np.diff(y[idx]))
    dt = np.maximum(np.diff(t[idx]), 1.0)
    fast = same & (d > p.spike_min_m) & (d / dt > p.max_speed_kmh / 3.6)
    before = np.r_[False, fast]           # the step into fix k is too fast
    after = np.r_[fast, False]            # the step out of fix k is too fast
    first = np.r_[True, ~same]
    last = np.r_[~same, True]
    flag = (before & after) | (first & after) | (last & before)
    out[idx[flag]] = True
    return out


def _thin(x, y, leg_code, usable, thr):
    """N&K thinning: keep a fix when it lies farther than ``thr`` from the last kept fix of its leg.

    The rule is sequential inside a leg; the loop runs over the step index with all legs advancing
    together (vectorised across legs), not over fixes.
    """
    n = len(x)
    kept = np.zeros(n, dtype=bool)
    idx = np.flatnonzero(usable)
    if len(idx) == 0:
        return kept
    lc = leg_code[idx]
    starts = np.flatnonzero(np.r_[True, lc[1:] != lc[:-1]])
    lens = np.diff(np.r_[starts, len(idx)])
    order = np.argsort(-lens, kind="stable")
    starts, lens = starts[order], lens[order]
    lx = np.zeros(len(starts))
    ly = np.zeros(len(starts))
    last_pos = np.zeros(len(starts), dtype=np.int64)
    for t in range(int(lens.max())):
        a = int(np.searchsorted(-lens, -t, side="left"))   # legs with more than t fixes (a prefix)
        fi = idx[starts[:a] + t]
        if t == 0:
            keep = np.ones(a, dtype=bool)
        else:
            keep = np.hypot(x[fi] - lx[:a], y[fi] - ly[:a]) > thr[fi]
        kept[fi[keep]] = True
        lx[:a] = np.where(keep, x[fi], lx[:a])
        ly[:a] = np.where(keep, y[fi], ly[:a])
        last_pos[:a] = np.where(keep, t, last_pos[:a])
    # the last fix of each leg is always a state (it fixes the end of the path)
    kept[idx[starts + lens - 1]] = True
    return kept
