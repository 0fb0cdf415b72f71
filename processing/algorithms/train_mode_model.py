"""``tracemob:trainmodemodel``: labelled legs -> a mode model file (JSON) + validation report."""
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.modes.train import format_report, train_from_legs
from .. import inputs
from ..base import TracemobAlgorithm


class TrainModeModelAlgorithm(TracemobAlgorithm):
    NAME = "trainmodemodel"
    GROUP = "modes"

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Train a mode model")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Trains a transport-mode classifier (random forest, scikit-learn) on the legs your "
            "participants labelled, for use in 'Infer transport modes'.\n\n"
            "Labels: a field of the legs and/or the user-confirmed trips (OpenPATH mode_confirm, "
            "matched by user and time). Labels are mapped to the Tracemob modes (drove_alone -> car, "
            "e-bike -> ebike, ...); not_a_trip and other are ignored.\n\n"
            "Validation leaves users out: the legs of a participant are never used both to train and "
            "to test, so the scores tell how the model does on new participants. The report gives "
            "the time-weighted agreement and the precision and recall of every mode.\n\n"
            "Small studies: by default Tracemob's synthetic reference legs (walk, bike, car, plane) are "
            "added at a low weight, so that modes few participants labelled keep sound boundaries; "
            "your labels decide wherever you have them.\n\n"
            "The model is saved as plain JSON (version, features, modes, trees): safe to share and to "
            "load, never a pickle.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Labelled legs"), [compat.TYPE_VECTOR_LINE]),
            self.tr("Legs of your study (lines whose M value is the UTC time of each vertex, from 'Segment "
                    "trips') with labels: a label field of the legs, or user-confirmed trips given below."))
        inputs.add_context_parameters(self, with_network=False)
        self.add_parameter(QgsProcessingParameterField(
            "USER_FIELD", self.tr("Field identifying the participant"), "user_id", self.INPUT,
            compat.FIELD_ANY, False, False),
            self.tr("The field naming the participant of each leg. Validation leaves participants out: the "
                    "legs of one participant are never used both to train and to test."))
        self.add_parameter(QgsProcessingParameterBoolean(
            "PRIOR", self.tr("Add Tracemob's synthetic reference legs (walk, bike, car, plane) at a low "
                             "weight"), True),
            self.tr("Add Tracemob's synthetic reference legs (walk, bike, car, plane) at a low weight, so "
                    "that modes few participants labelled keep sound boundaries; your labels decide "
                    "wherever you have them."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterNumber(
            "FOLDS", self.tr("Validation folds (groups of users left out)"), compat.NUMBER_INTEGER,
            5, False, 2, 50)),
            self.tr("Number of groups of participants for the validation: each group is left out in turn, "
                    "the model is trained on the others and scored on it."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterNumber(
            "TREES", self.tr("Number of trees"), compat.NUMBER_INTEGER, 60, False, 5, 500)),
            self.tr("Number of decision trees of the random forest: more trees give steadier answers and a "
                    "larger, slower model."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Mode model file"), self.tr("Tracemob mode model (*.json)")),
            self.tr("The trained model, a plain JSON file (version, features, modes, trees) to give to "
                    "'Infer transport modes'."))
        self.addOutput(QgsProcessingOutputNumber("AGREEMENT", self.tr("Time-weighted agreement (users left out)")))
        self.addOutput(QgsProcessingOutputNumber("COARSE_AGREEMENT", self.tr("Coarse agreement (users left out)")))
        self.addOutput(QgsProcessingOutputString("REPORT", self.tr("Validation report")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        legs, _, vertices = inputs.read_legs(self, source, context, feedback)
        motion = inputs.read_table(self, parameters, "MOTION", context, feedback)
        labels = inputs.read_table(self, parameters, "LABELS", context, feedback)
        label_field = self.parameterAsString(parameters, "LABEL_FIELD", context) \
            if parameters.get("LABEL_FIELD") else None
        user_field = self.parameterAsString(parameters, "USER_FIELD", context) or "user_id"
        out_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        feedback.setProgress(20)
        progress, is_cancelled = self.callbacks(feedback, 20.0, 95.0)
        model, report = self.run_domain(
            train_from_legs, legs, vertices, motion=motion, labels=labels, label_field=label_field,
            user_field=user_field, n_folds=self.parameterAsInt(parameters, "FOLDS", context),
            n_estimators=self.parameterAsInt(parameters, "TREES", context),
            use_prior=self.parameterAsBool(parameters, "PRIOR", context),
            progress=progress, is_cancelled=is_cancelled)
        model.save(out_path)
        text = format_report(report)
        for line in text.splitlines():
            feedback.pushInfo(line)
        return {self.OUTPUT: out_path, "AGREEMENT": report["agreement"],
                "COARSE_AGREEMENT": report["coarse_agreement"], "REPORT": text}
