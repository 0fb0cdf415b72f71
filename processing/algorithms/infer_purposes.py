"""``tracemob:inferpurposes``: trips + stays (+ confirmed labels) -> trips with a purpose, places with
home/work flags."""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.indicators import purposes
from ...tracemob_plugin.core.vocab.times import times_to_utc
from .. import frames, params, styles
from ..base import TracemobAlgorithm

STAY_FIELDS = ("stay_id", "user_id", "start_time", "end_time", "duration_s")
LABEL_FIELDS = ("user_id", "start_time", "end_time", "purpose_confirm")
MAX_REASONS_LOGGED = 50


class InferPurposesAlgorithm(TracemobAlgorithm):
    NAME = "inferpurposes"
    GROUP = "purposes"

    TRIPS = "TRIPS"
    STAYS = "STAYS"
    LABELS = "LABELS"
    TIMEZONE = "TIMEZONE"
    RADIUS = "RADIUS"
    ALLOW_WITHOUT_HOME = "ALLOW_WITHOUT_HOME"
    SHARED_LABELS = "SHARED_LABELS"
    OUTPUT = "OUTPUT"
    OUTPUT_PLACES = "OUTPUT_PLACES"
    OUTPUT_HOMEWORK = "OUTPUT_HOMEWORK"

    def displayName(self):  # noqa: N802
        return self.tr("Infer trip purposes")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Gives every trip a purpose in the groups of the French EMC² survey: home, work, study, "
            "shopping, leisure, escort, personal business and other.\n\n"
            "Places: the stays of each participant are grouped into places (clusters of stays within "
            "about 100 m, in the spirit of DBSCAN). Home is the place where the participant spends most "
            "nights (22:00-06:00, at least 2 nights observed); work or study is the place other than home "
            "where the participant regularly spends at least 3 hours of weekdays (08:00-19:00). Times "
            "are read in the time zone parameter.\n\n"
            "Purposes: a purpose confirmed by the participant (purpose_confirm, in the trips layer or in "
            "the optional confirmed trips / labels table) always wins, with purpose_source = user. "
            "Otherwise a trip to home is home, a trip to the work place is work (study when the "
            "participant's own labels call that place school), a place the participant labelled on "
            "other trips keeps that label, and the remaining trips get a purpose from the arrival time, "
            "the weekday and the time spent at the destination, with a confidence (purpose_confidence, "
            "0-1). Labels that participants gave to shops, leisure and other public places (never home or "
            "work) also count, as evidence, for the other participants' trips ending within the place "
            "radius (advanced option). is_home_work marks commutes between home and work, either way.\n\n"
            "Inputs: the trips and stays layers made by Segment trips for the same participants.\n\n"
            "Personal data: the places layer shows where each participant lives and works, and the "
            "trips carry their purposes. Keep these outputs inside the authority; publish only "
            "aggregates (for example OD flows with the minimum-participants rule) or the shareable "
            "export.\n\n"
            "When a participant has too little data for a home or a work place, the log says which "
            "participant and why. When nobody has enough data for a home the algorithm stops, unless "
            "purposes without home are allowed (advanced).")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.TRIPS, self.tr("Trips (from Segment trips)"), [compat.TYPE_VECTOR_LINE]),
            self.tr("The trips of 'Segment trips' (with origin_stay_id and destination_stay_id); a "
                    "purpose_confirm field, when present, is the participant's own answer."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.STAYS, self.tr("Stays (from Segment trips)"), [compat.TYPE_VECTOR_POINT]),
            self.tr("The stays of 'Segment trips' for the same participants: they are grouped into places, "
                    "among which home and work are found."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.LABELS, self.tr("Confirmed trips or labels with purpose_confirm (optional)"),
            [compat.TYPE_VECTOR], optional=True),
            self.tr("Confirmed trips or labels with user_id, start_time, end_time and purpose_confirm (from"
                    " the import algorithms), matched to the trips by participant and time. A confirmed "
                    "purpose always wins. Optional."))
        self.add_parameter(QgsProcessingParameterString(
            self.TIMEZONE, self.tr("Time zone of the study (nights, working hours)"), purposes.DEFAULT_TZ),
            self.tr("IANA name of the study's time zone (Europe/Paris...): nights (home) and weekday "
                    "working hours (work) are local times."))
        radius = QgsProcessingParameterNumber(
            self.RADIUS, self.tr("Place radius (m)"), compat.NUMBER_DOUBLE, 100.0, False, 10.0, 1000.0)
        compat.set_advanced(radius)
        self.add_parameter(
            radius, self.tr("Stays closer than about this distance (m) are the same place. It is also the distance "
                            "within which a trip end takes a participant's nearest place, and other participants' "
                            "labels count as evidence."))
        allow = QgsProcessingParameterBoolean(
            self.ALLOW_WITHOUT_HOME, self.tr("Infer purposes even when no participant has a home"), False)
        compat.set_advanced(allow)
        self.add_parameter(
            allow, self.tr("Go on when no participant has enough nights of data for a home (the purposes then rest"
                           " on the other rules); otherwise the algorithm stops and says why."))
        shared = QgsProcessingParameterBoolean(
            self.SHARED_LABELS, self.tr("Use the participants' labels of shops, leisure and other public places "
                                        "for everyone's trips ending there"), True)
        compat.set_advanced(shared)
        self.add_parameter(
            shared, self.tr("Let the purposes participants gave to shops, leisure and other public places (never "
                            "home or work) count, as evidence, for everyone's unlabelled trips ending within the "
                            "place radius."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Trips with purposes"), compat.TYPE_VECTOR_LINE),
            self.tr("The trips with purpose (EMC² groups: home, work, study, shopping, leisure, escort, "
                    "personal business, other), purpose_confidence (0-1), purpose_source (user or model), "
                    "the places at both ends and is_home_work."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PLACES, self.tr("Places (home and work: personal data)"), compat.TYPE_VECTOR_POINT,
            None, True, True),
            self.tr("The places of every participant (clusters of stays), with the home and work flags and "
                    "their labels. Personal data: keep it inside the authority."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_HOMEWORK, self.tr("Home and work per participant (personal data)"), compat.TYPE_VECTOR,
            None, True, False),
            self.tr("One row per participant: home and work places with their confidence, or why none was "
                    "found. Personal data: keep it inside the authority. Optional."))

    # ------------------------------------------------------------------ inputs
    def _source(self, parameters, name, context, required=True):
        if not required and not parameters.get(name):
            return None
        source = self.parameterAsSource(parameters, name, context)
        if source is None and required:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return source

    def _read_stays(self, source, context, feedback):
        names = source.fields().names()
        missing = [f for f in ("stay_id", "user_id", "start_time", "end_time") if f not in names]
        if missing:
            raise QgsProcessingException(
                self.tr("The stays layer lacks the field(s) {fields} (use the stays made by Segment trips).")
                .format(fields=", ".join(missing)))
        stays = frames.source_to_points_frame(source, context, feedback, fields=[f for f in STAY_FIELDS if f in names])
        for col in ("start_time", "end_time"):
            stays[col] = times_to_utc(stays[col])
        return stays

    def _read_labels(self, source, context, feedback):
        names = source.fields().names()
        if "purpose_confirm" not in names:
            raise QgsProcessingException(
                self.tr("The labels table has no purpose_confirm field (fields: {fields}).")
                .format(fields=", ".join(names)))
        missing = [f for f in ("user_id", "start_time", "end_time") if f not in names]
        if missing:
            raise QgsProcessingException(
                self.tr("The labels table lacks the field(s) {fields} (use the confirmed trips or labels "
                        "made by Import travel traces).").format(fields=", ".join(missing)))
        labels = frames.source_to_table_frame(source, context, feedback, fields=list(LABEL_FIELDS))
        for col in ("start_time", "end_time"):
            labels[col] = times_to_utc(labels[col])
        return labels

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        trips_source = self._source(parameters, self.TRIPS, context)
        stays_source = self._source(parameters, self.STAYS, context)
        labels_source = self._source(parameters, self.LABELS, context, required=False)
        names = trips_source.fields().names()
        missing = [f for f in ("trip_id", "user_id", "start_time", "end_time") if f not in names]
        if missing:
            raise QgsProcessingException(
                self.tr("The trips layer lacks the field(s) {fields} (use the trips made by Segment trips).")
                .format(fields=", ".join(missing)))
        trips, wkb = frames.source_to_wkb_frame(trips_source, context, feedback, crs=None)
        _, wkb_4326 = frames.source_to_wkb_frame(trips_source, context, feedback, fields=[], crs="EPSG:4326")
        ends = frames.trip_ends_from_wkb(wkb_4326)
        added = [c for c in ("origin_lon", "origin_lat", "destination_lon", "destination_lat") if c not in trips]
        for name, values in zip(("origin_lon", "origin_lat", "destination_lon", "destination_lat"), ends):
            if name in added:
                trips[name] = values
        for col in ("start_time", "end_time"):
            trips[col] = times_to_utc(trips[col])
        for col in ("origin_stay_id", "destination_stay_id"):
            if col not in trips.columns:
                feedback.pushWarning(self.tr("The trips have no {field} field: purposes come from the time of "
                                             "day only.").format(field=col))
        feedback.setProgress(10)
        stays = self._read_stays(stays_source, context, feedback)
        labels = self._read_labels(labels_source, context, feedback) if labels_source is not None else None
        feedback.setProgress(20)
        tz = self.parameterAsString(parameters, self.TIMEZONE, context) or purposes.DEFAULT_TZ
        radius = self.parameterAsDouble(parameters, self.RADIUS, context)
        allow = self.parameterAsBool(parameters, self.ALLOW_WITHOUT_HOME, context)
        shared = self.parameterAsBool(parameters, self.SHARED_LABELS, context)
        feedback.pushInfo(self.tr("{trips} trips and {stays} stays of {users} participant(s).").format(
            trips=len(trips), stays=len(stays), users=stays["user_id"].nunique()))
        progress, is_cancelled = self.callbacks(feedback, 20.0, 75.0)
        res = self.run_domain(purposes.infer_purposes_full, trips, stays, labels=labels, tz=tz, radius_m=radius,
                              require_home=not allow, shared_labels=shared, trips_name=params.source_name(trips_source, "trips"),
                              stays_name=params.source_name(stays_source, "stays"), progress=progress,
                              is_cancelled=is_cancelled)
        hw = res.homework
        for line in res.warnings[:MAX_REASONS_LOGGED]:
            feedback.pushWarning(line)
        if len(res.warnings) > MAX_REASONS_LOGGED:
            feedback.pushWarning(self.tr("... and {n} more participant(s) without home or work.").format(
                n=len(res.warnings) - MAX_REASONS_LOGGED))
        t = res.trips.drop(columns=added)
        counts = t["purpose"].value_counts()
        feedback.pushInfo(self.tr("Home found for {h} of {n} participant(s), work or study for {w}.").format(
            h=int((hw["home_place_id"] != "").sum()), n=len(hw), w=int((hw["work_place_id"] != "").sum())))
        feedback.pushInfo(self.tr("Purposes: {counts}; {user} given by the participants, {hw} home-work "
                                  "commutes.").format(
            counts=", ".join("{}={}".format(k, int(v)) for k, v in counts.items()) or "-",
            user=int((t["purpose_source"] == "user").sum()), hw=int(t["is_home_work"].sum())))
        feedback.setProgress(80)
        out = {}
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT, context, t, "line", wkb=wkb,
                                  crs=trips_source.sourceCrs(), wkb_type=trips_source.wkbType(), feedback=feedback)
        styles.style_output(context, dest, "purposes", self.tr("Trips with purposes"))
        out[self.OUTPUT] = dest
        feedback.setProgress(90)
        places = res.places.copy()
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT_PLACES, context, places, "point", feedback=feedback)
        if dest:
            styles.style_output(context, dest, "places", self.tr("Places"))
            out[self.OUTPUT_PLACES] = dest
        table = hw.copy()
        table["home_confidence"] = np.round(table["home_confidence"].astype(float), 3)
        table["work_confidence"] = np.round(table["work_confidence"].astype(float), 3)
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT_HOMEWORK, context, table, "none", feedback=feedback)
        if dest:
            out[self.OUTPUT_HOMEWORK] = dest
        feedback.setProgress(100)
        return out
