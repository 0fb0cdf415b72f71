"""Difference-in-differences, study area minus control area, for travel time and volume."""
from typing import Callable, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users
from .areas import check_areas, in_polygon, no_traversal_in, segment_locations
from .bootstrap import bootstrap, interval, interval_flags, quiet
from .periods import DEFAULT_TZ, EXCLUDE_HOLIDAYS, WEEKDAYS_ONLY, make_periods
from .segments import DEFAULT_BANDS, cell_users, prepare_segments, segment_stats


def difference_in_differences(traversals: pd.DataFrame, study_area, control_area, segments=None, change=None,
                              before=None, after=None, bands=DEFAULT_BANDS, tz: str = DEFAULT_TZ,
                              weekdays_only: bool = WEEKDAYS_ONLY,
                              exclude_holidays: bool = EXCLUDE_HOLIDAYS, n_boot: int = 1000,
                              alpha: float = 0.05, seed: int = 0, min_users: int = DEFAULT_MIN_USERS,
                              min_traversals: int = 5, modes=None, name: str = "traversals",
                              is_cancelled: Optional[Callable[[], bool]] = None, mapper=None) -> pd.DataFrame:
    """Difference-in-differences, study area minus control area, for travel time and volume.

    A traversal belongs to an area when its location (``lon``/``lat`` of the traversal, else the
    midpoint of its segment in ``segments``: ``segment_id`` + ``geometry`` or ``lon``/``lat``)
    lies inside. Travel time: the change of an area is the mean over its segment x direction x
    band cells (with at least ``min_traversals`` traversals and ``min_users`` participants in both
    periods: the cells the segment table does not flag ``insufficient sample``) of log(median after /
    median before); volume: log of (traversals per day after / before) over the area's cells.
    The DiD is study minus control, given as a ratio ``exp(.)``: 1.10 = 10 % more than the control
    area's trend. CIs from the same participant bootstrap. Returns one row per measure
    (``travel_time``, ``volume``): ``study_ratio, control_ratio, did_ratio, did_ci_low, did_ci_high,
    flag, cells_study, cells_control, users_study, users_control``.
    ``mapper``: the bootstrap's chunks of replicates run elsewhere, e.g. on a Dask cluster
    (:func:`.bootstrap.bootstrap`: the same replicates as in one process).
    """
    min_users = check_min_users(min_users)
    study, control = check_areas(study_area, control_area)
    if control is None:
        raise InputError(tr("no control area given"), field="control_area")
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    tv = _by_area(traversals, segments, name, study, control)
    prep = prepare_segments(tv, periods, bands, name, modes, extra_key="_area")
    key_area = prep.keys["_area"].to_numpy(np.int64)
    df = prep.df
    cell = 2 * df["key"].to_numpy(np.int64) + df["period"].to_numpy(np.int64)
    n_cell = np.bincount(cell, minlength=2 * len(prep.keys))
    u_cell = cell_users(prep)
    usable = ((n_cell[0::2] >= min_traversals) & (n_cell[1::2] >= min_traversals)
              & (u_cell[0::2] >= min_users) & (u_cell[1::2] >= min_users))
    s_cells = usable & (key_area == 0)
    c_cells = usable & (key_area == 1)
    stat = _did_stat(prep, key_area, s_cells, c_cells)
    point, reps = bootstrap(stat, prep.n_users, len(df), n_boot, seed, is_cancelled, mapper=mapper)
    reps[~np.isfinite(reps)] = np.nan
    lo, hi = interval(reps, alpha)
    users = [df.loc[key_area[df["key"].to_numpy()] == a, "user_id"].nunique() for a in (0, 1)]
    rows = []
    for i, measure in ((0, "travel_time"), (3, "volume")):
        cs = int(s_cells.sum()) if measure == "travel_time" else int((key_area == 0).sum())
        cc = int(c_cells.sum()) if measure == "travel_time" else int((key_area == 1).sum())
        rows.append(dict(measure=measure, study_ratio=np.exp(point[i]), control_ratio=np.exp(point[i + 1]),
                         did_ratio=np.exp(point[i + 2]), did_ci_low=np.exp(lo[i + 2]), did_ci_high=np.exp(hi[i + 2]),
                         cells_study=cs, cells_control=cc, users_study=users[0], users_control=users[1]))
    out = pd.DataFrame(rows)
    insufficient = ((out["cells_study"] < 1) | (out["cells_control"] < 1) | (out["users_study"] < min_users)
                    | (out["users_control"] < min_users)).to_numpy()
    out["flag"] = interval_flags(out["did_ci_low"].to_numpy(), out["did_ci_high"].to_numpy(), insufficient)
    return out


def _by_area(traversals, segments, name, study, control):
    """The traversals lying in the study (``_area`` 0) or the control area (1); an empty area raises."""
    tv = traversals.copy()
    lon, lat = segment_locations(tv, segments, name)
    area = np.where(in_polygon(lon, lat, study), 0, np.where(in_polygon(lon, lat, control), 1, -1))
    for code, label, field_name in ((0, tr("study area"), "study_area"), (1, tr("control area"), "control_area")):
        if not np.any(area == code):
            raise no_traversal_in(label, field_name)
    tv["_area"] = area
    return tv[area >= 0]


def _did_stat(prep, key_area, s_cells, c_cells):
    """stat(w) -> [tt study, tt control, tt DiD, volume study, volume control, volume DiD] (logs)."""
    stat_cells, k = segment_stats(prep)
    days_b, days_a = prep.days

    def stat(w):
        x = stat_cells(w)
        lr = x[:, 1:2 * k:2] - x[:, 0:2 * k:2]
        cnt = x[:, 2 * k:]
        with quiet():
            tt_s = np.nanmean(np.where(s_cells, lr, np.nan), axis=1)
            tt_c = np.nanmean(np.where(c_cells, lr, np.nan), axis=1)
        vol = []
        for cells in (key_area == 0, key_area == 1):
            b = cnt[:, 0::2][:, cells].sum(axis=1) / days_b
            a = cnt[:, 1::2][:, cells].sum(axis=1) / days_a
            with np.errstate(divide="ignore", invalid="ignore"):
                vol.append(np.log(a / b))
        return np.column_stack([tt_s, tt_c, tt_s - tt_c, vol[0], vol[1], vol[0] - vol[1]])

    return stat
