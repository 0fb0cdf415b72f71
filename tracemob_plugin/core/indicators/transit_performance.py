"""Public-transport performance from the riders' traces: run time, commercial speed and delay per stop-to-stop
section of each route and time band (the evidence for a bus lane or a priority scheme).

Input: legs with their route (``transit_route``, the route name mode inference gives with a GTFS feed) and
their tracks (``leg_id, lon, lat, time``), and the GTFS feed.

1. Each leg's track (every vertex, points every 10 m with interpolated times) is looked up against the stops of
   its route's stop patterns (the distinct stop sequences of its trips). The leg *leaves* a stop at the last
   moment its track is within ``STOP_RADIUS_M`` of it.
2. The pattern with the most stops left in its order is the leg's; consecutive stops of the pattern both left
   make a section, its time the difference (running time plus the dwell at the second stop, as the timetable's
   departure-to-departure time).
3. Sections the rider did not ride are left out: slower than ``MIN_SECTION_SPEED_MPS`` (a walk past the stops
   to the boarding stop, the wait at it, a walk on along the route), and the last of each run of ridden sections
   (the rider left that stop on foot: the vehicle's departure is not seen).
4. Per route x section (from stop, to stop) x time band of the departure (local time): ``n_passages``,
   ``n_users``, median and 85th percentile run time, commercial speed (section length / median), the
   timetable's median departure-to-departure time of the route's trips in that band, and the delay (observed
   median - scheduled).

Privacy: a cell seen by fewer than ``min_users`` distinct participants is ``masked`` (statistics empty), the
rule of :mod:`core.privacy` shared by segment travel times and OD flows; ``low_sample`` flags fewer than
``min_passages`` passages.
"""
from typing import Callable, Optional

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from ..errors import Cancelled, InputError
from ..geometry import EARTH_RADIUS_M, linestrings_wkb
from ..i18n import tr
from ..ingest.gtfs import Feed
from ..modes.timetable import project, track_points
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users, min_users_warning
from ..roads.traveltimes import DEFAULT_BANDS, band_index, parse_bands

STOP_RADIUS_M = 25.0          # the track is at a stop this close to it
MIN_SECTION_SPEED_MPS = 2.0   # a section slower than this (7.2 km/h, door to door) was walked or waited
MIN_PASSAGES = 5
COLUMNS = ["route_id", "route_name", "mode", "from_stop_id", "from_stop_name", "to_stop_id", "to_stop_name",
           "band", "band_index", "length_m", "n_passages", "n_users", "run_time_median_s", "run_time_p85_s",
           "speed_kmh", "scheduled_s", "delay_s", "low_sample", "masked"]
_HIDDEN = ["run_time_median_s", "run_time_p85_s", "speed_kmh", "delay_s"]


def _patterns(feed: Feed) -> pd.DataFrame:
    """One row per stop of each stop pattern (distinct stop sequence of a route's trips): ``pattern, route_id,
    pos, stop_id, shape_id``, and the pattern of each trip (a Series by trip_id)."""
    st = feed.stop_times[["trip_id", "stop_id", "arrival_s", "departure_s"]]
    seq = st.groupby("trip_id", sort=False)["stop_id"].agg(lambda s: "\x1f".join(map(str, s)))
    trips = feed.trips.set_index("trip_id").reindex(seq.index)
    key = trips["route_id"].astype(str).to_numpy() + "\x1e" + seq.to_numpy()
    code, uniq = pd.factorize(key, sort=False)
    trip_pattern = pd.Series(code, index=seq.index)
    first_trip = pd.Series(seq.index).groupby(code).first()
    rows = st[st.trip_id.isin(first_trip.to_numpy())].copy()
    rows["pattern"] = trip_pattern.reindex(rows.trip_id).to_numpy()
    rows["pos"] = rows.groupby("trip_id").cumcount()
    rows["route_id"] = trips["route_id"].reindex(rows.trip_id).to_numpy()
    rows["shape_id"] = trips["shape_id"].reindex(rows.trip_id).to_numpy() if "shape_id" in trips else ""
    return rows[["pattern", "route_id", "pos", "stop_id", "shape_id"]].reset_index(drop=True), trip_pattern


def _departures(legs: pd.DataFrame, vertices: pd.DataFrame, feed: Feed, pats: pd.DataFrame):
    """(leg, pattern, pos, t): the last moment each leg's track was within STOP_RADIUS_M of each stop of the patterns
    of its route."""
    routes = feed.routes[["route_id", "route_name"]].astype(str)
    leg_route = legs[["leg_id", "transit_route"]].astype(str).merge(
        routes, left_on="transit_route", right_on="route_name", how="inner")[["leg_id", "route_id"]]
    v = vertices[vertices["leg_id"].astype(str).isin(leg_route.leg_id)]
    leg, pts, t, lat0 = track_points(v, thin=False)
    stops = feed.stops.set_index("stop_id").reindex(pats.stop_id.unique())
    stops = stops[np.isfinite(stops.lat) & np.isfinite(stops.lon)]
    if len(leg) == 0 or len(stops) == 0:
        return pd.DataFrame(columns=["leg", "pattern", "pos", "t"])
    tree = cKDTree(project(stops.lon.to_numpy(), stops.lat.to_numpy(), lat0))
    k = min(4, len(stops))
    d, idx = tree.query(pts, k=k, distance_upper_bound=STOP_RADIUS_M)
    d, idx = d.reshape(len(pts), k), idx.reshape(len(pts), k)
    near = np.isfinite(d)
    row = np.nonzero(near)[0]
    p = pd.DataFrame({"leg": leg[row], "stop_id": stops.index.to_numpy()[idx[near]], "t": t[row]})
    p = p.groupby(["leg", "stop_id"], sort=False)["t"].max().reset_index()
    # the stops of the leg's route's patterns, in each pattern's order
    lp = leg_route.rename(columns={"leg_id": "leg"}).merge(pats, on="route_id")
    m = p.merge(lp, on=["leg", "stop_id"])
    if len(m) == 0:
        return pd.DataFrame(columns=["leg", "pattern", "pos", "t"])
    m = m.sort_values(["leg", "pattern", "t"], kind="mergesort")
    prev = m.groupby(["leg", "pattern"], sort=False)["pos"].shift()
    m["in_order"] = prev.isna() | (m.pos > prev)
    score = m.groupby(["leg", "pattern"], sort=False)["in_order"].sum().rename("score").reset_index()
    best = score.sort_values(["leg", "score"], ascending=[True, False], kind="mergesort").drop_duplicates("leg")
    m = m.merge(best[["leg", "pattern"]], on=["leg", "pattern"])
    return m[m.in_order][["leg", "pattern", "pos", "t", "route_id", "stop_id"]].sort_values(
        ["leg", "pos"], kind="mergesort").reset_index(drop=True)


def _stop_distances(feed: Feed, pats: pd.DataFrame):
    """Distance (m) of each pattern stop along its shape (straight lines between the stops without one), and the
    shapes' points in local metres: (``pats`` with ``dist``, {shape_id: (x, y, d)}, lat0)."""
    lat0 = float(np.nanmean(feed.stops.lat.to_numpy(float)))
    stops = feed.stops.set_index("stop_id")
    sxy = project(stops.lon.reindex(pats.stop_id).to_numpy(float), stops.lat.reindex(pats.stop_id).to_numpy(float),
                  lat0)
    pats = pats.assign(x=sxy[:, 0], y=sxy[:, 1])
    shapes = {}
    dist = np.full(len(pats), np.nan)
    sh = feed.shapes
    for pid, rows in pats.groupby("pattern", sort=False):     # a loop over stop patterns (tens to hundreds)
        sid = rows.shape_id.iloc[0]
        part = sh[sh.shape_id == sid] if sid not in ("", None) and len(sh) else sh.iloc[0:0]
        if len(part) >= 2:
            xy = project(part.lon.to_numpy(float), part.lat.to_numpy(float), lat0)
        else:
            xy = rows[["x", "y"]].to_numpy(float)
        d = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))])
        shapes[pid] = (xy[:, 0], xy[:, 1], d)
        # each stop projected on the shape, in order (a stop past a loop is searched after the previous one)
        dense = np.arange(0.0, d[-1] + 5.0, 5.0)
        dx, dy = np.interp(dense, d, xy[:, 0]), np.interp(dense, d, xy[:, 1])
        out, lo = [], 0
        for x, y in rows[["x", "y"]].to_numpy(float):
            j = lo + int(np.argmin(np.hypot(dx[lo:] - x, dy[lo:] - y))) if lo < len(dense) else len(dense) - 1
            out.append(dense[j])
            lo = j
        dist[rows.index.to_numpy()] = out
    return pats.assign(dist=dist), shapes, lat0


def _schedule(feed: Feed, trip_pattern: pd.Series, blist, pats):
    """Median scheduled departure-to-departure time per (pattern, pos of the first stop, band)."""
    st = feed.stop_times[["trip_id", "departure_s"]].copy()
    st["pattern"] = trip_pattern.reindex(st.trip_id).to_numpy()
    st["pos"] = st.groupby("trip_id").cumcount()
    st["next"] = st.groupby("trip_id")["departure_s"].shift(-1)
    st = st[st.next.notna()]
    hours = (st.departure_s.to_numpy(float) % 86400) / 3600.0
    band = np.full(len(st), -1, dtype=np.int64)
    for k, (_, s, e) in enumerate(blist):
        inside = (hours >= s) & (hours < e) if s < e else (hours >= s) | (hours < e)
        band[(band < 0) & inside] = k
    st["band_index"] = band
    st["sched"] = st.next - st.departure_s
    return st[st.band_index >= 0].groupby(["pattern", "pos", "band_index"])["sched"].median()


def check_legs(legs, min_passages=1):
    """Raise InputError when the legs lack leg_id, user_id or transit_route, or ``min_passages`` is below 1."""
    if int(min_passages) < 1:
        raise InputError(tr("The minimum number of passages must be at least 1."), field="MIN_PASSAGES")
    for col in ("leg_id", "user_id", "transit_route"):
        if col not in legs.columns:
            raise InputError(tr("The legs have no '{col}' field.").format(col=col), field=col,
                             hint=tr("Run 'Infer transport modes' with a GTFS feed first: it adds transit_route."))


def ridden_sections(legs, vertices, feed, check=None):
    """(ridden sections with their route, stops and participant, stop patterns, shapes, trip -> pattern, counts)."""
    check = check or (lambda: None)
    with_route = legs[legs["transit_route"].notna() & (legs["transit_route"].astype(str) != "")]
    counts = {"legs": int(len(with_route))}
    pats, trip_pattern = _patterns(feed)
    check()
    dep = _departures(with_route, vertices, feed, pats)
    counts["legs_on_pattern"] = int(dep.leg.nunique()) if len(dep) else 0
    check()
    pats, shapes, _ = _stop_distances(feed, pats)
    sec = _ridden_sections(dep, pats)
    counts["sections"] = int(len(sec))
    if len(sec) == 0:
        raise InputError(tr("No leg with a route rode a section between two stops of its route ({n} legs with a "
                            "route).").format(n=counts["legs"]), field="LEGS",
                         hint=tr("Give the legs 'Infer transport modes' wrote with this GTFS feed, and their "
                                 "tracks."))
    users = with_route.assign(leg=with_route["leg_id"].astype(str)).drop_duplicates("leg").set_index("leg")["user_id"]
    stop_at = pats.set_index(["pattern", "pos"])
    here = pd.MultiIndex.from_arrays([sec.pattern, sec.pos])
    there = pd.MultiIndex.from_arrays([sec.pattern, sec.pos + 1])
    sec = sec.assign(user_id=users.reindex(sec.leg).astype(str).to_numpy(),
                     route_id=stop_at["route_id"].reindex(here).to_numpy(),
                     from_stop_id=stop_at["stop_id"].reindex(here).to_numpy(),
                     to_stop_id=stop_at["stop_id"].reindex(there).to_numpy())
    sec["section_id"] = sec.route_id.astype(str) + "|" + sec.from_stop_id.astype(str) + "|" + sec.to_stop_id.astype(str)
    return sec, pats, shapes, trip_pattern, counts


def transit_passages(legs: pd.DataFrame, vertices: pd.DataFrame, feed: Feed) -> pd.DataFrame:
    """Every ridden section (module docstring, steps 1-3): ``section_id`` ("route|from stop|to stop"), ``route_id``,
    ``from_stop_id``, ``to_stop_id``, ``leg_id``, ``user_id``, ``entry_time`` (the departure from the first stop,
    UTC), ``tt_s`` (run time) and ``length_m``: the traversals of :func:`..compare.segments.compare_segments`."""
    check_legs(legs)
    sec = ridden_sections(legs, vertices, feed)[0]
    return passage_table(sec)


def passage_table(sec):
    """The traversals-like table of :func:`transit_passages` from :func:`ridden_sections`' sections."""
    return pd.DataFrame({"section_id": sec.section_id.to_numpy(), "route_id": sec.route_id.to_numpy(),
                         "from_stop_id": sec.from_stop_id.to_numpy(), "to_stop_id": sec.to_stop_id.to_numpy(),
                         "leg_id": sec.leg.to_numpy(), "user_id": sec.user_id.to_numpy(),
                         "entry_time": pd.to_datetime(sec.t0.to_numpy(float), unit="s", utc=True),
                         "tt_s": sec.run_s.to_numpy(float), "length_m": sec.length_m.to_numpy(float)})


def transit_performance(legs: pd.DataFrame, vertices: pd.DataFrame, feed: Feed, bands=DEFAULT_BANDS,
                        tz: Optional[str] = None, min_users: int = DEFAULT_MIN_USERS, min_passages: int = MIN_PASSAGES,
                        progress: Optional[Callable[[float], None]] = None,
                        is_cancelled: Optional[Callable[[], bool]] = None) -> pd.DataFrame:
    """Run time, commercial speed and delay per route x stop-to-stop section x time band (module docstring).

    ``legs``: ``leg_id, user_id, transit_route`` (legs without a route are left out); ``vertices``: ``leg_id,
    lon, lat, time``; ``feed``: the GTFS :class:`~..ingest.gtfs.Feed` the routes come from; ``tz``: the local
    time of the bands (default: the feed's). Returns ``COLUMNS`` plus ``wkb`` (the section along the route's shape);
    ``attrs``: ``warnings``, ``counts`` (legs with a route, legs placed on a pattern, sections ridden)."""
    def check():
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(tr("cancelled"))

    report = progress or (lambda f: None)
    min_users = check_min_users(min_users)
    check_legs(legs, min_passages)
    tz = tz or feed.timezone or "UTC"
    blist = parse_bands(bands)
    warnings = []
    sec, pats, shapes, trip_pattern, counts = ridden_sections(legs, vertices, feed, check)
    sec["band_index"] = band_index(pd.to_datetime(sec.t0, unit="s", utc=True), blist, tz)
    sec = sec[sec.band_index >= 0]
    report(0.7)
    check()
    stats = _stats(sec, feed, pats, _schedule(feed, trip_pattern, blist, pats), blist, min_users, min_passages)
    stats["wkb"] = section_geometries(stats, pats, shapes, feed)
    warn = min_users_warning(min_users)
    if warn:
        warnings.append(warn)
    n_masked = int(stats["masked"].sum())
    if n_masked:
        warnings.append(tr("{k} of {n} route x section x band cells were seen by fewer than {m} participants: their "
                           "statistics are not published.").format(k=n_masked, n=len(stats), m=min_users))
    stats = stats[COLUMNS + ["wkb"]].reset_index(drop=True)
    stats.attrs["warnings"] = warnings
    stats.attrs["counts"] = counts
    report(1.0)
    return stats


def route_names(out, feed):
    """Route name and mode, stop names of the route_id, from_stop_id and to_stop_id columns (in place)."""
    routes = feed.routes.set_index("route_id")
    out["route_name"] = routes["route_name"].reindex(out.route_id).to_numpy(dtype=object)
    out["mode"] = routes["mode"].reindex(out.route_id).to_numpy(dtype=object)
    names = feed.stops.set_index("stop_id")["stop_name"] if "stop_name" in feed.stops.columns else None
    for end in ("from", "to"):
        ids = out[end + "_stop_id"]
        out[end + "_stop_name"] = names.reindex(ids).to_numpy(dtype=object) if names is not None else ids.to_numpy()


def _ridden_sections(dep: pd.DataFrame, pats: pd.DataFrame) -> pd.DataFrame:
    """Consecutive pattern stops left by a leg, ridden (fast enough, not the last of a run): ``leg, pattern, pos,
    t0, run_s, length_m``."""
    if len(dep) == 0:
        return pd.DataFrame(columns=["leg", "pattern", "pos", "t0", "run_s", "length_m"])
    same = (dep.leg.to_numpy()[1:] == dep.leg.to_numpy()[:-1]) & (np.diff(dep.pos.to_numpy()) == 1)
    a = np.flatnonzero(same)
    dist = pats.set_index(["pattern", "pos"])["dist"]
    d0 = dist.reindex(pd.MultiIndex.from_arrays([dep.pattern.to_numpy()[a], dep.pos.to_numpy()[a]])).to_numpy()
    d1 = dist.reindex(pd.MultiIndex.from_arrays([dep.pattern.to_numpy()[a], dep.pos.to_numpy()[a] + 1])).to_numpy()
    s = pd.DataFrame({"leg": dep.leg.to_numpy()[a], "pattern": dep.pattern.to_numpy()[a], "pos": dep.pos.to_numpy()[a],
                      "t0": dep.t.to_numpy(float)[a], "run_s": dep.t.to_numpy(float)[a + 1] - dep.t.to_numpy(float)[a],
                      "length_m": d1 - d0})
    rode = (s.run_s > 0) & (s.length_m / s.run_s.clip(lower=1e-6) >= MIN_SECTION_SPEED_MPS)
    s = s[rode.to_numpy()].reset_index(drop=True)
    # runs of consecutive ridden sections; the last of each ends where the rider got off
    run_start = np.append(True, (s.leg.to_numpy()[1:] != s.leg.to_numpy()[:-1])
                          | (s.pos.to_numpy()[1:] != s.pos.to_numpy()[:-1] + 1))
    run_end = np.append(run_start[1:], True)
    return s[~run_end].reset_index(drop=True)


def _stats(sec, feed, pats, sched, blist, min_users, min_passages) -> pd.DataFrame:
    sec = sec.assign(sched=sched.reindex(pd.MultiIndex.from_arrays([sec.pattern, sec.pos, sec.band_index])).to_numpy())
    key = ["route_id", "from_stop_id", "to_stop_id", "band_index"]
    g = sec.groupby(key, sort=True)
    out = pd.DataFrame({"length_m": g["length_m"].median(), "n_passages": g.size().astype(np.int64),
                        "n_users": g["user_id"].nunique().astype(np.int64), "run_time_median_s": g["run_s"].median(),
                        "run_time_p85_s": g["run_s"].quantile(0.85), "scheduled_s": g["sched"].median()}).reset_index()
    out["speed_kmh"] = out.length_m / out.run_time_median_s * 3.6
    out["delay_s"] = out.run_time_median_s - out.scheduled_s
    out["band"] = np.array([b[0] for b in blist], dtype=object)[out.band_index.to_numpy()]
    route_names(out, feed)
    out["low_sample"] = out.n_passages < int(min_passages)
    out["masked"] = out.n_users < min_users
    out.loc[out.masked, _HIDDEN] = np.nan
    for c in ("length_m", "run_time_median_s", "run_time_p85_s", "speed_kmh", "scheduled_s", "delay_s"):
        out[c] = out[c].astype(float).round(1)
    out["_pattern"] = g["pattern"].first().to_numpy()
    out["_pos"] = g["pos"].first().to_numpy()
    return out


def section_geometries(stats, pats, shapes, feed):
    """WKB LineStrings of each section along its pattern's shape (between the two stops' distances)."""
    if len(stats) == 0:
        return []
    dist = pats.set_index(["pattern", "pos"])["dist"]
    lat0 = float(np.nanmean(feed.stops.lat.to_numpy(float)))
    xs, ys, first, last = [], [], [], []
    n = 0
    for pid, pos in zip(stats.pop("_pattern").to_numpy(), stats.pop("_pos").to_numpy()):
        x, y, d = shapes[pid]
        a, b = float(dist[(pid, pos)]), float(dist[(pid, pos + 1)])
        inner = (d > a) & (d < b)
        px = np.concatenate([[np.interp(a, d, x)], x[inner], [np.interp(b, d, x)]])
        py = np.concatenate([[np.interp(a, d, y)], y[inner], [np.interp(b, d, y)]])
        xs.append(px)
        ys.append(py)
        first.append(n)
        n += len(px)
        last.append(n - 1)
    x, y = np.concatenate(xs), np.concatenate(ys)
    k = np.pi / 180.0 * EARTH_RADIUS_M
    lon = x / (k * np.cos(np.radians(lat0)))
    lat = y / k
    return linestrings_wkb(lon, lat, np.array(first), np.array(last))
