"""Per-parameter help: the text QGIS shows as a parameter's tooltip and in ``qgis_process help``.

Every parameter is added with a help (:meth:`.base.TracemobAlgorithm.add_parameter`, or
:func:`..tracemob_plugin.compat.set_help` in the shared builders). A parameter that sets a field of a
parameters dataclass of the domain takes the docstring written under that field (:func:`field_help`),
so the documentation of the field and the help of the parameter are one text. Those docstrings are
catalogue messages: ``scripts/i18n.py`` reads :data:`DOCUMENTED_PARAMS` (with ``ast``, without importing
this module) and extracts the field docstrings of each listed class, keyed by their text with whitespace
normalised; here they are translated with ``tr(text)`` at run time.
"""
import re
from functools import lru_cache
from pathlib import Path

from ..tracemob_plugin.core.i18n import field_docstrings, tr

PLUGIN_ROOT = Path(__file__).resolve().parents[1]

#: The dataclasses whose fields are Processing parameters: (source file from the plugin root, class name).
#: scripts/i18n.py reads this tuple to put their field docstrings in the French catalogue.
DOCUMENTED_PARAMS = (
    ("tracemob_plugin/core/trips/params.py", "SegmentationParams"),
    ("tracemob_plugin/core/privacy/export.py", "ExportParams"),
)

_RST_ROLE = re.compile(r":[a-z]+:`~?\.*([^`]+)`")
_RST_LITERAL = re.compile(r"``([^`]+)``")


@lru_cache(maxsize=None)
def _docstrings(class_name):
    """[(field, docstring message)] of a class of :data:`DOCUMENTED_PARAMS`, read from its source once."""
    for path, name in DOCUMENTED_PARAMS:
        if name == class_name:
            source = (PLUGIN_ROOT / path).read_text(encoding="utf-8")
            return tuple((field, text) for field, text, _ in field_docstrings(source, name))
    raise KeyError("{name} is not in processing/help.py DOCUMENTED_PARAMS".format(name=class_name))


def plain(text, names=None):
    """Help text without the reStructuredText markup of docstrings (``code``, :func:`name`); a ``field``
    named in ``names`` ({field: parameter name}) becomes the name of its parameter."""
    names = names or {}
    text = _RST_ROLE.sub(r"\1", text)
    return _RST_LITERAL.sub(lambda m: names.get(m.group(1), m.group(1)), text)


def field_help(dataclass, field, names=None):
    """The translated help of ``field`` of ``dataclass`` (listed in :data:`DOCUMENTED_PARAMS`): its docstring;
    a docstring that goes on from the previous field's ("... but only when ...") comes after that one.
    ``names``: {field: parameter name} of the fields exposed as parameters (see :func:`plain`).
    "" when the field has no docstring."""
    docs = _docstrings(dataclass.__name__)
    documented = [f for f, _ in docs]
    if field not in documented:
        return ""
    i = documented.index(field)
    parts = [docs[i][1]]
    while parts[0].startswith("...") and i > 0:
        i -= 1
        parts.insert(0, docs[i][1])
    return plain(" ".join(tr(p) for p in parts), names)
