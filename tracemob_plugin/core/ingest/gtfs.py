"""GTFS feeds (the ``.zip`` published by transport authorities, or its folder) as typed frames.

``read_gtfs(path)`` -> :class:`Feed` with
- ``stops``: ``stop_id, stop_name, lat, lon, location_type`` (int, 0 when blank), ``parent_station`` ("" none);
- ``routes``: ``route_id, route_short_name, route_long_name, route_type`` (int), ``mode`` (the route type as a
  word, :func:`route_mode`: tram, metro, train, bus, coach, ferry, aerial, funicular; None when unknown),
  ``route_name`` (short name, else long name, else id);
- ``trips``: ``trip_id, route_id, service_id, shape_id`` ("" none), ``direction_id`` (-1 none), ``trip_headsign``;
- ``stop_times``: ``trip_id, stop_sequence, stop_id, arrival_s, departure_s, interpolated``, sorted by trip and
  sequence; times are seconds since the service day's "noon minus 12 h" (midnight except on daylight-saving
  days), 25:10:00 is 90600 (trips past midnight); blank times of non-timepoint stops are interpolated
  (along ``shape_dist_traveled`` when the feed gives it, else by stop count) and flagged;
- ``calendar`` / ``calendar_dates`` (``date`` and ``start_date`` / ``end_date`` as YYYYMMDD integers) and
  :meth:`Feed.services_on`;
- ``frequencies`` (frequencies.txt, when present): ``trip_id, start_s, end_s, headway_s``;
- ``shapes``: ``shape_id, seq, lat, lon``; a feed without shapes.txt gets straight lines through each stop
  pattern (``shapes_from_stops`` True, ``trips.shape_id`` then names the pattern).

Every problem is an :class:`InputError` naming the feed's file (``feed.zip/stop_times.txt``), the line of the
file (1-based, the header is line 1) and the field, with what to do. Real-world quirks are read as they come:
UTF-8 byte-order mark, quoted fields, extra columns, blank optional fields, Windows line ends, the files in a
single sub-folder of the zip. Zips whose members would expand to absurd sizes (zip bombs) or whose member paths
climb out of the archive (``..``) are refused. No QGIS import; vectorised with numpy / pandas.
"""
import io
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path, PurePosixPath
from typing import Dict, List, Optional, Union

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

#: refuse a zip whose members (the GTFS files read) would expand to more than this many bytes
MAX_UNCOMPRESSED_BYTES = 8 * 1024 ** 3
#: refuse a member expanding more than this many times its compressed size (GTFS text: 5 to 30)
MAX_COMPRESSION_RATIO = 200.0

REQUIRED_FILES = ("stops.txt", "routes.txt", "trips.txt", "stop_times.txt")
REQUIRED_COLUMNS = {
    "stops.txt": ("stop_id",),
    "routes.txt": ("route_id", "route_type"),
    "trips.txt": ("route_id", "service_id", "trip_id"),
    "stop_times.txt": ("trip_id", "stop_id", "stop_sequence", "arrival_time", "departure_time"),
    "calendar.txt": ("service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday", "start_date", "end_date"),
    "calendar_dates.txt": ("service_id", "date", "exception_type"),
    "shapes.txt": ("shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence"),
    "frequencies.txt": ("trip_id", "start_time", "end_time", "headway_secs"),
}
OPTIONAL_COLUMNS = {
    "stops.txt": ("stop_name", "stop_lat", "stop_lon", "location_type", "parent_station"),
    "routes.txt": ("route_short_name", "route_long_name", "agency_id"),
    "trips.txt": ("shape_id", "direction_id", "trip_headsign"),
    "stop_times.txt": ("shape_dist_traveled", "timepoint"),
    "agency.txt": ("agency_id", "agency_name", "agency_timezone"),
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: basic GTFS route types -> mode word
BASIC_ROUTE_TYPES = {0: "tram", 1: "metro", 2: "train", 3: "bus", 4: "ferry", 5: "tram", 6: "aerial",
                     7: "funicular", 11: "bus", 12: "metro"}
#: extended (Google "Hierarchical Vehicle Type") route types: (first, last, mode word)
EXTENDED_ROUTE_TYPES = (
    (100, 199, "train"),      # railway service
    (200, 299, "coach"),      # coach service
    (400, 404, "metro"),      # urban railway, metro, underground
    (405, 405, "metro"),      # monorail
    (700, 799, "bus"),        # bus service
    (800, 899, "bus"),        # trolleybus service
    (900, 999, "tram"),       # tram service
    (1000, 1099, "ferry"),    # water transport service
    (1200, 1299, "ferry"),    # ferry service
    (1300, 1399, "aerial"),   # aerial lift
    (1400, 1499, "funicular"),
)


def route_mode(route_type) -> np.ndarray:
    """GTFS ``route_type`` codes (basic or extended) -> mode words (object array, None when unknown)."""
    codes = np.asarray(route_type, dtype=float)
    out = np.full(codes.shape, None, dtype=object)
    valid = np.isfinite(codes)
    for code, word in BASIC_ROUTE_TYPES.items():
        out[valid & (codes == code)] = word
    for lo, hi, word in EXTENDED_ROUTE_TYPES:
        out[valid & (codes >= lo) & (codes <= hi)] = word
    return out


@dataclass
class Feed:
    """A GTFS feed as typed frames (module docstring)."""
    name: str
    stops: pd.DataFrame
    routes: pd.DataFrame
    trips: pd.DataFrame
    stop_times: pd.DataFrame
    calendar: Optional[pd.DataFrame] = None
    calendar_dates: Optional[pd.DataFrame] = None
    shapes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["shape_id", "seq", "lat", "lon"]))
    shapes_from_stops: bool = False
    timezone: str = ""
    warnings: List[str] = field(default_factory=list)
    #: frequencies.txt (``trip_id, start_s, end_s, headway_s``): the trip's stop_times are a pattern run every
    #: ``headway_s`` from ``start_s`` (its first departure) until before ``end_s``; None without the file
    frequencies: Optional[pd.DataFrame] = None

    def services_on(self, day) -> np.ndarray:
        """The ``service_id`` values running on ``day`` (a date, a ``YYYYMMDD`` int or an ISO string):
        calendar.txt's weekday pattern inside its date range, plus calendar_dates.txt's added dates
        (exception 1), minus its removed dates (exception 2). Sorted."""
        ymd = _ymd(day)
        d = Date(ymd // 10000, ymd // 100 % 100, ymd % 100)
        active = set()
        cal = self.calendar
        if cal is not None and len(cal):
            on = (cal[WEEKDAYS[d.weekday()]].to_numpy() == 1) & (cal.start_date.to_numpy() <= ymd) \
                & (cal.end_date.to_numpy() >= ymd)
            active.update(cal.service_id.to_numpy()[on].tolist())
        cd = self.calendar_dates
        if cd is not None and len(cd):
            today = cd[cd.date.to_numpy() == ymd]
            active.update(today.service_id[today.exception_type == 1].tolist())
            active.difference_update(today.service_id[today.exception_type == 2].tolist())
        return np.array(sorted(active), dtype=object)


def _ymd(day) -> int:
    if isinstance(day, (int, np.integer)):
        return int(day)
    if isinstance(day, str):
        return int(day.replace("-", "")[:8])
    return day.year * 10000 + day.month * 100 + day.day


# ---------------------------------------------------------------------------------------- files
class _Source:
    """The GTFS files of a zip or a folder (files possibly inside one sub-folder)."""

    def __init__(self, path: Path, max_bytes: int, max_ratio: float):
        self.path = Path(path)
        self.name = self.path.name
        self.max_bytes = max_bytes
        self.max_ratio = max_ratio
        self.zip = None
        if self.path.is_dir():
            self.files = self._folder_files()
        elif self.path.is_file():
            try:
                self.zip = zipfile.ZipFile(self.path)
            except (zipfile.BadZipFile, OSError) as exc:
                raise InputError(tr("not a readable zip file ({error})").format(error=exc), file=self.name,
                                 hint=tr("Give the GTFS feed as published (a .zip) or the folder of its "
                                         ".txt files.")) from exc
            try:
                self.files = self._zip_files()
            except InputError:
                self.zip.close()
                raise
        else:
            raise InputError(tr("no such file or folder"), file=str(path),
                             hint=tr("Give the GTFS feed as published (a .zip) or the folder of its .txt files."))

    def _folder_files(self) -> Dict[str, object]:
        found = {p.name.lower(): p for p in self.path.iterdir() if p.is_file() and p.suffix.lower() == ".txt"}
        if "stops.txt" not in found:
            subs = [d for d in self.path.iterdir() if d.is_dir() and (d / "stops.txt").is_file()]
            if len(subs) == 1:
                found = {p.name.lower(): p for p in subs[0].iterdir() if p.is_file()
                         and p.suffix.lower() == ".txt"}
        return found

    def _zip_files(self) -> Dict[str, object]:
        infos = [i for i in self.zip.infolist() if not i.is_dir()]
        total = 0
        for info in infos:
            parts = PurePosixPath(info.filename.replace("\\", "/")).parts
            if ".." in parts or info.filename.startswith(("/", "\\")) or (parts and ":" in parts[0]):
                raise InputError(tr("the zip holds a file whose path leaves the archive ('{member}')").format(
                    member=info.filename), file=self.name,
                    hint=tr("This is not a GTFS feed as published: get the feed again from its publisher."))
        # the GTFS files: at the root, else in a single sub-folder (ignoring __MACOSX and hidden files)
        by_dir: Dict[str, Dict[str, zipfile.ZipInfo]] = {}
        for info in infos:
            p = PurePosixPath(info.filename.replace("\\", "/"))
            if p.parts[0] == "__MACOSX" or p.name.startswith("."):
                continue
            by_dir.setdefault(str(p.parent), {})[p.name.lower()] = info
        chosen = by_dir.get(".")
        if chosen is None or "stops.txt" not in chosen:
            with_stops = [d for d, files in by_dir.items() if "stops.txt" in files]
            chosen = by_dir[with_stops[0]] if len(with_stops) == 1 else (chosen or {})
        for info in chosen.values():
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 1_000_000 and ratio > self.max_ratio:
                raise InputError(tr("the zip member '{member}' would expand {ratio:.0f} times (a zip bomb?)").format(
                    member=info.filename, ratio=ratio), file=self.name,
                    hint=tr("Refused for safety: get the feed again from its publisher."))
        if total > self.max_bytes:
            raise InputError(tr("the zip's files would take {size:.1f} GB once expanded, more than the "
                                "{limit:.1f} GB allowed").format(size=total / 1e9, limit=self.max_bytes / 1e9),
                             file=self.name,
                             hint=tr("Refused for safety: check that this is a GTFS feed, or cut it to your area."))
        return chosen

    def has(self, fname: str) -> bool:
        return fname in self.files

    def label(self, fname: str) -> str:
        return "%s/%s" % (self.name, fname)

    def read_bytes(self, fname: str) -> bytes:
        entry = self.files[fname]
        if self.zip is None:
            return Path(entry).read_bytes()
        try:
            with self.zip.open(entry) as fh:
                data = fh.read(entry.file_size + 1)
        except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, zlib.error) as exc:  # damaged or encrypted
            raise InputError(tr("cannot unzip the file: {error}").format(error=exc), file=self.label(fname),
                             hint=tr("Get the feed again from its publisher (the download may be incomplete).")
                             ) from exc
        if len(data) > entry.file_size or len(data) > self.max_bytes:
            raise InputError(tr("the zip member expands past its declared size (a zip bomb?)"),
                             file=self.label(fname), hint=tr("Refused for safety: get the feed again from its "
                                                             "publisher."))
        return data

    def close(self):
        if self.zip is not None:
            self.zip.close()


def _read_csv(src: _Source, fname: str, wanted) -> pd.DataFrame:
    """A GTFS file as strings (blank -> ""), stripped column names, ``_line`` = the line in the file."""
    label = src.label(fname)
    data = src.read_bytes(fname)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.strip():
        raise InputError(tr("the file is empty"), file=label,
                         hint=tr("Every GTFS file starts with a header line naming its fields: get the feed "
                                 "again from its publisher."))
    wanted = set(wanted)
    try:
        frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_filter=False,
                            skip_blank_lines=False, skipinitialspace=True, encoding="utf-8",
                            encoding_errors="replace", usecols=lambda c: c.strip().lower() in wanted)
    except (pd.errors.ParserError, ValueError) as exc:
        raise InputError(tr("cannot read the file: {error}").format(error=exc), file=label,
                         hint=tr("A GTFS file is comma-separated text with a header line; quote the values "
                                 "holding commas.")) from exc
    frame.columns = [c.strip().lower() for c in frame.columns]
    frame = frame.loc[:, ~frame.columns.duplicated()]
    frame["_line"] = np.arange(2, len(frame) + 2)
    if len(frame.columns) > 1:
        cols = [c for c in frame.columns if c != "_line"]
        blank = np.ones(len(frame), dtype=bool)
        for c in cols:  # values are not stripped one by one (millions of rows): read_csv skips leading spaces
            if frame[c].hasnans:
                frame[c] = frame[c].fillna("")
            blank &= frame[c].to_numpy() == ""
        frame = frame[~blank].reset_index(drop=True)
    return frame


def _require_columns(frame: pd.DataFrame, src: _Source, fname: str):
    for col in REQUIRED_COLUMNS.get(fname, ()):
        if col not in frame.columns:
            raise InputError(tr("the field '{column}' is missing").format(column=col), file=src.label(fname),
                             row=1, field=col,
                             hint=tr("The GTFS reference requires this field in the header line: get the "
                                     "complete feed from its publisher."))


def _first_bad(frame, bad, src, fname, col, problem, hint):
    """Raise on the first row where ``bad`` (bool array) holds; ``problem`` formatted with ``value``."""
    bad = np.asarray(bad, dtype=bool)
    if bad.any():
        i = int(np.argmax(bad))
        value = frame[col].iloc[i] if col in frame.columns else ""
        raise InputError(problem.format(value=value), file=src.label(fname), row=int(frame["_line"].iloc[i]),
                         field=col, hint=hint)


def _ids(frame, src, fname, col):
    """Non-blank, unique ids."""
    values = frame[col].to_numpy(dtype=object)
    _first_bad(frame, values == "", src, fname, col, tr("the id is blank"),
               tr("Every row needs its id: fix or remove the row."))
    _first_bad(frame, frame[col].duplicated().to_numpy(), src, fname, col,
               tr("the id '{value}' is given twice"), tr("Ids must be unique in the file: fix or remove the row."))


def _numbers(frame, src, fname, col, lo=None, hi=None, integer=False, blank_ok=False, what=None):
    raw = frame[col] if col in frame.columns else pd.Series([""] * len(frame), index=frame.index)
    num = pd.to_numeric(raw.where(raw != "", None), errors="coerce").to_numpy(dtype=float)
    blank = raw.to_numpy(dtype=object) == ""
    bad = ~np.isfinite(num) & ~(blank & blank_ok)
    if integer:
        bad |= np.isfinite(num) & (num != np.round(num))
    if bad.any():
        missing = bool(blank[int(np.argmax(bad))])
        _first_bad(frame, bad, src, fname, col,
                   tr("the value is missing") if missing else tr("'{value}' is not a number"),
                   what or tr("Write the value as a plain number with a dot for decimals."))
    if lo is not None:
        out = np.isfinite(num) & ((num < lo) | (num > hi))
        _first_bad(frame, out, src, fname, col,
                   tr("{value} is out of range ({lo} to {hi})").replace("{lo}", str(lo)).replace("{hi}", str(hi)),
                   what or tr("Correct the value."))
    return num


def _references(frame, src, fname, col, known, target, blank_ok=False):
    values = frame[col].to_numpy(dtype=object)
    bad = ~pd.Series(values).isin(pd.Index(np.asarray(known, dtype=object))).to_numpy()
    if blank_ok:
        bad &= values != ""
    _first_bad(frame, bad, src, fname, col,
               tr("'{value}' is not in {target}").replace("{target}", target),
               tr("Every reference must name an existing row of {target}: fix the feed or get it again from "
                  "its publisher.").format(target=target))


def parse_times(values) -> np.ndarray:
    """GTFS times ``H:MM:SS`` / ``HH:MM:SS`` / ``HHH:MM:SS`` (hours may pass 24) -> seconds, NaN where blank or
    unreadable. Vectorised on the characters (no regular expression per row): millions of rows in a second."""
    raw = np.asarray(values, dtype=object)
    n = len(raw)
    if n == 0:
        return np.zeros(0)
    u = raw.astype("U10").view(np.uint32).reshape(n, 10).astype(np.int64)
    length = (u != 0).sum(axis=1)
    rows = np.arange(n)

    def char(k):  # the k-th character from the end (0 when the string is shorter)
        return np.where(length >= k, u[rows, np.clip(length - k, 0, 9)], 0)

    digit = lambda c: (c >= 48) & (c <= 57)  # noqa: E731
    c = {k: char(k) for k in range(1, 10)}
    ok = (length >= 7) & (length <= 9) & (c[3] == 58) & (c[6] == 58)
    for k in (1, 2, 4, 5, 7):
        ok &= digit(c[k])
    ok &= np.where(length >= 8, digit(c[8]), True) & np.where(length >= 9, digit(c[9]), True)
    v = {k: c[k] - 48 for k in c}
    minutes = v[5] * 10 + v[4]
    seconds = v[2] * 10 + v[1]
    hours = v[7] + np.where(length >= 8, v[8] * 10, 0) + np.where(length >= 9, v[9] * 100, 0)
    ok &= (minutes < 60) & (seconds < 60)
    return np.where(ok, hours * 3600 + minutes * 60 + seconds, np.nan).astype(float)


def _times(frame, src, fname, col):
    """Times of a column -> seconds, NaN where blank; an unreadable time raises."""
    raw = frame[col].to_numpy(dtype=object)
    secs = parse_times(raw)
    bad = ~np.isfinite(secs) & (raw != "")
    if bad.any():  # trailing spaces ('08:00:00 '): stripped where the plain reading failed
        secs[bad] = parse_times(np.array([str(x).strip() for x in raw[bad]], dtype=object))
        raw = raw.copy()
        raw[bad] = [str(x).strip() for x in raw[bad]]
        bad = ~np.isfinite(secs) & (raw != "")
    _first_bad(frame, bad, src, fname, col, tr("cannot read the time '{value}'"),
               tr("Write times as HH:MM:SS from the service day's start; times after midnight go on past 24:00 "
                  "(25:10:00)."))
    return secs


# ---------------------------------------------------------------------------------------- reading
def read_gtfs(path: Union[str, Path], max_bytes: int = MAX_UNCOMPRESSED_BYTES,
              max_ratio: float = MAX_COMPRESSION_RATIO) -> Feed:
    """Read a GTFS feed (zip or folder) into a :class:`Feed`; every problem raises :class:`InputError`."""
    src = _Source(Path(path), max_bytes, max_ratio)
    try:
        return _read(src)
    finally:
        src.close()


def _missing_file(src, fname):
    raise InputError(tr("the GTFS feed has no {file}").format(file=fname), file=src.name,
                     hint=tr("A GTFS feed holds stops.txt, routes.txt, trips.txt, stop_times.txt and calendar.txt "
                             "or calendar_dates.txt: get the complete feed from its publisher."))


def _read(src: _Source) -> Feed:
    for fname in REQUIRED_FILES:
        if not src.has(fname):
            _missing_file(src, fname)
    if not (src.has("calendar.txt") or src.has("calendar_dates.txt")):
        _missing_file(src, "calendar.txt")
    warnings: List[str] = []

    def read(fname):
        frame = _read_csv(src, fname, REQUIRED_COLUMNS.get(fname, ()) + OPTIONAL_COLUMNS.get(fname, ()))
        _require_columns(frame, src, fname)
        return frame

    stops = _read_stops(src, read)
    routes = _read_routes(src, read, warnings)
    calendar, calendar_dates = _read_calendar(src, read)
    services = np.unique(np.concatenate([
        calendar.service_id.to_numpy(dtype=object) if calendar is not None else np.zeros(0, dtype=object),
        calendar_dates.service_id.to_numpy(dtype=object) if calendar_dates is not None else
        np.zeros(0, dtype=object)]).astype(str))
    trips, trips_raw = _read_trips(src, read, routes, services)
    stop_times = _read_stop_times(src, read, trips, stops)
    trips, shapes, shapes_from_stops = _read_shapes(src, read, trips, trips_raw, stop_times, stops, warnings)
    frequencies = _read_frequencies(src, read, trips) if src.has("frequencies.txt") else None
    timezone = ""
    if src.has("agency.txt"):
        ag = _read_csv(src, "agency.txt", OPTIONAL_COLUMNS["agency.txt"])
        if "agency_timezone" in ag.columns and len(ag):
            timezone = str(ag.agency_timezone.iloc[0])
    return Feed(name=src.name, stops=stops, routes=routes, trips=trips, stop_times=stop_times,
                calendar=calendar, calendar_dates=calendar_dates, shapes=shapes,
                shapes_from_stops=shapes_from_stops, timezone=timezone, warnings=warnings,
                frequencies=frequencies)


def _read_stops(src, read) -> pd.DataFrame:
    f = "stops.txt"
    st = read(f)
    _ids(st, src, f, "stop_id")
    loc = _numbers(st, src, f, "location_type", 0, 4, integer=True, blank_ok=True)
    loc = np.where(np.isfinite(loc), loc, 0).astype(int)
    needs_xy = loc <= 2  # stops, stations, entrances; generic nodes and boarding areas may have none
    for col in ("stop_lat", "stop_lon"):
        if col not in st.columns:
            raise InputError(tr("the field '{column}' is missing").format(column=col), file=src.label(f), row=1,
                             field=col, hint=tr("Stops need their position (stop_lat, stop_lon in WGS84 degrees)."))
        raw = st[col].to_numpy(dtype=object)
        _first_bad(st, needs_xy & (raw == ""), src, f, col, tr("the stop has no position"),
                   tr("Stops need their position (stop_lat, stop_lon in WGS84 degrees)."))
    lat = _numbers(st, src, f, "stop_lat", -90, 90, blank_ok=True,
                   what=tr("Latitudes are WGS84 degrees between -90 and 90 (is it swapped with stop_lon?)."))
    lon = _numbers(st, src, f, "stop_lon", -180, 180, blank_ok=True,
                   what=tr("Longitudes are WGS84 degrees between -180 and 180."))
    parent = st["parent_station"] if "parent_station" in st.columns else pd.Series("", index=st.index)
    stops = pd.DataFrame({
        "stop_id": st.stop_id.to_numpy(dtype=object),
        "stop_name": st["stop_name"].to_numpy(dtype=object) if "stop_name" in st.columns else "",
        "lat": lat, "lon": lon, "location_type": loc, "parent_station": parent.to_numpy(dtype=object)})
    if "parent_station" in st.columns:
        _references(st, src, f, "parent_station", stops.stop_id.to_numpy(), "stops.txt", blank_ok=True)
    return stops


def _read_routes(src, read, warnings) -> pd.DataFrame:
    f = "routes.txt"
    ro = read(f)
    _ids(ro, src, f, "route_id")
    rtype = _numbers(ro, src, f, "route_type", integer=True,
                     what=tr("route_type is a GTFS code: 0 tram, 1 metro, 2 rail, 3 bus, 4 ferry, ... or an "
                             "extended code (100-1700)."))
    short = ro["route_short_name"] if "route_short_name" in ro.columns else pd.Series("", index=ro.index)
    long_ = ro["route_long_name"] if "route_long_name" in ro.columns else pd.Series("", index=ro.index)
    name = short.where(short != "", long_)
    name = name.where(name != "", ro.route_id)
    routes = pd.DataFrame({
        "route_id": ro.route_id.to_numpy(dtype=object), "route_short_name": short.to_numpy(dtype=object),
        "route_long_name": long_.to_numpy(dtype=object), "route_type": rtype.astype(int),
        "mode": route_mode(rtype), "route_name": name.to_numpy(dtype=object)})
    unknown = routes["mode"].isna()
    if unknown.any():
        warnings.append(tr("{n} routes of an unknown route_type (e.g. {code}) are left out of the network").format(
            n=int(unknown.sum()), code=int(routes.route_type[unknown].iloc[0])))
    return routes


def _read_calendar(src, read):
    calendar = calendar_dates = None
    if src.has("calendar.txt"):
        f = "calendar.txt"
        ca = read(f)
        cal = {"service_id": ca.service_id.to_numpy(dtype=object)}
        for day in WEEKDAYS:
            cal[day] = _numbers(ca, src, f, day, 0, 1, integer=True,
                                what=tr("Weekday fields are 1 (runs) or 0.")).astype(int)
        for col in ("start_date", "end_date"):
            cal[col] = _dates(ca, src, f, col)
        calendar = pd.DataFrame(cal)
    if src.has("calendar_dates.txt"):
        f = "calendar_dates.txt"
        cd = read(f)
        exc = _numbers(cd, src, f, "exception_type", 1, 2, integer=True,
                       what=tr("exception_type is 1 (service added on that date) or 2 (removed)."))
        calendar_dates = pd.DataFrame({"service_id": cd.service_id.to_numpy(dtype=object),
                                       "date": _dates(cd, src, f, "date"), "exception_type": exc.astype(int)})
    return calendar, calendar_dates


def _read_trips(src, read, routes, services):
    f = "trips.txt"
    raw = read(f)
    _ids(raw, src, f, "trip_id")
    _references(raw, src, f, "route_id", routes.route_id.to_numpy(), "routes.txt")
    _references(raw, src, f, "service_id", services, "calendar.txt / calendar_dates.txt")
    direction = _numbers(raw, src, f, "direction_id", 0, 1, integer=True, blank_ok=True,
                         what=tr("direction_id is 0 or 1 (or blank)."))
    trips = pd.DataFrame({
        "trip_id": raw.trip_id.to_numpy(dtype=object), "route_id": raw.route_id.to_numpy(dtype=object),
        "service_id": raw.service_id.to_numpy(dtype=object),
        "shape_id": raw["shape_id"].to_numpy(dtype=object) if "shape_id" in raw.columns else "",
        "direction_id": np.where(np.isfinite(direction), direction, -1).astype(int),
        "trip_headsign": raw["trip_headsign"].to_numpy(dtype=object) if "trip_headsign" in raw.columns else ""})
    return trips, raw


def _read_frequencies(src, read, trips) -> pd.DataFrame:
    f = "frequencies.txt"
    fr = read(f)
    _references(fr, src, f, "trip_id", trips.trip_id.to_numpy(), "trips.txt")
    start = _times(fr, src, f, "start_time")
    end = _times(fr, src, f, "end_time")
    for col, values in (("start_time", start), ("end_time", end)):
        _first_bad(fr, ~np.isfinite(values), src, f, col, tr("the value is missing"),
                   tr("Write times as HH:MM:SS from the service day's start; times after midnight go on past 24:00 "
                      "(25:10:00)."))
    _first_bad(fr, end <= start, src, f, "end_time", tr("the period ends before it starts"),
               tr("end_time is after start_time."))
    headway = _numbers(fr, src, f, "headway_secs", 1, 86400, integer=True,
                       what=tr("headway_secs is the time between two departures, in seconds (1 or more)."))
    return pd.DataFrame({"trip_id": fr.trip_id.to_numpy(dtype=object), "start_s": start.astype(np.int64),
                         "end_s": end.astype(np.int64), "headway_s": headway.astype(np.int64)})


def _read_shapes(src, read, trips, trips_raw, stop_times, stops, warnings):
    """(trips with a shape_id each, shapes, whether every line was drawn through the stops)."""
    if not src.has("shapes.txt"):
        trips, shapes = _pattern_shapes(trips, stop_times, stops, only=None)
        warnings.append(tr("the feed has no shapes.txt: the lines are straight lines through the stops"))
        return trips, shapes, True
    f = "shapes.txt"
    sh = read(f)
    _first_bad(sh, sh.shape_id.to_numpy(dtype=object) == "", src, f, "shape_id", tr("the id is blank"),
               tr("Every row needs its id: fix or remove the row."))
    slat = _numbers(sh, src, f, "shape_pt_lat", -90, 90,
                    what=tr("Latitudes are WGS84 degrees between -90 and 90 (is it swapped with shape_pt_lon?)."))
    slon = _numbers(sh, src, f, "shape_pt_lon", -180, 180,
                    what=tr("Longitudes are WGS84 degrees between -180 and 180."))
    seq = _numbers(sh, src, f, "shape_pt_sequence", integer=True,
                   what=tr("shape_pt_sequence is a whole number ordering the shape's points."))
    shapes = pd.DataFrame({"shape_id": sh.shape_id.to_numpy(dtype=object), "seq": seq.astype(np.int64),
                           "lat": slat, "lon": slon})
    shapes = shapes.sort_values(["shape_id", "seq"], kind="mergesort").reset_index(drop=True)
    has_shape = trips.shape_id.to_numpy(dtype=object) != ""
    if "shape_id" in trips_raw.columns:
        _references(trips_raw, src, "trips.txt", "shape_id", shapes.shape_id.unique(), "shapes.txt", blank_ok=True)
    if (~has_shape).any():
        trips, extra = _pattern_shapes(trips, stop_times, stops, only=~has_shape)
        shapes = pd.concat([shapes, extra], ignore_index=True)
        warnings.append(tr("{n} trips have no shape: straight lines through their stops stand in").format(
            n=int((~has_shape).sum())))
    return trips, shapes, False


def _dates(frame, src, fname, col) -> np.ndarray:
    raw = frame[col]
    ok = raw.str.fullmatch(r"\d{8}").to_numpy(dtype=bool)
    num = np.where(ok, pd.to_numeric(raw.where(ok, "0"), errors="coerce"), 0).astype(np.int64)
    month, day = num // 100 % 100, num % 100
    bad = ~ok | (month < 1) | (month > 12) | (day < 1) | (day > 31)
    _first_bad(frame, bad, src, fname, col, tr("cannot read the date '{value}'"),
               tr("Write dates as YYYYMMDD (20240131)."))
    return num


def _read_stop_times(src, read, trips, stops) -> pd.DataFrame:
    f = "stop_times.txt"
    sf = read(f)
    _references(sf, src, f, "trip_id", trips.trip_id.to_numpy(), "trips.txt")
    _references(sf, src, f, "stop_id", stops.stop_id.to_numpy(), "stops.txt")
    seq = _numbers(sf, src, f, "stop_sequence", integer=True,
                   what=tr("stop_sequence is a whole number ordering the trip's stops."))
    arr = _times(sf, src, f, "arrival_time")
    dep = _times(sf, src, f, "departure_time")
    # a stop with only one of the two times: the same for both
    arr = np.where(np.isfinite(arr), arr, dep)
    dep = np.where(np.isfinite(dep), dep, arr)
    _first_bad(sf, dep < arr, src, f, "departure_time", tr("the departure is before the arrival"),
               tr("departure_time is the arrival_time or later."))
    dist = None
    if "shape_dist_traveled" in sf.columns:
        dist = pd.to_numeric(sf.shape_dist_traveled.where(sf.shape_dist_traveled != "", None),
                             errors="coerce").to_numpy(dtype=float)
    trip = sf.trip_id.to_numpy(dtype=object)
    codes, uniq = pd.factorize(trip, sort=False)
    order = np.lexsort((seq, codes))
    trip_c, seq_o = codes[order], seq[order]
    line = sf["_line"].to_numpy()[order]
    same = trip_c[1:] == trip_c[:-1]
    dup = np.append(False, same & (seq_o[1:] == seq_o[:-1]))
    if dup.any():
        i = int(np.argmax(dup))
        raise InputError(tr("the stop_sequence {seq} is given twice for trip '{trip}'").format(
            seq=int(seq_o[i]), trip=uniq[trip_c[i]]), file=src.label(f), row=int(line[i]), field="stop_sequence",
            hint=tr("Each stop of a trip has its own stop_sequence: fix or remove the row."))
    arr_o, dep_o = arr[order], dep[order]
    first = np.append(True, ~same)
    last = np.append(~same, True)
    missing = ~np.isfinite(arr_o)
    ends = missing & (first | last)
    if ends.any():
        i = int(np.argmax(ends))
        raise InputError(tr("the first and last stops of a trip need their times"), file=src.label(f),
                         row=int(line[i]), field="arrival_time",
                         hint=tr("Only the stops between them may be left blank (they are interpolated)."))
    interpolated = missing.copy()
    if missing.any():
        pos = np.arange(len(arr_o), dtype=float)
        if dist is not None:
            d = dist[order]
            # the distance when every stop of the trip has one, else the stop count
            trip_has = pd.Series(np.isfinite(d)).groupby(trip_c).transform("all").to_numpy()
            pos = np.where(trip_has, d, pos)
        known_idx = np.where(~missing, np.arange(len(arr_o)), -1)
        prev = np.maximum.accumulate(known_idx)
        nxt_idx = np.where(~missing, np.arange(len(arr_o)), len(arr_o))
        nxt = np.minimum.accumulate(nxt_idx[::-1])[::-1]
        p0, p1 = pos[prev], pos[np.minimum(nxt, len(arr_o) - 1)]
        frac = np.where(p1 > p0, (pos - p0) / np.where(p1 > p0, p1 - p0, 1.0), 0.0)
        fill = dep_o[prev] + frac * (arr_o[np.minimum(nxt, len(arr_o) - 1)] - dep_o[prev])
        arr_o = np.where(missing, np.round(fill), arr_o)
        dep_o = np.where(missing, np.round(fill), dep_o)
    back = np.append(False, same & (arr_o[1:] < dep_o[:-1]))
    if back.any():
        i = int(np.argmax(back))
        raise InputError(tr("the trip arrives here before it left the stop before"), file=src.label(f),
                         row=int(line[i]), field="arrival_time",
                         hint=tr("Times of a trip grow with stop_sequence: fix the row."))
    return pd.DataFrame({"trip_id": trip[order], "stop_sequence": seq_o.astype(np.int64),
                         "stop_id": sf.stop_id.to_numpy(dtype=object)[order],
                         "arrival_s": arr_o.astype(np.int64), "departure_s": dep_o.astype(np.int64),
                         "interpolated": interpolated})


def _pattern_shapes(trips, stop_times, stops, only=None):
    """Straight-line shapes through each stop pattern (the ordered stops of a trip): ``trips.shape_id`` of the
    trips in ``only`` (all when None) becomes ``"stops:<n>"``, one per distinct pattern. Vectorised: a pattern
    is keyed by a 64-bit hash of its stop codes and positions, plus its length."""
    trips = trips.copy()
    st = stop_times
    if only is not None:
        st = st[st.trip_id.isin(trips.trip_id[only])]
    if len(st) == 0:
        return trips, pd.DataFrame(columns=["shape_id", "seq", "lat", "lon"])
    trip_c, trip_u = pd.factorize(st.trip_id.to_numpy(dtype=object), sort=False)
    stop_c, stop_u = pd.factorize(st.stop_id.to_numpy(dtype=object), sort=False)
    start = np.flatnonzero(np.append(True, trip_c[1:] != trip_c[:-1]))
    n = np.diff(np.append(start, len(trip_c)))
    pos = np.arange(len(trip_c)) - np.repeat(start, n)
    rng = np.random.default_rng(14)
    weights = rng.integers(1, 2 ** 62, size=int(n.max()), dtype=np.int64).astype(np.uint64) | np.uint64(1)
    with np.errstate(over="ignore"):
        term = (stop_c.astype(np.uint64) + np.uint64(1)) * weights[pos]
        key = np.add.reduceat(term, start)
    pattern = pd.factorize(pd.MultiIndex.from_arrays([key, n]))[0]
    shape_ids = np.array(["stops:%d" % p for p in range(pattern.max() + 1)], dtype=object)
    trip_shape = pd.Series(shape_ids[pattern], index=trip_u)
    sel = trips.trip_id.isin(trip_u).to_numpy() if only is None else np.asarray(only)
    trips.loc[sel, "shape_id"] = trip_shape.reindex(trips.trip_id[sel]).to_numpy()
    # one representative trip per pattern: its stops in order
    rep = np.zeros(pattern.max() + 1, dtype=np.int64)
    rep[pattern[::-1]] = np.arange(len(pattern))[::-1]
    n_rep = n[rep]
    rows = np.repeat(start[rep], n_rep) + (np.arange(n_rep.sum()) - np.repeat(np.cumsum(n_rep) - n_rep, n_rep))
    xy = stops.set_index("stop_id")[["lat", "lon"]].reindex(stop_u[stop_c[rows]])
    shapes = pd.DataFrame({"shape_id": np.repeat(shape_ids, n[rep]), "seq": pos[rows].astype(np.int64),
                           "lat": xy.lat.to_numpy(), "lon": xy.lon.to_numpy()})
    return trips, shapes
