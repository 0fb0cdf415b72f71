"""``tracemob:segmenttraveltimes``: legs (or points with leg ids) + a road network -> travel times per
road segment, direction and time-of-day band.

Also holds the glue shared with ``tracemob:beforeafter``: reading the legs or points, the mode
filter, the road network layer (any CRS, reprojected to WGS84, one-way field detected), the time
bands, the privacy threshold, and map matching the legs.
"""
import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.privacy import rules as privacy
from .. import cluster, frames, inputs, params, roads, styles
from ..base import TracemobAlgorithm

# ---------------------------------------------------------------------------------------- parameters


# ---------------------------------------------------------------------------------------- readers


FREE_FLOW = ("p15", "night", "limit")
PARTIAL = ("drop", "prorate")


# ---------------------------------------------------------------------------------------- algorithm
class SegmentTravelTimesAlgorithm(TracemobAlgorithm):
    NAME = "segmenttraveltimes"
    GROUP = "network"

    OUTPUT = "OUTPUT"
    OUTPUT_TRAVERSALS = "OUTPUT_TRAVERSALS"
    OUTPUT_CHART = "OUTPUT_CHART"

    def displayName(self):  # noqa: N802
        return self.tr("Segment travel times")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Travel times street by street: the legs are matched to your road network (hidden Markov model "
            "map matching, after Newson and Krumm), each road segment driven gets an entry and an exit time, "
            "and the travel times are summarised per segment, direction and time-of-day band.\n\n"
            "Inputs: the legs of 'Segment trips' or 'Infer transport modes' (lines whose M value is the time "
            "of each point), or a points layer with a leg identifier field (used only when no legs layer is "
            "given). The road network is any line layer (an OpenStreetMap extract, the IGN BD TOPO "
            "'troncon_de_route' layer...) in any CRS: it is reprojected to WGS84, cut at junctions into "
            "segments, and its one-way field (OSM oneway, BD TOPO sens) is read so that nobody is matched "
            "against a one-way street.\n\n"
            "Legs used: by default motorised road traffic only (car, carpool, bus, motorcycle...; walking, "
            "cycling, rail and plane legs and legs of unknown mode are left out). Legs without a mode field "
            "are all used, with a warning.\n\n"
            "Time bands are local hours (time zone parameter), e.g. 7-9,9-16,16-19 for the morning peak, the "
            "day and the evening peak; a band may wrap midnight (22-6). Segments cut at the start or end of a "
            "leg (partial traversals) are dropped, or pro-rated to the whole segment when at least half of "
            "it was driven.\n\n"
            "Output: one line per segment, direction and time band, drawn in the direction of travel (each "
            "direction on its own side of the road). Filter it with the band field (e.g. band = '07-09') to "
            "map one period. Fields: n_traversals, n_users (distinct participants), tt_mean_s, tt_median_s, "
            "tt_p85_s (travel time in seconds), speed_median_kmh, free_flow_tt_s (the free-flow travel "
            "time: by default the time of the fastest 15 % of traversals over the whole day), speed_ratio "
            "(free-flow time / median time: 1 = free flow, 0.5 = twice as slow), delay_s (median minus "
            "free-flow time), low_sample (fewer traversals or participants than the minimum sample) and "
            "masked (seen by fewer participants than the privacy threshold: values hidden). With participant "
            "weights, traversals_weighted gives the population's traversals (weighted volume), beside the "
            "raw count. The map colours "
            "the segments by speed ratio, from green (flowing) to red (congested); grey = too few trips to "
            "tell. Without a filter, each segment shows its most congested band.\n\n"
            "Optional outputs: the table of every traversal (one row per segment driven by a leg, with its "
            "entry and exit times) and a PNG chart of the median and 85th percentile travel times per band "
            "of the busiest segments (or of the segments you list).") + "\n\n" + cluster.help_text()

    def initAlgorithm(self, config=None):  # noqa: N802
        inputs.add_trace_parameters(self)
        roads.add_network_parameters(self)
        params.add_mode_parameters(self)
        params.add_band_parameters(self)
        params.add_period_parameters(self)
        self.add_parameter(self.choice_parameter(
            "PARTIAL", self.tr("Segments cut at the start or end of a leg"),
            list(zip(PARTIAL, [self.tr("Drop them"),
                               self.tr("Pro-rate them to the whole segment (when at least half is driven)")])),
            PARTIAL[0]),
            self.tr("A leg usually starts and ends inside a segment: such partial traversals are dropped, "
                    "or their time is pro-rated to the whole segment when at least half of it was driven."))
        self.add_parameter(QgsProcessingParameterNumber(
            "MIN_TRAVERSALS", self.tr("Minimum sample: traversals per segment, direction and band"),
            compat.NUMBER_INTEGER, 5, False, 1),
            self.tr("A segment, direction and band with fewer traversals than this is flagged low_sample: "
                    "its figures are shown but are not reliable."))
        self.add_parameter(QgsProcessingParameterNumber(
            "MIN_SAMPLE_USERS", self.tr("Minimum sample: distinct participants per segment, direction and band"),
            compat.NUMBER_INTEGER, 3, False, 1),
            self.tr("A segment, direction and band driven by fewer distinct participants than this is "
                    "flagged low_sample (a few people's habits do not make a travel time)."))
        params.add_privacy_parameter(self)
        self.add_parameter(compat.set_advanced(self.choice_parameter(
            "FREE_FLOW", self.tr("Free-flow travel time (reference of the speed ratio)"),
            list(zip(FREE_FLOW, [self.tr("Fastest 15 % of the segment's traversals over the day"),
                                 self.tr("Median at night (22 h - 6 h), else the fastest 15 %"),
                                 self.tr("Length at the speed limit")])), FREE_FLOW[0])),
            self.tr("The reference of the speed ratio and the delay: the time of the fastest 15 % of the "
                    "segment's traversals over the day, the median at night (22 h - 6 h) where the segment "
                    "was driven at night (else the fastest 15 %), or the segment's length at the speed limit."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterBoolean(
            "WEEKDAYS_ONLY", self.tr("Weekdays only (Monday to Friday)"), False)),
            self.tr("Use only the traversals of Monday to Friday (local days), to compare working days with"
                    " working days."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterString(
            "CHART_SEGMENTS", self.tr("Segments to chart (segment_id values, comma-separated; empty: the 6 "
                                      "busiest)"), "", False, True)),
            self.tr("The segment_id values to chart, comma-separated. Empty: the 6 segments with the most "
                    "traversals."))
        inputs.add_weights_parameter(self, "WEIGHTS", self.tr(
            "The weights of 'Weight the panel to the population': each segment, direction and band then also "
            "gets traversals_weighted, the sum of the weights of the participants of its traversals (the "
            "population's traversals in the period), with its 95 % range (traversals_weighted_low, _high) "
            "when the weights have replicates, and margins (what the weights were raked to). Travel times, "
            "low_sample and the privacy threshold stay on the real participants. Empty: unweighted."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Segment travel times"), compat.TYPE_VECTOR_LINE),
            self.tr("One line per segment, direction and time band, drawn in the direction of travel: "
                    "traversals, participants, mean, median and 85th percentile travel times, median speed,"
                    " free-flow time, speed ratio, delay, low_sample and masked."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRAVERSALS, self.tr("Segment traversals"), compat.TYPE_VECTOR, None, True, False),
            self.tr("Every traversal of a segment by a leg, with its entry and exit times (UTC), travel "
                    "time and covered length. Optional."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("Travel-time chart of the busiest segments (PNG)"),
            self.tr("PNG images (*.png)"), None, True, False),
            self.tr("A PNG chart of the median and 85th percentile travel times per band of the busiest "
                    "segments (or of the segments listed above). Optional."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...tracemob_plugin.core.roads import traveltimes
        from ...tracemob_plugin.core.roads.charts import segment_chart
        from ...tracemob_plugin.core.roads.network import segment_wkb

        tz = params.read_timezone(self, parameters, context)
        bands_text, blist = params.read_bands(self, parameters, context)
        min_users = params.read_min_users(self, parameters, context, feedback)
        legs, vertices, trace_source = inputs.read_traces(self, parameters, context, feedback)
        legs = params.filter_modes(self, parameters, context, feedback, legs)
        vertices = vertices[vertices["leg_id"].isin(set(legs["leg_id"]))].reset_index(drop=True)
        start, end = params.read_period(self, parameters, context)
        legs, vertices = inputs.prefilter_period(self, feedback, legs, vertices, start, end)
        feedback.setProgress(10)
        net, _ = roads.read_network(self, parameters, context, feedback, trace_source)
        feedback.setProgress(20)
        motor_only = params.motor_only(self, parameters, context)
        match = roads.match_legs(self, parameters, context, feedback, net, legs, vertices, motor_only, 20.0, 75.0)
        self.check_cancelled(feedback)
        partial = self.parameterAsChoice(parameters, "PARTIAL", context)
        weights, replicates, margins = inputs.read_weights(self, parameters, "WEIGHTS", context, feedback)
        stats = self.run_domain(
            traveltimes.segment_travel_times, match.traversals, net, bands=bands_text, tz=tz, start=start,
            end=end, partial=partial, min_traversals=self.parameterAsInt(parameters, "MIN_TRAVERSALS", context),
            min_sample_users=self.parameterAsInt(parameters, "MIN_SAMPLE_USERS", context), min_users=min_users,
            free_flow=self.parameterAsChoice(parameters, "FREE_FLOW", context),
            weekdays_only=self.parameterAsBool(parameters, "WEEKDAYS_ONLY", context), weights=weights,
            replicate_weights=replicates, margins=margins)
        self.push_domain_warnings(feedback, stats, skip=privacy.min_users_warning(min_users))
        counts = stats.attrs.get("counts", {})
        published = stats[~stats["masked"]]
        feedback.pushInfo(self.tr(
            "{cells} segment x direction x band cells on {segs} segments from {used} complete traversals "
            "({total} matched); {pub} published, {low} of them below the minimum sample.").format(
                cells=len(stats), segs=stats["segment_id"].nunique(), used=counts.get("used", "-"),
                total=counts.get("input", "-"), pub=len(published), low=int(published["low_sample"].sum())))
        feedback.setProgress(85)

        out = {}
        table = stats.drop(columns=["band_index"]).reset_index(drop=True)
        attrs = roads.segment_attributes(net, table["segment_id"])
        for col in attrs.columns:
            if col in table.columns:
                table = table.drop(columns=[col])
        table = pd.concat([table.iloc[:, :3], attrs, table.iloc[:, 3:]], axis=1)
        table["direction"] = table["direction"].astype(np.int64)
        wkb = segment_wkb(net, table["segment_id"], table["direction"])
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT, context, table, "line", wkb=wkb,
                                  wkb_type=compat.WKB_LINESTRING, crs=QgsCoordinateReferenceSystem("EPSG:4326"),
                                  feedback=feedback)
        styles.style_output(context, dest, "segment_travel_times", self.tr("Segment travel times"))
        out[self.OUTPUT] = dest
        feedback.setProgress(90)
        if parameters.get(self.OUTPUT_TRAVERSALS):
            trav = match.traversals.copy()
            dest = frames.frame_to_sink(self, parameters, self.OUTPUT_TRAVERSALS, context, trav, "none", feedback=feedback)
            if dest:
                out[self.OUTPUT_TRAVERSALS] = dest
        chart_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context) \
            if parameters.get(self.OUTPUT_CHART) else ""
        if chart_path:
            ids = self._chart_segments(parameters, context, stats)
            out[self.OUTPUT_CHART] = self.run_domain(segment_chart, stats, ids, chart_path)
        feedback.setProgress(100)
        return out

    def _chart_segments(self, parameters, context, stats):
        text = self.parameterAsString(parameters, "CHART_SEGMENTS", context) or ""
        wanted = [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]
        if not wanted:
            return None
        known = set(stats["segment_id"].tolist())
        ids = []
        for t in wanted:
            try:
                sid = int(float(t))
            except ValueError:
                sid = None
            if sid is None or sid not in known:
                raise QgsProcessingException(self.tr(
                    "Segment '{sid}' has no travel times: give segment_id values of the output layer.").format(sid=t))
            ids.append(sid)
        return ids
