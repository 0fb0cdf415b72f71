"""tracemob:importtraces and tracemob:segmenttrips through QGIS Processing on the embedded real days."""
import json

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

from tracemob.tracemob_plugin import compat

USER = "0763de67f61e3f5d90e7518e69793954"


def _raw_fix_times(path):
    """Epoch seconds of the day's e-mission background/filtered_location entries (independent truth)."""
    entries = json.loads(path.read_text())
    return np.array(sorted(e["data"]["ts"] for e in entries
                           if e["metadata"]["key"] == "background/filtered_location"))


def _kinds(layer):
    return {f.name(): compat.field_kind(f) for f in layer.fields()}


@pytest.fixture(scope="module")
def imported(tracemob_provider, sample_dir):
    """importtraces on 2016-07-22 into memory layers (memory keeps millisecond times)."""
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run("tracemob:importtraces", {
        "INPUT": [str(sample_dir / "shankari_2016-07-22.json")],
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_MOTION": "TEMPORARY_OUTPUT",
    }, context=context, feedback=QgsProcessingFeedback())
    return res


@pytest.fixture(scope="module")
def segmented(imported):
    import processing

    res = processing.run("tracemob:segmenttrips", {
        "INPUT": imported["OUTPUT"], "MOTION": imported["OUTPUT_MOTION"],
        "OUTPUT_STAYS": "TEMPORARY_OUTPUT", "OUTPUT_TRIPS": "TEMPORARY_OUTPUT",
        "OUTPUT_LEGS": "TEMPORARY_OUTPUT", "OUTPUT_GAPS": "TEMPORARY_OUTPUT",
        "OUTPUT_POINTS": "TEMPORARY_OUTPUT",
    }, feedback=QgsProcessingFeedback())
    return res


def test_importtraces_reads_the_known_day(imported, sample_day):
    layer = imported["OUTPUT"]
    assert layer.featureCount() == 220  # the day's background/filtered_location entries
    assert layer.crs().authid() == "EPSG:4326"
    assert layer.wkbType() == compat.WKB_POINT
    # the exact time (QGIS 3.22 writes whole seconds to a GeoPackage's date-time field), the phone's
    # tracking streams and the day's motion readings travel on the points
    assert layer.fields().names() == ["user_id", "time", "epoch_s", "accuracy_m", "speed_mps", "source_file",
                                      "location_filter", "write_ts", "transitions", "activity",
                                      "activity_confidence", "motion_readings"]
    assert _kinds(layer) == {"user_id": "string", "time": "datetime", "epoch_s": "double", "accuracy_m": "double",
                             "speed_mps": "double", "source_file": "string", "location_filter": "string",
                             "write_ts": "double", "transitions": "string", "activity": "string",
                             "activity_confidence": "double", "motion_readings": "string"}
    feats = list(layer.getFeatures())
    assert {f["user_id"] for f in feats} == {USER}
    assert {f["source_file"] for f in feats} == {"shankari_2016-07-22.json"}
    times = np.array([compat.qdatetime_to_msecs(f["time"]) / 1000.0 for f in feats])
    assert np.allclose(np.sort(times), _raw_fix_times(sample_day), atol=1e-3)
    exact = np.sort(np.array([f["epoch_s"] for f in feats]))
    assert np.abs(exact - _raw_fix_times(sample_day)).max() < 1e-6
    assert {f["location_filter"] for f in feats} == {"time"}
    lons = np.array([f.geometry().asPoint().x() for f in feats])
    lats = np.array([f.geometry().asPoint().y() for f in feats])
    assert lons.min() > -122.5 and lons.max() < -122.0 and lats.min() > 37.3 and lats.max() < 37.9
    motion = imported["OUTPUT_MOTION"]
    assert motion.featureCount() == 340 and motion.wkbType() == compat.WKB_NO_GEOMETRY
    assert {"user_id", "time", "activity", "confidence"} <= set(motion.fields().names())


def test_importtraces_several_files_and_folder(tracemob_provider, sample_dir):
    import processing

    two = processing.run("tracemob:importtraces", {
        "INPUT": [str(sample_dir / "shankari_2016-08-10.json"), str(sample_dir / "shankari_2016-09-03.json")],
        "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())
    assert two["OUTPUT"].featureCount() == 185 + 174
    folder = processing.run("tracemob:importtraces", {
        "INPUT": [str(sample_dir)], "USER_ID": "ignored-when-file-names-user", "MAX_ACCURACY": 20,
        "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())
    layer = folder["OUTPUT"]
    files = {f["source_file"] for f in layer.getFeatures()}
    assert files == {"shankari_2016-07-22.json", "shankari_2016-08-10.json", "shankari_2016-09-03.json"}
    acc = [f["accuracy_m"] for f in layer.getFeatures()]
    assert 0 < len(acc) < 579 and max(acc) <= 20


def test_importtraces_reads_local_times_in_europe_paris_by_default(tracemob_provider, tmp_path):
    """Times without an offset are local to TIMEZONE (default Europe/Paris, UTC+1 in March); a time with
    an offset is not moved by it. The e-mission day (epoch ts) keeps its times: test above."""
    import processing

    local, offset, epoch = tmp_path / "local.csv", tmp_path / "offset.csv", tmp_path / "epoch.csv"
    local.write_text("user_id,time,lat,lon\nu1,2024-03-05 08:00:00,48.85,2.35\n"
                     "u1,2024-03-05 08:01:00,48.851,2.35\n")
    offset.write_text("user_id,time,lat,lon\nu2,2024-03-05T08:05:00+00:00,48.86,2.36\n"
                      "u2,2024-03-05T08:06:00+00:00,48.861,2.36\n")
    t0 = int(pd.Timestamp("2024-03-05 08:10", tz="UTC").timestamp())
    epoch.write_text("user_id,time,lat,lon\nu3,{},48.87,2.37\nu3,{},48.871,2.37\n".format(t0, t0 + 60))
    assert tracemob_provider.algorithm("importtraces").parameterDefinition("TIMEZONE").defaultValue() == \
        "Europe/Paris"

    def utc_times(extra):
        res = processing.run("tracemob:importtraces", dict({"INPUT": [str(local), str(offset), str(epoch)], "OUTPUT": "TEMPORARY_OUTPUT"},
                                                            **extra), feedback=QgsProcessingFeedback())
        return sorted(pd.Timestamp(compat.qdatetime_to_msecs(f["time"]), unit="ms", tz="UTC").strftime("%H:%M")
                      for f in res["OUTPUT"].getFeatures())[::2]   # the first fix of each file

    assert utc_times({}) == ["07:00", "08:05", "08:10"]
    assert utc_times({"TIMEZONE": "UTC"}) == ["08:00", "08:05", "08:10"]
    assert utc_times({"TIMEZONE": "America/Montreal"}) == ["08:05", "08:10", "13:00"]
    with pytest.raises(QgsProcessingException, match="Europe/Pariss"):
        utc_times({"TIMEZONE": "Europe/Pariss"})


def test_segmenttrips_outputs(segmented, imported, sample_day):
    stays, trips, legs = segmented["OUTPUT_STAYS"], segmented["OUTPUT_TRIPS"], segmented["OUTPUT_LEGS"]
    assert trips.featureCount() > 0 and legs.featureCount() >= trips.featureCount()
    assert stays.featureCount() >= 2
    for layer in (stays, trips, legs):
        assert layer.crs().authid() == "EPSG:4326"
    assert stays.fields().names() == ["stay_id", "user_id", "start_time", "end_time", "duration_s",
                                      "is_activity", "n_points"]
    assert trips.fields().names() == ["trip_id", "user_id", "start_time", "end_time", "duration_s",
                                      "distance_m", "origin_stay_id", "destination_stay_id", "n_points"]
    assert legs.fields().names()[:8] == ["leg_id", "trip_id", "user_id", "start_time", "end_time",
                                         "duration_s", "distance_m", "n_points"]
    assert "first_point" not in legs.fields().names()
    assert _kinds(trips)["start_time"] == "datetime" and _kinds(trips)["distance_m"] == "double"
    assert _kinds(stays)["is_activity"] == "bool"
    assert trips.wkbType() == compat.WKB_LINESTRING_M and QgsWkbTypes.hasM(legs.wkbType())

    raw = _raw_fix_times(sample_day)
    trip_ids = set()
    for feat in trips.getFeatures():
        trip_ids.add(feat["trip_id"])
        ms = np.array([v.m() for v in feat.geometry().vertices()])
        assert len(ms) >= 2 and np.all(np.diff(ms) >= 0)
        # each M is the epoch second of a real fix of the day
        nearest = np.abs(raw[np.searchsorted(raw, ms).clip(0, len(raw) - 1)] - ms)
        nearest = np.minimum(nearest, np.abs(raw[(np.searchsorted(raw, ms) - 1).clip(0)] - ms))
        assert nearest.max() < 1e-3
        start = compat.qdatetime_to_msecs(feat["start_time"]) / 1000.0
        end = compat.qdatetime_to_msecs(feat["end_time"]) / 1000.0
        # the start may be moved back before the first fix (e-mission's departure extrapolation)
        assert start <= ms[0] + 1e-3 and end >= ms[-1] - 1e-3
        assert feat["duration_s"] == pytest.approx(end - start, abs=2e-3)
    assert {f["trip_id"] for f in legs.getFeatures()} <= trip_ids
    points = segmented["OUTPUT_POINTS"]
    assert {"stay_id", "trip_id", "leg_id"} <= set(points.fields().names())
    assert 0 < points.featureCount() <= 220
    assert segmented["OUTPUT_GAPS"].wkbType() == compat.WKB_NO_GEOMETRY


def test_segmenttrips_detects_fields_in_foreign_layer(tracemob_provider):
    """A Lambert-93 layer with 'uid' and ISO-text 'timestamp' (+01:00) fields gives exactly what the
    domain gives on the same points in WGS84/UTC: fields detected, CRS and offsets converted."""
    import processing
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry, QgsPointXY

    from tracemob.tracemob_plugin.core.trips.segmentation import segment

    layer = QgsVectorLayer("Point?crs=EPSG:2154&field=uid:string&field=timestamp:string", "foreign", "memory")
    to_l93 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance())
    feats, rows = [], []
    # 10 min at home, 10 min walking north-east at ~1.4 m/s, 10 min at work (one fix every 30 s)
    lon, lat = 2.35, 48.85
    t0 = pd.Timestamp("2024-03-05T07:00:00Z")
    for i in range(60):
        if 20 <= i < 40:
            lon += 0.00035
            lat += 0.00025
        f = QgsFeature(layer.fields())
        f.setAttributes(["alice", "2024-03-05T08:{:02d}:{:02d}+01:00".format(i // 2, (i % 2) * 30)])
        f.setGeometry(QgsGeometry.fromPointXY(to_l93.transform(QgsPointXY(lon, lat))))
        feats.append(f)
        rows.append({"user_id": "alice", "time": t0 + pd.Timedelta(seconds=30 * i), "lat": lat, "lon": lon,
                     "accuracy_m": np.nan, "speed_mps": np.nan, "source_file": "foreign"})
    layer.dataProvider().addFeatures(feats)
    expected = segment(pd.DataFrame(rows))
    assert len(expected.trips) >= 1
    res = processing.run("tracemob:segmenttrips", {
        "INPUT": layer, "OUTPUT_STAYS": "TEMPORARY_OUTPUT", "OUTPUT_TRIPS": "TEMPORARY_OUTPUT",
        "OUTPUT_LEGS": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())
    trips = list(res["OUTPUT_TRIPS"].getFeatures())
    assert [t["trip_id"] for t in trips] == expected.trips["trip_id"].tolist()
    assert {t["user_id"] for t in trips} == {"alice"}
    starts = [compat.qdatetime_to_msecs(t["start_time"]) / 1000.0 for t in trips]
    assert starts == pytest.approx([ts.timestamp() for ts in expected.trips["start_time"]], abs=1e-3)
    for trip, (_, row) in zip(trips, expected.trips.iterrows()):
        first = next(trip.geometry().vertices())
        assert first.x() == pytest.approx(expected.points["lon"].iloc[row["first_point"]], abs=1e-7)
        assert first.y() == pytest.approx(expected.points["lat"].iloc[row["first_point"]], abs=1e-7)
    stays = list(res["OUTPUT_STAYS"].getFeatures())
    assert [s["stay_id"] for s in stays] == expected.stays["stay_id"].tolist()


def test_domain_error_becomes_processing_exception_naming_the_file(tracemob_provider, tmp_path):
    bad = tmp_path / "broken_day.json"
    bad.write_text('[{"metadata": {"key": "background/filtered_location"}, "data": {"ts": ')
    alg = QgsApplication.processingRegistry().createAlgorithmById("tracemob:importtraces")
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    params = {"INPUT": [str(bad)], "OUTPUT": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException) as info:
        alg.processAlgorithm(params, context, feedback)
    assert "broken_day.json" in str(info.value)

    # through the framework, the message reaches the feedback (what the dialog and qgis_process show)
    class Errors(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802
            self.errors.append(error)

    errors = Errors()
    results, ok = alg.run(params, context, errors)
    assert not ok
    assert any("broken_day.json" in e for e in errors.errors), errors.errors


def test_missing_input_file_is_reported(tracemob_provider, tmp_path):
    alg = QgsApplication.processingRegistry().createAlgorithmById("tracemob:importtraces")
    with pytest.raises(QgsProcessingException, match="nowhere.json"):
        alg.processAlgorithm({"INPUT": [str(tmp_path / "nowhere.json")], "OUTPUT": "TEMPORARY_OUTPUT"},
                             QgsProcessingContext(), QgsProcessingFeedback())


def test_outputs_loaded_in_the_project_get_their_style(imported):
    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    processing.runAndLoadResults("tracemob:segmenttrips", {
        "INPUT": imported["OUTPUT"], "OUTPUT_STAYS": "TEMPORARY_OUTPUT", "OUTPUT_TRIPS": "TEMPORARY_OUTPUT",
        "OUTPUT_LEGS": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())
    added = {layer.name(): layer for lid, layer in project.mapLayers().items() if lid not in before}
    try:
        assert {"Stays", "Trips", "Legs"} <= set(added), set(added)
        stays, legs = added["Stays"].renderer(), added["Legs"].renderer()
        assert stays.type() == "graduatedSymbol" and stays.classAttribute() == "duration_s"
        assert legs.type() == "graduatedSymbol" and legs.classAttribute() == "speed_median_mps"
        assert added["Trips"].renderer().classAttribute() == "distance_m"
    finally:
        project.removeMapLayers(list(added[name].id() for name in added))


def test_every_segmentation_parameter_is_exposed_and_passed(imported):
    """Each SegmentationParams field is a parameter (UPPER name); values given reach the domain."""
    import dataclasses

    import processing

    from tracemob.processing import frames
    from tracemob.tracemob_plugin.core.trips.segmentation import SegmentationParams, segment

    alg = QgsApplication.processingRegistry().createAlgorithmById("tracemob:segmenttrips")
    names = {p.name() for p in alg.parameterDefinitions()}
    missing = [f.name for f in dataclasses.fields(SegmentationParams) if f.name.upper() not in names]
    assert missing == []

    # the same non-default settings through Processing and directly in the domain
    settings = {"stay_method": "window", "stay_window": "backward", "stay_radius_m": 60.0,
                "min_trip_distance_m": 250.0, "include_last_stay": False}
    res = processing.run("tracemob:segmenttrips", dict(
        {k.upper(): v for k, v in settings.items()}, INPUT=imported["OUTPUT"],
        OUTPUT_STAYS="TEMPORARY_OUTPUT", OUTPUT_TRIPS="TEMPORARY_OUTPUT", OUTPUT_LEGS="TEMPORARY_OUTPUT"),
        feedback=QgsProcessingFeedback())
    points = frames.source_to_points_frame(imported["OUTPUT"], QgsProcessingContext(), QgsProcessingFeedback())
    points = points[["user_id", "time", "lat", "lon", "accuracy_m", "speed_mps", "source_file"]]
    expected = segment(points.sort_values(["user_id", "time"]).reset_index(drop=True),
                       SegmentationParams(**settings))
    default = segment(points.sort_values(["user_id", "time"]).reset_index(drop=True))
    got = [f["trip_id"] for f in res["OUTPUT_TRIPS"].getFeatures()]
    assert got == expected.trips["trip_id"].tolist()
    assert got != default.trips["trip_id"].tolist()  # the settings really changed the result


def test_every_segmentation_parameter_has_a_written_label():
    """A new SegmentationParams field needs a translated label, not the fallback built from its name."""
    import dataclasses

    from tracemob.processing.algorithms import segment_trips
    from tracemob.tracemob_plugin.core.trips.segmentation import SegmentationParams

    src = segment_trips.__file__
    text = open(src, encoding="utf-8").read()
    missing = [f.name for f in dataclasses.fields(SegmentationParams) if '"{}":'.format(f.name) not in text]
    assert missing == [], "add a tr() label in segment_trips.param_label for: {}".format(missing)


def test_three_step_chain_uses_the_motion_the_points_carry(tracemob_provider, sample_dir, tmp_path):
    """importtraces INPUT OUTPUT -> segmenttrips INPUT -> infermodes INPUT, nothing else named, in
    GeoPackages as qgis_process users write them: the same legs and modes as the domain given the
    motion table explicitly (and not those it gives without motion)."""
    import processing

    from tracemob.tracemob_plugin.core.ingest import read_traces
    from tracemob.tracemob_plugin.core.modes.infer import infer_modes
    from tracemob.tracemob_plugin.core.trips.motion import MOTION
    from tracemob.tracemob_plugin.core.trips.segmentation import segment

    day = sample_dir / "shankari_2016-07-22.json"
    processing.run("tracemob:importtraces", {"INPUT": [str(day)], "OUTPUT": str(tmp_path / "points.gpkg")},
                   feedback=QgsProcessingFeedback())
    points = QgsVectorLayer(str(tmp_path / "points.gpkg"), "points", "ogr")
    assert {"activity", "activity_confidence", "motion_readings", "epoch_s", "location_filter", "write_ts",
            "transitions"} <= set(points.fields().names())
    processing.run("tracemob:segmenttrips", {"INPUT": str(tmp_path / "points.gpkg"),
                                             "OUTPUT_LEGS": str(tmp_path / "legs.gpkg")},
                   feedback=QgsProcessingFeedback())
    processing.run("tracemob:infermodes", {"INPUT": str(tmp_path / "legs.gpkg"),
                                           "OUTPUT": str(tmp_path / "modes.gpkg")},
                   feedback=QgsProcessingFeedback())
    modes = QgsVectorLayer(str(tmp_path / "modes.gpkg"), "modes", "ogr")
    got = sorted(((f["leg_id"], f["mode"], round(f["motion_coverage"], 6)) for f in modes.getFeatures()))

    t = read_traces(day)
    ref = segment(t.points, motion=t.motion)
    bare = segment(t.points)
    assert len(ref.legs) != len(bare.legs)
    pts = ref.points
    pos = np.concatenate([np.arange(a, b + 1) for a, b in zip(ref.legs.first_point, ref.legs.last_point)])
    verts = pd.DataFrame({"leg_id": np.repeat(ref.legs.leg_id.to_numpy(),
                                              (ref.legs.last_point - ref.legs.first_point + 1).to_numpy()),
                          "lon": pts.lon.to_numpy()[pos], "lat": pts.lat.to_numpy()[pos],
                          "time": pts.time.iloc[pos].to_numpy()})
    want = infer_modes(ref.legs.drop(columns=list(MOTION)), verts, motion=t.motion)
    assert [g[0] for g in got] == sorted(want["leg_id"])
    assert [g[1] for g in got] == want.sort_values("leg_id")["mode"].tolist()
    # the legs' sensed modes (e-mission's sections) and their boundaries, to the ms (from the points'
    # exact times: the GeoPackage's date-time fields keep whole seconds)
    legs = QgsVectorLayer(str(tmp_path / "legs.gpkg"), "legs", "ogr")
    sensed = sorted((f["leg_id"], f["sensed_mode"]) for f in legs.getFeatures())
    assert sensed == sorted(zip(ref.legs.leg_id, ref.legs.sensed_mode))
    first_m = sorted((f["leg_id"], next(f.geometry().vertices()).m()) for f in legs.getFeatures())
    want_m = sorted(zip(ref.legs.leg_id, pts.time.iloc[ref.legs.first_point].astype("int64") / 1e9))
    assert max(abs(a[1] - b[1]) for a, b in zip(first_m, want_m)) < 1e-3
    assert min(g[2] for g in got) > 0.5  # every leg saw the phone's readings
