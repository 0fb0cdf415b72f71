"""GeoLife ``.plt`` trajectories (Microsoft Research GeoLife GPS Trajectories 1.3).

Six header lines, then one fix per line: ``lat, lon, 0, altitude_ft, days_since_1899-12-30,
date, time`` with date and time in UTC. The user is the folder above ``Trajectory/``
(``Data/000/Trajectory/x.plt`` -> ``"000"``).
"""
import io
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .common import Traces, check_coordinates, empty_labels, empty_motion, file_label, finalize_points

HEADER_LINES = 6
_NAMES = ["lat", "lon", "zero", "altitude_ft", "days", "date", "clock"]


def geolife_user(path, user_id: Optional[str] = None) -> str:
    p = Path(str(path))
    parent = p.parent
    if parent.name.lower() == "trajectory" and parent.parent.name:
        return parent.parent.name
    return user_id if user_id else p.stem


def parse_plt_text(text: str, source, user_id: Optional[str] = None) -> Traces:
    fname = file_label(source)
    lines = text.splitlines()
    body = "\n".join(lines[HEADER_LINES:])
    if not body.strip():
        raise InputError(tr("no fix after the 6 header lines of this GeoLife .plt file"), file=fname,
                         hint=tr("The file is empty or truncated: export it again."))
    try:
        df = pd.read_csv(io.StringIO(body), header=None, names=_NAMES, usecols=range(7),
                         dtype={"date": str, "clock": str}, skip_blank_lines=True)
    except (ValueError, pd.errors.ParserError) as exc:
        raise InputError(tr("cannot read the fixes: {error}").format(error=exc), file=fname,
                         hint=tr("A GeoLife line is: lat, lon, 0, altitude, days, date, time."))
    lat = pd.to_numeric(df["lat"], errors="coerce").to_numpy()
    lon = pd.to_numeric(df["lon"], errors="coerce").to_numpy()
    rows = np.arange(len(df)) + HEADER_LINES + 1
    check_coordinates(lat, lon, fname, rows=rows)
    stamp = df["date"].astype(str).str.strip() + " " + df["clock"].astype(str).str.strip()
    time = pd.to_datetime(stamp, format="%Y-%m-%d %H:%M:%S", errors="coerce", utc=True)
    if time.isna().any():
        # fall back on the day count (days since 1899-12-30, UTC)
        days = pd.to_numeric(df["days"], errors="coerce")
        alt = pd.Timestamp("1899-12-30", tz="UTC") + pd.to_timedelta(
            np.round(days.to_numpy() * 86400.0), unit="s")
        time = time.fillna(pd.Series(alt, index=time.index))
        if time.isna().any():
            i = int(np.argmax(time.isna().to_numpy()))
            raise InputError(tr("cannot parse the time '{value}'").format(value=stamp.iloc[i]),
                             file=fname, row=int(rows[i]), field="date, time",
                             hint=tr("GeoLife dates are YYYY-MM-DD and times HH:MM:SS (UTC)."))
    points = finalize_points(pd.DataFrame({
        "user_id": geolife_user(source, user_id), "time": time, "lat": lat, "lon": lon,
        "source_file": fname}))
    return Traces(points, empty_motion(), empty_labels(), [], [fname])
