"""Every bad input gives an InputError naming the file, the row and/or the field, and what to do."""
import gzip
import json
from pathlib import Path

import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.ingest import parse_emission_entries, read_traces

GOOD_ROWS = "2024-01-01T10:00:00Z,45.0,5.0\n2024-01-01T10:00:05Z,45.0,5.0001\n"


def _write(path: Path, text) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _err(path, **kw) -> InputError:
    with pytest.raises(InputError) as info:
        read_traces(path, **kw)
    return info.value


@pytest.mark.parametrize("name, content", [
    ("empty.csv", ""), ("blank.csv", "\n \n\t\n"), ("empty.json", ""), ("empty.gpx", ""),
    ("empty_list.json", "[]"), ("header_only.csv", "time,lat,lon\n"),
])
def test_empty_file(tmp_path, name, content):
    e = _err(_write(tmp_path / name, content))
    assert e.file == name
    assert "empty" in e.problem or "no data row" in e.problem
    assert e.hint
    assert name in str(e)


def test_empty_gzip(tmp_path):
    with gzip.open(tmp_path / "t.csv.gz", "wb"):
        pass
    e = _err(tmp_path / "t.csv.gz")
    assert e.file == "t.csv.gz" and "empty" in e.problem


def test_unknown_columns_lists_found_and_accepted(tmp_path):
    e = _err(_write(tmp_path / "cols.csv", "when_ever,northing,easting\n1,2,3\n4,5,6\n"))
    assert e.file == "cols.csv" and e.row == 1
    assert "when_ever, northing, easting" in e.problem       # columns found
    assert "lat" in e.field and "lon" in e.field and "time" in e.field
    assert "latitude" in e.hint and "longitude" in e.hint and "timestamp" in e.hint  # accepted


def test_unparseable_time_names_row_and_value(tmp_path):
    # header = row 1; the blank line 3 still counts as a line of the file
    path = _write(tmp_path / "t.csv", "time,lat,lon\n2024-01-01T10:00:00Z,45,5\n\n"
                                     "2024-01-01T10:00:05Z,45,5\n2024-13-45T25:00:00Z,45,5\n")
    e = _err(path)
    assert (e.file, e.row, e.field) == ("t.csv", 5, "time")
    assert "2024-13-45T25:00:00Z" in e.problem
    assert "ISO-8601" in e.hint


def test_unparseable_epoch_value(tmp_path):
    path = _write(tmp_path / "e.csv", "ts;lat;lon\n1704103200;45;5\nabc;45;5\n1704103210;45;5\n")
    e = _err(path)
    assert (e.row, e.field) == (3, "ts") and "abc" in e.problem


def test_single_point(tmp_path):
    e = _err(_write(tmp_path / "one.csv", "time,lat,lon\n2024-01-01T10:00:00Z,45,5\n"))
    assert e.file == "one.csv"
    assert "at least two fixes" in e.problem


def test_single_point_emission(tmp_path):
    entries = [{"user_id": {"$uuid": "ab"}, "metadata": {"key": "background/filtered_location"},
                "data": {"ts": 1469204772, "latitude": 37.39, "longitude": -122.08}}]
    e = _err(_write(tmp_path / "day.json", json.dumps(entries)))
    assert e.file == "day.json" and "at least two fixes" in e.problem


def test_mixed_time_zones_names_first_offending_row(tmp_path):
    path = _write(tmp_path / "mix.csv", "time,lat,lon\n2024-06-01T10:00:00+02:00,45,5\n"
                                       "2024-06-01T10:00:05+02:00,45,5\n2024-06-01 10:00:10,45,5\n"
                                       "2024-06-01 10:00:15,45,5\n")
    e = _err(path, timezone="Europe/Paris")
    assert (e.file, e.row, e.field) == ("mix.csv", 4, "time")
    assert "mixed" in e.problem and "2024-06-01 10:00:10" in e.problem
    assert "+02:00" in e.hint


def test_mixed_time_zones_naive_first(tmp_path):
    path = _write(tmp_path / "mix2.csv", "time,lat,lon\n2024-06-01 10:00:00,45,5\n"
                                        "2024-06-01T08:00:05Z,45,5\n")
    e = _err(path)
    assert e.row == 3 and "2024-06-01T08:00:05Z" in e.problem


@pytest.mark.parametrize("text, line, col", [
    ('[{"metadata": {"key": "background/location"}, "data": {"ts": 1,', 1, 64),
    ('[\n  {"a": 1},\n  {"b": 2,,}\n]', 3, 11),
])
def test_corrupt_or_truncated_json(tmp_path, text, line, col):
    e = _err(_write(tmp_path / "cut.json", text))
    assert e.file == "cut.json" and e.row == line
    assert "line {0}, column {1}".format(line, col) in e.problem
    assert "again" in e.hint


def test_corrupt_gpx_names_line(tmp_path):
    e = _err(_write(tmp_path / "cut.gpx", '<?xml version="1.0"?>\n<gpx version="1.1">\n<trk><trkseg>\n'
                                         '<trkpt lat="45" lon="5"><time>2024-01-01T10:00:00Z</time></trkpt>\n'
                                         '<trkpt lat="45" lon='))
    assert e.file == "cut.gpx" and e.row == 5 and "line 5" in e.problem


@pytest.mark.parametrize("rows, bad_row, field", [
    ("2024-01-01T10:00:00Z,45,5\n2024-01-01T10:00:05Z,95,5\n", 3, "lat"),
    ("2024-01-01T10:00:00Z,45,5\n2024-01-01T10:00:05Z,45,5\n2024-01-01T10:00:09Z,45,-181\n", 4, "lon"),
    ("2024-01-01T10:00:00Z,,5\n2024-01-01T10:00:05Z,45,5\n", 2, "lat"),
])
def test_lat_lon_out_of_range_csv(tmp_path, rows, bad_row, field):
    e = _err(_write(tmp_path / "r.csv", "time,lat,lon\n" + rows))
    assert (e.file, e.row, e.field) == ("r.csv", bad_row, field)
    assert "swapped" in e.hint


def test_projected_coordinates_are_refused(tmp_path):
    e = _err(_write(tmp_path / "l93.csv", "time;x;y\n2024-01-01T10:00:00Z;652000;6862000\n"
                                         "2024-01-01T10:00:05Z;652010;6862000\n"))
    assert e.row == 2 and "out of range" in e.problem and "WGS84" in e.hint


def test_lat_out_of_range_emission_entry():
    entries = [{"metadata": {"key": "background/filtered_location"},
                "data": {"ts": 1 + i, "latitude": lat, "longitude": 5.0}} for i, lat in enumerate([45, 45, 145])]
    with pytest.raises(InputError) as info:
        parse_emission_entries(entries, "/tmp/d.json")
    e = info.value
    assert (e.file, e.row, e.field) == ("d.json", 3, "data.latitude/longitude")
    assert "145" in e.problem and "entries" in e.hint


def test_lat_out_of_range_gpx_and_geojson(tmp_path):
    gpx = ('<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
           '<trkpt lat="45" lon="5"><time>2024-01-01T10:00:00Z</time></trkpt>'
           '<trkpt lat="-91" lon="5"><time>2024-01-01T10:00:05Z</time></trkpt></trkseg></trk></gpx>')
    e = _err(_write(tmp_path / "b.gpx", gpx))
    assert e.row == 2 and e.file == "b.gpx" and "-91" in e.problem
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5, 45]},
         "properties": {"time": "2024-01-01T10:00:00Z"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [200, 45]},
         "properties": {"time": "2024-01-01T10:00:05Z"}}]}
    e = _err(_write(tmp_path / "b.geojson", json.dumps(fc)))
    assert (e.row, e.field) == (2, "geometry.coordinates") and "200" in e.problem


@pytest.mark.parametrize("name, content", [
    ("trace.xlsx", b"PK\x03\x04\x14\x00\x06\x00binary"),
    ("trace.kml", '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"></kml>'),
    ("trace.shp", b"\x00\x00\x27\x0a"),
])
def test_unsupported_file_type(tmp_path, name, content):
    e = _err(_write(tmp_path / name, content))
    assert e.file == name and "unsupported file type" in e.problem
    assert "GPX" in e.hint and "CSV" in e.hint


def test_json_that_is_not_a_trace(tmp_path):
    e = _err(_write(tmp_path / "conf.json", '{"server": "https://x", "token": "no"}'))
    assert e.file == "conf.json" and "GeoJSON" in e.problem


def test_folder_with_no_supported_file(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    _write(folder / "notes.docx", b"PK")
    _write(folder / "README", "hello")
    e = _err(folder)
    assert e.file == str(folder) and "no supported trace file" in e.problem and "GPX" in e.hint


def test_folder_whose_files_are_all_not_traces(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    _write(folder / "stops.txt", "stop_name\tzone\nGare\t1\n")
    e = _err(folder)
    assert "no supported trace file" in e.problem and "stops.txt" in e.hint


def test_missing_file_and_bad_parameters(tmp_path):
    e = _err(tmp_path / "nope.csv")
    assert "not found" in e.problem
    e = _err(_write(tmp_path / "ok.csv", "time,lat,lon\n" + GOOD_ROWS), timezone="Mars/Olympus")
    assert e.field == "timezone" and "Europe/Paris" in e.hint
    e = _err(tmp_path / "ok.csv", on_error="ignore")
    assert e.field == "on_error"


def test_gpx_without_times_is_a_route(tmp_path):
    gpx = ('<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><rte>'
           '<rtept lat="45" lon="5"/><rtept lat="45.1" lon="5"/></rte></gpx>')
    e = _err(_write(tmp_path / "route.gpx", gpx))
    assert e.file == "route.gpx" and "<time>" in e.problem


def test_empty_input_list():
    with pytest.raises(InputError) as info:
        read_traces([])
    assert info.value.field == "inputs" and "Choose" in info.value.hint
