"""The plugin as QGIS runs it: built with scripts/build_zip.py, unzipped into a plugin folder, then
``qgis.utils.loadPlugin`` / ``startPlugin`` / ``unloadPlugin`` (what the Plugin Manager calls on
enabling, disabling and reloading, and QGIS on quitting), with pytest-qgis's ``iface``.

The working tree is imported as ``tracemob`` by tests/conftest.py; these tests set those modules
aside so that QGIS imports the unzipped copy, and put them back after.
"""
import importlib.util
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "tracemob"


def _ours(name):
    return name == PACKAGE or name.startswith(PACKAGE + ".")


def _leftovers():
    return sorted(name for name in sys.modules if _ours(name))


@pytest.fixture(scope="module")
def plugins_dir(tmp_path_factory):
    """``<profile>/python/plugins`` holding the plugin from the built zip (as a user installs it)."""
    spec = importlib.util.spec_from_file_location("tracemob_build_zip", ROOT / "scripts" / "build_zip.py")
    build_zip = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_zip)
    archive = build_zip.build(tmp_path_factory.mktemp("dist"))
    plugins = tmp_path_factory.mktemp("profile") / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(plugins)
    assert (plugins / PACKAGE / "__init__.py").is_file()
    return plugins


class _MessageBar:
    """pytest-qgis's MockMessageBar lacks pushWidget/popWidget (the plugin's message with a button)."""

    def __init__(self, mock):
        self.mock = mock
        self.widgets = []

    def pushMessage(self, title, text, level=0, duration=5):  # noqa: N802
        self.mock.pushMessage(title, text, level, duration)

    def pushWidget(self, widget, level=0, duration=0):  # noqa: N802
        self.widgets.append(widget)
        return widget

    def popWidget(self, widget):  # noqa: N802
        if widget in self.widgets:
            self.widgets.remove(widget)
            return True
        return False


class _Iface:
    """pytest-qgis's QgisInterface, plus what it lacks and the plugin uses (removePluginMenu,
    a message bar taking widgets); the plugin's menu entries are recorded."""

    def __init__(self, stub):
        self._stub = stub
        self.bar = _MessageBar(stub.messageBar())
        self.menu = []

    def __getattr__(self, name):
        return getattr(self._stub, name)

    def addPluginToMenu(self, name, action):  # noqa: N802
        self._stub.addPluginToMenu(name, action)
        self.menu.append((name, action.text()))

    def removePluginMenu(self, name, action):  # noqa: N802
        self.menu.remove((name, action.text()))

    def messageBar(self):  # noqa: N802
        return self.bar


@pytest.fixture()
def qgis_plugins(qgis_processing_ready, qgis_iface, plugins_dir, monkeypatch):
    """qgis.utils set up as QGIS does at start, with the zip's plugin folder; the working tree's
    ``tracemob`` modules set aside; every ``showException`` (QGIS's Python error box) recorded."""
    import qgis.utils as qgis_utils
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    session_provider = registry.providerById(PACKAGE)
    if session_provider is not None:  # another module's provider: QGIS must register its own
        registry.removeProvider(session_provider)
    stashed = {name: sys.modules.pop(name) for name in _leftovers()}
    errors = []
    iface = _Iface(qgis_iface)
    monkeypatch.setattr(qgis_utils, "iface", iface)
    monkeypatch.setattr(qgis_utils, "plugin_paths", [str(plugins_dir)])
    monkeypatch.setattr(qgis_utils, "available_plugins", list(qgis_utils.available_plugins))
    monkeypatch.setattr(qgis_utils, "plugins_metadata_parser", dict(qgis_utils.plugins_metadata_parser))
    monkeypatch.setattr(qgis_utils, "showException", lambda *args, **kw: errors.append(args))
    monkeypatch.syspath_prepend(str(plugins_dir))
    qgis_utils.updateAvailablePlugins()
    assert PACKAGE in qgis_utils.available_plugins
    try:
        yield qgis_utils, iface, errors, registry
    finally:
        if PACKAGE in qgis_utils.active_plugins:
            qgis_utils.unloadPlugin(PACKAGE)
        for name in _leftovers():
            del sys.modules[name]
        sys.modules.update(stashed)


def _start(qgis_utils, errors):
    assert qgis_utils.loadPlugin(PACKAGE), errors
    assert qgis_utils.startPlugin(PACKAGE), errors
    assert errors == []
    return qgis_utils.plugins[PACKAGE]


def test_load_start_unload_twice_like_qgis(qgis_plugins, plugins_dir):
    qgis_utils, iface, errors, registry = qgis_plugins
    for _ in range(2):  # the second round is a reload (or enabling again after disabling)
        plugin = _start(qgis_utils, errors)
        assert Path(sys.modules[PACKAGE].__file__).parent == plugins_dir / PACKAGE  # the zip's copy
        provider = registry.providerById(PACKAGE)
        assert provider is not None and provider is plugin.provider
        assert registry.algorithmById("tracemob:segmenttrips") is not None
        assert ("&Tracemob", "Tracemob tools (Processing)") in iface.menu
        assert qgis_utils.unloadPlugin(PACKAGE), errors
        assert errors == []  # e.g. KeyError 'tracemob.tracemob_plugin' from _unloadPluginModules
        assert registry.providerById(PACKAGE) is None
        assert iface.menu == []
        assert _leftovers() == []


def test_first_start_without_pandas_shows_the_plugins_message(qgis_plugins, monkeypatch):
    """Issue 11: a QGIS without pandas showed a Python error box from processing/base.py."""
    qgis_utils, iface, errors, registry = qgis_plugins
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "pandas" else real(name, *a))
    plugin = _start(qgis_utils, errors)
    assert registry.providerById(PACKAGE) is None
    assert not [name for name in _leftovers() if name.startswith(PACKAGE + ".processing")]  # never imported
    assert len(iface.bar.widgets) == 1 and "pandas" in iface.bar.widgets[0].text()
    assert iface.menu == [("&Tracemob", "Install the Python packages Tracemob needs…")]
    dialog = plugin.show_dependencies_dialog()
    text = dialog.browser.toPlainText()
    assert "python3-pandas" in text and "OSGeo4W" in text and "QGIS.app" in text
    assert qgis_utils.unloadPlugin(PACKAGE), errors
    assert errors == [] and iface.bar.widgets == [] and iface.menu == []
    assert _leftovers() == []
