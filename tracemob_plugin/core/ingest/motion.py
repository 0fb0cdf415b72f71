"""The phone's motion activity carried by the points themselves.

A study's points travel through QGIS as one layer: a planner, a graphical model or ``qgis_process``
should never have to wire a second table to the segmentation. So the motion readings are written
onto the points:

* ``activity`` and ``activity_confidence``: the latest reading at or before the fix (to look at and
  to style the points with);
* ``motion_readings``: every reading attached to this fix, written ``<epoch s>:<activity>:<confidence>``
  and separated by ``;``. A reading is attached to the first fix of the same user at or after it,
  and readings after a user's last fix to that last fix, so that no reading is lost and
  :func:`motion_from_points` gives back the same table (times to the microsecond).
"""
from typing import Optional

import numpy as np
import pandas as pd

from ..vocab.times import epoch_seconds

#: the point columns that carry the motion readings
MOTION_POINT_COLUMNS = ("activity", "activity_confidence", "motion_readings")
READING_SEP = ";"
FIELD_SEP = ":"


def _keys(users: np.ndarray, t: np.ndarray, codes: pd.Index, t0: float, span: float) -> np.ndarray:
    return codes.get_indexer(users).astype(np.float64) * span + (t - t0)


def attach_motion(points: pd.DataFrame, motion: Optional[pd.DataFrame]) -> pd.DataFrame:
    """``points`` (sorted by user and time) with the three :data:`MOTION_POINT_COLUMNS`; unchanged
    (a copy) when there is no reading. Readings of users without points cannot be attached: the
    number of such readings is in ``result.attrs["motion_unattached"]``."""
    out = points.copy()
    if motion is None or len(motion) == 0 or len(points) == 0:
        return out
    pu = points["user_id"].astype(str).to_numpy()
    pt = epoch_seconds(points["time"])
    m = motion[motion["time"].notna()]
    mu = m["user_id"].astype(str).to_numpy()
    mt = epoch_seconds(m["time"])
    codes = pd.Index(np.unique(pu))
    known = codes.get_indexer(mu) >= 0
    out.attrs["motion_unattached"] = int((~known).sum())
    m, mu, mt = m[known], mu[known], mt[known]
    t0 = float(min(pt.min(), mt.min())) if len(mt) else float(pt.min())
    span = float(max(pt.max(), mt.max() if len(mt) else pt.max()) - t0) + 1e6
    pk = _keys(pu, pt, codes, t0, span)
    order = np.argsort(pk, kind="stable")
    pk_sorted = pk[order]
    mk = _keys(mu, mt, codes, t0, span)
    # first fix of the same user at or after the reading; past the user's last fix: that last fix
    j = np.searchsorted(pk_sorted, mk, side="left")
    user_code = codes.get_indexer(mu)
    sorted_user = codes.get_indexer(pu[order])
    last_of_user = np.searchsorted(sorted_user, user_code, side="right") - 1
    j = np.where((j >= len(order)) | (sorted_user[np.minimum(j, len(order) - 1)] != user_code),
                 last_of_user, j)
    fix = order[j]
    conf = pd.to_numeric(m["confidence"], errors="coerce") if "confidence" in m.columns else \
        pd.Series(np.nan, index=m.index)
    text = (pd.Series(np.char.mod("%.6f", mt)).str.rstrip("0").str.rstrip(".") + FIELD_SEP
            + m["activity"].astype(str).str.replace(FIELD_SEP, "_").str.replace(READING_SEP, "_").to_numpy()
            + FIELD_SEP + np.where(conf.isna().to_numpy(), "", np.char.mod("%g", conf.fillna(0).to_numpy(float))))
    by_fix = pd.DataFrame({"fix": fix, "t": mt, "text": text.to_numpy()}).sort_values(["fix", "t"], kind="stable")
    joined = by_fix.groupby("fix", sort=True)["text"].agg(READING_SEP.join)
    readings = np.full(len(points), None, dtype=object)
    readings[joined.index.to_numpy()] = joined.to_numpy()
    # the latest reading at or before each fix (same user), for people to read
    morder = np.argsort(mk, kind="stable")
    k = np.searchsorted(mk[morder], pk, side="right") - 1
    kk = morder[np.maximum(k, 0)]
    ok = (k >= 0) & (user_code[kk] == codes.get_indexer(pu))
    act = m["activity"].astype(str).to_numpy()
    out["activity"] = np.where(ok, act[kk], None)
    out["activity_confidence"] = np.where(ok, conf.to_numpy(dtype=float)[kk], np.nan)
    out["motion_readings"] = readings
    return out


def has_motion_columns(points: pd.DataFrame) -> bool:
    return points is not None and "motion_readings" in points.columns


def motion_from_points(points: pd.DataFrame) -> Optional[pd.DataFrame]:
    """The motion table (``user_id, time, activity, confidence``) the points carry in
    ``motion_readings``, or ``None`` when they carry none."""
    if not has_motion_columns(points):
        return None
    cells = points["motion_readings"]
    keep = cells.notna() & (cells.astype(str).str.len() > 0)
    if not keep.any():
        return None
    s = pd.DataFrame({"user_id": points.loc[keep, "user_id"].astype(str).to_numpy(),
                      "r": cells[keep].astype(str).str.split(READING_SEP).to_numpy()}).explode("r")
    s = s[s["r"].str.len() > 0]
    parts = s["r"].str.split(FIELD_SEP, n=2, expand=True).reindex(columns=[0, 1, 2])
    sec = pd.to_numeric(parts[0], errors="coerce").to_numpy(dtype=float)
    ok = np.isfinite(sec)
    micros = np.round(sec[ok] * 1e6).astype(np.int64)
    motion = pd.DataFrame({
        "user_id": s["user_id"].to_numpy()[ok],
        "time": pd.to_datetime(micros, unit="us", utc=True).as_unit("ns"),
        "activity": parts[1].fillna("unknown").to_numpy()[ok],
        "confidence": pd.to_numeric(parts[2], errors="coerce").to_numpy(dtype=float)[ok],
    })
    return motion.sort_values(["user_id", "time"], kind="stable").reset_index(drop=True)
