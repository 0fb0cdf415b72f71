"""tracemob:simulatetraces with public-transport riders (GTFS feed and true sections written) and
tracemob:transitperformance on its true legs: the sections' run times against the truth, the privacy rule."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tracemob.tracemob_plugin.core.indicators.transit_performance import COLUMNS
from tracemob.tracemob_plugin.core.ingest.gtfs import read_gtfs

SIM = {"CITIZENS": 40, "DAYS": 2, "START_DATE": "2026-03-02", "SEED": 4, "MODE_MIX": 2, "PT_SHARE": 0.9}


def _layer(value, key):
    layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, key, "ogr")
    assert layer.isValid(), key
    return layer


def _simulate(run_alg, tmp_path):
    gtfs = str(tmp_path / "lines.zip")
    res, fb = run_alg("tracemob:simulatetraces", dict(SIM, OUTPUT_POINTS="TEMPORARY_OUTPUT",
                                                      OUTPUT_TRIPS="TEMPORARY_OUTPUT", OUTPUT_LEGS="TEMPORARY_OUTPUT",
                                                      OUTPUT_PLACES="TEMPORARY_OUTPUT",
                                                      OUTPUT_SEGMENTS="TEMPORARY_OUTPUT",
                                                      OUTPUT_SECTIONS="TEMPORARY_OUTPUT", OUTPUT_GTFS=gtfs))
    return res, fb, gtfs


def test_riders_gtfs_sections_and_transitperformance(run_alg, tmp_path):
    """One simulation (a few seconds) for the three steps."""
    res, fb, gtfs = _simulate(run_alg, tmp_path)
    feed = read_gtfs(gtfs)
    assert res["OUTPUT_GTFS"] == gtfs and set(feed.routes["mode"]) == {"bus", "tram", "metro", "train"}
    legs = _layer(res["OUTPUT_LEGS"], "legs")
    rides = [f for f in legs.getFeatures() if f["mode"] in ("bus", "tram", "metro", "train")]
    assert len(rides) > 20 and all(f["transit_route"] in set(feed.routes.route_name) for f in rides)
    sections = _layer(res["OUTPUT_SECTIONS"], "sections")
    assert sections.featureCount() > len(rides)
    # the log names the feed where the user finds it, not the partial file it was written to
    said = [m for m in fb.infos if "public-transport rides" in m]
    assert len(said) == 1 and gtfs in said[0] and "partial" not in said[0], said
    out, fb = run_alg("tracemob:transitperformance", {"INPUT": res["OUTPUT_LEGS"], "GTFS": gtfs, "BANDS": "",
                                                       "MIN_USERS": 2, "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = _layer(out["OUTPUT"], "sections")
    names = layer.fields().names()
    assert all(c in names for c in COLUMNS if c != "band_index")
    rows = [f for f in layer.getFeatures() if not f["masked"]]
    assert rows and all(f.geometry().length() > 0 for f in rows)
    # the true legs ride at the true pace: run times are those of the truth sections (5 to 3 minutes per stop)
    sections = _layer(res["OUTPUT_SECTIONS"], "sections")
    true = {}
    for f in sections.getFeatures():
        true.setdefault((f["route_id"], f["from_stop_id"], f["to_stop_id"]), []).append(f["run_time_s"])
    err = [f["run_time_median_s"] / np.median(true[(f["route_id"], f["from_stop_id"], f["to_stop_id"])]) - 1
           for f in rows if f["n_passages"] >= 3]
    assert len(err) >= 5 and np.median(np.abs(err)) <= 0.10
    assert any("Privacy threshold lowered" in w for w in fb.warnings)
    # the default threshold (10 participants) hides the thin cells
    out, _ = run_alg("tracemob:transitperformance", {"INPUT": res["OUTPUT_LEGS"], "GTFS": gtfs,
                                                     "OUTPUT": "TEMPORARY_OUTPUT"})
    hidden = [f for f in _layer(out["OUTPUT"], "s").getFeatures() if f["n_users"] < 10]
    assert hidden and all(f["masked"] for f in hidden)
    assert all(f["run_time_median_s"] in (None, "") or f["run_time_median_s"] != f["run_time_median_s"]
               for f in hidden)
    # legs without transit_route (the network segments here) stop the algorithm
    with pytest.raises(QgsProcessingException):
        run_alg("tracemob:transitperformance", {"INPUT": res["OUTPUT_SEGMENTS"], "GTFS": gtfs,
                                                "OUTPUT": "TEMPORARY_OUTPUT"})


def test_beforeafter_compares_the_public_transport_sections(run_alg, tmp_path):
    """beforeafter with the GTFS feed: the sections ridden before and after a date (nothing changed in between:
    ratios around 1, no significant change for most), beside the streets."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    res, _, gtfs = _simulate(run_alg, tmp_path)
    legs = _layer(res["OUTPUT_LEGS"], "legs")
    ext = legs.extent()
    area = QgsVectorLayer("Polygon?crs=EPSG:4326", "study", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(ext.xMinimum(), ext.yMinimum()),
                                              QgsPointXY(ext.xMaximum(), ext.yMinimum()),
                                              QgsPointXY(ext.xMaximum(), ext.yMaximum()),
                                              QgsPointXY(ext.xMinimum(), ext.yMaximum())]]))
    area.dataProvider().addFeatures([f])
    out, fb = run_alg("tracemob:beforeafter", {
        "LEGS": res["OUTPUT_LEGS"], "NETWORK": res["OUTPUT_SEGMENTS"], "TIMEZONE": "Europe/Helsinki", "BANDS": "",
        "CHANGE_DATE": "2026-03-03", "WEEKDAYS_ONLY": False, "STUDY_AREA": area, "N_BOOT": 100, "MIN_USERS": 2,
        "GTFS": gtfs, "OUTPUT_SEGMENTS": "TEMPORARY_OUTPUT", "OUTPUT_TRANSIT": "TEMPORARY_OUTPUT"})
    transit = _layer(out["OUTPUT_TRANSIT"], "transit")
    names = transit.fields().names()
    assert {"route_name", "from_stop_id", "to_stop_id", "tt_before_s", "tt_after_s", "ratio", "ratio_ci_low",
            "ratio_ci_high", "flag", "speed_before_kmh", "speed_after_kmh"} <= set(names)
    rows = [r for r in transit.getFeatures() if r["ratio"] is not None and r["ratio"] == r["ratio"]]
    assert len(rows) >= 5
    assert 0.9 <= np.median([r["ratio"] for r in rows]) <= 1.1
    assert any("public transport compared" in m for m in fb.infos)
