"""The phone's motion activity readings, as the segmentation reads them."""
import numpy as np
import pandas as pd

from ..vocab.times import epoch_seconds
from .arrays import group_starts

# leg classes used internally (speed bands and motion activity)
FOOT, BIKE, VEHICLE = 0, 1, 2
MOTION_CLASS = {"walking": FOOT, "running": FOOT, "on_foot": FOOT, "cycling": BIKE,
                 "in_vehicle": VEHICLE}



def ongoing_motion(users, t, motion):
    """True at fix i when a motion activity reading lies in (t[i-1], t[i]] (e-mission's
    ``ongoing_motion``); ``None`` without motion data."""
    if motion is None or len(motion) == 0 or not {"user_id", "time"} <= set(motion.columns):
        return None
    mu = motion["user_id"].astype(str).to_numpy()
    mt = epoch_seconds(pd.to_datetime(motion["time"], utc=True))
    cats = pd.Index(np.unique(np.concatenate([np.asarray(users, dtype=str), mu])))
    pu = cats.get_indexer(np.asarray(users, dtype=str))
    qu = cats.get_indexer(mu)
    t0 = min(t.min(), mt.min())
    span = max(t.max(), mt.max()) - t0 + 1e6
    pk = pu * span + (t - t0)
    mk = np.sort(qu * span + (mt - t0))
    # readings at or before each fix, minus those at or before the previous fix
    c = np.searchsorted(mk, pk, side="right")
    prev = np.append(0, c[:-1])
    out = c > prev
    new_user = group_starts(pu)
    out[new_user] = False
    # readings of another user are never counted: the keys of users do not overlap
    return out


def point_motion(users, t, motion, p, v=None):
    """Motion class (-1 none) of each fix from the confident readings of the same user: the last
    reading before it (up to ``motion_max_age_s``), or between two readings the faster of the
    two (``motion_transition_max_s``); ``v``: the fixes' window speeds (m/s). Also returns, per
    fix, the number of the walking reading it follows when that reading is fresh and gives it
    its class (-1 otherwise), to tell the walks the phone saw."""
    n = len(t)
    out = np.full(n, -1, dtype=np.int64)
    if motion is None or len(motion) == 0 or not {"user_id", "time", "activity"} <= set(motion.columns):
        return out, np.full(n, -1, dtype=np.int64)
    m = motion
    if "confidence" in m.columns:
        conf = pd.to_numeric(m["confidence"], errors="coerce").fillna(100).to_numpy()
        m = m[conf >= p.motion_min_confidence]
    # readings that name no way of travelling (still, tilting, unknown) do not end the current
    # one (e-mission's section segmentation ignores them too)
    mc = m["activity"].astype(str).str.lower().map(MOTION_CLASS).fillna(-1).to_numpy().astype(np.int64)
    m, mc = m[mc >= 0], mc[mc >= 0]
    if not len(m):
        return out, np.full(n, -1, dtype=np.int64)
    mu = m["user_id"].astype(str).to_numpy()
    mt = epoch_seconds(pd.to_datetime(m["time"], utc=True))
    # common integer coding of users, then a key that sorts by (user, time)
    cats = pd.Index(np.unique(np.concatenate([users, mu])))
    pu = cats.get_indexer(users)
    qu = cats.get_indexer(mu)
    t0 = min(t.min(), mt.min())
    span = max(t.max(), mt.max()) - t0 + 1e6
    pk = pu * span + (t - t0)
    mk = qu * span + (mt - t0)
    order = np.argsort(mk, kind="stable")
    mk, mc, qu, mt = mk[order], mc[order], qu[order], mt[order]
    j = np.searchsorted(mk, pk, side="right") - 1
    valid = j >= 0
    jj = np.where(valid, j, 0)
    valid &= qu[jj] == pu
    fresh = valid & ((t - mt[jj]) <= p.motion_max_age_s)
    out[fresh] = mc[jj[fresh]]
    if p.motion_transition_max_s > 0:
        # between two readings, the faster of their two ways of travelling (walking < cycling <
        # vehicle), as e-mission places a transition: a walk -> vehicle section starts at the
        # last walking reading, a vehicle -> walk section ends at the first walking reading
        # (waiting in the stopped train or bus is part of the ride)
        nx = np.minimum(jj + 1, len(mk) - 1)
        between = (valid & (j + 1 < len(mk)) & (qu[nx] == pu)
                   & (mt[nx] - mt[jj] <= p.motion_transition_max_s))
        if v is not None:
            # ... except where a fresh walking reading and the fix's walking pace agree
            between &= ~(fresh & (mc[jj] == FOOT) & (v >= p.motion_walk_min_speed_mps)
                         & (v <= p.walk_max_speed_mps))
        out[between] = np.maximum(mc[jj[between]], mc[nx[between]])
    return out, np.where(fresh & (out == FOOT) & (mc[jj] == FOOT), jj, -1)

