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
