"""Times, the one home: parsing columns to UTC, epoch seconds <-> datetimes, and the epoch rule.

* :func:`parse_times` / :func:`parse_epoch` read a whole column of a file strictly: they return
  ``datetime64[ns, UTC]`` or raise :class:`InputError` naming the first row that cannot be read
  (``rows`` maps positions to the row numbers a user sees in the file).
* :func:`times_to_utc` is the lenient form for attribute columns of QGIS layers: unreadable values
  become NaT.
* :func:`to_utc` checks a table's time column (the domain functions' inputs), :func:`epoch_seconds`
  and :func:`epoch_to_utc` convert between datetimes and UTC epoch seconds (float).

The epoch rule (:func:`epoch_scale`), used everywhere a number is read as a time: seconds below
1e11, then milliseconds, microseconds from 1e14, nanoseconds from 1e17 (by the median magnitude).
"""
import re
import warnings
from typing import List, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

# a time zone designator at the end of a date-time: Z, +02, +0200, +02:00 (after a clock time)
_TZ_RE = r"(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$"
_AWARE_RE = re.compile(r"\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:(?:UTC|GMT)?\s*" + _TZ_RE
                       + r"|(?:UTC|GMT)$)")
_CLOCK_ONLY_RE = r"^\s*\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*$"

# explicit formats tried, whole column at a time, when ISO-8601 does not fit
_FORMATS = [
    "%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S.%f",
    "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p",
    "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M",
    "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M", "%Y%m%d%H%M%S", "%Y%m%dT%H%M%S",
]

EPOCH_MS_THRESHOLD = 1e11   # 1e11 s is year 5138; 1e11 ms is 1973
EPOCH_US_THRESHOLD = 1e14
EPOCH_NS_THRESHOLD = 1e17


def epoch_scale(magnitude: float) -> float:
    """Nanoseconds per unit of epoch numbers of this (median absolute) magnitude: the one epoch rule."""
    if magnitude >= EPOCH_NS_THRESHOLD:
        return 1.0
    if magnitude >= EPOCH_US_THRESHOLD:
        return 1e3
    if magnitude >= EPOCH_MS_THRESHOLD:
        return 1e6
    return 1e9


_UNIT_OF_SCALE = {1.0: "ns", 1e3: "us", 1e6: "ms", 1e9: "s"}
_SECONDS_PER_UNIT = {"s": 1.0, "ms": 1e3, "us": 1e6, "ns": 1e9}


def epoch_seconds(times) -> np.ndarray:
    """UTC epoch seconds (float64 array) of datetime-like values.

    Naive datetimes are taken as UTC; NaT and unreadable text become NaN; numbers are returned as
    they are (already seconds). Exact for any datetime resolution (no detour through objects).
    """
    s = times if isinstance(times, pd.Series) else pd.Series(times)
    if pd.api.types.is_bool_dtype(s.dtype) or pd.api.types.is_numeric_dtype(s.dtype):
        return pd.to_numeric(s, errors="coerce").to_numpy(dtype=float)
    if not pd.api.types.is_datetime64_any_dtype(s.dtype):
        s = pd.to_datetime(s, utc=True, errors="coerce")
    idx = pd.DatetimeIndex(s)
    scale = _SECONDS_PER_UNIT[getattr(idx, "unit", "ns")]
    out = idx.asi8 / scale
    nat = idx.isna()
    if nat.any():
        out[nat] = np.nan
    return out


# datetime64[ns] holds 1677-09-21 .. 2262-04-11: nanoseconds since 1970 within +-9.2e18
_NS_LIMIT = 9.2e18


def _unit_name(scale: float) -> str:
    return {1.0: tr("nanoseconds"), 1e3: tr("microseconds"), 1e6: tr("milliseconds"), 1e9: tr("seconds")}[scale]


def _check_epoch_range(ns: np.ndarray, values, fname, rows, field, unit: str) -> None:
    """InputError naming the first row whose epoch time cannot be a date-time (out of 1677..2262)."""
    with np.errstate(invalid="ignore"):
        bad = ~(np.abs(ns) < _NS_LIMIT)
    if len(ns) and bad.any():
        i = int(np.argmax(bad))
        raw = pd.Series(values).iloc[i] if values is not None else ns[i]
        text = str(raw)
        if len(text) > 40:
            text = text[:37] + "..."
        raise InputError(
            tr("the time '{value}' is out of range: read as {unit} since 1970 it is not a date "
               "({n} such row(s))").format(value=text, unit=unit, n=int(bad.sum())),
            file=fname, row=_row_of(rows, i), field=field,
            hint=tr("Give every row of the column the same unit (epoch seconds, or milliseconds), or delete "
                    "the rows with impossible times."))


def epoch_to_utc(seconds, fname: Optional[str] = None, rows=None, field: str = "time") -> pd.Series:
    """Epoch seconds (float array) -> datetime64[ns, UTC], rounded to the microsecond (float seconds
    are not exact). A time outside 1677..2262 raises InputError naming ``fname``, the row and ``field``."""
    secs = np.asarray(seconds, dtype="float64")
    with np.errstate(invalid="ignore", over="ignore"):
        us = np.round(secs * 1e6)
    finite = np.isfinite(secs)
    _check_epoch_range(np.where(finite, us * 1000.0, 0.0), secs, fname, rows, field, tr("seconds"))
    ns = np.where(finite, us, 0.0).astype("int64") * 1000
    out = pd.Series(pd.to_datetime(ns, unit="ns", utc=True))
    if not finite.all():
        out[~finite] = pd.NaT
    return out


def time_range_warning(times, fname: str, field: str = "time", now=None) -> Optional[str]:
    """A warning counting the times before 2000 or after the end of next year (phone clocks reset to 1970,
    a unit mistaken), or None."""
    t = pd.Series(times)
    if not len(t) or not pd.api.types.is_datetime64_any_dtype(t.dtype):
        return None
    if t.dt.tz is None:
        t = t.dt.tz_localize("UTC")
    now = pd.Timestamp.now(tz="UTC") if now is None else pd.Timestamp(now)
    low = pd.Timestamp("2000-01-01", tz="UTC")
    high = pd.Timestamp(year=now.year + 2, month=1, day=1, tz="UTC")
    n_low = int((t < low).sum())
    n_high = int((t >= high).sum())
    if not (n_low or n_high):
        return None
    return tr("{file}, field '{field}': {n_low} time(s) before 2000 and {n_high} after {year} (of {n}): check "
              "the phone's clock and the unit of the times").format(
        file=fname, field=field, n_low=n_low, n_high=n_high, year=now.year + 1, n=len(t))


def to_utc(series: pd.Series, name: str, column: str) -> pd.Series:
    """A table's time column as ``datetime64[ns, UTC]``; InputError naming the table and column."""
    try:
        return pd.to_datetime(series, utc=True)
    except (ValueError, TypeError):
        raise InputError(tr("cannot read the times"), file=name, field=column,
                         hint=tr("Times must be date-times (ISO-8601).")) from None


def times_to_utc(values, timezone="UTC"):
    """Best-effort conversion of a column to ``datetime64[ns, UTC]``.

    Datetimes pass (naive ones are in ``timezone``); numbers are epoch times (:func:`epoch_scale`);
    strings are parsed (ISO-8601 recommended). Unparseable values become NaT.
    """
    s = pd.Series(values)
    if pd.api.types.is_datetime64_any_dtype(s.dtype):
        if s.dt.tz is None:
            return s.dt.tz_localize(timezone, ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
        return s.dt.tz_convert("UTC")
    if pd.api.types.is_numeric_dtype(s.dtype):
        num = s.astype("float64")
        mag = float(np.nanmedian(np.abs(num.to_numpy()))) if num.notna().any() else 0.0
        scale = epoch_scale(mag)
        with np.errstate(invalid="ignore"):
            num = num.where(np.abs(num * scale) < _NS_LIMIT)  # impossible times become NaT, never an error
        return pd.to_datetime(num, unit=_UNIT_OF_SCALE[scale], utc=True)
    text = s.astype(object).where(s.notna(), None)
    # dd/mm/yyyy is read day first (French convention), as the file readers do
    # (mixed offsets: pandas 2 warns and returns objects, pandas 3 raises; both go to the last line)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        try:
            parsed = pd.to_datetime(text, errors="coerce", utc=False, format="mixed", dayfirst=True)
        except (ValueError, TypeError):
            parsed = pd.Series(text, dtype=object)
    if pd.api.types.is_datetime64_any_dtype(parsed.dtype) and getattr(parsed.dt, "tz", None) is not None:
        return parsed.dt.tz_convert("UTC")
    if pd.api.types.is_datetime64_any_dtype(parsed.dtype):
        return parsed.dt.tz_localize(timezone, ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
    # mixed offsets: parse each to UTC
    return pd.to_datetime(text, errors="coerce", utc=True, format="mixed", dayfirst=True)


def _row_of(rows, i: int) -> int:
    return int(rows[i]) if rows is not None else i + 1


def parse_epoch(values, fname: str, rows=None, field: str = "time") -> pd.Series:
    """Epoch numbers -> UTC; seconds, milliseconds, micro- or nanoseconds told apart by magnitude."""
    v = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype="float64")
    finite = np.isfinite(v)
    if not finite.all():
        i = int(np.argmax(~finite))
        raw = pd.Series(values).iloc[i]
        if raw is None or (isinstance(raw, float) and np.isnan(raw)) or raw is pd.NA or \
                str(raw).strip() == "":
            raise InputError(tr("the time is missing"), file=fname, row=_row_of(rows, i), field=field,
                             hint=tr("Give every row a time, or delete the rows without one."))
        raise InputError(tr("cannot parse the time '{value}'").format(value=raw),
                         file=fname, row=_row_of(rows, i), field=field,
                         hint=tr("Give every row a time: ISO-8601 (2024-03-31T08:15:00+02:00), or "
                                 "epoch seconds or milliseconds."))
    mag = float(np.nanmedian(np.abs(v))) if len(v) else 0.0
    scale = epoch_scale(mag)
    ns_f = np.round(v * scale)
    _check_epoch_range(ns_f, values, fname, rows, field, _unit_name(scale))
    ns = ns_f.astype("int64")
    return pd.Series(pd.to_datetime(ns, unit="ns", utc=True))


def is_numeric_column(values) -> bool:
    s = pd.Series(values)
    if pd.api.types.is_numeric_dtype(s):
        return True
    nonnull = s.dropna()
    if len(nonnull) == 0:
        return False
    first = nonnull.iloc[0]
    if isinstance(first, str) and not re.fullmatch(r"\s*[-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?\s*", first):
        return False  # cheap exit for ordinary date strings
    num = pd.to_numeric(nonnull, errors="coerce")
    return bool(num.notna().all())


def parse_times(values, fname: str, timezone: str = "UTC", rows=None, field: str = "time",
                groups=None, warnings: Optional[List[str]] = None) -> pd.Series:
    """Parse a whole time column to UTC.

    Numbers are epoch times. Strings are ISO-8601 (or common day/month/year layouts); those with
    an offset or Z are converted to UTC, naive ones are localised in ``timezone``: times that
    occur twice when clocks go back are resolved in file order per ``groups`` (e.g. user ids),
    times skipped when clocks go forward are shifted forward, both reported in ``warnings``.
    A column mixing naive and offset-aware values is refused (first offending row named).
    """
    s = pd.Series(values).reset_index(drop=True)
    if pd.api.types.is_datetime64_any_dtype(s):
        out = s
    elif is_numeric_column(s) and not _looks_compact_date(s):
        return parse_epoch(s, fname, rows, field)
    elif (fast := parse_iso_naive(s)) is not None:
        out = fast
    else:
        text = s.astype("string").str.strip()
        missing = text.isna() | (text == "")
        if missing.any():
            i = int(np.argmax(missing.to_numpy()))
            raise InputError(tr("the time is missing"), file=fname, row=_row_of(rows, i), field=field,
                             hint=tr("Give every row a time, or delete the rows without one."))
        # the zone designator is in the last characters: search only there (fast on big files)
        tail = text.str.slice(-16)
        aware = tail.str.contains(_AWARE_RE, regex=True).to_numpy(dtype=bool)
        # only values with a clock time tell naive from aware; others fail to parse below
        timed = None
        if aware.any() and not aware.all():
            timed = text.str.contains(r"\d{1,2}:\d{2}", regex=True).to_numpy(dtype=bool)
        if timed is not None and not aware[timed].all():
            first_timed = int(np.argmax(timed))
            i = int(np.argmax(timed & (aware != aware[first_timed])))
            kind_first = tr("with a UTC offset") if aware[first_timed] else tr("without a UTC offset")
            kind_bad = tr("with a UTC offset") if aware[i] else tr("without a UTC offset")
            raise InputError(
                tr("time zones are mixed: the first time is {first} but '{value}' is {bad}").format(
                    first=kind_first, value=text.iloc[i], bad=kind_bad),
                file=fname, row=_row_of(rows, i), field=field,
                hint=tr("Write every time in the same way: all with an offset such as +02:00 "
                        "(or Z), or all as local times, with the time zone chosen in the tool."))
        if aware.any():
            # "2024-03-31 08:15:00 UTC" / "... GMT+02:00": pandas wants Z or an offset alone
            text = text.str.replace(r"\s*(?:UTC|GMT)\s*$", "Z", regex=True)
            text = text.str.replace(r"\s*(?:UTC|GMT)\s*(?=[+-]\d)", "", regex=True)
        out = _parse_strings(text, fname, rows, field, utc=bool(aware.any()), warnings=warnings)
    if out.dt.tz is not None:
        return out.dt.tz_convert("UTC").astype("datetime64[ns, UTC]")
    return localise(out, timezone, groups=groups, warnings=warnings, fname=fname)


def parse_iso_naive(s: pd.Series):
    """The whole column parsed as ISO-8601 in one C pass when every value is a plain naive ISO date-time
    (pandas gives a naive column only then: one offset anywhere makes it objects); None otherwise, and the
    careful path below reads it (offsets, mixed zones, other layouts, errors naming the row)."""
    if len(s) == 0 or s.dtype != object:
        return None
    first = s.iloc[0]
    if not isinstance(first, str) or not re.match(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}", first):
        return None
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = pd.to_datetime(s, format="ISO8601")
    except (ValueError, TypeError, OverflowError):
        return None
    if not pd.api.types.is_datetime64_dtype(out.dtype) or getattr(out.dt, "tz", None) is not None \
            or out.isna().any():
        return None
    return out


def _looks_compact_date(s: pd.Series) -> bool:
    """'20240331081500' style stamps are numbers but not epochs."""
    if pd.api.types.is_numeric_dtype(s):
        v = s.dropna()
        return bool(len(v)) and bool(((v >= 19000101000000) & (v <= 21001231235959)).all()) and \
            bool((v == np.floor(v)).all())
    t = s.dropna().astype(str)
    if not len(t) or not re.fullmatch(r"\s*(19|20)\d{12}\s*", t.iloc[0]):
        return False
    return bool(t.str.strip().str.fullmatch(r"(19|20)\d{12}").all())


def _swap_day_month(fmt: str) -> Optional[str]:
    """The month-first twin of a day-first format (and back), or None."""
    if fmt.startswith("%d/%m/"):
        return "%m/%d/" + fmt[6:]
    if fmt.startswith("%m/%d/"):
        return "%d/%m/" + fmt[6:]
    return None


def _report_day_month(text, out, fmt, utc, fname, rows, field, warnings) -> None:
    """Say how dd/mm vs mm/dd dates were read: day first (French convention) unless the column proves
    month first (a value whose first number is over 12 cannot be a month)."""
    twin = _swap_day_month(fmt)
    if warnings is None or twin is None:
        return
    if fmt.startswith("%d/%m/"):
        other = pd.to_datetime(text, format=twin, errors="coerce", utc=utc)
        if other.notna().all() and not (other == out).all():  # both readings fit: ambiguous
            i = int(np.argmax((other != out).to_numpy()))
            warnings.append(tr("{file}, field '{field}': dates such as '{value}' could be day/month or "
                               "month/day; read day first (French convention): {date}").format(
                file=fname, field=field, value=text.iloc[i], date=out.iloc[i].strftime("%Y-%m-%d")))
    else:
        day_first = pd.to_datetime(text, format=twin, errors="coerce", utc=utc)
        i = int(np.argmax(day_first.isna().to_numpy()))
        warnings.append(tr("{file}, field '{field}': dates read month first (month/day/year): '{value}' (row "
                           "{row}) cannot be day first").format(
            file=fname, field=field, value=text.iloc[i], row=_row_of(rows, i)))


def _parse_strings(text: pd.Series, fname, rows, field, utc: bool, warnings=None) -> pd.Series:
    best = None
    best_ok = -1
    candidates = ["ISO8601"] + _FORMATS
    if _looks_compact_date(text):
        candidates = ["%Y%m%d%H%M%S"]
    for fmt in candidates:
        try:
            out = pd.to_datetime(text, format=fmt, errors="coerce", utc=utc)
        except (ValueError, TypeError, OverflowError):
            continue
        ok = int(out.notna().sum())
        if ok == len(text):
            _report_day_month(text, out, fmt, utc, fname, rows, field, warnings)
            return out
        if ok > best_ok:
            best, best_ok = out, ok
    i = int(np.argmax(best.isna().to_numpy())) if best is not None else 0
    raise InputError(tr("cannot parse the time '{value}'").format(value=text.iloc[i]),
                     file=fname, row=_row_of(rows, i), field=field,
                     hint=tr("Use ISO-8601 times (2024-03-31T08:15:00+02:00 or 2024-03-31 08:15:00), "
                             "day/month/year times, or epoch seconds or milliseconds."))


def localise(naive: pd.Series, timezone: str, groups=None, warnings: Optional[List[str]] = None,
             fname: str = "") -> pd.Series:
    """Naive local times -> UTC, DST-safe (see :func:`parse_times`)."""
    naive = pd.Series(naive).reset_index(drop=True)
    if str(timezone).upper() in ("UTC", "Z", "ETC/UTC", "GMT"):
        return naive.dt.tz_localize("UTC").astype("datetime64[ns, UTC]")
    tz = str(timezone)
    # nonexistent local times (spring forward): shift forward, and count them
    probe = naive.dt.tz_localize(tz, ambiguous="NaT", nonexistent="NaT")
    wall_ok = probe.notna().to_numpy()
    if wall_ok.all():
        return probe.dt.tz_convert("UTC").astype("datetime64[ns, UTC]", copy=False)
    try:
        n_gap = int(naive.dt.tz_localize(tz, ambiguous=True, nonexistent="NaT").isna().sum())
    except Exception:  # pragma: no cover - pandas raises only on bad arguments
        n_gap = 0
    # ambiguous times (clocks go back): infer from the order of the times, per group; the groups without
    # any ambiguous, skipped or missing time keep the plain localisation (what the inference gives them)
    keys = pd.Series(groups).reset_index(drop=True) if groups is not None else \
        pd.Series(np.zeros(len(naive), dtype=int))
    codes = pd.factorize(keys, use_na_sentinel=True)[0]
    result = pd.Series(probe.array, index=naive.index)   # a Series of its own: set below by groups
    if (codes < 0).any():  # rows of no group stay unset
        result = result.where(codes >= 0)
    redo = np.zeros(codes.max() + 2 if len(codes) else 1, dtype=bool)
    redo[codes[~wall_ok] + 1] = True
    redo[0] = False
    picked = np.flatnonzero(redo[codes + 1])
    picked = picked[np.argsort(codes[picked], kind="stable")]
    bounds = np.flatnonzero(np.diff(codes[picked])) + 1
    n_guess = 0
    for idx in np.split(picked, bounds) if len(picked) else []:
        part = naive.iloc[idx]
        try:
            loc = part.dt.tz_localize(tz, ambiguous="infer", nonexistent="shift_forward")
        except Exception:
            # not inferable (e.g. a single ambiguous time): take summer time, and say so
            loc = part.dt.tz_localize(tz, ambiguous=np.ones(len(part), dtype=bool),
                                      nonexistent="shift_forward")
            amb = part.dt.tz_localize(tz, ambiguous="NaT", nonexistent="shift_forward").isna()
            n_guess += int(amb.sum())
        result.iloc[idx] = loc.array
    if warnings is not None:
        if n_gap:
            warnings.append(tr("{file}: {n} local times fall in the hour skipped when clocks go "
                               "forward ({tz}); they were shifted forward").format(
                file=fname, n=n_gap, tz=tz))
        if n_guess:
            warnings.append(tr("{file}: {n} local times occur twice when clocks go back ({tz}) and "
                               "their order does not tell which: summer time assumed").format(
                file=fname, n=n_guess, tz=tz))
    return result.dt.tz_convert("UTC").astype("datetime64[ns, UTC]", copy=False)


def combine_date_clock(date: pd.Series, clock: pd.Series) -> pd.Series:
    return date.astype("string").str.strip() + " " + clock.astype("string").str.strip()


def is_clock_only(values) -> bool:
    t = pd.Series(values).dropna().astype(str)
    return bool(len(t)) and bool(t.str.match(_CLOCK_ONLY_RE).all())


# a date typed day first, as in France: 31/01/2024, 31.01.2024, then an optional time of day
_DAY_FIRST_RE = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T]+(.+))?$")


def user_date_text(value):
    """A date (or date-time) a user typed, as ISO text: ``2024-03-01``, ``2024-03-01 08:00`` and
    ``1 March 2024`` as pandas reads them; ``01/03/2024`` and ``01.03.2024`` day first (the French
    way, not pandas' month first: 1 March, not 3 January). Text without a four-digit year
    (``"March"``, ``"12/03"``) is refused: pandas would take year 1. Values that are not text are
    returned as they are. Raises ``ValueError`` with a message for the user."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    m = _DAY_FIRST_RE.match(text)
    if m:
        day, month, year, clock = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise ValueError(tr("'{value}' is not a date read day first (day/month/year): write it as "
                                "{year}-MM-DD").format(value=value, year=year))
        text = "%s-%02d-%02d" % (year, month, day) + (" " + clock.strip() if clock else "")
    elif not re.search(r"\d{4}", text):
        raise ValueError(tr("'{value}' has no year: write the date as 2024-03-01").format(value=value))
    pd.Timestamp(text)   # raises ValueError when pandas cannot read it
    return text
