"""The base class of every Tracemob Processing algorithm: QGIS boilerplate and domain calls.

Algorithms are thin glue: read parameters (:mod:`.params`), turn QGIS sources into pandas DataFrames
(:mod:`.frames`), call the domain function through :meth:`TracemobAlgorithm.run_domain`, write
DataFrames back (:func:`.frames.frame_to_sink`) and style them (:mod:`.styles`). The domain
(``tracemob_plugin.core``) knows nothing of QGIS; ``processing/`` is the only bridge.
"""
from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterEnum
from qgis.PyQt.QtGui import QIcon

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.errors import Cancelled, TracemobError
from ..tracemob_plugin.core.i18n import tr

PLUGIN_ROOT = Path(__file__).resolve().parents[1]
RESOURCES = PLUGIN_ROOT / "resources"
ICON_PATH = RESOURCES / "icon.svg"

GROUPS = ("import", "segmentation", "modes", "indicators", "network", "comparison", "purposes", "privacy",
          "simulation", "server")


def group_name(group_id):
    """Translated display name of a group id."""
    names = {
        "import": tr("Import"),
        "segmentation": tr("Segmentation"),
        "modes": tr("Transport modes"),
        "indicators": tr("Indicators"),
        "network": tr("Road network"),
        "comparison": tr("Before / after"),
        "purposes": tr("Purposes and flows"),
        "privacy": tr("Privacy and sharing"),
        "simulation": tr("Simulation"),
        "server": tr("OpenPATH server"),
    }
    return names.get(group_id, group_id)


# --------------------------------------------------------------------------- base class
class TracemobAlgorithm(QgsProcessingAlgorithm):
    """Base of every Tracemob algorithm. Subclasses set ``NAME`` and ``GROUP`` and implement
    ``displayName``, ``shortHelpString``, ``initAlgorithm`` and ``processAlgorithm``."""

    NAME = None
    GROUP = "import"

    # ----------------------------------------------------------- QGIS boilerplate
    def tr(self, text):
        """Translated text (same catalogue as ``core.i18n.tr``; keep ``text`` a plain literal)."""
        return tr(text)

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return self.NAME

    def group(self):
        return group_name(self.GROUP)

    def groupId(self):  # noqa: N802
        return self.GROUP

    def icon(self):
        return QIcon(str(ICON_PATH))

    def shortHelpString(self):  # noqa: N802
        return ""

    def add_parameter(self, param, help_text):
        """``addParameter(param)`` with ``help_text`` as the parameter's own help (its tooltip in the dialog,
        its line in ``qgis_process help``): every parameter of every algorithm has one (tests/qgis)."""
        codes = getattr(self, "_choice_codes", {}).get(param.name())
        if codes:   # a choice list: say how to give it on the command line
            help_text = help_text.rstrip() + " " + tr("With qgis_process: the number of the choice or its code "
                                                      "({codes}).").format(codes=", ".join(codes))
        compat.set_help(param, help_text)
        return self.addParameter(param)

    def choice_parameter(self, name, description, choices, default, optional=False):
        """A choice list shown in the user's language whose value stays a stable code.

        ``choices``: ``[(code, translated label), ...]``; ``default``: a code. The dialog stores the index
        of the chosen label; ``qgis_process`` and ``processing.run`` may also give the code itself
        (``STAY_METHOD=window``). Read it back with :meth:`parameterAsChoice`, never from the label.
        Returns the parameter, to pass to :meth:`add_parameter`.
        """
        codes = tuple(code for code, _label in choices)
        param = QgsProcessingParameterEnum(name, description, [label for _code, label in choices], False,
                                           codes.index(default), optional)
        if not hasattr(self, "_choice_codes"):
            self._choice_codes = {}
        self._choice_codes[name] = codes
        return param

    def _choice_index(self, name, value):
        """The index of ``value`` when it is a code of the choice parameter ``name``, else None."""
        codes = getattr(self, "_choice_codes", {}).get(name)
        if codes and isinstance(value, str) and value.strip().lower() in codes:
            return codes.index(value.strip().lower())
        return None

    def parameterAsChoice(self, parameters, name, context):  # noqa: N802
        """The stable code chosen for a :meth:`choice_parameter` (given as an index or as the code)."""
        codes = self._choice_codes[name]
        index = self._choice_index(name, parameters.get(name))
        if index is None:
            index = self.parameterAsEnum(parameters, name, context)
        if not 0 <= index < len(codes):
            raise QgsProcessingException(self.tr("Parameter {param}: no choice number {index} (choose one of "
                                                 "{codes}).").format(param=name, index=index, codes=", ".join(codes)))
        return codes[index]

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """QGIS's checks, with the codes of :meth:`choice_parameter` lists read as their index."""
        if getattr(self, "_choice_codes", None):
            parameters = dict(parameters)
            for name in self._choice_codes:
                index = self._choice_index(name, parameters.get(name))
                if index is not None:
                    parameters[name] = index
        return super().checkParameterValues(parameters, context)

    def parameterAsSource(self, parameters, name, context):  # noqa: N802
        """QGIS's source, remembering which layer it reads so that :mod:`.frames` can read it in bulk."""
        source = super().parameterAsSource(parameters, name, context)
        if source is not None:
            from . import bulk

            bulk.remember(source, self, parameters, name, context)
        return source

    # ----------------------------------------------------------- domain calls
    def callbacks(self, feedback, start=0.0, end=100.0):
        """``(progress, is_cancelled)`` for a domain call; ``progress(f)`` maps f in 0..1 to [start, end] %."""
        span = float(end) - float(start)

        def progress(fraction):
            if feedback is not None:
                try:
                    f = min(max(float(fraction), 0.0), 1.0)
                except (TypeError, ValueError):
                    return
                feedback.setProgress(float(start) + span * f)

        def is_cancelled():
            return bool(feedback is not None and feedback.isCanceled())

        return progress, is_cancelled

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Starts the clock of :meth:`postProcessAlgorithm`'s timing line."""
        import time

        self._started = time.perf_counter()
        self._domain_s = 0.0
        return True

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """One closing line: the time spent in the domain and in everything else (QGIS and GDAL
        input/output, conversions), read by bench/bench_scaling.py."""
        import time

        started = getattr(self, "_started", None)
        if started is not None and feedback is not None:
            total = time.perf_counter() - started
            domain = getattr(self, "_domain_s", 0.0)
            feedback.pushInfo(self.tr("Timing: {total:.2f} s in all, {domain:.2f} s in the domain, {io:.2f} s "
                                      "reading and writing through QGIS and GDAL.").format(
                total=total, domain=domain, io=max(total - domain, 0.0)))
        return {}

    def run_domain(self, func, *args, **kwargs):
        """Call ``func(*args, **kwargs)``; user-facing domain errors become QgsProcessingException.

        ``TracemobError`` / ``InputError`` -> ``QgsProcessingException(str(err))`` (already translated,
        names the file/row/field). ``Cancelled`` -> ``QgsProcessingException("Cancelled by the user.")``,
        which stops the algorithm cleanly without a Python traceback.
        """
        import time

        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        except Cancelled as err:
            raise QgsProcessingException(self.tr("Cancelled by the user.")) from err
        except TracemobError as err:
            raise QgsProcessingException(str(err)) from err
        finally:
            self._domain_s = getattr(self, "_domain_s", 0.0) + time.perf_counter() - started

    def check_cancelled(self, feedback):
        """Raise the same clean stop as :meth:`run_domain` if the user pressed Cancel."""
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(self.tr("Cancelled by the user."))
