"""tracemob:fmdattestation through processing.run on generated commutes with known day counts."""
import sys
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from qgis_helpers import load_unit_module, qdt as _qdt  # noqa: E402


U = load_unit_module("test_fmd")


def _table_layer(df, types):
    uri = "None?" + "&".join("field={}:{}".format(c, types[c]) for c in types)
    layer = QgsVectorLayer(uri, "t", "memory")
    assert layer.isValid(), uri
    feats = []
    for row in df[list(types)].itertuples(index=False):
        f = QgsFeature(layer.fields())
        f.setAttributes([_qdt(v) if isinstance(v, pd.Timestamp) else (bool(v) if isinstance(v, bool) else v)
                         for v in row])
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)
    return layer


def _layers():
    year, trips, legs, truth = U.truth_data()
    tl = _table_layer(trips, {"trip_id": "string", "user_id": "string", "start_time": "datetime",
                              "end_time": "datetime", "distance_m": "double", "is_home_work": "boolean"})
    ll = _table_layer(legs, {"leg_id": "string", "trip_id": "string", "user_id": "string",
                             "distance_m": "double", "mode": "string", "mode_label": "string"})
    parts = _table_layer(pd.DataFrame({"user_id": ["u_bike", "u_part"], "name": ["Alice Martin", "P-042"],
                                       "working_time_share": [100.0, 50.0]}),
                         {"user_id": "string", "name": "string", "working_time_share": "double"})
    return year, tl, ll, parts, truth


def test_fmd_attestation_algorithm(run_alg, tmp_path):
    year, tl, ll, parts, truth = _layers()
    folder = tmp_path / "pdf"
    res, feedback = run_alg("tracemob:fmdattestation", {
        "TRIPS": tl, "LEGS": ll, "YEAR": year, "EMPLOYER": "Departement des Alpes-Maritimes",
        "PARTICIPANTS": parts, "OUTPUT": "memory:", "OUTPUT_FOLDER": str(folder)})
    layer = res["OUTPUT"]
    rows = {f["user_id"]: f for f in layer.getFeatures()}
    assert set(rows) == set(truth)
    for user, modes in truth.items():
        for mode, n in modes.items():
            assert rows[user]["days_" + mode] == n, (user, mode)
    assert rows["u_bike"]["total_days"] == 59 and rows["u_bike"]["amount"] == 100
    assert rows["u_part"]["threshold_days"] == 15 and rows["u_part"]["eligible"]
    assert rows["u_part"]["name"] == "P-042"
    assert rows["u_car"]["amount"] == 0 and not rows["u_car"]["eligible"]
    assert res["N_ELIGIBLE"] == 2
    pdf = U.fmd.attestation_path(folder, year, "u_part")
    assert pdf.exists() and rows["u_part"]["pdf"] == str(pdf)
    text = U.pdf_text(pdf)
    assert "P-042" in text and "e-scooter: 16 day(s)" in text and "Departement des Alpes-Maritimes" in text
    assert len(list(folder.glob("*.pdf"))) == 3


def test_fmd_attestation_detects_home_work_from_stays(run_alg):
    from qgis.core import QgsGeometry, QgsPointXY

    trips, stays, legs = U.stays_world()
    tl = _table_layer(trips, {"trip_id": "string", "user_id": "string", "start_time": "datetime",
                              "end_time": "datetime", "distance_m": "double", "origin_stay_id": "string",
                              "destination_stay_id": "string"})
    ll = _table_layer(legs, {"leg_id": "string", "trip_id": "string", "user_id": "string", "distance_m": "double",
                             "mode": "string"})
    sl = QgsVectorLayer("Point?crs=EPSG:4326&field=stay_id:string&field=user_id:string&field=start_time:datetime"
                        "&field=end_time:datetime&field=duration_s:double", "stays", "memory")
    feats = []
    for r in stays.itertuples():
        f = QgsFeature(sl.fields())
        f.setAttributes([r.stay_id, r.user_id, _qdt(r.start_time), _qdt(r.end_time), r.duration_s])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(r.lon, r.lat)))
        feats.append(f)
    assert sl.dataProvider().addFeatures(feats)
    res, feedback = run_alg("tracemob:fmdattestation", {"TRIPS": tl, "LEGS": ll, "STAYS": sl, "YEAR": 2024,
                                                        "OUTPUT": "memory:"})
    rows = {f["user_id"]: f for f in res["OUTPUT"].getFeatures()}
    assert rows["u_stay"]["days_bike"] == 35 and rows["u_stay"]["amount"] == 100
    assert rows["u_thin"]["status"] == "home_work_not_detected"
    assert any("u_thin" in w for w in feedback.warnings)


def test_fmd_attestation_bad_inputs(run_alg, tmp_path):
    year, tl, ll, parts, _ = _layers()
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:fmdattestation", {"TRIPS": tl, "LEGS": ll, "YEAR": 2019, "OUTPUT": "memory:"})
    assert "2019" in str(err.value)
    rules = tmp_path / "rules.csv"
    rules.write_text("# bonus: 1\nmin_days,amount\n30,100\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:fmdattestation", {"TRIPS": tl, "LEGS": ll, "YEAR": year, "RULES": str(rules),
                                            "OUTPUT": "memory:"})
    assert "bonus" in str(err.value)
