"""Partitioned GeoParquet out of the cluster, and such folders back in as points.

``[outputs] format = "parquet"``: each table is a folder (``legs/``, ``trips/``...) of Parquet files, one per
partition (``part-00003.parquet``), written by the worker that holds the partition (:func:`write_partition`): the
client gathers only each partition's fix counts (to map fix positions to the study's, as ``chain.assemble`` does),
statistics and summaries, and writes the small reduced tables itself. Tables with a geometry are GeoParquet 1.0: a
``geometry`` column of WKB (the trips' and legs' LineStringM, M = epoch seconds, as the QGIS algorithms write them;
a Point for the stays and points; the segments' lines for the travel times) and the ``geo`` metadata, lon/lat
(OGC:CRS84, GeoParquet's default). :func:`read_table` reads a folder back as the table the CSV path writes (the
parts concatenated, in participant order); :func:`read_points` reads a ``points/`` folder as trace points.

pyarrow is imported here only, when the parquet format is used (never by the QGIS plugin at start).
"""
import json
from pathlib import Path
from typing import Dict, List, Sequence

import numpy as np
import pandas as pd

from ..errors import InputError
from ..geometry import point_wkb
from ..i18n import tr

SUFFIX = ".parquet"
GEOMETRY = "geometry"


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise InputError(tr("the Parquet format needs the pyarrow package"), field="format",
                         hint=tr("Install the pinned packages (bash scripts/setup_env.sh), or write CSV.")) from None
    return pyarrow


def part_name(k: int) -> str:
    return f"part-{int(k):05d}{SUFFIX}"


def _with_geometry(frame: pd.DataFrame) -> pd.DataFrame:
    """``geometry``: the lines' WKB (``geometry_wkb``) or a Point from lon/lat; None when the table has neither."""
    if "geometry_wkb" in frame.columns:
        return frame.rename(columns={"geometry_wkb": GEOMETRY})
    if {"lon", "lat"} <= set(frame.columns) and len(frame):
        wkb = point_wkb(frame["lon"].to_numpy(float), frame["lat"].to_numpy(float))
        return frame.assign(**{GEOMETRY: pd.Series(list(wkb), index=frame.index, dtype=object)})
    return frame


def write_table(frame: pd.DataFrame, path) -> Path:
    """``frame`` as one (Geo)Parquet file at ``path`` (its folder made); a file being written is never taken for
    a finished one (written beside, then renamed)."""
    pa = _pyarrow()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = _with_geometry(frame.reset_index(drop=True))
    table = pa.Table.from_pandas(frame, preserve_index=False)
    if GEOMETRY in frame.columns:
        if len(frame):
            table = table.set_column(table.schema.get_field_index(GEOMETRY), GEOMETRY,
                                     pa.array([None if g is None else bytes(g) for g in frame[GEOMETRY]],
                                              type=pa.binary()))
        geo = {"version": "1.0.0", "primary_column": GEOMETRY,
               "columns": {GEOMETRY: {"encoding": "WKB", "geometry_types": []}}}
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), b"geo": json.dumps(geo).encode()})
    tmp = path.with_name("." + path.name + ".partial")
    pa.parquet.write_table(table, tmp)
    tmp.replace(path)
    return path


def table_files(folder) -> List[Path]:
    """The Parquet files of a table folder, in name order."""
    folder = Path(folder)
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(SUFFIX) and not p.name.startswith("."))


def read_table(folder) -> pd.DataFrame:
    """A table folder (or one file) as one frame: the parts in name order, then in participant order (stable), as
    the CSV path writes the table; the geometry back as ``geometry_wkb`` (bytes) for lines, dropped for points
    (their lon/lat are columns)."""
    pa = _pyarrow()
    folder = Path(folder)
    files = [folder] if folder.is_file() else table_files(folder)
    if not files:
        raise InputError(tr("no Parquet file in this folder"), file=str(folder),
                         hint=tr("Give a folder written with [outputs] format = \"parquet\"."))
    frames = [pa.parquet.read_table(f).to_pandas() for f in files]
    frame = pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
    if GEOMETRY in frame.columns:
        if {"lon", "lat"} <= set(frame.columns):
            frame = frame.drop(columns=[GEOMETRY])
        else:
            frame = frame.rename(columns={GEOMETRY: "geometry_wkb"})
    if "user_id" in frame.columns and len(frame):
        users = frame["user_id"].astype(str).to_numpy(dtype=object)
        frame = frame.iloc[np.argsort(users, kind="stable")].reset_index(drop=True)
    return frame


def is_parquet_input(path) -> bool:
    """A Parquet file, or a folder holding Parquet files (``points/`` as this module writes it)."""
    path = Path(path)
    if path.is_file():
        return path.name.endswith(SUFFIX)
    return path.is_dir() and any(p.name.endswith(SUFFIX) for p in path.iterdir())


def scan_points(path):
    """(participants, fixes) of one Parquet file of points, from its ``user_id`` column and metadata only."""
    pa = _pyarrow()
    users = pa.parquet.read_table(path, columns=["user_id"]).column("user_id").to_pandas()
    return sorted(map(str, pd.unique(users))), int(len(users))


def read_points(paths: Sequence) -> "object":
    """Parquet files of points (a ``points/`` folder's parts) as :class:`ingest.Traces` (the points contract,
    sorted by participant and time; no motion, no labels)."""
    from ..ingest import Traces, empty_traces, finalize_points

    pa = _pyarrow()
    frames = []
    for path in paths:
        frame = pa.parquet.read_table(path).to_pandas()
        missing = [c for c in ("user_id", "time", "lat", "lon") if c not in frame.columns]
        if missing:
            raise InputError(tr("this Parquet file has no column {cols}").format(cols=", ".join(missing)),
                             file=str(path), hint=tr("Give the points/ folder of a run with points = true."))
        frames.append(frame.drop(columns=[GEOMETRY], errors="ignore"))
    empty = empty_traces()
    if not frames:
        return empty
    points = pd.concat(frames, ignore_index=True)
    if "source_file" not in points.columns:
        points["source_file"] = str(paths[0])
    return Traces(points=finalize_points(points), motion=empty.motion, trips_labels=empty.trips_labels,
                  files=[str(p) for p in paths])


def write_partition(result: dict, k: int, folder: str, starts: pd.Series, names: Sequence[str]) -> dict:
    """On the worker holding partition ``k``'s result: its tables ``names`` written as ``<folder>/<table>/part-k``,
    fix positions mapped to the study's (``starts``: the study's first cleaned fix of each of its participants);
    gives back only what the client reduces (counts, statistics, summary, warnings, rows written)."""
    from .chain import _remap_positions

    c = result["counts"]
    local = pd.Series(np.cumsum(c.to_numpy()) - c.to_numpy(), index=c.index)
    rows: Dict[str, int] = {}
    for name in names:
        frame = result[name]
        if name != "points":
            frame = _remap_positions(frame, local, starts)
        write_table(frame, Path(folder) / name / part_name(k))
        rows[name] = len(frame)
    return {"counts": c, "stats": result["stats"], "summary": result.get("summary"),
            "warnings": result.get("warnings", []), "rows": rows}


def study_starts(counts: Sequence[pd.Series]) -> pd.Series:
    """Each participant's first cleaned fix in the study's points (participant order), from the partitions'
    counts (as ``chain.assemble``)."""
    total = pd.concat(list(counts)).sort_index(kind="stable") if counts else pd.Series(dtype=np.int64)
    return pd.Series(np.cumsum(total.to_numpy()) - total.to_numpy(), index=total.index)


def clear_tables(folder, names: Sequence[str]) -> None:
    """Remove the Parquet parts a previous run left in the table folders ``names`` (a re-run replaces them)."""
    for name in names:
        sub = Path(folder) / name
        if sub.is_dir():
            for f in table_files(sub):
                f.unlink()


def written_rows(parts: Sequence[dict]) -> Dict[str, int]:
    rows: Dict[str, int] = {}
    for p in parts:
        for k, v in p["rows"].items():
            rows[k] = rows.get(k, 0) + int(v)
    return rows

