"""Worker start-up: make this working tree importable as the package ``tracemob`` on a Dask worker.

The repository root is the plugin folder and cannot sit on ``sys.path`` (its ``processing/`` would
shadow QGIS's own), so, as ``scripts/devpath.py`` does for the tests, the root is registered as the
package ``tracemob``. Dask runs this file on each worker started with it: ``LocalCluster(preload=[...])``
(what ``runner.local_cluster`` does) or ``dask worker ADDRESS --preload /path/to/this/preload.py`` on a
remote machine holding the same code. Standalone on purpose (no relative import: Dask executes the file).
"""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = "tracemob"


def register_tree():
    """Import (once) and return the ``tracemob`` package of this tree (a no-op when already imported)."""
    if PACKAGE in sys.modules:
        return sys.modules[PACKAGE]
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)
    return module


register_tree()
