"""``tracemob:beforeafter``: did a circulation plan change travel times, traffic, routes and modes?

Legs (or points with leg ids) are map-matched to the road network like ``tracemob:segmenttraveltimes``;
``core.compare.beforeafter.before_after`` then compares the two periods per segment, direction and time band,
per zone (modal share), for rerouting through the study area and against a control area, with
participant-bootstrap confidence intervals. Outputs are styled with diverging colours (blue = faster or
better, red = slower or worse) and a one-page HTML summary is written.
"""
import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.compare.periods import EXCLUDE_HOLIDAYS, WEEKDAYS_ONLY
from ...tracemob_plugin.core.indicators.charts import mode_label
from ...tracemob_plugin.core.trips.rebuild import trips_from_leg_vertices
from ...tracemob_plugin.core.vocab.columns import ZONE_ID_CANDIDATES
from ...tracemob_plugin.core.vocab.modes import parse_mode
from .. import frames, inputs, params, roads, styles
from ..base import TracemobAlgorithm

#: Modes whose falling share is an improvement (the zones map colours "improvement_pp").
CAR_LIKE = ("car", "carpool", "motorcycle", "taxi", "plane")
TRIP_FIELDS = ("trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m", "main_mode", "mode")


def _union(polygons):
    import shapely

    return shapely.make_valid(shapely.union_all(polygons))


def _multi_wkb(geom):
    import shapely

    if geom.geom_type == "Polygon":
        geom = shapely.multipolygons([geom])
    elif geom.geom_type == "GeometryCollection":
        parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
        geom = shapely.multipolygons(list(shapely.get_parts(shapely.union_all(parts)))) if parts else geom
    return shapely.to_wkb(geom, flavor="iso")


def zones_table(modal, map_mode):
    """One row per zone from the long modal share table: totals, the mapped mode's change and, per mode,
    trips and shares before/after and the change in points."""
    ms = modal
    zones = ms.drop_duplicates("zone_id")[["zone_id", "zone_trips_before", "zone_trips_after", "users_before",
                                           "users_after", "masked"]].rename(
        columns={"zone_trips_before": "trips_before", "zone_trips_after": "trips_after"}).set_index("zone_id")
    zones["masked"] = ms.groupby("zone_id")["masked"].all().reindex(zones.index).to_numpy(bool)
    mapped = ms[ms["mode"] == map_mode].set_index("zone_id")
    zones["map_mode"] = map_mode
    for src, dst in (("share_before", "share_before"), ("share_after", "share_after"), ("change_pp", "change_pp"),
                     ("change_ci_low", "change_ci_low"), ("change_ci_high", "change_ci_high")):
        zones[dst] = mapped[src].reindex(zones.index).to_numpy(float)
    weighted = "change_pp_weighted" in ms.columns
    zones["weighted"] = weighted
    suffix = ""
    if weighted:    # the map then shows the change weighted to the population, the raw one beside
        suffix = "_weighted"
        for col in ("share_before_weighted", "share_after_weighted", "change_pp_weighted", "change_weighted_ci_low",
                    "change_weighted_ci_high"):
            zones[col] = mapped[col].reindex(zones.index).to_numpy(float)
    flag = mapped["flag" + suffix].reindex(zones.index)
    zones["flag"] = flag.where(flag.notna(), "insufficient sample").to_numpy(object)
    sign = -1.0 if map_mode in CAR_LIKE else 1.0
    zones["improvement_pp"] = sign * zones["change_pp" + suffix]
    for mode in ms["mode"].drop_duplicates():
        m = ms[ms["mode"] == mode].set_index("zone_id")
        zones["trips_{}_before".format(mode)] = m["trips_before"].reindex(zones.index).to_numpy(float)
        zones["trips_{}_after".format(mode)] = m["trips_after"].reindex(zones.index).to_numpy(float)
        zones["share_{}_before".format(mode)] = m["share_before"].reindex(zones.index).to_numpy(float)
        zones["share_{}_after".format(mode)] = m["share_after"].reindex(zones.index).to_numpy(float)
        zones["change_{}_pp".format(mode)] = m["change_pp"].reindex(zones.index).to_numpy(float)
    return zones.reset_index()


class BeforeAfterAlgorithm(TracemobAlgorithm):
    NAME = "beforeafter"
    GROUP = "comparison"

    OUTPUT_SEGMENTS = "OUTPUT_SEGMENTS"
    OUTPUT_ZONES = "OUTPUT_ZONES"
    OUTPUT_MODAL_SHARE = "OUTPUT_MODAL_SHARE"
    OUTPUT_REROUTING = "OUTPUT_REROUTING"
    OUTPUT_DID = "OUTPUT_DID"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    OUTPUT_TRANSIT = "OUTPUT_TRANSIT"

    def displayName(self):  # noqa: N802
        return self.tr("Before / after comparison of a circulation plan")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Shows what changed with a circulation plan (a street closed, a one-way reversed, a low-traffic "
            "neighbourhood), street by street and mode by mode, and whether each change is real or within "
            "the margin of error.\n\n"
            "Inputs: the legs of 'Infer transport modes' (or 'Segment trips'), or a points layer with a leg "
            "identifier; optionally the trips layer (without it, trips are rebuilt from the legs' trip_id); "
            "the road network (any line layer, any CRS); the date the plan came into force, or two explicit "
            "periods (dates are local days in the study's time zone; an end date is included); a study-area "
            "polygon layer, and optionally a control area elsewhere in town (not overlapping the study "
            "area) and zones for the modal share (default: the study and control areas).\n\n"
            "Like is compared with like: by default only weekdays are kept and French public holidays "
            "are left out (two options to untick); time bands are local hours (e.g. 7-9,9-16,16-19).\n\n"
            "How sure: every 95 % range comes from re-drawing the participants at random (bootstrap, "
            "'replicates' times): one very active participant cannot make a change look certain. A change is "
            "'significant' when its 95 % range does not include 1 (no change); 'insufficient sample' when a period has "
            "fewer traversals (trips) or participants than the minimums. Values seen by fewer participants "
            "than the privacy threshold are not published.\n\n"
            "Outputs:\n"
            "- Street segments per direction and time band: median travel time before and after "
            "(tt_before_s, tt_after_s), ratio after/before with its 95 % range (ratio_ci_low, "
            "ratio_ci_high), traversals per day before and after and their ratio, participants, flag. Blue: "
            "faster, red: slower, grey: no clear change or too few data. Filter by band (band = '07-09'); "
            "without a filter, each segment shows its largest clear change.\n"
            "- Zones: the share of the mapped mode (default car) before and after, the change in "
            "percentage points with its 95 % range, and for every mode its trips and shares. Blue: improved "
            "(fewer car trips, or more walking, cycling and public transport trips), red: worsened.\n"
            "- Rerouting: the share of trips crossing the study area, before and after, between the same "
            "origins and destinations.\n"
            "- With a control area: the difference-in-differences, so that a citywide trend is not read as "
            "the plan's effect.\n"
            "- A one-page HTML summary: the headline changes with their uncertainty, the sample sizes and "
            "what cannot be concluded.\n\n"
            "Participant weights (optional, from 'Weight the panel to the population'): the modal shares and "
            "the traffic volumes are then also given weighted to the population (fields ending in _weighted, "
            "the raw panel's beside), with 95 % ranges from the replicate weights when the weights have them; "
            "the zones map and the summary show the weighted change and name the margins. Travel times, "
            "rerouting, the control-area comparison and the privacy threshold stay on the real participants.") + \
            "\n\n" + self.tr("With the option 'Dask cluster' on (Processing > Options > Providers > Tracemob, or the "
                             "environment variable TRACEMOB_CLUSTER), the map matching of the legs runs on that "
                             "cluster by partitions of whole participants; the outputs are the same.")

    def initAlgorithm(self, config=None):  # noqa: N802
        inputs.add_trace_parameters(self)
        self.add_parameter(QgsProcessingParameterFeatureSource(
            "TRIPS", self.tr("Trips (for modal share and rerouting; empty: rebuilt from the legs' trip_id)"),
            [compat.TYPE_VECTOR_LINE], None, True),
            self.tr("The trips (from 'Segment trips'), for the modal share and the rerouting; their lines "
                    "are the routes checked against the study area. Empty: trips are rebuilt from the legs'"
                    " trip_id."))
        roads.add_network_parameters(self)
        self._add_period_parameters()
        self._add_area_parameters()
        self._add_statistics_parameters()
        self._add_output_parameters()

    def _add_period_parameters(self):
        """The change date or the two periods, the day filters, the time bands and the time zone."""
        self.add_parameter(QgsProcessingParameterDateTime(
            "CHANGE_DATE", self.tr("Date the plan came into force (before: earlier data; after: from that day)"),
            optional=True),
            self.tr("The day the plan came into force (a local day of the study's time zone): the data "
                    "before it make the before period, the data from it on the after period. Leave it empty"
                    " to give two explicit periods instead."))
        for name, label, help_text in (
                ("BEFORE_START", self.tr("Or: before period, first day"),
                 self.tr("Instead of a change date: the first day of the period before the plan (a local day "
                         "of the study; a date and time starts there).")),
                ("BEFORE_END", self.tr("Before period, last day (included)"),
                 self.tr("The last day of the period before the plan, included (a date and time ends just "
                         "before it). The two periods must not overlap.")),
                ("AFTER_START", self.tr("After period, first day"),
                 self.tr("The first day of the period after the plan, on or after the end of the before "
                         "period.")),
                ("AFTER_END", self.tr("After period, last day (included)"),
                 self.tr("The last day of the period after the plan, included (a date and time ends just "
                         "before it)."))):
            self.add_parameter(QgsProcessingParameterDateTime(name, label, optional=True), help_text)
        self.add_parameter(QgsProcessingParameterBoolean(
            "WEEKDAYS_ONLY", self.tr("Weekdays only (Monday to Friday)"), WEEKDAYS_ONLY),
            self.tr("Keep Monday to Friday only (local days) in both periods, so that working days are "
                    "compared with working days. On by default; untick it to keep the weekends."))
        self.add_parameter(QgsProcessingParameterBoolean(
            "EXCLUDE_HOLIDAYS", self.tr("Leave out French public holidays"), EXCLUDE_HOLIDAYS),
            self.tr("Leave out the French public holidays (Easter Monday, Ascension, Whit Monday and the "
                    "fixed ones) in both periods. On by default; untick it to keep them."))
        params.add_band_parameters(self)

    def _add_area_parameters(self):
        """The study and control areas, the zones of the modal share and the mapped mode."""
        self.add_parameter(QgsProcessingParameterFeatureSource(
            "STUDY_AREA", self.tr("Study area (polygons; any CRS)"), [compat.source_type("VectorPolygon")]),
            self.tr("The polygon(s) where the plan acts (any CRS): segments inside it are flagged, the "
                    "modal share is computed for it when no zones are given, and rerouting counts the trips"
                    " that cross it."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            "CONTROL_AREA", self.tr("Control area, outside the study area (polygons; optional)"),
            [compat.source_type("VectorPolygon")], None, True),
            self.tr("Polygon(s) elsewhere in town, not overlapping the study area, where the plan changes "
                    "nothing: the difference-in-differences subtracts its trend so that a citywide change "
                    "is not read as the plan's effect. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            "ZONES", self.tr("Zones for the modal share (polygons; empty: the study and control areas)"),
            [compat.source_type("VectorPolygon")], None, True),
            self.tr("Polygons for the modal share before and after (any CRS). Empty: the study area and, "
                    "when given, the control area."))
        self.add_parameter(QgsProcessingParameterField(
            "ZONE_FIELD", self.tr("Zone identifier field (empty: detect)"), None, "ZONES", compat.FIELD_ANY,
            False, True),
            self.tr("The field of the zones layer naming each zone. Left empty, a field named zone_id, "
                    "code_iris, insee_com, code, id, nom, name... is used."))
        self.add_parameter(QgsProcessingParameterString(
            "MAP_MODE", self.tr("Mode whose share colours the zones map"), "car", False, False),
            self.tr("The mode whose share colours the zones map (car by default): blue where it improved "
                    "(fewer car trips, or more walking, cycling and public transport), red where it "
                    "worsened. A code (car, bike, bus...) or its French name (voiture, vélo, bus, marche, "
                    "métro...), in any case, with or without accents."))

    def _add_statistics_parameters(self):
        """The legs used, the bootstrap, the minimum samples, the rerouting cells, the privacy threshold and the
        participant weights."""
        params.add_mode_parameters(self)
        inputs.add_weights_parameter(self, "WEIGHTS", self.tr(
            "The weights of 'Weight the panel to the population': the modal shares and traffic volumes are then "
            "also weighted to the population (share_before_weighted, change_pp_weighted, "
            "volume_ratio_weighted...), each with its 95 % range from the replicate weights (rw_001...) when "
            "the table has them, else from the participant bootstrap with the weights kept. Travel times, "
            "counts and the privacy threshold stay on the real participants. Empty: unweighted."))
        self.add_parameter(QgsProcessingParameterNumber(
            "N_BOOT", self.tr("Bootstrap replicates (more: steadier 95 % ranges, slower)"),
            compat.NUMBER_INTEGER, 1000, False, 50, 100000),
            self.tr("How many times the participants are re-drawn at random to compute the 95 % ranges "
                    "(bootstrap): more replicates give steadier ranges but take longer."))
        self.add_parameter(QgsProcessingParameterNumber(
            "SEED", self.tr("Random seed (the same seed gives the same ranges)"), compat.NUMBER_INTEGER, 0, False,
            0),
            self.tr("Seed of the random draws of the bootstrap: the same seed gives exactly the same ranges"
                    " on the same data."))
        self.add_parameter(QgsProcessingParameterNumber(
            "MIN_TRAVERSALS", self.tr("Minimum traversals per segment, direction, band and period"),
            compat.NUMBER_INTEGER, 5, False, 1),
            self.tr("A segment, direction and band with fewer traversals than this in either period is "
                    "flagged 'insufficient sample': no conclusion is drawn from it."))
        self.add_parameter(QgsProcessingParameterNumber(
            "MIN_TRIPS", self.tr("Minimum trips per zone and period"), compat.NUMBER_INTEGER, 10, False, 1),
            self.tr("A zone with fewer trips than this in either period is flagged 'insufficient sample' "
                    "and its modal share is not compared."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterNumber(
            "OD_CELL_M", self.tr("Rerouting: trips start and end in the same squares of this size (m)"),
            compat.NUMBER_DOUBLE, 500.0, False, 50.0, 10000.0)),
            self.tr("Rerouting compares the same journeys before and after: trips whose origins and "
                    "destinations fall in the same squares of this size (m). Larger squares keep more trips"
                    " but mix different journeys."))
        params.add_privacy_parameter(self)

    def _add_output_parameters(self):
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SEGMENTS, self.tr("Before / after: travel times by street"), compat.TYPE_VECTOR_LINE),
            self.tr("One line per street segment, direction and time band: median travel time before and "
                    "after, their ratio with its 95 % range, traversals per day, participants and the flag "
                    "(significant, not significant, insufficient sample)."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_ZONES, self.tr("Before / after: modal share by zone"),
            compat.source_type("VectorPolygon"), None, True, True),
            self.tr("The zones with the share of the mapped mode before and after, the change in percentage"
                    " points with its 95 % range and, for every mode, its trips and shares. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MODAL_SHARE, self.tr("Before / after: modal share table (zone x mode)"),
            compat.TYPE_VECTOR, None, True, False),
            self.tr("The modal share as a table, one row per zone and mode, with the change and its 95 % "
                    "range. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_REROUTING, self.tr("Before / after: rerouting"), compat.TYPE_VECTOR, None, True, True),
            self.tr("The share of trips crossing the study area before and after, for the same origins and "
                    "destinations, with its 95 % range. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DID, self.tr("Before / after: difference-in-differences with the control area"),
            compat.TYPE_VECTOR, None, True, True),
            self.tr("With a control area: the difference-in-differences of travel time and traffic volume, "
                    "study area against control area, with their 95 % ranges. Optional."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_REPORT, self.tr("Before / after: one-page summary (HTML)"), self.tr("HTML files (*.html)"),
            None, True, True),
            self.tr("A one-page HTML summary for decision makers: the headline changes with their "
                    "uncertainty, the sample sizes and what cannot be concluded. Optional."))
        self.add_parameter(QgsProcessingParameterFile(
            "GTFS", self.tr("GTFS feed, for the public-transport sections (optional)"), compat.FILE_BEHAVIOR_FILE,
            "", None, True, self.tr("GTFS feed (*.zip *.txt);;All files (*)")),
            self.tr("For a bus-priority scheme (a bus lane, signal priority): the GTFS feed 'Infer transport modes'"
                    " matched the legs to (they carry transit_route). The run times of every stop-to-stop section"
                    " ridden ('Public-transport performance') are compared before and after, per route, section "
                    "and time band, with the same periods, bootstrap and privacy rule as the streets. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRANSIT, self.tr("Before / after: public-transport run times by section"),
            compat.TYPE_VECTOR_LINE, None, True, True),
            self.tr("With a GTFS feed: one line per route, stop-to-stop section and time band, drawn along the "
                    "route: median run time before and after, their ratio with its 95 % range, commercial speeds,"
                    " passages, participants and the flag. Optional."))

    # ------------------------------------------------------------------ inputs
    def _periods(self, parameters, context):
        change = params.read_date(self, parameters, "CHANGE_DATE", context)
        bounds = [params.read_date(self, parameters, n, context)
                  for n in ("BEFORE_START", "BEFORE_END", "AFTER_START", "AFTER_END")]
        if change and any(bounds):
            raise QgsProcessingException(self.tr(
                "Give either the date the plan came into force or the two periods, not both."))
        if change:
            return dict(change=change)
        if not (bounds[0] or bounds[1]) or not (bounds[2] or bounds[3]):
            raise QgsProcessingException(self.tr(
                "Give the date the plan came into force, or the first and last days of the before and after "
                "periods."))
        return dict(before=(bounds[0], bounds[1]), after=(bounds[2], bounds[3]))

    def _trips(self, parameters, context, feedback, all_legs, all_vertices, tz):
        """``(trips, legs with mode or None, routes)`` for the modal share and rerouting."""
        legs_modes = all_legs if "mode" in all_legs.columns and "trip_id" in all_legs.columns else None
        if parameters.get("TRIPS"):
            source = self.parameterAsSource(parameters, "TRIPS", context)
            if source is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, "TRIPS"))
            names = source.fields().names()
            if "trip_id" not in names:
                raise QgsProcessingException(self.tr(
                    "The trips layer has no field 'trip_id' (fields: {fields}). Use the trips output of 'Segment "
                    "trips'.").format(fields=", ".join(names)))
            trips = frames.source_to_points_frame(source, context, feedback,
                                                fields=[f for f in TRIP_FIELDS if f in names])
            trips = trips.rename(columns={"lon": "origin_lon", "lat": "origin_lat"})
            routes = frames.source_to_vertices_frame(source, context, feedback, "trip_id")
            routes["trip_id"] = routes["trip_id"].astype(str)
            trips["trip_id"] = trips["trip_id"].astype(str)
            missing = [c for c in ("user_id", "start_time") if c not in trips.columns]
            if missing:
                raise QgsProcessingException(self.tr(
                    "The trips layer lacks the field(s) {fields}. Use the trips output of 'Segment trips'.").format(
                        fields=", ".join(missing)))
            if "duration_s" not in trips.columns or "distance_m" not in trips.columns:
                g = routes.groupby("trip_id")
                trips["duration_s"] = trips["trip_id"].map(
                    (g["time"].max() - g["time"].min()).dt.total_seconds())
                trips["distance_m"] = np.nan
            feedback.pushInfo(self.tr("Trips: layer '{name}', {n} trips.").format(
                name=params.source_name(source, "trips"), n=len(trips)))
            if "main_mode" not in trips.columns and "mode" not in trips.columns and legs_modes is None:
                feedback.pushWarning(self.tr("Neither the trips nor the legs have a mode: the modal share is not "
                                             "computed."))
                trips["main_mode"] = "unknown"
            return trips, legs_modes, routes
        if "trip_id" not in all_legs.columns:
            feedback.pushWarning(self.tr("No trips layer and the legs have no trip_id: the modal share and the "
                                         "rerouting are not computed."))
            return None, None, None
        trips, routes = trips_from_leg_vertices(all_legs, all_vertices)
        feedback.pushInfo(self.tr("Trips rebuilt from the legs' trip_id: {n} trips.").format(n=len(trips)))
        if legs_modes is None:
            feedback.pushWarning(self.tr("The legs have no mode: the modal share is not computed."))
            trips["main_mode"] = "unknown"
        return trips, legs_modes, routes

    def _areas(self, parameters, context, feedback):
        study = inputs.read_polygons(self, parameters, "STUDY_AREA", context, feedback)
        if study is None:
            raise QgsProcessingException(self.tr("Give the study area (a polygon layer)."))
        study_geom = _union(study[1])
        control = inputs.read_polygons(self, parameters, "CONTROL_AREA", context, feedback)
        control_geom = _union(control[1]) if control else None
        feedback.pushInfo(self.tr("Study area: {n} polygon(s) (CRS {crs}){control}.").format(
            n=len(study[1]), crs=study[2].sourceCrs().authid(),
            control=self.tr("; control area: {n} polygon(s)").format(n=len(control[1])) if control else ""))
        return study_geom, control_geom

    def _zones(self, parameters, context, feedback, study, control):
        """(dict {zone id: polygon}, {zone id: WKB}) for the modal share."""
        if parameters.get("ZONES"):
            source = self.parameterAsSource(parameters, "ZONES", context)
            field = (self.parameterAsString(parameters, "ZONE_FIELD", context) if parameters.get("ZONE_FIELD")
                     else None) or (params.guess_field(source.fields(), ZONE_ID_CANDIDATES) if source else None)
            ids, geoms, _ = inputs.read_polygons(self, parameters, "ZONES", context, feedback, id_field=field)
            if len(set(ids)) < len(ids):
                feedback.pushWarning(self.tr("Zone identifiers are not unique in field '{field}': zones with the "
                                             "same identifier are merged.").format(field=field or "-"))
            zones = {}
            for i, g in zip(ids, geoms):
                zones[i] = _union([zones[i], g]) if i in zones else g
            feedback.pushInfo(self.tr("Zones: {n}; identifier field: {field}.").format(n=len(zones),
                                                                                      field=field or "-"))
        else:
            zones = {self.tr("study area"): study}
            if control is not None:
                zones[self.tr("control area")] = control
        return zones, {k: _multi_wkb(g) for k, g in zones.items()}

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import shapely

        from ...tracemob_plugin.core.compare import beforeafter
        from ...tracemob_plugin.core.compare.areas import check_areas
        from ...tracemob_plugin.core.compare.periods import make_periods
        from ...tracemob_plugin.core.compare.report import write_summary_html
        from ...tracemob_plugin.core.roads.network import segment_wkb

        tz = params.read_timezone(self, parameters, context)
        _, blist = params.read_bands(self, parameters, context)
        min_users = params.read_min_users(self, parameters, context, feedback)
        periods = self._periods(parameters, context)
        map_mode = self.run_domain(parse_mode, self.parameterAsString(parameters, "MAP_MODE", context) or "car",
                                   "MAP_MODE")
        weekdays = self.parameterAsBool(parameters, "WEEKDAYS_ONLY", context)
        holidays = self.parameterAsBool(parameters, "EXCLUDE_HOLIDAYS", context)
        # check the periods before the long steps (overlap, order, unreadable dates)
        self.run_domain(make_periods, periods.get("change"), periods.get("before"),
                        periods.get("after"), tz, weekdays, holidays)
        study, control = self._areas(parameters, context, feedback)
        self.run_domain(check_areas, study, control)
        all_legs, all_vertices, trace_source = inputs.read_traces(self, parameters, context, feedback)
        legs = params.filter_modes(self, parameters, context, feedback, all_legs)
        vertices = all_vertices[all_vertices["leg_id"].isin(set(legs["leg_id"]))].reset_index(drop=True)
        trips, trip_legs, routes = self._trips(parameters, context, feedback, all_legs, all_vertices, tz)
        zones, zone_wkb = self._zones(parameters, context, feedback, study, control)
        feedback.setProgress(10)
        net, _ = roads.read_network(self, parameters, context, feedback, trace_source)
        feedback.setProgress(15)
        motor_only = params.motor_only(self, parameters, context)
        match = roads.match_legs(self, parameters, context, feedback, net, legs, vertices, motor_only, 15.0, 50.0)
        self.check_cancelled(feedback)
        lines = shapely.from_wkb(segment_wkb(net))
        mid = shapely.line_interpolate_point(lines, 0.5, normalized=True)
        segments = pd.DataFrame({"segment_id": net.segments["segment_id"].astype(str).to_numpy(),
                                 "lon": shapely.get_x(mid), "lat": shapely.get_y(mid),
                                 "name": net.segments["name"].astype(object).where(
                                     net.segments["name"].notna(), "").astype(str).to_numpy()})
        modes = None
        if "mode" in legs.columns and self.parameterAsChoice(parameters, "MODE_FILTER", context) != "all":
            modes = sorted(set(legs["mode"].dropna().astype(str).str.lower()))
        bands = {label: (s, e) for label, s, e in blist}
        weights, replicates, margins = inputs.read_weights(self, parameters, "WEIGHTS", context, feedback)
        progress, is_cancelled = self.callbacks(feedback, 50.0, 90.0)
        res = self.run_domain(
            beforeafter.before_after, match.traversals, trips=trips, legs=trip_legs, routes=routes,
            segments=segments, zones=zones, study_area=study, control_area=control, bands=bands, tz=tz,
            weekdays_only=weekdays, exclude_holidays=holidays,
            n_boot=self.parameterAsInt(parameters, "N_BOOT", context),
            seed=self.parameterAsInt(parameters, "SEED", context), min_users=min_users,
            min_traversals=self.parameterAsInt(parameters, "MIN_TRAVERSALS", context),
            min_trips=self.parameterAsInt(parameters, "MIN_TRIPS", context), modes=modes,
            od_cell_m=self.parameterAsDouble(parameters, "OD_CELL_M", context), weights=weights,
            replicate_weights=replicates, margins=margins, progress=progress, is_cancelled=is_cancelled, **periods)
        for w in res.warnings:
            if "Privacy threshold lowered" not in w:
                feedback.pushWarning(w)
        for sentence in res.summary.get("cannot_conclude", []):
            feedback.pushWarning(sentence)
        out = {}
        out[self.OUTPUT_SEGMENTS] = self._write_segments(parameters, context, feedback, net, res.segments)
        feedback.setProgress(93)
        if res.modal_share is not None:
            if map_mode not in set(res.modal_share["mode"]):
                feedback.pushWarning(self.tr("No trip has the main mode '{mode}' (modes: {modes}): the zones map "
                                             "has nothing to colour.").format(
                    mode=map_mode, modes=", ".join(sorted(set(res.modal_share["mode"])))))
            wide = zones_table(res.modal_share, map_mode)
            wide = wide[wide["zone_id"].isin(zone_wkb)].reset_index(drop=True)
            dest = frames.frame_to_sink(self, parameters, self.OUTPUT_ZONES, context, wide, "polygon",
                                      wkb=[zone_wkb[z] for z in wide["zone_id"]],
                                      wkb_type=compat.wkb_type("MultiPolygon"),
                                      crs=QgsCoordinateReferenceSystem("EPSG:4326"), feedback=feedback)
            if dest:
                styles.style_output(context, dest, "beforeafter_zones",
                                  self.tr("Change of the {mode} share by zone").format(
                                      mode=mode_label(map_mode).lower()))
                out[self.OUTPUT_ZONES] = dest
            dest = frames.frame_to_sink(self, parameters, self.OUTPUT_MODAL_SHARE, context, res.modal_share, "none",
                                      feedback=feedback)
            if dest:
                out[self.OUTPUT_MODAL_SHARE] = dest
        for name, table in ((self.OUTPUT_REROUTING, res.rerouting), (self.OUTPUT_DID, res.did)):
            if table is not None:
                dest = frames.frame_to_sink(self, parameters, name, context, table, "none", feedback=feedback)
                if dest:
                    out[name] = dest
        transit = self._transit(parameters, context, feedback, all_legs, all_vertices, periods, bands, tz, weekdays,
                                holidays, min_users)
        if transit:
            out[self.OUTPUT_TRANSIT] = transit
        report = self.parameterAsFileOutput(parameters, self.OUTPUT_REPORT, context) \
            if parameters.get(self.OUTPUT_REPORT) else ""
        if report:
            out[self.OUTPUT_REPORT] = self.run_domain(write_summary_html, res, report)
        seg = res.segments
        if seg is not None:
            s = res.summary.get("segments", {})
            feedback.pushInfo(self.tr(
                "{cells} segment x direction x band cells: {slower} significantly slower, {faster} significantly "
                "faster, {none} without clear change, {ins} with too few data.").format(
                    cells=len(seg), slower=s.get("significant_slower", 0), faster=s.get("significant_faster", 0),
                    none=s.get("not_significant", 0), ins=s.get("insufficient", 0)))
        feedback.setProgress(100)
        return out

    def _transit(self, parameters, context, feedback, legs, vertices, periods, bands, tz, weekdays, holidays,
                 min_users):
        """The public-transport sections compared before and after (with a GTFS feed), or None."""
        feed = inputs.read_gtfs_feed(self, parameters, context, feedback)
        if feed is None:
            return None
        if "transit_route" not in legs.columns:
            raise QgsProcessingException(self.tr(
                "The legs have no transit_route field: run 'Infer transport modes' with the GTFS feed first."))
        from ...tracemob_plugin.core.compare.transit import compare_transit_sections

        table = self.run_domain(compare_transit_sections, legs, vertices, feed, bands=bands, tz=tz,
                                weekdays_only=weekdays, exclude_holidays=holidays,
                                n_boot=self.parameterAsInt(parameters, "N_BOOT", context),
                                seed=self.parameterAsInt(parameters, "SEED", context), min_users=min_users,
                                min_traversals=self.parameterAsInt(parameters, "MIN_TRAVERSALS", context), **periods)
        wkb = list(table.pop("wkb"))
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT_TRANSIT, context, table, "line", wkb=wkb,
                                    wkb_type=compat.WKB_LINESTRING, crs=QgsCoordinateReferenceSystem("EPSG:4326"),
                                    feedback=feedback)
        styles.style_output(context, dest, "beforeafter_segments",
                            self.tr("Before / after: public-transport run times by section"))
        flags = table["flag"].value_counts().to_dict() if "flag" in table.columns else {}
        feedback.pushInfo(self.tr("{n} route x section x band cells of public transport compared: {flags}.").format(
            n=len(table), flags=flags))
        return dest

    def _write_segments(self, parameters, context, feedback, net, seg):
        from ...tracemob_plugin.core.roads.network import segment_wkb

        if seg is None or not len(seg):
            raise QgsProcessingException(self.tr("No segment could be compared between the two periods."))
        table = seg.copy()
        table["segment_id"] = pd.to_numeric(table["segment_id"]).astype(np.int64)
        table["direction"] = pd.to_numeric(table["direction"]).astype(np.int64)
        attrs = roads.segment_attributes(net, table["segment_id"])
        rest = table.iloc[:, 3:]
        rest = rest.drop(columns=[c for c in attrs.columns if c in rest.columns])   # e.g. the street name
        table = pd.concat([table.iloc[:, :3], attrs, rest], axis=1)
        wkb = segment_wkb(net, table["segment_id"], table["direction"])
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT_SEGMENTS, context, table, "line", wkb=wkb,
                                  wkb_type=compat.WKB_LINESTRING, crs=QgsCoordinateReferenceSystem("EPSG:4326"),
                                  feedback=feedback)
        styles.style_output(context, dest, "beforeafter_segments", self.tr("Before / after: travel times by street"))
        return dest
