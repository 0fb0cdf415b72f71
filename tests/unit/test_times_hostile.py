"""Hostile times: epochs out of range, a unit mixed in a column, 1970 / 2100, dd/mm vs mm/dd."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.ingest import read_traces
from tracemob.tracemob_plugin.core.vocab import times as T


def _csv(tmp_path, name, times):
    rows = ["user_id,time,lat,lon"] + ["u,{},{:.4f},{:.4f}".format(t, 48.85 + i * 1e-4, 2.35 + i * 1e-4)
                                       for i, t in enumerate(times)]
    path = tmp_path / name
    path.write_text("\n".join(rows) + "\n")
    return path


@pytest.mark.parametrize("bad, row", [
    ("1700000020000", 4),                    # milliseconds in a seconds column
    ("1e20", 4),
    ("123456789012345678901234567890", 4),  # 30 digits
    ("-1e19", 4),
])
def test_an_impossible_epoch_names_the_field_and_row_instead_of_a_silent_null(tmp_path, bad, row):
    path = _csv(tmp_path, "t.csv", ["1700000000", "1700000010", bad, "1700000030"])
    with pytest.raises(InputError) as err:
        read_traces(path)
    assert err.value.row == row and err.value.field == "time" and err.value.file == "t.csv"
    assert "out of range" in str(err.value)


def test_parse_epoch_and_epoch_to_utc_refuse_overflow_with_row():
    with pytest.raises(InputError) as err:
        T.parse_epoch(pd.Series([1.7e9, 1.7e9, 1e20]), "f.csv", rows=[10, 11, 12], field="ts")
    assert err.value.row == 12 and err.value.field == "ts"
    with pytest.raises(InputError) as err:
        T.epoch_to_utc(np.array([1.7e9, 9e15]), "day.json", rows=[5, 7], field="data.ts")
    assert err.value.row == 7 and err.value.file == "day.json"
    out = T.epoch_to_utc(np.array([1.7e9, np.nan]))
    assert out.iloc[0] == pd.Timestamp("2023-11-14 22:13:20", tz="UTC") and pd.isna(out.iloc[1])


def test_lenient_layer_times_never_crash_on_impossible_epochs():
    out = T.times_to_utc(pd.Series([1e20, 1.7e9, 1.7e9]))
    assert pd.isna(out.iloc[0]) and out.iloc[1] == pd.Timestamp("2023-11-14 22:13:20", tz="UTC")


def test_times_in_1970_and_2100_are_kept_and_counted(tmp_path):
    path = _csv(tmp_path, "old.csv", ["0", "10", "1700000000", "4102444800"])
    traces = read_traces(path)
    assert len(traces.points) == 4
    warning = [w for w in traces.warnings if "before 2000" in w]
    assert len(warning) == 1 and "2 time(s) before 2000 and 1 after" in warning[0] and "old.csv" in warning[0]
    assert T.time_range_warning(pd.Series(pd.to_datetime([1.7e9], unit="s", utc=True)), "f") is None


def test_ambiguous_day_month_dates_are_read_day_first_and_reported(tmp_path):
    path = _csv(tmp_path, "dm.csv", ["03/04/2024 10:00", "03/04/2024 10:01", "05/04/2024 10:02"])
    traces = read_traces(path)
    assert traces.points["time"].dt.month.tolist() == [4, 4, 4]
    assert traces.points["time"].dt.day.tolist() == [3, 3, 5]
    assert any("read day first" in w and "dm.csv" in w for w in traces.warnings), traces.warnings


def test_a_column_proving_month_first_is_read_month_first_and_reported(tmp_path):
    path = _csv(tmp_path, "md.csv", ["03/04/2024 10:00", "04/13/2024 10:01"])
    traces = read_traces(path)
    assert traces.points["time"].dt.month.tolist() == [3, 4]
    assert any("month first" in w and "04/13/2024" in w for w in traces.warnings), traces.warnings


def test_layer_text_dates_are_day_first_like_the_files():
    out = T.times_to_utc(pd.Series(["03/04/2024 10:00", "2024-03-05 10:00"]))
    assert out.dt.month.tolist() == [4, 3] and out.dt.day.tolist() == [3, 5]
