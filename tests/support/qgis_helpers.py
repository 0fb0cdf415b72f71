"""Helpers the QGIS tests share: a unit-test module's generators, QDateTime values, memory layers."""
import importlib.util
from pathlib import Path

import pandas as pd
from qgis.core import QgsFeature, QgsVectorLayer
from qgis.PyQt.QtCore import QDateTime

TESTS = Path(__file__).resolve().parents[1]


def load_unit_module(name):
    """``tests/unit/<name>.py`` as a module of its own (its data generators and hand-checked cases)."""
    spec = importlib.util.spec_from_file_location("_tm_unit_" + name, TESTS / "unit" / (name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def qdt(ts):
    """A pandas time as a QDateTime (to the millisecond)."""
    return QDateTime.fromMSecsSinceEpoch(int(pd.Timestamp(ts).value // 10**6))


def memory_layer(uri, rows, geoms=None):
    """A memory layer of ``uri`` filled with ``rows`` (pandas times become QDateTime) and ``geoms``."""
    layer = QgsVectorLayer(uri, "t", "memory")
    assert layer.isValid(), uri
    feats = []
    for i, row in enumerate(rows):
        f = QgsFeature(layer.fields())
        f.setAttributes([qdt(v) if isinstance(v, pd.Timestamp) else v for v in row])
        if geoms is not None:
            f.setGeometry(geoms[i])
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)
    return layer
