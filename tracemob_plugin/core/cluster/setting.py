"""The "Dask cluster" setting of the QGIS algorithms: off, a local cluster of N worker processes, or a scheduler.

One text, the same in QGIS's Processing options (Processing > Options > Providers > Tracemob) and in the
environment variable :data:`ENV` (which overrides the option: ``qgis_process`` and batch runs use a throwaway
profile):

- empty, ``off`` (or ``no``, ``none``, ``0``): no cluster, the algorithms run in QGIS's process (the default);
- ``local:N``: a LocalCluster of N worker processes on 127.0.0.1, started by Tracemob at the first run and
  reused by the next ones (``local`` alone: :data:`DEFAULT_LOCAL_WORKERS`);
- ``tcp://host:port`` (or ``tls://``): the scheduler of a cluster started elsewhere.

Pure parsing: nothing here imports dask (the provider must not import it at load).
"""
import re
from dataclasses import dataclass

from ..errors import InputError
from ..i18n import tr

#: The environment variable that overrides the setting (``TRACEMOB_CLUSTER=local:2``).
ENV = "TRACEMOB_CLUSTER"
#: Workers of ``local`` without a number.
DEFAULT_LOCAL_WORKERS = 2
#: More local workers than this is a typing error rather than a machine (they are processes of this machine).
MAX_LOCAL_WORKERS = 256
_OFF = ("", "off", "no", "none", "0", "false")
_ADDRESS = re.compile(r"^(tcp|tls)://\[?[A-Za-z0-9_.:-]+\]?:\d{1,5}$")


@dataclass(frozen=True)
class ClusterChoice:
    """``kind``: ``"off"``, ``"local"`` (``workers`` processes) or ``"scheduler"`` (``address``)."""
    kind: str = "off"
    workers: int = 0
    address: str = ""

    @property
    def on(self) -> bool:
        return self.kind != "off"

    def describe(self) -> str:
        if self.kind == "local":
            return tr("local cluster of {n} worker process(es)").format(n=self.workers)
        if self.kind == "scheduler":
            return tr("scheduler {address}").format(address=self.address)
        return tr("off")


def parse_cluster(text, origin: str = ENV) -> ClusterChoice:
    """The :class:`ClusterChoice` a setting's text names; ``origin`` (where the text comes from, e.g. "the
    environment variable TRACEMOB_CLUSTER") starts the error of a text that names none."""
    value = str(text if text is not None else "").strip()
    low = value.lower()
    if low in _OFF:
        return ClusterChoice()
    hint = tr("Write local:N (N worker processes on this machine, e.g. local:2), a scheduler address such as "
              "tcp://10.0.0.5:8786, or off.")
    if low == "local" or low.startswith("local:"):
        count = low[len("local:"):].strip() if ":" in low else str(DEFAULT_LOCAL_WORKERS)
        if not count.isdigit() or not 1 <= int(count) <= MAX_LOCAL_WORKERS:
            raise InputError(tr("'{value}' is not a number of local workers (1 to {most})").format(
                value=value, most=MAX_LOCAL_WORKERS), file=origin, hint=hint)
        return ClusterChoice("local", workers=int(count))
    if _ADDRESS.match(value) and int(value.rsplit(":", 1)[1]) <= 65535:
        return ClusterChoice("scheduler", address=value)
    raise InputError(tr("'{value}' is not a Dask cluster setting").format(value=value), file=origin, hint=hint)
