"""Mode model files: safe format, refusal of wrong files, training with users left out."""
import json
import pickle

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.modes import infer_modes
from tracemob.tracemob_plugin.core.modes.default_recipe import DEFAULT_CLASSES
from tracemob.tracemob_plugin.core.modes.features import FEATURES, leg_features
from tracemob.tracemob_plugin.core.modes.model import (DEFAULT_MODEL_PATH, VERSION, class_report,
                                                       default_model, load_model, train_model,
                                                       user_folds)
from tracemob.tracemob_plugin.core.modes.synthetic import synthetic_dataset


@pytest.fixture(scope="module")
def labelled():
    legs, vertices, motion = synthetic_dataset(n_per_mode=8, seed=5,
                                               modes=["walk", "bike", "car", "bus", "train"])
    feats = leg_features(vertices, motion=motion, leg_users=legs.set_index("leg_id").user_id)
    info = legs.set_index("leg_id").reindex(feats.index)
    info["duration_s"] = feats.duration_s
    return legs, vertices, motion, feats, info


@pytest.fixture(scope="module")
def trained(labelled):
    _, _, _, feats, info = labelled
    return train_model(feats, info["mode"], info["user_id"], weight=info["duration_s"],
                       n_estimators=15, max_depth=6)


def test_default_model_file_is_plain_json_with_version_features_classes():
    data = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    assert data["format"] == "tracemob-mode-model" and data["version"] == VERSION
    assert data["features"] == list(FEATURES)
    assert sorted(data["classes"]) == sorted(DEFAULT_CLASSES)
    assert "geolife" not in json.dumps(data["training"]).lower().replace("no geolife", "")
    model = default_model()
    assert len(model.trees) == 60


def test_round_trip_gives_identical_predictions(trained, labelled, tmp_path):
    model, _ = trained
    feats = labelled[3]
    path = tmp_path / "study.json"
    model.save(path)
    again = load_model(path)
    assert again.classes == model.classes and again.features == model.features
    np.testing.assert_array_equal(again.predict_proba(feats), model.predict_proba(feats))
    assert again.training["validation"] == "leave-users-out"


def test_trained_model_predicts_like_sklearn(labelled):
    """The numpy evaluation of exported trees equals scikit-learn's own predict_proba."""
    from sklearn.ensemble import RandomForestClassifier
    from tracemob.tracemob_plugin.core.modes.model import export_forest
    _, _, _, feats, info = labelled
    x = feats[list(FEATURES)].to_numpy(float)
    rf = RandomForestClassifier(n_estimators=7, max_depth=5, random_state=1).fit(x, info["mode"])
    model = export_forest(rf, FEATURES, rf.classes_)
    np.testing.assert_allclose(model.predict_proba(feats), rf.predict_proba(x), atol=1e-4)


def test_study_model_is_used_by_infer_modes(trained, labelled, tmp_path):
    model, report = trained
    legs, vertices, motion, _, _ = labelled
    path = tmp_path / "study.json"
    model.save(path)
    out = infer_modes(legs, vertices, motion=motion, model=str(path))
    assert set(out["mode"]) <= {"walk", "bike", "car", "bus", "train"}
    assert (out["mode"].to_numpy() == legs["mode"].to_numpy()).mean() >= 0.8  # seen legs
    assert report["coarse_agreement"] >= 0.8
    assert set(report["per_class"]) == {"walk", "bike", "car", "bus", "train"}
    for c in report["per_class"].values():
        assert 0 <= c["recall"] <= 1 and 0 <= c["precision"] <= 1


def test_leave_users_out_never_shares_a_user(trained, labelled):
    _, report = trained
    users = set(labelled[4]["user_id"])
    tested = []
    for fold in report["folds"]:
        assert not set(fold["test_users"]) & set(fold["train_users"])
        assert set(fold["test_users"]) | set(fold["train_users"]) == users
        tested += fold["test_users"]
    assert sorted(tested) == sorted(users)  # each user tested exactly once
    groups = np.array(["a", "a", "b", "c", "c", "c", "d"])
    for tr_idx, te_idx in user_folds(groups, n_folds=3):
        assert not set(groups[tr_idx]) & set(groups[te_idx])


def test_one_user_cannot_be_validated():
    with pytest.raises(InputError) as err:
        user_folds(["u1"] * 5)
    assert "two users" in str(err.value)


def test_too_few_labels():
    feats = pd.DataFrame(np.ones((4, len(FEATURES))), columns=list(FEATURES))
    with pytest.raises(InputError):
        train_model(feats, ["walk"] * 4, ["a", "b", "a", "b"])


def test_class_report_weighted():
    rep = class_report(["walk", "walk", "car"], ["walk", "car", "car"], [10, 30, 60])
    assert rep["walk"]["recall"] == pytest.approx(0.25)
    assert rep["car"]["precision"] == pytest.approx(60 / 90)


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_wrong_files_raise_input_error_naming_the_file(tmp_path):
    good = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    cases = {
        "geo.json": ({"type": "FeatureCollection", "features": []}, "not a Tracemob mode model"),
        "future.json": (dict(good, version=VERSION + 1), "version"),
        "svm.json": (dict(good, kind="svm"), "kind"),
        "feat.json": (dict(good, features=good["features"][:-1] + ["wifi_ssid"]), "wifi_ssid"),
        "cls.json": (dict(good, classes=good["classes"][:-1] + ["hovercraft"]), "hovercraft"),
        "broken.json": (dict(good, trees=[{"feature": [0], "threshold": []}]), "damaged"),
    }
    for name, (data, words) in cases.items():
        with pytest.raises(InputError) as err:
            load_model(_write(tmp_path, name, data))
        assert name in str(err.value) and words in str(err.value), name
    pkl = tmp_path / "model.pkl"
    pkl.write_bytes(pickle.dumps({"format": "tracemob-mode-model"}))
    with pytest.raises(InputError) as err:
        load_model(pkl)
    assert "model.pkl" in str(err.value) and "pickle" in str(err.value)
    text = tmp_path / "notes.json"
    text.write_text("walk, bike", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_model(text)
    assert "notes.json" in str(err.value)
    with pytest.raises(InputError) as err:
        load_model(tmp_path / "absent.json")
    assert "absent.json" in str(err.value)


def test_model_needing_network_features_without_network(tmp_path, labelled):
    good = json.loads(DEFAULT_MODEL_PATH.read_text(encoding="utf-8"))
    good["features"] = good["features"][:-1] + ["net_bus_share"]
    model = load_model(_write(tmp_path, "net.json", good))
    legs, vertices, _, _, _ = labelled
    with pytest.raises(InputError) as err:
        infer_modes(legs, vertices, model=model)
    assert "net_bus_share" in str(err.value)


def test_prior_gives_unlabelled_modes_sound_boundaries(labelled):
    """A study that labelled only walk and car legs: with the synthetic prior its model still
    knows bikes; without it, it cannot."""
    from tracemob.tracemob_plugin.core.modes.default_recipe import prior_frame
    _, _, _, feats, info = labelled
    sel = info["mode"].isin(["walk", "car"])
    bikes = feats[(info["mode"] == "bike").to_numpy()]
    alone, _ = train_model(feats[sel.to_numpy()], info["mode"][sel], info["user_id"][sel],
                           weight=info["duration_s"][sel], n_estimators=15)
    assert "bike" not in alone.classes
    prior = prior_frame(n_per_mode=10)
    model, report = train_model(feats[sel.to_numpy()], info["mode"][sel], info["user_id"][sel],
                                weight=info["duration_s"][sel], n_estimators=15, prior=prior)
    assert report["prior_legs"] == len(prior)
    assert set(model.classes) == {"walk", "bike", "car", "plane"}
    assert (model.predict(bikes)[0] == "bike").mean() >= 0.6
    # the prior never enters a test fold: the report scores the study's own legs only
    assert report["n_legs"] == int(sel.sum())


def test_report_gives_the_in_sample_figure_beside_the_held_out_one(trained, labelled):
    """The final model scored on the legs it learnt from, next to the users-left-out figure: a forest
    fits its own training legs at least as well as unseen users' legs (here almost perfectly)."""
    from tracemob.tracemob_plugin.core.modes.train import format_report

    model, report = trained
    _, _, _, feats, info = labelled
    fitted = model.predict(feats)[0]
    exact = float(np.average(fitted == info["mode"].to_numpy(), weights=info["duration_s"].to_numpy()))
    assert report["in_sample_agreement"] == pytest.approx(exact)
    assert report["in_sample_agreement"] >= report["agreement"] and report["in_sample_agreement"] > 0.9
    assert "in-sample" in format_report(report)
