"""Stop-and-go of a car trip whose driving speeds are drawn per piece (band speeds, random factors).

The car stops at the end of some pieces: a red phase at a signalled junction (a fixed share of the
nodes) or a queue in the peak bands. It drives each piece at its drawn speed, starts and brakes at
``CAR_ACCEL`` m/s² at most (at rest at the trip's ends and at every stop; speed changes between
pieces ramped too: a vectorised forward / backward pass on v²), then waits; ramps and waits add to
the drawn times (pieces driven through keep their drawn time: the truth's median travel times). The
pieces' entry and exit times are those of this motion (the truth's traversals), and knots every
second give the phones the speed profile.
"""
import numpy as np

CAR_ACCEL = 2.0          # m/s², acceleration and braking
BIKE_ACCEL = 1.0         # m/s², a bicycle's (SimulationParams.bike_stop_and_go)
SIGNAL_SHARE = 0.2      # share of nodes with traffic lights
RED_SHARE = 0.5         # chance of a red phase at a signalled node
RED_S = (5.0, 35.0)      # red phase waited (uniform)
QUEUE_SHARE = 0.1       # chance of a queue stop at the end of a piece in a peak band


def signalled(nodes):
    """Which nodes have traffic lights (a fixed hash of the node id: the same in every run)."""
    h = (np.asarray(nodes, dtype=np.uint64) * np.uint64(2654435761)) % np.uint64(1000)
    return h.astype(float) / 1000.0 < SIGNAL_SHARE


def choose_stops(plen, tt, end_nodes, peak, rng):
    """Dwell (s) at the end of each piece: a red phase at a signalled node or, in the peak bands, a
    queue; 0 where the car drives through (and at the trip's end)."""
    n = len(plen)
    stop = signalled(end_nodes) & (rng.random(n) < RED_SHARE)
    if peak:
        stop |= rng.random(n) < QUEUE_SHARE
    dwell = np.where(stop, rng.uniform(*RED_S, n), 0.0)
    dwell[-1] = 0.0
    return dwell


def speed_profile(plen, tt, dwell, a=CAR_ACCEL, ds=1.0):
    """(distance grid, speed, grid index of each piece's end) of a trip: each piece at its drawn speed, at rest at the trip's ends and
    at every stop, ramps of at most ``a`` m/s² in between (v² within 2 a |s - s'| of every target)."""
    start = np.concatenate([[0.0], np.cumsum(plen)])
    n_steps = np.maximum(np.ceil(plen / ds).astype(np.int64), 1)
    piece = np.repeat(np.arange(len(plen)), n_steps)
    k = np.arange(n_steps.sum()) - np.repeat(np.cumsum(n_steps) - n_steps, n_steps)
    s = np.concatenate([[0.0], start[piece] + (k + 1) * plen[piece] / n_steps[piece]])
    target = np.concatenate([[0.0], (plen / np.maximum(tt, 1e-6))[piece]])
    # rest at the start, at the end and where a piece ends with a stop
    end_ix = np.cumsum(n_steps)
    rest = np.zeros(len(s), dtype=bool)
    rest[0] = rest[-1] = True
    rest[end_ix[dwell > 0]] = True
    target = np.where(rest, 0.0, target)
    v2 = target * target
    fwd = 2 * a * s + np.minimum.accumulate(v2 - 2 * a * s)
    bwd = -2 * a * s + np.minimum.accumulate((v2 + 2 * a * s)[::-1])[::-1]
    v = np.sqrt(np.maximum(np.minimum(fwd, bwd), 0.0))
    return s, v, end_ix


def motion(plen, tt, dwell, t0, a=CAR_ACCEL):
    """Times of a trip driven piece by piece (:func:`speed_profile`) from ``t0``, waiting ``dwell`` at the end of
    each piece: ``(s, arrive, leave, end_ix)`` (distance grid, arrival and departure time at each grid point,
    grid index of each piece's end)."""
    s, v, end_ix = speed_profile(plen, tt, dwell, a)
    # a step from rest to rest (a piece shorter than the grid between a stop and the trip's end or another
    # stop) takes the time to start and brake over it, 2 sqrt(ds / a), not ds over a speed of zero
    ds = np.diff(s)
    step = ds * 2.0 / np.maximum(v[1:] + v[:-1], np.sqrt(a * ds))
    # waits come after the grid point that ends their piece
    wait = np.zeros(len(s))
    wait[end_ix] = dwell
    arrive = t0 + np.concatenate([[0.0], np.cumsum(step)]) + np.concatenate([[0.0], np.cumsum(wait)[:-1]])
    return s, arrive, arrive + wait, end_ix


def knots(s, arrive, leave, t0, step_s=1.0):
    """(time, distance) every ``step_s`` seconds from ``t0`` to the end of a :func:`motion` (linear between
    the grid points, still during the waits)."""
    waiting = leave > arrive
    T = np.concatenate([arrive, leave[waiting]])
    S = np.concatenate([s, s[waiting]])
    order = np.lexsort((S, T))
    T, S = T[order], S[order]
    kt = np.concatenate([t0 + np.arange(0.0, T[-1] - t0, step_s), [T[-1]]])
    return kt, np.interp(kt, T, S)


def retime_path(vx, vy, vt, vp, entry, tt, plen, end_nodes, peak, rng, a=CAR_ACCEL):
    """The trip's path (vertices vx, vy, vt, vp timed at constant speed per piece) driven with stops
    and acceleration limits: each piece at its drawn speed between the ramps, plus the waits (at a red
    light: in the piece that ends there). Returns vx, vy, vt, vp and the pieces' new entry and travel
    times (the truth's traversal times)."""
    dwell = choose_stops(plen, tt, end_nodes, peak, rng)
    s, arrive, leave, end_ix = motion(plen, tt, dwell, entry[0], a)
    exit_ = leave[end_ix]
    new_entry = np.concatenate([[entry[0]], exit_[:-1]])
    # knots every second from the start (the motion is linear between the 1 m grid points)
    kt, kd = knots(s, arrive, leave, entry[0])
    # the original vertices at their distance
    start = np.concatenate([[0.0], np.cumsum(plen)[:-1]])
    frac = np.clip((vt - entry[vp]) / np.maximum(tt[vp], 1e-9), 0.0, 1.0)
    vd = start[vp] + frac * plen[vp]
    nt = np.interp(vd, s, arrive)
    t_all = np.concatenate([nt, kt])
    d_all = np.concatenate([vd, kd])
    order = np.lexsort((d_all, t_all))
    t_all, d_all = t_all[order], d_all[order]
    p_all = np.clip(np.searchsorted(start + plen, d_all - 1e-6, side="left"), 0, len(plen) - 1)
    x = np.interp(d_all, vd, vx)
    y = np.interp(d_all, vd, vy)
    return x, y, t_all, p_all, new_entry, exit_ - new_entry
