"""A fix every 30 s (OpenPATH's Android app) is too sparse to time a 20-s dwell at a stop: the dwells are estimated
from the time the fixes show near stops, against the pace of the rest of the leg (``transit._sparse_dwells``).
Generated rides along one street with known truth: a bus that dwells at most of its stops is the bus with its stops
alone; a car and a bicycle that stop at red lights, some of them next to a stop, and a walker, are not."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.modes import transit
from tracemob.tracemob_plugin.core.modes.infer import infer_modes
from tracemob.tracemob_plugin.core.modes.transit import TransitNetwork, stop_visits
from tracemob.tracemob_plugin.core.trips.segmentation import segment

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from gen_days import LAT0, LON0, M_PER_DEG_LAT, M_PER_DEG_LON  # noqa: E402
from riders import segment_vertices  # noqa: E402

STOP_M = 320.0       # between two stops along a straight street
N_STOPS = 15
T0 = pd.Timestamp("2024-03-12T07:00:00Z").timestamp()
RAMP_M = 25.0        # braking into a stop or a light, and pulling away, at RAMP_V
RAMP_V = 3.0


def _ride(seed, vehicle, every_s=30.0):
    """A day: 10 minutes at home, ``vehicle`` along the street past ``N_STOPS`` stops, 15 minutes at a place.

    * "bus": 8 m/s, dwells 10-25 s at 70 % of the stops (the first and the last always), red lights as a car;
    * "car": 11 m/s; a light 20 m before every fourth stop and one between each two stops, red 40 % of the time
      for 10-40 s; "bike": the same lights at 5 m/s; "walk": 1.4 m/s, waits at red lights.

    A fix every ``every_s`` seconds (+-10 %), 5 m of noise. Returns (fixes, stops, time of each second, moving on the
    street at that second)."""
    rng = np.random.default_rng(seed)
    speed = {"bus": 8.0, "car": 11.0, "bike": 5.0, "walk": 1.4}[vehicle]
    knots = [(0.0, -100.0), (600.0, -100.0)]     # (time, position along the street)

    def go(x, v):
        t, x0 = knots[-1]
        if x > x0:
            knots.append((t + (x - x0) / v, x))

    def stand(s, x):
        ramp = vehicle != "walk" and RAMP_V < speed
        go(x - RAMP_M, speed) if ramp else go(x, speed)
        if ramp:
            go(x, RAMP_V)
        t, _ = knots[-1]
        knots.append((t + s, x))
        if ramp:
            go(x + RAMP_M, RAMP_V)

    stop_x = np.arange(N_STOPS) * STOP_M
    events = []            # (position, seconds standing)
    for i, sx in enumerate(stop_x):
        if vehicle == "bus" and (i in (0, N_STOPS - 1) or rng.random() < 0.7):
            events.append((sx, rng.uniform(10.0, 25.0)))
        if i % 4 == 1:
            events.append((sx - 20.0, -1.0))        # a light 20 m before the stop
        if i + 1 < N_STOPS:
            events.append((sx + STOP_M / 2.0, -1.0))   # a light between two stops
    for x, s in sorted(events):
        if s < 0:          # a light: red 40 % of the time
            if rng.random() < 0.4:
                stand(rng.uniform(10.0, 40.0), x)
        else:
            stand(s, x)
    go(stop_x[-1] + 60.0, speed)
    t_end = knots[-1][0]
    knots.append((t_end + 900.0, stop_x[-1] + 60.0))
    kt, kx = np.array([k[0] for k in knots]), np.array([k[1] for k in knots])
    sec = np.arange(0.0, kt[-1] + 1.0)
    moving = (sec > 600.0) & (sec < t_end)
    steps = every_s * rng.uniform(0.9, 1.1, int(kt[-1] / every_s * 1.2) + 10)
    t = np.concatenate([[0.0], np.cumsum(steps)])
    t = t[t <= kt[-1]]
    x = np.interp(t, kt, kx)
    xy = np.column_stack([x, np.zeros_like(x)]) + rng.normal(0.0, 5.0, (len(t), 2))
    points = pd.DataFrame({"user_id": vehicle, "time": pd.to_datetime(T0 + t, unit="s", utc=True),
                           "lon": LON0 + xy[:, 0] / M_PER_DEG_LON, "lat": LAT0 + xy[:, 1] / M_PER_DEG_LAT})
    stops = pd.DataFrame({"stop_id": ["S%02d" % i for i in range(N_STOPS)], "lon": LON0 + stop_x / M_PER_DEG_LON,
                          "lat": LAT0 + 8.0 / M_PER_DEG_LAT})
    return points, stops, T0 + sec, moving


def _share(vehicle, seed, mode, every_s=30.0):
    """Share of the moving seconds inside legs read as ``mode``, and the legs."""
    points, stops, sec, moving = _ride(seed, vehicle, every_s)
    seg = segment(points)
    out = infer_modes(seg.legs, segment_vertices(seg), network=TransitNetwork(stops=stops))
    on = np.zeros(len(sec), dtype=bool)
    for s, e in zip(out.loc[out["mode"] == mode, "start_time"], out.loc[out["mode"] == mode, "end_time"]):
        on |= (sec >= s.timestamp()) & (sec <= e.timestamp())
    return on[moving].mean(), out


SEEDS = range(12)    # the rule is a statistical call on sparse fixes: rates over a dozen rides, not one ride


def _read_as_bus(vehicle):
    return [_share(vehicle, seed, "bus")[0] for seed in SEEDS]


def test_a_bus_with_a_fix_every_30_s_is_the_bus_with_its_stops_alone():
    shares = _read_as_bus("bus")
    assert sum(s >= 0.9 for s in shares) >= 10, np.round(shares, 2)


def test_without_the_estimate_fewer_sparse_buses_were_buses(monkeypatch):
    """The time interpolated between fixes 30 s apart sometimes shows the dwells, often not."""
    monkeypatch.setattr(transit, "SPARSE_FIX_S", np.inf)
    shares = _read_as_bus("bus")
    assert sum(s >= 0.9 for s in shares) <= 8, np.round(shares, 2)


@pytest.mark.parametrize("vehicle, most", [("car", 0), ("bike", 1)])
def test_a_car_or_a_bicycle_stopping_at_red_lights_is_rarely_a_bus(vehicle, most):
    """A light 20 m before every fourth stop: a red light there is the time a bus dwells (one bicycle in 12)."""
    shares = _read_as_bus(vehicle)
    assert sum(s > 0 for s in shares) <= most, np.round(shares, 2)


def test_the_estimate_counts_the_dwells_and_ignores_a_steady_pace():
    """On the legs' own tracks: the bus's estimate is near its true dwells; a walker passing the stops at a
    steady pace, and the car, show about none; a dense track keeps the dwells timed on it (estimate 0)."""
    found = {}
    for vehicle, seed in (("bus", 0), ("bus", 1), ("walk", 0), ("car", 0)):
        points, stops, _, _ = _ride(seed, vehicle)
        seg = segment(points)
        v = segment_vertices(seg)
        long_leg = seg.legs.sort_values("distance_m").leg_id.iloc[-1]
        vis = stop_visits(v[v.leg_id == long_leg], stops)
        found[(vehicle, seed)] = float(vis["stops_dwelt_sparse"].iloc[0]), float(vis["stops_passed"].iloc[0])
    for seed in (0, 1):
        rng = np.random.default_rng(seed)     # the bus dwells drawn by _ride (a dwell time after each)
        dwelt = sum(1 for i in range(N_STOPS)
                    if (i in (0, N_STOPS - 1) or rng.random() < 0.7) and rng.uniform(10.0, 25.0) > 0)
        est, passed = found[("bus", seed)]
        assert passed >= N_STOPS - 3
        # the ramps in and out of a stop count too; the first and last stops may fall outside the leg
        assert 0.6 * dwelt <= est <= 1.6 * dwelt, (seed, est, dwelt)
    # the walker waits at red lights, one 20 m before every fourth stop: less than the rule's 40 % of the stops
    assert found[("walk", 0)][0] < 0.4 * found[("walk", 0)][1], found
    assert found[("car", 0)][0] < 0.4 * found[("car", 0)][1], found
    points, stops, _, _ = _ride(0, "bus", every_s=2.0)
    seg = segment(points)
    vis = stop_visits(segment_vertices(seg), stops)
    assert (vis["stops_dwelt_sparse"] == 0).all()
    assert vis["stops_dwelt"].max() >= 8
