"""The participant (cluster) bootstrap behind every interval, and the flags drawn from it.

The traces of one participant are not independent (the same person drives the same street the
same way every day), so every confidence interval comes from a bootstrap that resamples whole
*participants*: each replicate draws ``n_users`` participants with replacement (multinomial
weights, one weight per participant, the same in both periods), and every statistic of every cell
is recomputed with those weights at once: weighted medians of all cells by one sort and a
cumulative sum per chunk of replicates (numpy, no loop over cells), weighted counts by a sparse
participants x cells matrix product. The interval is the percentile interval at level
``1 - alpha`` (95 % by default) of the replicates (of the log ratio for ratios).

Flags: ``significant`` when the 95 % interval of the ratio excludes 1 (of a difference: excludes
0), ``not significant`` otherwise, ``insufficient sample`` when a period has fewer than
``min_traversals`` traversals (trips) or fewer than ``min_users`` distinct participants (the
privacy rule of :mod:`..privacy.rules`, default 10). The values of a period seen by fewer than
``min_users`` participants are not published (NaN, ``masked``).
"""
import numpy as np

from .common import stop_if_cancelled

FLAG_SIGNIFICANT = "significant"
FLAG_NOT_SIGNIFICANT = "not significant"
FLAG_INSUFFICIENT = "insufficient sample"
_MAX_CHUNK = 3_000_000  # replicates x observations per bootstrap chunk (memory ~ 8 bytes x 4 x this)


def interval_flags(low, high, insufficient, null=1.0):
    """``significant`` where the interval [low, high] excludes ``null``, ``insufficient sample`` where
    ``insufficient`` or the interval is not finite, ``not significant`` elsewhere."""
    with np.errstate(invalid="ignore"):
        sig = (low > null) | (high < null)
    out = np.where(sig, FLAG_SIGNIFICANT, FLAG_NOT_SIGNIFICANT).astype(object)
    out[insufficient | ~(np.isfinite(low) & np.isfinite(high))] = FLAG_INSUFFICIENT
    return out


def sample_flags(n_b, n_a, u_b, u_a, low, high, min_traversals, min_users, null=1.0):
    """:func:`interval_flags` with the sample rule: fewer than ``min_traversals`` records or
    ``min_users`` participants in either period is insufficient."""
    insufficient = (n_b < min_traversals) | (n_a < min_traversals) | (u_b < min_users) | (u_a < min_users)
    return interval_flags(low, high, insufficient, null)


def _user_weights(n_users: int, n_boot: int, rng) -> np.ndarray:
    """(n_boot, n_users) multinomial weights: n_users participants drawn with replacement."""
    if n_users == 0:
        return np.zeros((n_boot, 0), dtype=np.int32)
    return rng.multinomial(n_users, np.full(n_users, 1.0 / n_users), size=n_boot).astype(np.int32)


class Medians:
    """Weighted medians of every cell at once, for many weight vectors (one per replicate).

    The values are sorted once by (cell, value). For a row of weights, the weighted median of a
    cell is the mean of its lower and upper weighted medians: the first value where the running
    weight within the cell reaches half the cell's total (lower) or exceeds it (upper). With unit
    weights this is the ordinary median.
    """

    def __init__(self, values, cell, user, n_cells):
        values = np.asarray(values, dtype=float)
        cell = np.asarray(cell, dtype=np.int64)
        order = np.lexsort((values, cell))
        self.v = values[order]
        self.user = np.asarray(user, dtype=np.int64)[order]
        counts = np.bincount(cell, minlength=n_cells)
        self.n_cells = n_cells
        self.nonempty = np.nonzero(counts)[0]
        ends = np.cumsum(counts)
        self.starts = (ends - counts)[self.nonempty]
        self.ends = ends[self.nonempty]
        self.k = np.repeat(np.arange(len(self.nonempty)), counts[self.nonempty])

    def __call__(self, user_w: np.ndarray) -> np.ndarray:
        b = user_w.shape[0]
        out = np.full((b, self.n_cells), np.nan)
        if len(self.nonempty) == 0:
            return out
        w = user_w[:, self.user].astype(np.int64)
        cum = np.cumsum(w, axis=1)
        base = np.where(self.starts[None, :] > 0, cum[:, np.maximum(self.starts - 1, 0)], 0)
        total = cum[:, self.ends - 1] - base
        within2 = 2 * (cum - base[:, self.k])
        tk = total[:, self.k]
        lo = np.add.reduceat(within2 < tk, self.starts, axis=1, dtype=np.int64)
        up = np.add.reduceat(within2 <= tk, self.starts, axis=1, dtype=np.int64)
        last = self.ends - 1
        lo_i = np.minimum(self.starts + lo, last)
        up_i = np.minimum(self.starts + up, last)
        med = 0.5 * (self.v[lo_i] + self.v[up_i])
        med[total == 0] = np.nan
        out[:, self.nonempty] = med
        return out


class Counts:
    """Weighted counts of every cell (sum of the participants' weights over their records)."""

    def __init__(self, cell, user, n_cells, n_users, values=None):
        from scipy import sparse

        data = np.ones(len(cell)) if values is None else np.asarray(values, dtype=float)
        self.mat = sparse.csr_matrix((data, (np.asarray(cell, dtype=np.int64), np.asarray(user, dtype=np.int64))),
                                     shape=(n_cells, n_users))

    def __call__(self, user_w: np.ndarray) -> np.ndarray:
        return np.asarray(self.mat @ user_w.T.astype(float)).T


def _chunk(n_boot: int, n_obs: int, mapper) -> int:
    """Replicates per chunk: under the memory cap, and (with a ``mapper``) at most ``n_boot / mapper.n_chunks`` so
    that every worker gets chunks. The replicates do not depend on it: the draws are one stream (a chunk of b
    multinomial rows takes the next b rows of the stream) and ``stat`` works row by row."""
    chunk = int(max(1, min(n_boot, _MAX_CHUNK // max(n_obs, 1))))
    wanted = int(getattr(mapper, "n_chunks", 1) or 1) if mapper is not None else 1
    return max(1, min(chunk, -(-int(n_boot) // wanted))) if n_boot > 0 else chunk


def _replicates(stat, draws, mapper, progress, is_cancelled, n_total):
    """``stat`` of each chunk of weights ``draws`` (an iterator), in order: here, or through ``mapper(stat,
    draws, progress, is_cancelled)`` (the chunks as tasks on a cluster: ``core/cluster/aggregates.py``)."""
    if mapper is not None:
        return list(mapper(stat, draws, progress=progress, is_cancelled=is_cancelled))
    reps, done = [], 0
    for w in draws:
        stop_if_cancelled(is_cancelled)
        w = w() if isinstance(w, Draw) else w
        reps.append(stat(w))
        done += len(w)
        if progress:
            progress(done / n_total)
    return reps


class Draw:
    """A chunk of ``b`` multinomial draws, made where it is called: the random stream's state at the chunk's start
    (a few hundred bytes) travels to a worker instead of the ``(b, n_users)`` weights; ``times``: each row
    multiplied by these participant weights. Calling it gives exactly the rows the stream gives there."""

    def __init__(self, n_users: int, b: int, state: dict, times=None):
        self.n_users, self.b, self.state, self.times = int(n_users), int(b), state, times

    def __len__(self):
        return self.b

    def __call__(self) -> np.ndarray:
        rng = np.random.Generator(getattr(np.random, self.state["bit_generator"])())
        rng.bit_generator.state = self.state
        w = _user_weights(self.n_users, self.b, rng)
        return w if self.times is None else w * self.times[None, :]


def _draws(n_users, n_boot, chunk, rng, times=None, remote=False):
    """The chunks of multinomial weights of one random stream (``times``: each multiplied by these weights);
    ``remote``: as :class:`Draw` (the stream's state at each chunk; the stream is advanced here all the same)."""
    done = 0
    while done < n_boot:
        b = min(chunk, n_boot - done)
        state = rng.bit_generator.state if remote else None
        w = _user_weights(n_users, b, rng)
        if remote:
            yield Draw(n_users, b, state, times)
        else:
            yield w if times is None else w * times[None, :]
        done += b


def bootstrap(stat, n_users, n_obs, n_boot, seed, is_cancelled=None, progress=None, mapper=None):
    """Point estimate (unit weights) and (n_boot, k) replicates of ``stat(user_weights)``.

    ``mapper``: runs ``stat`` on the chunks of draws elsewhere (``mapper(stat, chunks, progress=...,
    is_cancelled=...)`` gives the results in order; its ``n_chunks``: how many chunks it wants at least), e.g.
    as tasks on a Dask cluster (``core.cluster.aggregates.replicate_mapper``). The draws come from the one random
    stream of ``seed``, advanced here chunk after chunk; a chunk travels as its :class:`Draw` (the stream's state
    at its start) and is drawn again where it runs: the replicates, and the intervals, are those of one process
    exactly, whatever the number of workers."""
    point = stat(np.ones((1, n_users), dtype=np.int32))[0]
    rng = np.random.default_rng(seed)
    chunk = _chunk(n_boot, n_obs, mapper)
    draws = _draws(n_users, n_boot, chunk, rng, remote=mapper is not None)
    reps = _replicates(stat, draws, mapper, progress, is_cancelled, n_boot)
    reps = np.concatenate(reps, axis=0) if reps else np.zeros((0, len(point)))
    return point, reps


def weighted_bootstrap(stat, weights, replicates, n_obs, n_boot, seed, is_cancelled=None, mapper=None):
    """Point estimate with the participant ``weights`` (``(n_users,)``) and its replicates: ``stat`` of
    each row of ``replicates`` (``(B, n_users)`` replicate weights, each a bootstrap sample raked again to
    the margins) when given, else of ``n_boot`` multinomial draws times the weights (the weights' own
    uncertainty is then left out). Returns ``(point, reps, re_raked)``. ``mapper``: see :func:`bootstrap`."""
    w = np.asarray(weights, dtype=float)
    point = stat(w[None, :])[0]
    if replicates is not None:
        chunk = _chunk(len(replicates), n_obs, mapper)
        draws = (np.asarray(replicates[start:start + chunk], dtype=float)
                 for start in range(0, len(replicates), chunk))
        n_total = len(replicates)
    else:
        rng = np.random.default_rng(seed)
        draws = _draws(len(w), n_boot, _chunk(n_boot, n_obs, mapper), rng, times=w, remote=mapper is not None)
        n_total = n_boot
    reps = _replicates(stat, draws, mapper, None, is_cancelled, n_total)
    reps = np.concatenate(reps, axis=0) if reps else np.zeros((0, len(point)))
    return point, reps, replicates is not None


def interval(reps, alpha):
    """Percentile interval at level ``1 - alpha`` of each column of the replicates (NaN ignored)."""
    with np.errstate(all="ignore"), quiet():
        lo = np.nanpercentile(reps, 100 * alpha / 2, axis=0)
        hi = np.nanpercentile(reps, 100 * (1 - alpha / 2), axis=0)
    return lo, hi


class quiet:
    """Context manager silencing numpy's RuntimeWarnings (all-NaN slices, empty means)."""

    def __enter__(self):
        import warnings

        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore", RuntimeWarning)

    def __exit__(self, *exc):
        self._w.__exit__(*exc)
