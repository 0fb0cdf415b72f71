"""``tracemob:co2report``: legs -> monthly CO2e and distance per user and mode, with each user's
standing among the others (percentile, median of the others), and a PNG chart."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.indicators import modal_share as indicators
from ...tracemob_plugin.core.privacy.rules import DEFAULT_MIN_USERS, min_users_warning
from .. import frames, inputs, params
from ..base import TracemobAlgorithm

LEG_FIELDS = ("leg_id", "trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m", "mode",
              "co2e_g", "mode_confirm", "mode_label", "label")


class Co2ReportAlgorithm(TracemobAlgorithm):
    NAME = "co2report"
    GROUP = "indicators"

    LEGS = "LEGS"
    MIN_OTHERS = "MIN_OTHERS"
    USER = "USER"
    TIMEZONE = "TIMEZONE"
    WEIGHTS = "WEIGHTS"
    OUTPUT = "OUTPUT"
    OUTPUT_BY_MODE = "OUTPUT_BY_MODE"
    OUTPUT_STUDY = "OUTPUT_STUDY"
    OUTPUT_CHART = "OUTPUT_CHART"

    def displayName(self):  # noqa: N802
        return self.tr("Monthly CO2 report per user")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Citizen statistics: for every user and calendar month, the CO2e (kg) and the distance (km), in "
            "total and by mode, and where the user stands among the other participants of that month: "
            "percentile (share of the other users who emitted less; ties count half) and the median of the "
            "others. The comparison is left empty when fewer other users than the threshold took part that "
            "month, so that no single person's figure can be read.\n\n"
            "Input: the legs layer with mode and distance_m. When it has no co2e_g field (Compute CO2 "
            "emissions of legs), the emissions are computed here with the factor parameters.\n\n"
            "Outputs: a table per user and month, a table per user, month and mode, a table for the whole "
            "study per month and mode, and a PNG chart: the chosen user's months with the median of the "
            "others, or the study's mean per user when no user is given.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.LEGS, self.tr("Legs (with mode, and co2e_g if already computed)"), [compat.TYPE_VECTOR]),
            self.tr("Legs with mode and distance_m (from 'Infer transport modes'); with a co2e_g field "
                    "('Compute CO2 emissions of legs') the emissions are taken as they are, otherwise they "
                    "are computed here with the factors below."))
        params.add_factor_parameters(self)
        params.add_period_parameters(self)
        self.add_parameter(QgsProcessingParameterNumber(
            self.MIN_OTHERS, self.tr("Compare a user only with at least this many other users (privacy: 9, so "
                                     "that a month counts at least 10 participants)"),
            compat.NUMBER_INTEGER, DEFAULT_MIN_USERS - 1, False, 1),
            self.tr("Privacy: a participant is compared with the others of a month (percentile, median of "
                    "the others) only when at least this many other participants took part that month. The "
                    "default 9 makes at least 10 participants; lowering it is logged as a warning."))
        self.add_parameter(QgsProcessingParameterString(
            self.USER, self.tr("User of the chart (empty: whole study)"), "", False, True),
            self.tr("The participant whose months the chart shows, beside the median of the others. Empty: "
                    "the study's mean per participant."))
        tz = QgsProcessingParameterString(self.TIMEZONE, self.tr("Time zone of the months"), indicators.DEFAULT_TZ)
        compat.set_advanced(tz)
        self.add_parameter(
            tz, self.tr("IANA name of the study's time zone (Europe/Paris...): the calendar months are local "
                        "months."))
        inputs.add_weights_parameter(self, self.WEIGHTS, self.tr(
            "The weights of 'Weight the panel to the population': the study table then also gives "
            "co2e_kg_per_capita_weighted, the CO2e per person of the population rather than per "
            "participant of the panel."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("CO2 per user and month"), compat.TYPE_VECTOR),
            self.tr("CO2e (kg) and distance (km) per participant and calendar month, with the participant's"
                    " percentile among the others and the others' median."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_BY_MODE, self.tr("CO2 per user, month and mode"), compat.TYPE_VECTOR, None, True, True),
            self.tr("The same per participant, month and mode. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_STUDY, self.tr("CO2 of the study per month and mode"), compat.TYPE_VECTOR, None, True,
            True),
            self.tr("The whole study per month and mode: CO2e, distance and participants. Optional."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("CO2 chart (PNG)"), self.tr("PNG images (*.png)"), None, True),
            self.tr("A PNG chart: the chosen participant's months with the median of the others, or the "
                    "study's mean per participant. Optional."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...tracemob_plugin.core.indicators import charts

        source = self.parameterAsSource(parameters, self.LEGS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.LEGS))
        names = source.fields().names()
        legs = frames.source_to_table_frame(source, context, feedback, fields=[f for f in LEG_FIELDS if f in names])
        inputs.warn_if_empty(self, feedback, source, len(legs), self.tr("legs"))
        feedback.setProgress(30)
        table, kwargs = (None, {})
        if "co2e_g" not in legs.columns:
            feedback.pushInfo(self.tr("The legs have no co2e_g field: emissions are computed first."))
            table, kwargs = params.read_factor_parameters(self, parameters, context, feedback)
        start, end = params.read_period(self, parameters, context)
        tz = self.parameterAsString(parameters, self.TIMEZONE, context) or indicators.DEFAULT_TZ
        progress, is_cancelled = self.callbacks(feedback, 30.0, 70.0)
        scope = kwargs.pop("scope", "usage")
        min_others = self.parameterAsInt(parameters, self.MIN_OTHERS, context)
        if min_others + 1 < DEFAULT_MIN_USERS:
            feedback.pushWarning(min_users_warning(min_others + 1))
        weights, _replicates, _margins = inputs.read_weights(self, parameters, self.WEIGHTS, context, feedback)
        rep = self.run_domain(indicators.co2_report, legs, table, scope=scope, start=start, end=end, tz=tz,
                              min_others=min_others, weights=weights,
                              legs_name=params.source_name(source, "legs"), progress=progress, is_cancelled=is_cancelled,
                              **kwargs)
        if rep.params.get("n_users_without_weight"):
            feedback.pushWarning(self.tr("{n} participant(s) without a weight are left out of the weighted CO2e "
                                         "per person.").format(n=rep.params["n_users_without_weight"]))
        feedback.pushInfo(self.tr("{users} user(s), {months} month(s), {kg:.1f} kg CO2e.").format(
            users=rep.by_user["user_id"].nunique(), months=rep.by_user["month"].nunique(),
            kg=float(rep.by_user["co2e_kg"].sum())))
        out = {self.OUTPUT: frames.frame_to_sink(self, parameters, self.OUTPUT, context, rep.by_user, "none",
                                               feedback=feedback)}
        for key, frame in ((self.OUTPUT_BY_MODE, rep.by_mode), (self.OUTPUT_STUDY, rep.study)):
            dest = frames.frame_to_sink(self, parameters, key, context, frame, "none", feedback=feedback)
            if dest:
                out[key] = dest
        chart_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context)
        if chart_path:
            user = self.parameterAsString(parameters, self.USER, context).strip() or None
            if user is not None and user not in set(rep.by_user["user_id"]):
                raise QgsProcessingException(self.tr("User '{user}' has no leg in the period.").format(user=user))
            out[self.OUTPUT_CHART] = charts.co2_chart(rep, chart_path, user_id=user)
        feedback.setProgress(100)
        return out
