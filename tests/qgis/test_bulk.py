"""The bulk data path (processing/bulk.py) gives what the feature-by-feature path gives.

Real data: the embedded e-mission days, written by importtraces / segmenttrips into GeoPackages, then
read back by both paths (the same frames), with a subset string, a selection and a feature limit;
GeoPackages written in bulk are valid (R-tree check, feature count, extent) and read back by QGIS to
the millisecond.
"""
import sqlite3

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from tracemob.processing import bulk, frames
from tracemob.tracemob_plugin import compat


@pytest.fixture(scope="module")
def gpkgs(tracemob_provider, sample_dir, tmp_path_factory):
    """importtraces + segmenttrips on the three embedded days, GeoPackage outputs (bulk path)."""
    import processing

    out = tmp_path_factory.mktemp("bulk")
    res = processing.run("tracemob:importtraces", {
        "INPUT": [str(sample_dir)], "OUTPUT": str(out / "points.gpkg"), "OUTPUT_MOTION": str(out / "motion.gpkg")},
        feedback=QgsProcessingFeedback())
    seg = processing.run("tracemob:segmenttrips", {
        "INPUT": res["OUTPUT"], "OUTPUT_STAYS": str(out / "stays.gpkg"), "OUTPUT_TRIPS": str(out / "trips.gpkg"),
        "OUTPUT_LEGS": str(out / "legs.gpkg"), "OUTPUT_GAPS": str(out / "gaps.gpkg")},
        feedback=QgsProcessingFeedback())
    return {"points": res["OUTPUT"], "motion": res["OUTPUT_MOTION"], "stays": seg["OUTPUT_STAYS"],
            "trips": seg["OUTPUT_TRIPS"], "legs": seg["OUTPUT_LEGS"], "gaps": seg["OUTPUT_GAPS"]}


class _Alg:
    """The two calls of an algorithm the bulk path needs, on a plain layer."""

    def __init__(self, layer):
        self.layer = layer

    def parameterAsVectorLayer(self, parameters, name, context):  # noqa: N802
        return self.layer


def _source(layer, definition=None):
    from qgis.core import QgsProcessingFeatureSource

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    src = QgsProcessingFeatureSource(layer, context)
    keep = [layer]  # QgsProcessingFeatureSource does not own its layer: keep the materialized ones alive
    if definition is not None:
        if definition.selectedFeaturesOnly:
            keep.append(layer.materialize(QgsFeatureRequest().setFilterFids(layer.selectedFeatureIds())))
            src = QgsProcessingFeatureSource(keep[-1], context)
        if definition.featureLimit >= 0:
            keep.append(layer.materialize(QgsFeatureRequest().setFilterFids(
                sorted(f.id() for f in src.getFeatures())[:definition.featureLimit])))
            src = QgsProcessingFeatureSource(keep[-1], context)
    src.keep_alive = keep
    bulk.remember(src, _Alg(layer), {"INPUT": definition or layer}, "INPUT", context)
    return src, context


def _both(monkeypatch, layer, read, definition=None, expect_bulk=True):
    """(bulk result, feature-path result) of ``read(source, context)``."""
    src, context = _source(layer, definition)
    assert getattr(src, bulk._ORIGIN, None) is not None
    calls = []
    real = bulk._read

    def spy(*args, **kwargs):
        out = real(*args, **kwargs)
        calls.append(out is not None)
        return out

    monkeypatch.setattr(bulk, "_read", spy)
    fast = read(src, context)
    if expect_bulk:
        assert calls == [True] * len(calls) and calls, "the bulk path did not run"
    monkeypatch.setenv("TRACEMOB_BULK", "0")
    slow_src, slow_context = _source(layer, definition)
    slow = read(slow_src, slow_context)
    monkeypatch.delenv("TRACEMOB_BULK")
    return fast, slow


def _same(a, b):
    """Equal frames; times within 1 ms: QGIS reads OGR's float seconds and truncates them to the
    millisecond below (…35.981 s comes back as …35.980), the Arrow stream keeps the exact millisecond."""
    assert list(a.columns) == list(b.columns)
    a, b = a.reset_index(drop=True).copy(), b.reset_index(drop=True).copy()
    for c in a.columns:
        assert a[c].dtype == b[c].dtype, (c, a[c].dtype, b[c].dtype)
        if pd.api.types.is_datetime64_any_dtype(a[c].dtype):
            assert (a[c].isna() == b[c].isna()).all()
            gap = (a[c] - b[c]).dt.total_seconds().abs().fillna(0)
            assert (gap <= 0.001 + 1e-9).all(), c
            a[c] = b[c]
    pd.testing.assert_frame_equal(a, b, check_exact=True)


def _layer(path):
    layer = QgsVectorLayer(str(path), "x", "ogr")
    assert layer.isValid(), path
    return layer


def test_points_frame_same_on_both_paths(gpkgs, monkeypatch):
    layer = _layer(gpkgs["points"])
    fb = QgsProcessingFeedback()
    fast, slow = _both(monkeypatch, layer, lambda s, c: frames.source_to_points_frame(s, c, fb))
    assert len(fast) == 579
    _same(fast, slow)
    assert str(fast["time"].dtype) == "datetime64[ns, UTC]"


def test_tables_lines_and_vertices_same_on_both_paths(gpkgs, monkeypatch):
    fb = QgsProcessingFeedback()
    for name in ("stays", "trips", "legs", "motion", "gaps"):
        # GDAL 3.6's GeoPackage Arrow reader misreads booleans (stays.is_activity): the feature path reads them
        expect = name != "stays" or bulk._arrow_bools_ok()
        fast, slow = _both(monkeypatch, _layer(gpkgs[name]), lambda s, c: frames.source_to_table_frame(s, c, fb),
                           expect_bulk=expect)
        _same(fast, slow)
    for name in ("trips", "legs"):
        (fa, wa), (fs, ws) = _both(monkeypatch, _layer(gpkgs[name]), lambda s, c: frames.source_to_wkb_frame(s, c, fb))
        _same(fa, fs)
        assert [bytes(w) for w in wa] == [bytes(w) for w in ws]
        fast, slow = _both(monkeypatch, _layer(gpkgs[name]),
                           lambda s, c: frames.source_to_vertices_frame(s, c, fb, name[:-1] + "_id"))
        assert len(fast) > 0
        _same(fast, slow)


def test_subset_selection_and_limit_are_honoured(gpkgs, monkeypatch):
    fb = QgsProcessingFeedback()
    layer = _layer(gpkgs["points"])
    layer.setSubsetString("\"accuracy_m\" < 20")
    fast, slow = _both(monkeypatch, layer, lambda s, c: frames.source_to_points_frame(s, c, fb))
    assert 0 < len(fast) < 579 and (fast["accuracy_m"] < 20).all()
    _same(fast, slow)
    layer.setSubsetString("")
    ids = sorted(f.id() for f in layer.getFeatures())[10:60:3]
    layer.selectByIds(ids)
    definition = QgsProcessingFeatureSourceDefinition(layer.source(), True)
    fast, slow = _both(monkeypatch, layer, lambda s, c: frames.source_to_points_frame(s, c, fb), definition)
    assert len(fast) == len(ids)
    _same(fast, slow)
    definition = QgsProcessingFeatureSourceDefinition(layer.source(), False, 25)
    fast, slow = _both(monkeypatch, layer, lambda s, c: frames.source_to_points_frame(s, c, fb), definition)
    assert len(fast) == 25
    _same(fast, slow)


def test_reprojected_points_layer(gpkgs, monkeypatch, tmp_path):
    import processing

    fb = QgsProcessingFeedback()
    out = processing.run("native:reprojectlayer", {"INPUT": gpkgs["points"], "TARGET_CRS": "EPSG:2154",
                                                   "OUTPUT": str(tmp_path / "l93.gpkg")})["OUTPUT"]
    fast, slow = _both(monkeypatch, _layer(out), lambda s, c: frames.source_to_points_frame(s, c, fb,
                                                                                            fields=["user_id"]))
    np.testing.assert_allclose(fast[["lon", "lat"]].to_numpy(), slow[["lon", "lat"]].to_numpy(), atol=1e-9)


def test_bulk_geopackages_are_valid_and_read_back_like_the_feature_path_writes(gpkgs, sample_dir):
    from tracemob.tracemob_plugin.core.ingest import read_traces

    for name in ("points", "stays", "trips", "legs"):
        path = str(gpkgs[name]).split("|")[0]
        con = sqlite3.connect(path)
        table = con.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'").fetchone()[0]
        assert con.execute("SELECT rtreecheck('rtree_{}_geom')".format(table)).fetchone()[0] == "ok"
        n = con.execute('SELECT count(*) FROM "{}"'.format(table)).fetchone()[0]
        assert con.execute("SELECT count(*) FROM rtree_{}_geom".format(table)).fetchone()[0] == n
        assert con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?",
                           (table,)).fetchone()[0] == n
        triggers = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert "rtree_{}_geom_insert".format(table) in triggers
        con.close()
        layer = _layer(gpkgs[name])
        assert layer.featureCount() == n and not layer.extent().isEmpty()
    truth = read_traces(str(sample_dir)).points
    layer = _layer(gpkgs["points"])
    ms = np.sort([compat.qdatetime_to_msecs(f["time"]) for f in layer.getFeatures()])
    # as the feature path writes them: whole seconds with QGIS 3.22, milliseconds since 3.28 (bulk.TIME_UNIT)
    step = 1000 if compat.OGR_DATETIME_UNIT == "s" else 1
    want = np.sort(truth["time"].astype("int64").to_numpy() // 1_000_000 // step * step)
    np.testing.assert_array_equal(ms, want)


def test_feature_path_and_bulk_path_outputs_agree(tracemob_provider, sample_dir, tmp_path, monkeypatch):
    """importtraces through both paths: the same features (times to the precision the running QGIS writes)."""
    import processing

    results = {}
    for flag in ("1", "0"):
        monkeypatch.setenv("TRACEMOB_BULK", flag)
        out = processing.run("tracemob:importtraces", {"INPUT": [str(sample_dir / "shankari_2016-07-22.json")],
                                                       "OUTPUT": str(tmp_path / "p{}.gpkg".format(flag))},
                             feedback=QgsProcessingFeedback())["OUTPUT"]
        layer = _layer(out)
        rows = []
        for f in layer.getFeatures():
            attrs = [None if compat.is_null(v) else v for v in f.attributes()[1:]]
            attrs[1] = compat.qdatetime_to_msecs(f["time"])
            p = f.geometry().asPoint()
            rows.append(tuple(attrs) + (p.x(), p.y()))
        results[flag] = rows
    assert results["1"] == results["0"]


def test_segmenttrips_by_partitions_gives_the_one_shot_layers(gpkgs, tmp_path, monkeypatch):
    """segmenttrips on the three real days (three participants) in partitions of one participant each:
    the same stays, trips and legs as in one partition."""
    import processing

    # one participant per day
    points = processing.run("native:fieldcalculator", {
        "INPUT": gpkgs["points"], "FIELD_NAME": "user_id", "FIELD_TYPE": 2, "FIELD_LENGTH": 0, "FIELD_PRECISION": 0,
        "NEW_FIELD": False, "FORMULA": "\"source_file\"", "OUTPUT": str(tmp_path / "three.gpkg")})["OUTPUT"]
    assert len({f["user_id"] for f in _layer(points).getFeatures()}) == 3
    layers = {}
    for budget in ("100000000", "1"):
        monkeypatch.setenv("TRACEMOB_PARTITION_FIXES", budget)
        res = processing.run("tracemob:segmenttrips", {
            "INPUT": points, "OUTPUT_STAYS": "TEMPORARY_OUTPUT", "OUTPUT_TRIPS": "TEMPORARY_OUTPUT",
            "OUTPUT_LEGS": "TEMPORARY_OUTPUT", "OUTPUT_POINTS": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())
        layers[budget] = res
    for key in ("OUTPUT_STAYS", "OUTPUT_TRIPS", "OUTPUT_LEGS", "OUTPUT_POINTS"):
        a, b = layers["100000000"][key], layers["1"][key]
        rows_a = [(f.attributes(), f.geometry().asWkt(6)) for f in a.getFeatures()]
        rows_b = [(f.attributes(), f.geometry().asWkt(6)) for f in b.getFeatures()]
        assert len(rows_a) == len(rows_b) > 0
        for (attrs_a, geom_a), (attrs_b, geom_b) in zip(rows_a, rows_b):
            assert geom_a == geom_b
            for x, y in zip(attrs_a, attrs_b):
                assert x == pytest.approx(y, rel=1e-9) if isinstance(x, float) else x == y


def test_infermodes_and_emissions_by_partitions_give_the_one_shot_layers(gpkgs, tmp_path, monkeypatch):
    """Legs of three participants (one per real day) in GeoPackages: infermodes then computeemissions with
    partitions of one participant each give the layers of one read."""
    import processing

    points = processing.run("native:fieldcalculator", {
        "INPUT": gpkgs["points"], "FIELD_NAME": "user_id", "FIELD_TYPE": 2, "FIELD_LENGTH": 0, "FIELD_PRECISION": 0,
        "NEW_FIELD": False, "FORMULA": "\"source_file\"", "OUTPUT": str(tmp_path / "three.gpkg")})["OUTPUT"]
    legs = processing.run("tracemob:segmenttrips", {"INPUT": points, "OUTPUT_LEGS": str(tmp_path / "legs.gpkg")},
                          feedback=QgsProcessingFeedback())["OUTPUT_LEGS"]
    rows = {}
    for budget in ("100000000", "1"):
        monkeypatch.setenv("TRACEMOB_PARTITION_FIXES", budget)
        feedback = QgsProcessingFeedback()
        modes = processing.run("tracemob:infermodes", {"INPUT": legs, "OUTPUT": str(tmp_path / "m{}.gpkg".format(budget))},
                               feedback=feedback)["OUTPUT"]
        co2 = processing.run("tracemob:computeemissions", {"INPUT": modes,
                                                           "OUTPUT": str(tmp_path / "c{}.gpkg".format(budget))},
                             feedback=QgsProcessingFeedback())
        layer = _layer(co2["OUTPUT"])
        rows[budget] = ([(f.attributes()[1:], f.geometry().asWkt(7)) for f in layer.getFeatures()],
                        round(co2["TOTAL_CO2E_KG"], 9))
    assert len({r[0][2] for r in rows["1"][0]}) == 3
    assert rows["1"] == rows["100000000"] and len(rows["1"][0]) > 0


def test_invalid_line_geometries_follow_the_processing_setting(tmp_path):
    """A legs layer with a line of one repeated vertex: skipped (with a warning) or fatal as the context says,
    on both paths."""
    from osgeo import ogr, osr
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingException, QgsProcessingFeatureSource

    path = str(tmp_path / "bad.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    lyr = ds.CreateLayer("legs", srs, ogr.wkbLineStringM)
    lyr.CreateField(ogr.FieldDefn("leg_id", ogr.OFTString))
    for i, wkt in enumerate(["LINESTRING M (0 0 1, 1 1 2)", "LINESTRING M (2 2 3, 2 2 4)", "LINESTRING M (3 3 5, 4 4 6)"]):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("leg_id", "L%d" % i)
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds = None
    layer = _layer(path)
    # (the feature path's abort is a C++ exception inside QGIS's iterator: it aborts a bare Python loop, so only
    # the bulk path's abort is tested here)
    for check, flag in ((QgsFeatureRequest.GeometrySkipInvalid, "1"), (QgsFeatureRequest.GeometrySkipInvalid, "0"),
                        (QgsFeatureRequest.GeometryAbortOnInvalid, "1")):
        import os

        os.environ["TRACEMOB_BULK"] = flag
        try:
            context = QgsProcessingContext()
            context.setInvalidGeometryCheck(check)
            src = QgsProcessingFeatureSource(layer, context)
            bulk.remember(src, _Alg(layer), {"INPUT": layer}, "INPUT", context)
            if check == QgsFeatureRequest.GeometrySkipInvalid:
                frame, wkbs = frames.source_to_wkb_frame(src, context, QgsProcessingFeedback(), fields=["leg_id"])
                assert frame["leg_id"].tolist() == ["L0", "L2"] and len(wkbs) == 2
            else:
                with pytest.raises(QgsProcessingException):
                    frames.source_to_wkb_frame(src, context, QgsProcessingFeedback(), fields=["leg_id"])
        finally:
            os.environ.pop("TRACEMOB_BULK", None)


@pytest.mark.parametrize("suffix", ["+02:00", "-0130", ".250+02", "Z"])
def test_times_with_a_utc_offset_are_read_as_instants(gpkgs, tmp_path, monkeypatch, suffix):
    """GDAL 3.6's Arrow stream gives an offset time's wall clock: a GeoPackage holding one makes the
    read take the feature path, which gives the instant; ``Z`` (UTC) stays on the bulk path."""
    import shutil

    path = tmp_path / "points.gpkg"
    shutil.copy(gpkgs["points"].split("|")[0], path)
    from osgeo import ogr

    ds = ogr.Open(str(path), 1)  # GDAL's SQLite functions: the R-tree triggers call ST_IsEmpty
    ds.ExecuteSQL("UPDATE points SET time = substr(time, 1, 19) || '{}' WHERE fid = 100".format(suffix))
    ds = None
    fb = QgsProcessingFeedback()
    fast, slow = _both(monkeypatch, _layer(path), lambda s, c: frames.source_to_points_frame(s, c, fb),
                       expect_bulk=suffix == "Z")
    _same(fast, slow)
    assert probe_says(path) == (suffix != "Z")


def probe_says(path):
    from osgeo import ogr

    ds = ogr.Open(str(path))

    class T:
        pass

    t = T()
    t.ds, t.lyr = ds, ds.GetLayerByName("points")
    bulk._OFFSETS.clear()
    return bulk._gpkg_has_offsets(t, ["time"])


def test_freed_memory_is_handed_back_after_reads_domain_calls_and_written_chunks(gpkgs, tmp_path, monkeypatch):
    """``release_free_memory`` (glibc's malloc_trim: 2 M CSV fixes, 640 MB resident after the read, 190 MB
    after the trim) runs after the bulk read, the domain call and each chunk written."""
    import processing
    from qgis.core import QgsProcessingFeedback

    from tracemob.processing import memory

    calls = []
    monkeypatch.setattr(memory, "_LIBC", [lambda pad: calls.append(pad)])
    processing.run("tracemob:segmenttrips", {
        "INPUT": gpkgs["points"], "OUTPUT_STAYS": str(tmp_path / "s.gpkg"), "OUTPUT_TRIPS": str(tmp_path / "t.gpkg"),
        "OUTPUT_LEGS": str(tmp_path / "l.gpkg")}, feedback=QgsProcessingFeedback())
    # one bulk read, one domain call per partition, one chunk per output at least
    assert len(calls) >= 5 and set(calls) == {0}


def test_polygon_outputs_are_written_in_bulk_with_their_spatial_index(gpkgs, tmp_path, monkeypatch):
    """Zones (MultiPolygons) of modalshare go through the bulk writer too: the R-tree holds each zone's
    box and QGIS reads the polygons back."""
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsProcessingFeedback

    zones = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=zone_id:string", "zones", "memory")
    feats = []
    for zid, wkt in (("west", "MultiPolygon(((-123 37, -122.2 37, -122.2 38, -123 38, -123 37)))"),
                     ("east", "MultiPolygon(((-122.2 37, -121 37, -121 38, -122.2 38, -122.2 37)),"
                              "((-120 36, -119 36, -119 37, -120 36)))")):
        f = QgsFeature(zones.fields())
        f.setAttributes([zid])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    assert zones.dataProvider().addFeatures(feats)
    results = []
    real = frames._bulk_write
    monkeypatch.setattr(frames, "_bulk_write", lambda *a: results.append(real(*a)) or results[-1])
    modes = processing.run("tracemob:infermodes", {"INPUT": gpkgs["legs"], "OUTPUT": str(tmp_path / "m.gpkg")},
                           feedback=QgsProcessingFeedback())["OUTPUT"]
    results.clear()
    out = tmp_path / "ms.gpkg"
    processing.run("tracemob:modalshare", {"TRIPS": gpkgs["trips"], "LEGS": modes, "ZONES": zones,
                                           "MIN_USERS": 2, "MIN_TRIPS": 1, "OUTPUT": str(out)},
                   feedback=QgsProcessingFeedback())
    assert results and results[0] is not None  # no fallback to the feature path
    con = sqlite3.connect(out)
    table = con.execute("SELECT table_name FROM gpkg_geometry_columns").fetchone()[0]
    boxes = con.execute(f'SELECT minx, maxx, miny, maxy FROM "rtree_{table}_geom" ORDER BY id').fetchall()
    con.close()
    assert len(boxes) == 2
    assert boxes[1][0] == pytest.approx(-122.2, abs=1e-4) and boxes[1][1] == pytest.approx(-119, abs=1e-4)
    layer = _layer(out)
    geoms = {f["zone_id"]: f.geometry() for f in layer.getFeatures()}
    assert geoms["east"].constGet().numGeometries() == 2 and geoms["west"].area() == pytest.approx(0.8)


def test_the_packed_rtree_of_many_boxes_answers_like_a_scan_and_frees_its_columns():
    """Three levels of nodes (50,000 boxes): rtreecheck, and window queries give what a scan of the boxes gives;
    the columns handed to the loader are released (a large layer's close keeps less memory)."""
    rng = np.random.default_rng(3)
    n = 50_000
    x, y = rng.uniform(2, 3, n), rng.uniform(48, 49, n)
    w, h = rng.uniform(0, 0.01, n), rng.uniform(0, 0.01, n)
    ids = np.arange(1, n + 1, dtype=np.int64)
    boxes = (bulk._f32_down(x), bulk._f32_up(x + w), bulk._f32_down(y), bulk._f32_up(y + h))
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE rtree_t_geom USING rtree(id, minx, maxx, miny, maxy)")
    parts = [ids, *boxes]
    bulk._rtree_bulk_load_parts(con, "rtree_t_geom", parts)
    assert parts == []
    assert con.execute("SELECT rtreecheck('rtree_t_geom')").fetchone() == ("ok",)
    assert con.execute("SELECT max(nodeno) FROM rtree_t_geom_node").fetchone()[0] > 1000  # several levels
    for qx, qy, size in ((2.5, 48.5, 0.05), (2.01, 48.99, 0.002), (2.9, 48.1, 0.2)):
        got = sorted(r[0] for r in con.execute(
            "SELECT id FROM rtree_t_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?",
            (qx, qx + size, qy, qy + size)))
        hit = (boxes[1] >= qx) & (boxes[0] <= qx + size) & (boxes[3] >= qy) & (boxes[2] <= qy + size)
        assert got == ids[hit].tolist() and len(got) > 0


def test_an_inconsistent_gdal_batch_is_read_again_and_never_mixes_rows(gpkgs, monkeypatch):
    """GDAL's Arrow stream once gave 65,536 feature ids beside 185 geometries (Debian 13, GDAL 3.10, a GeoPackage
    read with an attribute filter). Such a batch is read again (the GeoPackage worker threads off); three in a row
    stop the algorithm with a message, never a frame whose rows are mixed up."""
    layer = _layer(gpkgs["points"])
    fb = QgsProcessingFeedback()
    real = bulk._stream
    calls = []

    def flaky(bad):
        def stream(table, names, kinds, with_geometry, feedback):
            calls.append(1)
            if len(calls) <= bad:
                bulk._check_batch("geometry", np.zeros(185), 65536)
            return real(table, names, kinds, with_geometry, feedback)
        return stream

    monkeypatch.setattr(bulk, "_stream", flaky(1))
    src, context = _source(layer)
    again = frames.source_to_points_frame(src, context, fb)
    assert len(calls) == 2 and len(again) == 579
    monkeypatch.setattr(bulk, "_stream", real)
    src, context = _source(layer)
    _same(again, frames.source_to_points_frame(src, context, fb))
    calls.clear()
    monkeypatch.setattr(bulk, "_stream", flaky(3))
    src, context = _source(layer)
    with pytest.raises(QgsProcessingException, match="inconsistent data three times"):
        frames.source_to_points_frame(src, context, fb)
    assert len(calls) == 3
