"""Outputs published only when a run completed: what a killed, failed or cancelled run leaves.

Every file output of every Tracemob algorithm goes through :class:`Staging` (the base class does it in
``parameterAsSink`` and ``parameterAsFileOutput`` and around ``processAlgorithm``):

* a **file** (``points.gpkg``, ``chart.png``, ``report.html``, ``flows.csv``, ...) is written under a
  partial name beside it (``points.tracemob-partial-<pid>-<random>.gpkg``, :mod:`core.outputs`), and
  moved over the final path by one ``os.replace`` once ``processAlgorithm`` returned: a run killed at any
  moment leaves the previous file (or none) at the final path; a failed or cancelled run removes its
  partial files at once;
* a **named layer of a GeoPackage** (``ogr:dbname='study.gpkg' table="trips"``, e.g. beside the input
  layer) is written into a partial GeoPackage, then copied into ``study.gpkg`` in **one SQLite
  transaction** that drops the previous layer of that name and adds the new one (table, spatial index,
  triggers, GeoPackage metadata, style): a kill before or during that transaction leaves the previous
  layer (SQLite rolls the transaction back on the next opening), after it the new one;
* folders (FMD attestations, shareable package) are not staged as a whole: each file in them is written
  by :func:`core.outputs.atomic_path`.

Partial files left by a killed process carry its process id; the next run writing the same output
removes them, and no Tracemob reader reads them. Not covered: shapefiles and other several-file formats
(written in place by QGIS), PostGIS tables (each bulk ``COPY`` is one transaction, but a killed run may
leave a table that QGIS created empty), a power cut (the published file was synced to the disk first, but
the file system's own guarantees decide).
"""
import gc
import os
import re
import sqlite3
import traceback

from qgis.core import QgsProcessingException, QgsProcessingOutputLayerDefinition, QgsProperty

from ..tracemob_plugin.core import outputs
from ..tracemob_plugin.core.i18n import tr
from ..tracemob_plugin.toolbelt.log import log

#: sink files written through QGIS that are staged (one file each; a shapefile's several files are not)
SINK_EXTENSIONS = (".gpkg", ".csv", ".geojson", ".json", ".fgb", ".gpx", ".kml", ".sqlite", ".xlsx", ".ods")
_DBNAME = re.compile(r"""dbname=(?:'([^']*)'|"([^"]*)")""")
#: below this many free bytes on an output's disk, a write error is taken for a full disk
FULL = 1 << 20
_NOT_FILES = ("memory:", "TEMPORARY_OUTPUT", "postgres:", "postgresql:", "postgis:", "PG:", "dbname=")


def _static(value):
    return value.staticValue() if isinstance(value, QgsProperty) else value


#: destination id of a staged sink (naming its partial file) -> the id of the published output, under which
#: QGIS loads it on completion (:func:`load_key`)
_LOAD_KEYS = {}


def load_key(dest_id):
    """The id under which QGIS loads the output ``dest_id`` on completion (its published path)."""
    return _LOAD_KEYS.get(dest_id, dest_id)


class Stage:
    """One output being written: ``partial`` becomes ``final`` (``layer``: only that layer of it)."""

    def __init__(self, name, final, partial, shown, layer=None):
        self.name, self.final, self.partial, self.shown, self.layer = name, final, partial, shown, layer
        self.ids = set()

    def swap(self, text):
        """``text`` (a destination id) naming the published output instead of the partial file."""
        return text.replace(self.partial, self.shown)

    def forget(self):
        for dest_id in self.ids:
            _LOAD_KEYS.pop(dest_id, None)

    def publish(self):
        if not os.path.exists(self.partial):  # the algorithm did not write this output after all
            outputs.discard(self.partial)
            return
        if self.partial.lower().endswith((".gpkg", ".sqlite")):
            _settle_sqlite(self.partial)
        if self.layer is not None and os.path.exists(self.final):
            copy_layer(self.partial, self.final, self.layer)
            outputs.discard(self.partial)
        else:
            outputs.publish(self.partial, self.final)


class Staging:
    """The staged outputs of one run of one algorithm."""

    def __init__(self):
        self.stages = {}

    # ----------------------------------------------------------- where the run writes
    def sink_destination(self, name, value):
        """The parameter value to give QGIS for the sink output ``name`` (a string or a
        QgsProcessingOutputLayerDefinition): the same destination, at a partial path; ``value`` itself when
        the output is not a staged file (memory layer, database, shapefile, ...)."""
        definition = value if isinstance(value, QgsProcessingOutputLayerDefinition) else None
        text = _static(definition.sink) if definition is not None else _static(value)
        if not isinstance(text, str) or not text.strip():
            return value
        staged = self._staged_sink_text(name, text.strip())
        if staged is None:
            return value
        if definition is None:
            return staged
        copy = QgsProcessingOutputLayerDefinition(definition)
        copy.sink = QgsProperty.fromValue(staged)
        return copy

    def _staged_sink_text(self, name, text):
        stage = self.stages.get(name)
        if text.startswith("ogr:"):
            match = _DBNAME.search(text)
            if not match:
                return None
            path = match.group(1) if match.group(1) is not None else match.group(2)
            if not path.lower().endswith(".gpkg"):
                return None
            from .base import layer_of

            layer = layer_of(text)
            if layer is None:
                return None
            if stage is None:
                stage = self._new(name, path, path, layer)
            return text[:match.start()] + "dbname='{}'".format(stage.partial.replace("'", "''")) + text[match.end():]
        if "|" in text or text.startswith(_NOT_FILES) or text.startswith("'"):
            return None
        path = text[7:] if text.lower().startswith("file://") else text
        if not path.lower().endswith(SINK_EXTENSIONS):
            return None
        if stage is None:
            stage = self._new(name, path, text, None)
        return stage.partial

    def sink_created(self, name, dest_id, context):
        """QGIS created the sink ``name`` at ``dest_id`` (a partial file): the layer it will load on completion
        is the published one. Re-keyed now, before any style is attached: QGIS deletes the post-processor of
        a key it loses."""
        stage = self.stages.get(name)
        if stage is None or not isinstance(dest_id, str) or stage.partial not in dest_id:
            return
        final_id = stage.swap(dest_id)
        _LOAD_KEYS[dest_id] = final_id
        stage.ids.add(dest_id)
        if context is not None and context.willLoadLayerOnCompletion(dest_id):
            layers = context.layersToLoadOnCompletion()
            details = layers.pop(dest_id)
            if details.postProcessor() is None:
                layers[final_id] = details
                context.setLayersToLoadOnCompletion(layers)

    def shown(self, text):
        """``text`` (a path, a message) naming the published outputs instead of their partial files: what a log
        line should say."""
        for stage in self.stages.values():
            text = stage.swap(text)
        return text

    def file_output(self, name, path):
        """The path to write the file output ``name`` at instead of ``path``."""
        if not path or not os.path.splitext(path)[1]:
            return path
        stage = self.stages.get(name)
        if stage is None:
            stage = self._new(name, path, path, None)
        return stage.partial

    def _new(self, name, path, shown, layer):
        final = os.path.realpath(os.path.expanduser(path))
        for stale in outputs.remove_stale_partials(final):
            log("removed {}, left by an interrupted run".format(stale), "info")
        stage = Stage(name, final, outputs.partial_path(final, keep_base_name=layer is None), shown, layer)
        self.stages[name] = stage
        return stage

    # ----------------------------------------------------------- the end of the run
    def publish(self, results):
        """Publish every output (after the run's writers were closed); ``results`` then name the final
        paths."""
        gc.collect()  # writers of the run that Python has not freed yet close their files now
        for stage in self.stages.values():
            try:
                stage.publish()
            except Exception as err:
                self.discard()
                raise QgsProcessingException(self.write_error(err, stage)) from err
        done = list(self.stages.values())
        self.stages = {}
        for stage in done:
            stage.forget()
        if isinstance(results, dict):  # the results name the published outputs
            for stage in done:
                results = {k: (stage.swap(v) if isinstance(v, str) else v) for k, v in results.items()}
        return results

    def discard(self):
        """Remove every partial file of the run (it failed or was cancelled)."""
        gc.collect()
        for stage in self.stages.values():
            outputs.discard(stage.partial)
            stage.forget()
        self.stages = {}

    def disk_full(self, err):
        """True when ``err`` says the disk is full, or when the disk of an output being written has less than
        1 MiB left (GDAL's writers report a full disk as a mere "Feature creation error")."""
        return outputs.is_disk_full(err) or any(os.path.exists(s.partial) and _free_bytes(s.final) < FULL
                                                for s in self.stages.values())

    def write_error(self, err, stage=None):
        """The message for an error while writing; names the output (the stage's, or every output of the
        run when the error does not tell which)."""
        stages = [stage] if stage is not None else list(self.stages.values())
        names = ", ".join("{} ({})".format(s.name, s.final) for s in stages) or "?"
        if self.disk_full(err) or outputs.is_disk_full(err):
            full = [s for s in stages if _free_bytes(s.final) < FULL] or stages
            names = ", ".join("{} ({})".format(s.name, s.final) for s in full) or names
            return tr("The disk is full: the output {output} could not be written. Nothing was left at that path "
                      "(a previous file there is untouched). Free some space on that disk, or choose an output "
                      "on another disk, then run again.").format(output=names)
        return tr("The output {output} could not be written: {error}. Nothing was left at that path (a previous "
                  "file there is untouched).").format(output=names, error=err)


def _free_bytes(path):
    folder = os.path.dirname(path) or "."
    while not os.path.isdir(folder) and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
    try:
        st = os.statvfs(folder)
    except OSError:
        return 1 << 62
    return st.f_bavail * st.f_frsize


def _settle_sqlite(path):
    """A GeoPackage its writers closed: its write-ahead log merged; refused when a transaction was left
    unfinished (a hot journal: the writer failed as it closed)."""
    if os.path.exists(path + "-wal"):
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    journal = path + "-journal"
    if os.path.exists(journal) and os.path.getsize(journal) > 0:
        raise OSError("the file was not completely written (an unfinished SQLite transaction)")


# --------------------------------------------------------------------------- a layer into a GeoPackage
_META = (("gpkg_contents", "table_name"), ("gpkg_geometry_columns", "table_name"),
         ("gpkg_extensions", "table_name"), ("gpkg_ogr_contents", "table_name"),
         ("gpkg_data_columns", "table_name"), ("layer_styles", "f_table_name"))


def _q(name):
    return '"{}"'.format(name.replace('"', '""'))


def _has_table(con, schema, table):
    return con.execute("SELECT 1 FROM {}.sqlite_master WHERE type = 'table' AND lower(name) = lower(?)".format(schema),
                       (table,)).fetchone() is not None


def _columns(con, schema, table):
    return [r[1] for r in con.execute("PRAGMA {}.table_info({})".format(schema, _q(table)))]


def _geometry_column(con, schema, layer):
    if not _has_table(con, schema, "gpkg_geometry_columns"):
        return None
    row = con.execute("SELECT column_name FROM {}.gpkg_geometry_columns WHERE lower(table_name) = lower(?)"
                      .format(schema), (layer,)).fetchone()
    return row[0] if row else None


def _drop_layer(con, layer):
    """Take the layer ``layer`` (any case) and everything about it out of the main database."""
    row = con.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' AND lower(name) = lower(?)",
                      (layer,)).fetchone()
    geom = _geometry_column(con, "main", layer)
    if row is not None:
        if geom is not None:
            con.execute("DROP TABLE IF EXISTS main.{}".format(_q("rtree_{}_{}".format(row[0], geom))))
        con.execute("DROP TABLE main.{}".format(_q(row[0])))  # its indexes and triggers go with it
    for table, key in _META:
        if _has_table(con, "main", table):
            con.execute("DELETE FROM main.{} WHERE lower({}) = lower(?)".format(_q(table), key), (layer,))


def _copy_rows(con, table, key, layer):
    if not _has_table(con, "src", table):
        return
    if not _has_table(con, "main", table):
        (sql,) = con.execute("SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?",
                             (table,)).fetchone()
        con.execute(sql)
    common = [c for c in _columns(con, "src", table) if c in set(_columns(con, "main", table))
              and not (table == "layer_styles" and c == "id")]
    cols = ", ".join(_q(c) for c in common)
    con.execute("INSERT INTO main.{t} ({c}) SELECT {c} FROM src.{t} WHERE lower({k}) = lower(?)".format(
        t=_q(table), c=cols, k=key), (layer,))


def copy_layer(src_path, dst_path, layer):
    """Replace the layer ``layer`` of the GeoPackage ``dst_path`` by the one of ``src_path`` (other layers
    untouched) in one SQLite transaction: either the previous layer or the new one, never a mix."""
    con = sqlite3.connect(dst_path, isolation_level=None, timeout=60)
    try:
        con.execute("ATTACH DATABASE ? AS src", (src_path,))
        row = con.execute("SELECT table_name FROM src.gpkg_contents WHERE lower(table_name) = lower(?)",
                          (layer,)).fetchone()
        if row is None:
            raise ValueError("layer {} not in {}".format(layer, src_path))
        name = row[0]
        geom = _geometry_column(con, "src", name)
        rtree = "rtree_{}_{}".format(name, geom) if geom else None
        con.execute("BEGIN IMMEDIATE")
        try:
            _drop_layer(con, name)
            # the layer's CRS, when the target does not have it yet
            for (srs_id,) in con.execute("SELECT srs_id FROM src.gpkg_contents WHERE table_name = ? AND srs_id IS "
                                         "NOT NULL", (name,)).fetchall():
                have = con.execute("SELECT organization, organization_coordsys_id FROM main.gpkg_spatial_ref_sys "
                                   "WHERE srs_id = ?", (srs_id,)).fetchone()
                want = con.execute("SELECT organization, organization_coordsys_id FROM src.gpkg_spatial_ref_sys "
                                   "WHERE srs_id = ?", (srs_id,)).fetchone()
                if have is None and want is not None:
                    common = [c for c in _columns(con, "src", "gpkg_spatial_ref_sys")
                              if c in set(_columns(con, "main", "gpkg_spatial_ref_sys"))]
                    cols = ", ".join(_q(c) for c in common)
                    con.execute("INSERT INTO main.gpkg_spatial_ref_sys ({c}) SELECT {c} FROM src.gpkg_spatial_ref_sys "
                                "WHERE srs_id = ?".format(c=cols), (srs_id,))
                elif have is not None and want is not None and [str(v).lower() for v in have] != \
                        [str(v).lower() for v in want]:
                    raise ValueError("the CRS id {} means another CRS in {}".format(srs_id, dst_path))
            (sql,) = con.execute("SELECT sql FROM src.sqlite_master WHERE type = 'table' AND name = ?",
                                 (name,)).fetchone()
            con.execute(sql)
            con.execute("INSERT INTO main.{t} SELECT * FROM src.{t}".format(t=_q(name)))
            if rtree and _has_table(con, "src", rtree):
                (sql,) = con.execute("SELECT sql FROM src.sqlite_master WHERE name = ?", (rtree,)).fetchone()
                con.execute(sql)
                for shadow in ("_node", "_rowid", "_parent"):  # the packed index as it is, page for page
                    con.execute("DELETE FROM main.{}".format(_q(rtree + shadow)))
                    con.execute("INSERT INTO main.{t} SELECT * FROM src.{t}".format(t=_q(rtree + shadow)))
            for table, key in _META:
                _copy_rows(con, table, key, name)
            for (sql,) in con.execute("SELECT sql FROM src.sqlite_master WHERE type IN ('index', 'trigger') AND "
                                      "tbl_name = ? AND sql IS NOT NULL ORDER BY type", (name,)).fetchall():
                con.execute(sql)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.close()


def run_staged(alg, process, parameters, context, feedback):
    """``process(alg, parameters, context, feedback)`` with its outputs staged, then published."""
    if getattr(alg, "_staging", None) is not None:  # a subclass calling its parent's processAlgorithm
        return process(alg, parameters, context, feedback)
    staging = Staging()
    alg._staging = staging
    try:
        try:
            results = process(alg, parameters, context, feedback)
        except BaseException as err:
            traceback.clear_frames(err.__traceback__)  # the failed run's writers close before the cleaning
            message = staging.write_error(err) if isinstance(err, Exception) and staging.disk_full(err) else None
            staging.discard()
            if message:
                raise QgsProcessingException(message) from err
            raise
        return staging.publish(results)
    finally:
        alg._staging = None
