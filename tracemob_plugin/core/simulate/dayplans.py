"""Day plans: weekday commutes (with escorting, lunch, shopping and leisure chained or in the evening),
fewer trips at weekends (some people stay home), and the choice of a mode for a distance."""
import math

import numpy as np


def day_plan(rng, person, pl, weekday):
    """Activities of one day: list of (purpose, place tuple, local departure minute, min dwell s).

    The place tuple is (place_id, seg, frac, bx, by[, sub]); the day starts and ends at home.
    """
    acts = []
    home = pl["home"]

    def other(kind):
        return pl[kind][rng.integers(len(pl[kind]))]

    def add(purpose, place, dep_min, dwell_min):
        acts.append((purpose, place, float(dep_min), float(dwell_min) * 60.0))

    role = person["role"]
    if weekday < 5 and role in ("worker", "parent", "student"):
        main = "work" if role != "student" else "study"
        dep = rng.normal(465, 35) if role != "student" else rng.normal(480, 20)
        dep = float(np.clip(dep, 380, 570))
        if role == "parent" and rng.random() < 0.8:
            add("escort", pl["escort"], dep, rng.uniform(6, 12))
            dep = dep + 15
        add(main, pl[main], dep, 60)
        if main == "work" and rng.random() < 0.2:
            add("leisure", other("leisure"), rng.uniform(690, 750), rng.uniform(30, 50))
            add("work", pl["work"], 0, 60)
        back = rng.normal(1005, 45) if main == "work" else rng.normal(900, 40)
        back = float(np.clip(back, 840, 1140))
        r = rng.random()
        if r < 0.3:
            add("shopping", other("shopping"), back, rng.uniform(10, 35))
            back = 0
        elif r < 0.42:
            add("personal_business", other("personal_business"), back, rng.uniform(15, 45))
            back = 0
        add("home", home, back, 30)
        if rng.random() < 0.25:
            add("leisure", other("leisure"), rng.uniform(1110, 1230), rng.uniform(60, 150))
            add("home", home, 0, 30)
    else:
        stay_home = 0.3 if weekday >= 5 else 0.15
        if rng.random() >= stay_home:
            n_tours = 1 + int(rng.random() < (0.35 if weekday >= 5 else 0.45))
            t = rng.uniform(570, 720)
            for _ in range(n_tours):
                kinds = ["shopping", "leisure", "personal_business"]
                probs = [0.45, 0.4, 0.15] if weekday >= 5 else [0.45, 0.25, 0.3]
                kind = kinds[rng.choice(3, p=probs)]
                add(kind, other(kind), t, rng.uniform(20, 100))
                if rng.random() < 0.3:
                    kind2 = "shopping" if kind != "shopping" else "leisure"
                    add(kind2, other(kind2), 0, rng.uniform(15, 60))
                add("home", home, 0, 45)
                t = rng.uniform(900, 1170)
    return acts


def choose_mode(rng, person, p, d):
    """A mode for a trip of ``d`` metres, from what the person owns (weights fall or rise with distance)."""
    dk = d / 1000.0
    w = {
        "walk": 4.0 * math.exp(-dk / 0.7),
        "bike": (1.6 if person["bike"] and not person["ebike"] else 0.15) * min(1.0, dk / 0.4),
        "ebike": (1.6 if person["ebike"] else 0.0) * min(1.0, dk / 0.5),
        "escooter": (0.8 if person["escooter"] else 0.03) * min(1.0, dk / 0.6),
        "car": (p.car_weight if person["car"] else 0.0) * min(1.0, dk / 0.7),
        "carpool": 0.25 * min(1.0, dk / 0.8),
    }
    names = list(w)
    vals = np.array([w[m] for m in names])
    return names[int(rng.choice(len(names), p=vals / vals.sum()))]
