"""The labelled Moves sections of 2014 (e-mission-server test data, BSD-3-Clause)."""
from pathlib import Path

from tracemob.tracemob_plugin.core.evaluation.labelled import moves_sections

DATA = Path(__file__).resolve().parents[1] / "data" / "emission_moves_2014" / "sections.csv.gz"


def test_moves_sections_are_read_with_coarse_labels():
    legs, vertices = moves_sections(DATA)
    # 797 labelled sections with 795 distinct ids; the 106 labelled 8 ("mixed") are left out
    assert len(legs) == 795 - 106
    assert legs["user_id"].nunique() == 12
    assert legs["mode"].value_counts().to_dict() == {"walk": 419, "car": 139, "bike": 131}
    assert set(vertices["leg_id"]) == set(legs["leg_id"])
    assert str(vertices["time"].dtype) == "datetime64[ns, UTC]"
    assert (legs.end_time > legs.start_time).all()
