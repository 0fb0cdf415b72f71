"""Vectorised geometry helpers on WGS84 arrays (no QGIS, no shapely needed), and WKB both ways:
:func:`linestrings_wkb` / :func:`point_wkb` encode, :func:`parse_wkb_parts` / :func:`parse_line_wkb` decode."""
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


# --------------------------------------------------------------------------- WKB decoding
def parse_line_wkb(wkb):
    """(x, y, m) arrays of the vertices of an ISO WKB (Multi)LineString[Z][M]; m is NaN if absent."""
    xs, ys, ms = parse_wkb_parts(wkb)
    if not xs:
        return np.empty(0), np.empty(0), np.empty(0)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ms)


def parse_wkb_parts(wkb):
    """``(xs, ys, ms)``: one array per part (each Point or LineString) of an ISO WKB or EWKB geometry
    ((Multi)Point, (Multi)LineString, GeometryCollection of them; Z ignored, m NaN without M)."""
    xs, ys, ms = [], [], []
    _parse_into(memoryview(wkb), 0, xs, ys, ms)
    return xs, ys, ms


def _parse_into(buf, pos, xs, ys, ms):
    order = "<" if buf[pos] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", buf, pos + 1)
    pos += 5
    has_z = has_m = False
    if code & 0x80000000 or code & 0x40000000:  # EWKB flags
        has_z = bool(code & 0x80000000)
        has_m = bool(code & 0x40000000)
        code &= 0xFFFF
    thousands, base = divmod(code, 1000)
    if thousands in (1, 3):
        has_z = True
    if thousands in (2, 3):
        has_m = True
    dims = 2 + has_z + has_m
    if base == 2:  # LineString
        (n,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        arr = np.frombuffer(buf, dtype=order + "f8", count=n * dims, offset=pos).reshape(n, dims)
        xs.append(arr[:, 0].copy())
        ys.append(arr[:, 1].copy())
        ms.append(arr[:, dims - 1].copy() if has_m else np.full(n, np.nan))
        return pos + n * dims * 8
    if base == 1:  # Point
        arr = np.frombuffer(buf, dtype=order + "f8", count=dims, offset=pos)
        xs.append(arr[:1].copy())
        ys.append(arr[1:2].copy())
        ms.append(arr[dims - 1:dims].copy() if has_m else np.full(1, np.nan))
        return pos + dims * 8
    if base in (4, 5, 7):  # MultiPoint, MultiLineString, GeometryCollection
        (n,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        for _ in range(n):
            pos = _parse_into(buf, pos, xs, ys, ms)
        return pos
    raise ValueError("unsupported WKB geometry type {}".format(code))


# --------------------------------------------------------------------------- many WKBs at once
def parse_lines_wkb_many(wkbs):
    """``(x, y, m, counts)`` of many WKB (Multi)LineStrings / Points at once: the vertices of every
    geometry one after the other (``counts[i]`` of them for geometry i; 0 for None or empty).

    Vectorised with numpy when every WKB is a little-endian single LineString or Point of one type
    (what OGR and QGIS write for Tracemob's LineStringM layers); other inputs go through
    :func:`parse_wkb_parts` one geometry at a time. ``m`` is NaN where the WKB has no M.
    """
    wkbs = list(wkbs)
    n = len(wkbs)
    lengths = np.fromiter((len(w) if w is not None else 0 for w in wkbs), count=n, dtype=np.int64)
    present = np.flatnonzero(lengths >= 5)
    empty = (np.empty(0), np.empty(0), np.empty(0), np.zeros(n, dtype=np.int64))
    if len(present) == 0:
        return empty
    fast = _lines_fast(wkbs, lengths, present, n)
    if fast is not None:
        return fast
    xs, ys, ms = [], [], []
    counts = np.zeros(n, dtype=np.int64)
    for i in present.tolist():
        px, py, pm = parse_wkb_parts(wkbs[i])
        for a, b, c in zip(px, py, pm):
            keep = ~(np.isnan(a) & np.isnan(b))  # POINT EMPTY is NaN NaN
            xs.append(a[keep])
            ys.append(b[keep])
            ms.append(c[keep])
            counts[i] += int(keep.sum())
    if not xs:
        return empty
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ms), counts


def _lines_fast(wkbs, lengths, present, n):
    raw = np.frombuffer(b"".join(bytes(wkbs[i]) for i in present.tolist()), dtype=np.uint8)
    size = lengths[present]
    starts = np.concatenate([[0], np.cumsum(size)[:-1]])
    if not (raw[starts] == 1).all():
        return None
    codes = (raw[starts + 1].astype(np.uint32) | (raw[starts + 2].astype(np.uint32) << 8)
             | (raw[starts + 3].astype(np.uint32) << 16) | (raw[starts + 4].astype(np.uint32) << 24))
    code = int(codes[0])
    if not (codes == code).all():
        return None
    thousands, base = divmod(code, 1000)
    if base not in (1, 2) or thousands > 3:
        return None
    dims = 2 + (thousands in (1, 3)) + (thousands in (2, 3))
    if base == 2:
        if (size < 9).any():
            return None
        npts = (raw[starts + 5].astype(np.int64) | (raw[starts + 6].astype(np.int64) << 8)
                | (raw[starts + 7].astype(np.int64) << 16) | (raw[starts + 8].astype(np.int64) << 24))
        header = 9
    else:
        npts = np.ones(len(present), dtype=np.int64)
        header = 5
    if not (size == header + npts * dims * 8).all():
        return None
    keep = np.ones(len(raw), dtype=bool)
    keep[(starts[:, None] + np.arange(header)[None, :]).ravel()] = False
    coords = raw[keep].view("<f8").reshape(-1, dims)
    counts = np.zeros(n, dtype=np.int64)
    counts[present] = npts
    if base == 1:  # POINT EMPTY is NaN NaN: no vertex
        ok = ~(np.isnan(coords[:, 0]) & np.isnan(coords[:, 1]))
        if not ok.all():
            coords = coords[ok]
            counts[present[~ok]] = 0
    m = coords[:, dims - 1].copy() if thousands in (2, 3) else np.full(len(coords), np.nan)
    return coords[:, 0].copy(), coords[:, 1].copy(), m, counts


def zone_problems(geoms, ids=None, layer: str = "", min_share: float = 1e-6):
    """Warnings (translated text) about a zone layer whose polygons are self-intersecting (invalid: they
    were repaired) or overlap one another (a point, a trip, counted in two zones): ``[]`` when clean.

    ``geoms``: shapely geometries as read (before any repair), ``ids`` their zone identifiers. Two zones
    overlap when their common area is over ``min_share`` of the smaller one (shared borders do not count).
    """
    import shapely

    from .i18n import tr

    geoms = np.asarray(list(geoms), dtype=object)
    if not len(geoms):
        return []
    ids = [str(i + 1) for i in range(len(geoms))] if ids is None else [str(v) for v in ids]
    out = []
    invalid = np.flatnonzero(~shapely.is_valid(geoms))
    if len(invalid):
        out.append(tr("Zones of {layer}: {n} polygon(s) are invalid (self-intersecting), e.g. {examples}: they "
                      "were repaired; check them (Vector > Geometry Tools > Check Validity).").format(
            layer=layer or "-", n=len(invalid), examples=", ".join(ids[i] for i in invalid[:5])))
    fixed = shapely.make_valid(geoms)
    tree = shapely.STRtree(fixed)
    left, right = tree.query(fixed, predicate="intersects")
    pairs = [(i, j) for i, j in zip(left.tolist(), right.tolist()) if i < j]
    overlapping = []
    for i, j in pairs:
        common = shapely.area(shapely.intersection(fixed[i], fixed[j]))
        if common > min_share * min(shapely.area(fixed[i]), shapely.area(fixed[j])) and common > 0:
            overlapping.append((i, j))
    if overlapping:
        out.append(tr("Zones of {layer}: {n} pair(s) of zones overlap, e.g. {examples}: a trip in the common part "
                      "counts in both. Fix the zones so that they do not overlap.").format(
            layer=layer or "-", n=len(overlapping),
            examples=", ".join("{0} / {1}".format(ids[i], ids[j]) for i, j in overlapping[:5])))
    return out
