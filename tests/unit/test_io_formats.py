"""read_traces on every supported format, with generated files whose truth is known."""
import gzip
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import Cancelled, InputError
from tracemob.tracemob_plugin.core.ingest import POINT_COLUMNS, read_traces

DATA = Path(__file__).parent / "data" / "io"

# Two known instants either side of the spring DST change in Paris (2024-03-31 02:00 -> 03:00)
# and two more on the autumn change, when local 02:15 and 02:45 happen twice.
UTC_TIMES = pd.to_datetime(["2024-03-31T00:30:00Z", "2024-03-31T01:30:00Z",
                            "2024-10-27T00:15:00Z", "2024-10-27T00:45:00Z",
                            "2024-10-27T01:15:00Z", "2024-10-27T01:45:00Z"], utc=True)
PARIS_NAIVE = ["2024-03-31 01:30:00", "2024-03-31 03:30:00",
               "2024-10-27 02:15:00", "2024-10-27 02:45:00",
               "2024-10-27 02:15:00", "2024-10-27 02:45:00"]
PARIS_OFFSET = ["2024-03-31T01:30:00+01:00", "2024-03-31T03:30:00+02:00",
                "2024-10-27T02:15:00+02:00", "2024-10-27T02:45:00+02:00",
                "2024-10-27T02:15:00+01:00", "2024-10-27T02:45:00+01:00"]
LATS = [48.8566, 48.8570, 48.8580, 48.8590, 48.8600, 48.8610]
LONS = [2.3522, 2.3530, 2.3545, 2.3550, 2.3560, 2.3570]


def _epoch_s():
    return [str(int(t.timestamp())) for t in UTC_TIMES]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _check_points(t, n=6):
    p = t.points
    assert list(p.columns) == POINT_COLUMNS
    assert str(p["time"].dtype) == "datetime64[ns, UTC]"
    assert p.index.tolist() == list(range(n))
    for c in ("lat", "lon", "accuracy_m", "speed_mps"):
        assert p[c].dtype == np.float64


CSV_VARIANTS = {
    "comma_iso_z.csv": lambda: "user_id,time,lat,lon\n" + "".join(
        "u,{0},{1},{2}\n".format(t.strftime("%Y-%m-%dT%H:%M:%SZ"), la, lo)
        for t, la, lo in zip(UTC_TIMES, LATS, LONS)),
    "semicolon_offset.csv": lambda: "User;Timestamp;Latitude;Longitude\n" + "".join(
        "u;{0};{1};{2}\n".format(t, str(la).replace(".", ","), str(lo).replace(".", ","))
        for t, la, lo in zip(PARIS_OFFSET, LATS, LONS)),
    "tab_epoch_s.tsv": lambda: "uid\tts\tlatitude\tlongitude\n" + "".join(
        "u\t{0}\t{1}\t{2}\n".format(t, la, lo) for t, la, lo in zip(_epoch_s(), LATS, LONS)),
    "comma_epoch_ms.csv": lambda: "USER,TIMESTAMP,LAT,LNG\n" + "".join(
        "u,{0}000,{1},{2}\n".format(t, la, lo) for t, la, lo in zip(_epoch_s(), LATS, LONS)),
    "pipe_naive_paris.txt": lambda: "user|datetime|lat|lon\n" + "".join(
        "u|{0}|{1}|{2}\n".format(t, la, lo) for t, la, lo in zip(PARIS_NAIVE, LATS, LONS)),
    "semicolon_date_heure_paris.csv": lambda: "utilisateur;date;heure;lat;lon\n" + "".join(
        "u;{0};{1};{2};{3}\n".format(
            pd.Timestamp(t).strftime("%d/%m/%Y"), pd.Timestamp(t).strftime("%H:%M:%S"),
            str(la).replace(".", ","), str(lo).replace(".", ","))
        for t, la, lo in zip(PARIS_NAIVE, LATS, LONS)),
}


@pytest.mark.parametrize("name", sorted(CSV_VARIANTS))
def test_csv_variants_give_identical_utc_times(tmp_path, name):
    path = _write(tmp_path / name, CSV_VARIANTS[name]())
    t = read_traces(path, timezone="Europe/Paris")
    _check_points(t)
    assert t.points["time"].tolist() == list(UTC_TIMES)
    assert t.points["lat"].tolist() == LATS
    assert t.points["lon"].tolist() == LONS
    assert set(t.points["user_id"]) == {"u"}
    assert set(t.points["source_file"]) == {name}
    assert t.points["accuracy_m"].isna().all() and t.points["speed_mps"].isna().all()


def test_naive_times_are_utc_by_default(tmp_path):
    path = _write(tmp_path / "naive.csv", "time,lat,lon\n2024-03-31 01:30:00,45,5\n"
                                          "2024-03-31 01:31:00,45,5.001\n")
    t = read_traces(path)
    assert t.points["time"].iloc[0] == pd.Timestamp("2024-03-31T01:30:00Z")
    assert t.points["user_id"].tolist() == ["naive", "naive"]  # file stem without user column
    assert read_traces(path, user_id="p7").points["user_id"].tolist() == ["p7", "p7"]


def test_spring_gap_times_are_shifted_and_reported(tmp_path):
    # 02:30 does not exist in Paris on 2024-03-31: shifted to 03:00 CEST = 01:00 UTC
    path = _write(tmp_path / "gap.csv", "time,lat,lon\n2024-03-31 01:59:00,45,5\n"
                                        "2024-03-31 02:30:00,45,5.001\n2024-03-31 03:10:00,45,5.002\n")
    t = read_traces(path, timezone="Europe/Paris")
    assert t.points["time"].tolist() == list(pd.to_datetime(
        ["2024-03-31T00:59:00Z", "2024-03-31T01:00:00Z", "2024-03-31T01:10:00Z"], utc=True))
    assert any("skipped when clocks go forward" in w for w in t.warnings)


def test_lone_ambiguous_time_does_not_crash(tmp_path):
    path = _write(tmp_path / "amb.csv", "time,lat,lon\n2024-10-27 02:30:00,45,5\n"
                                        "2024-10-27 04:00:00,45,5.001\n")
    t = read_traces(path, timezone="Europe/Paris")
    assert t.points["time"].iloc[0] == pd.Timestamp("2024-10-27T00:30:00Z")  # summer time assumed
    assert t.points["time"].iloc[1] == pd.Timestamp("2024-10-27T03:00:00Z")
    assert any("occur twice" in w for w in t.warnings)


def test_french_export_decimal_comma_accuracy_and_kmh():
    t = read_traces(DATA / "export_fr_paris.csv", timezone="Europe/Paris")
    p = t.points
    assert p["time"].tolist() == [pd.Timestamp("2024-03-31T00:30:00Z"),
                                  pd.Timestamp("2024-03-31T01:30:00Z")]
    assert p["lat"].tolist() == [48.8566, 48.857]
    assert p["accuracy_m"].tolist() == [12.5, 8.0]
    assert p["speed_mps"].tolist() == pytest.approx([1.0, 2.0])
    assert p["user_id"].tolist() == ["export_fr_paris"] * 2


def test_several_users_sorted_by_user_then_time(tmp_path):
    path = _write(tmp_path / "multi.csv", "user,time,lat,lon,accuracy,speed\n"
                  "b,2024-01-01T10:00:05Z,45,5,5,1\n"
                  "a,2024-01-01T10:00:09Z,45,5,,\n"
                  "b,2024-01-01T10:00:01Z,45,5,7,-1\n"
                  "a,2024-01-01T10:00:02Z,45,5,3,2\n")
    p = read_traces(path).points
    assert p["user_id"].tolist() == ["a", "a", "b", "b"]
    assert p["time"].dt.second.tolist() == [2, 9, 1, 5]
    assert p["accuracy_m"].tolist()[:1] == [3.0] and np.isnan(p["accuracy_m"].iloc[1])
    assert np.isnan(p["speed_mps"].iloc[2])  # negative speed = unknown


def _gpx_text(lats, lons, times, version="1.1"):
    ns = "http://www.topografix.com/GPX/1/1" if version == "1.1" else "http://www.topografix.com/GPX/1/0"
    pts = "".join('<trkpt lat="{0:.7f}" lon="{1:.7f}"><time>{2}</time></trkpt>\n'.format(
        la, lo, t.strftime("%Y-%m-%dT%H:%M:%SZ")) for la, lo, t in zip(lats, lons, times))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="{v}" creator="t" xmlns="{ns}">'
            "<trk><trkseg>\n{pts}</trkseg></trk></gpx>\n").format(v=version, ns=ns, pts=pts)


def _generated_track(n=50):
    times = pd.date_range("2024-06-03T06:00:00Z", periods=n, freq="7s")
    lats = [45.75 + 0.0001 * i for i in range(n)]
    lons = [4.85 - 0.00015 * i for i in range(n)]
    return lats, lons, times


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_gpx_round_trip_generated_track(tmp_path, version):
    lats, lons, times = _generated_track()
    path = _write(tmp_path / "rt.gpx", _gpx_text(lats, lons, times, version))
    t = read_traces(path)
    _check_points(t, 50)
    assert np.allclose(t.points["lat"], lats, atol=1e-9)
    assert np.allclose(t.points["lon"], lons, atol=1e-9)
    assert t.points["time"].tolist() == list(times)


def test_gpx_speed_extensions_and_offsets():
    t11 = read_traces(DATA / "track_gpx11.gpx")
    assert t11.points["speed_mps"].tolist()[:2] == [4.5, 5.0]
    assert np.isnan(t11.points["speed_mps"].iloc[2])
    assert t11.points["time"].iloc[2] == pd.Timestamp("2024-05-01T07:00:30Z")
    assert t11.points["user_id"].tolist() == ["track_gpx11"] * 3
    t10 = read_traces(DATA / "track_gpx10.gpx")
    assert t10.points["speed_mps"].tolist() == [1.4, 1.5]
    assert t10.points["lat"].tolist() == [43.6047, 43.6048]


def test_geojson_points_round_trip(tmp_path):
    lats, lons, times = _generated_track(20)
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lo, la]},
         "properties": {"time": t.isoformat(), "user_id": "v1", "accuracy": 5 + i}}
        for i, (la, lo, t) in enumerate(zip(lats, lons, times))]}
    path = _write(tmp_path / "pts.geojson", json.dumps(fc))
    t = read_traces(path)
    _check_points(t, 20)
    assert t.points["lat"].tolist() == lats and t.points["lon"].tolist() == lons
    assert t.points["time"].tolist() == list(times)
    assert t.points["accuracy_m"].tolist() == [5.0 + i for i in range(20)]
    assert set(t.points["user_id"]) == {"v1"}


def test_geojson_linestrings_with_coord_times(tmp_path):
    lats, lons, times = _generated_track(10)
    iso = [t.strftime("%Y-%m-%dT%H:%M:%SZ") for t in times]
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "LineString",
                                         "coordinates": [[lo, la, 100] for la, lo in zip(lats[:6], lons[:6])]},
         "properties": {"coordTimes": iso[:6]}},
        {"type": "Feature", "geometry": {"type": "MultiLineString",
                                         "coordinates": [[[lo, la] for la, lo in zip(lats[6:8], lons[6:8])],
                                                         [[lo, la] for la, lo in zip(lats[8:], lons[8:])]]},
         "properties": {"times": [iso[6:8], iso[8:]]}}]}
    path = _write(tmp_path / "lines.json", json.dumps(fc))
    t = read_traces(path)
    assert t.points["time"].tolist() == list(times)
    assert t.points["lat"].tolist() == lats
    # epoch milliseconds as vertex times (togeojson's 'times' may be numbers)
    fc = {"type": "Feature", "geometry": {"type": "LineString",
                                          "coordinates": [[lo, la] for la, lo in zip(lats, lons)]},
          "properties": {"coordinateProperties": {"times": [int(t.timestamp() * 1000) for t in times]}}}
    t = read_traces(_write(tmp_path / "line_ms.geojson", json.dumps(fc)))
    assert t.points["time"].tolist() == list(times)


def test_folder_recursive_sorted_gzip_and_non_traces_skipped(tmp_path):
    lats, lons, times = _generated_track(4)
    root = tmp_path / "in"
    (root / "b").mkdir(parents=True)
    _write(root / "README.md", "# notes")
    _write(root / "labels.txt", "Start Time\tEnd Time\tTransportation Mode\n2008/03/31 16:00:08\t"
                                "2008/03/31 16:09:01\ttaxi\n")
    _write(root / "a.csv", "user,time,lat,lon\n" + "".join(
        "ua,{0},{1},{2}\n".format(t.isoformat(), la, lo) for la, lo, t in zip(lats, lons, times)))
    with gzip.open(root / "b" / "c.gpx.gz", "wt", encoding="utf-8") as fh:
        fh.write(_gpx_text(lats, lons, times))
    t = read_traces(root)
    assert t.files == ["a.csv", "c.gpx.gz", "labels.txt"]  # sorted by path: a.csv, b/c.gpx.gz, ...
    assert sorted(set(t.points["user_id"])) == ["c", "ua"]
    assert len(t.points) == 8
    # a labels table (GeoLife labels.txt layout) goes to trips_labels, README is ignored
    assert t.trips_labels[["user_id", "mode_confirm"]].values.tolist() == [["labels", "taxi"]]
    assert t.trips_labels["start_time"].iloc[0] == pd.Timestamp("2008-03-31T16:00:08Z")
    assert t.trips_labels["end_time"].iloc[0] == pd.Timestamp("2008-03-31T16:09:01Z")
    _write(root / "notes.csv", "name,comment\nx,y\n")
    t = read_traces(root)
    assert t.files == ["a.csv", "c.gpx.gz", "labels.txt"]
    assert any("notes.csv" in w and "not a trace" in w for w in t.warnings)
    # a single explicit file that is not a trace raises
    with pytest.raises(InputError):
        read_traces(root / "notes.csv")


def test_emission_export_wrapped_and_gzipped(tmp_path, sample_dir):
    entries = json.loads((sample_dir / "shankari_2016-09-03.json").read_text())
    with gzip.open(tmp_path / "openpath_export.json.gz", "wt") as fh:
        json.dump({"phone_data": entries}, fh)
    t = read_traces(tmp_path / "openpath_export.json.gz")
    ref = read_traces(sample_dir / "shankari_2016-09-03.json")
    assert len(t.points) == len(ref.points) == 174
    assert t.points["time"].equals(ref.points["time"])
    assert t.files == ["openpath_export.json.gz"]


def test_max_accuracy_drops_and_reports(tmp_path):
    path = _write(tmp_path / "acc.csv", "time,lat,lon,accuracy\n" + "".join(
        "2024-01-01T10:00:0{0}Z,45,5,{1}\n".format(i, a) for i, a in enumerate([5, 50, 500, "", 20])))
    t = read_traces(path, max_accuracy_m=30)
    assert t.points["time"].dt.second.tolist() == [0, 3, 4]  # unknown accuracy kept
    assert any("dropped 2 of 5" in w for w in t.warnings)


def test_on_error_skip_keeps_good_files(tmp_path):
    good = _write(tmp_path / "good.csv", "time,lat,lon\n2024-01-01T10:00:00Z,45,5\n"
                                         "2024-01-01T10:00:05Z,45,5.0001\n")
    bad = _write(tmp_path / "bad.csv", "time,lat,lon\nyesterday,45,5\n2024-01-01T10:00:05Z,45,5\n")
    with pytest.raises(InputError):
        read_traces([good, bad])
    t = read_traces([good, bad], on_error="skip")
    assert len(t.points) == 2 and t.files == ["good.csv"]
    assert any("bad.csv" in w and "yesterday" in w for w in t.warnings)


def test_progress_and_cancel(tmp_path):
    paths = []
    for k in range(3):
        paths.append(_write(tmp_path / "f{0}.csv".format(k), "time,lat,lon\n2024-01-01T10:00:00Z,45,5\n"
                                                           "2024-01-01T10:00:05Z,45,5.0001\n"))
    seen = []
    read_traces(paths, progress=seen.append)
    assert seen == pytest.approx([1 / 3, 2 / 3, 1.0])
    calls = []

    def cancel_after_one():
        calls.append(1)
        return len(calls) > 1
    with pytest.raises(Cancelled):
        read_traces(paths, is_cancelled=cancel_after_one)


def test_geolife_sample_real_file(geolife_dir):
    """The GeoLife benchmark table (lat, lng, datetime, uid): 217,653 fixes of 2 users."""
    t = read_traces(geolife_dir / "geolife_sample.txt.gz")
    assert len(t.points) == 217653
    assert sorted(set(t.points["user_id"])) == ["001", "005"]  # leading zeros kept
    assert t.points["time"].iloc[0] == pd.Timestamp("2008-10-23T05:53:05Z")


def test_utc_suffix_and_windows_1252_header(tmp_path):
    text = "Date/heure;Latitude;Longitude;Précision\n2024-06-01 08:00:00 UTC;45,5;4,8;5\n" \
           "2024-06-01 08:00:10 UTC;45,5;4,8001;6\n"
    path = tmp_path / "excel.csv"
    path.write_bytes(text.encode("cp1252"))
    t = read_traces(path, timezone="Europe/Paris")  # UTC written in the value wins over the zone
    assert t.points["time"].tolist() == [pd.Timestamp("2024-06-01T08:00:00Z"),
                                         pd.Timestamp("2024-06-01T08:00:10Z")]
    assert t.points["accuracy_m"].tolist() == [5.0, 6.0]
    assert t.points["lat"].tolist() == [45.5, 45.5]


def test_day_first_dates_and_missing_time(tmp_path):
    path = _write(tmp_path / "fr.csv", "time;lat;lon\n02/03/2024 08:00;45;5\n02/03/2024 08:01;45;5\n")
    assert read_traces(path).points["time"].iloc[0] == pd.Timestamp("2024-03-02T08:00:00Z")
    path = _write(tmp_path / "us.csv", "time,lat,lon\n03/25/2024 08:00:00,45,5\n03/26/2024 08:01:00,45,5\n")
    assert read_traces(path).points["time"].iloc[1] == pd.Timestamp("2024-03-26T08:01:00Z")
    path = _write(tmp_path / "hole.csv", "ts,lat,lon\n1704103200,45,5\n,45,5\n")
    with pytest.raises(InputError) as info:
        read_traces(path)
    assert info.value.row == 3 and "missing" in info.value.problem


def test_json_lines_of_emission_entries(tmp_path, sample_dir):
    entries = json.loads((sample_dir / "shankari_2016-08-10.json").read_text())
    path = _write(tmp_path / "mongoexport.json", "\n".join(json.dumps(e) for e in entries) + "\n")
    t = read_traces(path)
    assert len(t.points) == 185
    assert set(t.points["user_id"]) == {"0763de67f61e3f5d90e7518e69793954"}


def test_openpath_timeline_dump_in_a_folder(tmp_path, sample_dir):
    """OpenPATH's "Download JSON dump" writes the entry list to YYYY-MM-DD.YYYY-MM-DD.timeline."""
    entries = json.loads((sample_dir / "shankari_2016-07-22.json").read_text())
    (tmp_path / "dl").mkdir()
    _write(tmp_path / "dl" / "2016-07-22.2016-07-22.timeline", json.dumps(entries, indent=2))
    t = read_traces(tmp_path / "dl")
    assert t.files == ["2016-07-22.2016-07-22.timeline"]
    assert len(t.points) == 220 and len(t.motion) == 340
    assert set(t.points["user_id"]) == {"0763de67f61e3f5d90e7518e69793954"}
