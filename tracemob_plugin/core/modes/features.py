"""Per-leg features for transport-mode inference, vectorised over all vertices at once.

Input: a *vertices* frame, one row per vertex, with the leg id, ``lon``, ``lat`` and ``time``
(datetime64 UTC or epoch seconds), e.g. from ``processing.frames.source_to_vertices_frame`` on a
legs layer (LineStringM, M = epoch seconds). Output: one row per leg id, columns ``FEATURES``
(used by models) and ``leg_start``/``leg_end`` (epoch s) for joins.

Vertices closer than ``BIN_S`` seconds are thinned to one per ``BIN_S`` bin first, so that 1 Hz GPS
jitter does not inflate speeds and e-mission (about 30 s) and 1-5 s loggers give comparable
numbers.
"""
import numpy as np
import pandas as pd

from ..errors import InputError
from ..geometry import EARTH_RADIUS_M
from ..i18n import tr
from ..trips.motion import MISSING, MOTION, MOTION_GROUPS, MOTION_HOLD_S, motion_features  # noqa: F401
from ..trips.arrays import group_weighted_quantile
from ..trips.phone_speed import PHONE_SPEED, phone_speed_features
from ..vocab.times import epoch_seconds

BIN_S = 10.0           # thinning bin (seconds)
STOP_SPEED = 0.8       # m/s: below this a step is "stopped"

KINEMATIC = (
    "duration_s", "distance_m", "speed_mean", "speed_p50", "speed_p85", "speed_p95", "speed_cv",
    "acc_p85", "acc_mean", "stop_share", "stop_rate_km", "heading_change_step", "straightness",
)
#: features of the default model. ``heading_change_km`` is computed too (a trained model may use
#: it) but left out by default: on slow, noisy legs it measures GPS noise more than the mode.
FEATURES = KINEMATIC + MOTION
EXTRA = ("heading_change_km", "n_vertices")
#: the phone's own speed readings (``PHONE_SPEED``) are computed too, for the rules
#: (``rules.phone_speed_override``), not for the default model: few real training legs carry them, and
#: a tree sends a leg without them (``MISSING``, -1) down the branch of the slowest legs



def check_columns(df: pd.DataFrame, needed, what: str):
    """Raise InputError naming the first missing column of ``df``."""
    for col in needed:
        if col not in df.columns:
            raise InputError(tr("the {what} have no field '{field}'").format(what=what, field=col),
                             field=col,
                             hint=tr("Use legs from Tracemob 'Segment trips' or add the field."))


def thin_vertices(vertices: pd.DataFrame, leg_col: str = "leg_id") -> pd.DataFrame:
    """Sorted vertices (leg, t) with at most one vertex per ``BIN_S`` bin of each leg; the last
    vertex of each leg is kept so that leg duration and length are preserved."""
    check_columns(vertices, (leg_col, "lon", "lat", "time"), tr("vertices"))
    v = pd.DataFrame({
        "leg": vertices[leg_col].astype(str).to_numpy(),
        "t": epoch_seconds(vertices["time"]),
        "lon": pd.to_numeric(vertices["lon"], errors="coerce").to_numpy(dtype=float),
        "lat": pd.to_numeric(vertices["lat"], errors="coerce").to_numpy(dtype=float),
    })
    ids = vertices[leg_col]
    v = v[np.isfinite(v.t) & np.isfinite(v.lon) & np.isfinite(v.lat)
          & ids.notna().to_numpy() & (v.leg != "").to_numpy()]  # points outside any leg: ""
    v = v.sort_values(["leg", "t"], kind="mergesort").reset_index(drop=True)
    v["bin"] = np.floor(v.t / BIN_S)
    last = ~v.leg.duplicated(keep="last")
    keep = ~v.duplicated(["leg", "bin"]) | last
    v = v[keep]
    # the forced last vertex may share a bin with the previous kept one: drop that previous one
    dup_prev = v.duplicated(["leg", "bin"], keep="last")
    return v[~dup_prev].drop(columns="bin").reset_index(drop=True)


def _steps(v: pd.DataFrame):
    """Per-step arrays between consecutive vertices of the same leg."""
    lat = np.radians(v.lat.to_numpy())
    lon = np.radians(v.lon.to_numpy())
    t = v.t.to_numpy()
    leg = v.leg.to_numpy()
    same = leg[1:] == leg[:-1]
    dlat = lat[1:] - lat[:-1]
    dlon = lon[1:] - lon[:-1]
    a = np.sin(dlat / 2) ** 2 + np.cos(lat[:-1]) * np.cos(lat[1:]) * np.sin(dlon / 2) ** 2
    d = 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
    dt = t[1:] - t[:-1]
    y = np.sin(dlon) * np.cos(lat[1:])
    x = np.cos(lat[:-1]) * np.sin(lat[1:]) - np.sin(lat[:-1]) * np.cos(lat[1:]) * np.cos(dlon)
    bearing = np.degrees(np.arctan2(y, x))
    ok = same & (dt > 0)
    return pd.DataFrame({"leg": leg[:-1][ok], "d": d[ok], "dt": dt[ok], "bearing": bearing[ok],
                         "tmid": ((t[1:] + t[:-1]) / 2)[ok]})


def kinematic_features(vertices: pd.DataFrame, leg_col: str = "leg_id") -> pd.DataFrame:
    """Speed percentiles, acceleration, stop share and rate, heading change, straightness."""
    v = thin_vertices(vertices, leg_col)
    g = v.groupby("leg", sort=True)
    first = g.first()
    last = g.last()
    out = pd.DataFrame(index=first.index)
    out.index.name = "leg_id"
    out["leg_start"] = first.t
    out["leg_end"] = last.t
    out["n_vertices"] = g.size()
    out["duration_s"] = last.t - first.t
    st = _steps(v)
    st["v"] = st.d / st.dt
    st["slow_dt"] = np.where(st.v.to_numpy() < STOP_SPEED, st.dt.to_numpy(), 0.0)
    sg = st.groupby("leg")
    dist = sg.d.sum()
    out["distance_m"] = dist.reindex(out.index).fillna(0.0)
    dur = out.duration_s.where(out.duration_s > 0)
    out["speed_mean"] = (out.distance_m / dur).fillna(0.0)
    # time-weighted percentiles: share of the leg's time spent below the speed
    codes = out.index.get_indexer(st.leg.to_numpy())
    cols = ("speed_p50", "speed_p85", "speed_p95")
    for col, q in zip(cols, group_weighted_quantile(st.v.to_numpy(), st.dt.to_numpy(), codes, (0.5, 0.85, 0.95),
                                                    len(out))):
        out[col] = np.nan_to_num(q, nan=0.0)
    mean_v = sg.v.mean().reindex(out.index)
    std_v = sg.v.std(ddof=0).reindex(out.index)
    out["speed_cv"] = (std_v / mean_v.where(mean_v > 0)).fillna(0.0)
    # acceleration between consecutive steps of the same leg
    legs = st.leg.to_numpy()
    same = legs[1:] == legs[:-1]
    vv = st.v.to_numpy()
    tm = st.tmid.to_numpy()
    dtm = tm[1:] - tm[:-1]
    okacc = same & (dtm > 0)
    acc = pd.DataFrame({"leg": legs[1:][okacc],
                        "a": np.abs(vv[1:] - vv[:-1])[okacc] / dtm[okacc]})
    ag = acc.groupby("leg").a
    out["acc_p85"] = ag.quantile(0.85).reindex(out.index).fillna(0.0) if len(acc) else 0.0
    out["acc_mean"] = ag.mean().reindex(out.index).fillna(0.0) if len(acc) else 0.0
    # stops: share of time in slow steps, and number of stop episodes per km
    slow = vv < STOP_SPEED
    out["stop_share"] = (sg.slow_dt.sum() / sg.dt.sum()).reindex(out.index).fillna(0.0)
    starts = slow.copy()
    starts[1:] &= ~(slow[:-1] & (legs[1:] == legs[:-1]))
    n_stops = pd.Series(starts.astype(float)).groupby(legs).sum()
    km = (out.distance_m / 1000.0).clip(lower=0.05)
    out["stop_rate_km"] = (n_stops.reindex(out.index).fillna(0.0) / km)
    # heading change between moving steps (at least 5 m) of the same leg
    mv = st[st.d >= 5.0]
    ml = mv.leg.to_numpy()
    b = mv.bearing.to_numpy()
    dh = np.abs((b[1:] - b[:-1] + 180.0) % 360.0 - 180.0)
    hs = pd.Series(dh[ml[1:] == ml[:-1]]).groupby(ml[1:][ml[1:] == ml[:-1]])
    out["heading_change_km"] = (hs.sum().reindex(out.index).fillna(0.0) / km)
    out["heading_change_step"] = hs.mean().reindex(out.index).fillna(0.0)
    # straightness: crow-fly first->last over path length
    lat1, lon1 = np.radians(first.lat.to_numpy()), np.radians(first.lon.to_numpy())
    lat2, lon2 = np.radians(last.lat.to_numpy()), np.radians(last.lon.to_numpy())
    a = (np.sin((lat2 - lat1) / 2) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2)
    crow = 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0, 1)))
    out["straightness"] = np.clip(crow / np.maximum(out.distance_m.to_numpy(), 1.0), 0.0, 1.0)
    return out


def leg_features(vertices: pd.DataFrame, leg_col: str = "leg_id", motion: pd.DataFrame = None,
                 leg_users=None, leg_motion: pd.DataFrame = None,
                 leg_phone: pd.DataFrame = None) -> pd.DataFrame:
    """All model features per leg (index: leg id as str).

    ``leg_users``: optional mapping/Series leg id -> user id used to match motion readings of the
    same user (else taken from a ``user_id`` column of ``vertices``). ``leg_motion``: the legs' own
    motion shares (columns ``MOTION``, index leg id), as the segmentation writes them on the legs;
    used when no ``motion`` table is given. ``leg_phone``: the legs' own phone-speed features
    (columns ``PHONE_SPEED``, index leg id), as the segmentation writes them; otherwise they come from a
    ``speed_mps`` column of ``vertices`` (``MISSING`` without one).
    """
    feats = kinematic_features(vertices, leg_col)
    spans = feats[["leg_start", "leg_end"]].copy()
    if leg_users is not None:
        spans["user_id"] = pd.Series(leg_users).rename(index=str).reindex(spans.index).astype(str)
    elif "user_id" in vertices.columns:
        u = vertices.assign(_leg=vertices[leg_col].astype(str)).groupby("_leg")["user_id"].first()
        spans["user_id"] = u.reindex(spans.index).astype(str)
    if motion is None and leg_motion is not None:
        mot = pd.DataFrame(index=spans.index)
        own = leg_motion.rename(index=str).reindex(spans.index)
        for col in MOTION:
            fill = 0.0 if col == "motion_coverage" else MISSING
            mot[col] = pd.to_numeric(own[col], errors="coerce").fillna(fill).to_numpy(dtype=float)
    else:
        mot = motion_features(spans, motion)
    return pd.concat([feats, mot, _phone_speed(vertices, leg_col, feats.index, leg_phone)], axis=1)


def carried_features(legs: pd.DataFrame, motion=None):
    """``(leg_motion, leg_phone)`` for :func:`leg_features`: the motion shares and sensed-speed
    features the legs carry as fields (segmentation writes them), indexed by leg id; ``None`` for a
    group the legs lack (and for the motion shares when a ``motion`` table is given)."""
    ids = legs["leg_id"].astype(str) if "leg_id" in legs.columns else None

    def own(cols, some=False):
        have = [c for c in cols if c in legs.columns]
        if ids is None or not have or (len(have) < len(cols) and not some):
            return None
        f = legs.set_index(ids)[have]
        return f[~f.index.duplicated()]
    # a legs layer written before a sensed-speed feature existed carries the others
    return (own(MOTION) if motion is None or len(motion) == 0 else None), own(PHONE_SPEED, some=True)


def _phone_speed(vertices, leg_col, index, leg_phone=None) -> pd.DataFrame:
    """The ``PHONE_SPEED`` features of the legs in ``index``: the legs' own (``leg_phone``), or from the
    vertices' ``speed_mps``, or ``MISSING``."""
    if leg_phone is not None:
        own = leg_phone.rename(index=str).reindex(index)
        return pd.DataFrame({c: pd.to_numeric(own[c], errors="coerce").fillna(MISSING).to_numpy(dtype=float)
                             if c in own.columns else np.full(len(index), MISSING) for c in PHONE_SPEED},
                            index=index)
    if "speed_mps" not in vertices.columns or len(index) == 0:
        return pd.DataFrame({c: np.full(len(index), MISSING) for c in PHONE_SPEED}, index=index)
    codes = pd.Index(index).get_indexer(vertices[leg_col].astype(str).to_numpy())
    f = phone_speed_features(codes, epoch_seconds(vertices["time"]),
                        pd.to_numeric(vertices["speed_mps"], errors="coerce").to_numpy(dtype=float), len(index))
    f.index = index
    return f
