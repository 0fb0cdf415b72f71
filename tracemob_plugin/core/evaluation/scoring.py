"""Score detected trips (or legs) against reference ones, and read e-mission ground-truth days.

The reference can be e-mission's checked pipeline output (``NAME.ground_truth`` files, read with
:func:`read_emission_ground_truth`), user-confirmed trips (``trips_labels``) or any frame with
``start_time``/``end_time`` columns.

Matching (:func:`match_intervals`) is one-to-one on *temporal IoU* (intersection over union of
the two time spans): the assignment that maximises the summed IoU among pairs with
IoU >= ``min_iou`` (0.5 by default) is found with the Hungarian algorithm
(``scipy.optimize.linear_sum_assignment``); pairs below the threshold are never matched.

:func:`score_trips` returns a :class:`TripScore`: counts, precision, recall, F1 and the start
and end time errors of the matched pairs. :meth:`TripScore.combine` micro-averages several
scores (days): counts are summed and the errors of all matched pairs are pooled before taking
the median.
"""
import datetime as _dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import InputError, require_columns
from ..i18n import tr
from ..vocab.times import epoch_seconds, epoch_to_utc

# e-mission's MotionTypes enum (emission/core/wrapper/motionactivity.py), used when a section's
# ``sensed_mode`` is stored as a number instead of "MotionTypes.NAME".
EMISSION_MOTION_TYPES = {
    0: "IN_VEHICLE", 1: "BICYCLING", 2: "ON_FOOT", 3: "STILL", 4: "UNKNOWN", 5: "TILTING",
    7: "WALKING", 8: "RUNNING", 9: "NONE", 10: "STOPPED_WHILE_IN_VEHICLE", 11: "AIR_OR_HSR",
}
# e-mission sensed modes -> Tracemob motion activity vocabulary (docs/ARCHITECTURE.md, motion).
SENSED_MODE_TO_ACTIVITY = {
    "IN_VEHICLE": "in_vehicle", "BICYCLING": "cycling", "ON_FOOT": "on_foot", "STILL": "still",
    "UNKNOWN": "unknown", "TILTING": "tilting", "WALKING": "walking", "RUNNING": "running",
    "NONE": "unknown", "STOPPED_WHILE_IN_VEHICLE": "stopped_in_vehicle", "AIR_OR_HSR": "air_or_hsr",
}

GT_TRIP_COLUMNS = ["trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m",
                   "n_sections"]
GT_SECTION_COLUMNS = ["section_id", "trip_id", "user_id", "start_time", "end_time", "duration_s",
                      "distance_m", "sensed_mode", "activity"]
GT_STOP_COLUMNS = ["stop_id", "trip_id", "user_id", "start_time", "end_time", "duration_s"]

GROUND_TRUTH_SUFFIXES = (".ground_truth", ".ground_truth.json")
COMPOSITE_SUFFIX = ".expected_composite_trips"
# e-mission's variants of a day's expected composite trips, best first (no user input, no .alt)
COMPOSITE_VARIANTS = ("", ".before-user-inputs")


# --------------------------------------------------------------------------- ground truth


@dataclass
class GroundTruth:
    """One e-mission ground-truth day.

    ``trips``: :data:`GT_TRIP_COLUMNS`; ``sections`` (the legs, with e-mission's
    ``sensed_mode`` and the Tracemob ``activity``): :data:`GT_SECTION_COLUMNS`; ``stops``
    (short stops between sections): :data:`GT_STOP_COLUMNS`. Times are UTC.
    ``day`` is the local calendar date the file describes and ``timezone`` its IANA zone.
    ``untracked`` (composite trips only): spans e-mission marks as untracked time.
    """
    trips: pd.DataFrame
    sections: pd.DataFrame
    stops: pd.DataFrame
    day: Optional[_dt.date]
    timezone: str
    source_file: str
    untracked: pd.DataFrame = field(default_factory=pd.DataFrame)

    def day_window(self) -> Tuple[pd.Timestamp, pd.Timestamp]:
        """UTC ``[start, end)`` in which detected trips must *start* to be compared with this day.

        The local day (e-mission lists the trips starting that day), widened if needed so that
        every reference trip's start falls inside (a day file whose trips start on two dates).
        """
        if self.day is None:
            if self.trips.empty:
                raise InputError(tr("the ground truth names no day and holds no trip"),
                                 file=self.source_file)
            return self.trips.start_time.min(), self.trips.end_time.max()
        start = pd.Timestamp(self.day).tz_localize(self.timezone).tz_convert("UTC")
        end = (pd.Timestamp(self.day) + pd.Timedelta(days=1)).tz_localize(self.timezone).tz_convert("UTC")
        if not self.trips.empty:
            start = min(start, self.trips.start_time.min())
            end = max(end, self.trips.start_time.max() + pd.Timedelta(seconds=1))
        return start, end


def _oid(value) -> str:
    if isinstance(value, dict):
        for key in ("$oid", "$uuid"):
            if key in value:
                return str(value[key])
    return "" if value is None else str(value)


def _sensed_mode(value) -> str:
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return EMISSION_MOTION_TYPES.get(int(value), "UNKNOWN")
    text = str(value)
    return text.split(".")[-1].upper() if text else "UNKNOWN"


def _local_date(local_dt) -> Optional[_dt.date]:
    try:
        return _dt.date(int(local_dt["year"]), int(local_dt["month"]), int(local_dt["day"]))
    except (KeyError, TypeError, ValueError):
        return None


def _load_json(path: Path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as err:
        raise InputError(tr("cannot read this ground-truth file: {error}").format(error=err),
                         file=path.name,
                         hint=tr("Give an e-mission ground_truth JSON file.")) from err


class _Collector:
    """Rows of a ground-truth day, turned into the GroundTruth frames at the end."""

    def __init__(self, path: Path):
        self.path = path
        self.trips, self.sections, self.stops, self.untracked = [], [], [], []
        self.dates, self.zones = Counter(), Counter()

    def local_start(self, local_dt) -> None:
        local_dt = local_dt if isinstance(local_dt, dict) else {}
        if _local_date(local_dt) is not None:
            self.dates[_local_date(local_dt)] += 1
        if local_dt.get("timezone"):
            self.zones[local_dt["timezone"]] += 1

    def section(self, section_id, trip_id, user_id, props) -> None:
        mode = _sensed_mode(props.get("sensed_mode", "UNKNOWN"))
        self.sections.append((section_id, trip_id, user_id, props["start_ts"], props["end_ts"],
                              props.get("distance", np.nan), mode,
                              SENSED_MODE_TO_ACTIVITY.get(mode, "unknown")))

    def build(self, metadata_key: str) -> GroundTruth:
        day = self.dates.most_common(1)[0][0] if self.dates else None
        if day is None:
            match = re.search(r"(\d{4})-(\d{2})-(\d{2})", str(metadata_key or ""))
            if match:
                day = _dt.date(*(int(g) for g in match.groups()))
        timezone = self.zones.most_common(1)[0][0] if self.zones else "UTC"
        frames = []
        for rows, columns, names in (
                (self.trips, GT_TRIP_COLUMNS, ["trip_id", "user_id", "s", "e", "distance_m", "n_sections"]),
                (self.sections, GT_SECTION_COLUMNS, ["section_id", "trip_id", "user_id", "s", "e",
                                                     "distance_m", "sensed_mode", "activity"]),
                (self.stops, GT_STOP_COLUMNS, ["stop_id", "trip_id", "user_id", "s", "e"]),
                (self.untracked, GT_STOP_COLUMNS, ["stop_id", "trip_id", "user_id", "s", "e"])):
            df = pd.DataFrame(rows, columns=names)
            df["start_time"] = epoch_to_utc(df.pop("s"))
            df["end_time"] = epoch_to_utc(df.pop("e"))
            df["duration_s"] = (df.end_time - df.start_time).dt.total_seconds()
            frames.append(df[columns].sort_values("start_time", kind="stable").reset_index(drop=True))
        untracked = frames[3].drop(columns=["stop_id"])
        return GroundTruth(frames[0], frames[1], frames[2], day, timezone, self.path.name, untracked)


def read_emission_ground_truth(path) -> GroundTruth:
    """Read an e-mission ``NAME.ground_truth`` file (its checked pipeline output for one day).

    The file is ``{"data": [FeatureCollection per trip, ...], "metadata": {"key":
    "diary/trips-YYYY-MM-DD"}, "user_id": ...}``. Each trip collection has the trip times in its
    ``properties`` (``start_ts``/``end_ts``, epoch seconds), ``start_place``/``end_place`` and
    ``stop`` features, and nested collections holding the ``section`` features (``sensed_mode``).
    """
    path = Path(path)
    doc = _load_json(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("data"), list):
        raise InputError(tr("no 'data' list of trips in this ground-truth file"), file=path.name,
                         field="data", hint=tr("Give an e-mission ground_truth JSON file."))
    user_id = _oid(doc.get("user_id")) or _day_name(path)
    out = _Collector(path)
    for i, fc in enumerate(doc["data"]):
        props = (fc or {}).get("properties") or {}
        if "start_ts" not in props or "end_ts" not in props:
            raise InputError(tr("this trip has no start_ts/end_ts"), file=path.name, row=i,
                             field="properties", hint=tr("Give an e-mission ground_truth JSON file."))
        trip_id = _oid(fc.get("id")) or "{stem}_{i}".format(stem=_day_name(path), i=i)
        out.local_start(props.get("start_local_dt"))
        n_sections = 0
        for feature in _walk_features(fc.get("features") or []):
            fprops = feature.get("properties") or {}
            kind = fprops.get("feature_type")
            if kind == "section":
                n_sections += 1
                out.section(_oid(feature.get("id")), trip_id, user_id, fprops)
            elif kind == "stop":
                out.stops.append((_oid(feature.get("id")), trip_id, user_id, fprops["enter_ts"],
                                  fprops["exit_ts"]))
        out.trips.append((trip_id, user_id, props["start_ts"], props["end_ts"],
                          props.get("distance", np.nan), n_sections))
    return out.build((doc.get("metadata") or {}).get("key", ""))


def read_emission_composite_trips(path) -> GroundTruth:
    """Read an e-mission ``NAME.expected_composite_trips`` file (newer pipeline, 2023).

    It is a list of ``analysis/composite_trip`` entries; ``data`` holds ``start_ts``/``end_ts``
    and ``sections`` (entries whose ``data`` has ``sensed_mode`` as a number). Entries whose
    ``metadata.origin_key`` is ``analysis/confirmed_untracked`` are untracked time, not trips:
    they go to ``GroundTruth.untracked``.
    """
    path = Path(path)
    doc = _load_json(path)
    if not isinstance(doc, list):
        raise InputError(tr("a composite-trips file must hold a list of trip entries"), file=path.name,
                         hint=tr("Give an e-mission expected_composite_trips JSON file."))
    out = _Collector(path)
    for i, entry in enumerate(doc):
        data = (entry or {}).get("data") if isinstance(entry, dict) else None
        if not isinstance(data, dict) or "start_ts" not in data or "end_ts" not in data:
            raise InputError(tr("this trip has no start_ts/end_ts"), file=path.name, row=i, field="data",
                             hint=tr("Give an e-mission expected_composite_trips JSON file."))
        user_id = _oid(entry.get("user_id")) or _day_name(path)
        trip_id = _oid(entry.get("_id")) or "{stem}_{i}".format(stem=_day_name(path), i=i)
        origin = str((entry.get("metadata") or {}).get("origin_key", ""))
        if origin.endswith("untracked"):
            out.untracked.append((trip_id, trip_id, user_id, data["start_ts"], data["end_ts"]))
            continue
        out.local_start(data.get("start_local_dt"))
        sections = data.get("sections") or []
        for j, sec in enumerate(sections):
            sprops = sec.get("data", sec) if isinstance(sec, dict) else {}
            if "start_ts" in sprops and "end_ts" in sprops:
                out.section(_oid(sec.get("_id")) or "{t}_{j}".format(t=trip_id, j=j), trip_id, user_id, sprops)
        out.trips.append((trip_id, user_id, data["start_ts"], data["end_ts"],
                          data.get("distance", np.nan), len(sections)))
    return out.build("")


def read_reference_day(path) -> GroundTruth:
    """:func:`read_emission_composite_trips` for ``*expected_composite_trips`` files, else
    :func:`read_emission_ground_truth`."""
    path = Path(path)
    if path.name.endswith(COMPOSITE_SUFFIX):
        return read_emission_composite_trips(path)
    return read_emission_ground_truth(path)


def _walk_features(features) -> Iterable[dict]:
    for feature in features:
        if not isinstance(feature, dict):
            continue
        if feature.get("type") == "FeatureCollection":
            yield from _walk_features(feature.get("features") or [])
        else:
            yield feature


def _day_name(path: Path) -> str:
    name = path.name
    if name.endswith(COMPOSITE_SUFFIX):
        return name[: -len(COMPOSITE_SUFFIX)].split(".")[0]
    for suffix in sorted(GROUND_TRUTH_SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def find_ground_truth_days(folder, composite: bool = False) -> List[Tuple[Path, Path]]:
    """``(raw_day_file, reference_file)`` pairs in ``folder``, sorted by name.

    A raw day ``NAME`` (or ``NAME.json``, ``NAME.json.gz``, ``NAME.gz``) pairs with ``NAME.ground_truth`` or
    ``NAME.ground_truth.json``; references without their raw file are skipped. With
    ``composite``, raw days without a ground truth but with ``NAME.expected_composite_trips``
    (or ``NAME.before-user-inputs.expected_composite_trips``) are added too.
    """
    folder = Path(folder)

    def raw_of(name):
        for raw in (folder / name, folder / (name + ".json"), folder / (name + ".json.gz"),
                    folder / (name + ".gz")):
            if raw.is_file():
                return raw
        return None

    pairs = {}
    for gt in sorted(folder.iterdir()):
        if gt.is_file() and gt.name.endswith(GROUND_TRUTH_SUFFIXES):
            raw = raw_of(_day_name(gt))
            if raw is not None:
                pairs[raw] = gt
    if composite:
        for raw in sorted(p for p in folder.iterdir() if p.is_file()):
            name = raw.name
            for ext in (".json.gz", ".json", ".gz"):
                if name.endswith(ext):
                    name = name[: -len(ext)]
                    break
            if raw in pairs or "." in name:
                continue
            for variant in COMPOSITE_VARIANTS:
                ref = folder / (name + variant + COMPOSITE_SUFFIX)
                if ref.is_file():
                    pairs[raw] = ref
                    break
    return sorted(pairs.items())


# --------------------------------------------------------------------------- matching


def temporal_iou(start_a, end_a, start_b, end_b) -> np.ndarray:
    """IoU matrix ``(len(a), len(b))`` of time spans given as float seconds.

    Two zero-length spans at the same instant have IoU 1; otherwise a zero union gives 0.
    """
    sa, ea = np.asarray(start_a, float)[:, None], np.asarray(end_a, float)[:, None]
    sb, eb = np.asarray(start_b, float)[None, :], np.asarray(end_b, float)[None, :]
    inter = np.clip(np.minimum(ea, eb) - np.maximum(sa, sb), 0.0, None)
    union = (ea - sa) + (eb - sb) - inter
    with np.errstate(divide="ignore", invalid="ignore"):
        iou = np.where(union > 0, inter / np.where(union > 0, union, 1.0), 0.0)
    same_instant = (union <= 0) & (sa == sb) & (ea == eb)
    return np.where(same_instant, 1.0, iou)


def match_intervals(truth_start, truth_end, pred_start, pred_end, min_iou: float = 0.5) -> pd.DataFrame:
    """One-to-one matching of truth and predicted spans (float seconds) on temporal IoU.

    Returns a DataFrame ``truth, pred, iou`` (positional indices), one row per matched pair,
    sorted by ``truth``. Pairs with IoU below ``min_iou`` are never matched; among the rest the
    assignment maximising the summed IoU is chosen.
    """
    from scipy.optimize import linear_sum_assignment

    ts, te = np.asarray(truth_start, float), np.asarray(truth_end, float)
    ps, pe = np.asarray(pred_start, float), np.asarray(pred_end, float)
    empty = pd.DataFrame({"truth": np.array([], np.int64), "pred": np.array([], np.int64),
                          "iou": np.array([], float)})
    if len(ts) == 0 or len(ps) == 0:
        return empty
    iou = temporal_iou(ts, te, ps, pe)
    valid = iou >= min_iou
    rows = np.flatnonzero(valid.any(axis=1))
    cols = np.flatnonzero(valid.any(axis=0))
    if len(rows) == 0:
        return empty
    sub = np.where(valid[np.ix_(rows, cols)], iou[np.ix_(rows, cols)], 0.0)
    r, c = linear_sum_assignment(sub, maximize=True)
    keep = sub[r, c] >= min_iou
    if min_iou <= 0:
        keep &= valid[rows[r], cols[c]]
    out = pd.DataFrame({"truth": rows[r][keep].astype(np.int64), "pred": cols[c][keep].astype(np.int64),
                        "iou": sub[r, c][keep]})
    return out.sort_values("truth").reset_index(drop=True)


# --------------------------------------------------------------------------- scores


def _ratio(num: int, den: int, both_empty: float) -> float:
    return num / den if den else both_empty


@dataclass
class TripScore:
    """Matching result. ``start_errors_s``/``end_errors_s`` are signed (detected minus truth)."""
    n_truth: int
    n_pred: int
    n_matched: int
    start_errors_s: np.ndarray = field(default_factory=lambda: np.array([], float))
    end_errors_s: np.ndarray = field(default_factory=lambda: np.array([], float))
    matches: pd.DataFrame = field(default_factory=pd.DataFrame)

    @property
    def precision(self) -> float:
        """Matched / detected (1 when nothing was detected and nothing was to be found)."""
        return _ratio(self.n_matched, self.n_pred, 1.0 if self.n_truth == 0 else 0.0)

    @property
    def recall(self) -> float:
        """Matched / truth (1 when there was nothing to find)."""
        return _ratio(self.n_matched, self.n_truth, 1.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r > 0 else 0.0

    @property
    def median_start_error_min(self) -> float:
        """Median absolute start error of the matched pairs, minutes (NaN without matches)."""
        return float(np.median(np.abs(self.start_errors_s)) / 60.0) if len(self.start_errors_s) else np.nan

    @property
    def median_end_error_min(self) -> float:
        """Median absolute end error of the matched pairs, minutes (NaN without matches)."""
        return float(np.median(np.abs(self.end_errors_s)) / 60.0) if len(self.end_errors_s) else np.nan

    def as_dict(self) -> dict:
        return {"n_truth": self.n_truth, "n_pred": self.n_pred, "n_matched": self.n_matched,
                "precision": self.precision, "recall": self.recall, "f1": self.f1,
                "median_start_error_min": self.median_start_error_min,
                "median_end_error_min": self.median_end_error_min}

    @staticmethod
    def combine(scores: Sequence["TripScore"]) -> "TripScore":
        """Micro-average: counts summed, matched pairs' errors pooled (their median is global)."""
        scores = list(scores)
        frames = [s.matches for s in scores if len(s.matches)]
        return TripScore(
            n_truth=sum(s.n_truth for s in scores), n_pred=sum(s.n_pred for s in scores),
            n_matched=sum(s.n_matched for s in scores),
            start_errors_s=np.concatenate([s.start_errors_s for s in scores] or [np.array([], float)]),
            end_errors_s=np.concatenate([s.end_errors_s for s in scores] or [np.array([], float)]),
            matches=pd.concat(frames, ignore_index=True) if frames else pd.DataFrame())


def _check_columns(df: pd.DataFrame, name: str, columns=("start_time", "end_time")) -> None:
    """The columns of the ``name`` ("truth" or "detected") table, checked by :func:`errors.require_columns`."""
    require_columns(df, columns, None, tr("Give trips with start_time and end_time columns."),
                    context=tr("the {table} table").format(table=name))


def score_trips(truth: pd.DataFrame, detected: pd.DataFrame, min_iou: float = 0.5,
                by: Optional[str] = None) -> TripScore:
    """Score ``detected`` trips (or legs) against ``truth``: one-to-one temporal-IoU matching.

    Both frames need ``start_time`` and ``end_time`` (datetime-like, UTC). With ``by`` (e.g.
    ``"user_id"``) only rows with the same value are matched. ``matches`` holds, per matched
    pair, the truth and detected row positions (``truth``, ``pred``), ``iou``, both spans and
    the signed ``start_error_s``/``end_error_s`` (detected minus truth).
    """
    _check_columns(truth, "truth")
    _check_columns(detected, "detected")
    if by is not None:
        _check_columns(truth, "truth", (by,))
        _check_columns(detected, "detected", (by,))
    ts, te = epoch_seconds(truth["start_time"]), epoch_seconds(truth["end_time"])
    ps, pe = epoch_seconds(detected["start_time"]), epoch_seconds(detected["end_time"])
    if by is None:
        pairs = match_intervals(ts, te, ps, pe, min_iou)
    else:
        t_keys = truth[by].astype(str).to_numpy()
        p_keys = detected[by].astype(str).to_numpy()
        parts = []
        for key in np.unique(t_keys):  # loop over users, not over trips
            ti, pi = np.flatnonzero(t_keys == key), np.flatnonzero(p_keys == key)
            m = match_intervals(ts[ti], te[ti], ps[pi], pe[pi], min_iou)
            m["truth"], m["pred"] = ti[m.truth.to_numpy()], pi[m.pred.to_numpy()]
            parts.append(m)
        pairs = pd.concat(parts, ignore_index=True) if parts else match_intervals([], [], [], [])
    t_idx, p_idx = pairs.truth.to_numpy(), pairs.pred.to_numpy()
    start_err = ps[p_idx] - ts[t_idx]
    end_err = pe[p_idx] - te[t_idx]
    matches = pairs.assign(
        truth_start=pd.to_datetime(ts[t_idx], unit="s", utc=True),
        truth_end=pd.to_datetime(te[t_idx], unit="s", utc=True),
        pred_start=pd.to_datetime(ps[p_idx], unit="s", utc=True),
        pred_end=pd.to_datetime(pe[p_idx], unit="s", utc=True),
        start_error_s=start_err, end_error_s=end_err)
    return TripScore(len(truth), len(detected), len(pairs), start_err, end_err, matches)
