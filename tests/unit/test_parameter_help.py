"""processing/help.py: a parameter's help is the docstring of the dataclass field it sets (no QGIS needed)."""
from tracemob.processing import help as param_help
from tracemob.tracemob_plugin.core import i18n as core_i18n
from tracemob.tracemob_plugin.core.privacy.export import ExportParams
from tracemob.tracemob_plugin.core.trips.segmentation import SegmentationParams


def test_field_help_is_the_field_docstring_without_markup():
    text = param_help.field_help(SegmentationParams, "stay_radius_m")
    assert text.startswith("Radius within which a person is still at the same place")
    assert "\n" not in text and "  " not in text
    jump = param_help.field_help(SegmentationParams, "jump_max_points", {"max_speed_mps": "MAX_SPEED_MPS"})
    assert "faster than MAX_SPEED_MPS" in jump and "``" not in jump
    assert "``" not in param_help.field_help(SegmentationParams, "stay_method")
    assert ":meth:" not in param_help.field_help(SegmentationParams, "stay_method")


def test_a_docstring_that_goes_on_from_the_previous_field_comes_after_it():
    text = param_help.field_help(SegmentationParams, "share_max_gap_s")
    assert text.startswith("Window and sliding methods: trips start at the last fix of the stay they leave")
    assert text.endswith("(after a longer pause the trip starts at its own first fix).")
    two_back = param_help.field_help(SegmentationParams, "min_seen_walk_leg_distance_m")
    assert two_back.startswith("A walking leg that the phone saw") and two_back.endswith("... and this distance.")


def test_every_exposed_field_has_a_help_and_unknown_ones_have_none():
    for name in ("trim_radius_m", "round_minutes", "k", "grid_sizes_m", "place_radius_m", "tz"):
        assert param_help.field_help(ExportParams, name), name
    assert param_help.field_help(ExportParams, "seed") == ""
    assert param_help.field_help(SegmentationParams, "no_such_field") == ""


def test_field_help_goes_through_tr():
    core_i18n.set_translator(lambda context, text: "FR " + text if context == core_i18n.CONTEXT else text)
    try:
        text = param_help.field_help(SegmentationParams, "share_max_gap_s")
        assert text.startswith("FR Window and sliding methods: trips start") and " FR ... but only" in text
    finally:
        core_i18n.set_translator(None)
