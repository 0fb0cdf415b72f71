"""Legs: each trip cut where the way of travelling changes (speeds and motion readings)."""
import numpy as np
import pandas as pd

from ..vocab.columns import LEG_COLUMNS
from .arrays import block_end, group_starts
from .motion import FOOT, VEHICLE, point_motion

def runs(labels, group):
    """Start flags of runs of equal (group, label)."""
    new = np.ones(len(labels), dtype=bool)
    if len(labels) > 1:
        new[1:] = (labels[1:] != labels[:-1]) | (group[1:] != group[:-1])
    return new


def smooth_labels(labels, group, t, cum, p, walk_reading=None, edge_walk=None):
    """Merge runs that are too short (time or distance) into their longer neighbour. Walking
    runs that walking readings back (``walk_reading``: the reading each fix follows, -1 none;
    at least two readings for most of the run's fixes) have the lower minimums
    ``min_seen_walk_leg_duration_s`` and ``min_seen_walk_leg_distance_m``. Where ``edge_walk``
    (per fix, optional) holds, a walking run that starts or ends its group (a walk from or to
    the place) needs only ``min_seen_walk_leg_duration_s`` and ``place_walk_min_distance_m``, at
    walking pace (``bridge_side_min_speed_mps`` or faster on average)."""
    labels = labels.copy()
    if walk_reading is None:
        walk_reading = np.full(len(labels), -1, dtype=np.int64)
    seen = walk_reading >= 0
    first_use = seen & (np.append(-2, walk_reading[:-1]) != walk_reading)
    cs = np.concatenate([[0], np.cumsum(seen)])
    cr = np.concatenate([[0], np.cumsum(first_use)])
    for _ in range(50):
        new = runs(labels, group)
        starts = np.flatnonzero(new)
        ends = np.append(starts[1:], len(labels)) - 1
        # a run spans until the first fix of the next run (same group)
        nxt_first = np.minimum(ends + 1, len(labels) - 1)
        same_next = np.append(group[starts[1:]] == group[starts[:-1]], False)
        stop = np.where(same_next, nxt_first, ends)
        dur = t[stop] - t[starts]
        dist = cum[stop] - cum[starts]
        min_d = np.where(labels[starts] == FOOT, p.min_walk_leg_distance_m, p.min_leg_distance_m)
        weak = (dur < p.min_leg_duration_s) | (dist < min_d)
        seen_walk = ((labels[starts] == FOOT) & (2 * (cs[ends + 1] - cs[starts]) > ends - starts + 1)
                     & (cr[ends + 1] - cr[starts] >= 2))
        weak &= ~seen_walk | (dur < p.min_seen_walk_leg_duration_s) | (dist < p.min_seen_walk_leg_distance_m)
        g = group[starts]
        has_prev = np.append(False, g[1:] == g[:-1])
        has_next = np.append(g[:-1] == g[1:], False)
        weak &= has_prev | has_next
        if edge_walk is not None:
            edge = (labels[starts] == FOOT) & ~(has_prev & has_next) & edge_walk[starts]
            weak &= ~(edge & (dur >= p.min_seen_walk_leg_duration_s) & (dist >= p.place_walk_min_distance_m)
                      & (dist >= p.bridge_side_min_speed_mps * dur))
        if not weak.any():
            break
        # merge only local minima of duration among weak runs (avoids swaps)
        big = np.inf
        dprev = np.where(has_prev, np.append(big, dur[:-1]), big)
        dnext = np.where(has_next, np.append(dur[1:], big), big)
        wprev = np.where(has_prev, np.append(False, weak[:-1]), False)
        wnext = np.where(has_next, np.append(weak[1:], False), False)
        idx = np.arange(len(starts))
        local_min = (~wprev | (dur < dprev)) & (~wnext | (dur <= dnext))
        # ties: the earlier run wins (<= towards next, < towards previous)
        pick = weak & local_min
        if not pick.any():
            pick = weak & (idx == idx[weak][0])
        lab_prev = np.append(-9, labels[starts[:-1]])
        lab_next = np.append(labels[starts[1:]], -9)
        to_prev = has_prev & (~has_next | (dprev >= dnext))
        newlab = np.where(to_prev, lab_prev, lab_next)
        run_of = np.cumsum(new) - 1
        change = pick[run_of]
        labels = np.where(change, newlab[run_of], labels)
    return labels



UNTRACKED = -7   # the label of the fix before a ride the phone did not record


def leg_ranges(occ_pt, occ_trip, t, cum, ucode, users, motion, p, untracked=None, edge_walk=None):
    """Leg ranges (first fix, last fix, trip index) from the trip fix occurrences. ``untracked``
    (per fix, optional): the gap before the fix is a ride the phone did not record; that gap is
    a leg of its own (from the fix before it to this one). ``edge_walk`` (per fix, optional):
    the fixes where a walk from or to a place is a leg with the lower minimums of
    ``smooth_labels``."""
    m = len(occ_pt)
    if m == 0:
        e = np.array([], dtype=np.int64)
        return e, e, e
    ot = t[occ_pt]
    oc = cum[occ_pt]
    # trip-relative cumulative distance (shared fixes belong to two trips)
    first_of = group_starts(occ_trip)
    base = np.maximum.accumulate(np.where(first_of, np.arange(m), 0))
    oc = oc - oc[base]
    # centred window speed
    span = float(ot.max() - ot.min() + 1e6) if m else 1.0
    key = occ_trip * span + (ot - ot.min())
    half = p.leg_speed_window_s / 2.0
    j1 = np.searchsorted(key, key - half, side="left")
    j2 = np.searchsorted(key, key + half, side="right") - 1
    j1 = np.maximum(j1, base)
    trip_last = block_end(first_of) - 1
    j2 = np.minimum(j2, trip_last)
    # at least one step on each side when possible
    j1 = np.where(j1 == np.arange(m), np.maximum(np.arange(m) - 1, base), j1)
    j2 = np.where(j2 == np.arange(m), np.minimum(np.arange(m) + 1, trip_last), j2)
    wdt = ot[j2] - ot[j1]
    v = np.where(wdt > 0, (oc[j2] - oc[j1]) / np.where(wdt > 0, wdt, 1.0), 0.0)
    labels = np.where(v <= p.walk_max_speed_mps, FOOT, VEHICLE).astype(np.int64)
    mot, walk_reading = point_motion(users[occ_pt].astype(str), ot, motion, p, v)
    use = mot >= 0
    if use.any():
        use &= ~((mot == FOOT) & (v > p.foot_motion_max_speed_mps))
        labels = np.where(use, mot, labels)
    labels = smooth_labels(labels, occ_trip, ot, oc, p, np.where(use, walk_reading, -1),
                           None if edge_walk is None else edge_walk[occ_pt])
    if untracked is not None and m > 1:
        gap_end = np.append(False, untracked[occ_pt[1:]] & (occ_trip[1:] == occ_trip[:-1]))
        labels[np.flatnonzero(gap_end) - 1] = UNTRACKED
        # the fix after the gap: its speed window reached back across the gap (the ride's pace); it
        # starts the leg that follows, so it takes that leg's label (else a 2-fix leg of its own)
        after = np.flatnonzero(gap_end & (np.arange(m) + 1 < m))
        after = after[(occ_trip[np.minimum(after + 1, m - 1)] == occ_trip[after]) & (labels[after] != UNTRACKED)]
        labels[after] = labels[after + 1]
    new = runs(labels, occ_trip)
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], m) - 1
    same_next = np.append(occ_trip[starts[1:]] == occ_trip[starts[:-1]], False)
    stop = np.where(same_next, ends + 1, ends)  # legs share the fix where they meet
    return occ_pt[starts], occ_pt[stop], occ_trip[starts]


def leg_table(first, last, trip, leg_ids, trip_ids, users, t, cum, step_d, dt_prev, _ts):
    k = len(first)
    if k == 0:
        dtypes = {"leg_id": object, "trip_id": object, "user_id": object,
                  "start_time": "datetime64[ns, UTC]", "end_time": "datetime64[ns, UTC]",
                  "n_points": np.int64, "first_point": np.int64, "last_point": np.int64}
        dtypes["sensed_mode"] = object
        return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, float)) for c in LEG_COLUMNS})
    dur = t[last] - t[first]
    dist = cum[last] - cum[first]
    # step speeds of the steps inside each leg (fix j-1 -> j for first < j <= last)
    nsteps = last - first
    lo = np.repeat(np.arange(k), nsteps)
    j = np.arange(lo.size) - np.repeat(np.cumsum(nsteps) - nsteps, nsteps) + np.repeat(first + 1, nsteps)
    sp = step_d[j] / np.maximum(np.nan_to_num(dt_prev[j], nan=1.0), 1.0)
    order = np.lexsort((sp, lo))
    sp = sp[order]
    cnt = nsteps
    off = np.cumsum(cnt) - cnt

    def q(frac):
        out = np.full(k, np.nan)
        ok = cnt > 0
        pos = frac * (cnt[ok] - 1)
        a = np.floor(pos).astype(np.int64)
        b = np.ceil(pos).astype(np.int64)
        va = sp[off[ok] + a]
        vb = sp[off[ok] + b]
        out[ok] = va + (vb - va) * (pos - a)
        return out

    mean = np.where(dur > 0, dist / np.where(dur > 0, dur, 1.0), np.nan)
    return pd.DataFrame({
        "leg_id": leg_ids, "trip_id": trip_ids[trip], "user_id": users[first],
        "start_time": _ts(t[first]), "end_time": _ts(t[last]), "duration_s": dur.astype(float),
        "distance_m": dist.astype(float), "n_points": (last - first + 1).astype(np.int64),
        "speed_mean_mps": mean, "speed_median_mps": q(0.5), "speed_p85_mps": q(0.85),
        "speed_max_mps": q(1.0), "first_point": first.astype(np.int64), "last_point": last.astype(np.int64),
        "sensed_mode": ""}, columns=LEG_COLUMNS)

