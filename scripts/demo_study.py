"""The demo's simulated study, run by scripts/run_demo.py after the real days.

On the embedded OpenStreetMap network of central Helsinki (resources/sample/network, ODbL), through
QGIS Processing, every step writing into the demo GeoPackage with the prefix ``study_``:

1. ``tracemob:simulatetraces``: synthetic citizens for two weeks, a fifth of their tours by public transport
   on the generated lines (their GTFS feed written beside), with a circulation plan from the second Monday
   (Fabianinkatu closed to motor traffic, Unioninkatu slowed, a bus lane on the Bulevardi - Esplanadi
   corridor of bus line 3 and tram T1), and the truth beside;
2. ``tracemob:segmenttrips`` on the simulated phone points (with the feed's stops: a rider's wait at a stop stays
   inside the trip), ``tracemob:trainmodemodel`` on the legs the
   participants labelled (about a third of the trips, as in an OpenPATH study) and ``tracemob:infermodes``
   with that model and the GTFS feed (the default model, trained on e-mission's real days, reads many slow
   city-centre car legs of the simulator as bike; the feed names the bus, tram, metro and train rides);
3. ``tracemob:segmenttraveltimes``: car travel times per segment, direction and time band;
4. ``tracemob:beforeafter``: the plan's effect, study area around the closed street, control area
   to the west, with its one-page HTML summary, and with the GTFS feed the public-transport run times by
   stop-to-stop section before and after (the bus lane's sections);
5. ``tracemob:inferpurposes``, ``tracemob:odflows`` (1 km grid);
6. ``tracemob:weightpanel`` (the simulated participants weighted to illustrative population margins,
   ``resources/sample/margins``) and ``tracemob:modalshare`` on the grid, unweighted and weighted, side by
   side (the weighted one with 95 % ranges from replicate weights);
7. ``tracemob:exportshareable`` (a throwaway demo key) and ``tracemob:fmdattestation`` (PDF attestations).

The simulated population is small for a city (a demo must run in minutes), so the privacy
thresholds are lowered where noted in the log: never do that on a real study.
"""
import time
from pathlib import Path

START = "2026-03-02"   # a Monday
CHANGE = "2026-03-09"  # the plan starts on the second Monday
TZ = "Europe/Helsinki"
CLOSED_STREET = "Fabianinkatu"
SLOWED_STREET = "Unioninkatu"
#: the bus lane: the streets of bus line 3 and tram T1 between Hietalahti and the Esplanadi (the generated lines
#: follow the network, not the seed: tests/unit/test_bus_lane.py checks that they use these streets)
BUS_LANE_STREETS = "Bulevardi, Eteläesplanadi, Pohjoisesplanadi, Lönnrotinkatu"
BUS_LANE_LABEL = "Bulevardi - Esplanadi"
PT_SHARE = 0.2
GTFS_NAME = "study_gtfs.zip"
#: the street-level steps use the car legs only ("Only the modes listed below")
CAR_LEGS = {"MODE_FILTER": 2, "MODES": "car,carpool"}
# lon/lat boxes: the study area around the closed street and its detour, a control area to the west
STUDY_BOX = (24.9470, 60.1650, 24.9530, 60.1715)
CONTROL_BOX = (24.9355, 60.1645, 24.9425, 60.1720)
PREFIX = "study_"
#: illustrative population margins (role, car in the household) the demo weights the simulated panel to
MARGINS = Path(__file__).resolve().parents[1] / "resources" / "sample" / "margins" / "demo_population_margins.csv"
DEMO_KEY = "tracemob-demo-key-not-for-real-studies"


def _box_layer(name, box, zone_id):
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=zone_id:string(20)", name, "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*box)))
    feature.setAttribute("zone_id", zone_id)
    layer.dataProvider().addFeatures([feature])
    return layer


def _write_layer(layer, gpkg, table, context):
    """Copy a layer into the GeoPackage (table ``table``, replaced if present); returns its URI."""
    import processing

    processing.run("native:extractbyexpression", {
        "INPUT": layer, "EXPRESSION": "true", "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{table}\""},
        context=context)
    return f"{gpkg}|layername={table}"


def study_steps(citizens, days, out_dir):
    """(algorithm id, parameters with {table} placeholders, main output table, note) of each step."""
    key_file = out_dir / "study_demo_key.txt"
    return [
        ("tracemob:simulatetraces", {
            "CITIZENS": citizens, "DAYS": days, "START_DATE": START, "SEED": 7, "TIMEZONE": TZ,
            "PLAN_DATE": CHANGE, "PLAN_ID_KIND": 2, "PLAN_CLOSED": CLOSED_STREET, "PLAN_SPEED": SLOWED_STREET,
            "PLAN_SPEED_FACTOR": 0.77, "PLAN_BUS_LANE": BUS_LANE_STREETS, "MODE_MIX": 2, "PT_SHARE": PT_SHARE,
            "OUTPUT_GTFS": "#" + GTFS_NAME, "OUTPUT_POINTS": "{points}", "OUTPUT_TRIPS": "{truth_trips}", "OUTPUT_LEGS": "{truth_legs}",
            "OUTPUT_TRAVERSALS": "{truth_traversals}", "OUTPUT_PLACES": "{truth_places}",
            "OUTPUT_LABELS": "{labels}", "OUTPUT_SEGMENTS": "{network}", "OUTPUT_PARTICIPANTS": "{participants}"},
         None),
        # the feed's stops: a rider's wait at a stop stays inside the trip (a wait leg), as a survey counts it
        ("tracemob:segmenttrips", {
            "INPUT": "@points", "GTFS": str(out_dir / GTFS_NAME), "OUTPUT_STAYS": "{stays}", "OUTPUT_TRIPS": "{trips}",
            "OUTPUT_LEGS": "{legs}"},
         None),
        # the study's own mode model, trained on the legs its participants labelled (as a planner would)
        ("tracemob:trainmodemodel", {"INPUT": "@legs", "LABELS": "@labels", "USER_FIELD": "user_id",
                                     "OUTPUT": "#study_mode_model.json"}, None),
        ("tracemob:infermodes", {"INPUT": "@legs", "LABELS": "@labels",
                                 "MODEL": str(out_dir / "study_mode_model.json"), "GTFS": str(out_dir / GTFS_NAME),
                                 "OUTPUT": "{modes}"}, None),
        # the streets' travel times and the plan's effect on them are the cars' (the default would add the buses,
        # which the plan's speed change does not touch, and the rail rides read as buses); buses: OUTPUT_TRANSIT
        ("tracemob:segmenttraveltimes", {
            "LEGS": "@modes", "NETWORK": "@network", "TIMEZONE": TZ, "MIN_USERS": 5, **CAR_LEGS,
            "OUTPUT": "{traveltimes}", "OUTPUT_TRAVERSALS": "{traversals}",
            "OUTPUT_CHART": "#segmenttraveltimes_chart.png"},
         "MIN_USERS=5"),
        ("tracemob:beforeafter", {
            "LEGS": "@modes", "TRIPS": "@trips", "NETWORK": "@network", "TIMEZONE": TZ, **CAR_LEGS,
            "CHANGE_DATE": CHANGE, "STUDY_AREA": "@area", "CONTROL_AREA": "@control_area",
            # every simulated day, as the demo was calibrated (the defaults keep weekdays only and leave out
            # French public holidays, which a Helsinki study does not have)
            "WEEKDAYS_ONLY": False, "EXCLUDE_HOLIDAYS": False,
            "MIN_USERS": 5, "MIN_TRIPS": 5, "N_BOOT": 400, "SEED": 1,
            "OUTPUT_SEGMENTS": "{beforeafter_segments}", "OUTPUT_ZONES": "{beforeafter_zones}",
            "OUTPUT_MODAL_SHARE": "{beforeafter_modalshare}", "OUTPUT_REROUTING": "{beforeafter_rerouting}",
            "OUTPUT_DID": "{beforeafter_did}", "OUTPUT_REPORT": "#beforeafter_summary.html",
            # the bus lane: run times of the public-transport sections the riders rode, before and after
            "GTFS": str(out_dir / GTFS_NAME), "OUTPUT_TRANSIT": "{beforeafter_transit}"},
         "MIN_USERS=5, MIN_TRIPS=5, every day (weekends kept)"),
        ("tracemob:inferpurposes", {
            "TRIPS": "@trips", "STAYS": "@stays", "LABELS": "@labels", "TIMEZONE": TZ,
            "OUTPUT": "{purposes}", "OUTPUT_PLACES": "{places}", "OUTPUT_HOMEWORK": "{homework}"}, None),
        ("tracemob:odflows", {
            "TRIPS": "@purposes", "ZONES": "@grid", "MIN_USERS": 5,
            "OUTPUT_TABLE": "{od_table}", "OUTPUT_LINES": "{od_lines}"}, "MIN_USERS=5"),
        # modal share of the panel as it is, then weighted to (illustrative) population margins: side by side
        ("tracemob:weightpanel", {
            "PARTICIPANTS": "@participants", "MARGINS": str(MARGINS), "TRIM_LOW": 0.2, "TRIM_HIGH": 5.0,
            "REPLICATES": 100, "OUTPUT": "{weights}", "OUTPUT_DIAGNOSTICS": "{weights_diagnostics}"}, None),
        ("tracemob:modalshare", {
            "TRIPS": "@purposes", "LEGS": "@modes", "ZONES": "@grid", "MIN_USERS": 5, "MIN_TRIPS": 5,
            "OUTPUT": "{modalshare}", "OUTPUT_TABLE": "{modalshare_table}"}, "MIN_USERS=5, MIN_TRIPS=5"),
        ("tracemob:modalshare", {
            "TRIPS": "@purposes", "LEGS": "@modes", "ZONES": "@grid", "MIN_USERS": 5, "MIN_TRIPS": 5,
            "WEIGHTS": "@weights", "OUTPUT": "{modalshare_weighted}", "OUTPUT_TABLE": "{modalshare_weighted_table}"},
         "MIN_USERS=5, MIN_TRIPS=5"),
        ("tracemob:exportshareable", {
            "TRIPS": "@purposes", "LEGS": "@modes", "STAYS": "@stays", "KEY_FILE": str(key_file),
            "TIMEZONE": TZ, "OUTPUT": "#study_shareable_export"}, None),
        ("tracemob:fmdattestation", {
            "TRIPS": "@purposes", "LEGS": "@modes", "YEAR": int(START[:4]),
            "EMPLOYER": "Employeur de démonstration / Demo employer", "TIMEZONE": TZ,
            "OUTPUT": "{fmd}", "OUTPUT_FOLDER": "#study_fmd_attestations"}, None),
    ]


def run_study(out_dir, gpkg, context, feedback_factory, log, step, n_steps, citizens=150, days=14):
    """Run the simulated study; returns (layers table->uri, files, notes, failures, titles, step)."""
    import processing
    from osgeo import gdal
    from tracemob.tracemob_plugin.core.i18n import tr

    layers, files, notes, failures, titles = {}, [], [], [], {}
    out_dir = Path(out_dir)
    (out_dir / "study_demo_key.txt").write_text(DEMO_KEY + "\n", encoding="utf-8")
    made_areas = False
    for alg_id, template, lowered in study_steps(citizens, days, out_dir):
        step += 1
        from qgis.core import QgsApplication

        alg = QgsApplication.processingRegistry().algorithmById(alg_id)
        if alg is None:
            log(f"step {step}/{n_steps} {alg_id}: skipped (not in the provider)")
            failures.append(f"{alg_id} is not in the provider")
            continue
        if not made_areas and "network" in {k[len(PREFIX):] for k in layers}:
            layers[PREFIX + "area"] = _write_layer(_box_layer("study_area", STUDY_BOX, "study"), gpkg,
                                                   PREFIX + "area", context)
            layers[PREFIX + "control_area"] = _write_layer(
                _box_layer("control_area", CONTROL_BOX, "control"), gpkg, PREFIX + "control_area", context)
            titles[PREFIX + "area"] = tr("Study area")
            titles[PREFIX + "control_area"] = tr("Control area")
            processing.run("native:creategrid", {
                "TYPE": 2, "EXTENT": "24.930,24.960,60.160,60.176 [EPSG:4326]", "HSPACING": 0.0090,
                "VSPACING": 0.0045, "CRS": "EPSG:4326",
                "OUTPUT": f"ogr:dbname='{gpkg}' table=\"{PREFIX}grid\""}, context=context)
            layers[PREFIX + "grid"] = f"{gpkg}|layername={PREFIX}grid"
            titles[PREFIX + "grid"] = tr("Zones (grid of about 500 m)")
            made_areas = True
        params, sinks, outs, absent = {}, {}, {}, []
        valid = {p.name() for p in alg.parameterDefinitions()}
        for name, value in template.items():
            if name not in valid:
                notes.append(f"{alg_id}: parameter {name} is not known, left out")
                continue
            if isinstance(value, str) and value.startswith("{"):
                table = PREFIX + value.strip("{}")
                params[name] = f"ogr:dbname='{gpkg}' table=\"{table}\""
                sinks[name] = table
                titles[table] = alg.parameterDefinition(name).description()
            elif isinstance(value, str) and value.startswith("@"):
                table = PREFIX + value[1:]
                if table not in layers:
                    absent.append(value[1:])
                    continue
                params[name] = layers[table]
            elif isinstance(value, str) and value.startswith("#"):
                path = out_dir / value[1:]
                params[name] = str(path)
                outs[name] = path
            else:
                params[name] = value
        required = [n for n in absent if n in ("points", "legs", "modes", "network", "trips", "purposes",
                                               "participants", "weights")]
        if "WEIGHTS" in params:
            for table in sinks.values():
                titles[table] = tr("{title} (weighted)").format(title=titles[table])
        if required:
            log(f"step {step}/{n_steps} {alg_id}: skipped (needs {', '.join(required)}, not produced)")
            failures.append(f"{alg_id} skipped: needs {', '.join(required)}")
            continue
        log(f"step {step}/{n_steps} {alg_id} ({alg.displayName()}) [simulated study]")
        if lowered:
            log(f"      demo setting {lowered}: a small simulated population (never lower the privacy "
                "thresholds on a real study)")
        started = time.perf_counter()
        gdal.PushErrorHandler("CPLQuietErrorHandler")
        try:
            result = processing.run(alg_id, params, context=context, feedback=feedback_factory())
        except Exception as exc:  # QgsProcessingException: report, keep going
            log("      FAILED: {}".format(str(exc).strip().splitlines()[-1] if str(exc).strip() else exc))
            failures.append(f"{alg_id}: {exc}")
            continue
        finally:
            gdal.PopErrorHandler()
        for pname, table in sinks.items():
            if result.get(pname):
                layers[table] = f"{gpkg}|layername={table}"
        for pname, path in outs.items():
            produced = Path(result.get(pname) or path)
            if produced.exists():
                files.append(produced)
        made = ", ".join(sorted(t for p, t in sinks.items() if result.get(p)))
        log(f"      done in {time.perf_counter() - started:.1f} s: {made}")
    return layers, files, notes, failures, titles, step


#: QML of each study table (resources/styles/<name>.qml); None: no style
STYLES = {
    "study_points": "points", "study_truth_trips": "trips", "study_truth_legs": "simulated_legs",
    "study_truth_places": "simulated_places", "study_network": "simulated_network", "study_stays": "stays",
    "study_trips": "trips", "study_legs": "legs", "study_modes": "modes",
    "study_traveltimes": "segment_travel_times", "study_beforeafter_segments": "beforeafter_segments",
    "study_beforeafter_zones": "beforeafter_zones", "study_beforeafter_transit": "beforeafter_segments",
    "study_purposes": "purposes", "study_places": "places",
    "study_od_lines": "odflows", "study_modalshare": "modalshare", "study_modalshare_weighted": "modalshare",
}
#: layers of the study shown when the project opens (the others are in the group, unticked)
VISIBLE = ("study_traveltimes", "study_area", "study_control_area", "study_network")


def style_name(table):
    return STYLES.get(table)


def outline(layer, rgb):
    """A plain outline style for the study and control areas."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer

    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "{},{},{}".format(*rgb),
                                         "outline_width": "0.8", "outline_style": "dash"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


#: Families tried for the layouts, first installed wins (else the system's general font).
PREFERRED_FONTS = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica", "Segoe UI",
                   "Open Sans", "Cantarell", "Ubuntu")
_FONT_FAMILY = []  # the chosen family, once


def choose_font_family():
    """An installed sans-serif family: never a name QGIS would not find when the project opens."""
    if not _FONT_FAMILY:
        from qgis.PyQt.QtGui import QFontDatabase
        from tracemob.tracemob_plugin.compat import enum, font_families

        installed = set(font_families())
        general = QFontDatabase.systemFont(enum(QFontDatabase, "SystemFont", "GeneralFont")).family()
        found = [f for f in PREFERRED_FONTS if f in installed] + ([general] if general in installed else [])
        _FONT_FAMILY.append(found[0] if found else sorted(installed)[0])
    return _FONT_FAMILY[0]


def font(size, bold=False):
    """A QFont of the installed family (:func:`choose_font_family`)."""
    from qgis.PyQt.QtGui import QFont

    result = QFont(choose_font_family())
    result.setPointSizeF(size)
    result.setBold(bold)
    return result


def legend_fonts(legend, size):
    """Every text style of a legend in the installed family (the defaults name Qt's default family)."""
    from tracemob.tracemob_plugin.compat import layout_enums

    enums = layout_enums()
    legend.setStyleFont(enums["symbol_label"], font(size))
    legend.setStyleFont(enums["subgroup"], font(size + 1, bold=True))
    legend.setStyleFont(enums["group"], font(size + 1, bold=True))
    legend.setStyleFont(enums["title"], font(size + 2, bold=True))


#: A4 landscape (mm) and the margin kept free at its edges
PAGE_W, PAGE_H, PAGE_MARGIN = 297.0, 210.0, 4.0


def legend_box(legend):
    """(x, y, width, height) of a legend in mm on its page."""
    pos, size = legend.positionWithUnits(), legend.sizeWithUnits()
    return pos.x(), pos.y(), size.width(), size.height()


def legend_fits(legend):
    x, y, w, h = legend_box(legend)
    return y + h <= PAGE_H - PAGE_MARGIN and x + w <= PAGE_W - PAGE_MARGIN


def fit_legend(legend, max_columns=5):
    """Keep a legend on the page: the largest text that fits, in as few columns as possible (a layer's
    classes may then go over columns). Only after the legend has been painted once (an export):
    before, QGIS does not size legends (adjustBoxSize does nothing). True when it fits."""
    from tracemob.tracemob_plugin.compat import layout_enums

    legend.adjustBoxSize()
    if legend_fits(legend):
        return True
    base = legend.styleFont(layout_enums()["symbol_label"]).pointSizeF()
    first_columns, split = legend.columnCount(), legend.splitLayer()
    size = base
    while size >= 5:
        legend_fonts(legend, size)
        for columns in range(first_columns, max_columns + 1):
            legend.setColumnCount(columns)
            legend.setSplitLayer(split or columns > first_columns)
            legend.adjustBoxSize()
            if legend_fits(legend):
                return True
        size -= 0.5
    return False


def export_fitted(layout, legends, png_path, dpi):
    """Export the layout to PNG; when a legend runs off the page (QGIS sized it while painting it),
    fit it (:func:`fit_legend`) and export again, so the PNG and the saved project show the fitted one."""
    export_png(layout, png_path, dpi)
    if not all(legend_fits(legend) for legend in legends):
        for legend in legends:
            fit_legend(legend)
        export_png(layout, png_path, dpi)


def layout_map(layout, x, y, width, height):
    """An empty map item at (x, y) of width x height mm (millimetres: the layout's units).

    Its scene rectangle is set in one call: ``setRect`` then ``attemptResize`` to the same size (the
    demo's former way) made the resize a no-op and saved the map as 0 x 0 mm, blank once the project
    is opened (issue 11); ``attemptResize`` alone leaves the map's extent empty, and zooming an empty
    extent gives a NaN scale. Zoom it afterwards with ``zoomToExtent``."""
    from qgis.core import QgsLayoutItemMap
    from qgis.PyQt.QtCore import QRectF

    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptSetSceneRect(QRectF(x, y, width, height))
    return item


def layout_label(layout, text, size, x, y, width, height, bold=False):
    """A text box at (x, y) mm of a print layout, in the installed family."""
    from qgis.core import QgsLayoutItemLabel, QgsLayoutPoint, QgsLayoutSize
    from qgis.PyQt.QtGui import QColor
    from tracemob.tracemob_plugin.compat import layout_enums

    mm = layout_enums()["mm"]
    item = QgsLayoutItemLabel(layout)
    item.setText(text)
    item.setFont(font(size, bold))
    item.setFontColor(QColor(30, 30, 30))
    layout.addLayoutItem(item)
    item.attemptMove(QgsLayoutPoint(x, y, mm))
    item.attemptResize(QgsLayoutSize(width, height, mm))
    return item


def export_png(layout, png_path, dpi):
    """Render a print layout to PNG; raises RuntimeError when QGIS cannot."""
    from osgeo import gdal
    from qgis.core import QgsLayoutExporter
    from tracemob.tracemob_plugin.compat import layout_enums

    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # QGIS tries to georeference the PNG in place: noise
    try:
        result = exporter.exportToImage(str(png_path), settings)
    finally:
        gdal.PopErrorHandler()
    if result != layout_enums()["export_success"]:
        raise RuntimeError(f"PNG export failed ({result}): {exporter.errorMessage()}")


def render_study_png(project, layers, png_path, texts, dpi):
    """A4 landscape: travel times (left) and the plan's effect (right) on the sample network."""
    from qgis.core import (
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsPrintLayout,
        QgsTextFormat,
    )
    from qgis.PyQt.QtGui import QColor
    from tracemob.tracemob_plugin.compat import layout_enums
    from tracemob.tracemob_plugin.core.i18n import tr

    enums = layout_enums()
    mm = enums["mm"]
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(tr("Tracemob simulated study"))

    def label(text, size, x, y, width, height, bold=False):
        layout_label(layout, text, size, x, y, width, height, bold)

    def panel(x, names, legend_names):
        shown = [layers[n] for n in names if n in layers]
        item = layout_map(layout, x, 39, 138, 106)
        item.setCrs(project.crs())
        item.setLayers(shown)
        item.setKeepLayerSet(True)
        item.setFrameEnabled(True)
        item.setBackgroundColor(QColor(250, 250, 248))
        from qgis.core import QgsCoordinateTransform

        base = layers.get("study_network") or shown[0]
        to_map = QgsCoordinateTransform(base.crs(), project.crs(), project)
        extent = to_map.transformBoundingBox(base.extent())
        extent.scale(1.04)
        item.zoomToExtent(extent)
        bar = QgsLayoutItemScaleBar(layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(item)
        bar.setUnits(enums["m"])
        bar.setUnitLabel("m")
        bar.setNumberOfSegments(2)
        bar.setNumberOfSegmentsLeft(0)
        bar.setUnitsPerSegment(500)
        text_format = QgsTextFormat()
        text_format.setFont(font(8))
        text_format.setSize(8)
        bar.setTextFormat(text_format)
        layout.addLayoutItem(bar)
        bar.attemptMove(QgsLayoutPoint(x + 3, 135, mm))
        legend = QgsLayoutItemLegend(layout)
        legend.setTitle("")
        legend.setLinkedMap(item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for name in legend_names:
            if name in layers:
                root.addLayer(layers[name])
        legend_fonts(legend, 7)
        layout.addLayoutItem(legend)
        legend.attemptMove(QgsLayoutPoint(x, 147, mm))
        legends.append(legend)

    legends = []
    label(texts["title"], 15, 8, 5, 281, 10, bold=True)
    label(texts["subtitle"], 9, 8, 15, 281, 13)
    label(texts["left"], 10, 8, 28.5, 138, 10, bold=True)
    label(texts["right"], 10, 151, 28.5, 138, 10, bold=True)
    panel(8, ["study_traveltimes", "study_network"], ["study_traveltimes"])
    panel(151, ["study_area", "study_control_area", "study_beforeafter_segments", "study_network"],
          ["study_beforeafter_segments"])   # the areas are explained in the subtitle
    project.layoutManager().addLayout(layout)
    export_fitted(layout, legends, png_path, dpi)
    return layout
