"""Travel times and volumes per segment x direction x time band, before and after.

Travel times: ``tt_*`` are medians per segment x direction x time band (local time in ``tz``).
Volumes are per day *of data*: traversals (or distinct participants) divided by the number of
local days of the period that hold any record after the filters (``days_before``/``days_after``).
Intervals and flags come from the participant bootstrap (:mod:`.bootstrap`).
"""
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users, min_users_warning
from ..roads.traveltimes import band_index
from ..vocab.times import to_utc
from .bootstrap import Counts, Medians, bootstrap, interval, sample_flags, weighted_bootstrap
from .common import first_column, keep_modes, require, stop_if_cancelled
from .periods import (
    DEFAULT_TZ,
    EXCLUDE_HOLIDAYS,
    WEEKDAYS_ONLY,
    Periods,
    check_periods_have_data,
    days_of_data,
    local_days,
    make_periods,
)

#: Default time bands, local hours [start, end): morning peak, off-peak day, evening peak.
DEFAULT_BANDS = ((7, 9), (9, 16), (16, 19))
ALL_DAY = "all day"


def band_list(bands):
    """[(label, start_h, end_h)] from ((7, 9), ...), {"label": (7, 9)} or None (one 'all day' band).

    Unlike :func:`..roads.traveltimes.parse_bands` (the text of the Processing parameter), a band never
    wraps midnight here: start < end, within 0-24 h."""
    if bands is None:
        return [(ALL_DAY, 0.0, 24.0)]
    items = bands.items() if isinstance(bands, dict) else [(None, b) for b in bands]
    out = []
    for label, b in items:
        try:
            s, e = float(b[0]), float(b[1])
        except (TypeError, ValueError, IndexError):
            raise InputError(tr("cannot read the time band {band}").format(band=b), field="bands",
                             hint=tr("Give bands as start and end hours, e.g. 7-9, 9-16, 16-19.")) from None
        if not (0 <= s < e <= 24):
            raise InputError(tr("the time band {band} is empty or outside 0-24 h").format(band=b), field="bands",
                             hint=tr("Give bands as start and end hours, e.g. 7-9, 9-16, 16-19."))

        def h(x):
            return "{:02d}".format(int(x)) if float(x).is_integer() else "{:05.2f}".format(x)

        out.append((label or "{s}-{e}".format(s=h(s), e=h(e)), s, e))
    if not out:
        raise InputError(tr("no time band given"), field="bands")
    return out


def prepare_traversals(traversals: pd.DataFrame, name: str = "traversals", modes=None,
                       keep_partial: bool = False) -> pd.DataFrame:
    """Normalise a traversals table to ``user_id, segment_id, direction, time, tt_s`` (+ the others).

    Accepted names: time from ``entry_time`` (``t_entry``, ``enter_time``, ``start_time``, ``time``),
    travel time from ``travel_time_s`` (``tt_s``, ``duration_s``) or ``exit_time - entry time``;
    ``direction`` is optional. ``modes``: keep only these modes (needs a ``mode`` column).
    Partial traversals (``partial`` true: the first/last segment of a matched chain) are dropped
    unless ``keep_partial``.
    """
    if traversals is None:
        raise InputError(tr("no traversals given"), file=name,
                         hint=tr("Run the segment travel times first (map-matched legs)."))
    require(traversals, ("user_id",), name)
    scol = first_column(traversals, ("segment_id", "edge_id", "seg_id"))
    if scol is None:
        require(traversals, ("segment_id",), name)
    tcol = first_column(traversals, ("entry_time", "t_entry", "enter_time", "start_time", "time"))
    if tcol is None:
        require(traversals, ("entry_time",), name)
    out = traversals.copy()
    out["segment_id"] = traversals[scol].astype(str).to_numpy()
    out["user_id"] = traversals["user_id"].astype(str).to_numpy()
    out["time"] = to_utc(traversals[tcol], name, tcol).to_numpy()
    dcol = first_column(traversals, ("direction", "dir"))
    out["direction"] = traversals[dcol].astype(str).to_numpy() if dcol else ""
    ttcol = first_column(traversals, ("travel_time_s", "tt_s", "duration_s"))
    if ttcol is not None:
        tt = pd.to_numeric(traversals[ttcol], errors="coerce").to_numpy(float)
    else:
        ecol = first_column(traversals, ("exit_time", "t_exit", "end_time"))
        if ecol is None:
            require(traversals, ("travel_time_s",), name)
        tt = (to_utc(traversals[ecol], name, ecol) - out["time"]).dt.total_seconds().to_numpy(float)
    out["tt_s"] = tt
    if modes is not None and "mode" in out.columns:
        out = keep_modes(out, "mode", modes)
    if not keep_partial and "partial" in out.columns:
        out = out[~out["partial"].fillna(False).astype(bool).to_numpy()]
    out = out[np.isfinite(out["tt_s"].to_numpy()) & (out["tt_s"].to_numpy() > 0)]
    return out.reset_index(drop=True)


@dataclass
class SegPrep:
    """Traversals ready for the bootstrap: cells are ``2 * key + period``."""
    df: pd.DataFrame       # kept traversals with period (0/1), band, key (cell key index), user index
    keys: pd.DataFrame     # segment_id, direction, band (one row per key)
    n_users: int
    days: np.ndarray       # days of data before / after
    user_ids: np.ndarray


def prepare_segments(traversals, periods: Periods, bands, name, modes=None, extra_key=None,
                     keep_partial=False) -> SegPrep:
    """Traversals of the periods and bands, keyed by segment x direction x band (x ``extra_key``)."""
    tv = prepare_traversals(traversals, name, modes, keep_partial)
    if tv.empty:
        raise InputError(tr("no usable traversal (travel time missing or zero)"), file=name, field="travel_time_s")
    period = periods.label(tv["time"])
    blist = band_list(bands)
    band = band_index(tv["time"], blist, periods.tz)
    days = local_days(tv["time"], periods.tz)
    keep = (period >= 0) & (band >= 0)
    check_periods_have_data(period[band >= 0], periods, tr("traversal in the time bands"), name, tv["time"])
    day_counts = days_of_data(period[keep], days[keep])
    tv = tv[keep].reset_index(drop=True)
    tv["period"] = period[keep]
    tv["band_index"] = band[keep]
    tv["band"] = np.array([b[0] for b in blist], dtype=object)[band[keep]]
    tv["day"] = days[keep]
    key_cols = ["segment_id", "direction", "band_index"] + ([extra_key] if extra_key else [])
    codes, uniq = pd.factorize(pd.MultiIndex.from_frame(tv[key_cols]), sort=True)
    tv["key"] = codes
    keys = pd.MultiIndex.from_tuples(list(uniq), names=key_cols).to_frame(index=False) if len(uniq) else \
        pd.DataFrame(columns=key_cols)
    keys["band"] = np.array([b[0] for b in blist], dtype=object)[keys["band_index"].to_numpy(np.int64)]
    ucodes, users = pd.factorize(tv["user_id"], sort=True)
    tv["user_index"] = ucodes
    return SegPrep(tv, keys, len(users), day_counts, np.asarray(users, dtype=object))


def cell_users(prep: SegPrep) -> np.ndarray:
    """Distinct participants of each cell ``2 * key + period`` (array of 2 x keys)."""
    df = prep.df
    cell = 2 * df["key"].to_numpy(np.int64) + df["period"].to_numpy(np.int64)
    users = pd.Series(df["user_index"].to_numpy()).groupby(cell).nunique()
    return users.reindex(np.arange(2 * len(prep.keys)), fill_value=0).to_numpy(np.int64)


def segment_stats(prep: SegPrep):
    """stat(user_weights) -> [log medians (2K) | counts (2K)] for cells = 2 * key + period."""
    df = prep.df
    k = len(prep.keys)
    cell = 2 * df["key"].to_numpy(np.int64) + df["period"].to_numpy(np.int64)
    med = Medians(np.log(df["tt_s"].to_numpy(float)), cell, df["user_index"].to_numpy(), 2 * k)
    cnt = Counts(cell, df["user_index"].to_numpy(), 2 * k, prep.n_users)

    def stat(w):
        return np.concatenate([med(w), cnt(w)], axis=1)

    return stat, k


def compare_segments(traversals: pd.DataFrame, change=None, before=None, after=None, bands=DEFAULT_BANDS,
                     tz: str = DEFAULT_TZ, weekdays_only: bool = WEEKDAYS_ONLY,
                     exclude_holidays: bool = EXCLUDE_HOLIDAYS,
                     n_boot: int = 1000, alpha: float = 0.05, seed: int = 0, min_users: int = DEFAULT_MIN_USERS,
                     min_traversals: int = 5, modes=None, name: str = "traversals",
                     progress: Optional[Callable[[float], None]] = None,
                     is_cancelled: Optional[Callable[[], bool]] = None, keep_partial: bool = False,
                     weights=None, replicate_weights: Optional[pd.DataFrame] = None, mapper=None) -> pd.DataFrame:
    """Median travel time before/after per segment x direction x time band, with participant-bootstrap CIs.

    ``traversals``: one row per traversal of a network segment (map matching output): ``user_id``,
    ``segment_id``, optional ``direction``, entry time and travel time (see
    :func:`prepare_traversals`), optional ``mode`` (filtered with ``modes``).
    Returns one row per segment x direction x band: ``segment_id, direction, band, tt_before_s,
    tt_after_s, ratio, ratio_ci_low, ratio_ci_high, change_pct, n_before, n_after, users_before,
    users_after, days_before, days_after, per_day_before, per_day_after, users_per_day_before,
    users_per_day_after, volume_ratio, volume_ci_low, volume_ci_high, volume_flag, flag, masked``.
    ``df.attrs["warnings"]`` lists warnings for the log (e.g. a lowered privacy threshold).

    ``weights`` (``{user_id: weight}``, :func:`..indicators.weighting.rake`): the traversals are also counted
    with their participant's weight: ``per_day_before_weighted``, ``per_day_after_weighted`` (the
    population's traversals per day), ``volume_ratio_weighted`` with its range (``volume_weighted_ci_low``,
    ``_high``) and ``volume_weighted_flag``; the range comes from ``replicate_weights`` (``user_id, rw_001``...,
    each re-raked) when given, else from the participant bootstrap times the weights. Travel times, flags
    and the privacy rule stay on the real participants. ``mapper``: the bootstrap's chunks of replicates run
    elsewhere, e.g. on a Dask cluster (:func:`.bootstrap.bootstrap`; the same replicates).
    """
    min_users = check_min_users(min_users)
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    prep = prepare_segments(traversals, periods, bands, name, modes, keep_partial=keep_partial)
    stop_if_cancelled(is_cancelled)
    table = _segment_table(prep, n_boot, alpha, seed, min_users, min_traversals, progress, is_cancelled,
                           (weights, replicate_weights), mapper)
    warn = min_users_warning(min_users)
    table.attrs["warnings"] = [warn] if warn else []
    table.attrs["users_before"] = int(prep.df.loc[prep.df["period"] == 0, "user_id"].nunique())
    table.attrs["users_after"] = int(prep.df.loc[prep.df["period"] == 1, "user_id"].nunique())
    return table


def _segment_table(prep: SegPrep, n_boot, alpha, seed, min_users, min_traversals, progress=None,
                   is_cancelled=None, weighting=(None, None), mapper=None):
    stat, k = segment_stats(prep)
    point, reps = bootstrap(stat, prep.n_users, len(prep.df), n_boot, seed, is_cancelled, progress, mapper=mapper)
    df = prep.df
    logm_b, logm_a = point[0:2 * k:2], point[1:2 * k:2]
    n_b, n_a = point[2 * k::2], point[2 * k + 1::2]
    log_ratio_reps = reps[:, 1:2 * k:2] - reps[:, 0:2 * k:2]
    lo, hi = interval(log_ratio_reps, alpha)
    days_b, days_a = prep.days
    with np.errstate(divide="ignore", invalid="ignore"):
        vol_reps = np.log((reps[:, 2 * k + 1::2] / days_a) / (reps[:, 2 * k::2] / days_b))
    vol_reps[~np.isfinite(vol_reps)] = np.nan
    vlo, vhi = interval(vol_reps, alpha)
    cell = 2 * df["key"].to_numpy(np.int64) + df["period"].to_numpy(np.int64)
    users = cell_users(prep)
    userdays = (pd.DataFrame({"c": cell, "u": df["user_index"].to_numpy(), "d": df["day"].to_numpy()})
                .drop_duplicates().groupby("c").size().reindex(np.arange(2 * k), fill_value=0).to_numpy(float))
    u_b, u_a = users[0::2], users[1::2]
    out = prep.keys.copy()
    out["tt_before_s"] = np.exp(logm_b)
    out["tt_after_s"] = np.exp(logm_a)
    out["ratio"] = np.exp(logm_a - logm_b)
    out["ratio_ci_low"] = np.exp(lo)
    out["ratio_ci_high"] = np.exp(hi)
    out["change_pct"] = 100.0 * (out["ratio"] - 1.0)
    out["n_before"] = n_b.astype(np.int64)
    out["n_after"] = n_a.astype(np.int64)
    out["users_before"] = u_b
    out["users_after"] = u_a
    out["days_before"] = int(days_b)
    out["days_after"] = int(days_a)
    out["per_day_before"] = n_b / days_b
    out["per_day_after"] = n_a / days_a
    out["users_per_day_before"] = userdays[0::2] / days_b
    out["users_per_day_after"] = userdays[1::2] / days_a
    with np.errstate(divide="ignore", invalid="ignore"):
        out["volume_ratio"] = (n_a / days_a) / (n_b / days_b)
    out["volume_ci_low"] = np.exp(vlo)
    out["volume_ci_high"] = np.exp(vhi)
    out["flag"] = sample_flags(n_b, n_a, u_b, u_a, out["ratio_ci_low"].to_numpy(), out["ratio_ci_high"].to_numpy(),
                               min_traversals, min_users)
    out["volume_flag"] = sample_flags(n_b, n_a, u_b, u_a, out["volume_ci_low"].to_numpy(),
                                      out["volume_ci_high"].to_numpy(), 1, min_users)
    out["weighted"] = weighting[0] is not None
    if weighting[0] is not None:
        _weighted_volumes(out, prep, cell, weighting, n_boot, alpha, seed, (n_b, n_a, u_b, u_a, min_users),
                          is_cancelled, mapper)
    return _mask_small_samples(out, u_b < min_users, u_a < min_users)


def _weighted_volumes(out, prep, cell, weighting, n_boot, alpha, seed, sample, is_cancelled, mapper=None):
    """The weighted traversals per day before and after and their ratio with its range (see
    :func:`compare_segments`), on ``out``."""
    from ..indicators.weighting import participant_weights, replicate_matrix

    weights, replicates = weighting
    k = len(prep.keys)
    w = participant_weights(prep.user_ids, weights)
    reps = replicate_matrix(replicates, prep.user_ids) if replicates is not None else None
    cnt = Counts(cell, prep.df["user_index"].to_numpy(), 2 * k, prep.n_users)
    point, reps, _ = weighted_bootstrap(cnt, w, reps, len(prep.df), n_boot, seed, is_cancelled, mapper=mapper)
    days_b, days_a = prep.days
    with np.errstate(divide="ignore", invalid="ignore"):
        log_reps = np.log((reps[:, 1::2] / days_a) / (reps[:, 0::2] / days_b))
        out["per_day_before_weighted"] = point[0::2] / days_b
        out["per_day_after_weighted"] = point[1::2] / days_a
        out["volume_ratio_weighted"] = out["per_day_after_weighted"] / out["per_day_before_weighted"]
    log_reps[~np.isfinite(log_reps)] = np.nan
    lo, hi = interval(log_reps, alpha)
    out["volume_weighted_ci_low"], out["volume_weighted_ci_high"] = np.exp(lo), np.exp(hi)
    n_b, n_a, u_b, u_a, min_users = sample
    out["volume_weighted_flag"] = sample_flags(n_b, n_a, u_b, u_a, out["volume_weighted_ci_low"].to_numpy(),
                                               out["volume_weighted_ci_high"].to_numpy(), 1, min_users)


def _mask_small_samples(out, hide_b, hide_a):
    """Privacy: a period seen by fewer than min_users participants is not published."""
    out.loc[hide_b, "tt_before_s"] = np.nan
    out.loc[hide_a, "tt_after_s"] = np.nan
    both = hide_b | hide_a
    for col in ("ratio", "ratio_ci_low", "ratio_ci_high", "change_pct", "volume_ratio", "volume_ci_low",
                "volume_ci_high", "volume_ratio_weighted", "volume_weighted_ci_low", "volume_weighted_ci_high"):
        if col in out.columns:
            out.loc[both, col] = np.nan
    # a weighted volume of a period seen by too few participants would reveal their weights' groups
    for col, hide in (("per_day_before_weighted", hide_b), ("per_day_after_weighted", hide_a)):
        if col in out.columns:
            out.loc[hide, col] = np.nan
    out["masked"] = both
    out = out.drop(columns=["band_index"])
    cols = ["segment_id", "direction", "band"] + [c for c in out.columns if c not in ("segment_id", "direction",
                                                                                        "band")]
    return out[cols].reset_index(drop=True)
