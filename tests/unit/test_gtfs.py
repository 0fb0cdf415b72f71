"""GTFS feeds: the real Cairns feed read with counts checked against its files, a generated feed with known
truth, every validation error naming the file, the line and the field, and unsafe zips refused."""
import sys
import zipfile
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.ingest.gtfs import parse_times, read_gtfs, route_mode

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
import gen_gtfs as gen  # noqa: E402

CAIRNS = Path(__file__).resolve().parents[1] / "data" / "gtfs" / "cairns_gtfs.zip"
FRAMES = ("stops", "routes", "trips", "stop_times", "calendar", "calendar_dates", "shapes")


def _lines(name):
    """Data rows of a file of the Cairns zip, counted in the raw bytes (header excluded)."""
    with zipfile.ZipFile(CAIRNS) as z:
        return z.read(name).rstrip(b"\r\n").count(b"\n")


@pytest.fixture(scope="module")
def cairns():
    return read_gtfs(CAIRNS)


# ---------------------------------------------------------------------------------------- the real feed
def test_real_feed_counts_match_its_files(cairns):
    assert (len(cairns.stops), len(cairns.routes), len(cairns.trips), len(cairns.stop_times),
            len(cairns.shapes), len(cairns.calendar), len(cairns.calendar_dates)) == (
        _lines("stops.txt"), _lines("routes.txt"), _lines("trips.txt"), _lines("stop_times.txt"),
        _lines("shapes.txt"), _lines("calendar.txt"), _lines("calendar_dates.txt"))
    assert (len(cairns.stops), len(cairns.routes), len(cairns.trips), len(cairns.stop_times)) == (
        416, 22, 1339, 37790)
    assert cairns.timezone == "Australia/Brisbane"
    assert not cairns.shapes_from_stops
    assert cairns.warnings == []


def test_real_feed_values(cairns):
    assert set(cairns.routes["mode"]) == {"bus"}
    assert cairns.routes.set_index("route_id").loc["110-423", "route_name"] == "110"
    stop = cairns.stops.set_index("stop_id").loc["750000"]
    assert stop.lat == pytest.approx(-16.74359) and stop.lon == pytest.approx(145.668217)
    assert cairns.stops.location_type.eq(0).all()
    first = cairns.stop_times.iloc[0]
    assert (first.trip_id, first.stop_sequence, first.stop_id, first.arrival_s) == (
        "CNS2014-CNS_MUL-Weekday-00-4165878", 1, "750337", 5 * 3600 + 50 * 60)
    # times past midnight stay on their service day: the latest is 29:39:00
    assert cairns.stop_times.arrival_s.max() == 29 * 3600 + 39 * 60
    given = ~cairns.stop_times.interpolated
    assert (cairns.stop_times.arrival_s[given] >= 24 * 3600).sum() == 1405  # as counted in the file


def test_real_feed_blank_times_interpolated_between_neighbours(cairns):
    st = cairns.stop_times
    assert st.interpolated.sum() == 65
    i = np.flatnonzero(st.interpolated.to_numpy())
    same_trip = (st.trip_id.to_numpy()[i - 1] == st.trip_id.to_numpy()[i]) & (
        st.trip_id.to_numpy()[i + 1] == st.trip_id.to_numpy()[i])
    assert same_trip.all()
    assert (st.arrival_s.to_numpy()[i] >= st.departure_s.to_numpy()[i - 1]).all()
    assert (st.arrival_s.to_numpy()[i] <= st.arrival_s.to_numpy()[i + 1]).all()
    # times of every trip never go back
    same = st.trip_id.to_numpy()[1:] == st.trip_id.to_numpy()[:-1]
    assert (st.arrival_s.to_numpy()[1:][same] >= st.departure_s.to_numpy()[:-1][same]).all()


def test_real_feed_calendar_exceptions(cairns):
    # Monday 9 June 2014 (Queen's Birthday): weekday service removed, Sunday service added
    assert list(cairns.services_on(date(2014, 6, 9))) == ["CNS2014-CNS_MUL-Sunday-00"]
    assert list(cairns.services_on("2014-06-10")) == ["CNS2014-CNS_MUL-Weekday-00"]
    assert list(cairns.services_on(20140530)) == ["CNS2014-CNS_MUL-Weekday-00",
                                                  "CNS2014-CNS_MUL-Weekday-00-0000100"]
    assert list(cairns.services_on(20140525)) == []  # before the calendar starts


def test_zip_folder_and_subfolder_zip_give_the_same_frames(cairns, tmp_path):
    folder = tmp_path / "cairns"
    with zipfile.ZipFile(CAIRNS) as z:
        z.extractall(folder)
    nested = gen.zip_folder(folder, tmp_path / "nested.zip", prefix="cairns_gtfs_2014/")
    for other in (read_gtfs(folder), read_gtfs(nested), read_gtfs(tmp_path)):  # tmp_path: one sub-folder
        for name in FRAMES:
            pd.testing.assert_frame_equal(getattr(cairns, name), getattr(other, name))
        assert other.timezone == cairns.timezone


# ---------------------------------------------------------------------------------------- generated feed
@pytest.fixture()
def feed_dir(tmp_path):
    return gen.write_feed(tmp_path / "feed")


def test_generated_feed_truth(feed_dir):
    feed = read_gtfs(feed_dir)
    routes = feed.routes.set_index("route_id")
    assert routes.loc["B42", "mode"] == "bus" and routes.loc["T1", "mode"] == "tram"
    assert routes.loc["B42", "route_long_name"] == "Gare, Nord - Porte, Sud"  # quoted comma
    assert routes.loc["B42", "route_name"] == "42"
    stops = feed.stops.set_index("stop_id")
    assert stops.loc["S0", "parent_station"] == "STA" and stops.loc["STA", "location_type"] == 1
    assert stops.loc["S2", "stop_name"] == "Arrêt 2"
    assert stops.loc["S5", "lon"] == pytest.approx(gen.LON0 + 5 * gen.STOP_STEP_DEG)
    st = feed.stop_times
    for trip, start in gen.TRIP_STARTS:
        got = st[st.trip_id == trip]
        assert list(got.stop_id) == ["S%d" % i for i in range(gen.N_STOPS)]
        want = gen.schedule(start)
        given = [i for i in range(gen.N_STOPS) if (trip, i) != gen.BLANK]
        assert list(got.arrival_s.iloc[given]) == [want[i][0] for i in given]
        assert list(got.departure_s.iloc[given]) == [want[i][1] for i in given]
    late = st[st.trip_id == "B42_2400"]
    assert late.arrival_s.iloc[0] == 24 * 3600 + 30 * 60  # 24:30:00
    # the blank stop: interpolated by stop count between its neighbours, flagged
    b = st[st.trip_id == "B42_0800"].reset_index(drop=True)
    assert b.interpolated.tolist() == [False, False, False, True, False, False]
    assert b.arrival_s[3] == round((b.departure_s[2] + b.arrival_s[4]) / 2)
    assert feed.trips.set_index("trip_id").loc["T1_0805", "shape_id"] == "stops:0"
    assert not feed.shapes_from_stops
    assert len(feed.warnings) == 1 and "1 trips have no shape" in feed.warnings[0]


def test_calendar_dates_exceptions(feed_dir):
    feed = read_gtfs(feed_dir)
    assert list(feed.services_on(date(2024, 5, 1))) == ["SU"]      # holiday Wednesday: Sunday service
    assert list(feed.services_on(date(2024, 5, 2))) == ["WK"]
    assert list(feed.services_on(date(2024, 5, 5))) == ["SU"]
    assert list(feed.services_on(date(2025, 5, 5))) == []          # after end_date
    only_dates = read_gtfs(gen.write_feed(feed_dir.parent / "dates_only", {
        "calendar.txt": None, "calendar_dates.txt": "service_id,date,exception_type\nWK,20240502,1\n"
                                                    "SU,20240505,1\n"}))
    assert list(only_dates.services_on(20240502)) == ["WK"]
    assert list(only_dates.services_on(20240503)) == []


def test_quirks_bom_crlf_extra_columns_blank_lines_give_the_same_frames(feed_dir, tmp_path):
    plain = read_gtfs(feed_dir)
    quirky = read_gtfs(gen.write_feed(tmp_path / "quirky", bom=True, crlf=True, overrides={
        "routes.txt": gen.ROUTES.replace("route_color", " route_color ") + "\n\n",
        "stops.txt": gen.stops_text().replace("stop_lat,stop_lon", "stop_lat , stop_lon"),
    }))
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(plain, name), getattr(quirky, name))


def test_spaces_around_values_are_read(feed_dir, tmp_path):
    plain = read_gtfs(feed_dir)
    times = gen.stop_times_text().replace(",08:01:00,08:01:20,", ", 08:01:00 ,08:01:20 ,")
    spaced = read_gtfs(gen.write_feed(tmp_path / "spaced", overrides={
        "stops.txt": gen.stops_text().replace(",48.850000,", ", 48.850000,"), "stop_times.txt": times}))
    for name in FRAMES:
        pd.testing.assert_frame_equal(getattr(plain, name), getattr(spaced, name))


def test_feed_without_shapes_gets_lines_through_the_stops(feed_dir, tmp_path):
    feed = read_gtfs(gen.write_feed(tmp_path / "noshapes", {"shapes.txt": None}))
    assert feed.shapes_from_stops
    assert "no shapes.txt" in feed.warnings[0]
    # every trip calls at the same 6 stops in the same order: one pattern, one line through them
    assert set(feed.trips.shape_id) == {"stops:0"}
    assert list(feed.shapes.lon) == pytest.approx([gen.LON0 + i * gen.STOP_STEP_DEG for i in range(gen.N_STOPS)])
    assert list(feed.shapes.seq) == list(range(gen.N_STOPS))


def test_route_types_basic_and_extended():
    codes = [0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 100, 109, 200, 202, 400, 401, 700, 715, 800, 900, 1000, 1200,
             1300, 1400, 1700, 99, -1]
    assert list(route_mode(codes)) == [
        "tram", "metro", "train", "bus", "ferry", "tram", "aerial", "funicular", "bus", "metro", "train", "train",
        "coach", "coach", "metro", "metro", "bus", "bus", "bus", "tram", "ferry", "ferry", "aerial", "funicular",
        None, None, None]


def test_parse_times():
    got = parse_times(["7:05:00", "07:05:09", "25:10:00", "123:00:01", "", "7:60:00", "07:05", "x7:05:00"])
    assert got[:4].tolist() == [25500, 25509, 90600, 442801]
    assert np.isnan(got[4:]).all()


# ---------------------------------------------------------------------------------------- errors
def _err(folder, overrides) -> InputError:
    with pytest.raises(InputError) as info:
        read_gtfs(gen.write_feed(folder, overrides))
    return info.value


def _check(e: InputError, file, row, field):
    assert e.file == "feed/" + file
    assert e.row == row
    assert e.field == field
    assert e.hint
    text = str(e)
    assert "feed/" + file in text and "row %d" % row in text and "'%s'" % field in text


@pytest.mark.parametrize("missing", ["stops.txt", "routes.txt", "trips.txt", "stop_times.txt"])
def test_missing_required_file(tmp_path, missing):
    e = _err(tmp_path / "feed", {missing: None})
    assert e.file == "feed" and missing in e.problem and e.hint


def test_missing_calendar_and_calendar_dates(tmp_path):
    e = _err(tmp_path / "feed", {"calendar.txt": None, "calendar_dates.txt": None})
    assert "calendar.txt" in e.problem and "calendar_dates.txt" in e.hint


@pytest.mark.parametrize("file, column", [
    ("stops.txt", "stop_id"), ("stops.txt", "stop_lat"), ("routes.txt", "route_type"), ("trips.txt", "service_id"),
    ("stop_times.txt", "departure_time"), ("calendar.txt", "sunday"), ("calendar_dates.txt", "exception_type"),
    ("shapes.txt", "shape_pt_sequence"),
])
def test_missing_required_column(tmp_path, file, column):
    text = gen.feed_files()[file]
    header, rest = text.split("\n", 1)
    cols = header.split(",")
    k = cols.index(column)
    cols[k] = "x_" + column  # renamed: the column is absent
    e = _err(tmp_path / "feed", {file: ",".join(cols) + "\n" + rest})
    _check(e, file, 1, column)
    assert "missing" in e.problem


def _replace_line(text, lineno, old, new):
    lines = text.split("\n")
    assert old in lines[lineno - 1]
    lines[lineno - 1] = lines[lineno - 1].replace(old, new, 1)
    return "\n".join(lines)


# (file, line of the file, text on that line, replacement, field, words of the problem)
BAD_VALUES = [
    ("stop_times.txt", 4, ",S2,", ",S99,", "stop_id", "'S99' is not in stops.txt"),
    ("stop_times.txt", 9, "B42_2400,", "B42_9999,", "trip_id", "'B42_9999' is not in trips.txt"),
    ("trips.txt", 3, "B42,WK,B42_2400", "B43,WK,B42_2400", "route_id", "'B43' is not in routes.txt"),
    ("trips.txt", 2, "B42,WK,", "B42,XX,", "service_id", "'XX' is not in calendar.txt"),
    ("trips.txt", 5, ",0,,", ",0,SH_X,", "shape_id", "'SH_X' is not in shapes.txt"),
    ("stops.txt", 4, ",0,,", ",0,STX,", "parent_station", "'STX' is not in stops.txt"),
    ("stop_times.txt", 3, "08:01:00", "8h01", "arrival_time", "cannot read the time '8h01'"),
    ("stop_times.txt", 6, "08:05:20", "08:65:20", "departure_time", "cannot read the time '08:65:20'"),
    ("stops.txt", 3, "48.850000", "148.850000", "stop_lat", "148.850000 is out of range (-90 to 90)"),
    ("stops.txt", 5, "2.36", "202.36", "stop_lon", "out of range (-180 to 180)"),
    ("stops.txt", 6, "48.850000", "", "stop_lat", "the stop has no position"),
    ("shapes.txt", 4, "48.850000", "abc", "shape_pt_lat", "'abc' is not a number"),
    ("routes.txt", 3, ",0,", ",tram,", "route_type", "'tram' is not a number"),
    ("stops.txt", 5, "S2,", "S1,", "stop_id", "'S1' is given twice"),
    ("calendar.txt", 3, "20241231", "2024-12-31", "end_date", "cannot read the date '2024-12-31'"),
    ("calendar_dates.txt", 2, "01,2", "01,3", "exception_type", "3 is out of range (1 to 2)"),
    ("stop_times.txt", 2, "08:00:00,08:00:00", ",", "arrival_time", "first and last stops"),
    ("stop_times.txt", 4, ",30,", ",20,", "stop_sequence", "stop_sequence 20 is given twice"),
    ("stop_times.txt", 3, "08:01:00,", "07:59:00,", "arrival_time", "before it left"),
]


@pytest.mark.parametrize("file, line, old, new, field, words", BAD_VALUES,
                         ids=["%s:%d:%s" % (b[0], b[1], b[4]) for b in BAD_VALUES])
def test_bad_value_names_file_row_field(tmp_path, file, line, old, new, field, words):
    text = _replace_line(gen.feed_files()[file], line, old, new)
    e = _err(tmp_path / "feed", {file: text})
    _check(e, file, line, field)
    assert words in e.problem


def test_row_is_the_line_of_the_file_even_after_blank_lines(tmp_path):
    text = gen.feed_files()["stop_times.txt"].replace("\n", "\n\n", 3)  # lines 2, 4, 6 blank
    lines = text.split("\n")
    k = next(i for i, s in enumerate(lines) if ",S4," in s and s.startswith("B42_0800"))
    lines[k] = lines[k].replace(",S4,", ",S77,")
    e = _err(tmp_path / "feed", {"stop_times.txt": "\n".join(lines)})
    _check(e, "stop_times.txt", k + 1, "stop_id")


def test_empty_file_and_not_a_zip(tmp_path):
    e = _err(tmp_path / "feed", {"routes.txt": ""})
    assert e.file == "feed/routes.txt" and "empty" in e.problem
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip at all")
    with pytest.raises(InputError) as info:
        read_gtfs(bad)
    assert info.value.file == "bad.zip" and "zip" in info.value.problem
    with pytest.raises(InputError) as info:
        read_gtfs(tmp_path / "nowhere.zip")
    assert "nowhere.zip" in str(info.value)


# ---------------------------------------------------------------------------------------- unsafe zips
def test_zip_bomb_refused(tmp_path):
    bomb = gen.zip_folder(gen.write_feed(tmp_path / "feed", {"shapes.txt": None}), tmp_path / "bomb.zip")
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("shapes.txt", b"shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n" + b"0" * 30_000_000)
    with pytest.raises(InputError) as info:
        read_gtfs(bomb)
    e = info.value
    assert e.file == "bomb.zip" and "zip bomb" in e.problem and "times" in e.problem


def test_absurd_total_size_refused(feed_dir, tmp_path):
    z = gen.zip_folder(feed_dir, tmp_path / "feed.zip")
    assert len(read_gtfs(z).stops) == 7
    with pytest.raises(InputError) as info:
        read_gtfs(z, max_bytes=1000)
    assert info.value.file == "feed.zip" and "GB" in info.value.problem


def test_member_path_leaving_the_archive_refused(feed_dir, tmp_path):
    z = gen.zip_folder(feed_dir, tmp_path / "evil.zip")
    with zipfile.ZipFile(z, "a") as zf:
        zf.writestr("../../etc/stops.txt", "stop_id\n")
    with pytest.raises(InputError) as info:
        read_gtfs(z)
    assert info.value.file == "evil.zip" and "../../etc/stops.txt" in info.value.problem


def test_damaged_zip_member_names_the_file(feed_dir, tmp_path):
    z = gen.zip_folder(feed_dir, tmp_path / "damaged.zip")
    data = bytearray(z.read_bytes())
    with zipfile.ZipFile(z) as zf:
        info = zf.getinfo("stop_times.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start:start + 40] = b"\xff" * 40  # the compressed bytes of stop_times.txt
    z.write_bytes(bytes(data))
    with pytest.raises(InputError) as info_:
        read_gtfs(z)
    assert info_.value.file == "damaged.zip/stop_times.txt" and "cannot unzip" in info_.value.problem


@pytest.mark.parametrize("text, line, field, words", [
    ("trip_id,start_time,end_time,headway_secs\nT1_0805,07:00:00,09:00:00,600\nT9,07:00:00,09:00:00,600\n",
     3, "trip_id", "'T9' is not in trips.txt"),
    ("trip_id,start_time,end_time,headway_secs\nT1_0805,07:00:00,09:00:00,0\n", 2, "headway_secs",
     "0 is out of range (1 to 86400)"),
    ("trip_id,start_time,end_time,headway_secs\nT1_0805,09:00:00,07:00:00,600\n", 2, "end_time",
     "ends before it starts"),
    ("trip_id,start_time,end_time,headway_secs\nT1_0805,7h,09:00:00,600\n", 2, "start_time",
     "cannot read the time '7h'"),
])
def test_bad_frequencies(tmp_path, text, line, field, words):
    e = _err(tmp_path / "feed", {"frequencies.txt": text})
    _check(e, "frequencies.txt", line, field)
    assert words in e.problem


def test_frequencies_read(tmp_path):
    feed = read_gtfs(gen.write_feed(tmp_path / "feed", {
        "frequencies.txt": "trip_id,start_time,end_time,headway_secs,exact_times\nT1_0805,07:00:00,25:00:00,600,\n"}))
    assert feed.frequencies.to_dict("records") == [
        {"trip_id": "T1_0805", "start_s": 7 * 3600, "end_s": 25 * 3600, "headway_s": 600}]
    assert read_gtfs(gen.write_feed(tmp_path / "plain")).frequencies is None
