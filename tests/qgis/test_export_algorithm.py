"""tracemob:exportshareable through QGIS Processing: the key from a QGIS authentication
configuration (master password set in the test's own authentication database) or from the key
file fallback, the package on disk, and the clear errors (no key, k < 2, output over a source)."""
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from tracemob.tracemob_plugin.core.privacy.rules import pseudonymise

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
from qgis_helpers import load_unit_module, qdt as _qdt  # noqa: E402


KEY = "authority-secret-key-0123456789"


G = load_unit_module("test_export")


@pytest.fixture(scope="module")
def data():
    return G.make_commuters()


@pytest.fixture(scope="module")
def layers(data):
    trips, verts, legs, _ = data
    tl = QgsVectorLayer("LineStringM?crs=EPSG:4326&field=trip_id:string&field=user_id:string"
                        "&field=start_time:datetime&field=end_time:datetime&field=distance_m:double"
                        "&field=purpose:string", "trips", "memory")
    by_trip = {tid: g for tid, g in verts.groupby("trip_id", sort=False)}
    feats = []
    for r in trips.itertuples():
        g = by_trip[r.trip_id]
        m = g["time"].astype("int64").to_numpy() / 1e9
        wkt = "LineStringM(" + ", ".join("{} {} {}".format(x, y, t) for x, y, t in zip(g["lon"], g["lat"], m)) + ")"
        f = QgsFeature(tl.fields())
        f.setAttributes([r.trip_id, r.user_id, _qdt(r.start_time), _qdt(r.end_time), r.distance_m, r.purpose])
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        feats.append(f)
    assert tl.dataProvider().addFeatures(feats)
    ll = QgsVectorLayer("None?field=leg_id:string&field=trip_id:string&field=user_id:string&field=mode:string"
                        "&field=distance_m:double&field=duration_s:double", "legs", "memory")
    lf = []
    for r in legs.itertuples():
        f = QgsFeature(ll.fields())
        f.setAttributes([r.leg_id, r.trip_id, r.user_id, r.mode, r.distance_m, r.duration_s])
        lf.append(f)
    assert ll.dataProvider().addFeatures(lf)
    return tl, ll


@pytest.fixture()
def key_config():
    am = QgsApplication.authManager()
    if not am.masterPasswordIsSet() and not am.setMasterPassword("tracemob-test-master", True):
        pytest.skip("cannot set a master password on this QGIS authentication database")
    cfg = QgsAuthMethodConfig("Basic")
    cfg.setName("tracemob-key test")
    cfg.setConfig("username", "authority")
    cfg.setConfig("password", KEY)
    ok = am.storeAuthenticationConfig(cfg)
    assert (ok[0] if isinstance(ok, tuple) else ok) and cfg.id()
    yield cfg.id()
    am.removeAuthenticationConfig(cfg.id())


def _params(layers, out, **extra):
    p = {"TRIPS": layers[0], "LEGS": layers[1], "OUTPUT": str(out)}
    p.update(extra)
    return p


def test_export_with_key_from_qgis_authentication(run_alg, layers, data, key_config, tmp_path):
    res, fb = run_alg("tracemob:exportshareable", _params(layers, tmp_path / "pkg", KEY_AUTHCFG=key_config,
                                                          ZIP=True))
    folder = Path(res["OUTPUT"])
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "k = 10" in readme and "HMAC-SHA256" in readme
    layer = QgsVectorLayer(res["GPKG"] + "|layername=trips", "t", "ogr")
    assert layer.isValid()
    trips = data[0]
    expected = trips[trips["user_id"] != "person023@example.org"]  # the rare commuter is dropped
    assert layer.featureCount() == len(expected)
    got = {f["participant"] for f in layer.getFeatures()}
    assert got == set(pseudonymise(expected["user_id"].unique(), KEY))
    # trimmed lines: every first vertex is at least 100 m + 200 m from the participant's home
    homes = data[3].set_index("user_id")
    back = dict(zip(pseudonymise(trips["user_id"].unique(), KEY), trips["user_id"].unique()))
    for f in layer.getFeatures():
        p = f.geometry().vertexAt(0)
        h = homes.loc[back[f["participant"]]]
        d = G.haversine_m(p.y(), p.x(), h["home_lat"], h["home_lon"])
        dw = G.haversine_m(p.y(), p.x(), h["work_lat"], h["work_lon"])
        assert min(d, dw) >= 299.0
        assert f["start_time"].time().minute() % 15 == 0
    assert Path(res["ZIP_FILE"]).is_file()
    raw = b"".join(p.read_bytes() for p in folder.iterdir())
    assert b"person0" not in raw and KEY.encode() not in raw
    assert not any(KEY in m for m in fb.infos + fb.warnings)


def test_key_file_fallback_gives_the_same_pseudonyms(run_alg, layers, data, tmp_path):
    key_file = tmp_path / "key.txt"
    key_file.write_text(KEY + "\n")
    res, _ = run_alg("tracemob:exportshareable", _params(layers, tmp_path / "pkg2", KEY_FILE=str(key_file)))
    layer = QgsVectorLayer(res["GPKG"] + "|layername=trips", "t", "ogr")
    got = {f["participant"] for f in layer.getFeatures()}
    assert got and got <= set(pseudonymise(data[0]["user_id"].unique(), KEY))
    legs = QgsVectorLayer(res["GPKG"] + "|layername=legs", "l", "ogr")
    assert legs.isValid() and {f["mode"] for f in legs.getFeatures()} == {"bike"}


def test_temporary_output_folder(run_alg, layers, tmp_path):
    key_file = tmp_path / "key.txt"
    key_file.write_text(KEY)
    res, fb = run_alg("tracemob:exportshareable", {"TRIPS": layers[0], "OUTPUT": "TEMPORARY_OUTPUT",
                                                   "KEY_FILE": str(key_file), "K": 5})
    assert Path(res["README"]).is_file() and "TEMPORARY_OUTPUT" not in res["OUTPUT"]
    assert any("Package written to" in i for i in fb.infos)


def test_clear_errors(run_alg, layers, tmp_path):
    with pytest.raises(QgsProcessingException, match="No pseudonymisation key"):
        run_alg("tracemob:exportshareable", _params(layers, tmp_path / "a"))
    key_file = tmp_path / "key.txt"
    key_file.write_text(KEY)
    with pytest.raises(QgsProcessingException, match="would reveal individual people"):
        run_alg("tracemob:exportshareable", _params(layers, tmp_path / "b", KEY_FILE=str(key_file), K=1))
    # a file layer inside the output folder is never overwritten
    src_dir = tmp_path / "src"
    src_dir.mkdir()
    path = str(src_dir / "trips.gpkg")
    opts = QgsVectorFileWriter.SaveVectorOptions()
    opts.driverName = "GPKG"
    err = QgsVectorFileWriter.writeAsVectorFormatV2(layers[0], path, layers[0].transformContext(), opts)
    assert err[0] == QgsVectorFileWriter.NoError
    before = Path(path).read_bytes()
    # (the path, not a QgsVectorLayer: an OGR layer object still alive when QGIS exits crashes the
    # interpreter with a segmentation fault; Processing's context owns and frees the layer it loads)
    # refused by the parameter check, before any reading, naming the folder and the input
    with pytest.raises(QgsProcessingException, match=r"output folder OUTPUT \(.*src\) holds the input TRIPS"):
        run_alg("tracemob:exportshareable", {"TRIPS": path, "OUTPUT": str(src_dir), "KEY_FILE": str(key_file)})
    assert Path(path).read_bytes() == before
