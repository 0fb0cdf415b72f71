"""Public transport from an OpenStreetMap extract (``.osm.pbf`` or ``.osm``, as Geofabrik or BBBike publish them).

:func:`read_osm_transit` reads the extract with GDAL's OSM driver (no QGIS, no other plugin) and returns the
lines and stops that :class:`.transit.TransitNetwork` takes:

* **route relations** (layer ``multilinestrings``, ``type=route``): ``route=bus``, ``trolleybus``,
  ``share_taxi``, ``coach``, ``tram``, ``light_rail``, ``subway``, ``monorail``, ``train``, ``railway``,
  ``ferry``... (:func:`.transit.normalise_kind`); a bicycle, hiking or road route is not public transport.
  The relation's ways are its line, whatever they are tagged (a bus runs on ``highway`` ways: only the relation
  says a bus line is there);
* **railway ways** (layer ``lines``): ``railway=rail``, ``subway``, ``tram``, ``light_rail``, ``narrow_gauge``,
  ``monorail``, ``funicular``, except sidings, yards and crossovers (``service=*``) and tracks out of use; ways
  tagged ``route=ferry``;
* **stops** (layer ``points``): ``highway=bus_stop``; ``railway=tram_stop``, ``station``, ``halt`` (``station=subway``
  a metro station, ``light_rail`` a tram's); ``public_transport=platform``, ``stop_position`` or ``station`` with
  their vehicle (``bus=yes``, ``tram=yes``, ``subway=yes``, ``train=yes``, ``ferry=yes``); ``amenity=ferry_terminal``.
  A stop mapped twice (the pole and the stop position, both sides of a street) is one stop: points of the same
  kind within ``STOP_MERGE_M`` of each other are merged, so a bus dwelling at one stop does not count two.
  Subway entrances are not stops: people walk past them.

``bbox`` (``min_lon, min_lat, max_lon, max_lat``) keeps what crosses the study area: a national extract is read
once, and only the lines near the legs are densified.
"""
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Tuple

import numpy as np
import pandas as pd

from ..errors import InputError
from ..geometry import parse_wkb_parts
from ..i18n import tr
from .transit import _HSTORE, normalise_kind, project

#: two stop points of the same kind closer than this are one stop (a pole and its stop position are 2-10 m
#: apart, the two sides of a street 15-25 m; two stops of one line are 200 m apart and more)
STOP_MERGE_M = 30.0

_ROUTE_SQL = "type = 'route'"
_RAIL_VALUES = ("rail", "subway", "tram", "light_rail", "narrow_gauge", "monorail", "funicular")
_LINES_SQL = "railway IN (%s) OR other_tags LIKE '%%\"route\"=>\"ferry\"%%'" % ", ".join(
    "'%s'" % v for v in _RAIL_VALUES)
_POINTS_SQL = ("highway = 'bus_stop' OR other_tags LIKE '%\"public_transport\"=>%' OR "
               "other_tags LIKE '%\"railway\"=>\"tram_stop\"%' OR other_tags LIKE '%\"railway\"=>\"station\"%' OR "
               "other_tags LIKE '%\"railway\"=>\"halt\"%' OR other_tags LIKE '%\"amenity\"=>\"ferry_terminal\"%'")
# the vehicle keys of a public_transport=platform / stop_position / station, in the order a kind is taken
_VEHICLE_KEYS = (("subway", "metro"), ("light_rail", "tram"), ("tram", "tram"), ("train", "train"),
                 ("ferry", "ferry"), ("coach", "coach"), ("trolleybus", "bus"), ("bus", "bus"),
                 ("share_taxi", "bus"))


@dataclass
class OsmTransit:
    """What an extract holds for public transport: ``lines`` (``line_id, kind, lon, lat, route``, one row per vertex
    in line order; ``route`` the relation's ref, else its name, None for a railway way), ``stops`` (``kind, lon,
    lat``, merged), ``routes`` (one row per route relation kept: ``osm_id, kind, ref, name``), and the raw counts for
    the user's log."""
    lines: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["line_id", "kind", "lon", "lat"]))
    stops: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["kind", "lon", "lat"]))
    routes: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["osm_id", "kind", "ref", "name"]))
    stop_points: int = 0      # stop points read, before merging

    def line_counts(self) -> dict:
        """Line pieces by kind (route relations and railway ways)."""
        if not len(self.lines):
            return {}
        return self.lines.drop_duplicates("line_id")["kind"].value_counts().to_dict()

    def stop_counts(self) -> dict:
        return self.stops["kind"].fillna("?").value_counts().to_dict() if len(self.stops) else {}


def _tags(other_tags) -> dict:
    return dict(_HSTORE.findall(str(other_tags))) if other_tags else {}


def _open(path: Path):
    from osgeo import gdal, ogr  # GDAL: shipped with QGIS; imported here so that the domain loads without it

    gdal.UseExceptions()
    if not path.is_file():
        raise InputError(tr("the file does not exist"), file=str(path),
                         hint=tr("Choose an OpenStreetMap extract (.osm.pbf or .osm)."))
    try:
        driver = ogr.GetDriverByName("OSM")
        ds = driver.Open(str(path), 0) if driver is not None else None
    except RuntimeError as err:
        ds = None
        reason = str(err)
    else:
        reason = ""
    if ds is None or ds.GetLayerByName("points") is None:
        raise InputError(tr("not an OpenStreetMap extract GDAL can read ({reason})").format(reason=reason or "-"),
                         file=str(path), hint=tr("Give an .osm.pbf or .osm file, as Geofabrik or BBBike publish "
                                                 "them, not a layer exported from it."))
    return ds


def _features(ds, layer_name: str, where: str, bbox, fields: Tuple[str, ...]):
    """(attribute rows, WKB geometries) of one layer of the extract, filtered by ``where`` and ``bbox``."""
    lyr = ds.GetLayerByName(layer_name)
    if lyr is None:
        return [], []
    defn = lyr.GetLayerDefn()
    have = {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}
    lyr.SetAttributeFilter(where)
    if bbox is not None:
        lyr.SetSpatialFilterRect(*bbox)
    rows, wkbs = [], []
    lyr.ResetReading()
    for feat in lyr:   # GDAL hands features one by one: the filters above keep only public transport
        geom = feat.GetGeometryRef()
        if geom is None:
            continue
        rows.append(tuple(feat.GetField(f) if f in have else None for f in fields))
        wkbs.append(bytes(geom.ExportToIsoWkb()))
    lyr.SetAttributeFilter(None)
    lyr.SetSpatialFilter(None)
    return rows, wkbs


def _line_rows(ids, kinds, wkbs) -> pd.DataFrame:
    """``line_id, kind, lon, lat``: one row per vertex of each part (of two vertices or more) of each geometry,
    the part's id ``<id>_<part number>``."""
    part_ids, part_kinds, xs, ys = [], [], [], []
    for line_id, kind, wkb in zip(ids, kinds, wkbs):   # WKB parsing: one geometry at a time
        px, py, _ = parse_wkb_parts(wkb)
        for j, (x, y) in enumerate(zip(px, py)):
            if len(x) >= 2:
                part_ids.append("%s_%d" % (line_id, j))
                part_kinds.append(kind)
                xs.append(x)
                ys.append(y)
    if not xs:
        return pd.DataFrame(columns=["line_id", "kind", "lon", "lat"])
    n = [len(x) for x in xs]
    return pd.DataFrame({"line_id": np.repeat(np.array(part_ids, dtype=object), n),
                         "kind": np.repeat(np.array(part_kinds, dtype=object), n),
                         "lon": np.concatenate(xs), "lat": np.concatenate(ys)})


def _stop_kind(highway, tags: dict) -> Optional[str]:
    if highway == "bus_stop":
        return "bus"
    railway = tags.get("railway")
    if tags.get("amenity") == "ferry_terminal":
        return "ferry"
    if railway == "tram_stop":
        return "tram"
    for key, kind in _VEHICLE_KEYS:
        if tags.get(key) == "yes":
            return kind
    if railway in ("station", "halt"):
        station = tags.get("station")
        return {"subway": "metro", "light_rail": "tram", "monorail": "metro"}.get(station, "train")
    return None   # a platform with no vehicle named: a stop of unknown kind


def osm_stops(highway, other_tags):
    """Per OpenStreetMap point (its ``highway`` value and GDAL's ``other_tags``): whether it is a public-transport
    stop (see the module's text) and its kind (None when the stop names no vehicle). Two arrays."""
    highway = np.asarray(highway, dtype=object)
    other_tags = np.asarray(other_tags, dtype=object)
    keep = np.zeros(len(other_tags), dtype=bool)
    kinds = np.full(len(other_tags), None, dtype=object)
    # only a bus stop or a point whose tags name public_transport, railway or a ferry terminal can be a stop: the
    # tags of the others (shops, benches, crossings: most of a points layer) are not parsed
    text = pd.Series(other_tags).fillna("").astype(str)
    maybe = (highway == "bus_stop") | text.str.contains('"public_transport"=>|"railway"=>|"ferry_terminal"',
                                                         regex=True).to_numpy()
    for i in np.flatnonzero(maybe):   # the tags are one string per point
        hw, t = highway[i], _tags(other_tags[i])
        pt = t.get("public_transport")
        if hw != "bus_stop" and pt not in ("platform", "stop_position", "station") and \
                t.get("railway") not in ("tram_stop", "station", "halt") and t.get("amenity") != "ferry_terminal":
            continue    # not a stop (a shop, a stop_area's label point, a public_transport=pole...)
        if t.get("railway") == "subway_entrance" or t.get("disused") == "yes":
            continue
        if pt == "station" and not t.get("railway") and not any(t.get(k) == "yes" for k, _ in _VEHICLE_KEYS):
            continue    # a station with no vehicle named: often a bus station's label, its stops are mapped
        keep[i] = True
        kinds[i] = _stop_kind(hw, t)
    return keep, kinds


def merge_stops(stops: pd.DataFrame, radius_m: float = STOP_MERGE_M) -> pd.DataFrame:
    """Stop points of the same kind within ``radius_m`` of each other (chained) as one stop at their mean."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    if len(stops) < 2:
        return stops.reset_index(drop=True)
    xy = project(stops["lon"].to_numpy(float), stops["lat"].to_numpy(float), float(stops["lat"].mean()))
    pairs = cKDTree(xy).query_pairs(radius_m, output_type="ndarray")
    kind = stops["kind"].fillna("").to_numpy(dtype=object)
    pairs = pairs[kind[pairs[:, 0]] == kind[pairs[:, 1]]]
    n = len(stops)
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    out = pd.DataFrame({"group": label, "kind": stops["kind"].to_numpy(dtype=object),
                        "lon": stops["lon"].to_numpy(float), "lat": stops["lat"].to_numpy(float)})
    merged = out.groupby("group", sort=True).agg(kind=("kind", "first"), lon=("lon", "mean"), lat=("lat", "mean"))
    return merged.reset_index(drop=True)


def read_osm_transit(path, bbox=None) -> OsmTransit:
    """The public-transport lines and stops of an OpenStreetMap extract (see the module's text), within ``bbox``
    (``min_lon, min_lat, max_lon, max_lat``, degrees) when given. :class:`InputError` naming the file when it is
    missing or not an extract GDAL's OSM driver reads."""
    path = Path(path)
    ds = _open(path)
    try:
        # route relations
        rows, wkbs = _features(ds, "multilinestrings", _ROUTE_SQL, bbox, ("osm_id", "name", "other_tags"))
        tags = [_tags(r[2]) for r in rows]
        kinds = [normalise_kind(t.get("route")) if t.get("route") else None for t in tags]
        keep = [i for i, k in enumerate(kinds) if k is not None]
        routes = pd.DataFrame({"osm_id": [str(rows[i][0]) for i in keep], "kind": [kinds[i] for i in keep],
                               "ref": [tags[i].get("ref") for i in keep], "name": [rows[i][1] for i in keep]},
                              columns=["osm_id", "kind", "ref", "name"])
        ids = ["r" + o for o in routes["osm_id"]]
        line_kinds = list(routes["kind"])
        line_wkbs = [wkbs[i] for i in keep]
        # railway and ferry ways
        rows, wkbs = _features(ds, "lines", _LINES_SQL, bbox, ("osm_id", "railway", "other_tags"))
        for (osm_id, railway, other), wkb in zip(rows, wkbs):
            t = _tags(other)
            if railway:
                if t.get("service") or t.get("usage") in ("industrial", "military", "test") or \
                        t.get("disused") == "yes" or t.get("abandoned") == "yes":
                    continue
                kind = normalise_kind(railway)
            else:
                kind = "ferry" if t.get("route") == "ferry" else None
            if kind is not None:
                ids.append("w%s" % osm_id)
                line_kinds.append(kind)
                line_wkbs.append(wkb)
        lines = _line_rows(ids, line_kinds, line_wkbs)
        # each relation's pieces name its route: the ref ("24", "M1"), else its name; railway ways name none
        label = dict(zip(["r" + o for o in routes["osm_id"]],
                         [r if isinstance(r, str) and r.strip() else n
                          for r, n in zip(routes["ref"], routes["name"])]))
        rel = lines["line_id"].astype(str).str.rsplit("_", n=1).str[0]
        lines["route"] = rel.map(label).astype(object).where(lambda x: x.notna(), None)
        # stops
        rows, wkbs = _features(ds, "points", _POINTS_SQL, bbox, ("highway", "other_tags"))
        keep, stop_kinds = osm_stops([r[0] for r in rows], [r[1] for r in rows])
        xy = [parse_wkb_parts(w) for w, k in zip(wkbs, keep) if k]
        points = pd.DataFrame({"kind": pd.Series(stop_kinds[keep], dtype=object),
                               "lon": [float(x[0][0]) for x, _, _ in xy], "lat": [float(y[0][0]) for _, y, _ in xy]})
    finally:
        ds = None   # noqa: F841  (closes the file)
    return OsmTransit(lines=lines, stops=merge_stops(points), routes=routes, stop_points=len(points))
