"""Fuzz the trace readers (seeded, so every run is the same): truncated and byte-flipped real files, hostile
coordinates and times, encodings, empty files, entity expansion and huge numbers.

Every case either reads (and the points then keep the contract: finite WGS84 coordinates, UTC times, sorted
by participant and time) or raises the plugin's own error (``TracemobError``, an ``InputError`` naming the
file); never another exception. Where the good rows are known, their count is compared: good data is never
dropped without a warning. ``CASES`` counts the cases (printed at the end with ``-s``).
"""
import gzip
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError, TracemobError
from tracemob.tracemob_plugin.core.ingest import read_traces

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261201
REAL_FILES = [
    ROOT / "resources" / "sample" / "emission" / "shankari_2016-09-03.json",
    ROOT / "resources" / "sample" / "emission" / "shankari_2016-08-10.ground_truth.json",
    ROOT / "tests" / "unit" / "data" / "io" / "track_gpx11.gpx",
    ROOT / "tests" / "unit" / "data" / "io" / "track_gpx10.gpx",
    ROOT / "tests" / "unit" / "data" / "io" / "export_fr_paris.csv",
    ROOT / "tests" / "unit" / "data" / "io" / "geolife_like" / "042" / "Trajectory" / "20240101000000.plt",
    ROOT / "tests" / "data" / "emission_moves_2014" / "sections.csv.gz",
    ROOT / "resources" / "sample" / "network" / "helsinki_centre_roads.geojson",
]
N_TRUNCATIONS = 5
N_FLIPS = 5
CASES = {"count": 0}


def read_or_own_error(path, **kwargs):
    """``read_traces(path)``: the Traces, or the InputError it raised (any other exception fails the test)."""
    CASES["count"] += 1
    try:
        traces = read_traces(path, **kwargs)
    except TracemobError as err:
        assert str(err).strip(), "an error without a message"
        if isinstance(err, InputError) and err.file:
            assert Path(path).name in str(err.file) or str(path) in str(err.file), (err.file, path)
        return err
    except Exception as exc:  # noqa: BLE001 - the point of the suite
        pytest.fail("{0}: {1}: {2}".format(Path(path).name, type(exc).__name__, exc))
    check_contract(traces)
    return traces


def check_contract(traces):
    pts = traces.points
    if not len(pts):
        return
    assert np.isfinite(pts["lat"]).all() and np.isfinite(pts["lon"]).all()
    assert pts["lat"].abs().max() <= 90 and pts["lon"].abs().max() <= 180
    assert str(pts["time"].dtype) == "datetime64[ns, UTC]" and pts["time"].notna().all()
    key = pts[["user_id", "time"]].reset_index(drop=True)
    assert key.equals(key.sort_values(["user_id", "time"], kind="mergesort").reset_index(drop=True))


def _mutants():
    rng = random.Random(SEED)
    out = []
    for path in REAL_FILES:
        raw = path.read_bytes()
        inner = gzip.decompress(raw) if path.suffix == ".gz" else raw
        for k in range(N_TRUNCATIONS):
            cut = rng.randrange(1, max(len(inner) - 1, 2))
            out.append((path, "cut{0}@{1}".format(k, cut), inner[:cut]))
        for k in range(N_FLIPS):
            data = bytearray(inner)
            n = rng.choice((1, 3, 20))
            for _ in range(n):
                i = rng.randrange(len(data))
                data[i] = rng.randrange(256)
            out.append((path, "flip{0}x{1}".format(k, n), bytes(data)))
    return out


MUTANTS = _mutants()


@pytest.mark.parametrize("source, label, data", MUTANTS, ids=[f"{p.name}-{lab}" for p, lab, _ in MUTANTS])
def test_truncated_or_flipped_real_files_read_or_raise_our_error(tmp_path, source, label, data):
    name = source.name
    if name.endswith(".gz"):
        data = gzip.compress(data)
    path = tmp_path / name
    path.write_bytes(data)
    result = read_or_own_error(path)
    original = _original_count(source)
    if label.startswith("flip") and original is not None and not isinstance(result, TracemobError):
        # a few flipped bytes: the points read are all there, or the loss is reported
        assert len(result.points) >= original or result.warnings, (len(result.points), original)


_ORIGINAL = {}


def _original_count(source):
    if source not in _ORIGINAL:
        try:
            _ORIGINAL[source] = len(read_traces(source).points)
        except TracemobError:
            _ORIGINAL[source] = None
    return _ORIGINAL[source]


def test_truncated_gzip_itself_raises_our_error(tmp_path):
    raw = REAL_FILES[6].read_bytes()
    for cut in (10, len(raw) // 2, len(raw) - 3):
        path = tmp_path / "sections.csv.gz"
        path.write_bytes(raw[:cut])
        assert isinstance(read_or_own_error(path), InputError)


# ----------------------------------------------------------------------------------- controlled tables
def _table(tmp_path, name, rows, header="user_id,time,lat,lon", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(("\n".join([header] + rows) + "\n").encode(encoding))
    return path


def _good_rows(n=10, t0=1709622000, user="u"):
    return ["{0},{1},{2:.5f},{3:.5f}".format(user, t0 + 30 * i, 48.85 + 1e-4 * i, 2.35 + 1e-4 * i) for i in range(n)]


@pytest.mark.parametrize("bad", [
    "u,1709623000,nan,2.35", "u,1709623000,48.85,inf", "u,1709623000,-inf,2.35", "u,1709623000,95.0,2.35",
    "u,1709623000,48.85,200.0", "u,1709623000,1e400,2.35", "u,1709623000,,2.35", "u,1709623000,abc,2.35",
])
def test_bad_coordinates_are_refused_naming_the_row_and_field(tmp_path, bad):
    path = _table(tmp_path, "coords.csv", _good_rows() + [bad])
    result = read_or_own_error(path)
    assert isinstance(result, InputError), "a bad coordinate was read without a word"
    assert result.row == 12 and result.field in ("lat", "lon"), str(result)   # the header is row 1


def test_times_in_1970_and_2100_are_kept_and_counted(tmp_path):
    rows = _good_rows() + ["u,0,48.86,2.36", "u,4102444800,48.86,2.36"]
    traces = read_or_own_error(_table(tmp_path, "epochs.csv", rows))
    assert len(traces.points) == 12
    assert any("1 time(s) before 2000 and 1 after" in w for w in traces.warnings), traces.warnings


@pytest.mark.parametrize("bad", ["1709622000000000000000", "1" * 30, "1e20", "-1e19"])
def test_impossible_epochs_name_the_row(tmp_path, bad):
    rows = _good_rows() + ["u,{0},48.86,2.36".format(bad)]
    err = read_or_own_error(_table(tmp_path, "epochs.csv", rows))
    assert isinstance(err, InputError) and err.row == 12 and err.field == "time"


def test_duplicate_and_unsorted_times_keep_every_row_sorted(tmp_path):
    rows = _good_rows()
    shuffled = rows[:]
    random.Random(SEED).shuffle(shuffled)
    traces = read_or_own_error(_table(tmp_path, "unsorted.csv", shuffled + rows[:3]))
    assert len(traces.points) == 13     # the reader keeps exact duplicates (segmentation's cleaning drops them)
    assert traces.points["time"].is_monotonic_increasing
    assert traces.points["time"].duplicated().sum() == 3


def test_latin1_french_headers_and_decimal_commas(tmp_path):
    rows = ["31/03/2024 08:00:00;48,856600;2,352200;12,5;3,6", "31/03/2024 08:00:30;48,857000;2,353000;8;7,2",
            "31/03/2024 08:01:00;48,857500;2,353500;9,5;7,2"]
    path = _table(tmp_path, "export_latin1.csv", rows, header="Horodatage;Latitude;Longitude;Précision (m);"
                                                              "Vitesse (km/h)", encoding="latin-1")
    traces = read_or_own_error(path)
    pts = traces.points
    assert len(pts) == 3
    assert pts["lat"].tolist() == pytest.approx([48.8566, 48.857, 48.8575])
    assert pts["lon"].tolist() == pytest.approx([2.3522, 2.353, 2.3535])
    assert pts["accuracy_m"].tolist() == pytest.approx([12.5, 8.0, 9.5])
    assert pts["speed_mps"].tolist() == pytest.approx([1.0, 2.0, 2.0])
    assert pts["time"].iloc[0] == pd.Timestamp("2024-03-31 08:00:00", tz="UTC")


@pytest.mark.parametrize("name, content", [
    ("empty.csv", b""), ("blank.csv", b"\n \n"), ("header.csv", b"user_id,time,lat,lon\n"),
    ("header_fr.csv", "Horodatage;Latitude;Longitude\n".encode("latin-1")), ("empty.json", b""),
    ("emptylist.json", b"[]"), ("empty.gpx", b""), ("root.gpx", b"<gpx></gpx>"), ("empty.geojson", b"{}"),
    ("nofeatures.geojson", b'{"type": "FeatureCollection", "features": []}'), ("empty.plt", b""),
    ("bom.csv", b"\xef\xbb\xbf"), ("nul.csv", b"\x00" * 64),
])
def test_empty_and_header_only_files_raise_our_error(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    assert isinstance(read_or_own_error(path), InputError)


# ----------------------------------------------------------------------------------- hostile documents
def _lol_gpx(levels=9):
    entities = "".join(' <!ENTITY lol{0} "{1}">\n'.format(i, ("&lol{};".format(i - 1) if i > 1 else "&lol;") * 10)
                       for i in range(1, levels + 1))
    return ('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' + entities + "]>\n"
            '<gpx><trk><trkseg><trkpt lat="48.85" lon="2.35"><time>2024-03-05T07:00:00Z</time>'
            "<name>&lol{0};</name></trkpt></trkseg></trk></gpx>\n".format(levels)).encode()


HOSTILE = {
    "lol.gpx": _lol_gpx(),
    "external.gpx": (b'<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
                     b'<gpx><trk><trkseg><trkpt lat="48.85" lon="2.35"><time>2024-03-05T07:00:00Z</time>'
                     b"<name>&x;</name></trkpt></trkseg></trk></gpx>"),
    "deep.gpx": b"<gpx>" + b"<a>" * 50000 + b"</a>" * 50000 + b"</gpx>",
    "hugelat.gpx": ('<gpx><trk><trkseg><trkpt lat="' + "9" * 5000 + '" lon="2.35"><time>2024-03-05T07:00:00Z'
                    '</time></trkpt></trkseg></trk></gpx>').encode(),
    "bigint.json": b'[{"metadata": {"key": "background/location"}, "data": {"ts": ' + b"9" * 5000
                   + b', "latitude": 1, "longitude": 2}}]',
    "bigfloat.json": b'[{"metadata": {"key": "background/location"}, "data": {"ts": 1e999, "latitude": 1e999, '
                     b'"longitude": -1e999}}]',
    "deep.json": b"[" * 100000 + b"]" * 100000,
    "deep.geojson": b'{"type": "FeatureCollection", "features": ' + b"[" * 100000 + b"]" * 100000 + b"}",
    "nan.geojson": (b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Point", '
                    b'"coordinates": [NaN, Infinity]}, "properties": {"time": "2024-03-05T07:00:00Z"}}]}'),
    "hugetime.csv": ("user_id,time,lat,lon\nu," + "9" * 5000 + ",48.85,2.35\nu,1709622000,48.85,2.35\n").encode(),
    "hugecoord.csv": ("user_id,time,lat,lon\nu,1709622000," + "9" * 5000 + ",2.35\nu,1709622030,48.85,2.35\n").encode(),
    "binary.csv": bytes(random.Random(SEED).randrange(256) for _ in range(4096)),
    "binary.json": b"[" + bytes(random.Random(SEED + 1).randrange(256) for _ in range(4096)),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_documents_raise_our_error_and_skip_keeps_the_good_files(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(HOSTILE[name])
    result = read_or_own_error(path)
    assert isinstance(result, InputError) or len(result.points) <= 2
    good = REAL_FILES[0]
    alone = read_traces(good)
    CASES["count"] += 1
    try:
        both = read_traces([path, good], on_error="skip")
    except Exception as exc:  # noqa: BLE001 - skipping must keep the good file
        pytest.fail("skip with {0}: {1}: {2}".format(name, type(exc).__name__, exc))
    assert len(both.points) >= len(alone.points)
    if isinstance(result, InputError):
        assert len(both.points) == len(alone.points)
        assert any(name in w for w in both.warnings), both.warnings


def test_zz_case_count():
    """Runs last in this module: the number of cases (at least the planned ones)."""
    planned = len(MUTANTS) + 3 + 8 + 1 + 4 + 1 + 1 + 13 + 2 * len(HOSTILE)
    print("\nfuzz cases: {0} (planned {1})".format(CASES["count"], planned))
    if CASES["count"]:  # 0 when this test is selected alone (-k)
        assert CASES["count"] == planned
