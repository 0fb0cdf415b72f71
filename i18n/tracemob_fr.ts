<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Tracemob</name>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="52"/>
        <source>Import travel traces</source>
        <translation>Importer des traces de déplacement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="55"/>
        <source>Reads smartphone travel traces into a point layer (EPSG:4326), one point per location fix, with the fields user_id, time (UTC), accuracy_m, speed_mps and source_file.

Input files: OpenPATH / e-mission exports (JSON timeseries), GPX, CSV and GeoJSON. Choose one or several files, or a folder (every readable file inside it is read). With qgis_process, repeat INPUT or separate paths with &apos;;&apos;.

User id: used when the file does not name its user; by default the file name.
Time zone: the zone of times written without an offset (IANA name such as Europe/Paris; default UTC). Times with an offset or epoch times are not changed.
Maximum accuracy: points whose reported accuracy radius is larger are dropped.
Skip unreadable files: report a broken file as a warning and go on with the others.

Optional outputs: the phone&apos;s motion activity (e-mission background/motion_activity) and the trips confirmed by the user (mode and purpose labels), as tables.</source>
        <translation>Lit les traces de déplacement enregistrées par smartphone dans une couche de points (EPSG:4326), un point par point GPS, avec les champs user_id, time (UTC), accuracy_m, speed_mps et source_file.

Fichiers d&apos;entrée : exports OpenPATH / e-mission (séries temporelles JSON), GPX, CSV et GeoJSON. Choisissez un ou plusieurs fichiers, ou un dossier (tous les fichiers lisibles qu&apos;il contient sont lus). Avec qgis_process, répétez INPUT ou séparez les chemins par « ; ».

Identifiant d&apos;utilisateur : utilisé quand le fichier ne nomme pas son utilisateur ; par défaut, le nom du fichier.
Fuseau horaire : fuseau des heures écrites sans décalage (nom IANA tel que Europe/Paris ; UTC par défaut). Les heures avec décalage et les heures epoch ne sont pas modifiées.
Précision maximale : les points dont le rayon de précision annoncé est plus grand sont écartés.
Ignorer les fichiers illisibles : signale un fichier défectueux par un avertissement et poursuit avec les autres.

Sorties facultatives : l&apos;activité de mouvement détectée par le téléphone (background/motion_activity d&apos;e-mission) et les déplacements confirmés par l&apos;utilisateur (libellés de mode et de motif), sous forme de tables.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="71"/>
        <source>Trace files or folder</source>
        <translation>Fichiers de traces ou dossier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="73"/>
        <source>User id (when the file has none; default: file name)</source>
        <translation>Identifiant d&apos;utilisateur (si le fichier n&apos;en donne pas ; par défaut : nom du fichier)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="76"/>
        <source>Time zone of times without offset (IANA name, e.g. Europe/Paris)</source>
        <translation>Fuseau horaire des heures sans décalage (nom IANA, p. ex. Europe/Paris)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="79"/>
        <source>Maximum accuracy radius to keep a point (m)</source>
        <translation>Rayon de précision maximal pour garder un point (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="82"/>
        <source>Skip unreadable files (report them as warnings)</source>
        <translation>Ignorer les fichiers illisibles (les signaler par un avertissement)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="84"/>
        <location filename="../processing/algorithms/import_traces.py" line="127"/>
        <location filename="../processing/algorithms/segment_trips.py" line="128"/>
        <source>Trace points</source>
        <translation>Points de trace</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="86"/>
        <source>Motion activity</source>
        <translation>Activité de mouvement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="88"/>
        <source>User-confirmed trips</source>
        <translation>Déplacements confirmés par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="95"/>
        <source>Choose at least one trace file or folder.</source>
        <translation>Choisissez au moins un fichier de traces ou un dossier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="99"/>
        <source>File or folder not found: {path}</source>
        <translation>Fichier ou dossier introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="107"/>
        <source>Reading {n} input(s)…</source>
        <translation>Lecture de {n} entrée(s)…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="116"/>
        <source>{n} points read from {files} file(s).</source>
        <translation>{n} points lus dans {files} fichier(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="119"/>
        <source>No location point was found in the input.</source>
        <translation>Aucun point de localisation n&apos;a été trouvé dans l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="48"/>
        <source>Cleaning: drop fixes less accurate than (m)</source>
        <translation>Nettoyage : écarter les points GPS moins précis que (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="49"/>
        <source>Cleaning: near-duplicate window (s)</source>
        <translation>Nettoyage : fenêtre des quasi-doublons (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="50"/>
        <source>Cleaning: spike speed (m/s)</source>
        <translation>Nettoyage : vitesse d&apos;un point aberrant (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="51"/>
        <source>Cleaning: impossible speed (m/s)</source>
        <translation>Nettoyage : vitesse impossible (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="52"/>
        <source>Stay: radius (m)</source>
        <translation>Arrêt : rayon (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="53"/>
        <source>Stay: minimum duration (s)</source>
        <translation>Arrêt : durée minimale (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="54"/>
        <source>Stay: time gap that restarts detection (s, empty: never)</source>
        <translation>Arrêt : interruption qui relance la détection (s ; vide : jamais)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="55"/>
        <source>Stay: the end of the data can be a stay</source>
        <translation>Arrêt : la fin des données peut être un arrêt</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="56"/>
        <source>Gap: examine time gaps longer than (s)</source>
        <translation>Interruption : examiner les interruptions plus longues que (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="57"/>
        <source>Gap: a gap covered slower than this is time at the place (m/s)</source>
        <translation>Interruption : franchie plus lentement que ceci, elle compte comme temps passé sur place (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="58"/>
        <source>Gap: untracked time that cuts a trip (s)</source>
        <translation>Interruption : durée sans suivi qui coupe un déplacement (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="59"/>
        <source>Activity: minimum stay duration (s)</source>
        <translation>Activité : durée minimale de l&apos;arrêt (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="60"/>
        <source>Trip: starts and ends on the fixes of the stays</source>
        <translation>Déplacement : commence et finit sur les points GPS des arrêts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="61"/>
        <source>Trip: minimum number of moving fixes</source>
        <translation>Déplacement : nombre minimal de points GPS en mouvement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="62"/>
        <source>Trip: minimum distance (m)</source>
        <translation>Déplacement : distance minimale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="63"/>
        <source>Leg: speed window (s)</source>
        <translation>Trajet : fenêtre de calcul de la vitesse (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="64"/>
        <source>Leg: walking speed limit (m/s)</source>
        <translation>Trajet : vitesse maximale de marche (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="65"/>
        <source>Leg: ignore &apos;walking&apos; motion above (m/s)</source>
        <translation>Trajet : ignorer l&apos;activité « marche » au-dessus de (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="66"/>
        <source>Leg: minimum duration (s)</source>
        <translation>Trajet : durée minimale (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="67"/>
        <source>Leg: minimum distance (m)</source>
        <translation>Trajet : distance minimale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="68"/>
        <source>Motion: a reading applies for (s)</source>
        <translation>Activité de mouvement : durée de validité d&apos;un relevé (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="69"/>
        <source>Motion: minimum confidence (0-100)</source>
        <translation>Activité de mouvement : confiance minimale (0-100)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="110"/>
        <source>Segment trips</source>
        <translation>Découper en déplacements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="113"/>
        <source>Cuts the trace points of each user into stays (places where the person stayed), trips between two stays, and legs (parts of a trip with a single transport mode).

Input: any point layer with a user field and a time field (both detected when left empty: user_id, user, uid… and time, timestamp, datetime…). Times may be date-time fields, ISO text or epoch seconds. An optional motion-activity table (from Import travel traces) helps to split legs.

Outputs: stays (points, with duration and whether it is an activity), trips and legs (lines whose M value is the UTC epoch second of each vertex, with duration, distance and speeds), and optionally the untracked gaps and the cleaned points with their stay, trip and leg ids.

The thresholds (advanced parameters) are in metres and seconds.</source>
        <translation>Découpe les points de trace de chaque utilisateur en arrêts (lieux où la personne est restée), en déplacements entre deux arrêts et en trajets (parties d&apos;un déplacement faites avec un seul mode de transport).

Entrée : toute couche de points avec un champ utilisateur et un champ horaire (tous deux détectés s&apos;ils sont laissés vides : user_id, user, uid… et time, timestamp, datetime…). Les heures peuvent être des champs date-heure, du texte ISO ou des secondes epoch. Une table facultative d&apos;activité de mouvement (issue de « Importer des traces de déplacement ») aide à découper les trajets.

Sorties : arrêts (points, avec la durée et s&apos;il s&apos;agit d&apos;une activité), déplacements et trajets (lignes dont la valeur M est la seconde epoch UTC de chaque sommet, avec durée, distance et vitesses), et en option les interruptions de suivi et les points nettoyés avec leurs identifiants d&apos;arrêt, de déplacement et de trajet.

Les seuils (paramètres avancés) sont en mètres et en secondes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="129"/>
        <source>User field (empty: detect)</source>
        <translation>Champ utilisateur (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="131"/>
        <source>Time field (empty: detect)</source>
        <translation>Champ horaire (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="134"/>
        <source>Motion activity table (optional)</source>
        <translation>Table d&apos;activité de mouvement (facultative)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="151"/>
        <location filename="../processing/algorithms/segment_trips.py" line="256"/>
        <source>Stays</source>
        <translation>Arrêts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="153"/>
        <location filename="../processing/algorithms/segment_trips.py" line="265"/>
        <source>Trips</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="155"/>
        <location filename="../processing/algorithms/segment_trips.py" line="274"/>
        <source>Legs</source>
        <translation>Trajets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="157"/>
        <source>Untracked gaps</source>
        <translation>Interruptions de suivi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="159"/>
        <location filename="../processing/algorithms/segment_trips.py" line="287"/>
        <source>Cleaned points</source>
        <translation>Points nettoyés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="174"/>
        <source>User field: {user}; time field: {time}</source>
        <translation>Champ utilisateur : {user} ; champ horaire : {time}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="194"/>
        <source>No point has both a geometry and a readable time in field &apos;{field}&apos;.</source>
        <translation>Aucun point n&apos;a à la fois une géométrie et une heure lisible dans le champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="197"/>
        <source>{n} point(s) without geometry or readable time were ignored.</source>
        <translation>{n} point(s) sans géométrie ou sans heure lisible ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="213"/>
        <source>The motion table lacks the field(s) {fields} (use the table made by Import travel traces).</source>
        <translation>Il manque à la table d&apos;activité de mouvement le(s) champ(s) {fields} (utilisez la table produite par « Importer des traces de déplacement »).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="242"/>
        <source>{n} points of {users} user(s) to segment.</source>
        <translation>{n} points de {users} utilisateur(s) à découper.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="248"/>
        <source>{stays} stays, {trips} trips, {legs} legs.</source>
        <translation>{stays} arrêts, {trips} déplacements, {legs} trajets.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="230"/>
        <location filename="../processing/base.py" line="237"/>
        <location filename="../processing/base.py" line="299"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="264"/>
        <location filename="../processing/base.py" line="355"/>
        <source>Field &apos;{field}&apos; does not exist in the input layer (fields: {fields}).</source>
        <translation>Le champ « {field} » n&apos;existe pas dans la couche d&apos;entrée (champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="270"/>
        <source>Cannot detect the field for &apos;{param}&apos; among {fields}. Choose it in the parameter.</source>
        <translation>Impossible de détecter le champ pour « {param} » parmi {fields}. Choisissez-le dans le paramètre.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="286"/>
        <source>Field(s) {missing} not found in the input (fields: {fields}).</source>
        <translation>Champ(s) {missing} introuvable(s) dans l&apos;entrée (champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="374"/>
        <source>The line layer has no M values: use a trips or legs layer made by Tracemob (M = time of each vertex).</source>
        <translation>La couche de lignes n&apos;a pas de valeurs M : utilisez une couche de déplacements ou de trajets produite par Tracemob (M = heure de chaque sommet).</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="458"/>
        <source>Could not write features to {output}: {error}</source>
        <translation>Impossible d&apos;écrire les entités dans {output} : {error}</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="51"/>
        <source>Tracemob: smartphone travel traces to mobility indicators</source>
        <translation>Tracemob : des traces de déplacement des smartphones aux indicateurs de mobilité</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="62"/>
        <source>Tracemob algorithm module &apos;{module}&apos; could not be loaded: {error}</source>
        <translation>Le module d&apos;algorithme Tracemob « {module} » n&apos;a pas pu être chargé : {error}</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="67"/>
        <source>Two Tracemob algorithms are named &apos;{name}&apos;: the second one is ignored.</source>
        <translation>Deux algorithmes Tracemob s&apos;appellent « {name} » : le second est ignoré.</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="524"/>
        <source>Tracemob demo: stays, trips and legs from smartphone traces</source>
        <translation>Démonstration Tracemob : arrêts, déplacements et trajets issus de traces de smartphone</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="525"/>
        <source>{days} real e-mission days, {points} GPS fixes, {trips} trips, {legs} legs, {stays} stays (sample: e-mission-server, BSD-3-Clause)</source>
        <translation>{days} journées réelles e-mission, {points} points GPS, {trips} déplacements, {legs} trajets, {stays} arrêts (échantillon : e-mission-server, BSD-3-Clause)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="27"/>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="27"/>
        <source>Bike</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="27"/>
        <source>E-bike</source>
        <translation>Vélo à assistance électrique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="27"/>
        <source>E-scooter</source>
        <translation>Trottinette électrique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="28"/>
        <source>Motorcycle</source>
        <translation>Deux-roues motorisé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="28"/>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="28"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="28"/>
        <source>Tram</source>
        <translation>Tramway</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="29"/>
        <source>Metro</source>
        <translation>Métro</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="29"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="29"/>
        <source>Plane</source>
        <translation>Avion</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="29"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="81"/>
        <source>All trips</source>
        <translation>Tous les déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="95"/>
        <source>Share of trips (%)</source>
        <translation>Part des déplacements (%)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="95"/>
        <source>Share of distance (%)</source>
        <translation>Part des distances (%)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="96"/>
        <source>Share of travel time (%)</source>
        <translation>Part du temps de déplacement (%)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="97"/>
        <source>Modal share by main mode</source>
        <translation>Part modale par mode principal</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="98"/>
        <source>{n} zones masked (fewer than {users} users or {trips} trips)</source>
        <translation>{n} zones masquées (moins de {users} utilisateurs ou de {trips} déplacements)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="101"/>
        <source>Nothing to show: every cell is masked.</source>
        <translation>Rien à afficher : toutes les cases sont masquées.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="119"/>
        <source>kg CO2e per month</source>
        <translation>kg CO2e par mois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="120"/>
        <source>CO2e of user {user} by month</source>
        <translation>CO2e de l&apos;utilisateur {user} par mois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="124"/>
        <source>kg CO2e per user and month</source>
        <translation>kg CO2e par utilisateur et par mois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="125"/>
        <source>CO2e per user by month, whole study</source>
        <translation>CO2e par utilisateur et par mois, ensemble de l&apos;enquête</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="143"/>
        <source>Median of the other users</source>
        <translation>Médiane des autres utilisateurs</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="147"/>
        <source>P{value:.0f}</source>
        <translation>P{value:.0f}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="149"/>
        <source>P = percentile: share of the other users who emitted less that month.</source>
        <translation>P = centile : part des autres utilisateurs qui ont moins émis ce mois-là.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="157"/>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="111"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>« {value} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="112"/>
        <source>Write a decimal number such as 12.5, or leave it blank.</source>
        <translation>Écrivez un nombre décimal tel que 12.5, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="114"/>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation>« {value} » n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="117"/>
        <source>negative value {value}</source>
        <translation>valeur négative {value}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="118"/>
        <source>Emission factors, distances and occupancies cannot be negative.</source>
        <translation>Les facteurs d&apos;émission, les distances et les taux d&apos;occupation ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="139"/>
        <source>the factor table has no header line</source>
        <translation>la table des facteurs n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="140"/>
        <source>The first line after the &apos;#&apos; comments must name the columns: mode,usage_g_per_km,...</source>
        <translation>La première ligne après les commentaires « # » doit nommer les colonnes : mode,usage_g_per_km,...</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="145"/>
        <source>missing column &apos;{column}&apos;</source>
        <translation>colonne « {column} » manquante</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="146"/>
        <source>A factor table needs at least the columns mode and usage_g_per_km.</source>
        <translation>Une table de facteurs doit avoir au moins les colonnes mode et usage_g_per_km.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="153"/>
        <source>{n} values for {m} columns</source>
        <translation>{n} valeurs pour {m} colonnes</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="154"/>
        <source>Quote text that contains commas.</source>
        <translation>Mettez entre guillemets le texte qui contient des virgules.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="158"/>
        <source>unknown mode &apos;{mode}&apos;</source>
        <translation>mode « {mode} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="159"/>
        <source>Use one of: {modes}.</source>
        <translation>Utilisez l&apos;un de ceux-ci : {modes}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="162"/>
        <source>unknown unit &apos;{unit}&apos;</source>
        <translation>unité « {unit} » inconnue</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="163"/>
        <source>Use pkm (per passenger-km) or vkm (per vehicle-km).</source>
        <translation>Utilisez pkm (par voyageur-km) ou vkm (par véhicule-km).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="168"/>
        <source>the usage factor is empty</source>
        <translation>le facteur d&apos;usage est vide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="172"/>
        <source>occupancy cannot be 0</source>
        <translation>le taux d&apos;occupation ne peut pas être 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="173"/>
        <source>Leave it blank for 1 person.</source>
        <translation>Laissez vide pour 1 personne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="175"/>
        <source>max_km must be larger than min_km</source>
        <translation>max_km doit être supérieur à min_km</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="178"/>
        <source>&apos;{value}&apos; is not 1 or 0</source>
        <translation>« {value} » ne vaut ni 1 ni 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="185"/>
        <source>the factor table has no rows</source>
        <translation>la table des facteurs n&apos;a aucune ligne</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="200"/>
        <source>the distance range of this active &apos;{mode}&apos; row overlaps the row on line {other}</source>
        <translation>la plage de distances de cette ligne active « {mode} » chevauche celle de la ligne {other}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="203"/>
        <source>Set active=0 on the rows you do not use, or give them separate min_km/max_km.</source>
        <translation>Mettez active=0 sur les lignes que vous n&apos;utilisez pas, ou donnez-leur des min_km/max_km distincts.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="212"/>
        <location filename="../tracemob_plugin/core/readers/files.py" line="91"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="214"/>
        <source>the factor table is not UTF-8 text</source>
        <translation>la table des facteurs n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="215"/>
        <source>Save the CSV as UTF-8.</source>
        <translation>Enregistrez le CSV en UTF-8.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="240"/>
        <source>occupancy {occupancy:g}</source>
        <translation>taux d&apos;occupation {occupancy:g}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="261"/>
        <source>unknown scope &apos;{scope}&apos;</source>
        <translation>périmètre « {scope} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="262"/>
        <source>Use usage or usage+construction.</source>
        <translation>Utilisez usage ou usage+construction.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="265"/>
        <source>the occupancy must be a positive number, not {value}</source>
        <translation>le taux d&apos;occupation doit être un nombre positif, pas {value}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="266"/>
        <source>The average car occupancy in France is about 1.4.</source>
        <translation>Le taux d&apos;occupation moyen des voitures en France est d&apos;environ 1,4.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="269"/>
        <source>the legs have no &apos;{column}&apos; field</source>
        <translation>les trajets n&apos;ont pas de champ « {column} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="270"/>
        <source>Run the mode inference first; the legs layer needs the fields mode and distance_m.</source>
        <translation>Lancez d&apos;abord l&apos;inférence des modes ; la couche des trajets doit avoir les champs mode et distance_m.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="282"/>
        <source>Emission computation cancelled</source>
        <translation>Calcul des émissions annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/errors.py" line="32"/>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/errors.py" line="34"/>
        <source>field &apos;{field}&apos;</source>
        <translation>champ « {field} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="76"/>
        <source>the ground truth names no day and holds no trip</source>
        <translation>la vérité terrain n&apos;indique aucun jour et ne contient aucun déplacement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="125"/>
        <source>cannot read this ground-truth file: {error}</source>
        <translation>impossible de lire ce fichier de vérité terrain : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="127"/>
        <location filename="../tracemob_plugin/core/evaluation.py" line="130"/>
        <location filename="../tracemob_plugin/core/evaluation.py" line="138"/>
        <source>Give an e-mission ground_truth JSON file.</source>
        <translation>Indiquez un fichier JSON ground_truth d&apos;e-mission.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="129"/>
        <source>no &apos;data&apos; list of trips in this ground-truth file</source>
        <translation>aucune liste de déplacements « data » dans ce fichier de vérité terrain</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="137"/>
        <source>this trip has no start_ts/end_ts</source>
        <translation>ce déplacement n&apos;a pas de start_ts/end_ts</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="341"/>
        <source>the column is missing from the {table} table</source>
        <translation>la colonne est absente de la table {table}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="342"/>
        <source>Give trips with start_time and end_time columns.</source>
        <translation>Fournissez des déplacements avec des colonnes start_time et end_time.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/fetch_store.py" line="105"/>
        <source>cannot open the server cache ({reason}).</source>
        <translation>impossible d&apos;ouvrir le cache du serveur ({reason}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/fetch_store.py" line="107"/>
        <source>Choose a cache folder you can write to.</source>
        <translation>Choisissez un dossier de cache où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="58"/>
        <source>no table given</source>
        <translation>aucune table fournie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="61"/>
        <source>the field &apos;{column}&apos; is missing</source>
        <translation>le champ « {column} » est absent</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="62"/>
        <source>Use the trips and legs layers made by Tracemob (segmentation, then mode inference).</source>
        <translation>Utilisez les couches de déplacements et de trajets produites par Tracemob (découpage, puis inférence des modes).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="69"/>
        <source>cannot read the times</source>
        <translation>impossible de lire les heures</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="70"/>
        <source>Times must be date-times (ISO-8601).</source>
        <translation>Les heures doivent être des dates-heures (ISO-8601).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="76"/>
        <source>Indicator computation cancelled</source>
        <translation>Calcul des indicateurs annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="135"/>
        <source>the trips have no mode and no legs layer was given</source>
        <translation>les déplacements n&apos;ont pas de mode et aucune couche de trajets n&apos;a été fournie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="136"/>
        <source>Give the legs layer with a mode field (mode inference output).</source>
        <translation>Fournissez la couche des trajets avec un champ mode (sortie de l&apos;inférence des modes).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="236"/>
        <source>the end of the period is not after its start</source>
        <translation>la fin de la période n&apos;est pas postérieure à son début</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="237"/>
        <source>Give an end date later than the start date.</source>
        <translation>Indiquez une date de fin postérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="263"/>
        <source>Use origin or home.</source>
        <translation>Utilisez origin (origine) ou home (domicile).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="263"/>
        <source>unknown zoning &apos;{by}&apos;</source>
        <translation>zonage « {by} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="266"/>
        <source>the threshold must be 0 or more</source>
        <translation>le seuil doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="275"/>
        <source>there are not as many zone ids as zone geometries</source>
        <translation>il n&apos;y a pas autant d&apos;identifiants de zones que de géométries de zones</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="423"/>
        <source>the threshold must be 1 or more</source>
        <translation>le seuil doit être supérieur ou égal à 1</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="53"/>
        <source>the {what} have no field &apos;{field}&apos;</source>
        <translation>les {what} n&apos;ont pas de champ « {field} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="55"/>
        <source>Use legs from Tracemob &apos;Segment trips&apos; or add the field.</source>
        <translation>Utilisez les trajets produits par « Découper en déplacements » de Tracemob, ou ajoutez le champ.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="61"/>
        <source>vertices</source>
        <translation>sommets</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="182"/>
        <source>motion readings</source>
        <translation>relevés d&apos;activité de mouvement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="52"/>
        <source>trip labels</source>
        <translation>libellés de déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="103"/>
        <location filename="../tracemob_plugin/core/modes/model.py" line="275"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="105"/>
        <source>legs</source>
        <translation>trajets</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="107"/>
        <source>the legs have no label field &apos;{field}&apos;</source>
        <translation>les trajets n&apos;ont pas de champ de libellé « {field} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="108"/>
        <source>Choose an existing field or leave it empty.</source>
        <translation>Choisissez un champ existant ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="118"/>
        <source>leg vertices</source>
        <translation>sommets des trajets</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="47"/>
        <source>the model needs the feature &apos;{name}&apos;, which was not computed</source>
        <translation>le modèle a besoin de la variable « {name} », qui n&apos;a pas été calculée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="49"/>
        <source>Give the network layers the model was trained with, or train a new model.</source>
        <translation>Fournissez les couches de réseau avec lesquelles le modèle a été entraîné, ou entraînez un nouveau modèle.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="93"/>
        <source>Choose a model file written by Tracemob &apos;Train mode model&apos; (JSON), or leave the parameter empty to use the default model.</source>
        <translation>Choisissez un fichier de modèle écrit par « Entraîner un modèle de modes » de Tracemob (JSON), ou laissez le paramètre vide pour utiliser le modèle par défaut.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="101"/>
        <source>this is not a Tracemob mode model (format &apos;{found}&apos;)</source>
        <translation>ce n&apos;est pas un modèle de modes Tracemob (format « {found} »)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="105"/>
        <source>mode model version {found} cannot be read by this Tracemob, which reads version {version}</source>
        <translation>la version {found} du modèle de modes ne peut pas être lue par ce Tracemob, qui lit la version {version}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="107"/>
        <location filename="../tracemob_plugin/core/modes/model.py" line="117"/>
        <source>Update Tracemob or train the model again with this version.</source>
        <translation>Mettez à jour Tracemob ou entraînez à nouveau le modèle avec cette version.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="109"/>
        <source>unsupported model kind &apos;{kind}&apos;</source>
        <translation>type de modèle « {kind} » non pris en charge</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="113"/>
        <source>the model file lacks its features, classes or trees</source>
        <translation>il manque au fichier de modèle ses variables, ses classes ou ses arbres</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="116"/>
        <source>the model uses the feature &apos;{name}&apos;, unknown to this Tracemob</source>
        <translation>le modèle utilise la variable « {name} », inconnue de ce Tracemob</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="120"/>
        <source>the model predicts &apos;{name}&apos;, which is not a Tracemob mode</source>
        <translation>le modèle prédit « {name} », qui n&apos;est pas un mode Tracemob</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="141"/>
        <source>the model file is damaged (inconsistent tree arrays)</source>
        <translation>le fichier de modèle est endommagé (tableaux d&apos;arbres incohérents)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="150"/>
        <source>model file not found</source>
        <translation>fichier de modèle introuvable</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="155"/>
        <source>this is a binary file (pickle, joblib or zip), which Tracemob never loads because it could run code</source>
        <translation>c&apos;est un fichier binaire (pickle, joblib ou zip), que Tracemob ne charge jamais car il pourrait exécuter du code</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="159"/>
        <source>this is not a JSON mode model</source>
        <translation>ce n&apos;est pas un modèle de modes JSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="206"/>
        <source>leave-users-out validation needs labelled legs of at least two users</source>
        <translation>la validation en excluant des utilisateurs demande des trajets étiquetés d&apos;au moins deux utilisateurs</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="207"/>
        <source>Add labelled legs of more participants.</source>
        <translation>Ajoutez des trajets étiquetés d&apos;autres participants.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="260"/>
        <source>too few labelled legs to train a model ({n}; at least 10 are needed)</source>
        <translation>trop peu de trajets étiquetés pour entraîner un modèle ({n} ; il en faut au moins 10)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="261"/>
        <source>Label more legs or use the default model.</source>
        <translation>Étiquetez davantage de trajets ou utilisez le modèle par défaut.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/common.py" line="118"/>
        <source>the {field} value is missing or not a number</source>
        <translation>la valeur {field} est absente ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/common.py" line="120"/>
        <source>{field} = {value} is out of range (latitude -90..90, longitude -180..180)</source>
        <translation>{field} = {value} est hors limites (latitude -90..90, longitude -180..180)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/common.py" line="122"/>
        <source>Check that the latitude and longitude are not swapped nor projected (WGS84 degrees are expected), and fix or delete that row.</source>
        <translation>Vérifiez que la latitude et la longitude ne sont ni inversées ni projetées (des degrés WGS84 sont attendus), puis corrigez ou supprimez cette ligne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="192"/>
        <source>an e-mission file must hold a list of timeseries entries</source>
        <translation>un fichier e-mission doit contenir une liste d&apos;entrées de séries temporelles</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="193"/>
        <source>Export the data again with OpenPATH or e-mission.</source>
        <translation>Exportez à nouveau les données avec OpenPATH ou e-mission.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="275"/>
        <source>no e-mission timeseries entry (with metadata.key) in this JSON list</source>
        <translation>aucune entrée de série temporelle e-mission (avec metadata.key) dans cette liste JSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="276"/>
        <source>Give the raw timeseries export of OpenPATH / e-mission (a list of entries with metadata and data).</source>
        <translation>Fournissez l&apos;export brut des séries temporelles d&apos;OpenPATH / e-mission (une liste d&apos;entrées avec metadata et data).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="279"/>
        <source>{file}: {n} items without metadata.key ignored</source>
        <translation>{file} : {n} éléments sans metadata.key ignorés</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="282"/>
        <source>{file}: {n} entries without data.ts ignored</source>
        <translation>{file} : {n} entrées sans data.ts ignorées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="326"/>
        <source>{file}: user {user} has no {filtered}; used {raw} with e-mission&apos;s accuracy filter (&lt; 200 m, no duplicates): kept {kept} of {n} fixes</source>
        <translation>{file} : l&apos;utilisateur {user} n&apos;a pas de {filtered} ; {raw} utilisé avec le filtre de précision d&apos;e-mission (&lt; 200 m, sans doublons) : {kept} points GPS gardés sur {n}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="335"/>
        <source>Rows count the entries of the JSON list from 1.</source>
        <translation>Les lignes numérotent les entrées de la liste JSON à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="41"/>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="42"/>
        <source>Check that the file exists, is readable and, for .gz, is a complete gzip archive.</source>
        <translation>Vérifiez que le fichier existe, qu&apos;il est lisible et, pour un .gz, qu&apos;il s&apos;agit d&apos;une archive gzip complète.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="79"/>
        <source>corrupt or truncated JSON: {msg} at line {line}, column {col}</source>
        <translation>JSON corrompu ou tronqué : {msg} à la ligne {line}, colonne {col}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="82"/>
        <source>The file was probably cut while downloading or edited by hand: download or export it again.</source>
        <translation>Le fichier a probablement été tronqué au téléchargement ou modifié à la main : téléchargez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="92"/>
        <source>Check the path, or pick the file again.</source>
        <translation>Vérifiez le chemin, ou choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="96"/>
        <location filename="../tracemob_plugin/core/readers/table.py" line="72"/>
        <location filename="../tracemob_plugin/core/readers/table.py" line="87"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="97"/>
        <location filename="../tracemob_plugin/core/readers/files.py" line="110"/>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="42"/>
        <location filename="../tracemob_plugin/core/readers/table.py" line="73"/>
        <location filename="../tracemob_plugin/core/readers/table.py" line="88"/>
        <source>Export the trace again: the file holds no data.</source>
        <translation>Exportez à nouveau la trace : le fichier ne contient aucune donnée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="109"/>
        <source>the file is empty (an empty JSON list)</source>
        <translation>le fichier est vide (une liste JSON vide)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="113"/>
        <source>this JSON is neither an e-mission / OpenPATH timeseries export nor a GeoJSON FeatureCollection</source>
        <translation>ce JSON n&apos;est ni un export de séries temporelles e-mission / OpenPATH ni une FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="115"/>
        <source>Give a raw e-mission export (a list of entries with metadata.key) or a GeoJSON of points.</source>
        <translation>Fournissez un export brut e-mission (une liste d&apos;entrées avec metadata.key) ou un GeoJSON de points.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="128"/>
        <source>unsupported file type &apos;{ext}&apos;</source>
        <translation>type de fichier « {ext} » non pris en charge</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="129"/>
        <source>Tracemob reads e-mission / OpenPATH JSON, GeoJSON, GPX, CSV / TSV / TXT tables and GeoLife .plt files, optionally gzipped (.gz).</source>
        <translation>Tracemob lit les fichiers JSON e-mission / OpenPATH, GeoJSON, GPX, les tables CSV / TSV / TXT et les fichiers GeoLife .plt, éventuellement compressés en gzip (.gz).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="138"/>
        <source>only one location fix: a trace needs at least two fixes</source>
        <translation>un seul point GPS : une trace en demande au moins deux</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="139"/>
        <source>Check the export period or merge this file with the others of the same person.</source>
        <translation>Vérifiez la période d&apos;export ou fusionnez ce fichier avec les autres fichiers de la même personne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="142"/>
        <source>no location fix in this file</source>
        <translation>aucun point GPS dans ce fichier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="143"/>
        <source>Check the export period: the phone recorded nothing in it.</source>
        <translation>Vérifiez la période d&apos;export : le téléphone n&apos;y a rien enregistré.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="145"/>
        <source>{file}: no location fix (only activities or labels)</source>
        <translation>{file} : aucun point GPS (seulement des activités ou des libellés)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="161"/>
        <source>no supported trace file in this folder</source>
        <translation>aucun fichier de traces pris en charge dans ce dossier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="162"/>
        <source>Tracemob reads e-mission / OpenPATH JSON, GeoJSON, GPX, CSV / TSV / TXT and GeoLife .plt files (optionally .gz): pick a folder that holds some.</source>
        <translation>Tracemob lit les fichiers JSON e-mission / OpenPATH, GeoJSON, GPX, CSV / TSV / TXT et GeoLife .plt (éventuellement .gz) : choisissez un dossier qui en contient.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="206"/>
        <source>on_error must be &apos;raise&apos; or &apos;skip&apos;, not &apos;{value}&apos;</source>
        <translation>on_error doit valoir « raise » ou « skip », pas « {value} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="215"/>
        <source>reading cancelled</source>
        <translation>lecture annulée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="221"/>
        <source>skipped {file}, not a trace file: {problem}</source>
        <translation>{file} ignoré, ce n&apos;est pas un fichier de traces : {problem}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="225"/>
        <source>skipped {file}: {error}</source>
        <translation>{file} ignoré : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="234"/>
        <source>no supported trace file in the input</source>
        <translation>aucun fichier de traces pris en charge dans l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="235"/>
        <source>Every file was skipped: see the reasons above.</source>
        <translation>Tous les fichiers ont été ignorés : voir les raisons ci-dessus.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="256"/>
        <source>max accuracy {limit} m: dropped {n} of {total} fixes</source>
        <translation>précision maximale {limit} m : {n} points GPS écartés sur {total}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="265"/>
        <source>unknown time zone &apos;{value}&apos;</source>
        <translation>fuseau horaire « {value} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="266"/>
        <source>Use an IANA name such as Europe/Paris or UTC.</source>
        <translation>Utilisez un nom IANA tel que Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="41"/>
        <source>the GeoJSON has no feature</source>
        <translation>le GeoJSON n&apos;a aucune entité</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="66"/>
        <source>this point has no time property</source>
        <translation>ce point n&apos;a pas de propriété horaire</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="68"/>
        <source>Each point needs a &apos;time&apos; (or &apos;timestamp&apos;, &apos;datetime&apos;) property; rows count the features from 1.</source>
        <translation>Chaque point doit avoir une propriété « time » (ou « timestamp », « datetime ») ; les lignes numérotent les entités à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="89"/>
        <source>this line has no time for each vertex</source>
        <translation>cette ligne n&apos;a pas d&apos;heure pour chaque sommet</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="91"/>
        <source>Give lines a &apos;coordTimes&apos; (or &apos;times&apos;) property with one time per vertex, or export timed points.</source>
        <translation>Donnez aux lignes une propriété « coordTimes » (ou « times ») avec une heure par sommet, ou exportez des points horodatés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="106"/>
        <source>{file}: {n} features that are neither timed points nor lines were ignored</source>
        <translation>{file} : {n} entités qui ne sont ni des points ni des lignes horodatés ont été ignorées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="109"/>
        <source>no timed point or line in this GeoJSON</source>
        <translation>aucun point ni aucune ligne horodatés dans ce GeoJSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="110"/>
        <source>Give a FeatureCollection of Points with a time property.</source>
        <translation>Fournissez une FeatureCollection de points (Point) avec une propriété horaire.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="113"/>
        <source>Rows count the features from 1.</source>
        <translation>Les lignes numérotent les entités à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/gpx.py" line="65"/>
        <source>corrupt or truncated GPX (XML error at line {line}, column {col})</source>
        <translation>GPX corrompu ou tronqué (erreur XML à la ligne {line}, colonne {col})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/gpx.py" line="67"/>
        <source>The file was probably cut while downloading: export it again.</source>
        <translation>Le fichier a probablement été tronqué au téléchargement : exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/gpx.py" line="71"/>
        <source>no track point (trkpt) in this GPX</source>
        <translation>aucun point de trace (trkpt) dans ce GPX</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/gpx.py" line="72"/>
        <source>Export a recorded track, not only waypoints.</source>
        <translation>Exportez une trace enregistrée, pas seulement des points de passage.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/gpx.py" line="77"/>
        <source>Rows count the track points from 1.</source>
        <translation>Les lignes numérotent les points de trace à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/gpx.py" line="82"/>
        <source>the track points have no &lt;time&gt;: a trace needs the time of each fix</source>
        <translation>les points de trace n&apos;ont pas de &lt;time&gt; : une trace a besoin de l&apos;heure de chaque point GPS</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/gpx.py" line="84"/>
        <source>This looks like a planned route; export the recorded track.</source>
        <translation>Cela ressemble à un itinéraire prévu ; exportez la trace enregistrée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/gpx.py" line="86"/>
        <source>{file}: {n} track points without &lt;time&gt; ignored</source>
        <translation>{file} : {n} points de trace sans &lt;time&gt; ignorés</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/plt.py" line="35"/>
        <source>no fix after the 6 header lines of this GeoLife .plt file</source>
        <translation>aucun point GPS après les 6 lignes d&apos;en-tête de ce fichier GeoLife .plt</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/plt.py" line="36"/>
        <source>The file is empty or truncated: export it again.</source>
        <translation>Le fichier est vide ou tronqué : exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/plt.py" line="41"/>
        <source>cannot read the fixes: {error}</source>
        <translation>impossible de lire les points GPS : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/plt.py" line="42"/>
        <source>A GeoLife line is: lat, lon, 0, altitude, days, date, time.</source>
        <translation>Une ligne GeoLife se compose de : lat, lon, 0, altitude, jours, date, heure.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/plt.py" line="57"/>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="44"/>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="150"/>
        <source>cannot parse the time &apos;{value}&apos;</source>
        <translation>impossible d&apos;interpréter l&apos;heure « {value} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/plt.py" line="59"/>
        <source>GeoLife dates are YYYY-MM-DD and times HH:MM:SS (UTC).</source>
        <translation>Les dates GeoLife sont au format AAAA-MM-JJ et les heures HH:MM:SS (UTC).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/table.py" line="82"/>
        <source>cannot read the table: {error}</source>
        <translation>impossible de lire la table : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/table.py" line="84"/>
        <source>Each row must have as many values as the header: check the separators and quotes on that row.</source>
        <translation>Chaque ligne doit avoir autant de valeurs que l&apos;en-tête : vérifiez les séparateurs et les guillemets de cette ligne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/table.py" line="111"/>
        <source>no column for {missing}; columns found: {found}</source>
        <translation>aucune colonne pour {missing} ; colonnes trouvées : {found}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/table.py" line="114"/>
        <source>Rename the columns (any case) to accepted names: {accepted}</source>
        <translation>Renommez les colonnes (majuscules ou minuscules) avec des noms acceptés : {accepted}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/table.py" line="117"/>
        <location filename="../tracemob_plugin/core/readers/table.py" line="188"/>
        <source>the table has a header but no data row</source>
        <translation>la table a un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/table.py" line="118"/>
        <source>Export the trace again: the file holds no fix.</source>
        <translation>Exportez à nouveau la trace : le fichier ne contient aucun point GPS.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/table.py" line="189"/>
        <source>Export the labels again: the file holds no trip.</source>
        <translation>Exportez à nouveau les libellés : le fichier ne contient aucun déplacement.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="46"/>
        <source>Give every row a time: ISO-8601 (2024-03-31T08:15:00+02:00), or epoch seconds or milliseconds.</source>
        <translation>Donnez une heure à chaque ligne : ISO-8601 (2024-03-31T08:15:00+02:00), ou secondes ou millisecondes epoch.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="95"/>
        <source>the time is missing</source>
        <translation>l&apos;heure est absente</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="96"/>
        <source>Give every row a time, or delete the rows without one.</source>
        <translation>Donnez une heure à chaque ligne, ou supprimez les lignes qui n&apos;en ont pas.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="107"/>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="108"/>
        <source>with a UTC offset</source>
        <translation>avec un décalage UTC</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="107"/>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="108"/>
        <source>without a UTC offset</source>
        <translation>sans décalage UTC</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="110"/>
        <source>time zones are mixed: the first time is {first} but &apos;{value}&apos; is {bad}</source>
        <translation>les fuseaux horaires sont mélangés : la première heure est {first} mais « {value} » est {bad}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="113"/>
        <source>Write every time in the same way: all with an offset such as +02:00 (or Z), or all as local times, with the time zone chosen in the tool.</source>
        <translation>Écrivez toutes les heures de la même façon : toutes avec un décalage tel que +02:00 (ou Z), ou toutes en heure locale, avec le fuseau horaire choisi dans l&apos;outil.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="152"/>
        <source>Use ISO-8601 times (2024-03-31T08:15:00+02:00 or 2024-03-31 08:15:00), day/month/year times, or epoch seconds or milliseconds.</source>
        <translation>Utilisez des heures ISO-8601 (2024-03-31T08:15:00+02:00 ou 2024-03-31 08:15:00), des dates jour/mois/année, ou des secondes ou millisecondes epoch.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="191"/>
        <source>{file}: {n} local times fall in the hour skipped when clocks go forward ({tz}); they were shifted forward</source>
        <translation>{file} : {n} heures locales tombent dans l&apos;heure sautée au passage à l&apos;heure d&apos;été ({tz}) ; elles ont été avancées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="195"/>
        <source>{file}: {n} local times occur twice when clocks go back ({tz}) and their order does not tell which: summer time assumed</source>
        <translation>{file} : {n} heures locales existent deux fois au passage à l&apos;heure d&apos;hiver ({tz}) et leur ordre ne permet pas de trancher : heure d&apos;été retenue</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="153"/>
        <source>the value {value!r} is not allowed</source>
        <translation>la valeur {value!r} n&apos;est pas autorisée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="154"/>
        <source>Use a number greater than or equal to 0.</source>
        <translation>Utilisez un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="156"/>
        <source>unknown stay method {name}</source>
        <translation>méthode de détection des arrêts {name} inconnue</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="157"/>
        <source>Use &apos;window&apos; or &apos;sliding&apos;.</source>
        <translation>Utilisez « window » ou « sliding ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="159"/>
        <source>the stay radius must be greater than 0</source>
        <translation>le rayon d&apos;arrêt doit être supérieur à 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="237"/>
        <source>segmentation cancelled</source>
        <translation>découpage annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="247"/>
        <source>the points must be a table (DataFrame)</source>
        <translation>les points doivent être une table (DataFrame)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="250"/>
        <source>the points have no column {name}</source>
        <translation>les points n&apos;ont pas de colonne {name}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="252"/>
        <source>Read the traces with read_traces, which gives user_id, time, lat and lon.</source>
        <translation>Lisez les traces avec read_traces, qui fournit user_id, time, lat et lon.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="254"/>
        <source>the time column is not a date-time column</source>
        <translation>la colonne time n&apos;est pas une colonne date-heure</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="255"/>
        <source>Convert it with pandas.to_datetime(..., utc=True).</source>
        <translation>Convertissez-la avec pandas.to_datetime(..., utc=True).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="110"/>
        <source>participant &apos;{label}&apos; has an empty token.</source>
        <translation>le participant « {label} » a un jeton vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="111"/>
        <source>Give each participant their OpenPATH token.</source>
        <translation>Donnez à chaque participant son jeton OpenPATH.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="113"/>
        <source>two participants are labelled &apos;{label}&apos;.</source>
        <translation>deux participants ont le libellé « {label} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="114"/>
        <source>Give each participant a distinct label.</source>
        <translation>Donnez à chaque participant un libellé distinct.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="116"/>
        <source>participants &apos;{a}&apos; and &apos;{b}&apos; have the same token.</source>
        <translation>les participants « {a} » et « {b} » ont le même jeton.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="117"/>
        <source>Each token belongs to one participant.</source>
        <translation>Chaque jeton appartient à un seul participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="133"/>
        <source>token file not found.</source>
        <translation>fichier de jetons introuvable.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="134"/>
        <source>Give the path of a text file with one &apos;label,token&apos; per line.</source>
        <translation>Indiquez le chemin d&apos;un fichier texte avec une ligne « libellé,jeton » par participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="138"/>
        <source>cannot read the token file ({reason}).</source>
        <translation>impossible de lire le fichier de jetons ({reason}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="139"/>
        <source>Save it as UTF-8 text.</source>
        <translation>Enregistrez-le en texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="154"/>
        <source>expected &apos;label,token&apos; or a single token, found {n} fields.</source>
        <translation>« libellé,jeton » ou un jeton seul attendu, {n} champs trouvés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="156"/>
        <source>Labels and tokens cannot contain commas, semicolons, tabs or spaces.</source>
        <translation>Les libellés et les jetons ne peuvent contenir ni virgules, ni points-virgules, ni tabulations, ni espaces.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="159"/>
        <source>the token file lists no participant.</source>
        <translation>le fichier de jetons ne liste aucun participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="160"/>
        <source>Write one &apos;label,token&apos; per line.</source>
        <translation>Écrivez une ligne « libellé,jeton » par participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="231"/>
        <source>&apos;{url}&apos; is not a server address.</source>
        <translation>« {url} » n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="232"/>
        <source>Give the OpenPATH server URL, e.g. https://openpath.example.org</source>
        <translation>Indiquez l&apos;URL du serveur OpenPATH, p. ex. https://openpath.example.org</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="234"/>
        <source>the server address must not contain a user name or password.</source>
        <translation>l&apos;adresse du serveur ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="235"/>
        <source>Give tokens through an authentication configuration or a token file.</source>
        <translation>Fournissez les jetons par une configuration d&apos;authentification ou un fichier de jetons.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="266"/>
        <source>Cancelled while waiting to retry.</source>
        <translation>Annulé pendant l&apos;attente avant un nouvel essai.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="286"/>
        <location filename="../tracemob_plugin/core/server.py" line="580"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="292"/>
        <source>no answer within {s} s (timeout)</source>
        <translation>aucune réponse en {s} s (délai dépassé)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="294"/>
        <source>connection failed or dropped ({detail})</source>
        <translation>connexion impossible ou interrompue ({detail})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="299"/>
        <source>The server {host} refused the token of participant &apos;{label}&apos; (HTTP {status}). Renew or remove this participant&apos;s token, then run again: the data already fetched is kept.</source>
        <translation>Le serveur {host} a refusé le jeton du participant « {label} » (HTTP {status}). Renouvelez ou retirez le jeton de ce participant, puis relancez : les données déjà récupérées sont conservées.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="310"/>
        <source>the answer is not valid JSON</source>
        <translation>la réponse n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="312"/>
        <source>HTTP {status} (server error)</source>
        <translation>HTTP {status} (erreur du serveur)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="314"/>
        <source>The server {host} answered HTTP {status} to {what} for participant &apos;{label}&apos;. Check the server URL (it must be the OpenPATH server itself, e.g. https://openpath.example.org).</source>
        <translation>Le serveur {host} a répondu HTTP {status} pour {what} du participant « {label} ». Vérifiez l&apos;URL du serveur (ce doit être le serveur OpenPATH lui-même, p. ex. https://openpath.example.org).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="320"/>
        <source>{host}: {problem} for participant &apos;{label}&apos;, {what}; retry {n}/{total} in {s} s.</source>
        <translation>{host} : {problem} pour le participant « {label} », {what} ; nouvel essai {n}/{total} dans {s} s.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="324"/>
        <source>The server {host} failed {n} times for participant &apos;{label}&apos;, {what}: {problem}. What was fetched before is kept: run again later to resume.</source>
        <translation>Le serveur {host} a échoué {n} fois pour le participant « {label} », {what} : {problem}. Ce qui a déjà été récupéré est conservé : relancez plus tard pour reprendre.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="334"/>
        <source>window {start} to {end}</source>
        <translation>la fenêtre du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="338"/>
        <source>The server {host} answered without a &apos;phone_data&apos; list for participant &apos;{label}&apos;, {what}: is it an OpenPATH / e-mission server?</source>
        <translation>Le serveur {host} a répondu sans liste « phone_data » pour le participant « {label} », {what} : est-ce bien un serveur OpenPATH / e-mission ?</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="347"/>
        <source>the token check</source>
        <translation>la vérification du jeton</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="425"/>
        <source>the end of the date range is before its start.</source>
        <translation>la fin de la période est antérieure à son début.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="426"/>
        <source>Swap the two dates.</source>
        <translation>Inversez les deux dates.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="428"/>
        <source>the window must last at least 1 second.</source>
        <translation>la fenêtre doit durer au moins 1 seconde.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="431"/>
        <source>unsupported key &apos;{key}&apos;.</source>
        <translation>clé « {key} » non prise en charge.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="432"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="455"/>
        <source>Participant &apos;{label}&apos;: everything from {start} to {end} is already in the cache.</source>
        <translation>Participant « {label} » : tout ce qui va du {start} au {end} est déjà dans le cache.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="462"/>
        <source>Cancelled: what was fetched so far is kept in the cache.</source>
        <translation>Annulé : ce qui a été récupéré jusqu&apos;ici est conservé dans le cache.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="467"/>
        <source>The server {host} returned its maximum of {n} entries for one second of participant &apos;{label}&apos;: the data cannot be fetched completely.</source>
        <translation>Le serveur {host} a renvoyé son maximum de {n} entrées pour une seule seconde du participant « {label} » : les données ne peuvent pas être récupérées entièrement.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="474"/>
        <source>Participant &apos;{label}&apos;: the server&apos;s entry limit was reached, window split in two.</source>
        <translation>Participant « {label} » : la limite d&apos;entrées du serveur a été atteinte, fenêtre coupée en deux.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="482"/>
        <source>Participant &apos;{label}&apos; ({i}/{n}): window {w}/{total}, {start} to {end}: {count} entries, {new} new.</source>
        <translation>Participant « {label} » ({i}/{n}) : fenêtre {w}/{total}, du {start} au {end} : {count} entrées, dont {new} nouvelles.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="625"/>
        <source>nothing to fetch.</source>
        <translation>rien à récupérer.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="626"/>
        <source>Ask for points, motion activities or confirmed trips.</source>
        <translation>Demandez des points, des activités de mouvement ou des déplacements confirmés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="86"/>
        <source>Tracemob tools (Processing)</source>
        <translation>Outils Tracemob (Traitements)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="88"/>
        <source>Show the Tracemob algorithms in the Processing toolbox</source>
        <translation>Afficher les algorithmes Tracemob dans la boîte à outils de traitements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="100"/>
        <source>Tracemob GUI module &apos;{module}&apos; could not be loaded: {error}</source>
        <translation>Le module d&apos;interface Tracemob « {module} » n&apos;a pas pu être chargé : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="108"/>
        <source>Tracemob GUI module &apos;{module}&apos; failed: {error}</source>
        <translation>Le module d&apos;interface Tracemob « {module} » a échoué : {error}</translation>
    </message>
    <message>
        <source>Check that the latitude and longitude columns are not swapped or projected, and fix or delete that row.</source>
        <translation type="vanished">Vérifiez que les colonnes latitude et longitude ne sont pas inversées ni en coordonnées projetées, puis corrigez ou supprimez cette ligne.</translation>
    </message>
</context>
</TS>
