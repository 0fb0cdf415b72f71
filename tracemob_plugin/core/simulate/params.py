"""The simulator's knobs (:class:`SimulationParams`, named mode mixes) and its fixed choices: time bands,
travel modes and their classes, e-mission labels, purposes, congestion factors."""
from dataclasses import dataclass, field, replace
from typing import Dict, Sequence

import numpy as np

from ..errors import InputError
from ..i18n import tr

#: local time bands (label, start hour, end hour)
BANDS = (("00-07", 0, 7), ("07-09", 7, 9), ("09-16", 9, 16), ("16-19", 16, 19), ("19-24", 19, 24))
#: index into BANDS of each local hour
HOUR_BAND = np.array([0] * 7 + [1] * 2 + [2] * 7 + [3] * 3 + [4] * 5)
#: bands whose car speeds are the peak ones (routes chosen at peak weights)
PEAK_BANDS = (1, 3)

#: the simulator's travel choices (a subset of the vocabulary's modes, plus carpool)
MODES = ("walk", "bike", "ebike", "escooter", "car", "carpool")
MODE_CLASS = {"walk": "walk", "bike": "bike", "ebike": "bike", "escooter": "bike", "car": "car",
              "carpool": "car"}
#: e-mission's label values for the participant's confirmation of a mode
MODE_LABEL = {"walk": "walk", "bike": "bike", "ebike": "e-bike", "escooter": "scootershare",
              "car": "drove_alone", "carpool": "shared_ride", "bus": "bus", "tram": "tram", "metro": "subway",
              "train": "train"}
#: EMC2 purpose groups
PURPOSES = ("home", "work", "study", "shopping", "leisure", "escort", "personal_business", "other")

#: car congestion factor on speed per band (main roads, other roads)
CONGESTION = {"main": (1.05, 0.55, 0.85, 0.6, 0.95), "other": (1.05, 0.8, 0.95, 0.8, 1.0)}
URBAN_FACTOR = 1.0   # cruise speed between stops / speed limit (stops at lights: simulate.kinematics)
SMOOTH_URBAN_FACTOR = 0.8   # travel speed / speed limit of cars without stops (lights folded in the speed)
#: speed of each bike-class mode relative to a bike
BIKE_SPEED = {"bike": 1.0, "ebike": 1.3, "escooter": 1.2}


@dataclass
class SimulationParams:
    """Knobs of :func:`.simulator.simulate` (units in the names)."""
    android_share: float = 0.6
    android_intervals_s: Sequence[float] = (1.0, 2.0, 3.0, 5.0)
    """Base sampling interval of an Android-like phone (one per person); each interval is jittered
    by ``android_jitter`` (a share, uniform)."""
    android_jitter: float = 0.2
    ios_distance_filter_m: Sequence[float] = (10.0, 50.0)
    """Range of the iOS-like distance filter (one per person); a fix also comes every
    ``ios_max_interval_s`` at the latest while moving."""
    ios_max_interval_s: float = 30.0
    noise_sigma_m: Sequence[float] = (5.0, 12.0)
    """Range of each person's GPS error, standard deviation per axis in the open; narrow streets
    multiply it by ``narrow_noise_factor``, indoors by ``indoor_noise_factor``."""
    narrow_noise_factor: float = 1.35
    indoor_noise_factor: float = 1.5
    noise_correlation_s: float = 30.0
    outlier_rate: float = 0.02
    """Share of fixes thrown 50-300 m away (urban canyon); doubled in narrow streets."""
    outlier_distance_m: Sequence[float] = (50.0, 300.0)
    gap_trip_share: float = 0.08
    """Share of trips (longer than 4 minutes) that lose a stretch of ``gap_s`` seconds."""
    gap_s: Sequence[float] = (60.0, 240.0)
    start_delay_m: Dict[str, Sequence[float]] = field(
        default_factory=lambda: {"android": (0.0, 40.0), "ios": (30.0, 150.0)})
    """Recording starts after this distance from the departure (geofence exit), per phone kind."""
    stay_tail_s: Sequence[float] = (360.0, 600.0)
    """After an arrival the phone keeps recording at its moving rate this long, then sparsely."""
    stay_sparse_mean_s: float = 2400.0
    """Mean interval between fixes during the rest of a stay (exponential, clipped to
    ``stay_sparse_range_s``): phones mostly stop recording at a place."""
    stay_sparse_range_s: Sequence[float] = (300.0, 10800.0)
    label_user_share: float = 0.4
    """Share of participants who confirm trips; each of them labels a share in ``label_rate``."""
    label_rate: Sequence[float] = (0.5, 0.95)
    car_owner_share: float = 0.45
    car_weight: float = 1.4
    """Relative preference for the car in the mode choice (walk 4 at 0 m, bike 1.6...)."""
    bike_owner_share: float = 0.55
    ebike_share: float = 0.15
    escooter_user_share: float = 0.2
    car_tt_sigma: float = 0.18
    """Log-normal sigma of the per-traversal travel-time factor for cars (lights, queues)."""
    car_trip_sigma: float = 0.08
    car_stop_and_go: bool = False
    """True: cars stop at red lights and in peak queues and ramp their speed (:mod:`.kinematics`), the
    realistic city-centre driving the mode benches use. False (default): each piece at a constant speed.
    Not yet the default: ``segment_speeds`` (the truth of travel-time benches) has no waits, and map
    matching puts a wait on one of the ~15 m pieces around a light, so the travel-time figures would
    compare two different things."""
    bike_stop_and_go: bool = False
    """True: bicycles, e-bikes and scooters stop at red lights too (no queues) and ramp their speed at
    ``kinematics.BIKE_ACCEL``, as cyclists in a city centre do. False (default): each piece at a constant speed."""
    bike_tt_sigma: float = 0.10
    walk_tt_sigma: float = 0.08
    pt_share: float = 0.0
    """Share of tours by public transport (0: none, the default): generated bus, tram, metro and train lines
    (:mod:`.transitlines`); a trip no line serves within ``pt_walk_max_m`` of both ends goes another way."""
    pt_walk_max_m: float = 600.0


#: Mode mixes a planner can pick (``SimulationParams`` fields): a dense centre where most trips are
#: walked or cycled (the default), a balanced inner suburb, and a car-oriented town.
MODE_MIXES = {
    "centre": {},
    "suburb": {"car_owner_share": 0.7, "car_weight": 2.5, "bike_owner_share": 0.45},
    "car": {"car_owner_share": 0.9, "car_weight": 5.0, "bike_owner_share": 0.35},
}


def params_for_mix(mix="centre", **overrides) -> "SimulationParams":
    """SimulationParams of a named mode mix (``MODE_MIXES``), with optional field overrides."""
    if mix not in MODE_MIXES:
        raise InputError(tr("Unknown mode mix '{mix}'.").format(mix=mix), field="MODE_MIX",
                         hint=tr("Use one of: {names}.").format(names=", ".join(MODE_MIXES)))
    return replace(SimulationParams(), **{**MODE_MIXES[mix], **overrides})
