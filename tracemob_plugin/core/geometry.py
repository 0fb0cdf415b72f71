"""Vectorised geometry helpers on WGS84 arrays (no QGIS, no shapely needed)."""
import struct

import numpy as np

EARTH_RADIUS_M = 6_371_008.8


def haversine_m(lat1, lon1, lat2, lon2):
    """Great-circle distance in metres between arrays (or scalars) of WGS84 degrees."""
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(a, dtype=float)) for a in (lat1, lon1, lat2, lon2))
    a = (np.sin((lat2 - lat1) / 2.0) ** 2
         + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2.0) ** 2)
    return 2.0 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def step_distances_m(lat, lon):
    """Distance from each point to the next one (length n-1)."""
    lat = np.asarray(lat, dtype=float)
    lon = np.asarray(lon, dtype=float)
    return haversine_m(lat[:-1], lon[:-1], lat[1:], lon[1:])


def linestrings_wkb(lon, lat, first, last, m=None):
    """WKB LineStrings (little endian ISO WKB) through ``lon[first[i]:last[i]+1]`` for each i.

    With ``m`` (e.g. epoch seconds of each point) the lines are LineStringM (WKB type 2002):
    Tracemob stores the time of every vertex of trips and legs as its M value, so a legs layer
    alone carries the timing that mode inference needs.
    A line with a single vertex is doubled so that the geometry stays valid.
    """
    lon = np.asarray(lon, dtype="<f8")
    lat = np.asarray(lat, dtype="<f8")
    first = np.asarray(first, dtype=np.int64)
    last = np.asarray(last, dtype=np.int64)
    dims = 2 if m is None else 3
    xy = np.empty((len(lon), dims), dtype="<f8")
    xy[:, 0] = lon
    xy[:, 1] = lat
    if m is not None:
        xy[:, 2] = np.asarray(m, dtype="<f8")
    raw = xy.tobytes()
    stride = 8 * dims
    wkb_type = 2 if m is None else 2002
    out = []
    for a, b in zip(first.tolist(), last.tolist()):
        n = b - a + 1
        body = raw[a * stride:(b + 1) * stride]
        if n == 1:
            body = body + body
            n = 2
        out.append(struct.pack("<BII", 1, wkb_type, n) + body)
    return out


def point_wkb(lon, lat):
    """WKB Points for arrays of lon/lat."""
    lon = np.asarray(lon, dtype="<f8")
    lat = np.asarray(lat, dtype="<f8")
    rec = np.zeros(len(lon), dtype=[("bo", "u1"), ("t", "<u4"), ("x", "<f8"), ("y", "<f8")])
    rec["bo"] = 1
    rec["t"] = 1
    rec["x"] = lon
    rec["y"] = lat
    raw = rec.tobytes()
    size = rec.dtype.itemsize
    return [raw[i * size:(i + 1) * size] for i in range(len(lon))]
