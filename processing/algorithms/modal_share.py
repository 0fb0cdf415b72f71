"""``tracemob:modalshare``: trips (+ legs) and zones -> counts and shares by main mode per zone."""
from qgis.core import (
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.indicators import modal_share as indicators
from ...tracemob_plugin.core.privacy.rules import min_users_warning
from ...tracemob_plugin.core.vocab.columns import ZONE_ID_CANDIDATES
from ...tracemob_plugin.toolbelt.log import log
from .. import frames, inputs, params, styles
from ..base import TracemobAlgorithm

TRIP_FIELDS = ("trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m", "main_mode", "mode")
MEASURES = indicators.MEASURES  # ("trips", "distance", "time")


class ModalShareAlgorithm(TracemobAlgorithm):
    NAME = "modalshare"
    GROUP = "indicators"

    TRIPS = "TRIPS"
    LEGS = "LEGS"
    ZONES = "ZONES"
    ZONE_FIELD = "ZONE_FIELD"
    ZONING = "ZONING"
    MIN_USERS = "MIN_USERS"
    MIN_TRIPS = "MIN_TRIPS"
    MASK_MODE_CELLS = "MASK_MODE_CELLS"
    MEASURE = "MEASURE"
    TIMEZONE = "TIMEZONE"
    WEIGHTS = "WEIGHTS"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_CHART = "OUTPUT_CHART"

    def displayName(self):  # noqa: N802
        return self.tr("Modal share by zone")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Counts trips by main mode and computes the modal shares by number of trips, by distance and "
            "by travel time, for each zone and for the whole study.\n\n"
            "Main mode: a trip gets the highest mode of its legs in this hierarchy, in the spirit of the "
            "French EMC² survey standard: plane > train > coach > ferry > metro > tram > bus > car > motorcycle > "
            "e-scooter > e-bike > bike > unknown > walk. A trip is a walking trip only when all its legs "
            "are walking. The whole trip distance and duration go to its main mode.\n\n"
            "Inputs: the trips layer (origin = first vertex) and the legs layer with a mode field (mode "
            "inference output), optionally a polygon zone layer (communes, IRIS, a grid; any CRS, "
            "reprojected) and a period. Zoning: by origin zone of the trip, or by home zone of the user "
            "(home = where the user's first trip of the day most often starts).\n\n"
            "Privacy: a zone with fewer trips or fewer distinct users than the thresholds is masked: its "
            "values are left empty. Optionally mode cells with too few users are masked too. The default "
            "is 10 distinct users; a lower threshold is logged as a warning.\n\n"
            "Outputs: the zone layer (fields n_<mode>, sh_<mode> = % of trips, km_<mode>, shkm_<mode> = "
            "% of distance, h_<mode>, shh_<mode> = % of time) styled with pie charts, a table with one "
            "row per zone and mode (zone ALL = whole study) and a PNG chart.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.TRIPS, self.tr("Trips"), [compat.TYPE_VECTOR_LINE]),
            self.tr("The trips (from 'Segment trips'); a trip starts at the first vertex of its line. With "
                    "main_mode or mode fields, the legs below are not needed."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.LEGS, self.tr("Legs with a mode field (empty: the trips carry main_mode or mode)"),
            [compat.TYPE_VECTOR], optional=True),
            self.tr("The legs with a mode field (from 'Infer transport modes'): each trip's main mode is "
                    "the highest mode of its legs (plane > train > coach > ferry > metro > tram > bus > car > "
                    "motorcycle > e-scooter > e-bike > bike > unknown > walk). Empty: the trips carry main_mode or mode."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.ZONES, self.tr("Zones (polygons; empty: whole study only)"),
            [compat.source_type("VectorPolygon")], optional=True),
            self.tr("Polygons to count the trips in (communes, IRIS, a grid...), in any CRS. Empty: only "
                    "the whole study."))
        self.add_parameter(QgsProcessingParameterField(
            self.ZONE_FIELD, self.tr("Zone identifier field (empty: detect)"), None, self.ZONES,
            compat.FIELD_ANY, False, True),
            self.tr("The field of the zones layer naming each zone. Left empty, a field named zone_id, "
                    "code_iris, insee_com, code, id, nom, name... is used."))
        self.add_parameter(self.choice_parameter(
            self.ZONING, self.tr("Trips are counted in"),
            [("origin", self.tr("The zone of their origin")), ("home", self.tr("The home zone of their user"))],
            "origin"),
            self.tr("Where a trip is counted: in the zone of its origin, or in the home zone of its "
                    "participant (home = where the participant's first trip of the day most often starts)."))
        params.add_period_parameters(self)
        params.add_privacy_parameter(
            self, self.MIN_USERS, self.tr("Mask zones with fewer distinct users than"),
            self.tr("Privacy: a zone whose trips come from fewer distinct participants than this is masked "
                    "(its values left empty). The default 10 is the project's rule; it cannot go below 2, and "
                    "lowering it is logged as a warning."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.MIN_TRIPS, self.tr("Mask zones with fewer trips than"), compat.NUMBER_INTEGER, 10, False, 0),
            self.tr("A zone with fewer trips than this in the period is masked: too few to give a share."))
        self.add_parameter(QgsProcessingParameterBoolean(
            self.MASK_MODE_CELLS, self.tr("Also mask modes used by fewer users than the threshold in a zone"),
            False),
            self.tr("Also leave empty, in each zone, the modes used by fewer participants than the privacy "
                    "threshold (a rare mode can point to a single person)."))
        self.add_parameter(self.choice_parameter(
            self.MEASURE, self.tr("Chart measure"),
            list(zip(MEASURES, [self.tr("Trips"), self.tr("Distance"), self.tr("Travel time")])), MEASURES[0]),
            self.tr("What the chart shows: the shares of the number of trips, of the distance travelled or "
                    "of the time spent travelling."))
        tz = QgsProcessingParameterString(self.TIMEZONE, self.tr("Time zone of the study (days, home)"),
                                          indicators.DEFAULT_TZ)
        compat.set_advanced(tz)
        self.add_parameter(
            tz, self.tr("IANA name of the study's time zone (Europe/Paris...): the days and the home zone are "
                        "read in local time."))
        inputs.add_weights_parameter(self, self.WEIGHTS, self.tr(
            "The weights of 'Weight the panel to the population' (a table with user_id and weight): "
            "the shares are then weighted, each trip counting its participant's weight. Counts and "
            "privacy thresholds stay on the real participants. Empty: every participant counts 1."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Modal share by zone"), compat.source_type("VectorPolygon")),
            self.tr("The zones with, for every mode, the number of trips (n_<mode>), their share "
                    "(sh_<mode>, %), the kilometres and hours (km_, h_) and their shares (shkm_, shh_); "
                    "drawn with pie charts."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Modal share table"), compat.TYPE_VECTOR, None, True, True),
            self.tr("The same figures as a table, one row per zone and mode; the zone ALL is the whole "
                    "study."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("Modal share chart (PNG)"), self.tr("PNG images (*.png)"), None, True),
            self.tr("A PNG chart of the modal shares per zone (measure chosen above). Optional."))

    # ------------------------------------------------------------------ inputs
    def _read_trips(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.TRIPS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TRIPS))
        names = source.fields().names()
        trips = frames.source_to_points_frame(source, context, feedback, fields=[f for f in TRIP_FIELDS if f in names])
        trips = trips.rename(columns={"lon": "origin_lon", "lat": "origin_lat"})
        return trips, params.source_name(source, "trips")

    def _read_legs(self, parameters, context, feedback):
        if not parameters.get(self.LEGS):
            return None, "legs"
        source = self.parameterAsSource(parameters, self.LEGS, context)
        if source is None:
            return None, "legs"
        names = source.fields().names()
        legs = frames.source_to_table_frame(source, context, feedback,
                                          fields=[f for f in ("trip_id", "user_id", "mode") if f in names])
        return legs, params.source_name(source, "legs")

    def _read_zones(self, parameters, context, feedback):
        if not parameters.get(self.ZONES):
            return None
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            return None
        field = self.parameterAsString(parameters, self.ZONE_FIELD, context) or params.guess_field(
            source.fields(), ZONE_ID_CANDIDATES)
        frame, wkb_4326 = frames.source_to_wkb_frame(source, context, feedback, crs="EPSG:4326")
        _, wkb_native = frames.source_to_wkb_frame(source, context, feedback, crs=None)
        if field:
            ids = frame[field].astype(object).where(frame[field].notna(), "").astype(str).tolist()
        else:
            ids = [str(i + 1) for i in range(len(frame))]
        keep = [i for i, w in enumerate(wkb_4326) if w is not None]
        if len(keep) < len(ids):
            feedback.pushWarning(self.tr("{n} zone(s) without geometry were ignored.").format(n=len(ids) - len(keep)))
        if len(set(ids[i] for i in keep)) < len(keep):
            feedback.pushWarning(self.tr("Zone identifiers are not unique in field '{field}'.").format(
                field=field or "-"))
        import shapely

        geoms = shapely.from_wkb([wkb_4326[i] for i in keep])
        inputs.report_zone_problems(self, feedback, [wkb_4326[i] for i in keep], [ids[i] for i in keep], source)
        geoms = shapely.make_valid(geoms)
        native = []
        for i in keep:
            g = QgsGeometry()
            g.fromWkb(wkb_native[i])
            g.convertToMultiType()
            native.append(bytes(g.asWkb()))
        feedback.pushInfo(self.tr("{n} zones; identifier field: {field}; CRS {crs} (reprojected to EPSG:4326 "
                                  "for the point-in-polygon test).").format(
            n=len(keep), field=field or "-", crs=source.sourceCrs().authid()))
        return dict(ids=[ids[i] for i in keep], geoms=geoms, native=native,
                    attributes=frame.iloc[keep].reset_index(drop=True),
                    wkb_type=QgsWkbTypes.multiType(source.wkbType()), crs=source.sourceCrs(), field=field)

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...tracemob_plugin.core.indicators import charts

        trips, trips_name = self._read_trips(parameters, context, feedback)
        legs, legs_name = self._read_legs(parameters, context, feedback)
        zones = self._read_zones(parameters, context, feedback)
        weights, replicates, _margins = inputs.read_weights(self, parameters, self.WEIGHTS, context, feedback)
        if replicates is not None:
            feedback.pushInfo(self.tr("{n} replicate weights read: each weighted trip share gets its 95 % range "
                                      "(share_trips_low, share_trips_high in the table; lo_<mode>, hi_<mode> on "
                                      "the zones).").format(n=len(replicates.columns) - 1))
        feedback.setProgress(30)
        start, end = params.read_period(self, parameters, context)
        by = self.parameterAsChoice(parameters, self.ZONING, context)
        min_users = params.read_min_users(self, parameters, context, feedback, self.MIN_USERS)
        min_trips = self.parameterAsInt(parameters, self.MIN_TRIPS, context)
        lowered = min_users_warning(min_users)
        if lowered:
            log(lowered, "warning")
        mask_cells = self.parameterAsBool(parameters, self.MASK_MODE_CELLS, context)
        tz = self.parameterAsString(parameters, self.TIMEZONE, context) or indicators.DEFAULT_TZ
        progress, is_cancelled = self.callbacks(feedback, 30.0, 70.0)
        res = self.run_domain(
            indicators.modal_share, trips, legs,
            zone_ids=zones["ids"] if zones else None, zone_geoms=zones["geoms"] if zones else None,
            by=by, start=start, end=end, min_users=min_users, min_trips=min_trips,
            min_cell_users=min_users if mask_cells else 0, tz=tz, trips_name=trips_name, legs_name=legs_name,
            weights=weights, replicate_weights=replicates, progress=progress, is_cancelled=is_cancelled)
        wide = res.zones
        if res.params.get("n_users_without_weight"):
            feedback.pushWarning(self.tr("{n} participant(s) without a weight count 0 in the weighted shares.").format(
                n=res.params["n_users_without_weight"]))
        n_masked = int(wide.loc[wide["zone_id"] != indicators.TOTAL_ZONE, "masked"].sum())
        total = wide[wide["zone_id"] == indicators.TOTAL_ZONE].iloc[0]
        feedback.pushInfo(self.tr("{n} trips in the period; {masked} zone(s) masked (fewer than {users} users or "
                                  "{trips} trips).").format(n=len(res.trips), masked=n_masked, users=min_users,
                                                            trips=min_trips))
        if total["masked"]:
            feedback.pushWarning(self.tr("The whole study has fewer users or trips than the thresholds: "
                                         "every value is masked."))
        if zones:
            outside = int((res.trips["zone_id"] == "").sum())
            if outside:
                feedback.pushInfo(self.tr("{n} trip(s) outside every zone (counted in ALL only).").format(n=outside))
        out = {}
        attrs = wide.drop(columns=["zone_index"])
        if zones:
            attrs = attrs[attrs["zone_id"] != indicators.TOTAL_ZONE].reset_index(drop=True)
            original = zones["attributes"]
            clash = [c for c in original.columns if c in attrs.columns and c != "zone_id"]
            if clash:
                feedback.pushWarning(self.tr("Zone field(s) {fields} are replaced by the computed values.").format(
                    fields=", ".join(clash)))
            keep = [c for c in original.columns if c not in attrs.columns]
            attrs = attrs[["zone_id"]].join(original[keep]).join(attrs.drop(columns=["zone_id"]))
            dest = frames.frame_to_sink(self, parameters, self.OUTPUT, context, attrs, "line", wkb=zones["native"],
                                      crs=zones["crs"], wkb_type=zones["wkb_type"], feedback=feedback)
        else:
            dest = frames.frame_to_sink(self, parameters, self.OUTPUT, context, attrs, "none",
                                      wkb_type=compat.wkb_type("MultiPolygon"), feedback=feedback)
        styles.style_output(context, dest, "modalshare", self.tr("Modal share by zone"))
        out[self.OUTPUT] = dest
        feedback.setProgress(85)
        table = res.cells.drop(columns=["zone_index"])
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT_TABLE, context, table, "none", feedback=feedback)
        if dest:
            out[self.OUTPUT_TABLE] = dest
        chart_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart_path:
            measure = self.parameterAsChoice(parameters, self.MEASURE, context)
            out[self.OUTPUT_CHART] = charts.modal_share_chart(res, chart_path, measure=measure)
        feedback.setProgress(100)
        return out
