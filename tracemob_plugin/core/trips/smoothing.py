"""Jump smoothing: the fixes of each section that e-mission deletes as position jumps.

A port of e-mission-server's ``emission/analysis/intake/cleaning/location_smoothing.py``
(``filter_jumps``) and ``cleaning_methods/jump_smoothing.py`` (``SmoothZigzag``, with
``SmoothPosdap`` as the backup):

1. The speeds between consecutive fixes of the section (the first is 0) give a threshold, the
   upper quartile plus 3 interquartile ranges (``BoxplotOutlier``).
2. The section is cut at each fix reached faster than that (on iOS, at each such jump longer than
   100 m and at the last jump longer than 100 m before it). A piece whose first and last fixes are
   less than 100 m apart is a *cluster*. The shortest piece that is not a cluster is good; going
   right then left from it, pieces are alternately bad and good, a non-cluster piece expected bad
   being first cut where it leaves its 100 m cluster. The fixes of the bad pieces are deleted.
3. If jumps faster than the threshold (recomputed without them) remain and some are faster than
   sound (340.29 m/s), the POSDAP algorithm is tried instead; e-mission keeps whichever leaves no
   such jump.

Any failure of these steps (a piece that should be a cluster is not, no point to cut at...) leaves
the section untouched, as e-mission does. The deleted fixes are not dropped from the trips: they
only change where the cleaned sections start and end, the start extrapolation and the distances
(``timeline``). For iOS sections e-mission first fills each gap longer than a minute whose two
ends are less than 100 m apart with a point a minute at a random distance (up to 100 m) and
bearing from its end (points that are never deleted themselves); the random numbers come, as in
e-mission's reference runs, from numpy's legacy generator seeded with 61297777 (the seed of
e-mission's pipeline tests), drawn section after section, so that the deletions are e-mission's.

The rules are sequential (pieces are cut while they are marked); they run per section with jumps,
on small arrays.
"""
import math

import numpy as np

from .arrays import group_quantile, ranges
from .sections import EARTH_RADIUS_M, haversine


def _hv1(lon1, lat1, lon2, lat2):
    """e-mission's haversine of two points (scalars, without numpy's per-call cost)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2.0) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2.0) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))

SAME_POINT_M = 100.0    # DEFAULT_SAME_POINT_DISTANCE and Segment.CLUSTER_RADIUS
MACH1 = 340.29          # m/s
IOS_FILL_SEED = 61297777  # np.random.seed of e-mission's TestPipelineRealData, before the pipeline runs
IOS_FILL_S = 60.0


def ios_fill(t, lat, lon, rng):
    """``_ios_fill_fake_data``: ``(t, lat, lon, real)`` of the section with its gaps filled."""
    gaps = np.flatnonzero(np.diff(t) > IOS_FILL_S) + 1
    if not len(gaps):
        return t, lat, lon, np.ones(len(t), dtype=bool)
    parts_t, parts_la, parts_lo = [t], [lat], [lon]
    for end in gaps:
        start = end - 1
        if _hv1(lon[start], lat[start], lon[end], lat[end]) > SAME_POINT_M:
            continue
        ts = np.arange(t[start] + IOS_FILL_S, t[end], IOS_FILL_S)
        dist = rng.uniform(low=0, high=100, size=len(ts))
        angle = rng.uniform(low=0, high=2 * np.pi, size=len(ts))
        parts_t.append(ts)
        parts_la.append(lat[end] + np.multiply(dist, np.sin(angle) / 111111))
        # (e-mission takes the cosine of the latitude in degrees as if it were radians)
        parts_lo.append(lon[end] + np.multiply(dist, np.cos(angle) / np.cos(lat[end]) / 111111))
    real = np.concatenate([np.ones(len(t), dtype=bool)] + [np.zeros(len(a), dtype=bool) for a in parts_t[1:]])
    ft, fla, flo = np.concatenate(parts_t), np.concatenate(parts_la), np.concatenate(parts_lo)
    o = np.argsort(ft, kind="stable")
    return ft[o], fla[o], flo[o], real[o]


def boxplot_threshold(speeds, multiplier=3.0):
    """``BoxplotOutlier.get_threshold``: upper quartile + multiplier x IQR (pandas' linear quantiles)."""
    if len(speeds) == 0:
        return np.nan
    q1, q3 = np.quantile(speeds, [0.25, 0.75])
    return q3 + multiplier * (q3 - q1)


def _speeds(t, lat, lon):
    """``add_dist_heading_speed``: distances and speeds from the previous fix (first 0; 0 s -> 0)."""
    n = len(t)
    d = np.zeros(n)
    v = np.zeros(n)
    if n > 1:
        d[1:] = haversine(lon[:-1], lat[:-1], lon[1:], lat[1:])
        dt = np.diff(t)
        with np.errstate(divide="ignore", invalid="ignore"):
            v[1:] = np.where(dt == 0, 0.0, d[1:] / np.where(dt == 0, 1.0, dt))
    return d, v


class _Failed(Exception):
    pass


class _Zigzag:
    """``SmoothZigzag`` on one section (positions 0..n-1)."""

    def __init__(self, t, lat, lon, d, v, is_ios, max_speed):
        self.t, self.lat, self.lon, self.d, self.v = t, lat, lon, d, v
        self.is_ios = is_ios
        self.max_speed = max_speed

    def _segment(self, start, end, dist=None):
        if start == end:
            raise _Failed("empty segment")
        if end <= start or start < 0 or end > len(self.t):
            raise _Failed("bad segment")
        if dist is None:
            dist = _hv1(self.lon[start], self.lat[start], self.lon[end - 1], self.lat[end - 1])
        return {"start": start, "end": end, "dist": dist, "cluster": dist < SAME_POINT_M, "state": 0}

    def _split_points(self):
        jump = self.v > self.max_speed
        if not self.is_ios:
            return list(np.flatnonzero(jump))
        out = []
        far = self.d > SAME_POINT_M
        for j in np.flatnonzero(jump & far):
            before = np.flatnonzero(far[:j])
            if not len(before):
                raise _Failed("no jump to")
            out += [int(before[-1]), int(j)]
        return out

    def _split(self, segs, i, seg, right):
        a, b = seg["start"], seg["end"]
        if right:
            # recalc_speed: the first fix more than 100 m from the previous one
            steps = np.concatenate([[0.0], haversine(self.lon[a:b - 1], self.lat[a:b - 1],
                                                     self.lon[a + 1:b], self.lat[a + 1:b])])
            far = np.flatnonzero(steps > SAME_POINT_M)
            if not len(far):
                raise _Failed("no split point")
            cut = a + int(far[0])
            new, keep = self._segment(cut, b), self._segment(a, cut)
            segs[i] = keep
            segs.insert(i + 1, new)
            return keep
        lon_r, lat_r = self.lon[a:b][::-1], self.lat[a:b][::-1]
        steps = np.concatenate([[0.0], haversine(lon_r[:-1], lat_r[:-1], lon_r[1:], lat_r[1:])])
        far = np.flatnonzero(steps > SAME_POINT_M)
        if not len(far):
            raise _Failed("no split point")
        cut = b - 1 - int(far[0])
        new, keep = self._segment(a, cut + 1), self._segment(cut + 1, b)
        segs[i] = keep
        segs.insert(i, new)
        return keep

    def _mark(self, segs, start, right):
        inc = 1 if right else -1
        i = start + inc
        expected = 1  # bad
        while (i < len(segs)) if right else (i >= 0):
            seg = segs[i]
            if seg["state"] != 0:
                raise _Failed("state already set")
            if expected == 1 and not seg["cluster"]:
                seg = self._split(segs, i, seg, right)
                if not right:
                    i += 1
                if not seg["cluster"]:
                    raise _Failed("after splitting, the segment is not a cluster")
            i += inc
            seg["state"] = expected
            expected = 2 if expected == 1 else 1

    def inliers(self):
        n = len(self.t)
        keep = np.ones(n, dtype=bool)
        pts = [0] + self._split_points()
        if n not in pts:
            pts.append(n)
        a = np.asarray(pts[:-1], dtype=np.int64)
        b = np.asarray(pts[1:], dtype=np.int64)
        ok = (b > a) & (a >= 0) & (b <= n)
        dist = np.zeros(len(a))
        if ok.all():
            dist = haversine(self.lon[a], self.lat[a], self.lon[b - 1], self.lat[b - 1])
        segs = [self._segment(int(x), int(y), float(d) if ok.all() else None) for x, y, d in zip(a, b, dist)]
        if len(segs) == 1:
            return keep
        dists = np.array([s["dist"] for s in segs])
        non_cluster = np.flatnonzero(~np.array([s["cluster"] for s in segs]))
        if not len(non_cluster):
            m = int(np.argmin(dists))
            start = m + 1 if m == 0 else m - 1
            if not 0 <= start < len(segs):
                raise _Failed("no good cluster")
        else:
            start = int(non_cluster[np.argmin(dists[non_cluster])])
        segs[start]["state"] = 2  # good
        self._mark(segs, start, True)
        self._mark(segs, start, False)
        if any(s["state"] == 0 for s in segs):
            raise _Failed("unknown segments")
        for s in segs:
            if s["state"] == 1:
                keep[s["start"]:s["end"]] = False
        return keep


def _posdap(t, lat, lon, max_speed=MACH1):
    """``SmoothPosdap``: pieces cut at jumps faster than ``max_speed``; the shorter (in time) of two
    consecutive pieces loses the fixes farther from the longer one's nearest end than
    ``max_speed / 1000`` m per second (sic)."""
    n = len(t)
    keep = np.ones(n, dtype=bool)
    pieces = []
    curr = []
    for i in range(1, n):
        d = _hv1(lon[i - 1], lat[i - 1], lon[i], lat[i])
        dt = t[i] - t[i - 1]
        v = 0.0 if dt == 0 else d / dt
        if v > max_speed:
            pieces.append(curr)
            curr = []
        curr.append(i)
    pieces.append(curr)
    last = pieces[0]
    rate = max_speed / 1000.0
    for curr in pieces[1:]:
        if not last:
            last = curr
            continue
        if not curr:
            continue
        if t[curr[-1]] - t[curr[0]] <= t[last[-1]] - t[last[0]]:
            ref, cand = last[-1], curr
        else:
            ref, cand = curr[-1], list(reversed(last))
        for j in cand:
            if abs(_hv1(lon[ref], lat[ref], lon[j], lat[j])) > rate * abs(t[ref] - t[j]):
                keep[j] = False
        last = curr
    return keep


def _still_jumps(t, lat, lon, keep):
    """``(outliers remain, fastest speed)`` after recomputing the speeds without the deleted fixes."""
    _, v = _speeds(t[keep], lat[keep], lon[keep])
    thr = boxplot_threshold(v)
    return bool((v > thr).any()), (float(v.max()) if len(v) else np.nan)


def section_deletions(t, lat, lon, is_ios, d=None, v=None, thr=None):
    """Mask of the fixes of one section (sorted by time) that e-mission's jump smoothing deletes
    (``d``, ``v``, ``thr``: its steps, speeds and threshold, when already known)."""
    n = len(t)
    none = np.zeros(n, dtype=bool)
    if n == 0:
        return none
    if d is None:
        d, v = _speeds(t, lat, lon)
        thr = boxplot_threshold(v)
    try:
        keep = _Zigzag(t, lat, lon, d, v, is_ios, thr).inliers()
        if keep.all():
            return ~keep
        remain, fastest = _still_jumps(t, lat, lon, keep)
        if not remain or fastest < MACH1:
            return ~keep
        backup = _posdap(t, lat, lon)
        remain, fastest = _still_jumps(t, lat, lon, backup)
        if not remain or fastest < MACH1:
            return ~backup
        return ~keep
    except _Failed:
        return none


def smooth_sections(sec_first, sec_last, fix_user, t, lat, lon, is_distance):
    """Deleted fixes of every section: arrays ``(section, fix)``.

    A section's fixes are all the fixes of its user from its first to its last time (the fix arrays
    are sorted by user then time; ``fix_user``: integer user codes); ``is_distance``: the fix was recorded with a distance filter (a
    section all of whose fixes are is an iOS section). The speed thresholds of all sections are
    computed at once; only the sections with a jump above theirs go through the (sequential)
    zigzag rules."""
    e = np.array([], dtype=np.int64)
    n = len(t)
    S = len(sec_first)
    if S == 0 or n == 0:
        return e, e
    ucode = np.asarray(fix_user, dtype=np.int64)
    t0 = t.min()
    span = t.max() - t0 + 1e6
    key = ucode * span + (t - t0)
    lo = np.searchsorted(key, key[sec_first], side="left")
    hi = np.searchsorted(key, key[sec_last], side="right")
    pos, own = ranges(lo, hi)
    d_step = np.zeros(n)
    v_step = np.zeros(n)
    if n > 1:
        d_step[1:] = haversine(lon[:-1], lat[:-1], lon[1:], lat[1:])
        dt = np.diff(t)
        with np.errstate(divide="ignore", invalid="ignore"):
            v_step[1:] = np.where(dt == 0, 0.0, d_step[1:] / np.where(dt == 0, 1.0, dt))
    first = np.ones(len(pos), dtype=bool)
    first[1:] = own[1:] != own[:-1]
    d = np.where(first, 0.0, d_step[pos])
    v = np.where(first, 0.0, v_step[pos])
    q1, q3 = group_quantile(v, own, (0.25, 0.75), S)
    thr = q3 + 3.0 * (q3 - q1)
    ios = np.ones(S, dtype=bool)
    np.logical_and.at(ios, own, np.asarray(is_distance, dtype=bool)[pos])
    jump = (v > thr[own]) & ~ios[own]
    # every iOS section goes through the loop (its gaps are filled from the shared random sequence)
    todo = np.flatnonzero(((np.bincount(own[jump], minlength=S) > 0) | ios) & (hi - lo >= 2))
    out_s, out_f = [], []
    starts = np.concatenate([[0], np.cumsum(hi - lo)])[:-1]
    rng = np.random.RandomState(IOS_FILL_SEED) if ios.any() else None
    for k in todo:
        a, b = int(lo[k]), int(hi[k])
        sl = slice(a, b)
        if ios[k]:
            ft, fla, flo, real = ios_fill(t[sl], lat[sl], lon[sl], rng)
            dele = section_deletions(ft, fla, flo, True)[real]
        else:
            o = slice(int(starts[k]), int(starts[k]) + (b - a))
            dele = section_deletions(t[sl], lat[sl], lon[sl], False, d[o], v[o], float(thr[k]))
        if dele.any():
            f = a + np.flatnonzero(dele)
            out_s.append(np.full(len(f), k))
            out_f.append(f)
    if not out_s:
        return e, e
    return np.concatenate(out_s).astype(np.int64), np.concatenate(out_f).astype(np.int64)
