"""Fixtures of the domain tests (no QGIS)."""
import pytest


@pytest.fixture(scope="module")
def client():
    """A dask.distributed client of a LocalCluster of 2 worker processes on 127.0.0.1 (one per test module that
    asks for it); the tests that use it skip when distributed is not installed."""
    pytest.importorskip("distributed")
    from distributed import Client

    from tracemob.tracemob_plugin.core.cluster.runner import local_cluster

    with local_cluster(2, threads_per_worker=1) as cluster, Client(cluster) as c:
        assert len(c.scheduler_info()["workers"]) == 2
        yield c
