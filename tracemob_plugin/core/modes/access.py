"""The walk to a stop, the wait there and the walk from the alighting stop, cut out of public-transport legs.

Segmentation often leaves the walk to the stop, the wait at it and the walk away from the alighting stop inside the
ride: the phone's motion does not change enough at boarding to end a leg. With a transit network (stops, from a
stops layer or a GTFS feed), :func:`split_access` cuts each leg read as bus, tram, metro or train on its raw track:

1. the vehicle's first and last motion: the first vertex from which the track covers ``VEHICLE_MPS`` x ``WINDOW_S``
   metres within the next ``WINDOW_S`` seconds (faster than anyone walks), the last one that covered as much in the
   ``WINDOW_S`` seconds before it;
2. boarding: the first motion must start within ``STOP_RADIUS_M`` of a stop. The still point is the median position of
   the track within that radius before the motion; the rider *arrived* at the first vertex within ``STILL_M`` of
   it and *boarded* at the last one (before leaving the stop's radius). Before the arrival the rider walked (an
   ``_a`` leg, ``walk``), from the arrival to the boarding the rider waited (a ``_w`` leg, ``wait``) when it lasted
   ``MIN_WAIT_S`` or more (a shorter wait stays in the walk);
3. alighting: the last motion must end within ``STOP_RADIUS_M`` of a stop; what follows is a walk (an ``_e`` leg).

A piece before the boarding or after the alighting is cut off only when it is walked (85th percentile of its speeds
over ``WINDOW_S`` before the boarding, ``WALK_WINDOW_S`` after the alighting, at most ``WALK_MPS``) and lasts
``MIN_PIECE_S`` or more; otherwise the leg keeps it. The ride keeps the leg's id; the pieces' ids are
``<leg_id>_a``, ``<leg_id>_w``, ``<leg_id>_e``; ``split_from`` names the leg cut (on the ride too).
The leg's distance is shared between the walks and the ride in proportion of their track lengths (along one fix per
``LENGTH_BIN_S``); a wait has no distance (no travel).

4. a walk leg ending still at a stop (``tail_waits``) right before a public-transport leg (``NEXT_S``) ends with a
   wait leg: segmentation ends a leg about a minute into a wait, the rest of the wait being a stay.

Vectorised over all legs.
"""
import numpy as np
import pandas as pd

from ..geometry import haversine_m
from ..trips.arrays import group_cumsum, group_searchsorted
from ..vocab.modes import PUBLIC_TRANSPORT
from ..vocab.times import epoch_seconds
from .transit import project

WINDOW_S = 30.0        # the window of the vehicle-motion test ...
VEHICLE_MPS = 3.0      # ... covered faster than this (10.8 km/h: more than a brisk walk)
STOP_RADIUS_M = 50.0   # boarding / alighting within this of a stop
STILL_M = 20.0         # the rider is at the waiting spot this close to its median position
MIN_WAIT_S = 60.0      # a shorter wait stays in the walk to the stop
MIN_PIECE_S = 30.0     # a shorter walk or wait stays in the ride
FALLBACK_EGRESS_S = 60.0  # ... and a shorter walk when the ride's last motion was in it (_walked_from_a_stop): the
#                           dwell at the alighting stop would be most of it, and a dwell is a bus's mark
WALK_MPS = 2.5         # a piece cut off is walked: the WALK_Q quantile of its speeds over a window at most this
WALK_Q = 0.85
WALK_WINDOW_S = 90.0   # (the window of the walk test after the alighting: a phone's noise shrinks over a longer one;
#                        chosen with OUTLIER_M, OUTLIER_BACK and FALLBACK_EGRESS_S by bench_transit.py --access-cv)
OUTLIER_M = 100.0      # a fix this far from both its neighbours ...
OUTLIER_BACK = 0.5     # ... which lie within this share of that distance of each other is one wrong fix
LENGTH_BIN_S = 20.0    # the parts' track lengths (their shares of the leg's distance) along one fix per this
STILL_MPS = 0.7        # a walk leg ends with a wait when it ends near a stop this slow (median over WINDOW_S) for
#                        MIN_PIECE_S or more ...
NEXT_S = 1800.0        # ... and the participant's next leg, starting within this of its end, is public transport
#: suffixes of the ids of the pieces (the ride keeps the leg's id)
ACCESS, WAIT, EGRESS = "_a", "_w", "_e"
#: column of the legs out of :func:`split_access`: the id of the leg a piece was cut from (the ride's own id on the
#: ride), None on the legs not cut; the caller cuts their geometries from it (:func:`piece_vertices`)
SPLIT_FROM = "split_from"


def project_stops(stops: pd.DataFrame):
    """``(xy, lat0)``: the stops' positions in metres, projected around their mean latitude ``lat0`` as
    :func:`boundaries` (and :class:`.transit.TransitNetwork`) project the tracks."""
    lat = pd.to_numeric(stops["lat"], errors="coerce").to_numpy(float)
    lat0 = float(np.nanmean(lat))
    return project(pd.to_numeric(stops["lon"], errors="coerce").to_numpy(float), lat, lat0), lat0


def _first_per_leg(code, mask, n, last=False):
    """Index of the first (``last``: last) vertex of each leg where ``mask`` holds, -1 where none."""
    idx = np.flatnonzero(mask)
    out = np.full(n, -1, dtype=np.int64)
    if len(idx):
        if last:
            idx = idx[::-1]
        c = code[idx]
        _, first = np.unique(c, return_index=True)
        out[c[first]] = idx[first]
    return out


def boundaries(vertices: pd.DataFrame, legs: pd.Index, stops: pd.DataFrame) -> pd.DataFrame:
    """Per leg of ``legs`` (ids of ``vertices.leg_id``): ``t_start, t_arrive, t_board, t_alight, t_end`` (epoch s;
    ``t_arrive`` = ``t_board`` when no wait, ``t_board`` = ``t_start`` when nothing is cut at the start, ``t_alight``
    = ``t_end`` when nothing at the end), the positions of the boarding and alighting fixes ``x_board, y_board,
    x_alight, y_alight`` (metres, projected around the stops' mean latitude as :class:`.transit.TransitNetwork` does)
    and of each part (access, wait, ride, egress): its track length ``m_<part>``,
    the offset of its first vertex in the leg's track ``o_<part>``, its number of vertices ``n_<part>`` and its step
    speeds ``vmedian_<part>``, ``vp85_<part>``, ``vmax_<part>``."""
    tr = _tracks(vertices, legs, stops) if len(stops) else None
    if tr is None:
        return pd.DataFrame(columns=["t_start", "t_arrive", "t_board", "t_alight", "t_end"], dtype=float)
    ids, code, xy, t, idx, first, last, key, step_v, cum, win_v, lat0 = tr
    n = len(ids)
    fwd = np.minimum(_shifted(code, key, WINDOW_S, "left"), last[code])
    bwd = np.maximum(_shifted(code, key, -WINDOW_S, "right") - 1, first[code])

    def speed(a, b):
        return np.hypot(*(xy[b] - xy[a]).T) / np.maximum(t[b] - t[a], 1.0)

    moving_fwd = (speed(idx, fwd) > VEHICLE_MPS) & (t[fwd] - t[idx] >= 0.5 * WINDOW_S)
    moving_bwd = (speed(bwd, idx) > VEHICLE_MPS) & (t[idx] - t[bwd] >= 0.5 * WINDOW_S)
    # and still moving half a window later (earlier): one outlier fix makes one window fast, not two
    half_f = np.minimum(_shifted(code, key, 0.5 * WINDOW_S, "left"), last[code])
    half_b = np.maximum(_shifted(code, key, -0.5 * WINDOW_S, "right") - 1, first[code])
    moving_fwd &= moving_fwd[half_f] | (half_f == last[code])
    moving_bwd &= moving_bwd[half_b] | (half_b == first[code])
    i_move = _first_per_leg(code, moving_fwd, n)
    i_stop = _first_per_leg(code, moving_bwd, n, last=True)
    from scipy.spatial import cKDTree  # here, not at import: QGIS loads the plugin without scipy

    tree = cKDTree(project_stops(stops)[0])
    has = i_move >= 0
    start_cut, board, arrive = np.zeros(n, bool), first.copy(), first.copy()
    # the boarding stop: near the first moving fix, or the fix before it (a phone recording every 30 s)
    d, which = tree.query(xy[np.where(has, i_move, 0)], distance_upper_bound=STOP_RADIUS_M)
    d_prev, which_prev = tree.query(xy[np.where(has, np.maximum(i_move - 1, first), 0)],
                                    distance_upper_bound=STOP_RADIUS_M)
    prev = d_prev < d
    d, which = np.where(prev, d_prev, d), np.where(prev, which_prev, which)
    i_move = np.where(prev, np.maximum(i_move - 1, first), i_move)
    at_stop = has & np.isfinite(d) & (i_move > first)
    if at_stop.any():
        stop_xy = tree.data[np.where(at_stop, which, 0)]
        near = np.hypot(*(xy - stop_xy[code]).T) <= STOP_RADIUS_M
        # the run of vertices near the boarding stop around the first motion: [r0, r1]
        mark = np.where(~near, idx, np.where(idx == first[code], idx - 1, -1))
        r0 = np.maximum.accumulate(mark)[np.maximum(i_move, 0)] + 1
        mark = np.where(~near, idx, np.where(idx == last[code], idx + 1, len(idx)))
        r1 = np.minimum.accumulate(mark[::-1])[::-1][np.maximum(i_move, 0)] - 1
        before = at_stop[code] & (idx >= r0[code]) & (idx <= i_move[code])
        still = pd.DataFrame({"c": code[before], "x": xy[before, 0], "y": xy[before, 1]}).groupby("c").median()
        sx = np.full((n, 2), np.nan)
        sx[still.index.to_numpy()] = still[["x", "y"]].to_numpy()
        close = at_stop[code] & (np.hypot(*(xy - sx[code]).T) <= STILL_M)
        a = _first_per_leg(code, close & (idx >= r0[code]) & (idx <= i_move[code]), n)
        b = _first_per_leg(code, close & (idx >= r0[code]) & (idx <= r1[code]), n, last=True)
        ok = at_stop & (a >= 0) & (b >= 0)
        arrive = np.where(ok, a, first)
        board = np.where(ok, b, first)
        start_cut = ok
    has = i_stop >= 0
    d, _ = tree.query(xy[np.where(has, i_stop, 0)], distance_upper_bound=STOP_RADIUS_M)
    d_next, _ = tree.query(xy[np.where(has, np.minimum(i_stop + 1, last), 0)], distance_upper_bound=STOP_RADIUS_M)
    i_stop = np.where(d_next < d, np.minimum(i_stop + 1, last), i_stop)
    d = np.minimum(d, d_next)
    ok = has & np.isfinite(d) & (i_stop < last) & (i_stop > board)
    alight = np.where(ok, i_stop, last)
    end_cut = ok

    # the walk from the alighting stop is tested over WALK_WINDOW_S: its windows look ahead into the walk itself;
    # those of the walk to the stop would look into the wait and the ride after it, and keep WINDOW_S
    win_w = win_v if WALK_WINDOW_S == WINDOW_S else _window_speeds(code, key, xy, t, last, WALK_WINDOW_S)

    def walk_speed(lo, hi, win):
        """85th percentile of the speeds ``win`` from the fixes lo to hi (excluded) of each leg (NaN when none): the
        phone's noise makes a still or walking rider's steps from fix to fix look fast, not over half a minute; a
        vehicle that crawls now and then still runs faster than a walk a good part of the time."""
        inside = (idx >= lo[code]) & (idx < hi[code])
        return pd.Series(win[inside]).groupby(code[inside]).quantile(WALK_Q).reindex(np.arange(n)).to_numpy(float)

    # a wait too short goes to the walk; a walk too short to the wait; a start not walked is not cut
    arrive = np.where(t[board] - t[arrive] < MIN_WAIT_S, board, arrive)
    walk_long = t[arrive] - t[first] >= MIN_PIECE_S
    walked = ~(walk_speed(first, arrive, win_v) > WALK_MPS)
    has_wait = t[board] - t[arrive] >= MIN_WAIT_S
    arrive = np.where(~walk_long, first, arrive)
    start_cut &= (walk_long & walked) | (~walk_long & has_wait)
    arrive, board = np.where(start_cut, arrive, first), np.where(start_cut, board, first)
    end_cut &= (t[last] - t[alight] >= MIN_PIECE_S) & ~(walk_speed(alight, last, win_w) > WALK_MPS)
    # the last motion is in the walk (the phone's noise over half a minute looks like a vehicle now and then): the
    # last fix the vehicle reached near a stop from which the rest of the leg is walked
    alt = _walked_from_a_stop(tree, xy, t, idx, code, first, last, moving_bwd, win_w, board, n)
    use = ~end_cut & (alt >= 0)
    alight = np.where(use, alt, alight)
    end_cut |= use
    alight = np.where(end_cut, alight, last)
    out = pd.DataFrame({"t_start": t[first], "t_arrive": t[arrive], "t_board": t[board], "t_alight": t[alight],
                        "t_end": t[last], "x_board": xy[board, 0], "y_board": xy[board, 1],
                        "x_alight": xy[alight, 0], "y_alight": xy[alight, 1]}, index=pd.Index(ids, name="leg_id"))
    _part_columns(out, (("access", first, arrive), ("wait", arrive, board), ("ride", board, alight),
                        ("egress", alight, last)), idx, code, first, cum, step_v, n)
    return out


def _walked_from_a_stop(tree, xy, t, idx, code, first, last, moving_bwd, win_w, board, n):
    """Per leg: the last fix after ``board`` reached by the vehicle (``moving_bwd``) within ``STOP_RADIUS_M`` of a
    stop (or whose next fix is), from which the rest of the leg lasts ``FALLBACK_EGRESS_S`` or more and is walked
    (at most a share ``1 - WALK_Q`` of its fixes, and of its time from fix to fix, with speeds ``win_w`` over
    ``WALK_WINDOW_S`` above ``WALK_MPS``: the walk test of the egress, also weighted by time); -1 where none. The
    last, not the first: that share lets a last run of a minute between two stops pass for a walk."""
    near = np.isfinite(tree.query(xy, distance_upper_bound=STOP_RADIUS_M)[0])
    nxt = np.minimum(idx + 1, last[code])
    # fixes i..last-1 (the walk test's piece): the share of them with a fast window, and the share of their time
    # (from each fix to the next: a silent ride, 4 minutes between two fixes, weighs its 4 minutes; a phone that
    # records every 30 s at a station and every second on the move weighs the run to the last station by its time)
    dt = np.where(idx < last[code], np.append(np.diff(t), 0.0), 0.0)
    # (a window cut short by the leg's end, a few seconds between two noisy fixes, says nothing)
    fast = (win_w > WALK_MPS) & (t[last[code]] - t >= 0.5 * WALK_WINDOW_S)

    def tail(x):
        c = np.cumsum(x)
        return c[np.maximum(last[code] - 1, 0)] - np.where(idx > 0, c[np.maximum(idx - 1, 0)], 0.0)

    n_all, s_all = tail(np.ones(len(idx))), tail(dt)
    walked = (s_all > 0) & (tail(fast.astype(float)) <= (1.0 - WALK_Q) * n_all) & \
        (tail(np.where(fast, dt, 0.0)) <= (1.0 - WALK_Q) * s_all)
    reached = moving_bwd & (near | near[nxt])
    ok = reached & (idx > board[code]) & walked & (t[last[code]] - t >= FALLBACK_EGRESS_S)
    return _first_per_leg(code, ok, n, last=True)


def _shifted(code, key, dt, side):
    """Per fix, the index of the first fix of its own leg at ``key + dt`` or later (``side="left"``), or after it
    (``"right"``): a search within each leg, exact whatever the number of legs."""
    return group_searchsorted(code, key, code, key + dt, side)


def _tracks(vertices: pd.DataFrame, legs: pd.Index, stops: pd.DataFrame):
    """The tracks of ``legs`` sorted by leg and time, with what :func:`boundaries` and :func:`tail_waits` need: ``(ids,
    code, xy, t, idx, first, last, key, step_v, cum, win_v, lat0)``; None when no vertex (``stops``: not empty). Positions are projected
    around the stops' mean latitude ``lat0`` (as ``TransitNetwork`` does), and track lengths summed leg by leg: a
    leg's pieces come out the same bit for bit whatever other legs are in the call (a partition on a cluster).
    ``key``: seconds since the leg's first fix (windows are searched within each leg, :func:`_shifted`); ``step_v``:
    speed of the step to the next fix; ``cum[i]``: track length from the leg's first fix to fix i (one fix per ``LENGTH_BIN_S``); ``win_v``: speed over the next ``WINDOW_S``."""
    v = pd.DataFrame({"leg": vertices["leg_id"].astype(str).to_numpy(), "t": epoch_seconds(vertices["time"]),
                      "lon": pd.to_numeric(vertices["lon"], errors="coerce").to_numpy(float),
                      "lat": pd.to_numeric(vertices["lat"], errors="coerce").to_numpy(float)})
    v = v[v.leg.isin(legs) & np.isfinite(v.t) & np.isfinite(v.lon) & np.isfinite(v.lat)]
    v = v.sort_values(["leg", "t"], kind="mergesort").reset_index(drop=True)
    if len(v) == 0:
        return None
    ids, code = np.unique(v.leg.to_numpy(), return_inverse=True)
    n = len(ids)
    lat0 = project_stops(stops)[1]
    xy = project(v.lon.to_numpy(), v.lat.to_numpy(), lat0)
    t = v.t.to_numpy(float)
    idx = np.arange(len(v))
    first = np.searchsorted(code, np.arange(n), side="left")
    last = np.searchsorted(code, np.arange(n), side="right") - 1
    key = t - t[first[code]]
    lat, lon = v.lat.to_numpy(), v.lon.to_numpy()
    out_and_back = _out_and_back(xy, code)
    if out_and_back.any():
        # a wrong fix the phone reported once, between two fixes at the same spot: where they are
        i = np.flatnonzero(out_and_back)
        xy[i] = 0.5 * (xy[i - 1] + xy[i + 1])
        lat, lon = lat.copy(), lon.copy()
        lat[i], lon[i] = 0.5 * (lat[i - 1] + lat[i + 1]), 0.5 * (lon[i - 1] + lon[i + 1])
    step = np.append(haversine_m(lat[:-1], lon[:-1], lat[1:], lon[1:]), 0.0)
    step[last] = 0.0                                  # no step from a leg's last fix to the next leg
    step_v = step / np.maximum(np.append(np.diff(t), 1.0), 1.0)
    # track length for the distance shares: along one fix per LENGTH_BIN_S (the phone's noise from fix to fix would
    # double a walk's length), each fix at its bin's first fix's value
    bin_no = np.floor((t - t[first[code]]) / LENGTH_BIN_S)
    anchor = np.flatnonzero(np.append(True, (code[1:] != code[:-1]) | (bin_no[1:] != bin_no[:-1])))
    hop = np.append(0.0, np.hypot(*(xy[anchor[1:]] - xy[anchor[:-1]]).T))
    hop[np.append(True, code[anchor[1:]] != code[anchor[:-1]])] = 0.0
    cum = np.repeat(group_cumsum(hop, code[anchor]), np.diff(np.append(anchor, len(t))))
    win_v = _window_speeds(code, key, xy, t, last, WINDOW_S)
    return ids, code, xy, t, idx, first, last, key, step_v, cum, win_v, lat0


def _window_speeds(code, key, xy, t, last, window_s):
    """Per fix: the straight-line speed to the first fix ``window_s`` or more later in its leg (or its leg's last)."""
    fwd = np.minimum(_shifted(code, key, window_s, "left"), last[code])
    return np.hypot(*(xy[fwd] - xy).T) / np.maximum(t[fwd] - t, 1.0)


def _out_and_back(xy: np.ndarray, code: np.ndarray) -> np.ndarray:
    """True at a fix ``OUTLIER_M`` or more from the fixes before and after it (same leg), which lie within
    ``OUTLIER_BACK`` of that distance of each other: one wrong position out and back. Cleaning drops such a fix when
    the jumps are faster than any vehicle; a phone recording every 20-30 s reports one 150 m off at a walking or
    cycling pace, and in a wait at a stop it reads as the vehicle leaving. A vehicle does not go 100 m out and come
    back half-way between two fixes."""
    bad = np.zeros(len(xy), dtype=bool)
    if len(xy) < 3:
        return bad
    a = np.hypot(*(xy[1:-1] - xy[:-2]).T)
    b = np.hypot(*(xy[2:] - xy[1:-1]).T)
    c = np.hypot(*(xy[2:] - xy[:-2]).T)
    same = (code[1:-1] == code[:-2]) & (code[2:] == code[1:-1])
    bad[1:-1] = same & (a >= OUTLIER_M) & (b >= OUTLIER_M) & (c <= OUTLIER_BACK * np.minimum(a, b))
    return bad


def _part_columns(out: pd.DataFrame, parts, idx, code, first, cum, step_v, n):
    """``m_<part>, o_<part>, n_<part>, vmedian_<part>, vp85_<part>, vmax_<part>`` (:func:`boundaries`) of ``parts``
    ``(name, first fix, last fix)`` into ``out``."""
    for name, lo, hi in parts:
        inside = (idx >= lo[code]) & (idx < hi[code])
        g = pd.Series(step_v[inside]).groupby(code[inside])
        out["m_" + name] = cum[hi] - cum[lo]
        out["o_" + name] = lo - first             # offset of the part's first fix in the leg's track
        out["n_" + name] = hi - lo + 1
        for stat, val in (("median", g.median()), ("p85", g.quantile(0.85)), ("max", g.max())):
            out["v%s_%s" % (stat, name)] = val.reindex(np.arange(n)).to_numpy(float)


def split_access(out: pd.DataFrame, vertices: pd.DataFrame, stops: pd.DataFrame, keep=None) -> pd.DataFrame:
    """``out`` (legs with ``mode``...) with each public-transport leg cut in its access walk, wait, ride and egress walk
    (module doc), in place of the leg, and the column ``SPLIT_FROM``; ``keep``: a boolean array of the legs never to
    cut (a participant's own label on the leg)."""
    result = out.reset_index(drop=True)
    result[SPLIT_FROM] = pd.Series(None, index=result.index, dtype=object)
    pt = result["mode"].isin(PUBLIC_TRANSPORT).to_numpy()
    keep = None if keep is None else np.asarray(keep, dtype=bool)
    if keep is not None:
        pt &= ~keep
    ids = result["leg_id"].astype(str).to_numpy(dtype=object)
    if stops is not None:
        stops = pd.DataFrame({"lon": pd.to_numeric(stops["lon"], errors="coerce").to_numpy(float),
                              "lat": pd.to_numeric(stops["lat"], errors="coerce").to_numpy(float)})
        stops = stops[np.isfinite(stops.lon) & np.isfinite(stops.lat)]
    if not pt.any() or stops is None or len(stops) == 0:
        return result
    b = boundaries(vertices, pd.Index(np.unique(ids[pt])), stops)
    b = b[(b.t_board > b.t_start) | (b.t_alight < b.t_end)]
    rows = np.flatnonzero(pt & pd.Index(ids).isin(b.index))
    if not len(rows):
        return _walk_then_wait(result, vertices, stops, keep_ids=set(ids[keep]) if keep is not None else ())
    b = _leg_bounds(b.loc[ids[rows]], result.iloc[rows])
    base = result.iloc[rows].reset_index(drop=True)
    base[SPLIT_FROM] = ids[rows]
    total = b[["m_access", "m_wait", "m_ride", "m_egress"]].sum(axis=1).to_numpy(float)
    parts = []
    for k, (part, suffix, mode, t0, t1) in enumerate((
            ("access", ACCESS, "walk", "t_start", "t_arrive"), ("wait", WAIT, "wait", "t_arrive", "t_board"),
            ("ride", "", None, "t_board", "t_alight"), ("egress", EGRESS, "walk", "t_alight", "t_end"))):
        a, z = b[t0].to_numpy(float), b[t1].to_numpy(float)
        use = (z > a) if suffix else np.ones(len(b), dtype=bool)
        share = np.where(total > 0, b["m_" + part].to_numpy(float) / np.maximum(total, 1e-9), 0.0)
        p = base.assign(_row=rows, _k=k, _t0=a, _t1=z, _share=share)
        _set_part(p, b, part, mode == "wait")
        p = p[use]
        if suffix:
            p["leg_id"] = p["leg_id"].astype(str) + suffix
            p["mode"] = mode
            for col in ("transit_route", "mode_label"):
                if col in p.columns:
                    p[col] = None
            if "transit_confidence" in p.columns:
                p["transit_confidence"] = np.nan
            p["mode_source"] = "rules"
        parts.append(p.drop(columns=["_t0", "_t1", "_share"]))
    kept = result.drop(index=rows).assign(_row=lambda d: d.index.to_numpy(), _k=0)
    merged = pd.concat([kept] + parts, ignore_index=True)
    merged = merged.sort_values(["_row", "_k"], kind="mergesort").drop(columns=["_row", "_k"]).reset_index(drop=True)
    return _walk_then_wait(merged, vertices, stops, keep_ids=set(ids[keep]) if keep is not None else ())


def _walk_then_wait(legs: pd.DataFrame, vertices: pd.DataFrame, stops: pd.DataFrame, keep_ids=()) -> pd.DataFrame:
    """Walk legs ending still at a stop (``tail_waits``) right before a public-transport leg of the same participant
    (starting within ``NEXT_S``): the still end is a ``wait`` leg (``<leg_id>_w``; the whole leg when the walk before
    it is shorter than ``MIN_PIECE_S``)."""
    if not {"user_id", "start_time", "end_time"} <= set(legs.columns) or len(legs) < 2:
        return legs
    user = legs["user_id"].astype(str).to_numpy(dtype=object)
    t0, t1 = epoch_seconds(legs["start_time"]), epoch_seconds(legs["end_time"])
    order = np.lexsort((t0, user))
    nxt = np.full(len(legs), -1)
    same = user[order][1:] == user[order][:-1]
    nxt[order[:-1][same]] = order[1:][same]
    mode = legs["mode"].to_numpy(dtype=object)
    ok = nxt >= 0
    before_pt = ok & np.isin(mode[np.maximum(nxt, 0)], PUBLIC_TRANSPORT + ("wait",)) & \
        (np.abs(t0[np.maximum(nxt, 0)] - t1) <= NEXT_S)
    cand = (mode == "walk") & before_pt & ~legs["leg_id"].astype(str).isin(set(keep_ids)).to_numpy()
    if not cand.any():
        return legs
    ids = legs["leg_id"].astype(str).to_numpy(dtype=object)
    tw = tail_waits(vertices, pd.Index(np.unique(ids[cand])), stops)
    rows = np.flatnonzero(cand & pd.Index(ids).isin(tw.index))
    if not len(rows):
        return legs
    tw = _leg_bounds(tw.loc[ids[rows]], legs.iloc[rows])
    whole = (tw.t_arrive - tw.t_start).to_numpy(float) < MIN_PIECE_S
    out = legs.copy()
    base = out.iloc[rows].reset_index(drop=True)
    base[SPLIT_FROM] = ids[rows]
    total = (tw.m_access + tw.m_wait).to_numpy(float)
    parts = []
    for k, (part, t0c, t1c) in enumerate((("access", "t_start", "t_arrive"), ("wait", "t_arrive", "t_end"))):
        share = np.where(total > 0, tw["m_" + part].to_numpy(float) / np.maximum(total, 1e-9), 0.0)
        p = base.assign(_row=rows, _k=k, _t0=tw[t0c].to_numpy(float), _t1=tw[t1c].to_numpy(float), _share=share)
        _set_part(p, tw, part, part == "wait")
        if part == "wait":
            p["leg_id"] = np.where(whole, p["leg_id"].astype(str), p["leg_id"].astype(str) + WAIT)
            p["mode"] = "wait"
            p["mode_source"] = "rules"
            p["mode_label"] = None
        parts.append(p[~whole if part == "access" else np.ones(len(p), bool)].drop(columns=["_t0", "_t1", "_share"]))
    kept = out.drop(index=rows).assign(_row=lambda d: d.index.to_numpy(), _k=0)
    merged = pd.concat([kept] + parts, ignore_index=True)
    return merged.sort_values(["_row", "_k"], kind="mergesort").drop(columns=["_row", "_k"]).reset_index(drop=True)


def tail_waits(vertices: pd.DataFrame, legs: pd.Index, stops: pd.DataFrame) -> pd.DataFrame:
    """Per leg of ``legs`` whose track ends within ``STOP_RADIUS_M`` of a stop, still (median speed over ``WINDOW_S``
    at most ``STILL_MPS``) for ``MIN_PIECE_S`` or more: ``t_start, t_arrive, t_end`` (the arrival: the first fix within
    ``STILL_M`` of the median position of the fixes near the stop at the end) and, for the parts ``access`` (start
    to arrival) and ``wait``, the columns of :func:`boundaries`."""
    tr = _tracks(vertices, legs, stops) if len(stops) else None
    if tr is None:
        return pd.DataFrame(columns=["t_start", "t_arrive", "t_end"], dtype=float)
    ids, code, xy, t, idx, first, last, key, step_v, cum, win_v, lat0 = tr
    n = len(ids)
    from scipy.spatial import cKDTree  # here, not at import: QGIS loads the plugin without scipy

    tree = cKDTree(project_stops(stops)[0])
    d, which = tree.query(xy[last], distance_upper_bound=STOP_RADIUS_M)
    at = np.isfinite(d)
    stop_xy = tree.data[np.where(at, which, 0)]
    near = at[code] & (np.hypot(*(xy - stop_xy[code]).T) <= STOP_RADIUS_M)
    mark = np.where(~near, idx, np.where(idx == first[code], idx - 1, -1))
    r0 = np.maximum.accumulate(mark)[last] + 1
    run = at[code] & (idx >= r0[code])
    still = pd.DataFrame({"c": code[run], "x": xy[run, 0], "y": xy[run, 1]}).groupby("c").median()
    sx = np.full((n, 2), np.nan)
    sx[still.index.to_numpy()] = still[["x", "y"]].to_numpy()
    arrive = _first_per_leg(code, run & (np.hypot(*(xy - sx[code]).T) <= STILL_M), n)
    ok = at & (arrive >= 0)
    arrive = np.where(ok, arrive, last)
    inside = (idx >= arrive[code]) & (idx < last[code])
    slow = pd.Series(win_v[inside]).groupby(code[inside]).median().reindex(np.arange(n)).to_numpy(float)
    ok &= (t[last] - t[arrive] >= MIN_PIECE_S) & (slow <= STILL_MPS)
    out = pd.DataFrame({"t_start": t[first], "t_arrive": t[arrive], "t_end": t[last]},
                       index=pd.Index(ids, name="leg_id"))
    _part_columns(out, (("access", first, arrive), ("wait", arrive, last)), idx, code, first, cum, step_v, n)
    return out[ok]


def _leg_bounds(b: pd.DataFrame, legs: pd.DataFrame) -> pd.DataFrame:
    """``b`` (:func:`boundaries` or :func:`tail_waits` of ``legs``, same order) with the legs' own start and end times
    (a leg may start before its first fix: the gap it crossed) in place of their first and last fixes' where nothing
    is cut there."""
    b = b.copy()
    for col, own, inner in (("t_start", "start_time", ("t_arrive", "t_board")), ("t_end", "end_time", ("t_alight",))):
        if own not in legs.columns:
            continue
        t = epoch_seconds(legs[own])
        t = np.where(np.isfinite(t), t, b[col].to_numpy(float))
        for c in inner:
            if c in b.columns:
                b[c] = np.where(b[c].to_numpy(float) == b[col].to_numpy(float), t, b[c].to_numpy(float))
        b[col] = t
    return b


def _set_part(p: pd.DataFrame, b: pd.DataFrame, part: str, wait: bool):
    """The leg columns of one part (``p``: copies of the legs, ``b``: their :func:`boundaries`) in place: times,
    duration, distance (the part's share of the leg's by track length; none for a wait), points and speeds, in the
    legs' own column types (the columns the legs have)."""
    t0, t1 = p["_t0"].to_numpy(float), p["_t1"].to_numpy(float)
    for col, val in (("start_time", t0), ("end_time", t1)):   # added when the legs have none: the pieces' bounds
        stamp = pd.Series(pd.to_datetime(val, unit="s", utc=True), index=p.index)
        if col in p.columns and pd.api.types.is_datetime64_any_dtype(p[col]):
            tz = getattr(p[col].dt, "tz", None)
            stamp = stamp.dt.tz_convert(tz) if tz is not None else stamp.dt.tz_localize(None)
            stamp = stamp.astype(p[col].dtype)
        p[col] = stamp
    dur = t1 - t0
    dist = 0.0 if wait else pd.to_numeric(p["distance_m"], errors="coerce").to_numpy(float) * p["_share"].to_numpy() \
        if "distance_m" in p.columns else np.nan
    values = {"duration_s": dur, "distance_m": dist,
              "speed_mean_mps": np.where(dur > 0, dist / np.maximum(dur, 1e-9), 0.0),
              "n_points": b["n_" + part].to_numpy(), "speed_median_mps": b["vmedian_" + part].to_numpy(float),
              "speed_p85_mps": b["vp85_" + part].to_numpy(float), "speed_max_mps": b["vmax_" + part].to_numpy(float)}
    for col, val in values.items():
        if col in p.columns:
            p[col] = np.broadcast_to(val, len(p)).astype(float) if col != "n_points" else val
    if "first_point" in p.columns and pd.api.types.is_numeric_dtype(p["first_point"]):
        first = p["first_point"].to_numpy() + b["o_" + part].to_numpy()
        p["last_point"] = first + b["n_" + part].to_numpy() - 1
        p["first_point"] = first


def piece_vertices(vertices: pd.DataFrame, legs: pd.DataFrame) -> pd.DataFrame:
    """The vertices (``leg_id, lon, lat, time``...) of the legs of :func:`split_access` that were cut (``SPLIT_FROM``
    set): the vertices of the leg they come from between their start and end times (a vertex at a cut is in both
    pieces), ``leg_id`` the piece's; sorted by piece and time."""
    cut = legs[legs[SPLIT_FROM].notna()] if SPLIT_FROM in legs.columns else legs.iloc[:0]
    pieces = pd.DataFrame({"_piece": cut["leg_id"].astype(str).to_numpy(dtype=object),
                           "_parent": cut[SPLIT_FROM].astype(str).to_numpy(dtype=object),
                           "_t0": epoch_seconds(cut["start_time"]) - 1e-3,
                           "_t1": epoch_seconds(cut["end_time"]) + 1e-3})
    v = vertices.assign(_parent=vertices["leg_id"].astype(str).to_numpy(), _t=epoch_seconds(vertices["time"]))
    v = v[v["_parent"].isin(set(pieces["_parent"]))]
    m = v.merge(pieces, on="_parent")
    m = m[(m["_t"] >= m["_t0"]) & (m["_t"] <= m["_t1"])]
    m = m.sort_values(["_piece", "_t"], kind="mergesort")
    return m.assign(leg_id=m["_piece"]).drop(columns=["_parent", "_t", "_piece", "_t0", "_t1"]).reset_index(drop=True)
