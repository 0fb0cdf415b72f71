"""How the default model (resources/models/default_mode_model.json) is built.

Training data we may redistribute derivatives of, only:
- the e-mission real ground-truth days (BSD-3-Clause), sections cut from the raw points, labelled
  with e-mission's sensed mode (ON_FOOT/WALKING -> walk, BICYCLING -> bike, IN_VEHICLE -> car,
  AIR_OR_HSR -> train, folded into car like every rail mode);
- synthetic legs of every mode (``synthetic.py``), folded into the default classes, with extra
  city-centre car legs (stop-and-go, ``URBAN_CARS``).
GeoLife is NEVER used here (its licence forbids redistribution): it serves for evaluation only.

The default classes are walk / bike / car / plane: without user labels, speed and motion cannot
tell a bus from a car, so road-motorised legs are 'car' and the rules split them into bus / tram
/ metro / train with a network layer (and into train at sustained rail speeds).
Every real and synthetic leg is used twice, once without its motion readings, so that the model
also works for phones or files without ``background/motion_activity``.
"""
import numpy as np
import pandas as pd

from .features import MISSING, MOTION, leg_features
from .model import fit_forest
from .synthetic import synthetic_dataset

DEFAULT_CLASSES = ("walk", "bike", "car", "plane")
FOLD_TO_DEFAULT = {"walk": "walk", "bike": "bike", "ebike": "bike", "escooter": "bike",
                   "motorcycle": "car", "car": "car", "bus": "car", "tram": "car", "metro": "car",
                   "train": "car", "coach": "car", "ferry": "car", "plane": "plane"}
REAL_WEIGHT = 3.0
URBAN_CARS = 60
FOREST = dict(n_estimators=60, max_depth=9, min_samples_leaf=3, random_state=0)


def labelled_features(legs: pd.DataFrame, vertices: pd.DataFrame, motion=None) -> pd.DataFrame:
    """Features of labelled legs + ``mode``, ``user_id``, ``duration_s`` columns."""
    f = leg_features(vertices, "leg_id", motion=motion, leg_users=legs.set_index("leg_id").user_id)
    info = legs.set_index("leg_id")[["mode", "user_id"]]
    return f.join(info, how="inner")


def synthetic_features(n_per_mode: int = 30, seed: int = 7, n_urban_car: int = URBAN_CARS) -> pd.DataFrame:
    """Features of synthetic legs of every mode, plus ``n_urban_car`` city-centre car legs (stop-and-go
    at 30 km/h: without them slow urban cars read as bikes)."""
    legs, vertices, motion = synthetic_dataset(n_per_mode=n_per_mode, seed=seed, with_motion=1.0,
                                               urban_cars=n_urban_car > 0)
    f = labelled_features(legs, vertices, motion)
    if n_urban_car:
        legs, vertices, motion = synthetic_dataset(n_per_mode=n_urban_car, modes=["car_urban"], seed=seed + 1,
                                                   with_motion=1.0, prefix="U")
        f = pd.concat([f, labelled_features(legs, vertices, motion)])
    return f


def without_motion(f: pd.DataFrame) -> pd.DataFrame:
    g = f.copy()
    for col in MOTION:
        g[col] = MISSING
    g["motion_coverage"] = 0.0
    g.index = g.index.astype(str) + "#nomotion"
    return g


def training_frame(real: pd.DataFrame, synthetic: pd.DataFrame) -> pd.DataFrame:
    """Real (weight REAL_WEIGHT) + synthetic legs, each with and without motion, default classes."""
    parts = []
    for f, w in ((real, REAL_WEIGHT), (synthetic, 1.0)):
        if f is None or len(f) == 0:
            continue
        f = f.assign(weight=w * np.sqrt(np.maximum(f.duration_s.to_numpy(float), 1.0)))
        f = f.assign(mode=f["mode"].map(FOLD_TO_DEFAULT))
        f = f[f["mode"].notna()]
        parts += [f, without_motion(f)]
    return pd.concat(parts)


def fit_default(real: pd.DataFrame, synthetic: pd.DataFrame, features=None):
    from .features import FEATURES
    data = training_frame(real, synthetic)
    feats = list(features or FEATURES)
    model = fit_forest(data[feats], data["mode"].to_numpy(), sample_weight=data.weight.to_numpy(),
                       **FOREST)
    model.training = {
        "recipe": "tracemob default: e-mission ground-truth days (BSD-3) + synthetic legs; no GeoLife",
        "n_real_legs": int(len(real)) if real is not None else 0,
        "n_synthetic_legs": int(len(synthetic)),
        "real_users": sorted(set(real.user_id.astype(str))) if real is not None and len(real) else [],
    }
    return model


def prior_frame(n_per_mode: int = 20, seed: int = 11) -> pd.DataFrame:
    """Synthetic reference legs in the default classes (walk / bike / car / plane), with and without
    motion, for ``train_model(prior=...)``: generated on the fly, deterministic."""
    f = synthetic_features(n_per_mode=n_per_mode, seed=seed, n_urban_car=0)
    f = f.assign(mode=f["mode"].map(FOLD_TO_DEFAULT))
    f = f[f["mode"].notna()]
    return pd.concat([f, without_motion(f)])
