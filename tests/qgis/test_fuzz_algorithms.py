"""Hostile input through the algorithms (seeded): each run either works or stops with QgsProcessingException
(a message naming the file or layer), never another exception; good data is counted, never dropped silently."""
import random

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

SEED = 20261201


def _hostile_files(tmp_path):
    rng = random.Random(SEED)
    files = {
        "bigint.json": b'[{"metadata": {"key": "background/location"}, "data": {"ts": ' + b"9" * 5000 + b"}}]",
        "deep.json": b"[" * 100000 + b"]" * 100000,
        "lol.gpx": (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
                    + b"".join(b'<!ENTITY a%d "%s">' % (i, (b"&a%d;" % (i - 1) if i > 1 else b"&a;") * 10)
                               for i in range(1, 10))
                    + b']><gpx><trk><trkseg><trkpt lat="1" lon="1"><time>2024-01-01T00:00:00Z</time>'
                      b"<name>&a9;</name></trkpt></trkseg></trk></gpx>"),
        "epoch.csv": b"user_id,time,lat,lon\nu,1700000000,48.85,2.35\nu,1e20,48.85,2.35\n",
        "random.csv": bytes(rng.randrange(256) for _ in range(2048)),
        "empty.csv": b"",
    }
    paths = []
    for name, data in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def test_importtraces_refuses_each_hostile_file_with_a_message_naming_it(run_alg, tmp_path):
    for path in _hostile_files(tmp_path):
        with pytest.raises(QgsProcessingException) as err:
            run_alg("tracemob:importtraces", {"INPUT": [str(path)], "OUTPUT": "TEMPORARY_OUTPUT"})
        assert path.name in str(err.value), str(err.value)


def test_importtraces_skips_hostile_files_and_keeps_every_good_point(run_alg, sample_day, tmp_path):
    good, _ = run_alg("tracemob:importtraces", {"INPUT": [str(sample_day)], "OUTPUT": "TEMPORARY_OUTPUT"})
    n_good = good["OUTPUT"].featureCount()
    assert n_good > 100
    hostile = _hostile_files(tmp_path)
    res, feedback = run_alg("tracemob:importtraces", {"INPUT": [str(p) for p in hostile] + [str(sample_day)],
                                                      "SKIP_BAD_FILES": True, "OUTPUT": "TEMPORARY_OUTPUT"})
    assert res["OUTPUT"].featureCount() == n_good
    reported = " ".join(feedback.warnings + feedback.infos)
    for path in hostile:
        assert path.name in reported, path.name


def test_segmenttrips_on_a_hostile_points_layer_works_or_stops_cleanly(run_alg):
    """NaN and empty geometries, a duplicate and unsorted times, one fix in 1970: the good fixes are segmented."""
    rng = random.Random(SEED)
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=user_id:string&field=time:string", "hostile", "memory")
    feats = []
    lon, lat = 2.35, 48.85
    for i in range(60):
        if 20 <= i < 40:
            lon += 0.00035
            lat += 0.00025
        f = QgsFeature(layer.fields())
        f.setAttributes(["alice", "2024-03-05T07:{:02d}:{:02d}Z".format(i // 2, (i % 2) * 30)])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feats.append(f)
    feats.append(feats[10])                                      # a duplicate
    rng.shuffle(feats)                                           # unsorted
    empty = QgsFeature(layer.fields())
    empty.setAttributes(["alice", "2024-03-05T07:10:00Z"])       # no geometry
    feats.append(empty)
    old = QgsFeature(layer.fields())
    old.setAttributes(["alice", "1970-01-01T00:00:00Z"])
    old.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(2.35, 48.85)))
    feats.append(old)
    assert layer.dataProvider().addFeatures(feats)[0]
    res, feedback = run_alg("tracemob:segmenttrips", {"INPUT": layer, "OUTPUT_TRIPS": "TEMPORARY_OUTPUT",
                                                      "OUTPUT_STAYS": "TEMPORARY_OUTPUT"})
    assert res["OUTPUT_TRIPS"].featureCount() >= 1
    assert any("without finite coordinates" in w for w in feedback.warnings), feedback.warnings
    assert any("hostile, field 'time': 1 time(s) before 2000 and 0 after" in w for w in feedback.warnings)
