"""Delimited text tables (CSV, TSV, TXT) of location fixes.

The separator is sniffed among ``,`` ``;`` tab ``|`` (the one found the same number of times
on the header and the first data lines); ``;``, tab and ``|`` files may use a decimal comma, as
French spreadsheets write them. Columns are found by name, case- and accent-insensitively (see
:mod:`.columns`): user, time (or a date column plus a time column), lat, lon, accuracy, speed.
Rows are numbered as a user sees them in the file: the header is row 1.
"""
import csv
import gc
import gzip
import io
import re
from pathlib import Path
from typing import List, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..vocab.columns import accepted_names_text, find_column
from ..vocab.times import parse_iso_naive, combine_date_clock, is_clock_only, parse_times
from .common import NotATraceError, Traces, check_coordinates, empty_labels, empty_motion, empty_points, file_label, file_read_error, finalize_labels, finalize_points

SEPARATORS = ("\t", ";", ",", "|")
_QUOTED = re.compile(r'"[^"]*"')


def sniff_separator(lines: List[str]) -> str:
    """The separator found as often on the header as on each sampled data line."""
    sample = [_QUOTED.sub("", ln) for ln in lines if ln.strip()][:30]
    if not sample:
        return ","
    best, best_n = ",", 0
    for sep in SEPARATORS:
        counts = [ln.count(sep) for ln in sample]
        n = counts[0]
        if n == 0:
            continue
        if all(c == n for c in counts[1:]) and n > best_n:
            best, best_n = sep, n
    if best_n == 0:
        # ragged lines: take the separator most present on the header
        head = sample[0]
        n_max = max(head.count(s) for s in SEPARATORS)
        if n_max:
            best = next(s for s in SEPARATORS if head.count(s) == n_max)
    return best


def _has_decimal_comma(lines: List[str], sep: str) -> bool:
    if sep == ",":
        return False
    body = "\n".join(lines[1:30])
    return re.search(r"(?:^|[" + re.escape(sep) + r"])\s*-?\d+,\d+\s*(?:[" + re.escape(sep) + r"]|$)",
                     body, flags=re.M) is not None


def _numbers(series: pd.Series, decimal_comma: bool) -> pd.Series:
    if not decimal_comma:
        # fast path: plain numbers parse in C; only the values that fail are stripped and read again
        fast = pd.to_numeric(series, errors="coerce")
        retry = fast.isna().to_numpy() & series.notna().to_numpy()
        if not retry.any():
            return fast
        fast = fast.astype("float64")
        fast[retry] = pd.to_numeric(series[retry].astype("string").str.strip(), errors="coerce").astype("float64")
        return fast
    s = series.astype("string").str.strip()
    s = s.str.replace(",", ".", regex=False)
    return pd.to_numeric(s, errors="coerce")


def _layout(lines: List[str]):
    """``(first, sep, decimal_comma)`` of a table from its first lines; None when it holds no data."""
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        return None
    sep = sniff_separator(lines[first:first + 30])
    return first, sep, _has_decimal_comma(lines[first:first + 30], sep)


def _layout_of(head: str, fname: str):
    """:func:`_layout` of the text a table starts with (its first 200 lines); the file is empty without one."""
    layout = _layout(head[:200_000].splitlines()[:200])
    if layout is None:
        raise InputError(tr("the file is empty"), file=fname,
                         hint=tr("Export the trace again: the file holds no data."))
    return layout


def _read_error(exc, fname):
    m = re.search(r"line (\d+)", str(exc))   # pandas counts the file's lines, the skipped blank ones too
    return InputError(tr("cannot read the table: {error}").format(error=exc), file=fname,
                      row=int(m.group(1)) if m else None,
                      hint=tr("Each row must have as many values as the header: check the "
                              "separators and quotes on that row."))


#: The encoding a table is first read in; a file with any byte that is not UTF-8 is read as :data:`WINDOWS`.
UTF8 = "utf-8-sig"
#: Windows-1252, as French spreadsheets write: what ``files.decode_text`` falls back to.
WINDOWS = "cp1252"


class NotUtf8(Exception):
    """Raised by :func:`parse_table_file` reading as :data:`UTF8` a file that is not: read it as :data:`WINDOWS`."""


class _NotFloat(Exception):
    """A column read as floats holds a value that is not a plain number: read the table as text."""


class _Ragged(Exception):
    """A row holds more values than the header (or pandas could not cut the rows): the whole read reports it."""


#: The column name added at the end of the header line when a table is read by chunks: a row with more values
#: than the header fills it. pandas does not check the first row of a chunk (pandas-dev/pandas#11569): it
#: silently drops its values past the table's width, where the whole-file read reports the row.
_EXTRA = b"tracemob_extra_values"


class _WidenedHeader(io.RawIOBase):
    """The bytes of a table whose header line gets one more column name (:data:`_EXTRA`): ``prefix`` (the lines
    up to the widened header line), then the rest of the binary file ``fh``."""

    def __init__(self, fh, prefix: bytes):
        super().__init__()
        self._fh, self._pending = fh, prefix

    def readable(self):
        return True

    def readinto(self, buffer):
        if self._pending:
            n = min(len(buffer), len(self._pending))
            buffer[:n], self._pending = self._pending[:n], self._pending[n:]
            return n
        data = self._fh.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def close(self):
        self._fh.close()
        super().close()


def _widened_opener(path, compression, first, sep, header, encoding):
    """A function opening the file as :class:`_WidenedHeader`; None when the header line cannot be widened
    safely (quotes in it, line ends other than LF / CRLF before it, a header longer than 1 MB)."""
    opened = gzip.open if compression == "gzip" else open
    with opened(path, "rb") as fh:
        region = fh.read(1 << 20)
    lines = region.split(b"\n")
    if len(lines) <= first + 1:
        return None
    prefix = b"\n".join(lines[:first + 1])
    line = lines[first]
    end = b"\r\n" if line.endswith(b"\r") else b"\n"
    line = line[:-1] if end == b"\r\n" else line
    try:
        text = prefix.decode(encoding, errors="strict" if encoding == UTF8 else "replace")
    except UnicodeDecodeError:
        return None
    if b'"' in line or text.replace("\r\n", "\n").splitlines()[first:first + 1] != [header] \
            or any(ln.strip() for ln in text.split("\n")[:first]):
        return None
    widened = b"\n".join(lines[:first] + [line + sep.encode("ascii") + _EXTRA + end])
    start = len(prefix) + 1

    def open_widened():
        fh = opened(path, "rb")
        fh.seek(start)   # gzip seeks forward by reading
        return io.BufferedReader(_WidenedHeader(fh, widened))

    return open_widened


def _read_options(sep, first, encoding=None, compression=None):
    """``pandas.read_csv``'s options for a table of separator ``sep`` whose header is line ``first`` (0-based);
    ``encoding`` when reading a file (strict UTF-8, or Windows-1252 where every byte is a character)."""
    options = dict(sep=sep, dtype=str, skip_blank_lines=False, keep_default_na=True, skiprows=first,
                   quoting=csv.QUOTE_MINIMAL, on_bad_lines="error", engine="c")
    if encoding is not None:
        options.update(encoding=encoding, encoding_errors="strict" if encoding == UTF8 else "replace",
                       compression=compression)
    return options


def _read_frame(source, options, fname, first):
    """The whole table as text columns and the row number a user sees for each of its non-blank rows."""
    try:
        df = pd.read_csv(source, **options)
    except pd.errors.ParserError as exc:
        raise _read_error(exc, fname)
    except pd.errors.EmptyDataError:
        raise InputError(tr("the file is empty"), file=fname,
                         hint=tr("Export the trace again: the file holds no data."))
    except UnicodeDecodeError:
        raise NotUtf8()
    except (OSError, EOFError) as exc:
        raise file_read_error(exc, fname)
    df.columns = [str(c).strip() for c in df.columns]
    # row numbers as the user sees them (header = first + 1)
    rows_all = np.arange(len(df)) + first + 2
    keep = ~df.isna().all(axis=1).to_numpy()
    return df[keep].reset_index(drop=True), rows_all[keep]


def _frame_traces(df, rows, first, decimal_comma, source, fname, user_id, timezone) -> Traces:
    """The trace (or labelled trips) of a whole table read as text by :func:`_read_frame`."""
    cols = list(df.columns)
    found = _trace_columns(cols)
    missing = _missing(found)
    if missing and found["lat"] is None and found["lon"] is None:
        labels = _labels_table(df, rows, cols, source, fname, user_id, timezone)
        if labels is not None:
            return labels
    _check_trace_columns(missing, cols, fname, first, len(df))
    return _trace_points(lambda c: df[c], lambda c: _numbers(df[c], decimal_comma), found, rows, fname,
                         source, user_id, timezone)


def parse_table_text(text: str, source, user_id: Optional[str] = None,
                     timezone: str = "UTC") -> Traces:
    """A table given as text (files are read by :func:`parse_table_file`, which never holds their text)."""
    fname = file_label(source)
    first, sep, decimal_comma = _layout_of(text, fname)
    df, rows = _read_frame(io.StringIO(text), _read_options(sep, first), fname, first)
    return _frame_traces(df, rows, first, decimal_comma, source, fname, user_id, timezone)


#: Rows read at a time by :func:`parse_table_file` (a few tens of MB of text).
CHUNK_ROWS = 500_000


def parse_table_file(path, source, user_id: Optional[str] = None, timezone: str = "UTC",
                     head: Optional[str] = None, encoding: str = UTF8) -> Traces:
    """:func:`parse_table_text` reading the file itself (gzip when its name ends in .gz), never its whole
    bytes or text: ``head`` is the text it starts with (at least its first 200,000 characters or the whole
    file), from which the separator and decimal comma are sniffed. A trace table is read by chunks of
    :data:`CHUNK_ROWS` rows: numbers become float arrays chunk by chunk, times too while they are plain
    naive ISO, user ids codes of their distinct values. Any other table (labelled trips, a table that is not
    a trace) is read whole as text columns, as :func:`parse_table_text` does. Same results and errors as
    the text reader; raises :class:`NotUtf8` when ``encoding`` is :data:`UTF8` and a byte is not."""
    fname = file_label(source)
    first, sep, decimal_comma = _layout_of(head or "", fname)
    options = _read_options(sep, first, encoding, "gzip" if str(path).lower().endswith(".gz") else None)
    try:
        raw_cols = list(pd.read_csv(path, nrows=0, **options).columns)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError):
        raw_cols = None   # the whole read reports it, as the text reader does
    except (OSError, EOFError) as exc:
        raise file_read_error(exc, fname)
    cols = [str(c).strip() for c in raw_cols or ()]
    found = _trace_columns(cols)
    if raw_cols is None or _missing(found):
        df, rows = _read_frame(path, options, fname, first)
        return _frame_traces(df, rows, first, decimal_comma, source, fname, user_id, timezone)
    text_cols = list(dict.fromkeys(c for c in (found["user"], found["time"], found["date"], found["clock"])
                                   if c is not None))
    num_cols = list(dict.fromkeys(c for c in (found["lat"], found["lon"], found["accuracy"], found["speed"],
                                              found["speed_kmh"]) if c is not None))
    # plain numbers parse in C straight to floats; a value that is not one (spaces, text) makes pandas
    # refuse the column: the file is then read again with every column as text. Times are parsed chunk
    # by chunk while they are plain naive ISO; a later chunk that is not makes the file be read again
    # with the times as text, for parse_times' careful path.
    typed = not decimal_comma and bool(num_cols) and len(set(raw_cols)) == len(raw_cols)
    iso = True
    header = (head or "")[:200_000].splitlines()[first]
    try:
        opener = _widened_opener(path, options["compression"], first, sep, header, encoding)
    except (OSError, EOFError) as exc:
        raise file_read_error(exc, fname)
    while opener is not None:
        chunk_options = dict(options, compression=None)  # the opener decompresses
        if typed:
            chunk_options["dtype"] = {r: ("float64" if c in num_cols else str) for r, c in zip(raw_cols, cols)}
            chunk_options["dtype"][_EXTRA.decode()] = str
        try:
            traces = _read_chunks(opener, chunk_options, cols, found, text_cols, num_cols, first, decimal_comma,
                                  fname, source, user_id, timezone, typed=typed, iso=iso)
        except _NotFloat:
            typed = False
            continue
        except _Ragged:  # the whole read names the row as the text reader does (or reads the table as it does)
            break
        if traces is None:
            iso = False
            continue
        return traces
    df, rows = _read_frame(path, options, fname, first)
    return _frame_traces(df, rows, first, decimal_comma, source, fname, user_id, timezone)


def _read_chunks(opener, options, cols, found, text_cols, num_cols, first, decimal_comma, fname, source, user_id,
                 timezone, typed, iso):
    """The chunk loop of :func:`parse_table_file` on the stream ``opener()`` gives (``typed``: number columns
    come as floats; ``iso``: times parsed chunk by chunk while plain naive ISO, else kept as text); None when a
    later chunk's times are not plain naive ISO. Raises :class:`_Ragged` when a row has more values than the
    header or pandas fails on a row."""
    texts = {c: [] for c in text_cols}
    nums = {c: [] for c in num_cols}
    # compact forms: the time column parsed chunk by chunk while every chunk is plain naive ISO (else it
    # stays text for parse_times' careful path), the user column as codes of its distinct values
    c_time = found["time"] if found["date"] is None else None
    times_mode = None if iso else "text"
    c_user = found["user"]
    user_codes, user_index = [], {}
    rows, offset = [], 0
    stream = None
    try:
        stream = opener()
        for chunk in pd.read_csv(stream, chunksize=CHUNK_ROWS, **options):
            if chunk.iloc[:, -1].notna().any() or not isinstance(chunk.index, pd.RangeIndex):
                raise _Ragged()   # values past the header's (or pandas took the first ones for an index)
            chunk = chunk.iloc[:, :-1]
            chunk.columns = cols
            keep = ~chunk.isna().all(axis=1).to_numpy()
            rows.append(np.arange(len(chunk))[keep] + offset + first + 2)
            offset += len(chunk)
            chunk = chunk[keep]
            for c in text_cols:
                if c == c_time and times_mode != "text":
                    parsed = parse_iso_naive(chunk[c].reset_index(drop=True)) if len(chunk) else \
                        pd.Series(np.empty(0, dtype="datetime64[ns]"))
                    if parsed is not None:
                        times_mode = "parsed"
                        texts[c].append(parsed.to_numpy(dtype="datetime64[ns]"))
                        continue
                    if times_mode == "parsed":
                        return None  # a later chunk is not plain ISO: read again with the times as text
                    times_mode = "text"
                if c == c_user and c != c_time:
                    codes, uniques = pd.factorize(chunk[c].to_numpy(dtype=object), use_na_sentinel=True)
                    remap = np.array([user_index.setdefault(u, len(user_index)) for u in uniques], dtype=np.int64)
                    user_codes.append(np.where(codes >= 0, remap[np.maximum(codes, 0)] if len(remap) else -1, -1))
                    continue
                texts[c].append(chunk[c].to_numpy(dtype=object))
            for c in num_cols:
                nums[c].append(chunk[c].to_numpy(dtype="float64") if typed else
                               _numbers(chunk[c], decimal_comma).to_numpy(dtype="float64"))
            del chunk
    except pd.errors.ParserError:
        raise _Ragged()
    except UnicodeDecodeError:
        raise NotUtf8()
    except ValueError:
        if typed:
            raise _NotFloat()
        raise
    except (OSError, EOFError) as exc:
        raise file_read_error(exc, fname)
    finally:
        if stream is not None:
            stream.close()
    rows = np.concatenate(rows) if rows else np.empty(0, dtype=np.int64)
    _check_trace_columns([], cols, fname, first, len(rows))
    text = {}
    for c in text_cols:  # each list of chunks let go as soon as it is one array
        parts = texts.pop(c)
        if c != c_user or c == c_time:
            text[c] = pd.Series(np.concatenate(parts) if parts else np.empty(0, dtype=object),
                                dtype=None if c == c_time and times_mode == "parsed" else object)
    if c_user is not None and c_user != c_time:
        codes = np.concatenate(user_codes) if user_codes else np.empty(0, dtype=np.int64)
        del user_codes
        text[c_user] = pd.Series(pd.Categorical.from_codes(codes, categories=pd.Index(list(user_index), dtype=object)))
    num = {c: pd.Series(np.concatenate(nums.pop(c)) if nums[c] else np.empty(0)) for c in num_cols}
    return _trace_points(lambda c: text[c], lambda c: num[c], found, rows, fname, source, user_id, timezone)


def _trace_columns(cols):
    c_lat = find_column(cols, "lat")
    c_lon = find_column(cols, "lon", exclude=(c_lat,))
    c_time = find_column(cols, "time")
    c_date = find_column(cols, "date", exclude=(c_time,))
    c_clock = find_column(cols, "clock", exclude=(c_date,))
    c_user = find_column(cols, "user", exclude=(c_lat, c_lon, c_time, c_date))
    c_acc = find_column(cols, "accuracy")
    c_speed = find_column(cols, "speed")
    c_kmh = find_column(cols, "speed_kmh") if c_speed is None else None
    return {"lat": c_lat, "lon": c_lon, "time": c_time, "date": c_date, "clock": c_clock, "user": c_user,
            "accuracy": c_acc, "speed": c_speed, "speed_kmh": c_kmh}


def _missing(found):
    missing = [name for name in ("lat", "lon") if found[name] is None]
    if found["time"] is None and found["date"] is None:
        missing.append("time")
    return missing


def _check_trace_columns(missing, cols, fname, first, n_rows):
    if missing:
        raise NotATraceError(
            tr("no column for {missing}; columns found: {found}").format(
                missing=", ".join(missing), found=", ".join(cols) if cols else "-"),
            file=fname, row=first + 1, field=", ".join(missing),
            hint=tr("Rename the columns (any case) to accepted names: {accepted}").format(
                accepted=accepted_names_text()))
    if n_rows == 0:
        raise InputError(tr("the table has a header but no data row"), file=fname,
                         hint=tr("Export the trace again: the file holds no fix."))


def _trace_points(text, number, found, rows, fname, source, user_id, timezone) -> Traces:
    """The points of a trace table from its columns: ``text(column)`` gives a column as read,
    ``number(column)`` as floats."""
    c_lat, c_lon, c_time, c_date, c_clock = (found[k] for k in ("lat", "lon", "time", "date", "clock"))
    c_user, c_acc, c_speed, c_kmh = (found[k] for k in ("user", "accuracy", "speed", "speed_kmh"))
    lat = number(c_lat).to_numpy(dtype="float64")
    lon = number(c_lon).to_numpy(dtype="float64")
    check_coordinates(lat, lon, fname, rows=rows)
    n = len(lat)

    default_user = user_id if user_id else Path(fname[:-3] if fname.lower().endswith(".gz")
                                                else fname).stem
    if c_user is not None:
        codes, uniques = pd.factorize(text(c_user), use_na_sentinel=True)
        names = pd.Series(uniques, dtype="string").str.strip()
        # '7' and '7.0' from spreadsheets are the same participant
        names = names.str.replace(r"^(\d+)\.0+$", r"\1", regex=True)
        names = names.mask(names.isna() | (names == ""), default_user).astype(str).to_numpy(dtype=object)
        # one category per participant, in string order (the points' sort order), missing ids the default one
        categories, inverse = np.unique(np.append(names, default_user), return_inverse=True)
        codes = np.where(codes >= 0, codes, len(names))
        users = pd.Categorical.from_codes(inverse.reshape(-1)[codes], categories=pd.Index(categories, dtype=object))
        del codes
    else:
        users = pd.Categorical.from_codes(np.zeros(n, dtype=np.int8), categories=pd.Index([default_user], dtype=object))

    warnings: List[str] = []
    if c_user is None:
        warnings.append(tr("{file}: no user field found (user_id, user, participant...): its {n} fixes count as "
                           "one participant, '{user}'. Add a user column if the file holds several people.").format(
            file=fname, n=n, user=default_user))
    # time: one column, or a date column plus a clock column
    if c_date is not None and (c_time is None or is_clock_only(text(c_time).dropna())):
        clock_col = c_time if c_time is not None else c_clock
        if clock_col is not None and clock_col != c_date:
            values = combine_date_clock(text(c_date), text(clock_col))
            field = "{0} + {1}".format(c_date, clock_col)
        else:
            values, field = text(c_date), c_date
    else:
        values, field = text(c_time), c_time
    time = parse_times(values, fname, timezone=timezone, rows=rows, field=field, groups=users.codes,
                       warnings=warnings)
    # pandas' datetime accessors (.dt) keep a copy of their column in a reference cycle: 8 bytes a fix each,
    # hundreds of MB for ten million fixes until the cyclic collector runs, which numpy work seldom triggers
    gc.collect()
    # a dict: its arrays become the points' own, with no frame copying them; no column for a missing field
    columns = {"user_id": users, "time": time.array, "lat": lat, "lon": lon, "source_file": fname}
    if c_acc:
        acc = number(c_acc).to_numpy(dtype="float64")
        columns["accuracy_m"] = np.where(acc > 0, acc, np.nan)
    speed = None
    if c_speed is not None:
        speed = number(c_speed).to_numpy(dtype="float64")
    elif c_kmh is not None:
        speed = number(c_kmh).to_numpy(dtype="float64") / 3.6
    if speed is not None:
        columns["speed_mps"] = np.where(speed >= 0, speed, np.nan)
    del time, values, speed
    points = finalize_points(columns)
    return Traces(points, empty_motion(), empty_labels(), warnings, [fname])


def _labels_user(source, user_id: Optional[str], fname: str) -> str:
    """GeoLife keeps ``labels.txt`` next to ``Trajectory/`` in the user's folder."""
    p = Path(str(source))
    if (p.parent / "Trajectory").is_dir():
        return p.parent.name
    return user_id if user_id else Path(fname[:-3] if fname.lower().endswith(".gz") else fname).stem


def _labels_table(df, rows, cols, source, fname, user_id, timezone) -> Optional[Traces]:
    """A table of labelled trips (start, end, mode and/or purpose) -> ``trips_labels``."""
    c_start = find_column(cols, "start")
    c_end = find_column(cols, "end", exclude=(c_start,))
    c_mode = find_column(cols, "mode")
    c_purpose = find_column(cols, "purpose", exclude=(c_mode,))
    if c_start is None or c_end is None or (c_mode is None and c_purpose is None):
        return None
    if len(df) == 0:
        raise InputError(tr("the table has a header but no data row"), file=fname,
                         hint=tr("Export the labels again: the file holds no trip."))
    c_user = find_column(cols, "user", exclude=(c_start, c_end, c_mode, c_purpose))
    default_user = _labels_user(source, user_id, fname)
    if c_user is not None:
        users = df[c_user].astype("string").str.strip()
        users = users.mask(users.isna() | (users == ""), default_user).astype(str)
    else:
        users = pd.Series(default_user, index=df.index, dtype=object)
    warnings: List[str] = []
    start = parse_times(df[c_start], fname, timezone=timezone, rows=rows, field=c_start,
                        groups=users.to_numpy(), warnings=warnings)
    end = parse_times(df[c_end], fname, timezone=timezone, rows=rows, field=c_end,
                      groups=users.to_numpy(), warnings=warnings)
    labels = finalize_labels(pd.DataFrame({
        "user_id": users.to_numpy(), "start_time": start.array, "end_time": end.array,
        "mode_confirm": df[c_mode].fillna("").str.strip().to_numpy() if c_mode else "",
        "purpose_confirm": df[c_purpose].fillna("").str.strip().to_numpy() if c_purpose else "",
        "source": "labels table", "source_file": fname}))
    return Traces(empty_points(), empty_motion(), labels, warnings, [fname])
