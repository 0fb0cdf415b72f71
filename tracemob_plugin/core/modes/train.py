"""Train a study's own mode model from its labelled legs (``tracemob:trainmodemodel``)."""
from typing import Callable, Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .default_recipe import prior_frame
from .features import FEATURES, carried_features, check_columns, leg_features
from .infer import infer_modes
from .model import train_model


def labelled_legs(legs, vertices, motion=None, labels=None, label_field=None) -> pd.Series:
    """User label (vocabulary mode) of each leg, None where the leg has none. Labels come from a
    field of the legs and/or a confirmed-trips table, with the same rules as inference."""
    out = infer_modes(legs, vertices, motion=motion, labels=labels, label_field=label_field)
    lab = out["mode"].where(out["mode_source"] == "user")
    return pd.Series(lab.to_numpy(dtype=object), index=out["leg_id"].astype(str).to_numpy())


def train_from_legs(legs: pd.DataFrame, vertices: pd.DataFrame, motion: Optional[pd.DataFrame] = None,
                    labels: Optional[pd.DataFrame] = None, label_field: Optional[str] = None,
                    user_field: str = "user_id", n_folds: int = 5, n_estimators: int = 60,
                    use_prior: bool = True,
                    progress: Optional[Callable[[float], None]] = None,
                    is_cancelled: Optional[Callable[[], bool]] = None):
    """(model, report): a forest on the labelled legs, validated with users left out.
    ``use_prior``: add Tracemob's synthetic reference legs (walk / bike / car / plane) with a low
    weight, so that modes few participants labelled keep sound boundaries."""
    check_columns(legs, ("leg_id",), tr("legs"))
    if user_field not in legs.columns:
        raise InputError(tr("the legs have no user field '{field}': leave-users-out validation needs "
                            "it").format(field=user_field), field=user_field,
                         hint=tr("Choose the field that identifies the participant."))
    if not label_field and (labels is None or len(labels) == 0):
        raise InputError(tr("no labels: give a label field of the legs or a table of confirmed trips"),
                         hint=tr("OpenPATH exports hold the confirmed trips (mode_confirm)."))
    lab = labelled_legs(legs, vertices, motion, labels, label_field)
    if progress:
        progress(0.2)
    ids = legs["leg_id"].astype(str)
    users = pd.Series(legs[user_field].astype(str).to_numpy(), index=ids.to_numpy())
    users = users[~users.index.duplicated()]
    leg_motion, leg_phone = carried_features(legs, motion)
    feats = leg_features(vertices, "leg_id", motion=motion, leg_users=users, leg_motion=leg_motion,
                         leg_phone=leg_phone)
    lab = lab[~lab.index.duplicated()].reindex(feats.index)
    inner = None
    if progress:
        def inner(f):
            progress(0.3 + 0.7 * f)
    prior = prior_frame() if use_prior else None
    return train_model(feats, lab, users.reindex(feats.index), weight=feats["duration_s"],
                       feature_names=list(FEATURES), n_folds=n_folds, n_estimators=n_estimators,
                       progress=inner, is_cancelled=is_cancelled, prior=prior)


def format_report(report: dict) -> str:
    """Plain-text validation report (per-class precision and recall, folds)."""
    lines = [tr("Validation with users left out ({n} folds, {legs} labelled legs, {users} users)").format(
        n=len(report["folds"]), legs=report["n_legs"], users=len(report["users"])),
        tr("Time-weighted agreement: {fine:.3f} (coarse walk / bike / motorised: {coarse:.3f})").format(
            fine=report["agreement"], coarse=report["coarse_agreement"]),
        tr("class      precision  recall  hours")]
    if "in_sample_agreement" in report:
        lines.insert(2, tr("On the legs it learnt from (in-sample, optimistic): {fine:.3f} (coarse: {coarse:.3f})").format(
            fine=report["in_sample_agreement"], coarse=report["in_sample_coarse_agreement"]))
    if report.get("prior_legs"):
        lines.insert(1, tr("Trained with {n} synthetic reference legs (walk, bike, car, plane) added at a "
                           "low weight").format(n=report["prior_legs"]))
    for cls, r in report["per_class"].items():
        p = "-" if not np.isfinite(r["precision"]) else "%.3f" % r["precision"]
        rc = "-" if not np.isfinite(r["recall"]) else "%.3f" % r["recall"]
        lines.append("%-10s %9s %7s %6.2f" % (cls, p, rc, r["support"] / 3600.0))
    for i, f in enumerate(report["folds"]):
        lines.append(tr("fold {i}: test users {users}").format(i=i + 1, users=", ".join(f["test_users"])))
    return "\n".join(lines)
