"""Transport-mode inference (issue 3): features, default rules, safe model files, inference.

Public API::

    from .infer import infer_modes            # legs + vertices -> legs + mode, mode_confidence, mode_source
    from .model import ModeModel, load_model, default_model, train_model, user_folds
    from .network import Network, normalise_kind
    from .vocab import MODES, COARSE, map_labels
"""
from .infer import infer_modes  # noqa: F401
from .model import ModeModel, default_model, load_model, train_model, user_folds  # noqa: F401
from .network import Network, normalise_kind  # noqa: F401
from .vocab import COARSE, MODES, map_labels  # noqa: F401
