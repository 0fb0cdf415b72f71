"""infer_modes: legs -> legs + mode, mode_confidence, mode_source, mode_label.

Order of precedence, leg by leg:
1. ``user``: a label the user gave (a field of the legs, or a confirmed trip of the same user
   overlapping the leg in time; OpenPATH ``mode_confirm`` values are mapped to our vocabulary);
2. ``model``: the model's class when its confidence reaches ``min_confidence``;
3. ``rules``: speed bands + motion activity when the model is unsure, a motion activity that
   dominates the leg when the model's coarse class (walk / bike / motorised) differs, and the
   public-transport refinement (bus / coach / tram / metro / train / ferry) when a network is given.
"""
from pathlib import Path
from typing import Callable, Optional, Union

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError
from ..i18n import tr
from ..vocab.modes import COARSE, map_labels
from ..vocab.times import epoch_seconds
from ..trips.arrays import group_searchsorted
from ..trips.motion import MOTION
from ..trips.params import SegmentationParams
from .access import MIN_WAIT_S, NEXT_S, SPLIT_FROM, STOP_RADIUS_M, boundaries, project_stops, split_access
from .features import carried_features, check_columns, leg_features
from .model import ModeModel, default_model, load_model
from .rules import (fast_walk_override, implausible, motion_override, network_refine, phone_speed_override,
                    rule_modes, sensed_override, slow_ride_override, speed_refine, stops_dwelt_like_a_bus,
                    LINE_SHARE, SENSED_CLASS, STOPS_ONLY_CONFIDENCE)
from .transit import (TransitNetwork, line_routes, network_features, normalise_kind, project, raw_fixes, sparse_legs,
                      underground_rides)

MIN_CONFIDENCE = 0.45
OUTPUT_COLUMNS = ("mode", "mode_confidence", "mode_source", "mode_label")
#: added when a GTFS timetable is given (the matched route's name and the match's confidence, 0-1), or a network whose
#: lines name their routes (OpenStreetMap relations: the routes the leg follows, and the share of the leg along them)
TIMETABLE_COLUMNS = ("transit_route", "transit_confidence")
#: modes a timetable match may turn into the route's mode
_MOTORISED = ("car", "bus", "coach", "tram", "metro", "train", "ferry")
#: a leg taken for a bicycle (a city bus's commercial speed is a cyclist's) matched to a scheduled trip at least
#: this confidently is the route's vehicle (a bus or a tram when it also dwelt at its stops, below)
BIKE_MATCH_MIN = 0.6
#: a leg matched to a bus, coach or tram trip dwelt (``timetable.stop_dwells``) at this share of the trip's stops it
#: passed, and at ``MIN_DWELT_STOPS`` at least: a car or a bicycle following the route stops at a red light now
#: and then, not at every stop
DWELL_SHARE = 0.5
MIN_DWELT_STOPS = 2
#: ... and this share for a leg whose fixes are sparse (``transit.SPARSE_FIX_S``: a fix every 30 s), whose dwells
#: are estimated from its time near stops, less often than a dense track times them (chosen on generated studies:
#: ``bench/bench_transit.py --share-cv``)
SPARSE_DWELL_SHARE = 0.4


def resolve_model(model) -> ModeModel:
    if model is None or (isinstance(model, str) and not model.strip()):
        return default_model()
    if isinstance(model, ModeModel):
        return model
    return load_model(Path(model))


CANDIDATES = 4  # labelled trips starting before a leg's end that are tested for overlap


def _candidate_pairs(lg: pd.DataFrame, lab: pd.DataFrame) -> pd.DataFrame:
    """(leg, labelled trip) pairs of the same user where the trip is one of the CANDIDATES last
    trips starting before the leg ends: an interval join without a per-user cross product."""
    parts = []
    lab = lab.sort_values(["lab_user", "l0"], kind="mergesort")
    for user, lu in lab.groupby("lab_user", sort=False):
        legs_u = lg[lg.lab_user == user]
        if len(legs_u) == 0:
            continue
        j = np.searchsorted(lu.l0.to_numpy(), legs_u.s1.to_numpy(), side="right") - 1
        for k in range(CANDIDATES):
            jj = j - k
            ok = jj >= 0
            if not ok.any():
                break
            left = legs_u[ok].reset_index(drop=True)
            right = lu.iloc[jj[ok]].drop(columns="lab_user").reset_index(drop=True)
            parts.append(pd.concat([left, right], axis=1))
    if not parts:
        return pd.DataFrame(columns=list(lg.columns) + [c for c in lab.columns if c != "lab_user"])
    return pd.concat(parts, ignore_index=True)


def _trip_label_modes(legs: pd.DataFrame, predicted, labels: pd.DataFrame) -> pd.Series:
    """Mode from confirmed trips overlapping each leg (None where none applies).

    A trip label applies to the legs of the same user overlapping the trip by at least half of the
    leg's duration or half of the trip's (the trip with the largest overlap wins). Within one labelled trip it goes to the legs whose predicted coarse class
    matches the label's (the bus leg of walk-bus-walk), or to the longest leg when none matches.
    """
    out = pd.Series([None] * len(legs), index=legs.index, dtype=object)
    raw_out = out.copy()
    if labels is None or len(labels) == 0:
        return out, raw_out
    for col in ("start_time", "end_time", "mode_confirm"):
        check_columns(labels, (col,), tr("trip labels"))
    lab = pd.DataFrame({
        "lab_user": labels["user_id"].astype(str).to_numpy() if "user_id" in labels.columns else "",
        "l0": epoch_seconds(labels["start_time"]), "l1": epoch_seconds(labels["end_time"]),
        "lab_mode": map_labels(labels["mode_confirm"].to_numpy()).to_numpy(),
        "lab_raw": labels["mode_confirm"].to_numpy(dtype=object),
    })
    lab = lab[lab.lab_mode.notna() & np.isfinite(lab.l0) & np.isfinite(lab.l1)]
    lab["lab_row"] = np.arange(len(lab))
    if len(lab) == 0:
        return out
    lg = pd.DataFrame({
        "pos": np.arange(len(legs)),
        "lab_user": legs["user_id"].astype(str).to_numpy() if ("user_id" in legs.columns
                                                                and "user_id" in labels.columns) else "",
        "s0": epoch_seconds(legs["start_time"]), "s1": epoch_seconds(legs["end_time"]),
        "pred": np.asarray(predicted, dtype=object),
    })
    m = _candidate_pairs(lg, lab)
    overlap = np.minimum(m.s1, m.l1) - np.maximum(m.s0, m.l0)
    # half of the leg, or half of the labelled trip (a leg that spans several short labelled trips)
    dur = np.maximum(np.minimum(m.s1 - m.s0, m.l1 - m.l0), 1.0)
    m = m.assign(overlap=overlap)[overlap >= 0.5 * dur].copy()
    if len(m) == 0:
        return out
    m["dur"] = (m.s1 - m.s0).to_numpy()
    m = m.sort_values("overlap", ascending=False, kind="mergesort").drop_duplicates("pos")  # one trip per leg
    m["match"] = m.pred.map(COARSE).to_numpy() == m.lab_mode.map(COARSE).to_numpy()
    any_match = m.groupby("lab_row").match.transform("any")
    first_longest = m.index.isin(m.groupby("lab_row").dur.idxmax().to_numpy())
    take = np.where(any_match, m.match, first_longest)
    m = m[take]
    out.iloc[m.pos.to_numpy()] = m.lab_mode.to_numpy()
    raw_out.iloc[m.pos.to_numpy()] = m.lab_raw.to_numpy()
    return out, raw_out


def _untracked_like_neighbours(legs: pd.DataFrame, mode, conf, source):
    """A leg the phone did not record (``sensed_mode`` ``"untracked"``: a gap crossed at
    vehicle speed inside a trip) between two legs of the same mode in its trip (or with one
    such neighbour) was, most likely, the same ride: it takes their mode."""
    if "sensed_mode" not in legs.columns or not len(legs):
        return mode, conf, source
    gap = (legs["sensed_mode"].astype(str) == "untracked").to_numpy()
    if not gap.any():
        return mode, conf, source
    trip = legs["trip_id"].astype(str).to_numpy(dtype=object) if "trip_id" in legs.columns else \
        np.zeros(len(legs), dtype=object)
    start = pd.to_datetime(legs["start_time"], utc=True).to_numpy()
    order = np.lexsort((start, trip))
    m, g, tp = mode[order].astype(object), gap[order], trip[order]
    same_prev = np.append(False, tp[1:] == tp[:-1]) & ~np.append(False, g[:-1])
    same_next = np.append(tp[:-1] == tp[1:], False) & ~np.append(g[1:], False)
    prev_m = np.where(same_prev, np.append("", m[:-1]), "")
    next_m = np.where(same_next, np.append(m[1:], ""), "")
    take = np.where(prev_m != "", prev_m, next_m)
    agree = g & (take != "") & (take != "unknown") & ((prev_m == "") | (next_m == "") | (prev_m == next_m))
    idx = order[agree]
    mode, conf, source = mode.copy(), conf.copy(), source.copy()
    mode[idx] = take[agree]
    conf[idx] = np.minimum(conf[idx], 0.5)
    source[idx] = "rules"
    return mode, conf, source


def _segmented_waits(legs, mode, conf, source):
    """The waits at a stop the segmentation found with the stops (``sensed_mode`` ``"wait"``, ``trips.waits``):
    mode ``wait``."""
    if "sensed_mode" not in legs.columns or not len(legs):
        return mode, conf, source
    wait = (legs["sensed_mode"].astype(str) == "wait").to_numpy()
    mode, conf, source = mode.copy(), conf.copy(), source.copy()
    mode[wait], conf[wait], source[wait] = "wait", 0.9, "rules"
    return mode, conf, source


#: a walk between two legs of one trip read as the same bus or tram, within this (s) of each: the same ride
CRAWL_NEXT_S = 60.0
#: a bus standing still long enough for a stay (a jam, a timing point) splits its ride into two trips: the walks
#: ending the first trip and starting the next, the stay between them at most this long (s), are one crawl when
#: the bus rides on both sides and the crawl stopped at stop after stop. The longest wait at a stop the
#: segmentation keeps inside a trip (``SegmentationParams.wait_max_s``, 20 min).
CRAWL_HOLD_S = SegmentationParams.wait_max_s
_CRAWL_OF = ("walk", "wait")


def _crawls_in_rides(legs: pd.DataFrame, vertices: pd.DataFrame, stops) -> pd.DataFrame:
    """With stops: walks (and waits) between two legs of one trip read as the same bus or tram (one after the
    other, within ``CRAWL_NEXT_S``; a route in common when both are named), whose track stood still at
    ``STOPS_ONLY_DWELT`` stops or more and at ``STOPS_ONLY_SHARE`` of those it passed
    (``rules.stops_dwelt_like_a_bus``), are that vehicle crawling through a city centre at a walking pace:
    they take its mode (and its route). A rider who got off and walked on does not stop at the stops on the
    way, nor does a walk the phone's motion sensor saw (``sensed_mode``). The walks and waits cut out of the
    rides (``split_access``) count as well: this runs on the legs after the cut. A bus that stood still long
    enough for a stay splits the ride into two trips: the walks that end one trip and start the next, the stay
    between them at most ``CRAWL_HOLD_S`` long, are one run (the trips stay as the segmentation made them)."""
    need = {"trip_id", "start_time", "end_time", "mode"}
    if stops is None or not need <= set(legs.columns) or len(legs) < 3:
        return legs
    if not legs["mode"].isin(_CRAWL_OF).any():
        return legs
    user = legs["user_id"].astype(str).to_numpy(dtype=object) if "user_id" in legs.columns else \
        np.zeros(len(legs), dtype=object)
    trip = legs["trip_id"].astype(str).to_numpy(dtype=object)
    t0, t1 = epoch_seconds(legs["start_time"]), epoch_seconds(legs["end_time"])
    order = np.lexsort((t0, user))
    m = legs["mode"].to_numpy(dtype=object)[order]
    tp, us = trip[order], user[order]
    gap = t0[order][1:] - t1[order][:-1]
    same_trip = tp[1:] == tp[:-1]
    link = (us[1:] == us[:-1]) & ((same_trip & (np.abs(gap) <= CRAWL_NEXT_S))
                                  | (~same_trip & (gap >= -CRAWL_NEXT_S) & (gap <= CRAWL_HOLD_S)))
    soft = np.isin(m, _CRAWL_OF)
    if "mode_source" in legs.columns:   # a participant's own label stays
        soft &= legs["mode_source"].to_numpy(dtype=object)[order] != "user"
    if "sensed_mode" in legs.columns:   # so does a walk the phone's motion sensor saw
        sensed = legs["sensed_mode"].astype(str).str.lower().map(SENSED_CLASS).to_numpy(dtype=object)[order]
        soft &= sensed != "walk"
    # runs of walks and waits, each linked to the leg before it
    run_start = soft & ~np.append(False, link & soft[:-1])
    rid = np.cumsum(run_start) - 1
    rid = np.where(soft, rid, -1)
    first = np.flatnonzero(run_start)
    last = np.flatnonzero(soft & ~np.append(link & soft[1:], False))
    ok = (first > 0) & (last < len(m) - 1)
    ok &= np.append(False, link)[first] & np.append(link, False)[last]
    before, after = m[np.maximum(first - 1, 0)], m[np.minimum(last + 1, len(m) - 1)]
    ok &= np.isin(before, ["bus", "tram"]) & (before == after)
    rb = ra = None    # the routes the timetable named for the rides before and after each run
    if "transit_route" in legs.columns:
        route = legs["transit_route"].to_numpy(dtype=object)[order]
        rb, ra = route[np.maximum(first - 1, 0)], route[np.minimum(last + 1, len(m) - 1)]
        ok &= pd.isna(rb) | pd.isna(ra) | _share_a_route(rb, ra)
    if not ok.any():
        return legs
    # the track of each candidate run: the participant's fixes from its start to its end, in whatever leg
    runs = pd.DataFrame({"run": np.flatnonzero(ok), "user": user[order][first[ok]],
                         "t0": t0[order][first[ok]], "t1": t1[order][last[ok]]})
    leg_user = pd.Series(user, index=legs["leg_id"].astype(str).to_numpy(dtype=object))
    if SPLIT_FROM in legs.columns:
        src = legs[SPLIT_FROM].where(legs[SPLIT_FROM].notna(), legs["leg_id"])
        src = src.astype(str).to_numpy(dtype=object)
        leg_user = pd.concat([leg_user, pd.Series(user, index=src)])
    leg_user = leg_user[~leg_user.index.duplicated()]
    # the participant's fixes (sorted by participant and time) from each run's start to its end
    v_user = vertices["leg_id"].astype(str).map(leg_user).fillna("").to_numpy(dtype=object)
    codes, _ = pd.factorize(np.append(v_user, runs["user"].to_numpy(dtype=object)))
    vu, ru = codes[:len(vertices)], codes[len(vertices):]
    vt = epoch_seconds(vertices["time"])
    vo = np.lexsort((vt, vu))
    lo = group_searchsorted(vu[vo], vt[vo], ru, runs["t0"].to_numpy(float), side="left")
    hi = group_searchsorted(vu[vo], vt[vo], ru, runs["t1"].to_numpy(float), side="right")
    cnt = np.maximum(hi - lo, 0)
    if not cnt.sum():
        return legs
    pick = vo[np.repeat(lo, cnt) + np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)]
    run_id = np.repeat(runs["run"].astype(str).to_numpy(), cnt)
    v = vertices.iloc[pick][["lon", "lat", "time"]].assign(leg_id=run_id, _t=vt[pick])
    v = v.drop_duplicates(["leg_id", "_t"])
    # stood still at the stops: a walker passing a stop spends as long near it as a bus dwelling there
    # (``stop_visits``' 20 s within 30 m), so the stops where the track stopped (``network_features``' stop
    # episodes, slower than ``features.STOP_SPEED`` over ``features.BIN_S``) count, out of the stops passed
    net = network_features(v[["leg_id", "lon", "lat", "time"]], TransitNetwork(stops=stops[["lon", "lat"]]),
                           "leg_id").reindex(runs["run"].astype(str))
    # with fixes too sparse for stop episodes (OpenPATH's 30 s), the dwells their time near stops shows
    # (``transit.stop_visits``: measured against the run's own pace, so a walker passing stops shows none)
    stood = np.maximum(net["net_stops_distinct"].fillna(0.0).to_numpy(float),
                       net["net_stops_dwelt_sparse"].fillna(0.0).to_numpy(float))
    like = stops_dwelt_like_a_bus(stood, net["net_stops_passed"].fillna(0.0).to_numpy(float))
    take = runs["run"].to_numpy()[like]
    if not len(take):
        return legs
    hit = np.isin(rid, take) & soft
    rows = order[hit]
    out = legs.copy()
    col = out.columns.get_loc
    out.iloc[rows, col("mode")] = before[rid[hit]]
    if "mode_confidence" in out.columns:
        out.iloc[rows, col("mode_confidence")] = STOPS_ONLY_CONFIDENCE
    if "mode_source" in out.columns:
        out.iloc[rows, col("mode_source")] = "rules"
    if rb is not None:   # the route of the ride on either side (one in common when both are named)
        out.iloc[rows, col("transit_route")] = np.where(pd.isna(rb), ra, rb)[rid[hit]]
    return out


def _share_a_route(a, b) -> np.ndarray:
    """Per pair of ``transit_route`` values (strings, several routes joined by " / " when the lines name all those
    sharing a street): whether they name a route in common. Called on the few candidate runs of the crawl rule."""
    return np.array([isinstance(x, str) and isinstance(y, str) and bool(set(x.split(" / ")) & set(y.split(" / ")))
                     for x, y in zip(a, b)], dtype=bool)


def _untracked_modes(legs, vertices, network, mode, conf, source):
    """The legs the phone did not record: their neighbours' mode, or, between two metro (or train)
    stations, the ride underground (``transit.underground_rides``)."""
    mode, conf, source = _untracked_like_neighbours(legs, mode, conf, source)
    under = underground_rides(legs, vertices, network).to_numpy(dtype=object)
    hit = pd.notna(under)
    mode[hit], conf[hit], source[hit] = under[hit], 0.7, "rules"
    return mode, conf, source


def _per_leg(values, ids, index):
    """``values`` (one per row of the legs table, whose leg ids are ``ids``) for each leg of ``index``, the
    first row of a repeated id."""
    s = pd.Series(np.asarray(values), index=ids.to_numpy())
    return s[~s.index.duplicated()].reindex(index).to_numpy()


def _reach_speed(legs, ids, index):
    """Each leg's distance over its duration as the legs table gives them (the segmentation's measure, which
    joins the place left when the phone recorded nothing before the first fix), per leg of ``index``; None
    without those columns."""
    if "distance_m" not in legs.columns or "duration_s" not in legs.columns:
        return None
    dist = pd.to_numeric(legs["distance_m"], errors="coerce").to_numpy(float)
    dur = pd.to_numeric(legs["duration_s"], errors="coerce").to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        speed = np.where(dur > 0, dist / dur, np.nan)
    return _per_leg(speed, ids, index).astype(float)


def _overrides(mode, conf, source, feats, sensed, net, line_kinds, reach=None):
    """The rules after the model, in order: the phone's motion activity, its sensed mode (``sensed``, per
    leg of ``feats``, or None), its speed readings (a car's starts, a vehicle's speed on a walk), rail and
    air speeds, and the public-transport network (``net``). ``reach``: each leg's distance over its
    duration from the legs table, or None. ``source`` is set to "rules" where a rule changed the mode. Returns
    (mode, conf, (mode, conf) before the network's rules)."""
    steps = [lambda m, c: motion_override(m, c, feats)]
    if sensed is not None:
        steps.append(lambda m, c: sensed_override(m, c, sensed, feats, reach))
    steps += [lambda m, c: phone_speed_override(m, c, feats),
              lambda m, c: fast_walk_override(m, c, feats, sensed),
              lambda m, c: slow_ride_override(m, c, feats, sensed),
              lambda m, c: speed_refine(m, c, feats, reach)]
    for step in steps:
        mode, conf, changed = step(mode, conf)
        source[changed] = "rules"
    before = (np.asarray(mode, dtype=object).copy(), np.asarray(conf, dtype=float).copy())
    mode, conf, changed = network_refine(mode, conf, net, feats, line_kinds=line_kinds)
    source[changed] = "rules"
    return mode, conf, before


def infer_modes(legs: pd.DataFrame, vertices: pd.DataFrame, motion: Optional[pd.DataFrame] = None,
                labels: Optional[pd.DataFrame] = None, label_field: Optional[str] = None,
                model: Union[None, str, Path, ModeModel] = None, network: Optional[TransitNetwork] = None,
                min_confidence: float = MIN_CONFIDENCE, timetable=None, timetable_tz: Optional[str] = None,
                progress: Optional[Callable[[float], None]] = None,
                is_cancelled: Optional[Callable[[], bool]] = None) -> pd.DataFrame:
    """Return a copy of ``legs`` with ``mode``, ``mode_confidence`` (0..1), ``mode_source``
    (user / model / rules) and ``mode_label`` (the user's label as given, else None).

    ``legs``: at least ``leg_id`` (plus ``user_id``, ``start_time``, ``end_time`` for trip labels
    and motion matching). ``vertices``: ``leg_id, lon, lat, time`` (one row per vertex).
    ``motion``: motion-activity table (``user_id, time, activity``). ``labels``: confirmed trips
    (``user_id, start_time, end_time, mode_confirm``). ``label_field``: a field of ``legs`` whose
    non-empty values are user labels. ``model``: None (default model), a file path or a ModeModel.
    ``network``: a :class:`TransitNetwork` of public-transport lines and stops. ``timetable``: a GTFS
    :class:`~..ingest.gtfs.Feed` (its time zone ``timetable_tz``, default the feed's agency's): a motorised
    leg (or a confident bicycle, ``BIKE_MATCH_MIN``) matched to a scheduled trip takes the route's mode (a bus or
    tram leg must have dwelt at ``DWELL_SHARE`` of its stops, ``SPARSE_DWELL_SHARE`` with a fix every 30 s:
    ``_timetable_refine``), and the legs get
    ``transit_route`` (the route's name, None when unmatched) and ``transit_confidence`` (0-1).
    With stops (of ``network`` or ``timetable``), each public-transport leg's access walk, wait at the stop and egress
    walk become legs of their own (:func:`.access.split_access`, column ``split_from``; without stops, none is cut),
    and a walk leg holding a ride of one or two stops (or a leg that starts with one, after a wait at the stop that
    segmentation made a stay) is cut the same way (:func:`_short_rides`); with a timetable, a ride cut out of a
    longer leg that no trip matched as a whole is matched again on its own fixes (:func:`_rematch_rides`).
    """
    def check():
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(tr("cancelled"))

    check_columns(legs, ("leg_id",), tr("legs"))
    if label_field and label_field not in legs.columns:
        raise InputError(tr("the legs have no label field '{field}'").format(field=label_field),
                         field=label_field, hint=tr("Choose an existing field or leave it empty."))
    out = legs.copy()
    own_raw = pd.Series(legs[label_field].to_numpy(dtype=object), index=out.index) if label_field else None
    for col in OUTPUT_COLUMNS + (TIMETABLE_COLUMNS if timetable is not None else ()):
        if col in out.columns:
            out = out.drop(columns=col)
    if len(out) == 0:
        out = out.assign(mode=pd.Series(dtype=object), mode_confidence=pd.Series(dtype=float),
                         mode_source=pd.Series(dtype=object), mode_label=pd.Series(dtype=object))
        named = network is not None and bool(network.named_kinds)
        return _with_transit_route(out, None, None) if timetable is not None or named else out
    check_columns(vertices, ("leg_id", "lon", "lat", "time"), tr("leg vertices"))
    mdl = resolve_model(model)
    check()
    ids = out["leg_id"].astype(str)
    users = out.set_index(ids)["user_id"] if "user_id" in out.columns else None
    if users is not None:
        users = users[~users.index.duplicated()]
    leg_motion, leg_phone = carried_features(out, motion)
    feats = leg_features(vertices, "leg_id", motion=motion, leg_users=users, leg_motion=leg_motion,
                         leg_phone=leg_phone)
    if progress:
        progress(0.5)
    check()
    net = None
    if network is not None and not network.empty:
        net = network_features(vertices, network, "leg_id")
        feats = feats.join(net)
    if progress:
        progress(0.75)
    check()
    pred = _predict(out, ids, feats, net, network, mdl, min_confidence, vertices, timetable, timetable_tz)
    pred = pred.reindex(ids.to_numpy())
    mode = pred["mode"].fillna("unknown").to_numpy(dtype=object)
    conf = pred["mode_confidence"].astype(float).fillna(0.0).to_numpy()
    source = pred["mode_source"].fillna("rules").to_numpy(dtype=object)
    mode, conf, source = _untracked_modes(out, vertices, network, mode, conf, source)
    mode, conf, source = _segmented_waits(out, mode, conf, source)
    # user labels win: the trip labels table, then the legs' own field
    user_mode, user_raw = _trip_label_modes(out, mode, labels)
    if label_field:
        own = map_labels(own_raw.to_numpy())
        own.index = out.index
        user_mode = own.where(own.notna(), user_mode)
        user_raw = own_raw.where(own.notna(), user_raw)
    has_user = user_mode.notna().to_numpy()
    mode[has_user] = user_mode.to_numpy(dtype=object)[has_user]
    conf[has_user] = 1.0
    source[has_user] = "user"
    out["mode"] = mode
    out["mode_confidence"] = np.round(conf.astype(float), 3)
    out["mode_source"] = source
    # the user's own words (e.g. 'shared_ride': emissions use the carpool occupancy)
    out["mode_label"] = pd.Series(np.where(has_user, user_raw.to_numpy(dtype=object), None),
                                  index=out.index, dtype=object).map(
        lambda x: None if x is None or (isinstance(x, float) and np.isnan(x)) else str(x))
    if timetable is not None:
        # a participant's label of another mode than the matched route's: no route
        out = _with_transit_route(out, pred, has_user & (mode != pred["mode"].to_numpy(dtype=object)))
    if network is not None and network.named_kinds:
        out = _with_line_routes(out, vertices, network)
    keep = own_raw.notna().to_numpy() if label_field else None
    stops = split_stops(network, timetable)
    if stops is not None:
        # the walk to the stop, the wait there and the walk from the alighting stop as legs of their own
        out = split_access(_short_rides(out, vertices, network, stops, keep), vertices, stops, keep=keep)
        if timetable is not None:
            out = _rematch_rides(out, vertices, timetable, timetable_tz)
    out = _crawls_in_rides(out, vertices, stops)
    if progress:
        progress(1.0)
    return out


def _predict(out, ids, feats, net, network, mdl, min_confidence, vertices, timetable, timetable_tz) -> pd.DataFrame:
    """Per leg of ``feats``: ``mode``, ``mode_confidence``, ``mode_source`` from the model (the rules where it is
    unsure), the rules after it (:func:`_overrides`), and with a timetable its matches (``transit_route``,
    ``transit_confidence``: :func:`_timetable_refine`, :func:`_unmatched_road_rides`)."""
    if not len(feats):
        return pd.DataFrame(columns=["mode", "mode_confidence", "mode_source", "transit_route", "transit_confidence"])
    m_mode, m_conf = mdl.predict(feats)
    r_mode, r_conf = rule_modes(feats)
    few = feats["n_vertices"].to_numpy() < 3
    unsure = (m_conf < min_confidence) | (r_mode == "unknown") | few | implausible(m_mode, feats)
    mode = np.where(unsure, r_mode, m_mode).astype(object)
    conf = np.where(unsure, r_conf, m_conf)
    source = np.where(unsure, "rules", "model").astype(object)
    sensed = None
    if "sensed_mode" in out.columns:
        sensed = _per_leg(out["sensed_mode"].to_numpy(dtype=object), ids, feats.index)
    mode, conf, before_net = _overrides(mode, conf, source, feats, sensed, net, getattr(network, "line_kinds", ()),
                                        _reach_speed(out, ids, feats.index))
    pred = pd.DataFrame({"mode": mode, "mode_confidence": conf, "mode_source": source}, index=feats.index)
    if timetable is not None:
        pred = _timetable_refine(pred, vertices, timetable, timetable_tz)
        if net is not None:
            pred = _unmatched_road_rides(pred, before_net, feats, vertices, timetable, timetable_tz)
    return pred


def _with_line_routes(out: pd.DataFrame, vertices: pd.DataFrame, network: TransitNetwork) -> pd.DataFrame:
    """``out`` with ``transit_route`` and ``transit_confidence`` (added when missing): a leg of a kind whose lines name
    their routes (OpenStreetMap route relations), not named by the timetable, gets the routes of that kind it follows
    for ``LINE_SHARE`` of its vertices or more (:func:`.transit.line_routes`; a street several routes share names them
    all), and the share of the leg along the first."""
    out = out.copy()
    if "transit_route" not in out.columns:
        out["transit_route"] = pd.Series(None, index=out.index, dtype=object)
        out["transit_confidence"] = pd.Series(np.nan, index=out.index, dtype=float)
    mode = out["mode"].to_numpy(dtype=object)
    ids = out["leg_id"].astype(str).to_numpy(dtype=object)
    cand = np.isin(mode, network.named_kinds) & out["transit_route"].isna().to_numpy()
    if not cand.any():
        return out
    kinds = pd.Series(mode[cand], index=ids[cand])
    found = line_routes(vertices, network, kinds[~kinds.index.duplicated()], LINE_SHARE).reindex(ids)
    fill = cand & found["transit_route"].notna().to_numpy()
    out["transit_route"] = np.where(fill, found["transit_route"].to_numpy(dtype=object),
                                    out["transit_route"].to_numpy(dtype=object))
    out["transit_confidence"] = np.where(fill, found["transit_confidence"].to_numpy(dtype=float),
                                         out["transit_confidence"].to_numpy(dtype=float))
    return out


#: a walk leg holding a ride of one or two stops (:func:`_short_rides`): the ride lasts this long or more ...
SHORT_RIDE_MIN_S = 60.0
#: ... and at most this (a longer vehicle run is a leg of its own after segmentation) ...
SHORT_RIDE_MAX_S = 600.0
#: ... and covers this much track or more (a stop or two on a bus line: 300-800 m) ...
SHORT_RIDE_MIN_M = 300.0
#: ... ends this far or more from where it began (straight line; stops of a town's bus line are 250-500 m apart) ...
SHORT_RIDE_MIN_AWAY_M = 250.0
#: ... its fix-to-fix speeds' median this fast or more (20 km/h: a town cyclist's median is 15-18 km/h; a bus or
#: tram between two stops runs at 25-40 km/h; the dwell at a middle stop is less than half the ride)
SHORT_RIDE_MIN_MPS = 5.5


def _short_rides(out: pd.DataFrame, vertices: pd.DataFrame, network, stops, keep) -> pd.DataFrame:
    """``out`` with the walk legs that hold a short public-transport ride read as that ride's mode, so that
    :func:`.access.split_access` cuts them into walk, wait, ride and walk.

    A ride of one or two stops (2-3 minutes) is shorter than segmentation's ``min_leg_duration_s``: it stays inside
    the walk around it, and the walk's speeds hide it. Its mark is the wait: the track waits still at a stop for
    ``access.MIN_WAIT_S`` or more, then moves faster than anyone walks (``access.VEHICLE_MPS`` over 30 s) for
    ``SHORT_RIDE_MIN_S`` to ``SHORT_RIDE_MAX_S`` and ``SHORT_RIDE_MIN_M`` or more, faster than a cyclist (median
    ``SHORT_RIDE_MIN_MPS``), stops ``SHORT_RIDE_MIN_AWAY_M`` or more from where it boarded, within
    ``access.STOP_RADIUS_M`` of a stop, and walks on
    (:func:`.access.boundaries`). A driver does not stand at a stop first. The same ride at the start of a walk,
    bicycle or car leg sets off from the stop where the participant's walk before it ended and waited long enough for
    segmentation to make the wait a stay (:func:`_after_a_wait_at_a_stop`; the leg starts moving within
    ``access.MIN_WAIT_S``): the ride's speeds make such a leg a car's or a bicycle's, and the walk after it is lost.
    Legs a participant labelled (``keep``) are left alone.

    The ride's mode: the kind with a stop near both ends (:func:`_ride_stop_kind`); but when the ride does not
    follow a line of that kind (of ``network``) for ``LINE_SHARE`` of its fixes and follows another kind's, that
    kind (:func:`_ride_line_kind`)."""
    if not len(out):
        return out
    mode = out["mode"].to_numpy(dtype=object)
    walk = mode == "walk"
    from_stop = _after_a_wait_at_a_stop(out, vertices, stops)
    cand = walk | from_stop
    if keep is not None:
        cand &= ~np.asarray(keep, dtype=bool)
    if not cand.any():
        return out
    ids = out["leg_id"].astype(str).to_numpy(dtype=object)
    b = boundaries(vertices, pd.Index(np.unique(ids[cand])), stops)
    if not len(b):
        return out
    ride = b.t_alight - b.t_board
    # the wait inside the leg, or a leg that sets off from the stop where the participant's walk ended and waited
    waited = (b.t_board - b.t_arrive >= MIN_WAIT_S) & b.index.isin(ids[walk])
    starts = (b.t_board - b.t_start < MIN_WAIT_S) & b.index.isin(ids[from_stop])
    hit = ((waited | starts) & (b.t_alight < b.t_end) & (ride >= SHORT_RIDE_MIN_S) & (ride <= SHORT_RIDE_MAX_S)
           & (b.m_ride >= SHORT_RIDE_MIN_M) & (b.vmedian_ride >= SHORT_RIDE_MIN_MPS))
    b = b[hit.to_numpy()]
    if not len(b):
        return out
    # the vehicle went somewhere: one wrong fix out and back (a fix every 30 s, 200 m off) makes a fast run too
    away = np.hypot(b.x_alight - b.x_board, b.y_alight - b.y_board) >= SHORT_RIDE_MIN_AWAY_M
    b = b[away.to_numpy()]
    if not len(b):
        return out
    kind = _ride_stop_kind(b, stops)
    if network is not None and not network.empty and network._trees:
        kind = _ride_line_kind(vertices, b, network, kind)
    new = pd.Series(kind, index=b.index).reindex(ids).to_numpy(dtype=object)
    ok = cand & pd.notna(new)
    out = out.copy()
    out["mode"] = np.where(ok, new, mode)
    out["mode_source"] = np.where(ok, "rules", out["mode_source"].to_numpy(dtype=object))
    return out


#: the modes of a leg that may set off with a short ride from the stop where the participant waited
#: (:func:`_after_a_wait_at_a_stop`): a ride's speeds read as a car's or a bicycle's when the walk after it is short
_RIDE_FIRST_MODES = ("walk", "bike", "car")
#: ... when the walk before it ended this close to a stop or closer (segmentation ends a trip up to its
#: ``stay_radius_m`` from where the rider stood) ...
RIDE_FIRST_STOP_M = SegmentationParams.stay_radius_m
#: ... and the leg's first fix lies this close to the walk's last fix or closer (its start is taken back to the place
#: from its first fix away from it: a bus leaving the stop is 50-150 m on by then)
RIDE_FIRST_START_M = 2 * SegmentationParams.stay_radius_m


def _after_a_wait_at_a_stop(out: pd.DataFrame, vertices: pd.DataFrame, stops: pd.DataFrame) -> np.ndarray:
    """Per leg of ``out``: a walk, bicycle or car leg (``_RIDE_FIRST_MODES``) that follows the same participant's
    walk, which ended ``access.MIN_WAIT_S`` to ``access.NEXT_S`` earlier within ``RIDE_FIRST_STOP_M`` of a stop, and
    whose first fix lies within ``RIDE_FIRST_START_M`` of that walk's last fix: the participant walked to the stop and
    waited there long enough for segmentation to make the wait a stay, so the leg may begin with the ride
    (:func:`_short_rides`)."""
    from scipy.spatial import cKDTree  # here, not at import: QGIS loads the plugin without scipy

    n = len(out)
    none = np.zeros(n, dtype=bool)
    if not {"user_id", "start_time", "end_time"}.issubset(out.columns) or not len(stops):
        return none
    start, users = epoch_seconds(out["start_time"]), out["user_id"].astype(str).to_numpy()
    order = np.lexsort((start, users))
    user, mode = users[order], out["mode"].to_numpy(dtype=object)[order]
    t0, t1 = start[order], epoch_seconds(out["end_time"])[order]
    prev_ok = np.r_[False, (user[1:] == user[:-1]) & (mode[:-1] == "walk")]
    gap = t0 - np.r_[np.nan, t1[:-1]]
    with np.errstate(invalid="ignore"):
        ok = prev_ok & (gap >= MIN_WAIT_S) & (gap <= NEXT_S) & np.isin(mode, _RIDE_FIRST_MODES)
    if not ok.any():
        return none
    ids = out["leg_id"].astype(str).to_numpy()[order]
    want = pd.Index(np.unique(np.r_[ids[ok], ids[np.flatnonzero(ok) - 1]]))
    v = vertices[vertices["leg_id"].astype(str).isin(want)]
    v = v.assign(_t=epoch_seconds(v["time"]), _leg=v["leg_id"].astype(str)).sort_values(["_leg", "_t"],
                                                                                      kind="mergesort")
    sxy, lat0 = project_stops(stops)
    tree = cKDTree(sxy)
    first = v.drop_duplicates("_leg", keep="first").set_index("_leg")
    last = v.drop_duplicates("_leg", keep="last").set_index("_leg")
    this, prev = first.reindex(ids[ok]), last.reindex(ids[np.flatnonzero(ok) - 1])
    xy0 = project(prev["lon"].to_numpy(float), prev["lat"].to_numpy(float), lat0)
    xy1 = project(this["lon"].to_numpy(float), this["lat"].to_numpy(float), lat0)
    with np.errstate(invalid="ignore"):
        at_stop = tree.query(np.nan_to_num(xy0, nan=1e12))[0] <= RIDE_FIRST_STOP_M
        ok[ok] = at_stop & (np.hypot(*(xy1 - xy0).T) <= RIDE_FIRST_START_M)
    res = none.copy()
    res[order] = ok
    return res


def _ride_line_kind(vertices: pd.DataFrame, b: pd.DataFrame, network: TransitNetwork, kind: np.ndarray) -> np.ndarray:
    """``kind`` where the ride (each leg's fixes from ``b.t_board`` to ``b.t_alight``) follows no line kind for
    ``LINE_SHARE`` of its fixes or follows a line of that kind, else the kind of line it follows most."""
    t = epoch_seconds(vertices["time"])
    leg = vertices["leg_id"].astype(str)
    lo = leg.map(b.t_board).to_numpy(float)
    hi = leg.map(b.t_alight).to_numpy(float)
    ride = vertices[(t >= lo) & (t <= hi)]
    if not len(ride):
        return kind
    shares = network_features(ride, network, "leg_id").reindex(b.index.astype(str))
    cols = ["net_%s_share" % k for k in network._trees]
    best = shares[cols].fillna(0.0).to_numpy(float)
    top = best.argmax(axis=1)
    follows = best[np.arange(len(best)), top] >= LINE_SHARE
    names = np.array(list(network._trees), dtype=object)
    # the stop's kind stays when the ride follows a line of that kind too (a bus on a street with tram tracks)
    own = (names[None, :] == np.asarray(kind, dtype=object)[:, None]) & (best >= LINE_SHARE)
    return np.where(follows & pd.notna(kind) & ~own.any(axis=1), names[top], kind)


def _ride_stop_kind(b: pd.DataFrame, stops: pd.DataFrame) -> np.ndarray:
    """Per ride of ``b`` (:func:`.access.boundaries`): the kind whose stops lie nearest the boarding and the alighting
    fixes (the smallest sum of the two distances among the kinds with a stop within ``access.STOP_RADIUS_M`` of both),
    else the kind of the stop nearest the boarding; bus when the stops name no kind."""
    from scipy.spatial import cKDTree  # here, not at import: QGIS loads the plugin without scipy

    sxy, _ = project_stops(stops)     # the projection of ``boundaries``
    skind = stops["kind"].map(normalise_kind).to_numpy(dtype=object) if "kind" in stops.columns else \
        np.full(len(stops), None, dtype=object)
    skind = np.where(pd.isna(skind), "bus", skind)
    kinds = np.unique(skind)
    trees = [cKDTree(sxy[skind == k]) for k in kinds]
    # distance from each end to the nearest stop of each kind: (2, legs, kinds)
    ends = (b[["x_board", "y_board"]].to_numpy(float), b[["x_alight", "y_alight"]].to_numpy(float))
    d = np.stack([np.stack([tree.query(xy)[0] for tree in trees], axis=1) for xy in ends])
    both = (d <= STOP_RADIUS_M).all(axis=0)
    total = np.where(both, d.sum(axis=0), np.inf)
    return np.where(np.isfinite(total.min(axis=1)), kinds[total.argmin(axis=1)], kinds[d[0].argmin(axis=1)])


def split_stops(network, timetable):
    """The stops public-transport legs are cut at (those of the network, else of the GTFS feed), or None: without
    them no leg is cut."""
    stops = network.stops if network is not None and not network.empty else None
    if (stops is None or not len(stops)) and timetable is not None:
        stops = timetable.stops
    return stops if stops is not None and len(stops) else None


def _rematch_rides(out: pd.DataFrame, vertices: pd.DataFrame, feed, tz) -> pd.DataFrame:
    """``out`` (after :func:`.access.split_access`) with the rides cut out of a longer leg that no scheduled trip
    matched as a whole matched again on their own fixes (:func:`_timetable_refine`, the same conditions): a leg's walk
    to the stop and from it hid the trip's times, and a ride of a stop or two cut out of a walk (:func:`_short_rides`)
    took its mode from the kinds of the stops near its ends, a bus stop beside a metro station. Labelled legs are
    left alone."""
    if SPLIT_FROM not in out.columns or "transit_route" not in out.columns:
        return out
    ids = out["leg_id"].astype(str)
    ride = ((ids == out[SPLIT_FROM].astype(str)) & out["transit_route"].isna() & out["mode"].isin(_MOTORISED)
            & (out["mode_source"] != "user")).to_numpy()
    if not ride.any():
        return out
    rides = out[ride].set_index(ids[ride])
    v = vertices[vertices["leg_id"].astype(str).isin(rides.index).to_numpy()]
    span = rides[["start_time", "end_time"]].reindex(v["leg_id"].astype(str))
    t = epoch_seconds(v["time"])
    v = v[(t >= epoch_seconds(span["start_time"])) & (t <= epoch_seconds(span["end_time"]))]
    pred = _timetable_refine(rides[["mode", "mode_confidence", "mode_source"]], v, feed, tz)
    got = pred["transit_route"].notna().to_numpy()
    if not got.any():
        return out
    out = out.copy()
    at = np.flatnonzero(ride)[got]
    for col in ("mode", "mode_confidence", "mode_source", "transit_route", "transit_confidence"):
        out.iloc[at, out.columns.get_loc(col)] = pred[col].to_numpy()[got]
    return out


def _with_transit_route(out: pd.DataFrame, pred: Optional[pd.DataFrame], drop) -> pd.DataFrame:
    """``out`` with TIMETABLE_COLUMNS from ``pred`` (empty when None), None / NaN where ``drop``."""
    if pred is None:
        out["transit_route"] = pd.Series(dtype=object)
        out["transit_confidence"] = pd.Series(dtype=float)
        return out
    out["transit_route"] = np.where(drop, None, pred["transit_route"].to_numpy(dtype=object))
    out["transit_confidence"] = np.where(drop, np.nan, pred["transit_confidence"].astype(float).to_numpy())
    return out


#: the kinds of public transport that run in the street with the cars (:func:`_unmatched_road_rides`)
_ROAD_PT = ("bus", "coach", "tram")


def _unmatched_road_rides(pred: pd.DataFrame, before, feats: pd.DataFrame, vertices: pd.DataFrame, feed,
                          tz) -> pd.DataFrame:
    """With a timetable: a leg the network's lines made a bus, coach or tram (from a car or a bicycle), that matched no
    scheduled trip on a day the feed runs, keeps that mode only when it dwelt at ``STOPS_ONLY_SHARE`` of the stops it
    passed (one at least, :func:`.rules.stops_dwelt_like_a_bus`: a ride of a stop or two that the timetable could
    not time, a late bus; a leg too sparse to time its dwells is left alone); else it gets back the mode it had
    before the network's rules. Along a line, two stops at
    lights beside stops made a car a bus; the timetable says no bus ran there then (on the generated towns, seven in
    ten such legs were cars: they dwelt at 1 to 5 of the 8 to 29 stops they passed). ``before``: (mode, conf) per leg of ``feats`` before
    the network's rules."""
    mode = pred["mode"].to_numpy(dtype=object)
    was_mode, was_conf = before
    cand = (np.isin(mode, _ROAD_PT) & ~np.isin(was_mode, _ROAD_PT) & pred["transit_route"].isna().to_numpy())
    if not cand.any() or "net_stops_dwelt" not in feats.columns or "net_stops_passed" not in feats.columns:
        return pred
    dwelt = feats["net_stops_dwelt"].to_numpy(float)
    passed = feats["net_stops_passed"].to_numpy(float)
    cand &= ~stops_dwelt_like_a_bus(np.nan_to_num(dwelt), np.nan_to_num(passed), 1)
    if not cand.any():
        return pred
    # a leg too sparse to time its dwells (a fix every 30 s) is left alone: its dwells are estimates
    leg_ids = vertices["leg_id"].astype(str)
    mine = vertices[leg_ids.isin(pred.index[cand]).to_numpy()]
    cand &= ~pred.index.isin(sparse_legs(raw_fixes(mine)))
    if not cand.any():
        return pred
    # the feed runs that day (an out-of-date feed matches nothing: its silence says nothing)
    t = pd.Series(epoch_seconds(mine["time"])).groupby(mine["leg_id"].astype(str).to_numpy()).min()
    local = pd.to_datetime(t.reindex(pred.index.astype(str)), unit="s", utc=True).dt.tz_convert(
        tz or feed.timezone or "UTC")
    ymd = (local.dt.year * 10000 + local.dt.month * 100 + local.dt.day).to_numpy(dtype=float)
    runs = {d: len(feed.services_on(int(d))) > 0 for d in np.unique(ymd[cand & np.isfinite(ymd)])}
    cand &= np.array([runs.get(d, False) for d in ymd], dtype=bool)
    pred = pred.copy()
    pred["mode"] = np.where(cand, was_mode, mode)
    pred["mode_confidence"] = np.where(cand, was_conf, pred["mode_confidence"].to_numpy(dtype=float))
    return pred


def _timetable_refine(pred: pd.DataFrame, vertices: pd.DataFrame, feed, tz) -> pd.DataFrame:
    """Motorised legs (and legs taken for a bicycle, matched confidently) matched to a scheduled trip take the route's
    mode, name and the match's confidence; a bus or tram leg must have dwelt at the trip's stops (``DWELL_SHARE`` of
    them; ``SPARSE_DWELL_SHARE`` for a leg too sparse to time its dwells, ``transit.sparse_legs``)."""
    from .timetable import match_timetable, stop_dwells  # only with a GTFS feed: not at the plugin's start-up

    pred = pred.copy()
    motor = pred["mode"].isin(_MOTORISED).to_numpy()
    bike = (pred["mode"] == "bike").to_numpy()
    leg_ids = vertices["leg_id"].astype(str)
    match = match_timetable(vertices[leg_ids.isin(pred.index[motor | bike]).to_numpy()], feed, tz).reindex(pred.index)
    kind = match["kind"].to_numpy(dtype=object)
    # the stops the leg dwelt at (its raw track: the thinned vertices of the stop episodes miss most dwells)
    matched = vertices[leg_ids.isin(pred.index[pd.notna(kind)]).to_numpy()]
    dwelt = stop_dwells(matched, feed).reindex(pred.index).fillna(0.0).to_numpy()
    sure = match["confidence"].astype(float).fillna(0.0).to_numpy() >= BIKE_MATCH_MIN
    use = (motor | (bike & sure)) & pd.notna(kind)
    # buses, coaches and trams run in the street with the cars and the bicycles: the leg must have dwelt at their
    # stops (a ferry or a train has no car following it)
    n_stops = match["n_stops"].astype(float).fillna(0.0).to_numpy()
    sparse = pred.index.isin(sparse_legs(raw_fixes(matched)))
    share = np.where(sparse, SPARSE_DWELL_SHARE, DWELL_SHARE)
    use &= ~np.isin(kind, ["bus", "coach", "tram"]) | (dwelt >= np.maximum(MIN_DWELT_STOPS, share * n_stops))
    mode = pred["mode"].to_numpy(dtype=object).copy()
    conf = pred["mode_confidence"].to_numpy(dtype=float).copy()
    source = pred["mode_source"].to_numpy(dtype=object).copy()
    mode[use] = kind[use]
    conf[use] = match["confidence"].to_numpy(dtype=float)[use]
    source[use] = "rules"
    pred["mode"], pred["mode_confidence"], pred["mode_source"] = mode, conf, source
    pred["transit_route"] = np.where(use, match["route_name"].to_numpy(dtype=object), None)
    pred["transit_confidence"] = np.where(use, match["confidence"].to_numpy(dtype=float), np.nan)
    return pred
