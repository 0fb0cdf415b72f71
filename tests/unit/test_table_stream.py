"""The chunked CSV reader (ingest.table.parse_table_file) gives exactly what the whole-text reader gives."""
import gzip

import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.ingest import table
from tracemob.tracemob_plugin.core.ingest.files import read_one_file

CASES = {
    "naive_iso.csv": "user,time,lat,lon,accuracy\n" + "".join(
        "{u},2024-03-{d:02d}T08:{m:02d}:00,45.{m:02d},5.1,{a}\n".format(u=u, d=d, m=m, a=m % 7 or "")
        for u in ("a", "7.0", "7", " b ") for d in (30, 31) for m in range(0, 50, 7)),
    "zulu.csv": "user_id,timestamp,latitude,longitude\n" + "".join(
        "u{u},2024-06-01T10:00:{s:02d}Z,45.0{s:02d},5.0\n".format(u=u, s=s) for u in range(3) for s in range(0, 60, 9)),
    "epoch.csv": "uid;ts;lat;lon;speed\n" + "".join(
        "{u};{t};45,{i:03d};5,5;1,5\n".format(u=u, t=1704103200 + i * 5, i=i) for u in (1, 2) for i in range(11)),
    "blank_lines.csv": "time,lat,lon\n2024-01-01 10:00:00,45,5\n\n2024-01-01 10:00:05,45.001,5\n,,\n"
                       "2024-01-01 10:00:10,45.002,5\n2024-01-01 10:00:15,45.003,5\n",
    "date_clock.csv": "date,heure,lat,lon\n" + "".join(
        "01/02/2024,10:00:{s:02d},45.{s:02d},5\n".format(s=s) for s in range(0, 60, 6)),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("timezone", ["UTC", "Europe/Paris"])
def test_chunked_reader_equals_text_reader(tmp_path, monkeypatch, name, timezone):
    monkeypatch.setattr(table, "CHUNK_ROWS", 3)
    path = tmp_path / name
    path.write_text(CASES[name], encoding="utf-8")
    want = table.parse_table_text(CASES[name], path, timezone=timezone)
    got = read_one_file(path, timezone=timezone)
    pd.testing.assert_frame_equal(got.points, want.points, check_exact=True)
    assert got.warnings == want.warnings
    gz = tmp_path / (name + ".gz")
    gz.write_bytes(gzip.compress(CASES[name].encode()))
    pd.testing.assert_frame_equal(read_one_file(gz, timezone=timezone).points.drop(columns="source_file"),
                                  want.points.drop(columns="source_file"), check_exact=True)


def test_a_late_chunk_that_is_not_plain_iso_falls_back_to_the_careful_reader(tmp_path, monkeypatch):
    from tracemob.tracemob_plugin.core.errors import InputError

    monkeypatch.setattr(table, "CHUNK_ROWS", 2)
    text = "time,lat,lon\n2024-06-01 10:00:00,45,5\n2024-06-01 10:00:05,45,5\n2024-06-01T10:00:10+02:00,45,5\n"
    path = tmp_path / "mix.csv"
    path.write_text(text)
    with pytest.raises(InputError) as info:
        read_one_file(path, timezone="Europe/Paris")
    assert "mixed" in info.value.problem and info.value.row == 4


def test_plain_numbers_are_parsed_as_floats_by_the_csv_parser(tmp_path, monkeypatch):
    """The fast path: no column of plain numbers goes through the text-to-number conversion."""
    monkeypatch.setattr(table, "CHUNK_ROWS", 4)
    calls = []
    real = table._numbers
    monkeypatch.setattr(table, "_numbers", lambda series, comma: calls.append(series.name) or real(series, comma))
    path = tmp_path / "plain.csv"
    path.write_text(CASES["naive_iso.csv"], encoding="utf-8")
    got = read_one_file(path)
    assert calls == [] and len(got.points) == 64
    assert sorted(got.points["lat"].unique())[:2] == [45.0, 45.07] and got.points["lat"].max() == 45.49
    # a header with spaces, then a value that is not a number in a late chunk: the typed read gives up
    # and the text read reports the row, as the whole-text reader does
    from tracemob.tracemob_plugin.core.errors import InputError

    text = "user , lat , lon , time\n" + "".join("u,45.{i:02d},{lon},2024-01-01T10:00:{i:02d}\n".format(
        i=i, lon="5.5m" if i == 9 else "5.5") for i in range(12))
    path = tmp_path / "late.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_one_file(path)
    assert "lon" in calls and info.value.row == 11 and info.value.field == "lon"
    path.write_text(text.replace("5.5m", "5.5"), encoding="utf-8")
    got = read_one_file(path)
    assert len(got.points) == 12 and got.points["lat"].max() == 45.11


# ------------------------------------------------------------------ streaming: never the whole file in memory
def _french_rows(n, bad_row=None):
    """A Windows-1252 export of ``n`` fixes (French headers, ';' and decimal commas); ``bad_row`` (1-based data
    row) gets a latitude that is not a number."""
    lines = ["Participant;Horodatage;Latitude;Longitude;Précision (m);Vitesse (km/h)"]
    for i in range(n):
        lat = "45,{:06d}".format(i) if i + 1 != bad_row else "45,1x"
        lines.append("u{};2024-03-{:02d} {:02d}:{:02d}:{:02d};{};4,{:06d};{},5;{}".format(
            i % 3, 1 + i // 86400, i // 3600 % 24, i // 60 % 60, i % 60, lat, i, i % 40, i % 90))
    return "\n".join(lines) + "\n"


@pytest.fixture
def no_whole_file_read(monkeypatch):
    """Any whole-file read of a table fails the test: the bytes, their text, or the text reader."""
    from tracemob.tracemob_plugin.core.ingest import files

    def refuse(*_args, **_kwargs):
        raise AssertionError("the table was read whole")

    monkeypatch.setattr(files, "read_bytes", refuse)
    monkeypatch.setattr(files, "decode_text", refuse)
    monkeypatch.setattr(table, "parse_table_text", refuse)


def _text_reader(path, timezone="UTC"):
    """What the whole-text reader gives for ``path`` (bytes -> text -> parse_table_text)."""
    from tracemob.tracemob_plugin.core.ingest.files import decode_text, read_bytes

    return table.parse_table_text(decode_text(read_bytes(path)), path, timezone=timezone)


def test_a_windows_1252_table_larger_than_the_head_streams_like_the_text_reader(tmp_path, monkeypatch):
    """French headers in Windows-1252, ';' and decimal commas, the only non-UTF-8 byte (an 'é' in a user name)
    far past the head the encoding is sniffed on: the table is read again as Windows-1252, by chunks, and
    gives exactly the text reader's points, plain or gzipped; the whole file is never read."""
    from tracemob.tracemob_plugin.core.ingest import files

    n = 30_000
    text = _french_rows(n).replace("Précision", "Precision")   # the header is plain ASCII ...
    body, last = text[:-1].rsplit("\n", 1)
    text = body + "\n" + "é" + last[1:] + "\n"                      # ... the last row's user is 'é2'
    raw = text.encode("cp1252")
    assert len(raw) > files.TABLE_HEAD_BYTES and raw.find(b"\xe9") > files.TABLE_HEAD_BYTES
    path = tmp_path / "export.csv"
    path.write_bytes(raw)
    gz = tmp_path / "export.csv.gz"
    gz.write_bytes(gzip.compress(raw))
    want = {p: _text_reader(p, "Europe/Paris") for p in (path, gz)}
    assert len(want[path].points) == n and want[path].points["lat"].max() == 45 + (n - 1) / 1e6
    assert set(want[path].points["user_id"]) == {"u0", "u1", "u2", "é2"}
    monkeypatch.setattr(table, "CHUNK_ROWS", 4_000)
    calls = []
    real = table.parse_table_file
    monkeypatch.setattr(table, "parse_table_file", lambda *a, **k: calls.append(k["encoding"]) or real(*a, **k))
    monkeypatch.setattr(files, "read_bytes", lambda *_a: (_ for _ in ()).throw(AssertionError("whole read")))
    monkeypatch.setattr(table, "_read_frame", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("whole")))
    for p in (path, gz):
        got = read_one_file(p, timezone="Europe/Paris")
        pd.testing.assert_frame_equal(got.points, want[p].points, check_exact=True)
        assert got.warnings == want[p].warnings
    assert calls == [table.UTF8, table.WINDOWS] * 2


def test_a_bad_value_in_a_late_chunk_is_reported_at_its_file_row(tmp_path, monkeypatch, no_whole_file_read):
    """Decimal commas (the text path of numbers), chunks of 1,000 rows: a latitude that is not a number on data
    row 8,765 is reported at file row 8,766 (the header is row 1) as the lat value, plain or gzipped."""
    from tracemob.tracemob_plugin.core.errors import InputError

    monkeypatch.setattr(table, "CHUNK_ROWS", 1_000)
    monkeypatch.setattr(table, "_read_frame", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("whole")))
    raw = _french_rows(9_000, bad_row=8_765).encode("cp1252")
    for name, data in (("bad.csv", raw), ("bad.csv.gz", gzip.compress(raw))):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError) as info:
            read_one_file(path)
        assert (info.value.row, info.value.field, info.value.file) == (8_766, "lat", name)
        assert "missing or not a number" in info.value.problem


@pytest.mark.parametrize("index", [2_503, 2_504, 2_777])
@pytest.mark.parametrize("extra", [",9", ",9,10,11"])
def test_a_ragged_row_in_a_late_chunk_is_reported_at_its_file_row(tmp_path, monkeypatch, no_whole_file_read, index,
                                                                   extra):
    """Two blank lines before the header, then a row with values past the header's far into the file, first of a
    chunk of 500 rows (2,503: pandas does not check that row, pandas-dev/pandas#11569), second of one, or inside
    one: the error names the file's line, as the whole-text reader does."""
    from tracemob.tracemob_plugin.core.errors import InputError

    monkeypatch.setattr(table, "CHUNK_ROWS", 500)
    lines = ["", "", "user,time,lat,lon"] + ["u,2024-01-01T10:{:02d}:{:02d},45.1,5.2".format(i // 60 % 60, i % 60)
                                             for i in range(3_000)]
    lines[index] += extra
    path = tmp_path / "ragged.csv"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as info:
        read_one_file(path)
    assert info.value.row == index + 1
    assert "Expected 4 fields in line {}, saw {}".format(index + 1, 4 + extra.count(",")) in info.value.problem


def test_trace_tables_are_read_by_chunks(tmp_path, monkeypatch, no_whole_file_read):
    """A trace table (plain or gzipped, numbers as floats or with decimal commas, in UTF-8 or Windows-1252, CRLF
    line ends, blank lines before the header) never goes to the whole-table read: the chunks are all read."""
    chunks = []
    real = pd.read_csv

    def counting(source, *args, **kwargs):
        out = real(source, *args, **kwargs)
        if kwargs.get("chunksize"):
            def each():
                for chunk in out:
                    chunks.append(len(chunk))
                    yield chunk
            return each()
        return out

    monkeypatch.setattr(table, "CHUNK_ROWS", 700)
    monkeypatch.setattr(table.pd, "read_csv", counting)
    monkeypatch.setattr(table, "_read_frame", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("whole")))
    plain = "\n\n" + CASES["naive_iso.csv"].replace("\n", "\r\n") * 1
    body = "".join(ln + "\n" for ln in CASES["naive_iso.csv"].splitlines()[1:]) * 40
    for name, raw in (("plain.csv", (CASES["naive_iso.csv"] + body).encode()),
                      ("crlf.csv.gz", gzip.compress(plain.encode())),
                      ("french.csv", _french_rows(3_000).encode("cp1252"))):
        chunks.clear()
        path = tmp_path / name
        path.write_bytes(raw)
        got = read_one_file(path)
        n = len(got.points)
        assert n in (64 * 41, 64, 3_000) and sum(chunks) >= n and len(chunks) == -(-sum(chunks) // 700)


@pytest.mark.parametrize("kind", ["labels", "not_a_trace", "late_offsets", "cp1252_head"])
def test_every_table_is_read_from_the_file(tmp_path, monkeypatch, no_whole_file_read, kind):
    """Labelled trips, a table that is not a trace, times that stop being plain naive ISO in a late chunk and
    a Windows-1252 file: read from the file (never as one bytes / text / StringIO copy), with the results and
    errors the text reader gives (computed here before the whole-file reads are forbidden)."""
    from tracemob.tracemob_plugin.core.errors import InputError
    from tracemob.tracemob_plugin.core.ingest import files

    monkeypatch.setattr(table, "CHUNK_ROWS", 3)
    raw = {
        "labels": "Start Time\tEnd Time\tTransportation Mode\n2008/03/31 16:00:08\t2008/03/31 16:09:01\ttaxi\n"
                  "2008/04/01 08:00:00\t2008/04/01 08:30:00\twalk\n",
        "not_a_trace": "name;value\na;1\nb;2\n",
        "late_offsets": "user,time,lat,lon\n" + "".join("u,2024-06-01 10:00:{:02d},45,5\n".format(s) for s in range(8))
                        + "u,2024-06-01T10:00:09+02:00,45,5\n",
        "cp1252_head": _french_rows(20),
    }[kind].encode("cp1252")
    path = tmp_path / (kind + ".txt")
    path.write_bytes(raw)
    monkeypatch.undo()
    try:
        want, want_error = _text_reader(path), None
        files._check_enough(want, path.name)  # as read_one_file does after any reader
    except InputError as err:
        want, want_error = None, err
    monkeypatch.setattr(table, "CHUNK_ROWS", 3)
    # the fixture's patches were undone above, to compute what the text reader gives: put them back
    monkeypatch.setattr(files, "read_bytes", lambda *_a: (_ for _ in ()).throw(AssertionError("whole read")))
    monkeypatch.setattr(table, "parse_table_text", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("text")))
    if want_error is not None:
        with pytest.raises(type(want_error)) as info:
            read_one_file(path)
        assert (info.value.problem, info.value.row, info.value.field) == (
            want_error.problem, want_error.row, want_error.field)
        return
    got = read_one_file(path)
    pd.testing.assert_frame_equal(got.points, want.points, check_exact=True)
    pd.testing.assert_frame_equal(got.trips_labels, want.trips_labels, check_exact=True)
    assert got.warnings == want.warnings and len(got.points) + len(got.trips_labels) > 0


def test_finalize_points_sorts_as_pandas_and_shares_its_strings():
    """finalize_points (codes, one string per distinct value, one copy per column) gives what the plain
    ``astype(str)`` + ``sort_values(["user_id", "time"], kind="mergesort")`` gives, on unsorted users of mixed
    kinds, missing and local times, categories and a dict of columns; and 8 bytes a row for its text columns."""
    import numpy as np

    from tracemob.tracemob_plugin.core.ingest.common import as_utc, finalize_points

    rng = np.random.default_rng(7)
    for trial in range(60):
        n = int(rng.integers(1, 50))
        users = rng.choice(np.array(["b", "a", "10", "9", None, np.nan, 7, 7.0, "é"], dtype=object), n)
        if trial % 3 == 0:
            users = np.array([str(u) for u in users], dtype=object)
        t = pd.Series(pd.to_datetime(rng.integers(0, 5, n) * 10**9 + 1.7e18))
        if trial % 4 == 0:
            t[rng.random(n) < 0.2] = pd.NaT
        if trial % 5 == 0:
            t = t.dt.tz_localize("Europe/Paris", ambiguous="NaT", nonexistent="NaT")
        df = pd.DataFrame({"user_id": users, "time": t, "lat": rng.random(n), "lon": rng.integers(0, 3, n),
                           "source_file": "f.csv"})
        if trial % 8 == 0:
            df["user_id"] = df["user_id"].astype(str).astype("category")
        want = pd.DataFrame({
            "user_id": df["user_id"].astype(str).astype(object).to_numpy(), "time": as_utc(df["time"]).array,
            "lat": df["lat"].to_numpy(), "lon": df["lon"].astype(float).to_numpy(), "accuracy_m": np.nan,
            "speed_mps": np.nan, "source_file": "f.csv"}).sort_values(["user_id", "time"], kind="mergesort")
        want = want.reset_index(drop=True)
        pd.testing.assert_frame_equal(finalize_points(df), want, check_exact=True)
        as_dict = {c: df[c].to_numpy() if c != "time" else df[c] for c in df.columns}
        pd.testing.assert_frame_equal(finalize_points(as_dict), want, check_exact=True)
    big = finalize_points({"user_id": np.array(["u2", "u1"] * 50_000, dtype=object),
                           "time": pd.Series(pd.to_datetime(np.arange(100_000) * 10**9)), "lat": np.zeros(100_000),
                           "lon": np.zeros(100_000), "source_file": "study.csv"})
    assert big["user_id"].iloc[0] == "u1" and big["user_id"].iloc[-1] == "u2"
    assert len({id(v) for v in big["user_id"]}) == 2 and len({id(v) for v in big["source_file"]}) == 1
