"""The road network in Processing: the network layer read into ``core.roads.network.Network`` (any CRS,
reprojected to WGS84, one-way, speed and name fields detected), map matching of legs on it, and the
attributes of network segments written with the results."""
import numpy as np
import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.geometry import parse_wkb_parts
from ..tracemob_plugin.core.vocab.columns import (
    MAXSPEED_FIELD_CANDIDATES,
    ONEWAY_FIELD_CANDIDATES,
    ROAD_CLASS_FIELD_CANDIDATES,
    ROAD_ID_FIELD_CANDIDATES,
    STREET_NAME_FIELD_CANDIDATES,
)
from . import cluster, frames
from .params import guess_field, optional_field, source_name

#: The one-way option (ONEWAY_DIRECTION): read the values, or a plain flag along / against the drawing.
ONEWAY_READ, ONEWAY_ALONG, ONEWAY_AGAINST = "field", "along", "against"


def add_network_parameters(alg):
    """NETWORK (a road line layer) and the options that read it (:func:`add_network_options`)."""
    alg.add_parameter(QgsProcessingParameterFeatureSource(
        "NETWORK", alg.tr("Road network (lines: OSM extract, IGN BD TOPO 'troncon_de_route'...; any CRS)"),
        [compat.TYPE_VECTOR_LINE]),
        alg.tr("The roads the legs are matched to. Any line layer in any CRS (reprojected to WGS84): lines are "
               "joined where their ends meet and cut at every junction into segments, the unit of the results. "
               "An OpenStreetMap layer keeps its roads only (rails, rivers and planned roads are left out)."))
    add_network_options(alg)


def add_network_options(alg, advanced=False):
    """How the NETWORK layer is read: ONEWAY_FIELD, ONEWAY_DIRECTION, SPEED_FIELD, NAME_FIELD (the first two
    shown, unless ``advanced``) and SNAP_M."""
    oneway = QgsProcessingParameterField(
        "ONEWAY_FIELD", alg.tr("One-way field of the network (empty: detect oneway or sens; none: all "
                               "roads two-way)"), None, "NETWORK", compat.FIELD_ANY, False, True)
    direction = alg.choice_parameter(
        "ONEWAY_DIRECTION", alg.tr("One-way roads run"),
        [(ONEWAY_READ, alg.tr("As the field says (OSM yes / -1, BD TOPO 'Sens direct' / 'Sens inverse')")),
         (ONEWAY_ALONG, alg.tr("In the direction the line is drawn (any 'yes' value)")),
         (ONEWAY_AGAINST, alg.tr("Against the direction the line is drawn (any 'yes' value)"))], ONEWAY_READ)
    if advanced:
        compat.set_advanced(oneway)
        compat.set_advanced(direction)
    alg.add_parameter(oneway, alg.tr(
        "The field of the network telling one-way streets: OSM oneway (yes, -1), IGN BD TOPO sens ('Sens "
        "direct', 'Sens inverse', 'Double sens') or 1 / -1 / 0. Left empty, a field named oneway or sens (or "
        "OSM's other_tags) is used; without one, every road is two-way."))
    alg.add_parameter(direction, alg.tr(
        "How to read the one-way field: its own values give the direction (OSM, BD TOPO), or the field only "
        "flags one-way roads (yes / no) and they all run along, or all against, the direction their line is "
        "drawn."))
    for name, label, help_text in (
            ("SPEED_FIELD", alg.tr("Speed limit field of the network (km/h; empty: detect maxspeed, else by road "
                                   "class)"),
             alg.tr("The field of the network giving the speed limit in km/h (OSM maxspeed such as 30 or "
                    "'20 mph'). Left empty, a field named maxspeed (or vitesse_moyenne_vl...) is used; roads "
                    "without a value get a speed from their road class.")),
            ("NAME_FIELD", alg.tr("Street name field of the network (empty: detect)"),
             alg.tr("The field of the network holding the street name, copied to the results so that they "
                    "can be read street by street. Left empty, a field named name, nom or nom_1_gauche is "
                    "used."))):
        alg.add_parameter(compat.set_advanced(QgsProcessingParameterField(
            name, label, None, "NETWORK", compat.FIELD_ANY, False, True)), help_text)
    alg.add_parameter(compat.set_advanced(QgsProcessingParameterNumber(
        "SNAP_M", alg.tr("Join network lines whose ends are closer than (m)"), compat.NUMBER_DOUBLE, 1.0,
        False, 0.0, 50.0)),
        alg.tr("Vertices of different lines closer than this distance are taken as the same point, so that "
               "roads drawn with small gaps still connect. Raise it for a layer whose lines do not quite "
               "meet; 0 joins only identical points."))


def read_network(alg, parameters, context, feedback, traces_source=None, progress=None):
    """Build the core ``network.Network`` from the NETWORK layer (reprojected to EPSG:4326)."""
    from ..tracemob_plugin.core.roads import network as core_network  # scipy: imported at first use

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
    oneway_f = optional_field(alg, parameters, "ONEWAY_FIELD", context) or guess_field(
        fields, ONEWAY_FIELD_CANDIDATES)
    speed_f = optional_field(alg, parameters, "SPEED_FIELD", context) or guess_field(fields, MAXSPEED_FIELD_CANDIDATES)
    name_f = optional_field(alg, parameters, "NAME_FIELD", context) or guess_field(fields, STREET_NAME_FIELD_CANDIDATES)
    class_f = guess_field(fields, ROAD_CLASS_FIELD_CANDIDATES)
    id_f = guess_field(fields, ROAD_ID_FIELD_CANDIDATES)
    # GDAL's OSM driver keeps oneway / maxspeed inside the hstore-like 'other_tags' field
    tags_f = "other_tags" if "other_tags" in fields.names() and not (oneway_f and speed_f) else None
    wanted = [f for f in dict.fromkeys([oneway_f, speed_f, name_f, class_f, id_f, tags_f]) if f]
    frame, wkbs = frames.source_to_wkb_frame(source, context, feedback, fields=wanted, crs="EPSG:4326")
    if tags_f:
        osm_oneway, osm_maxspeed = core_network.osm_oneway_and_maxspeed(frame[tags_f].to_numpy(object))
        if not oneway_f:
            frame["osm_oneway"] = osm_oneway
            oneway_f = "osm_oneway"
        if not speed_f:
            frame["osm_maxspeed"] = osm_maxspeed
            speed_f = "osm_maxspeed"
        feedback.pushInfo(alg.tr("OpenStreetMap layer: one-way streets, roundabouts and speed limits are read "
                                 "from its 'other_tags' field."))
    not_road = np.zeros(len(wkbs), dtype=bool)
    if class_f and class_f.lower() == "highway":
        not_road = core_network.not_road_lines(frame[class_f].to_numpy(object))
        if not_road.any():
            feedback.pushInfo(alg.tr("{n} lines of the network layer are not roads (no 'highway' value: rails, "
                                     "rivers, boundaries...; or planned, disused roads): left out.").format(
                                         n=int(not_road.sum())))
    xs, ys, line_of = [], [], []
    count = 0
    for i, wkb in enumerate(wkbs):   # a loop over features (parts), not over vertices
        if wkb is None or not_road[i]:
            continue
        px, py, _ = parse_wkb_parts(wkb)
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
    direction = alg.parameterAsChoice(parameters, "ONEWAY_DIRECTION", context)
    if oneway is not None and direction != ONEWAY_READ:
        oneway = core_network.oneway_one_direction(oneway, road_class, along=direction == ONEWAY_ALONG)
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


def match_legs(alg, parameters, context, feedback, net, legs, vertices, motor_only, start=20.0, end=70.0):
    """Map-match ``vertices`` of ``legs`` on ``net`` (the motor network when ``motor_only``)."""
    from ..tracemob_plugin.core.roads import mapmatching
    from ..tracemob_plugin.core.roads import network as core_network

    if motor_only:
        matched_net = core_network.motor_network(net)
        closed = int((matched_net.segments["oneway"] == core_network.CLOSED).sum())
        if closed:
            feedback.pushInfo(alg.tr("{n} network segments closed to motor traffic (footways, cycleways, "
                                     "paths...) are left out of the matching.").format(n=closed))
    else:
        matched_net = net
    dask = cluster.current_choice()   # (choice, origin): the Dask cluster option, off by default
    if dask[0].on:   # the same matching by partitions of whole participants, the network sent once
        res = cluster.run_match(alg, feedback, *dask, matched_net, vertices, legs, start=start, end=end)
    else:
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
