"""Modal share by zone, OD flows and bootstrap replicates on the cluster (the ``modalshare`` / ``odflows`` steps).

The domain's own functions, cut where they reduce (no second implementation):

- **on each partition's worker** (whole participants): the trips' ends (first and last fix, what QGIS reads from
  the trip lines), then ``indicators.modal_share.zoned_trips`` (main mode, zone of the origin or of the home: a
  home is found from its participant's trips only) and ``cell_rows`` (each trip in its zone's rows and in ALL's,
  keyed by ``zone_index``); for the OD flows ``indicators.odflows.od_trips`` (period, mode filter, origin and
  destination zones) and the pairs' rows (origin zone, destination zone, participant);
- **the shuffle** (``runner.shuffle``, ``medians.split_cells``): the rows cut by a stable hash of the cell key (the
  zone; the (origin, destination) pair), so that every trip of a cell, from every partition, meets in one reduce
  task. ALL is a cell like the others (key -1): its reduce task gets every trip (5 small columns each);
- **each reduce task**: the domain's per-cell sums on whole cells (``zone_mode_sums``: trips, distinct participants,
  km, hours; ``pair_counts``: trips and distinct participants per pair, and the participants of the pairs under the
  threshold, for the ``merge`` row). The rows are put back in the study's order (participant, then the partition's
  own order) first, so each cell's float sums are added in the same order as in one process: bit for bit;
- **the client** (:func:`gather_share`, :func:`gather_od`): the domain's ``share_tables`` / ``od_matrix`` on the
  reduced cells: shares, then the privacy rule (zones under ``min_trips`` trips or ``min_users`` participants,
  pairs under ``min_users`` participants) on whole cells, never on a partition's part of a cell.

In one process (``chain.run_chain``) the same functions run on one partition and one bucket.

Bootstrap replicates (``compare.bootstrap``): :func:`replicate_mapper` gives the ``mapper`` the comparisons take
(``before_after(..., mapper=...)``): each chunk of replicates is a task; the one random stream of the seed is
advanced on the client and a chunk travels as the stream's state at its start (``compare.bootstrap.Draw``, drawn
again on the worker): the replicates, hence the intervals, are those of one process exactly.
dask and distributed are imported only inside the functions that use a client.
"""
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..indicators.modal_share import DEFAULT_TZ, ModalShare, cell_rows, share_tables, zone_mode_sums, zoned_trips
from ..indicators.odflows import (PAIR_KEY, SMALL_PAIRS, ODFlows, _desire_lines, od_matrix, od_trips, pair_counts,
                                  small_pair_users, zones_frame)
from ..privacy.rules import min_users_warning

#: the shuffle's keys
ZONE_KEY = ("zone_index",)


@dataclass(frozen=True)
class ModalShareSpec:
    """The ``modalshare`` step's options: those of ``tracemob:modalshare`` (picklable)."""
    #: a GeoJSON or GeoPackage file of the zone polygons
    zones: str
    #: the field of the zones' identifiers (empty: 0, 1, 2... in the file's order)
    id_field: str = ""
    by: str = "origin"
    #: the period [start, end) on the trips' start (ISO dates; naive = UTC), None = open
    start: Optional[str] = None
    end: Optional[str] = None
    #: IANA time zone of the local days (homes)
    tz: str = DEFAULT_TZ
    min_trips: int = 10
    min_cell_users: int = 0

    def validated(self) -> "ModalShareSpec":
        read_zones(self.zones, self.id_field)
        if self.by not in ("origin", "home"):
            raise InputError(tr("unknown zoning '{by}'").format(by=self.by), field="by", hint=tr("Use origin or home."))
        if int(self.min_trips) < 0 or int(self.min_cell_users) < 0:
            raise InputError(tr("the threshold must be 0 or more"), field="min_trips")
        _check_period(self.start, self.end)
        return self


@dataclass(frozen=True)
class ODFlowSpec:
    """The ``odflows`` step's options: those of ``tracemob:odflows`` (picklable)."""
    zones: str
    id_field: str = ""
    start: Optional[str] = None
    end: Optional[str] = None
    #: keep the trips of this main mode only (empty: every trip)
    mode: str = ""
    small_pairs: str = "suppress"

    def validated(self) -> "ODFlowSpec":
        read_zones(self.zones, self.id_field)
        if self.small_pairs not in SMALL_PAIRS:
            raise InputError(tr("small pairs must be 'suppress' or 'merge'"), field="small_pairs")
        _check_period(self.start, self.end)
        return self


def _check_period(start, end) -> None:
    """The period's bounds read as dates, the end after the start (checked before any task runs)."""
    from ..indicators.modal_share import filter_period

    try:
        filter_period(pd.DataFrame({"start_time": pd.Series([], dtype="datetime64[ns, UTC]")}), start, end)
    except (ValueError, TypeError):
        raise InputError(tr("cannot read the period's dates {start} - {end}").format(start=start, end=end),
                         field="period", hint=tr("Write dates as 2025-03-01 (ISO-8601).")) from None


#: (path, mtime, size, id field) -> zones frame: the zones read once per process
_ZONES: dict = {}


def read_zones(path: str, id_field: str = "") -> pd.DataFrame:
    """``zone_id`` (text) and ``geometry`` (shapely, EPSG:4326) of a GeoJSON or GeoPackage file of polygons, read
    once per process (a worker keeps them from one task to the next; a changed file is read again)."""
    if not path or not Path(path).is_file():
        raise InputError(tr("no zones file {file}").format(file=path), field="zones",
                         hint=tr("Give a GeoJSON or GeoPackage file of the zone polygons."))
    st = os.stat(path)
    key = (str(Path(path).resolve()), st.st_mtime_ns, st.st_size, id_field)
    if key not in _ZONES:
        _ZONES.clear()
        reader = _read_gpkg if str(path).lower().endswith(".gpkg") else _read_geojson
        ids, geoms = reader(str(path), id_field)
        _ZONES[key] = zones_frame(geoms, ids)
    return _ZONES[key]


def _ids(values: list, names, id_field: str, path: str) -> list:
    if not id_field:
        return list(range(len(values)))
    if id_field not in names:
        raise InputError(tr("the zones have no field '{field}'").format(field=id_field), file=path, field=id_field,
                         hint=tr("Give the name of the field holding the zone identifiers."))
    return values


def _read_geojson(path: str, id_field: str):
    """(ids, polygons) of a GeoJSON FeatureCollection (RFC 7946: lon/lat, EPSG:4326)."""
    import shapely.geometry

    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
        feats = [f for f in doc.get("features", []) if f.get("geometry")]
        geoms = [shapely.geometry.shape(f["geometry"]) for f in feats]
    except (ValueError, AttributeError, KeyError, TypeError) as exc:
        raise InputError(tr("cannot read the zones: {error}").format(error=exc), file=path,
                         hint=tr("Give a GeoJSON FeatureCollection of polygons.")) from None
    names = set().union(*[set((f.get("properties") or {})) for f in feats]) if feats else set()
    ids = _ids([(f.get("properties") or {}).get(id_field) for f in feats], names, id_field, path)
    return ids, geoms


def _read_gpkg(path: str, id_field: str):
    """(ids, polygons) of the first layer of a GeoPackage (GDAL's ogr), reprojected to EPSG:4326."""
    import shapely
    from osgeo import ogr, osr

    ogr.UseExceptions()
    try:
        ds = ogr.Open(path)
        layer = ds.GetLayer(0)
    except (RuntimeError, AttributeError) as exc:
        raise InputError(tr("cannot read the zones: {error}").format(error=exc), file=path,
                         hint=tr("Give a GeoPackage holding a layer of polygons.")) from None
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    srs = layer.GetSpatialRef()
    if srs is not None:
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(srs, wgs) if srs is not None and not srs.IsSame(wgs) else None
    defn = layer.GetLayerDefn()
    names = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    values, geoms = [], []
    for feat in layer:      # a loop over the zones (hundreds), never over trips
        geom = feat.GetGeometryRef()
        if geom is None:
            continue
        if transform is not None:
            geom = geom.Clone()
            geom.Transform(transform)
        geoms.append(shapely.from_wkb(bytes(geom.ExportToWkb())))
        values.append(feat.GetField(id_field) if id_field in names else None)
    return _ids(values, names, id_field, path), geoms


# --------------------------------------------------------------------------------------- on the partitions
def trip_ends(points: pd.DataFrame, trips: pd.DataFrame) -> pd.DataFrame:
    """``trips`` with ``origin_lon/lat`` and ``destination_lon/lat``: their first and last cleaned fix (the first
    and last vertex of the trip lines in QGIS)."""
    lon, lat = points["lon"].to_numpy(float), points["lat"].to_numpy(float)
    first, last = trips["first_point"].to_numpy(np.int64), trips["last_point"].to_numpy(np.int64)
    return trips.assign(origin_lon=lon[first], origin_lat=lat[first], destination_lon=lon[last],
                        destination_lat=lat[last])


def partition_share_rows(trips: pd.DataFrame, legs: pd.DataFrame, spec: ModalShareSpec) -> dict:
    """A partition's trips (with their ends) and legs (with modes) as the modal share's rows keyed by zone."""
    z = read_zones(spec.zones, spec.id_field)
    used, _, zone_ids = zoned_trips(trips, legs, list(z["zone_id"]), list(z["geometry"]), by=spec.by,
                                    start=spec.start, end=spec.end, tz=spec.tz)
    return {"rows": cell_rows(used, len(zone_ids) > 0)}


def partition_od_rows(trips: pd.DataFrame, legs: pd.DataFrame, spec: ODFlowSpec) -> dict:
    """A partition's trips (with their ends and main modes) as the OD flows' rows (trips inside the zones) and
    counts."""
    from ..indicators.modal_share import trip_main_modes

    if len(legs):
        trips = trips.merge(trip_main_modes(legs)[["trip_id", "main_mode"]], on="trip_id", how="left")
    else:
        trips = trips.assign(main_mode="unknown")
    t, counts = od_trips(trips, read_zones(spec.zones, spec.id_field), start=spec.start, end=spec.end,
                         mode=spec.mode or None)
    inside = (t["origin_zone"].to_numpy() != "") & (t["destination_zone"].to_numpy() != "")
    used = t.loc[inside, PAIR_KEY + ["user_id"]].reset_index(drop=True)
    counts.update(n_trips_filtered=len(t), n_users=int(used["user_id"].nunique()))
    return {"rows": used, "counts": counts}


def split_rows(part: Optional[dict], n_buckets: int, key: Sequence[str]) -> List[Optional[pd.DataFrame]]:
    """The shuffle's map side on a worker: a partition's rows cut by a stable hash of the cell ``key``."""
    from .medians import split_cells

    if part is None or len(part["rows"]) == 0:
        return [None] * n_buckets
    return split_cells(part["rows"], n_buckets, key=tuple(key))


def _in_study_order(buckets: Sequence[Optional[pd.DataFrame]]) -> pd.DataFrame:
    """A bucket of every partition as one frame in the study's order: by participant (stable), each
    participant's rows in its partition's order, as ``chain.assemble`` orders the trips."""
    frames = [b for b in buckets if b is not None and len(b)]
    if not frames:
        return pd.DataFrame()
    frame = pd.concat(frames, ignore_index=True)
    order = np.argsort(frame["user_id"].astype(str).to_numpy(dtype=object), kind="stable")
    return frame.iloc[order].reset_index(drop=True)


# --------------------------------------------------------------------------------------- reduce tasks
def reduce_share(buckets: Sequence[Optional[pd.DataFrame]]) -> Tuple[pd.DataFrame, pd.DataFrame]:
    """A reduce task: ``zone_mode_sums`` on every trip of its zones (``(tot, cell)``, not masked yet)."""
    rows = _in_study_order(buckets)
    if len(rows) == 0:
        return None, None
    return zone_mode_sums(rows)


def reduce_pairs(buckets: Sequence[Optional[pd.DataFrame]], min_users: int):
    """A reduce task: ``pair_counts`` of its pairs and the participants of those under ``min_users``."""
    rows = _in_study_order(buckets)
    if len(rows) == 0:
        return None, np.array([], dtype=object)
    m = pair_counts(rows)
    return m, small_pair_users(rows, m, int(min_users))


# --------------------------------------------------------------------------------------- on the client
def gather_share(parts: Sequence[tuple], spec: ModalShareSpec, min_users: int) -> ModalShare:
    """The modal share of the study from the reduce tasks' sums: ``share_tables`` (shares, then the privacy rule
    on the whole cells). ``trips`` is left empty (the trips are the chain's table)."""
    z = read_zones(spec.zones, spec.id_field)
    tots = [p[0] for p in parts if p[0] is not None]
    cells = [p[1] for p in parts if p[1] is not None]
    tot = pd.concat(tots).sort_index(kind="stable") if tots else zone_mode_sums(_empty_rows())[0]
    cell = pd.concat(cells, ignore_index=True) if cells else zone_mode_sums(_empty_rows())[1]
    from ..vocab.modes import DISPLAY_ORDER

    present = set(cell.loc[(cell["zone_index"].to_numpy() == -1) & (cell["n_trips"].to_numpy() > 0), "main_mode"])
    modes = tuple(m for m in DISPLAY_ORDER if m in present) or ("unknown",)
    out, zones, modes, _ = share_tables(list(z["zone_id"]), tot, cell, modes, int(min_users), int(spec.min_trips),
                                        int(spec.min_cell_users))
    return ModalShare(cells=out, zones=zones, trips=pd.DataFrame(), modes=modes,
                      params=dict(by=spec.by, start=spec.start, end=spec.end, min_users=int(min_users),
                                  min_trips=int(spec.min_trips), min_cell_users=int(spec.min_cell_users), tz=spec.tz,
                                  weighted=False, n_users_without_weight=0, n_replicates=0, level=0.95))


def _empty_rows() -> pd.DataFrame:
    return pd.DataFrame({"zone_index": pd.Series(dtype=np.int64), "main_mode": pd.Series(dtype=object),
                         "user_id": pd.Series(dtype=object), "distance_m": pd.Series(dtype=float),
                         "duration_s": pd.Series(dtype=float)})


def gather_od(parts: Sequence[tuple], counts: Sequence[dict], spec: ODFlowSpec, min_users: int) -> ODFlows:
    """The OD flows of the study from the reduce tasks' pairs: ``od_matrix`` (the privacy rule on the whole pairs;
    the ``merge`` row's participants counted once over every reduce task), the desire lines and the counts."""
    z = read_zones(spec.zones, spec.id_field)
    total = {}
    for c in counts:
        for k, v in c.items():
            total[k] = total.get(k, 0) + int(v)
    frames = [p[0] for p in parts if p[0] is not None]
    m = (pd.concat(frames, ignore_index=True).sort_values(PAIR_KEY, kind="stable").reset_index(drop=True)
         if frames else pair_counts(pd.DataFrame({c: pd.Series(dtype=object) for c in PAIR_KEY + ["user_id"]})))
    small_users = pd.unique(np.concatenate([np.asarray(p[1], dtype=object) for p in parts])) if parts else []
    n_used = int(m["n_trips"].sum()) if len(m) else 0
    k = int(min_users)
    matrix, n_small_pairs, n_small_trips = od_matrix(m, n_used, k, spec.small_pairs, small_users)
    lines = _desire_lines(matrix, z["geometry"].to_numpy(object), z)
    published = int(matrix["n_trips"].sum())
    params = dict(min_users=k, small_pairs=spec.small_pairs, mode=spec.mode or "", purpose="",
                  n_trips_input=total.get("n_trips_input", 0), n_trips_period=total.get("n_trips_period", 0),
                  n_trips_filtered=total.get("n_trips_filtered", 0), n_trips_in_zones=n_used,
                  n_trips_outside=int(total.get("n_trips_filtered", 0) - n_used), n_users=total.get("n_users", 0),
                  n_small_pairs=n_small_pairs, n_small_trips=n_small_trips,
                  n_suppressed_trips=int(n_used - published), n_published_trips=published,
                  warning=min_users_warning(k), weighted=False, n_users_without_weight=0)
    return ODFlows(matrix=matrix, lines=lines, trips=pd.DataFrame(), params=params)


# --------------------------------------------------------------------------------------- bootstrap replicates
def _apply(stat, weights):
    """A chunk of replicates on a worker: ``weights`` drawn here when it is a ``compare.bootstrap.Draw``."""
    return stat(weights() if callable(weights) else weights)


def replicate_mapper(client, n_chunks: Optional[int] = None) -> "ReplicateMapper":
    """The ``mapper`` of ``compare.bootstrap`` (``before_after(..., mapper=...)``) on a dask.distributed
    ``client``; ``n_chunks``: chunks of replicates wanted at least per bootstrap (default 2 per worker)."""
    return ReplicateMapper(client, n_chunks)


class ReplicateMapper:
    """``stat`` sent once to the cluster, each chunk of draws a task (a ``compare.bootstrap.Draw``: the client's
    random stream at the chunk's start, drawn again on the worker; or a slice of the replicate weights); results
    gathered in order, so the replicates equal one process's. ``tasks``: how many ran."""

    def __init__(self, client, n_chunks: Optional[int] = None):
        self.client = client
        workers = len(client.scheduler_info().get("workers", {})) or 1
        self.n_chunks = int(n_chunks or 2 * workers)
        self.tasks = 0

    def __call__(self, stat, draws, progress=None, is_cancelled=None):
        from .runner import _wait_all

        remote = self.client.scatter(stat, broadcast=False, hash=False)
        try:
            futures = [self.client.submit(_apply, remote, w, pure=False) for w in draws]
            self.tasks += len(futures)
            return _wait_all(self.client, futures, progress, is_cancelled)
        finally:
            remote.release()
