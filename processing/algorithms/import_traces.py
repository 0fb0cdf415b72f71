"""``tracemob:importtraces``: trace files (e-mission / OpenPATH JSON, GPX, CSV, GeoJSON) -> point layer.

INPUT is a multiple-file parameter: in the dialog, "Add File(s)…" / "Add Directory…"; with
``qgis_process``, repeat it (``--INPUT=a.json --INPUT=b.gpx``), give a folder (``--INPUT=traces/``:
every readable file inside it), or separate several paths with ``;`` in one value.
"""
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from .. import frames, params, styles
from ..base import TracemobAlgorithm


def split_inputs(values):
    """Flatten the INPUT value(s) into a list of paths: lists, and ``;``-separated strings."""
    out = []
    for value in values or []:
        if value is None:
            continue
        text = str(value).strip()
        if not text:
            continue
        if ";" in text and not os.path.exists(text):
            out.extend(p.strip() for p in text.split(";") if p.strip())
        else:
            out.append(text)
    return out


class ImportTracesAlgorithm(TracemobAlgorithm):
    NAME = "importtraces"
    GROUP = "import"

    INPUT = "INPUT"
    USER_ID = "USER_ID"
    TIMEZONE = "TIMEZONE"
    MAX_ACCURACY = "MAX_ACCURACY"
    SKIP_BAD_FILES = "SKIP_BAD_FILES"
    OUTPUT = "OUTPUT"
    OUTPUT_MOTION = "OUTPUT_MOTION"
    OUTPUT_LABELS = "OUTPUT_LABELS"

    def displayName(self):  # noqa: N802
        return self.tr("Import travel traces")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Reads smartphone travel traces into a point layer (EPSG:4326), one point per location fix, "
            "with the fields user_id, time (UTC), accuracy_m, speed_mps and source_file.\n\n"
            "Input files: OpenPATH / e-mission exports (JSON timeseries), GPX, CSV and GeoJSON. Choose one "
            "or several files, or a folder (every readable file inside it is read). With qgis_process, "
            "repeat INPUT or separate paths with ';'.\n\n"
            "User id: used when the file does not name its user; by default the file name.\n"
            "Time zone: the zone of times written without an offset (IANA name; default Europe/Paris, "
            "give UTC for files written in UTC). Times with an offset or epoch times are not changed.\n"
            "Maximum accuracy: points whose reported accuracy radius is larger are dropped.\n"
            "Skip unreadable files: report a broken file as a warning and go on with the others.\n\n"
            "Optional outputs: the phone's motion activity (e-mission background/motion_activity) and "
            "the trips confirmed by the user (mode and purpose labels), as tables.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterMultipleLayers(
            self.INPUT, self.tr("Trace files or folder"), compat.TYPE_FILE),
            self.tr("The trace files to read: OpenPATH / e-mission exports (JSON), GPX, CSV or GeoJSON; "
                    "several files, or a folder whose readable files are all read. With qgis_process, "
                    "repeat the parameter or separate paths with ';'."))
        self.add_parameter(QgsProcessingParameterString(
            self.USER_ID, self.tr("User id (when the file has none; default: file name)"),
            optional=True),
            self.tr("The participant id given to the points of a file that names no user. Empty: the file "
                    "name (without extension)."))
        params.add_timezone_parameter(
            self, self.tr("Time zone of times written without an offset (IANA name)"),
            self.tr("IANA time zone (Europe/Paris, America/Montreal...) in which the times written without "
                    "an offset (CSV, GeoJSON: '2024-03-05 08:00:00') are read: Europe/Paris by default, so "
                    "08:00 in March is 07:00 UTC; give UTC for files written in UTC. Times with an offset "
                    "or Z, epoch numbers (e-mission / OpenPATH exports) and GPX times (UTC by the standard) "
                    "are not affected."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.MAX_ACCURACY, self.tr("Maximum accuracy radius to keep a point (m)"),
            compat.NUMBER_DOUBLE, None, True, 0.0),
            self.tr("Points whose reported accuracy radius is larger (worse) than this, in metres, are left"
                    " out; points of unknown accuracy are kept. Empty: every point is kept."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterBoolean(
            self.SKIP_BAD_FILES, self.tr("Skip unreadable files (report them as warnings)"), False)),
            self.tr("When a file cannot be read, go on with the others and report it as a warning; "
                    "otherwise the algorithm stops at the first unreadable file."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Trace points"), compat.TYPE_VECTOR_POINT),
            self.tr("The location fixes as points in EPSG:4326: user_id, time (UTC), accuracy_m, speed_mps "
                    "and source_file, the input of 'Segment trips'."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MOTION, self.tr("Motion activity"), compat.TYPE_VECTOR, None, True, False),
            self.tr("The phones' motion-activity readings (user_id, time, activity, confidence) found in "
                    "the e-mission exports, a table that helps 'Segment trips' and 'Infer transport modes'."
                    " Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LABELS, self.tr("User-confirmed trips"), compat.TYPE_VECTOR, None, True, False),
            self.tr("The trips the participants confirmed in the app (user_id, start_time, end_time, "
                    "mode_confirm, purpose_confirm), a table for the mode and purpose inference. Optional."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...tracemob_plugin.core.ingest import read_traces

        inputs = split_inputs(self.parameterAsFileList(parameters, self.INPUT, context))
        if not inputs:
            raise QgsProcessingException(self.tr("Choose at least one trace file or folder."))
        missing = [p for p in inputs if not os.path.exists(p)]
        if missing:
            raise QgsProcessingException(
                self.tr("File or folder not found: {path}").format(path=", ".join(missing)))
        user_id = self.parameterAsString(parameters, self.USER_ID, context).strip() or None
        timezone = params.read_timezone(self, parameters, context)
        feedback.pushInfo(self.tr("Times without an offset are read in the time zone {tz}.").format(tz=timezone))
        max_acc = None
        if parameters.get(self.MAX_ACCURACY) not in (None, ""):
            max_acc = self.parameterAsDouble(parameters, self.MAX_ACCURACY, context)
        on_error = "skip" if self.parameterAsBool(parameters, self.SKIP_BAD_FILES, context) else "raise"

        feedback.pushInfo(self.tr("Reading {n} input(s)…").format(n=len(inputs)))
        progress, is_cancelled = self.callbacks(feedback, 0.0, 70.0)
        traces = self.run_domain(read_traces, inputs, user_id=user_id, timezone=timezone,
                                 max_accuracy_m=max_acc, on_error=on_error, progress=progress,
                                 is_cancelled=is_cancelled)
        for warning in getattr(traces, "warnings", None) or []:
            feedback.pushWarning(str(warning))
        points = traces.points
        files = getattr(traces, "files", None) or []
        feedback.pushInfo(self.tr("{n} points read from {files} file(s).").format(
            n=len(points), files=len(files) if files else len(inputs)))
        if len(points) == 0:
            feedback.pushWarning(self.tr("No location point was found in the input."))

        motion = getattr(traces, "motion", None)
        if motion is not None and len(motion):
            points = frames.points_with_motion(self, feedback, points, motion)
        points = frames.points_layer_columns(points)  # shares the points' columns, in the layer's order
        results = {}
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT, context, points, geometry="point",
                                  feedback=feedback)
        styles.style_output(context, dest, "points", self.tr("Trace points"))
        results[self.OUTPUT] = dest
        feedback.setProgress(85)

        if motion is not None and self.OUTPUT_MOTION in parameters and parameters[self.OUTPUT_MOTION]:
            dest = frames.frame_to_sink(self, parameters, self.OUTPUT_MOTION, context, motion, geometry="none",
                                      feedback=feedback)
            if dest:
                results[self.OUTPUT_MOTION] = dest
        labels = getattr(traces, "trips_labels", None)
        if labels is not None and self.OUTPUT_LABELS in parameters and parameters[self.OUTPUT_LABELS]:
            dest = frames.frame_to_sink(self, parameters, self.OUTPUT_LABELS, context, labels, geometry="none",
                                      feedback=feedback)
            if dest:
                results[self.OUTPUT_LABELS] = dest
        feedback.setProgress(100)
        return results

