"""Medians over the study by a shuffle on the cell key, the privacy rule after the reduction.

A median does not reduce from partition medians: every value of a cell must meet in one place. Each partition
splits its per-leg values by a stable hash of the cell key into ``n_buckets`` frames (:func:`split_cells`); bucket
r of every partition goes to one task (:func:`cell_medians`), which then holds every value of its cells and
computes their medians and participants; the privacy rule (fewer than ``min_users`` participants: masked) applies
there, on whole cells. On a cluster the buckets move worker to worker; the client gathers only the cells
(runner.py). In one process the same two functions run on one partition, so both paths give the same numbers.

The cells here are legs by mode and hour of departure (UTC): median distance, duration and speed. The travel
times per street (``traveltimes.py``) go through the same shuffle (:func:`split_cells` on their own key, the
domain's per-cell function in the reduce tasks).
"""
from typing import List, Sequence

import numpy as np
import pandas as pd

#: the cell key and the values whose medians are taken
CELL_KEY = ["mode", "hour_utc"]
VALUES = ["distance_m", "duration_s", "speed_kmh"]


def cell_values(legs: pd.DataFrame) -> pd.DataFrame:
    """Per leg: the cell key, the participant and the values (speed from distance and duration)."""
    mode = legs["mode"].astype(str) if "mode" in legs.columns else pd.Series("all", index=legs.index)
    duration = legs["duration_s"].to_numpy(float)
    distance = legs["distance_m"].to_numpy(float)
    with np.errstate(divide="ignore", invalid="ignore"):
        speed = np.where(duration > 0, distance / duration * 3.6, np.nan)
    return pd.DataFrame({"mode": mode.to_numpy(dtype=object),
                         "hour_utc": pd.to_datetime(legs["start_time"], utc=True).dt.hour.to_numpy(np.int64),
                         "user_id": legs["user_id"].to_numpy(dtype=object),
                         "distance_m": distance, "duration_s": duration, "speed_kmh": speed})


def split_cells(values: pd.DataFrame, n_buckets: int, key: Sequence[str] = tuple(CELL_KEY)) -> List[pd.DataFrame]:
    """``values`` cut into ``n_buckets`` frames by a stable hash of the cell ``key`` columns (the same cell always
    lands in the same bucket, in every process: pandas' hash of the values, not Python's salted ``hash``). The
    shuffle's map side, for every aggregate reduced on the cluster (here legs by mode and hour; the travel times'
    traversals by segment and direction, ``cluster/traveltimes.py``)."""
    bucket = (pd.util.hash_pandas_object(values[list(key)], index=False).to_numpy() % np.uint64(n_buckets)).astype(int)
    return [values[bucket == r].reset_index(drop=True) for r in range(n_buckets)]


def cell_medians(buckets: Sequence[pd.DataFrame], min_users: int) -> pd.DataFrame:
    """The cells of one bucket (its frames from every partition): legs, participants and the medians of
    :data:`VALUES`; cells with fewer than ``min_users`` participants have their figures masked (``masked``)."""
    frame = pd.concat(list(buckets), ignore_index=True) if len(buckets) else pd.DataFrame()
    if len(frame) == 0:
        return pd.DataFrame(columns=CELL_KEY + ["n_legs", "n_users"] + [f"median_{v}" for v in VALUES] + ["masked"])
    g = frame.groupby(CELL_KEY, sort=True)
    out = pd.DataFrame({"n_legs": g.size(), "n_users": g["user_id"].nunique()})
    for v in VALUES:
        out[f"median_{v}"] = g[v].median()
    out = out.reset_index()
    masked = out["n_users"].to_numpy() < int(min_users)
    out.loc[masked, [f"median_{v}" for v in VALUES]] = np.nan
    out["n_legs"] = out["n_legs"].astype("Int64").mask(masked)
    out["masked"] = masked
    return out


def concat_cells(parts: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """The reduced buckets as one table, in cell order."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return cell_medians([], 0)
    return pd.concat(parts, ignore_index=True).sort_values(CELL_KEY, kind="mergesort").reset_index(drop=True)
