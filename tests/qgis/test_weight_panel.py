"""``tracemob:weightpanel`` then ``tracemob:modalshare`` with WEIGHTS, through processing.run."""
import sys
from pathlib import Path

import pytest
from qgis.core import QgsGeometry

from tracemob.tracemob_plugin import compat

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from qgis_helpers import load_unit_module, memory_layer as _layer  # noqa: E402


W = load_unit_module("test_weighting")


def _margins_csv(path):
    lines = ["variable,category,population"]
    for var, cats in W.MARGINS.items():
        lines += [f"{var},{cat},{pop}" for cat, pop in cats.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _trips_layer(trips):
    """A memory layer of the trips (one 10-minute line each), as modalshare reads them."""
    lines = [QgsGeometry.fromWkt(f"LineStringM(2.30 48.85 {i * 60}, 2.31 48.86 {i * 60 + 600})")
             for i in range(len(trips))]
    return _layer("LineStringM?crs=EPSG:4326&field=trip_id:string&field=user_id:string&field=start_time:datetime"
                  "&field=duration_s:double&field=distance_m:double&field=main_mode:string",
                  trips[["trip_id", "user_id", "start_time", "duration_s", "distance_m", "main_mode"]].values.tolist(),
                  lines)


def _bike_share(layer):
    rows = {f["mode"]: f for f in layer.getFeatures() if f["zone_id"] == "ALL"}
    return rows["bike"]["share_trips"], rows["bike"]["n_users"], rows["bike"]["weighted"]


def test_weightpanel_then_weighted_modalshare(run_alg, tmp_path):
    panel = W.biased_panel(n=2000, seed=5)
    panel.loc[3, "sex"] = None
    people = _layer("None?field=user_id:string&field=age_band:string&field=sex:string&field=home_zone:string",
                    panel[["user_id", "age_band", "sex", "home_zone"]].values.tolist())
    res, fb = run_alg("tracemob:weightpanel", {
        "PARTICIPANTS": people, "MARGINS": _margins_csv(tmp_path / "margins.csv"),
        "VARIABLES": ["age_band", "sex", "home_zone"], "TRIM_LOW": 0.2, "TRIM_HIGH": 6.0, "MAX_ITER": 300,
        "OUTPUT": "memory:", "OUTPUT_DIAGNOSTICS": "memory:"})
    weights = {f["user_id"]: f["weight"] for f in res["OUTPUT"].getFeatures()}
    assert len(weights) == 2000 and compat.is_null(weights["u0003"])
    known = [w for u, w in weights.items() if u != "u0003"]
    assert not any(compat.is_null(w) for w in known)
    assert sum(known) == pytest.approx(10000.0)
    assert res["OUTPUT"].fields().names()[:3] == ["user_id", "weight", "age_band"]
    first = next(res["OUTPUT"].getFeatures())
    assert first["margins"].startswith("margins") and first["margins"].endswith("(age_band, sex, home_zone)")
    diag = list(res["OUTPUT_DIAGNOSTICS"].getFeatures())
    assert len(diag) == 7
    assert max(abs(f["difference_points"]) for f in diag) < 0.5
    young = [f for f in diag if f["variable"] == "age_band" and f["category"] == "18-29"][0]
    assert young["target_share"] == pytest.approx(30.0) and young["unweighted_share"] > 55.0
    assert any("Design effect (Kish)" in i and "effective sample size" in i for i in fb.infos)
    assert any("u0003" in w and "missing sex" in w for w in fb.warnings)

    trips = W._trips_of(panel)
    tl = _trips_layer(trips)
    common = {"TRIPS": tl, "OUTPUT": "memory:", "OUTPUT_TABLE": "memory:"}
    plain, _ = run_alg("tracemob:modalshare", dict(common))
    weighted, fbw = run_alg("tracemob:modalshare", dict(common, WEIGHTS=res["OUTPUT"]))
    share0, users0, flag0 = _bike_share(plain["OUTPUT_TABLE"])
    share1, users1, flag1 = _bike_share(weighted["OUTPUT_TABLE"])
    truth = 26.0   # the population's bike share (BIKE_P by age band over AGE_POP)
    assert abs(share0 - truth) > 8.0 and abs(share1 - truth) < abs(share0 - truth) / 4
    # the same weights and share as the domain computes them
    ref = W.wt.rake(panel, W.MARGINS, trim=(0.2, 6.0), max_iter=300).weights.set_index("user_id")["weight"]
    is_bike = (trips["main_mode"] == "bike").to_numpy()
    w = trips["user_id"].map(ref).fillna(0.0).to_numpy()
    assert share1 == pytest.approx(100.0 * w[is_bike].sum() / w.sum(), rel=1e-9)
    assert users1 == users0 and not flag0 and flag1
    assert any("1 participant(s) without a weight" in w for w in fbw.warnings)
    assert any("raked to the margins margins" in i for i in fbw.infos)


def test_weightpanel_category_without_participant_is_a_clear_error(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    panel = W.biased_panel(n=100)
    people = _layer("None?field=user_id:string&field=sex:string", panel[["user_id", "sex"]].values.tolist())
    margins = tmp_path / "m.csv"
    margins.write_text("variable,category,population\nsex,F,50\nsex,M,45\nsex,X,5\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="'X' of 'sex' has a population but no participant"):
        run_alg("tracemob:weightpanel", {"PARTICIPANTS": people, "MARGINS": str(margins),
                                         "OUTPUT": "memory:", "OUTPUT_DIAGNOSTICS": "memory:"})


def test_replicate_weights_give_the_weighted_modal_share_its_range(run_alg, tmp_path):
    """weightpanel REPLICATES=40 adds rw_001..rw_040 (each raked again); modalshare reads them and gives
    the weighted bike share a range that holds the population's share, on the table and the zones."""
    panel = W.biased_panel(n=1200, seed=6)
    people = _layer("None?field=user_id:string&field=age_band:string&field=sex:string&field=home_zone:string",
                    panel[["user_id", "age_band", "sex", "home_zone"]].values.tolist())
    res, fb = run_alg("tracemob:weightpanel", {
        "PARTICIPANTS": people, "MARGINS": _margins_csv(tmp_path / "margins.csv"), "TRIM_LOW": 0.2,
        "TRIM_HIGH": 5.0, "REPLICATES": 40, "OUTPUT": "memory:"})
    names = res["OUTPUT"].fields().names()
    assert "rw_001" in names and "rw_040" in names and "rw_041" not in names
    assert any("40 replicate weights added" in i for i in fb.infos)
    trips = W._trips_of(panel, seed=12)
    tl = _trips_layer(trips)
    out, fbm = run_alg("tracemob:modalshare", {"TRIPS": tl, "WEIGHTS": res["OUTPUT"], "OUTPUT": "memory:",
                                               "OUTPUT_TABLE": "memory:"})
    bike = [f for f in out["OUTPUT_TABLE"].getFeatures() if f["zone_id"] == "ALL" and f["mode"] == "bike"][0]
    assert bike["share_trips_low"] < 26.0 < bike["share_trips_high"]
    assert bike["share_trips_low"] < bike["share_trips"] < bike["share_trips_high"]
    zone = [f for f in out["OUTPUT"].getFeatures() if f["zone_id"] == "ALL"][0]
    assert zone["lo_bike"] == pytest.approx(bike["share_trips_low"]) and zone["hi_car"] > zone["lo_car"]
    assert any("40 replicate weights read" in i for i in fbm.infos)


def test_weightpanel_reads_an_insee_census_table_as_published(run_alg):
    """The generated extract in INSEE's 'Évolution et structure de la population' layout (';', CODGEO,
    P21_H0014...): the participants' home communes select its rows; every margin is reached and the
    weights sum to the population of those communes (tests/unit/test_insee.py has the totals)."""
    import numpy as np

    insee_csv = Path(__file__).resolve().parents[1] / "data" / "insee" / "base-cc-evol-struct-pop-2021_extract.csv"
    rng = np.random.default_rng(8)
    n = 300
    rows = [["p%03d" % i, str(a), str(s), str(c)] for i, (a, s, c) in enumerate(zip(
        rng.choice(["0-14", "15-29", "30-44", "45-59", "60-74", "75+"], n, p=[0.05, 0.4, 0.27, 0.13, 0.1, 0.05]),
        rng.choice(["F", "H"], n), rng.choice(["69381", "69384"], n)))]
    people = _layer("None?field=user_id:string&field=age_band:string&field=sex:string&field=home_commune:string",
                    rows)
    res, fb = run_alg("tracemob:weightpanel", {"PARTICIPANTS": people, "MARGINS": str(insee_csv), "TRIM_LOW": 0.0,
                                               "TRIM_HIGH": 20.0, "OUTPUT": "memory:",
                                               "OUTPUT_DIAGNOSTICS": "memory:"})
    assert any("INSEE census 2021: 2 row(s) used; margins age_band, sex, home_commune" in i for i in fb.infos)
    weights = [f["weight"] for f in res["OUTPUT"].getFeatures()]
    assert sum(weights) == pytest.approx(29960.4747 + 36642.1655, rel=1e-6)
    diag = list(res["OUTPUT_DIAGNOSTICS"].getFeatures())
    assert len(diag) == 6 + 2 + 2 and max(abs(f["difference_points"]) for f in diag) < 0.01
    assert next(res["OUTPUT"].getFeatures())["margins"].endswith("(age_band, sex, home_commune)")
