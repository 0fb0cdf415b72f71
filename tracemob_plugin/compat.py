"""Every shim between QGIS 3.22 / 3.34 / 3.40 and QGIS 4 (Qt5 / Qt6) lives here, and only here.

Rules followed by the rest of the plugin:

* Qt is imported through ``qgis.PyQt`` only.
* Enums are always reached through their *scoped* name (``Qt.TimeSpec.UTC``), which works with
  PyQt5 >= 5.11 and is the only form PyQt6 accepts.
* QGIS moved many enums to the ``Qgis`` namespace (3.30 - 3.38) and QGIS 4 removes the old
  names; :func:`_first` tries the new location first and falls back to the 3.22 one.
* ``QgsField`` takes a ``QMetaType.Type`` from 3.38 on (``QVariant.Type`` is gone in Qt6).
* An attribute that is NULL is a null ``QVariant`` with PyQt5 and ``None`` with PyQt6:
  use :func:`is_null`.
"""
from qgis.core import (
    Qgis,
    QgsAuthMethodConfig,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDateTime, Qt, QVariant

try:  # Qt6 (and Qt >= 5.? exposes it too, but QGIS < 3.38 wants QVariant.Type in QgsField)
    from qgis.PyQt.QtCore import QMetaType
except ImportError:  # pragma: no cover
    QMetaType = None

QGIS_VERSION_INT = Qgis.versionInt() if hasattr(Qgis, "versionInt") else Qgis.QGIS_VERSION_INT


def _first(*paths):
    """Return the first attribute path that resolves, e.g. ``_first((Qgis, "WkbType", "Point"), ...)``."""
    for path in paths:
        obj = path[0]
        try:
            for name in path[1:]:
                obj = getattr(obj, name)
        except AttributeError:
            continue
        return obj
    raise AttributeError("none of {} exists in this QGIS".format(
        [".".join(str(p) for p in path[1:]) for path in paths]))


def enum(owner, scoped, name):
    """``owner.scoped.name`` (Qt6 / QGIS 4 scoped enums) or ``owner.name`` (Qt5 / QGIS 3).

    E.g. ``enum(QLineEdit, "EchoMode", "Password")``: the one way the rest of the plugin reaches a
    Qt or QGIS enum value that changed between versions.
    """
    return _first((owner, scoped, name), (owner, name))


def has_geometry(wkb_type_value):
    """True unless ``wkb_type_value`` is a table without geometry (NoGeometry)."""
    return wkb_type_value != WKB_NO_GEOMETRY


# ---------------------------------------------------------------- geometry types
def wkb_type(name):
    """``wkb_type("LineStringM")`` -> the WKB type enum value of this QGIS."""
    return _first((Qgis, "WkbType", name), (QgsWkbTypes, "Type", name), (QgsWkbTypes, name))


WKB_POINT = wkb_type("Point")
WKB_LINESTRING = wkb_type("LineString")
WKB_LINESTRING_M = wkb_type("LineStringM")
WKB_NO_GEOMETRY = wkb_type("NoGeometry")


def wkb_type_from_iso_code(code):
    """Map an ISO WKB integer (1, 2, 2002, ...) to the enum (same numbers in every QGIS)."""
    enum = None
    for path in ((Qgis, "WkbType"), (QgsWkbTypes, "Type")):
        try:
            enum = _first(path)
            break
        except AttributeError:
            continue
    if enum is not None:
        try:
            return enum(int(code))
        except (TypeError, ValueError):
            pass
    for name in ("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon",
                 "PointZ", "LineStringZ", "PointM", "LineStringM", "PointZM", "LineStringZM",
                 "MultiPointM", "MultiLineStringM"):
        value = wkb_type(name)
        if int(value) == int(code):
            return value
    return wkb_type("Unknown")


# ---------------------------------------------------------------- processing enums
def source_type(name):
    """``source_type("VectorPoint")`` -> QgsProcessing source type (``Type`` prefix before 3.36)."""
    return _first((Qgis, "ProcessingSourceType", name), (QgsProcessing, "SourceType", "Type" + name),
                  (QgsProcessing, "Type" + name))


TYPE_VECTOR_POINT = source_type("VectorPoint")
TYPE_VECTOR_LINE = source_type("VectorLine")
TYPE_VECTOR_ANY = source_type("VectorAnyGeometry")
TYPE_VECTOR = source_type("Vector")  # any vector, including tables without geometry
TYPE_FILE = source_type("File")

FLAG_ADVANCED = _first((Qgis, "ProcessingParameterFlag", "Advanced"),
                       (QgsProcessingParameterDefinition, "Flag", "FlagAdvanced"),
                       (QgsProcessingParameterDefinition, "FlagAdvanced"))
FLAG_OPTIONAL = _first((Qgis, "ProcessingParameterFlag", "Optional"),
                       (QgsProcessingParameterDefinition, "Flag", "FlagOptional"),
                       (QgsProcessingParameterDefinition, "FlagOptional"))
NUMBER_DOUBLE = _first((Qgis, "ProcessingNumberParameterType", "Double"),
                       (QgsProcessingParameterNumber, "Type", "Double"),
                       (QgsProcessingParameterNumber, "Double"))
NUMBER_INTEGER = _first((Qgis, "ProcessingNumberParameterType", "Integer"),
                        (QgsProcessingParameterNumber, "Type", "Integer"),
                        (QgsProcessingParameterNumber, "Integer"))
FIELD_ANY = _first((Qgis, "ProcessingFieldParameterDataType", "Any"),
                   (QgsProcessingParameterField, "DataType", "Any"),
                   (QgsProcessingParameterField, "Any"))
FILE_BEHAVIOR_FILE = _first((Qgis, "ProcessingFileParameterBehavior", "File"),
                            (QgsProcessingParameterFile, "Behavior", "File"),
                            (QgsProcessingParameterFile, "File"))
FILE_BEHAVIOR_FOLDER = _first((Qgis, "ProcessingFileParameterBehavior", "Folder"),
                              (QgsProcessingParameterFile, "Behavior", "Folder"),
                              (QgsProcessingParameterFile, "Folder"))
REQUEST_NO_GEOMETRY = _first((Qgis, "FeatureRequestFlag", "NoGeometry"),
                             (QgsFeatureRequest, "Flag", "NoGeometry"), (QgsFeatureRequest, "NoGeometry"))
SINK_FAST_INSERT = _first((QgsFeatureSink, "Flag", "FastInsert"), (QgsFeatureSink, "FastInsert"))


def set_advanced(param):
    """Mark a parameter as advanced (collapsed in the dialog) and return it."""
    param.setFlags(param.flags() | FLAG_ADVANCED)
    return param


def set_help(param, text):
    """Give a parameter its own help (the dialog's tooltip, ``qgis_process help``) and return it.

    ``QgsProcessingParameterDefinition.setHelp`` exists since QGIS 3.16; before it a parameter has no help of
    its own (the plugin needs 3.22, so this only keeps an older QGIS from failing)."""
    if hasattr(param, "setHelp"):
        param.setHelp(text)
    return param


# ---------------------------------------------------------------- message levels
LEVEL_INFO = _first((Qgis, "MessageLevel", "Info"), (Qgis, "Info"))
LEVEL_WARNING = _first((Qgis, "MessageLevel", "Warning"), (Qgis, "Warning"))
LEVEL_CRITICAL = _first((Qgis, "MessageLevel", "Critical"), (Qgis, "Critical"))
LEVEL_SUCCESS = _first((Qgis, "MessageLevel", "Success"), (Qgis, "Success"))


# ---------------------------------------------------------------- field types
_USE_METATYPE = QMetaType is not None and QGIS_VERSION_INT >= 33800


def _variant_type(qvariant_name, metatype_name):
    if _USE_METATYPE:
        return getattr(QMetaType.Type, metatype_name)
    return _first((QVariant, "Type", qvariant_name), (QVariant, qvariant_name))


FIELD_STRING = _variant_type("String", "QString")
FIELD_DOUBLE = _variant_type("Double", "Double")
FIELD_INT = _variant_type("Int", "Int")
FIELD_LONGLONG = _variant_type("LongLong", "LongLong")
FIELD_BOOL = _variant_type("Bool", "Bool")
FIELD_DATETIME = _variant_type("DateTime", "QDateTime")
FIELD_DATE = _variant_type("Date", "QDate")

#: The precision QGIS's OGR provider writes date-times with: whole seconds up to 3.26, milliseconds since
#: QGIS PR 51625 (3.30, backported to the 3.28 LTR). The bulk writers write what the feature path writes.
OGR_DATETIME_UNIT = "ms" if QGIS_VERSION_INT >= 32800 else "s"


def make_field(name, kind):
    """``make_field("time", FIELD_DATETIME)`` -> QgsField on every QGIS version."""
    return QgsField(name, kind)


def field_kind(field):
    """Simplified type of a QgsField: 'datetime', 'date', 'int', 'double', 'bool' or 'string'."""
    t = field.type()
    try:
        t = int(t)
    except TypeError:  # pragma: no cover - Qt6 enums are not int-convertible in some builds
        t = int(t.value)
    # QVariant.Type and QMetaType.Type share the numbers for these basic types.
    return {1: "bool", 2: "int", 3: "int", 4: "int", 5: "int", 6: "double", 38: "double",
            14: "date", 16: "datetime", 32: "int", 33: "int", 35: "int", 36: "int"}.get(t, "string")


def is_null(value):
    """True for ``None`` (PyQt6, QGIS 4) and for a null QVariant (PyQt5, QGIS 3)."""
    if value is None:
        return True
    if isinstance(value, QVariant):
        return value.isNull()
    return False


# ---------------------------------------------------------------- dates
UTC_SPEC = _first((Qt, "TimeSpec", "UTC"), (Qt, "UTC"))


def qdatetime_from_msecs(msecs):
    """UTC QDateTime from epoch milliseconds."""
    return QDateTime.fromMSecsSinceEpoch(int(msecs), UTC_SPEC)


LOCAL_SPEC = _first((Qt, "TimeSpec", "LocalTime"), (Qt, "LocalTime"))


def qdatetime_to_msecs(value):
    """Epoch milliseconds of a QDateTime; a *naive* one (local-time spec, e.g. read back from a
    GeoPackage written by QGIS 3.22, which stores no time zone) is taken as UTC wall-clock time,
    Tracemob's convention for naive times, whatever the machine's time zone."""
    if value.timeSpec() == LOCAL_SPEC:
        value = QDateTime(value.date(), value.time(), UTC_SPEC)
    return value.toMSecsSinceEpoch()


# ---------------------------------------------------------------- print layouts (demo project)
def _layout_enum(new, old_scope, old_name):
    from qgis.core import QgsUnitTypes

    return _first((Qgis, new, old_name.replace("Layout", "").replace("Distance", "")),
                  (QgsUnitTypes, old_scope, old_name), (QgsUnitTypes, old_name))


def layout_enums():
    """Units, legend styles and the export result of print layouts, by the name of this QGIS:
    ``{"mm", "km", "m", "symbol_label", "subgroup", "group", "title", "export_success"}``."""
    from qgis.core import QgsLayoutExporter, QgsLegendStyle

    def legend(name):
        return _first((Qgis, "LegendComponent", name), (QgsLegendStyle, "Style", name),
                      (QgsLegendStyle, name))

    return {
        "mm": _layout_enum("LayoutUnit", "LayoutUnit", "LayoutMillimeters"),
        "km": _layout_enum("DistanceUnit", "DistanceUnit", "DistanceKilometers"),
        "m": _layout_enum("DistanceUnit", "DistanceUnit", "DistanceMeters"),
        "symbol_label": legend("SymbolLabel"),
        "subgroup": legend("Subgroup"),
        "group": legend("Group"),
        "title": legend("Title"),
        "export_success": _first((QgsLayoutExporter, "ExportResult", "Success"),
                                 (QgsLayoutExporter, "Success")),
    }


def font_families():
    """Installed font families (QFontDatabase is static with Qt6, an instance with Qt5)."""
    from qgis.PyQt.QtGui import QFontDatabase

    try:
        return list(QFontDatabase.families())
    except TypeError:  # Qt5: an unbound method
        return list(QFontDatabase().families())


# ---------------------------------------------------------------- misc
def qaction_class():
    """``QAction`` lives in QtWidgets with Qt5 and in QtGui with Qt6."""
    try:
        from qgis.PyQt.QtWidgets import QAction
    except ImportError:  # pragma: no cover - Qt6 without the QGIS re-export
        from qgis.PyQt.QtGui import QAction
    return QAction


def load_auth_config(manager, cfg_id):
    """``(ok, config)``: the authentication configuration ``cfg_id`` with its secrets (decrypted).
    Some bindings fill the config passed in and return a bool, others return ``(ok, config)``."""
    cfg = QgsAuthMethodConfig()
    ok = manager.loadAuthenticationConfig(cfg_id, cfg, True)
    if isinstance(ok, tuple):
        ok, cfg = ok[0], ok[1] if len(ok) > 1 else cfg
    return bool(ok), cfg


# ---------------------------------------------------------------- feature sources (bulk path)
def _enum_or_none(*paths):
    try:
        return _first(*paths)
    except AttributeError:
        return None


OVERRIDE_GEOMETRY_CHECK = _enum_or_none(
    (Qgis, "ProcessingFeatureSourceDefinitionFlag", "OverrideDefaultGeometryCheck"),
    (QgsProcessingFeatureSourceDefinition, "Flag", "FlagOverrideDefaultGeometryCheck"),
    (QgsProcessingFeatureSourceDefinition, "FlagOverrideDefaultGeometryCheck"))
_CHECKS = (("none", _enum_or_none((Qgis, "InvalidGeometryCheck", "NoCheck"), (QgsFeatureRequest, "GeometryNoCheck"))),
           ("skip", _enum_or_none((Qgis, "InvalidGeometryCheck", "SkipInvalid"),
                                  (QgsFeatureRequest, "GeometrySkipInvalid"))),
           ("abort", _enum_or_none((Qgis, "InvalidGeometryCheck", "AbortOnInvalid"),
                                   (QgsFeatureRequest, "GeometryAbortOnInvalid"))))


def overrides_geometry_check(definition):
    """True when a QgsProcessingFeatureSourceDefinition sets its own invalid-geometry check."""
    if OVERRIDE_GEOMETRY_CHECK is None:
        return False
    try:
        return bool(definition.flags & OVERRIDE_GEOMETRY_CHECK)
    except TypeError:
        return bool(int(definition.flags) & int(OVERRIDE_GEOMETRY_CHECK))


def geometry_check_kind(value):
    """``"none"``, ``"skip"`` or ``"abort"`` for an invalid-geometry check of any QGIS version."""
    for name, member in _CHECKS:
        if member is not None and value == member:
            return name
    try:
        return {0: "none", 1: "skip", 2: "abort"}.get(int(value), "abort")
    except (TypeError, ValueError):
        return "abort"


# ---------------------------------------------------------------- provider options (Processing > Options)
def _qgis_processing_config():
    """QGIS's ``processing.core.ProcessingConfig`` module (the Processing plugin's options), or None when this
    Python has no QGIS Processing plugin (a bare script) or ``processing`` is this plugin's own folder (a
    script run from the repository root)."""
    import importlib
    import importlib.util
    import os

    try:
        spec = importlib.util.find_spec("processing")
    except (ImportError, ValueError):
        return None
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    origin = os.path.abspath(getattr(spec, "origin", None) or "") if spec is not None else ""
    if spec is None or origin.startswith(here + os.sep):
        return None
    try:
        return importlib.import_module("processing.core.ProcessingConfig")
    except Exception:  # an old or broken Processing plugin: the option is not shown, the variable still works
        return None


def processing_option_key(name):
    """The QgsSettings key under which QGIS's Processing options dialog stores the provider option ``name``
    (``ProcessingConfig.Setting.qname`` in 3.22 to 3.40)."""
    return "Processing/Configuration/" + name


def add_processing_option(group, name, description, default, validator=None, icon=None, placeholder=""):
    """Show a text option under Processing > Options > Providers > ``group`` (the provider's name). Returns
    True when shown; False when QGIS's Processing plugin is absent (headless scripts): the value is still read
    from the settings by :func:`processing_option`."""
    config = _qgis_processing_config()
    if config is None:
        return False
    try:
        setting = config.Setting(group, name, description, default, validator=validator, placeholder=placeholder)
    except TypeError:  # no placeholder (old Processing plugins)
        setting = config.Setting(group, name, description, default, validator=validator)
    config.ProcessingConfig.addSetting(setting)
    if icon is not None and hasattr(config.ProcessingConfig, "settingIcons"):
        config.ProcessingConfig.settingIcons[group] = icon
    setting.read()
    return True


def remove_processing_option(name):
    """Take the option ``name`` out of the Processing options dialog (its saved value stays)."""
    config = _qgis_processing_config()
    if config is not None and name in config.ProcessingConfig.settings:
        config.ProcessingConfig.removeSetting(name)


def processing_option(name, default=""):
    """The saved value of the provider option ``name`` (text), read from QgsSettings (any thread, with or
    without the Processing plugin loaded)."""
    from qgis.core import QgsSettings

    value = QgsSettings().value(processing_option_key(name), default)
    return default if value is None else str(value)
