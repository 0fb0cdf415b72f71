"""The base class of every Tracemob Processing algorithm: QGIS boilerplate and domain calls.

Algorithms are thin glue: read parameters (:mod:`.params`), turn QGIS sources into pandas DataFrames
(:mod:`.frames`), call the domain function through :meth:`TracemobAlgorithm.run_domain`, write
DataFrames back (:func:`.frames.frame_to_sink`) and style them (:mod:`.styles`). The domain
(``tracemob_plugin.core``) knows nothing of QGIS; ``processing/`` is the only bridge.
"""
import errno
import os
import re
from pathlib import Path

from qgis.core import (
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
    QgsProperty,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QIcon

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.errors import Cancelled, TracemobError
from ..tracemob_plugin.core.i18n import tr
from .memory import release_free_memory

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
RESOURCES = PLUGIN_ROOT / "resources"
ICON_PATH = RESOURCES / "icon.svg"

GROUPS = ("import", "segmentation", "modes", "indicators", "network", "comparison", "purposes", "privacy",
          "simulation", "server")


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


# --------------------------------------------------------------------------- file paths of parameters
_NOT_FILES = ("memory:", "TEMPORARY_OUTPUT", "postgres:", "postgresql:", "PG:", "dbname=")


def file_path_of(value):
    """The resolved file path a parameter value or layer source names, or ``None`` when it names no file
    (memory layer, database, temporary output). A layer suffix such as ``|layername=x`` and the
    ``ogr:dbname='a.gpkg' table=...`` form of sinks are reduced to the file."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if text.startswith("ogr:"):
        match = re.search(r"dbname='([^']*)'", text) or re.search(r'dbname="([^"]*)"', text)
        if not match:
            return None
        text = match.group(1)
    if text.startswith(_NOT_FILES) or text.startswith("'"):
        return None
    text = text.split("|", 1)[0].strip()
    if text.lower().startswith("file://"):
        text = text[7:]
    if not text:
        return None
    return os.path.realpath(os.path.expanduser(text))


def layer_of(value):
    """The layer a source or sink names inside its file (``a.gpkg|layername=x``, ``ogr:dbname='a.gpkg'
    table="x"``), or ``None``: a sink given as a plain path replaces the whole file."""
    text = str(value or "").strip()
    if text.startswith("ogr:"):
        match = re.search(r"""table=(?:"([^"]*)"|'([^']*)'|(\S+))""", text)
        return next((g for g in match.groups() if g), None) if match else None
    match = re.search(r"\|layername=([^|]+)", text)
    return match.group(1).strip() if match else None


def _only_layer(path):
    """The name of the only feature table of a GeoPackage, or ``None`` (not a GeoPackage, or several)."""
    import sqlite3

    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    try:
        con = sqlite3.connect("file:{}?mode=ro".format(path), uri=True)
        try:
            names = [r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")]
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return names[0] if len(names) == 1 else None


def _layers_clash(out_path, out_layer, in_layer):
    """Writing ``out_layer`` of ``out_path`` destroys the input layer ``in_layer`` of the same file: a plain
    path replaces the whole file; a named layer replaces only the layer of that name (a GeoPackage holding
    several results, as the demo writes, is not overwritten by adding another)."""
    if out_layer is None:
        return True
    in_layer = in_layer or _only_layer(out_path)
    return in_layer is None or in_layer.lower() == out_layer.lower()


def _static(value):
    if isinstance(value, QgsProperty):
        return value.staticValue()
    return value


def _same_or_inside(output, input_path):
    """``output`` is ``input_path``, or an existing trace file inside the input folder ``input_path`` (one the
    readers would read: a GeoPackage of results beside the traces is not one)."""
    if output == input_path:
        return True
    if not (os.path.isdir(input_path) and os.path.exists(output)
            and output.startswith(input_path.rstrip(os.sep) + os.sep)):
        return False
    from ..tracemob_plugin.core.ingest.files import SUPPORTED_EXT

    name = os.path.basename(output).lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return os.path.splitext(name)[1] in SUPPORTED_EXT


# --------------------------------------------------------------------------- base class
class TracemobAlgorithm(QgsProcessingAlgorithm):
    """Base of every Tracemob algorithm. Subclasses set ``NAME`` and ``GROUP`` and implement
    ``displayName``, ``shortHelpString``, ``initAlgorithm`` and ``processAlgorithm``."""

    NAME = None
    GROUP = "import"

    def __init_subclass__(cls, **kwargs):
        """Every algorithm's ``processAlgorithm`` runs with its file outputs staged (:mod:`.staging`): written
        under partial names, published when it returned, removed when it failed."""
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "_staged", False):
            def processAlgorithm(self, parameters, context, feedback, _process=process):  # noqa: N802
                from . import staging

                return staging.run_staged(self, _process, parameters, context, feedback)

            processAlgorithm._staged = True
            processAlgorithm.__doc__ = process.__doc__
            cls.processAlgorithm = processAlgorithm

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

    def add_parameter(self, param, help_text):
        """``addParameter(param)`` with ``help_text`` as the parameter's own help (its tooltip in the dialog,
        its line in ``qgis_process help``): every parameter of every algorithm has one (tests/qgis)."""
        codes = getattr(self, "_choice_codes", {}).get(param.name())
        if codes:   # a choice list: say how to give it on the command line
            help_text = help_text.rstrip() + " " + tr("With qgis_process: the number of the choice or its code "
                                                      "({codes}).").format(codes=", ".join(codes))
        compat.set_help(param, help_text)
        return self.addParameter(param)

    def choice_parameter(self, name, description, choices, default, optional=False):
        """A choice list shown in the user's language whose value stays a stable code.

        ``choices``: ``[(code, translated label), ...]``; ``default``: a code. The dialog stores the index
        of the chosen label; ``qgis_process`` and ``processing.run`` may also give the code itself
        (``STAY_METHOD=window``). Read it back with :meth:`parameterAsChoice`, never from the label.
        Returns the parameter, to pass to :meth:`add_parameter`.
        """
        codes = tuple(code for code, _label in choices)
        param = QgsProcessingParameterEnum(name, description, [label for _code, label in choices], False,
                                           codes.index(default), optional)
        if not hasattr(self, "_choice_codes"):
            self._choice_codes = {}
        self._choice_codes[name] = codes
        return param

    def _choice_index(self, name, value):
        """The index of ``value`` when it is a code of the choice parameter ``name``, else None."""
        codes = getattr(self, "_choice_codes", {}).get(name)
        if codes and isinstance(value, str) and value.strip().lower() in codes:
            return codes.index(value.strip().lower())
        return None

    def parameterAsChoice(self, parameters, name, context):  # noqa: N802
        """The stable code chosen for a :meth:`choice_parameter` (given as an index or as the code)."""
        codes = self._choice_codes[name]
        index = self._choice_index(name, parameters.get(name))
        if index is None:
            index = self.parameterAsEnum(parameters, name, context)
        if not 0 <= index < len(codes):
            raise QgsProcessingException(self.tr("Parameter {param}: no choice number {index} (choose one of "
                                                 "{codes}).").format(param=name, index=index, codes=", ".join(codes)))
        return codes[index]

    # ----------------------------------------------------------- outputs never over inputs
    _DESTINATIONS = (QgsProcessingParameterFeatureSink, QgsProcessingParameterFileDestination,
                     QgsProcessingParameterVectorDestination, QgsProcessingParameterRasterDestination)

    def _input_files(self, parameters, context):
        """``[(parameter name, resolved file path, layer name or None)]`` of every input naming a file (or folder)."""
        found = []
        project = context.project() if context is not None else None
        for definition in self.parameterDefinitions():
            if definition.isDestination():
                continue
            name = definition.name()
            value = _static(parameters.get(name))
            values = value if isinstance(value, (list, tuple)) else [value]
            for item in values:
                item = _static(item)
                if isinstance(item, QgsProcessingFeatureSourceDefinition):
                    item = _static(item.source)
                if isinstance(item, QgsMapLayer):
                    item = item.source()
                if not isinstance(item, str) or not item.strip():
                    continue
                layer = project.mapLayer(item) if project is not None else None
                if layer is not None:
                    item = layer.source()
                elif definition.type() not in ("source", "vector", "file", "multilayer", "layer", "raster"):
                    continue
                path = file_path_of(item)
                if path is not None and os.path.exists(path):
                    found.append((name, path, layer_of(item)))
        return found

    def _output_files(self, parameters, context):
        """``[(parameter name, resolved file path, layer name or None)]`` of every output written to a file."""
        found = []
        for definition in self.parameterDefinitions():
            if not isinstance(definition, self._DESTINATIONS):
                continue
            name = definition.name()
            value = _static(parameters.get(name))
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = _static(value.sink)
            if value is None or not str(value).strip():
                continue
            path = file_path_of(value)
            if path is not None:
                found.append((name, path, layer_of(value)))
        return found

    def _output_folders(self, parameters, context):
        """``[(parameter name, resolved folder path)]`` of every folder output (FMD attestations, shareable
        package)."""
        found = []
        for definition in self.parameterDefinitions():
            if not isinstance(definition, QgsProcessingParameterFolderDestination):
                continue
            path = file_path_of(_static(parameters.get(definition.name())))
            if path is not None:
                found.append((definition.name(), path))
        return found

    def output_over_input(self, parameters, context):
        """The message refusing an output that would overwrite one of the inputs, or ``None``."""
        inputs = self._input_files(parameters, context)
        for out_name, out_path, out_layer in self._output_files(parameters, context):
            for in_name, in_path, in_layer in inputs:
                if _same_or_inside(out_path, in_path) and _layers_clash(out_path, out_layer, in_layer):
                    return self.tr(
                        "The output {output} ({out_path}) would overwrite the input {input} ({in_path}): "
                        "nothing was written. Choose another output file.").format(
                        output=out_name, out_path=out_path, input=in_name, in_path=in_path)
        for out_name, folder in self._output_folders(parameters, context):
            for in_name, in_path, _in_layer in inputs:
                if in_path == folder or in_path.startswith(folder.rstrip(os.sep) + os.sep):
                    return self.tr(
                        "The output folder {output} ({out_path}) holds the input {input} ({in_path}): writing "
                        "there could overwrite it, so nothing was written. Choose another folder.").format(
                        output=out_name, out_path=folder, input=in_name, in_path=in_path)
        return None

    def unwritable_output(self, parameters, context):
        """The message refusing an output whose folder cannot be written to (read-only disk or folder, no
        permission), or ``None``; checked by creating a file there, before any long work."""
        from ..tracemob_plugin.core.outputs import writable_folder_problem

        targets = [(name, os.path.dirname(path), path if layer is not None and os.path.exists(path) else None)
                   for name, path, layer in self._output_files(parameters, context)]
        targets += [(name, folder, None) for name, folder in self._output_folders(parameters, context)]
        for name, folder, existing in targets:
            problem = writable_folder_problem(folder)
            if not problem and existing is not None and not os.access(existing, os.W_OK):
                problem, folder = os.strerror(errno.EACCES), existing  # a layer goes into this file
            if problem:
                return self.tr(
                    "The output {output} cannot be written in {folder}: {reason}. Nothing was computed. Choose a "
                    "folder you can write to (or ask for write access to this one), then run again.").format(
                    output=name, folder=folder, reason=problem)
        return None

    #: names of the minimum-participants parameters (``params.add_privacy_parameter`` fills it)
    privacy_parameters = ()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, with the codes of :meth:`choice_parameter` lists read as their index, after the
        privacy rule; then no output over an input."""
        from ..tracemob_plugin.core.privacy.rules import check_min_users

        if getattr(self, "_choice_codes", None):
            parameters = dict(parameters)
            for name in self._choice_codes:
                index = self._choice_index(name, parameters.get(name))
                if index is not None:
                    parameters[name] = index
        for name in self.privacy_parameters:  # the one rule, with its own message rather than QGIS's
            if parameters.get(name) is not None:
                try:
                    check_min_users(self.parameterAsInt(parameters, name, context), field=name)
                except TracemobError as err:
                    return False, str(err)
        ok, message = super().checkParameterValues(parameters, context)
        if not ok:
            return ok, message
        refusal = self.output_over_input(parameters, context) or self.unwritable_output(parameters, context)
        if refusal:
            return False, refusal
        return True, ""

    def parameterAsSink(self, parameters, name, context, fields, geometryType=compat.WKB_NO_GEOMETRY,  # noqa: N802,N803
                        crs=None, *args, **kwargs):
        """QGIS's sink; a CSV output keeps its geometry (X / Y columns for points, else a WKT column),
        which OGR's CSV driver drops by default."""
        from qgis.core import QgsCoordinateReferenceSystem

        crs = crs if crs is not None else QgsCoordinateReferenceSystem()
        if not args and "layerOptions" not in kwargs and compat.has_geometry(geometryType):
            value = _static(parameters.get(name))
            if isinstance(value, QgsProcessingOutputLayerDefinition):
                value = _static(value.sink)
            target = str(value or "").split("|", 1)[0].strip().lower()
            if target.endswith(".csv"):
                point = QgsWkbTypes.flatType(geometryType) == compat.WKB_POINT
                kwargs["layerOptions"] = ["GEOMETRY=AS_XY" if point else "GEOMETRY=AS_WKT"]
        staging = getattr(self, "_staging", None)
        if staging is None or name not in parameters:
            return super().parameterAsSink(parameters, name, context, fields, geometryType, crs, *args, **kwargs)
        parameters = dict(parameters)  # written under a partial name (see .staging)
        parameters[name] = staging.sink_destination(name, parameters[name])
        sink, dest_id = super().parameterAsSink(parameters, name, context, fields, geometryType, crs, *args,
                                                **kwargs)
        staging.sink_created(name, dest_id, context)
        return sink, dest_id

    def parameterAsFileOutput(self, parameters, name, context):  # noqa: N802
        """QGIS's file output path; a file (not a folder) is written under a partial name and published
        when the run completed (:mod:`.staging`)."""
        path = super().parameterAsFileOutput(parameters, name, context)
        staging = getattr(self, "_staging", None)
        definition = self.parameterDefinition(name)
        if staging is None or not path or isinstance(definition, QgsProcessingParameterFolderDestination):
            return path
        return staging.file_output(name, path)

    def shown_path(self, path):
        """``path`` as the user will find it: a staged output's final path, not its partial file (for log lines)."""
        staging = getattr(self, "_staging", None)
        return staging.shown(str(path)) if staging is not None and path else path

    def parameterAsSource(self, parameters, name, context):  # noqa: N802
        """QGIS's source, remembering which layer it reads so that :mod:`.frames` can read it in bulk."""
        source = super().parameterAsSource(parameters, name, context)
        if source is not None:
            from . import bulk

            bulk.remember(source, self, parameters, name, context)
        return source

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

    @staticmethod
    def push_domain_warnings(feedback, frame, skip=None):
        """Log the warnings a domain call left in ``frame.attrs['warnings']``, except ``skip`` (one the
        algorithm already logged, e.g. the privacy rule's)."""
        for w in frame.attrs.get("warnings", []):
            if w != skip:
                feedback.pushWarning(w)

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Starts the clock of :meth:`postProcessAlgorithm`'s timing line."""
        import time

        self._started = time.perf_counter()
        self._domain_s = 0.0
        refusal = self.output_over_input(parameters, context) or self.unwritable_output(parameters, context)
        if refusal:
            raise QgsProcessingException(refusal)
        return True

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """One closing line: the time spent in the domain and in everything else (QGIS and GDAL
        input/output, conversions), read by bench/bench_scaling.py."""
        import time

        started = getattr(self, "_started", None)
        if started is not None and feedback is not None:
            total = time.perf_counter() - started
            domain = getattr(self, "_domain_s", 0.0)
            feedback.pushInfo(self.tr("Timing: {total:.2f} s in all, {domain:.2f} s in the domain, {io:.2f} s "
                                      "reading and writing through QGIS and GDAL.").format(
                total=total, domain=domain, io=max(total - domain, 0.0)))
        return {}

    def run_domain(self, func, *args, **kwargs):
        """Call ``func(*args, **kwargs)``; user-facing domain errors become QgsProcessingException.

        ``TracemobError`` / ``InputError`` -> ``QgsProcessingException(str(err))`` (already translated,
        names the file/row/field). ``Cancelled`` -> ``QgsProcessingException("Cancelled by the user.")``,
        which stops the algorithm cleanly without a Python traceback.
        """
        import time

        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        except Cancelled as err:
            raise QgsProcessingException(self.tr("Cancelled by the user.")) from err
        except TracemobError as err:
            raise QgsProcessingException(str(err)) from err
        finally:
            self._domain_s = getattr(self, "_domain_s", 0.0) + time.perf_counter() - started
            release_free_memory()

    def check_cancelled(self, feedback):
        """Raise the same clean stop as :meth:`run_domain` if the user pressed Cancel."""
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled by the user."))
