"""GeoJSON traces: a FeatureCollection of timed Points, or LineStrings with per-vertex times.

Point properties are recognised by the same names as table columns (time, user_id, accuracy,
speed...). Line vertices take their times from ``properties.coordTimes`` or ``properties.times``
(as written by togeojson / gpx converters) or ``properties.coordinateProperties.times``; a
MultiLineString gives one list per part.
"""
from pathlib import Path
from typing import List, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..vocab.columns import find_column
from ..vocab.times import parse_times
from .common import Traces, check_coordinates, empty_labels, empty_motion, file_label, finalize_points


def is_geojson(obj) -> bool:
    return isinstance(obj, dict) and obj.get("type") in ("FeatureCollection", "Feature")


def _line_times(props: dict):
    for key in ("coordTimes", "times", "coord_times", "timestamps"):
        if key in props:
            return props[key]
    cp = props.get("coordinateProperties")
    if isinstance(cp, dict):
        for key in ("times", "coordTimes"):
            if key in cp:
                return cp[key]
    return None


def parse_geojson(obj: dict, source, user_id: Optional[str] = None, timezone: str = "UTC") -> Traces:
    fname = file_label(source)
    feats = obj.get("features") if obj.get("type") == "FeatureCollection" else [obj]
    if not isinstance(feats, list) or not feats:
        raise InputError(tr("the GeoJSON has no feature"), file=fname,
                         hint=tr("Export the trace again: the file holds no data."))
    default_user = user_id if user_id else Path(fname.replace(".gz", "")).stem
    lat: List[float] = []
    lon: List[float] = []
    tim: list = []
    usr: list = []
    acc: List[float] = []
    spd: List[float] = []
    row: List[int] = []
    n_other = 0
    roles = {}  # property names -> (user, time, accuracy, speed, speed_kmh) keys, looked up once

    def keys_of(props):
        names = tuple(props.keys())
        found = roles.get(names)
        if found is None:
            found = roles[names] = tuple(find_column(names, r) for r in
                                         ("user", "time", "accuracy", "speed", "speed_kmh"))
        return found

    for i, f in enumerate(feats):
        geom = f.get("geometry") if isinstance(f, dict) else None
        props = f.get("properties") if isinstance(f, dict) else None
        props = props if isinstance(props, dict) else {}
        if not isinstance(geom, dict):
            n_other += 1
            continue
        gtype = geom.get("type")
        ukey, tkey, akey, skey, kkey = keys_of(props)
        user = props.get(ukey) if ukey else None
        user = str(user) if user not in (None, "") else default_user
        if gtype == "Point":
            if tkey is None:
                raise InputError(tr("this point has no time property"), file=fname, row=i + 1,
                                 field="properties",
                                 hint=tr("Each point needs a 'time' (or 'timestamp', 'datetime') "
                                         "property; rows count the features from 1."))
            c = geom.get("coordinates") or [np.nan, np.nan]
            lon.append(_f(c[0]))
            lat.append(_f(c[1]) if len(c) > 1 else np.nan)
            tim.append(props[tkey])
            usr.append(user)
            acc.append(_f(props.get(akey)) if akey else np.nan)
            sp = _f(props.get(skey)) if skey else (_f(props.get(kkey)) / 3.6 if kkey else np.nan)
            spd.append(sp)
            row.append(i + 1)
        elif gtype in ("LineString", "MultiLineString"):
            times = _line_times(props)
            parts = [geom.get("coordinates") or []] if gtype == "LineString" else \
                (geom.get("coordinates") or [])
            tparts = [times] if gtype == "LineString" else times
            if times is None or not isinstance(tparts, list) or len(tparts) != len(parts) or any(
                    not isinstance(t, list) or len(t) != len(p) for t, p in zip(tparts, parts)):
                raise InputError(tr("this line has no time for each vertex"), file=fname, row=i + 1,
                                 field="properties.coordTimes",
                                 hint=tr("Give lines a 'coordTimes' (or 'times') property with "
                                         "one time per vertex, or export timed points."))
            for p, t in zip(parts, tparts):
                for c in p:
                    lon.append(_f(c[0]))
                    lat.append(_f(c[1]) if len(c) > 1 else np.nan)
                tim.extend(t)
                usr.extend([user] * len(p))
                acc.extend([np.nan] * len(p))
                spd.extend([np.nan] * len(p))
                row.extend([i + 1] * len(p))
        else:
            n_other += 1
    warnings: List[str] = []
    if n_other:
        warnings.append(tr("{file}: {n} features that are neither timed points nor lines were "
                           "ignored").format(file=fname, n=n_other))
    if not lat:
        raise InputError(tr("no timed point or line in this GeoJSON"), file=fname,
                         hint=tr("Give a FeatureCollection of Points with a time property."))
    rows = np.asarray(row)
    check_coordinates(lat, lon, fname, rows=rows, row_label="geometry.coordinates",
                      rows_note=tr("Rows count the features from 1."))
    time = parse_times(pd.Series(tim, dtype=object), fname, timezone=timezone, rows=rows,
                       field="properties.time", groups=usr, warnings=warnings)
    points = finalize_points(pd.DataFrame({
        "user_id": usr, "time": time, "lat": lat, "lon": lon, "accuracy_m": acc, "speed_mps": spd,
        "source_file": fname}))
    return Traces(points, empty_motion(), empty_labels(), warnings, [fname])


def _f(v) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return np.nan
