"""Default rules: speed bands (with motion activity when the phone recorded it) and the
public-transport refinement from network proximity. Used as the fallback when a model is unsure,
and to split motorised legs into bus / tram / metro / train when a network is given.
"""
import numpy as np
import pandas as pd

from .transit import DWELT_KIND
from ..trips.motion import MISSING

# speed bands on the 85th percentile of step speeds (m/s)
WALK_MAX = 2.6      # ~9.4 km/h
BIKE_MAX = 7.5      # ~27 km/h
TRAIN_MIN = 38.0    # ~137 km/h sustained (median): faster than motorway traffic (130 km/h in France)
PLANE_MIN = 90.0    # ~325 km/h median: faster than high-speed rail
# a way of travelling the phone reported for most of a leg wins over the model's coarse class
MOTION_COVERAGE_MIN = 0.5   # share of the leg's time covered by readings of a way of travelling
MOTION_SHARE_MIN = 0.7      # share of those readings in one group (foot / cycling / vehicle)


def rule_modes(features: pd.DataFrame):
    """(mode array, confidence array) from speed bands, overridden by a dominant motion activity."""
    p85 = features["speed_p85"].to_numpy(float)
    p50 = features["speed_p50"].to_numpy(float)
    mode = np.where(p85 < WALK_MAX, "walk", np.where(p85 < BIKE_MAX, "bike", "car")).astype(object)
    mode[(p50 >= TRAIN_MIN) & (p50 < PLANE_MIN)] = "train"
    mode[p50 >= PLANE_MIN] = "plane"
    # distance from the band edges -> confidence 0.4 .. 0.75
    edge = np.minimum(np.abs(np.log(np.maximum(p85, 0.05) / WALK_MAX)),
                      np.abs(np.log(np.maximum(p85, 0.05) / BIKE_MAX)))
    conf = 0.4 + 0.35 * np.clip(edge / 0.5, 0.0, 1.0)
    if "motion_foot" in features.columns:
        shares = np.column_stack([features[c].to_numpy(float) for c in
                                  ("motion_foot", "motion_cycling", "motion_vehicle")])
        has = shares[:, 0] >= 0
        best = np.argmax(np.where(has[:, None], shares, -1), axis=1)
        top = shares[np.arange(len(best)), best]
        dominant = has & (top >= 0.5)
        motion_mode = np.array(["walk", "bike", "car"], dtype=object)[best]
        # a vehicle reading at train/plane speed stays train/plane; readings over a small part
        # of the leg, or of a way of travelling its speeds rule out, do not decide
        keep_fast = np.isin(mode, ["train", "plane"]) & (motion_mode == "car")
        use = dominant & ~keep_fast & ~implausible(motion_mode, features)
        if "motion_coverage" in features.columns:
            use &= features["motion_coverage"].to_numpy(float) >= MOTION_COVERAGE_MIN
        mode[use] = motion_mode[use]
        conf[use] = np.maximum(conf[use], np.clip(0.5 + 0.4 * top[use], 0.0, 0.9))
    invalid = (features["duration_s"].to_numpy(float) <= 0) | (features["distance_m"].to_numpy(float) <= 0)
    mode[invalid] = "unknown"
    conf[invalid] = 0.0
    return mode, conf


_COARSE_OF = {"walk": "walk", "bike": "bike", "ebike": "bike", "escooter": "bike"}


def motion_override(mode, conf, features: pd.DataFrame):
    """Walk / bike / car from a dominant motion activity (at least ``MOTION_SHARE_MIN`` of a
    leg covered at least ``MOTION_COVERAGE_MIN`` by readings) where the model's coarse class
    differs, unless the speeds rule it out (:func:`implausible`) or the leg is a train or a
    plane. The phone's activity recognition sees the body's movement, which speeds on legs with
    imperfect boundaries or noisy fixes do not. Returns (mode, conf, changed mask)."""
    mode = np.asarray(mode, dtype=object).copy()
    conf = np.asarray(conf, dtype=float).copy()
    if "motion_foot" not in features.columns or len(mode) == 0:
        return mode, conf, np.zeros(len(mode), dtype=bool)
    shares = np.column_stack([features[c].to_numpy(float) for c in
                              ("motion_foot", "motion_cycling", "motion_vehicle")])
    best = np.argmax(shares, axis=1)
    moving = np.clip(shares, 0.0, None).sum(axis=1)
    # 'still' readings (a stop at a light, in a traffic jam) tell no way of travelling
    top = shares[np.arange(len(best)), best] / np.where(moving > 0, moving, 1.0)
    motion_mode = np.array(["walk", "bike", "car"], dtype=object)[best]
    current = np.array([_COARSE_OF.get(m, "car") for m in mode], dtype=object)
    changed = (_motion_covered(features) & (top >= MOTION_SHARE_MIN) & (motion_mode != current)
               & ~np.isin(mode, ["train", "plane", "unknown"]) & ~implausible(motion_mode, features))
    mode[changed] = motion_mode[changed]
    conf[changed] = np.clip(0.5 + 0.4 * top[changed], 0.0, 0.9)
    return mode, conf, changed


#: the coarse class of e-mission's sensed modes (a leg's ``sensed_mode``, set by the dwell method
#: from the phone's motion activity, e-mission's section segmentation)
SENSED_CLASS = {"walking": "walk", "on_foot": "walk", "running": "walk", "cycling": "bike",
                "in_vehicle": "car", "air_or_hsr": "air"}


def _at_plane_speed(reach_speed, n):
    """Per leg: its own distance over its duration (``reach_speed``, m/s, or None: no leg) reaches
    ``PLANE_MIN``."""
    if reach_speed is None or not n:
        return np.zeros(n, dtype=bool)
    return np.nan_to_num(np.asarray(reach_speed, dtype=float), nan=0.0) >= PLANE_MIN


def sensed_override(mode, conf, sensed, features: pd.DataFrame, reach_speed=None):
    """The way of travelling the phone sensed for a leg (its ``sensed_mode``: e-mission's section
    segmentation of the motion activity, which also sets the leg's boundaries) decides its coarse
    class: walk, bike, or motorised (the model's motorised mode is kept, car otherwise; air or
    high-speed rail is train or plane by speed). Unknown keeps the model's mode.

    ``reach_speed`` (m/s, per leg, or None): the leg's own distance over its duration, as the
    segmentation measured them. An air-or-rail leg that covers its distance at ``PLANE_MIN`` or more
    is a plane even when its fixes are slow: the flight was made with the phone off, and the leg
    joins the place left to the fixes after landing (no train averages 325 km/h). Returns (mode,
    conf, changed mask)."""
    mode = np.asarray(mode, dtype=object).copy()
    conf = np.asarray(conf, dtype=float).copy()
    want = np.array([SENSED_CLASS.get(str(s).lower(), "") if isinstance(s, str) else "" for s in sensed],
                    dtype=object)
    coarse = np.array([_COARSE_OF.get(m, "car" if m not in ("unknown", "") else "unknown") for m in mode],
                      dtype=object)
    p50 = features["speed_p50"].to_numpy(float) if len(mode) else np.zeros(0)
    air = want == "air"
    fast = np.where(p50 >= PLANE_MIN, "plane", "train")
    flown = air & _at_plane_speed(reach_speed, len(mode))
    target = np.where(air, np.where(np.isin(mode, ["train", "plane"]) & ~flown, mode,
                                    np.where(flown, "plane", fast)),
                      np.where(want == "car", np.where(coarse == "car", mode, "car"), want))
    target = np.where((want == "bike") & (coarse == "bike"), mode, target)
    changed = (want != "") & (target != mode)
    mode[changed] = target[changed]
    conf[changed] = np.maximum(np.minimum(conf[changed], 0.8), 0.6)
    return mode, conf, changed


# the phone's own speed readings (``trips.phone_speed``), where a leg has them
PHONE_CAR_ACC = 0.65     # m/s², 90th percentile of the speed change per second: starts and stops of a car
PHONE_CAR_MIN = 5.0      # m/s, 95th percentile of the readings: ... that also drives faster than a jog
# ... or gentler starts at a car's cruising speed: a car on wider streets (fewer lights, 30-50 km/h between them)
# starts at 0.45-0.6 m/s² by these readings, a bicycle at 0.3-0.4 m/s², and few bicycles keep 31 km/h for 5 % of
# a ride (the real e-mission bicycles with readings: 5.4-7.2 m/s). Chosen on simulated studies (generated town seeds
# 1 and 2, sample network seed 3) by the mean of car and bicycle recall; scored on seven others
# (``bench/bench_modes.py --cruise-rule``)
PHONE_CAR_ACC_FAST = 0.45   # m/s²
PHONE_CAR_FAST = 8.5        # m/s
# ... or a car that cruises for most of its moving time (a wide street, a green wave): its starts and brakes
# fill less than a tenth of the readings, and the 90th percentile misses them. The 95th percentile
# (``phone_acc_p95``) sees them; a bicycle's gentle starts stay under it. Chosen with the cruising-speed rule's
# studies (``bench/bench_modes.py --starts-rule``), scored on the same seven others
PHONE_CAR_ACC_P95 = 0.70    # m/s²
PHONE_CAR_STARTS_MIN = 7.5  # m/s
# ... and that drives above 14.4 km/h for most of its moving time (``phone_fast_share``), as a cruising car does
# (set, not chosen): a walk to a stop and a short bus ride that the segmentation left in one leg has the bus's
# starts, but walks for most of its time
PHONE_CAR_STARTS_FAST_SHARE = 0.5


def phone_speed_override(mode, conf, features: pd.DataFrame):
    """A walk or bike leg that starts and brakes like a car, by the phone's own speed readings (90th
    percentile of the speed change ``PHONE_CAR_ACC`` m/s² or more over a few seconds) and drives
    faster than ``PHONE_CAR_MIN`` (95th percentile), or starts more gently (``PHONE_CAR_ACC_FAST``) but
    reaches ``PHONE_CAR_FAST`` (31 km/h), or whose fewer starts reach ``PHONE_CAR_ACC_P95`` at the 95th
    percentile at ``PHONE_CAR_STARTS_MIN`` (27 km/h) or more, is a car: a city-centre car between lights is no
    faster than a bicycle on average, but no bicycle starts like it. Speeds from successive positions
    add GPS noise up; the phone's readings do not. Legs without readings keep their mode. Returns
    (mode, conf, changed mask)."""
    mode = np.asarray(mode, dtype=object).copy()
    conf = np.asarray(conf, dtype=float).copy()
    if "phone_acc_p90" not in features.columns or len(mode) == 0:
        return mode, conf, np.zeros(len(mode), dtype=bool)
    p95 = features["phone_speed_p95"].to_numpy(float)
    acc = features["phone_acc_p90"].to_numpy(float)
    # a legs layer written before the 95th percentile existed has the others
    acc95 = features["phone_acc_p95"].to_numpy(float) if "phone_acc_p95" in features.columns \
        else np.full(len(mode), MISSING)
    fast = features["phone_fast_share"].to_numpy(float) if "phone_fast_share" in features.columns \
        else np.full(len(mode), MISSING)
    car = (((acc >= PHONE_CAR_ACC) & (p95 >= PHONE_CAR_MIN))
           | ((acc >= PHONE_CAR_ACC_FAST) & (p95 >= PHONE_CAR_FAST))
           | ((acc95 >= PHONE_CAR_ACC_P95) & (p95 >= PHONE_CAR_STARTS_MIN) & (fast >= PHONE_CAR_STARTS_FAST_SHARE))) \
        & np.isin(mode, ["walk", "bike", "ebike", "escooter"])
    mode[car] = "car"
    conf[car] = np.clip(conf[car], 0.6, 0.8)
    return mode, conf, car


# a leg read as a walk whose phone reports FAST_MPS (14.4 km/h) or more for this share of its moving time
# (``phone_fast_share``) rides something: a city-centre car between its stops, as slow on average as a walk
# by its positions. Chosen on one simulated study (seed 3) by the mean F1 of walk, bicycle and motorised time
# (flat from 0.25 to 0.40), scored on five others (``bench/bench_modes.py --fast-rule``); the real e-mission
# walks with readings reach 0.25 in spikes (15 sections, at least 5 readings each)
PHONE_FAST_SHARE = 0.30


def fast_walk_override(mode, conf, features: pd.DataFrame, sensed=None, share_min=None):
    """A walk leg whose phone reads a vehicle's speed for ``share_min`` (default ``PHONE_FAST_SHARE``) of
    its moving time or more (``phone_fast_share``) is a car, or a bicycle when the phone's acceleration is
    measured and gentle (below ``PHONE_CAR_ACC_FAST``, as bicycles start). The phone's motion activity,
    where readings of a way of travelling cover ``MOTION_COVERAGE_MIN`` of the leg (as for
    ``motion_override``; 'still' readings, which phones also give in a queue, tell none), or its sensed
    mode, outranks the speed readings: legs with them keep their mode. Returns (mode, conf, changed mask)."""
    mode = np.asarray(mode, dtype=object).copy()
    conf = np.asarray(conf, dtype=float).copy()
    if "phone_fast_share" not in features.columns or len(mode) == 0:
        return mode, conf, np.zeros(len(mode), dtype=bool)
    share_min = PHONE_FAST_SHARE if share_min is None else share_min
    fast = features["phone_fast_share"].to_numpy(float) >= share_min
    changed = fast & (mode == "walk") & ~_motion_seen(features, sensed)
    acc = features["phone_acc_p90"].to_numpy(float) if "phone_acc_p90" in features.columns \
        else np.full(len(mode), -1.0)
    gentle = (acc >= 0) & (acc < PHONE_CAR_ACC_FAST)
    mode[changed] = np.where(gentle[changed], "bike", "car")
    conf[changed] = np.clip(conf[changed], 0.5, 0.7)
    return mode, conf, changed


# a leg read as a bicycle or a car whose phone's speed readings stay at a walking pace (their time-weighted
# 95th percentile ``phone_speed_p95`` below this) is a walk: GPS noise on positions a few metres apart adds up
# to a cyclist's speed, the phone's own readings do not. Chosen on one simulated study (seed 3) by the mean F1
# of walk, bicycle and motorised time (flat from 2.2 to 3.5 m/s, the lowest kept), scored on five others
# (``bench/bench_modes.py --slow-rule``); no real e-mission car with readings is under 11.9 m/s
PHONE_WALK_P95 = 2.6


def slow_ride_override(mode, conf, features: pd.DataFrame, sensed=None, p95_max=None):
    """A bicycle or car leg whose phone reads a walking pace (``phone_speed_p95`` below ``p95_max``,
    default ``PHONE_WALK_P95``) is a walk. As for :func:`fast_walk_override`, the phone's motion activity
    or sensed mode outranks the readings, and a leg without readings keeps its mode. Returns (mode, conf,
    changed mask)."""
    mode = np.asarray(mode, dtype=object).copy()
    conf = np.asarray(conf, dtype=float).copy()
    if "phone_speed_p95" not in features.columns or len(mode) == 0:
        return mode, conf, np.zeros(len(mode), dtype=bool)
    p95_max = PHONE_WALK_P95 if p95_max is None else p95_max
    p95 = features["phone_speed_p95"].to_numpy(float)
    changed = (p95 >= 0) & (p95 < p95_max) & np.isin(mode, ["bike", "ebike", "escooter", "car"]) \
        & ~_motion_seen(features, sensed)
    mode[changed] = "walk"
    conf[changed] = np.clip(conf[changed], 0.5, 0.7)
    return mode, conf, changed


def _motion_covered(features: pd.DataFrame):
    """Per leg: readings of a way of travelling (foot, cycling, vehicle; not 'still') cover at least
    ``MOTION_COVERAGE_MIN`` of it."""
    cols = ("motion_coverage", "motion_foot", "motion_cycling", "motion_vehicle")
    if not all(c in features.columns for c in cols):
        return np.zeros(len(features), dtype=bool)
    moving = np.clip(features[list(cols[1:])].to_numpy(float), 0.0, None).sum(axis=1)
    return features["motion_coverage"].to_numpy(float) * moving >= MOTION_COVERAGE_MIN


def _motion_seen(features: pd.DataFrame, sensed=None):
    """Per leg: the phone's motion activity covers it (``_motion_covered``), or it has a sensed mode
    (e-mission's sections): the speed-reading rules leave it alone."""
    seen = _motion_covered(features)
    if sensed is not None:
        seen |= np.nan_to_num(pd.Series(sensed, dtype=object).str.len().to_numpy(dtype=float)) > 0
    return seen


def speed_refine(mode, conf, features: pd.DataFrame, reach_speed=None):
    """Car or plane legs at sustained rail speed (median 137-325 km/h) -> 'train'; car or train
    legs at aircraft speed -> 'plane'. A leg whose own distance over its duration (``reach_speed``,
    see :func:`sensed_override`) is a plane's stays a plane. Returns (mode, conf, changed mask)."""
    mode = np.asarray(mode, dtype=object).copy()
    conf = np.asarray(conf, dtype=float).copy()
    p50 = features["speed_p50"].to_numpy(float)
    flown = _at_plane_speed(reach_speed, len(mode))
    train = (np.isin(mode, ["car", "plane"]) & (p50 >= TRAIN_MIN) & (p50 < PLANE_MIN)
             & ~((mode == "plane") & flown))
    plane = np.isin(mode, ["car", "train"]) & (p50 >= PLANE_MIN)
    mode[train] = "train"
    mode[plane] = "plane"
    changed = train | plane
    conf[changed] = np.minimum(conf[changed], 0.7)
    return mode, conf, changed


def implausible(mode, features: pd.DataFrame) -> np.ndarray:
    """Model classes that the speeds rule out physically: a bike leg never faster than 7 km/h
    (95th percentile), a walk sustained above 14 km/h (median)."""
    mode = np.asarray(mode, dtype=object)
    p50 = features["speed_p50"].to_numpy(float)
    p95 = features["speed_p95"].to_numpy(float)
    cycle = np.isin(mode, ["bike", "ebike", "escooter"])
    return (cycle & (p95 < 2.0)) | ((mode == "walk") & (p50 > 4.0))


# network refinement thresholds
LINE_SHARE = 0.7      # share of vertices near a line of that kind
RAIL_SHARE = 0.7
# stops alone (no line recognised): a motorised leg, or one taken for a bicycle (a city bus's commercial speed is a
# cyclist's), that dwelt (``transit.stop_visits``: 20 s within 30 m, on its raw track) at this many stops or more
# (fewer for rail stations: nobody rides the metro or the train for one station), and at this share of the stops it
# passed, is public transport. On the simulated riders (``bench_transit.py``, seed 5) the buses dwelt at 0.53-0.89
# of the stops they passed (10th-90th percentile: skipped stops, red lights), the cars at 0-0.14.
STOPS_ONLY_DWELT = 3
STOPS_ONLY_DWELT_RAIL = 2
STOPS_ONLY_SHARE = 0.4
#: a ride from one stop to the next, or over one stop between: the stops it passes (boarding and alighting
#: stops included) when one stop at a stop is enough for a leg along a line (``network_refine``)
SHORT_RIDE_STOPS = 3
STOPS_ONLY_FROM = ("car", "bike", "ebike", "escooter")
#: ... their line share for the confidence (0.5 + 0.4 x this: 0.62, no line confirms the route)
STOPS_ONLY_SHARE_SCORE = 0.3
STOPS_ONLY_CONFIDENCE = 0.5 + 0.4 * STOPS_ONLY_SHARE_SCORE
# with lines given too, a leg the stops-alone rule makes a metro or train must follow a line of that kind for at
# least this share of its vertices (half of RAIL_SHARE: its walk to or from the station may be in the same leg)
STOPS_WITH_LINES_RAIL_SHARE = 0.5 * RAIL_SHARE
# a leg along a ferry line (``LINE_SHARE`` of it) is a ferry whatever road or cycling mode its speeds gave, but not a
# walk (the quay, the pier), a rail mode, or a leg too short to tell (unknown): a boat on water has no road and no bus
# stop to make, and a slow river shuttle (10-15 km/h) is read as a bicycle by its speeds
FERRY_FROM = ("car", "bus", "coach", "motorcycle", "bike", "ebike", "escooter")


def network_refine(mode, conf, net: pd.DataFrame, features: pd.DataFrame, line_kinds=()):
    """Split road-motorised legs (mode 'car') into bus / coach / tram / metro / train with the network, and legs
    along a ferry line into ferries.

    Rail: most vertices within the rail buffer and farther from roads' bus lines. Bus / coach / tram: most
    vertices along the line and stops at stops (at least two, or every stop at a stop when the leg passed
    ``SHORT_RIDE_STOPS`` stops or fewer, or dwelt at ``STOPS_ONLY_SHARE`` of those it passed, as
    :func:`stops_dwelt_like_a_bus`); a leg along both a bus and a coach line is the one it follows more (the
    bus on a tie). Ferry: most vertices along a ferry line, no stop needed (:data:`FERRY_FROM`). A leg no
    line claims, when the network has stops: :func:`_stops_alone` (with lines too: a ride with a long walk in
    the same leg follows its line for too small a share of its vertices, but it still dwelt at station after
    station; a metro or train ride must then follow a line of its kind for ``STOPS_WITH_LINES_RAIL_SHARE`` of
    its vertices when ``line_kinds``, the kinds the network has lines of, include it). Returns (mode, conf,
    changed mask)."""
    mode = np.asarray(mode, dtype=object).copy()
    conf = np.asarray(conf, dtype=float).copy()
    changed = np.zeros(len(mode), dtype=bool)
    if net is None or len(net) == 0:
        return mode, conf, changed
    n = net.reindex(features.index)
    n = n.fillna({c: 0.0 for c in n.columns if n[c].dtype.kind == "f"})
    share = {k: (n["net_%s_share" % k].to_numpy(float) if "net_%s_share" % k in n.columns else np.zeros(len(n)))
             for k in ("bus", "coach", "tram", "metro", "train", "ferry")}
    stops = n["net_stops"].to_numpy(float)
    at_stops = n["net_stops_at_stops"].to_numpy(float)
    motor = np.isin(mode, ["car", "train", "metro", "tram", "bus", "coach", "ferry"])
    # one stop, at a stop, is enough for a short ride (``SHORT_RIDE_STOPS`` stops passed); over a longer one a
    # bus also dwelt at a share of the stops it passed (a car that stopped once, at a light next to a stop,
    # passed the others by)
    few = (at_stops >= 1) & (at_stops >= 0.5 * stops)
    if "net_stops_dwelt" in n.columns and "net_stops_passed" in n.columns:
        passed = n["net_stops_passed"].to_numpy(float)
        dwelt = n["net_stops_dwelt"].to_numpy(float)
        few &= (passed <= SHORT_RIDE_STOPS) | stops_dwelt_like_a_bus(dwelt, passed, 1)
    stops_ok = (at_stops >= 2) | few
    cand = np.full(len(mode), None, dtype=object)
    best_share = np.zeros(len(mode))
    road = np.where(share["coach"] > share["bus"], "coach", "bus")
    road_share = np.maximum(share["bus"], share["coach"])
    # the kind of most stops the leg dwelt at, when the stops have kinds (OpenStreetMap, a stops layer's field)
    dwelt_kind = n[DWELT_KIND].to_numpy(dtype=object) if DWELT_KIND in n.columns else \
        np.full(len(n), None, dtype=object)
    # rail kinds first (a rail line alongside a road is rarer than a bus line on it)
    for kind in ("train", "metro", "tram"):
        ok = motor & (share[kind] >= RAIL_SHARE) & (share[kind] > best_share)
        if kind == "tram":  # trams run in streets: require stops at stops like a bus
            ok &= stops_ok
            # a bus on a street it shares with a tram line, that dwelt at bus stops, is that bus
            ok &= ~(np.isin(dwelt_kind, ["bus", "coach"]) & (road_share >= LINE_SHARE))
        cand[ok] = kind
        best_share[ok] = share[kind][ok]
    bus = motor & (cand == None) & (road_share >= LINE_SHARE) & stops_ok  # noqa: E711
    cand[bus] = road[bus]
    best_share[bus] = road_share[bus]
    # a boat over water: no road, no rail; along the ferry line more than along any other
    ferry = (np.isin(mode, FERRY_FROM + ("ferry",)) & (share["ferry"] >= LINE_SHARE)
             & (share["ferry"] > np.maximum(best_share, np.maximum(share["bus"], share["coach"]))))
    cand[ferry] = "ferry"
    best_share[ferry] = share["ferry"][ferry]
    if "net_stops_dwelt" in n.columns:
        cand, best_share = _stops_alone(mode, cand, best_share, n, share, line_kinds)
    changed = (cand != None) & (cand != mode)  # noqa: E711
    mode[changed] = cand[changed]
    conf[changed] = np.clip(0.5 + 0.4 * best_share[changed], 0.0, 0.9)
    return mode, conf, changed


def stops_dwelt_like_a_bus(dwelt, passed, need=STOPS_ONLY_DWELT):
    """Per leg: its track dwelt at ``need`` stops or more (``STOPS_ONLY_DWELT``) and at ``STOPS_ONLY_SHARE``
    of the stops it passed, as a bus or a tram does (a car or a bicycle passes them by)."""
    dwelt = np.asarray(dwelt, dtype=float)
    return (dwelt >= need) & (dwelt >= STOPS_ONLY_SHARE * np.asarray(passed, dtype=float))


def _stops_alone(mode, cand, best_share, n: pd.DataFrame, share=None, line_kinds=()):
    """Stops without lines: a leg of ``STOPS_ONLY_FROM`` that dwelt at ``STOPS_ONLY_DWELT`` stops or more
    (``STOPS_ONLY_DWELT_RAIL`` metro or train stations) and at ``STOPS_ONLY_SHARE`` of the stops it passed is the kind
    of most stops it dwelt at (a bus when the stops have no kind), with confidence 0.62: no line confirms the
    route."""
    cand, best_share = cand.copy(), best_share.copy()
    dwelt = n["net_stops_dwelt"].to_numpy(float)
    passed = n["net_stops_passed"].to_numpy(float)
    kind = n[DWELT_KIND].to_numpy(dtype=object) if DWELT_KIND in n.columns else np.full(len(n), None, dtype=object)
    kind = np.where(pd.notna(kind), kind, "bus").astype(object)
    # a ferry line has few piers (two for a crossing): like the rail stations
    need = np.where(np.isin(kind, ["metro", "train", "ferry"]), STOPS_ONLY_DWELT_RAIL, STOPS_ONLY_DWELT)
    pt = np.isin(mode, STOPS_ONLY_FROM) & (cand == None)  # noqa: E711
    pt &= stops_dwelt_like_a_bus(dwelt, passed, need)
    for k in ("metro", "train"):
        # lines of that kind given too: the ride still follows one for part of the leg (a car that stopped twice
        # near stations, on a road across the line, does not)
        if share is not None and k in line_kinds:
            pt &= ~((kind == k) & (share[k] < STOPS_WITH_LINES_RAIL_SHARE))
    cand[pt] = kind[pt]
    best_share[pt] = STOPS_ONLY_SHARE_SCORE
    return cand, best_share
