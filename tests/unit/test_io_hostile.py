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


_GPX_BODY = ('<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
             '<trkpt lat="48.85" lon="2.35"><time>2024-03-05T07:00:00Z</time></trkpt>'
             '<trkpt lat="48.86" lon="2.36"><time>2024-03-05T07:01:00Z</time></trkpt>'
             '</trkseg></trk></gpx>\n')


def test_entity_expansion_gpx_is_reported_as_entities_not_as_a_truncated_download(tmp_path):
    entities = "".join(' <!ENTITY lol{0} "{1}">\n'.format(i, ("&lol{};".format(i - 1) if i > 1 else "&lol;") * 10)
                       for i in range(1, 10))
    body = _GPX_BODY.replace("<time>2024-03-05T07:00:00Z</time>", "<time>2024-03-05T07:00:00Z</time><name>&lol9;</name>")
    path = tmp_path / "lol.gpx"
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n' + entities + "]>\n" + body)
    with pytest.raises(InputError) as err:
        read_traces(path)
    assert "entities" in str(err.value) and "truncated" not in str(err.value) and err.value.file == "lol.gpx"
    cut = tmp_path / "cut.gpx"
    cut.write_text('<?xml version="1.0"?>\n' + _GPX_BODY[:150])
    with pytest.raises(InputError, match="truncated"):
        read_traces(cut)


@pytest.mark.parametrize("name", ["padded.gpx", "padded.xml", "padded"])
def test_a_gpx_with_a_long_prologue_is_read(tmp_path, name):
    path = tmp_path / name
    path.write_text('<?xml version="1.0"?>\n<!-- ' + "x" * 5000 + " -->\n" + _GPX_BODY)
    traces = read_traces(path)
    assert len(traces.points) == 2 and traces.points["lat"].tolist() == [48.85, 48.86]
