"""One Dask task per partition of whole participants, on a dask.distributed ``Client``.

Two ways in:

- ``points`` (a DataFrame as ``read_traces`` gives): cut into partitions of whole participants under a
  fix budget (``ingest.partition``), each scattered to a worker and run there (:func:`chain.run_partition`).
- ``files`` (paths or folders, on a file system the workers see at the same paths): the workers read the
  files themselves, so the client never holds the fixes. A first pass of small tasks reads each file and
  sends back only its participants and fix count; files sharing a participant go to the same partition
  (a participant is never split), packed under the budget; a second pass reads each partition's files and
  runs the chain on them. Each file is read twice, and no worker holds more than its partition.

Only results come back to the client, partition by partition as they finish (``progress(fraction)``);
``is_cancelled()`` is polled while waiting and cancels every future. dask and distributed are imported here
only, when a cluster is used.
"""
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError
from ..i18n import tr
from ..ingest import concat_traces, list_inputs, read_one_file, read_traces
from ..ingest.common import NotATraceError
from ..ingest.partition import DOMAIN_BUDGET, partition_bounds
from . import parquet
from .chain import SHUFFLED, TABLES, ChainResult, ChainSpec, assemble, reduce_summaries, run_partition
from .medians import cell_medians, cell_values, concat_cells, split_cells
from .traveltimes import gather_cells, reduce_traversals, split_traversals

#: buckets of a shuffle at most (one reduce task each)
MAX_BUCKETS = 16

#: The file a worker runs at start to import this tree as ``tracemob`` (``--preload`` of ``dask worker``).
PRELOAD = str(Path(__file__).with_name("preload.py"))
#: The tree (the plugin folder) the workers import: found by the preload through ``TRACEMOB_ROOT``.
ROOT = str(Path(__file__).resolve().parents[3])
#: How often (s) cancellation is polled while waiting for tasks.
POLL_S = 0.2


def local_cluster(n_workers: int = 2, threads_per_worker: int = 1, memory_limit="auto", trim_memory: bool = False,
                  **kwargs):
    """A ``distributed.LocalCluster`` of ``n_workers`` processes on 127.0.0.1, no dashboard, each worker
    importing this tree as ``tracemob`` at start.

    Unless ``trim_memory``, the workers do not get Dask's ``MALLOC_TRIM_THRESHOLD_=65536``: setting it turns off
    glibc's dynamic mmap threshold, so every large numpy temporary is mapped afresh and page-faulted; the
    segmentation of 217,653 GeoLife fixes took 12-14 s in a worker with it against 5 s without (3 s in this
    process) on this project's 2-core machine (docs/cluster.md). Numpy's thread caps (1 thread) are kept."""
    import os

    import dask
    from distributed import LocalCluster

    os.environ.setdefault("TRACEMOB_ROOT", ROOT)   # the worker processes inherit it (preload.py)
    kwargs.setdefault("dashboard_address", None)
    kwargs.setdefault("host", "127.0.0.1")
    environ = {} if trim_memory else {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
    with dask.config.set(environ):
        return LocalCluster(n_workers=int(n_workers), threads_per_worker=int(threads_per_worker), processes=True,
                            memory_limit=memory_limit, preload=[PRELOAD], **kwargs)


def prepare_workers(client) -> None:
    """Make the workers of a cluster started elsewhere import this tree as ``tracemob`` (when they did
    not get ``--preload``): runs :data:`PRELOAD` on each (the code must sit at the same path there)."""
    source = Path(PRELOAD).read_text(encoding="utf-8")
    client.run(exec, compile(source, PRELOAD, "exec"),
               {"__file__": PRELOAD, "__name__": "tracemob_preload", "TRACEMOB_ROOT": ROOT})


def _scan_file(path: str, timezone: str, explicit: bool):
    """(participants, fixes) of one file, or None when a file of a folder is not a trace (skipped)."""
    if path.endswith(parquet.SUFFIX):
        return parquet.scan_points(path)
    try:
        t = read_one_file(path, timezone=timezone)
    except NotATraceError:
        if explicit:
            raise
        return None
    users = set(t.points["user_id"]) | set(t.motion["user_id"]) | set(t.trips_labels["user_id"])
    return sorted(map(str, users)), int(len(t.points))


def _run_files(paths: Sequence[str], spec: ChainSpec) -> dict:
    """A task of the files pass: read this partition's files here, on the worker, and run the chain."""
    tables = [p for p in paths if not p.endswith(parquet.SUFFIX)]
    points = [p for p in paths if p.endswith(parquet.SUFFIX)]
    parts = ([read_traces(tables, timezone=spec.timezone)] if tables else []) + \
        ([parquet.read_points(points)] if points else [])
    t = parts[0] if len(parts) == 1 else concat_traces(parts)
    out = run_partition(t.points, spec, motion=t.motion, labels=t.trips_labels)
    out["warnings"] = list(t.warnings)
    return out


def file_partitions(scans: Sequence, budget: int) -> List[List[int]]:
    """Indices of files by partition: files sharing a participant together (connected components of the
    file - participant graph), components in order of their first participant, packed under ``budget``
    fixes (a component larger than the budget is a partition of its own). Loops over files, not fixes."""
    parent = list(range(len(scans)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: Dict[str, int] = {}
    for i, scan in enumerate(scans):
        for user in (scan[0] if scan else ()):
            j = owner.setdefault(user, i)
            parent[find(i)] = find(j)
    comps: Dict[int, List[int]] = {}
    for i, scan in enumerate(scans):
        if scan is not None:
            comps.setdefault(find(i), []).append(i)
    ordered = sorted(comps.values(), key=lambda files: min((u for f in files for u in scans[f][0]), default=""))
    parts, current, size = [], [], 0
    for files in ordered:
        n = sum(scans[f][1] for f in files)
        if current and size + n > budget:
            parts.append(current)
            current, size = [], 0
        current = current + files
        size += n
    if current:
        parts.append(current)
    return parts


def _split_legs(result: dict, n_buckets: int):
    """On the worker holding a partition's result: its legs' cell values cut into buckets by cell key."""
    return split_cells(cell_values(result["legs"]), n_buckets)


def _split_traversals(result: dict, n_buckets: int):
    """On the worker holding a partition's result: its traversals cut into buckets by (segment, direction)."""
    return split_traversals(result.get("traversals"), n_buckets)


def _bucket(splits, r: int):
    return splits[r]


def _tables(result: dict) -> dict:
    """A partition's result without what stays on the workers (its traversals, modal share and OD rows: they go
    through the shuffles)."""
    return {k: v for k, v in result.items() if k not in SHUFFLED}


def shuffle(client, part_futures: List, split: Callable, reduce: Callable, *args) -> List:
    """Futures of the reduced buckets: each partition's result split by cell key on its worker (``split(result,
    n_buckets)``), bucket r of every partition sent to reduce task r (worker to worker: ``reduce(buckets,
    *args)``), which holds every value of its cells (the medians and the privacy rule on whole cells there).
    Submitted before the partitions are gathered (the client's release does not drop what tasks depend on)."""
    n_buckets = max(1, min(MAX_BUCKETS, len(part_futures)))
    splits = [client.submit(split, f, n_buckets, pure=False) for f in part_futures]
    return [client.submit(reduce, [client.submit(_bucket, s, r, pure=False) for s in splits], *args,
                          pure=False) for r in range(n_buckets)]


def shuffle_medians(client, part_futures: List, min_users: int) -> List:
    """The legs' medians by mode and hour (``medians.py``) through :func:`shuffle`."""
    return shuffle(client, part_futures, _split_legs, cell_medians, min_users)


def _finish(client, futures, spec, progress, is_cancelled, weight) -> ChainResult:
    """Gather the partitions (and the shuffles of the medians and of the travel times, when their steps run) into
    one result; the traversals are not gathered, only the reduced cells."""
    shuffles = {}
    if "indicators" in spec.steps:
        shuffles["medians"] = shuffle_medians(client, futures, spec.min_users)
    if "traveltimes" in spec.steps:
        shuffles["traveltimes"] = shuffle(client, futures, _split_traversals, reduce_traversals, spec.traveltimes,
                                          spec.min_users)
    shuffles.update(_zoned_shuffles(client, futures, spec))
    pending = [f for fs in shuffles.values() for f in fs]
    try:
        if spec.parquet or spec.postgis is not None:
            parts, result = _write_on_workers(client, futures, spec, progress, is_cancelled, weight)
        else:
            tables = [client.submit(_tables, f, pure=False) for f in futures]
            for f in futures:       # each partition's result stays on its worker until the tasks above read it
                f.release()
            parts = _wait_all(client, tables, progress, is_cancelled, weight=weight)
            result = assemble(parts, spec)
        if "medians" in shuffles:
            result.medians = concat_cells(_wait_all(client, shuffles["medians"], None, is_cancelled))
        travel_warnings = []
        if "traveltimes" in shuffles:
            result.traveltimes, travel_warnings, _ = gather_cells(
                _wait_all(client, shuffles["traveltimes"], None, is_cancelled), spec.traveltimes, spec.min_users)
        _gather_zoned(client, shuffles, spec, result, is_cancelled)
    except BaseException:
        client.cancel(pending)
        raise
    result.warnings = [w for p in parts for w in p.get("warnings", [])] + travel_warnings
    return result


def _split_share(result: dict, n_buckets: int):
    """On the worker holding a partition's result: its modal share rows cut into buckets by zone."""
    from .aggregates import ZONE_KEY, split_rows

    return split_rows(result.get("share_rows"), n_buckets, ZONE_KEY)


def _split_pairs(result: dict, n_buckets: int):
    """On the worker holding a partition's result: its OD rows cut into buckets by (origin, destination)."""
    from ..indicators.odflows import PAIR_KEY
    from .aggregates import split_rows

    return split_rows(result.get("od_rows"), n_buckets, PAIR_KEY)


def _od_counts(result: dict) -> dict:
    return result["od_rows"]["counts"]


def _zoned_shuffles(client, futures, spec) -> dict:
    """The shuffles of the modal share (on the zone) and of the OD flows (on the pair), when their steps run."""
    from .aggregates import reduce_pairs, reduce_share

    out = {}
    if "modalshare" in spec.steps:
        out["modalshare"] = shuffle(client, futures, _split_share, reduce_share)
    if "odflows" in spec.steps:
        out["odflows"] = shuffle(client, futures, _split_pairs, reduce_pairs, spec.min_users)
        out["od_counts"] = [client.submit(_od_counts, f, pure=False) for f in futures]
    return out


def _gather_zoned(client, shuffles, spec, result, is_cancelled) -> None:
    """The reduced cells of the modal share and OD flows gathered, the privacy rule applied on them here."""
    from .aggregates import gather_od, gather_share

    if "modalshare" in shuffles:
        result.modal_share = gather_share(_wait_all(client, shuffles["modalshare"], None, is_cancelled),
                                          spec.modalshare, spec.min_users)
    if "odflows" in shuffles:
        counts = _wait_all(client, shuffles["od_counts"], None, is_cancelled)
        result.od_flows = gather_od(_wait_all(client, shuffles["odflows"], None, is_cancelled), counts, spec.odflows,
                                    spec.min_users)


def _counts_of(result: dict):
    return result["counts"]


def _write_on_workers(client, futures, spec, progress, is_cancelled, weight):
    """``ChainSpec.parquet`` / ``ChainSpec.postgis``: each partition's tables written by its worker; the client
    gathers the fix counts (to map fix positions to the study's), then only statistics and summaries."""
    sink = parquet
    lo, hi = weight
    names = TABLES + (("points",) if spec.keep_points else ())
    try:
        counts = _wait_all(client, [client.submit(_counts_of, f, pure=False) for f in futures], progress,
                           is_cancelled, weight=(lo, lo + (hi - lo) * 0.8))
        if spec.postgis is not None:     # the tables made here, from the partitions' column types (no race)
            from . import postgis as sink

            layouts = sink.merge_layouts(_wait_all(client, [client.submit(sink.describe, f, names, pure=False)
                                                            for f in futures], None, is_cancelled))
            sink.create_tables(spec.postgis, layouts)
            where, extra = spec.postgis, (layouts,)
        else:
            sink.clear_tables(spec.parquet, names)
            where, extra = spec.parquet, ()
    except BaseException:
        client.cancel(list(futures))
        raise
    starts = parquet.study_starts(counts)
    writes = [client.submit(sink.write_partition, f, k, where, starts.reindex(c.index), names, *extra, pure=False)
              for k, (f, c) in enumerate(zip(futures, counts))]
    for f in futures:
        f.release()
    try:
        parts = _wait_all(client, writes, progress, is_cancelled, weight=(lo + (hi - lo) * 0.8, hi))
        if spec.postgis is not None:     # the staging tables replace the outputs, all at once
            sink.finish_tables(spec.postgis, layouts)
    except BaseException:
        if spec.postgis is not None:     # the previous outputs stay whole
            client.cancel(writes)
            sink.discard_tables(spec.postgis, list(layouts))
        raise
    stats: Dict[str, int] = {}
    for p in parts:
        for k, v in p["stats"].items():
            stats[k] = stats.get(k, 0) + int(v)
    summary = reduce_summaries([p["summary"] for p in parts], spec.min_users) if "indicators" in spec.steps else None
    return parts, ChainResult(stays=None, trips=None, legs=None, gaps=None, summary=summary, stats=stats,
                              written=parquet.written_rows(parts))


def _wait_all(client, futures: List, progress, is_cancelled, weight=(0.0, 1.0)) -> List:
    """The results of ``futures`` in their order, gathered one by one as they finish (each future let go
    once gathered); progress over ``weight``; cancels them all when ``is_cancelled()``."""
    from distributed import wait
    from distributed.client import TimeoutError as DaskTimeout

    results: List = [None] * len(futures)
    index = {f.key: i for i, f in enumerate(futures)}
    pending = set(futures)
    lo, hi = weight
    gathered = 0
    try:
        while pending:
            if is_cancelled is not None and is_cancelled():
                client.cancel(list(pending))
                raise Cancelled(tr("cancelled: the cluster's tasks were cancelled"))
            try:
                done, pending = wait(pending, timeout=POLL_S, return_when="FIRST_COMPLETED")
            except (DaskTimeout, TimeoutError):
                continue
            for f in done:
                results[index[f.key]] = f.result()   # re-raises a task's error (InputError naming the file...)
                f.release()
                gathered += 1
                # one step per result gathered, also when several finished together
                if progress is not None:
                    progress(lo + (hi - lo) * gathered / max(1, len(futures)))
    except BaseException:
        client.cancel(list(pending))
        raise
    return results


def run_on_client(client, points: Optional[pd.DataFrame] = None, files=None, spec: Optional[ChainSpec] = None,
                  motion: Optional[pd.DataFrame] = None, labels: Optional[pd.DataFrame] = None,
                  budget: int = DOMAIN_BUDGET, progress: Optional[Callable[[float], None]] = None,
                  is_cancelled: Optional[Callable[[], bool]] = None) -> ChainResult:
    """The chain on ``client``'s cluster, one task per partition of whole participants (at most ``budget``
    fixes each unless one participant alone is larger); the tables equal :func:`chain.run_chain` on the same
    study. Give either ``points`` (with ``motion`` / ``labels`` as ``read_traces`` returns them) or
    ``files`` (paths or folders the workers can read)."""
    spec = (spec or ChainSpec()).validated()
    if (points is None) == (files is None):
        raise InputError(tr("give either points or files"), field="inputs")
    if files is not None:
        return _run_on_files(client, files, spec, budget, progress, is_cancelled)
    points = points.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True) \
        if not points["user_id"].astype(str).is_monotonic_increasing else points
    bounds = list(partition_bounds(points["user_id"].to_numpy(), budget)) or [slice(0, 0)]
    futures = []
    workers = sorted(client.scheduler_info().get("workers", {})) or [None]
    for k, b in enumerate(bounds):
        chunk = points.iloc[b].reset_index(drop=True)
        users = set(chunk["user_id"])
        m = motion[motion["user_id"].isin(users)].reset_index(drop=True) if motion is not None and len(motion) else None
        lab = labels[labels["user_id"].isin(users)].reset_index(drop=True) if labels is not None and len(labels) else None
        # the partitions' data spread over the workers in turn (the task runs where its data is; idle workers
        # may still steal it)
        where = [workers[k % len(workers)]] if workers[0] is not None else None
        data = client.scatter([chunk, m, lab], hash=False, workers=where)
        futures.append(client.submit(run_partition, data[0], spec, motion=data[1], labels=data[2], pure=False))
        del chunk, data
    return _finish(client, futures, spec, progress, is_cancelled, (0.0, 1.0))


def _input_files(files) -> List[str]:
    """The files behind ``files``: trace files and folders (``ingest.list_inputs``), Parquet files and folders of
    Parquet files (a ``points/`` folder written with ``[outputs] format = "parquet"``)."""
    out: List[str] = []
    for item in ([files] if isinstance(files, (str, Path)) else list(files)):
        if parquet.is_parquet_input(item):
            out += [str(item)] if Path(item).is_file() else [str(p) for p in parquet.table_files(item)]
        else:
            out += [str(p) for p in list_inputs(item)]
    return out


def _run_on_files(client, files, spec, budget, progress, is_cancelled) -> ChainResult:
    paths = _input_files(files)
    if not paths:
        raise InputError(tr("no input file given"), field="inputs", hint=tr("Choose at least one trace file or folder."))
    explicit = {str(Path(str(f))) for f in ([files] if isinstance(files, (str, Path)) else files)
                if not Path(str(f)).is_dir()}
    scans = _wait_all(client, [client.submit(_scan_file, p, spec.timezone, p in explicit, pure=False) for p in paths],
                      progress, is_cancelled, weight=(0.0, 0.3))
    skipped = [p for p, s in zip(paths, scans) if s is None]
    groups = file_partitions(scans, budget)
    futures = [client.submit(_run_files, [paths[i] for i in g], spec, pure=False) for g in groups]
    result = _finish(client, futures, spec, progress, is_cancelled, (0.3, 1.0))
    result.warnings = [tr("skipped {file}, not a trace file").format(file=p) for p in skipped] + result.warnings
    return result


def run_on_postgis(client, source, spec: Optional[ChainSpec] = None, budget: int = DOMAIN_BUDGET,
                   progress: Optional[Callable[[float], None]] = None,
                   is_cancelled: Optional[Callable[[], bool]] = None) -> ChainResult:
    """The chain on a PostGIS points table (``postgis.PostgisSource``): the client asks the server for the fixes
    per participant (one ``GROUP BY``), packs whole participants under ``budget`` fixes, and each worker reads its
    own participants' rows; the tables equal :func:`chain.run_chain` on the same points."""
    from dataclasses import replace

    from . import postgis

    spec = (spec or ChainSpec()).validated()
    if spec.postgis is not None:     # before any work: existing tables, the input table
        if spec.postgis.source is None:
            spec.postgis = replace(spec.postgis, source=source.table)
        postgis.check_target(spec.postgis, postgis.output_names(spec))
    select = postgis.source_select(source)
    scans = postgis.scan_source(source)
    if progress is not None:
        progress(0.05)
    futures = [client.submit(postgis.run_users, source, [u for i in g for u in scans[i][0]], select, spec, pure=False)
               for g in file_partitions(scans, budget)]
    return _finish(client, futures, spec, progress, is_cancelled, (0.05, 1.0))


def _infer_modes_task(legs: pd.DataFrame, vertices: pd.DataFrame, motion, labels, options: dict) -> pd.DataFrame:
    """A task: ``modes.infer_modes`` on one partition's legs (on the worker)."""
    from ..modes import infer_modes

    return infer_modes(legs, vertices, motion=motion, labels=labels, **options)


def _match_task(net, points: pd.DataFrame, legs: pd.DataFrame, params):
    """A task: ``roads.mapmatching.match_legs`` on one partition's legs (on the worker); no error when none of
    them matched (another partition may), and the per-fix table left out (the travel times do not use it)."""
    from ..roads.mapmatching import match_legs

    res = match_legs(net, points, legs=legs, params=params, allow_unmatched=True)
    res.points = res.points.iloc[:0]
    return res


def match_legs_on_client(client, net, points: pd.DataFrame, legs: pd.DataFrame, params=None,
                         budget: int = DOMAIN_BUDGET, progress: Optional[Callable[[float], None]] = None,
                         is_cancelled: Optional[Callable[[], bool]] = None):
    """``roads.mapmatching.match_legs(net, points, legs)`` on ``client``'s cluster, one task per partition of
    whole participants (about ``budget`` fixes; the network sent once to every worker). A leg's traversals depend
    on its own fixes only and each partition's tables come sorted by leg id, so the tables put together in that
    order are the one call's, bit for bit (``points``, the per-fix table, is left empty). The error of a study
    with no leg near the network is raised once all partitions are done."""
    from ..roads.mapmatching import MatchParams, MatchResult, match_warnings, no_leg_matched, sort_by_leg

    params = (params or MatchParams()).validated()
    ids = points["leg_id"].astype(str)
    legs = legs[legs["leg_id"].astype(str).isin(set(ids))]
    if "user_id" in legs.columns:
        legs = legs.iloc[np.argsort(legs["user_id"].astype(str).to_numpy(dtype=object), kind="stable")]
    legs = legs.reset_index(drop=True)
    matched = ids.isin(set(legs["leg_id"].astype(str)))
    shared = client.scatter([net, params], broadcast=True, hash=False)
    futures = []
    for b in leg_partitions(legs, int(matched.sum()), budget):
        part = legs.iloc[b].reset_index(drop=True)
        pts = points[ids.isin(set(part["leg_id"].astype(str)))].reset_index(drop=True)
        data = client.scatter([pts, part], hash=False)
        futures.append(client.submit(_match_task, shared[0], *data, shared[1], pure=False))
    parts = _wait_all(client, futures, progress, is_cancelled)

    def joined(name):   # each part in leg order, its legs apart from the others': a stable sort by leg id
        return sort_by_leg(pd.concat([getattr(r, name) for r in parts], ignore_index=True), [])

    out = MatchResult(traversals=joined("traversals"), points=parts[0].points, legs=joined("legs"),
                      unmatched=joined("unmatched"), breaks=joined("breaks"))
    if len(out.legs) and len(out.unmatched) == len(out.legs):
        raise no_leg_matched(len(out.legs), params.max_search_radius_m, False)
    out.warnings = match_warnings(len(out.unmatched), len(out.legs), len(out.breaks))
    return out


def leg_partitions(legs: pd.DataFrame, n_vertices: int, budget: int = DOMAIN_BUDGET) -> List[slice]:
    """Slices of ``legs`` (each participant's legs contiguous; else of the legs sorted by participant) of whole
    participants, about ``budget`` vertices each (the legs' mean number of vertices sets the number of legs); one
    slice without ``user_id``."""
    if "user_id" not in legs.columns or len(legs) == 0:
        return [slice(0, len(legs))]
    per_leg = max(1.0, n_vertices / max(1, len(legs)))
    users = legs["user_id"].astype(str).to_numpy(dtype=object)
    try:
        return list(partition_bounds(users, max(1, int(budget / per_leg))))
    except ValueError:   # a participant's legs apart: the partitions of the legs grouped by participant
        return list(partition_bounds(np.sort(users, kind="stable"), max(1, int(budget / per_leg))))


def _rows_of(table: Optional[pd.DataFrame], users) -> Optional[pd.DataFrame]:
    """The rows of ``table`` (motion readings, trip labels) of ``users`` (ids as text); all of them when
    either has no participant."""
    if table is None or users is None or "user_id" not in table.columns:
        return table
    return table[table["user_id"].astype(str).isin(users)].reset_index(drop=True)


def infer_modes_on_client(client, legs: pd.DataFrame, vertices: pd.DataFrame, motion: Optional[pd.DataFrame] = None,
                          labels: Optional[pd.DataFrame] = None, budget: int = DOMAIN_BUDGET,
                          progress: Optional[Callable[[float], None]] = None,
                          is_cancelled: Optional[Callable[[], bool]] = None, **options) -> pd.DataFrame:
    """``modes.infer_modes(legs, vertices, motion, labels, **options)`` on ``client``'s cluster, one task per
    partition of whole participants (:func:`leg_partitions`; a participant's legs apart in the input are grouped
    first), the partitions' legs back in the legs' order. A leg's mode depends on its own vertices, its
    participant's motion readings and trip labels, and the options (model, network, timetable: sent once to
    every worker), so the table equals one call's (tests/qgis/test_cluster_setting.py)."""
    order = None
    if "user_id" in legs.columns and len(legs):
        users = legs["user_id"].astype(str)
        codes = pd.factorize(users)[0]
        starts = np.r_[0, np.flatnonzero(np.diff(codes)) + 1]
        if len(np.unique(codes[starts])) != len(starts):   # a participant's legs apart: grouped here, order kept
            order = np.argsort(users.to_numpy(dtype=object), kind="stable")
            legs = legs.iloc[order].reset_index(drop=True)
    out = _modes_by_partitions(client, legs, vertices, motion, labels, budget, progress, is_cancelled, options)
    return out if order is None else _in_leg_order(out, legs, order)


def _in_leg_order(out: pd.DataFrame, legs: pd.DataFrame, order) -> pd.DataFrame:
    """``out`` (the modes of ``legs``, grouped by participant from the input's ``order``) in the input's order:
    each row after its leg's position (a leg cut at the stops: its pieces, in place, through ``split_from``)."""
    ids = legs["leg_id"].astype(str).to_numpy()
    position = pd.Series(np.asarray(order), index=ids)
    position = position[~position.index.duplicated()]
    key = out["leg_id"].astype(str)
    if "split_from" in out.columns:
        key = out["split_from"].where(out["split_from"].notna(), out["leg_id"]).astype(str)
    rank = position.reindex(key.to_numpy()).to_numpy(dtype=float)
    result = out.iloc[np.argsort(rank, kind="stable")].reset_index(drop=True)
    result.attrs = dict(out.attrs)
    return result


def _modes_by_partitions(client, legs, vertices, motion, labels, budget, progress, is_cancelled, options):
    bounds = leg_partitions(legs, len(vertices), budget)
    shared = client.scatter([options], broadcast=True, hash=False)[0]
    vertex_ids = vertices["leg_id"].astype(str)
    futures = []
    for b in bounds:
        part = legs.iloc[b].reset_index(drop=True)
        verts = vertices[vertex_ids.isin(set(part["leg_id"].astype(str)))].reset_index(drop=True)
        users = set(part["user_id"].astype(str)) if "user_id" in part.columns else None
        m, lab = (_rows_of(t, users) for t in (motion, labels))
        data = client.scatter([part, verts, m, lab], hash=False)
        futures.append(client.submit(_infer_modes_task, *data, shared, pure=False))
    parts = _wait_all(client, futures, progress, is_cancelled)
    out = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    out.attrs = dict(parts[0].attrs) if parts else {}
    return out
