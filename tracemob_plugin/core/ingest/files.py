"""Files and folders -> Traces: format detection (extension + content), gzip, errors, filters."""
import gzip
import json
import os
import re
from pathlib import Path
from typing import Callable, List, Optional, Union

from ..errors import Cancelled, InputError, TracemobError
from ..i18n import tr
from ..outputs import is_partial
from .common import NotATraceError, Traces, concat_traces, file_label, file_read_error
from ..vocab.times import time_range_warning

PathLike = Union[str, os.PathLike]

TABLE_EXT = {".csv", ".tsv", ".txt", ".tab"}
JSON_EXT = {".json", ".geojson", ".timeline", ".jsonl"}
GPX_EXT = {".gpx"}
PLT_EXT = {".plt"}
XML_EXT = {".xml"}
SUPPORTED_EXT = TABLE_EXT | JSON_EXT | GPX_EXT | PLT_EXT | XML_EXT
# names never taken for traces when a folder is scanned
_FOLDER_SKIP = {"license", "licence", "readme", "copying", "notice", "authors", "changelog"}


def _inner_suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return Path(name).suffix


def read_bytes(path: Path) -> bytes:
    fname = file_label(path)
    try:
        if path.name.lower().endswith(".gz"):
            with gzip.open(path, "rb") as fh:
                return fh.read()
        return path.read_bytes()
    except (OSError, EOFError) as exc:
        raise file_read_error(exc, fname)


def decode_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 as French spreadsheets write it."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


_GPX_ROOT_SEARCH = 256 * 1024
_GPX_ROOT_RE = re.compile(r"<(?:[a-z0-9_.-]+:)?gpx[\s>/]")


def _sniff_kind(text: str, suffix: str) -> str:
    head = text.lstrip()[:2000]
    if suffix in PLT_EXT:
        return "plt"
    if head.startswith("[") or head.startswith("{"):
        return "json"
    if head.startswith("<"):
        if suffix in GPX_EXT:
            return "gpx"
        # the <gpx> root may come after a long prologue (comments, DOCTYPE, stylesheet): look further
        low = text.lstrip()[:_GPX_ROOT_SEARCH].lower()
        return "gpx" if _GPX_ROOT_RE.search(low) else "xml"
    if suffix in TABLE_EXT:
        return "table"
    if suffix in JSON_EXT:
        return "json"
    if suffix in GPX_EXT:
        return "gpx"
    if "Geolife trajectory" in head[:200]:
        return "plt"
    return "unknown"


def parse_json_text(text: str, fname: str):
    """One JSON document, or JSON Lines (one document per line, as ``mongoexport`` writes)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            return _parse_json_lines(text, fname)
        raise InputError(
            tr("corrupt or truncated JSON: {msg} at line {line}, column {col}").format(
                msg=exc.msg, line=exc.lineno, col=exc.colno),
            file=fname, row=exc.lineno,
            hint=tr("The file was probably cut while downloading or edited by hand: download "
                    "or export it again."))


def _parse_json_lines(text: str, fname: str) -> list:
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise InputError(
                tr("corrupt or truncated JSON: {msg} at line {line}, column {col}").format(
                    msg=exc.msg, line=n, col=exc.colno),
                file=fname, row=n,
                hint=tr("The file was probably cut while downloading or edited by hand: download "
                        "or export it again."))
    if len(out) == 1 and isinstance(out[0], list):
        return out[0]
    return out


def read_one_file(path: PathLike, user_id: Optional[str] = None, timezone: str = "UTC") -> Traces:
    """One trace file -> :class:`Traces` (see :func:`read_traces`); times before 2000 or after next year
    are counted in a warning."""
    try:
        traces = _read_one_file(path, user_id=user_id, timezone=timezone)
    except TracemobError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure is this file's problem, named as such
        raise unreadable_file_error(exc, file_label(Path(str(path)))) from exc
    warning = time_range_warning(traces.points["time"], file_label(Path(path))) if len(traces.points) else None
    if warning:
        traces.warnings.append(warning)
    return traces


def unreadable_file_error(exc: BaseException, fname: str) -> InputError:
    """The InputError naming ``fname`` for a parser failure that is not one of Tracemob's own errors
    (a JSON integer over Python's 4,300 digits, brackets nested too deep, a damaged archive...)."""
    if isinstance(exc, RecursionError):
        problem = tr("the file is nested too deeply to be read (thousands of brackets or elements inside "
                     "each other)")
    elif isinstance(exc, ValueError) and "digits" in str(exc) and "integer" in str(exc):
        problem = tr("the file holds a number too long to be read (more than 4,300 digits)")
    elif isinstance(exc, MemoryError):
        problem = tr("the file is too large to be read in memory")
    else:
        detail = "{0}: {1}".format(type(exc).__name__, exc)
        if len(detail) > 200:
            detail = detail[:197] + "..."
        problem = tr("cannot read this file ({error})").format(error=detail)
    return InputError(problem, file=fname,
                      hint=tr("The file is damaged or was not written by a tracking application: export it "
                              "again, or leave it out (option to skip bad files)."))


def _read_one_file(path: PathLike, user_id: Optional[str] = None, timezone: str = "UTC") -> Traces:
    """Read a single file of any supported format (detected from its extension and content)."""
    path = Path(str(path))
    fname = file_label(path)
    if not path.is_file():
        raise InputError(tr("file not found"), file=str(path),
                         hint=tr("Check the path, or pick the file again."))
    if _inner_suffix(path) in TABLE_EXT:
        traces = _read_table_file(path, user_id, timezone)
        if traces is not None:
            _check_enough(traces, fname)
            return traces
    raw = read_bytes(path)
    text = decode_text(raw)
    if not text.strip():
        raise InputError(tr("the file is empty"), file=fname,
                         hint=tr("Export the trace again: the file holds no data."))
    suffix = _inner_suffix(path)
    kind = _sniff_kind(text, suffix)
    if kind == "json":
        obj = parse_json_text(text, fname)
        from .emission import emission_entries_of, looks_like_emission, parse_emission_entries
        from .geojson import is_geojson, parse_geojson
        if is_geojson(obj):
            traces = parse_geojson(obj, path, user_id=user_id, timezone=timezone)
        elif looks_like_emission(obj):
            traces = parse_emission_entries(emission_entries_of(obj), str(path), user_id=user_id)
        elif isinstance(obj, list) and len(obj) == 0:
            raise InputError(tr("the file is empty (an empty JSON list)"), file=fname,
                             hint=tr("Export the trace again: the file holds no data."))
        else:
            raise NotATraceError(
                tr("this JSON is neither an e-mission / OpenPATH timeseries export nor a GeoJSON "
                   "FeatureCollection"), file=fname,
                hint=tr("Give a raw e-mission export (a list of entries with metadata.key) or "
                        "a GeoJSON of points."))
    elif kind == "gpx":
        from .gpx import parse_gpx_bytes
        traces = parse_gpx_bytes(raw, path, user_id=user_id, timezone=timezone)
    elif kind == "plt":
        from .plt import parse_plt_text
        traces = parse_plt_text(text, path, user_id=user_id)
    elif kind == "table":
        from .table import parse_table_text
        traces = parse_table_text(text, path, user_id=user_id, timezone=timezone)
    else:
        raise NotATraceError(
            tr("unsupported file type '{ext}'").format(ext=suffix or kind), file=fname,
            hint=tr("Tracemob reads e-mission / OpenPATH JSON, GeoJSON, GPX, CSV / TSV / TXT "
                    "tables and GeoLife .plt files, optionally gzipped (.gz)."))
    _check_enough(traces, fname)
    return traces


#: Bytes of a table read to sniff it: enough for the 200,000 characters :mod:`.table` sniffs in any encoding.
TABLE_HEAD_BYTES = 1 << 20


def _read_table_file(path: Path, user_id: Optional[str], timezone: str) -> Optional[Traces]:
    """A CSV / TSV / TXT table read from the file by ``table.parse_table_file``, never held whole in memory
    as bytes or text; in UTF-8, else in Windows-1252 as :func:`decode_text` decides (a byte that is not UTF-8
    anywhere in the file). None when its head says it is something else (the text readers then go)."""
    import codecs

    from . import table

    try:
        with (gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")) as fh:
            raw = fh.read(TABLE_HEAD_BYTES)
    except (OSError, EOFError) as exc:
        raise file_read_error(exc, file_label(path))
    encoding = table.UTF8
    try:
        head = codecs.getincrementaldecoder(table.UTF8)().decode(raw, final=False)
    except UnicodeDecodeError:
        encoding, head = table.WINDOWS, raw.decode(table.WINDOWS, errors="replace")
    if not head.strip() or _sniff_kind(head, _inner_suffix(path)) != "table":
        return None
    try:
        return table.parse_table_file(path, path, user_id=user_id, timezone=timezone, head=head, encoding=encoding)
    except table.NotUtf8:  # a byte further on is not UTF-8: the whole file is Windows-1252
        return table.parse_table_file(path, path, user_id=user_id, timezone=timezone,
                                      head=raw.decode(table.WINDOWS, errors="replace"), encoding=table.WINDOWS)


def _check_enough(traces: Traces, fname: str) -> None:
    n = len(traces.points)
    if n == 1:
        raise InputError(tr("only one location fix: a trace needs at least two fixes"), file=fname,
                         hint=tr("Check the export period or merge this file with the others of "
                                 "the same person."))
    if n == 0 and len(traces.motion) == 0 and len(traces.trips_labels) == 0:
        raise InputError(tr("no location fix in this file"), file=fname,
                         hint=tr("Check the export period: the phone recorded nothing in it."))
    if n == 0:
        traces.warnings.append(tr("{file}: no location fix (only activities or labels)").format(
            file=fname))


def list_inputs(inputs) -> List[Path]:
    """Files behind ``inputs``: a path, a list of paths, or folders (scanned recursively)."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    files: List[Path] = []
    for item in inputs:
        p = Path(str(item))
        if p.is_dir():
            found = sorted((f for f in p.rglob("*") if f.is_file() and _folder_candidate(f)),
                           key=lambda f: str(f.relative_to(p)))
            if not found:
                raise InputError(
                    tr("no supported trace file in this folder"), file=str(p),
                    hint=tr("Tracemob reads e-mission / OpenPATH JSON, GeoJSON, GPX, CSV / TSV / "
                            "TXT and GeoLife .plt files (optionally .gz): pick a folder that "
                            "holds some."))
            files.extend(found)
        else:
            files.append(p)
    return files


def _folder_candidate(path: Path) -> bool:
    name = path.name
    if name.startswith(".") or name.startswith("~") or is_partial(name):  # a killed run's partial output
        return False
    stem = name.lower().split(".")[0]
    if stem in _FOLDER_SKIP:
        return False
    suffix = _inner_suffix(path)
    if suffix in SUPPORTED_EXT:
        return True
    if suffix == "":
        # extensionless files are taken when they start like JSON (raw e-mission dumps)
        try:
            with (gzip.open(path, "rb") if name.lower().endswith(".gz") else open(path, "rb")) as fh:
                head = fh.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
        except (OSError, EOFError):
            return False
        return head[:1] in (b"[", b"{")
    return False


def read_traces(inputs, user_id: Optional[str] = None, timezone: str = "UTC",
                max_accuracy_m: Optional[float] = None, on_error: str = "raise",
                progress: Optional[Callable[[float], None]] = None,
                is_cancelled: Optional[Callable[[], bool]] = None) -> Traces:
    """Read trace files into :class:`Traces` (points, motion, trips_labels, warnings, files).

    ``inputs``: a path, a list of paths, or a folder (every supported file inside, recursively,
    in sorted order). Formats are detected from the extension and the content: e-mission /
    OpenPATH JSON, GeoJSON, GPX, CSV / TSV / TXT, GeoLife .plt, each optionally gzipped.
    ``user_id`` is used when a file names no user; ``timezone`` (IANA name) localises naive
    times of tables; ``max_accuracy_m`` drops fixes whose accuracy is worse (larger).
    ``on_error="skip"`` skips a bad file with a warning instead of raising ``InputError``.
    In a folder, files that are not traces (README, other tables) are skipped with a warning;
    tables of labelled trips (start, end, mode/purpose: GeoLife ``labels.txt``) fill
    ``trips_labels``. ``progress(fraction)`` is called after each file; ``is_cancelled()``
    is checked before each file and raises :class:`Cancelled`.
    """
    if on_error not in ("raise", "skip"):
        raise InputError(tr("on_error must be 'raise' or 'skip', not '{value}'").format(value=on_error),
                         field="on_error")
    timezone = timezone or "UTC"
    check_timezone(timezone)
    explicit = _explicit_paths(inputs)
    files = list_inputs(inputs)
    if not files:
        raise InputError(tr("no input file given"), field="inputs",
                         hint=tr("Choose at least one trace file or folder."))
    parts: List[Traces] = []
    warnings: List[str] = []
    for i, path in enumerate(files):
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(tr("reading cancelled"))
        try:
            parts.append(read_one_file(path, user_id=user_id, timezone=timezone))
        except NotATraceError as exc:
            if path in explicit and on_error != "skip":
                raise
            warnings.append(tr("skipped {file}, not a trace file: {problem}").format(
                file=file_label(path), problem=exc.problem))
        except InputError as exc:
            if on_error == "skip":
                warnings.append(tr("skipped {file}: {error}").format(file=file_label(path), error=exc))
            else:
                raise
        if progress is not None:
            progress((i + 1) / len(files))
    traces = concat_traces(parts)
    traces.warnings = warnings + traces.warnings
    if not parts:
        if files and all(p not in explicit for p in files):
            raise InputError(tr("no supported trace file in the input"), file=str(inputs),
                             hint=tr("Every file was skipped: see the reasons above.") + " " +
                             " | ".join(warnings))
        if on_error == "skip":
            return traces
    if max_accuracy_m is not None:
        _filter_accuracy(traces, float(max_accuracy_m))
    return traces


def _explicit_paths(inputs) -> set:
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return {Path(str(p)) for p in inputs if not Path(str(p)).is_dir()}


def _filter_accuracy(traces: Traces, limit: float) -> None:
    acc = traces.points["accuracy_m"].to_numpy()
    drop = acc > limit  # NaN (unknown accuracy) is kept
    n = int(drop.sum())
    if n:
        traces.points = traces.points[~drop].reset_index(drop=True)
    traces.warnings.append(tr("max accuracy {limit} m: dropped {n} of {total} fixes").format(
        limit=limit, n=n, total=len(acc)))


def check_timezone(timezone: str) -> None:
    import zoneinfo
    try:
        zoneinfo.ZoneInfo(str(timezone))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        raise InputError(tr("unknown time zone '{value}'").format(value=timezone), field="timezone",
                         hint=tr("Use an IANA name such as Europe/Paris or UTC."))
