"""``tracemob:segmenttraveltimes``: legs (or points with leg ids) + a road network -> travel times per
road segment, direction and time-of-day band.

Also holds the glue shared with ``tracemob:beforeafter``: reading the legs or points, the mode
filter, the road network layer (any CRS, reprojected to WGS84, one-way field detected), the time
bands, the privacy threshold, and map matching the legs.
"""
import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ...tracemob_plugin import compat
from ...tracemob_plugin.core import privacy
from ..base import (
    TIME_FIELD_CANDIDATES,
    USER_FIELD_CANDIDATES,
    TracemobAlgorithm,
    _parse_into,
    guess_field,
    times_to_utc,
)
from .compute_emissions import add_period_parameters, read_period, source_name

DEFAULT_TZ = "Europe/Paris"
DEFAULT_BANDS = "7-9,9-16,16-19"

LEG_FIELD_CANDIDATES = ("leg_id", "section_id", "leg", "segment_id", "trip_id")
MODE_FIELD_CANDIDATES = ("mode", "main_mode", "mode_confirm", "transport_mode", "mode_label")
ONEWAY_FIELD_CANDIDATES = ("oneway", "one_way", "sens", "sens_circu", "sens_de_circulation", "dir_travel")
SPEED_FIELD_CANDIDATES = ("maxspeed", "max_speed", "speed_kmh", "vitesse_moyenne_vl", "vitesse", "speed")
CLASS_FIELD_CANDIDATES = ("highway", "road_class", "fclass", "nature", "importance", "type")
NAME_FIELD_CANDIDATES = ("name", "nom", "nom_1_gauche", "nom_voie_ban_gauche", "nom_voie", "street")
ID_FIELD_CANDIDATES = ("osm_id", "cleabs", "id", "link_id", "edge_id", "fid", "gid")

#: Modes left out by the default "motorised road traffic" filter: walking, cycling, rail, plane.
NOT_ROAD_MOTORISED = ("walk", "walking", "running", "on_foot", "bike", "bicycle", "cycling", "ebike",
                      "e-bike", "escooter", "e-scooter", "tram", "metro", "subway", "train", "rail", "plane",
                      "air", "unknown", "")
MODE_FILTERS = ("motorised", "all", "listed")

#: The one-way option (ONEWAY_DIRECTION): read the values, or a plain flag along / against the drawing.
ONEWAY_READ, ONEWAY_ALONG, ONEWAY_AGAINST = 0, 1, 2


# ---------------------------------------------------------------------------------------- parameters
def add_trace_parameters(alg):
    """LEGS (LineStringM, M = time) or POINTS + LEG_FIELD / TIME_FIELD / USER_FIELD / MODE_FIELD."""
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "LEGS", alg.tr("Legs (lines whose M value is the time, from 'Segment trips' or 'Infer transport "
                       "modes'; used when given)"), [compat.TYPE_VECTOR_LINE], None, True))
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "POINTS", alg.tr("Or: points with a leg identifier (used only when no legs layer is given)"),
        [compat.TYPE_VECTOR_POINT], None, True))
    for name, label in (("LEG_FIELD", alg.tr("Leg identifier field of the points (empty: detect leg_id)")),
                        ("TIME_FIELD", alg.tr("Time field of the points (empty: detect)")),
                        ("USER_FIELD", alg.tr("Participant field of the points (empty: detect)")),
                        ("MODE_FIELD", alg.tr("Mode field of the points (empty: detect mode; none: every "
                                              "leg is kept)"))):
        alg.addParameter(compat.set_advanced(QgsProcessingParameterField(
            name, label, None, "POINTS", compat.FIELD_ANY, False, True)))


def add_mode_parameters(alg):
    alg.addParameter(QgsProcessingParameterEnum(
        "MODE_FILTER", alg.tr("Legs used"),
        [alg.tr("Motorised road traffic (car, carpool, bus, motorcycle...; not walking, cycling, rail)"),
         alg.tr("All legs"),
         alg.tr("Only the modes listed below")], False, 0))
    alg.addParameter(QgsProcessingParameterString(
        "MODES", alg.tr("Modes to keep, comma-separated (with 'Only the modes listed below')"), "car,bus",
        False, True))


def add_network_parameters(alg):
    alg.addParameter(QgsProcessingParameterFeatureSource(
        "NETWORK", alg.tr("Road network (lines: OSM extract, IGN BD TOPO 'troncon_de_route'...; any CRS)"),
        [compat.TYPE_VECTOR_LINE]))
    alg.addParameter(QgsProcessingParameterField(
        "ONEWAY_FIELD", alg.tr("One-way field of the network (empty: detect oneway or sens; none: all "
                               "roads two-way)"), None, "NETWORK", compat.FIELD_ANY, False, True))
    alg.addParameter(QgsProcessingParameterEnum(
        "ONEWAY_DIRECTION", alg.tr("One-way roads run"),
        [alg.tr("As the field says (OSM yes / -1, BD TOPO 'Sens direct' / 'Sens inverse')"),
         alg.tr("In the direction the line is drawn (any 'yes' value)"),
         alg.tr("Against the direction the line is drawn (any 'yes' value)")], False, ONEWAY_READ))
    for name, label in (("SPEED_FIELD", alg.tr("Speed limit field of the network (km/h; empty: detect "
                                               "maxspeed, else by road class)")),
                        ("NAME_FIELD", alg.tr("Street name field of the network (empty: detect)"))):
        alg.addParameter(compat.set_advanced(QgsProcessingParameterField(
            name, label, None, "NETWORK", compat.FIELD_ANY, False, True)))
    alg.addParameter(compat.set_advanced(QgsProcessingParameterNumber(
        "SNAP_M", alg.tr("Join network lines whose ends are closer than (m)"), compat.NUMBER_DOUBLE, 1.0,
        False, 0.0, 50.0)))


def add_band_parameters(alg):
    alg.addParameter(QgsProcessingParameterString(
        "BANDS", alg.tr("Time-of-day bands, local hours (e.g. 7-9,9-16,16-19; empty: whole day)"),
        DEFAULT_BANDS, False, True))
    alg.addParameter(QgsProcessingParameterString(
        "TIMEZONE", alg.tr("Time zone of the study"), DEFAULT_TZ, False, False))


def add_privacy_parameter(alg):
    alg.addParameter(QgsProcessingParameterNumber(
        "MIN_USERS", alg.tr("Privacy: hide values seen by fewer distinct participants than"),
        compat.NUMBER_INTEGER, privacy.DEFAULT_MIN_USERS, False, 2))


# ---------------------------------------------------------------------------------------- readers
def _optional_field(alg, parameters, name, context):
    value = parameters.get(name)
    if value in (None, ""):
        return ""
    return alg.parameterAsString(parameters, name, context) or ""


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
        keep = [f for f in ("leg_id", "trip_id", "user_id", "mode", "mode_source") if f in names]
        legs = alg.source_to_table_frame(source, context, feedback, fields=keep)
        vertices = alg.source_to_vertices_frame(source, context, feedback, "leg_id")
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
        leg_f = alg.resolve_field(parameters, "LEG_FIELD", context, source, LEG_FIELD_CANDIDATES)
        time_f = alg.resolve_field(parameters, "TIME_FIELD", context, source, TIME_FIELD_CANDIDATES)
        user_f = alg.resolve_field(parameters, "USER_FIELD", context, source, USER_FIELD_CANDIDATES,
                                   required=False)
        mode_f = _optional_field(alg, parameters, "MODE_FIELD", context) or guess_field(
            fields, ("mode", "main_mode"))
        acc_f = guess_field(fields, ("accuracy_m", "accuracy", "horizontal_accuracy"))
        wanted = [f for f in dict.fromkeys([leg_f, time_f, user_f, mode_f, acc_f]) if f]
        pts = alg.source_to_points_frame(source, context, feedback, fields=wanted)
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


def filter_modes(alg, parameters, context, feedback, legs):
    """Legs kept by MODE_FILTER / MODES (with messages). Without a mode column every leg is kept."""
    choice = MODE_FILTERS[alg.parameterAsEnum(parameters, "MODE_FILTER", context)]
    if choice == "all":
        feedback.pushInfo(alg.tr("Mode filter: all {n} legs are used.").format(n=len(legs)))
        return legs
    if "mode" not in legs.columns:
        feedback.pushWarning(alg.tr("The legs have no mode field: all {n} legs are used, whatever their mode "
                                    "(walking and cycling legs included). Run 'Infer transport modes' first "
                                    "to keep only motorised traffic.").format(n=len(legs)))
        return legs
    mode = legs["mode"].astype(object).where(legs["mode"].notna(), "").astype(str).str.strip().str.lower()
    if choice == "motorised":
        keep = ~mode.isin(NOT_ROAD_MOTORISED)
        label = alg.tr("motorised road traffic")
    else:
        text = alg.parameterAsString(parameters, "MODES", context) or ""
        wanted = [m.strip().lower() for m in text.replace(";", ",").split(",") if m.strip()]
        if not wanted:
            raise QgsProcessingException(alg.tr("No mode listed: give modes such as car,bus in 'Modes to keep', "
                                                "or choose another 'Legs used' option."))
        keep = mode.isin(wanted)
        label = ", ".join(wanted)
    counts = mode[keep].value_counts().to_dict()
    feedback.pushInfo(alg.tr("Mode filter ({label}): {k} of {n} legs kept {counts}.").format(
        label=label, k=int(keep.sum()), n=len(legs), counts=counts))
    if not keep.any():
        raise QgsProcessingException(alg.tr(
            "No leg left after the mode filter ({label}); modes in the data: {modes}. Choose 'All legs' or "
            "other modes.").format(label=label, modes=mode.value_counts().to_dict() or "-"))
    return legs[keep.to_numpy()].reset_index(drop=True)


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


def read_network(alg, parameters, context, feedback, traces_source=None, progress=None):
    """Build the core ``network.Network`` from the NETWORK layer (reprojected to EPSG:4326)."""
    from ...tracemob_plugin.core import network as core_network

    source = alg.parameterAsSource(parameters, "NETWORK", context)
    if source is None:
        raise QgsProcessingException(alg.invalidSourceError(parameters, "NETWORK"))
    name = source_name(source, "network")
    fields = source.fields()
    net_crs = source.sourceCrs()
    if traces_source is not None:
        trace_crs = traces_source.sourceCrs()
        if net_crs.isValid() and trace_crs.isValid() and net_crs != trace_crs:
            feedback.pushWarning(alg.tr(
                "The road network is in {net} and the traces in {traces}: the network is reprojected to "
                "WGS84 (EPSG:4326) like the traces.").format(net=net_crs.authid() or net_crs.description(),
                                                             traces=trace_crs.authid() or trace_crs.description()))
    if not net_crs.isValid():
        feedback.pushWarning(alg.tr("The road network layer has no CRS: its coordinates are read as WGS84 "
                                    "longitude/latitude."))
    oneway_f = _optional_field(alg, parameters, "ONEWAY_FIELD", context) or guess_field(
        fields, ONEWAY_FIELD_CANDIDATES)
    speed_f = _optional_field(alg, parameters, "SPEED_FIELD", context) or guess_field(fields, SPEED_FIELD_CANDIDATES)
    name_f = _optional_field(alg, parameters, "NAME_FIELD", context) or guess_field(fields, NAME_FIELD_CANDIDATES)
    class_f = guess_field(fields, CLASS_FIELD_CANDIDATES)
    id_f = guess_field(fields, ID_FIELD_CANDIDATES)
    # GDAL's OSM driver keeps oneway / maxspeed inside the hstore-like 'other_tags' field
    tags_f = "other_tags" if "other_tags" in fields.names() and not (oneway_f and speed_f) else None
    wanted = [f for f in dict.fromkeys([oneway_f, speed_f, name_f, class_f, id_f, tags_f]) if f]
    frame, wkbs = alg.source_to_wkb_frame(source, context, feedback, fields=wanted, crs="EPSG:4326")
    if tags_f:
        tags = core_network.parse_osm_other_tags(frame[tags_f].to_numpy(object))
        if not oneway_f:
            roundabout = np.array([v in ("roundabout", "circular") for v in tags["junction"]])
            frame["osm_oneway"] = np.where(roundabout & (tags["oneway"] == None), "yes",  # noqa: E711
                                           tags["oneway"])
            oneway_f = "osm_oneway"
        if not speed_f:
            frame["osm_maxspeed"] = tags["maxspeed"]
            speed_f = "osm_maxspeed"
        feedback.pushInfo(alg.tr("OpenStreetMap layer: one-way streets, roundabouts and speed limits are read "
                                 "from its 'other_tags' field."))
    not_road = np.zeros(len(wkbs), dtype=bool)
    if class_f and class_f.lower() == "highway":
        highway = frame[class_f].to_numpy(object)
        not_road = np.array([not isinstance(h, str) or not h.strip() or h.strip().lower() in core_network.NOT_ROADS
                             for h in highway], dtype=bool)
        if not_road.any() and not not_road.all():
            feedback.pushInfo(alg.tr("{n} lines of the network layer are not roads (no 'highway' value: rails, "
                                     "rivers, boundaries...; or planned, disused roads): left out.").format(
                                         n=int(not_road.sum())))
        else:
            not_road[:] = False
    xs, ys, line_of = [], [], []
    count = 0
    for i, wkb in enumerate(wkbs):   # a loop over features (parts), not over vertices
        if wkb is None or not_road[i]:
            continue
        px, py, pm = [], [], []
        _parse_into(memoryview(wkb), 0, px, py, pm)
        for x, y in zip(px, py):
            if len(x) < 2:
                continue
            xs.append(x)
            ys.append(y)
            line_of.append(i)
            count += 1
    if count == 0:
        raise QgsProcessingException(alg.tr(
            "The road network layer '{name}' has no lines ({n} features). Choose a line layer with roads in "
            "the study area (an OSM extract, the IGN BD TOPO 'troncon_de_route' layer...).").format(
                name=name, n=len(wkbs)))
    line_of = np.asarray(line_of, dtype=np.int64)
    offsets = np.zeros(count + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(x) for x in xs])
    lon = np.concatenate(xs)
    lat = np.concatenate(ys)

    def column(f):
        return None if not f else frame[f].to_numpy(object)[line_of]

    oneway = column(oneway_f)
    road_class = column(class_f)
    direction = alg.parameterAsEnum(parameters, "ONEWAY_DIRECTION", context)
    if oneway is not None and direction != ONEWAY_READ:
        codes = core_network.parse_oneway(oneway, road_class)
        is_oneway = (codes == core_network.ONEWAY_FORWARD) | (codes == core_network.ONEWAY_BACKWARD)
        sign = core_network.ONEWAY_FORWARD if direction == ONEWAY_ALONG else core_network.ONEWAY_BACKWARD
        oneway = np.where(is_oneway, sign, np.where(codes == core_network.CLOSED, codes, 0)).astype(object)
    snap = alg.parameterAsDouble(parameters, "SNAP_M", context)
    net = alg.run_domain(core_network.build_network, lon, lat, offsets, oneway=oneway,
                         speed_kmh=column(speed_f), road_class=road_class, name=column(name_f),
                         source_id=column(id_f), snap_m=snap, layer=name, check_topology=True,
                         oneway_field=oneway_f or "oneway")
    rep = core_network.topology_report(net)
    feedback.pushInfo(alg.tr(
        "Road network '{name}' (CRS {crs}): {lines} lines, {segments} segments between junctions, {km:.1f} km, "
        "{oneway} one-way segments; one-way field: {field}; speed field: {speed}; name field: {street}.").format(
            name=name, crs=net_crs.authid() or "-", lines=rep["n_lines"], segments=rep["n_segments"],
            km=rep["total_length_km"], oneway=rep["n_oneway_segments"],
            field=("other_tags" if oneway_f == "osm_oneway" else oneway_f) or "-",
            speed=("other_tags" if speed_f == "osm_maxspeed" else speed_f) or "-", street=name_f or "-"))
    if not oneway_f:
        feedback.pushWarning(alg.tr("No one-way field found in the network (oneway, sens): every road is taken "
                                    "as two-way."))
    for w in net.warnings:
        feedback.pushWarning(w)
    return net, source


def read_min_users(alg, parameters, context, feedback):
    k = alg.run_domain(privacy.check_min_users, alg.parameterAsInt(parameters, "MIN_USERS", context))
    warning = privacy.min_users_warning(k)
    if warning:
        feedback.pushWarning(warning)
    return k


def read_bands(alg, parameters, context):
    """The BANDS text checked by the domain (an empty, unreadable or overlapping band raises)."""
    from ...tracemob_plugin.core import traveltimes

    text = alg.parameterAsString(parameters, "BANDS", context) or ""
    blist = alg.run_domain(traveltimes.parse_bands, text)
    return text, blist


def read_timezone(alg, parameters, context):
    tz = (alg.parameterAsString(parameters, "TIMEZONE", context) or DEFAULT_TZ).strip()
    try:
        pd.Timestamp("2026-01-01", tz=tz)
    except Exception:
        raise QgsProcessingException(alg.tr("Unknown time zone '{tz}': use a name like Europe/Paris.").format(
            tz=tz)) from None
    return tz


def match_legs(alg, parameters, context, feedback, net, legs, vertices, motor_only, start=20.0, end=70.0):
    """Map-match ``vertices`` of ``legs`` on ``net`` (the motor network when ``motor_only``)."""
    from ...tracemob_plugin.core import mapmatching
    from ...tracemob_plugin.core import network as core_network

    if motor_only:
        matched_net = core_network.motor_network(net)
        closed = int((matched_net.segments["oneway"] == core_network.CLOSED).sum())
        if closed:
            feedback.pushInfo(alg.tr("{n} network segments closed to motor traffic (footways, cycleways, "
                                     "paths...) are left out of the matching.").format(n=closed))
    else:
        matched_net = net
    progress, is_cancelled = alg.callbacks(feedback, start, end)
    res = alg.run_domain(mapmatching.match_legs, matched_net, vertices, legs=legs, progress=progress,
                         is_cancelled=is_cancelled)
    status = res.legs["status"].value_counts().to_dict() if len(res.legs) else {}
    feedback.pushInfo(alg.tr("Map matching: {n} legs ({status}), {km:.1f} km matched, {t} segment "
                             "traversals.").format(n=len(res.legs), status=status, km=res.matched_km,
                                                   t=len(res.traversals)))
    for w in res.warnings:
        feedback.pushWarning(w)
    return res


def segment_geometries(net, segment_ids, directions):
    """WKB of each (segment, direction): the segment drawn in the direction of travel."""
    from ...tracemob_plugin.core.geometry import linestrings_wkb

    sid = np.asarray(segment_ids, dtype=np.int64)
    d = np.asarray(directions, dtype=np.int64)
    a = net.seg_offsets[sid]
    b = net.seg_offsets[sid + 1] - 1
    # vertex index arrays, reversed for direction -1; one concatenated copy, then plain ranges
    n = b - a + 1
    starts = np.zeros(len(sid), dtype=np.int64)
    starts[1:] = np.cumsum(n)[:-1]
    pos = np.arange(int(n.sum()), dtype=np.int64) - np.repeat(starts, n)
    idx = np.where(np.repeat(d, n) < 0, np.repeat(b, n) - pos, np.repeat(a, n) + pos)
    return linestrings_wkb(net.vlon[idx], net.vlat[idx], starts, starts + n - 1)


def segment_attributes(net, segment_ids):
    """name, road class, length, speed limit and source id of the network segments (in the given order)."""
    segs = net.segments.set_index("segment_id")
    sid = np.asarray(segment_ids, dtype=np.int64)
    out = pd.DataFrame(index=range(len(sid)))
    out["name"] = segs["name"].reindex(sid).astype(object).where(lambda s: s.notna(), None).to_numpy()
    out["road_class"] = segs["road_class"].reindex(sid).astype(object).to_numpy()
    out["length_m"] = segs["length_m"].reindex(sid).to_numpy(float)
    out["speed_limit_kmh"] = segs["speed_kmh"].reindex(sid).to_numpy(float)
    out["source_id"] = segs["source_id"].reindex(sid).astype(str).to_numpy()
    return out


FREE_FLOW = ("p15", "night", "limit")
PARTIAL = ("drop", "prorate")


# ---------------------------------------------------------------------------------------- algorithm
class SegmentTravelTimesAlgorithm(TracemobAlgorithm):
    NAME = "segmenttraveltimes"
    GROUP = "network"

    OUTPUT = "OUTPUT"
    OUTPUT_TRAVERSALS = "OUTPUT_TRAVERSALS"
    OUTPUT_CHART = "OUTPUT_CHART"

    def displayName(self):  # noqa: N802
        return self.tr("Segment travel times")

    def shortHelpString(self):  # noqa: N802
        return self.tr(
            "Travel times street by street: the legs are matched to your road network (hidden Markov model "
            "map matching, after Newson and Krumm), each road segment driven gets an entry and an exit time, "
            "and the travel times are summarised per segment, direction and time-of-day band.\n\n"
            "Inputs: the legs of 'Segment trips' or 'Infer transport modes' (lines whose M value is the time "
            "of each point), or a points layer with a leg identifier field (used only when no legs layer is "
            "given). The road network is any line layer (an OpenStreetMap extract, the IGN BD TOPO "
            "'troncon_de_route' layer...) in any CRS: it is reprojected to WGS84, cut at junctions into "
            "segments, and its one-way field (OSM oneway, BD TOPO sens) is read so that nobody is matched "
            "against a one-way street.\n\n"
            "Legs used: by default motorised road traffic only (car, carpool, bus, motorcycle...; walking, "
            "cycling, rail and plane legs and legs of unknown mode are left out). Legs without a mode field "
            "are all used, with a warning.\n\n"
            "Time bands are local hours (time zone parameter), e.g. 7-9,9-16,16-19 for the morning peak, the "
            "day and the evening peak; a band may wrap midnight (22-6). Segments cut at the start or end of a "
            "leg (partial traversals) are dropped, or pro-rated to the whole segment when at least half of "
            "it was driven.\n\n"
            "Output: one line per segment, direction and time band, drawn in the direction of travel (each "
            "direction on its own side of the road). Filter it with the band field (e.g. band = '07-09') to "
            "map one period. Fields: n_traversals, n_users (distinct participants), tt_mean_s, tt_median_s, "
            "tt_p85_s (travel time in seconds), speed_median_kmh, free_flow_tt_s (the free-flow travel "
            "time: by default the time of the fastest 15 % of traversals over the whole day), speed_ratio "
            "(free-flow time / median time: 1 = free flow, 0.5 = twice as slow), delay_s (median minus "
            "free-flow time), low_sample (fewer traversals or participants than the minimum sample) and "
            "masked (seen by fewer participants than the privacy threshold: values hidden). The map colours "
            "the segments by speed ratio, from green (flowing) to red (congested); grey = too few trips to "
            "tell. Without a filter, each segment shows its most congested band.\n\n"
            "Optional outputs: the table of every traversal (one row per segment driven by a leg, with its "
            "entry and exit times) and a PNG chart of the median and 85th percentile travel times per band "
            "of the busiest segments (or of the segments you list).")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_trace_parameters(self)
        add_network_parameters(self)
        add_mode_parameters(self)
        add_band_parameters(self)
        add_period_parameters(self)
        self.addParameter(QgsProcessingParameterEnum(
            "PARTIAL", self.tr("Segments cut at the start or end of a leg"),
            [self.tr("Drop them"), self.tr("Pro-rate them to the whole segment (when at least half is driven)")],
            False, 0))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_TRAVERSALS", self.tr("Minimum sample: traversals per segment, direction and band"),
            compat.NUMBER_INTEGER, 5, False, 1))
        self.addParameter(QgsProcessingParameterNumber(
            "MIN_SAMPLE_USERS", self.tr("Minimum sample: distinct participants per segment, direction and band"),
            compat.NUMBER_INTEGER, 3, False, 1))
        add_privacy_parameter(self)
        self.addParameter(compat.set_advanced(QgsProcessingParameterEnum(
            "FREE_FLOW", self.tr("Free-flow travel time (reference of the speed ratio)"),
            [self.tr("Fastest 15 % of the segment's traversals over the day"),
             self.tr("Median at night (22 h - 6 h), else the fastest 15 %"),
             self.tr("Length at the speed limit")], False, 0)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterBoolean(
            "WEEKDAYS_ONLY", self.tr("Weekdays only (Monday to Friday)"), False)))
        self.addParameter(compat.set_advanced(QgsProcessingParameterString(
            "CHART_SEGMENTS", self.tr("Segments to chart (segment_id values, comma-separated; empty: the 6 "
                                      "busiest)"), "", False, True)))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Segment travel times"), compat.TYPE_VECTOR_LINE))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TRAVERSALS, self.tr("Segment traversals"), compat.TYPE_VECTOR, None, True, False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CHART, self.tr("Travel-time chart of the busiest segments (PNG)"),
            self.tr("PNG images (*.png)"), None, True, False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ...tracemob_plugin.core import traveltimes
        from ...tracemob_plugin.core.traveltime_charts import segment_chart

        tz = read_timezone(self, parameters, context)
        bands_text, blist = read_bands(self, parameters, context)
        min_users = read_min_users(self, parameters, context, feedback)
        legs, vertices, trace_source = read_traces(self, parameters, context, feedback)
        legs = filter_modes(self, parameters, context, feedback, legs)
        vertices = vertices[vertices["leg_id"].isin(set(legs["leg_id"]))].reset_index(drop=True)
        start, end = read_period(self, parameters, context)
        legs, vertices = prefilter_period(self, feedback, legs, vertices, start, end)
        feedback.setProgress(10)
        net, _ = read_network(self, parameters, context, feedback, trace_source)
        feedback.setProgress(20)
        motor_only = MODE_FILTERS[self.parameterAsEnum(parameters, "MODE_FILTER", context)] == "motorised"
        match = match_legs(self, parameters, context, feedback, net, legs, vertices, motor_only, 20.0, 75.0)
        self.check_cancelled(feedback)
        partial = PARTIAL[self.parameterAsEnum(parameters, "PARTIAL", context)]
        stats = self.run_domain(
            traveltimes.segment_travel_times, match.traversals, net, bands=bands_text, tz=tz, start=start,
            end=end, partial=partial, min_traversals=self.parameterAsInt(parameters, "MIN_TRAVERSALS", context),
            min_sample_users=self.parameterAsInt(parameters, "MIN_SAMPLE_USERS", context), min_users=min_users,
            free_flow=FREE_FLOW[self.parameterAsEnum(parameters, "FREE_FLOW", context)],
            weekdays_only=self.parameterAsBool(parameters, "WEEKDAYS_ONLY", context))
        for w in stats.attrs.get("warnings", []):
            if w != privacy.min_users_warning(min_users):   # already logged
                feedback.pushWarning(w)
        counts = stats.attrs.get("counts", {})
        published = stats[~stats["masked"]]
        feedback.pushInfo(self.tr(
            "{cells} segment x direction x band cells on {segs} segments from {used} complete traversals "
            "({total} matched); {pub} published, {low} of them below the minimum sample.").format(
                cells=len(stats), segs=stats["segment_id"].nunique(), used=counts.get("used", "-"),
                total=counts.get("input", "-"), pub=len(published), low=int(published["low_sample"].sum())))
        feedback.setProgress(85)

        out = {}
        table = stats.drop(columns=["band_index"]).reset_index(drop=True)
        attrs = segment_attributes(net, table["segment_id"])
        for col in attrs.columns:
            if col in table.columns:
                table = table.drop(columns=[col])
        table = pd.concat([table.iloc[:, :3], attrs, table.iloc[:, 3:]], axis=1)
        table["direction"] = table["direction"].astype(np.int64)
        wkb = segment_geometries(net, table["segment_id"], table["direction"])
        dest = self.frame_to_sink(parameters, self.OUTPUT, context, table, "line", wkb=wkb,
                                  wkb_type=compat.WKB_LINESTRING, crs=QgsCoordinateReferenceSystem("EPSG:4326"),
                                  feedback=feedback)
        self.style_output(context, dest, "segment_travel_times", self.tr("Segment travel times"))
        out[self.OUTPUT] = dest
        feedback.setProgress(90)
        if parameters.get(self.OUTPUT_TRAVERSALS):
            trav = match.traversals.copy()
            dest = self.frame_to_sink(parameters, self.OUTPUT_TRAVERSALS, context, trav, "none", feedback=feedback)
            if dest:
                out[self.OUTPUT_TRAVERSALS] = dest
        chart_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CHART, context) \
            if parameters.get(self.OUTPUT_CHART) else ""
        if chart_path:
            ids = self._chart_segments(parameters, context, stats)
            out[self.OUTPUT_CHART] = self.run_domain(segment_chart, stats, ids, chart_path)
        feedback.setProgress(100)
        return out

    def _chart_segments(self, parameters, context, stats):
        text = self.parameterAsString(parameters, "CHART_SEGMENTS", context) or ""
        wanted = [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]
        if not wanted:
            return None
        known = set(stats["segment_id"].tolist())
        ids = []
        for t in wanted:
            try:
                sid = int(float(t))
            except ValueError:
                sid = None
            if sid is None or sid not in known:
                raise QgsProcessingException(self.tr(
                    "Segment '{sid}' has no travel times: give segment_id values of the output layer.").format(sid=t))
            ids.append(sid)
        return ids
