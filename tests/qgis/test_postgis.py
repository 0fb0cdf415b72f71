"""PostGIS as input and output (processing/postgis.py), against a real throwaway PostgreSQL + PostGIS
cluster (tests/support/pgcluster.py: Debian's packages, initdb into a temporary folder, 127.0.0.1 on a
free port, stopped at the end).

``scripts/run_tests.sh`` installs PostgreSQL and PostGIS and sets ``TRACEMOB_REQUIRE_POSTGIS=1``: the
tests then fail loudly when the cluster cannot start; elsewhere they are skipped with the reason.
"""
import sys
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProcessingFeedback, QgsVectorLayer

from tracemob.processing import bulk, frames
from tracemob.tracemob_plugin import compat

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from pgcluster import throwaway_postgis  # noqa: E402


@pytest.fixture(scope="module")
def pg():
    yield from throwaway_postgis()


@pytest.fixture(scope="module")
def in_postgis(pg, tracemob_provider, sample_dir):
    """importtraces of the three embedded days straight into PostGIS, then segmenttrips PostGIS -> PostGIS."""
    import processing

    res = processing.run("tracemob:importtraces", {"INPUT": [str(sample_dir)],
                                                   "OUTPUT": pg.destination("study", "points")},
                         feedback=QgsProcessingFeedback())
    seg = processing.run("tracemob:segmenttrips", {
        "INPUT": pg.source("study", "points"), "OUTPUT_STAYS": pg.destination("study", "stays"),
        "OUTPUT_TRIPS": pg.destination("study", "trips"), "OUTPUT_LEGS": pg.destination("study", "legs"),
        "OUTPUT_GAPS": pg.destination("study", "gaps", geom=False)}, feedback=QgsProcessingFeedback())
    return res, seg


def _pg_layer(pg, table, geom="geom"):
    layer = QgsVectorLayer(pg.source("study", table, geom)[len("postgres://"):], table, "postgres")
    assert layer.isValid(), table
    return layer


def test_importtraces_loads_straight_into_postgis_with_indexes(pg, in_postgis, sample_dir):
    from tracemob.tracemob_plugin.core.ingest import read_traces

    truth = read_traces(str(sample_dir)).points
    assert int(pg.sql("SELECT count(*) FROM study.points")) == len(truth) == 579
    indexes = pg.sql("SELECT string_agg(indexdef, ' | ') FROM pg_indexes WHERE schemaname = 'study' "
                     "AND tablename = 'points'")
    assert "USING gist (geom)" in indexes and "(user_id)" in indexes
    assert pg.sql("SELECT DISTINCT ST_SRID(geom) FROM study.points") == "4326"
    ms = np.sort(np.array(pg.sql("SELECT round(extract(epoch FROM time) * 1000) FROM study.points").split(),
                          dtype=float))
    step = 1000 if compat.OGR_DATETIME_UNIT == "s" else 1   # as QGIS's own writer: whole s on 3.22, ms since 3.28
    np.testing.assert_array_equal(ms, np.sort(truth["time"].astype("int64").to_numpy() // 1_000_000 // step * step))
    lon = np.sort(np.array(pg.sql("SELECT ST_X(geom) FROM study.points").split(), dtype=float))
    np.testing.assert_allclose(lon, np.sort(truth["lon"].to_numpy()), atol=1e-12)


def test_segmenttrips_from_postgis_to_postgis_matches_the_geopackage_run(pg, in_postgis, tmp_path):
    import processing

    gpkg = processing.run("tracemob:importtraces", {"INPUT": [str(Path(__file__).resolve().parents[2] / "resources"
                                                                  / "sample" / "emission")],
                                                    "OUTPUT": str(tmp_path / "points.gpkg")},
                          feedback=QgsProcessingFeedback())["OUTPUT"]
    ref = processing.run("tracemob:segmenttrips", {"INPUT": gpkg, "OUTPUT_LEGS": "TEMPORARY_OUTPUT",
                                                   "OUTPUT_TRIPS": "TEMPORARY_OUTPUT", "OUTPUT_STAYS": "TEMPORARY_OUTPUT"},
                         feedback=QgsProcessingFeedback())
    for key, table in (("OUTPUT_LEGS", "legs"), ("OUTPUT_TRIPS", "trips"), ("OUTPUT_STAYS", "stays")):
        want = sorted((f[table[:-1] + "_id"], f.geometry().asWkt(7)) for f in ref[key].getFeatures())
        got = sorted((f[table[:-1] + "_id"], f.geometry().asWkt(7)) for f in _pg_layer(pg, table).getFeatures())
        assert got == want and len(got) > 0
    assert "USING gist (geom)" in pg.sql("SELECT string_agg(indexdef, ' | ') FROM pg_indexes WHERE tablename = 'legs'")
    assert int(pg.sql("SELECT count(*) FROM study.gaps")) >= 0


def test_postgis_layer_read_in_bulk_like_the_feature_path(pg, in_postgis, monkeypatch):
    from qgis.core import QgsProcessingContext, QgsProcessingFeatureSource, QgsProject

    layer = _pg_layer(pg, "points")
    layer.setSubsetString("accuracy_m < 20")

    class _Alg:
        def parameterAsVectorLayer(self, parameters, name, context):  # noqa: N802
            return layer

    def read(flag):
        monkeypatch.setenv("TRACEMOB_BULK", flag)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        src = QgsProcessingFeatureSource(layer, context)
        bulk.remember(src, _Alg(), {"INPUT": layer}, "INPUT", context)
        return frames.source_to_points_frame(src, context, QgsProcessingFeedback())

    used = []
    real = bulk._read
    monkeypatch.setattr(bulk, "_read", lambda *a, **k: used.append(1) or real(*a, **k))
    fast = read("1").sort_values("id").reset_index(drop=True)
    slow = read("0").sort_values("id").reset_index(drop=True)
    assert used and 0 < len(fast) < 579 and (fast["accuracy_m"] < 20).all()
    assert list(fast.columns) == list(slow.columns)
    for column in fast.columns:
        if str(fast[column].dtype).startswith("datetime"):
            assert ((fast[column] - slow[column]).dt.total_seconds().abs() <= 0.001).all()
        else:
            assert fast[column].dtype == slow[column].dtype, column
            assert fast[column].equals(slow[column]), column
    assert compat.field_kind(layer.fields().field("time")) == "datetime"


def test_segmenttrips_reads_postgis_by_partitions_of_participants(pg, in_postgis, monkeypatch):
    """Three participants (one per day), partitions of one participant read from PostGIS in turn
    (``user_id IN (...)`` on the server): the same layers as one read."""
    import processing

    pg.sql("CREATE TABLE study.three AS SELECT * FROM study.points; UPDATE study.three SET user_id = source_file; "
           "ALTER TABLE study.three ADD PRIMARY KEY (id)")
    out = {}
    for budget in ("100000000", "1"):
        monkeypatch.setenv("TRACEMOB_PARTITION_FIXES", budget)
        out[budget] = processing.run("tracemob:segmenttrips", {
            "INPUT": pg.source("study", "three"), "OUTPUT_TRIPS": "TEMPORARY_OUTPUT", "OUTPUT_LEGS": "TEMPORARY_OUTPUT",
            "OUTPUT_STAYS": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())
    for key in ("OUTPUT_TRIPS", "OUTPUT_LEGS", "OUTPUT_STAYS"):
        a = [(f.attributes(), f.geometry().asWkt(7)) for f in out["100000000"][key].getFeatures()]
        b = [(f.attributes(), f.geometry().asWkt(7)) for f in out["1"][key].getFeatures()]
        assert len(a) == len(b) > 0
        assert len({f["user_id"] for f in out["1"][key].getFeatures()}) == 3  # one participant per day
        for (x, gx), (y, gy) in zip(a, b):
            assert gx == gy
            assert [round(v, 6) if isinstance(v, float) else v for v in x] == \
                [round(v, 6) if isinstance(v, float) else v for v in y]
