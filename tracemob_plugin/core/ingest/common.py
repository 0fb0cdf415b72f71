"""Shared pieces of the trace readers: the ``Traces`` result and the column contracts.

Every reader returns a :class:`Traces`; :func:`finalize_points` makes a points frame honour the
contract of docs/ARCHITECTURE.md (columns, dtypes, UTC, sorted by user then time, index 0..n-1).
"""
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

from ..vocab.columns import TRIPS_LABELS_COLUMNS
ACTIVITIES = ("walking", "running", "on_foot", "cycling", "in_vehicle", "stopped_in_vehicle", "still", "tilting",
              "unknown")
#: optional point columns kept by :func:`finalize_points`: the phone streams (``ingest.phone``) and
#: the motion readings (``ingest.motion``) that travel on the points
OPTIONAL_POINT_COLUMNS = ("location_filter", "write_ts", "transitions", "activity", "activity_confidence",
                          "motion_readings")


class NotATraceError(InputError):
    """The file is not a trace of a supported kind (wrong type, no coordinate columns...).

    Raised for a file given explicitly; when a whole folder is read such files are skipped with
    a warning instead, so that a README or a labels file next to the traces does no harm.
    """


@dataclass
class Traces:
    """What the readers return: points (positionfixes), phone motion activities, user labels."""
    points: pd.DataFrame
    motion: pd.DataFrame
    trips_labels: pd.DataFrame
    warnings: List[str] = field(default_factory=list)
    files: List[str] = field(default_factory=list)

    @property
    def users(self) -> List[str]:
        return sorted(self.points["user_id"].unique().tolist())


def empty_points() -> pd.DataFrame:
    return pd.DataFrame({
        "user_id": pd.Series([], dtype=object),
        "time": pd.Series([], dtype="datetime64[ns, UTC]"),
        "lat": pd.Series([], dtype="float64"),
        "lon": pd.Series([], dtype="float64"),
        "accuracy_m": pd.Series([], dtype="float64"),
        "speed_mps": pd.Series([], dtype="float64"),
        "source_file": pd.Series([], dtype=object),
    })


def empty_motion() -> pd.DataFrame:
    return pd.DataFrame({
        "user_id": pd.Series([], dtype=object),
        "time": pd.Series([], dtype="datetime64[ns, UTC]"),
        "activity": pd.Series([], dtype=object),
        "confidence": pd.Series([], dtype="float64"),
        "source_file": pd.Series([], dtype=object),
    })


def empty_labels() -> pd.DataFrame:
    return pd.DataFrame({
        "user_id": pd.Series([], dtype=object),
        "start_time": pd.Series([], dtype="datetime64[ns, UTC]"),
        "end_time": pd.Series([], dtype="datetime64[ns, UTC]"),
        "mode_confirm": pd.Series([], dtype=object),
        "purpose_confirm": pd.Series([], dtype=object),
        "source": pd.Series([], dtype=object),
        "source_file": pd.Series([], dtype=object),
    })


def empty_traces() -> Traces:
    return Traces(empty_points(), empty_motion(), empty_labels(), [], [])


def as_utc(values) -> pd.Series:
    """Make a datetime Series tz-aware UTC with ns resolution."""
    s = pd.Series(values)
    if isinstance(s.dtype, pd.DatetimeTZDtype) or s.dtype.kind == "M":
        # on the array: the .dt accessor keeps a copy of the column in a reference cycle
        array = s.array
        array = array.tz_localize("UTC") if array.tz is None else array.tz_convert("UTC")
        return pd.Series(array, index=s.index, name=s.name).astype("datetime64[ns, UTC]", copy=False)
    if s.dt.tz is None:
        s = s.dt.tz_localize("UTC")
    else:
        s = s.dt.tz_convert("UTC")
    return s.astype("datetime64[ns, UTC]")


def check_coordinates(lat, lon, file: str, rows=None, row_label: Optional[str] = None,
                      rows_note: Optional[str] = None) -> None:
    """Raise InputError on the first latitude/longitude out of range (NaN included).

    ``rows`` gives the row number the user sees for each value (defaults to 1-based position).
    """
    lat = np.asarray(lat, dtype="float64")
    lon = np.asarray(lon, dtype="float64")
    bad_lat = ~(np.abs(lat) <= 90.0)
    bad_lon = ~(np.abs(lon) <= 180.0)
    bad = bad_lat | bad_lon
    if not bad.any():
        return
    i = int(np.argmax(bad))
    row = int(rows[i]) if rows is not None else i + 1
    fld = "lat" if bad_lat[i] else "lon"
    value = lat[i] if bad_lat[i] else lon[i]
    if np.isnan(value):
        problem = tr("the {field} value is missing or not a number").format(field=fld)
    else:
        problem = tr("{field} = {value} is out of range (latitude -90..90, longitude -180..180)").format(
            field=fld, value=value)
    hint = tr("Check that the latitude and longitude are not swapped nor projected (WGS84 "
              "degrees are expected), and fix or delete that row.")
    if rows_note:
        hint = hint + " " + rows_note
    raise InputError(problem, file=file, row=row, field=row_label or fld, hint=hint)


def finalize_points(df: pd.DataFrame) -> pd.DataFrame:
    """Columns, dtypes and order of the points contract; sorted by (user_id, time).

    Built for tens of millions of rows: the text columns hold one string object per distinct value
    (not one per row), every column is copied once, in its final order, and not at all when the rows
    are already sorted. ``df`` may also be a dict of columns (its arrays may become the result's, which
    spares a frame of them; ``source_file`` may then be one name for all rows)."""
    n = len(df["user_id"]) if df is not None and "user_id" in df else 0
    if n == 0:
        return empty_points()
    codes, names = _sorted_codes(df["user_id"])
    time = as_utc(df["time"]).array
    order = user_time_order(codes, time.asi8)
    handed_over = not isinstance(df, pd.DataFrame)

    def final(values, fresh=False):
        values = np.asarray(values)
        if order is not None:
            return values[order]
        return values if fresh or handed_over else values.copy()

    def number(name):
        if name not in df:
            return np.full(n, np.nan)
        values = df[name]
        if not (isinstance(values, np.ndarray) and values.dtype == np.float64):
            values = np.asarray(pd.to_numeric(values), dtype="float64")
        return final(values)

    source = df["source_file"]
    columns = {
        "user_id": names[final(codes, fresh=True)],
        "time": time if order is None and handed_over else time.take(order) if order is not None else time.copy(),
        "lat": number("lat"), "lon": number("lon"), "accuracy_m": number("accuracy_m"),
        "speed_mps": number("speed_mps"),
        "source_file": repeated(source, n) if isinstance(source, str) else final(text_values(source), fresh=True),
    }
    names = df.columns if isinstance(df, pd.DataFrame) else list(df)
    for col in OPTIONAL_POINT_COLUMNS:
        if col in names:
            columns[col] = final(pd.Series(df[col]).to_numpy())
    return pd.DataFrame(columns, copy=False)


def repeated(value, n: int) -> np.ndarray:
    """An object array of ``n`` references to ``value`` (``np.full(n, "name", dtype=object)`` makes ``n``
    strings: 580 MB for ten million fixes)."""
    out = np.empty(n, dtype=object)
    out.fill(value)
    return out


def text_values(values) -> np.ndarray:
    """``values.astype(str)`` as an object array; text and categories hold one string object per distinct
    value (a column of ten million fixes of a few participants: 8 bytes a row instead of a string each)."""
    codes, names = _sorted_codes(values)
    return names[codes]


def _sorted_codes(values):
    """``(codes, names)`` with ``names[codes]`` equal to ``values.astype(str)`` and ``names`` distinct and in
    string order (codes then sort as the strings do); one pass of hashing for text and categories."""
    values = pd.Series(values) if not isinstance(values, pd.Series) else values
    if not (isinstance(values.dtype, pd.CategoricalDtype) or (
            values.dtype == object and pd.api.types.infer_dtype(values, skipna=False) == "string")):
        values = values.astype(str).astype(object)   # numbers, mixed types: the plain conversion
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes, uniques = values.cat.codes.to_numpy(), values.cat.categories
    else:
        codes, uniques = pd.factorize(values, use_na_sentinel=True)
    labels = pd.Series(uniques).astype(str).astype(object).to_numpy()
    if (codes < 0).any():   # a missing category: written as astype(str) writes it
        labels = np.append(labels, str(values[codes < 0].iloc[0]) if len(values) else "nan")
        codes = np.where(codes < 0, len(labels) - 1, codes)
    names, inverse = np.unique(labels, return_inverse=True)
    inverse = inverse.reshape(-1)
    if len(names) == len(labels) and (inverse == np.arange(len(labels))).all():
        return codes, names
    return inverse[codes], names


def user_time_order(codes: np.ndarray, times: np.ndarray) -> Optional[np.ndarray]:
    """The stable order of rows by ``codes`` (user ranks) then time (int64 nanoseconds, NaT last), as
    ``sort_values(["user_id", "time"], kind="mergesort")`` gives it; ``None`` when the rows are already
    in that order."""
    nat = np.iinfo(np.int64).min
    if (times == nat).any():
        times = np.where(times == nat, np.iinfo(np.int64).max, times)
    if len(codes) < 2:
        return None
    same = codes[1:] == codes[:-1]
    if (codes[1:] >= codes[:-1]).all() and (~same | (times[1:] >= times[:-1])).all():
        return None
    return np.lexsort((times, codes))


def finalize_motion(df: pd.DataFrame) -> pd.DataFrame:
    if df is None or len(df) == 0:
        return empty_motion()
    out = pd.DataFrame({
        "user_id": df["user_id"].astype(str).astype(object).to_numpy(),
        "time": as_utc(df["time"]).array,
        "activity": df["activity"].astype(object).to_numpy(),
        "confidence": pd.to_numeric(df["confidence"]).astype("float64").to_numpy(),
        "source_file": df["source_file"].astype(str).astype(object).to_numpy(),
    })
    out["time"] = as_utc(out["time"])
    return out.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)


def finalize_labels(df: pd.DataFrame) -> pd.DataFrame:
    if df is None or len(df) == 0:
        return empty_labels()
    out = pd.DataFrame({c: df[c].to_numpy() if c in df else np.full(len(df), "", dtype=object)
                        for c in TRIPS_LABELS_COLUMNS})
    out["start_time"] = as_utc(out["start_time"])
    out["end_time"] = as_utc(out["end_time"])
    for c in ("user_id", "mode_confirm", "purpose_confirm", "source", "source_file"):
        out[c] = out[c].fillna("").astype(str).astype(object)
    return out.sort_values(["user_id", "start_time"], kind="mergesort").reset_index(drop=True)


def _is_final(points: pd.DataFrame) -> bool:
    """True when ``points`` already honours the contract of :func:`finalize_points` (columns, dtypes,
    index 0..n-1, sorted by user then time)."""
    if points is None or len(points) == 0 or list(points.columns) != list(empty_points().columns):
        return False
    if str(points["time"].dtype) != "datetime64[ns, UTC]" or not isinstance(points.index, pd.RangeIndex) \
            or points.index.start != 0 or points.index.step != 1:
        return False
    if any(points[c].dtype != "float64" for c in ("lat", "lon", "accuracy_m", "speed_mps")):
        return False
    if points["user_id"].dtype != object or points["source_file"].dtype != object:
        return False
    users = points["user_id"].to_numpy()
    if not all(isinstance(u, str) for u in pd.unique(users)):
        return False
    times = points["time"].to_numpy(dtype="int64")
    same = users[1:] == users[:-1]
    return bool(((users[1:] > users[:-1]) | (same & (times[1:] >= times[:-1]))).all())


def concat_traces(parts: List[Traces]) -> Traces:
    """Concatenate several files' results, keeping the contracts (sorting, index, dtypes)."""
    if not parts:
        return empty_traces()
    if len(parts) == 1 and _is_final(parts[0].points):
        # one file whose reader already finalised its points: sorting them again would copy them all
        one = parts[0]
        return Traces(one.points,
                      finalize_motion(one.motion) if len(one.motion) else empty_motion(),
                      finalize_labels(one.trips_labels) if len(one.trips_labels) else empty_labels(),
                      list(one.warnings), list(one.files))
    pts = [p.points for p in parts if len(p.points)]
    mot = [p.motion for p in parts if len(p.motion)]
    lab = [p.trips_labels for p in parts if len(p.trips_labels)]
    warnings: List[str] = []
    files: List[str] = []
    for p in parts:
        warnings.extend(p.warnings)
        files.extend(p.files)
    return Traces(
        finalize_points(pd.concat(pts, ignore_index=True)) if pts else empty_points(),
        finalize_motion(pd.concat(mot, ignore_index=True)) if mot else empty_motion(),
        finalize_labels(pd.concat(lab, ignore_index=True)) if lab else empty_labels(),
        warnings, files)


def file_read_error(exc: BaseException, fname: str) -> InputError:
    """The error of a file the system cannot read (gone, no permission, a truncated or false gzip)."""
    return InputError(tr("cannot read the file: {error}").format(error=exc), file=fname,
                      hint=tr("Check that the file exists, is readable and, for .gz, is a "
                              "complete gzip archive."))


def file_label(path) -> str:
    """The file name shown to users and stored in ``source_file``."""
    return Path(str(path)).name
