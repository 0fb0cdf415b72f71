"""``tracemob:weightpanel``: participants + population margins -> one weight per participant (raking)."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.indicators import weighting
from .. import frames, params
from ..base import TracemobAlgorithm

DIAGNOSTIC_COLUMNS = ("variable", "category", "population", "n_participants", "target_share", "unweighted_share",
                      "reached_share", "difference_points")


class WeightPanelAlgorithm(TracemobAlgorithm):
    NAME = "weightpanel"
    GROUP = "indicators"

    PARTICIPANTS = "PARTICIPANTS"
    USER_FIELD = "USER_FIELD"
    VARIABLES = "VARIABLES"
    MARGINS = "MARGINS"
    TRIM_LOW = "TRIM_LOW"
    TRIM_HIGH = "TRIM_HIGH"
    MAX_ITER = "MAX_ITER"
    REPLICATES = "REPLICATES"
    OUTPUT = "OUTPUT"
    OUTPUT_DIAGNOSTICS = "OUTPUT_DIAGNOSTICS"

    def displayName(self):  # noqa: N802
        return self.tr("Weight the panel to the population")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Gives each participant a weight so that the weighted panel matches the population: the same "
            "shares by age band, sex, home zone... as the census (raking, or iterative proportional fitting: "
            "the weights are adjusted to one variable after the other until every margin is reached).\n\n"
            "Inputs: a participants table (user_id and one field per variable, e.g. age_band, sex, "
            "home_zone) and a margins table (a CSV file or a layer with the columns variable, category, "
            "population: one row per category, e.g. age_band, 18-29, 12000). The category names must be "
            "written as in the participants table.\n\n"
            "INSEE census tables are also read as published: the base table 'Évolution et structure de la "
            "population' by commune (CODGEO) or by IRIS (IRIS, COM), a CSV file separated by ';' with the "
            "columns PYY_H0014 ... PYY_H75P (or PYY_H7589 and PYY_H90P) and PYY_F0014 ... for men and women. "
            "They give the margins age_band (0-14, 15-29, 30-44, 45-59, 60-74, 75+), sex (F, H) and, when the "
            "participants table has a home_commune field (home_iris for an IRIS table) holding INSEE codes, "
            "the population per commune: only the rows of the participants' communes are then used. Without "
            "that field, every row of the table is summed: give the study's communes only.\n\n"
            "Trimming: the weights are kept between two bounds relative to the mean weight (default 0.3 "
            "and 3), then raked again, so that a few participants never carry a large part of the "
            "results. Bounds too tight for the panel's bias leave some margins unreached: the messages "
            "say so.\n\n"
            "A participant with an empty field, or a category absent from the margins, gets no weight; "
            "each one is listed in the messages with the reason.\n\n"
            "Outputs: a table of user_id, weight (and the participant's fields), to give to 'Modal share by "
            "zone' (Weights), and a diagnostics table: for every category, its target share, the share "
            "reached and the difference in points. The messages give the design effect (Kish) and the "
            "effective sample size: the number of unweighted participants giving the same precision.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.PARTICIPANTS, self.tr("Participants (a table with user_id and attributes)"), [compat.TYPE_VECTOR]),
            self.tr("One row per participant: the identifier and the attributes to weight on (age band, sex, "
                    "home zone...). A layer or a table without geometry (CSV, spreadsheet)."))
        self.add_parameter(QgsProcessingParameterField(
            self.USER_FIELD, self.tr("Participant identifier field"), "user_id", self.PARTICIPANTS,
            compat.FIELD_ANY, False, True),
            self.tr("The field of the participants table holding the participant identifier (user_id of "
                    "the trips)."))
        self.add_parameter(QgsProcessingParameterField(
            self.VARIABLES, self.tr("Fields to weight on (empty: every variable of the margins)"), None,
            self.PARTICIPANTS, compat.FIELD_ANY, True, True),
            self.tr("The participant fields to rake on; each must be a variable of the margins table. Empty: "
                    "every variable of the margins table."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.MARGINS, self.tr("Population margins (variable, category, population)"), [compat.TYPE_VECTOR]),
            self.tr("The population count of every category of every variable: a CSV file or a table with "
                    "the columns variable, category, population (e.g. census counts by age band, sex and "
                    "home zone), or an INSEE 'Évolution et structure de la population' table as published "
                    "(by commune or IRIS; see the help)."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.TRIM_LOW, self.tr("Lowest weight, relative to the mean weight"), compat.NUMBER_DOUBLE,
            weighting.DEFAULT_TRIM[0], False, 0.0, 1.0),
            self.tr("Weights below this multiple of the mean weight are raised to it, and the margins raked "
                    "again. 0: no lower bound."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.TRIM_HIGH, self.tr("Highest weight, relative to the mean weight"), compat.NUMBER_DOUBLE,
            weighting.DEFAULT_TRIM[1], False, 1.0),
            self.tr("Weights above this multiple of the mean weight are lowered to it, and the margins raked "
                    "again: no participant carries too large a part of the results."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.MAX_ITER, self.tr("Maximum number of iterations"), compat.NUMBER_INTEGER,
            weighting.DEFAULT_MAX_ITER, False, 1),
            self.tr("The most passes over the variables; the raking stops sooner when every margin is "
                    "reached (within a millionth)."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.REPLICATES, self.tr("Bootstrap replicate weights (0: none)"), compat.NUMBER_INTEGER, 0, False, 0,
            1000),
            self.tr("How many bootstrap replicates to add as columns rw_001, rw_002...: each draws the "
                    "participants again with replacement and rakes them again to the margins. 'Modal share by "
                    "zone' then gives each weighted share a 95 % range that includes the uncertainty of the "
                    "weights. 200 is usual; 0: weights only."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Participant weights"), compat.TYPE_VECTOR),
            self.tr("One row per participant: user_id, weight (empty for a participant left out), the "
                    "participant's fields and margins (the margins table and the variables raked on, which the "
                    "weighted outputs repeat)."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_DIAGNOSTICS, self.tr("Weighting diagnostics"), compat.TYPE_VECTOR, None, True, True),
            self.tr("One row per category: population, participants, target share, unweighted share and "
                    "reached share (%), and the difference between reached and target, in points."))

    def _read_table(self, parameters, name, context, feedback):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return frames.source_to_table_frame(source, context, feedback), params.source_name(source, name.lower())

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        participants, name = self._read_table(parameters, self.PARTICIPANTS, context, feedback)
        margins_frame, margins_name = self._read_table(parameters, self.MARGINS, context, feedback)
        feedback.setProgress(10)
        user_field = self.parameterAsString(parameters, self.USER_FIELD, context) or "user_id"
        variables = self.parameterAsFields(parameters, self.VARIABLES, context) or None
        margins, note = self.run_domain(weighting.margins_from_table, margins_frame, margins_name, participants)
        if note:
            feedback.pushInfo(note)
        trim = (self.parameterAsDouble(parameters, self.TRIM_LOW, context),
                self.parameterAsDouble(parameters, self.TRIM_HIGH, context))
        progress, is_cancelled = self.callbacks(feedback, 10.0, 80.0)
        res = self.run_domain(weighting.rake, participants, margins, variables=variables, trim=trim,
                              max_iter=self.parameterAsInt(parameters, self.MAX_ITER, context), user_col=user_field,
                              name=name, progress=progress, is_cancelled=is_cancelled)
        self._report(res, feedback)
        out_frame = res.weights.join(participants.drop(columns=[user_field]).reset_index(drop=True)
                                     .drop(columns=["user_id", "weight", "margins"], errors="ignore"))
        out_frame["margins"] = "{name} ({variables})".format(name=margins_name, variables=", ".join(
            res.margins["variable"].drop_duplicates()))
        n_boot = self.parameterAsInt(parameters, self.REPLICATES, context)
        if n_boot:
            if n_boot < 20:
                raise QgsProcessingException(self.tr("Give 0 or at least 20 replicate weights (200 is usual)."))
            progress, is_cancelled = self.callbacks(feedback, 80.0, 88.0)
            reps = self.run_domain(weighting.replicate_weights, participants, margins, variables=variables,
                                   n_boot=n_boot, trim=trim, user_col=user_field, is_cancelled=is_cancelled)
            out_frame = out_frame.drop(columns=weighting.replicate_columns(out_frame)).join(
                reps.drop(columns=["user_id"]))
            feedback.pushInfo(self.tr("{n} replicate weights added (rw_001...): each a bootstrap sample of the "
                                      "participants raked again to the margins.").format(n=len(reps.columns) - 1))
        out = {self.OUTPUT: frames.frame_to_sink(self, parameters, self.OUTPUT, context, out_frame, "none",
                                                 feedback=feedback)}
        feedback.setProgress(90)
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT_DIAGNOSTICS, context,
                                    res.margins[list(DIAGNOSTIC_COLUMNS)], "none", feedback=feedback)
        if dest:
            out[self.OUTPUT_DIAGNOSTICS] = dest
        feedback.setProgress(100)
        return out

    def _report(self, res, feedback):
        s = res.summary
        feedback.pushInfo(self.tr("{n} participants weighted, {x} left out; weights from {min:.3g} to {max:.3g} "
                                  "(5th percentile {p5:.3g}, median {median:.3g}, 95th percentile {p95:.3g}).").format(
            n=s["n_weighted"], x=s["n_excluded"], min=s["min"], max=s["max"], p5=s["p5"], median=s["median"],
            p95=s["p95"]))
        feedback.pushInfo(self.tr("Design effect (Kish): {deff:.3f}; effective sample size: {ess:.1f} "
                                  "participants.").format(deff=s["design_effect"], ess=s["effective_n"]))
        if s["converged"]:
            feedback.pushInfo(self.tr("Every margin reached after {n} iteration(s) (largest difference "
                                      "{d:.3f} points).").format(n=s["iterations"], d=s["max_difference_points"]))
        else:
            feedback.pushWarning(self.tr("The margins are not all reached after {n} iterations: largest "
                                         "difference {d:.2f} points. Widen the trimming bounds or allow more "
                                         "iterations.").format(n=s["iterations"], d=s["max_difference_points"]))
        for row in res.excluded.itertuples():
            feedback.pushWarning(self.tr("Participant {user} left out: {reason}.").format(user=row.user_id,
                                                                                         reason=row.reason))
