"""The population: citizens (role, vehicles, phone), their home, work or study place and regular places
taken from shared pools (shops, leisure, personal business, schools), all on the network's segments."""
import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

_POOLS = {"shopping": 30, "leisure": 30, "personal_business": 15, "school": 6}
_LEISURE_KIND = ("meal", "exercise", "entertainment")


def placeable_segments(g, networks, closed=None):
    """Segments where places may lie: drivable, never closed by the plan, and reachable by every mode class
    in every period (``networks``: the :class:`.routing.ModeNetworks`)."""
    ok = g.drivable.copy()
    if networks.has_plan:
        ok &= ~np.isin(g.seg_ids, np.asarray(list(closed or ()), dtype=np.int64))
    for cls in ("car", "bike", "walk"):
        for after in ((False, True) if networks.has_plan else (False,)):
            ok &= networks(cls, after).reachable_segments()
    if not ok.any():
        raise InputError(tr("the road network has no connected drivable part to place people on"),
                         hint=tr("Give a connected road network with drivable roads (highway field)."))
    return ok


def _place_weights(g, kind):
    w = g.length.copy()
    if kind == "home":
        w = w * np.where(np.isin(g.highway, ["residential", "unclassified", "living_street"]), 3.0,
                         np.where(g.main, 1.0, 0.5))
    elif kind in ("work", "shopping", "personal_business"):
        w = w * np.where(g.main, 3.0, 1.0)
    return w


def _draw_places(rng, g, ok, kind, n):
    w = _place_weights(g, kind) * ok
    seg = rng.choice(g.n, size=n, p=w / w.sum())
    frac = rng.uniform(0.15, 0.85, n)
    d = frac * g.length[seg]
    x, y = g.point_at(seg, d)
    # the building: 8-25 m off the street, to the left or right
    x2, y2 = g.point_at(seg, np.minimum(d + 1.0, g.length[seg]))
    x1, y1 = g.point_at(seg, np.maximum(d - 1.0, 0.0))
    dx, dy = x2 - x1, y2 - y1
    norm = np.hypot(dx, dy)
    norm[norm == 0] = 1.0
    off = rng.uniform(8, 25, n) * rng.choice([-1.0, 1.0], n)
    bx = x - dy / norm * off
    by = y + dx / norm * off
    return seg, frac, x, y, bx, by


def shared_pools(rng, g, ok, place_rows):
    """The shared places of each kind (DataFrames place_id, seg, frac, x, y, bx, by, sub); their rows are
    appended to ``place_rows``."""
    pools = {}
    for kind, n in _POOLS.items():
        seg, frac, x, y, bx, by = _draw_places(rng, g, ok, "shopping" if kind == "school" else kind, n)
        ids = ["{}_{:02d}".format(kind, i + 1) for i in range(n)]
        sub = [rng.choice(_LEISURE_KIND) if kind == "leisure" else "" for _ in range(n)]
        pools[kind] = pd.DataFrame({"place_id": ids, "seg": seg, "frac": frac, "x": x, "y": y, "bx": bx,
                                    "by": by, "sub": sub})
        for i in range(n):
            place_rows.append((ids[i], "", kind if kind != "school" else "study", sub[i], seg[i], frac[i], bx[i],
                               by[i]))
    return pools


def make_users(rng, n, p):
    """One row per citizen: id, role, vehicles, phone kind and settings, labelling rate, own speeds."""
    width = max(3, len(str(n)))
    ids = ["sim_{:0{w}d}".format(i + 1, w=width) for i in range(n)]   # sorted as text = as numbers
    role = rng.choice(["worker", "parent", "student", "other"], size=n, p=[0.5, 0.12, 0.15, 0.23])
    car = rng.random(n) < p.car_owner_share
    bike = rng.random(n) < p.bike_owner_share
    ebike = bike & (rng.random(n) < p.ebike_share)
    scooter = rng.random(n) < p.escooter_user_share
    phone = np.where(rng.random(n) < p.android_share, "android", "ios")
    a_int = rng.choice(np.asarray(p.android_intervals_s, dtype=float), size=n)
    i_filter = rng.uniform(*p.ios_distance_filter_m, size=n)
    sigma = rng.uniform(*p.noise_sigma_m, size=n)
    labeler = rng.random(n) < p.label_user_share
    label_rate = np.where(labeler, rng.uniform(*p.label_rate, size=n), 0.0)
    walk_speed = rng.uniform(1.15, 1.55, n)
    bike_factor = rng.uniform(0.8, 1.2, n)
    return pd.DataFrame({"user_id": ids, "role": role, "car": car, "bike": bike, "ebike": ebike,
                         "escooter": scooter, "phone": phone, "android_interval_s": a_int,
                         "ios_filter_m": i_filter, "noise_sigma_m": sigma, "label_rate": label_rate,
                         "walk_speed_mps": walk_speed, "bike_factor": bike_factor})


def person_places(rng, g, ok, users, pools, place_rows):
    """Each citizen's places: {kind: place tuple (place_id, seg, frac, bx, by) or a list of them for the
    regular shops, leisure and personal business}; homes and workplaces are appended to ``place_rows``."""
    n_c = len(users)
    home = _draw_places(rng, g, ok, "home", n_c)
    work = _draw_places(rng, g, ok, "work", n_c)
    out = []
    for k in range(n_c):
        uid = users["user_id"].iat[k]
        pl = {"home": (uid + "_home", home[0][k], home[1][k], home[4][k], home[5][k])}
        if users["role"].iat[k] in ("worker", "parent"):
            pl["work"] = (uid + "_work", work[0][k], work[1][k], work[4][k], work[5][k])
        elif users["role"].iat[k] == "student":
            j = rng.integers(_POOLS["school"])
            r = pools["school"].iloc[j]
            pl["study"] = (r.place_id, int(r.seg), r.frac, r.bx, r.by)
        if users["role"].iat[k] == "parent":
            j = rng.integers(_POOLS["school"])
            r = pools["school"].iloc[j]
            pl["escort"] = (r.place_id, int(r.seg), r.frac, r.bx, r.by)
        for kind in ("shopping", "leisure", "personal_business"):
            m = 3 if kind != "personal_business" else 2
            rows = pools[kind].iloc[rng.choice(len(pools[kind]), size=m, replace=False)]
            pl[kind] = [(r.place_id, int(r.seg), r.frac, r.bx, r.by, r.sub) for r in rows.itertuples()]
        out.append(pl)
        for kind in ("home", "work"):
            if kind in pl:
                pid, s, f, bx, by = pl[kind]
                place_rows.append((pid, uid, kind, "", s, f, bx, by))
    return out
