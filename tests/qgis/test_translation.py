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
