"""Stays: where a person stayed (dwell, window and sliding methods), and their merging and trimming.

The "first fix farther than the radius" of every fix is found without any loop over fixes: a band
check on contiguous slices, then a search in a tree of bounding spheres (aligned blocks of 2^k
fixes, in 3-D sphere coordinates so that the test is exact for great-circle distances); chains
are read with pointer doubling.
"""
import numpy as np
import pandas as pd

from .arrays import arc, block_end, chain, chord, dist, xyz
from .params import SegmentationParams

def first_exit(x, y, z, seg_end, chord_max, band=16):
    """For every fix i: the first j in (i, seg_end[i]) farther than the stay radius from i,
    else seg_end[i]. Returns (nxt, is_exit)."""
    n = len(x)
    nxt = np.full(n, -1, dtype=np.int64)
    c2 = chord_max * chord_max
    idx = np.arange(n, dtype=np.int64)
    # first steps on whole contiguous slices while most fixes are unresolved
    unres = np.ones(n, dtype=bool)
    k = 0
    while k < band and n:
        k += 1
        if k >= n:
            break
        ends = unres & (idx + k >= seg_end)
        nxt[ends] = seg_end[ends]
        unres &= ~ends
        d2 = (x[k:] - x[:-k]) ** 2
        d2 += (y[k:] - y[:-k]) ** 2
        d2 += (z[k:] - z[:-k]) ** 2
        out = np.zeros(n, dtype=bool)
        out[:-k] = d2 >= c2
        out &= unres
        nxt[out] = idx[out] + k
        unres &= ~out
        if unres.sum() < 0.25 * n:
            break
    active = np.flatnonzero(unres)
    for k in range(k + 1, band + 1):
        if not len(active):
            break
        j = active + k
        end = seg_end[active]
        at_end = j >= end
        if at_end.any():
            nxt[active[at_end]] = end[at_end]
            active, j = active[~at_end], j[~at_end]
        d2 = (x[j] - x[active]) ** 2 + (y[j] - y[active]) ** 2 + (z[j] - z[active]) ** 2
        out = d2 >= c2
        nxt[active[out]] = j[out]
        active = active[~out]
    if len(active):
        tree_exit(x, y, z, seg_end, chord_max, active, band + 1, nxt)
    return nxt


def first_exit_at(x, y, z, seg_end, chord_max, q, band=16):
    """:func:`first_exit` for the fixes ``q`` only."""
    q = np.asarray(q, dtype=np.int64)
    out = np.full(len(q), -1, dtype=np.int64)
    if not len(q):
        return out
    c2 = chord_max * chord_max
    active = np.arange(len(q))
    for k in range(1, band + 1):
        if not len(active):
            break
        i = q[active]
        j = i + k
        end = seg_end[i]
        at_end = j >= end
        out[active[at_end]] = end[at_end]
        active, i, j = active[~at_end], i[~at_end], j[~at_end]
        d2 = (x[j] - x[i]) ** 2 + (y[j] - y[i]) ** 2 + (z[j] - z[i]) ** 2
        far = d2 >= c2
        out[active[far]] = j[far]
        active = active[~far]
    if len(active):
        tmp = np.full(len(x), -1, dtype=np.int64)
        tree_exit(x, y, z, seg_end, chord_max, q[active], band + 1, tmp)
        out[active] = tmp[q[active]]
    return out


def tree_exit(x, y, z, seg_end, chord_max, q, start_offset, nxt):
    """Bounding-sphere search of the first exit for the fixes ``q`` (still unresolved)."""
    n = len(x)
    cx, cy, cz, rr = [x], [y], [z], [np.zeros(n)]
    while len(cx[-1]) > 1:
        ax, ay, az, ar = cx[-1], cy[-1], cz[-1], rr[-1]
        if len(ax) % 2:
            ax, ay, az, ar = (np.append(ax, ax[-1]), np.append(ay, ay[-1]), np.append(az, az[-1]),
                              np.append(ar, ar[-1]))
        mx = 0.5 * (ax[0::2] + ax[1::2])
        my = 0.5 * (ay[0::2] + ay[1::2])
        mz = 0.5 * (az[0::2] + az[1::2])
        ra = np.sqrt((ax[0::2] - mx) ** 2 + (ay[0::2] - my) ** 2 + (az[0::2] - mz) ** 2) + ar[0::2]
        rb = np.sqrt((ax[1::2] - mx) ** 2 + (ay[1::2] - my) ** 2 + (az[1::2] - mz) ** 2) + ar[1::2]
        cx.append(mx)
        cy.append(my)
        cz.append(mz)
        rr.append(np.maximum(ra, rb))
    lmax = len(cx) - 1
    offsets = np.cumsum([0] + [len(a) for a in cx])[:-1].astype(np.int64)
    fx, fy, fz, fr = (np.concatenate(a) for a in (cx, cy, cz, rr))
    del cx, cy, cz, rr

    pos = q + start_offset
    lim = np.full(len(q), lmax, dtype=np.int64)
    qx, qy, qz, qend = x[q], y[q], z[q], seg_end[q]
    while len(q):
        rem = qend - pos
        fin = rem <= 0
        if fin.any():
            nxt[q[fin]] = qend[fin]
            keep = ~fin
            q, pos, lim, qx, qy, qz, qend, rem = (a[keep] for a in (q, pos, lim, qx, qy, qz, qend, rem))
            if not len(q):
                break
        tz = np.frexp((pos & -pos).astype(np.float64))[1] - 1  # trailing zeros of pos
        fl = np.frexp(rem.astype(np.float64))[1] - 1  # floor(log2(rem))
        lev = np.minimum(np.minimum(lim, tz), fl)
        f = offsets[lev] + (pos >> lev)
        d = np.sqrt((fx[f] - qx) ** 2 + (fy[f] - qy) ** 2 + (fz[f] - qz) ** 2) + fr[f]
        inside = d < chord_max
        pos = np.where(inside, pos + (np.int64(1) << lev), pos)
        lim = np.where(inside, lmax, lev - 1)
        done = ~inside & (lev == 0)
        if done.any():
            nxt[q[done]] = pos[done]
            keep = ~done
            q, pos, lim, qx, qy, qz, qend = (a[keep] for a in (q, pos, lim, qx, qy, qz, qend))



def detect_stays_sliding(t, x, y, z, new_user, p: SegmentationParams):
    """Stays as arrays (first, stop, start_time, end_time): fixes first..stop-1 belong to it."""
    n = len(t)
    dt_prev = np.diff(t, prepend=np.nan)
    reset = new_user.copy()
    if np.isfinite(p.stay_gap_reset_s):
        reset |= ~new_user & (dt_prev > p.stay_gap_reset_s)
    seg_end = block_end(reset)
    nxt = first_exit(x, y, z, seg_end, float(chord(p.stay_radius_m)))
    s = chain(nxt)
    e = nxt[s]
    real_exit = e < seg_end[s]
    # a real exit whose last step is a long gap with movement: the gap is not stay time
    e_c = np.minimum(e, n - 1)
    gap = t[e_c] - t[e - 1]
    moving_gap = np.zeros(len(s), dtype=bool)
    if np.isfinite(p.gap_min_s):
        d_gap = dist(x, y, z, e - 1, e_c)
        moving_gap = real_exit & (gap >= p.gap_min_s) & (d_gap / np.maximum(gap, 1e-9) >= p.gap_still_max_speed_mps)
    end_t = np.where(real_exit & ~moving_gap, t[e_c], t[e - 1])
    ok = real_exit | (p.include_last_stay & ~real_exit)
    ok &= (end_t - t[s]) >= p.stay_min_duration_s
    return s[ok], e[ok], t[s[ok]], end_t[ok]


def detect_stays_window(t, x, y, z, new_user, p: SegmentationParams):
    """Union of the still windows (see ``SegmentationParams.stay_method``)."""
    n = len(t)
    seg_end = block_end(new_user)
    chord_m = float(chord(p.stay_radius_m))
    idx = np.arange(n, dtype=np.int64)
    # forward: fixes i..f-1 within the radius of i
    f = first_exit(x, y, z, seg_end, chord_m)
    real = f < seg_end
    fc = np.minimum(f, n - 1)
    step_v = dist(x, y, z, f - 1, fc) / np.maximum(t[fc] - t[f - 1], 1e-9)
    still_exit = real & (step_v < p.gap_still_max_speed_mps)
    end_f = np.where(still_exit, t[fc], t[f - 1])
    ok_f = ((end_f - t) >= p.stay_min_duration_s) & ((f - idx) >= p.stay_min_points)
    if p.stay_window == "backward":
        ok_f[:] = False
    if not p.include_last_stay:
        ok_f &= real
    # backward: fixes b..i within the radius of i (reversed arrays)
    ends = np.unique(seg_end)
    rev_new = np.zeros(n, dtype=bool)
    rev_new[n - ends] = True
    if p.stay_window == "forward":
        b = idx
    else:
        rb = first_exit(x[::-1].copy(), y[::-1].copy(), z[::-1].copy(), block_end(rev_new), chord_m)
        b = n - rb[::-1]
    ok_b = ((t - t[b]) >= p.stay_min_duration_s) & ((idx - b + 1) >= p.stay_min_points)
    if p.stay_window == "forward":
        ok_b[:] = False
    paint = np.zeros(n + 1, dtype=np.int64)
    np.add.at(paint, idx[ok_f], 1)
    np.add.at(paint, f[ok_f], -1)
    np.add.at(paint, b[ok_b], 1)
    np.add.at(paint, idx[ok_b] + 1, -1)
    cov = np.cumsum(paint)[:n] > 0
    start = cov & (new_user | ~np.append(False, cov[:-1]))
    first = np.flatnonzero(start)
    run = np.cumsum(start) - 1
    last = np.zeros(len(first), dtype=np.int64)
    ci = np.flatnonzero(cov)
    np.maximum.at(last, run[ci], ci)
    stop = last + 1
    # the stay lasts until the next fix when that step is still (a gap while at the place)
    nx = np.minimum(stop, n - 1)
    same = (stop < n) & ~new_user[nx]
    v = dist(x, y, z, last, nx) / np.maximum(t[nx] - t[last], 1e-9)
    end_t = np.where(same & (v < p.gap_still_max_speed_mps), t[nx], t[last])
    return first, stop, t[first], end_t



def merge_stays(drop, first_pt, last_pt, origin, dest, s_first, s_stop, s_start_t, s_end_t,
                 s_act, t, n):
    """Merge the stays on both sides of dropped trips (and stretch a stay over a dropped trip
    at the start or end of a user's data)."""
    k = len(s_first)
    s_first, s_stop = s_first.copy(), s_stop.copy()
    s_start_t, s_end_t = s_start_t.copy(), s_end_t.copy()
    both = drop & (origin >= 0) & (dest >= 0)
    paint = np.zeros(k + 1, dtype=np.int64)
    np.add.at(paint, origin[both] + 1, 1)
    np.add.at(paint, dest[both] + 1, -1)
    merge_prev = np.cumsum(paint)[:k] > 0  # stays origin+1..dest join the one before
    lead = drop & (origin < 0) & (dest >= 0)
    np.minimum.at(s_first, dest[lead], first_pt[lead])
    np.minimum.at(s_start_t, dest[lead], t[first_pt[lead]])
    trail = drop & (origin >= 0) & (dest < 0)
    np.maximum.at(s_stop, origin[trail], last_pt[trail] + 1)
    np.maximum.at(s_end_t, origin[trail], t[last_pt[trail]])
    g = np.cumsum(~merge_prev) - 1
    m = int(g[-1]) + 1
    nf = np.full(m, np.iinfo(np.int64).max, dtype=np.int64)
    ns = np.zeros(m, dtype=np.int64)
    nst = np.full(m, np.inf)
    net = np.full(m, -np.inf)
    na = np.zeros(m, dtype=bool)
    np.minimum.at(nf, g, s_first)
    np.maximum.at(ns, g, s_stop)
    np.minimum.at(nst, g, s_start_t)
    np.maximum.at(net, g, s_end_t)
    np.logical_or.at(na, g, s_act)
    origin = np.where(origin >= 0, g[np.maximum(origin, 0)], -1)
    dest = np.where(dest >= 0, g[np.maximum(dest, 0)], -1)
    paint = np.zeros(n + 1, dtype=np.int64)
    np.add.at(paint, nf, np.arange(1, m + 1))
    np.add.at(paint, ns, -np.arange(1, m + 1))
    stay_of = np.cumsum(paint)[:n] - 1
    return nf, ns, nst, net, na, origin, dest, stay_of


def trim_stays(first, stop, start_t, end_t, t, x, y, z, lat, lon, core_m):
    """Give the fixes at the two ends of each stay that lie farther than ``core_m`` from the
    stay's median position back to the trips (arriving and leaving inside the radius)."""
    k = len(first)
    cnt = stop - first
    code = np.repeat(np.arange(k), cnt)
    pos = np.arange(code.size) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(first, cnt)
    med = pd.DataFrame({"c": code, "la": lat[pos], "lo": lon[pos]}).groupby("c").median()
    cx, cy, cz = xyz(med["la"].to_numpy(), med["lo"].to_numpy())
    d = arc(np.sqrt((x[pos] - cx[code]) ** 2 + (y[pos] - cy[code]) ** 2 + (z[pos] - cz[code]) ** 2))
    near = d <= core_m
    lo = np.full(k, np.iinfo(np.int64).max, dtype=np.int64)
    hi = np.full(k, -1, dtype=np.int64)
    np.minimum.at(lo, code[near], pos[near])
    np.maximum.at(hi, code[near], pos[near])
    has = hi >= 0
    new_first = np.where(has, lo, first)
    new_last = np.where(has, hi, stop - 1)
    new_start = np.where(new_first > first, t[new_first], start_t)
    new_end = np.where(new_last < stop - 1, t[new_last], end_t)
    return new_first, new_last + 1, new_start, new_end

