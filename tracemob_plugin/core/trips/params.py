"""Every threshold of the segmentation, with its documentation (also the Processing parameters' help)."""
import math
from dataclasses import dataclass, fields

from ..errors import InputError
from ..i18n import tr

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

