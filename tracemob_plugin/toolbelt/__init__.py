"""Small QGIS-side helpers shared by the plugin: logging (and later settings)."""
from .log import PlgLogger, log, redact  # noqa: F401
