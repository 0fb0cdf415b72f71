"""``tracemob:transitperformance``: legs with their public-transport route (from 'Infer transport modes' with a GTFS
feed) + the GTFS feed -> run time, commercial speed and delay per route, stop-to-stop section and time band."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.privacy import rules as privacy
from .. import frames, inputs, params, styles
from ..base import TracemobAlgorithm


class TransitPerformanceAlgorithm(TracemobAlgorithm):
    NAME = "transitperformance"
    GROUP = "network"

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Public-transport performance (run times per stop-to-stop section)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "How fast the buses, trams, metros and trains run between their stops, measured on the riders' traces: "
            "the evidence for a bus lane or a priority scheme.\n\n"
            "Inputs: the legs written by 'Infer transport modes' run with a GTFS feed (they carry transit_route, "
            "the route each ride was matched to; lines whose M value is the time), and the same GTFS feed. Each "
            "leg's track is compared with the stops of its route, in their order: the vehicle leaves a stop at the"
            " last moment the track is within 25 m of it, and the time between leaving two consecutive stops is the"
            " section's run time (running time plus the dwell at the second stop, as the timetable's departure "
            "times). Sections slower than 7.2 km/h (the walk to the boarding stop along the route, the wait at "
            "it) and the last section of each ride (the rider left the stop on foot) are left out.\n\n"
            "Output: one line per route, section (from stop, to stop: each direction is its own section, drawn "
            "along the route's shape on its side of the street) and time band. Fields: n_passages, n_users "
            "(distinct participants), run_time_median_s and run_time_p85_s, speed_kmh (commercial speed: the "
            "section's length over the median run time), scheduled_s (the timetable's median time for that "
            "section and band), delay_s (observed median minus scheduled: positive = slower than planned), "
            "low_sample (fewer passages than the minimum sample) and masked (seen by fewer participants than the"
            " privacy threshold: values hidden, the timetable kept). The map colours the sections by commercial "
            "speed, red under 10 km/h; grey = too few passages to tell.\n\n"
            "'Before / after comparison of a circulation plan', given the same legs and GTFS feed, compares these "
            "sections before and after a bus-priority scheme: the change of run time per section with its range.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Legs with modes (from 'Infer transport modes' with a GTFS feed)"),
            [compat.TYPE_VECTOR_LINE]),
            self.tr("The legs of 'Infer transport modes' run with a GTFS feed: lines whose M value is the UTC time"
                    " of each vertex, with leg_id, user_id and transit_route (the matched route's name). Legs "
                    "without a route are left out."))
        self.add_parameter(QgsProcessingParameterFile(
            "GTFS", self.tr("GTFS feed (.zip, or any .txt file of its folder)"), compat.FILE_BEHAVIOR_FILE, "", None,
            False, self.tr("GTFS feed (*.zip *.txt);;All files (*)")),
            self.tr("The GTFS feed 'Infer transport modes' matched the legs to (the .zip, or any .txt file of an "
                    "unzipped feed): its routes' stops in order, their shapes (the sections' geometry) and the "
                    "timetable (the scheduled times and the delay)."))
        params.add_band_parameters(self)
        self.add_parameter(QgsProcessingParameterString(
            "TIMEZONE", self.tr("Time zone of the bands (empty: the GTFS feed's)"), "", False, True),
            self.tr("IANA name of the time zone of the time bands (Europe/Paris...). Empty: the GTFS feed's "
                    "agency time zone."))
        self.add_parameter(QgsProcessingParameterNumber(
            "MIN_PASSAGES", self.tr("Minimum sample: passages per route, section and band"),
            compat.NUMBER_INTEGER, 5, False, 1),
            self.tr("A route, section and band with fewer passages than this is flagged low_sample: its figures "
                    "are shown but are not reliable."))
        params.add_privacy_parameter(self)
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Public-transport sections"), compat.TYPE_VECTOR_LINE),
            self.tr("One line per route, stop-to-stop section and time band: passages, participants, median and "
                    "85th percentile run time, commercial speed, scheduled time, delay, low_sample and masked."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...tracemob_plugin.core.indicators.transit_performance import transit_performance

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        bands_text, _ = params.read_bands(self, parameters, context)
        tz = (self.parameterAsString(parameters, "TIMEZONE", context) or "").strip() or None
        min_users = params.read_min_users(self, parameters, context, feedback)
        feed = inputs.read_gtfs_feed(self, parameters, context, feedback)
        feedback.setProgress(10)
        legs, _, vertices = inputs.read_legs(self, source, context, feedback)
        if "transit_route" not in legs.columns:
            raise QgsProcessingException(self.tr(
                "The legs have no transit_route field: run 'Infer transport modes' with the GTFS feed first."))
        keep = legs["transit_route"].notna() & (legs["transit_route"].astype(str) != "")
        legs = legs[keep]
        vertices = vertices[vertices["leg_id"].isin(set(legs["leg_id"]))]
        feedback.pushInfo(self.tr("{n} legs with a public-transport route.").format(n=len(legs)))
        feedback.setProgress(30)
        progress, is_cancelled = self.callbacks(feedback, 30.0, 85.0)
        stats = self.run_domain(transit_performance, legs, vertices, feed, bands=bands_text, tz=tz,
                                min_users=min_users,
                                min_passages=self.parameterAsInt(parameters, "MIN_PASSAGES", context),
                                progress=progress, is_cancelled=is_cancelled)
        self.push_domain_warnings(feedback, stats, skip=privacy.min_users_warning(min_users))
        counts = stats.attrs.get("counts", {})
        published = stats[~stats["masked"]]
        feedback.pushInfo(self.tr(
            "{cells} route x section x band cells from {sections} ridden sections of {legs} legs; {pub} published, "
            "{low} of them below the minimum sample.").format(
                cells=len(stats), sections=counts.get("sections", "-"), legs=counts.get("legs_on_pattern", "-"),
                pub=len(published), low=int(published["low_sample"].sum())))
        table = stats.drop(columns=["band_index", "wkb"]).reset_index(drop=True)
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT, context, table, "line", wkb=list(stats["wkb"]),
                                    wkb_type=compat.WKB_LINESTRING, crs=QgsCoordinateReferenceSystem("EPSG:4326"),
                                    feedback=feedback)
        styles.style_output(context, dest, "transit_performance", self.tr("Public-transport sections"))
        feedback.setProgress(100)
        return {self.OUTPUT: dest}
