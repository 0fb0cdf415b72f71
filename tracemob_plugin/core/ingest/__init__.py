"""Public facade of the trace readers.

``read_traces(inputs, ...)`` reads files or folders of e-mission / OpenPATH JSON, GeoJSON, GPX,
CSV / TSV / TXT and GeoLife .plt (optionally gzipped) into a :class:`Traces`;
``parse_emission_entries(entries, source, ...)`` does the same for entries already in memory
(e.g. fetched from a server). The DataFrame contracts are in docs/ARCHITECTURE.md.
"""
from ..vocab.columns import MOTION_COLUMNS, POINT_COLUMNS, TRIPS_LABELS_COLUMNS
from .common import NotATraceError, Traces, concat_traces, empty_traces, finalize_points
from .emission import normalise_activity, parse_emission_entries, unwrap
from .files import list_inputs, read_one_file, read_traces
from .plt import geolife_user, parse_plt_text


def read_plt(path, user_id=None) -> Traces:
    """Read one GeoLife ``.plt`` file (user = folder above ``Trajectory/`` when present)."""
    return read_one_file(path, user_id=user_id)


__all__ = [
    "Traces", "read_traces", "read_one_file", "read_plt", "parse_emission_entries", "parse_plt_text",
    "list_inputs", "concat_traces", "empty_traces", "finalize_points", "normalise_activity",
    "unwrap", "geolife_user", "NotATraceError", "POINT_COLUMNS", "MOTION_COLUMNS", "TRIPS_LABELS_COLUMNS",
]
