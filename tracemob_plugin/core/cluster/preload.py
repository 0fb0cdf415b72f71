"""Worker start-up: make this working tree importable as the package ``tracemob`` on a Dask worker.

The repository root is the plugin folder and cannot sit on ``sys.path`` (its ``processing/`` would
shadow QGIS's own), so, as ``scripts/devpath.py`` does for the tests, the root is registered as the
package ``tracemob``. Dask runs this file on each worker started with it: ``LocalCluster(preload=[...])``
(what ``runner.local_cluster`` does) or ``dask worker ADDRESS --preload /path/to/this/preload.py`` on a
remote machine holding the same code. Standalone on purpose (no relative import: Dask executes the file).
Dask runs a copy of the file from the worker's scratch folder, so the tree is found from the environment
variable ``TRACEMOB_ROOT`` (set by ``runner.local_cluster`` for its workers; set it for ``dask worker``),
else from a global of that name (``runner.prepare_workers``), else from this file's own place.
"""
import importlib.util
import os
import sys
from pathlib import Path

PACKAGE = "tracemob"
ROOT = Path(globals().get("TRACEMOB_ROOT") or os.environ.get("TRACEMOB_ROOT")
            or Path(__file__).resolve().parents[3])
if not (ROOT / "__init__.py").is_file() or not (ROOT / "tracemob_plugin").is_dir():
    raise RuntimeError(f"tracemob preload: {ROOT} is not a Tracemob tree; set TRACEMOB_ROOT to the folder "
                       "holding tracemob_plugin/ (a clone, or the installed QGIS plugin)")


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
