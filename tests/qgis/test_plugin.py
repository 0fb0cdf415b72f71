"""Plugin entry point: headless start (classFactory(None)), provider lifetime, unload, translator."""
import gc

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication

import tracemob
from tracemob.tracemob_plugin import plugin as plugin_mod
from tracemob.tracemob_plugin.core import i18n as core_i18n

ALGS = {"tracemob:importtraces", "tracemob:segmenttrips"}


def _registry():
    return QgsApplication.processingRegistry()


def _registry_without_tracemob():
    """The registry, with the session's tracemob provider (of another test) taken out."""
    registry = _registry()
    existing = registry.providerById("tracemob")
    if existing is not None:
        registry.removeProvider(existing)
    return registry


def test_classfactory_none_and_init_processing_work_headless(qgis_processing_ready):
    registry = _registry_without_tracemob()
    plugin = tracemob.classFactory(None)
    assert plugin.iface is None and plugin.provider is None  # nothing happens before initProcessing
    plugin.initProcessing()
    try:
        provider = registry.providerById("tracemob")
        assert provider is plugin.provider
        assert provider.name() == "Tracemob"
        ids = {a.id() for a in provider.algorithms()}
        assert ALGS <= ids, ids
        plugin.initProcessing()  # idempotent: still one provider
        assert [p.id() for p in registry.providers()].count("tracemob") == 1
        alg = registry.algorithmById("tracemob:segmenttrips")
        assert alg.group() == "Segmentation" and alg.groupId() == "segmentation"
        assert alg.shortHelpString()
    finally:
        plugin.unload()
    assert registry.providerById("tracemob") is None
    assert core_i18n._translator is None


def test_provider_survives_garbage_collection(qgis_processing_ready):
    registry = _registry_without_tracemob()
    plugin = tracemob.classFactory(None)
    plugin.initProcessing()
    try:
        for _ in range(3):
            gc.collect()
        provider = registry.providerById("tracemob")
        assert provider is not None
        assert provider.id() == "tracemob"  # the C++ object is alive (a deleted one raises RuntimeError)
        alg = registry.createAlgorithmById("tracemob:importtraces")
        assert alg is not None and alg.displayName() == "Import travel traces"
        # and a run through Processing still reaches our Python code
        import processing
        from qgis.core import QgsProcessingFeedback

        sample = plugin_mod.PLUGIN_ROOT / "resources" / "sample" / "emission" / "shankari_2016-09-03.json"
        gc.collect()
        res = processing.run("tracemob:importtraces", {"INPUT": [str(sample)], "OUTPUT": "TEMPORARY_OUTPUT"},
                             feedback=QgsProcessingFeedback())
        assert res["OUTPUT"].featureCount() == 174
    finally:
        plugin.unload()


def test_provider_lists_every_algorithm_module_explicitly(qgis_processing_ready):
    """The provider names its algorithms (an import error surfaces instead of hiding one tool); the list
    must cover every module of processing/algorithms/, one algorithm class each."""
    import pkgutil

    from tracemob.processing import algorithms as algorithms_pkg
    from tracemob.processing import provider as provider_mod

    modules = {info.name for info in pkgutil.iter_modules(algorithms_pkg.__path__) if not info.name.startswith("_")}
    listed = [cls.__module__.rsplit(".", 1)[1] for cls in provider_mod.ALGORITHMS]
    assert sorted(listed) == sorted(modules)
    assert len({cls.NAME for cls in provider_mod.ALGORITHMS}) == len(provider_mod.ALGORITHMS)


_LOAD_PROVIDER = """
import sys
sys.path.insert(0, {scripts!r})
import devpath
devpath.load_tracemob()
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
before = set(sys.modules)   # QGIS 3.40's qgis.core imports shapely itself: only what the provider adds counts
from tracemob.processing.provider import TracemobProvider
provider = TracemobProvider()
QgsApplication.processingRegistry().addProvider(provider)
print(len(provider.algorithms()),
      ' '.join(m for m in ('scipy', 'sklearn', 'shapely', 'dask', 'distributed')
               if m in sys.modules and m not in before))
"""


def test_loading_the_provider_leaves_scipy_for_the_algorithms_that_need_it():
    """Every qgis_process call loads the provider (all algorithms, their parameters): scipy (0.3 s) is
    imported by the algorithms that use it when they run, not at load (segmenttrips and importtraces
    never need it). Nor dask and distributed: only a run with the Dask cluster option on imports them
    (processing/cluster.py), though the provider's ``load`` registers that option."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(tracemob.__file__).resolve().parent
    code = _LOAD_PROVIDER.format(scripts=str(root / "scripts"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    count, *heavy = proc.stdout.strip().splitlines()[-1].split(" ")
    from tracemob.processing.provider import ALGORITHMS

    assert int(count) == len(ALGORITHMS)  # every algorithm loaded, parameters and all
    assert [m for m in heavy if m] == []


def test_translator_follows_locale_settings(qgis_app, tmp_path, monkeypatch):
    """A catalogue i18n/tracemob_fr.qm is installed when QGIS's user locale is fr (override on)."""
    import importlib.util

    from qgis.core import QgsSettings

    spec = importlib.util.spec_from_file_location("tracemob_i18n_script",
                                                  plugin_mod.PLUGIN_ROOT / "scripts" / "i18n.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    if script.find_lrelease() is None:
        import pytest

        pytest.skip("lrelease is not installed")
    script.compile_ts(plugin_mod.PLUGIN_ROOT / "i18n" / "tracemob_fr.ts", tmp_path / "tracemob_fr.qm")
    monkeypatch.setattr(plugin_mod, "I18N_DIR", tmp_path)
    settings = QgsSettings()
    old = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "fr_FR")
    translator = None
    try:
        assert plugin_mod.current_locale() == "fr"
        translator = plugin_mod.load_translator()
        assert translator is not None
        assert core_i18n.tr("row {row}").format(row=4) == "ligne 4"
        settings.setValue("locale/userLocale", "de_DE")
        assert plugin_mod.current_locale() == "de"
        assert plugin_mod.load_translator() is None  # no German catalogue: English stays
    finally:
        if translator is not None:
            QCoreApplication.removeTranslator(translator)
        core_i18n.set_translator(None)
        for key, value in zip(("locale/overrideFlag", "locale/userLocale"), old):
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
    assert core_i18n.tr("row {row}") == "row {row}"


class _FakeIface:
    """Just what TracemobPlugin uses of QgisInterface, recording menu changes; its message bar is a
    real QgsMessageBar."""

    def __init__(self):
        from qgis.gui import QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow

        self.window = QMainWindow()
        self.bar = QgsMessageBar(self.window)
        self.menu = []
        self.toolbars = []

    @property
    def messages(self):
        return [item.text() for item in self.bar.items()]

    def mainWindow(self):  # noqa: N802
        return self.window

    def addPluginToMenu(self, name, action):  # noqa: N802
        self.menu.append((name, action))

    def removePluginMenu(self, name, action):  # noqa: N802
        self.menu.remove((name, action))

    def messageBar(self):  # noqa: N802
        return self.bar

    def addToolBar(self, name):  # noqa: N802
        from qgis.PyQt.QtWidgets import QToolBar

        bar = QToolBar(name, self.window)
        self.toolbars.append(bar)
        return bar


def test_init_gui_menu_and_gui_extension_hook(qgis_processing_ready, tmp_path, monkeypatch):
    from tracemob.tracemob_plugin import gui as gui_pkg

    (tmp_path / "fake_extension.py").write_text(
        "CALLS = []\n"
        "def register_gui(plugin):\n"
        "    CALLS.append(plugin)\n"
        "    plugin.add_action(None, 'Connect to a server', lambda: None, add_to_toolbar=True)\n")
    monkeypatch.setattr(gui_pkg, "__path__", list(gui_pkg.__path__) + [str(tmp_path)])
    registry = _registry_without_tracemob()
    iface = _FakeIface()
    plugin = tracemob.classFactory(iface)
    assert plugin.provider is None and iface.menu == []  # __init__ only stores iface
    plugin.initGui()
    try:
        assert registry.providerById("tracemob") is plugin.provider
        texts = [action.text() for _, action in iface.menu]
        assert texts[0] == "Tracemob tools (Processing)" and "Connect to a server" in texts
        assert {name for name, _ in iface.menu} == {"&Tracemob"}
        import sys

        ext = sys.modules["tracemob.tracemob_plugin.gui.fake_extension"]
        assert ext.CALLS == [plugin]
        assert plugin.toolbar is not None
        assert "Connect to a server" in [a.text() for a in plugin.toolbar.actions()]
    finally:
        plugin.unload()
        sys_modules_key = "tracemob.tracemob_plugin.gui.fake_extension"
        import sys

        sys.modules.pop(sys_modules_key, None)
    assert iface.menu == [] and plugin.actions == [] and plugin.toolbar is None
    assert registry.providerById("tracemob") is None


def test_log_goes_to_qgis_and_python_without_secrets(qgis_app, caplog):
    import logging

    from qgis.core import QgsApplication

    from tracemob.tracemob_plugin.toolbelt.log import PlgLogger, redact

    received = []

    def on_message(message, tag, level):
        received.append((message, tag))

    log_obj = QgsApplication.messageLog()
    log_obj.messageReceived.connect(on_message)
    try:
        with caplog.at_level(logging.INFO, logger="tracemob"):
            PlgLogger().warning("GET https://openpath.example/api?user_token=abc123secret&limit=5 "
                                "Authorization: Bearer eyJhbGciOi.payload.sig password=hunter2")
    finally:
        log_obj.messageReceived.disconnect(on_message)
    texts = [m for m, tag in received if tag == "Tracemob"]
    assert len(texts) == 1
    for text in (texts[0], caplog.records[-1].getMessage()):
        assert "abc123secret" not in text and "eyJhbGciOi" not in text and "hunter2" not in text
        assert "openpath.example" in text and "limit=5" in text
    assert redact('{"token": "s3cr3t", "user": "alice"}') == '{"token": ***, "user": "alice"}'


def _without(monkeypatch, *modules):
    """find_spec says ``modules`` are absent; the provider module cannot be imported (an attempt
    would raise ImportError, which the plugin would report as ``load_error``)."""
    import importlib.util
    import sys

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name in modules else real(name, *a))
    monkeypatch.setitem(sys.modules, "tracemob.processing.provider", None)


def test_missing_python_package_is_named_in_the_message_bar(qgis_processing_ready, monkeypatch):
    from qgis.PyQt.QtWidgets import QPushButton

    from tracemob.tracemob_plugin import plugin as plugin_module

    _without(monkeypatch, "sklearn")
    assert plugin_module.missing_packages() == ["scikit-learn"]
    registry = _registry_without_tracemob()
    iface = _FakeIface()
    plugin = tracemob.classFactory(iface)
    plugin.initGui()  # no exception escapes
    try:
        assert plugin.load_error is None  # the provider was never imported
        assert plugin.provider is None and registry.providerById("tracemob") is None
        assert len(iface.messages) == 1 and "scikit-learn" in iface.messages[0]
        item = iface.bar.items()[0]
        buttons = item.findChildren(QPushButton)
        assert [b.text() for b in buttons] == ["How to install them…"]
        assert [a.text() for _, a in iface.menu] == ["Install the Python packages Tracemob needs…"]
        buttons[0].click()  # opens the dialog
        dialog = plugin._dependencies_dialog
        assert dialog is not None and dialog.isVisible()
        assert "scikit-learn" in dialog.summary.text()
        assert "python3-sklearn" in dialog.browser.toPlainText()  # the Debian package name
        assert "OSGeo4W" in dialog.browser.toPlainText() and "QGIS.app" in dialog.browser.toPlainText()
    finally:
        plugin.unload()
    assert iface.menu == [] and iface.bar.items() == []


def test_missing_package_headless_logs_the_message_and_registers_nothing(qgis_processing_ready, monkeypatch,
                                                                         caplog):
    """qgis_process: classFactory(None).initProcessing() with pandas absent logs the plugin's message
    (with the install command) and leaves the registry alone; nothing raises."""
    import logging

    _without(monkeypatch, "pandas")
    registry = _registry_without_tracemob()
    plugin = tracemob.classFactory(None)
    with caplog.at_level(logging.INFO, logger="tracemob"):
        plugin.initProcessing()
        plugin.initProcessing()  # QGIS may call it twice: one message
        plugin.initGui()  # iface None: nothing more
    try:
        assert plugin.load_error is None and plugin.provider is None
        assert registry.providerById("tracemob") is None
        texts = [r.getMessage() for r in caplog.records if "pandas" in r.getMessage()]
        assert len(texts) == 1
        assert "pip install" in texts[0] or "apt install" in texts[0] or "conda install" in texts[0]
    finally:
        plugin.unload()


def test_too_old_package_is_a_problem_too(qgis_processing_ready, monkeypatch):
    """An installed pandas 1.5 (Debian 12's) does not do: named with its version."""
    import importlib.metadata

    from tracemob.tracemob_plugin.toolbelt import dependencies

    real = importlib.metadata.version
    monkeypatch.setattr(importlib.metadata, "version", lambda d: "1.5.3" if d == "pandas" else real(d))
    problems = dependencies.check()
    assert [(p.name, p.installed) for p in problems] == [("pandas", "1.5.3")]
    assert "1.5.3" in dependencies.summary(problems) and "2.0" in dependencies.summary(problems)


def test_broken_package_is_reported_not_raised(qgis_processing_ready, monkeypatch):
    """Packages found but failing at import (another numpy's binaries): the plugin says so, no error box."""
    import sys

    registry = _registry_without_tracemob()
    monkeypatch.setitem(sys.modules, "tracemob.processing.provider", None)  # import raises ImportError
    iface = _FakeIface()
    plugin = tracemob.classFactory(iface)
    plugin.initGui()
    try:
        assert plugin.provider is None and registry.providerById("tracemob") is None
        assert plugin.load_error and len(iface.messages) == 1
        assert iface.menu == []
    finally:
        plugin.unload()
