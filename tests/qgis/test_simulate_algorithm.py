"""tracemob:simulatetraces through processing.run on the embedded sample network: the layers hold exactly
what the domain simulator gives for the same parameters, the plan closes the street, bad input stops."""
import numpy as np
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

from tracemob.tracemob_plugin.core.simulate.graph import load_sample_network, SAMPLE_NETWORK, SAMPLE_TZ
from tracemob.tracemob_plugin.core.simulate.params import MODES
from tracemob.tracemob_plugin.core.simulate.plan import CirculationPlan
from tracemob.tracemob_plugin.core.simulate.simulator import simulate

OUTPUTS = ("OUTPUT_POINTS", "OUTPUT_TRIPS", "OUTPUT_LEGS", "OUTPUT_TRAVERSALS", "OUTPUT_PLACES", "OUTPUT_LABELS",
           "OUTPUT_SEGMENTS", "OUTPUT_SPEEDS")
PARAMS = {"CITIZENS": 6, "DAYS": 3, "START_DATE": "2026-03-02", "SEED": 5, "PLAN_DATE": "2026-03-03",
          "PLAN_ID_KIND": 2, "PLAN_CLOSED": "Fabianinkatu", "PLAN_SPEED": "Unioninkatu", "PLAN_SPEED_FACTOR": 0.5}


def _layer(results, key):
    value = results[key]
    layer = value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, key, "ogr")
    assert layer.isValid(), key
    return layer


@pytest.fixture(scope="module")
def expected():
    net = load_sample_network()
    seg = net.segments
    plan = CirculationPlan(start="2026-03-03", closed=seg.loc[seg["name"] == "Fabianinkatu", "segment_id"].tolist(),
                             speed_factor={s: 0.5 for s in seg.loc[seg["name"] == "Unioninkatu", "segment_id"]})
    return simulate(net, n_citizens=6, days=3, start_date="2026-03-02", seed=5, tz=SAMPLE_TZ, plan=plan), plan


def test_simulatetraces_sample_network_with_plan(run_alg, expected):
    sim, plan = expected
    params = dict(PARAMS, **{k: "TEMPORARY_OUTPUT" for k in OUTPUTS})
    res, fb = run_alg("tracemob:simulatetraces", params)
    counts = {k: _layer(res, k).featureCount() for k in OUTPUTS}
    assert counts == {"OUTPUT_POINTS": len(sim.points), "OUTPUT_TRIPS": len(sim.trips), "OUTPUT_LEGS": len(sim.legs),
                      "OUTPUT_TRAVERSALS": len(sim.traversals), "OUTPUT_PLACES": len(sim.places),
                      "OUTPUT_LABELS": len(sim.labels), "OUTPUT_SEGMENTS": sim.network.n_segments,
                      "OUTPUT_SPEEDS": len(sim.segment_speeds)}
    assert counts["OUTPUT_POINTS"] > 5000 and counts["OUTPUT_TRIPS"] > 30
    assert any("sample network" in m for m in fb.infos)
    # legs are LineStringM whose M is the UTC epoch second, from the leg start to its end
    legs = _layer(res, "OUTPUT_LEGS")
    assert QgsWkbTypes.hasM(legs.wkbType())
    f = next(legs.getFeatures())
    geom = f.geometry().constGet()
    row = sim.legs.set_index("leg_id").loc[f["leg_id"]]
    assert abs(geom.mAt(0) - row["start_time"].timestamp()) < 1e-3
    assert abs(geom.mAt(geom.numPoints() - 1) - row["end_time"].timestamp()) < 1e-3
    assert f["mode"] in MODES
    # the plan: closed segments flagged in the network output, never driven after the change
    seg = _layer(res, "OUTPUT_SEGMENTS")
    flags = [s["plan_change"] for s in seg.getFeatures()]
    assert flags.count("closed to motor traffic") == len(plan.closed)
    assert flags.count("speed x0.5") == len(plan.speed_factor)
    trav = _layer(res, "OUTPUT_TRAVERSALS")
    names = trav.fields().names()
    for col in ("leg_id", "user_id", "segment_id", "direction", "entry_time", "exit_time", "tt_s", "mode", "period"):
        assert col in names
    closed = set(plan.closed)
    after_car = [t["segment_id"] for t in trav.getFeatures()
                 if t["period"] == "after" and t["mode"] in ("car", "carpool")]
    assert after_car and not closed.intersection(after_car)
    # points follow the points contract
    pts = _layer(res, "OUTPUT_POINTS")
    assert {"user_id", "time", "accuracy_m", "speed_mps", "source_file"} <= set(pts.fields().names())
    places = _layer(res, "OUTPUT_PLACES")
    assert sum(1 for p in places.getFeatures() if p["kind"] == "home") == 6


def test_simulatetraces_reads_a_network_layer(run_alg):
    layer = QgsVectorLayer(str(SAMPLE_NETWORK), "roads", "ogr")
    assert layer.isValid()
    res, fb = run_alg("tracemob:simulatetraces", {"NETWORK": layer, "CITIZENS": 3, "DAYS": 1, "SEED": 2,
                                                  "OUTPUT_POINTS": "TEMPORARY_OUTPUT",
                                                  "OUTPUT_TRIPS": "TEMPORARY_OUTPUT",
                                                  "OUTPUT_LEGS": "TEMPORARY_OUTPUT",
                                                  "OUTPUT_PLACES": "TEMPORARY_OUTPUT",
                                                  "OUTPUT_SEGMENTS": "TEMPORARY_OUTPUT"})
    seg = _layer(res, "OUTPUT_SEGMENTS")
    assert abs(seg.featureCount() - layer.featureCount()) <= 3
    # a network given as a layer defaults to the French time zone: first departures are local mornings
    pts = _layer(res, "OUTPUT_POINTS")
    assert pts.featureCount() > 500
    ids = [f["highway"] for f in seg.getFeatures()]
    assert "residential" in ids and "primary" in ids
    assert np.isfinite([f["length_m"] for f in seg.getFeatures()]).all()


def test_simulatetraces_bus_lane(run_alg):
    """A bus lane named like the other plan streets: flagged in the network output, reported per line, and the
    true sections on it after the plan's date run at the off-peak speed (faster than the timetable's peak)."""
    params = {"CITIZENS": 20, "DAYS": 2, "SEED": 4, "MODE_MIX": 2, "PT_SHARE": 0.6, "PLAN_DATE": "2026-03-03",
              "PLAN_ID_KIND": 2, "PLAN_BUS_LANE": "Bulevardi, Eteläesplanadi",
              **{k: "TEMPORARY_OUTPUT" for k in ("OUTPUT_POINTS", "OUTPUT_TRIPS", "OUTPUT_LEGS", "OUTPUT_PLACES",
                                                 "OUTPUT_SEGMENTS", "OUTPUT_SECTIONS")}}
    res, fb = run_alg("tracemob:simulatetraces", params)
    seg = _layer(res, "OUTPUT_SEGMENTS")
    lane = [f for f in seg.getFeatures() if f["plan_change"] == "bus lane"]
    assert lane and {f["name"] for f in lane} == {"Bulevardi", "Eteläesplanadi"}
    assert any("segments given a bus lane" in m for m in fb.infos)
    report = [m for m in fb.infos if m.startswith("Bus lane:")]
    assert report and "line 3 direction 0" in report[0] and "line T1 direction 0" in report[0]
    sections = _layer(res, "OUTPUT_SECTIONS")
    assert {f["period"] for f in sections.getFeatures()} == {"before", "after"}
    # no public transport: the lane changes nothing, and the user is told
    res, fb = run_alg("tracemob:simulatetraces", dict(params, PT_SHARE=0.0, CITIZENS=3, DAYS=1))
    assert any("nobody rides a bus" in m for m in fb.warnings)


@pytest.mark.parametrize("extra, message", [
    ({"PLAN_BUS_LANE": "12"}, "first day is empty"),
    ({"PLAN_DATE": "2026-03-03", "PLAN_ID_KIND": "name", "PLAN_BUS_LANE": "No Such Street"}, "matches no segment"),
    ({"PLAN_DATE": "2026-03-03", "PLAN_ID_KIND": "name", "PLAN_CLOSED": "No Such Street"}, "matches no segment"),
    ({"PLAN_CLOSED": "12"}, "first day is empty"),
    ({"PLAN_DATE": "2026-03-03"}, "changes nothing"),
    ({"PLAN_DATE": "2026-03-03", "PLAN_CLOSED": "twelve"}, "not a segment id"),
    ({"TIMEZONE": "Mars/Olympus"}, "Unknown time zone"),
    ({"START_DATE": "yesterday-ish"}, "start date"),
])
def test_simulatetraces_bad_input(run_alg, extra, message):
    params = {"CITIZENS": 2, "DAYS": 1, "OUTPUT_POINTS": "TEMPORARY_OUTPUT", "OUTPUT_TRIPS": "TEMPORARY_OUTPUT",
              "OUTPUT_LEGS": "TEMPORARY_OUTPUT", "OUTPUT_PLACES": "TEMPORARY_OUTPUT",
              "OUTPUT_SEGMENTS": "TEMPORARY_OUTPUT"}
    params.update(extra)
    with pytest.raises(QgsProcessingException, match=message):
        run_alg("tracemob:simulatetraces", params)


def test_simulatetraces_biased_panel_then_weightpanel(run_alg):
    """PANEL_BIAS young_centre, PANEL_SHARE 0.5 of 120 citizens: 60 participants with age_band, sex and
    home_zone, the margins of all 120, only the panel's points; weightpanel then runs on the two outputs
    and reaches every margin."""
    res, fb = run_alg("tracemob:simulatetraces", {
        "CITIZENS": 120, "DAYS": 1, "START_DATE": "2026-03-02", "SEED": 3, "PANEL_BIAS": "young_centre",
        "PANEL_SHARE": 0.5, "OUTPUT_POINTS": "TEMPORARY_OUTPUT", "OUTPUT_TRIPS": "TEMPORARY_OUTPUT",
        "OUTPUT_LEGS": "TEMPORARY_OUTPUT", "OUTPUT_PLACES": "TEMPORARY_OUTPUT", "OUTPUT_SEGMENTS": "TEMPORARY_OUTPUT",
        "OUTPUT_PARTICIPANTS": "TEMPORARY_OUTPUT", "OUTPUT_MARGINS": "TEMPORARY_OUTPUT"})
    people = _layer(res, "OUTPUT_PARTICIPANTS")
    assert people.featureCount() == 60
    assert {"user_id", "role", "car", "bike", "age_band", "sex", "home_zone"} <= set(people.fields().names())
    ids = {f["user_id"] for f in people.getFeatures()}
    centre = sum(1 for f in people.getFeatures() if f["home_zone"] == "centre")
    assert centre > 0.25 * 60
    assert {f["user_id"] for f in _layer(res, "OUTPUT_POINTS").getFeatures()} <= ids
    margins = _layer(res, "OUTPUT_MARGINS")
    totals = {}
    for f in margins.getFeatures():
        totals[f["variable"]] = totals.get(f["variable"], 0) + f["population"]
    assert totals == {"age_band": 120, "sex": 120, "home_zone": 120}
    assert any("Panel: 60 of the 120 citizens carry the app" in i for i in fb.infos)
    assert any("True modal share of the population's trips" in i for i in fb.infos)
    w, fbw = run_alg("tracemob:weightpanel", {"PARTICIPANTS": people, "MARGINS": margins, "TRIM_LOW": 0.0,
                                              "TRIM_HIGH": 20.0, "OUTPUT": "memory:",
                                              "OUTPUT_DIAGNOSTICS": "memory:"})
    weights = [f["weight"] for f in w["OUTPUT"].getFeatures()]
    assert len(weights) == 60 and sum(weights) == pytest.approx(120.0)
    assert max(abs(f["difference_points"]) for f in w["OUTPUT_DIAGNOSTICS"].getFeatures()) < 0.01
