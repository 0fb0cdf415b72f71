"""A bus lane in the simulator's circulation plan (issue 14): buses on the lane lose their peak slowdown from the
plan's start, cars keep their speeds, and the before/after of the public-transport sections measures it."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.compare.transit import compare_transit_sections
from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.ingest.gtfs import read_gtfs
from tracemob.tracemob_plugin.core.simulate.graph import RoadGraph, grid_network
from tracemob.tracemob_plugin.core.simulate.params import SMOOTH_URBAN_FACTOR, params_for_mix
from tracemob.tracemob_plugin.core.simulate.plan import CirculationPlan
from tracemob.tracemob_plugin.core.simulate.routing import ModeNetworks
from tracemob.tracemob_plugin.core.simulate.simulator import simulate
from tracemob.tracemob_plugin.core.simulate.transitlines import BAND_SPEED, make_lines

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from riders import PT, ride_legs  # noqa: E402  (shared with the other public-transport tests)

CHANGE = "2026-03-03"            # the second simulated day (a Tuesday)
PEAKS = {"07-09": (7, 9), "16-19": (16, 19)}
KEY = ["route_id", "from_stop_id", "to_stop_id"]


@pytest.fixture(scope="module")
def grid():
    return grid_network(size_m=4000.0)


@pytest.fixture(scope="module")
def lane(grid):
    """The middle half of bus line 3 (the diagonal line, the most ridden): its street segments."""
    g = RoadGraph(grid)
    lines = make_lines(g, ModeNetworks(g, grid, None, SMOOTH_URBAN_FACTOR))
    d = next(x for x in lines.directions if x.key == "3_0")
    mid = (d.d[1:] > 0.25 * d.d[-1]) & (d.d[1:] < 0.75 * d.d[-1])
    return sorted(int(s) for s in np.unique(d.vseg[1:][mid]))


@pytest.fixture(scope="module")
def sim(grid, lane):
    """300 citizens on a Monday (before) and a Tuesday (with the lane), most tours by public transport."""
    return simulate(grid, n_citizens=300, days=2, seed=3, plan=CirculationPlan(start=CHANGE, bus_lane=lane),
                    params=params_for_mix("car", pt_share=0.9))


def _lane_share(sim):
    s = sim.transit.lane_sections()
    return s.assign(lane=s.lane_m / s.length_m).drop_duplicates(KEY)[KEY + ["lane"]]


def test_lane_on_line_3_only(sim):
    m = sim.transit.bus_lane_m
    assert set(m) == {"3_0", "3_1"}          # both directions of line 3 use the streets, no other line does
    assert 2500 < m["3_0"] < 4500             # the middle half of 6.8 km
    share = sim.transit.lane_sections()
    assert (share.lane_m <= share.length_m + 1e-6).all()
    assert (share[share.route_id != "3"].lane_m == 0).all()
    assert (share[share.route_id == "3"].lane_m / share[share.route_id == "3"].length_m > 0.99).sum() >= 12


def test_true_sections_on_the_lane_lose_the_peak_slowdown(sim):
    s = sim.transit_sections.merge(_lane_share(sim), on=KEY)
    s = s[s.band.isin(PEAKS)]
    med = s.groupby(KEY + ["period"]).run_time_s.median().unstack()
    lane = s.drop_duplicates(KEY).set_index(KEY).lane.reindex(med.index)
    ratio = (med["after"] / med["before"]).dropna()
    on, off = ratio[lane.reindex(ratio.index) > 0.99], ratio[lane.reindex(ratio.index) == 0]
    # cruise at 1 instead of 0.8 of the speed; ramps, dwells and red lights unchanged: about 12 % shorter
    assert len(on) >= 10 and 0.80 <= on.median() <= 0.93
    assert len(off) >= 10 and 0.95 <= off.median() <= 1.05
    # the timetable is the operator's, unchanged: the buses on the lane run early against it
    sched = s.groupby(KEY + ["direction_id", "band", "period"]).scheduled_s.median().unstack().dropna()
    assert len(sched) >= 20 and (sched["after"] == sched["before"]).all()
    after = s[(s.period == "after") & (s.lane > 0.99)]
    before = s[(s.period == "before") & (s.lane > 0.99)]
    early, late = (after.run_time_s / after.scheduled_s).median(), (before.run_time_s / before.scheduled_s).median()
    assert early < 0.97 and early < 0.95 * late


def test_cars_keep_their_speeds(sim, lane):
    sp = sim.segment_speeds
    car = sp[(sp.mode_class == "car") & sp.segment_id.isin(lane)].pivot_table(
        index=["segment_id", "direction", "band"], columns="period", values="tt_median_s")
    assert len(car) and np.allclose(car["before"], car["after"])


def test_before_after_measures_the_lane(sim, tmp_path):
    """compare_transit_sections on the phones' fixes, in the peak bands: the lane's sections faster, the others
    not. Per section the ranges are wide (about ten riders per section and band a day: the participant bootstrap),
    so the lane shows in the sections together and in the few whose range excludes 1, all on the lane's side."""
    feed = read_gtfs(sim.write_gtfs(tmp_path / "sim.zip"))
    legs, verts = ride_legs(sim)
    out = compare_transit_sections(legs, verts, feed, change=CHANGE, bands=PEAKS, tz=sim.tz, min_users=2,
                                   n_boot=200, weekdays_only=False, exclude_holidays=False)
    out = out.merge(_lane_share(sim), on=KEY, how="left")
    ok = out[~out.masked & (out.n_before >= 5) & (out.n_after >= 5)]
    on, off = ok[ok.lane > 0.99], ok[ok.lane == 0]
    assert len(on) >= 20 and len(off) >= 20
    assert on.ratio.median() <= 0.93 and (on.ratio < 1).mean() >= 0.75
    assert 0.95 <= off.ratio.median() <= 1.07
    faster = on[on.ratio_ci_high < 1.0]
    assert len(faster) >= 3 and (on.ratio_ci_low < 1.0).all()       # none significantly slower on the lane
    covers = (off.ratio_ci_low <= 1.0) & (off.ratio_ci_high >= 1.0)
    assert covers.mean() >= 0.9
    assert (ok.ratio_ci_high > ok.ratio_ci_low).all()


def test_bus_lane_checks_and_no_effect_before(grid, lane):
    p = params_for_mix("car", pt_share=0.9)
    with pytest.raises(InputError):
        simulate(grid, n_citizens=3, days=1, seed=1, params=p, plan=CirculationPlan(start=CHANGE,
                                                                                   bus_lane=[10 ** 6]))
    # a lane from after the last day: the same rides as without a plan
    a = simulate(grid, n_citizens=10, days=1, seed=5, params=p)
    b = simulate(grid, n_citizens=10, days=1, seed=5, params=p,
                 plan=CirculationPlan(start="2026-04-01", bus_lane=lane))
    pd.testing.assert_frame_equal(a.transit_sections.drop(columns="period"),
                                  b.transit_sections.drop(columns="period"), rtol=1e-9)
    assert BAND_SPEED["bus"][0] == 1.0            # the off-peak factor the lane gives


def test_the_demo_bus_lane_is_on_bus_line_3_and_tram_t1():
    """scripts/demo_study.py names the lane's streets; the generated lines follow the network, not the seed."""
    import importlib.util
    from pathlib import Path

    from tracemob.tracemob_plugin.core.simulate.graph import load_sample_network

    path = Path(__file__).resolve().parents[2] / "scripts" / "demo_study.py"
    spec = importlib.util.spec_from_file_location("demo_study", path)
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    net = load_sample_network()
    g = RoadGraph(net)
    lines = make_lines(g, ModeNetworks(g, net, None, SMOOTH_URBAN_FACTOR))
    names = [n.strip().lower() for n in demo.BUS_LANE_STREETS.split(",")]
    seg = net.segments
    lane = seg.loc[seg["name"].fillna("").str.strip().str.lower().isin(names), "segment_id"].tolist()
    used = lines.set_bus_lane(lane)
    assert {"3_0", "3_1", "T1_0", "T1_1"} <= set(used)
    assert min(used[k] for k in ("3_0", "3_1", "T1_0", "T1_1")) > 400
    sec = lines.lane_sections()
    sec = sec[sec.route_id.isin(["3", "T1"])]
    assert (sec.lane_m > 0.5 * sec.length_m).sum() >= 4
