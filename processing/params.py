"""Parameter builders and readers shared by the algorithms: field detection, periods and dates, emission
factors, privacy threshold, time bands and time zone, the mode filter, and per-parameter help.

Each ``add_*`` declares parameters on an algorithm; the matching ``read_*`` reads them back (checked by
the domain through ``alg.run_domain`` where the domain owns the rule).
"""
import numpy as np
import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessingException,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QDate, QDateTime

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.i18n import tr
from ..tracemob_plugin.core.indicators import emissions
from ..tracemob_plugin.core.privacy import rules as privacy
from ..tracemob_plugin.core.roads import traveltimes
from ..tracemob_plugin.core.vocab.modes import parse_modes, road_motorised

DEFAULT_TZ = "Europe/Paris"
DEFAULT_BANDS = "7-9,9-16,16-19"
SCOPES = emissions.SCOPES  # ("usage", "usage+construction"), the order of the SCOPE enum
MODE_FILTERS = ("motorised", "all", "listed")


# ---------------------------------------------------------------------------------------- fields
def guess_field(fields, candidates, kinds=None):
    """Name of the first field of ``fields`` (QgsFields or names) matching ``candidates``.

    Exact case-insensitive matches first, then fields whose name *contains* a candidate of at
    least 4 letters. ``kinds`` (e.g. ``{"datetime", "string"}``) restricts to those
    :func:`compat.field_kind` types when ``fields`` is a QgsFields. Returns ``None`` if nothing fits.
    """
    if isinstance(fields, QgsFields):
        items = [(f.name(), compat.field_kind(f)) for f in fields]
    else:
        items = [(str(f), None) for f in fields]
    if kinds:
        items = [(n, k) for n, k in items if k is None or k in kinds]
    lower = {n.lower(): n for n, _ in items}
    for cand in candidates:
        if cand.lower() in lower:
            return lower[cand.lower()]
    for cand in candidates:
        if len(cand) < 4:
            continue
        for name, _ in items:
            if cand.lower() in name.lower():
                return name
    return None


def add_guessed_field_parameter(alg, name, description, help_text, parent_layer, optional=True,
                                data_type=None):
    """Add a field parameter (optional by default) whose empty value means "detect it", with its help.

    Use :meth:`resolve_field` in ``processAlgorithm`` to get the chosen or detected name.
    """
    param = QgsProcessingParameterField(
        name, description, None, parent_layer,
        compat.FIELD_ANY if data_type is None else data_type, False, optional)
    alg.add_parameter(param, help_text)
    return param


def resolve_field(alg, parameters, name, context, source, candidates, required=True,
                  kinds=None):
    """Field name chosen by the user for parameter ``name``, else detected among ``candidates``.

    Raises QgsProcessingException naming the parameter and the layer's fields when a required
    field can be neither read nor detected.
    """
    fields = source.fields()
    chosen = alg.parameterAsString(parameters, name, context) if name in parameters else ""
    if chosen:
        if fields.indexOf(chosen) < 0:
            raise QgsProcessingException(
                tr("Field '{field}' does not exist in the input layer (fields: {fields}).")
                .format(field=chosen, fields=", ".join(fields.names())))
        return chosen
    guessed = guess_field(fields, candidates, kinds)
    if guessed is None and required:
        raise QgsProcessingException(
            tr("Cannot detect the field for '{param}' among {fields}. Choose it in the "
                    "parameter.").format(param=name, fields=", ".join(fields.names()) or "-"))
    return guessed


def optional_field(alg, parameters, name, context):
    """The field chosen for an optional field parameter, "" when left empty."""
    value = parameters.get(name)
    if value in (None, ""):
        return ""
    return alg.parameterAsString(parameters, name, context) or ""


def source_name(source, default):
    """The layer name of a Processing source (``default`` when it has none), for messages."""
    name = source.sourceName() if source is not None and hasattr(source, "sourceName") else ""
    return name or default


# ---------------------------------------------------------------------------------------- periods
def add_period_parameters(alg):
    alg.add_parameter(QgsProcessingParameterDateTime(
        "PERIOD_START", alg.tr("Period start (empty: from the first trip)"), optional=True),
        alg.tr("Only the trips (or legs) that start at or after this date and time are used; a time without "
               "a time zone is read as UTC. Empty: from the first one."))
    alg.add_parameter(QgsProcessingParameterDateTime(
        "PERIOD_END", alg.tr("Period end, excluded (empty: to the last trip)"), optional=True),
        alg.tr("Only the trips (or legs) that start before this date and time are used (the end itself is "
               "excluded); a time without a time zone is read as UTC. Empty: up to the last one."))


def read_period(alg, parameters, context):
    """``(start, end)`` as UTC pandas Timestamps or None."""
    out = []
    for name in ("PERIOD_START", "PERIOD_END"):
        if parameters.get(name) in (None, ""):
            out.append(None)
            continue
        value = alg.parameterAsDateTime(parameters, name, context)
        out.append(pd.Timestamp(compat.qdatetime_to_msecs(value), unit="ms", tz="UTC")
                   if value is not None and value.isValid() else None)
    return tuple(out)


def read_date(alg, parameters, name, context):
    """A date parameter as text for the domain: ``YYYY-MM-DD`` (a whole local day) when it has no time
    of day, else ``YYYY-MM-DD HH:MM:SS`` (local time of the study); None when empty."""
    value = parameters.get(name)
    if value in (None, ""):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    dt = value if isinstance(value, QDateTime) else alg.parameterAsDateTime(parameters, name, context)
    if dt is None or not dt.isValid():
        return None
    if dt.time().hour() == 0 and dt.time().minute() == 0 and dt.time().second() == 0:
        return dt.date().toString("yyyy-MM-dd")
    return dt.toString("yyyy-MM-dd HH:mm:ss")


# ---------------------------------------------------------------------------------------- emissions
def add_factor_parameters(alg):
    """FACTORS (CSV, optional), SCOPE, CAR_OCCUPANCY, CARPOOL_OCCUPANCY."""
    alg.add_parameter(QgsProcessingParameterFile(
        "FACTORS", alg.tr("Emission factor table (CSV; empty: ADEME Impact CO2 shipped with Tracemob)"),
        compat.FILE_BEHAVIOR_FILE, "csv", None, True),
        alg.tr("A CSV table of emission factors per mode (columns mode, usage_g_per_km, "
               "construction_g_per_km, unit pkm or vkm...; see resources/emission_factors/README.md). "
               "Empty: the ADEME Impact CO2 factors shipped with Tracemob."))
    alg.add_parameter(alg.choice_parameter(
        "SCOPE", alg.tr("Emissions counted"),
        list(zip(SCOPES, [alg.tr("Usage (fuel and electricity)"), alg.tr("Usage + vehicle construction")])),
        SCOPES[0]),
        alg.tr("Usage counts the fuel or electricity burnt (and contrails for planes); usage + construction"
               " adds the making, upkeep and end of life of the vehicles."))
    alg.add_parameter(QgsProcessingParameterNumber(
        "CAR_OCCUPANCY", alg.tr("Car occupancy (persons per car)"), compat.NUMBER_DOUBLE,
        emissions.DEFAULT_CAR_OCCUPANCY, False, 0.1, 9.0),
        alg.tr("Persons per car: a car leg is charged the car's emissions per vehicle-km divided by this "
               "number."))
    alg.add_parameter(QgsProcessingParameterNumber(
        "CARPOOL_OCCUPANCY", alg.tr("Occupancy of legs labelled as carpooling"), compat.NUMBER_DOUBLE,
        emissions.DEFAULT_CARPOOL_OCCUPANCY, False, 0.1, 9.0),
        alg.tr("Persons per car for legs labelled as carpooling (carpool, shared_ride, covoiturage): their "
               "emissions are divided by this number instead of the car occupancy."))


def read_factor_parameters(alg, parameters, context, feedback):
    """``(FactorTable, {scope, car_occupancy, carpool_occupancy})`` from the parameters."""
    path = alg.parameterAsFile(parameters, "FACTORS", context) if parameters.get("FACTORS") else ""
    table = alg.run_domain(emissions.load_factor_table, path or None)
    feedback.pushInfo(alg.tr("Emission factors: {label} ({file})").format(label=table.label, file=table.file))
    kwargs = dict(scope=alg.parameterAsChoice(parameters, "SCOPE", context),
                  car_occupancy=alg.parameterAsDouble(parameters, "CAR_OCCUPANCY", context),
                  carpool_occupancy=alg.parameterAsDouble(parameters, "CARPOOL_OCCUPANCY", context))
    return table, kwargs


# ---------------------------------------------------------------------------------------- privacy, bands, zone
def add_privacy_parameter(alg, name="MIN_USERS", description=None, help_text=None):
    """The minimum-participants threshold of a privacy rule: every algorithm builds it here (default
    ``DEFAULT_MIN_USERS``, never below ``MIN_USERS_FLOOR``) and reads it with :func:`read_min_users`."""
    alg.privacy_parameters = tuple(getattr(alg, "privacy_parameters", ())) + (name,)
    alg.add_parameter(QgsProcessingParameterNumber(
        name, description or alg.tr("Privacy: hide values seen by fewer distinct participants than"),
        compat.NUMBER_INTEGER, privacy.DEFAULT_MIN_USERS, False, privacy.MIN_USERS_FLOOR),
        help_text or alg.tr("Privacy: a value computed from fewer distinct participants than this is not published "
                            "(left empty, masked). The default 10 is the project's rule; it cannot go below 2, and "
                            "lowering it is logged as a warning."))


def read_min_users(alg, parameters, context, feedback, name="MIN_USERS", warn=True):
    """The threshold of :func:`add_privacy_parameter`, checked by the one rule (``privacy.check_min_users``:
    at least 2); lowering it below the default is pushed as a warning unless ``warn`` is False (when the
    domain reports it)."""
    k = alg.run_domain(privacy.check_min_users, alg.parameterAsInt(parameters, name, context), field=name)
    warning = privacy.min_users_warning(k)
    if warning and warn and feedback is not None:
        feedback.pushWarning(warning)
    return k


def add_band_parameters(alg):
    alg.add_parameter(QgsProcessingParameterString(
        "BANDS", alg.tr("Time-of-day bands, local hours (e.g. 7-9,9-16,16-19; empty: whole day)"),
        DEFAULT_BANDS, False, True),
        alg.tr("Time-of-day bands in local hours, comma-separated: 7-9,9-16,16-19 gives the morning peak, "
               "the day and the evening peak; minutes as 7:30-9; a band may wrap midnight (22-6). Bands "
               "must not overlap. Empty: one band for the whole day."))
    add_timezone_parameter(alg)


def add_timezone_parameter(alg, label=None, help_text=None):
    """TIMEZONE: an IANA zone name, Europe/Paris by default, shown (not advanced); read by
    :func:`read_timezone`. ``label`` / ``help_text`` (translated) default to the study's time zone."""
    alg.add_parameter(QgsProcessingParameterString(
        "TIMEZONE", label or alg.tr("Time zone of the study"), DEFAULT_TZ, False, False),
        help_text or alg.tr("IANA name of the study's time zone (Europe/Paris, America/Montreal...): time "
                            "bands, weekdays and dates are local to this zone, and so are point times written "
                            "without an offset."))


def read_bands(alg, parameters, context):
    """The BANDS text checked by the domain (an empty, unreadable or overlapping band raises)."""
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


# ---------------------------------------------------------------------------------------- mode filter
def add_mode_parameters(alg):
    alg.add_parameter(alg.choice_parameter(
        "MODE_FILTER", alg.tr("Legs used"),
        list(zip(MODE_FILTERS, [
            alg.tr("Motorised road traffic (car, carpool, bus, motorcycle...; not walking, cycling, rail)"),
            alg.tr("All legs"),
            alg.tr("Only the modes listed below")])), MODE_FILTERS[0]),
        alg.tr("Which legs are matched to the roads: motorised road traffic only (car, carpool, bus, "
               "motorcycle...; walking, cycling, rail, plane and unknown legs left out), every leg, or only"
               " the modes listed below."))
    alg.add_parameter(QgsProcessingParameterString(
        "MODES", alg.tr("Modes to keep, comma-separated (with 'Only the modes listed below')"), "car,bus",
        False, True),
        alg.tr("With 'Only the modes listed below': the modes to keep, comma-separated, as codes (car,bus) or "
               "French names (voiture, bus, vélo, marche, train, tram, métro...), in any case, with or without"
               " accents."))


def motor_only(alg, parameters, context):
    """Whether the legs are matched on the network as a car sees it (classes closed to motor traffic, such as
    cycleways and footways, left out): with 'motorised road traffic', and with listed modes that are all motorised
    road modes (car, carpool, bus...). Cars matched on a cycleway beside their street gave false detours at
    impossible speeds."""
    choice = alg.parameterAsChoice(parameters, "MODE_FILTER", context)
    if choice == "motorised":
        return True
    if choice != "listed":
        return False
    try:
        wanted = parse_modes(alg.parameterAsString(parameters, "MODES", context) or "", "MODES")
    except Exception:   # filter_modes reports a bad list
        return False
    return bool(wanted) and bool(np.all(road_motorised(pd.Series(list(wanted), dtype=object))))


def filter_modes(alg, parameters, context, feedback, legs):
    """Legs kept by MODE_FILTER / MODES (with messages). Without a mode column every leg is kept."""
    choice = alg.parameterAsChoice(parameters, "MODE_FILTER", context)
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
        keep = road_motorised(mode)
        label = alg.tr("motorised road traffic")
    else:
        text = alg.parameterAsString(parameters, "MODES", context) or ""
        wanted = alg.run_domain(parse_modes, text, "MODES")
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
