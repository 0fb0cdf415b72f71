"""Travel times per street, direction and time band on the cluster (the ``traveltimes`` step).

The same functions as ``tracemob:segmenttraveltimes`` (no second implementation):

- **on each partition's worker** (:func:`partition_traversals`): the legs of motorised road traffic (the
  algorithm's default 'Legs used'), their fixes (``chain.leg_vertices``: the vertices of the legs' lines in QGIS),
  map matched by ``roads.mapmatching.match_legs`` on the network's motor network. The network is read once per
  worker process (:func:`cached_network`, kept with the map matcher's indexes) from a GeoJSON file of road lines;
- **the shuffle** (``medians.split_cells``): the traversals cut by a stable hash of (segment, direction), so that
  every traversal of a segment and direction, all bands together, meets in one reduce task. The cells are
  segment x direction x band, but the free-flow reference of a cell (15th percentile over the whole day, or the
  night median) is taken over every band of its segment and direction: those must travel together;
- **each reduce task** (:func:`reduce_traversals`): ``roads.traveltimes.segment_travel_times`` on its traversals,
  the domain's own statistics and privacy rule (cells seen by fewer than ``min_users`` participants masked) on
  whole cells;
- **the client** (:func:`gather_cells`) puts the cells in the domain's order and logs the domain's warnings on the
  whole study (``roads.traveltimes.cell_warnings``).

In one process (``chain.run_chain``) the same three functions run on one partition and one bucket.
"""
import os
from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..roads.mapmatching import match_legs
from ..roads.network import Network, motor_network
from ..roads.traveltimes import DEFAULT_BANDS, FREE_FLOW_CHOICES, cell_warnings, parse_bands, segment_travel_times
from ..simulate.graph import read_geojson_network
from ..vocab.modes import road_motorised

#: the shuffle's key: whole segment x direction groups (every band) meet in one reduce task
TRAVERSAL_KEY = ("segment_id", "direction")
#: the domain's order of the cells (``segment_travel_times`` groups by these, sorted)
CELL_ORDER = ["segment_id", "direction", "band_index"]
PARTIAL = ("drop", "prorate")


@dataclass(frozen=True)
class TravelTimeSpec:
    """The ``traveltimes`` step's options: those of ``tracemob:segmenttraveltimes`` (picklable)."""
    #: a GeoJSON file of road lines in EPSG:4326 (OSM-like fields highway, oneway, maxspeed, name)
    network: str
    bands: str = DEFAULT_BANDS
    #: IANA time zone of the bands' local hours
    tz: str = "Europe/Paris"
    partial: str = "drop"
    min_fraction: float = 0.5
    min_traversals: int = 5
    min_sample_users: int = 3
    free_flow: str = "p15"
    weekdays_only: bool = False
    snap_m: float = 1.0

    def validated(self) -> "TravelTimeSpec":
        if not self.network or not Path(self.network).is_file():
            raise InputError(tr("no road network file {file}").format(file=self.network), field="network",
                             hint=tr("Give a GeoJSON file of the road lines (EPSG:4326), e.g. an OpenStreetMap "
                                     "extract saved as GeoJSON."))
        parse_bands(self.bands)
        try:
            pd.Timestamp("2026-01-01", tz=self.tz)
        except Exception:
            raise InputError(tr("Unknown time zone '{tz}'.").format(tz=self.tz), field="tz",
                             hint=tr("Use a name like Europe/Paris.")) from None
        if self.partial not in PARTIAL:
            raise InputError(tr("Partial traversals must be 'drop' or 'prorate'."), field="partial")
        if self.free_flow not in FREE_FLOW_CHOICES:
            raise InputError(tr("Unknown free-flow reference '{value}'.").format(value=self.free_flow),
                             field="free_flow", hint=tr("Use p15, night or limit."))
        if int(self.min_traversals) < 1 or int(self.min_sample_users) < 1:
            raise InputError(tr("The minimum sample must be at least 1 traversal and 1 participant."),
                             field="min_traversals")
        return self


#: (path, mtime, size, snap) -> (network, motor network): the network read once per worker process
_NETWORKS: dict = {}


def cached_network(path: str, snap_m: float = 1.0) -> Tuple[Network, Network]:
    """(network, its motor network) of the GeoJSON file ``path``, read once per process (a worker keeps it, with
    the map matcher's indexes built on it, from one task to the next; a changed file is read again)."""
    st = os.stat(path)
    key = (str(Path(path).resolve()), st.st_mtime_ns, st.st_size, float(snap_m))
    if key not in _NETWORKS:
        _NETWORKS.clear()
        net = read_geojson_network(path, snap_m=snap_m)
        _NETWORKS[key] = (net, motor_network(net))
    return _NETWORKS[key]


def road_legs(legs: pd.DataFrame) -> pd.DataFrame:
    """The legs of motorised road traffic (``tracemob:segmenttraveltimes``'s default 'Legs used')."""
    mode = legs["mode"].astype(object).where(legs["mode"].notna(), "").astype(str).str.strip().str.lower()
    return legs[road_motorised(mode).to_numpy()].reset_index(drop=True)


def partition_traversals(points: pd.DataFrame, legs: pd.DataFrame, spec: TravelTimeSpec):
    """(traversals, stats) of a partition's legs (with modes) and cleaned points: its road legs map matched on the
    motor network. A partition none of whose legs comes near the network gives no traversal (the study as a whole
    is judged by :func:`gather_cells`)."""
    from .chain import leg_vertices

    road = road_legs(legs)
    stats = {"tt_road_legs": len(road), "tt_unmatched_legs": 0, "tt_breaks": 0, "traversals": 0}
    if len(road) == 0:
        return None, stats
    _, motor = cached_network(spec.network, spec.snap_m)
    try:
        match = match_legs(motor, leg_vertices(points, road), legs=road)
    except InputError as exc:
        if exc.field != "network":      # raised when none of the legs passes near the network
            raise
        stats["tt_unmatched_legs"] = len(road)
        return None, stats
    stats.update(tt_unmatched_legs=int((match.legs["status"] == "unmatched").sum()), tt_breaks=len(match.breaks),
                 traversals=len(match.traversals))
    return match.traversals, stats


def split_traversals(traversals: Optional[pd.DataFrame], n_buckets: int) -> List[Optional[pd.DataFrame]]:
    """The shuffle's map side on a worker: the traversals cut by a stable hash of (segment, direction)."""
    from .medians import split_cells

    if traversals is None or len(traversals) == 0:
        return [None] * n_buckets
    return split_cells(traversals, n_buckets, key=TRAVERSAL_KEY)


def reduce_traversals(buckets: Sequence[Optional[pd.DataFrame]], spec: TravelTimeSpec, min_users: int) -> dict:
    """A reduce task: every traversal of its segments and directions (its bucket of every partition, in partition
    order) through the domain's ``segment_travel_times`` (statistics and privacy rule on whole cells)."""
    frames = [b for b in buckets if b is not None and len(b)]
    if not frames:
        return {"cells": None, "counts": {}, "reason": None}
    net, _ = cached_network(spec.network, spec.snap_m)
    cells = segment_travel_times(
        pd.concat(frames, ignore_index=True), net, bands=spec.bands, tz=spec.tz, partial=spec.partial,
        min_fraction=spec.min_fraction, min_traversals=spec.min_traversals, min_sample_users=spec.min_sample_users,
        min_users=min_users, free_flow=spec.free_flow, weekdays_only=spec.weekdays_only, allow_empty=True)
    return {"cells": cells if len(cells) else None, "counts": dict(cells.attrs.get("counts", {})),
            "reason": cells.attrs.get("empty_reason")}


def gather_cells(parts: Sequence[dict], spec: TravelTimeSpec, min_users: int):
    """(cells or None, warnings, counts): the reduce tasks' cells in the domain's order, with the domain's
    warnings on the whole study; no cell at all is a warning giving the domain's reason."""
    counts: dict = {}
    for p in parts:
        for k, v in p["counts"].items():
            counts[k] = counts.get(k, 0) + int(v)
    frames = [p["cells"] for p in parts if p["cells"] is not None]
    if not frames:
        reasons = [p["reason"] for p in parts if p["reason"] is not None]
        # the study's own error: no traversal at all, none complete after the filters, none in the bands
        used = [p["reason"] for p in parts if p["reason"] is not None and p["counts"].get("used", 0) > 0]
        reason = (used or reasons or [_no_traversal_reason()])[0]
        return None, [tr("No segment travel time: {reason}").format(reason=reason)], counts
    cells = pd.concat(frames, ignore_index=True).sort_values(CELL_ORDER, kind="mergesort").reset_index(drop=True)
    cells.attrs["counts"] = counts
    return cells, cell_warnings(cells, parse_bands(spec.bands), min_users), counts


def _no_traversal_reason() -> InputError:
    """The domain's error on a study without any traversal."""
    try:
        segment_travel_times(pd.DataFrame(columns=["segment_id", "user_id", "entry_time"]))
    except InputError as exc:
        return exc
    return InputError(tr("There are no segment traversals."))   # not reached: the domain raises above

