"""``tracemob:fmdattestation``: forfait mobilités durables days per participant and year, a table and
one PDF attestation per participant (no map, no place)."""
from pathlib import Path

import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.indicators import fmd
from .. import frames, params
from ..base import TracemobAlgorithm

TRIP_FIELDS = ("trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m", "origin_stay_id",
               "destination_stay_id", "is_home_work", "purpose", "purpose_confirm", "mode", "mode_label",
               "mode_confirm", "label")
LEG_FIELDS = ("leg_id", "trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m", "mode",
              "mode_label", "mode_confirm", "label")
STAY_FIELDS = ("stay_id", "user_id", "start_time", "end_time", "duration_s", "is_activity", "n_points")


class FmdAttestationAlgorithm(TracemobAlgorithm):
    NAME = "fmdattestation"
    GROUP = "indicators"

    TRIPS = "TRIPS"
    LEGS = "LEGS"
    STAYS = "STAYS"
    YEAR = "YEAR"
    EMPLOYER = "EMPLOYER"
    RULES = "RULES"
    PARTICIPANTS = "PARTICIPANTS"
    TIMEZONE = "TIMEZONE"
    OUTPUT = "OUTPUT"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    N_ELIGIBLE = "N_ELIGIBLE"

    def displayName(self):  # noqa: N802
        return self.tr("Forfait mobilités durables attestations")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Counts, for every participant and one calendar year, the days with a home–work commute by bike, "
            "e-bike, e-scooter or carpool (as driver or passenger, from labels such as shared_ride), and "
            "applies the rules of the forfait mobilités durables (FMD). Default rules: the French public "
            "sector (décret n° 2020-543 as amended by décret n° 2022-1562): at least 30 days, then 100 € "
            "for 30 days, 200 € for 60 days, 300 € for 100 days, thresholds prorated to the working-time "
            "share and the months present. A private employer can give its own rule file (same CSV "
            "format, see resources/fmd/README.md).\n\n"
            "Only detected home–work commutes count, so a weekend or leisure ride never does; a day counts "
            "once; a commute counts when its eligible modes cover at least half of its distance (walking "
            "aside) and its mode is the eligible mode with the longest distance.\n\n"
            "Inputs: the trips with is_home_work (from Infer trip purposes) and the legs with modes (from "
            "Infer transport modes); or trips without purposes plus the stays, and home and work are "
            "detected here. Optional participants table: user_id, name (or pseudonym, default the user "
            "id), working_time_share (0–1 or %), months_present (0–12).\n\n"
            "Outputs: a table with one row per participant (days by mode, total, prorated threshold, "
            "amount, eligible, status) and a folder with one PDF attestation per participant "
            "(fmd_<year>_<user>_<key>.pdf). The attestations show no map, place, address or coordinate.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.TRIPS, self.tr("Trips (with is_home_work, from Infer trip purposes)"), [compat.TYPE_VECTOR]),
            self.tr("The trips with is_home_work (from 'Infer trip purposes'); only home-work commutes "
                    "count. Trips without it need the stays below, and home and work are then found here."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.LEGS, self.tr("Legs with modes (from Infer transport modes)"), [compat.TYPE_VECTOR], None, True),
            self.tr("The legs with their modes (from 'Infer transport modes'): a commute counts when its "
                    "eligible modes (bike, e-bike, e-scooter, carpool) cover at least half of its distance,"
                    " walking aside."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.STAYS, self.tr("Stays (only to detect home and work when the trips have no is_home_work)"),
            [compat.TYPE_VECTOR_POINT], None, True),
            self.tr("The stays of 'Segment trips', used only to find home and work when the trips have no "
                    "is_home_work field."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.YEAR, self.tr("Year"), compat.NUMBER_INTEGER, pd.Timestamp.now().year - 1, False, 2000, 2100),
            self.tr("The calendar year of the attestations: the days of that year are counted."))
        self.add_parameter(QgsProcessingParameterString(
            self.EMPLOYER, self.tr("Employer (printed on the attestations)"), "", False, True),
            self.tr("The employer's name, printed on every attestation. Optional."))
        self.add_parameter(QgsProcessingParameterFile(
            self.RULES, self.tr("Rule file (CSV; empty: French public sector, décret 2022-1562)"),
            compat.FILE_BEHAVIOR_FILE, "csv", None, True),
            self.tr("A CSV file of FMD rules (minimum days, amounts by number of days, proration; see "
                    "resources/fmd/README.md). Empty: the French public sector (décret n° 2020-543 as "
                    "amended by décret n° 2022-1562)."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.PARTICIPANTS, self.tr("Participants table (user_id, name, working_time_share, months_present)"),
            [compat.TYPE_VECTOR], None, True),
            self.tr("A table with user_id and, when known, name (or a pseudonym; default the user id), "
                    "working_time_share (0-1 or %) and months_present (0-12), to prorate the thresholds. "
                    "Optional."))
        tz = QgsProcessingParameterString(self.TIMEZONE, self.tr("Time zone of the days"), fmd.DEFAULT_TZ)
        compat.set_advanced(tz)
        self.add_parameter(
            tz, self.tr("IANA name of the study's time zone (Europe/Paris...): a day is a local calendar day."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("FMD days and amounts per participant"), compat.TYPE_VECTOR),
            self.tr("One row per participant: days by mode, total days, prorated threshold, amount, "
                    "eligible and status."))
        self.add_parameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Folder of the PDF attestations"), None, True),
            self.tr("A folder for one PDF attestation per participant (fmd_<year>_<user>_<key>.pdf), without any "
                    "map, place or address. Optional."))
        self.addOutput(QgsProcessingOutputNumber(self.N_ELIGIBLE, self.tr("Number of eligible participants")))

    def _table(self, parameters, name, context, feedback, fields, points=False):
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return None, None
        names = source.fields().names()
        keep = [f for f in fields if f in names] if fields else None
        if points:
            frame = frames.source_to_points_frame(source, context, feedback, fields=keep)
        else:
            frame = frames.source_to_table_frame(source, context, feedback, fields=keep)
        return frame, source

    def _source_paths(self, parameters, context):
        paths = []
        for name in (self.TRIPS, self.LEGS, self.STAYS, self.PARTICIPANTS):
            layer = self.parameterAsVectorLayer(parameters, name, context) if parameters.get(name) else None
            if layer is not None and layer.source():
                paths.append(layer.source().split("|")[0])
        rules = self.parameterAsFile(parameters, self.RULES, context) if parameters.get(self.RULES) else ""
        if rules:
            paths.append(rules)
        return [p for p in paths if p and Path(p).exists()]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        trips, tsource = self._table(parameters, self.TRIPS, context, feedback, TRIP_FIELDS)
        if trips is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TRIPS))
        feedback.setProgress(10)
        legs, _ = self._table(parameters, self.LEGS, context, feedback, LEG_FIELDS)
        if legs is None and "mode" not in trips.columns:
            raise QgsProcessingException(self.tr(
                "Give the legs with modes (Infer transport modes), or trips that have a mode field."))
        stays = None
        if "is_home_work" not in trips.columns:
            stays, _ = self._table(parameters, self.STAYS, context, feedback, STAY_FIELDS, points=True)
            if stays is None:
                raise QgsProcessingException(self.tr(
                    "The trips have no is_home_work field: run Infer trip purposes first, or give the stays "
                    "so that home and work are detected here."))
            feedback.pushInfo(self.tr("The trips have no is_home_work field: home and work are detected from "
                                      "the stays."))
        elif parameters.get(self.STAYS):
            feedback.pushInfo(self.tr("The trips already have is_home_work: the stays are not used."))
        parts, psource = self._table(parameters, self.PARTICIPANTS, context, feedback, None)
        feedback.setProgress(25)
        self.check_cancelled(feedback)
        rules_path = self.parameterAsFile(parameters, self.RULES, context) if parameters.get(self.RULES) else ""
        rules = self.run_domain(fmd.read_rules, rules_path or None)
        feedback.pushInfo(self.tr("FMD rules: {label} ({file})").format(label=rules.label, file=rules.file))
        year = self.parameterAsInt(parameters, self.YEAR, context)
        tz = self.parameterAsString(parameters, self.TIMEZONE, context) or fmd.DEFAULT_TZ
        employer = self.parameterAsString(parameters, self.EMPLOYER, context).strip()
        progress, is_cancelled = self.callbacks(feedback, 25.0, 60.0)
        if parts is not None:
            parts = self.run_domain(fmd.normalise_participants, parts, file=params.source_name(psource, "participants"))
        result = self.run_domain(fmd.fmd_attestations, trips, year, legs=legs, stays=stays, rules=rules,
                                 participants=parts, tz=tz, trips_name=params.source_name(tsource, "trips"),
                                 progress=progress, is_cancelled=is_cancelled)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        table = result.table
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        out = {}
        table["pdf"] = ""
        if folder:
            progress, is_cancelled = self.callbacks(feedback, 60.0, 95.0)
            paths = self.run_domain(fmd.write_attestations, result, folder, employer=employer,
                                    protect=self._source_paths(parameters, context), progress=progress,
                                    is_cancelled=is_cancelled)
            table["pdf"] = table["user_id"].map(paths).fillna("")
            out[self.OUTPUT_FOLDER] = folder
            feedback.pushInfo(self.tr("{n} attestation(s) written to {folder}").format(n=len(paths), folder=folder))
        n_eligible = int(table["eligible"].sum())
        feedback.pushInfo(self.tr("{year}: {n} participant(s), {eligible} eligible, {amount:.0f} {currency} in "
                                  "total.").format(year=year, n=len(table), eligible=n_eligible,
                                                   amount=float(table["amount"].sum()), currency=rules.currency))
        out[self.OUTPUT] = frames.frame_to_sink(self, parameters, self.OUTPUT, context, table, "none", feedback=feedback)
        out[self.N_ELIGIBLE] = n_eligible
        feedback.setProgress(100)
        return out
