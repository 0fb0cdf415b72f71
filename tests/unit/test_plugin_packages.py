"""Every folder of the plugin holding Python modules is a regular package (has ``__init__.py``).

A folder without one is a namespace package: QGIS's ``qgis.utils._unloadPluginModules`` iterates
its ``__path__`` after deleting its parent from ``sys.modules`` and raises ``KeyError:
'tracemob.tracemob_plugin'`` on disabling, reloading or quitting (issue 11, ``gui/``)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_plugin_folder_with_python_has_an_init():
    folders = {p.parent for tree in ("tracemob_plugin", "processing") for p in (ROOT / tree).rglob("*.py")
               if "__pycache__" not in p.parts}
    assert len(folders) > 10
    missing = sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").is_file())
    assert missing == []
    assert (ROOT / "__init__.py").is_file()
