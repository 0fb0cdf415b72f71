"""Server import against a real HTTP server on loopback serving the real e-mission days.

Truth: the embedded files. Alice has 2016-07-22 (220 filtered fixes) and 2016-08-10 (185), Bob
2016-09-03 (174). Every test asserts what the user gets: exact points, and that after a failure
and a resume no fetched point is lost or duplicated.
"""
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "support"))
import emission_server as es  # noqa: E402

from tracemob.tracemob_plugin.core.ingest import server as S  # noqa: E402
from tracemob.tracemob_plugin.core.errors import Cancelled, InputError  # noqa: E402
from tracemob.tracemob_plugin.core.ingest.fetch_store import FetchStore, subtract_intervals  # noqa: E402

START = pd.Timestamp("2016-07-21", tz="UTC").timestamp()
END = pd.Timestamp("2016-09-05", tz="UTC").timestamp()
USERS = es.sample_users()
ALICE_TOKEN, BOB_TOKEN = list(USERS)
BAD_TOKEN = "nrelop_tracemob_default_revoked000000"


def _truth(days, key="background/filtered_location"):
    ts = sorted(e["data"]["ts"] for d in days for e in es.load_day(d) if e["metadata"]["key"] == key)
    return len(ts), ts[0], ts[-1]


TRUTH = {"alice": _truth(["2016-07-22", "2016-08-10"]), "bob": _truth(["2016-09-03"])}


def test_truth_of_the_served_days():
    assert TRUTH["alice"] == (405, 1469204768, 1470883882.061)
    assert TRUTH["bob"] == (174, 1472915568.494, 1472964013)


@pytest.fixture
def server():
    with es.EmissionServer(USERS, result_limit=120) as srv:
        yield srv


def utc(seconds):
    """The io contract: epoch seconds rounded to the microsecond."""
    return pd.Timestamp(round(seconds * 1e6) * 1000, unit="ns", tz="UTC")


def people(*names):
    tok = {"alice": ALICE_TOKEN, "bob": BOB_TOKEN, "mallory": BAD_TOKEN}
    return [S.Participant(n, tok[n]) for n in names]


def client(srv, **kw):
    # trust_env=False: a proxy set in the environment must not catch loopback requests
    opts = dict(timeout_s=1.0, retries=2, backoff_s=0.01, entry_limit=120,
                transport=S.RequestsTransport(trust_env=False))
    opts.update(kw)
    return S.ServerClient(srv.url, **opts)


def run(srv, tmp_path, who=("alice", "bob"), **kw):
    c = kw.pop("client", None) or client(srv)
    return S.run_import(c, people(*who), kw.pop("start", START), kw.pop("end", END), tmp_path, **kw)


def assert_exact(points, names=("alice", "bob")):
    """Exactly the served fixes: count and first/last time per participant, no duplicate."""
    assert sorted(points["user_id"].unique()) == sorted(names)
    assert not points.duplicated(["user_id", "time"]).any()
    for n in names:
        sub = points[points["user_id"] == n]
        count, first, last = TRUTH[n]
        assert len(sub) == count
        assert sub["time"].iloc[0] == utc(first)
        assert sub["time"].iloc[-1] == utc(last)
    assert list(points.columns)[:7] == ["user_id", "time", "lat", "lon", "accuracy_m", "speed_mps", "source_file"]
    assert set(points.columns[7:]) <= {"location_filter", "write_ts", "transitions"}
    assert str(points["time"].dtype) == "datetime64[ns, UTC]"


def find_requests(srv):
    return [r for r in srv.requests if r["path"].startswith("/datastreams/find_entries/")]


# -- the happy path -------------------------------------------------------------------------------

def test_fetches_exactly_the_served_points_through_the_result_limit(server, tmp_path):
    data, report, path = run(server, tmp_path, trips=True)
    assert_exact(data.points)
    assert report.splits > 0  # Alice's busiest days exceed 120 entries per day window
    # every answer cut at the server's limit (120) was followed at once by the rest of its window
    reqs = find_requests(server)
    full = [i for i, r in enumerate(reqs) if r["n"] >= 120]
    assert full and len(full) <= report.splits
    for i in full:
        r, nxt = reqs[i], reqs[i + 1]
        assert (nxt["token_sha"], nxt["end"], nxt["key_time"]) == (r["token_sha"], r["end"], r["key_time"])
        assert r["start"] < nxt["start"] < r["end"]
    motion = data.motion.groupby("user_id").size().to_dict()
    truth_motion = {n: _truth(d, "background/motion_activity")[0]
                    for n, d in (("alice", ["2016-07-22", "2016-08-10"]), ("bob", ["2016-09-03"]))}
    assert motion == truth_motion
    # confirmed trips with their labels: 4 + 5 trips for Alice, 6 for Bob; one left unlabelled
    assert data.trips.groupby("user_id").size().to_dict() == {"alice": 9, "bob": 6}
    first = data.trips.iloc[0]
    assert (first["mode_confirm"], first["purpose_confirm"]) == ("drove_alone", "work")
    assert first["start_time"] == pd.Timestamp(1469204768.0, unit="s", tz="UTC")
    assert round(first["distance_m"]) == 79041
    assert data.trips["mode_confirm"].isna().sum() == 1
    assert len(data.trips_labels) == 14
    assert path.exists()


def test_requests_follow_the_e_mission_api(server, tmp_path):
    run(server, tmp_path, trips=True)
    reqs = find_requests(server)
    assert {r["path"] for r in reqs} == {"/datastreams/find_entries/timestamp"}
    by_time_key = {r["key_time"]: sorted(r["keys"]) for r in reqs}
    assert by_time_key == {"data.ts": ["background/filtered_location", "background/motion_activity"],
                           "data.start_ts": ["analysis/confirmed_trip"]}
    assert all(r["status"] == 200 for r in reqs)
    assert all(r["end"] - r["start"] <= 7 * 86400 + 1e-6 for r in reqs)
    # empty stretches are crossed with longer windows: far fewer requests than 1 per day,
    # participant and time field (2 x 2 x 46 = 184)
    assert max(r["end"] - r["start"] for r in reqs) == 7 * 86400
    assert len(reqs) < 150


def test_window_boundary_on_an_entry_is_not_duplicated(server, tmp_path):
    # windows of one hour whose edges fall exactly on fix times: the server's bounds are inclusive
    count, first, last = TRUTH["bob"]
    data, report, _ = run(server, tmp_path, who=("bob",), start=first - 3 * 3600, end=last,
                          window_s=3600.0)
    assert report.windows_fetched >= 8
    reqs = find_requests(server)
    assert any(r["end"] == first for r in reqs) and any(r["start"] == first for r in reqs)
    assert_exact(data.points, ("bob",))


def test_raw_location_key(server, tmp_path):
    data, _, _ = run(server, tmp_path, who=("bob",), point_key=S.LOCATION_KEY, motion=False)
    count, first, last = _truth(["2016-09-03"], "background/location")
    assert len(data.points) == count and count > 174
    assert data.points["time"].iloc[-1] == utc(last)
    assert len(data.motion) == 0


def test_result_limit_below_entry_limit_loses_nothing_and_is_not_cached_as_complete(tmp_path):
    # the server cuts answers at 100 entries; ENTRY_LIMIT keeps its default (250000): the cut is
    # detected from the answers themselves, nothing is lost, and a re-run has nothing left to ask
    with es.EmissionServer(USERS, result_limit=100) as srv:
        c = client(srv, entry_limit=S.DEFAULT_ENTRY_LIMIT)
        data, report, _ = S.run_import(c, people("alice", "bob"), START, END, tmp_path, trips=True)
        assert_exact(data.points)
        assert c.result_limit == 100
        assert sum(1 for r in find_requests(srv) if r["n"] == 100) > 5  # cut answers were met
        motion = data.motion.groupby("user_id").size().to_dict()
        assert motion == {n: _truth(d, "background/motion_activity")[0]
                          for n, d in (("alice", ["2016-07-22", "2016-08-10"]), ("bob", ["2016-09-03"]))}
        n1 = len(find_requests(srv))
        data2, report2, _ = S.run_import(client(srv, entry_limit=S.DEFAULT_ENTRY_LIMIT), people("alice", "bob"),
                                         START, END, tmp_path, trips=True)
        assert len(find_requests(srv)) == n1 and report2.requests == 0
        assert_exact(data2.points)


def test_a_cut_answer_is_never_cached_as_a_complete_window(tmp_path):
    # the run stops right after a cut answer: the window it came from is not marked fetched
    with es.EmissionServer(USERS, result_limit=100) as srv:
        # windows start on whole hours; the rest of a window starts at a fix's time: drop those
        srv.add_fault("drop", when=lambda b: "key_list" in b and b["start_time"] % 3600 != 0, times=None)
        c = client(srv, entry_limit=S.DEFAULT_ENTRY_LIMIT, retries=0)
        with pytest.raises(S.ServerError):
            S.run_import(c, people("alice"), START, END, tmp_path)
        first = [r for r in find_requests(srv) if r["status"] == 200][-1]
        assert first["n"] == 100 and find_requests(srv)[-1]["status"] == "fault:drop"
        with FetchStore(tmp_path, srv.url) as store:
            covered = store.covered(people("alice")[0], "background/filtered_location")
        # at most the part of the window before the cut answer's last time is covered
        assert covered and first["start"] < covered[-1][1] < first["end"]
        srv.faults.clear()
        data, _, _ = S.run_import(client(srv, entry_limit=S.DEFAULT_ENTRY_LIMIT), people("alice"),
                                  START, END, tmp_path)
        assert_exact(data.points, ("alice",))


# -- resume ---------------------------------------------------------------------------------------

def test_rerun_fetches_only_what_is_new(server, tmp_path):
    mid = pd.Timestamp("2016-08-01", tz="UTC").timestamp()
    data1, rep1, _ = run(server, tmp_path, end=mid)
    assert data1.points["user_id"].unique().tolist() == ["alice"]
    assert len(data1.points) == 220
    n1 = len(find_requests(server))
    data2, rep2, _ = run(server, tmp_path)
    reqs2 = find_requests(server)[n1:]
    assert reqs2 and min(r["start"] for r in reqs2) >= mid  # nothing before mid asked again
    assert rep2.windows_cached > 0
    assert_exact(data2.points)
    n2 = len(find_requests(server))
    data3, rep3, _ = run(server, tmp_path)
    assert len(find_requests(server)) == n2 and rep3.requests == 0
    assert_exact(data3.points)


def test_recent_windows_are_asked_again_without_duplicates(server, tmp_path):
    # "now" is just after Bob's day: windows younger than settle_s are kept but not trusted
    now = TRUTH["bob"][2] + 3600
    c = client(server)
    with FetchStore(tmp_path, c.url) as store:
        S.fetch_study(c, people("bob"), S.keys_for(), START, END, store, now=now)
        before = store.count()
        n1 = len(find_requests(server))
        rep = S.fetch_study(c, people("bob"), S.keys_for(), START, END, store, now=now)
        reqs = find_requests(server)[n1:]
        assert 0 < rep.windows_fetched <= 8
        assert min(r["start"] for r in reqs) == now - S.DEFAULT_SETTLE_S
        assert store.count() == before and sum(rep.new_entries.values()) == 0
        data = S.load_study(store, people("bob"), START, END)
    assert_exact(data.points, ("bob",))


def test_cancel_keeps_what_was_fetched_and_resumes(server, tmp_path):
    def cancel_after_ten():
        return len(find_requests(server)) >= 25

    with pytest.raises(Cancelled):
        run(server, tmp_path, is_cancelled=cancel_after_ten)
    with FetchStore(tmp_path, server.url) as store:
        kept = store.count()
    assert kept > 0
    n1 = len(find_requests(server))
    data, report, _ = run(server, tmp_path)
    assert report.windows_cached > 0
    assert_exact(data.points)
    first = find_requests(server)[:n1]
    again = {(r["token_sha"], r["start"], r["end"]) for r in find_requests(server)[n1:]}
    assert not again & {(r["token_sha"], r["start"], r["end"]) for r in first if r["n"] < 120}


# -- failures -------------------------------------------------------------------------------------

def test_refused_token_names_the_participant_and_the_others_are_fetched(server, tmp_path):
    # a token-list deployment: a token not on the list answers 403
    data, report, _ = run(server, tmp_path, who=("alice", "mallory", "bob"))
    msg = report.refused["mallory"]
    assert list(report.refused) == ["mallory"] and report.refused_status == {"mallory": 403}
    assert "'mallory'" in msg and "403" in msg
    assert BAD_TOKEN not in msg and "revoked" not in msg
    assert data.warnings[0] == msg
    assert_exact(data.points)  # Alice and Bob complete, Bob fetched after Mallory's refusal
    bad_sha = __import__("hashlib").sha256(BAD_TOKEN.encode()).hexdigest()[:8]
    assert [r["status"] for r in find_requests(server) if r["token_sha"] == bad_sha] == [403]  # no retry
    # the next run (without Mallory) asks nothing again
    n1 = len(find_requests(server))
    data, report, _ = run(server, tmp_path, who=("alice", "bob"))
    assert len(find_requests(server)) == n1 and report.new_entries == {"alice": 0, "bob": 0}
    assert_exact(data.points)


GHOST = "nrelop_tracemob_default_neverjoined00"


def _sha(token):
    import hashlib
    return hashlib.sha256(token.encode()).hexdigest()[:8]


@pytest.mark.parametrize("auth,bad", [("skip", GHOST), ("token_list", GHOST), ("token_list", "garbage")])
def test_token_the_server_fails_on_500_is_a_refused_token_not_a_server_fault(tmp_path, auth, bad):
    # real servers answer 500 with a traceback for an unknown token on 'skip' deployments, a
    # token-list participant who never joined, a malformed token: no long retries, others fetched
    import time
    with es.EmissionServer(USERS, result_limit=120, auth=auth, not_joined=[GHOST]) as srv:
        c = client(srv, retries=4, backoff_s=2.0)  # retrying would cost 2 + 4 + 8 + 16 s
        t0 = time.monotonic()
        messages = []
        data, report, _ = S.run_import(c, [S.Participant("alice", ALICE_TOKEN), S.Participant("ghost", bad),
                                           S.Participant("bob", BOB_TOKEN)], START, END, tmp_path,
                                       log=messages.append)
        assert messages and not any(tok in m for m in messages for tok in (bad, ALICE_TOKEN, BOB_TOKEN))
        assert time.monotonic() - t0 < 10
        assert list(report.refused) == ["ghost"] and report.refused_status == {"ghost": 500}
        msg = report.refused["ghost"]
        assert "'ghost'" in msg and "HTTP 500" in msg and "never joined" in msg and bad not in msg
        assert "run again later" not in msg and "Traceback" not in msg
        assert [r["status"] for r in srv.requests if r["token_sha"] == _sha(bad)] == [500]
        assert_exact(data.points)


def test_500_without_a_traceback_on_a_new_token_is_told_apart_by_a_probe(server, tmp_path):
    # a 500 page that says nothing: two tries, then a token-free probe answered 401 -> the token
    fault = server.add_fault("500", when=lambda b: b.get("user") == BAD_TOKEN, times=None)
    c = client(server, retries=4, backoff_s=0.01)
    data, report, _ = S.run_import(c, people("alice", "mallory", "bob"), START, END, tmp_path)
    assert "most likely unknown" in report.refused["mallory"] and fault.hits == 2
    probes = [r for r in server.requests if r["keys"] is None and r["path"].startswith("/datastreams")]
    assert [r["status"] for r in probes] == [401] and c.probes_made == 1
    assert_exact(data.points)


def test_500_for_a_participant_with_cached_data_is_a_server_fault(server, tmp_path):
    # Bob's data is in the cache from an earlier run: his token works, a 500 now is the server's
    run(server, tmp_path, who=("bob",), end=pd.Timestamp("2016-09-04", tz="UTC").timestamp())
    fault = server.add_fault("500", when=lambda b: b.get("user") == BOB_TOKEN, times=None)
    c = client(server, retries=2, backoff_s=0.01)
    with pytest.raises(S.ServerError) as err:
        S.run_import(c, people("bob"), START, END, tmp_path)
    assert not isinstance(err.value, S.ServerAuthError)
    assert "HTTP 500" in str(err.value) and "run again later" in str(err.value)
    assert fault.hits == 3 and c.probes_made == 0  # every retry made, no token verdict


def test_every_token_refused_stops_with_all_labels(tmp_path):
    with es.EmissionServer(USERS, auth="skip") as srv:
        c = client(srv)
        with pytest.raises(S.ServerAuthError) as err:
            S.run_import(c, [S.Participant("g1", GHOST), S.Participant("g2", GHOST + "x")], START, END, tmp_path)
        assert err.value.labels == ["g1", "g2"] and err.value.status == 500
        assert "'g1'" in str(err.value) and "'g2'" in str(err.value) and GHOST not in str(err.value)
        assert "Every participant's token failed with HTTP 500" in str(err.value)


def test_a_database_failure_in_the_token_lookup_is_a_server_fault():
    page = es.TRACEBACK.replace("AttributeError: 'NoneType' object has no attribute 'uuid'",
                                "pymongo.errors.ServerSelectionTimeoutError: db:27017: timed out").encode()
    assert S.looks_like_token_failure(es.TRACEBACK.encode())
    assert not S.looks_like_token_failure(page)
    assert not S.looks_like_token_failure(b"<h1>Error: 500</h1><pre>Injected failure</pre>")


def test_missing_user_field_401_stops_with_the_label(server, tmp_path):
    def no_user(url, body, headers, timeout):
        payload = json.loads(body)
        payload.pop("user")
        return S.RequestsTransport(trust_env=False)(url, json.dumps(payload).encode(), headers, timeout)
    c = client(server, transport=no_user)
    with pytest.raises(S.ServerAuthError) as err:
        run(server, tmp_path, who=("bob",), client=c)
    assert "'bob'" in str(err.value) and "401" in str(err.value)
    assert len(find_requests(server)) == 1  # no retry on an auth error


def test_check_participants_reports_who_answers(server):
    checks = S.check_participants(client(server), people("alice", "mallory", "bob"))
    assert [(c.label, c.ok) for c in checks] == [("alice", True), ("mallory", False), ("bob", True)]
    assert checks[2].start_ts == pytest.approx(1472888650.58)
    assert "403" in checks[1].message and BAD_TOKEN not in checks[1].message


def test_check_asks_each_participant_on_a_skip_deployment(tmp_path):
    with es.EmissionServer(USERS, auth="skip") as srv:
        c = client(srv, retries=4, backoff_s=2.0)
        checks = S.check_participants(c, [S.Participant("ghost", GHOST)] + people("alice", "bob"))
    assert [(x.label, x.ok) for x in checks] == [("ghost", False), ("alice", True), ("bob", True)]
    assert "never joined" in checks[0].message and "not asked" not in checks[1].message


def test_check_stops_asking_when_the_server_is_down(server):
    fault = server.add_fault("503", times=None)
    checks = S.check_participants(client(server, retries=1), people("alice", "bob", "mallory"))
    assert [c.ok for c in checks] == [False, False, False]
    assert "HTTP 503" in checks[0].message and "not asked" in checks[1].message
    assert fault.hits == 3  # Alice's try and retry, then the token-free probe


def _nth_find(n):
    seen = {"i": 0}

    def when(body):
        if "key_list" not in body:
            return False
        seen["i"] += 1
        return seen["i"] == n
    return when


@pytest.mark.parametrize("action", ["500", "503", "drop", "malformed", "slow:1.6"])
def test_transient_failure_in_the_middle_is_retried(server, tmp_path, action):
    fault = server.add_fault(action, when=_nth_find(7), times=1)
    data, report, _ = run(server, tmp_path)
    assert fault.hits == 1
    assert report.requests == report.windows_fetched + report.splits + 1
    assert_exact(data.points)


@pytest.mark.parametrize("action,words", [("500", "HTTP 500"), ("drop", "connection"),
                                          ("malformed", "not valid JSON"), ("slow:1.6", "timeout")])
def test_persistent_failure_stops_clearly_and_resume_loses_nothing(server, tmp_path, action, words):
    target = {"start": None}

    def when(body):  # every attempt at Bob's second window fails (his token worked on the first)
        if body.get("user") != BOB_TOKEN or "key_list" not in body:
            return False
        target.setdefault("starts", [])
        if body["start_time"] not in target["starts"]:
            target["starts"].append(body["start_time"])
        return len(target["starts"]) >= 2 and body["start_time"] == target["starts"][1]
    fault = server.add_fault(action, when=when, times=None)
    c = client(server, timeout_s=0.6, retries=1)
    with pytest.raises(S.ServerError) as err:
        run(server, tmp_path, client=c)
    msg = str(err.value)
    assert words in msg and "'bob'" in msg and "run again" in msg
    assert fault.hits == 2  # 1 try + 1 retry
    with FetchStore(tmp_path, server.url) as store:
        assert store.count(people("alice")[0], "background/filtered_location") == 405
    server.faults.clear()
    data, report, _ = run(server, tmp_path)
    assert report.new_entries["alice"] == 0
    assert_exact(data.points)


def test_requests_transport_passes_the_proxies_on(server, tmp_path):
    # the loopback server doubles as the HTTP proxy of a server name that does not resolve
    transport = S.RequestsTransport(proxies={"http": server.url, "https": server.url}, trust_env=False)
    c = S.ServerClient("http://openpath.example.invalid", transport=transport, timeout_s=1.0, retries=0,
                       entry_limit=120)
    data, _, _ = S.run_import(c, people("bob"), START, END, tmp_path)
    assert_exact(data.points, ("bob",))
    assert all(r["via_proxy"] and r["host"] == "openpath.example.invalid" for r in server.requests)


def test_wrong_url_prefix_redirect_is_not_followed_and_no_token_leaves(tmp_path):
    # the real server answers every unknown path with 301 to its project's web site (catch-all):
    # here the web site is a loopback recorder, which must never see a request, let alone a token
    with es.Recorder() as site, es.EmissionServer(USERS, result_limit=120, redirect_to=site.url) as srv:
        c = S.ServerClient(srv.url + "/api", timeout_s=1.0, retries=3, backoff_s=0.01,
                           transport=S.RequestsTransport(trust_env=False))
        with pytest.raises(S.ServerRedirectError) as err:
            S.run_import(c, people("alice", "bob"), START, END, tmp_path)
        msg = str(err.value)
        assert srv.url + "/api" in msg and site.url in msg and "/api/" in msg and "prefix" in msg
        assert ALICE_TOKEN not in msg and BOB_TOKEN not in msg
        assert err.value.location == site.url
        assert [r["status"] for r in srv.requests] == [301]  # not retried, nobody else asked
        assert site.requests == []


def test_plain_redirect_status_from_a_transport_is_refused(tmp_path):
    # a transport that would hand back a redirect (e.g. http -> https) is never followed either
    seen = []

    def transport(url, body, headers, timeout):
        seen.append(url)
        return S.HttpResponse(308, b"", "https://openpath.example.org/datastreams/find_entries/timestamp")
    c = S.ServerClient("http://openpath.example.org", transport=transport, retries=3, backoff_s=0.01)
    with pytest.raises(S.ServerRedirectError) as err:
        S.run_import(c, people("bob"), START, END, tmp_path)
    assert len(seen) == 1 and "https://" in str(err.value) and "HTTP 308" in str(err.value)


def test_nothing_listens(tmp_path):
    import socket
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    c = S.ServerClient("http://127.0.0.1:{}".format(port), timeout_s=0.5, retries=1, backoff_s=0.01,
                       transport=S.RequestsTransport(trust_env=False))
    with pytest.raises(S.ServerError) as err:
        S.run_import(c, people("bob"), START, END, tmp_path)
    assert "connection" in str(err.value) and "'bob'" in str(err.value)


# -- tokens ---------------------------------------------------------------------------------------

def test_tokens_never_stored_nor_shown(server, tmp_path):
    data, _, path = run(server, tmp_path, who=("alice", "bob"), trips=True)
    raw = b"".join(p.read_bytes() for p in path.parent.iterdir())
    for tok in (ALICE_TOKEN, BOB_TOKEN):
        assert tok.encode() not in raw
        assert tok not in repr(S.Participant("x", tok))
    # the server's user UUID is not kept either; labels are the user ids
    assert b"0763de67f61e3f5d90e7518e69793954" not in raw
    assert set(data.points["user_id"]) == {"alice", "bob"}


def test_token_file(tmp_path):
    f = tmp_path / "tokens.csv"
    f.write_text("# study A\nlabel,token\nalice, nrelop_a_default_111\n\nbob\tnrelop_a_default_222\n"
                 "nrelop_a_default_333\n", encoding="utf-8")
    ps = S.read_token_file(f)
    third = "participant-" + S.token_hash("nrelop_a_default_333")[:8]
    assert [p.label for p in ps] == ["alice", "bob", third]
    assert [p.token for p in ps] == ["nrelop_a_default_111", "nrelop_a_default_222", "nrelop_a_default_333"]
    f.write_text("alice,nrelop_secret_x,extra\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        S.read_token_file(f)
    assert "row 1" in str(err.value) and "nrelop_secret_x" not in str(err.value)
    f.write_text("alice,nrelop_secret_x\nalice,nrelop_secret_y\n", encoding="utf-8")
    with pytest.raises(InputError, match="two participants are labelled 'alice'"):
        S.read_token_file(f)
    with pytest.raises(InputError, match="not found"):
        S.read_token_file(tmp_path / "nope.txt")


def test_url_checks():
    assert S.normalize_url(" https://openpath.example.org/ ") == "https://openpath.example.org"
    with pytest.raises(InputError):
        S.normalize_url("openpath.example.org")
    with pytest.raises(InputError):
        S.normalize_url("https://user:secret@openpath.example.org")


def test_intervals():
    assert subtract_intervals(0, 10, [(2, 3), (5, 12)]) == [(0, 2), (3, 5)]
    assert subtract_intervals(0, 10, []) == [(0, 10)]
    assert subtract_intervals(0, 10, [(-1, 11)]) == []
    assert S.plan_windows([(0, 10)], 4) == [(0, 4), (4, 8), (8, 10)]
    assert S.plan_windows([(0, 8), (9, 10)], 4) == [(0, 4), (4, 8), (9, 10)]


def test_progress_per_participant_and_window(server, tmp_path):
    values, messages = [], []
    run(server, tmp_path, progress=values.append, log=messages.append)
    assert values == sorted(values) and values[-1] == 1.0
    # Alice's share ends at one half (participant 1 of 2), Bob's at the end
    assert any(abs(v - 0.45) < 1e-9 for v in values)  # 0.9 of the run is fetching, then frames
    windows = [m for m in messages if " window " in m and "entries" in m]
    assert any(m.startswith("Participant 'alice' (1/2): window 1,") for m in windows)
    assert any(m.startswith("Participant 'bob' (2/2)") for m in windows)
    assert any("the server cut an answer at 120 entries" in m for m in messages)
    assert not any(t in m for m in messages for t in (ALICE_TOKEN, BOB_TOKEN))


# -- labels of survey-based studies ---------------------------------------------------------------

def _survey_trip(trip, mode, purpose, xml_only=False):
    """A confirmed trip of a survey-based study: user_input holds the whole ENKETO answer entry."""
    t = json.loads(json.dumps(trip))
    d = t["data"]
    xml = ("<aQx7 xmlns:jr=\"http://openrosa.org/javarosa\"><start>x</start><group_trip><travel_mode>{}"
           "</travel_mode><destination_purpose>{}</destination_purpose></group_trip></aQx7>").format(mode, purpose)
    answer = {"label": "{}, {}".format(mode, purpose), "name": "TripConfirmSurvey", "version": 1.3,
              "xmlResponse": xml, "start_ts": d["start_ts"], "end_ts": d["end_ts"]}
    if not xml_only:
        answer["jsonDocResponse"] = {"aQx7": {"start": "x", "group_trip": {"travel_mode": mode,
                                                                          "destination_purpose": purpose}}}
    d["user_input"] = {"trip_user_input": {"_id": {"$oid": "5f" + "0" * 22},
                                           "metadata": {"key": "manual/trip_user_input"}, "data": answer}}
    return t


def test_survey_answers_of_confirmed_trips_come_through_the_server(tmp_path):
    from tracemob.tracemob_plugin.core.ingest.emission import parse_emission_entries
    trips = es.confirmed_trips("2016-09-03")
    answers = [("walk", "exercise"), ("bike", "shopping"), ("e-bike", "meal")]
    survey = [_survey_trip(t, m, p, xml_only=(i == 2)) for i, (t, (m, p)) in enumerate(zip(trips, answers))]
    entries = es.load_day("2016-09-03") + survey
    with es.EmissionServer({BOB_TOKEN: entries}) as srv:
        data, _, _ = S.run_import(client(srv), people("bob"), START, END, tmp_path, trips=True)
    got = list(zip(data.trips["mode_confirm"], data.trips["purpose_confirm"]))
    assert got == answers
    assert list(zip(data.trips_labels["mode_confirm"], data.trips_labels["purpose_confirm"])) == answers
    # the file reader gives the same labels for the same entries (one parser)
    from_file = parse_emission_entries(entries, "bob.json", user_id="bob").trips_labels
    assert list(zip(from_file["mode_confirm"], from_file["purpose_confirm"])) == answers


# -- participants without filtered fixes ----------------------------------------------------------

def test_participant_with_only_raw_locations_falls_back_with_the_accuracy_filter(tmp_path):
    # the server's pipeline never ran for Carol: only background/location (and motion) on the server
    from tracemob.tracemob_plugin.core.ingest.emission import parse_emission_entries
    carol_token = "nrelop_tracemob_default_carol55555555"
    carol = [e for e in es.load_day("2016-09-03") if e["metadata"]["key"] != "background/filtered_location"]
    raw = [e for e in carol if e["metadata"]["key"] == "background/location"]
    users = {ALICE_TOKEN: USERS[ALICE_TOKEN], carol_token: carol}
    messages = []
    with es.EmissionServer(users, result_limit=120) as srv:
        data, report, _ = S.run_import(client(srv), people("alice") + [S.Participant("carol", carol_token)],
                                       START, END, tmp_path, log=messages.append)
        raw_reqs = [r for r in find_requests(srv) if r["keys"] == ["background/location"]]
        assert raw_reqs and {r["token_sha"] for r in raw_reqs} == {_sha(carol_token)}  # only Carol's
    pts = data.points[data.points["user_id"] == "carol"]
    # what the file reader gives for the same entries: raw fixes under 200 m accuracy, no duplicates
    truth = parse_emission_entries(carol, "carol.json", user_id="carol").points
    kept = sum(1 for e in raw if 0 < e["data"]["accuracy"] < 200)
    assert 0 < len(pts) == len(truth) <= kept < len(raw)
    assert pts["time"].tolist() == truth["time"].tolist()
    assert (pts["accuracy_m"] < 200).all()
    warn = [w for w in data.warnings if "carol" in w]
    assert len(warn) == 1 and "background/location" in warn[0] and "200 m" in warn[0]
    assert "kept {} of {}".format(len(pts), len(raw)) in warn[0]
    assert any("'carol'" in m and "fetching background/location" in m for m in messages)
    # Alice has filtered fixes: untouched
    assert (data.points["user_id"] == "alice").sum() == TRUTH["alice"][0]
    assert not any("alice" in w for w in data.warnings)


# -- TLS and scheme errors ------------------------------------------------------------------------

class _Counting:
    """A requests transport that counts the calls and whether they carried a token."""

    def __init__(self):
        self.inner = S.RequestsTransport(trust_env=False)
        self.calls = []

    def __call__(self, url, body, headers, timeout):
        self.calls.append((url, b'"user"' in body))
        return self.inner(url, body, headers, timeout)


@pytest.fixture(scope="module")
def cert(tmp_path_factory):
    return es.self_signed_cert(tmp_path_factory.mktemp("tls"))


def test_untrusted_certificate_is_said_at_the_first_try(tmp_path, cert):
    with es.EmissionServer(USERS, tls=cert) as srv:
        t = _Counting()
        c = S.ServerClient(srv.url, transport=t, retries=4, backoff_s=2.0)
        with pytest.raises(S.ServerError) as err:
            S.run_import(c, people("alice", "bob"), START, END, tmp_path)
        assert srv.requests == []  # the handshake failed: nothing reached the server
    msg = str(err.value)
    assert "certificate" in msg and "not trusted" in msg and "self-signed" in msg and "run again" not in msg
    assert len(t.calls) == 1


def test_https_url_of_an_http_server_is_said_at_the_first_try(tmp_path, server):
    t = _Counting()
    c = S.ServerClient(server.url.replace("http://", "https://"), transport=t, retries=4, backoff_s=2.0)
    with pytest.raises(S.ServerError) as err:
        S.run_import(c, people("bob"), START, END, tmp_path)
    msg = str(err.value)
    assert "http://" in msg and "does not answer in TLS" in msg and "run again" not in msg
    assert len(t.calls) == 1


def test_http_url_of_an_https_server_is_said_at_the_first_try(tmp_path, cert):
    with es.EmissionServer(USERS, tls=cert) as srv:
        t = _Counting()
        c = S.ServerClient(srv.url.replace("https://", "http://"), transport=t, retries=4, backoff_s=2.0)
        with pytest.raises(S.ServerError) as err:
            S.run_import(c, people("bob"), START, END, tmp_path)
    msg = str(err.value)
    assert "https://" in msg and "speaks https" in msg and "run again" not in msg
    # one request (its TLS handshake failed: no token read), then one token-free probe on https
    assert [(u.split(":")[0], tok) for u, tok in t.calls] == [("http", True), ("https", False)]
