"""Trips rebuilt from their legs, when only a legs layer is at hand (e.g. the before/after comparison)."""
import numpy as np
import pandas as pd

from ..geometry import haversine_m


def trips_from_leg_vertices(legs: pd.DataFrame, vertices: pd.DataFrame):
    """``(trips, routes)`` from legs (``leg_id, trip_id``) and their vertices (``leg_id, user_id, lon, lat,
    time``).

    ``trips``: ``trip_id, user_id, start_time, end_time, distance_m, origin_lon, origin_lat, duration_s``
    (the distance sums the steps between the trip's vertices in time order); ``routes``: the vertices of
    each trip, ``trip_id, lon, lat, time``. Vertices of legs without a trip are left out.
    """
    v = vertices.merge(legs[["leg_id", "trip_id"]], on="leg_id", how="left")
    v = v[v["trip_id"].notna()].sort_values(["trip_id", "time"], kind="stable").reset_index(drop=True)
    v["trip_id"] = v["trip_id"].astype(str)
    step = np.zeros(len(v))
    if len(v) > 1:
        step[1:] = haversine_m(v["lat"].to_numpy()[:-1], v["lon"].to_numpy()[:-1], v["lat"].to_numpy()[1:],
                               v["lon"].to_numpy()[1:])
        step[1:][v["trip_id"].to_numpy()[1:] != v["trip_id"].to_numpy()[:-1]] = 0.0
    v["step"] = step
    g = v.groupby("trip_id", sort=False)
    trips = pd.DataFrame({"user_id": g["user_id"].first(), "start_time": g["time"].min(),
                          "end_time": g["time"].max(), "distance_m": g["step"].sum(),
                          "origin_lon": g["lon"].first(), "origin_lat": g["lat"].first()}).reset_index()
    trips["duration_s"] = (trips["end_time"] - trips["start_time"]).dt.total_seconds()
    return trips, v[["trip_id", "lon", "lat", "time"]]
