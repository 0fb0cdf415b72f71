"""Tracemob QGIS plugin entry point.

Nothing here may touch ``iface`` or import heavy modules at import time: ``qgis_process``
imports the plugin and calls ``classFactory(None)``.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    from .tracemob_plugin.plugin import TracemobPlugin

    return TracemobPlugin(iface)
