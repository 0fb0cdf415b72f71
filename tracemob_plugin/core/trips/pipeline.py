"""The dwell method: e-mission's intake pipeline, from the cleaned fixes to the output tables.

The phases (each in its own module, ported from e-mission-server at commit d64f2ec4):

1. raw trips and untracked time (``dwell``: time-filter and distance-filter rules, transitions);
2. sections from the phone's motion activity (``sections``);
3. jump smoothing of each section (``smoothing``);
4. the cleaned timeline: dropped and merged trips, start extrapolation, stops, distances
   (``timeline``);
5. the tables (this module): trips are the cleaned trips; stays the places between them (the
   places around dropped trips are one); legs the cleaned sections, with e-mission's sensed mode,
   for the participants whose phone recorded motion activity, else the speed-based legs of
   ``legs.py`` inside each trip (e-mission would make one section of unknown mode); gaps the
   untracked time.
"""
import numpy as np
import pandas as pd

from ..vocab.columns import GAP_COLUMNS, LEG_COLUMNS, STAY_COLUMNS, TRIP_COLUMNS
from .arrays import make_ids
from .dwell import (bridged_gaps, departed_at_place, detect_raw_trips, merge_station_stops, trim_arrivals,
                    trim_departures)
from .legs import leg_ranges, leg_table
from .sections import ACTIVITY_TO_TYPE, TYPE_TO_ACTIVITY, UNKNOWN, segment_sections
from .smoothing import smooth_sections
from .timeline import clean_timeline


def _ts(sec):
    return pd.to_datetime(np.round(np.asarray(sec, dtype=float) * 1e9).astype(np.int64), utc=True)


def _codes(names, users):
    """Integer codes of ``users`` into the sorted ``names`` (-1 for a user without fixes)."""
    users = np.asarray(users, dtype=object)
    j = np.searchsorted(names, users)
    jc = np.minimum(j, max(len(names) - 1, 0))
    ok = (j < len(names)) & (names[jc] == users) if len(names) else np.zeros(len(users), dtype=bool)
    return np.where(ok, j, -1)


def _arrays_of_motion(motion, names):
    if motion is None or len(motion) == 0:
        e = np.array([])
        return np.array([], dtype=np.int64), e, np.array([], dtype=np.int64), e
    m = motion.assign(_u=_codes(names, motion["user_id"].astype(str).to_numpy(dtype=object)))
    m = m[m["_u"] >= 0].sort_values(["_u", "time"], kind="mergesort")
    ts = m["time"]
    ts = ts.dt.tz_localize("UTC") if ts.dt.tz is None else ts
    t = ts.astype("datetime64[ns, UTC]").astype("int64").to_numpy() / 1e9
    kind = m["activity"].astype(str).str.lower().map(ACTIVITY_TO_TYPE).fillna(UNKNOWN).to_numpy(np.int64)
    conf = (pd.to_numeric(m["confidence"], errors="coerce").to_numpy(float) if "confidence" in m.columns
            else np.full(len(m), np.nan))
    return m["_u"].to_numpy(np.int64), t, kind, conf


def _arrays_of_transitions(transitions, names):
    if transitions is None or len(transitions) == 0:
        e = np.array([])
        return np.array([], dtype=np.int64), e, e, e
    tr = transitions.assign(_u=_codes(names, transitions["user_id"].astype(str).to_numpy(dtype=object)))
    tr = tr[tr["_u"] >= 0].sort_values(["_u", "time"], kind="mergesort")
    ts = tr["time"]
    ts = ts.dt.tz_localize("UTC") if ts.dt.tz is None else ts
    t = ts.astype("datetime64[ns, UTC]").astype("int64").to_numpy() / 1e9
    return (tr["_u"].to_numpy(np.int64), t, pd.to_numeric(tr["transition"], errors="coerce").to_numpy(float),
            pd.to_numeric(tr["state"], errors="coerce").to_numpy(float))


def _not_emission(pts):
    """Per fix: it did not come from e-mission's phone app (no location filter)."""
    return (pts["location_filter"].isna().to_numpy() if "location_filter" in pts.columns
            else np.ones(len(pts), dtype=bool))


def run_dwell(fx, motion, transitions, p, step):
    """The e-mission pipeline on the cleaned fixes ``fx`` (``segmentation._Fixes``): ``(cleaned
    timeline, fixes deleted by jump smoothing)``."""
    n, t, lat, lon = fx.n, fx.t, fx.lat, fx.lon
    names = fx.users[fx.new_user]   # the users, sorted (fx.ucode indexes them)
    users = fx.ucode
    pts = fx.pts
    is_dist = (pts["location_filter"].astype(str).str.lower().to_numpy() == "distance"
               if "location_filter" in pts.columns else np.zeros(n, dtype=bool))
    late = np.zeros(n, dtype=bool)
    if "write_ts" in pts.columns:
        w = pd.to_numeric(pts["write_ts"], errors="coerce").to_numpy(float)
        late = (w - t) >= p.max_write_delay_s
    m_u, m_t, m_kind, m_conf = _arrays_of_motion(motion, names)
    tr_u, tr_t, tr_kind, tr_state = _arrays_of_transitions(transitions, names)
    # fixes that did not come from e-mission's phone app (no location filter): a logger that
    # records every 30 or 60 s exactly still ends its trips at still windows
    closed = _not_emission(pts)
    # ... and a gap it did not record may be a ride (a train, a tunnel): the trip goes on
    bridged = bridged_gaps(t, fx.x, fx.y, fx.z, fx.new_user, closed, p)
    rt = detect_raw_trips(users, t, fx.x, fx.y, fx.z, is_dist, late, m_u, m_t,
                          (tr_u, tr_t, tr_kind, tr_state), transitions is None, p, closed, bridged)
    rt = merge_station_stops(rt, users, t, fx.x, fx.y, fx.z, closed, p)
    acc = (pd.to_numeric(pts["accuracy_m"], errors="coerce").fillna(0.0).to_numpy(float)
           if "accuracy_m" in pts.columns else np.zeros(n))
    speed = (pd.to_numeric(pts["speed_mps"], errors="coerce").to_numpy(float)
             if "speed_mps" in pts.columns else None)
    rt = trim_arrivals(rt, users, t, fx.x, fx.y, fx.z, acc, closed, p, speed)
    rt = trim_departures(rt, users, t, fx.x, fx.y, fx.z, acc, closed, p)
    step(0.35)
    # the place each raw trip leaves: the previous trip's end, or its own start (first of the
    # data, or after untracked time)
    prev_last = np.append(-1, rt.last[:-1])
    new_user = np.ones(rt.n, dtype=bool)
    if rt.n > 1:
        new_user[1:] = users[rt.first[1:]] != users[rt.first[:-1]]
    place = np.where(new_user | rt.untracked_before | (prev_last < 0), rt.first, prev_last)
    sec = segment_sections(rt.first, rt.last, rt.distance_filter, users[rt.first], lat[place], lon[place], users,
                           t, lat, lon, (m_u, m_t, m_kind, m_conf), (tr_u, tr_t, tr_kind), p)
    step(0.5)
    del_sec, del_fix = smooth_sections(sec[1], sec[2], users, t, lat, lon, is_dist)
    step(0.6)
    cl = clean_timeline(users, names, t, lat, lon, rt.first, rt.last, rt.untracked_before, sec[0], sec[1],
                        sec[2], sec[3], del_sec, del_fix, p, rt.end_extra_s,
                        departed=departed_at_place(rt, users, t, fx.x, fx.y, fx.z, closed, p),
                        speed=speed)
    step(0.75)
    deleted = np.zeros(n, dtype=bool)
    deleted[del_fix] = True
    return cl, deleted


def remap_fixes(cl, keep):
    """The cleaned timeline with its fix positions into the fixes ``keep`` selects (a first fix
    that is left out moves to the next kept one, a last fix to the previous one)."""
    before = np.cumsum(keep) - 1
    nxt = lambda f: before[f] + (~keep[f]).astype(np.int64)
    prv = lambda f: np.maximum(before[f], 0)
    cl.trip_first, cl.trip_last = nxt(cl.trip_first), prv(cl.trip_last)
    cl.trip_last = np.maximum(cl.trip_last, cl.trip_first)
    cl.sec_first, cl.sec_last = nxt(cl.sec_first), prv(cl.sec_last)
    cl.sec_last = np.maximum(cl.sec_last, cl.sec_first)
    return cl


def dwell_tables(fx, cl, p):
    """The output tables of a cleaned timeline: ``(stays, trips, legs, gaps, labels)`` where
    ``labels`` are the stay, trip and leg ids of each fix."""
    t, users = fx.t, fx.users
    n = fx.n
    k = len(cl.trip_raw)
    trip_user = users[cl.trip_first] if k else np.array([], dtype=str)
    trip_ids = make_ids(trip_user, _ts(t[cl.trip_first]) if k else [], "T")
    st = _stays(fx, cl)
    stay_ids = make_ids(st["user"], _ts(st["start"]) if len(st["user"]) else [], "S")
    stays = pd.DataFrame({
        "stay_id": stay_ids, "user_id": st["user"], "start_time": _ts(st["start"]), "end_time": _ts(st["end"]),
        "duration_s": (st["end"] - st["start"]).astype(float), "is_activity": np.ones(len(st["user"]), dtype=bool),
        "lat": st["lat"], "lon": st["lon"], "n_points": st["n"].astype(np.int64)}, columns=STAY_COLUMNS)
    trips = pd.DataFrame({
        "trip_id": trip_ids, "user_id": trip_user, "start_time": _ts(cl.trip_start), "end_time": _ts(cl.trip_end),
        "duration_s": (cl.trip_end - cl.trip_start).astype(float), "distance_m": cl.trip_distance.astype(float),
        "origin_stay_id": np.where(st["before"] >= 0, stay_ids[np.maximum(st["before"], 0)] if len(stay_ids) else "", ""),
        "destination_stay_id": np.where(st["after"] >= 0, stay_ids[np.maximum(st["after"], 0)] if len(stay_ids) else "", ""),
        "n_points": (cl.trip_last - cl.trip_first + 1).astype(np.int64),
        "first_point": cl.trip_first.astype(np.int64), "last_point": cl.trip_last.astype(np.int64)},
        columns=TRIP_COLUMNS)
    legs, leg_first, leg_last = _legs(fx, cl, trip_ids, p)
    gaps = pd.DataFrame({"user_id": cl.gap_user, "start_time": _ts(cl.gap_start), "end_time": _ts(cl.gap_end),
                         "duration_s": (cl.gap_end - cl.gap_start).astype(float)}, columns=GAP_COLUMNS)
    for df_ in (stays, trips, legs, gaps):
        for c in ("start_time", "end_time"):
            df_[c] = df_[c].astype("datetime64[ns, UTC]")
    sid = np.full(n, "", dtype=object)
    if len(stay_ids):
        cnt = st["stop"] - st["first"]
        pos = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(st["first"], cnt)
        sid[pos] = np.repeat(stay_ids, cnt)
    tid = _paint(n, cl.trip_first, cl.trip_last, trip_ids)
    lid = _paint(n, leg_first, leg_last, legs["leg_id"].to_numpy(dtype=object))
    return stays, trips, legs, gaps, (sid, tid, lid)


def _paint(n, first, last, ids):
    """Id of the range each fix lies in ("" when none; a fix shared by two ranges: the later)."""
    out = np.full(n, "", dtype=object)
    if len(first):
        cnt = last - first + 1
        pos = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(first, cnt)
        out[pos] = np.repeat(np.asarray(ids, dtype=object), cnt)
    return out


def _stays(fx, cl):
    """The places between the cleaned trips of each user (the fixes between two trips, the time
    from one's end to the next one's start or to untracked time)."""
    t, users = fx.t, fx.users
    n = fx.n
    if n == 0:
        e = np.array([], dtype=np.int64)
        return {"user": np.array([], dtype=object), "start": np.array([]), "end": np.array([]), "first": e,
                "stop": e, "n": e, "lat": np.array([]), "lon": np.array([]), "before": e, "after": e}
    new_user = fx.new_user
    u_first = np.flatnonzero(new_user)
    u_last = np.append(u_first[1:], n) - 1
    ucode = fx.ucode
    k = len(cl.trip_raw)
    tu = ucode[cl.trip_first] if k else np.array([], dtype=np.int64)
    # candidate stays: before each trip (from the previous trip of the user, or the user's first
    # fix) and after each user's last trip (or the whole data of a user without trips)
    prev_same = np.zeros(k, dtype=bool)
    if k > 1:
        prev_same[1:] = tu[1:] == tu[:-1]
    prev_idx = np.arange(k) - 1
    s_first = np.where(prev_same, cl.trip_last[np.maximum(prev_idx, 0)] + 1 if k else 0, u_first[tu] if k else 0)
    s_start = np.where(prev_same, cl.trip_end[np.maximum(prev_idx, 0)] if k else 0, t[u_first[tu]] if k else 0)
    s_stop = cl.trip_first.copy()
    s_end = cl.trip_start.copy()
    s_before = np.where(prev_same, prev_idx, -1)
    s_after = np.arange(k)
    last_trip = np.ones(k, dtype=bool)
    if k > 1:
        last_trip[:-1] = tu[:-1] != tu[1:]
    lt = np.flatnonzero(last_trip)
    no_trip = np.setdiff1d(np.arange(len(u_first)), tu)
    s_first = np.concatenate([s_first, cl.trip_last[lt] + 1, u_first[no_trip]]).astype(np.int64)
    s_stop = np.concatenate([s_stop, u_last[tu[lt]] + 1, u_last[no_trip] + 1]).astype(np.int64)
    s_start = np.concatenate([s_start, cl.trip_end[lt], t[u_first[no_trip]]])
    s_end = np.concatenate([s_end, t[u_last[tu[lt]]], t[u_last[no_trip]]])
    s_before = np.concatenate([s_before, lt, np.full(len(no_trip), -1)]).astype(np.int64)
    s_after = np.concatenate([s_after, np.full(len(lt), -1), np.full(len(no_trip), -1)]).astype(np.int64)
    s_user = np.concatenate([tu, tu[lt], no_trip]).astype(np.int64)
    # untracked time cuts a place: it ends where the untracked time starts (its fixes after that
    # are in the untracked time)
    if len(cl.gap_start):
        t0 = float(t.min())
        span = float(t.max() - t0 + 1e6)
        gu = _codes(users[fx.new_user], cl.gap_user)
        gkey = gu * span + (cl.gap_start - t0)
        order = np.argsort(gkey, kind="stable")
        gkey, g_start = gkey[order], cl.gap_start[order]
        lo = np.searchsorted(gkey, s_user * span + (s_start - t0), side="left")
        hi = np.searchsorted(gkey, s_user * span + (s_end - t0), side="right")
        cut = hi > lo
        s_end = np.where(cut, g_start[np.minimum(lo, len(gkey) - 1)], s_end)
        fkey = fx.ucode * span + (t - t0)
        s_stop = np.where(cut, np.searchsorted(fkey, s_user * span + (s_end - t0), side="right"), s_stop)
    s_stop = np.maximum(s_stop, s_first)
    keep = (s_end > s_start) | (s_stop > s_first)
    order = np.lexsort((s_start, s_user))
    order = order[keep[order]]
    s_first, s_stop, s_start, s_end = s_first[order], s_stop[order], s_start[order], s_end[order]
    s_before, s_after, s_user = s_before[order], s_after[order], s_user[order]
    cnt = s_stop - s_first
    pos = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(s_first, cnt)
    code = np.repeat(np.arange(len(s_first)), cnt)
    lat = np.full(len(s_first), np.nan)
    lon = np.full(len(s_first), np.nan)
    if len(pos):
        med = pd.DataFrame({"c": code, "la": fx.lat[pos], "lo": fx.lon[pos]}).groupby("c").median()
        lat[med.index.to_numpy()] = med["la"].to_numpy()
        lon[med.index.to_numpy()] = med["lo"].to_numpy()
    # a place without fixes is where the trip before it ended (or the next one starts)
    ref = np.where(s_before >= 0, cl.trip_last[np.maximum(s_before, 0)] if k else 0,
                   cl.trip_first[np.maximum(s_after, 0)] if k else 0)
    ref = np.clip(ref, 0, n - 1)
    lat = np.where(np.isnan(lat), fx.lat[ref], lat)
    lon = np.where(np.isnan(lon), fx.lon[ref], lon)
    # the trips' origin and destination: the places kept around them
    before = np.full(k, -1, dtype=np.int64)
    after = np.full(k, -1, dtype=np.int64)
    sidx = np.arange(len(s_first))
    has_a = s_after >= 0
    before[s_after[has_a]] = sidx[has_a]   # the place before trip i is its origin
    has_b = s_before >= 0
    after[s_before[has_b]] = sidx[has_b]
    u_names = users[u_first[s_user]] if len(s_user) else np.array([], dtype=object)
    return {"user": u_names.astype(object), "start": s_start, "end": s_end, "first": s_first, "stop": s_stop,
            "n": cnt, "lat": lat, "lon": lon, "before": before, "after": after}


def _legs(fx, cl, trip_ids, p):
    """Legs: the cleaned sections of the trips where the phone sensed a way of travelling (a
    section of known mode); the speed-based legs of ``legs.py`` inside the other trips (e-mission
    would give them one section of unknown mode), with an unrecorded departure much faster than
    the rest as a leg of its own (a flight with the phone off)."""
    t, users = fx.t, fx.users
    k = len(cl.trip_raw)
    known = np.zeros(k, dtype=bool)
    if len(cl.sec_trip):
        np.logical_or.at(known, cl.sec_trip, cl.sec_mode != UNKNOWN)
    use = known[cl.sec_trip] if len(cl.sec_trip) else np.zeros(0, bool)
    st = cl.sec_trip[use]
    s0, s1 = cl.sec_start[use], cl.sec_end[use]
    tf, tl = cl.trip_first[st], cl.trip_last[st]
    t0 = t.min() if fx.n else 0.0
    span = float(t.max() - t0 + 1e6) if fx.n else 1.0
    key = fx.ucode * span + (t - t0)
    base = (fx.ucode[tf] if len(tf) else np.zeros(0, np.int64)) * span - t0
    first = np.clip(np.searchsorted(key, base + s0, side="left"), tf, tl)
    last = np.clip(np.searchsorted(key, base + s1, side="right") - 1, first, tl)
    sec_mode = np.array([TYPE_TO_ACTIVITY.get(int(m), "unknown") for m in cl.sec_mode[use]], dtype=object)
    sec_dist = cl.sec_distance[use]
    others = np.flatnonzero(~known)
    if len(others):
        lf, ll, lt, ls0, ls1, ldist, luntr = _speed_legs(fx, cl, others, p)
        first, last, st = np.concatenate([first, lf]), np.concatenate([last, ll]), np.concatenate([st, lt])
        s0, s1 = np.concatenate([s0, ls0]), np.concatenate([s1, ls1])
        sec_mode = np.concatenate([sec_mode, np.where(luntr, "untracked", "").astype(object)])
        sec_dist = np.concatenate([sec_dist, ldist])
    order = np.lexsort((s0, st))
    first, last, st, s0, s1 = first[order], last[order], st[order], s0[order], s1[order]
    sec_mode, sec_dist = sec_mode[order], sec_dist[order]
    leg_ids = make_ids(users[first], _ts(s0) if len(first) else [], "L")
    legs = leg_table(first, last, st, leg_ids, trip_ids, fx.users, t, fx.path_cum, fx.step_d, fx.dt_prev, _ts)
    if len(legs):
        legs["start_time"] = _ts(s0)
        legs["end_time"] = _ts(s1)
        legs["duration_s"] = (s1 - s0).astype(float)
        legs["distance_m"] = sec_dist.astype(float)
        with np.errstate(divide="ignore", invalid="ignore"):
            legs["speed_mean_mps"] = np.where(s1 > s0, sec_dist / (s1 - s0), np.nan)
    if len(legs):
        legs["sensed_mode"] = pd.Series(sec_mode, index=legs.index, dtype=object)
    return legs[LEG_COLUMNS], first, last


def _speed_legs(fx, cl, trips, p):
    """Legs from speeds inside the given cleaned trips' fixes (``legs.leg_ranges``): ``(first,
    last, trip, start, end, distance, untracked)`` (``untracked``: the leg is a gap the phone did not
    record, ``bridged_gaps``). The first leg starts when the trip does (extrapolated),
    the last ends when it does; a departure the phone did not record (a gap of ``gap_min_s`` after
    the place), much faster than the first leg, is a leg of its own from the last fix at the
    place."""
    t = fx.t
    cnt = cl.trip_last[trips] - cl.trip_first[trips] + 1
    occ_trip = np.repeat(trips, cnt)
    occ_pt = (np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)
              + np.repeat(cl.trip_first[trips], cnt)).astype(np.int64)
    closed = _not_emission(fx.pts)
    # inside a trip, a gap covered at a ride's speed is a leg the phone did not record, even next to
    # a still stretch (a train's station stop before the phone went silent)
    bridged = bridged_gaps(t, fx.x, fx.y, fx.z, fx.new_user, closed, p, sides=False)
    lf, ll, lt = leg_ranges(occ_pt, occ_trip, t, fx.cum, fx.ucode, fx.users, None, p, bridged, closed)
    s0, s1 = t[lf].astype(float), t[ll].astype(float)
    first_of = np.ones(len(lt), dtype=bool)
    first_of[1:] = lt[1:] != lt[:-1]
    last_of = np.ones(len(lt), dtype=bool)
    last_of[:-1] = lt[:-1] != lt[1:]
    s0 = np.where(first_of, cl.trip_start[lt], s0)
    s1 = np.where(last_of, cl.trip_end[lt], s1)
    dist = fx.path_cum[ll] - fx.path_cum[lf]
    # an unrecorded fast departure
    fl = np.flatnonzero(first_of)
    tr = lt[fl]
    f = cl.trip_first[tr]
    leave = np.maximum(f - 1, 0)
    same = (f > 0) & ~fx.new_user[f]
    lead_s = t[f] - cl.trip_start[tr]
    lead_d = np.where(same, fx.cum[f] - fx.cum[leave], 0.0)
    dur = np.maximum(t[ll[fl]] - t[lf[fl]], 1.0)
    v = (fx.cum[ll[fl]] - fx.cum[lf[fl]]) / dur
    lead = (same & (t[f] - t[leave] >= p.gap_min_s) & (lead_s >= p.min_leg_duration_s)
            & (lead_d >= p.min_leg_distance_m) & (lead_d > np.maximum(2.0 * v, p.walk_max_speed_mps) * lead_s))
    if lead.any():
        at = fl[lead]
        s0[at] = t[f[lead]]
        lf = np.insert(lf, at, leave[lead])
        ll = np.insert(ll, at, f[lead])
        lt = np.insert(lt, at, tr[lead])
        s0 = np.insert(s0, at, cl.trip_start[tr[lead]])
        s1 = np.insert(s1, at, t[f[lead]])
        dist = np.insert(dist, at, lead_d[lead])
    untracked = bridged[np.minimum(lf + 1, fx.n - 1)] & (ll > lf)
    return lf, ll, lt, s0, s1, dist, untracked
