"""Base class of every Tracemob Processing algorithm, and DataFrame <-> QGIS conversions.

Algorithms are thin glue: read parameters, turn QGIS sources into pandas DataFrames
(:meth:`TracemobAlgorithm.source_to_points_frame` ...), call the domain function through
:meth:`TracemobAlgorithm.run_domain`, write DataFrames back with
:meth:`TracemobAlgorithm.frame_to_sink` and style them with :meth:`TracemobAlgorithm.style_output`.
The domain (``tracemob_plugin.core``) knows nothing of QGIS; this module is the only bridge.

Conversions:

* QGIS -> pandas: ``QDateTime`` -> ``datetime64[ns, UTC]``, ``QDate`` -> ``datetime64[ns, UTC]``
  (midnight), NULL -> ``NaN`` (numbers) / ``NaT`` (times) / ``None`` (strings), integers without
  NULL -> ``int64``, geometry -> ``lon``/``lat`` in EPSG:4326.
* pandas -> QGIS: ``datetime64`` -> DateTime (UTC), ``bool`` -> Bool, integers -> LongLong,
  floats -> Double, ``timedelta64`` -> Double seconds, anything else -> String; NaN/NaT/None -> NULL.
"""
import os
import struct
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterField,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime
from qgis.PyQt.QtGui import QIcon

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.errors import Cancelled, TracemobError
from ..tracemob_plugin.core.i18n import tr
from ..tracemob_plugin.toolbelt.log import log

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
RESOURCES = PLUGIN_ROOT / "resources"
STYLES_DIR = RESOURCES / "styles"
HELP_DIR = RESOURCES / "help"
ICON_PATH = RESOURCES / "icon.svg"

GROUPS = ("import", "segmentation", "modes", "indicators", "network", "comparison", "purposes", "privacy",
          "simulation", "server")

#: Candidate field names, in order of preference, for field detection (compared case-insensitively).
USER_FIELD_CANDIDATES = ("user_id", "userid", "user", "uid", "uuid", "participant", "participant_id",
                         "person_id", "device_id", "device", "id_user", "name")
TIME_FIELD_CANDIDATES = ("time", "timestamp", "datetime", "date_time", "ts", "fmt_time", "t",
                         "start_time", "date", "heure")

_BATCH = 5000


def group_name(group_id):
    """Translated display name of a group id."""
    names = {
        "import": tr("Import"),
        "segmentation": tr("Segmentation"),
        "modes": tr("Transport modes"),
        "indicators": tr("Indicators"),
        "network": tr("Road network"),
        "comparison": tr("Before / after"),
        "purposes": tr("Purposes and flows"),
        "privacy": tr("Privacy and sharing"),
        "simulation": tr("Simulation"),
        "server": tr("OpenPATH server"),
    }
    return names.get(group_id, group_id)


def guess_field(fields, candidates, kinds=None):
    """Name of the first field of ``fields`` (QgsFields or names) matching ``candidates``.

    Exact case-insensitive matches first, then fields whose name *contains* a candidate of at
    least 4 letters. ``kinds`` (e.g. ``{"datetime", "string"}``) restricts to those
    :func:`compat.field_kind` types when ``fields`` is a QgsFields. Returns ``None`` if nothing fits.
    """
    if isinstance(fields, QgsFields):
        items = [(f.name(), compat.field_kind(f)) for f in fields]
    else:
        items = [(str(f), None) for f in fields]
    if kinds:
        items = [(n, k) for n, k in items if k is None or k in kinds]
    lower = {n.lower(): n for n, _ in items}
    for cand in candidates:
        if cand.lower() in lower:
            return lower[cand.lower()]
    for cand in candidates:
        if len(cand) < 4:
            continue
        for name, _ in items:
            if cand.lower() in name.lower():
                return name
    return None


# --------------------------------------------------------------------------- styling
def translate_legend(layer, translate=None):
    """Show the legend classes of a styled layer in the user's language.

    The QML styles carry English class labels; ``scripts/i18n.py`` puts them in the catalogue,
    and this replaces each with its translation (``translate``, default ``tr``). Labels the
    catalogue does not know stay as they are.
    """
    translate = translate or tr
    renderer = layer.renderer()
    if renderer is None:
        return
    if hasattr(renderer, "categories"):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, translate(category.label()))
    elif hasattr(renderer, "ranges"):
        for i, rng in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, translate(rng.label()))
    elif hasattr(renderer, "rootRule"):
        stack = [renderer.rootRule()]
        while stack:
            rule = stack.pop()
            if rule.label():
                rule.setLabel(translate(rule.label()))
            stack.extend(rule.children())


class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML to an output layer once Processing has loaded it in the project."""

    _alive = set()  # Python must keep these objects alive until QGIS calls them

    def __init__(self, qml_path, layer_name=None):
        super().__init__()
        self.qml_path = str(qml_path)
        self.layer_name = layer_name
        _StylePostProcessor._alive.add(self)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        try:
            if layer is not None and layer.isValid() and os.path.exists(self.qml_path):
                layer.loadNamedStyle(self.qml_path)
                translate_legend(layer)
                layer.triggerRepaint()
        finally:
            _StylePostProcessor._alive.discard(self)


# --------------------------------------------------------------------------- WKB parsing
def _parse_line_wkb(wkb):
    """(x, y, m) arrays of the vertices of an ISO WKB (Multi)LineString[Z][M]; m is NaN if absent."""
    xs, ys, ms = [], [], []
    _parse_into(memoryview(wkb), 0, xs, ys, ms)
    if not xs:
        return np.empty(0), np.empty(0), np.empty(0)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(ms)


def _parse_into(buf, pos, xs, ys, ms):
    order = "<" if buf[pos] == 1 else ">"
    (code,) = struct.unpack_from(order + "I", buf, pos + 1)
    pos += 5
    has_z = has_m = False
    if code & 0x80000000 or code & 0x40000000:  # EWKB flags
        has_z = bool(code & 0x80000000)
        has_m = bool(code & 0x40000000)
        code &= 0xFFFF
    thousands, base = divmod(code, 1000)
    if thousands in (1, 3):
        has_z = True
    if thousands in (2, 3):
        has_m = True
    dims = 2 + has_z + has_m
    if base == 2:  # LineString
        (n,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        arr = np.frombuffer(buf, dtype=order + "f8", count=n * dims, offset=pos).reshape(n, dims)
        xs.append(arr[:, 0].copy())
        ys.append(arr[:, 1].copy())
        ms.append(arr[:, dims - 1].copy() if has_m else np.full(n, np.nan))
        return pos + n * dims * 8
    if base == 1:  # Point
        arr = np.frombuffer(buf, dtype=order + "f8", count=dims, offset=pos)
        xs.append(arr[:1].copy())
        ys.append(arr[1:2].copy())
        ms.append(arr[dims - 1:dims].copy() if has_m else np.full(1, np.nan))
        return pos + dims * 8
    if base in (4, 5, 7):  # MultiPoint, MultiLineString, GeometryCollection
        (n,) = struct.unpack_from(order + "I", buf, pos)
        pos += 4
        for _ in range(n):
            pos = _parse_into(buf, pos, xs, ys, ms)
        return pos
    raise ValueError("unsupported WKB geometry type {}".format(code))


# --------------------------------------------------------------------------- base class
class TracemobAlgorithm(QgsProcessingAlgorithm):
    """Base of every Tracemob algorithm. Subclasses set ``NAME`` and ``GROUP`` and implement
    ``displayName``, ``shortHelpString``, ``initAlgorithm`` and ``processAlgorithm``."""

    NAME = None
    GROUP = "import"

    # ----------------------------------------------------------- QGIS boilerplate
    def tr(self, text):
        """Translated text (same catalogue as ``core.i18n.tr``; keep ``text`` a plain literal)."""
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return self.NAME

    def group(self):
        return group_name(self.GROUP)

    def groupId(self):  # noqa: N802
        return self.GROUP

    def icon(self):
        return QIcon(str(ICON_PATH))

    def shortHelpString(self):  # noqa: N802
        return ""

    def helpUrl(self):  # noqa: N802
        page = HELP_DIR / "{}.html".format(self.NAME)
        return page.as_uri() if page.exists() else ""

    # ----------------------------------------------------------- domain calls
    def callbacks(self, feedback, start=0.0, end=100.0):
        """``(progress, is_cancelled)`` for a domain call; ``progress(f)`` maps f in 0..1 to [start, end] %."""
        span = float(end) - float(start)

        def progress(fraction):
            if feedback is not None:
                try:
                    f = min(max(float(fraction), 0.0), 1.0)
                except (TypeError, ValueError):
                    return
                feedback.setProgress(float(start) + span * f)

        def is_cancelled():
            return bool(feedback is not None and feedback.isCanceled())

        return progress, is_cancelled

    def run_domain(self, func, *args, **kwargs):
        """Call ``func(*args, **kwargs)``; user-facing domain errors become QgsProcessingException.

        ``TracemobError`` / ``InputError`` -> ``QgsProcessingException(str(err))`` (already translated,
        names the file/row/field). ``Cancelled`` -> ``QgsProcessingException("Cancelled by the user.")``,
        which stops the algorithm cleanly without a Python traceback.
        """
        try:
            return func(*args, **kwargs)
        except Cancelled as err:
            raise QgsProcessingException(self.tr("Cancelled by the user.")) from err
        except TracemobError as err:
            raise QgsProcessingException(str(err)) from err

    def check_cancelled(self, feedback):
        """Raise the same clean stop as :meth:`run_domain` if the user pressed Cancel."""
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled by the user."))

    # ----------------------------------------------------------- field detection
    def add_guessed_field_parameter(self, name, description, parent_layer, optional=True,
                                    data_type=None):
        """Add a field parameter (optional by default) whose empty value means "detect it".

        Use :meth:`resolve_field` in ``processAlgorithm`` to get the chosen or detected name.
        """
        param = QgsProcessingParameterField(
            name, description, None, parent_layer,
            compat.FIELD_ANY if data_type is None else data_type, False, optional)
        self.addParameter(param)
        return param

    #: Alias (name used in the API brief).
    add_layer_parameter_field_guess = add_guessed_field_parameter

    def resolve_field(self, parameters, name, context, source, candidates, required=True,
                      kinds=None):
        """Field name chosen by the user for parameter ``name``, else detected among ``candidates``.

        Raises QgsProcessingException naming the parameter and the layer's fields when a required
        field can be neither read nor detected.
        """
        fields = source.fields()
        chosen = self.parameterAsString(parameters, name, context) if name in parameters else ""
        if chosen:
            if fields.indexOf(chosen) < 0:
                raise QgsProcessingException(
                    self.tr("Field '{field}' does not exist in the input layer (fields: {fields}).")
                    .format(field=chosen, fields=", ".join(fields.names())))
            return chosen
        guessed = guess_field(fields, candidates, kinds)
        if guessed is None and required:
            raise QgsProcessingException(
                self.tr("Cannot detect the field for '{param}' among {fields}. Choose it in the "
                        "parameter.").format(param=name, fields=", ".join(fields.names()) or "-"))
        return guessed

    # ----------------------------------------------------------- QGIS -> pandas
    def _iterate(self, source, context, feedback, fields, with_geometry, crs=None):
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
                    self.tr("Field(s) {missing} not found in the input (fields: {fields}).")
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
                    raise QgsProcessingException(self.tr("Cancelled by the user."))
            attrs = feat.attributes()
            yield [attrs[j] for j in idx], (feat.geometry() if with_geometry else None)
        return

    def _columns_to_frame(self, source, names, rows):
        kinds = {f.name(): compat.field_kind(f) for f in source.fields()}
        data = {}
        columns = list(zip(*rows)) if rows and names else [[] for _ in names]
        for name, values in zip(names, columns):
            data[name] = _convert_column(values, kinds.get(name, "string"))  # RangeIndex 0..n-1
        if not data:
            return pd.DataFrame(index=pd.RangeIndex(len(rows)))
        # a plain dict keeps the column order; ``columns=`` would copy tz-aware times through objects
        return pd.DataFrame(data)

    def source_to_table_frame(self, source, context, feedback, fields=None):
        """Attributes of ``source`` as a DataFrame (no geometry). ``fields``: names to keep."""
        if source is None:
            return None
        names = list(source.fields().names()) if fields is None else [f for f in fields if f]
        rows = [attrs for attrs, _ in self._iterate(source, context, feedback, names, False)]
        return self._columns_to_frame(source, names, rows)

    def source_to_points_frame(self, source, context, feedback, fields=None):
        """``lon``, ``lat`` (EPSG:4326, reprojected if needed) + attribute columns of a point source.

        Multi-points take their first point; features without geometry get NaN coordinates.
        """
        if source is None:
            return None
        names = list(source.fields().names()) if fields is None else [f for f in fields if f]
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        rows, lon, lat = [], [], []
        for attrs, geom in self._iterate(source, context, feedback, names, True, wgs84):
            rows.append(attrs)
            if geom is None or geom.isNull() or geom.isEmpty():
                lon.append(np.nan)
                lat.append(np.nan)
            else:
                p = geom.vertexAt(0)
                lon.append(p.x())
                lat.append(p.y())
        df = self._columns_to_frame(source, names, rows)
        df.insert(0, "lat", np.asarray(lat, dtype="float64"))
        df.insert(0, "lon", np.asarray(lon, dtype="float64"))
        return df

    def source_to_vertices_frame(self, source, context, feedback, id_field):
        """One row per vertex of a line source whose M value is the UTC epoch second.

        Columns: ``id_field`` (the feature's value), ``lon``, ``lat`` (EPSG:4326), ``time``
        (``datetime64[ns, UTC]`` from M) and ``vertex`` (0-based position within the feature).
        Raises QgsProcessingException if the layer has no M values (not a Tracemob trips/legs layer).
        """
        if source is None:
            return None
        if source.fields().indexOf(id_field) < 0:
            raise QgsProcessingException(
                self.tr("Field '{field}' does not exist in the input layer (fields: {fields}).")
                .format(field=id_field, fields=", ".join(source.fields().names())))
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        ids, xs, ys, ms, vs = [], [], [], [], []
        for attrs, geom in self._iterate(source, context, feedback, [id_field], True, wgs84):
            if geom is None or geom.isNull() or geom.isEmpty():
                continue
            x, y, m = _parse_line_wkb(bytes(geom.asWkb()))
            n = len(x)
            ids.append(np.repeat(np.array([None if compat.is_null(attrs[0]) else attrs[0]],
                                          dtype=object), n))
            xs.append(x)
            ys.append(y)
            ms.append(m)
            vs.append(np.arange(n, dtype="int64"))
        if xs:
            m_all = np.concatenate(ms)
            if np.isnan(m_all).all():
                raise QgsProcessingException(
                    self.tr("The line layer has no M values: use a trips or legs layer made by "
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

    def source_to_wkb_frame(self, source, context, feedback, fields=None, crs="EPSG:4326"):
        """``(frame, wkbs)``: attribute columns of ``source`` and one WKB (bytes, or None for an
        empty geometry) per feature, reprojected to ``crs`` (``None`` keeps the source CRS)."""
        if source is None:
            return None, []
        names = list(source.fields().names()) if fields is None else [f for f in fields if f]
        target = None
        if crs is not None:
            target = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)
        rows, wkbs = [], []
        for attrs, geom in self._iterate(source, context, feedback, names, True, target):
            rows.append(attrs)
            wkbs.append(None if geom is None or geom.isNull() or geom.isEmpty() else bytes(geom.asWkb()))
        return self._columns_to_frame(source, names, rows), wkbs

    # ----------------------------------------------------------- pandas -> QGIS
    def frame_to_sink(self, parameters, output_name, context, df, geometry="point", wkb=None,
                      crs="EPSG:4326", wkb_type=None, feedback=None, keep_xy=False):
        """Write ``df`` to the feature sink parameter ``output_name``; returns the destination id.

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
            attrs = df.drop(columns=[c for c in ("lon", "lat") if c in df.columns]) if not keep_xy else df
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
        sink, dest_id = self.parameterAsSink(parameters, output_name, context, fields, target_type, qcrs)
        if sink is None:
            definition = self.parameterDefinition(output_name)
            if definition is not None and definition.flags() & compat.FLAG_OPTIONAL:
                return None
            raise QgsProcessingException(self.invalidSinkError(parameters, output_name))
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
                self._flush(sink, feats, feedback, output_name)
                feats = []
        if feats:
            self._flush(sink, feats, feedback, output_name)
        # Qt/QGIS flushes on destruction; drop our reference so the file is complete now.
        del sink
        return dest_id

    def _flush(self, sink, feats, feedback, output_name):
        self.check_cancelled(feedback)
        if not sink.addFeatures(feats, compat.SINK_FAST_INSERT):
            err = sink.lastError() if hasattr(sink, "lastError") else ""
            raise QgsProcessingException(
                self.tr("Could not write features to {output}: {error}").format(output=output_name,
                                                                                error=err))

    def style_output(self, context, dest_id, style, layer_name=None):
        """Style output ``dest_id`` with ``resources/styles/<style>.qml``.

        When QGIS loads the output on completion (dialog, model), the style is applied to the
        loaded layer (and ``layer_name``, translated, replaces the default name). A GeoPackage
        output also gets the style saved inside it as its default style, so it opens styled
        later and after ``qgis_process`` runs. Never fails the algorithm.
        """
        if not dest_id:
            return
        qml = STYLES_DIR / "{}.qml".format(style)
        if not qml.exists():
            return
        try:
            if context.willLoadLayerOnCompletion(dest_id):
                details = context.layerToLoadOnCompletionDetails(dest_id)
                if layer_name:
                    details.name = layer_name
                details.setPostProcessor(_StylePostProcessor(qml, layer_name))
            _embed_style_in_geopackage(dest_id, qml, style)
        except Exception as err:  # a style is a nicety: never lose the results for it
            log("Could not style {}: {}".format(dest_id, err), "warning")


# --------------------------------------------------------------------------- helpers
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


def _embed_style_in_geopackage(dest_id, qml, style):
    """Save ``qml`` as the default style inside a GeoPackage output (``layer_styles`` table)."""
    path = str(dest_id).split("|")[0]
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return False
    layer = QgsVectorLayer(str(dest_id), style, "ogr")
    if not layer.isValid():
        return False
    _message, ok = layer.loadNamedStyle(str(qml))
    if not ok:
        return False
    error = layer.saveStyleToDatabase(style, "Tracemob", True, "")
    return not error


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
    from ..tracemob_plugin.core.geometry import point_wkb

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


# --------------------------------------------------------------------------- public frame helpers
def epoch_seconds(times):
    """UTC epoch seconds (float64 array) of a datetime Series/array (naive values are taken as UTC)."""
    s = pd.to_datetime(pd.Series(times))
    if s.dt.tz is not None:
        s = s.dt.tz_convert("UTC").dt.tz_localize(None)
    ns = s.to_numpy(dtype="datetime64[ns]").astype("int64").astype("float64")
    ns[s.isna().to_numpy()] = np.nan
    return ns / 1e9


def lines_wkb_from_points(points, first, last):
    """LineStringM WKB through ``points`` rows ``first[i]..last[i]`` (inclusive), M = epoch seconds.

    ``points`` is ``Segmentation.points`` (``lon``, ``lat``, ``time``); ``first``/``last`` are the
    ``first_point``/``last_point`` columns of trips or legs.
    """
    from ..tracemob_plugin.core.geometry import linestrings_wkb

    return linestrings_wkb(points["lon"].to_numpy(), points["lat"].to_numpy(),
                           np.asarray(first, dtype="int64"), np.asarray(last, dtype="int64"),
                           m=epoch_seconds(points["time"]))


def times_to_utc(values, timezone="UTC"):
    """Best-effort conversion of a column to ``datetime64[ns, UTC]``.

    Datetimes pass (naive ones are in ``timezone``); numbers are epoch seconds (milliseconds when
    larger than 1e11); strings are parsed (ISO-8601 recommended). Unparseable values become NaT.
    """
    s = pd.Series(values)
    if pd.api.types.is_datetime64_any_dtype(s.dtype):
        if s.dt.tz is None:
            return s.dt.tz_localize(timezone, ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
        return s.dt.tz_convert("UTC")
    if pd.api.types.is_numeric_dtype(s.dtype):
        num = s.astype("float64")
        unit_ms = np.nanmedian(np.abs(num.to_numpy())) > 1e11 if num.notna().any() else False
        return pd.to_datetime(num, unit="ms" if unit_ms else "s", utc=True)
    text = s.astype(object).where(s.notna(), None)
    parsed = pd.to_datetime(text, errors="coerce", utc=False, format="mixed")
    if pd.api.types.is_datetime64_any_dtype(parsed.dtype) and getattr(parsed.dt, "tz", None) is not None:
        return parsed.dt.tz_convert("UTC")
    if pd.api.types.is_datetime64_any_dtype(parsed.dtype):
        return parsed.dt.tz_localize(timezone, ambiguous="NaT", nonexistent="NaT").dt.tz_convert("UTC")
    # mixed offsets: parse each to UTC
    return pd.to_datetime(text, errors="coerce", utc=True, format="mixed")
