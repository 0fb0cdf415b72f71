"""Sections: each trip cut where the phone's motion activity changes, as e-mission does.

A port of e-mission-server's section segmentation
(``emission/analysis/intake/segmentation/section_segmentation.py`` and
``section_segmentation_methods/``: ``SmoothedHighConfidenceMotion`` for time-filter phones,
``SmoothedHighConfidenceMotionWithVisitTransitions`` for distance-filter phones, and
``FlipFlopDetection``):

1. The trip's motion readings that are confident (above 60 on Android, 50 on iOS) and name a way of
   travelling (not still, tilting, unknown, none nor "stopped in vehicle") are kept; running counts
   as walking.
2. A new motion change starts at each change of activity. Where it starts depends on the modes
   (``get_curr_end_motion``): going from a non-motorised mode to a vehicle, or from walking to a
   bicycle, the change happens at the last reading of the old mode; otherwise at the first reading
   of the new one.
3. Flip-flops (changes backed by one or two readings, or implausible for their mode: walking faster
   than 1.7 m/s, cycling faster than 8.5 m/s or less than a minute, a vehicle for less than 5
   minutes) are merged into a neighbour, in the direction e-mission's rules choose (transit
   transfers are kept, long flip-flopping streaks become cycling), then consecutive changes of the
   same mode are joined.
4. Each change becomes a section from its first to its last location fix (none if it has no fix;
   on iOS the first and last changes are stretched to the trip's ends and a change needs two
   fixes). The first section starts at the trip start and the last ends at the trip end. A trip
   without any usable reading is one section of unknown mode when it ends farther than 100 m
   (50 m on iOS, where a visit transition or any transition is needed too) from the place it left,
   and has no section otherwise (such trips are dropped later).

The rules are sequential by nature and short (a trip has a few dozen readings): they run in a loop
over the trips that have readings, on small arrays.
"""
from typing import List

import numpy as np

# e-mission's MotionTypes (emission/core/wrapper/motionactivity.py)
IN_VEHICLE, BICYCLING, ON_FOOT, STILL, UNKNOWN, TILTING, WALKING, RUNNING, NONE = 0, 1, 2, 3, 4, 5, 7, 8, 9
STOPPED_WHILE_IN_VEHICLE, AIR_OR_HSR = 10, 11
ACTIVITY_TO_TYPE = {"in_vehicle": IN_VEHICLE, "cycling": BICYCLING, "on_foot": ON_FOOT, "still": STILL,
                    "unknown": UNKNOWN, "tilting": TILTING, "walking": WALKING, "running": RUNNING,
                    "stopped_in_vehicle": STOPPED_WHILE_IN_VEHICLE, "air_or_hsr": AIR_OR_HSR}
#: e-mission's sensed modes in the motion activity vocabulary (legs' ``sensed_mode``)
TYPE_TO_ACTIVITY = {IN_VEHICLE: "in_vehicle", BICYCLING: "cycling", ON_FOOT: "on_foot", STILL: "still",
                    UNKNOWN: "unknown", TILTING: "tilting", WALKING: "walking", RUNNING: "running",
                    NONE: "unknown", STOPPED_WHILE_IN_VEHICLE: "stopped_in_vehicle", AIR_OR_HSR: "air_or_hsr"}
IGNORED = (TILTING, UNKNOWN, STILL, NONE, STOPPED_WHILE_IN_VEHICLE)

# e-mission's domain assumptions (emission/analysis/intake/domain_assumptions.py)
WALKING_MAX_SPEED_MPS = 1.7       # is_walking_speed
BICYCLING_MAX_SPEED_MPS = 8.5     # is_bicycling_speed
BICYCLE_MIN_DURATION_S = 60.0     # is_too_short_bicycle_ride
MOTORIZED_MIN_DURATION_S = 300.0  # is_too_short_motorized_ride
BIKE_VEHICLE_TRANSITION_S = 60.0  # is_too_short_bike_vehicle_transition
BIG_PCT_OF_TRIP = 25.0            # is_big_pct_of_trip
NEW_SECTION_STREAK = 3            # is_flip_flop_streak_for_new_section (longer streaks: cycling)
VISIT_ENDED = 14
EARTH_RADIUS_M = 6371000.0        # emission.core.common.calDistance


def is_walking(kind) -> bool:
    return kind in (WALKING, ON_FOOT, RUNNING)


def is_motorized(kind) -> bool:
    return kind == IN_VEHICLE


def haversine(lon1, lat1, lon2, lat2):
    """e-mission's haversine (radius 6371 km)."""
    lat1, lat2, lon1, lon2 = np.radians(lat1), np.radians(lat2), np.radians(lon1), np.radians(lon2)
    a = np.sin((lat2 - lat1) / 2.0) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2.0) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(a))


class _Motion:
    """One motion reading as e-mission's ``Motionactivity`` (mutable, shared like the original).

    ``named``: e-mission stores the type of a reading as a number, but the type of the copies it
    makes where a change starts at the previous reading as a ``MotionTypes`` member; the one test
    that reads the stored value (``is_motorized(start_motion["type"])`` in ``is_flip_flop``) is
    therefore only true for those copies."""
    __slots__ = ("type", "ts", "idx", "trip_pct", "named")

    def __init__(self, kind, ts, idx, named=False):
        self.type = kind
        self.ts = ts
        self.idx = idx
        self.trip_pct = np.nan
        self.named = named

    def copy(self):
        m = _Motion(self.type, self.ts, self.idx, self.named)
        m.trip_pct = self.trip_pct
        return m


class _TripPoints:
    """The location fixes of one trip (those e-mission's ``filtered_loc_df`` holds)."""

    def __init__(self, t, lat, lon):
        self.t = t
        self.lat = lat
        self.lon = lon
        n = len(t)
        d = np.zeros(n)
        if n > 1:
            d[1:] = haversine(lon[:-1], lat[:-1], lon[1:], lat[1:])
        self.step_d = d
        dt = np.zeros(n)
        dt[1:] = np.diff(t)
        with np.errstate(divide="ignore", invalid="ignore"):
            self.step_v = np.where(dt == 0, 0.0, d / np.where(dt == 0, 1.0, dt))

    def range(self, t0, t1):
        """Positions of the fixes with t0 <= t <= t1."""
        return np.searchsorted(self.t, t0, side="left"), np.searchsorted(self.t, t1, side="right")

    def speeds(self, a, b):
        """``add_dist_heading_speed`` of fixes a..b-1: the first speed is 0."""
        if b <= a:
            return np.zeros(0)
        return np.concatenate([[0.0], self.step_v[a + 1:b]])

    def median_speed(self, t0, t1):
        a, b = self.range(t0, t1)
        if b <= a:
            return None
        return float(np.median(self.speeds(a, b)))


def motion_changes(kinds, ts) -> list:
    """``segment_into_motion_changes`` before the flip-flop merge: ``[(start, end), ...]``."""
    out = []
    if not len(kinds):
        return out
    start = _Motion(int(kinds[0]), float(ts[0]), 0)
    prev = None
    curr = None
    for i in range(len(kinds)):
        curr = _Motion(int(kinds[i]), float(ts[i]), i)
        if curr.ts == start.ts:
            start.idx = i
        if curr.type != start.type:
            end = _end_motion(prev, curr)
            out.append((start, end))
            start = end
        prev = curr
    out.append((start, curr))
    return out


def _end_motion(prev, curr):
    """e-mission's ``get_curr_end_motion``: where a change of activity is put."""
    pm, cm = is_motorized(prev.type), is_motorized(curr.type)
    if not pm and cm:
        return _prev2end(prev, curr)
    if pm and not cm:
        return curr
    if not pm and not cm:
        if is_walking(prev.type) and curr.type == BICYCLING:
            return _prev2end(prev, curr)
        return curr
    return curr


def _prev2end(prev, curr):
    m = prev.copy()
    m.type = curr.type
    m.named = True
    return m


class FlipFlop:
    """e-mission's ``FlipFlopDetection`` on one trip's motion changes."""

    FORWARD, BACKWARD, NEW = 1, -1, 2
    UNMERGED, MERGED = 1, -1

    def __init__(self, changes, pts: _TripPoints):
        self.mc = changes
        self.pts = pts
        if changes:
            total = changes[-1][1].ts - changes[0][0].ts
            for sm, em in changes:
                with np.errstate(divide="ignore", invalid="ignore"):
                    sm.trip_pct = np.float64(em.ts - sm.ts) * 100 / np.float64(total)

    # -- checks
    def valid_for_type(self, sm, em) -> bool:
        if is_walking(sm.type):
            v = self.pts.median_speed(sm.ts, em.ts)
            return not (v is not None and v > WALKING_MAX_SPEED_MPS)
        if sm.type == BICYCLING:
            if em.ts - sm.ts < BICYCLE_MIN_DURATION_S:
                return False
            v = self.pts.median_speed(sm.ts, em.ts)
            return not (v is not None and v > BICYCLING_MAX_SPEED_MPS)
        if sm.type == IN_VEHICLE:
            return not (em.ts - sm.ts < MOTORIZED_MIN_DURATION_S)
        return True  # e-mission has no check for other modes (and fails on them)

    def is_flip_flop(self, sm, em) -> bool:
        if sm.trip_pct > BIG_PCT_OF_TRIP:
            if not (sm.named and is_motorized(sm.type) and em.ts - sm.ts < MOTORIZED_MIN_DURATION_S):
                return False
        idx_diff = em.idx - sm.idx
        if idx_diff <= 1:
            return True
        if not is_walking(sm.type) and idx_diff <= 2:
            return True
        if not self.valid_for_type(sm, em):
            return True
        a, b = self.pts.range(sm.ts, em.ts)
        return b - a == 0

    @staticmethod
    def streaks(ff) -> list:
        """``get_streaks``, bugs included (a streak at the end stops one short)."""
        out = []
        curr = 0
        i = -1
        for i, x in enumerate(ff):
            if not x:
                if i != curr:
                    out.append((curr, i - 1))
                curr = i + 1
        if (i == 0 or i == 1) and ff[i]:
            out.append((i, i))
        elif i != curr - 1:
            out.append((curr, len(ff) - 2))
        return out

    def merge_direction(self, ss, se):
        mc = self.mc
        ssm, _ = mc[ss]
        _, eem = mc[se]
        if ss == 0:
            return (self.BACKWARD, self.UNMERGED)
        bsm, bem = mc[ss - 1]
        if se + 1 == len(mc):
            return (self.FORWARD, self.UNMERGED)
        asm, aem = mc[se + 1]
        if is_motorized(bsm.type) and is_walking(ssm.type) and is_motorized(asm.type):
            return None  # transit transfer
        if bsm.type == asm.type:
            return (self.FORWARD, self.UNMERGED)
        pts = self.pts
        a, b = pts.range(ssm.ts, eem.ts)
        ba, bb = pts.range(bsm.ts, bem.ts)
        aa, ab = pts.range(asm.ts, aem.ts)
        if b - a > 1:
            curr = float(np.median(pts.speeds(a, b)))
        elif bb > ba and ab > aa:
            last_prev, first_next = bb - 1, aa
            d = haversine(pts.lon[last_prev], pts.lat[last_prev], pts.lon[first_next], pts.lat[first_next])
            with np.errstate(divide="ignore", invalid="ignore"):
                curr = float(np.float64(d) / np.float64(pts.t[first_next] - pts.t[last_prev]))
        else:
            curr = 0.0
        if is_walking(asm.type) and curr > WALKING_MAX_SPEED_MPS:
            return (self.FORWARD, self.UNMERGED)
        if is_walking(bsm.type) and curr > WALKING_MAX_SPEED_MPS:
            return (self.BACKWARD, self.UNMERGED)
        before = np.median(pts.speeds(ba, bb)) if bb > ba else np.nan
        after = np.median(pts.speeds(aa, ab)) if ab > aa else np.nan
        if abs(curr - before) < abs(curr - after):
            return (self.FORWARD, self.UNMERGED)
        return (self.BACKWARD, self.UNMERGED)

    def fast_biker(self, ss, se):
        mc = self.mc
        if se + 1 == len(mc):
            return None
        ssm, sem = mc[ss]
        esm, _ = mc[se]
        asm, aem = mc[se + 1]
        bike_idx = esm.idx - ssm.idx
        vehicle_idx = aem.idx - asm.idx
        short = (esm.ts - sem.ts) < BIKE_VEHICLE_TRANSITION_S
        ratio = (esm.ts - ssm.ts) / (aem.ts - asm.ts + 1)
        if (ssm.type == BICYCLING and asm.type == IN_VEHICLE and bike_idx <= 1 and vehicle_idx <= 2
                and short and (bike_idx == 0 or ratio > 0.75)):
            return (self.BACKWARD, self.MERGED)
        return None

    def should_merge(self, ss, se):
        mc = self.mc
        if ss == 0 and se + 1 == len(mc):
            return None
        if ss == se or ss + 1 == se:
            cfbs = self.fast_biker(ss, se)
            ctv = None if is_walking(mc[ss][0].type) else self.merge_direction(ss, se)
            sm, em = mc[ss]
            a, b = self.pts.range(sm.ts, em.ts)
            cnlw = self.merge_direction(ss, se) if b - a <= 1 else None
            for r in (cfbs, ctv, cnlw):
                if r is not None:
                    return r
            return None
        if se - ss > NEW_SECTION_STREAK:
            return (self.NEW, BICYCLING)
        if not all(self.valid_for_type(*mc[i]) for i in range(ss, se + 1)):
            return self.merge_direction(ss, se)
        return None

    def merge(self) -> list:
        mc = self.mc
        ff = [self.is_flip_flop(sm, em) for sm, em in mc]
        fwd, bwd, new = [], [], []
        for ss, se in self.streaks(ff):
            r = self.should_merge(ss, se)
            if r is None:
                continue
            if r[0] == self.FORWARD:
                fwd.append((ss, se, r[1]))
            elif r[0] == self.BACKWARD:
                bwd.append((ss, se, r[1]))
            else:
                new.append((ss, se, r[1]))
        # merge_streaks_pass_1 (lists shared by reference, as in e-mission)
        mod = [[sm, em] for sm, em in mc]
        for ss, se, final in fwd:
            mod[ss - 1][1] = mod[se][1]
            if final == self.MERGED:
                mod[ss - 1][0].type = mod[ss][0].type
                mod[ss - 1][0].named = mod[ss][0].named
            for i in range(ss, se + 1):
                mod[i] = mod[ss - 1]
        for ss, se, final in bwd:
            if final == self.UNMERGED:
                mod[ss][0].type = mod[se + 1][0].type
                mod[ss][0].named = mod[se + 1][0].named
            mod[se + 1][0] = mod[ss][0]
            for i in range(ss, se + 1):
                mod[i] = mod[se + 1]
        for ss, se, mode in new:
            pair = (mod[ss][0], mod[se][1])
            pair[0].type = mode
            pair[0].named = True
            for i in range(ss, se + 1):
                mod[i] = pair
        uniq: List = []
        for m in mod:
            if not any(m is u or (type(m) is type(u) and m[0] is u[0] and m[1] is u[1]) for u in uniq):
                uniq.append(m)
        # merge_streaks_pass_2: consecutive changes of the same mode
        out = []
        start = uniq[0][0]
        prev_end = None
        for sm, em in uniq:
            if sm.type != start.type:
                out.append((start, prev_end))
                start = sm
            prev_end = em
        out.append((start, prev_end))
        return out


def trip_sections(kinds, ts, pts: _TripPoints, distance_filter: bool, distance_from_place: float,
                  has_transitions: bool, has_visit_ended: bool, min_distance_m: float,
                  min_distance_ios_m: float, stop_radius_m: float):
    """Sections of one trip: a list of ``(first fix, last fix, sensed mode)`` (positions into
    ``pts``), from the trip's usable motion readings ``kinds`` (e-mission types) at times ``ts``."""
    n = len(pts.t)
    if n == 0:
        return []
    changes = motion_changes(kinds, ts)
    if changes:
        changes = FlipFlop(changes, pts).merge()
    if not distance_filter:
        out = []
        for sm, em in changes:
            a, b = pts.range(sm.ts, em.ts)
            if b > a:
                out.append([a, b - 1, sm.type])
        if not out:
            if len(changes) == 1 and changes[0][0].type == changes[0][1].type:
                out.append([0, n - 1, changes[0][0].type])
            if not changes and distance_from_place > min_distance_m:
                out.append([0, n - 1, UNKNOWN])
    else:
        if not changes:
            if not has_transitions:
                return []
            if distance_from_place > min_distance_ios_m or has_visit_ended:
                return [(0, n - 1, UNKNOWN)]
            return []
        first = _Motion(changes[0][0].type, float(pts.t[0]), changes[0][0].idx)
        changes[0] = (first, changes[0][1])
        last = _Motion(changes[-1][1].type, float(pts.t[-1]), changes[-1][1].idx)
        changes[-1] = (changes[-1][0], last)
        out = []
        for sm, em in changes:
            a, b = pts.range(sm.ts, em.ts)
            if b - a > 1:
                out.append([a, b - 1, sm.type])
        _squish_stops(changes, out, pts, stop_radius_m)
    if out:
        out[0][0] = 0
        out[-1][1] = n - 1
    return [tuple(s) for s in out]


def _squish_stops(changes, sections, pts: _TripPoints, radius_m):
    """e-mission's ``squish_stops`` (iOS): a stop longer than the radius between two sections is
    given to the side whose motion change is closer in time. The changes are indexed like the
    sections, as in e-mission; when they do not line up, nothing is done."""
    for i in range(len(sections) - 1):
        ss1, se1, _ = sections[i]
        ss2, _, _ = sections[i + 1]
        d = haversine(pts.lon[se1], pts.lat[se1], pts.lon[ss2], pts.lat[ss2])
        if d <= radius_m or i + 1 >= len(changes):
            continue
        mce1 = changes[i][1]
        mcs2 = changes[i + 1][0]
        if mce1.ts != mcs2.ts:
            continue
        start_gap = np.float64(mce1.ts - pts.t[se1])
        end_gap = np.float64(pts.t[ss2] - mcs2.ts)
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = max(start_gap, end_gap) / min(start_gap, end_gap)
        if ratio >= 1.5:
            if start_gap < end_gap:
                sections[i + 1][0] = se1
            else:
                sections[i][1] = ss2


def segment_sections(trip_first, trip_last, trip_dist, trip_user, place_lat, place_lon, fix_user, t, lat, lon,
                     motion, transitions, p):
    """Sections of every trip: arrays ``(trip, first fix, last fix, sensed mode)`` (positions into
    the fix arrays ``t, lat, lon``, sorted by user then time).

    ``trip_dist``: the trip was cut with the distance-filter rule; ``place_lat/lon``: where the place
    it leaves is (for the distance from that place to the trip's end); ``motion``: arrays
    ``(users, t, kind, confidence)`` with e-mission types, sorted by user then time;
    ``transitions``: arrays ``(users, t, transition)`` sorted by user then time. Users are integer
    codes (``trip_user``, ``fix_user`` and the streams alike)."""
    k = len(trip_first)
    m_u, m_t, m_kind, m_conf = motion
    tr_u, tr_t, tr_kind = transitions
    out_trip, out_a, out_b, out_mode = [], [], [], []
    users = np.asarray(trip_user, dtype=np.int64)
    t0 = min([np.min(t)] + ([np.min(m_t)] if len(m_t) else []) + ([np.min(tr_t)] if len(tr_t) else [])) if len(t) else 0.0
    t1 = max([np.max(t)] + ([np.max(m_t)] if len(m_t) else []) + ([np.max(tr_t)] if len(tr_t) else [])) if len(t) else 0.0
    span = t1 - t0 + 1e6

    def keys(u, tt):
        return np.asarray(u, dtype=np.int64) * span + (np.asarray(tt, dtype=float) - t0)

    ts0, ts1 = t[trip_first], t[trip_last]
    uk = users * span
    # usable readings of each trip: confident and naming a way of travelling
    thr = np.where(trip_dist, p.section_min_confidence_ios, p.motion_min_confidence)
    mk = keys(m_u, m_t)
    usable = ~np.isin(m_kind, IGNORED)
    m_lo = np.searchsorted(mk, uk + (ts0 - t0), side="left")
    m_hi = np.searchsorted(mk, uk + (ts1 - t0), side="right")
    cum_usable = np.concatenate([[0], np.cumsum(usable)])
    # readings are usable for a trip when confident above its threshold: count at the lower one
    has_readings = (cum_usable[m_hi] - cum_usable[m_lo]) > 0
    trk = keys(tr_u, tr_t)
    tr_lo = np.searchsorted(trk, uk + (ts0 - t0), side="left")
    tr_hi = np.searchsorted(trk, uk + (ts1 + 300.0 - t0), side="right")
    visit = np.concatenate([[0], np.cumsum(np.asarray(tr_kind) == VISIT_ENDED)])
    has_tr = tr_hi > tr_lo
    has_visit = (visit[tr_hi] - visit[tr_lo]) > 0
    from_place = haversine(place_lon, place_lat, lon[trip_last], lat[trip_last])
    # trips without readings: one section of unknown mode, or none (vectorised)
    quiet = ~has_readings
    unknown = quiet & np.where(trip_dist, has_tr & ((from_place > p.dist_filter_radius_m) | has_visit),
                               from_place > p.stay_radius_m)
    q = np.flatnonzero(unknown)
    out_trip.append(q)
    out_a.append(trip_first[q])
    out_b.append(trip_last[q])
    out_mode.append(np.full(len(q), UNKNOWN))
    # the trip's fixes: all those of its time range (the fix arrays are sorted by user then time)
    fk = keys(fix_user, t)
    f_lo = np.searchsorted(fk, uk + (ts0 - t0), side="left")
    f_hi = np.searchsorted(fk, uk + (ts1 - t0), side="right")
    for i in np.flatnonzero(has_readings):
        a = int(f_lo[i])
        sl = slice(a, int(f_hi[i]))
        pts = _TripPoints(t[sl], lat[sl], lon[sl])
        r = slice(m_lo[i], m_hi[i])
        kinds = m_kind[r]
        conf = m_conf[r]
        keep = usable[r] & ~(conf <= thr[i])
        kinds = np.where(kinds[keep] == RUNNING, WALKING, kinds[keep])
        secs = trip_sections(kinds, m_t[r][keep], pts, bool(trip_dist[i]), float(from_place[i]),
                             bool(has_tr[i]), bool(has_visit[i]), p.stay_radius_m, p.dist_filter_radius_m,
                             p.section_stop_radius_m)
        for sa, sb, mode in secs:
            out_trip.append(np.array([i]))
            out_a.append(np.array([a + sa]))
            out_b.append(np.array([a + sb]))
            out_mode.append(np.array([mode]))
    trip = np.concatenate(out_trip).astype(np.int64)
    sa = np.concatenate(out_a).astype(np.int64)
    sb = np.concatenate(out_b).astype(np.int64)
    mode = np.concatenate(out_mode).astype(np.int64)
    order = np.lexsort((sa, trip))
    return trip[order], sa[order], sb[order], mode[order]
