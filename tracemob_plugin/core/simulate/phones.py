"""The phones: Android-like (regular 1-5 s with jitter) or iOS-like (distance filter, irregular, 1-30 s)
sampling, recording that starts some way after the departure, lost minutes inside some trips, a tail of
fixes after each arrival then sparse fixes during stays, and GPS noise (correlated in time, heavier in
narrow streets and indoors) with urban-canyon outliers."""
import numpy as np


class Phones:
    """The fixes of every person's phone: pieces gathered while the person travels and stays, noised when
    the person is done (:meth:`end_person`); ``pts`` holds one dict of arrays per person, in order."""

    def __init__(self, g, p, rng):
        self.g, self.p, self.rng = g, p, rng
        self.pts = []      # per person dicts of point arrays
        self.place_ix, self.place_names = {}, []
        self.user_ix = -1
        self.person = None
        self.u_pts = []

    def start_person(self, person):
        self.person = person
        self.user_ix += 1
        self.u_pts = []                   # pieces (t, x, y, v, noise factor, narrow, trip, place, leg) of arrays

    def end_person(self):
        cols = tuple(np.concatenate([c[k] for c in self.u_pts]) for k in range(9))
        self.u_pts = []
        self._noise(cols)

    # --- sampling
    def times(self, t0, t1, cumd_fn=None):
        """Sampling times of the person's phone while moving (or just arrived) between t0 and t1."""
        rng, pr, p = self.rng, self.person, self.p
        if t1 <= t0:
            return np.empty(0)
        if pr["phone"] == "android":
            base = float(pr["android_interval_s"])
            n = int((t1 - t0) / (base * (1 - p.android_jitter))) + 2
            iv = base * rng.uniform(1 - p.android_jitter, 1 + p.android_jitter, n)
            t = t0 + rng.uniform(0, base) + np.concatenate([[0.0], np.cumsum(iv)[:-1]])
            return t[t <= t1]
        if cumd_fn is None:      # still: the distance filter only fires on noise, irregularly
            iv = np.round(rng.uniform(5, p.ios_max_interval_s, int((t1 - t0) / 5) + 2))
            t = t0 + np.cumsum(iv)
            return t[t <= t1]
        grid = t0 + rng.uniform(0, 1) + np.arange(0.0, t1 - t0, 1.0)
        if len(grid) == 0:
            return grid
        dist = cumd_fn(grid)
        k = np.floor(dist / float(pr["ios_filter_m"])).astype(np.int64)
        sel = np.flatnonzero(np.concatenate([[True], k[1:] != k[:-1]]))
        # at most ios_max_interval_s between fixes: add grid fixes inside longer gaps
        lim = int(p.ios_max_interval_s)
        gap = np.diff(np.concatenate([sel, [len(grid) - 1]]))
        extra_n = np.maximum((gap - 1) // lim, 0)
        if extra_n.any():
            rep = np.repeat(sel, extra_n)
            step = np.arange(extra_n.sum()) - np.repeat(np.cumsum(extra_n) - extra_n, extra_n) + 1
            sel = np.unique(np.concatenate([sel, rep + step * lim]))
        return grid[sel[sel < len(grid)]]

    def trip_points(self, vx, vy, vt, vp, narrow_piece, t0, t1, tix, legs=None):
        """Fixes along a trip's timed path (vertices vx, vy, vt of pieces vp; ``narrow_piece``: whether each
        piece is a narrow street); returns the stretch the phone lost, (start, end), or None. ``legs``:
        (start times, leg indices) of the trip's legs (default: one leg, index ``tix``)."""
        rng, p, pr = self.rng, self.p, self.person
        phone = pr["phone"]
        vd = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(vx), np.diff(vy)))])
        lo, hi = p.start_delay_m[phone]
        d0 = min(rng.uniform(lo, hi), 0.4 * vd[-1])
        ts = float(np.interp(d0, vd, vt))
        t = self.times(ts, t1, cumd_fn=lambda q: np.interp(q, vt, vd))
        lost = None
        if (t1 - t0) > 240 and rng.random() < p.gap_trip_share:     # a lost stretch
            w = min(rng.uniform(*p.gap_s), 0.5 * (t1 - t0))
            a = rng.uniform(t0, t1 - w)
            t = t[(t < a) | (t > a + w)]
            lost = (a, a + w)
        if len(t) == 0:
            return lost
        x = np.interp(t, vt, vx)
        y = np.interp(t, vt, vy)
        i = np.clip(np.searchsorted(vt, t, side="right") - 1, 0, len(vt) - 2)
        v = np.hypot(vx[i + 1] - vx[i], vy[i + 1] - vy[i]) / np.maximum(vt[i + 1] - vt[i], 1e-6)
        narrow = narrow_piece[np.minimum(vp[i + 1], len(narrow_piece) - 1)]
        if legs is None:
            leg = np.full(len(t), tix, dtype=np.int64)
        else:
            leg = np.asarray(legs[1], dtype=np.int64)[np.clip(np.searchsorted(legs[0], t, side="right") - 1, 0,
                                                              len(legs[0]) - 1)]
        self.u_pts.append((t, x, y, v, np.where(narrow, p.narrow_noise_factor, 1.0), narrow,
                           np.full(len(t), tix, dtype=np.int64), np.full(len(t), -1, dtype=np.int64), leg))
        return lost

    def stay_points(self, a, b, place, first):
        """Fixes during a stay at ``place`` from a to b: the phone's tail after the arrival, then sparse."""
        rng, p = self.rng, self.p
        if b <= a:
            return
        parts = []
        start = a
        if first:
            tail = min(rng.uniform(*p.stay_tail_s), b - a)
            parts.append(self.times(a, a + tail))
            start = a + tail
        lo, hi = p.stay_sparse_range_s
        n = int((b - start) / lo) + 2
        iv = np.clip(rng.exponential(p.stay_sparse_mean_s, n), lo, hi)
        ts = start + np.cumsum(iv)
        parts.append(ts[ts < b])
        t = np.concatenate(parts)
        if len(t) == 0:
            return
        n = len(t)
        self.u_pts.append((t, np.full(n, place[3]), np.full(n, place[4]), np.zeros(n),
                           np.full(n, p.indoor_noise_factor), np.zeros(n, dtype=bool),
                           np.full(n, -1, dtype=np.int64), np.full(n, self._place_index(place[0])),
                           np.full(n, -1, dtype=np.int64)))

    def _place_index(self, pid):
        if pid not in self.place_ix:
            self.place_ix[pid] = len(self.place_names)
            self.place_names.append(pid)
        return self.place_ix[pid]

    # --- noise
    def _noise(self, cols):
        rng, p, pr = self.rng, self.p, self.person
        order = np.argsort(cols[0], kind="stable")
        t, x, y, v, nf, narrow, trip, place, leg = (c[order] for c in cols)
        n = len(t)
        sigma = float(pr["noise_sigma_m"]) * nf
        # a correlated part (knots every noise_correlation_s, linear in between) and a white part
        step = p.noise_correlation_s
        knots = np.arange(t[0] - step, t[-1] + 2 * step, step)
        ex = (np.interp(t, knots, rng.normal(0, 0.6, len(knots))) + rng.normal(0, 0.8, n)) * sigma
        ey = (np.interp(t, knots, rng.normal(0, 0.6, len(knots))) + rng.normal(0, 0.8, n)) * sigma
        out = rng.random(n) < p.outlier_rate * np.where(narrow, 2.0, 1.0)
        r = rng.uniform(*p.outlier_distance_m, n)
        ang = rng.uniform(0, 2 * np.pi, n)
        ex = np.where(out, r * np.cos(ang), ex)
        ey = np.where(out, r * np.sin(ang), ey)
        if pr["phone"] == "android":
            acc = np.round(sigma * rng.uniform(0.9, 1.6, n), 1)
            acc = np.where(out, np.round(rng.uniform(15, 80, n), 1), acc)
        else:
            levels = np.array([5.0, 10.0, 16.0, 30.0, 65.0])
            acc = levels[np.clip(np.searchsorted(levels, sigma * 1.2), 0, 4)]
            acc = np.where(out, rng.choice([30.0, 65.0], n), acc)
        spd = np.round(np.clip(v * (1 + rng.normal(0, 0.08, n)) + rng.normal(0, 0.3, n), 0, None), 2)
        self.pts.append({"t": t, "x": x, "y": y, "ox": x + ex, "oy": y + ey, "acc": acc, "spd": spd,
                         "out": out, "trip": trip, "place": place, "leg": leg,
                         "user": np.full(n, self.user_ix, dtype=np.int64)})
