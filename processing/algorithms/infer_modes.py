"""``tracemob:infermodes``: legs layer -> the same legs with mode, mode_confidence, mode_source.

Also holds the glue shared with ``tracemob:trainmodemodel``: reading a legs layer (attributes,
geometries and vertex times), the optional motion and trip-label tables, and the network layers.
"""
import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.modes import Network, infer_modes, normalise_kind
from ...tracemob_plugin.core.modes.infer import MIN_CONFIDENCE
from ..base import TracemobAlgorithm, _parse_into

KIND_FIELD_CANDIDATES = ("kind", "mode", "route_type", "route", "railway", "type", "highway",
                         "other_tags")


def read_legs(alg, source, context, feedback):
    """(legs frame, wkbs, vertices frame) of a Tracemob legs layer (LineStringM, M = epoch s)."""
    if source.fields().indexOf("leg_id") < 0:
        raise QgsProcessingException(alg.tr(
            "The legs layer has no field 'leg_id' (fields: {fields}). Use the legs output of "
            "Tracemob 'Segment trips'.").format(fields=", ".join(source.fields().names())))
    legs, wkbs = alg.source_to_wkb_frame(source, context, feedback)
    vertices = alg.source_to_vertices_frame(source, context, feedback, "leg_id")
    vertices["leg_id"] = vertices["leg_id"].astype(str)
    legs["leg_id"] = legs["leg_id"].astype(str)
    return legs, wkbs, vertices


def read_table(alg, parameters, name, context, feedback):
    if not parameters.get(name):
        return None
    source = alg.parameterAsSource(parameters, name, context)
    return None if source is None else alg.source_to_table_frame(source, context, feedback)


def read_network(alg, parameters, context, feedback):
    """Network from the NETWORK_LINES (+ NETWORK_KIND_FIELD) and NETWORK_STOPS parameters."""
    lines = alg.parameterAsSource(parameters, "NETWORK_LINES", context) if parameters.get("NETWORK_LINES") else None
    stops = alg.parameterAsSource(parameters, "NETWORK_STOPS", context) if parameters.get("NETWORK_STOPS") else None
    if lines is None and stops is None:
        return None
    line_frame = pd.DataFrame(columns=["line_id", "kind", "lon", "lat"])
    if lines is not None:
        kind_field = alg.parameterAsString(parameters, "NETWORK_KIND_FIELD", context) \
            if parameters.get("NETWORK_KIND_FIELD") else ""
        names = lines.fields().names()
        candidates = [kind_field] if kind_field else [n for c in KIND_FIELD_CANDIDATES
                                                      for n in names if n.lower() == c]
        if not candidates:
            raise QgsProcessingException(alg.tr(
                "Cannot tell the kind of the network lines (bus, tram, metro, train): choose the field "
                "that holds it (OSM route/railway, GTFS route_type) among {fields}.").format(
                    fields=", ".join(names)))
        frame, wkbs = alg.source_to_wkb_frame(lines, context, feedback)
        kinds = pd.Series([None] * len(frame), dtype=object)
        for col in candidates:
            found = frame[col].map(normalise_kind)
            kinds = kinds.where(kinds.notna(), found)
        parts = []
        for i, (wkb, kind) in enumerate(zip(wkbs, kinds)):
            if wkb is None or kind is None:
                continue
            xs, ys, ms = [], [], []
            _parse_into(memoryview(wkb), 0, xs, ys, ms)
            for j, (x, y) in enumerate(zip(xs, ys)):
                parts.append(pd.DataFrame({"line_id": "%d_%d" % (i, j), "kind": kind, "lon": x, "lat": y}))
        if parts:
            line_frame = pd.concat(parts, ignore_index=True)
        counts = line_frame.drop_duplicates("line_id").kind.value_counts().to_dict() if len(line_frame) else {}
        feedback.pushInfo(alg.tr("Network lines by kind: {counts}").format(counts=counts or "-"))
        if not counts:
            feedback.pushWarning(alg.tr("No bus, tram, metro or train line recognised in the network layer."))
    stop_frame = pd.DataFrame(columns=["kind", "lon", "lat"])
    if stops is not None:
        stop_frame = alg.source_to_points_frame(stops, context, feedback, fields=[])
        stop_frame = stop_frame[np.isfinite(stop_frame.lon) & np.isfinite(stop_frame.lat)]
        feedback.pushInfo(alg.tr("{n} public-transport stops").format(n=len(stop_frame)))
    return Network(lines=line_frame, stops=stop_frame)


def add_context_parameters(alg, with_network=True):
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "MOTION", alg.tr("Motion activity table (from Import traces; optional)"), [compat.TYPE_VECTOR],
        None, True))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "LABELS", alg.tr("User-confirmed trips (user_id, start_time, end_time, mode_confirm; optional)"),
        [compat.TYPE_VECTOR], None, True))
    alg.addParameter(QgsProcessingParameterField(
        "LABEL_FIELD", alg.tr("Field of the legs holding user labels (optional)"), None, "INPUT",
        compat.FIELD_ANY, False, True))
    if with_network:
        alg.addParameter(QgsProcessingParameterFeatureSource(
            "NETWORK_LINES", alg.tr("Public-transport lines (OSM or GTFS; optional)"),
            [compat.TYPE_VECTOR_LINE], None, True))
        alg.addParameter(QgsProcessingParameterField(
            "NETWORK_KIND_FIELD", alg.tr("Field of the lines giving bus / tram / metro / train "
                                         "(empty: detect route, railway, route_type...)"),
            None, "NETWORK_LINES", compat.FIELD_ANY, False, True))
        alg.addParameter(QgsProcessingParameterFeatureSource(
            "NETWORK_STOPS", alg.tr("Public-transport stops (optional)"), [compat.TYPE_VECTOR_POINT],
            None, True))


class InferModesAlgorithm(TracemobAlgorithm):
    NAME = "infermodes"
    GROUP = "modes"

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Infer transport modes")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Adds to every leg its transport mode (mode: walk, bike, ebike, escooter, motorcycle, car, "
            "bus, tram, metro, train, plane or unknown), a confidence between 0 and 1 "
            "(mode_confidence) and where it comes from (mode_source: user, model or rules).\n\n"
            "Input: the legs of Tracemob 'Segment trips' (lines whose M value is the time of each "
            "vertex).\n\n"
            "User labels win: a leg whose label field is filled, or a leg inside a trip the user "
            "confirmed (OpenPATH mode_confirm, matched by user and time), keeps that label. In a "
            "trip of several legs, the label goes to the legs of the same kind (the bus leg of "
            "walk-bus-walk).\n\n"
            "Otherwise the model decides from speed percentiles, acceleration, stops, heading "
            "changes and, when the phone recorded them, the motion-activity readings. The default "
            "model tells walk, bike and motorised legs apart (car; train or plane at sustained "
            "rail or flight speed). Below the minimum confidence, speed-band rules decide.\n\n"
            "With public-transport lines (and stops), motorised legs that follow a bus, tram, metro "
            "or rail line, stopping at its stops, become bus, tram, metro or train. Lines may come "
            "from OpenStreetMap (route or railway tags) or GTFS shapes (route_type).\n\n"
            "A model trained on your study with 'Train a mode model' may replace the default one: it "
            "is a JSON file, never a pickle.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Legs"), [compat.TYPE_VECTOR_LINE]))
        add_context_parameters(self)
        self.addParameter(QgsProcessingParameterFile(
            "MODEL", self.tr("Mode model (JSON from 'Train a mode model'; empty: default model)"),
            compat.FILE_BEHAVIOR_FILE, "json", None, True))
        self.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
            "MIN_CONFIDENCE", self.tr("Minimum model confidence (below: rules)"), compat.NUMBER_DOUBLE,
            MIN_CONFIDENCE, False, 0.0, 1.0)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Legs with modes"), compat.TYPE_VECTOR_LINE))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        legs, wkbs, vertices = read_legs(self, source, context, feedback)
        feedback.setProgress(20)
        motion = read_table(self, parameters, "MOTION", context, feedback)
        labels = read_table(self, parameters, "LABELS", context, feedback)
        label_field = self.parameterAsString(parameters, "LABEL_FIELD", context) \
            if parameters.get("LABEL_FIELD") else None
        network = read_network(self, parameters, context, feedback)
        model = self.parameterAsFile(parameters, "MODEL", context) if parameters.get("MODEL") else None
        feedback.setProgress(30)
        progress, is_cancelled = self.callbacks(feedback, 30.0, 85.0)
        out = self.run_domain(infer_modes, legs, vertices, motion=motion, labels=labels,
                              label_field=label_field, model=model, network=network,
                              min_confidence=self.parameterAsDouble(parameters, "MIN_CONFIDENCE", context),
                              progress=progress, is_cancelled=is_cancelled)
        counts = out["mode"].value_counts().to_dict()
        sources = out["mode_source"].value_counts().to_dict()
        feedback.pushInfo(self.tr("{n} legs. Modes: {modes}. Sources: {sources}.").format(
            n=len(out), modes=counts, sources=sources))
        if motion is None:
            feedback.pushInfo(self.tr("No motion-activity table: modes come from the trajectories alone."))
        if network is None:
            feedback.pushInfo(self.tr("No public-transport network: bus, tram and metro are not told "
                                      "apart from car."))
        dest = self.frame_to_sink(parameters, self.OUTPUT, context, out, "line", wkb=wkbs,
                                  wkb_type=source.wkbType(), feedback=feedback,
                                  crs=QgsCoordinateReferenceSystem("EPSG:4326"))
        self.style_output(context, dest, "modes", self.tr("Legs with modes"))
        return {self.OUTPUT: dest}
