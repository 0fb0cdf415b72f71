"""Points -> stays, trips and legs (vectorised numpy/pandas, no loop over points).

Pipeline (see docs/ARCHITECTURE.md for the column contracts):

1. **Cleaning** (:func:`clean_points`): invalid coordinates, accuracy filter, exact and near
   duplicates, physically impossible speed jumps (spikes that go and come back, or points reached
   and left faster than any vehicle).
2. **Stays**, three methods (``SegmentationParams.stay_method``):

   - ``"dwell"`` (default): e-mission's trip-end rule. A trip ends at a fix when the fixes of the
     last ``stay_min_duration_s`` (and the last ``dwell_min_points`` fixes) all lie within
     ``stay_radius_m`` of it, or at a long gap without movement; the end is put in the middle of
     that still window as e-mission does, and the next trip starts at the first fix that moves a
     radius away or comes after a pause. The start -> next-start map is computed for every fix at
     once and walked with pointer doubling.
   - ``"window"``: union of the still windows that start (or end) at each fix; stays start at
     the arrival.
   - ``"sliding"``: trackintel's anchor chain, exactly (:meth:`SegmentationParams.trackintel`).

   The "first fix farther than the radius" of every fix is found without any loop over fixes:
   a band check on contiguous slices, then a search in a tree of bounding spheres (aligned
   blocks of 2^k fixes, in 3-D sphere coordinates so that the test is exact for great-circle
   distances); chains are read with pointer doubling.
3. **Gap rule**: a long gap without movement (phones stop recording when still) belongs to the
   stay around it, so overnight stays are kept; a long gap with movement that the phone did not
   see (no motion reading during it, or no motion data at all) is *untracked time* (``gaps``):
   it is never counted as stay time and no trip is drawn through it. A gap with movement and
   motion readings (a tunnel, an underground train) stays inside its trip.
4. **Trips** run between activity stays (``is_activity``: duration >= ``activity_min_duration_s``;
   every dwell stay is one); shorter stays (waiting for a bus) stay inside the trip. Trips that
   never leave the place (``min_trip_extent_m``) or are too short (``min_trip_distance_m``) are
   dropped and the stays around them merged. The start of a trip is moved back from its first
   fix to the departure (distance to the place left at the first leg's median speed).
5. **Legs**: each trip is cut where the travel mode changes, from the speed profile (walking
   speeds against vehicle speeds) and, when given, the phone's motion activity readings, read as
   e-mission's section segmentation does: readings below ``motion_min_confidence`` and those
   naming no way of travelling (still, tilting, unknown) are ignored, and between two readings
   the faster of the two holds (waiting in a stopped train is the train) unless a fresh walking
   reading and a walking pace agree. Legs too short in time or distance are merged into their
   neighbours, with lower minimums for walks the phone saw (transfer walks). A departure the
   phone did not record, much faster than the first leg (a flight), is a leg of its own.

Ids are strings built from the user and the UTC start time (``<user>_S|T|L_YYYYmmddTHHMMSSZ``),
so the same input always gives the same ids.
"""
import math
from dataclasses import dataclass, field, fields
from typing import Callable, Dict, Optional

import numpy as np
import pandas as pd

from ..errors import InputError, Steps
from ..geometry import EARTH_RADIUS_M
from ..i18n import tr
from ..vocab.times import epoch_seconds

POINT_COLUMNS = ["user_id", "time", "lat", "lon", "accuracy_m", "speed_mps", "source_file"]
STAY_COLUMNS = ["stay_id", "user_id", "start_time", "end_time", "duration_s", "is_activity", "lat",
                "lon", "n_points"]
TRIP_COLUMNS = ["trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m",
                "origin_stay_id", "destination_stay_id", "n_points", "first_point", "last_point"]
LEG_COLUMNS = ["leg_id", "trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m",
               "n_points", "speed_mean_mps", "speed_median_mps", "speed_p85_mps", "speed_max_mps",
               "first_point", "last_point"]
GAP_COLUMNS = ["user_id", "start_time", "end_time", "duration_s"]

# leg classes used internally (speed bands and motion activity)
_FOOT, _BIKE, _VEHICLE = 0, 1, 2
_MOTION_CLASS = {"walking": _FOOT, "running": _FOOT, "on_foot": _FOOT, "cycling": _BIKE,
                 "in_vehicle": _VEHICLE}


# The text-valued parameters and their allowed values (the Processing glue offers them as choices).
PARAM_CHOICES = {
    "stay_method": ("dwell", "window", "sliding"),
    "stay_window": ("forward", "backward", "both"),
    "dwell_gap_end": ("latest", "emission", "arrival"),
}


@dataclass
class SegmentationParams:
    """Every threshold of :func:`segment`. Units are in the names (m, s, m/s).

    The defaults follow e-mission's trip-end detection (a 100 m circle held for 5 minutes,
    gaps of 10 minutes without movement end a trip) and trackintel's sliding staypoints.
    :meth:`trackintel` gives trackintel's own settings.
    """
    # --- cleaning
    max_accuracy_m: float = 200.0
    """Fixes whose reported accuracy is worse (larger) than this are dropped (NaN is kept)."""
    duplicate_window_s: float = 1.0
    """A fix less than this after the previous fix of the same user is a near duplicate and is
    dropped (0 keeps everything but fixes with exactly the same time)."""
    spike_speed_mps: float = 30.0
    """A fix reached and left faster than this, on a jump that comes back (the neighbours are
    close to each other), is a spike and is dropped."""
    max_speed_mps: float = 320.0
    """A fix reached and left faster than this is physically impossible and is dropped."""
    jump_max_points: int = 30
    """Up to this many fixes reached by a jump faster than ``max_speed_mps`` and left by another
    one, while the fixes around them are consistent, are a burst of wrong positions: dropped."""
    # --- stays
    stay_method: str = "dwell"
    """How stays are found.

    ``"dwell"`` (default): e-mission's trip-end rule. A trip ends at a fix when the fixes of the
    last ``stay_min_duration_s`` (and the last ``dwell_min_points`` fixes) all lie within
    ``stay_radius_m`` of it, or at a long gap without movement; the trip end is put in the middle
    of that window as e-mission does, and the next trip starts at the first fix that moves again.
    ``"window"``: a fix is at a place when the fixes of a window of ``stay_min_duration_s`` after
    it (or before it, ``stay_window``) all lie within ``stay_radius_m`` of it; overlapping
    windows make one stay, which starts at the arrival.
    ``"sliding"``: trackintel's anchor chain, exactly (used by :meth:`trackintel`)."""
    stay_radius_m: float = 100.0
    """Radius within which a person is still at the same place (dwell: around the latest fix of
    the window, like e-mission's 100 m; window and sliding: around the first fix)."""
    stay_min_duration_s: float = 300.0
    """Minimum time within the radius for a stay (e-mission and trackintel: 5 minutes)."""
    dwell_min_points: int = 9
    """Dwell method: the still window also spans at least this many fixes (e-mission: 9)."""
    dwell_restart_gap_s: float = 60.0
    """Dwell method: after a trip end, the next trip starts at the first fix that moves a radius
    (from the previous fix, or from a fix since the end), or comes this long after the previous."""
    dwell_gap_end: str = "latest"
    """Dwell method: where a trip ends when a long gap without movement ends it.
    ``"emission"``: the middle of the last ``dwell_min_points`` fixes before the gap (e-mission,
    right for phones that record every n seconds and keep recording a while at the place);
    ``"arrival"``: the first fix within the radius of the last fix before the gap;
    ``"latest"``: the later of the two (right for both kinds of phones)."""
    stay_window: str = "forward"
    """Window method: ``"backward"`` (the fixes before), ``"forward"`` (the fixes after) or
    ``"both"``."""
    stay_min_points: int = 0
    """Window method: a still window must also hold at least this many fixes."""
    stay_core_radius_m: float = math.inf
    """Window method: the fixes at the start and end of a stay farther than this from its
    median position are arrival and departure, given back to the trips (inf keeps them)."""
    stay_gap_reset_s: float = math.inf
    """Sliding method: a time gap longer than this restarts stay detection (trackintel's
    ``gap_threshold``); the run before it is then not a stay."""
    include_last_stay: bool = True
    """Window and sliding methods: whether the run at the end of a user's data can be a stay
    (trackintel: no)."""
    # --- gaps (untracked time)
    gap_min_s: float = 600.0
    """A time gap between two consecutive fixes at least this long is examined by the gap rule
    (e-mission: twice the 5 minute dwell time)."""
    gap_still_max_speed_mps: float = 100.0 / 300.0
    """A long gap covered slower than this (straight-line distance / duration) is time spent at
    the place before it: it counts as stay time (e-mission: 100 m in 5 min). Faster is movement."""
    gap_bridge_max_s: float = 3 * 3600.0
    """A long gap with movement stays inside its trip (a tunnel, an underground train, a flight)
    when the phone reported motion activity during it and it is shorter than this. Otherwise
    (no motion reading during the gap, no motion data at all, or longer) it is untracked time:
    it goes to ``gaps`` and the trips stop at it. (Window method: gaps between two moving fixes
    shorter than this are kept inside the trip.)"""
    # --- trips
    activity_min_duration_s: float = 300.0
    """A stay at least this long is an activity: trips run between activities (every dwell stay
    is one). Shorter stays stay inside the trip."""
    trips_share_stay_points: bool = True
    """Trips start at the last fix of the stay they leave and end at the first fix of the stay
    they reach (so the line touches both places). trackintel: no (first fix after, last before)."""
    share_max_gap_s: float = 60.0
    """... but only when the two fixes are at most this far apart in time (after a longer
    pause the trip starts at its own first fix)."""
    extrapolate_trip_start: bool = True
    """Move a trip's start back from its first fix by the distance to the place it leaves,
    covered at the median speed of its first leg (never before the arrival at that place), as
    e-mission does: phones often record only some time after the departure. That distance
    counts in ``distance_m``."""
    min_trip_points: int = 2
    """Trips with fewer moving fixes (not in any stay) are dropped."""
    min_tripleg_points: int = 1
    """A run of moving fixes between two stays shorter than this is no part of any trip
    (trackintel drops triplegs of fewer than 2 fixes)."""
    min_trip_distance_m: float = 100.0
    """Trips shorter than this are dropped (e-mission: 100 m; 0 keeps all)."""
    min_trip_extent_m: float = 100.0
    """Trips that never go farther than this from the place they leave (GPS jitter at home)
    are dropped (0 keeps all)."""
    merge_stays_across_dropped_trips: bool = True
    """When a trip is dropped, the stays on both sides become one stay; so do stays that follow
    each other at the same place with no fix between them (trackintel keeps them apart)."""
    # --- legs
    leg_speed_window_s: float = 90.0
    """Width of the centred time window over which a fix's speed is measured for leg splitting."""
    walk_max_speed_mps: float = 2.2
    """Window speeds up to this are walking speed; above is a vehicle (bicycle, car, bus, train)."""
    foot_motion_max_speed_mps: float = 3.5
    """A 'walking' motion reading is ignored where the window speed is above this."""
    min_leg_duration_s: float = 240.0
    """A leg must last at least this long, or it is merged into a neighbour."""
    min_leg_distance_m: float = 400.0
    """A leg must cover at least this distance, or it is merged into a neighbour."""
    min_walk_leg_distance_m: float = 400.0
    """... except walking legs, which must cover at least this distance."""
    min_seen_walk_leg_duration_s: float = 60.0
    """A walking leg that the phone saw (at least two 'walking' readings give most of its fixes
    their class) needs only this duration, so that a short transfer walk between two vehicles
    stays a leg ..."""
    min_seen_walk_leg_distance_m: float = 50.0
    """... and this distance."""
    motion_max_age_s: float = 300.0
    """A motion activity reading applies to the fixes up to this long after it."""
    motion_transition_max_s: float = 1800.0
    """Between two motion readings at most this far apart, the fixes take the faster of the two
    readings' ways of travelling (walking < cycling < vehicle), whatever their age: e-mission's
    rule for where a section changes (waiting in a stopped train belongs to the train). 0: each
    reading applies only up to ``motion_max_age_s``. A fix moving at walking pace (from
    ``motion_walk_min_speed_mps`` to ``walk_max_speed_mps``) within ``motion_max_age_s`` of a
    walking reading stays walking."""
    motion_walk_min_speed_mps: float = 1.0
    """See ``motion_transition_max_s``: the slowest window speed that is walking, not standing."""
    motion_min_confidence: float = 60.0
    """Motion activity readings less confident than this (0-100) are ignored (e-mission's
    section segmentation: above 60 on Android; flip-flopping low-confidence readings otherwise
    cut legs that the phone did not really see)."""

    @classmethod
    def trackintel(cls) -> "SegmentationParams":
        """trackintel 1.3's pipeline: staypoints ``sliding`` (25 m, 5 min, gap 1e6 min),
        ``create_activity_flag(15 min)``, triplegs ``between_staypoints``, trips with a 15 min gap."""
        return cls(max_accuracy_m=math.inf, duplicate_window_s=0.0, spike_speed_mps=math.inf,
                   max_speed_mps=math.inf, jump_max_points=0, stay_radius_m=25.0, stay_min_duration_s=300.0,
                   stay_method="sliding", stay_gap_reset_s=1e6 * 60.0, include_last_stay=False,
                   gap_min_s=math.inf, gap_still_max_speed_mps=math.inf, gap_bridge_max_s=900.0,
                   activity_min_duration_s=900.0, trips_share_stay_points=False, min_trip_points=2,
                   min_tripleg_points=2,
                   extrapolate_trip_start=False, merge_stays_across_dropped_trips=False,
                   min_trip_extent_m=0.0,
                   min_trip_distance_m=0.0)

    @classmethod
    def emission(cls) -> "SegmentationParams":
        """The defaults (they follow e-mission's dwell rule)."""
        return cls()

    def validated(self) -> "SegmentationParams":
        """Check the values; raise :class:`InputError` naming the bad parameter."""
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, (bool, str)):
                continue
            if not isinstance(value, (int, float)) or value != value or value < 0:
                raise InputError(tr("the value {value!r} is not allowed").format(value=value),
                                 field=f.name, hint=tr("Use a number greater than or equal to 0."))
        for name, allowed in PARAM_CHOICES.items():
            if getattr(self, name) not in allowed:
                raise InputError(tr("the value {value!r} is not allowed").format(value=getattr(self, name)),
                                 field=name, hint=tr("Use one of: {names}.").format(names=", ".join(allowed)))
        if self.stay_radius_m <= 0:
            raise InputError(tr("the stay radius must be greater than 0"), field="stay_radius_m")
        return self


@dataclass
class Segmentation:
    """Result of :func:`segment` (columns in docs/ARCHITECTURE.md)."""
    points: pd.DataFrame
    stays: pd.DataFrame
    trips: pd.DataFrame
    legs: pd.DataFrame
    gaps: pd.DataFrame
    stats: Dict[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- small helpers


def _xyz(lat, lon):
    """Cartesian coordinates on the sphere, in metres: chord distance is monotone in the
    great-circle distance, so the stay test is exact for haversine distances."""
    la = np.radians(lat)
    lo = np.radians(lon)
    c = np.cos(la)
    return (EARTH_RADIUS_M * c * np.cos(lo), EARTH_RADIUS_M * c * np.sin(lo),
            EARTH_RADIUS_M * np.sin(la))


def _chord(d_m):
    return 2.0 * EARTH_RADIUS_M * np.sin(np.minimum(d_m, math.pi * EARTH_RADIUS_M) / (2.0 * EARTH_RADIUS_M))


def _arc(chord_m):
    return 2.0 * EARTH_RADIUS_M * np.arcsin(np.clip(chord_m / (2.0 * EARTH_RADIUS_M), 0.0, 1.0))


def _dist(x, y, z, a, b):
    return _arc(np.sqrt((x[a] - x[b]) ** 2 + (y[a] - y[b]) ** 2 + (z[a] - z[b]) ** 2))


def _group_starts(codes):
    """Boolean array: True where a new group (user) starts in a sorted code array."""
    new = np.ones(len(codes), dtype=bool)
    if len(codes) > 1:
        new[1:] = codes[1:] != codes[:-1]
    return new


def _block_end(new_block):
    """For each position, the (exclusive) end index of its block."""
    n = len(new_block)
    starts = np.flatnonzero(new_block)
    ends = np.append(starts[1:], n)
    block = np.cumsum(new_block) - 1
    return ends[block]


def _make_ids(users, times, kind):
    """``<user>_<kind>_<UTC start>`` with a ``-<k>`` suffix if two would be equal."""
    if len(users) == 0:
        return np.array([], dtype=object)
    stamp = pd.DatetimeIndex(times).tz_convert("UTC").strftime("%Y%m%dT%H%M%SZ")
    ids = pd.Series(np.asarray(users, dtype=object)).astype(str) + "_" + kind + "_" + np.asarray(stamp, dtype=object)
    dup = ids.groupby(ids).cumcount()
    if (dup > 0).any():
        ids = ids.where(dup == 0, ids + "-" + dup.astype(str))
    return ids.to_numpy(dtype=object)


# --------------------------------------------------------------------------- cleaning


def _check_points(points: pd.DataFrame) -> None:
    if not isinstance(points, pd.DataFrame):
        raise InputError(tr("the points must be a table (DataFrame)"))
    missing = [c for c in ("user_id", "time", "lat", "lon") if c not in points.columns]
    if missing:
        raise InputError(tr("the points have no column {name}").format(name=", ".join(missing)),
                         field=missing[0],
                         hint=tr("Read the traces with read_traces, which gives user_id, time, lat and lon."))
    if len(points) and not pd.api.types.is_datetime64_any_dtype(points["time"]):
        raise InputError(tr("the time column is not a date-time column"), field="time",
                         hint=tr("Convert it with pandas.to_datetime(..., utc=True)."))


def clean_points(points: pd.DataFrame, params: SegmentationParams):
    """Return ``(cleaned points sorted by user and time with a fresh index, stats)``.

    Everything is decided on arrays; the table is copied once at the end.
    """
    df, stats, _ = _clean(points, params)
    return df, stats


def _clean(points: pd.DataFrame, params: SegmentationParams):
    p = params
    n0 = len(points)
    stats = {"input": int(n0)}
    times = points["time"]
    if len(times) and times.dt.tz is None:
        times = times.dt.tz_localize("UTC")
    t_all = epoch_seconds(times) if n0 else np.zeros(0)
    t_ok = times.notna().to_numpy()
    lat = pd.to_numeric(points["lat"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(points["lon"], errors="coerce").to_numpy(dtype=float)
    ok = (np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
          & ~((lat == 0) & (lon == 0)) & t_ok)
    stats["invalid"] = int((~ok).sum())
    if "accuracy_m" in points.columns:
        acc = pd.to_numeric(points["accuracy_m"], errors="coerce").to_numpy(dtype=float)
    else:
        acc = np.full(n0, np.nan)
    bad_acc = ok & (acc > p.max_accuracy_m)
    stats["inaccurate"] = int(bad_acc.sum())
    idx = np.flatnonzero(ok & ~bad_acc)

    # sort: user, time, then best accuracy first so that duplicates keep the best fix
    ucodes = pd.factorize(points["user_id"].astype(str), sort=True)[0]
    acc_key = np.where(np.isnan(acc), np.inf, acc)
    idx = idx[np.lexsort((acc_key[idx], t_all[idx], ucodes[idx]))]
    u = ucodes[idx]
    t = t_all[idx]
    new_user = _group_starts(u)
    dt = np.diff(t, prepend=-np.inf)
    dup = ~new_user & ((dt < p.duplicate_window_s) if p.duplicate_window_s > 0 else (dt <= 0))
    stats["duplicates"] = int(dup.sum())
    idx = idx[~dup]

    # impossible speed jumps (a few passes: a double spike needs the second)
    removed = 0
    xa, ya, za = _xyz(np.where(ok, lat, 0.0), np.where(ok, lon, 0.0))
    if np.isfinite(p.spike_speed_mps) or np.isfinite(p.max_speed_mps):
        for _ in range(3):
            n = len(idx)
            if n < 3:
                break
            u = ucodes[idx]
            t = t_all[idx]
            x, y, z = xa[idx], ya[idx], za[idx]
            same = np.zeros(n, dtype=bool)
            same[1:] = u[1:] == u[:-1]
            i = np.arange(1, n - 1)
            i = i[same[i] & same[i + 1]]
            d1 = _dist(x, y, z, i - 1, i)
            d2 = _dist(x, y, z, i, i + 1)
            d02 = _dist(x, y, z, i - 1, i + 1)
            v1 = d1 / np.maximum(t[i] - t[i - 1], 1.0)
            v2 = d2 / np.maximum(t[i + 1] - t[i], 1.0)
            spike = ((v1 > p.spike_speed_mps) & (v2 > p.spike_speed_mps)
                     & (d02 < 0.5 * np.minimum(d1, d2)))
            spike |= (v1 > p.max_speed_mps) & (v2 > p.max_speed_mps)
            if not spike.any():
                break
            bad = np.zeros(n, dtype=bool)
            bad[i[spike]] = True
            removed += int(bad.sum())
            idx = idx[~bad]
    # excursions: a few fixes reached by an impossible jump and left by another one, while the
    # fixes on both sides are consistent with each other (a burst of wrong positions)
    if np.isfinite(p.max_speed_mps) and p.jump_max_points > 0:
        for _ in range(2):
            n = len(idx)
            if n < 3:
                break
            u = ucodes[idx]
            t = t_all[idx]
            x, y, z = xa[idx], ya[idx], za[idx]
            new_u = _group_starts(u)
            v = np.zeros(n)
            v[1:] = _dist(x, y, z, np.arange(n - 1), np.arange(1, n)) / np.maximum(np.diff(t), 1.0)
            jump = ~new_u & (v > p.max_speed_mps)
            if not jump.any():
                break
            starts = np.flatnonzero(jump | new_u)
            ends = np.append(starts[1:], n) - 1  # last fix of each piece
            interior = jump[starts] & (ends + 1 < n)
            interior &= np.where(ends + 1 < n, jump[np.minimum(ends + 1, n - 1)], False)
            a = np.maximum(starts - 1, 0)
            b = np.minimum(ends + 1, n - 1)
            ok_around = (_dist(x, y, z, a, b) / np.maximum(t[b] - t[a], 1.0)) <= p.max_speed_mps
            out = interior & ok_around & ((ends - starts + 1) <= p.jump_max_points)
            if not out.any():
                break
            cnt = ends - starts + 1
            bad = np.zeros(n + 1, dtype=np.int64)
            np.add.at(bad, starts[out], 1)
            np.add.at(bad, starts[out] + cnt[out], -1)
            bad = np.cumsum(bad)[:n] > 0
            removed += int(bad.sum())
            idx = idx[~bad]
    stats["speed_jumps"] = removed
    stats["kept"] = int(len(idx))

    df = points.iloc[idx].reset_index(drop=True)
    if len(df):
        tt = df["time"]
        tt = tt.dt.tz_localize("UTC") if tt.dt.tz is None else tt.dt.tz_convert("UTC")
        df["time"] = tt.astype("datetime64[ns, UTC]")
    for col in ("accuracy_m", "speed_mps"):
        if col not in df.columns:
            df[col] = np.nan
    if "source_file" not in df.columns:
        df["source_file"] = ""
    if df["user_id"].dtype != object or len(df) and not isinstance(df["user_id"].iloc[0], str):
        df["user_id"] = df["user_id"].astype(str)
    return df, stats, (xa[idx], ya[idx], za[idx])


# --------------------------------------------------------------------------- stays


def _first_exit(x, y, z, seg_end, chord_max, band=16):
    """For every fix i: the first j in (i, seg_end[i]) farther than the stay radius from i,
    else seg_end[i]. Returns (nxt, is_exit)."""
    n = len(x)
    nxt = np.full(n, -1, dtype=np.int64)
    c2 = chord_max * chord_max
    idx = np.arange(n, dtype=np.int64)
    # first steps on whole contiguous slices while most fixes are unresolved
    unres = np.ones(n, dtype=bool)
    k = 0
    while k < band and n:
        k += 1
        if k >= n:
            break
        ends = unres & (idx + k >= seg_end)
        nxt[ends] = seg_end[ends]
        unres &= ~ends
        d2 = (x[k:] - x[:-k]) ** 2
        d2 += (y[k:] - y[:-k]) ** 2
        d2 += (z[k:] - z[:-k]) ** 2
        out = np.zeros(n, dtype=bool)
        out[:-k] = d2 >= c2
        out &= unres
        nxt[out] = idx[out] + k
        unres &= ~out
        if unres.sum() < 0.25 * n:
            break
    active = np.flatnonzero(unres)
    for k in range(k + 1, band + 1):
        if not len(active):
            break
        j = active + k
        end = seg_end[active]
        at_end = j >= end
        if at_end.any():
            nxt[active[at_end]] = end[at_end]
            active, j = active[~at_end], j[~at_end]
        d2 = (x[j] - x[active]) ** 2 + (y[j] - y[active]) ** 2 + (z[j] - z[active]) ** 2
        out = d2 >= c2
        nxt[active[out]] = j[out]
        active = active[~out]
    if len(active):
        _tree_exit(x, y, z, seg_end, chord_max, active, band + 1, nxt)
    return nxt


def _tree_exit(x, y, z, seg_end, chord_max, q, start_offset, nxt):
    """Bounding-sphere search of the first exit for the fixes ``q`` (still unresolved)."""
    n = len(x)
    cx, cy, cz, rr = [x], [y], [z], [np.zeros(n)]
    while len(cx[-1]) > 1:
        ax, ay, az, ar = cx[-1], cy[-1], cz[-1], rr[-1]
        if len(ax) % 2:
            ax, ay, az, ar = (np.append(ax, ax[-1]), np.append(ay, ay[-1]), np.append(az, az[-1]),
                              np.append(ar, ar[-1]))
        mx = 0.5 * (ax[0::2] + ax[1::2])
        my = 0.5 * (ay[0::2] + ay[1::2])
        mz = 0.5 * (az[0::2] + az[1::2])
        ra = np.sqrt((ax[0::2] - mx) ** 2 + (ay[0::2] - my) ** 2 + (az[0::2] - mz) ** 2) + ar[0::2]
        rb = np.sqrt((ax[1::2] - mx) ** 2 + (ay[1::2] - my) ** 2 + (az[1::2] - mz) ** 2) + ar[1::2]
        cx.append(mx)
        cy.append(my)
        cz.append(mz)
        rr.append(np.maximum(ra, rb))
    lmax = len(cx) - 1
    offsets = np.cumsum([0] + [len(a) for a in cx])[:-1].astype(np.int64)
    fx, fy, fz, fr = (np.concatenate(a) for a in (cx, cy, cz, rr))
    del cx, cy, cz, rr

    pos = q + start_offset
    lim = np.full(len(q), lmax, dtype=np.int64)
    qx, qy, qz, qend = x[q], y[q], z[q], seg_end[q]
    while len(q):
        rem = qend - pos
        fin = rem <= 0
        if fin.any():
            nxt[q[fin]] = qend[fin]
            keep = ~fin
            q, pos, lim, qx, qy, qz, qend, rem = (a[keep] for a in (q, pos, lim, qx, qy, qz, qend, rem))
            if not len(q):
                break
        tz = np.frexp((pos & -pos).astype(np.float64))[1] - 1  # trailing zeros of pos
        fl = np.frexp(rem.astype(np.float64))[1] - 1  # floor(log2(rem))
        lev = np.minimum(np.minimum(lim, tz), fl)
        f = offsets[lev] + (pos >> lev)
        d = np.sqrt((fx[f] - qx) ** 2 + (fy[f] - qy) ** 2 + (fz[f] - qz) ** 2) + fr[f]
        inside = d < chord_max
        pos = np.where(inside, pos + (np.int64(1) << lev), pos)
        lim = np.where(inside, lmax, lev - 1)
        done = ~inside & (lev == 0)
        if done.any():
            nxt[q[done]] = pos[done]
            keep = ~done
            q, pos, lim, qx, qy, qz, qend = (a[keep] for a in (q, pos, lim, qx, qy, qz, qend))


def _chain(nxt):
    """Positions visited by i -> nxt[i] from 0 (nxt[i] > i; the walk ends at len(nxt))."""
    n = len(nxt)
    if n == 0:
        return np.array([], dtype=np.int64)
    nx = np.append(nxt, n).astype(np.int64)
    # upper bound on the chain length: n + 1; pointer doubling on the depth
    depth = np.arange(n + 1, dtype=np.int64)
    pos = np.zeros(n + 1, dtype=np.int64)
    cur = nx
    k = 0
    while (1 << k) <= n:
        bit = ((depth >> k) & 1).astype(bool)
        pos[bit] = cur[pos[bit]]
        cur = cur[cur]
        k += 1
    pos = pos[pos < n]
    return pos  # non-decreasing; strictly increasing while < n


def _detect_stays(t, x, y, z, new_user, p: SegmentationParams):
    """Stays as arrays (first, stop, start_time, end_time): fixes first..stop-1 belong to it."""
    n = len(t)
    dt_prev = np.diff(t, prepend=np.nan)
    reset = new_user.copy()
    if np.isfinite(p.stay_gap_reset_s):
        reset |= ~new_user & (dt_prev > p.stay_gap_reset_s)
    seg_end = _block_end(reset)
    nxt = _first_exit(x, y, z, seg_end, float(_chord(p.stay_radius_m)))
    s = _chain(nxt)
    e = nxt[s]
    real_exit = e < seg_end[s]
    # a real exit whose last step is a long gap with movement: the gap is not stay time
    e_c = np.minimum(e, n - 1)
    gap = t[e_c] - t[e - 1]
    moving_gap = np.zeros(len(s), dtype=bool)
    if np.isfinite(p.gap_min_s):
        d_gap = _dist(x, y, z, e - 1, e_c)
        moving_gap = real_exit & (gap >= p.gap_min_s) & (d_gap / np.maximum(gap, 1e-9) >= p.gap_still_max_speed_mps)
    end_t = np.where(real_exit & ~moving_gap, t[e_c], t[e - 1])
    ok = real_exit | (p.include_last_stay & ~real_exit)
    ok &= (end_t - t[s]) >= p.stay_min_duration_s
    return s[ok], e[ok], t[s[ok]], end_t[ok]


def _detect_stays_window(t, x, y, z, new_user, p: SegmentationParams):
    """Union of the still windows (see ``SegmentationParams.stay_method``)."""
    n = len(t)
    seg_end = _block_end(new_user)
    chord = float(_chord(p.stay_radius_m))
    idx = np.arange(n, dtype=np.int64)
    # forward: fixes i..f-1 within the radius of i
    f = _first_exit(x, y, z, seg_end, chord)
    real = f < seg_end
    fc = np.minimum(f, n - 1)
    step_v = _dist(x, y, z, f - 1, fc) / np.maximum(t[fc] - t[f - 1], 1e-9)
    still_exit = real & (step_v < p.gap_still_max_speed_mps)
    end_f = np.where(still_exit, t[fc], t[f - 1])
    ok_f = ((end_f - t) >= p.stay_min_duration_s) & ((f - idx) >= p.stay_min_points)
    if p.stay_window == "backward":
        ok_f[:] = False
    if not p.include_last_stay:
        ok_f &= real
    # backward: fixes b..i within the radius of i (reversed arrays)
    ends = np.unique(seg_end)
    rev_new = np.zeros(n, dtype=bool)
    rev_new[n - ends] = True
    if p.stay_window == "forward":
        b = idx
    else:
        rb = _first_exit(x[::-1].copy(), y[::-1].copy(), z[::-1].copy(), _block_end(rev_new), chord)
        b = n - rb[::-1]
    ok_b = ((t - t[b]) >= p.stay_min_duration_s) & ((idx - b + 1) >= p.stay_min_points)
    if p.stay_window == "forward":
        ok_b[:] = False
    paint = np.zeros(n + 1, dtype=np.int64)
    np.add.at(paint, idx[ok_f], 1)
    np.add.at(paint, f[ok_f], -1)
    np.add.at(paint, b[ok_b], 1)
    np.add.at(paint, idx[ok_b] + 1, -1)
    cov = np.cumsum(paint)[:n] > 0
    start = cov & (new_user | ~np.append(False, cov[:-1]))
    first = np.flatnonzero(start)
    run = np.cumsum(start) - 1
    last = np.zeros(len(first), dtype=np.int64)
    ci = np.flatnonzero(cov)
    np.maximum.at(last, run[ci], ci)
    stop = last + 1
    # the stay lasts until the next fix when that step is still (a gap while at the place)
    nx = np.minimum(stop, n - 1)
    same = (stop < n) & ~new_user[nx]
    v = _dist(x, y, z, last, nx) / np.maximum(t[nx] - t[last], 1e-9)
    end_t = np.where(same & (v < p.gap_still_max_speed_mps), t[nx], t[last])
    return first, stop, t[first], end_t


def _next_true(flag):
    """For each position j (0..n): the first index >= j where ``flag`` is True, else n."""
    n = len(flag)
    arr = np.where(flag, np.arange(n), n)
    out = np.minimum.accumulate(arr[::-1])[::-1]
    return np.append(out, n)


def _detect_stays_dwell(t, x, y, z, new_user, step_d, p: SegmentationParams, ongoing):
    """e-mission's trip-end rule, vectorised (``stay_method="dwell"``).

    A trip ends at fix k when the fixes of the last ``stay_min_duration_s`` (and at least the last
    ``dwell_min_points`` fixes) all lie within ``stay_radius_m`` of k, or after a long gap without
    movement (or with movement the phone did not see). The trip end is the middle of that window
    (as e-mission places it), the next trip starts at the first fix after k that moves a radius
    or comes after a pause of ``dwell_restart_gap_s``. The start -> next start map is walked with
    pointer doubling, so there is no loop over fixes or trips.
    """
    n = len(t)
    idx = np.arange(n, dtype=np.int64)
    T = p.stay_min_duration_s
    P = int(p.dwell_min_points)
    seg_end = _block_end(new_user)
    bs = np.maximum.accumulate(np.where(new_user, idx, 0))
    ucode = np.cumsum(new_user) - 1
    t0 = t.min()
    span = (t.max() - t0) + 10 * T + 10.0
    key = ucode * span + (t - t0)
    wt = np.maximum(np.searchsorted(key, key - T, side="right"), bs)  # first fix younger than T
    wa = np.maximum(np.searchsorted(key, key - (T - 30.0), side="right"), bs)  # fixes < wa: >= T-30 old
    wt_in = np.maximum(np.searchsorted(key, key - T, side="left"), bs)  # first fix at most T old
    ws = np.maximum(np.minimum(idx - P, wt), bs)
    # backward still run: fixes b..i all within the radius of i
    chord = float(_chord(p.stay_radius_m))
    ends = np.unique(seg_end)
    rev_new = np.zeros(n, dtype=bool)
    rev_new[n - ends] = True
    rb = _first_exit(x[::-1].copy(), y[::-1].copy(), z[::-1].copy(), _block_end(rev_new), chord)
    b = n - rb[::-1]
    cand_v = (b <= ws) & (wt_in < wa) & ((idx - ws) >= P - 2)
    # gaps
    dt = np.diff(t, prepend=np.nan)
    dt[new_user] = np.nan
    with np.errstate(invalid="ignore", divide="ignore"):
        spd = step_d / dt
    gap = dt > p.gap_min_s
    still_gap = gap & (spd < p.gap_still_max_speed_mps)
    if ongoing is None:
        unseen = gap  # no motion readings: nothing tells that the person kept moving
    else:
        unseen = ~ongoing | (dt > p.gap_bridge_max_s)
    cand_g = gap & (still_gap | unseen)
    nextv = _next_true(cand_v)
    nextg = _next_true(cand_g)
    moves = (dt > p.dwell_restart_gap_s) | (step_d >= p.stay_radius_m)
    nextm = _next_true(moves & ~new_user)
    # or the first fix j after k that is a radius away from some fix since k: b_j > k
    run_max_b = np.maximum.accumulate(b)
    # k(s) for every possible trip start s
    k1 = nextv[np.maximum(np.searchsorted(ws, idx, side="left"), idx + 1)]
    k2 = nextv[np.minimum(np.maximum(np.searchsorted(wa, idx, side="right"), idx + max(P - 2, 1)), n)]
    k3 = nextg[np.minimum(idx + 1, n)]
    k = np.minimum(np.minimum(k1, k2), k3)
    found = k < seg_end
    kc = np.minimum(k, n - 1)
    wsp = np.maximum(ws[kc], idx)
    wtp = np.maximum(wt[kc], idx)
    n_pt = np.minimum(kc - wsp, P)
    n_time = kc - wtp
    before = n_time <= 0
    m2 = (2 * kc - n_pt) / 2.0
    m1 = (2 * kc - n_time - 1) / 2.0
    e = np.floor(np.where(before, m2, np.minimum(m1, m2))).astype(np.int64)
    moving_gap = before & (kc > 0) & ~still_gap[kc]
    if p.dwell_gap_end == "arrival":
        # after a gap: the arrival at the place where the phone went silent
        e = np.where(before, b[np.maximum(kc - 1, 0)], e)
    elif p.dwell_gap_end == "latest":
        # e-mission's point, unless the fixes before the gap were still moving (phones that
        # record by distance): then the arrival at the last place
        e = np.where(before, np.maximum(e, b[np.maximum(kc - 1, 0)]), e)
    e = np.where(moving_gap, kc - 1, e)  # untracked movement: the trip ends at the last fix
    e = np.clip(e, idx, np.maximum(kc - 1, idx))
    moved = np.searchsorted(run_max_b, kc + 1, side="left")
    nxt_start = np.where(before, kc, np.minimum(nextm[np.minimum(kc + 1, n)], moved))
    nxt_start = np.minimum(nxt_start, seg_end)
    nxt = np.where(found, np.maximum(nxt_start, idx + 1), seg_end)
    s = _chain(nxt)
    ok = found[s]
    untracked = np.zeros(n, dtype=bool)
    mg = s[ok & moving_gap[s]]
    untracked[kc[mg]] = True
    ok &= ~moving_gap[s]  # no stay before untracked movement
    s, e_s, sn = s[ok], e[s[ok]], nxt[s[ok]]
    # the stay: from the trip end to the fix before the next start
    stop = np.maximum(sn, e_s + 1)
    last = stop - 1
    nx = np.minimum(stop, n - 1)
    same = (stop < n) & ~new_user[nx]
    v = step_d[nx] / np.maximum(t[nx] - t[last], 1e-9)
    end_t = np.where(same & (v < p.gap_still_max_speed_mps), t[nx], t[last])
    return e_s, stop, t[e_s], end_t, untracked


def _merge_stays(drop, first_pt, last_pt, origin, dest, s_first, s_stop, s_start_t, s_end_t,
                 s_act, t, n):
    """Merge the stays on both sides of dropped trips (and stretch a stay over a dropped trip
    at the start or end of a user's data)."""
    k = len(s_first)
    s_first, s_stop = s_first.copy(), s_stop.copy()
    s_start_t, s_end_t = s_start_t.copy(), s_end_t.copy()
    both = drop & (origin >= 0) & (dest >= 0)
    paint = np.zeros(k + 1, dtype=np.int64)
    np.add.at(paint, origin[both] + 1, 1)
    np.add.at(paint, dest[both] + 1, -1)
    merge_prev = np.cumsum(paint)[:k] > 0  # stays origin+1..dest join the one before
    lead = drop & (origin < 0) & (dest >= 0)
    np.minimum.at(s_first, dest[lead], first_pt[lead])
    np.minimum.at(s_start_t, dest[lead], t[first_pt[lead]])
    trail = drop & (origin >= 0) & (dest < 0)
    np.maximum.at(s_stop, origin[trail], last_pt[trail] + 1)
    np.maximum.at(s_end_t, origin[trail], t[last_pt[trail]])
    g = np.cumsum(~merge_prev) - 1
    m = int(g[-1]) + 1
    nf = np.full(m, np.iinfo(np.int64).max, dtype=np.int64)
    ns = np.zeros(m, dtype=np.int64)
    nst = np.full(m, np.inf)
    net = np.full(m, -np.inf)
    na = np.zeros(m, dtype=bool)
    np.minimum.at(nf, g, s_first)
    np.maximum.at(ns, g, s_stop)
    np.minimum.at(nst, g, s_start_t)
    np.maximum.at(net, g, s_end_t)
    np.logical_or.at(na, g, s_act)
    origin = np.where(origin >= 0, g[np.maximum(origin, 0)], -1)
    dest = np.where(dest >= 0, g[np.maximum(dest, 0)], -1)
    paint = np.zeros(n + 1, dtype=np.int64)
    np.add.at(paint, nf, np.arange(1, m + 1))
    np.add.at(paint, ns, -np.arange(1, m + 1))
    stay_of = np.cumsum(paint)[:n] - 1
    return nf, ns, nst, net, na, origin, dest, stay_of


def _trim_stays(first, stop, start_t, end_t, t, x, y, z, lat, lon, core_m):
    """Give the fixes at the two ends of each stay that lie farther than ``core_m`` from the
    stay's median position back to the trips (arriving and leaving inside the radius)."""
    k = len(first)
    cnt = stop - first
    code = np.repeat(np.arange(k), cnt)
    pos = np.arange(code.size) - np.repeat(np.cumsum(cnt) - cnt, cnt) + np.repeat(first, cnt)
    med = pd.DataFrame({"c": code, "la": lat[pos], "lo": lon[pos]}).groupby("c").median()
    cx, cy, cz = _xyz(med["la"].to_numpy(), med["lo"].to_numpy())
    d = _arc(np.sqrt((x[pos] - cx[code]) ** 2 + (y[pos] - cy[code]) ** 2 + (z[pos] - cz[code]) ** 2))
    near = d <= core_m
    lo = np.full(k, np.iinfo(np.int64).max, dtype=np.int64)
    hi = np.full(k, -1, dtype=np.int64)
    np.minimum.at(lo, code[near], pos[near])
    np.maximum.at(hi, code[near], pos[near])
    has = hi >= 0
    new_first = np.where(has, lo, first)
    new_last = np.where(has, hi, stop - 1)
    new_start = np.where(new_first > first, t[new_first], start_t)
    new_end = np.where(new_last < stop - 1, t[new_last], end_t)
    return new_first, new_last + 1, new_start, new_end


# --------------------------------------------------------------------------- legs


def _ongoing_motion(users, t, motion):
    """True at fix i when a motion activity reading lies in (t[i-1], t[i]] (e-mission's
    ``ongoing_motion``); ``None`` without motion data."""
    if motion is None or len(motion) == 0 or not {"user_id", "time"} <= set(motion.columns):
        return None
    mu = motion["user_id"].astype(str).to_numpy()
    mt = epoch_seconds(pd.to_datetime(motion["time"], utc=True))
    cats = pd.Index(np.unique(np.concatenate([np.asarray(users, dtype=str), mu])))
    pu = cats.get_indexer(np.asarray(users, dtype=str))
    qu = cats.get_indexer(mu)
    t0 = min(t.min(), mt.min())
    span = max(t.max(), mt.max()) - t0 + 1e6
    pk = pu * span + (t - t0)
    mk = np.sort(qu * span + (mt - t0))
    # readings at or before each fix, minus those at or before the previous fix
    c = np.searchsorted(mk, pk, side="right")
    prev = np.append(0, c[:-1])
    out = c > prev
    new_user = _group_starts(pu)
    out[new_user] = False
    # readings of another user are never counted: the keys of users do not overlap
    return out


def _point_motion(users, t, motion, p, v=None):
    """Motion class (-1 none) of each fix from the confident readings of the same user: the last
    reading before it (up to ``motion_max_age_s``), or between two readings the faster of the
    two (``motion_transition_max_s``); ``v``: the fixes' window speeds (m/s). Also returns, per
    fix, the number of the walking reading it follows when that reading is fresh and gives it
    its class (-1 otherwise), to tell the walks the phone saw."""
    n = len(t)
    out = np.full(n, -1, dtype=np.int64)
    if motion is None or len(motion) == 0 or not {"user_id", "time", "activity"} <= set(motion.columns):
        return out, np.full(n, -1, dtype=np.int64)
    m = motion
    if "confidence" in m.columns:
        conf = pd.to_numeric(m["confidence"], errors="coerce").fillna(100).to_numpy()
        m = m[conf >= p.motion_min_confidence]
    # readings that name no way of travelling (still, tilting, unknown) do not end the current
    # one (e-mission's section segmentation ignores them too)
    mc = m["activity"].astype(str).str.lower().map(_MOTION_CLASS).fillna(-1).to_numpy().astype(np.int64)
    m, mc = m[mc >= 0], mc[mc >= 0]
    if not len(m):
        return out, np.full(n, -1, dtype=np.int64)
    mu = m["user_id"].astype(str).to_numpy()
    mt = epoch_seconds(pd.to_datetime(m["time"], utc=True))
    # common integer coding of users, then a key that sorts by (user, time)
    cats = pd.Index(np.unique(np.concatenate([users, mu])))
    pu = cats.get_indexer(users)
    qu = cats.get_indexer(mu)
    t0 = min(t.min(), mt.min())
    span = max(t.max(), mt.max()) - t0 + 1e6
    pk = pu * span + (t - t0)
    mk = qu * span + (mt - t0)
    order = np.argsort(mk, kind="stable")
    mk, mc, qu, mt = mk[order], mc[order], qu[order], mt[order]
    j = np.searchsorted(mk, pk, side="right") - 1
    valid = j >= 0
    jj = np.where(valid, j, 0)
    valid &= qu[jj] == pu
    fresh = valid & ((t - mt[jj]) <= p.motion_max_age_s)
    out[fresh] = mc[jj[fresh]]
    if p.motion_transition_max_s > 0:
        # between two readings, the faster of their two ways of travelling (walking < cycling <
        # vehicle), as e-mission places a transition: a walk -> vehicle section starts at the
        # last walking reading, a vehicle -> walk section ends at the first walking reading
        # (waiting in the stopped train or bus is part of the ride)
        nx = np.minimum(jj + 1, len(mk) - 1)
        between = (valid & (j + 1 < len(mk)) & (qu[nx] == pu)
                   & (mt[nx] - mt[jj] <= p.motion_transition_max_s))
        if v is not None:
            # ... except where a fresh walking reading and the fix's walking pace agree
            between &= ~(fresh & (mc[jj] == _FOOT) & (v >= p.motion_walk_min_speed_mps)
                         & (v <= p.walk_max_speed_mps))
        out[between] = np.maximum(mc[jj[between]], mc[nx[between]])
    return out, np.where(fresh & (out == _FOOT) & (mc[jj] == _FOOT), jj, -1)


def _runs(labels, group):
    """Start flags of runs of equal (group, label)."""
    new = np.ones(len(labels), dtype=bool)
    if len(labels) > 1:
        new[1:] = (labels[1:] != labels[:-1]) | (group[1:] != group[:-1])
    return new


def _smooth_labels(labels, group, t, cum, p, walk_reading=None):
    """Merge runs that are too short (time or distance) into their longer neighbour. Walking
    runs that walking readings back (``walk_reading``: the reading each fix follows, -1 none;
    at least two readings for most of the run's fixes) have the lower minimums
    ``min_seen_walk_leg_duration_s`` and ``min_seen_walk_leg_distance_m``."""
    labels = labels.copy()
    if walk_reading is None:
        walk_reading = np.full(len(labels), -1, dtype=np.int64)
    seen = walk_reading >= 0
    first_use = seen & (np.append(-2, walk_reading[:-1]) != walk_reading)
    cs = np.concatenate([[0], np.cumsum(seen)])
    cr = np.concatenate([[0], np.cumsum(first_use)])
    for _ in range(50):
        new = _runs(labels, group)
        starts = np.flatnonzero(new)
        ends = np.append(starts[1:], len(labels)) - 1
        # a run spans until the first fix of the next run (same group)
        nxt_first = np.minimum(ends + 1, len(labels) - 1)
        same_next = np.append(group[starts[1:]] == group[starts[:-1]], False)
        stop = np.where(same_next, nxt_first, ends)
        dur = t[stop] - t[starts]
        dist = cum[stop] - cum[starts]
        min_d = np.where(labels[starts] == _FOOT, p.min_walk_leg_distance_m, p.min_leg_distance_m)
        weak = (dur < p.min_leg_duration_s) | (dist < min_d)
        seen_walk = ((labels[starts] == _FOOT) & (2 * (cs[ends + 1] - cs[starts]) > ends - starts + 1)
                     & (cr[ends + 1] - cr[starts] >= 2))
        weak &= ~seen_walk | (dur < p.min_seen_walk_leg_duration_s) | (dist < p.min_seen_walk_leg_distance_m)
        g = group[starts]
        has_prev = np.append(False, g[1:] == g[:-1])
        has_next = np.append(g[:-1] == g[1:], False)
        weak &= has_prev | has_next
        if not weak.any():
            break
        # merge only local minima of duration among weak runs (avoids swaps)
        big = np.inf
        dprev = np.where(has_prev, np.append(big, dur[:-1]), big)
        dnext = np.where(has_next, np.append(dur[1:], big), big)
        wprev = np.where(has_prev, np.append(False, weak[:-1]), False)
        wnext = np.where(has_next, np.append(weak[1:], False), False)
        idx = np.arange(len(starts))
        local_min = (~wprev | (dur < dprev)) & (~wnext | (dur <= dnext))
        # ties: the earlier run wins (<= towards next, < towards previous)
        pick = weak & local_min
        if not pick.any():
            pick = weak & (idx == idx[weak][0])
        lab_prev = np.append(-9, labels[starts[:-1]])
        lab_next = np.append(labels[starts[1:]], -9)
        to_prev = has_prev & (~has_next | (dprev >= dnext))
        newlab = np.where(to_prev, lab_prev, lab_next)
        run_of = np.cumsum(new) - 1
        change = pick[run_of]
        labels = np.where(change, newlab[run_of], labels)
    return labels


# --------------------------------------------------------------------------- main entry


def segment(points: pd.DataFrame, params: Optional[SegmentationParams] = None,
            motion: Optional[pd.DataFrame] = None,
            progress: Optional[Callable[[float], None]] = None,
            is_cancelled: Optional[Callable[[], bool]] = None) -> Segmentation:
    """Clean ``points`` and split them into stays, trips, legs and untracked gaps.

    ``points`` follows the points contract (user_id, time, lat, lon, accuracy_m, speed_mps,
    source_file); ``motion`` (optional) the motion contract. ``progress(fraction)`` is called
    along the way and ``is_cancelled()`` is polled (raises :class:`Cancelled`).
    """
    p = (params or SegmentationParams()).validated()
    step = Steps(progress, is_cancelled, tr("segmentation cancelled"))
    step(0.0)
    _check_points(points)
    pts, stats, (x, y, z) = _clean(points, p)
    step(0.15)
    n = len(pts)
    users = pts["user_id"].to_numpy(dtype=object)
    times = pts["time"]
    t = epoch_seconds(times)
    lat = pts["lat"].to_numpy(dtype=float)
    lon = pts["lon"].to_numpy(dtype=float)
    new_user = _group_starts(users)
    ucode = np.cumsum(new_user) - 1
    step_d = np.zeros(n)
    if n > 1:
        step_d[1:] = _dist(x, y, z, np.arange(n - 1), np.arange(1, n))
        step_d[new_user] = 0.0
    dt_prev = np.diff(t, prepend=np.nan)
    dt_prev[new_user] = np.nan
    cum = np.cumsum(step_d)

    # ---- stays
    if not n:
        s_first, s_stop, s_start_t, s_end_t = (np.array([], np.int64),) * 2 + (np.array([]),) * 2
    elif p.stay_method == "sliding":
        s_first, s_stop, s_start_t, s_end_t = _detect_stays(t, x, y, z, new_user, p)
    elif p.stay_method == "window":
        s_first, s_stop, s_start_t, s_end_t = _detect_stays_window(t, x, y, z, new_user, p)
    else:
        ongoing = _ongoing_motion(users, t, motion)
        s_first, s_stop, s_start_t, s_end_t, dwell_untracked = _detect_stays_dwell(
            t, x, y, z, new_user, step_d, p, ongoing)
    step(0.45)
    if p.merge_stays_across_dropped_trips and len(s_first) > 1:
        # stays that follow each other with no fix between, at the same place, are one stay
        nxt_first = s_first[1:]
        join = ((s_stop[:-1] == nxt_first) & (ucode[np.minimum(nxt_first, n - 1)] == ucode[s_first[:-1]])
                & (_dist(x, y, z, s_stop[:-1] - 1, np.minimum(nxt_first, n - 1)) <= p.stay_radius_m))
        if join.any():
            g = np.cumsum(np.append(True, ~join)) - 1
            last_of = np.append(np.flatnonzero(np.diff(g)), len(g) - 1)
            first_of = np.append(0, last_of[:-1] + 1)
            s_first, s_start_t = s_first[first_of], s_start_t[first_of]
            s_stop, s_end_t = s_stop[last_of], s_end_t[last_of]
    n_st = len(s_first)
    s_act = (s_end_t - s_start_t) >= p.activity_min_duration_s
    if p.stay_method == "dwell":
        s_act[:] = True  # each one ended a trip after a still window of stay_min_duration_s
    if n_st and p.stay_method == "window" and np.isfinite(p.stay_core_radius_m):
        s_first, s_stop, s_start_t, s_end_t = _trim_stays(s_first, s_stop, s_start_t, s_end_t, t,
                                                          x, y, z, lat, lon, p.stay_core_radius_m)
    s_dur = s_end_t - s_start_t
    paint = np.zeros(n + 1, dtype=np.int64)
    np.add.at(paint, s_first, np.arange(1, n_st + 1))
    np.add.at(paint, s_stop, -np.arange(1, n_st + 1))
    stay_of = np.cumsum(paint)[:n] - 1  # -1: in no stay

    # ---- untracked gaps: long gaps with movement that no stay covers
    in_stay = stay_of >= 0
    covered = np.zeros(n, dtype=bool)
    if n > 1:
        prev_stay = np.append(-1, stay_of[:-1])
        ps = np.maximum(prev_stay, 0)
        covered[1:] = ((prev_stay >= 0) & (s_end_t[ps] >= t - 1e-6))[1:] if n_st else False
    speed_gap = step_d / np.where(dt_prev > 0, dt_prev, np.inf)
    prev_in_stay = np.append(False, in_stay[:-1])
    bridged = ~in_stay & ~prev_in_stay & (dt_prev <= p.gap_bridge_max_s)
    untracked = (~new_user & (dt_prev >= p.gap_min_s) & ~covered
                 & (speed_gap >= p.gap_still_max_speed_mps) & ~bridged)
    if n and p.stay_method == "dwell":
        untracked = dwell_untracked & ~covered
    # ---- trips: runs of fixes outside activity stays, cut at untracked gaps
    act_pt = in_stay & s_act[np.maximum(stay_of, 0)] if n_st else np.zeros(n, dtype=bool)
    core = ~act_pt
    start_flag = core & (new_user | ~np.append(False, core[:-1]) | untracked)
    core_start = np.flatnonzero(start_flag)
    run_id = np.cumsum(start_flag) - 1
    core_end = np.zeros(len(core_start), dtype=np.int64)
    if len(core_start):
        idx_core = np.flatnonzero(core)
        last = np.zeros(len(core_start), dtype=np.int64)
        np.maximum.at(last, run_id[idx_core], idx_core)
        core_end = last
    moving = core & ~in_stay
    n_moving = np.zeros(len(core_start), dtype=np.int64)
    if len(core_start):
        np.add.at(n_moving, run_id[moving], 1)
    first_pt = core_start.copy()
    last_pt = core_end.copy()
    origin = np.full(len(core_start), -1, dtype=np.int64)
    dest = np.full(len(core_start), -1, dtype=np.int64)
    if len(core_start):
        b = core_start - 1
        bc = np.maximum(b, 0)
        has_o = (b >= 0) & ~new_user[core_start] & act_pt[bc] & ~untracked[core_start]
        origin[has_o] = stay_of[bc[has_o]]
        a = core_end + 1
        ac = np.minimum(a, n - 1)
        has_d = (a < n) & ~new_user[ac] & act_pt[ac] & ~untracked[ac]
        dest[has_d] = stay_of[ac[has_d]]
        if p.trips_share_stay_points:
            # leave from the last fix of the origin stay unless a gap separates them
            join_o = has_o & (t[core_start] - t[bc] <= p.share_max_gap_s)
            first_pt = np.where(join_o, bc, first_pt)
            join_d = has_d & (t[ac] - t[core_end] <= p.share_max_gap_s)
            last_pt = np.where(join_d, ac, last_pt)
    if p.min_tripleg_points > 1 and len(core_start):
        # trackintel: a run of moving fixes shorter than this is no tripleg and no part of a trip
        brk = new_user | untracked | (dt_prev > p.gap_bridge_max_s)
        rs = moving & (brk | ~np.append(False, moving[:-1]))
        rid = np.cumsum(rs) - 1
        rlen = np.bincount(rid[moving], minlength=int(rs.sum())) if moving.any() else np.zeros(0, int)
        short = moving & (rlen[np.maximum(rid, 0)] < p.min_tripleg_points) if moving.any() else moving
        valid = core & ~short
        vi = np.flatnonzero(valid)
        fv = np.full(len(core_start), np.iinfo(np.int64).max, dtype=np.int64)
        lv = np.full(len(core_start), -1, dtype=np.int64)
        np.minimum.at(fv, run_id[vi], vi)
        np.maximum.at(lv, run_id[vi], vi)
        has = lv >= 0
        first_pt = np.where(has, np.maximum(first_pt, fv), first_pt)
        last_pt = np.where(has, np.minimum(last_pt, lv), last_pt)
        n_moving = np.zeros(len(core_start), dtype=np.int64)
        np.add.at(n_moving, run_id[moving & ~short], 1)
    trip_end_t = t[last_pt] if len(last_pt) else np.array([])
    if len(core_start) and n_st:
        # a trip that ends inside a short stay ends when that stay ends (trackintel)
        ls = stay_of[last_pt]
        short = (ls >= 0) & ~s_act[np.maximum(ls, 0)]
        trip_end_t = np.where(short, np.maximum(trip_end_t, s_end_t[np.maximum(ls, 0)]), trip_end_t)
    trip_dist = cum[last_pt] - cum[first_pt] if len(first_pt) else np.array([])
    if len(first_pt) and n_st and p.extrapolate_trip_start:
        # the way from the place left to a first fix recorded away from it is part of the trip
        o = np.maximum(origin, 0)
        leave = np.maximum(s_stop[o] - 1, 0)
        away = (origin >= 0) & (first_pt != leave)
        trip_dist = trip_dist + np.where(away, _dist(x, y, z, leave, first_pt), 0.0)
    keep = (n_moving >= p.min_trip_points) & (trip_dist >= p.min_trip_distance_m)
    if p.min_trip_extent_m > 0 and len(first_pt):
        # a trip must go farther than this from the place it leaves (or reaches)
        ref = first_pt.copy()
        if n_st:
            ref = np.where(origin >= 0, s_first[np.maximum(origin, 0)],
                           np.where(dest >= 0, s_first[np.maximum(dest, 0)], first_pt))
        ln = last_pt - first_pt + 1
        tr_of = np.repeat(np.arange(len(first_pt)), ln)
        pt = np.arange(tr_of.size) - np.repeat(np.cumsum(ln) - ln, ln) + np.repeat(first_pt, ln)
        far = np.zeros(len(first_pt))
        np.maximum.at(far, tr_of, _dist(x, y, z, pt, ref[tr_of]))
        keep &= far >= p.min_trip_extent_m
    if p.merge_stays_across_dropped_trips and n_st and (~keep).any():
        # a dropped trip is no movement: the places around it are one stay
        (s_first, s_stop, s_start_t, s_end_t, s_act, origin, dest,
         stay_of) = _merge_stays(~keep, first_pt, last_pt, origin, dest, s_first, s_stop,
                                 s_start_t, s_end_t, s_act, t, n)
        s_dur = s_end_t - s_start_t
        n_st = len(s_first)
        in_stay = stay_of >= 0
    first_pt, last_pt, origin, dest = first_pt[keep], last_pt[keep], origin[keep], dest[keep]
    trip_end_t, trip_dist = trip_end_t[keep], trip_dist[keep]
    n_tr = len(first_pt)
    step(0.6)

    # ---- legs, on the fixes of each trip (boundary fixes may be shared by two trips)
    tr_len = last_pt - first_pt + 1
    occ_trip = np.repeat(np.arange(n_tr), tr_len)
    occ_pt = (np.arange(occ_trip.size) - np.repeat(np.cumsum(tr_len) - tr_len, tr_len)
              + np.repeat(first_pt, tr_len)).astype(np.int64)
    leg_first, leg_last, leg_trip = _legs(occ_pt, occ_trip, t, cum, ucode, users, motion, p)
    step(0.8)

    # ---- ids
    stay_ids = _make_ids(users[s_first], times.iloc[s_first] if n_st else [], "S")
    trip_ids = _make_ids(users[first_pt], times.iloc[first_pt] if n_tr else [], "T")
    leg_ids = _make_ids(users[leg_first], times.iloc[leg_first] if len(leg_first) else [], "L")

    # ---- tables
    utc = "datetime64[ns, UTC]"

    def _ts(sec):
        return pd.to_datetime(np.round(np.asarray(sec, dtype=float) * 1e9).astype(np.int64), utc=True)

    st_lat = np.zeros(n_st)
    st_lon = np.zeros(n_st)
    if n_st:
        inside = stay_of >= 0
        g = pd.DataFrame({"s": stay_of[inside], "lat": lat[inside], "lon": lon[inside]}).groupby("s")
        med = g.median()
        st_lat[med.index.to_numpy()] = med["lat"].to_numpy()
        st_lon[med.index.to_numpy()] = med["lon"].to_numpy()
    legs = _leg_table(leg_first, leg_last, leg_trip, leg_ids, trip_ids, users, t, cum, step_d,
                      dt_prev, _ts)
    trip_start_t = t[first_pt].astype(float)
    if p.extrapolate_trip_start and n_tr and len(legs):
        # the phone often wakes up after the person has left: go back from the first fix by the
        # distance to the place left, at the median speed of the first leg (not before arrival)
        _, first_leg = np.unique(leg_trip, return_index=True)
        v = np.zeros(n_tr)
        v[leg_trip[first_leg]] = legs["speed_median_mps"].to_numpy()[first_leg]
        has_o = (origin >= 0) & (v > 0)
        o = np.maximum(origin, 0)
        enter = s_first[o] if n_st else np.zeros(n_tr, dtype=np.int64)
        back = np.where(has_o, _dist(x, y, z, enter, first_pt) / np.where(v > 0, v, 1.0), 0.0)
        floor_t = np.where(has_o, s_start_t[o] if n_st else 0.0, -np.inf)
        trip_start_t = np.minimum(trip_start_t, np.maximum(trip_start_t - back, floor_t))
        s_end_t = s_end_t.copy()
        if n_st:
            np.minimum.at(s_end_t, o[has_o], trip_start_t[has_o])
        s_dur = s_end_t - s_start_t
        # a departure the phone did not record (silent for a long gap after the place), much
        # faster than the first leg (a flight, a train taken with the phone asleep or off) is
        # a leg of its own, from the last fix at the place to the first fix away
        leave = np.maximum(s_stop[o] - 1, 0) if n_st else first_pt
        lead_s = t[first_pt] - trip_start_t
        lead_d = _dist(x, y, z, leave, first_pt)
        lead = np.flatnonzero(
            has_o & (t[first_pt] - t[leave] >= p.gap_min_s) & (lead_s >= p.min_leg_duration_s)
            & (lead_d >= p.min_leg_distance_m)
            & (lead_d > np.maximum(2.0 * v, p.walk_max_speed_mps) * np.maximum(lead_s, 1.0)))
        if len(lead):
            at_ = first_leg[lead]
            leg_first = np.insert(leg_first, at_, leave[lead])
            leg_last = np.insert(leg_last, at_, first_pt[lead])
            leg_trip = np.insert(leg_trip, at_, lead)
            leg_ids = _make_ids(users[leg_first], times.iloc[leg_first], "L")
            legs = _leg_table(leg_first, leg_last, leg_trip, leg_ids, trip_ids, users, t, cum, step_d,
                              dt_prev, _ts)
            _, first_leg = np.unique(leg_trip, return_index=True)
        legs.loc[first_leg, "start_time"] = _ts(trip_start_t[leg_trip[first_leg]])
        legs["duration_s"] = (legs["end_time"] - legs["start_time"]).dt.total_seconds()
    stays = pd.DataFrame({
        "stay_id": stay_ids, "user_id": users[s_first],
        "start_time": _ts(s_start_t), "end_time": _ts(s_end_t), "duration_s": s_dur.astype(float),
        "is_activity": s_act.astype(bool), "lat": st_lat, "lon": st_lon,
        "n_points": (s_stop - s_first).astype(np.int64)}, columns=STAY_COLUMNS)

    trips = pd.DataFrame({
        "trip_id": trip_ids, "user_id": users[first_pt],
        "start_time": _ts(trip_start_t), "end_time": _ts(trip_end_t),
        "duration_s": (trip_end_t - trip_start_t).astype(float), "distance_m": trip_dist.astype(float),
        "origin_stay_id": np.where(origin >= 0, stay_ids[np.maximum(origin, 0)] if n_st else "", ""),
        "destination_stay_id": np.where(dest >= 0, stay_ids[np.maximum(dest, 0)] if n_st else "", ""),
        "n_points": (last_pt - first_pt + 1).astype(np.int64),
        "first_point": first_pt.astype(np.int64), "last_point": last_pt.astype(np.int64)},
        columns=TRIP_COLUMNS)


    gi = np.flatnonzero(untracked)
    gaps = pd.DataFrame({"user_id": users[gi], "start_time": _ts(t[gi - 1]), "end_time": _ts(t[gi]),
                         "duration_s": (t[gi] - t[gi - 1]).astype(float)}, columns=GAP_COLUMNS)
    for df_ in (stays, trips, legs, gaps):
        for c in ("start_time", "end_time"):
            df_[c] = df_[c].astype(utc)

    # ---- per-fix ids
    out = pts
    sid = np.full(n, "", dtype=object)
    if n_st:
        sid[in_stay] = stay_ids[stay_of[in_stay]]
    tid = np.full(n, "", dtype=object)
    lid = np.full(n, "", dtype=object)
    if n_tr:
        tid[occ_pt] = trip_ids[occ_trip]
        # trip-internal fixes first, then shared boundary fixes keep the trip they start
        order = np.argsort(occ_trip, kind="stable")[::-1]
        tid[occ_pt[order]] = trip_ids[occ_trip[order]]
    if len(leg_first):
        ll = leg_last - leg_first
        ll[:-1] = np.where(leg_trip[1:] == leg_trip[:-1], ll[:-1] - 1, ll[:-1])  # shared fix -> next leg
        ll = np.maximum(ll, 0) + 1
        lo = np.repeat(np.arange(len(leg_first)), ll)
        lp = np.arange(lo.size) - np.repeat(np.cumsum(ll) - ll, ll) + np.repeat(leg_first, ll)
        lid[lp] = leg_ids[lo]
    out["stay_id"] = sid
    out["trip_id"] = tid
    out["leg_id"] = lid
    stats["stays"] = int(n_st)
    stats["trips"] = int(n_tr)
    stats["legs"] = int(len(legs))
    stats["gaps"] = int(len(gaps))
    step(1.0)
    return Segmentation(points=out, stays=stays, trips=trips, legs=legs, gaps=gaps, stats=stats)


def _legs(occ_pt, occ_trip, t, cum, ucode, users, motion, p):
    """Leg ranges (first fix, last fix, trip index) from the trip fix occurrences."""
    m = len(occ_pt)
    if m == 0:
        e = np.array([], dtype=np.int64)
        return e, e, e
    ot = t[occ_pt]
    oc = cum[occ_pt]
    # trip-relative cumulative distance (shared fixes belong to two trips)
    first_of = _group_starts(occ_trip)
    base = np.maximum.accumulate(np.where(first_of, np.arange(m), 0))
    oc = oc - oc[base]
    # centred window speed
    span = float(ot.max() - ot.min() + 1e6) if m else 1.0
    key = occ_trip * span + (ot - ot.min())
    half = p.leg_speed_window_s / 2.0
    j1 = np.searchsorted(key, key - half, side="left")
    j2 = np.searchsorted(key, key + half, side="right") - 1
    j1 = np.maximum(j1, base)
    trip_last = _block_end(first_of) - 1
    j2 = np.minimum(j2, trip_last)
    # at least one step on each side when possible
    j1 = np.where(j1 == np.arange(m), np.maximum(np.arange(m) - 1, base), j1)
    j2 = np.where(j2 == np.arange(m), np.minimum(np.arange(m) + 1, trip_last), j2)
    wdt = ot[j2] - ot[j1]
    v = np.where(wdt > 0, (oc[j2] - oc[j1]) / np.where(wdt > 0, wdt, 1.0), 0.0)
    labels = np.where(v <= p.walk_max_speed_mps, _FOOT, _VEHICLE).astype(np.int64)
    mot, walk_reading = _point_motion(users[occ_pt].astype(str), ot, motion, p, v)
    use = mot >= 0
    if use.any():
        use &= ~((mot == _FOOT) & (v > p.foot_motion_max_speed_mps))
        labels = np.where(use, mot, labels)
    labels = _smooth_labels(labels, occ_trip, ot, oc, p, np.where(use, walk_reading, -1))
    new = _runs(labels, occ_trip)
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], m) - 1
    same_next = np.append(occ_trip[starts[1:]] == occ_trip[starts[:-1]], False)
    stop = np.where(same_next, ends + 1, ends)  # legs share the fix where they meet
    return occ_pt[starts], occ_pt[stop], occ_trip[starts]


def _leg_table(first, last, trip, leg_ids, trip_ids, users, t, cum, step_d, dt_prev, _ts):
    k = len(first)
    if k == 0:
        dtypes = {"leg_id": object, "trip_id": object, "user_id": object,
                  "start_time": "datetime64[ns, UTC]", "end_time": "datetime64[ns, UTC]",
                  "n_points": np.int64, "first_point": np.int64, "last_point": np.int64}
        return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, float)) for c in LEG_COLUMNS})
    dur = t[last] - t[first]
    dist = cum[last] - cum[first]
    # step speeds of the steps inside each leg (fix j-1 -> j for first < j <= last)
    nsteps = last - first
    lo = np.repeat(np.arange(k), nsteps)
    j = np.arange(lo.size) - np.repeat(np.cumsum(nsteps) - nsteps, nsteps) + np.repeat(first + 1, nsteps)
    sp = step_d[j] / np.maximum(np.nan_to_num(dt_prev[j], nan=1.0), 1.0)
    order = np.lexsort((sp, lo))
    sp = sp[order]
    cnt = nsteps
    off = np.cumsum(cnt) - cnt

    def q(frac):
        out = np.full(k, np.nan)
        ok = cnt > 0
        pos = frac * (cnt[ok] - 1)
        a = np.floor(pos).astype(np.int64)
        b = np.ceil(pos).astype(np.int64)
        va = sp[off[ok] + a]
        vb = sp[off[ok] + b]
        out[ok] = va + (vb - va) * (pos - a)
        return out

    mean = np.where(dur > 0, dist / np.where(dur > 0, dur, 1.0), np.nan)
    return pd.DataFrame({
        "leg_id": leg_ids, "trip_id": trip_ids[trip], "user_id": users[first],
        "start_time": _ts(t[first]), "end_time": _ts(t[last]), "duration_s": dur.astype(float),
        "distance_m": dist.astype(float), "n_points": (last - first + 1).astype(np.int64),
        "speed_mean_mps": mean, "speed_median_mps": q(0.5), "speed_p85_mps": q(0.85),
        "speed_max_mps": q(1.0), "first_point": first.astype(np.int64), "last_point": last.astype(np.int64)},
        columns=LEG_COLUMNS)
