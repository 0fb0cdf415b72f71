"""``tracemob:importfromserver``: a study's data from an OpenPATH / e-mission server -> layers.

Tokens come from QGIS authentication configurations (AUTHCFGS: ids or a name prefix) and/or a
token file (TOKEN_FILE: its path); neither the project nor a model ever holds a token. Fetched
windows are kept in a resume cache (CACHE_DIR); a new run asks only for what is missing.
"""
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsApplication,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from .. import frames, styles
from ..base import TracemobAlgorithm

POINT_CHOICES = ("background/filtered_location", "background/location", None)
#: The codes of the POINTS choices (qgis_process POINTS=location), in the order of POINT_CHOICES.
POINT_CODES = ("filtered_location", "location", "none")


def default_cache_dir():
    return Path(QgsApplication.qgisSettingsDirPath()) / "tracemob" / "server_cache"


def _to_epoch(qdt, end=False):
    """A QDateTime read as UTC -> epoch seconds. An end given as a bare date (00:00:00) includes
    that whole day."""
    if qdt is None or not qdt.isValid():
        return None
    d, t = qdt.date(), qdt.time()
    value = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec() * 1000,
                     tzinfo=timezone.utc).timestamp()
    if end and (t.hour(), t.minute(), t.second(), t.msec()) == (0, 0, 0, 0):
        value += 86400.0 - 0.001
    return value


class ImportFromServerAlgorithm(TracemobAlgorithm):
    NAME = "importfromserver"
    GROUP = "server"

    SERVER_URL = "SERVER_URL"
    AUTHCFGS = "AUTHCFGS"
    TOKEN_FILE = "TOKEN_FILE"
    START = "START"
    END = "END"
    POINTS = "POINTS"
    CACHE_DIR = "CACHE_DIR"
    REFRESH = "REFRESH"
    WINDOW_HOURS = "WINDOW_HOURS"
    TIMEOUT = "TIMEOUT"
    RETRIES = "RETRIES"
    ENTRY_LIMIT = "ENTRY_LIMIT"
    OUTPUT = "OUTPUT"
    OUTPUT_MOTION = "OUTPUT_MOTION"
    OUTPUT_TRIPS = "OUTPUT_TRIPS"

    def displayName(self):  # noqa: N802
        return self.tr("Import from an OpenPATH server")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Fetches a study's data from an OpenPATH / e-mission server, with the REST API e-mission's own "
            "clients use, and writes the same point layer as 'Import travel traces'.\n\n"
            "Participants' tokens: from QGIS authentication configurations (one Basic configuration per "
            "participant: user name = participant label, password = token; give their ids, or a name prefix "
            "such as 'Tracemob openpath.example.org:'; the Tracemob server dialog creates them), and/or "
            "from a token file (one 'label,token' per line). Tokens are never saved in the project, the "
            "model or the logs: messages name the participant's label.\n\n"
            "Dates are UTC; an end given as a date includes that whole day; no end means now.\n"
            "Points: background/filtered_location (the fixes e-mission's pipeline uses) or "
            "background/location (raw). Optional outputs: the phone's motion activity, and the server's "
            "user-confirmed trips (analysis/confirmed_trip) as origin-destination lines with the labels "
            "mode_confirm, purpose_confirm and replaced_mode.\n\n"
            "Transfer: requests go by time windows; an answer the server may have cut at its result limit is "
            "followed by a request for the rest of its window, so nothing is lost whatever the limit. "
            "Timeouts and server errors are retried; a refused token is reported with the participant's "
            "label, and the other participants are fetched. "
            "Everything fetched is kept in the cache folder, so a re-run, or a run after a failure or a "
            "cancel, asks only for what is missing. The cache holds personal data: delete it after the "
            "study.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterString(
            self.SERVER_URL, self.tr("Server URL (e.g. https://openpath.example.org)")),
            self.tr("The address of the study's OpenPATH / e-mission server, the one the participants' app "
                    "sends its data to (https://...)."))
        self.add_parameter(QgsProcessingParameterString(
            self.AUTHCFGS, self.tr("Participants: QGIS authentication configurations (ids or name prefix)"),
            optional=True),
            self.tr("The participants' tokens, kept in QGIS authentication configurations of type Basic "
                    "(label as user name, token as password): their ids, or a name prefix that selects "
                    "every configuration whose name starts with it; comma-separated. Tokens never go into "
                    "the project or the log."))
        self.add_parameter(QgsProcessingParameterFile(
            self.TOKEN_FILE, self.tr("Participants: token file (one 'label,token' per line)"),
            compat.FILE_BEHAVIOR_FILE, "", None, True),
            self.tr("For scripts: a text file with one participant per line, 'label,token'. It can be used "
                    "with or instead of the authentication configurations."))
        self.add_parameter(QgsProcessingParameterDateTime(self.START, self.tr("Start (UTC)")),
            self.tr("The first moment to fetch (UTC)."))
        self.add_parameter(QgsProcessingParameterDateTime(
            self.END, self.tr("End (UTC, included; empty: now)"), optional=True),
            self.tr("The last moment to fetch (UTC); a date alone includes that whole day. Empty: up to "
                    "now."))
        self.add_parameter(self.choice_parameter(
            self.POINTS, self.tr("Location points"),
            list(zip(POINT_CODES, [self.tr("background/filtered_location (as e-mission's pipeline)"),
                                   self.tr("background/location (raw)"), self.tr("None")])), POINT_CODES[0]),
            self.tr("Which location stream to fetch: background/filtered_location (the fixes e-mission's "
                    "own pipeline keeps), background/location (every raw fix), or none when only the motion"
                    " readings or the confirmed trips are wanted."))
        self.add_parameter(QgsProcessingParameterFile(
            self.CACHE_DIR, self.tr("Cache folder (default: tracemob/server_cache in the QGIS profile)"),
            compat.FILE_BEHAVIOR_FOLDER, "", None, True),
            self.tr("Where fetched data are kept between runs: a later run asks the server only for what is"
                    " missing. Empty: tracemob/server_cache in the QGIS profile folder."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterBoolean(
            self.REFRESH, self.tr("Fetch everything again (labels changed on the server)"), False)),
            self.tr("Ask the server for the whole period again, e.g. after participants changed labels in "
                    "the app (entries already in the cache are not duplicated)."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.WINDOW_HOURS, self.tr("Time window per request (hours)"), compat.NUMBER_DOUBLE, 24.0,
            False, 0.01)),
            self.tr("Length of the time window of one request. Windows grow after empty answers, and a "
                    "window the server's result limit cuts is asked for again from where the answer "
                    "stopped, so this mainly sets the first requests."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.TIMEOUT, self.tr("Timeout per request (s)"), compat.NUMBER_DOUBLE, 60.0, False, 0.1)),
            self.tr("Seconds to wait for an answer before a request is tried again."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.RETRIES, self.tr("Retries per request"), compat.NUMBER_INTEGER, 4, False, 0, 20)),
            self.tr("How many times a failed request (timeout, broken connection, server error) is tried "
                    "again before the run stops."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterNumber(
            self.ENTRY_LIMIT, self.tr("Server entry limit (DB_RESULT_LIMIT)"), compat.NUMBER_INTEGER,
            250000, False, 1)),
            self.tr("An upper bound of the number of entries the server returns for one request (its "
                    "DB_RESULT_LIMIT, 250000 by default). The real limit does not need to be known: after "
                    "an answer that may have been cut, the rest of its window is asked for until nothing is "
                    "left, and the limit is learnt from the first cut answer."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Trace points"), compat.TYPE_VECTOR_POINT),
            self.tr("The location fixes as points in EPSG:4326: user_id (the participant's label), time "
                    "(UTC), accuracy_m, speed_mps, source_file; the input of 'Segment trips'."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MOTION, self.tr("Motion activity"), compat.TYPE_VECTOR, None, True, False),
            self.tr("The phones' motion-activity readings (user_id, time, activity, confidence), which help"
                    " 'Segment trips' and 'Infer transport modes'. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRIPS, self.tr("Confirmed trips (with labels)"), compat.TYPE_VECTOR_LINE, None,
            True, False),
            self.tr("The trips the participants confirmed in the app, as lines from origin to destination "
                    "with their labels (mode_confirm, purpose_confirm...). Optional."))

    # ------------------------------------------------------------------------------------------
    def _participants(self, parameters, context):
        from ...tracemob_plugin.core.ingest.server import read_token_file
        from ...tracemob_plugin.gui.server_support import participants_from_authcfgs

        spec = self.parameterAsString(parameters, self.AUTHCFGS, context).strip()
        path = self.parameterAsFile(parameters, self.TOKEN_FILE, context).strip()
        people = []
        if spec:
            people.extend(self.run_domain(participants_from_authcfgs, spec))
        if path:
            people.extend(self.run_domain(read_token_file, path))
        if not people:
            raise QgsProcessingException(self.tr(
                "No participant: give QGIS authentication configurations or a token file."))
        return people

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Runs in the main thread: the authentication database may need to ask for the master
        password there. The tokens stay in memory only for this run."""
        super().prepareAlgorithm(parameters, context, feedback)  # outputs never over inputs
        self._people, self._prepare_error = None, None
        try:
            self._people = self._participants(parameters, context)
        except QgsProcessingException as err:  # reported by processAlgorithm, with its message
            self._prepare_error = str(err)
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...tracemob_plugin.core.ingest import server as S
        from ...tracemob_plugin.gui.server_support import QgisTransport

        url = self.run_domain(S.normalize_url, self.parameterAsString(parameters, self.SERVER_URL, context))
        if getattr(self, "_prepare_error", None):
            raise QgsProcessingException(self._prepare_error)
        people = getattr(self, "_people", None) or self._participants(parameters, context)
        self._people = None
        start = _to_epoch(self.parameterAsDateTime(parameters, self.START, context))
        end = None
        if parameters.get(self.END) not in (None, ""):
            end = _to_epoch(self.parameterAsDateTime(parameters, self.END, context), end=True)
        if start is None:
            raise QgsProcessingException(self.tr("Give the start date."))
        if end is None:
            end = datetime.now(timezone.utc).timestamp()
        point_key = POINT_CHOICES[POINT_CODES.index(self.parameterAsChoice(parameters, self.POINTS, context))]
        # motion is fetched with the points: the points carry it to the segmentation and modes
        want_motion = bool(parameters.get(self.OUTPUT_MOTION)) or point_key is not None
        want_trips = bool(parameters.get(self.OUTPUT_TRIPS))
        if point_key is None and not want_motion and not want_trips:
            raise QgsProcessingException(self.tr(
                "Nothing to fetch: choose location points, or ask for the motion or confirmed trips output."))
        cache_dir = (self.parameterAsFile(parameters, self.CACHE_DIR, context).strip()
                     or str(default_cache_dir()))

        client = S.ServerClient(
            url, transport=QgisTransport(feedback),
            timeout_s=self.parameterAsDouble(parameters, self.TIMEOUT, context),
            retries=self.parameterAsInt(parameters, self.RETRIES, context),
            entry_limit=self.parameterAsInt(parameters, self.ENTRY_LIMIT, context),
            log=feedback.pushWarning)
        feedback.pushInfo(self.tr("{n} participant(s): {labels}.").format(
            n=len(people), labels=", ".join(p.label for p in people)))
        progress, is_cancelled = self.callbacks(feedback, 0.0, 85.0)
        window_s = self.parameterAsDouble(parameters, self.WINDOW_HOURS, context) * 3600.0
        data, report, cache_file = self.run_domain(
            S.run_import, client, people, start, end, cache_dir, point_key=point_key, motion=want_motion,
            trips=want_trips, window_s=window_s,
            refresh=self.parameterAsBool(parameters, self.REFRESH, context),
            progress=progress, is_cancelled=is_cancelled, log=feedback.pushInfo)
        for w in data.warnings:
            if str(w) in report.refused.values():  # a refused token: the others were fetched
                feedback.reportError(str(w), False)
            else:
                feedback.pushWarning(str(w))
        summary = self.tr("{requests} request(s), {windows} window(s) fetched, {cached} already in the "
                          "cache {path}.")
        feedback.pushInfo(summary.format(requests=report.requests, windows=report.windows_fetched,
                                         cached=report.windows_cached, path=cache_file))
        for p in people:
            n = int((data.points["user_id"] == p.label).sum()) if len(data.points) else 0
            feedback.pushInfo(self.tr("Participant '{label}': {n} points, {new} new entries.").format(
                label=p.label, n=n, new=report.new_entries.get(p.label, 0)))

        results = {}
        points = frames.points_with_motion(self, feedback, data.points, data.motion if want_motion else None)
        points = frames.points_layer_columns(points)  # shares the points' columns, in the layer's order
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT, context, points, geometry="point",
                                  feedback=feedback)
        styles.style_output(context, dest, "points", self.tr("Trace points"))
        results[self.OUTPUT] = dest
        feedback.setProgress(92)
        if parameters.get(self.OUTPUT_MOTION):
            dest = frames.frame_to_sink(self, parameters, self.OUTPUT_MOTION, context, data.motion, geometry="none",
                                      feedback=feedback)
            if dest:
                results[self.OUTPUT_MOTION] = dest
        if want_trips:
            dest = self._write_trips(parameters, context, feedback, data.trips)
            if dest:
                results[self.OUTPUT_TRIPS] = dest
        feedback.setProgress(100)
        return results

    def _write_trips(self, parameters, context, feedback, trips):
        from ...tracemob_plugin.core.geometry import linestrings_wkb

        ok = np.isfinite(trips[["origin_lon", "origin_lat", "destination_lon", "destination_lat"]]
                         .to_numpy(dtype="float64")).all(axis=1) if len(trips) else np.zeros(0, bool)
        if len(trips) and not ok.all():
            feedback.pushWarning(self.tr("{n} confirmed trip(s) without origin or destination were left out.")
                                 .format(n=int((~ok).sum())))
        trips = trips[ok].reset_index(drop=True)
        n = len(trips)
        lon = np.empty(2 * n)
        lat = np.empty(2 * n)
        m = np.empty(2 * n)
        lon[0::2], lon[1::2] = trips["origin_lon"].to_numpy(), trips["destination_lon"].to_numpy()
        lat[0::2], lat[1::2] = trips["origin_lat"].to_numpy(), trips["destination_lat"].to_numpy()
        m[0::2] = trips["start_time"].astype("int64").to_numpy() / 1e9 if n else m[0::2]
        m[1::2] = trips["end_time"].astype("int64").to_numpy() / 1e9 if n else m[1::2]
        wkb = linestrings_wkb(lon, lat, np.arange(0, 2 * n, 2), np.arange(1, 2 * n, 2), m=m)
        dest = frames.frame_to_sink(self, parameters, self.OUTPUT_TRIPS, context, trips, geometry="line", wkb=wkb,
                                  wkb_type=compat.WKB_LINESTRING_M, feedback=feedback)
        styles.style_output(context, dest, "confirmed_trips", self.tr("Confirmed trips"))
        return dest

