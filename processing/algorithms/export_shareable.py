"""``tracemob:exportshareable``: trips (+ legs, + stays) -> a package that can leave the authority.

The pseudonymisation key comes from QGIS's authentication manager: a configuration (type Basic)
whose password is the key, read in the main thread (``prepareAlgorithm``) because the
authentication database may ask for the master password. A key file is the fallback for scripts
(``qgis_process``) where no authentication database is set up. The key is never logged nor written.
"""
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.errors import InputError
from ...tracemob_plugin.core.i18n import tr
from ...tracemob_plugin.core.privacy import export as X
from ...tracemob_plugin.core.privacy.rules import check_key
from .. import frames, params, styles
from ..base import TracemobAlgorithm
from ..help import field_help

#: The parameters that set a field of ExportParams (their help is the field's docstring).
PARAMETER_OF_FIELD = {"trim_radius_m": "TRIM_RADIUS", "round_minutes": "ROUND_MINUTES", "k": "K",
                      "place_radius_m": "PLACE_RADIUS", "grid_sizes_m": "GRID_SIZES", "tz": "TIMEZONE"}

TRIP_FIELDS = ("trip_id", "user_id", "start_time", "end_time", "distance_m", "purpose", "main_mode")
LEG_FIELDS = ("leg_id", "trip_id", "user_id", "start_time", "end_time", "mode", "distance_m", "duration_s")
STAY_FIELDS = ("stay_id", "user_id", "start_time", "end_time", "duration_s", "is_activity")


def key_from_authcfg(cfg_id):
    """The password of QGIS authentication configuration ``cfg_id`` (the export key)."""
    am = QgsApplication.authManager()
    if am is None or am.isDisabled():
        raise InputError(tr("QGIS's authentication system is not available."), field="KEY_AUTHCFG",
                         hint=tr("Give a key file instead, or check QGIS's authentication settings."))
    if cfg_id not in am.availableAuthMethodConfigs():
        raise InputError(tr("No QGIS authentication configuration has the id '{id}'.").format(id=cfg_id),
                         field="KEY_AUTHCFG", hint=tr("Choose the configuration that holds the export key."))
    ok, cfg = compat.load_auth_config(am, cfg_id)
    key = cfg.config("password", "") if ok else ""
    if not ok or not key:
        raise InputError(tr("The authentication configuration '{id}' could not be read, or has no key in its "
                             "password.").format(id=cfg_id), field="KEY_AUTHCFG",
                         hint=tr("Unlock QGIS's authentication database (master password), or store the key "
                                  "as the password of a Basic configuration."))
    return key


def key_from_file(path):
    """The first line of a key file (fallback when no authentication configuration is used)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(tr("Cannot read the key file: {error}").format(error=err.strerror or err),
                         file=str(path)) from None
    return text.strip().splitlines()[0].strip() if text.strip() else ""


class ExportShareableAlgorithm(TracemobAlgorithm):
    NAME = "exportshareable"
    GROUP = "privacy"

    TRIPS = "TRIPS"
    LEGS = "LEGS"
    STAYS = "STAYS"
    KEY_AUTHCFG = "KEY_AUTHCFG"
    KEY_FILE = "KEY_FILE"
    TRIM_RADIUS = "TRIM_RADIUS"
    ROUND_MINUTES = "ROUND_MINUTES"
    K = "K"
    PLACE_RADIUS = "PLACE_RADIUS"
    GRID_SIZES = "GRID_SIZES"
    TIMEZONE = "TIMEZONE"
    ZIP = "ZIP"
    OUTPUT = "OUTPUT"
    README = "README"
    GPKG = "GPKG"
    ZIP_FILE = "ZIP_FILE"
    TRIPS_LAYER = "TRIPS_LAYER"

    def displayName(self):  # noqa: N802
        return self.tr("Export shareable trips")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Prepares trips that can leave the authority (open data, research partners): a folder (and "
            "optionally a zip) with a GeoPackage, CSV files and a README that states every rule applied, "
            "with its parameters and counts.\n\n"
            "Rules: participant and trip ids are replaced by keyed hashes (HMAC-SHA256) with the "
            "authority's secret key; stays are not exported and trip ends near each participant's home or "
            "work place are cut back beyond it (home and work detected from the stays, or from the stays "
            "between trips); each trip end is trimmed by a random radius (uniform between half and 1.5 "
            "times the trimming radius); times are rounded; a trip whose origin-destination grid-cell pair "
            "has fewer than k distinct participants is generalised to a coarser grid without its line, or "
            "dropped when rare at every grid size. Legs are exported as a table of modes.\n\n"
            "The key: the password of a QGIS authentication configuration (type Basic), chosen here; it "
            "never appears in the outputs nor in the log. Keep the same key to get the same pseudonyms in "
            "later exports. For scripts without an authentication database, a key file (first line) can be "
            "given instead.\n\n"
            "k must be at least 2 (default 10). The output folder must be new, empty or an earlier export; "
            "an input file is never overwritten.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.TRIPS, self.tr("Trips"), [compat.TYPE_VECTOR_LINE]),
            self.tr("The trips to share (from 'Segment trips', with purposes and main_mode when they were "
                    "inferred): their lines are trimmed, their times rounded and their ids pseudonymised."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.LEGS, self.tr("Legs with a mode field (optional)"), [compat.TYPE_VECTOR], optional=True),
            self.tr("The legs with a mode field (from 'Infer transport modes'): exported as a table of "
                    "modes per trip, without geometry or times, and used for each trip's main mode. "
                    "Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.STAYS, self.tr("Stays, to find home and work (optional: else the stays between trips)"),
            [compat.TYPE_VECTOR_POINT], optional=True),
            self.tr("The stays of 'Segment trips', to find each participant's home and work places, never "
                    "exported. Optional: without them, the stays between consecutive trips are used."))
        self.add_parameter(QgsProcessingParameterAuthConfig(
            self.KEY_AUTHCFG, self.tr("Pseudonymisation key: QGIS authentication configuration (its password)"),
            None, True),
            self.tr("The authority's secret key for the pseudonyms: the password of a QGIS authentication "
                    "configuration (type Basic). The same key gives the same pseudonyms in later exports; "
                    "it never appears in the outputs or the log."))
        key_file = QgsProcessingParameterFile(
            self.KEY_FILE, self.tr("Pseudonymisation key file (fallback for scripts: first line)"),
            compat.FILE_BEHAVIOR_FILE, "", None, True)
        compat.set_advanced(key_file)
        self.add_parameter(
            key_file, self.tr("For scripts without an authentication database: a file whose first line is the secret "
                              "key. Used only when no authentication configuration is chosen."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.TRIM_RADIUS, self.tr("Trimming radius of trip ends (m, randomised x0.5-1.5)"),
            compat.NUMBER_DOUBLE, X.ExportParams.trim_radius_m, False, 1.0),
            field_help(X.ExportParams, "trim_radius_m", PARAMETER_OF_FIELD))
        self.add_parameter(QgsProcessingParameterNumber(
            self.ROUND_MINUTES, self.tr("Round times to (minutes)"), compat.NUMBER_INTEGER,
            X.ExportParams.round_minutes, False, 1),
            field_help(X.ExportParams, "round_minutes", PARAMETER_OF_FIELD))
        params.add_privacy_parameter(
            self, self.K, self.tr("Minimum distinct participants per origin-destination pair (k)"),
            field_help(X.ExportParams, "k", PARAMETER_OF_FIELD))
        place = QgsProcessingParameterNumber(
            self.PLACE_RADIUS, self.tr("Home and work place radius (m)"), compat.NUMBER_DOUBLE,
            X.ExportParams.place_radius_m, False, 0.0)
        compat.set_advanced(place)
        self.add_parameter(
            place, field_help(X.ExportParams, "place_radius_m", PARAMETER_OF_FIELD))
        grids = QgsProcessingParameterString(
            self.GRID_SIZES, self.tr("Grid sizes, finest first (m, comma-separated)"),
            ",".join("{:g}".format(s) for s in X.ExportParams.grid_sizes_m))
        compat.set_advanced(grids)
        self.add_parameter(
            grids, field_help(X.ExportParams, "grid_sizes_m", PARAMETER_OF_FIELD))
        tz = QgsProcessingParameterString(self.TIMEZONE, self.tr("Time zone of the study (nights, workdays)"),
                                          X.DEFAULT_TZ)
        compat.set_advanced(tz)
        self.add_parameter(
            tz, field_help(X.ExportParams, "tz", PARAMETER_OF_FIELD))
        self.add_parameter(QgsProcessingParameterBoolean(self.ZIP, self.tr("Also write a zip of the package"),
                                                        False),
            self.tr("Also write the package as a zip file beside the folder, ready to send."))
        self.add_parameter(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Package folder")),
            self.tr("A new or empty folder (or an earlier Tracemob export, replaced) for the package: "
                    "README.md stating every rule with its parameters and counts, trips.gpkg, trips.csv and"
                    " legs.csv. An input file is never overwritten."))
        self.addOutput(QgsProcessingOutputFile(self.README, self.tr("README")))
        self.addOutput(QgsProcessingOutputFile(self.GPKG, self.tr("GeoPackage")))
        self.addOutput(QgsProcessingOutputFile(self.ZIP_FILE, self.tr("Zip file")))
        self.addOutput(QgsProcessingOutputVectorLayer(self.TRIPS_LAYER, self.tr("Shareable trips")))
        self.addOutput(QgsProcessingOutputString("COUNTS", self.tr("Counts")))

    # ------------------------------------------------------------------ key
    def _key(self, parameters, context):
        cfg_id = (self.parameterAsString(parameters, self.KEY_AUTHCFG, context) or "").strip()
        path = (self.parameterAsFile(parameters, self.KEY_FILE, context) or "").strip()
        key = ""
        if cfg_id:
            key = self.run_domain(key_from_authcfg, cfg_id)
        elif path:
            key = self.run_domain(key_from_file, path)
        self.run_domain(check_key, key, field=self.KEY_AUTHCFG)
        return key

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Main thread: the authentication database may need to ask for the master password."""
        super().prepareAlgorithm(parameters, context, feedback)  # outputs never over inputs
        self._secret, self._prepare_error = None, None
        try:
            self._secret = self._key(parameters, context)
        except QgsProcessingException as err:  # reported by processAlgorithm
            self._prepare_error = str(err)
        return True

    # ------------------------------------------------------------------ inputs
    def _sources(self, parameters, context):
        paths = []
        for name in (self.TRIPS, self.LEGS, self.STAYS):
            if not parameters.get(name):
                continue
            layer = self.parameterAsVectorLayer(parameters, name, context)
            if layer is not None and layer.source():
                paths.append(layer.source().split("|")[0])
        return paths

    def _read(self, parameters, context, feedback):
        import numpy as np
        import pandas as pd
        import shapely

        source = self.parameterAsSource(parameters, self.TRIPS, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.TRIPS))
        names = source.fields().names()
        fields = [f for f in TRIP_FIELDS if f in names]
        missing = [f for f in ("trip_id", "user_id", "start_time", "end_time") if f not in names]
        if missing:
            raise QgsProcessingException(self.tr("The trips layer has no field(s) {fields}: use a trips layer made "
                                                 "by Tracemob.").format(fields=", ".join(missing)))
        trips, wkbs = frames.source_to_wkb_frame(source, context, feedback, fields=fields)
        has = np.array([w is not None for w in wkbs], dtype=bool)
        geoms = shapely.from_wkb([w for w in wkbs if w is not None])
        xy, idx = shapely.get_coordinates(geoms, return_index=True)
        rows = np.flatnonzero(has)[idx]
        vertices = pd.DataFrame({"trip_id": trips["trip_id"].astype(str).to_numpy()[rows],
                                 "lon": xy[:, 0], "lat": xy[:, 1]})
        legs = stays = None
        if parameters.get(self.LEGS):
            ls = self.parameterAsSource(parameters, self.LEGS, context)
            if ls is not None:
                ln = ls.fields().names()
                if "mode" not in ln or "trip_id" not in ln:
                    raise QgsProcessingException(self.tr("The legs layer needs the fields trip_id and mode (run "
                                                         "the mode inference first)."))
                legs = frames.source_to_table_frame(ls, context, feedback, fields=[f for f in LEG_FIELDS if f in ln])
        if parameters.get(self.STAYS):
            ss = self.parameterAsSource(parameters, self.STAYS, context)
            if ss is not None:
                sn = ss.fields().names()
                stays = frames.source_to_points_frame(ss, context, feedback, fields=[f for f in STAY_FIELDS if f in sn])
                if "stay_id" not in stays.columns:
                    stays["stay_id"] = ["S{}".format(i) for i in range(len(stays))]
        return trips, vertices, legs, stays

    def _params(self, parameters, context):
        text = self.parameterAsString(parameters, self.GRID_SIZES, context) or ""
        try:
            sizes = tuple(float(s) for s in text.replace(";", ",").split(",") if s.strip())
        except ValueError:
            raise QgsProcessingException(self.tr("Grid sizes must be numbers of metres separated by commas, e.g. "
                                                 "1000,5000.")) from None
        return X.ExportParams(
            trim_radius_m=self.parameterAsDouble(parameters, self.TRIM_RADIUS, context),
            round_minutes=self.parameterAsInt(parameters, self.ROUND_MINUTES, context),
            k=params.read_min_users(self, parameters, context, None, self.K, warn=False),
            grid_sizes_m=sizes or X.ExportParams.grid_sizes_m,
            place_radius_m=self.parameterAsDouble(parameters, self.PLACE_RADIUS, context),
            tz=self.parameterAsString(parameters, self.TIMEZONE, context) or X.DEFAULT_TZ)

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        export_params = self.run_domain(self._params(parameters, context).validated)  # k < 2 refused first
        if getattr(self, "_prepare_error", None):
            raise QgsProcessingException(self._prepare_error)
        key = getattr(self, "_secret", None) or self._key(parameters, context)
        self._secret = None
        folder = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        protect = self._sources(parameters, context)
        trips, vertices, legs, stays = self._read(parameters, context, feedback)
        feedback.setProgress(20)
        progress, is_cancelled = self.callbacks(feedback, 20.0, 80.0)
        res = self.run_domain(X.make_shareable, trips, vertices, key, legs=legs, stays=stays, params=export_params,
                              progress=progress, is_cancelled=is_cancelled)
        del key
        make_zip = self.parameterAsBool(parameters, self.ZIP, context)
        paths = self.run_domain(X.write_package, res, folder, make_zip=make_zip, protect=protect)
        c = res.counts
        feedback.pushInfo(self.tr("{out} of {n} trips exported ({lines} with a line) for {users} participants; "
                                  "{short} without a line after the trimming, {rare} dropped as rare (k = {k}); {ends} trip "
                                  "ends cut back from a home or work place.").format(
            out=c["trips_out"], n=c["trips_in"], lines=c["trips_with_geometry"], users=c["participants_out"],
            short=c["trips_short"], rare=c["trips_suppressed_k"], k=export_params.k, ends=c["ends_at_home_or_work"]))
        feedback.pushInfo(self.tr("Package written to {folder}; read its README before sharing.").format(
            folder=paths["folder"]))
        uri = paths["gpkg"] + "|layername=trips"
        details = QgsProcessingContext.LayerDetails(self.tr("Shareable trips"), context.project(),
                                                    self.TRIPS_LAYER)
        context.addLayerToLoadOnCompletion(uri, details)
        styles.style_output(context, uri, "shareable_trips", self.tr("Shareable trips"))
        feedback.setProgress(100)
        return {self.OUTPUT: paths["folder"], self.README: paths["readme"], self.GPKG: paths["gpkg"],
                self.ZIP_FILE: paths.get("zip"), self.TRIPS_LAYER: uri,
                "COUNTS": ", ".join("{}={}".format(k, v) for k, v in c.items())}
