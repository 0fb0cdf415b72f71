<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Tracemob</name>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="104"/>
        <source>Before / after comparison of a circulation plan</source>
        <translation>Comparaison avant / après d&apos;un plan de circulation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="107"/>
        <source>Shows what changed with a circulation plan (a street closed, a one-way reversed, a low-traffic neighbourhood), street by street and mode by mode, and whether each change is real or within the margin of error.

Inputs: the legs of &apos;Infer transport modes&apos; (or &apos;Segment trips&apos;), or a points layer with a leg identifier; optionally the trips layer (without it, trips are rebuilt from the legs&apos; trip_id); the road network (any line layer, any CRS); the date the plan came into force, or two explicit periods (dates are local days in the study&apos;s time zone; an end date is included); a study-area polygon layer, and optionally a control area elsewhere in town (not overlapping the study area) and zones for the modal share (default: the study and control areas).

Like is compared with like: by default only weekdays are kept and French public holidays are left out (two options to untick); time bands are local hours (e.g. 7-9,9-16,16-19).

How sure: every 95 % range comes from re-drawing the participants at random (bootstrap, &apos;replicates&apos; times): one very active participant cannot make a change look certain. A change is &apos;significant&apos; when its 95 % range does not include 1 (no change); &apos;insufficient sample&apos; when a period has fewer traversals (trips) or participants than the minimums. Values seen by fewer participants than the privacy threshold are not published.

Outputs:
- Street segments per direction and time band: median travel time before and after (tt_before_s, tt_after_s), ratio after/before with its 95 % range (ratio_ci_low, ratio_ci_high), traversals per day before and after and their ratio, participants, flag. Blue: faster, red: slower, grey: no clear change or too few data. Filter by band (band = &apos;07-09&apos;); without a filter, each segment shows its largest clear change.
- Zones: the share of the mapped mode (default car) before and after, the change in percentage points with its 95 % range, and for every mode its trips and shares. Blue: improved (fewer car trips, or more walking, cycling and public transport trips), red: worsened.
- Rerouting: the share of trips crossing the study area, before and after, between the same origins and destinations.
- With a control area: the difference-in-differences, so that a citywide trend is not read as the plan&apos;s effect.
- A one-page HTML summary: the headline changes with their uncertainty, the sample sizes and what cannot be concluded.

Participant weights (optional, from &apos;Weight the panel to the population&apos;): the modal shares and the traffic volumes are then also given weighted to the population (fields ending in _weighted, the raw panel&apos;s beside), with 95 % ranges from the replicate weights when the weights have them; the zones map and the summary show the weighted change and name the margins. Travel times, rerouting, the control-area comparison and the privacy threshold stay on the real participants.</source>
        <translation>Montre ce qui a changé avec un plan de circulation (une rue fermée, un sens unique inversé, un quartier apaisé), rue par rue et mode par mode, et si chaque changement est réel ou reste dans la marge d&apos;erreur.

Entrées : les trajets de « Déduire les modes de transport » (ou de « Découper en déplacements »), ou une couche de points avec un identifiant de trajet ; en option la couche des déplacements (sans elle, les déplacements sont reconstitués à partir du trip_id des trajets) ; le réseau routier (toute couche de lignes, tout SCR) ; la date d&apos;entrée en vigueur du plan, ou deux périodes explicites (les dates sont des jours locaux dans le fuseau horaire de l&apos;enquête ; une date de fin est incluse) ; une couche de polygones de la zone d&apos;étude, et en option une zone témoin ailleurs en ville (sans chevauchement avec la zone d&apos;étude) et des zones pour la part modale (par défaut : la zone d&apos;étude et la zone témoin).

Comparer ce qui est comparable : par défaut, seuls les jours ouvrés (lundi à vendredi) sont gardés et les jours fériés français sont écartés (deux options à décocher) ; les tranches horaires sont en heures locales (p. ex. 7-9,9-16,16-19).

Degré de certitude : chaque intervalle à 95 % vient d&apos;un nouveau tirage aléatoire des participants (bootstrap, répété « réplications » fois) : un seul participant très actif ne peut pas faire paraître un changement certain. Un changement est « significatif » quand son intervalle à 95 % n&apos;inclut pas 1 (aucun changement) ; « échantillon insuffisant » quand une période compte moins de passages (déplacements) ou de participants que les minimums. Les valeurs observées par moins de participants que le seuil de confidentialité ne sont pas publiées.

Sorties :
- Tronçons de voirie par sens et par tranche horaire : temps de parcours médian avant et après (tt_before_s, tt_after_s), rapport après/avant avec son intervalle à 95 % (ratio_ci_low, ratio_ci_high), passages par jour avant et après et leur rapport, participants, indicateur. Bleu : plus rapide, rouge : plus lent, gris : pas de changement net ou trop peu de données. Filtrez par tranche (band = &apos;07-09&apos;) ; sans filtre, chaque tronçon montre son changement net le plus important.
- Zones : la part du mode cartographié (par défaut la voiture) avant et après, l&apos;évolution en points de pourcentage avec son intervalle à 95 %, et pour chaque mode ses déplacements et ses parts. Bleu : amélioration (moins de déplacements en voiture, ou plus de déplacements à pied, à vélo et en transport collectif), rouge : dégradation.
- Reports d&apos;itinéraire : la part des déplacements qui traversent la zone d&apos;étude, avant et après, entre les mêmes origines et destinations.
- Avec une zone témoin : la différence de différences, pour qu&apos;une tendance propre à toute la ville ne soit pas prise pour l&apos;effet du plan.
- Une synthèse HTML d&apos;une page : les principaux changements avec leur incertitude, la taille des échantillons et ce qui ne peut pas être conclu.

Poids des participants (facultatif, issus de « Pondérer le panel sur la population ») : les parts modales et les volumes de trafic sont alors aussi donnés pondérés sur la population (champs finissant par _weighted, ceux du panel brut à côté), avec des intervalles à 95 % tirés des poids répliqués quand la table en a ; la carte des zones et le résumé montrent l&apos;évolution pondérée et nomment les marges. Les temps de parcours, les reports d&apos;itinéraire, la comparaison avec la zone témoin et le seuil de confidentialité restent sur les participants réels.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="144"/>
        <source>With the option &apos;Dask cluster&apos; on (Processing &gt; Options &gt; Providers &gt; Tracemob, or the environment variable TRACEMOB_CLUSTER), the map matching of the legs runs on that cluster by partitions of whole participants; the outputs are the same.</source>
        <translation>Avec l&apos;option « Cluster Dask » activée (Traitement &gt; Options &gt; Fournisseurs &gt; Tracemob, ou la variable d&apos;environnement TRACEMOB_CLUSTER), l&apos;appariement des trajets au réseau routier se fait sur ce cluster, par partitions de participants entiers ; les sorties sont les mêmes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="151"/>
        <source>Trips (for modal share and rerouting; empty: rebuilt from the legs&apos; trip_id)</source>
        <translation>Déplacements (pour la part modale et les reports d&apos;itinéraire ; vide : reconstitués à partir du trip_id des trajets)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="153"/>
        <source>The trips (from &apos;Segment trips&apos;), for the modal share and the rerouting; their lines are the routes checked against the study area. Empty: trips are rebuilt from the legs&apos; trip_id.</source>
        <translation>Les déplacements (issus de « Découper en déplacements »), pour la part modale et les reports d&apos;itinéraire ; leurs lignes sont les itinéraires comparés à la zone d&apos;étude. Vide : les déplacements sont reconstitués à partir du trip_id des trajets.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="165"/>
        <source>Date the plan came into force (before: earlier data; after: from that day)</source>
        <translation>Date d&apos;entrée en vigueur du plan (avant : données antérieures ; après : à partir de ce jour)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="167"/>
        <source>The day the plan came into force (a local day of the study&apos;s time zone): the data before it make the before period, the data from it on the after period. Leave it empty to give two explicit periods instead.</source>
        <translation>Le jour d&apos;entrée en vigueur du plan (jour local du fuseau horaire de l&apos;étude) : les données antérieures forment la période avant, les données à partir de ce jour la période après. Laissez vide pour donner plutôt deux périodes explicites.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="171"/>
        <source>Or: before period, first day</source>
        <translation>Ou : période avant, premier jour</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="172"/>
        <source>Instead of a change date: the first day of the period before the plan (a local day of the study; a date and time starts there).</source>
        <translation>À la place d&apos;une date de changement : le premier jour de la période avant le plan (jour local de l&apos;étude ; une date avec heure fait commencer la période à cet instant).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="174"/>
        <source>Before period, last day (included)</source>
        <translation>Période avant, dernier jour (inclus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="175"/>
        <source>The last day of the period before the plan, included (a date and time ends just before it). The two periods must not overlap.</source>
        <translation>Le dernier jour de la période avant le plan, inclus (une date avec heure arrête la période juste avant cet instant). Les deux périodes ne doivent pas se chevaucher.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="177"/>
        <source>After period, first day</source>
        <translation>Période après, premier jour</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="178"/>
        <source>The first day of the period after the plan, on or after the end of the before period.</source>
        <translation>Le premier jour de la période après le plan, à la fin de la période avant ou plus tard.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="180"/>
        <source>After period, last day (included)</source>
        <translation>Période après, dernier jour (inclus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="181"/>
        <source>The last day of the period after the plan, included (a date and time ends just before it).</source>
        <translation>Le dernier jour de la période après le plan, inclus (une date avec heure arrête la période juste avant cet instant).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="185"/>
        <location filename="../processing/algorithms/segment_travel_times.py" line="114"/>
        <source>Weekdays only (Monday to Friday)</source>
        <translation>Jours de semaine seulement (du lundi au vendredi)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="186"/>
        <source>Keep Monday to Friday only (local days) in both periods, so that working days are compared with working days. On by default; untick it to keep the weekends.</source>
        <translation>Ne garder que les jours du lundi au vendredi (jours locaux) dans les deux périodes, pour comparer des jours ouvrés avec des jours ouvrés. Activé par défaut ; décochez pour garder les week-ends.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="189"/>
        <source>Leave out French public holidays</source>
        <translation>Écarter les jours fériés français</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="190"/>
        <source>Leave out the French public holidays (Easter Monday, Ascension, Whit Monday and the fixed ones) in both periods. On by default; untick it to keep them.</source>
        <translation>Écarter les jours fériés français (lundi de Pâques, Ascension, lundi de Pentecôte et les fêtes à date fixe) dans les deux périodes. Activé par défaut ; décochez pour les garder.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="197"/>
        <source>Study area (polygons; any CRS)</source>
        <translation>Zone d&apos;étude (polygones ; tout SCR)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="198"/>
        <source>The polygon(s) where the plan acts (any CRS): segments inside it are flagged, the modal share is computed for it when no zones are given, and rerouting counts the trips that cross it.</source>
        <translation>Le ou les polygones où le plan agit (tout SCR) : les tronçons situés à l&apos;intérieur sont signalés, la part modale y est calculée quand aucune zone n&apos;est donnée, et les reports d&apos;itinéraire comptent les déplacements qui la traversent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="202"/>
        <source>Control area, outside the study area (polygons; optional)</source>
        <translation>Zone témoin, hors de la zone d&apos;étude (polygones ; facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="204"/>
        <source>Polygon(s) elsewhere in town, not overlapping the study area, where the plan changes nothing: the difference-in-differences subtracts its trend so that a citywide change is not read as the plan&apos;s effect. Optional.</source>
        <translation>Un ou des polygones ailleurs dans la ville, sans chevauchement avec la zone d&apos;étude, où le plan ne change rien : la double différence retranche leur tendance pour qu&apos;une évolution de toute la ville ne soit pas prise pour l&apos;effet du plan. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="208"/>
        <source>Zones for the modal share (polygons; empty: the study and control areas)</source>
        <translation>Zones pour la part modale (polygones ; vide : la zone d&apos;étude et la zone témoin)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="210"/>
        <source>Polygons for the modal share before and after (any CRS). Empty: the study area and, when given, the control area.</source>
        <translation>Polygones pour la part modale avant et après (tout SCR). Vide : la zone d&apos;étude et, si elle est donnée, la zone témoin.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="213"/>
        <location filename="../processing/algorithms/modal_share.py" line="85"/>
        <location filename="../processing/algorithms/od_flows.py" line="67"/>
        <source>Zone identifier field (empty: detect)</source>
        <translation>Champ identifiant de zone (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="215"/>
        <location filename="../processing/algorithms/modal_share.py" line="87"/>
        <location filename="../processing/algorithms/od_flows.py" line="69"/>
        <source>The field of the zones layer naming each zone. Left empty, a field named zone_id, code_iris, insee_com, code, id, nom, name... is used.</source>
        <translation>Le champ de la couche des zones qui nomme chaque zone. Laissé vide, un champ nommé zone_id, code_iris, insee_com, code, id, nom, name... est utilisé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="218"/>
        <source>Mode whose share colours the zones map</source>
        <translation>Mode dont la part colore la carte des zones</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="219"/>
        <source>The mode whose share colours the zones map (car by default): blue where it improved (fewer car trips, or more walking, cycling and public transport), red where it worsened. A code (car, bike, bus...) or its French name (voiture, vélo, bus, marche, métro...), in any case, with or without accents.</source>
        <translation>Le mode dont la part colore la carte des zones (car, la voiture, par défaut) : en bleu là où elle s&apos;est améliorée (moins de déplacements en voiture, ou davantage à pied, à vélo et en transports en commun), en rouge là où elle s&apos;est dégradée. Un code (car, bike, bus...) ou son nom français (voiture, vélo, bus, marche, métro...), en majuscules ou minuscules, avec ou sans accents.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="228"/>
        <source>The weights of &apos;Weight the panel to the population&apos;: the modal shares and traffic volumes are then also weighted to the population (share_before_weighted, change_pp_weighted, volume_ratio_weighted...), each with its 95 % range from the replicate weights (rw_001...) when the table has them, else from the participant bootstrap with the weights kept. Travel times, counts and the privacy threshold stay on the real participants. Empty: unweighted.</source>
        <translation>Les poids de « Pondérer le panel sur la population » : les parts modales et les volumes de trafic sont alors aussi pondérés sur la population (share_before_weighted, change_pp_weighted, volume_ratio_weighted...), chacun avec son intervalle à 95 % tiré des poids répliqués (rw_001...) quand la table en a, sinon du bootstrap des participants avec leurs poids. Les temps de parcours, les effectifs et le seuil de confidentialité restent sur les participants réels. Vide : sans pondération.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="235"/>
        <source>Bootstrap replicates (more: steadier 95 % ranges, slower)</source>
        <translation>Réplications bootstrap (plus : intervalles à 95 % plus stables, calcul plus lent)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="237"/>
        <source>How many times the participants are re-drawn at random to compute the 95 % ranges (bootstrap): more replicates give steadier ranges but take longer.</source>
        <translation>Nombre de nouveaux tirages aléatoires des participants pour calculer les intervalles à 95 % (bootstrap) : plus de réplications donnent des intervalles plus stables mais prennent plus de temps.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="240"/>
        <source>Random seed (the same seed gives the same ranges)</source>
        <translation>Graine aléatoire (la même graine donne les mêmes intervalles)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="242"/>
        <source>Seed of the random draws of the bootstrap: the same seed gives exactly the same ranges on the same data.</source>
        <translation>Graine des tirages aléatoires du bootstrap : la même graine donne exactement les mêmes intervalles sur les mêmes données.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="245"/>
        <source>Minimum traversals per segment, direction, band and period</source>
        <translation>Nombre minimal de passages par tronçon, sens, tranche horaire et période</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="247"/>
        <source>A segment, direction and band with fewer traversals than this in either period is flagged &apos;insufficient sample&apos;: no conclusion is drawn from it.</source>
        <translation>Un tronçon, sens et tranche horaire qui compte moins de passages que ce nombre dans l&apos;une des périodes est marqué « échantillon insuffisant » : aucune conclusion n&apos;en est tirée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="250"/>
        <source>Minimum trips per zone and period</source>
        <translation>Nombre minimal de déplacements par zone et par période</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="251"/>
        <source>A zone with fewer trips than this in either period is flagged &apos;insufficient sample&apos; and its modal share is not compared.</source>
        <translation>Une zone qui compte moins de déplacements que ce nombre dans l&apos;une des périodes est marquée « échantillon insuffisant » et sa part modale n&apos;est pas comparée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="254"/>
        <source>Rerouting: trips start and end in the same squares of this size (m)</source>
        <translation>Reports d&apos;itinéraire : les déplacements partent et arrivent dans les mêmes carreaux de cette taille (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="256"/>
        <source>Rerouting compares the same journeys before and after: trips whose origins and destinations fall in the same squares of this size (m). Larger squares keep more trips but mix different journeys.</source>
        <translation>Les reports d&apos;itinéraire comparent les mêmes trajets origine-destination avant et après : les déplacements dont l&apos;origine et la destination tombent dans les mêmes carreaux de cette taille (m). Des carreaux plus grands gardent plus de déplacements mais mélangent des parcours différents.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="263"/>
        <location filename="../processing/algorithms/before_after.py" line="551"/>
        <source>Before / after: travel times by street</source>
        <translation>Avant / après : temps de parcours par rue</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="264"/>
        <source>One line per street segment, direction and time band: median travel time before and after, their ratio with its 95 % range, traversals per day, participants and the flag (significant, not significant, insufficient sample).</source>
        <translation>Une ligne par tronçon de rue, sens et tranche horaire : temps de parcours médian avant et après, leur rapport avec son intervalle à 95 %, passages par jour, participants et l&apos;indicateur (significatif, non significatif, échantillon insuffisant).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="268"/>
        <source>Before / after: modal share by zone</source>
        <translation>Avant / après : part modale par zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="270"/>
        <source>The zones with the share of the mapped mode before and after, the change in percentage points with its 95 % range and, for every mode, its trips and shares. Optional.</source>
        <translation>Les zones avec la part du mode cartographié avant et après, l&apos;évolution en points de pourcentage avec son intervalle à 95 % et, pour chaque mode, ses déplacements et ses parts. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="273"/>
        <source>Before / after: modal share table (zone x mode)</source>
        <translation>Avant / après : table des parts modales (zone x mode)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="275"/>
        <source>The modal share as a table, one row per zone and mode, with the change and its 95 % range. Optional.</source>
        <translation>La part modale sous forme de table, une ligne par zone et par mode, avec l&apos;évolution et son intervalle à 95 %. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="278"/>
        <source>Before / after: rerouting</source>
        <translation>Avant / après : reports d&apos;itinéraire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="279"/>
        <source>The share of trips crossing the study area before and after, for the same origins and destinations, with its 95 % range. Optional.</source>
        <translation>La part des déplacements qui traversent la zone d&apos;étude avant et après, pour les mêmes origines et destinations, avec son intervalle à 95 %. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="282"/>
        <source>Before / after: difference-in-differences with the control area</source>
        <translation>Avant / après : différence de différences avec la zone témoin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="284"/>
        <source>With a control area: the difference-in-differences of travel time and traffic volume, study area against control area, with their 95 % ranges. Optional.</source>
        <translation>Avec une zone témoin : la double différence du temps de parcours et du volume de trafic, zone d&apos;étude contre zone témoin, avec leurs intervalles à 95 %. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="287"/>
        <source>Before / after: one-page summary (HTML)</source>
        <translation>Avant / après : synthèse d&apos;une page (HTML)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="287"/>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="289"/>
        <source>A one-page HTML summary for decision makers: the headline changes with their uncertainty, the sample sizes and what cannot be concluded. Optional.</source>
        <translation>Une synthèse HTML d&apos;une page pour les décideurs : les principales évolutions avec leur incertitude, la taille des échantillons et ce qu&apos;on ne peut pas conclure. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="292"/>
        <source>GTFS feed, for the public-transport sections (optional)</source>
        <translation>Flux GTFS, pour les inter-arrêts de transport en commun (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="294"/>
        <source>For a bus-priority scheme (a bus lane, signal priority): the GTFS feed &apos;Infer transport modes&apos; matched the legs to (they carry transit_route). The run times of every stop-to-stop section ridden (&apos;Public-transport performance&apos;) are compared before and after, per route, section and time band, with the same periods, bootstrap and privacy rule as the streets. Optional.</source>
        <translation>Pour un aménagement en faveur des bus (couloir bus, priorité aux feux) : le flux GTFS auquel « Déduire les modes de transport » a rapproché les trajets (ils portent transit_route). Les temps de parcours de chaque inter-arrêt emprunté (« Performance des transports en commun ») sont comparés avant et après, par ligne, inter-arrêt et plage horaire, avec les mêmes périodes, le même bootstrap et la même règle de confidentialité que les rues. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="299"/>
        <location filename="../processing/algorithms/before_after.py" line="529"/>
        <source>Before / after: public-transport run times by section</source>
        <translation>Avant / après : temps de parcours des transports en commun par inter-arrêt</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="301"/>
        <source>With a GTFS feed: one line per route, stop-to-stop section and time band, drawn along the route: median run time before and after, their ratio with its 95 % range, commercial speeds, passages, participants and the flag. Optional.</source>
        <translation>Avec un flux GTFS : une ligne par ligne de transport, inter-arrêt et plage horaire, tracée le long de l&apos;itinéraire : temps de parcours médian avant et après, leur rapport avec son intervalle à 95 %, vitesses commerciales, passages, participants et l&apos;indicateur. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="311"/>
        <source>Give either the date the plan came into force or the two periods, not both.</source>
        <translation>Indiquez soit la date d&apos;entrée en vigueur du plan, soit les deux périodes, mais pas les deux.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="316"/>
        <source>Give the date the plan came into force, or the first and last days of the before and after periods.</source>
        <translation>Indiquez la date d&apos;entrée en vigueur du plan, ou les premiers et derniers jours des périodes avant et après.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="330"/>
        <source>The trips layer has no field &apos;trip_id&apos; (fields: {fields}). Use the trips output of &apos;Segment trips&apos;.</source>
        <translation>La couche des déplacements n&apos;a pas de champ « trip_id » (champs : {fields}). Utilisez la sortie déplacements de « Découper en déplacements ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="341"/>
        <source>The trips layer lacks the field(s) {fields}. Use the trips output of &apos;Segment trips&apos;.</source>
        <translation>Il manque à la couche des déplacements le(s) champ(s) {fields}. Utilisez la sortie déplacements de « Découper en déplacements ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="349"/>
        <source>Trips: layer &apos;{name}&apos;, {n} trips.</source>
        <translation>Déplacements : couche « {name} », {n} déplacements.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="352"/>
        <source>Neither the trips nor the legs have a mode: the modal share is not computed.</source>
        <translation>Ni les déplacements ni les trajets n&apos;ont de mode : la part modale n&apos;est pas calculée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="357"/>
        <source>No trips layer and the legs have no trip_id: the modal share and the rerouting are not computed.</source>
        <translation>Pas de couche de déplacements et les trajets n&apos;ont pas de trip_id : la part modale et les reports d&apos;itinéraire ne sont pas calculés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="361"/>
        <source>Trips rebuilt from the legs&apos; trip_id: {n} trips.</source>
        <translation>Déplacements reconstitués à partir du trip_id des trajets : {n} déplacements.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="363"/>
        <source>The legs have no mode: the modal share is not computed.</source>
        <translation>Les trajets n&apos;ont pas de mode : la part modale n&apos;est pas calculée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="370"/>
        <source>Give the study area (a polygon layer).</source>
        <translation>Indiquez la zone d&apos;étude (une couche de polygones).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="374"/>
        <source>Study area: {n} polygon(s) (CRS {crs}){control}.</source>
        <translation>Zone d&apos;étude : {n} polygone(s) (SCR {crs}){control}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="376"/>
        <source>; control area: {n} polygon(s)</source>
        <translation> ; zone témoin : {n} polygone(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="387"/>
        <source>Zone identifiers are not unique in field &apos;{field}&apos;: zones with the same identifier are merged.</source>
        <translation>Les identifiants de zones ne sont pas uniques dans le champ « {field} » : les zones de même identifiant sont fusionnées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="392"/>
        <source>Zones: {n}; identifier field: {field}.</source>
        <translation>Zones : {n} ; champ identifiant : {field}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="395"/>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="171"/>
        <location filename="../tracemob_plugin/core/compare/did.py" line="78"/>
        <source>study area</source>
        <translation>zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="397"/>
        <location filename="../tracemob_plugin/core/compare/did.py" line="78"/>
        <source>control area</source>
        <translation>zone témoin</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="466"/>
        <source>No trip has the main mode &apos;{mode}&apos; (modes: {modes}): the zones map has nothing to colour.</source>
        <translation>Aucun déplacement n&apos;a le mode principal « {mode} » (modes : {modes}) : la carte des zones n&apos;a rien à colorer.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="477"/>
        <source>Change of the {mode} share by zone</source>
        <translation>Évolution de la part du mode {mode} par zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="500"/>
        <source>{cells} segment x direction x band cells: {slower} significantly slower, {faster} significantly faster, {none} without clear change, {ins} with too few data.</source>
        <translation>{cells} cases tronçon x sens x tranche horaire : {slower} significativement plus lentes, {faster} significativement plus rapides, {none} sans changement net, {ins} avec trop peu de données.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="515"/>
        <location filename="../processing/algorithms/transit_performance.py" line="93"/>
        <source>The legs have no transit_route field: run &apos;Infer transport modes&apos; with the GTFS feed first.</source>
        <translation>Les trajets n&apos;ont pas de champ transit_route : lancez d&apos;abord « Déduire les modes de transport » avec le flux GTFS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="531"/>
        <source>{n} route x section x band cells of public transport compared: {flags}.</source>
        <translation>{n} cellules ligne x inter-arrêt x plage de transport en commun comparées : {flags}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/before_after.py" line="539"/>
        <source>No segment could be compared between the two periods.</source>
        <translation>Aucun tronçon n&apos;a pu être comparé entre les deux périodes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="37"/>
        <source>Monthly CO2 report per user</source>
        <translation>Bilan CO2 mensuel par utilisateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="40"/>
        <source>Citizen statistics: for every user and calendar month, the CO2e (kg) and the distance (km), in total and by mode, and where the user stands among the other participants of that month: percentile (share of the other users who emitted less; ties count half) and the median of the others. The comparison is left empty when fewer other users than the threshold took part that month, so that no single person&apos;s figure can be read.

Input: the legs layer with mode and distance_m. When it has no co2e_g field (Compute CO2 emissions of legs), the emissions are computed here with the factor parameters.

Outputs: a table per user and month, a table per user, month and mode, a table for the whole study per month and mode, and a PNG chart: the chosen user&apos;s months with the median of the others, or the study&apos;s mean per user when no user is given.</source>
        <translation>Statistiques citoyennes : pour chaque utilisateur et chaque mois civil, le CO2e (kg) et la distance (km), au total et par mode, et la position de l&apos;utilisateur parmi les autres participants du mois : centile (part des autres utilisateurs qui ont moins émis ; les ex aequo comptent pour moitié) et médiane des autres. La comparaison reste vide quand moins d&apos;autres utilisateurs que le seuil ont participé ce mois-là, afin que le chiffre d&apos;une personne seule ne puisse pas être lu.

Entrée : la couche des trajets avec mode et distance_m. Si elle n&apos;a pas de champ co2e_g (« Calculer les émissions de CO2 des trajets »), les émissions sont calculées ici avec les paramètres de facteurs.

Sorties : une table par utilisateur et par mois, une table par utilisateur, mois et mode, une table pour l&apos;ensemble de l&apos;enquête par mois et par mode, et un graphique PNG : les mois de l&apos;utilisateur choisi avec la médiane des autres, ou la moyenne par utilisateur de l&apos;enquête quand aucun utilisateur n&apos;est indiqué.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="54"/>
        <source>Legs (with mode, and co2e_g if already computed)</source>
        <translation>Trajets (avec mode, et co2e_g s&apos;il est déjà calculé)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="55"/>
        <source>Legs with mode and distance_m (from &apos;Infer transport modes&apos;); with a co2e_g field (&apos;Compute CO2 emissions of legs&apos;) the emissions are taken as they are, otherwise they are computed here with the factors below.</source>
        <translation>Trajets avec mode et distance_m (issus de « Déduire les modes de transport ») ; avec un champ co2e_g (« Calculer les émissions de CO2 des trajets »), les émissions sont reprises telles quelles, sinon elles sont calculées ici avec les facteurs ci-dessous.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="61"/>
        <source>Compare a user only with at least this many other users (privacy: 9, so that a month counts at least 10 participants)</source>
        <translation>Ne comparer un utilisateur qu&apos;avec au moins ce nombre d&apos;autres utilisateurs (confidentialité : 9, pour qu&apos;un mois compte au moins 10 participants)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="64"/>
        <source>Privacy: a participant is compared with the others of a month (percentile, median of the others) only when at least this many other participants took part that month. The default 9 makes at least 10 participants; lowering it is logged as a warning.</source>
        <translation>Confidentialité : un participant n&apos;est comparé aux autres d&apos;un mois (centile, médiane des autres) que si au moins ce nombre d&apos;autres participants ont contribué ce mois-là. La valeur par défaut, 9, fait au moins 10 participants ; l&apos;abaisser est signalé par un avertissement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="68"/>
        <source>User of the chart (empty: whole study)</source>
        <translation>Utilisateur du graphique (vide : toute l&apos;enquête)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="69"/>
        <source>The participant whose months the chart shows, beside the median of the others. Empty: the study&apos;s mean per participant.</source>
        <translation>Le participant dont le graphique montre les mois, à côté de la médiane des autres. Vide : la moyenne de l&apos;étude par participant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="71"/>
        <source>Time zone of the months</source>
        <translation>Fuseau horaire des mois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="74"/>
        <source>IANA name of the study&apos;s time zone (Europe/Paris...): the calendar months are local months.</source>
        <translation>Nom IANA du fuseau horaire de l&apos;étude (Europe/Paris...) : les mois civils sont des mois en heure locale.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="76"/>
        <source>The weights of &apos;Weight the panel to the population&apos;: the study table then also gives co2e_kg_per_capita_weighted, the CO2e per person of the population rather than per participant of the panel.</source>
        <translation>Les poids de « Pondérer le panel sur la population » : la table de l&apos;étude donne alors aussi co2e_kg_per_capita_weighted, le CO2e par personne de la population plutôt que par participant du panel.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="81"/>
        <source>CO2 per user and month</source>
        <translation>CO2 par utilisateur et par mois</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="82"/>
        <source>CO2e (kg) and distance (km) per participant and calendar month, with the participant&apos;s percentile among the others and the others&apos; median.</source>
        <translation>CO2e (kg) et distance (km) par participant et par mois civil, avec le centile du participant parmi les autres et la médiane des autres.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="85"/>
        <source>CO2 per user, month and mode</source>
        <translation>CO2 par utilisateur, mois et mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="86"/>
        <source>The same per participant, month and mode. Optional.</source>
        <translation>Les mêmes valeurs par participant, mois et mode. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="88"/>
        <source>CO2 of the study per month and mode</source>
        <translation>CO2 de l&apos;enquête par mois et par mode</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="90"/>
        <source>The whole study per month and mode: CO2e, distance and participants. Optional.</source>
        <translation>L&apos;ensemble de l&apos;étude par mois et par mode : CO2e, distance et participants. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="92"/>
        <source>CO2 chart (PNG)</source>
        <translation>Graphique CO2 (PNG)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="92"/>
        <location filename="../processing/algorithms/modal_share.py" line="134"/>
        <location filename="../processing/algorithms/segment_travel_times.py" line="139"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="93"/>
        <source>A PNG chart: the chosen participant&apos;s months with the median of the others, or the study&apos;s mean per participant. Optional.</source>
        <translation>Un graphique PNG : les mois du participant choisi avec la médiane des autres, ou la moyenne de l&apos;étude par participant. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="104"/>
        <location filename="../processing/algorithms/compute_emissions.py" line="108"/>
        <location filename="../processing/algorithms/infer_modes.py" line="181"/>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="374"/>
        <location filename="../tracemob_plugin/core/modes/train.py" line="32"/>
        <source>legs</source>
        <translation>trajets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="108"/>
        <source>The legs have no co2e_g field: emissions are computed first.</source>
        <translation>Les trajets n&apos;ont pas de champ co2e_g : les émissions sont d&apos;abord calculées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="123"/>
        <source>{n} participant(s) without a weight are left out of the weighted CO2e per person.</source>
        <translation>{n} participant(s) sans poids sont laissés de côté dans le CO2e pondéré par personne.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="125"/>
        <source>{users} user(s), {months} month(s), {kg:.1f} kg CO2e.</source>
        <translation>{users} utilisateur(s), {months} mois, {kg:.1f} kg CO2e.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/co2_report.py" line="138"/>
        <source>User &apos;{user}&apos; has no leg in the period.</source>
        <translation>L&apos;utilisateur « {user} » n&apos;a aucun trajet sur la période.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="34"/>
        <source>Compute CO2 emissions of legs</source>
        <translation>Calculer les émissions de CO2 des trajets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="37"/>
        <source>Adds to every leg its greenhouse-gas emissions co2e_g (grams of CO2 equivalent) and the factor used (factor_source: table, version, variant, scope, occupancy).

Input: a legs layer with the fields mode and distance_m (Segment trips, then the mode inference). Modes: walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, plane; a leg of unknown mode gets no value, nor a ferry leg (ADEME publishes no ferry factor that could be verified: add a ferry row to your own table).

Factors: by default ADEME Impact CO2 (Base Empreinte), version and date in the table, in g CO2e per passenger-km. Usage counts the fuel or electricity (and contrails for planes); construction adds vehicle manufacturing, maintenance and end of life. Car factors are per vehicle-km and divided by the car occupancy; legs labelled as carpooling (carpool, shared_ride, covoiturage, in the mode field, in mode_confirm, mode_label or label, or in the label field you choose) use the carpool occupancy. Trains use the TER factor under 150 km and the TGV factor beyond; planes short, medium or long haul by distance.

You may load your own factor table (CSV with the columns mode, usage_g_per_km, construction_g_per_km, unit pkm or vkm...): see resources/emission_factors/README.md.</source>
        <translation>Ajoute à chaque trajet ses émissions de gaz à effet de serre co2e_g (grammes d&apos;équivalent CO2) et le facteur utilisé (factor_source : table, version, variante, périmètre, taux d&apos;occupation).

Entrée : une couche de trajets avec les champs mode et distance_m (« Découper en déplacements », puis l&apos;inférence des modes). Modes : walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, plane ; un trajet de mode inconnu ne reçoit pas de valeur, ni un trajet en bateau (ferry) : l&apos;ADEME ne publie pas de facteur pour le bateau qui ait pu être vérifié ; ajoutez une ligne ferry à votre propre table.

Facteurs : par défaut Impact CO2 de l&apos;ADEME (Base Empreinte), version et date dans la table, en g CO2e par voyageur-km. L&apos;usage compte le carburant ou l&apos;électricité (et les traînées de condensation pour l&apos;avion) ; la construction ajoute la fabrication, l&apos;entretien et la fin de vie des véhicules. Les facteurs voiture sont par véhicule-km et divisés par le taux d&apos;occupation ; les trajets étiquetés covoiturage (carpool, shared_ride, covoiturage, dans le champ mode, dans mode_confirm, mode_label ou label, ou dans le champ de libellé choisi) utilisent le taux d&apos;occupation du covoiturage. Le train utilise le facteur TER sous 150 km et le facteur TGV au-delà ; l&apos;avion, court, moyen ou long-courrier selon la distance.

Vous pouvez charger votre propre table de facteurs (CSV avec les colonnes mode, usage_g_per_km, construction_g_per_km, unit pkm ou vkm…) : voir resources/emission_factors/README.md.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="56"/>
        <source>Legs (with a mode field)</source>
        <translation>Trajets (avec un champ mode)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="57"/>
        <source>Legs with a mode field and distance_m (the output of &apos;Infer transport modes&apos;); a table without geometry works too.</source>
        <translation>Trajets avec un champ mode et distance_m (la sortie de « Déduire les modes de transport ») ; une table sans géométrie convient aussi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="61"/>
        <source>Field with user mode labels, to find carpooling (optional)</source>
        <translation>Champ des modes déclarés par l&apos;utilisateur, pour repérer le covoiturage (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="63"/>
        <source>A field of the legs holding the participants&apos; own mode labels, where carpooling is told (carpool, shared_ride, covoiturage). Fields named mode_confirm, mode_label or label are read anyway. Optional.</source>
        <translation>Un champ des trajets contenant les libellés de mode donnés par les participants, qui signalent le covoiturage (carpool, shared_ride, covoiturage). Les champs nommés mode_confirm, mode_label ou label sont lus de toute façon. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="67"/>
        <location filename="../processing/algorithms/compute_emissions.py" line="115"/>
        <source>Legs with CO2e</source>
        <translation>Trajets avec CO2e</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="68"/>
        <source>The legs with co2e_g (grams of CO2 equivalent) and factor_source (table, version, variant, scope, occupancy); a leg of unknown mode gets no value.</source>
        <translation>Les trajets avec co2e_g (grammes d&apos;équivalent CO2) et factor_source (table, version, variante, périmètre, taux d&apos;occupation) ; un trajet de mode inconnu reste sans valeur.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="70"/>
        <source>Total CO2e (kg)</source>
        <translation>CO2e total (kg)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="71"/>
        <source>Factor table used</source>
        <translation>Table de facteurs utilisée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="93"/>
        <source>The existing co2e_g and factor_source fields are recomputed.</source>
        <translation>Les champs co2e_g et factor_source existants sont recalculés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="110"/>
        <source>{n} leg(s) have no emission factor (modes: {modes}): co2e_g left empty.</source>
        <translation>{n} trajet(s) sans facteur d&apos;émission (modes : {modes}) : co2e_g laissé vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/compute_emissions.py" line="112"/>
        <source>{n} legs, {kg:.1f} kg CO2e in total ({scope}).</source>
        <translation>{n} trajets, {kg:.1f} kg CO2e au total ({scope}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="48"/>
        <location filename="../tracemob_plugin/gui/server_support.py" line="147"/>
        <source>QGIS&apos;s authentication system is not available.</source>
        <translation>Le système d&apos;authentification de QGIS n&apos;est pas disponible.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="49"/>
        <source>Give a key file instead, or check QGIS&apos;s authentication settings.</source>
        <translation>Indiquez plutôt un fichier de clé, ou vérifiez les paramètres d&apos;authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="51"/>
        <source>No QGIS authentication configuration has the id &apos;{id}&apos;.</source>
        <translation>Aucune configuration d&apos;authentification QGIS n&apos;a l&apos;identifiant « {id} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="52"/>
        <source>Choose the configuration that holds the export key.</source>
        <translation>Choisissez la configuration qui contient la clé d&apos;export.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="56"/>
        <source>The authentication configuration &apos;{id}&apos; could not be read, or has no key in its password.</source>
        <translation>La configuration d&apos;authentification « {id} » n&apos;a pas pu être lue, ou son mot de passe ne contient pas de clé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="58"/>
        <source>Unlock QGIS&apos;s authentication database (master password), or store the key as the password of a Basic configuration.</source>
        <translation>Déverrouillez la base d&apos;authentification de QGIS (mot de passe principal), ou enregistrez la clé comme mot de passe d&apos;une configuration Basic.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="68"/>
        <source>Cannot read the key file: {error}</source>
        <translation>Impossible de lire le fichier de clé : {error}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="96"/>
        <source>Export shareable trips</source>
        <translation>Exporter des déplacements partageables</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="99"/>
        <source>Prepares trips that can leave the authority (open data, research partners): a folder (and optionally a zip) with a GeoPackage, CSV files and a README that states every rule applied, with its parameters and counts.

Rules: participant and trip ids are replaced by keyed hashes (HMAC-SHA256) with the authority&apos;s secret key; stays are not exported and trip ends near each participant&apos;s home or work place are cut back beyond it (home and work detected from the stays, or from the stays between trips); each trip end is trimmed by a random radius (uniform between half and 1.5 times the trimming radius); times are rounded; a trip whose origin-destination grid-cell pair has fewer than k distinct participants is generalised to a coarser grid without its line, or dropped when rare at every grid size. Legs are exported as a table of modes.

The key: the password of a QGIS authentication configuration (type Basic), chosen here; it never appears in the outputs nor in the log. Keep the same key to get the same pseudonyms in later exports. For scripts without an authentication database, a key file (first line) can be given instead.

k must be at least 2 (default 10). The output folder must be new, empty or an earlier export; an input file is never overwritten.</source>
        <translation>Prépare des déplacements qui peuvent sortir de la collectivité (open data, partenaires de recherche) : un dossier (et en option un zip) avec un GeoPackage, des fichiers CSV et un README qui indique chaque règle appliquée, avec ses paramètres et ses décomptes.

Règles : les identifiants des participants et des déplacements sont remplacés par des empreintes à clé (HMAC-SHA256) calculées avec la clé secrète de la collectivité ; les arrêts ne sont pas exportés et les extrémités de déplacement proches du domicile ou du lieu de travail de chaque participant sont coupées au-delà de ce lieu (domicile et travail détectés à partir des arrêts, ou des arrêts entre les déplacements) ; chaque extrémité de déplacement est raccourcie d&apos;un rayon aléatoire (uniforme entre la moitié et 1,5 fois le rayon de troncature) ; les heures sont arrondies ; un déplacement dont la paire de mailles origine-destination compte moins de k participants distincts est généralisé à un carroyage plus grossier, sans sa ligne, ou écarté s&apos;il reste rare à toutes les tailles de maille. Les trajets sont exportés sous forme de table des modes.

La clé : le mot de passe d&apos;une configuration d&apos;authentification QGIS (de type Basic), choisie ici ; elle n&apos;apparaît jamais dans les sorties ni dans le journal. Gardez la même clé pour obtenir les mêmes pseudonymes lors des exports suivants. Pour les scripts sans base d&apos;authentification, un fichier de clé (première ligne) peut être indiqué à la place.

k doit valoir au moins 2 (10 par défaut). Le dossier de sortie doit être nouveau, vide ou issu d&apos;un export précédent ; un fichier d&apos;entrée n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="119"/>
        <location filename="../processing/algorithms/modal_share.py" line="70"/>
        <location filename="../processing/algorithms/modal_share.py" line="111"/>
        <location filename="../processing/algorithms/segment_trips.py" line="270"/>
        <location filename="../processing/algorithms/segment_trips.py" line="500"/>
        <location filename="../tracemob_plugin/core/compare/report.py" line="251"/>
        <source>Trips</source>
        <translation>Déplacements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="120"/>
        <source>The trips to share (from &apos;Segment trips&apos;, with purposes and main_mode when they were inferred): their lines are trimmed, their times rounded and their ids pseudonymised.</source>
        <translation>Les déplacements à partager (issus de « Découper en déplacements », avec motifs et main_mode s&apos;ils ont été déduits) : leurs lignes sont tronquées, leurs heures arrondies et leurs identifiants pseudonymisés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="123"/>
        <source>Legs with a mode field (optional)</source>
        <translation>Trajets avec un champ mode (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="124"/>
        <source>The legs with a mode field (from &apos;Infer transport modes&apos;): exported as a table of modes per trip, without geometry or times, and used for each trip&apos;s main mode. Optional.</source>
        <translation>Les trajets avec un champ mode (issus de « Déduire les modes de transport ») : exportés en table des modes par déplacement, sans géométrie ni heures, et utilisés pour le mode principal de chaque déplacement. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="128"/>
        <source>Stays, to find home and work (optional: else the stays between trips)</source>
        <translation>Arrêts, pour trouver le domicile et le lieu de travail (facultatif : sinon les arrêts entre les déplacements)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="130"/>
        <source>The stays of &apos;Segment trips&apos;, to find each participant&apos;s home and work places, never exported. Optional: without them, the stays between consecutive trips are used.</source>
        <translation>Les arrêts de « Découper en déplacements », pour trouver le domicile et le lieu de travail de chaque participant ; ils ne sont jamais exportés. Facultatif : sans eux, les arrêts entre déplacements successifs sont utilisés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="133"/>
        <source>Pseudonymisation key: QGIS authentication configuration (its password)</source>
        <translation>Clé de pseudonymisation : configuration d&apos;authentification QGIS (son mot de passe)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="135"/>
        <source>The authority&apos;s secret key for the pseudonyms: the password of a QGIS authentication configuration (type Basic). The same key gives the same pseudonyms in later exports; it never appears in the outputs or the log.</source>
        <translation>La clé secrète de la collectivité pour les pseudonymes : le mot de passe d&apos;une configuration d&apos;authentification QGIS (type Basic). La même clé donne les mêmes pseudonymes lors des exports suivants ; elle n&apos;apparaît jamais dans les sorties ni dans le journal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="139"/>
        <source>Pseudonymisation key file (fallback for scripts: first line)</source>
        <translation>Fichier de clé de pseudonymisation (solution de repli pour les scripts : première ligne)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="143"/>
        <source>For scripts without an authentication database: a file whose first line is the secret key. Used only when no authentication configuration is chosen.</source>
        <translation>Pour les scripts sans base d&apos;authentification : un fichier dont la première ligne est la clé secrète. Utilisé seulement quand aucune configuration d&apos;authentification n&apos;est choisie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="146"/>
        <source>Trimming radius of trip ends (m, randomised x0.5-1.5)</source>
        <translation>Rayon de troncature des extrémités de déplacement (m, tiré au hasard x0,5-1,5)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="150"/>
        <source>Round times to (minutes)</source>
        <translation>Arrondir les heures à (minutes)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="154"/>
        <source>Minimum distinct participants per origin-destination pair (k)</source>
        <translation>Nombre minimal de participants distincts par paire origine-destination (k)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="157"/>
        <source>Home and work place radius (m)</source>
        <translation>Rayon du domicile et du lieu de travail (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="163"/>
        <source>Grid sizes, finest first (m, comma-separated)</source>
        <translation>Tailles de maille, de la plus fine à la plus grossière (m, séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="168"/>
        <source>Time zone of the study (nights, workdays)</source>
        <translation>Fuseau horaire de l&apos;enquête (nuits, jours ouvrés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="173"/>
        <source>Also write a zip of the package</source>
        <translation>Écrire aussi un zip du paquet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="175"/>
        <source>Also write the package as a zip file beside the folder, ready to send.</source>
        <translation>Écrire aussi le paquet sous forme de fichier zip à côté du dossier, prêt à être envoyé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="176"/>
        <source>Package folder</source>
        <translation>Dossier du paquet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="177"/>
        <source>A new or empty folder (or an earlier Tracemob export, replaced) for the package: README.md stating every rule with its parameters and counts, trips.gpkg, trips.csv and legs.csv. An input file is never overwritten.</source>
        <translation>Un dossier nouveau ou vide (ou un export Tracemob précédent, remplacé) pour le paquet : README.md qui énonce chaque règle avec ses paramètres et ses effectifs, trips.gpkg, trips.csv et legs.csv. Un fichier d&apos;entrée n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="180"/>
        <source>README</source>
        <translation>README</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="181"/>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="182"/>
        <source>Zip file</source>
        <translation>Fichier zip</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="183"/>
        <location filename="../processing/algorithms/export_shareable.py" line="299"/>
        <location filename="../processing/algorithms/export_shareable.py" line="302"/>
        <source>Shareable trips</source>
        <translation>Déplacements partageables</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="184"/>
        <source>Counts</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="231"/>
        <source>The trips layer has no field(s) {fields}: use a trips layer made by Tracemob.</source>
        <translation>La couche des déplacements n&apos;a pas le(s) champ(s) {fields} : utilisez une couche de déplacements produite par Tracemob.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="246"/>
        <source>The legs layer needs the fields trip_id and mode (run the mode inference first).</source>
        <translation>La couche des trajets doit avoir les champs trip_id et mode (lancez d&apos;abord l&apos;inférence des modes).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="263"/>
        <source>Grid sizes must be numbers of metres separated by commas, e.g. 1000,5000.</source>
        <translation>Les tailles de maille doivent être des nombres de mètres séparés par des virgules, p. ex. 1000,5000.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="291"/>
        <source>{out} of {n} trips exported ({lines} with a line) for {users} participants; {short} without a line after the trimming, {rare} dropped as rare (k = {k}); {ends} trip ends cut back from a home or work place.</source>
        <translation>{out} déplacements exportés sur {n} ({lines} avec une ligne) pour {users} participants ; {short} sans ligne après la troncature, {rare} écartés car rares (k = {k}) ; {ends} extrémités de déplacement coupées autour d&apos;un domicile ou d&apos;un lieu de travail.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/export_shareable.py" line="296"/>
        <source>Package written to {folder}; read its README before sharing.</source>
        <translation>Paquet écrit dans {folder} ; lisez son README avant de le partager.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="47"/>
        <source>Forfait mobilités durables attestations</source>
        <translation>Attestations du forfait mobilités durables</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="50"/>
        <source>Counts, for every participant and one calendar year, the days with a home–work commute by bike, e-bike, e-scooter or carpool (as driver or passenger, from labels such as shared_ride), and applies the rules of the forfait mobilités durables (FMD). Default rules: the French public sector (décret n° 2020-543 as amended by décret n° 2022-1562): at least 30 days, then 100 € for 30 days, 200 € for 60 days, 300 € for 100 days, thresholds prorated to the working-time share and the months present. A private employer can give its own rule file (same CSV format, see resources/fmd/README.md).

Only detected home–work commutes count, so a weekend or leisure ride never does; a day counts once; a commute counts when its eligible modes cover at least half of its distance (walking aside) and its mode is the eligible mode with the longest distance.

Inputs: the trips with is_home_work (from Infer trip purposes) and the legs with modes (from Infer transport modes); or trips without purposes plus the stays, and home and work are detected here. Optional participants table: user_id, name (or pseudonym, default the user id), working_time_share (0–1 or %), months_present (0–12).

Outputs: a table with one row per participant (days by mode, total, prorated threshold, amount, eligible, status) and a folder with one PDF attestation per participant (fmd_&lt;year&gt;_&lt;user&gt;_&lt;key&gt;.pdf). The attestations show no map, place, address or coordinate.</source>
        <translation>Compte, pour chaque participant et pour une année civile, les jours comportant un déplacement domicile–travail à vélo, à vélo à assistance électrique, en trottinette électrique ou en covoiturage (comme conducteur ou passager, d&apos;après des libellés tels que shared_ride), et applique les règles du forfait mobilités durables (FMD). Règles par défaut : celles de la fonction publique (décret n° 2020-543 modifié par le décret n° 2022-1562) : au moins 30 jours, puis 100 € pour 30 jours, 200 € pour 60 jours, 300 € pour 100 jours, seuils proratisés selon la quotité de temps de travail et les mois de présence. Un employeur privé peut fournir son propre fichier de règles (même format CSV, voir resources/fmd/README.md).

Seuls les déplacements domicile–travail détectés comptent : une sortie du week-end ou de loisirs ne compte donc jamais ; un jour ne compte qu&apos;une fois ; un déplacement compte quand ses modes éligibles couvrent au moins la moitié de sa distance (marche non comptée), et il est attribué au mode éligible sur la plus longue distance.

Entrées : les déplacements avec is_home_work (issus de « Déduire les motifs des déplacements ») et les trajets avec leurs modes (issus de « Déduire les modes de transport ») ; ou bien des déplacements sans motifs et les arrêts, le domicile et le lieu de travail étant alors détectés ici. Table facultative des participants : user_id, name (nom ou pseudonyme ; par défaut l&apos;identifiant de l&apos;utilisateur), working_time_share (0–1 ou %), months_present (0–12).

Sorties : une table avec une ligne par participant (jours par mode, total, seuil proratisé, montant, éligibilité, statut) et un dossier avec une attestation PDF par participant (fmd_&lt;year&gt;_&lt;user&gt;_&lt;key&gt;.pdf). Les attestations ne montrent ni carte, ni lieu, ni adresse, ni coordonnées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="71"/>
        <source>Trips (with is_home_work, from Infer trip purposes)</source>
        <translation>Déplacements (avec is_home_work, issus de « Déduire les motifs des déplacements »)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="72"/>
        <source>The trips with is_home_work (from &apos;Infer trip purposes&apos;); only home-work commutes count. Trips without it need the stays below, and home and work are then found here.</source>
        <translation>Les déplacements avec is_home_work (issus de « Déduire les motifs des déplacements ») ; seuls les trajets domicile-travail comptent. Des déplacements sans ce champ demandent les arrêts ci-dessous, et le domicile et le travail sont alors trouvés ici.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="75"/>
        <source>Legs with modes (from Infer transport modes)</source>
        <translation>Trajets avec modes (issus de « Déduire les modes de transport »)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="76"/>
        <source>The legs with their modes (from &apos;Infer transport modes&apos;): a commute counts when its eligible modes (bike, e-bike, e-scooter, carpool) cover at least half of its distance, walking aside.</source>
        <translation>Les trajets avec leurs modes (issus de « Déduire les modes de transport ») : un trajet domicile-travail compte quand ses modes éligibles (vélo, vélo à assistance électrique, trottinette électrique, covoiturage) couvrent au moins la moitié de sa distance, marche non comprise.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="80"/>
        <source>Stays (only to detect home and work when the trips have no is_home_work)</source>
        <translation>Arrêts (seulement pour détecter le domicile et le lieu de travail quand les déplacements n&apos;ont pas is_home_work)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="82"/>
        <source>The stays of &apos;Segment trips&apos;, used only to find home and work when the trips have no is_home_work field.</source>
        <translation>Les arrêts de « Découper en déplacements », utilisés seulement pour trouver le domicile et le travail quand les déplacements n&apos;ont pas de champ is_home_work.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="85"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="86"/>
        <source>The calendar year of the attestations: the days of that year are counted.</source>
        <translation>L&apos;année civile des attestations : les jours de cette année sont comptés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="88"/>
        <source>Employer (printed on the attestations)</source>
        <translation>Employeur (imprimé sur les attestations)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="89"/>
        <source>The employer&apos;s name, printed on every attestation. Optional.</source>
        <translation>Le nom de l&apos;employeur, imprimé sur chaque attestation. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="91"/>
        <source>Rule file (CSV; empty: French public sector, décret 2022-1562)</source>
        <translation>Fichier de règles (CSV ; vide : fonction publique, décret 2022-1562)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="93"/>
        <source>A CSV file of FMD rules (minimum days, amounts by number of days, proration; see resources/fmd/README.md). Empty: the French public sector (décret n° 2020-543 as amended by décret n° 2022-1562).</source>
        <translation>Un fichier CSV de règles du FMD (nombre minimal de jours, montants selon le nombre de jours, proratisation ; voir resources/fmd/README.md). Vide : la fonction publique (décret n° 2020-543 modifié par le décret n° 2022-1562).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="97"/>
        <source>Participants table (user_id, name, working_time_share, months_present)</source>
        <translation>Table des participants (user_id, name, working_time_share, months_present)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="99"/>
        <source>A table with user_id and, when known, name (or a pseudonym; default the user id), working_time_share (0-1 or %) and months_present (0-12), to prorate the thresholds. Optional.</source>
        <translation>Une table avec user_id et, s&apos;ils sont connus, name (ou un pseudonyme ; par défaut l&apos;identifiant), working_time_share (0-1 ou %) et months_present (0-12), pour proratiser les seuils. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="102"/>
        <source>Time zone of the days</source>
        <translation>Fuseau horaire des jours</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="105"/>
        <source>IANA name of the study&apos;s time zone (Europe/Paris...): a day is a local calendar day.</source>
        <translation>Nom IANA du fuseau horaire de l&apos;étude (Europe/Paris...) : un jour est un jour civil en heure locale.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="107"/>
        <source>FMD days and amounts per participant</source>
        <translation>Jours et montants FMD par participant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="108"/>
        <source>One row per participant: days by mode, total days, prorated threshold, amount, eligible and status.</source>
        <translation>Une ligne par participant : jours par mode, total des jours, seuil proratisé, montant, éligibilité et statut.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="111"/>
        <source>Folder of the PDF attestations</source>
        <translation>Dossier des attestations PDF</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="112"/>
        <source>A folder for one PDF attestation per participant (fmd_&lt;year&gt;_&lt;user&gt;_&lt;key&gt;.pdf), without any map, place or address. Optional.</source>
        <translation>Un dossier pour une attestation PDF par participant (fmd_&lt;year&gt;_&lt;user&gt;_&lt;key&gt;.pdf), sans carte, lieu ni adresse. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="114"/>
        <source>Number of eligible participants</source>
        <translation>Nombre de participants éligibles</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="146"/>
        <source>Give the legs with modes (Infer transport modes), or trips that have a mode field.</source>
        <translation>Fournissez les trajets avec leurs modes (« Déduire les modes de transport »), ou des déplacements qui ont un champ mode.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="152"/>
        <source>The trips have no is_home_work field: run Infer trip purposes first, or give the stays so that home and work are detected here.</source>
        <translation>Les déplacements n&apos;ont pas de champ is_home_work : lancez d&apos;abord « Déduire les motifs des déplacements », ou fournissez les arrêts pour que le domicile et le lieu de travail soient détectés ici.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="155"/>
        <source>The trips have no is_home_work field: home and work are detected from the stays.</source>
        <translation>Les déplacements n&apos;ont pas de champ is_home_work : le domicile et le lieu de travail sont détectés à partir des arrêts.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="158"/>
        <source>The trips already have is_home_work: the stays are not used.</source>
        <translation>Les déplacements ont déjà is_home_work : les arrêts ne sont pas utilisés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="164"/>
        <source>FMD rules: {label} ({file})</source>
        <translation>Règles FMD : {label} ({file})</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="187"/>
        <source>{n} attestation(s) written to {folder}</source>
        <translation>{n} attestation(s) écrite(s) dans {folder}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/fmd_attestation.py" line="189"/>
        <source>{year}: {n} participant(s), {eligible} eligible, {amount:.0f} {currency} in total.</source>
        <translation>{year} : {n} participant(s), {eligible} éligible(s), {amount:.0f} {currency} au total.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="69"/>
        <source>Import from an OpenPATH server</source>
        <translation>Importer depuis un serveur OpenPATH</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="72"/>
        <source>Fetches a study&apos;s data from an OpenPATH / e-mission server, with the REST API e-mission&apos;s own clients use, and writes the same point layer as &apos;Import travel traces&apos;.

Participants&apos; tokens: from QGIS authentication configurations (one Basic configuration per participant: user name = participant label, password = token; give their ids, or a name prefix such as &apos;Tracemob openpath.example.org:&apos;; the Tracemob server dialog creates them), and/or from a token file (one &apos;label,token&apos; per line). Tokens are never saved in the project, the model or the logs: messages name the participant&apos;s label.

Dates are UTC; an end given as a date includes that whole day; no end means now.
Points: background/filtered_location (the fixes e-mission&apos;s pipeline uses) or background/location (raw). Optional outputs: the phone&apos;s motion activity, and the server&apos;s user-confirmed trips (analysis/confirmed_trip) as origin-destination lines with the labels mode_confirm, purpose_confirm and replaced_mode.

Transfer: requests go by time windows; an answer the server may have cut at its result limit is followed by a request for the rest of its window, so nothing is lost whatever the limit. Timeouts and server errors are retried; a refused token is reported with the participant&apos;s label, and the other participants are fetched. Everything fetched is kept in the cache folder, so a re-run, or a run after a failure or a cancel, asks only for what is missing. The cache holds personal data: delete it after the study.</source>
        <translation>Récupère les données d&apos;une enquête sur un serveur OpenPATH / e-mission, avec l&apos;API REST qu&apos;utilisent les clients d&apos;e-mission, et écrit la même couche de points que « Importer des traces de déplacement ».

Jetons des participants : depuis les configurations d&apos;authentification de QGIS (une configuration Basic par participant : nom d&apos;utilisateur = libellé du participant, mot de passe = jeton ; indiquez leurs identifiants, ou un préfixe de nom tel que « Tracemob openpath.example.org: » ; la boîte de dialogue serveur de Tracemob les crée), et/ou depuis un fichier de jetons (une ligne « libellé,jeton » par participant). Les jetons ne sont jamais enregistrés dans le projet, le modèle ou les journaux : les messages nomment le libellé du participant.

Les dates sont en UTC ; une fin donnée sous forme de date inclut toute la journée ; sans fin, jusqu&apos;à maintenant.
Points : background/filtered_location (les points GPS qu&apos;utilise la chaîne de traitement d&apos;e-mission) ou background/location (bruts). Sorties facultatives : l&apos;activité de mouvement du téléphone, et les déplacements confirmés par l&apos;utilisateur sur le serveur (analysis/confirmed_trip) sous forme de lignes origine-destination avec les libellés mode_confirm, purpose_confirm et replaced_mode.

Transfert : les requêtes se font par fenêtres temporelles ; une réponse que le serveur a pu tronquer à sa limite de résultats est suivie d&apos;une requête pour le reste de sa fenêtre, si bien que rien n&apos;est perdu, quelle que soit la limite. Les délais dépassés et les erreurs du serveur sont retentés ; un jeton refusé est signalé avec le libellé du participant, et les autres participants sont récupérés. Tout ce qui est récupéré est conservé dans le dossier de cache : une relance, y compris après un échec ou une annulation, ne demande que ce qui manque. Le cache contient des données personnelles : supprimez-le après l&apos;enquête.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="95"/>
        <source>Server URL (e.g. https://openpath.example.org)</source>
        <translation>URL du serveur (p. ex. https://openpath.example.org)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="96"/>
        <source>The address of the study&apos;s OpenPATH / e-mission server, the one the participants&apos; app sends its data to (https://...).</source>
        <translation>L&apos;adresse du serveur OpenPATH / e-mission de l&apos;étude, celui auquel l&apos;application des participants envoie ses données (https://...).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="99"/>
        <source>Participants: QGIS authentication configurations (ids or name prefix)</source>
        <translation>Participants : configurations d&apos;authentification QGIS (identifiants ou préfixe de nom)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="101"/>
        <source>The participants&apos; tokens, kept in QGIS authentication configurations of type Basic (label as user name, token as password): their ids, or a name prefix that selects every configuration whose name starts with it; comma-separated. Tokens never go into the project or the log.</source>
        <translation>Les jetons des participants, conservés dans des configurations d&apos;authentification QGIS de type Basic (libellé comme nom d&apos;utilisateur, jeton comme mot de passe) : leurs identifiants, ou un préfixe de nom qui retient toutes les configurations dont le nom commence par lui ; séparés par des virgules. Les jetons ne vont jamais dans le projet ni dans le journal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="106"/>
        <source>Participants: token file (one &apos;label,token&apos; per line)</source>
        <translation>Participants : fichier de jetons (une ligne « libellé,jeton » par participant)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="108"/>
        <source>For scripts: a text file with one participant per line, &apos;label,token&apos;. It can be used with or instead of the authentication configurations.</source>
        <translation>Pour les scripts : un fichier texte avec un participant par ligne, « libellé,jeton ». Il peut servir avec les configurations d&apos;authentification ou à leur place.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="110"/>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="111"/>
        <source>The first moment to fetch (UTC).</source>
        <translation>Le premier instant à récupérer (UTC).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="113"/>
        <source>End (UTC, included; empty: now)</source>
        <translation>Fin (UTC, incluse ; vide : maintenant)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="114"/>
        <source>The last moment to fetch (UTC); a date alone includes that whole day. Empty: up to now.</source>
        <translation>Le dernier instant à récupérer (UTC) ; une date seule inclut toute la journée. Vide : jusqu&apos;à maintenant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="117"/>
        <source>Location points</source>
        <translation>Points de localisation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="118"/>
        <source>background/filtered_location (as e-mission&apos;s pipeline)</source>
        <translation>background/filtered_location (comme la chaîne de traitement d&apos;e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="119"/>
        <source>background/location (raw)</source>
        <translation>background/location (bruts)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="119"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="120"/>
        <source>Which location stream to fetch: background/filtered_location (the fixes e-mission&apos;s own pipeline keeps), background/location (every raw fix), or none when only the motion readings or the confirmed trips are wanted.</source>
        <translation>Le flux de positions à récupérer : background/filtered_location (les points GPS que garde la chaîne de traitement d&apos;e-mission), background/location (tous les points bruts), ou aucun quand seules les lectures d&apos;activité ou les déplacements confirmés sont voulus.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="124"/>
        <source>Cache folder (default: tracemob/server_cache in the QGIS profile)</source>
        <translation>Dossier de cache (par défaut : tracemob/server_cache dans le profil QGIS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="126"/>
        <source>Where fetched data are kept between runs: a later run asks the server only for what is missing. Empty: tracemob/server_cache in the QGIS profile folder.</source>
        <translation>Où les données récupérées sont conservées d&apos;une exécution à l&apos;autre : une exécution suivante ne demande au serveur que ce qui manque. Vide : tracemob/server_cache dans le dossier du profil QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="129"/>
        <source>Fetch everything again (labels changed on the server)</source>
        <translation>Tout récupérer à nouveau (libellés modifiés sur le serveur)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="130"/>
        <source>Ask the server for the whole period again, e.g. after participants changed labels in the app (entries already in the cache are not duplicated).</source>
        <translation>Redemander toute la période au serveur, par exemple après que des participants ont changé des libellés dans l&apos;application (les entrées déjà en cache ne sont pas dupliquées).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="133"/>
        <source>Time window per request (hours)</source>
        <translation>Fenêtre temporelle par requête (heures)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="135"/>
        <source>Length of the time window of one request. Windows grow after empty answers, and a window the server&apos;s result limit cuts is asked for again from where the answer stopped, so this mainly sets the first requests.</source>
        <translation>Durée de la fenêtre temporelle d&apos;une requête. Les fenêtres s&apos;allongent après des réponses vides, et une fenêtre que la limite de résultats du serveur tronque est redemandée à partir de l&apos;endroit où la réponse s&apos;est arrêtée : ce réglage concerne donc surtout les premières requêtes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="139"/>
        <source>Timeout per request (s)</source>
        <translation>Délai d&apos;attente par requête (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="140"/>
        <source>Seconds to wait for an answer before a request is tried again.</source>
        <translation>Secondes d&apos;attente d&apos;une réponse avant qu&apos;une requête soit relancée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="142"/>
        <source>Retries per request</source>
        <translation>Nouvelles tentatives par requête</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="143"/>
        <source>How many times a failed request (timeout, broken connection, server error) is tried again before the run stops.</source>
        <translation>Nombre de nouvelles tentatives d&apos;une requête en échec (délai dépassé, connexion coupée, erreur du serveur) avant l&apos;arrêt de l&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="146"/>
        <source>Server entry limit (DB_RESULT_LIMIT)</source>
        <translation>Limite d&apos;entrées du serveur (DB_RESULT_LIMIT)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="148"/>
        <source>An upper bound of the number of entries the server returns for one request (its DB_RESULT_LIMIT, 250000 by default). The real limit does not need to be known: after an answer that may have been cut, the rest of its window is asked for until nothing is left, and the limit is learnt from the first cut answer.</source>
        <translation>Un majorant du nombre d&apos;entrées que le serveur renvoie pour une requête (son DB_RESULT_LIMIT, 250000 par défaut). Il n&apos;est pas nécessaire de connaître la vraie limite : après une réponse qui a pu être tronquée, le reste de sa fenêtre est demandé jusqu&apos;à ce qu&apos;il ne reste rien, et la limite est déduite de la première réponse tronquée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="153"/>
        <location filename="../processing/algorithms/import_from_server.py" line="255"/>
        <location filename="../processing/algorithms/import_traces.py" line="98"/>
        <location filename="../processing/algorithms/import_traces.py" line="150"/>
        <location filename="../processing/algorithms/segment_trips.py" line="210"/>
        <source>Trace points</source>
        <translation>Points de trace</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="154"/>
        <source>The location fixes as points in EPSG:4326: user_id (the participant&apos;s label), time (UTC), accuracy_m, speed_mps, source_file; the input of &apos;Segment trips&apos;.</source>
        <translation>Les points GPS en EPSG:4326 : user_id (le libellé du participant), time (UTC), accuracy_m, speed_mps, source_file ; l&apos;entrée de « Découper en déplacements ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="157"/>
        <location filename="../processing/algorithms/import_traces.py" line="102"/>
        <source>Motion activity</source>
        <translation>Activité de mouvement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="158"/>
        <source>The phones&apos; motion-activity readings (user_id, time, activity, confidence), which help &apos;Segment trips&apos; and &apos;Infer transport modes&apos;. Optional.</source>
        <translation>Les lectures d&apos;activité de mouvement des téléphones (user_id, time, activity, confidence), qui aident « Découper en déplacements » et « Déduire les modes de transport ». Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="161"/>
        <source>Confirmed trips (with labels)</source>
        <translation>Déplacements confirmés (avec libellés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="163"/>
        <source>The trips the participants confirmed in the app, as lines from origin to destination with their labels (mode_confirm, purpose_confirm...). Optional.</source>
        <translation>Les déplacements que les participants ont confirmés dans l&apos;application, sous forme de lignes de l&apos;origine à la destination avec leurs libellés (mode_confirm, purpose_confirm...). Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="179"/>
        <source>No participant: give QGIS authentication configurations or a token file.</source>
        <translation>Aucun participant : indiquez des configurations d&apos;authentification QGIS ou un fichier de jetons.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="208"/>
        <source>Give the start date.</source>
        <translation>Indiquez la date de début.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="216"/>
        <source>Nothing to fetch: choose location points, or ask for the motion or confirmed trips output.</source>
        <translation>Rien à récupérer : choisissez des points de localisation, ou demandez la sortie d&apos;activité de mouvement ou de déplacements confirmés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="227"/>
        <source>{n} participant(s): {labels}.</source>
        <translation>{n} participant(s) : {labels}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="241"/>
        <source>{requests} request(s), {windows} window(s) fetched, {cached} already in the cache {path}.</source>
        <translation>{requests} requête(s), {windows} fenêtre(s) récupérée(s), {cached} déjà dans le cache {path}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="247"/>
        <source>Participant &apos;{label}&apos;: {n} points, {new} new entries.</source>
        <translation>Participant « {label} » : {n} points, {new} nouvelles entrées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="276"/>
        <source>{n} confirmed trip(s) without origin or destination were left out.</source>
        <translation>{n} déplacement(s) confirmé(s) sans origine ou destination ont été écartés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_from_server.py" line="290"/>
        <source>Confirmed trips</source>
        <translation>Déplacements confirmés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="53"/>
        <source>Import travel traces</source>
        <translation>Importer des traces de déplacement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="56"/>
        <source>Reads smartphone travel traces into a point layer (EPSG:4326), one point per location fix, with the fields user_id, time (UTC), accuracy_m, speed_mps and source_file.

Input files: OpenPATH / e-mission exports (JSON timeseries), GPX, CSV and GeoJSON. Choose one or several files, or a folder (every readable file inside it is read). With qgis_process, repeat INPUT or separate paths with &apos;;&apos;.

User id: used when the file does not name its user; by default the file name.
Time zone: the zone of times written without an offset (IANA name; default Europe/Paris, give UTC for files written in UTC). Times with an offset or epoch times are not changed.
Maximum accuracy: points whose reported accuracy radius is larger are dropped.
Skip unreadable files: report a broken file as a warning and go on with the others.

Optional outputs: the phone&apos;s motion activity (e-mission background/motion_activity) and the trips confirmed by the user (mode and purpose labels), as tables.</source>
        <translation>Lit les traces de déplacement enregistrées par smartphone dans une couche de points (EPSG:4326), une entité par point GPS, avec les champs user_id, time (UTC), accuracy_m, speed_mps et source_file.

Fichiers d&apos;entrée : exports OpenPATH / e-mission (séries temporelles JSON), GPX, CSV et GeoJSON. Choisissez un ou plusieurs fichiers, ou un dossier (tous les fichiers lisibles qu&apos;il contient sont lus). Avec qgis_process, répétez INPUT ou séparez les chemins par « ; ».

Identifiant d&apos;utilisateur : utilisé quand le fichier ne nomme pas son utilisateur ; par défaut, le nom du fichier.
Fuseau horaire : fuseau des heures écrites sans décalage (nom IANA ; Europe/Paris par défaut, indiquez UTC pour des fichiers écrits en UTC). Les heures avec décalage et les heures epoch ne sont pas modifiées.
Précision maximale : les points dont le rayon de précision annoncé est plus grand sont écartés.
Ignorer les fichiers illisibles : signale un fichier défectueux par un avertissement et poursuit avec les autres.

Sorties facultatives : l&apos;activité de mouvement détectée par le téléphone (background/motion_activity d&apos;e-mission) et les déplacements confirmés par l&apos;utilisateur (libellés de mode et de motif), sous forme de tables.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="72"/>
        <source>Trace files or folder</source>
        <translation>Fichiers de traces ou dossier</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="73"/>
        <source>The trace files to read: OpenPATH / e-mission exports (JSON), GPX, CSV or GeoJSON; several files, or a folder whose readable files are all read. With qgis_process, repeat the parameter or separate paths with &apos;;&apos;.</source>
        <translation>Les fichiers de traces à lire : exports OpenPATH / e-mission (JSON), GPX, CSV ou GeoJSON ; plusieurs fichiers, ou un dossier dont tous les fichiers lisibles sont lus. Avec qgis_process, répétez le paramètre ou séparez les chemins par « ; ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="77"/>
        <source>User id (when the file has none; default: file name)</source>
        <translation>Identifiant d&apos;utilisateur (si le fichier n&apos;en donne pas ; par défaut : nom du fichier)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="79"/>
        <source>The participant id given to the points of a file that names no user. Empty: the file name (without extension).</source>
        <translation>L&apos;identifiant de participant donné aux points d&apos;un fichier qui ne nomme aucun utilisateur. Vide : le nom du fichier (sans extension).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="82"/>
        <source>Time zone of times written without an offset (IANA name)</source>
        <translation>Fuseau horaire des heures écrites sans décalage (nom IANA)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="83"/>
        <source>IANA time zone (Europe/Paris, America/Montreal...) in which the times written without an offset (CSV, GeoJSON: &apos;2024-03-05 08:00:00&apos;) are read: Europe/Paris by default, so 08:00 in March is 07:00 UTC; give UTC for files written in UTC. Times with an offset or Z, epoch numbers (e-mission / OpenPATH exports) and GPX times (UTC by the standard) are not affected.</source>
        <translation>Fuseau horaire IANA (Europe/Paris, America/Montreal...) dans lequel sont lues les heures écrites sans décalage (CSV, GeoJSON : « 2024-03-05 08:00:00 ») : Europe/Paris par défaut, donc 08:00 en mars correspond à 07:00 UTC ; indiquez UTC pour des fichiers écrits en UTC. Les heures avec un décalage ou Z, les nombres epoch (exports e-mission / OpenPATH) et les heures GPX (en UTC selon la norme) ne sont pas concernés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="89"/>
        <source>Maximum accuracy radius to keep a point (m)</source>
        <translation>Rayon de précision maximal pour garder un point (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="91"/>
        <source>Points whose reported accuracy radius is larger (worse) than this, in metres, are left out; points of unknown accuracy are kept. Empty: every point is kept.</source>
        <translation>Les points dont le rayon de précision annoncé est plus grand (moins bon) que cette valeur, en mètres, sont écartés ; les points de précision inconnue sont gardés. Vide : tous les points sont gardés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="94"/>
        <source>Skip unreadable files (report them as warnings)</source>
        <translation>Ignorer les fichiers illisibles (les signaler par un avertissement)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="95"/>
        <source>When a file cannot be read, go on with the others and report it as a warning; otherwise the algorithm stops at the first unreadable file.</source>
        <translation>Quand un fichier ne peut pas être lu, continuer avec les autres et le signaler par un avertissement ; sinon l&apos;algorithme s&apos;arrête au premier fichier illisible.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="99"/>
        <source>The location fixes as points in EPSG:4326: user_id, time (UTC), accuracy_m, speed_mps and source_file, the input of &apos;Segment trips&apos;.</source>
        <translation>Les points GPS en EPSG:4326 : user_id, time (UTC), accuracy_m, speed_mps et source_file, l&apos;entrée de « Découper en déplacements ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="103"/>
        <source>The phones&apos; motion-activity readings (user_id, time, activity, confidence) found in the e-mission exports, a table that helps &apos;Segment trips&apos; and &apos;Infer transport modes&apos;. Optional.</source>
        <translation>Les lectures d&apos;activité de mouvement des téléphones (user_id, time, activity, confidence) trouvées dans les exports e-mission, une table qui aide « Découper en déplacements » et « Déduire les modes de transport ». Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="107"/>
        <source>User-confirmed trips</source>
        <translation>Déplacements confirmés par l&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="108"/>
        <source>The trips the participants confirmed in the app (user_id, start_time, end_time, mode_confirm, purpose_confirm), a table for the mode and purpose inference. Optional.</source>
        <translation>Les déplacements que les participants ont confirmés dans l&apos;application (user_id, start_time, end_time, mode_confirm, purpose_confirm), une table pour déduire les modes et les motifs. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="116"/>
        <location filename="../tracemob_plugin/core/cluster/runner.py" line="380"/>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="317"/>
        <source>Choose at least one trace file or folder.</source>
        <translation>Choisissez au moins un fichier de traces ou un dossier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="120"/>
        <source>File or folder not found: {path}</source>
        <translation>Fichier ou dossier introuvable : {path}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="123"/>
        <source>Times without an offset are read in the time zone {tz}.</source>
        <translation>Les heures sans décalage sont lues dans le fuseau horaire {tz}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="129"/>
        <source>Reading {n} input(s)…</source>
        <translation>Lecture de {n} entrée(s)…</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="138"/>
        <source>{n} points read from {files} file(s).</source>
        <translation>{n} points lus dans {files} fichier(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/import_traces.py" line="141"/>
        <source>No location point was found in the input.</source>
        <translation>Aucun point de localisation n&apos;a été trouvé dans l&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="35"/>
        <source>Infer transport modes</source>
        <translation>Déduire les modes de transport</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="38"/>
        <source>Adds to every leg its transport mode (mode: walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, ferry, plane or unknown), a confidence between 0 and 1 (mode_confidence) and where it comes from (mode_source: user, model or rules).

Input: the legs of Tracemob &apos;Segment trips&apos; (lines whose M value is the time of each vertex).

User labels win: a leg whose label field is filled, or a leg inside a trip the user confirmed (OpenPATH mode_confirm, matched by user and time), keeps that label. In a trip of several legs, the label goes to the legs of the same kind (the bus leg of walk-bus-walk).

Otherwise the model decides from speed percentiles, acceleration, stops, heading changes and, when the phone recorded them, the motion-activity readings. The default model tells walk, bike and motorised legs apart (car; train or plane at sustained rail or flight speed). Below the minimum confidence, speed-band rules decide.

When the points carried the phone&apos;s own speed readings (GPX speed, a CSV speed column, e-mission), &apos;Segment trips&apos; writes four of them on each leg (phone_speed_p95, phone_acc_p90, phone_fast_share, phone_acc_p95) and rules use them where no motion activity covers the leg: a walk or bicycle that starts and brakes like a car is a car, even when it cruises between few lights; a walk whose phone reads 14 km/h or more for 30 % of its moving time is a car (a queue in a city centre); a bicycle or car whose phone stays at a walking pace is a walk (GPS noise between close positions looks like cycling).

With public-transport lines (and stops), motorised legs that follow a bus, coach, tram, metro or rail line, stopping at its stops, become bus, coach, tram, metro or train; a leg along a ferry line is a ferry. Lines may come from OpenStreetMap (route or railway tags) or GTFS shapes (route_type).

A model trained on your study with &apos;Train a mode model&apos; may replace the default one: it is a JSON file, never a pickle.</source>
        <translation>Ajoute à chaque trajet son mode de transport (mode : walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, ferry, plane ou unknown), une confiance entre 0 et 1 (mode_confidence) et son origine (mode_source : user, model ou rules).

Entrée : les trajets produits par « Découper en déplacements » de Tracemob (lignes dont la valeur M est l&apos;heure de chaque sommet).

Les libellés de l&apos;utilisateur priment : un trajet dont le champ de libellé est rempli, ou un trajet appartenant à un déplacement confirmé par l&apos;utilisateur (mode_confirm d&apos;OpenPATH, apparié par utilisateur et par heure), garde ce libellé. Dans un déplacement de plusieurs trajets, le libellé va aux trajets de même nature (le trajet en bus d&apos;un enchaînement marche-bus-marche).

Sinon, le modèle décide d&apos;après les centiles de vitesse, l&apos;accélération, les arrêts, les changements de direction et, quand le téléphone les a enregistrés, les relevés d&apos;activité de mouvement. Le modèle par défaut distingue la marche, le vélo et les trajets motorisés (voiture ; train ou avion à vitesse soutenue ferroviaire ou aérienne). En dessous de la confiance minimale, des règles par plages de vitesse décident.

Quand les points portaient les relevés de vitesse du téléphone lui-même (vitesse GPX, colonne de vitesse d&apos;un CSV, e-mission), « Découper en déplacements » en écrit quatre sur chaque trajet (phone_speed_p95, phone_acc_p90, phone_fast_share, phone_acc_p95) et des règles s&apos;en servent là où aucune activité de mouvement ne couvre le trajet : une marche ou un vélo qui démarre et freine comme une voiture est une voiture, même quand elle roule entre peu de feux ; une marche dont le téléphone lit 14 km/h ou plus pendant 30 % de son temps en mouvement est une voiture (une file d&apos;attente en centre-ville) ; un vélo ou une voiture dont le téléphone reste à l&apos;allure de la marche est une marche (le bruit GPS entre des positions proches ressemble à du vélo).

Avec des lignes de transport collectif (et leurs arrêts), les trajets motorisés qui suivent une ligne de bus, d&apos;autocar, de tramway, de métro ou de train en s&apos;arrêtant à ses arrêts deviennent bus, autocar, tramway, métro ou train ; un trajet le long d&apos;une ligne de bateau devient bateau (ferry). Les lignes peuvent venir d&apos;OpenStreetMap (attributs route ou railway) ou des tracés GTFS (route_type).

Un modèle entraîné sur votre enquête avec « Entraîner un modèle de modes » peut remplacer le modèle par défaut : c&apos;est un fichier JSON, jamais un pickle.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="64"/>
        <source>A GTFS feed (the .zip of a transport authority) gives the stops and lines with their modes, and its timetable: a motorised leg that passes a trip&apos;s stops at its scheduled times takes the route&apos;s mode (bus, coach, tram, metro, train, ferry), and the legs get the route&apos;s name (transit_route) and the confidence of the match (transit_confidence).</source>
        <translation>Un flux GTFS (le .zip d&apos;une autorité organisatrice) donne les arrêts et les lignes avec leurs modes, ainsi que ses horaires : un trajet motorisé qui passe aux arrêts d&apos;une course aux heures prévues prend le mode de la ligne (bus, autocar, tram, métro, train, bateau), et les trajets reçoivent le nom de la ligne (transit_route) et la confiance de l&apos;appariement (transit_confidence).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="68"/>
        <source>A leg the lines made a bus, coach or tram that matches no scheduled trip, on a day the feed runs, stays one only if it stopped at 40 % of the stops it passed; otherwise it keeps the mode it had before (a car that stopped at two or three lights beside stops).</source>
        <translation>Un segment que les lignes ont fait bus, autocar ou tram et qui ne correspond à aucune course prévue, un jour où le GTFS circule, ne le reste que s&apos;il s&apos;est arrêté à 40 % des arrêts qu&apos;il a passés ; sinon il garde le mode qu&apos;il avait avant (une voiture arrêtée à deux ou trois feux à côté d&apos;arrêts).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="71"/>
        <source>An OpenStreetMap extract (.osm.pbf or .osm, as Geofabrik publishes them) may be given as a file, with no layer to prepare: its public-transport route relations and railways are the lines, its bus stops, tram stops, stations and platforms the stops, each with its kind. On a street that a tram line and a bus line share, a leg that dwelt at bus stops is the bus, one that dwelt at tram stops the tram.</source>
        <translation>Un extrait OpenStreetMap (.osm.pbf ou .osm, tel que Geofabrik les publie) peut être donné comme fichier, sans couche à préparer : ses relations de lignes de transport en commun et ses voies ferrées sont les lignes, ses arrêts de bus, arrêts de tramway, gares, stations et quais les arrêts, chacun avec son type. Dans une rue qu&apos;une ligne de tramway et une ligne de bus partagent, un trajet qui a marqué l&apos;arrêt aux arrêts de bus est le bus, celui qui l&apos;a marqué aux arrêts de tramway le tramway.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="76"/>
        <source>With public-transport stops (a stops layer or a GTFS feed), the walk to the stop, the wait there and the walk from the alighting stop are legs of their own: a leg read as public transport that begins with a walk and a wait at a stop, or ends with a walk from one, is cut where the vehicle leaves and stops. The ride keeps the leg&apos;s id; the pieces get &lt;leg_id&gt;_a (walk to the stop), &lt;leg_id&gt;_w (wait, mode wait) and &lt;leg_id&gt;_e (walk from the stop), their part of the track as geometry, and the field split_from names the leg cut. A walk leg that ends still at a stop before a ride ends with a wait leg too. A wait has no distance and no emissions, is never a trip&apos;s main mode and is neutral in the FMD. Without stops, the legs are not cut.</source>
        <translation>Avec les arrêts de transport en commun (une couche d&apos;arrêts ou un flux GTFS), la marche jusqu&apos;à l&apos;arrêt, l&apos;attente à l&apos;arrêt et la marche depuis l&apos;arrêt de descente sont des trajets à part entière : un trajet lu comme transport en commun qui commence par une marche et une attente à un arrêt, ou finit par une marche depuis un arrêt, est coupé là où le véhicule part et s&apos;arrête. La partie en véhicule garde l&apos;identifiant du trajet ; les morceaux reçoivent &lt;leg_id&gt;_a (marche jusqu&apos;à l&apos;arrêt), &lt;leg_id&gt;_w (attente, mode wait) et &lt;leg_id&gt;_e (marche depuis l&apos;arrêt), leur partie de la trace comme géométrie, et le champ split_from nomme le trajet coupé. Un trajet à pied qui finit immobile à un arrêt avant un trajet en véhicule finit aussi par un trajet d&apos;attente. Une attente n&apos;a ni distance ni émissions, n&apos;est jamais le mode principal d&apos;un déplacement et est neutre pour le FMD. Sans arrêts, les trajets ne sont pas coupés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="84"/>
        <source>A ride of one or two stops, too short to be a leg of its own, is found inside a walk leg: a wait still at a stop for a minute or more, then 1 to 10 minutes faster than a cyclist (20 km/h median) to a stop 250 m or more away, then a walk. The leg takes the mode of those stops (or of the line the ride follows) and is cut the same way.</source>
        <translation>Un trajet d&apos;un ou deux arrêts, trop court pour être un segment à lui seul, est trouvé dans un segment à pied : une attente immobile à un arrêt d&apos;une minute ou plus, puis 1 à 10 minutes plus vite qu&apos;un cycliste (20 km/h en médiane) jusqu&apos;à un arrêt à 250 m ou plus, puis de la marche. Le segment prend le mode de ces arrêts (ou de la ligne que suit le trajet) et il est découpé de la même façon.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="88"/>
        <source>The same ride at the start of a walk, bicycle or car leg is found when the participant&apos;s walk before it ended at a stop 1 to 30 minutes earlier, and the leg sets off from there: the wait was long enough to end a trip.</source>
        <translation>Le même trajet au début d&apos;un segment à pied, à vélo ou en voiture est trouvé quand la marche du participant qui le précède s&apos;est terminée à un arrêt 1 à 30 minutes plus tôt et que le segment part de là : l&apos;attente a été assez longue pour clore un déplacement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="91"/>
        <source>With a GTFS timetable, a ride cut out of a longer leg is matched again on its own fixes: a metro trip calling at the stops when the ride passed them makes it the metro, even where bus stops stand beside the stations.</source>
        <translation>Avec les horaires d&apos;un GTFS, le parcours en véhicule découpé dans un trajet plus long est de nouveau apparié sur ses propres positions : une course de métro desservant les arrêts au moment où il y est passé en fait le métro, même là où des arrêts de bus jouxtent les stations.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="94"/>
        <source>With stops alone (no lines), a leg read as a car or a bicycle that stopped at 3 stops or more, and at 40 % of the stops it passed, is a bus (or the kind the stops carry). Walks and waits between two legs of one trip read as the same bus or tram, stopped at stop after stop in the same way, are that vehicle crawling through a city centre at a walking pace: they take its mode (and its route).</source>
        <translation>Avec les arrêts seuls (sans lignes), un trajet lu comme une voiture ou un vélo qui s&apos;est arrêté à 3 arrêts ou plus, et à 40 % des arrêts qu&apos;il a passés, est un bus (ou le type que portent les arrêts). Les marches et attentes entre deux trajets d&apos;un même déplacement lus comme le même bus ou tram, arrêtées d&apos;arrêt en arrêt de la même façon, sont ce véhicule avançant au pas dans un centre-ville : elles prennent son mode (et sa ligne).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="99"/>
        <source>So do the walks that end a trip and start the next when the bus stood still long enough for a place (a jam, up to 20 minutes) and rides on both sides: the trips stay as &apos;Segment trips&apos; made them.</source>
        <translation>De même pour les marches qui terminent un déplacement et commencent le suivant quand le bus est resté immobile assez longtemps pour un lieu (un embouteillage, jusqu&apos;à 20 minutes) et roule des deux côtés : les déplacements restent tels que « Découper en déplacements » les a faits.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="102"/>
        <source>A phone that records a fix every 30 s (OpenPATH&apos;s Android app) is too sparse to time a dwell at a stop: its dwells are then estimated from the time its fixes show near each stop, against the pace it kept away from stops.</source>
        <translation>Un téléphone qui enregistre une position toutes les 30 s (l&apos;application Android d&apos;OpenPATH) est trop clairsemé pour chronométrer un arrêt à une station : ses arrêts sont alors estimés d&apos;après le temps que ses positions montrent près de chaque arrêt, comparé à l&apos;allure tenue loin des arrêts.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="105"/>
        <source>A leg read as a bus, tram, metro or train along the route relations of an OpenStreetMap extract gets their ref in transit_route (several routes sharing its street are all named, the most followed first: &apos;4 / 2 / 5&apos;; only a timetable tells which one was taken) and the share of the leg along the first in transit_confidence. A GTFS timetable&apos;s match comes first.</source>
        <translation>Un trajet lu comme bus, tramway, métro ou train le long des relations de lignes d&apos;un extrait OpenStreetMap reçoit leur numéro (ref) dans transit_route (plusieurs lignes partageant sa rue sont toutes nommées, la plus suivie en premier : « 4 / 2 / 5 » ; seul un horaire dit laquelle a été prise) et la part du trajet le long de la première dans transit_confidence. La correspondance avec un horaire GTFS passe en premier.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="109"/>
        <source>A leg the phone sensed as air or high-speed rail (e-mission) is a plane when its own distance over its duration is faster than any train (325 km/h): a flight made with the phone off, which the leg joins from the place left to the fixes after landing. Otherwise its fixes&apos; speeds decide between train and plane.</source>
        <translation>Un trajet que le téléphone a détecté comme avion ou train à grande vitesse (e-mission) est un avion quand sa propre distance rapportée à sa durée est plus rapide que tout train (325 km/h) : un vol fait téléphone éteint, que le trajet relie du lieu quitté aux positions après l&apos;atterrissage. Sinon, les vitesses de ses positions décident entre train et avion.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="117"/>
        <location filename="../processing/algorithms/segment_trips.py" line="274"/>
        <location filename="../processing/algorithms/segment_trips.py" line="501"/>
        <source>Legs</source>
        <translation>Trajets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="118"/>
        <source>The legs whose mode is wanted: the legs of &apos;Segment trips&apos;, lines whose M value is the UTC time of each vertex (the speeds, stops and accelerations come from them).</source>
        <translation>Les trajets dont on veut le mode : les trajets de « Découper en déplacements », des lignes dont la valeur M est l&apos;heure UTC de chaque sommet (les vitesses, arrêts et accélérations en sont tirés).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="122"/>
        <source>Mode model (JSON from &apos;Train a mode model&apos;; empty: default model)</source>
        <translation>Modèle de modes (JSON issu de « Entraîner un modèle de modes » ; vide : modèle par défaut)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="124"/>
        <source>A mode model trained on your study with &apos;Train a mode model&apos; (a JSON file, never a pickle). Empty: the model shipped with Tracemob.</source>
        <translation>Un modèle de modes entraîné sur votre étude avec « Entraîner un modèle de modes » (un fichier JSON, jamais un pickle). Vide : le modèle fourni avec Tracemob.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="127"/>
        <source>Minimum model confidence (below: rules)</source>
        <translation>Confiance minimale du modèle (en dessous : règles)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="129"/>
        <source>When the model&apos;s confidence for a leg is below this (0 to 1), speed-band rules decide its mode instead (mode_source = rules).</source>
        <translation>Quand la confiance du modèle pour un trajet est inférieure à cette valeur (de 0 à 1), des règles par tranches de vitesse décident de son mode à sa place (mode_source = rules).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="132"/>
        <location filename="../processing/algorithms/infer_modes.py" line="211"/>
        <source>Legs with modes</source>
        <translation>Trajets avec modes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="133"/>
        <source>The legs with their mode (walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, ferry, plane, wait or unknown), mode_confidence (0-1) and mode_source (user, model or rules); with public-transport stops, the walks to and from the stop and the waits there are legs of their own (split_from names the leg cut).</source>
        <translation>Les trajets avec leur mode (walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, ferry, plane, wait ou unknown), mode_confidence (0-1) et mode_source (user, model ou rules) ; avec les arrêts de transport en commun, les marches vers et depuis l&apos;arrêt et les attentes à l&apos;arrêt sont des trajets à part entière (split_from nomme le trajet coupé).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="184"/>
        <source>{n} legs. Modes: {modes}. Sources: {sources}.</source>
        <translation>{n} trajets. Modes : {modes}. Origines : {sources}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="188"/>
        <source>{n} legs matched to a scheduled trip of the GTFS feed; routes: {routes}.</source>
        <translation>{n} trajets appariés à une course prévue du flux GTFS ; lignes : {routes}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="192"/>
        <source>{n} legs named by the OpenStreetMap route relations they follow: {routes}.</source>
        <translation>{n} trajets nommés par les relations de lignes OpenStreetMap qu&apos;ils suivent : {routes}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="196"/>
        <source>{n} public-transport legs cut at the stops: {walks} walks to or from a stop and {waits} waits at a stop are legs of their own (ids ending in _a, _e, _w; the ride keeps the leg&apos;s id; split_from names the leg cut).</source>
        <translation>{n} trajets en transport en commun coupés aux arrêts : {walks} marches vers ou depuis un arrêt et {waits} attentes à un arrêt sont des trajets à part entière (identifiants finissant par _a, _e, _w ; la partie en véhicule garde l&apos;identifiant du trajet ; split_from nomme le trajet coupé).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="202"/>
        <source>The legs carry the phone&apos;s motion activity (from the points): modes use it.</source>
        <translation>Les trajets élémentaires portent l&apos;activité de mouvement du téléphone (issue des points) : les modes l&apos;utilisent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="205"/>
        <source>No motion activity (neither on the legs nor as a table): modes come from the trajectories alone.</source>
        <translation>Aucune activité de mouvement (ni sur les trajets élémentaires ni en table) : les modes viennent des seules trajectoires.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_modes.py" line="208"/>
        <source>No public-transport network: bus, coach, tram, metro and ferry are not told apart from car.</source>
        <translation>Pas de réseau de transport collectif : le bus, l&apos;autocar, le tramway, le métro et le bateau ne sont pas distingués de la voiture.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="40"/>
        <source>Infer trip purposes</source>
        <translation>Déduire les motifs des déplacements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="43"/>
        <source>Gives every trip a purpose in the groups of the French EMC² survey: home, work, study, shopping, leisure, escort, personal business and other.

Places: the stays of each participant are grouped into places (clusters of stays within about 100 m, in the spirit of DBSCAN). Home is the place where the participant spends most nights (22:00-06:00, at least 2 nights observed); work or study is the place other than home where the participant regularly spends at least 3 hours of weekdays (08:00-19:00). Times are read in the time zone parameter.

Purposes: a purpose confirmed by the participant (purpose_confirm, in the trips layer or in the optional confirmed trips / labels table) always wins, with purpose_source = user. Otherwise a trip to home is home, a trip to the work place is work (study when the participant&apos;s own labels call that place school), a place the participant labelled on other trips keeps that label, and the remaining trips get a purpose from the arrival time, the weekday and the time spent at the destination, with a confidence (purpose_confidence, 0-1). Labels that participants gave to shops, leisure and other public places (never home or work) also count, as evidence, for the other participants&apos; trips ending within the place radius (advanced option). is_home_work marks commutes between home and work, either way.

Inputs: the trips and stays layers made by Segment trips for the same participants.

Personal data: the places layer shows where each participant lives and works, and the trips carry their purposes. Keep these outputs inside the authority; publish only aggregates (for example OD flows with the minimum-participants rule) or the shareable export.

When a participant has too little data for a home or a work place, the log says which participant and why. When nobody has enough data for a home the algorithm stops, unless purposes without home are allowed (advanced).</source>
        <translation>Attribue à chaque déplacement un motif parmi les regroupements de l&apos;enquête EMC² : domicile, travail, études, achats, loisirs, accompagnement, affaires personnelles et autre.

Lieux : les arrêts de chaque participant sont regroupés en lieux (agrégats d&apos;arrêts distants d&apos;environ 100 m au plus, dans l&apos;esprit de DBSCAN). Le domicile est le lieu où le participant passe le plus de nuits (22:00-06:00, au moins 2 nuits observées) ; le travail ou les études, le lieu autre que le domicile où le participant passe régulièrement au moins 3 heures en semaine (08:00-19:00). Les heures sont lues dans le fuseau horaire choisi en paramètre.

Motifs : un motif confirmé par le participant (purpose_confirm, dans la couche des déplacements ou dans la table facultative des déplacements confirmés / libellés) l&apos;emporte toujours, avec purpose_source = user. Sinon, un déplacement vers le domicile a pour motif domicile, un déplacement vers le lieu de travail a pour motif travail (études quand les libellés du participant lui-même désignent ce lieu comme école), un lieu que le participant a étiqueté lors d&apos;autres déplacements garde ce libellé, et les déplacements restants reçoivent un motif déduit de l&apos;heure d&apos;arrivée, du jour de la semaine et du temps passé à destination, avec une confiance (purpose_confidence, 0-1). Les libellés donnés par les participants à des commerces, des lieux de loisirs et d&apos;autres lieux publics (jamais au domicile ou au travail) comptent aussi, comme indices, pour les déplacements des autres participants qui se terminent dans le rayon du lieu (option avancée). is_home_work marque les déplacements domicile-travail, dans un sens comme dans l&apos;autre.

Entrées : les couches des déplacements et des arrêts produites par « Découper en déplacements » pour les mêmes participants.

Données personnelles : la couche des lieux montre où chaque participant habite et travaille, et les déplacements portent leurs motifs. Gardez ces sorties au sein de la collectivité ; ne publiez que des agrégats (par exemple des flux OD avec la règle du nombre minimal de participants) ou l&apos;export partageable.

Quand un participant a trop peu de données pour un domicile ou un lieu de travail, le journal indique quel participant et pourquoi. Quand personne n&apos;a assez de données pour un domicile, l&apos;algorithme s&apos;arrête, sauf si les motifs sans domicile sont autorisés (option avancée).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="71"/>
        <source>Trips (from Segment trips)</source>
        <translation>Déplacements (issus de « Découper en déplacements »)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="72"/>
        <source>The trips of &apos;Segment trips&apos; (with origin_stay_id and destination_stay_id); a purpose_confirm field, when present, is the participant&apos;s own answer.</source>
        <translation>Les déplacements de « Découper en déplacements » (avec origin_stay_id et destination_stay_id) ; un champ purpose_confirm, s&apos;il existe, est la réponse du participant lui-même.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="75"/>
        <source>Stays (from Segment trips)</source>
        <translation>Arrêts (issus de « Découper en déplacements »)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="76"/>
        <source>The stays of &apos;Segment trips&apos; for the same participants: they are grouped into places, among which home and work are found.</source>
        <translation>Les arrêts de « Découper en déplacements » pour les mêmes participants : ils sont regroupés en lieux, parmi lesquels on trouve le domicile et le travail.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="79"/>
        <source>Confirmed trips or labels with purpose_confirm (optional)</source>
        <translation>Déplacements confirmés ou libellés avec purpose_confirm (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="81"/>
        <source>Confirmed trips or labels with user_id, start_time, end_time and purpose_confirm (from the import algorithms), matched to the trips by participant and time. A confirmed purpose always wins. Optional.</source>
        <translation>Déplacements confirmés ou libellés avec user_id, start_time, end_time et purpose_confirm (issus des algorithmes d&apos;import), associés aux déplacements par participant et par heure. Un motif confirmé l&apos;emporte toujours. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="85"/>
        <source>Time zone of the study (nights, working hours)</source>
        <translation>Fuseau horaire de l&apos;enquête (nuits, heures de travail)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="86"/>
        <source>IANA name of the study&apos;s time zone (Europe/Paris...): nights (home) and weekday working hours (work) are local times.</source>
        <translation>Nom IANA du fuseau horaire de l&apos;étude (Europe/Paris...) : les nuits (domicile) et les heures de travail en semaine (travail) sont en heure locale.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="89"/>
        <source>Place radius (m)</source>
        <translation>Rayon d&apos;un lieu (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="92"/>
        <source>Stays closer than about this distance (m) are the same place. It is also the distance within which a trip end takes a participant&apos;s nearest place, and other participants&apos; labels count as evidence.</source>
        <translation>Des arrêts plus proches qu&apos;environ cette distance (m) sont le même lieu. C&apos;est aussi la distance dans laquelle une extrémité de déplacement prend le lieu le plus proche du participant, et dans laquelle les libellés des autres participants comptent comme indices.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="96"/>
        <source>Infer purposes even when no participant has a home</source>
        <translation>Déduire les motifs même si aucun participant n&apos;a de domicile</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="99"/>
        <source>Go on when no participant has enough nights of data for a home (the purposes then rest on the other rules); otherwise the algorithm stops and says why.</source>
        <translation>Continuer quand aucun participant n&apos;a assez de nuits de données pour un domicile (les motifs reposent alors sur les autres règles) ; sinon l&apos;algorithme s&apos;arrête et dit pourquoi.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="102"/>
        <source>Use the participants&apos; labels of shops, leisure and other public places for everyone&apos;s trips ending there</source>
        <translation>Utiliser les libellés des participants pour les commerces, lieux de loisirs et autres lieux publics pour tous les déplacements qui s&apos;y terminent</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="106"/>
        <source>Let the purposes participants gave to shops, leisure and other public places (never home or work) count, as evidence, for everyone&apos;s unlabelled trips ending within the place radius.</source>
        <translation>Faire compter, comme indices, les motifs que des participants ont donnés aux commerces, lieux de loisirs et autres lieux publics (jamais le domicile ni le travail) pour les déplacements non libellés de tous qui se terminent dans le rayon du lieu.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="110"/>
        <location filename="../processing/algorithms/infer_purposes.py" line="219"/>
        <source>Trips with purposes</source>
        <translation>Déplacements avec motifs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="111"/>
        <source>The trips with purpose (EMC² groups: home, work, study, shopping, leisure, escort, personal business, other), purpose_confidence (0-1), purpose_source (user or model), the places at both ends and is_home_work.</source>
        <translation>Les déplacements avec purpose (groupes de l&apos;EMC² : home, work, study, shopping, leisure, escort, personal business, other), purpose_confidence (0-1), purpose_source (user ou model), les lieux aux deux extrémités et is_home_work.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="115"/>
        <source>Places (home and work: personal data)</source>
        <translation>Lieux (domicile et travail : données personnelles)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="117"/>
        <source>The places of every participant (clusters of stays), with the home and work flags and their labels. Personal data: keep it inside the authority.</source>
        <translation>Les lieux de chaque participant (regroupements d&apos;arrêts), avec les indicateurs domicile et travail et leurs libellés. Données personnelles : à garder au sein de la collectivité.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="120"/>
        <source>Home and work per participant (personal data)</source>
        <translation>Domicile et travail par participant (données personnelles)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="122"/>
        <source>One row per participant: home and work places with their confidence, or why none was found. Personal data: keep it inside the authority. Optional.</source>
        <translation>Une ligne par participant : lieux de domicile et de travail avec leur confiance, ou la raison pour laquelle aucun n&apos;a été trouvé. Données personnelles : à garder au sein de la collectivité. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="139"/>
        <source>The stays layer lacks the field(s) {fields} (use the stays made by Segment trips).</source>
        <translation>Il manque à la couche des arrêts le(s) champ(s) {fields} (utilisez les arrêts produits par « Découper en déplacements »).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="150"/>
        <source>The labels table has no purpose_confirm field (fields: {fields}).</source>
        <translation>La table des libellés n&apos;a pas de champ purpose_confirm (champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="155"/>
        <source>The labels table lacks the field(s) {fields} (use the confirmed trips or labels made by Import travel traces).</source>
        <translation>Il manque à la table des libellés le(s) champ(s) {fields} (utilisez les déplacements confirmés ou les libellés produits par « Importer des traces de déplacement »).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="171"/>
        <location filename="../processing/algorithms/od_flows.py" line="139"/>
        <source>The trips layer lacks the field(s) {fields} (use the trips made by Segment trips).</source>
        <translation>Il manque à la couche des déplacements le(s) champ(s) {fields} (utilisez les déplacements produits par « Découper en déplacements »).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="184"/>
        <source>The trips have no {field} field: purposes come from the time of day only.</source>
        <translation>Les déplacements n&apos;ont pas de champ {field} : les motifs sont déduits de la seule heure de la journée.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="194"/>
        <source>{trips} trips and {stays} stays of {users} participant(s).</source>
        <translation>{trips} déplacements et {stays} arrêts de {users} participant(s).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="205"/>
        <source>... and {n} more participant(s) without home or work.</source>
        <translation>… et {n} autre(s) participant(s) sans domicile ou sans travail.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="209"/>
        <source>Home found for {h} of {n} participant(s), work or study for {w}.</source>
        <translation>Domicile trouvé pour {h} participant(s) sur {n}, travail ou études pour {w}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="211"/>
        <source>Purposes: {counts}; {user} given by the participants, {hw} home-work commutes.</source>
        <translation>Motifs : {counts} ; {user} donnés par les participants, {hw} déplacements domicile-travail.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/infer_purposes.py" line="225"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="47"/>
        <location filename="../processing/algorithms/modal_share.py" line="125"/>
        <location filename="../processing/algorithms/modal_share.py" line="257"/>
        <source>Modal share by zone</source>
        <translation>Part modale par zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="50"/>
        <source>Counts trips by main mode and computes the modal shares by number of trips, by distance and by travel time, for each zone and for the whole study.

Main mode: a trip gets the highest mode of its legs in this hierarchy, in the spirit of the French EMC² survey standard: plane &gt; train &gt; coach &gt; ferry &gt; metro &gt; tram &gt; bus &gt; car &gt; motorcycle &gt; e-scooter &gt; e-bike &gt; bike &gt; unknown &gt; walk. A trip is a walking trip only when all its legs are walking. The whole trip distance and duration go to its main mode.

Inputs: the trips layer (origin = first vertex) and the legs layer with a mode field (mode inference output), optionally a polygon zone layer (communes, IRIS, a grid; any CRS, reprojected) and a period. Zoning: by origin zone of the trip, or by home zone of the user (home = where the user&apos;s first trip of the day most often starts).

Privacy: a zone with fewer trips or fewer distinct users than the thresholds is masked: its values are left empty. Optionally mode cells with too few users are masked too. The default is 10 distinct users; a lower threshold is logged as a warning.

Outputs: the zone layer (fields n_&lt;mode&gt;, sh_&lt;mode&gt; = % of trips, km_&lt;mode&gt;, shkm_&lt;mode&gt; = % of distance, h_&lt;mode&gt;, shh_&lt;mode&gt; = % of time) styled with pie charts, a table with one row per zone and mode (zone ALL = whole study) and a PNG chart.</source>
        <translation>Compte les déplacements par mode principal et calcule les parts modales en nombre de déplacements, en distance et en temps de déplacement, pour chaque zone et pour l&apos;ensemble de l&apos;enquête.

Mode principal : un déplacement prend le mode le plus élevé de ses trajets dans cette hiérarchie, dans l&apos;esprit du standard Cerema des enquêtes EMC² : avion &gt; train &gt; autocar &gt; bateau &gt; métro &gt; tramway &gt; bus &gt; voiture &gt; deux-roues motorisé &gt; trottinette électrique &gt; vélo à assistance électrique &gt; vélo &gt; inconnu &gt; marche. Un déplacement n&apos;est compté à pied que si tous ses trajets sont à pied. Toute la distance et toute la durée du déplacement vont à son mode principal.

Entrées : la couche des déplacements (origine = premier sommet) et la couche des trajets avec un champ mode (sortie de l&apos;inférence des modes), et en option une couche de zones polygonales (communes, IRIS, carroyage ; tout SCR, reprojeté) et une période. Zonage : par zone d&apos;origine du déplacement, ou par zone de domicile de l&apos;utilisateur (domicile = lieu d&apos;où part le plus souvent son premier déplacement de la journée).

Confidentialité : une zone comptant moins de déplacements ou moins d&apos;utilisateurs distincts que les seuils est masquée : ses valeurs restent vides. En option, les cases de mode avec trop peu d&apos;utilisateurs sont aussi masquées. Le seuil par défaut est de 10 utilisateurs distincts ; un seuil plus bas est signalé par un avertissement dans le journal.

Sorties : la couche des zones (champs n_&lt;mode&gt;, sh_&lt;mode&gt; = % des déplacements, km_&lt;mode&gt;, shkm_&lt;mode&gt; = % de la distance, h_&lt;mode&gt;, shh_&lt;mode&gt; = % du temps) représentée en diagrammes circulaires, une table avec une ligne par zone et par mode (zone ALL = ensemble de l&apos;enquête) et un graphique PNG.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="71"/>
        <source>The trips (from &apos;Segment trips&apos;); a trip starts at the first vertex of its line. With main_mode or mode fields, the legs below are not needed.</source>
        <translation>Les déplacements (issus de « Découper en déplacements ») ; un déplacement part du premier sommet de sa ligne. Avec un champ main_mode ou mode, les trajets ci-dessous ne sont pas nécessaires.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="74"/>
        <source>Legs with a mode field (empty: the trips carry main_mode or mode)</source>
        <translation>Trajets avec un champ mode (vide : les déplacements portent main_mode ou mode)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="76"/>
        <source>The legs with a mode field (from &apos;Infer transport modes&apos;): each trip&apos;s main mode is the highest mode of its legs (plane &gt; train &gt; coach &gt; ferry &gt; metro &gt; tram &gt; bus &gt; car &gt; motorcycle &gt; e-scooter &gt; e-bike &gt; bike &gt; unknown &gt; walk). Empty: the trips carry main_mode or mode.</source>
        <translation>Les trajets avec un champ mode (issus de « Déduire les modes de transport ») : le mode principal de chaque déplacement est le plus haut des modes de ses trajets (plane &gt; train &gt; coach &gt; ferry &gt; metro &gt; tram &gt; bus &gt; car &gt; motorcycle &gt; e-scooter &gt; e-bike &gt; bike &gt; unknown &gt; walk). Vide : les déplacements portent main_mode ou mode.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="80"/>
        <source>Zones (polygons; empty: whole study only)</source>
        <translation>Zones (polygones ; vide : ensemble de l&apos;enquête seulement)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="82"/>
        <source>Polygons to count the trips in (communes, IRIS, a grid...), in any CRS. Empty: only the whole study.</source>
        <translation>Polygones dans lesquels compter les déplacements (communes, IRIS, un carroyage...), dans tout SCR. Vide : seulement l&apos;ensemble de l&apos;étude.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="90"/>
        <source>Trips are counted in</source>
        <translation>Les déplacements sont comptés dans</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="91"/>
        <source>The zone of their origin</source>
        <translation>La zone de leur origine</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="91"/>
        <source>The home zone of their user</source>
        <translation>La zone de domicile de leur utilisateur</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="93"/>
        <source>Where a trip is counted: in the zone of its origin, or in the home zone of its participant (home = where the participant&apos;s first trip of the day most often starts).</source>
        <translation>Où un déplacement est compté : dans la zone de son origine, ou dans la zone de domicile de son participant (domicile = là où part le plus souvent le premier déplacement de la journée du participant).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="97"/>
        <source>Mask zones with fewer distinct users than</source>
        <translation>Masquer les zones ayant moins d&apos;utilisateurs distincts que</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="98"/>
        <source>Privacy: a zone whose trips come from fewer distinct participants than this is masked (its values left empty). The default 10 is the project&apos;s rule; it cannot go below 2, and lowering it is logged as a warning.</source>
        <translation>Confidentialité : une zone dont les déplacements viennent de moins de participants distincts que ce nombre est masquée (ses valeurs laissées vides). La valeur par défaut, 10, est la règle du projet ; elle ne peut pas descendre sous 2, et l&apos;abaisser est signalé par un avertissement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="102"/>
        <source>Mask zones with fewer trips than</source>
        <translation>Masquer les zones ayant moins de déplacements que</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="103"/>
        <source>A zone with fewer trips than this in the period is masked: too few to give a share.</source>
        <translation>Une zone qui compte moins de déplacements que ce nombre sur la période est masquée : trop peu pour donner une part.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="105"/>
        <source>Also mask modes used by fewer users than the threshold in a zone</source>
        <translation>Masquer aussi les modes utilisés par moins d&apos;utilisateurs que le seuil dans une zone</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="107"/>
        <source>Also leave empty, in each zone, the modes used by fewer participants than the privacy threshold (a rare mode can point to a single person).</source>
        <translation>Laisser vides aussi, dans chaque zone, les modes utilisés par moins de participants que le seuil de confidentialité (un mode rare peut désigner une seule personne).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="110"/>
        <source>Chart measure</source>
        <translation>Mesure du graphique</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="111"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="111"/>
        <source>Travel time</source>
        <translation>Temps de déplacement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="112"/>
        <source>What the chart shows: the shares of the number of trips, of the distance travelled or of the time spent travelling.</source>
        <translation>Ce que montre le graphique : les parts du nombre de déplacements, de la distance parcourue ou du temps passé à se déplacer.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="114"/>
        <source>Time zone of the study (days, home)</source>
        <translation>Fuseau horaire de l&apos;enquête (jours, domicile)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="118"/>
        <source>IANA name of the study&apos;s time zone (Europe/Paris...): the days and the home zone are read in local time.</source>
        <translation>Nom IANA du fuseau horaire de l&apos;étude (Europe/Paris...) : les jours et la zone de domicile sont lus en heure locale.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="120"/>
        <source>The weights of &apos;Weight the panel to the population&apos; (a table with user_id and weight): the shares are then weighted, each trip counting its participant&apos;s weight. Counts and privacy thresholds stay on the real participants. Empty: every participant counts 1.</source>
        <translation>Les poids de « Pondérer le panel sur la population » (une table avec user_id et weight) : les parts sont alors pondérées, chaque déplacement comptant pour le poids de son participant. Les effectifs et les seuils de confidentialité restent calculés sur les participants réels. Vide : chaque participant compte pour 1.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="126"/>
        <source>The zones with, for every mode, the number of trips (n_&lt;mode&gt;), their share (sh_&lt;mode&gt;, %), the kilometres and hours (km_, h_) and their shares (shkm_, shh_); drawn with pie charts.</source>
        <translation>Les zones avec, pour chaque mode, le nombre de déplacements (n_&lt;mode&gt;), leur part (sh_&lt;mode&gt;, %), les kilomètres et les heures (km_, h_) et leurs parts (shkm_, shh_) ; représentées par des diagrammes circulaires.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="130"/>
        <source>Modal share table</source>
        <translation>Table des parts modales</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="131"/>
        <source>The same figures as a table, one row per zone and mode; the zone ALL is the whole study.</source>
        <translation>Les mêmes chiffres sous forme de table, une ligne par zone et par mode ; la zone ALL est l&apos;ensemble de l&apos;étude.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="134"/>
        <source>Modal share chart (PNG)</source>
        <translation>Graphique des parts modales (PNG)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="135"/>
        <source>A PNG chart of the modal shares per zone (measure chosen above). Optional.</source>
        <translation>Un graphique PNG des parts modales par zone (mesure choisie ci-dessus). Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="174"/>
        <location filename="../processing/algorithms/od_flows.py" line="120"/>
        <source>{n} zone(s) without geometry were ignored.</source>
        <translation>{n} zone(s) sans géométrie ont été ignorées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="176"/>
        <location filename="../processing/algorithms/od_flows.py" line="122"/>
        <source>Zone identifiers are not unique in field &apos;{field}&apos;.</source>
        <translation>Les identifiants de zones ne sont pas uniques dans le champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="189"/>
        <location filename="../processing/algorithms/od_flows.py" line="126"/>
        <source>{n} zones; identifier field: {field}; CRS {crs} (reprojected to EPSG:4326 for the point-in-polygon test).</source>
        <translation>{n} zones ; champ identifiant : {field} ; SCR {crs} (reprojeté en EPSG:4326 pour le test point dans polygone).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="205"/>
        <source>{n} replicate weights read: each weighted trip share gets its 95 % range (share_trips_low, share_trips_high in the table; lo_&lt;mode&gt;, hi_&lt;mode&gt; on the zones).</source>
        <translation>{n} poids répliqués lus : chaque part pondérée des déplacements reçoit son intervalle à 95 % (share_trips_low, share_trips_high dans la table ; lo_&lt;mode&gt;, hi_&lt;mode&gt; sur les zones).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="227"/>
        <source>{n} participant(s) without a weight count 0 in the weighted shares.</source>
        <translation>{n} participant(s) sans poids compte(nt) pour 0 dans les parts pondérées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="231"/>
        <source>{n} trips in the period; {masked} zone(s) masked (fewer than {users} users or {trips} trips).</source>
        <translation>{n} déplacements sur la période ; {masked} zone(s) masquée(s) (moins de {users} utilisateurs ou de {trips} déplacements).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="235"/>
        <source>The whole study has fewer users or trips than the thresholds: every value is masked.</source>
        <translation>L&apos;ensemble de l&apos;enquête compte moins d&apos;utilisateurs ou de déplacements que les seuils : toutes les valeurs sont masquées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="240"/>
        <source>{n} trip(s) outside every zone (counted in ALL only).</source>
        <translation>{n} déplacement(s) hors de toute zone (comptés seulement dans ALL).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/modal_share.py" line="248"/>
        <source>Zone field(s) {fields} are replaced by the computed values.</source>
        <translation>Le(s) champ(s) de zone {fields} sont remplacés par les valeurs calculées.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="37"/>
        <source>Origin-destination flows</source>
        <translation>Flux origine-destination</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="40"/>
        <source>Counts the trips between zones (communes, IRIS, a grid) over a period, optionally for one main mode or one purpose, and draws desire lines.

A trip goes from the zone holding its first point to the zone holding its last point. Trips starting or ending outside every zone are left out (their number is logged). Trips inside one zone are kept as intra-zone flows (in the table, not drawn).

Inputs: the trips layer (Segment trips; Infer trip purposes for the purpose filter; a main_mode or mode field for the mode filter) and a polygon zone layer in any CRS.

Privacy: an origin-destination pair made by fewer distinct participants than the threshold (default 10) is suppressed, or merged into one &apos;other&apos; row (itself suppressed if it still has too few participants). The threshold cannot be below 2; lowering it below 10 logs a warning: such outputs must not leave the authority.

Outputs: the OD table (origin_zone, destination_zone, n_trips, n_users, share = % of the trips between the zones in the period, intra) and the desire lines between the zones&apos; centres, drawn wider with more trips.</source>
        <translation>Compte les déplacements entre zones (communes, IRIS, carroyage) sur une période, en option pour un seul mode principal ou un seul motif, et trace les lignes de désir.

Un déplacement va de la zone qui contient son premier point à la zone qui contient son dernier point. Les déplacements qui partent ou arrivent hors de toute zone sont écartés (leur nombre est indiqué dans le journal). Les déplacements internes à une zone sont gardés comme flux intrazonaux (dans la table, mais non tracés).

Entrées : la couche des déplacements (« Découper en déplacements » ; « Déduire les motifs des déplacements » pour le filtre par motif ; un champ main_mode ou mode pour le filtre par mode) et une couche de zones polygonales dans tout SCR.

Confidentialité : une paire origine-destination formée par moins de participants distincts que le seuil (10 par défaut) est supprimée, ou regroupée dans une ligne « other » (elle-même supprimée si elle compte encore trop peu de participants). Le seuil ne peut pas être inférieur à 2 ; l&apos;abaisser sous 10 produit un avertissement dans le journal : de telles sorties ne doivent pas sortir de la collectivité.

Sorties : la table OD (origin_zone, destination_zone, n_trips, n_users, share = % des déplacements entre les zones sur la période, intra) et les lignes de désir entre les centres des zones, d&apos;autant plus larges qu&apos;il y a de déplacements.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="58"/>
        <source>Trips (with purposes for the purpose filter)</source>
        <translation>Déplacements (avec motifs pour le filtre par motif)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="59"/>
        <source>The trips to count (from &apos;Segment trips&apos;); a trip goes from the zone of its first point to the zone of its last point. The purpose filter needs the purpose field of &apos;Infer trip purposes&apos;, the mode filter a main_mode or mode field.</source>
        <translation>Les déplacements à compter (issus de « Découper en déplacements ») ; un déplacement va de la zone de son premier point à la zone de son dernier point. Le filtre par motif demande le champ purpose de « Déduire les motifs des déplacements », le filtre par mode un champ main_mode ou mode.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="63"/>
        <source>Zones (polygons)</source>
        <translation>Zones (polygones)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="64"/>
        <source>The polygons between which the flows are counted (communes, IRIS, a grid...), in any CRS. Trips starting or ending outside every zone are left out.</source>
        <translation>Les polygones entre lesquels les flux sont comptés (communes, IRIS, un carroyage...), dans tout SCR. Les déplacements qui partent ou arrivent hors de toute zone sont écartés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="73"/>
        <source>Only trips with main mode</source>
        <translation>Seulement les déplacements de mode principal</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="74"/>
        <source>All modes</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="75"/>
        <source>Count only the trips of this main mode. Default: all modes.</source>
        <translation>Ne compter que les déplacements de ce mode principal. Par défaut : tous les modes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="77"/>
        <source>Only trips with purpose</source>
        <translation>Seulement les déplacements de motif</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="78"/>
        <source>All purposes</source>
        <translation>Tous les motifs</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="80"/>
        <source>Count only the trips of this purpose (EMC² groups, from &apos;Infer trip purposes&apos;). Default: all purposes.</source>
        <translation>Ne compter que les déplacements de ce motif (groupes de l&apos;EMC², issus de « Déduire les motifs des déplacements »). Par défaut : tous les motifs.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="83"/>
        <source>Minimum distinct participants per pair (privacy)</source>
        <translation>Nombre minimal de participants distincts par paire (confidentialité)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="84"/>
        <source>Privacy: a pair of zones travelled by fewer distinct participants than this is not published. The default 10 is the project&apos;s rule; it cannot go below 2, and lowering it is logged as a warning.</source>
        <translation>Confidentialité : une paire de zones parcourue par moins de participants distincts que ce nombre n&apos;est pas publiée. La valeur par défaut, 10, est la règle du projet ; elle ne peut pas descendre sous 2, et l&apos;abaisser est signalé par un avertissement.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="88"/>
        <source>Pairs with fewer participants</source>
        <translation>Paires avec moins de participants</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="89"/>
        <source>Suppress them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="89"/>
        <source>Merge them into &apos;other&apos;</source>
        <translation>Les regrouper dans « other »</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="91"/>
        <source>What happens to the pairs below the threshold: suppressed, or merged into one &apos;other&apos; row (itself suppressed when it still has too few participants).</source>
        <translation>Ce que deviennent les paires sous le seuil : supprimées, ou regroupées en une ligne « other » (elle-même supprimée si elle compte encore trop peu de participants).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="93"/>
        <source>The weights of &apos;Weight the panel to the population&apos;: the matrix then also gives trips_weighted (each trip counted with its participant&apos;s weight: the population&apos;s trips in the period) and share_weighted (%). The threshold still counts real participants.</source>
        <translation>Les poids de « Pondérer le panel sur la population » : la matrice donne alors aussi trips_weighted (chaque déplacement compté avec le poids de son participant : les déplacements de la population sur la période) et share_weighted (%). Le seuil compte toujours les participants réels.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="98"/>
        <source>OD matrix</source>
        <translation>Matrice OD</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="99"/>
        <source>The origin-destination table: origin_zone, destination_zone, n_trips, n_users, share (% of the trips between the zones in the period) and intra (trips inside one zone).</source>
        <translation>La table origine-destination : origin_zone, destination_zone, n_trips, n_users, share (% des déplacements entre les zones sur la période) et intra (déplacements internes à une zone).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="102"/>
        <location filename="../processing/algorithms/od_flows.py" line="183"/>
        <source>Desire lines</source>
        <translation>Lignes de désir</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="103"/>
        <source>Desire lines between the zones&apos; centres, wider with more trips (intra-zone flows are not drawn). Optional.</source>
        <translation>Lignes de désir entre les centres des zones, plus épaisses avec plus de déplacements (les flux internes à une zone ne sont pas dessinés). Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="159"/>
        <source>{n} participant(s) without a weight count 0 in the weighted flows.</source>
        <translation>{n} participant(s) sans poids comptent pour 0 dans les flux pondérés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="164"/>
        <source>{n} trips of {users} participant(s) between the zones ({outside} left out: start or end outside every zone).</source>
        <translation>{n} déplacements de {users} participant(s) entre les zones ({outside} écartés : départ ou arrivée hors de toute zone).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="167"/>
        <source>{pairs} pair(s) with fewer than {k} participants ({trips} trips): {action}.</source>
        <translation>{pairs} paire(s) avec moins de {k} participants ({trips} déplacements) : {action}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="169"/>
        <source>suppressed</source>
        <translation>supprimée(s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="170"/>
        <source>merged into &apos;other&apos;</source>
        <translation>regroupée(s) dans « other »</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/od_flows.py" line="172"/>
        <source>Every pair has fewer participants than the threshold: the table is empty.</source>
        <translation>Toutes les paires ont moins de participants que le seuil : la table est vide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="45"/>
        <location filename="../processing/algorithms/segment_travel_times.py" line="129"/>
        <location filename="../processing/algorithms/segment_travel_times.py" line="193"/>
        <source>Segment travel times</source>
        <translation>Temps de parcours par tronçon</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="48"/>
        <source>Travel times street by street: the legs are matched to your road network (hidden Markov model map matching, after Newson and Krumm), each road segment driven gets an entry and an exit time, and the travel times are summarised per segment, direction and time-of-day band.

Inputs: the legs of &apos;Segment trips&apos; or &apos;Infer transport modes&apos; (lines whose M value is the time of each point), or a points layer with a leg identifier field (used only when no legs layer is given). The road network is any line layer (an OpenStreetMap extract, the IGN BD TOPO &apos;troncon_de_route&apos; layer...) in any CRS: it is reprojected to WGS84, cut at junctions into segments, and its one-way field (OSM oneway, BD TOPO sens) is read so that nobody is matched against a one-way street.

Legs used: by default motorised road traffic only (car, carpool, bus, motorcycle...; walking, cycling, rail and plane legs and legs of unknown mode are left out). Legs without a mode field are all used, with a warning.

Time bands are local hours (time zone parameter), e.g. 7-9,9-16,16-19 for the morning peak, the day and the evening peak; a band may wrap midnight (22-6). Segments cut at the start or end of a leg (partial traversals) are dropped, or pro-rated to the whole segment when at least half of it was driven.

Output: one line per segment, direction and time band, drawn in the direction of travel (each direction on its own side of the road). Filter it with the band field (e.g. band = &apos;07-09&apos;) to map one period. Fields: n_traversals, n_users (distinct participants), tt_mean_s, tt_median_s, tt_p85_s (travel time in seconds), speed_median_kmh, free_flow_tt_s (the free-flow travel time: by default the time of the fastest 15 % of traversals over the whole day), speed_ratio (free-flow time / median time: 1 = free flow, 0.5 = twice as slow), delay_s (median minus free-flow time), low_sample (fewer traversals or participants than the minimum sample) and masked (seen by fewer participants than the privacy threshold: values hidden). With participant weights, traversals_weighted gives the population&apos;s traversals (weighted volume), beside the raw count. The map colours the segments by speed ratio, from green (flowing) to red (congested); grey = too few trips to tell. Without a filter, each segment shows its most congested band.

Optional outputs: the table of every traversal (one row per segment driven by a leg, with its entry and exit times) and a PNG chart of the median and 85th percentile travel times per band of the busiest segments (or of the segments you list).</source>
        <translation>Temps de parcours rue par rue : les trajets sont recalés sur votre réseau routier (map matching par modèle de Markov caché, d&apos;après Newson et Krumm), chaque tronçon parcouru reçoit une heure d&apos;entrée et une heure de sortie, et les temps de parcours sont résumés par tronçon, par sens et par tranche horaire.

Entrées : les trajets de « Découper en déplacements » ou de « Déduire les modes de transport » (lignes dont la valeur M est l&apos;heure de chaque point), ou une couche de points avec un champ identifiant de trajet (utilisée seulement si aucune couche de trajets n&apos;est fournie). Le réseau routier est n&apos;importe quelle couche de lignes (un extrait OpenStreetMap, la couche « troncon_de_route » de la BD TOPO de l&apos;IGN…) dans tout SCR : il est reprojeté en WGS84, découpé aux carrefours en tronçons, et son champ de sens unique (oneway d&apos;OSM, sens de la BD TOPO) est lu pour que personne ne soit recalé à contresens d&apos;une rue à sens unique.

Trajets utilisés : par défaut la circulation routière motorisée seulement (voiture, covoiturage, bus, deux-roues motorisé… ; les trajets à pied, à vélo, en train ou en avion et les trajets de mode inconnu sont écartés). Si les trajets n&apos;ont pas de champ mode, ils sont tous utilisés, avec un avertissement.

Les tranches horaires sont en heures locales (paramètre de fuseau horaire), p. ex. 7-9,9-16,16-19 pour l&apos;heure de pointe du matin, la journée et l&apos;heure de pointe du soir ; une tranche peut passer minuit (22-6). Les tronçons coupés au début ou à la fin d&apos;un trajet (passages partiels) sont écartés, ou ramenés au tronçon entier au prorata quand au moins la moitié en a été parcourue.

Sortie : une ligne par tronçon, sens et tranche horaire, dessinée dans le sens de circulation (chaque sens de son côté de la chaussée). Filtrez-la avec le champ band (p. ex. band = &apos;07-09&apos;) pour cartographier une période. Champs : n_traversals, n_users (participants distincts), tt_mean_s, tt_median_s, tt_p85_s (temps de parcours en secondes), speed_median_kmh, free_flow_tt_s (le temps de parcours en circulation fluide : par défaut le temps des 15 % de passages les plus rapides sur toute la journée), speed_ratio (temps fluide / temps médian : 1 = circulation fluide, 0,5 = deux fois plus lent), delay_s (temps médian moins temps fluide), low_sample (moins de passages ou de participants que l&apos;échantillon minimal) et masked (observé par moins de participants que le seuil de confidentialité : valeurs masquées). Avec les poids des participants, traversals_weighted donne les passages de la population (volume pondéré), à côté du nombre brut. La carte colore les tronçons selon le rapport de vitesse, du vert (fluide) au rouge (congestionné) ; gris = trop peu de déplacements pour conclure. Sans filtre, chaque tronçon montre sa tranche horaire la plus congestionnée.

Sorties facultatives : la table de tous les passages (une ligne par tronçon parcouru par un trajet, avec ses heures d&apos;entrée et de sortie) et un graphique PNG des temps de parcours médians et du 85e centile par tranche horaire pour les tronçons les plus fréquentés (ou pour les tronçons que vous listez).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="88"/>
        <source>Segments cut at the start or end of a leg</source>
        <translation>Tronçons coupés au début ou à la fin d&apos;un trajet</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="89"/>
        <source>Drop them</source>
        <translation>Les écarter</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="90"/>
        <source>Pro-rate them to the whole segment (when at least half is driven)</source>
        <translation>Les ramener au tronçon entier au prorata (quand au moins la moitié est parcourue)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="92"/>
        <source>A leg usually starts and ends inside a segment: such partial traversals are dropped, or their time is pro-rated to the whole segment when at least half of it was driven.</source>
        <translation>Un trajet commence et finit en général au milieu d&apos;un tronçon : ces passages partiels sont écartés, ou leur temps est ramené au tronçon entier quand au moins la moitié en a été parcourue.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="95"/>
        <source>Minimum sample: traversals per segment, direction and band</source>
        <translation>Échantillon minimal : passages par tronçon, sens et tranche horaire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="97"/>
        <source>A segment, direction and band with fewer traversals than this is flagged low_sample: its figures are shown but are not reliable.</source>
        <translation>Un tronçon, sens et tranche horaire qui compte moins de passages que ce nombre est marqué low_sample : ses chiffres sont affichés mais ne sont pas fiables.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="100"/>
        <source>Minimum sample: distinct participants per segment, direction and band</source>
        <translation>Échantillon minimal : participants distincts par tronçon, sens et tranche horaire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="102"/>
        <source>A segment, direction and band driven by fewer distinct participants than this is flagged low_sample (a few people&apos;s habits do not make a travel time).</source>
        <translation>Un tronçon, sens et tranche horaire parcouru par moins de participants distincts que ce nombre est marqué low_sample (les habitudes de quelques personnes ne font pas un temps de parcours).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="106"/>
        <source>Free-flow travel time (reference of the speed ratio)</source>
        <translation>Temps de parcours en circulation fluide (référence du rapport de vitesse)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="107"/>
        <source>Fastest 15 % of the segment&apos;s traversals over the day</source>
        <translation>Les 15 % de passages les plus rapides sur le tronçon dans la journée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="108"/>
        <source>Median at night (22 h - 6 h), else the fastest 15 %</source>
        <translation>Médiane de nuit (22 h - 6 h), sinon les 15 % les plus rapides</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="109"/>
        <source>Length at the speed limit</source>
        <translation>Longueur à la vitesse maximale autorisée</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="110"/>
        <source>The reference of the speed ratio and the delay: the time of the fastest 15 % of the segment&apos;s traversals over the day, the median at night (22 h - 6 h) where the segment was driven at night (else the fastest 15 %), or the segment&apos;s length at the speed limit.</source>
        <translation>La référence du rapport de vitesse et du retard : le temps des 15 % de passages les plus rapides du tronçon sur la journée, la médiane de nuit (22 h - 6 h) là où le tronçon a été parcouru de nuit (sinon les 15 % les plus rapides), ou la longueur du tronçon à la vitesse limite.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="115"/>
        <source>Use only the traversals of Monday to Friday (local days), to compare working days with working days.</source>
        <translation>N&apos;utiliser que les passages du lundi au vendredi (jours locaux), pour comparer des jours ouvrés avec des jours ouvrés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="118"/>
        <source>Segments to chart (segment_id values, comma-separated; empty: the 6 busiest)</source>
        <translation>Tronçons à représenter (valeurs de segment_id, séparées par des virgules ; vide : les 6 plus fréquentés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="120"/>
        <source>The segment_id values to chart, comma-separated. Empty: the 6 segments with the most traversals.</source>
        <translation>Les valeurs de segment_id à représenter, séparées par des virgules. Vide : les 6 tronçons qui comptent le plus de passages.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="122"/>
        <source>The weights of &apos;Weight the panel to the population&apos;: each segment, direction and band then also gets traversals_weighted, the sum of the weights of the participants of its traversals (the population&apos;s traversals in the period), with its 95 % range (traversals_weighted_low, _high) when the weights have replicates, and margins (what the weights were raked to). Travel times, low_sample and the privacy threshold stay on the real participants. Empty: unweighted.</source>
        <translation>Les poids de « Pondérer le panel sur la population » : chaque tronçon, sens et tranche horaire reçoit alors aussi traversals_weighted, la somme des poids des participants de ses passages (les passages de la population sur la période), avec son intervalle à 95 % (traversals_weighted_low, _high) quand les poids ont des répliques, et margins (les marges sur lesquelles les poids ont été calés). Les temps de parcours, low_sample et le seuil de confidentialité restent sur les participants réels. Vide : sans pondération.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="130"/>
        <source>One line per segment, direction and time band, drawn in the direction of travel: traversals, participants, mean, median and 85th percentile travel times, median speed, free-flow time, speed ratio, delay, low_sample and masked.</source>
        <translation>Une ligne par tronçon, sens et tranche horaire, dessinée dans le sens de circulation : passages, participants, temps de parcours moyen, médian et au 85e centile, vitesse médiane, temps en circulation fluide, rapport de vitesse, retard, low_sample et masked.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="134"/>
        <source>Segment traversals</source>
        <translation>Passages sur les tronçons</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="135"/>
        <source>Every traversal of a segment by a leg, with its entry and exit times (UTC), travel time and covered length. Optional.</source>
        <translation>Chaque passage d&apos;un trajet sur un tronçon, avec ses heures d&apos;entrée et de sortie (UTC), son temps de parcours et la longueur parcourue. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="138"/>
        <source>Travel-time chart of the busiest segments (PNG)</source>
        <translation>Graphique des temps de parcours des tronçons les plus fréquentés (PNG)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="140"/>
        <source>A PNG chart of the median and 85th percentile travel times per band of the busiest segments (or of the segments listed above). Optional.</source>
        <translation>Un graphique PNG des temps de parcours médians et au 85e centile par tranche horaire des tronçons les plus fréquentés (ou des tronçons listés ci-dessus). Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="174"/>
        <source>{cells} segment x direction x band cells on {segs} segments from {used} complete traversals ({total} matched); {pub} published, {low} of them below the minimum sample.</source>
        <translation>{cells} cases tronçon x sens x tranche horaire sur {segs} tronçons, à partir de {used} passages complets ({total} recalés) ; {pub} publiées, dont {low} sous l&apos;échantillon minimal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_travel_times.py" line="222"/>
        <source>Segment &apos;{sid}&apos; has no travel times: give segment_id values of the output layer.</source>
        <translation>Le tronçon « {sid} » n&apos;a pas de temps de parcours : indiquez des valeurs de segment_id de la couche de sortie.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="53"/>
        <source>Dwell: e-mission&apos;s pipeline (a trip ends after a pause at a place)</source>
        <translation>Arrêt : la chaîne d&apos;e-mission (un déplacement se termine après une pause en un lieu)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="54"/>
        <source>Window: the fixes of a time window stay within the radius</source>
        <translation>Fenêtre : les points GPS d&apos;une fenêtre de temps restent dans le rayon</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="55"/>
        <source>Sliding: trackintel&apos;s anchor chain</source>
        <translation>Glissant : la chaîne d&apos;ancrage de trackintel</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="56"/>
        <source>Forward: the fixes after each fix</source>
        <translation>Vers l&apos;avant : les points GPS qui suivent chaque point</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="57"/>
        <source>Backward: the fixes before each fix</source>
        <translation>Vers l&apos;arrière : les points GPS qui précèdent chaque point</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="58"/>
        <source>Both: the fixes before and after each fix</source>
        <translation>Les deux : les points GPS avant et après chaque point</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="68"/>
        <source>Cleaning: drop fixes less accurate than (m)</source>
        <translation>Nettoyage : écarter les points GPS moins précis que (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="69"/>
        <source>Cleaning: near-duplicate window (s)</source>
        <translation>Nettoyage : fenêtre des quasi-doublons (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="70"/>
        <source>Cleaning: spike speed (m/s)</source>
        <translation>Nettoyage : vitesse d&apos;un point aberrant (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="71"/>
        <source>Cleaning: impossible speed (m/s)</source>
        <translation>Nettoyage : vitesse impossible (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="72"/>
        <source>Stay: radius (m)</source>
        <translation>Arrêt : rayon (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="73"/>
        <source>Stay: minimum duration (s)</source>
        <translation>Arrêt : durée minimale (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="74"/>
        <source>Stay: time gap that restarts detection (s, empty: never)</source>
        <translation>Arrêt : interruption qui relance la détection (s ; vide : jamais)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="75"/>
        <source>Stay: the end of the data can be a stay</source>
        <translation>Arrêt : la fin des données peut être un arrêt</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="76"/>
        <source>Gap: examine time gaps longer than (s)</source>
        <translation>Interruption : examiner les interruptions plus longues que (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="77"/>
        <source>Gap: a gap covered slower than this is time at the place (m/s)</source>
        <translation>Interruption : franchie plus lentement que ceci, elle compte comme temps passé sur place (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="78"/>
        <source>Gap: untracked time that cuts a trip (s)</source>
        <translation>Interruption : durée sans suivi qui coupe un déplacement (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="79"/>
        <source>Activity: minimum stay duration (s)</source>
        <translation>Activité : durée minimale de l&apos;arrêt (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="80"/>
        <source>Trip: starts and ends on the fixes of the stays</source>
        <translation>Déplacement : commence et finit sur les points GPS des arrêts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="81"/>
        <source>Trip: minimum number of moving fixes</source>
        <translation>Déplacement : nombre minimal de points GPS en mouvement</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="82"/>
        <source>Trip: minimum distance (m)</source>
        <translation>Déplacement : distance minimale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="83"/>
        <source>Leg: speed window (s)</source>
        <translation>Trajet : fenêtre de calcul de la vitesse (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="84"/>
        <source>Leg: walking speed limit (m/s)</source>
        <translation>Trajet : vitesse maximale de marche (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="85"/>
        <source>Leg: ignore &apos;walking&apos; motion above (m/s)</source>
        <translation>Trajet : ignorer l&apos;activité « marche » au-dessus de (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="86"/>
        <source>Leg: minimum duration (s)</source>
        <translation>Trajet : durée minimale (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="87"/>
        <source>Leg: minimum distance (m)</source>
        <translation>Trajet : distance minimale (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="88"/>
        <source>Motion: a reading applies for (s)</source>
        <translation>Activité de mouvement : durée de validité d&apos;un relevé (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="89"/>
        <source>Motion: readings at most this confident are ignored (0-100)</source>
        <translation>Activité de mouvement : les relevés de confiance inférieure ou égale sont ignorés (0-100)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="90"/>
        <source>Stay: detection method</source>
        <translation>Arrêt : méthode de détection</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="91"/>
        <source>Stay: window direction (window method)</source>
        <translation>Arrêt : sens de la fenêtre (méthode window)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="92"/>
        <source>Trip: move the start back to the departure time (e-mission)</source>
        <translation>Déplacement : ramener le début à l&apos;heure de départ (e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="93"/>
        <source>Stay: minimum number of fixes in the still window (dwell method)</source>
        <translation>Arrêt : nombre minimal de points GPS dans la fenêtre immobile (méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="94"/>
        <source>Stay: a trip restarts after a pause of (s, dwell method)</source>
        <translation>Arrêt : un déplacement reprend après une pause de (s, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="95"/>
        <source>Stay: core radius, farther fixes go to trips (m, window method, empty: none)</source>
        <translation>Arrêt : rayon du cœur, les points GPS plus éloignés vont aux déplacements (m, méthode window ; vide : aucun)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="96"/>
        <source>Stay: minimum number of fixes (window method)</source>
        <translation>Arrêt : nombre minimal de points GPS (méthode window)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="97"/>
        <source>Gap: longest gap with movement kept inside a trip (s)</source>
        <translation>Interruption : plus longue interruption avec mouvement gardée dans un déplacement (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="98"/>
        <source>Cleaning: longest burst of impossible fixes dropped (fixes)</source>
        <translation>Nettoyage : plus longue rafale de points GPS impossibles écartée (points GPS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="99"/>
        <source>Stay: radius for phones that record by distance, iOS (m, dwell method)</source>
        <translation>Arrêt : rayon pour les téléphones qui enregistrent à la distance, iOS (m, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="100"/>
        <source>Stay: gap that ends a trip of a phone that records by distance (s, dwell method)</source>
        <translation>Arrêt : interruption qui termine un déplacement d&apos;un téléphone qui enregistre à la distance (s, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="101"/>
        <source>Gap: untracked when the phone reappears this far away (m, dwell method)</source>
        <translation>Interruption : temps non suivi quand le téléphone réapparaît à cette distance (m, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="102"/>
        <source>Gap: the same for phones that record by distance (m, dwell method)</source>
        <translation>Interruption : idem pour les téléphones qui enregistrent à la distance (m, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="103"/>
        <source>Gap: untracked when reached slower than (m/s, dwell method)</source>
        <translation>Interruption : temps non suivi si la distance est parcourue plus lentement que (m/s, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="104"/>
        <source>Motion: iOS readings at most this confident are ignored (0-100, dwell method)</source>
        <translation>Activité de mouvement : les relevés iOS de confiance inférieure ou égale sont ignorés (0-100, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="105"/>
        <source>Gap: a ride the phone did not record covers at least (m, dwell method, not e-mission)</source>
        <translation>Interruption : un trajet non enregistré par le téléphone couvre au moins (m, méthode dwell, hors e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="106"/>
        <source>Gap: ... at least this fast (m/s, dwell method, not e-mission)</source>
        <translation>Interruption : ... au moins à cette vitesse (m/s, méthode dwell, hors e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="107"/>
        <source>Gap: ... between fixes moving at least this fast (m/s, dwell method, not e-mission)</source>
        <translation>Interruption : ... entre des points en mouvement au moins à cette vitesse (m/s, méthode dwell, hors e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="108"/>
        <source>Trip: a vehicle stop this short stays inside the trip (s, dwell method, not e-mission)</source>
        <translation>Déplacement : un arrêt du véhicule aussi court reste dans le déplacement (s, méthode dwell, hors e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="109"/>
        <source>Trip: ... between rides faster than (m/s, dwell method, not e-mission)</source>
        <translation>Déplacement : ... entre des trajets plus rapides que (m/s, méthode dwell, hors e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="110"/>
        <source>Trip: ... one of them faster than (m/s, 0: any, dwell method, not e-mission)</source>
        <translation>Déplacement : ... dont l&apos;un plus rapide que (m/s, 0 : n&apos;importe lequel, méthode dwell, hors e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="112"/>
        <source>Trip: a longer stop between two rides both that fast stays inside the trip up to (s, a connection)</source>
        <translation>Déplacement : un arrêt plus long entre deux trajets aussi rapides l&apos;un et l&apos;autre reste dans le déplacement jusqu&apos;à (s, une correspondance)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="114"/>
        <source>Trip: end at the arrival, the last fixes within (m, 0: off, dwell method, not e-mission)</source>
        <translation>Trajet : finir à l&apos;arrivée, derniers points à moins de (m, 0 : non, méthode dwell, hors e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="115"/>
        <source>Trip: start at the departure, the first fixes within (m, 0: off, dwell method, not e-mission)</source>
        <translation>Trajet : commencer au départ, premiers points à moins de (m, 0 : non, méthode dwell, hors e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="116"/>
        <source>Wait at a stop: longest (s, with stops)</source>
        <translation>Attente à un arrêt : durée maximale (s, avec les arrêts)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="117"/>
        <source>Wait at a stop: distance to the stop (m)</source>
        <translation>Attente à un arrêt : distance à l&apos;arrêt (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="118"/>
        <source>Wait at a stop: only after walking in, median speed at most (m/s, 0: any arrival)</source>
        <translation>Attente à un arrêt : seulement après une arrivée à pied, vitesse médiane au plus (m/s, 0 : toute arrivée)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="119"/>
        <source>Wait at a stop: riding out, 85th-percentile speed at least (m/s)</source>
        <translation>Attente à un arrêt : départ en véhicule, 85e centile de vitesse au moins (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="120"/>
        <source>Leg: minimum distance of a walk from or to a place (m, dwell method, not e-mission)</source>
        <translation>Trajet : distance minimale d&apos;une marche depuis ou vers un lieu (m, méthode dwell, hors e-mission)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="121"/>
        <source>Leg: a stop longer than this goes to a neighbouring leg (m, dwell method)</source>
        <translation>Trajet : un arrêt plus long que ceci est rattaché à un trajet voisin (m, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="122"/>
        <source>Cleaning: fixes written this late are left out of trip ends (s, dwell method)</source>
        <translation>Nettoyage : les points GPS écrits avec ce retard ne servent pas à détecter les fins de déplacement (s, méthode dwell)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="123"/>
        <source>Trip: share the stay&apos;s fix only if at most this far in time (s)</source>
        <translation>Déplacement : partager le point GPS de l&apos;arrêt seulement s&apos;il est au plus à cet écart de temps (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="124"/>
        <source>Trip: minimum number of fixes between two stays</source>
        <translation>Déplacement : nombre minimal de points GPS entre deux arrêts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="125"/>
        <source>Trip: minimum distance from the place left (m)</source>
        <translation>Déplacement : distance minimale au lieu quitté (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="126"/>
        <source>Stay: merge the stays around a dropped trip</source>
        <translation>Arrêt : fusionner les arrêts de part et d&apos;autre d&apos;un déplacement écarté</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="127"/>
        <source>Leg: minimum distance of a walking leg (m)</source>
        <translation>Trajet : distance minimale d&apos;un trajet à pied (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="128"/>
        <source>Motion: between two readings at most this far apart, the faster one (s, 0: off)</source>
        <translation>Activité de mouvement : entre deux relevés séparés d&apos;au plus cette durée, retenir le plus rapide (s ; 0 : désactivé)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="129"/>
        <source>Motion: a walking reading holds from this speed (m/s)</source>
        <translation>Activité de mouvement : un relevé « marche » compte à partir de cette vitesse (m/s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="130"/>
        <source>Leg: minimum duration of a walk the phone saw (s)</source>
        <translation>Trajet : durée minimale d&apos;une marche détectée par le téléphone (s)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="131"/>
        <source>Leg: minimum distance of a walk the phone saw (m)</source>
        <translation>Trajet : distance minimale d&apos;une marche détectée par le téléphone (m)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="180"/>
        <source>Segment trips</source>
        <translation>Découper en déplacements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="183"/>
        <source>Cuts the trace points of each user into stays (places where the person stayed), trips between two stays, and legs (parts of a trip with a single transport mode).

Input: any point layer with a user field and a time field (both detected when left empty: user_id, user, uid… and time, timestamp, datetime…). Times may be date-time fields, ISO text or epoch seconds. Points imported from e-mission / OpenPATH carry the phone&apos;s motion activity and tracking streams (location filter, write time, state transitions): they are used with nothing else to wire. An optional motion-activity table may be given instead.

Method &apos;dwell&apos; (default) is e-mission&apos;s pipeline, rule by rule: trip ends after 5 minutes within 100 m (Android and other files) or a 10 minute pause (iOS), untracked time, legs from the phone&apos;s motion activity with their sensed mode (walking, cycling, in_vehicle…), jump smoothing, trips extended back to the departure. Without motion activity, legs come from the speeds.

Points from other sources (GPX, CSV, GeoJSON, loggers) have no such tracking streams: their trips start at the departure and end at the arrival (the first and last fixes more than 50 m from the places, taken back to the place at the pace the trip left at, or where the phone&apos;s own speed readings stop), not minutes later in the still window that ends a trip. e-mission&apos;s own data keeps e-mission&apos;s trip ends, which its users and its ground truth follow.

Outputs: stays (points, with duration and whether it is an activity), trips and legs (lines whose M value is the UTC epoch second of each vertex, with duration, distance, speeds and sensed mode), and optionally the untracked gaps and the cleaned points with their stay, trip and leg ids.

The thresholds (advanced parameters) are in metres and seconds.</source>
        <translation>Découpe les points de trace de chaque utilisateur en arrêts (lieux où la personne est restée), en déplacements entre deux arrêts, et en trajets (parties d&apos;un déplacement avec un seul mode de transport).

Entrée : toute couche de points avec un champ utilisateur et un champ temps (tous deux détectés s&apos;ils sont laissés vides : user_id, user, uid… et time, timestamp, datetime…). Les temps peuvent être des champs date-heure, du texte ISO ou des secondes epoch. Les points importés d&apos;e-mission / OpenPATH portent l&apos;activité de mouvement et les flux de suivi du téléphone (filtre de localisation, heure d&apos;écriture, transitions d&apos;état) : ils sont utilisés sans rien d&apos;autre à brancher. Une table d&apos;activité de mouvement peut être fournie à la place.

La méthode « dwell » (par défaut) est la chaîne de traitement d&apos;e-mission, règle par règle : fins de déplacement après 5 minutes dans un rayon de 100 m (Android et autres fichiers) ou une pause de 10 minutes (iOS), temps non suivi, trajets issus de l&apos;activité de mouvement du téléphone avec leur mode détecté (walking, cycling, in_vehicle…), lissage des sauts, déplacements prolongés en arrière jusqu&apos;au départ. Sans activité de mouvement, les trajets sont déduits des vitesses.

Les points d&apos;autres sources (GPX, CSV, GeoJSON, enregistreurs) n&apos;ont pas ces flux de suivi : leurs déplacements commencent au départ et se terminent à l&apos;arrivée (les premiers et derniers points à plus de 50 m des lieux, ramenés au lieu à l&apos;allure à laquelle le déplacement l&apos;a quitté, ou là où les mesures de vitesse du téléphone s&apos;arrêtent), et non plusieurs minutes plus tard dans la fenêtre immobile qui termine un déplacement. Les données d&apos;e-mission gardent les fins de déplacement d&apos;e-mission, que ses utilisateurs et sa vérité terrain suivent.

Sorties : arrêts (points, avec leur durée et s&apos;il s&apos;agit d&apos;une activité), déplacements et trajets (lignes dont la valeur M est la seconde epoch UTC de chaque sommet, avec durée, distance, vitesses et mode détecté), et en option les interruptions non suivies et les points nettoyés avec leurs identifiants d&apos;arrêt, de déplacement et de trajet.

Les seuils (paramètres avancés) sont en mètres et en secondes.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="211"/>
        <source>The points to segment: any point layer with a participant and a time (the output of the import algorithms, a GPS survey, a CSV...), in any CRS.</source>
        <translation>Les points à découper : toute couche de points avec un participant et une heure (la sortie des algorithmes d&apos;import, une enquête GPS, un CSV...), dans tout SCR.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="214"/>
        <source>User field (empty: detect)</source>
        <translation>Champ utilisateur (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="215"/>
        <source>The field naming the participant each point belongs to; every participant is segmented on their own. Left empty, a field named user_id, user, uid... is used; without one, all points belong to one participant named after the layer.</source>
        <translation>Le champ qui nomme le participant de chaque point ; chaque participant est découpé séparément. Laissé vide, un champ nommé user_id, user, uid... est utilisé ; sans lui, tous les points appartiennent à un seul participant, nommé d&apos;après la couche.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="219"/>
        <source>Time field (empty: detect)</source>
        <translation>Champ horaire (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="220"/>
        <source>The field holding the time of each point: a date-time, ISO text or epoch seconds (times without an offset are taken as UTC). Left empty, a field named time, timestamp, datetime... is used.</source>
        <translation>Le champ qui contient l&apos;heure de chaque point : une date et heure, un texte ISO ou des secondes epoch (les heures sans décalage sont prises en UTC). Laissé vide, un champ nommé time, timestamp, datetime... est utilisé.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="224"/>
        <source>Motion activity table (optional)</source>
        <translation>Table d&apos;activité de mouvement (facultative)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="226"/>
        <source>The phones&apos; motion-activity readings (user_id, time, activity, confidence) from the import algorithms. They keep trips whole through tunnels and stations and help cut legs where the way of travelling changes. Optional.</source>
        <translation>Les lectures d&apos;activité de mouvement des téléphones (user_id, time, activity, confidence) issues des algorithmes d&apos;import. Elles gardent les déplacements entiers dans les tunnels et les gares et aident à découper les trajets là où la façon de se déplacer change. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="229"/>
        <source>Public-transport stops (points, any CRS; optional). A wait at a stop longer than the 5-minute rule that ends a trip (up to 20 minutes, within 40 m of a stop, then a ride) stays inside the trip as a &apos;wait&apos; leg instead of splitting it into a walking trip and a ride: trip counts and modal shares of public-transport riders then count one trip, as a household survey does. Give the same stops (or GTFS feed) to &apos;Infer transport modes&apos;. Without them, a GPX or CSV rider&apos;s transfer between two buses or trams (minutes still between two rides at a town&apos;s speed) is two trips: it cannot be told from a car parked for an errand.</source>
        <translation>Arrêts de transport collectif (points, tout SCR ; facultatif). Une attente à un arrêt plus longue que la règle des 5 minutes qui termine un déplacement (jusqu&apos;à 20 minutes, à moins de 40 m d&apos;un arrêt, puis un trajet en véhicule) reste dans le déplacement comme un trajet « wait » au lieu de le couper en un déplacement à pied et un trajet en véhicule : le nombre de déplacements et les parts modales des usagers des transports collectifs comptent alors un seul déplacement, comme une enquête ménages. Donnez les mêmes arrêts (ou le même flux GTFS) à « Déduire les modes de transport ». Sans eux, le changement d&apos;un usager GPX ou CSV entre deux bus ou trams (des minutes immobile entre deux trajets à la vitesse d&apos;une ville) fait deux déplacements : on ne peut pas le distinguer d&apos;une voiture garée pour une course.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="266"/>
        <location filename="../processing/algorithms/segment_trips.py" line="499"/>
        <source>Stays</source>
        <translation>Arrêts</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="267"/>
        <source>The stays: points where a participant stayed, with start and end times, duration and whether the stay is long enough to be an activity (is_activity).</source>
        <translation>Les arrêts : points où un participant est resté, avec heures de début et de fin, durée et si l&apos;arrêt est assez long pour être une activité (is_activity).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="271"/>
        <source>The trips between two activities, as lines whose M value is the UTC time of each vertex, with start and end times, duration and distance.</source>
        <translation>Les déplacements entre deux activités, sous forme de lignes dont la valeur M est l&apos;heure UTC de chaque sommet, avec heures de début et de fin, durée et distance.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="275"/>
        <source>The legs, parts of a trip travelled one way (walking, then riding...), as lines whose M value is the UTC time of each vertex, with duration, distance and speeds; the input of &apos;Infer transport modes&apos;.</source>
        <translation>Les trajets, parties d&apos;un déplacement faites d&apos;une seule façon (à pied, puis en véhicule...), sous forme de lignes dont la valeur M est l&apos;heure UTC de chaque sommet, avec durée, distance et vitesses ; l&apos;entrée de « Déduire les modes de transport ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="279"/>
        <location filename="../processing/algorithms/segment_trips.py" line="502"/>
        <source>Untracked gaps</source>
        <translation>Interruptions de suivi</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="280"/>
        <source>The untracked time: spans without a usable fix long enough to cut a trip (user_id, start_time, end_time, duration_s). Optional.</source>
        <translation>Le temps non suivi : périodes sans point GPS utilisable assez longues pour couper un déplacement (user_id, start_time, end_time, duration_s). Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="283"/>
        <location filename="../processing/algorithms/segment_trips.py" line="503"/>
        <source>Cleaned points</source>
        <translation>Points nettoyés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="284"/>
        <source>The points kept after cleaning, each with the stay, trip and leg it belongs to (stay_id, trip_id, leg_id). Optional.</source>
        <translation>Les points gardés après nettoyage, chacun avec l&apos;arrêt, le déplacement et le trajet auxquels il appartient (stay_id, trip_id, leg_id). Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="307"/>
        <source>User field: {user}; time field: {time}</source>
        <translation>Champ utilisateur : {user} ; champ horaire : {time}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="310"/>
        <source>No user field found in {layer} (fields: {fields}): every point counts as one participant, &apos;{layer}&apos;. Choose the field identifying the participants in &apos;User field&apos; if the layer holds several.</source>
        <translation>Aucun champ de participant trouvé dans {layer} (champs : {fields}) : tous les points comptent pour un seul participant, &apos;{layer}&apos;. Choisissez le champ qui identifie les participants dans &apos;Champ utilisateur&apos; si la couche en contient plusieurs.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="345"/>
        <source>No point has both a geometry and a readable time in field &apos;{field}&apos;.</source>
        <translation>Aucun point n&apos;a à la fois une géométrie et une heure lisible dans le champ « {field} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="351"/>
        <source>{n} point(s) without geometry or readable time were ignored.</source>
        <translation>{n} point(s) sans géométrie ou sans heure lisible ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="374"/>
        <source>{n} points: read and segmented by {k} partitions of whole participants.</source>
        <translation>{n} points : lus et segmentés par {k} partitions de participants entiers.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="388"/>
        <source>The motion table lacks the field(s) {fields} (use the table made by Import travel traces).</source>
        <translation>Il manque à la table d&apos;activité de mouvement le(s) champ(s) {fields} (utilisez la table produite par « Importer des traces de déplacement »).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="516"/>
        <source>Using the {n} motion activity readings the points carry.</source>
        <translation>Utilisation des {n} relevés d&apos;activité de mouvement portés par les points.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="519"/>
        <source>No motion activity readings: legs come from speeds alone.</source>
        <translation>Aucun relevé d&apos;activité de mouvement : les trajets élémentaires viennent des seules vitesses.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="523"/>
        <source>The points carry the phone&apos;s tracking streams (location filter, write time, transitions): e-mission&apos;s trip rules use them.</source>
        <translation>Les points portent les flux de suivi du téléphone (filtre de localisation, heure d&apos;écriture, transitions) : les règles de déplacement d&apos;e-mission s&apos;en servent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="526"/>
        <source>{n} points of {users} user(s) to segment.</source>
        <translation>{n} points de {users} utilisateur(s) à découper.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="529"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="543"/>
        <source>{stays} stays, {trips} trips, {legs} legs.</source>
        <translation>{stays} arrêts, {trips} déplacements, {legs} trajets.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/segment_trips.py" line="545"/>
        <source>{n} waits at a public-transport stop kept inside their trip (wait legs).</source>
        <translation>{n} attentes à un arrêt de transport collectif gardées dans leur déplacement (trajets d&apos;attente).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="61"/>
        <source>Simulate phone traces (with known truth)</source>
        <translation>Simuler des traces de téléphone (avec vérité connue)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="64"/>
        <source>Generates synthetic citizens who live, work, study, shop and go out on a road network, and the traces their smartphones would record, with the truth written beside them. Use it to test and demonstrate the other algorithms (segmentation, modes, segment travel times, before/after, purposes, privacy) on data whose answer is known.

Network: any road line layer with OSM-like fields (highway, oneway, maxspeed); without one, the embedded sample network of central Helsinki (© OpenStreetMap contributors, ODbL 1.0) is used.

Citizens have a home, a work or study place and regular shops and leisure places. On weekdays they commute (some escort a child to school first, some have lunch out, shop or run errands on the way back, go out in the evening); at weekends they make fewer trips. The mode of each home-based tour (walk, bike, e-bike, e-scooter, car, carpool) depends on the distance and on what the person owns. Routes are the fastest paths on the network for the mode (one-way streets respected by cars and bikes); car speeds come from the speed limit or the road class, slowed in the 07-09 and 16-19 bands on main roads, with random variation per trip and per segment.

Phones: Android-like phones record every 1-5 s (with jitter), iOS-like phones after each 10-50 m moved (at most 30 s apart); recording starts some way after the departure; GPS noise of 5-15 m (more in narrow streets and indoors), a few outliers thrown 50-300 m away, some lost minutes, and sparse fixes during stays, overnight too.

Circulation plan (optional): from the plan date, the listed streets are closed to motor traffic (people on foot and on bikes still pass), turned one-way, or get a speed factor; trips after that date are routed on the changed network; streets given a bus lane let the buses (and trams) there run at their off-peak speed at every hour (with public-transport riders). Give segment ids (segment_id of the &apos;Network segments&apos; output; run once without a plan to see them), source ids of the network layer (e.g. osm_id) or street names, comma-separated.

Outputs: the phone points (the input of Segment trips); the true trips and legs (lines whose M value is the time, with mode and purpose); the true segment traversals (entry and exit times at the segment ends, the same columns as the map matching, plus mode and period before/after); the places; the participants&apos; labels (a share of trips confirmed with e-mission&apos;s mode_confirm and purpose_confirm values); the network segments used (segment_id, with the plan&apos;s changes); and optionally the true median travel time of every segment, direction, mode class, band and period.

Panel (optional): the citizens are then the population and only a share of them carry the app (the panel): every citizen gets an age band, a sex and a home zone (centre, inner, outer; bike owners are younger, car owners older), and the panel is drawn at random, either with equal odds or over-representing young people living in the centre, as volunteer panels do. Only the panel&apos;s phones, trips, legs, traversals and labels are written; the messages give the true modal share of the population and of the panel, and the population margins output lets &apos;Weight the panel to the population&apos; correct the bias right away.

Everything follows from the seed: the same parameters give the same data.</source>
        <translation>Génère des habitants synthétiques qui habitent, travaillent, étudient, font leurs achats et sortent sur un réseau routier, et les traces qu&apos;enregistreraient leurs smartphones, avec la vérité écrite à côté. Servez-vous-en pour tester et présenter les autres algorithmes (découpage, modes, temps de parcours par tronçon, avant / après, motifs, confidentialité) sur des données dont la réponse est connue.

Réseau : toute couche de lignes de voirie avec des champs de type OSM (highway, oneway, maxspeed) ; à défaut, le réseau d&apos;exemple intégré du centre d&apos;Helsinki (© contributeurs d&apos;OpenStreetMap, ODbL 1.0) est utilisé.

Les habitants ont un domicile, un lieu de travail ou d&apos;études, et des commerces et lieux de loisirs habituels. En semaine, ils vont au travail (certains accompagnent d&apos;abord un enfant à l&apos;école, certains déjeunent dehors, font des achats ou des démarches au retour, sortent le soir) ; le week-end, ils se déplacent moins. Le mode de chaque boucle au départ du domicile (marche, vélo, vélo à assistance électrique, trottinette électrique, voiture, covoiturage) dépend de la distance et de l&apos;équipement de la personne. Les itinéraires sont les plus rapides sur le réseau pour le mode (sens uniques respectés par les voitures et les vélos) ; les vitesses des voitures viennent de la vitesse maximale autorisée ou de la classe de la route, ralenties dans les tranches 07-09 et 16-19 sur les axes principaux, avec une variation aléatoire par déplacement et par tronçon.

Téléphones : les téléphones de type Android enregistrent toutes les 1 à 5 s (avec une gigue), ceux de type iOS après chaque déplacement de 10 à 50 m (au plus 30 s d&apos;écart) ; l&apos;enregistrement commence un peu après le départ ; bruit GPS de 5 à 15 m (davantage dans les rues étroites et à l&apos;intérieur), quelques points aberrants projetés à 50-300 m, quelques minutes perdues, et des points GPS épars pendant les arrêts, la nuit aussi.

Plan de circulation (facultatif) : à partir de la date du plan, les rues listées sont fermées à la circulation motorisée (piétons et cyclistes passent toujours), mises à sens unique, ou reçoivent un facteur de vitesse ; les déplacements postérieurs à cette date sont calculés sur le réseau modifié ; sur les rues dotées d&apos;une voie de bus, les bus (et les tramways) roulent à leur vitesse des heures creuses à toute heure (avec des usagers des transports en commun). Indiquez des identifiants de tronçons (segment_id de la sortie « Tronçons du réseau » ; lancez une fois sans plan pour les voir), des identifiants source de la couche du réseau (p. ex. osm_id) ou des noms de rues, séparés par des virgules.

Sorties : les points des téléphones (l&apos;entrée de « Découper en déplacements ») ; les déplacements et trajets réels (lignes dont la valeur M est l&apos;heure, avec mode et motif) ; les passages réels sur les tronçons (heures d&apos;entrée et de sortie aux extrémités des tronçons, mêmes colonnes que le recalage sur le réseau, plus le mode et la période avant/après) ; les lieux ; les libellés des participants (une part des déplacements confirmés avec les valeurs mode_confirm et purpose_confirm d&apos;e-mission) ; les tronçons du réseau utilisés (segment_id, avec les modifications du plan) ; et en option le temps de parcours médian réel de chaque tronçon, sens, classe de mode, tranche horaire et période.

Panel (facultatif) : les habitants sont alors la population et seule une part d&apos;entre eux porte l&apos;application (le panel) : chaque habitant reçoit une tranche d&apos;âge, un sexe et une zone de domicile (centre, inner, outer ; les possesseurs de vélo sont plus jeunes, ceux de voiture plus âgés), et le panel est tiré au hasard, soit à chances égales, soit en sur-représentant les jeunes du centre, comme le font les panels de volontaires. Seuls les téléphones, déplacements, trajets, passages et étiquettes du panel sont écrits ; les messages donnent la part modale vraie de la population et du panel, et la sortie des marges de la population permet à « Pondérer le panel sur la population » de corriger le biais aussitôt.

Tout découle de la graine : les mêmes paramètres donnent les mêmes données.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="106"/>
        <source>Road network (lines with highway, oneway, maxspeed; empty: the embedded sample network of central Helsinki)</source>
        <translation>Réseau routier (lignes avec highway, oneway, maxspeed ; vide : le réseau d&apos;exemple intégré du centre d&apos;Helsinki)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="108"/>
        <source>The roads the citizens travel on: a line layer with OSM-like fields (highway, oneway, maxspeed, name), in any CRS. Empty: the embedded sample network of central Helsinki (© OpenStreetMap contributors, ODbL 1.0).</source>
        <translation>Les voies sur lesquelles les habitants se déplacent : une couche de lignes avec des champs de type OSM (highway, oneway, maxspeed, name), dans tout SCR. Vide : le réseau d&apos;exemple intégré du centre d&apos;Helsinki (© contributeurs d&apos;OpenStreetMap, ODbL 1.0).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="112"/>
        <source>Number of citizens</source>
        <translation>Nombre d&apos;habitants</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="113"/>
        <source>How many people to simulate; each gets a home, a work or study place, vehicles and a phone.</source>
        <translation>Nombre de personnes à simuler ; chacune reçoit un domicile, un lieu de travail ou d&apos;études, des véhicules et un téléphone.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="116"/>
        <source>Number of days</source>
        <translation>Nombre de jours</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="117"/>
        <source>How many days to simulate, from the first day on; weekends have fewer trips.</source>
        <translation>Nombre de jours à simuler, à partir du premier jour ; les week-ends comptent moins de déplacements.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="119"/>
        <source>First day (YYYY-MM-DD)</source>
        <translation>Premier jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="120"/>
        <source>The first simulated day (YYYY-MM-DD), from local midnight in the time zone.</source>
        <translation>Le premier jour simulé (AAAA-MM-JJ), à partir de minuit heure locale du fuseau horaire.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="122"/>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="123"/>
        <source>Seed of every random draw: the same parameters and seed give exactly the same data.</source>
        <translation>Graine de tous les tirages aléatoires : les mêmes paramètres et la même graine donnent exactement les mêmes données.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="125"/>
        <source>Time zone (empty: Europe/Helsinki for the sample network, else Europe/Paris)</source>
        <translation>Fuseau horaire (vide : Europe/Helsinki pour le réseau d&apos;exemple, sinon Europe/Paris)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="127"/>
        <source>IANA name of the simulated city&apos;s time zone: schedules (commutes at 8 h, evenings out...) are local times. Empty: Europe/Helsinki for the sample network, else Europe/Paris.</source>
        <translation>Nom IANA du fuseau horaire de la ville simulée : les emplois du temps (départs au travail vers 8 h, sorties le soir...) sont en heure locale. Vide : Europe/Helsinki pour le réseau d&apos;exemple, sinon Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="132"/>
        <source>Mode mix of the population</source>
        <translation>Répartition modale de la population</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="133"/>
        <source>Dense centre: mostly walking and cycling</source>
        <translation>Centre dense : surtout à pied et à vélo</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="134"/>
        <source>Inner suburb: balanced, about a third by car</source>
        <translation>Première couronne : équilibrée, environ un tiers en voiture</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="135"/>
        <source>Car-oriented town: about half of the trips by car</source>
        <translation>Ville tournée vers la voiture : environ la moitié des déplacements en voiture</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="137"/>
        <source>How the population travels: a dense centre where most trips are walked or cycled, an inner suburb where about a third are by car, or a car-oriented town where about half are by car (car ownership and preference).</source>
        <translation>Comment la population se déplace : un centre dense où la plupart des déplacements se font à pied ou à vélo, une proche banlieue où environ un tiers se font en voiture, ou une ville tournée vers la voiture où environ la moitié se font en voiture (possession et préférence pour la voiture).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="141"/>
        <source>Who joins the panel</source>
        <translation>Qui rejoint le panel</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="142"/>
        <source>Anyone, with equal odds</source>
        <translation>Tout le monde, à chances égales</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="143"/>
        <source>Young people living in the centre more often (a biased panel)</source>
        <translation>Plus souvent les jeunes habitant le centre (un panel biaisé)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="144"/>
        <source>How the panel is drawn from the citizens: with equal odds, or over-representing young people living in the centre (who cycle and walk more), as volunteer panels do.</source>
        <translation>Comment le panel est tiré parmi les habitants : à chances égales, ou en sur-représentant les jeunes habitant le centre (qui marchent et pédalent davantage), comme le font les panels de volontaires.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="147"/>
        <source>Share of the citizens in the panel (1: everyone)</source>
        <translation>Part des habitants dans le panel (1 : tout le monde)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="149"/>
        <source>The share of the simulated citizens who carry the app: the others are the rest of the population, counted in the margins but without traces. 1: every citizen is a participant.</source>
        <translation>La part des habitants simulés qui portent l&apos;application : les autres sont le reste de la population, comptés dans les marges mais sans traces. 1 : chaque habitant est participant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="152"/>
        <source>Share of tours by public transport (0 to 1; 0: none)</source>
        <translation>Part des boucles en transport en commun (0 à 1 ; 0 : aucune)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="154"/>
        <source>Public-transport riders: bus lines and a tram line are laid along the fastest roads across the network, a metro and a train line as straight corridors, with stops every 350 to 650 m and a timetable (headways by time of day). This share of the tours goes by public transport when a line serves both ends within 600 m: walk to the stop, wait, ride (dwell at the stops, run times around the timetable), walk from the alighting stop, each its own leg in the truth. 0: nobody rides (the lines are not made).</source>
        <translation>Usagers des transports en commun : des lignes de bus et une ligne de tramway sont tracées sur les routes les plus rapides à travers le réseau, une ligne de métro et une ligne de train en corridors rectilignes, avec des arrêts tous les 350 à 650 m et un horaire (intervalles selon l&apos;heure). Cette part des boucles se fait en transport en commun quand une ligne dessert les deux extrémités à moins de 600 m : marche jusqu&apos;à l&apos;arrêt, attente, trajet (arrêts aux stations, temps de parcours autour de l&apos;horaire), marche depuis l&apos;arrêt de descente, chacun son trajet dans la vérité. 0 : personne ne prend les transports (les lignes ne sont pas créées).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="168"/>
        <source>Circulation plan: first day of the change (YYYY-MM-DD; empty: no plan)</source>
        <translation>Plan de circulation : premier jour du changement (AAAA-MM-JJ ; vide : pas de plan)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="170"/>
        <source>The first day (YYYY-MM-DD) of a circulation plan: trips from that day on are routed on the changed network. Empty: no plan.</source>
        <translation>Le premier jour (AAAA-MM-JJ) d&apos;un plan de circulation : à partir de ce jour, les itinéraires sont calculés sur le réseau modifié. Vide : pas de plan.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="173"/>
        <source>Circulation plan: the streets below are given as</source>
        <translation>Plan de circulation : les rues ci-dessous sont indiquées par</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="174"/>
        <source>Segment ids (segment_id of the &apos;Network segments&apos; output)</source>
        <translation>Identifiants de tronçons (segment_id de la sortie « Tronçons du réseau »)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="175"/>
        <source>Source ids of the network layer (e.g. osm_id)</source>
        <translation>Identifiants source de la couche du réseau (p. ex. osm_id)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="176"/>
        <source>Street names</source>
        <translation>Noms de rues</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="177"/>
        <source>How the streets of the plan are given below: segment ids (segment_id of the &apos;Network segments&apos; output; run once without a plan to see them), source ids of the network layer (e.g. osm_id), or street names.</source>
        <translation>Comment les rues du plan sont données ci-dessous : identifiants de tronçon (segment_id de la sortie « Tronçons du réseau » ; lancez une fois sans plan pour les voir), identifiants d&apos;origine de la couche du réseau (p. ex. osm_id), ou noms de rue.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="181"/>
        <source>Circulation plan: streets closed to motor traffic (comma-separated)</source>
        <translation>Plan de circulation : rues fermées à la circulation motorisée (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="183"/>
        <source>The streets the plan closes to motor traffic, comma-separated (people on foot and on bikes still pass).</source>
        <translation>Les rues que le plan ferme à la circulation motorisée, séparées par des virgules (piétons et cyclistes passent toujours).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="186"/>
        <source>Circulation plan: streets turned one-way (comma-separated)</source>
        <translation>Plan de circulation : rues mises à sens unique (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="188"/>
        <source>The streets the plan turns one-way, comma-separated (for cars and bikes).</source>
        <translation>Les rues que le plan met en sens unique, séparées par des virgules (pour les voitures et les vélos).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="190"/>
        <source>Circulation plan: the new one-way streets run</source>
        <translation>Plan de circulation : les nouveaux sens uniques vont</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="191"/>
        <source>In the direction the line is drawn</source>
        <translation>Dans le sens de numérisation de la ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="192"/>
        <source>Against the direction the line is drawn</source>
        <translation>À contresens de la numérisation de la ligne</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="193"/>
        <source>The direction of the new one-way streets: along or against the direction their line is drawn.</source>
        <translation>Le sens des nouvelles rues à sens unique : dans le sens où leur ligne est dessinée, ou en sens inverse.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="196"/>
        <source>Circulation plan: streets whose car speed changes (comma-separated)</source>
        <translation>Plan de circulation : rues dont la vitesse des voitures change (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="198"/>
        <source>The streets whose car speed the plan changes, comma-separated (e.g. a new 30 km/h zone).</source>
        <translation>Les rues dont le plan change la vitesse des voitures, séparées par des virgules (p. ex. une nouvelle zone 30).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="201"/>
        <source>Circulation plan: speed factor on those streets (0.6 = 50 to 30 km/h)</source>
        <translation>Plan de circulation : facteur de vitesse sur ces rues (0,6 = de 50 à 30 km/h)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="203"/>
        <source>The factor applied to the car speed on those streets: 0.6 turns 50 km/h into 30 km/h; above 1 is faster.</source>
        <translation>Le facteur appliqué à la vitesse des voitures dans ces rues : 0,6 fait passer de 50 km/h à 30 km/h ; au-dessus de 1, c&apos;est plus rapide.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="206"/>
        <source>Circulation plan: streets given a bus lane (comma-separated)</source>
        <translation>Plan de circulation : rues dotées d&apos;une voie de bus (séparées par des virgules)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="208"/>
        <source>The streets the plan gives a bus lane, comma-separated: from the plan&apos;s first day, the buses (and the trams sharing the street) run there at their off-peak speed at every hour, free of the peak congestion; dwells at stops, red lights and the timetable are unchanged, and so are the cars (the lane replaces parking). Only with a share of tours by public transport above 0; pick streets the generated lines use (the GTFS feed&apos;s shapes).</source>
        <translation>Les rues que le plan dote d&apos;une voie de bus, séparées par des virgules : à partir du premier jour du plan, les bus (et les tramways qui partagent la rue) y roulent à leur vitesse des heures creuses à toute heure, libérés de la congestion de pointe ; les arrêts aux stations, les feux rouges et les horaires sont inchangés, de même que les voitures (la voie remplace le stationnement). Seulement avec une part de boucles en transports en commun supérieure à 0 ; choisissez des rues empruntées par les lignes générées (les tracés du flux GTFS).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="216"/>
        <location filename="../processing/algorithms/simulate_traces.py" line="449"/>
        <source>Simulated phone points</source>
        <translation>Points de téléphone simulés</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="217"/>
        <source>What the phones recorded: points with user_id, time, accuracy_m, speed_mps (noise, outliers and lost minutes included), the input of &apos;Segment trips&apos;.</source>
        <translation>Ce que les téléphones ont enregistré : des points avec user_id, time, accuracy_m, speed_mps (bruit, points aberrants et minutes perdues compris), l&apos;entrée de « Découper en déplacements ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="220"/>
        <location filename="../processing/algorithms/simulate_traces.py" line="453"/>
        <source>Truth: trips</source>
        <translation>Vérité : déplacements</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="221"/>
        <source>The true trips, lines whose M value is the time, with mode, purpose, origin and destination places and period (before / after the plan).</source>
        <translation>Les vrais déplacements, lignes dont la valeur M est l&apos;heure, avec mode, motif, lieux d&apos;origine et de destination et période (avant / après le plan).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="224"/>
        <location filename="../processing/algorithms/simulate_traces.py" line="457"/>
        <source>Truth: legs</source>
        <translation>Vérité : trajets</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="225"/>
        <source>The true legs (one per trip; three for a public-transport trip: the walk to the stop with the wait there (wait_s), the ride (transit_route, transit_trip_id), the walk on), lines whose M value is the time, with mode and e-mission mode label.</source>
        <translation>Les vrais trajets (un par déplacement ; trois pour un déplacement en transport en commun : la marche jusqu&apos;à l&apos;arrêt avec l&apos;attente (wait_s), le trajet (transit_route, transit_trip_id), la marche ensuite), lignes dont la valeur M est l&apos;heure, avec le mode et l&apos;étiquette de mode e-mission.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="229"/>
        <source>Truth: segment traversals</source>
        <translation>Vérité : passages sur les tronçons</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="230"/>
        <source>The true traversal of every segment: entry and exit times at the segment ends, the same columns as the map matching, plus mode and period. Optional.</source>
        <translation>Le vrai passage sur chaque tronçon : heures d&apos;entrée et de sortie aux extrémités du tronçon, les mêmes colonnes que l&apos;appariement au réseau, plus le mode et la période. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="233"/>
        <location filename="../processing/algorithms/simulate_traces.py" line="462"/>
        <source>Truth: places</source>
        <translation>Vérité : lieux</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="234"/>
        <source>The true places: homes and workplaces of the citizens and the shared shops, leisure places, places of personal business and schools.</source>
        <translation>Les vrais lieux : domiciles et lieux de travail des habitants, et les commerces, lieux de loisirs, lieux de démarches personnelles et écoles qu&apos;ils partagent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="237"/>
        <source>Participants&apos; labels (confirmed trips)</source>
        <translation>Libellés des participants (déplacements confirmés)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="239"/>
        <source>The trips a share of the participants confirmed, with e-mission&apos;s mode_confirm and purpose_confirm values, as &apos;Import travel traces&apos; writes them. Optional.</source>
        <translation>Les déplacements qu&apos;une partie des participants a confirmés, avec les valeurs mode_confirm et purpose_confirm d&apos;e-mission, tels que les écrit « Importer des traces de déplacement ». Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="242"/>
        <location filename="../processing/algorithms/simulate_traces.py" line="471"/>
        <source>Network segments</source>
        <translation>Tronçons du réseau</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="243"/>
        <source>The network segments the simulation used (segment_id, source_id, name, highway, oneway, speed): the ids to give to a circulation plan.</source>
        <translation>Les tronçons du réseau utilisés par la simulation (segment_id, source_id, name, highway, oneway, vitesse) : les identifiants à donner à un plan de circulation.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="246"/>
        <source>Truth: segment travel times</source>
        <translation>Vérité : temps de parcours par tronçon</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="248"/>
        <source>The true median travel time of every segment, direction, mode class, time band and period, to check &apos;Segment travel times&apos; against. Optional.</source>
        <translation>Le vrai temps de parcours médian de chaque tronçon, sens, classe de mode, tranche horaire et période, pour vérifier « Temps de parcours par tronçon ». Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="251"/>
        <source>Participants (attributes)</source>
        <translation>Participants (caractéristiques)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="253"/>
        <source>One row per participant: user_id, role (worker, parent, student, other), car and bike in the household (yes, no), phone, age_band (15-24, 25-39, 40-59, 60+), sex (F, M) and home_zone (centre, inner, outer): the participants table of an onboarding survey, to weight the panel with &apos;Weight the panel to the population&apos;. Optional.</source>
        <translation>Une ligne par participant : user_id, rôle (worker, parent, student, other), voiture et vélo dans le ménage (yes, no), téléphone, age_band (15-24, 25-39, 40-59, 60+), sex (F, M) et home_zone (centre, inner, outer) : la table des participants d&apos;un questionnaire d&apos;inscription, pour pondérer le panel avec « Pondérer le panel sur la population ». Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="258"/>
        <source>Population margins (every citizen)</source>
        <translation>Marges de la population (tous les habitants)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="260"/>
        <source>The population&apos;s counts by age band, sex and home zone (variable, category, population), every simulated citizen counted: the margins to give to &apos;Weight the panel to the population&apos; with the participants above. Optional.</source>
        <translation>Les effectifs de la population par tranche d&apos;âge, sexe et zone de domicile (variable, category, population), chaque habitant simulé compté : les marges à donner à « Pondérer le panel sur la population » avec les participants ci-dessus. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="264"/>
        <source>GTFS feed of the generated public-transport lines (.zip)</source>
        <translation>Flux GTFS des lignes de transport en commun générées (.zip)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="265"/>
        <source>GTFS feed (*.zip)</source>
        <translation>Flux GTFS (*.zip)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="266"/>
        <source>The generated lines and their timetable as a GTFS feed (stops, routes with their route_type, trips, stop_times, calendar, shapes), to give to &apos;Infer transport modes&apos; and &apos;Public-transport performance&apos;. Written only with a public-transport share above 0. Optional.</source>
        <translation>Les lignes générées et leur horaire sous forme de flux GTFS (stops, routes avec leur route_type, trips, stop_times, calendar, shapes), à donner à « Déduire les modes de transport » et à « Performance des transports en commun ». Écrit seulement avec une part de transport en commun supérieure à 0. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="270"/>
        <source>Truth: public-transport sections</source>
        <translation>Vérité : inter-arrêts de transport en commun</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="272"/>
        <source>One row per stop-to-stop section of every simulated ride: route, stops, the vehicle&apos;s departures from both stops (UTC), the true run time and the timetable&apos;s, to check &apos;Public-transport performance&apos; against. Optional.</source>
        <translation>Une ligne par inter-arrêt de chaque trajet simulé : ligne, arrêts, départs du véhicule des deux arrêts (UTC), le vrai temps de parcours et celui de l&apos;horaire, pour vérifier « Performance des transports en commun ». Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="289"/>
        <source>&apos;{token}&apos; is not a segment id (a whole number) in &apos;{param}&apos;.</source>
        <translation>« {token} » n&apos;est pas un identifiant de tronçon (un nombre entier) dans « {param} ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="299"/>
        <source>&apos;{token}&apos; in &apos;{param}&apos; matches no segment of the network. Run the algorithm once without a plan and look at the &apos;Network segments&apos; output (segment_id, source_id, name).</source>
        <translation>« {token} » dans « {param} » ne correspond à aucun tronçon du réseau. Lancez l&apos;algorithme une fois sans plan et consultez la sortie « Tronçons du réseau » (segment_id, source_id, name).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="315"/>
        <source>Streets are listed for a circulation plan but its first day is empty: give the date of the change (YYYY-MM-DD).</source>
        <translation>Des rues sont listées pour un plan de circulation mais son premier jour est vide : indiquez la date du changement (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="322"/>
        <source>Cannot read the circulation plan date &apos;{date}&apos;: use YYYY-MM-DD. {why}</source>
        <translation>Impossible de lire la date du plan de circulation « {date} » : utilisez AAAA-MM-JJ. {why}</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="326"/>
        <source>The circulation plan changes nothing: list streets to close, to turn one-way, whose speed changes or given a bus lane.</source>
        <translation>Le plan de circulation ne change rien : listez des rues à fermer, à mettre à sens unique, dont la vitesse change ou à doter d&apos;une voie de bus.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="331"/>
        <source>Circulation plan from {date}: {c} segments closed to motor traffic, {o} turned one-way, {s} with a speed factor of {f}.</source>
        <translation>Plan de circulation à partir du {date} : {c} tronçons fermés à la circulation motorisée, {o} mis à sens unique, {s} avec un facteur de vitesse de {f}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="335"/>
        <source>Circulation plan from {date}: {n} segments given a bus lane.</source>
        <translation>Plan de circulation à partir du {date} : {n} tronçons dotés d&apos;une voie de bus.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="354"/>
        <source>No road network given: the embedded sample network of central Helsinki is used ({n} segments; © OpenStreetMap contributors, ODbL 1.0).</source>
        <translation>Aucun réseau routier fourni : le réseau d&apos;exemple intégré du centre d&apos;Helsinki est utilisé ({n} tronçons ; © contributeurs d&apos;OpenStreetMap, ODbL 1.0).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="376"/>
        <source>Simulated {n} citizens over {d} days: {t} trips, {p} phone points, {v} segment traversals, {l} labelled trips.</source>
        <translation>{n} habitants simulés sur {d} jours : {t} déplacements, {p} points de téléphone, {v} passages sur les tronçons, {l} déplacements étiquetés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="382"/>
        <source>{k} of {n} trips after the change take another route than before.</source>
        <translation>{k} déplacements sur {n} après le changement empruntent un autre itinéraire qu&apos;avant.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="401"/>
        <source>No GTFS feed written: give a share of tours by public transport above 0.</source>
        <translation>Aucun flux GTFS écrit : donnez une part des boucles en transport en commun supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="404"/>
        <source>{n} public-transport rides; the lines&apos; GTFS feed: {path}.</source>
        <translation>{n} trajets en transport en commun ; flux GTFS des lignes : {path}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="414"/>
        <source>The bus lane changes nothing: nobody rides a bus (give a share of tours by public transport above 0).</source>
        <translation>La voie de bus ne change rien : personne ne prend le bus (donnez une part de boucles en transports en commun supérieure à 0).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="419"/>
        <source>No generated bus or tram line uses the bus lane&apos;s streets: it changes nothing. Pick streets along the lines (the GTFS feed&apos;s shapes).</source>
        <translation>Aucune ligne de bus ou de tramway générée n&apos;emprunte les rues de la voie de bus : elle ne change rien. Choisissez des rues le long des lignes (les tracés du flux GTFS).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="422"/>
        <source>Bus lane: {lines}.</source>
        <translation>Voie de bus : {lines}.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="423"/>
        <source>line {line} direction {d}: {m:.0f} m</source>
        <translation>ligne {line} sens {d} : {m:.0f} m</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="434"/>
        <source>Panel: {k} of the {n} citizens carry the app ({bias}); only their traces are written.</source>
        <translation>Panel : {k} des {n} habitants portent l&apos;application ({bias}) ; seules leurs traces sont écrites.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/simulate_traces.py" line="440"/>
        <source>True modal share of the population&apos;s trips: {pop}; of the panel&apos;s trips: {panel}.</source>
        <translation>Part modale vraie des déplacements de la population : {pop} ; des déplacements du panel : {panel}.</translation>
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
        <location filename="../processing/algorithms/train_mode_model.py" line="48"/>
        <source>Legs of your study (lines whose M value is the UTC time of each vertex, from &apos;Segment trips&apos;) with labels: a label field of the legs, or user-confirmed trips given below.</source>
        <translation>Les trajets de votre étude (lignes dont la valeur M est l&apos;heure UTC de chaque sommet, issus de « Découper en déplacements ») avec des libellés : un champ de libellé des trajets, ou des déplacements confirmés donnés ci-dessous.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="52"/>
        <source>Field identifying the participant</source>
        <translation>Champ identifiant le participant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="54"/>
        <source>The field naming the participant of each leg. Validation leaves participants out: the legs of one participant are never used both to train and to test.</source>
        <translation>Le champ qui nomme le participant de chaque trajet. La validation met des participants de côté : les trajets d&apos;un même participant ne servent jamais à la fois à entraîner et à tester.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="57"/>
        <source>Add Tracemob&apos;s synthetic reference legs (walk, bike, car, plane) at a low weight</source>
        <translation>Ajouter les trajets de référence synthétiques de Tracemob (marche, vélo, voiture, avion) avec un faible poids</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="59"/>
        <source>Add Tracemob&apos;s synthetic reference legs (walk, bike, car, plane) at a low weight, so that modes few participants labelled keep sound boundaries; your labels decide wherever you have them.</source>
        <translation>Ajouter avec un faible poids les trajets de référence synthétiques de Tracemob (marche, vélo, voiture, avion), pour que les modes que peu de participants ont libellés gardent des limites saines ; vos libellés décident partout où vous en avez.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="63"/>
        <source>Validation folds (groups of users left out)</source>
        <translation>Blocs de validation (groupes d&apos;utilisateurs exclus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="65"/>
        <source>Number of groups of participants for the validation: each group is left out in turn, the model is trained on the others and scored on it.</source>
        <translation>Nombre de groupes de participants pour la validation : chaque groupe est mis de côté à son tour, le modèle est entraîné sur les autres et évalué sur lui.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="68"/>
        <source>Number of trees</source>
        <translation>Nombre d&apos;arbres</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="69"/>
        <source>Number of decision trees of the random forest: more trees give steadier answers and a larger, slower model.</source>
        <translation>Nombre d&apos;arbres de décision de la forêt aléatoire : plus d&apos;arbres donnent des réponses plus stables et un modèle plus gros et plus lent.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="72"/>
        <source>Mode model file</source>
        <translation>Fichier du modèle de modes</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="72"/>
        <source>Tracemob mode model (*.json)</source>
        <translation>Modèle de modes Tracemob (*.json)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="73"/>
        <source>The trained model, a plain JSON file (version, features, modes, trees) to give to &apos;Infer transport modes&apos;.</source>
        <translation>Le modèle entraîné, un simple fichier JSON (version, variables, modes, arbres) à donner à « Déduire les modes de transport ».</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="75"/>
        <source>Time-weighted agreement (users left out)</source>
        <translation>Accord pondéré par la durée (utilisateurs exclus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="76"/>
        <source>Coarse agreement (users left out)</source>
        <translation>Accord grossier (utilisateurs exclus)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/train_mode_model.py" line="77"/>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="27"/>
        <source>Public-transport performance (run times per stop-to-stop section)</source>
        <translation>Performance des transports en commun (temps de parcours par inter-arrêt)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="30"/>
        <source>How fast the buses, trams, metros and trains run between their stops, measured on the riders&apos; traces: the evidence for a bus lane or a priority scheme.

Inputs: the legs written by &apos;Infer transport modes&apos; run with a GTFS feed (they carry transit_route, the route each ride was matched to; lines whose M value is the time), and the same GTFS feed. Each leg&apos;s track is compared with the stops of its route, in their order: the vehicle leaves a stop at the last moment the track is within 25 m of it, and the time between leaving two consecutive stops is the section&apos;s run time (running time plus the dwell at the second stop, as the timetable&apos;s departure times). Sections slower than 7.2 km/h (the walk to the boarding stop along the route, the wait at it) and the last section of each ride (the rider left the stop on foot) are left out.

Output: one line per route, section (from stop, to stop: each direction is its own section, drawn along the route&apos;s shape on its side of the street) and time band. Fields: n_passages, n_users (distinct participants), run_time_median_s and run_time_p85_s, speed_kmh (commercial speed: the section&apos;s length over the median run time), scheduled_s (the timetable&apos;s median time for that section and band), delay_s (observed median minus scheduled: positive = slower than planned), low_sample (fewer passages than the minimum sample) and masked (seen by fewer participants than the privacy threshold: values hidden, the timetable kept). The map colours the sections by commercial speed, red under 10 km/h; grey = too few passages to tell.

&apos;Before / after comparison of a circulation plan&apos;, given the same legs and GTFS feed, compares these sections before and after a bus-priority scheme: the change of run time per section with its range.</source>
        <translation>La vitesse des bus, tramways, métros et trains entre leurs arrêts, mesurée sur les traces des usagers : l&apos;argument pour un couloir bus ou un aménagement prioritaire.

Entrées : les trajets écrits par « Déduire les modes de transport » lancé avec un flux GTFS (ils portent transit_route, la ligne à laquelle chaque trajet a été rapproché ; lignes dont la valeur M est l&apos;heure), et ce même flux GTFS. La trace de chaque trajet est comparée aux arrêts de sa ligne, dans leur ordre : le véhicule quitte un arrêt au dernier instant où la trace est à moins de 25 m de lui, et le temps entre les départs de deux arrêts consécutifs est le temps de parcours de l&apos;inter-arrêt (temps de roulage plus l&apos;arrêt à la seconde station, comme les heures de départ de l&apos;horaire). Les inter-arrêts plus lents que 7,2 km/h (la marche vers l&apos;arrêt de montée le long de la ligne, l&apos;attente) et le dernier inter-arrêt de chaque trajet (l&apos;usager a quitté l&apos;arrêt à pied) sont écartés.

Sortie : une ligne par ligne de transport, inter-arrêt (arrêt de départ, arrêt d&apos;arrivée : chaque sens est son propre inter-arrêt, tracé le long de l&apos;itinéraire de son côté de la rue) et plage horaire. Champs : n_passages, n_users (participants distincts), run_time_median_s et run_time_p85_s, speed_kmh (vitesse commerciale : longueur de l&apos;inter-arrêt sur le temps médian), scheduled_s (le temps médian de l&apos;horaire pour cet inter-arrêt et cette plage), delay_s (médiane observée moins horaire : positif = plus lent que prévu), low_sample (moins de passages que l&apos;échantillon minimal) et masked (vu par moins de participants que le seuil de confidentialité : valeurs masquées, l&apos;horaire conservé). La carte colore les inter-arrêts par vitesse commerciale, rouge sous 10 km/h ; gris = trop peu de passages pour conclure.

« Comparaison avant / après d&apos;un plan de circulation », avec les mêmes trajets et le même flux GTFS, compare ces inter-arrêts avant et après un aménagement en faveur des bus : l&apos;évolution du temps de parcours par inter-arrêt avec son intervalle.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="53"/>
        <source>Legs with modes (from &apos;Infer transport modes&apos; with a GTFS feed)</source>
        <translation>Trajets avec modes (de « Déduire les modes de transport » avec un flux GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="55"/>
        <source>The legs of &apos;Infer transport modes&apos; run with a GTFS feed: lines whose M value is the UTC time of each vertex, with leg_id, user_id and transit_route (the matched route&apos;s name). Legs without a route are left out.</source>
        <translation>Les trajets de « Déduire les modes de transport » lancé avec un flux GTFS : lignes dont la valeur M est l&apos;heure UTC de chaque sommet, avec leg_id, user_id et transit_route (le nom de la ligne rapprochée). Les trajets sans ligne sont écartés.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="59"/>
        <source>GTFS feed (.zip, or any .txt file of its folder)</source>
        <translation>Flux GTFS (.zip, ou n&apos;importe quel fichier .txt de son dossier)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="61"/>
        <source>The GTFS feed &apos;Infer transport modes&apos; matched the legs to (the .zip, or any .txt file of an unzipped feed): its routes&apos; stops in order, their shapes (the sections&apos; geometry) and the timetable (the scheduled times and the delay).</source>
        <translation>Le flux GTFS auquel « Déduire les modes de transport » a rapproché les trajets (le .zip, ou n&apos;importe quel fichier .txt d&apos;un flux décompressé) : les arrêts de ses lignes dans l&apos;ordre, leurs tracés (la géométrie des inter-arrêts) et l&apos;horaire (les temps prévus et le retard).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="66"/>
        <source>Time zone of the bands (empty: the GTFS feed&apos;s)</source>
        <translation>Fuseau horaire des plages (vide : celui du flux GTFS)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="67"/>
        <source>IANA name of the time zone of the time bands (Europe/Paris...). Empty: the GTFS feed&apos;s agency time zone.</source>
        <translation>Nom IANA du fuseau horaire des plages horaires (Europe/Paris...). Vide : le fuseau de l&apos;agence du flux GTFS.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="70"/>
        <source>Minimum sample: passages per route, section and band</source>
        <translation>Échantillon minimal : passages par ligne, inter-arrêt et plage</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="72"/>
        <source>A route, section and band with fewer passages than this is flagged low_sample: its figures are shown but are not reliable.</source>
        <translation>Une ligne, un inter-arrêt et une plage avec moins de passages que ce nombre sont signalés low_sample : leurs valeurs sont affichées mais ne sont pas fiables.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="76"/>
        <location filename="../processing/algorithms/transit_performance.py" line="117"/>
        <source>Public-transport sections</source>
        <translation>Inter-arrêts de transport en commun</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="77"/>
        <source>One line per route, stop-to-stop section and time band: passages, participants, median and 85th percentile run time, commercial speed, scheduled time, delay, low_sample and masked.</source>
        <translation>Une ligne par ligne de transport, inter-arrêt et plage horaire : passages, participants, temps de parcours médian et 85e centile, vitesse commerciale, temps prévu, retard, low_sample et masked.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="98"/>
        <source>{n} legs with a public-transport route.</source>
        <translation>{n} trajets avec une ligne de transport en commun.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/transit_performance.py" line="108"/>
        <source>{cells} route x section x band cells from {sections} ridden sections of {legs} legs; {pub} published, {low} of them below the minimum sample.</source>
        <translation>{cells} cellules ligne x inter-arrêt x plage à partir de {sections} inter-arrêts parcourus par {legs} trajets ; {pub} publiées, dont {low} sous l&apos;échantillon minimal.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="35"/>
        <source>Weight the panel to the population</source>
        <translation>Pondérer le panel sur la population</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="38"/>
        <source>Gives each participant a weight so that the weighted panel matches the population: the same shares by age band, sex, home zone... as the census (raking, or iterative proportional fitting: the weights are adjusted to one variable after the other until every margin is reached).

Inputs: a participants table (user_id and one field per variable, e.g. age_band, sex, home_zone) and a margins table (a CSV file or a layer with the columns variable, category, population: one row per category, e.g. age_band, 18-29, 12000). The category names must be written as in the participants table.

INSEE census tables are also read as published: the base table &apos;Évolution et structure de la population&apos; by commune (CODGEO) or by IRIS (IRIS, COM), a CSV file separated by &apos;;&apos; with the columns PYY_H0014 ... PYY_H75P (or PYY_H7589 and PYY_H90P) and PYY_F0014 ... for men and women. They give the margins age_band (0-14, 15-29, 30-44, 45-59, 60-74, 75+), sex (F, H) and, when the participants table has a home_commune field (home_iris for an IRIS table) holding INSEE codes, the population per commune: only the rows of the participants&apos; communes are then used. Without that field, every row of the table is summed: give the study&apos;s communes only.

Trimming: the weights are kept between two bounds relative to the mean weight (default 0.3 and 3), then raked again, so that a few participants never carry a large part of the results. Bounds too tight for the panel&apos;s bias leave some margins unreached: the messages say so.

A participant with an empty field, or a category absent from the margins, gets no weight; each one is listed in the messages with the reason.

Outputs: a table of user_id, weight (and the participant&apos;s fields), to give to &apos;Modal share by zone&apos; (Weights), and a diagnostics table: for every category, its target share, the share reached and the difference in points. The messages give the design effect (Kish) and the effective sample size: the number of unweighted participants giving the same precision.</source>
        <translation>Donne à chaque participant un poids pour que le panel pondéré ressemble à la population : les mêmes parts par tranche d&apos;âge, sexe, zone de domicile… que le recensement (calage par raking, ou ajustement proportionnel itératif : les poids sont ajustés sur une variable après l&apos;autre jusqu&apos;à atteindre chaque marge).

Entrées : une table des participants (user_id et un champ par variable, p. ex. age_band, sex, home_zone) et une table des marges (un fichier CSV ou une couche avec les colonnes variable, category, population : une ligne par catégorie, p. ex. age_band, 18-29, 12000). Les noms de catégories doivent être écrits comme dans la table des participants.

Les tables du recensement de l&apos;INSEE sont aussi lues telles que publiées : la base « Évolution et structure de la population » par commune (CODGEO) ou par IRIS (IRIS, COM), un fichier CSV séparé par « ; » avec les colonnes PYY_H0014 ... PYY_H75P (ou PYY_H7589 et PYY_H90P) et PYY_F0014 ... pour les hommes et les femmes. Elles donnent les marges age_band (0-14, 15-29, 30-44, 45-59, 60-74, 75+), sex (F, H) et, quand la table des participants a un champ home_commune (home_iris pour une table par IRIS) contenant les codes INSEE, la population par commune : seules les lignes des communes des participants sont alors utilisées. Sans ce champ, toutes les lignes de la table sont additionnées : ne donnez que les communes de l&apos;étude.

Écrêtage : les poids sont maintenus entre deux bornes relatives au poids moyen (par défaut 0,3 et 3), puis calés à nouveau, pour que quelques participants ne portent jamais une grande part des résultats. Des bornes trop serrées pour le biais du panel laissent certaines marges non atteintes : les messages le signalent.

Un participant avec un champ vide, ou une catégorie absente des marges, ne reçoit pas de poids ; chacun est listé dans les messages avec la raison.

Sorties : une table user_id, weight (et les champs du participant), à donner à « Part modale par zone » (Poids), et une table de diagnostic : pour chaque catégorie, sa part cible, la part atteinte et l&apos;écart en points. Les messages donnent l&apos;effet de plan (Kish) et la taille d&apos;échantillon effective : le nombre de participants non pondérés qui donnerait la même précision.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="66"/>
        <source>Participants (a table with user_id and attributes)</source>
        <translation>Participants (une table avec user_id et des attributs)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="67"/>
        <source>One row per participant: the identifier and the attributes to weight on (age band, sex, home zone...). A layer or a table without geometry (CSV, spreadsheet).</source>
        <translation>Une ligne par participant : l&apos;identifiant et les attributs de pondération (tranche d&apos;âge, sexe, zone de domicile…). Une couche ou une table sans géométrie (CSV, tableur).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="70"/>
        <source>Participant identifier field</source>
        <translation>Champ identifiant du participant</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="72"/>
        <source>The field of the participants table holding the participant identifier (user_id of the trips).</source>
        <translation>Le champ de la table des participants qui contient l&apos;identifiant du participant (le user_id des déplacements).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="75"/>
        <source>Fields to weight on (empty: every variable of the margins)</source>
        <translation>Champs de pondération (vide : toutes les variables des marges)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="77"/>
        <source>The participant fields to rake on; each must be a variable of the margins table. Empty: every variable of the margins table.</source>
        <translation>Les champs des participants sur lesquels caler ; chacun doit être une variable de la table des marges. Vide : toutes les variables de la table des marges.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="80"/>
        <source>Population margins (variable, category, population)</source>
        <translation>Marges de population (variable, category, population)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="81"/>
        <source>The population count of every category of every variable: a CSV file or a table with the columns variable, category, population (e.g. census counts by age band, sex and home zone), or an INSEE &apos;Évolution et structure de la population&apos; table as published (by commune or IRIS; see the help).</source>
        <translation>L&apos;effectif de population de chaque catégorie de chaque variable : un fichier CSV ou une table avec les colonnes variable, category, population (p. ex. les effectifs du recensement par tranche d&apos;âge, sexe et zone de domicile), ou une table INSEE « Évolution et structure de la population » telle que publiée (par commune ou IRIS ; voir l&apos;aide).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="86"/>
        <source>Lowest weight, relative to the mean weight</source>
        <translation>Poids minimal, relatif au poids moyen</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="88"/>
        <source>Weights below this multiple of the mean weight are raised to it, and the margins raked again. 0: no lower bound.</source>
        <translation>Les poids inférieurs à ce multiple du poids moyen y sont relevés, et les marges calées à nouveau. 0 : pas de borne basse.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="91"/>
        <source>Highest weight, relative to the mean weight</source>
        <translation>Poids maximal, relatif au poids moyen</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="93"/>
        <source>Weights above this multiple of the mean weight are lowered to it, and the margins raked again: no participant carries too large a part of the results.</source>
        <translation>Les poids supérieurs à ce multiple du poids moyen y sont abaissés, et les marges calées à nouveau : aucun participant ne porte une trop grande part des résultats.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="96"/>
        <source>Maximum number of iterations</source>
        <translation>Nombre maximal d&apos;itérations</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="98"/>
        <source>The most passes over the variables; the raking stops sooner when every margin is reached (within a millionth).</source>
        <translation>Le nombre maximal de passes sur les variables ; le calage s&apos;arrête plus tôt quand chaque marge est atteinte (à un millionième près).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="101"/>
        <source>Bootstrap replicate weights (0: none)</source>
        <translation>Poids répliqués par bootstrap (0 : aucun)</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="103"/>
        <source>How many bootstrap replicates to add as columns rw_001, rw_002...: each draws the participants again with replacement and rakes them again to the margins. &apos;Modal share by zone&apos; then gives each weighted share a 95 % range that includes the uncertainty of the weights. 200 is usual; 0: weights only.</source>
        <translation>Nombre de réplications bootstrap à ajouter en colonnes rw_001, rw_002… : chacune retire les participants avec remise et les redresse à nouveau sur les marges. « Part modale par zone » donne alors à chaque part pondérée un intervalle à 95 % qui inclut l&apos;incertitude des poids. 200 est l&apos;usage ; 0 : les poids seuls.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="108"/>
        <source>Participant weights</source>
        <translation>Poids des participants</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="109"/>
        <source>One row per participant: user_id, weight (empty for a participant left out), the participant&apos;s fields and margins (the margins table and the variables raked on, which the weighted outputs repeat).</source>
        <translation>Une ligne par participant : user_id, weight (vide pour un participant écarté), les champs du participant et margins (la table des marges et les variables de calage, que les sorties pondérées reprennent).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="113"/>
        <source>Weighting diagnostics</source>
        <translation>Diagnostic de la pondération</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="114"/>
        <source>One row per category: population, participants, target share, unweighted share and reached share (%), and the difference between reached and target, in points.</source>
        <translation>Une ligne par catégorie : population, participants, part cible, part non pondérée et part atteinte (%), et l&apos;écart entre part atteinte et part cible, en points.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="146"/>
        <source>Give 0 or at least 20 replicate weights (200 is usual).</source>
        <translation>Indiquez 0 ou au moins 20 poids répliqués (200 est l&apos;usage).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="152"/>
        <source>{n} replicate weights added (rw_001...): each a bootstrap sample of the participants raked again to the margins.</source>
        <translation>{n} poids répliqués ajoutés (rw_001…) : chacun un échantillon bootstrap des participants redressé à nouveau sur les marges.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="166"/>
        <source>{n} participants weighted, {x} left out; weights from {min:.3g} to {max:.3g} (5th percentile {p5:.3g}, median {median:.3g}, 95th percentile {p95:.3g}).</source>
        <translation>{n} participants pondérés, {x} écartés ; poids de {min:.3g} à {max:.3g} (5e centile {p5:.3g}, médiane {median:.3g}, 95e centile {p95:.3g}).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="170"/>
        <source>Design effect (Kish): {deff:.3f}; effective sample size: {ess:.1f} participants.</source>
        <translation>Effet de plan (Kish) : {deff:.3f} ; taille d&apos;échantillon effective : {ess:.1f} participants.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="173"/>
        <source>Every margin reached after {n} iteration(s) (largest difference {d:.3f} points).</source>
        <translation>Toutes les marges sont atteintes après {n} itération(s) (écart maximal {d:.3f} points).</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="176"/>
        <source>The margins are not all reached after {n} iterations: largest difference {d:.2f} points. Widen the trimming bounds or allow more iterations.</source>
        <translation>Les marges ne sont pas toutes atteintes après {n} itérations : écart maximal {d:.2f} points. Élargissez les bornes d&apos;écrêtage ou autorisez plus d&apos;itérations.</translation>
    </message>
    <message>
        <location filename="../processing/algorithms/weight_panel.py" line="180"/>
        <source>Participant {user} left out: {reason}.</source>
        <translation>Participant {user} écarté : {reason}.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="46"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="47"/>
        <source>Segmentation</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="48"/>
        <source>Transport modes</source>
        <translation>Modes de transport</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="49"/>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="50"/>
        <source>Road network</source>
        <translation>Réseau routier</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="51"/>
        <source>Before / after</source>
        <translation>Avant / après</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="52"/>
        <source>Purposes and flows</source>
        <translation>Motifs et flux</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="53"/>
        <source>Privacy and sharing</source>
        <translation>Confidentialité et partage</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="54"/>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="55"/>
        <source>OpenPATH server</source>
        <translation>Serveur OpenPATH</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="202"/>
        <source>With qgis_process: the number of the choice or its code ({codes}).</source>
        <translation>Avec qgis_process : le numéro du choix ou son code ({codes}).</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="237"/>
        <source>Parameter {param}: no choice number {index} (choose one of {codes}).</source>
        <translation>Paramètre {param} : pas de choix numéro {index} (choisissez parmi {codes}).</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="308"/>
        <source>The output {output} ({out_path}) would overwrite the input {input} ({in_path}): nothing was written. Choose another output file.</source>
        <translation>La sortie {output} ({out_path}) écraserait l&apos;entrée {input} ({in_path}) : rien n&apos;a été écrit. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="315"/>
        <source>The output folder {output} ({out_path}) holds the input {input} ({in_path}): writing there could overwrite it, so nothing was written. Choose another folder.</source>
        <translation>Le dossier de sortie {output} ({out_path}) contient l&apos;entrée {input} ({in_path}) : y écrire pourrait l&apos;écraser, rien n&apos;a donc été écrit. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="334"/>
        <source>The output {output} cannot be written in {folder}: {reason}. Nothing was computed. Choose a folder you can write to (or ask for write access to this one), then run again.</source>
        <translation>La sortie {output} ne peut pas être écrite dans {folder} : {reason}. Rien n&apos;a été calculé. Choisissez un dossier où vous pouvez écrire (ou demandez le droit d&apos;écrire dans celui-ci), puis relancez.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="463"/>
        <source>Timing: {total:.2f} s in all, {domain:.2f} s in the domain, {io:.2f} s reading and writing through QGIS and GDAL.</source>
        <translation>Durée : {total:.2f} s en tout, dont {domain:.2f} s de calcul et {io:.2f} s de lecture et d&apos;écriture par QGIS et GDAL.</translation>
    </message>
    <message>
        <location filename="../processing/base.py" line="481"/>
        <location filename="../processing/base.py" line="491"/>
        <location filename="../processing/bulk.py" line="417"/>
        <location filename="../processing/bulk.py" line="994"/>
        <location filename="../processing/frames.py" line="63"/>
        <location filename="../processing/frames.py" line="401"/>
        <location filename="../processing/sinks.py" line="86"/>
        <source>Cancelled by the user.</source>
        <translation>Annulé par l&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../processing/bulk.py" line="334"/>
        <location filename="../processing/frames.py" line="50"/>
        <source>Field(s) {missing} not found in the input (fields: {fields}).</source>
        <translation>Champ(s) {missing} introuvable(s) dans l&apos;entrée (champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../processing/bulk.py" line="374"/>
        <source>Feature with an invalid geometry found in the input: fix the layer or change the invalid-geometry setting of Processing.</source>
        <translation>Entité à géométrie invalide dans la couche d&apos;entrée : corrigez la couche ou changez le réglage des géométries invalides de Processing.</translation>
    </message>
    <message>
        <location filename="../processing/bulk.py" line="377"/>
        <source>{n} feature(s) with an invalid geometry were skipped.</source>
        <translation>{n} entité(s) à géométrie invalide ignorée(s).</translation>
    </message>
    <message>
        <location filename="../processing/bulk.py" line="494"/>
        <source>GDAL returned inconsistent data three times while reading the input ({err}). Run again; if it persists, set the environment variable TRACEMOB_BULK=0 to read feature by feature.</source>
        <translation>GDAL a renvoyé trois fois des données incohérentes en lisant l&apos;entrée ({err}). Relancez ; si cela persiste, définissez la variable d&apos;environnement TRACEMOB_BULK=0 pour lire entité par entité.</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="40"/>
        <source>Dask cluster (off, local:N worker processes, or a scheduler tcp://host:port; the environment variable TRACEMOB_CLUSTER overrides it)</source>
        <translation>Cluster Dask (off, local:N processus de calcul, ou un ordonnanceur tcp://hôte:port ; la variable d&apos;environnement TRACEMOB_CLUSTER a priorité)</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="46"/>
        <source>With the option &apos;Dask cluster&apos; on (Processing &gt; Options &gt; Providers &gt; Tracemob, or the environment variable TRACEMOB_CLUSTER: local:N worker processes, or a scheduler tcp://host:port), the work is sent to that Dask cluster by partitions of whole participants; the outputs are the same.</source>
        <translation>Avec l&apos;option « Cluster Dask » activée (Traitement &gt; Options &gt; Fournisseurs &gt; Tracemob, ou la variable d&apos;environnement TRACEMOB_CLUSTER : local:N processus de calcul, ou un ordonnanceur tcp://hôte:port), le calcul est envoyé à ce cluster Dask par partitions de participants entiers ; les sorties sont les mêmes.</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="81"/>
        <source>the environment variable {name}</source>
        <translation>la variable d&apos;environnement {name}</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="84"/>
        <source>the Processing option &apos;Dask cluster&apos; (Processing &gt; Options &gt; Providers &gt; Tracemob)</source>
        <translation>l&apos;option de Traitement « Cluster Dask » (Traitement &gt; Options &gt; Fournisseurs &gt; Tracemob)</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="101"/>
        <source>The Dask cluster is on ({choice}, from {origin}) but QGIS&apos;s Python cannot import dask and distributed ({error}). Install them into QGIS&apos;s Python ({python}), e.g. &quot;{python}&quot; -m pip install {packages}, then restart QGIS; or turn the cluster off (empty option, or TRACEMOB_CLUSTER=off).</source>
        <translation>Le cluster Dask est activé ({choice}, par {origin}) mais le Python de QGIS ne peut pas importer dask et distributed ({error}). Installez-les dans le Python de QGIS ({python}), par exemple &quot;{python}&quot; -m pip install {packages}, puis redémarrez QGIS ; ou désactivez le cluster (option vide, ou TRACEMOB_CLUSTER=off).</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="140"/>
        <source>no Python interpreter found beside QGIS</source>
        <translation>aucun interpréteur Python trouvé à côté de QGIS</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="152"/>
        <source>The Dask cluster ({choice}, from {origin}) cannot start its worker processes with the Python interpreter {python}: {problem}. Install dask and distributed for that Python (&quot;{python}&quot; -m pip install {packages}), or use a scheduler started elsewhere (tcp://host:port), or turn the cluster off.</source>
        <translation>Le cluster Dask ({choice}, par {origin}) ne peut pas démarrer ses processus de calcul avec l&apos;interpréteur Python {python} : {problem}. Installez dask et distributed pour ce Python (&quot;{python}&quot; -m pip install {packages}), ou utilisez un ordonnanceur démarré ailleurs (tcp://hôte:port), ou désactivez le cluster.</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="180"/>
        <source>Cannot use the Dask scheduler {address} (from {origin})</source>
        <translation>Impossible d&apos;utiliser l&apos;ordonnanceur Dask {address} (par {origin})</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="185"/>
        <source>{what}: {error}. Check that the scheduler runs (dask scheduler), that the address and port are right and that this machine can reach it (firewall, VPN, port forwarding); or turn the cluster off (empty option, or TRACEMOB_CLUSTER=off).</source>
        <translation>{what} : {error}. Vérifiez que l&apos;ordonnanceur tourne (dask scheduler), que l&apos;adresse et le port sont justes et que cette machine peut le joindre (pare-feu, VPN, redirection de port) ; ou désactivez le cluster (option vide, ou TRACEMOB_CLUSTER=off).</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="197"/>
        <source>{what}: no worker answered in {seconds} s ({error}). Start workers on the scheduler (dask worker {address} --preload .../tracemob_plugin/core/cluster/preload.py, docs/cluster.md).</source>
        <translation>{what} : aucun processus de calcul n&apos;a répondu en {seconds} s ({error}). Démarrez des processus de calcul sur l&apos;ordonnanceur (dask worker {address} --preload .../tracemob_plugin/core/cluster/preload.py, docs/cluster.md).</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="203"/>
        <source>{what}: its workers cannot import Tracemob ({error}). Install the same Tracemob at the same path on every worker, with the packages of requirements.txt (docs/cluster.md).</source>
        <translation>{what} : ses processus de calcul ne peuvent pas importer Tracemob ({error}). Installez le même Tracemob au même chemin sur chaque machine de calcul, avec les paquets de requirements.txt (docs/cluster.md).</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="264"/>
        <source>Dask cluster ({origin}): {what}, {n} worker(s), scheduler {address} (ready in {seconds:.1f} s).</source>
        <translation>Cluster Dask ({origin}) : {what}, {n} processus de calcul, ordonnanceur {address} (prêt en {seconds:.1f} s).</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="274"/>
        <source>The Dask cluster ({what}) failed during the run: {kind}: {error}. Check the cluster (its workers&apos; logs, their memory), or turn it off to run in QGIS.</source>
        <translation>Le cluster Dask ({what}) a échoué pendant le calcul : {kind} : {error}. Vérifiez le cluster (les journaux de ses processus de calcul, leur mémoire), ou désactivez-le pour calculer dans QGIS.</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="289"/>
        <source>{n} points sent to the cluster in {k} partition(s) of whole participants.</source>
        <translation>{n} points envoyés au cluster en {k} partition(s) de participants entiers.</translation>
    </message>
    <message>
        <location filename="../processing/cluster.py" line="303"/>
        <location filename="../processing/cluster.py" line="316"/>
        <source>{n} legs sent to the cluster in {k} partition(s) of whole participants.</source>
        <translation>{n} trajets envoyés au cluster en {k} partition(s) de participants entiers.</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="97"/>
        <source>the input layer</source>
        <translation>la couche d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="119"/>
        <source>Layer {layer}: {n_bad} of {n} coordinates are not longitudes / latitudes in its CRS {crs} (first: {x}, {y}), so no point would be kept. The layer&apos;s CRS is probably wrong: set its real CRS (Layer Properties &gt; Source, e.g. a projected CRS in metres) or reproject it to EPSG:4326, then run again.</source>
        <translation>Couche {layer} : {n_bad} coordonnées sur {n} ne sont pas des longitudes / latitudes dans son SCR {crs} (première : {x}, {y}), aucun point ne serait donc gardé. Le SCR de la couche est probablement faux : indiquez son vrai SCR (Propriétés de la couche &gt; Source, par exemple un SCR projeté en mètres) ou reprojetez-la en EPSG:4326, puis relancez.</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="126"/>
        <source>Layer {layer} has no CRS and {n_bad} of {n} coordinates are not longitudes / latitudes (first: {x}, {y}). Set the layer&apos;s CRS (Layer Properties &gt; Source) to the one of its coordinates, then run again.</source>
        <translation>La couche {layer} n&apos;a pas de SCR et {n_bad} coordonnées sur {n} ne sont pas des longitudes / latitudes (première : {x}, {y}). Indiquez le SCR de ses coordonnées (Propriétés de la couche &gt; Source), puis relancez.</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="133"/>
        <source>Layer {layer} has no CRS: its coordinates are read as longitudes / latitudes (EPSG:4326). Set its CRS if they are not.</source>
        <translation>La couche {layer} n&apos;a pas de SCR : ses coordonnées sont lues comme des longitudes / latitudes (EPSG:4326). Indiquez son SCR si ce n&apos;est pas le cas.</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="136"/>
        <source>Layer {layer}: {n_bad} point(s) out of the longitude / latitude range and {n_missing} without finite coordinates are dropped.</source>
        <translation>Couche {layer} : {n_bad} point(s) hors des plages de longitude / latitude et {n_missing} sans coordonnées finies sont écartés.</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="186"/>
        <location filename="../processing/params.py" line="85"/>
        <source>Field &apos;{field}&apos; does not exist in the input layer (fields: {fields}).</source>
        <translation>Le champ « {field} » n&apos;existe pas dans la couche d&apos;entrée (champs : {fields}).</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="212"/>
        <location filename="../processing/frames.py" line="233"/>
        <source>The line layer has no M values: use a trips or legs layer made by Tracemob (M = time of each vertex).</source>
        <translation>La couche de lignes n&apos;a pas de valeurs M : utilisez une couche de déplacements ou de trajets produite par Tracemob (M = heure de chaque sommet).</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="405"/>
        <source>Could not write features to {output}: {error}</source>
        <translation>Impossible d&apos;écrire les entités dans {output} : {error}</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="648"/>
        <source>{n} motion activity readings are written on the points (fields activity, activity_confidence and motion_readings).</source>
        <translation>{n} relevés d&apos;activité de mouvement sont écrits sur les points (champs activity, activity_confidence et motion_readings).</translation>
    </message>
    <message>
        <location filename="../processing/frames.py" line="652"/>
        <source>{n} motion reading(s) belong to participants without any location point: they are only in the motion table output.</source>
        <translation>{n} relevé(s) de mouvement appartiennent à des participants sans aucun point de localisation : ils ne figurent que dans la table de mouvement en sortie.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="33"/>
        <source>Legs (lines whose M value is the time, from &apos;Segment trips&apos; or &apos;Infer transport modes&apos;; used when given)</source>
        <translation>Trajets (lignes dont la valeur M est l&apos;heure, issus de « Découper en déplacements » ou de « Déduire les modes de transport » ; utilisés s&apos;ils sont fournis)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="35"/>
        <source>The legs to use: lines whose M value is the UTC time of each vertex, as written by &apos;Segment trips&apos; or &apos;Infer transport modes&apos; (they carry leg_id, user_id and, after the mode inference, mode). When given, the points layer below is ignored.</source>
        <translation>Les trajets à utiliser : des lignes dont la valeur M est l&apos;heure UTC de chaque sommet, telles que les écrivent « Découper en déplacements » ou « Déduire les modes de transport » (elles portent leg_id, user_id et, après la déduction des modes, mode). Quand elles sont données, la couche de points ci-dessous est ignorée.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="39"/>
        <source>Or: points with a leg identifier (used only when no legs layer is given)</source>
        <translation>Ou : points avec un identifiant de trajet (utilisés seulement si aucune couche de trajets n&apos;est fournie)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="41"/>
        <source>Instead of a legs layer: points with a leg identifier, a time and a participant (the cleaned points of &apos;Segment trips&apos;, a GPS survey...). Used only when no legs layer is given; the fields are chosen in the advanced parameters or detected.</source>
        <translation>À la place d&apos;une couche de trajets : des points avec un identifiant de trajet, une heure et un participant (les points nettoyés de « Découper en déplacements », une enquête GPS...). Utilisée seulement quand aucune couche de trajets n&apos;est donnée ; les champs sont choisis dans les paramètres avancés ou détectés.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="45"/>
        <source>Leg identifier field of the points (empty: detect leg_id)</source>
        <translation>Champ identifiant de trajet des points (vide : détection de leg_id)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="46"/>
        <source>The field of the points layer that tells which leg each point belongs to; the points of a leg are put in time order. Left empty, a field named leg_id (or a close name) is used.</source>
        <translation>Le champ de la couche de points qui indique le trajet de chaque point ; les points d&apos;un trajet sont remis dans l&apos;ordre du temps. Laissé vide, un champ nommé leg_id (ou un nom proche) est utilisé.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="48"/>
        <source>Time field of the points (empty: detect)</source>
        <translation>Champ horaire des points (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="49"/>
        <source>The field of the points layer holding the time of each point: a date-time, ISO text or epoch seconds; times without an offset are read in the study&apos;s time zone. Left empty, a field named time, timestamp, datetime... is used.</source>
        <translation>Le champ de la couche de points qui contient l&apos;heure de chaque point : une date et heure, un texte ISO ou des secondes epoch ; les heures sans décalage sont lues dans le fuseau horaire de l&apos;étude. Laissé vide, un champ nommé time, timestamp, datetime... est utilisé.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="52"/>
        <source>Participant field of the points (empty: detect)</source>
        <translation>Champ participant des points (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="53"/>
        <source>The field of the points layer naming the participant, for the privacy thresholds and the counts of distinct participants. Left empty, a field named user_id, user... is used; without one, all points count as one participant.</source>
        <translation>Le champ de la couche de points qui nomme le participant, pour les seuils de confidentialité et le décompte des participants distincts. Laissé vide, un champ nommé user_id, user... est utilisé ; sans lui, tous les points comptent pour un seul participant.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="56"/>
        <source>Mode field of the points (empty: detect mode; none: every leg is kept)</source>
        <translation>Champ mode des points (vide : détection de mode ; aucun : tous les trajets sont gardés)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="57"/>
        <source>The field of the points layer giving the transport mode of their leg, used by the mode filter. Left empty, a field named mode or main_mode is used; without one, every leg is kept whatever its mode.</source>
        <translation>Le champ de la couche de points qui donne le mode de transport de leur trajet, utilisé par le filtre de modes. Laissé vide, un champ nommé mode ou main_mode est utilisé ; sans lui, tous les trajets sont gardés quel que soit leur mode.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="71"/>
        <source>Give the legs layer (output of &apos;Segment trips&apos; or &apos;Infer transport modes&apos;) or a points layer with a leg identifier field.</source>
        <translation>Fournissez la couche des trajets (sortie de « Découper en déplacements » ou de « Déduire les modes de transport ») ou une couche de points avec un champ identifiant de trajet.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="80"/>
        <source>The legs layer has no field &apos;leg_id&apos; (fields: {fields}). Use the legs output of Tracemob &apos;Segment trips&apos; or &apos;Infer transport modes&apos;.</source>
        <translation>La couche des trajets n&apos;a pas de champ « leg_id » (champs : {fields}). Utilisez la sortie trajets de « Découper en déplacements » ou de « Déduire les modes de transport » de Tracemob.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="87"/>
        <source>The legs layer has no user_id field: every leg counts as a different participant.</source>
        <translation>La couche des trajets n&apos;a pas de champ user_id : chaque trajet compte comme un participant différent.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="91"/>
        <source>Both legs and points were given: the legs layer is used, the points layer is ignored.</source>
        <translation>Des trajets et des points ont été fournis : la couche des trajets est utilisée, la couche de points est ignorée.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="93"/>
        <source>Input: legs layer &apos;{name}&apos; ({n} legs, {v} vertices, CRS {crs}).</source>
        <translation>Entrée : couche de trajets « {name} » ({n} trajets, {v} sommets, SCR {crs}).</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="132"/>
        <source>Input: points layer &apos;{name}&apos; grouped by leg field &apos;{leg}&apos; (time: &apos;{time}&apos;, participant: &apos;{user}&apos;): {n} legs, {v} points, CRS {crs}.</source>
        <translation>Entrée : couche de points « {name} » regroupés par le champ de trajet « {leg} » (heure : « {time} », participant : « {user} ») : {n} trajets, {v} points, SCR {crs}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="137"/>
        <source>{n} point(s) without leg identifier, time or position were ignored.</source>
        <translation>{n} point(s) sans identifiant de trajet, sans heure ou sans position ont été ignorés.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="140"/>
        <source>No participant field found: all points count as one participant.</source>
        <translation>Aucun champ participant trouvé : tous les points comptent pour un seul participant.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="157"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="176"/>
        <source>The date range ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="166"/>
        <source>Date range: {k} of {n} legs fall in it.</source>
        <translation>Période : {k} trajets sur {n} s&apos;y trouvent.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="168"/>
        <source>No leg falls in the date range; the legs span {first} to {last}.</source>
        <translation>Aucun trajet ne se trouve dans la période ; les trajets vont du {first} au {last}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="193"/>
        <source>Read and processed by {k} partitions of whole participants.</source>
        <translation>Lecture et traitement par {k} partitions de participants entiers.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="201"/>
        <source>The legs layer has no field &apos;leg_id&apos; (fields: {fields}). Use the legs output of Tracemob &apos;Segment trips&apos;.</source>
        <translation>La couche des trajets n&apos;a pas de champ « leg_id » (champs : {fields}). Utilisez la sortie trajets de « Découper en déplacements » de Tracemob.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="232"/>
        <source>GTFS feed {name}: {stops} stops, {routes} routes ({modes}), {trips} trips, {times} scheduled stop times, time zone {tz}.</source>
        <translation>Flux GTFS {name} : {stops} arrêts, {routes} lignes ({modes}), {trips} courses, {times} horaires de passage, fuseau horaire {tz}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="237"/>
        <source>GTFS feed {name}: {warning}</source>
        <translation>Flux GTFS {name} : {warning}</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="245"/>
        <location filename="../processing/inputs.py" line="474"/>
        <source>Public-transport stops (optional)</source>
        <translation>Arrêts de transport collectif (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="249"/>
        <location filename="../processing/inputs.py" line="485"/>
        <source>GTFS feed (.zip, or any .txt file of its folder; optional)</source>
        <translation>Flux GTFS (.zip, ou n&apos;importe quel fichier .txt de son dossier ; facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="250"/>
        <location filename="../processing/inputs.py" line="486"/>
        <location filename="../processing/algorithms/before_after.py" line="293"/>
        <location filename="../processing/algorithms/transit_performance.py" line="60"/>
        <source>GTFS feed (*.zip *.txt);;All files (*)</source>
        <translation>Flux GTFS (*.zip *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="252"/>
        <source>A public-transport timetable in GTFS (the .zip as published on open-data portals, or any .txt file of an unzipped feed): its stops serve as the stops above. Optional.</source>
        <translation>Un horaire de transport collectif au format GTFS (le .zip tel que publié sur les portails de données ouvertes, ou n&apos;importe quel fichier .txt d&apos;un flux décompressé) : ses arrêts servent d&apos;arrêts ci-dessus. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="255"/>
        <source>An OpenStreetMap extract (.osm.pbf or .osm), read directly: its bus stops, tram stops, stations and platforms within the input&apos;s extent serve as the stops above (a stop mapped twice counts once). Optional.</source>
        <translation>Un extrait OpenStreetMap (.osm.pbf ou .osm), lu directement : ses arrêts de bus, arrêts de tramway, gares, stations et quais dans l&apos;emprise des données d&apos;entrée servent d&apos;arrêts comme ci-dessus (un arrêt cartographié deux fois compte une fois). Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="263"/>
        <source>OpenStreetMap extract (.osm.pbf or .osm; optional)</source>
        <translation>Extrait OpenStreetMap (.osm.pbf ou .osm ; facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="264"/>
        <source>OpenStreetMap (*.osm.pbf *.pbf *.osm);;All files (*)</source>
        <translation>OpenStreetMap (*.osm.pbf *.pbf *.osm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="289"/>
        <source>{n} public-transport stops: waits at them stay inside trips.</source>
        <translation>{n} arrêts de transport collectif : les attentes à ces arrêts restent dans les déplacements.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="326"/>
        <source>Cannot tell the kind of the network lines (bus, coach, tram, metro, train, ferry): choose the field that holds it (OSM route/railway, GTFS route_type) among {fields}.</source>
        <translation>Impossible de déterminer le type des lignes du réseau (bus, autocar, tramway, métro, train, bateau) : choisissez le champ qui le contient (route/railway d&apos;OSM, route_type de GTFS) parmi {fields}.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="345"/>
        <source>Network lines by kind: {counts}</source>
        <translation>Lignes du réseau par type : {counts}</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="347"/>
        <source>No bus, coach, tram, metro, train or ferry line recognised in the network layer.</source>
        <translation>Aucune ligne de bus, d&apos;autocar, de tramway, de métro, de train ou de bateau reconnue dans la couche du réseau.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="382"/>
        <source>The stops layer is OpenStreetMap&apos;s points: {kept} of its {n} points are public-transport stops (bus stops, tram stops, stations, platforms), {stops} stops once those mapped twice are merged.</source>
        <translation>La couche d&apos;arrêts est celle des points d&apos;OpenStreetMap : {kept} de ses {n} points sont des arrêts de transport en commun (arrêts de bus, arrêts de tramway, gares et stations, quais), {stops} arrêts une fois fusionnés ceux cartographiés deux fois.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="387"/>
        <source>No public-transport stop among the OpenStreetMap points of the stops layer.</source>
        <translation>Aucun arrêt de transport en commun parmi les points OpenStreetMap de la couche d&apos;arrêts.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="392"/>
        <source>{n} public-transport stops</source>
        <translation>{n} arrêts de transport collectif</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="412"/>
        <source>Reading the public transport of the OpenStreetMap extract {file}...</source>
        <translation>Lecture des transports en commun de l&apos;extrait OpenStreetMap {file}...</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="417"/>
        <source>OpenStreetMap extract within the input&apos;s extent: {routes} route relations, line pieces by kind {lines}; {stops} stops by kind {kinds} ({points} stop points merged where they are one stop).</source>
        <translation>Extrait OpenStreetMap dans l&apos;emprise des données d&apos;entrée : {routes} relations de lignes, tronçons de ligne par type {lines} ; {stops} arrêts par type {kinds} ({points} points d&apos;arrêt fusionnés là où ils sont un seul arrêt).</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="423"/>
        <source>The OpenStreetMap extract has no public-transport line or stop within the input&apos;s extent: check that it covers the study area.</source>
        <translation>L&apos;extrait OpenStreetMap n&apos;a aucune ligne ni aucun arrêt de transport en commun dans l&apos;emprise des données d&apos;entrée : vérifiez qu&apos;il couvre la zone d&apos;étude.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="432"/>
        <source>GTFS feed within the legs&apos; extent: {lines} line pieces, {stops} stops.</source>
        <translation>Flux GTFS dans l&apos;emprise des trajets : {lines} tronçons de ligne, {stops} arrêts.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="435"/>
        <source>The GTFS feed has no stop within the legs&apos; extent: check that it covers the study area.</source>
        <translation>Le flux GTFS n&apos;a aucun arrêt dans l&apos;emprise des trajets : vérifiez qu&apos;il couvre le territoire étudié.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="442"/>
        <source>Motion activity table (from Import traces; optional)</source>
        <translation>Table d&apos;activité de mouvement (issue de l&apos;import des traces ; facultative)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="444"/>
        <source>The motion-activity readings of the phones (user_id, time, activity, confidence), as written by &apos;Import travel traces&apos; or &apos;Import from an OpenPATH server&apos;. They help tell walking, cycling and riding apart; without them the trajectory alone decides.</source>
        <translation>Les lectures d&apos;activité de mouvement des téléphones (user_id, time, activity, confidence), telles que les écrivent « Importer des traces de déplacement » ou « Importer depuis un serveur OpenPATH ». Elles aident à distinguer la marche, le vélo et les véhicules ; sans elles, la trajectoire seule décide.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="448"/>
        <source>User-confirmed trips (user_id, start_time, end_time, mode_confirm; optional)</source>
        <translation>Déplacements confirmés par l&apos;utilisateur (user_id, start_time, end_time, mode_confirm ; facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="450"/>
        <source>The trips the participants confirmed in the app (user_id, start_time, end_time, mode_confirm), as written by the import algorithms. A leg inside a confirmed trip of the same participant takes its label.</source>
        <translation>Les déplacements que les participants ont confirmés dans l&apos;application (user_id, start_time, end_time, mode_confirm), tels que les écrivent les algorithmes d&apos;import. Un trajet situé dans un déplacement confirmé du même participant prend son libellé.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="454"/>
        <source>Field of the legs holding user labels (optional)</source>
        <translation>Champ des trajets contenant les libellés de l&apos;utilisateur (facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="456"/>
        <source>A field of the legs that already holds a mode label given by the participant (e.g. mode_confirm); a filled label wins over the model. Optional.</source>
        <translation>Un champ des trajets qui contient déjà un libellé de mode donné par le participant (p. ex. mode_confirm) ; un libellé rempli l&apos;emporte sur le modèle. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="460"/>
        <source>Public-transport lines (OSM or GTFS; optional)</source>
        <translation>Lignes de transport collectif (OSM ou GTFS ; facultatif)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="462"/>
        <source>Public-transport lines (OpenStreetMap routes or railways, GTFS shapes): motorised legs that follow a bus, coach, tram, metro or rail line, stopping at its stops, become bus, coach, tram, metro or train, and legs along a ferry line become ferry. Optional: without it these modes are not told apart from car.</source>
        <translation>Lignes de transports en commun (routes ou voies ferrées OpenStreetMap, tracés GTFS) : les trajets motorisés qui suivent une ligne de bus, d&apos;autocar, de tram, de métro ou de train en s&apos;arrêtant à ses arrêts deviennent bus, autocar, tram, métro ou train, et les trajets le long d&apos;une ligne de bateau deviennent bateau (ferry). Facultatif : sans elles, ces modes ne sont pas distingués de la voiture.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="467"/>
        <source>Field of the lines giving bus / coach / tram / metro / train / ferry (empty: detect route, railway, route_type...)</source>
        <translation>Champ des lignes indiquant bus / autocar / tramway / métro / train / bateau (vide : détection de route, railway, route_type…)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="470"/>
        <source>The field of the lines layer telling bus, coach, tram, metro, train or ferry (OSM route or railway, GTFS route_type). Left empty, a field named kind, mode, route_type, route, railway... is used.</source>
        <translation>Le champ de la couche des lignes qui indique bus, autocar, tram, métro, train ou bateau (route ou railway d&apos;OSM, route_type de GTFS). Laissé vide, un champ nommé kind, mode, route_type, route, railway... est utilisé.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="476"/>
        <source>Public-transport stops (points, any CRS). A leg that stops at them along a line is more likely on that line. Optional.</source>
        <translation>Arrêts de transports en commun (points, tout SCR). Un trajet qui s&apos;y arrête le long d&apos;une ligne a plus de chances d&apos;être sur cette ligne. Facultatif.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="478"/>
        <source>An OpenStreetMap extract as Geofabrik or BBBike publish them (.osm.pbf or .osm), read directly: its public-transport route relations (bus, trolleybus, coach, tram, light rail, subway, train, ferry) and railway lines are used as lines, its bus stops, tram stops, stations and platforms as stops (a stop mapped twice, pole and stop position, counts once). Only what lies within the legs&apos; extent is kept. It adds to the layers above and the GTFS feed.</source>
        <translation>Un extrait OpenStreetMap tel que Geofabrik ou BBBike les publient (.osm.pbf ou .osm), lu directement : ses relations de lignes de transport en commun (bus, trolleybus, car, tramway, métro léger, métro, train, ferry) et ses voies ferrées servent de lignes, ses arrêts de bus, arrêts de tramway, gares, stations et quais d&apos;arrêts (un arrêt cartographié deux fois, poteau et position d&apos;arrêt, compte une fois). Seul ce qui se trouve dans l&apos;emprise des trajets est gardé. Il s&apos;ajoute aux couches ci-dessus et au flux GTFS.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="487"/>
        <source>A public-transport timetable in GTFS, as published on open-data portals: the .zip, or any .txt file of an unzipped feed (its folder is read). Its stops and its lines (shapes.txt, else straight lines through the stops) are used like the layers above, each line with the mode of its routes (route_type: bus, coach, tram, metro, train, ferry...). A motorised leg that passes the stops of a trip at its scheduled times, on a day the trip runs, takes the route&apos;s mode; the legs then get transit_route (the route&apos;s name) and transit_confidence (0-1). A bad feed stops the algorithm with the file, the line and the field at fault.</source>
        <translation>Des horaires de transport en commun au format GTFS, tels que publiés sur les portails de données ouvertes : le .zip, ou n&apos;importe quel fichier .txt d&apos;un flux décompressé (son dossier est lu). Ses arrêts et ses lignes (shapes.txt, sinon des lignes droites entre les arrêts) servent comme les couches ci-dessus, chaque ligne avec le mode de ses lignes commerciales (route_type : bus, autocar, tram, métro, train, bateau...). Un trajet motorisé qui passe aux arrêts d&apos;une course aux heures prévues, un jour où la course circule, prend le mode de la ligne ; les trajets reçoivent alors transit_route (le nom de la ligne) et transit_confidence (0-1). Un flux erroné arrête l&apos;algorithme en indiquant le fichier, la ligne et le champ en cause.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="511"/>
        <source>The layer &apos;{layer}&apos; has no polygon.</source>
        <translation>La couche « {layer} » n&apos;a aucun polygone.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="526"/>
        <source>The {what} layer {layer} has no feature: the output is empty.</source>
        <translation>La couche {layer} ({what}) n&apos;a aucune entité : la sortie est vide.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="549"/>
        <source>Participant weights (user_id, weight; empty: unweighted)</source>
        <translation>Poids des participants (user_id, weight ; vide : sans pondération)</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="565"/>
        <source>The weights table needs the fields user_id and weight (the output of &apos;Weight the panel to the population&apos;).</source>
        <translation>La table des poids doit avoir les champs user_id et weight (la sortie de « Pondérer le panel sur la population »).</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="571"/>
        <source>Weighted shares: {n} participant weights read.</source>
        <translation>Parts pondérées : {n} poids de participants lus.</translation>
    </message>
    <message>
        <location filename="../processing/inputs.py" line="577"/>
        <source>The weights are raked to the margins {margins}.</source>
        <translation>Les poids sont calés sur les marges {margins}.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="91"/>
        <source>Cannot detect the field for &apos;{param}&apos; among {fields}. Choose it in the parameter.</source>
        <translation>Impossible de détecter le champ pour « {param} » parmi {fields}. Choisissez-le dans le paramètre.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="113"/>
        <source>Period start (empty: from the first trip)</source>
        <translation>Début de la période (vide : dès le premier déplacement)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="114"/>
        <source>Only the trips (or legs) that start at or after this date and time are used; a time without a time zone is read as UTC. Empty: from the first one.</source>
        <translation>Seuls les déplacements (ou trajets) qui commencent à cette date et heure ou après sont utilisés ; une heure sans fuseau horaire est lue en UTC. Vide : depuis le premier.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="117"/>
        <source>Period end, excluded (empty: to the last trip)</source>
        <translation>Fin de la période, exclue (vide : jusqu&apos;au dernier déplacement)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="118"/>
        <source>Only the trips (or legs) that start before this date and time are used (the end itself is excluded); a time without a time zone is read as UTC. Empty: up to the last one.</source>
        <translation>Seuls les déplacements (ou trajets) qui commencent avant cette date et heure sont utilisés (la fin elle-même est exclue) ; une heure sans fuseau horaire est lue en UTC. Vide : jusqu&apos;au dernier.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="157"/>
        <source>Emission factor table (CSV; empty: ADEME Impact CO2 shipped with Tracemob)</source>
        <translation>Table des facteurs d&apos;émission (CSV ; vide : Impact CO2 de l&apos;ADEME fournie avec Tracemob)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="159"/>
        <source>A CSV table of emission factors per mode (columns mode, usage_g_per_km, construction_g_per_km, unit pkm or vkm...; see resources/emission_factors/README.md). Empty: the ADEME Impact CO2 factors shipped with Tracemob.</source>
        <translation>Une table CSV de facteurs d&apos;émission par mode (colonnes mode, usage_g_per_km, construction_g_per_km, unit pkm ou vkm... ; voir resources/emission_factors/README.md). Vide : les facteurs Impact CO2 de l&apos;ADEME fournis avec Tracemob.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="163"/>
        <source>Emissions counted</source>
        <translation>Émissions comptées</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="164"/>
        <source>Usage (fuel and electricity)</source>
        <translation>Usage (carburant et électricité)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="164"/>
        <source>Usage + vehicle construction</source>
        <translation>Usage + construction du véhicule</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="166"/>
        <source>Usage counts the fuel or electricity burnt (and contrails for planes); usage + construction adds the making, upkeep and end of life of the vehicles.</source>
        <translation>L&apos;usage compte le carburant ou l&apos;électricité consommés (et les traînées de condensation pour l&apos;avion) ; usage + construction ajoute la fabrication, l&apos;entretien et la fin de vie des véhicules.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="169"/>
        <source>Car occupancy (persons per car)</source>
        <translation>Taux d&apos;occupation des voitures (personnes par voiture)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="171"/>
        <source>Persons per car: a car leg is charged the car&apos;s emissions per vehicle-km divided by this number.</source>
        <translation>Personnes par voiture : un trajet en voiture se voit compter les émissions de la voiture par véhicule-km divisées par ce nombre.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="174"/>
        <source>Occupancy of legs labelled as carpooling</source>
        <translation>Taux d&apos;occupation des trajets étiquetés covoiturage</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="176"/>
        <source>Persons per car for legs labelled as carpooling (carpool, shared_ride, covoiturage): their emissions are divided by this number instead of the car occupancy.</source>
        <translation>Personnes par voiture pour les trajets libellés comme du covoiturage (carpool, shared_ride, covoiturage) : leurs émissions sont divisées par ce nombre au lieu du taux d&apos;occupation des voitures.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="184"/>
        <source>Emission factors: {label} ({file})</source>
        <translation>Facteurs d&apos;émission : {label} ({file})</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="197"/>
        <source>Privacy: hide values seen by fewer distinct participants than</source>
        <translation>Confidentialité : masquer les valeurs observées par moins de participants distincts que</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="199"/>
        <source>Privacy: a value computed from fewer distinct participants than this is not published (left empty, masked). The default 10 is the project&apos;s rule; it cannot go below 2, and lowering it is logged as a warning.</source>
        <translation>Confidentialité : une valeur calculée à partir de moins de participants distincts que ce nombre n&apos;est pas publiée (laissée vide, masquée). La valeur par défaut, 10, est la règle du projet ; elle ne peut pas descendre sous 2, et l&apos;abaisser est signalé par un avertissement.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="217"/>
        <source>Time-of-day bands, local hours (e.g. 7-9,9-16,16-19; empty: whole day)</source>
        <translation>Tranches horaires, en heures locales (p. ex. 7-9,9-16,16-19 ; vide : journée entière)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="219"/>
        <source>Time-of-day bands in local hours, comma-separated: 7-9,9-16,16-19 gives the morning peak, the day and the evening peak; minutes as 7:30-9; a band may wrap midnight (22-6). Bands must not overlap. Empty: one band for the whole day.</source>
        <translation>Tranches horaires en heures locales, séparées par des virgules : 7-9,9-16,16-19 donne la pointe du matin, la journée et la pointe du soir ; les minutes s&apos;écrivent 7:30-9 ; une tranche peut passer minuit (22-6). Les tranches ne doivent pas se chevaucher. Vide : une seule tranche pour toute la journée.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="229"/>
        <source>Time zone of the study</source>
        <translation>Fuseau horaire de l&apos;enquête</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="230"/>
        <source>IANA name of the study&apos;s time zone (Europe/Paris, America/Montreal...): time bands, weekdays and dates are local to this zone, and so are point times written without an offset.</source>
        <translation>Nom IANA du fuseau horaire de l&apos;étude (Europe/Paris, America/Montreal...) : les tranches horaires, les jours de la semaine et les dates sont en heure locale de ce fuseau, de même que les heures de points écrites sans décalage.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="247"/>
        <location filename="../processing/algorithms/simulate_traces.py" line="362"/>
        <source>Unknown time zone &apos;{tz}&apos;: use a name like Europe/Paris.</source>
        <translation>Fuseau horaire « {tz} » inconnu : utilisez un nom comme Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="255"/>
        <source>Legs used</source>
        <translation>Trajets utilisés</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="257"/>
        <source>Motorised road traffic (car, carpool, bus, motorcycle...; not walking, cycling, rail)</source>
        <translation>Circulation routière motorisée (voiture, covoiturage, bus, deux-roues motorisé… ; ni marche, ni vélo, ni ferroviaire)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="258"/>
        <source>All legs</source>
        <translation>Tous les trajets</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="259"/>
        <source>Only the modes listed below</source>
        <translation>Seulement les modes listés ci-dessous</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="260"/>
        <source>Which legs are matched to the roads: motorised road traffic only (car, carpool, bus, motorcycle...; walking, cycling, rail, plane and unknown legs left out), every leg, or only the modes listed below.</source>
        <translation>Les trajets appariés aux voies : seulement le trafic routier motorisé (voiture, covoiturage, bus, moto... ; les trajets à pied, à vélo, en train, en avion et de mode inconnu sont écartés), tous les trajets, ou seulement les modes listés ci-dessous.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="264"/>
        <source>Modes to keep, comma-separated (with &apos;Only the modes listed below&apos;)</source>
        <translation>Modes à garder, séparés par des virgules (avec « Seulement les modes listés ci-dessous »)</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="266"/>
        <source>With &apos;Only the modes listed below&apos;: the modes to keep, comma-separated, as codes (car,bus) or French names (voiture, bus, vélo, marche, train, tram, métro...), in any case, with or without accents.</source>
        <translation>Avec « Seulement les modes listés ci-dessous » : les modes à garder, séparés par des virgules, en codes (car,bus) ou en français (voiture, bus, vélo, marche, train, tram, métro...), en majuscules ou minuscules, avec ou sans accents.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="292"/>
        <source>Mode filter: all {n} legs are used.</source>
        <translation>Filtre de mode : les {n} trajets sont tous utilisés.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="295"/>
        <source>The legs have no mode field: all {n} legs are used, whatever their mode (walking and cycling legs included). Run &apos;Infer transport modes&apos; first to keep only motorised traffic.</source>
        <translation>Les trajets n&apos;ont pas de champ mode : les {n} trajets sont tous utilisés, quel que soit leur mode (trajets à pied et à vélo compris). Lancez d&apos;abord « Déduire les modes de transport » pour ne garder que la circulation motorisée.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="302"/>
        <source>motorised road traffic</source>
        <translation>circulation routière motorisée</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="307"/>
        <source>No mode listed: give modes such as car,bus in &apos;Modes to keep&apos;, or choose another &apos;Legs used&apos; option.</source>
        <translation>Aucun mode listé : indiquez des modes tels que car,bus dans « Modes à garder », ou choisissez une autre option de « Trajets utilisés ».</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="312"/>
        <source>Mode filter ({label}): {k} of {n} legs kept {counts}.</source>
        <translation>Filtre de mode ({label}) : {k} trajets gardés sur {n} {counts}.</translation>
    </message>
    <message>
        <location filename="../processing/params.py" line="315"/>
        <source>No leg left after the mode filter ({label}); modes in the data: {modes}. Choose &apos;All legs&apos; or other modes.</source>
        <translation>Aucun trajet ne reste après le filtre de mode ({label}) ; modes présents dans les données : {modes}. Choisissez « Tous les trajets » ou d&apos;autres modes.</translation>
    </message>
    <message>
        <location filename="../processing/provider.py" line="61"/>
        <source>Tracemob: smartphone travel traces to mobility indicators</source>
        <translation>Tracemob : des traces de déplacement des smartphones aux indicateurs de mobilité</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="32"/>
        <source>Road network (lines: OSM extract, IGN BD TOPO &apos;troncon_de_route&apos;...; any CRS)</source>
        <translation>Réseau routier (lignes : extrait OSM, « troncon_de_route » de la BD TOPO de l&apos;IGN… ; tout SCR)</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="34"/>
        <source>The roads the legs are matched to. Any line layer in any CRS (reprojected to WGS84): lines are joined where their ends meet and cut at every junction into segments, the unit of the results. An OpenStreetMap layer keeps its roads only (rails, rivers and planned roads are left out).</source>
        <translation>Les voies auxquelles les trajets sont appariés. Toute couche de lignes dans tout SCR (reprojetée en WGS84) : les lignes sont raccordées là où leurs extrémités se rejoignent et coupées à chaque carrefour en tronçons, l&apos;unité des résultats. D&apos;une couche OpenStreetMap, seules les routes sont gardées (voies ferrées, cours d&apos;eau et routes en projet sont écartés).</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="44"/>
        <source>One-way field of the network (empty: detect oneway or sens; none: all roads two-way)</source>
        <translation>Champ de sens unique du réseau (vide : détection de oneway ou sens ; aucun : toutes les routes à double sens)</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="47"/>
        <source>One-way roads run</source>
        <translation>Les sens uniques vont</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="48"/>
        <source>As the field says (OSM yes / -1, BD TOPO &apos;Sens direct&apos; / &apos;Sens inverse&apos;)</source>
        <translation>Selon la valeur du champ (OSM yes / -1, BD TOPO « Sens direct » / « Sens inverse »)</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="49"/>
        <source>In the direction the line is drawn (any &apos;yes&apos; value)</source>
        <translation>Dans le sens de numérisation de la ligne (toute valeur signifiant oui)</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="50"/>
        <source>Against the direction the line is drawn (any &apos;yes&apos; value)</source>
        <translation>À contresens de la numérisation de la ligne (toute valeur signifiant oui)</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="54"/>
        <source>The field of the network telling one-way streets: OSM oneway (yes, -1), IGN BD TOPO sens (&apos;Sens direct&apos;, &apos;Sens inverse&apos;, &apos;Double sens&apos;) or 1 / -1 / 0. Left empty, a field named oneway or sens (or OSM&apos;s other_tags) is used; without one, every road is two-way.</source>
        <translation>Le champ du réseau qui signale les rues à sens unique : oneway d&apos;OSM (yes, -1), sens de la BD TOPO de l&apos;IGN (« Sens direct », « Sens inverse », « Double sens ») ou 1 / -1 / 0. Laissé vide, un champ nommé oneway ou sens (ou other_tags d&apos;OSM) est utilisé ; sans lui, toutes les voies sont à double sens.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="58"/>
        <source>How to read the one-way field: its own values give the direction (OSM, BD TOPO), or the field only flags one-way roads (yes / no) and they all run along, or all against, the direction their line is drawn.</source>
        <translation>Comment lire le champ de sens unique : ses propres valeurs donnent le sens (OSM, BD TOPO), ou le champ ne fait que signaler les voies à sens unique (oui / non) et elles vont toutes dans le sens où leur ligne est dessinée, ou toutes en sens inverse.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="63"/>
        <source>Speed limit field of the network (km/h; empty: detect maxspeed, else by road class)</source>
        <translation>Champ de vitesse maximale autorisée du réseau (km/h ; vide : détection de maxspeed, sinon selon la classe de la route)</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="65"/>
        <source>The field of the network giving the speed limit in km/h (OSM maxspeed such as 30 or &apos;20 mph&apos;). Left empty, a field named maxspeed (or vitesse_moyenne_vl...) is used; roads without a value get a speed from their road class.</source>
        <translation>Le champ du réseau qui donne la vitesse limite en km/h (maxspeed d&apos;OSM, comme 30 ou « 20 mph »). Laissé vide, un champ nommé maxspeed (ou vitesse_moyenne_vl...) est utilisé ; les voies sans valeur reçoivent une vitesse selon leur classe de route.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="68"/>
        <source>Street name field of the network (empty: detect)</source>
        <translation>Champ du nom de voie du réseau (vide : détection automatique)</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="69"/>
        <source>The field of the network holding the street name, copied to the results so that they can be read street by street. Left empty, a field named name, nom or nom_1_gauche is used.</source>
        <translation>Le champ du réseau qui contient le nom de la rue, recopié dans les résultats pour pouvoir les lire rue par rue. Laissé vide, un champ nommé name, nom ou nom_1_gauche est utilisé.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="75"/>
        <source>Join network lines whose ends are closer than (m)</source>
        <translation>Raccorder les lignes du réseau dont les extrémités sont à moins de (m)</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="77"/>
        <source>Vertices of different lines closer than this distance are taken as the same point, so that roads drawn with small gaps still connect. Raise it for a layer whose lines do not quite meet; 0 joins only identical points.</source>
        <translation>Les sommets de lignes différentes plus proches que cette distance sont pris pour le même point, pour que des voies dessinées avec de petits écarts restent raccordées. Augmentez-la pour une couche dont les lignes ne se rejoignent pas tout à fait ; 0 ne raccorde que des points identiques.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="95"/>
        <source>The road network is in {net} and the traces in {traces}: the network is reprojected to WGS84 (EPSG:4326) like the traces.</source>
        <translation>Le réseau routier est en {net} et les traces en {traces} : le réseau est reprojeté en WGS84 (EPSG:4326) comme les traces.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="100"/>
        <source>The road network layer has no CRS: its coordinates are read as WGS84 longitude/latitude.</source>
        <translation>La couche du réseau routier n&apos;a pas de SCR : ses coordonnées sont lues comme longitude/latitude WGS84.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="120"/>
        <source>OpenStreetMap layer: one-way streets, roundabouts and speed limits are read from its &apos;other_tags&apos; field.</source>
        <translation>Couche OpenStreetMap : les sens uniques, les giratoires et les vitesses maximales autorisées sont lus dans son champ « other_tags ».</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="126"/>
        <source>{n} lines of the network layer are not roads (no &apos;highway&apos; value: rails, rivers, boundaries...; or planned, disused roads): left out.</source>
        <translation>{n} lignes de la couche du réseau ne sont pas des routes (pas de valeur « highway » : voies ferrées, cours d&apos;eau, limites… ; ou routes en projet ou désaffectées) : elles sont écartées.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="143"/>
        <source>The road network layer &apos;{name}&apos; has no lines ({n} features). Choose a line layer with roads in the study area (an OSM extract, the IGN BD TOPO &apos;troncon_de_route&apos; layer...).</source>
        <translation>La couche du réseau routier « {name} » n&apos;a aucune ligne ({n} entités). Choisissez une couche de lignes avec des routes dans le territoire d&apos;enquête (un extrait OSM, la couche « troncon_de_route » de la BD TOPO de l&apos;IGN…).</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="167"/>
        <source>Road network &apos;{name}&apos; (CRS {crs}): {lines} lines, {segments} segments between junctions, {km:.1f} km, {oneway} one-way segments; one-way field: {field}; speed field: {speed}; name field: {street}.</source>
        <translation>Réseau routier « {name} » (SCR {crs}) : {lines} lignes, {segments} tronçons entre carrefours, {km:.1f} km, {oneway} tronçons à sens unique ; champ de sens unique : {field} ; champ de vitesse : {speed} ; champ de nom : {street}.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="175"/>
        <source>No one-way field found in the network (oneway, sens): every road is taken as two-way.</source>
        <translation>Aucun champ de sens unique trouvé dans le réseau (oneway, sens) : toutes les routes sont considérées à double sens.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="191"/>
        <source>{n} network segments closed to motor traffic (footways, cycleways, paths...) are left out of the matching.</source>
        <translation>{n} tronçons du réseau fermés à la circulation motorisée (trottoirs, pistes cyclables, chemins…) sont écartés du recalage.</translation>
    </message>
    <message>
        <location filename="../processing/roads.py" line="203"/>
        <source>Map matching: {n} legs ({status}), {km:.1f} km matched, {t} segment traversals.</source>
        <translation>Recalage sur le réseau : {n} trajets ({status}), {km:.1f} km recalés, {t} passages sur les tronçons.</translation>
    </message>
    <message>
        <location filename="../processing/staging.py" line="220"/>
        <source>The disk is full: the output {output} could not be written. Nothing was left at that path (a previous file there is untouched). Free some space on that disk, or choose an output on another disk, then run again.</source>
        <translation>Le disque est plein : la sortie {output} n&apos;a pas pu être écrite. Rien n&apos;a été laissé à cet emplacement (un fichier précédent y est resté intact). Libérez de la place sur ce disque, ou choisissez une sortie sur un autre disque, puis relancez.</translation>
    </message>
    <message>
        <location filename="../processing/staging.py" line="223"/>
        <source>The output {output} could not be written: {error}. Nothing was left at that path (a previous file there is untouched).</source>
        <translation>La sortie {output} n&apos;a pas pu être écrite : {error}. Rien n&apos;a été laissé à cet emplacement (un fichier précédent y est resté intact).</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_segments.qml" line="5"/>
        <source>Much faster: over 20 % less time</source>
        <translation>Beaucoup plus rapide : plus de 20 % de temps en moins</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_segments.qml" line="6"/>
        <source>Faster: 10 to 20 % less time</source>
        <translation>Plus rapide : 10 à 20 % de temps en moins</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_segments.qml" line="7"/>
        <source>A little faster: up to 10 % less time</source>
        <translation>Un peu plus rapide : jusqu&apos;à 10 % de temps en moins</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_segments.qml" line="8"/>
        <location filename="../resources/styles/beforeafter_zones.qml" line="7"/>
        <source>No clear change (within the margin of error)</source>
        <translation>Pas de changement net (dans la marge d&apos;erreur)</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_segments.qml" line="9"/>
        <source>A little slower: up to 10 % more time</source>
        <translation>Un peu plus lent : jusqu&apos;à 10 % de temps en plus</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_segments.qml" line="10"/>
        <source>Slower: 10 to 25 % more time</source>
        <translation>Plus lent : 10 à 25 % de temps en plus</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_segments.qml" line="11"/>
        <source>Much slower: over 25 % more time</source>
        <translation>Beaucoup plus lent : plus de 25 % de temps en plus</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_segments.qml" line="12"/>
        <source>Too few participants to tell</source>
        <translation>Trop peu de participants pour conclure</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_zones.qml" line="5"/>
        <source>Improved by more than 5 points</source>
        <translation>Amélioration de plus de 5 points</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_zones.qml" line="6"/>
        <source>Improved by up to 5 points</source>
        <translation>Amélioration de 5 points au plus</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_zones.qml" line="8"/>
        <source>Worsened by up to 5 points</source>
        <translation>Dégradation de 5 points au plus</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_zones.qml" line="9"/>
        <source>Worsened by more than 5 points</source>
        <translation>Dégradation de plus de 5 points</translation>
    </message>
    <message>
        <location filename="../resources/styles/beforeafter_zones.qml" line="10"/>
        <source>Too few participants or trips to tell</source>
        <translation>Trop peu de participants ou de déplacements pour conclure</translation>
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
        <location filename="../resources/styles/emissions.qml" line="17"/>
        <source>0 g (walk, bike)</source>
        <translation>0 g (marche, vélo)</translation>
    </message>
    <message>
        <location filename="../resources/styles/emissions.qml" line="18"/>
        <source>&lt; 250 g</source>
        <translation>&lt; 250 g</translation>
    </message>
    <message>
        <location filename="../resources/styles/emissions.qml" line="19"/>
        <source>250 g - 1 kg</source>
        <translation>250 g - 1 kg</translation>
    </message>
    <message>
        <location filename="../resources/styles/emissions.qml" line="20"/>
        <source>1 - 5 kg</source>
        <translation>1 - 5 kg</translation>
    </message>
    <message>
        <location filename="../resources/styles/emissions.qml" line="21"/>
        <source>&gt; 5 kg</source>
        <translation>&gt; 5 kg</translation>
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
        <location filename="../resources/styles/odflows.qml" line="5"/>
        <source>Fewer than 20 trips</source>
        <translation>Moins de 20 déplacements</translation>
    </message>
    <message>
        <location filename="../resources/styles/odflows.qml" line="6"/>
        <source>20 - 50 trips</source>
        <translation>20 - 50 déplacements</translation>
    </message>
    <message>
        <location filename="../resources/styles/odflows.qml" line="7"/>
        <source>50 - 100 trips</source>
        <translation>50 - 100 déplacements</translation>
    </message>
    <message>
        <location filename="../resources/styles/odflows.qml" line="8"/>
        <source>100 - 200 trips</source>
        <translation>100 - 200 déplacements</translation>
    </message>
    <message>
        <location filename="../resources/styles/odflows.qml" line="9"/>
        <source>200 - 500 trips</source>
        <translation>200 - 500 déplacements</translation>
    </message>
    <message>
        <location filename="../resources/styles/odflows.qml" line="10"/>
        <source>500 trips or more</source>
        <translation>500 déplacements ou plus</translation>
    </message>
    <message>
        <location filename="../resources/styles/places.qml" line="6"/>
        <source>Work or study</source>
        <translation>Travail ou études</translation>
    </message>
    <message>
        <location filename="../resources/styles/places.qml" line="7"/>
        <source>Other place</source>
        <translation>Autre lieu</translation>
    </message>
    <message>
        <location filename="../resources/styles/segment_travel_times.qml" line="5"/>
        <source>Too few trips to tell, or hidden to protect privacy</source>
        <translation>Trop peu de déplacements pour conclure, ou masqué par confidentialité</translation>
    </message>
    <message>
        <location filename="../resources/styles/segment_travel_times.qml" line="6"/>
        <source>Heavily congested: under 40 % of the free-flow speed</source>
        <translation>Très congestionné : moins de 40 % de la vitesse en circulation fluide</translation>
    </message>
    <message>
        <location filename="../resources/styles/segment_travel_times.qml" line="7"/>
        <source>Congested: 40 to 60 % of the free-flow speed</source>
        <translation>Congestionné : 40 à 60 % de la vitesse en circulation fluide</translation>
    </message>
    <message>
        <location filename="../resources/styles/segment_travel_times.qml" line="8"/>
        <source>Slowed: 60 to 80 % of the free-flow speed</source>
        <translation>Ralenti : 60 à 80 % de la vitesse en circulation fluide</translation>
    </message>
    <message>
        <location filename="../resources/styles/segment_travel_times.qml" line="9"/>
        <source>Flowing: 80 % of the free-flow speed or more</source>
        <translation>Fluide : 80 % de la vitesse en circulation fluide ou plus</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_legs.qml" line="9"/>
        <source>Car (driver)</source>
        <translation>Voiture (conducteur)</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="5"/>
        <location filename="../resources/styles/simulated_network.qml" line="6"/>
        <source>Primary road</source>
        <translation>Route principale</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="7"/>
        <source>Secondary road</source>
        <translation>Route secondaire</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="8"/>
        <location filename="../resources/styles/simulated_network.qml" line="9"/>
        <source>Tertiary road</source>
        <translation>Route tertiaire</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="10"/>
        <source>Residential street</source>
        <translation>Rue résidentielle</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="11"/>
        <source>Minor street</source>
        <translation>Voie de desserte</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="12"/>
        <source>Living street</source>
        <translation>Zone de rencontre</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="13"/>
        <source>Service road</source>
        <translation>Voie de service</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="14"/>
        <source>Pedestrian street</source>
        <translation>Rue piétonne</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="15"/>
        <source>Cycleway</source>
        <translation>Piste cyclable</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="16"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_network.qml" line="17"/>
        <source>Other road</source>
        <translation>Autre voie</translation>
    </message>
    <message>
        <location filename="../resources/styles/simulated_places.qml" line="7"/>
        <source>Study (school)</source>
        <translation>Études (école)</translation>
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
        <location filename="../resources/styles/transit_performance.qml" line="5"/>
        <source>Too few passages to tell, or hidden to protect privacy</source>
        <translation>Trop peu de passages pour conclure, ou masqué pour la confidentialité</translation>
    </message>
    <message>
        <location filename="../resources/styles/transit_performance.qml" line="6"/>
        <source>Crawling: under 10 km/h stop to stop</source>
        <translation>Au pas : moins de 10 km/h d&apos;arrêt à arrêt</translation>
    </message>
    <message>
        <location filename="../resources/styles/transit_performance.qml" line="7"/>
        <source>Slow: 10 to 15 km/h</source>
        <translation>Lent : 10 à 15 km/h</translation>
    </message>
    <message>
        <location filename="../resources/styles/transit_performance.qml" line="8"/>
        <source>Fair: 15 to 20 km/h</source>
        <translation>Correct : 15 à 20 km/h</translation>
    </message>
    <message>
        <location filename="../resources/styles/transit_performance.qml" line="9"/>
        <source>Fast: 20 km/h or more</source>
        <translation>Rapide : 20 km/h ou plus</translation>
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
        <location filename="../scripts/demo_study.py" line="168"/>
        <source>Study area</source>
        <translation>Zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../scripts/demo_study.py" line="169"/>
        <source>Control area</source>
        <translation>Zone témoin</translation>
    </message>
    <message>
        <location filename="../scripts/demo_study.py" line="175"/>
        <source>Zones (grid of about 500 m)</source>
        <translation>Zones (grille d&apos;environ 500 m)</translation>
    </message>
    <message>
        <location filename="../scripts/demo_study.py" line="204"/>
        <source>{title} (weighted)</source>
        <translation>{title} (pondérée)</translation>
    </message>
    <message>
        <location filename="../scripts/demo_study.py" line="421"/>
        <source>Tracemob simulated study</source>
        <translation>Étude simulée Tracemob</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="592"/>
        <source>Simulated study (central Helsinki)</source>
        <translation>Enquête simulée (centre d&apos;Helsinki)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="625"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="661"/>
        <source>Tracemob demo</source>
        <translation>Démo Tracemob</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="823"/>
        <source>Tracemob demo: stays, trips and legs from smartphone traces</source>
        <translation>Tracemob : arrêts, déplacements et trajets issus de traces de smartphones</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="824"/>
        <source>{days} real e-mission days, {points} GPS fixes, {trips} trips, {legs} legs, {stays} stays (sample: e-mission-server, BSD-3-Clause)</source>
        <translation>{days} journées réelles e-mission, {points} points GPS, {trips} déplacements, {legs} trajets, {stays} arrêts (échantillon : e-mission-server, BSD-3-Clause)</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="828"/>
        <source>Whole study area</source>
        <translation>Ensemble du territoire d&apos;enquête</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="829"/>
        <source>Zoom on the most visited area</source>
        <translation>Zoom sur le secteur le plus fréquenté</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="844"/>
        <source>Simulated study: travel times per street and the effect of a circulation plan</source>
        <translation>Enquête simulée : temps de parcours par rue et effet d&apos;un plan de circulation</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="845"/>
        <source>{citizens} simulated citizens over {days} days on the streets of central Helsinki (OpenStreetMap contributors, ODbL). From {change}, {closed} is closed to cars, {slowed} is slowed and buses get a lane on {lane}. Red dashes: study area; grey dashes: control area. Changes are shown only where the 95 % range of the change (participant bootstrap) does not include 0 %.</source>
        <translation>{citizens} habitants simulés sur {days} jours dans les rues du centre d&apos;Helsinki (contributeurs d&apos;OpenStreetMap, ODbL). À partir du {change}, {closed} est fermée aux voitures, {slowed} est ralentie et les bus ont une voie réservée sur {lane}. Tirets rouges : zone d&apos;étude ; tirets gris : zone témoin. Les changements ne sont montrés que là où l&apos;intervalle à 95 % du changement (bootstrap sur les participants) n&apos;inclut pas 0 %.</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="852"/>
        <source>Speed ratio in each street&apos;s most congested time band</source>
        <translation>Rapport de vitesse dans la tranche horaire la plus congestionnée de chaque rue</translation>
    </message>
    <message>
        <location filename="../scripts/run_demo.py" line="853"/>
        <source>Change in travel time after the plan</source>
        <translation>Évolution du temps de parcours après le plan</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="68"/>
        <location filename="../tracemob_plugin/core/compare/modal.py" line="85"/>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="321"/>
        <source>Use origin or home.</source>
        <translation>Utilisez origin (origine) ou home (domicile).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="68"/>
        <location filename="../tracemob_plugin/core/compare/modal.py" line="85"/>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="321"/>
        <source>unknown zoning &apos;{by}&apos;</source>
        <translation>zonage « {by} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="70"/>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="324"/>
        <source>the threshold must be 0 or more</source>
        <translation>le seuil doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="89"/>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="137"/>
        <source>small pairs must be &apos;suppress&apos; or &apos;merge&apos;</source>
        <translation>les petites paires doivent valoir « suppress » ou « merge »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="101"/>
        <source>cannot read the period&apos;s dates {start} - {end}</source>
        <translation>impossible de lire les dates de la période {start} - {end}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="102"/>
        <source>Write dates as 2025-03-01 (ISO-8601).</source>
        <translation>Écrivez les dates sous la forme 2025-03-01 (ISO-8601).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="113"/>
        <source>no zones file {file}</source>
        <translation>pas de fichier de zones {file}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="114"/>
        <source>Give a GeoJSON or GeoPackage file of the zone polygons.</source>
        <translation>Indiquez un fichier GeoJSON ou GeoPackage des polygones des zones.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="129"/>
        <source>the zones have no field &apos;{field}&apos;</source>
        <translation>les zones n&apos;ont pas de champ « {field} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="130"/>
        <source>Give the name of the field holding the zone identifiers.</source>
        <translation>Indiquez le nom du champ qui porte les identifiants des zones.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="143"/>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="160"/>
        <source>cannot read the zones: {error}</source>
        <translation>impossible de lire les zones : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="144"/>
        <source>Give a GeoJSON FeatureCollection of polygons.</source>
        <translation>Indiquez une FeatureCollection GeoJSON de polygones.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/aggregates.py" line="161"/>
        <source>Give a GeoPackage holding a layer of polygons.</source>
        <translation>Indiquez un GeoPackage contenant une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="76"/>
        <source>unknown step(s) {steps}</source>
        <translation>étape(s) inconnue(s) : {steps}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="77"/>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="80"/>
        <source>Steps are, in order: {steps}.</source>
        <translation>Les étapes sont, dans l&apos;ordre : {steps}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="79"/>
        <source>no step to run</source>
        <translation>aucune étape à exécuter</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="83"/>
        <source>the steps {steps} leave a gap: each step needs the ones before it</source>
        <translation>les étapes {steps} laissent un trou : chaque étape a besoin de celles qui la précèdent</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="85"/>
        <source>Use the steps in this order, without a gap: {steps}.</source>
        <translation>Utilisez les étapes dans cet ordre, sans trou : {steps}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="87"/>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="240"/>
        <source>unknown scope &apos;{scope}&apos;</source>
        <translation>périmètre « {scope} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="88"/>
        <source>Use one of {scopes}.</source>
        <translation>Utilisez l&apos;un de ces périmètres : {scopes}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="92"/>
        <source>the traveltimes step needs a road network</source>
        <translation>l&apos;étape traveltimes a besoin d&apos;un réseau routier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="93"/>
        <source>Give the road network file (GeoJSON) of the travel times.</source>
        <translation>Donnez le fichier du réseau routier (GeoJSON) des temps de parcours.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="109"/>
        <source>the {step} step needs a zones file</source>
        <translation>l&apos;étape {step} a besoin d&apos;un fichier de zones</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/chain.py" line="110"/>
        <source>Give the zones file (GeoJSON or GeoPackage) and its id field.</source>
        <translation>Indiquez le fichier des zones (GeoJSON ou GeoPackage) et son champ d&apos;identifiant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/parquet.py" line="34"/>
        <source>the Parquet format needs the pyarrow package</source>
        <translation>le format Parquet a besoin du paquet pyarrow</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/parquet.py" line="35"/>
        <source>Install the pinned packages (bash scripts/setup_env.sh), or write CSV.</source>
        <translation>Installez les paquets aux versions fixées (bash scripts/setup_env.sh), ou écrivez en CSV.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/parquet.py" line="89"/>
        <source>no Parquet file in this folder</source>
        <translation>aucun fichier Parquet dans ce dossier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/parquet.py" line="90"/>
        <source>Give a folder written with [outputs] format = &quot;parquet&quot;.</source>
        <translation>Donnez un dossier écrit avec [outputs] format = &quot;parquet&quot;.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/parquet.py" line="130"/>
        <source>this Parquet file has no column {cols}</source>
        <translation>ce fichier Parquet n&apos;a pas de colonne {cols}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/parquet.py" line="131"/>
        <source>Give the points/ folder of a run with points = true.</source>
        <translation>Donnez le dossier points/ d&apos;un calcul fait avec points = true.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="85"/>
        <source>PostGIS needs the psycopg2 package</source>
        <translation>PostGIS nécessite le paquet psycopg2</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="86"/>
        <source>Install it (Debian: apt install python3-psycopg2), or use files.</source>
        <translation>Installez-le (Debian : apt install python3-psycopg2), ou utilisez des fichiers.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="96"/>
        <source>cannot connect to PostgreSQL ({conninfo}): {error}</source>
        <translation>connexion à PostgreSQL impossible ({conninfo}) : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="98"/>
        <source>Check the connection string (host, port, dbname, user; a password in ~/.pgpass or PGPASSWORD) and that the server is running.</source>
        <translation>Vérifiez la chaîne de connexion (host, port, dbname, user ; un mot de passe dans ~/.pgpass ou PGPASSWORD) et que le serveur est démarré.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="115"/>
        <source>&apos;{name}&apos; is not a table name</source>
        <translation>« {name} » n&apos;est pas un nom de table</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="116"/>
        <source>Write it as schema.table, e.g. study.points.</source>
        <translation>Écrivez-le sous la forme schéma.table, par exemple study.points.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="247"/>
        <source>no table {table} in this database ({conninfo})</source>
        <translation>pas de table {table} dans cette base ({conninfo})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="249"/>
        <source>Give the points table as schema.table (as importtraces wrote it).</source>
        <translation>Indiquez la table des points sous la forme schéma.table (telle qu&apos;importtraces l&apos;a écrite).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="259"/>
        <source>or a point geometry</source>
        <translation>ou une géométrie ponctuelle</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="261"/>
        <source>the table {table} has no column {cols}</source>
        <translation>la table {table} n&apos;a pas de colonne {cols}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="263"/>
        <source>Give a points table with user_id, time and lon/lat or a point geometry (as importtraces writes it).</source>
        <translation>Indiquez une table de points avec user_id, time et lon/lat ou une géométrie ponctuelle (telle qu&apos;importtraces l&apos;écrit).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="413"/>
        <source>the output table {schema}.{table} is the input table</source>
        <translation>la table de sortie {schema}.{table} est la table d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="415"/>
        <source>Write the outputs to another schema: the input is never overwritten.</source>
        <translation>Écrivez les sorties dans un autre schéma : l&apos;entrée n&apos;est jamais écrasée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="421"/>
        <source>the table(s) {tables} already exist in the schema {schema} ({conninfo})</source>
        <translation>la ou les tables {tables} existent déjà dans le schéma {schema} ({conninfo})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/postgis.py" line="423"/>
        <source>Choose another schema, drop them, or set overwrite = true.</source>
        <translation>Choisissez un autre schéma, supprimez-les, ou mettez overwrite = true.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/runner.py" line="315"/>
        <source>cancelled: the cluster&apos;s tasks were cancelled</source>
        <translation>annulé : les tâches du cluster ont été annulées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/runner.py" line="343"/>
        <source>give either points or files</source>
        <translation>donnez soit des points, soit des fichiers</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/runner.py" line="380"/>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="316"/>
        <source>no input file given</source>
        <translation>aucun fichier d&apos;entrée fourni</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/runner.py" line="389"/>
        <source>skipped {file}, not a trace file</source>
        <translation>{file} ignoré : ce n&apos;est pas un fichier de traces</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/setting.py" line="43"/>
        <source>local cluster of {n} worker process(es)</source>
        <translation>cluster local de {n} processus de calcul</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/setting.py" line="45"/>
        <source>scheduler {address}</source>
        <translation>ordonnanceur {address}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/setting.py" line="46"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/setting.py" line="56"/>
        <source>Write local:N (N worker processes on this machine, e.g. local:2), a scheduler address such as tcp://10.0.0.5:8786, or off.</source>
        <translation>Écrivez local:N (N processus de calcul sur cette machine, par exemple local:2), l&apos;adresse d&apos;un ordonnanceur comme tcp://10.0.0.5:8786, ou off.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/setting.py" line="61"/>
        <source>&apos;{value}&apos; is not a number of local workers (1 to {most})</source>
        <translation>« {value} » n&apos;est pas un nombre de processus de calcul locaux (1 à {most})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/setting.py" line="66"/>
        <source>&apos;{value}&apos; is not a Dask cluster setting</source>
        <translation>« {value} » n&apos;est pas un réglage de cluster Dask</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="61"/>
        <source>no road network file {file}</source>
        <translation>pas de fichier de réseau routier {file}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="62"/>
        <source>Give a GeoJSON file of the road lines (EPSG:4326), e.g. an OpenStreetMap extract saved as GeoJSON.</source>
        <translation>Donnez un fichier GeoJSON des lignes de routes (EPSG:4326), par exemple un extrait OpenStreetMap enregistré en GeoJSON.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="68"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="250"/>
        <source>Unknown time zone &apos;{tz}&apos;.</source>
        <translation>Fuseau horaire « {tz} » inconnu.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="69"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="251"/>
        <source>Use a name like Europe/Paris.</source>
        <translation>Utilisez un nom comme Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="71"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="156"/>
        <source>Partial traversals must be &apos;drop&apos; or &apos;prorate&apos;.</source>
        <translation>Les passages partiels doivent valoir « drop » ou « prorate ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="73"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="242"/>
        <source>Unknown free-flow reference &apos;{value}&apos;.</source>
        <translation>Référence de circulation fluide « {value} » inconnue.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="74"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="243"/>
        <source>Use p15, night or limit.</source>
        <translation>Utilisez p15, night ou limit.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="76"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="239"/>
        <source>The minimum sample must be at least 1 traversal and 1 participant.</source>
        <translation>L&apos;échantillon minimal doit être d&apos;au moins 1 passage et 1 participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="163"/>
        <source>No segment travel time: {reason}</source>
        <translation>Aucun temps de parcours par tronçon : {reason}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/cluster/traveltimes.py" line="175"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="147"/>
        <source>There are no segment traversals.</source>
        <translation>Il n&apos;y a aucun passage sur les tronçons.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="25"/>
        <source>cannot read the polygon</source>
        <translation>impossible de lire le polygone</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="26"/>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="31"/>
        <source>Give a polygon in WGS84 longitude/latitude.</source>
        <translation>Fournissez un polygone en longitude/latitude WGS84.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="30"/>
        <source>the polygon is empty or unreadable</source>
        <translation>le polygone est vide ou illisible</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="33"/>
        <source>the area must be a polygon</source>
        <translation>la zone doit être un polygone</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="48"/>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="69"/>
        <source>the zones have no geometry</source>
        <translation>les zones n&apos;ont pas de géométrie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="59"/>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="333"/>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="80"/>
        <source>there are not as many zone ids as zone geometries</source>
        <translation>il n&apos;y a pas autant d&apos;identifiants de zones que de géométries de zones</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="74"/>
        <source>the network has no geometry</source>
        <translation>le réseau n&apos;a pas de géométrie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="92"/>
        <source>cannot place the traversals in the study area</source>
        <translation>impossible de situer les passages dans la zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="93"/>
        <source>Give the network segments (segment_id with a geometry or lon/lat), or traversals with lon/lat columns.</source>
        <translation>Fournissez les tronçons du réseau (segment_id avec une géométrie ou lon/lat), ou des passages avec des colonnes lon/lat.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="98"/>
        <source>the network has no segment id</source>
        <translation>le réseau n&apos;a pas d&apos;identifiant de tronçon</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="131"/>
        <source>the control area overlaps the study area</source>
        <translation>la zone témoin chevauche la zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="132"/>
        <source>Draw the control area outside the study area (touching is allowed): it must show what happened without the plan.</source>
        <translation>Dessinez la zone témoin hors de la zone d&apos;étude (elles peuvent se toucher) : elle doit montrer ce qui s&apos;est passé sans le plan.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="139"/>
        <source>no traversal lies in the {area}</source>
        <translation>aucun passage ne se situe dans la {area}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/areas.py" line="140"/>
        <source>Check that the area is drawn where the data are (WGS84 longitude/latitude).</source>
        <translation>Vérifiez que la zone est dessinée là où se trouvent les données (longitude/latitude WGS84).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="90"/>
        <source>nothing to compare: give traversals and/or trips</source>
        <translation>rien à comparer : fournissez des passages et/ou des déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="94"/>
        <source>a control area needs a study area</source>
        <translation>une zone témoin nécessite une zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="186"/>
        <source>no trip starts in the study area</source>
        <translation>aucun déplacement ne part de la zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="186"/>
        <location filename="../tracemob_plugin/core/compare/rerouting.py" line="140"/>
        <source>Check that the study area is drawn where the data are (WGS84 longitude/latitude).</source>
        <translation>Vérifiez que la zone d&apos;étude est dessinée là où se trouvent les données (longitude/latitude WGS84).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="193"/>
        <source>Rerouting was not assessed: give the trips&apos; routes (points or trip lines).</source>
        <translation>Les reports d&apos;itinéraire n&apos;ont pas été évalués : fournissez les itinéraires des déplacements (points ou lignes des déplacements).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="269"/>
        <source>Rerouting around the study area cannot be assessed: too few trips between the same origins and destinations in both periods.</source>
        <translation>Les reports d&apos;itinéraire autour de la zone d&apos;étude ne peuvent pas être évalués : trop peu de déplacements entre les mêmes origines et destinations dans les deux périodes.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="275"/>
        <source>The comparison with the control area is not possible for {measure}: too few data in one of the areas.</source>
        <translation>La comparaison avec la zone témoin n&apos;est pas possible pour {measure} : trop peu de données dans l&apos;une des zones.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="278"/>
        <source>Without a control area, a change seen in the study area may be a citywide trend (season, works elsewhere, fuel prices), not the effect of the plan.</source>
        <translation>Sans zone témoin, un changement observé dans la zone d&apos;étude peut être une tendance générale à toute la ville (saison, travaux ailleurs, prix des carburants), et non l&apos;effet du plan.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="310"/>
        <source>{n} of {total} street sections x directions x time bands have too few participants or traversals to conclude anything.</source>
        <translation>{n} cases tronçon x sens x tranche horaire sur {total} ont trop peu de participants ou de passages pour conclure quoi que ce soit.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="314"/>
        <source>About 1 in 20 unchanged street sections shows as significant by chance at the 95% level: with {n} sections tested, about {k} such false alarms are expected.</source>
        <translation>Environ 1 tronçon inchangé sur 20 apparaît significatif par hasard au seuil de 95 % : avec {n} tronçons testés, on attend environ {k} fausses alertes de ce type.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/beforeafter.py" line="336"/>
        <source>Modal share cannot be compared in {n} zone(s) for lack of participants or trips: {zones}.</source>
        <translation>La part modale ne peut pas être comparée dans {n} zone(s) faute de participants ou de déplacements : {zones}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/common.py" line="12"/>
        <source>Before/after comparison cancelled</source>
        <translation>Comparaison avant/après annulée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/common.py" line="26"/>
        <source>Use the layers made by Tracemob (segment travel times, segmentation, modes).</source>
        <translation>Utilisez les couches produites par Tracemob (temps de parcours par tronçon, découpage, modes).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/did.py" line="41"/>
        <source>no control area given</source>
        <translation>aucune zone témoin indiquée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="146"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="572"/>
        <source>cannot read the date &apos;{value}&apos;</source>
        <translation>impossible de lire la date « {value} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="147"/>
        <source>Give a date (2024-03-01, or 01/03/2024 day first) or a date-time (2024-03-01 08:00).</source>
        <translation>Donnez une date (2024-03-01, ou 01/03/2024, le jour d&apos;abord) ou une date et une heure (2024-03-01 08:00).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="166"/>
        <source>give either a change date or two periods, not both</source>
        <translation>indiquez soit une date de changement, soit deux périodes, mais pas les deux</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="167"/>
        <source>Leave the periods empty when a change date is given.</source>
        <translation>Laissez les périodes vides quand une date de changement est indiquée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="170"/>
        <source>the change date is empty</source>
        <translation>la date de changement est vide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="173"/>
        <source>no change date and no before/after periods were given</source>
        <translation>ni date de changement ni périodes avant/après n&apos;ont été indiquées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="174"/>
        <source>Give the date the plan came into force, or a start and end for both periods.</source>
        <translation>Indiquez la date d&apos;entrée en vigueur du plan, ou un début et une fin pour chacune des deux périodes.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="180"/>
        <source>a period must be a (start, end) pair</source>
        <translation>une période doit être une paire (début, fin)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="183"/>
        <source>the {period} period ends before it starts</source>
        <translation>la période {period} se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="184"/>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="237"/>
        <source>Give an end date later than the start date.</source>
        <translation>Indiquez une date de fin postérieure à la date de début.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="190"/>
        <source>the before and after periods overlap</source>
        <translation>les périodes avant et après se chevauchent</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="191"/>
        <source>Make the after period start on or after the end of the before period.</source>
        <translation>Faites commencer la période après à la fin de la période avant ou plus tard.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="193"/>
        <source>the after period comes before the before period</source>
        <translation>la période après précède la période avant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="194"/>
        <source>Swap the two periods.</source>
        <translation>Inversez les deux périodes.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="202"/>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="202"/>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="204"/>
        <source>the data span {start} to {end}</source>
        <translation>les données vont du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="207"/>
        <source>the {period} period {bounds} holds no {what}</source>
        <translation>la période {period} {bounds} ne contient aucun {what}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="209"/>
        <source>Choose periods (and weekday/holiday filters) that hold data.</source>
        <translation>Choisissez des périodes (et des filtres jours de semaine / jours fériés) qui contiennent des données.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/periods.py" line="224"/>
        <source>trip</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="55"/>
        <source>{name} (section {segment})</source>
        <translation>{name} (tronçon {segment})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="57"/>
        <source>Section {segment}</source>
        <translation>Tronçon {segment}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="71"/>
        <source>No street section has enough data.</source>
        <translation>Aucun tronçon n&apos;a assez de données.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="87"/>
        <source>Change in median travel time (%), with its 95% range</source>
        <translation>Évolution du temps de parcours médian (%), avec son intervalle à 95 %</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="88"/>
        <source>Travel time, after vs before</source>
        <translation>Temps de parcours, après par rapport à avant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="89"/>
        <source>Red: significantly slower. Blue: significantly faster. Grey: no clear change.</source>
        <translation>Rouge : significativement plus lent. Bleu : significativement plus rapide. Gris : pas de changement net.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="108"/>
        <source>Every zone has too few participants to compare.</source>
        <translation>Toutes les zones ont trop peu de participants pour être comparées.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="130"/>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="72"/>
        <source>All trips</source>
        <translation>Tous les déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="131"/>
        <source>Change in share (points)</source>
        <translation>Évolution de la part (points)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="132"/>
        <source>Modal share weighted to the population, after minus before, by zone</source>
        <translation>Part modale pondérée sur la population, après moins avant, par zone</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="133"/>
        <source>Modal share, after minus before, by zone</source>
        <translation>Part modale, après moins avant, par zone</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="138"/>
        <source>Black lines: 95% range. Faded, hatched bars: no clear change.</source>
        <translation>Traits noirs : intervalle à 95 %. Barres pâles et hachurées : pas de changement net.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="149"/>
        <source>{slower} street section(s) x time band(s) became significantly slower and {faster} significantly faster; {none} show no clear change, out of {total} studied.</source>
        <translation>Sur {total} cases tronçon x tranche horaire étudiées, {slower} sont devenues significativement plus lentes et {faster} significativement plus rapides ; {none} ne montrent pas de changement net.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="154"/>
        <source>{street}: {n} section(s) x time band(s) significantly slower, median change {change} (from {low} to {high}).</source>
        <translation>{street} : {n} case(s) tronçon x tranche horaire significativement plus lente(s), évolution médiane {change} (de {low} à {high}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="156"/>
        <source>{street}: {n} section(s) x time band(s) significantly faster, median change {change} (from {low} to {high}).</source>
        <translation>{street} : {n} case(s) tronçon x tranche horaire significativement plus rapide(s), évolution médiane {change} (de {low} à {high}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="161"/>
        <source>{section}: median travel time {before:.0f} s before, {after:.0f} s after, {change} (95% range {low} to {high}; {ub} and {ua} participants).</source>
        <translation>{section} : temps de parcours médian de {before:.0f} s avant, {after:.0f} s après, {change} (intervalle à 95 % de {low} à {high} ; {ub} et {ua} participants).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="170"/>
        <source>Compared with the control area, travel times in the study area changed by {did} (95% range {low} to {high}); the control area itself changed by {control}, the citywide trend that is taken out.</source>
        <translation>Par rapport à la zone témoin, les temps de parcours dans la zone d&apos;étude ont évolué de {did} (intervalle à 95 % de {low} à {high}) ; la zone témoin elle-même a évolué de {control}, tendance générale à la ville qui est retranchée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="174"/>
        <source>Compared with the control area, traffic volumes in the study area changed by {did} (95% range {low} to {high}); the control area itself changed by {control}.</source>
        <translation>Par rapport à la zone témoin, les volumes de trafic dans la zone d&apos;étude ont évolué de {did} (intervalle à 95 % de {low} à {high}) ; la zone témoin elle-même a évolué de {control}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="179"/>
        <source>This difference is within the margin of error: no effect of the plan is shown.</source>
        <translation>Cette différence reste dans la marge d&apos;erreur : aucun effet du plan n&apos;est démontré.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="185"/>
        <source>Between the same origins and destinations, {before:.0f}% of trips crossed the study area before and {after:.0f}% after ({change:+.1f} points, 95% range {low:+.1f} to {high:+.1f}).</source>
        <translation>Entre les mêmes origines et destinations, {before:.0f} % des déplacements traversaient la zone d&apos;étude avant et {after:.0f} % après ({change:+.1f} points, intervalle à 95 % de {low:+.1f} à {high:+.1f}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="190"/>
        <source>This change in rerouting is within the margin of error.</source>
        <translation>Cette évolution des reports d&apos;itinéraire reste dans la marge d&apos;erreur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="192"/>
        <source>No change could be measured with these data.</source>
        <translation>Aucun changement n&apos;a pu être mesuré avec ces données.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="202"/>
        <source>all trips</source>
        <translation>tous les déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="205"/>
        <source>{zone}: weighted to the population, the {mode} share went from {before:.0f}% to {after:.0f}% of trips ({change:+.1f} points, 95% range {low:+.1f} to {high:+.1f}); in the unweighted panel, from {raw_before:.0f}% to {raw_after:.0f}% ({raw_change:+.1f} points).</source>
        <translation>{zone} : pondérée sur la population, la part {mode} est passée de {before:.0f} % à {after:.0f} % des déplacements ({change:+.1f} points, intervalle à 95 % de {low:+.1f} à {high:+.1f}) ; dans le panel non pondéré, de {raw_before:.0f} % à {raw_after:.0f} % ({raw_change:+.1f} points).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="213"/>
        <source>{zone}: the {mode} share went from {before:.0f}% to {after:.0f}% of trips ({change:+.1f} points, 95% range {low:+.1f} to {high:+.1f}).</source>
        <translation>{zone} : la part du mode {mode} est passée de {before:.0f} % à {after:.0f} % des déplacements ({change:+.1f} points, intervalle à 95 % de {low:+.1f} à {high:+.1f}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="225"/>
        <source>Weighted to the population: the modal shares and the traffic volumes count each participant with a weight raked to the population margins {margins}, and the unweighted panel&apos;s figures are given beside.</source>
        <translation>Pondéré sur la population : les parts modales et les volumes de trafic comptent chaque participant avec un poids calé sur les marges de population {margins}, et les chiffres du panel non pondéré sont donnés à côté.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="227"/>
        <source>(not named)</source>
        <translation>(non nommées)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="229"/>
        <source>Their 95% ranges come from {n} replicate weights, each raked again, so they include the uncertainty of the weights.</source>
        <translation>Leurs intervalles à 95 % viennent de {n} poids répliqués, chacun recalé : ils incluent l&apos;incertitude des poids.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="232"/>
        <source>Their 95% ranges re-draw the participants but keep their weights: they leave out the uncertainty of the weights (give replicate weights to include it).</source>
        <translation>Leurs intervalles à 95 % retirent les participants mais gardent leurs poids : ils omettent l&apos;incertitude des poids (donnez des poids répliqués pour l&apos;inclure).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="234"/>
        <source>Travel times, rerouting and the comparison with the control area are not weighted; the privacy thresholds count real participants.</source>
        <translation>Les temps de parcours, les reports d&apos;itinéraire et la comparaison avec la zone témoin ne sont pas pondérés ; les seuils de confidentialité comptent les participants réels.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="242"/>
        <source>Participants seen on the network</source>
        <translation>Participants observés sur le réseau</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="244"/>
        <source>Street-section traversals</source>
        <translation>Passages sur les tronçons</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="245"/>
        <source>Days with data</source>
        <translation>Jours avec des données</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="247"/>
        <source>Street-section traversals per day, weighted to the population</source>
        <translation>Passages sur les tronçons par jour, pondérés sur la population</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="250"/>
        <source>Participants with trips</source>
        <translation>Participants ayant des déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="254"/>
        <source>Trips between the same origins and destinations</source>
        <translation>Déplacements entre les mêmes origines et destinations</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="270"/>
        <source>Before/after comparison of the circulation plan</source>
        <translation>Comparaison avant/après du plan de circulation</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="273"/>
        <source>weekdays only</source>
        <translation>jours de semaine seulement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="275"/>
        <source>public holidays excluded</source>
        <translation>jours fériés exclus</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="276"/>
        <source>Before: {before}. After: {after}. Local time ({tz}).</source>
        <translation>Avant : {before}. Après : {after}. Heure locale ({tz}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="279"/>
        <source>Days compared: {filters}.</source>
        <translation>Jours comparés : {filters}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="285"/>
        <source>Main changes</source>
        <translation>Principaux changements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="288"/>
        <source>How to read: the 95% range is where the true change lies with 95% confidence, given the participants we have. A change is called real (significant) only when this range does not include zero. The ranges come from re-drawing the participants at random many times, so one very active participant cannot make a change look certain.</source>
        <translation>Comment lire : l&apos;intervalle à 95 % est celui où se situe le vrai changement avec une confiance de 95 %, compte tenu des participants disponibles. Un changement n&apos;est dit réel (significatif) que si cet intervalle ne contient pas zéro. Les intervalles viennent de nombreux tirages aléatoires des participants, si bien qu&apos;un seul participant très actif ne peut pas faire paraître un changement certain.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="296"/>
        <source>chart</source>
        <translation>graphique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="301"/>
        <source>Sample sizes</source>
        <translation>Taille des échantillons</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="301"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="301"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="306"/>
        <source>Privacy: no figure is published for a street section, zone or period seen by fewer than {k} participants.</source>
        <translation>Confidentialité : aucun chiffre n&apos;est publié pour un tronçon, une zone ou une période observés par moins de {k} participants.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="309"/>
        <source>What cannot be concluded</source>
        <translation>Ce qui ne peut pas être conclu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="310"/>
        <source>Nothing was left out for lack of data.</source>
        <translation>Rien n&apos;a été écarté faute de données.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="313"/>
        <source>Made with Tracemob from participants&apos; smartphone traces. Participants are volunteers, not a representative sample of the population.</source>
        <translation>Réalisé avec Tracemob à partir des traces de smartphones des participants. Les participants sont des volontaires, pas un échantillon représentatif de la population.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/report.py" line="315"/>
        <source>Made with Tracemob from participants&apos; smartphone traces. Participants are volunteers: weighting makes the panel match the population on the margins&apos; variables only, not on everything.</source>
        <translation>Réalisé avec Tracemob à partir des traces de smartphone des participants. Les participants sont des volontaires : la pondération rend le panel conforme à la population sur les variables des marges seulement, pas sur tout.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/rerouting.py" line="139"/>
        <source>no route crosses the study area</source>
        <translation>aucun itinéraire ne traverse la zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/rerouting.py" line="158"/>
        <source>no origin-destination pair is seen in both periods</source>
        <translation>aucune paire origine-destination n&apos;est observée dans les deux périodes</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/rerouting.py" line="159"/>
        <source>Use larger origin-destination cells or zones, or longer periods.</source>
        <translation>Utilisez des mailles ou des zones origine-destination plus grandes, ou des périodes plus longues.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/segments.py" line="50"/>
        <source>cannot read the time band {band}</source>
        <translation>impossible de lire la tranche horaire {band}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/segments.py" line="51"/>
        <location filename="../tracemob_plugin/core/compare/segments.py" line="54"/>
        <source>Give bands as start and end hours, e.g. 7-9, 9-16, 16-19.</source>
        <translation>Indiquez les tranches par leurs heures de début et de fin, p. ex. 7-9, 9-16, 16-19.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/segments.py" line="53"/>
        <source>the time band {band} is empty or outside 0-24 h</source>
        <translation>la tranche horaire {band} est vide ou hors de 0-24 h</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/segments.py" line="61"/>
        <source>no time band given</source>
        <translation>aucune tranche horaire indiquée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/segments.py" line="76"/>
        <source>no traversals given</source>
        <translation>aucun passage fourni</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/segments.py" line="77"/>
        <source>Run the segment travel times first (map-matched legs).</source>
        <translation>Calculez d&apos;abord les temps de parcours par tronçon (trajets recalés sur le réseau).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/segments.py" line="123"/>
        <source>no usable traversal (travel time missing or zero)</source>
        <translation>aucun passage utilisable (temps de parcours absent ou nul)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/compare/segments.py" line="129"/>
        <source>traversal in the time bands</source>
        <translation>passage dans les tranches horaires</translation>
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
        <location filename="../tracemob_plugin/core/errors.py" line="53"/>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="177"/>
        <source>no table given</source>
        <translation>aucune table fournie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/errors.py" line="56"/>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="180"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="277"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="438"/>
        <source>the field &apos;{column}&apos; is missing</source>
        <translation>le champ « {column} » est absent</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/errors.py" line="57"/>
        <source>the field &apos;{column}&apos; is missing from {context}</source>
        <translation>le champ « {column} » est absent de {context}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="86"/>
        <source>the ground truth names no day and holds no trip</source>
        <translation>la vérité terrain n&apos;indique aucun jour et ne contient aucun déplacement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="124"/>
        <source>cannot read this ground-truth file: {error}</source>
        <translation>impossible de lire ce fichier de vérité terrain : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="126"/>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="185"/>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="192"/>
        <source>Give an e-mission ground_truth JSON file.</source>
        <translation>Indiquez un fichier JSON ground_truth d&apos;e-mission.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="184"/>
        <source>no &apos;data&apos; list of trips in this ground-truth file</source>
        <translation>aucune liste de déplacements « data » dans ce fichier de vérité terrain</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="191"/>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="227"/>
        <source>this trip has no start_ts/end_ts</source>
        <translation>ce déplacement n&apos;a pas de start_ts/end_ts</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="221"/>
        <source>a composite-trips file must hold a list of trip entries</source>
        <translation>un fichier de déplacements composites doit contenir une liste d&apos;entrées de déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="222"/>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="228"/>
        <source>Give an e-mission expected_composite_trips JSON file.</source>
        <translation>Indiquez un fichier JSON expected_composite_trips d&apos;e-mission.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="427"/>
        <source>Give trips with start_time and end_time columns.</source>
        <translation>Fournissez des déplacements avec des colonnes start_time et end_time.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation/scoring.py" line="428"/>
        <source>the {table} table</source>
        <translation>la table {table}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/geometry.py" line="218"/>
        <source>Zones of {layer}: {n} polygon(s) are invalid (self-intersecting), e.g. {examples}: they were repaired; check them (Vector &gt; Geometry Tools &gt; Check Validity).</source>
        <translation>Zones de {layer} : {n} polygone(s) invalide(s) (auto-intersection), par exemple {examples} : ils ont été réparés ; vérifiez-les (Vecteur &gt; Outils de géométrie &gt; Vérifier la validité).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/geometry.py" line="231"/>
        <source>Zones of {layer}: {n} pair(s) of zones overlap, e.g. {examples}: a trip in the common part counts in both. Fix the zones so that they do not overlap.</source>
        <translation>Zones de {layer} : {n} paire(s) de zones se chevauchent, par exemple {examples} : un déplacement dans la partie commune compte dans les deux. Corrigez les zones pour qu&apos;elles ne se chevauchent pas.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="86"/>
        <source>Share of trips (%)</source>
        <translation>Part des déplacements (%)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="86"/>
        <source>Share of distance (%)</source>
        <translation>Part des distances (%)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="87"/>
        <source>Share of travel time (%)</source>
        <translation>Part du temps de déplacement (%)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="88"/>
        <source>Modal share by main mode</source>
        <translation>Part modale par mode principal</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="89"/>
        <source>{n} zones masked (fewer than {users} users or {trips} trips)</source>
        <translation>{n} zones masquées (moins de {users} utilisateurs ou de {trips} déplacements)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="92"/>
        <source>Nothing to show: every cell is masked.</source>
        <translation>Rien à afficher : toutes les cases sont masquées.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="110"/>
        <source>kg CO2e per month</source>
        <translation>kg CO2e par mois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="111"/>
        <source>CO2e of user {user} by month</source>
        <translation>CO2e de l&apos;utilisateur {user} par mois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="115"/>
        <source>kg CO2e per user and month</source>
        <translation>kg CO2e par utilisateur et par mois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="116"/>
        <source>CO2e per user by month, whole study</source>
        <translation>CO2e par utilisateur et par mois, ensemble de l&apos;enquête</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="134"/>
        <source>Median of the other users</source>
        <translation>Médiane des autres utilisateurs</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="138"/>
        <source>P{value:.0f}</source>
        <translation>P{value:.0f}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="140"/>
        <source>P = percentile: share of the other users who emitted less that month.</source>
        <translation>P = centile : part des autres utilisateurs qui ont moins émis ce mois-là.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/charts.py" line="148"/>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="102"/>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="182"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="312"/>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>« {value} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="103"/>
        <source>Write a decimal number such as 12.5, or leave it blank.</source>
        <translation>Écrivez un nombre décimal tel que 12.5, ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="105"/>
        <source>&apos;{value}&apos; is not a finite number</source>
        <translation>« {value} » n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="108"/>
        <source>negative value {value}</source>
        <translation>valeur négative {value}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="109"/>
        <source>Emission factors, distances and occupancies cannot be negative.</source>
        <translation>Les facteurs d&apos;émission, les distances et les taux d&apos;occupation ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="121"/>
        <source>the factor table has no header line</source>
        <translation>la table des facteurs n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="122"/>
        <source>The first line after the &apos;#&apos; comments must name the columns: mode,usage_g_per_km,...</source>
        <translation>La première ligne après les commentaires « # » doit nommer les colonnes : mode,usage_g_per_km,...</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="125"/>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="172"/>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="469"/>
        <source>missing column &apos;{column}&apos;</source>
        <translation>colonne « {column} » manquante</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="126"/>
        <source>A factor table needs at least the columns mode and usage_g_per_km.</source>
        <translation>Une table de facteurs doit avoir au moins les colonnes mode et usage_g_per_km.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="131"/>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="141"/>
        <source>unknown mode &apos;{mode}&apos;</source>
        <translation>mode « {mode} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="132"/>
        <source>Use one of: {modes}.</source>
        <translation>Utilisez l&apos;un de ceux-ci : {modes}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="135"/>
        <source>unknown unit &apos;{unit}&apos;</source>
        <translation>unité « {unit} » inconnue</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="136"/>
        <source>Use pkm (per passenger-km) or vkm (per vehicle-km).</source>
        <translation>Utilisez pkm (par voyageur-km) ou vkm (par véhicule-km).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="141"/>
        <source>the usage factor is empty</source>
        <translation>le facteur d&apos;usage est vide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="145"/>
        <source>occupancy cannot be 0</source>
        <translation>le taux d&apos;occupation ne peut pas être 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="146"/>
        <source>Leave it blank for 1 person.</source>
        <translation>Laissez vide pour 1 personne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="148"/>
        <source>max_km must be larger than min_km</source>
        <translation>max_km doit être supérieur à min_km</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="151"/>
        <source>&apos;{value}&apos; is not 1 or 0</source>
        <translation>« {value} » ne vaut ni 1 ni 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="158"/>
        <source>the factor table has no rows</source>
        <translation>la table des facteurs n&apos;a aucune ligne</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="173"/>
        <source>the distance range of this active &apos;{mode}&apos; row overlaps the row on line {other}</source>
        <translation>la plage de distances de cette ligne active « {mode} » chevauche celle de la ligne {other}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="176"/>
        <source>Set active=0 on the rows you do not use, or give them separate min_km/max_km.</source>
        <translation>Mettez active=0 sur les lignes que vous n&apos;utilisez pas, ou donnez-leur des min_km/max_km distincts.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="185"/>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="154"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="187"/>
        <source>the factor table is not UTF-8 text</source>
        <translation>la table des facteurs n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="188"/>
        <source>Save the CSV as UTF-8.</source>
        <translation>Enregistrez le CSV en UTF-8.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="218"/>
        <source>occupancy {occupancy:g}</source>
        <translation>taux d&apos;occupation {occupancy:g}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="241"/>
        <source>Use usage or usage+construction.</source>
        <translation>Utilisez usage ou usage+construction.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="244"/>
        <source>the occupancy must be a positive number, not {value}</source>
        <translation>le taux d&apos;occupation doit être un nombre positif, pas {value}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="245"/>
        <source>The average car occupancy in France is about 1.4.</source>
        <translation>Le taux d&apos;occupation moyen des voitures en France est d&apos;environ 1,4.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="249"/>
        <source>the legs have no &apos;{column}&apos; field</source>
        <translation>les trajets n&apos;ont pas de champ « {column} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="250"/>
        <source>Run the mode inference first; the legs layer needs the fields mode and distance_m.</source>
        <translation>Lancez d&apos;abord l&apos;inférence des modes ; la couche des trajets doit avoir les champs mode et distance_m.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="263"/>
        <source>Emission computation cancelled</source>
        <translation>Calcul des émissions annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/emissions.py" line="286"/>
        <source>wait at a stop: no travel</source>
        <translation>attente à un arrêt : pas de déplacement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="133"/>
        <source>&apos;{value}&apos; is not yes or no</source>
        <translation>« {value} » ne vaut ni yes ni no</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="134"/>
        <source>Write yes or no.</source>
        <translation>Écrivez yes ou no.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="142"/>
        <source>Use modes among: {modes}.</source>
        <translation>Utilisez des modes parmi : {modes}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="157"/>
        <source>unknown rule field &apos;{key}&apos;</source>
        <translation>champ de règle « {key} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="158"/>
        <source>Known fields: {keys}.</source>
        <translation>Champs connus : {keys}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="163"/>
        <source>the rule file has no header line</source>
        <translation>le fichier de règles n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="164"/>
        <source>After the &apos;#&apos; lines, the first line must name the columns: min_days,amount</source>
        <translation>Après les lignes de commentaire « # », la première ligne doit nommer les colonnes : min_days,amount</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="168"/>
        <source>unknown rule column &apos;{column}&apos;</source>
        <translation>colonne de règle « {column} » inconnue</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="169"/>
        <source>Known columns: {cols}.</source>
        <translation>Colonnes connues : {cols}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="173"/>
        <source>A rule file needs the columns min_days and amount.</source>
        <translation>Un fichier de règles doit avoir les colonnes min_days et amount.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="185"/>
        <source>&apos;{value}&apos; must be a positive number</source>
        <translation>« {value} » doit être un nombre positif</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="189"/>
        <source>a day threshold must be between 1 and 366</source>
        <translation>un seuil de jours doit être compris entre 1 et 366</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="192"/>
        <source>the rule file has no threshold row</source>
        <translation>le fichier de règles n&apos;a aucune ligne de seuil</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="193"/>
        <source>Give at least one line min_days,amount such as 30,100.</source>
        <translation>Fournissez au moins une ligne min_days,amount, par exemple 30,100.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="198"/>
        <source>the rows must have increasing min_days and amount</source>
        <translation>les lignes doivent avoir des min_days et des amount croissants</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="204"/>
        <source>no eligible mode</source>
        <translation>aucun mode éligible</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="209"/>
        <source>mode &apos;{mode}&apos; is both eligible and neutral</source>
        <translation>le mode « {mode} » est à la fois éligible et neutre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="215"/>
        <source>mode &apos;{mode}&apos; is both eligible and a feeder mode</source>
        <translation>le mode &apos;{mode}&apos; est à la fois éligible et mode de rabattement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="217"/>
        <source>A feeder mode (public transport) is left out of the share; remove it from one of the two lists.</source>
        <translation>Un mode de rabattement (transport en commun) est exclu de la part ; retirez-le de l&apos;une des deux listes.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="225"/>
        <source>&apos;{value}&apos; is not a share above 0 and at most 1</source>
        <translation>« {value} » n&apos;est pas une part supérieure à 0 et au plus égale à 1</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="227"/>
        <source>Write for instance 0.5 for half of the commute distance.</source>
        <translation>Écrivez par exemple 0.5 pour la moitié de la distance du déplacement.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="243"/>
        <source>cannot read the rule file: {error}</source>
        <translation>impossible de lire le fichier de règles : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="245"/>
        <source>the rule file is not UTF-8 text</source>
        <translation>le fichier de règles n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="273"/>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="150"/>
        <source>unknown time zone &apos;{tz}&apos;</source>
        <translation>fuseau horaire « {tz} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="274"/>
        <source>Use a name such as Europe/Paris.</source>
        <translation>Utilisez un nom comme Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="379"/>
        <source>the participants table has no participant column</source>
        <translation>la table des participants n&apos;a pas de colonne de participant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="380"/>
        <source>Name a column user_id (the participant id of the trips).</source>
        <translation>Nommez une colonne user_id (l&apos;identifiant du participant dans les déplacements).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="399"/>
        <source>&apos;{value}&apos; is out of range for participant {user}</source>
        <translation>« {value} » est hors limites pour le participant {user}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="401"/>
        <source>working_time_share is above 0 and at most 1 (or a percentage from 10 to 100); months_present is above 0 and at most 12.</source>
        <translation>working_time_share est supérieur à 0 et au plus égal à 1 (ou un pourcentage de 10 à 100) ; months_present est supérieur à 0 et au plus égal à 12.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="407"/>
        <source>participant {user} appears twice</source>
        <translation>le participant {user} apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="479"/>
        <source>the trips span {first} to {last}</source>
        <translation>les déplacements vont du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="480"/>
        <source>the trips have no valid start time</source>
        <translation>les déplacements n&apos;ont aucune heure de départ valide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="481"/>
        <source>no trip in {year}</source>
        <translation>aucun déplacement en {year}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="482"/>
        <source>{span}: choose a year with trips.</source>
        <translation>{span} : choisissez une année avec des déplacements.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="493"/>
        <source>the trips have no is_home_work field</source>
        <translation>les déplacements n&apos;ont pas de champ is_home_work</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="494"/>
        <source>Run &apos;Infer trip purposes&apos; first, or give the stays so that home and work are detected here.</source>
        <translation>Lancez d&apos;abord « Déduire les motifs des déplacements », ou fournissez les arrêts pour que le domicile et le lieu de travail soient détectés ici.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="506"/>
        <source>no home–work commute detected</source>
        <translation>aucun déplacement domicile–travail détecté</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="508"/>
        <source>no participant has a detected home and work place: {users}</source>
        <translation>aucun participant n&apos;a de domicile et de lieu de travail détectés : {users}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="511"/>
        <source>Give more days of data (nights at home and weekday stays at work), or check the stays.</source>
        <translation>Fournissez davantage de jours de données (nuits au domicile et présences en semaine sur le lieu de travail), ou vérifiez les arrêts.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="513"/>
        <source>Participant {user}: home or work place not detected ({reason}); no FMD day counted.</source>
        <translation>Participant {user} : domicile ou lieu de travail non détecté ({reason}) ; aucun jour FMD compté.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="560"/>
        <source>bike</source>
        <translation>vélo</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="560"/>
        <source>e-bike</source>
        <translation>vélo à assistance électrique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="560"/>
        <source>e-scooter</source>
        <translation>trottinette électrique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="560"/>
        <source>carpool</source>
        <translation>covoiturage</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="565"/>
        <source>January</source>
        <translation>Janvier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="565"/>
        <source>February</source>
        <translation>Février</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="565"/>
        <source>March</source>
        <translation>Mars</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="565"/>
        <source>April</source>
        <translation>Avril</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="565"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="565"/>
        <source>June</source>
        <translation>Juin</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="565"/>
        <source>July</source>
        <translation>Juillet</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="566"/>
        <source>August</source>
        <translation>Août</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="566"/>
        <source>September</source>
        <translation>Septembre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="566"/>
        <source>October</source>
        <translation>Octobre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="566"/>
        <source>November</source>
        <translation>Novembre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="566"/>
        <source>December</source>
        <translation>Décembre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="573"/>
        <source>{amount} €</source>
        <translation>{amount} €</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="587"/>
        <source>participant {user} is not in the result</source>
        <translation>le participant {user} n&apos;est pas dans le résultat</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="591"/>
        <source>Sustainable mobility allowance (forfait mobilités durables)</source>
        <translation>Forfait mobilités durables</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="592"/>
        <source>Attestation of eligible home–work commute days, year {year}</source>
        <translation>Attestation des jours de déplacements domicile–travail éligibles, année {year}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="593"/>
        <source>Participant: {name}</source>
        <translation>Participant : {name}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="594"/>
        <source>Employer: {employer}</source>
        <translation>Employeur : {employer}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="594"/>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="595"/>
        <source>Year: {year}</source>
        <translation>Année : {year}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="596"/>
        <source>Working-time share: {wt:.0f} %, months present: {months:g} (prorating factor {share:.2f})</source>
        <translation>Quotité de temps de travail : {wt:.0f} %, mois de présence : {months:g} (coefficient de proratisation {share:.2f})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="598"/>
        <source>Eligible days by mode</source>
        <translation>Jours éligibles par mode</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="602"/>
        <source>{mode}: {n} day(s)</source>
        <translation>{mode} : {n} jour(s)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="603"/>
        <source>Total eligible days: {n}</source>
        <translation>Total des jours éligibles : {n}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="605"/>
        <source>{days} days -&gt; {amount}</source>
        <translation>{days} jours -&gt; {amount}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="608"/>
        <source>Prorated thresholds: {tiers}</source>
        <translation>Seuils proratisés : {tiers}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="609"/>
        <source>Minimum number of days (prorated): {n}</source>
        <translation>Nombre minimal de jours (proratisé) : {n}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="611"/>
        <source>Amount: {amount}</source>
        <translation>Montant : {amount}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="613"/>
        <source>(threshold not reached)</source>
        <translation>(seuil non atteint)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="615"/>
        <source>Amount: not computed ({reason})</source>
        <translation>Montant : non calculé ({reason})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="617"/>
        <source>Dates of the eligible days</source>
        <translation>Dates des jours éligibles</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="619"/>
        <source>No eligible day.</source>
        <translation>Aucun jour éligible.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="625"/>
        <source>{mode}: {days}</source>
        <translation>{mode} : {days}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="627"/>
        <source>{month} ({n} days) - {days}</source>
        <translation>{month} ({n} jours) - {days}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="629"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="631"/>
        <source>Counted from measured home–work commutes: trips recorded by the participant&apos;s smartphone between the home and the work places that Tracemob detected, whose eligible modes (bike, e-bike, e-scooter, carpool as driver or passenger) cover at least {share:.0f} % of the commute distance, walking and public transport aside (a bike ride to the station counts, the train after it weighs nothing). A day counts once, whatever the number of commutes that day; weekend or leisure trips that are not home–work commutes do not count. Thresholds are prorated to the working-time share and the months present.</source>
        <translation>Décompte fondé sur les déplacements domicile–travail mesurés : déplacements enregistrés par le smartphone du participant entre le domicile et le lieu de travail détectés par Tracemob, dont les modes éligibles (vélo, vélo à assistance électrique, trottinette électrique, covoiturage comme conducteur ou passager) couvrent au moins {share:.0f} % de la distance, marche et transports en commun non comptés (le trajet à vélo jusqu&apos;à la gare compte, le train qui suit ne pèse rien). Un jour ne compte qu&apos;une fois, quel que soit le nombre de déplacements domicile–travail ce jour-là ; les déplacements du week-end ou de loisirs qui ne sont pas des déplacements domicile–travail ne comptent pas. Les seuils sont proratisés selon la quotité de temps de travail et les mois de présence.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="639"/>
        <source>Counted from measured home–work commutes: trips recorded by the participant&apos;s smartphone between the home and the work places that Tracemob detected, whose eligible modes (bike, e-bike, e-scooter, carpool as driver or passenger) cover at least {share:.0f} % of the commute distance, walking aside. A day counts once, whatever the number of commutes that day; weekend or leisure trips that are not home–work commutes do not count. Thresholds are prorated to the working-time share and the months present.</source>
        <translation>Décompte fondé sur les déplacements domicile–travail mesurés : déplacements enregistrés par le smartphone du participant entre le domicile et le lieu de travail détectés par Tracemob, dont les modes éligibles (vélo, vélo à assistance électrique, trottinette électrique, covoiturage comme conducteur ou passager) couvrent au moins {share:.0f} % de la distance, marche non comptée. Un jour ne compte qu&apos;une fois, quel que soit le nombre de déplacements domicile–travail ce jour-là ; les déplacements du week-end ou de loisirs qui ne sont pas des déplacements domicile–travail ne comptent pas. Les seuils sont proratisés selon la quotité de temps de travail et les mois de présence.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="647"/>
        <source>Rules: {rules} ({file}). Days in local time ({tz}).</source>
        <translation>Règles : {rules} ({file}). Jours en heure locale ({tz}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="649"/>
        <source>This attestation shows no place, address or map.</source>
        <translation>Cette attestation ne montre aucun lieu, aucune adresse ni aucune carte.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="650"/>
        <source>Issued on {date}, by the employer (name, role, stamp and signature):</source>
        <translation>Établie le {date} par l&apos;employeur (nom, qualité, cachet et signature) :</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="652"/>
        <source>Participant (declaration on honour, date and signature):</source>
        <translation>Participant (déclaration sur l&apos;honneur, date et signature) :</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="685"/>
        <source>the user id cannot make a file name</source>
        <translation>l&apos;identifiant du participant ne peut pas donner un nom de fichier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="769"/>
        <source>two participants would share the attestation file {name}</source>
        <translation>deux participants partageraient le fichier d&apos;attestation {name}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="778"/>
        <source>the attestation would overwrite an input file</source>
        <translation>l&apos;attestation écraserait un fichier d&apos;entrée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="779"/>
        <source>Choose another output folder.</source>
        <translation>Choisissez un autre dossier de sortie.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/fmd.py" line="781"/>
        <source>FMD attestation {year}</source>
        <translation>Attestation FMD {year}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/insee.py" line="58"/>
        <source>&apos;{value}&apos; is not a population count</source>
        <translation>« {value} » n&apos;est pas un effectif de population</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/insee.py" line="59"/>
        <source>INSEE population columns hold numbers of 0 or more.</source>
        <translation>Les colonnes de population de l&apos;INSEE contiennent des nombres positifs ou nuls.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/insee.py" line="77"/>
        <source>the age bands of the census table do not cover every age: the column &apos;{col}&apos; is missing</source>
        <translation>les tranches d&apos;âge de la table du recensement ne couvrent pas tous les âges : la colonne « {col} » manque</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/insee.py" line="80"/>
        <source>Give INSEE&apos;s &apos;Évolution et structure de la population&apos; table with the columns PYY_H0014 to PYY_H75P and PYY_F0014 to PYY_F75P.</source>
        <translation>Donnez la table INSEE « Évolution et structure de la population » avec les colonnes PYY_H0014 à PYY_H75P et PYY_F0014 à PYY_F75P.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/insee.py" line="98"/>
        <source>this is not an INSEE &apos;Évolution et structure de la population&apos; table (no CODGEO or IRIS column, or no PYY_H/PYY_F columns)</source>
        <translation>ce n&apos;est pas une table INSEE « Évolution et structure de la population » (pas de colonne CODGEO ou IRIS, ou pas de colonnes PYY_H/PYY_F)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/insee.py" line="111"/>
        <source>the participants&apos; {field} &apos;{code}&apos; is not in the census table</source>
        <translation>le {field} « {code} » des participants n&apos;est pas dans la table du recensement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/insee.py" line="113"/>
        <source>Give the census table of every commune (IRIS) where participants live, with the codes written as INSEE writes them (5 characters for a commune, 9 for an IRIS).</source>
        <translation>Donnez la table du recensement de chaque commune (IRIS) où vivent des participants, avec les codes écrits comme l&apos;INSEE les écrit (5 caractères pour une commune, 9 pour un IRIS).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/insee.py" line="136"/>
        <source>INSEE census {year}: {rows} row(s) used; margins {variables}.</source>
        <translation>Recensement INSEE {year} : {rows} ligne(s) utilisée(s) ; marges {variables}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="58"/>
        <source>Use the trips and legs layers made by Tracemob (segmentation, then mode inference).</source>
        <translation>Utilisez les couches de déplacements et de trajets produites par Tracemob (découpage, puis inférence des modes).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="62"/>
        <source>Indicator computation cancelled</source>
        <translation>Calcul des indicateurs annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="135"/>
        <source>the trips have no mode and no legs layer was given</source>
        <translation>les déplacements n&apos;ont pas de mode et aucune couche de trajets n&apos;a été fournie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="136"/>
        <source>Give the legs layer with a mode field (mode inference output).</source>
        <translation>Fournissez la couche des trajets avec un champ mode (sortie de l&apos;inférence des modes).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="236"/>
        <source>the end of the period is not after its start</source>
        <translation>la fin de la période n&apos;est pas postérieure à son début</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="486"/>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="368"/>
        <source>the weights table has no replicate weights (rw_001, rw_002...)</source>
        <translation>la table des poids n&apos;a pas de poids répliqués (rw_001, rw_002…)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="487"/>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="369"/>
        <source>Run &apos;Weight the panel to the population&apos; with replicates.</source>
        <translation>Lancez « Pondérer le panel sur la population » avec des réplications.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/modal_share.py" line="565"/>
        <source>the threshold must be 1 or more</source>
        <translation>le seuil doit être supérieur ou égal à 1</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="57"/>
        <source>OD flow computation cancelled</source>
        <translation>Calcul des flux OD annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="66"/>
        <source>no zones given</source>
        <translation>aucune zone fournie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="66"/>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="82"/>
        <source>Give a polygon layer of zones.</source>
        <translation>Fournissez une couche de zones polygonales.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="82"/>
        <source>the zone layer is empty</source>
        <translation>la couche de zones est vide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="85"/>
        <source>the zones must be polygons</source>
        <translation>les zones doivent être des polygones</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="113"/>
        <source>the trips have no origin and destination coordinates</source>
        <translation>les déplacements n&apos;ont pas de coordonnées d&apos;origine et de destination</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="115"/>
        <source>Use the trips layer made by Tracemob (first and last vertex), or give the stays.</source>
        <translation>Utilisez la couche de déplacements produite par Tracemob (premier et dernier sommets), ou fournissez les arrêts.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="181"/>
        <source>Use the trips layer made by Tracemob.</source>
        <translation>Utilisez la couche de déplacements produite par Tracemob.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="188"/>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="144"/>
        <source>cannot read the times</source>
        <translation>impossible de lire les heures</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="189"/>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="145"/>
        <source>Times must be date-times (ISO-8601).</source>
        <translation>Les heures doivent être des dates-heures (ISO-8601).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="199"/>
        <source>the trips have no mode field for the mode filter</source>
        <translation>les déplacements n&apos;ont pas de champ mode pour le filtre par mode</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="200"/>
        <source>Run the mode inference first, or leave the mode empty.</source>
        <translation>Lancez d&apos;abord l&apos;inférence des modes, ou laissez le mode vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="204"/>
        <source>the trips have no purpose field for the purpose filter</source>
        <translation>les déplacements n&apos;ont pas de champ motif pour le filtre par motif</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/odflows.py" line="205"/>
        <source>Run Infer trip purposes first, or leave the purpose empty.</source>
        <translation>Lancez d&apos;abord « Déduire les motifs des déplacements », ou laissez le motif vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="70"/>
        <location filename="../resources/styles/places.qml" line="5"/>
        <location filename="../resources/styles/purposes.qml" line="5"/>
        <location filename="../resources/styles/simulated_places.qml" line="5"/>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="70"/>
        <location filename="../resources/styles/purposes.qml" line="6"/>
        <location filename="../resources/styles/simulated_places.qml" line="6"/>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="70"/>
        <location filename="../resources/styles/purposes.qml" line="7"/>
        <source>Study</source>
        <translation>Études</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="70"/>
        <location filename="../resources/styles/purposes.qml" line="8"/>
        <location filename="../resources/styles/simulated_places.qml" line="8"/>
        <source>Shopping</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="71"/>
        <location filename="../resources/styles/purposes.qml" line="9"/>
        <location filename="../resources/styles/simulated_places.qml" line="9"/>
        <source>Leisure</source>
        <translation>Loisirs</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="71"/>
        <location filename="../resources/styles/purposes.qml" line="10"/>
        <source>Escort</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="71"/>
        <location filename="../resources/styles/purposes.qml" line="11"/>
        <location filename="../resources/styles/simulated_places.qml" line="10"/>
        <source>Personal business</source>
        <translation>Affaires personnelles</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="72"/>
        <location filename="../resources/styles/purposes.qml" line="12"/>
        <location filename="../resources/styles/simulated_legs.qml" line="12"/>
        <location filename="../resources/styles/simulated_places.qml" line="11"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="138"/>
        <source>Purpose inference cancelled</source>
        <translation>Inférence des motifs annulée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="142"/>
        <source>Use the stays and trips layers made by Tracemob (Segment trips).</source>
        <translation>Utilisez les couches d&apos;arrêts et de déplacements produites par Tracemob (« Découper en déplacements »).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="151"/>
        <source>Give an IANA time zone such as Europe/Paris.</source>
        <translation>Indiquez un fuseau horaire IANA tel que Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="239"/>
        <source>the place radius must be a positive number of metres</source>
        <translation>le rayon d&apos;un lieu doit être un nombre positif de mètres</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="353"/>
        <source>home not found: no stay covers the night (22:00-06:00)</source>
        <translation>domicile non trouvé : aucun arrêt ne couvre la nuit (22:00-06:00)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="355"/>
        <source>home not found: too few nights observed ({n}, at least {m} needed)</source>
        <translation>domicile non trouvé : trop peu de nuits observées ({n}, il en faut au moins {m})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="356"/>
        <source>home not found: no place holds most nights ({n} nights observed, best place {k})</source>
        <translation>domicile non trouvé : aucun lieu ne réunit la plupart des nuits ({n} nuits observées, {k} au meilleur lieu)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="389"/>
        <source>work/study place not found: no weekday (08:00-19:00) observed</source>
        <translation>lieu de travail ou d&apos;études non trouvé : aucun jour de semaine (08:00-19:00) observé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="391"/>
        <source>work/study place not found: no place other than home holds 3 hours of a weekday</source>
        <translation>lieu de travail ou d&apos;études non trouvé : aucun lieu autre que le domicile ne réunit 3 heures d&apos;un jour de semaine</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="393"/>
        <source>work/study place not found: too few working days at one place ({k}, at least {m} needed)</source>
        <translation>lieu de travail ou d&apos;études non trouvé : trop peu de jours ouvrés en un même lieu ({k}, il en faut au moins {m})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="394"/>
        <source>work/study place not found: no regular weekday place ({k} of {n} weekdays at the best place)</source>
        <translation>lieu de travail ou d&apos;études non trouvé : aucun lieu régulier en semaine ({k} jours de semaine sur {n} au meilleur lieu)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="599"/>
        <source>there are no stays: places, home and work cannot be found</source>
        <translation>il n&apos;y a aucun arrêt : les lieux, le domicile et le travail ne peuvent pas être trouvés</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="600"/>
        <source>Give the stays layer made by Segment trips for the same participants.</source>
        <translation>Fournissez la couche des arrêts produite par « Découper en déplacements » pour les mêmes participants.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="610"/>
        <source>no participant has enough data to find a home ({detail})</source>
        <translation>aucun participant n&apos;a assez de données pour trouver un domicile ({detail})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/purposes.py" line="612"/>
        <source>Give at least two nights of data per participant, or allow purposes without home.</source>
        <translation>Fournissez au moins deux nuits de données par participant, ou autorisez les motifs sans domicile.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/transit_performance.py" line="153"/>
        <source>The minimum number of passages must be at least 1.</source>
        <translation>Le nombre minimal de passages doit être d&apos;au moins 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/transit_performance.py" line="156"/>
        <source>The legs have no &apos;{col}&apos; field.</source>
        <translation>Les trajets n&apos;ont pas de champ « {col} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/transit_performance.py" line="157"/>
        <source>Run &apos;Infer transport modes&apos; with a GTFS feed first: it adds transit_route.</source>
        <translation>Lancez d&apos;abord « Déduire les modes de transport » avec un flux GTFS : il ajoute transit_route.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/transit_performance.py" line="174"/>
        <source>No leg with a route rode a section between two stops of its route ({n} legs with a route).</source>
        <translation>Aucun trajet avec une ligne n&apos;a parcouru d&apos;inter-arrêt entre deux arrêts de sa ligne ({n} trajets avec une ligne).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/transit_performance.py" line="176"/>
        <source>Give the legs &apos;Infer transport modes&apos; wrote with this GTFS feed, and their tracks.</source>
        <translation>Donnez les trajets écrits par « Déduire les modes de transport » avec ce flux GTFS, et leurs traces.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/transit_performance.py" line="220"/>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="372"/>
        <location filename="../tracemob_plugin/core/modes/model.py" line="292"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/transit_performance.py" line="240"/>
        <source>{k} of {n} route x section x band cells were seen by fewer than {m} participants: their statistics are not published.</source>
        <translation>{k} des {n} cellules ligne x inter-arrêt x plage ont été vues par moins de {m} participants : leurs statistiques ne sont pas publiées.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="66"/>
        <source>no population margins given</source>
        <translation>aucune marge de population fournie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="67"/>
        <source>Give at least one variable with the population of each of its categories.</source>
        <translation>Fournissez au moins une variable avec la population de chacune de ses catégories.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="71"/>
        <source>the variable &apos;{var}&apos; has no category</source>
        <translation>la variable « {var} » n&apos;a aucune catégorie</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="77"/>
        <source>the population of &apos;{cat}&apos; ({var}) is not a number: &apos;{pop}&apos;</source>
        <translation>la population de « {cat} » ({var}) n&apos;est pas un nombre : « {pop} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="80"/>
        <source>the population of &apos;{cat}&apos; ({var}) is negative or not finite: {pop}</source>
        <translation>la population de « {cat} » ({var}) est négative ou non finie : {pop}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="82"/>
        <source>Give population counts of 0 or more.</source>
        <translation>Donnez des effectifs de population positifs ou nuls.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="85"/>
        <source>the population of the variable &apos;{var}&apos; is zero</source>
        <translation>la population de la variable « {var} » est nulle</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="92"/>
        <source>The margins table needs the columns variable, category, population (one row per category).</source>
        <translation>La table des marges doit avoir les colonnes variable, category, population (une ligne par catégorie).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="97"/>
        <source>empty variable or category</source>
        <translation>variable ou catégorie vide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="100"/>
        <source>the category &apos;{cat}&apos; of &apos;{var}&apos; is given twice</source>
        <translation>la catégorie « {cat} » de « {var} » est donnée deux fois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="128"/>
        <source>cannot read the margins file: {err}</source>
        <translation>impossible de lire le fichier des marges : {err}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="149"/>
        <source>missing {var}</source>
        <translation>{var} manquant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="150"/>
        <source>unknown {var} &apos;{value}&apos;</source>
        <translation>{var} inconnu « {value} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="196"/>
        <source>the trimming bounds must be 0 &lt;= lower &lt;= 1 &lt;= upper (relative to the mean weight), not {lo} and {hi}</source>
        <translation>les bornes d&apos;écrêtage doivent vérifier 0 &lt;= basse &lt;= 1 &lt;= haute (relatives au poids moyen), et non {lo} et {hi}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="219"/>
        <source>no margins for the variable &apos;{var}&apos;</source>
        <translation>aucune marge pour la variable « {var} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="220"/>
        <source>Add its categories and populations to the margins table.</source>
        <translation>Ajoutez ses catégories et leurs populations à la table des marges.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="223"/>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="294"/>
        <source>The participants table needs a user_id and one field per variable of the margins.</source>
        <translation>La table des participants doit avoir un user_id et un champ par variable des marges.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="225"/>
        <source>the maximum number of iterations must be 1 or more and the tolerance positive</source>
        <translation>le nombre maximal d&apos;itérations doit être d&apos;au moins 1 et la tolérance positive</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="230"/>
        <source>the participant &apos;{user}&apos; appears twice</source>
        <translation>le participant « {user} » apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="231"/>
        <source>Give one row per participant.</source>
        <translation>Donnez une ligne par participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="232"/>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="340"/>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="426"/>
        <source>Weighting cancelled.</source>
        <translation>Pondération annulée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="236"/>
        <source>no participant has a known category for every variable</source>
        <translation>aucun participant n&apos;a une catégorie connue pour chaque variable</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="244"/>
        <source>the category &apos;{cat}&apos; of &apos;{var}&apos; has a population but no participant</source>
        <translation>la catégorie « {cat} » de « {var} » a une population mais aucun participant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="246"/>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="448"/>
        <source>Merge it with a neighbouring category in the margins, or recruit participants in it.</source>
        <translation>Regroupez-la avec une catégorie voisine dans les marges, ou recrutez-y des participants.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="326"/>
        <source>the bootstrap needs 20 replicates or more and a level between 0.5 and 1</source>
        <translation>le bootstrap demande au moins 20 réplications et un niveau entre 0,5 et 1</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="425"/>
        <source>The trips need a participant, a group and a mode.</source>
        <translation>Les déplacements doivent avoir un participant, un groupe et un mode.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/indicators/weighting.py" line="447"/>
        <source>a category of the margins has no participant</source>
        <translation>une catégorie des marges n&apos;a aucun participant</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/common.py" line="118"/>
        <source>the {field} value is missing or not a number</source>
        <translation>la valeur {field} est absente ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/common.py" line="120"/>
        <source>{field} = {value} is out of range (latitude -90..90, longitude -180..180)</source>
        <translation>{field} = {value} est hors limites (latitude -90..90, longitude -180..180)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/common.py" line="122"/>
        <source>Check that the latitude and longitude are not swapped nor projected (WGS84 degrees are expected), and fix or delete that row.</source>
        <translation>Vérifiez que la latitude et la longitude ne sont ni inversées ni projetées (des degrés WGS84 sont attendus), puis corrigez ou supprimez cette ligne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/common.py" line="299"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="257"/>
        <source>cannot read the file: {error}</source>
        <translation>impossible de lire le fichier : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/common.py" line="300"/>
        <source>Check that the file exists, is readable and, for .gz, is a complete gzip archive.</source>
        <translation>Vérifiez que le fichier existe, qu&apos;il est lisible et, pour un .gz, qu&apos;il s&apos;agit d&apos;une archive gzip complète.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/emission.py" line="326"/>
        <source>an e-mission file must hold a list of timeseries entries</source>
        <translation>un fichier e-mission doit contenir une liste d&apos;entrées de séries temporelles</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/emission.py" line="327"/>
        <source>Export the data again with OpenPATH or e-mission.</source>
        <translation>Exportez à nouveau les données avec OpenPATH ou e-mission.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/emission.py" line="394"/>
        <source>no e-mission timeseries entry (with metadata.key) in this JSON list</source>
        <translation>aucune entrée de série temporelle e-mission (avec metadata.key) dans cette liste JSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/emission.py" line="395"/>
        <source>Give the raw timeseries export of OpenPATH / e-mission (a list of entries with metadata and data).</source>
        <translation>Fournissez l&apos;export brut des séries temporelles d&apos;OpenPATH / e-mission (une liste d&apos;entrées avec metadata et data).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/emission.py" line="398"/>
        <source>{file}: {n} items without metadata.key ignored</source>
        <translation>{file} : {n} éléments sans metadata.key ignorés</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/emission.py" line="401"/>
        <source>{file}: {n} entries without data.ts ignored</source>
        <translation>{file} : {n} entrées sans data.ts ignorées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/emission.py" line="456"/>
        <source>{file}: user {user} has no {filtered}; used {raw} with e-mission&apos;s accuracy filter (&lt; 200 m, no duplicates): kept {kept} of {n} fixes</source>
        <translation>{file} : l&apos;utilisateur {user} n&apos;a pas de {filtered} ; {raw} utilisé avec le filtre de précision d&apos;e-mission (&lt; 200 m, sans doublons) : {kept} points GPS gardés sur {n}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/emission.py" line="468"/>
        <source>Rows count the entries of the JSON list from 1.</source>
        <translation>Les lignes numérotent les entrées de la liste JSON à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/fetch_store.py" line="105"/>
        <source>cannot open the server cache ({reason}).</source>
        <translation>impossible d&apos;ouvrir le cache du serveur ({reason}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/fetch_store.py" line="107"/>
        <source>Choose a cache folder you can write to.</source>
        <translation>Choisissez un dossier de cache où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="88"/>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="104"/>
        <source>corrupt or truncated JSON: {msg} at line {line}, column {col}</source>
        <translation>JSON corrompu ou tronqué : {msg} à la ligne {line}, colonne {col}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="91"/>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="107"/>
        <source>The file was probably cut while downloading or edited by hand: download or export it again.</source>
        <translation>Le fichier a probablement été tronqué au téléchargement ou modifié à la main : téléchargez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="133"/>
        <source>the file is nested too deeply to be read (thousands of brackets or elements inside each other)</source>
        <translation>le fichier est trop profondément imbriqué pour être lu (des milliers de crochets ou d&apos;éléments les uns dans les autres)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="136"/>
        <source>the file holds a number too long to be read (more than 4,300 digits)</source>
        <translation>le fichier contient un nombre trop long pour être lu (plus de 4 300 chiffres)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="138"/>
        <source>the file is too large to be read in memory</source>
        <translation>le fichier est trop gros pour être lu en mémoire</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="143"/>
        <source>cannot read this file ({error})</source>
        <translation>impossible de lire ce fichier ({error})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="145"/>
        <source>The file is damaged or was not written by a tracking application: export it again, or leave it out (option to skip bad files).</source>
        <translation>Le fichier est endommagé ou n&apos;a pas été écrit par une application de suivi : exportez-le à nouveau, ou laissez-le de côté (option pour ignorer les fichiers illisibles).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="155"/>
        <source>Check the path, or pick the file again.</source>
        <translation>Vérifiez le chemin, ou choisissez à nouveau le fichier.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="164"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="248"/>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="88"/>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="199"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="165"/>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="178"/>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="42"/>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="89"/>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="200"/>
        <source>Export the trace again: the file holds no data.</source>
        <translation>Exportez à nouveau la trace : le fichier ne contient aucune donnée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="177"/>
        <source>the file is empty (an empty JSON list)</source>
        <translation>le fichier est vide (une liste JSON vide)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="181"/>
        <source>this JSON is neither an e-mission / OpenPATH timeseries export nor a GeoJSON FeatureCollection</source>
        <translation>ce JSON n&apos;est ni un export de séries temporelles e-mission / OpenPATH ni une FeatureCollection GeoJSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="183"/>
        <source>Give a raw e-mission export (a list of entries with metadata.key) or a GeoJSON of points.</source>
        <translation>Fournissez un export brut e-mission (une liste d&apos;entrées avec metadata.key) ou un GeoJSON de points.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="196"/>
        <source>unsupported file type &apos;{ext}&apos;</source>
        <translation>type de fichier « {ext} » non pris en charge</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="197"/>
        <source>Tracemob reads e-mission / OpenPATH JSON, GeoJSON, GPX, CSV / TSV / TXT tables and GeoLife .plt files, optionally gzipped (.gz).</source>
        <translation>Tracemob lit les fichiers JSON e-mission / OpenPATH, GeoJSON, GPX, les tables CSV / TSV / TXT et les fichiers GeoLife .plt, éventuellement compressés en gzip (.gz).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="237"/>
        <source>only one location fix: a trace needs at least two fixes</source>
        <translation>un seul point GPS : une trace en demande au moins deux</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="238"/>
        <source>Check the export period or merge this file with the others of the same person.</source>
        <translation>Vérifiez la période d&apos;export ou fusionnez ce fichier avec les autres fichiers de la même personne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="241"/>
        <source>no location fix in this file</source>
        <translation>aucun point GPS dans ce fichier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="242"/>
        <source>Check the export period: the phone recorded nothing in it.</source>
        <translation>Vérifiez la période d&apos;export : le téléphone n&apos;y a rien enregistré.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="244"/>
        <source>{file}: no location fix (only activities or labels)</source>
        <translation>{file} : aucun point GPS (seulement des activités ou des libellés)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="260"/>
        <source>no supported trace file in this folder</source>
        <translation>aucun fichier de traces pris en charge dans ce dossier</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="261"/>
        <source>Tracemob reads e-mission / OpenPATH JSON, GeoJSON, GPX, CSV / TSV / TXT and GeoLife .plt files (optionally .gz): pick a folder that holds some.</source>
        <translation>Tracemob lit les fichiers JSON e-mission / OpenPATH, GeoJSON, GPX, CSV / TSV / TXT et GeoLife .plt (éventuellement .gz) : choisissez un dossier qui en contient.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="309"/>
        <source>on_error must be &apos;raise&apos; or &apos;skip&apos;, not &apos;{value}&apos;</source>
        <translation>on_error doit valoir « raise » ou « skip », pas « {value} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="322"/>
        <source>reading cancelled</source>
        <translation>lecture annulée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="328"/>
        <source>skipped {file}, not a trace file: {problem}</source>
        <translation>{file} ignoré, ce n&apos;est pas un fichier de traces : {problem}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="332"/>
        <source>skipped {file}: {error}</source>
        <translation>{file} ignoré : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="341"/>
        <source>no supported trace file in the input</source>
        <translation>aucun fichier de traces pris en charge dans l&apos;entrée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="342"/>
        <source>Every file was skipped: see the reasons above.</source>
        <translation>Tous les fichiers ont été ignorés : voir les raisons ci-dessus.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="363"/>
        <source>max accuracy {limit} m: dropped {n} of {total} fixes</source>
        <translation>précision maximale {limit} m : {n} points GPS écartés sur {total}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="372"/>
        <source>unknown time zone &apos;{value}&apos;</source>
        <translation>fuseau horaire « {value} » inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/files.py" line="373"/>
        <source>Use an IANA name such as Europe/Paris or UTC.</source>
        <translation>Utilisez un nom IANA tel que Europe/Paris ou UTC.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="41"/>
        <source>the GeoJSON has no feature</source>
        <translation>le GeoJSON n&apos;a aucune entité</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="75"/>
        <source>this point has no time property</source>
        <translation>ce point n&apos;a pas de propriété horaire</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="77"/>
        <source>Each point needs a &apos;time&apos; (or &apos;timestamp&apos;, &apos;datetime&apos;) property; rows count the features from 1.</source>
        <translation>Chaque point doit avoir une propriété « time » (ou « timestamp », « datetime ») ; les lignes numérotent les entités à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="95"/>
        <source>this line has no time for each vertex</source>
        <translation>cette ligne n&apos;a pas d&apos;heure pour chaque sommet</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="97"/>
        <source>Give lines a &apos;coordTimes&apos; (or &apos;times&apos;) property with one time per vertex, or export timed points.</source>
        <translation>Donnez aux lignes une propriété « coordTimes » (ou « times ») avec une heure par sommet, ou exportez des points horodatés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="112"/>
        <source>{file}: {n} features that are neither timed points nor lines were ignored</source>
        <translation>{file} : {n} entités qui ne sont ni des points ni des lignes horodatés ont été ignorées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="115"/>
        <source>no timed point or line in this GeoJSON</source>
        <translation>aucun point ni aucune ligne horodatés dans ce GeoJSON</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="116"/>
        <source>Give a FeatureCollection of Points with a time property.</source>
        <translation>Fournissez une FeatureCollection de points (Point) avec une propriété horaire.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/geojson.py" line="119"/>
        <source>Rows count the features from 1.</source>
        <translation>Les lignes numérotent les entités à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="76"/>
        <source>the GPX declares XML entities (&lt;!ENTITY ...&gt;) whose expansion was refused (XML error at line {line}, column {col}: {error})</source>
        <translation>le GPX déclare des entités XML (&lt;!ENTITY ...&gt;) dont l&apos;expansion a été refusée (erreur XML ligne {line}, colonne {col} : {error})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="78"/>
        <source>Tracking applications never write entities: this file was made by hand or is hostile. Export the track again from the application.</source>
        <translation>Les applications de suivi n&apos;écrivent jamais d&apos;entités : ce fichier a été fait à la main ou est malveillant. Exportez à nouveau la trace depuis l&apos;application.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="80"/>
        <source>corrupt or truncated GPX (XML error at line {line}, column {col})</source>
        <translation>GPX corrompu ou tronqué (erreur XML à la ligne {line}, colonne {col})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="82"/>
        <source>The file was probably cut while downloading: export it again.</source>
        <translation>Le fichier a probablement été tronqué au téléchargement : exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="86"/>
        <source>no track point (trkpt) in this GPX</source>
        <translation>aucun point de trace (trkpt) dans ce GPX</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="87"/>
        <source>Export a recorded track, not only waypoints.</source>
        <translation>Exportez une trace enregistrée, pas seulement des points de passage.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="92"/>
        <source>Rows count the track points from 1.</source>
        <translation>Les lignes numérotent les points de trace à partir de 1.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="97"/>
        <source>the track points have no &lt;time&gt;: a trace needs the time of each fix</source>
        <translation>les points de trace n&apos;ont pas de &lt;time&gt; : une trace a besoin de l&apos;heure de chaque point GPS</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="99"/>
        <source>This looks like a planned route; export the recorded track.</source>
        <translation>Cela ressemble à un itinéraire prévu ; exportez la trace enregistrée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gpx.py" line="101"/>
        <source>{file}: {n} track points without &lt;time&gt; ignored</source>
        <translation>{file} : {n} points de trace sans &lt;time&gt; ignorés</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="158"/>
        <source>not a readable zip file ({error})</source>
        <translation>fichier zip illisible ({error})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="159"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="168"/>
        <source>Give the GTFS feed as published (a .zip) or the folder of its .txt files.</source>
        <translation>Donnez le flux GTFS tel que publié (un .zip) ou le dossier de ses fichiers .txt.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="167"/>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="185"/>
        <source>the zip holds a file whose path leaves the archive (&apos;{member}&apos;)</source>
        <translation>le zip contient un fichier dont le chemin sort de l&apos;archive (&apos;{member}&apos;)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="187"/>
        <source>This is not a GTFS feed as published: get the feed again from its publisher.</source>
        <translation>Ce n&apos;est pas un flux GTFS tel que publié : récupérez à nouveau le flux auprès de son éditeur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="203"/>
        <source>the zip member &apos;{member}&apos; would expand {ratio:.0f} times (a zip bomb?)</source>
        <translation>le fichier &apos;{member}&apos; du zip grossirait {ratio:.0f} fois une fois décompressé (une bombe zip ?)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="205"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="232"/>
        <source>Refused for safety: get the feed again from its publisher.</source>
        <translation>Refusé par sécurité : récupérez à nouveau le flux auprès de son éditeur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="207"/>
        <source>the zip&apos;s files would take {size:.1f} GB once expanded, more than the {limit:.1f} GB allowed</source>
        <translation>les fichiers du zip occuperaient {size:.1f} Go une fois décompressés, plus que les {limit:.1f} Go autorisés</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="210"/>
        <source>Refused for safety: check that this is a GTFS feed, or cut it to your area.</source>
        <translation>Refusé par sécurité : vérifiez qu&apos;il s&apos;agit bien d&apos;un flux GTFS, ou réduisez-le à votre territoire.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="227"/>
        <source>cannot unzip the file: {error}</source>
        <translation>impossible de décompresser le fichier : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="228"/>
        <source>Get the feed again from its publisher (the download may be incomplete).</source>
        <translation>Récupérez à nouveau le flux auprès de son éditeur (le téléchargement est peut-être incomplet).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="231"/>
        <source>the zip member expands past its declared size (a zip bomb?)</source>
        <translation>le fichier du zip dépasse sa taille déclarée une fois décompressé (une bombe zip ?)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="249"/>
        <source>Every GTFS file starts with a header line naming its fields: get the feed again from its publisher.</source>
        <translation>Chaque fichier GTFS commence par une ligne d&apos;en-tête qui nomme ses champs : récupérez à nouveau le flux auprès de son éditeur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="258"/>
        <source>A GTFS file is comma-separated text with a header line; quote the values holding commas.</source>
        <translation>Un fichier GTFS est un texte séparé par des virgules avec une ligne d&apos;en-tête ; mettez entre guillemets les valeurs qui contiennent des virgules.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="279"/>
        <source>The GTFS reference requires this field in the header line: get the complete feed from its publisher.</source>
        <translation>La référence GTFS exige ce champ dans la ligne d&apos;en-tête : récupérez le flux complet auprès de son éditeur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="296"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="544"/>
        <source>the id is blank</source>
        <translation>l&apos;identifiant est vide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="297"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="545"/>
        <source>Every row needs its id: fix or remove the row.</source>
        <translation>Chaque ligne doit avoir son identifiant : corrigez ou supprimez la ligne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="299"/>
        <source>the id &apos;{value}&apos; is given twice</source>
        <translation>l&apos;identifiant &apos;{value}&apos; apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="299"/>
        <source>Ids must be unique in the file: fix or remove the row.</source>
        <translation>Les identifiants doivent être uniques dans le fichier : corrigez ou supprimez la ligne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="312"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="525"/>
        <source>the value is missing</source>
        <translation>la valeur manque</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="313"/>
        <source>Write the value as a plain number with a dot for decimals.</source>
        <translation>Écrivez la valeur comme un nombre simple, avec un point pour les décimales.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="317"/>
        <source>{value} is out of range ({lo} to {hi})</source>
        <translation>{value} est hors limites ({lo} à {hi})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="318"/>
        <source>Correct the value.</source>
        <translation>Corrigez la valeur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="328"/>
        <source>&apos;{value}&apos; is not in {target}</source>
        <translation>&apos;{value}&apos; ne figure pas dans {target}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="329"/>
        <source>Every reference must name an existing row of {target}: fix the feed or get it again from its publisher.</source>
        <translation>Chaque référence doit désigner une ligne existante de {target} : corrigez le flux ou récupérez-le à nouveau auprès de son éditeur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="371"/>
        <source>cannot read the time &apos;{value}&apos;</source>
        <translation>impossible de lire l&apos;heure &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="372"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="526"/>
        <source>Write times as HH:MM:SS from the service day&apos;s start; times after midnight go on past 24:00 (25:10:00).</source>
        <translation>Écrivez les heures au format HH:MM:SS depuis le début de la journée d&apos;exploitation ; après minuit, elles continuent au-delà de 24:00 (25:10:00).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="389"/>
        <source>the GTFS feed has no {file}</source>
        <translation>le flux GTFS n&apos;a pas de {file}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="390"/>
        <source>A GTFS feed holds stops.txt, routes.txt, trips.txt, stop_times.txt and calendar.txt or calendar_dates.txt: get the complete feed from its publisher.</source>
        <translation>Un flux GTFS contient stops.txt, routes.txt, trips.txt, stop_times.txt et calendar.txt ou calendar_dates.txt : récupérez le flux complet auprès de son éditeur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="439"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="442"/>
        <source>Stops need their position (stop_lat, stop_lon in WGS84 degrees).</source>
        <translation>Les arrêts doivent avoir leur position (stop_lat, stop_lon en degrés WGS84).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="441"/>
        <source>the stop has no position</source>
        <translation>l&apos;arrêt n&apos;a pas de position</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="444"/>
        <source>Latitudes are WGS84 degrees between -90 and 90 (is it swapped with stop_lon?).</source>
        <translation>Les latitudes sont des degrés WGS84 entre -90 et 90 (inversée avec stop_lon ?).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="446"/>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="549"/>
        <source>Longitudes are WGS84 degrees between -180 and 180.</source>
        <translation>Les longitudes sont des degrés WGS84 entre -180 et 180.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="462"/>
        <source>route_type is a GTFS code: 0 tram, 1 metro, 2 rail, 3 bus, 4 ferry, ... or an extended code (100-1700).</source>
        <translation>route_type est un code GTFS : 0 tram, 1 métro, 2 train, 3 bus, 4 ferry, ... ou un code étendu (100-1700).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="474"/>
        <source>{n} routes of an unknown route_type (e.g. {code}) are left out of the network</source>
        <translation>{n} lignes d&apos;un route_type inconnu (par exemple {code}) sont écartées du réseau</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="487"/>
        <source>Weekday fields are 1 (runs) or 0.</source>
        <translation>Les champs des jours de la semaine valent 1 (circule) ou 0.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="495"/>
        <source>exception_type is 1 (service added on that date) or 2 (removed).</source>
        <translation>exception_type vaut 1 (service ajouté à cette date) ou 2 (supprimé).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="508"/>
        <source>direction_id is 0 or 1 (or blank).</source>
        <translation>direction_id vaut 0 ou 1 (ou est vide).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="528"/>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="529"/>
        <source>end_time is after start_time.</source>
        <translation>end_time est postérieur à start_time.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="531"/>
        <source>headway_secs is the time between two departures, in seconds (1 or more).</source>
        <translation>headway_secs est le temps entre deux départs, en secondes (1 ou plus).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="540"/>
        <source>the feed has no shapes.txt: the lines are straight lines through the stops</source>
        <translation>le flux n&apos;a pas de shapes.txt : les lignes sont des lignes droites entre les arrêts</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="547"/>
        <source>Latitudes are WGS84 degrees between -90 and 90 (is it swapped with shape_pt_lon?).</source>
        <translation>Les latitudes sont des degrés WGS84 entre -90 et 90 (inversée avec shape_pt_lon ?).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="551"/>
        <source>shape_pt_sequence is a whole number ordering the shape&apos;s points.</source>
        <translation>shape_pt_sequence est un nombre entier qui ordonne les points du tracé.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="561"/>
        <source>{n} trips have no shape: straight lines through their stops stand in</source>
        <translation>{n} courses n&apos;ont pas de tracé : des lignes droites entre leurs arrêts les remplacent</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="573"/>
        <source>Write dates as YYYYMMDD (20240131).</source>
        <translation>Écrivez les dates au format AAAAMMJJ (20240131).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="583"/>
        <source>stop_sequence is a whole number ordering the trip&apos;s stops.</source>
        <translation>stop_sequence est un nombre entier qui ordonne les arrêts de la course.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="589"/>
        <source>the departure is before the arrival</source>
        <translation>le départ précède l&apos;arrivée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="590"/>
        <source>departure_time is the arrival_time or later.</source>
        <translation>departure_time est égal à arrival_time ou postérieur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="604"/>
        <source>the stop_sequence {seq} is given twice for trip &apos;{trip}&apos;</source>
        <translation>le stop_sequence {seq} apparaît deux fois pour la course &apos;{trip}&apos;</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="606"/>
        <source>Each stop of a trip has its own stop_sequence: fix or remove the row.</source>
        <translation>Chaque arrêt d&apos;une course a son propre stop_sequence : corrigez ou supprimez la ligne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="614"/>
        <source>the first and last stops of a trip need their times</source>
        <translation>le premier et le dernier arrêt d&apos;une course doivent avoir leurs heures</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="616"/>
        <source>Only the stops between them may be left blank (they are interpolated).</source>
        <translation>Seuls les arrêts intermédiaires peuvent rester vides (leurs heures sont interpolées).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="637"/>
        <source>the trip arrives here before it left the stop before</source>
        <translation>la course arrive ici avant d&apos;avoir quitté l&apos;arrêt précédent</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/gtfs.py" line="639"/>
        <source>Times of a trip grow with stop_sequence: fix the row.</source>
        <translation>Les heures d&apos;une course croissent avec stop_sequence : corrigez la ligne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/plt.py" line="35"/>
        <source>no fix after the 6 header lines of this GeoLife .plt file</source>
        <translation>aucun point GPS après les 6 lignes d&apos;en-tête de ce fichier GeoLife .plt</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/plt.py" line="36"/>
        <source>The file is empty or truncated: export it again.</source>
        <translation>Le fichier est vide ou tronqué : exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/plt.py" line="41"/>
        <source>cannot read the fixes: {error}</source>
        <translation>impossible de lire les points GPS : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/plt.py" line="42"/>
        <source>A GeoLife line is: lat, lon, 0, altitude, days, date, time.</source>
        <translation>Une ligne GeoLife se compose de : lat, lon, 0, altitude, jours, date, heure.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/plt.py" line="57"/>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="198"/>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="359"/>
        <source>cannot parse the time &apos;{value}&apos;</source>
        <translation>impossible d&apos;interpréter l&apos;heure « {value} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/plt.py" line="59"/>
        <source>GeoLife dates are YYYY-MM-DD and times HH:MM:SS (UTC).</source>
        <translation>Les dates GeoLife sont au format AAAA-MM-JJ et les heures HH:MM:SS (UTC).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="112"/>
        <source>participant &apos;{label}&apos; has an empty token.</source>
        <translation>le participant « {label} » a un jeton vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="113"/>
        <source>Give each participant their OpenPATH token.</source>
        <translation>Donnez à chaque participant son jeton OpenPATH.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="115"/>
        <source>two participants are labelled &apos;{label}&apos;.</source>
        <translation>deux participants ont le libellé « {label} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="116"/>
        <source>Give each participant a distinct label.</source>
        <translation>Donnez à chaque participant un libellé distinct.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="118"/>
        <source>participants &apos;{a}&apos; and &apos;{b}&apos; have the same token.</source>
        <translation>les participants « {a} » et « {b} » ont le même jeton.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="119"/>
        <source>Each token belongs to one participant.</source>
        <translation>Chaque jeton appartient à un seul participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="135"/>
        <source>token file not found.</source>
        <translation>fichier de jetons introuvable.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="136"/>
        <source>Give the path of a text file with one &apos;label,token&apos; per line.</source>
        <translation>Indiquez le chemin d&apos;un fichier texte avec une ligne « libellé,jeton » par participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="140"/>
        <source>cannot read the token file ({reason}).</source>
        <translation>impossible de lire le fichier de jetons ({reason}).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="141"/>
        <source>Save it as UTF-8 text.</source>
        <translation>Enregistrez-le en texte UTF-8.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="156"/>
        <source>expected &apos;label,token&apos; or a single token, found {n} fields.</source>
        <translation>« libellé,jeton » ou un jeton seul attendu, {n} champs trouvés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="158"/>
        <source>Labels and tokens cannot contain commas, semicolons, tabs or spaces.</source>
        <translation>Les libellés et les jetons ne peuvent contenir ni virgules, ni points-virgules, ni tabulations, ni espaces.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="161"/>
        <source>the token file lists no participant.</source>
        <translation>le fichier de jetons ne liste aucun participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="162"/>
        <source>Write one &apos;label,token&apos; per line.</source>
        <translation>Écrivez une ligne « libellé,jeton » par participant.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="272"/>
        <source>the server address must not contain a user name or password.</source>
        <translation>l&apos;adresse du serveur ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="274"/>
        <source>Give tokens through an authentication configuration or a token file.</source>
        <translation>Fournissez les jetons par une configuration d&apos;authentification ou un fichier de jetons.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="276"/>
        <source>&apos;{url}&apos; is not a server address.</source>
        <translation>« {url} » n&apos;est pas une adresse de serveur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="277"/>
        <source>Give the OpenPATH server URL, e.g. https://openpath.example.org</source>
        <translation>Indiquez l&apos;URL du serveur OpenPATH, p. ex. https://openpath.example.org</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="315"/>
        <source>Cancelled while waiting to retry.</source>
        <translation>Annulé pendant l&apos;attente avant un nouvel essai.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="336"/>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="418"/>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="845"/>
        <location filename="../tracemob_plugin/gui/server_support.py" line="96"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="346"/>
        <source>no answer within {s} s (timeout)</source>
        <translation>aucune réponse en {s} s (délai dépassé)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="348"/>
        <source>connection failed or dropped ({detail})</source>
        <translation>connexion impossible ou interrompue ({detail})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="358"/>
        <source>The server {host} refused the token of participant &apos;{label}&apos; (HTTP {status}). Renew or remove this participant&apos;s token, then run again: the data already fetched is kept.</source>
        <translation>Le serveur {host} a refusé le jeton du participant « {label} » (HTTP {status}). Renouvelez ou retirez le jeton de ce participant, puis relancez : les données déjà récupérées sont conservées.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="377"/>
        <source>the answer is not valid JSON</source>
        <translation>la réponse n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="379"/>
        <source>HTTP {status} (server error)</source>
        <translation>HTTP {status} (erreur du serveur)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="381"/>
        <source>The server {host} answered HTTP {status} to {what} for participant &apos;{label}&apos;. Check the server URL (it must be the OpenPATH server itself, e.g. https://openpath.example.org).</source>
        <translation>Le serveur {host} a répondu HTTP {status} pour {what} du participant « {label} ». Vérifiez l&apos;URL du serveur (ce doit être le serveur OpenPATH lui-même, p. ex. https://openpath.example.org).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="387"/>
        <source>{host}: {problem} for participant &apos;{label}&apos;, {what}; retry {n}/{total} in {s} s.</source>
        <translation>{host} : {problem} pour le participant « {label} », {what} ; nouvel essai {n}/{total} dans {s} s.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="392"/>
        <source>The server {host} failed {n} times for participant &apos;{label}&apos;, {what}: {problem}. What was fetched before is kept: run again later to resume.</source>
        <translation>Le serveur {host} a échoué {n} fois pour le participant « {label} », {what} : {problem}. Ce qui a déjà été récupéré est conservé : relancez plus tard pour reprendre.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="403"/>
        <source>The server {host} answers, but fails (HTTP 500) on every request with the token of participant &apos;{label}&apos;: the token is most likely unknown to the server (a participant who never joined the study, a mistyped or malformed token). Check this participant&apos;s token; the other participants are fetched.</source>
        <translation>Le serveur {host} répond, mais échoue (HTTP 500) à chaque requête avec le jeton du participant « {label} » : ce jeton lui est très probablement inconnu (un participant qui n&apos;a jamais rejoint l&apos;étude, un jeton mal saisi ou mal formé). Vérifiez le jeton de ce participant ; les autres participants sont récupérés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="408"/>
        <source>The server {host} does not know the token of participant &apos;{label}&apos; (HTTP 500: the server failed looking the token up). This happens for a participant who never joined the study, or a mistyped or malformed token. Check this participant&apos;s token; the other participants are fetched.</source>
        <translation>Le serveur {host} ne connaît pas le jeton du participant « {label} » (HTTP 500 : le serveur a échoué en cherchant ce jeton). Cela arrive pour un participant qui n&apos;a jamais rejoint l&apos;étude, ou pour un jeton mal saisi ou mal formé. Vérifiez le jeton de ce participant ; les autres participants sont récupérés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="431"/>
        <source>The server URL {url} is https://, but the server does not answer in TLS there ({reason}): it is probably an http:// address, or the port is wrong. Check http:// or https:// in the server URL. No token was sent.</source>
        <translation>L&apos;URL du serveur {url} est en https://, mais le serveur n&apos;y répond pas en TLS ({reason}) : c&apos;est probablement une adresse http://, ou le port est erroné. Vérifiez http:// ou https:// dans l&apos;URL du serveur. Aucun jeton n&apos;a été envoyé.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="435"/>
        <source>The certificate of the server {host} is not trusted ({reason}), so Tracemob cannot make sure it talks to that server: no token was sent. Check the host name in the server URL; if the server uses a certificate of its own authority, add that authority to QGIS (Settings &gt; Options &gt; Authentication &gt; Certificate Manager) or to the system&apos;s trusted certificates.</source>
        <translation>Le certificat du serveur {host} n&apos;est pas reconnu comme fiable ({reason}) : Tracemob ne peut donc pas s&apos;assurer qu&apos;il s&apos;adresse bien à ce serveur, et aucun jeton n&apos;a été envoyé. Vérifiez le nom d&apos;hôte dans l&apos;URL du serveur ; si le serveur utilise un certificat d&apos;une autorité qui lui est propre, ajoutez cette autorité à QGIS (Préférences &gt; Options &gt; Authentification &gt; Gestionnaire de certificats) ou aux certificats de confiance du système.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="459"/>
        <source>The server URL {url} is http://, but the server speaks https (TLS) there: write the server URL with https://.</source>
        <translation>L&apos;URL du serveur {url} est en http://, mais le serveur y parle https (TLS) : écrivez l&apos;URL du serveur avec https://.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="465"/>
        <source>(no address given)</source>
        <translation>(aucune adresse donnée)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="467"/>
        <source>The server moved to https: write the server URL with https://.</source>
        <translation>Le serveur est passé en https : écrivez l&apos;URL du serveur avec https://.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="469"/>
        <source>Check the URL prefix: it must be the address the participants&apos; app uses, with or without a path such as /api/ (an OpenPATH server answers every unknown path with a redirect to its project&apos;s web site).</source>
        <translation>Vérifiez le préfixe de l&apos;URL : ce doit être l&apos;adresse qu&apos;utilise l&apos;application des participants, avec ou sans un chemin comme /api/ (un serveur OpenPATH répond à tout chemin inconnu par une redirection vers le site web de son projet).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="473"/>
        <source>The server URL {url} answered a redirect (HTTP {status}) to {location}. Tracemob does not follow redirects, so that no participant&apos;s token is sent anywhere but the configured URL. {check}</source>
        <translation>L&apos;URL du serveur {url} a répondu par une redirection (HTTP {status}) vers {location}. Tracemob ne suit pas les redirections, afin qu&apos;aucun jeton de participant ne soit envoyé ailleurs qu&apos;à l&apos;URL configurée. {check}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="484"/>
        <source>window {start} to {end}</source>
        <translation>la fenêtre du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="488"/>
        <source>The server {host} answered without a &apos;phone_data&apos; list for participant &apos;{label}&apos;, {what}: is it an OpenPATH / e-mission server?</source>
        <translation>Le serveur {host} a répondu sans liste « phone_data » pour le participant « {label} », {what} : est-ce bien un serveur OpenPATH / e-mission ?</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="498"/>
        <source>the token check</source>
        <translation>la vérification du jeton</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="563"/>
        <source>not asked: the server did not answer for an earlier participant.</source>
        <translation>non interrogé : le serveur n&apos;a pas répondu pour un participant précédent.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="616"/>
        <source>the end of the date range is before its start.</source>
        <translation>la fin de la période est antérieure à son début.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="617"/>
        <source>Swap the two dates.</source>
        <translation>Inversez les deux dates.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="619"/>
        <source>the window must last at least 1 second.</source>
        <translation>la fenêtre doit durer au moins 1 seconde.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="622"/>
        <source>unsupported key &apos;{key}&apos;.</source>
        <translation>clé « {key} » non prise en charge.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="623"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="662"/>
        <source>Participant &apos;{label}&apos;: everything from {start} to {end} is already in the cache.</source>
        <translation>Participant « {label} » : tout ce qui va du {start} au {end} est déjà dans le cache.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="670"/>
        <source>Cancelled: what was fetched so far is kept in the cache.</source>
        <translation>Annulé : ce qui a été récupéré jusqu&apos;ici est conservé dans le cache.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="676"/>
        <source>Participant &apos;{label}&apos; ({i}/{n}): window {w}, {start} to {end}: {count} entries, {new} new.</source>
        <translation>Participant « {label} » ({i}/{n}) : fenêtre {w}, du {start} au {end} : {count} entrées, dont {new} nouvelles.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="719"/>
        <source>Participant &apos;{label}&apos;: the server cut an answer at {n} entries (its result limit); the rest of each window is asked for until nothing is left.</source>
        <translation>Participant « {label} » : le serveur a tronqué une réponse à {n} entrées (sa limite de résultats) ; le reste de chaque fenêtre est demandé jusqu&apos;à ce qu&apos;il ne reste rien.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="739"/>
        <source>The server {host} returned its maximum of {n} entries for one second of participant &apos;{label}&apos;: the data cannot be fetched completely.</source>
        <translation>Le serveur {host} a renvoyé son maximum de {n} entrées pour une seule seconde du participant « {label} » : les données ne peuvent pas être récupérées entièrement.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="893"/>
        <source>nothing to fetch.</source>
        <translation>rien à récupérer.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="894"/>
        <source>Ask for points, motion activities or confirmed trips.</source>
        <translation>Demandez des points, des activités de mouvement ou des déplacements confirmés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="926"/>
        <source>Every participant&apos;s token failed with HTTP 500: if the tokens are right, the server itself may be failing; run again later.</source>
        <translation>Le jeton de chaque participant a échoué avec HTTP 500 : si les jetons sont bons, c&apos;est peut-être le serveur lui-même qui est en panne ; relancez plus tard.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/server.py" line="937"/>
        <source>Participant &apos;{label}&apos;: the server has no {filtered} for this period; fetching {raw} instead.</source>
        <translation>Participant « {label} » : le serveur n&apos;a pas de {filtered} pour cette période ; récupération de {raw} à la place.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="95"/>
        <source>cannot read the table: {error}</source>
        <translation>impossible de lire la table : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="97"/>
        <source>Each row must have as many values as the header: check the separators and quotes on that row.</source>
        <translation>Chaque ligne doit avoir autant de valeurs que l&apos;en-tête : vérifiez les séparateurs et les guillemets de cette ligne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="399"/>
        <source>no column for {missing}; columns found: {found}</source>
        <translation>aucune colonne pour {missing} ; colonnes trouvées : {found}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="402"/>
        <source>Rename the columns (any case) to accepted names: {accepted}</source>
        <translation>Renommez les colonnes (majuscules ou minuscules) avec des noms acceptés : {accepted}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="405"/>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="489"/>
        <source>the table has a header but no data row</source>
        <translation>la table a un en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="406"/>
        <source>Export the trace again: the file holds no fix.</source>
        <translation>Exportez à nouveau la trace : le fichier ne contient aucun point GPS.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="437"/>
        <source>{file}: no user field found (user_id, user, participant...): its {n} fixes count as one participant, &apos;{user}&apos;. Add a user column if the file holds several people.</source>
        <translation>{file} : aucun champ de participant trouvé (user_id, user, participant...) : ses {n} points comptent pour un seul participant, &apos;{user}&apos;. Ajoutez une colonne de participant si le fichier concerne plusieurs personnes.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/ingest/table.py" line="490"/>
        <source>Export the labels again: the file holds no trip.</source>
        <translation>Exportez à nouveau les libellés : le fichier ne contient aucun déplacement.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="44"/>
        <source>the {what} have no field &apos;{field}&apos;</source>
        <translation>les {what} n&apos;ont pas de champ « {field} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="46"/>
        <source>Use legs from Tracemob &apos;Segment trips&apos; or add the field.</source>
        <translation>Utilisez les trajets produits par « Découper en déplacements » de Tracemob, ou ajoutez le champ.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/features.py" line="52"/>
        <source>vertices</source>
        <translation>sommets</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="100"/>
        <source>trip labels</source>
        <translation>libellés de déplacements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="376"/>
        <source>the legs have no label field &apos;{field}&apos;</source>
        <translation>les trajets n&apos;ont pas de champ de libellé « {field} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="377"/>
        <source>Choose an existing field or leave it empty.</source>
        <translation>Choisissez un champ existant ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/infer.py" line="388"/>
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
        <location filename="../tracemob_plugin/core/modes/model.py" line="266"/>
        <source>too few labelled legs to train a model ({n}; at least 10 are needed)</source>
        <translation>trop peu de trajets étiquetés pour entraîner un modèle ({n} ; il en faut au moins 10)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/model.py" line="267"/>
        <source>Label more legs or use the default model.</source>
        <translation>Étiquetez davantage de trajets ou utilisez le modèle par défaut.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/osm.py" line="83"/>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/osm.py" line="84"/>
        <source>Choose an OpenStreetMap extract (.osm.pbf or .osm).</source>
        <translation>Choisissez un extrait OpenStreetMap (.osm.pbf ou .osm).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/osm.py" line="94"/>
        <source>not an OpenStreetMap extract GDAL can read ({reason})</source>
        <translation>ce n&apos;est pas un extrait OpenStreetMap lisible par GDAL ({reason})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/osm.py" line="95"/>
        <source>Give an .osm.pbf or .osm file, as Geofabrik or BBBike publish them, not a layer exported from it.</source>
        <translation>Donnez un fichier .osm.pbf ou .osm, tel que Geofabrik ou BBBike les publient, pas une couche exportée de celui-ci.</translation>
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
        <location filename="../tracemob_plugin/core/modes/train.py" line="62"/>
        <source>Validation with users left out ({n} folds, {legs} labelled legs, {users} users)</source>
        <translation>Validation en excluant des utilisateurs ({n} blocs, {legs} trajets étiquetés, {users} utilisateurs)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="64"/>
        <source>Time-weighted agreement: {fine:.3f} (coarse walk / bike / motorised: {coarse:.3f})</source>
        <translation>Accord pondéré par la durée : {fine:.3f} (grossier marche / vélo / motorisé : {coarse:.3f})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="66"/>
        <source>class      precision  recall  hours</source>
        <translation>classe     précision  rappel heures</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="68"/>
        <source>On the legs it learnt from (in-sample, optimistic): {fine:.3f} (coarse: {coarse:.3f})</source>
        <translation>Sur les trajets élémentaires appris (en échantillon, optimiste) : {fine:.3f} (grossier : {coarse:.3f})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="71"/>
        <source>Trained with {n} synthetic reference legs (walk, bike, car, plane) added at a low weight</source>
        <translation>Entraîné avec {n} trajets de référence synthétiques (marche, vélo, voiture, avion) ajoutés avec un faible poids</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/modes/train.py" line="78"/>
        <source>fold {i}: test users {users}</source>
        <translation>bloc {i} : utilisateurs de test {users}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="56"/>
        <source>Base radius (m) cut off each trip end: every recorded position closer to the true end than a radius drawn for that end, between (1 - ``trim_jitter``) and (1 + ``trim_jitter``) times this, is removed.</source>
        <translation>Rayon de base (m) retiré à chaque extrémité de déplacement : toute position enregistrée plus proche de la vraie extrémité qu&apos;un rayon tiré pour cette extrémité, entre (1 - ``trim_jitter``) et (1 + ``trim_jitter``) fois cette valeur, est supprimée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="59"/>
        <source>How much the trimming radius varies from one trip end to the next, as a share of ``trim_radius_m`` (at most 0.9), so that the true end cannot be found back as the centre of the cut.</source>
        <translation>Variation du rayon de troncature d&apos;une extrémité de déplacement à l&apos;autre, en part de ``trim_radius_m`` (au plus 0,9), pour que la vraie extrémité ne puisse pas être retrouvée comme centre de la coupe.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="62"/>
        <source>Start and end times are rounded to this many minutes; durations are the differences of the rounded times.</source>
        <translation>Les heures de début et de fin sont arrondies à ce nombre de minutes ; les durées sont les différences des heures arrondies.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="65"/>
        <source>A trip is published at the finest grid where its pair of origin and destination cells counts at least this many distinct participants; rarer pairs are generalised to a coarser grid (without their line) or dropped. At least 2.</source>
        <translation>Un déplacement est publié au carroyage le plus fin où sa paire de mailles d&apos;origine et de destination compte au moins ce nombre de participants distincts ; les paires plus rares sont généralisées à un carroyage plus grossier (sans leur ligne) ou écartées. Au moins 2.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="69"/>
        <source>Sizes (m) of the square grid cells in which origins and destinations are counted, finest first.</source>
        <translation>Tailles (m) des mailles carrées dans lesquelles les origines et les destinations sont comptées, la plus fine d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="71"/>
        <source>A trip end within this distance (m) of the participant&apos;s home or work place is cut back to at least this distance plus its trimming radius from that place.</source>
        <translation>Une extrémité de déplacement située à moins de cette distance (m) du domicile ou du lieu de travail du participant est coupée jusqu&apos;à au moins cette distance, plus son rayon de troncature, de ce lieu.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="74"/>
        <source>Trip and leg distances are rounded to this many metres.</source>
        <translation>Les distances des déplacements et des trajets sont arrondies à ce nombre de mètres.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="76"/>
        <source>Time zone of the study: nights and working days, which tell home and work apart, are local time.</source>
        <translation>Fuseau horaire de l&apos;étude : les nuits et les jours ouvrés, qui distinguent le domicile du travail, sont en heure locale.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="82"/>
        <source>The trimming radius must be a positive number of metres.</source>
        <translation>Le rayon de troncature doit être un nombre positif de mètres.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="83"/>
        <source>The default is 200 m.</source>
        <translation>La valeur par défaut est 200 m.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="85"/>
        <source>Times must be rounded to at least 1 minute.</source>
        <translation>Les heures doivent être arrondies à au moins 1 minute.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="86"/>
        <source>The default is 15 minutes.</source>
        <translation>La valeur par défaut est 15 minutes.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="89"/>
        <source>The grid sizes must be positive numbers of metres.</source>
        <translation>Les tailles de maille doivent être des nombres positifs de mètres.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="90"/>
        <source>The default is 1000 and 5000 m.</source>
        <translation>Les valeurs par défaut sont 1000 et 5000 m.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="111"/>
        <source>Use the trips and legs layers made by Tracemob.</source>
        <translation>Utilisez les couches de déplacements et de trajets produites par Tracemob.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="671"/>
        <source>The output folder contains an input file: choose another folder so that no source is overwritten.</source>
        <translation>Le dossier de sortie contient un fichier d&apos;entrée : choisissez un autre dossier pour qu&apos;aucune source ne soit écrasée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="674"/>
        <source>The output path exists and is not a folder.</source>
        <translation>Le chemin de sortie existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="675"/>
        <source>Choose a new folder name.</source>
        <translation>Choisissez un nouveau nom de dossier.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="679"/>
        <source>The output folder is not empty and is not a previous Tracemob export.</source>
        <translation>Le dossier de sortie n&apos;est pas vide et n&apos;est pas un export Tracemob précédent.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="680"/>
        <source>Choose an empty or new folder.</source>
        <translation>Choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/export.py" line="711"/>
        <source>The zip file would overwrite an input file.</source>
        <translation>Le fichier zip écraserait un fichier d&apos;entrée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/rules.py" line="24"/>
        <source>The minimum number of participants must be a whole number.</source>
        <translation>Le nombre minimal de participants doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/rules.py" line="25"/>
        <location filename="../tracemob_plugin/core/privacy/rules.py" line="28"/>
        <source>Give a number of at least 2 (default 10).</source>
        <translation>Indiquez un nombre au moins égal à 2 (10 par défaut).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/rules.py" line="27"/>
        <source>A minimum of {k} participant(s) per cell would reveal individual people.</source>
        <translation>Un minimum de {k} participant(s) par case permettrait d&apos;identifier des personnes.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/rules.py" line="35"/>
        <source>Privacy threshold lowered to {k} distinct participants per cell (default {default}): do not share these outputs outside the authority.</source>
        <translation>Seuil de confidentialité abaissé à {k} participants distincts par case (par défaut {default}) : ne partagez pas ces sorties en dehors de la collectivité.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/rules.py" line="52"/>
        <source>No pseudonymisation key: a shareable export needs the authority&apos;s secret key.</source>
        <translation>Aucune clé de pseudonymisation : un export partageable nécessite la clé secrète de la collectivité.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/rules.py" line="54"/>
        <source>Store the key as the password of a QGIS authentication configuration (type Basic) and choose it, or give a key file.</source>
        <translation>Enregistrez la clé comme mot de passe d&apos;une configuration d&apos;authentification QGIS (de type Basic) et choisissez-la, ou indiquez un fichier de clé.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/rules.py" line="58"/>
        <source>The pseudonymisation key is too short (fewer than {n} characters): it could be guessed.</source>
        <translation>La clé de pseudonymisation est trop courte (moins de {n} caractères) : elle pourrait être devinée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/privacy/rules.py" line="60"/>
        <source>Use a long random secret, e.g. 32 random characters.</source>
        <translation>Utilisez un long secret aléatoire, p. ex. 32 caractères aléatoires.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/charts.py" line="19"/>
        <source>along the line</source>
        <translation>dans le sens de la ligne</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/charts.py" line="19"/>
        <source>against the line</source>
        <translation>à contresens de la ligne</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/charts.py" line="34"/>
        <source>There are no travel-time statistics to chart.</source>
        <translation>Il n&apos;y a aucune statistique de temps de parcours à représenter.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/charts.py" line="37"/>
        <source>Every segment is masked (too few participants): nothing to chart.</source>
        <translation>Tous les tronçons sont masqués (trop peu de participants) : rien à représenter.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/charts.py" line="38"/>
        <source>Collect more participants or lower the privacy threshold.</source>
        <translation>Recrutez davantage de participants ou abaissez le seuil de confidentialité.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/charts.py" line="63"/>
        <source>85th percentile</source>
        <translation>85e centile</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/charts.py" line="67"/>
        <source>travel time (s)</source>
        <translation>temps de parcours (s)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/charts.py" line="68"/>
        <source>Segment {sid}</source>
        <translation>Tronçon {sid}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/charts.py" line="73"/>
        <source>Median travel time per time band and direction (hatched: small sample)</source>
        <translation>Temps de parcours médian par tranche horaire et par sens (hachuré : petit échantillon)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="90"/>
        <source>Map-matching parameter {name} must be a positive number.</source>
        <translation>Le paramètre de recalage sur le réseau {name} doit être un nombre positif.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="362"/>
        <source>There are no points to match.</source>
        <translation>Il n&apos;y a aucun point à recaler.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="363"/>
        <source>Give the points layer of the legs (with leg ids), or a legs layer with timed vertices.</source>
        <translation>Fournissez la couche de points des trajets (avec les identifiants de trajet), ou une couche de trajets aux sommets horodatés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="367"/>
        <source>The points have no &apos;{col}&apos; column.</source>
        <translation>Les points n&apos;ont pas de colonne « {col} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="368"/>
        <source>Use the points output of &apos;Segment trips&apos; (it has leg ids).</source>
        <translation>Utilisez la sortie points de « Découper en déplacements » (elle contient les identifiants de trajet).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="385"/>
        <source>Map matching cancelled.</source>
        <translation>Recalage sur le réseau annulé.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="447"/>
        <source>None of the {n} legs passes near the road network (no road within {r:.0f} m of their points, or no drivable route between them).</source>
        <translation>Aucun des {n} trajets ne passe près du réseau routier (aucune route à moins de {r:.0f} m de leurs points, ou aucun itinéraire carrossable entre eux).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="450"/>
        <source>The points and the network do not even cover the same area: check the layers&apos; CRS and extent.</source>
        <translation>Les points et le réseau ne couvrent même pas le même territoire : vérifiez le SCR et l&apos;emprise des couches.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="452"/>
        <source>Check that the network layer has the right CRS and covers the legs, and that the legs are of a road mode.</source>
        <translation>Vérifiez que la couche du réseau a le bon SCR et couvre les trajets, et que les trajets sont d&apos;un mode routier.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="460"/>
        <source>{k} of {n} legs could not be matched to the network (see the unmatched list).</source>
        <translation>{k} trajets sur {n} n&apos;ont pas pu être recalés sur le réseau (voir la liste des trajets non recalés).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="463"/>
        <source>{k} breaks in the matched paths (gaps, outliers or missing roads); the legs were split there.</source>
        <translation>{k} ruptures dans les chemins recalés (interruptions, points aberrants ou routes manquantes) ; les trajets y ont été coupés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="478"/>
        <source>No point belongs to a leg to match.</source>
        <translation>Aucun point n&apos;appartient à un trajet à recaler.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="479"/>
        <source>Check the mode filter and that the points carry the legs&apos; ids.</source>
        <translation>Vérifiez le filtre de mode et que les points portent bien les identifiants des trajets.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="921"/>
        <source>no road of the network within {r:.0f} m of its points</source>
        <translation>aucune route du réseau à moins de {r:.0f} m de ses points</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="922"/>
        <source>too few points near the network</source>
        <translation>trop peu de points près du réseau</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="923"/>
        <source>no drivable route between its points on the network</source>
        <translation>aucun itinéraire carrossable entre ses points sur le réseau</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/mapmatching.py" line="933"/>
        <source>no possible route from the previous point (gap, outlier or missing road)</source>
        <translation>aucun itinéraire possible depuis le point précédent (interruption, point aberrant ou route manquante)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="311"/>
        <source>The network attribute has {got} values for {n} lines.</source>
        <translation>L&apos;attribut du réseau a {got} valeurs pour {n} lignes.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="372"/>
        <location filename="../tracemob_plugin/core/roads/network.py" line="427"/>
        <location filename="../tracemob_plugin/core/simulate/graph.py" line="199"/>
        <source>The road network has no lines.</source>
        <translation>Le réseau routier n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="373"/>
        <source>Choose a line layer with roads (e.g. an OSM extract or the IGN BD TOPO &apos;troncon_de_route&apos; layer) that has features in the study area.</source>
        <translation>Choisissez une couche de lignes de routes (p. ex. un extrait OSM ou la couche « troncon_de_route » de la BD TOPO de l&apos;IGN) qui a des entités dans le territoire d&apos;enquête.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="377"/>
        <source>The road network has vertices without coordinates.</source>
        <translation>Le réseau routier a des sommets sans coordonnées.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="378"/>
        <source>Repair the geometries (QGIS &apos;Fix geometries&apos;) and run again.</source>
        <translation>Réparez les géométries (« Réparer les géométries » de QGIS) et relancez.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="380"/>
        <source>The road network coordinates are not longitude/latitude degrees.</source>
        <translation>Les coordonnées du réseau routier ne sont pas des degrés de longitude/latitude.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="381"/>
        <source>Give the network layer its true CRS (the plugin reprojects it to the points&apos; CRS); it looks like projected metres read as degrees.</source>
        <translation>Donnez à la couche du réseau son vrai SCR (l&apos;extension la reprojette dans le SCR des points) ; on dirait des mètres projetés lus comme des degrés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="428"/>
        <source>Every line has fewer than two distinct vertices: check the layer.</source>
        <translation>Toutes les lignes ont moins de deux sommets distincts : vérifiez la couche.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="524"/>
        <source>The road network is broken into {n} unconnected pieces; the largest holds only {p:.0f}% of its length, so roads do not share a vertex where they meet.</source>
        <translation>Le réseau routier est morcelé en {n} parties non connectées ; la plus grande ne représente que {p:.0f} % de sa longueur : les routes ne partagent donc pas de sommet là où elles se rejoignent.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="528"/>
        <source>Node the layer first (QGIS &apos;Split with lines&apos; on itself, or GRASS v.clean with the &apos;break&apos; tool), or raise the snapping tolerance.</source>
        <translation>Créez d&apos;abord les nœuds de la couche (« Couper avec des lignes » de QGIS sur elle-même, ou v.clean de GRASS avec l&apos;outil « break »), ou augmentez la tolérance d&apos;accrochage.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="531"/>
        <source>{k} network segments ({p:.1f}% of the length) are not connected to the main network; legs on them cannot be matched.</source>
        <translation>{k} tronçons du réseau ({p:.1f} % de la longueur) ne sont pas connectés au réseau principal ; les trajets qui les empruntent ne peuvent pas être recalés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="607"/>
        <source>The circulation plan names segments that are not in the network: {ids}.</source>
        <translation>Le plan de circulation cite des tronçons absents du réseau : {ids}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="614"/>
        <source>A one-way change must be 1 (drawing direction), -1 (reverse) or 0 (both).</source>
        <translation>Un changement de sens unique doit valoir 1 (sens de numérisation), -1 (sens inverse) ou 0 (les deux sens).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/network.py" line="619"/>
        <source>A speed factor must be positive.</source>
        <translation>Un facteur de vitesse doit être positif.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="36"/>
        <source>Give bands as start and end hours separated by commas, e.g. 7-9,9-16,16-19 (7:30-9 for minutes).</source>
        <translation>Indiquez les tranches par leurs heures de début et de fin, séparées par des virgules, p. ex. 7-9,9-16,16-19 (7:30-9 pour les minutes).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="42"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="75"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="87"/>
        <source>Cannot read the time band &apos;{band}&apos;.</source>
        <translation>Impossible de lire la tranche horaire « {band} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="46"/>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="90"/>
        <source>The time band &apos;{band}&apos; is outside 0-24 h.</source>
        <translation>La tranche horaire « {band} » est hors de 0-24 h.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="71"/>
        <source>The time bands &apos;{bands}&apos; contain an empty band.</source>
        <translation>Les tranches horaires « {bands} » contiennent une tranche vide.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="93"/>
        <source>The time band &apos;{band}&apos; is empty (it starts when it ends).</source>
        <translation>La tranche horaire « {band} » est vide (elle commence quand elle se termine).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="97"/>
        <source>No time band given.</source>
        <translation>Aucune tranche horaire indiquée.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="104"/>
        <source>The time bands &apos;{bands}&apos; overlap.</source>
        <translation>Les tranches horaires « {bands} » se chevauchent.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="134"/>
        <source>Cannot read the date &apos;{value}&apos;.</source>
        <translation>Impossible de lire la date « {value} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="135"/>
        <source>Use a date like 2026-03-02 or a date and time.</source>
        <translation>Utilisez une date comme 2026-03-02, ou une date et une heure.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="148"/>
        <source>No leg was matched to the network: check the mode filter, the date range and that the legs run on the network.</source>
        <translation>Aucun trajet n&apos;a été recalé sur le réseau : vérifiez le filtre de mode, la période et que les trajets passent bien sur le réseau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="153"/>
        <source>The traversals have no &apos;{col}&apos; column.</source>
        <translation>Les passages n&apos;ont pas de colonne « {col} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="154"/>
        <source>Use the traversals of the map matching.</source>
        <translation>Utilisez les passages issus du recalage sur le réseau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="158"/>
        <source>The minimum driven share of a segment must be in (0, 1].</source>
        <translation>La part minimale parcourue d&apos;un tronçon doit être dans ]0, 1].</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="245"/>
        <source>The speed-limit free-flow reference needs the network.</source>
        <translation>La référence fluide fondée sur la vitesse maximale autorisée a besoin du réseau.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="255"/>
        <source>No complete segment traversal is left after the filters ({n} before the date range and partial filter).</source>
        <translation>Aucun passage complet sur un tronçon ne reste après les filtres ({n} avant le filtre de période et de passages partiels).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="257"/>
        <source>Widen the date range, or pro-rate partial traversals.</source>
        <translation>Élargissez la période, ou ramenez les passages partiels au prorata.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="285"/>
        <source>No traversal falls in the time bands {bands}.</source>
        <translation>Aucun passage ne se trouve dans les tranches horaires {bands}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="287"/>
        <source>Check the bands and the time zone, or leave the bands empty for the whole day.</source>
        <translation>Vérifiez les tranches et le fuseau horaire, ou laissez les tranches vides pour la journée entière.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="338"/>
        <source>{k} of {n} segment x direction x band cells were seen by fewer than {m} participants: their statistics are not published.</source>
        <translation>{k} cases tronçon x sens x tranche horaire sur {n} ont été observées par moins de {m} participants : leurs statistiques ne sont pas publiées.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="342"/>
        <source>No traversal in the time band(s) {bands}.</source>
        <translation>Aucun passage dans la ou les tranches horaires {bands}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="380"/>
        <source>the replicate weights table has no replicate column</source>
        <translation>la table des poids répliqués n&apos;a aucune colonne de réplique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/roads/traveltimes.py" line="398"/>
        <source>Segment {sid} has no travel-time statistics.</source>
        <translation>Le tronçon {sid} n&apos;a pas de statistiques de temps de parcours.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/graph.py" line="37"/>
        <source>the network&apos;s segment ids must be 0..n-1</source>
        <translation>les identifiants de tronçons du réseau doivent aller de 0 à n-1</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/graph.py" line="186"/>
        <source>cannot read the road network: {err}</source>
        <translation>impossible de lire le réseau routier : {err}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/graph.py" line="243"/>
        <source>the road network is not in a form the simulator reads</source>
        <translation>le réseau routier n&apos;est pas sous une forme que le simulateur sait lire</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/graph.py" line="244"/>
        <source>Give a network built by core.network, a GeoJSON file of lines or nothing (the embedded sample network).</source>
        <translation>Fournissez un réseau construit par core.network, un fichier GeoJSON de lignes, ou rien (le réseau d&apos;exemple intégré).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/panel.py" line="155"/>
        <source>the panel share must be above 0 and at most 1</source>
        <translation>la part du panel doit être supérieure à 0 et au plus 1</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/panel.py" line="218"/>
        <source>unknown panel bias &apos;{bias}&apos;</source>
        <translation>biais de panel inconnu « {bias} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/panel.py" line="219"/>
        <location filename="../tracemob_plugin/core/simulate/params.py" line="112"/>
        <location filename="../tracemob_plugin/core/trips/params.py" line="319"/>
        <source>Use one of: {names}.</source>
        <translation>Utilisez l&apos;un de ceux-ci : {names}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/params.py" line="111"/>
        <source>Unknown mode mix &apos;{mix}&apos;.</source>
        <translation>Répartition modale « {mix} » inconnue.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/population.py" line="23"/>
        <source>the road network has no connected drivable part to place people on</source>
        <translation>le réseau routier n&apos;a aucune partie carrossable connectée où placer des personnes</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/population.py" line="24"/>
        <source>Give a connected road network with drivable roads (highway field).</source>
        <translation>Fournissez un réseau routier connecté avec des routes carrossables (champ highway).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/simulator.py" line="104"/>
        <source>simulation cancelled</source>
        <translation>simulation annulée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/simulator.py" line="120"/>
        <source>the number of citizens must be at least 1</source>
        <translation>le nombre d&apos;habitants doit être d&apos;au moins 1</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/simulator.py" line="122"/>
        <source>the number of days must be at least 1</source>
        <translation>le nombre de jours doit être d&apos;au moins 1</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/simulator.py" line="129"/>
        <source>cannot use the start date or time zone: {err}</source>
        <translation>impossible d&apos;utiliser la date de début ou le fuseau horaire : {err}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/simulator.py" line="130"/>
        <source>Use a date like 2026-03-02 and a zone like Europe/Paris.</source>
        <translation>Utilisez une date comme 2026-03-02 et un fuseau comme Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/transitlines.py" line="149"/>
        <source>The bus lane names segments that are not in the network: {ids}.</source>
        <translation>La voie de bus désigne des tronçons absents du réseau : {ids}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/transitlines.py" line="304"/>
        <source>cannot write the GTFS feed: {err}</source>
        <translation>impossible d&apos;écrire le flux GTFS : {err}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/transitlines.py" line="305"/>
        <source>Choose a writable folder or .zip file.</source>
        <translation>Choisissez un dossier ou un fichier .zip accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/truth.py" line="60"/>
        <source>The simulation has no public-transport lines.</source>
        <translation>La simulation n&apos;a pas de lignes de transport en commun.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/simulate/truth.py" line="61"/>
        <source>Give a share of public-transport tours above 0.</source>
        <translation>Donnez une part de boucles en transport en commun supérieure à 0.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/tables.py" line="47"/>
        <source>{n} values for {m} columns</source>
        <translation>{n} valeurs pour {m} colonnes</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/tables.py" line="48"/>
        <source>Quote text that contains commas.</source>
        <translation>Mettez entre guillemets le texte qui contient des virgules.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/clean.py" line="13"/>
        <source>the points must be a table (DataFrame)</source>
        <translation>les points doivent être une table (DataFrame)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/clean.py" line="16"/>
        <source>the points have no column {name}</source>
        <translation>les points n&apos;ont pas de colonne {name}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/clean.py" line="18"/>
        <source>Read the traces with read_traces, which gives user_id, time, lat and lon.</source>
        <translation>Lisez les traces avec read_traces, qui fournit user_id, time, lat et lon.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/clean.py" line="20"/>
        <source>the time column is not a date-time column</source>
        <translation>la colonne time n&apos;est pas une colonne date-heure</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/clean.py" line="21"/>
        <source>Convert it with pandas.to_datetime(..., utc=True).</source>
        <translation>Convertissez-la avec pandas.to_datetime(..., utc=True).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/motion.py" line="97"/>
        <source>motion readings</source>
        <translation>relevés d&apos;activité de mouvement</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/motion.py" line="98"/>
        <source>Use the motion table made by Import traces.</source>
        <translation>Utilisez la table de mouvement produite par Importer des traces.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="44"/>
        <source>Fixes whose reported accuracy is worse (larger) than this are dropped (NaN is kept; e-mission&apos;s accuracy filter also keeps fixes below 200 m).</source>
        <translation>Les points dont la précision annoncée est moins bonne (plus grande) que cette valeur sont écartés (NaN est conservé ; le filtre de précision d&apos;e-mission garde aussi les points sous 200 m).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="47"/>
        <source>A fix less than this after the previous fix of the same user is a near duplicate and is dropped (0, the default: only the same fix twice, same time and position, is dropped, as e-mission does).</source>
        <translation>Un point pris moins de ce délai après le point précédent du même utilisateur est un quasi-doublon et il est écarté (0, la valeur par défaut : seul un même point reçu deux fois, même heure et même position, est écarté, comme le fait e-mission).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="51"/>
        <source>A fix reached and left faster than this, on a jump that comes back (the neighbours are close to each other), is a spike and is dropped; so are two or three such fixes in a row (``clean.BURST_MAX_POINTS``) entered and left this fast while the fixes around them are close together. (Dwell method: only the fixes that do not come from e-mission&apos;s phone app; e-mission&apos;s own are left to its jump smoothing of each section.)</source>
        <translation>Un point atteint et quitté plus vite que cette vitesse, sur un saut qui revient (ses voisins sont proches l&apos;un de l&apos;autre), est un pic et il est écarté ; de même pour deux ou trois points de suite (``clean.BURST_MAX_POINTS``) atteints et quittés aussi vite alors que les points qui les entourent sont proches l&apos;un de l&apos;autre. (Méthode dwell : seulement pour les points qui ne viennent pas de l&apos;application mobile d&apos;e-mission ; ceux d&apos;e-mission sont laissés au lissage des sauts d&apos;e-mission sur chaque section.)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="57"/>
        <source>A fix reached and left faster than this is physically impossible and is dropped (dwell method: as for ``spike_speed_mps``).</source>
        <translation>Un point atteint et quitté plus vite que cette vitesse est physiquement impossible et il est écarté (méthode dwell : comme pour ``spike_speed_mps``).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="60"/>
        <source>Up to this many fixes reached by a jump faster than ``max_speed_mps`` and left by another one, while the fixes around them are consistent, are a burst of wrong positions: dropped (dwell method: as for ``spike_speed_mps``).</source>
        <translation>Jusqu&apos;à ce nombre de points atteints par un saut plus rapide que ``max_speed_mps`` et quittés par un autre, alors que les points autour sont cohérents, forment une rafale de positions fausses : ils sont écartés (méthode dwell : comme pour ``spike_speed_mps``).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="65"/>
        <source>How trips and stays are found. ``&quot;dwell&quot;`` (default): e-mission&apos;s pipeline. For fixes recorded with a time filter (Android, and any file that is not e-mission&apos;s), a trip ends when the fixes of the last ``stay_min_duration_s`` (and the last ``dwell_min_points`` fixes) all lie within ``stay_radius_m`` of the latest one, or at a gap of more than ``gap_min_s`` without motion activity (or covered slower than ``stay_radius_m`` in ``stay_min_duration_s``), or when the phone&apos;s tracking restarted; the end is put in the middle of that window. For fixes recorded with a distance filter (iOS) the rule of ``dist_filter_*`` applies. Trips without a section or shorter than ``min_trip_distance_m`` are dropped, starts are moved back to the departure, the legs are e-mission&apos;s sections (from the phone&apos;s motion activity) with their sensed mode. ``&quot;window&quot;``: a fix is at a place when the fixes of a window of ``stay_min_duration_s`` after it (or before it, ``stay_window``) all lie within ``stay_radius_m`` of it; overlapping windows make one stay, which starts at the arrival. ``&quot;sliding&quot;``: trackintel&apos;s anchor chain, exactly (used by :meth:`trackintel`).</source>
        <translation>Comment les déplacements et les arrêts sont trouvés. ``&quot;dwell&quot;`` (par défaut) : la chaîne de traitement d&apos;e-mission. Pour les points enregistrés avec un filtre temporel (Android, et tout fichier qui ne vient pas d&apos;e-mission), un déplacement se termine quand les points des dernières ``stay_min_duration_s`` (et les ``dwell_min_points`` derniers points) sont tous à moins de ``stay_radius_m`` du plus récent, ou à une lacune de plus de ``gap_min_s`` sans activité de mouvement (ou parcourue plus lentement que ``stay_radius_m`` en ``stay_min_duration_s``), ou quand le suivi du téléphone a redémarré ; la fin est placée au milieu de cette fenêtre. Pour les points enregistrés avec un filtre de distance (iOS), la règle des ``dist_filter_*`` s&apos;applique. Les déplacements sans section ou plus courts que ``min_trip_distance_m`` sont écartés, les débuts sont ramenés au départ, les trajets élémentaires sont les sections d&apos;e-mission (issues de l&apos;activité de mouvement du téléphone) avec leur mode détecté. ``&quot;window&quot;`` : un point est à un lieu quand les points d&apos;une fenêtre de ``stay_min_duration_s`` après lui (ou avant lui, ``stay_window``) sont tous à moins de ``stay_radius_m`` de lui ; des fenêtres qui se chevauchent forment un seul arrêt, qui commence à l&apos;arrivée. ``&quot;sliding&quot;`` : la chaîne d&apos;ancres de trackintel, à l&apos;identique (utilisée par :meth:`trackintel`).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="81"/>
        <source>Radius within which a person is still at the same place (dwell: around the latest fix of the window, e-mission&apos;s 100 m; window and sliding: around the first fix).</source>
        <translation>Rayon dans lequel une personne est encore au même lieu (dwell : autour du point le plus récent de la fenêtre, 100 m chez e-mission ; fenêtre et glissante : autour du premier point).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="84"/>
        <source>Minimum time within the radius for a stay (e-mission and trackintel: 5 minutes).</source>
        <translation>Durée minimale passée dans le rayon pour former un arrêt (e-mission et trackintel : 5 minutes).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="86"/>
        <source>Dwell method: the still window also spans at least this many fixes (e-mission: 9).</source>
        <translation>Méthode dwell : la fenêtre immobile compte aussi au moins ce nombre de points GPS (e-mission : 9).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="88"/>
        <source>Dwell method: after a trip end, the next trip starts at the first fix that comes more than this after the previous one or ``stay_radius_m`` away from it (e-mission: 60 s); for files that are not e-mission&apos;s (a logger that keeps recording at the place), also at the first fix ``stay_radius_m`` away from the fix that ended the trip.</source>
        <translation>Méthode dwell : après une fin de déplacement, le déplacement suivant commence au premier point qui arrive plus de ce délai après le précédent ou à ``stay_radius_m`` de lui (e-mission : 60 s) ; pour les fichiers qui ne viennent pas d&apos;e-mission (un enregistreur qui continue d&apos;enregistrer sur place), aussi au premier point à ``stay_radius_m`` du point qui a terminé le déplacement.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="93"/>
        <source>Dwell method, fixes recorded with a distance filter (iOS: a fix every n metres, none while still): e-mission&apos;s ``DwellSegmentationDistFilter`` radius. After a trip end, the next trip starts at the first fix this far from the previous one (e-mission: 50 m).</source>
        <translation>Méthode dwell, points enregistrés avec un filtre de distance (iOS : un point tous les n mètres, aucun à l&apos;arrêt) : le rayon de ``DwellSegmentationDistFilter`` d&apos;e-mission. Après une fin de déplacement, le déplacement suivant commence au premier point à cette distance du précédent (e-mission : 50 m).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="97"/>
        <source>Dwell method, distance filter: a trip ends before a fix that comes more than this after the previous one, unless the phone reported motion during the gap and covered it faster than twice the radius in half this time (e-mission: 10 minutes).</source>
        <translation>Méthode dwell, filtre de distance : un déplacement se termine avant un point qui arrive plus de ce délai après le précédent, sauf si le téléphone a signalé du mouvement pendant la lacune et l&apos;a parcourue plus vite que deux fois le rayon en la moitié de ce délai (e-mission : 10 minutes).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="101"/>
        <source>Dwell method: the phone reappears at least this far from where the previous trip ended, having moved slower than ``untracked_max_speed_mps`` on average (or its tracking restarted): it was off, and the time in between is untracked (``gaps``), not a stay (e-mission: 2.5 km for time-filter phones).</source>
        <translation>Méthode dwell : le téléphone réapparaît au moins à cette distance de la fin du déplacement précédent, en s&apos;étant déplacé en moyenne plus lentement que ``untracked_max_speed_mps`` (ou son suivi a redémarré) : il était éteint, et le temps intermédiaire est non suivi (``gaps``), pas un arrêt (e-mission : 2,5 km pour les téléphones à filtre temporel).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="106"/>
        <source>... the same for distance-filter phones (e-mission: 1.2 km).</source>
        <translation>... de même pour les téléphones à filtre de distance (e-mission : 1,2 km).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="108"/>
        <source>... the average speed below which the phone cannot have been tracking (e-mission: 3 km/h, a little less than walking speed).</source>
        <translation>... la vitesse moyenne en dessous de laquelle le téléphone ne peut pas avoir été suivi (e-mission : 3 km/h, un peu moins que la vitesse de marche).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="111"/>
        <source>Dwell method, fixes that are not from e-mission&apos;s phone app (GPX, CSV, GeoLife, loggers): a gap longer than ``gap_min_s`` between two moving fixes that covers at least this distance ...</source>
        <translation>Méthode dwell, points qui ne viennent pas de l&apos;application d&apos;e-mission (GPX, CSV, GeoLife, enregistreurs) : une lacune de plus de ``gap_min_s`` entre deux points en mouvement qui couvre au moins cette distance ...</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="115"/>
        <source>... faster than this (straight line; faster than walking) is a ride the phone did not record (a tunnel, a train, a flight, a phone asleep): the trip goes on, and the gap is a leg of its own whose ``sensed_mode`` is ``&quot;untracked&quot;``, not untracked time ...</source>
        <translation>... plus vite que cette vitesse (en ligne droite ; plus vite que la marche) est un trajet que le téléphone n&apos;a pas enregistré (un tunnel, un train, un vol, un téléphone en veille) : le déplacement continue, et la lacune est un trajet à part dont le ``sensed_mode`` vaut ``&quot;untracked&quot;``, pas du temps non suivi ...</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="119"/>
        <source>... when the fixes are moving on both sides of the gap: the speed over ``leg_speed_window_s`` before it and after it is at least this.</source>
        <translation>... quand les points sont en mouvement des deux côtés de la lacune : la vitesse sur ``leg_speed_window_s`` avant et après elle atteint au moins cette valeur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="122"/>
        <source>Dwell method, fixes that are not from e-mission&apos;s phone app: a place between two trips shorter than this (from the trip end to the next start), where the fixes never move at walking speed farther than ``stay_radius_m`` (nobody walked, from ``stay_min_duration_s`` before the trip end to as long after the next start), between two rides faster than ``station_min_speed_mps``, is a stop of the vehicle (a train at a station): the two trips are one (0 turns this off).</source>
        <translation>Méthode dwell, points qui ne viennent pas de l&apos;application d&apos;e-mission : un lieu entre deux déplacements plus court que cette durée (de la fin du déplacement au début du suivant), où les points ne parcourent jamais plus de ``stay_radius_m`` à vitesse de marche (personne n&apos;a marché, de ``stay_min_duration_s`` avant la fin du déplacement à autant après le début du suivant), entre deux trajets plus rapides que ``station_min_speed_mps``, est un arrêt du véhicule (un train en gare) : les deux déplacements n&apos;en font qu&apos;un (0 désactive cette règle).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="129"/>
        <source>... the straight-line speed over twice ``stay_min_duration_s`` before the first trip&apos;s end and after the next one&apos;s start (18 km/h: a motorised ride, not a walk nor most bicycles) ...</source>
        <translation>... la vitesse en ligne droite sur deux fois ``stay_min_duration_s`` avant la fin du premier déplacement et après le début du suivant (18 km/h : un trajet motorisé, ni une marche ni la plupart des vélos) ...</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="132"/>
        <source>... and one of the two rides at least this fast, over those minutes or over the whole ride when it covers ``bridge_min_distance_m`` (43 km/h: a train, a coach on a motorway; a car in town that stops this long was parked, for an errand whose walk the phone did not record; 0: no such condition). A stop the vehicle went on through (from the trip end to the next start, at least ``bridge_min_distance_m`` at ``station_min_speed_mps``: a phone silent in a GPS outage) needs none.</source>
        <translation>... et l&apos;un des deux trajets au moins aussi rapide, sur ces minutes ou sur tout le trajet quand il couvre ``bridge_min_distance_m`` (43 km/h : un train, un car sur autoroute ; une voiture en ville qui s&apos;arrête aussi longtemps était garée, pour une course dont le téléphone n&apos;a pas enregistré la marche ; 0 : pas de telle condition). Un arrêt à travers lequel le véhicule a continué (de la fin du déplacement au début du suivant, au moins ``bridge_min_distance_m`` à ``station_min_speed_mps`` : un téléphone muet pendant une perte du GPS) n&apos;en a pas besoin.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="138"/>
        <source>... and such a place longer than ``station_stop_max_s`` but at most this (s) when **both** rides are at least ``station_fast_speed_mps`` (a train on each side: a connection between two trains, or a long halt, which travel surveys count inside the trip; nobody walked there either; 0 or at most ``station_stop_max_s``, or ``station_fast_speed_mps`` 0: no such longer stop).</source>
        <translation>... et un tel lieu plus long que ``station_stop_max_s`` mais d&apos;au plus cette durée (s) quand les **deux** trajets atteignent au moins ``station_fast_speed_mps`` (un train de chaque côté : une correspondance entre deux trains, ou un long arrêt, que les enquêtes déplacements comptent dans le déplacement ; personne n&apos;y a marché non plus ; 0 ou au plus ``station_stop_max_s``, ou ``station_fast_speed_mps`` à 0 : pas de tel arrêt plus long).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="143"/>
        <source>Dwell method, fixes that are not from e-mission&apos;s phone app: a trip ends at the arrival, the fix after the last ones farther than this (and than their accuracy times ``dwell.ACCURACY_FACTOR``) from the place it reaches, plus the time to reach it (or, where the phone reads its speed, the fix where it stops), not in the middle of the still window that ended it, minutes later (0: off, e-mission&apos;s rule, which e-mission&apos;s own data always keeps; see ``dwell.trim_arrivals``). 50 m: chosen with ``departure_radius_m`` on generated-town studies (``bench/bench_transit.py --boundaries-cv``, seeds 1-2, scored on 5 and 8).</source>
        <translation>Méthode dwell, points qui ne viennent pas de l&apos;application e-mission : un déplacement se termine à l&apos;arrivée, au point qui suit les derniers points plus éloignés que cette distance (et que leur précision multipliée par ``dwell.ACCURACY_FACTOR``) du lieu atteint, plus le temps pour l&apos;atteindre (ou, là où le téléphone mesure sa vitesse, au point où il s&apos;arrête), et non au milieu de la fenêtre immobile qui l&apos;a terminé, plusieurs minutes plus tard (0 : désactivé, la règle d&apos;e-mission, que les données de l&apos;application e-mission gardent toujours ; voir ``dwell.trim_arrivals``). 50 m : choisi avec ``departure_radius_m`` sur des études de ville générée (``bench/bench_transit.py --boundaries-cv``, graines 1-2, évalué sur 5 et 8).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="151"/>
        <source>Dwell method, fixes that are not from e-mission&apos;s phone app: a trip starts at the departure, its first fixes farther than this (and than their accuracy times ``dwell.ACCURACY_FACTOR``) from the place it leaves (also those just before the fix a stay radius away where the dwell rule starts it), taken back to that place at the pace it left at (the phone&apos;s speed readings, else the speed over its first 30 s; ``timeline._departure_back``), not at the still fixes a phone records there before leaving, nor 30 s earlier when GPS noise merged that place (0: off, e-mission&apos;s rule; see ``dwell.trim_departures``).</source>
        <translation>Méthode dwell, points qui ne viennent pas de l&apos;application e-mission : un déplacement commence au départ, à ses premiers points plus éloignés que cette distance (et que leur précision multipliée par ``dwell.ACCURACY_FACTOR``) du lieu qu&apos;il quitte (y compris ceux juste avant le point à un rayon d&apos;arrêt où la règle dwell le fait commencer), ramené à ce lieu à l&apos;allure à laquelle il l&apos;a quitté (les mesures de vitesse du téléphone, sinon la vitesse sur ses 30 premières secondes ; ``timeline._departure_back``), et non aux points immobiles qu&apos;un téléphone y enregistre avant de partir, ni 30 s plus tôt quand le bruit GPS a fusionné ce lieu (0 : désactivé, règle d&apos;e-mission ; voir ``dwell.trim_departures``).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="159"/>
        <source>With public-transport stops given: a place between two trips of at most this long (20 min), centred within ``wait_stop_m`` of a stop and left in a vehicle, is a wait at the stop inside one trip (a ``wait`` leg), not a stay that splits the trip in two (``trips.waits``). Without stops: no effect.</source>
        <translation>Avec des arrêts de transport collectif : un lieu entre deux déplacements d&apos;au plus cette durée (20 min), centré à moins de ``wait_stop_m`` d&apos;un arrêt et quitté en véhicule, est une attente à l&apos;arrêt à l&apos;intérieur d&apos;un seul déplacement (un trajet ``wait``), et non un arrêt qui coupe le déplacement en deux (``trips.waits``). Sans arrêts : aucun effet.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="163"/>
        <source>With stops: how near a stop (m) the centre of such a place lies (GPS noise while standing, a stop&apos;s platforms).</source>
        <translation>Avec des arrêts : à quelle distance d&apos;un arrêt (m) se trouve le centre d&apos;un tel lieu (bruit GPS à l&apos;arrêt, quais d&apos;un même arrêt).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="166"/>
        <source>With stops: 0 (the default), a wait may follow any arrival, a transfer from another ride included; above 0, only an arrival on foot (the leg before the wait at a median speed of at most this, m/s), which also keeps a short errand by car next to a stop a stay.</source>
        <translation>Avec des arrêts : 0 (par défaut), une attente peut suivre toute arrivée, y compris une correspondance depuis un autre véhicule ; au-dessus de 0, seulement une arrivée à pied (le trajet avant l&apos;attente à une vitesse médiane d&apos;au plus cette valeur, m/s), ce qui garde aussi comme un arrêt une courte course en voiture garée près d&apos;un arrêt.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="170"/>
        <source>With stops: the leg after the wait is a ride: its 85th-percentile speed at least this (m/s, 18 km/h).</source>
        <translation>Avec des arrêts : le trajet après l&apos;attente est en véhicule : son 85e centile de vitesse d&apos;au moins cette valeur (m/s, 18 km/h).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="172"/>
        <source>Dwell method: motion readings of distance-filter phones (iOS) at most this confident (0-100) are ignored when the trips are cut into sections (e-mission: 49, so that all three iOS levels, low 50, medium 75 and high 100, count; Android: see ``motion_min_confidence``).</source>
        <translation>Méthode dwell : les relevés de mouvement des téléphones à filtre de distance (iOS) de confiance au plus égale à cette valeur (0-100) sont ignorés quand les déplacements sont découpés en sections (e-mission : 49, pour que les trois niveaux iOS, bas 50, moyen 75 et haut 100, comptent ; Android : voir ``motion_min_confidence``).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="176"/>
        <source>Dwell method: a stop between two sections (the gap from one section&apos;s last fix to the next one&apos;s first) longer than this is given to one of the sections (e-mission&apos;s stop squishing, ``section.startStopRadius``: 150 m).</source>
        <translation>Méthode dwell : un arrêt entre deux sections (l&apos;écart entre le dernier point d&apos;une section et le premier de la suivante) plus long que cette valeur est donné à l&apos;une des sections (l&apos;écrasement des arrêts d&apos;e-mission, ``section.startStopRadius`` : 150 m).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="180"/>
        <source>Dwell method, time filter: fixes that the phone wrote (``write_ts``) this long or more after taking them are left out of the trip-end detection (e-mission: 1000 s).</source>
        <translation>Méthode dwell, filtre temporel : les points que le téléphone a écrits (``write_ts``) ce délai ou plus après les avoir pris sont exclus de la détection des fins de déplacement (e-mission : 1000 s).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="183"/>
        <source>Window method: ``&quot;backward&quot;`` (the fixes before), ``&quot;forward&quot;`` (the fixes after) or ``&quot;both&quot;``.</source>
        <translation>Méthode window : ``&quot;backward&quot;`` (les points GPS d&apos;avant), ``&quot;forward&quot;`` (les points d&apos;après) ou ``&quot;both&quot;`` (les deux).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="186"/>
        <source>Window method: a still window must also hold at least this many fixes.</source>
        <translation>Méthode window : une fenêtre immobile doit aussi contenir au moins ce nombre de points GPS.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="188"/>
        <source>Window method: the fixes at the start and end of a stay farther than this from its median position are arrival and departure, given back to the trips (inf keeps them).</source>
        <translation>Méthode window : les points GPS du début et de la fin d&apos;un arrêt plus éloignés que cette distance de sa position médiane sont l&apos;arrivée et le départ, rendus aux déplacements (inf les garde dans l&apos;arrêt).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="191"/>
        <source>Sliding method: a time gap longer than this restarts stay detection (trackintel&apos;s ``gap_threshold``); the run before it is then not a stay.</source>
        <translation>Méthode sliding : un écart de temps plus long que cette durée relance la détection des arrêts (``gap_threshold`` de trackintel) ; la suite de points qui le précède n&apos;est alors pas un arrêt.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="194"/>
        <source>Window and sliding methods: whether the run at the end of a user&apos;s data can be a stay (trackintel: no).</source>
        <translation>Méthodes window et sliding : si la suite de points à la fin des données d&apos;un utilisateur peut être un arrêt (trackintel : non).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="198"/>
        <source>A time gap between two consecutive fixes longer than this is examined by the gap rule (e-mission: twice the 5 minute dwell time; dwell method: it ends the trip unless the phone reported motion activity during it and covered it faster than ``stay_radius_m`` in ``stay_min_duration_s``).</source>
        <translation>Un écart de temps entre deux points consécutifs plus long que cette valeur est examiné par la règle des lacunes (e-mission : deux fois la durée d&apos;arrêt de 5 minutes ; méthode dwell : il termine le déplacement sauf si le téléphone a signalé une activité de mouvement pendant l&apos;écart et l&apos;a parcouru plus vite que ``stay_radius_m`` en ``stay_min_duration_s``).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="203"/>
        <source>Window and sliding methods: a long gap covered slower than this (straight-line distance / duration) is time spent at the place before it: it counts as stay time (e-mission&apos;s 100 m in 5 min). Faster is movement.</source>
        <translation>Méthodes fenêtre et glissante : une longue lacune parcourue plus lentement que cette vitesse (distance à vol d&apos;oiseau / durée) est du temps passé au lieu qui la précède : elle compte comme temps d&apos;arrêt (100 m en 5 min chez e-mission). Plus vite, c&apos;est du mouvement.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="207"/>
        <source>Window and sliding methods: a long gap with movement stays inside its trip (a tunnel, an underground train, a flight) when the phone reported motion activity during it and it is shorter than this. Otherwise it is untracked time: it goes to ``gaps`` and the trips stop at it. (Window method: gaps between two moving fixes shorter than this are kept inside the trip.)</source>
        <translation>Méthodes fenêtre et glissante : une longue lacune avec mouvement reste dans son déplacement (un tunnel, un métro, un vol) quand le téléphone a signalé une activité de mouvement pendant la lacune et qu&apos;elle est plus courte que cette durée. Sinon c&apos;est du temps non suivi : elle va dans ``gaps`` et les déplacements s&apos;y arrêtent. (Méthode fenêtre : les lacunes entre deux points en mouvement plus courtes que cette durée restent dans le déplacement.)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="214"/>
        <source>Window and sliding methods: a stay at least this long is an activity: trips run between activities. Shorter stays stay inside the trip. (Dwell method: every place between two trips is one, as in e-mission.)</source>
        <translation>Méthodes fenêtre et glissante : un arrêt au moins aussi long est une activité : les déplacements vont d&apos;une activité à l&apos;autre. Les arrêts plus courts restent dans le déplacement. (Méthode dwell : chaque lieu entre deux déplacements en est une, comme dans e-mission.)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="218"/>
        <source>Window and sliding methods: trips start at the last fix of the stay they leave and end at the first fix of the stay they reach (so the line touches both places). trackintel: no (first fix after, last before).</source>
        <translation>Méthodes fenêtre et glissante : les déplacements commencent au dernier point de l&apos;arrêt qu&apos;ils quittent et se terminent au premier point de l&apos;arrêt qu&apos;ils atteignent (la ligne touche ainsi les deux lieux). trackintel : non (premier point après, dernier point avant).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="222"/>
        <source>... but only when the two fixes are at most this far apart in time (after a longer pause the trip starts at its own first fix).</source>
        <translation>... mais seulement quand les deux points GPS sont séparés au plus de ce délai (après une pause plus longue, le déplacement commence à son propre premier point).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="225"/>
        <source>Move a trip&apos;s start back from its first fix by the distance to the place it leaves, covered at the median speed of its first leg (dwell: of its first section, e-mission&apos;s rules), never before the arrival at that place, as e-mission does: phones often record only some time after the departure. That distance counts in ``distance_m``.</source>
        <translation>Ramener le début d&apos;un déplacement avant son premier point du temps nécessaire pour parcourir la distance depuis le lieu qu&apos;il quitte à la vitesse médiane de son premier trajet élémentaire (dwell : de sa première section, règles d&apos;e-mission), jamais avant l&apos;arrivée à ce lieu, comme le fait e-mission : les téléphones n&apos;enregistrent souvent qu&apos;un peu après le départ. Cette distance compte dans ``distance_m``.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="230"/>
        <source>Window and sliding methods: trips with fewer moving fixes (not in any stay) are dropped.</source>
        <translation>Méthodes fenêtre et glissante : les déplacements qui ont moins de points en mouvement (hors de tout arrêt) sont écartés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="232"/>
        <source>Window and sliding methods: a run of moving fixes between two stays shorter than this is no part of any trip (trackintel drops triplegs of fewer than 2 fixes).</source>
        <translation>Méthodes fenêtre et glissante : une suite de points en mouvement entre deux arrêts plus courte que cette valeur ne fait partie d&apos;aucun déplacement (trackintel écarte les trajets élémentaires de moins de 2 points).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="235"/>
        <source>Trips shorter than this are dropped (e-mission: 100 m, its sections resampled every 30 s and the stops between them; 0 keeps all).</source>
        <translation>Les déplacements plus courts que cette distance sont écartés (e-mission : 100 m, ses sections rééchantillonnées toutes les 30 s et les arrêts entre elles ; 0 garde tout).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="238"/>
        <source>Window and sliding methods: trips that never go farther than this from the place they leave (GPS jitter at home) are dropped (0 keeps all).</source>
        <translation>Méthodes fenêtre et glissante : les déplacements qui ne s&apos;éloignent jamais plus que cette distance du lieu qu&apos;ils quittent (bruit GPS au domicile) sont écartés (0 garde tout).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="241"/>
        <source>Window and sliding methods: when a trip is dropped, the stays on both sides become one stay; so do stays that follow each other at the same place with no fix between them (trackintel keeps them apart). (Dwell method: always, as e-mission.)</source>
        <translation>Méthodes fenêtre et glissante : quand un déplacement est écarté, les arrêts de part et d&apos;autre deviennent un seul arrêt ; de même pour des arrêts qui se suivent au même lieu sans point entre eux (trackintel les garde séparés). (Méthode dwell : toujours, comme e-mission.)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="247"/>
        <source>Width of the centred time window over which a fix&apos;s speed is measured for leg splitting.</source>
        <translation>Largeur de la fenêtre de temps centrée sur laquelle la vitesse d&apos;un point GPS est mesurée pour découper les trajets.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="249"/>
        <source>Window speeds up to this are walking speed; above is a vehicle (bicycle, car, bus, train).</source>
        <translation>Les vitesses de fenêtre jusqu&apos;à cette valeur sont de la marche ; au-dessus, c&apos;est un véhicule (vélo, voiture, bus, train).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="251"/>
        <source>A &apos;walking&apos; motion reading is ignored where the window speed is above this.</source>
        <translation>Une lecture d&apos;activité « marche » est ignorée là où la vitesse de fenêtre dépasse cette valeur.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="253"/>
        <source>A leg must last at least this long, or it is merged into a neighbour.</source>
        <translation>Un trajet doit durer au moins ce temps, sinon il est fusionné avec un voisin.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="255"/>
        <source>A leg must cover at least this distance, or it is merged into a neighbour.</source>
        <translation>Un trajet doit couvrir au moins cette distance, sinon il est fusionné avec un voisin.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="257"/>
        <source>... except walking legs, which must cover at least this distance.</source>
        <translation>... sauf les trajets à pied, qui doivent couvrir au moins cette distance.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="259"/>
        <source>A walking leg that the phone saw (at least two &apos;walking&apos; readings give most of its fixes their class) needs only this duration, so that a short transfer walk between two vehicles stays a leg ...</source>
        <translation>Un trajet à pied que le téléphone a vu (au moins deux lectures « marche » donnent leur classe à la plupart de ses points GPS) n&apos;a besoin que de cette durée, pour qu&apos;une courte marche de correspondance entre deux véhicules reste un trajet ...</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="263"/>
        <source>... and this distance.</source>
        <translation>... et de cette distance.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="265"/>
        <source>Dwell method, fixes that are not from e-mission&apos;s phone app: a walking run that starts or ends a trip (a walk from or to a place, whose first metres are still inside the place&apos;s radius) is a leg when it covers this and lasts ``min_seen_walk_leg_duration_s`` at walking pace (``bridge_side_min_speed_mps`` or faster on average; slower is a vehicle creeping): a short walk to a bus is not part of the bus ride.</source>
        <translation>Méthode dwell, points qui ne viennent pas de l&apos;application d&apos;e-mission : une marche qui commence ou termine un déplacement (une marche depuis ou vers un lieu, dont les premiers mètres sont encore dans le rayon du lieu) est un trajet quand elle couvre cette distance et dure ``min_seen_walk_leg_duration_s`` à allure de marche (``bridge_side_min_speed_mps`` ou plus en moyenne ; plus lent, c&apos;est un véhicule qui avance au pas) : une courte marche jusqu&apos;au bus ne fait pas partie du trajet en bus.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="271"/>
        <source>Window and sliding methods: a motion activity reading applies to the fixes up to this long after it.</source>
        <translation>Méthodes fenêtre et glissante : un relevé d&apos;activité de mouvement s&apos;applique aux points jusqu&apos;à ce délai après lui.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="274"/>
        <source>Window and sliding methods: between two motion readings at most this far apart, the fixes take the faster of the two readings&apos; ways of travelling (walking &lt; cycling &lt; vehicle), whatever their age: e-mission&apos;s rule for where a section changes (waiting in a stopped train belongs to the train). 0: each reading applies only up to ``motion_max_age_s``. A fix moving at walking pace (from ``motion_walk_min_speed_mps`` to ``walk_max_speed_mps``) within ``motion_max_age_s`` of a walking reading stays walking.</source>
        <translation>Méthodes fenêtre et glissante : entre deux relevés de mouvement séparés au plus de ce délai, les points prennent la plus rapide des deux façons de se déplacer (marche &lt; vélo &lt; véhicule), quel que soit leur âge : la règle d&apos;e-mission pour le changement de section (attendre dans un train arrêté fait partie du train). 0 : chaque relevé ne s&apos;applique que jusqu&apos;à ``motion_max_age_s``. Un point qui avance à l&apos;allure de la marche (de ``motion_walk_min_speed_mps`` à ``walk_max_speed_mps``) à moins de ``motion_max_age_s`` d&apos;un relevé de marche reste à pied.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="281"/>
        <source>See ``motion_transition_max_s``: the slowest window speed that is walking, not standing.</source>
        <translation>Voir ``motion_transition_max_s`` : la plus faible vitesse de fenêtre qui est de la marche, et non un arrêt sur place.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="283"/>
        <source>Motion activity readings at most this confident (0-100) are ignored (e-mission&apos;s section segmentation of time-filter phones keeps those above 60; window and sliding methods: less confident than this; flip-flopping low-confidence readings otherwise cut legs that the phone did not really see).</source>
        <translation>Les relevés d&apos;activité de mouvement de confiance au plus égale à cette valeur (0-100) sont ignorés (la segmentation en sections d&apos;e-mission pour les téléphones à filtre temporel garde ceux au-dessus de 60 ; méthodes fenêtre et glissante : de confiance inférieure à cette valeur ; des relevés peu sûrs qui alternent couperaient sinon des trajets élémentaires que le téléphone n&apos;a pas vraiment vus).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="314"/>
        <location filename="../tracemob_plugin/core/trips/params.py" line="318"/>
        <source>the value {value!r} is not allowed</source>
        <translation>la valeur {value!r} n&apos;est pas autorisée</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="315"/>
        <source>Use a number greater than or equal to 0.</source>
        <translation>Utilisez un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/params.py" line="321"/>
        <source>the stay radius must be greater than 0</source>
        <translation>le rayon d&apos;arrêt doit être supérieur à 0</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/trips/segmentation.py" line="154"/>
        <source>segmentation cancelled</source>
        <translation>découpage annulé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="150"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="5"/>
        <location filename="../resources/styles/modes.qml" line="5"/>
        <location filename="../resources/styles/simulated_legs.qml" line="5"/>
        <source>Walk</source>
        <translation>Marche</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="150"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="6"/>
        <location filename="../resources/styles/modes.qml" line="6"/>
        <location filename="../resources/styles/simulated_legs.qml" line="6"/>
        <source>Bike</source>
        <translation>Vélo</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="150"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="7"/>
        <location filename="../resources/styles/modes.qml" line="7"/>
        <location filename="../resources/styles/simulated_legs.qml" line="7"/>
        <source>E-bike</source>
        <translation>Vélo à assistance électrique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="150"/>
        <location filename="../resources/styles/modes.qml" line="8"/>
        <location filename="../resources/styles/simulated_legs.qml" line="8"/>
        <source>E-scooter</source>
        <translation>Trottinette électrique</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="151"/>
        <location filename="../resources/styles/modes.qml" line="9"/>
        <source>Motorcycle</source>
        <translation>Deux-roues motorisé</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="151"/>
        <location filename="../resources/styles/modes.qml" line="10"/>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="151"/>
        <location filename="../resources/styles/simulated_legs.qml" line="10"/>
        <source>Carpool</source>
        <translation>Covoiturage</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="151"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="9"/>
        <location filename="../resources/styles/modes.qml" line="11"/>
        <location filename="../resources/styles/simulated_legs.qml" line="11"/>
        <source>Bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="152"/>
        <location filename="../resources/styles/modes.qml" line="12"/>
        <source>Coach</source>
        <translation>Autocar</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="152"/>
        <location filename="../resources/styles/modes.qml" line="13"/>
        <source>Tram</source>
        <translation>Tramway</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="152"/>
        <location filename="../resources/styles/modes.qml" line="14"/>
        <source>Metro</source>
        <translation>Métro</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="152"/>
        <location filename="../resources/styles/confirmed_trips.qml" line="10"/>
        <location filename="../resources/styles/modes.qml" line="15"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="153"/>
        <location filename="../resources/styles/modes.qml" line="16"/>
        <source>Ferry</source>
        <translation>Bateau</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="153"/>
        <location filename="../resources/styles/modes.qml" line="17"/>
        <source>Plane</source>
        <translation>Avion</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="154"/>
        <location filename="../resources/styles/modes.qml" line="18"/>
        <source>Wait at a stop</source>
        <translation>Attente à un arrêt</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="154"/>
        <location filename="../resources/styles/modes.qml" line="19"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="225"/>
        <source>unknown mode &apos;{word}&apos; in the parameter {param}</source>
        <translation>mode inconnu « {word} » dans le paramètre {param}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="226"/>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="238"/>
        <source>Accepted modes: {modes}.</source>
        <translation>Modes acceptés : {modes}.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/modes.py" line="236"/>
        <source>the parameter {param} takes one mode, not &apos;{text}&apos;</source>
        <translation>le paramètre {param} prend un seul mode, pas « {text} »</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="83"/>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="111"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="83"/>
        <source>nanoseconds</source>
        <translation>nanosecondes</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="83"/>
        <source>microseconds</source>
        <translation>microsecondes</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="83"/>
        <source>milliseconds</source>
        <translation>millisecondes</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="97"/>
        <source>the time &apos;{value}&apos; is out of range: read as {unit} since 1970 it is not a date ({n} such row(s))</source>
        <translation>l&apos;heure &apos;{value}&apos; est hors limites : lue en {unit} depuis 1970, ce n&apos;est pas une date ({n} ligne(s) de ce genre)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="100"/>
        <source>Give every row of the column the same unit (epoch seconds, or milliseconds), or delete the rows with impossible times.</source>
        <translation>Donnez à toutes les lignes de la colonne la même unité (secondes epoch, ou millisecondes), ou supprimez les lignes aux heures impossibles.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="134"/>
        <source>{file}, field &apos;{field}&apos;: {n_low} time(s) before 2000 and {n_high} after {year} (of {n}): check the phone&apos;s clock and the unit of the times</source>
        <translation>{file}, champ &apos;{field}&apos; : {n_low} heure(s) avant 2000 et {n_high} après {year} (sur {n}) : vérifiez l&apos;horloge du téléphone et l&apos;unité des heures</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="196"/>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="246"/>
        <source>the time is missing</source>
        <translation>l&apos;heure est absente</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="197"/>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="247"/>
        <source>Give every row a time, or delete the rows without one.</source>
        <translation>Donnez une heure à chaque ligne, ou supprimez les lignes qui n&apos;en ont pas.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="200"/>
        <source>Give every row a time: ISO-8601 (2024-03-31T08:15:00+02:00), or epoch seconds or milliseconds.</source>
        <translation>Donnez une heure à chaque ligne : ISO-8601 (2024-03-31T08:15:00+02:00), ou secondes ou millisecondes epoch.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="258"/>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="259"/>
        <source>with a UTC offset</source>
        <translation>avec un décalage UTC</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="258"/>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="259"/>
        <source>without a UTC offset</source>
        <translation>sans décalage UTC</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="261"/>
        <source>time zones are mixed: the first time is {first} but &apos;{value}&apos; is {bad}</source>
        <translation>les fuseaux horaires sont mélangés : la première heure est {first} mais « {value} » est {bad}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="264"/>
        <source>Write every time in the same way: all with an offset such as +02:00 (or Z), or all as local times, with the time zone chosen in the tool.</source>
        <translation>Écrivez toutes les heures de la même façon : toutes avec un décalage tel que +02:00 (ou Z), ou toutes en heure locale, avec le fuseau horaire choisi dans l&apos;outil.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="330"/>
        <source>{file}, field &apos;{field}&apos;: dates such as &apos;{value}&apos; could be day/month or month/day; read day first (French convention): {date}</source>
        <translation>{file}, champ &apos;{field}&apos; : des dates comme &apos;{value}&apos; peuvent être jour/mois ou mois/jour ; lues jour d&apos;abord (convention française) : {date}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="336"/>
        <source>{file}, field &apos;{field}&apos;: dates read month first (month/day/year): &apos;{value}&apos; (row {row}) cannot be day first</source>
        <translation>{file}, champ &apos;{field}&apos; : dates lues mois d&apos;abord (mois/jour/année) : &apos;{value}&apos; (ligne {row}) ne peut pas commencer par le jour</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="361"/>
        <source>Use ISO-8601 times (2024-03-31T08:15:00+02:00 or 2024-03-31 08:15:00), day/month/year times, or epoch seconds or milliseconds.</source>
        <translation>Utilisez des heures ISO-8601 (2024-03-31T08:15:00+02:00 ou 2024-03-31 08:15:00), des dates jour/mois/année, ou des secondes ou millisecondes epoch.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="409"/>
        <source>{file}: {n} local times fall in the hour skipped when clocks go forward ({tz}); they were shifted forward</source>
        <translation>{file} : {n} heures locales tombent dans l&apos;heure sautée au passage à l&apos;heure d&apos;été ({tz}) ; elles ont été avancées</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="413"/>
        <source>{file}: {n} local times occur twice when clocks go back ({tz}) and their order does not tell which: summer time assumed</source>
        <translation>{file} : {n} heures locales existent deux fois au passage à l&apos;heure d&apos;hiver ({tz}) et leur ordre ne permet pas de trancher : heure d&apos;été retenue</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="445"/>
        <source>&apos;{value}&apos; is not a date read day first (day/month/year): write it as {year}-MM-DD</source>
        <translation>« {value} » n&apos;est pas une date lue le jour d&apos;abord (jour/mois/année) : écrivez-la {year}-MM-JJ</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/vocab/times.py" line="449"/>
        <source>&apos;{value}&apos; has no year: write the date as 2024-03-01</source>
        <translation>« {value} » n&apos;a pas d&apos;année : écrivez la date sous la forme 2024-03-01</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="48"/>
        <source>Installing the Python packages Tracemob needs</source>
        <translation>Installation des paquets Python nécessaires à Tracemob</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="91"/>
        <source>Tracemob: Python packages to install</source>
        <translation>Tracemob : paquets Python à installer</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="105"/>
        <source>Copy the commands for this computer</source>
        <translation>Copier les commandes pour cet ordinateur</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="125"/>
        <source>On other systems:</source>
        <translation>Sur d&apos;autres systèmes :</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="126"/>
        <source>On this computer ({platform})</source>
        <translation>Sur cet ordinateur ({platform})</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="133"/>
        <source>Then restart QGIS.</source>
        <translation>Puis redémarrez QGIS.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="137"/>
        <source>Install from QGIS</source>
        <translation>Installer depuis QGIS</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="140"/>
        <source>Tracemob can run this command for you. pip downloads the packages from the Python Package Index (pypi.org) and installs them for your user only (not system-wide). Nothing is installed until you click the button.</source>
        <translation>Tracemob peut lancer cette commande pour vous. pip télécharge les paquets depuis le Python Package Index (pypi.org) et les installe pour votre utilisateur seulement (pas pour tout le système). Rien n&apos;est installé tant que vous n&apos;avez pas cliqué sur le bouton.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="150"/>
        <source>Run this command</source>
        <translation>Lancer cette commande</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="159"/>
        <source>Tracemob does not install them itself here.</source>
        <translation>Tracemob ne les installe pas lui-même ici.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="180"/>
        <source>Installing… this can take several minutes; QGIS stays usable meanwhile.</source>
        <translation>Installation en cours… cela peut prendre plusieurs minutes ; QGIS reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="181"/>
        <source>Running: {command}</source>
        <translation>Exécution : {command}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="189"/>
        <source>The packages are installed. Restart QGIS to use Tracemob.</source>
        <translation>Les paquets sont installés. Redémarrez QGIS pour utiliser Tracemob.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="192"/>
        <source>pip failed (exit code {code}): see its output above, or use the command for your system.</source>
        <translation>pip a échoué (code de sortie {code}) : voyez sa sortie ci-dessus, ou utilisez la commande pour votre système.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/dependencies_dialog.py" line="203"/>
        <source>How to install them…</source>
        <translation>Comment les installer…</translation>
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
        <location filename="../tracemob_plugin/gui/server_support.py" line="148"/>
        <source>Use a token file instead, or check QGIS&apos;s authentication settings.</source>
        <translation>Utilisez plutôt un fichier de jetons, ou vérifiez les paramètres d&apos;authentification de QGIS.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="166"/>
        <source>no QGIS authentication configuration has the id or name prefix &apos;{item}&apos;.</source>
        <translation>aucune configuration d&apos;authentification QGIS n&apos;a l&apos;identifiant ou le préfixe de nom « {item} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="168"/>
        <source>Add the participants with the Tracemob server dialog, or give configuration ids.</source>
        <translation>Ajoutez les participants avec la boîte de dialogue serveur de Tracemob, ou indiquez des identifiants de configuration.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="181"/>
        <source>the authentication configuration &apos;{id}&apos; could not be read, or has no token in its password.</source>
        <translation>la configuration d&apos;authentification « {id} » n&apos;a pas pu être lue, ou son mot de passe ne contient pas de jeton.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="183"/>
        <source>Unlock QGIS&apos;s authentication database (master password), or check that the configuration is of type Basic with the token as password.</source>
        <translation>Déverrouillez la base d&apos;authentification de QGIS (mot de passe principal), ou vérifiez que la configuration est de type Basic avec le jeton comme mot de passe.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="208"/>
        <source>QGIS could not store the token of participant &apos;{label}&apos;.</source>
        <translation>QGIS n&apos;a pas pu enregistrer le jeton du participant « {label} ».</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/gui/server_support.py" line="209"/>
        <source>Set or unlock QGIS&apos;s master password, then try again.</source>
        <translation>Définissez ou déverrouillez le mot de passe principal de QGIS, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="112"/>
        <source>Tracemob&apos;s algorithms could not be loaded: {error}. One of QGIS&apos;s Python packages is probably incompatible with another (numpy, pandas, scikit-learn...); details in the Tracemob log.</source>
        <translation>Les algorithmes de Tracemob n&apos;ont pas pu être chargés : {error}. Un des paquets Python de QGIS est probablement incompatible avec un autre (numpy, pandas, scikit-learn…) ; détails dans le journal Tracemob.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="121"/>
        <source>The Tracemob processing provider could not be registered.</source>
        <translation>Le fournisseur de traitements Tracemob n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="132"/>
        <source>Install the Python packages Tracemob needs…</source>
        <translation>Installer les paquets Python nécessaires à Tracemob…</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="138"/>
        <source>Tracemob&apos;s algorithms could not be loaded: {error}</source>
        <translation>Les algorithmes de Tracemob n&apos;ont pas pu être chargés : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="141"/>
        <source>Tracemob tools (Processing)</source>
        <translation>Outils Tracemob (Traitements)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="143"/>
        <source>Show the Tracemob algorithms in the Processing toolbox</source>
        <translation>Afficher les algorithmes Tracemob dans la boîte à outils de traitements</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="165"/>
        <source>Tracemob GUI module &apos;{module}&apos; could not be loaded: {error}</source>
        <translation>Le module d&apos;interface Tracemob « {module} » n&apos;a pas pu être chargé : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/plugin.py" line="173"/>
        <source>Tracemob GUI module &apos;{module}&apos; failed: {error}</source>
        <translation>Le module d&apos;interface Tracemob « {module} » a échoué : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="60"/>
        <source>{name} (version {installed} found, {minimum} or newer needed)</source>
        <translation>{name} (version {installed} trouvée, {minimum} ou plus récente nécessaire)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="254"/>
        <source>Windows (OSGeo4W or the QGIS installer)</source>
        <translation>Windows (OSGeo4W ou l&apos;installateur de QGIS)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="256"/>
        <source>Other Linux</source>
        <translation>Autre Linux</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="273"/>
        <source>This release&apos;s python3-pandas and python3-shapely are older than 2.0: install {names} for your user with pip (this leaves the system&apos;s packages alone but takes precedence over them in your own Python programs):</source>
        <translation>Les paquets python3-pandas et python3-shapely de cette version sont antérieurs à 2.0 : installez {names} pour votre utilisateur avec pip (les paquets du système restent intacts, mais ceux-ci passent avant eux dans vos propres programmes Python) :</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="277"/>
        <source>Debian 12 and Ubuntu 22.04 ship pandas and shapely older than 2.0: there, install {names} for your user with pip instead (this leaves the system&apos;s packages alone but takes precedence over them in your own Python programs):</source>
        <translation>Debian 12 et Ubuntu 22.04 fournissent pandas et shapely en version antérieure à 2.0 : sur ces systèmes, installez plutôt {names} pour votre utilisateur avec pip (les paquets du système restent intacts, mais ceux-ci passent avant eux dans vos propres programmes Python) :</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="293"/>
        <source>In the OSGeo4W Shell (Start menu › QGIS › OSGeo4W Shell), started as administrator when QGIS is installed for all users:</source>
        <translation>Dans l&apos;OSGeo4W Shell (menu Démarrer › QGIS › OSGeo4W Shell), lancé en tant qu&apos;administrateur si QGIS est installé pour tous les utilisateurs :</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="299"/>
        <source>In the Terminal, with the Python inside QGIS.app (adapt the path if QGIS.app is elsewhere or named QGIS-LTR.app):</source>
        <translation>Dans le Terminal, avec le Python de QGIS.app (adaptez le chemin si QGIS.app est ailleurs ou s&apos;appelle QGIS-LTR.app) :</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="304"/>
        <source>In the conda environment QGIS runs in:</source>
        <translation>Dans l&apos;environnement conda où tourne QGIS :</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="312"/>
        <source>With the Python QGIS runs:</source>
        <translation>Avec le Python qu&apos;utilise QGIS :</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="332"/>
        <source>Nothing to install.</source>
        <translation>Rien à installer.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="334"/>
        <source>QGIS runs in a conda environment: install the packages with conda.</source>
        <translation>QGIS tourne dans un environnement conda : installez les paquets avec conda.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="336"/>
        <source>The system manages this Python (PEP 668 &quot;externally managed&quot;): install the packages with the system&apos;s package manager (command above).</source>
        <translation>Ce Python est géré par le système (PEP 668, « externally managed ») : installez les paquets avec le gestionnaire de paquets du système (commande ci-dessus).</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="339"/>
        <source>The Python interpreter of this QGIS was not found: use the command above.</source>
        <translation>L&apos;interpréteur Python de ce QGIS est introuvable : utilisez la commande ci-dessus.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="341"/>
        <source>pip is not available in this QGIS&apos;s Python: use the command above.</source>
        <translation>pip n&apos;est pas disponible dans le Python de ce QGIS : utilisez la commande ci-dessus.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="349"/>
        <source>Python packages missing: {names}. Tracemob&apos;s algorithms are not available until they are installed.</source>
        <translation>Paquets Python manquants : {names}. Les algorithmes de Tracemob ne sont pas disponibles tant qu&apos;ils ne sont pas installés.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="355"/>
        <source>Tracemob needs Python packages that QGIS&apos;s Python lacks: {names}. Its algorithms are not available until they are installed and QGIS is restarted.</source>
        <translation>Tracemob a besoin de paquets Python absents du Python de QGIS : {names}. Ses algorithmes ne sont pas disponibles tant qu&apos;ils ne sont pas installés et que QGIS n&apos;a pas été redémarré.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/toolbelt/dependencies.py" line="363"/>
        <source>To install them ({platform}):</source>
        <translation>Pour les installer ({platform}) :</translation>
    </message>
    <message>
        <source>... the straight-line speed over twice ``stay_min_duration_s`` before the first trip&apos;s end and after the next one&apos;s start (18 km/h: a motorised ride, not a walk nor most bicycles).</source>
        <translation type="vanished">... la vitesse en ligne droite sur deux fois ``stay_min_duration_s`` avant la fin du premier déplacement et après le début du suivant (18 km/h : un trajet motorisé, ni une marche ni la plupart des vélos).</translation>
    </message>
    <message>
        <source>A GTFS feed (the .zip of a transport authority) gives the stops and lines with their modes, and its timetable: a motorised leg that passes a trip&apos;s stops at its scheduled times takes the route&apos;s mode (bus, tram, metro, train), and the legs get the route&apos;s name (transit_route) and the confidence of the match (transit_confidence).</source>
        <translation type="vanished">Un flux GTFS (le .zip d&apos;une autorité organisatrice) donne les arrêts et les lignes avec leurs modes, ainsi que ses horaires : un trajet motorisé qui passe aux arrêts d&apos;une course aux heures prévues prend le mode de la ligne (bus, tram, métro, train), et les trajets reçoivent le nom de la ligne (transit_route) et la confiance de l&apos;appariement (transit_confidence).</translation>
    </message>
    <message>
        <source>A fix less than this after the previous fix of the same user is a near duplicate and is dropped (0 keeps everything but fixes with exactly the same time).</source>
        <translation type="vanished">Un point GPS enregistré moins de ce délai après le précédent du même utilisateur est un quasi-doublon et il est écarté (0 garde tout sauf les points GPS de même heure exacte).</translation>
    </message>
    <message>
        <source>A fix reached and left faster than this is physically impossible and is dropped.</source>
        <translation type="vanished">Un point GPS atteint et quitté plus vite que cette vitesse est physiquement impossible et il est écarté.</translation>
    </message>
    <message>
        <source>A fix reached and left faster than this, on a jump that comes back (the neighbours are close to each other), is a spike and is dropped.</source>
        <translation type="vanished">Un point GPS atteint et quitté plus vite que cette vitesse, sur un saut qui revient en arrière (ses voisins sont proches l&apos;un de l&apos;autre), est un point aberrant et il est écarté.</translation>
    </message>
    <message>
        <source>A fix reached and left faster than this, on a jump that comes back (the neighbours are close to each other), is a spike and is dropped. (Dwell method: only the fixes that do not come from e-mission&apos;s phone app; e-mission&apos;s own are left to its jump smoothing of each section.)</source>
        <translation type="vanished">Un point atteint et quitté plus vite que cette vitesse, sur un saut qui revient (ses voisins sont proches l&apos;un de l&apos;autre), est un pic et il est écarté. (Méthode dwell : seulement pour les points qui ne viennent pas de l&apos;application mobile d&apos;e-mission ; ceux d&apos;e-mission sont laissés au lissage des sauts d&apos;e-mission sur chaque section.)</translation>
    </message>
    <message>
        <source>A folder for one PDF attestation per participant (fmd_&lt;year&gt;_&lt;user&gt;.pdf), without any map, place or address. Optional.</source>
        <translation type="vanished">Un dossier pour une attestation PDF par participant (fmd_&lt;year&gt;_&lt;user&gt;.pdf), sans carte, lieu ni adresse. Facultatif.</translation>
    </message>
    <message>
        <source>A long gap covered slower than this (straight-line distance / duration) is time spent at the place before it: it counts as stay time (e-mission: 100 m in 5 min). Faster is movement.</source>
        <translation type="vanished">Une longue interruption parcourue plus lentement que cette vitesse (distance à vol d&apos;oiseau / durée) est du temps passé au lieu qui la précède : elle compte comme temps d&apos;arrêt (e-mission : 100 m en 5 min). Plus rapide, c&apos;est du mouvement.</translation>
    </message>
    <message>
        <source>A long gap with movement stays inside its trip (a tunnel, an underground train, a flight) when the phone reported motion activity during it and it is shorter than this. Otherwise (no motion reading during the gap, no motion data at all, or longer) it is untracked time: it goes to ``gaps`` and the trips stop at it. (Window method: gaps between two moving fixes shorter than this are kept inside the trip.)</source>
        <translation type="vanished">Une longue interruption avec mouvement reste dans son déplacement (un tunnel, un métro, un vol) quand le téléphone a signalé une activité de mouvement pendant celle-ci et qu&apos;elle est plus courte que cette durée. Sinon (aucune lecture d&apos;activité pendant l&apos;interruption, aucune donnée d&apos;activité, ou plus longue), c&apos;est du temps non suivi : elle va dans ``gaps`` et les déplacements s&apos;y arrêtent. (Méthode window : les interruptions entre deux points GPS en mouvement plus courtes que cette durée restent dans le déplacement.)</translation>
    </message>
    <message>
        <source>A motion activity reading applies to the fixes up to this long after it.</source>
        <translation type="vanished">Une lecture d&apos;activité de mouvement s&apos;applique aux points GPS jusqu&apos;à ce délai après elle.</translation>
    </message>
    <message>
        <source>A public-transport timetable in GTFS, as published on open-data portals: the .zip, or any .txt file of an unzipped feed (its folder is read). Its stops and its lines (shapes.txt, else straight lines through the stops) are used like the layers above, each line with the mode of its routes (route_type: bus, tram, metro, train...). A motorised leg that passes the stops of a trip at its scheduled times, on a day the trip runs, takes the route&apos;s mode; the legs then get transit_route (the route&apos;s name) and transit_confidence (0-1). A bad feed stops the algorithm with the file, the line and the field at fault.</source>
        <translation type="vanished">Des horaires de transport en commun au format GTFS, tels que publiés sur les portails de données ouvertes : le .zip, ou n&apos;importe quel fichier .txt d&apos;un flux décompressé (son dossier est lu). Ses arrêts et ses lignes (shapes.txt, sinon des lignes droites entre les arrêts) servent comme les couches ci-dessus, chaque ligne avec le mode de ses lignes commerciales (route_type : bus, tram, métro, train...). Un trajet motorisé qui passe aux arrêts d&apos;une course aux heures prévues, un jour où la course circule, prend le mode de la ligne ; les trajets reçoivent alors transit_route (le nom de la ligne) et transit_confidence (0-1). Un flux erroné arrête l&apos;algorithme en indiquant le fichier, la ligne et le champ en cause.</translation>
    </message>
    <message>
        <source>A run of moving fixes between two stays shorter than this is no part of any trip (trackintel drops triplegs of fewer than 2 fixes).</source>
        <translation type="vanished">Une suite de points GPS en mouvement entre deux arrêts plus courte que ce nombre ne fait partie d&apos;aucun déplacement (trackintel écarte les trajets de moins de 2 points).</translation>
    </message>
    <message>
        <source>A stay at least this long is an activity: trips run between activities (every dwell stay is one). Shorter stays stay inside the trip.</source>
        <translation type="vanished">Un arrêt au moins aussi long est une activité : les déplacements vont d&apos;une activité à l&apos;autre (tout arrêt de la méthode dwell en est une). Les arrêts plus courts restent dans le déplacement.</translation>
    </message>
    <message>
        <source>A time gap between two consecutive fixes at least this long is examined by the gap rule (e-mission: twice the 5 minute dwell time).</source>
        <translation type="vanished">Un écart de temps entre deux points GPS consécutifs au moins aussi long est examiné par la règle des interruptions (e-mission : deux fois le temps d&apos;arrêt de 5 minutes).</translation>
    </message>
    <message>
        <source>Adds to every leg its greenhouse-gas emissions co2e_g (grams of CO2 equivalent) and the factor used (factor_source: table, version, variant, scope, occupancy).

Input: a legs layer with the fields mode and distance_m (Segment trips, then the mode inference). Modes: walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane; a leg of unknown mode gets no value.

Factors: by default ADEME Impact CO2 (Base Empreinte), version and date in the table, in g CO2e per passenger-km. Usage counts the fuel or electricity (and contrails for planes); construction adds vehicle manufacturing, maintenance and end of life. Car factors are per vehicle-km and divided by the car occupancy; legs labelled as carpooling (carpool, shared_ride, covoiturage, in the mode field, in mode_confirm, mode_label or label, or in the label field you choose) use the carpool occupancy. Trains use the TER factor under 150 km and the TGV factor beyond; planes short, medium or long haul by distance.

You may load your own factor table (CSV with the columns mode, usage_g_per_km, construction_g_per_km, unit pkm or vkm...): see resources/emission_factors/README.md.</source>
        <translation type="vanished">Ajoute à chaque trajet ses émissions de gaz à effet de serre co2e_g (grammes d&apos;équivalent CO2) et le facteur utilisé (factor_source : table, version, variante, périmètre, taux d&apos;occupation).

Entrée : une couche de trajets avec les champs mode et distance_m (« Découper en déplacements », puis l&apos;inférence des modes). Modes : walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane ; un trajet de mode inconnu ne reçoit pas de valeur.

Facteurs : par défaut Impact CO2 de l&apos;ADEME (Base Empreinte), version et date dans la table, en g CO2e par voyageur-km. L&apos;usage compte le carburant ou l&apos;électricité (et les traînées de condensation pour l&apos;avion) ; la construction ajoute la fabrication, l&apos;entretien et la fin de vie des véhicules. Les facteurs voiture sont par véhicule-km et divisés par le taux d&apos;occupation ; les trajets étiquetés covoiturage (carpool, shared_ride, covoiturage, dans le champ mode, dans mode_confirm, mode_label ou label, ou dans le champ de libellé choisi) utilisent le taux d&apos;occupation du covoiturage. Le train utilise le facteur TER sous 150 km et le facteur TGV au-delà ; l&apos;avion, court, moyen ou long-courrier selon la distance.

Vous pouvez charger votre propre table de facteurs (CSV avec les colonnes mode, usage_g_per_km, construction_g_per_km, unit pkm ou vkm…) : voir resources/emission_factors/README.md.</translation>
    </message>
    <message>
        <source>Adds to every leg its transport mode (mode: walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, ferry, plane or unknown), a confidence between 0 and 1 (mode_confidence) and where it comes from (mode_source: user, model or rules).

Input: the legs of Tracemob &apos;Segment trips&apos; (lines whose M value is the time of each vertex).

User labels win: a leg whose label field is filled, or a leg inside a trip the user confirmed (OpenPATH mode_confirm, matched by user and time), keeps that label. In a trip of several legs, the label goes to the legs of the same kind (the bus leg of walk-bus-walk).

Otherwise the model decides from speed percentiles, acceleration, stops, heading changes and, when the phone recorded them, the motion-activity readings. The default model tells walk, bike and motorised legs apart (car; train or plane at sustained rail or flight speed). Below the minimum confidence, speed-band rules decide.

When the points carried the phone&apos;s own speed readings (GPX speed, a CSV speed column, e-mission), &apos;Segment trips&apos; writes three of them on each leg (phone_speed_p95, phone_acc_p90, phone_fast_share) and rules use them where no motion activity covers the leg: a walk or bicycle that starts and brakes like a car is a car; a walk whose phone reads 14 km/h or more for 30 % of its moving time is a car (a queue in a city centre); a bicycle or car whose phone stays at a walking pace is a walk (GPS noise between close positions looks like cycling).

With public-transport lines (and stops), motorised legs that follow a bus, coach, tram, metro or rail line, stopping at its stops, become bus, coach, tram, metro or train; a leg along a ferry line is a ferry. Lines may come from OpenStreetMap (route or railway tags) or GTFS shapes (route_type).

A model trained on your study with &apos;Train a mode model&apos; may replace the default one: it is a JSON file, never a pickle.</source>
        <translation type="vanished">Ajoute à chaque trajet son mode de transport (mode : walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, ferry, plane ou unknown), une confiance entre 0 et 1 (mode_confidence) et son origine (mode_source : user, model ou rules).

Entrée : les trajets produits par « Découper en déplacements » de Tracemob (lignes dont la valeur M est l&apos;heure de chaque sommet).

Les libellés de l&apos;utilisateur priment : un trajet dont le champ de libellé est rempli, ou un trajet appartenant à un déplacement confirmé par l&apos;utilisateur (mode_confirm d&apos;OpenPATH, apparié par utilisateur et par heure), garde ce libellé. Dans un déplacement de plusieurs trajets, le libellé va aux trajets de même nature (le trajet en bus d&apos;un enchaînement marche-bus-marche).

Sinon, le modèle décide d&apos;après les centiles de vitesse, l&apos;accélération, les arrêts, les changements de direction et, quand le téléphone les a enregistrés, les relevés d&apos;activité de mouvement. Le modèle par défaut distingue la marche, le vélo et les trajets motorisés (voiture ; train ou avion à vitesse soutenue ferroviaire ou aérienne). En dessous de la confiance minimale, des règles par plages de vitesse décident.

Quand les points portaient les relevés de vitesse du téléphone lui-même (vitesse GPX, colonne de vitesse d&apos;un CSV, e-mission), « Découper en déplacements » en écrit trois sur chaque trajet (phone_speed_p95, phone_acc_p90, phone_fast_share) et des règles s&apos;en servent là où aucune activité de mouvement ne couvre le trajet : une marche ou un vélo qui démarre et freine comme une voiture est une voiture ; une marche dont le téléphone lit 14 km/h ou plus pendant 30 % de son temps en mouvement est une voiture (une file d&apos;attente en centre-ville) ; un vélo ou une voiture dont le téléphone reste à l&apos;allure de la marche est une marche (le bruit GPS entre des positions proches ressemble à du vélo).

Avec des lignes de transport collectif (et leurs arrêts), les trajets motorisés qui suivent une ligne de bus, d&apos;autocar, de tramway, de métro ou de train en s&apos;arrêtant à ses arrêts deviennent bus, autocar, tramway, métro ou train ; un trajet le long d&apos;une ligne de bateau devient bateau (ferry). Les lignes peuvent venir d&apos;OpenStreetMap (attributs route ou railway) ou des tracés GTFS (route_type).

Un modèle entraîné sur votre enquête avec « Entraîner un modèle de modes » peut remplacer le modèle par défaut : c&apos;est un fichier JSON, jamais un pickle.</translation>
    </message>
    <message>
        <source>Adds to every leg its transport mode (mode: walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, ferry, plane or unknown), a confidence between 0 and 1 (mode_confidence) and where it comes from (mode_source: user, model or rules).

Input: the legs of Tracemob &apos;Segment trips&apos; (lines whose M value is the time of each vertex).

User labels win: a leg whose label field is filled, or a leg inside a trip the user confirmed (OpenPATH mode_confirm, matched by user and time), keeps that label. In a trip of several legs, the label goes to the legs of the same kind (the bus leg of walk-bus-walk).

Otherwise the model decides from speed percentiles, acceleration, stops, heading changes and, when the phone recorded them, the motion-activity readings. The default model tells walk, bike and motorised legs apart (car; train or plane at sustained rail or flight speed). Below the minimum confidence, speed-band rules decide.

With public-transport lines (and stops), motorised legs that follow a bus, coach, tram, metro or rail line, stopping at its stops, become bus, coach, tram, metro or train; a leg along a ferry line is a ferry. Lines may come from OpenStreetMap (route or railway tags) or GTFS shapes (route_type).

A model trained on your study with &apos;Train a mode model&apos; may replace the default one: it is a JSON file, never a pickle.</source>
        <translation type="vanished">Ajoute à chaque trajet son mode de transport (mode : walk, bike, ebike, escooter, motorcycle, car, bus, coach, tram, metro, train, ferry, plane ou unknown), une confiance entre 0 et 1 (mode_confidence) et son origine (mode_source : user, model ou rules).

Entrée : les trajets produits par « Découper en déplacements » de Tracemob (lignes dont la valeur M est l&apos;heure de chaque sommet).

Les libellés de l&apos;utilisateur priment : un trajet dont le champ de libellé est rempli, ou un trajet appartenant à un déplacement confirmé par l&apos;utilisateur (mode_confirm d&apos;OpenPATH, apparié par utilisateur et par heure), garde ce libellé. Dans un déplacement de plusieurs trajets, le libellé va aux trajets de même nature (le trajet en bus d&apos;un enchaînement marche-bus-marche).

Sinon, le modèle décide d&apos;après les centiles de vitesse, l&apos;accélération, les arrêts, les changements de direction et, quand le téléphone les a enregistrés, les relevés d&apos;activité de mouvement. Le modèle par défaut distingue la marche, le vélo et les trajets motorisés (voiture ; train ou avion à vitesse soutenue ferroviaire ou aérienne). En dessous de la confiance minimale, des règles par plages de vitesse décident.

Avec des lignes de transport collectif (et leurs arrêts), les trajets motorisés qui suivent une ligne de bus, d&apos;autocar, de tramway, de métro ou de train en s&apos;arrêtant à ses arrêts deviennent bus, autocar, tramway, métro ou train ; un trajet le long d&apos;une ligne de bateau devient bateau (ferry). Les lignes peuvent venir d&apos;OpenStreetMap (attributs route ou railway) ou des tracés GTFS (route_type).

Un modèle entraîné sur votre enquête avec « Entraîner un modèle de modes » peut remplacer le modèle par défaut : c&apos;est un fichier JSON, jamais un pickle.</translation>
    </message>
    <message>
        <source>Adds to every leg its transport mode (mode: walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane or unknown), a confidence between 0 and 1 (mode_confidence) and where it comes from (mode_source: user, model or rules).

Input: the legs of Tracemob &apos;Segment trips&apos; (lines whose M value is the time of each vertex).

User labels win: a leg whose label field is filled, or a leg inside a trip the user confirmed (OpenPATH mode_confirm, matched by user and time), keeps that label. In a trip of several legs, the label goes to the legs of the same kind (the bus leg of walk-bus-walk).

Otherwise the model decides from speed percentiles, acceleration, stops, heading changes and, when the phone recorded them, the motion-activity readings. The default model tells walk, bike and motorised legs apart (car; train or plane at sustained rail or flight speed). Below the minimum confidence, speed-band rules decide.

With public-transport lines (and stops), motorised legs that follow a bus, tram, metro or rail line, stopping at its stops, become bus, tram, metro or train. Lines may come from OpenStreetMap (route or railway tags) or GTFS shapes (route_type).

A model trained on your study with &apos;Train a mode model&apos; may replace the default one: it is a JSON file, never a pickle.</source>
        <translation type="vanished">Ajoute à chaque trajet son mode de transport (mode : walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane ou unknown), une confiance entre 0 et 1 (mode_confidence) et son origine (mode_source : user, model ou rules).

Entrée : les trajets produits par « Découper en déplacements » de Tracemob (lignes dont la valeur M est l&apos;heure de chaque sommet).

Les libellés de l&apos;utilisateur priment : un trajet dont le champ de libellé est rempli, ou un trajet appartenant à un déplacement confirmé par l&apos;utilisateur (mode_confirm d&apos;OpenPATH, apparié par utilisateur et par heure), garde ce libellé. Dans un déplacement de plusieurs trajets, le libellé va aux trajets de même nature (le trajet en bus d&apos;un enchaînement marche-bus-marche).

Sinon, le modèle décide d&apos;après les centiles de vitesse, l&apos;accélération, les arrêts, les changements de direction et, quand le téléphone les a enregistrés, les relevés d&apos;activité de mouvement. Le modèle par défaut distingue la marche, le vélo et les trajets motorisés (voiture ; train ou avion à vitesse soutenue ferroviaire ou aérienne). En dessous de la confiance minimale, des règles par plages de vitesse décident.

Avec des lignes de transport collectif (et leurs arrêts), les trajets motorisés qui suivent une ligne de bus, de tramway, de métro ou de train en s&apos;arrêtant à ses arrêts deviennent bus, tramway, métro ou train. Les lignes peuvent venir d&apos;OpenStreetMap (attributs route ou railway) ou des tracés GTFS (route_type).

Un modèle entraîné sur votre enquête avec « Entraîner un modèle de modes » peut remplacer le modèle par défaut : c&apos;est un fichier JSON, jamais un pickle.</translation>
    </message>
    <message>
        <source>Between two motion readings at most this far apart, the fixes take the faster of the two readings&apos; ways of travelling (walking &lt; cycling &lt; vehicle), whatever their age: e-mission&apos;s rule for where a section changes (waiting in a stopped train belongs to the train). 0: each reading applies only up to ``motion_max_age_s``. A fix moving at walking pace (from ``motion_walk_min_speed_mps`` to ``walk_max_speed_mps``) within ``motion_max_age_s`` of a walking reading stays walking.</source>
        <translation type="vanished">Entre deux lectures d&apos;activité séparées au plus de ce délai, les points GPS prennent le plus rapide des deux modes de déplacement lus (marche &lt; vélo &lt; véhicule), quel que soit leur âge : la règle d&apos;e-mission pour l&apos;endroit où une section change (l&apos;attente dans un train arrêté appartient au train). 0 : chaque lecture ne s&apos;applique que jusqu&apos;à ``motion_max_age_s``. Un point qui avance au pas (de ``motion_walk_min_speed_mps`` à ``walk_max_speed_mps``) à moins de ``motion_max_age_s`` d&apos;une lecture « marche » reste de la marche.</translation>
    </message>
    <message>
        <source>Cannot read the circulation plan date &apos;{date}&apos;: use YYYY-MM-DD.</source>
        <translation type="vanished">Impossible de lire la date du plan de circulation « {date} » : utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Cannot tell the kind of the network lines (bus, tram, metro, train): choose the field that holds it (OSM route/railway, GTFS route_type) among {fields}.</source>
        <translation type="vanished">Impossible de déterminer le type des lignes du réseau (bus, tramway, métro, train) : choisissez le champ qui le contient (route/railway d&apos;OSM, route_type de GTFS) parmi {fields}.</translation>
    </message>
    <message>
        <source>Check that the latitude and longitude columns are not swapped or projected, and fix or delete that row.</source>
        <translation type="vanished">Vérifiez que les colonnes latitude et longitude ne sont pas inversées ni en coordonnées projetées, puis corrigez ou supprimez cette ligne.</translation>
    </message>
    <message>
        <source>Compare a user only with at least this many other users</source>
        <translation type="vanished">Ne comparer un utilisateur qu&apos;avec au moins ce nombre d&apos;autres utilisateurs</translation>
    </message>
    <message>
        <source>Counts trips by main mode and computes the modal shares by number of trips, by distance and by travel time, for each zone and for the whole study.

Main mode: a trip gets the highest mode of its legs in this hierarchy, in the spirit of the French EMC² survey standard: plane &gt; train &gt; metro &gt; tram &gt; bus &gt; car &gt; motorcycle &gt; e-scooter &gt; e-bike &gt; bike &gt; unknown &gt; walk. A trip is a walking trip only when all its legs are walking. The whole trip distance and duration go to its main mode.

Inputs: the trips layer (origin = first vertex) and the legs layer with a mode field (mode inference output), optionally a polygon zone layer (communes, IRIS, a grid; any CRS, reprojected) and a period. Zoning: by origin zone of the trip, or by home zone of the user (home = where the user&apos;s first trip of the day most often starts).

Privacy: a zone with fewer trips or fewer distinct users than the thresholds is masked: its values are left empty. Optionally mode cells with too few users are masked too.

Outputs: the zone layer (fields n_&lt;mode&gt;, sh_&lt;mode&gt; = % of trips, km_&lt;mode&gt;, shkm_&lt;mode&gt; = % of distance, h_&lt;mode&gt;, shh_&lt;mode&gt; = % of time) styled with pie charts, a table with one row per zone and mode (zone ALL = whole study) and a PNG chart.</source>
        <translation type="vanished">Compte les déplacements par mode principal et calcule les parts modales en nombre de déplacements, en distance et en temps de déplacement, pour chaque zone et pour l&apos;ensemble de l&apos;enquête.

Mode principal : un déplacement prend le mode le plus élevé de ses trajets dans cette hiérarchie, dans l&apos;esprit du standard Cerema des enquêtes EMC² : avion &gt; train &gt; métro &gt; tramway &gt; bus &gt; voiture &gt; deux-roues motorisé &gt; trottinette électrique &gt; vélo à assistance électrique &gt; vélo &gt; inconnu &gt; marche. Un déplacement n&apos;est compté à pied que si tous ses trajets sont à pied. Toute la distance et toute la durée du déplacement vont à son mode principal.

Entrées : la couche des déplacements (origine = premier sommet) et la couche des trajets avec un champ mode (sortie de l&apos;inférence des modes), et en option une couche de zones polygonales (communes, IRIS, carroyage ; tout SCR, reprojeté) et une période. Zonage : par zone d&apos;origine du déplacement, ou par zone de domicile de l&apos;utilisateur (domicile = lieu d&apos;où part le plus souvent son premier déplacement de la journée).

Confidentialité : une zone comptant moins de déplacements ou moins d&apos;utilisateurs distincts que les seuils est masquée : ses valeurs restent vides. En option, les cases de mode avec trop peu d&apos;utilisateurs sont aussi masquées.

Sorties : la couche des zones (champs n_&lt;mode&gt;, sh_&lt;mode&gt; = % des déplacements, km_&lt;mode&gt;, shkm_&lt;mode&gt; = % de la distance, h_&lt;mode&gt;, shh_&lt;mode&gt; = % du temps) représentée en diagrammes circulaires, une table avec une ligne par zone et par mode (zone ALL = ensemble de l&apos;enquête) et un graphique PNG.</translation>
    </message>
    <message>
        <source>Counts trips by main mode and computes the modal shares by number of trips, by distance and by travel time, for each zone and for the whole study.

Main mode: a trip gets the highest mode of its legs in this hierarchy, in the spirit of the French EMC² survey standard: plane &gt; train &gt; metro &gt; tram &gt; bus &gt; car &gt; motorcycle &gt; e-scooter &gt; e-bike &gt; bike &gt; unknown &gt; walk. A trip is a walking trip only when all its legs are walking. The whole trip distance and duration go to its main mode.

Inputs: the trips layer (origin = first vertex) and the legs layer with a mode field (mode inference output), optionally a polygon zone layer (communes, IRIS, a grid; any CRS, reprojected) and a period. Zoning: by origin zone of the trip, or by home zone of the user (home = where the user&apos;s first trip of the day most often starts).

Privacy: a zone with fewer trips or fewer distinct users than the thresholds is masked: its values are left empty. Optionally mode cells with too few users are masked too. The default is 10 distinct users; a lower threshold is logged as a warning.

Outputs: the zone layer (fields n_&lt;mode&gt;, sh_&lt;mode&gt; = % of trips, km_&lt;mode&gt;, shkm_&lt;mode&gt; = % of distance, h_&lt;mode&gt;, shh_&lt;mode&gt; = % of time) styled with pie charts, a table with one row per zone and mode (zone ALL = whole study) and a PNG chart.</source>
        <translation type="vanished">Compte les déplacements par mode principal et calcule les parts modales en nombre de déplacements, en distance et en temps de déplacement, pour chaque zone et pour l&apos;ensemble de l&apos;enquête.

Mode principal : un déplacement prend le mode le plus élevé de ses trajets dans cette hiérarchie, dans l&apos;esprit du standard Cerema des enquêtes EMC² : avion &gt; train &gt; métro &gt; tramway &gt; bus &gt; voiture &gt; deux-roues motorisé &gt; trottinette électrique &gt; vélo à assistance électrique &gt; vélo &gt; inconnu &gt; marche. Un déplacement n&apos;est compté à pied que si tous ses trajets sont à pied. Toute la distance et toute la durée du déplacement vont à son mode principal.

Entrées : la couche des déplacements (origine = premier sommet) et la couche des trajets avec un champ mode (sortie de l&apos;inférence des modes), et en option une couche de zones polygonales (communes, IRIS, carroyage ; tout SCR, reprojeté) et une période. Zonage : par zone d&apos;origine du déplacement, ou par zone de domicile de l&apos;utilisateur (domicile = lieu d&apos;où part le plus souvent son premier déplacement de la journée).

Confidentialité : une zone comptant moins de déplacements ou moins d&apos;utilisateurs distincts que les seuils est masquée : ses valeurs restent vides. En option, les cases de mode avec trop peu d&apos;utilisateurs sont aussi masquées. Le seuil par défaut est de 10 utilisateurs distincts ; un seuil plus bas est signalé par un avertissement dans le journal.

Sorties : la couche des zones (champs n_&lt;mode&gt;, sh_&lt;mode&gt; = % des déplacements, km_&lt;mode&gt;, shkm_&lt;mode&gt; = % de la distance, h_&lt;mode&gt;, shh_&lt;mode&gt; = % du temps) représentée en diagrammes circulaires, une table avec une ligne par zone et par mode (zone ALL = ensemble de l&apos;enquête) et un graphique PNG.</translation>
    </message>
    <message>
        <source>Counts, for every participant and one calendar year, the days with a home–work commute by bike, e-bike, e-scooter or carpool (as driver or passenger, from labels such as shared_ride), and applies the rules of the forfait mobilités durables (FMD). Default rules: the French public sector (décret n° 2020-543 as amended by décret n° 2022-1562): at least 30 days, then 100 € for 30 days, 200 € for 60 days, 300 € for 100 days, thresholds prorated to the working-time share and the months present. A private employer can give its own rule file (same CSV format, see resources/fmd/README.md).

Only detected home–work commutes count, so a weekend or leisure ride never does; a day counts once; a commute counts when its eligible modes cover at least half of its distance (walking aside) and its mode is the eligible mode with the longest distance.

Inputs: the trips with is_home_work (from Infer trip purposes) and the legs with modes (from Infer transport modes); or trips without purposes plus the stays, and home and work are detected here. Optional participants table: user_id, name (or pseudonym, default the user id), working_time_share (0–1 or %), months_present (0–12).

Outputs: a table with one row per participant (days by mode, total, prorated threshold, amount, eligible, status) and a folder with one PDF attestation per participant (fmd_&lt;year&gt;_&lt;user&gt;.pdf). The attestations show no map, place, address or coordinate.</source>
        <translation type="vanished">Compte, pour chaque participant et pour une année civile, les jours comportant un déplacement domicile–travail à vélo, à vélo à assistance électrique, en trottinette électrique ou en covoiturage (comme conducteur ou passager, d&apos;après des libellés tels que shared_ride), et applique les règles du forfait mobilités durables (FMD). Règles par défaut : celles de la fonction publique (décret n° 2020-543 modifié par le décret n° 2022-1562) : au moins 30 jours, puis 100 € pour 30 jours, 200 € pour 60 jours, 300 € pour 100 jours, seuils proratisés selon la quotité de temps de travail et les mois de présence. Un employeur privé peut fournir son propre fichier de règles (même format CSV, voir resources/fmd/README.md).

Seuls les déplacements domicile–travail détectés comptent : une sortie du week-end ou de loisirs ne compte donc jamais ; un jour ne compte qu&apos;une fois ; un déplacement compte quand ses modes éligibles couvrent au moins la moitié de sa distance (marche non comptée), et il est attribué au mode éligible sur la plus longue distance.

Entrées : les déplacements avec is_home_work (issus de « Déduire les motifs des déplacements ») et les trajets avec leurs modes (issus de « Déduire les modes de transport ») ; ou bien des déplacements sans motifs et les arrêts, le domicile et le lieu de travail étant alors détectés ici. Table facultative des participants : user_id, name (nom ou pseudonyme ; par défaut l&apos;identifiant de l&apos;utilisateur), working_time_share (0–1 ou %), months_present (0–12).

Sorties : une table avec une ligne par participant (jours par mode, total, seuil proratisé, montant, éligibilité, statut) et un dossier avec une attestation PDF par participant (fmd_&lt;year&gt;_&lt;user&gt;.pdf). Les attestations ne montrent ni carte, ni lieu, ni adresse, ni coordonnées.</translation>
    </message>
    <message>
        <source>Cuts the trace points of each user into stays (places where the person stayed), trips between two stays, and legs (parts of a trip with a single transport mode).

Input: any point layer with a user field and a time field (both detected when left empty: user_id, user, uid… and time, timestamp, datetime…). Times may be date-time fields, ISO text or epoch seconds. An optional motion-activity table (from Import travel traces) helps to split legs.

Outputs: stays (points, with duration and whether it is an activity), trips and legs (lines whose M value is the UTC epoch second of each vertex, with duration, distance and speeds), and optionally the untracked gaps and the cleaned points with their stay, trip and leg ids.

The thresholds (advanced parameters) are in metres and seconds.</source>
        <translation type="vanished">Découpe les points de trace de chaque utilisateur en arrêts (lieux où la personne est restée), en déplacements entre deux arrêts et en trajets (parties d&apos;un déplacement faites avec un seul mode de transport).

Entrée : toute couche de points avec un champ utilisateur et un champ horaire (tous deux détectés s&apos;ils sont laissés vides : user_id, user, uid… et time, timestamp, datetime…). Les heures peuvent être des champs date-heure, du texte ISO ou des secondes epoch. Une table facultative d&apos;activité de mouvement (issue de « Importer des traces de déplacement ») aide à découper les trajets.

Sorties : arrêts (points, avec la durée et s&apos;il s&apos;agit d&apos;une activité), déplacements et trajets (lignes dont la valeur M est la seconde epoch UTC de chaque sommet, avec durée, distance et vitesses), et en option les interruptions de suivi et les points nettoyés avec leurs identifiants d&apos;arrêt, de déplacement et de trajet.

Les seuils (paramètres avancés) sont en mètres et en secondes.</translation>
    </message>
    <message>
        <source>Cuts the trace points of each user into stays (places where the person stayed), trips between two stays, and legs (parts of a trip with a single transport mode).

Input: any point layer with a user field and a time field (both detected when left empty: user_id, user, uid… and time, timestamp, datetime…). Times may be date-time fields, ISO text or epoch seconds. Points imported from e-mission / OpenPATH carry the phone&apos;s motion activity and tracking streams (location filter, write time, state transitions): they are used with nothing else to wire. An optional motion-activity table may be given instead.

Method &apos;dwell&apos; (default) is e-mission&apos;s pipeline, rule by rule: trip ends after 5 minutes within 100 m (Android and other files) or a 10 minute pause (iOS), untracked time, legs from the phone&apos;s motion activity with their sensed mode (walking, cycling, in_vehicle…), jump smoothing, trips extended back to the departure. Without motion activity, legs come from the speeds.

Outputs: stays (points, with duration and whether it is an activity), trips and legs (lines whose M value is the UTC epoch second of each vertex, with duration, distance, speeds and sensed mode), and optionally the untracked gaps and the cleaned points with their stay, trip and leg ids.

The thresholds (advanced parameters) are in metres and seconds.</source>
        <translation type="vanished">Découpe les points de trace de chaque utilisateur en arrêts (lieux où la personne est restée), en déplacements entre deux arrêts, et en trajets (parties d&apos;un déplacement avec un seul mode de transport).

Entrée : toute couche de points avec un champ utilisateur et un champ temps (tous deux détectés s&apos;ils sont laissés vides : user_id, user, uid… et time, timestamp, datetime…). Les temps peuvent être des champs date-heure, du texte ISO ou des secondes epoch. Les points importés d&apos;e-mission / OpenPATH portent l&apos;activité de mouvement et les flux de suivi du téléphone (filtre de localisation, heure d&apos;écriture, transitions d&apos;état) : ils sont utilisés sans rien d&apos;autre à brancher. Une table d&apos;activité de mouvement peut être fournie à la place.

La méthode « dwell » (par défaut) est la chaîne de traitement d&apos;e-mission, règle par règle : fins de déplacement après 5 minutes dans un rayon de 100 m (Android et autres fichiers) ou une pause de 10 minutes (iOS), temps non suivi, trajets issus de l&apos;activité de mouvement du téléphone avec leur mode détecté (walking, cycling, in_vehicle…), lissage des sauts, déplacements prolongés en arrière jusqu&apos;au départ. Sans activité de mouvement, les trajets sont déduits des vitesses.

Sorties : arrêts (points, avec leur durée et s&apos;il s&apos;agit d&apos;une activité), déplacements et trajets (lignes dont la valeur M est la seconde epoch UTC de chaque sommet, avec durée, distance, vitesses et mode détecté), et en option les interruptions non suivies et les points nettoyés avec leurs identifiants d&apos;arrêt, de déplacement et de trajet.

Les seuils (paramètres avancés) sont en mètres et en secondes.</translation>
    </message>
    <message>
        <source>Cuts the trace points of each user into stays (places where the person stayed), trips between two stays, and legs (parts of a trip with a single transport mode).

Input: any point layer with a user field and a time field (both detected when left empty: user_id, user, uid… and time, timestamp, datetime…). Times may be date-time fields, ISO text or epoch seconds. Points imported from e-mission / OpenPATH carry the phone&apos;s motion activity and tracking streams (location filter, write time, state transitions): they are used with nothing else to wire. An optional motion-activity table may be given instead.

Method &apos;dwell&apos; (default) is e-mission&apos;s pipeline, rule by rule: trip ends after 5 minutes within 100 m (Android and other files) or a 10 minute pause (iOS), untracked time, legs from the phone&apos;s motion activity with their sensed mode (walking, cycling, in_vehicle…), jump smoothing, trips extended back to the departure. Without motion activity, legs come from the speeds.

Points from other sources (GPX, CSV, GeoJSON, loggers) have no such tracking streams: their trips start at the departure and end at the arrival (the first and last fixes more than 50 m from the places, or where the phone&apos;s own speed readings stop), not minutes later in the still window that ends a trip. e-mission&apos;s own data keeps e-mission&apos;s trip ends, which its users and its ground truth follow.

Outputs: stays (points, with duration and whether it is an activity), trips and legs (lines whose M value is the UTC epoch second of each vertex, with duration, distance, speeds and sensed mode), and optionally the untracked gaps and the cleaned points with their stay, trip and leg ids.

The thresholds (advanced parameters) are in metres and seconds.</source>
        <translation type="vanished">Découpe les points de trace de chaque utilisateur en arrêts (lieux où la personne est restée), en déplacements entre deux arrêts, et en trajets (parties d&apos;un déplacement avec un seul mode de transport).

Entrée : toute couche de points avec un champ utilisateur et un champ temps (tous deux détectés s&apos;ils sont laissés vides : user_id, user, uid… et time, timestamp, datetime…). Les temps peuvent être des champs date-heure, du texte ISO ou des secondes epoch. Les points importés d&apos;e-mission / OpenPATH portent l&apos;activité de mouvement et les flux de suivi du téléphone (filtre de localisation, heure d&apos;écriture, transitions d&apos;état) : ils sont utilisés sans rien d&apos;autre à brancher. Une table d&apos;activité de mouvement peut être fournie à la place.

La méthode « dwell » (par défaut) est la chaîne de traitement d&apos;e-mission, règle par règle : fins de déplacement après 5 minutes dans un rayon de 100 m (Android et autres fichiers) ou une pause de 10 minutes (iOS), temps non suivi, trajets issus de l&apos;activité de mouvement du téléphone avec leur mode détecté (walking, cycling, in_vehicle…), lissage des sauts, déplacements prolongés en arrière jusqu&apos;au départ. Sans activité de mouvement, les trajets sont déduits des vitesses.

Les points d&apos;autres sources (GPX, CSV, GeoJSON, enregistreurs) n&apos;ont pas ces flux de suivi : leurs déplacements commencent au départ et se terminent à l&apos;arrivée (les premiers et derniers points à plus de 50 m des lieux, ou là où les mesures de vitesse du téléphone s&apos;arrêtent), et non plusieurs minutes plus tard dans la fenêtre immobile qui termine un déplacement. Les données d&apos;e-mission gardent les fins de déplacement d&apos;e-mission, que ses utilisateurs et sa vérité terrain suivent.

Sorties : arrêts (points, avec leur durée et s&apos;il s&apos;agit d&apos;une activité), déplacements et trajets (lignes dont la valeur M est la seconde epoch UTC de chaque sommet, avec durée, distance, vitesses et mode détecté), et en option les interruptions non suivies et les points nettoyés avec leurs identifiants d&apos;arrêt, de déplacement et de trajet.

Les seuils (paramètres avancés) sont en mètres et en secondes.</translation>
    </message>
    <message>
        <source>Dwell method, fixes that are not from e-mission&apos;s phone app: a trip ends at the arrival, the fix after the last ones farther than this (and than their accuracy times ``dwell.ACCURACY_FACTOR``) from the place it reaches, plus the time to reach it, not in the middle of the still window that ended it, minutes later (0: off, e-mission&apos;s rule, which e-mission&apos;s own data always keeps; see ``dwell.trim_arrivals``).</source>
        <translation type="vanished">Méthode dwell, points qui ne viennent pas de l&apos;application e-mission : un déplacement se termine à l&apos;arrivée, au point qui suit les derniers points plus éloignés que cette distance (et que leur précision multipliée par ``dwell.ACCURACY_FACTOR``) du lieu atteint, plus le temps pour l&apos;atteindre, et non au milieu de la fenêtre immobile qui l&apos;a terminé, plusieurs minutes plus tard (0 : désactivé, la règle d&apos;e-mission, que les données de l&apos;application e-mission gardent toujours ; voir ``dwell.trim_arrivals``).</translation>
    </message>
    <message>
        <source>Dwell method, fixes that are not from e-mission&apos;s phone app: a trip starts at the departure, its first fixes farther than this (and than their accuracy times ``dwell.ACCURACY_FACTOR``) from its first fix, taken back to the place it leaves, not at the still fixes a phone records at the place before leaving (0: off; see ``dwell.trim_departures``).</source>
        <translation type="vanished">Méthode dwell, points qui ne viennent pas de l&apos;application e-mission : un déplacement commence au départ, à ses premiers points plus éloignés que cette distance (et que leur précision multipliée par ``dwell.ACCURACY_FACTOR``) de son premier point, ramené au lieu qu&apos;il quitte, et non aux points immobiles qu&apos;un téléphone enregistre sur place avant de partir (0 : désactivé ; voir ``dwell.trim_departures``).</translation>
    </message>
    <message>
        <source>Dwell method, fixes that are not from e-mission&apos;s phone app: a trip starts at the departure, its first fixes farther than this (and than their accuracy times ``dwell.ACCURACY_FACTOR``) from the place it leaves, taken back to that place, not at the still fixes a phone records there before leaving (0: off; see ``dwell.trim_departures``).</source>
        <translation type="vanished">Méthode dwell, points qui ne viennent pas de l&apos;application e-mission : un déplacement commence au départ, à ses premiers points plus éloignés que cette distance (et que leur précision multipliée par ``dwell.ACCURACY_FACTOR``) du lieu qu&apos;il quitte, ramené à ce lieu, et non aux points immobiles qu&apos;un téléphone y enregistre avant de partir (0 : désactivé ; voir ``dwell.trim_departures``).</translation>
    </message>
    <message>
        <source>Dwell method, fixes that are not from e-mission&apos;s phone app: when above 0, a trip ends at the first of its last fixes that all lie within this distance of its end (the arrival), not in the middle of the still window that ended it, minutes later for a logger that records every second (0: off, the default, e-mission&apos;s rule).</source>
        <translation type="vanished">Méthode dwell, points qui ne viennent pas de l&apos;application e-mission : au-dessus de 0, un trajet se termine au premier de ses derniers points qui restent tous à moins de cette distance de sa fin (l&apos;arrivée), et non au milieu de la fenêtre immobile qui l&apos;a terminé, quelques minutes plus tard pour un enregistreur qui note chaque seconde (0 : non, par défaut, la règle d&apos;e-mission).</translation>
    </message>
    <message>
        <source>Dwell method: after a trip end, the next trip starts at the first fix that moves a radius (from the previous fix, or from a fix since the end), or comes this long after the previous.</source>
        <translation type="vanished">Méthode dwell : après une fin de déplacement, le déplacement suivant commence au premier point GPS qui s&apos;éloigne d&apos;un rayon (du point précédent, ou d&apos;un point enregistré depuis la fin), ou qui arrive ce délai après le précédent.</translation>
    </message>
    <message>
        <source>Dwell method: where a trip ends when a long gap without movement ends it. ``&quot;emission&quot;``: the middle of the last ``dwell_min_points`` fixes before the gap (e-mission, right for phones that record every n seconds and keep recording a while at the place); ``&quot;arrival&quot;``: the first fix within the radius of the last fix before the gap; ``&quot;latest&quot;``: the later of the two (right for both kinds of phones).</source>
        <translation type="vanished">Méthode dwell : où se termine un déplacement qu&apos;une longue interruption sans mouvement termine. ``&quot;emission&quot;`` : au milieu des ``dwell_min_points`` derniers points GPS avant l&apos;interruption (e-mission ; adapté aux téléphones qui enregistrent toutes les n secondes et continuent un moment sur place) ; ``&quot;arrival&quot;`` : au premier point situé dans le rayon du dernier point avant l&apos;interruption ; ``&quot;latest&quot;`` : au plus tardif des deux (adapté aux deux types de téléphones).</translation>
    </message>
    <message>
        <source>Fetches a study&apos;s data from an OpenPATH / e-mission server, with the REST API e-mission&apos;s own clients use, and writes the same point layer as &apos;Import travel traces&apos;.

Participants&apos; tokens: from QGIS authentication configurations (one Basic configuration per participant: user name = participant label, password = token; give their ids, or a name prefix such as &apos;Tracemob openpath.example.org:&apos;; the Tracemob server dialog creates them), and/or from a token file (one &apos;label,token&apos; per line). Tokens are never saved in the project, the model or the logs: messages name the participant&apos;s label.

Dates are UTC; an end given as a date includes that whole day; no end means now.
Points: background/filtered_location (the fixes e-mission&apos;s pipeline uses) or background/location (raw). Optional outputs: the phone&apos;s motion activity, and the server&apos;s user-confirmed trips (analysis/confirmed_trip) as origin-destination lines with the labels mode_confirm, purpose_confirm and replaced_mode.

Transfer: requests go by time windows (split again when the server&apos;s entry limit is reached), with timeouts and retries; a refused token (HTTP 401/403) stops with the participant&apos;s label. Everything fetched is kept in the cache folder, so a re-run, or a run after a failure or a cancel, asks only for what is missing. The cache holds personal data: delete it after the study.</source>
        <translation type="vanished">Récupère les données d&apos;une enquête sur un serveur OpenPATH / e-mission, avec l&apos;API REST qu&apos;utilisent les clients d&apos;e-mission, et écrit la même couche de points que « Importer des traces de déplacement ».

Jetons des participants : depuis les configurations d&apos;authentification de QGIS (une configuration Basic par participant : nom d&apos;utilisateur = libellé du participant, mot de passe = jeton ; indiquez leurs identifiants, ou un préfixe de nom tel que « Tracemob openpath.example.org: » ; la boîte de dialogue serveur de Tracemob les crée), et/ou depuis un fichier de jetons (une ligne « libellé,jeton » par participant). Les jetons ne sont jamais enregistrés dans le projet, le modèle ou les journaux : les messages nomment le libellé du participant.

Les dates sont en UTC ; une fin donnée sous forme de date inclut toute la journée ; sans fin, jusqu&apos;à maintenant.
Points : background/filtered_location (les points GPS qu&apos;utilise la chaîne de traitement d&apos;e-mission) ou background/location (bruts). Sorties facultatives : l&apos;activité de mouvement du téléphone, et les déplacements confirmés par l&apos;utilisateur sur le serveur (analysis/confirmed_trip) sous forme de lignes origine-destination avec les libellés mode_confirm, purpose_confirm et replaced_mode.

Transfert : les requêtes se font par fenêtres temporelles (redécoupées quand la limite d&apos;entrées du serveur est atteinte), avec délais d&apos;attente et nouvelles tentatives ; un jeton refusé (HTTP 401/403) arrête le traitement en nommant le libellé du participant. Tout ce qui est récupéré est conservé dans le dossier de cache : une relance, y compris après un échec ou une annulation, ne demande que ce qui manque. Le cache contient des données personnelles : supprimez-le après l&apos;enquête.</translation>
    </message>
    <message>
        <source>Field of the lines giving bus / tram / metro / train (empty: detect route, railway, route_type...)</source>
        <translation type="vanished">Champ des lignes indiquant bus / tramway / métro / train (vide : détection de route, railway, route_type…)</translation>
    </message>
    <message>
        <source>Fixes whose reported accuracy is worse (larger) than this are dropped (NaN is kept).</source>
        <translation type="vanished">Les points GPS dont la précision annoncée est moins bonne (plus grande) que cette valeur sont écartés (NaN est conservé).</translation>
    </message>
    <message>
        <source>Generates synthetic citizens who live, work, study, shop and go out on a road network, and the traces their smartphones would record, with the truth written beside them. Use it to test and demonstrate the other algorithms (segmentation, modes, segment travel times, before/after, purposes, privacy) on data whose answer is known.

Network: any road line layer with OSM-like fields (highway, oneway, maxspeed); without one, the embedded sample network of central Helsinki (© OpenStreetMap contributors, ODbL 1.0) is used.

Citizens have a home, a work or study place and regular shops and leisure places. On weekdays they commute (some escort a child to school first, some have lunch out, shop or run errands on the way back, go out in the evening); at weekends they make fewer trips. The mode of each home-based tour (walk, bike, e-bike, e-scooter, car, carpool) depends on the distance and on what the person owns. Routes are the fastest paths on the network for the mode (one-way streets respected by cars and bikes); car speeds come from the speed limit or the road class, slowed in the 07-09 and 16-19 bands on main roads, with random variation per trip and per segment.

Phones: Android-like phones record every 1-5 s (with jitter), iOS-like phones after each 10-50 m moved (at most 30 s apart); recording starts some way after the departure; GPS noise of 5-15 m (more in narrow streets and indoors), a few outliers thrown 50-300 m away, some lost minutes, and sparse fixes during stays, overnight too.

Circulation plan (optional): from the plan date, the listed streets are closed to motor traffic (people on foot and on bikes still pass), turned one-way, or get a speed factor; trips after that date are routed on the changed network. Give segment ids (segment_id of the &apos;Network segments&apos; output; run once without a plan to see them), source ids of the network layer (e.g. osm_id) or street names, comma-separated.

Outputs: the phone points (the input of Segment trips); the true trips and legs (lines whose M value is the time, with mode and purpose); the true segment traversals (entry and exit times at the segment ends, the same columns as the map matching, plus mode and period before/after); the places; the participants&apos; labels (a share of trips confirmed with e-mission&apos;s mode_confirm and purpose_confirm values); the network segments used (segment_id, with the plan&apos;s changes); and optionally the true median travel time of every segment, direction, mode class, band and period.

Everything follows from the seed: the same parameters give the same data.</source>
        <translation type="vanished">Génère des habitants synthétiques qui habitent, travaillent, étudient, font leurs achats et sortent sur un réseau routier, et les traces qu&apos;enregistreraient leurs smartphones, avec la vérité écrite à côté. Servez-vous-en pour tester et présenter les autres algorithmes (découpage, modes, temps de parcours par tronçon, avant / après, motifs, confidentialité) sur des données dont la réponse est connue.

Réseau : toute couche de lignes de voirie avec des champs de type OSM (highway, oneway, maxspeed) ; à défaut, le réseau d&apos;exemple intégré du centre d&apos;Helsinki (© contributeurs d&apos;OpenStreetMap, ODbL 1.0) est utilisé.

Les habitants ont un domicile, un lieu de travail ou d&apos;études, et des commerces et lieux de loisirs habituels. En semaine, ils vont au travail (certains accompagnent d&apos;abord un enfant à l&apos;école, certains déjeunent dehors, font des achats ou des démarches au retour, sortent le soir) ; le week-end, ils se déplacent moins. Le mode de chaque boucle au départ du domicile (marche, vélo, vélo à assistance électrique, trottinette électrique, voiture, covoiturage) dépend de la distance et de l&apos;équipement de la personne. Les itinéraires sont les plus rapides sur le réseau pour le mode (sens uniques respectés par les voitures et les vélos) ; les vitesses des voitures viennent de la vitesse maximale autorisée ou de la classe de la route, ralenties dans les tranches 07-09 et 16-19 sur les axes principaux, avec une variation aléatoire par déplacement et par tronçon.

Téléphones : les téléphones de type Android enregistrent toutes les 1 à 5 s (avec une gigue), ceux de type iOS après chaque déplacement de 10 à 50 m (au plus 30 s d&apos;écart) ; l&apos;enregistrement commence un peu après le départ ; bruit GPS de 5 à 15 m (davantage dans les rues étroites et à l&apos;intérieur), quelques points aberrants projetés à 50-300 m, quelques minutes perdues, et des points GPS épars pendant les arrêts, la nuit aussi.

Plan de circulation (facultatif) : à partir de la date du plan, les rues listées sont fermées à la circulation motorisée (piétons et cyclistes passent toujours), mises à sens unique, ou reçoivent un facteur de vitesse ; les déplacements postérieurs à cette date sont calculés sur le réseau modifié. Indiquez des identifiants de tronçons (segment_id de la sortie « Tronçons du réseau » ; lancez une fois sans plan pour les voir), des identifiants source de la couche du réseau (p. ex. osm_id) ou des noms de rues, séparés par des virgules.

Sorties : les points des téléphones (l&apos;entrée de « Découper en déplacements ») ; les déplacements et trajets réels (lignes dont la valeur M est l&apos;heure, avec mode et motif) ; les passages réels sur les tronçons (heures d&apos;entrée et de sortie aux extrémités des tronçons, mêmes colonnes que le recalage sur le réseau, plus le mode et la période avant/après) ; les lieux ; les libellés des participants (une part des déplacements confirmés avec les valeurs mode_confirm et purpose_confirm d&apos;e-mission) ; les tronçons du réseau utilisés (segment_id, avec les modifications du plan) ; et en option le temps de parcours médian réel de chaque tronçon, sens, classe de mode, tranche horaire et période.

Tout découle de la graine : les mêmes paramètres donnent les mêmes données.</translation>
    </message>
    <message>
        <source>Generates synthetic citizens who live, work, study, shop and go out on a road network, and the traces their smartphones would record, with the truth written beside them. Use it to test and demonstrate the other algorithms (segmentation, modes, segment travel times, before/after, purposes, privacy) on data whose answer is known.

Network: any road line layer with OSM-like fields (highway, oneway, maxspeed); without one, the embedded sample network of central Helsinki (© OpenStreetMap contributors, ODbL 1.0) is used.

Citizens have a home, a work or study place and regular shops and leisure places. On weekdays they commute (some escort a child to school first, some have lunch out, shop or run errands on the way back, go out in the evening); at weekends they make fewer trips. The mode of each home-based tour (walk, bike, e-bike, e-scooter, car, carpool) depends on the distance and on what the person owns. Routes are the fastest paths on the network for the mode (one-way streets respected by cars and bikes); car speeds come from the speed limit or the road class, slowed in the 07-09 and 16-19 bands on main roads, with random variation per trip and per segment.

Phones: Android-like phones record every 1-5 s (with jitter), iOS-like phones after each 10-50 m moved (at most 30 s apart); recording starts some way after the departure; GPS noise of 5-15 m (more in narrow streets and indoors), a few outliers thrown 50-300 m away, some lost minutes, and sparse fixes during stays, overnight too.

Circulation plan (optional): from the plan date, the listed streets are closed to motor traffic (people on foot and on bikes still pass), turned one-way, or get a speed factor; trips after that date are routed on the changed network. Give segment ids (segment_id of the &apos;Network segments&apos; output; run once without a plan to see them), source ids of the network layer (e.g. osm_id) or street names, comma-separated.

Outputs: the phone points (the input of Segment trips); the true trips and legs (lines whose M value is the time, with mode and purpose); the true segment traversals (entry and exit times at the segment ends, the same columns as the map matching, plus mode and period before/after); the places; the participants&apos; labels (a share of trips confirmed with e-mission&apos;s mode_confirm and purpose_confirm values); the network segments used (segment_id, with the plan&apos;s changes); and optionally the true median travel time of every segment, direction, mode class, band and period.

Panel (optional): the citizens are then the population and only a share of them carry the app (the panel): every citizen gets an age band, a sex and a home zone (centre, inner, outer; bike owners are younger, car owners older), and the panel is drawn at random, either with equal odds or over-representing young people living in the centre, as volunteer panels do. Only the panel&apos;s phones, trips, legs, traversals and labels are written; the messages give the true modal share of the population and of the panel, and the population margins output lets &apos;Weight the panel to the population&apos; correct the bias right away.

Everything follows from the seed: the same parameters give the same data.</source>
        <translation type="vanished">Génère des habitants synthétiques qui habitent, travaillent, étudient, font leurs achats et sortent sur un réseau routier, et les traces qu&apos;enregistreraient leurs smartphones, avec la vérité écrite à côté. Servez-vous-en pour tester et présenter les autres algorithmes (découpage, modes, temps de parcours par tronçon, avant / après, motifs, confidentialité) sur des données dont la réponse est connue.

Réseau : toute couche de lignes de voirie avec des champs de type OSM (highway, oneway, maxspeed) ; à défaut, le réseau d&apos;exemple intégré du centre d&apos;Helsinki (© contributeurs d&apos;OpenStreetMap, ODbL 1.0) est utilisé.

Les habitants ont un domicile, un lieu de travail ou d&apos;études, et des commerces et lieux de loisirs habituels. En semaine, ils vont au travail (certains accompagnent d&apos;abord un enfant à l&apos;école, certains déjeunent dehors, font des achats ou des démarches au retour, sortent le soir) ; le week-end, ils se déplacent moins. Le mode de chaque boucle au départ du domicile (marche, vélo, vélo à assistance électrique, trottinette électrique, voiture, covoiturage) dépend de la distance et de l&apos;équipement de la personne. Les itinéraires sont les plus rapides sur le réseau pour le mode (sens uniques respectés par les voitures et les vélos) ; les vitesses des voitures viennent de la vitesse maximale autorisée ou de la classe de la route, ralenties dans les tranches 07-09 et 16-19 sur les axes principaux, avec une variation aléatoire par déplacement et par tronçon.

Téléphones : les téléphones de type Android enregistrent toutes les 1 à 5 s (avec une gigue), ceux de type iOS après chaque déplacement de 10 à 50 m (au plus 30 s d&apos;écart) ; l&apos;enregistrement commence un peu après le départ ; bruit GPS de 5 à 15 m (davantage dans les rues étroites et à l&apos;intérieur), quelques points aberrants projetés à 50-300 m, quelques minutes perdues, et des points GPS épars pendant les arrêts, la nuit aussi.

Plan de circulation (facultatif) : à partir de la date du plan, les rues listées sont fermées à la circulation motorisée (piétons et cyclistes passent toujours), mises à sens unique, ou reçoivent un facteur de vitesse ; les déplacements postérieurs à cette date sont calculés sur le réseau modifié. Indiquez des identifiants de tronçons (segment_id de la sortie « Tronçons du réseau » ; lancez une fois sans plan pour les voir), des identifiants source de la couche du réseau (p. ex. osm_id) ou des noms de rues, séparés par des virgules.

Sorties : les points des téléphones (l&apos;entrée de « Découper en déplacements ») ; les déplacements et trajets réels (lignes dont la valeur M est l&apos;heure, avec mode et motif) ; les passages réels sur les tronçons (heures d&apos;entrée et de sortie aux extrémités des tronçons, mêmes colonnes que le recalage sur le réseau, plus le mode et la période avant/après) ; les lieux ; les libellés des participants (une part des déplacements confirmés avec les valeurs mode_confirm et purpose_confirm d&apos;e-mission) ; les tronçons du réseau utilisés (segment_id, avec les modifications du plan) ; et en option le temps de parcours médian réel de chaque tronçon, sens, classe de mode, tranche horaire et période.

Panel (facultatif) : les habitants sont alors la population et seule une part d&apos;entre eux porte l&apos;application (le panel) : chaque habitant reçoit une tranche d&apos;âge, un sexe et une zone de domicile (centre, inner, outer ; les possesseurs de vélo sont plus jeunes, ceux de voiture plus âgés), et le panel est tiré au hasard, soit à chances égales, soit en sur-représentant les jeunes du centre, comme le font les panels de volontaires. Seuls les téléphones, déplacements, trajets, passages et étiquettes du panel sont écrits ; les messages donnent la part modale vraie de la population et du panel, et la sortie des marges de la population permet à « Pondérer le panel sur la population » de corriger le biais aussitôt.

Tout découle de la graine : les mêmes paramètres donnent les mêmes données.</translation>
    </message>
    <message>
        <source>Give a date (2024-03-01) or a date-time (2024-03-01 08:00).</source>
        <translation type="vanished">Indiquez une date (2024-03-01) ou une date-heure (2024-03-01 08:00).</translation>
    </message>
    <message>
        <source>Gives each participant a weight so that the weighted panel matches the population: the same shares by age band, sex, home zone... as the census (raking, or iterative proportional fitting: the weights are adjusted to one variable after the other until every margin is reached).

Inputs: a participants table (user_id and one field per variable, e.g. age_band, sex, home_zone) and a margins table (a CSV file or a layer with the columns variable, category, population: one row per category, e.g. age_band, 18-29, 12000). The category names must be written as in the participants table.

Trimming: the weights are kept between two bounds relative to the mean weight (default 0.3 and 3), then raked again, so that a few participants never carry a large part of the results. Bounds too tight for the panel&apos;s bias leave some margins unreached: the messages say so.

A participant with an empty field, or a category absent from the margins, gets no weight; each one is listed in the messages with the reason.

Outputs: a table of user_id, weight (and the participant&apos;s fields), to give to &apos;Modal share by zone&apos; (Weights), and a diagnostics table: for every category, its target share, the share reached and the difference in points. The messages give the design effect (Kish) and the effective sample size: the number of unweighted participants giving the same precision.</source>
        <translation type="vanished">Donne à chaque participant un poids pour que le panel pondéré ressemble à la population : les mêmes parts par tranche d&apos;âge, sexe, zone de domicile… que le recensement (calage par raking, ou ajustement proportionnel itératif : les poids sont ajustés sur une variable après l&apos;autre jusqu&apos;à atteindre chaque marge).

Entrées : une table des participants (user_id et un champ par variable, p. ex. age_band, sex, home_zone) et une table des marges (un fichier CSV ou une couche avec les colonnes variable, category, population : une ligne par catégorie, p. ex. age_band, 18-29, 12000). Les noms de catégories doivent être écrits comme dans la table des participants.

Écrêtage : les poids sont maintenus entre deux bornes relatives au poids moyen (par défaut 0,3 et 3), puis calés à nouveau, pour que quelques participants ne portent jamais une grande part des résultats. Des bornes trop serrées pour le biais du panel laissent certaines marges non atteintes : les messages le signalent.

Un participant avec un champ vide, ou une catégorie absente des marges, ne reçoit pas de poids ; chacun est listé dans les messages avec la raison.

Sorties : une table user_id, weight (et les champs du participant), à donner à « Part modale par zone » (Poids), et une table de diagnostic : pour chaque catégorie, sa part cible, la part atteinte et l&apos;écart en points. Les messages donnent l&apos;effet de plan (Kish) et la taille d&apos;échantillon effective : le nombre de participants non pondérés qui donnerait la même précision.</translation>
    </message>
    <message>
        <source>How stays are found. ``&quot;dwell&quot;`` (default): e-mission&apos;s trip-end rule. A trip ends at a fix when the fixes of the last ``stay_min_duration_s`` (and the last ``dwell_min_points`` fixes) all lie within ``stay_radius_m`` of it, or at a long gap without movement; the trip end is put in the middle of that window as e-mission does, and the next trip starts at the first fix that moves again. ``&quot;window&quot;``: a fix is at a place when the fixes of a window of ``stay_min_duration_s`` after it (or before it, ``stay_window``) all lie within ``stay_radius_m`` of it; overlapping windows make one stay, which starts at the arrival. ``&quot;sliding&quot;``: trackintel&apos;s anchor chain, exactly (used by :meth:`trackintel`).</source>
        <translation type="vanished">Méthode de détection des arrêts. ``&quot;dwell&quot;`` (par défaut) : la règle de fin de déplacement d&apos;e-mission. Un déplacement se termine sur un point GPS quand les points des dernières ``stay_min_duration_s`` (et les ``dwell_min_points`` derniers points) sont tous à moins de ``stay_radius_m`` de lui, ou à une longue interruption sans mouvement ; la fin du déplacement est placée au milieu de cette fenêtre, comme le fait e-mission, et le déplacement suivant commence au premier point qui bouge de nouveau. ``&quot;window&quot;`` : un point GPS est sur un lieu quand les points d&apos;une fenêtre de ``stay_min_duration_s`` après lui (ou avant lui, ``stay_window``) sont tous à moins de ``stay_radius_m`` de lui ; des fenêtres qui se chevauchent forment un seul arrêt, qui commence à l&apos;arrivée. ``&quot;sliding&quot;`` : la chaîne d&apos;ancres de trackintel, à l&apos;identique (utilisée par :meth:`trackintel`).</translation>
    </message>
    <message>
        <source>IANA time zone (Europe/Paris...) of the times written without an offset in tables; times with an offset or epoch seconds are not affected. Default UTC.</source>
        <translation type="vanished">Fuseau horaire IANA (Europe/Paris...) des heures écrites sans décalage dans les tables ; les heures avec décalage et les secondes epoch ne sont pas concernées. Par défaut UTC.</translation>
    </message>
    <message>
        <source>Keep Monday to Friday only (local days) in both periods, so that working days are compared with working days.</source>
        <translation type="vanished">Ne garder que les jours du lundi au vendredi (jours locaux) dans les deux périodes, pour comparer des jours ouvrés avec des jours ouvrés.</translation>
    </message>
    <message>
        <source>Leave out the French public holidays (Easter Monday, Ascension, Whit Monday and the fixed ones) in both periods.</source>
        <translation type="vanished">Écarter les jours fériés français (lundi de Pâques, Ascension, lundi de Pentecôte et les fêtes à date fixe) dans les deux périodes.</translation>
    </message>
    <message>
        <source>Length of the time window of one request. Windows grow after empty answers and shrink when the server&apos;s entry limit is reached, so this mainly sets the first requests.</source>
        <translation type="vanished">Durée de la fenêtre de temps d&apos;une requête. Les fenêtres s&apos;allongent après des réponses vides et raccourcissent quand la limite d&apos;entrées du serveur est atteinte : ce réglage fixe surtout les premières requêtes.</translation>
    </message>
    <message>
        <source>Missing column(s) {columns}.</source>
        <translation type="vanished">Colonne(s) manquante(s) : {columns}.</translation>
    </message>
    <message>
        <source>Motion activity readings less confident than this (0-100) are ignored (e-mission&apos;s section segmentation: above 60 on Android; flip-flopping low-confidence readings otherwise cut legs that the phone did not really see).</source>
        <translation type="vanished">Les lectures d&apos;activité de mouvement moins confiantes que cette valeur (0-100) sont ignorées (segmentation en sections d&apos;e-mission : au-dessus de 60 sur Android ; sinon, des lectures peu confiantes qui alternent découpent des trajets que le téléphone n&apos;a pas vraiment vus).</translation>
    </message>
    <message>
        <source>Motion: minimum confidence (0-100)</source>
        <translation type="vanished">Activité de mouvement : confiance minimale (0-100)</translation>
    </message>
    <message>
        <source>Move a trip&apos;s start back from its first fix by the distance to the place it leaves, covered at the median speed of its first leg (never before the arrival at that place), as e-mission does: phones often record only some time after the departure. That distance counts in ``distance_m``.</source>
        <translation type="vanished">Avancer le début d&apos;un déplacement, avant son premier point GPS, du temps de parcours de la distance jusqu&apos;au lieu qu&apos;il quitte à la vitesse médiane de son premier trajet (jamais avant l&apos;arrivée à ce lieu), comme le fait e-mission : les téléphones n&apos;enregistrent souvent qu&apos;un moment après le départ. Cette distance compte dans ``distance_m``.</translation>
    </message>
    <message>
        <source>No bus, tram, metro or train line recognised in the network layer.</source>
        <translation type="vanished">Aucune ligne de bus, de tramway, de métro ou de train reconnue dans la couche du réseau.</translation>
    </message>
    <message>
        <source>No input table.</source>
        <translation type="vanished">Aucune table en entrée.</translation>
    </message>
    <message>
        <source>No motion-activity table: modes come from the trajectories alone.</source>
        <translation type="vanished">Pas de table d&apos;activité de mouvement : les modes sont déduits des seules trajectoires.</translation>
    </message>
    <message>
        <source>No public-transport network: bus, tram and metro are not told apart from car.</source>
        <translation type="vanished">Pas de réseau de transport collectif : le bus, le tramway et le métro ne sont pas distingués de la voiture.</translation>
    </message>
    <message>
        <source>One row per participant: user_id, weight (empty for a participant left out) and the participant&apos;s fields.</source>
        <translation type="vanished">Une ligne par participant : user_id, weight (vide pour un participant écarté) et les champs du participant.</translation>
    </message>
    <message>
        <source>One row per simulated citizen: user_id, role (worker, parent, student, other), car and bike in the household (yes, no) and phone: the participants table of an onboarding survey, to weight the panel with &apos;Weight the panel to the population&apos;. Optional.</source>
        <translation type="vanished">Une ligne par citoyen simulé : user_id, rôle (worker : actif, parent, student : étudiant, other : autre), voiture et vélo dans le ménage (yes, no) et téléphone : la table des participants d&apos;une enquête d&apos;inscription, pour pondérer le panel avec « Pondérer le panel sur la population ». Facultatif.</translation>
    </message>
    <message>
        <source>One-way field of the network (empty: detect oneway or sens)</source>
        <translation type="vanished">Champ de sens unique du réseau (vide : détection de oneway ou sens)</translation>
    </message>
    <message>
        <source>One-way roads of the network run</source>
        <translation type="vanished">Les sens uniques du réseau vont</translation>
    </message>
    <message>
        <source>OpenStreetMap extract within the legs&apos; extent: {routes} route relations, line pieces by kind {lines}; {stops} stops by kind {kinds} ({points} stop points merged where they are one stop).</source>
        <translation type="vanished">Extrait OpenStreetMap dans l&apos;emprise des trajets : {routes} relations de lignes, tronçons de ligne par type {lines} ; {stops} arrêts par type {kinds} ({points} points d&apos;arrêt fusionnés là où ils sont un seul arrêt).</translation>
    </message>
    <message>
        <source>Participant &apos;{label}&apos; ({i}/{n}): window {w}/{total}, {start} to {end}: {count} entries, {new} new.</source>
        <translation type="vanished">Participant « {label} » ({i}/{n}) : fenêtre {w}/{total}, du {start} au {end} : {count} entrées, dont {new} nouvelles.</translation>
    </message>
    <message>
        <source>Participant &apos;{label}&apos;: the server&apos;s entry limit was reached, window split in two.</source>
        <translation type="vanished">Participant « {label} » : la limite d&apos;entrées du serveur a été atteinte, fenêtre coupée en deux.</translation>
    </message>
    <message>
        <source>Privacy: a zone whose trips come from fewer distinct participants than this is masked (its values left empty). The default 10 is the project&apos;s rule; lowering it is logged as a warning.</source>
        <translation type="vanished">Confidentialité : une zone dont les déplacements viennent de moins de participants distincts que ce nombre est masquée (ses valeurs laissées vides). La valeur par défaut, 10, est la règle du projet ; l&apos;abaisser est signalé par un avertissement.</translation>
    </message>
    <message>
        <source>Public-transport lines (OpenStreetMap routes or railways, GTFS shapes): motorised legs that follow a bus, tram, metro or rail line, stopping at its stops, become bus, tram, metro or train. Optional: without it these modes are not told apart from car.</source>
        <translation type="vanished">Lignes de transports en commun (routes ou voies ferrées OpenStreetMap, tracés GTFS) : les trajets motorisés qui suivent une ligne de bus, de tram, de métro ou de train en s&apos;arrêtant à ses arrêts deviennent bus, tram, métro ou train. Facultatif : sans elles, ces modes ne sont pas distingués de la voiture.</translation>
    </message>
    <message>
        <source>Radius within which a person is still at the same place (dwell: around the latest fix of the window, like e-mission&apos;s 100 m; window and sliding: around the first fix).</source>
        <translation type="vanished">Rayon dans lequel une personne est toujours au même lieu (dwell : autour du dernier point GPS de la fenêtre, comme les 100 m d&apos;e-mission ; window et sliding : autour du premier point).</translation>
    </message>
    <message>
        <source>Reads smartphone travel traces into a point layer (EPSG:4326), one point per location fix, with the fields user_id, time (UTC), accuracy_m, speed_mps and source_file.

Input files: OpenPATH / e-mission exports (JSON timeseries), GPX, CSV and GeoJSON. Choose one or several files, or a folder (every readable file inside it is read). With qgis_process, repeat INPUT or separate paths with &apos;;&apos;.

User id: used when the file does not name its user; by default the file name.
Time zone: the zone of times written without an offset (IANA name such as Europe/Paris; default UTC). Times with an offset or epoch times are not changed.
Maximum accuracy: points whose reported accuracy radius is larger are dropped.
Skip unreadable files: report a broken file as a warning and go on with the others.

Optional outputs: the phone&apos;s motion activity (e-mission background/motion_activity) and the trips confirmed by the user (mode and purpose labels), as tables.</source>
        <translation type="vanished">Lit les traces de déplacement enregistrées par smartphone dans une couche de points (EPSG:4326), une entité par point GPS, avec les champs user_id, time (UTC), accuracy_m, speed_mps et source_file.

Fichiers d&apos;entrée : exports OpenPATH / e-mission (séries temporelles JSON), GPX, CSV et GeoJSON. Choisissez un ou plusieurs fichiers, ou un dossier (tous les fichiers lisibles qu&apos;il contient sont lus). Avec qgis_process, répétez INPUT ou séparez les chemins par « ; ».

Identifiant d&apos;utilisateur : utilisé quand le fichier ne nomme pas son utilisateur ; par défaut, le nom du fichier.
Fuseau horaire : fuseau des heures écrites sans décalage (nom IANA tel que Europe/Paris ; UTC par défaut). Les heures avec décalage et les heures epoch ne sont pas modifiées.
Précision maximale : les points dont le rayon de précision annoncé est plus grand sont écartés.
Ignorer les fichiers illisibles : signale un fichier défectueux par un avertissement et poursuit avec les autres.

Sorties facultatives : l&apos;activité de mouvement détectée par le téléphone (background/motion_activity d&apos;e-mission) et les déplacements confirmés par l&apos;utilisateur (libellés de mode et de motif), sous forme de tables.</translation>
    </message>
    <message>
        <source>Segmented by {k} partitions of whole participants.</source>
        <translation type="vanished">Segmentation par {k} partitions de participants entiers.</translation>
    </message>
    <message>
        <source>Shows what changed with a circulation plan (a street closed, a one-way reversed, a low-traffic neighbourhood), street by street and mode by mode, and whether each change is real or within the margin of error.

Inputs: the legs of &apos;Infer transport modes&apos; (or &apos;Segment trips&apos;), or a points layer with a leg identifier; optionally the trips layer (without it, trips are rebuilt from the legs&apos; trip_id); the road network (any line layer, any CRS); the date the plan came into force, or two explicit periods (dates are local days in the study&apos;s time zone; an end date is included); a study-area polygon layer, and optionally a control area elsewhere in town (not overlapping the study area) and zones for the modal share (default: the study and control areas).

Like is compared with like: by default only weekdays are kept and French public holidays are left out (two options to untick); time bands are local hours (e.g. 7-9,9-16,16-19).

How sure: every 95 % range comes from re-drawing the participants at random (bootstrap, &apos;replicates&apos; times): one very active participant cannot make a change look certain. A change is &apos;significant&apos; when its 95 % range does not include 1 (no change); &apos;insufficient sample&apos; when a period has fewer traversals (trips) or participants than the minimums. Values seen by fewer participants than the privacy threshold are not published.

Outputs:
- Street segments per direction and time band: median travel time before and after (tt_before_s, tt_after_s), ratio after/before with its 95 % range (ratio_ci_low, ratio_ci_high), traversals per day before and after and their ratio, participants, flag. Blue: faster, red: slower, grey: no clear change or too few data. Filter by band (band = &apos;07-09&apos;); without a filter, each segment shows its largest clear change.
- Zones: the share of the mapped mode (default car) before and after, the change in percentage points with its 95 % range, and for every mode its trips and shares. Blue: improved (fewer car trips, or more walking, cycling and public transport trips), red: worsened.
- Rerouting: the share of trips crossing the study area, before and after, between the same origins and destinations.
- With a control area: the difference-in-differences, so that a citywide trend is not read as the plan&apos;s effect.
- A one-page HTML summary: the headline changes with their uncertainty, the sample sizes and what cannot be concluded.</source>
        <translation type="vanished">Montre ce qui a changé avec un plan de circulation (une rue fermée, un sens unique inversé, un quartier apaisé), rue par rue et mode par mode, et si chaque changement est réel ou reste dans la marge d&apos;erreur.

Entrées : les trajets de « Déduire les modes de transport » (ou de « Découper en déplacements »), ou une couche de points avec un identifiant de trajet ; en option la couche des déplacements (sans elle, les déplacements sont reconstitués à partir du trip_id des trajets) ; le réseau routier (toute couche de lignes, tout SCR) ; la date d&apos;entrée en vigueur du plan, ou deux périodes explicites (les dates sont des jours locaux dans le fuseau horaire de l&apos;enquête ; une date de fin est incluse) ; une couche de polygones de la zone d&apos;étude, et en option une zone témoin ailleurs en ville (sans chevauchement avec la zone d&apos;étude) et des zones pour la part modale (par défaut : la zone d&apos;étude et la zone témoin).

Comparer ce qui est comparable : par défaut, seuls les jours ouvrés (lundi à vendredi) sont gardés et les jours fériés français sont écartés (deux options à décocher) ; les tranches horaires sont en heures locales (p. ex. 7-9,9-16,16-19).

Degré de certitude : chaque intervalle à 95 % vient d&apos;un nouveau tirage aléatoire des participants (bootstrap, répété « réplications » fois) : un seul participant très actif ne peut pas faire paraître un changement certain. Un changement est « significatif » quand son intervalle à 95 % n&apos;inclut pas 1 (aucun changement) ; « échantillon insuffisant » quand une période compte moins de passages (déplacements) ou de participants que les minimums. Les valeurs observées par moins de participants que le seuil de confidentialité ne sont pas publiées.

Sorties :
- Tronçons de voirie par sens et par tranche horaire : temps de parcours médian avant et après (tt_before_s, tt_after_s), rapport après/avant avec son intervalle à 95 % (ratio_ci_low, ratio_ci_high), passages par jour avant et après et leur rapport, participants, indicateur. Bleu : plus rapide, rouge : plus lent, gris : pas de changement net ou trop peu de données. Filtrez par tranche (band = &apos;07-09&apos;) ; sans filtre, chaque tronçon montre son changement net le plus important.
- Zones : la part du mode cartographié (par défaut la voiture) avant et après, l&apos;évolution en points de pourcentage avec son intervalle à 95 %, et pour chaque mode ses déplacements et ses parts. Bleu : amélioration (moins de déplacements en voiture, ou plus de déplacements à pied, à vélo et en transport collectif), rouge : dégradation.
- Reports d&apos;itinéraire : la part des déplacements qui traversent la zone d&apos;étude, avant et après, entre les mêmes origines et destinations.
- Avec une zone témoin : la différence de différences, pour qu&apos;une tendance propre à toute la ville ne soit pas prise pour l&apos;effet du plan.
- Une synthèse HTML d&apos;une page : les principaux changements avec leur incertitude, la taille des échantillons et ce qui ne peut pas être conclu.</translation>
    </message>
    <message>
        <source>Shows what changed with a circulation plan (a street closed, a one-way reversed, a low-traffic neighbourhood), street by street and mode by mode, and whether each change is real or within the margin of error.

Inputs: the legs of &apos;Infer transport modes&apos; (or &apos;Segment trips&apos;), or a points layer with a leg identifier; optionally the trips layer (without it, trips are rebuilt from the legs&apos; trip_id); the road network (any line layer, any CRS); the date the plan came into force, or two explicit periods (dates are local days in the study&apos;s time zone; an end date is included); a study-area polygon layer, and optionally a control area elsewhere in town (not overlapping the study area) and zones for the modal share (default: the study and control areas).

Like is compared with like: keep weekdays only and leave out French public holidays if you wish; time bands are local hours (e.g. 7-9,9-16,16-19).

How sure: every 95 % range comes from re-drawing the participants at random (bootstrap, &apos;replicates&apos; times): one very active participant cannot make a change look certain. A change is &apos;significant&apos; when its 95 % range does not include 1 (no change); &apos;insufficient sample&apos; when a period has fewer traversals (trips) or participants than the minimums. Values seen by fewer participants than the privacy threshold are not published.

Outputs:
- Street segments per direction and time band: median travel time before and after (tt_before_s, tt_after_s), ratio after/before with its 95 % range (ratio_ci_low, ratio_ci_high), traversals per day before and after and their ratio, participants, flag. Blue: faster, red: slower, grey: no clear change or too few data. Filter by band (band = &apos;07-09&apos;); without a filter, each segment shows its largest clear change.
- Zones: the share of the mapped mode (default car) before and after, the change in percentage points with its 95 % range, and for every mode its trips and shares. Blue: improved (fewer car trips, or more walking, cycling and public transport trips), red: worsened.
- Rerouting: the share of trips crossing the study area, before and after, between the same origins and destinations.
- With a control area: the difference-in-differences, so that a citywide trend is not read as the plan&apos;s effect.
- A one-page HTML summary: the headline changes with their uncertainty, the sample sizes and what cannot be concluded.</source>
        <translation type="vanished">Montre ce qui a changé avec un plan de circulation (une rue fermée, un sens unique inversé, un quartier apaisé), rue par rue et mode par mode, et si chaque changement est réel ou reste dans la marge d&apos;erreur.

Entrées : les trajets de « Déduire les modes de transport » (ou de « Découper en déplacements »), ou une couche de points avec un identifiant de trajet ; en option la couche des déplacements (sans elle, les déplacements sont reconstitués à partir du trip_id des trajets) ; le réseau routier (toute couche de lignes, tout SCR) ; la date d&apos;entrée en vigueur du plan, ou deux périodes explicites (les dates sont des jours locaux dans le fuseau horaire de l&apos;enquête ; une date de fin est incluse) ; une couche de polygones de la zone d&apos;étude, et en option une zone témoin ailleurs en ville (sans chevauchement avec la zone d&apos;étude) et des zones pour la part modale (par défaut : la zone d&apos;étude et la zone témoin).

Comparer ce qui est comparable : gardez seulement les jours de semaine et écartez les jours fériés français si vous le souhaitez ; les tranches horaires sont en heures locales (p. ex. 7-9,9-16,16-19).

Degré de certitude : chaque intervalle à 95 % vient d&apos;un nouveau tirage aléatoire des participants (bootstrap, répété « réplications » fois) : un seul participant très actif ne peut pas faire paraître un changement certain. Un changement est « significatif » quand son intervalle à 95 % n&apos;inclut pas 1 (aucun changement) ; « échantillon insuffisant » quand une période compte moins de passages (déplacements) ou de participants que les minimums. Les valeurs observées par moins de participants que le seuil de confidentialité ne sont pas publiées.

Sorties :
- Tronçons de voirie par sens et par tranche horaire : temps de parcours médian avant et après (tt_before_s, tt_after_s), rapport après/avant avec son intervalle à 95 % (ratio_ci_low, ratio_ci_high), passages par jour avant et après et leur rapport, participants, indicateur. Bleu : plus rapide, rouge : plus lent, gris : pas de changement net ou trop peu de données. Filtrez par tranche (band = &apos;07-09&apos;) ; sans filtre, chaque tronçon montre son changement net le plus important.
- Zones : la part du mode cartographié (par défaut la voiture) avant et après, l&apos;évolution en points de pourcentage avec son intervalle à 95 %, et pour chaque mode ses déplacements et ses parts. Bleu : amélioration (moins de déplacements en voiture, ou plus de déplacements à pied, à vélo et en transport collectif), rouge : dégradation.
- Reports d&apos;itinéraire : la part des déplacements qui traversent la zone d&apos;étude, avant et après, entre les mêmes origines et destinations.
- Avec une zone témoin : la différence de différences, pour qu&apos;une tendance propre à toute la ville ne soit pas prise pour l&apos;effet du plan.
- Une synthèse HTML d&apos;une page : les principaux changements avec leur incertitude, la taille des échantillons et ce qui ne peut pas être conclu.</translation>
    </message>
    <message>
        <source>Shows what changed with a circulation plan (a street closed, a one-way reversed, a low-traffic neighbourhood), street by street and mode by mode, and whether each change is real or within the margin of error.

Inputs: the legs of &apos;Infer transport modes&apos; (or &apos;Segment trips&apos;), or a points layer with a leg identifier; optionally the trips layer (without it, trips are rebuilt from the legs&apos; trip_id); the road network (any line layer, any CRS); the date the plan came into force, or two explicit periods (dates are local days in the study&apos;s time zone; an end date is included); a study-area polygon layer, and optionally a control area elsewhere in town (not overlapping the study area) and zones for the modal share (default: the study and control areas).

Like is compared with like: keep weekdays only and leave out French public holidays if you wish; time bands are local hours (e.g. 7-9,9-16,16-19).

How sure: every 95 % range comes from re-drawing the participants at random (bootstrap, &apos;replicates&apos; times): one very active participant cannot make a change look certain. A change is &apos;significant&apos; when its 95 % range excludes no change; &apos;insufficient sample&apos; when a period has fewer traversals (trips) or participants than the minimums. Values seen by fewer participants than the privacy threshold are not published.

Outputs:
- Street segments per direction and time band: median travel time before and after (tt_before_s, tt_after_s), ratio after/before with its 95 % range (ratio_ci_low, ratio_ci_high), traversals per day before and after and their ratio, participants, flag. Blue: faster, red: slower, grey: no clear change or too few data. Filter by band (band = &apos;07-09&apos;).
- Zones: the share of the mapped mode (default car) before and after, the change in percentage points with its 95 % range, and for every mode its trips and shares. Blue: improved (fewer car trips, or more walking, cycling and public transport trips), red: worsened.
- Rerouting: the share of trips crossing the study area, before and after, between the same origins and destinations.
- With a control area: the difference-in-differences, so that a citywide trend is not read as the plan&apos;s effect.
- A one-page HTML summary: the headline changes with their uncertainty, the sample sizes and what cannot be concluded.</source>
        <translation type="vanished">Montre ce qui a changé avec un plan de circulation (une rue fermée, un sens unique inversé, un quartier apaisé), rue par rue et mode par mode, et si chaque changement est réel ou reste dans la marge d&apos;erreur.

Entrées : les trajets de « Déduire les modes de transport » (ou de « Découper en déplacements »), ou une couche de points avec un identifiant de trajet ; en option la couche des déplacements (sans elle, les déplacements sont reconstitués à partir du trip_id des trajets) ; le réseau routier (toute couche de lignes, tout SCR) ; la date d&apos;entrée en vigueur du plan, ou deux périodes explicites (les dates sont des jours locaux dans le fuseau horaire de l&apos;enquête ; une date de fin est incluse) ; une couche de polygones de la zone d&apos;étude, et en option une zone témoin ailleurs en ville (sans chevauchement avec la zone d&apos;étude) et des zones pour la part modale (par défaut : la zone d&apos;étude et la zone témoin).

Comparer ce qui est comparable : gardez seulement les jours ouvrés et écartez les jours fériés français si vous le souhaitez ; les tranches horaires sont en heures locales (p. ex. 7-9,9-16,16-19).

Degré de certitude : chaque intervalle à 95 % vient d&apos;un nouveau tirage aléatoire des participants (bootstrap, répété « réplications » fois) : un seul participant très actif ne peut pas faire paraître un changement certain. Un changement est « significatif » quand son intervalle à 95 % exclut l&apos;absence de changement ; « échantillon insuffisant » quand une période compte moins de passages (déplacements) ou de participants que les minimums. Les valeurs observées par moins de participants que le seuil de confidentialité ne sont pas publiées.

Sorties :
- Tronçons de voirie par sens et par tranche horaire : temps de parcours médian avant et après (tt_before_s, tt_after_s), rapport après/avant avec son intervalle à 95 % (ratio_ci_low, ratio_ci_high), passages par jour avant et après et leur rapport, participants, indicateur. Bleu : plus rapide, rouge : plus lent, gris : pas de changement net ou trop peu de données. Filtrez par tranche (band = &apos;07-09&apos;).
- Zones : la part du mode cartographié (par défaut la voiture) avant et après, l&apos;évolution en points de pourcentage avec son intervalle à 95 %, et pour chaque mode ses déplacements et ses parts. Bleu : amélioration (moins de déplacements en voiture, ou plus de déplacements à pied, à vélo et en transport collectif), rouge : dégradation.
- Reports d&apos;itinéraire : la part des déplacements qui traversent la zone d&apos;étude, avant et après, entre les mêmes origines et destinations.
- Avec une zone témoin : la différence de différences, pour qu&apos;une tendance propre à toute la ville ne soit pas prise pour l&apos;effet du plan.
- Une synthèse HTML d&apos;une page : les principaux changements avec leur incertitude, la taille des échantillons et ce qui ne peut pas être conclu.</translation>
    </message>
    <message>
        <source>Shows what changed with a circulation plan (a street closed, a one-way reversed, a low-traffic neighbourhood), street by street and mode by mode, and whether each change is real or within the margin of error.

Inputs: the legs of &apos;Infer transport modes&apos; (or &apos;Segment trips&apos;), or a points layer with a leg identifier; optionally the trips layer (without it, trips are rebuilt from the legs&apos; trip_id); the road network (any line layer, any CRS); the date the plan came into force, or two explicit periods (dates are local days in the study&apos;s time zone; an end date is included); a study-area polygon layer, and optionally a control area elsewhere in town (not overlapping the study area) and zones for the modal share (default: the study and control areas).

Like is compared with like: keep weekdays only and leave out French public holidays if you wish; time bands are local hours (e.g. 7-9,9-16,16-19).

How sure: every 95 % range comes from re-drawing the participants at random (bootstrap, &apos;replicates&apos; times): one very active participant cannot make a change look certain. A change is &apos;significant&apos; when its 95 % range excludes no change; &apos;insufficient sample&apos; when a period has fewer traversals (trips) or participants than the minimums. Values seen by fewer participants than the privacy threshold are not published.

Outputs:
- Street segments per direction and time band: median travel time before and after (tt_before_s, tt_after_s), ratio after/before with its 95 % range (ratio_ci_low, ratio_ci_high), traversals per day before and after and their ratio, participants, flag. Blue: faster, red: slower, grey: no clear change or too few data. Filter by band (band = &apos;07-09&apos;); without a filter, each segment shows its largest clear change.
- Zones: the share of the mapped mode (default car) before and after, the change in percentage points with its 95 % range, and for every mode its trips and shares. Blue: improved (fewer car trips, or more walking, cycling and public transport trips), red: worsened.
- Rerouting: the share of trips crossing the study area, before and after, between the same origins and destinations.
- With a control area: the difference-in-differences, so that a citywide trend is not read as the plan&apos;s effect.
- A one-page HTML summary: the headline changes with their uncertainty, the sample sizes and what cannot be concluded.</source>
        <translation type="vanished">Montre ce qui a changé avec un plan de circulation (une rue fermée, un sens unique inversé, un quartier apaisé), rue par rue et mode par mode, et si chaque changement est réel ou reste dans la marge d&apos;erreur.

Entrées : les trajets de « Déduire les modes de transport » (ou de « Découper en déplacements »), ou une couche de points avec un identifiant de trajet ; en option la couche des déplacements (sans elle, les déplacements sont reconstitués à partir du trip_id des trajets) ; le réseau routier (toute couche de lignes, tout SCR) ; la date d&apos;entrée en vigueur du plan, ou deux périodes explicites (les dates sont des jours locaux dans le fuseau horaire de l&apos;enquête ; une date de fin est incluse) ; une couche de polygones de la zone d&apos;étude, et en option une zone témoin ailleurs en ville (sans chevauchement avec la zone d&apos;étude) et des zones pour la part modale (par défaut : la zone d&apos;étude et la zone témoin).

Comparer ce qui est comparable : gardez seulement les jours de semaine et écartez les jours fériés français si vous le souhaitez ; les tranches horaires sont en heures locales (p. ex. 7-9,9-16,16-19).

Degré de certitude : chaque intervalle à 95 % vient d&apos;un nouveau tirage aléatoire des participants (bootstrap, répété « réplications » fois) : un seul participant très actif ne peut pas faire paraître un changement certain. Un changement est « significatif » quand son intervalle à 95 % exclut l&apos;absence de changement ; « échantillon insuffisant » quand une période compte moins de passages (déplacements) ou de participants que les minimums. Les valeurs observées par moins de participants que le seuil de confidentialité ne sont pas publiées.

Sorties :
- Tronçons de voirie par sens et par tranche horaire : temps de parcours médian avant et après (tt_before_s, tt_after_s), rapport après/avant avec son intervalle à 95 % (ratio_ci_low, ratio_ci_high), passages par jour avant et après et leur rapport, participants, indicateur. Bleu : plus rapide, rouge : plus lent, gris : pas de changement net ou trop peu de données. Filtrez par tranche (band = &apos;07-09&apos;) ; sans filtre, chaque tronçon montre son changement net le plus important.
- Zones : la part du mode cartographié (par défaut la voiture) avant et après, l&apos;évolution en points de pourcentage avec son intervalle à 95 %, et pour chaque mode ses déplacements et ses parts. Bleu : amélioration (moins de déplacements en voiture, ou plus de déplacements à pied, à vélo et en transport collectif), rouge : dégradation.
- Reports d&apos;itinéraire : la part des déplacements qui traversent la zone d&apos;étude, avant et après, entre les mêmes origines et destinations.
- Avec une zone témoin : la différence de différences, pour qu&apos;une tendance propre à toute la ville ne soit pas prise pour l&apos;effet du plan.
- Une synthèse HTML d&apos;une page : les principaux changements avec leur incertitude, la taille des échantillons et ce qui ne peut pas être conclu.</translation>
    </message>
    <message>
        <source>Stay: a trip restarts after a gap of (s, dwell method)</source>
        <translation type="vanished">Arrêt : un déplacement reprend après une interruption de (s, méthode dwell)</translation>
    </message>
    <message>
        <source>Stay: where a trip ends before a still gap (dwell method)</source>
        <translation type="vanished">Arrêt : où finit un déplacement suivi d&apos;une interruption à l&apos;arrêt (méthode dwell)</translation>
    </message>
    <message>
        <source>The OpenStreetMap extract has no public-transport line or stop within the legs&apos; extent: check that it covers the study area.</source>
        <translation type="vanished">L&apos;extrait OpenStreetMap n&apos;a aucune ligne ni aucun arrêt de transport en commun dans l&apos;emprise des trajets : vérifiez qu&apos;il couvre la zone d&apos;étude.</translation>
    </message>
    <message>
        <source>The circulation plan changes nothing: list streets to close, to turn one-way or whose speed changes.</source>
        <translation type="vanished">Le plan de circulation ne change rien : listez des rues à fermer, à mettre à sens unique ou dont la vitesse change.</translation>
    </message>
    <message>
        <source>The field of the lines layer telling bus, tram, metro or train (OSM route or railway, GTFS route_type). Left empty, a field named kind, mode, route_type, route, railway... is used.</source>
        <translation type="vanished">Le champ de la couche des lignes qui indique bus, tram, métro ou train (route ou railway d&apos;OSM, route_type de GTFS). Laissé vide, un champ nommé kind, mode, route_type, route, railway... est utilisé.</translation>
    </message>
    <message>
        <source>The largest number of entries the server returns for one request (its DB_RESULT_LIMIT, 250000 by default); a window that reaches it is split and asked again so that nothing is lost.</source>
        <translation type="vanished">Le plus grand nombre d&apos;entrées que le serveur renvoie pour une requête (son DB_RESULT_LIMIT, 250000 par défaut) ; une fenêtre qui l&apos;atteint est coupée en deux et redemandée pour que rien ne soit perdu.</translation>
    </message>
    <message>
        <source>The legs with a mode field (from &apos;Infer transport modes&apos;): each trip&apos;s main mode is the highest mode of its legs (plane &gt; train &gt; metro &gt; tram &gt; bus &gt; car &gt; motorcycle &gt; e-scooter &gt; e-bike &gt; bike &gt; unknown &gt; walk). Empty: the trips carry main_mode or mode.</source>
        <translation type="vanished">Les trajets avec un champ mode (issus de « Déduire les modes de transport ») : le mode principal de chaque déplacement est le plus haut des modes de ses trajets (plane &gt; train &gt; metro &gt; tram &gt; bus &gt; car &gt; motorcycle &gt; e-scooter &gt; e-bike &gt; bike &gt; unknown &gt; walk). Vide : les déplacements portent main_mode ou mode.</translation>
    </message>
    <message>
        <source>The legs with their mode (walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane or unknown), mode_confidence (0-1) and mode_source (user, model or rules).</source>
        <translation type="vanished">Les trajets avec leur mode (walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane ou unknown), mode_confidence (0-1) et mode_source (user, model ou rules).</translation>
    </message>
    <message>
        <source>The legs with their mode (walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane, wait or unknown), mode_confidence (0-1) and mode_source (user, model or rules); with public-transport stops, the walks to and from the stop and the waits there are legs of their own (split_from names the leg cut).</source>
        <translation type="vanished">Les trajets avec leur mode (walk, bike, ebike, escooter, motorcycle, car, bus, tram, metro, train, plane, wait ou unknown), mode_confidence (0-1) et mode_source (user, model ou rules) ; avec les arrêts de transport en commun, les marches vers et depuis l&apos;arrêt et les attentes à l&apos;arrêt sont des trajets à part entière (split_from nomme le trajet coupé).</translation>
    </message>
    <message>
        <source>The mode whose share colours the zones map (car by default): blue where it improved (fewer car trips, or more walking, cycling and public transport), red where it worsened.</source>
        <translation type="vanished">Le mode dont la part colore la carte des zones (car, la voiture, par défaut) : en bleu là où elle s&apos;est améliorée (moins de déplacements en voiture, ou davantage à pied, à vélo et en transports en commun), en rouge là où elle s&apos;est dégradée.</translation>
    </message>
    <message>
        <source>The population count of every category of every variable: a CSV file or a table with the columns variable, category, population (e.g. census counts by age band, sex and home zone).</source>
        <translation type="vanished">L&apos;effectif de population de chaque catégorie de chaque variable : un fichier CSV ou une table avec les colonnes variable, category, population (p. ex. les effectifs du recensement par tranche d&apos;âge, sexe et zone de domicile).</translation>
    </message>
    <message>
        <source>The true legs (one per trip), lines whose M value is the time, with mode and e-mission mode label.</source>
        <translation type="vanished">Les vrais trajets (un par déplacement), lignes dont la valeur M est l&apos;heure, avec mode et libellé de mode e-mission.</translation>
    </message>
    <message>
        <source>Time zone of times without offset (IANA name, e.g. Europe/Paris)</source>
        <translation type="vanished">Fuseau horaire des heures sans décalage (nom IANA, p. ex. Europe/Paris)</translation>
    </message>
    <message>
        <source>Tracemob algorithm module &apos;{module}&apos; could not be loaded: {error}</source>
        <translation type="vanished">Le module d&apos;algorithme Tracemob « {module} » n&apos;a pas pu être chargé : {error}</translation>
    </message>
    <message>
        <source>Tracemob needs the Python package(s) {names}, missing from QGIS&apos;s Python: some algorithms are not available. Install them (see the README), then restart QGIS.</source>
        <translation type="vanished">Tracemob a besoin du ou des paquets Python {names}, absents du Python de QGIS : certains traitements ne sont pas disponibles. Installez-les (voir le README), puis redémarrez QGIS.</translation>
    </message>
    <message>
        <source>Travel times street by street: the legs are matched to your road network (hidden Markov model map matching, after Newson and Krumm), each road segment driven gets an entry and an exit time, and the travel times are summarised per segment, direction and time-of-day band.

Inputs: the legs of &apos;Segment trips&apos; or &apos;Infer transport modes&apos; (lines whose M value is the time of each point), or a points layer with a leg identifier field (used only when no legs layer is given). The road network is any line layer (an OpenStreetMap extract, the IGN BD TOPO &apos;troncon_de_route&apos; layer...) in any CRS: it is reprojected to WGS84, cut at junctions into segments, and its one-way field (OSM oneway, BD TOPO sens) is read so that nobody is matched against a one-way street.

Legs used: by default motorised road traffic only (car, carpool, bus, motorcycle...; walking, cycling, rail and plane legs and legs of unknown mode are left out). Legs without a mode field are all used, with a warning.

Time bands are local hours (time zone parameter), e.g. 7-9,9-16,16-19 for the morning peak, the day and the evening peak; a band may wrap midnight (22-6). Segments cut at the start or end of a leg (partial traversals) are dropped, or pro-rated to the whole segment when at least half of it was driven.

Output: one line per segment, direction and time band, drawn in the direction of travel (each direction on its own side of the road). Filter it with the band field (e.g. band = &apos;07-09&apos;) to map one period. Fields: n_traversals, n_users (distinct participants), tt_mean_s, tt_median_s, tt_p85_s (travel time in seconds), speed_median_kmh, free_flow_tt_s (the free-flow travel time: by default the time of the fastest 15 % of traversals over the whole day), speed_ratio (free-flow time / median time: 1 = free flow, 0.5 = twice as slow), delay_s (median minus free-flow time), low_sample (fewer traversals or participants than the minimum sample) and masked (seen by fewer participants than the privacy threshold: values hidden). The map colours the segments by speed ratio, from green (flowing) to red (congested); grey = too few trips to tell.

Optional outputs: the table of every traversal (one row per segment driven by a leg, with its entry and exit times) and a PNG chart of the median and 85th percentile travel times per band of the busiest segments (or of the segments you list).</source>
        <translation type="vanished">Temps de parcours rue par rue : les trajets sont recalés sur votre réseau routier (map matching par modèle de Markov caché, d&apos;après Newson et Krumm), chaque tronçon parcouru reçoit une heure d&apos;entrée et une heure de sortie, et les temps de parcours sont résumés par tronçon, par sens et par tranche horaire.

Entrées : les trajets de « Découper en déplacements » ou de « Déduire les modes de transport » (lignes dont la valeur M est l&apos;heure de chaque point), ou une couche de points avec un champ identifiant de trajet (utilisée seulement si aucune couche de trajets n&apos;est fournie). Le réseau routier est n&apos;importe quelle couche de lignes (un extrait OpenStreetMap, la couche « troncon_de_route » de la BD TOPO de l&apos;IGN…) dans tout SCR : il est reprojeté en WGS84, découpé aux carrefours en tronçons, et son champ de sens unique (oneway d&apos;OSM, sens de la BD TOPO) est lu pour que personne ne soit recalé à contresens d&apos;une rue à sens unique.

Trajets utilisés : par défaut la circulation routière motorisée seulement (voiture, covoiturage, bus, deux-roues motorisé… ; les trajets à pied, à vélo, en train ou en avion et les trajets de mode inconnu sont écartés). Si les trajets n&apos;ont pas de champ mode, ils sont tous utilisés, avec un avertissement.

Les tranches horaires sont en heures locales (paramètre de fuseau horaire), p. ex. 7-9,9-16,16-19 pour l&apos;heure de pointe du matin, la journée et l&apos;heure de pointe du soir ; une tranche peut passer minuit (22-6). Les tronçons coupés au début ou à la fin d&apos;un trajet (passages partiels) sont écartés, ou ramenés au tronçon entier au prorata quand au moins la moitié en a été parcourue.

Sortie : une ligne par tronçon, sens et tranche horaire, dessinée dans le sens de circulation (chaque sens de son côté de la chaussée). Filtrez-la avec le champ band (p. ex. band = &apos;07-09&apos;) pour cartographier une période. Champs : n_traversals, n_users (participants distincts), tt_mean_s, tt_median_s, tt_p85_s (temps de parcours en secondes), speed_median_kmh, free_flow_tt_s (le temps de parcours en circulation fluide : par défaut le temps des 15 % de passages les plus rapides sur toute la journée), speed_ratio (temps fluide / temps médian : 1 = circulation fluide, 0,5 = deux fois plus lent), delay_s (temps médian moins temps fluide), low_sample (moins de passages ou de participants que l&apos;échantillon minimal) et masked (observé par moins de participants que le seuil de confidentialité : valeurs masquées). La carte colore les tronçons selon le rapport de vitesse, du vert (fluide) au rouge (congestionné) ; gris = trop peu de déplacements pour conclure.

Sorties facultatives : la table de tous les passages (une ligne par tronçon parcouru par un trajet, avec ses heures d&apos;entrée et de sortie) et un graphique PNG des temps de parcours médians et du 85e centile par tranche horaire pour les tronçons les plus fréquentés (ou pour les tronçons que vous listez).</translation>
    </message>
    <message>
        <source>Travel times street by street: the legs are matched to your road network (hidden Markov model map matching, after Newson and Krumm), each road segment driven gets an entry and an exit time, and the travel times are summarised per segment, direction and time-of-day band.

Inputs: the legs of &apos;Segment trips&apos; or &apos;Infer transport modes&apos; (lines whose M value is the time of each point), or a points layer with a leg identifier field (used only when no legs layer is given). The road network is any line layer (an OpenStreetMap extract, the IGN BD TOPO &apos;troncon_de_route&apos; layer...) in any CRS: it is reprojected to WGS84, cut at junctions into segments, and its one-way field (OSM oneway, BD TOPO sens) is read so that nobody is matched against a one-way street.

Legs used: by default motorised road traffic only (car, carpool, bus, motorcycle...; walking, cycling, rail and plane legs and legs of unknown mode are left out). Legs without a mode field are all used, with a warning.

Time bands are local hours (time zone parameter), e.g. 7-9,9-16,16-19 for the morning peak, the day and the evening peak; a band may wrap midnight (22-6). Segments cut at the start or end of a leg (partial traversals) are dropped, or pro-rated to the whole segment when at least half of it was driven.

Output: one line per segment, direction and time band, drawn in the direction of travel (each direction on its own side of the road). Filter it with the band field (e.g. band = &apos;07-09&apos;) to map one period. Fields: n_traversals, n_users (distinct participants), tt_mean_s, tt_median_s, tt_p85_s (travel time in seconds), speed_median_kmh, free_flow_tt_s (the free-flow travel time: by default the time of the fastest 15 % of traversals over the whole day), speed_ratio (free-flow time / median time: 1 = free flow, 0.5 = twice as slow), delay_s (median minus free-flow time), low_sample (fewer traversals or participants than the minimum sample) and masked (seen by fewer participants than the privacy threshold: values hidden). The map colours the segments by speed ratio, from green (flowing) to red (congested); grey = too few trips to tell. Without a filter, each segment shows its most congested band.

Optional outputs: the table of every traversal (one row per segment driven by a leg, with its entry and exit times) and a PNG chart of the median and 85th percentile travel times per band of the busiest segments (or of the segments you list).</source>
        <translation type="vanished">Temps de parcours rue par rue : les trajets sont recalés sur votre réseau routier (map matching par modèle de Markov caché, d&apos;après Newson et Krumm), chaque tronçon parcouru reçoit une heure d&apos;entrée et une heure de sortie, et les temps de parcours sont résumés par tronçon, par sens et par tranche horaire.

Entrées : les trajets de « Découper en déplacements » ou de « Déduire les modes de transport » (lignes dont la valeur M est l&apos;heure de chaque point), ou une couche de points avec un champ identifiant de trajet (utilisée seulement si aucune couche de trajets n&apos;est fournie). Le réseau routier est n&apos;importe quelle couche de lignes (un extrait OpenStreetMap, la couche « troncon_de_route » de la BD TOPO de l&apos;IGN…) dans tout SCR : il est reprojeté en WGS84, découpé aux carrefours en tronçons, et son champ de sens unique (oneway d&apos;OSM, sens de la BD TOPO) est lu pour que personne ne soit recalé à contresens d&apos;une rue à sens unique.

Trajets utilisés : par défaut la circulation routière motorisée seulement (voiture, covoiturage, bus, deux-roues motorisé… ; les trajets à pied, à vélo, en train ou en avion et les trajets de mode inconnu sont écartés). Si les trajets n&apos;ont pas de champ mode, ils sont tous utilisés, avec un avertissement.

Les tranches horaires sont en heures locales (paramètre de fuseau horaire), p. ex. 7-9,9-16,16-19 pour l&apos;heure de pointe du matin, la journée et l&apos;heure de pointe du soir ; une tranche peut passer minuit (22-6). Les tronçons coupés au début ou à la fin d&apos;un trajet (passages partiels) sont écartés, ou ramenés au tronçon entier au prorata quand au moins la moitié en a été parcourue.

Sortie : une ligne par tronçon, sens et tranche horaire, dessinée dans le sens de circulation (chaque sens de son côté de la chaussée). Filtrez-la avec le champ band (p. ex. band = &apos;07-09&apos;) pour cartographier une période. Champs : n_traversals, n_users (participants distincts), tt_mean_s, tt_median_s, tt_p85_s (temps de parcours en secondes), speed_median_kmh, free_flow_tt_s (le temps de parcours en circulation fluide : par défaut le temps des 15 % de passages les plus rapides sur toute la journée), speed_ratio (temps fluide / temps médian : 1 = circulation fluide, 0,5 = deux fois plus lent), delay_s (temps médian moins temps fluide), low_sample (moins de passages ou de participants que l&apos;échantillon minimal) et masked (observé par moins de participants que le seuil de confidentialité : valeurs masquées). La carte colore les tronçons selon le rapport de vitesse, du vert (fluide) au rouge (congestionné) ; gris = trop peu de déplacements pour conclure. Sans filtre, chaque tronçon montre sa tranche horaire la plus congestionnée.

Sorties facultatives : la table de tous les passages (une ligne par tronçon parcouru par un trajet, avec ses heures d&apos;entrée et de sortie) et un graphique PNG des temps de parcours médians et du 85e centile par tranche horaire pour les tronçons les plus fréquentés (ou pour les tronçons que vous listez).</translation>
    </message>
    <message>
        <source>Trips shorter than this are dropped (e-mission: 100 m; 0 keeps all).</source>
        <translation type="vanished">Les déplacements plus courts que cette distance sont écartés (e-mission : 100 m ; 0 les garde tous).</translation>
    </message>
    <message>
        <source>Trips start at the last fix of the stay they leave and end at the first fix of the stay they reach (so the line touches both places). trackintel: no (first fix after, last before).</source>
        <translation type="vanished">Les déplacements commencent au dernier point GPS de l&apos;arrêt qu&apos;ils quittent et finissent au premier point de l&apos;arrêt qu&apos;ils atteignent (la ligne touche ainsi les deux lieux). trackintel : non (premier point après, dernier avant).</translation>
    </message>
    <message>
        <source>Trips that never go farther than this from the place they leave (GPS jitter at home) are dropped (0 keeps all).</source>
        <translation type="vanished">Les déplacements qui ne s&apos;éloignent jamais plus que cette distance du lieu qu&apos;ils quittent (bruit GPS au domicile) sont écartés (0 les garde tous).</translation>
    </message>
    <message>
        <source>Trips with fewer moving fixes (not in any stay) are dropped.</source>
        <translation type="vanished">Les déplacements qui ont moins de points GPS en mouvement (hors de tout arrêt) sont écartés.</translation>
    </message>
    <message>
        <source>Two Tracemob algorithms are named &apos;{name}&apos;: the second one is ignored.</source>
        <translation type="vanished">Deux algorithmes Tracemob s&apos;appellent « {name} » : le second est ignoré.</translation>
    </message>
    <message>
        <source>Up to this many fixes reached by a jump faster than ``max_speed_mps`` and left by another one, while the fixes around them are consistent, are a burst of wrong positions: dropped.</source>
        <translation type="vanished">Jusqu&apos;à ce nombre de points GPS atteints par un saut plus rapide que ``max_speed_mps`` et quittés par un autre, alors que les points qui les entourent sont cohérents, forment une rafale de positions fausses : ils sont écartés.</translation>
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
        <source>When a trip is dropped, the stays on both sides become one stay; so do stays that follow each other at the same place with no fix between them (trackintel keeps them apart).</source>
        <translation type="vanished">Quand un déplacement est écarté, les arrêts de part et d&apos;autre deviennent un seul arrêt ; de même pour des arrêts qui se suivent au même lieu sans point GPS entre eux (trackintel les garde séparés).</translation>
    </message>
    <message>
        <source>Window and sliding methods: a fix reached and left faster than this is physically impossible and is dropped.</source>
        <translation type="vanished">Méthodes fenêtre et glissante : un point atteint et quitté plus vite que cette vitesse est physiquement impossible et il est écarté.</translation>
    </message>
    <message>
        <source>Window and sliding methods: a fix reached and left faster than this, on a jump that comes back (the neighbours are close to each other), is a spike and is dropped. (The dwell method leaves jumps to e-mission&apos;s jump smoothing of each section.)</source>
        <translation type="vanished">Méthodes fenêtre et glissante : un point atteint et quitté plus vite que cette vitesse, sur un saut qui revient (ses voisins sont proches l&apos;un de l&apos;autre), est un pic et il est écarté. (La méthode dwell laisse les sauts au lissage des sauts d&apos;e-mission sur chaque section.)</translation>
    </message>
    <message>
        <source>Window and sliding methods: up to this many fixes reached by a jump faster than ``max_speed_mps`` and left by another one, while the fixes around them are consistent, are a burst of wrong positions: dropped.</source>
        <translation type="vanished">Méthodes fenêtre et glissante : jusqu&apos;à ce nombre de points atteints par un saut plus rapide que ``max_speed_mps`` et quittés par un autre, alors que les points autour sont cohérents, forment une rafale de positions fausses : ils sont écartés.</translation>
    </message>
    <message>
        <source>With &apos;Only the modes listed below&apos;: the values of the mode field to keep, comma-separated (e.g. car,bus).</source>
        <translation type="vanished">Avec « Seulement les modes listés ci-dessous » : les valeurs du champ mode à garder, séparées par des virgules (p. ex. car,bus).</translation>
    </message>
    <message>
        <source>With public-transport stops (a stops layer or a GTFS feed), the walk to the stop, the wait there and the walk from the alighting stop are legs of their own: a leg read as bus, tram, metro or train that begins with a walk and a wait at a stop, or ends with a walk from one, is cut where the vehicle leaves and stops. The ride keeps the leg&apos;s id; the pieces get &lt;leg_id&gt;_a (walk to the stop), &lt;leg_id&gt;_w (wait, mode wait) and &lt;leg_id&gt;_e (walk from the stop), their part of the track as geometry, and the field split_from names the leg cut. A walk leg that ends still at a stop before a ride ends with a wait leg too. A wait has no distance and no emissions, is never a trip&apos;s main mode and is neutral in the FMD. Without stops, the legs are not cut.</source>
        <translation type="vanished">Avec les arrêts de transport en commun (une couche d&apos;arrêts ou un flux GTFS), la marche jusqu&apos;à l&apos;arrêt, l&apos;attente à l&apos;arrêt et la marche depuis l&apos;arrêt de descente sont des trajets à part entière : un trajet lu comme bus, tram, métro ou train qui commence par une marche et une attente à un arrêt, ou finit par une marche depuis un arrêt, est coupé là où le véhicule part et s&apos;arrête. La partie en véhicule garde l&apos;identifiant du trajet ; les morceaux reçoivent &lt;leg_id&gt;_a (marche jusqu&apos;à l&apos;arrêt), &lt;leg_id&gt;_w (attente, mode wait) et &lt;leg_id&gt;_e (marche depuis l&apos;arrêt), leur partie de la trace comme géométrie, et le champ split_from nomme le trajet coupé. Un trajet à pied qui finit immobile à un arrêt avant un trajet en véhicule finit aussi par un trajet d&apos;attente. Une attente n&apos;a ni distance ni émissions, n&apos;est jamais le mode principal d&apos;un déplacement et est neutre pour le FMD. Sans arrêts, les trajets ne sont pas coupés.</translation>
    </message>
    <message>
        <source>the column is missing from the {table} table</source>
        <translation type="vanished">la colonne est absente de la table {table}</translation>
    </message>
    <message>
        <source>unknown stay method {name}</source>
        <translation type="vanished">méthode de détection des arrêts {name} inconnue</translation>
    </message>
    <message>
        <source>{citizens} simulated citizens over {days} days on the streets of central Helsinki (OpenStreetMap contributors, ODbL). From {change}, {closed} is closed to cars and {slowed} is slowed. Red dashes: study area; grey dashes: control area. Changes are shown only where the 95 % range of the change (participant bootstrap) does not include 0 %.</source>
        <translation type="vanished">{citizens} habitants simulés sur {days} jours dans les rues du centre d&apos;Helsinki (contributeurs d&apos;OpenStreetMap, ODbL). À partir du {change}, {closed} est fermée aux voitures et {slowed} est ralentie. Tirets rouges : zone d&apos;étude ; tirets gris : zone témoin. Les changements ne sont montrés que là où l&apos;intervalle à 95 % du changement (bootstrap sur les participants) n&apos;inclut pas 0 %.</translation>
    </message>
    <message>
        <source>{citizens} simulated citizens over {days} days on the streets of central Helsinki (OpenStreetMap contributors, ODbL). From {change}, {closed} is closed to cars and {slowed} is slowed. Red dashes: study area; grey dashes: control area. Changes are shown only where their 95 % range (participant bootstrap) excludes no change.</source>
        <translation type="vanished">{citizens} habitants simulés sur {days} jours dans les rues du centre d&apos;Helsinki (contributeurs d&apos;OpenStreetMap, ODbL). À partir du {change}, {closed} est fermée aux voitures et {slowed} est ralentie. Tirets rouges : zone d&apos;étude ; tirets gris : zone témoin. Les changements ne sont montrés que là où leur intervalle à 95 % (bootstrap sur les participants) exclut l&apos;absence de changement.</translation>
    </message>
</context>
</TS>
