"""Styling of Processing outputs: the QML of ``resources/styles/<name>.qml`` applied when QGIS loads
an output, saved inside GeoPackage outputs, and legends shown in the user's language."""
import os

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsVectorLayer

from ..tracemob_plugin.core.i18n import tr
from ..tracemob_plugin.toolbelt.log import log
from .base import RESOURCES

STYLES_DIR = RESOURCES / "styles"


def style_output(context, dest_id, style, layer_name=None):
    """Style output ``dest_id`` with ``resources/styles/<style>.qml``.

    When QGIS loads the output on completion (dialog, model), the style is applied to the
    loaded layer (and ``layer_name``, translated, replaces the default name). A GeoPackage
    output also gets the style saved inside it as its default style, so it opens styled
    later and after ``qgis_process`` runs. Never fails the algorithm.
    """
    if not dest_id:
        return
    qml = STYLES_DIR / "{}.qml".format(style)
    if not qml.exists():
        return
    try:
        from .staging import load_key

        key = load_key(dest_id)  # QGIS loads the published output, not the partial file being written
        if context.willLoadLayerOnCompletion(key):
            details = context.layerToLoadOnCompletionDetails(key)
            if layer_name:
                details.name = layer_name
            details.setPostProcessor(_StylePostProcessor(qml, layer_name))
        _embed_style_in_geopackage(dest_id, qml, style)
    except Exception as err:  # a style is a nicety: never lose the results for it
        log("Could not style {}: {}".format(dest_id, err), "warning")


def translate_legend(layer, translate=None):
    """Show the legend classes of a styled layer in the user's language.

    The QML styles carry English class labels; ``scripts/i18n.py`` puts them in the catalogue,
    and this replaces each with its translation (``translate``, default ``tr``). Labels the
    catalogue does not know stay as they are.
    """
    translate = translate or tr
    renderer = layer.renderer()
    if renderer is None:
        return
    if hasattr(renderer, "categories"):
        for i, category in enumerate(renderer.categories()):
            renderer.updateCategoryLabel(i, translate(category.label()))
    elif hasattr(renderer, "ranges"):
        for i, rng in enumerate(renderer.ranges()):
            renderer.updateRangeLabel(i, translate(rng.label()))
    elif hasattr(renderer, "rootRule"):
        stack = [renderer.rootRule()]
        while stack:
            rule = stack.pop()
            if rule.label():
                rule.setLabel(translate(rule.label()))
            stack.extend(rule.children())


class _StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML to an output layer once Processing has loaded it in the project."""

    _alive = set()  # Python must keep these objects alive until QGIS calls them

    def __init__(self, qml_path, layer_name=None):
        super().__init__()
        self.qml_path = str(qml_path)
        self.layer_name = layer_name
        _StylePostProcessor._alive.add(self)

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        try:
            if layer is not None and layer.isValid() and os.path.exists(self.qml_path):
                layer.loadNamedStyle(self.qml_path)
                translate_legend(layer)
                layer.triggerRepaint()
        finally:
            _StylePostProcessor._alive.discard(self)


def _embed_style_in_geopackage(dest_id, qml, style):
    """Save ``qml`` as the default style inside a GeoPackage output (``layer_styles`` table)."""
    path = str(dest_id).split("|")[0]
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return False
    layer = QgsVectorLayer(str(dest_id), style, "ogr")
    if not layer.isValid():
        return False
    _message, ok = layer.loadNamedStyle(str(qml))
    if not ok:
        return False
    error = layer.saveStyleToDatabase(style, "Tracemob", True, "")
    return not error
