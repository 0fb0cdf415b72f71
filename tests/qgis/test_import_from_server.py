"""tracemob:importfromserver in QGIS (QGIS network transport) against the loopback
e-mission server serving the real days: exact points, trips with labels, failures that end in a
clear message with nothing lost, tokens from QGIS's authentication manager, and headless
qgis_process import -> segmenttrips."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer, QgsWkbTypes

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "support"))
import emission_server as es  # noqa: E402

USERS = es.sample_users()
ALICE_TOKEN, BOB_TOKEN = list(USERS)
BAD_TOKEN = "nrelop_tracemob_default_revoked000000"
# truth of the served days (background/filtered_location): count, first and last data.ts
TRUTH = {"alice": (405, 1469204768.0, 1470883882.061), "bob": (174, 1472915568.494, 1472964013.0)}
WRAPPER = ROOT / "scripts" / "qgis_process"


@pytest.fixture
def server():
    with es.EmissionServer(USERS, result_limit=150) as srv:
        yield srv


@pytest.fixture
def token_file(tmp_path):
    path = tmp_path / "tokens.csv"
    path.write_text("label,token\nalice,{}\nbob,{}\n".format(ALICE_TOKEN, BOB_TOKEN), encoding="utf-8")
    return path


def params(srv, tmp_path, **kw):
    p = {"SERVER_URL": srv.url, "START": "2016-07-21T00:00:00", "END": "2016-09-04T00:00:00",
         "CACHE_DIR": str(tmp_path / "cache"), "ENTRY_LIMIT": 150, "TIMEOUT": 1.0, "RETRIES": 1,
         "OUTPUT": str(tmp_path / "points.gpkg")}
    p.update(kw)
    return p


def layer_points(path):
    layer = QgsVectorLayer(str(path), "points", "ogr")
    assert layer.isValid()
    from tracemob.tracemob_plugin.compat import qdatetime_to_msecs
    rows = [(f["user_id"], qdatetime_to_msecs(f["time"])) for f in layer.getFeatures()]
    return layer, pd.DataFrame(rows, columns=["user_id", "ms"])


def assert_exact(path, names=("alice", "bob")):
    layer, df = layer_points(path)
    assert QgsWkbTypes.geometryType(layer.wkbType()) == QgsWkbTypes.PointGeometry
    assert layer.crs().authid() == "EPSG:4326"
    assert not df.duplicated().any()
    assert sorted(df["user_id"].unique()) == sorted(names)
    for n in names:
        count, first, last = TRUTH[n]
        ms = df.loc[df["user_id"] == n, "ms"]
        assert len(ms) == count
        # QGIS 3.22 writes GeoPackage DateTime fields to the whole second (the .061 s are dropped)
        assert ms.min() // 1000 == int(first) and ms.max() // 1000 == int(last)


def finds(srv):
    return [r for r in srv.requests if r["path"].startswith("/datastreams/")]


def test_import_from_server_points_trips_motion(run_alg, server, tmp_path, token_file):
    results, fb = run_alg("tracemob:importfromserver", params(
        server, tmp_path, TOKEN_FILE=str(token_file), OUTPUT_TRIPS=str(tmp_path / "trips.gpkg"),
        OUTPUT_MOTION=str(tmp_path / "motion.gpkg")))
    assert_exact(results["OUTPUT"])
    trips = QgsVectorLayer(results["OUTPUT_TRIPS"], "trips", "ogr")
    assert trips.isValid() and trips.featureCount() == 15
    assert QgsWkbTypes.hasM(trips.wkbType())
    feats = sorted(trips.getFeatures(), key=lambda f: f["start_time"].toMSecsSinceEpoch())
    first = feats[0]
    labels = (first["user_id"], first["mode_confirm"], first["purpose_confirm"])
    assert labels == ("alice", "drove_alone", "work")
    line = first.geometry().constGet()
    assert line.numPoints() == 2 and line.mAt(0) == 1469204768.0 and line.mAt(1) == 1469213090.0
    msg, ok = trips.loadNamedStyle(str(ROOT / "resources" / "styles" / "confirmed_trips.qml"))
    assert ok, msg
    renderer = trips.renderer()
    assert renderer.classAttribute() == "mode_confirm"
    assert renderer.categoryIndexForValue("drove_alone") >= 0 and renderer.categoryIndexForValue("walk") >= 0
    motion = QgsVectorLayer(results["OUTPUT_MOTION"], "motion", "ogr")
    assert motion.featureCount() == 568
    assert any("'bob'" in m and "174 points" in m for m in fb.infos)
    # nothing secret in what the user sees
    assert not any(t in m for m in fb.infos + fb.warnings for t in (ALICE_TOKEN, BOB_TOKEN))


def test_refused_token_names_the_participant_and_the_others_are_imported(run_alg, server, tmp_path):
    tokens = tmp_path / "tokens.csv"
    tokens.write_text("alice,{}\nmallory,{}\nbob,{}\n".format(ALICE_TOKEN, BAD_TOKEN, BOB_TOKEN))
    results, fb = run_alg("tracemob:importfromserver", params(server, tmp_path, TOKEN_FILE=str(tokens)))
    assert_exact(results["OUTPUT"])
    refused = [m for m in fb.errors if "'mallory'" in m]
    assert len(refused) == 1 and "403" in refused[0] and BAD_TOKEN not in refused[0]
    assert not any(BAD_TOKEN in m for m in fb.infos + fb.warnings + fb.errors)


def test_unknown_token_on_a_skip_deployment_is_not_retried(run_alg, tmp_path):
    # a 'skip' deployment answers 500 with a traceback for a token it does not know
    ghost = "nrelop_tracemob_default_neverjoined00"
    tokens = tmp_path / "tokens.csv"
    tokens.write_text("ghost,{}\nalice,{}\nbob,{}\n".format(ghost, ALICE_TOKEN, BOB_TOKEN))
    with es.EmissionServer(USERS, result_limit=150, auth="skip") as srv:
        results, fb = run_alg("tracemob:importfromserver", params(srv, tmp_path, TOKEN_FILE=str(tokens),
                                                                  RETRIES=4))
        assert_exact(results["OUTPUT"])
        assert sum(1 for r in srv.requests if r["status"] == 500) == 1
    refused = [m for m in fb.errors if "'ghost'" in m]
    assert len(refused) == 1 and "never joined" in refused[0] and ghost not in refused[0]


def test_redirect_is_refused_and_no_token_reaches_the_other_host(run_alg, tmp_path, token_file):
    # a wrong URL prefix: the real server answers 301 to its project's web site (catch-all route);
    # QGIS's network stack must not POST the body (the token) again to that address
    with es.Recorder() as site, es.EmissionServer(USERS, result_limit=150, redirect_to=site.url) as srv:
        with pytest.raises(QgsProcessingException) as err:
            run_alg("tracemob:importfromserver", params(srv, tmp_path, TOKEN_FILE=str(token_file),
                                                        SERVER_URL=srv.url + "/api"))
        msg = str(err.value)
        assert srv.url + "/api" in msg and site.url in msg and "/api/" in msg
        assert ALICE_TOKEN not in msg and BOB_TOKEN not in msg
        assert [r["status"] for r in srv.requests] == [301]
        assert site.requests == []
        # the transport itself hands the redirect back with its target
        from tracemob.tracemob_plugin.gui.server_support import QgisTransport
        resp = QgisTransport()(srv.url + "/api/x", json.dumps({"user": ALICE_TOKEN}).encode(),
                               {"Content-Type": "application/json"}, 2.0)
        assert (resp.status, resp.location) == (301, site.url)
        assert not any(ALICE_TOKEN.encode() in r["body"] for r in site.requests) and site.requests == []


@pytest.mark.parametrize("action,words", [("500", "HTTP 500"), ("slow:1.8", "timeout"),
                                          ("drop", "connection"), ("malformed", "not valid JSON")])
def test_failure_mid_run_clear_message_nothing_lost(run_alg, server, tmp_path, token_file, action, words):
    target = {}

    def when(body):  # every try at Bob's fifth window fails
        if body.get("user") != BOB_TOKEN or "key_list" not in body:
            return False
        target.setdefault("seen", []).append(body["start_time"])
        starts = sorted(set(target["seen"]))
        return len(starts) >= 5 and body["start_time"] == starts[4]
    server.add_fault(action, when=when, times=None)
    with pytest.raises(QgsProcessingException) as err:
        run_alg("tracemob:importfromserver", params(server, tmp_path, TOKEN_FILE=str(token_file)))
    msg = str(err.value)
    assert words in msg and "'bob'" in msg and "run again" in msg
    server.faults.clear()
    n1 = len(finds(server))
    results, _ = run_alg("tracemob:importfromserver", params(server, tmp_path, TOKEN_FILE=str(token_file)))
    assert_exact(results["OUTPUT"])
    assert len(finds(server)) - n1 < n1  # the resume asks only for what is missing


def test_transient_500_is_retried_in_qgis(run_alg, server, tmp_path, token_file):
    fault = server.add_fault("500", when=lambda b: b.get("user") == BOB_TOKEN and "key_list" in b, times=1)
    results, fb = run_alg("tracemob:importfromserver", params(server, tmp_path, TOKEN_FILE=str(token_file)))
    assert fault.hits == 1
    assert any("HTTP 500" in w and "retry 1/1" in w for w in fb.warnings)
    assert_exact(results["OUTPUT"])


def test_tokens_from_qgis_authentication_configurations(run_alg, server, tmp_path):
    from qgis.core import QgsApplication

    from tracemob.tracemob_plugin.gui import server_support as ss

    am = QgsApplication.authManager()
    if not am.masterPasswordIsSet() and not am.setMasterPassword("tracemob-test-master", True):
        pytest.skip("cannot set a master password on this QGIS authentication database")
    ids = [ss.store_participant(server.url, "alice", ALICE_TOKEN),
           ss.store_participant(server.url, "bob", BOB_TOKEN)]
    try:
        prefix = ss.auth_name_prefix(server.url)
        assert sorted(p.label for p in ss.participants_from_authcfgs(prefix)) == ["alice", "bob"]
        p = params(server, tmp_path, AUTHCFGS=prefix)
        results, _ = run_alg("tracemob:importfromserver", p)
        assert_exact(results["OUTPUT"])
        # by id too; the parameters (what a model or project keeps) hold no token
        results, _ = run_alg("tracemob:importfromserver", params(server, tmp_path, AUTHCFGS=",".join(ids)))
        assert_exact(results["OUTPUT"])
        assert ALICE_TOKEN not in json.dumps(p) and BOB_TOKEN not in json.dumps(p)
        with pytest.raises(QgsProcessingException, match="no QGIS authentication configuration"):
            run_alg("tracemob:importfromserver", params(server, tmp_path, AUTHCFGS="Nobody:"))
    finally:
        ss.remove_authcfgs(ids)


@pytest.mark.skipif(not Path("/usr/bin/qgis_process.bin").exists(), reason="qgis_process is absent")
def test_qgis_process_import_then_segmenttrips(server, tmp_path, token_file):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    points = tmp_path / "points.gpkg"
    cmd = [str(WRAPPER), "--json", "run", "tracemob:importfromserver", "--",
           "SERVER_URL={}".format(server.url), "TOKEN_FILE={}".format(token_file), "START=2016-07-21",
           "END=2016-09-04", "CACHE_DIR={}".format(tmp_path / "cache"), "ENTRY_LIMIT=150",
           "OUTPUT={}".format(points)]
    proc = subprocess.run(cmd, cwd=str(tmp_path), env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert_exact(points)
    for tok in (ALICE_TOKEN, BOB_TOKEN):
        assert tok not in proc.stdout and tok not in proc.stderr
    trips = tmp_path / "trips.gpkg"
    proc = subprocess.run([str(WRAPPER), "--json", "run", "tracemob:segmenttrips", "--",
                           "INPUT={}".format(points), "OUTPUT_TRIPS={}".format(trips),
                           "OUTPUT_STAYS={}".format(tmp_path / "stays.gpkg"),
                           "OUTPUT_LEGS={}".format(tmp_path / "legs.gpkg")],
                          cwd=str(tmp_path), env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    layer = QgsVectorLayer(str(trips), "trips", "ogr")
    assert layer.isValid() and layer.featureCount() >= 10
    assert {f["user_id"] for f in layer.getFeatures()} == {"alice", "bob"}
    days = {f["start_time"].toString("yyyy-MM-dd") for f in layer.getFeatures()}
    assert days <= {"2016-07-22", "2016-07-23", "2016-08-10", "2016-08-11", "2016-09-03", "2016-09-04"}
    print("segmenttrips on the fetched points:", layer.featureCount(), "trips")


def test_server_dialog_adds_tests_and_prefills_the_import(qgis_app, server, tmp_path):
    from qgis.core import QgsApplication

    from tracemob.tracemob_plugin import compat
    from tracemob.tracemob_plugin.gui import server_dialog as sd
    from tracemob.tracemob_plugin.gui import server_support as ss

    am = QgsApplication.authManager()
    if not am.masterPasswordIsSet() and not am.setMasterPassword("tracemob-test-master", True):
        pytest.skip("cannot set a master password on this QGIS authentication database")
    tokens = tmp_path / "tokens.csv"
    tokens.write_text("alice,{}\nmallory,{}\nbob,{}\n".format(ALICE_TOKEN, BAD_TOKEN, BOB_TOKEN))
    dlg = sd.ServerDialog()
    try:
        dlg.url_box.setEditText(server.url + "/")
        dlg.import_token_file(str(tokens))
        assert [label for _cid, label in dlg.participant_configs()] == ["alice", "bob", "mallory"]
        assert dlg.table.rowCount() == 3
        assert dlg.test_server() == (2, 3)
        assert "2 of 3 participants answer" in dlg.status.text()
        statuses = {dlg.table.item(i, 0).text(): dlg.table.item(i, 1).text() for i in range(3)}
        assert statuses["alice"] == "answers" and "403" in statuses["mallory"]
        assert BAD_TOKEN not in statuses["mallory"]
        params = dlg.import_parameters()
        assert params["SERVER_URL"] == server.url and params["AUTHCFGS"] == ss.auth_name_prefix(server.url)
        assert compat.qdatetime_to_msecs(params["START"]) == 1469145600000  # 2016-07-22 UTC
        assert compat.qdatetime_to_msecs(params["END"]) == 1472947200000    # 2016-09-04 UTC
        assert server.url in sd.saved_servers()
        assert not any(t in repr(params) for t in (ALICE_TOKEN, BOB_TOKEN, BAD_TOKEN))
    finally:
        ss.remove_authcfgs([cid for cid, _l in dlg.participant_configs()])
    dlg.refresh()
    assert dlg.table.rowCount() == 0


@pytest.mark.parametrize("case,words", [("untrusted", ("not trusted", "certificate")),
                                        ("https_to_http", ("does not answer in TLS", "http://")),
                                        ("http_to_https", ("speaks https", "https://"))])
def test_tls_and_scheme_errors_are_said_at_the_first_try(run_alg, tmp_path, token_file, case, words):
    import time
    cert = es.self_signed_cert(tmp_path)
    tls = None if case == "https_to_http" else cert
    with es.EmissionServer(USERS, result_limit=150, tls=tls) as srv:
        url = srv.url
        if case == "https_to_http":
            url = url.replace("http://", "https://")
        elif case == "http_to_https":
            url = url.replace("https://", "http://")
        t0 = time.monotonic()
        with pytest.raises(QgsProcessingException) as err:
            run_alg("tracemob:importfromserver", params(srv, tmp_path, TOKEN_FILE=str(token_file), SERVER_URL=url,
                                                        RETRIES=4, TIMEOUT=5.0))
        assert time.monotonic() - t0 < 8  # no retries (they would wait 1 + 2 + 4 + 8 s)
        assert not any(r["keys"] for r in srv.requests)  # no data request got through
    msg = str(err.value)
    assert all(w in msg for w in words) and "run again" not in msg
    assert ALICE_TOKEN not in msg and BOB_TOKEN not in msg


def test_result_limit_under_entry_limit_and_raw_only_participant(run_alg, tmp_path):
    # a server cutting answers at 100 entries, ENTRY_LIMIT at its default: every point comes; Carol
    # has only background/location: she gets the filtered raw fixes, and a warning says so
    carol_token = "nrelop_tracemob_default_carol55555555"
    carol = [e for e in es.load_day("2016-09-03") if e["metadata"]["key"] != "background/filtered_location"]
    tokens = tmp_path / "tokens.csv"
    tokens.write_text("alice,{}\ncarol,{}\n".format(ALICE_TOKEN, carol_token))
    with es.EmissionServer({ALICE_TOKEN: USERS[ALICE_TOKEN], carol_token: carol}, result_limit=100) as srv:
        p = params(srv, tmp_path, TOKEN_FILE=str(tokens))
        p.pop("ENTRY_LIMIT")
        results, fb = run_alg("tracemob:importfromserver", p)
        assert any(r["n"] == 100 for r in finds(srv))
    _, df = layer_points(results["OUTPUT"])
    counts = df.groupby("user_id").size().to_dict()
    assert counts["alice"] == TRUTH["alice"][0]
    assert 0 < counts["carol"] < sum(1 for e in carol if e["metadata"]["key"] == "background/location")
    assert any("carol" in w and "200 m" in w for w in fb.warnings)
    assert any("cut an answer at 100 entries" in m for m in fb.infos)
