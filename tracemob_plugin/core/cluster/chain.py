"""The chain one partition runs: segmentation -> modes -> emissions, with the domain's own functions.

:func:`run_partition` is what a Dask task calls on a partition of whole participants, and what
:func:`run_chain` calls on the whole study in one process: both paths run the very same code, and
:func:`assemble` puts partition results back together in participant order so that the tables equal one
call on all the participants (tests/unit/test_cluster.py). Every stage is per participant (see
``ingest.partition``); the one thing that depends on the partition is the position of a fix in the
cleaned points (``first_point`` / ``last_point``), which :func:`assemble` maps back to the study's.
"""
import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import InputError
from ..geometry import linestrings_wkb
from ..i18n import tr
from ..indicators.emissions import SCOPES, compute_emissions, load_factor_table
from ..modes import infer_modes
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users
from ..trips.segmentation import SegmentationParams, segment
from ..vocab.times import epoch_seconds
from .traveltimes import gather_cells, partition_traversals, reduce_traversals

#: The steps of the chain, in order.
STEPS = ("segment", "modes", "emissions", "indicators", "traveltimes", "modalshare", "odflows")
#: What each step needs (the travel times need the modes: motorised road legs only, not the emissions).
NEEDS = {"segment": (), "modes": ("segment",), "emissions": ("modes",), "indicators": ("emissions",),
         "traveltimes": ("modes",), "modalshare": ("modes",), "odflows": ("modes",)}
#: The steps run when none is named (the travel times need a road network).
DEFAULT_STEPS = STEPS[:4]
#: The tables a partition gives back (``points``: only with ``ChainSpec.keep_points``).
TABLES = ("stays", "trips", "legs", "gaps")
#: What a partition keeps on its worker for the shuffles (never gathered): traversals, modal share and OD rows.
SHUFFLED = ("traversals", "share_rows", "od_rows")


@dataclass
class ChainSpec:
    """What to run on each partition (picklable: it travels to the workers with each task)."""
    steps: Sequence[str] = DEFAULT_STEPS
    params: Optional[SegmentationParams] = None
    #: IANA time zone of naive times in table files (read on the workers)
    timezone: str = "UTC"
    #: a mode model file (None: the default model)
    model: Optional[str] = None
    #: emission scope (``indicators.emissions.SCOPES``)
    scope: str = "usage"
    #: also give back the cleaned, labelled points (as large as the input: off for big studies)
    keep_points: bool = False
    #: the privacy rule of the mode summary: cells with fewer participants are masked
    min_users: int = DEFAULT_MIN_USERS
    #: trips and legs get ``geometry_wkb``: their LineStringM (M = epoch seconds), made on the workers
    geometry: bool = False
    #: the ``traveltimes`` step's options (its road network...): ``cluster.traveltimes.TravelTimeSpec``
    traveltimes: Optional[object] = None
    #: a folder: the workers write the partitions' tables there as GeoParquet (``parquet.py``), the client
    #: gathers none of them
    parquet: Optional[str] = None
    #: the ``modalshare`` step's zones and options: ``cluster.aggregates.ModalShareSpec``
    modalshare: Optional[object] = None
    #: the ``odflows`` step's zones and options: ``cluster.aggregates.ODFlowSpec``
    odflows: Optional[object] = None
    #: a ``postgis.PostgisTarget``: the workers COPY the partitions' tables into its schema (``postgis.py``), the
    #: client gathers none of them
    postgis: Optional[object] = None
    #: public-transport stops (``lon``, ``lat``): waits at them stay inside trips (``trips.waits``)
    stops: Optional[pd.DataFrame] = None

    def validated(self) -> "ChainSpec":
        steps = list(self.steps)
        unknown = [s for s in steps if s not in STEPS]
        if unknown:
            raise InputError(tr("unknown step(s) {steps}").format(steps=", ".join(map(str, unknown))),
                             field="steps", hint=tr("Steps are, in order: {steps}.").format(steps=", ".join(STEPS)))
        if not steps:
            raise InputError(tr("no step to run"), field="steps",
                             hint=tr("Steps are, in order: {steps}.").format(steps=", ".join(STEPS)))
        wanted = _with_needs(steps)
        if set(steps) != set(wanted):
            raise InputError(tr("the steps {steps} leave a gap: each step needs the ones before it").format(
                steps=", ".join(steps)), field="steps",
                hint=tr("Use the steps in this order, without a gap: {steps}.").format(steps=", ".join(wanted)))
        if self.scope not in SCOPES:
            raise InputError(tr("unknown scope '{scope}'").format(scope=self.scope), field="scope",
                             hint=tr("Use one of {scopes}.").format(scopes=", ".join(SCOPES)))
        travel = None
        if "traveltimes" in wanted:
            if self.traveltimes is None:
                raise InputError(tr("the traveltimes step needs a road network"), field="traveltimes",
                                 hint=tr("Give the road network file (GeoJSON) of the travel times."))
            travel = self.traveltimes.validated()
            check_min_users(self.min_users)
        share, od = (self._zoned(step, wanted) for step in ("modalshare", "odflows"))
        return ChainSpec(steps=tuple(wanted), params=(self.params or SegmentationParams()).validated(),
                         timezone=self.timezone or "UTC", model=self.model, scope=self.scope,
                         keep_points=bool(self.keep_points), min_users=int(self.min_users),
                         geometry=bool(self.geometry), traveltimes=travel, parquet=self.parquet, modalshare=share,
                         odflows=od, postgis=self.postgis, stops=self.stops)

    def _zoned(self, step: str, wanted):
        """The validated zones spec of ``step`` (``modalshare`` / ``odflows``) when it runs, else None."""
        if step not in wanted:
            return None
        spec = getattr(self, step)
        if spec is None:
            raise InputError(tr("the {step} step needs a zones file").format(step=step), field=step,
                             hint=tr("Give the zones file (GeoJSON or GeoPackage) and its id field."))
        check_min_users(self.min_users)
        return spec.validated()


def _with_needs(steps) -> List[str]:
    """``steps`` and every step they need, in the chain's order."""
    wanted, todo = set(), list(steps)
    while todo:
        step = todo.pop()
        if step not in wanted:
            wanted.add(step)
            todo.extend(NEEDS[step])
    return [s for s in STEPS if s in wanted]


@dataclass
class ChainResult:
    """The chain's tables (legs with ``mode`` ... and ``co2e_g`` when those steps ran), the reduced mode
    summary (``indicators`` step) and the partitions' statistics summed."""
    stays: pd.DataFrame
    trips: pd.DataFrame
    legs: pd.DataFrame
    gaps: pd.DataFrame
    points: Optional[pd.DataFrame] = None
    summary: Optional[pd.DataFrame] = None
    #: legs by mode and hour: medians of distance, duration and speed (``medians.py``; ``indicators`` step)
    medians: Optional[pd.DataFrame] = None
    #: travel times per segment, direction and time band (``traveltimes`` step; ``cluster/traveltimes.py``)
    traveltimes: Optional[pd.DataFrame] = None
    #: modal share by zone (``modalshare`` step): an ``indicators.modal_share.ModalShare`` (cells, zones)
    modal_share: Optional[object] = None
    #: OD flows between zones (``odflows`` step): an ``indicators.odflows.ODFlows`` (matrix, lines, params)
    od_flows: Optional[object] = None
    stats: Dict[str, int] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)
    #: rows written per table by the workers (``ChainSpec.parquet``; the tables above are then None)
    written: Optional[Dict[str, int]] = None


def leg_vertices(points: pd.DataFrame, legs: pd.DataFrame) -> pd.DataFrame:
    """``leg_id, lon, lat, time``: the cleaned fixes ``first_point..last_point`` of each leg, one row per
    vertex (what ``infer_modes`` reads; in QGIS the same vertices come from the legs' lines with M = time)."""
    first = legs["first_point"].to_numpy(np.int64)
    count = legs["last_point"].to_numpy(np.int64) - first + 1
    total = int(count.sum())
    pos = np.repeat(first, count) + (np.arange(total) - np.repeat(np.cumsum(count) - count, count))
    return pd.DataFrame({"leg_id": np.repeat(legs["leg_id"].to_numpy(dtype=object), count),
                         "lon": points["lon"].to_numpy()[pos], "lat": points["lat"].to_numpy()[pos],
                         "time": points["time"].iloc[pos].to_numpy()})


def _users_of(frame: Optional[pd.DataFrame], users) -> Optional[pd.DataFrame]:
    """The rows of ``frame`` (motion, labels) of ``users``; None when there are none."""
    if frame is None or len(frame) == 0:
        return None
    part = frame[frame["user_id"].isin(users)]
    return part.reset_index(drop=True) if len(part) else None


def run_partition(points: pd.DataFrame, spec: ChainSpec, motion: Optional[pd.DataFrame] = None,
                  labels: Optional[pd.DataFrame] = None) -> dict:
    """The chain on the points of whole participants (sorted by user then time): a dict of the tables,
    ``counts`` (cleaned fixes per participant, to map fix positions back to the study's), ``summary``
    (per mode: legs, km, kg CO2e and participants, not masked yet: the privacy rule applies after the
    reduction) and ``stats``. Called by a Dask task per partition and by :func:`run_chain`."""
    users = pd.unique(points["user_id"])
    motion = _users_of(motion, users)
    labels = _users_of(labels, users)
    seg = segment(points, spec.params, motion=motion, stops=spec.stops)
    legs = seg.legs
    if "modes" in spec.steps:
        legs = infer_modes(legs, leg_vertices(seg.points, legs), motion=motion, labels=labels, model=spec.model)
    if "emissions" in spec.steps:
        legs = compute_emissions(legs, load_factor_table(), scope=spec.scope)
    trips = seg.trips
    if spec.geometry:
        trips, legs = _with_lines(seg.points, trips), _with_lines(seg.points, legs)
    counts = seg.points["user_id"].value_counts(sort=False)
    out = {"stays": seg.stays, "trips": trips, "legs": legs, "gaps": seg.gaps,
           "counts": counts.sort_index(), "stats": dict(seg.stats),
           "summary": mode_summary(legs) if "indicators" in spec.steps else None}
    if "traveltimes" in spec.steps:
        # the map matching here, on the worker; the traversals stay there for the shuffle (runner.py)
        out["traversals"], match_stats = partition_traversals(seg.points, legs, spec.traveltimes)
        out["stats"].update(match_stats)
    if "modalshare" in spec.steps or "odflows" in spec.steps:
        _zoned_rows(out, seg.points, seg.trips, legs, spec)
    if spec.keep_points:
        out["points"] = seg.points
    return out


def _zoned_rows(out: dict, points: pd.DataFrame, trips: pd.DataFrame, legs: pd.DataFrame, spec: ChainSpec) -> None:
    """The modal share's and OD flows' rows of a partition (``aggregates.py``), kept for the shuffles."""
    from .aggregates import partition_od_rows, partition_share_rows, trip_ends

    ended = trip_ends(points, trips)
    if "modalshare" in spec.steps:
        out["share_rows"] = partition_share_rows(ended, legs, spec.modalshare)
    if "odflows" in spec.steps:
        out["od_rows"] = partition_od_rows(ended, legs, spec.odflows)


def _with_lines(points: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """``table`` (trips or legs) with ``geometry_wkb``: LineStringM through its fixes, M = epoch seconds."""
    wkb = linestrings_wkb(points["lon"].to_numpy(), points["lat"].to_numpy(), table["first_point"].to_numpy(),
                          table["last_point"].to_numpy(), m=epoch_seconds(points["time"])) if len(table) else []
    return table.assign(geometry_wkb=pd.Series(list(wkb), index=table.index, dtype=object))


def mode_summary(legs: pd.DataFrame) -> pd.DataFrame:
    """Per mode and participant: ``n_legs``, ``distance_km`` and ``co2e_kg`` (columns ``mode``, ``user_id``...);
    :func:`reduce_summaries` sums them per mode. A participant's rows come from their own legs only (a participant
    is in one partition), so they are the same whatever the partition."""
    mode = legs["mode"].astype(str) if "mode" in legs.columns else pd.Series("all", index=legs.index)
    frame = pd.DataFrame({"mode": mode.to_numpy(dtype=object), "user_id": legs["user_id"].to_numpy(dtype=object),
                          "distance_km": legs["distance_m"].to_numpy(float) / 1000.0,
                          "co2e_kg": (legs["co2e_g"].to_numpy(float) / 1000.0 if "co2e_g" in legs.columns
                                      else np.full(len(legs), np.nan))})
    g = frame.groupby(["mode", "user_id"], sort=True)
    return pd.DataFrame({"n_legs": g.size(), "distance_km": g["distance_km"].sum(),
                         "co2e_kg": g["co2e_kg"].sum(min_count=1)}).reset_index()


def _exact_sum(values: pd.Series) -> float:
    """The correctly rounded sum of the non-missing ``values`` (``math.fsum``: the same whatever their order and
    grouping), NaN when there is none."""
    v = values.to_numpy(float)
    v = v[np.isfinite(v)]
    return math.fsum(v) if len(v) else np.nan


def reduce_summaries(parts: Sequence[Optional[pd.DataFrame]], min_users: int) -> Optional[pd.DataFrame]:
    """The partitions' mode summaries (:func:`mode_summary`) summed per mode, then the privacy rule on the reduced
    cells (fewer than ``min_users`` participants: figures masked, ``masked`` True), with each mode's share of legs
    and km among the cells shown. The float sums are correctly rounded sums over the participants
    (:func:`_exact_sum`): the same, to the last bit, however the participants were partitioned."""
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    rows = pd.concat(parts, ignore_index=True)
    g = rows.groupby("mode", sort=True)
    total = pd.DataFrame({"n_legs": g["n_legs"].sum(), "distance_km": g["distance_km"].agg(_exact_sum),
                          "co2e_kg": g["co2e_kg"].agg(_exact_sum), "n_users": g["user_id"].nunique()})
    total.index.name = "mode"
    total[["n_legs", "n_users"]] = total[["n_legs", "n_users"]].astype(np.int64)
    masked = total["n_users"].to_numpy() < int(min_users)
    total["n_legs"] = total["n_legs"].astype("Int64").mask(masked)
    total.loc[masked, ["distance_km", "co2e_kg"]] = np.nan
    shown_km = np.nansum(total["distance_km"].to_numpy(float))
    total["share_km"] = total["distance_km"] / shown_km if shown_km > 0 else np.nan
    total["masked"] = masked
    return total.reset_index()


def _remap_positions(table: pd.DataFrame, local_start: pd.Series, global_start: pd.Series) -> pd.DataFrame:
    """``first_point`` / ``last_point`` from positions in a partition's cleaned points to the study's."""
    if len(table) == 0 or "first_point" not in table.columns:
        return table
    users = table["user_id"]
    shift = (global_start.reindex(users).to_numpy(np.int64) - local_start.reindex(users).to_numpy(np.int64))
    table = table.copy()
    for col in ("first_point", "last_point"):
        table[col] = (table[col].to_numpy(np.int64) + shift).astype(table[col].dtype)
    return table


def _in_user_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Stable sort by participant (partitions in another order than their participants: files mode)."""
    users = frame["user_id"].astype(str)
    if users.is_monotonic_increasing:
        return frame.reset_index(drop=True)
    order = np.argsort(users.to_numpy(dtype=object), kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def assemble(parts: Sequence[dict], spec: ChainSpec) -> ChainResult:
    """The partition results (any order of partitions, each of whole participants) as the tables of one
    call on the whole study: concatenated, in participant order, fix positions mapped to the study's."""
    counts = pd.concat([p["counts"] for p in parts]) if parts else pd.Series(dtype=np.int64)
    counts = counts.sort_index(kind="stable")
    global_start = pd.Series(np.cumsum(counts.to_numpy()) - counts.to_numpy(), index=counts.index)
    tables = {}
    names = TABLES + (("points",) if spec.keep_points else ())
    for name in names:
        frames = []
        for p in parts:
            frame = p[name]
            if name != "points":
                c = p["counts"]
                local_start = pd.Series(np.cumsum(c.to_numpy()) - c.to_numpy(), index=c.index)
                frame = _remap_positions(frame, local_start, global_start)
            frames.append(frame)
        tables[name] = _in_user_order(pd.concat(frames, ignore_index=True)) if frames else None
    stats: Dict[str, int] = {}
    for p in parts:
        for k, v in p["stats"].items():
            stats[k] = stats.get(k, 0) + int(v)
    summary = reduce_summaries([p["summary"] for p in parts], spec.min_users) if "indicators" in spec.steps else None
    return ChainResult(stays=tables["stays"], trips=tables["trips"], legs=tables["legs"], gaps=tables["gaps"],
                       points=tables.get("points"), summary=summary, stats=stats)


def _medians_here(legs: pd.DataFrame, spec: ChainSpec) -> pd.DataFrame:
    """The shuffle's two functions in this process, on all the legs at once (one bucket)."""
    from .medians import cell_medians, cell_values, concat_cells

    return concat_cells([cell_medians([cell_values(legs)], spec.min_users)])


def run_chain(points: pd.DataFrame, spec: Optional[ChainSpec] = None, motion: Optional[pd.DataFrame] = None,
              labels: Optional[pd.DataFrame] = None) -> ChainResult:
    """The chain in this process, on all the participants at once (the single-process reference)."""
    spec = (spec or ChainSpec()).validated()
    part = run_partition(points, spec, motion=motion, labels=labels)
    result = assemble([part], spec)
    if "indicators" in spec.steps:
        result.medians = _medians_here(result.legs, spec)
    if "traveltimes" in spec.steps:
        # the shuffle's functions in this process: one partition, one bucket
        cells = reduce_traversals([part["traversals"]], spec.traveltimes, spec.min_users)
        result.traveltimes, warnings, _ = gather_cells([cells], spec.traveltimes, spec.min_users)
        result.warnings.extend(warnings)
    _zoned_here(part, spec, result)
    return result


def _zoned_here(part: dict, spec: ChainSpec, result: ChainResult) -> None:
    """The modal share and OD flows in this process: the shuffle's functions on one partition and one bucket."""
    from .aggregates import ZONE_KEY, gather_od, gather_share, reduce_pairs, reduce_share, split_rows
    from ..indicators.odflows import PAIR_KEY

    if "modalshare" in spec.steps:
        sums = reduce_share(split_rows(part["share_rows"], 1, ZONE_KEY))
        result.modal_share = gather_share([sums], spec.modalshare, spec.min_users)
    if "odflows" in spec.steps:
        pairs = reduce_pairs(split_rows(part["od_rows"], 1, PAIR_KEY), spec.min_users)
        result.od_flows = gather_od([pairs], [part["od_rows"]["counts"]], spec.odflows, spec.min_users)
