"""PostGIS as a bulk input and output of the algorithms (see :mod:`.bulk`).

* Input: a layer of QGIS's ``postgres`` provider (a table of a connection, or a URI such as
  ``postgres:dbname='study' host=... table="survey"."points" (geom)``) is read through GDAL's
  PostgreSQL driver and its Arrow stream, with the layer's subset string as a server-side filter and
  the session in UTC (``timestamptz`` values come back as UTC instants; ``timestamp`` values are taken
  as UTC, Tracemob's rule for naive times).
* Output: any Processing destination ``postgres:<connection> table="<schema>"."<name>" (geom)`` (the
  schema the user picks). QGIS creates the table as it would (fields, geometry type and SRID, primary
  key); Tracemob fills it with ``COPY ... FROM STDIN`` (CSV, geometries as hex EWKB) by chunks, then
  adds a GiST index on the geometry and B-tree indexes on ``user_id`` / ``leg_id`` / ``trip_id`` when
  the table has them, and runs ``ANALYZE``.

Credentials: the connection string QGIS holds, with its authentication configuration expanded by QGIS
(``QgsDataSourceUri.connectionInfo(True)``); nothing is logged or stored.
"""
import binascii
import csv
import io
import struct

import numpy as np
import pandas as pd
from qgis.core import QgsDataSourceUri

PREFIXES = ("postgres:", "postgis:")
_INDEXED = ("user_id", "leg_id", "trip_id", "stay_id")


def _uri(text):
    text = str(text)
    for prefix in PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix):]
            break
    return QgsDataSourceUri(text)


def conninfo(uri):
    """libpq connection string of a QgsDataSourceUri, authentication configuration expanded."""
    return uri.connectionInfo(True)


def open_ogr_table(layer):
    """``(dataset, layer)`` of GDAL's PostgreSQL driver for a QGIS ``postgres`` layer, or (None, None)
    for a query layer (``table=(SELECT ...)``)."""
    from osgeo import gdal

    gdal.UseExceptions()
    uri = _uri(layer.source())
    table = uri.table()
    if not table or table.strip().startswith("("):
        return None, None
    schema = uri.schema() or "public"
    geom = uri.geometryColumn()
    spec = "{}.{}".format(schema, table) + ("({})".format(geom) if geom else "")
    dsn = "PG:{} options='-c TimeZone=UTC' tables={}".format(conninfo(uri), spec)
    ds = gdal.OpenEx(dsn, gdal.OF_VECTOR | gdal.OF_READONLY)
    if ds is None or ds.GetLayerCount() == 0:
        return None, None
    return ds, ds.GetLayer(0)


def _connect(uri):
    import psycopg2

    con = psycopg2.connect(conninfo(uri))
    with con.cursor() as cur:
        cur.execute("SET TIME ZONE 'UTC'")
    return con


def _ident(name):
    return '"' + str(name).replace('"', '""') + '"'


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


class PostgisAppender:
    """Appends frames to a PostGIS table QGIS created (empty) with COPY; indexes and ANALYZE on close."""

    def __init__(self, dest_id, geometry):
        self.uri = _uri(dest_id)
        self.schema = self.uri.schema() or "public"
        self.table = self.uri.table()
        self.geom_column = self.uri.geometryColumn() or None
        self.rows = 0
        self.con = _connect(self.uri)
        with self.con.cursor() as cur:
            cur.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = %s "
                        "AND table_name = %s ORDER BY ordinal_position", (self.schema, self.table))
            self.types = {name: kind for name, kind in cur.fetchall()}
            if not self.types:
                raise ValueError("table {}.{} not found".format(self.schema, self.table))
            self.srid = 0
            if self.geom_column:
                cur.execute("SELECT Find_SRID(%s, %s, %s)", (self.schema, self.table, self.geom_column))
                self.srid = int(cur.fetchone()[0] or 0)
        self.qualified = "{}.{}".format(_ident(self.schema), _ident(self.table))

    def _text(self, series, column):
        kind = self.types.get(column, "")
        if pd.api.types.is_datetime64_any_dtype(series.dtype):
            from .bulk import TIME_UNIT

            s = series.dt.tz_convert("UTC").dt.tz_localize(None) if series.dt.tz is not None else series
            arr = s.to_numpy(dtype="datetime64[ns]").astype("datetime64[%s]" % TIME_UNIT)
            text = np.datetime_as_string(arr, unit="ms").astype(object)
            if "with time zone" in kind:
                text = np.char.add(text.astype(str), "+00").astype(object)
            text[np.isnat(arr)] = None
            return text
        if pd.api.types.is_timedelta64_dtype(series.dtype):
            return pd.to_timedelta(series).dt.total_seconds().to_numpy()
        if pd.api.types.is_bool_dtype(series.dtype):
            return np.where(series.to_numpy(), "t", "f").astype(object)
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
            out[~missing] = ["t" if bool(v) else "f" for v in values[~missing]]
        return out

    def append(self, df, lon=None, lat=None, wkbs=None, names=None):
        if not len(df):
            return
        names = list(df.columns) if names is None else list(names)
        lookup = {c.lower(): c for c in self.types}
        data, targets = {}, []
        for name, column in zip(names, df.columns):
            target = lookup.get(str(name).lower())
            if target is None:
                raise ValueError("field {} not in the created table".format(name))
            targets.append(target)
            data[target] = self._text(df[column], target)
        if self.geom_column:
            if lon is not None:
                geoms = ewkb_points_hex(lon, lat, self.srid)
            elif wkbs is not None:
                geoms = np.array([ewkb_hex(w, self.srid) for w in wkbs], dtype=object)
            else:
                geoms = np.full(len(df), None, dtype=object)
            data = {self.geom_column: geoms, **data}
            targets = [self.geom_column] + targets
        frame = pd.DataFrame(data, columns=targets)
        buffer = io.StringIO()
        frame.to_csv(buffer, header=False, index=False, na_rep="\\N", quoting=csv.QUOTE_MINIMAL)
        buffer.seek(0)
        sql = "COPY {} ({}) FROM STDIN WITH (FORMAT csv, NULL '\\N')".format(
            self.qualified, ", ".join(_ident(c) for c in targets))
        with self.con.cursor() as cur:
            cur.copy_expert(sql, buffer)
        self.rows += len(df)

    def close(self):
        with self.con.cursor() as cur:
            if self.geom_column:
                cur.execute("CREATE INDEX IF NOT EXISTS {} ON {} USING GIST ({})".format(
                    _ident("{}_{}_gist".format(self.table, self.geom_column)[:63]), self.qualified,
                    _ident(self.geom_column)))
            for column in _INDEXED:
                if column in self.types:
                    cur.execute("CREATE INDEX IF NOT EXISTS {} ON {} ({})".format(
                        _ident("{}_{}_idx".format(self.table, column)[:63]), self.qualified, _ident(column)))
            cur.execute("ANALYZE {}".format(self.qualified))
        self.con.commit()
        self.con.close()
