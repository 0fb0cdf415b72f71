"""The phone's tracking streams that travel on the points, beside the motion readings.

e-mission's trip segmentation reads more than the locations (``emission/analysis/intake/
segmentation/trip_segmentation.py``): which filter the phone recorded each location with (Android
records one every n seconds, ``"time"``; iOS one every n metres, ``"distance"``; the two need
different trip-end rules), when the server received it (out-of-order and late locations are left
out), and the phone's state machine transitions (tracking restarted after a reboot, the phone
saw it stopped moving after the last location). So that ``importtraces -> segmenttrips`` needs no
second layer, the readers write them on the points, in three optional columns:

* ``location_filter``: ``"time"`` or ``"distance"`` (e-mission ``data.filter``; empty when unknown);
* ``write_ts``: when the phone wrote the fix (e-mission ``metadata.write_ts``), epoch seconds;
* ``transitions``: every ``statemachine/transition`` attached to this fix, written
  ``<epoch s>:<transition>:<state>`` (e-mission's ``TransitionType`` and ``State`` numbers) and
  separated by ``;``, attached like the motion readings (``ingest.motion``): to the first fix of the
  same user at or after it, or to the user's last fix, so that :func:`transitions_from_points`
  gives back every transition.
"""
from typing import Optional

import numpy as np
import pandas as pd

from ..vocab.times import epoch_seconds
from .motion import FIELD_SEP, attach_readings, epoch_text, split_readings

#: optional point columns of the phone streams (the motion columns are in ``ingest.motion``)
PHONE_POINT_COLUMNS = ("location_filter", "write_ts", "transitions")
#: the transitions table (e-mission ``statemachine/transition``)
TRANSITION_COLUMNS = ["user_id", "time", "transition", "state"]

# e-mission's TransitionType and State (emission/core/wrapper/transition.py) and the names the
# phones send before the server formats them (net/usercache/formatters/{android,ios}/transition.py)
TRANSITION_NUMBERS = {
    "initialize": 0, "exited_geofence": 1, "stopped_moving": 2, "stop_tracking": 3, "booted": 4,
    "init_complete": 5, "trip_started": 6, "received_silent_push": 7, "trip_end_detected": 8,
    "trip_restarted": 9, "end_trip_tracking": 10, "tracking_stopped": 11, "nop": 12,
    "visit_started": 13, "visit_ended": 14, "none": 15, "data_pushed": 16, "start_tracking": 17,
    "ble_beacon_found": 18, "ble_beacon_lost": 19, "tracking_error": 18,
    # iOS names that differ
    "trip_ended": 2, "force_stop_tracking": 3,
}
STATE_NUMBERS = {"start": 0, "waiting_for_trip_start": 1, "ongoing_trip": 2, "tracking_stopped": 3,
                 "unknown": 3}
STOPPED_MOVING = 2
STOP_TRACKING = 3
BOOTED = 4
VISIT_ENDED = 14
WAITING_FOR_TRIP_START = 1


def _number(value, names) -> float:
    """An e-mission enum value given as a number or a name (``local.transition.stopped_moving``,
    ``T_TRIP_ENDED``, ``STATE_ONGOING_TRIP``...); NaN when unknown."""
    if isinstance(value, bool) or value is None:
        return np.nan
    if isinstance(value, (int, float, np.integer, np.floating)):
        return float(value)
    text = str(value).strip().lower()
    try:
        return float(text)
    except ValueError:
        pass
    text = text.split(".")[-1]
    for prefix in ("t_", "state_"):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return float(names.get(text, np.nan))


def transition_number(value) -> float:
    return _number(value, TRANSITION_NUMBERS)


def state_number(value) -> float:
    return _number(value, STATE_NUMBERS)


def attach_transitions(points: pd.DataFrame, transitions: Optional[pd.DataFrame]) -> pd.DataFrame:
    """``points`` (sorted by user and time) with the ``transitions`` column (see the module doc);
    a copy, without the column when there is no transition."""
    out = points.copy()
    if transitions is None or len(transitions) == 0 or len(points) == 0:
        return out
    t = epoch_seconds(transitions["time"])
    tr_ = pd.to_numeric(transitions["transition"], errors="coerce").to_numpy(dtype=float)
    st = pd.to_numeric(transitions["state"], errors="coerce").to_numpy(dtype=float)
    text = (epoch_text(t) + FIELD_SEP + np.where(np.isnan(tr_), "", np.char.mod("%d", np.nan_to_num(tr_)))
            + FIELD_SEP + np.where(np.isnan(st), "", np.char.mod("%d", np.nan_to_num(st))))
    cells, unattached = attach_readings(points, transitions["user_id"].astype(str).to_numpy(), t, text)
    out["transitions"] = cells
    out.attrs["transitions_unattached"] = unattached
    return out


def transitions_from_points(points: pd.DataFrame) -> Optional[pd.DataFrame]:
    """The transitions table (:data:`TRANSITION_COLUMNS`, numbers as floats) the points carry, or
    ``None`` when they carry none."""
    r = split_readings(points, "transitions", 3)
    if r is None:
        return None
    micros = np.round(r["t"].to_numpy() * 1e6).astype(np.int64)
    out = pd.DataFrame({
        "user_id": r["user_id"].to_numpy(),
        "time": pd.to_datetime(micros, unit="us", utc=True).as_unit("ns"),
        "transition": pd.to_numeric(r["f1"], errors="coerce").to_numpy(dtype=float),
        "state": pd.to_numeric(r["f2"], errors="coerce").to_numpy(dtype=float),
    })
    return out.sort_values(["user_id", "time"], kind="stable").reset_index(drop=True)
