"""Outputs written piece by piece: the partitions of participants of an algorithm go to the same layer
one after the other, so that no algorithm holds a whole study's output in memory.

``FrameSink(alg, parameters, "OUTPUT", context, geometry="line", wkb_type=...)`` then ``write(frame,
wkb)`` for each partition and ``close()`` (the destination id, None when the optional output was not
asked for). The first frame fixes the fields (as :func:`.frames.frame_to_sink` types them); GeoPackage
files and PostGIS tables are filled in bulk (:mod:`.bulk`, :mod:`.postgis`), other outputs through
QGIS's sink in batches.
"""
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsProcessingException, QgsWkbTypes

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.i18n import tr
from ..tracemob_plugin.core.outputs import is_disk_full
from ..tracemob_plugin.toolbelt.log import log
from . import bulk, frames


class FrameSink:
    def __init__(self, alg, parameters, output_name, context, geometry="point", crs="EPSG:4326",
                 wkb_type=None, feedback=None):
        self.alg, self.parameters, self.output_name, self.context = alg, parameters, output_name, context
        self.geometry = geometry
        self.crs = crs if isinstance(crs, QgsCoordinateReferenceSystem) else QgsCoordinateReferenceSystem(crs)
        self.wkb_type = wkb_type
        self.feedback = feedback
        self.columns = None
        self.sink = None
        self.appender = None
        self.dest_id = None
        self.closed = False
        self.rows = 0

    def _attrs(self, df):
        if self.geometry == "point":
            return df.drop(columns=[c for c in ("lon", "lat") if c in df.columns])
        return df

    def _open(self, df, wkb):
        attrs = self._attrs(df)
        self.columns = list(attrs.columns)
        self.fields, self.converters = frames._fields_for_frame(attrs)
        if self.geometry == "point":
            default = compat.WKB_POINT
        elif self.geometry == "none":
            default = compat.WKB_NO_GEOMETRY
        else:
            default = frames._common_wkb_type(wkb or [])
        self.target_type = self.wkb_type if self.wkb_type is not None else default
        crs = self.crs
        if self.geometry == "none" and self.target_type == compat.WKB_NO_GEOMETRY:
            crs = QgsCoordinateReferenceSystem()
        self._crs = crs
        self.sink, self.dest_id = self.alg.parameterAsSink(self.parameters, self.output_name, self.context,
                                                           self.fields, self.target_type, crs)
        if self.sink is None:
            definition = self.alg.parameterDefinition(self.output_name)
            if definition is not None and definition.flags() & compat.FLAG_OPTIONAL:
                self.dest_id = None
                self.closed = True
                return
            raise QgsProcessingException(self.alg.invalidSinkError(self.parameters, self.output_name))
        if bulk.enabled() and bulk.destination_kind(self.dest_id) is not None:
            try:
                if bulk.destination_kind(self.dest_id) == "postgres":
                    from .postgis import PostgisAppender as appender_class
                else:
                    appender_class = bulk.GpkgAppender
                self.sink = None  # QGIS closes the empty output it created; the bulk path fills it
                self.appender = appender_class(self.dest_id, self.geometry)
            except Exception as err:  # the feature path writes it
                log("bulk write of {} not used: {}".format(self.output_name, err), "warning")
                self.appender = None
                self.sink, self.dest_id = self.alg.parameterAsSink(self.parameters, self.output_name, self.context,
                                                                   self.fields, self.target_type, crs)

    def write(self, df, wkb=None):
        """Append the rows of ``df`` (with ``lon``/``lat`` for points, ``wkb`` for lines)."""
        if self.closed:
            return
        if self.columns is None:
            self._open(df, wkb)
            if self.closed:
                return
        if self.feedback is not None and self.feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled by the user."))
        attrs = self._attrs(df)[self.columns]
        if self.geometry in ("line", "wkb", "polygon"):
            if wkb is None or len(wkb) != len(df):
                raise QgsProcessingException("FrameSink: 'wkb' must hold one geometry per row")
        if self.appender is not None and self.rows == 0:
            try:  # the first rows tell whether the bulk path can write here; if not, QGIS's sink does
                self._write_bulk(df, attrs, wkb)
                self.rows += len(df)
                return
            except QgsProcessingException:
                raise
            except Exception as err:
                if is_disk_full(err):  # the feature path would only fill the disk again
                    raise
                log("bulk write of {} not used: {}".format(self.output_name, err), "warning")
                self.appender = None
                self.sink, self.dest_id = self.alg.parameterAsSink(self.parameters, self.output_name, self.context,
                                                                   self.fields, self.target_type, self._crs)
        self.rows += len(df)
        if self.appender is not None:
            self._write_bulk(df, attrs, wkb)
            return
        self._write_features(df, attrs, wkb)

    def _write_bulk(self, df, attrs, wkb):
        geoms = wkb
        if self.appender is not None:
            if self.geometry in ("line", "wkb", "polygon"):
                geoms = bulk.bulk_geometries(wkb, int(self.target_type))
            if self.geometry not in ("line", "wkb", "polygon") or geoms is not None:
                bulk.append_chunks(self.appender, attrs, self.geometry, df, geoms)
                return
            raise ValueError("FrameSink: geometries of another type than the layer's")

    def _write_features(self, df, attrs, wkb):
        columns = [conv(attrs[name].to_numpy()) for name, conv in self.converters]
        if self.geometry == "point":
            qgeoms = frames._point_geometries(df["lon"].to_numpy(), df["lat"].to_numpy())
        elif self.geometry in ("line", "wkb", "polygon"):
            qgeoms = frames._wkb_geometries(wkb)
            if QgsWkbTypes.isMultiType(self.target_type):
                for g in qgeoms:
                    if g is not None and not g.isMultipart():
                        g.convertToMultiType()
        else:
            qgeoms = None
        feats = []
        for i in range(len(attrs)):
            f = QgsFeature(self.fields)
            f.setAttributes([col[i] for col in columns])
            if qgeoms is not None and qgeoms[i] is not None:
                f.setGeometry(qgeoms[i])
            feats.append(f)
            if len(feats) >= frames._BATCH:
                frames._flush(self.sink, feats, self.feedback, self.output_name)
                feats = []
        if feats:
            frames._flush(self.sink, feats, self.feedback, self.output_name)

    def close(self):
        """The destination id (None for an optional output not asked for); the layer is complete."""
        if self.closed:
            return self.dest_id
        self.closed = True
        if self.appender is not None:
            self.appender.close()
            self.appender = None
        self.sink = None  # QGIS flushes on destruction
        return self.dest_id
