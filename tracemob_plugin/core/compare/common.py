"""Small helpers shared by the before/after comparisons: column lookup, required columns, cancellation."""
from typing import Optional, Sequence

import pandas as pd

from ..errors import check_cancelled, require_columns
from ..i18n import tr


def stop_if_cancelled(is_cancelled):
    """Raise :class:`..errors.Cancelled` when ``is_cancelled()`` says so (``None``: never)."""
    check_cancelled(is_cancelled, tr("Before/after comparison cancelled"))


def first_column(df: pd.DataFrame, names: Sequence[str]) -> Optional[str]:
    """The first of ``names`` that is a column of ``df``, None when none is."""
    for n in names:
        if n in df.columns:
            return n
    return None


def require(df, columns, name):
    """:func:`errors.require_columns` with the hint of the comparisons' inputs."""
    require_columns(df, columns, name,
                    tr("Use the layers made by Tracemob (segment travel times, segmentation, modes)."))


def keep_modes(df: pd.DataFrame, column: str, modes) -> pd.DataFrame:
    """Rows of ``df`` whose ``column`` is one of ``modes`` (a name or a sequence; case ignored)."""
    keep = set(m.lower() for m in ([modes] if isinstance(modes, str) else modes))
    return df[df[column].astype(str).str.lower().isin(keep).to_numpy()]
