"""The transport-mode vocabulary, the one home: the modes Tracemob infers, their coarse classes, display
order and main-mode hierarchy, the user labels that map to them (OpenPATH etc.), the labels that mean
carpooling, the columns where labels are found, which modes are motorised road traffic, the modes' display
names and the words (English or French) a planner may type for a mode in a text parameter."""
import re
import unicodedata

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

#: Tracemob's mode vocabulary (mode inference output); ``unknown`` is "cannot tell". ``wait`` is not a means of
#: transport: the wait at a public-transport stop before boarding (a leg of its own when mode inference has the
#: stops); it has no distance, no emissions, is neutral in the FMD and never a trip's main mode (modal shares by
#: main mode leave it out).
MODES = ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "coach", "tram", "metro", "train",
         "ferry", "plane", "wait", "unknown")
SOURCES = ("user", "model", "rules")
#: The modes (plus carpool, a kind of car trip) that rules and factor tables may name.
MODES_AND_CARPOOL = ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "carpool", "bus", "coach", "tram",
                     "metro", "train", "ferry", "plane", "wait", "unknown")
#: Main mode of a trip made of several legs: the first of its legs' modes in this order (a wait never is).
#: EMC² style: the heavy and long-distance public transport first (train, then the interurban coach, as the
#: survey's own order), then the urban networks. The ferry, which EMC² files among its "other modes", comes
#: after the coach and before the urban networks: a crossing (an island, an estuary, a lagoon) defines the trip
#: more than the bus or metro that reaches the pier, less than the train or coach that brought one to the coast.
MAIN_MODE_HIERARCHY = ("plane", "train", "coach", "ferry", "metro", "tram", "bus", "car", "motorcycle",
                       "escooter", "ebike", "bike", "unknown", "walk", "wait")
#: Order of the modes in tables and charts (soft modes first, as in EMC² publications); without ``wait``, not a
#: means of transport (no column in the modal shares).
DISPLAY_ORDER = ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "coach", "tram", "metro",
                 "train", "ferry", "plane", "unknown")

#: The modes in a Processing choice list (e.g. od_flows' "only trips with main mode"): saved models and batch
#: files store the *index* of a choice, so this order never changes; a new mode is appended at the end.
PARAMETER_ORDER = ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "tram", "metro", "train",
                   "plane", "unknown", "coach", "ferry")

#: Labels (user-confirmed modes, e-mission ``mode_confirm``, French words) that mean carpooling, as driver or
#: passenger: emissions divide the car factor by the carpool occupancy, the FMD counts them as carpool.
CARPOOL_LABELS = frozenset({"carpool", "carpooling", "shared_ride", "e_car_shared_ride", "covoiturage",
                            "car_passenger", "passenger", "passager", "rideshare", "ride_share"})
#: Columns of a legs table where a participant's own label may be found (besides ``mode``).
LABEL_COLUMNS = ("mode_label", "mode_confirm", "label")

#: Mode values (ours, e-mission's activities, common words) that are not motorised road traffic: walking,
#: cycling, rail, water, plane, and legs of unknown mode. Travel times on roads leave them out (a coach is road
#: traffic and stays in; a ferry crosses water and is left out).
NOT_ROAD_MOTORISED = ("walk", "walking", "running", "on_foot", "bike", "bicycle", "cycling", "ebike",
                      "e-bike", "escooter", "e-scooter", "tram", "metro", "subway", "train", "rail", "ferry",
                      "boat", "plane", "air", "wait", "unknown", "")

#: coarse level used for scoring and for models trained without fine labels
COARSE = {
    "walk": "walk",
    "bike": "bike", "ebike": "bike", "escooter": "bike",
    "motorcycle": "motorised", "car": "motorised", "carpool": "motorised", "bus": "motorised",
    "coach": "motorised", "tram": "motorised", "metro": "motorised", "train": "motorised",
    "ferry": "motorised", "plane": "motorised",
    "wait": "walk",  # on foot at a stop, in no vehicle
    "unknown": "unknown",
}
PUBLIC_TRANSPORT = ("bus", "coach", "tram", "metro", "train", "ferry")

# User labels -> vocabulary. Keys are normalised (lower case, separators -> "_").
# OpenPATH / e-mission-phone default and program label options, GeoLife labels,
# e-mission sensed modes and a few French words planners type.
LABEL_MAP = {
    # walking
    "walk": "walk", "walking": "walk", "on_foot": "walk", "foot": "walk", "run": "walk",
    "running": "walk", "marche": "walk", "a_pied": "walk", "pied": "walk", "wheelchair": "walk",
    # bikes
    "bike": "bike", "bicycle": "bike", "bicycling": "bike", "cycling": "bike", "bikeshare": "bike",
    "bike_share": "bike", "velo": "bike", "vélo": "bike",
    "ebike": "ebike", "e_bike": "ebike", "pilot_ebike": "ebike", "electric_bike": "ebike",
    "ebikeshare": "ebike", "e_bikeshare": "ebike", "vae": "ebike",
    "escooter": "escooter", "e_scooter": "escooter", "scootershare": "escooter",
    "scooter_share": "escooter", "trottinette": "escooter", "skateboard": "escooter",
    # two-wheelers with an engine
    "motorcycle": "motorcycle", "moped": "motorcycle", "motorbike": "motorcycle", "moto": "motorcycle",
    "scooter": "motorcycle", "e_moped": "motorcycle",
    # cars
    "car": "car", "drove_alone": "car", "shared_ride": "car", "e_car_drove_alone": "car",
    "e_car_shared_ride": "car", "taxi": "car", "uber": "car", "lyft": "car", "carshare": "car",
    "car_share": "car", "carpool": "car", "voiture": "car", "in_vehicle": "car", "automotive": "car",
    "van": "car", "drive": "car", "driving": "car", "driver": "car", "passenger": "car",
    "ride_hail": "car", "ridehail": "car", "taxi_uber_lyft": "car", "uber_lyft": "car",
    "rideshare": "car", "ride_share": "car", "e_car": "car", "ecar": "car", "car_driver": "car",
    "car_passenger": "car", "not_a_trip_car": "car", "auto": "car", "covoiturage": "car",
    # public transport. The French "car" is a coach, but the key "car" is e-mission's and English speakers' car and
    # stays a car: a coach is "autocar", "car_interurbain", "coach". A school bus ("car_scolaire", "bus_scolaire",
    # "school_bus") is a coach: the vehicle is an autocar, the EMC² survey files school transport with the "other
    # coaches" (interurban), and the coach's emission factor fits it better than the urban bus's.
    "bus": "bus", "free_shuttle": "bus", "shuttle": "bus", "trolleybus": "bus", "autobus": "bus",
    "minibus": "bus", "navette": "bus",
    "coach": "coach", "autocar": "coach", "car_interurbain": "coach", "autocar_interurbain": "coach",
    "intercity_bus": "coach", "long_distance_bus": "coach", "car_regional": "coach", "car_scolaire": "coach",
    "bus_scolaire": "coach", "school_bus": "coach", "transport_scolaire": "coach",
    "tram": "tram", "tramway": "tram", "light_rail": "tram", "streetcar": "tram",
    "metro": "metro", "subway": "metro", "underground": "metro", "métro": "metro",
    "train": "train", "rail": "train", "railway": "train", "ter": "train", "rer": "train",
    "tgv": "train", "commuter_rail": "train", "air_or_hsr": "train",
    "ferry": "ferry", "boat": "ferry", "bateau": "ferry", "ferry_boat": "ferry", "ferryboat": "ferry",
    "water_taxi": "ferry", "water_bus": "ferry", "waterbus": "ferry", "vaporetto": "ferry",
    "navette_fluviale": "ferry", "navette_maritime": "ferry", "bateau_bus": "ferry", "bac": "ferry",
    "traversier": "ferry", "batobus": "ferry", "navibus": "ferry",
    "plane": "plane", "air": "plane", "airplane": "plane", "flight": "plane", "avion": "plane",
    "wait": "wait", "waiting": "wait", "attente": "wait",
    # no decision
    "unknown": "unknown", "other": "unknown", "not_a_trip": "unknown", "still": "unknown",
}


def normalise_label(value) -> str:
    """Key form of a label: ``'E-bike '`` -> ``'e_bike'``; ``MotionTypes.ON_FOOT`` -> ``'on_foot'``."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    text = str(value).strip().lower()
    if text.startswith("motiontypes."):
        text = text.split(".", 1)[1]
    return re.sub(r"[\s\-/]+", "_", text)


def map_labels(values) -> pd.Series:
    """Map user labels to the vocabulary. Empty/NULL -> None (not labelled); a label we do not
    know -> 'unknown' (labelled, but we cannot use it)."""
    s = pd.Series(values, dtype=object)
    keys = s.map(normalise_label)
    out = keys.map(lambda k: None if k == "" else LABEL_MAP.get(k, "unknown"))
    out.index = s.index
    return out


def coarse(modes) -> np.ndarray:
    """Coarse class (walk / bike / motorised / unknown) of an array of modes."""
    return np.array([COARSE.get(m, "unknown") if isinstance(m, str) else "unknown"
                     for m in np.asarray(modes, dtype=object)], dtype=object)


def road_motorised(modes: pd.Series) -> pd.Series:
    """Which legs are motorised road traffic, from mode values already stripped and lower-cased."""
    return ~modes.isin(NOT_ROAD_MOTORISED)


def mode_label(mode: str) -> str:
    """Translated display name of a mode code (the code itself when it is not one)."""
    labels = {
        "walk": tr("Walk"), "bike": tr("Bike"), "ebike": tr("E-bike"), "escooter": tr("E-scooter"),
        "motorcycle": tr("Motorcycle"), "car": tr("Car"), "carpool": tr("Carpool"), "bus": tr("Bus"),
        "coach": tr("Coach"), "tram": tr("Tram"), "metro": tr("Metro"), "train": tr("Train"),
        "ferry": tr("Ferry"), "plane": tr("Plane"),
        "wait": tr("Wait at a stop"), "unknown": tr("Unknown"),
    }
    return labels.get(mode, mode)


# --- modes typed in text parameters (MODES=car,bus; MAP_MODE=voiture) ------------------------------------
#: French name of each mode code, shown in the messages listing the accepted words.
FRENCH_MODE_NAMES = {
    "walk": "marche", "bike": "vélo", "ebike": "vae", "escooter": "trottinette", "motorcycle": "moto",
    "car": "voiture", "carpool": "covoiturage", "bus": "bus", "coach": "autocar", "tram": "tram",
    "metro": "métro", "train": "train", "ferry": "bateau", "plane": "avion", "wait": "attente", "unknown": "inconnu",
}
#: Words accepted for each mode code besides the code itself and its French name, compared without case,
#: accents or separators ("Vélo électrique" = "velo-electrique"). "car" is the code of the car (not the
#: French "car", a coach: write "autocar").
MODE_WORDS = {
    "walk": ("walking", "on foot", "foot", "a pied", "pied", "pieton", "marche a pied"),
    "bike": ("bicycle", "cycling", "bicyclette"),
    "ebike": ("e-bike", "electric bike", "velo electrique", "velo a assistance electrique"),
    "escooter": ("e-scooter", "trottinette electrique"),
    "motorcycle": ("motorbike", "moped", "deux roues motorise", "scooter", "motocyclette"),
    "car": ("automobile", "auto", "voiture particuliere"),
    "carpool": ("carpooling", "shared ride"),
    "bus": ("autobus", "minibus"),
    "coach": ("car interurbain", "autocar interurbain", "intercity bus", "long distance bus", "car scolaire",
              "school bus"),
    "tram": ("tramway",),
    "metro": ("subway", "underground"),
    "train": ("rail", "ter", "rer", "tgv"),
    "ferry": ("boat", "ferry boat", "navette fluviale", "navette maritime", "bac", "vaporetto", "traversier",
              "water bus"),
    "plane": ("airplane", "aeroplane", "air"),
    "wait": ("waiting", "wait at a stop", "attente a l'arret"),
    "unknown": ("inconnue",),
}


def _word_key(text) -> str:
    """``' Vélo-Électrique '`` -> ``'velo electrique'``: lower case, no accents, one space between words."""
    decomposed = unicodedata.normalize("NFKD", str(text).strip().lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.split(r"[\s\-_/'’]+", plain)).strip()


def _word_index(codes):
    index = {}
    for code in codes:
        for word in (code, FRENCH_MODE_NAMES.get(code, code)) + MODE_WORDS.get(code, ()):
            index.setdefault(_word_key(word), code)
    return index


def accepted_mode_words(codes=MODES_AND_CARPOOL) -> str:
    """``'walk (marche), bike (vélo), ...'``: the codes with their French names, for messages."""
    return ", ".join("{} ({})".format(c, FRENCH_MODE_NAMES[c]) if FRENCH_MODE_NAMES.get(c, c) != c else c
                     for c in codes)


def parse_modes(text, parameter: str, codes=MODES_AND_CARPOOL) -> list:
    """The mode codes of a comma- (or semicolon-) separated list typed by a user, in order, without
    repeats: codes (``car``), French names (``voiture``, ``Vélo``, ``métro``) and the other
    :data:`MODE_WORDS`, whatever their case and accents. An unknown word raises :class:`InputError` naming
    ``parameter`` and the accepted values. An empty text gives ``[]``."""
    index = _word_index(codes)
    out = []
    for word in str(text or "").replace(";", ",").split(","):
        if not word.strip():
            continue
        code = index.get(_word_key(word))
        if code is None:
            raise InputError(
                tr("unknown mode '{word}' in the parameter {param}").format(word=word.strip(), param=parameter),
                hint=tr("Accepted modes: {modes}.").format(modes=accepted_mode_words(codes)))
        if code not in out:
            out.append(code)
    return out


def parse_mode(text, parameter: str, codes=MODES_AND_CARPOOL) -> str:
    """One mode code from a word typed by a user (see :func:`parse_modes`); several or none raise."""
    modes = parse_modes(text, parameter, codes)
    if len(modes) != 1:
        raise InputError(tr("the parameter {param} takes one mode, not '{text}'").format(
            param=parameter, text=str(text or "").strip()),
            hint=tr("Accepted modes: {modes}.").format(modes=accepted_mode_words(codes)))
    return modes[0]
