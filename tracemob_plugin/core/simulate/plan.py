"""A circulation plan: the changes of the network from a date (closures, one-way streets, speeds, bus lanes)."""
from dataclasses import dataclass
from typing import Dict, Optional, Sequence

import pandas as pd

from ..roads.network import Network, with_plan
from ..vocab.times import user_date_text


@dataclass
class CirculationPlan:
    """A change of the network from ``start`` (a date or a time; a date means local midnight).

    ``closed``: segment ids closed to motor traffic (people on foot and on bikes still pass);
    ``oneway``: {segment_id: 1 or -1} streets turned one-way (1: along the drawing direction,
    -1: against it, 0: both ways again), for cars and bikes; ``speed_factor``:
    {segment_id: factor} on the car speed (0.6 for a 50 -> 30 km/h zone); ``bus_lane``: segment ids given a
    bus lane: the buses and trams on them run at their off-peak speed in every band (no congestion), cars are
    not affected (:meth:`.transitlines.TransitLines.set_bus_lane`).
    The changed network is ``network.with_plan(net, closed, oneway, speed_factor)`` (bus lanes change no car
    speed).
    """
    start: object
    closed: Sequence = ()
    oneway: Optional[Dict] = None
    speed_factor: Optional[Dict] = None
    bus_lane: Sequence = ()

    def apply(self, net: Network) -> Network:
        """The network under this plan (same segment and edge ids)."""
        return with_plan(net, closed=list(self.closed or ()), oneway=dict(self.oneway or {}),
                         speed_factor=dict(self.speed_factor or {}))

    def start_utc(self, tz: str) -> float:
        ts = pd.Timestamp(user_date_text(self.start))
        if ts.tzinfo is None:
            ts = ts.tz_localize(tz, ambiguous=False, nonexistent="shift_forward")
        return ts.tz_convert("UTC").value / 1e9
