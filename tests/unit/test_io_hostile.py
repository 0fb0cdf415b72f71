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
