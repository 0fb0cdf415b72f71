"""Hostile files: parser failures become InputError naming the file; with on_error="skip" the good files are
still read."""
from pathlib import Path

import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.ingest import read_traces

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "resources" / "sample" / "emission" / "shankari_2016-07-22.json"


def _hostile(tmp_path, name):
    path = tmp_path / name
    if name == "bigint.json":
        path.write_text('[{"metadata": {"key": "background/location"}, "data": {"ts": ' + "9" * 5000
                        + ', "latitude": 1, "longitude": 2}}]')
    elif name == "nested.json":
        path.write_text("[" * 100_000 + "]" * 100_000)
    elif name == "nested.geojson":
        path.write_text('{"type": "FeatureCollection", "features": ' + "[" * 100_000 + "]" * 100_000 + "}")
    return path


@pytest.mark.parametrize("name, words", [
    ("bigint.json", "4,300 digits"), ("nested.json", "nested too deeply"), ("nested.geojson", "nested too deeply"),
])
def test_parser_failures_name_the_file_and_skip_keeps_the_good_files(tmp_path, name, words):
    bad = _hostile(tmp_path, name)
    with pytest.raises(InputError) as err:
        read_traces([bad, GOOD])
    assert err.value.file == name and words in str(err.value)
    alone = read_traces([GOOD])
    skipped = read_traces([bad, GOOD], on_error="skip")
    assert len(skipped.points) == len(alone.points) > 100
    assert any(w.startswith("skipped " + name) and words in w for w in skipped.warnings)


def test_a_table_without_user_field_is_one_participant_and_says_so(tmp_path):
    path = tmp_path / "nobody.csv"
    path.write_text("time,lat,lon\n2024-03-05T07:00:00Z,48.85,2.35\n2024-03-05T07:00:30Z,48.851,2.351\n")
    traces = read_traces(path)
    assert traces.points["user_id"].tolist() == ["nobody", "nobody"]
    assert any("no user field" in w and "nobody.csv" in w and "2 fixes" in w for w in traces.warnings)
    with_user = tmp_path / "people.csv"
    with_user.write_text("user_id,time,lat,lon\na,2024-03-05T07:00:00Z,48.85,2.35\nb,2024-03-05T07:00:30Z,48.851,"
                         "2.351\n")
    assert not any("no user field" in w for w in read_traces(with_user).warnings)


def test_zone_problems_counts_invalid_and_overlapping_zones_and_ignores_shared_borders():
    import shapely

    from tracemob.tracemob_plugin.core.geometry import zone_problems

    a = shapely.box(0, 0, 1, 1)
    b = shapely.box(1, 0, 2, 1)          # shares a border with a
    assert zone_problems([a, b], ["a", "b"], "z") == []
    c = shapely.box(0.5, 0.5, 1.5, 1.5)  # overlaps a and b
    bow = shapely.Polygon([(5, 5), (6, 6), (6, 5), (5, 6)])
    out = zone_problems([a, b, c, bow], ["a", "b", "c", "bow"], "z")
    assert len(out) == 2
    assert "1 polygon(s)" in out[0] and "bow" in out[0]
    assert "2 pair(s)" in out[1] and "a / c" in out[1] and "b / c" in out[1]
