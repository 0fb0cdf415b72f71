<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Tracemob</name>
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
        <location filename="../tracemob_plugin/core/evaluation.py" line="123"/>
        <source>cannot read this ground-truth file: {error}</source>
        <translation>impossible de lire ce fichier de vérité terrain : {error}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="125"/>
        <location filename="../tracemob_plugin/core/evaluation.py" line="128"/>
        <location filename="../tracemob_plugin/core/evaluation.py" line="136"/>
        <source>Give an e-mission ground_truth JSON file.</source>
        <translation>Indiquez un fichier JSON ground_truth d&apos;e-mission.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="127"/>
        <source>no &apos;data&apos; list of trips in this ground-truth file</source>
        <translation>aucune liste de déplacements « data » dans ce fichier de vérité terrain</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="135"/>
        <source>this trip has no start_ts/end_ts</source>
        <translation>ce déplacement n&apos;a pas de start_ts/end_ts</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="339"/>
        <source>the column is missing from the {table} table</source>
        <translation>la colonne est absente de la table {table}</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/evaluation.py" line="340"/>
        <source>Give trips with start_time and end_time columns.</source>
        <translation>Fournissez des déplacements avec des colonnes start_time et end_time.</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/common.py" line="117"/>
        <source>the {field} value is missing or not a number</source>
        <translation>la valeur {field} est absente ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/common.py" line="119"/>
        <source>{field} = {value} is out of range (latitude -90..90, longitude -180..180)</source>
        <translation>{field} = {value} est hors limites (latitude -90..90, longitude -180..180)</translation>
    </message>
    <message>
        <location filename="../tracemob_plugin/core/readers/common.py" line="122"/>
        <source>Check that the latitude and longitude columns are not swapped or projected, and fix or delete that row.</source>
        <translation>Vérifiez que les colonnes latitude et longitude ne sont pas inversées ni en coordonnées projetées, puis corrigez ou supprimez cette ligne.</translation>
    </message>
</context>
</TS>
