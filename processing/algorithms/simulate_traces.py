"""``tracemob:simulatetraces``: synthetic citizens on a road network -> phone points + the truth beside them
(trips, legs, segment traversals, places, labels), with an optional circulation plan."""
import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.geometry import linestrings_wkb
from ...tracemob_plugin.core.vocab.times import user_date_text
from .. import frames, roads, styles
from ..base import TracemobAlgorithm

OTHER_TZ = "Europe/Paris"
ID_KINDS = ("segment", "source", "name")


class SimulateTracesAlgorithm(TracemobAlgorithm):
    NAME = "simulatetraces"
    GROUP = "simulation"

    NETWORK = "NETWORK"
    CITIZENS = "CITIZENS"
    DAYS = "DAYS"
    START_DATE = "START_DATE"
    SEED = "SEED"
    TIMEZONE = "TIMEZONE"
    PLAN_DATE = "PLAN_DATE"
    PLAN_ID_KIND = "PLAN_ID_KIND"
    PLAN_CLOSED = "PLAN_CLOSED"
    PLAN_ONEWAY = "PLAN_ONEWAY"
    PLAN_ONEWAY_DIRECTION = "PLAN_ONEWAY_DIRECTION"
    PLAN_SPEED = "PLAN_SPEED"
    PLAN_SPEED_FACTOR = "PLAN_SPEED_FACTOR"
    PLAN_BUS_LANE = "PLAN_BUS_LANE"
    MODE_MIX = "MODE_MIX"
    PT_SHARE = "PT_SHARE"
    OUTPUT_GTFS = "OUTPUT_GTFS"
    OUTPUT_SECTIONS = "OUTPUT_SECTIONS"
    MIX_KEYS = ("centre", "suburb", "car")
    OUTPUT_POINTS = "OUTPUT_POINTS"
    OUTPUT_TRIPS = "OUTPUT_TRIPS"
    OUTPUT_LEGS = "OUTPUT_LEGS"
    OUTPUT_TRAVERSALS = "OUTPUT_TRAVERSALS"
    OUTPUT_PLACES = "OUTPUT_PLACES"
    OUTPUT_LABELS = "OUTPUT_LABELS"
    OUTPUT_SEGMENTS = "OUTPUT_SEGMENTS"
    OUTPUT_SPEEDS = "OUTPUT_SPEEDS"
    OUTPUT_PARTICIPANTS = "OUTPUT_PARTICIPANTS"
    OUTPUT_MARGINS = "OUTPUT_MARGINS"
    PANEL_BIAS = "PANEL_BIAS"
    PANEL_SHARE = "PANEL_SHARE"

    def displayName(self):  # noqa: N802
        return self.tr("Simulate phone traces (with known truth)")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Generates synthetic citizens who live, work, study, shop and go out on a road network, and the "
            "traces their smartphones would record, with the truth written beside them. Use it to test and "
            "demonstrate the other algorithms (segmentation, modes, segment travel times, before/after, "
            "purposes, privacy) on data whose answer is known.\n\n"
            "Network: any road line layer with OSM-like fields (highway, oneway, maxspeed); without one, the "
            "embedded sample network of central Helsinki (© OpenStreetMap contributors, ODbL 1.0) is used.\n\n"
            "Citizens have a home, a work or study place and regular shops and leisure places. On weekdays "
            "they commute (some escort a child to school first, some have lunch out, shop or run errands on "
            "the way back, go out in the evening); at weekends they make fewer trips. The mode of each "
            "home-based tour (walk, bike, e-bike, e-scooter, car, carpool) depends on the distance and on what "
            "the person owns. Routes are the fastest paths on the network for the mode (one-way streets "
            "respected by cars and bikes); car speeds come from the speed limit or the road class, slowed in "
            "the 07-09 and 16-19 bands on main roads, with random variation per trip and per segment.\n\n"
            "Phones: Android-like phones record every 1-5 s (with jitter), iOS-like phones after each 10-50 m "
            "moved (at most 30 s apart); recording starts some way after the departure; GPS noise of 5-15 m "
            "(more in narrow streets and indoors), a few outliers thrown 50-300 m away, some lost minutes, and "
            "sparse fixes during stays, overnight too.\n\n"
            "Circulation plan (optional): from the plan date, the listed streets are closed to motor traffic "
            "(people on foot and on bikes still pass), turned one-way, or get a speed factor; trips after that "
            "date are routed on the changed network; streets given a bus lane let the buses (and trams) there "
            "run at their off-peak speed at every hour (with public-transport riders). Give segment ids (segment_id of the 'Network segments' "
            "output; run once without a plan to see them), source ids of the network layer (e.g. osm_id) or "
            "street names, comma-separated.\n\n"
            "Outputs: the phone points (the input of Segment trips); the true trips and legs (lines whose M "
            "value is the time, with mode and purpose); the true segment traversals (entry and exit times at "
            "the segment ends, the same columns as the map matching, plus mode and period before/after); the "
            "places; the participants' labels (a share of trips confirmed with e-mission's mode_confirm and "
            "purpose_confirm values); the network segments used (segment_id, with the plan's changes); and "
            "optionally the true median travel time of every segment, direction, mode class, band and "
            "period.\n\n"
            "Panel (optional): the citizens are then the population and only a share of them carry the app "
            "(the panel): every citizen gets an age band, a sex and a home zone (centre, inner, outer; bike "
            "owners are younger, car owners older), and the panel is drawn at random, either with equal odds "
            "or over-representing young people living in the centre, as volunteer panels do. Only the panel's "
            "phones, trips, legs, traversals and labels are written; the messages give the true modal share "
            "of the population and of the panel, and the population margins output lets 'Weight the panel to "
            "the population' correct the bias right away.\n\n"
            "Everything follows from the seed: the same parameters give the same data.")

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.NETWORK, self.tr("Road network (lines with highway, oneway, maxspeed; empty: the embedded "
                                  "sample network of central Helsinki)"), [compat.TYPE_VECTOR_LINE], None, True),
            self.tr("The roads the citizens travel on: a line layer with OSM-like fields (highway, oneway, "
                    "maxspeed, name), in any CRS. Empty: the embedded sample network of central Helsinki (©"
                    " OpenStreetMap contributors, ODbL 1.0)."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.CITIZENS, self.tr("Number of citizens"), compat.NUMBER_INTEGER, 50, False, 1, 5000),
            self.tr("How many people to simulate; each gets a home, a work or study place, vehicles and a "
                    "phone."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.DAYS, self.tr("Number of days"), compat.NUMBER_INTEGER, 7, False, 1, 366),
            self.tr("How many days to simulate, from the first day on; weekends have fewer trips."))
        self.add_parameter(QgsProcessingParameterString(
            self.START_DATE, self.tr("First day (YYYY-MM-DD)"), "2026-03-02"),
            self.tr("The first simulated day (YYYY-MM-DD), from local midnight in the time zone."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.SEED, self.tr("Random seed"), compat.NUMBER_INTEGER, 0, False, 0),
            self.tr("Seed of every random draw: the same parameters and seed give exactly the same data."))
        self.add_parameter(QgsProcessingParameterString(
            self.TIMEZONE, self.tr("Time zone (empty: Europe/Helsinki for the sample network, else "
                                   "Europe/Paris)"), "", False, True),
            self.tr("IANA name of the simulated city's time zone: schedules (commutes at 8 h, evenings "
                    "out...) are local times. Empty: Europe/Helsinki for the sample network, else "
                    "Europe/Paris."))
        self._add_plan_parameters()
        self.add_parameter(self.choice_parameter(
            self.MODE_MIX, self.tr("Mode mix of the population"),
            list(zip(self.MIX_KEYS, [self.tr("Dense centre: mostly walking and cycling"),
                                     self.tr("Inner suburb: balanced, about a third by car"),
                                     self.tr("Car-oriented town: about half of the trips by car")])),
            self.MIX_KEYS[0]),
            self.tr("How the population travels: a dense centre where most trips are walked or cycled, an "
                    "inner suburb where about a third are by car, or a car-oriented town where about half "
                    "are by car (car ownership and preference)."))
        self.add_parameter(self.choice_parameter(
            self.PANEL_BIAS, self.tr("Who joins the panel"),
            [("none", self.tr("Anyone, with equal odds")),
             ("young_centre", self.tr("Young people living in the centre more often (a biased panel)"))], "none"),
            self.tr("How the panel is drawn from the citizens: with equal odds, or over-representing young people "
                    "living in the centre (who cycle and walk more), as volunteer panels do."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.PANEL_SHARE, self.tr("Share of the citizens in the panel (1: everyone)"), compat.NUMBER_DOUBLE, 1.0,
            False, 0.01, 1.0),
            self.tr("The share of the simulated citizens who carry the app: the others are the rest of the "
                    "population, counted in the margins but without traces. 1: every citizen is a participant."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.PT_SHARE, self.tr("Share of tours by public transport (0 to 1; 0: none)"), compat.NUMBER_DOUBLE,
            0.0, False, 0.0, 1.0),
            self.tr("Public-transport riders: bus lines and a tram line are laid along the fastest roads across "
                    "the network, a metro and a train line as straight corridors, with stops every 350 to 650 m "
                    "and a timetable (headways by time of day). This share of the tours goes by public transport "
                    "when a line serves both ends within 600 m: walk to the stop, wait, ride (dwell at the stops,"
                    " run times around the timetable), walk from the alighting stop, each its own leg in the "
                    "truth. 0: nobody rides (the lines are not made)."))
        # how the network layer is read, as in 'Segment travel times' (advanced)
        roads.add_network_options(self, advanced=True)
        self._add_output_parameters()

    def _add_plan_parameters(self):
        """The circulation plan: its first day, the streets it closes, turns one-way or slows, and how they are
        named."""
        self.add_parameter(QgsProcessingParameterString(
            self.PLAN_DATE, self.tr("Circulation plan: first day of the change (YYYY-MM-DD; empty: no plan)"),
            "", False, True),
            self.tr("The first day (YYYY-MM-DD) of a circulation plan: trips from that day on are routed on"
                    " the changed network. Empty: no plan."))
        self.add_parameter(self.choice_parameter(
            self.PLAN_ID_KIND, self.tr("Circulation plan: the streets below are given as"),
            list(zip(ID_KINDS, [self.tr("Segment ids (segment_id of the 'Network segments' output)"),
                                self.tr("Source ids of the network layer (e.g. osm_id)"),
                                self.tr("Street names")])), ID_KINDS[0]),
            self.tr("How the streets of the plan are given below: segment ids (segment_id of the 'Network "
                    "segments' output; run once without a plan to see them), source ids of the network "
                    "layer (e.g. osm_id), or street names."))
        self.add_parameter(QgsProcessingParameterString(
            self.PLAN_CLOSED, self.tr("Circulation plan: streets closed to motor traffic (comma-separated)"),
            "", False, True),
            self.tr("The streets the plan closes to motor traffic, comma-separated (people on foot and on "
                    "bikes still pass)."))
        self.add_parameter(QgsProcessingParameterString(
            self.PLAN_ONEWAY, self.tr("Circulation plan: streets turned one-way (comma-separated)"), "", False,
            True),
            self.tr("The streets the plan turns one-way, comma-separated (for cars and bikes)."))
        self.add_parameter(self.choice_parameter(
            self.PLAN_ONEWAY_DIRECTION, self.tr("Circulation plan: the new one-way streets run"),
            [("along", self.tr("In the direction the line is drawn")),
             ("against", self.tr("Against the direction the line is drawn"))], "along"),
            self.tr("The direction of the new one-way streets: along or against the direction their line is"
                    " drawn."))
        self.add_parameter(QgsProcessingParameterString(
            self.PLAN_SPEED, self.tr("Circulation plan: streets whose car speed changes (comma-separated)"), "",
            False, True),
            self.tr("The streets whose car speed the plan changes, comma-separated (e.g. a new 30 km/h "
                    "zone)."))
        self.add_parameter(QgsProcessingParameterNumber(
            self.PLAN_SPEED_FACTOR, self.tr("Circulation plan: speed factor on those streets (0.6 = 50 to "
                                            "30 km/h)"), compat.NUMBER_DOUBLE, 0.6, False, 0.05, 5.0),
            self.tr("The factor applied to the car speed on those streets: 0.6 turns 50 km/h into 30 km/h; "
                    "above 1 is faster."))
        self.add_parameter(QgsProcessingParameterString(
            self.PLAN_BUS_LANE, self.tr("Circulation plan: streets given a bus lane (comma-separated)"), "",
            False, True),
            self.tr("The streets the plan gives a bus lane, comma-separated: from the plan's first day, the buses "
                    "(and the trams sharing the street) run there at their off-peak speed at every hour, free of "
                    "the peak congestion; dwells at stops, red lights and the timetable are unchanged, and so are "
                    "the cars (the lane replaces parking). Only with a share of tours by public transport above 0; "
                    "pick streets the generated lines use (the GTFS feed's shapes)."))

    def _add_output_parameters(self):
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_POINTS, self.tr("Simulated phone points"), compat.TYPE_VECTOR_POINT),
            self.tr("What the phones recorded: points with user_id, time, accuracy_m, speed_mps (noise, "
                    "outliers and lost minutes included), the input of 'Segment trips'."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRIPS, self.tr("Truth: trips"), compat.TYPE_VECTOR_LINE),
            self.tr("The true trips, lines whose M value is the time, with mode, purpose, origin and "
                    "destination places and period (before / after the plan)."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LEGS, self.tr("Truth: legs"), compat.TYPE_VECTOR_LINE),
            self.tr("The true legs (one per trip; three for a public-transport trip: the walk to the stop with "
                    "the wait there (wait_s), the ride (transit_route, transit_trip_id), the walk on), lines whose M"
                    " value is the time, with mode and e-mission mode label."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRAVERSALS, self.tr("Truth: segment traversals"), compat.TYPE_VECTOR_ANY, None, True),
            self.tr("The true traversal of every segment: entry and exit times at the segment ends, the "
                    "same columns as the map matching, plus mode and period. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PLACES, self.tr("Truth: places"), compat.TYPE_VECTOR_POINT),
            self.tr("The true places: homes and workplaces of the citizens and the shared shops, leisure "
                    "places, places of personal business and schools."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_LABELS, self.tr("Participants' labels (confirmed trips)"), compat.TYPE_VECTOR_ANY, None,
            True),
            self.tr("The trips a share of the participants confirmed, with e-mission's mode_confirm and "
                    "purpose_confirm values, as 'Import travel traces' writes them. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SEGMENTS, self.tr("Network segments"), compat.TYPE_VECTOR_LINE),
            self.tr("The network segments the simulation used (segment_id, source_id, name, highway, "
                    "oneway, speed): the ids to give to a circulation plan."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SPEEDS, self.tr("Truth: segment travel times"), compat.TYPE_VECTOR_ANY, None, True,
            False),
            self.tr("The true median travel time of every segment, direction, mode class, time band and "
                    "period, to check 'Segment travel times' against. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_PARTICIPANTS, self.tr("Participants (attributes)"), compat.TYPE_VECTOR_ANY, None, True,
            False),
            self.tr("One row per participant: user_id, role (worker, parent, student, other), car and bike in "
                    "the household (yes, no), phone, age_band (15-24, 25-39, 40-59, 60+), sex (F, M) and "
                    "home_zone (centre, inner, outer): the participants table of an onboarding survey, to weight "
                    "the panel with 'Weight the panel to the population'. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_MARGINS, self.tr("Population margins (every citizen)"), compat.TYPE_VECTOR_ANY, None, True,
            False),
            self.tr("The population's counts by age band, sex and home zone (variable, category, population), "
                    "every simulated citizen counted: the margins to give to 'Weight the panel to the "
                    "population' with the participants above. Optional."))
        self.add_parameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_GTFS, self.tr("GTFS feed of the generated public-transport lines (.zip)"),
            self.tr("GTFS feed (*.zip)"), None, True, False),
            self.tr("The generated lines and their timetable as a GTFS feed (stops, routes with their route_type,"
                    " trips, stop_times, calendar, shapes), to give to 'Infer transport modes' and 'Public-"
                    "transport performance'. Written only with a public-transport share above 0. Optional."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_SECTIONS, self.tr("Truth: public-transport sections"), compat.TYPE_VECTOR_ANY, None, True,
            False),
            self.tr("One row per stop-to-stop section of every simulated ride: route, stops, the vehicle's "
                    "departures from both stops (UTC), the true run time and the timetable's, to check "
                    "'Public-transport performance' against. Optional."))

    # ------------------------------------------------------------------ helpers
    def _ids(self, parameters, name, context, net, kind):
        text = (self.parameterAsString(parameters, name, context) or "").strip()
        if not text:
            return []
        tokens = [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]
        seg = net.segments
        out = []
        for tok in tokens:     # a loop over the few ids the user typed
            if kind == "segment":
                try:
                    sid = int(tok)
                except ValueError:
                    raise QgsProcessingException(self.tr(
                        "'{token}' is not a segment id (a whole number) in '{param}'.").format(
                            token=tok, param=name)) from None
                hit = seg["segment_id"].to_numpy()[seg["segment_id"].to_numpy() == sid]
            elif kind == "source":
                hit = seg.loc[seg["source_id"].astype(str) == tok, "segment_id"].to_numpy()
            else:
                names = seg["name"].astype(object).where(seg["name"].notna(), "").astype(str).str.strip().str.lower()
                hit = seg.loc[names == tok.lower(), "segment_id"].to_numpy()
            if len(hit) == 0:
                raise QgsProcessingException(self.tr(
                    "'{token}' in '{param}' matches no segment of the network. Run the algorithm once without a "
                    "plan and look at the 'Network segments' output (segment_id, source_id, name).").format(
                        token=tok, param=name))
            out.extend(int(h) for h in hit)
        return sorted(set(out))

    def _plan(self, parameters, context, feedback, net):
        date = (self.parameterAsString(parameters, self.PLAN_DATE, context) or "").strip()
        kind = self.parameterAsChoice(parameters, self.PLAN_ID_KIND, context)
        closed = self._ids(parameters, self.PLAN_CLOSED, context, net, kind)
        oneway = self._ids(parameters, self.PLAN_ONEWAY, context, net, kind)
        slow = self._ids(parameters, self.PLAN_SPEED, context, net, kind)
        lanes = self._ids(parameters, self.PLAN_BUS_LANE, context, net, kind)
        if not date:
            if closed or oneway or slow or lanes:
                raise QgsProcessingException(self.tr(
                    "Streets are listed for a circulation plan but its first day is empty: give the date of the "
                    "change (YYYY-MM-DD)."))
            return None
        try:
            date = user_date_text(date)
        except (ValueError, TypeError) as err:
            raise QgsProcessingException(self.tr(
                "Cannot read the circulation plan date '{date}': use YYYY-MM-DD. {why}").format(
                    date=date, why=err)) from None
        if not (closed or oneway or slow or lanes):
            raise QgsProcessingException(self.tr(
                "The circulation plan changes nothing: list streets to close, to turn one-way, whose speed "
                "changes or given a bus lane."))
        direction = -1 if self.parameterAsChoice(parameters, self.PLAN_ONEWAY_DIRECTION, context) == "against" else 1
        factor = self.parameterAsDouble(parameters, self.PLAN_SPEED_FACTOR, context)
        feedback.pushInfo(self.tr(
            "Circulation plan from {date}: {c} segments closed to motor traffic, {o} turned one-way, {s} with "
            "a speed factor of {f}.").format(date=date, c=len(closed), o=len(oneway), s=len(slow), f=factor))
        if lanes:
            feedback.pushInfo(self.tr("Circulation plan from {date}: {n} segments given a bus lane.").format(
                date=date, n=len(lanes)))
        from ...tracemob_plugin.core.simulate.plan import CirculationPlan  # roads (scipy): at first use

        return CirculationPlan(start=date, closed=closed, oneway={s: direction for s in oneway},
                               speed_factor={s: factor for s in slow}, bus_lane=lanes)

    # ------------------------------------------------------------------ run
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...tracemob_plugin.core.simulate.graph import SAMPLE_TZ, load_sample_network
        from ...tracemob_plugin.core.simulate.params import params_for_mix
        from ...tracemob_plugin.core.simulate.simulator import simulate

        if parameters.get(self.NETWORK):
            net, _ = roads.read_network(self, parameters, context, feedback)
            sample = False
        else:
            net = self.run_domain(load_sample_network)
            sample = True
            feedback.pushInfo(self.tr(
                "No road network given: the embedded sample network of central Helsinki is used ({n} segments; "
                "© OpenStreetMap contributors, ODbL 1.0).").format(n=net.n_segments))
        tz = (self.parameterAsString(parameters, self.TIMEZONE, context) or "").strip() or (
            SAMPLE_TZ if sample else OTHER_TZ)
        try:
            pd.Timestamp("2026-01-01", tz=tz)
        except Exception:
            raise QgsProcessingException(self.tr("Unknown time zone '{tz}': use a name like Europe/Paris.").format(
                tz=tz)) from None
        plan = self._plan(parameters, context, feedback, net)
        n = self.parameterAsInt(parameters, self.CITIZENS, context)
        days = self.parameterAsInt(parameters, self.DAYS, context)
        start = (self.parameterAsString(parameters, self.START_DATE, context) or "").strip()
        seed = self.parameterAsInt(parameters, self.SEED, context)
        progress, is_cancelled = self.callbacks(feedback, 0.0, 50.0)
        mix = self.parameterAsChoice(parameters, self.MODE_MIX, context)
        sim = self.run_domain(simulate, net, n_citizens=n, days=days, start_date=start, seed=seed,
                              tz=tz, plan=plan, params=params_for_mix(
                                  mix, pt_share=self.parameterAsDouble(parameters, self.PT_SHARE, context)),
                              progress=progress,
                              is_cancelled=is_cancelled)
        feedback.pushInfo(self.tr(
            "Simulated {n} citizens over {d} days: {t} trips, {p} phone points, {v} segment traversals, {l} "
            "labelled trips.").format(n=n, d=days, t=len(sim.trips), p=len(sim.points), v=len(sim.traversals),
                                      l=len(sim.labels)))
        if plan is not None:
            after = sim.trips[sim.trips["period"] == "after"]
            feedback.pushInfo(self.tr("{k} of {n} trips after the change take another route than before.").format(
                k=int(after["rerouted"].sum()), n=len(after)))
            self._report_bus_lane(feedback, sim, plan)

        panel = self._panel(parameters, context, feedback, sim, seed)
        sim = panel.sim
        results = {}
        steps = [self.OUTPUT_POINTS, self.OUTPUT_TRIPS, self.OUTPUT_LEGS, self.OUTPUT_TRAVERSALS,
                 self.OUTPUT_PLACES, self.OUTPUT_LABELS, self.OUTPUT_SEGMENTS, self.OUTPUT_SPEEDS,
                 self.OUTPUT_PARTICIPANTS, self.OUTPUT_MARGINS, self.OUTPUT_SECTIONS]
        for k, name in enumerate(steps):
            self.check_cancelled(feedback)
            feedback.setProgress(50.0 + 50.0 * k / len(steps))
            dest = self._write(parameters, context, feedback, name, panel, plan)
            if dest is not None:
                results[name] = dest
        gtfs = self.parameterAsFileOutput(parameters, self.OUTPUT_GTFS, context) \
            if parameters.get(self.OUTPUT_GTFS) else ""
        if gtfs and sim.transit is None:
            feedback.pushWarning(self.tr("No GTFS feed written: give a share of tours by public transport above 0."))
        elif gtfs:
            results[self.OUTPUT_GTFS] = str(self.run_domain(sim.write_gtfs, gtfs))
            feedback.pushInfo(self.tr("{n} public-transport rides; the lines' GTFS feed: {path}.").format(
                n=int(sim.legs["transit_route"].notna().sum()), path=self.shown_path(gtfs)))
        feedback.setProgress(100.0)
        return results

    def _report_bus_lane(self, feedback, sim, plan):
        """Which lines use the plan's bus lane (a lane no line uses changes nothing)."""
        if not len(plan.bus_lane or ()):
            return
        if sim.transit is None:
            feedback.pushWarning(self.tr("The bus lane changes nothing: nobody rides a bus (give a share of tours "
                                         "by public transport above 0)."))
            return
        used = sim.transit.bus_lane_m
        if not used:
            feedback.pushWarning(self.tr("No generated bus or tram line uses the bus lane's streets: it changes "
                                         "nothing. Pick streets along the lines (the GTFS feed's shapes)."))
            return
        feedback.pushInfo(self.tr("Bus lane: {lines}.").format(lines=", ".join(
            self.tr("line {line} direction {d}: {m:.0f} m").format(line=k.rsplit("_", 1)[0], d=k.rsplit("_", 1)[1],
                                                                   m=m) for k, m in sorted(used.items()))))

    def _panel(self, parameters, context, feedback, sim, seed):
        """The panel drawn from the simulated citizens (all of them by default), and what it changes."""
        from ...tracemob_plugin.core.simulate.panel import simulated_panel

        bias = self.parameterAsChoice(parameters, self.PANEL_BIAS, context)
        share = self.parameterAsDouble(parameters, self.PANEL_SHARE, context)
        panel = self.run_domain(simulated_panel, sim, bias, share, seed)
        if len(panel.attributes) < len(sim.users):
            feedback.pushInfo(self.tr("Panel: {k} of the {n} citizens carry the app ({bias}); only their traces "
                                      "are written.").format(k=len(panel.attributes), n=len(sim.users), bias=bias))

            def shares(s):
                return ", ".join("{m} {v:.1f} %".format(m=m, v=v) for m, v in s.sort_values(ascending=False).items())

            feedback.pushInfo(self.tr("True modal share of the population's trips: {pop}; of the panel's trips: "
                                      "{panel}.").format(pop=shares(panel.population_shares),
                                                         panel=shares(panel.panel_shares)))
        return panel

    def _write(self, parameters, context, feedback, name, panel, plan):
        sim = panel.sim
        if name == self.OUTPUT_POINTS:
            dest = frames.frame_to_sink(self, parameters, name, context, sim.points, "point", feedback=feedback)
            styles.style_output(context, dest, "points", self.tr("Simulated phone points"))
        elif name == self.OUTPUT_TRIPS:
            dest = frames.frame_to_sink(self, parameters, name, context, sim.trips, "line", wkb=sim.trips_wkb(),
                                      feedback=feedback)
            styles.style_output(context, dest, "trips", self.tr("Truth: trips"))
        elif name == self.OUTPUT_LEGS:
            dest = frames.frame_to_sink(self, parameters, name, context, sim.legs, "line", wkb=sim.legs_wkb(),
                                      feedback=feedback)
            styles.style_output(context, dest, "simulated_legs", self.tr("Truth: legs"))
        elif name == self.OUTPUT_TRAVERSALS:
            dest = frames.frame_to_sink(self, parameters, name, context, sim.traversals, "none", feedback=feedback)
        elif name == self.OUTPUT_PLACES:
            dest = frames.frame_to_sink(self, parameters, name, context, sim.places, "point", feedback=feedback)
            styles.style_output(context, dest, "simulated_places", self.tr("Truth: places"))
        elif name == self.OUTPUT_LABELS:
            dest = frames.frame_to_sink(self, parameters, name, context, sim.labels, "none", feedback=feedback)
        elif name == self.OUTPUT_SEGMENTS:
            seg = sim.segments.drop(columns=["wkb"]).copy()
            seg["plan_change"] = _plan_changes(seg["segment_id"].to_numpy(), plan)
            wkb = linestrings_wkb(sim.network.vlon, sim.network.vlat, sim.network.seg_offsets[:-1],
                                  sim.network.seg_offsets[1:] - 1)
            dest = frames.frame_to_sink(self, parameters, name, context, seg, "line", wkb=wkb, feedback=feedback)
            styles.style_output(context, dest, "simulated_network", self.tr("Network segments"))
        elif name == self.OUTPUT_SECTIONS:
            if not parameters.get(name) or sim.transit_sections is None:
                return None
            dest = frames.frame_to_sink(self, parameters, name, context, sim.transit_sections, "none",
                                        feedback=feedback)
        elif name == self.OUTPUT_PARTICIPANTS:
            users = sim.users
            table = pd.DataFrame({"user_id": users["user_id"].astype(str),
                                  "role": users["role"].astype(str),
                                  "car": np.where(users["car"].to_numpy(bool), "yes", "no"),
                                  "bike": np.where(users["bike"].to_numpy(bool), "yes", "no"),
                                  "phone": users["phone"].astype(str)})
            table = table.merge(panel.attributes, on="user_id", how="left")
            dest = frames.frame_to_sink(self, parameters, name, context, table, "none", feedback=feedback)
        elif name == self.OUTPUT_MARGINS:
            dest = frames.frame_to_sink(self, parameters, name, context, panel.margins, "none", feedback=feedback)
        else:
            dest = frames.frame_to_sink(self, parameters, name, context, sim.segment_speeds, "none", feedback=feedback)
        return dest


def _plan_changes(segment_ids, plan):
    """Text per segment describing the plan's change ("" when none)."""
    out = np.full(len(segment_ids), "", dtype=object)
    if plan is None:
        return out
    pos = {int(s): i for i, s in enumerate(segment_ids)}
    for sid, f in (plan.speed_factor or {}).items():
        out[pos[int(sid)]] = "speed x{:g}".format(f)
    for sid, d in (plan.oneway or {}).items():
        out[pos[int(sid)]] = "one-way" if int(d) > 0 else "one-way (against the drawing)"
    for sid in plan.bus_lane or ():
        out[pos[int(sid)]] = "bus lane" if not out[pos[int(sid)]] else out[pos[int(sid)]] + ", bus lane"
    for sid in plan.closed or ():
        out[pos[int(sid)]] = "closed to motor traffic"
    return out
