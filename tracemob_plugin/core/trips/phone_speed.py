"""The phone's own speed readings (GPS Doppler speed, ``speed_mps``), as the legs carry them.

A phone measures its speed from the Doppler shift of the satellites' signals: unlike speeds from
successive positions, it does not add GPS noise up, so it shows what positions blur. Four per-leg
features come from it, each ``MISSING`` when the leg's fixes do not carry it:

* ``phone_speed_p95``: the 95th percentile of the speed readings, time-weighted (each reading
  counts for the time to the next one, at most ``HOLD_S``): the cruise speed between stops;
* ``phone_acc_p90``: the 90th percentile of the speed change per second over spans of
  ``ACC_SPAN_S`` (about 3 s; 2.5 to 15 s apart): cars start and brake at 1.5-3 m/s², bicycles at
  1 m/s² at most, walkers hardly. A car's start lasts 3-5 s, so a phone recording every 6-15 s
  (iOS's distance filter in slow traffic) sees it diluted over the span: the percentile is scaled
  by the leg's median span over ``SPARSE_SPAN_S`` (4 s) when longer, at most ``SPARSE_MAX_SCALE`` (2),
  an acceleration "as seen over 4 s" (a bicycle, accelerating gently but for longer, is diluted less;
  the cap keeps a fast cyclist's gentle starts seen every 10-15 s below the car's). The scale was read on one
  simulated study (seed 3): exponent 1 of the span ratio against 0.8 and 1.2, by the mean of car and
  bicycle recall there. Loggers recording every few seconds give it, not phones every 30 s.
* ``phone_acc_p95``: its 95th percentile, scaled alike: a car that cruises for most of its moving time
  (a wide street, a green wave) starts and brakes for less than a tenth of it, which the 90th percentile
  misses and the 95th still sees; a bicycle's gentle starts stay gentle at either;
* ``phone_fast_share``: the share of the time (weighted as for ``phone_speed_p95``) with readings of
  ``FAST_MPS`` (4 m/s, 14.4 km/h) or more: no walker keeps that up, a car in city traffic does between its
  stops however slow its average (a walk's readings go that high in short spikes only).

Both are measured on the leg's moving part, from its first to its last reading of ``MOVING_MPS`` or
more: a leg that ends with the phone still recording at the place does not dilute them. A reading of
exactly 0 counts as none (phones write 0 when a fix has no speed, e.g. network fixes). A
leg has no phone speed when fewer than ``MIN_READINGS`` of its fixes, or less than ``MIN_COVERAGE`` of
them, have a reading, or when its readings never exceed ``MIN_MOVING_MPS``; no phone acceleration with
fewer than ``MIN_SPANS`` spans. Everything is vectorised over all fixes of all legs at once.
"""
import numpy as np
import pandas as pd

from .arrays import group_weighted_quantile
from .motion import MISSING

PHONE_SPEED = ("phone_speed_p95", "phone_acc_p90", "phone_fast_share", "phone_acc_p95")
HOLD_S = 30.0
ACC_SPAN_S = (3.0, 2.5, 15.0)   # target span, shortest and longest accepted
SPARSE_SPAN_S = 4.0   # legs whose spans are longer (sparse phones) get their acceleration scaled up
SPARSE_MAX_SCALE = 2.0   # ... at most twice (spans of 8 s): a gentle bicycle seen every 15 s stays a bicycle
MIN_READINGS = 5
MIN_SPANS = 8
MIN_MOVING_MPS = 0.3   # a leg whose readings never exceed this has no usable readings
MIN_COVERAGE = 0.5     # share of the leg's fixes that must carry a reading
FAST_MPS = 4.0         # ``phone_fast_share``: faster than anyone walks or jogs
MOVING_MPS = 1.0       # the features are measured from the first to the last reading this fast


def phone_speed_features(group, t, speed, n_groups):
    """Per-group (``group``: int codes 0..n_groups-1) phone-speed features, a frame with the
    ``PHONE_SPEED`` columns (``MISSING`` where not measurable). ``t`` (epoch s) and ``speed`` (m/s,
    NaN where none) are per fix; fixes need not be sorted."""
    out = pd.DataFrame({c: np.full(n_groups, MISSING) for c in PHONE_SPEED})
    group = np.asarray(group, dtype=np.int64)
    t = np.asarray(t, dtype=float)
    v = np.asarray(speed, dtype=float)
    fixes = np.bincount(group[group >= 0], minlength=n_groups)
    # a reading of exactly 0 is what phones write when the fix has no speed (network fixes)
    ok = np.isfinite(v) & (v > 0) & np.isfinite(t) & (group >= 0)
    if not ok.any():
        return out
    group, t, v = group[ok], t[ok], v[ok]
    order = np.lexsort((t, group))
    group, t, v = group[order], t[order], v[order]
    n = np.bincount(group, minlength=n_groups)
    vmax = np.full(n_groups, -1.0)
    np.maximum.at(vmax, group, v)
    usable = (n >= MIN_READINGS) & (n >= MIN_COVERAGE * fixes) & (vmax > MIN_MOVING_MPS)
    # the moving part: from the first to the last reading of MOVING_MPS or more (a leg that ends
    # with the phone still recording at the place would otherwise dilute its starts and stops)
    idx = np.arange(len(v))
    moving = v >= MOVING_MPS
    lo_i = np.full(n_groups, len(v))
    hi_i = np.full(n_groups, -1)
    np.minimum.at(lo_i, group[moving], idx[moving])
    np.maximum.at(hi_i, group[moving], idx[moving])
    inside = (idx >= lo_i[group]) & (idx <= hi_i[group])
    group, t, v = group[inside], t[inside], v[inside]
    if len(v) == 0:
        return out
    same_next = np.concatenate([group[1:] == group[:-1], [False]])
    dt_next = np.where(same_next, np.diff(t, append=t[-1]), 0.0)
    w = np.clip(dt_next, 0.0, HOLD_S)
    p95 = group_weighted_quantile(v, w, group, 0.95, n_groups)
    out["phone_speed_p95"] = np.where(usable & np.isfinite(p95), p95, MISSING)
    held = np.bincount(group, weights=w, minlength=n_groups)
    fast = np.bincount(group, weights=w * (v >= FAST_MPS), minlength=n_groups)
    out["phone_fast_share"] = np.where(usable & (held > 0), fast / np.where(held > 0, held, 1.0), MISSING)
    # speed change per second over spans of about ACC_SPAN_S
    target, lo, hi = ACC_SPAN_S
    span0 = float(t.max() - t.min()) + 1e6
    key = group * span0 + (t - t.min())
    j = np.searchsorted(key, key + target, side="left")
    jj = np.minimum(j, len(t) - 1)
    span = t[jj] - t
    pair = (j < len(t)) & (group[jj] == group) & (span >= lo) & (span <= hi)
    if pair.any():
        a = np.abs(v[jj] - v)[pair] / span[pair]
        ga = group[pair]
        acc = np.column_stack(group_weighted_quantile(a, np.ones(len(a)), ga, [0.90, 0.95], n_groups))
        med_span = group_weighted_quantile(span[pair], np.ones(len(a)), ga, 0.5, n_groups)
        # a phone recording every 6-15 s measures a car's 3-5 s starts diluted over the whole span
        with np.errstate(invalid="ignore"):
            acc = acc * np.clip(med_span / SPARSE_SPAN_S, 1.0, SPARSE_MAX_SCALE)[:, None]
        enough = np.bincount(ga, minlength=n_groups) >= MIN_SPANS
        for col, k in (("phone_acc_p90", 0), ("phone_acc_p95", 1)):
            out[col] = np.where(usable & enough & np.isfinite(acc[:, k]), acc[:, k], MISSING)
    return out


def leg_phone(first, last, t, speed):
    """The ``PHONE_SPEED`` features of legs given as fix ranges ``first[k]..last[k]`` (inclusive) of
    per-fix arrays ``t`` and ``speed``: a frame with one row per leg."""
    first = np.asarray(first, dtype=np.int64)
    last = np.asarray(last, dtype=np.int64)
    k = len(first)
    if k == 0 or speed is None or not np.isfinite(np.asarray(speed, dtype=float)).any():
        return pd.DataFrame({c: np.full(k, MISSING) for c in PHONE_SPEED})
    cnt = np.maximum(last - first + 1, 0)
    leg = np.repeat(np.arange(k), cnt)
    pos = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(first, cnt)
    return phone_speed_features(leg, np.asarray(t, dtype=float)[pos], np.asarray(speed, dtype=float)[pos], k)
