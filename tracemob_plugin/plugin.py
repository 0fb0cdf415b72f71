"""QGIS entry point object: Processing provider, translator, menu.

``qgis_process`` calls ``classFactory(None)`` then ``initProcessing()``: nothing here touches
``iface`` before ``initGui``.

GUI extensions (dialogs) plug in without editing this file: every module of
``tracemob_plugin/gui/`` that defines ``register_gui(plugin)`` is called from ``initGui``, where it
can call ``plugin.add_action(...)``. Actions made that way are removed by ``unload``.

First start without pandas & co.: ``initProcessing`` checks the Python packages *before* importing
anything that needs them (:mod:`toolbelt.dependencies`, no import); when one is missing nothing
that imports them is registered, the message (with the install command for the platform) goes to
the log (``qgis_process`` prints it) and, in the GUI, to the message bar with a button opening
:class:`gui.dependencies_dialog.MissingPackagesDialog`.
"""
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
from qgis.PyQt.QtGui import QIcon

from .core import i18n
from .toolbelt import dependencies
from .toolbelt.log import log

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = PLUGIN_ROOT / "i18n"
ICON_PATH = PLUGIN_ROOT / "resources" / "icon.svg"
MENU = "&Tracemob"


def current_locale(settings=None):
    """Two-letter language of QGIS: ``locale/userLocale`` when ``locale/overrideFlag`` is set,
    else the system locale (QGIS's own rule). ``settings``: a QSettings of a QGIS profile (a script
    outside QGIS reads the user's profile file); default: this QGIS's QgsSettings."""
    settings = QgsSettings() if settings is None else settings
    override = settings.value("locale/overrideFlag", False, type=bool)
    name = settings.value("locale/userLocale", "", type=str) if override else ""
    if not name:
        name = QLocale.system().name()
    return (name or "en")[:2].lower()


def load_translator(locale=None):
    """Install ``i18n/tracemob_<locale>.qm`` (if present) and route ``core.i18n.tr`` through Qt.

    Returns the installed QTranslator (keep a reference) or ``None`` when no catalogue exists.
    """
    locale = (locale or current_locale())[:2].lower()
    translator = None
    qm = I18N_DIR / "tracemob_{}.qm".format(locale)
    if qm.exists():
        candidate = QTranslator()
        if candidate.load(str(qm)):
            QCoreApplication.installTranslator(candidate)
            translator = candidate
        else:
            log("Cannot load translation {}".format(qm), "warning")
    i18n.set_translator(QCoreApplication.translate)
    return translator


#: Python packages the domain code needs (import name -> package name to install).
REQUIRED_PACKAGES = {r.module: r.dist for r in dependencies.REQUIREMENTS}


def missing_packages():
    """Names of the required packages QGIS's Python cannot find or has too old (found without
    importing them)."""
    return [problem.name for problem in dependencies.check()]


class TracemobPlugin:
    """The object QGIS keeps for the plugin (``classFactory(iface)``)."""

    def __init__(self, iface):
        self.iface = iface  # may be None (qgis_process): never used before initGui
        self.provider = None
        self.translator = None
        self.actions = []
        self.toolbar = None
        self.problems = []  # toolbelt.dependencies.Problem of the packages missing at start
        self.load_error = None  # the provider's import error when the packages are there but broken
        self._reported = False
        self._message_item = None
        self._dependencies_dialog = None

    # ------------------------------------------------------------------ processing
    def initProcessing(self):  # noqa: N802 (QGIS API)
        """Register the ``tracemob`` provider (idempotent); usable headless. When a required Python
        package is missing, register nothing and say which (once), never raise."""
        if self.translator is None:
            self.translator = load_translator()
        if self.provider is not None:
            return
        self.problems = dependencies.check()
        if self.problems:
            if not self._reported:
                # "warning": Python logging prints it once in qgis_process (QGIS adds "critical" ones again)
                log(dependencies.log_text(self.problems, dependencies.current_env()), "warning")
                self._reported = True
            return
        try:
            from ..processing.provider import TracemobProvider
        except (ImportError, ValueError) as err:  # found but unusable (e.g. compiled for another numpy)
            if self.load_error is None:
                self.load_error = str(err)
                log(i18n.tr("Tracemob's algorithms could not be loaded: {error}. One of QGIS's Python "
                            "packages is probably incompatible with another (numpy, pandas, "
                            "scikit-learn...); details in the Tracemob log.").format(error=err), "critical")
                log(traceback.format_exc(), "warning")
            return
        provider = TracemobProvider()
        if QgsApplication.processingRegistry().addProvider(provider):
            self.provider = provider  # keep the reference: sip would otherwise delete it
        else:
            log(i18n.tr("The Tracemob processing provider could not be registered."), "error")

    # ------------------------------------------------------------------ GUI
    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        if self.iface is None:
            return
        if self.problems:
            # Only what works without the packages: the message and the way to install them.
            from .gui.dependencies_dialog import push_missing_message

            self.add_action(str(ICON_PATH), i18n.tr("Install the Python packages Tracemob needs…"),
                            self.show_dependencies_dialog)
            self._message_item = push_missing_message(self.iface, self.problems,
                                                      self.show_dependencies_dialog)
            return
        if self.provider is None and self.load_error:
            log(i18n.tr("Tracemob's algorithms could not be loaded: {error}").format(error=self.load_error),
                "critical", push=True, duration=0, iface=self.iface)
            return
        self.add_action(str(ICON_PATH), i18n.tr("Tracemob tools (Processing)"), self._open_toolbox,
                        add_to_toolbar=False,
                        status_tip=i18n.tr("Show the Tracemob algorithms in the Processing toolbox"))
        self._register_gui_extensions()

    def show_dependencies_dialog(self):
        """The dialog naming the missing packages, with the commands and the one-click install."""
        from .gui.dependencies_dialog import MissingPackagesDialog

        if self._dependencies_dialog is None:
            self._dependencies_dialog = MissingPackagesDialog(self.problems, parent=self.iface.mainWindow())
        self._dependencies_dialog.show()
        self._dependencies_dialog.raise_()
        return self._dependencies_dialog

    def _register_gui_extensions(self):
        try:
            from . import gui as gui_pkg
        except ImportError:
            return
        for info in pkgutil.iter_modules(gui_pkg.__path__):
            try:
                module = importlib.import_module("{}.{}".format(gui_pkg.__name__, info.name))
            except Exception as err:
                log(i18n.tr("Tracemob GUI module '{module}' could not be loaded: {error}")
                    .format(module=info.name, error=err), "warning")
                continue
            register = getattr(module, "register_gui", None)
            if callable(register):
                try:
                    register(self)
                except Exception as err:
                    log(i18n.tr("Tracemob GUI module '{module}' failed: {error}")
                        .format(module=info.name, error=err), "warning")

    def add_action(self, icon_path, text, callback, enabled=True, add_to_menu=True,
                   add_to_toolbar=False, status_tip=None, whats_this=None, parent=None):
        """Create a QAction in the Tracemob plugin menu (and optionally a toolbar); returns it.

        Only valid after ``initGui`` (needs ``iface``); removed automatically by :meth:`unload`.
        """
        from .compat import qaction_class

        QAction = qaction_class()  # noqa: N806
        if self.iface is None:
            raise RuntimeError("add_action needs the QGIS interface (call it from initGui)")
        icon = QIcon(str(icon_path)) if icon_path else QIcon()
        action = QAction(icon, text, parent or self.iface.mainWindow())
        action.triggered.connect(callback)
        action.setEnabled(enabled)
        if status_tip:
            action.setStatusTip(status_tip)
        if whats_this:
            action.setWhatsThis(whats_this)
        if add_to_toolbar:
            if self.toolbar is None:
                self.toolbar = self.iface.addToolBar("Tracemob")
                self.toolbar.setObjectName("TracemobToolbar")
            self.toolbar.addAction(action)
        if add_to_menu:
            self.iface.addPluginToMenu(MENU, action)
        self.actions.append(action)
        return action

    def _open_toolbox(self):
        """Show the Processing toolbox filtered on "tracemob" (best effort, GUI only)."""
        from qgis.PyQt.QtWidgets import QDockWidget

        try:
            toolbox = self.iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
            if toolbox is not None:
                toolbox.setVisible(True)
                toolbox.raise_()
                if hasattr(toolbox, "searchBox"):
                    toolbox.searchBox.setText("tracemob")
        except Exception as err:  # never break the GUI for a convenience action
            log(str(err), "debug")

    # ------------------------------------------------------------------ unload
    def unload(self):
        if self._message_item is not None:
            try:
                self.iface.messageBar().popWidget(self._message_item)
            except (RuntimeError, AttributeError):  # already closed by the user (deleted)
                pass
            self._message_item = None
        if self._dependencies_dialog is not None:
            if self._dependencies_dialog.task is None:  # a running pip task keeps its dialog alive
                self._dependencies_dialog.deleteLater()
            self._dependencies_dialog = None
        for action in self.actions:
            if self.iface is not None:
                self.iface.removePluginMenu(MENU, action)
                if self.toolbar is not None:
                    self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        cluster = sys.modules.get(__name__.rsplit(".", 2)[0] + ".processing.cluster")
        if cluster is not None:   # the Dask cluster a run started for this session (nothing to import else)
            cluster.close_cluster()
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
        i18n.set_translator(None)
        if self._loaded_by_qgis():
            self._forget_modules()

    def _loaded_by_qgis(self):
        """True when QGIS's plugin manager (qgis.utils) started this object (not a script or a test)."""
        try:
            import qgis.utils
        except ImportError:  # pragma: no cover
            return False
        return qgis.utils.plugins.get(__name__.split(".")[0]) is self

    @staticmethod
    def _forget_modules():
        """Drop every module of the plugin from ``sys.modules``. QGIS removes only the modules it saw
        imported by name; parent packages imported on the way (``processing.algorithms``) and modules
        imported with importlib (the GUI extensions) would stay, and a reload would run their old code."""
        package = __name__.split(".")[0]
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]
