"""Make the working tree importable as the plugin package ``tracemob`` (tests, bench, scripts).

The repository root is the plugin folder, so it cannot go on ``sys.path`` itself: its
``processing/`` package would shadow QGIS's own ``processing``. Instead the root is
registered as the package ``tracemob``, exactly the name QGIS gives it once installed.
"""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "tracemob"


def load_tracemob():
    """Import (once) and return the ``tracemob`` package from this working tree."""
    if PACKAGE in sys.modules:
        return sys.modules[PACKAGE]
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)
    return module


SHARED_DATA = ROOT.parent / "shared" / "data"
