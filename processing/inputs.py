"""Reading Tracemob's input layers into the domain's frames: legs or points with leg ids, the legs of
mode inference, optional tables, polygon layers and public-transport networks."""
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
)

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.geometry import parse_wkb_parts
from ..tracemob_plugin.core.vocab.columns import (
    LEG_FIELD_CANDIDATES,
    TIME_FIELD_CANDIDATES,
    TRANSIT_KIND_FIELD_CANDIDATES,
    USER_FIELD_CANDIDATES,
)
from ..tracemob_plugin.core.vocab.times import times_to_utc
from . import frames
from .params import DEFAULT_TZ, guess_field, optional_field, resolve_field, source_name


# ---------------------------------------------------------------------------------------- legs or points
def add_trace_parameters(alg):
    """LEGS (LineStringM, M = time) or POINTS + LEG_FIELD / TIME_FIELD / USER_FIELD / MODE_FIELD."""
    alg.add_parameter(QgsProcessingParameterFeatureSource(
        "LEGS", alg.tr("Legs (lines whose M value is the time, from 'Segment trips' or 'Infer transport "
                       "modes'; used when given)"), [compat.TYPE_VECTOR_LINE], None, True),
        alg.tr("The legs to use: lines whose M value is the UTC time of each vertex, as written by 'Segment"
               " trips' or 'Infer transport modes' (they carry leg_id, user_id and, after the mode "
               "inference, mode). When given, the points layer below is ignored."))
    alg.add_parameter(QgsProcessingParameterFeatureSource(
        "POINTS", alg.tr("Or: points with a leg identifier (used only when no legs layer is given)"),
        [compat.TYPE_VECTOR_POINT], None, True),
        alg.tr("Instead of a legs layer: points with a leg identifier, a time and a participant (the "
               "cleaned points of 'Segment trips', a GPS survey...). Used only when no legs layer is given;"
               " the fields are chosen in the advanced parameters or detected."))
    for name, label, help_text in (
            ("LEG_FIELD", alg.tr("Leg identifier field of the points (empty: detect leg_id)"),
             alg.tr("The field of the points layer that tells which leg each point belongs to; the points of a "
                    "leg are put in time order. Left empty, a field named leg_id (or a close name) is used.")),
            ("TIME_FIELD", alg.tr("Time field of the points (empty: detect)"),
             alg.tr("The field of the points layer holding the time of each point: a date-time, ISO text or "
                    "epoch seconds; times without an offset are read in the study's time zone. Left empty, a "
                    "field named time, timestamp, datetime... is used.")),
            ("USER_FIELD", alg.tr("Participant field of the points (empty: detect)"),
             alg.tr("The field of the points layer naming the participant, for the privacy thresholds and the "
                    "counts of distinct participants. Left empty, a field named user_id, user... is used; "
                    "without one, all points count as one participant.")),
            ("MODE_FIELD", alg.tr("Mode field of the points (empty: detect mode; none: every leg is kept)"),
             alg.tr("The field of the points layer giving the transport mode of their leg, used by the mode "
                    "filter. Left empty, a field named mode or main_mode is used; without one, every leg is "
                    "kept whatever its mode."))):
        alg.add_parameter(compat.set_advanced(QgsProcessingParameterField(
            name, label, None, "POINTS", compat.FIELD_ANY, False, True)), help_text)


def read_traces(alg, parameters, context, feedback):
    """``(legs, vertices, source)``: legs ``leg_id, user_id`` (+ ``mode``, ``trip_id`` when present)
    and their vertices ``leg_id, user_id, lon, lat, time, vertex`` (EPSG:4326, UTC), from LEGS (a
    LineStringM layer whose M is the epoch second) or else POINTS with a leg identifier field."""
    has_legs = bool(parameters.get("LEGS"))
    has_points = bool(parameters.get("POINTS"))
    if not has_legs and not has_points:
        raise QgsProcessingException(alg.tr(
            "Give the legs layer (output of 'Segment trips' or 'Infer transport modes') or a points layer "
            "with a leg identifier field."))
    if has_legs:
        source = alg.parameterAsSource(parameters, "LEGS", context)
        if source is None:
            raise QgsProcessingException(alg.invalidSourceError(parameters, "LEGS"))
        names = source.fields().names()
        if "leg_id" not in names:
            raise QgsProcessingException(alg.tr(
                "The legs layer has no field 'leg_id' (fields: {fields}). Use the legs output of Tracemob "
                "'Segment trips' or 'Infer transport modes'.").format(fields=", ".join(names)))
        keep = [f for f in ("leg_id", "trip_id", "user_id", "mode", "mode_source", "transit_route") if f in names]
        legs = frames.source_to_table_frame(source, context, feedback, fields=keep)
        vertices = frames.source_to_vertices_frame(source, context, feedback, "leg_id")
        if "user_id" not in legs.columns:
            feedback.pushWarning(alg.tr("The legs layer has no user_id field: every leg counts as a different "
                                        "participant."))
            legs["user_id"] = legs["leg_id"].astype(str)
        if has_points:
            feedback.pushInfo(alg.tr("Both legs and points were given: the legs layer is used, the points "
                                     "layer is ignored."))
        feedback.pushInfo(alg.tr("Input: legs layer '{name}' ({n} legs, {v} vertices, CRS {crs}).").format(
            name=source_name(source, "legs"), n=len(legs), v=len(vertices), crs=source.sourceCrs().authid()))
    else:
        source = alg.parameterAsSource(parameters, "POINTS", context)
        if source is None:
            raise QgsProcessingException(alg.invalidSourceError(parameters, "POINTS"))
        fields = source.fields()
        leg_f = resolve_field(alg, parameters, "LEG_FIELD", context, source, LEG_FIELD_CANDIDATES)
        time_f = resolve_field(alg, parameters, "TIME_FIELD", context, source, TIME_FIELD_CANDIDATES)
        user_f = resolve_field(alg, parameters, "USER_FIELD", context, source, USER_FIELD_CANDIDATES,
                                   required=False)
        mode_f = optional_field(alg, parameters, "MODE_FIELD", context) or guess_field(
            fields, ("mode", "main_mode"))
        acc_f = guess_field(fields, ("accuracy_m", "accuracy", "horizontal_accuracy"))
        wanted = [f for f in dict.fromkeys([leg_f, time_f, user_f, mode_f, acc_f]) if f]
        pts = frames.source_to_points_frame(source, context, feedback, fields=wanted)
        tz = alg.parameterAsString(parameters, "TIMEZONE", context) or DEFAULT_TZ
        vertices = pd.DataFrame({
            "leg_id": pts[leg_f].astype(object).where(pts[leg_f].notna(), None).to_numpy(),
            "lon": pts["lon"].to_numpy(float), "lat": pts["lat"].to_numpy(float),
            "time": times_to_utc(pts[time_f], tz).to_numpy()})
        vertices["user_id"] = pts[user_f].astype(str).to_numpy() if user_f else "participant"
        if acc_f:
            vertices["accuracy_m"] = pd.to_numeric(pts[acc_f], errors="coerce").to_numpy(float)
        if mode_f:
            vertices["mode"] = pts[mode_f].astype(object).to_numpy()
        ok = vertices["leg_id"].notna() & (vertices["leg_id"].astype(str) != "") & vertices["time"].notna() \
            & np.isfinite(vertices["lon"]) & np.isfinite(vertices["lat"])
        dropped = int((~ok).sum())
        vertices = vertices[ok.to_numpy()].copy()
        vertices["leg_id"] = vertices["leg_id"].astype(str)
        vertices = vertices.sort_values(["leg_id", "time"], kind="stable").reset_index(drop=True)
        vertices["vertex"] = vertices.groupby("leg_id").cumcount().astype("int64")
        agg = {"user_id": "first"}
        if mode_f:
            agg["mode"] = "first"
        legs = vertices.groupby("leg_id", sort=False).agg(agg).reset_index()
        if mode_f:
            vertices = vertices.drop(columns=["mode"])
        feedback.pushInfo(alg.tr("Input: points layer '{name}' grouped by leg field '{leg}' (time: '{time}', "
                                 "participant: '{user}'): {n} legs, {v} points, CRS {crs}.").format(
            name=source_name(source, "points"), leg=leg_f, time=time_f, user=user_f or "-", n=len(legs),
            v=len(vertices), crs=source.sourceCrs().authid()))
        if dropped:
            feedback.pushWarning(alg.tr("{n} point(s) without leg identifier, time or position were "
                                        "ignored.").format(n=dropped))
        if not user_f:
            feedback.pushWarning(alg.tr("No participant field found: all points count as one participant."))
    legs["leg_id"] = legs["leg_id"].astype(str)
    legs["user_id"] = legs["user_id"].astype(str)
    vertices["leg_id"] = vertices["leg_id"].astype(str)
    if "user_id" not in vertices.columns or vertices["user_id"].isna().any():
        vertices = vertices.drop(columns=[c for c in ("user_id",) if c in vertices.columns]).merge(
            legs[["leg_id", "user_id"]], on="leg_id", how="left")
    vertices["user_id"] = vertices["user_id"].astype(str)
    return legs, vertices, source


def prefilter_period(alg, feedback, legs, vertices, start, end):
    """Legs with a point in [start, end) (UTC Timestamps or None); the domain filters the traversals
    exactly by their entry time, this only spares matching legs outside the date range."""
    if start is None and end is None:
        return legs, vertices
    if start is not None and end is not None and end <= start:
        raise QgsProcessingException(alg.tr("The date range ends before it starts."))
    g = vertices.groupby("leg_id")["time"]
    first, last = g.min(), g.max()
    keep = pd.Series(True, index=first.index)
    if start is not None:
        keep &= last >= start
    if end is not None:
        keep &= first < end
    ids = set(keep.index[keep.to_numpy()])
    feedback.pushInfo(alg.tr("Date range: {k} of {n} legs fall in it.").format(k=len(ids), n=len(legs)))
    if not ids:
        raise QgsProcessingException(alg.tr(
            "No leg falls in the date range; the legs span {first} to {last}.").format(
                first=first.min().strftime("%Y-%m-%d") if len(first) else "-",
                last=last.max().strftime("%Y-%m-%d") if len(last) else "-"))
    legs = legs[legs["leg_id"].isin(ids)].reset_index(drop=True)
    return legs, vertices[vertices["leg_id"].isin(ids)].reset_index(drop=True)


# ---------------------------------------------------------------------------------------- mode inference
def leg_groups(alg, source, context, feedback):
    """SQL filters of partitions of whole participants of a big legs layer (weighted by their ``n_points``:
    about the fixes of segmentation's budget each), or ``[None]``: one read of everything."""
    import os

    from . import bulk
    from ..tracemob_plugin.core.ingest.partition import DEFAULT_BUDGET

    names = source.fields().names()
    if "user_id" not in names:
        return [None]
    budget = int(os.environ.get("TRACEMOB_PARTITION_FIXES", "") or DEFAULT_BUDGET)
    groups = bulk.participant_groups(source, context, feedback, "user_id", budget,
                                     weight="n_points" if "n_points" in names else None)
    if not groups:
        return [None]
    feedback.pushInfo(alg.tr("Read and processed by {k} partitions of whole participants.").format(k=len(groups)))
    return [where for where, _size in groups]


def read_legs(alg, source, context, feedback, where=None):
    """(legs frame, wkbs, vertices frame) of a Tracemob legs layer (LineStringM, M = epoch s);
    ``where``: the filter of one partition (:func:`leg_groups`)."""
    if source.fields().indexOf("leg_id") < 0:
        raise QgsProcessingException(alg.tr(
            "The legs layer has no field 'leg_id' (fields: {fields}). Use the legs output of "
            "Tracemob 'Segment trips'.").format(fields=", ".join(source.fields().names())))
    legs, wkbs = frames.source_to_wkb_frame(source, context, feedback, where=where)
    vertices = frames.source_to_vertices_frame(source, context, feedback, "leg_id", where=where)
    vertices["leg_id"] = vertices["leg_id"].astype(str)
    legs["leg_id"] = legs["leg_id"].astype(str)
    return legs, wkbs, vertices


def read_table(alg, parameters, name, context, feedback):
    """The attribute table of an optional layer parameter, None when not given."""
    if not parameters.get(name):
        return None
    source = alg.parameterAsSource(parameters, name, context)
    return None if source is None else frames.source_to_table_frame(source, context, feedback)


def read_gtfs_feed(alg, parameters, context, feedback):
    """The GTFS feed of the GTFS parameter (a .zip, or any .txt file of a feed's folder: its folder), None
    when not given; its problems (missing files, broken references...) stop the algorithm with their file,
    line and field."""
    if not parameters.get("GTFS"):
        return None
    path = Path(alg.parameterAsFile(parameters, "GTFS", context))
    if path.is_file() and path.suffix.lower() == ".txt":
        path = path.parent
    from ..tracemob_plugin.core.ingest.gtfs import read_gtfs  # only when a feed is given, not at start-up

    feed = alg.run_domain(read_gtfs, path)
    modes = feed.routes["mode"].fillna("?").value_counts().to_dict()
    feedback.pushInfo(alg.tr("GTFS feed {name}: {stops} stops, {routes} routes ({modes}), {trips} trips, "
                             "{times} scheduled stop times, time zone {tz}.").format(
        name=feed.name, stops=len(feed.stops), routes=len(feed.routes), modes=modes, trips=len(feed.trips),
        times=len(feed.stop_times), tz=feed.timezone or "UTC"))
    for warning in feed.warnings:
        feedback.pushWarning(alg.tr("GTFS feed {name}: {warning}").format(name=feed.name, warning=warning))
    return feed


def add_stops_parameters(alg, stops_help):
    """NETWORK_STOPS (a point layer), GTFS (a feed, for its stops) and NETWORK_OSM (an OpenStreetMap extract, for
    its stops), all optional and advanced: what :func:`read_stops` reads. Same names and GTFS help as ``infermodes``' (:func:`add_context_parameters`)."""
    stops = QgsProcessingParameterFeatureSource(
        "NETWORK_STOPS", alg.tr("Public-transport stops (optional)"), [compat.TYPE_VECTOR_POINT], None, True)
    compat.set_advanced(stops)
    alg.add_parameter(stops, stops_help)
    gtfs = QgsProcessingParameterFile(
        "GTFS", alg.tr("GTFS feed (.zip, or any .txt file of its folder; optional)"), compat.FILE_BEHAVIOR_FILE,
        "", None, True, alg.tr("GTFS feed (*.zip *.txt);;All files (*)"))
    compat.set_advanced(gtfs)
    alg.add_parameter(gtfs, alg.tr("A public-transport timetable in GTFS (the .zip as published on open-data "
                                   "portals, or any .txt file of an unzipped feed): its stops serve as the stops "
                                   "above. Optional."))
    alg.add_parameter(compat.set_advanced(_osm_parameter(alg)), alg.tr("An OpenStreetMap extract (.osm.pbf or .osm), read directly: its bus stops, tram "
                                  "stops, stations and platforms within the input's extent serve as the stops "
                                  "above (a stop mapped twice counts once). Optional."))


def _osm_parameter(alg):
    """The optional NETWORK_OSM file (an OpenStreetMap extract) of ``infermodes`` and ``segmenttrips``."""
    return QgsProcessingParameterFile(
        "NETWORK_OSM", alg.tr("OpenStreetMap extract (.osm.pbf or .osm; optional)"), compat.FILE_BEHAVIOR_FILE,
        "", None, True, alg.tr("OpenStreetMap (*.osm.pbf *.pbf *.osm);;All files (*)"))


def read_stops(alg, parameters, context, feedback):
    """The stops (``lon``, ``lat``, EPSG:4326) of the NETWORK_STOPS layer, of the NETWORK_OSM extract (within the
    INPUT's extent) and of the GTFS feed's stops, None when none is given (:func:`add_stops_parameters`)."""
    parts = []
    if parameters.get("NETWORK_STOPS"):
        source = alg.parameterAsSource(parameters, "NETWORK_STOPS", context)
        if source is not None:   # an OpenStreetMap points layer keeps its stops only (:func:`_stops_layer`)
            parts.append(_stops_layer(alg, source, context, feedback)[["lon", "lat"]])
    if parameters.get("NETWORK_OSM"):   # the extract's stops within the input's extent
        source = alg.parameterAsSource(parameters, "INPUT", context) if parameters.get("INPUT") else None
        osm = _osm_network(alg, parameters, context, feedback,
                           extent_wgs84(source, context) if source is not None else None)
        if osm is not None and len(osm.stops):
            parts.append(osm.stops[["lon", "lat"]])
    feed = read_gtfs_feed(alg, parameters, context, feedback)
    if feed is not None:
        lon = pd.to_numeric(feed.stops["lon"], errors="coerce")
        lat = pd.to_numeric(feed.stops["lat"], errors="coerce")
        parts.append(pd.DataFrame({"lon": lon, "lat": lat})[lon.notna() & lat.notna()])
    if not parts:
        return None
    stops = pd.concat(parts, ignore_index=True)
    feedback.pushInfo(alg.tr("{n} public-transport stops: waits at them stay inside trips.").format(n=len(stops)))
    return stops


def extent_wgs84(source, context, margin_deg=0.02):
    """``(min_lon, min_lat, max_lon, max_lat)`` of a feature source, widened by ``margin_deg`` (0.02: about
    2 km), None when it has no extent."""
    ext = source.sourceExtent()
    crs = source.sourceCrs()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if crs.isValid() and crs != wgs84:
        ext = QgsCoordinateTransform(crs, wgs84, context.transformContext()).transformBoundingBox(ext)
    if ext.isNull() or not all(np.isfinite([ext.xMinimum(), ext.yMinimum(), ext.xMaximum(), ext.yMaximum()])):
        return None
    return (ext.xMinimum() - margin_deg, ext.yMinimum() - margin_deg, ext.xMaximum() + margin_deg,
            ext.yMaximum() + margin_deg)


def read_transit_network(alg, parameters, context, feedback, feed=None, bbox=None):
    """TransitNetwork from the NETWORK_LINES (+ NETWORK_KIND_FIELD) and NETWORK_STOPS parameters, plus the
    lines and stops of a GTFS ``feed`` (:func:`read_gtfs_feed`) when given, cut to ``bbox`` (the legs'
    extent, :func:`extent_wgs84`: a national feed is not densified outside the study area)."""
    from ..tracemob_plugin.core.modes.transit import TransitNetwork, normalise_kind  # scipy: at first use

    lines = alg.parameterAsSource(parameters, "NETWORK_LINES", context) if parameters.get("NETWORK_LINES") else None
    stops = alg.parameterAsSource(parameters, "NETWORK_STOPS", context) if parameters.get("NETWORK_STOPS") else None
    osm = _osm_network(alg, parameters, context, feedback, bbox)
    if lines is None and stops is None and osm is None:
        return _feed_network(alg, feedback, feed, bbox) if feed is not None else None
    line_frame = pd.DataFrame(columns=["line_id", "kind", "lon", "lat"])
    if lines is not None:
        kind_field = alg.parameterAsString(parameters, "NETWORK_KIND_FIELD", context) \
            if parameters.get("NETWORK_KIND_FIELD") else ""
        names = lines.fields().names()
        candidates = [kind_field] if kind_field else [n for c in TRANSIT_KIND_FIELD_CANDIDATES
                                                      for n in names if n.lower() == c]
        if not candidates:
            raise QgsProcessingException(alg.tr(
                "Cannot tell the kind of the network lines (bus, coach, tram, metro, train, ferry): choose the field "
                "that holds it (OSM route/railway, GTFS route_type) among {fields}.").format(
                    fields=", ".join(names)))
        frame, wkbs = frames.source_to_wkb_frame(lines, context, feedback)
        kinds = pd.Series([None] * len(frame), dtype=object)
        for col in candidates:
            found = frame[col].map(normalise_kind)
            kinds = kinds.where(kinds.notna(), found)
        parts = []
        for i, (wkb, kind) in enumerate(zip(wkbs, kinds)):
            if wkb is None or kind is None:
                continue
            xs, ys, _ = parse_wkb_parts(wkb)
            for j, (x, y) in enumerate(zip(xs, ys)):
                parts.append(pd.DataFrame({"line_id": "%d_%d" % (i, j), "kind": kind, "lon": x, "lat": y}))
        if parts:
            line_frame = pd.concat(parts, ignore_index=True)
        counts = line_frame.drop_duplicates("line_id").kind.value_counts().to_dict() if len(line_frame) else {}
        feedback.pushInfo(alg.tr("Network lines by kind: {counts}").format(counts=counts or "-"))
        if not counts:
            feedback.pushWarning(alg.tr("No bus, coach, tram, metro, train or ferry line recognised in the network "
                                        "layer."))
    stop_frame = pd.DataFrame(columns=["kind", "lon", "lat"])
    if stops is not None:
        stop_frame = _stops_layer(alg, stops, context, feedback)
    if osm is not None:
        line_frame = _stack(line_frame, osm.lines.assign(line_id="osm_" + osm.lines.line_id))
        stop_frame = _stack(stop_frame, osm.stops)
    if feed is not None:
        from_feed = _feed_network(alg, feedback, feed, bbox)
        line_frame = pd.concat([line_frame, from_feed.lines.assign(line_id="gtfs_" + from_feed.lines.line_id)],
                               ignore_index=True)
        stop_frame = _stack(stop_frame, from_feed.stops[[c for c in ("kind", "lon", "lat") if c in from_feed.stops]])
    return TransitNetwork(lines=line_frame, stops=stop_frame)


def _stops_layer(alg, stops, context, feedback):
    """``kind, lon, lat`` of the NETWORK_STOPS layer. A points layer of an OpenStreetMap extract as GDAL reads it
    (``highway`` and ``other_tags`` fields) keeps only its public-transport stops, with their kinds, a stop mapped
    twice counted once (``core.modes.osm``): its shops and benches are no stops. Another layer's kind comes from a
    field named kind, mode or route_type when it has one (none otherwise)."""
    from ..tracemob_plugin.core.modes.osm import merge_stops, osm_stops
    from ..tracemob_plugin.core.modes.transit import normalise_kind

    names = {n.lower(): n for n in stops.fields().names()}
    osm = "other_tags" in names and "highway" in names
    kind_field = next((names[c] for c in ("kind", "mode", "route_type") if c in names), None)
    fields = [names["highway"], names["other_tags"]] if osm else [kind_field] if kind_field else []
    frame = frames.source_to_points_frame(stops, context, feedback, fields=fields)
    frame = frame[np.isfinite(frame.lon) & np.isfinite(frame.lat)].reset_index(drop=True)
    if osm:
        keep, kinds = osm_stops(frame[names["highway"]].to_numpy(dtype=object),
                                frame[names["other_tags"]].to_numpy(dtype=object))
        out = merge_stops(pd.DataFrame({"kind": pd.Series(kinds[keep], dtype=object),
                                        "lon": frame.lon.to_numpy()[keep], "lat": frame.lat.to_numpy()[keep]}))
        feedback.pushInfo(alg.tr("The stops layer is OpenStreetMap's points: {kept} of its {n} points are "
                                 "public-transport stops (bus stops, tram stops, stations, platforms), {stops} stops "
                                 "once those mapped twice are merged.").format(kept=int(keep.sum()), n=len(frame),
                                                                              stops=len(out)))
        if not len(out):
            feedback.pushWarning(alg.tr("No public-transport stop among the OpenStreetMap points of the stops layer."))
        return out
    kinds = frame[kind_field].map(normalise_kind) if kind_field else pd.Series([None] * len(frame), dtype=object)
    out = pd.DataFrame({"kind": kinds.astype(object).to_numpy(), "lon": frame.lon.to_numpy(),
                        "lat": frame.lat.to_numpy()})
    feedback.pushInfo(alg.tr("{n} public-transport stops").format(n=len(out)))
    return out


def _stack(a, b):
    """``a`` then ``b`` (frames of the same columns), either of them empty."""
    if not len(b):
        return a
    return pd.concat([a, b], ignore_index=True) if len(a) else b.reset_index(drop=True)


def _osm_network(alg, parameters, context, feedback, bbox):
    """The lines and stops of the NETWORK_OSM extract (``core.modes.osm.read_osm_transit``) within ``bbox``; None
    without one."""
    from ..tracemob_plugin.core.errors import InputError
    from ..tracemob_plugin.core.modes.osm import read_osm_transit

    path = alg.parameterAsFile(parameters, "NETWORK_OSM", context) if parameters.get("NETWORK_OSM") else ""
    if not path:
        return None
    feedback.pushInfo(alg.tr("Reading the public transport of the OpenStreetMap extract {file}...").format(file=path))
    try:
        osm = read_osm_transit(path, bbox=bbox)
    except InputError as err:
        raise QgsProcessingException(str(err)) from err
    feedback.pushInfo(alg.tr("OpenStreetMap extract within the input's extent: {routes} route relations, line pieces "
                             "by kind {lines}; {stops} stops by kind {kinds} ({points} stop points merged where they "
                             "are one stop).").format(routes=len(osm.routes), lines=osm.line_counts() or "-",
                                                      stops=len(osm.stops), kinds=osm.stop_counts() or "-",
                                                      points=osm.stop_points))
    if not len(osm.lines) and not len(osm.stops):
        feedback.pushWarning(alg.tr("The OpenStreetMap extract has no public-transport line or stop within the input's "
                                    "extent: check that it covers the study area."))
    return osm


def _feed_network(alg, feedback, feed, bbox):
    from ..tracemob_plugin.core.modes.timetable import network_from_feed

    net = network_from_feed(feed, bbox=bbox)
    feedback.pushInfo(alg.tr("GTFS feed within the legs' extent: {lines} line pieces, {stops} stops.").format(
        lines=net.lines.line_id.nunique() if len(net.lines) else 0, stops=len(net.stops)))
    if len(net.stops) == 0:
        feedback.pushWarning(alg.tr("The GTFS feed has no stop within the legs' extent: check that it covers the "
                                    "study area."))
    return net


def add_context_parameters(alg, with_network=True):
    alg.add_parameter(QgsProcessingParameterFeatureSource(
        "MOTION", alg.tr("Motion activity table (from Import traces; optional)"), [compat.TYPE_VECTOR],
        None, True),
        alg.tr("The motion-activity readings of the phones (user_id, time, activity, confidence), as "
               "written by 'Import travel traces' or 'Import from an OpenPATH server'. They help tell "
               "walking, cycling and riding apart; without them the trajectory alone decides."))
    alg.add_parameter(QgsProcessingParameterFeatureSource(
        "LABELS", alg.tr("User-confirmed trips (user_id, start_time, end_time, mode_confirm; optional)"),
        [compat.TYPE_VECTOR], None, True),
        alg.tr("The trips the participants confirmed in the app (user_id, start_time, end_time, "
               "mode_confirm), as written by the import algorithms. A leg inside a confirmed trip of the "
               "same participant takes its label."))
    alg.add_parameter(QgsProcessingParameterField(
        "LABEL_FIELD", alg.tr("Field of the legs holding user labels (optional)"), None, "INPUT",
        compat.FIELD_ANY, False, True),
        alg.tr("A field of the legs that already holds a mode label given by the participant (e.g. "
               "mode_confirm); a filled label wins over the model. Optional."))
    if with_network:
        alg.add_parameter(QgsProcessingParameterFeatureSource(
            "NETWORK_LINES", alg.tr("Public-transport lines (OSM or GTFS; optional)"),
            [compat.TYPE_VECTOR_LINE], None, True),
            alg.tr("Public-transport lines (OpenStreetMap routes or railways, GTFS shapes): motorised legs "
                   "that follow a bus, coach, tram, metro or rail line, stopping at its stops, become bus, coach, "
                   "tram, metro or train, and legs along a ferry line become ferry. Optional: without it these "
                   "modes are not told apart from car."))
        alg.add_parameter(QgsProcessingParameterField(
            "NETWORK_KIND_FIELD", alg.tr("Field of the lines giving bus / coach / tram / metro / train / ferry "
                                         "(empty: detect route, railway, route_type...)"),
            None, "NETWORK_LINES", compat.FIELD_ANY, False, True),
            alg.tr("The field of the lines layer telling bus, coach, tram, metro, train or ferry (OSM route or "
                   "railway, GTFS route_type). Left empty, a field named kind, mode, route_type, route, railway... "
                   "is used."))
        alg.add_parameter(QgsProcessingParameterFeatureSource(
            "NETWORK_STOPS", alg.tr("Public-transport stops (optional)"), [compat.TYPE_VECTOR_POINT],
            None, True),
            alg.tr("Public-transport stops (points, any CRS). A leg that stops at them along a line is more"
                   " likely on that line. Optional."))
        alg.add_parameter(_osm_parameter(alg), alg.tr(
            "An OpenStreetMap extract as Geofabrik or BBBike publish them (.osm.pbf or .osm), read "
            "directly: its public-transport route relations (bus, trolleybus, coach, tram, light rail, "
            "subway, train, ferry) and railway lines are used as lines, its bus stops, tram stops, stations "
            "and platforms as stops (a stop mapped twice, pole and stop position, counts once). Only what "
            "lies within the legs' extent is kept. It adds to the layers above and the GTFS feed."))
        alg.add_parameter(QgsProcessingParameterFile(
            "GTFS", alg.tr("GTFS feed (.zip, or any .txt file of its folder; optional)"), compat.FILE_BEHAVIOR_FILE,
            "", None, True, alg.tr("GTFS feed (*.zip *.txt);;All files (*)")),
            alg.tr("A public-transport timetable in GTFS, as published on open-data portals: the .zip, or any "
                   ".txt file of an unzipped feed (its folder is read). Its stops and its lines (shapes.txt, "
                   "else straight lines through the stops) are used like the layers above, each line with the "
                   "mode of its routes (route_type: bus, coach, tram, metro, train, ferry...). A motorised leg that "
                   "passes "
                   "the stops of a trip at its scheduled times, on a day the trip runs, takes the route's mode;"
                   " the legs then get transit_route (the route's name) and transit_confidence (0-1). A bad "
                   "feed stops the algorithm with the file, the line and the field at fault."))


# ---------------------------------------------------------------------------------------- polygons
def read_polygons(alg, parameters, name, context, feedback, id_field=None):
    """``(ids, shapely polygons in EPSG:4326, wkbs in EPSG:4326)`` of a polygon layer, None when absent."""
    import shapely

    if not parameters.get(name):
        return None
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, name))
    frame, wkbs = frames.source_to_wkb_frame(source, context, feedback, fields=[id_field] if id_field else [],
                                          crs="EPSG:4326")
    keep = [i for i, w in enumerate(wkbs) if w is not None]
    if not keep:
        raise QgsProcessingException(alg.tr("The layer '{layer}' has no polygon.").format(
            layer=source_name(source, name)))
    geoms = shapely.make_valid(shapely.from_wkb([wkbs[i] for i in keep]))
    if id_field:
        ids = [str(v) if v is not None else str(i + 1) for i, v in zip(keep, frame[id_field].iloc[keep])]
    else:
        ids = [str(i + 1) for i in keep]
    report_zone_problems(alg, feedback, [wkbs[i] for i in keep], ids, source)
    return ids, list(geoms), source


def warn_if_empty(alg, feedback, source, n, what):
    """Say so when an input gave no row (``n == 0``): the output is empty too, not an error."""
    if n == 0 and feedback is not None:
        name = source.sourceName() if source is not None and hasattr(source, "sourceName") else ""
        feedback.pushWarning(alg.tr("The {what} layer {layer} has no feature: the output is empty.").format(
            what=what, layer=name or "-"))


def report_zone_problems(alg, feedback, wkbs, ids, source):
    """Push the warnings of ``core.geometry.zone_problems`` (self-intersecting or overlapping zones)."""
    import shapely

    from ..tracemob_plugin.core.geometry import zone_problems

    if feedback is None:
        return []
    geoms = shapely.from_wkb([w for w in wkbs if w is not None])
    warnings = zone_problems(geoms, ids, layer=source_name(source, "zones"))
    for warning in warnings:
        feedback.pushWarning(warning)
    return warnings


def add_weights_parameter(alg, name, help_text):
    """The optional participant-weights input (the output of 'Weight the panel to the population'), read back
    by :func:`read_weights`; ``help_text`` says what the weights change in this algorithm."""
    alg.add_parameter(QgsProcessingParameterFeatureSource(
        name, alg.tr("Participant weights (user_id, weight; empty: unweighted)"), [compat.TYPE_VECTOR],
        optional=True), help_text)


def read_weights(alg, parameters, name, context, feedback):
    """``(weights, replicates, margins)`` of a weights table parameter (the output of 'Weight the panel to
    the population'): ``{user_id: weight}``, the replicate-weight columns (``user_id, rw_001...``, None when
    it has none) and the text of its ``margins`` field (what the weights were raked to; "" when absent);
    ``(None, None, "")`` when the parameter is empty."""
    if not parameters.get(name):
        return None, None, ""
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        return None, None, ""
    names = source.fields().names()
    if "user_id" not in names or "weight" not in names:
        raise QgsProcessingException(alg.tr("The weights table needs the fields user_id and weight (the "
                                            "output of 'Weight the panel to the population')."))
    reps = [n for n in names if n.startswith("rw_") and n[3:].isdigit()]
    extra = ["margins"] if "margins" in names else []
    table = frames.source_to_table_frame(source, context, feedback, fields=["user_id", "weight"] + reps + extra)
    weights = dict(zip(table["user_id"].astype(str), table["weight"]))
    feedback.pushInfo(alg.tr("Weighted shares: {n} participant weights read.").format(n=len(weights)))
    margins = ""
    if extra:
        texts = table["margins"].dropna().astype(str).str.strip()
        margins = texts[texts != ""].iloc[0] if (texts != "").any() else ""
    if margins:
        feedback.pushInfo(alg.tr("The weights are raked to the margins {margins}.").format(margins=margins))
    return weights, (table[["user_id"] + reps] if reps else None), margins
