"""Stop-and-go of a car trip whose driving times are drawn (band speeds, random factors).

The car stops at the end of some pieces: a red phase at a signalled junction (a fixed share of the
nodes) or a queue in the peak bands. Between two stops (a run) it accelerates at ``CAR_ACCEL`` m/s²,
cruises at the run's drawn average speed and brakes to rest, then waits; starting, braking and
waiting add to the drawn time (most pieces, driven through, keep their drawn time: the truth's
median travel times). The trip starts and ends at rest. The pieces' entry and exit times are those of
this motion (the truth's traversals), and knots every second give the phones the speed profile.
"""
import numpy as np

CAR_ACCEL = 2.0          # m/s², acceleration and braking
SIGNAL_SHARE = 0.2      # share of nodes with traffic lights
RED_SHARE = 0.5         # chance of a red phase at a signalled node
RED_S = (5.0, 35.0)      # red phase waited (uniform)
QUEUE_SHARE = 0.1       # chance of a queue stop at the end of a piece in a peak band


def signalled(nodes):
    """Which nodes have traffic lights (a fixed hash of the node id: the same in every run)."""
    h = (np.asarray(nodes, dtype=np.uint64) * np.uint64(2654435761)) % np.uint64(1000)
    return h.astype(float) / 1000.0 < SIGNAL_SHARE


def _cruise(L, M, vi, vo, a):
    """Cruise speed covering L in M seconds from vi to vo (trapezoid), nan where impossible."""
    b = a * M + vi + vo
    disc = b * b - 4.0 * (a * L + 0.5 * (vi * vi + vo * vo))
    vc = 0.5 * (b - np.sqrt(np.where(disc >= 0, disc, np.nan)))
    return np.where(vc >= np.maximum(vi, vo) - 1e-9, vc, np.nan)


def stop_runs(plen, tt, end_nodes, peak, rng, a=CAR_ACCEL):
    """Where the car stops: (last piece of each run between stops, run lengths, run driving times,
    dwells, cruise speeds). A stop comes at a red light or, in the peak bands, in a queue; the trip's
    last piece always ends a run, without a dwell. The cruise speed is the run's drawn average speed
    (a triangle, peak sqrt(a D), when the run is too short to reach it)."""
    n = len(plen)
    stop = signalled(end_nodes) & (rng.random(n) < RED_SHARE)
    if peak:
        stop |= rng.random(n) < QUEUE_SHARE
    red = rng.uniform(*RED_S, n)
    stop[-1] = True
    ends = np.flatnonzero(stop)
    cd, ct = np.cumsum(plen), np.cumsum(tt)
    D = np.diff(np.concatenate([[0.0], cd[ends]]))
    T = np.diff(np.concatenate([[0.0], ct[ends]]))
    dwell = red[ends]
    dwell[-1] = 0.0
    vc = np.minimum(D / np.maximum(T, 1e-6), np.sqrt(a * D))
    moving = D / np.maximum(vc, 1e-6) + vc / a
    return ends, D, moving, dwell, vc


def knots(entry, tt, plen, v_in, v_out, vc, dwell, a=CAR_ACCEL, step=1.0):
    a = np.broadcast_to(np.asarray(a, dtype=float), np.shape(plen))
    """(time, distance from the trip start, piece) knots every ``step`` seconds inside each piece, plus
    each piece's start, its arrival at the end and its departure after the dwell."""
    n = len(plen)
    moving = tt - dwell
    cnt = np.maximum(np.floor(moving / step).astype(np.int64), 0) + 1
    piece = np.repeat(np.arange(n), cnt)
    k = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    tr = k * step
    # phase ends: accelerate to vc (t1), cruise (t2), brake to v_out (moving)
    vi, vo, c, L, M = v_in[piece], v_out[piece], vc[piece], plen[piece], moving[piece]
    a = a[piece]
    t1 = np.abs(c - vi) / a
    t3 = np.abs(c - vo) / a
    t2 = np.maximum(M - t3, t1)
    sa = np.sign(c - vi) * a
    sb = np.sign(c - vo) * a
    d1 = vi * t1 + 0.5 * sa * t1 * t1
    ta = np.minimum(tr, t1)
    d = vi * ta + 0.5 * sa * ta * ta
    d = d + c * np.clip(tr - t1, 0.0, t2 - t1)
    tb = np.clip(tr - t2, 0.0, None)
    d = np.where(tr > t2, d1 + c * (t2 - t1) + c * tb - 0.5 * sb * tb * tb, d)
    d = np.clip(d, 0.0, L)
    start = np.concatenate([[0.0], np.cumsum(plen)[:-1]])
    t_all = np.concatenate([entry[piece] + tr, entry + moving, entry + tt])
    d_all = np.concatenate([start[piece] + d, start + plen, start + plen])
    p_all = np.concatenate([piece, np.arange(n), np.arange(n)])
    order = np.lexsort((d_all, t_all))
    t_all, d_all, p_all = t_all[order], d_all[order], p_all[order]
    d_all = np.maximum.accumulate(d_all)
    return t_all, d_all, p_all


def retime_path(vx, vy, vt, vp, entry, tt, plen, end_nodes, peak, rng, a=CAR_ACCEL):
    """The trip's path (vertices vx, vy, vt, vp timed at constant speed per piece) driven in runs
    between stops: each run at its drawn average speed, plus starting, braking and waiting (at a red
    light: in the piece that ends there). Returns vx, vy, vt, vp and the pieces' new entry and travel
    times (the truth's traversal times)."""
    ends, D, moving, dwell, vc = stop_runs(plen, tt, end_nodes, peak, rng, a)
    T = moving + dwell
    r0 = entry[0] + np.concatenate([[0.0], np.cumsum(T)[:-1]])
    kt, kd, _ = knots(r0, T, D, 0.0 * D, 0.0 * D, vc, dwell, a=a)
    start = np.concatenate([[0.0], np.cumsum(plen)[:-1]])
    frac = np.clip((vt - entry[vp]) / np.maximum(tt[vp], 1e-9), 0.0, 1.0)
    vd = start[vp] + frac * plen[vp]
    # new times: the first knot at each distance; a run's end leaves after its dwell
    inc = np.concatenate([[True], np.diff(kd) > 1e-9])
    nt = np.interp(vd, kd[inc], kt[inc])
    exit_ = np.interp(start + plen, kd[inc], kt[inc])
    exit_[ends] = r0 + T
    new_entry = np.concatenate([[entry[0]], exit_[:-1]])
    t_all = np.concatenate([nt, kt])
    d_all = np.concatenate([vd, kd])
    order = np.lexsort((d_all, t_all))
    t_all, d_all = t_all[order], d_all[order]
    p_all = np.clip(np.searchsorted(start + plen, d_all - 1e-6, side="left"), 0, len(plen) - 1)
    x = np.interp(d_all, vd, vx)
    y = np.interp(d_all, vd, vy)
    return x, y, t_all, p_all, new_entry, exit_ - new_entry
