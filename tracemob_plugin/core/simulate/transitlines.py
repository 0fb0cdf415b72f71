"""Public-transport lines generated on the simulator's network, their timetable, and the rides on them.

:func:`make_lines` lays out a few lines across the network's extent: bus lines and a tram line along the
fastest drivable route between two opposite ends of the area (each direction routed on its own, one-way
streets respected), a metro and a train line as straight-ish corridors through stations snapped to the network
(where the riders walk to them). Stops are spread evenly along each direction (``SPACING_M``); each has a
place on the network for the walk to it.

The timetable (:meth:`TransitLines.schedule`) runs every day from ``SERVICE_START_S`` to ``SERVICE_END_S``
(local time) with headways by time band (``HEADWAY_MIN``); the scheduled times come from the nominal motion
of the vehicle (cruise speed, acceleration ramps, nominal dwell at every stop), slower in the peak bands for
buses. :meth:`TransitLines.to_gtfs` writes the lines and timetable as a GTFS feed (zip or folder).

:meth:`TransitLines.ride` drives one rider's vehicle from a boarding stop to an alighting stop: a delay at the
boarding stop around the schedule, a random cruise-speed factor per section, random dwells (buses skip some
stops and wait at some red lights between stops), stop-and-go ramps (:mod:`.kinematics`); it returns the
vehicle's timed path and the true stop-to-stop section times (from the departure at one stop to the departure at
the next: the running time and the dwell at the next stop).

A **bus lane** (:meth:`TransitLines.set_bus_lane`, from a circulation plan's ``bus_lane``) frees the buses and the
trams that share those streets from the traffic: on the metres of a section on the lane, rides after the plan's
start run at the off-peak speed factor (``BAND_SPEED`` of the 00-07 band, i.e. no peak slowdown) in every band;
the rest of the section, dwells, red lights and the timetable are unchanged (the operator keeps its timetable: the
vehicles run early against it), and so are cars (the lane is taken from the parking lane, not a traffic lane).
"""
import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import List

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from ..errors import InputError
from ..i18n import tr
from .kinematics import knots, motion
from .params import BANDS, HOUR_BAND

#: GTFS route_type of each kind
ROUTE_TYPE = {"bus": 3, "tram": 0, "metro": 1, "train": 2}
SPACING_M = {"bus": 350.0, "tram": 400.0, "metro": 500.0, "train": 650.0}
CRUISE_MPS = {"bus": 9.0, "tram": 10.0, "metro": 15.0, "train": 18.0}
ACCEL = {"bus": 1.0, "tram": 1.0, "metro": 1.0, "train": 0.7}
DWELL_S = {"bus": (10.0, 35.0), "tram": (15.0, 30.0), "metro": (20.0, 35.0), "train": (30.0, 50.0)}
#: headway (minutes) of each kind in each band of ``params.BANDS``
HEADWAY_MIN = {"bus": (20, 8, 12, 8, 15), "tram": (15, 6, 10, 6, 12), "metro": (10, 4, 6, 4, 8),
               "train": (30, 10, 15, 10, 20)}
#: speed factor of the vehicles in each band (buses and trams share the streets' peaks)
BAND_SPEED = {"bus": (1.0, 0.8, 0.95, 0.8, 1.0), "tram": (1.0, 0.92, 1.0, 0.92, 1.0),
              "metro": (1.0,) * 5, "train": (1.0,) * 5}
#: kinds of vehicle a bus lane serves (the others do not run in the street's traffic)
LANE_KINDS = ("bus", "tram")
#: the shortest ride (sections) worth taking: nobody goes down to the metro or the train for one station
MIN_RIDE_SECTIONS = {"bus": 2, "tram": 2, "metro": 3, "train": 3}
SHARED_M = 20.0            # a line passing this close to an earlier line's stop serves it
SERVICE_START_S, SERVICE_END_S = 5 * 3600, 24 * 3600
SKIP_SHARE = 0.15          # a bus drives through an intermediate stop nobody uses
RED_SHARE, RED_S = 0.3, (5.0, 25.0)   # a bus stops at a red light between two stops
SPEED_SIGMA = 0.12         # log-normal factor on the cruise speed of each section
DELAY_S = (30.0, 60.0, -60.0, 200.0)  # vehicle's delay at the boarding stop: mean, sigma, min, max
#: (kind, name, bearing in degrees, offset across the area as a share of its width)
LAYOUT = (("bus", "1", 0.0, 0.0), ("bus", "2", 90.0, 0.0), ("bus", "3", 45.0, 0.1), ("bus", "4", 135.0, -0.1),
          ("tram", "T1", 70.0, 0.25), ("metro", "M1", 10.0, -0.25), ("train", "R", 160.0, 0.3))


@dataclass
class Direction:
    """One direction of a line: its polyline (local metres), stops along it and their places on the network."""
    line: str
    kind: str
    direction: int
    x: np.ndarray
    y: np.ndarray
    d: np.ndarray            # distance along the polyline of each vertex
    stop_d: np.ndarray       # distance of each stop
    stop_x: np.ndarray
    stop_y: np.ndarray
    stop_seg: np.ndarray     # network place of each stop (for the walk)
    stop_frac: np.ndarray
    ids: np.ndarray = None   # stop ids (a stop shared by several lines or both directions has one id)
    sched: dict = None       # band index -> (arrival, departure) offsets (s) of each stop from the first departure
    vseg: np.ndarray = None  # network segment (index) of each vertex of the polyline (road lines only)
    lane_cum: np.ndarray = None   # metres on a bus lane from the start to each vertex (with a bus lane)

    @property
    def key(self):
        return "%s_%d" % (self.line, self.direction)

    def stop_ids(self):
        return self.ids


def _bounds(dirn: Direction, i: int, j: int):
    """Distances along the line of the ends of a ride's pieces from stop i to stop j: each section split in two
    halves (a red light may stop a bus at the middle)."""
    sd = dirn.stop_d[i:j + 1]
    mid = 0.5 * (sd[:-1] + sd[1:])
    return np.unique(np.concatenate([sd, mid]))


def _sections(dirn: Direction, i: int, j: int):
    """Lengths of the pieces of a ride from stop i to stop j (:func:`_bounds`)."""
    return np.diff(_bounds(dirn, i, j))


def _lane_m(dirn: Direction, i: int, j: int):
    """Metres on a bus lane of each piece of a ride from stop i to stop j (zeros without a lane)."""
    if dirn.lane_cum is None:
        return np.zeros(len(_sections(dirn, i, j)))
    return np.diff(np.interp(_bounds(dirn, i, j), dirn.d, dirn.lane_cum))


def _nominal(dirn: Direction, band: int):
    """Scheduled arrival and departure offsets (s) at each stop from the departure at the first one."""
    k = dirn.kind
    plen = _sections(dirn, 0, len(dirn.stop_d) - 1)
    tt = plen / (CRUISE_MPS[k] * BAND_SPEED[k][band])
    dwell = np.zeros(len(plen))
    dwell[1::2] = np.mean(DWELL_S[k])
    dwell[-1] = 0.0
    s, arrive, leave, end_ix = motion(plen, tt, dwell, 0.0, ACCEL[k])
    arr = np.concatenate([[0.0], arrive[end_ix[1::2]]])
    dep = np.concatenate([[0.0], leave[end_ix[1::2]]])
    dep[-1] = arr[-1]
    return np.round(arr), np.round(dep)


class TransitLines:
    """The generated lines (:class:`Direction` objects) and their timetable."""

    def __init__(self, g, directions: List[Direction]):
        self.g = g
        self.directions = directions
        for dirn in directions:
            dirn.sched = {b: _nominal(dirn, b) for b in range(len(BANDS))}
        self.departures = {dirn.key: departures(dirn.kind) for dirn in directions}
        self.bus_lane_m = {}

    def set_bus_lane(self, segments):
        """Bus lanes on the network segments ``segments`` (indices = segment ids) for the rides after the plan's
        start (``ride(..., after=True)``): see the module. Returns {direction key: metres on the lane} of the bus
        and tram directions that use them (also kept in ``bus_lane_m``)."""
        seg = np.asarray(list(segments), dtype=np.int64)
        bad = seg[(seg < 0) | (seg >= self.g.n)]
        if len(bad):
            raise InputError(tr("The bus lane names segments that are not in the network: {ids}.").format(
                ids=", ".join(str(s) for s in bad[:10])), field="bus_lane")
        on = np.zeros(self.g.n, dtype=bool)
        on[seg] = True
        self.bus_lane_m = {}
        for dirn in self.directions:
            dirn.lane_cum = None
            if dirn.kind not in LANE_KINDS or dirn.vseg is None or not len(seg):
                continue
            cum = np.concatenate([[0.0], np.cumsum(np.diff(dirn.d) * on[dirn.vseg[1:]])])
            if cum[-1] > 0:
                dirn.lane_cum = cum
                self.bus_lane_m[dirn.key] = float(cum[-1])
        return self.bus_lane_m

    def lane_sections(self):
        """One row per stop-to-stop section of every direction: ``route_id, mode, direction_id, from_stop_id,
        to_stop_id, length_m, lane_m`` (metres on the bus lane; 0 without one)."""
        rows = []
        for dirn in self.directions:
            ids = dirn.stop_ids()
            lane = np.zeros(len(dirn.stop_d) - 1) if dirn.lane_cum is None else \
                np.diff(np.interp(dirn.stop_d, dirn.d, dirn.lane_cum))
            rows.append(pd.DataFrame({"route_id": dirn.line, "mode": dirn.kind, "direction_id": dirn.direction,
                                      "from_stop_id": ids[:-1], "to_stop_id": ids[1:],
                                      "length_m": np.diff(dirn.stop_d), "lane_m": lane}))
        return pd.concat(rows, ignore_index=True)

    # ------------------------------------------------------------------ riders
    def options(self, ax, ay, bx, by, walk_max_m):
        """Ways to ride from (ax, ay) to (bx, by): (direction index, boarding stop, alighting stop, walk metres
        as the crow flies), the boarding and alighting stops within ``walk_max_m`` and at least
        ``MIN_RIDE_SECTIONS`` sections apart; the best pair of stops of each direction."""
        out = []
        for n, dirn in enumerate(self.directions):
            min_sections = MIN_RIDE_SECTIONS[dirn.kind]
            da = np.hypot(dirn.stop_x - ax, dirn.stop_y - ay)
            db = np.hypot(dirn.stop_x - bx, dirn.stop_y - by)
            cost = da[:, None] + db[None, :]
            idx = np.arange(len(da))
            ok = ((idx[None, :] - idx[:, None]) >= min_sections) & (da[:, None] <= walk_max_m) \
                & (db[None, :] <= walk_max_m)
            if not ok.any():
                continue
            i, j = np.unravel_index(np.argmin(np.where(ok, cost, np.inf)), cost.shape)
            out.append((n, int(i), int(j), float(cost[i, j])))
        return out

    def ride(self, n, i, j, t_at_stop, day_utc, rng, after=False):
        """The vehicle a rider at stop ``i`` of direction ``n`` from ``t_at_stop`` (UTC epoch s) takes to stop
        ``j`` (``after``: the trip is after the plan's start, on its bus lanes): None when no departure is left
        that day, else a dict with the vehicle's timed path (``x, y, t``),
        ``board`` (its departure from stop i), ``alight`` (arrival at j), ``trip_id`` and ``sections`` (one row
        per section: from and to stop index, departure times, true and scheduled run time)."""
        dirn = self.directions[n]
        k = dirn.kind
        deps = self.departures[dirn.key]
        bands = HOUR_BAND[(deps // 3600).astype(int) % 24]
        arr_i = np.array([dirn.sched[b][0][i] for b in range(len(BANDS))])[bands]
        delay = float(np.clip(rng.normal(DELAY_S[0], DELAY_S[1]), DELAY_S[2], DELAY_S[3]))
        vehicle_at = day_utc + deps + arr_i + delay
        later = np.flatnonzero(vehicle_at >= t_at_stop)
        if len(later) == 0:
            return None
        q = int(later[0])
        band = int(bands[q])
        arrive_i = float(vehicle_at[q])
        board = arrive_i + rng.uniform(*DWELL_S[k])
        plen = _sections(dirn, i, j)
        cruise = CRUISE_MPS[k] * np.exp(rng.normal(0.0, SPEED_SIGMA, (len(plen) + 1) // 2))
        cruise = np.repeat(cruise, 2)[:len(plen)]
        lane = _lane_m(dirn, i, j) if after else np.zeros(len(plen))
        # on the lane the off-peak factor (no congestion), elsewhere the band's
        tt = (plen - lane) / (cruise * BAND_SPEED[k][band]) + lane / (cruise * BAND_SPEED[k][0])
        dwell = np.zeros(len(plen))
        stop_dwell = rng.uniform(*DWELL_S[k], len(dwell[1::2]))
        if k == "bus":
            stop_dwell = np.where(rng.random(len(stop_dwell)) < SKIP_SHARE, 0.0, stop_dwell)
            dwell[0::2] = np.where(rng.random(len(dwell[0::2])) < RED_SHARE, rng.uniform(*RED_S, len(dwell[0::2])),
                                   0.0)
        dwell[1::2] = stop_dwell
        dwell[-1] = 0.0
        s, arrive, leave, end_ix = motion(plen, tt, dwell, board, ACCEL[k])
        kt, kd = knots(s, arrive, leave, board)
        dd = dirn.stop_d[i] + kd
        x, y = np.interp(dd, dirn.d, dirn.x), np.interp(dd, dirn.d, dirn.y)
        stop_arr = np.concatenate([[arrive_i], arrive[end_ix[1::2]]])
        stop_dep = np.concatenate([[board], leave[end_ix[1::2]]])
        stop_dep[-1] = stop_arr[-1] + rng.uniform(*DWELL_S[k])    # the vehicle stays after the rider got off
        s_dep = dirn.sched[band][1][i:j + 1]
        sections = pd.DataFrame({"from_stop": np.arange(i, j), "to_stop": np.arange(i + 1, j + 1),
                                 "from_time": stop_dep[:-1], "to_time": stop_dep[1:],
                                 "run_time_s": np.diff(stop_dep), "scheduled_s": np.diff(s_dep),
                                 "band": BANDS[band][0]})
        return {"x": x, "y": y, "t": kt, "board": board, "alight": float(stop_arr[-1]), "wait_until": board,
                "vehicle_arrival": arrive_i, "trip_id": "%s_%04d" % (dirn.key, q), "sections": sections}

    # ------------------------------------------------------------------ GTFS
    def gtfs_tables(self, start_date, days, tz):
        """The feed's tables as frames (agency, stops, routes, trips, stop_times, calendar, shapes)."""
        stops, trips, times, shapes, routes = [], [], [], [], {}
        for dirn in self.directions:
            ids = dirn.stop_ids()
            lon, lat = self.g.to_lonlat(dirn.stop_x, dirn.stop_y)
            word = "Station" if dirn.kind in ("metro", "train") else "Stop"
            stops.append(pd.DataFrame({"stop_id": ids, "stop_name": ["%s %s" % (word, i) for i in ids],
                                       "stop_lat": np.round(lat, 7), "stop_lon": np.round(lon, 7),
                                       "location_type": 0}))
            routes[dirn.line] = (dirn.line, dirn.line, "%s %s" % (dirn.kind, dirn.line), ROUTE_TYPE[dirn.kind])
            slon, slat = self.g.to_lonlat(dirn.x, dirn.y)
            shapes.append(pd.DataFrame({"shape_id": dirn.key, "shape_pt_lat": np.round(slat, 7),
                                        "shape_pt_lon": np.round(slon, 7), "shape_pt_sequence": np.arange(len(slon)),
                                        "shape_dist_traveled": np.round(dirn.d, 1)}))
            deps = self.departures[dirn.key]
            tid = np.array(["%s_%04d" % (dirn.key, q) for q in range(len(deps))], dtype=object)
            trips.append(pd.DataFrame({"route_id": dirn.line, "service_id": "daily", "trip_id": tid,
                                       "direction_id": dirn.direction, "shape_id": dirn.key}))
            bands = HOUR_BAND[(deps // 3600).astype(int) % 24]
            arr = np.stack([dirn.sched[b][0] for b in range(len(BANDS))])[bands] + deps[:, None]
            dep = np.stack([dirn.sched[b][1] for b in range(len(BANDS))])[bands] + deps[:, None]
            n_s = len(ids)
            times.append(pd.DataFrame({"trip_id": np.repeat(tid, n_s), "arrival_time": _hms(arr.ravel()),
                                       "departure_time": _hms(dep.ravel()), "stop_id": np.tile(ids, len(deps)),
                                       "stop_sequence": np.tile(np.arange(1, n_s + 1), len(deps)),
                                       "shape_dist_traveled": np.tile(np.round(dirn.stop_d, 1), len(deps))}))
        first = pd.Timestamp(start_date)
        last = first + pd.Timedelta(days=max(int(days), 1) - 1)
        cal = pd.DataFrame([{"service_id": "daily", **{d: 1 for d in ("monday", "tuesday", "wednesday", "thursday",
                                                                       "friday", "saturday", "sunday")},
                             "start_date": first.strftime("%Y%m%d"), "end_date": last.strftime("%Y%m%d")}])
        agency = pd.DataFrame([{"agency_id": "SIM", "agency_name": "Tracemob simulation",
                                "agency_url": "https://example.org", "agency_timezone": tz}])
        route_rows = pd.DataFrame(list(routes.values()),
                                  columns=["route_id", "route_short_name", "route_long_name", "route_type"])
        route_rows.insert(1, "agency_id", "SIM")
        stops = pd.concat(stops, ignore_index=True).drop_duplicates("stop_id")
        return {"agency.txt": agency, "stops.txt": stops, "routes.txt": route_rows,
                "trips.txt": pd.concat(trips, ignore_index=True), "stop_times.txt": pd.concat(times, ignore_index=True),
                "calendar.txt": cal, "shapes.txt": pd.concat(shapes, ignore_index=True)}

    def to_gtfs(self, path, start_date, days, tz):
        """Write the feed: a ``.zip`` file, else a folder of .txt files. Returns the path."""
        path = Path(path)
        tables = self.gtfs_tables(start_date, days, tz)
        try:
            if path.suffix.lower() == ".zip":
                path.parent.mkdir(parents=True, exist_ok=True)
                with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                    for name, frame in tables.items():
                        z.writestr(name, _csv_text(frame))
            else:
                path.mkdir(parents=True, exist_ok=True)
                for name, frame in tables.items():
                    (path / name).write_text(_csv_text(frame), encoding="utf-8")
        except OSError as err:
            raise InputError(tr("cannot write the GTFS feed: {err}").format(err=err), file=str(path),
                             hint=tr("Choose a writable folder or .zip file.")) from None
        return path


def _csv_text(frame):
    buf = io.StringIO()
    frame.to_csv(buf, index=False, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    return buf.getvalue()


def _hms(sec):
    s = np.round(np.asarray(sec, dtype=float)).astype(np.int64)
    h, m, r = (pd.Series(v).astype(str).str.zfill(2) for v in (s // 3600, s // 60 % 60, s % 60))
    return (h + ":" + m + ":" + r).to_numpy(dtype=object)


def departures(kind):
    """Local departure times (s after midnight) from the first stop: headways by band from SERVICE_START_S."""
    out, t = [], float(SERVICE_START_S)
    while t < SERVICE_END_S:
        out.append(t)
        t += 60.0 * HEADWAY_MIN[kind][int(HOUR_BAND[int(t // 3600) % 24])]
    return np.array(out)


# ---------------------------------------------------------------------- layout
def make_lines(g, networks, layout=LAYOUT) -> TransitLines:
    """The lines of ``layout`` on the network of ``g`` (``networks``: the simulator's :class:`.routing.ModeNetworks`);
    a line that cannot be laid out (no route, fewer than 3 stops) is left out."""
    car, walk = networks("car", False), networks("walk", False)
    usable = car.reachable_segments() & walk.reachable_segments()
    vmask = usable[g.vseg]
    cx, cy = g.vx.mean(), g.vy.mean()
    width = max(g.vx.max() - g.vx.min(), g.vy.max() - g.vy.min())
    tree_all = cKDTree(np.column_stack([g.vx, g.vy]))
    dirs, pool = [], {"x": [], "y": [], "id": []}
    for kind, name, bearing, offset in layout:
        ux, uy = np.sin(np.radians(bearing)), np.cos(np.radians(bearing))
        ox, oy = cx + offset * width * uy, cy - offset * width * ux
        if kind in ("bus", "tram"):
            made = _road_line(g, car, vmask, kind, name, ux, uy, ox, oy, pool)
        else:
            made = _corridor_line(g, tree_all, kind, name, ux, uy, ox, oy)
        dirs.extend(made)
    return TransitLines(g, dirs)


def _ends(g, mask, ux, uy, ox, oy):
    """The vertices (indices) farthest back and ahead along (ux, uy) near the line through (ox, oy)."""
    along = (g.vx - ox) * ux + (g.vy - oy) * uy
    across = np.abs(-(g.vx - ox) * uy + (g.vy - oy) * ux)
    score_a = np.where(mask, -along - 2.0 * across, -np.inf)
    score_b = np.where(mask, along - 2.0 * across, -np.inf)
    return int(np.argmax(score_a)), int(np.argmax(score_b))


def _stop_positions(d, x, y, spacing, pool):
    """Distances along a polyline of its stops: the stops of earlier lines it passes (within ``SHARED_M``; the
    stops of the other direction, of lines sharing the street), then evenly spaced ones where none is near.
    Returns (distances, pool index of each stop or -1)."""
    total = float(d[-1])
    shared_d, shared_i = np.empty(0), np.empty(0, dtype=np.int64)
    if pool["x"]:
        dd = np.arange(0.0, total, 5.0)
        tree = cKDTree(np.column_stack([np.interp(dd, d, x), np.interp(dd, d, y)]))
        dist, k = tree.query(np.column_stack([pool["x"], pool["y"]]))
        near = np.flatnonzero(dist <= SHARED_M)
        shared_d, shared_i = dd[k[near]], near
    n_sec = max(int(round(total / spacing)), 1)
    even = np.linspace(0.0, total, n_sec + 1)
    far = np.abs(even[:, None] - shared_d[None, :]).min(axis=1) > 0.5 * spacing if len(shared_d) else \
        np.ones(len(even), dtype=bool)
    pos = np.concatenate([shared_d, even[far]])
    src = np.concatenate([shared_i, np.full(int(far.sum()), -1, dtype=np.int64)])
    order = np.argsort(pos, kind="stable")
    pos, src = pos[order], src[order]
    keep = np.append(True, np.diff(pos) > 1.0)
    return pos[keep], src[keep]


def _road_line(g, car, vmask, kind, name, ux, uy, ox, oy, pool):
    a, b = _ends(g, vmask, ux, uy, ox, oy)
    out = []
    for direction, (p, q) in enumerate(((a, b), (b, a))):
        sp, fp = int(g.vseg[p]), float(g.vcum[p] / g.length[g.vseg[p]])
        sq, fq = int(g.vseg[q]), float(g.vcum[q] / g.length[g.vseg[q]])
        r = car.route(sp, fp, sq, fq, False)
        if r is None:
            continue
        edges, f0, f1 = r
        seg = edges // 2
        plen = np.abs(f1 - f0) * g.length[seg]
        keep = plen > 0.01
        seg, f0, f1, plen = seg[keep], f0[keep], f1[keep], plen[keep]
        if len(seg) == 0:
            continue
        entry = np.concatenate([[0.0], np.cumsum(plen)[:-1]])
        vx, vy, vt, vp = g.path(seg, f0, f1, entry, plen)     # "time" = distance at 1 m/s
        d = np.maximum.accumulate(vt)
        sd, src = _stop_positions(d, vx, vy, SPACING_M[kind], pool)
        if len(sd) < 3:
            continue
        sx, sy = np.interp(sd, d, vx), np.interp(sd, d, vy)
        ids = np.empty(len(sd), dtype=object)
        for k in range(len(sd)):
            if src[k] >= 0:
                ids[k] = pool["id"][src[k]]
            else:
                ids[k] = "S%04d" % len(pool["id"])
                pool["x"].append(sx[k])
                pool["y"].append(sy[k])
                pool["id"].append(ids[k])
        piece = np.clip(np.searchsorted(entry + plen, sd - 1e-6), 0, len(seg) - 1)
        frac = f0[piece] + (f1[piece] - f0[piece]) * np.clip((sd - entry[piece]) / plen[piece], 0, 1)
        out.append(Direction(name, kind, direction, vx, vy, d, sd, sx, sy, seg[piece], frac, ids,
                             vseg=seg[np.asarray(vp, dtype=np.int64)]))
    return out


def _corridor_line(g, tree, kind, name, ux, uy, ox, oy):
    along = (g.vx - ox) * ux + (g.vy - oy) * uy
    lo, hi = along.min() + 50.0, along.max() - 50.0
    n_sec = int((hi - lo) // SPACING_M[kind])
    if n_sec < 2:
        return []
    pos = lo + (hi - lo - n_sec * SPACING_M[kind]) / 2 + SPACING_M[kind] * np.arange(n_sec + 1)
    _, vi = tree.query(np.column_stack([ox + pos * ux, oy + pos * uy]))
    vi = vi[np.append(True, np.diff(vi) != 0)]
    if len(vi) < 3:
        return []
    out = []
    for direction, order in enumerate((vi, vi[::-1])):
        x, y = g.vx[order], g.vy[order]
        d = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(x), np.diff(y)))])
        seg = g.vseg[order]
        ids = np.array(["%s_S%02d" % (name, k) for k in range(len(vi))], dtype=object)
        out.append(Direction(name, kind, direction, x, y, d, d.copy(), x.copy(), y.copy(), seg,
                             g.vcum[order] / g.length[seg], ids if direction == 0 else ids[::-1]))
    return out
