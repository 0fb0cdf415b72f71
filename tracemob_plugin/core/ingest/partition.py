"""Partitions of whole participants: the unit of bounded-memory processing.

Every per-participant stage (segmentation, modes, emissions) gives for a participant the same result
whatever other participants are processed with it, so a study can be processed by partitions of
whole participants, each holding at most ``budget`` rows (a participant larger than the budget is a
partition of its own): peak memory then follows the largest partition, not the study.
"""
from typing import Iterator, Sequence

import numpy as np
import pandas as pd

#: Rows per partition by default: about 2 M fixes keeps segmentation's working set near 1 GB.
DEFAULT_BUDGET = 2_000_000
#: Rows per call of the segmentation: calls of a few hundred thousand fixes keep its working arrays in the
#: processor's caches (1,088,265 GeoLife fixes: about 8 s by calls of 250,000 against 12 s in one call, on
#: this project's 2-core machine); the tables are the same (tests/unit/test_partition.py).
DOMAIN_BUDGET = 250_000


def partition_bounds(users: Sequence, budget: int = DEFAULT_BUDGET) -> Iterator[slice]:
    """Slices of ``users`` (sorted, or at least grouped: each participant's rows contiguous), each made
    of whole participants and at most ``budget`` rows unless one participant alone is larger."""
    budget = max(1, int(budget))
    values = pd.Series(np.asarray(users, dtype=object))
    n = len(values)
    if n == 0:
        return
    codes = pd.factorize(values, use_na_sentinel=False)[0]
    starts = np.r_[0, np.flatnonzero(np.diff(codes)) + 1]
    if len(np.unique(codes[starts])) != len(starts):
        raise ValueError("the rows of each participant must be contiguous (sort by participant first)")
    ends = np.r_[starts[1:], n]
    first = 0
    for a, b in zip(starts.tolist(), ends.tolist()):
        if b - first > budget and a > first:
            yield slice(first, a)
            first = a
    yield slice(first, n)


def iter_partitions(frame: pd.DataFrame, column: str = "user_id", budget: int = DEFAULT_BUDGET):
    """The rows of ``frame`` (grouped by ``column``) by partitions of whole participants, index 0..k-1."""
    for part in partition_bounds(frame[column].to_numpy(), budget):
        yield frame.iloc[part].reset_index(drop=True)
