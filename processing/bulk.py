"""The bulk data path between QGIS and the domain: whole columns through GDAL, never one QgsFeature
at a time.

Reading. :meth:`base.TracemobAlgorithm.parameterAsSource` remembers which layer (and which
selection, feature limit and geometry check) a Processing source stands for; the readers of
:mod:`.frames` then ask :func:`read_frame` first. When the layer is read by QGIS's ``ogr`` provider
(GeoPackage, shapefile, FlatGeobuf, GeoJSON, CSV read by OGR, ...) or ``postgres`` provider
(PostGIS), its columns come through GDAL's Arrow stream (``ogr.Layer.GetArrowStreamAsNumPy``, GDAL
>= 3.6, numpy only), with

* the layer's subset string as OGR attribute filter (a full ``SELECT`` subset falls back),
* "selected features only" (by feature id; PostGIS selections fall back), the feature limit,
* the geometry check of the source (lines: at least two distinct vertices; others fall back),
* points reprojected to EPSG:4326 with ``osr`` on whole arrays; lines in another CRS fall back,

and gives exactly the frames of the feature-by-feature path (``frames._convert_column``: times
``datetime64[ns, UTC]``, naive times taken as UTC, NULL -> NaN / NaT / None). Anything this path
cannot honour (another provider, a memory layer, a field type it does not map, time zones other
than UTC in a GeoPackage, GDAL 3.6's Arrow boolean bug) returns ``None`` and the caller uses the
batched feature path, so the result never depends on which path ran. ``TRACEMOB_BULK=0`` in the
environment turns the bulk path off (the tests compare both).

Writing. :func:`write_sink` is the bulk twin of ``frames.frame_to_sink``'s last step: QGIS creates
the output (``parameterAsSink``: the fields, the CRS, the layer name, the loading of the result
and its style), then a GeoPackage file is filled through SQLite in one transaction with prepared
GeoPackage geometry blobs, and its spatial index rebuilt in one statement; PostGIS outputs are
filled with ``COPY`` (:mod:`.postgis`). Other outputs keep QGIS's batched sink.
"""
import os
import sqlite3
import struct
import time

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProviderRegistry,
)

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.geometry import parse_lines_wkb_many
from ..tracemob_plugin.core.i18n import tr
from ..tracemob_plugin.toolbelt.log import log
from .memory import release_free_memory

_ORIGIN = "_tracemob_origin"
BATCH = 65536
#: GeoPackage outputs of at least this many rows get indexes on user_id / leg_id / trip_id.
INDEX_ROWS = 2_000_000
_WGS84 = "EPSG:4326"


def enabled():
    """False when ``TRACEMOB_BULK=0``: every read and write then takes the feature path."""
    return os.environ.get("TRACEMOB_BULK", "1").strip().lower() not in ("0", "no", "false", "off")


class Timer:
    """Seconds spent in QGIS / GDAL input and output, for the algorithm's closing message and the bench."""

    def __init__(self):
        self.io_s = 0.0
        self.domain_s = 0.0

    def reset(self):
        self.io_s = 0.0
        self.domain_s = 0.0


TIMER = Timer()


# =========================================================================== reading
class _Origin:
    """What a Processing source stands for: its layer and the request options of its definition."""

    def __init__(self, layer, selected, limit, check):
        self.layer = layer
        self.selected = selected
        self.limit = limit
        self.check = check


def remember(source, alg, parameters, name, context):
    """Record on ``source`` the layer behind parameter ``name`` (called by parameterAsSource)."""
    if source is None:
        return
    try:
        value = parameters.get(name) if hasattr(parameters, "get") else None
        layer = alg.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            return
        selected, limit, check = False, -1, None
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            selected = bool(value.selectedFeaturesOnly)
            limit = int(getattr(value, "featureLimit", -1))
            if compat.overrides_geometry_check(value):
                check = value.geometryCheck
        if check is None:
            check = context.invalidGeometryCheck()
        setattr(source, _ORIGIN, _Origin(layer, selected, limit, compat.geometry_check_kind(check)))
    except Exception as err:  # the feature path still works
        log("bulk: cannot tell the layer of {}: {}".format(name, err), "info")


class _Table:
    """An OGR layer opened for a bulk read, with the options QGIS applies to the source."""

    def __init__(self, ds, lyr, driver, where, fids, limit, check, crs, provider):
        self.ds = ds
        self.lyr = lyr
        self.driver = driver
        self.where = where
        self.fids = fids
        self.limit = limit
        self.check = check
        self.crs = crs
        self.provider = provider
        defn = lyr.GetLayerDefn()
        self.ogr_fields = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i) for i in range(defn.GetFieldCount())}
        self.fid_column = lyr.GetFIDColumn() or ""


def _ogr():
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    return gdal, ogr


def _open_table(origin):
    """The OGR layer behind ``origin`` or None (with the reason logged) when the bulk path cannot honour it."""
    layer = origin.layer
    provider = layer.providerType()
    subset = (layer.subsetString() or "").strip()
    if subset.lower().startswith("select"):
        return None, "subset is an SQL query"
    gdal, ogr = _ogr()
    if provider == "ogr":
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        path = _part(parts, "path") or ""
        if not path or not os.path.exists(path):
            return None, "not a file"
        options = _part(parts, "openOptions") or []
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=list(options))
        if ds is None:
            return None, "GDAL cannot open it"
        name, index = _part(parts, "layerName"), _part(parts, "layerId")
        lyr = ds.GetLayerByName(name) if name else ds.GetLayer(int(index) if index is not None else 0)
        fids = None
        if origin.selected:
            fids = np.asarray(sorted(int(f) for f in layer.selectedFeatureIds()), dtype=np.int64)
    elif provider == "postgres":
        if origin.selected:
            return None, "selection on a PostGIS layer"
        from .postgis import open_ogr_table

        ds, lyr = open_ogr_table(layer)
        fids = None
    else:
        return None, "provider " + provider
    if lyr is None:
        return None, "layer not found"
    driver = ds.GetDriver().ShortName
    return _Table(ds, lyr, driver, subset or None, fids, origin.limit, origin.check, layer.crs(), provider), ""


def participant_groups(source, context, feedback, field, budget, weight=None):
    """Partitions of whole participants of a remembered source, read in bulk from its ``field`` column
    alone: ``[(sql filter, size), ...]`` of at most ``budget`` rows each (or of ``weight``, a numeric field
    such as the legs' ``n_points``; a larger participant alone), in the order of the user ids as text;
    None when the source cannot be read in bulk or fits in one."""
    fields = [field] + ([weight] if weight and weight != field else [])
    fast = read_frame(source, context, feedback, fields, None)
    if fast is None:
        return None
    values = fast[0][field]
    if len(fields) > 1:
        w = pd.to_numeric(fast[0][weight], errors="coerce").fillna(1).clip(lower=1)
        if float(w.sum()) <= budget or values.isna().any():
            return None
        counts = w.groupby(values.to_numpy(), sort=False).sum().round().astype("int64")
    else:
        if len(values) <= budget:
            return None
        counts = values.value_counts(sort=False, dropna=False)
    if counts.index.hasnans:
        return None  # NULL participants: one read of everything keeps their handling
    # the order of the points contract (user ids as text), so that the partitions' outputs follow one another
    # as the one-shot output does
    counts = counts.iloc[np.argsort(counts.index.astype(str).to_numpy(), kind="stable")]
    numeric = pd.api.types.is_numeric_dtype(counts.index.dtype)
    quoted = '"{}"'.format(field.replace('"', '""'))

    def literal(v):
        return repr(int(v)) if numeric and float(v).is_integer() else (
            repr(float(v)) if numeric else "'" + str(v).replace("'", "''") + "'")

    groups, current, size = [], [], 0
    for value, n in counts.items():
        if current and size + int(n) > budget:
            groups.append((current, size))
            current, size = [], 0
        current.append(value)
        size += int(n)
    if current:
        groups.append((current, size))
    return [("{} IN ({})".format(quoted, ", ".join(literal(v) for v in users)), size) for users, size in groups]


# --------------------------------------------------------------------------- field kinds
def _ogr_kind(defn):
    _gdal, ogr = _ogr()
    t, sub = defn.GetType(), defn.GetSubType()
    if t == ogr.OFTInteger:
        return "bool" if sub == ogr.OFSTBoolean else "int"
    return {ogr.OFTInteger64: "int", ogr.OFTReal: "double", ogr.OFTString: "string",
            ogr.OFTDate: "date", ogr.OFTDateTime: "datetime"}.get(t)


_BOOL_OK = {}


def _arrow_bools_ok():
    """GDAL 3.6.2's GeoPackage Arrow reader reads the boolean bitmap as bytes (wrong values): test once."""
    if "gpkg" not in _BOOL_OK:
        gdal, ogr = _ogr()
        path = "/vsimem/tracemob_bool_check.gpkg"
        ok = False
        try:
            ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
            lyr = ds.CreateLayer("t", None, ogr.wkbNone)
            fd = ogr.FieldDefn("b", ogr.OFTInteger)
            fd.SetSubType(ogr.OFSTBoolean)
            lyr.CreateField(fd)
            values = [0, 1, 0, 1, 1, 0, 0, 1, 1]
            for v in values:
                f = ogr.Feature(lyr.GetLayerDefn())
                f.SetField("b", v)
                lyr.CreateFeature(f)
            ds = None
            ds = ogr.Open(path)
            got = []
            for batch in ds.GetLayer(0).GetArrowStreamAsNumPy():
                got.extend(np.asarray(batch["b"]).astype(int).tolist())
            ok = got == values
            ds = None
        except Exception:
            ok = False
        finally:
            gdal.Unlink(path)
        _BOOL_OK["gpkg"] = ok
    return _BOOL_OK["gpkg"]


_OFFSETS = {}  # (file, modification time, table, column) -> probe result: one scan per file version


def _gpkg_has_offsets(table, names):
    """True when a GeoPackage date-time column holds times with a UTC offset other than Z: GDAL 3.6's
    Arrow reader would give their wall-clock time, QGIS the instant."""
    path = table.ds.GetDescription()
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        stamp = None
    for name in names:
        key = (path, stamp, table.lyr.GetName(), name)
        if stamp is not None and key in _OFFSETS:
            if _OFFSETS[key]:
                return True
            continue
        # an offset (+02:00, +0200, +02) sits at or after position 20, right after the seconds or their
        # fraction; shorter texts (dates, times to the minute or second without zone) have none. One GLOB
        # per row: half the time of the equivalent substr tests on a million rows
        sql = ('SELECT 1 FROM "{t}" WHERE "{c}" GLOB \'???????????????????*[+-]*\' LIMIT 1').format(
            t=table.lyr.GetName().replace('"', '""'), c=name.replace('"', '""'))
        res = table.ds.ExecuteSQL(sql)
        try:
            found = res is not None and res.GetNextFeature() is not None
        finally:
            if res is not None:
                table.ds.ReleaseResultSet(res)
        if stamp is not None:
            _OFFSETS[key] = found
        if found:
            return True
    return False


# --------------------------------------------------------------------------- the read
def read_frame(source, context, feedback, fields, geometry, crs=_WGS84, where=None):
    """Bulk read of a remembered source: ``(frame, extra)`` or None (use the feature path).

    ``where``: an extra attribute filter (SQL) ANDed with the layer's subset string (the participants
    of one partition, :func:`participant_groups`); the feature path cannot apply it, so a caller
    passing it must handle None by reading everything.

    ``fields``: attribute names (None: all); ``geometry``: ``None``, ``"point"`` (``extra`` is
    ``(lon, lat)``), ``"wkb"`` (``extra`` is the list of WKB bytes / None, reprojected to ``crs``)
    or ``"vertices"`` (``extra`` is ``(x, y, m, counts)`` of every feature, EPSG:4326).
    """
    origin = getattr(source, _ORIGIN, None)
    if origin is None or not enabled():
        return None
    t0 = time.perf_counter()
    try:
        out = _read(origin, source, context, feedback, fields, geometry, crs, where)
    except QgsProcessingException:
        raise
    except Exception as err:  # never lose a run to the fast path: the feature path follows
        log("bulk read failed, feature path used: {}".format(err), "warning")
        return None
    TIMER.io_s += time.perf_counter() - t0
    release_free_memory()  # the Arrow batches and their text values are gone: give the memory back
    return out


def _read(origin, source, context, feedback, fields, geometry, crs, where=None):
    table, why = _open_table(origin)
    if table is not None and where:
        table.where = "({}) AND ({})".format(table.where, where) if table.where else where
    if table is None:
        log("bulk read not used ({})".format(why), "info")
        return None
    qgis_fields = source.fields()
    names = list(qgis_fields.names()) if fields is None else [f for f in fields if f]
    missing = [f for f in names if qgis_fields.indexOf(f) < 0]
    if missing:
        raise QgsProcessingException(
            tr("Field(s) {missing} not found in the input (fields: {fields}).")
            .format(missing=", ".join(missing), fields=", ".join(qgis_fields.names())))
    kinds = {}
    for name in names:
        qkind = compat.field_kind(qgis_fields.field(name))
        if name == table.fid_column and name not in table.ogr_fields:
            kinds[name] = "fid"
            if qkind != "int":
                return None
            continue
        defn = table.ogr_fields.get(name)
        if defn is None or _ogr_kind(defn) != qkind:
            return None
        kinds[name] = qkind
    if "bool" in kinds.values() and table.driver == "GPKG" and not _arrow_bools_ok():
        return None
    times = [n for n, k in kinds.items() if k == "datetime"]
    if times and table.driver not in ("GPKG", "PostgreSQL"):
        return None
    if times and table.driver == "GPKG" and _gpkg_has_offsets(table, times):
        return None
    transform = None
    if geometry is not None:
        target = crs if isinstance(crs, QgsCoordinateReferenceSystem) else (
            QgsCoordinateReferenceSystem(crs) if crs is not None else None)
        if target is not None and table.crs.isValid() and table.crs != target:
            if geometry != "point":
                return None
            transform = _array_transform(table.crs, target)
        if geometry != "point" and table.check != "none" and not _line_layer(table):
            return None
    columns, wkbs, count = _stream_checked(table, names, kinds, geometry is not None, feedback)
    frame = _frame(columns, names, kinds, count)
    if geometry is None:
        return frame, None
    keep = None
    if geometry != "point" and table.check != "none":
        keep = _valid_lines(wkbs)
        if not keep.all():
            if table.check == "abort":
                raise QgsProcessingException(tr("Feature with an invalid geometry found in the input: "
                                                "fix the layer or change the invalid-geometry setting "
                                                "of Processing."))
            feedback.pushWarning(tr("{n} feature(s) with an invalid geometry were skipped.").format(
                n=int((~keep).sum())))
            frame = frame[keep].reset_index(drop=True)
            wkbs = [w for w, k in zip(wkbs, keep.tolist()) if k]
    if geometry == "point":
        lon, lat = _first_points(wkbs)
        if transform is not None:
            lon, lat = transform(lon, lat)
        return frame, (lon, lat)
    if geometry == "vertices":
        return frame, parse_lines_wkb_many(wkbs)
    return frame, [None if w is None or _empty_wkb(w) else w for w in wkbs]


def _line_layer(table):
    _gdal, ogr = _ogr()
    return ogr.GT_Flatten(table.lyr.GetGeomType()) in (ogr.wkbLineString, ogr.wkbMultiLineString)


def _stream(table, names, kinds, with_geometry, feedback):
    """Every batch of the Arrow stream, filtered like QGIS's request; ``(columns, wkbs, count)``."""
    lyr = table.lyr
    wanted = [n for n in names if kinds[n] != "fid"]
    ignored = [n for n in table.ogr_fields if n not in wanted]
    if not with_geometry:
        ignored.append("OGR_GEOMETRY")
    lyr.SetIgnoredFields(ignored)
    lyr.SetAttributeFilter(table.where)
    total = lyr.GetFeatureCount(False)
    if table.fids is not None:
        total = len(table.fids)
    fid_key = table.fid_column or "OGC_FID"
    geom_key = None
    parts = {n: [] for n in wanted}
    fids_all, wkbs = [], []
    done = 0
    stream = lyr.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", "MAX_FEATURES_IN_BATCH=%d" % BATCH])
    try:
        for batch in stream:
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
            fid = np.asarray(batch[fid_key] if fid_key in batch else next(iter(batch.values())), dtype=np.int64)
            sel = None
            if table.fids is not None:
                sel = np.isin(fid, table.fids)
                fid = fid[sel]
            if with_geometry and geom_key is None:
                extra = [k for k in batch if k not in wanted and k != fid_key]
                geom_key = extra[0] if extra else None
            rows = len(sel) if sel is not None else len(fid)
            for n in wanted:
                col = batch[n]
                _check_batch(n, col, rows)
                parts[n].append(col[sel] if sel is not None else col)
            fids_all.append(fid)
            if with_geometry:
                g = batch[geom_key] if geom_key is not None else np.full(len(sel if sel is not None else fid), None)
                _check_batch("geometry", g, rows)
                if sel is not None:
                    g = g[sel]
                wkbs.append(g)
            done += len(fid)
            if feedback is not None and total and total > 0:
                feedback.setProgress(min(100.0, 100.0 * done / total) * 0.3)
            if 0 <= table.limit <= done:
                break
    finally:
        stream = None
        lyr.SetAttributeFilter(None)
        lyr.SetIgnoredFields([])
    fid = np.concatenate(fids_all) if fids_all else np.empty(0, dtype=np.int64)
    count = len(fid)
    limit = count if table.limit is None or table.limit < 0 else min(count, int(table.limit))
    columns = {}
    for n in names:
        if kinds[n] == "fid":
            columns[n] = fid[:limit]
        else:
            columns[n] = _concat(parts[n])[:limit] if parts[n] else np.empty(0)
    geoms = []
    if with_geometry:
        for g in wkbs:
            if np.ma.isMaskedArray(g):
                g = np.where(np.ma.getmaskarray(g), None, np.ma.getdata(g))
            geoms.extend(g.tolist())
        geoms = geoms[:limit]
    return columns, geoms, limit


class InconsistentBatch(RuntimeError):
    """GDAL's Arrow stream gave a batch whose columns differ in length (seen now and then on Debian 13's GDAL 3.10
    with an attribute filter on a GeoPackage: 65,536 feature ids beside 185 geometries)."""


def _check_batch(name, column, rows):
    if len(column) != rows:
        raise InconsistentBatch("column {} has {} values in a batch of {} features".format(name, len(column), rows))


def _stream_checked(table, names, kinds, with_geometry, feedback):
    """:func:`_stream`, read again (up to twice, GeoPackage worker threads off) when GDAL gives an inconsistent
    batch; a third inconsistent read stops the algorithm rather than mixing up rows."""
    for attempt in range(3):
        try:
            if attempt == 0:
                return _stream(table, names, kinds, with_geometry, feedback)
            from osgeo import gdal

            old = gdal.GetConfigOption("OGR_GPKG_NUM_THREADS")
            gdal.SetConfigOption("OGR_GPKG_NUM_THREADS", "1")
            try:
                return _stream(table, names, kinds, with_geometry, feedback)
            finally:
                gdal.SetConfigOption("OGR_GPKG_NUM_THREADS", old)
        except InconsistentBatch as err:
            log("bulk read: GDAL gave an inconsistent batch ({}); reading again".format(err), "warning")
            last = err
    raise QgsProcessingException(tr(
        "GDAL returned inconsistent data three times while reading the input ({err}). Run again; if it persists, "
        "set the environment variable TRACEMOB_BULK=0 to read feature by feature.").format(err=last))


def _concat(arrays):
    if any(np.ma.isMaskedArray(a) for a in arrays):
        return np.ma.concatenate([np.ma.asarray(a) for a in arrays])
    if len(arrays) == 1:
        return arrays[0]
    if all(a.dtype.kind == "S" for a in arrays):
        width = max(a.dtype.itemsize for a in arrays)
        return np.concatenate([a.astype("S%d" % max(width, 1)) for a in arrays])
    return np.concatenate(arrays)


def _frame(columns, names, kinds, count):
    data = {n: _to_series(columns[n], kinds[n]) for n in names}
    if not data:
        return pd.DataFrame(index=pd.RangeIndex(count))
    return pd.DataFrame(data)


def _factorize_runs(data):
    """``pd.factorize`` of a bytes column, hashing one value per run of equal values: a participant's
    fixes are stored together, so a million-row ``user_id`` column has a few hundred runs."""
    n = len(data)
    if n < 2:
        return pd.factorize(data)
    starts = np.r_[0, np.flatnonzero(data[1:] != data[:-1]) + 1]
    if len(starts) > n // 4:
        return pd.factorize(data)
    head_codes, uniques = pd.factorize(data[starts])
    return np.repeat(head_codes, np.diff(np.r_[starts, n])), uniques


def _to_series(arr, kind):
    """One Arrow column -> the Series ``frames._convert_column`` gives for the same values."""
    mask = np.ma.getmaskarray(arr) if np.ma.isMaskedArray(arr) else None
    data = np.ma.getdata(arr) if mask is not None else np.asarray(arr)
    has_null = mask is not None and mask.any()
    if kind in ("datetime", "date"):
        ns = data.astype("datetime64[ms]").astype("datetime64[ns]")
        if has_null:
            ns = ns.copy()
            ns[mask] = np.datetime64("NaT")
        return pd.Series(ns).dt.tz_localize("UTC")
    if kind in ("int", "double", "fid"):
        values = data.astype("float64")
        if has_null:
            values = values.copy()
            values[mask] = np.nan
        if kind in ("int", "fid") and len(values) and not np.isnan(values).any():
            return pd.Series(values.astype("int64"))
        return pd.Series(values)
    if kind == "bool":
        if not has_null and len(data):
            return pd.Series(data.astype(bool))
        return pd.Series([None if m else bool(v) for v, m in zip(data.tolist(), mask.tolist())]
                         if len(data) else [], dtype=object)
    # strings: decode each distinct value once
    if data.dtype.kind == "S":
        codes, uniques = _factorize_runs(data)
        text = np.array([u.decode("utf-8", errors="replace") for u in uniques], dtype=object)
        out = text[codes] if len(text) else np.full(len(data), "", dtype=object)
    else:
        out = np.array([v.decode("utf-8", errors="replace") if isinstance(v, bytes) else
                        (None if v is None else str(v)) for v in data.tolist()], dtype=object)
    if has_null:
        out = out.copy()
        out[mask] = None
    return pd.Series(out, dtype=object)


# --------------------------------------------------------------------------- geometry arrays
def _first_points(wkbs):
    """lon, lat of the first vertex of each WKB (NaN when absent): QGIS's ``vertexAt(0)``."""
    n = len(wkbs)
    lon, lat = np.full(n, np.nan), np.full(n, np.nan)
    if n == 0:
        return lon, lat
    wkbs = list(wkbs) if not isinstance(wkbs, list) else wkbs
    if None not in wkbs and (np.fromiter(map(len, wkbs), count=n, dtype=np.int64) == 21).all():
        raw = np.frombuffer(b"".join(wkbs), dtype=np.uint8).reshape(n, 21)
        if (raw[:, 0] == 1).all() and (raw[:, 1:5].view("<u4").ravel() == 1).all():
            xy = raw[:, 5:21].copy().view("<f8")
            return xy[:, 0].copy(), xy[:, 1].copy()
    x, y, _m, counts = parse_lines_wkb_many(wkbs)
    has = counts > 0
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    lon[has] = x[first[has]]
    lat[has] = y[first[has]]
    return lon, lat


def _empty_wkb(w):
    if len(w) < 9:
        return False
    order = "<" if w[0] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", w, 1)
    base = (code & 0xFFFF) % 1000
    if base == 1:
        x, y = struct.unpack_from(order + "dd", w, 5)
        return bool(np.isnan(x) and np.isnan(y))
    (count,) = struct.unpack_from(order + "I", w, 5)
    return count == 0


def _valid_lines(wkbs):
    """QGIS/GEOS validity of lines: at least two distinct vertices (None stays, as QGIS keeps it)."""
    x, y, _m, counts = parse_lines_wkb_many(wkbs)
    out = np.ones(len(wkbs), dtype=bool)
    if len(x) == 0:
        return out
    owner = np.repeat(np.arange(len(wkbs)), counts)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]])
    moved = (x != x[first[owner]]) | (y != y[first[owner]])
    distinct = np.zeros(len(wkbs), dtype=bool)
    np.logical_or.at(distinct, owner, moved)
    out[(counts > 0) & ~distinct] = False
    return out


def _array_transform(src, dst):
    """``f(x, y) -> (x, y)`` from CRS ``src`` to ``dst`` on whole arrays (osr, traditional axis order)."""
    from osgeo import osr

    a, b = osr.SpatialReference(), osr.SpatialReference()
    a.ImportFromWkt(src.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))
    b.ImportFromWkt(dst.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED))
    for s in (a, b):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ct = osr.CoordinateTransformation(a, b)

    def transform(x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        ok = np.isfinite(x) & np.isfinite(y)
        ox, oy = np.full(len(x), np.nan), np.full(len(y), np.nan)
        if ok.any():
            pts = np.column_stack([x[ok], y[ok]])
            res = np.asarray(ct.TransformPoints(pts), dtype=float)
            ox[ok], oy[ok] = res[:, 0], res[:, 1]
        return ox, oy

    return transform


# =========================================================================== writing
def destination_kind(dest_id):
    """``"gpkg"`` for a GeoPackage file output, ``"postgres"`` for a PostGIS table, else None."""
    text = str(dest_id or "")
    if text.startswith(("postgres:", "postgis:")) or (text.startswith("dbname=") and "table=" in text):
        return "postgres"
    path = text.split("|")[0]
    if path.lower().endswith(".gpkg") and os.path.isfile(path):
        return "gpkg"
    return None


def _part(parts, key):
    """A value of a decoded URI, None for a missing or NULL one (a null QVariant with PyQt5)."""
    value = parts.get(key)
    return None if compat.is_null(value) or value == "" else value


def gpkg_target(dest_id):
    """``(path, layer name or None)`` of a GeoPackage destination string."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", str(dest_id))
    return _part(parts, "path") or str(dest_id).split("|")[0], _part(parts, "layerName")


#: Date-times are written as the feature path of the running QGIS writes them (whole seconds on QGIS 3.22,
#: milliseconds since 3.28; UTC without a zone designator), so that every result downstream is the same
#: whichever path wrote a layer; the exact times also stay in epoch_s and in the M values of trips and legs.
TIME_UNIT = compat.OGR_DATETIME_UNIT


def _gpkg_time_text(values):
    """ISO text to :data:`TIME_UNIT`, UTC without a zone designator (NULL for NaT), as QGIS writes it."""
    s = pd.Series(values)
    if s.dt.tz is not None:
        s = s.dt.tz_convert("UTC").dt.tz_localize(None)
    arr = s.to_numpy(dtype="datetime64[ns]").astype("datetime64[%s]" % TIME_UNIT)  # truncation, as QGIS
    text = np.datetime_as_string(arr, unit="ms").astype(object)
    nat = np.isnat(arr)
    if nat.any():
        text[nat] = None
    return text


def _sql_column(values):
    """A frame column as Python values SQLite stores (None for NaN / NaT / None)."""
    s = pd.Series(values) if not isinstance(values, pd.Series) else values
    dtype = s.dtype
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return _gpkg_time_text(s).tolist()
    if pd.api.types.is_timedelta64_dtype(dtype):
        sec = pd.to_timedelta(s).dt.total_seconds().to_numpy()
        return [None if np.isnan(v) else float(v) for v in sec.tolist()]
    if pd.api.types.is_bool_dtype(dtype):
        return s.astype(int).tolist()
    if pd.api.types.is_integer_dtype(dtype):
        try:
            return s.to_numpy(dtype="int64").tolist()
        except (TypeError, ValueError):
            return [None if pd.isna(v) else int(v) for v in s.astype(object).tolist()]
    if pd.api.types.is_float_dtype(dtype):
        a = s.to_numpy(dtype="float64")
        bad = ~np.isfinite(a)
        if bad.any():
            vals = a.astype(object)
            vals[bad] = None
            return vals.tolist()
        return a.tolist()
    vals = s.to_numpy(dtype=object)
    missing = pd.isna(vals)
    if pd.api.types.infer_dtype(vals, skipna=True) in ("string", "empty"):
        if missing.any():
            vals = vals.copy()
            vals[missing] = None
        return vals.tolist()
    out = vals.tolist()
    for i, v in enumerate(out):
        if missing[i]:
            out[i] = None
        elif not isinstance(v, str):
            out[i] = str(bool(v)) if isinstance(v, (bool, np.bool_)) else str(v)
    return out


def gpkg_blobs(wkbs, srs_id):
    """GeoPackage geometry blobs (header without envelope + WKB) of a list of WKB (None stays None)."""
    head = b"GP\x00\x01" + struct.pack("<i", int(srs_id))
    head_empty = b"GP\x00\x11" + struct.pack("<i", int(srs_id))
    return [None if w is None else ((head_empty if _empty_wkb(w) else head) + bytes(w)) for w in wkbs]


def point_blobs(lon, lat, srs_id):
    """GeoPackage blobs of points (None where a coordinate is NaN), built with numpy."""
    lon = np.asarray(lon, dtype="<f8")
    lat = np.asarray(lat, dtype="<f8")
    n = len(lon)
    rec = np.zeros(n, dtype=[("g", "S2"), ("v", "u1"), ("f", "u1"), ("srs", "<i4"), ("bo", "u1"), ("t", "<u4"),
                             ("x", "<f8"), ("y", "<f8")])
    rec["g"] = b"GP"
    rec["f"] = 1
    rec["srs"] = int(srs_id)
    rec["bo"] = 1
    rec["t"] = 1
    rec["x"] = lon
    rec["y"] = lat
    blobs = rec.view("V%d" % rec.dtype.itemsize).tolist() if n else []
    bad = ~(np.isfinite(lon) & np.isfinite(lat))
    if bad.any():
        for i in np.flatnonzero(bad).tolist():
            blobs[i] = None
    return blobs


#: Bound values per INSERT statement: SQLite accepts 32,766 since 3.32 (Debian 12 has 3.40); a few
#: hundred rows per statement spare the per-row step and reset of ``executemany``, which dominated the
#: write (1 M points: 7.6 s row by row, about half with 256 rows per statement).
_MAX_BOUND = 8000


def insert_rows(con, table, columns, values):
    """``INSERT`` the column lists ``values`` (one Python list per column, all of one length) into
    ``table`` (already quoted) by statements of many rows each."""
    ncol = len(columns)
    n = len(values[0]) if values else 0
    if not n or not ncol:
        return
    per = max(1, min(256, _MAX_BOUND // ncol))
    one = "(" + ", ".join("?" * ncol) + ")"
    cols = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
    flat = [None] * (n * ncol)
    for j, col in enumerate(values):
        flat[j::ncol] = col
    whole = (n // per) * per
    if whole:
        width = per * ncol
        sql = "INSERT INTO {} ({}) VALUES {}".format(table, cols, ", ".join([one] * per))
        con.executemany(sql, (flat[i:i + width] for i in range(0, whole * ncol, width)))
    if whole < n:
        rest = n - whole
        sql = "INSERT INTO {} ({}) VALUES {}".format(table, cols, ", ".join([one] * rest))
        con.execute(sql, flat[whole * ncol:])


class GpkgAppender:
    """Appends frames to a GeoPackage layer QGIS created (empty): one SQLite transaction per call,
    spatial index and extent rebuilt by :meth:`close`."""

    def __init__(self, dest_id, geometry):
        self.dest_id = dest_id
        self.path, name = gpkg_target(dest_id)
        self.geometry = geometry
        self.rows = 0
        self.t_io = 0.0
        con = sqlite3.connect(self.path, timeout=60)
        try:
            tables = [r[0] for r in con.execute(
                "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes')")]
            if name is None:
                if len(tables) != 1:
                    raise ValueError("cannot tell the layer of {}".format(dest_id))
                name = tables[0]
            match = [t for t in tables if t.lower() == name.lower()]
            if not match:
                raise ValueError("layer {} not in {}".format(name, self.path))
            self.table = match[0]
            info = con.execute('PRAGMA table_info("{}")'.format(self.table.replace('"', '""'))).fetchall()
            self.columns = [r[1] for r in info]
            self.pk = [r[1] for r in info if r[5]]
            row = con.execute("SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = "
                              "lower(?)", (self.table,)).fetchone()
            self.geom_column, self.srs_id = (row[0], row[1]) if row else (None, 0)
            # every trigger of the table (R-tree, GDAL's feature count) is taken off during the bulk
            # insert and put back by close(), which fills the index and the count in one go
            self.index_triggers = [r[0] for r in con.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (self.table,))]
            self.has_rtree = self.geom_column is not None and con.execute(
                "SELECT 1 FROM sqlite_master WHERE name = ?",
                ("rtree_{}_{}".format(self.table, self.geom_column),)).fetchone() is not None
            if self.index_triggers:
                for (trigger,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                              "tbl_name = ?", (self.table,)).fetchall():
                    con.execute('DROP TRIGGER "{}"'.format(trigger.replace('"', '""')))
                con.commit()
        finally:
            con.close()
        self.con = None
        self._boxes = []

    def _connect(self):
        if self.con is None:
            # the journal mode stays the file's (QGIS may hold it open in WAL mode, e.g. the input layer
            # of the same GeoPackage); wait for QGIS's own short locks instead of failing
            self.con = sqlite3.connect(self.path, isolation_level=None, timeout=60)
            self.con.execute("PRAGMA synchronous = OFF")
            self.con.execute("PRAGMA cache_size = -65536")
        return self.con

    def append(self, df, lon=None, lat=None, wkbs=None, names=None):
        """Insert ``df``'s columns (QGIS field names ``names``, default the frame's) with a geometry:
        points from ``lon``/``lat`` or any geometry from ``wkbs``. Rows get the next feature ids and
        their boxes go into the spatial index in the same transaction."""
        if not len(df):
            return
        t0 = time.perf_counter()
        names = list(df.columns) if names is None else list(names)
        lookup = {c.lower(): c for c in self.columns}
        targets = []
        for name in names:
            col = lookup.get(str(name).lower())
            if col is None:
                raise ValueError("field {} not in the created layer".format(name))
            targets.append(col)
        # a column NULL on every row is left to its default (NULL): fewer values to bind
        keep = [i for i, c in enumerate(df.columns) if not df[c].isna().all()]
        targets = [targets[i] for i in keep]
        values = [_sql_column(df.iloc[:, i]) for i in keep]
        con = self._connect()
        pk = self.pk[0] if self.pk else None
        first = 1
        if pk is not None:
            (top,) = con.execute('SELECT max("{p}") FROM "{t}"'.format(
                p=pk.replace('"', '""'), t=self.table.replace('"', '""'))).fetchone()
            first = int(top or 0) + 1
        fids = np.arange(first, first + len(df), dtype=np.int64)
        boxes = None
        if self.geom_column is not None:
            if lon is not None:
                lon = np.asarray(lon, dtype=float)
                lat = np.asarray(lat, dtype=float)
                blobs = point_blobs(lon, lat, self.srs_id)
                ok = np.isfinite(lon) & np.isfinite(lat)
                boxes = (fids[ok], lon[ok], lon[ok], lat[ok], lat[ok])
            elif wkbs is not None:
                blobs = gpkg_blobs(wkbs, self.srs_id)
                boxes = _wkb_boxes(wkbs, fids)
            else:
                blobs = [None] * len(df)
            targets = [self.geom_column] + targets
            values = [blobs] + values
        if pk is not None:
            targets = [pk] + targets
            values = [fids.tolist()] + values
        con.execute("BEGIN")
        try:
            insert_rows(con, '"{}"'.format(self.table.replace('"', '""')), targets, values)
            if boxes is not None and self.has_rtree and pk is not None and len(boxes[0]):
                self._boxes.append((boxes[0], _f32_down(boxes[1]), _f32_up(boxes[2]), _f32_down(boxes[3]),
                                    _f32_up(boxes[4])))
                self._extent(boxes)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        self.rows += len(df)
        self.t_io += time.perf_counter() - t0

    def _extent(self, boxes):
        _f, minx, maxx, miny, maxy = boxes
        box = (float(np.min(minx)), float(np.min(miny)), float(np.max(maxx)), float(np.max(maxy)))
        if getattr(self, "extent", None) is None:
            self.extent = box
        else:
            e = self.extent
            self.extent = (min(e[0], box[0]), min(e[1], box[1]), max(e[2], box[2]), max(e[3], box[3]))

    def close(self):
        """Extent, feature count and the spatial-index triggers back: the layer is a normal GeoPackage."""
        t0 = time.perf_counter()
        con = self._connect()
        t = self.table.replace('"', '""')
        con.execute("BEGIN")
        try:
            if self.has_rtree and self._boxes:
                chunks, self._boxes = [list(c) for c in self._boxes], []
                parts = []
                for i in range(5):  # one column at a time, its pieces freed as soon as it is joined
                    parts.append(np.concatenate([c[i] for c in chunks]))
                    for c in chunks:
                        c[i] = None
                del chunks
                _rtree_bulk_load_parts(con, "rtree_{}_{}".format(self.table, self.geom_column), parts)
            if getattr(self, "extent", None) is not None:
                con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? "
                            "WHERE lower(table_name) = lower(?)", (*self.extent, self.table))
            for sql in self.index_triggers:
                con.execute(sql)
            if self.rows >= INDEX_ROWS:  # partitions of participants are then read through these indexes
                for column in ("user_id", "leg_id", "trip_id"):
                    if column in self.columns:
                        con.execute('CREATE INDEX IF NOT EXISTS "{i}" ON "{t}" ("{c}")'.format(
                            i="{}_{}_idx".format(self.table, column).replace('"', '""'), t=t, c=column))
            has_counts = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone()
            if has_counts:
                con.execute('UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM "{}") '
                            'WHERE lower(table_name) = lower(?)'.format(t), (self.table,))
            con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                        "WHERE lower(table_name) = lower(?)", (self.table,))
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        finally:
            con.close()
            self.con = None
        self.t_io += time.perf_counter() - t0
        return self.dest_id


def _multi_code(code):
    base = code % 1000
    return code - base + base + 3 if base in (1, 2, 3) else code


def _iso_code(raw):
    (code,) = struct.unpack_from("<I" if raw[0] == 1 else ">I", raw, 1)
    if code & 0xE0000000:
        z, m = bool(code & 0x80000000), bool(code & 0x40000000)
        code = (code & 0xFFFF) + (1000 if z and not m else 2000 if m and not z else 3000 if z else 0)
    return code


def bulk_geometries(wkbs, target_code):
    """The WKBs as the layer type ``target_code`` (ISO) wants them: single parts promoted to Multi;
    None when some geometry is of another type (the feature path then converts them)."""
    out = []
    multi_of = {}
    for w in wkbs:
        if w is None:
            out.append(None)
            continue
        code = _iso_code(w)
        if code == target_code:
            out.append(w)
        elif _multi_code(code) == target_code and w[0] == 1:
            if code not in multi_of:
                multi_of[code] = struct.pack("<BII", 1, target_code, 1)
            out.append(multi_of[code] + bytes(w))
        else:
            return None
    return out


#: Rows per appended chunk: bounded Python values per SQL batch.
CHUNK_ROWS = 250000


def append_chunks(appender, attrs, geometry, df, wkbs, feedback=None):
    """``attrs`` appended by chunks of :data:`CHUNK_ROWS` rows with their geometries: points from ``df``'s
    lon / lat, any geometry from ``wkbs``, none for a table; each chunk's memory is handed back."""
    lon = df["lon"].to_numpy(float) if geometry == "point" else None
    lat = df["lat"].to_numpy(float) if geometry == "point" else None
    for start in range(0, max(len(attrs), 1), CHUNK_ROWS):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        part, stop = attrs.iloc[start:start + CHUNK_ROWS], start + CHUNK_ROWS
        if geometry == "point":
            appender.append(part, lon=lon[start:stop], lat=lat[start:stop])
        elif geometry == "none":
            appender.append(part)
        else:
            appender.append(part, wkbs=wkbs[start:stop])
        release_free_memory()  # the chunk's Python values are gone


def write_frame(dest_id, attrs, geometry, df, wkb, target_type, feedback):
    """Fill the empty output QGIS created at ``dest_id`` with ``attrs`` and the geometries (bulk)."""
    t0 = time.perf_counter()
    kind = destination_kind(dest_id)
    if kind == "postgres":
        from .postgis import PostgisAppender as appender_class
    else:
        appender_class = GpkgAppender
    appender = appender_class(dest_id, geometry)
    append_chunks(appender, attrs, geometry, df, wkb, feedback)
    appender.close()
    TIMER.io_s += time.perf_counter() - t0
    return dest_id


def _wkb_boxes(wkbs, fids):
    """(fids, minx, maxx, miny, maxy) of the non-empty WKBs, in numpy."""
    try:
        x, y, _m, counts = parse_lines_wkb_many(wkbs)
    except ValueError:  # polygons (zones): shapely's bounds, vectorised
        import shapely

        geoms = shapely.from_wkb(np.array([None if w is None else bytes(w) for w in wkbs], dtype=object))
        bounds = shapely.bounds(geoms)
        has = ~np.isnan(bounds[:, 0])
        return fids[has], bounds[has, 0], bounds[has, 2], bounds[has, 1], bounds[has, 3]
    has = counts > 0
    if not has.any():
        e = np.empty(0)
        return fids[:0], e, e, e, e
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])[has]
    return (fids[has], np.minimum.reduceat(x, starts), np.maximum.reduceat(x, starts),
            np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts))


def _blob_wkb(blob):
    """The WKB inside a GeoPackage geometry blob."""
    flags = blob[3]
    envelope = (flags >> 1) & 0x07
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}.get(envelope, 0)
    return bytes(blob[8 + size:])


# --------------------------------------------------------------------------- R-tree bulk loading
def _f32_down(v):
    f = v.astype(np.float32)
    low = f.astype(np.float64) > v
    f[low] = np.nextafter(f[low], np.float32(-np.inf))
    return f


def _f32_up(v):
    f = v.astype(np.float32)
    high = f.astype(np.float64) < v
    f[high] = np.nextafter(f[high], np.float32(np.inf))
    return f


def rtree_bulk_load(con, rtree, ids, minx, maxx, miny, maxy):
    """Fill the empty SQLite R-tree ``rtree`` (virtual table of 2 dimensions) in one pass, packed
    by sort-tile-recursive (STR) order, as GDAL's own bulk loader does: SQLite's row-by-row
    insertion costs about three times the data itself. The node layout is SQLite's (big-endian
    headers and cells, float32 boxes rounded outwards, node size that of the existing root node);
    ``rtreecheck()`` accepts the result (tests)."""
    _rtree_bulk_load_parts(con, rtree, [ids, minx, maxx, miny, maxy])


def _f32_box_column(values, down):
    """A box column as float32 rounded outwards (unchanged, without a float64 copy, when it already is)."""
    values = np.asarray(values)
    if values.dtype == np.float32:
        return values
    values = values.astype(float)
    return _f32_down(values) if down else _f32_up(values)


def _rtree_bulk_load_parts(con, rtree, parts):
    """:func:`rtree_bulk_load` of ``parts`` = [ids, minx, maxx, miny, maxy], which it empties: each column
    is freed as soon as it is used (the peak memory of a large layer's close is this packing)."""
    q = rtree.replace('"', '""')
    (size,) = con.execute('SELECT length(data) FROM "{}_node" WHERE nodeno = 1'.format(q)).fetchone()
    fanout = (int(size) - 4) // 24
    con.execute('DELETE FROM "{}_node"'.format(q))
    con.execute('DELETE FROM "{}_rowid"'.format(q))
    con.execute('DELETE FROM "{}_parent"'.format(q))
    ids = np.asarray(parts[0], dtype=np.int64)
    n = len(ids)
    boxes = np.empty((n, 4), dtype=np.float32)
    for col, down in ((0, True), (1, False), (2, True), (3, False)):
        boxes[:, col] = _f32_box_column(parts[col + 1], down)
        parts[col + 1] = None
    parts[:] = []
    if n == 0:
        con.execute('INSERT INTO "{}_node" VALUES (1, ?)'.format(q), (bytes(size),))
        return
    levels = []  # per level: (children ids, their boxes, group of each child)
    cur_ids, cur_boxes = ids, boxes
    del ids, boxes  # the first level's sorted copies replace them
    while True:
        if len(cur_ids) <= fanout:
            groups = np.zeros(len(cur_ids), dtype=np.int64)
            order = np.arange(len(cur_ids))
            levels.append((cur_ids[order], cur_boxes[order], groups))
            break
        n_nodes = -(-len(cur_ids) // fanout)
        slices = int(np.ceil(np.sqrt(n_nodes)))
        cx = (cur_boxes[:, 0].astype(float) + cur_boxes[:, 1]) / 2
        cy = (cur_boxes[:, 2].astype(float) + cur_boxes[:, 3]) / 2
        by_x = np.argsort(cx, kind="stable")
        per_slice = slices * fanout
        slice_of = np.empty(len(cur_ids), dtype=np.int64)
        slice_of[by_x] = np.arange(len(cur_ids)) // per_slice
        order = np.lexsort((cy, slice_of))
        del cx, cy, by_x  # (the temporaries go as soon as they are used: a large layer's peak memory)
        # a group never spans two slices: restart the counting at each slice
        s_sorted = slice_of[order]
        del slice_of
        first_of_slice = np.r_[0, np.flatnonzero(np.diff(s_sorted)) + 1]
        del s_sorted
        pos_in_slice = np.arange(len(cur_ids)) - np.repeat(first_of_slice, np.diff(np.r_[first_of_slice,
                                                                                          len(cur_ids)]))
        groups_per_slice = -(-np.diff(np.r_[first_of_slice, len(cur_ids)]) // fanout)
        base = np.r_[0, np.cumsum(groups_per_slice)[:-1]]
        groups = np.repeat(base, np.diff(np.r_[first_of_slice, len(cur_ids)])) + pos_in_slice // fanout
        del pos_in_slice
        levels.append((cur_ids[order], cur_boxes[order], groups))
        del order
        cur_ids = cur_boxes = None
        n_groups = int(groups[-1]) + 1
        starts = np.r_[0, np.flatnonzero(np.diff(groups)) + 1]
        sb = levels[-1][1]
        parent_boxes = np.column_stack([np.minimum.reduceat(sb[:, 0], starts), np.maximum.reduceat(sb[:, 1], starts),
                                        np.minimum.reduceat(sb[:, 2], starts), np.maximum.reduceat(sb[:, 3], starts)])
        del sb, starts
        cur_ids = np.arange(n_groups, dtype=np.int64)  # placeholders, numbered below
        cur_boxes = parent_boxes
    # number the nodes: root 1, then level by level from the top
    depth = len(levels) - 1
    node_numbers = []
    next_no = 1
    for lvl in range(depth, -1, -1):
        n_groups = int(levels[lvl][2][-1]) + 1
        node_numbers.insert(0, np.arange(next_no, next_no + n_groups, dtype=np.int64))
        next_no += n_groups
    cell = np.dtype([("id", ">i8"), ("b", ">f4", (4,))])
    parents = []
    for lvl in range(len(levels)):
        child_ids, child_boxes, groups = levels[lvl]
        levels[lvl] = None  # freed once written
        if lvl > 0:  # children are the nodes of the level below, numbered by their group index
            child_ids = node_numbers[lvl - 1][child_ids]
        numbers = node_numbers[lvl]
        cells = np.zeros(len(child_ids), dtype=cell)
        cells["id"] = child_ids
        cells["b"] = child_boxes
        del child_boxes
        starts = np.r_[0, np.flatnonzero(np.diff(groups)) + 1]
        ends = np.r_[starts[1:], len(groups)]

        def node_rows(cells=cells, starts=starts, ends=ends, numbers=numbers):
            for g, (a, b) in enumerate(zip(starts.tolist(), ends.tolist())):
                head = struct.pack(">HH", depth if numbers[g] == 1 else 0, b - a)
                body = cells[a:b].tobytes()
                yield int(numbers[g]), head + body + bytes(int(size) - 4 - len(body))

        con.executemany('INSERT INTO "{}_node" VALUES (?, ?)'.format(q), node_rows())  # streamed, level by level
        del cells, node_rows
        if lvl == 0:
            leaf_of = numbers[groups]
            by_id = np.argsort(child_ids, kind="stable")  # B-tree appends, not random inserts
            sorted_ids, sorted_leaves = child_ids[by_id], leaf_of[by_id]
            del by_id
            for a in range(0, len(sorted_ids), 500000):  # Python ints by slices: bounded memory
                insert_rows(con, '"{}_rowid"'.format(q), ["rowid", "nodeno"],
                            [sorted_ids[a:a + 500000].tolist(), sorted_leaves[a:a + 500000].tolist()])
            del sorted_ids, sorted_leaves
        else:
            parents.extend(zip(child_ids.tolist(), numbers[groups].tolist()))
    con.executemany('INSERT INTO "{}_parent" VALUES (?, ?)'.format(q), parents)
