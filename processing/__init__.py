"""Tracemob's QGIS Processing provider and algorithms (thin glue around ``tracemob_plugin.core``).

Careful: this package is ``tracemob.processing`` once installed; it must never be importable as a
top-level ``processing`` (that name belongs to QGIS). Nothing is imported here eagerly.
"""
