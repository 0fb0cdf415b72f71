"""Trip detection: e-mission's dwell rules, vectorised.

e-mission-server (``emission/analysis/intake/segmentation/trip_segmentation.py`` and
``trip_segmentation_methods/``) cuts a user's locations into raw trips with one of two rules, chosen
by the filter the phone recorded the locations with:

* **time filter** (Android records every n seconds; ``DwellSegmentationTimeFilter(5 min, 9 points,
  100 m)``). Walking from a trip start ``s``, the trip ends at the first fix ``k > s`` where

  - the fixes of the window before ``k`` (at least its last 9 fixes and every fix of the last 5
    minutes, but none before ``s``; at least 7 of them, one between 270 and 300 s old) all lie
    within 100 m of ``k``; or
  - tracking restarted just before ``k`` (a reboot or a stop of tracking), or
  - the gap before ``k`` is longer than 10 minutes and no motion reading came during it, or it
    was covered slower than 100 m in 5 minutes, or it is longer than 12 hours.

  The trip ends at a fix in the middle of that window (the middle of the last 9 fixes, or of the
  fixes of the last 5 minutes if that is earlier); when no fix of the window is less than 5
  minutes old (a gap ended it), the trip ended before the gap and the next one starts at ``k``.
  Otherwise the next trip starts at the first fix after ``k`` that comes more than 60 s after the
  previous one or 100 m away from it.
* **distance filter** (iOS records every n metres; ``DwellSegmentationDistFilter(10 min, 50 m)``):
  a trip ends before a fix that comes more than 10 minutes after the previous one, when tracking
  restarted, no motion reading came during the gap, it is longer than 12 hours or it was covered
  slower than 100 m in 5 minutes; the next trip starts at the first fix 50 m or more from the
  previous one.

At the end of the data, the last trip is closed only when the phone reported that it stopped
moving (a ``STOPPED_MOVING`` transition) after the last fix; otherwise it is still under way and
e-mission leaves it for the next sync. Data without any transition (GPX, CSV, GeoLife...) has no
such report: its last trip is closed at its last fix's window as if it had one, or at its last fix
when it was still moving there (a file that ends on the move).

For the time filter, the trip start -> trip end -> next start map is computed for every possible
start at once (the window test depends on the start only through where the window is cut; the
first qualifying fix is found with a sparse table of range minima), then the chain of starts is
followed with pointer doubling: there is no loop over fixes nor over trips.
"""
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .arrays import block_end, chain, chord, dist, first_at_most, group_median, next_true, ranges
from .params import SegmentationParams
from .phone_speed import MOVING_MPS
from .stays import first_exit, first_exit_at

HUGE_GAP_S = 12 * 3600.0  # e-mission's TWELVE_HOURS


@dataclass
class Block:
    """Fixes of one detection run (one user, one location filter): positions into the fix arrays."""
    idx: np.ndarray          # positions of the fixes used, sorted by user then time
    new_block: np.ndarray    # True at the first fix of each run
    distance_filter: np.ndarray  # per run: the distance-filter rule applies
    stopped_after: np.ndarray    # per run: the phone reported it stopped moving after the last fix


def _steps(t, x, y, z, new_block):
    n = len(t)
    dt = np.full(n, np.nan)
    dd = np.full(n, np.nan)
    if n > 1:
        dt[1:] = np.diff(t)
        dd[1:] = dist(x, y, z, np.arange(n - 1), np.arange(1, n))
    dt[new_block] = np.nan
    dd[new_block] = np.nan
    return dt, dd


def _gap_cut(dt, dd, ongoing, restarted, min_gap_s, max_speed):
    """e-mission's gap conditions for a trip end at a fix (False at run starts: ``dt`` is NaN)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        speed = dd / dt
        big = dt > min_gap_s
        return restarted | (big & ~ongoing) | (dt > HUGE_GAP_S) | (big & (speed < max_speed))


def time_filter_trips(t, x, y, z, new_block, ongoing, restarted, stopped_after, p: SegmentationParams,
                      closed=None):
    """Raw trips ``(first, last)`` (positions into these arrays) of the time-filter rule.

    ``closed`` (per fix, optional): the still window's oldest fix may be exactly 270 or 300 s old
    (e-mission wants strictly between, which fixes taken every 30 or 60 s exactly never are: used
    for data that did not come from e-mission's phone app)."""
    n = len(t)
    if n == 0:
        e = np.array([], dtype=np.int64)
        return e, e
    idx = np.arange(n, dtype=np.int64)
    T = float(p.stay_min_duration_s)
    P = int(p.dwell_min_points)
    seg_end = block_end(new_block)
    bs = np.maximum.accumulate(np.where(new_block, idx, 0))
    run = np.cumsum(new_block) - 1
    t0 = t.min()
    span = (t.max() - t0) + 10 * T + 10.0
    key = run * span + (t - t0)
    # wt: first fix less than T old (the window: its last P fixes and last T seconds)
    wt = np.maximum(np.searchsorted(key, key - T, side="right"), bs)
    ws = np.maximum(np.minimum(idx - P, wt), bs)
    # the window must hold a fix between T - 30 s and T old: one of wo..wa-1
    wo = wt
    wa = np.maximum(np.searchsorted(key, key - (T - 30.0), side="left"), bs)
    if closed is not None and closed.any():
        wo = np.where(closed, np.maximum(np.searchsorted(key, key - T, side="left"), bs), wt)
        wa = np.where(closed, np.maximum(np.searchsorted(key, key - (T - 30.0), side="right"), bs), wa)
    # b: the fixes b..i-1 all lie within the radius of i
    ends = np.unique(seg_end)
    rev_new = np.zeros(n, dtype=bool)
    rev_new[n - ends] = True
    rb = first_exit(x[::-1].copy(), y[::-1].copy(), z[::-1].copy(), block_end(rev_new),
                    float(chord(p.stay_radius_m)))
    b = n - rb[::-1]
    dt, dd = _steps(t, x, y, z, new_block)
    cut = _gap_cut(dt, dd, ongoing, restarted, p.gap_min_s, p.stay_radius_m / T)
    cut[new_block] = False
    # the still-window test at fix i holds for the trip starts s <= R[i] with s >= L[i]
    min_cols = max(P - 2, 0)
    valid = wo < wa
    full = (np.maximum(ws, wo) < wa) & ((idx - ws) >= min_cols) & (b <= ws)
    R = np.minimum(idx - min_cols, wa - 1)
    small = np.int32 if n < np.iinfo(np.int32).max - 1 else np.int64   # (memory of the sparse table)
    big = np.iinfo(small).max
    L = np.where(full, -big, np.where(valid, np.maximum(b, ws + 1), big)).astype(small)
    starts = idx
    i0 = np.searchsorted(R, starts, side="left")  # R never decreases
    kv = first_at_most(L, i0, starts.astype(small))
    kg = next_true(cut)[np.minimum(starts + 1, n)]
    k = np.minimum(kv, kg)
    found = k < seg_end
    kc = np.minimum(k, n - 1)
    ended_before, e = _trip_end(kc, starts, ws, wt, P)
    if closed is not None and closed.any():
        # a logger's trip cut by a gap ends at its last fix before the gap when it was still moving
        # there (a train running on, a walk going on into the gap), else where it arrived: the first
        # of the last fixes within the radius of the last one (e-mission's middle of the last window
        # is for its phones, which record a still place for minutes before they stop)
        by_gap = np.flatnonzero(found & (kg <= kv) & closed[kc] & (kc > starts))
        last = kc[by_gap] - 1
        moving = (_side_speeds(t, x, y, z, new_block, last, False, float(p.leg_speed_window_s))
                  >= p.bridge_side_min_speed_mps)
        e[by_gap] = np.where(moving, last, np.maximum(b[last], starts[by_gap]))
    moves = ~new_block & ((dt > p.dwell_restart_gap_s) | (dd >= p.stay_radius_m))
    nm = next_true(moves)[np.minimum(kc + 1, n)]
    if closed is not None and closed.any():
        # a logger that keeps recording at the place (not e-mission's app, which stops while
        # still): the next trip also starts at the first fix a radius away from the trip end's
        # fix, as a walk away at one fix every 30 s never makes a 100 m step
        ends, inv = np.unique(kc[found & closed[kc]], return_inverse=True)
        away = np.full(n, n, dtype=np.int64)
        away[ends] = first_exit_at(x, y, z, seg_end, float(chord(p.stay_radius_m)), ends)
        nm = np.where(closed[kc], np.minimum(nm, away[kc]), nm)
    nxt_start = np.where(nm < seg_end, nm, np.minimum(kc + 1, seg_end))
    nxt = np.where(found, np.where(ended_before, kc, nxt_start), seg_end)
    s = chain(nxt)
    first = s[found[s]]
    last = e[first]
    # end of the data: closed only when the phone says it stopped moving after the last fix
    tail = s[~found[s]]
    last_fix = seg_end[tail] - 1
    close = (tail < last_fix) & stopped_after[run[tail]]
    tail, last_fix = tail[close], last_fix[close]
    _, e_tail = _trip_end(last_fix, tail, ws, wt, P)
    if closed is not None and closed.any() and len(tail):
        # a logger's file that ends on the move (a GPX stopped on the bus) ends its last trip at its last fix, as a
        # gap does (above); e-mission's phones record a still place for minutes before they stop
        moving = closed[last_fix] & (_side_speeds(t, x, y, z, new_block, last_fix, False, float(p.leg_speed_window_s))
                                     >= p.bridge_side_min_speed_mps)
        e_tail = np.where(moving, last_fix, e_tail)
    first = np.concatenate([first, tail])
    last = np.concatenate([last, e_tail])
    order = np.argsort(first, kind="stable")
    return first[order], last[order]


def _trip_end(k, s, ws, wt, P):
    """e-mission's ``get_last_trip_end_point_idx`` at fix ``k`` for trips started at ``s``:
    ``(ended before k, trip end)``."""
    w = np.maximum(ws[k], s)
    n_pt = np.minimum(k - w, P)
    n_time = np.maximum(k - np.maximum(wt[k], w), 0)
    before = n_time == 0
    med_pt = k - n_pt / 2.0
    med_time = k - (n_time + 1) / 2.0
    e = np.floor(np.where(before, med_pt, np.minimum(med_time, med_pt))).astype(np.int64)
    return before, e


def distance_filter_trips(t, x, y, z, new_block, ongoing, restarted, stopped_after, p: SegmentationParams):
    """Raw trips ``(first, last)`` (positions into these arrays) of the distance-filter rule."""
    n = len(t)
    if n == 0:
        e = np.array([], dtype=np.int64)
        return e, e
    T = float(p.dist_filter_min_duration_s)
    D = float(p.dist_filter_radius_m)
    seg_end = block_end(new_block)
    run = np.cumsum(new_block) - 1
    idx = np.arange(n, dtype=np.int64)
    dt, dd = _steps(t, x, y, z, new_block)
    with np.errstate(invalid="ignore", divide="ignore"):
        speed = dd / dt
        cand = (dt > T) & (restarted | ~ongoing | (dt > HUGE_GAP_S) | (speed < (2 * D) / (T / 2)))
    cand[new_block] = False
    c = next_true(cand)[np.minimum(idx + 1, n)]
    found = c < seg_end
    far = ~new_block & (dd >= D)
    cc = np.minimum(c, n - 1)
    nf = next_true(far)[cc]
    nxt = np.where(found, np.minimum(nf, seg_end), seg_end)
    s = chain(nxt)
    first = s[found[s]]
    last = c[first] - 1
    tail = s[~found[s]]
    close = stopped_after[run[tail]]
    tail = tail[close]
    first = np.concatenate([first, tail])
    last = np.concatenate([last, seg_end[tail] - 1])
    order = np.argsort(first, kind="stable")
    return first[order], last[order]


def readings_since_previous(users, t, r_users, r_t):
    """True at fix i when a reading of the same user lies in (t[i-1], t[i]] (at a user's first fix:
    at or before it), as e-mission's ``ongoing_motion_in_loc_df`` / ``tracking_restarted_in_loc_df``
    place them (``searchsorted`` of the reading times into the fix times). Users are integer codes."""
    n = len(t)
    out = np.zeros(n, dtype=bool)
    if n == 0 or len(r_t) == 0:
        return out
    pu = np.asarray(users, dtype=np.int64)
    qu = np.asarray(r_users, dtype=np.int64)
    t0 = min(np.min(t), np.min(r_t))
    span = max(np.max(t), np.max(r_t)) - t0 + 1e6
    pk = pu * span + (t - t0)
    rk = np.sort(qu * span + (np.asarray(r_t, dtype=float) - t0))
    c = np.searchsorted(rk, pk, side="right")
    first = np.ones(n, dtype=bool)
    first[1:] = pu[1:] != pu[:-1]
    # readings at or before the first fix of a user, counted from the start of that user's readings
    base = np.searchsorted(rk, pu * span - 1.0, side="right")
    prev = np.where(first, base, np.append(0, c[:-1]))
    return c > prev


@dataclass
class RawTrips:
    """e-mission's raw trips (``segmentation/raw_trip``), as positions into the fix arrays."""
    first: np.ndarray        # first fix (the trip start)
    last: np.ndarray         # last fix (the trip end)
    distance_filter: np.ndarray  # the trip was cut with the distance-filter (iOS) rule
    untracked_before: np.ndarray  # untracked time between the previous trip's end and this start
    # seconds from the last fix to the arrival (trim_arrivals; NaN: a trip it did not trim)
    end_extra_s: Optional[np.ndarray] = None

    @property
    def n(self):
        return len(self.first)


def _runs(users, is_distance):
    """Run number of each fix: a new run at each user and each change of location filter."""
    n = len(users)
    new = np.ones(n, dtype=bool)
    if n > 1:
        new[1:] = (users[1:] != users[:-1]) | (is_distance[1:] != is_distance[:-1])
    return new


def detect_raw_trips(users, t, x, y, z, is_distance, late, motion_users, motion_t, transitions,
                     close_without_transitions, p: SegmentationParams, closed_window=None,
                     bridged=None) -> RawTrips:
    """e-mission's raw trips of every user (see the module doc).

    ``is_distance``: the fix was recorded with a distance filter; ``late``: the fix reached the
    server too late for the time-filter rule (e-mission keeps fixes written less than 1000 s after
    they were taken); ``motion_users``/``motion_t``: every motion reading; ``transitions``: arrays
    ``(users, t, transition, state)`` of the phone's state machine (users: integer codes, like
    ``users``); ``close_without_transitions``:
    the data has no transition stream (close the last trip at the end of the data); ``bridged``
    (per fix, optional): the gap before the fix is a ride the phone did not record
    (:func:`bridged_gaps`), which does not end the trip."""
    n = len(t)
    users = np.asarray(users, dtype=np.int64)
    tr_u, tr_t, tr_kind, tr_state = transitions
    tr_u = np.asarray(tr_u, dtype=np.int64)
    new_run = _runs(users, is_distance)
    run = np.cumsum(new_run) - 1
    n_runs = int(run[-1]) + 1 if n else 0
    run_dist = np.zeros(n_runs, dtype=bool)
    run_dist[run[new_run]] = is_distance[new_run] if n else []
    restart = (tr_kind == 3) | (tr_kind == 4) | ((tr_state == 1) & (tr_kind == 14))
    stopped = tr_kind == 2
    out_first, out_last, out_dist = [], [], []
    for want_dist in (False, True):
        keep = (is_distance == want_dist) & (~late if not want_dist else np.ones(n, dtype=bool))
        sub = np.flatnonzero(keep)
        if not len(sub):
            continue
        su, st = users[sub], t[sub]
        srun = run[sub]
        nb = np.ones(len(sub), dtype=bool)
        nb[1:] = srun[1:] != srun[:-1]
        ongoing = readings_since_previous(su, st, motion_users, motion_t)
        restarted = readings_since_previous(su, st, tr_u[restart], tr_t[restart])
        if bridged is not None:
            ongoing |= bridged[sub]
        # per run: a STOPPED_MOVING transition after its last fix (or no transition stream at all)
        last_of_run = np.append(np.flatnonzero(nb)[1:], len(sub)) - 1
        rid = np.cumsum(nb) - 1
        stopped_after = np.zeros(int(rid[-1]) + 1, dtype=bool)
        if close_without_transitions:
            stopped_after[:] = True
        elif stopped.any():
            su_last = su[last_of_run]
            t_last = st[last_of_run]
            s_u, s_t = tr_u[stopped], tr_t[stopped]
            order = np.lexsort((s_t, s_u))
            s_u, s_t = s_u[order], s_t[order]
            hi = np.searchsorted(s_u, su_last, side="right")
            lo = np.searchsorted(s_u, su_last, side="left")
            latest = np.where(hi > lo, s_t[np.maximum(hi - 1, 0)], -np.inf)
            stopped_after = latest > t_last
        if want_dist:
            f, l_ = distance_filter_trips(st, x[sub], y[sub], z[sub], nb, ongoing, restarted, stopped_after, p)
        else:
            f, l_ = time_filter_trips(st, x[sub], y[sub], z[sub], nb, ongoing, restarted, stopped_after, p,
                                      None if closed_window is None else closed_window[sub])
        out_first.append(sub[f])
        out_last.append(sub[l_])
        out_dist.append(np.full(len(f), want_dist))
    if out_first:
        first = np.concatenate(out_first)
        last = np.concatenate(out_last)
        tdist = np.concatenate(out_dist)
    else:
        first = last = np.array([], dtype=np.int64)
        tdist = np.array([], dtype=bool)
    order = np.argsort(first, kind="stable")
    first, last, tdist = first[order], last[order], tdist[order]
    untracked = _untracked_before(users, t, x, y, z, first, last, run_dist[run[first]] if n else tdist,
                                  tr_u[restart], tr_t[restart], p)
    return RawTrips(first=first, last=last, distance_filter=tdist, untracked_before=untracked)


def _untracked_before(users, t, x, y, z, first, last, run_is_dist, r_u, r_t, p):
    """e-mission's ``found_untracked_period``: between the end of the previous trip (the place
    entered) and the start of this one, tracking restarted, or the phone is far away (2.5 km on
    Android, 1.2 km on iOS) after moving slower than 3 km/h on average (it was off)."""
    k = len(first)
    out = np.zeros(k, dtype=bool)
    if k < 2:
        return out
    same = np.zeros(k, dtype=bool)
    same[1:] = users[first[1:]] == users[last[:-1]]
    a = np.maximum(np.append(0, last[:-1]), 0)
    enter_t, start_t = t[a], t[first]
    # a restart transition between the place's entry and the new start (inclusive)
    restarted = np.zeros(k, dtype=bool)
    if len(r_t):
        uk = users[first]
        rk = r_u
        t0 = min(t.min(), r_t.min())
        span = max(t.max(), r_t.max()) - t0 + 1e6
        rkey = np.sort(rk * span + (r_t - t0))
        lo = np.searchsorted(rkey, uk * span + (enter_t - t0), side="left")
        hi = np.searchsorted(rkey, uk * span + (start_t - t0), side="right")
        restarted = hi > lo
    d = dist(x, y, z, a, first)
    limit = np.where(run_is_dist, p.untracked_min_distance_ios_m, p.untracked_min_distance_m)
    with np.errstate(divide="ignore", invalid="ignore"):
        v = d / (start_t - enter_t)
        slow = (d >= limit) & ~(v > p.untracked_max_speed_mps)
    out = same & (restarted | slow)
    return out


def _side_speeds(t, x, y, z, new_user, at, after, window_s):
    """Straight-line speed over ``window_s`` before fix ``at`` (``after`` False) or after it (at
    least one step; 0 when the user has no fix on that side)."""
    n = len(t)
    run = np.cumsum(new_user) - 1
    t0 = t.min()
    key = run * ((t.max() - t0) + 10 * window_s + 10.0) + (t - t0)
    first = np.maximum.accumulate(np.where(new_user, np.arange(n), 0))
    stop = block_end(new_user)
    if after:
        o = np.searchsorted(key, key[at] + window_s, side="right") - 1
        o = np.minimum(np.maximum(o, at + 1), stop[at] - 1)
    else:
        o = np.searchsorted(key, key[at] - window_s, side="left")
        o = np.maximum(np.minimum(o, at - 1), first[at])
    dt = np.abs(t[o] - t[at])
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(dt > 0, dist(x, y, z, o, at) / np.where(dt > 0, dt, 1.0), 0.0)


def bridged_gaps(t, x, y, z, new_user, closed, p: SegmentationParams, sides=True):
    """True at fix ``i`` when the gap before it is a ride the phone did not record (fixes that
    are not from e-mission's app, ``closed``): longer than ``gap_min_s`` (at most 12 hours),
    at least ``bridge_min_distance_m`` covered faster than ``bridge_min_speed_mps``, the fixes
    moving (``bridge_side_min_speed_mps``) on both sides (``sides=False``: whatever the sides do,
    for a gap already inside a trip, e.g. after a station stop)."""
    n = len(t)
    out = np.zeros(n, dtype=bool)
    if n < 2 or closed is None or not closed.any():
        return out
    dt, dd = _steps(t, x, y, z, new_user)
    with np.errstate(invalid="ignore", divide="ignore"):
        cand = (closed & np.append(False, closed[:-1]) & (dt > p.gap_min_s) & (dt <= HUGE_GAP_S)
                & (dd >= p.bridge_min_distance_m) & (dd / dt >= p.bridge_min_speed_mps))
    i = np.flatnonzero(cand)
    if not len(i) or not sides:
        out[i] = True
        return out
    w = float(p.leg_speed_window_s)
    vb = _side_speeds(t, x, y, z, new_user, i - 1, False, w)
    va = _side_speeds(t, x, y, z, new_user, i, True, w)
    out[i] = (vb >= p.bridge_side_min_speed_mps) & (va >= p.bridge_side_min_speed_mps)
    return out


def _fix_at(t, new_user, at, dt_s):
    """The fix of the same user ``dt_s`` after fix ``at`` (before it when negative): the last one
    at most that late, or the first one at least that early."""
    n = len(t)
    run = np.cumsum(new_user) - 1
    t0 = t.min()
    key = run * ((t.max() - t0) + 10 * abs(dt_s) + 10.0) + (t - t0)
    first = np.maximum.accumulate(np.where(new_user, np.arange(n), 0))
    if dt_s < 0:
        return np.maximum(np.searchsorted(key, key[at] + dt_s, side="left"), first[at])
    return np.minimum(np.searchsorted(key, key[at] + dt_s, side="right") - 1, block_end(new_user)[at] - 1)


def _window_speeds(t, x, y, z, new_user, window_s):
    """Straight-line speed over a centred window of ``window_s`` around each fix (at least one
    step each side when there is one)."""
    n = len(t)
    idx = np.arange(n)
    run = np.cumsum(new_user) - 1
    t0 = t.min()
    key = run * ((t.max() - t0) + 10 * window_s + 10.0) + (t - t0)
    first = np.maximum.accumulate(np.where(new_user, idx, 0))
    last = block_end(new_user) - 1
    j1 = np.maximum(np.minimum(np.searchsorted(key, key - window_s / 2, side="left"), idx - 1), first)
    j2 = np.minimum(np.maximum(np.searchsorted(key, key + window_s / 2, side="right") - 1, idx + 1), last)
    dt = t[j2] - t[j1]
    return np.where(dt > 0, dist(x, y, z, j1, j2) / np.where(dt > 0, dt, 1.0), 0.0)


def _trip_rides(rt: RawTrips, t, x, y, z, k):
    """Straight-line distance (m) and speed (m/s) from the first to the last fix of raw trips ``k``."""
    f, l_ = rt.first[k], rt.last[k]
    dt = t[l_] - t[f]
    d = dist(x, y, z, f, l_)
    return d, np.where(dt > 0, d / np.where(dt > 0, dt, 1.0), 0.0)


def _still_trips(rt: RawTrips, x, y, z, radius_m):
    """Raw trips whose fixes all lie within ``radius_m`` of their first fix (a pause of more than
    ``dwell_restart_gap_s`` at a place, which the cleaned timeline drops as too short)."""
    cnt = rt.last - rt.first + 1
    off = np.cumsum(cnt) - cnt
    pos = np.arange(cnt.sum()) - np.repeat(off, cnt) + np.repeat(rt.first, cnt)
    d = dist(x, y, z, np.repeat(rt.first, cnt), pos)
    return np.maximum.reduceat(d, off) < radius_m


#: a step into a fix (from the fix before it; out of it, at an arrival) at least this long and
#: slower than ``SLEEP_STEP_MPS`` is a phone that slept at the place: the fix is still the place's
#: however far the noise put it (a phone recording every 5 minutes indoors)
SLEEP_STEP_S = 60.0
SLEEP_STEP_MPS = 1.0
#: ``_away``: a fix is away from a place when farther than the radius and than this many times its
#: reported accuracy
ACCURACY_FACTOR = 2.0
#: ``trim_arrivals``: the place a trip reaches is the median of its fixes in this many seconds
#: before the dwell rule's end (fixes at the place, the rule ending a trip minutes after the arrival);
#: its end is moved past its first fix near the place at the speed over ``ARRIVAL_SPEED_S`` before
#: that fix, by at most ``ARRIVAL_EXTRA_MAX_S``
ARRIVAL_PLACE_S = 60.0
#: ... unless the stay after it has ``ARRIVAL_PLACE_MIN`` fixes in its first ``ARRIVAL_STAY_S``: their median
#: (``_arrival_places``; ``_departure_places``: the stay before a trip, its first and last ``ARRIVAL_STAY_S``)
ARRIVAL_STAY_S = 300.0
ARRIVAL_PLACE_MIN = 3
ARRIVAL_SPEED_S = 30.0
ARRIVAL_EXTRA_MAX_S = 60.0
#: ... and where the phone reads its speed, the trip goes on past that fix while the readings are at least
#: ``phone_speed.MOVING_MPS`` (where the phone-speed features see a leg moving), for at most
#: ``ARRIVAL_EXTRA_MAX_S``: the vehicle's braking and stop
#: ``trim_departures``: a trip's leading fixes at the place are trimmed only when they span this long
DEPARTURE_STILL_S = 60.0


def _to_place(x, y, z, i, ref, j=slice(None)):
    """Straight-line distance (m, chord) from fixes ``i`` to the places ``ref`` (x, y, z arrays; ``j``
    picks the place of each fix)."""
    return np.sqrt((x[i] - ref[0][j]) ** 2 + (y[i] - ref[1][j]) ** 2 + (z[i] - ref[2][j]) ** 2)


def _place_left(rt: RawTrips, users, k):
    """The fix where the user's trip before each raw trip ``k`` ended, else trip ``k``'s first fix."""
    prev = rt.last[np.maximum(k - 1, 0)]
    return np.where((k > 0) & (users[prev] == users[rt.first[k]]), prev, rt.first[k])


def _away(t, x, y, z, acc, trip, pos, ref, radius, from_end):
    """Per fix of ``pos`` (trip ``trip``): away from the place ``ref`` (x, y, z per trip), that is
    farther than ``radius`` and than ``ACCURACY_FACTOR`` times the fix's accuracy, not reached by a
    sleeping phone's step from or to a fix at the place (``SLEEP_STEP_S``; ``from_end``: the step out
    of the fix, the place being after it), and next to another such fix of the trip (a lone jump of
    the noise is still the place's). A fix farther than ``radius`` whose accuracy is too coarse to
    tell (a network fix between two GPS fixes, as many Android phones record while walking away) is
    neither: it is never away, and it does not keep its neighbours from confirming each other."""
    d = _to_place(x, y, z, pos, ref, trip)
    far = d > np.maximum(radius, ACCURACY_FACTOR * acc[pos])
    unsure = (d > radius) & ~far
    nb = np.clip(pos + (1 if from_end else -1), 0, len(t) - 1)
    dt = np.abs(t[nb] - t[pos])
    with np.errstate(invalid="ignore", divide="ignore"):
        sleep = (dt >= SLEEP_STEP_S) & (dist(x, y, z, pos, nb) / np.where(dt > 0, dt, 1.0) < SLEEP_STEP_MPS)
    # ... from or to a fix at the place (within the radius: a fix too coarse to tell, or a stale one
    # repeated with a worse accuracy, is no evidence): a slow step between two fixes away from it is a
    # gap in the trip
    sleep &= _to_place(x, y, z, nb, ref, trip) <= radius
    far &= ~sleep
    sure = np.flatnonzero(~unsure)
    fs, ts = far[sure], trip[sure]
    both = fs[1:] & fs[:-1] & (ts[1:] == ts[:-1])
    confirmed = np.zeros(len(sure), dtype=bool)
    confirmed[1:] |= both
    confirmed[:-1] |= both
    away = np.zeros(len(far), dtype=bool)
    away[sure] = confirmed
    return away


def _trimmable(rt: RawTrips, closed):
    return closed[rt.last] & closed[rt.first] & ~rt.distance_filter & (rt.last > rt.first)


def _arrival_places(rt: RawTrips, users, t, x, y, z, k, pos, trip):
    """The place each raw trip ``k`` reaches (x, y, z arrays): the median of the fixes of the stay after it
    (up to ``ARRIVAL_STAY_S`` after its end, before the next trip), where there are ``ARRIVAL_PLACE_MIN``
    of them; else of its own fixes in its last ``ARRIVAL_PLACE_S`` (``pos`` / ``trip``: its fixes). The
    dwell rule can end a trip seconds after the arrival, when its last minute still holds a queue
    before the place; the fixes after the end are the place's. Also returns whether the trip, with no
    stay after it, is still moving over those last fixes (faster than ``SLEEP_STEP_MPS`` from the first
    to the last): it reached no place, its end stays."""
    last = rt.last[k]
    ends = np.flatnonzero(np.r_[users[1:] != users[:-1], True])
    stop = ends[np.searchsorted(ends, last)] + 1
    nxt = np.minimum(k + 1, rt.n - 1)
    stop = np.where(k + 1 < rt.n, np.minimum(stop, np.where(rt.first[nxt] > last, rt.first[nxt], stop)), stop)
    apos, atrip = ranges(last + 1, stop)
    keep = t[apos] - t[last][atrip] <= ARRIVAL_STAY_S
    apos, atrip = apos[keep], atrip[keep]
    after = np.bincount(atrip, minlength=len(k)) >= ARRIVAL_PLACE_MIN
    near = t[last][trip] - t[pos] <= ARRIVAL_PLACE_S
    ref = [group_median(c[pos[near]], trip[near], len(k)) for c in (x, y, z)]
    aft = [group_median(c[apos], atrip, len(k)) for c in (x, y, z)]
    # with no stay after it, the trip's own last fixes are the place only when they are still: a phone
    # switched off (or out of battery) while moving ends its trip on the move, at its last fix
    lo = last.copy()
    np.minimum.at(lo, trip[near], pos[near])
    moving = ~after & (dist(x, y, z, lo, last) > SLEEP_STEP_MPS * np.maximum(t[last] - t[lo], 1.0))
    return [np.where(after, a, r) for a, r in zip(aft, ref)], moving


def _roll_to_stop(arrive, last, trip, pos, t, speed):
    """Each trimmed trip's arrival fix ``arrive`` moved on to its first fix (up to ``last``, within
    ``ARRIVAL_EXTRA_MAX_S``) whose phone speed reading is under ``phone_speed.MOVING_MPS`` or missing, else
    ``last``: where the vehicle (or the walker) stopped. ``trip``/``pos``: the trips' fixes, as ``ranges``
    gives them (none past ``last``)."""
    if speed is None or not len(arrive):
        return arrive
    v = np.asarray(speed, dtype=float)[pos]
    stopped = (pos >= arrive[trip]) & (~(v >= MOVING_MPS) | (t[pos] - t[arrive][trip] >= ARRIVAL_EXTRA_MAX_S))
    out = last.copy()
    np.minimum.at(out, trip[stopped], pos[stopped])
    return out


def trim_arrivals(rt: RawTrips, users, t, x, y, z, acc, closed, p: SegmentationParams,
                  speed=None) -> RawTrips:
    """Raw trips of fixes that are not from e-mission's app (``closed``) ended at the arrival: the
    dwell rule ends a trip in the middle of the still window that detected it (minutes after the
    arrival for a logger recording every second); the trip now ends at the fix after the last ones
    away (``_away``, ``arrival_radius_m``) from the place it reaches, the median of its fixes in the
    last ``ARRIVAL_PLACE_S``, plus the time to that place at the speed it came in. e-mission's own
    data keeps e-mission's end (its ground truth and its users' expectations follow that rule).
    Trips cut by the distance-filter rule, trips never away from the place, and trips with less than
    ``ARRIVAL_PLACE_S`` after the arrival (a phone switched off while moving) keep their end; a trip
    never away from the place it reaches, which the user's previous trip also ended at, is left out
    (GPS noise at a place). Where the fixes carry the phone's speed readings (``speed``, m/s, NaN where
    none), the trip goes on past its first fix near the place while they read ``phone_speed.MOVING_MPS``
    or more, for at most ``ARRIVAL_EXTRA_MAX_S``: a vehicle brakes to its stop inside the radius, and its
    last metres and its stop are the trip's (the phone-speed car rules read that braking)."""
    if rt.n == 0 or closed is None or not closed.any() or not p.arrival_radius_m > 0:
        return rt
    first, last = rt.first, rt.last
    k = np.flatnonzero(_trimmable(rt, closed))
    if not len(k):
        return rt
    pos, trip = ranges(first[k], last[k] + 1)
    ref, moving = _arrival_places(rt, users, t, x, y, z, k, pos, trip)
    away = _away(t, x, y, z, acc, trip, pos, ref, p.arrival_radius_m, True)
    last_away = np.full(len(k), -1, dtype=np.int64)
    np.maximum.at(last_away, trip[away], pos[away])
    # a trip that never left (noise in a place), or whose fixes after the arrival are too short a still
    # time (a phone switched off while moving ends its trip at its last fix), keeps its end
    arrive = np.clip(np.where(last_away >= 0, last_away + 1, last[k]), first[k] + 1, last[k])
    arrive = np.where((t[last[k]] - t[arrive] >= ARRIVAL_PLACE_S) & ~moving, arrive, last[k])
    rolled = _roll_to_stop(arrive, last[k], trip, pos, t, speed)
    # the first fix near the place is up to the radius short of it: the arrival is later, at the
    # speed of the step into that fix (a walk's last 20-50 m), at most ``ARRIVAL_EXTRA_MAX_S``
    # (the speed over the ``ARRIVAL_SPEED_S`` before that fix: a single step of a walk is mostly noise)
    arr_t = t[arrive][trip]
    inside = (t[pos] >= arr_t - ARRIVAL_SPEED_S) & (pos < arrive[trip])
    back = arrive - 1
    np.minimum.at(back, trip[inside], pos[inside])
    step = t[arrive] - t[back]
    d_ref = _to_place(x, y, z, arrive, ref)
    with np.errstate(invalid="ignore", divide="ignore"):
        v = dist(x, y, z, back, arrive) / np.where(step > 0, step, 1.0)
    extra = np.where((last_away >= 0) & (v > SLEEP_STEP_MPS), np.minimum(d_ref / np.maximum(v, SLEEP_STEP_MPS),
                                                                         ARRIVAL_EXTRA_MAX_S), 0.0)
    extra = np.where((arrive < last[k]) & (rolled == arrive), extra, 0.0)
    arrive = rolled
    new_last = last.copy()
    new_last[k] = arrive
    # NaN: a trip that keeps its end (the timeline's e-mission rules apply to it)
    end_extra = np.full(rt.n, np.nan) if rt.end_extra_s is None else rt.end_extra_s.copy()
    end_extra[k] = np.where(arrive < last[k], np.nan_to_num(extra), np.nan)
    # a trip never away from the place it reaches, which it also left (the user's previous trip ended
    # there): GPS noise at a place, not a trip; its fixes are the place's
    left = _place_left(rt, users, k)
    keep = np.ones(rt.n, dtype=bool)
    keep[k[(last_away < 0) & ~moving & (left != first[k])
           & (_to_place(x, y, z, left, ref) <= p.arrival_radius_m)]] = False
    keep |= rt.untracked_before
    return RawTrips(first=first[keep], last=new_last[keep], distance_filter=rt.distance_filter[keep],
                    untracked_before=rt.untracked_before[keep], end_extra_s=end_extra[keep])


def _departure_places(rt: RawTrips, users, t, x, y, z, k):
    """The place each raw trip ``k`` leaves (x, y, z arrays): the median of the fixes of the stay before it
    (its first and last ``ARRIVAL_STAY_S``, after the user's previous trip), where there are
    ``ARRIVAL_PLACE_MIN`` of them; else the fix where the previous trip ended (``_place_left``). One fix is
    up to its accuracy off the place, and a trimmed arrival's fix is at the place's edge. Also returns
    whether the place is known from outside the trip (else it is the trip's own first fix: the first
    trip of a participant's data, with fewer fixes before it)."""
    first = rt.first[k]
    starts = np.flatnonzero(np.r_[True, users[1:] != users[:-1]])
    lo = starts[np.searchsorted(starts, first, side="right") - 1]
    prev = rt.last[np.maximum(k - 1, 0)]
    lo = np.where((k > 0) & (prev < first), np.maximum(lo, prev + 1), lo)
    bpos, btrip = ranges(lo, first)
    keep = (t[first][btrip] - t[bpos] <= ARRIVAL_STAY_S) | (t[bpos] - t[lo][btrip] <= ARRIVAL_STAY_S)
    bpos, btrip = bpos[keep], btrip[keep]
    before = np.bincount(btrip, minlength=len(k)) >= ARRIVAL_PLACE_MIN
    left = _place_left(rt, users, k)
    place = [np.where(before, group_median(c[bpos], btrip, len(k)), c[left]) for c in (x, y, z)]
    return place, before | (left != first)


def departed_at_place(rt: RawTrips, users, t, x, y, z, closed, p: SegmentationParams):
    """Per raw trip: its start is the departure ``trim_departures`` looks for (fixes not from
    e-mission's app, ``departure_radius_m`` > 0, not after untracked time, a place known from outside
    the trip), not e-mission's rule. The timeline then goes back to that place at the speed the phone
    read as it left, and does not start the trip 30 s earlier at a merged place (``timeline``)."""
    out = np.zeros(rt.n, dtype=bool)
    if rt.n == 0 or closed is None or not closed.any() or not p.departure_radius_m > 0:
        return out
    k = np.flatnonzero(_trimmable(rt, closed) & ~rt.untracked_before)
    if len(k):
        out[k] = _departure_places(rt, users, t, x, y, z, k)[1]
    return out


def trim_departures(rt: RawTrips, users, t, x, y, z, acc, closed, p: SegmentationParams) -> RawTrips:
    """Raw trips of fixes that are not from e-mission's app (``closed``) started at the departure: the
    still fixes a trip begins with (a phone that wakes up at the place and records there before
    leaving, every 5 minutes for a sleeping phone) are the place's, not the trip's; the trip now
    starts at the first of the fixes away (``_away``, ``departure_radius_m``) from the place it
    leaves (where the user's previous trip ended, else its first fix), and the timeline extends it back
    to that place at the pace it left at. A trip whose first fix is already away starts at the first of
    the fixes away just before it (``_leading_away``: a logger's walk, recorded every 30 s, before the
    fix a stay radius on where the dwell rule starts the trip). The mirror of ``trim_arrivals``, with
    the same exceptions; trips after untracked time, trips whose still fixes at the place span less than
    ``DEPARTURE_STILL_S`` (a logger's seconds before its first moving fix, which e-mission's start
    extension places), and the first trip of a participant's data (no stay before it tells where the
    place is), are kept as they are."""
    if rt.n == 0 or closed is None or not closed.any() or not p.departure_radius_m > 0:
        return rt
    first, last = rt.first, rt.last
    k = np.flatnonzero(_trimmable(rt, closed) & ~rt.untracked_before)
    if not len(k):
        return rt
    pos, trip = ranges(first[k], last[k] + 1)
    place, known = _departure_places(rt, users, t, x, y, z, k)
    away = _away(t, x, y, z, acc, trip, pos, place, p.departure_radius_m, False)
    big = np.iinfo(np.int64).max
    first_away = np.full(len(k), big, dtype=np.int64)
    np.minimum.at(first_away, trip[away], pos[away])
    # the trip starts at its first fix away from the place: the timeline takes it back to the place
    # at the speed of its first section (e-mission's start extension), a walk's first metres included
    depart = np.where(first_away < big, first_away, first[k])
    # only a phone that recorded at the place (at least ``DEPARTURE_STILL_S`` of still fixes): the seconds
    # before a logger's first moving fix are e-mission's start extension's to place
    depart = np.where(t[np.minimum(depart, last[k])] - t[first[k]] >= DEPARTURE_STILL_S, depart, first[k])
    # the first trip of a participant's data: its place would be its own first fix, which shows no phone
    # still there (a walk may be under way when the data starts, or the data start with noise hundreds of
    # metres off): e-mission's start rule places it
    depart = np.where(known, depart, first[k])
    new_first = first.copy()
    new_first[k] = np.clip(depart, first[k], last[k] - 1)
    # ... and a trip whose first fix is already away from the place starts at the first of the fixes away
    # that lead into it: the dwell rule starts a logger's trip at its first fix a stay radius from the
    # place, and a walk recorded every 30 s is 40-80 m on at the fixes before it
    lead = _leading_away(rt, users, t, x, y, z, acc, k, place, p)
    back = known & (first_away == first[k]) & (lead < first[k])
    new_first[k[back]] = lead[back]
    return RawTrips(first=new_first, last=last, distance_filter=rt.distance_filter,
                    untracked_before=rt.untracked_before, end_extra_s=rt.end_extra_s)


def _leading_away(rt: RawTrips, users, t, x, y, z, acc, k, place, p: SegmentationParams):
    """Per raw trip ``k``: the first of the fixes just before it (after the user's previous trip, within
    ``stay_min_duration_s`` of its first fix) that are all away (``_away``) from its place ``place``,
    with at least one fix not away before them; else its own first fix."""
    first = rt.first[k]
    starts = np.flatnonzero(np.r_[True, users[1:] != users[:-1]])
    lo = starts[np.searchsorted(starts, first, side="right") - 1]
    prev = rt.last[np.maximum(k - 1, 0)]
    lo = np.where((k > 0) & (prev < first), np.maximum(lo, prev + 1), lo)
    pos, trip = ranges(lo, first + 1)
    away = _away(t, x, y, z, acc, trip, pos, place, p.departure_radius_m, False)
    before = pos < first[trip]
    near = np.full(len(k), -1, dtype=np.int64)
    np.maximum.at(near, trip[before & ~away], pos[before & ~away])
    lead = np.where(near >= 0, near + 1, first)
    return np.where(t[first] - t[lead] <= p.stay_min_duration_s, lead, first)


def merge_station_stops(rt: RawTrips, users, t, x, y, z, closed, p: SegmentationParams) -> RawTrips:
    """Raw trips of fixes that are not from e-mission's app (``closed``) joined across a stop of
    the vehicle: a place shorter than ``station_stop_max_s`` where nobody walked (the fixes
    moving at walking speed cover less than ``stay_radius_m``, from ``stay_min_duration_s``
    before the trip end, a still window, to as long after the next start) between two rides faster than
    ``station_min_speed_mps``, one of them faster than ``station_fast_speed_mps`` (see
    ``SegmentationParams``); or up to ``station_transfer_max_s`` when both are that fast (a connection
    between two trains, part of the trip). Raw trips that never leave the
    radius (a pause in the recording at the stop) are part of the stop."""
    k = rt.n
    if k < 2 or closed is None or not closed.any() or not p.station_stop_max_s > 0:
        return rt
    n = len(t)
    new_user = np.ones(n, dtype=bool)
    new_user[1:] = users[1:] != users[:-1]
    moving = np.flatnonzero(~_still_trips(rt, x, y, z, p.stay_radius_m) | rt.distance_filter)
    if len(moving) < 2:
        return rt
    i, j = moving[:-1], moving[1:]
    a, b = rt.last[i], rt.first[j]
    cu = np.concatenate([[0], np.cumsum(rt.untracked_before | rt.distance_filter)])
    # the stop lasts until the next start, or until its last fix when the phone went silent there and
    # the gap after it is a ride (a train leaving the station with the phone asleep)
    prev = np.maximum(b - 1, 0)
    gap_d = dist(x, y, z, prev, b)
    gap_t = t[b] - t[prev]
    with np.errstate(invalid="ignore", divide="ignore"):
        silent_ride = ((b - 1 > a) & (gap_t > p.gap_min_s) & (gap_d >= p.bridge_min_distance_m)
                       & (gap_d / gap_t >= p.station_min_speed_mps))
    stop_end = np.where(silent_ride, t[prev], t[b])
    # longer stops between two train-fast rides (none without a train speed: station_fast_speed_mps 0)
    stop_max = max(float(p.station_stop_max_s), float(p.station_transfer_max_s) if p.station_fast_speed_mps > 0
                   else 0.0)
    cand = ((users[a] == users[b]) & closed[a] & closed[b] & (cu[j + 1] == cu[i + 1]) & ~rt.distance_filter[i]
            & (b > a) & (stop_end - t[a] <= stop_max))
    c = np.flatnonzero(cand)
    if not len(c):
        return rt
    w = 2.0 * float(p.stay_min_duration_s)
    # the ride on each side: the straight-line speed next to the stop, or over the whole raw trip (a
    # train slows down long before a station and starts slowly)
    len_i, ride_i = _trip_rides(rt, t, x, y, z, i[c])
    len_j, ride_j = _trip_rides(rt, t, x, y, z, j[c])
    side_i = _side_speeds(t, x, y, z, new_user, a[c], False, w)
    side_j = _side_speeds(t, x, y, z, new_user, b[c], True, w)
    fast = ((np.maximum(side_i, ride_i) >= p.station_min_speed_mps)
            & (np.maximum(side_j, ride_j) >= p.station_min_speed_mps))
    # ... one of them a train's (or a coach's on a motorway), not a car's in town: a car that stops this
    # long without a walk the phone recorded was parked; a ride's own speed counts when it is a ride
    # (a few fixes thrown 200 m by the noise next to the place are no train). A "stop" the vehicle went on
    # through, at a motorised speed from the trip end to the next start (the phone silent in a GPS
    # outage), keeps the rule above.
    top_i = np.maximum(side_i, np.where(len_i >= p.bridge_min_distance_m, ride_i, 0.0))
    top_j = np.maximum(side_j, np.where(len_j >= p.bridge_min_distance_m, ride_j, 0.0))
    across = dist(x, y, z, a[c], b[c])
    moved = silent_ride[c] | ((across >= p.bridge_min_distance_m)
                              & (across >= p.station_min_speed_mps * (t[b[c]] - t[a[c]])))
    fast &= (np.maximum(top_i, top_j) >= p.station_fast_speed_mps) | moved
    # a stop longer than station_stop_max_s: a train on each side (a connection, a long halt)
    fast &= ((stop_end[c] - t[a[c]] <= p.station_stop_max_s)
             | (np.minimum(top_i, top_j) >= p.station_fast_speed_mps))
    v = _window_speeds(t, x, y, z, new_user, float(p.leg_speed_window_s))
    step = np.zeros(n)
    step[1:] = dist(x, y, z, np.arange(n - 1), np.arange(1, n))
    dt = np.zeros(n)
    dt[1:] = np.diff(t)
    with np.errstate(invalid="ignore", divide="ignore"):
        sv = np.where(new_user | (dt <= 0), 0.0, step / np.where(dt > 0, dt, 1.0))
    # a step at walking pace, around it too (a vehicle braking passes through those speeds)
    lo_v, hi_v = p.bridge_side_min_speed_mps, p.walk_max_speed_mps
    walking = (v >= lo_v) & (v <= hi_v) & (sv >= lo_v) & (sv <= hi_v)
    # ... and not the one step between a ride and the stop: with a fix a minute, a train's last minute
    # of braking (or first of starting) is a single step at walking pace next to a faster one
    faster = sv > hi_v
    walking[1:] &= ~faster[:-1] | new_user[1:]
    walking[:-1] &= ~(faster[1:] & ~new_user[1:])
    cw = np.concatenate([[0.0], np.cumsum(np.where(walking, step, 0.0))])
    # from a still window before the trip end to as long after the next start
    lo = _fix_at(t, new_user, a[c], -float(p.stay_min_duration_s))
    hi = _fix_at(t, new_user, b[c], float(p.stay_min_duration_s))
    walked = cw[hi + 1] - cw[lo + 1]
    ok = c[fast & (walked < p.stay_radius_m)]
    # trips i+1..j of a joined pair (i, j) are joined to the one before them
    mark = np.zeros(k + 1, dtype=np.int64)
    np.add.at(mark, i[ok] + 1, 1)
    np.add.at(mark, j[ok] + 1, -1)
    join = np.cumsum(mark)[:k] > 0
    if not join.any():
        return rt
    head = np.flatnonzero(~join)
    tail = np.append(head[1:], k) - 1
    return RawTrips(first=rt.first[head], last=rt.last[tail], distance_filter=rt.distance_filter[head],
                    untracked_before=rt.untracked_before[head])
