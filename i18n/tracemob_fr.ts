<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Tracemob</name>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="36"/>
        <source>Monthly CO2 report per user</source>
        <translation>Bilan CO2 mensuel par utilisateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="39"/>
        <source>Citizen statistics: for every user and calendar month, the CO2e (kg) and the distance (km), in total and by mode, and where the user stands among the other participants of that month: percentile (share of the other users who emitted less; ties count half) and the median of the others. The comparison is left empty when fewer other users than the threshold took part that month, so that no single person&apos;s figure can be read.

Input: the legs layer with mode and distance_m. When it has no co2e_g field (Compute CO2 emissions of legs), the emissions are computed here with the factor parameters.

Outputs: a table per user and month, a table per user, month and mode, a table for the whole study per month and mode, and a PNG chart: the chosen user&apos;s months with the median of the others, or the study&apos;s mean per user when no user is given.</source>
        <translation>Statistiques citoyennes : pour chaque utilisateur et chaque mois civil, le CO2e (kg) et la distance (km), au total et par mode, et la position de l&apos;utilisateur parmi les autres participants du mois : centile (part des autres utilisateurs qui ont moins émis ; les ex aequo comptent pour moitié) et médiane des autres. La comparaison reste vide quand moins d&apos;autres utilisateurs que le seuil ont participé ce mois-là, afin que le chiffre d&apos;une personne seule ne puisse pas être lu.

Entrée : la couche des trajets avec mode et distance_m. Si elle n&apos;a pas de champ co2e_g (« Calculer les émissions de CO2 des trajets »), les émissions sont calculées ici avec les paramètres de facteurs.

Sorties : une table par utilisateur et par mois, une table par utilisateur, mois et mode, une table pour l&apos;ensemble de l&apos;enquête par mois et par mode, et un graphique PNG : les mois de l&apos;utilisateur choisi avec la médiane des autres, ou la moyenne par utilisateur de l&apos;enquête quand aucun utilisateur n&apos;est indiqué.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="53"/>
        <source>Legs (with mode, and co2e_g if already computed)</source>
        <translation>Trajets (avec mode, et co2e_g s&apos;il est déjà calculé)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="57"/>
        <source>Compare a user only with at least this many other users</source>
        <translation>Ne comparer un utilisateur qu&apos;avec au moins ce nombre d&apos;autres utilisateurs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="60"/>
        <source>User of the chart (empty: whole study)</source>
        <translation>Utilisateur du graphique (vide : toute l&apos;enquête)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="61"/>
        <source>Time zone of the months</source>
        <translation>Fuseau horaire des mois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="65"/>
        <source>CO2 per user and month</source>
        <translation>CO2 par utilisateur et par mois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="67"/>
        <source>CO2 per user, month and mode</source>
        <translation>CO2 par utilisateur, mois et mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="69"/>
        <source>CO2 of the study per month and mode</source>
        <translation>CO2 de l&apos;enquête par mois et par mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="72"/>
        <source>CO2 chart (PNG)</source>
        <translation>Graphique CO2 (PNG)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="72"/>
        <location filename="../processing/algorithms/modal_share.py" line="102"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="85"/>
        <source>The legs have no co2e_g field: emissions are computed first.</source>
        <translation>Les trajets n&apos;ont pas de champ co2e_g : les émissions sont d&apos;abord calculées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="95"/>
        <source>{users} user(s), {months} month(s), {kg:.1f} kg CO2e.</source>
        <translation>{users} utilisateur(s), {months} mois, {kg:.1f} kg CO2e.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="108"/>
        <source>User &apos;{user}&apos; has no leg in the period.</source>
        <translation>L&apos;utilisateur « {user} » n&apos;a aucun trajet sur la période.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="31"/>
        <source>Emission factor table (CSV; empty: ADEME Impact CO2 shipped with Tracemob)</source>
        <translation>Table des facteurs d&apos;émission (CSV ; vide : Impact CO2 de l&apos;ADEME fournie avec Tracemob)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="34"/>
        <source>Emissions counted</source>
        <translation>Émissions comptées</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="35"/>
        <source>Usage (fuel and electricity)</source>
        <translation>Usage (carburant et électricité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="35"/>
        <source>Usage + vehicle construction</source>
        <translation>Usage + construction du véhicule</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="37"/>
        <source>Car occupancy (persons per car)</source>
        <translation>Taux d&apos;occupation des voitures (personnes par voiture)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="40"/>
        <source>Occupancy of legs labelled as carpooling</source>
        <translation>Taux d&apos;occupation des trajets étiquetés covoiturage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="48"/>
        <source>Emission factors: {label} ({file})</source>
        <translation>Facteurs d&apos;émission : {label} ({file})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="57"/>
        <source>Period start (empty: from the first trip)</source>
        <translation>Début de la période (vide : dès le premier déplacement)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="59"/>
        <source>Period end, excluded (empty: to the last trip)</source>
        <translation>Fin de la période, exclue (vide : jusqu&apos;au dernier déplacement)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="92"/>
        <source>Compute CO2 emissions of legs</source>
        <translation>Calculer les émissions de CO2 des trajets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="95"/>
        <source>Adds to every leg its greenhouse-gas emissions co2e_g (grams of CO2 equivalent) and the factor used (factor_source: table, version, variant, scope, occupancy).

Input: a legs layer with the fields mode and distance_m (Segment trips, then the mode inference). Modes: walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane; a leg of unknown mode gets no value.

Factors: by default ADEME Impact CO2 (Base Empreinte), version and date in the table, in g CO2e per passenger-km. Usage counts the fuel or electricity (and contrails for planes); construction adds vehicle manufacturing, maintenance and end of life. Car factors are per vehicle-km and divided by the car occupancy; legs labelled as carpooling (carpool, shared_ride, covoiturage, in the mode field, in mode_confirm, mode_label or label, or in the label field you choose) use the carpool occupancy. Trains use the TER factor under 150 km and the TGV factor beyond; planes short, medium or long haul by distance.

You may load your own factor table (CSV with the columns mode, usage_g_per_km, construction_g_per_km, unit pkm or vkm...): see resources/emission_factors/README.md.</source>
        <translation>Ajoute à chaque trajet ses émissions de gaz à effet de serre co2e_g (grammes d&apos;équivalent CO2) et le facteur utilisé (factor_source : table, version, variante, périmètre, taux d&apos;occupation).

Entrée : une couche de trajets avec les champs mode et distance_m (« Découper en déplacements », puis l&apos;inférence des modes). Modes : walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane ; un trajet de mode inconnu ne reçoit pas de valeur.

Facteurs : par défaut Impact CO2 de l&apos;ADEME (Base Empreinte), version et date dans la table, en g CO2e par voyageur-km. L&apos;usage compte le carburant ou l&apos;électricité (et les traînées de condensation pour l&apos;avion) ; la construction ajoute la fabrication, l&apos;entretien et la fin de vie des véhicules. Les facteurs voiture sont par véhicule-km et divisés par le taux d&apos;occupation ; les trajets étiquetés covoiturage (carpool, shared_ride, covoiturage, dans le champ mode, dans mode_confirm, mode_label ou label, ou dans le champ de libellé choisi) utilisent le taux d&apos;occupation du covoiturage. Le train utilise le facteur TER sous 150 km et le facteur TGV au-delà ; l&apos;avion, court, moyen ou long-courrier selon la distance.

Vous pouvez charger votre propre table de facteurs (CSV avec les colonnes mode, usage_g_per_km, construction_g_per_km, unit pkm ou vkm…) : voir resources/emission_factors/README.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="113"/>
        <source>Legs (with a mode field)</source>
        <translation>Trajets (avec un champ mode)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="116"/>
        <source>Field with user mode labels, to find carpooling (optional)</source>
        <translation>Champ des modes déclarés par l&apos;utilisateur, pour repérer le covoiturage (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="119"/>
        <location filename="../processing/algorithms/compute_emissions.py" line="155"/>
        <source>Legs with CO2e</source>
        <translation>Trajets avec CO2e</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="120"/>
        <source>Total CO2e (kg)</source>
        <translation>CO2e total (kg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="121"/>
        <source>Factor table used</source>
        <translation>Table de facteurs utilisée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="136"/>
        <source>The existing co2e_g and factor_source fields are recomputed.</source>
        <translation>Les champs co2e_g et factor_source existants sont recalculés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="145"/>
        <source>{n} leg(s) have no emission factor (modes: {modes}): co2e_g left empty.</source>
        <translation>{n} trajet(s) sans facteur d&apos;émission (modes : {modes}) : co2e_g laissé vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="148"/>
        <source>{n} legs, {kg:.1f} kg CO2e in total ({scope}).</source>
        <translation>{n} trajets, {kg:.1f} kg CO2e au total ({scope}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="67"/>
        <source>Import from an OpenPATH server</source>
        <translation>Importer depuis un serveur OpenPATH</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="70"/>
        <source>Fetches a study&apos;s data from an OpenPATH / e-mission server, with the REST API e-mission&apos;s own clients use, and writes the same point layer as &apos;Import travel traces&apos;.

Participants&apos; tokens: from QGIS authentication configurations (one Basic configuration per participant: user name = participant label, password = token; give their ids, or a name prefix such as &apos;Tracemob openpath.example.org:&apos;; the Tracemob server dialog creates them), and/or from a token file (one &apos;label,token&apos; per line). Tokens are never saved in the project, the model or the logs: messages name the participant&apos;s label.

Dates are UTC; an end given as a date includes that whole day; no end means now.
Points: background/filtered_location (the fixes e-mission&apos;s pipeline uses) or background/location (raw). Optional outputs: the phone&apos;s motion activity, and the server&apos;s user-confirmed trips (analysis/confirmed_trip) as origin-destination lines with the labels mode_confirm, purpose_confirm and replaced_mode.

Transfer: requests go by time windows (split again when the server&apos;s entry limit is reached), with timeouts and retries; a refused token (HTTP 401/403) stops with the participant&apos;s label. Everything fetched is kept in the cache folder, so a re-run, or a run after a failure or a cancel, asks only for what is missing. The cache holds personal data: delete it after the study.</source>
        <translation>Récupère les données d&apos;une enquête sur un serveur OpenPATH / e-mission, avec l&apos;API REST qu&apos;utilisent les clients d&apos;e-mission, et écrit la même couche de points que « Importer des traces de déplacement ».

Jetons des participants : depuis les configurations d&apos;authentification de QGIS (une configuration Basic par participant : nom d&apos;utilisateur = libellé du participant, mot de passe = jeton ; indiquez leurs identifiants, ou un préfixe de nom tel que « Tracemob openpath.example.org: » ; la boîte de dialogue serveur de Tracemob les crée), et/ou depuis un fichier de jetons (une ligne « libellé,jeton » par participant). Les jetons ne sont jamais enregistrés dans le projet, le modèle ou les journaux : les messages nomment le libellé du participant.

Les dates sont en UTC ; une fin donnée sous forme de date inclut toute la journée ; sans fin, jusqu&apos;à maintenant.
Points : background/filtered_location (les points GPS qu&apos;utilise la chaîne de traitement d&apos;e-mission) ou background/location (bruts). Sorties facultatives : l&apos;activité de mouvement du téléphone, et les déplacements confirmés par l&apos;utilisateur sur le serveur (analysis/confirmed_trip) sous forme de lignes origine-destination avec les libellés mode_confirm, purpose_confirm et replaced_mode.

Transfert : les requêtes se font par fenêtres temporelles (redécoupées quand la limite d&apos;entrées du serveur est atteinte), avec délais d&apos;attente et nouvelles tentatives ; un jeton refusé (HTTP 401/403) arrête le traitement en nommant le libellé du participant. Tout ce qui est récupéré est conservé dans le dossier de cache : une relance, y compris après un échec ou une annulation, ne demande que ce qui manque. Le cache contient des données personnelles : supprimez-le après l&apos;enquête.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="91"/>
        <source>Server URL (e.g. https://openpath.example.org)</source>
        <translation>URL du serveur (p. ex. https://openpath.example.org)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="93"/>
        <source>Participants: QGIS authentication configurations (ids or name prefix)</source>
        <translation>Participants : configurations d&apos;authentification QGIS (identifiants ou préfixe de nom)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="96"/>
        <source>Participants: token file (one &apos;label,token&apos; per line)</source>
        <translation>Participants : fichier de jetons (une ligne « libellé,jeton » par participant)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="98"/>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="100"/>
        <source>End (UTC, included; empty: now)</source>
        <translation>Fin (UTC, incluse ; vide : maintenant)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="102"/>
        <source>Location points</source>
        <translation>Points de localisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="103"/>
        <source>background/filtered_location (as e-mission&apos;s pipeline)</source>
        <translation>background/filtered_location (comme la chaîne de traitement d&apos;e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="104"/>
        <source>background/location (raw)</source>
        <translation>background/location (bruts)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="104"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="106"/>
        <source>Cache folder (default: tracemob/server_cache in the QGIS profile)</source>
        <translation>Dossier de cache (par défaut : tracemob/server_cache dans le profil QGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="109"/>
        <source>Fetch everything again (labels changed on the server)</source>
        <translation>Tout récupérer à nouveau (libellés modifiés sur le serveur)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="111"/>
        <source>Time window per request (hours)</source>
        <translation>Fenêtre temporelle par requête (heures)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="114"/>
        <source>Timeout per request (s)</source>
        <translation>Délai d&apos;attente par requête (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="116"/>
        <source>Retries per request</source>
        <translation>Nouvelles tentatives par requête</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="118"/>
        <source>Server entry limit (DB_RESULT_LIMIT)</source>
        <translation>Limite d&apos;entrées du serveur (DB_RESULT_LIMIT)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="121"/>
        <location filename="../processing/algorithms/import_from_server.py" line="213"/>
        <location filename="../processing/algorithms/import_traces.py" line="84"/>
        <location filename="../processing/algorithms/import_traces.py" line="127"/>
        <location filename="../processing/algorithms/segment_trips.py" line="157"/>
        <source>Trace points</source>
        <translation>Points de trace</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="123"/>
        <location filename="../processing/algorithms/import_traces.py" line="86"/>
        <source>Motion activity</source>
        <translation>Activité de mouvement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="125"/>
        <source>Confirmed trips (with labels)</source>
        <translation>Déplacements confirmés (avec libellés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="141"/>
        <source>No participant: give QGIS authentication configurations or a token file.</source>
        <translation>Aucun participant : indiquez des configurations d&apos;authentification QGIS ou un fichier de jetons.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="169"/>
        <source>Give the start date.</source>
        <translation>Indiquez la date de début.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="176"/>
        <source>Nothing to fetch: choose location points, or ask for the motion or confirmed trips output.</source>
        <translation>Rien à récupérer : choisissez des points de localisation, ou demandez la sortie d&apos;activité de mouvement ou de déplacements confirmés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="187"/>
        <source>{n} participant(s): {labels}.</source>
        <translation>{n} participant(s) : {labels}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="198"/>
        <source>{requests} request(s), {windows} window(s) fetched, {cached} already in the cache {path}.</source>
        <translation>{requests} requête(s), {windows} fenêtre(s) récupérée(s), {cached} déjà dans le cache {path}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="204"/>
        <source>Participant &apos;{label}&apos;: {n} points, {new} new entries.</source>
        <translation>Participant « {label} » : {n} points, {new} nouvelles entrées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="234"/>
        <source>{n} confirmed trip(s) without origin or destination were left out.</source>
        <translation>{n} déplacement(s) confirmé(s) sans origine ou destination ont été écartés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="248"/>
        <source>Confirmed trips</source>
        <translation>Déplacements confirmés</translation>
    </message>
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
        <translation>Lit les traces de déplacement enregistrées par smartphone dans une couche de points (EPSG:4326), une entité par point GPS, avec les champs user_id, time (UTC), accuracy_m, speed_mps et source_file.

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
        <location filename="../processing/algorithms/import_traces.py" line="88"/>
        <source>User-confirmed trips</source>
        <translation>Déplacements confirmés par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="95"/>
        <location filename="../tracemob_plugin/core/readers/files.py" line="238"/>
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
        <location filename="../processing/algorithms/infer_modes.py" line="30"/>
        <source>The legs layer has no field &apos;leg_id&apos; (fields: {fields}). Use the legs output of Tracemob &apos;Segment trips&apos;.</source>
        <translation>La couche des trajets n&apos;a pas de champ « leg_id » (champs : {fields}). Utilisez la sortie trajets de « Découper en déplacements » de Tracemob.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="61"/>
        <source>Cannot tell the kind of the network lines (bus, tram, metro, train): choose the field that holds it (OSM route/railway, GTFS route_type) among {fields}.</source>
        <translation>Impossible de déterminer le type des lignes du réseau (bus, tramway, métro, train) : choisissez le champ qui le contient (route/railway d&apos;OSM, route_type de GTFS) parmi {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="81"/>
        <source>Network lines by kind: {counts}</source>
        <translation>Lignes du réseau par type : {counts}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="83"/>
        <source>No bus, tram, metro or train line recognised in the network layer.</source>
        <translation>Aucune ligne de bus, de tramway, de métro ou de train reconnue dans la couche du réseau.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="88"/>
        <source>{n} public-transport stops</source>
        <translation>{n} arrêts de transport collectif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="94"/>
        <source>Motion activity table (from Import traces; optional)</source>
        <translation>Table d&apos;activité de mouvement (issue de l&apos;import des traces ; facultative)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="97"/>
        <source>User-confirmed trips (user_id, start_time, end_time, mode_confirm; optional)</source>
        <translation>Déplacements confirmés par l&apos;utilisateur (user_id, start_time, end_time, mode_confirm ; facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="100"/>
        <source>Field of the legs holding user labels (optional)</source>
        <translation>Champ des trajets contenant les libellés de l&apos;utilisateur (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="104"/>
        <source>Public-transport lines (OSM or GTFS; optional)</source>
        <translation>Lignes de transport collectif (OSM ou GTFS ; facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="107"/>
        <source>Field of the lines giving bus / tram / metro / train (empty: detect route, railway, route_type...)</source>
        <translation>Champ des lignes indiquant bus / tramway / métro / train (vide : détection de route, railway, route_type…)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="111"/>
        <source>Public-transport stops (optional)</source>
        <translation>Arrêts de transport collectif (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="123"/>
        <source>Infer transport modes</source>
        <translation>Déduire les modes de transport</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="126"/>
        <source>Adds to every leg its transport mode (mode: walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane or unknown), a confidence between 0 and 1 (mode_confidence) and where it comes from (mode_source: user, model or rules).

Input: the legs of Tracemob &apos;Segment trips&apos; (lines whose M value is the time of each vertex).

User labels win: a leg whose label field is filled, or a leg inside a trip the user confirmed (OpenPATH mode_confirm, matched by user and time), keeps that label. In a trip of several legs, the label goes to the legs of the same kind (the bus leg of walk-bus-walk).

Otherwise the model decides from speed percentiles, acceleration, stops, heading changes and, when the phone recorded them, the motion-activity readings. The default model tells walk, bike and motorised legs apart (car; train or plane at sustained rail or flight speed). Below the minimum confidence, speed-band rules decide.

With public-transport lines (and stops), motorised legs that follow a bus, tram, metro or rail line, stopping at its stops, become bus, tram, metro or train. Lines may come from OpenStreetMap (route or railway tags) or GTFS shapes (route_type).

A model trained on your study with &apos;Train a mode model&apos; may replace the default one: it is a JSON file, never a pickle.</source>
        <translation>Ajoute à chaque trajet son mode de transport (mode : walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane ou unknown), une confiance entre 0 et 1 (mode_confidence) et son origine (mode_source : user, model ou rules).

Entrée : les trajets produits par « Découper en déplacements » de Tracemob (lignes dont la valeur M est l&apos;heure de chaque sommet).

Les libellés de l&apos;utilisateur priment : un trajet dont le champ de libellé est rempli, ou un trajet appartenant à un déplacement confirmé par l&apos;utilisateur (mode_confirm d&apos;OpenPATH, apparié par utilisateur et par heure), garde ce libellé. Dans un déplacement de plusieurs trajets, le libellé va aux trajets de même nature (le trajet en bus d&apos;un enchaînement marche-bus-marche).

Sinon, le modèle décide d&apos;après les centiles de vitesse, l&apos;accélération, les arrêts, les changements de direction et, quand le téléphone les a enregistrés, les relevés d&apos;activité de mouvement. Le modèle par défaut distingue la marche, le vélo et les trajets motorisés (voiture ; train ou avion à vitesse soutenue ferroviaire ou aérienne). En dessous de la confiance minimale, des règles par plages de vitesse décident.

Avec des lignes de transport collectif (et leurs arrêts), les trajets motorisés qui suivent une ligne de bus, de tramway, de métro ou de train en s&apos;arrêtant à ses arrêts deviennent bus, tramway, métro ou train. Les lignes peuvent venir d&apos;OpenStreetMap (attributs route ou railway) ou des tracés GTFS (route_type).

Un modèle entraîné sur votre enquête avec « Entraîner un modèle de modes » peut remplacer le modèle par défaut : c&apos;est un fichier JSON, jamais un pickle.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="148"/>
        <location filename="../processing/algorithms/segment_trips.py" line="195"/>
        <location filename="../processing/algorithms/segment_trips.py" line="312"/>
        <source>Legs</source>
        <translation>Trajets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="151"/>
        <source>Mode model (JSON from &apos;Train a mode model&apos;; empty: default model)</source>
        <translation>Modèle de modes (JSON issu de « Entraîner un modèle de modes » ; vide : modèle par défaut)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="154"/>
        <source>Minimum model confidence (below: rules)</source>
        <translation>Confiance minimale du modèle (en dessous : règles)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="157"/>
        <location filename="../processing/algorithms/infer_modes.py" line="189"/>
        <source>Legs with modes</source>
        <translation>Trajets avec modes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="179"/>
        <source>{n} legs. Modes: {modes}. Sources: {sources}.</source>
        <translation>{n} trajets. Modes : {modes}. Origines : {sources}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="182"/>
        <source>No motion-activity table: modes come from the trajectories alone.</source>
        <translation>Pas de table d&apos;activité de mouvement : les modes sont déduits des seules trajectoires.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="184"/>
        <source>No public-transport network: bus, tram and metro are not told apart from car.</source>
        <translation>Pas de réseau de transport collectif : le bus, le tramway et le métro ne sont pas distingués de la voiture.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="46"/>
        <location filename="../processing/algorithms/modal_share.py" line="98"/>
        <location filename="../processing/algorithms/modal_share.py" line="212"/>
        <source>Modal share by zone</source>
        <translation>Part modale par zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="49"/>
        <source>Counts trips by main mode and computes the modal shares by number of trips, by distance and by travel time, for each zone and for the whole study.

Main mode: a trip gets the highest mode of its legs in this hierarchy, in the spirit of the French EMC² survey standard: plane &gt; train &gt; metro &gt; tram &gt; bus &gt; car &gt; motorcycle &gt; e-scooter &gt; e-bike &gt; bike &gt; unknown &gt; walk. A trip is a walking trip only when all its legs are walking. The whole trip distance and duration go to its main mode.

Inputs: the trips layer (origin = first vertex) and the legs layer with a mode field (mode inference output), optionally a polygon zone layer (communes, IRIS, a grid; any CRS, reprojected) and a period. Zoning: by origin zone of the trip, or by home zone of the user (home = where the user&apos;s first trip of the day most often starts).

Privacy: a zone with fewer trips or fewer distinct users than the thresholds is masked: its values are left empty. Optionally mode cells with too few users are masked too.

Outputs: the zone layer (fields n_&lt;mode&gt;, sh_&lt;mode&gt; = % of trips, km_&lt;mode&gt;, shkm_&lt;mode&gt; = % of distance, h_&lt;mode&gt;, shh_&lt;mode&gt; = % of time) styled with pie charts, a table with one row per zone and mode (zone ALL = whole study) and a PNG chart.</source>
        <translation>Compte les déplacements par mode principal et calcule les parts modales en nombre de déplacements, en distance et en temps de déplacement, pour chaque zone et pour l&apos;ensemble de l&apos;enquête.

Mode principal : un déplacement prend le mode le plus élevé de ses trajets dans cette hiérarchie, dans l&apos;esprit du standard Cerema des enquêtes EMC² : avion &gt; train &gt; métro &gt; tramway &gt; bus &gt; voiture &gt; deux-roues motorisé &gt; trottinette électrique &gt; vélo à assistance électrique &gt; vélo &gt; inconnu &gt; marche. Un déplacement n&apos;est compté à pied que si tous ses trajets sont à pied. Toute la distance et toute la durée du déplacement vont à son mode principal.

Entrées : la couche des déplacements (origine = premier sommet) et la couche des trajets avec un champ mode (sortie de l&apos;inférence des modes), et en option une couche de zones polygonales (communes, IRIS, carroyage ; tout SCR, reprojeté) et une période. Zonage : par zone d&apos;origine du déplacement, ou par zone de domicile de l&apos;utilisateur (domicile = lieu d&apos;où part le plus souvent son premier déplacement de la journée).

Confidentialité : une zone comptant moins de déplacements ou moins d&apos;utilisateurs distincts que les seuils est masquée : ses valeurs restent vides. En option, les cases de mode avec trop peu d&apos;utilisateurs sont aussi masquées.

Sorties : la couche des zones (champs n_&lt;mode&gt;, sh_&lt;mode&gt; = % des déplacements, km_&lt;mode&gt;, shkm_&lt;mode&gt; = % de la distance, h_&lt;mode&gt;, shh_&lt;mode&gt; = % du temps) représentée en diagrammes circulaires, une table avec une ligne par zone et par mode (zone ALL = ensemble de l&apos;enquête) et un graphique PNG.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="68"/>
        <location filename="../processing/algorithms/modal_share.py" line="92"/>
        <location filename="../processing/algorithms/segment_trips.py" line="193"/>
        <location filename="../processing/algorithms/segment_trips.py" line="311"/>
        <source>Trips</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="70"/>
        <source>Legs with a mode field (empty: the trips carry main_mode or mode)</source>
        <translation>Trajets avec un champ mode (vide : les déplacements portent main_mode ou mode)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="73"/>
        <source>Zones (polygons; empty: whole study only)</source>
        <translation>Zones (polygones ; vide : ensemble de l&apos;enquête seulement)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="76"/>
        <source>Zone identifier field (empty: detect)</source>
        <translation>Champ identifiant de zone (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="79"/>
        <source>Trips are counted in</source>
        <translation>Les déplacements sont comptés dans</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="80"/>
        <source>The zone of their origin</source>
        <translation>La zone de leur origine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="80"/>
        <source>The home zone of their user</source>
        <translation>La zone de domicile de leur utilisateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="83"/>
        <source>Mask zones with fewer distinct users than</source>
        <translation>Masquer les zones ayant moins d&apos;utilisateurs distincts que</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="86"/>
        <source>Mask zones with fewer trips than</source>
        <translation>Masquer les zones ayant moins de déplacements que</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="88"/>
        <source>Also mask modes used by fewer users than the threshold in a zone</source>
        <translation>Masquer aussi les modes utilisés par moins d&apos;utilisateurs que le seuil dans une zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="91"/>
        <source>Chart measure</source>
        <translation>Mesure du graphique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="92"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="92"/>
        <source>Travel time</source>
        <translation>Temps de déplacement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="93"/>
        <source>Time zone of the study (days, home)</source>
        <translation>Fuseau horaire de l&apos;enquête (jours, domicile)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="100"/>
        <source>Modal share table</source>
        <translation>Table des parts modales</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="102"/>
        <source>Modal share chart (PNG)</source>
        <translation>Graphique des parts modales (PNG)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="141"/>
        <source>{n} zone(s) without geometry were ignored.</source>
        <translation>{n} zone(s) sans géométrie ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="143"/>
        <source>Zone identifiers are not unique in field &apos;{field}&apos;.</source>
        <translation>Les identifiants de zones ne sont pas uniques dans le champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="155"/>
        <source>{n} zones; identifier field: {field}; CRS {crs} (reprojected to EPSG:4326 for the point-in-polygon test).</source>
        <translation>{n} zones ; champ identifiant : {field} ; SCR {crs} (reprojeté en EPSG:4326 pour le test point dans polygone).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="186"/>
        <source>{n} trips in the period; {masked} zone(s) masked (fewer than {users} users or {trips} trips).</source>
        <translation>{n} déplacements sur la période ; {masked} zone(s) masquée(s) (moins de {users} utilisateurs ou de {trips} déplacements).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="190"/>
        <source>The whole study has fewer users or trips than the thresholds: every value is masked.</source>
        <translation>L&apos;ensemble de l&apos;enquête compte moins d&apos;utilisateurs ou de déplacements que les seuils : toutes les valeurs sont masquées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="195"/>
        <source>{n} trip(s) outside every zone (counted in ALL only).</source>
        <translation>{n} déplacement(s) hors de toute zone (comptés seulement dans ALL).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="203"/>
        <source>Zone field(s) {fields} are replaced by the computed values.</source>
        <translation>Le(s) champ(s) de zone {fields} sont remplacés par les valeurs calculées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="50"/>
        <source>Cleaning: drop fixes less accurate than (m)</source>
        <translation>Nettoyage : écarter les points GPS moins précis que (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="51"/>
        <source>Cleaning: near-duplicate window (s)</source>
        <translation>Nettoyage : fenêtre des quasi-doublons (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="52"/>
        <source>Cleaning: spike speed (m/s)</source>
        <translation>Nettoyage : vitesse d&apos;un point aberrant (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="53"/>
        <source>Cleaning: impossible speed (m/s)</source>
        <translation>Nettoyage : vitesse impossible (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="54"/>
        <source>Stay: radius (m)</source>
        <translation>Arrêt : rayon (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="55"/>
        <source>Stay: minimum duration (s)</source>
        <translation>Arrêt : durée minimale (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="56"/>
        <source>Stay: time gap that restarts detection (s, empty: never)</source>
        <translation>Arrêt : interruption qui relance la détection (s ; vide : jamais)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="57"/>
        <source>Stay: the end of the data can be a stay</source>
        <translation>Arrêt : la fin des données peut être un arrêt</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="58"/>
        <source>Gap: examine time gaps longer than (s)</source>
        <translation>Interruption : examiner les interruptions plus longues que (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="59"/>
        <source>Gap: a gap covered slower than this is time at the place (m/s)</source>
        <translation>Interruption : franchie plus lentement que ceci, elle compte comme temps passé sur place (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="60"/>
        <source>Gap: untracked time that cuts a trip (s)</source>
        <translation>Interruption : durée sans suivi qui coupe un déplacement (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="61"/>
        <source>Activity: minimum stay duration (s)</source>
        <translation>Activité : durée minimale de l&apos;arrêt (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="62"/>
        <source>Trip: starts and ends on the fixes of the stays</source>
        <translation>Déplacement : commence et finit sur les points GPS des arrêts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="63"/>
        <source>Trip: minimum number of moving fixes</source>
        <translation>Déplacement : nombre minimal de points GPS en mouvement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="64"/>
        <source>Trip: minimum distance (m)</source>
        <translation>Déplacement : distance minimale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="65"/>
        <source>Leg: speed window (s)</source>
        <translation>Trajet : fenêtre de calcul de la vitesse (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="66"/>
        <source>Leg: walking speed limit (m/s)</source>
        <translation>Trajet : vitesse maximale de marche (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="67"/>
        <source>Leg: ignore &apos;walking&apos; motion above (m/s)</source>
        <translation>Trajet : ignorer l&apos;activité « marche » au-dessus de (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="68"/>
        <source>Leg: minimum duration (s)</source>
        <translation>Trajet : durée minimale (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="69"/>
        <source>Leg: minimum distance (m)</source>
        <translation>Trajet : distance minimale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="70"/>
        <source>Motion: a reading applies for (s)</source>
        <translation>Activité de mouvement : durée de validité d&apos;un relevé (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="71"/>
        <source>Motion: minimum confidence (0-100)</source>
        <translation>Activité de mouvement : confiance minimale (0-100)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="72"/>
        <source>Stay: detection method</source>
        <translation>Arrêt : méthode de détection</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="73"/>
        <source>Stay: window direction (window method)</source>
        <translation>Arrêt : sens de la fenêtre (méthode window)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="74"/>
        <source>Trip: move the start back to the departure time (e-mission)</source>
        <translation>Déplacement : ramener le début à l&apos;heure de départ (e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="75"/>
        <source>Stay: minimum number of fixes in the still window (dwell method)</source>
        <translation>Arrêt : nombre minimal de points GPS dans la fenêtre immobile (méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="76"/>
        <source>Stay: a trip restarts after a gap of (s, dwell method)</source>
        <translation>Arrêt : un déplacement reprend après une interruption de (s, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="77"/>
        <source>Stay: core radius, farther fixes go to trips (m, window method, empty: none)</source>
        <translation>Arrêt : rayon du cœur, les points GPS plus éloignés vont aux déplacements (m, méthode window ; vide : aucun)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="78"/>
        <source>Stay: minimum number of fixes (window method)</source>
        <translation>Arrêt : nombre minimal de points GPS (méthode window)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="79"/>
        <source>Gap: longest gap with movement kept inside a trip (s)</source>
        <translation>Interruption : plus longue interruption avec mouvement gardée dans un déplacement (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="80"/>
        <source>Cleaning: longest burst of impossible fixes dropped (fixes)</source>
        <translation>Nettoyage : plus longue rafale de points GPS impossibles écartée (points GPS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="81"/>
        <source>Stay: where a trip ends before a still gap (dwell method)</source>
        <translation>Arrêt : où finit un déplacement suivi d&apos;une interruption à l&apos;arrêt (méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="82"/>
        <source>Trip: share the stay&apos;s fix only if at most this far in time (s)</source>
        <translation>Déplacement : partager le point GPS de l&apos;arrêt seulement s&apos;il est au plus à cet écart de temps (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="83"/>
        <source>Trip: minimum number of fixes between two stays</source>
        <translation>Déplacement : nombre minimal de points GPS entre deux arrêts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="84"/>
        <source>Trip: minimum distance from the place left (m)</source>
        <translation>Déplacement : distance minimale au lieu quitté (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="85"/>
        <source>Stay: merge the stays around a dropped trip</source>
        <translation>Arrêt : fusionner les arrêts de part et d&apos;autre d&apos;un déplacement écarté</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="86"/>
        <source>Leg: minimum distance of a walking leg (m)</source>
        <translation>Trajet : distance minimale d&apos;un trajet à pied (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="87"/>
        <source>Motion: between two readings at most this far apart, the faster one (s, 0: off)</source>
        <translation>Activité de mouvement : entre deux relevés séparés d&apos;au plus cette durée, retenir le plus rapide (s ; 0 : désactivé)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="88"/>
        <source>Motion: a walking reading holds from this speed (m/s)</source>
        <translation>Activité de mouvement : un relevé « marche » compte à partir de cette vitesse (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="89"/>
        <source>Leg: minimum duration of a walk the phone saw (s)</source>
        <translation>Trajet : durée minimale d&apos;une marche détectée par le téléphone (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="90"/>
        <source>Leg: minimum distance of a walk the phone saw (m)</source>
        <translation>Trajet : distance minimale d&apos;une marche détectée par le téléphone (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="139"/>
        <source>Segment trips</source>
        <translation>Découper en déplacements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="142"/>
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
        <location filename="../processing/algorithms/segment_trips.py" line="158"/>
        <source>User field (empty: detect)</source>
        <translation>Champ utilisateur (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="160"/>
        <source>Time field (empty: detect)</source>
        <translation>Champ horaire (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="163"/>
        <source>Motion activity table (optional)</source>
        <translation>Table d&apos;activité de mouvement (facultative)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="191"/>
        <location filename="../processing/algorithms/segment_trips.py" line="306"/>
        <source>Stays</source>
        <translation>Arrêts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="197"/>
        <location filename="../processing/algorithms/segment_trips.py" line="327"/>
        <source>Untracked gaps</source>
        <translation>Interruptions de suivi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="199"/>
        <location filename="../processing/algorithms/segment_trips.py" line="332"/>
        <source>Cleaned points</source>
        <translation>Points nettoyés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="214"/>
        <source>User field: {user}; time field: {time}</source>
        <translation>Champ utilisateur : {user} ; champ horaire : {time}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="234"/>
        <source>No point has both a geometry and a readable time in field &apos;{field}&apos;.</source>
        <translation>Aucun point n&apos;a à la fois une géométrie et une heure lisible dans le champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="237"/>
        <source>{n} point(s) without geometry or readable time were ignored.</source>
        <translation>{n} point(s) sans géométrie ou sans heure lisible ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="253"/>
        <source>The motion table lacks the field(s) {fields} (use the table made by Import travel traces).</source>
        <translation>Il manque à la table d&apos;activité de mouvement le(s) champ(s) {fields} (utilisez la table produite par « Importer des traces de déplacement »).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="291"/>
        <source>{n} points of {users} user(s) to segment.</source>
        <translation>{n} points de {users} utilisateur(s) à découper.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="297"/>
        <source>{stays} stays, {trips} trips, {legs} legs.</source>
        <translation>{stays} arrêts, {trips} déplacements, {legs} trajets.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="27"/>
        <source>Train a mode model</source>
        <translation>Entraîner un modèle de modes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="30"/>
        <source>Trains a transport-mode classifier (random forest, scikit-learn) on the legs your participants labelled, for use in &apos;Infer transport modes&apos;.

Labels: a field of the legs and/or the user-confirmed trips (OpenPATH mode_confirm, matched by user and time). Labels are mapped to the Tracemob modes (drove_alone -&gt; car, e-bike -&gt; ebike, ...); not_a_trip and other are ignored.

Validation leaves users out: the legs of a participant are never used both to train and to test, so the scores tell how the model does on new participants. The report gives the time-weighted agreement and the precision and recall of every mode.

Small studies: by default Tracemob&apos;s synthetic reference legs (walk, bike, car, plane) are added at a low weight, so that modes few participants labelled keep sound boundaries; your labels decide wherever you have them.

The model is saved as plain JSON (version, features, modes, trees): safe to share and to load, never a pickle.</source>
        <translation>Entraîne un classifieur de modes de transport (forêt aléatoire, scikit-learn) sur les trajets étiquetés par vos participants, pour « Déduire les modes de transport ».

Libellés : un champ des trajets et/ou les déplacements confirmés par l&apos;utilisateur (mode_confirm d&apos;OpenPATH, appariés par utilisateur et par heure). Les libellés sont convertis en modes Tracemob (drove_alone -&gt; car, e-bike -&gt; ebike, …) ; not_a_trip et other sont ignorés.

La validation exclut des utilisateurs : les trajets d&apos;un participant ne servent jamais à la fois à l&apos;entraînement et au test, si bien que les scores indiquent comment le modèle se comporte sur de nouveaux participants. Le rapport donne l&apos;accord pondéré par la durée, ainsi que la précision et le rappel de chaque mode.

Petites enquêtes : par défaut, les trajets de référence synthétiques de Tracemob (marche, vélo, voiture, avion) sont ajoutés avec un faible poids, afin que les modes peu étiquetés gardent des frontières saines ; vos libellés décident partout où vous en avez.

Le modèle est enregistré en JSON simple (version, variables, modes, arbres) : sûr à partager et à charger, jamais un pickle.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="47"/>
        <source>Labelled legs</source>
        <translation>Trajets étiquetés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="50"/>
        <source>Field identifying the participant</source>
        <translation>Champ identifiant le participant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="53"/>
        <source>Add Tracemob&apos;s synthetic reference legs (walk, bike, car, plane) at a low weight</source>
        <translation>Ajouter les trajets de référence synthétiques de Tracemob (marche, vélo, voiture, avion) avec un faible poids</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="56"/>
        <source>Validation folds (groups of users left out)</source>
        <translation>Blocs de validation (groupes d&apos;utilisateurs exclus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="59"/>
        <source>Number of trees</source>
        <translation>Nombre d&apos;arbres</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="61"/>
        <source>Mode model file</source>
        <translation>Fichier du modèle de modes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="61"/>
        <source>Tracemob mode model (*.json)</source>
        <translation>Modèle de modes Tracemob (*.json)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="62"/>
        <source>Time-weighted agreement (users left out)</source>
        <translation>Accord pondéré par la durée (utilisateurs exclus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="63"/>
        <source>Coarse agreement (users left out)</source>
        <translation>Accord grossier (utilisateurs exclus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="64"/>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="64"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="65"/>
        <source>Segmentation</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="66"/>
        <source>Transport modes</source>
        <translation>Modes de transport</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="67"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="68"/>
        <source>OpenPATH server</source>
        <translation>Serveur OpenPATH</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="261"/>
        <location filename="../processing/base.py" line="268"/>
        <location filename="../processing/base.py" line="333"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="298"/>
        <location filename="../processing/base.py" line="392"/>
        <source>Field &apos;{field}&apos; does not exist in the input layer (fields: {fields}).</source>
        <translation>Le champ « {field} » n&apos;existe pas dans la couche d&apos;entrée (champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="304"/>
        <source>Cannot detect the field for &apos;{param}&apos; among {fields}. Choose it in the parameter.</source>
        <translation>Impossible de détecter le champ pour « {param} » parmi {fields}. Choisissez-le dans le paramètre.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="320"/>
        <source>Field(s) {missing} not found in the input (fields: {fields}).</source>
        <translation>Champ(s) {missing} introuvable(s) dans l&apos;entrée (champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="411"/>
        <source>The line layer has no M values: use a trips or legs layer made by Tracemob (M = time of each vertex).</source>
        <translation>La couche de lignes n&apos;a pas de valeurs M : utilisez une couche de déplacements ou de trajets produite par Tracemob (M = heure de chaque sommet).</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="514"/>
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
        <location filename="../resources/styles/confirmed_trips.qml" line="8"/>
        <source>Scooter share</source>
        <translation>Trottinette en libre-service</translation>
    </message>
    <message>
        <location filename="../resources/styles/confirmed_trips.qml" line="11"/>
        <source>Car, alone</source>
        <translation>Voiture, seul</translation>
    </message>
    <message>
        <location filename="../resources/styles/confirmed_trips.qml" line="12"/>
        <source>Car, shared ride</source>
        <translation>Voiture, covoiturage</translation>
    </message>
    <message>
        <location filename="../resources/styles/confirmed_trips.qml" line="13"/>
        <source>Taxi / ride hailing</source>
        <translation>Taxi / VTC</translation>
    </message>
    <message>
        <location filename="../resources/styles/confirmed_trips.qml" line="14"/>
        <source>Other or not labelled</source>
        <translation>Autre ou non renseigné</translation>
    </message>
    <message>
        <location filename="../resources/styles/emissions.qml" line="22"/>
        <source>No factor (unknown mode)</source>
        <translation>Sans facteur (mode inconnu)</translation>
    </message>
    <message>
        <location filename="../resources/styles/legs.qml" line="5"/>
        <source>&lt; 7 km/h (walking pace)</source>
        <translation>&lt; 7 km/h (allure de marche)</translation>
    </message>
    <message>
        <location filename="../resources/styles/legs.qml" line="6"/>
        <source>7 - 22 km/h (cycling pace)</source>
        <translation>7 - 22 km/h (allure vélo)</translation>
    </message>
    <message>
        <location filename="../resources/styles/legs.qml" line="7"/>
        <source>22 - 54 km/h (urban motorised)</source>
        <translation>22 - 54 km/h (motorisé urbain)</translation>
    </message>
    <message>
        <location filename="../resources/styles/legs.qml" line="8"/>
        <source>&gt; 54 km/h (fast)</source>
        <translation>&gt; 54 km/h (rapide)</translation>
    </message>
    <message>
        <location filename="../resources/styles/modalshare.qml" line="17"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location filename="../resources/styles/modalshare.qml" line="18"/>
        <source>Masked (too few users or trips)</source>
        <translation>Masquée (trop peu d&apos;utilisateurs ou de déplacements)</translation>
    </message>
    <message>
        <location filename="../resources/styles/stays.qml" line="5"/>
        <source>&lt; 15 min</source>
        <translation>&lt; 15 min</translation>
    </message>
    <message>
        <location filename="../resources/styles/stays.qml" line="6"/>
        <source>15 min - 1 h</source>
        <translation>15 min - 1 h</translation>
    </message>
    <message>
        <location filename="../resources/styles/stays.qml" line="7"/>
        <source>1 h - 4 h</source>
        <translation>1 h - 4 h</translation>
    </message>
    <message>
        <location filename="../resources/styles/stays.qml" line="8"/>
        <source>&gt; 4 h</source>
        <translation>&gt; 4 h</translation>
    </message>
    <message>
        <location filename="../resources/styles/trips.qml" line="5"/>
        <source>&lt; 1 km</source>
        <translation>&lt; 1 km</translation>
    </message>
    <message>
        <location filename="../resources/styles/trips.qml" line="6"/>
        <source>1 - 5 km</source>
        <translation>1 - 5 km</translation>
    </message>
    <message>
        <location filename="../resources/styles/trips.qml" line="7"/>
        <source>5 - 20 km</source>
        <translation>5 - 20 km</translation>
    </message>
    <message>
        <location filename="../resources/styles/trips.qml" line="8"/>
        <source>&gt; 20 km</source>
        <translation>&gt; 20 km</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="713"/>
        <source>Tracemob demo: stays, trips and legs from smartphone traces</source>
        <translation>Tracemob : arrêts, déplacements et trajets issus de traces de smartphones</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="714"/>
        <source>{days} real e-mission days, {points} GPS fixes, {trips} trips, {legs} legs, {stays} stays (sample: e-mission-server, BSD-3-Clause)</source>
        <translation>{days} journées réelles e-mission, {points} points GPS, {trips} déplacements, {legs} trajets, {stays} arrêts (échantillon : e-mission-server, BSD-3-Clause)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="718"/>
        <source>Whole study area</source>
        <translation>Ensemble du territoire d&apos;enquête</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="719"/>
        <source>Zoom on the most visited area</source>
        <translation>Zoom sur le secteur le plus fréquenté</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="27"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="5"/>
        <location filename="../resources/styles/modes.qml" line="5"/>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="27"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="6"/>
        <location filename="../resources/styles/modes.qml" line="6"/>
        <source>Bike</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="27"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="7"/>
        <location filename="../resources/styles/modes.qml" line="7"/>
        <source>E-bike</source>
        <translation>Vélo à assistance électrique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="27"/>
        <location filename="../resources/styles/modes.qml" line="8"/>
        <source>E-scooter</source>
        <translation>Trottinette électrique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="28"/>
        <location filename="../resources/styles/modes.qml" line="9"/>
        <source>Motorcycle</source>
        <translation>Deux-roues motorisé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="28"/>
        <location filename="../resources/styles/modes.qml" line="10"/>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="28"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="9"/>
        <location filename="../resources/styles/modes.qml" line="11"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="28"/>
        <location filename="../resources/styles/modes.qml" line="12"/>
        <source>Tram</source>
        <translation>Tramway</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="29"/>
        <location filename="../resources/styles/modes.qml" line="13"/>
        <source>Metro</source>
        <translation>Métro</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="29"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="10"/>
        <location filename="../resources/styles/modes.qml" line="14"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="29"/>
        <location filename="../resources/styles/modes.qml" line="15"/>
        <source>Plane</source>
        <translation>Avion</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/charts.py" line="29"/>
        <location filename="../resources/styles/modes.qml" line="16"/>
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
        <location filename="../tracemob_plugin/core/readers/files.py" line="111"/>
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
        <location filename="../tracemob_plugin/core/emissions.py" line="245"/>
        <source>occupancy {occupancy:g}</source>
        <translation>taux d&apos;occupation {occupancy:g}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="267"/>
        <source>unknown scope &apos;{scope}&apos;</source>
        <translation>périmètre « {scope} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="268"/>
        <source>Use usage or usage+construction.</source>
        <translation>Utilisez usage ou usage+construction.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="271"/>
        <source>the occupancy must be a positive number, not {value}</source>
        <translation>le taux d&apos;occupation doit être un nombre positif, pas {value}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="272"/>
        <source>The average car occupancy in France is about 1.4.</source>
        <translation>Le taux d&apos;occupation moyen des voitures en France est d&apos;environ 1,4.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="276"/>
        <source>the legs have no &apos;{column}&apos; field</source>
        <translation>les trajets n&apos;ont pas de champ « {column} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="277"/>
        <source>Run the mode inference first; the legs layer needs the fields mode and distance_m.</source>
        <translation>Lancez d&apos;abord l&apos;inférence des modes ; la couche des trajets doit avoir les champs mode et distance_m.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/emissions.py" line="290"/>
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
        <location filename="../tracemob_plugin/core/evaluation.py" line="85"/>
        <source>the ground truth names no day and holds no trip</source>
        <translation>la vérité terrain n&apos;indique aucun jour et ne contient aucun déplacement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="129"/>
        <source>cannot read this ground-truth file: {error}</source>
        <translation>impossible de lire ce fichier de vérité terrain : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="131"/>
        <location filename="../tracemob_plugin/core/evaluation.py" line="190"/>
        <location filename="../tracemob_plugin/core/evaluation.py" line="197"/>
        <source>Give an e-mission ground_truth JSON file.</source>
        <translation>Indiquez un fichier JSON ground_truth d&apos;e-mission.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="189"/>
        <source>no &apos;data&apos; list of trips in this ground-truth file</source>
        <translation>aucune liste de déplacements « data » dans ce fichier de vérité terrain</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="196"/>
        <location filename="../tracemob_plugin/core/evaluation.py" line="232"/>
        <source>this trip has no start_ts/end_ts</source>
        <translation>ce déplacement n&apos;a pas de start_ts/end_ts</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="226"/>
        <source>a composite-trips file must hold a list of trip entries</source>
        <translation>un fichier de déplacements composites doit contenir une liste d&apos;entrées de déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="227"/>
        <location filename="../tracemob_plugin/core/evaluation.py" line="233"/>
        <source>Give an e-mission expected_composite_trips JSON file.</source>
        <translation>Indiquez un fichier JSON expected_composite_trips d&apos;e-mission.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="441"/>
        <source>the column is missing from the {table} table</source>
        <translation>la colonne est absente de la table {table}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="442"/>
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
        <location filename="../tracemob_plugin/core/indicators.py" line="143"/>
        <source>the trips have no mode and no legs layer was given</source>
        <translation>les déplacements n&apos;ont pas de mode et aucune couche de trajets n&apos;a été fournie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="144"/>
        <source>Give the legs layer with a mode field (mode inference output).</source>
        <translation>Fournissez la couche des trajets avec un champ mode (sortie de l&apos;inférence des modes).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="244"/>
        <source>the end of the period is not after its start</source>
        <translation>la fin de la période n&apos;est pas postérieure à son début</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="245"/>
        <source>Give an end date later than the start date.</source>
        <translation>Indiquez une date de fin postérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="271"/>
        <source>Use origin or home.</source>
        <translation>Utilisez origin (origine) ou home (domicile).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="271"/>
        <source>unknown zoning &apos;{by}&apos;</source>
        <translation>zonage « {by} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="274"/>
        <source>the threshold must be 0 or more</source>
        <translation>le seuil doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="283"/>
        <source>there are not as many zone ids as zone geometries</source>
        <translation>il n&apos;y a pas autant d&apos;identifiants de zones que de géométries de zones</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators.py" line="431"/>
        <source>the threshold must be 1 or more</source>
        <translation>le seuil doit être supérieur ou égal à 1</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="60"/>
        <source>the {what} have no field &apos;{field}&apos;</source>
        <translation>les {what} n&apos;ont pas de champ « {field} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="62"/>
        <source>Use legs from Tracemob &apos;Segment trips&apos; or add the field.</source>
        <translation>Utilisez les trajets produits par « Découper en déplacements » de Tracemob, ou ajoutez le champ.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="68"/>
        <source>vertices</source>
        <translation>sommets</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="191"/>
        <source>motion readings</source>
        <translation>relevés d&apos;activité de mouvement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="80"/>
        <source>trip labels</source>
        <translation>libellés de déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="135"/>
        <location filename="../tracemob_plugin/core/modes/model.py" line="291"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="137"/>
        <location filename="../tracemob_plugin/core/modes/train.py" line="32"/>
        <source>legs</source>
        <translation>trajets</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="139"/>
        <source>the legs have no label field &apos;{field}&apos;</source>
        <translation>les trajets n&apos;ont pas de champ de libellé « {field} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="140"/>
        <source>Choose an existing field or leave it empty.</source>
        <translation>Choisissez un champ existant ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="152"/>
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
        <location filename="../tracemob_plugin/core/modes/model.py" line="265"/>
        <source>too few labelled legs to train a model ({n}; at least 10 are needed)</source>
        <translation>trop peu de trajets étiquetés pour entraîner un modèle ({n} ; il en faut au moins 10)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="266"/>
        <source>Label more legs or use the default model.</source>
        <translation>Étiquetez davantage de trajets ou utilisez le modèle par défaut.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="34"/>
        <source>the legs have no user field &apos;{field}&apos;: leave-users-out validation needs it</source>
        <translation>les trajets n&apos;ont pas de champ utilisateur « {field} » : la validation en excluant des utilisateurs en a besoin</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="36"/>
        <source>Choose the field that identifies the participant.</source>
        <translation>Choisissez le champ qui identifie le participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="38"/>
        <source>no labels: give a label field of the legs or a table of confirmed trips</source>
        <translation>aucun libellé : indiquez un champ de libellé des trajets ou une table de déplacements confirmés</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="39"/>
        <source>OpenPATH exports hold the confirmed trips (mode_confirm).</source>
        <translation>Les exports OpenPATH contiennent les déplacements confirmés (mode_confirm).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="60"/>
        <source>Validation with users left out ({n} folds, {legs} labelled legs, {users} users)</source>
        <translation>Validation en excluant des utilisateurs ({n} blocs, {legs} trajets étiquetés, {users} utilisateurs)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="62"/>
        <source>Time-weighted agreement: {fine:.3f} (coarse walk / bike / motorised: {coarse:.3f})</source>
        <translation>Accord pondéré par la durée : {fine:.3f} (grossier marche / vélo / motorisé : {coarse:.3f})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="64"/>
        <source>class      precision  recall  hours</source>
        <translation>classe     précision  rappel heures</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="66"/>
        <source>Trained with {n} synthetic reference legs (walk, bike, car, plane) added at a low weight</source>
        <translation>Entraîné avec {n} trajets de référence synthétiques (marche, vélo, voiture, avion) ajoutés avec un faible poids</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="73"/>
        <source>fold {i}: test users {users}</source>
        <translation>bloc {i} : utilisateurs de test {users}</translation>
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
        <location filename="../tracemob_plugin/core/readers/emission.py" line="207"/>
        <source>an e-mission file must hold a list of timeseries entries</source>
        <translation>un fichier e-mission doit contenir une liste d&apos;entrées de séries temporelles</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="208"/>
        <source>Export the data again with OpenPATH or e-mission.</source>
        <translation>Exportez à nouveau les données avec OpenPATH ou e-mission.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="290"/>
        <source>no e-mission timeseries entry (with metadata.key) in this JSON list</source>
        <translation>aucune entrée de série temporelle e-mission (avec metadata.key) dans cette liste JSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="291"/>
        <source>Give the raw timeseries export of OpenPATH / e-mission (a list of entries with metadata and data).</source>
        <translation>Fournissez l&apos;export brut des séries temporelles d&apos;OpenPATH / e-mission (une liste d&apos;entrées avec metadata et data).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="294"/>
        <source>{file}: {n} items without metadata.key ignored</source>
        <translation>{file} : {n} éléments sans metadata.key ignorés</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="297"/>
        <source>{file}: {n} entries without data.ts ignored</source>
        <translation>{file} : {n} entrées sans data.ts ignorées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="341"/>
        <source>{file}: user {user} has no {filtered}; used {raw} with e-mission&apos;s accuracy filter (&lt; 200 m, no duplicates): kept {kept} of {n} fixes</source>
        <translation>{file} : l&apos;utilisateur {user} n&apos;a pas de {filtered} ; {raw} utilisé avec le filtre de précision d&apos;e-mission (&lt; 200 m, sans doublons) : {kept} points GPS gardés sur {n}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/emission.py" line="350"/>
        <source>Rows count the entries of the JSON list from 1.</source>
        <translation>Les lignes numérotent les entrées de la liste JSON à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="39"/>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="40"/>
        <source>Check that the file exists, is readable and, for .gz, is a complete gzip archive.</source>
        <translation>Vérifiez que le fichier existe, qu&apos;il est lisible et, pour un .gz, qu&apos;il s&apos;agit d&apos;une archive gzip complète.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="80"/>
        <location filename="../tracemob_plugin/core/readers/files.py" line="96"/>
        <source>corrupt or truncated JSON: {msg} at line {line}, column {col}</source>
        <translation>JSON corrompu ou tronqué : {msg} à la ligne {line}, colonne {col}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="83"/>
        <location filename="../tracemob_plugin/core/readers/files.py" line="99"/>
        <source>The file was probably cut while downloading or edited by hand: download or export it again.</source>
        <translation>Le fichier a probablement été tronqué au téléchargement ou modifié à la main : téléchargez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="112"/>
        <source>Check the path, or pick the file again.</source>
        <translation>Vérifiez le chemin, ou choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="116"/>
        <location filename="../tracemob_plugin/core/readers/table.py" line="72"/>
        <location filename="../tracemob_plugin/core/readers/table.py" line="87"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="117"/>
        <location filename="../tracemob_plugin/core/readers/files.py" line="130"/>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="42"/>
        <location filename="../tracemob_plugin/core/readers/table.py" line="73"/>
        <location filename="../tracemob_plugin/core/readers/table.py" line="88"/>
        <source>Export the trace again: the file holds no data.</source>
        <translation>Exportez à nouveau la trace : le fichier ne contient aucune donnée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="129"/>
        <source>the file is empty (an empty JSON list)</source>
        <translation>le fichier est vide (une liste JSON vide)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="133"/>
        <source>this JSON is neither an e-mission / OpenPATH timeseries export nor a GeoJSON FeatureCollection</source>
        <translation>ce JSON n&apos;est ni un export de séries temporelles e-mission / OpenPATH ni une FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="135"/>
        <source>Give a raw e-mission export (a list of entries with metadata.key) or a GeoJSON of points.</source>
        <translation>Fournissez un export brut e-mission (une liste d&apos;entrées avec metadata.key) ou un GeoJSON de points.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="148"/>
        <source>unsupported file type &apos;{ext}&apos;</source>
        <translation>type de fichier « {ext} » non pris en charge</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="149"/>
        <source>Tracemob reads e-mission / OpenPATH JSON, GeoJSON, GPX, CSV / TSV / TXT tables and GeoLife .plt files, optionally gzipped (.gz).</source>
        <translation>Tracemob lit les fichiers JSON e-mission / OpenPATH, GeoJSON, GPX, les tables CSV / TSV / TXT et les fichiers GeoLife .plt, éventuellement compressés en gzip (.gz).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="158"/>
        <source>only one location fix: a trace needs at least two fixes</source>
        <translation>un seul point GPS : une trace en demande au moins deux</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="159"/>
        <source>Check the export period or merge this file with the others of the same person.</source>
        <translation>Vérifiez la période d&apos;export ou fusionnez ce fichier avec les autres fichiers de la même personne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="162"/>
        <source>no location fix in this file</source>
        <translation>aucun point GPS dans ce fichier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="163"/>
        <source>Check the export period: the phone recorded nothing in it.</source>
        <translation>Vérifiez la période d&apos;export : le téléphone n&apos;y a rien enregistré.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="165"/>
        <source>{file}: no location fix (only activities or labels)</source>
        <translation>{file} : aucun point GPS (seulement des activités ou des libellés)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="181"/>
        <source>no supported trace file in this folder</source>
        <translation>aucun fichier de traces pris en charge dans ce dossier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="182"/>
        <source>Tracemob reads e-mission / OpenPATH JSON, GeoJSON, GPX, CSV / TSV / TXT and GeoLife .plt files (optionally .gz): pick a folder that holds some.</source>
        <translation>Tracemob lit les fichiers JSON e-mission / OpenPATH, GeoJSON, GPX, CSV / TSV / TXT et GeoLife .plt (éventuellement .gz) : choisissez un dossier qui en contient.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="230"/>
        <source>on_error must be &apos;raise&apos; or &apos;skip&apos;, not &apos;{value}&apos;</source>
        <translation>on_error doit valoir « raise » ou « skip », pas « {value} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="237"/>
        <source>no input file given</source>
        <translation>aucun fichier d&apos;entrée fourni</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="243"/>
        <source>reading cancelled</source>
        <translation>lecture annulée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="249"/>
        <source>skipped {file}, not a trace file: {problem}</source>
        <translation>{file} ignoré, ce n&apos;est pas un fichier de traces : {problem}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="253"/>
        <source>skipped {file}: {error}</source>
        <translation>{file} ignoré : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="262"/>
        <source>no supported trace file in the input</source>
        <translation>aucun fichier de traces pris en charge dans l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="263"/>
        <source>Every file was skipped: see the reasons above.</source>
        <translation>Tous les fichiers ont été ignorés : voir les raisons ci-dessus.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="284"/>
        <source>max accuracy {limit} m: dropped {n} of {total} fixes</source>
        <translation>précision maximale {limit} m : {n} points GPS écartés sur {total}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="293"/>
        <source>unknown time zone &apos;{value}&apos;</source>
        <translation>fuseau horaire « {value} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/files.py" line="294"/>
        <source>Use an IANA name such as Europe/Paris or UTC.</source>
        <translation>Utilisez un nom IANA tel que Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="41"/>
        <source>the GeoJSON has no feature</source>
        <translation>le GeoJSON n&apos;a aucune entité</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="75"/>
        <source>this point has no time property</source>
        <translation>ce point n&apos;a pas de propriété horaire</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="77"/>
        <source>Each point needs a &apos;time&apos; (or &apos;timestamp&apos;, &apos;datetime&apos;) property; rows count the features from 1.</source>
        <translation>Chaque point doit avoir une propriété « time » (ou « timestamp », « datetime ») ; les lignes numérotent les entités à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="95"/>
        <source>this line has no time for each vertex</source>
        <translation>cette ligne n&apos;a pas d&apos;heure pour chaque sommet</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="97"/>
        <source>Give lines a &apos;coordTimes&apos; (or &apos;times&apos;) property with one time per vertex, or export timed points.</source>
        <translation>Donnez aux lignes une propriété « coordTimes » (ou « times ») avec une heure par sommet, ou exportez des points horodatés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="112"/>
        <source>{file}: {n} features that are neither timed points nor lines were ignored</source>
        <translation>{file} : {n} entités qui ne sont ni des points ni des lignes horodatés ont été ignorées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="115"/>
        <source>no timed point or line in this GeoJSON</source>
        <translation>aucun point ni aucune ligne horodatés dans ce GeoJSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="116"/>
        <source>Give a FeatureCollection of Points with a time property.</source>
        <translation>Fournissez une FeatureCollection de points (Point) avec une propriété horaire.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/geojson.py" line="119"/>
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
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="50"/>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="160"/>
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
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="48"/>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="101"/>
        <source>the time is missing</source>
        <translation>l&apos;heure est absente</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="49"/>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="102"/>
        <source>Give every row a time, or delete the rows without one.</source>
        <translation>Donnez une heure à chaque ligne, ou supprimez les lignes qui n&apos;en ont pas.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="52"/>
        <source>Give every row a time: ISO-8601 (2024-03-31T08:15:00+02:00), or epoch seconds or milliseconds.</source>
        <translation>Donnez une heure à chaque ligne : ISO-8601 (2024-03-31T08:15:00+02:00), ou secondes ou millisecondes epoch.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="113"/>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="114"/>
        <source>with a UTC offset</source>
        <translation>avec un décalage UTC</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="113"/>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="114"/>
        <source>without a UTC offset</source>
        <translation>sans décalage UTC</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="116"/>
        <source>time zones are mixed: the first time is {first} but &apos;{value}&apos; is {bad}</source>
        <translation>les fuseaux horaires sont mélangés : la première heure est {first} mais « {value} » est {bad}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="119"/>
        <source>Write every time in the same way: all with an offset such as +02:00 (or Z), or all as local times, with the time zone chosen in the tool.</source>
        <translation>Écrivez toutes les heures de la même façon : toutes avec un décalage tel que +02:00 (ou Z), ou toutes en heure locale, avec le fuseau horaire choisi dans l&apos;outil.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="162"/>
        <source>Use ISO-8601 times (2024-03-31T08:15:00+02:00 or 2024-03-31 08:15:00), day/month/year times, or epoch seconds or milliseconds.</source>
        <translation>Utilisez des heures ISO-8601 (2024-03-31T08:15:00+02:00 ou 2024-03-31 08:15:00), des dates jour/mois/année, ou des secondes ou millisecondes epoch.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="201"/>
        <source>{file}: {n} local times fall in the hour skipped when clocks go forward ({tz}); they were shifted forward</source>
        <translation>{file} : {n} heures locales tombent dans l&apos;heure sautée au passage à l&apos;heure d&apos;été ({tz}) ; elles ont été avancées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/timeparse.py" line="205"/>
        <source>{file}: {n} local times occur twice when clocks go back ({tz}) and their order does not tell which: summer time assumed</source>
        <translation>{file} : {n} heures locales existent deux fois au passage à l&apos;heure d&apos;hiver ({tz}) et leur ordre ne permet pas de trancher : heure d&apos;été retenue</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="247"/>
        <location filename="../tracemob_plugin/core/segmentation.py" line="251"/>
        <source>the value {value!r} is not allowed</source>
        <translation>la valeur {value!r} n&apos;est pas autorisée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="248"/>
        <source>Use a number greater than or equal to 0.</source>
        <translation>Utilisez un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="252"/>
        <source>Use one of: {names}.</source>
        <translation>Utilisez l&apos;un de ceux-ci : {names}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="254"/>
        <source>the stay radius must be greater than 0</source>
        <translation>le rayon d&apos;arrêt doit être supérieur à 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="339"/>
        <source>segmentation cancelled</source>
        <translation>découpage annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="349"/>
        <source>the points must be a table (DataFrame)</source>
        <translation>les points doivent être une table (DataFrame)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="352"/>
        <source>the points have no column {name}</source>
        <translation>les points n&apos;ont pas de colonne {name}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="354"/>
        <source>Read the traces with read_traces, which gives user_id, time, lat and lon.</source>
        <translation>Lisez les traces avec read_traces, qui fournit user_id, time, lat et lon.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="356"/>
        <source>the time column is not a date-time column</source>
        <translation>la colonne time n&apos;est pas une colonne date-heure</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/segmentation.py" line="357"/>
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
        <location filename="../tracemob_plugin/core/server.py" line="233"/>
        <source>the server address must not contain a user name or password.</source>
        <translation>l&apos;adresse du serveur ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="235"/>
        <source>Give tokens through an authentication configuration or a token file.</source>
        <translation>Fournissez les jetons par une configuration d&apos;authentification ou un fichier de jetons.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="237"/>
        <source>&apos;{url}&apos; is not a server address.</source>
        <translation>« {url} » n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="238"/>
        <source>Give the OpenPATH server URL, e.g. https://openpath.example.org</source>
        <translation>Indiquez l&apos;URL du serveur OpenPATH, p. ex. https://openpath.example.org</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="269"/>
        <source>Cancelled while waiting to retry.</source>
        <translation>Annulé pendant l&apos;attente avant un nouvel essai.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="289"/>
        <location filename="../tracemob_plugin/core/server.py" line="604"/>
        <location filename="../tracemob_plugin/gui/server_support.py" line="53"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="295"/>
        <source>no answer within {s} s (timeout)</source>
        <translation>aucune réponse en {s} s (délai dépassé)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="297"/>
        <source>connection failed or dropped ({detail})</source>
        <translation>connexion impossible ou interrompue ({detail})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="302"/>
        <source>The server {host} refused the token of participant &apos;{label}&apos; (HTTP {status}). Renew or remove this participant&apos;s token, then run again: the data already fetched is kept.</source>
        <translation>Le serveur {host} a refusé le jeton du participant « {label} » (HTTP {status}). Renouvelez ou retirez le jeton de ce participant, puis relancez : les données déjà récupérées sont conservées.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="313"/>
        <source>the answer is not valid JSON</source>
        <translation>la réponse n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="315"/>
        <source>HTTP {status} (server error)</source>
        <translation>HTTP {status} (erreur du serveur)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="317"/>
        <source>The server {host} answered HTTP {status} to {what} for participant &apos;{label}&apos;. Check the server URL (it must be the OpenPATH server itself, e.g. https://openpath.example.org).</source>
        <translation>Le serveur {host} a répondu HTTP {status} pour {what} du participant « {label} ». Vérifiez l&apos;URL du serveur (ce doit être le serveur OpenPATH lui-même, p. ex. https://openpath.example.org).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="323"/>
        <source>{host}: {problem} for participant &apos;{label}&apos;, {what}; retry {n}/{total} in {s} s.</source>
        <translation>{host} : {problem} pour le participant « {label} », {what} ; nouvel essai {n}/{total} dans {s} s.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="328"/>
        <source>The server {host} failed {n} times for participant &apos;{label}&apos;, {what}: {problem}. What was fetched before is kept: run again later to resume.</source>
        <translation>Le serveur {host} a échoué {n} fois pour le participant « {label} », {what} : {problem}. Ce qui a déjà été récupéré est conservé : relancez plus tard pour reprendre.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="338"/>
        <source>window {start} to {end}</source>
        <translation>la fenêtre du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="342"/>
        <source>The server {host} answered without a &apos;phone_data&apos; list for participant &apos;{label}&apos;, {what}: is it an OpenPATH / e-mission server?</source>
        <translation>Le serveur {host} a répondu sans liste « phone_data » pour le participant « {label} », {what} : est-ce bien un serveur OpenPATH / e-mission ?</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="352"/>
        <source>the token check</source>
        <translation>la vérification du jeton</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="394"/>
        <source>not asked: the server did not answer for an earlier participant.</source>
        <translation>non interrogé : le serveur n&apos;a pas répondu pour un participant précédent.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="442"/>
        <source>the end of the date range is before its start.</source>
        <translation>la fin de la période est antérieure à son début.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="443"/>
        <source>Swap the two dates.</source>
        <translation>Inversez les deux dates.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="445"/>
        <source>the window must last at least 1 second.</source>
        <translation>la fenêtre doit durer au moins 1 seconde.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="448"/>
        <source>unsupported key &apos;{key}&apos;.</source>
        <translation>clé « {key} » non prise en charge.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="449"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="469"/>
        <source>Participant &apos;{label}&apos;: everything from {start} to {end} is already in the cache.</source>
        <translation>Participant « {label} » : tout ce qui va du {start} au {end} est déjà dans le cache.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="477"/>
        <source>Cancelled: what was fetched so far is kept in the cache.</source>
        <translation>Annulé : ce qui a été récupéré jusqu&apos;ici est conservé dans le cache.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="482"/>
        <source>The server {host} returned its maximum of {n} entries for one second of participant &apos;{label}&apos;: the data cannot be fetched completely.</source>
        <translation>Le serveur {host} a renvoyé son maximum de {n} entrées pour une seule seconde du participant « {label} » : les données ne peuvent pas être récupérées entièrement.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="488"/>
        <source>Participant &apos;{label}&apos;: the server&apos;s entry limit was reached, window split in two.</source>
        <translation>Participant « {label} » : la limite d&apos;entrées du serveur a été atteinte, fenêtre coupée en deux.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="500"/>
        <source>Participant &apos;{label}&apos; ({i}/{n}): window {w}, {start} to {end}: {count} entries, {new} new.</source>
        <translation>Participant « {label} » ({i}/{n}) : fenêtre {w}, du {start} au {end} : {count} entrées, dont {new} nouvelles.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="649"/>
        <source>nothing to fetch.</source>
        <translation>rien à récupérer.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/server.py" line="650"/>
        <source>Ask for points, motion activities or confirmed trips.</source>
        <translation>Demandez des points, des activités de mouvement ou des déplacements confirmés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="72"/>
        <source>Tracemob: OpenPATH server</source>
        <translation>Tracemob : serveur OpenPATH</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="79"/>
        <source>The OpenPATH / e-mission server, e.g. https://openpath.example.org</source>
        <translation>Le serveur OpenPATH / e-mission, p. ex. https://openpath.example.org</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="81"/>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="85"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="85"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="85"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="92"/>
        <source>Add participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="94"/>
        <source>Import token file…</source>
        <translation>Importer un fichier de jetons…</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="96"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="98"/>
        <source>Test server</source>
        <translation>Tester le serveur</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="104"/>
        <source>Tokens are kept in QGIS&apos;s authentication database (protected by the master password), never in the project.</source>
        <translation>Les jetons sont conservés dans la base d&apos;authentification de QGIS (protégée par le mot de passe principal), jamais dans le projet.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="110"/>
        <source>Open the import…</source>
        <translation>Ouvrir l&apos;import…</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="146"/>
        <source>answers</source>
        <translation>répond</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="173"/>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="177"/>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="174"/>
        <source>Participant label (shown in layers)</source>
        <translation>Libellé du participant (affiché dans les couches)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="177"/>
        <source>Token of &apos;{label}&apos;</source>
        <translation>Jeton de « {label} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="183"/>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="195"/>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="239"/>
        <source>Tracemob</source>
        <translation>Tracemob</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="186"/>
        <source>Token file (one &apos;label,token&apos; per line)</source>
        <translation>Fichier de jetons (une ligne « libellé,jeton » par participant)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="187"/>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="192"/>
        <source>Tokens stored in QGIS&apos;s authentication database. You may now delete the token file.</source>
        <translation>Jetons enregistrés dans la base d&apos;authentification de QGIS. Vous pouvez maintenant supprimer le fichier de jetons.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="215"/>
        <source>{ok} of {n} participants answer on {host}.</source>
        <translation>{ok} participants sur {n} répondent sur {host}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="263"/>
        <source>OpenPATH server…</source>
        <translation>Serveur OpenPATH…</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_dialog.py" line="265"/>
        <source>Add or test an OpenPATH server and import a study&apos;s data</source>
        <translation>Ajouter ou tester un serveur OpenPATH et importer les données d&apos;une enquête</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="78"/>
        <source>QGIS&apos;s authentication system is not available.</source>
        <translation>Le système d&apos;authentification de QGIS n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="79"/>
        <source>Use a token file instead, or check QGIS&apos;s authentication settings.</source>
        <translation>Utilisez plutôt un fichier de jetons, ou vérifiez les paramètres d&apos;authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="97"/>
        <source>no QGIS authentication configuration has the id or name prefix &apos;{item}&apos;.</source>
        <translation>aucune configuration d&apos;authentification QGIS n&apos;a l&apos;identifiant ou le préfixe de nom « {item} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="99"/>
        <source>Add the participants with the Tracemob server dialog, or give configuration ids.</source>
        <translation>Ajoutez les participants avec la boîte de dialogue serveur de Tracemob, ou indiquez des identifiants de configuration.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="115"/>
        <source>the authentication configuration &apos;{id}&apos; could not be read, or has no token in its password.</source>
        <translation>la configuration d&apos;authentification « {id} » n&apos;a pas pu être lue, ou son mot de passe ne contient pas de jeton.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="117"/>
        <source>Unlock QGIS&apos;s authentication database (master password), or check that the configuration is of type Basic with the token as password.</source>
        <translation>Déverrouillez la base d&apos;authentification de QGIS (mot de passe principal), ou vérifiez que la configuration est de type Basic avec le jeton comme mot de passe.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="142"/>
        <source>QGIS could not store the token of participant &apos;{label}&apos;.</source>
        <translation>QGIS n&apos;a pas pu enregistrer le jeton du participant « {label} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="143"/>
        <source>Set or unlock QGIS&apos;s master password, then try again.</source>
        <translation>Définissez ou déverrouillez le mot de passe principal de QGIS, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="90"/>
        <source>The Tracemob processing provider could not be registered.</source>
        <translation>Le fournisseur de traitements Tracemob n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="99"/>
        <source>Tracemob needs the Python package(s) {names}, missing from QGIS&apos;s Python: some algorithms are not available. Install them (see the README), then restart QGIS.</source>
        <translation>Tracemob a besoin du ou des paquets Python {names}, absents du Python de QGIS : certains traitements ne sont pas disponibles. Installez-les (voir le README), puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="102"/>
        <source>Tracemob tools (Processing)</source>
        <translation>Outils Tracemob (Traitements)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="104"/>
        <source>Show the Tracemob algorithms in the Processing toolbox</source>
        <translation>Afficher les algorithmes Tracemob dans la boîte à outils de traitements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="116"/>
        <source>Tracemob GUI module &apos;{module}&apos; could not be loaded: {error}</source>
        <translation>Le module d&apos;interface Tracemob « {module} » n&apos;a pas pu être chargé : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="124"/>
        <source>Tracemob GUI module &apos;{module}&apos; failed: {error}</source>
        <translation>Le module d&apos;interface Tracemob « {module} » a échoué : {error}</translation>
    </message>
    <message>
        <source>Check that the latitude and longitude columns are not swapped or projected, and fix or delete that row.</source>
        <translation type="vanished">Vérifiez que les colonnes latitude et longitude ne sont pas inversées ni en coordonnées projetées, puis corrigez ou supprimez cette ligne.</translation>
    </message>
    <message>
        <source>Participant &apos;{label}&apos; ({i}/{n}): window {w}/{total}, {start} to {end}: {count} entries, {new} new.</source>
        <translation type="vanished">Participant « {label} » ({i}/{n}) : fenêtre {w}/{total}, du {start} au {end} : {count} entrées, dont {new} nouvelles.</translation>
    </message>
    <message>
        <source>Use &apos;dwell&apos;, &apos;window&apos; or &apos;sliding&apos;.</source>
        <translation type="vanished">Utilisez « dwell », « window » ou « sliding ».</translation>
    </message>
    <message>
        <source>Use &apos;window&apos; or &apos;sliding&apos;.</source>
        <translation type="vanished">Utilisez « window » ou « sliding ».</translation>
    </message>
    <message>
        <source>unknown stay method {name}</source>
        <translation type="vanished">méthode de détection des arrêts {name} inconnue</translation>
    </message>
</context>
</TS>
