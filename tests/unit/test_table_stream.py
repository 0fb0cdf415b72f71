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
