"""Synthetic legs with known modes: for tests and for the default model's training set.

Each leg follows a speed profile typical of its mode (cruise speed, stops at lights or at
public-transport stops, acceleration), sampled every ``interval`` seconds with GPS noise, plus
the motion-activity readings a phone would record. Everything is generated with numpy from a seed.
"""
import numpy as np
import pandas as pd

# mode: (cruise min, cruise max m/s, mean distance between stops m, stop duration s (min,max),
#        acceleration m/s2, speed jitter share, motion activity)
PROFILES = {
    "walk": (0.8, 1.8, 400, (5, 40), 0.5, 0.15, "walking"),
    "bike": (3.0, 6.0, 250, (5, 60), 0.6, 0.15, "cycling"),
    "ebike": (5.5, 7.2, 900, (5, 30), 0.8, 0.06, "cycling"),
    "escooter": (4.5, 6.3, 900, (5, 30), 0.8, 0.04, "cycling"),
    "motorcycle": (11.0, 22.0, 700, (5, 30), 2.5, 0.10, "in_vehicle"),
    "car": (9.0, 16.0, 500, (5, 45), 1.8, 0.10, "in_vehicle"),
    "car_highway": (24.0, 36.0, 20000, (5, 30), 1.2, 0.05, "in_vehicle"),
    # city-centre traffic: short runs between lights and queues, brisk starts and stops
    "car_urban": (6.0, 10.0, 150, (5, 40), 2.0, 0.10, "in_vehicle"),
    "bus": (7.0, 14.0, 400, (15, 40), 1.0, 0.08, "in_vehicle"),
    "tram": (7.0, 12.0, 500, (15, 30), 1.0, 0.05, "in_vehicle"),
    "metro": (12.0, 20.0, 1000, (20, 40), 1.1, 0.04, "in_vehicle"),
    "train": (25.0, 45.0, 8000, (30, 90), 0.6, 0.03, "in_vehicle"),
    "plane": (180.0, 250.0, 10 ** 9, (0, 0), 2.0, 0.02, "in_vehicle"),
}


MOTION_MIX = {
    "walking": {"walking": 0.45, "on_foot": 0.3, "still": 0.1, "unknown": 0.1, "in_vehicle": 0.05},
    "cycling": {"cycling": 0.45, "on_foot": 0.15, "still": 0.15, "unknown": 0.15, "in_vehicle": 0.1},
    "in_vehicle": {"in_vehicle": 0.6, "still": 0.25, "unknown": 0.1, "on_foot": 0.05},
}


DOPPLER_NOISE = (0.05, 0.25)   # the phone's speed reading: relative and absolute (m/s) noise


def doppler(v, x, y):
    """The phone's speed readings of true speeds ``v``: noised by their own generator, seeded from the
    leg's first noised position (``x``, ``y``), so that they leave every other draw unchanged."""
    if len(v) == 0:
        return np.empty(0)
    seed = int(np.frombuffer(np.float64(x[0] + 7.0 * y[0]).tobytes(), dtype=np.uint64)[0])
    rng = np.random.default_rng(seed)
    rel, ab = DOPPLER_NOISE
    return np.round(np.clip(v * (1 + rng.normal(0, rel, len(v))) + rng.normal(0, ab, len(v)), 0, None), 2)


def speed_profile(mode: str, duration_s: float, rng: np.random.Generator, dt: float = 1.0,
                  variability: bool = True):
    """Speed (m/s) every ``dt`` seconds for a leg of ``mode``; also returns stop flags.
    ``variability``: draw this leg's stop spacing and stop lengths around the mode's typical ones."""
    vmin, vmax, spacing, (smin, smax), acc, jitter, _ = PROFILES[mode]
    if variability and mode != "plane":
        # legs differ: some have many long stops (lights, queues, a walk with breaks)
        spacing = spacing * rng.uniform(0.3, 2.0)
        smax = smax * rng.uniform(1.0, 4.0)
    n = max(int(duration_s / dt), 2)
    cruise = rng.uniform(vmin, vmax)
    v = np.empty(n)
    stopped = np.zeros(n, dtype=bool)
    speed, dist_to_stop, stop_left = 0.0, rng.exponential(spacing), 0.0
    target = cruise
    # a loop over 1 s steps of a *synthetic* leg (data generation, not point processing)
    for i in range(n):
        if stop_left > 0:
            stop_left -= dt
            speed = 0.0
            stopped[i] = True
        else:
            if rng.random() < 0.02:
                target = cruise * (1 + jitter * rng.standard_normal())
            brake_dist = speed * speed / (2 * acc) if acc > 0 else 0.0
            if dist_to_stop <= brake_dist + speed * dt:
                speed = max(speed - acc * dt, 0.0)
                if speed <= 0.2 or dist_to_stop <= 0:
                    speed = 0.0
                    stop_left = rng.uniform(smin, smax)
                    dist_to_stop = rng.exponential(spacing) + 20
            else:
                speed = min(speed + acc * dt, max(target, 0.3))
            dist_to_stop -= speed * dt
        v[i] = max(speed, 0.0)
    return v, stopped


def synthetic_leg(mode: str, rng: np.random.Generator, duration_s: float = 600.0, interval: float = 5.0,
                  noise_m: float = 5.0, lat0: float = 45.76, lon0: float = 4.84, heading_sd: float = None,
                  path_xy: np.ndarray = None, variability: bool = True, outliers: float = 0.03):
    """One leg: (vertices frame lon/lat/time_s, motion frame time_s/activity).

    ``path_xy``: optional polyline (metres, local frame) the leg follows (e.g. a bus line);
    otherwise a random walk of headings whose wiggle depends on the mode.
    """
    profile_mode = mode
    v, _ = speed_profile(profile_mode, duration_s, rng, variability=variability)
    s = np.concatenate([[0.0], np.cumsum(v)])[:-1]  # distance travelled at each second
    t = np.arange(len(v), dtype=float)
    if path_xy is not None:
        seg = np.hypot(*np.diff(path_xy, axis=0).T)
        cum = np.concatenate([[0.0], np.cumsum(seg)])
        ss = np.minimum(s, cum[-1])
        x = np.interp(ss, cum, path_xy[:, 0])
        y = np.interp(ss, cum, path_xy[:, 1])
    else:
        if heading_sd is None:
            heading_sd = {"walk": 6.0, "bike": 3.0, "plane": 0.05, "train": 0.1}.get(mode.split("_")[0], 1.0)
        turn = np.zeros(len(v))
        # occasional turns at corners for street modes, smooth curvature otherwise
        corner = rng.random(len(v)) < (0.004 if mode not in ("train", "plane", "metro") else 0.0)
        turn[corner] = rng.choice([-90.0, 90.0], corner.sum())
        turn += rng.normal(0.0, heading_sd * np.sqrt(np.maximum(v, 0.1) / 10.0), len(v))
        heading = np.radians(rng.uniform(0, 360) + np.cumsum(turn))
        x = np.cumsum(v * np.sin(heading))
        y = np.cumsum(v * np.cos(heading))
    keep = (t % interval) < 1.0
    x = x[keep] + rng.normal(0, noise_m, keep.sum())
    y = y[keep] + rng.normal(0, noise_m, keep.sum())
    # a few multipath outliers (urban canyons): jumps of 30-120 m
    out = rng.random(keep.sum()) < outliers
    x[out] += rng.uniform(-120, 120, out.sum())
    y[out] += rng.uniform(-120, 120, out.sum())
    lat = lat0 + y / 111_195.0
    lon = lon0 + x / (111_195.0 * np.cos(np.radians(lat0)))
    verts = pd.DataFrame({"lon": lon, "lat": lat, "time_s": t[keep], "speed_mps": doppler(v[keep], x, y)})
    act = PROFILES[mode][6]
    mt = np.arange(0.0, duration_s, 60.0)
    # phones misread activities often (real e-mission bike legs read "cycling" ~45 % of the time)
    mix = MOTION_MIX.get(act)
    if mode == "escooter":  # scooters are read as cycling, on foot or vehicle alike
        mix = {"cycling": 0.3, "on_foot": 0.3, "in_vehicle": 0.2, "unknown": 0.2}
    acts = rng.choice(list(mix), len(mt), p=list(mix.values()))
    motion = pd.DataFrame({"time_s": mt, "activity": acts, "confidence": 75})
    return verts, motion


def synthetic_dataset(n_per_mode: int = 20, modes=None, seed: int = 0, interval=(1.0, 30.0),
                      with_motion: float = 0.5, start: str = "2024-03-04T07:00:00Z",
                      noise=(3.0, 25.0), variability: bool = True, prefix: str = "S",
                      urban_cars: bool = False):
    """Legs of every mode from several fake users.

    Returns (legs, vertices, motion): legs has ``leg_id, user_id, mode, start_time, end_time``;
    vertices ``leg_id, user_id, lon, lat, time``; motion ``user_id, time, activity, confidence``
    for a share ``with_motion`` of the legs. 'car' mixes urban and highway legs (and city-centre
    stop-and-go ones with ``urban_cars``); mode ``car_urban`` gives city-centre car legs only
    (labelled ``car``). GPS noise (m) is drawn in ``noise``; ``variability=False`` gives typical legs
    (tests). Leg ids start with ``prefix``.
    """
    rng = np.random.default_rng(seed)
    modes = list(modes or ["walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "tram",
                           "metro", "train", "plane"])
    t0 = pd.Timestamp(start).value / 1e9
    legs, verts, mots = [], [], []
    clock = t0
    k = 0
    for mode in modes:
        for i in range(n_per_mode):
            prof = mode
            if mode == "car":      # highway, ordinary urban roads or (urban_cars) city-centre stop-and-go
                u = rng.random()
                hw, urb = (0.25, 0.55) if urban_cars else (0.35, 0.0)
                prof = "car_highway" if u < hw else ("car_urban" if u < hw + urb else "car")
            dur = {"walk": (120, 1500), "plane": (1800, 7200), "train": (900, 5400), "car_urban": (180, 1500)}.get(
                mode, (240, 2400))
            duration = float(rng.uniform(*dur))
            iv = float(rng.uniform(*interval)) if mode != "plane" else float(rng.uniform(30, 120))
            v, m = synthetic_leg(prof, rng, duration, iv, noise_m=float(rng.uniform(*noise)),
                                 variability=variability, outliers=0.03 if variability else 0.0)
            leg_id = "%s%05d" % (prefix, k)
            user = "u%d" % (k % 7)
            v["time_s"] += clock
            v["leg_id"] = leg_id
            v["user_id"] = user
            verts.append(v)
            if rng.random() < with_motion:
                m["time_s"] += clock
                m["user_id"] = user
                mots.append(m)
            legs.append({"leg_id": leg_id, "user_id": user, "mode": "car" if mode == "car_urban" else mode,
                         "start_time": v.time_s.iloc[0], "end_time": v.time_s.iloc[-1]})
            clock += duration + 3600.0
            k += 1
    legs = pd.DataFrame(legs)
    vertices = pd.concat(verts, ignore_index=True)
    motion = pd.concat(mots, ignore_index=True) if mots else pd.DataFrame(
        columns=["time_s", "activity", "confidence", "user_id"])
    for df in (legs,):
        for c in ("start_time", "end_time"):
            df[c] = pd.to_datetime(df[c], unit="s", utc=True)
    vertices["time"] = pd.to_datetime(vertices.pop("time_s"), unit="s", utc=True)
    motion["time"] = pd.to_datetime(motion.pop("time_s").astype(float), unit="s", utc=True)
    return legs, vertices, motion


def route_leg(path_xy: np.ndarray, cruise: float, stop_every_m: float = 0.0, dwell_s: float = 20.0,
              acc: float = 1.0, interval: float = 5.0, noise_m: float = 3.0, seed: int = 0,
              lat0: float = 45.76, lon0: float = 4.84, t0: float = 1_700_000_000.0):
    """A vehicle driven along ``path_xy`` (local metres) at ``cruise`` m/s, stopping ``dwell_s``
    seconds every ``stop_every_m`` metres (0: never). Returns (vertices lon/lat/time_s,
    stops lon/lat where it stopped, line lon/lat of the path)."""
    rng = np.random.default_rng(seed)
    seg = np.hypot(*np.diff(path_xy, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    total = cum[-1]
    stops_at = np.arange(stop_every_m, total - 1.0, stop_every_m) if stop_every_m > 0 else np.array([])
    s, v, t = 0.0, 0.0, 0.0
    ts, ss = [], []
    k = 0
    while s < total:
        nxt = stops_at[k] if k < len(stops_at) else total
        brake = v * v / (2 * acc)
        if nxt - s <= brake + v:
            v = max(v - acc, 0.0)
            if v <= 0.5 or nxt - s <= 0.5:
                s = nxt
                for _ in range(int(dwell_s) if k < len(stops_at) else 0):
                    ts.append(t)
                    ss.append(s)
                    t += 1.0
                k += 1
                v = 0.0
                if nxt >= total:
                    break
        else:
            v = min(v + acc, cruise)
        s = min(s + v, total)
        ts.append(t)
        ss.append(s)
        t += 1.0
    ts, ss = np.array(ts), np.array(ss)
    keep = (ts % interval) < 1.0
    x = np.interp(ss[keep], cum, path_xy[:, 0]) + rng.normal(0, noise_m, keep.sum())
    y = np.interp(ss[keep], cum, path_xy[:, 1]) + rng.normal(0, noise_m, keep.sum())
    k_lat = 1 / 111_195.0
    k_lon = 1 / (111_195.0 * np.cos(np.radians(lat0)))
    verts = pd.DataFrame({"lon": lon0 + x * k_lon, "lat": lat0 + y * k_lat, "time_s": t0 + ts[keep]})
    sx = np.interp(stops_at, cum, path_xy[:, 0])
    sy = np.interp(stops_at, cum, path_xy[:, 1])
    stops = pd.DataFrame({"lon": lon0 + sx * k_lon, "lat": lat0 + sy * k_lat})
    line = pd.DataFrame({"lon": lon0 + path_xy[:, 0] * k_lon, "lat": lat0 + path_xy[:, 1] * k_lat})
    return verts, stops, line
