"""Logging helper in the spirit of Oslandia's PlgLogger.

Every message goes to QGIS's message log (tab "Tracemob") *and* to Python ``logging`` (logger
``tracemob``), so it shows in the GUI, in ``qgis_process`` output and in test logs alike.
Secrets never reach a log: :func:`redact` masks tokens, passwords, API keys and bearer headers
in every message before it is written.
"""
import logging
import re

from qgis.core import QgsMessageLog

from ..compat import LEVEL_CRITICAL, LEVEL_INFO, LEVEL_SUCCESS, LEVEL_WARNING

TAG = "Tracemob"
LOGGER = logging.getLogger("tracemob")

_SECRET_PATTERNS = [
    # key=value / key: value / "key": "value" for anything that looks like a credential
    re.compile(r"""(?ix)
        (["']?\b(?:[a-z_]*token|password|passwd|secret|api[_-]?key|authorization|auth|user_email)\b["']?
        \s*[:=]\s*)
        (?:"[^"]*"|'[^']*'|[^\s,;&}]+)"""),
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"),
]


def redact(message):
    """Mask anything that looks like a secret (tokens, passwords, bearer headers)."""
    text = str(message)
    text = _SECRET_PATTERNS[1].sub(lambda m: m.group(1) + " ***", text)
    text = _SECRET_PATTERNS[0].sub(lambda m: m.group(1) + "***", text)
    return text


_LEVELS = {
    "info": (LEVEL_INFO, logging.INFO),
    "success": (LEVEL_SUCCESS, logging.INFO),
    "warning": (LEVEL_WARNING, logging.WARNING),
    "critical": (LEVEL_CRITICAL, logging.ERROR),
    "error": (LEVEL_CRITICAL, logging.ERROR),
    "debug": (LEVEL_INFO, logging.DEBUG),
}


def log(message, level="info", push=False, duration=None, iface=None):
    """Log ``message`` (already translated with ``tr``) at ``level``.

    ``level``: ``"debug"``, ``"info"``, ``"success"``, ``"warning"``, ``"error"``/``"critical"``.
    ``push=True`` also shows it in the QGIS message bar when a GUI ``iface`` is given.
    Debug messages only go to Python logging, not to the QGIS message log.
    """
    qgs_level, py_level = _LEVELS.get(str(level).lower(), _LEVELS["info"])
    text = redact(message)
    LOGGER.log(py_level, text)
    if py_level == logging.DEBUG:
        return
    try:
        QgsMessageLog.logMessage(text, TAG, qgs_level, notifyUser=push)
    except Exception:  # pragma: no cover - logging must never break the caller
        pass
    if push and iface is not None:
        try:
            bar = iface.messageBar()
            bar.pushMessage(TAG, text, qgs_level, duration if duration is not None else 5)
        except Exception:  # pragma: no cover
            pass


class PlgLogger:
    """Object form of :func:`log` (``PlgLogger().log("text", level="warning")``)."""

    def __init__(self, iface=None):
        self.iface = iface

    def log(self, message, level="info", push=False, duration=None):
        log(message, level=level, push=push, duration=duration, iface=self.iface)

    def info(self, message):
        log(message, "info")

    def warning(self, message):
        log(message, "warning")

    def error(self, message):
        log(message, "error")

    def debug(self, message):
        log(message, "debug")
