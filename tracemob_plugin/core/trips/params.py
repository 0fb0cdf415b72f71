"""Every threshold of the segmentation, with its documentation (also the Processing parameters' help)."""
import math
from dataclasses import dataclass, fields

from ..errors import InputError
from ..i18n import tr

# The text-valued parameters and their allowed values (the Processing glue offers them as choices).
PARAM_CHOICES = {
    "stay_method": ("dwell", "window", "sliding"),
    "stay_window": ("forward", "backward", "both"),
}


@dataclass
class SegmentationParams:
    """Every threshold of :func:`segment`. Units are in the names (m, s, m/s).

    The default ``"dwell"`` method is e-mission's intake pipeline (e-mission-server d64f2ec4),
    ported rule by rule: trip detection (``trips.dwell``), sections from the phone's motion
    activity (``trips.sections``), jump smoothing (``trips.smoothing``) and the cleaned timeline
    (``trips.timeline``). Its thresholds are e-mission's constants, exposed here so that they are
    documented; changing them leaves e-mission's behaviour. e-mission's other fixed constants, used
    as they are: a trip also ends after a gap of more than 12 hours; the still window needs at
    least ``dwell_min_points`` - 2 fixes, one of them between ``stay_min_duration_s`` - 30 s and
    ``stay_min_duration_s`` old; the next trip after a still window starts at the first step of
    ``stay_radius_m`` or more, or after a pause of ``dwell_restart_gap_s``; on iOS a trip without a
    usable motion reading needs a transition; the flip-flop rules of the sections (walking at most
    1.7 m/s, cycling at most 8.5 m/s and at least 60 s, a vehicle at least 5 minutes, a change of
    more than 25 % of a trip kept, streaks of more than 3 flip-flops become cycling); jump smoothing
    (speeds above the upper quartile + 3 interquartile ranges, 100 m clusters, POSDAP at 340.29
    m/s); the cleaned timeline (a trip start moved back at most half the time at the place and 3
    minutes after the arrival, at 1 m/s for a non-motorised section just above walking/cycling
    speed, a deleted end fix within 100 m of the place is no place, distances resampled every
    30 s, air or high-speed rail above 150 km/h (100 km/h with 10 % of steps above 150 km/h),
    on-foot over 10 km at 10 km/h and cycling over 100 km at 20 km/h are unknown, a trip leaving
    a merged place starts 30 s earlier when it starts within 100 m of it (except a trip started at
    the departure, ``departure_radius_m``), untracked time starts
    5 s after the arrival and is dropped when the next kept start is within 100 m).
    :meth:`trackintel` gives trackintel's settings (sliding method).
    """
    # --- cleaning
    max_accuracy_m: float = 200.0
    """Fixes whose reported accuracy is worse (larger) than this are dropped (NaN is kept;
    e-mission's accuracy filter also keeps fixes below 200 m)."""
    duplicate_window_s: float = 0.0
    """A fix less than this after the previous fix of the same user is a near duplicate and is
    dropped (0, the default: only the same fix twice, same time and position, is dropped, as
    e-mission does)."""
    spike_speed_mps: float = 30.0
    """A fix reached and left faster than this, on a jump that comes back (the neighbours are close
    to each other), is a spike and is dropped; so are two or three such fixes in a row
    (``clean.BURST_MAX_POINTS``) entered and left this fast while the fixes around them are close together.
    (Dwell method: only the fixes that do not come from e-mission's phone app; e-mission's own are left to its
    jump smoothing of each section.)"""
    max_speed_mps: float = 320.0
    """A fix reached and left faster than this is physically impossible and is dropped (dwell
    method: as for ``spike_speed_mps``)."""
    jump_max_points: int = 30
    """Up to this many fixes reached by a jump faster than ``max_speed_mps`` and left by another
    one, while the fixes around them are consistent, are a burst of wrong positions: dropped
    (dwell method: as for ``spike_speed_mps``)."""
    # --- stays
    stay_method: str = "dwell"
    """How trips and stays are found.

    ``"dwell"`` (default): e-mission's pipeline. For fixes recorded with a time filter (Android,
    and any file that is not e-mission's), a trip ends when the fixes of the last
    ``stay_min_duration_s`` (and the last ``dwell_min_points`` fixes) all lie within
    ``stay_radius_m`` of the latest one, or at a gap of more than ``gap_min_s`` without motion
    activity (or covered slower than ``stay_radius_m`` in ``stay_min_duration_s``), or when the
    phone's tracking restarted; the end is put in the middle of that window. For fixes recorded
    with a distance filter (iOS) the rule of ``dist_filter_*`` applies. Trips without a section
    or shorter than ``min_trip_distance_m`` are dropped, starts are moved back to the departure,
    the legs are e-mission's sections (from the phone's motion activity) with their sensed mode.
    ``"window"``: a fix is at a place when the fixes of a window of ``stay_min_duration_s`` after
    it (or before it, ``stay_window``) all lie within ``stay_radius_m`` of it; overlapping
    windows make one stay, which starts at the arrival.
    ``"sliding"``: trackintel's anchor chain, exactly (used by :meth:`trackintel`)."""
    stay_radius_m: float = 100.0
    """Radius within which a person is still at the same place (dwell: around the latest fix of
    the window, e-mission's 100 m; window and sliding: around the first fix)."""
    stay_min_duration_s: float = 300.0
    """Minimum time within the radius for a stay (e-mission and trackintel: 5 minutes)."""
    dwell_min_points: int = 9
    """Dwell method: the still window also spans at least this many fixes (e-mission: 9)."""
    dwell_restart_gap_s: float = 60.0
    """Dwell method: after a trip end, the next trip starts at the first fix that comes more than
    this after the previous one or ``stay_radius_m`` away from it (e-mission: 60 s); for files
    that are not e-mission's (a logger that keeps recording at the place), also at the first fix
    ``stay_radius_m`` away from the fix that ended the trip."""
    dist_filter_radius_m: float = 50.0
    """Dwell method, fixes recorded with a distance filter (iOS: a fix every n metres, none while
    still): e-mission's ``DwellSegmentationDistFilter`` radius. After a trip end, the next trip
    starts at the first fix this far from the previous one (e-mission: 50 m)."""
    dist_filter_min_duration_s: float = 600.0
    """Dwell method, distance filter: a trip ends before a fix that comes more than this after the
    previous one, unless the phone reported motion during the gap and covered it faster than
    twice the radius in half this time (e-mission: 10 minutes)."""
    untracked_min_distance_m: float = 2500.0
    """Dwell method: the phone reappears at least this far from where the previous trip ended,
    having moved slower than ``untracked_max_speed_mps`` on average (or its tracking restarted):
    it was off, and the time in between is untracked (``gaps``), not a stay (e-mission: 2.5 km for
    time-filter phones)."""
    untracked_min_distance_ios_m: float = 1200.0
    """... the same for distance-filter phones (e-mission: 1.2 km)."""
    untracked_max_speed_mps: float = 3000.0 / 3600.0
    """... the average speed below which the phone cannot have been tracking (e-mission: 3 km/h,
    a little less than walking speed)."""
    bridge_min_distance_m: float = 1000.0
    """Dwell method, fixes that are not from e-mission's phone app (GPX, CSV, GeoLife, loggers): a
    gap longer than ``gap_min_s`` between two moving fixes that covers at least this distance ...
    """
    bridge_min_speed_mps: float = 3.0
    """... faster than this (straight line; faster than walking) is a ride the phone did not
    record (a tunnel, a train, a flight, a phone asleep): the trip goes on, and the gap is a leg
    of its own whose ``sensed_mode`` is ``"untracked"``, not untracked time ..."""
    bridge_side_min_speed_mps: float = 1.0
    """... when the fixes are moving on both sides of the gap: the speed over
    ``leg_speed_window_s`` before it and after it is at least this."""
    station_stop_max_s: float = 1800.0
    """Dwell method, fixes that are not from e-mission's phone app: a place between two trips
    shorter than this (from the trip end to the next start), where the fixes never move at
    walking speed farther than ``stay_radius_m`` (nobody walked, from ``stay_min_duration_s``
    before the trip end to as long after the next start), between two rides faster than
    ``station_min_speed_mps``, is a stop of the vehicle (a train at a station): the two trips
    are one (0 turns this off)."""
    station_min_speed_mps: float = 5.0
    """... the straight-line speed over twice ``stay_min_duration_s`` before the first trip's end
    and after the next one's start (18 km/h: a motorised ride, not a walk nor most bicycles) ..."""
    station_fast_speed_mps: float = 12.0
    """... and one of the two rides at least this fast, over those minutes or over the whole ride when
    it covers ``bridge_min_distance_m`` (43 km/h: a train, a coach on a motorway; a car in town that
    stops this long was parked, for an errand whose walk the phone did not record; 0: no such
    condition). A stop the vehicle went on through (from the trip end to the next start, at least
    ``bridge_min_distance_m`` at ``station_min_speed_mps``: a phone silent in a GPS outage) needs none."""
    station_transfer_max_s: float = 3600.0
    """... and such a place longer than ``station_stop_max_s`` but at most this (s) when **both** rides are
    at least ``station_fast_speed_mps`` (a train on each side: a connection between two trains, or a long
    halt, which travel surveys count inside the trip; nobody walked there either; 0 or at most
    ``station_stop_max_s``, or ``station_fast_speed_mps`` 0: no such longer stop)."""
    arrival_radius_m: float = 50.0
    """Dwell method, fixes that are not from e-mission's phone app: a trip ends at the arrival, the
    fix after the last ones farther than this (and than their accuracy times
    ``dwell.ACCURACY_FACTOR``) from the place it reaches, plus the time to reach it (or, where the
    phone reads its speed, the fix where it stops), not in the middle of the still window that ended
    it, minutes later (0: off, e-mission's rule, which e-mission's own data always keeps; see
    ``dwell.trim_arrivals``). 50 m: chosen with ``departure_radius_m`` on generated-town studies
    (``bench/bench_transit.py --boundaries-cv``, seeds 1-2, scored on 5 and 8)."""
    departure_radius_m: float = 50.0
    """Dwell method, fixes that are not from e-mission's phone app: a trip starts at the departure, its
    first fixes farther than this (and than their accuracy times ``dwell.ACCURACY_FACTOR``) from the
    place it leaves (also those just before the fix a stay radius away where the dwell rule starts it),
    taken back to that place at the pace it left at (the phone's speed readings, else the speed over
    its first 30 s; ``timeline._departure_back``), not at the still fixes a phone records there before
    leaving, nor 30 s earlier when GPS noise merged that place (0: off, e-mission's rule; see
    ``dwell.trim_departures``)."""
    wait_max_s: float = 1200.0
    """With public-transport stops given: a place between two trips of at most this long (20 min), centred
    within ``wait_stop_m`` of a stop and left in a vehicle, is a wait at the stop inside one trip (a ``wait``
    leg), not a stay that splits the trip in two (``trips.waits``). Without stops: no effect."""
    wait_stop_m: float = 40.0
    """With stops: how near a stop (m) the centre of such a place lies (GPS noise while standing, a stop's
    platforms)."""
    wait_walk_mps: float = 0.0
    """With stops: 0 (the default), a wait may follow any arrival, a transfer from another ride included;
    above 0, only an arrival on foot (the leg before the wait at a median speed of at most this, m/s), which
    also keeps a short errand by car next to a stop a stay."""
    wait_ride_p85_mps: float = 5.0
    """With stops: the leg after the wait is a ride: its 85th-percentile speed at least this (m/s, 18 km/h)."""
    section_min_confidence_ios: float = 49.0
    """Dwell method: motion readings of distance-filter phones (iOS) at most this confident (0-100)
    are ignored when the trips are cut into sections (e-mission: 49, so that all three iOS levels,
    low 50, medium 75 and high 100, count; Android: see ``motion_min_confidence``)."""
    section_stop_radius_m: float = 150.0
    """Dwell method: a stop between two sections (the gap from one section's last fix to the next
    one's first) longer than this is given to one of the sections (e-mission's stop squishing,
    ``section.startStopRadius``: 150 m)."""
    max_write_delay_s: float = 1000.0
    """Dwell method, time filter: fixes that the phone wrote (``write_ts``) this long or more
    after taking them are left out of the trip-end detection (e-mission: 1000 s)."""
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
    """A time gap between two consecutive fixes longer than this is examined by the gap rule
    (e-mission: twice the 5 minute dwell time; dwell method: it ends the trip unless the phone
    reported motion activity during it and covered it faster than ``stay_radius_m`` in
    ``stay_min_duration_s``)."""
    gap_still_max_speed_mps: float = 100.0 / 300.0
    """Window and sliding methods: a long gap covered slower than this (straight-line distance /
    duration) is time spent at the place before it: it counts as stay time (e-mission's 100 m in
    5 min). Faster is movement."""
    gap_bridge_max_s: float = 3 * 3600.0
    """Window and sliding methods: a long gap with movement stays inside its trip (a tunnel, an
    underground train, a flight) when the phone reported motion activity during it and it is
    shorter than this. Otherwise it is untracked time: it goes to ``gaps`` and the trips stop at
    it. (Window method: gaps between two moving fixes shorter than this are kept inside the
    trip.)"""
    # --- trips
    activity_min_duration_s: float = 300.0
    """Window and sliding methods: a stay at least this long is an activity: trips run between
    activities. Shorter stays stay inside the trip. (Dwell method: every place between two trips
    is one, as in e-mission.)"""
    trips_share_stay_points: bool = True
    """Window and sliding methods: trips start at the last fix of the stay they leave and end at
    the first fix of the stay they reach (so the line touches both places). trackintel: no (first
    fix after, last before)."""
    share_max_gap_s: float = 60.0
    """... but only when the two fixes are at most this far apart in time (after a longer
    pause the trip starts at its own first fix)."""
    extrapolate_trip_start: bool = True
    """Move a trip's start back from its first fix by the distance to the place it leaves,
    covered at the median speed of its first leg (dwell: of its first section, e-mission's rules),
    never before the arrival at that place, as e-mission does: phones often record only some time
    after the departure. That distance counts in ``distance_m``."""
    min_trip_points: int = 2
    """Window and sliding methods: trips with fewer moving fixes (not in any stay) are dropped."""
    min_tripleg_points: int = 1
    """Window and sliding methods: a run of moving fixes between two stays shorter than this is
    no part of any trip (trackintel drops triplegs of fewer than 2 fixes)."""
    min_trip_distance_m: float = 100.0
    """Trips shorter than this are dropped (e-mission: 100 m, its sections resampled every 30 s
    and the stops between them; 0 keeps all)."""
    min_trip_extent_m: float = 100.0
    """Window and sliding methods: trips that never go farther than this from the place they
    leave (GPS jitter at home) are dropped (0 keeps all)."""
    merge_stays_across_dropped_trips: bool = True
    """Window and sliding methods: when a trip is dropped, the stays on both sides become one
    stay; so do stays that follow each other at the same place with no fix between them
    (trackintel keeps them apart). (Dwell method: always, as e-mission.)"""
    # --- legs (dwell method: only in trips where the phone sensed no way of travelling, e.g.
    # without motion activity; elsewhere the legs are e-mission's sections)
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
    place_walk_min_distance_m: float = 150.0
    """Dwell method, fixes that are not from e-mission's phone app: a walking run that starts or
    ends a trip (a walk from or to a place, whose first metres are still inside the place's
    radius) is a leg when it covers this and lasts ``min_seen_walk_leg_duration_s`` at walking
    pace (``bridge_side_min_speed_mps`` or faster on average; slower is a vehicle creeping): a
    short walk to a bus is not part of the bus ride."""
    motion_max_age_s: float = 300.0
    """Window and sliding methods: a motion activity reading applies to the fixes up to this
    long after it."""
    motion_transition_max_s: float = 1800.0
    """Window and sliding methods: between two motion readings at most this far apart, the fixes take the faster of the two
    readings' ways of travelling (walking < cycling < vehicle), whatever their age: e-mission's
    rule for where a section changes (waiting in a stopped train belongs to the train). 0: each
    reading applies only up to ``motion_max_age_s``. A fix moving at walking pace (from
    ``motion_walk_min_speed_mps`` to ``walk_max_speed_mps``) within ``motion_max_age_s`` of a
    walking reading stays walking."""
    motion_walk_min_speed_mps: float = 1.0
    """See ``motion_transition_max_s``: the slowest window speed that is walking, not standing."""
    motion_min_confidence: float = 60.0
    """Motion activity readings at most this confident (0-100) are ignored (e-mission's section
    segmentation of time-filter phones keeps those above 60; window and sliding methods: less
    confident than this; flip-flopping low-confidence readings otherwise cut legs that the phone
    did not really see)."""

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
        """The defaults (e-mission's pipeline)."""
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

