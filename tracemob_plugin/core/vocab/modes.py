"""The transport-mode vocabulary, the one home: the modes Tracemob infers, their coarse classes, display
order and main-mode hierarchy, the user labels that map to them (OpenPATH etc.), the labels that mean
carpooling, the columns where labels are found, and which modes are motorised road traffic."""
import re

import numpy as np
import pandas as pd

#: Tracemob's mode vocabulary (mode inference output); ``unknown`` is "cannot tell".
MODES = ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "tram", "metro", "train",
         "plane", "unknown")
SOURCES = ("user", "model", "rules")
#: The modes (plus carpool, a kind of car trip) that rules and factor tables may name.
MODES_AND_CARPOOL = ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "carpool", "bus", "tram", "metro",
                     "train", "plane", "unknown")
#: Main mode of a trip made of several legs: the first of its legs' modes in this order.
MAIN_MODE_HIERARCHY = ("plane", "train", "metro", "tram", "bus", "car", "motorcycle", "escooter", "ebike",
                       "bike", "unknown", "walk")
#: Order of the modes in tables and charts (soft modes first, as in EMC² publications).
DISPLAY_ORDER = ("walk", "bike", "ebike", "escooter", "motorcycle", "car", "bus", "tram", "metro", "train",
                 "plane", "unknown")

#: Labels (user-confirmed modes, e-mission ``mode_confirm``, French words) that mean carpooling, as driver or
#: passenger: emissions divide the car factor by the carpool occupancy, the FMD counts them as carpool.
CARPOOL_LABELS = frozenset({"carpool", "carpooling", "shared_ride", "e_car_shared_ride", "covoiturage",
                            "car_passenger", "passenger", "passager", "rideshare", "ride_share"})
#: Columns of a legs table where a participant's own label may be found (besides ``mode``).
LABEL_COLUMNS = ("mode_label", "mode_confirm", "label")

#: Mode values (ours, e-mission's activities, common words) that are not motorised road traffic: walking,
#: cycling, rail, plane, and legs of unknown mode. Travel times on roads leave them out.
NOT_ROAD_MOTORISED = ("walk", "walking", "running", "on_foot", "bike", "bicycle", "cycling", "ebike",
                      "e-bike", "escooter", "e-scooter", "tram", "metro", "subway", "train", "rail", "plane",
                      "air", "unknown", "")

#: coarse level used for scoring and for models trained without fine labels
COARSE = {
    "walk": "walk",
    "bike": "bike", "ebike": "bike", "escooter": "bike",
    "motorcycle": "motorised", "car": "motorised", "bus": "motorised", "tram": "motorised",
    "metro": "motorised", "train": "motorised", "plane": "motorised",
    "unknown": "unknown",
}
PUBLIC_TRANSPORT = ("bus", "tram", "metro", "train")

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
    # public transport
    "bus": "bus", "free_shuttle": "bus", "shuttle": "bus", "coach": "bus", "trolleybus": "bus",
    "autobus": "bus", "autocar": "bus", "car_scolaire": "bus",
    "tram": "tram", "tramway": "tram", "light_rail": "tram", "streetcar": "tram",
    "metro": "metro", "subway": "metro", "underground": "metro", "métro": "metro",
    "train": "train", "rail": "train", "railway": "train", "ter": "train", "rer": "train",
    "tgv": "train", "commuter_rail": "train", "air_or_hsr": "train",
    "plane": "plane", "air": "plane", "airplane": "plane", "flight": "plane", "avion": "plane",
    # no decision
    "unknown": "unknown", "other": "unknown", "not_a_trip": "unknown", "boat": "unknown",
    "ferry": "unknown", "still": "unknown",
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
