"""Labelled legs for training and scoring: cut raw points by labelled time intervals.

Used by ``bench/bench_modes.py`` and to build the default model, so that scoring does not depend
on the segmentation: each labelled interval (GeoLife ``labels.txt`` span, e-mission ground-truth
section) becomes one leg made of the points inside it.
"""
from pathlib import Path

import numpy as np
import pandas as pd

from ..vocab.times import epoch_seconds

# e-mission sensed modes -> our vocabulary (IN_VEHICLE: a road vehicle as far as the phone knows;
# AIR_OR_HSR, "air or high-speed rail", is scored at the coarse level only: motorised)
SENSED_MODES = {"ON_FOOT": "walk", "WALKING": "walk", "RUNNING": "walk", "BICYCLING": "bike",
                "IN_VEHICLE": "car", "AIR_OR_HSR": "train", "UNKNOWN": None, "STILL": None,
                "NONE": None, "TILTING": None, "STOPPED_WHILE_IN_VEHICLE": "car"}


def legs_from_intervals(points: pd.DataFrame, intervals: pd.DataFrame, min_points: int = 3,
                        prefix: str = "L"):
    """(legs, vertices) from ``points`` (user_id, time, lon, lat) and labelled ``intervals``
    (user_id, start_time, end_time, mode[, label]).

    Where labelled intervals overlap, a point goes to the covering interval that started last
    (a taxi ride labelled inside a long 'walk' span keeps 'taxi'; a train boarded before the walk
    label was closed is train); a leg is a run of consecutive points with the same interval.
    Legs with fewer than ``min_points`` points are dropped. legs: ``leg_id, user_id, mode,
    label, start_time, end_time, duration_s``; vertices: ``leg_id, user_id, lon, lat, time`` (and
    ``speed_mps`` when the points have it).
    """
    pts = points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True)
    iv = intervals.copy()
    iv["s0"] = epoch_seconds(iv.start_time)
    iv["s1"] = epoch_seconds(iv.end_time)
    iv = iv.sort_values("s0", ascending=False, kind="mergesort").reset_index(drop=True)
    t = epoch_seconds(pts.time)
    owner = np.full(len(pts), -1)
    pu = pts.user_id.astype(str).to_numpy()
    for user, ivu in iv.groupby(iv.user_id.astype(str), sort=False):
        sel = np.flatnonzero(pu == user)
        if len(sel) == 0:
            continue
        tu = t[sel]
        # latest start first: assign where still free (a loop over intervals, vectorised over points)
        for k, s0, s1 in zip(ivu.index.to_numpy(), ivu.s0.to_numpy(), ivu.s1.to_numpy()):
            a, b = np.searchsorted(tu, s0, "left"), np.searchsorted(tu, s1, "right")
            seg = sel[a:b]
            free = owner[seg] < 0
            owner[seg[free]] = k
    run = np.r_[True, (owner[1:] != owner[:-1]) | (pu[1:] != pu[:-1])].cumsum()
    keep = owner >= 0
    v = pd.DataFrame({"run": run[keep], "iv": owner[keep], "user_id": pu[keep],
                      "lon": pts.lon.to_numpy()[keep], "lat": pts.lat.to_numpy()[keep],
                      "time": pts.time.to_numpy()[keep]})
    if "speed_mps" in pts.columns:     # the phone's own speed, when the source has it
        v["speed_mps"] = pd.to_numeric(pts.speed_mps, errors="coerce").to_numpy(dtype=float)[keep]
    size = v.groupby("run").run.transform("size")
    v = v[size >= min_points]
    runs = np.unique(v.run.to_numpy())
    ids = {r: "%s%05d" % (prefix, i) for i, r in enumerate(runs)}
    v["leg_id"] = v.run.map(ids)
    g = v.groupby("leg_id", sort=True)
    legs = pd.DataFrame({"user_id": g.user_id.first(), "iv": g.iv.first(),
                         "start_time": g.time.min(), "end_time": g.time.max()}).reset_index()
    legs["mode"] = iv["mode"].reindex(legs.iv.to_numpy()).to_numpy()
    legs["label"] = (iv["label"] if "label" in iv.columns else iv["mode"]).reindex(legs.iv.to_numpy()).to_numpy()
    legs["duration_s"] = (pd.to_datetime(legs.end_time, utc=True)
                          - pd.to_datetime(legs.start_time, utc=True)).dt.total_seconds()
    legs = legs.drop(columns="iv")
    cols = ["leg_id", "user_id", "lon", "lat", "time"] + (["speed_mps"] if "speed_mps" in v.columns else [])
    vertices = v[cols].reset_index(drop=True)
    vertices["time"] = pd.to_datetime(vertices.time, utc=True)
    return legs, vertices


def emission_day(raw_path, truth_path, prefix=None):
    """One e-mission ground-truth day as labelled legs: (legs, vertices, motion).

    Legs are the ground-truth sections cut from the raw points (``background/filtered_location``
    as e-mission uses); ``mode`` maps ``sensed_mode`` (IN_VEHICLE -> car, AIR_OR_HSR -> train,
    UNKNOWN -> dropped); ``label`` keeps the sensed mode.
    """
    from ..ingest import read_traces
    from .scoring import read_emission_ground_truth
    traces = read_traces([str(raw_path)])
    gt = read_emission_ground_truth(truth_path)
    sec = gt.sections.copy()
    sec["mode"] = sec.sensed_mode.map(SENSED_MODES)
    sec["label"] = sec.sensed_mode
    sec = sec[sec["mode"].notna()]
    points = traces.points.copy()
    # ground truth names the user by uuid, the raw file too; fall back to one user per day
    if not set(sec.user_id.astype(str)) & set(points.user_id.astype(str)):
        sec["user_id"] = points.user_id.iloc[0] if len(points) else ""
    legs, vertices = legs_from_intervals(points, sec, prefix=prefix or (Path(raw_path).name + "_"))
    return legs, vertices, traces.motion



#: coarse class of the 2014 labels of ``tests/data/emission_moves_2014`` (see its README): the numbers
#: of e-mission's 2014 mode table do not all agree with the speeds, so only the coarse level is used;
#: 8 ("mixed") is left out
MOVES_2014_COARSE = {"1": "walk", "2": "walk", "3": "bike", "biking": "bike", "4": "car", "5": "car",
                     "6": "car", "7": "car", "9": "car", "car": "car", "train": "car"}


def moves_sections(path):
    """The labelled Moves sections of 2014 as (legs, vertices): one leg per section, ``mode`` the
    coarse class of the participant's label (walk, bike, or car for any motorised label), ``label``
    the label as stored, ``moves_mode`` Moves' own guess; sections without a usable label are left out."""
    df = pd.read_csv(path, dtype={"user_id": str, "section_id": str, "confirmed_mode": str, "moves_mode": str})
    df["mode"] = df["confirmed_mode"].map(MOVES_2014_COARSE)
    df = df[df["mode"].notna()]
    df["time"] = pd.to_datetime(df["time"], utc=True)
    df = df.sort_values(["section_id", "time"], kind="mergesort")
    g = df.groupby("section_id", sort=True)
    legs = pd.DataFrame({"user_id": g.user_id.first(), "mode": g["mode"].first(), "label": g.confirmed_mode.first(),
                         "moves_mode": g.moves_mode.first(), "start_time": g.time.min(),
                         "end_time": g.time.max()}).reset_index().rename(columns={"section_id": "leg_id"})
    legs["duration_s"] = (legs.end_time - legs.start_time).dt.total_seconds()
    vertices = df.rename(columns={"section_id": "leg_id"})[["leg_id", "user_id", "lon", "lat", "time"]]
    return legs, vertices.reset_index(drop=True)
