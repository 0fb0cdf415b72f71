"""Simulated public-transport riders as the tests give them to the public-transport layers: shared by
tests/unit/test_transit_riders.py, tests/unit/test_bus_lane.py, tests/unit/test_bus_crawl.py and
tests/unit/test_access_legs.py."""
import numpy as np
import pandas as pd

PT = ("bus", "tram", "metro", "train")


def ride_legs(sim):
    """The rides as legs with their route, and the phone's fixes of the whole trip (walk, wait, ride, walk) as
    their track: the layer must keep only what was ridden."""
    pt = sim.legs[sim.legs["mode"].isin(PT)]
    legs = pd.DataFrame({"leg_id": pt.leg_id.to_numpy(), "user_id": pt.user_id.to_numpy(),
                         "transit_route": pt.transit_route.to_numpy()})
    trip_of = dict(zip(pt.trip_id, pt.leg_id))
    pts = sim.points.assign(trip_id=sim.points_truth.trip_id.to_numpy())
    pts = pts[pts.trip_id.isin(trip_of)]
    verts = pd.DataFrame({"leg_id": pts.trip_id.map(trip_of).to_numpy(), "lon": pts.lon.to_numpy(),
                          "lat": pts.lat.to_numpy(), "time": pts.time.to_numpy()})
    return legs, verts


def segment_vertices(seg):
    """One vertex per fix from each leg's first_point to its last_point of a ``segment`` result (``leg_id, lon, lat,
    time``), as the legs layer's LineStringM gives them to 'Infer modes' (a fix where two legs meet is in both)."""
    lg = seg.legs
    n = (lg.last_point - lg.first_point + 1).to_numpy()
    pos = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n) + np.repeat(lg.first_point.to_numpy(), n)
    v = seg.points.iloc[pos][["lon", "lat", "time"]].reset_index(drop=True)
    v.insert(0, "leg_id", np.repeat(lg.leg_id.to_numpy(), n))
    return v
