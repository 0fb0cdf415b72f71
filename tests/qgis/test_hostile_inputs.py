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
