"""Tracemob domain logic. Nothing in this package imports QGIS or Qt.

Data model, in the spirit of trackintel: positionfixes (points) -> stays -> trips -> legs.
See docs/ARCHITECTURE.md for the column contracts.
"""
