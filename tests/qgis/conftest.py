"""QGIS test fixtures: QGIS app (pytest-qgis, offscreen), QGIS Processing, the Tracemob provider.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/qgis -q --qgis_disable_gui``.
The plugin package is ``tracemob`` (registered by tests/conftest.py), so ``import processing``
here is QGIS's own Processing (``/usr/share/qgis/python/plugins``), never ours.
"""
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _unshadow_qgis_processing():
    """``python -m pytest`` puts the working directory (the repo root) on sys.path, where our own
    ``processing/`` would shadow QGIS's ``processing``: drop those entries (our package stays
    importable as ``tracemob.processing``)."""
    root = str(ROOT)
    sys.path[:] = [p for p in sys.path if p not in ("", ".") and os.path.abspath(p) != root]
    mod = sys.modules.get("processing")
    if mod is not None and str(getattr(mod, "__file__", "") or "").startswith(root + os.sep):
        for name in [n for n in sys.modules if n == "processing" or n.startswith("processing.")]:
            del sys.modules[name]


_unshadow_qgis_processing()


@pytest.fixture(scope="session")
def qgis_processing_ready(qgis_app):
    """QGIS Processing initialised (native + QGIS providers)."""
    plugins = os.path.join(qgis_app.pkgDataPath(), "python", "plugins")
    if plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    _complete_iface_stub()
    return qgis_app


class _LayerTreeViewStub:
    """What QGIS's Processing asks of ``iface.layerTreeView()`` when it loads results (3.40's
    Postprocessing.handleAlgorithmResults): nothing selected, so layers go to the top of the tree."""

    def currentNode(self):  # noqa: N802
        return None

    def setUpdatesEnabled(self, enabled):  # noqa: N802
        pass


def _complete_iface_stub():
    """pytest-qgis's QgisInterface stub (up to 5.0.2) has no ``layerTreeView()``, which QGIS 3.40's
    ``processing.runAndLoadResults`` calls (3.22 did not): add it (plain Python, nothing for QGIS to
    delete at exit)."""
    from qgis import utils

    if utils.iface is not None and not hasattr(utils.iface, "layerTreeView"):
        view = _LayerTreeViewStub()
        utils.iface.layerTreeView = lambda: view


_PROVIDERS = []  # every provider registered here stays referenced (or Python garbage-collects it)


@pytest.fixture(scope="session", autouse=True)
def _remove_test_providers_at_the_end():
    """Take the providers registered by these fixtures out of the registry before QGIS exits
    (left in, their deletion at interpreter exit crashes with a segmentation fault)."""
    yield
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for provider in _PROVIDERS:
        if registry.providerById("tracemob") is provider:
            registry.removeProvider(provider)
    _PROVIDERS.clear()


@pytest.fixture(scope="module")
def tracemob_provider(qgis_processing_ready):
    """The registered ``tracemob`` provider; registered again for a module when an earlier test module
    (tests/qgis/test_plugin.py tests the plugin's own registration) took it out of the registry."""
    from qgis.core import QgsApplication

    from tracemob.processing.provider import TracemobProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("tracemob")
    if existing is not None:
        return existing
    provider = TracemobProvider()
    assert registry.addProvider(provider)
    _PROVIDERS.append(provider)
    return provider


@pytest.fixture()
def run_alg(tracemob_provider):
    """``run_alg("tracemob:segmenttrips", {...})`` -> (results dict, feedback) via processing.run."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    class _Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.infos, self.warnings, self.errors = [], [], []

        def pushInfo(self, info):  # noqa: N802
            self.infos.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):  # noqa: N802
            self.warnings.append(warning)
            super().pushWarning(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802,N803
            self.errors.append(error)
            super().reportError(error, fatalError)

    def _run(alg_id, params):
        feedback = _Feedback()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        results = processing.run(alg_id, params, feedback=feedback, context=context)
        return results, feedback

    return _run


@pytest.fixture()
def sample_day(sample_dir):
    """The embedded real e-mission day 2016-07-22 (raw phone timeseries)."""
    path = sample_dir / "shankari_2016-07-22.json"
    assert path.exists(), path
    return path


@pytest.fixture()
def french(qgis_app, tmp_path):
    """The French catalogue compiled and installed as a Qt translator (core.i18n's translator is reset at the
    end; a test that wants core ``tr`` in French sets it with ``core.i18n.set_translator``)."""
    import importlib.util

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from tracemob.tracemob_plugin.core import i18n as core_i18n

    spec = importlib.util.spec_from_file_location("tracemob_i18n_script", ROOT / "scripts" / "i18n.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    if script.find_lrelease() is None:
        pytest.skip("lrelease is not installed (scripts/setup_env.sh installs qttools5-dev-tools)")
    qm = script.compile_ts(ROOT / "i18n" / "tracemob_fr.ts", tmp_path / "tracemob_fr.qm")
    translator = QTranslator()
    assert translator.load(str(qm)), f"QTranslator cannot load {qm}"
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        core_i18n.set_translator(None)
        QCoreApplication.removeTranslator(translator)
