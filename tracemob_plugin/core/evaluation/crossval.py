"""Honest accuracy figures: choose settings on some groups (participants or days), score on others.

A bench measures, for every candidate setting and every group (a participant, or a day where one
participant dominates the data), statistics that add up across groups (matched trip counts,
labelled seconds...). :func:`leave_one_group_out` then picks, for each held-out group, the
candidate that is best on the *other* groups and scores it on the held-out one; the held-out
scores pooled over all groups are the cross-validated figure. The in-sample figure (best candidate
on all groups, scored on the same groups) is returned beside it, and the setting to ship is the one
chosen on all groups (what the cross-validated figure estimates the accuracy of).
"""
from dataclasses import dataclass, field
from typing import Callable, Dict, Hashable, List, Mapping, Sequence, Tuple


@dataclass
class CrossValidation:
    """Result of :func:`leave_one_group_out`.

    ``folds``: ``(held-out group, candidate chosen without it)``; ``held_out``: the pooled statistics of
    each group scored with the candidate chosen without it; ``in_sample``: the pooled statistics of the
    candidate chosen on all groups, on all groups; ``chosen``: that candidate (the one to ship);
    ``stable``: the share of folds that chose it too.
    """
    folds: List[Tuple[Hashable, Hashable]]
    held_out: object
    in_sample: object
    chosen: Hashable
    stable: float
    objective_cv: float
    objective_in_sample: float
    per_candidate: Dict[Hashable, float] = field(default_factory=dict)


def _best(stats, candidates, groups, combine, objective):
    scored = [(objective(combine([stats[c][g] for g in groups])), i, c) for i, c in enumerate(candidates)]
    # highest objective; ties go to the earliest candidate (list the defaults first)
    scored.sort(key=lambda s: (-s[0], s[1]))
    return scored[0][2], scored


def leave_one_group_out(stats: Mapping[Hashable, Mapping[Hashable, object]], combine: Callable[[Sequence], object],
                        objective: Callable[[object], float]) -> CrossValidation:
    """Leave-one-group-out selection among candidates.

    ``stats[candidate][group]``: the statistics of one candidate setting on one group; every candidate
    must have every group. ``combine(list of statistics)``: pools statistics over groups (e.g.
    ``TripScore.combine``). ``objective(pooled statistics)``: higher is better.
    """
    candidates = list(stats)
    if not candidates:
        raise ValueError("no candidate")
    groups = list(stats[candidates[0]])
    if len(groups) < 2:
        raise ValueError("cross-validation needs at least two groups")
    for c in candidates:
        if set(stats[c]) != set(groups):
            raise ValueError("candidate {c!r} is not scored on every group".format(c=c))
    folds, held = [], []
    for g in groups:
        train = [h for h in groups if h != g]
        best, _ = _best(stats, candidates, train, combine, objective)
        folds.append((g, best))
        held.append(stats[best][g])
    chosen, scored = _best(stats, candidates, groups, combine, objective)
    held_out = combine(held)
    in_sample = combine([stats[chosen][g] for g in groups])
    return CrossValidation(
        folds=folds, held_out=held_out, in_sample=in_sample, chosen=chosen,
        stable=sum(1 for _, c in folds if c == chosen) / len(folds),
        objective_cv=objective(held_out), objective_in_sample=objective(in_sample),
        per_candidate={c: s for s, _, c in scored})
