"""The "Dask cluster" setting's text (core/cluster/setting.py): off, local:N or a scheduler address."""
import pytest

from tracemob.tracemob_plugin.core.cluster.setting import ClusterChoice, parse_cluster
from tracemob.tracemob_plugin.core.errors import InputError


@pytest.mark.parametrize("text", [None, "", "  ", "off", "OFF", "none", "no", "0", "false"])
def test_off(text):
    assert parse_cluster(text) == ClusterChoice("off", 0, "") and not parse_cluster(text).on


@pytest.mark.parametrize("text, workers", [("local:2", 2), (" Local:8 ", 8), ("local", 2), ("local:1", 1)])
def test_local(text, workers):
    choice = parse_cluster(text)
    assert choice == ClusterChoice("local", workers=workers) and choice.on


@pytest.mark.parametrize("text", ["tcp://10.0.0.5:8786", "tcp://localhost:8786", "tls://sched.example.org:8786",
                                  "tcp://[::1]:8786"])
def test_scheduler(text):
    assert parse_cluster(text) == ClusterChoice("scheduler", address=text)


@pytest.mark.parametrize("text", ["local:0", "local:two", "local:-1", "local:999", "10.0.0.5:8786", "tcp://host",
                                  "http://host:8786", "tcp://host:99999", "yes"])
def test_a_text_naming_no_cluster_says_where_it_comes_from_and_what_to_write(text):
    with pytest.raises(InputError) as err:
        parse_cluster(text, "the environment variable TRACEMOB_CLUSTER")
    message = str(err.value)
    assert message.startswith("the environment variable TRACEMOB_CLUSTER: '")
    assert "local:N" in message and "tcp://" in message


def test_the_qgis_glue_names_the_same_variable():
    """processing/cluster.py keeps its own copy of the name (importing core.cluster at the provider's load
    would import scipy through the map matcher)."""
    import ast
    from pathlib import Path

    from tracemob.tracemob_plugin.core.cluster.setting import ENV

    glue = Path(__file__).resolve().parents[2] / "processing" / "cluster.py"
    values = [node.value.value for node in ast.parse(glue.read_text(encoding="utf-8")).body
              if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "ENV"]
    assert values == [ENV] == ["TRACEMOB_CLUSTER"]
