"""Column names: the contracts of the pipeline's tables, and the names readers recognise.

The contracts (``POINT_COLUMNS`` ... ``GAP_COLUMNS``) are the columns every stage exchanges
(docs/ARCHITECTURE.md); ``SYNONYMS`` are the names the readers recognise, case-insensitively.
"""
import re
import unicodedata
from typing import Dict, Iterable, Optional

#: positionfixes (``ingest.read_traces`` -> ``trips.segment``)
POINT_COLUMNS = ["user_id", "time", "lat", "lon", "accuracy_m", "speed_mps", "source_file"]
#: a points layer's exact time: UTC epoch seconds (a GeoPackage written by QGIS 3.22 keeps whole
#: seconds in its date-time fields; e-mission's rules need the milliseconds)
EXACT_TIME_COLUMN = "epoch_s"
#: the phone's motion activity readings
MOTION_COLUMNS = ["user_id", "time", "activity", "confidence", "source_file"]
#: trips the participants confirmed (modes and purposes they gave)
TRIPS_LABELS_COLUMNS = ["user_id", "start_time", "end_time", "mode_confirm", "purpose_confirm", "source",
                        "source_file"]
#: the segmentation's tables
STAY_COLUMNS = ["stay_id", "user_id", "start_time", "end_time", "duration_s", "is_activity", "lat",
                "lon", "n_points"]
TRIP_COLUMNS = ["trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m",
                "origin_stay_id", "destination_stay_id", "n_points", "first_point", "last_point"]
LEG_COLUMNS = ["leg_id", "trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m",
               "n_points", "speed_mean_mps", "speed_median_mps", "speed_p85_mps", "speed_max_mps",
               "first_point", "last_point", "sensed_mode"]
GAP_COLUMNS = ["user_id", "start_time", "end_time", "duration_s"]

SYNONYMS: Dict[str, tuple] = {
    "user": ("user_id", "user", "userid", "uid", "uuid", "user_uuid", "id_user", "person",
             "person_id", "personid", "participant", "participant_id", "device", "device_id",
             "deviceid", "tracker", "tracker_id", "individual", "individual_id", "traj_id",
             "utilisateur", "id_utilisateur", "personne", "id_personne", "enqueteur", "panel_id"),
    "time": ("time", "timestamp", "datetime", "date_time", "tracked_at", "ts", "t", "utc",
             "time_utc", "timestamp_utc", "datetime_utc", "utc_time", "gps_time", "fix_time",
             "recorded_at", "created_at", "epoch", "unix_time", "unixtime", "time_ms",
             "timestamp_ms", "epoch_ms", "horodatage", "date_heure", "dateheure", "heure_utc",
             "temps", "when", "instant", "iso_time", "local_time", "time_local", "localtime"),
    "date": ("date", "jour", "day", "gps_date", "utc_date", "date_utc", "date_local"),
    "clock": ("time", "heure", "hour", "clock", "gps_time", "utc_time", "time_utc", "heure_utc",
              "time_of_day", "local_time"),
    "lat": ("lat", "latitude", "y", "lat_deg", "latitude_deg", "lat_wgs84", "latitude_wgs84",
            "gps_latitude", "location_lat", "lat_dd", "latitude_dd"),
    "lon": ("lon", "lng", "long", "longitude", "x", "lon_deg", "longitude_deg", "lon_wgs84",
            "longitude_wgs84", "gps_longitude", "location_lon", "location_lng", "lon_dd",
            "longitude_dd"),
    "accuracy": ("accuracy", "accuracy_m", "acc", "horizontal_accuracy", "horizontal_accuracy_m",
                 "hacc", "h_acc", "precision", "precision_m", "gps_accuracy", "location_accuracy",
                 "accuracy_meters", "radius", "hdop_m"),
    "speed": ("speed", "speed_mps", "speed_m_s", "speed_ms", "sensed_speed", "velocity", "vitesse",
              "vitesse_m_s", "gps_speed"),
    "speed_kmh": ("speed_kmh", "speed_km_h", "speed_kph", "vitesse_kmh", "vitesse_km_h", "kmh",
                  "km_h"),
    # labelled trips (GeoLife labels.txt, survey exports): start, end, mode and/or purpose
    "start": ("start_time", "started_at", "start", "start_datetime", "start_ts", "debut",
              "heure_debut", "date_debut", "depart", "heure_depart", "start_fmt_time"),
    "end": ("end_time", "finished_at", "end", "end_datetime", "end_ts", "fin", "heure_fin",
            "date_fin", "arrivee", "heure_arrivee", "end_fmt_time"),
    "mode": ("mode_confirm", "transportation_mode", "transport_mode", "mode", "travel_mode",
             "mode_de_transport", "modal", "label"),
    "purpose": ("purpose_confirm", "purpose", "trip_purpose", "motif", "destination_purpose"),
}
#: the optional participants table of the FMD attestations (employer's list)
PARTICIPANT_COLUMNS = {"user_id": ("user_id", "participant", "participant_id", "user", "id"),
                       "name": ("name", "nom", "pseudonym", "display_name"),
                       "working_time_share": ("working_time_share", "working_time", "quotite", "share"),
                       "months_present": ("months_present", "months", "mois_presence")}

ACCEPTED_TEXT = {
    "user": "user_id, user, uid, device_id, participant, utilisateur...",
    "time": "time, timestamp, datetime, tracked_at, ts, horodatage... (or date + time/heure)",
    "lat": "lat, latitude, y",
    "lon": "lon, lng, long, longitude, x",
    "accuracy": "accuracy, accuracy_m, horizontal_accuracy, precision",
    "speed": "speed, speed_mps, vitesse (m/s); speed_kmh, vitesse_kmh (km/h)",
}


def normalise_name(name) -> str:
    """'Vitesse (km/h)' -> 'vitesse_km_h'; 'Latitude°' -> 'latitude'."""
    s = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    s = s.strip().lower()
    s = re.sub(r"[^a-z0-9]+", "_", s).strip("_")
    return s


def find_column(columns: Iterable, role: str, exclude=()) -> Optional[str]:
    """The first column whose normalised name is a synonym of ``role`` (in synonym order)."""
    norm = {}
    for c in columns:
        if c in exclude:
            continue
        norm.setdefault(normalise_name(c), c)
    for syn in SYNONYMS[role]:
        if syn in norm:
            return norm[syn]
    return None


def accepted_names_text() -> str:
    return "; ".join("{0}: {1}".format(k, v) for k, v in ACCEPTED_TEXT.items())


# --------------------------------------------------------------------------- fields of GIS layers
# The Processing tools detect the fields of a QGIS layer among these candidates, in order of preference
# (exact case-insensitive match first, then a field containing a candidate of 4 letters or more). They
# are shorter than :data:`SYNONYMS` on purpose: a layer usually comes from Tracemob itself or from a GIS
# product (OSM, IGN BD TOPO, INSEE zones) whose field names are known, and a wrong guess on a layer is
# silent where a file reader can refuse.
USER_FIELD_CANDIDATES = ("user_id", "userid", "user", "uid", "uuid", "participant", "participant_id",
                         "person_id", "device_id", "device", "id_user", "name")
TIME_FIELD_CANDIDATES = ("time", "timestamp", "datetime", "date_time", "ts", "fmt_time", "t",
                         "start_time", "date", "heure")
ACCURACY_FIELD_CANDIDATES = ("accuracy_m", "accuracy", "acc", "horizontal_accuracy", "hdop")
SPEED_FIELD_CANDIDATES = ("speed_mps", "speed", "velocity")
LEG_FIELD_CANDIDATES = ("leg_id", "section_id", "leg", "segment_id", "trip_id")
ZONE_ID_CANDIDATES = ("zone_id", "code_iris", "iris", "insee_com", "code_insee", "insee", "code_com", "code",
                      "id", "zone", "nom", "name", "fid")
#: public-transport lines: the field telling bus / tram / metro / train (OSM route / railway, GTFS route_type)
TRANSIT_KIND_FIELD_CANDIDATES = ("kind", "mode", "route_type", "route", "railway", "type", "highway",
                                 "other_tags")
# road networks (OSM extracts, IGN BD TOPO 'troncon_de_route')
ONEWAY_FIELD_CANDIDATES = ("oneway", "one_way", "sens", "sens_circu", "sens_de_circulation", "dir_travel")
MAXSPEED_FIELD_CANDIDATES = ("maxspeed", "max_speed", "speed_kmh", "vitesse_moyenne_vl", "vitesse", "speed")
ROAD_CLASS_FIELD_CANDIDATES = ("highway", "road_class", "fclass", "nature", "importance", "type")
STREET_NAME_FIELD_CANDIDATES = ("name", "nom", "nom_1_gauche", "nom_voie_ban_gauche", "nom_voie", "street")
ROAD_ID_FIELD_CANDIDATES = ("osm_id", "cleabs", "id", "link_id", "edge_id", "fid", "gid")
