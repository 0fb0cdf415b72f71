"""Generated days with exact known truth for the segmentation tests: a place, a move at a given speed
and heading, a frame of points, and the same points as e-mission's phone app sends them."""
import numpy as np
import pandas as pd

DAY = pd.Timestamp("2024-03-12", tz="UTC")
LAT0, LON0 = 48.85, 2.35
M_PER_DEG_LAT = 111_195.0
M_PER_DEG_LON = M_PER_DEG_LAT * np.cos(np.radians(LAT0))


def at(h, m=0, s=0):
    return DAY + pd.Timedelta(hours=h, minutes=m, seconds=s)


def _stay(t0, t1, east_m, north_m, rng, step_s=30, noise_m=8.0):
    t = np.arange(t0.value, t1.value, int(step_s * 1e9))
    e = east_m + rng.normal(0, noise_m, len(t))
    n = north_m + rng.normal(0, noise_m, len(t))
    return t, e, n


def _move(t0, t1, e0, n0, speed, heading_deg, step_s=30):
    t = np.arange(t0.value, t1.value, int(step_s * 1e9))
    d = speed * (t - t0.value) / 1e9
    h = np.radians(heading_deg)
    return t, e0 + d * np.sin(h), n0 + d * np.cos(h)


def _frame(user, parts, source):
    t = np.concatenate([p_[0] for p_ in parts])
    east = np.concatenate([p_[1] for p_ in parts])
    north = np.concatenate([p_[2] for p_ in parts])
    return pd.DataFrame({"user_id": user, "time": pd.to_datetime(t, utc=True),
                         "lat": LAT0 + north / M_PER_DEG_LAT, "lon": LON0 + east / M_PER_DEG_LON,
                         "accuracy_m": 10.0, "speed_mps": np.nan, "source_file": source})


def phone(points, seed=1, extra=None, stopped=True):
    """The points as e-mission's Android app would send them: fixes a little irregular in time
    (up to 2 s late; e-mission's still window needs a fix between 270 and 300 s old, which fixes
    taken every 30 s exactly never are), recorded with the time filter, written a second after
    they were taken, the state machine saying the phone left the geofence at the first fix and
    stopped moving a minute after the last one (``ingest.phone`` columns; ``extra``: more
    transitions, rows ``(time, transition, state)``; ``stopped=False``: no report after the last
    fix). The values the tests below pin are e-mission's: its pipeline (e-mission-server
    d64f2ec4 with production settings) was run on the same data, converted to its entries."""
    from tracemob.tracemob_plugin.core.ingest.phone import attach_transitions

    rng = np.random.default_rng(seed)
    out = points.copy()
    out["time"] = out["time"] + pd.to_timedelta(np.round(rng.uniform(0, 2, len(out)), 3), unit="s")
    out = out.sort_values(["user_id", "time"], kind="stable").reset_index(drop=True)
    out["location_filter"] = "time"
    out["write_ts"] = out["time"].astype("int64").to_numpy() / 1e9 + 1.0
    first = out.groupby("user_id")["time"].min()
    last = out.groupby("user_id")["time"].max()
    rows = [(u, t_, 1, 1) for u, t_ in first.items()]
    if stopped:
        rows += [(u, t_ + pd.Timedelta(minutes=1), 2, 2) for u, t_ in last.items()]
    for t_, kind, state in (extra or []):
        rows += [(u, t_, kind, state) for u in first.index]
    tr = pd.DataFrame(rows, columns=["user_id", "time", "transition", "state"])
    return attach_transitions(out, tr.sort_values(["user_id", "time"]))
