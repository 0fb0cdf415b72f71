"""Labelled seconds covered by legs, and agreeing with them, counted once each."""
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.evaluation.agreement import TimeAgreement, time_agreement


def _t(s):
    return pd.Timestamp("2024-05-06T08:00:00Z") + pd.Timedelta(seconds=s)


def _frame(rows):
    return pd.DataFrame([{"user_id": u, "start_time": _t(a), "end_time": _t(b), "mode": m} for u, a, b, m in rows])


def test_seconds_are_counted_once_and_by_coarse_class():
    truth = _frame([("u", 0, 100, "walk"), ("u", 100, 300, "car"), ("u", 300, 400, "unknown"),
                    ("v", 0, 50, "bike")])
    legs = _frame([("u", 0, 80, "walk"), ("u", 90, 300, "bus"), ("u", 250, 260, "walk"),
                   ("v", 0, 50, "escooter"), ("w", 0, 1000, "walk")])
    a = time_agreement(truth, legs)
    assert a.total == {"walk": 100, "motorised": 200, "bike": 50}
    assert a.covered == {"walk": 90, "motorised": 200, "bike": 50}   # 0-80 and 90-100
    assert a.agree == {"walk": 80, "motorised": 200, "bike": 50}     # the bus leg is motorised like the car
    assert a.agreement == pytest.approx(330 / 350)
    assert a.coverage == pytest.approx(340 / 350)
    assert a.recall("walk") == pytest.approx(0.8)
    both = TimeAgreement.combine([a, a])
    assert both.total["walk"] == 200 and both.agreement == pytest.approx(a.agreement)


def test_nothing_detected_covers_nothing():
    truth = _frame([("u", 0, 100, "walk")])
    a = time_agreement(truth, _frame([("x", 0, 100, "walk")]))
    assert a.coverage == 0 and a.agreement == 0


def test_a_carpool_leg_is_motorised_time():
    """The simulator's truth names car passengers ``carpool``: their seconds are motorised, in the
    totals (recall) and as the reference for what we called car (precision)."""
    truth = _frame([("u", 0, 100, "walk"), ("u", 100, 400, "carpool"), ("u", 400, 500, "car")])
    legs = _frame([("u", 0, 100, "walk"), ("u", 100, 500, "car")])
    a = time_agreement(truth, legs)
    assert a.total == {"walk": 100, "motorised": 400}
    assert a.recall("motorised") == pytest.approx(1.0)
    assert time_agreement(legs, truth).recall("motorised") == pytest.approx(1.0)
