"""Mode models in a format that is safe to load: JSON arrays, evaluated with numpy.

A model file is a JSON object::

    {"format": "tracemob-mode-model", "version": 1, "kind": "random_forest",
     "features": [...], "classes": [...],
     "trees": [{"feature": [...], "threshold": [...], "left": [...], "right": [...],
                "value": [[...class shares...], ...]}, ...],
     "missing": -1.0, "training": {...report...}}

It is produced from a scikit-learn RandomForestClassifier (``train_model``) but loading never
runs pickle nor any code: a file of another kind or of a version we cannot read raises an
``InputError`` that names the file. Missing feature values are replaced by ``missing`` (-1).
"""
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError
from ..i18n import tr
from ..vocab.modes import MODES, coarse
from .features import EXTRA, FEATURES, MISSING
from .transit import NETWORK_FEATURES

FORMAT = "tracemob-mode-model"
VERSION = 1
KIND = "random_forest"
KNOWN_FEATURES = set(FEATURES) | set(EXTRA) | set(NETWORK_FEATURES)


@dataclass
class ModeModel:
    features: List[str]
    classes: List[str]
    trees: List[Dict[str, np.ndarray]]
    missing: float = MISSING
    training: Dict = field(default_factory=dict)

    # -- prediction -------------------------------------------------------------------------
    def matrix(self, features: pd.DataFrame) -> np.ndarray:
        missing = [f for f in self.features if f not in features.columns]
        if missing:
            raise InputError(tr("the model needs the feature '{name}', which was not computed").format(
                name=missing[0]), field=missing[0],
                hint=tr("Give the network layers the model was trained with, or train a new model."))
        x = features[self.features].to_numpy(dtype=float)
        return np.where(np.isfinite(x), x, self.missing)

    def predict_proba(self, features: pd.DataFrame) -> np.ndarray:
        """Mean of the trees' leaf class shares: (n_legs, n_classes)."""
        x = self.matrix(features)
        n = len(x)
        proba = np.zeros((n, len(self.classes)))
        rows = np.arange(n)
        for tree in self.trees:
            node = np.zeros(n, dtype=np.int64)
            left, right = tree["left"], tree["right"]
            feat, thr = tree["feature"], tree["threshold"]
            for _ in range(tree["depth"] + 1):
                inner = left[node] >= 0
                if not inner.any():
                    break
                go_left = x[rows, np.maximum(feat[node], 0)] <= thr[node]
                node = np.where(inner, np.where(go_left, left[node], right[node]), node)
            proba += tree["value"][node]
        return proba / max(len(self.trees), 1)

    def predict(self, features: pd.DataFrame):
        """(mode array, confidence array)."""
        p = self.predict_proba(features)
        best = np.argmax(p, axis=1)
        return np.asarray(self.classes, dtype=object)[best], p[np.arange(len(p)), best]

    # -- files -------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "format": FORMAT, "version": VERSION, "kind": KIND,
            "features": list(self.features), "classes": list(self.classes), "missing": self.missing,
            "trees": [{k: (v.tolist() if isinstance(v, np.ndarray) else v) for k, v in t.items()}
                      for t in self.trees],
            "training": self.training,
        }

    def save(self, path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), separators=(",", ":")), encoding="utf-8")


def _bad(path, problem, hint=None):
    return InputError(problem, file=str(path), hint=hint or tr(
        "Choose a model file written by Tracemob 'Train mode model' (JSON), or leave the parameter "
        "empty to use the default model."))


def model_from_dict(data, path="model") -> ModeModel:
    """Validate a decoded model file and build the model; InputError naming ``path`` otherwise."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _bad(path, tr("this is not a Tracemob mode model (format '{found}')").format(
            found=(data.get("format") if isinstance(data, dict) else type(data).__name__)))
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION or version < 1:
        raise _bad(path, tr("mode model version {found} cannot be read by this Tracemob, which reads "
                            "version {version}").format(found=version, version=VERSION),
                   hint=tr("Update Tracemob or train the model again with this version."))
    if data.get("kind") != KIND:
        raise _bad(path, tr("unsupported model kind '{kind}'").format(kind=data.get("kind")))
    feats, classes, trees = data.get("features"), data.get("classes"), data.get("trees")
    if not (isinstance(feats, list) and isinstance(classes, list) and isinstance(trees, list)
            and feats and classes and trees):
        raise _bad(path, tr("the model file lacks its features, classes or trees"))
    unknown = [f for f in feats if f not in KNOWN_FEATURES]
    if unknown:
        raise _bad(path, tr("the model uses the feature '{name}', unknown to this Tracemob").format(
            name=unknown[0]), hint=tr("Update Tracemob or train the model again with this version."))
    bad_cls = [c for c in classes if c not in MODES]
    if bad_cls:
        raise _bad(path, tr("the model predicts '{name}', which is not a Tracemob mode").format(
            name=bad_cls[0]))
    parsed = []
    try:
        for t in trees:
            tree = {
                "feature": np.asarray(t["feature"], dtype=np.int64),
                "threshold": np.asarray(t["threshold"], dtype=float),
                "left": np.asarray(t["left"], dtype=np.int64),
                "right": np.asarray(t["right"], dtype=np.int64),
                "value": np.asarray(t["value"], dtype=float),
                "depth": int(t["depth"]),
            }
            n = len(tree["feature"])
            if (n == 0 or any(len(tree[k]) != n for k in ("threshold", "left", "right", "value"))
                    or tree["value"].shape != (n, len(classes))
                    or tree["feature"].max() >= len(feats)
                    or tree["left"].max() >= n or tree["right"].max() >= n):
                raise ValueError("inconsistent tree")
            parsed.append(tree)
    except (KeyError, TypeError, ValueError):
        raise _bad(path, tr("the model file is damaged (inconsistent tree arrays)"))
    return ModeModel(list(feats), list(classes), parsed, float(data.get("missing", MISSING)),
                     dict(data.get("training") or {}))


def load_model(path) -> ModeModel:
    """Read a model file (JSON only; never pickle)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(tr("model file not found"), file=str(path))
    try:
        with open(path, "rb") as fh:
            head = fh.read(2)
        if head[:1] == b"\x80" or head == b"PK":
            raise _bad(path, tr("this is a binary file (pickle, joblib or zip), which Tracemob never "
                                "loads because it could run code"))
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise _bad(path, tr("this is not a JSON mode model"))
    return model_from_dict(data, path.name)


DEFAULT_MODEL_PATH = Path(__file__).resolve().parents[3] / "resources" / "models" / "default_mode_model.json"


def default_model() -> ModeModel:
    return load_model(DEFAULT_MODEL_PATH)


# -- training ---------------------------------------------------------------------------------

def export_forest(forest, feature_names, classes) -> ModeModel:
    """Turn a fitted sklearn RandomForestClassifier into a ModeModel (plain arrays)."""
    trees = []
    for est in forest.estimators_:
        t = est.tree_
        value = t.value[:, 0, :].astype(float)
        tot = value.sum(axis=1, keepdims=True)
        value = np.where(tot > 0, value / np.where(tot > 0, tot, 1), 0.0)
        # map the estimator's class order to the forest's
        trees.append({"feature": t.feature.astype(np.int64), "threshold": t.threshold.astype(float),
                      "left": t.children_left.astype(np.int64), "right": t.children_right.astype(np.int64),
                      "value": np.round(value, 5), "depth": int(t.max_depth)})
    return ModeModel(list(feature_names), [str(c) for c in classes], trees)


def fit_forest(x: pd.DataFrame, y, sample_weight=None, n_estimators=60, max_depth=10,
               min_samples_leaf=2, random_state=0) -> ModeModel:
    from sklearn.ensemble import RandomForestClassifier
    feats = list(x.columns)
    xm = x.to_numpy(dtype=float)
    xm = np.where(np.isfinite(xm), xm, MISSING)
    rf = RandomForestClassifier(n_estimators=n_estimators, max_depth=max_depth,
                                min_samples_leaf=min_samples_leaf, class_weight="balanced",
                                random_state=random_state, n_jobs=1)
    rf.fit(xm, np.asarray(y, dtype=object).astype(str), sample_weight=sample_weight)
    return export_forest(rf, feats, rf.classes_)


def user_folds(groups, n_folds: int = 5):
    """Leave-users-out folds: list of (train_idx, test_idx); each user is in exactly one test fold
    and never in the training part of that fold."""
    groups = np.asarray(groups, dtype=object).astype(str)
    users = np.unique(groups)
    if len(users) < 2:
        raise InputError(tr("leave-users-out validation needs labelled legs of at least two users"),
                         field="user_id", hint=tr("Add labelled legs of more participants."))
    k = min(n_folds, len(users))
    # balance folds by number of legs: largest users first into the lightest fold
    sizes = pd.Series(groups).value_counts()
    fold_of, load = {}, np.zeros(k)
    for user, size in sizes.items():
        f = int(np.argmin(load))
        fold_of[user] = f
        load[f] += size
    fold = np.array([fold_of[g] for g in groups])
    return [(np.flatnonzero(fold != f), np.flatnonzero(fold == f)) for f in range(k)]


def class_report(y_true, y_pred, weight=None) -> Dict[str, Dict[str, float]]:
    """Per class precision / recall / support (weighted, e.g. by seconds)."""
    y_true = np.asarray(y_true, dtype=object)
    y_pred = np.asarray(y_pred, dtype=object)
    w = np.ones(len(y_true)) if weight is None else np.asarray(weight, dtype=float)
    out = {}
    for c in sorted(set(y_true) | set(y_pred)):
        tp = w[(y_true == c) & (y_pred == c)].sum()
        pred = w[y_pred == c].sum()
        true = w[y_true == c].sum()
        out[str(c)] = {"precision": float(tp / pred) if pred > 0 else float("nan"),
                       "recall": float(tp / true) if true > 0 else float("nan"),
                       "support": float(true)}
    return out


def agreement(y_true, y_pred, weight=None) -> float:
    y_true = np.asarray(y_true, dtype=object)
    y_pred = np.asarray(y_pred, dtype=object)
    w = np.ones(len(y_true)) if weight is None else np.asarray(weight, dtype=float)
    return float(w[y_true == y_pred].sum() / w.sum()) if w.sum() > 0 else float("nan")


def train_model(features: pd.DataFrame, labels, users, weight=None, feature_names=None,
                n_folds: int = 5, progress: Optional[Callable[[float], None]] = None,
                is_cancelled: Optional[Callable[[], bool]] = None, prior: Optional[pd.DataFrame] = None,
                prior_weight: float = 0.3, **forest_kwargs):
    """Train a forest on labelled legs; validate it with users left out.

    ``labels`` are vocabulary modes (legs labelled 'unknown' or None are dropped). ``weight``
    (e.g. duration in seconds) weights training and the metrics. Returns (model, report) where
    report = {"folds": [{"test_users": [...], "train_users": [...]}, ...], "agreement": ...,
    "coarse_agreement": ..., "per_class": {...}, "n_legs": ..., "users": ..., "in_sample_agreement": ...,
    "in_sample_coarse_agreement": ...}. The final model is
    fitted on all legs and carries the report in ``model.training``.

    ``prior``: optional reference legs (features + ``mode`` + ``duration_s``, e.g. Tracemob's
    synthetic legs) added with ``prior_weight`` to the training part of every fold and to the final
    fit, never to the test part: a small study still gets sound walk / bike / car boundaries.
    """
    labels = pd.Series(np.asarray(labels, dtype=object), index=features.index)
    users = pd.Series(np.asarray(users, dtype=object), index=features.index).astype(str)
    w = pd.Series(np.ones(len(features)) if weight is None else np.asarray(weight, float),
                  index=features.index)
    keep = labels.notna() & (labels != "unknown") & labels.isin(MODES)
    if keep.sum() < 10:
        raise InputError(tr("too few labelled legs to train a model ({n}; at least 10 are needed)").format(
            n=int(keep.sum())), hint=tr("Label more legs or use the default model."))
    feats = list(feature_names or FEATURES)
    x = features.loc[keep, feats]
    y = labels[keep].to_numpy(dtype=object)
    g = users[keep].to_numpy(dtype=object)
    ww = w[keep].to_numpy(float)
    # weight by sqrt(duration): long legs matter more (time-weighted scores) without dominating
    sw = np.sqrt(np.maximum(ww, 1.0))
    folds = user_folds(g, n_folds)
    if prior is not None and len(prior):
        px = prior[feats]
        py = prior["mode"].to_numpy(dtype=object)
        pw = prior_weight * np.sqrt(np.maximum(prior["duration_s"].to_numpy(float), 1.0))
    else:
        px, py, pw = x.iloc[:0], y[:0], sw[:0]

    def fit(idx):
        return fit_forest(pd.concat([x.iloc[idx], px]), np.concatenate([y[idx], py]),
                          sample_weight=np.concatenate([sw[idx], pw]), **forest_kwargs)

    pred = np.empty(len(y), dtype=object)
    fold_info = []
    steps = len(folds) + 1
    for i, (tr_idx, te_idx) in enumerate(folds):
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(tr("cancelled"))
        if len(np.unique(np.concatenate([y[tr_idx], py]))) < 2:
            pred[te_idx] = y[tr_idx][0]
        else:
            pred[te_idx] = fit(tr_idx).predict(x.iloc[te_idx])[0]
        fold_info.append({"test_users": sorted(set(g[te_idx])), "train_users": sorted(set(g[tr_idx]))})
        if progress:
            progress((i + 1) / steps)
    report = {
        "validation": "leave-users-out",
        "folds": fold_info,
        "n_legs": int(len(y)), "users": sorted(set(g)),
        "agreement": agreement(y, pred, ww),
        "coarse_agreement": agreement(coarse(y), coarse(pred), ww),
        "per_class": class_report(y, pred, ww),
        "prior_legs": int(len(py)),
    }
    model = fit(np.arange(len(y)))
    # the in-sample figure (the final model on the legs it learnt from), printed beside the held-out one
    fitted = model.predict(x)[0]
    report["in_sample_agreement"] = agreement(y, fitted, ww)
    report["in_sample_coarse_agreement"] = agreement(coarse(y), coarse(fitted), ww)
    model.training = report
    if progress:
        progress(1.0)
    return model, report
