"""The ``tracemob`` Processing provider: discovers every algorithm in ``processing/algorithms/``."""
import importlib
import inspect
import pkgutil

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..tracemob_plugin.core.i18n import tr
from ..tracemob_plugin.toolbelt.log import log
from . import algorithms as _algorithms_pkg
from .base import ICON_PATH, TracemobAlgorithm


def discover_algorithm_classes():
    """``(classes, failures)``: every concrete TracemobAlgorithm subclass defined in a module of
    ``processing/algorithms/`` (sorted by NAME), and ``[(module_name, error_text)]`` for modules
    that failed to import (logged, never fatal)."""
    classes, failures = [], []
    for info in sorted(pkgutil.iter_modules(_algorithms_pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module_name = "{}.{}".format(_algorithms_pkg.__name__, info.name)
        try:
            module = importlib.import_module(module_name)
        except Exception as err:  # a broken module must not hide the other algorithms
            failures.append((info.name, "{}: {}".format(type(err).__name__, err)))
            continue
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (issubclass(obj, TracemobAlgorithm) and obj is not TracemobAlgorithm
                    and obj.__module__ == module.__name__ and getattr(obj, "NAME", None)):
                classes.append(obj)
    classes.sort(key=lambda c: c.NAME)
    return classes, failures


class TracemobProvider(QgsProcessingProvider):
    """Processing provider ``tracemob`` ("Tracemob")."""

    def __init__(self):
        super().__init__()
        self.failures = []

    def id(self):
        return "tracemob"

    def name(self):
        return "Tracemob"

    def longName(self):  # noqa: N802
        return tr("Tracemob: smartphone travel traces to mobility indicators")

    def icon(self):
        return QIcon(str(ICON_PATH))

    def svgIconPath(self):  # noqa: N802
        return str(ICON_PATH)

    def loadAlgorithms(self):  # noqa: N802
        classes, self.failures = discover_algorithm_classes()
        for module, error in self.failures:
            log(tr("Tracemob algorithm module '{module}' could not be loaded: {error}")
                .format(module=module, error=error), "warning")
        seen = set()
        for cls in classes:
            if cls.NAME in seen:
                log(tr("Two Tracemob algorithms are named '{name}': the second one is ignored.")
                    .format(name=cls.NAME), "warning")
                continue
            seen.add(cls.NAME)
            self.addAlgorithm(cls())
