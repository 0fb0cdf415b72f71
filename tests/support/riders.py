"""Simulated public-transport riders as the tests give them to the public-transport layers: shared by
tests/unit/test_transit_riders.py and tests/unit/test_bus_lane.py."""
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
