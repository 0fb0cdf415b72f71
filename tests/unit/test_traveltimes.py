"""core/traveltimes.py on hand-computable traversals; the per-segment chart."""
import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.roads import traveltimes as TT
from tracemob.tracemob_plugin.core.errors import InputError


def trav(rows):
    """rows: (segment_id, direction, user, local 'YYYY-mm-dd HH:MM' Paris, tt_s[, fraction, partial])."""
    out = []
    for r in rows:
        sid, d, u, t, tt = r[:5]
        frac = r[5] if len(r) > 5 else 1.0
        part = r[6] if len(r) > 6 else False
        entry = pd.Timestamp(t, tz="Europe/Paris").tz_convert("UTC")
        out.append({"leg_id": "L" + u + t, "user_id": u, "segment_id": sid, "direction": d,
                    "entry_time": entry, "exit_time": entry + pd.Timedelta(seconds=tt), "tt_s": float(tt),
                    "length_m": 100.0, "fraction": frac, "partial": part})
    return pd.DataFrame(out)


def test_parse_bands():
    assert TT.parse_bands("7-9,9-16,16-19") == [("07-09", 7, 9), ("09-16", 9, 16), ("16-19", 16, 19)]
    assert TT.parse_bands("7:30-9h; 22-6") == [("07:30-09", 7.5, 9.0), ("22-06", 22.0, 6.0)]
    assert TT.parse_bands(None) == [("all day", 0.0, 24.0)]
    assert TT.parse_bands({"peak": (7, 9)}) == [("peak", 7.0, 9.0)]


@pytest.mark.parametrize("text,msg", [("9-9", "empty"), ("25-3", "outside 0-24"), ("7-9,,16-19", "empty band"),
                                      ("7/9", "Cannot read"), ("morning", "Cannot read"),
                                      ("7-10,9-16", "overlap")])
def test_bad_bands(text, msg):
    with pytest.raises(InputError, match=msg) as err:
        TT.parse_bands(text)
    assert "7-9,9-16,16-19" in str(err.value)


def test_band_index_uses_local_time_and_wraps_midnight():
    times = pd.to_datetime(["2026-03-02 06:30", "2026-03-02 07:30", "2026-07-02 07:30", "2026-03-02 23:00"],
                           utc=True)
    # Paris is UTC+1 in March (07:30, 08:30, 00:00 local), UTC+2 in July (09:30 local)
    assert TT.band_index(times, "7-9,22-6", "Europe/Paris").tolist() == [0, 0, -1, 1]
    assert TT.band_index(times, "7-9", "UTC").tolist() == [-1, 0, 0, -1]


def make_study():
    rows = []
    # segment 1 direction 1: 4 users x 2 peak traversals (tt 40, 60), 4 users x 1 off-peak (tt 20)
    for u in "abcd":
        rows.append((1, 1, u, "2026-03-02 08:00", 40))
        rows.append((1, 1, u, "2026-03-03 08:10", 60))
        rows.append((1, 1, u, "2026-03-02 11:00", 20))
    # segment 1 direction -1: two users only
    rows.append((1, -1, "a", "2026-03-02 08:00", 30))
    rows.append((1, -1, "b", "2026-03-02 08:30", 50))
    # outside every band, and a partial traversal
    rows.append((1, 1, "e", "2026-03-02 03:00", 10))
    rows.append((1, 1, "f", "2026-03-02 08:20", 30, 0.6, True))
    return trav(rows)


def test_statistics_hand_computed():
    st = TT.segment_travel_times(make_study(), min_users=2, min_traversals=5, min_sample_users=3)
    peak = st[(st.segment_id == 1) & (st.direction == 1) & (st.band == "07-09")].iloc[0]
    assert peak.n_traversals == 8 and peak.n_users == 4
    assert peak.tt_mean_s == 50 and peak.tt_median_s == 50
    assert np.isclose(peak.tt_p85_s, 60.0)                      # 85th pct of four 40s and four 60s
    assert np.isclose(peak.speed_median_kmh, (100 / 40 * 3.6 + 100 / 60 * 3.6) / 2)
    # free flow = 15th percentile of all of the day's travel times of the direction (10, 20x4, 40x4, 60x4)
    ff = np.percentile([10] + [20] * 4 + [40] * 4 + [60] * 4, 15)
    assert np.isclose(peak.free_flow_tt_s, ff)
    assert np.isclose(peak.speed_ratio, ff / 50) and np.isclose(peak.delay_s, 50 - ff)
    assert not peak.low_sample and not peak.masked
    off = st[(st.direction == 1) & (st.band == "09-16")].iloc[0]
    assert off.n_traversals == 4 and off.low_sample                # fewer than 5 traversals
    back = st[(st.direction == -1)].iloc[0]
    assert back.n_users == 2 and back.tt_median_s == 40 and back.low_sample
    assert set(st.band) == {"07-09", "09-16"}
    assert st.attrs["counts"]["used"] == 15                          # partial dropped (03:00 kept)
    assert any("16-19" in w for w in st.attrs["warnings"])         # the empty band is reported
    assert any("lowered" in w for w in st.attrs["warnings"])       # privacy threshold below the default


def test_weighted_volumes_sum_the_participants_weights_and_privacy_counts_real_participants():
    """Weights a=1, b=2, c=3, d=0 (none for d): the peak cell's 8 traversals (2 per participant) weigh
    2 x (1 + 2 + 3) = 12; the off-peak cell's 4 weigh 6; the replicate range is the percentile range of the
    replicate totals; masked cells hide the weighted volume, and n_users stays the real count."""
    weights = {"a": 1.0, "b": 2.0, "c": 3.0}
    reps = pd.DataFrame({"user_id": list("abcd"), "r1": [1.0, 1.0, 1.0, 1.0], "r2": [2.0, 0.0, 4.0, 0.0],
                         "r3": [0.0, 4.0, 2.0, 1.0]})
    st = TT.segment_travel_times(make_study(), min_users=3, weights=weights, replicate_weights=reps, level=0.5,
                                 margins="census.csv (age_band, sex)")
    peak = st[(st.direction == 1) & (st.band == "07-09")].iloc[0]
    off = st[(st.direction == 1) & (st.band == "09-16")].iloc[0]
    assert peak.traversals_weighted == 12.0 and off.traversals_weighted == 6.0
    assert peak.n_traversals == 8 and peak.n_users == 4 and bool(peak.weighted)
    # replicate totals of the peak cell: 2 x (1+1+1+1) = 8, 2 x (2+0+4+0) = 12, 2 x (0+4+2+1) = 14
    assert peak.traversals_weighted_low == pytest.approx(np.quantile([8, 12, 14], 0.25))
    assert peak.traversals_weighted_high == pytest.approx(np.quantile([8, 12, 14], 0.75))
    back = st[st.direction == -1].iloc[0]                 # two participants < 3: masked
    assert back.masked and np.isnan(back.traversals_weighted) and np.isnan(back.traversals_weighted_high)
    assert (st["margins"] == "census.csv (age_band, sex)").all()
    plain = TT.segment_travel_times(make_study(), min_users=3)
    assert not plain["weighted"].any() and "traversals_weighted" not in plain.columns
    # the privacy rule does not change with weights: the same cells are masked
    assert plain["masked"].tolist() == st["masked"].tolist()


def test_prorate_partial_and_min_fraction():
    st = TT.segment_travel_times(make_study(), partial="prorate", min_users=2)
    peak = st[(st.direction == 1) & (st.band == "07-09")].iloc[0]
    assert peak.n_traversals == 9 and peak.n_users == 5
    assert np.isclose(peak.tt_mean_s, (4 * 40 + 4 * 60 + 30 / 0.6) / 9)
    st = TT.segment_travel_times(make_study(), partial="prorate", min_fraction=0.7, min_users=2)
    assert st[(st.direction == 1) & (st.band == "07-09")].iloc[0].n_traversals == 8


def test_privacy_masking_default_threshold():
    st = TT.segment_travel_times(make_study())                      # default 10 participants
    assert st["masked"].all() and st["tt_median_s"].isna().all()
    assert st["n_users"].max() == 4                                  # counts stay, statistics go
    with pytest.raises(InputError, match="reveal"):
        TT.segment_travel_times(make_study(), min_users=1)


def test_date_range_and_free_flow_options():
    st = TT.segment_travel_times(make_study(), start="2026-03-03", end="2026-03-03", min_users=2)
    assert st["n_traversals"].sum() == 4 and (st["tt_median_s"] == 60).all()
    st = TT.segment_travel_times(make_study(), end="2026-03-02", min_users=2)   # end date inclusive
    assert st["n_traversals"].sum() == 10
    with pytest.raises(InputError, match="ends before"):
        TT.segment_travel_times(make_study(), start="2026-03-05", end="2026-03-01", min_users=2)
    with pytest.raises(InputError, match="No complete segment traversal"):
        TT.segment_travel_times(make_study(), start="2027-01-01", min_users=2)
    st = TT.segment_travel_times(make_study(), free_flow="night", min_users=2)
    assert (st.loc[st.direction == 1, "free_flow_tt_s"] == 10).all()     # the 03:00 traversal


def test_no_traversal_in_bands_and_empty_input():
    with pytest.raises(InputError, match="No traversal falls in the time bands"):
        TT.segment_travel_times(make_study(), bands="20-21", min_users=2)
    with pytest.raises(InputError, match="no segment traversals"):
        TT.segment_travel_times(make_study().iloc[:0], min_users=2)
    with pytest.raises(InputError, match="'segment_id'"):
        TT.segment_travel_times(make_study().drop(columns="segment_id"), min_users=2)


def test_profile_and_chart(tmp_path):
    from tracemob.tracemob_plugin.core.roads.charts import segment_chart
    st = TT.segment_travel_times(make_study(), min_users=2)
    prof = TT.segment_profile(st, 1)
    assert prof[["direction", "band"]].values.tolist() == [[1, "07-09"], [1, "09-16"], [-1, "07-09"]]
    assert TT.busiest_segments(st) == [1]
    out = segment_chart(st, path=tmp_path / "chart.png")
    data = open(out, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5000
    with pytest.raises(InputError, match="no travel-time statistics"):
        TT.segment_profile(st, 99)
