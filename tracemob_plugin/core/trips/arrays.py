"""Array helpers of the segmentation: sphere coordinates in metres, groups, blocks, chains, ids."""
import math

import numpy as np
import pandas as pd

from ..geometry import EARTH_RADIUS_M

def xyz(lat, lon):
    """Cartesian coordinates on the sphere, in metres: chord distance is monotone in the
    great-circle distance, so the stay test is exact for haversine distances."""
    la = np.radians(lat)
    lo = np.radians(lon)
    c = np.cos(la)
    return (EARTH_RADIUS_M * c * np.cos(lo), EARTH_RADIUS_M * c * np.sin(lo),
            EARTH_RADIUS_M * np.sin(la))


def chord(d_m):
    return 2.0 * EARTH_RADIUS_M * np.sin(np.minimum(d_m, math.pi * EARTH_RADIUS_M) / (2.0 * EARTH_RADIUS_M))


def arc(chord_m):
    return 2.0 * EARTH_RADIUS_M * np.arcsin(np.clip(chord_m / (2.0 * EARTH_RADIUS_M), 0.0, 1.0))


def dist(x, y, z, a, b):
    return arc(np.sqrt((x[a] - x[b]) ** 2 + (y[a] - y[b]) ** 2 + (z[a] - z[b]) ** 2))


def group_starts(codes):
    """Boolean array: True where a new group (user) starts in a sorted code array."""
    new = np.ones(len(codes), dtype=bool)
    if len(codes) > 1:
        new[1:] = codes[1:] != codes[:-1]
    return new


def block_end(new_block):
    """For each position, the (exclusive) end index of its block."""
    n = len(new_block)
    starts = np.flatnonzero(new_block)
    ends = np.append(starts[1:], n)
    block = np.cumsum(new_block) - 1
    return ends[block]


def make_ids(users, times, kind):
    """``<user>_<kind>_<UTC start>`` with a ``-<k>`` suffix if two would be equal."""
    if len(users) == 0:
        return np.array([], dtype=object)
    stamp = pd.DatetimeIndex(times).tz_convert("UTC").strftime("%Y%m%dT%H%M%SZ")
    ids = pd.Series(np.asarray(users, dtype=object)).astype(str) + "_" + kind + "_" + np.asarray(stamp, dtype=object)
    dup = ids.groupby(ids).cumcount()
    if (dup > 0).any():
        ids = ids.where(dup == 0, ids + "-" + dup.astype(str))
    return ids.to_numpy(dtype=object)



def next_true(flag):
    """For each position j (0..n): the first index >= j where ``flag`` is True, else n."""
    n = len(flag)
    arr = np.where(flag, np.arange(n), n)
    out = np.minimum.accumulate(arr[::-1])[::-1]
    return np.append(out, n)



def chain(nxt):
    """Positions visited by i -> nxt[i] from 0 (nxt[i] > i; the walk ends at len(nxt))."""
    n = len(nxt)
    if n == 0:
        return np.array([], dtype=np.int64)
    nx = np.append(nxt, n).astype(np.int64)
    # upper bound on the chain length: n + 1; pointer doubling on the depth
    depth = np.arange(n + 1, dtype=np.int64)
    pos = np.zeros(n + 1, dtype=np.int64)
    cur = nx
    k = 0
    while (1 << k) <= n:
        bit = ((depth >> k) & 1).astype(bool)
        pos[bit] = cur[pos[bit]]
        cur = cur[cur]
        k += 1
    pos = pos[pos < n]
    return pos  # non-decreasing; strictly increasing while < n



def first_at_most(values, start, limit):
    """For each query q: the first index j >= ``start[q]`` with ``values[j] <= limit[q]``, else
    ``len(values)``. A sparse table of range minima is descended for all queries at once
    (O(n log n), no loop over queries)."""
    values = np.asarray(values)
    n = len(values)
    start = np.asarray(start, dtype=np.int64)
    limit = np.asarray(limit)
    if n == 0 or len(start) == 0:
        return np.full(len(start), n, dtype=np.int64)
    levels = [values]
    while (1 << len(levels)) <= n:
        prev = levels[-1]
        h = 1 << (len(levels) - 1)
        nxt = prev.copy()
        nxt[:-h] = np.minimum(prev[:-h], prev[h:])
        levels.append(nxt)
    # levels[k][j] = min(values[j : j + 2**k]) (clipped at the end)
    pos = np.minimum(start, n)
    for k in range(len(levels) - 1, -1, -1):
        h = 1 << k
        ok = pos + h <= n
        pc = np.minimum(pos, n - 1)
        skip = ok & (levels[k][pc] > limit)
        pos = np.where(skip, pos + h, pos)
    pc = np.minimum(pos, n - 1)
    found = (pos < n) & (values[pc] <= limit)
    return np.where(found, pos, n)


def group_cumsum(values, groups):
    """Running sum of ``values`` that restarts at each run of equal ``groups`` (groups contiguous).

    Each group's sums depend on its own values only, never on the groups before it or on their number: a
    participant's (or a chain's) distances come out the same bit for bit whatever else is in the call (one
    process, a batch, a partition on a cluster). One global ``np.cumsum`` would carry the rounding of every
    earlier group into the later ones."""
    if len(values) == 0:
        return np.zeros(0)
    return pd.Series(np.asarray(values, dtype=float)).groupby(np.asarray(groups)).cumsum().to_numpy()


def group_quantile(values, groups, q, n_groups):
    """Per group, the ``q`` quantile of ``values`` with numpy's linear interpolation (NaN for an
    empty group). ``groups``: group index of each value (any order). ``q`` may be a sequence: then
    one array per quantile, from a single sort."""
    many = np.ndim(q) > 0
    qs = list(q) if many else [q]
    values = np.asarray(values, dtype=float)
    groups = np.asarray(groups, dtype=np.int64)
    outs = [np.full(n_groups, np.nan) for _ in qs]
    if len(values):
        order = np.lexsort((values, groups))
        v = values[order]
        cnt = np.bincount(groups, minlength=n_groups)
        start = np.concatenate([[0], np.cumsum(cnt)[:-1]])
        has = cnt > 0
        for out, frac in zip(outs, qs):
            pos = frac * (cnt[has] - 1)
            lo = np.floor(pos).astype(np.int64)
            hi = np.ceil(pos).astype(np.int64)
            a = v[start[has] + lo]
            b = v[start[has] + hi]
            out[has] = a + (b - a) * (pos - lo)
    return outs if many else outs[0]


def group_weighted_quantile(values, weights, groups, q, n_groups):
    """Per group, the first of its values (in increasing order) at which the cumulative share of the
    weights reaches ``q``: with durations as weights, the time-weighted percentile (NaN for a group
    without weight). ``groups``: group index of each value (any order). ``q`` may be a sequence: then
    one array per quantile, from a single sort."""
    many = np.ndim(q) > 0
    qs = list(q) if many else [q]
    values = np.asarray(values, dtype=float)
    groups = np.asarray(groups, dtype=np.int64)
    outs = [np.full(n_groups, np.nan) for _ in qs]
    if len(values):
        order = np.lexsort((values, groups))
        g, v = groups[order], values[order]
        w = pd.Series(np.asarray(weights, dtype=float)[order]).groupby(g)
        frac = (w.cumsum() / w.transform("sum")).to_numpy()
        for out, p in zip(outs, qs):
            hit = frac >= p - 1e-9
            # frac grows within a group: its hits are the tail of its run; keep the first one
            first = hit & ~np.concatenate([[False], hit[:-1] & (g[1:] == g[:-1])])
            out[g[first]] = v[first]
    return outs if many else outs[0]


def group_median(values, groups, n_groups):
    """Per group, ``np.median`` of ``values`` (mean of the two middle values; NaN when empty)."""
    values = np.asarray(values, dtype=float)
    groups = np.asarray(groups, dtype=np.int64)
    out = np.full(n_groups, np.nan)
    if len(values) == 0:
        return out
    order = np.lexsort((values, groups))
    v, g = values[order], groups[order]
    cnt = np.bincount(g, minlength=n_groups)
    start = np.concatenate([[0], np.cumsum(cnt)[:-1]])
    has = cnt > 0
    c = cnt[has]
    out[has] = 0.5 * (v[start[has] + (c - 1) // 2] + v[start[has] + c // 2])
    return out


def ranges(first, stop):
    """Concatenated positions ``first[k]..stop[k]-1`` and the range index of each."""
    first = np.asarray(first, dtype=np.int64)
    cnt = np.maximum(np.asarray(stop, dtype=np.int64) - first, 0)
    owner = np.repeat(np.arange(len(first)), cnt)
    pos = np.arange(cnt.sum(), dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(first, cnt)
    return pos, owner


def group_searchsorted(groups, values, q_groups, q_values, side="left"):
    """``np.searchsorted`` within groups: for each query, the index in ``values`` (sorted by group, then value)
    where ``q_values`` would go among the rows of its group ``q_groups``. Exact: no combined float key (a key
    like ``group x 1e7 + value`` loses the low bits of the value as the group number grows, and its groups
    overlap once values exceed the spacing)."""
    n, m = len(values), len(q_values)
    if m == 0:
        return np.zeros(0, dtype=np.int64)
    # queries sort before equal rows for side="left", after them for side="right"
    flag = np.r_[np.ones(n, dtype=np.int8), np.zeros(m, dtype=np.int8)]
    if side == "right":
        flag = 1 - flag
    g = np.r_[np.asarray(groups), np.asarray(q_groups)]
    v = np.r_[np.asarray(values, dtype=float), np.asarray(q_values, dtype=float)]
    order = np.lexsort((flag, v, g))
    is_row = order < n
    rows_before = np.cumsum(is_row) - is_row
    out = np.empty(m, dtype=np.int64)
    out[order[~is_row] - n] = rows_before[~is_row]
    return out
