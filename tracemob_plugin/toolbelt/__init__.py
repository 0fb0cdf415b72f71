"""Small QGIS-side helpers shared by the plugin: ``log`` (QGIS message log + Python logging) and
``dependencies`` (the Python packages Tracemob needs, checked and explained without importing them).

Nothing is imported here: ``toolbelt.dependencies`` must stay importable without QGIS (unit tests);
import ``toolbelt.log`` by its full name.
"""
