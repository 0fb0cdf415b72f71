"""core/network.py on small generated networks with known topology."""
import numpy as np
import pytest

from tracemob.tracemob_plugin.core.roads import network as N
from tracemob.tracemob_plugin.core.errors import InputError

LAT0, LON0 = 48.85, 2.35
DLAT = 1.0 / 111_320.0
DLON = 1.0 / (111_320.0 * np.cos(np.radians(LAT0)))


def pt(x_m, y_m):
    return (LON0 + x_m * DLON, LAT0 + y_m * DLAT)


def grid_lines(n=3, step=100.0):
    rows = [[pt(i * step, j * step) for i in range(n)] for j in range(n)]
    cols = [[pt(i * step, j * step) for j in range(n)] for i in range(n)]
    return rows + cols


def test_grid_is_split_at_shared_vertices():
    net = N.network_from_lines(grid_lines())
    assert net.n_segments == 12 and net.n_nodes == 9
    assert np.allclose(net.segments["length_m"], 100.0, atol=0.5)
    assert len(net.edges) == 24
    assert (net.edges["edge_id"] == 2 * net.edges["segment_id"] + (net.edges["direction"] < 0)).all()
    rep = N.topology_report(net)
    assert rep["n_components"] == 1 and rep["n_dead_ends"] == 0


def test_snapping_joins_nearly_touching_lines():
    a = [pt(0, 0), pt(100, 0)]
    b = [pt(100.4, 0.3), pt(100.4, 100)]           # 0.5 m off the end of a
    assert N.network_from_lines([a, b], snap_m=1.0).n_nodes == 3
    net = N.network_from_lines([a, b], snap_m=0.1, check_topology=False)
    assert net.n_nodes == 4


def test_route_prefers_shortest_and_respects_oneway():
    lines = grid_lines()
    net = N.network_from_lines(lines)
    edges = N.route(net, 0, 8, weight="length")
    assert len(edges) == 4
    assert np.isclose(net.edges.set_index("edge_id").loc[edges, "length_m"].sum(), 400.0, atol=2)
    # every street of the bottom row one-way westward (against drawing): 0 -> 2 must detour
    ow = ["-1", None, None, None, None, None]
    net2 = N.network_from_lines(lines, oneway=ow)
    n0 = int(np.argmin(np.hypot(net2.node_x - net2.node_x.min(), net2.node_y - net2.node_y.min())))
    right = np.flatnonzero(np.isclose(net2.node_y, net2.node_y.min(), atol=1) &
                           np.isclose(net2.node_x, net2.node_x.max(), atol=1))[0]
    d_fwd = N.dijkstra(net2, [n0])[0][right]
    d_back = N.dijkstra(net2, [right])[0][n0]
    assert np.isclose(d_back, 200.0, atol=1) and np.isclose(d_fwd, 400.0, atol=2)


@pytest.mark.parametrize("value,code", [("yes", 1), ("-1", -1), ("no", 0), ("Sens direct", 1),
                                        ("Sens inverse", -1), ("Double sens", 0), ("Sans objet", 0),
                                        (None, 0), (1, 1), (-1, -1)])
def test_parse_oneway_osm_and_bdtopo(value, code):
    assert N.parse_oneway([value])[0] == code


def test_motorway_is_implied_oneway_and_speeds():
    assert N.parse_oneway([None, "no"], road_class=["motorway", "motorway"]).tolist() == [1, 0]
    sp = N.parse_speed_kmh(["50", "30 mph", None, "FR:urban"], road_class=["primary"] * 3 + ["residential"])
    assert np.allclose(sp, [50.0, 48.28, 50.0, 30.0], atol=0.01)


def test_with_plan_closed_oneway_speed():
    net = N.network_from_lines(grid_lines())
    plan = N.with_plan(net, closed=[0], oneway={1: -1}, speed_factor={2: 0.5})
    assert set(plan.edges["edge_id"]) == set(net.edges["edge_id"]) - {0, 1, 2}
    t_old = net.edges.set_index("edge_id").loc[4, "time_s"]
    assert np.isclose(plan.edges.set_index("edge_id").loc[4, "time_s"], 2 * t_old)
    assert len(net.edges) == 24                      # the original is untouched
    with pytest.raises(InputError, match="not in the network"):
        N.with_plan(net, closed=[999])


def test_segment_wkb_is_linestring_of_segment_vertices():
    from shapely import wkb
    net = N.network_from_lines(grid_lines())
    geoms = N.segment_wkb(net, [3])
    line = wkb.loads(geoms[0])
    x, y = net.segment_coords(3, lonlat=True)
    assert np.allclose(np.asarray(line.coords), np.column_stack([x, y]))


def test_no_lines_is_an_input_error():
    with pytest.raises(InputError, match="no lines"):
        N.build_network([], [], [0], layer="roads.gpkg")
    with pytest.raises(InputError, match="roads.gpkg"):
        N.build_network([], [], [0], layer="roads.gpkg")


def test_projected_coordinates_are_refused():
    with pytest.raises(InputError, match="not longitude/latitude"):
        N.build_network([651000.0, 652000.0], [6862000.0, 6862000.0], [0, 2])


def test_unnoded_layer_is_an_error_and_isolated_piece_a_warning():
    # 6 crossing lines that never share a vertex: an un-noded layer
    lines = [[pt(0, y), pt(500, y)] for y in (0, 100, 200)] + [[pt(x, -50), pt(x, 250)] for x in (50, 250, 450)]
    with pytest.raises(InputError, match="unconnected pieces"):
        N.network_from_lines(lines)
    # a connected grid plus one small street far away: a warning, not an error
    net = N.network_from_lines(grid_lines() + [[pt(2000, 0), pt(2050, 0)]])
    assert len(net.warnings) == 1 and "not connected" in net.warnings[0]
    assert N.topology_report(net)["n_components"] == 2


def test_motor_network_closes_footways_and_keeps_ids():
    lines = grid_lines()
    classes = ["residential", "footway", "cycleway", "primary", "path", "service"]
    net = N.network_from_lines(lines, road_class=classes)
    car = N.motor_network(net)
    closed = set(car.segments.loc[car.segments["oneway"] == N.CLOSED, "line_index"])
    assert closed == {1, 2, 4}
    assert (car.segments["segment_id"] == net.segments["segment_id"]).all()
    assert len(car.edges) == len(net.edges) - 2 * 2 * 3


def test_from_frame_reads_osm_and_bdtopo_columns():
    import pandas as pd
    coords = [np.array(line) for line in grid_lines()]
    frame = pd.DataFrame({"nature": ["Route à 1 chaussée"] * 6,
                          "sens": ["Sens direct", "Sens inverse", "Double sens", "Double sens", "Double sens",
                                   "Double sens"],
                          "vitesse_moyenne_vl": [50, 30, 30, 30, 30, 30]})
    net = N.Network.from_frame(frame, coords)
    seg = net.segments.set_index("line_index")
    assert set(seg.loc[0, "oneway"]) == {1} and set(seg.loc[1, "oneway"]) == {-1}
    assert set(seg.loc[0, "speed_kmh"]) == {50.0}
    assert len(net.coords) == net.n_segments and net.coords[0].shape[1] == 2


def test_osm_other_tags_are_parsed():
    from tracemob.tracemob_plugin.core.roads.network import parse_osm_other_tags

    tags = parse_osm_other_tags(['"oneway"=>"yes","maxspeed"=>"30","lit"=>"yes"',
                                 '"junction"=>"roundabout"', None, '"name:fi"=>"a \\"b\\" c","oneway"=>"-1"'])
    assert tags["oneway"].tolist() == ["yes", None, None, "-1"]
    assert tags["maxspeed"].tolist() == ["30", None, None, None]
    assert tags["junction"].tolist() == [None, "roundabout", None, None]
