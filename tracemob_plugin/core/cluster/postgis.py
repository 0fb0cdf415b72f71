"""PostGIS in and out of the cluster, and the COPY / EWKB helpers the QGIS side shares (processing/postgis.py).

In: a points table (``[inputs] postgis`` and ``table = "schema.table"``, the columns importtraces writes:
``user_id``, ``time``, ``lon`` / ``lat`` columns or a point geometry, ``accuracy_m``, ``speed_mps``,
``source_file``...). The client asks the server for the fixes per participant (one ``GROUP BY``), packs whole
participants into partitions under the fix budget, and each worker reads its own participants' rows itself
(:func:`read_users`: ``COPY (SELECT ... WHERE user_id = ANY(...)) TO STDOUT``, times as exact epoch
microseconds, floats in their shortest exact text), so the client never holds the fixes.

Out: ``[outputs] format = "postgis"`` (a connection and a schema). The client creates every table before the
writes, from the column types the partitions report (:func:`describe`, :func:`create_tables`: no race between
workers); an existing table is a clear error unless ``overwrite`` (never the input table); each worker COPYs its
partition's rows (:func:`write_partition`, geometries as hex EWKB, SRID 4326); then the client adds the indexes
(GiST on the geometry, B-tree on ``user_id`` / ``leg_id`` / ``trip_id`` / ``stay_id``) and runs ``ANALYZE``
(:func:`finish_tables`), and writes the small reduced tables itself (:func:`write_reduced`). Every table is
written under a staging name (``legs__tracemob_new``) and replaces its output only once all are written, in one
transaction: a run that fails or is cancelled leaves the outputs of the previous run whole
(:func:`discard_tables` drops its staging tables).

A password in a connection string is never shown: every message goes through :func:`mask`. psycopg2 (Debian's
python3-psycopg2) is imported here only, when PostGIS is used.
"""
import binascii
import csv
import io
import re
import struct
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

#: indexed with a B-tree when a table has them
INDEXED = ("user_id", "leg_id", "trip_id", "stay_id")
#: the geometry column of the tables written here
GEOM = "geom"
SRID = 4326
#: the point columns read from an input table when it has them (besides user_id, time, lon, lat)
POINT_COLUMNS = ("accuracy_m", "speed_mps", "source_file", "location_filter", "write_ts", "transitions",
                 "activity", "activity_confidence")
#: a table's rows read back in this order within a participant (``read_table``)
ORDER = {"stays": "start_time", "trips": "start_time", "legs": "start_time", "gaps": "start_time",
         "points": "time"}


@dataclass(frozen=True)
class PostgisSource:
    """A PostGIS points table: a libpq connection string and ``schema.table``."""
    conninfo: str
    table: str

    def __repr__(self):     # tracebacks and logs show the connection without its password
        return "PostgisSource({!r}, {!r})".format(mask(self.conninfo), self.table)


@dataclass(frozen=True)
class PostgisTarget:
    """Where the tables go: a libpq connection string and a schema; ``overwrite`` replaces existing tables of
    the same names (never the input table)."""
    conninfo: str
    schema: str = "public"
    overwrite: bool = False
    #: the input table, protected from ``overwrite`` (``schema.table``)
    source: Optional[str] = None

    def __repr__(self):     # tracebacks and logs show the connection without its password
        return "PostgisTarget({!r}, {!r}, overwrite={}, source={!r})".format(
            mask(self.conninfo), self.schema, self.overwrite, self.source)


def mask(text) -> str:
    """``text`` with the password of any connection string in it hidden (``password=***``, ``user:***@``)."""
    text = re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", str(text), flags=re.IGNORECASE)
    return re.sub(r"(postgres(?:ql)?://[^:/@\s]*:)[^@\s]*@", r"\1***@", text)


def _psycopg2():
    try:
        import psycopg2
    except ImportError:
        raise InputError(tr("PostGIS needs the psycopg2 package"), field="postgis",
                         hint=tr("Install it (Debian: apt install python3-psycopg2), or use files.")) from None
    return psycopg2


def connect(conninfo: str):
    """A connection in UTC; an error names the server (password masked) and what to do."""
    psycopg2 = _psycopg2()
    try:
        con = psycopg2.connect(conninfo)
    except psycopg2.Error as exc:
        raise InputError(tr("cannot connect to PostgreSQL ({conninfo}): {error}").format(
            conninfo=mask(conninfo), error=mask(str(exc).strip())), field="postgis",
            hint=tr("Check the connection string (host, port, dbname, user; a password in ~/.pgpass or "
                    "PGPASSWORD) and that the server is running.")) from None
    with con.cursor() as cur:
        cur.execute("SET TIME ZONE 'UTC'")
    return con


def ident(name) -> str:
    return '"' + str(name).replace('"', '""') + '"'


def split_table(name: str) -> Tuple[str, str]:
    """``schema.table`` (or ``table``: schema public) as (schema, table); quotes allowed."""
    parts = [p.strip().strip('"') for p in str(name).split(".")]
    if len(parts) == 1:
        return "public", parts[0]
    if len(parts) != 2 or not all(parts):
        raise InputError(tr("'{name}' is not a table name").format(name=name), field="table",
                         hint=tr("Write it as schema.table, e.g. study.points."))
    return parts[0], parts[1]


def qualified(schema: str, table: str) -> str:
    return "{}.{}".format(ident(schema), ident(table))


# ------------------------------------------------------------------------------------------- EWKB and COPY

def ewkb_points_hex(lon, lat, srid):
    """Hex EWKB (with SRID) of points, built with numpy; None where a coordinate is NaN."""
    lon = np.asarray(lon, dtype="<f8")
    lat = np.asarray(lat, dtype="<f8")
    rec = np.zeros(len(lon), dtype=[("bo", "u1"), ("t", "<u4"), ("srid", "<u4"), ("x", "<f8"), ("y", "<f8")])
    rec["bo"] = 1
    rec["t"] = 1 | 0x20000000
    rec["srid"] = int(srid)
    rec["x"] = lon
    rec["y"] = lat
    size = rec.dtype.itemsize * 2
    text = np.frombuffer(binascii.hexlify(rec.tobytes()), dtype="S%d" % size).astype("U%d" % size).astype(object)
    bad = ~(np.isfinite(lon) & np.isfinite(lat))
    text[bad] = None
    return text


def ewkb_hex(wkb, srid):
    """Hex EWKB (with SRID) of one ISO WKB (little or big endian)."""
    if wkb is None:
        return None
    wkb = bytes(wkb)
    order = "<" if wkb[0] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", wkb, 1)
    if code & 0x20000000:
        return wkb.hex()
    if code & 0xC0000000:
        flags, base = code & 0xC0000000, code & 0xFFFF
    else:
        dims, base = divmod(code, 1000)
        flags = (0x80000000 if dims in (1, 3) else 0) | (0x40000000 if dims in (2, 3) else 0)
    return (wkb[:1] + struct.pack(order + "II", base | flags | 0x20000000, int(srid)) + wkb[5:]).hex()


def copy_values(series: pd.Series, kind: str = "", unit: str = "us", text_unit: Optional[str] = None) -> np.ndarray:
    """A column as COPY text values (None for NULL): times in UTC cut to ``unit``, written to ``text_unit``
    (default ``unit``; ``+00`` when the target column ``kind`` is ``with time zone``), durations in seconds,
    booleans t/f, non-finite floats NULL."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        s = series.dt.tz_convert("UTC").dt.tz_localize(None) if series.dt.tz is not None else series
        arr = s.to_numpy(dtype="datetime64[ns]").astype("datetime64[%s]" % unit)
        text = np.datetime_as_string(arr, unit=text_unit or unit).astype(object)
        if "with time zone" in kind:
            text = np.char.add(text.astype(str), "+00").astype(object)
        text[np.isnat(arr)] = None
        return text
    if pd.api.types.is_timedelta64_dtype(series.dtype):
        return pd.to_timedelta(series).dt.total_seconds().to_numpy()
    if pd.api.types.is_bool_dtype(series.dtype):
        out = np.where(series.fillna(False).to_numpy(dtype=bool), "t", "f").astype(object)
        out[series.isna().to_numpy()] = None
        return out
    if pd.api.types.is_float_dtype(series.dtype):
        values = series.to_numpy(dtype="float64")
        out = values.astype(object)
        out[~np.isfinite(values)] = None
        return out
    if pd.api.types.is_integer_dtype(series.dtype):
        return series.astype(object).where(series.notna(), None).to_numpy()
    values = series.to_numpy(dtype=object)
    out = values.copy()
    missing = pd.isna(values)
    out[missing] = None
    if kind == "boolean":
        out[~missing] = np.where(values[~missing].astype(bool), "t", "f")
    return out


def copy_frame(cur, table: str, frame: pd.DataFrame) -> None:
    """``COPY table (frame's columns) FROM STDIN`` of ``frame``'s text values (CSV, NULL as ``\\N``);
    ``table`` already quoted."""
    if not len(frame):
        return
    buffer = io.StringIO()
    frame.to_csv(buffer, header=False, index=False, na_rep="\\N", quoting=csv.QUOTE_MINIMAL)
    buffer.seek(0)
    cur.copy_expert("COPY {} ({}) FROM STDIN WITH (FORMAT csv, NULL '\\N')".format(
        table, ", ".join(ident(c) for c in frame.columns)), buffer)


def index_names(table: str, columns: Sequence[str], geom_column: Optional[str]) -> List[str]:
    """The names :func:`create_indexes` gives, in its order."""
    out = ["{}_{}_gist".format(table, geom_column)[:63]] if geom_column else []
    return out + ["{}_{}_idx".format(table, column)[:63] for column in INDEXED if column in columns]


def create_indexes(cur, schema: str, table: str, columns: Sequence[str], geom_column: Optional[str]) -> None:
    """GiST on the geometry, B-tree on the :data:`INDEXED` columns the table has, then ``ANALYZE``."""
    name = qualified(schema, table)
    keys = (["USING GIST ({})".format(ident(geom_column))] if geom_column else []) + \
        ["({})".format(ident(column)) for column in INDEXED if column in columns]
    for index, key in zip(index_names(table, columns, geom_column), keys):
        cur.execute("CREATE INDEX IF NOT EXISTS {} ON {} {}".format(ident(index), name, key))
    cur.execute("ANALYZE {}".format(name))


# ------------------------------------------------------------------------------------------------- input

def _columns(cur, schema: str, table: str) -> Dict[str, str]:
    """Column name -> type (``geometry`` for PostGIS geometries) of a table, in order; {} when there is none."""
    cur.execute("SELECT column_name, CASE WHEN data_type = 'USER-DEFINED' THEN udt_name ELSE data_type END "
                "FROM information_schema.columns WHERE table_schema = %s AND table_name = %s "
                "ORDER BY ordinal_position", (schema, table))
    return dict(cur.fetchall())


def _time_sql(column: str, kind: str) -> str:
    """Exact epoch microseconds of a time column (``timestamp`` without time zone taken as UTC)."""
    value = ident(column) if "timestamp" in kind else "{}::timestamptz".format(ident(column))
    return "round(extract(epoch FROM {}) * 1000000)::bigint".format(value)


def source_select(source: PostgisSource) -> Tuple[str, List[str]]:
    """The select list reading ``source`` as trace points, and its text columns; an error names the table and
    the missing column."""
    schema, table = split_table(source.table)
    con = connect(source.conninfo)
    try:
        with con.cursor() as cur:
            cols = _columns(cur, schema, table)
            if not cols:
                raise InputError(tr("no table {table} in this database ({conninfo})").format(
                    table=source.table, conninfo=mask(source.conninfo)), field="table",
                    hint=tr("Give the points table as schema.table (as importtraces wrote it)."))
            geoms = [c for c, k in cols.items() if k == "geometry"]
            srid = 0
            if geoms and not {"lon", "lat"} <= set(cols):
                cur.execute("SELECT Find_SRID(%s, %s, %s)", (schema, table, geoms[0]))
                srid = int(cur.fetchone()[0] or 0)
    finally:
        con.close()
    missing = [c for c in ("user_id", "time") if c not in cols]
    if not ({"lon", "lat"} <= set(cols) or geoms):
        missing.append("lon, lat " + tr("or a point geometry"))
    if missing:
        raise InputError(tr("the table {table} has no column {cols}").format(table=source.table,
                         cols=", ".join(missing)), field="table",
                         hint=tr("Give a points table with user_id, time and lon/lat or a point geometry "
                                 "(as importtraces writes it)."))
    parts = ["{}::text AS user_id".format(ident("user_id")), _time_sql("time", cols["time"]) + " AS time_us"]
    if {"lon", "lat"} <= set(cols):
        parts += ["{}::float8 AS lon".format(ident("lon")), "{}::float8 AS lat".format(ident("lat"))]
    else:
        geom = ident(geoms[0]) if srid in (0, SRID) else "ST_Transform({}, {})".format(ident(geoms[0]), SRID)
        parts += ["ST_X({}) AS lon".format(geom), "ST_Y({}) AS lat".format(geom)]
    texts = ["user_id"]
    for c in POINT_COLUMNS:
        if c in cols:
            number = c in ("accuracy_m", "speed_mps", "write_ts", "activity_confidence")
            parts.append("{}::{} AS {}".format(ident(c), "float8" if number else "text", ident(c)))
            texts += [] if number else [c]
    return ", ".join(parts), texts


def scan_source(source: PostgisSource) -> List[Tuple[List[str], int]]:
    """(participant, fixes) of the table, one ``GROUP BY`` on the server, in participant order."""
    schema, table = split_table(source.table)
    con = connect(source.conninfo)
    try:
        with con.cursor() as cur:
            cur.execute("SELECT {0}::text, count(*) FROM {1} GROUP BY {0}".format(ident("user_id"),
                                                                                 qualified(schema, table)))
            rows = cur.fetchall()
    finally:
        con.close()
    return [([user], int(n)) for user, n in sorted(rows, key=lambda r: r[0]) if user is not None]


def read_users(source: PostgisSource, users: Sequence[str], select: Tuple[str, List[str]]):
    """On a worker: the points of ``users`` as :class:`ingest.Traces` (the points contract; no motion, no
    labels), read with ``COPY (SELECT ...) TO STDOUT``; times UTC, floats exact."""
    from ..ingest import Traces, empty_traces, finalize_points

    schema, table = split_table(source.table)
    columns, texts = select
    con = connect(source.conninfo)
    try:
        with con.cursor() as cur:
            query = cur.mogrify("SELECT {} FROM {} WHERE {}::text = ANY(%s)".format(
                columns, qualified(schema, table), ident("user_id")), (list(users),)).decode()
            buffer = io.StringIO()
            cur.copy_expert("COPY ({}) TO STDOUT WITH (FORMAT csv, HEADER, NULL '\\N')".format(query), buffer)
    finally:
        con.close()
    buffer.seek(0)
    frame = pd.read_csv(buffer, na_values=["\\N"], keep_default_na=False, float_precision="round_trip",
                        dtype={c: object for c in texts})
    empty = empty_traces()
    frame = frame[frame["user_id"].notna() & frame["time_us"].notna()]
    if not len(frame):
        return empty
    frame = frame.assign(time=pd.to_datetime(frame.pop("time_us").astype("int64"), unit="us", utc=True)
                         .astype("datetime64[ns, UTC]"))
    if "source_file" not in frame.columns:
        frame["source_file"] = source.table
    return Traces(points=finalize_points(frame.reset_index(drop=True)), motion=empty.motion,
                  trips_labels=empty.trips_labels, files=[source.table])


def run_users(source: PostgisSource, users: Sequence[str], select, spec) -> dict:
    """A task: read these participants' points here, on the worker, and run the chain on them."""
    from .chain import run_partition

    t = read_users(source, users, select)
    out = run_partition(t.points, spec)
    out["warnings"] = list(t.warnings)
    return out


# ------------------------------------------------------------------------------------------------ output

def pg_type(series: pd.Series) -> Optional[str]:
    """The PostgreSQL type of a column; None for a text column with no value (decided by another partition)."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "boolean"
    if pd.api.types.is_integer_dtype(dtype):
        return "bigint"
    if pd.api.types.is_float_dtype(dtype) or pd.api.types.is_timedelta64_dtype(dtype):
        return "double precision"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "timestamp with time zone" if getattr(dtype, "tz", None) is not None else "timestamp"
    values = series.dropna()
    if not len(values):
        return None
    return "boolean" if pd.api.types.infer_dtype(values, skipna=True) == "boolean" else "text"


def describe(result: dict, names: Sequence[str]) -> Dict[str, List[Tuple[str, Optional[str]]]]:
    """On a worker: each table's columns and types (``geometry_wkb`` as ``geom`` lines, ``lon``/``lat`` tables
    also get a ``geom`` point)."""
    return {name: _layout(result[name]) for name in names if result.get(name) is not None}


def _layout(frame: pd.DataFrame) -> List[Tuple[str, Optional[str]]]:
    cols = [(c, pg_type(frame[c])) for c in frame.columns if c != "geometry_wkb"]
    if "geometry_wkb" in frame.columns:
        cols.append((GEOM, _geometry_type(frame["geometry_wkb"])))
    elif {"lon", "lat"} <= set(frame.columns):
        cols.append((GEOM, "geometry(Point, {})".format(SRID)))
    return cols


def _geometry_type(wkbs: pd.Series) -> Optional[str]:
    """``geometry(GeometryM, 4326)``... from the dimensions of the first ISO WKB; None without one."""
    first = next((bytes(w) for w in wkbs if w is not None), None)
    if first is None:
        return None
    (code,) = struct.unpack_from("<I" if first[0] == 1 else ">I", first, 1)
    dims = ("Z" if code & 0x80000000 else "") + ("M" if code & 0x40000000 else "") if code & 0xC0000000 else \
        ("", "Z", "M", "ZM")[(code & 0xFFFF) // 1000]
    return "geometry(Geometry{}, {})".format(dims, SRID)


def merge_layouts(layouts: Sequence[dict]) -> Dict[str, List[Tuple[str, str]]]:
    """One layout per table from the partitions': a column's type from the partitions where it has values
    (``bigint`` and ``double precision`` give ``double precision``), ``text`` where none has."""
    merged: Dict[str, Dict[str, set]] = {}
    for layout in layouts:
        for name, cols in layout.items():
            table = merged.setdefault(name, {})
            for col, kind in cols:
                table.setdefault(col, set()).update([kind] if kind else [])
    out = {}
    for name, cols in merged.items():
        out[name] = [(c, "double precision" if kinds == {"bigint", "double precision"} else
                      sorted(kinds)[0] if len(kinds) == 1 else
                      "geometry(Geometry, {})".format(SRID) if c == GEOM else "text") for c, kinds in cols.items()]
    return out


def check_target(target: PostgisTarget, names: Sequence[str]) -> None:
    """Before any work: the schema is made if missing; a table of ``names`` that exists is an error unless
    ``overwrite``; the input table is never a target."""
    con = connect(target.conninfo)
    try:
        with con.cursor() as cur:
            check_target_in(cur, target, names)
        con.commit()
    finally:
        con.close()


def check_target_in(cur, target: PostgisTarget, names: Sequence[str]) -> None:
    """:func:`check_target` with the cursor ``cur`` (in its transaction)."""
    source = split_table(target.source) if target.source else None
    if source and source[0] == target.schema and source[1] in names:
        raise InputError(tr("the output table {schema}.{table} is the input table").format(
            schema=target.schema, table=source[1]), field="schema",
            hint=tr("Write the outputs to another schema: the input is never overwritten."))
    cur.execute("CREATE SCHEMA IF NOT EXISTS {}".format(ident(target.schema)))
    cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s "
                "AND table_name = ANY(%s)", (target.schema, list(names)))
    existing = sorted(r[0] for r in cur.fetchall())
    if existing and not target.overwrite:
        raise InputError(tr("the table(s) {tables} already exist in the schema {schema} ({conninfo})").format(
            tables=", ".join(existing), schema=target.schema, conninfo=mask(target.conninfo)),
            field="schema", hint=tr("Choose another schema, drop them, or set overwrite = true."))


#: suffix of the tables a run writes into before they replace the outputs (see :func:`finish_tables`)
STAGING = "__tracemob_new"


def staging(name: str) -> str:
    """The table ``name`` is written into until the run has written every table (PostgreSQL names: 63 bytes)."""
    return name[:63 - len(STAGING)] + STAGING


def create_tables(target: PostgisTarget, layouts: Dict[str, List[Tuple[str, str]]]) -> None:
    """On the client, before the workers write: each table created under its :func:`staging` name (a
    leftover of a run that died is replaced), in one transaction. The outputs themselves, old ones
    included, are not touched until :func:`finish_tables`."""
    check_target(target, list(layouts))
    con = connect(target.conninfo)
    try:
        with con.cursor() as cur:
            for name, cols in layouts.items():
                table = qualified(target.schema, staging(name))
                cur.execute("DROP TABLE IF EXISTS {}".format(table))
                cur.execute("CREATE TABLE {} ({})".format(table, ", ".join(
                    "{} {}".format(ident(c), kind) for c, kind in cols)))
        con.commit()
    finally:
        con.close()


def discard_tables(target: PostgisTarget, names: Sequence[str]) -> None:
    """After a failed or cancelled run: its staging tables dropped; the outputs of an earlier run stay as they
    were. Errors here are not raised over the run's own."""
    try:
        con = connect(target.conninfo)
    except Exception:   # the run's own error (often this very connection) is the one to show
        return
    try:
        with con.cursor() as cur:
            for name in names:
                cur.execute("DROP TABLE IF EXISTS {}".format(qualified(target.schema, staging(name))))
        con.commit()
    except Exception:
        con.rollback()
    finally:
        con.close()


def _to_us(series: pd.Series) -> pd.Series:
    """Times rounded to the microsecond PostgreSQL keeps (the chain's times carry float artefacts below it:
    ``...52.817999872`` for ``...52.818``)."""
    return series.dt.round("us") if pd.api.types.is_datetime64_any_dtype(series.dtype) else series


def _copy_table(cur, target: PostgisTarget, name: str, frame: pd.DataFrame, kinds: Dict[str, str]) -> int:
    """COPY ``frame`` into ``name``'s staging table in ``target.schema`` (its lines or lon/lat as ``geom``, hex
    EWKB); rows written."""
    data = {c: copy_values(_to_us(frame[c]), kinds.get(c, "")) for c in frame.columns if c != "geometry_wkb"}
    if GEOM in kinds:
        if "geometry_wkb" in frame.columns:
            data[GEOM] = np.array([ewkb_hex(w, SRID) for w in frame["geometry_wkb"]], dtype=object)
        else:
            data[GEOM] = ewkb_points_hex(frame["lon"].to_numpy(float), frame["lat"].to_numpy(float), SRID)
    copy_frame(cur, qualified(target.schema, staging(name)), pd.DataFrame(data, columns=list(data)))
    return len(frame)


def write_partition(result: dict, k: int, target: PostgisTarget, starts: pd.Series, names: Sequence[str],
                    layouts: Dict[str, List[Tuple[str, str]]]) -> dict:
    """On the worker holding partition ``k``'s result: its tables ``names`` COPYed into the (created) tables,
    fix positions mapped to the study's, in one transaction; gives back what the client reduces."""
    from .chain import _remap_positions

    c = result["counts"]
    local = pd.Series(np.cumsum(c.to_numpy()) - c.to_numpy(), index=c.index)
    rows: Dict[str, int] = {}
    con = connect(target.conninfo)
    try:
        with con.cursor() as cur:
            for name in names:
                frame = result[name]
                if name != "points":
                    frame = _remap_positions(frame, local, starts)
                rows[name] = _copy_table(cur, target, name, frame, dict(layouts.get(name, ())))
        con.commit()
    finally:
        con.close()
    return {"counts": c, "stats": result["stats"], "summary": result.get("summary"),
            "warnings": result.get("warnings", []), "rows": rows}


def finish_tables(target: PostgisTarget, layouts: Dict[str, List[Tuple[str, str]]]) -> None:
    """After all the partitions, from the client: indexes and ``ANALYZE`` of each staging table, then, in one
    transaction, each replaces its output (an older one dropped when ``overwrite``) and its indexes take the
    output's names. Until that commit, readers see the old outputs whole; after it, the new ones whole."""
    columns = {name: [c for c, _ in cols] for name, cols in layouts.items()}
    geom = {name: GEOM if GEOM in names else None for name, names in columns.items()}
    con = connect(target.conninfo)
    try:
        with con.cursor() as cur:
            for name, names in columns.items():
                create_indexes(cur, target.schema, staging(name), names, geom[name])
        con.commit()
        with con.cursor() as cur:
            check_target_in(cur, target, list(layouts))
            for name, names in columns.items():
                cur.execute("DROP TABLE IF EXISTS {}".format(qualified(target.schema, name)))
                cur.execute("ALTER TABLE {} RENAME TO {}".format(qualified(target.schema, staging(name)), ident(name)))
                for old, new in zip(index_names(staging(name), names, geom[name]),
                                    index_names(name, names, geom[name])):
                    cur.execute("ALTER INDEX {} RENAME TO {}".format(qualified(target.schema, old), ident(new)))
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        con.close()


def write_reduced(target: PostgisTarget, tables: Dict[str, pd.DataFrame]) -> List[str]:
    """The small reduced tables (mode summary, medians, travel-time cells), written by the client; their names."""
    layouts = merge_layouts([describe(tables, list(tables))])
    create_tables(target, layouts)
    try:
        con = connect(target.conninfo)
        try:
            with con.cursor() as cur:
                for name, frame in tables.items():
                    _copy_table(cur, target, name, frame, dict(layouts[name]))
            con.commit()
        finally:
            con.close()
        finish_tables(target, layouts)
    except BaseException:
        discard_tables(target, list(layouts))
        raise
    return ["{}.{}".format(target.schema, name) for name in tables]


def read_table(conninfo: str, schema: str, table: str) -> pd.DataFrame:
    """A table written here read back as the chain gave it: times UTC, floats exact, lines as ``geometry_wkb``
    (ISO WKB), the points' geometry dropped (their lon/lat are columns), rows in participant order."""
    con = connect(conninfo)
    try:
        with con.cursor() as cur:
            cols = _columns(cur, schema, table)
            parts = []
            for c, kind in cols.items():
                if c == GEOM:
                    if not {"lon", "lat"} <= set(cols):
                        parts.append("encode(ST_AsBinary({}), 'hex') AS geometry_wkb".format(ident(c)))
                elif "timestamp" in kind:
                    parts.append(_time_sql(c, kind) + " AS " + ident(c))
                else:
                    parts.append(ident(c))
            order = [ident(c) + ' COLLATE "C"' for c in ("user_id",) if c in cols] + \
                [ident(c) for c in ("first_point", ORDER.get(table)) if c in cols]
            query = "SELECT {} FROM {}{}".format(", ".join(parts), qualified(schema, table),
                                                 " ORDER BY " + ", ".join(order) if order else "")
            buffer = io.StringIO()
            cur.copy_expert("COPY ({}) TO STDOUT WITH (FORMAT csv, HEADER, NULL '\\N')".format(query), buffer)
    finally:
        con.close()
    buffer.seek(0)
    texts = [c for c, k in cols.items() if k in ("text", "boolean")] + ["geometry_wkb"]
    frame = pd.read_csv(buffer, na_values=["\\N"], keep_default_na=False, float_precision="round_trip",
                        dtype={c: object for c in texts})
    for c, kind in cols.items():
        if c not in frame.columns:
            continue
        if "timestamp" in kind:
            frame[c] = pd.to_datetime(frame[c].astype("Int64"), unit="us", utc=True).astype("datetime64[ns, UTC]")
        elif kind == "boolean":
            values = frame[c].map({"t": True, "f": False})
            frame[c] = values.astype(bool) if values.notna().all() else values
        elif kind == "bigint":
            frame[c] = frame[c].astype("Int64" if frame[c].isna().any() else "int64")
        elif kind == "double precision":
            frame[c] = frame[c].astype("float64")
        elif kind == "text":
            frame[c] = frame[c].astype(object).where(frame[c].notna(), None)
    if "geometry_wkb" in frame.columns:
        frame["geometry_wkb"] = frame["geometry_wkb"].map(lambda h: None if h is None or h != h else bytes.fromhex(h))
    return frame


#: the reduced tables the client writes (cli_outputs)
REDUCED = ("mode_summary", "mode_hour_medians", "segment_travel_times")


def output_names(spec) -> List[str]:
    """Every table a run of ``spec`` may write (checked before any work)."""
    from .chain import TABLES

    return list(TABLES) + (["points"] if spec.keep_points else []) + list(REDUCED)
