"""``tracemob:segmenttrips``: point layer -> stays, trips and legs (and gaps, cleaned points).

Every threshold of ``core.segmentation.SegmentationParams`` is a numeric parameter named after the
field in upper case (``stay_radius_m`` -> ``STAY_RADIUS_M``); the less common ones are advanced.
"""
import dataclasses
import math

import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.vocab.columns import (
    EXACT_TIME_COLUMN,
    ACCURACY_FIELD_CANDIDATES,
    SPEED_FIELD_CANDIDATES,
    TIME_FIELD_CANDIDATES,
    USER_FIELD_CANDIDATES,
)
from ...tracemob_plugin.core.vocab.times import epoch_seconds, time_range_warning, times_to_utc
from ...tracemob_plugin.core.ingest.common import finalize_points
from ...tracemob_plugin.core.ingest.motion import attach_motion, motion_from_points
from ...tracemob_plugin.core.ingest.phone import PHONE_POINT_COLUMNS
from .. import cluster, frames, inputs, params, sinks, styles
from ..base import TracemobAlgorithm
from ..help import field_help

#: Parameters shown by default; every other SegmentationParams field is "advanced".
COMMON_PARAMS = {"stay_radius_m", "stay_min_duration_s", "stay_method", "activity_min_duration_s",
                 "max_accuracy_m", "gap_bridge_max_s", "min_trip_distance_m", "walk_max_speed_mps"}


def _segmentation_module():
    from ...tracemob_plugin.core.trips import segmentation

    return segmentation


def choice_label(name, code):
    """Translated label of the value ``code`` of a SegmentationParams choice (``PARAM_CHOICES``); the code
    itself when it has none."""
    from ...tracemob_plugin.core.i18n import tr

    labels = {
        ("stay_method", "dwell"): tr("Dwell: e-mission's pipeline (a trip ends after a pause at a place)"),
        ("stay_method", "window"): tr("Window: the fixes of a time window stay within the radius"),
        ("stay_method", "sliding"): tr("Sliding: trackintel's anchor chain"),
        ("stay_window", "forward"): tr("Forward: the fixes after each fix"),
        ("stay_window", "backward"): tr("Backward: the fixes before each fix"),
        ("stay_window", "both"): tr("Both: the fixes before and after each fix"),
    }
    return labels.get((name, code), code)


def param_label(name):
    """Translated label of a SegmentationParams field (falls back to a readable form of the name)."""
    from ...tracemob_plugin.core.i18n import tr

    labels = {
        "max_accuracy_m": tr("Cleaning: drop fixes less accurate than (m)"),
        "duplicate_window_s": tr("Cleaning: near-duplicate window (s)"),
        "spike_speed_mps": tr("Cleaning: spike speed (m/s)"),
        "max_speed_mps": tr("Cleaning: impossible speed (m/s)"),
        "stay_radius_m": tr("Stay: radius (m)"),
        "stay_min_duration_s": tr("Stay: minimum duration (s)"),
        "stay_gap_reset_s": tr("Stay: time gap that restarts detection (s, empty: never)"),
        "include_last_stay": tr("Stay: the end of the data can be a stay"),
        "gap_min_s": tr("Gap: examine time gaps longer than (s)"),
        "gap_still_max_speed_mps": tr("Gap: a gap covered slower than this is time at the place (m/s)"),
        "gap_untracked_min_s": tr("Gap: untracked time that cuts a trip (s)"),
        "activity_min_duration_s": tr("Activity: minimum stay duration (s)"),
        "trips_share_stay_points": tr("Trip: starts and ends on the fixes of the stays"),
        "min_trip_points": tr("Trip: minimum number of moving fixes"),
        "min_trip_distance_m": tr("Trip: minimum distance (m)"),
        "leg_speed_window_s": tr("Leg: speed window (s)"),
        "walk_max_speed_mps": tr("Leg: walking speed limit (m/s)"),
        "foot_motion_max_speed_mps": tr("Leg: ignore 'walking' motion above (m/s)"),
        "min_leg_duration_s": tr("Leg: minimum duration (s)"),
        "min_leg_distance_m": tr("Leg: minimum distance (m)"),
        "motion_max_age_s": tr("Motion: a reading applies for (s)"),
        "motion_min_confidence": tr("Motion: readings at most this confident are ignored (0-100)"),
        "stay_method": tr("Stay: detection method"),
        "stay_window": tr("Stay: window direction (window method)"),
        "extrapolate_trip_start": tr("Trip: move the start back to the departure time (e-mission)"),
        "dwell_min_points": tr("Stay: minimum number of fixes in the still window (dwell method)"),
        "dwell_restart_gap_s": tr("Stay: a trip restarts after a pause of (s, dwell method)"),
        "stay_core_radius_m": tr("Stay: core radius, farther fixes go to trips (m, window method, empty: none)"),
        "stay_min_points": tr("Stay: minimum number of fixes (window method)"),
        "gap_bridge_max_s": tr("Gap: longest gap with movement kept inside a trip (s)"),
        "jump_max_points": tr("Cleaning: longest burst of impossible fixes dropped (fixes)"),
        "dist_filter_radius_m": tr("Stay: radius for phones that record by distance, iOS (m, dwell method)"),
        "dist_filter_min_duration_s": tr("Stay: gap that ends a trip of a phone that records by distance (s, dwell method)"),
        "untracked_min_distance_m": tr("Gap: untracked when the phone reappears this far away (m, dwell method)"),
        "untracked_min_distance_ios_m": tr("Gap: the same for phones that record by distance (m, dwell method)"),
        "untracked_max_speed_mps": tr("Gap: untracked when reached slower than (m/s, dwell method)"),
        "section_min_confidence_ios": tr("Motion: iOS readings at most this confident are ignored (0-100, dwell method)"),
        "bridge_min_distance_m": tr("Gap: a ride the phone did not record covers at least (m, dwell method, not e-mission)"),
        "bridge_min_speed_mps": tr("Gap: ... at least this fast (m/s, dwell method, not e-mission)"),
        "bridge_side_min_speed_mps": tr("Gap: ... between fixes moving at least this fast (m/s, dwell method, not e-mission)"),
        "station_stop_max_s": tr("Trip: a vehicle stop this short stays inside the trip (s, dwell method, not e-mission)"),
        "station_min_speed_mps": tr("Trip: ... between rides faster than (m/s, dwell method, not e-mission)"),
        "station_fast_speed_mps": tr(
            "Trip: ... one of them faster than (m/s, 0: any, dwell method, not e-mission)"),
        "station_transfer_max_s": tr(
            "Trip: a longer stop between two rides both that fast stays inside the trip up to (s, a connection)"),
        "arrival_radius_m": tr("Trip: end at the arrival, the last fixes within (m, 0: off, dwell method, not e-mission)"),
        "departure_radius_m": tr("Trip: start at the departure, the first fixes within (m, 0: off, dwell method, not e-mission)"),
        "wait_max_s": tr("Wait at a stop: longest (s, with stops)"),
        "wait_stop_m": tr("Wait at a stop: distance to the stop (m)"),
        "wait_walk_mps": tr("Wait at a stop: only after walking in, median speed at most (m/s, 0: any arrival)"),
        "wait_ride_p85_mps": tr("Wait at a stop: riding out, 85th-percentile speed at least (m/s)"),
        "place_walk_min_distance_m": tr("Leg: minimum distance of a walk from or to a place (m, dwell method, not e-mission)"),
        "section_stop_radius_m": tr("Leg: a stop longer than this goes to a neighbouring leg (m, dwell method)"),
        "max_write_delay_s": tr("Cleaning: fixes written this late are left out of trip ends (s, dwell method)"),
        "share_max_gap_s": tr("Trip: share the stay's fix only if at most this far in time (s)"),
        "min_tripleg_points": tr("Trip: minimum number of fixes between two stays"),
        "min_trip_extent_m": tr("Trip: minimum distance from the place left (m)"),
        "merge_stays_across_dropped_trips": tr("Stay: merge the stays around a dropped trip"),
        "min_walk_leg_distance_m": tr("Leg: minimum distance of a walking leg (m)"),
        "motion_transition_max_s": tr("Motion: between two readings at most this far apart, the faster one (s, 0: off)"),
        "motion_walk_min_speed_mps": tr("Motion: a walking reading holds from this speed (m/s)"),
        "min_seen_walk_leg_duration_s": tr("Leg: minimum duration of a walk the phone saw (s)"),
        "min_seen_walk_leg_distance_m": tr("Leg: minimum distance of a walk the phone saw (m)"),
    }
    if name in labels:
        return labels[name]
    words = name
    for suffix, unit in (("_mps", " (m/s)"), ("_m", " (m)"), ("_s", " (s)")):
        if words.endswith(suffix):
            words = words[:-len(suffix)] + unit
            break
    words = words.replace("_", " ")
    return words[:1].upper() + words[1:]


def params_fields():
    """``[(name, default, kind)]`` of SegmentationParams, kind in ``"bool"``, ``"int"``, ``"float"``,
    ``"str"``.

    An infinite default is returned as ``None`` (the parameter is then empty = no limit)."""
    seg = _segmentation_module()
    out = []
    seg_params = seg.SegmentationParams()
    for field in dataclasses.fields(seg.SegmentationParams):
        value = getattr(seg_params, field.name)
        if isinstance(value, bool):
            out.append((field.name, value, "bool"))
        elif isinstance(value, int):
            out.append((field.name, value, "int"))
        elif isinstance(value, float):
            out.append((field.name, value if math.isfinite(value) else None, "float"))
        elif isinstance(value, str):
            out.append((field.name, value, "str"))
    return out


class SegmentTripsAlgorithm(TracemobAlgorithm):
    NAME = "segmenttrips"
    GROUP = "segmentation"

    INPUT = "INPUT"
    USER_FIELD = "USER_FIELD"
    TIME_FIELD = "TIME_FIELD"
    MOTION = "MOTION"
    OUTPUT_STAYS = "OUTPUT_STAYS"
    OUTPUT_TRIPS = "OUTPUT_TRIPS"
    OUTPUT_LEGS = "OUTPUT_LEGS"
    OUTPUT_GAPS = "OUTPUT_GAPS"
    OUTPUT_POINTS = "OUTPUT_POINTS"

    def displayName(self):  # noqa: N802
        return self.tr("Segment trips")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Cuts the trace points of each user into stays (places where the person stayed), trips "
            "between two stays, and legs (parts of a trip with a single transport mode).\n\n"
            "Input: any point layer with a user field and a time field (both detected when left empty: "
            "user_id, user, uid… and time, timestamp, datetime…). Times may be date-time fields, ISO "
            "text or epoch seconds. Points imported from e-mission / OpenPATH carry the phone's motion "
            "activity and tracking streams (location filter, write time, state transitions): they are "
            "used with nothing else to wire. An optional motion-activity table may be given instead.\n\n"
            "Method 'dwell' (default) is e-mission's pipeline, rule by rule: trip ends after 5 minutes "
            "within 100 m (Android and other files) or a 10 minute pause (iOS), untracked time, legs "
            "from the phone's motion activity with their sensed mode (walking, cycling, in_vehicle…), "
            "jump smoothing, trips extended back to the departure. Without motion activity, legs come "
            "from the speeds.\n\n"
            "Points from other sources (GPX, CSV, GeoJSON, loggers) have no such tracking streams: their "
            "trips start at the departure and end at the arrival (the first and last fixes more than 50 m "
            "from the places, taken back to the place at the pace the trip left at, or where the phone's "
            "own speed readings stop), not minutes later in the still window that ends a trip. "
            "e-mission's own data keeps e-mission's trip ends, which its "
            "users and its ground truth follow.\n\n"
            "Outputs: stays (points, with duration and whether it is an activity), trips and legs "
            "(lines whose M value is the UTC epoch second of each vertex, with duration, distance, "
            "speeds and sensed mode), and optionally the untracked gaps and the cleaned points with "
            "their stay, trip and leg ids.\n\n"
            "The thresholds (advanced parameters) are in metres and seconds.") + "\n\n" + cluster.help_text()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Trace points"), [compat.TYPE_VECTOR_POINT]),
            self.tr("The points to segment: any point layer with a participant and a time (the output of "
                    "the import algorithms, a GPS survey, a CSV...), in any CRS."))
        params.add_guessed_field_parameter(
            self, self.USER_FIELD, self.tr("User field (empty: detect)"),
            self.tr("The field naming the participant each point belongs to; every participant is segmented "
                    "on their own. Left empty, a field named user_id, user, uid... is used; without one, all "
                    "points belong to one participant named after the layer."), self.INPUT)
        params.add_guessed_field_parameter(
            self, self.TIME_FIELD, self.tr("Time field (empty: detect)"),
            self.tr("The field holding the time of each point: a date-time, ISO text or epoch seconds (times "
                    "without an offset are taken as UTC). Left empty, a field named time, timestamp, "
                    "datetime... is used."), self.INPUT)
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.MOTION, self.tr("Motion activity table (optional)"), [compat.TYPE_VECTOR],
            optional=True),
            self.tr("The phones' motion-activity readings (user_id, time, activity, confidence) from the "
                    "import algorithms. They keep trips whole through tunnels and stations and help cut "
                    "legs where the way of travelling changes. Optional."))
        inputs.add_stops_parameters(self, self.tr(
            "Public-transport stops (points, any CRS; optional). A wait at a stop longer than the 5-minute rule "
            "that ends a trip (up to 20 minutes, within 40 m of a stop, then a ride) stays inside the trip as a "
            "'wait' leg instead of splitting it into a walking trip and a ride: trip counts and modal shares of "
            "public-transport riders then count one trip, as a household survey does. Give the same stops (or "
            "GTFS feed) to 'Infer transport modes'. Without them, a GPX or CSV rider's transfer between two "
            "buses or trams (minutes still between two rides at a town's speed) is two trips: it cannot be "
            "told from a car parked for an errand."))
        try:
            fields = params_fields()
            choices = _segmentation_module().PARAM_CHOICES
            seg_params_class = _segmentation_module().SegmentationParams
        except Exception:  # segmentation not importable: the algorithm still lists, and fails clearly
            fields, choices, seg_params_class = [], {}, None
        field_names = {name: name.upper() for name, _, _ in fields}   # a field's parameter: its name upper case
        for name, default, kind in fields:
            if kind == "bool":
                param = QgsProcessingParameterBoolean(name.upper(), param_label(name), default)
            elif kind == "str" and default in choices.get(name, ()):
                # shown translated; the value is the index, or the code itself (qgis_process: STAY_METHOD=window)
                param = self.choice_parameter(name.upper(), param_label(name),
                                              [(code, choice_label(name, code)) for code in choices[name]],
                                              default, optional=True)
            elif kind == "str":
                param = QgsProcessingParameterString(name.upper(), param_label(name), default, False, True)
            else:
                param = QgsProcessingParameterNumber(
                    name.upper(), param_label(name),
                    compat.NUMBER_INTEGER if kind == "int" else compat.NUMBER_DOUBLE, default, True, 0)
                # metres and seconds: one decimal is plenty (the dialog shows six by default)
                param.setMetadata({"widget_wrapper": {"decimals": 1}})
            if name not in COMMON_PARAMS:
                compat.set_advanced(param)
            self.add_parameter(param, field_help(seg_params_class, name, field_names))
        # Optional but created by default: the dialog makes all three, and qgis_process writes only
        # the ones given (e.g. just OUTPUT_TRIPS=trips.gpkg).
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_STAYS, self.tr("Stays"), compat.TYPE_VECTOR_POINT, None, True, True),
            self.tr("The stays: points where a participant stayed, with start and end times, duration and "
                    "whether the stay is long enough to be an activity (is_activity)."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRIPS, self.tr("Trips"), compat.TYPE_VECTOR_LINE, None, True, True),
            self.tr("The trips between two activities, as lines whose M value is the UTC time of each "
                    "vertex, with start and end times, duration and distance."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LEGS, self.tr("Legs"), compat.TYPE_VECTOR_LINE, None, True, True),
            self.tr("The legs, parts of a trip travelled one way (walking, then riding...), as lines whose "
                    "M value is the UTC time of each vertex, with duration, distance and speeds; the input "
                    "of 'Infer transport modes'."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_GAPS, self.tr("Untracked gaps"), compat.TYPE_VECTOR, None, True, False),
            self.tr("The untracked time: spans without a usable fix long enough to cut a trip (user_id, "
                    "start_time, end_time, duration_s). Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, self.tr("Cleaned points"), compat.TYPE_VECTOR_POINT, None, True, False),
            self.tr("The points kept after cleaning, each with the stay, trip and leg it belongs to "
                    "(stay_id, trip_id, leg_id). Optional."))

    # ------------------------------------------------------------------ inputs
    def _read_points(self, parameters, context, feedback, where=None):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        time_field = params.resolve_field(self, parameters, self.TIME_FIELD, context, source, TIME_FIELD_CANDIDATES)
        user_field = params.resolve_field(self, parameters, self.USER_FIELD, context, source, USER_FIELD_CANDIDATES,
                                        required=False)
        names = source.fields().names()
        acc_field = params.guess_field(names, ACCURACY_FIELD_CANDIDATES)
        speed_field = params.guess_field(names, SPEED_FIELD_CANDIDATES)
        src_field = "source_file" if "source_file" in names else None
        motion_field = "motion_readings" if "motion_readings" in names else None
        # the phone's tracking streams (location filter, write time, transitions: core.ingest.phone)
        phone_fields = [f for f in PHONE_POINT_COLUMNS if f in names]
        # the exact time (whole seconds only in a GeoPackage's date-time field, written by QGIS 3.22)
        exact_field = EXACT_TIME_COLUMN if EXACT_TIME_COLUMN in names and time_field != EXACT_TIME_COLUMN else None
        wanted = [f for f in dict.fromkeys([user_field, time_field, acc_field, speed_field, src_field,
                                            motion_field, exact_field] + phone_fields) if f]
        if where is None:
            feedback.pushInfo(self.tr("User field: {user}; time field: {time}").format(
                user=user_field or "-", time=time_field))
            if not user_field:
                feedback.pushWarning(self.tr(
                    "No user field found in {layer} (fields: {fields}): every point counts as one participant, "
                    "'{layer}'. Choose the field identifying the participants in 'User field' if the layer "
                    "holds several.").format(layer=source.sourceName() if hasattr(source, "sourceName") else "-",
                                             fields=", ".join(source.fields().names()) or "-"))
        raw = frames.source_to_points_frame(source, context, feedback, fields=wanted, where=where)
        layer_name = source.sourceName() if hasattr(source, "sourceName") else "user"
        pts = pd.DataFrame({
            "user_id": (raw[user_field].astype(object).where(raw[user_field].notna(), "")
                        .astype(str) if user_field else pd.Series([layer_name] * len(raw), dtype=object)),
            "time": times_to_utc(raw[time_field]),
            "lat": raw["lat"].astype("float64"),
            "lon": raw["lon"].astype("float64"),
            "accuracy_m": (pd.to_numeric(raw[acc_field], errors="coerce") if acc_field
                           else pd.Series(np.nan, index=raw.index)).astype("float64"),
            "speed_mps": (pd.to_numeric(raw[speed_field], errors="coerce") if speed_field
                          else pd.Series(np.nan, index=raw.index)).astype("float64"),
            "source_file": (raw[src_field].astype(object).where(raw[src_field].notna(), "") if src_field
                            else pd.Series([layer_name] * len(raw), dtype=object)),
        })
        for f in phone_fields:
            pts[f] = (pd.to_numeric(raw[f], errors="coerce").astype("float64") if f == "write_ts"
                      else raw[f].astype(object).where(raw[f].notna(), None))
        if exact_field:
            exact = pd.to_numeric(raw[exact_field], errors="coerce").to_numpy(dtype="float64")
            shown = epoch_seconds(pts["time"])
            use = np.abs(np.nan_to_num(exact - shown, nan=np.inf)) < 1.0   # the same instant, to the second
            if use.any():
                micros = np.round(exact[use] * 1e6).astype(np.int64)
                fixed = pts["time"].copy()
                fixed[use] = pd.to_datetime(micros, unit="us", utc=True).as_unit("ns")
                pts["time"] = fixed
        bad = pts["time"].isna() | pts["lat"].isna() | pts["lon"].isna()
        if bad.all() and len(pts):
            raise QgsProcessingException(
                self.tr("No point has both a geometry and a readable time in field '{field}'.")
                .format(field=time_field))
        carried = None
        if motion_field:
            carried = motion_from_points(pts.assign(motion_readings=raw[motion_field].to_numpy()))
        if bad.any():
            feedback.pushWarning(self.tr("{n} point(s) without geometry or readable time were ignored.")
                                 .format(n=int(bad.sum())))
            pts = pts[~bad]
        out_of_years = time_range_warning(pts["time"], layer_name, time_field)
        if out_of_years:
            feedback.pushWarning(out_of_years)
        return finalize_points(pts), carried

    def _participant_groups(self, parameters, context, feedback, budget):
        """SQL filters of partitions of whole participants when the points are more than ``budget`` and
        their layer can be read in bulk (GeoPackage, PostGIS...): each partition is then read, segmented
        and let go in turn, so peak memory follows the largest partition, not the study. None: one read."""
        from .. import bulk

        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None or 0 <= source.featureCount() <= budget:
            return None
        user_field = params.resolve_field(self, parameters, self.USER_FIELD, context, source, USER_FIELD_CANDIDATES,
                                          required=False)
        if not user_field:
            return None
        groups = bulk.participant_groups(source, context, feedback, user_field, budget)
        if groups:
            feedback.pushInfo(self.tr("{n} points: read and segmented by {k} partitions of whole participants.")
                              .format(n=sum(size for _where, size in groups), k=len(groups)))
        return groups

    def _read_motion(self, parameters, context, feedback):
        if not parameters.get(self.MOTION):
            return None
        source = self.parameterAsSource(parameters, self.MOTION, context)
        if source is None:
            return None
        df = frames.source_to_table_frame(source, context, feedback)
        missing = [c for c in ("user_id", "time", "activity") if c not in df.columns]
        if missing:
            raise QgsProcessingException(
                self.tr("The motion table lacks the field(s) {fields} (use the table made by Import "
                        "travel traces).").format(fields=", ".join(missing)))
        df["time"] = times_to_utc(df["time"])
        if "confidence" not in df.columns:
            df["confidence"] = np.nan
        df["user_id"] = df["user_id"].astype(str)
        return df.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)

    def _segment_by_participants(self, seg, points, seg_params, motion, parameters, feedback, budget,
                                 start=10.0, width=70.0):
        """``segment`` by partitions of whole participants (core.ingest.partition): the domain's working
        memory follows the largest partition, and the tables are those of one call on all the points
        (tests/unit/test_partition.py). Lines are made per partition; the cleaned points are kept only
        when that output is asked for."""
        from types import SimpleNamespace

        from ...tracemob_plugin.core.ingest.partition import partition_bounds

        bounds = list(partition_bounds(points["user_id"].to_numpy(), budget)) if len(points) else [slice(0, 0)]
        want_points = bool(parameters.get(self.OUTPUT_POINTS))
        acc = {k: [] for k in ("stays", "trips", "legs", "gaps", "points", "trip_lines", "leg_lines")}
        drop = ["first_point", "last_point"]
        span = width / len(bounds)
        for k, part in enumerate(bounds):
            chunk = points.iloc[part].reset_index(drop=True)
            part_motion = motion
            if motion is not None and len(bounds) > 1:
                part_motion = motion[motion["user_id"].isin(set(chunk["user_id"]))].reset_index(drop=True)
            progress, is_cancelled = self.callbacks(feedback, start + k * span, start + (k + 1) * span)
            result = self.run_domain(seg.segment, chunk, seg_params, motion=part_motion, progress=progress,
                                     is_cancelled=is_cancelled, stops=self._stops)
            cleaned = result.points
            for name, table, lines in (("trips", result.trips, "trip_lines"), ("legs", result.legs, "leg_lines")):
                acc[lines].extend(frames.lines_wkb_from_points(cleaned, table["first_point"], table["last_point"]))
                acc[name].append(table.drop(columns=[c for c in drop if c in table]))
            acc["stays"].append(result.stays)
            acc["gaps"].append(getattr(result, "gaps", None))
            if want_points:
                acc["points"].append(attach_motion(cleaned, part_motion) if part_motion is not None else cleaned)

        def cat(frames_):
            frames_ = [f for f in frames_ if f is not None]
            if not frames_:
                return None
            return frames_[0] if len(frames_) == 1 else pd.concat(frames_, ignore_index=True)

        return SimpleNamespace(stays=cat(acc["stays"]), trips=cat(acc["trips"]), legs=cat(acc["legs"]),
                               gaps=cat(acc["gaps"]), points=cat(acc["points"]) if want_points else None,
                               trip_lines=acc["trip_lines"], leg_lines=acc["leg_lines"])

    def _segment_on_cluster(self, dask, points, seg_params, motion, parameters, feedback, budget, start, width):
        """The same partitions as :meth:`_segment_by_participants`, segmented on the Dask cluster of the
        option (processing/cluster.py): the workers run ``segment`` and make the lines (the same WKB), the
        tables come back in participant order, equal to the run in QGIS (tests/qgis/test_cluster_setting.py)."""
        from types import SimpleNamespace

        from ...tracemob_plugin.core.cluster import ChainSpec

        want_points = bool(parameters.get(self.OUTPUT_POINTS))
        spec = ChainSpec(steps=("segment",), params=seg_params, geometry=True, keep_points=want_points,
                         stops=self._stops)
        result = cluster.run_chain(self, feedback, *dask, points, spec, motion=motion, budget=budget, start=start,
                                   end=start + width, announce=not self._cluster_named)
        self._cluster_named = True     # the next partitions of a large layer: the cluster is already named
        drop = ["first_point", "last_point", "geometry_wkb"]
        trips, legs = (t.drop(columns=[c for c in drop if c in t]) for t in (result.trips, result.legs))
        cleaned = result.points
        if want_points and motion is not None:
            cleaned = attach_motion(cleaned, motion)
        return SimpleNamespace(stays=result.stays, trips=trips, legs=legs, gaps=result.gaps, points=cleaned,
                               trip_lines=list(result.trips["geometry_wkb"]),
                               leg_lines=list(result.legs["geometry_wkb"]))

    def _params(self, parameters, context):
        seg = _segmentation_module()
        choices = seg.PARAM_CHOICES
        values = {}
        for name, _default, kind in params_fields():
            key = name.upper()
            if parameters.get(key) in (None, ""):
                continue
            if kind == "bool":
                values[name] = self.parameterAsBool(parameters, key, context)
            elif kind == "str" and name in choices:
                values[name] = self.parameterAsChoice(parameters, key, context)
            elif kind == "str":
                values[name] = self.parameterAsString(parameters, key, context)
            elif kind == "int":
                values[name] = self.parameterAsInt(parameters, key, context)
            else:
                values[name] = self.parameterAsDouble(parameters, key, context)
        return seg.SegmentationParams(**values)

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import os

        from ...tracemob_plugin.core.ingest.partition import DEFAULT_BUDGET, DOMAIN_BUDGET

        seg = _segmentation_module()
        budget = int(os.environ.get("TRACEMOB_PARTITION_FIXES", "") or DEFAULT_BUDGET)
        dask = cluster.current_choice()   # (choice, origin): the Dask cluster option, off by default
        self._cluster_named = False
        segment = self._segment_on_cluster if dask[0].on else \
            (lambda _dask, *args: self._segment_by_participants(seg, *args))
        table = self._read_motion(parameters, context, feedback)
        seg_params = self._params(parameters, context)
        self._stops = inputs.read_stops(self, parameters, context, feedback)
        groups = self._participant_groups(parameters, context, feedback, budget) or [(None, None)]
        # each partition's layers are written as soon as it is segmented (sinks.FrameSink)
        outputs = (
            (self.OUTPUT_STAYS, "stays", "point", None, "stays", self.tr("Stays")),
            (self.OUTPUT_TRIPS, "trips", "line", "trip_lines", "trips", self.tr("Trips")),
            (self.OUTPUT_LEGS, "legs", "line", "leg_lines", "legs", self.tr("Legs")),
            (self.OUTPUT_GAPS, "gaps", "none", None, "gaps", self.tr("Untracked gaps")),
            (self.OUTPUT_POINTS, "points", "point", None, "points", self.tr("Cleaned points")))
        writers = {key: sinks.FrameSink(self, parameters, key, context, geometry,
                                        wkb_type=compat.WKB_LINESTRING_M if geometry == "line" else None,
                                        feedback=feedback)
                   for key, _name, geometry, _lines, _style, _label in outputs}
        counts = {"stays": 0, "trips": 0, "legs": 0, "waits": 0}
        for k, (where, _size) in enumerate(groups):
            self.check_cancelled(feedback)
            points, carried = self._read_points(parameters, context, feedback, where=where)
            motion = table
            if table is not None and where is not None:
                motion = table[table["user_id"].isin(set(points["user_id"]))].reset_index(drop=True)
            if k == 0 and motion is None and carried is not None:
                feedback.pushInfo(self.tr("Using the {n} motion activity readings the points carry.").format(
                    n=len(carried)))
            elif k == 0 and motion is None:
                feedback.pushInfo(self.tr("No motion activity readings: legs come from speeds alone."))
            if motion is None:
                motion = carried
            if k == 0 and any(c in points.columns for c in PHONE_POINT_COLUMNS):
                feedback.pushInfo(self.tr("The points carry the phone's tracking streams (location filter, write "
                                          "time, transitions): e-mission's trip rules use them."))
            if where is None:
                feedback.pushInfo(self.tr("{n} points of {users} user(s) to segment.").format(
                    n=len(points), users=points["user_id"].nunique()))
                inputs.warn_if_empty(self, feedback, self.parameterAsSource(parameters, self.INPUT, context),
                                     len(points), self.tr("points"))
            feedback.setProgress(10 + 80.0 * k / len(groups))
            result = segment(dask, points, seg_params, motion, parameters, feedback, min(budget, DOMAIN_BUDGET),
                             10 + 80.0 * k / len(groups), 70.0 / len(groups))
            del points, carried
            for key, name, geometry, lines, _style, _label in outputs:
                frame = getattr(result, name)
                if frame is not None:
                    writers[key].write(frame, getattr(result, lines) if lines else None)
            for name in ("stays", "trips", "legs"):
                counts[name] += len(getattr(result, name))
            if result.legs is not None and "sensed_mode" in result.legs.columns:
                counts["waits"] += int((result.legs["sensed_mode"] == "wait").sum())
            del result
        feedback.pushInfo(self.tr("{stays} stays, {trips} trips, {legs} legs.").format(**counts))
        if self._stops is not None:
            feedback.pushInfo(self.tr("{n} waits at a public-transport stop kept inside their trip (wait legs).").format(
                n=counts["waits"]))
        out = {}
        for key, _name, _geometry, _lines, style, label in outputs:
            dest = writers[key].close()
            if dest:
                styles.style_output(context, dest, style, label)
                out[key] = dest
        feedback.setProgress(100)
        return out
