"""A GTFS feed as the public-transport context of mode inference.

- :func:`network_from_feed`: the feed's lines (its shapes, or straight lines through each stop pattern when it
  has none) and stops as a :class:`TransitNetwork`, each line with the kind of the routes that use it (GTFS
  ``route_type``), so the proximity rules of ``rules.network_refine`` apply unchanged.
- :func:`match_timetable`: legs matched to scheduled trips. A leg's stops are the feed's stops its track
  passes within ``STOP_MATCH_M`` (the track densified every ``STEP_M`` metres, times interpolated), each at the
  time the track came closest; each is paired with the trips scheduled at that stop within ``TIME_TOL_S`` of
  it on a service day running then (the leg's local date and the day before, for trips past midnight, in the
  feed's time zone). A trip matched at ``MIN_STOPS`` stops or more, in its stop order, serving at least
  ``MIN_LEG_SHARE`` of the leg's stops (an express skipping most of them is left to the line rules), is a candidate; its
  confidence grows with the share of the trip's stops between the first and last matched that the leg
  passed, the share of the leg's stops that the trip serves, and the closeness of the times. The best trip
  per leg gives the route, its name and mode.

Vectorised over all legs: k-d tree lookups and sorted-array windows, no loop over rows.
"""
from typing import Optional

import numpy as np
import pandas as pd
from scipy.spatial import cKDTree

from ..ingest.gtfs import Feed
from .transit import (STOPS_PER_POINT, TransitNetwork, normalise_kind, project, stop_visits,  # noqa: F401
                      track_points)

STOP_MATCH_M = 35.0    # a track passes a stop when it comes this close
TIME_TOL_S = 300.0     # a scheduled call matches a passage this close in time (early or late)
MIN_STOPS = 3          # a trip must be matched at this many of its stops
MIN_CONFIDENCE = 0.5   # below this a match is not used
MIN_LEG_SHARE = 0.7    # a trip must serve this share of the leg's stops (else: another route sharing a part)
PASSAGE_SAME_S = 20.0  # passages of a leg at stops this close in time are one stop (both sides of a street)
MATCH_COLUMNS = ("trip_id", "route_id", "route_name", "route_mode", "kind", "n_stops", "time_error_s",
                 "confidence")


def network_from_feed(feed: Feed, bbox=None) -> TransitNetwork:
    """The feed's lines (one per shape, kind from the routes using it) and its stops (location_type 0).

    ``bbox`` ``(min_lon, min_lat, max_lon, max_lat)``: only the parts of lines and the stops inside it (a
    national feed cut to the study area); a line leaving the box and coming back is two lines."""
    trips = feed.trips.merge(feed.routes[["route_id", "mode"]], on="route_id", how="left")
    trips = trips[trips["mode"].notna() & (trips.shape_id != "")]
    # a shape used by routes of several modes takes the most frequent one
    kinds = (trips.groupby(["shape_id", "mode"]).size().rename("n").reset_index()
             .sort_values(["shape_id", "n"], ascending=[True, False], kind="mergesort")
             .drop_duplicates("shape_id"))
    kinds["kind"] = kinds["mode"].map(normalise_kind)
    kinds = kinds[kinds.kind.notna()]
    shapes = feed.shapes.merge(kinds[["shape_id", "kind"]], on="shape_id", how="inner")
    line_id = shapes.shape_id.astype(str).to_numpy()
    stops = feed.stops[(feed.stops.location_type == 0) & np.isfinite(feed.stops.lat)
                       & np.isfinite(feed.stops.lon)]
    if bbox is not None:
        inside = _inside(shapes.lon.to_numpy(float), shapes.lat.to_numpy(float), bbox)
        # a new piece where the shape changes or enters the box again
        piece = np.cumsum(np.append(True, (line_id[1:] != line_id[:-1]) | (inside[1:] != inside[:-1])))
        line_id = np.char.add(line_id.astype(str), np.char.add(":", piece.astype(str)))
        shapes, line_id = shapes[inside], line_id[inside]
        stops = stops[_inside(stops.lon.to_numpy(float), stops.lat.to_numpy(float), bbox)]
    lines = pd.DataFrame({"line_id": line_id, "kind": shapes.kind.to_numpy(),
                          "lon": shapes.lon.to_numpy(float), "lat": shapes.lat.to_numpy(float)})
    stop_kind = (feed.stop_times[["trip_id", "stop_id"]].drop_duplicates("stop_id")
                 .merge(trips[["trip_id", "mode"]], on="trip_id", how="left").set_index("stop_id")["mode"])
    kind = stop_kind.reindex(stops.stop_id.to_numpy()).map(normalise_kind).to_numpy(dtype=object)
    return TransitNetwork(lines=lines, stops=pd.DataFrame({"kind": kind, "lon": stops.lon.to_numpy(float),
                                                           "lat": stops.lat.to_numpy(float)}))


def _inside(lon, lat, bbox) -> np.ndarray:
    x0, y0, x1, y1 = bbox
    return (lon >= x0) & (lon <= x1) & (lat >= y0) & (lat <= y1)


def _passages(vertices: pd.DataFrame, feed: Feed):
    """One row per (leg, stop) the track passes within STOP_MATCH_M: the time it came closest."""
    stops = feed.stops[np.isfinite(feed.stops.lat) & np.isfinite(feed.stops.lon)].reset_index(drop=True)
    empty = pd.DataFrame({"leg": pd.Series(dtype=object), "stop": pd.Series(dtype=np.int64),
                          "t": pd.Series(dtype=float), "d": pd.Series(dtype=float)})
    leg, pts, t, lat0 = track_points(vertices)
    if len(leg) == 0 or len(stops) == 0:
        return empty, stops
    tree = cKDTree(project(stops.lon.to_numpy(), stops.lat.to_numpy(), lat0))
    # a few nearest stops per point: stops at the same place (the platforms of two routes at one station) are
    # each passed, whichever the nearest
    k = min(STOPS_PER_POINT, len(stops))
    d, idx = tree.query(pts, k=k, distance_upper_bound=STOP_MATCH_M)
    d, idx = d.reshape(len(pts), k), idx.reshape(len(pts), k)
    near = np.isfinite(d)
    if not near.any():
        return empty, stops
    row = np.nonzero(near)[0]
    p = pd.DataFrame({"leg": leg[row], "stop": idx[near].astype(np.int64), "t": t[row], "d": d[near]})
    p = p.sort_values(["leg", "stop", "d"], kind="mergesort").drop_duplicates(["leg", "stop"])
    return p.reset_index(drop=True), stops


def stop_dwells(vertices: pd.DataFrame, feed: Feed) -> pd.Series:
    """Per leg (index ``leg_id``): at how many of the feed's stops the track stayed ``DWELL_STOP_S`` seconds or more
    within ``DWELL_STOP_M`` (:func:`.transit.stop_visits`). A bus or tram leg dwells at its stops; a car or a
    bicycle passing them does not."""
    visits = stop_visits(vertices, feed.stops)
    return visits.loc[visits.stops_dwelt > 0, "stops_dwelt"].astype(float)


def _service_days(t: np.ndarray, tz: str):
    """For each epoch second: (YYYYMMDD, seconds since that day's noon minus 12 h) on the local date and on
    the day before (trips past midnight), in time zone ``tz``."""
    utc = pd.DatetimeIndex(pd.to_datetime(t, unit="s", utc=True))
    local = utc.tz_convert(tz).tz_localize(None).normalize()
    out = []
    for back in (0, 1):
        day = local - pd.Timedelta(days=back)
        noon = (day + pd.Timedelta(hours=12)).tz_localize(tz, ambiguous=True, nonexistent="shift_forward")
        noon_s = noon.tz_convert("UTC").tz_localize(None).to_numpy().astype("datetime64[s]").astype(np.int64)
        ymd = (day.year * 10000 + day.month * 100 + day.day).to_numpy(np.int64)
        out.append((ymd, t - noon_s + 43200.0))
    return out


def _schedule(feed: Feed, stops: pd.DataFrame) -> dict:
    """Every scheduled call as arrays: ``stop`` (row of ``stops``), ``run`` (one per run of a trip),
    ``pos`` (position in its trip), ``arr`` / ``dep`` (service-day seconds); ``run_trip`` (the trip of each
    run, into ``trip_ids``). A trip of frequencies.txt is one run per departure of each of its periods
    (its stop_times shifted so that the first departure is the period's start plus k headways)."""
    st = feed.stop_times
    stop = pd.Index(stops.stop_id.to_numpy(dtype=object)).get_indexer(st.stop_id.to_numpy(dtype=object))
    trip, trip_ids = pd.factorize(st.trip_id.to_numpy(dtype=object), sort=False)
    start = np.flatnonzero(np.append(True, trip[1:] != trip[:-1]))
    n = np.diff(np.append(start, len(st)))
    pos = np.arange(len(st)) - np.repeat(start, n)
    arr = st.arrival_s.to_numpy(float)
    dep = st.departure_s.to_numpy(float)
    out = {"stop": stop.astype(np.int64), "run": trip.astype(np.int64), "pos": pos, "arr": arr, "dep": dep,
           "run_trip": np.arange(len(trip_ids)), "trip_ids": np.asarray(trip_ids, dtype=object)}
    fr = feed.frequencies
    if fr is None or len(fr) == 0:
        return out
    ftrip = pd.Index(trip_ids).get_indexer(fr.trip_id.to_numpy(dtype=object))
    fr = fr[ftrip >= 0]
    ftrip = ftrip[ftrip >= 0]
    if len(fr) == 0:
        return out
    h = fr.headway_s.to_numpy(np.int64)
    k = np.maximum(np.ceil((fr.end_s.to_numpy() - fr.start_s.to_numpy()) / h).astype(np.int64), 1)
    inst_trip = np.repeat(ftrip, k)
    inst_start = np.repeat(fr.start_s.to_numpy(np.int64), k) + (np.arange(k.sum()) - np.repeat(np.cumsum(k) - k, k)) \
        * np.repeat(h, k)
    shift = inst_start - dep[start[inst_trip]]
    tn = n[inst_trip]
    rows = np.repeat(start[inst_trip], tn) + (np.arange(tn.sum()) - np.repeat(np.cumsum(tn) - tn, tn))
    keep = ~np.isin(trip, np.unique(ftrip))  # the pattern itself is not a run
    runs = len(trip_ids) + np.repeat(np.arange(len(inst_trip)), tn)
    return {"stop": np.concatenate([out["stop"][keep], out["stop"][rows]]),
            "run": np.concatenate([out["run"][keep], runs]),
            "pos": np.concatenate([pos[keep], pos[rows]]),
            "arr": np.concatenate([arr[keep], arr[rows] + np.repeat(shift, tn)]),
            "dep": np.concatenate([dep[keep], dep[rows] + np.repeat(shift, tn)]),
            "run_trip": np.concatenate([out["run_trip"], inst_trip]), "trip_ids": out["trip_ids"]}


def match_timetable(vertices: pd.DataFrame, feed: Feed, tz: Optional[str] = None) -> pd.DataFrame:
    """The best scheduled trip of each leg of ``vertices`` (``leg_id, lon, lat, time``): one row per matched
    leg (index ``leg_id``), columns ``MATCH_COLUMNS``. ``tz``: the feed's time zone (default: its agency's,
    else UTC)."""
    out = pd.DataFrame({c: pd.Series(dtype=object) for c in MATCH_COLUMNS})
    out.index.name = "leg_id"
    tz = tz or feed.timezone or "UTC"
    p, stops = _passages(vertices, feed)
    if len(p) == 0 or len(feed.stop_times) == 0:
        return out
    sched = _schedule(feed, stops)
    span = 10 ** 6  # seconds per stop in the sorted key (service-day times stay below 11 days)
    key = sched["stop"] * span + sched["arr"].astype(np.int64)
    order = np.argsort(key, kind="mergesort")
    key_sorted = key[order]
    trip_ids = sched["trip_ids"]
    trips = feed.trips.set_index("trip_id").reindex(trip_ids)
    service_code, services = pd.factorize(trips.service_id.to_numpy(dtype=object), sort=False)
    run_service = service_code[sched["run_trip"]]
    parts = []
    for ymd, svc in _service_days(p.t.to_numpy(float), tz):
        lo = np.searchsorted(key_sorted, p.stop.to_numpy() * span + np.floor(svc - TIME_TOL_S - 3600), "left")
        hi = np.searchsorted(key_sorted, p.stop.to_numpy() * span + np.ceil(svc + TIME_TOL_S), "right")
        n = hi - lo
        rows = np.repeat(np.arange(len(p)), n)
        cand = order[np.repeat(lo, n) + (np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n))]
        arr = sched["arr"][cand]
        dep = sched["dep"][cand]
        obs = svc[rows]
        err = np.maximum(np.maximum(arr - obs, obs - dep), 0.0)
        # the services running on each candidate's day
        active = np.zeros(len(cand), dtype=bool)
        days = ymd[rows]
        for day in np.unique(days):
            running = np.flatnonzero(pd.Index(services).isin(feed.services_on(int(day))))
            here = days == day
            active[here] = np.isin(run_service[sched["run"][cand[here]]], running)
        ok = active & (err <= TIME_TOL_S)
        parts.append(pd.DataFrame({"leg": p.leg.to_numpy()[rows[ok]], "t": p.t.to_numpy()[rows[ok]],
                                   "trip": sched["run"][cand[ok]], "day": days[ok], "pos": sched["pos"][cand[ok]],
                                   "err": err[ok]}))
    m = pd.concat(parts, ignore_index=True)
    if len(m) == 0:
        return out
    # one call per (leg, trip, day, stop position): the closest in time
    m = m.sort_values(["leg", "trip", "day", "pos", "err"], kind="mergesort")
    m = m.drop_duplicates(["leg", "trip", "day", "pos"])
    # passages in the trip's stop order: times grow with positions
    m = m.sort_values(["leg", "trip", "day", "t"], kind="mergesort")
    g = m.groupby(["leg", "trip", "day"], sort=False)
    prev_pos = g.pos.shift()
    m["in_order"] = prev_pos.isna() | (m.pos > prev_pos)
    s = g.agg(n=("pos", "size"), in_order=("in_order", "sum"), pos0=("pos", "min"), pos1=("pos", "max"),
              err=("err", "mean")).reset_index()
    s = s[(s.in_order >= MIN_STOPS) & (s.in_order >= 0.8 * s.n)]
    if len(s) == 0:
        return out
    # the leg's stops: its passages, those within PASSAGE_SAME_S of each other counted once (the stop across
    # the street, for the other direction, is passed at the same moment)
    q = p.sort_values(["leg", "t"], kind="mergesort")
    new_stop = np.append(True, (q.leg.to_numpy()[1:] != q.leg.to_numpy()[:-1])
                         | (np.diff(q.t.to_numpy()) > PASSAGE_SAME_S))
    leg_stops = pd.Series(new_stop.astype(int)).groupby(q.leg.to_numpy()).sum()
    trip_share = s.in_order / (s.pos1 - s.pos0 + 1)
    leg_share = pd.Series(s.in_order.to_numpy() / leg_stops.reindex(s.leg).to_numpy(), index=s.index)
    timing = np.exp(-s.err / 120.0)
    s = s[leg_share >= MIN_LEG_SHARE].copy()
    trip_share, leg_share, timing = trip_share[s.index], leg_share[s.index], timing[s.index]
    s["confidence"] = np.clip((0.5 * trip_share + 0.5 * np.minimum(leg_share, 1.0)) * (0.6 + 0.4 * timing),
                              0.0, 0.95)
    s = s.sort_values(["leg", "confidence", "in_order"], ascending=[True, False, False], kind="mergesort")
    best = s.drop_duplicates("leg")
    best = best[best.confidence >= MIN_CONFIDENCE]
    if len(best) == 0:
        return out
    trip_id = trip_ids[sched["run_trip"][best.trip.to_numpy()]]
    route = trips.route_id.reindex(trip_id).to_numpy(dtype=object)
    routes = feed.routes.set_index("route_id").reindex(route)
    return pd.DataFrame({
        "trip_id": np.asarray(trip_id, dtype=object), "route_id": route,
        "route_name": routes.route_name.to_numpy(dtype=object), "route_mode": routes["mode"].to_numpy(dtype=object),
        "kind": routes["mode"].map(normalise_kind).to_numpy(dtype=object),
        "n_stops": best.in_order.to_numpy(np.int64), "time_error_s": np.round(best.err.to_numpy(float), 1),
        "confidence": np.round(best.confidence.to_numpy(float), 3)},
        index=pd.Index(best.leg.to_numpy(dtype=object), name="leg_id"))
