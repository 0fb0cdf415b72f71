"""Hostile and careless input through the algorithms: outputs over inputs, CSV outputs, bad CRS,
empty layers, the minimum participants rule."""
import csv
import shutil

import pytest
from qgis.core import QgsProcessingException


def _import(run_alg, source, output):
    results, _ = run_alg("tracemob:importtraces", {"INPUT": [str(source)], "OUTPUT": str(output)})
    return results


def test_segmenttrips_refuses_to_write_its_trips_over_its_input(run_alg, sample_day, tmp_path):
    gpkg = tmp_path / "a.gpkg"
    _import(run_alg, sample_day, gpkg)
    from qgis.core import QgsVectorLayer

    before = QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr").featureCount()
    assert before > 100
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:segmenttrips", {"INPUT": f"{gpkg}|layername=a", "OUTPUT_TRIPS": str(gpkg)})
    message = str(err.value)
    assert "OUTPUT_TRIPS" in message and "INPUT" in message and str(gpkg) in message
    after = QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr")
    assert after.featureCount() == before and after.geometryType() == 0  # still the points


def test_results_may_go_beside_their_input_in_one_geopackage_but_never_over_its_layer(run_alg, sample_day,
                                                                                      tmp_path):
    """A GeoPackage holding several results (as the demo writes them): another named layer is added beside
    the input; the input's own layer name is refused."""
    gpkg = tmp_path / "a.gpkg"
    _import(run_alg, sample_day, gpkg)
    from qgis.core import QgsVectorLayer

    before = QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr").featureCount()
    res = run_alg("tracemob:segmenttrips", {"INPUT": f"{gpkg}|layername=a",
                                            "OUTPUT_TRIPS": f"ogr:dbname='{gpkg}' table=\"trips\" (geom)"})
    assert QgsVectorLayer(f"{gpkg}|layername=trips", "t", "ogr").featureCount() > 0, res
    assert QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr").featureCount() == before
    with pytest.raises(QgsProcessingException, match="OUTPUT_STAYS"):
        run_alg("tracemob:segmenttrips", {"INPUT": f"{gpkg}|layername=a",
                                          "OUTPUT_STAYS": f"ogr:dbname='{gpkg}' table=\"a\" (geom)"})
    assert QgsVectorLayer(f"{gpkg}|layername=a", "a", "ogr").featureCount() == before


def test_importtraces_refuses_to_replace_the_raw_csv_and_csv_outputs_keep_coordinates(run_alg, sample_day,
                                                                                     tmp_path):
    csv_path = tmp_path / "x.csv"
    _import(run_alg, sample_day, csv_path)
    with open(csv_path, newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 100
    assert -123 < float(rows[0]["X"]) < -121 and 37 < float(rows[0]["Y"]) < 38
    raw = csv_path.read_bytes()
    with pytest.raises(QgsProcessingException, match="would overwrite"):
        _import(run_alg, csv_path, csv_path)
    assert csv_path.read_bytes() == raw
    # the CSV written by Tracemob reads back with the same number of points
    again = tmp_path / "y.gpkg"
    _import(run_alg, csv_path, again)
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(again), "y", "ogr")
    assert layer.featureCount() == len(rows)


def test_an_output_inside_the_input_folder_over_an_input_file_is_refused(run_alg, sample_day, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(sample_day, folder / "day.json")
    with pytest.raises(QgsProcessingException, match="would overwrite"):
        _import(run_alg, folder, folder / "day.json")
    # results kept beside the traces (not read as traces) may be written again
    results = folder / "points.gpkg"
    _import(run_alg, folder, results)
    first = _feature_count(results)
    _import(run_alg, folder, results)
    assert _feature_count(results) == first > 100


def _feature_count(path):
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(str(path), "c", "ogr").featureCount()


def _l93_points_layer(uri, name="l93pts", degrees=False):
    """60 fixes in Lambert-93 metres (a 20-fix walk between two 10-min stays), in a layer made with ``uri``."""
    from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeature, QgsGeometry,
                           QgsPointXY, QgsProject, QgsVectorLayer)

    sep = "&" if "?" in uri else "?"
    layer = QgsVectorLayer(uri + sep + "field=user_id:string&field=time:string", name, "memory")
    to_l93 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsCoordinateReferenceSystem("EPSG:2154"), QgsProject.instance())
    feats = []
    lon, lat = 2.35, 48.85
    for i in range(60):
        if 20 <= i < 40:
            lon += 0.00035
            lat += 0.00025
        f = QgsFeature(layer.fields())
        f.setAttributes(["alice", "2024-03-05T07:{:02d}:{:02d}Z".format(i // 2, (i % 2) * 30)])
        point = QgsPointXY(lon, lat)
        f.setGeometry(QgsGeometry.fromPointXY(point if degrees else to_l93.transform(point)))
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)[0]
    return layer


@pytest.mark.parametrize("uri, expected", [
    ("Point?crs=EPSG:4326", "not longitudes / latitudes in its CRS EPSG:4326"),
    ("Point", "has no CRS"),
])
def test_metres_labelled_wgs84_or_without_crs_stop_with_a_message_naming_the_layer(run_alg, uri, expected):
    from qgis.core import QgsCoordinateReferenceSystem

    layer = _l93_points_layer(uri)
    if "crs=" not in uri:
        layer.setCrs(QgsCoordinateReferenceSystem())  # QGIS gave it the default CRS
        assert not layer.crs().isValid()
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:segmenttrips", {"INPUT": layer, "OUTPUT_TRIPS": "TEMPORARY_OUTPUT"})
    assert expected in str(err.value) and "l93pts" in str(err.value) and "60 of 60" in str(err.value)


def test_metres_labelled_wgs84_in_a_geopackage_stop_too(run_alg, tmp_path):
    from qgis.core import QgsVectorFileWriter, QgsProject

    layer = _l93_points_layer("Point?crs=EPSG:4326")
    path = tmp_path / "wrong_crs.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "wrong_crs"
    QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(path), QgsProject.instance().transformContext(), options)
    with pytest.raises(QgsProcessingException, match="60 of 60 coordinates are not longitudes"):
        run_alg("tracemob:segmenttrips", {"INPUT": f"{path}|layername=wrong_crs", "OUTPUT_TRIPS": "TEMPORARY_OUTPUT"})


def test_a_few_out_of_range_points_are_counted_and_the_rest_segmented(run_alg):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    good = _l93_points_layer("Point?crs=EPSG:4326", "mixed", degrees=True)
    feats = []
    for x, y in ((652000.0, 6862000.0), (2.35, 95.0)):  # metres, a latitude over 90
        f = QgsFeature(good.fields())
        f.setAttributes(["alice", "2024-03-05T07:45:00Z"])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feats.append(f)
    good.dataProvider().addFeatures(feats)
    results, feedback = run_alg("tracemob:segmenttrips", {"INPUT": good, "OUTPUT_TRIPS": "TEMPORARY_OUTPUT"})
    assert results["OUTPUT_TRIPS"].featureCount() >= 1
    assert any("mixed" in w and "2 point(s)" in w for w in feedback.warnings), feedback.warnings


@pytest.mark.parametrize("alg_id, name", [
    ("tracemob:modalshare", "MIN_USERS"), ("tracemob:odflows", "MIN_USERS"),
    ("tracemob:segmenttraveltimes", "MIN_USERS"), ("tracemob:beforeafter", "MIN_USERS"),
    ("tracemob:exportshareable", "K"),
])
def test_every_minimum_participants_parameter_follows_the_one_rule(tracemob_provider, alg_id, name):
    from qgis.core import QgsApplication, QgsProcessingContext

    from tracemob.tracemob_plugin.core.privacy.rules import DEFAULT_MIN_USERS, MIN_USERS_FLOOR

    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    definition = alg.parameterDefinition(name)
    assert definition.minimum() == MIN_USERS_FLOOR == 2 and definition.defaultValue() == DEFAULT_MIN_USERS
    context = QgsProcessingContext()
    assert not definition.checkValueIsAcceptable(1, context) and not definition.checkValueIsAcceptable(0, context)
    assert definition.checkValueIsAcceptable(2, context)


@pytest.mark.parametrize("k", [0, 1])
def test_modalshare_refuses_one_participant_like_odflows(run_alg, k):
    from qgis.core import QgsFeature, QgsVectorLayer

    trips = QgsVectorLayer("None?field=trip_id:string&field=user_id:string", "t", "memory")
    f = QgsFeature(trips.fields())
    f.setAttributes(["T1", "u1"])
    trips.dataProvider().addFeatures([f])
    for alg_id in ("tracemob:modalshare", "tracemob:odflows"):
        with pytest.raises(QgsProcessingException) as err:
            run_alg(alg_id, {"TRIPS": trips, "LEGS": trips, "ZONES": trips, "MIN_USERS": k,
                             "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
        assert "MIN_USERS" in str(err.value) and "would reveal individual people" in str(err.value), str(err.value)


def test_an_empty_legs_layer_gives_empty_geopackages_and_a_message(run_alg, sample_day, tmp_path):
    from qgis.core import QgsVectorLayer

    pts = tmp_path / "p.gpkg"
    _import(run_alg, sample_day, pts)
    legs = tmp_path / "legs.gpkg"
    run_alg("tracemob:segmenttrips", {"INPUT": str(pts), "OUTPUT_LEGS": str(legs), "OUTPUT_TRIPS": "TEMPORARY_OUTPUT"})
    layer = QgsVectorLayer(str(legs), "legs", "ogr")
    assert layer.featureCount() > 0
    layer.setSubsetString("1=0")
    assert layer.featureCount() == 0
    res, feedback = run_alg("tracemob:infermodes", {"INPUT": layer, "OUTPUT": str(tmp_path / "m.gpkg")})
    modes = QgsVectorLayer(res["OUTPUT"], "modes", "ogr")
    assert modes.isValid() and modes.featureCount() == 0 and modes.fields().indexOf("mode") >= 0
    assert any("legs" in w and "no feature" in w for w in feedback.warnings), feedback.warnings
    res, feedback = run_alg("tracemob:computeemissions", {"INPUT": modes, "OUTPUT": str(tmp_path / "e.gpkg")})
    emissions = QgsVectorLayer(res["OUTPUT"], "e", "ogr")
    assert emissions.isValid() and emissions.featureCount() == 0 and emissions.fields().indexOf("co2e_g") >= 0
    assert res["TOTAL_CO2E_KG"] == 0.0
    assert any("modes" in w and "no feature" in w for w in feedback.warnings), feedback.warnings


def test_segmenttrips_warns_when_no_user_field_is_found(run_alg):
    from qgis.core import QgsVectorLayer

    layer = _l93_points_layer("Point?crs=EPSG:4326", "nouser", degrees=True)
    # the same fixes without the user field
    bare = QgsVectorLayer("Point?crs=EPSG:4326&field=time:string", "bare", "memory")
    from qgis.core import QgsFeature

    feats = []
    for f in layer.getFeatures():
        g = QgsFeature(bare.fields())
        g.setAttributes([f["time"]])
        g.setGeometry(f.geometry())
        feats.append(g)
    bare.dataProvider().addFeatures(feats)
    _, feedback = run_alg("tracemob:segmenttrips", {"INPUT": bare, "OUTPUT_TRIPS": "TEMPORARY_OUTPUT"})
    assert any("No user field found in bare" in w for w in feedback.warnings), feedback.warnings
    _, feedback = run_alg("tracemob:segmenttrips", {"INPUT": layer, "OUTPUT_TRIPS": "TEMPORARY_OUTPUT"})
    assert not any("No user field" in w for w in feedback.warnings)


@pytest.mark.parametrize("alg_id, key, uri, what", [
    ("tracemob:segmenttrips", "INPUT", "Point?crs=EPSG:4326&field=user_id:string&field=time:string", "points"),
    ("tracemob:co2report", "LEGS", "LineStringM?crs=EPSG:4326&field=leg_id:string&field=trip_id:string"
                                   "&field=user_id:string&field=mode:string&field=distance_m:double"
                                   "&field=start_time:datetime", "legs"),
])
def test_an_empty_input_layer_gives_an_empty_output_and_says_so(run_alg, alg_id, key, uri, what):
    from qgis.core import QgsApplication, QgsVectorLayer

    layer = QgsVectorLayer(uri, "nothing", "memory")
    params = {key: layer}
    for d in QgsApplication.processingRegistry().algorithmById(alg_id).destinationParameterDefinitions():
        if d.type() == "sink":
            params[d.name()] = "TEMPORARY_OUTPUT"
    results, feedback = run_alg(alg_id, params)
    outputs = [v for v in results.values() if hasattr(v, "featureCount")]
    assert outputs and all(v.featureCount() == 0 for v in outputs)
    assert any("The {} layer nothing has no feature".format(what) in w for w in feedback.warnings), feedback.warnings


def test_zones_in_metres_labelled_wgs84_stop_with_a_message_naming_the_layer(run_alg):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    zones = QgsVectorLayer("Polygon?crs=EPSG:4326&field=code:string", "metre_zones", "memory")
    f = QgsFeature(zones.fields())
    f.setAttributes(["A"])
    f.setGeometry(QgsGeometry.fromWkt("Polygon((650000 6860000, 655000 6860000, 655000 6865000, 650000 6860000))"))
    zones.dataProvider().addFeatures([f])
    trips = QgsVectorLayer("LineStringM?crs=EPSG:4326&field=trip_id:string&field=user_id:string"
                           "&field=start_time:datetime", "t", "memory")
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:odflows", {"TRIPS": trips, "ZONES": zones, "OUTPUT_TABLE": "TEMPORARY_OUTPUT"})
    assert "metre_zones" in str(err.value) and "1 of 1 coordinates" in str(err.value)
