"""``tracemob:computeemissions``: legs layer -> the same legs with ``co2e_g`` and ``factor_source``.

Also holds the small glue helpers shared by the indicator algorithms (modal share, CO2 report):
reading a layer with its geometries, the factor parameters, the period parameters.
"""
import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.indicators import emissions
from .. import frames, inputs, params, sinks, styles
from ..base import TracemobAlgorithm

# ---------------------------------------------------------------------------- shared glue helpers


# ---------------------------------------------------------------------------- algorithm
class ComputeEmissionsAlgorithm(TracemobAlgorithm):
    NAME = "computeemissions"
    GROUP = "indicators"

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Compute CO2 emissions of legs")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Adds to every leg its greenhouse-gas emissions co2e_g (grams of CO2 equivalent) and the "
            "factor used (factor_source: table, version, variant, scope, occupancy).\n\n"
            "Input: a legs layer with the fields mode and distance_m (Segment trips, then the mode "
            "inference). Modes: walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, "
            "train, plane; a leg of unknown mode gets no value, nor a ferry leg (ADEME publishes no ferry factor "
            "that could be verified: add a ferry row to your own table).\n\n"
            "Factors: by default ADEME Impact CO2 (Base Empreinte), version and date in the table, in g "
            "CO2e per passenger-km. Usage counts the fuel or electricity (and contrails for planes); "
            "construction adds vehicle manufacturing, maintenance and end of life. Car factors are per "
            "vehicle-km and divided by the car occupancy; legs labelled as carpooling (carpool, "
            "shared_ride, covoiturage, in the mode field, in mode_confirm, mode_label or label, or in the "
            "label field you choose) use the carpool occupancy. Trains use the TER factor under 150 km "
            "and the TGV factor beyond; planes short, medium or long haul by distance.\n\n"
            "You may load your own factor table (CSV with the columns mode, usage_g_per_km, "
            "construction_g_per_km, unit pkm or vkm...): see resources/emission_factors/README.md.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Legs (with a mode field)"), [compat.TYPE_VECTOR]),
            self.tr("Legs with a mode field and distance_m (the output of 'Infer transport modes'); a table"
                    " without geometry works too."))
        params.add_factor_parameters(self)
        self.add_parameter(QgsProcessingParameterField(
            self.LABEL_FIELD, self.tr("Field with user mode labels, to find carpooling (optional)"), None,
            self.INPUT, compat.FIELD_ANY, False, True),
            self.tr("A field of the legs holding the participants' own mode labels, where carpooling is "
                    "told (carpool, shared_ride, covoiturage). Fields named mode_confirm, mode_label or "
                    "label are read anyway. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Legs with CO2e"), compat.TYPE_VECTOR_LINE),
            self.tr("The legs with co2e_g (grams of CO2 equivalent) and factor_source (table, version, "
                    "variant, scope, occupancy); a leg of unknown mode gets no value."))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_CO2E_KG", self.tr("Total CO2e (kg)")))
        self.addOutput(QgsProcessingOutputString("FACTOR_TABLE", self.tr("Factor table used")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        table, kwargs = params.read_factor_parameters(self, parameters, context, feedback)
        has_geometry = compat.has_geometry(source.wkbType())
        groups = inputs.leg_groups(self, source, context, feedback)
        writer = sinks.FrameSink(self, parameters, self.OUTPUT, context, "line" if has_geometry else "none",
                                 wkb_type=source.wkbType() if has_geometry else None, feedback=feedback)
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or None
        total_kg, missing_modes, n_missing, n_legs = 0.0, set(), 0, 0
        for k, where in enumerate(groups):  # partitions of whole participants: written one after the other
            if has_geometry:
                legs, wkbs = frames.source_to_wkb_frame(source, context, feedback, where=where)
            else:
                legs, wkbs = frames.source_to_table_frame(source, context, feedback, where=where), None
            feedback.setProgress(40)
            drop = [c for c in ("co2e_g", "factor_source") if c in legs.columns]
            if drop:
                if k == 0:
                    feedback.pushInfo(self.tr("The existing co2e_g and factor_source fields are recomputed."))
                legs = legs.drop(columns=drop)
            progress, is_cancelled = self.callbacks(feedback, 40.0 + 50.0 * k / len(groups),
                                                    40.0 + 50.0 * (k + 1) / len(groups))
            out = self.run_domain(emissions.compute_emissions, legs, table,
                                  source_name=params.source_name(source, "legs"), label_field=label_field,
                                  progress=progress, is_cancelled=is_cancelled, **kwargs)
            missing = out["co2e_g"].isna()
            if missing.any():
                n_missing += int(missing.sum())
                missing_modes |= set(out.loc[missing, "mode"].astype(str))
            total_kg += float(np.nansum(out["co2e_g"].to_numpy(float))) / 1000.0
            n_legs += len(out)
            writer.write(out, wkbs)
            del legs, wkbs, out
        inputs.warn_if_empty(self, feedback, source, n_legs, self.tr("legs"))
        if n_missing:
            feedback.pushWarning(self.tr("{n} leg(s) have no emission factor (modes: {modes}): co2e_g left empty.")
                                 .format(n=n_missing, modes=", ".join(sorted(missing_modes))))
        feedback.pushInfo(self.tr("{n} legs, {kg:.1f} kg CO2e in total ({scope}).").format(
            n=n_legs, kg=total_kg, scope=kwargs["scope"]))
        dest = writer.close()
        styles.style_output(context, dest, "emissions", self.tr("Legs with CO2e"))
        return {self.OUTPUT: dest, "TOTAL_CO2E_KG": total_kg, "FACTOR_TABLE": table.label}
