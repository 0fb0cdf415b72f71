"""The compiled French catalogue really translates, through Qt and through core.i18n.tr
(the ``french`` fixture is in conftest.py)."""
from qgis.PyQt.QtCore import QCoreApplication

from tracemob.tracemob_plugin.core import i18n as core_i18n
from tracemob.tracemob_plugin.core.errors import InputError


def test_compiled_catalogue_translates_through_qt(french):
    assert french.translate("Tracemob", "row {row}") == "ligne {row}"
    assert QCoreApplication.translate("Tracemob", "field '{field}'") == "champ « {field} »"
    # Unknown strings and other contexts stay English.
    assert QCoreApplication.translate("Tracemob", "no such string") == "no such string"
    assert QCoreApplication.translate("Other", "row {row}") == "row {row}"


def test_core_tr_returns_french_once_translator_is_set(french):
    assert core_i18n.tr("row {row}") == "row {row}"  # no translator installed yet: English
    core_i18n.set_translator(QCoreApplication.translate)
    assert core_i18n.tr("row {row}").format(row=12) == "ligne 12"
    err = InputError("bad", file="trace.csv", row=3, field="lat")
    assert str(err) == "trace.csv, ligne 3, champ « lat »: bad"
    core_i18n.set_translator(None)
    assert core_i18n.tr("row {row}") == "row {row}"


def test_styled_outputs_show_french_legend_classes(french):
    """The QML class labels are in the catalogue; styling an output translates them."""
    from qgis.core import QgsVectorLayer

    from tracemob.processing.styles import STYLES_DIR, translate_legend

    core_i18n.set_translator(QCoreApplication.translate)
    stays = QgsVectorLayer("Point?crs=EPSG:4326&field=duration_s:double", "stays", "memory")
    stays.loadNamedStyle(str(STYLES_DIR / "stays.qml"))
    english = [r.label() for r in stays.renderer().ranges()]
    assert "< 15 min" in english
    modes = QgsVectorLayer("LineString?crs=EPSG:4326&field=mode:string", "modes", "memory")
    modes.loadNamedStyle(str(STYLES_DIR / "modes.qml"))
    translate_legend(modes)
    labels = [c.label() for c in modes.renderer().categories()]
    assert "Marche" in labels and "Walk" not in labels
    share = QgsVectorLayer("Polygon?crs=EPSG:4326&field=masked:integer", "share", "memory")
    share.loadNamedStyle(str(STYLES_DIR / "modalshare.qml"))
    translate_legend(share)
    found = [c.label() for c in share.renderer().categories()] if hasattr(share.renderer(), "categories") \
        else [r.label() for r in share.renderer().rootRule().children()]
    assert any(label.startswith("Masquée") for label in found), found


def test_choice_lists_are_french_and_their_values_stay_the_codes(french):
    """Choice lists show translated labels; the algorithms read index (or code) -> the stable code."""
    from qgis.core import QgsProcessingContext

    from tracemob.processing.algorithms.od_flows import OdFlowsAlgorithm
    from tracemob.processing.algorithms.segment_trips import SegmentTripsAlgorithm

    core_i18n.set_translator(QCoreApplication.translate)
    seg = SegmentTripsAlgorithm()
    seg.initAlgorithm()
    assert seg.parameterDefinition("STAY_METHOD").options() == [
        "Arrêt : la chaîne d'e-mission (un déplacement se termine après une pause en un lieu)",
        "Fenêtre : les points GPS d'une fenêtre de temps restent dans le rayon",
        "Glissant : la chaîne d'ancrage de trackintel"]
    assert seg.parameterDefinition("STAY_WINDOW").options()[1] == (
        "Vers l'arrière : les points GPS qui précèdent chaque point")
    assert seg.parameterDefinition("STAY_METHOD").help().endswith(
        "Avec qgis_process : le numéro du choix ou son code (dwell, window, sliding).")
    context = QgsProcessingContext()
    read = seg._params({"STAY_METHOD": 1, "STAY_WINDOW": 1}, context)
    assert (read.stay_method, read.stay_window) == ("window", "backward")
    read = seg._params({"STAY_METHOD": "sliding", "STAY_WINDOW": "both"}, context)   # qgis_process codes
    assert (read.stay_method, read.stay_window) == ("sliding", "both")
    assert seg._params({}, context).stay_method == "dwell"
    ok, _ = seg.checkParameterValues({"INPUT": "x", "STAY_METHOD": "fenêtre"}, context)
    assert not ok   # a label is not a value

    od = OdFlowsAlgorithm()
    od.initAlgorithm()
    modes = od.parameterDefinition("MODE").options()
    assert modes[0] == "Tous les modes" and "Voiture" in modes and "Vélo" in modes and "car" not in modes
    purposes = od.parameterDefinition("PURPOSE").options()
    assert purposes[:3] == ["Tous les motifs", "Domicile", "Travail"] and purposes[-1] == "Autre"
    assert od.parameterDefinition("SMALL_PAIRS").options() == ["Les supprimer", "Les regrouper dans « other »"]
    assert od.parameterAsChoice({"MODE": modes.index("Voiture")}, "MODE", context) == "car"
    assert od.parameterAsChoice({"PURPOSE": purposes.index("Autre")}, "PURPOSE", context) == "other"
    assert od.parameterAsChoice({"PURPOSE": "work"}, "PURPOSE", context) == "work"
    assert od.parameterAsChoice({"SMALL_PAIRS": 1}, "SMALL_PAIRS", context) == "merge"
    assert od.parameterAsChoice({}, "MODE", context) == "all"
