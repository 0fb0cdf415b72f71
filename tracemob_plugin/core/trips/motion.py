"""The phone's motion activity readings, as the segmentation reads them (where legs change, which
gaps the phone saw movement in) and as the legs carry them (each leg's shares of walking, cycling,
vehicle and still readings, the features mode inference uses)."""
import numpy as np
import pandas as pd

from ..errors import require_columns
from ..i18n import tr
from ..vocab.times import epoch_seconds

# leg classes used internally (speed bands and motion activity)
FOOT, BIKE, VEHICLE = 0, 1, 2
MOTION_HOLD_S = 1800.0  # a motion-activity reading holds at most this long (leg shares)
MISSING = -1.0         # sentinel for "no motion data" (all mode features are otherwise >= 0)
#: per-leg shares of the time covered by each group of readings, and the share covered at all
MOTION = ("motion_foot", "motion_cycling", "motion_vehicle", "motion_still", "motion_coverage")
MOTION_GROUPS = {
    "walking": "foot", "running": "foot", "on_foot": "foot",
    "cycling": "cycling", "on_bicycle": "cycling", "bicycling": "cycling",
    "in_vehicle": "vehicle", "automotive": "vehicle", "stopped_in_vehicle": "vehicle",
    "still": "still", "stationary": "still",
}

MOTION_CLASS = {"walking": FOOT, "running": FOOT, "on_foot": FOOT, "cycling": BIKE,
                 "in_vehicle": VEHICLE}



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


def motion_features(spans: pd.DataFrame, motion: pd.DataFrame = None) -> pd.DataFrame:
    """Time-weighted shares of motion-activity groups over each leg span.

    ``spans``: index leg id, columns ``leg_start``, ``leg_end`` (epoch s) and optionally
    ``user_id``. ``motion``: ``user_id`` (optional), ``time``, ``activity`` (see the motion
    contract). A reading holds until the next one of the same user (at most
    ``MOTION_HOLD_S``). Legs without readings get ``MISSING`` (-1) shares and coverage 0.
    """
    out = pd.DataFrame(index=spans.index)
    for col in MOTION:
        out[col] = MISSING
    out["motion_coverage"] = 0.0
    if motion is None or len(motion) == 0:
        return out
    require_columns(motion, ("time", "activity"), tr("motion readings"),
                    tr("Use the motion table made by Import traces."))
    m = pd.DataFrame({
        "user": (motion["user_id"].astype(str).to_numpy() if "user_id" in motion.columns
                 else np.full(len(motion), "")),
        "t": epoch_seconds(motion["time"]),
        "grp": motion["activity"].astype(str).str.lower().map(MOTION_GROUPS).fillna("other").to_numpy(),
    })
    m = m[np.isfinite(m.t)].sort_values(["user", "t"], kind="mergesort")
    use_user = "user_id" in motion.columns and "user_id" in spans.columns
    s_user = spans["user_id"].astype(str).to_numpy() if use_user else np.full(len(spans), "")
    s0 = spans.leg_start.to_numpy(dtype=float)
    s1 = spans.leg_end.to_numpy(dtype=float)
    groups = ("foot", "cycling", "vehicle", "still")
    shares = np.full((len(spans), len(groups)), np.nan)
    coverage = np.zeros(len(spans))
    for user, mu in m.groupby("user" if use_user else np.zeros(len(m)), sort=False):
        sel = np.flatnonzero(s_user == user) if use_user else np.arange(len(spans))
        if len(sel) == 0:
            continue
        t = mu.t.to_numpy()
        seg_end = np.minimum(np.append(t[1:], np.inf), t + MOTION_HOLD_S)
        seg_len = seg_end - t
        grp = mu.grp.to_numpy()
        a0, a1 = s0[sel], s1[sel]

        def cum(indicator, q):
            """Integral of indicator over [-inf, q] for the step function of readings."""
            c = np.concatenate([[0.0], np.cumsum(indicator * seg_len)])
            j = np.searchsorted(t, q, side="right") - 1
            jj = np.clip(j, 0, len(t) - 1)
            part = np.clip(q - t[jj], 0.0, seg_len[jj]) * indicator[jj]
            return np.where(j < 0, 0.0, c[jj] + part)

        ones = np.ones(len(t))
        covered = cum(ones, a1) - cum(ones, a0)
        length = np.maximum(a1 - a0, 1.0)
        coverage[sel] = np.clip(covered / length, 0.0, 1.0)
        for k, name in enumerate(groups):
            ind = (grp == name).astype(float)
            with np.errstate(invalid="ignore", divide="ignore"):
                shares[sel, k] = (cum(ind, a1) - cum(ind, a0)) / covered
    has = coverage > 0.05
    for k, name in enumerate(groups):
        col = "motion_" + name
        out[col] = np.where(has, np.nan_to_num(shares[:, k]), MISSING)
    out["motion_coverage"] = coverage
    return out
