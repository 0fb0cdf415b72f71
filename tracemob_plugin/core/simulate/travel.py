"""People travelling through their day plans: home-based tours with one mode each (commutes keep a
habitual mode), trips routed for the mode's class and timed segment by segment (band speeds, a per-trip
and a per-traversal log-normal factor; cars then start, brake and wait at red lights, :mod:`.kinematics`), stays
between them, the phone recording all along."""
import math

import numpy as np

from .dayplans import choose_mode
from .kinematics import BIKE_ACCEL, CAR_ACCEL, retime_path
from .params import HOUR_BAND, MODE_CLASS, MODE_LABEL, PEAK_BANDS, BIKE_SPEED
from .truth import purpose_label


class Traveller:
    """One person at a time (:meth:`start_person` ... :meth:`end_person`) running their days; trips and stays
    go to the truth ``log``, fixes to ``phones``."""

    def __init__(self, g, p, rng, networks, plan_start, offsets, day_utc, log, phones, lines=None):
        self.g, self.p, self.rng, self.networks = g, p, rng, networks
        self.lines = lines
        self.plan_start = plan_start
        self.offsets, self.day_utc = offsets, day_utc
        self.log, self.phones = log, phones

    # --- person
    def start_person(self, person, pl):
        self.person = person
        self.pl = pl
        self.uid = person["user_id"]
        self.phones.start_person(person)
        self.where = pl["home"]          # current place tuple
        self.where_purpose = "home"
        self.free_at = self.day_utc[0]    # arrival at current place (the start)
        self.stay_start = self.day_utc[0]
        self.trip_no = 0
        self.tour_mode = None
        # habitual commute mode, from the home -> main place distance
        main = pl.get("work") or pl.get("study")
        if main is not None:
            d = math.hypot(pl["home"][3] - main[3], pl["home"][4] - main[4])
            self.commute_mode = choose_mode(self.rng, self.person, self.p, d)
        else:
            self.commute_mode = None

    def run_day(self, d, acts):
        for purpose, place, dep_min, dwell in acts:
            dep_local = dep_min * 60.0
            planned = self.day_utc[d] + dep_local if dep_min > 0 else 0.0
            t0 = max(planned, self.free_at)
            if t0 >= self.day_utc[d] + 86400 - 600 and purpose != "home":
                continue
            if place[0] == self.where[0]:
                continue
            mode = self._mode_for(purpose, place)
            if mode == "pt":
                ok = self._pt_trip(t0, place, purpose, d)
                if ok is None:     # no line serves this trip: the person goes another way
                    dist = math.hypot(self.where[3] - place[3], self.where[4] - place[4])
                    ok = self._trip(t0, place, purpose, choose_mode(self.rng, self.person, self.p, dist), d)
            else:
                ok = self._trip(t0, place, purpose, mode, d)
            if ok:
                self.free_at = self.arrival + dwell
        # nothing more today

    def _mode_for(self, purpose, place):
        leaving_home = self.where_purpose == "home"
        if leaving_home or self.tour_mode is None:
            if purpose in ("work", "study", "escort") and self.commute_mode is not None and self.rng.random() < 0.85:
                self.tour_mode = self.commute_mode
            else:
                d = math.hypot(self.where[3] - place[3], self.where[4] - place[4])
                self.tour_mode = choose_mode(self.rng, self.person, self.p, d)
            if self.lines is not None and self.p.pt_share > 0 and self.rng.random() < self.p.pt_share:
                self.tour_mode = "pt"
        return self.tour_mode

    def end_person(self, end_utc):
        # the last stay runs to the end of the simulation
        self.phones.stay_points(self.stay_start, end_utc, self.where, first=self.stay_start > self.day_utc[0])
        self._close_stay(end_utc)
        self.phones.end_person()

    def _close_stay(self, end):
        self.log.stays.append((self.uid, self.where[0], self.where_purpose, self.stay_start, end,
                               self.where[3], self.where[4]))

    # --- one trip
    def _trip(self, t0, place, purpose, mode, d):
        """Route, time and record one trip from the current place; False when no route exists."""
        cls = MODE_CLASS[mode]
        after = self.plan_start is not None and t0 >= self.plan_start
        var = self.networks(cls, after)
        band0 = int(HOUR_BAND[int(((t0 + self.offsets[d]) % 86400) // 3600)])
        peak = band0 in PEAK_BANDS
        pieces = self._pieces(var, place, peak)
        if pieces is None:
            return False
        edges, f0, f1, seg, plen = pieces
        entry, tt, bands = self._timing(var, cls, mode, seg, plen, t0, band0, d)
        vx, vy, vt, vp = self.g.path(seg, f0, f1, entry, tt)
        car = cls == "car"
        if (car and self.p.car_stop_and_go) or (cls == "bike" and self.p.bike_stop_and_go):
            # stop-and-go: starting, braking and red lights add to the drawn times (a bicycle filters past queues)
            ends = np.where(edges % 2 == 0, self.g.v[seg], self.g.u[seg])
            vx, vy, vt, vp, entry, tt = retime_path(vx, vy, vt, vp, entry, tt, plen, ends, peak and car, self.rng,
                                                    a=CAR_ACCEL if car else BIKE_ACCEL)
        exit_ = entry + tt
        t1 = float(exit_[-1])
        self.trip_no += 1
        trip_id = "{}_T{:04d}".format(self.uid, self.trip_no)
        tix = len(self.log.trips)
        # the stay before the trip
        self.phones.stay_points(self.stay_start, t0, self.where, first=self.stay_start > self.day_utc[0])
        self._close_stay(t0)
        # the true path, timed
        leg_ix = len(self.log.legs)
        self.log.trip_leg0.append(leg_ix)
        self.log.vert.append((np.full(len(vx), leg_ix, dtype=np.int64), vx, vy, vt))
        dist = float(plen.sum())
        period = "after" if after else "before"
        cost = float((plen / var.route_speed(peak)[seg]).sum())
        base_len, base_cost, rerouted = dist, cost, False
        if after:     # the same trip on the unchanged network, for rerouting checks
            base_len, base_cost, rerouted = self._baseline(cls, place, peak, edges, dist, cost)
        self.log.trips.append((trip_id, self.uid, t0, t1, dist, self.where[0], place[0], self.where_purpose,
                               purpose, mode, period, base_len, place[5] if len(place) > 5 else "", cost,
                               base_cost, rerouted))
        self.log.legs.append((trip_id + "_L1", trip_id, self.uid, t0, t1, dist, mode, period, 0.0, None, None))
        full = (np.minimum(f0, f1) == 0.0) & (np.maximum(f0, f1) == 1.0)
        self.log.trav.append((np.full(len(seg), tix, dtype=np.int64), np.arange(len(seg)), edges, entry, exit_,
                              plen, ~full, bands))
        if self.rng.random() < float(self.person["label_rate"]):
            self.log.labels.append((self.uid, t0, t1, MODE_LABEL[mode], purpose_label(purpose, place), trip_id))
        lost = self.phones.trip_points(vx, vy, vt, vp, self.g.narrow[seg], t0, t1, tix, legs=([t0], [leg_ix]))
        self._arrive(lost, tix, place, purpose, t1)
        return True

    def _arrive(self, lost, tix, place, purpose, t1):
        if lost is not None:
            self.log.gaps.append((self.uid, lost[0], lost[1], tix))
        self.where = place
        self.where_purpose = purpose
        self.arrival = t1
        self.stay_start = t1
        if purpose == "home":
            self.tour_mode = None

    def _pieces(self, var, place, peak, origin=None):
        """(edges, f0, f1, segments, lengths) of the route to ``place`` from ``origin`` (default: where the
        person is; pieces of a centimetre or less dropped), or None when there is no route."""
        origin = origin or self.where
        r = var.route(int(origin[1]), float(origin[2]), int(place[1]), float(place[2]), peak)
        if r is None:
            return None
        edges, f0, f1 = r
        seg = edges // 2
        plen = np.abs(f1 - f0) * self.g.length[seg]
        keep = plen > 0.01
        edges, f0, f1, seg, plen = edges[keep], f0[keep], f1[keep], seg[keep], plen[keep]
        if len(seg) == 0:
            return None
        return edges, f0, f1, seg, plen

    def _timing(self, var, cls, mode, seg, plen, t0, band0, d):
        """(entry times, travel times, bands) of the pieces: the band at each piece's entry (a fixed
        point), per-trip and per-traversal factors."""
        p, rng = self.p, self.rng
        if cls == "car":
            trip_f = math.exp(rng.normal(0, p.car_trip_sigma))
            trav_f = np.exp(rng.normal(0, p.car_tt_sigma, len(seg)))
        elif cls == "bike":
            trip_f = 1.0 / (BIKE_SPEED[mode] * float(self.person["bike_factor"]))
            trav_f = np.exp(rng.normal(0, p.bike_tt_sigma, len(seg)))
        else:
            trip_f = 1.35 / float(self.person["walk_speed_mps"])
            trav_f = np.exp(rng.normal(0, p.walk_tt_sigma, len(seg)))
        bands = np.full(len(seg), band0)
        for _ in range(4):
            speed = np.empty(len(seg))
            for b in np.unique(bands):
                m = bands == b
                speed[m] = var.band_speed(int(b))[seg[m]]
            tt = plen / speed * trip_f * trav_f
            entry = t0 + np.concatenate([[0.0], np.cumsum(tt)[:-1]])
            new_bands = HOUR_BAND[(((entry + self.offsets[d]) % 86400) // 3600).astype(int)]
            if np.array_equal(new_bands, bands):
                break
            bands = new_bands
        return entry, tt, bands

    def _baseline(self, cls, place, peak, edges, base_len, base_cost):
        """(length, route time, rerouted) of the same trip on the unchanged network (the trip's own length
        and time when that network has no route)."""
        bvar = self.networks(cls, False)
        rb = bvar.route(int(self.where[1]), float(self.where[2]), int(place[1]), float(place[2]), peak)
        rerouted = False
        if rb is not None:
            blen = np.abs(rb[2] - rb[1]) * self.g.length[rb[0] // 2]
            keep_b = blen > 0.01
            base_len = float(blen.sum())
            base_cost = float((blen / bvar.route_speed(peak)[rb[0] // 2]).sum())
            rerouted = not np.array_equal(rb[0][keep_b], edges)
        return base_len, base_cost, rerouted

    # --- one trip by public transport
    def _walk(self, origin, dest, t0, d):
        """(x, y, t, piece, narrow of each piece, length) of a walk between two network places from ``t0``, or None."""
        var = self.networks("walk", False)
        pieces = self._pieces(var, dest, False, origin=origin)
        if pieces is None:
            return None
        edges, f0, f1, seg, plen = pieces
        band0 = int(HOUR_BAND[int(((t0 + self.offsets[d]) % 86400) // 3600)])
        entry, tt, _ = self._timing(var, "walk", "walk", seg, plen, t0, band0, d)
        vx, vy, vt, vp = self.g.path(seg, f0, f1, entry, tt)
        return vx, vy, vt, vp, self.g.narrow[seg], float(plen.sum())

    def _pt_trip(self, t0, place, purpose, d):
        """Walk to a stop, wait, ride, walk from the alighting stop (:mod:`.transitlines`); None when no line
        serves the trip (the stops too far, no departure left that day, no walk route)."""
        rng, lines = self.rng, self.lines
        opts = lines.options(self.where[3], self.where[4], place[3], place[4], self.p.pt_walk_max_m)
        if not opts:
            return None
        kinds = sorted({lines.directions[o[0]].kind for o in opts})
        kind = kinds[int(rng.integers(len(kinds)))]
        n, i, j, _ = min((o for o in opts if lines.directions[o[0]].kind == kind), key=lambda o: o[3])
        dirn = lines.directions[n]
        a = self._walk(self.where, (None, dirn.stop_seg[i], dirn.stop_frac[i]), t0, d)
        if a is None:
            return None
        after = self.plan_start is not None and t0 >= self.plan_start
        ride = lines.ride(n, i, j, float(a[2][-1]), self.day_utc[d], rng, after=after)
        if ride is None or ride["board"] - self.day_utc[d] > 86400 + 3 * 3600:
            return None
        b = self._walk((None, dirn.stop_seg[j], dirn.stop_frac[j]), place, ride["alight"], d)
        if b is None:
            return None
        t1 = float(b[2][-1])
        self.trip_no += 1
        trip_id = "{}_T{:04d}".format(self.uid, self.trip_no)
        tix = len(self.log.trips)
        self.phones.stay_points(self.stay_start, t0, self.where, first=self.stay_start > self.day_utc[0])
        self._close_stay(t0)
        period = "after" if after else "before"
        sx, sy = float(dirn.stop_x[i]), float(dirn.stop_y[i])
        na = int(a[3].max()) + 1
        # one path: walk, wait at the stop, ride, walk (pieces numbered on)
        vx = np.concatenate([a[0], [sx, sx], ride["x"], b[0]])
        vy = np.concatenate([a[1], [sy, sy], ride["y"], b[1]])
        vt = np.concatenate([a[2], [a[2][-1], ride["board"]], ride["t"], b[2]])
        vp = np.concatenate([a[3], [na, na], np.full(len(ride["t"]), na + 1), b[3] + na + 2])
        narrow = np.concatenate([a[4], [False, False], b[4]])
        ride_m = float(dirn.stop_d[j] - dirn.stop_d[i])
        dist = a[5] + ride_m + b[5]
        leg0 = len(self.log.legs)
        self.log.trip_leg0.append(leg0)
        self.log.trips.append((trip_id, self.uid, t0, t1, dist, self.where[0], place[0], self.where_purpose,
                               purpose, kind, period, dist, place[5] if len(place) > 5 else "", t1 - t0, t1 - t0,
                               False))
        bounds = (t0, ride["board"], ride["alight"], t1)
        rows = (("walk", a[5], a[2][-1], None, None), (kind, ride_m, ride["board"], dirn.line, ride["trip_id"]),
                ("walk", b[5], t1, None, None))
        for k, (mode, length, _, route, vtrip) in enumerate(rows):
            wait = ride["board"] - float(a[2][-1]) if k == 0 else 0.0
            self.log.legs.append(("{}_L{}".format(trip_id, k + 1), trip_id, self.uid, bounds[k], bounds[k + 1],
                                  length, mode, period, wait, route, vtrip))
        for k, (px, py, pt) in enumerate(((vx[:len(a[0]) + 2], vy[:len(a[0]) + 2], vt[:len(a[0]) + 2]),
                                          (ride["x"], ride["y"], ride["t"]), (b[0], b[1], b[2]))):
            self.log.vert.append((np.full(len(px), leg0 + k, dtype=np.int64), px, py, pt))
        sec = ride["sections"]
        ids = dirn.stop_ids()
        self.log.sections.append(sec.assign(
            leg_id="{}_L2".format(trip_id), user_id=self.uid, route_id=dirn.line, mode=kind,
            direction_id=dirn.direction, trip_id=ride["trip_id"], from_stop_id=ids[sec.from_stop.to_numpy()],
            to_stop_id=ids[sec.to_stop.to_numpy()], period=period))
        if rng.random() < float(self.person["label_rate"]):
            self.log.labels.append((self.uid, t0, t1, MODE_LABEL[kind], purpose_label(purpose, place), trip_id))
        lost = self.phones.trip_points(vx, vy, vt, vp, narrow, t0, t1, tix,
                                       legs=(np.array(bounds[:3]), np.arange(leg0, leg0 + 3)))
        self._arrive(lost, tix, place, purpose, t1)
        return True
