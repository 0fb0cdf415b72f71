"""Translation hook for the domain code, which must not import Qt.

Domain modules call ``tr("English text")``. Inside QGIS the plugin installs a translator
(``QCoreApplication.translate`` in the ``Tracemob`` context) with :func:`set_translator`;
elsewhere the English text is returned. ``scripts/i18n.py`` extracts every ``tr("...")`` literal
of the repository into ``i18n/tracemob_fr.ts`` under that same context, and the field docstrings
of the parameter dataclasses listed in ``processing/help.py`` (read by :func:`field_docstrings`,
the one reader the extractor and the plugin share: standard library only).
"""
import ast
from typing import Callable, List, Optional, Tuple

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


def docstring_message(text: str) -> str:
    """A docstring as a catalogue message: runs of whitespace (line breaks, indentation) made one space."""
    return " ".join(str(text).split())


def field_docstrings(source: str, class_name: str) -> List[Tuple[str, str, int]]:
    """``(field, message, line)`` of every documented field of class ``class_name`` in Python ``source``, in
    order: an annotated field followed by a string literal (the attribute docstring of a dataclass field),
    the text as :func:`docstring_message`. Fields without a docstring are left out."""
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            out = []
            body = node.body
            for field, doc in zip(body, body[1:]):
                if (isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name)
                        and isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant)
                        and isinstance(doc.value.value, str)):
                    out.append((field.target.id, docstring_message(doc.value.value), doc.lineno))
            return out
    return []
