"""``tracemob:infermodes``: legs layer -> the same legs with mode, mode_confidence, mode_source.

Also holds the glue shared with ``tracemob:trainmodemodel``: reading a legs layer (attributes,
geometries and vertex times), the optional motion and trip-label tables, and the network layers.
"""
import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core.modes import infer_modes
from ...tracemob_plugin.core.geometry import linestrings_wkb
from ...tracemob_plugin.core.modes.access import SPLIT_FROM, piece_vertices
from ...tracemob_plugin.core.modes.infer import MIN_CONFIDENCE, split_stops
from ...tracemob_plugin.core.vocab.times import epoch_seconds
from .. import cluster, inputs, sinks, styles
from ..base import TracemobAlgorithm


class InferModesAlgorithm(TracemobAlgorithm):
    NAME = "infermodes"
    GROUP = "modes"

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"

    def displayName(self):  # noqa: N802
        return self.tr("Infer transport modes")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Adds to every leg its transport mode (mode: walk, bike, ebike, escooter, motorcycle, car, "
            "bus, coach, tram, metro, train, ferry, plane or unknown), a confidence between 0 and 1 "
            "(mode_confidence) and where it comes from (mode_source: user, model or rules).\n\n"
            "Input: the legs of Tracemob 'Segment trips' (lines whose M value is the time of each "
            "vertex).\n\n"
            "User labels win: a leg whose label field is filled, or a leg inside a trip the user "
            "confirmed (OpenPATH mode_confirm, matched by user and time), keeps that label. In a "
            "trip of several legs, the label goes to the legs of the same kind (the bus leg of "
            "walk-bus-walk).\n\n"
            "Otherwise the model decides from speed percentiles, acceleration, stops, heading "
            "changes and, when the phone recorded them, the motion-activity readings. The default "
            "model tells walk, bike and motorised legs apart (car; train or plane at sustained "
            "rail or flight speed). Below the minimum confidence, speed-band rules decide.\n\n"
            "When the points carried the phone's own speed readings (GPX speed, a CSV speed column, "
            "e-mission), 'Segment trips' writes four of them on each leg (phone_speed_p95, phone_acc_p90, "
            "phone_fast_share, phone_acc_p95) and rules use them where no motion activity covers the leg: a "
            "walk or bicycle that starts and brakes like a car is a car, even when it cruises between few "
            "lights; a walk whose phone reads 14 km/h or more for 30 % of "
            "its moving time is a car (a queue in a city centre); a bicycle or car whose phone stays at a "
            "walking pace is a walk (GPS noise between close positions looks like cycling).\n\n"
            "With public-transport lines (and stops), motorised legs that follow a bus, coach, tram, metro "
            "or rail line, stopping at its stops, become bus, coach, tram, metro or train; a leg along a ferry "
            "line is a ferry. Lines may come from OpenStreetMap (route or railway tags) or GTFS shapes "
            "(route_type).\n\n"
            "A model trained on your study with 'Train a mode model' may replace the default one: it "
            "is a JSON file, never a pickle.") + "\n\n" + self.tr(
            "A GTFS feed (the .zip of a transport authority) gives the stops and lines with their modes, "
            "and its timetable: a motorised leg that passes a trip's stops at its scheduled times takes "
            "the route's mode (bus, coach, tram, metro, train, ferry), and the legs get the route's name "
            "(transit_route) and the confidence of the match (transit_confidence).") + " " + self.tr(
            "A leg the lines made a bus, coach or tram that matches no scheduled trip, on a day the feed runs, "
            "stays one only if it stopped at 40 % of the stops it passed; otherwise it keeps the mode it had "
            "before (a car that stopped at two or three lights beside stops).") + "\n\n" + self.tr(
            "An OpenStreetMap extract (.osm.pbf or .osm, as Geofabrik publishes them) may be given as a file, with "
            "no layer to prepare: its public-transport route relations and railways are the lines, its bus stops, "
            "tram stops, stations and platforms the stops, each with its kind. On a street that a tram line and a "
            "bus line share, a leg that dwelt at bus stops is the bus, one that dwelt at tram stops the tram.") + \
            "\n\n" + self.tr(
            "With public-transport stops (a stops layer or a GTFS feed), the walk to the stop, the wait there and the "
            "walk from the alighting stop are legs of their own: a leg read as public transport that begins "
            "with a walk and a wait at a stop, or ends with a walk from one, is cut where the vehicle leaves and "
            "stops. The ride keeps the leg's id; the pieces get <leg_id>_a (walk to the stop), <leg_id>_w (wait, mode "
            "wait) and <leg_id>_e (walk from the stop), their part of the track as geometry, and the field split_from "
            "names the leg cut. A walk leg that ends still at a stop before a ride ends with a wait leg too. A wait has "
            "no distance and no emissions, is never a trip's main mode and is neutral in the FMD. Without stops, the "
            "legs are not cut.") + " " + self.tr(
            "A ride of one or two stops, too short to be a leg of its own, is found inside a walk leg: a wait still "
            "at a stop for a minute or more, then 1 to 10 minutes faster than a cyclist (20 km/h median) to a stop "
            "250 m or more away, then a walk. The leg takes the mode of those stops (or of the line the ride "
            "follows) and is cut the same way.") + " " + self.tr(
            "The same ride at the start of a walk, bicycle or car leg is found when the participant's walk before it "
            "ended at a stop 1 to 30 minutes earlier, and the leg sets off from there: the wait was long enough to "
            "end a trip.") + " " + self.tr(
            "With a GTFS timetable, a ride cut out of a longer leg is matched again on its own fixes: a metro "
            "trip calling at the stops when the ride passed them makes it the metro, even where bus stops stand "
            "beside the stations.") + "\n\n" + self.tr(
            "With stops alone (no lines), a leg read as a car or a bicycle that stopped at 3 stops or more, and at "
            "40 % of the stops it passed, is a bus (or the kind the stops carry). Walks and waits between two legs "
            "of one trip read as the same bus or tram, stopped at stop after stop in the same way, are that "
            "vehicle crawling through a city centre at a walking pace: they take its mode (and its route).") + " " + \
            self.tr("So do the walks that end a trip and start the next when the bus stood still long enough "
                    "for a place (a jam, up to 20 minutes) and rides on both sides: the trips stay as "
                    "'Segment trips' made them.") + " " + \
            self.tr("A phone that records a fix every 30 s (OpenPATH's Android app) is too sparse to time a dwell at "
                    "a stop: its dwells are then estimated from the time its fixes show near each stop, against the "
                    "pace it kept away from stops.") + "\n\n" + \
            self.tr("A leg read as a bus, tram, metro or train along the route relations of an OpenStreetMap extract "
                    "gets their ref in transit_route (several routes sharing its street are all named, the most "
                    "followed first: '4 / 2 / 5'; only a timetable tells which one was taken) and the share of the "
                    "leg along the first in transit_confidence. A GTFS timetable's match comes first.") + "\n\n" + \
            self.tr(
            "A leg the phone sensed as air or high-speed rail (e-mission) is a plane when its own distance "
            "over its duration is faster than any train (325 km/h): a flight made with the phone off, which "
            "the leg joins from the place left to the fixes after landing. Otherwise its fixes' speeds "
            "decide between train and plane.") + "\n\n" + cluster.help_text()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Legs"), [compat.TYPE_VECTOR_LINE]),
            self.tr("The legs whose mode is wanted: the legs of 'Segment trips', lines whose M value is the"
                    " UTC time of each vertex (the speeds, stops and accelerations come from them)."))
        inputs.add_context_parameters(self)
        self.add_parameter(QgsProcessingParameterFile(
            "MODEL", self.tr("Mode model (JSON from 'Train a mode model'; empty: default model)"),
            compat.FILE_BEHAVIOR_FILE, "json", None, True),
            self.tr("A mode model trained on your study with 'Train a mode model' (a JSON file, never a "
                    "pickle). Empty: the model shipped with Tracemob."))
        self.add_parameter(compat.set_advanced(QgsProcessingParameterNumber(
            "MIN_CONFIDENCE", self.tr("Minimum model confidence (below: rules)"), compat.NUMBER_DOUBLE,
            MIN_CONFIDENCE, False, 0.0, 1.0)),
            self.tr("When the model's confidence for a leg is below this (0 to 1), speed-band rules decide "
                    "its mode instead (mode_source = rules)."))
        self.add_parameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Legs with modes"), compat.TYPE_VECTOR_LINE),
            self.tr("The legs with their mode (walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, "
                    "metro, train, ferry, plane, wait or unknown), mode_confidence (0-1) and mode_source (user, "
                    "model or rules); with public-transport stops, the walks to and from the stop and the waits there are "
                    "legs of their own (split_from names the leg cut)."))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        dask = cluster.current_choice()   # (choice, origin): the Dask cluster option, off by default
        groups = inputs.leg_groups(self, source, context, feedback)
        feedback.setProgress(20)
        motion = inputs.read_table(self, parameters, "MOTION", context, feedback)
        labels = inputs.read_table(self, parameters, "LABELS", context, feedback)
        label_field = self.parameterAsString(parameters, "LABEL_FIELD", context) \
            if parameters.get("LABEL_FIELD") else None
        feed = inputs.read_gtfs_feed(self, parameters, context, feedback)
        network = inputs.read_transit_network(self, parameters, context, feedback, feed=feed,
                                              bbox=inputs.extent_wgs84(source, context)
                                              if feed is not None or parameters.get("NETWORK_OSM") else None)
        model = self.parameterAsFile(parameters, "MODEL", context) if parameters.get("MODEL") else None
        feedback.setProgress(30)
        writer = sinks.FrameSink(self, parameters, self.OUTPUT, context, "line", wkb_type=source.wkbType(),
                                 crs=QgsCoordinateReferenceSystem("EPSG:4326"), feedback=feedback)
        parts, has_shares = [], False
        # with stops (a layer, or a GTFS feed's), public-transport legs may be cut into pieces (access.split_access)
        cutting = split_stops(network, feed) is not None
        for k, where in enumerate(groups):  # partitions of whole participants: written one after the other
            legs, wkbs, vertices = inputs.read_legs(self, source, context, feedback, where=where)
            has_shares = has_shares or "motion_coverage" in legs.columns
            progress, is_cancelled = self.callbacks(feedback, 30.0 + 55.0 * k / len(groups),
                                                    30.0 + 55.0 * (k + 1) / len(groups))
            options = dict(motion=motion, labels=labels, label_field=label_field, model=model, network=network,
                           min_confidence=self.parameterAsDouble(parameters, "MIN_CONFIDENCE", context), timetable=feed)
            if dask[0].on:   # the Dask cluster option: the same function by partitions of whole participants
                start = 30.0 + 55.0 * k / len(groups)
                out = cluster.run_modes(self, feedback, *dask, legs, vertices, start=start,
                                        end=start + 55.0 / len(groups), announce=k == 0, **options)
            else:
                out = self.run_domain(infer_modes, legs, vertices, progress=progress, is_cancelled=is_cancelled,
                                      **options)
            if cutting:   # a leg cut at the stops would repeat its feature id: the pieces get new ones
                out = out.drop(columns=[c for c in out.columns if str(c).lower() == "fid"])
            writer.write(out, cut_geometries(out, legs, wkbs, vertices))
            parts.append(out[["mode", "mode_source"] + (["transit_route"] if "transit_route" in out.columns else [])
                             + ([SPLIT_FROM] if SPLIT_FROM in out.columns else [])])
            del legs, wkbs, vertices
        out = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
        inputs.warn_if_empty(self, feedback, source, len(out), self.tr("legs"))
        counts = out["mode"].value_counts().to_dict()
        sources = out["mode_source"].value_counts().to_dict()
        feedback.pushInfo(self.tr("{n} legs. Modes: {modes}. Sources: {sources}.").format(
            n=len(out), modes=counts, sources=sources))
        if feed is not None:
            routes = out["transit_route"].dropna().value_counts()
            feedback.pushInfo(self.tr("{n} legs matched to a scheduled trip of the GTFS feed; routes: "
                                      "{routes}.").format(n=int(routes.sum()), routes=routes.to_dict() or "-"))
        elif "transit_route" in out.columns:
            routes = out["transit_route"].dropna().value_counts()
            feedback.pushInfo(self.tr("{n} legs named by the OpenStreetMap route relations they follow: "
                                      "{routes}.").format(n=int(routes.sum()), routes=routes.to_dict() or "-"))
        if SPLIT_FROM in out.columns:
            cut = out[SPLIT_FROM].dropna()
            feedback.pushInfo(self.tr("{n} public-transport legs cut at the stops: {walks} walks to or from a stop and "
                                      "{waits} waits at a stop are legs of their own (ids ending in _a, _e, _w; the "
                                      "ride keeps the leg's id; split_from names the leg cut).").format(
                n=int(cut.nunique()), walks=int(((out["mode"] == "walk") & out[SPLIT_FROM].notna()).sum()),
                waits=int((out["mode"] == "wait").sum())))
        if motion is None and has_shares:
            feedback.pushInfo(self.tr("The legs carry the phone's motion activity (from the points): "
                                      "modes use it."))
        elif motion is None:
            feedback.pushInfo(self.tr("No motion activity (neither on the legs nor as a table): modes come "
                                      "from the trajectories alone."))
        if network is None:
            feedback.pushInfo(self.tr("No public-transport network: bus, coach, tram, metro and ferry "
                                      "are not told apart from car."))
        dest = writer.close()
        styles.style_output(context, dest, "modes", self.tr("Legs with modes"))
        return {self.OUTPUT: dest}


def cut_geometries(out, legs, wkbs, vertices):
    """One geometry per row of ``out``: the leg's own for the legs not cut, the piece of the leg's track (LineStringM,
    M the time) for the legs cut at the stops (``split_from`` set, :func:`core.modes.access.split_access`)."""
    if SPLIT_FROM not in out.columns or not out[SPLIT_FROM].notna().any():
        return wkbs
    own = pd.Series(np.arange(len(legs)), index=legs["leg_id"].astype(str).to_numpy())
    own = own[~own.index.duplicated()]
    pos = own.reindex(out["leg_id"].astype(str).to_numpy()).to_numpy()
    geoms = [wkbs[int(k)] if np.isfinite(k) else None for k in pos]
    cut = out[out[SPLIT_FROM].notna()]
    v = piece_vertices(vertices, cut)
    if len(v):
        ids = v["leg_id"].astype(str).to_numpy()
        start = np.flatnonzero(np.append(True, ids[1:] != ids[:-1]))
        end = np.append(start[1:] - 1, len(ids) - 1)
        lines = dict(zip(ids[start], linestrings_wkb(v["lon"].to_numpy(float), v["lat"].to_numpy(float), start, end,
                                                     m=epoch_seconds(v["time"]))))
        for i in np.flatnonzero(out[SPLIT_FROM].notna().to_numpy()):
            geoms[i] = lines.get(str(out["leg_id"].iat[i]), geoms[i])
    return geoms
