"""Synthetic citizens on a real road network, with smartphone traces and the truth beside them.

:func:`simulate` is the test bench of segment travel times, before/after comparisons, purposes,
OD flows and privacy: everything it writes is known exactly. Its parts:

* **Population** (:mod:`.population`): citizens with a home, a work or study place and a few regular
  places taken from shared pools (shops, leisure, personal business, schools), all on the network's
  segments.
* **Days** (:mod:`.dayplans`): weekday commutes (with escorting, lunch, shopping and leisure chained or in
  the evening), fewer trips at weekends (some people stay home). Trips are chained in home-based
  tours; the tour mode (walk, bike, ebike, escooter, car, carpool) depends on the distance and on
  what the person owns, and commutes keep one habitual mode (:mod:`.travel`).
* **Routes** (:mod:`.routing`) are time-weighted shortest paths on the network for the mode's class (car:
  drivable roads, one-way respected; bike: cycleways too, one-way respected on main roads; walk:
  everything, both directions). Car routes use the peak or off-peak weights of their departure.
* **Speeds** per segment, direction and time band: free flow from ``maxspeed`` (else the road
  class), congestion factors in the 07-09 and 16-19 bands on main roads, a per-trip factor and a
  per-traversal random factor (log-normal), so that travel-time statistics are meaningful. Cars stop and
  go (:mod:`.kinematics`): red lights and peak queues, 2 m/s² starts and stops, in the truth's times.
  :attr:`.truth.Simulation.segment_speeds` gives the median travel time of every segment x direction x
  mode class x band x period.
* **Phones** (:mod:`.phones`): Android-like (regular 1-5 s with jitter) or iOS-like (distance filter,
  irregular, 1-30 s) sampling, recording that starts some way after the departure, GPS noise (5-15 m,
  correlated in time, heavier in narrow streets and indoors), urban-canyon outliers (50-300 m),
  lost minutes inside some trips, and sparse jittered fixes during stays (overnight too).
* **Truth** (:mod:`.truth`): trips (purpose in the EMC2 groups), legs, traversals with entry and exit
  times at the segment ends, places, stays, participant labels (e-mission vocabulary), segment speeds.
* A **circulation plan** (:mod:`.plan`) changes the network from its start: closed streets (for motor
  traffic), streets turned one-way, speed factors, bus lanes (buses and trams there run at their off-peak
  speed from the start). Trips after the start are routed on the changed network; truth rows carry
  ``period`` "before" / "after".

Everything is drawn from ``numpy.random.default_rng(seed)``: the same arguments give the same
result. Routing uses scipy's Dijkstra once per network variant; positions are interpolated with
numpy for each trip (no loop over points).
"""
from typing import Callable, Optional

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError
from ..i18n import tr
from .dayplans import day_plan
from .graph import SAMPLE_TZ, RoadGraph, network_of
from .params import SMOOTH_URBAN_FACTOR, URBAN_FACTOR, SimulationParams
from .phones import Phones
from .plan import CirculationPlan
from ..vocab.times import user_date_text
from .population import make_users, person_places, placeable_segments, shared_pools
from .routing import ModeNetworks
from .travel import Traveller
from .truth import Simulation, TruthLog, build_simulation


def simulate(network=None, n_citizens: int = 50, days: int = 7, start_date="2026-03-02", seed: int = 0,
             tz: str = SAMPLE_TZ, plan: Optional[CirculationPlan] = None,
             params: Optional[SimulationParams] = None,
             progress: Optional[Callable[[float], None]] = None,
             is_cancelled: Optional[Callable[[], bool]] = None) -> Simulation:
    """Simulate ``n_citizens`` people for ``days`` days from ``start_date`` (local midnight in ``tz``).

    ``network``: a :class:`..roads.network.Network`, a GeoJSON file of lines (``highway``, ``oneway``,
    ``maxspeed`` fields) or ``None`` for the embedded sample network. ``plan``: an optional
    :class:`.plan.CirculationPlan`. Returns a :class:`.truth.Simulation`.
    """
    p = params or SimulationParams()
    start_local = _check_inputs(n_citizens, days, start_date, tz)
    net = network_of(network)
    g = RoadGraph(net)
    rng = np.random.default_rng(seed)
    report = progress or (lambda f: None)
    cancelled = is_cancelled or (lambda: False)
    net_after = plan.apply(net) if plan is not None else None
    plan_start = plan.start_utc(tz) if plan is not None else None
    networks = ModeNetworks(g, net, net_after, URBAN_FACTOR if p.car_stop_and_go else SMOOTH_URBAN_FACTOR)
    # places: on drivable segments never closed, reachable by every class in both periods
    ok = placeable_segments(g, networks, plan.closed if plan is not None else None)
    day_utc, end_utc, offsets, weekday = _calendar(start_local, int(days), tz)

    place_rows = []
    pools = shared_pools(rng, g, ok, place_rows)
    n_c = int(n_citizens)
    users = make_users(rng, n_c, p)
    places = person_places(rng, g, ok, users, pools, place_rows)

    # trips, day by day and person by person
    lines = None
    if p.pt_share > 0:
        from .transitlines import make_lines
        lines = make_lines(g, networks)
        if plan is not None and len(plan.bus_lane or ()):
            lines.set_bus_lane(plan.bus_lane)
    log, phones = TruthLog(), Phones(g, p, rng)
    traveller = Traveller(g, p, rng, networks, plan_start, offsets, day_utc, log, phones, lines)
    total = n_c * int(days)
    done = 0
    for k in range(n_c):
        person = users.iloc[k].to_dict()
        pl = places[k]
        traveller.start_person(person, pl)
        for d in range(int(days)):
            if cancelled():
                raise Cancelled(tr("simulation cancelled"))
            traveller.run_day(d, day_plan(rng, person, pl, int(weekday[d])))
            done += 1
            if done % 20 == 0:
                report(0.8 * done / total)
        traveller.end_person(end_utc)
    report(0.85)
    sim = build_simulation(log, phones, g, users, place_rows, networks, plan, tz, net_after, lines)
    sim.start_date, sim.days = str(start_local.date()), int(days)
    report(1.0)
    return sim


def _check_inputs(n_citizens, days, start_date, tz):
    """The first local day (naive midnight); bad counts, dates or time zones raise."""
    if int(n_citizens) < 1:
        raise InputError(tr("the number of citizens must be at least 1"), field="n_citizens")
    if int(days) < 1:
        raise InputError(tr("the number of days must be at least 1"), field="days")
    try:
        start_local = pd.Timestamp(user_date_text(start_date)).normalize()
        if start_local.tzinfo is not None:
            start_local = start_local.tz_localize(None)
        pd.Timestamp(start_local).tz_localize(tz)
    except Exception as err:  # bad date or time zone
        raise InputError(tr("cannot use the start date or time zone: {err}").format(err=err),
                         field="start_date", hint=tr("Use a date like 2026-03-02 and a zone like Europe/Paris."))
    return start_local


def _calendar(start_local, days, tz):
    """UTC epoch of each local midnight, of the end, the UTC offset (s) at noon and the weekday of each day."""
    day_local = pd.date_range(start_local, periods=days, freq="D")
    day_utc = np.array([d.tz_localize(tz, ambiguous=False, nonexistent="shift_forward").tz_convert("UTC").value / 1e9
                        for d in day_local])
    end_utc = (pd.Timestamp(day_local[-1] + pd.Timedelta(days=1)).tz_localize(
        tz, ambiguous=False, nonexistent="shift_forward").tz_convert("UTC").value / 1e9)
    offsets = np.array([(pd.Timestamp(d + pd.Timedelta(hours=12)).tz_localize(tz).utcoffset().total_seconds())
                        for d in day_local])
    weekday = np.array([d.weekday() for d in day_local])
    return day_utc, end_utc, offsets, weekday
