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
import numpy as np
import pandas as pd
from qgis.core import QgsDataSourceUri

# the QGIS-free COPY / EWKB helpers, shared with the cluster's PostGIS output
from ..tracemob_plugin.core.cluster.postgis import (copy_frame, copy_values, create_indexes,  # noqa: F401
                                                    ewkb_hex, ewkb_points_hex)
from ..tracemob_plugin.core.cluster.postgis import ident as _ident

PREFIXES = ("postgres:", "postgis:")


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
        from .bulk import TIME_UNIT

        return copy_values(series, self.types.get(column, ""), unit=TIME_UNIT, text_unit="ms")

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
        with self.con.cursor() as cur:
            copy_frame(cur, self.qualified, pd.DataFrame(data, columns=targets))
        self.rows += len(df)

    def close(self):
        with self.con.cursor() as cur:
            create_indexes(cur, self.schema, self.table, list(self.types), self.geom_column)
        self.con.commit()
        self.con.close()
