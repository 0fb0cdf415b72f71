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

