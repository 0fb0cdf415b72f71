"""``tracemob:odflows``: trips (with purposes) and zones -> OD matrix and desire lines, k-participant rule."""
import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.indicators import odflows, purposes
from ...tracemob_plugin.core.vocab.columns import ZONE_ID_CANDIDATES
from ...tracemob_plugin.core.vocab.modes import PARAMETER_ORDER, mode_label
from .. import frames, inputs, params, styles
from ..base import TracemobAlgorithm

TRIP_FIELDS = ("trip_id", "user_id", "start_time", "main_mode", "mode", "purpose")


class OdFlowsAlgorithm(TracemobAlgorithm):
    NAME = "odflows"
    GROUP = "purposes"

    TRIPS = "TRIPS"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    MODE = "MODE"
    PURPOSE = "PURPOSE"
    MIN_USERS = "MIN_USERS"
    SMALL_PAIRS = "SMALL_PAIRS"
    WEIGHTS = "WEIGHTS"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_LINES = "OUTPUT_LINES"

    def displayName(self):  # noqa: N802
        return self.tr("Origin-destination flows")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Counts the trips between zones (communes, IRIS, a grid) over a period, optionally for one "
            "main mode or one purpose, and draws desire lines.\n\n"
            "A trip goes from the zone holding its first point to the zone holding its last point. Trips "
            "starting or ending outside every zone are left out (their number is logged). Trips inside "
            "one zone are kept as intra-zone flows (in the table, not drawn).\n\n"
            "Inputs: the trips layer (Segment trips; Infer trip purposes for the purpose filter; a main_mode "
            "or mode field for the mode filter) and a polygon zone layer in any CRS.\n\n"
            "Privacy: an origin-destination pair made by fewer distinct participants than the threshold "
            "(default 10) is suppressed, or merged into one 'other' row (itself suppressed if it still has "
            "too few participants). The threshold cannot be below 2; lowering it below 10 logs a warning: "
            "such outputs must not leave the authority.\n\n"
            "Outputs: the OD table (origin_zone, destination_zone, n_trips, n_users, share = % of the trips "
            "between the zones in the period, intra) and the desire lines between the zones' centres, "
            "drawn wider with more trips.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.TRIPS, self.tr("Trips (with purposes for the purpose filter)"), [compat.TYPE_VECTOR_LINE]),
            self.tr("The trips to count (from 'Segment trips'); a trip goes from the zone of its first "
                    "point to the zone of its last point. The purpose filter needs the purpose field of "
                    "'Infer trip purposes', the mode filter a main_mode or mode field."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (polygons)"), [compat.source_type("VectorPolygon")]),
            self.tr("The polygons between which the flows are counted (communes, IRIS, a grid...), in any "
                    "CRS. Trips starting or ending outside every zone are left out."))
        self.add_parameter(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone identifier field (empty: detect)"), None, self.ZONES,
            compat.FIELD_ANY, False, True),
            self.tr("The field of the zones layer naming each zone. Left empty, a field named zone_id, "
                    "code_iris, insee_com, code, id, nom, name... is used."))
        params.add_period_parameters(self)
        self.add_parameter(self.choice_parameter(
            self.MODE, self.tr("Only trips with main mode"),
            [("all", self.tr("All modes"))] + [(m, mode_label(m)) for m in PARAMETER_ORDER], "all"),
            self.tr("Count only the trips of this main mode. Default: all modes."))
        self.add_parameter(self.choice_parameter(
            self.PURPOSE, self.tr("Only trips with purpose"),
            [("all", self.tr("All purposes"))] + [(p, purposes.purpose_label(p)) for p in purposes.PURPOSES],
            "all"),
            self.tr("Count only the trips of this purpose (EMC² groups, from 'Infer trip purposes'). "
                    "Default: all purposes."))
        params.add_privacy_parameter(
            self, self.MIN_USERS, self.tr("Minimum distinct participants per pair (privacy)"),
            self.tr("Privacy: a pair of zones travelled by fewer distinct participants than this is not "
                    "published. The default 10 is the project's rule; it cannot go below 2, and lowering it"
                    " is logged as a warning."))
        self.add_parameter(self.choice_parameter(
            self.SMALL_PAIRS, self.tr("Pairs with fewer participants"),
            list(zip(odflows.SMALL_PAIRS, [self.tr("Suppress them"), self.tr("Merge them into 'other'")])),
            odflows.SMALL_PAIRS[0]),
            self.tr("What happens to the pairs below the threshold: suppressed, or merged into one 'other' "
                    "row (itself suppressed when it still has too few participants)."))
        inputs.add_weights_parameter(self, self.WEIGHTS, self.tr(
            "The weights of 'Weight the panel to the population': the matrix then also gives "
            "trips_weighted (each trip counted with its participant's weight: the population's trips in "
            "the period) and share_weighted (%). The threshold still counts real participants."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("OD matrix"), compat.TYPE_VECTOR),
            self.tr("The origin-destination table: origin_zone, destination_zone, n_trips, n_users, share "
                    "(% of the trips between the zones in the period) and intra (trips inside one zone)."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LINES, self.tr("Desire lines"), compat.TYPE_VECTOR_LINE, None, True, True),
            self.tr("Desire lines between the zones' centres, wider with more trips (intra-zone flows are "
                    "not drawn). Optional."))

    def _read_zones(self, parameters, context, feedback):
        import shapely

        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.ZONES))
        field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or params.guess_field(
            source.fields(), ZONE_ID_CANDIDATES)
        frame, wkb = frames.source_to_wkb_frame(source, context, feedback, fields=[field] if field else [],
                                              crs="EPSG:4326")
        ids = (frame[field].astype(object).where(frame[field].notna(), "").astype(str).tolist() if field
               else [str(i + 1) for i in range(len(wkb))])
        keep = [i for i, w in enumerate(wkb) if w is not None]
        if len(keep) < len(ids):
            feedback.pushWarning(self.tr("{n} zone(s) without geometry were ignored.").format(n=len(ids) - len(keep)))
        if len(set(ids[i] for i in keep)) < len(keep):
            feedback.pushWarning(self.tr("Zone identifiers are not unique in field '{field}'.").format(
                field=field or "-"))
        inputs.report_zone_problems(self, feedback, [wkb[i] for i in keep], [ids[i] for i in keep], source)
        geoms = shapely.make_valid(shapely.from_wkb([wkb[i] for i in keep])) if keep else []
        feedback.pushInfo(self.tr("{n} zones; identifier field: {field}; CRS {crs} (reprojected to EPSG:4326 "
                                  "for the point-in-polygon test).").format(
            n=len(keep), field=field or "-", crs=source.sourceCrs().authid()))
        return pd.DataFrame({"zone_id": [ids[i] for i in keep], "geometry": np.asarray(geoms, dtype=object)})

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.TRIPS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TRIPS))
        names = source.fields().names()
        missing = [f for f in ("user_id", "start_time") if f not in names]
        if missing:
            raise QgsProcessingException(
                self.tr("The trips layer lacks the field(s) {fields} (use the trips made by Segment trips).")
                .format(fields=", ".join(missing)))
        trips, wkb = frames.source_to_wkb_frame(source, context, feedback, fields=[f for f in TRIP_FIELDS if f in names])
        o_lon, o_lat, d_lon, d_lat = frames.trip_ends_from_wkb(wkb)
        trips = trips.assign(origin_lon=o_lon, origin_lat=o_lat, destination_lon=d_lon, destination_lat=d_lat)
        feedback.setProgress(20)
        zones = self._read_zones(parameters, context, feedback)
        feedback.setProgress(30)
        start, end = params.read_period(self, parameters, context)
        mode = self.parameterAsChoice(parameters, self.MODE, context)
        purpose = self.parameterAsChoice(parameters, self.PURPOSE, context)
        mode, purpose = (None if mode == "all" else mode), (None if purpose == "all" else purpose)
        k = params.read_min_users(self, parameters, context, feedback, self.MIN_USERS, warn=False)
        small = self.parameterAsChoice(parameters, self.SMALL_PAIRS, context)
        weights, _replicates, _margins = inputs.read_weights(self, parameters, self.WEIGHTS, context, feedback)
        progress, is_cancelled = self.callbacks(feedback, 30.0, 80.0)
        res = self.run_domain(odflows.od_flows, trips, zones, start=start, end=end, mode=mode, purpose=purpose,
                              min_users=k, small_pairs=small, trips_name=params.source_name(source, "trips"),
                              weights=weights, progress=progress, is_cancelled=is_cancelled)
        if res.params.get("n_users_without_weight"):
            feedback.pushWarning(self.tr("{n} participant(s) without a weight count 0 in the weighted flows.").format(
                n=res.params["n_users_without_weight"]))
        p = res.params
        if p["warning"]:
            feedback.pushWarning(p["warning"])
        feedback.pushInfo(self.tr("{n} trips of {users} participant(s) between the zones ({outside} left out: "
                                  "start or end outside every zone).").format(
            n=p["n_trips_in_zones"], users=p["n_users"], outside=p["n_trips_outside"]))
        feedback.pushInfo(self.tr("{pairs} pair(s) with fewer than {k} participants ({trips} trips): {action}.")
                          .format(pairs=p["n_small_pairs"], k=p["min_users"], trips=p["n_small_trips"],
                                  action=self.tr("suppressed") if small == "suppress"
                                  else self.tr("merged into 'other'")))
        if p["n_trips_in_zones"] and not len(res.matrix):
            feedback.pushWarning(self.tr("Every pair has fewer participants than the threshold: the table is "
                                         "empty."))
        feedback.setProgress(85)
        out = {}
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT_TABLE, context, res.matrix, "none", feedback=feedback)
        out[self.OUTPUT_TABLE] = dest
        lines = res.lines.drop(columns=["wkb"])
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT_LINES, context, lines, "line",
                                  wkb=list(res.lines["wkb"]), wkb_type=compat.wkb_type("LineString"),
                                  feedback=feedback)
        if dest:
            styles.style_output(context, dest, "odflows", self.tr("Desire lines"))
            out[self.OUTPUT_LINES] = dest
        feedback.setProgress(100)
        return out
