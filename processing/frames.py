"""QGIS <-> pandas: reading Processing sources into DataFrames and writing DataFrames to sinks.

* QGIS -> pandas: ``QDateTime`` -> ``datetime64[ns, UTC]``, ``QDate`` -> ``datetime64[ns, UTC]``
  (midnight), NULL -> ``NaN`` (numbers) / ``NaT`` (times) / ``None`` (strings), integers without
  NULL -> ``int64``, geometry -> ``lon``/``lat`` in EPSG:4326, or one WKB per feature.
* pandas -> QGIS: ``datetime64`` -> DateTime (UTC), ``bool`` -> Bool, integers -> LongLong,
  floats -> Double, ``timedelta64`` -> Double seconds, anything else -> String; NaN/NaT/None -> NULL.

Line layers made by Tracemob are LineStringM whose M value is the UTC epoch second of each vertex:
:func:`source_to_vertices_frame` reads them back (the WKB decoder is ``core.geometry.parse_wkb``).
"""
import struct

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.geometry import linestrings_wkb, parse_line_wkb, point_wkb
from ..tracemob_plugin.core.i18n import tr
from ..tracemob_plugin.core.outputs import is_disk_full
from ..tracemob_plugin.core.vocab.times import epoch_seconds
from ..tracemob_plugin.toolbelt.log import log
from . import bulk

_BATCH = 5000


# --------------------------------------------------------------------------- QGIS -> pandas
def _iterate(source, context, feedback, fields, with_geometry, crs=None):
    """Yield (attributes, geometry) of every feature; checks cancellation, reports progress."""
    request = QgsFeatureRequest()
    all_names = source.fields().names()
    if fields is None:
        names = list(all_names)
    else:
        names = [f for f in fields if f]
        missing = [f for f in names if f not in all_names]
        if missing:
            raise QgsProcessingException(
                tr("Field(s) {missing} not found in the input (fields: {fields}).")
                .format(missing=", ".join(missing), fields=", ".join(all_names)))
        request.setSubsetOfAttributes(names, source.fields())
    if not with_geometry:
        request.setFlags(request.flags() | compat.REQUEST_NO_GEOMETRY)
    elif crs is not None and source.sourceCrs().isValid() and source.sourceCrs() != crs:
        request.setDestinationCrs(crs, context.transformContext())
    idx = [source.fields().indexOf(n) for n in names]
    total = source.featureCount() if hasattr(source, "featureCount") else -1
    step = max(1, int(total) // 100) if total and total > 0 else 10000
    for i, feat in enumerate(source.getFeatures(request)):
        if i % step == 0:
            if feedback is not None and feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled by the user."))
        attrs = feat.attributes()
        yield [attrs[j] for j in idx], (feat.geometry() if with_geometry else None)
    return

def _columns_to_frame(source, names, rows):
    kinds = {f.name(): compat.field_kind(f) for f in source.fields()}
    data = {}
    columns = list(zip(*rows)) if rows and names else [[] for _ in names]
    for name, values in zip(names, columns):
        data[name] = _convert_column(values, kinds.get(name, "string"))  # RangeIndex 0..n-1
    if not data:
        return pd.DataFrame(index=pd.RangeIndex(len(rows)))
    # a plain dict keeps the column order; ``columns=`` would copy tz-aware times through objects
    return pd.DataFrame(data)

def source_to_table_frame(source, context, feedback, fields=None, where=None):
    """Attributes of ``source`` as a DataFrame (no geometry). ``fields``: names to keep."""
    if source is None:
        return None
    names = list(source.fields().names()) if fields is None else [f for f in fields if f]
    fast = bulk.read_frame(source, context, feedback, names, None, where=where)
    if where is not None and fast is None:
        raise QgsProcessingException("source_to_table_frame: 'where' needs the bulk path")
    if fast is not None:
        return fast[0]
    rows = [attrs for attrs, _ in _iterate(source, context, feedback, names, False)]
    return _columns_to_frame(source, names, rows)

def _layer_name(source):
    try:
        name = source.sourceName()
    except Exception:  # noqa: BLE001 - any source without a name
        name = ""
    return name or tr("the input layer")


def check_coordinates(source, feedback, lon, lat):
    """Stop when the coordinates read as EPSG:4326 are not longitudes / latitudes (metres labelled
    EPSG:4326, a projected layer without a CRS); warn when some are (counts) or when the layer has no CRS.

    More than half of the finite coordinates out of [-180, 180] x [-90, 90] stops the algorithm with a
    message naming the layer and what to do; fewer are reported (they are dropped by the cleaning)."""
    lon = np.asarray(lon, dtype="float64")
    lat = np.asarray(lat, dtype="float64")
    if lon.size == 0:
        return
    finite = np.isfinite(lon) & np.isfinite(lat)
    n_finite = int(finite.sum())
    bad = finite & ((np.abs(lon) > 180.0) | (np.abs(lat) > 90.0))
    n_bad = int(bad.sum())
    name = _layer_name(source)
    crs = source.sourceCrs() if hasattr(source, "sourceCrs") else QgsCoordinateReferenceSystem()
    if n_finite and n_bad * 2 > n_finite:
        i = int(np.flatnonzero(bad)[0])
        if crs.isValid():
            raise QgsProcessingException(tr(
                "Layer {layer}: {n_bad} of {n} coordinates are not longitudes / latitudes in its CRS {crs} "
                "(first: {x}, {y}), so no point would be kept. The layer's CRS is probably wrong: set its "
                "real CRS (Layer Properties > Source, e.g. a projected CRS in metres) or reproject it to "
                "EPSG:4326, then run again.").format(
                layer=name, n_bad=n_bad, n=n_finite, crs=crs.authid() or crs.description(),
                x=lon[i], y=lat[i]))
        raise QgsProcessingException(tr(
            "Layer {layer} has no CRS and {n_bad} of {n} coordinates are not longitudes / latitudes "
            "(first: {x}, {y}). Set the layer's CRS (Layer Properties > Source) to the one of its "
            "coordinates, then run again.").format(layer=name, n_bad=n_bad, n=n_finite, x=lon[i], y=lat[i]))
    if feedback is None:
        return
    if not crs.isValid():
        feedback.pushWarning(tr("Layer {layer} has no CRS: its coordinates are read as longitudes / latitudes "
                                "(EPSG:4326). Set its CRS if they are not.").format(layer=name))
    if n_bad or n_finite < lon.size:
        feedback.pushWarning(tr("Layer {layer}: {n_bad} point(s) out of the longitude / latitude range and "
                                "{n_missing} without finite coordinates are dropped.").format(
            layer=name, n_bad=n_bad, n_missing=int(lon.size - n_finite)))


def source_to_points_frame(source, context, feedback, fields=None, where=None):
    """``lon``, ``lat`` (EPSG:4326, reprojected if needed) + attribute columns of a point source.

    Multi-points take their first point; features without geometry get NaN coordinates.
    """
    if source is None:
        return None
    names = list(source.fields().names()) if fields is None else [f for f in fields if f]
    fast = bulk.read_frame(source, context, feedback, names, "point", where=where)
    if where is not None and fast is None:
        raise QgsProcessingException("source_to_points_frame: 'where' needs the bulk path")
    if fast is not None:
        df, (lon, lat) = fast
        check_coordinates(source, feedback, lon, lat)
        df.insert(0, "lat", np.asarray(lat, dtype="float64"))
        df.insert(0, "lon", np.asarray(lon, dtype="float64"))
        return df
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    rows, lon, lat = [], [], []
    for attrs, geom in _iterate(source, context, feedback, names, True, wgs84):
        rows.append(attrs)
        if geom is None or geom.isNull() or geom.isEmpty():
            lon.append(np.nan)
            lat.append(np.nan)
        else:
            p = geom.vertexAt(0)
            lon.append(p.x())
            lat.append(p.y())
    check_coordinates(source, feedback, lon, lat)
    df = _columns_to_frame(source, names, rows)
    df.insert(0, "lat", np.asarray(lat, dtype="float64"))
    df.insert(0, "lon", np.asarray(lon, dtype="float64"))
    return df

def source_to_vertices_frame(source, context, feedback, id_field, where=None):
    """One row per vertex of a line source whose M value is the UTC epoch second.

    Columns: ``id_field`` (the feature's value), ``lon``, ``lat`` (EPSG:4326), ``time``
    (``datetime64[ns, UTC]`` from M) and ``vertex`` (0-based position within the feature).
    Raises QgsProcessingException if the layer has no M values (not a Tracemob trips/legs layer).
    """
    if source is None:
        return None
    if source.fields().indexOf(id_field) < 0:
        raise QgsProcessingException(
            tr("Field '{field}' does not exist in the input layer (fields: {fields}).")
            .format(field=id_field, fields=", ".join(source.fields().names())))
    fast = bulk.read_frame(source, context, feedback, [id_field], "vertices", where=where)
    if where is not None and fast is None:
        raise QgsProcessingException("source_to_vertices_frame: 'where' needs the bulk path")
    if fast is not None:
        check_coordinates(source, feedback, fast[1][0], fast[1][1])
        return _vertices_frame(source, id_field, fast[0][id_field], *fast[1])
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    ids, xs, ys, ms, vs = [], [], [], [], []
    for attrs, geom in _iterate(source, context, feedback, [id_field], True, wgs84):
        if geom is None or geom.isNull() or geom.isEmpty():
            continue
        x, y, m = parse_line_wkb(bytes(geom.asWkb()))
        n = len(x)
        ids.append(np.repeat(np.array([None if compat.is_null(attrs[0]) else attrs[0]],
                                      dtype=object), n))
        xs.append(x)
        ys.append(y)
        ms.append(m)
        vs.append(np.arange(n, dtype="int64"))
    if xs:
        m_all = np.concatenate(ms)
        check_coordinates(source, feedback, np.concatenate(xs), np.concatenate(ys))
        if np.isnan(m_all).all():
            raise QgsProcessingException(
                tr("The line layer has no M values: use a trips or legs layer made by "
                        "Tracemob (M = time of each vertex)."))
        df = pd.DataFrame({id_field: np.concatenate(ids), "lon": np.concatenate(xs),
                           "lat": np.concatenate(ys),
                           "time": pd.to_datetime(m_all, unit="s", utc=True),
                           "vertex": np.concatenate(vs)})
    else:
        df = pd.DataFrame({id_field: pd.Series([], dtype=object), "lon": pd.Series([], dtype=float),
                           "lat": pd.Series([], dtype=float),
                           "time": pd.Series([], dtype="datetime64[ns, UTC]"),
                           "vertex": pd.Series([], dtype="int64")})
    if len(df):
        df[id_field] = _convert_column(df[id_field].tolist(),
                                       compat.field_kind(source.fields().field(id_field)))
    return df

def _vertices_frame(source, id_field, ids, x, y, m, counts):
    """The vertices frame of :func:`source_to_vertices_frame` from whole arrays (bulk path)."""
    ids = ids.astype(object).where(ids.notna(), None).to_numpy() if len(ids) else np.empty(0, dtype=object)
    if len(x) and np.isnan(m).all():
        raise QgsProcessingException(
            tr("The line layer has no M values: use a trips or legs layer made by "
                    "Tracemob (M = time of each vertex)."))
    n = int(counts.sum())
    starts = np.repeat(np.cumsum(counts) - counts, counts)
    df = pd.DataFrame({id_field: np.repeat(ids, counts), "lon": np.asarray(x, dtype=float),
                       "lat": np.asarray(y, dtype=float),
                       "time": pd.to_datetime(np.asarray(m, dtype=float), unit="s", utc=True),
                       "vertex": np.arange(n, dtype="int64") - starts})
    if len(df):
        df[id_field] = _convert_column(df[id_field].tolist(),
                                       compat.field_kind(source.fields().field(id_field)))
    return df


def source_to_wkb_frame(source, context, feedback, fields=None, crs="EPSG:4326", where=None):
    """``(frame, wkbs)``: attribute columns of ``source`` and one WKB (bytes, or None for an
    empty geometry) per feature, reprojected to ``crs`` (``None`` keeps the source CRS)."""
    if source is None:
        return None, []
    names = list(source.fields().names()) if fields is None else [f for f in fields if f]
    target = None
    if crs is not None:
        target = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)
    fast = bulk.read_frame(source, context, feedback, names, "wkb", crs=target, where=where)
    if where is not None and fast is None:
        raise QgsProcessingException("source_to_wkb_frame: 'where' needs the bulk path")
    if fast is not None:
        if target is not None and target.isGeographic():
            _check_wkb_coordinates(source, feedback, fast[1])
        return fast
    rows, wkbs = [], []
    for attrs, geom in _iterate(source, context, feedback, names, True, target):
        rows.append(attrs)
        wkbs.append(None if geom is None or geom.isNull() or geom.isEmpty() else bytes(geom.asWkb()))
    if target is not None and target.isGeographic():
        _check_wkb_coordinates(source, feedback, wkbs)
    return _columns_to_frame(source, names, rows), wkbs


def _check_wkb_coordinates(source, feedback, wkbs):
    """:func:`check_coordinates` on lines and polygons read as longitudes / latitudes: each feature by the
    corner of its bounding box farthest from 0 (features without geometry are not counted)."""
    import shapely

    present = [w for w in wkbs if w is not None]
    if not present:
        return
    try:
        bounds = shapely.bounds(shapely.from_wkb(present))
    except Exception:  # noqa: BLE001 - a geometry shapely cannot read is reported by the algorithm itself
        return
    xmin, ymin, xmax, ymax = bounds.T
    lon = np.where(np.abs(xmin) > np.abs(xmax), xmin, xmax)
    lat = np.where(np.abs(ymin) > np.abs(ymax), ymin, ymax)
    ok = np.isfinite(lon) & np.isfinite(lat)   # empty geometries give NaN bounds
    check_coordinates(source, None, lon[ok], lat[ok])


# --------------------------------------------------------------------------- pandas -> QGIS
def frame_to_sink(alg, parameters, output_name, context, df, geometry="point", wkb=None,
                  crs="EPSG:4326", wkb_type=None, feedback=None, keep_xy=False):
    """Write ``df`` to the feature sink parameter ``output_name`` of algorithm ``alg``; returns the destination id.

    ``geometry``: ``"point"`` (from ``df.lon``/``df.lat``; those two columns are not written as
    attributes unless ``keep_xy``), ``"line"`` (``wkb``: one WKB bytes, or None, per row, e.g.
    from ``core.geometry.linestrings_wkb``; LineStringM when it carries M; any WKB geometry
    works, ``"wkb"`` and ``"polygon"`` are synonyms) or ``"none"`` (table). The layer type is
    ``wkb_type`` or else the type of the WKBs (Multi* when single and multi parts are mixed;
    single parts are then promoted).
    Returns ``None`` when the output is optional and was not requested.
    """
    if df is None:
        df = pd.DataFrame()
    if geometry == "point":
        attrs = df if keep_xy else _without_xy(df)
        default_type = compat.WKB_POINT
    elif geometry in ("line", "wkb", "polygon"):
        if wkb is None or len(wkb) != len(df):
            raise QgsProcessingException("frame_to_sink: 'wkb' must hold one geometry per row")
        attrs = df
        default_type = _common_wkb_type(wkb)
    elif geometry == "none":
        attrs = df
        default_type = compat.WKB_NO_GEOMETRY
    else:
        raise ValueError("geometry must be 'point', 'line' or 'none'")
    fields, converters = _fields_for_frame(attrs)
    qcrs = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)
    target_type = wkb_type if wkb_type is not None else default_type
    if geometry == "none" and target_type == compat.WKB_NO_GEOMETRY:
        qcrs = QgsCoordinateReferenceSystem()
    sink, dest_id = alg.parameterAsSink(parameters, output_name, context, fields, target_type, qcrs)
    if sink is None:
        definition = alg.parameterDefinition(output_name)
        if definition is not None and definition.flags() & compat.FLAG_OPTIONAL:
            return None
        raise QgsProcessingException(alg.invalidSinkError(parameters, output_name))
    geoms = _bulk_geometries(dest_id, geometry, wkb, target_type)
    if geoms is not False:
        sink = None  # QGIS closes the empty output it created; the bulk path fills it
        written = _bulk_write(output_name, dest_id, attrs, geometry, df, geoms, target_type, feedback)
        if written is not None:
            return written
        sink, dest_id = alg.parameterAsSink(parameters, output_name, context, fields, target_type, qcrs)
    columns = [conv(attrs[name].to_numpy()) for name, conv in converters]
    if geometry == "point":
        geoms = _point_geometries(df["lon"].to_numpy(), df["lat"].to_numpy())
    elif geometry in ("line", "wkb", "polygon"):
        geoms = _wkb_geometries(wkb)
        if QgsWkbTypes.isMultiType(target_type):
            for g in geoms:
                if g is not None and not g.isMultipart():
                    g.convertToMultiType()
    else:
        geoms = None
    n = len(df)
    feats = []
    for i in range(n):
        f = QgsFeature(fields)
        f.setAttributes([col[i] for col in columns])
        if geoms is not None and geoms[i] is not None:
            f.setGeometry(geoms[i])
        feats.append(f)
        if len(feats) >= _BATCH:
            _flush(sink, feats, feedback, output_name)
            feats = []
    if feats:
        _flush(sink, feats, feedback, output_name)
    # Qt/QGIS flushes on destruction; drop our reference so the file is complete now.
    del sink
    return dest_id


def _without_xy(df):
    """``df`` without its lon / lat columns, sharing the other columns' memory (``drop`` would copy a
    10-million-row frame)."""
    keep = [c for c in df.columns if c not in ("lon", "lat")]
    if len(set(keep)) != len(keep):
        return df.drop(columns=[c for c in ("lon", "lat") if c in df.columns])
    return pd.DataFrame({c: df[c] for c in keep}, index=df.index, copy=False)


def _bulk_geometries(dest_id, geometry, wkb, target_type):
    """``False`` when the feature path writes this output; else the geometries for the bulk path
    (None for points and tables): GeoPackage files and PostGIS tables, geometries of the layer's type."""
    if not bulk.enabled() or bulk.destination_kind(dest_id) is None:
        return False
    if geometry in ("line", "wkb", "polygon"):
        geoms = bulk.bulk_geometries(wkb, int(target_type))
        return False if geoms is None else geoms
    return None


def _bulk_write(output_name, dest_id, attrs, geometry, df, geoms, target_type, feedback):
    """The bulk write of :mod:`.bulk` into the empty output QGIS created; None when it failed (logged)."""
    try:
        return bulk.write_frame(dest_id, attrs, geometry, df, geoms, target_type, feedback)
    except QgsProcessingException:
        raise
    except Exception as err:
        if is_disk_full(err):  # the feature path would only fill the disk again
            raise
        log("bulk write of {} failed, feature path used: {}".format(output_name, err), "warning")
        return None


def _flush(sink, feats, feedback, output_name):
    if feedback is not None and feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled by the user."))
    if not sink.addFeatures(feats, compat.SINK_FAST_INSERT):
        err = sink.lastError() if hasattr(sink, "lastError") else ""
        raise QgsProcessingException(
            tr("Could not write features to {output}: {error}").format(output=output_name,
                                                                            error=err))


def _wkb_code(raw):
    (code,) = struct.unpack_from("<I" if raw[0] == 1 else ">I", raw, 1)
    if code & 0xE0000000:  # EWKB flags -> ISO code
        z, m = bool(code & 0x80000000), bool(code & 0x40000000)
        code = (code & 0xFFFF) + (1000 if z and not m else 2000 if m and not z else 3000 if z else 0)
    return code


def _common_wkb_type(wkbs):
    """Layer type for a list of WKBs: their common type, or the Multi* type when mixed."""
    codes = {_wkb_code(bytes(w)) for w in wkbs if w is not None and len(w) >= 5}
    if not codes:
        return compat.WKB_LINESTRING_M
    if len(codes) == 1:
        return compat.wkb_type_from_iso_code(codes.pop())
    types = {compat.wkb_type_from_iso_code(c) for c in codes}
    multi = {QgsWkbTypes.multiType(t) for t in types}
    if len(multi) == 1:
        return multi.pop()
    return compat.wkb_type("Unknown")


def _fields_for_frame(df):
    """QgsFields typed from the dtypes of ``df`` and per-column converters to Python values."""
    fields = QgsFields()
    converters = []
    for name in df.columns:
        s = df[name]
        dtype = s.dtype
        if pd.api.types.is_datetime64_any_dtype(dtype):
            kind = compat.FIELD_DATETIME
            conv = _conv_datetime
        elif pd.api.types.is_timedelta64_dtype(dtype):
            kind = compat.FIELD_DOUBLE
            conv = _conv_timedelta
        elif pd.api.types.is_bool_dtype(dtype):
            kind = compat.FIELD_BOOL
            conv = _conv_bool
        elif pd.api.types.is_integer_dtype(dtype):
            kind = compat.FIELD_LONGLONG
            conv = _conv_int
        elif pd.api.types.is_float_dtype(dtype) and str(name).lower() == "fid":
            # a GeoPackage's fid must be an integer; an empty frame (or one with NULLs) made it float
            kind = compat.FIELD_LONGLONG
            conv = _conv_fid
        elif pd.api.types.is_float_dtype(dtype):
            kind = compat.FIELD_DOUBLE
            conv = _conv_float
        else:
            kind = compat.FIELD_STRING
            conv = _conv_string
        fields.append(compat.make_field(str(name), kind))
        converters.append((name, conv))
    return fields, converters


def _conv_datetime(arr):
    s = pd.to_datetime(pd.Series(arr))
    if s.dt.tz is None:
        s = s.dt.tz_localize("UTC")
    else:
        s = s.dt.tz_convert("UTC")
    ms = s.to_numpy(dtype="datetime64[ns]").astype("int64") // 1_000_000
    isnat = s.isna().to_numpy()
    return [None if isnat[i] else compat.qdatetime_from_msecs(ms[i]) for i in range(len(ms))]


def _conv_timedelta(arr):
    sec = pd.to_timedelta(pd.Series(arr)).dt.total_seconds().to_numpy()
    return [None if np.isnan(v) else float(v) for v in sec.tolist()]


def _conv_bool(arr):
    return [None if v is None or (isinstance(v, float) and np.isnan(v)) else bool(v)
            for v in np.asarray(arr, dtype=object).tolist()]


def _conv_int(arr):
    try:
        return np.asarray(arr, dtype="int64").tolist()
    except (TypeError, ValueError):  # nullable Int64 with <NA>
        return [None if pd.isna(v) else int(v) for v in np.asarray(arr, dtype=object).tolist()]


def _conv_fid(arr):
    a = np.asarray(arr, dtype="float64")
    return [int(v) if np.isfinite(v) else None for v in a.tolist()]


def _conv_float(arr):
    a = np.asarray(arr, dtype="float64")
    vals = a.tolist()
    bad = ~np.isfinite(a)
    if bad.any():
        for i in np.flatnonzero(bad).tolist():
            vals[i] = None
    return vals


def _conv_string(arr):
    out = []
    for v in np.asarray(arr, dtype=object).tolist():
        if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NaT or v is pd.NA:
            out.append(None)
        else:
            out.append(str(v))
    return out


def _point_geometries(lon, lat):
    lon = np.asarray(lon, dtype="float64")
    lat = np.asarray(lat, dtype="float64")
    ok = np.isfinite(lon) & np.isfinite(lat)
    wkbs = point_wkb(np.where(ok, lon, 0.0), np.where(ok, lat, 0.0))
    out = _wkb_geometries(wkbs)
    for i in np.flatnonzero(~ok).tolist():
        out[i] = None
    return out


def _wkb_geometries(wkbs):
    out = []
    for raw in wkbs:
        if raw is None:
            out.append(None)
            continue
        g = QgsGeometry()
        g.fromWkb(bytes(raw))
        out.append(g)
    return out


def lines_wkb_from_points(points, first, last):
    """LineStringM WKB through ``points`` rows ``first[i]..last[i]`` (inclusive), M = epoch seconds.

    ``points`` is ``Segmentation.points`` (``lon``, ``lat``, ``time``); ``first``/``last`` are the
    ``first_point``/``last_point`` columns of trips or legs.
    """
    return linestrings_wkb(points["lon"].to_numpy(), points["lat"].to_numpy(),
                           np.asarray(first, dtype="int64"), np.asarray(last, dtype="int64"),
                           m=epoch_seconds(points["time"]))


# --------------------------------------------------------------------------- conversion of attribute values
def _convert_column(values, kind):
    """List of QGIS attribute values -> pandas Series of a sensible dtype."""
    values = list(values)
    n = len(values)
    if kind in ("datetime", "date"):
        ms = np.full(n, np.nan)
        to_msecs = compat.qdatetime_to_msecs
        for i, v in enumerate(values):
            if v is None:
                continue
            if isinstance(v, QDateTime):
                if v.isValid():
                    ms[i] = to_msecs(v)
                continue
            if compat.is_null(v):
                continue
            if hasattr(v, "toMSecsSinceEpoch"):
                if hasattr(v, "isValid") and not v.isValid():
                    continue
                ms[i] = to_msecs(v)
            elif hasattr(v, "toPyDate") or hasattr(v, "year"):
                d = v.toPyDate() if hasattr(v, "toPyDate") else v
                ms[i] = pd.Timestamp(d.year, d.month, d.day, tz="UTC").value / 1e6
            else:
                ts = pd.to_datetime(str(v), utc=True, errors="coerce")
                ms[i] = np.nan if ts is pd.NaT else ts.value / 1e6
        out = pd.to_datetime(pd.Series(ms), unit="ms", utc=True)
        return out
    if kind in ("int", "double"):
        arr = np.array([np.nan if compat.is_null(v) else v for v in values], dtype="float64") \
            if n else np.array([], dtype="float64")
        if kind == "int" and n and not np.isnan(arr).any():
            return pd.Series(arr.astype("int64"))
        return pd.Series(arr)
    if kind == "bool":
        if n and not any(compat.is_null(v) for v in values):
            return pd.Series(np.array(values, dtype=bool))
        return pd.Series([None if compat.is_null(v) else bool(v) for v in values], dtype=object)
    return pd.Series([None if compat.is_null(v) else str(v) for v in values], dtype=object)


def trip_ends_from_wkb(wkbs):
    """(origin_lon, origin_lat, destination_lon, destination_lat) arrays: first and last vertex of
    each WKB line (NaN for a missing geometry)."""
    import shapely

    n = len(wkbs)
    out = [np.full(n, np.nan) for _ in range(4)]
    present = np.array([w is not None for w in wkbs], dtype=bool)
    if not present.any():
        return out
    geoms = shapely.from_wkb([w for w in wkbs if w is not None])
    xy, index = shapely.get_coordinates(geoms, return_index=True)
    if len(index) == 0:
        return out
    rows = np.nonzero(present)[0]
    starts = np.r_[0, np.nonzero(np.diff(index))[0] + 1]
    ends = np.r_[starts[1:] - 1, len(index) - 1]
    target = rows[index[starts]]
    out[0][target], out[1][target] = xy[starts, 0], xy[starts, 1]
    out[2][target], out[3][target] = xy[ends, 0], xy[ends, 1]
    return out


def points_layer_columns(points):
    """The points in the order of a points layer, with the exact time beside the date-time field
    (``EXACT_TIME_COLUMN``: QGIS 3.22 writes whole seconds to a GeoPackage; Segment trips reads the
    milliseconds back from it). The frame shares the points' columns: a copy of ten million fixes would
    double the import's memory."""
    from ..tracemob_plugin.core.vocab.columns import EXACT_TIME_COLUMN
    from ..tracemob_plugin.core.vocab.times import epoch_seconds

    names = list(points.columns)
    if len(set(names)) != len(names):  # a frame with a repeated column name: the plain, copying way
        points = points.loc[:, ~points.columns.duplicated()]
        names = list(points.columns)
    columns = {c: points[c] for c in names}
    if "time" in columns:
        columns[EXACT_TIME_COLUMN] = (epoch_seconds(points["time"]) if len(points)
                                      else pd.Series([], dtype="float64", index=points.index))
    first = [c for c in ("lon", "lat", "user_id", "time", EXACT_TIME_COLUMN, "accuracy_m", "speed_mps",
                         "source_file") if c in columns]
    order = first + [c for c in columns if c not in first]
    return pd.DataFrame({c: columns[c] for c in order}, index=points.index, copy=False)


def points_with_motion(alg, feedback, points, motion):
    """The points with the phone's motion readings written on them (``core.ingest.motion``): the
    segmentation and mode inference then use them with nothing else wired, in the dialog, a model
    or ``qgis_process``. Says how many readings travel, and warns about those that cannot."""
    from ..tracemob_plugin.core.ingest.motion import attach_motion

    if motion is None or len(motion) == 0:
        return points
    out = attach_motion(points, motion)
    feedback.pushInfo(alg.tr("{n} motion activity readings are written on the points (fields activity, "
                             "activity_confidence and motion_readings).").format(n=len(motion)))
    lost = int(out.attrs.get("motion_unattached", 0) or 0)
    if lost:
        feedback.pushWarning(alg.tr("{n} motion reading(s) belong to participants without any location point: "
                                    "they are only in the motion table output.").format(n=lost))
    return out
