"""Leave-one-group-out selection: the held-out figure is honest, the in-sample one is beside it."""
import pytest

from tracemob.tracemob_plugin.core.evaluation.crossval import leave_one_group_out


def _pool(items):
    return (sum(a for a, _ in items), sum(b for _, b in items))  # (right, total)


def _accuracy(pooled):
    return pooled[0] / pooled[1]


def test_a_setting_tuned_to_one_day_is_not_rewarded_on_the_day_it_was_tuned_on():
    # "overfit" is perfect on day C only, and bad elsewhere; "robust" is good everywhere
    stats = {"robust": {"A": (9, 10), "B": (9, 10), "C": (8, 10)},
             "overfit": {"A": (5, 10), "B": (5, 10), "C": (10, 10)}}
    cv = leave_one_group_out(stats, _pool, _accuracy)
    assert cv.chosen == "robust" and cv.stable == 1.0
    assert cv.held_out == (26, 30) and cv.in_sample == (26, 30)
    # with a third setting that is best in sample only because of one lucky day
    stats["lucky"] = {"A": (9, 10), "B": (10, 10), "C": (8, 10)}
    stats["lucky2"] = {"A": (10, 10), "B": (9, 10), "C": (7, 10)}
    cv = leave_one_group_out(stats, _pool, _accuracy)
    assert cv.chosen == "lucky"                     # 27/30 in sample
    assert cv.objective_in_sample == pytest.approx(27 / 30)
    # leaving B out, robust, lucky and lucky2 tie on A + C (17): the earliest listed, robust, wins...
    assert dict(cv.folds) == {"A": "lucky", "B": "robust", "C": "lucky"}
    # ...so B is scored with robust (9), A and C with lucky (9 + 8): 26/30 < 27/30 in sample
    assert cv.held_out == (26, 30)
    assert cv.objective_cv < cv.objective_in_sample
    assert cv.stable == pytest.approx(2 / 3)


def test_bad_inputs_are_refused():
    with pytest.raises(ValueError):
        leave_one_group_out({}, _pool, _accuracy)
    with pytest.raises(ValueError):
        leave_one_group_out({"a": {"A": (1, 1)}}, _pool, _accuracy)
    with pytest.raises(ValueError):
        leave_one_group_out({"a": {"A": (1, 1), "B": (1, 1)}, "b": {"A": (1, 1)}}, _pool, _accuracy)
