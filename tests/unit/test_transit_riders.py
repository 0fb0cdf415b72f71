"""Public-transport riders of the simulator (generated lines, timetable, GTFS export, true sections) and the
public-transport performance layer measured against their known section run times."""
import sys
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.indicators.transit_performance import COLUMNS, transit_performance
from tracemob.tracemob_plugin.core.ingest.gtfs import read_gtfs
from tracemob.tracemob_plugin.core.modes import timetable
from tracemob.tracemob_plugin.core.modes.timetable import match_timetable
from tracemob.tracemob_plugin.core.roads.traveltimes import band_index, parse_bands
from tracemob.tracemob_plugin.core.simulate.graph import grid_network
from tracemob.tracemob_plugin.core.simulate.params import params_for_mix
from tracemob.tracemob_plugin.core.simulate.simulator import simulate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from riders import PT, ride_legs  # noqa: E402  (shared with the other public-transport tests)

BANDS = "7-9,9-16,16-19"


@pytest.fixture(scope="module")
def grid():
    return grid_network(size_m=4000.0)


@pytest.fixture(scope="module")
def sim(grid):
    return simulate(grid, n_citizens=60, days=2, seed=3, params=params_for_mix("car", pt_share=0.9))


@pytest.fixture(scope="module")
def feed(sim, tmp_path_factory):
    return read_gtfs(sim.write_gtfs(tmp_path_factory.mktemp("gtfs") / "sim.zip"))


def test_riders_walk_wait_ride_walk(sim):
    legs = sim.legs
    pt = legs[legs["mode"].isin(PT)]
    assert set(pt["mode"]) == set(PT)          # every kind of line has riders
    trips = sim.trips.set_index("trip_id")
    assert (trips.loc[pt.trip_id, "n_legs"] == 3).all()
    for k, leg in ((1, "walk"), (3, "walk")):
        walks = legs[legs.leg_id.isin(pt.trip_id + "_L%d" % k)]
        assert len(walks) == len(pt) and (walks["mode"] == leg).all()
    # the wait at the stop is in the walk leg before the ride, the ride starts when the vehicle leaves
    first = legs.set_index("leg_id").loc[pt.trip_id + "_L1"]
    assert (first.wait_s > 0).all() and first.wait_s.median() < 15 * 60
    assert pt.transit_route.notna().all() and pt.transit_trip_id.notna().all()
    # legs of a trip follow each other
    t = legs[legs.trip_id.isin(pt.trip_id)].sort_values(["trip_id", "leg_id"])
    nxt = t.groupby("trip_id").start_time.shift(-1)
    assert (nxt.dropna() == t.end_time[nxt.notna()]).all()
    # the phone fixes carry their leg
    ride_points = sim.points_truth.leg_id.isin(pt.leg_id)
    assert ride_points.sum() > 1000


def test_true_sections_around_the_schedule(sim):
    s = sim.transit_sections
    assert len(s) > 200 and set(s["mode"]) == set(PT)
    assert (s.run_time_s > 0).all() and (s.scheduled_s > 0).all()
    ratio = s.run_time_s / s.scheduled_s
    assert 0.85 < ratio.median() < 1.2 and ratio.quantile(0.05) > 0.5
    # sections of a ride follow each other
    same = s.leg_id.to_numpy()[1:] == s.leg_id.to_numpy()[:-1]
    assert (s.from_time.to_numpy()[1:][same] == s.to_time.to_numpy()[:-1][same]).all()


def test_gtfs_export(sim, feed, tmp_path):
    assert set(feed.routes["mode"]) == set(PT)
    assert not feed.warnings
    assert set(feed.trips.trip_id) >= set(sim.legs.transit_trip_id.dropna())
    # a folder too
    folder = sim.write_gtfs(tmp_path / "folder")
    assert (folder / "stop_times.txt").is_file() and len(read_gtfs(folder).stop_times) == len(feed.stop_times)


def test_true_rides_match_their_scheduled_trip(sim, feed):
    pt = sim.legs[sim.legs["mode"].isin(PT)]
    v = sim.leg_vertices[sim.leg_vertices.leg_id.isin(pt.leg_id)]
    m = match_timetable(v, feed)
    got = m.trip_id.reindex(pt.leg_id).to_numpy(dtype=object)
    assert (got == pt.transit_trip_id.to_numpy()).mean() >= 0.9
    assert (m["kind"].reindex(pt.leg_id).to_numpy(dtype=object) == pt["mode"].to_numpy()).mean() >= 0.9


def test_deterministic_and_off_by_default(grid):
    p = params_for_mix("car", pt_share=0.9)
    a = simulate(grid, n_citizens=6, days=1, seed=11, params=p)
    b = simulate(grid, n_citizens=6, days=1, seed=11, params=p)
    pd.testing.assert_frame_equal(a.legs, b.legs)
    pd.testing.assert_frame_equal(a.transit_sections, b.transit_sections)
    c = simulate(grid, n_citizens=6, days=1, seed=11)
    assert c.transit is None and c.transit_sections is None
    assert not c.legs["mode"].isin(PT).any() and (c.trips.n_legs == 1).all()
    with pytest.raises(InputError):
        c.write_gtfs("unused.zip")


def test_passages_see_stops_at_the_same_place(sim):
    """Two routes' platforms at one station (same coordinates, two stop ids): the track passes both."""
    v = sim.leg_vertices[sim.leg_vertices.leg_id == sim.legs[sim.legs["mode"] == "bus"].leg_id.iloc[0]]
    mid = v.iloc[len(v) // 2]
    stops = pd.DataFrame({"stop_id": ["A", "B"], "lat": [mid.lat] * 2, "lon": [mid.lon] * 2})
    p, _ = timetable._passages(v, SimpleNamespace(stops=stops))
    assert sorted(p.stop.tolist()) == [0, 1]


def test_performance_layer_against_true_section_times(sim, feed):
    legs, verts = ride_legs(sim)
    st = transit_performance(legs, verts, feed, bands=BANDS, min_users=2)
    assert list(st.columns) == COLUMNS + ["wkb"] and len(st) > 20
    true = sim.transit_sections.assign(band_index=band_index(sim.transit_sections.from_time, parse_bands(BANDS),
                                                             sim.tz))
    med = (true[true.band_index >= 0].groupby(["route_id", "from_stop_id", "to_stop_id", "band_index"])
           .run_time_s.median().rename("true_s").reset_index())
    m = st.merge(med, on=["route_id", "from_stop_id", "to_stop_id", "band_index"])
    m = m[m.n_passages >= 5]
    assert len(m) >= 10
    err = (m.run_time_median_s - m.true_s) / m.true_s
    assert err.abs().median() <= 0.10
    assert abs(err.median()) <= 0.05            # no bias (walks, waits and walks on left out)
    # commercial speed and delay follow from the run time and the schedule
    assert np.allclose(m.speed_kmh, m.length_m / m.run_time_median_s * 3.6, rtol=0.01)
    assert np.allclose(m.delay_s, m.run_time_median_s - m.scheduled_s, atol=0.2)
    assert (m.run_time_p85_s >= m.run_time_median_s).all()
    assert (st.n_users <= st.n_passages).all()


def test_performance_layer_privacy(sim, feed):
    legs, verts = ride_legs(sim)
    st = transit_performance(legs, verts, feed, bands=BANDS)
    hidden = st[st.n_users < 10]
    assert len(hidden) and hidden.masked.all() and hidden.run_time_median_s.isna().all()
    assert hidden.scheduled_s.notna().any()      # the timetable is public
    with pytest.raises(InputError):
        transit_performance(legs, verts, feed, min_users=1)
    with pytest.raises(InputError):
        transit_performance(legs.drop(columns="transit_route"), verts, feed)


def test_compare_sections_before_after_a_bus_priority_scheme(grid, sim, feed, monkeypatch):
    """The same town two days later with buses 30 % faster between stops (a bus lane everywhere): the sections'
    run times fall by about that, with bootstrap ranges that exclude no change; trams, metros and trains do not
    change."""
    from tracemob.tracemob_plugin.core.compare.transit import compare_transit_sections
    from tracemob.tracemob_plugin.core.simulate import transitlines

    monkeypatch.setitem(transitlines.CRUISE_MPS, "bus", transitlines.CRUISE_MPS["bus"] * 1.3)
    later = simulate(grid, n_citizens=60, days=2, start_date="2026-03-04", seed=4,
                     params=params_for_mix("car", pt_share=0.9))
    legs_a, verts_a = ride_legs(sim)
    legs_b, verts_b = ride_legs(later)
    legs_b["leg_id"] = "b" + legs_b["leg_id"]
    verts_b["leg_id"] = "b" + verts_b["leg_id"]
    legs = pd.concat([legs_a, legs_b], ignore_index=True)
    verts = pd.concat([verts_a, verts_b], ignore_index=True)
    out = compare_transit_sections(legs, verts, feed, change="2026-03-04", bands=None, tz=sim.tz, min_users=2,
                                   n_boot=200, weekdays_only=False, exclude_holidays=False)
    ok = out[~out.masked & out.tt_before_s.notna() & out.tt_after_s.notna() & (out.n_before >= 5)
             & (out.n_after >= 5)]
    bus, rail = ok[ok["mode"] == "bus"], ok[ok["mode"] != "bus"]
    assert len(bus) >= 10 and len(out.wkb) == len(out)
    # running at 1.3 x the cruise speed (ramps, red lights and dwells unchanged): the true sections ~10 % shorter
    key = ["route_id", "from_stop_id", "to_stop_id"]
    true = (later.transit_sections.groupby(key).run_time_s.median()
            / sim.transit_sections.groupby(key).run_time_s.median()).rename("true_ratio").reset_index()
    bus = bus.merge(true, on=key)
    assert 0.8 <= bus.true_ratio.median() <= 0.95
    assert abs(bus.ratio.median() - bus.true_ratio.median()) <= 0.04
    assert (bus.ratio < 1.0).mean() >= 0.75 and (bus.ratio_ci_low < bus.ratio).all()
    assert (bus.ratio_ci_high > bus.ratio).all()
    assert np.allclose(bus.speed_after_kmh, bus.length_m / bus.tt_after_s * 3.6, rtol=0.01)
    if len(rail):
        assert 0.9 <= rail.ratio.median() <= 1.1


def test_buses_dwell_at_stops_cars_pass_them(sim, feed):
    """timetable.stop_dwells on the phones' fixes: a bus ride dwells at most of its stops, a car drives past."""
    pts = sim.points.assign(leg_id=sim.points_truth.leg_id.to_numpy())
    legs = sim.legs.set_index("leg_id")
    bus = legs.index[(legs["mode"] == "bus") & (legs.duration_s > 300)]
    car = legs.index[legs["mode"] == "car"]
    assert len(bus) >= 10 and len(car) >= 10
    d = timetable.stop_dwells(pts[pts.leg_id.isin(bus.union(car))], feed)
    on_bus = d.reindex(bus).fillna(0.0)
    on_car = d.reindex(car).fillna(0.0)
    assert (on_bus >= 2).mean() >= 0.9
    assert (on_car >= 2).mean() <= 0.1
