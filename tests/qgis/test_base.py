"""processing/base.py, frames.py, params.py: DataFrame <-> QGIS conversions, domain error mapping, field
detection."""
import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from tracemob.processing import base, frames, params
from tracemob.tracemob_plugin import compat
from tracemob.tracemob_plugin.core.errors import Cancelled, InputError, TracemobError
from tracemob.tracemob_plugin.core.vocab import columns, times


class _Writer(base.TracemobAlgorithm):
    NAME = "testwriter"
    GROUP = "segmentation"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSink("POINTS", "points", compat.TYPE_VECTOR_POINT))
        self.addParameter(QgsProcessingParameterFeatureSink("LINES", "lines", compat.TYPE_VECTOR_LINE))
        self.addParameter(QgsProcessingParameterFeatureSink("TABLE", "table", compat.TYPE_VECTOR,
                                                            None, True, False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return {}


@pytest.fixture()
def writer(qgis_processing_ready):
    alg = _Writer()
    alg.initAlgorithm({})
    return alg


@pytest.fixture()
def context():
    ctx = QgsProcessingContext()
    ctx.setProject(QgsProject.instance())
    return ctx


def _frame():
    t0 = pd.Timestamp("2016-07-22T07:46:06.491Z")
    return pd.DataFrame({
        "lon": [-122.08, -122.07, np.nan],
        "lat": [37.39, 37.40, np.nan],
        "user_id": ["u1", "u1", None],
        "time": pd.to_datetime([t0, t0 + pd.Timedelta(seconds=30), pd.NaT], utc=True),
        "accuracy_m": [5.5, np.nan, 12.0],
        "n_points": np.array([3, 4, 5], dtype="int64"),
        "is_activity": [True, False, True],
    })


def _layer(path, name=None):
    uri = str(path) + ("|layername=" + name if name else "")
    layer = QgsVectorLayer(uri, "t", "ogr")
    assert layer.isValid(), uri
    return layer


def test_points_frame_roundtrip_through_geopackage(writer, context, tmp_path):
    df = _frame()
    gpkg = tmp_path / "pts.gpkg"
    dest = frames.frame_to_sink(writer, {"POINTS": str(gpkg)}, "POINTS", context, df, "point")
    assert dest
    layer = _layer(gpkg)
    assert layer.crs().authid() == "EPSG:4326"
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PointGeometry
    names = layer.fields().names()
    assert names[-5:] == ["user_id", "time", "accuracy_m", "n_points", "is_activity"]
    assert "lon" not in names and "lat" not in names
    kinds = {f.name(): compat.field_kind(f) for f in layer.fields()}
    assert kinds["time"] == "datetime" and kinds["accuracy_m"] == "double" and kinds["n_points"] == "int"
    feats = list(layer.getFeatures())
    assert len(feats) == 3
    assert feats[0].geometry().asPoint().x() == pytest.approx(-122.08)
    assert feats[2].geometry().isNull() or feats[2].geometry().isEmpty()
    assert compat.is_null(feats[2]["user_id"]) and compat.is_null(feats[1]["accuracy_m"])
    # QGIS 3.22 writes GeoPackage date-times to the second (newer versions keep milliseconds)
    assert abs(compat.qdatetime_to_msecs(feats[0]["time"]) - 1469173566491) < 1000

    # and back: source_to_points_frame restores dtypes and UTC times
    back = frames.source_to_points_frame(layer, context, QgsProcessingFeedback(),
                                         fields=["user_id", "time", "accuracy_m", "n_points"])
    assert list(back.columns) == ["lon", "lat", "user_id", "time", "accuracy_m", "n_points"]
    assert str(back["time"].dtype) == "datetime64[ns, UTC]"
    assert abs((back["time"].iloc[0] - df["time"].iloc[0]).total_seconds()) < 1.0
    assert pd.isna(back["time"].iloc[2]) and np.isnan(back["lon"].iloc[2])
    assert back["user_id"].tolist() == ["u1", "u1", None]
    assert back["n_points"].dtype == np.int64 and back["n_points"].tolist() == [3, 4, 5]
    assert np.isnan(back["accuracy_m"].iloc[1])


def test_points_frame_is_reprojected_to_wgs84(writer, context):
    from pyproj import Transformer

    x, y = Transformer.from_crs("EPSG:4326", "EPSG:2154", always_xy=True).transform(2.3499, 48.8530)
    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=name:string", "l93", "memory")
    feat = QgsFeature(layer.fields())
    feat.setAttributes(["Paris"])
    feat.setGeometry(QgsGeometry.fromWkt("POINT ({} {})".format(x, y)))  # Notre-Dame, Lambert-93
    layer.dataProvider().addFeatures([feat])
    df = frames.source_to_points_frame(layer, context, QgsProcessingFeedback())
    assert abs(x - 652_000) < 2_000 and abs(y - 6_862_000) < 2_000  # really projected
    assert df["lon"].iloc[0] == pytest.approx(2.3499, abs=1e-7)
    assert df["lat"].iloc[0] == pytest.approx(48.8530, abs=1e-7)
    assert df["name"].tolist() == ["Paris"]


def test_lines_with_m_roundtrip_to_vertices_frame(writer, context, tmp_path):
    pts = pd.DataFrame({"lon": [2.0, 2.001, 2.002, 2.003, 2.004],
                        "lat": [48.0, 48.001, 48.002, 48.003, 48.004],
                        "time": pd.to_datetime([1469173566.5, 1469173596, 1469173626, 1469173700,
                                                1469173760], unit="s", utc=True)})
    trips = pd.DataFrame({"trip_id": ["t1", "t2"], "distance_m": [250.0, 130.0],
                          "first_point": [0, 3], "last_point": [2, 4]})
    wkb = frames.lines_wkb_from_points(pts, trips["first_point"], trips["last_point"])
    gpkg = tmp_path / "lines.gpkg"
    dest = frames.frame_to_sink(writer, {"LINES": str(gpkg)}, "LINES", context,
                                trips.drop(columns=["first_point", "last_point"]), "line", wkb=wkb)
    layer = _layer(dest if "|" not in dest else gpkg)
    assert QgsWkbTypes.hasM(layer.wkbType())
    assert layer.fields().names()[-2:] == ["trip_id", "distance_m"]
    geom = next(layer.getFeatures()).geometry()
    ms = [v.m() for v in geom.vertices()]
    assert ms == pytest.approx([1469173566.5, 1469173596, 1469173626])
    vertices = frames.source_to_vertices_frame(layer, context, QgsProcessingFeedback(), "trip_id")
    assert vertices["trip_id"].tolist() == ["t1", "t1", "t1", "t2", "t2"]
    assert vertices["vertex"].tolist() == [0, 1, 2, 0, 1]
    assert (vertices["time"] == pts["time"]).all()
    assert vertices["lon"].tolist() == pytest.approx(pts["lon"].tolist())


def test_vertices_frame_refuses_lines_without_m(writer, context):
    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=leg_id:string", "l", "memory")
    feat = QgsFeature(layer.fields())
    feat.setAttributes(["a"])
    feat.setGeometry(QgsGeometry.fromWkt("LINESTRING (2 48, 2.1 48.1)"))
    layer.dataProvider().addFeatures([feat])
    with pytest.raises(QgsProcessingException, match="no M values"):
        frames.source_to_vertices_frame(layer, context, QgsProcessingFeedback(), "leg_id")


def test_optional_table_output_skipped_or_written(writer, context, tmp_path):
    df = pd.DataFrame({"user_id": ["a"], "duration_s": [60.0]})
    assert frames.frame_to_sink(writer, {"TABLE": None}, "TABLE", context, df, "none") is None
    path = tmp_path / "gaps.gpkg"
    dest = frames.frame_to_sink(writer, {"TABLE": str(path)}, "TABLE", context, df, "none")
    layer = _layer(path)
    assert layer.wkbType() == compat.WKB_NO_GEOMETRY and layer.featureCount() == 1 and dest


def test_run_domain_maps_errors(writer):
    def bad():
        raise InputError("cannot parse the time", file="day.json", row=3, hint="Use ISO-8601.")

    with pytest.raises(QgsProcessingException) as info:
        writer.run_domain(bad)
    assert "day.json" in str(info.value) and "row 3" in str(info.value)

    def cancelled():
        raise Cancelled("stop")

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        writer.run_domain(cancelled)

    def generic():
        raise TracemobError("server refused the token")

    with pytest.raises(QgsProcessingException, match="server refused"):
        writer.run_domain(generic)
    assert writer.run_domain(lambda a, b=0: a + b, 2, b=3) == 5


def test_callbacks_map_fraction_and_cancel(writer):
    feedback = QgsProcessingFeedback()
    progress, is_cancelled = writer.callbacks(feedback, 20.0, 60.0)
    progress(0.5)
    assert feedback.progress() == pytest.approx(40.0)
    progress(2.0)
    assert feedback.progress() == pytest.approx(60.0)
    assert is_cancelled() is False
    feedback.cancel()
    assert is_cancelled() is True


def test_guess_field_and_times_to_utc():
    assert params.guess_field(["fid", "Timestamp", "UID"], columns.TIME_FIELD_CANDIDATES) == "Timestamp"
    assert params.guess_field(["fid", "Timestamp", "UID"], columns.USER_FIELD_CANDIDATES) == "UID"
    assert params.guess_field(["fid", "gps_time_utc"], columns.TIME_FIELD_CANDIDATES) == "gps_time_utc"
    assert params.guess_field(["a", "b"], columns.TIME_FIELD_CANDIDATES) is None
    secs = times.times_to_utc(pd.Series([1469173566.0, 1469173596.0]))
    ms = times.times_to_utc(pd.Series([1469173566000, 1469173596000]))
    text = times.times_to_utc(pd.Series(["2016-07-22T00:46:06-07:00", "2016-07-22T07:46:36Z"]))
    naive = times.times_to_utc(pd.Series(["2016-07-22 09:46:06"]), timezone="Europe/Paris")
    expected = pd.Timestamp("2016-07-22T07:46:06Z")
    assert secs.iloc[0] == expected and ms.iloc[0] == expected and text.iloc[0] == expected
    assert naive.iloc[0] == expected
    assert times.epoch_seconds(text).tolist() == [1469173566.0, 1469173596.0]


def test_points_frame_without_attributes_keeps_every_feature(writer, context):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "pts", "memory")
    feats = []
    for i in range(3):
        feat = QgsFeature(layer.fields())
        feat.setAttributes(["p{}".format(i)])
        feat.setGeometry(QgsGeometry.fromWkt("POINT ({} 45)".format(i)))
        feats.append(feat)
    layer.dataProvider().addFeatures(feats)
    df = frames.source_to_points_frame(layer, context, QgsProcessingFeedback(), fields=[])
    assert list(df.columns) == ["lon", "lat"] and df["lon"].tolist() == [0.0, 1.0, 2.0]
    table = frames.source_to_table_frame(layer, context, QgsProcessingFeedback())
    assert table["name"].tolist() == ["p0", "p1", "p2"]


def test_frame_to_sink_promotes_mixed_single_and_multi_polygons(writer, context, tmp_path):
    wkbs = [bytes(QgsGeometry.fromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))").asWkb()),
            bytes(QgsGeometry.fromWkt("MULTIPOLYGON (((2 2, 3 2, 3 3, 2 2)))").asWkb()), None]
    df = pd.DataFrame({"zone": ["a", "b", "c"]})
    path = tmp_path / "zones.gpkg"
    frames.frame_to_sink(writer, {"LINES": str(path)}, "LINES", context, df, "wkb", wkb=wkbs)
    layer = _layer(path)
    assert QgsWkbTypes.flatType(layer.wkbType()) == QgsWkbTypes.MultiPolygon
    geoms = [f.geometry() for f in layer.getFeatures()]
    assert geoms[0].isMultipart() and geoms[0].area() == pytest.approx(0.5)
    assert geoms[2].isNull() or geoms[2].isEmpty()
