"""tracemob:segmenttrips with public-transport stops (a stops layer or a GTFS feed): a long wait at a stop stays
inside the trip as a wait leg, and tracemob:infermodes names it a wait (tests/unit/test_segmentation_waits.py for
the rule itself)."""
import sys
from pathlib import Path

from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from qgis_helpers import load_unit_module, memory_layer  # noqa: E402

W = load_unit_module("test_segmentation_waits")


def _points():
    pts, _, _ = W._day()
    return memory_layer("Point?crs=EPSG:4326&field=user_id:string&field=time:datetime",
                        [(u, t) for u, t in zip(pts.user_id, pts.time)],
                        [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(pts.lon, pts.lat)])


def _stops():
    s = W._stops(W.STOP, (2400.0, 0.0))
    return memory_layer("Point?crs=EPSG:4326&field=name:string", [("A",), ("B",)],
                        [QgsGeometry.fromPointXY(QgsPointXY(x, y)) for x, y in zip(s.lon, s.lat)])


def _layer(value):
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "l", "ogr")


def test_segmenttrips_with_stops_keeps_the_wait_inside_the_trip(run_alg, tmp_path):
    out = {"OUTPUT_TRIPS": "TEMPORARY_OUTPUT", "OUTPUT_LEGS": str(tmp_path / "legs.gpkg"),
           "OUTPUT_STAYS": "TEMPORARY_OUTPUT"}
    plain, _ = run_alg("tracemob:segmenttrips", dict(out, INPUT=_points()))
    assert _layer(plain["OUTPUT_TRIPS"]).featureCount() == 2
    (tmp_path / "legs.gpkg").unlink()
    res, fb = run_alg("tracemob:segmenttrips", dict(out, INPUT=_points(), NETWORK_STOPS=_stops()))
    assert _layer(res["OUTPUT_TRIPS"]).featureCount() == 1
    assert _layer(res["OUTPUT_STAYS"]).featureCount() == _layer(plain["OUTPUT_STAYS"]).featureCount() - 1
    legs = _layer(res["OUTPUT_LEGS"])
    waits = [f for f in legs.getFeatures() if f["sensed_mode"] == "wait"]
    assert len(waits) == 1 and waits[0].geometry().constGet().numPoints() > 100   # the fixes at the stop
    assert any("1 waits at a public-transport stop" in m for m in fb.infos)
    modes, _ = run_alg("tracemob:infermodes", {"INPUT": res["OUTPUT_LEGS"], "OUTPUT": "TEMPORARY_OUTPUT"})
    by_id = {f["leg_id"]: f["mode"] for f in _layer(modes["OUTPUT"]).getFeatures()}
    assert by_id[waits[0]["leg_id"]] == "wait"


def test_segmenttrips_stops_from_a_gtfs_feed(run_alg, tmp_path):
    """The GTFS feed's stops serve as the stops layer (a feed written by the test, its first stop at the wait)."""
    import zipfile

    s = W._stops(W.STOP, (2400.0, 0.0))
    feed = tmp_path / "feed.zip"
    with zipfile.ZipFile(feed, "w") as z:
        z.writestr("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\nA,Test,http://x,Europe/Paris\n")
        z.writestr("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\n" + "".join(
            "S%d,Stop %d,%.7f,%.7f\n" % (i, i, lat, lon) for i, (lon, lat) in enumerate(zip(s.lon, s.lat))))
        z.writestr("routes.txt", "route_id,route_short_name,route_type\nR1,1,3\n")
        z.writestr("trips.txt", "route_id,service_id,trip_id\nR1,WK,T1\n")
        z.writestr("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
                                     "T1,08:00:00,08:00:00,S0,1\nT1,08:05:00,08:05:00,S1,2\n")
        z.writestr("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,"
                                   "end_date\nWK,1,1,1,1,1,0,0,20260101,20261231\n")
    res, _ = run_alg("tracemob:segmenttrips", {"INPUT": _points(), "GTFS": str(feed),
                                               "OUTPUT_TRIPS": "TEMPORARY_OUTPUT"})
    assert _layer(res["OUTPUT_TRIPS"]).featureCount() == 1


def test_segmenttrips_stops_from_an_openstreetmap_extract(run_alg, tmp_path):
    """An OpenStreetMap extract given as a file serves as the stops: its bus stop at the wait (pole and stop
    position, one stop) keeps the wait inside the trip; a cafe beside it is no stop."""
    s = W._stops(W.STOP, (2400.0, 0.0))
    nodes = []
    for i, (lon, lat) in enumerate(zip(s.lon, s.lat)):
        nodes.append('<node id="%d" version="1" lat="%.7f" lon="%.7f"><tag k="highway" v="bus_stop"/></node>'
                     % (10 + i, lat, lon))
        nodes.append('<node id="%d" version="1" lat="%.7f" lon="%.7f"><tag k="public_transport" v="stop_position"/>'
                     '<tag k="bus" v="yes"/></node>' % (20 + i, lat + 0.00004, lon))
    nodes.append('<node id="30" version="1" lat="%.7f" lon="%.7f"><tag k="amenity" v="cafe"/></node>'
                 % (s.lat[0] + 0.0001, s.lon[0]))
    extract = tmp_path / "town.osm"
    extract.write_text('<?xml version="1.0" encoding="UTF-8"?><osm version="0.6">%s</osm>' % "".join(nodes),
                       encoding="utf-8")
    res, fb = run_alg("tracemob:segmenttrips", {"INPUT": _points(), "NETWORK_OSM": str(extract),
                                               "OUTPUT_TRIPS": "TEMPORARY_OUTPUT"})
    assert _layer(res["OUTPUT_TRIPS"]).featureCount() == 1
    assert any("2 stops by kind {'bus': 2}" in m and "4 stop points" in m for m in fb.infos), fb.infos
