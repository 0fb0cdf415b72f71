"""The algorithms' work on a Dask cluster, from QGIS: the "Dask cluster" option, the session's cluster, the run.

The option (Processing > Options > Providers > Tracemob > "Dask cluster", :data:`OPTION`; the environment
variable ``TRACEMOB_CLUSTER`` overrides it, for ``qgis_process`` and batch runs on a throwaway profile) is
off, ``local:N`` or a scheduler address (``core/cluster/setting.py``). When it is on, an algorithm reads its
input as without it, then :func:`run_chain` sends the partitions of whole participants to the cluster through
``core/cluster/runner.py`` (the domain's own functions, the tables of one process) and the algorithm writes the
same outputs.

The client (and the LocalCluster of ``local:N``, whose start costs seconds) is kept for the QGIS session and
reused by the next runs while the option does not change; :func:`close_cluster` closes it (plugin unload, end
of the process). dask and distributed are imported here only when a run asks for the cluster: never when the
provider loads.
"""
import atexit
import os
import threading

from qgis.core import QgsProcessingException

from ..tracemob_plugin import compat
from ..tracemob_plugin.core.errors import InputError
from ..tracemob_plugin.core.i18n import tr

#: The provider option's name (QgsSettings key ``Processing/Configuration/TRACEMOB_DASK_CLUSTER``).
OPTION = "TRACEMOB_DASK_CLUSTER"
#: The environment variable that overrides the option (``core.cluster.setting.ENV``, not imported at load).
ENV = "TRACEMOB_CLUSTER"
#: Seconds to reach a scheduler, and to wait for its first worker.
CONNECT_TIMEOUT_S = 10
#: The versions of requirements.txt, named in the message when dask cannot be imported.
PACKAGES = ("dask==2025.2.0", "distributed==2025.2.0")

_LOCK = threading.Lock()
_STATE = {"choice": None, "client": None, "cluster": None, "atexit": False}


# ---------------------------------------------------------------- the option
def option_description():
    return tr("Dask cluster (off, local:N worker processes, or a scheduler tcp://host:port; the environment "
              "variable TRACEMOB_CLUSTER overrides it)")


def help_text():
    """The paragraph of the algorithms that can run on the cluster (their help)."""
    return tr("With the option 'Dask cluster' on (Processing > Options > Providers > Tracemob, or the environment "
              "variable TRACEMOB_CLUSTER: local:N worker processes, or a scheduler tcp://host:port), the work is "
              "sent to that Dask cluster by partitions of whole participants; the outputs are the same.")


def _parse(text, origin):
    # imported here: the package core.cluster imports the map matcher (scipy), not wanted at the provider's load
    from ..tracemob_plugin.core.cluster.setting import parse_cluster

    return parse_cluster(text, origin)


def _validate(value):
    """The options dialog's check: a text that names no cluster is refused with the parser's message."""
    try:
        _parse(value, option_description())
    except InputError as err:
        raise ValueError(str(err)) from err


def register_option(provider):
    """Show the option under Processing > Options > Providers > Tracemob (called by the provider's ``load``)."""
    return compat.add_processing_option(provider.name(), OPTION, option_description(), "", validator=_validate,
                                        icon=provider.icon(), placeholder="off / local:2 / tcp://host:8786")


def unregister_option():
    compat.remove_processing_option(OPTION)


def current_choice():
    """``(ClusterChoice, origin)``: ``TRACEMOB_CLUSTER`` when set (not empty), else the provider option.
    A text naming no cluster raises QgsProcessingException with what to write."""
    env = os.environ.get(ENV, "")
    if env.strip():
        origin = tr("the environment variable {name}").format(name=ENV)
        text = env
    else:
        origin = tr("the Processing option 'Dask cluster' (Processing > Options > Providers > Tracemob)")
        text = compat.processing_option(OPTION)
    try:
        return _parse(text, origin), origin
    except InputError as err:
        raise QgsProcessingException(str(err)) from err


# ---------------------------------------------------------------- the session's cluster
def _import_distributed(choice, origin):
    try:
        import dask  # noqa: F401
        import distributed
    except ImportError as err:
        from ..tracemob_plugin.toolbelt.dependencies import python_executable

        python = python_executable() or "python3"
        raise QgsProcessingException(tr(
            "The Dask cluster is on ({choice}, from {origin}) but QGIS's Python cannot import dask and distributed "
            "({error}). Install them into QGIS's Python ({python}), e.g. \"{python}\" -m pip install {packages}, "
            "then restart QGIS; or turn the cluster off (empty option, or TRACEMOB_CLUSTER=off).").format(
            choice=choice.describe(), origin=origin, error=err, python=python, packages=" ".join(PACKAGES))) from err
    return distributed


def _alive(client):
    return client is not None and getattr(client, "status", "") == "running"


def _worker_python():
    """The Python interpreter that spawns the local workers: this process's own. Inside QGIS ``sys.executable``
    is the QGIS program, or whatever ``python3`` came first on the PATH (qgis_process on a machine with pyenv
    found pyenv's 3.11.7 beside Debian's: its workers died on ``No module named '_csv'``); so, outside a venv,
    the interpreter of ``sys.exec_prefix`` of this version."""
    import sys

    from ..tracemob_plugin.toolbelt.dependencies import python_executable

    if sys.prefix != sys.base_prefix:     # a venv's python is this Python (pyvenv.cfg)
        return sys.executable
    if sys.platform.startswith("win"):
        own = os.path.join(sys.exec_prefix, "python.exe")
    else:
        own = os.path.join(sys.exec_prefix, "bin", "python{}.{}".format(*sys.version_info[:2]))
    return own if os.path.isfile(own) else python_executable()


def _check_worker_python(python, choice, origin):
    """Start the workers' interpreter once and import what a worker needs: a clear error instead of workers
    that die and restart for ever. With this process's ``sys.path``, as the spawned workers get it (packages
    QGIS or a plugin put on the path at run time count)."""
    import subprocess
    import sys

    problem = None
    if not python:
        problem = tr("no Python interpreter found beside QGIS")
    else:
        try:
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
            proc = subprocess.run([python, "-c", "import dask, distributed, numpy, pandas"], capture_output=True,
                                  text=True, timeout=120, env=env)
            if proc.returncode != 0:
                problem = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or [str(proc.returncode)]
                problem = problem[0]
        except (OSError, subprocess.TimeoutExpired) as err:
            problem = str(err)
    if problem:
        raise QgsProcessingException(tr(
            "The Dask cluster ({choice}, from {origin}) cannot start its worker processes with the Python "
            "interpreter {python}: {problem}. Install dask and distributed for that Python (\"{python}\" -m pip "
            "install {packages}), or use a scheduler started elsewhere (tcp://host:port), or turn the cluster "
            "off.").format(choice=choice.describe(), origin=origin, python=python or "-", problem=problem,
                           packages=" ".join(PACKAGES)))
    import multiprocessing

    multiprocessing.set_executable(python)


def _start_local(distributed, choice, origin):
    from ..tracemob_plugin.core.cluster.runner import local_cluster

    _check_worker_python(_worker_python(), choice, origin)
    cluster = local_cluster(n_workers=choice.workers, threads_per_worker=1)
    try:
        return distributed.Client(cluster), cluster
    except BaseException:
        cluster.close()
        raise


def _connect(distributed, choice, origin):
    """A client of the scheduler ``choice.address`` with at least one worker importing this tree (run
    ``prepare_workers`` on workers started without the preload)."""
    from ..tracemob_plugin.core.cluster.runner import prepare_workers

    what = tr("Cannot use the Dask scheduler {address} (from {origin})").format(address=choice.address,
                                                                              origin=origin)
    try:
        client = distributed.Client(choice.address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as err:
        raise QgsProcessingException(tr(
            "{what}: {error}. Check that the scheduler runs (dask scheduler), that the address and port are "
            "right and that this machine can reach it (firewall, VPN, port forwarding); or turn the cluster off "
            "(empty option, or TRACEMOB_CLUSTER=off).").format(what=what, error=err)) from err
    try:
        if not client.scheduler_info().get("workers"):
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_S)
        ready = client.run(lambda: "tracemob" in __import__("sys").modules)
        if not all(ready.values()):
            prepare_workers(client)
    except (OSError, TimeoutError) as err:
        client.close()
        raise QgsProcessingException(tr(
            "{what}: no worker answered in {seconds} s ({error}). Start workers on the scheduler (dask worker "
            "{address} --preload .../tracemob_plugin/core/cluster/preload.py, docs/cluster.md).").format(
            what=what, seconds=CONNECT_TIMEOUT_S, error=err, address=choice.address)) from err
    except Exception as err:
        client.close()
        raise QgsProcessingException(tr(
            "{what}: its workers cannot import Tracemob ({error}). Install the same Tracemob at the same path "
            "on every worker, with the packages of requirements.txt (docs/cluster.md).").format(
            what=what, error=err)) from err
    return client


def session_client(choice, origin):
    """The client of ``choice``: the session's one when the option did not change (its LocalCluster kept),
    else a new one (the previous one closed)."""
    distributed = _import_distributed(choice, origin)
    with _LOCK:
        if _STATE["choice"] == choice and _alive(_STATE["client"]):
            return _STATE["client"]
        _close_locked()
        if choice.kind == "local":
            client, cluster = _start_local(distributed, choice, origin)
        else:
            client, cluster = _connect(distributed, choice, origin), None
        _STATE.update(choice=choice, client=client, cluster=cluster)
        if not _STATE["atexit"]:
            atexit.register(close_cluster)
            _STATE["atexit"] = True
        return client


def _close_locked():
    client, cluster = _STATE["client"], _STATE["cluster"]
    _STATE.update(choice=None, client=None, cluster=None)
    for thing in (client, cluster):
        if thing is not None:
            try:
                thing.close()
            except Exception:  # already gone (scheduler stopped): nothing left to free
                pass


def close_cluster():
    """Close the session's client and the LocalCluster Tracemob started (a remote cluster keeps running)."""
    with _LOCK:
        _close_locked()


def session_cluster():
    """The LocalCluster Tracemob started for this session, or None."""
    return _STATE["cluster"]


# ---------------------------------------------------------------- a run
def _run(alg, feedback, choice, origin, func, sent, start, end, announce, **kwargs):
    """``func(client, progress=..., is_cancelled=..., **kwargs)`` (a ``core/cluster/runner`` entry point) on the
    session's cluster: the log says which cluster (``announce``: the first call of a run) and what was sent,
    progress follows the partitions over ``start..end`` %, Cancel cancels the futures."""
    import time

    started = time.perf_counter()
    client = session_client(choice, origin)
    ready_s = time.perf_counter() - started
    alg._domain_s = getattr(alg, "_domain_s", 0.0) + ready_s   # the timing line counts the start as compute, not I/O
    workers = client.scheduler_info().get("workers", {})
    if announce:
        feedback.pushInfo(tr("Dask cluster ({origin}): {what}, {n} worker(s), scheduler {address} (ready in "
                             "{seconds:.1f} s).").format(origin=origin, what=choice.describe(), n=len(workers),
                                                         address=client.scheduler.address, seconds=ready_s))
    feedback.pushInfo(sent)
    progress, is_cancelled = alg.callbacks(feedback, start, end)
    try:
        return alg.run_domain(func, client, progress=progress, is_cancelled=is_cancelled, **kwargs)
    except QgsProcessingException:
        raise
    except Exception as err:  # the scheduler or a worker lost during the run (CommClosedError, KilledWorker...)
        raise QgsProcessingException(tr(
            "The Dask cluster ({what}) failed during the run: {kind}: {error}. Check the cluster (its workers' "
            "logs, their memory), or turn it off to run in QGIS.").format(
            what=choice.describe(), kind=type(err).__name__, error=err)) from err


def run_chain(alg, feedback, choice, origin, points, spec, motion=None, budget=None, start=0.0, end=100.0,
              announce=True):
    """``runner.run_on_client``: the chain ``spec`` on ``points`` by partitions of whole participants under
    ``budget`` fixes, on the session's cluster (see :func:`_run`)."""
    from ..tracemob_plugin.core.cluster.runner import run_on_client
    from ..tracemob_plugin.core.ingest.partition import DOMAIN_BUDGET, partition_bounds

    budget = int(budget or DOMAIN_BUDGET)
    parts = len(list(partition_bounds(points["user_id"].to_numpy(), budget))) if len(points) else 1
    sent = tr("{n} points sent to the cluster in {k} partition(s) of whole participants.").format(
        n=len(points), k=parts)
    return _run(alg, feedback, choice, origin, run_on_client, sent, start, end, announce, points=points, spec=spec,
                motion=motion, budget=budget)


def run_modes(alg, feedback, choice, origin, legs, vertices, start=0.0, end=100.0, announce=True, **options):
    """``runner.infer_modes_on_client``: ``infer_modes`` by partitions of whole participants (about
    ``TRACEMOB_PARTITION_FIXES`` vertices, at most 250,000) on the session's cluster (see :func:`_run`);
    ``options``: those of ``infer_modes`` (motion, labels, model, network...)."""
    from ..tracemob_plugin.core.cluster.runner import infer_modes_on_client, leg_partitions
    from ..tracemob_plugin.core.ingest.partition import DOMAIN_BUDGET

    budget = min(int(os.environ.get("TRACEMOB_PARTITION_FIXES", "") or DOMAIN_BUDGET), DOMAIN_BUDGET)
    sent = tr("{n} legs sent to the cluster in {k} partition(s) of whole participants.").format(
        n=len(legs), k=len(leg_partitions(legs, len(vertices), budget)))
    return _run(alg, feedback, choice, origin, infer_modes_on_client, sent, start, end, announce, legs=legs,
                vertices=vertices, budget=budget, **options)


def run_match(alg, feedback, choice, origin, net, vertices, legs, start=0.0, end=100.0, announce=True):
    """``runner.match_legs_on_client``: the map matching of ``legs`` by partitions of whole participants (about
    ``TRACEMOB_PARTITION_FIXES`` fixes, at most 250,000) on the session's cluster (see :func:`_run`)."""
    from ..tracemob_plugin.core.cluster.runner import leg_partitions, match_legs_on_client
    from ..tracemob_plugin.core.ingest.partition import DOMAIN_BUDGET

    budget = min(int(os.environ.get("TRACEMOB_PARTITION_FIXES", "") or DOMAIN_BUDGET), DOMAIN_BUDGET)
    sent = tr("{n} legs sent to the cluster in {k} partition(s) of whole participants.").format(
        n=len(legs), k=len(leg_partitions(legs, len(vertices), budget)))
    return _run(alg, feedback, choice, origin, match_legs_on_client, sent, start, end, announce, net=net,
                points=vertices, legs=legs, budget=budget)
