"""The truth beside the phones' fixes: trips (purpose in the EMC2 groups), legs, their true paths,
traversals with entry and exit times at the segment ends, places, stays, participant labels (e-mission
vocabulary), untracked gaps and the median speeds of every segment; gathered as the people travel
(:class:`TruthLog`) and turned into the tables of a :class:`Simulation` (:func:`build_simulation`)."""
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..geometry import linestrings_wkb
from ..i18n import tr
from ..roads.network import Network
from .graph import SAMPLE_TZ
from .params import BANDS, MODE_LABEL
from .plan import CirculationPlan


@dataclass
class Simulation:
    """Result of :func:`.simulator.simulate`. Times are ``datetime64[ns, UTC]``."""
    points: pd.DataFrame
    """The phones' fixes: points contract (user_id, time, lat, lon, accuracy_m, speed_mps, source_file)."""
    points_truth: pd.DataFrame
    """Aligned with ``points``: true_lat, true_lon, trip_id, leg_id, place_id ("" when none),
    is_outlier, phone."""
    trips: pd.DataFrame
    legs: pd.DataFrame
    leg_vertices: pd.DataFrame
    """True path of every leg: leg_id, lon, lat, time (one row per vertex, in order)."""
    traversals: pd.DataFrame
    places: pd.DataFrame
    stays: pd.DataFrame
    labels: pd.DataFrame
    segment_speeds: pd.DataFrame
    gaps: pd.DataFrame
    users: pd.DataFrame
    segments: pd.DataFrame
    """The network the simulation ran on: segment_id, osm_id, name, highway, oneway, maxspeed,
    length_m, from_node, to_node and ``wkb`` (LineString)."""
    network: Optional[Network] = None
    """The network the simulation ran on (before any plan)."""
    network_after: Optional[Network] = None
    """``plan.apply(network)`` when a plan was given."""
    plan: Optional[CirculationPlan] = None
    tz: str = SAMPLE_TZ
    transit: Optional[object] = None
    """The generated public-transport lines (:class:`.transitlines.TransitLines`) when riders were simulated."""
    transit_sections: Optional[pd.DataFrame] = None
    """One row per stop-to-stop section of every ride: ``SECTION_COLUMNS``; ``from_time`` and ``to_time`` the
    vehicle's departures from the two stops, ``run_time_s`` between them (running time and the dwell at the
    second stop), ``scheduled_s`` the timetable's."""
    start_date: str = ""
    days: int = 0

    def write_gtfs(self, path):
        """Write the generated lines and their timetable as a GTFS feed (``.zip`` file or folder)."""
        if self.transit is None:
            raise InputError(tr("The simulation has no public-transport lines."),
                             hint=tr("Give a share of public-transport tours above 0."))
        return self.transit.to_gtfs(path, self.start_date, self.days, self.tz)

    def legs_wkb(self):
        """LineStringM WKB of the true legs (M = UTC epoch second), in ``legs`` order."""
        return _paths_wkb(self.leg_vertices, "leg_id", self.legs["leg_id"])

    def trips_wkb(self):
        """LineStringM WKB of the true trips (their legs' vertices), in ``trips`` order."""
        v = self.leg_vertices.merge(self.legs[["leg_id", "trip_id"]], on="leg_id", how="left", sort=False)
        return _paths_wkb(v, "trip_id", self.trips["trip_id"])


def _paths_wkb(vertices, key, order):
    if len(order) == 0:
        return []
    codes = pd.Categorical(vertices[key], categories=list(order))
    idx = np.argsort(codes.codes, kind="stable")
    c = codes.codes[idx]
    first = np.searchsorted(c, np.arange(len(order)), side="left")
    last = np.searchsorted(c, np.arange(len(order)), side="right") - 1
    v = vertices.iloc[idx]
    m = v["time"].astype("int64").to_numpy() / 1e9
    return linestrings_wkb(v["lon"].to_numpy(), v["lat"].to_numpy(), first, last, m=m)


TRIP_COLUMNS = ["trip_id", "user_id", "start_time", "end_time", "distance_m", "origin_place_id",
                "destination_place_id", "origin_purpose", "purpose", "mode", "period", "distance_base_m",
                "purpose_detail", "route_time_s", "route_time_base_s", "rerouted"]
LEG_COLUMNS = ["leg_id", "trip_id", "user_id", "start_time", "end_time", "distance_m", "mode", "period", "wait_s",
               "transit_route", "transit_trip_id"]
#: the true stop-to-stop sections of the public-transport rides (:attr:`Simulation.transit_sections`)
SECTION_COLUMNS = ["leg_id", "user_id", "route_id", "mode", "direction_id", "trip_id", "from_stop_id", "to_stop_id",
                   "from_time", "to_time", "run_time_s", "scheduled_s", "band", "period"]


class TruthLog:
    """Rows of the truth tables, appended trip by trip and stay by stay (times in UTC epoch seconds)."""

    def __init__(self):
        self.trips, self.legs, self.trav, self.stays, self.labels, self.gaps = [], [], [], [], [], []
        self.vert = []     # (leg index, x, y, t) arrays
        self.trip_leg0 = []   # index into legs of each trip's first leg
        self.sections = []    # frames of the public-transport rides' stop-to-stop sections


def purpose_label(purpose, place):
    """The e-mission ``purpose_confirm`` value a participant would give for a purpose (and place)."""
    if purpose == "leisure":
        return place[5] if len(place) > 5 and place[5] else "entertainment"
    return {"home": "home", "work": "work", "study": "school", "shopping": "shopping", "escort": "pick_drop",
            "personal_business": "personal_med"}.get(purpose, "other")


def _ts(a):
    ns = np.round(np.asarray(a, dtype=float) * 1e9).astype("int64")
    return pd.DatetimeIndex(ns.view("datetime64[ns]")).tz_localize("UTC")


def build_simulation(log: TruthLog, phones, g, users, place_rows, networks, plan, tz, net_after,
                     lines=None) -> Simulation:
    """The :class:`Simulation` of the fixes in ``phones`` and the rows of ``log``."""
    trip_ids = np.array([r[0] for r in log.trips] + [""], dtype=object)
    leg_ids = np.array([r[0] for r in log.legs] + [""], dtype=object)
    points, truth = _points_tables(phones, g, users, trip_ids, leg_ids)
    trips, legs = _trip_tables(log)
    leg_vertices = _leg_vertices(log, g, leg_ids)
    trav = _traversals(log, g, trip_ids, leg_ids)
    places, stays = _place_tables(log, g, place_rows)
    speeds = segment_speeds(g, networks, plan is not None)
    return Simulation(points=points, points_truth=truth, trips=trips, legs=legs, leg_vertices=leg_vertices,
                      traversals=trav, places=places, stays=stays, labels=_labels(log), segment_speeds=speeds,
                      gaps=_gaps(log, trip_ids), users=users, segments=g.segments_frame(), network=g.net,
                      network_after=net_after, plan=plan, tz=tz, transit=lines,
                      transit_sections=_sections(log) if lines is not None else None)


def _sections(log: TruthLog):
    if not log.sections:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in SECTION_COLUMNS})
    sec = pd.concat(log.sections, ignore_index=True)
    for c in ("from_time", "to_time"):
        sec[c] = _ts(sec[c])
    return sec[SECTION_COLUMNS]


def _points_tables(phones, g, users, trip_ids, leg_ids):
    """The phones' fixes (points contract) and their truth, aligned."""
    uids = users["user_id"].to_numpy(dtype=object)
    kinds = users["phone"].to_numpy(dtype=object)
    # each person's fixes are sorted by time and people come in user_id order: no sort needed
    allp = {k: np.concatenate([q[k] for q in phones.pts]) for k in phones.pts[0]}
    phones.pts = None
    lon, lat = g.to_lonlat(allp["ox"], allp["oy"])
    tlon, tlat = g.to_lonlat(allp["x"], allp["y"])
    place_names = np.array(phones.place_names + [""], dtype=object)
    points = pd.DataFrame({"user_id": uids[allp["user"]], "time": _ts(allp["t"]), "lat": lat, "lon": lon,
                           "accuracy_m": allp["acc"], "speed_mps": allp["spd"].astype(float),
                           "source_file": "simulation"})
    truth = pd.DataFrame({"true_lat": tlat, "true_lon": tlon, "trip_id": trip_ids[allp["trip"]],
                          "leg_id": leg_ids[allp["leg"]], "place_id": place_names[allp["place"]],
                          "is_outlier": allp["out"], "phone": kinds[allp["user"]]})
    return points, truth


def _trip_tables(log: TruthLog):
    trips = pd.DataFrame(log.trips, columns=TRIP_COLUMNS)
    for c in ("start_time", "end_time"):
        trips[c] = _ts(trips[c])
    trips.insert(4, "duration_s", (trips["end_time"] - trips["start_time"]).dt.total_seconds())
    legs = pd.DataFrame(log.legs, columns=LEG_COLUMNS)
    trips["n_legs"] = legs.groupby("trip_id").size().reindex(trips["trip_id"]).fillna(0).to_numpy(np.int64)
    for c in ("start_time", "end_time"):
        legs[c] = _ts(legs[c])
    legs.insert(5, "duration_s", (legs["end_time"] - legs["start_time"]).dt.total_seconds())
    legs["speed_mean_mps"] = legs["distance_m"] / legs["duration_s"].clip(lower=1e-6)
    legs["mode_label"] = legs["mode"].map(MODE_LABEL)
    return trips, legs


def _leg_vertices(log: TruthLog, g, leg_ids):
    vtix = np.concatenate([v[0] for v in log.vert])
    vx = np.concatenate([v[1] for v in log.vert])
    vy = np.concatenate([v[2] for v in log.vert])
    vt = np.concatenate([v[3] for v in log.vert])
    vlon, vlat = g.to_lonlat(vx, vy)
    return pd.DataFrame({"leg_id": leg_ids[vtix], "lon": vlon, "lat": vlat, "time": _ts(vt)})


def _traversals(log: TruthLog, g, trip_ids, leg_ids):
    tix, seq, edges, entry, exit_, plen, partial, bands = (np.concatenate([r[k] for r in log.trav])
                                                            for k in range(8))
    seg = edges // 2
    trip_user = np.array([r[1] for r in log.trips], dtype=object)
    trip_mode = np.array([r[9] for r in log.trips], dtype=object)
    trip_period = np.array([r[10] for r in log.trips], dtype=object)
    band_names = np.array([b[0] for b in BANDS], dtype=object)
    leg0 = np.asarray(log.trip_leg0, dtype=np.int64)
    trav = pd.DataFrame({
        "leg_id": leg_ids[leg0[tix]], "user_id": trip_user[tix], "chain": np.zeros(len(tix), dtype=np.int64),
        "seq": seq.astype(np.int64), "edge_id": edges.astype(np.int64), "segment_id": g.seg_ids[seg],
        "direction": np.where(edges % 2 == 0, 1, -1).astype(np.int64),
        "entry_time": _ts(entry), "exit_time": _ts(exit_), "tt_s": exit_ - entry,
        "length_m": g.length[seg], "covered_m": plen, "fraction": np.minimum(plen / g.length[seg], 1.0),
        "partial": partial.astype(bool), "mode": trip_mode[tix], "trip_id": trip_ids[tix],
        "period": trip_period[tix], "band": band_names[bands]})
    trav["speed_mps"] = trav["covered_m"] / trav["tt_s"].clip(lower=1e-6)
    return trav


def _place_tables(log: TruthLog, g, place_rows):
    places = pd.DataFrame(place_rows, columns=["place_id", "user_id", "kind", "detail", "seg", "frac",
                                               "x", "y"])
    plon, plat = g.to_lonlat(places["x"].to_numpy(float), places["y"].to_numpy(float))
    places = pd.DataFrame({"place_id": places["place_id"], "user_id": places["user_id"],
                           "kind": places["kind"], "detail": places["detail"], "lon": plon, "lat": plat,
                           "segment_id": g.seg_ids[places["seg"].to_numpy(np.int64)],
                           "segment_fraction": places["frac"].astype(float)})
    stays = pd.DataFrame(log.stays, columns=["user_id", "place_id", "purpose", "start_time", "end_time",
                                             "x", "y"])
    slon, slat = g.to_lonlat(stays["x"].to_numpy(float), stays["y"].to_numpy(float))
    stays = pd.DataFrame({"user_id": stays["user_id"], "place_id": stays["place_id"],
                          "purpose": stays["purpose"], "start_time": _ts(stays["start_time"]),
                          "end_time": _ts(stays["end_time"]), "lon": slon, "lat": slat})
    stays["duration_s"] = (stays["end_time"] - stays["start_time"]).dt.total_seconds()
    return places, stays


def _labels(log: TruthLog):
    labels = pd.DataFrame(log.labels, columns=["user_id", "start_time", "end_time", "mode_confirm",
                                               "purpose_confirm", "trip_id"])
    for c in ("start_time", "end_time"):
        labels[c] = _ts(labels[c])
    labels["source"] = "simulation"
    labels["source_file"] = "simulation"
    return labels[["user_id", "start_time", "end_time", "mode_confirm", "purpose_confirm", "source",
                   "source_file", "trip_id"]]


def _gaps(log: TruthLog, trip_ids):
    gaps = pd.DataFrame(log.gaps, columns=["user_id", "start_time", "end_time", "trip"])
    gaps["trip_id"] = trip_ids[gaps["trip"].to_numpy(np.int64)] if len(gaps) else pd.Series([], dtype=object)
    gaps = gaps.drop(columns="trip")
    for c in ("start_time", "end_time"):
        gaps[c] = _ts(gaps[c])
    gaps["duration_s"] = (gaps["end_time"] - gaps["start_time"]).dt.total_seconds()
    return gaps


def segment_speeds(g, networks, with_plan_):
    """Median travel time (and speed) of each segment x direction x mode class x band x period.

    Car traversal times are log-normal around these medians (per-trip and per-traversal factors with
    median 1); bikes and people on foot also scale them by their own speed.
    """
    rows = []
    for period in (("before", "after") if with_plan_ else ("before",)):
        for cls in ("car", "bike", "walk"):
            var = networks(cls, period == "after")
            for b, (label, _, _) in enumerate(BANDS):
                sp = var.band_speed(b)
                for direction, allowed in ((1, var.fwd), (-1, var.bwd)):
                    idx = np.flatnonzero(allowed)
                    rows.append(pd.DataFrame({
                        "segment_id": g.seg_ids[idx], "direction": direction, "mode_class": cls, "band": label,
                        "period": period, "length_m": g.length[idx], "free_flow_mps": var.base_speed[idx],
                        "speed_median_mps": sp[idx], "tt_median_s": g.length[idx] / sp[idx]}))
    out = pd.concat(rows, ignore_index=True)
    out["direction"] = out["direction"].astype(np.int64)
    return out
