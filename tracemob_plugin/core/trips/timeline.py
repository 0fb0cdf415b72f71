"""Cleaned trips, sections, places and untracked time: e-mission's ``clean_and_resample``.

A port of e-mission-server's ``emission/analysis/intake/cleaning/clean_and_resample.py`` (and the
places/untracked part of ``segmentation/trip_segmentation.py``), which turns the raw trips and
sections into the trips people see:

* A raw trip without any section (a spurious geofence exit, jitter at home) is dropped.
* Each section loses the fixes jump smoothing deleted (``smoothing``). The first section of a trip
  is extended back to the place it left, unless its first fix was a deleted jump next to that
  place: e-mission goes back from the first fix by the distance to the place at the section's
  median speed (for a non-motorised section whose reach is more than twice its own length, at
  1 m/s when the median is just above walking (cycling) speed, as its code does), never before
  the arrival at the place: then to half the time at the place, at most 3 minutes after the
  arrival (or the arrival itself when the place has no duration, after untracked time). Such an
  extension much faster than the rest of the section makes it of unknown mode. The last section
  ends at the place reached (the trip's last fix, even if smoothing deleted it, unless that fix is
  a deleted jump next to the place).
* A section's distance is measured on its fixes resampled every 30 s (linear interpolation); its
  mode becomes AIR_OR_HSR faster than 150 km/h end to end (or 100 km/h with 10 % of the resampled
  steps above 150 km/h), unknown for an on-foot section of more than 10 km at more than 10 km/h or
  a bicycle one of more than 100 km at more than 20 km/h.
* A stop (between two sections) longer than 150 m is given to one side: to the motorised side if
  only one is, else to the one with fewer fixes per metre.
* A trip shorter than 100 m (its sections and stops) is dropped; the places around dropped trips
  become one. When the place a trip leaves is such a merged place (or the first place after
  dropped trips at the start of the data), the trip starts 30 s earlier at that place if its start
  is within 100 m of it (``_fix_squished_place_mismatch``).
* Trips of fixes that are not from e-mission's app, started at the departure (``dwell.trim_departures``):
  their first section goes back to the place at the pace it left at, and no 30 s earlier at a merged
  place (GPS noise at a place says nothing of when the person left it).
* Untracked time (``dwell``) runs from 5 s after the previous trip's end to the next start; it is
  dropped when the next kept trip (or untracked time) starts within 100 m of where it started, or
  when nothing kept follows it.

Everything is computed for all sections at once (group medians and quantiles, a vectorised
resampling); only the squishing of stops longer than 150 m, which chains the sections of a trip,
loops over those stops.
"""
from dataclasses import dataclass

import numpy as np

from .arrays import group_median, group_quantile, ranges
from .dwell import ARRIVAL_EXTRA_MAX_S, ARRIVAL_SPEED_S, SLEEP_STEP_MPS
from .phone_speed import MOVING_MPS
from .sections import AIR_OR_HSR, BICYCLING, IN_VEHICLE, ON_FOOT, UNKNOWN, WALKING, RUNNING, haversine

SAME_PLACE_M = 100.0
RESAMPLE_S = 30.0
SQUISH_SHIFT_S = 30.0
UNTRACKED_FUZZ_S = 5.0    # epq.END_FUZZ_AVOID_LTE
KMPH = 1000.0 / 3600.0


@dataclass
class Cleaned:
    """The cleaned timeline, as arrays (times in epoch seconds, fixes as positions)."""
    trip_raw: np.ndarray       # raw trip of each cleaned trip
    trip_start: np.ndarray
    trip_end: np.ndarray
    trip_distance: np.ndarray
    trip_first: np.ndarray     # first and last fix of the raw trip
    trip_last: np.ndarray
    sec_trip: np.ndarray       # cleaned trip of each section
    sec_start: np.ndarray
    sec_end: np.ndarray
    sec_first: np.ndarray      # first and last fix kept in the section (the raw section's if none)
    sec_last: np.ndarray
    sec_mode: np.ndarray       # e-mission sensed mode
    sec_distance: np.ndarray
    gap_start: np.ndarray      # untracked time kept
    gap_end: np.ndarray
    gap_user: np.ndarray




class _Fixes:
    """The fix arrays with a per-user time key (sorted by user then time)."""

    def __init__(self, ucode, names, t, lat, lon):
        self.t, self.lat, self.lon = t, lat, lon
        self.n = len(t)
        self.codes, self.ucode = np.asarray(names, dtype=object), np.asarray(ucode, dtype=np.int64)
        self.t0 = float(t.min()) if self.n else 0.0
        self.span = float(t.max() - self.t0 + 1e6) if self.n else 1.0
        self.key = self.ucode * self.span + (t - self.t0)

    def key_of(self, u, ts):
        return u * self.span + (np.asarray(ts, dtype=float) - self.t0)

    def first_at(self, fix):
        """The first fix of the same user at the same time (e-mission looks fixes up by time)."""
        return np.searchsorted(self.key, self.key[fix], side="left")

    def count(self, u, ta, tb):
        """Number of the user's fixes with ta <= t <= tb."""
        return (np.searchsorted(self.key, self.key_of(u, tb), side="right")
                - np.searchsorted(self.key, self.key_of(u, ta), side="left"))


def _hv(lat1, lon1, lat2, lon2):
    return haversine(lon1, lat1, lon2, lat2)


def _speed(d, dt):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(dt == 0, 0.0, d / np.where(dt == 0, 1.0, dt))


def _is_walking(mode):
    return (mode == WALKING) | (mode == ON_FOOT) | (mode == RUNNING)


def _boxplot(values, groups, n_groups, multiplier):
    q1, q3 = group_quantile(values, groups, (0.25, 0.75), n_groups)
    return q3 + multiplier * (q3 - q1)


def clean_timeline(ucode, names, t, lat, lon, raw_first, raw_last, untracked_before, sec_trip, sec_first,
                   sec_last, sec_mode, del_sec, del_fix, p, end_extra_s=None, departed=None,
                   speed=None) -> Cleaned:
    """The cleaned timeline of the raw trips (see the module doc). Fix arrays are sorted by user
    (``ucode``: integer codes into ``names``) then time; raw trips by user then time; sections by
    trip then time; ``del_sec``/``del_fix``: the fixes jump smoothing deleted from each section;
    ``end_extra_s``: seconds from each raw trip's last fix to its arrival (``dwell.trim_arrivals``; NaN for a
    trip it did not trim); ``departed``: per raw trip, its start was found at the departure
    (``dwell.departed_at_place``, fixes not from e-mission's app): it goes back to the place at the pace
    it left at (``speed``: the phone's speed readings, m/s, NaN where none; ``_departure_back``), and it
    does not start 30 s earlier at a merged place (``_link``)."""
    fx = _Fixes(ucode, names, t, lat, lon)
    raw_first = np.asarray(raw_first, dtype=np.int64)
    raw_last = np.asarray(raw_last, dtype=np.int64)
    sec_trip = np.asarray(sec_trip, dtype=np.int64)
    sec_first = np.asarray(sec_first, dtype=np.int64)
    sec_last = np.asarray(sec_last, dtype=np.int64)
    n_sec = len(sec_trip)
    pl = _places(fx, raw_first, raw_last, untracked_before)
    sc = _sections(fx, pl, raw_last, sec_trip, sec_first, sec_last, np.asarray(sec_mode, dtype=np.int64),
                   np.asarray(del_sec, dtype=np.int64), np.asarray(del_fix, dtype=np.int64), p, end_extra_s,
                   departed, speed)
    trip_has = np.bincount(sec_trip, minlength=len(raw_first)) > 0 if n_sec else np.zeros(len(raw_first), bool)
    stops = _stops(fx, sc, sec_trip, len(raw_first), p)
    dist = np.bincount(sec_trip, weights=sc["distance"], minlength=len(raw_first)) + stops if n_sec else \
        np.zeros(len(raw_first))
    kept = trip_has & (dist >= p.min_trip_distance_m)
    return _link(fx, pl, raw_first, raw_last, untracked_before, sec_trip, sc, kept, dist, departed)


def _places(fx, raw_first, raw_last, untracked_before):
    """The raw place each raw trip leaves: where it is, its entry fix (-1 at the start of the data)
    and its entry and exit times."""
    k = len(raw_first)
    tu = fx.ucode[raw_first] if k else np.zeros(0, np.int64)
    prev_same = np.zeros(k, dtype=bool)
    if k > 1:
        prev_same[1:] = tu[1:] == tu[:-1]
    prev_last = np.append(-1, raw_last[:-1]).astype(np.int64)
    restarted = np.asarray(untracked_before, dtype=bool) & prev_same
    enter = np.where(~prev_same, -1, np.where(restarted, raw_first, prev_last))
    where = np.where(~prev_same | restarted, raw_first, prev_last)
    enter_t = np.where(enter >= 0, fx.t[np.maximum(enter, 0)], np.nan)
    exit_t = fx.t[raw_first] if k else np.zeros(0)
    # the location e-mission extends a trip back to: the fix at the place's entry time
    elook = np.where(enter >= 0, fx.first_at(np.maximum(enter, 0)), where) if k else enter
    return {"user": tu, "lat": fx.lat[where], "lon": fx.lon[where], "enter": enter, "enter_t": enter_t,
            "exit_t": exit_t, "elat": fx.lat[elook], "elon": fx.lon[elook], "prev_same": prev_same,
            "prev_last": prev_last}


def _sections(fx, pl, raw_last, sec_trip, sec_first, sec_last, mode, del_sec, del_fix, p, end_extra_s=None,
              departed=None, speed=None):
    """``get_filtered_section`` for every section: kept fixes, start extrapolation, end point,
    resampled distance and mode overrides. A trip started at the departure (``departed``, per raw
    trip) goes back to the place at the speed it left at (``_leaving_speed``), not at its first
    section's median: without motion readings that section is the whole trip (a walk to the stop
    and the bus), and a car's stops at lights lower its median."""
    t, lat, lon, n = fx.t, fx.lat, fx.lon, fx.n
    S = len(sec_trip)
    su = fx.ucode[sec_first] if S else np.zeros(0, np.int64)
    a = np.searchsorted(fx.key, fx.key[sec_first], side="left") if S else np.zeros(0, np.int64)
    b = np.searchsorted(fx.key, fx.key[sec_last], side="right") if S else np.zeros(0, np.int64)
    pos, own = ranges(a, b)
    deleted = np.isin(own * np.int64(n) + pos, del_sec * np.int64(n) + del_fix) if len(del_sec) else \
        np.zeros(len(pos), dtype=bool)
    off = np.concatenate([[0], np.cumsum(b - a)])[:-1]
    first_del = deleted[off] if S else np.zeros(0, bool)
    last_del = deleted[off + (b - a) - 1] if S else np.zeros(0, bool)
    kp, ko = pos[~deleted], own[~deleted]
    nk = np.bincount(ko, minlength=S)
    kstart = np.concatenate([[0], np.cumsum(nk)])[:-1]
    # speeds between consecutive kept fixes of a section (the first is 0)
    first_of = np.ones(len(kp), dtype=bool)
    first_of[1:] = ko[1:] != ko[:-1]
    kd = np.zeros(len(kp))
    kv = np.zeros(len(kp))
    if len(kp) > 1:
        kd[1:] = _hv(lat[kp[:-1]], lon[kp[:-1]], lat[kp[1:]], lon[kp[1:]])
        kv[1:] = _speed(kd[1:], t[kp[1:]] - t[kp[:-1]])
    kd[first_of] = 0.0
    kv[first_of] = 0.0
    has = nk > 0
    k0 = np.where(has, kp[np.minimum(kstart, max(len(kp) - 1, 0))] if len(kp) else 0, sec_first)
    kN = np.where(has, kp[np.minimum(kstart + nk - 1, max(len(kp) - 1, 0))] if len(kp) else 0, sec_first)
    is_first = np.ones(S, dtype=bool)
    is_last = np.ones(S, dtype=bool)
    if S > 1:
        is_first[1:] = sec_trip[1:] != sec_trip[:-1]
        is_last[:-1] = sec_trip[:-1] != sec_trip[1:]
    tr = sec_trip
    # the first section goes back to the place left (_add_start_point), unless its first fix is
    # a deleted jump next to that place (is_place_bogus)
    bogus_start = first_del & (_hv(lat[a], lon[a], pl["lat"][tr], pl["lon"][tr]) < 100.0) if S else first_del
    ext = is_first & has & ~bogus_start & bool(p.extrapolate_trip_start)
    elat, elon = pl["elat"][tr], pl["elon"][tr]
    add = _hv(lat[k0], lon[k0], elat, elon)
    med = group_median(kv, ko, S)
    dsum = np.bincount(ko, weights=kd, minlength=S)
    nz = kv != 0
    nz_med = group_median(kv[nz], ko[nz], S)
    limit = np.where(_is_walking(mode), 1.7, 8.5)
    slow_fix = (add > 2 * dsum) & (mode != IN_VEHICLE) & (med > limit) & ~(0.9 * med > limit)
    with np.errstate(divide="ignore", invalid="ignore"):
        back = np.where(med > 0, np.where(slow_fix, add, add / med),
                        np.where(np.isnan(nz_med), 0.0, add / nz_med))
    if departed is not None and S:
        left = is_first & has & np.asarray(departed, dtype=bool)[tr]
        back = _departure_back(back, add, left, _departure_pace(fx, kp, ko, k0, kN, dsum, S, speed))
    ext &= back != 0
    new_t = t[k0] - back
    enter_t, exit_t = pl["enter_t"][tr], pl["exit_t"][tr]
    dur = exit_t - enter_t
    early = (pl["enter"][tr] >= 0) & (new_t < enter_t)
    new_t = np.where(early, np.where(dur == 0, enter_t, np.minimum(enter_t + dur / 2.0, enter_t + 180.0)), new_t)
    # the extension much faster than the section: unknown mode (_is_unknown_mark_needed)
    start_t = np.where(ext, new_t, t[k0])
    check = is_first & has & ~bogus_start & (start_t != t[sec_first])
    v1 = np.where(ext, _speed(add, t[k0] - new_t),
                  np.where(nk >= 2, kv[np.minimum(kstart + 1, max(len(kv) - 1, 0))] if len(kv) else 0.0, np.nan))
    rank = np.arange(len(kp)) - kstart[ko] if len(kp) else np.zeros(0, np.int64)
    rest_from = np.where(ext, 1, 2)[ko] if len(kp) else np.zeros(0, np.int64)
    rest = rank >= rest_from
    thr = _boxplot(kv[rest], ko[rest], S, 1.5)
    mode = np.where(check & (v1 > thr), UNKNOWN, mode)
    # the last section ends at the place reached (_add_end_point), unless its last fix is a deleted
    # jump next to that place
    e_fix = fx.first_at(raw_last[tr]) if S else np.zeros(0, np.int64)
    bogus_end = last_del & (_hv(lat[b - 1], lon[b - 1], lat[raw_last[tr]], lon[raw_last[tr]]) < 100.0) if S \
        else last_del
    # ... except at an arrival found by ``dwell.trim_arrivals``: that fix is the first at the place, not
    # a jump
    # (jump smoothing can delete a trimmed trip's last few fixes as a small cluster after a jump)
    trimmed = np.isfinite(np.asarray(end_extra_s, dtype=float)[tr]) if end_extra_s is not None and S else \
        np.zeros(S, dtype=bool)
    bogus_end &= ~trimmed
    end_add = is_last & has & ~bogus_end & (_hv(lat[kN], lon[kN], lat[e_fix], lon[e_fix]) != 0)
    # each section's list of points: [extension] + kept fixes + [end point]
    L_sec = np.concatenate([np.flatnonzero(ext), ko, np.flatnonzero(end_add)])
    L_rank = np.concatenate([np.full(int(ext.sum()), -1), rank, np.full(int(end_add.sum()), 1 << 40)])
    L_t = np.concatenate([new_t[ext], t[kp], t[e_fix[end_add]]])
    L_lat = np.concatenate([elat[ext], lat[kp], lat[e_fix[end_add]]])
    L_lon = np.concatenate([elon[ext], lon[kp], lon[e_fix[end_add]]])
    o = np.lexsort((L_rank, L_sec))
    L_sec, L_t, L_lat, L_lon = L_sec[o], L_t[o], L_lat[o], L_lon[o]
    L_n = np.bincount(L_sec, minlength=S)
    L_start = np.concatenate([[0], np.cumsum(L_n)])[:-1]
    last_i = np.maximum(L_start + L_n - 1, 0)
    s_t = np.where(has, L_t[np.minimum(L_start, max(len(L_t) - 1, 0))] if len(L_t) else 0.0, 0.0)
    e_t = np.where(has, L_t[np.minimum(last_i, max(len(L_t) - 1, 0))] if len(L_t) else 0.0, 0.0)
    s_lat = np.where(has, L_lat[np.minimum(L_start, max(len(L_t) - 1, 0))] if len(L_t) else 0.0, 0.0)
    s_lon = np.where(has, L_lon[np.minimum(L_start, max(len(L_t) - 1, 0))] if len(L_t) else 0.0, 0.0)
    e_lat = np.where(has, L_lat[np.minimum(last_i, max(len(L_t) - 1, 0))] if len(L_t) else 0.0, 0.0)
    e_lon = np.where(has, L_lon[np.minimum(last_i, max(len(L_t) - 1, 0))] if len(L_t) else 0.0, 0.0)
    if end_extra_s is not None and S:
        e_t = e_t + np.where(is_last & has & trimmed, np.asarray(end_extra_s, dtype=float)[tr], 0.0)
    # a section whose fixes were all deleted: at its first fix, without length
    if (~has).any():
        z = fx.first_at(sec_first[~has])
        s_t[~has], e_t[~has] = t[z], t[z]
        s_lat[~has], s_lon[~has], e_lat[~has], e_lon[~has] = lat[z], lon[z], lat[z], lon[z]
    distance, q90 = _resample(L_sec, L_t, L_lat, L_lon, L_start, L_n, S)
    distance = np.where(has, distance, 0.0)
    mode = _override(mode, distance, e_t - s_t, q90)
    return {"start": s_t, "end": e_t, "s_lat": s_lat, "s_lon": s_lon, "e_lat": e_lat, "e_lon": e_lon,
            "first": np.where(has, k0, sec_first), "last": np.where(has, kN, sec_last), "mode": mode,
            "distance": distance, "user": su}


def _departure_pace(fx, kp, ko, k0, kN, dsum, S, speed=None):
    """Per section, the pace a trip started at the departure left its place at: where the phone recorded
    the departure (its fix before the section's first kept fix ``k0`` is at most ``dwell.ARRIVAL_SPEED_S``
    earlier), the speed it left at (``_leaving_speed``); after a phone that woke up away from the place
    (a geofence exit, a sleeping phone), the section's average speed (``dsum`` m from ``k0`` to ``kN``),
    its stops included: the unseen way out holds its lights and queues too."""
    t = fx.t
    prev = np.maximum(k0 - 1, 0)
    seen = (k0 > 0) & (fx.ucode[prev] == fx.ucode[k0]) & (t[k0] - t[prev] <= ARRIVAL_SPEED_S)
    with np.errstate(divide="ignore", invalid="ignore"):
        avg = dsum / (t[kN] - t[k0])
    return np.where(seen, _leaving_speed(t, fx.lat, fx.lon, kp, ko, k0, S, speed), avg)


def _departure_back(back, add, left, v0):
    """Seconds a first section goes back to its place (``add`` m away): for the sections of trips
    started at the departure (``left``), at the pace it left at ``v0``, at least a sleeping phone's
    drift (``dwell.SLEEP_STEP_MPS``: its first fix is away from the place, it was moving), and at most
    ``dwell.ARRIVAL_EXTRA_MAX_S`` or as far as e-mission's rule (``back``) would."""
    left = left & np.isfinite(v0)
    own = np.minimum(add / np.maximum(np.nan_to_num(v0), SLEEP_STEP_MPS),
                     np.maximum(back, ARRIVAL_EXTRA_MAX_S))
    return np.where(left, own, back)


def _leaving_speed(t, lat, lon, kp, ko, k0, S, speed=None):
    """Per section: the speed it left its place at, over its first ``dwell.ARRIVAL_SPEED_S`` from its
    first kept fix ``k0`` (the mirror of the speed ``dwell.trim_arrivals`` gives a trip's arrival): the
    median of the phone's speed readings there that show it moving (``phone_speed.MOVING_MPS``; a stop
    at the first junction is not the pace it left at), else the straight-line speed to its last kept
    fix in that span (one step of a walk is mostly noise); NaN without either."""
    win = (t[kp] >= t[k0][ko]) & (t[kp] - t[k0][ko] <= ARRIVAL_SPEED_S)
    end = np.full(S, -1, dtype=np.int64)
    later = win & (kp != k0[ko])
    np.maximum.at(end, ko[later], kp[later])
    ok = end >= 0
    v = np.full(S, np.nan)
    e = end[ok]
    v[ok] = _hv(lat[k0[ok]], lon[k0[ok]], lat[e], lon[e]) / np.maximum(t[e] - t[k0[ok]], 1e-9)
    if speed is not None:
        r = np.asarray(speed, dtype=float)[kp]
        moving = win & (r >= MOVING_MPS)
        read = group_median(r[moving], ko[moving], S)
        v = np.where(np.isfinite(read), read, v)
    return v


def _resample(L_sec, L_t, L_lat, L_lon, L_start, L_n, S):
    """``location_utils.resample`` every 30 s (scipy's linear ``interp1d``) of each section's
    points, then the distances and speeds of the resampled steps that e-mission keeps (``dropna``):
    ``(distance, 0.9 quantile of the speeds)`` per section."""
    dist = np.zeros(S)
    q90 = np.zeros(S)
    multi = L_n >= 2
    if not multi.any():
        return dist, q90
    s_idx = np.flatnonzero(multi)
    t0 = L_t[L_start[s_idx]]
    t1 = L_t[L_start[s_idx] + L_n[s_idx] - 1]
    m = np.maximum(np.ceil((t1 - t0) / RESAMPLE_S), 0).astype(np.int64)
    cnt = m + 1
    R_sec = np.repeat(s_idx, cnt)
    k = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    R_t = np.where(k < np.repeat(m, cnt), np.repeat(t0, cnt) + k * RESAMPLE_S, np.repeat(t1, cnt))
    # sort each section's points by time (interp1d does), then find the interval of each new time
    base = float(min(L_t.min(), R_t.min()))
    span = float(max(L_t.max(), R_t.max()) - base + 1e6)
    o = np.lexsort((L_t, L_sec))
    xs, ylat, ylon = L_t[o], L_lat[o], L_lon[o]
    lkey = L_sec[o] * span + (xs - base)
    rkey = R_sec * span + (R_t - base)
    j = np.searchsorted(lkey, rkey, side="left") - L_start[R_sec]
    j = np.clip(j, 1, L_n[R_sec] - 1) + L_start[R_sec]
    lo, hi = j - 1, j
    with np.errstate(divide="ignore", invalid="ignore"):
        dx = xs[hi] - xs[lo]
        nlat = (ylat[hi] - ylat[lo]) / dx * (R_t - xs[lo]) + ylat[lo]
        nlon = (ylon[hi] - ylon[lo]) / dx * (R_t - xs[lo]) + ylon[lo]
    first = np.ones(len(R_t), dtype=bool)
    first[1:] = R_sec[1:] != R_sec[:-1]
    d = np.zeros(len(R_t))
    v = np.zeros(len(R_t))
    if len(R_t) > 1:
        d[1:] = _hv(nlat[:-1], nlon[:-1], nlat[1:], nlon[1:])
        v[1:] = _speed(d[1:], np.diff(R_t))
    d[first] = 0.0
    v[first] = 0.0
    ok = np.isfinite(nlat) & np.isfinite(nlon) & np.isfinite(d) & np.isfinite(v)
    dist += np.bincount(R_sec[ok], weights=d[ok], minlength=S)
    q = group_quantile(v[ok], R_sec[ok], 0.9, S)
    q90 = np.where(np.isnan(q), 0.0, q)
    return dist, q90


def _override(mode, distance, duration, q90):
    """``get_overriden_mode``: air or high-speed rail, or unknown for implausible on-foot and
    bicycle sections."""
    with np.errstate(divide="ignore", invalid="ignore"):
        speed = distance / duration
    valid = (distance != 0) & (duration != 0)
    air = valid & ((speed > 150 * KMPH) | ((speed > 100 * KMPH) & (q90 > 150 * KMPH)))
    foot = valid & (mode == ON_FOOT) & (distance > 10 * 1000) & (speed > 10 * KMPH)
    bike = valid & (mode == BICYCLING) & (distance > 100 * 1000) & (speed > 20 * KMPH)
    return np.where(air, AIR_OR_HSR, np.where(foot | bike, UNKNOWN, mode))


def _stops(fx, sc, sec_trip, k, p):
    """Stops between consecutive sections of a trip: their lengths (per trip) for the trip
    distance; a stop longer than the radius is squished into one of its sections (``squish_stop``),
    which chains the sections: a loop over those stops only."""
    total = np.zeros(k)
    if len(sec_trip) < 2:
        return total
    pair = np.flatnonzero(sec_trip[1:] == sec_trip[:-1])
    gap = _hv(sc["e_lat"][pair], sc["e_lon"][pair], sc["s_lat"][pair + 1], sc["s_lon"][pair + 1])
    far = gap > p.section_stop_radius_m
    np.add.at(total, sec_trip[pair[~far]], gap[~far])
    start, end, dist, mode = sc["start"], sc["end"], sc["distance"], sc["mode"]
    for i, g in zip(pair[far], gap[far]):
        j = i + 1
        pm, nm = mode[i] == IN_VEHICLE, mode[j] == IN_VEHICLE
        if pm != nm:
            backward = nm
        else:
            u = sc["user"][i]
            backward = (fx.count(u, start[i], end[i]) / (dist[i] + 1)
                        > fx.count(u, start[j], end[j]) / (dist[j] + 1))
        if backward:  # the next section starts where the previous one ended
            start[j], sc["s_lat"][j], sc["s_lon"][j] = end[i], sc["e_lat"][i], sc["e_lon"][i]
            dist[j] += g
        else:
            end[i], sc["e_lat"][i], sc["e_lon"][i] = start[j], sc["s_lat"][j], sc["s_lon"][j]
            dist[i] += g
    return total


def _link(fx, pl, raw_first, raw_last, untracked_before, sec_trip, sc, kept, dist, departed=None):
    """``create_and_link_timeline``: which trips and untracked times are kept, and the 30 s earlier
    start of a trip that leaves a merged place, except a trip whose start was found at the departure
    (``departed``): a place is merged when GPS noise at it made a raw trip too short to keep, which
    says nothing of when the person left it."""
    t, lat, lon = fx.t, fx.lat, fx.lon
    k = len(raw_first)
    unt = np.asarray(untracked_before, dtype=bool) & pl["prev_same"]
    # entries in order: the untracked time before a trip, then the trip
    n_e = k + int(unt.sum())
    e_trip = np.repeat(np.arange(k), 1 + unt.astype(np.int64))
    is_unt = np.zeros(n_e, dtype=bool)
    is_unt[np.cumsum(1 + unt.astype(np.int64))[unt] - 2] = True
    first_sec = np.searchsorted(sec_trip, np.arange(k)) if len(sec_trip) else np.zeros(k, np.int64)
    fs = np.minimum(first_sec, max(len(sec_trip) - 1, 0))
    last_sec = np.searchsorted(sec_trip, np.arange(k), side="right") - 1
    ls = np.maximum(last_sec, 0)
    r = e_trip
    prev_last = pl["prev_last"][r]
    ua = fx.first_at(np.maximum(prev_last, 0)) if n_e else np.zeros(0, np.int64)
    has_sec = len(sec_trip) > 0
    start_t = np.where(is_unt, t[np.maximum(prev_last, 0)] + UNTRACKED_FUZZ_S,
                       sc["start"][fs[r]] if has_sec else 0.0)
    end_t = np.where(is_unt, t[raw_first[r]], sc["end"][ls[r]] if has_sec else 0.0)
    s_lat = np.where(is_unt, lat[ua], sc["s_lat"][fs[r]] if has_sec else 0.0)
    s_lon = np.where(is_unt, lon[ua], sc["s_lon"][fs[r]] if has_sec else 0.0)
    # the raw place left, and the one reached
    p_lat = np.where(is_unt, lat[np.maximum(prev_last, 0)], pl["lat"][r])
    p_lon = np.where(is_unt, lon[np.maximum(prev_last, 0)], pl["lon"][r])
    q_lat = np.where(is_unt, lat[raw_first[r]], lat[raw_last[r]])
    q_lon = np.where(is_unt, lon[raw_first[r]], lon[raw_last[r]])
    user = fx.ucode[raw_first[r]] if n_e else np.zeros(0, np.int64)
    in_map = is_unt | kept[r]
    idx = np.arange(n_e)
    # untracked time is squished when nothing kept follows, or the next kept start is within 100 m
    nxt = np.minimum.accumulate(np.where(in_map, idx, n_e)[::-1])[::-1] if n_e else idx
    nxt = np.append(nxt, n_e)[np.minimum(idx + 1, n_e)]
    has_next = (nxt < n_e) & (user[np.minimum(nxt, n_e - 1)] == user) if n_e else nxt < 0
    nn = np.minimum(nxt, n_e - 1)
    squished = is_unt & (~has_next | (_hv(s_lat, s_lon, s_lat[nn], s_lon[nn]) <= SAME_PLACE_M))
    linked = in_map & ~squished
    # the cleaned place each linked entry leaves: the previous linked entry's end place, or the
    # first place of the user's data
    prv = np.maximum.accumulate(np.where(linked, idx, -1)) if n_e else idx
    prv = np.append(-1, prv[:-1]) if n_e else prv
    prv_ok = (prv >= 0) & (user[np.maximum(prv, 0)] == user) if n_e else prv >= 0
    ufirst = np.searchsorted(user, user, side="left") if n_e else idx
    c_lat = np.where(prv_ok, q_lat[np.maximum(prv, 0)], p_lat[ufirst])
    c_lon = np.where(prv_ok, q_lon[np.maximum(prv, 0)], p_lon[ufirst])
    mismatch = (c_lat != p_lat) | (c_lon != p_lon)
    delta = _hv(s_lat, s_lon, c_lat, c_lon)
    shift = linked & mismatch & (delta <= SAME_PLACE_M)
    if departed is not None:
        shift &= ~(np.asarray(departed, dtype=bool)[r] & ~is_unt)
    start_t = np.where(shift, start_t - SQUISH_SHIFT_S, start_t)
    trips = np.flatnonzero(linked & ~is_unt)
    gaps = np.flatnonzero(linked & is_unt)
    tr_raw = r[trips]
    # the trip (and its first section) now starts at the merged place: the way there counts
    moved = shift[trips]
    dist = dist.copy()
    dist[tr_raw[moved]] += delta[trips][moved]
    sc["distance"][fs[tr_raw[moved]]] += delta[trips][moved]
    sc["start"][fs[tr_raw]] = start_t[trips]
    # the kept trips' sections
    keep_sec = np.isin(sec_trip, tr_raw)
    new_index = np.full(k, -1, dtype=np.int64)
    new_index[tr_raw] = np.arange(len(tr_raw))
    sel = np.flatnonzero(keep_sec)
    return Cleaned(
        trip_raw=tr_raw, trip_start=start_t[trips], trip_end=end_t[trips], trip_distance=dist[tr_raw],
        trip_first=raw_first[tr_raw], trip_last=raw_last[tr_raw],
        sec_trip=new_index[sec_trip[sel]], sec_start=sc["start"][sel], sec_end=sc["end"][sel],
        sec_first=sc["first"][sel], sec_last=sc["last"][sel], sec_mode=sc["mode"][sel],
        sec_distance=sc["distance"][sel], gap_start=start_t[gaps], gap_end=end_t[gaps],
        gap_user=fx.codes[user[gaps]].astype(object))
