"""Time-weighted agreement of detected legs with labelled time, and how much labelled time has a leg.

The reference is a set of labelled spans (ground-truth sections, GeoLife ``labels.txt`` rows,
participants' labels): ``user_id, start_time, end_time, mode``. Detected legs have the same columns
(``mode`` from mode inference). Every labelled second counts once: it *agrees* when a leg of the same
user covering it has the same coarse class (walk / bike / motorised), it is *covered* when any leg
covers it. Labelled spans whose coarse class is unknown are left out. Overlapping legs (a fix shared
by two legs) are counted once per second.
"""
from dataclasses import dataclass, field
from typing import Dict, Optional

import numpy as np
import pandas as pd

from ..vocab.modes import COARSE
from ..vocab.times import epoch_seconds

CLASSES = ("walk", "bike", "motorised")


@dataclass
class TimeAgreement:
    """Labelled seconds per coarse class: ``total``, ``covered`` (by any leg) and ``agree`` (by a leg of
    the same class). Adds up over days or participants with :meth:`combine`."""
    total: Dict[str, float] = field(default_factory=dict)
    covered: Dict[str, float] = field(default_factory=dict)
    agree: Dict[str, float] = field(default_factory=dict)

    @property
    def agreement(self) -> float:
        t = sum(self.total.values())
        return sum(self.agree.values()) / t if t else float("nan")

    @property
    def coverage(self) -> float:
        t = sum(self.total.values())
        return sum(self.covered.values()) / t if t else float("nan")

    def recall(self, cls: str) -> float:
        t = self.total.get(cls, 0.0)
        return self.agree.get(cls, 0.0) / t if t else float("nan")

    @staticmethod
    def combine(items) -> "TimeAgreement":
        out = TimeAgreement()
        for it in items:
            for name in ("total", "covered", "agree"):
                acc = getattr(out, name)
                for k, v in getattr(it, name).items():
                    acc[k] = acc.get(k, 0.0) + v
        return out


def coarse_of(modes) -> np.ndarray:
    """Coarse class of each mode (walk / bike / motorised), ``None`` when unknown or empty."""
    known = {k: v for k, v in COARSE.items() if v in CLASSES}
    return np.array([(known.get(m) if isinstance(m, str) else None) for m in np.asarray(modes, dtype=object)],
                    dtype=object)


def _modes(df: pd.DataFrame) -> np.ndarray:
    return np.array([m if isinstance(m, str) and m not in ("", "unknown") else None for m in df["mode"]], dtype=object)


def _intervals(df: pd.DataFrame, cls: Optional[np.ndarray] = None) -> pd.DataFrame:
    out = pd.DataFrame({"user": df["user_id"].astype(str).to_numpy() if "user_id" in df.columns else "",
                        "t0": epoch_seconds(df["start_time"]), "t1": epoch_seconds(df["end_time"]),
                        "cls": coarse_of(df["mode"]) if cls is None else cls})
    return out[np.isfinite(out.t0) & np.isfinite(out.t1) & (out.t1 > out.t0)]


def _union_length(t0: np.ndarray, t1: np.ndarray, a: float, b: float) -> float:
    """Length of the union of the intervals [t0, t1] clipped to [a, b] (inputs sorted by t0)."""
    s, e = np.maximum(t0, a), np.minimum(t1, b)
    keep = e > s
    s, e = s[keep], e[keep]
    if not len(s):
        return 0.0
    reach = np.maximum.accumulate(e)
    new = np.r_[True, s[1:] > reach[:-1]]
    run = np.cumsum(new) - 1
    starts = s[new]
    ends = pd.Series(e).groupby(run).max().to_numpy()
    return float((ends - starts).sum())


def time_agreement(truth: pd.DataFrame, legs: pd.DataFrame, fine: bool = False) -> TimeAgreement:
    """Labelled seconds of ``truth`` covered by ``legs``, and covered by a leg of the same coarse class (``fine``:
    of the same mode, e.g. bus, tram, metro, train or car)."""
    tr = _intervals(truth, _modes(truth) if fine else None)
    tr = tr[tr.cls.notna()]
    lg = _intervals(legs, _modes(legs) if fine else None).sort_values(["user", "t0"], kind="mergesort")
    out = TimeAgreement()
    by_user = {u: g for u, g in lg.groupby("user", sort=False)}
    for row in tr.itertuples(index=False):
        dur = row.t1 - row.t0
        out.total[row.cls] = out.total.get(row.cls, 0.0) + dur
        g = by_user.get(row.user)
        if g is None:
            continue
        t0, t1, c = g.t0.to_numpy(), g.t1.to_numpy(), g.cls.to_numpy()
        out.covered[row.cls] = out.covered.get(row.cls, 0.0) + _union_length(t0, t1, row.t0, row.t1)
        same = c == row.cls
        out.agree[row.cls] = out.agree.get(row.cls, 0.0) + _union_length(t0[same], t1[same], row.t0, row.t1)
    return out
