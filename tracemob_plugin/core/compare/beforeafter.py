"""Before/after comparison of a circulation plan: is the change real or noise?

:func:`before_after` runs every comparison its inputs allow and summarises them
(:class:`BeforeAfterResult`); each comparison has its own module:

* :mod:`.periods`: the two periods (a change date or two explicit periods), weekday and French
  public-holiday filters;
* :mod:`.areas`: the study and control polygons, zones, where traversals lie;
* :mod:`.bootstrap`: the participant (cluster) bootstrap behind every interval, and the flags
  (``significant``, ``not significant``, ``insufficient sample``);
* :mod:`.segments`: median travel time and volume per segment x direction x time band;
* :mod:`.modal`: modal share per zone;
* :mod:`.rerouting`: the share of trips crossing the study area, for the same OD pairs;
* :mod:`.did`: difference-in-differences, study area minus control area.

:mod:`.report` turns the result into a one-page HTML summary.
"""
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..indicators.modal_share import TOTAL_ZONE, prepare_trips
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users, min_users_warning
from .areas import check_areas, in_polygon, no_traversal_in, segment_locations
from .bootstrap import FLAG_INSUFFICIENT, FLAG_NOT_SIGNIFICANT, FLAG_SIGNIFICANT
from .common import first_column, stop_if_cancelled
from .did import difference_in_differences
from .modal import compare_modal_share
from .periods import DEFAULT_TZ, EXCLUDE_HOLIDAYS, WEEKDAYS_ONLY, Periods, make_periods
from .rerouting import rerouting
from .segments import DEFAULT_BANDS, compare_segments


# --- the whole study ---------------------------------------------------------------------------------
@dataclass
class BeforeAfterResult:
    """Result of :func:`before_after`: every table (None when not computed) and a summary dict.

    ``segments``: :func:`compare_segments` (+ ``in_study_area`` / ``in_control_area`` when the
    areas are given and the traversals can be placed). ``modal_share``: :func:`compare_modal_share`
    (zone ``study_area`` when no zones are given but a study area is). ``rerouting``:
    :func:`rerouting`. ``did``: :func:`difference_in_differences`. ``summary``: headline numbers,
    sample sizes and the list of what cannot be concluded (plain sentences, translated).
    """

    segments: Optional[pd.DataFrame] = None
    modal_share: Optional[pd.DataFrame] = None
    rerouting: Optional[pd.DataFrame] = None
    did: Optional[pd.DataFrame] = None
    summary: dict = field(default_factory=dict)
    periods: Optional[Periods] = None
    warnings: list = field(default_factory=list)
    params: dict = field(default_factory=dict)


def before_after(traversals: Optional[pd.DataFrame] = None, trips: Optional[pd.DataFrame] = None,
                 legs: Optional[pd.DataFrame] = None, routes: Optional[pd.DataFrame] = None, segments=None,
                 zones=None, study_area=None, control_area=None, change=None, before=None, after=None,
                 bands=DEFAULT_BANDS, tz: str = DEFAULT_TZ, weekdays_only: bool = WEEKDAYS_ONLY,
                 exclude_holidays: bool = EXCLUDE_HOLIDAYS, n_boot: int = 1000, alpha: float = 0.05, seed: int = 0,
                 min_users: int = DEFAULT_MIN_USERS, min_traversals: int = 5, min_trips: int = 10,
                 modes=None, od_cell_m: float = 500.0, n_headlines: int = 5, weights=None,
                 replicate_weights: Optional[pd.DataFrame] = None, margins: str = "",
                 progress: Optional[Callable[[float], None]] = None,
                 is_cancelled: Optional[Callable[[], bool]] = None, mapper=None) -> BeforeAfterResult:
    """Run every comparison the inputs allow and summarise it (see the module doc).

    ``traversals`` -> per-segment travel times and volumes (and, with both areas, the DiD);
    ``trips`` (+ ``legs``) -> modal share per zone (``zones``, else the study area) and, with
    ``routes`` (or ``through_area``) and a study area, rerouting. ``modes`` filters the traversals
    and the rerouted trips (e.g. ``("car",)``), not the modal share.

    ``weights`` (``{user_id: weight}``) and ``replicate_weights`` (``user_id, rw_001``...), the output of
    :func:`..indicators.weighting.rake` / ``replicate_weights``: the traffic volumes and the modal shares are
    also given weighted to the population (``*_weighted`` columns; see :func:`compare_segments` and
    :func:`compare_modal_share`), ``margins`` naming what the weights were raked to. Travel times, rerouting,
    the difference-in-differences and every privacy rule stay on the real participants.

    ``mapper``: every bootstrap's chunks of replicates run elsewhere, e.g. as tasks on a Dask cluster
    (``core.cluster.aggregates.replicate_mapper``); the draws stay one random stream from ``seed`` (each chunk
    sent as the stream's state at its start), so the intervals and flags are those of one process exactly,
    whatever the number of workers.
    """
    min_users = check_min_users(min_users)
    if traversals is None and trips is None:
        raise InputError(tr("nothing to compare: give traversals and/or trips"), field="traversals")
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    study, control = check_areas(study_area, control_area) if study_area is not None else (None, None)
    if study is None and control_area is not None:
        raise InputError(tr("a control area needs a study area"), field="study_area")
    common = dict(change=periods, tz=tz, n_boot=n_boot, alpha=alpha, seed=seed, min_users=min_users)
    res = BeforeAfterResult(periods=periods, params=dict(common, bands=bands, min_traversals=min_traversals,
                                                         min_trips=min_trips, modes=modes))
    del res.params["change"]
    res.params["weighting"] = _weighting(weights, replicate_weights, margins)
    warn = min_users_warning(min_users)
    if warn:
        res.warnings.append(warn)

    every = dict(common, weekdays_only=weekdays_only, exclude_holidays=exclude_holidays, mapper=mapper)
    if traversals is not None:
        step = None if progress is None else (lambda f: progress(0.45 * f))
        _compare_traversals(res, traversals, segments, study, control, every, bands=bands,
                            min_traversals=min_traversals, modes=modes, progress=step, is_cancelled=is_cancelled,
                            weighting=(weights, replicate_weights))
    if progress:
        progress(0.6)
    if trips is not None:
        _compare_trips(res, trips, legs, routes, zones, study, every, min_trips=min_trips, modes=modes,
                       od_cell_m=od_cell_m, progress=progress, is_cancelled=is_cancelled,
                       weighting=(weights, replicate_weights))
    span = _data_span(traversals, trips)
    if span:
        res.params["data_span"] = span
    res.summary = summarise(res, n_headlines=n_headlines)
    if progress:
        progress(1.0)
    return res


def _weighting(weights, replicates, margins):
    """What the summary says of the weighting: None when unweighted."""
    if weights is None:
        return None
    from ..indicators.weighting import replicate_columns

    return {"margins": str(margins or ""),
            "n_replicates": len(replicate_columns(replicates)) if replicates is not None else 0}


def _compare_traversals(res, traversals, segments, study, control, every, bands, min_traversals, modes, progress,
                        is_cancelled, weighting=(None, None)):
    """The segments table (with the areas each segment lies in, and street names) and, with a control area,
    the difference-in-differences."""
    seg = compare_segments(traversals, bands=bands, min_traversals=min_traversals, modes=modes,
                           progress=progress, is_cancelled=is_cancelled, weights=weighting[0],
                           replicate_weights=weighting[1], **every)
    if study is not None:
        _place_segments(seg, traversals, segments, study, control)
    if isinstance(segments, pd.DataFrame) and "name" in segments.columns and "name" not in seg.columns:
        scol = first_column(segments, ("segment_id", "edge_id", "seg_id", "id"))
        if scol is not None:
            names = segments.drop_duplicates(scol).set_index(segments[scol].drop_duplicates().astype(str))["name"]
            seg["name"] = seg["segment_id"].map(names).fillna("").astype(str).to_numpy()
    res.segments = seg
    if control is not None:
        stop_if_cancelled(is_cancelled)
        res.did = difference_in_differences(traversals, study, control, segments=segments, bands=bands,
                                            min_traversals=min_traversals, modes=modes,
                                            is_cancelled=is_cancelled, **every)


def _place_segments(seg, traversals, segments, study, control):
    """``in_study_area`` (and ``in_control_area``) of each row of the segments table, when the traversals
    can be placed; no segment in the study area raises."""
    try:
        lon, lat = segment_locations(traversals, segments, "traversals")
    except InputError:
        return
    loc = pd.DataFrame({"segment_id": traversals[first_column(traversals, (
        "segment_id", "edge_id", "seg_id"))].astype(str).to_numpy(), "lon": lon, "lat": lat})
    loc = loc.groupby("segment_id").first()
    x = loc["lon"].reindex(seg["segment_id"]).to_numpy(float)
    y = loc["lat"].reindex(seg["segment_id"]).to_numpy(float)
    seg["in_study_area"] = in_polygon(x, y, study)
    if not seg["in_study_area"].any():
        raise no_traversal_in(tr("study area"), "study_area")
    if control is not None:
        seg["in_control_area"] = in_polygon(x, y, control)


def _compare_trips(res, trips, legs, routes, zones, study, every, min_trips, modes, od_cell_m, progress,
                   is_cancelled, weighting=(None, None)):
    """Modal share per zone (the study area when no zones are given) and, with routes, rerouting."""
    stop_if_cancelled(is_cancelled)
    z = zones
    if z is None and study is not None:
        z = {"study_area": study}
        if {"origin_lon", "origin_lat"} <= set(trips.columns) and not in_polygon(
                pd.to_numeric(trips["origin_lon"], errors="coerce"),
                pd.to_numeric(trips["origin_lat"], errors="coerce"), study).any():
            raise InputError(tr("no trip starts in the study area"), field="study_area", hint=tr(
                "Check that the study area is drawn where the data are (WGS84 longitude/latitude)."))
    res.modal_share = compare_modal_share(trips, z, legs=legs, min_trips=min_trips, is_cancelled=is_cancelled,
                                          weights=weighting[0], replicate_weights=weighting[1], **every)
    if progress:
        progress(0.8)
    if study is not None and routes is None and "through_area" not in trips.columns:
        res.warnings.append(tr("Rerouting was not assessed: give the trips' routes (points or trip lines)."))
    if study is not None and (routes is not None or "through_area" in trips.columns):
        t = trips
        if legs is not None and "main_mode" not in t.columns:
            t = prepare_trips(trips, legs)
        res.rerouting = rerouting(t, routes, study, legs=legs, od_zones=None, cell_m=od_cell_m, modes=modes,
                                  min_trips=min_trips, is_cancelled=is_cancelled, **every)


def _data_span(traversals, trips):
    """(first, last + 1 s) time of the traversals and trips, None without any."""
    times = []
    for tbl, cols in ((traversals, ("entry_time", "t_entry", "enter_time", "start_time", "time")),
                      (trips, ("start_time",))):
        col = first_column(tbl, cols) if tbl is not None else None
        if col is not None and len(tbl):
            t = pd.to_datetime(tbl[col], utc=True)
            times += [t.min(), t.max()]
    if times:
        return (min(times), max(times) + pd.Timedelta(seconds=1))
    return None


def _row_dict(row, cols):
    return {c: (row[c].item() if hasattr(row[c], "item") else row[c]) for c in cols}


def _time_at_stake(cells: pd.DataFrame) -> np.ndarray:
    """Seconds gained or lost per day on each cell: |tt after - tt before| x traversals per day after
    (a 2 s stub that triples its time matters less than a main street losing 20 s for many)."""
    delta = np.abs(cells["tt_after_s"].to_numpy(float) - cells["tt_before_s"].to_numpy(float))
    per_day = cells["per_day_after"].to_numpy(float) if "per_day_after" in cells.columns else np.ones(len(cells))
    return np.nan_to_num(delta * np.where(np.isfinite(per_day), per_day, 1.0))


def _street_changes(sig: pd.DataFrame, min_cells: int = 3, max_streets: int = 5) -> list:
    """Named streets with at least ``min_cells`` significant cells changing the same way: name, direction
    of the change, number of cells, median ratio and its range over those cells, seconds per day at stake."""
    if "name" not in sig.columns or not len(sig):
        return []
    named = sig[sig["name"].astype(str).str.strip().ne("") & sig["name"].notna()
                & ~sig["name"].astype(str).isin(["nan", "None"])].copy()
    if not len(named):
        return []
    named["_slower"] = named["ratio"].to_numpy(float) > 1.0
    named["_stake"] = _time_at_stake(named)
    out = []
    for (name, slower), grp in named.groupby(["name", "_slower"], sort=False):
        if len(grp) < min_cells:
            continue
        ratios = grp["ratio"].to_numpy(float)
        out.append({"name": str(name), "slower": bool(slower), "cells": int(len(grp)),
                    "median_ratio": float(np.median(ratios)), "min_ratio": float(ratios.min()),
                    "max_ratio": float(ratios.max()), "seconds_per_day": float(grp["_stake"].sum())})
    out.sort(key=lambda d: -d["seconds_per_day"])
    return out[:max_streets]


def summarise(res: BeforeAfterResult, n_headlines: int = 5) -> dict:
    """Headline changes with their uncertainty, sample sizes and what cannot be concluded."""
    p = res.periods
    lo, hi = res.params.get("data_span", (None, None))
    s = {"periods": {"before": p.describe(0, lo, hi), "after": p.describe(1, lo, hi), "tz": p.tz,
                     "weekdays_only": p.weekdays_only, "exclude_holidays": p.exclude_holidays},
         "confidence": 1.0 - float(res.params.get("alpha", 0.05)), "min_users": res.params.get("min_users"),
         "sample": {}, "segments": {}, "modal_share": [], "rerouting": None, "did": [], "cannot_conclude": [],
         "weighting": res.params.get("weighting")}
    cannot = s["cannot_conclude"]
    seg = res.segments
    if seg is not None:
        _summarise_segments(s, seg, n_headlines)
    if res.modal_share is not None:
        _summarise_modal_share(s, res.modal_share)
    if res.rerouting is not None and len(res.rerouting):
        s["rerouting"] = _row_dict(res.rerouting.iloc[0], list(res.rerouting.columns))
        if res.rerouting["flag"].iloc[0] == FLAG_INSUFFICIENT:
            cannot.append(tr("Rerouting around the study area cannot be assessed: too few trips between the same "
                             "origins and destinations in both periods."))
    if res.did is not None:
        s["did"] = [_row_dict(r, list(res.did.columns)) for _, r in res.did.iterrows()]
        for _, r in res.did.iterrows():
            if r["flag"] == FLAG_INSUFFICIENT:
                cannot.append(tr("The comparison with the control area is not possible for {measure}: too few "
                                 "data in one of the areas.").format(measure=r["measure"]))
    elif seg is not None:
        cannot.append(tr("Without a control area, a change seen in the study area may be a citywide trend "
                         "(season, works elsewhere, fuel prices), not the effect of the plan."))
    return s


def _summarise_segments(s: dict, seg: pd.DataFrame, n_headlines: int):
    """Sample sizes, flag counts, headline sections and streets of the segments table."""
    cannot = s["cannot_conclude"]
    if "per_day_before_weighted" in seg.columns:
        s["sample"].update(per_day_weighted_before=float(np.nansum(seg["per_day_before_weighted"])),
                           per_day_weighted_after=float(np.nansum(seg["per_day_after_weighted"])))
    s["sample"].update(traversals_before=int(seg["n_before"].sum()), traversals_after=int(seg["n_after"].sum()),
                       traversal_users_before=seg.attrs.get("users_before"),
                       traversal_users_after=seg.attrs.get("users_after"),
                       days_before=int(seg["days_before"].iloc[0]) if len(seg) else 0,
                       days_after=int(seg["days_after"].iloc[0]) if len(seg) else 0)
    flags = seg["flag"]
    sig = seg[flags == FLAG_SIGNIFICANT]
    s["segments"] = {
        "cells": int(len(seg)), "significant_slower": int((sig["ratio"] > 1).sum()),
        "significant_faster": int((sig["ratio"] < 1).sum()),
        "not_significant": int((flags == FLAG_NOT_SIGNIFICANT).sum()),
        "insufficient": int((flags == FLAG_INSUFFICIENT).sum()),
        "headlines": [_row_dict(r, ["segment_id", "direction", "band", "tt_before_s", "tt_after_s", "ratio",
                                    "ratio_ci_low", "ratio_ci_high", "users_before", "users_after"]
                                + (["name"] if "name" in sig.columns else []))
                      for _, r in sig.assign(_m=_time_at_stake(sig)).sort_values(
                          "_m", ascending=False).head(n_headlines).iterrows()],
        "streets": _street_changes(sig),
    }
    n_ins = s["segments"]["insufficient"]
    if n_ins:
        cannot.append(tr("{n} of {total} street sections x directions x time bands have too few participants "
                         "or traversals to conclude anything.").format(n=n_ins, total=len(seg)))
    tested = int(len(seg) - n_ins)
    if tested >= 20:
        cannot.append(tr("About 1 in 20 unchanged street sections shows as significant by chance at the 95% "
                         "level: with {n} sections tested, about {k} such false alarms are expected.").format(
            n=tested, k=int(round(0.05 * tested))))


def _summarise_modal_share(s: dict, ms: pd.DataFrame):
    """Sample sizes of the whole study, the significant mode changes and the masked zones."""
    zt = ms.drop_duplicates("zone_id")
    s["sample"].update(trips_before=int(np.nansum(zt.loc[zt["zone_id"] == TOTAL_ZONE, "zone_trips_before"])),
                       trips_after=int(np.nansum(zt.loc[zt["zone_id"] == TOTAL_ZONE, "zone_trips_after"])),
                       trip_users_before=int(zt.loc[zt["zone_id"] == TOTAL_ZONE, "users_before"].sum()),
                       trip_users_after=int(zt.loc[zt["zone_id"] == TOTAL_ZONE, "users_after"].sum()))
    pub = ms[~ms["masked"]]
    cols = ["zone_id", "mode", "share_before", "share_after", "change_pp", "change_ci_low", "change_ci_high", "flag"]
    flag = "flag"
    if "share_before_weighted" in ms.columns:   # weighted: the weighted change decides, the raw one beside
        cols += ["share_before_weighted", "share_after_weighted", "change_pp_weighted", "change_weighted_ci_low",
                 "change_weighted_ci_high", "flag_weighted"]
        flag = "flag_weighted"
    s["modal_share"] = [_row_dict(r, cols) for _, r in pub[pub[flag] == FLAG_SIGNIFICANT].iterrows()]
    masked_zones = sorted(set(ms.loc[ms["masked"], "zone_id"]))
    if masked_zones:
        s["cannot_conclude"].append(tr("Modal share cannot be compared in {n} zone(s) for lack of participants or "
                                       "trips: {zones}.").format(n=len(masked_zones),
                                                                 zones=", ".join(masked_zones[:10])))
