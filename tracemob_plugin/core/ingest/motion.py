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


def epoch_text(seconds) -> np.ndarray:
    """Epoch seconds written with microseconds, trailing zeros dropped (``1466436483.395``)."""
    return (pd.Series(np.char.mod("%.6f", np.asarray(seconds, dtype=float))).str.rstrip("0")
            .str.rstrip(".").to_numpy(dtype=object))


def attach_readings(points: pd.DataFrame, users, times_s, texts) -> tuple:
    """Readings of a phone stream (one text each) attached to the points: ``(cells, unattached)``.

    A reading goes to the first fix of the same user at or after it; readings after a user's last
    fix go to that last fix, so that none is lost. ``cells[i]`` holds the texts of the readings
    attached to fix ``i`` in time order, joined with ``;`` (``None`` without any). Readings of users
    without points cannot be attached: ``unattached`` counts them."""
    cells = np.full(len(points), None, dtype=object)
    users = np.asarray(users, dtype=str)
    mt = np.asarray(times_s, dtype=float)
    ok = np.isfinite(mt)
    users, mt, texts = users[ok], mt[ok], np.asarray(texts, dtype=object)[ok]
    if len(points) == 0 or len(mt) == 0:
        return cells, int(len(mt))
    pu = points["user_id"].astype(str).to_numpy()
    pt = epoch_seconds(points["time"])
    codes = pd.Index(np.unique(pu))
    known = codes.get_indexer(users) >= 0
    unattached = int((~known).sum())
    users, mt, texts = users[known], mt[known], texts[known]
    if not len(mt):
        return cells, unattached
    t0 = float(min(pt.min(), mt.min()))
    span = float(max(pt.max(), mt.max()) - t0) + 1e6
    pk = _keys(pu, pt, codes, t0, span)
    order = np.argsort(pk, kind="stable")
    pk_sorted = pk[order]
    mk = _keys(users, mt, codes, t0, span)
    # first fix of the same user at or after the reading; past the user's last fix: that last fix
    j = np.searchsorted(pk_sorted, mk, side="left")
    user_code = codes.get_indexer(users)
    sorted_user = codes.get_indexer(pu[order])
    last_of_user = np.searchsorted(sorted_user, user_code, side="right") - 1
    j = np.where((j >= len(order)) | (sorted_user[np.minimum(j, len(order) - 1)] != user_code),
                 last_of_user, j)
    fix = order[j]
    by_fix = pd.DataFrame({"fix": fix, "t": mt, "text": texts}).sort_values(["fix", "t"], kind="stable")
    joined = by_fix.groupby("fix", sort=True)["text"].agg(READING_SEP.join)
    cells[joined.index.to_numpy()] = joined.to_numpy()
    return cells, unattached


def split_readings(points: pd.DataFrame, column: str, n_fields: int) -> Optional[pd.DataFrame]:
    """The readings a points column carries (see :func:`attach_readings`): a frame ``user_id, t``
    (epoch seconds) and the text fields ``f1 .. f<n_fields-1>`` of each reading, or ``None``."""
    if points is None or column not in points.columns:
        return None
    cells = points[column]
    keep = cells.notna() & (cells.astype(str).str.len() > 0)
    if not keep.any():
        return None
    s = pd.DataFrame({"user_id": points.loc[keep, "user_id"].astype(str).to_numpy(),
                      "r": cells[keep].astype(str).str.split(READING_SEP).to_numpy()}).explode("r")
    s = s[s["r"].str.len() > 0]
    parts = s["r"].str.split(FIELD_SEP, n=n_fields - 1, expand=True).reindex(columns=range(n_fields))
    sec = pd.to_numeric(parts[0], errors="coerce").to_numpy(dtype=float)
    ok = np.isfinite(sec)
    out = pd.DataFrame({"user_id": s["user_id"].to_numpy()[ok],
                        "t": np.round(sec[ok] * 1e6) / 1e6})
    for k in range(1, n_fields):
        out["f%d" % k] = parts[k].to_numpy()[ok]
    return out


def attach_motion(points: pd.DataFrame, motion: Optional[pd.DataFrame]) -> pd.DataFrame:
    """``points`` (sorted by user and time) with the three :data:`MOTION_POINT_COLUMNS`; unchanged
    (a copy) when there is no reading. Readings of users without points cannot be attached: the
    number of such readings is in ``result.attrs["motion_unattached"]``."""
    out = points.copy()
    if motion is None or len(motion) == 0 or len(points) == 0:
        return out
    m = motion[motion["time"].notna()]
    mu = m["user_id"].astype(str).to_numpy()
    mt = epoch_seconds(m["time"])
    conf = pd.to_numeric(m["confidence"], errors="coerce") if "confidence" in m.columns else \
        pd.Series(np.nan, index=m.index)
    text = (epoch_text(mt) + FIELD_SEP
            + m["activity"].astype(str).str.replace(FIELD_SEP, "_").str.replace(READING_SEP, "_").to_numpy()
            + FIELD_SEP + np.where(conf.isna().to_numpy(), "", np.char.mod("%g", conf.fillna(0).to_numpy(float))))
    cells, unattached = attach_readings(points, mu, mt, text)
    out.attrs["motion_unattached"] = unattached
    # the latest reading at or before each fix (same user), for people to read
    pu = points["user_id"].astype(str).to_numpy()
    pt = epoch_seconds(points["time"])
    codes = pd.Index(np.unique(np.concatenate([pu, mu])))
    t0 = float(min(pt.min(), mt.min())) if len(mt) else float(pt.min())
    span = float(max(pt.max(), mt.max() if len(mt) else pt.max()) - t0) + 1e6
    pk = _keys(pu, pt, codes, t0, span)
    mk = _keys(mu, mt, codes, t0, span)
    morder = np.argsort(mk, kind="stable")
    k = np.searchsorted(mk[morder], pk, side="right") - 1
    kk = morder[np.maximum(k, 0)]
    ok = (k >= 0) & (len(mk) > 0)
    if len(mk):
        ok &= codes.get_indexer(mu)[kk] == codes.get_indexer(pu)
    act = m["activity"].astype(str).to_numpy()
    out["activity"] = np.where(ok, act[kk], None) if len(mk) else None
    out["activity_confidence"] = np.where(ok, conf.to_numpy(dtype=float)[kk], np.nan) if len(mk) else np.nan
    out["motion_readings"] = cells
    return out


def has_motion_columns(points: pd.DataFrame) -> bool:
    return points is not None and "motion_readings" in points.columns


def motion_from_points(points: pd.DataFrame) -> Optional[pd.DataFrame]:
    """The motion table (``user_id, time, activity, confidence``) the points carry in
    ``motion_readings``, or ``None`` when they carry none."""
    if not has_motion_columns(points):
        return None
    r = split_readings(points, "motion_readings", 3)
    if r is None:
        return None
    micros = np.round(r["t"].to_numpy() * 1e6).astype(np.int64)
    motion = pd.DataFrame({
        "user_id": r["user_id"].to_numpy(),
        "time": pd.to_datetime(micros, unit="us", utc=True).as_unit("ns"),
        "activity": r["f1"].fillna("unknown").to_numpy(),
        "confidence": pd.to_numeric(r["f2"], errors="coerce").to_numpy(dtype=float),
    })
    return motion.sort_values(["user_id", "time"], kind="stable").reset_index(drop=True)
