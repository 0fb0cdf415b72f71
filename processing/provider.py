"""The ``tracemob`` Processing provider: registers the algorithms listed in :data:`ALGORITHMS`.

The list is explicit so that a module that fails to import stops the provider with its real error
instead of silently removing one tool (a test checks that it names every module of ``algorithms/``).
"""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..tracemob_plugin.core.i18n import tr
from .algorithms.before_after import BeforeAfterAlgorithm
from .algorithms.co2_report import Co2ReportAlgorithm
from .algorithms.compute_emissions import ComputeEmissionsAlgorithm
from .algorithms.export_shareable import ExportShareableAlgorithm
from .algorithms.fmd_attestation import FmdAttestationAlgorithm
from .algorithms.import_from_server import ImportFromServerAlgorithm
from .algorithms.import_traces import ImportTracesAlgorithm
from .algorithms.infer_modes import InferModesAlgorithm
from .algorithms.infer_purposes import InferPurposesAlgorithm
from .algorithms.modal_share import ModalShareAlgorithm
from .algorithms.od_flows import OdFlowsAlgorithm
from .algorithms.segment_travel_times import SegmentTravelTimesAlgorithm
from .algorithms.segment_trips import SegmentTripsAlgorithm
from .algorithms.simulate_traces import SimulateTracesAlgorithm
from .algorithms.train_mode_model import TrainModeModelAlgorithm
from .algorithms.transit_performance import TransitPerformanceAlgorithm
from .algorithms.weight_panel import WeightPanelAlgorithm
from .base import ICON_PATH

#: Every Tracemob algorithm, one class per module of ``processing/algorithms/``.
ALGORITHMS = (
    ImportTracesAlgorithm,
    ImportFromServerAlgorithm,
    SegmentTripsAlgorithm,
    InferModesAlgorithm,
    TrainModeModelAlgorithm,
    ComputeEmissionsAlgorithm,
    WeightPanelAlgorithm,
    ModalShareAlgorithm,
    Co2ReportAlgorithm,
    InferPurposesAlgorithm,
    OdFlowsAlgorithm,
    SegmentTravelTimesAlgorithm,
    TransitPerformanceAlgorithm,
    BeforeAfterAlgorithm,
    ExportShareableAlgorithm,
    FmdAttestationAlgorithm,
    SimulateTracesAlgorithm,
)


class TracemobProvider(QgsProcessingProvider):
    """Processing provider ``tracemob`` ("Tracemob")."""

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

    def load(self):
        """Registered: the "Dask cluster" option appears under Processing > Options > Providers > Tracemob
        (processing/cluster.py; nothing of dask is imported here)."""
        from . import cluster

        cluster.register_option(self)
        self.refreshAlgorithms()
        return True

    def unload(self):
        """Taken out of the registry (plugin unload, or the end of ``qgis_process``, which runs no atexit
        handler): the option goes, and the Dask cluster a run started for this session is closed."""
        from . import cluster

        cluster.unregister_option()
        cluster.close_cluster()

    def loadAlgorithms(self):  # noqa: N802
        for cls in sorted(ALGORITHMS, key=lambda c: c.NAME):
            self.addAlgorithm(cls())
