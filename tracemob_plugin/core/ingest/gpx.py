"""GPX 1.0 / 1.1 tracks, read incrementally (iterparse) whatever the namespaces.

Track points (``trkpt``; route points ``rtept`` when there is no track) with a ``<time>``
become fixes. Speed is GPX 1.0's ``<speed>`` or any ``speed`` element in the point's
``<extensions>`` (Garmin TrackPointExtension, OsmAnd...), in m/s; accuracy comes from an
``accuracy`` / ``hacc`` extension when present. GPX times are UTC by the standard, so naive
times are read as UTC.
"""
import io
from pathlib import Path
from typing import List, Optional
from xml.etree import ElementTree as ET

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..vocab.times import parse_times
from .common import Traces, check_coordinates, empty_labels, empty_motion, file_label, finalize_points

_ACC_NAMES = ("accuracy", "hacc", "horizontal_accuracy", "horizontalaccuracy")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _float(text) -> float:
    try:
        return float(text)
    except (TypeError, ValueError):
        return np.nan


def _declares_entities(raw: bytes, exc: Exception) -> bool:
    """The parse failed on entities (expat's amplification limit, an undefined or recursive entity) in a
    document that declares some: not a truncated download."""
    text = str(exc).lower()
    if "amplification" in text:
        return True
    return b"<!entity" in raw[:1024 * 1024].lower() and ("entity" in text or "recursive" in text)


def parse_gpx_bytes(raw: bytes, source, user_id: Optional[str] = None,
                    timezone: str = "UTC") -> Traces:
    fname = file_label(source)
    cols = {"trkpt": ([], [], [], [], []), "rtept": ([], [], [], [], [])}
    try:
        for _event, elem in ET.iterparse(io.BytesIO(raw), events=("end",)):
            name = _local(elem.tag)
            if name not in cols:
                continue
            lat_l, lon_l, time_l, spd_l, acc_l = cols[name]
            lat_l.append(_float(elem.get("lat")))
            lon_l.append(_float(elem.get("lon")))
            t = None
            spd = np.nan
            acc = np.nan
            for child in elem.iter():
                cname = _local(child.tag)
                if cname == "time" and t is None:
                    t = (child.text or "").strip() or None
                elif cname == "speed" and np.isnan(spd):
                    spd = _float(child.text)
                elif cname in _ACC_NAMES and np.isnan(acc):
                    acc = _float(child.text)
            time_l.append(t)
            spd_l.append(spd)
            acc_l.append(acc)
            elem.clear()
    except ET.ParseError as exc:
        line, col = exc.position
        if _declares_entities(raw, exc):
            raise InputError(
                tr("the GPX declares XML entities (<!ENTITY ...>) whose expansion was refused (XML error at line "
                   "{line}, column {col}: {error})").format(line=line, col=col, error=exc), file=fname, row=line,
                hint=tr("Tracking applications never write entities: this file was made by hand or is "
                        "hostile. Export the track again from the application.")) from None
        raise InputError(tr("corrupt or truncated GPX (XML error at line {line}, column {col})").format(
            line=line, col=col), file=fname, row=line,
            hint=tr("The file was probably cut while downloading: export it again."))
    kind = "trkpt" if cols["trkpt"][0] else "rtept"
    lat, lon, times, spd, acc = cols[kind]
    if not lat:
        raise InputError(tr("no track point (trkpt) in this GPX"), file=fname,
                         hint=tr("Export a recorded track, not only waypoints."))
    lat = np.asarray(lat, dtype="float64")
    lon = np.asarray(lon, dtype="float64")
    numbers = np.arange(1, len(lat) + 1)
    check_coordinates(lat, lon, fname, rows=numbers, row_label=kind + " lat/lon",
                      rows_note=tr("Rows count the track points from 1."))
    times = pd.Series(times, dtype=object)
    has_time = times.notna().to_numpy()
    warnings: List[str] = []
    if not has_time.any():
        raise InputError(tr("the track points have no <time>: a trace needs the time of each fix"),
                         file=fname, field=kind,
                         hint=tr("This looks like a planned route; export the recorded track."))
    if not has_time.all():
        warnings.append(tr("{file}: {n} track points without <time> ignored").format(
            file=fname, n=int((~has_time).sum())))
    time = parse_times(times[has_time].reset_index(drop=True), fname, timezone="UTC",
                       rows=numbers[has_time], field=kind + " time", warnings=warnings)
    user = user_id if user_id else Path(fname[:-3] if fname.lower().endswith(".gz") else fname).stem
    spd = np.asarray(spd, dtype="float64")[has_time]
    acc = np.asarray(acc, dtype="float64")[has_time]
    points = finalize_points(pd.DataFrame({
        "user_id": user, "time": time.array, "lat": lat[has_time], "lon": lon[has_time],
        "accuracy_m": np.where(acc > 0, acc, np.nan), "speed_mps": np.where(spd >= 0, spd, np.nan),
        "source_file": fname}))
    return Traces(points, empty_motion(), empty_labels(), warnings, [fname])
