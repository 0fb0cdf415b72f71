"""Shared helpers of the bench scripts: package loading, data paths, GeoLife loaders, skips.

Bench scripts run from anywhere (``.venv/bin/python bench/<script>.py``). They import the plugin
through ``scripts/devpath.py`` as the package ``tracemob`` (the repository root cannot be on
``sys.path``). Real data is read from ``../shared/data``; it is never committed here.
"""
import importlib
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import devpath  # noqa: E402

devpath.load_tracemob()

SHARED_DATA = devpath.SHARED_DATA
EMISSION_DIR = SHARED_DATA / "emission_real_examples"
GEOLIFE_DIR = SHARED_DATA / "geolife"

EXIT_ERROR = 1


def skip(message: str) -> None:
    """Print why the bench cannot run and stop with status 0 (missing data is not an error)."""
    print("SKIPPED: " + message)
    sys.exit(0)


def require_dir(path: Path, what: str) -> Path:
    if not Path(path).is_dir():
        skip("{what} not found at {path} (real data lives in ../shared/data and is never "
             "committed)".format(what=what, path=path))
    return Path(path)


def tracemob_module(name: str):
    """``tracemob.tracemob_plugin.core.<name>``; exits with a clear error when it is not there yet."""
    try:
        return importlib.import_module("tracemob.tracemob_plugin.core." + name)
    except ImportError as err:
        print("ERROR: cannot import tracemob_plugin.core.{name}: {err}".format(name=name, err=err))
        sys.exit(EXIT_ERROR)


def segmentation_params(preset: str):
    """``SegmentationParams()`` (preset "default") or ``SegmentationParams.<preset>()``."""
    seg = tracemob_module("trips.segmentation")
    cls = seg.SegmentationParams
    if preset == "default":
        return cls()
    factory = getattr(cls, preset, None)
    if factory is None:
        print("ERROR: SegmentationParams has no preset {p!r}".format(p=preset))
        sys.exit(EXIT_ERROR)
    return factory()


def pass_fail(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def fmt(x, digits=2) -> str:
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return "-"
    return "{:.{d}f}".format(x, d=digits)


class Timer:
    def __enter__(self):
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.t0


# --------------------------------------------------------------------------- GeoLife loaders
# Small self-contained loaders (points contract of docs/ARCHITECTURE.md) so that the speed bench
# measures segmentation only and does not depend on the reader's API or speed.

from tracemob.tracemob_plugin.core.vocab.columns import POINT_COLUMNS  # noqa: E402


def _finish(df: pd.DataFrame) -> pd.DataFrame:
    df["accuracy_m"] = np.nan
    df["speed_mps"] = np.nan
    df = df[POINT_COLUMNS].sort_values(["user_id", "time"], kind="stable").reset_index(drop=True)
    return df


def load_geolife_folder(folder: Path) -> pd.DataFrame:
    """Every ``<user>/Trajectory/*.plt`` of a GeoLife folder as a points frame (user = folder name)."""
    parts = []
    for plt in sorted(Path(folder).glob("*/Trajectory/*.plt")):
        df = pd.read_csv(plt, skiprows=6, header=None, usecols=[0, 1, 5, 6],
                         names=["lat", "lon", "date", "clock"], dtype={"date": str, "clock": str})
        df["time"] = pd.to_datetime(df.pop("date") + " " + df.pop("clock"), format="%Y-%m-%d %H:%M:%S",
                                    utc=True)
        df["user_id"] = plt.parent.parent.name
        df["source_file"] = plt.name
        parts.append(df)
    if not parts:
        raise FileNotFoundError("no */Trajectory/*.plt under {f}".format(f=folder))
    return _finish(pd.concat(parts, ignore_index=True))


def load_geolife_sample(path: Path) -> pd.DataFrame:
    """scikit-mobility's ``geolife_sample.txt.gz`` (lat, lng, datetime, uid) as a points frame."""
    df = pd.read_csv(path, dtype={"uid": str})
    out = pd.DataFrame({
        "user_id": df["uid"].astype(str),
        "time": pd.to_datetime(df["datetime"], format="%Y-%m-%d %H:%M:%S", utc=True),
        "lat": df["lat"].astype(float), "lon": df["lng"].astype(float),
        "source_file": Path(path).name,
    })
    return _finish(out)


def replicate(points: pd.DataFrame, n_target: int, shift_days: int = 7) -> pd.DataFrame:
    """Exactly ``n_target`` points made of copies of ``points``: copy k gets user ids ``<id>_r<k>``
    and times shifted by ``k * shift_days`` days; the last copy is cut to fit."""
    copies, n, k = [], 0, 0
    while n < n_target:
        c = points.copy()
        if k:
            c["user_id"] = c["user_id"].astype(str) + "_r{k}".format(k=k)
            c["time"] = c["time"] + pd.Timedelta(days=k * shift_days)
        copies.append(c)
        n += len(c)
        k += 1
    out = pd.concat(copies, ignore_index=True).iloc[:n_target]
    return out.sort_values(["user_id", "time"], kind="stable").reset_index(drop=True)


def to_trackintel_positionfixes(points: pd.DataFrame):
    """The same points as a trackintel ``Positionfixes`` GeoDataFrame (EPSG:4326)."""
    import geopandas as gpd
    import trackintel as ti

    gdf = gpd.GeoDataFrame(
        {"user_id": points["user_id"].to_numpy(), "tracked_at": points["time"].to_numpy()},
        geometry=gpd.points_from_xy(points["lon"].to_numpy(), points["lat"].to_numpy()), crs="EPSG:4326")
    gdf["tracked_at"] = pd.to_datetime(gdf["tracked_at"], utc=True)
    gdf.index.name = "id"
    return ti.Positionfixes(gdf)


# --------------------------------------------------------------------------- trackintel reference

TRACKINTEL_TOLERANCE_S = 1.0  # trip start/end must equal trackintel's to the second (fixes are whole seconds)


def normalise_user(values) -> pd.Series:
    """GeoLife user ids as trackintel writes them: folder "000" -> "0" (other ids unchanged)."""
    s = pd.Series(values).astype(str)
    return s.where(~s.str.fullmatch(r"\d+"), s.str.lstrip("0").replace("", "0"))


def read_trackintel_csv(path: Path, kind: str = "trips") -> pd.DataFrame:
    """trackintel's expected ``trips.csv`` (or the staypoints of ``sp_tpls.csv``) with
    ``user_id`` (normalised str), ``start_time``, ``end_time`` (UTC)."""
    df = pd.read_csv(path)
    if kind == "staypoints":
        df = df[df["type"] == "staypoint"]
    out = df.rename(columns={"started_at": "start_time", "finished_at": "end_time"}).copy()
    out["user_id"] = normalise_user(out["user_id"]).to_numpy()
    out["start_time"] = pd.to_datetime(out["start_time"], utc=True)
    out["end_time"] = pd.to_datetime(out["end_time"], utc=True)
    return out.sort_values(["user_id", "start_time"], kind="stable").reset_index(drop=True)


def read_geolife_with_our_reader(folder: Path):
    """``io.read_traces`` on every ``*/Trajectory/*.plt`` of a GeoLife folder."""
    io = tracemob_module("ingest")
    files = sorted(Path(folder).glob("*/Trajectory/*.plt"))
    return io.read_traces(files)


def run_trackintel_pipeline(pfs, dist_threshold=25, time_threshold=5, gap_threshold=1e6,
                            activity_time_threshold=15, trip_gap_threshold=15):
    """trackintel 1.3.1: sliding staypoints, activity flag, triplegs between staypoints, trips.
    The defaults are those trackintel uses to make its ``geolife_long`` expected files."""
    import trackintel as ti

    pfs, sp = pfs.generate_staypoints(method="sliding", dist_threshold=dist_threshold,
                                      time_threshold=time_threshold, gap_threshold=gap_threshold)
    sp = sp.create_activity_flag(time_threshold=activity_time_threshold)
    pfs, tpls = pfs.generate_triplegs(sp, method="between_staypoints")
    sp, tpls, trips = ti.preprocessing.generate_trips(sp, tpls, gap_threshold=trip_gap_threshold)
    return pfs, sp, tpls, trips
