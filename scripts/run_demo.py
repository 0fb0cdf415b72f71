#!/usr/bin/env python3
"""Tracemob demo: the embedded real e-mission days through QGIS Processing, headless.

Run with the venv's Python (``scripts/run_demo.sh`` sets the environment up first)::

    .venv/bin/python scripts/run_demo.py [--out out/demo] [--lang fr|en]

Steps: ``tracemob:importtraces`` then ``tracemob:segmenttrips`` and, when the provider has them,
``tracemob:infermodes``, ``tracemob:computeemissions``, ``tracemob:modalshare`` and
``tracemob:co2report``. Everything is written into the output folder (default ``out/demo``):

* ``tracemob_demo.gpkg``: every layer (points, stays, trips, legs, gaps, modes ...), each with its
  Tracemob style saved as the default style in the GeoPackage;
* ``tracemob_demo.qgz``: a QGIS project with those layers (relative paths), styled, over an
  OpenStreetMap basemap (needs internet to show), opening on the data (saved view and full
  extent), with the print layouts of the two maps below (A4, fonts installed on this computer);
* ``tracemob_demo_map.png``: the map rendered headless (title, legend, scale bar; no basemap);
* the charts and reports the indicator algorithms produce (``*.png``, ``*.csv``, ``*.html``).

The language (layer names, legends, titles) is QGIS's: the user's QGIS profile setting
(``locale/userLocale`` when "override system locale" is ticked), else the system locale; ``--lang``
overrides it. The source data is only read. Re-running overwrites only the files listed above.
"""
import argparse
import os
import shutil
import sys
import time
import warnings
from pathlib import Path

import demo_study  # scripts/demo_study.py, beside this file

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = ROOT / "resources" / "sample" / "emission"
STYLES_DIR = ROOT / "resources" / "styles"
GPKG_NAME = "tracemob_demo.gpkg"
PROJECT_NAME = "tracemob_demo.qgz"
PNG_NAME = "tracemob_demo_map.png"
STUDY_PNG_NAME = "tracemob_study_map.png"
STUDY_CITIZENS = 150
STUDY_DAYS = 14
OSM_URI = "type=xyz&url=https://tile.openstreetmap.org/%7Bz%7D/%7Bx%7D/%7By%7D.png&zmax=19&zmin=0"

# (algorithm id, optional, name of the layer its main "OUTPUT" gets in the GeoPackage)
PIPELINE = [
    ("tracemob:importtraces", False, "imported_points"),
    ("tracemob:segmenttrips", False, "trips"),
    ("tracemob:infermodes", True, "modes"),
    ("tracemob:computeemissions", True, "emissions"),
    ("tracemob:modalshare", True, "modalshare"),
    ("tracemob:co2report", True, "co2report"),
]
# Inputs wired by keyword of the parameter name; an unqualified INPUT takes the first that exists.
DEFAULT_INPUT = {
    "tracemob:segmenttrips": ["imported_points"],
    "tracemob:infermodes": ["legs"],
    "tracemob:computeemissions": ["modes", "legs"],
    "tracemob:modalshare": ["emissions", "modes", "legs"],
    "tracemob:co2report": ["emissions", "modes", "legs"],
}
# Layer parameters wired by keyword of their name (LEGS, INPUT_LEGS...): first existing candidate.
KEYWORD_INPUT = {
    "legs": ["emissions", "modes", "legs"],
    "trips": ["trips"],
    "stays": ["stays"],
    "motion": ["motion"],
    "labels": ["labels"],
    "points": ["points", "imported_points"],
}
# The sample holds one participant: the privacy thresholds are lowered to their floor (2 participants,
# below which no algorithm goes: the zones of the one participant stay masked; 1 trip). Never do this on
# a real study.
OVERRIDES = {
    "tracemob:modalshare": {"MIN_USERS": 2, "MIN_TRIPS": 1},
}
# Outputs of these steps keep their short name (stays, legs...); later ones are prefixed
# (modalshare_table, co2report_by_mode...).
UNPREFIXED = {"tracemob:importtraces", "tracemob:segmenttrips"}
# A step whose input layer was not produced (e.g. no mode inference yet) is skipped with a note.
REQUIRES = {
    "tracemob:computeemissions": ["modes"],
    "tracemob:modalshare": ["modes"],
    "tracemob:co2report": ["emissions"],
}
# Drawing order of the map, top first (a layer absent from the GeoPackage is ignored). The legs are
# drawn from the most refined layer available (with modes / CO2e when inferred).
MAP_ORDER = ["stays", "modes", "emissions", "legs", "trips", "points", "imported_points"]
LEGS_LIKE = ["modes", "emissions", "legs"]  # the map shows the first available (legs by mode)


def log(msg=""):
    print(msg, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Run the Tracemob demo on the embedded e-mission sample.")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "demo",
                        help="output folder (default: out/demo in the repository)")
    parser.add_argument("--sample", type=Path, default=SAMPLE_DIR,
                        help="folder of e-mission JSON days (default: resources/sample/emission)")
    parser.add_argument("--lang", choices=["en", "fr"], default=None,
                        help="language of the layer names, legends, titles and messages (default: the language "
                             "QGIS runs in, from the user's QGIS profile or the system locale)")
    parser.add_argument("--dpi", type=int, default=110, help="resolution of the PNG map (default: 110)")
    parser.add_argument("--study-citizens", type=int, default=STUDY_CITIZENS,
                        help=f"simulated citizens of the study on the sample network (default: {STUDY_CITIZENS})")
    parser.add_argument("--study-days", type=int, default=STUDY_DAYS,
                        help=f"simulated days, the plan starting on day 8 (default: {STUDY_DAYS})")
    parser.add_argument("--no-study", action="store_true",
                        help="only the real e-mission days, without the simulated study")
    return parser.parse_args(argv)


# --------------------------------------------------------------------------- QGIS set-up

_QGIS_APP = []  # the QgsApplication, kept here so that it outlives main()'s local variables


def start_qgis():
    """QgsApplication offscreen with Processing initialised. Returns the application.

    The application is also kept in a module global: when main() returns, Python deletes its local
    variables in the order they were first assigned, so ``app`` would be deleted before the
    QgsProject written later, and since QGIS 3.26 deleting a QgsProject after the application
    crashes (its style settings remove the project's style from the application's style model,
    already gone): the demo died with a segmentation fault at exit on QGIS 3.40."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    _QGIS_APP.append(app)
    # The repository root must not be importable as-is: its processing/ would shadow QGIS's.
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
    plugins = "/usr/share/qgis/python/plugins"
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    return app


def load_package():
    """Import this working tree as the plugin package ``tracemob`` (scripts/devpath.py)."""
    if str(ROOT / "scripts") not in sys.path:
        sys.path.insert(0, str(ROOT / "scripts"))
    import devpath

    return devpath.load_tracemob()


def load_provider():
    """Register the Tracemob provider of this working tree; returns it."""
    load_package()
    from qgis.core import QgsApplication
    from tracemob.processing.provider import TracemobProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("tracemob")
    if provider is None:
        provider = TracemobProvider()
        registry.addProvider(provider)
    for module, error in getattr(provider, "failures", []):
        log(f"      warning: algorithm module {module} could not be loaded: {error}")
    return provider


def qgis_profile_settings():
    """The user's QGIS settings (``<profiles>/<default profile>/QGIS/QGIS3.ini``, as QGIS itself finds
    them, honouring QGIS_CUSTOM_CONFIG_PATH) as a QSettings; None when QGIS never ran for this user.
    A script's own QgsSettings is another file: QGIS's language setting is not there."""
    from qgis.core import QgsUserProfileManager
    from qgis.PyQt.QtCore import QSettings

    base = os.environ.get("QGIS_CUSTOM_CONFIG_PATH")
    if base:
        root = Path(base) / "profiles"
    elif sys.platform.startswith("win"):
        root = Path(os.environ.get("APPDATA", Path.home())) / "QGIS" / "QGIS3" / "profiles"
    elif sys.platform == "darwin":
        root = Path.home() / "Library" / "Application Support" / "QGIS" / "QGIS3" / "profiles"
    else:
        root = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "QGIS" / "QGIS3" / "profiles"
    name = QgsUserProfileManager(str(root)).defaultProfileName() if root.is_dir() else "default"
    ini = root / (name or "default") / "QGIS" / "QGIS3.ini"
    return QSettings(str(ini), QSettings.Format.IniFormat) if ini.is_file() else None


def demo_language(requested=None):
    """``requested`` (--lang) if given, else the language QGIS runs in for this user (the plugin's
    rule on the user's QGIS profile, else the system locale): "fr" or "en" (the catalogues there are)."""
    if requested:
        return requested
    from tracemob.tracemob_plugin.plugin import current_locale

    class _NoProfile:  # QGIS never ran here: the system locale, as QGIS would use
        @staticmethod
        def value(key, default=None, type=None):  # noqa: A002 (QSettings' signature)
            return default

    settings = qgis_profile_settings() or _NoProfile()
    return "fr" if current_locale(settings) == "fr" else "en"


def use_installed_font():
    """Make an installed sans-serif family the application font, so that everything of the project
    whose font is left to the default (legend titles, scale bars, labels) names a font that exists
    (headless Qt's default, "DejaVu LGC Sans", usually does not). Returns the family."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtGui import QFont

    family = demo_study.choose_font_family()
    QgsApplication.setFont(QFont(family, 9))
    return family


def set_language_and_font(requested):
    """The demo's language (``--lang``, else QGIS's) with its translator, and an installed font as the
    application's; returns the translator (keep it) or None for English."""
    lang = demo_language(requested)
    translator = install_french() if lang == "fr" else None
    font = use_installed_font()
    log("      language {} ({}), font {}".format(lang, "--lang" if requested else "QGIS's", font))
    return translator


def install_french():
    """Compile (if needed) and install the French catalogue for Qt and core.i18n.tr."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    from tracemob.tracemob_plugin.core import i18n as core_i18n

    qm = ROOT / "i18n" / "tracemob_fr.qm"
    ts = ROOT / "i18n" / "tracemob_fr.ts"
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        import importlib.util

        spec = importlib.util.spec_from_file_location("tracemob_i18n_script", ROOT / "scripts" / "i18n.py")
        script = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(script)
        script.compile_ts(ts, qm)
    translator = QTranslator()
    if not translator.load(str(qm)):
        raise RuntimeError(f"cannot load {qm}")
    QCoreApplication.installTranslator(translator)
    core_i18n.set_translator(QCoreApplication.translate)
    return translator


# --------------------------------------------------------------------------- running algorithms

class Feedback:
    """Factory for a QgsProcessingFeedback that prints the algorithms' messages, indented."""

    @staticmethod
    def make():
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def pushInfo(self, info):  # noqa: N802
                if not info.startswith("Results:"):  # Processing's dump; "done in" lists the tables
                    log("      " + info)

            def pushWarning(self, warning):  # noqa: N802
                log("      warning: " + warning)

            def reportError(self, error, fatalError=False):  # noqa: N802, N803
                log("      error: " + error)

        return _Feedback()


def _kind(param):
    return param.type()  # e.g. "sink", "vectorDestination", "fileDestination", "source", "vector"


def _output_suffix(param_name):
    name = param_name.lower()
    for prefix in ("output_", "out_"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name


def _table_name(alg_id, param_name, main_output, taken):
    """GeoPackage table of an output: OUTPUT -> the step's main name, OUTPUT_LEGS -> legs (or
    modalshare_table for a later step); a name already written gets the algorithm's name appended."""
    if param_name.lower() == "output":
        name = main_output
    elif alg_id in UNPREFIXED:
        name = _output_suffix(param_name)
    else:
        name = f"{main_output}_{_output_suffix(param_name)}"
    if name in taken:
        name = f"{name}_{alg_id.split(':')[1]}"
    return name


def style_file(name):
    """resources/styles/<name>.qml, else the QML of its last word (imported_points -> points.qml);
    the simulated study's tables (``study_*``) have their own mapping (scripts/demo_study.py)."""
    if name.startswith("study_"):

        qml = demo_study.style_name(name)
        return STYLES_DIR / f"{qml}.qml" if qml and (STYLES_DIR / f"{qml}.qml").exists() else None
    for candidate in (name, name.split("_")[-1], name.split("_")[0]):
        qml = STYLES_DIR / f"{candidate}.qml"
        if qml.exists():
            return qml
    return None


def _file_ext(param):
    try:
        ext = param.defaultFileExtension()
    except AttributeError:
        ext = ""
    return ext or "txt"


def sample_files(sample_dir):
    """The raw e-mission days of the sample (the ``*.ground_truth.json`` files are not traces)."""
    return sorted(p for p in Path(sample_dir).glob("*.json") if not p.name.endswith(".ground_truth.json"))


def build_parameters(alg, alg_id, main_output, out_dir, gpkg, layers, inputs):
    """Map each parameter of ``alg`` to the demo's inputs/outputs.

    Returns ``(params, sinks, files, missing, titles)``: sinks maps parameter name -> GeoPackage
    table, files parameter name -> path, missing lists mandatory parameters the demo cannot fill,
    titles maps table -> the (translated) description of its output, used as the layer name.
    """
    params, sinks, files, missing, titles = {}, {}, {}, [], {}
    for param in alg.parameterDefinitions():
        name, kind = param.name(), _kind(param)
        optional = bool(param.flags() & param.FlagOptional) if hasattr(param, "FlagOptional") else False
        if kind in ("sink", "vectorDestination"):
            table = _table_name(alg_id, name, main_output, layers)
            params[name] = f"ogr:dbname='{gpkg}' table=\"{table}\""
            sinks[name] = table
            titles[table] = param.description()
        elif kind in ("fileDestination", "folderDestination"):
            short = alg_id.split(":")[1]
            path = out_dir / (f"{short}_{_output_suffix(name)}" + ("" if kind == "folderDestination"
                                                                    else "." + _file_ext(param)))
            params[name] = str(path)
            files[name] = path
        elif alg_id == "tracemob:importtraces" and name.upper() in ("INPUT", "INPUTS", "FILES", "PATH"):
            params[name] = inputs
        elif name in OVERRIDES.get(alg_id, {}):
            params[name] = OVERRIDES[alg_id][name]
        elif kind in ("source", "vector", "layer", "multilayer"):
            lname = name.lower()
            wanted = [k for key, candidates in KEYWORD_INPUT.items() if key in lname
                      for k in candidates if k in layers]
            if not wanted and lname in ("input", "layer", "source"):
                wanted = [k for k in DEFAULT_INPUT.get(alg_id, []) if k in layers]
            if wanted:
                uri = layers[wanted[0]]
                params[name] = [uri] if kind == "multilayer" else uri
            elif not optional and param.defaultValue() is None:
                missing.append(name)
        elif not optional and param.defaultValue() is None and kind not in ("boolean",):
            missing.append(name)
    return params, sinks, files, missing, titles


def _gdal_errors(err_class, err_num, message):
    """GDAL error handler: QGIS 3.22 makes GDAL complain "No geometry column" whenever it writes a
    table without geometry (motion, labels, gaps) to a GeoPackage; that is expected. Others print."""
    if message.strip() == "No geometry column":
        return
    print(f"GDAL error {err_num}: {message}", file=sys.stderr)


def run_pipeline(out_dir, gpkg, sample_dir, step_offset, n_steps):
    """Run every available algorithm; returns (layers table->uri, files, notes, failures, titles, step)."""
    import processing
    from osgeo import gdal
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    registry = QgsApplication.processingRegistry()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    inputs = sample_files(sample_dir)
    layers, files, notes, failures, titles = {}, [], [], [], {}
    step = step_offset
    for alg_id, optional, main_output in PIPELINE:
        step += 1
        alg = registry.algorithmById(alg_id)
        if alg is None:
            log(f"step {step}/{n_steps} {alg_id}: skipped (not in the provider yet)")
            (notes if optional else failures).append(f"{alg_id} is not in the provider: skipped")
            continue
        absent = [k for k in REQUIRES.get(alg_id, []) if k not in layers]
        if absent:
            log(f"step {step}/{n_steps} {alg_id}: skipped (needs the {', '.join(absent)} layer, not produced)")
            notes.append(f"{alg_id} skipped: it needs the {', '.join(absent)} layer")
            continue
        input_value = [str(p) for p in inputs]
        param_types = {p.name(): _kind(p) for p in alg.parameterDefinitions()}
        if alg_id == "tracemob:importtraces" and param_types.get("INPUT") == "file":
            input_value = str(sample_dir)  # a single file-or-folder parameter: give the folder
        params, sinks, outs, missing, names = build_parameters(alg, alg_id, main_output, out_dir, gpkg, layers,
                                                        input_value)
        if missing:
            note = f"{alg_id}: skipped, the demo cannot fill its parameter(s) {', '.join(missing)}"
            log(f"step {step}/{n_steps} {note}")
            (notes if optional else failures).append(note)
            continue
        log(f"step {step}/{n_steps} {alg_id} ({alg.displayName()})")
        if OVERRIDES.get(alg_id):
            log("      demo setting {}: the sample has a single participant (never lower the privacy "
                "thresholds on a real study)".format(", ".join(f"{k}={v}" for k, v in OVERRIDES[alg_id].items())))
        started = time.perf_counter()
        gdal.PushErrorHandler(_gdal_errors)
        try:
            result = processing.run(alg_id, params, context=context, feedback=Feedback.make())
        except Exception as exc:  # QgsProcessingException: report, keep the outputs made so far
            log("      FAILED: {}".format(str(exc).strip().splitlines()[-1] if str(exc).strip() else exc))
            failures.append(f"{alg_id}: {exc}")
            continue
        finally:
            gdal.PopErrorHandler()
        for pname, table in sinks.items():
            value = result.get(pname)
            if value:
                layers[table] = f"{gpkg}|layername={table}"
                titles[table] = names[table]
        for pname, path in outs.items():
            if Path(result.get(pname) or path).exists():
                files.append(Path(result.get(pname) or path))
        made = ", ".join(sorted(t for p, t in sinks.items() if result.get(p)))
        log(f"      done in {time.perf_counter() - started:.1f} s: {made}")
    return layers, files, notes, failures, titles, step


# --------------------------------------------------------------------------- layers, project, map

def open_layers(gpkg):
    """Every table of the GeoPackage as a QgsVectorLayer, styled with resources/styles/<name>.qml."""
    from qgis.core import QgsVectorLayer

    from osgeo import ogr

    # (Listing the tables through a throwaway QgsVectorLayer breaks the first table's connection in
    # QGIS 3.22: "unable to open database file". GDAL directly is safe.)
    dataset = ogr.Open(str(gpkg), 0)
    names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
    names = [n for n in names if n != "layer_styles"]
    dataset = None
    layers = {}
    for name in names:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if not layer.isValid():
            continue
        qml = style_file(name)
        if qml is not None:
            layer.loadNamedStyle(str(qml))
        layers[name] = layer
    return layers


def save_default_styles(gpkg, names):
    """Store each layer's QML as its default style in the GeoPackage (table ``layer_styles``, the
    layout QGIS itself uses), so that the GeoPackage opened alone in QGIS is styled too.

    Written with GDAL directly: through QgsVectorLayer.saveStyleToDatabase QGIS 3.22 breaks the
    connection of a layer that stays open, and can wait forever on a lock. GDAL fails fast instead,
    and the styles are then only in the project. Returns the names styled."""
    from osgeo import gdal, ogr

    wanted = [(n, style_file(n)) for n in names if style_file(n) is not None]
    if not wanted:
        return []
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(str(gpkg), 1)
        if dataset is None:
            return []
        table = dataset.GetLayerByName("layer_styles")
        if table is None:
            table = dataset.CreateLayer("layer_styles", geom_type=ogr.wkbNone)
            for field, width, ftype in (("f_table_catalog", 256, ogr.OFTString),
                                        ("f_table_schema", 256, ogr.OFTString),
                                        ("f_table_name", 256, ogr.OFTString),
                                        ("f_geometry_column", 256, ogr.OFTString),
                                        ("styleName", 30, ogr.OFTString), ("styleQML", 0, ogr.OFTString),
                                        ("styleSLD", 0, ogr.OFTString), ("useAsDefault", 0, ogr.OFTInteger),
                                        ("description", 0, ogr.OFTString), ("owner", 30, ogr.OFTString),
                                        ("ui", 30, ogr.OFTString), ("update_time", 0, ogr.OFTDateTime)):
                definition = ogr.FieldDefn(field, ftype)
                if width:
                    definition.SetWidth(width)
                if field == "useAsDefault":
                    definition.SetSubType(ogr.OFSTBoolean)
                if field == "update_time":
                    definition.SetDefault("CURRENT_TIMESTAMP")
                table.CreateField(definition)
        done = []
        table.StartTransaction()
        for name, qml in wanted:
            layer = dataset.GetLayerByName(name)
            if layer is None:
                continue
            feature = ogr.Feature(table.GetLayerDefn())
            for field, value in (("f_table_catalog", ""), ("f_table_schema", ""), ("f_table_name", name),
                                 ("f_geometry_column", layer.GetGeometryColumn() or ""),
                                 ("styleName", name), ("styleQML", qml.read_text(encoding="utf-8")),
                                 ("styleSLD", ""), ("useAsDefault", 1), ("description", "Tracemob"),
                                 ("owner", ""), ("ui", "")):
                feature.SetField(field, value)
            if table.CreateFeature(feature) == 0:
                done.append(name)
        if table.CommitTransaction() != 0:
            done = []
        dataset = None
        return done
    finally:
        gdal.PopErrorHandler()


def _ordered_spatial(layers):
    def has_extent(layer):
        extent = layer.extent()
        return layer.featureCount() > 0 and not extent.isEmpty() and extent.isFinite()

    spatial = [n for n in MAP_ORDER if n in layers and layers[n].isSpatial()]
    spatial += [n for n, lyr in layers.items()
                if n not in spatial and lyr.isSpatial()]
    legs = [n for n in LEGS_LIKE if n in spatial]
    # Draw the most refined legs layer only; trips would hide under the legs anyway.
    hidden = set(legs[1:]) | ({"trips"} if legs else set()) | ({"imported_points"} if "points" in spatial else set())
    drawn = [n for n in spatial if n in MAP_ORDER and n not in hidden and has_extent(layers[n])]
    return drawn, spatial


def _extent(layers, names, crs, project):
    from qgis.core import QgsCoordinateTransform, QgsRectangle

    extent = QgsRectangle()
    extent.setMinimal()
    for name in names:
        layer = layers[name]
        if layer.featureCount() == 0:
            continue
        tr = QgsCoordinateTransform(layer.crs(), crs, project)
        extent.combineExtentWith(tr.transformBoundingBox(layer.extent()))
    if extent.isEmpty():
        return extent
    extent.scale(1.08)
    return extent


def _zoom_extent(layers, crs, project, full, radius_m=4000.0):
    """Extent around the densest group of stays (the local trips vanish at the scale of a long
    trip); None when it would not be much smaller than the full extent."""
    from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsRectangle

    layer = layers.get("stays")
    if layer is None or layer.featureCount() < 2 or full.isEmpty():
        return None
    tr = QgsCoordinateTransform(layer.crs(), crs, project)
    xy = []
    for feature in layer.getFeatures():
        if feature.hasGeometry():
            pt = tr.transform(QgsPointXY(feature.geometry().asPoint()))
            xy.append((pt.x(), pt.y()))
    # Web Mercator metres are stretched by 1/cos(lat); scale the radius accordingly.
    import math

    lat = math.degrees(math.atan(math.sinh(sum(y for _, y in xy) / len(xy) / 6378137.0)))
    r = radius_m / math.cos(math.radians(lat))
    counts = [sum((x - a) ** 2 + (y - b) ** 2 <= r * r for a, b in xy) for x, y in xy]
    cx, cy = xy[counts.index(max(counts))]
    near = [(x, y) for x, y in xy if (x - cx) ** 2 + (y - cy) ** 2 <= r * r]
    box = QgsRectangle(min(x for x, _ in near), min(y for _, y in near),
                       max(x for x, _ in near), max(y for _, y in near))
    half = max(box.width(), box.height(), r / 2) * 0.72
    box = QgsRectangle(box.center().x() - half, box.center().y() - half,
                       box.center().x() + half, box.center().y() + half)
    if box.width() > 0.4 * max(full.width(), full.height()):
        return None
    return box


def texts_study_group():
    from tracemob.tracemob_plugin.core.i18n import tr

    return tr("Simulated study (central Helsinki)")


def write_project(project_path, gpkg, layers, title):
    """The project (relative paths, OSM basemap at the bottom), opening on the drawn data: its saved
    view extent and its full extent ("zoom full", which the world-wide basemap would otherwise
    take) are the data's. Returns (project, drawn layer names)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRasterLayer, QgsReferencedRectangle
    from tracemob.tracemob_plugin.core.i18n import tr

    project = QgsProject()
    project.setTitle(title)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    project.writeEntryBool("Paths", "/Absolute", False)
    drawn, spatial = _ordered_spatial(layers)
    root = project.layerTreeRoot()
    study = [n for n in spatial if n.startswith("study_")]
    if study:

        group = root.addGroup(texts_study_group())
        group.setItemVisibilityChecked(False)
        for name in sorted(study, key=lambda n: (n not in demo_study.VISIBLE, n)):
            project.addMapLayer(layers[name], False)
            node = group.addLayer(layers[name])
            node.setItemVisibilityChecked(name in demo_study.VISIBLE)
    for name in spatial:
        if name in study:
            continue
        project.addMapLayer(layers[name], False)
        node = root.addLayer(layers[name])
        node.setItemVisibilityChecked(name in drawn)
    tables = [n for n in layers if n not in spatial]
    if tables:
        group = root.addGroup(tr("Tables"))
        for name in tables:
            project.addMapLayer(layers[name], False)
            group.addLayer(layers[name])
    osm = QgsRasterLayer(OSM_URI, "OpenStreetMap", "wms")
    if osm.isValid():
        project.addMapLayer(osm, False)
        root.addLayer(osm)
    extent = _extent(layers, drawn, project.crs(), project)
    if not extent.isEmpty():
        view = project.viewSettings()
        view.setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
        view.setPresetFullExtent(QgsReferencedRectangle(extent, project.crs()))
    return project, drawn


def render_png(project, layers, drawn, png_path, texts, dpi):
    """A4 landscape print layout: title, the whole study area and (when the local trips are too
    small to see) a zoom on the densest group of stays, legend and scale bars. No basemap (offline)."""
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
    layout.initializeDefaults()  # one A4 landscape page, 297 x 210 mm
    layout.setName(tr("Tracemob demo"))

    def label(text, size, x, y, width, height, bold=False):
        return demo_study.layout_label(layout, text, size, x, y, width, height, bold)

    def add_map(x, y, width, height, extent):
        item = demo_study.layout_map(layout, x, y, width, height)
        item.setCrs(crs)
        item.setLayers(map_layers)
        item.setKeepLayerSet(True)
        item.setFrameEnabled(True)
        item.setBackgroundColor(QColor(250, 250, 248))
        item.zoomToExtent(extent)
        return item

    def add_scalebar(map_item, x, y):
        bar = QgsLayoutItemScaleBar(layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(map_item)
        bar.setUnits(enums["km"])
        bar.setUnitLabel("km")
        bar.setNumberOfSegments(2)
        bar.setNumberOfSegmentsLeft(0)
        bar.setMaximumBarWidth(40)
        bar.applyDefaultSize(enums["km"])
        text_format = QgsTextFormat()
        text_format.setFont(demo_study.font(8))
        text_format.setSize(8)
        bar.setTextFormat(text_format)
        layout.addLayoutItem(bar)
        bar.attemptMove(QgsLayoutPoint(x, y, mm))
        return bar

    label(texts["title"], 16, 8, 5, 281, 10, bold=True)
    label(texts["subtitle"], 10, 8, 15, 281, 6)

    map_layers = [layers[n] for n in drawn]
    crs = project.crs()
    full = _extent(layers, drawn, crs, project)
    zoom = _zoom_extent(layers, crs, project, full)
    if zoom is None:
        maps = [add_map(8, 24, 200, 178, full)]
        add_scalebar(maps[0], 12, 190)
        legend_at, legend_columns = (214, 24), 1
    else:
        label(texts["all"], 10, 8, 23, 140, 6, bold=True)
        label(texts["zoom"], 10, 150, 23, 140, 6, bold=True)
        maps = [add_map(8, 30, 138, 132, full), add_map(151, 30, 138, 132, zoom)]
        overview = maps[0].overview()
        overview.setLinkedMap(maps[1])
        add_scalebar(maps[0], 11, 150)
        add_scalebar(maps[1], 154, 150)
        legend_at, legend_columns = (8, 166), 3

    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("")
    legend.setLinkedMap(maps[0])
    legend.setLegendFilterByMapEnabled(True)  # only the classes present (e.g. the modes met)
    legend.setAutoUpdateModel(False)
    model_root = legend.model().rootGroup()
    model_root.removeAllChildren()
    for layer in map_layers:
        model_root.addLayer(layer)
    legend.setColumnCount(legend_columns)
    legend.setSplitLayer(False)
    legend.setEqualColumnWidth(False)
    legend.setColumnSpace(10)
    demo_study.legend_fonts(legend, 8)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(legend_at[0], legend_at[1], mm))

    project.layoutManager().addLayout(layout)
    demo_study.export_fitted(layout, [legend], png_path, dpi)
    return layout


# --------------------------------------------------------------------------- main

def _check_out_dir(out_dir, sample_dir):
    out_dir, sample_dir = out_dir.resolve(), sample_dir.resolve()
    resources = (ROOT / "resources").resolve()
    for protected in (sample_dir, resources):
        if out_dir == protected or protected in out_dir.parents:
            raise SystemExit(f"refusing to write into {out_dir}: it holds source data; choose another --out")


def _quiet_library_warnings():
    """Library notices (pandas/matplotlib deprecations, Debian's second matplotlib) are not for
    planners; QGIS resets the filters when it starts, so this is called again after."""
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message="Unable to import Axes3D")


def main(argv=None):
    args = parse_args(argv)
    _quiet_library_warnings()
    out_dir = args.out.resolve()
    sample_dir = args.sample.resolve()
    _check_out_dir(out_dir, sample_dir)
    if not sample_files(sample_dir):
        raise SystemExit(f"no e-mission JSON day in {sample_dir}")
    out_dir.mkdir(parents=True, exist_ok=True)
    gpkg, project_path, png = out_dir / GPKG_NAME, out_dir / PROJECT_NAME, out_dir / PNG_NAME

    n_study = 0 if args.no_study else len(demo_study.study_steps(1, 1, out_dir)) + 1
    n_steps = 2 + len(PIPELINE) + n_study + 2

    log(f"step 1/{n_steps} starting QGIS (offscreen) and the Tracemob provider")
    app = start_qgis()  # noqa: F841 (must stay alive)
    load_package()
    # The translator goes first: the algorithms translate their names when the provider loads them.
    translator = set_language_and_font(args.lang)  # noqa: F841 (must stay alive)
    provider = load_provider()  # noqa: F841 (keep the Python object alive, or QGIS loses its algorithms)
    from tracemob.processing.styles import translate_legend
    from tracemob.tracemob_plugin.core.i18n import tr

    _quiet_library_warnings()
    log(f"step 2/{n_steps} cleaning previous demo outputs in {out_dir}")
    for own in (gpkg, project_path, png, out_dir / (GPKG_NAME + "-journal"), out_dir / (GPKG_NAME + "-wal"),
                out_dir / (GPKG_NAME + "-shm")):
        if own.exists():
            own.unlink()
    for alg_id, _, _ in PIPELINE:
        for old in out_dir.glob(alg_id.split(":")[1] + "_*"):
            if old.is_file():
                old.unlink()
    for old in [out_dir / STUDY_PNG_NAME, out_dir / "segmenttraveltimes_chart.png",
                out_dir / "beforeafter_summary.html"] + list(out_dir.glob("study_*")):
        if old.is_dir():
            shutil.rmtree(old)
        elif old.exists():
            old.unlink()

    layers_uri, files, notes, failures, titles, step = run_pipeline(out_dir, gpkg, sample_dir, 2, n_steps)
    if not args.no_study:
        from qgis.core import QgsProcessingContext, QgsProject

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        study = demo_study.run_study(out_dir, gpkg, context, Feedback.make, log, step, n_steps,
                                     citizens=args.study_citizens, days=args.study_days)
        s_layers, s_files, s_notes, s_failures, s_titles, step = study
        layers_uri.update(s_layers)
        files += s_files
        notes += s_notes
        failures += s_failures
        titles.update(s_titles)

    if not layers_uri:
        log("FAILED: no layer was produced:\n  " + "\n  ".join(failures))
        return 1
    step += 1
    log(f"step {step}/{n_steps} writing the QGIS project {project_path.name}")
    styled = save_default_styles(gpkg, list(layers_uri))
    log("      styles stored in the GeoPackage for: " + (", ".join(styled) or "none (GeoPackage locked)"))
    layers = open_layers(gpkg)
    n_days = len(sample_files(sample_dir))
    counts = {n: layers[n].featureCount() for n in layers}
    for name, layer in layers.items():
        layer.setName(titles.get(name) or name)
        translate_legend(layer, tr)
    texts = {
        "title": tr("Tracemob demo: stays, trips and legs from smartphone traces"),
        "subtitle": tr("{days} real e-mission days, {points} GPS fixes, {trips} trips, {legs} legs, {stays} stays "
                       "(sample: e-mission-server, BSD-3-Clause)").format(
            days=n_days, points=counts.get("imported_points", counts.get("points", 0)),
            trips=counts.get("trips", 0), legs=counts.get("legs", 0), stays=counts.get("stays", 0)),
        "all": tr("Whole study area"),
        "zoom": tr("Zoom on the most visited area"),
    }
    project, drawn = write_project(project_path, gpkg, layers, texts["title"])

    step += 1
    log(f"step {step}/{n_steps} rendering the map {png.name}")
    render_png(project, layers, drawn, png, texts, args.dpi)
    study_png = out_dir / STUDY_PNG_NAME
    if "study_traveltimes" in layers or "study_beforeafter_segments" in layers:
        step += 1
        log(f"step {step}/{n_steps} rendering the map {study_png.name}")
        for name, rgb in (("study_area", (200, 30, 30)), ("study_control_area", (70, 70, 70))):
            if name in layers:
                demo_study.outline(layers[name], rgb)
        study_texts = {
            "title": tr("Simulated study: travel times per street and the effect of a circulation plan"),
            "subtitle": tr("{citizens} simulated citizens over {days} days on the streets of central Helsinki "
                           "(OpenStreetMap contributors, ODbL). From {change}, {closed} is closed to cars, "
                           "{slowed} is slowed and buses get a lane on {lane}. Red dashes: study area; grey dashes: "
                           "control area. Changes are shown only where the 95 % range of the change (participant "
                           "bootstrap) does not include 0 %.").format(
                citizens=args.study_citizens, days=args.study_days, change=demo_study.CHANGE,
                closed=demo_study.CLOSED_STREET, slowed=demo_study.SLOWED_STREET, lane=demo_study.BUS_LANE_LABEL),
            "left": tr("Speed ratio in each street's most congested time band"),
            "right": tr("Change in travel time after the plan"),
        }
        demo_study.render_study_png(project, layers, study_png, study_texts, args.dpi)
    elif not args.no_study:
        step += 1
        log(f"step {step}/{n_steps} no travel-time layer was produced: {study_png.name} not rendered")
    if not project.write(str(project_path)):
        raise RuntimeError(f"cannot write {project_path}")

    log("")
    log("layers in the GeoPackage: " + ", ".join(f"{n} ({c})" for n, c in counts.items()))
    for note in notes:
        log("note: " + note)
    for failure in failures:
        log("FAILED: " + failure)
    log("outputs:")
    for path in [gpkg, project_path, png] + ([study_png] if study_png.exists() else []) + files:
        log(f"  {path.resolve()}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
