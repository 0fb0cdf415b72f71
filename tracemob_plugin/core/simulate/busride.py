"""One city bus ride as a phone logger records it, with the line's stops: the test case of issue 14.

A planner gives ``tracemob:infermodes`` a GPX of a bus ride and the line's stops, nothing else (no line, no
timetable). :func:`bus_ride` draws such a ride: a walk to the first stop and a wait there, then the bus along a
street polyline with turns, ``n_stops`` stops spread along it (250-400 m apart, on the kerb a few metres off the
lane), dwelling at most of them (some skipped: nobody gets on or off), stopping at some red lights between them,
ramps of ``ACCEL`` m/s² (:func:`.kinematics.motion`), a cruise speed drawn per section, crawling through the city
centre (``CENTRE_SHARE`` of the sections: a cyclist's speeds); then a walk from the last stop. The phone records a fix every 1 to 2 seconds with Gaussian noise and a few outliers (urban canyons).
Returns the fixes, the stops and the truth of every fix (``phase``: walk / wait / bus, and whether the bus moved).
"""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .kinematics import knots, motion

ACCEL = 1.0                  # m/s², a city bus's starts and stops
SPACING_M = (250.0, 400.0)   # between two stops (uniform)
CRUISE_MPS = 10.0            # between stops, times a log-normal factor per section
DWELL_S = (10.0, 40.0)       # at a stop where someone gets on or off
SKIP_SHARE = 0.15            # stops driven through
RED_SHARE, RED_S = 0.35, (8.0, 40.0)   # a red light in the middle of a section
KERB_M = (4.0, 10.0)         # a stop's pole from the lane's centre
NOISE_M, OUTLIER_SHARE, OUTLIER_M = 4.0, 0.02, (15.0, 40.0)
WALK_MPS = 1.3
#: the city centre: a run of consecutive sections (this share of the ride, in its middle) crawled at this factor of
#: the cruise speed, with busier stops; the phone's speeds there are a cyclist's or a walker's
CENTRE_SHARE, CENTRE_SPEED, CENTRE_DWELL_S = 0.15, 0.2, (25.0, 60.0)


@dataclass
class BusRide:
    points: pd.DataFrame     # user_id, time (UTC), lon, lat: the phone's fixes
    stops: pd.DataFrame      # stop_id, lon, lat: the line's stops
    truth: pd.DataFrame      # per fix: phase (walk / wait / bus), moving (the bus moving, or walking)


def _street(total_m, rng):
    """A polyline of straight blocks of 150-600 m with right-angle-ish turns, at least ``total_m`` long."""
    pts, heading = [np.zeros(2)], rng.uniform(0, 2 * np.pi)
    length = 0.0
    while length < total_m:
        block = rng.uniform(150.0, 600.0)
        heading += rng.choice([-1.0, 0.0, 1.0]) * np.pi / 2 + rng.normal(0.0, 0.15)
        pts.append(pts[-1] + block * np.array([np.cos(heading), np.sin(heading)]))
        length += block
    return np.array(pts)


def _along(poly, d):
    """Points at distances ``d`` along ``poly`` and the unit direction there."""
    seg = np.diff(poly, axis=0)
    cum = np.concatenate([[0.0], np.cumsum(np.hypot(*seg.T))])
    i = np.clip(np.searchsorted(cum, d, side="right") - 1, 0, len(seg) - 1)
    u = seg[i] / np.hypot(*seg[i].T)[:, None]
    return poly[i] + u * (d - cum[i])[:, None], u


def bus_ride(seed: int = 0, n_stops: int = 36, walk_s: float = 150.0, wait_s: float = 180.0,
             walk_after_s: float = 120.0, lat0: float = 45.76, lon0: float = 4.84,
             t0: str = "2024-03-12T07:40:00Z", user_id: str = "rider") -> BusRide:
    """One rider's walk, wait, bus ride over ``n_stops`` stops and walk (see the module)."""
    rng = np.random.default_rng(seed)
    gaps = rng.uniform(*SPACING_M, n_stops - 1)
    stop_d = np.concatenate([[0.0], np.cumsum(gaps)])
    poly = _street(stop_d[-1] + 1.0, rng)
    # each section in two halves: a red light may stop the bus in the middle
    plen = np.repeat(gaps / 2.0, 2)
    speed = CRUISE_MPS * np.exp(rng.normal(0.0, 0.15, len(gaps)))
    n_centre = int(round(CENTRE_SHARE * len(gaps)))
    centre = np.zeros(len(gaps), dtype=bool)
    first = (len(gaps) - n_centre) // 2
    centre[first:first + n_centre] = True
    speed[centre] *= CENTRE_SPEED
    tt = plen / np.repeat(speed, 2)
    dwell = np.zeros(len(plen))
    dwell[0::2] = np.where(rng.random(len(gaps)) < RED_SHARE, rng.uniform(*RED_S, len(gaps)), 0.0)
    at_stop = np.where(centre, rng.uniform(*CENTRE_DWELL_S, len(gaps)), rng.uniform(*DWELL_S, len(gaps)))
    dwell[1::2] = np.where(rng.random(len(gaps)) < SKIP_SHARE, 0.0, at_stop)
    dwell[-1] = 0.0
    start = pd.Timestamp(t0).timestamp()
    board = start + walk_s + wait_s
    s, arrive, leave, _ = motion(plen, tt, dwell, board, ACCEL)
    kt, kd = knots(s, arrive, leave, board)
    bus_xy, _ = _along(poly, kd)
    # the walks: to the first stop along the street's first block reversed, from the last stop onwards
    u0 = (poly[1] - poly[0]) / np.hypot(*(poly[1] - poly[0]))
    tw = np.arange(0.0, walk_s, 1.0)
    walk_xy = poly[0] - u0[None, :] * (WALK_MPS * (walk_s - tw))[:, None] + np.array([-u0[1], u0[0]]) * 8.0
    tq = np.arange(walk_s, walk_s + wait_s, 1.0)
    wait_xy = np.repeat((poly[0] + np.array([-u0[1], u0[0]]) * 6.0)[None, :], len(tq), axis=0)
    end_xy, u1 = _along(poly, np.array([stop_d[-1]]))
    ta = np.arange(1.0, walk_after_s, 1.0)
    after_xy = end_xy + np.array([-u1[0, 1], u1[0, 0]]) * 8.0 + u1 * (WALK_MPS * ta)[:, None]
    t_all = np.concatenate([start + tw, start + tq, kt, kt[-1] + ta])
    xy = np.vstack([walk_xy, wait_xy, bus_xy, after_xy])
    phase = np.concatenate([np.full(len(tw), "walk"), np.full(len(tq), "wait"), np.full(len(kt), "bus"),
                            np.full(len(ta), "walk")]).astype(object)
    bus_v = np.gradient(kd, kt) if len(kt) > 1 else np.zeros(len(kt))
    moving = np.concatenate([np.ones(len(tw), bool), np.zeros(len(tq), bool), bus_v > 0.5,
                             np.ones(len(ta), bool)])
    # the phone: a fix every 1 to 2 s, noise and a few outliers
    ts = t_all[0] + np.cumsum(np.concatenate([[0.0], rng.integers(1, 3, len(t_all)).astype(float)]))
    ts = ts[ts <= t_all[-1]]
    ix = np.clip(np.searchsorted(t_all, ts), 0, len(t_all) - 1)
    fx = np.column_stack([np.interp(ts, t_all, xy[:, 0]), np.interp(ts, t_all, xy[:, 1])])
    fx += rng.normal(0.0, NOISE_M, fx.shape)
    out = rng.random(len(fx)) < OUTLIER_SHARE
    ang = rng.uniform(0, 2 * np.pi, out.sum())
    fx[out] += rng.uniform(*OUTLIER_M, out.sum())[:, None] * np.column_stack([np.cos(ang), np.sin(ang)])
    stop_xy, su = _along(poly, stop_d)
    stop_xy = stop_xy + np.column_stack([-su[:, 1], su[:, 0]]) * rng.uniform(*KERB_M, n_stops)[:, None]
    k_lat = 1 / 111_195.0
    k_lon = 1 / (111_195.0 * np.cos(np.radians(lat0)))
    points = pd.DataFrame({"user_id": user_id, "time": pd.to_datetime(ts, unit="s", utc=True),
                           "lon": lon0 + fx[:, 0] * k_lon, "lat": lat0 + fx[:, 1] * k_lat})
    stops = pd.DataFrame({"stop_id": ["S%02d" % (i + 1) for i in range(n_stops)],
                          "lon": lon0 + stop_xy[:, 0] * k_lon, "lat": lat0 + stop_xy[:, 1] * k_lat})
    truth = pd.DataFrame({"phase": phase[ix], "moving": moving[ix]})
    return BusRide(points, stops, truth)
