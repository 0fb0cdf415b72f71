"""Tracemob: domain code (``core``, no QGIS import) and GUI (``gui``)."""
