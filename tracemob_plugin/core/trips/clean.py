"""Cleaning: invalid coordinates, inaccurate fixes, duplicates, spikes and bursts of impossible jumps."""
import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..vocab.times import epoch_seconds
from .arrays import dist, group_starts, xyz
from .params import SegmentationParams

def check_points(points: pd.DataFrame) -> None:
    if not isinstance(points, pd.DataFrame):
        raise InputError(tr("the points must be a table (DataFrame)"))
    missing = [c for c in ("user_id", "time", "lat", "lon") if c not in points.columns]
    if missing:
        raise InputError(tr("the points have no column {name}").format(name=", ".join(missing)),
                         field=missing[0],
                         hint=tr("Read the traces with read_traces, which gives user_id, time, lat and lon."))
    if len(points) and not pd.api.types.is_datetime64_any_dtype(points["time"]):
        raise InputError(tr("the time column is not a date-time column"), field="time",
                         hint=tr("Convert it with pandas.to_datetime(..., utc=True)."))


def clean_points(points: pd.DataFrame, params: SegmentationParams):
    """Return ``(cleaned points sorted by user and time with a fresh index, stats)``.

    Everything is decided on arrays; the table is copied once at the end.
    """
    df, stats, _ = clean_arrays(points, params)
    return df, stats


def _drop_out_of_order(points, idx, t_all, ucodes):
    """``(kept positions, number dropped)``: a fix the phone wrote (``write_ts``) after a later fix
    of the same user is out of order, and e-mission drops it."""
    if "write_ts" not in points.columns or not len(idx):
        return idx, 0
    w = pd.to_numeric(points["write_ts"], errors="coerce").to_numpy(dtype=float)
    w = np.where(np.isnan(w), t_all, w)
    o = idx[np.lexsort((t_all[idx], w[idx], ucodes[idx]))]
    span = float(np.nanmax(t_all[idx]) - np.nanmin(t_all[idx])) + 1e6
    key = ucodes[o] * span + (t_all[o] - np.nanmin(t_all[idx]))
    late = key < np.maximum.accumulate(key)
    return np.sort(o[~late]), int(late.sum())


def _duplicates(new_user, dt, lat, lon, window_s):
    """Near duplicates: less than ``window_s`` after the previous fix; with 0, the same fix twice
    (same time and position)."""
    if window_s > 0:
        return ~new_user & (dt < window_s)
    same_pos = np.zeros(len(dt), dtype=bool)
    same_pos[1:] = (lat[1:] == lat[:-1]) & (lon[1:] == lon[:-1])
    return ~new_user & (dt <= 0) & same_pos


#: the longest burst of wrong fixes :func:`_drop_short_bursts` takes out (one fix is a spike)
BURST_MAX_POINTS = 3


def _drop_short_bursts(idx, ucodes, t_all, xyz_all, applies, speed):
    """``(idx, number removed)``: 2 to ``BURST_MAX_POINTS`` consecutive fixes entered and left faster than
    ``speed`` while the fixes before and after them are close to each other (closer than half of each jump)
    and consistent (no faster than ``speed`` between them): a phone at a place reporting two or three wrong
    positions in a row (an indoor Wi-Fi fix 150-300 m away, then another one elsewhere). A spike rule for one
    fix misses them (the wrong fixes are not near each other), and each of them kept breaks the 100 m window of
    the dwell rule, so the stay is found late or not at all."""
    xa, ya, za = xyz_all
    removed = 0
    for k in range(2, BURST_MAX_POINTS + 1):
        n = len(idx)
        if n < k + 2:
            break
        u, t = ucodes[idx], t_all[idx]
        x, y, z = xa[idx], ya[idx], za[idx]
        a = np.arange(0, n - k - 1)            # the fix before the burst a+1 .. a+k
        b = a + k + 1                           # the fix after it
        a = a[u[a] == u[b]]
        b = a + k + 1
        d_in = dist(x, y, z, a, a + 1)
        d_out = dist(x, y, z, b - 1, b)
        d_ab = dist(x, y, z, a, b)
        burst = ((d_in / np.maximum(t[a + 1] - t[a], 1.0) > speed)
                 & (d_out / np.maximum(t[b] - t[b - 1], 1.0) > speed)
                 & (d_ab < 0.5 * np.minimum(d_in, d_out))
                 & (d_ab / np.maximum(t[b] - t[a], 1.0) <= speed))
        for j in range(1, k + 1):
            burst &= applies[idx[a + j]]
        if not burst.any():
            continue
        bad = np.zeros(n + 1, dtype=np.int64)
        np.add.at(bad, a[burst] + 1, 1)
        np.add.at(bad, a[burst] + k + 1, -1)
        bad = np.cumsum(bad)[:n] > 0
        removed += int(bad.sum())
        idx = idx[~bad]
    return idx, removed


def _drop_speed_jumps(idx, ucodes, t_all, xyz_all, applies, p):
    """``(idx, number removed)``: the fixes ``idx`` without spikes and bursts of impossible jumps,
    among the fixes ``applies`` marks."""
    xa, ya, za = xyz_all
    removed = 0
    jumps = bool(applies[idx].any()) if len(idx) else False
    if jumps and (np.isfinite(p.spike_speed_mps) or np.isfinite(p.max_speed_mps)):
        for _ in range(3):
            n = len(idx)
            if n < 3:
                break
            u = ucodes[idx]
            t = t_all[idx]
            x, y, z = xa[idx], ya[idx], za[idx]
            same = np.zeros(n, dtype=bool)
            same[1:] = u[1:] == u[:-1]
            i = np.arange(1, n - 1)
            i = i[same[i] & same[i + 1]]
            d1 = dist(x, y, z, i - 1, i)
            d2 = dist(x, y, z, i, i + 1)
            d02 = dist(x, y, z, i - 1, i + 1)
            v1 = d1 / np.maximum(t[i] - t[i - 1], 1.0)
            v2 = d2 / np.maximum(t[i + 1] - t[i], 1.0)
            spike = ((v1 > p.spike_speed_mps) & (v2 > p.spike_speed_mps)
                     & (d02 < 0.5 * np.minimum(d1, d2)))
            spike |= (v1 > p.max_speed_mps) & (v2 > p.max_speed_mps)
            spike &= applies[idx[i]]
            if not spike.any():
                break
            bad = np.zeros(n, dtype=bool)
            bad[i[spike]] = True
            removed += int(bad.sum())
            idx = idx[~bad]
        idx, more = _drop_short_bursts(idx, ucodes, t_all, xyz_all, applies, p.spike_speed_mps)
        removed += more
    # excursions: a few fixes reached by an impossible jump and left by another one, while the
    # fixes on both sides are consistent with each other (a burst of wrong positions)
    if jumps and np.isfinite(p.max_speed_mps) and p.jump_max_points > 0:
        for _ in range(2):
            n = len(idx)
            if n < 3:
                break
            u = ucodes[idx]
            t = t_all[idx]
            x, y, z = xa[idx], ya[idx], za[idx]
            new_u = group_starts(u)
            v = np.zeros(n)
            v[1:] = dist(x, y, z, np.arange(n - 1), np.arange(1, n)) / np.maximum(np.diff(t), 1.0)
            jump = ~new_u & (v > p.max_speed_mps)
            if not jump.any():
                break
            starts = np.flatnonzero(jump | new_u)
            ends = np.append(starts[1:], n) - 1  # last fix of each piece
            interior = jump[starts] & (ends + 1 < n)
            interior &= np.where(ends + 1 < n, jump[np.minimum(ends + 1, n - 1)], False)
            a = np.maximum(starts - 1, 0)
            b = np.minimum(ends + 1, n - 1)
            ok_around = (dist(x, y, z, a, b) / np.maximum(t[b] - t[a], 1.0)) <= p.max_speed_mps
            out = interior & ok_around & ((ends - starts + 1) <= p.jump_max_points)
            if not out.any():
                break
            cnt = ends - starts + 1
            bad = np.zeros(n + 1, dtype=np.int64)
            np.add.at(bad, starts[out], 1)
            np.add.at(bad, starts[out] + cnt[out], -1)
            bad = (np.cumsum(bad)[:n] > 0) & applies[idx]
            if not bad.any():
                break
            removed += int(bad.sum())
            idx = idx[~bad]
    return idx, removed


def clean_arrays(points: pd.DataFrame, params: SegmentationParams):
    p = params
    n0 = len(points)
    stats = {"input": int(n0)}
    times = points["time"]
    if len(times) and times.dt.tz is None:
        times = times.dt.tz_localize("UTC")
    t_all = epoch_seconds(times) if n0 else np.zeros(0)
    t_ok = times.notna().to_numpy()
    lat = pd.to_numeric(points["lat"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(points["lon"], errors="coerce").to_numpy(dtype=float)
    ok = (np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
          & ~((lat == 0) & (lon == 0)) & t_ok)
    stats["invalid"] = int((~ok).sum())
    if "accuracy_m" in points.columns:
        acc = pd.to_numeric(points["accuracy_m"], errors="coerce").to_numpy(dtype=float)
    else:
        acc = np.full(n0, np.nan)
    bad_acc = ok & (acc > p.max_accuracy_m)
    stats["inaccurate"] = int(bad_acc.sum())
    idx = np.flatnonzero(ok & ~bad_acc)

    ucodes = pd.factorize(points["user_id"].astype(str), sort=True)[0]
    idx, stats["out_of_order"] = _drop_out_of_order(points, idx, t_all, ucodes)
    # sort: user, time, then (near-duplicate window) best accuracy first so that duplicates keep the best fix
    if p.duplicate_window_s > 0:
        acc_key = np.where(np.isnan(acc), np.inf, acc)
        idx = idx[np.lexsort((acc_key[idx], t_all[idx], ucodes[idx]))]
    else:  # (fixes taken at the same time keep their order)
        idx = idx[np.lexsort((idx, t_all[idx], ucodes[idx]))]
    u = ucodes[idx]
    t = t_all[idx]
    new_user = group_starts(u)
    dt = np.diff(t, prepend=-np.inf)
    dup = _duplicates(new_user, dt, lat[idx], lon[idx], p.duplicate_window_s)
    stats["duplicates"] = int(dup.sum())
    idx = idx[~dup]

    # impossible speed jumps (a few passes: a double spike needs the second); the dwell method
    # leaves those of e-mission's phone app (fixes with a location filter) to e-mission's jump
    # smoothing of each section (trips.smoothing), and cleans the fixes of other sources (GPX,
    # CSV, loggers) here: their legs may come from speeds, which no later step smooths
    xa, ya, za = xyz(np.where(ok, lat, 0.0), np.where(ok, lon, 0.0))
    applies = np.ones(n0, dtype=bool)
    if p.stay_method == "dwell" and "location_filter" in points.columns:
        applies = points["location_filter"].isna().to_numpy()
    idx, removed = _drop_speed_jumps(idx, ucodes, t_all, (xa, ya, za), applies, p)
    stats["speed_jumps"] = removed
    stats["kept"] = int(len(idx))

    df = points.iloc[idx].reset_index(drop=True)
    if len(df):
        tt = df["time"]
        tt = tt.dt.tz_localize("UTC") if tt.dt.tz is None else tt.dt.tz_convert("UTC")
        df["time"] = tt.astype("datetime64[ns, UTC]")
    for col in ("accuracy_m", "speed_mps"):
        if col not in df.columns:
            df[col] = np.nan
    if "source_file" not in df.columns:
        df["source_file"] = ""
    if df["user_id"].dtype != object or len(df) and not isinstance(df["user_id"].iloc[0], str):
        df["user_id"] = df["user_id"].astype(str)
    return df, stats, (xa[idx], ya[idx], za[idx])

