"""Points -> stays, trips and legs (vectorised numpy/pandas, no loop over points).

The phases, each in its own module of this package (column contracts in docs/ARCHITECTURE.md):

1. **Cleaning** (``clean.py``): invalid coordinates, accuracy filter, exact and near duplicates,
   physically impossible speed jumps (spikes that go and come back, or points reached and left
   faster than any vehicle).
2. **Stays** (``stays.py``), three methods (``SegmentationParams.stay_method``):

   - ``"dwell"`` (default): e-mission's trip-end rule. A trip ends at a fix when the fixes of the
     last ``stay_min_duration_s`` (and the last ``dwell_min_points`` fixes) all lie within
     ``stay_radius_m`` of it, or at a long gap without movement; the end is put in the middle of
     that still window as e-mission does, and the next trip starts at the first fix that moves a
     radius away or comes after a pause. The start -> next-start map is computed for every fix at
     once and walked with pointer doubling.
   - ``"window"``: union of the still windows that start (or end) at each fix; stays start at
     the arrival.
   - ``"sliding"``: trackintel's anchor chain, exactly (:meth:`SegmentationParams.trackintel`).
3. **Gap rule**: a long gap without movement (phones stop recording when still) belongs to the
   stay around it, so overnight stays are kept; a long gap with movement that the phone did not
   see (no motion reading during it, or no motion data at all) is *untracked time* (``gaps``):
   it is never counted as stay time and no trip is drawn through it. A gap with movement and
   motion readings (a tunnel, an underground train) stays inside its trip.
4. **Trips** (this module) run between activity stays (``is_activity``: duration >=
   ``activity_min_duration_s``; every dwell stay is one); shorter stays (waiting for a bus) stay
   inside the trip. Trips that never leave the place (``min_trip_extent_m``) or are too short
   (``min_trip_distance_m``) are dropped and the stays around them merged. The start of a trip is
   moved back from its first fix to the departure (distance to the place left at the first leg's
   median speed).
5. **Legs** (``legs.py``, ``motion.py``): each trip is cut where the travel mode changes, from the
   speed profile (walking speeds against vehicle speeds) and, when given, the phone's motion
   activity readings, read as e-mission's section segmentation does. Legs too short in time or
   distance are merged into their neighbours, with lower minimums for walks the phone saw
   (transfer walks). A departure the phone did not record, much faster than the first leg (a
   flight), is a leg of its own.

Ids are strings built from the user and the UTC start time (``<user>_S|T|L_YYYYmmddTHHMMSSZ``),
so the same input always gives the same ids.
"""
from dataclasses import dataclass, field
from typing import Callable, Dict, Optional

import numpy as np
import pandas as pd

from ..errors import Steps
from ..i18n import tr
from ..vocab.columns import GAP_COLUMNS, STAY_COLUMNS, TRIP_COLUMNS
from ..vocab.times import epoch_seconds
from .arrays import dist, group_cumsum, group_starts, make_ids
from .clean import check_points, clean_arrays, clean_points  # noqa: F401 (clean_points: public)
from .legs import leg_ranges, leg_table
from .waits import merge_waits
from ..ingest.motion import motion_from_points
from ..ingest.phone import transitions_from_points
from .motion import MOTION, motion_features
from .phone_speed import PHONE_SPEED, leg_phone
from .pipeline import dwell_tables, remap_fixes, run_dwell
from .params import PARAM_CHOICES, SegmentationParams  # noqa: F401 (the stage's public parameters)
from .stays import detect_stays_sliding, detect_stays_window, merge_stays, trim_stays


@dataclass
class Segmentation:
    """Result of :func:`segment` (columns in docs/ARCHITECTURE.md)."""
    points: pd.DataFrame
    stays: pd.DataFrame
    trips: pd.DataFrame
    legs: pd.DataFrame
    gaps: pd.DataFrame
    stats: Dict[str, int] = field(default_factory=dict)


@dataclass
class _Fixes:
    """The cleaned fixes as arrays (sorted by user and time); x, y, z: sphere coordinates (m)."""
    pts: pd.DataFrame
    t: np.ndarray
    x: np.ndarray
    y: np.ndarray
    z: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    users: np.ndarray
    new_user: np.ndarray
    ucode: np.ndarray
    step_d: np.ndarray
    dt_prev: np.ndarray
    cum: np.ndarray
    #: cumulative distance along the path resampled every ``PATH_STEP_S`` (:func:`path_cumulative`): what
    #: legs report as their distance, without the GPS noise that fixes a second apart add up
    path_cum: np.ndarray = None

    @property
    def n(self):
        return len(self.t)

    @property
    def times(self):
        return self.pts["time"]


@dataclass
class _Stays:
    """Stays as arrays: fixes ``first[k]..stop[k]-1`` belong to stay k; ``of``: stay of each fix (-1)."""
    first: np.ndarray
    stop: np.ndarray
    start_t: np.ndarray
    end_t: np.ndarray
    act: np.ndarray
    of: np.ndarray

    @property
    def n(self):
        return len(self.first)


@dataclass
class _Trips:
    """Trips as arrays: fixes ``first[i]..last[i]`` (inclusive), origin/destination stay (-1)."""
    first: np.ndarray
    last: np.ndarray
    origin: np.ndarray
    dest: np.ndarray
    end_t: np.ndarray
    dist: np.ndarray

    @property
    def n(self):
        return len(self.first)


def _ts(sec):
    """UTC datetimes of epoch seconds, to the nanosecond."""
    return pd.to_datetime(np.round(np.asarray(sec, dtype=float) * 1e9).astype(np.int64), utc=True)


def segment(points: pd.DataFrame, params: Optional[SegmentationParams] = None,
            motion: Optional[pd.DataFrame] = None,
            progress: Optional[Callable[[float], None]] = None,
            is_cancelled: Optional[Callable[[], bool]] = None,
            transitions: Optional[pd.DataFrame] = None, stops: Optional[pd.DataFrame] = None) -> Segmentation:
    """Clean ``points`` and split them into stays, trips, legs and untracked gaps.

    ``points`` follows the points contract (user_id, time, lat, lon, accuracy_m, speed_mps,
    source_file), optionally with the phone's tracking streams (``ingest.phone``: location_filter,
    write_ts, transitions) and motion readings (``ingest.motion``); ``motion`` (optional) the
    motion contract and ``transitions`` (optional) the transitions table, both read from the points
    when not given. ``stops`` (optional, ``lon``/``lat``): public-transport stops; a wait at one between
    arriving on foot and leaving in a vehicle stays inside the trip (:mod:`.waits`). ``progress(fraction)``
    is called along the way and ``is_cancelled()`` is polled (raises :class:`Cancelled`).
    """
    p = (params or SegmentationParams()).validated()
    step = Steps(progress, is_cancelled, tr("segmentation cancelled"))
    step(0.0)
    check_points(points)
    if motion is None:
        motion = motion_from_points(points)  # the readings the points carry (ingest.motion)
    if transitions is None:
        transitions = transitions_from_points(points)  # the phone's state machine (ingest.phone)
    fx, stats = _clean_fixes(points, p)
    step(0.15)
    if p.stay_method == "dwell":
        return merge_waits(_segment_dwell(fx, stats, motion, transitions, p, step), stops, p)
    st, untracked = _find_stays(fx, p, motion)
    step(0.45)
    tr_, st = _find_trips(fx, st, untracked, p)
    step(0.6)
    occ_pt, occ_trip = _trip_occurrences(tr_)
    leg_first, leg_last, leg_trip = leg_ranges(occ_pt, occ_trip, fx.t, fx.cum, fx.ucode, fx.users, motion, p)
    step(0.8)
    stays, trips, legs, gaps, leg_first, leg_last, leg_trip, ids = _tables(
        fx, st, tr_, untracked, leg_first, leg_last, leg_trip, p)
    if motion is not None and len(motion) and len(legs):
        legs = _with_motion_shares(legs, motion, fx.t)
    legs = _with_phone_speed(legs, fx)
    out = _label_fixes(fx, st, tr_, occ_pt, occ_trip, leg_first, leg_last, leg_trip, ids)
    stats.update({"stays": int(st.n), "trips": int(tr_.n), "legs": int(len(legs)), "gaps": int(len(gaps))})
    step(1.0)
    return merge_waits(Segmentation(points=out, stays=stays, trips=trips, legs=legs, gaps=gaps, stats=stats),
                       stops, p)


def _segment_dwell(fx, stats, motion, transitions, p, step):
    """The dwell method: e-mission's pipeline (``pipeline``). The fixes jump smoothing deleted are
    left out of the cleaned points (and of the legs' lines and speeds)."""
    cleaned, deleted = run_dwell(fx, motion, transitions, p, step)
    stats["jump_smoothing"] = int(deleted.sum())
    if deleted.any():
        keep = ~deleted
        cleaned = remap_fixes(cleaned, keep)
        fx = _fixes(fx.pts[keep].reset_index(drop=True), fx.x[keep], fx.y[keep], fx.z[keep])
    stays, trips, legs, gaps, (sid, tid, lid) = dwell_tables(fx, cleaned, p)
    step(0.9)
    if motion is not None and len(motion) and len(legs):
        legs = _with_motion_shares(legs, motion, fx.t)
    legs = _with_phone_speed(legs, fx)
    out = fx.pts
    out["stay_id"] = sid
    out["trip_id"] = tid
    out["leg_id"] = lid
    stats.update({"stays": int(len(stays)), "trips": int(len(trips)), "legs": int(len(legs)),
                  "gaps": int(len(gaps))})
    step(1.0)
    return Segmentation(points=out, stays=stays, trips=trips, legs=legs, gaps=gaps, stats=stats)


# --------------------------------------------------------------------------- phases


def _clean_fixes(points, p):
    """Cleaned fixes and their steps (distance and time from the previous fix of the same user)."""
    pts, stats, (x, y, z) = clean_arrays(points, p)
    return _fixes(pts, x, y, z), stats


#: the time step of the path whose length legs report (e-mission measures its sections on fixes resampled
#: every 30 s): phones that record every second add up their GPS noise, metres a second, on the raw path
PATH_STEP_S = 30.0


def path_cumulative(t, x, y, z, new_user, step_s=PATH_STEP_S):
    """Cumulative distance (m) at each fix along the path through the first fix of every ``step_s`` of
    each user (and the user's last fix), interpolated in time between those fixes. Fixes ``step_s`` or
    more apart are all on the path, so sparse phones measure as before; for fixes a second apart, the
    noise between them no longer adds up."""
    n = len(t)
    if n == 0:
        return np.zeros(0)
    start = np.maximum.accumulate(np.where(new_user, np.arange(n), 0))
    rel_bin = np.floor((t - t[start]) / step_s)
    anchor = new_user.copy()
    anchor[1:] |= rel_bin[1:] != rel_bin[:-1]
    last_of_user = np.append(new_user[1:], True)
    anchor |= last_of_user
    a = np.flatnonzero(anchor)
    seg = np.zeros(len(a))
    if len(a) > 1:
        seg[1:] = dist(x, y, z, a[:-1], a[1:])
        seg[new_user[a]] = 0.0
    cum_a = group_cumsum(seg, np.cumsum(new_user[a]))   # restarts at each user: partition-independent
    k = np.cumsum(anchor) - 1                      # the anchor at or before each fix
    k1 = np.minimum(k + 1, len(a) - 1)             # the next one (same user: the user's last fix is one)
    ta, tb = t[a[k]], t[a[k1]]
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where(tb > ta, (t - ta) / (tb - ta), 0.0)
    return cum_a[k] + (cum_a[k1] - cum_a[k]) * np.clip(frac, 0.0, 1.0)


def _fixes(pts, x, y, z):
    """The fixes of ``pts`` (sorted by user and time) as arrays, with their steps."""
    n = len(pts)
    users = pts["user_id"].to_numpy(dtype=object)
    t = epoch_seconds(pts["time"])
    new_user = group_starts(users)
    step_d = np.zeros(n)
    if n > 1:
        step_d[1:] = dist(x, y, z, np.arange(n - 1), np.arange(1, n))
        step_d[new_user] = 0.0
    dt_prev = np.diff(t, prepend=np.nan)
    dt_prev[new_user] = np.nan
    return _Fixes(pts=pts, t=t, x=x, y=y, z=z, lat=pts["lat"].to_numpy(dtype=float),
                  lon=pts["lon"].to_numpy(dtype=float), users=users, new_user=new_user,
                  ucode=np.cumsum(new_user) - 1, step_d=step_d, dt_prev=dt_prev,
                  cum=group_cumsum(step_d, np.cumsum(new_user)),
                  path_cum=path_cumulative(t, x, y, z, new_user))


def _paint_stays(first, stop, n):
    """Stay index of each fix (-1: in no stay)."""
    k = len(first)
    paint = np.zeros(n + 1, dtype=np.int64)
    np.add.at(paint, first, np.arange(1, k + 1))
    np.add.at(paint, stop, -np.arange(1, k + 1))
    return np.cumsum(paint)[:n] - 1


def _find_stays(fx: _Fixes, p, motion):
    """``(stays, untracked)``: the stays of the chosen method, joined when they follow each other at
    the same place, and the fixes that come after untracked movement (a gap with movement)."""
    n, t, x, y, z = fx.n, fx.t, fx.x, fx.y, fx.z
    if not n:
        first, stop, start_t, end_t = (np.array([], np.int64),) * 2 + (np.array([]),) * 2
    elif p.stay_method == "sliding":
        first, stop, start_t, end_t = detect_stays_sliding(t, x, y, z, fx.new_user, p)
    else:
        first, stop, start_t, end_t = detect_stays_window(t, x, y, z, fx.new_user, p)
    if p.merge_stays_across_dropped_trips and len(first) > 1:
        # stays that follow each other with no fix between, at the same place, are one stay
        nxt_first = first[1:]
        join = ((stop[:-1] == nxt_first) & (fx.ucode[np.minimum(nxt_first, n - 1)] == fx.ucode[first[:-1]])
                & (dist(x, y, z, stop[:-1] - 1, np.minimum(nxt_first, n - 1)) <= p.stay_radius_m))
        if join.any():
            g = np.cumsum(np.append(True, ~join)) - 1
            last_of = np.append(np.flatnonzero(np.diff(g)), len(g) - 1)
            first_of = np.append(0, last_of[:-1] + 1)
            first, start_t = first[first_of], start_t[first_of]
            stop, end_t = stop[last_of], end_t[last_of]
    act = (end_t - start_t) >= p.activity_min_duration_s
    if len(first) and p.stay_method == "window" and np.isfinite(p.stay_core_radius_m):
        first, stop, start_t, end_t = trim_stays(first, stop, start_t, end_t, t, x, y, z, fx.lat, fx.lon,
                                                 p.stay_core_radius_m)
    st = _Stays(first=first, stop=stop, start_t=start_t, end_t=end_t, act=act,
                of=_paint_stays(first, stop, n))
    return st, _untracked(fx, st, p)


def _untracked(fx: _Fixes, st: _Stays, p):
    """Fixes that follow a long gap with movement that no stay covers (untracked time)."""
    n, t = fx.n, fx.t
    in_stay = st.of >= 0
    covered = np.zeros(n, dtype=bool)
    if n > 1 and st.n:
        prev_stay = np.append(-1, st.of[:-1])
        ps = np.maximum(prev_stay, 0)
        covered[1:] = ((prev_stay >= 0) & (st.end_t[ps] >= t - 1e-6))[1:]
    speed_gap = fx.step_d / np.where(fx.dt_prev > 0, fx.dt_prev, np.inf)
    prev_in_stay = np.append(False, in_stay[:-1])
    bridged = ~in_stay & ~prev_in_stay & (fx.dt_prev <= p.gap_bridge_max_s)
    return (~fx.new_user & (fx.dt_prev >= p.gap_min_s) & ~covered
            & (speed_gap >= p.gap_still_max_speed_mps) & ~bridged)


def _find_trips(fx: _Fixes, st: _Stays, untracked, p):
    """``(trips, stays)``: runs of fixes between activity stays, cut at untracked gaps, then the
    too short ones dropped (and the stays around them merged)."""
    tr_, run_id, core, moving, n_moving = _trip_runs(fx, st, untracked, p)
    if p.min_tripleg_points > 1 and tr_.n:
        n_moving = _drop_short_runs(fx, tr_, run_id, core, moving, untracked, p)
    end_t = fx.t[tr_.last] if tr_.n else np.array([])
    if tr_.n and st.n:
        # a trip that ends inside a short stay ends when that stay ends (trackintel)
        ls = st.of[tr_.last]
        short = (ls >= 0) & ~st.act[np.maximum(ls, 0)]
        end_t = np.where(short, np.maximum(end_t, st.end_t[np.maximum(ls, 0)]), end_t)
    tr_.end_t = end_t
    tr_.dist = fx.cum[tr_.last] - fx.cum[tr_.first] if tr_.n else np.array([])
    if tr_.n and st.n and p.extrapolate_trip_start:
        # the way from the place left to a first fix recorded away from it is part of the trip
        o = np.maximum(tr_.origin, 0)
        leave = np.maximum(st.stop[o] - 1, 0)
        away = (tr_.origin >= 0) & (tr_.first != leave)
        tr_.dist = tr_.dist + np.where(away, dist(fx.x, fx.y, fx.z, leave, tr_.first), 0.0)
    keep = (n_moving >= p.min_trip_points) & (tr_.dist >= p.min_trip_distance_m)
    if p.min_trip_extent_m > 0 and tr_.n:
        keep &= _trip_extent(fx, st, tr_) >= p.min_trip_extent_m
    if p.merge_stays_across_dropped_trips and st.n and (~keep).any():
        # a dropped trip is no movement: the places around it are one stay
        (first, stop, start_t, end_t, act, tr_.origin, tr_.dest, of) = merge_stays(
            ~keep, tr_.first, tr_.last, tr_.origin, tr_.dest, st.first, st.stop, st.start_t, st.end_t,
            st.act, fx.t, fx.n)
        st = _Stays(first=first, stop=stop, start_t=start_t, end_t=end_t, act=act, of=of)
    kept = _Trips(first=tr_.first[keep], last=tr_.last[keep], origin=tr_.origin[keep], dest=tr_.dest[keep],
                  end_t=tr_.end_t[keep], dist=tr_.dist[keep])
    return kept, st


def _trip_runs(fx: _Fixes, st: _Stays, untracked, p):
    """Runs of fixes outside activity stays, cut at untracked gaps, with their origin and
    destination stays (the boundary fixes are shared with the stays when they are close in time)."""
    n, t, new_user = fx.n, fx.t, fx.new_user
    in_stay = st.of >= 0
    act_pt = in_stay & st.act[np.maximum(st.of, 0)] if st.n else np.zeros(n, dtype=bool)
    core = ~act_pt
    start_flag = core & (new_user | ~np.append(False, core[:-1]) | untracked)
    core_start = np.flatnonzero(start_flag)
    run_id = np.cumsum(start_flag) - 1
    core_end = np.zeros(len(core_start), dtype=np.int64)
    if len(core_start):
        idx_core = np.flatnonzero(core)
        np.maximum.at(core_end, run_id[idx_core], idx_core)
    moving = core & ~in_stay
    n_moving = np.zeros(len(core_start), dtype=np.int64)
    if len(core_start):
        np.add.at(n_moving, run_id[moving], 1)
    first_pt, last_pt = core_start.copy(), core_end.copy()
    origin = np.full(len(core_start), -1, dtype=np.int64)
    dest = np.full(len(core_start), -1, dtype=np.int64)
    if len(core_start):
        b = core_start - 1
        bc = np.maximum(b, 0)
        has_o = (b >= 0) & ~new_user[core_start] & act_pt[bc] & ~untracked[core_start]
        origin[has_o] = st.of[bc[has_o]]
        a = core_end + 1
        ac = np.minimum(a, n - 1)
        has_d = (a < n) & ~new_user[ac] & act_pt[ac] & ~untracked[ac]
        dest[has_d] = st.of[ac[has_d]]
        if p.trips_share_stay_points:
            # leave from the last fix of the origin stay unless a gap separates them
            join_o = has_o & (t[core_start] - t[bc] <= p.share_max_gap_s)
            first_pt = np.where(join_o, bc, first_pt)
            join_d = has_d & (t[ac] - t[core_end] <= p.share_max_gap_s)
            last_pt = np.where(join_d, ac, last_pt)
    tr_ = _Trips(first=first_pt, last=last_pt, origin=origin, dest=dest, end_t=np.array([]), dist=np.array([]))
    return tr_, run_id, core, moving, n_moving


def _drop_short_runs(fx: _Fixes, tr_: _Trips, run_id, core, moving, untracked, p):
    """trackintel: a run of moving fixes shorter than ``min_tripleg_points`` is no tripleg and no
    part of a trip. Narrows the trips to their valid fixes; returns their moving-fix counts."""
    brk = fx.new_user | untracked | (fx.dt_prev > p.gap_bridge_max_s)
    rs = moving & (brk | ~np.append(False, moving[:-1]))
    rid = np.cumsum(rs) - 1
    rlen = np.bincount(rid[moving], minlength=int(rs.sum())) if moving.any() else np.zeros(0, int)
    short = moving & (rlen[np.maximum(rid, 0)] < p.min_tripleg_points) if moving.any() else moving
    valid = core & ~short
    vi = np.flatnonzero(valid)
    fv = np.full(tr_.n, np.iinfo(np.int64).max, dtype=np.int64)
    lv = np.full(tr_.n, -1, dtype=np.int64)
    np.minimum.at(fv, run_id[vi], vi)
    np.maximum.at(lv, run_id[vi], vi)
    has = lv >= 0
    tr_.first = np.where(has, np.maximum(tr_.first, fv), tr_.first)
    tr_.last = np.where(has, np.minimum(tr_.last, lv), tr_.last)
    n_moving = np.zeros(tr_.n, dtype=np.int64)
    np.add.at(n_moving, run_id[moving & ~short], 1)
    return n_moving


def _trip_extent(fx: _Fixes, st: _Stays, tr_: _Trips):
    """How far each trip goes from the place it leaves (or reaches, or its first fix), metres."""
    ref = tr_.first.copy()
    if st.n:
        ref = np.where(tr_.origin >= 0, st.first[np.maximum(tr_.origin, 0)],
                       np.where(tr_.dest >= 0, st.first[np.maximum(tr_.dest, 0)], tr_.first))
    ln = tr_.last - tr_.first + 1
    tr_of = np.repeat(np.arange(tr_.n), ln)
    pt = np.arange(tr_of.size) - np.repeat(np.cumsum(ln) - ln, ln) + np.repeat(tr_.first, ln)
    far = np.zeros(tr_.n)
    np.maximum.at(far, tr_of, dist(fx.x, fx.y, fx.z, pt, ref[tr_of]))
    return far


def _trip_occurrences(tr_: _Trips):
    """Each trip's fixes as (fix, trip) pairs; boundary fixes may be shared by two trips."""
    tr_len = tr_.last - tr_.first + 1
    occ_trip = np.repeat(np.arange(tr_.n), tr_len)
    occ_pt = (np.arange(occ_trip.size) - np.repeat(np.cumsum(tr_len) - tr_len, tr_len)
              + np.repeat(tr_.first, tr_len)).astype(np.int64)
    return occ_pt, occ_trip


# --------------------------------------------------------------------------- tables


def _with_motion_shares(legs, motion, t):
    """Legs with their shares of motion readings (``trips.motion.MOTION``), measured over the time
    of their first to last fix (``t``: the fixes' times), as mode inference measures them from a
    motion table: the legs layer then carries what mode inference needs."""
    spans = pd.DataFrame({"leg_start": t[legs["first_point"].to_numpy()], "leg_end": t[legs["last_point"].to_numpy()],
                          "user_id": legs["user_id"].astype(str).to_numpy()}, index=legs["leg_id"].to_numpy())
    shares = motion_features(spans, motion)
    out = legs.copy()
    for col in MOTION:
        out[col] = shares[col].to_numpy()
    return out


def _with_phone_speed(legs, fx):
    """Legs with their sensed-speed features (``trips.phone_speed``) when the fixes carry the phone's
    speed readings: mode inference reads them from the legs layer."""
    speed = fx.pts["speed_mps"].to_numpy(dtype=float) if "speed_mps" in fx.pts.columns else None
    if not len(legs) or speed is None or not np.isfinite(speed).any():
        return legs
    f = leg_phone(legs["first_point"].to_numpy(), legs["last_point"].to_numpy(), fx.t, speed)
    out = legs.copy()
    for col in PHONE_SPEED:
        out[col] = f[col].to_numpy()
    return out


def _stay_positions(fx: _Fixes, st: _Stays):
    """Median latitude and longitude of each stay's fixes."""
    st_lat, st_lon = np.zeros(st.n), np.zeros(st.n)
    if st.n:
        inside = st.of >= 0
        med = pd.DataFrame({"s": st.of[inside], "lat": fx.lat[inside], "lon": fx.lon[inside]}).groupby("s").median()
        st_lat[med.index.to_numpy()] = med["lat"].to_numpy()
        st_lon[med.index.to_numpy()] = med["lon"].to_numpy()
    return st_lat, st_lon


def _tables(fx: _Fixes, st: _Stays, tr_: _Trips, untracked, leg_first, leg_last, leg_trip, p):
    """The output tables; the trip starts are moved back to the departure (and a departure the
    phone did not record becomes a leg of its own), which may add legs."""
    users, times = fx.users, fx.times
    stay_ids = make_ids(users[st.first], times.iloc[st.first] if st.n else [], "S")
    trip_ids = make_ids(users[tr_.first], times.iloc[tr_.first] if tr_.n else [], "T")
    leg_ids = make_ids(users[leg_first], times.iloc[leg_first] if len(leg_first) else [], "L")
    legs = leg_table(leg_first, leg_last, leg_trip, leg_ids, trip_ids, users, fx.t, fx.path_cum, fx.step_d,
                     fx.dt_prev, _ts)
    trip_start_t = fx.t[tr_.first].astype(float)
    s_end_t = st.end_t
    if p.extrapolate_trip_start and tr_.n and len(legs):
        trip_start_t, s_end_t, lead = _extrapolate_starts(fx, st, tr_, legs, leg_trip, p)
        if len(lead):
            # a departure the phone did not record (silent for a long gap after the place), much
            # faster than the first leg (a flight, a train taken with the phone asleep or off) is
            # a leg of its own, from the last fix at the place to the first fix away
            _, first_leg = np.unique(leg_trip, return_index=True)
            o = np.maximum(tr_.origin, 0)
            leave = np.maximum(st.stop[o] - 1, 0) if st.n else tr_.first
            at_ = first_leg[lead]
            leg_first = np.insert(leg_first, at_, leave[lead])
            leg_last = np.insert(leg_last, at_, tr_.first[lead])
            leg_trip = np.insert(leg_trip, at_, lead)
            leg_ids = make_ids(users[leg_first], times.iloc[leg_first], "L")
            legs = leg_table(leg_first, leg_last, leg_trip, leg_ids, trip_ids, users, fx.t, fx.path_cum,
                             fx.step_d, fx.dt_prev, _ts)
        _, first_leg = np.unique(leg_trip, return_index=True)
        legs.loc[first_leg, "start_time"] = _ts(trip_start_t[leg_trip[first_leg]])
        legs["duration_s"] = (legs["end_time"] - legs["start_time"]).dt.total_seconds()
    st_lat, st_lon = _stay_positions(fx, st)
    stays = pd.DataFrame({
        "stay_id": stay_ids, "user_id": users[st.first],
        "start_time": _ts(st.start_t), "end_time": _ts(s_end_t),
        "duration_s": (s_end_t - st.start_t).astype(float),
        "is_activity": st.act.astype(bool), "lat": st_lat, "lon": st_lon,
        "n_points": (st.stop - st.first).astype(np.int64)}, columns=STAY_COLUMNS)
    trips = pd.DataFrame({
        "trip_id": trip_ids, "user_id": users[tr_.first],
        "start_time": _ts(trip_start_t), "end_time": _ts(tr_.end_t),
        "duration_s": (tr_.end_t - trip_start_t).astype(float), "distance_m": tr_.dist.astype(float),
        "origin_stay_id": np.where(tr_.origin >= 0, stay_ids[np.maximum(tr_.origin, 0)] if st.n else "", ""),
        "destination_stay_id": np.where(tr_.dest >= 0, stay_ids[np.maximum(tr_.dest, 0)] if st.n else "", ""),
        "n_points": (tr_.last - tr_.first + 1).astype(np.int64),
        "first_point": tr_.first.astype(np.int64), "last_point": tr_.last.astype(np.int64)},
        columns=TRIP_COLUMNS)
    gi = np.flatnonzero(untracked)
    gaps = pd.DataFrame({"user_id": users[gi], "start_time": _ts(fx.t[gi - 1]), "end_time": _ts(fx.t[gi]),
                         "duration_s": (fx.t[gi] - fx.t[gi - 1]).astype(float)}, columns=GAP_COLUMNS)
    for df_ in (stays, trips, legs, gaps):
        for c in ("start_time", "end_time"):
            df_[c] = df_[c].astype("datetime64[ns, UTC]")
    return stays, trips, legs, gaps, leg_first, leg_last, leg_trip, (stay_ids, trip_ids, leg_ids)


def _extrapolate_starts(fx: _Fixes, st: _Stays, tr_: _Trips, legs, leg_trip, p):
    """``(trip start times, stay end times, trips whose unrecorded departure is a leg of its own)``.

    The phone often wakes up after the person has left: go back from the first fix by the distance
    to the place left, at the median speed of the first leg (not before the arrival there)."""
    t = fx.t
    _, first_leg = np.unique(leg_trip, return_index=True)
    v = np.zeros(tr_.n)
    v[leg_trip[first_leg]] = legs["speed_median_mps"].to_numpy()[first_leg]
    has_o = (tr_.origin >= 0) & (v > 0)
    o = np.maximum(tr_.origin, 0)
    enter = st.first[o] if st.n else np.zeros(tr_.n, dtype=np.int64)
    back = np.where(has_o, dist(fx.x, fx.y, fx.z, enter, tr_.first) / np.where(v > 0, v, 1.0), 0.0)
    trip_start_t = t[tr_.first].astype(float)
    guess = trip_start_t - back
    if st.n:
        # never before the arrival at the place: as e-mission does, a start extrapolated before the
        # arrival is put half-way through the (raw) time at the place, at most 3 minutes after it
        enter = st.start_t[o]
        at_place = np.maximum(trip_start_t - enter, 0.0)
        clamp = has_o & (guess < enter)
        guess = np.where(clamp, enter + np.minimum(at_place / 2.0, 180.0), guess)
    trip_start_t = np.where(has_o, np.minimum(trip_start_t, guess), trip_start_t)
    s_end_t = st.end_t.copy()
    if st.n:
        np.minimum.at(s_end_t, o[has_o], trip_start_t[has_o])
    leave = np.maximum(st.stop[o] - 1, 0) if st.n else tr_.first
    lead_s = t[tr_.first] - trip_start_t
    lead_d = dist(fx.x, fx.y, fx.z, leave, tr_.first)
    lead = np.flatnonzero(
        has_o & (t[tr_.first] - t[leave] >= p.gap_min_s) & (lead_s >= p.min_leg_duration_s)
        & (lead_d >= p.min_leg_distance_m)
        & (lead_d > np.maximum(2.0 * v, p.walk_max_speed_mps) * np.maximum(lead_s, 1.0)))
    return trip_start_t, s_end_t, lead


def _label_fixes(fx: _Fixes, st: _Stays, tr_: _Trips, occ_pt, occ_trip, leg_first, leg_last, leg_trip, ids):
    """The cleaned points with the stay, trip and leg each fix belongs to ("" when none)."""
    stay_ids, trip_ids, leg_ids = ids
    n = fx.n
    in_stay = st.of >= 0
    sid = np.full(n, "", dtype=object)
    if st.n:
        sid[in_stay] = stay_ids[st.of[in_stay]]
    tid = np.full(n, "", dtype=object)
    lid = np.full(n, "", dtype=object)
    if tr_.n:
        tid[occ_pt] = trip_ids[occ_trip]
        # trip-internal fixes first, then shared boundary fixes keep the trip they start
        order = np.argsort(occ_trip, kind="stable")[::-1]
        tid[occ_pt[order]] = trip_ids[occ_trip[order]]
    if len(leg_first):
        ll = leg_last - leg_first
        ll[:-1] = np.where(leg_trip[1:] == leg_trip[:-1], ll[:-1] - 1, ll[:-1])  # shared fix -> next leg
        ll = np.maximum(ll, 0) + 1
        lo = np.repeat(np.arange(len(leg_first)), ll)
        lp = np.arange(lo.size) - np.repeat(np.cumsum(ll) - ll, ll) + np.repeat(leg_first, ll)
        lid[lp] = leg_ids[lo]
    out = fx.pts
    out["stay_id"] = sid
    out["trip_id"] = tid
    out["leg_id"] = lid
    return out
