"""Transport-mode inference: leg features, public-transport context, rules, safe model files, inference.

Public API: ``infer_modes`` (legs + vertices -> legs + mode, mode_confidence, mode_source, mode_label),
``ModeModel`` / ``load_model`` / ``default_model`` / ``train_model`` / ``user_folds`` and
``TransitNetwork`` / ``normalise_kind``. The mode vocabulary itself lives in ``core.vocab.modes``.
"""
from .infer import infer_modes  # noqa: F401
from .model import ModeModel, default_model, load_model, train_model, user_folds  # noqa: F401
from .transit import TransitNetwork, normalise_kind  # noqa: F401
