"""Translation hook for the domain code, which must not import Qt.

Domain modules call ``tr("English text")``. Inside QGIS the plugin installs a translator
(``QCoreApplication.translate`` in the ``Tracemob`` context) with :func:`set_translator`;
elsewhere the English text is returned. ``scripts/i18n.py`` extracts every ``tr("...")`` literal
of the repository into ``i18n/tracemob_fr.ts`` under that same context.
"""
from typing import Callable, Optional

CONTEXT = "Tracemob"
_translator: Optional[Callable[[str, str], str]] = None


def set_translator(func: Optional[Callable[[str, str], str]]) -> None:
    """Install ``func(context, text) -> text`` (or ``None`` to go back to English)."""
    global _translator
    _translator = func


def tr(text: str) -> str:
    """Translate a user-facing string. Use ``.format()`` on the result, never f-strings inside."""
    if _translator is None:
        return text
    try:
        out = _translator(CONTEXT, text)
    except Exception:  # a broken translator must never hide the message
        return text
    return out or text
