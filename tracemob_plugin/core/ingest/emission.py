"""E-mission / OpenPATH timeseries entries (MongoDB extended JSON) -> Traces.

Which location stream
---------------------
e-mission's own pipeline segments trips on ``background/filtered_location``
(``emission/analysis/intake/segmentation/trip_segmentation.py`` reads
``ts.get_data_df("background/filtered_location", ...)``). Phones that do not filter on the device
(e.g. the 2015 iOS client, see ``iphone_2015-11-06``) only send ``background/location``; the
server then builds ``filtered_location`` itself in ``intake/cleaning/filter_accuracy.py``: it keeps
the fixes with ``accuracy < 200`` m and drops exact duplicates. Tracemob does the same, per user:
the first key of ``location_keys`` that the user has is used; when it falls back from
``background/filtered_location`` to ``background/location`` the server's accuracy filter is
applied and reported in ``warnings``.

Files
-----
A raw day dump of the e-mission-server test data (a JSON list of entries, often without an
extension), the OpenPATH app's "Download JSON dump" (``YYYY-MM-DD.YYYY-MM-DD.timeline``: the
``phone_data`` list of the server's answer, see ``www/js/services/controlHelper.ts`` of
e-mission-phone), a server answer ``{"phone_data": [...]}`` and ``mongoexport`` JSON Lines are all
read; any of them may be gzipped.

Motion activities
-----------------
``background/motion_activity`` ``data.type`` is e-mission's ``MotionTypes`` enum
(``emission/core/wrapper/motionactivity.py``): 0 IN_VEHICLE, 1 BICYCLING, 2 ON_FOOT, 3 STILL,
4 UNKNOWN, 5 TILTING, 7 WALKING, 8 RUNNING, 9 NONE (iOS, all flags false), 10
STOPPED_WHILE_IN_VEHICLE (iOS automotive + stationary: ``stopped_in_vehicle``, which e-mission's
section segmentation ignores like ``still``), 11 AIR_OR_HSR.

Tracking streams
----------------
Each location's ``data.filter`` (``"time"`` on Android, ``"distance"`` on iOS) and
``metadata.write_ts``, and the ``statemachine/transition`` entries, which e-mission's trip
segmentation reads, travel on the points (columns of ``ingest.phone``). Exact duplicates (the
same entry synced twice: locations with the same time, position, accuracy, speed and write time,
motion readings with the same time, activity and confidence, identical transitions) are dropped,
as e-mission's timeseries does when it reads them. Android may also give the
names; raw iOS entries give booleans (``automotive``, ``cycling``, ``running``, ``walking``,
``stationary``, ``unknown``) and ``confidence_level`` low/medium/high.
"""
import base64
import math
import re
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..vocab.times import epoch_to_utc
from .common import Traces, check_coordinates, empty_labels, empty_motion, empty_points, file_label, finalize_labels, finalize_motion, finalize_points
from .phone import attach_transitions, state_number, transition_number

FILTERED = "background/filtered_location"
RAW = "background/location"
MOTION = "background/motion_activity"
TRANSITION = "statemachine/transition"
DEFAULT_LOCATION_KEYS = (FILTERED, RAW)
EMISSION_ACCURACY_LIMIT_M = 200.0   # e-mission's filter_accuracy threshold (strictly below is kept)

TRIP_KEYS = ("analysis/confirmed_trip", "analysis/composite_trip")
MANUAL_KEYS = ("manual/mode_confirm", "manual/purpose_confirm", "manual/trip_user_input")

_MOTION_INT = {0: "in_vehicle", 1: "cycling", 2: "on_foot", 3: "still", 4: "unknown", 5: "tilting",
               7: "walking", 8: "running", 9: "unknown", 10: "stopped_in_vehicle", 11: "in_vehicle"}
_MOTION_NAMES = {
    "in_vehicle": "in_vehicle", "invehicle": "in_vehicle", "automotive": "in_vehicle",
    "vehicle": "in_vehicle", "stopped_while_in_vehicle": "stopped_in_vehicle",
    "stopped_in_vehicle": "stopped_in_vehicle", "air_or_hsr": "in_vehicle",
    "on_bicycle": "cycling", "bicycling": "cycling", "cycling": "cycling", "bicycle": "cycling",
    "on_foot": "on_foot", "onfoot": "on_foot", "still": "still", "stationary": "still",
    "unknown": "unknown", "none": "unknown", "tilting": "tilting", "walking": "walking",
    "running": "running",
}
# iOS boolean flags, in the order that decides when several are true
# (automotive + stationary is e-mission's STOPPED_WHILE_IN_VEHICLE: stopped_in_vehicle).
_IOS_FLAGS = (("automotive", "in_vehicle"), ("cycling", "cycling"), ("running", "running"),
              ("walking", "walking"), ("stationary", "still"), ("unknown", "unknown"))
_IOS_LEVEL = {"high": 100.0, "medium": 75.0, "low": 50.0}


def unwrap(value):
    """Scalar from MongoDB extended JSON (canonical or relaxed); other values unchanged.

    ``{"$uuid": h}`` / ``{"$oid": h}`` -> str, ``{"$numberLong": "5"}`` & co -> float,
    ``{"$date": ...}`` -> epoch seconds (float), ``{"$binary": ...}`` UUID -> hex str.
    """
    if not isinstance(value, dict) or len(value) == 0:
        return value
    if len(value) > 2:
        return value
    k, v = next(iter(value.items()))
    if not isinstance(k, str) or not k.startswith("$"):
        return value
    if k in ("$numberLong", "$numberDouble", "$numberInt", "$numberDecimal"):
        try:
            return float(v)
        except (TypeError, ValueError):
            return math.nan
    if k in ("$uuid", "$oid"):
        return str(v).replace("-", "") if k == "$uuid" else str(v)
    if k == "$date":
        v = unwrap(v)
        if isinstance(v, (int, float)):
            return float(v) / 1000.0
        try:
            return pd.Timestamp(v).timestamp()
        except (TypeError, ValueError):
            return math.nan
    if k == "$binary":
        data = v.get("base64") if isinstance(v, dict) else v
        try:
            return base64.b64decode(data).hex()
        except (TypeError, ValueError):
            return str(data)
    return value


def _num(value) -> float:
    kind = type(value)
    if kind is float:
        return value
    if kind is int:
        return float(value)
    value = unwrap(value)
    if value is None or isinstance(value, bool):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def _user_of(entry, default: str) -> str:
    uid = entry.get("user_id")
    if uid is None:
        return default
    if type(uid) is dict and "$uuid" in uid and type(uid["$uuid"]) is str:
        return uid["$uuid"].replace("-", "") or default
    uid = unwrap(uid)
    if isinstance(uid, dict) or uid == "":
        return default
    return str(uid)


def normalise_activity(data: dict) -> str:
    """Activity name of one motion entry's ``data`` (see the module doc)."""
    t = unwrap(data.get("type"))
    if isinstance(t, bool):
        t = None
    if isinstance(t, (int, float)) and not (isinstance(t, float) and math.isnan(t)):
        return _MOTION_INT.get(int(t), "unknown")
    if isinstance(t, str):
        name = t.strip().lower().split(".")[-1]  # "MotionTypes.IN_VEHICLE" -> "in_vehicle"
        if name.lstrip("-").isdigit():
            return _MOTION_INT.get(int(name), "unknown")
        return _MOTION_NAMES.get(name, "unknown")
    if data.get("automotive") is True and data.get("stationary") is True:
        return "stopped_in_vehicle"
    for flag, act in _IOS_FLAGS:
        if data.get(flag) is True:
            return act
    return "unknown"


def _confidence(data: dict) -> float:
    c = _num(data.get("confidence"))
    if math.isnan(c):
        level = data.get("confidence_level")
        if isinstance(level, str):
            c = _IOS_LEVEL.get(level.lower(), math.nan)
    return c


def _label_text(value) -> str:
    """A label value may be a string, a list of strings or a {"label"/"value": ...} dict."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for k in ("label", "value", "data"):
            if k in value:
                return _label_text(value[k])
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(_label_text(v) for v in value if v is not None).strip()
    return str(value)


#: the answer names of an ENKETO trip survey that hold the mode, the purpose, the replaced mode
SURVEY_FIELDS = {"mode_confirm": ("travel_mode", "mode", "mode_confirm"),
                 "purpose_confirm": ("destination_purpose", "purpose", "purpose_confirm", "trip_purpose"),
                 "replaced_mode": ("replaced_mode",)}


def _find_answer(doc, names):
    """The first answer named in ``names`` in a survey document (nested groups searched)."""
    if isinstance(doc, dict):
        for n in names:
            if n in doc and doc[n] not in (None, "", {}):
                return doc[n]
        for v in doc.values():
            found = _find_answer(v, names)
            if found is not None:
                return found
    elif isinstance(doc, list):
        for v in doc:
            found = _find_answer(v, names)
            if found is not None:
                return found
    return None


def _xml_answer(xml: str, names) -> str:
    for n in names:
        m = re.search(r"<{0}>([^<]*)</{0}>".format(re.escape(n)), xml)
        if m and m.group(1).strip():
            return m.group(1).strip()
    return ""


def survey_answers(survey: dict) -> dict:
    """``{mode_confirm, purpose_confirm, replaced_mode}`` ("" when absent) from an ENKETO
    ``trip_user_input`` survey answer (its data part: ``jsonDocResponse``, else ``xmlResponse``)."""
    out = {k: "" for k in SURVEY_FIELDS}
    if not isinstance(survey, dict):
        return out
    doc = survey.get("jsonDocResponse")
    xml = survey.get("xmlResponse")
    for k, names in SURVEY_FIELDS.items():
        if isinstance(doc, (dict, list)):
            out[k] = _label_text(_find_answer(doc, names))
        if not out[k] and isinstance(xml, str):
            out[k] = _xml_answer(xml, names)
    return out


def _survey_labels(survey: dict):
    """(mode, purpose) from an ENKETO ``trip_user_input`` survey answer (data part)."""
    a = survey_answers(survey)
    return a["mode_confirm"], a["purpose_confirm"]


def user_input_labels(user_input) -> dict:
    """The labels of a trip's ``data.user_input`` (``analysis/confirmed_trip`` and the like):
    ``{mode_confirm, purpose_confirm, replaced_mode}``, "" when absent.

    The one parser for the file reader and the server import. Handles multilabel studies (a
    label string, or on newer servers the whole input entry with ``data.label``) and
    survey-based studies (``trip_user_input``: the whole ENKETO answer, or its data part).
    """
    out = {k: "" for k in SURVEY_FIELDS}
    if not isinstance(user_input, dict):
        return out
    for k in out:
        out[k] = _label_text(user_input.get(k))
    survey = user_input.get("trip_user_input")
    if isinstance(survey, dict) and not (out["mode_confirm"] or out["purpose_confirm"]):
        data = survey.get("data") if isinstance(survey.get("data"), dict) else survey
        answers = survey_answers(data)
        for k, v in answers.items():
            out[k] = out[k] or v
    return out


def _add_location(col, e, data, md, default_user, i) -> bool:
    """Append one location entry to the column lists ``col``; False when it has no time."""
    ts = _num(data.get("ts"))
    if math.isnan(ts):
        return False
    lat = _num(data.get("latitude"))
    lon = _num(data.get("longitude"))
    if math.isnan(lat) or math.isnan(lon):
        locd = data.get("loc")
        coords = locd.get("coordinates") if isinstance(locd, dict) else None
        if isinstance(coords, (list, tuple)) and len(coords) >= 2:
            lon, lat = _num(coords[0]), _num(coords[1])
    spd = _num(data.get("sensed_speed")) if "sensed_speed" in data else _num(data.get("speed"))
    col["u"].append(_user_of(e, default_user))
    col["ts"].append(ts)
    col["lat"].append(lat)
    col["lon"].append(lon)
    col["acc"].append(_num(data.get("accuracy")))
    col["spd"].append(spd)
    col["row"].append(i + 1)
    oid = unwrap(e.get("_id"))
    col["oid"].append(oid if isinstance(oid, str) else "")
    filt = data.get("filter")
    col["filter"].append(filt if isinstance(filt, str) and filt else None)
    col["write"].append(_num(md.get("write_ts")))
    return True


def _add_transition(trans, e, data, md, default_user) -> bool:
    """Append one ``statemachine/transition`` entry; False when it has no time."""
    ts = _num(data.get("ts"))
    if math.isnan(ts):
        ts = _num(md.get("write_ts"))
    if math.isnan(ts):
        return False
    trans["u"].append(_user_of(e, default_user))
    trans["ts"].append(ts)
    trans["transition"].append(transition_number(unwrap(data.get("transition"))))
    trans["state"].append(state_number(unwrap(data.get("curr_state", data.get("currState")))))
    return True


def parse_emission_entries(entries: List[dict], source: str, user_id: Optional[str] = None,
                           location_keys: Sequence[str] = DEFAULT_LOCATION_KEYS) -> Traces:
    """Turn a list of e-mission timeseries entries into :class:`Traces`.

    ``source`` is the file (or server) the entries came from: its name goes into
    ``source_file`` and, without any user id in the entries nor ``user_id``, its stem becomes
    the user id. Location fixes come from the first key of ``location_keys`` each user has
    (see the module doc), with the phone's tracking streams on them (``ingest.phone``). Entries
    of other keys (battery, stats...) are ignored.
    """
    fname = file_label(source) if source else ""
    default_user = user_id if user_id else (Path(fname).stem if fname else "user")
    warnings: List[str] = []
    if not isinstance(entries, list):
        raise InputError(tr("an e-mission file must hold a list of timeseries entries"),
                         file=fname, hint=tr("Export the data again with OpenPATH or e-mission."))
    wanted_loc = set(location_keys)

    # location columns per key, one pass
    loc: Dict[str, Dict[str, list]] = {k: {"u": [], "ts": [], "lat": [], "lon": [], "acc": [],
                                           "spd": [], "row": [], "filter": [], "write": [], "oid": []}
                                       for k in location_keys}
    mot = {"u": [], "ts": [], "act": [], "conf": []}
    trans = {"u": [], "ts": [], "transition": [], "state": []}
    labels = []   # dicts: user, start_ts, end_ts, mode, purpose, source, prio, write_ts
    n_not_entries = 0
    n_no_time = 0

    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            n_not_entries += 1
            continue
        md = e.get("metadata")
        key = md.get("key") if isinstance(md, dict) else None
        if key is None:
            n_not_entries += 1
            continue
        data = e.get("data")
        if not isinstance(data, dict):
            continue
        if key in wanted_loc:
            if not _add_location(loc[key], e, data, md, default_user, i):
                n_no_time += 1
        elif key == MOTION:
            ts = _num(data.get("ts"))
            if math.isnan(ts):
                n_no_time += 1
                continue
            mot["u"].append(_user_of(e, default_user))
            mot["ts"].append(ts)
            mot["act"].append(normalise_activity(data))
            mot["conf"].append(_confidence(data))
        elif key == TRANSITION:
            if not _add_transition(trans, e, data, md, default_user):
                n_no_time += 1
        elif key in TRIP_KEYS:
            ui = data.get("user_input")
            if not isinstance(ui, dict) or not ui:
                continue
            found = user_input_labels(ui)
            mode, purpose = found["mode_confirm"], found["purpose_confirm"]
            if not mode and not purpose:
                continue
            labels.append({"user_id": _user_of(e, default_user),
                           "start_ts": _num(data.get("start_ts")), "end_ts": _num(data.get("end_ts")),
                           "mode_confirm": mode or None, "purpose_confirm": purpose or None,
                           "source": key, "prio": 1, "write_ts": _num(md.get("write_ts"))})
        elif key in MANUAL_KEYS:
            if key == "manual/trip_user_input":
                mode, purpose = _survey_labels(data)
            elif key == "manual/mode_confirm":
                mode, purpose = _label_text(data.get("label")), ""
            else:
                mode, purpose = "", _label_text(data.get("label"))
            if not mode and not purpose:
                continue
            labels.append({"user_id": _user_of(e, default_user),
                           "start_ts": _num(data.get("start_ts")), "end_ts": _num(data.get("end_ts")),
                           "mode_confirm": mode or None, "purpose_confirm": purpose or None,
                           "source": key, "prio": 0, "write_ts": _num(md.get("write_ts"))})

    if n_not_entries and n_not_entries == len(entries):
        raise InputError(tr("no e-mission timeseries entry (with metadata.key) in this JSON list"),
                         file=fname, hint=tr("Give the raw timeseries export of OpenPATH / e-mission "
                                             "(a list of entries with metadata and data)."))
    if n_not_entries:
        warnings.append(tr("{file}: {n} items without metadata.key ignored").format(
            file=fname, n=n_not_entries))
    if n_no_time:
        warnings.append(tr("{file}: {n} entries without data.ts ignored").format(
            file=fname, n=n_no_time))

    points = _choose_locations(loc, location_keys, fname, warnings)
    motion = empty_motion()
    if mot["ts"]:
        m = pd.DataFrame({"user_id": mot["u"], "ts": np.asarray(mot["ts"], dtype="float64"), "activity": mot["act"],
                          "confidence": np.asarray(mot["conf"], dtype="float64"), "source_file": fname})
        m = m.drop_duplicates(subset=["user_id", "ts", "activity", "confidence"]).reset_index(drop=True)
        m["time"] = epoch_to_utc(m["ts"].to_numpy(), fname, field="data.ts")
        motion = finalize_motion(m)
    if trans["ts"] and len(points):
        tr_ = pd.DataFrame({"user_id": trans["u"], "ts": np.asarray(trans["ts"], dtype="float64"),
                            "transition": np.asarray(trans["transition"], dtype="float64"),
                            "state": np.asarray(trans["state"], dtype="float64")}).drop_duplicates()
        tr_["time"] = epoch_to_utc(tr_["ts"].to_numpy(), fname, field="data.ts")
        points = attach_transitions(points, tr_.reset_index(drop=True))
    trips_labels = _labels_frame(labels, fname)
    return Traces(points, motion, trips_labels, warnings, [fname] if fname else [])


def _choose_locations(loc, location_keys, fname, warnings) -> pd.DataFrame:
    frames = {}
    for key in location_keys:
        c = loc[key]
        if not c["ts"]:
            continue
        frames[key] = pd.DataFrame({
            "user_id": np.asarray(c["u"], dtype=object),
            "ts": np.asarray(c["ts"], dtype="float64"),
            "lat": np.asarray(c["lat"], dtype="float64"),
            "lon": np.asarray(c["lon"], dtype="float64"),
            "accuracy_m": np.asarray(c["acc"], dtype="float64"),
            "speed_mps": np.asarray(c["spd"], dtype="float64"),
            "row": np.asarray(c["row"], dtype="int64"),
            "location_filter": np.asarray(c["filter"], dtype=object),
            "write_ts": np.asarray(c["write"], dtype="float64"),
            "oid": np.asarray(c["oid"], dtype=object),
        })
    if not frames:
        return empty_points()
    users = sorted(set().union(*[set(f["user_id"].unique()) for f in frames.values()]))
    chosen = []
    for u in users:
        for rank, key in enumerate(location_keys):
            f = frames.get(key)
            if f is None:
                continue
            sub = f[f["user_id"] == u]
            if len(sub) == 0:
                continue
            if rank > 0 and key == RAW and FILTERED in location_keys:
                n0 = len(sub)
                sub = sub[sub["accuracy_m"] < EMISSION_ACCURACY_LIMIT_M]
                sub = sub.drop_duplicates(subset=["ts", "lat", "lon", "accuracy_m"])
                warnings.append(tr("{file}: user {user} has no {filtered}; used {raw} with "
                                   "e-mission's accuracy filter (< 200 m, no duplicates): kept {kept} "
                                   "of {n} fixes").format(file=fname, user=u, filtered=FILTERED,
                                                          raw=RAW, kept=len(sub), n=n0))
            chosen.append(sub)
            break
    df = pd.concat(chosen, ignore_index=True)
    # the same entry synced twice (e-mission drops these when it reads the locations)
    df = df.drop_duplicates(subset=["user_id", "ts", "lat", "lon", "accuracy_m", "speed_mps", "write_ts"])
    df = df.reset_index(drop=True)
    check_coordinates(df["lat"].to_numpy(), df["lon"].to_numpy(), fname, rows=df["row"].to_numpy(),
                      row_label="data.latitude/longitude",
                      rows_note=tr("Rows count the entries of the JSON list from 1."))
    # phones report -1 (iOS) or 0 for an unknown accuracy / speed
    acc = df["accuracy_m"].to_numpy()
    df["accuracy_m"] = np.where(acc > 0, acc, np.nan)
    spd = df["speed_mps"].to_numpy()
    df["speed_mps"] = np.where(spd >= 0, spd, np.nan)
    # fixes taken at the same time in the order e-mission reads them (write time, then entry id)
    df = df.sort_values(["user_id", "ts", "write_ts", "oid"], kind="mergesort").reset_index(drop=True)
    df["time"] = epoch_to_utc(df["ts"].to_numpy(), fname, rows=df["row"].to_numpy(), field="data.ts")
    df["source_file"] = fname
    if df["location_filter"].isna().all():
        df = df.drop(columns="location_filter")
    if df["write_ts"].isna().all():
        df = df.drop(columns="write_ts")
    return finalize_points(df)


def _labels_frame(labels, fname) -> pd.DataFrame:
    if not labels:
        return empty_labels()
    df = pd.DataFrame(labels)
    df = df[np.isfinite(df["start_ts"]) & np.isfinite(df["end_ts"])]
    if len(df) == 0:
        return empty_labels()
    # a confirmed trip (prio 1) wins over manual entries for the same span; among manual
    # entries the latest written wins, field by field (mode and purpose are separate entries)
    df = df.sort_values(["user_id", "start_ts", "end_ts", "prio", "write_ts"], kind="mergesort")
    g = df.groupby(["user_id", "start_ts", "end_ts"], sort=False)
    out = g.agg(mode_confirm=("mode_confirm", "last"), purpose_confirm=("purpose_confirm", "last"),
                source=("source", "last")).reset_index()
    out["start_time"] = epoch_to_utc(out["start_ts"].to_numpy())
    out["end_time"] = epoch_to_utc(out["end_ts"].to_numpy())
    out["source_file"] = fname
    return finalize_labels(out)


def looks_like_emission(obj) -> bool:
    """True for a list whose first dict items carry ``metadata.key``."""
    if isinstance(obj, dict):
        obj = emission_entries_of(obj)
    if not isinstance(obj, list) or not obj:
        return False
    for e in obj[:20]:
        if isinstance(e, dict) and isinstance(e.get("metadata"), dict) and "key" in e["metadata"]:
            return True
    return False


def emission_entries_of(obj) -> Optional[list]:
    """The entry list of a parsed JSON document: the list itself, or the list under
    ``phone_data`` / ``entries`` / ``timeseries`` / ``data`` of a server answer or an export."""
    if isinstance(obj, list):
        return obj
    if isinstance(obj, dict):
        for k in ("phone_data", "entries", "timeseries", "data", "result"):
            v = obj.get(k)
            if isinstance(v, list) and v and isinstance(v[0], dict) and "metadata" in v[0]:
                return v
    return None


def iter_keys(entries: Iterable[dict]):
    for e in entries:
        if isinstance(e, dict) and isinstance(e.get("metadata"), dict):
            yield e["metadata"].get("key")
