"""The pipeline on a Dask cluster (dask.distributed), by partitions of whole participants.

Each partition runs the domain's own functions (``trips.segment``, ``modes.infer_modes``,
``indicators.emissions.compute_emissions``: the same code as in QGIS, no second implementation) in
:func:`chain.run_partition`; :func:`runner.run_on_client` submits one task per partition and puts the
tables back together in participant order, equal to one call on the whole study. dask and distributed
are imported only when a cluster is used (``runner``), never by the rest of the domain.
"""
from .chain import DEFAULT_STEPS, STEPS, ChainSpec, ChainResult, leg_vertices, run_chain, run_partition  # noqa: F401
from .traveltimes import TravelTimeSpec  # noqa: F401
