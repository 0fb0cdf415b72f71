"""Weighting bench: a biased volunteer panel against its known population (issue 15).

For each seed: a population of ``--persons`` people (``core.simulate.panel``: home zone, age band, sex, car;
a mode choice that depends on them and on a personal taste) with its exact modal share per zone; a panel
of ``--panel`` volunteers drawn with odds that favour the young and the centre (OpenPATH-like recruiting);
their trips over 7 days. Then:

* the **unweighted** modal share per zone (and ALL) of the panel's trips;
* the **weighted** one: the panel raked (``indicators.weighting.rake``) to the population's margins by age
  band, sex and home zone (one-way margins, as a census gives them), trimming at 0.2-5 x the mean weight;
* 95 % ranges of both by a participant bootstrap (``--boot`` replicates) that **re-rakes every replicate**
  (``weighting.share_ranges``).

Printed: mean absolute error of the shares (points, over modes x zones, ALL excluded) weighted and
unweighted and their ratio (target: weighted <= 1/3 of unweighted); the largest margin gap after raking
(target <= 0.5 point); the share of 95 % ranges holding the true share over seeds and cells (target
93-97 %), for both. A second scenario adds self-selection on the outcome (keen cyclists volunteer more):
no census margin can correct that, and the bench shows by how much the weighted figure then misses.

Nothing here is fitted: the population, the bias and the margins are fixed before the seeds run, and the
raking has no tuning beyond the trimming bounds, chosen a priori (0.2-5, common in survey practice). The
one choice made on simulated panels, the range's form (logit scale rather than percentiles, see
``weighting.replicate_range``), was made on seeds 0-29; this bench scores seeds from ``--first-seed`` (100).

    .venv/bin/python bench/bench_weighting.py [--seeds 50] [--persons 100000] [--panels 500,1000] [--boot 200]
"""
import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import benchcommon as bc  # noqa: E402

panel = bc.tracemob_module("simulate.panel")
weighting = bc.tracemob_module("indicators.weighting")

TRIM = (0.2, 5.0)
FIRST_SEED = 100


def one_seed(seed, persons, size, boot, bias):
    seed = FIRST_SEED + seed
    pop = panel.population(persons, seed=1000 + seed)
    truth = panel.true_shares(pop).set_index(["zone", "mode"])["share"]
    margins = panel.margins(pop)
    parts, trips = panel.draw_panel(pop, size, bias=bias, seed=2000 + seed)
    raked = weighting.rake(parts, margins, trim=TRIM)
    out = {"gap": raked.summary["max_difference_points"], "deff": raked.summary["design_effect"]}
    for name, weighted in (("weighted", True), ("unweighted", False)):
        r = weighting.share_ranges(trips, parts, margins, n_boot=boot, seed=seed, trim=TRIM, weighted=weighted)
        t = truth.reindex(list(zip(r["zone"], r["mode"]))).to_numpy()
        zones = (r["zone"] != "ALL").to_numpy()
        out[name] = {"mae": float(np.nanmean(np.abs(r["share"].to_numpy() - t)[zones])),
                     "covered": int(((r["low"].to_numpy() <= t) & (t <= r["high"].to_numpy())).sum()),
                     "cells": int(len(t))}
    return out


def scenario(label, seeds, persons, size, boot, bias):
    t0 = time.perf_counter()
    rows = [one_seed(s, persons, size, boot, bias) for s in range(seeds)]
    w = [r["weighted"] for r in rows]
    u = [r["unweighted"] for r in rows]
    mae_w, mae_u = np.mean([x["mae"] for x in w]), np.mean([x["mae"] for x in u])
    cov_w = sum(x["covered"] for x in w) / sum(x["cells"] for x in w)
    cov_u = sum(x["covered"] for x in u) / sum(x["cells"] for x in u)
    print("{label}: {seeds} seeds, {persons:,} persons, panel {size}, {boot} replicates ({s:.0f} s)".format(
        label=label, seeds=seeds, persons=persons, size=size, boot=boot, s=time.perf_counter() - t0))
    print("  modal share MAE (points, modes x zones): unweighted {u:.2f}, weighted {w:.2f}, ratio {r:.2f} "
          "(target <= 0.33)".format(u=mae_u, w=mae_w, r=mae_w / mae_u))
    print("  largest margin gap after raking: {g:.3f} points (max over seeds; target <= 0.5); design effect "
          "median {d:.2f}".format(g=max(r["gap"] for r in rows), d=float(np.median([r["deff"] for r in rows]))))
    print("  95 % ranges holding the true share: weighted {cw:.1%}, unweighted {cu:.1%} (target 93-97 %, "
          "{n} cells)".format(cw=cov_w, cu=cov_u, n=sum(x["cells"] for x in w)))
    return {"mae_w": mae_w, "mae_u": mae_u, "cov_w": cov_w, "cov_u": cov_u}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=50)
    parser.add_argument("--first-seed", type=int, default=100)
    parser.add_argument("--persons", type=int, default=100_000)
    parser.add_argument("--panels", default="500,1000", help="panel sizes, comma-separated")
    parser.add_argument("--boot", type=int, default=200)
    args = parser.parse_args(argv)
    global FIRST_SEED
    FIRST_SEED = args.first_seed
    for size in [int(x) for x in args.panels.split(",") if x.strip()]:
        scenario("Panel of {}: selection on age and zone (what the census margins describe)".format(size),
                 args.seeds, args.persons, size, args.boot, panel.PanelBias())
    size = max(int(x) for x in args.panels.split(",") if x.strip())
    scenario("Panel of {}: plus self-selection of keen cyclists (no margin describes it)".format(size),
             max(args.seeds // 5, 5), args.persons, size, args.boot, panel.PanelBias(self_selection=0.8))
    return 0


if __name__ == "__main__":
    sys.exit(main())
