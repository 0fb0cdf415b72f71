"""A loopback stand-in for an OpenPATH / e-mission server, for tests only (127.0.0.1, port 0).

It implements the behaviour of e-mission-server's ``emission/net/api/cfc_webapp.py`` that
Tracemob relies on:

- ``POST /datastreams/find_entries/<time_type>``: body ``{"user", "key_list", "start_time",
  "end_time", "key_time"}`` (``key_time`` defaults to ``metadata.write_ts``); no ``user`` ->
  401; unknown token -> 403; entries whose key is in ``key_list`` and whose time field is
  within ``[start_time, end_time]`` (both inclusive), sorted by that field then ``_id``, cut
  at ``result_limit`` (the server's DB_RESULT_LIMIT); answers ``{"phone_data": [...]}``;
- ``POST /pipeline/get_range_ts``: ``{"start_ts", "end_ts"}`` of the participant's data;
- errors answer an HTML page with the status, like bottle does;
- any other path answers 301 to the project's public web site (the real server's catch-all
  route): ``redirect_to`` sets where (a loopback :class:`Recorder` in tests);
- tokens, as the two kinds of deployment answer them (``auth``): ``"skip"`` (any token is a
  user; a token the database does not know fails inside the server: HTTP 500 with bottle's
  HTML traceback page) and ``"token_list"`` (a token not on the list: 403; a token on the list
  of a participant who never joined, listed in ``not_joined``: 500 with a traceback).

Served data: the real e-mission days of ``resources/sample/emission`` (BSD-3-Clause, see the
LICENSE there), unchanged, plus ``analysis/confirmed_trip`` entries built from each day's
ground-truth trips with labels set by :data:`SYNTHETIC_LABELS` (the sample has no user labels).

Faults are injected per request with :meth:`EmissionServer.add_fault`; every request is logged
(token hashed) in :attr:`EmissionServer.requests`.
"""
import hashlib
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SAMPLE_DIR = Path(__file__).resolve().parents[2] / "resources" / "sample" / "emission"
DAYS = ("2016-07-22", "2016-08-10", "2016-09-03")

#: labels given to the ground-truth trips, in order, per day (None: trip left unlabelled)
SYNTHETIC_LABELS = {
    "2016-07-22": [("drove_alone", "work"), ("walk", "meal"), ("walk", "shopping"), (None, None)],
    "2016-08-10": [("bike", "work"), ("bike", "shopping"), ("bike", "work"), ("walk", "meal"),
                   ("bike", "home")],
    "2016-09-03": [("walk", "exercise"), ("bike", "shopping"), ("walk", "meal"), ("walk", "meal"),
                   ("shared_ride", "entertainment"), ("bike", "home")],
}


#: the body of bottle's 500 page when the server fails on an unknown token (abridged from a real one)
TRACEBACK = """Internal Server Error
Traceback (most recent call last):
  File "/usr/src/app/emission/net/api/cfc_webapp.py", line 548, in getUUID
    user_uuid = getUUIDFromToken(token)
  File "/usr/src/app/emission/net/auth/auth.py", line 43, in getUUIDFromToken
    return ecwu.User.fromEmail(token).uuid
AttributeError: 'NoneType' object has no attribute 'uuid'
"""


class Recorder:
    """A loopback HTTP server that records every request it gets (path, headers, body) and
    answers 200: the "third-party host" a redirect would lead to. ``with Recorder() as r: r.url``"""

    def __init__(self):
        self.requests = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _any(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                outer.requests.append({"method": self.command, "path": self.path, "body": body,
                                       "headers": dict(self.headers)})
                page = b"<html><body>OpenPATH</body></html>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)

            do_GET = do_POST = do_PUT = _any

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = "http://127.0.0.1:{}/".format(self.httpd.server_address[1])
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def self_signed_cert(folder):
    """A certificate for 127.0.0.1 signed by nobody (no authority trusts it): ``(certfile, keyfile)``.
    Made by the ``openssl`` command (ca-certificates depends on it, on Debian 12 and 13 alike)."""
    import subprocess
    folder = Path(folder)
    certfile, keyfile = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(keyfile), "-out", str(certfile), "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True, timeout=60)
    return str(certfile), str(keyfile)


def load_day(day):
    """The raw entries of one embedded day (list of dicts, MongoDB extended JSON kept)."""
    return json.loads((SAMPLE_DIR / "shankari_{}.json".format(day)).read_text(encoding="utf-8"))


def confirmed_trips(day, user_uuid="0763de67f61e3f5d90e7518e69793954"):
    """``analysis/confirmed_trip`` entries built from the day's ground truth (+ synthetic labels)."""
    gt = json.loads((SAMPLE_DIR / "shankari_{}.ground_truth.json".format(day)).read_text(encoding="utf-8"))
    out = []
    for i, fc in enumerate(gt["data"]):
        p = fc["properties"]
        mode, purpose = SYNTHETIC_LABELS[day][i]
        user_input = {}
        if mode:
            user_input = {"mode_confirm": mode, "purpose_confirm": purpose}
        oid = hashlib.sha256("{}-{}".format(day, i).encode()).hexdigest()[:24]
        out.append({
            "_id": {"$oid": oid}, "user_id": {"$uuid": user_uuid},
            "metadata": {"key": "analysis/confirmed_trip", "platform": "server",
                         "write_ts": p["end_ts"] + 3600.0, "time_zone": "America/Los_Angeles"},
            "data": {"start_ts": p["start_ts"], "end_ts": p["end_ts"], "start_loc": p["start_loc"],
                     "end_loc": p["end_loc"], "distance": p["distance"], "duration": p["duration"],
                     "start_fmt_time": p["start_fmt_time"], "end_fmt_time": p["end_fmt_time"],
                     "user_input": user_input},
        })
    return out


def _get(entry, dotted):
    d = entry
    for part in dotted.split("."):
        if not isinstance(d, dict):
            return None
        d = d.get(part)
    return d


class Fault:
    """``action`` is one of ``"500"`` (any status code as text), ``"drop"`` (close the
    connection without answering), ``"slow:<seconds>"`` (answer late), ``"malformed"``
    (HTTP 200 with cut JSON). ``when(body) -> bool`` selects requests; ``times`` bounds how many
    requests it hits (None: all)."""

    def __init__(self, action, when=None, times=1):
        self.action = action
        self.when = when
        self.times = times
        self.hits = 0

    def applies(self, body):
        if self.times is not None and self.hits >= self.times:
            return False
        if self.when is not None and not self.when(body):
            return False
        self.hits += 1
        return True


class EmissionServer:
    """``with EmissionServer({"token": entries, ...}) as srv: srv.url``"""

    def __init__(self, users, result_limit=250000, auth="token_list", not_joined=(),
                 redirect_to="https://www.nrel.gov/transportation/openpath.html", tls=None):
        self.users = {tok: list(entries) for tok, entries in users.items()}
        self.result_limit = result_limit
        self.auth = auth
        self.not_joined = set(not_joined)
        self.redirect_to = redirect_to
        self.faults = []
        self.requests = []
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            wbufsize = -1                  # headers and body leave in one write
            disable_nagle_algorithm = True

            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):
                outer._handle(self)

            def do_GET(self):
                outer._send(self, 405, None)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        host, port = self.httpd.server_address
        assert host == "127.0.0.1"
        self.url = "http://127.0.0.1:{}".format(port)
        if tls is not None:  # (certfile, keyfile): serve https (see self_signed_cert)
            import ssl
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*tls)
            self.httpd.socket = ctx.wrap_socket(self.httpd.socket, server_side=True)
            self.url = "https://127.0.0.1:{}".format(port)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def add_fault(self, action, when=None, times=1):
        f = Fault(action, when, times)
        self.faults.append(f)
        return f

    # -- HTTP ---------------------------------------------------------------------------------
    def _send(self, h, status, payload, raw=None):
        if status in (301, 302, 307, 308):
            h.send_response(status)
            h.send_header("Location", payload)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if raw is not None:
            body, ctype = raw, "application/json"
        elif status == 200:
            body, ctype = json.dumps(payload).encode("utf-8"), "application/json"
        else:
            body = ("<html><head><title>Error: {0}</title></head><body><h1>Error: {0}</h1>"
                    "<pre>{1}</pre></body></html>").format(status, payload or "").encode("utf-8")
            ctype = "text/html; charset=UTF-8"
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _handle(self, h):
        via_proxy = h.path.startswith("http://")  # absolute URI: this server was used as an HTTP proxy
        if via_proxy:
            h.path = "/" + h.path.split("/", 3)[3]
        length = int(h.headers.get("Content-Length") or 0)
        raw = h.rfile.read(length) if length else b""
        try:
            body = json.loads(raw.decode("utf-8")) if raw else {}
        except ValueError:
            body = {}
        token = body.get("user") if isinstance(body, dict) else None
        record = {"path": h.path, "token_sha": hashlib.sha256(str(token).encode()).hexdigest()[:8],
                  "keys": body.get("key_list"), "start": body.get("start_time"),
                  "end": body.get("end_time"), "key_time": body.get("key_time"), "status": None, "n": 0,
                  "via_proxy": via_proxy, "host": h.headers.get("Host")}
        with self._lock:
            self.requests.append(record)
            fault = next((f for f in self.faults if f.applies(body)), None)
        if fault is not None:
            act = fault.action
            record["status"] = "fault:" + act
            if act == "drop":
                h.close_connection = True
                try:
                    h.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                return
            if act.startswith("slow:"):
                time.sleep(float(act.split(":", 1)[1]))
            elif act == "malformed":
                payload = json.dumps(self._answer(h.path, body, token)[1]).encode("utf-8")
                self._send(h, 200, None, raw=payload[: max(1, len(payload) // 2)])
                return
            elif act.isdigit():
                self._send(h, int(act), "Injected failure")
                return
        status, payload = self._answer(h.path, body, token)
        record["status"] = status
        if isinstance(payload, dict) and "phone_data" in payload:
            record["n"] = len(payload["phone_data"])
        try:
            self._send(h, status, payload)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _refuse(self, token):
        """The status and page the real server answers for a token it cannot use, else None."""
        if token in self.users:
            return None
        if self.auth == "skip" or token in self.not_joined:
            # the user lookup fails inside the server: bottle's 500 page with the traceback
            return 500, TRACEBACK.format(token=token)
        if not isinstance(token, str) or "_" not in token:
            return 500, TRACEBACK.format(token=token)  # malformed: the subgroup cannot be parsed
        return 403, "Invalid token, not found in list"

    def _answer(self, path, body, token):
        if path.startswith("/datastreams/find_entries/"):
            if not isinstance(body, dict) or "user" not in body:
                return 401, "only a user can read his/her data"
            refused = self._refuse(token)
            if refused is not None:
                return refused
            keys = set(body.get("key_list") or [])
            start, end = body.get("start_time"), body.get("end_time")
            time_key = body.get("key_time", "metadata.write_ts")
            sel = []
            for e in self.users[token]:
                if _get(e, "metadata.key") not in keys:
                    continue
                t = _get(e, time_key)
                if t is None or t > end or (start is not None and t < start):
                    continue
                sel.append(e)
            sel.sort(key=lambda e: (_get(e, time_key), _get(e, "_id.$oid") or ""))
            return 200, {"phone_data": sel[: self.result_limit]}
        if path == "/pipeline/get_range_ts":
            if not isinstance(body, dict) or "user" not in body:
                return 401, "only a user can read his/her data"
            refused = self._refuse(token)
            if refused is not None:
                return refused
            ts = [_get(e, "data.ts") for e in self.users[token] if _get(e, "data.ts") is not None]
            return 200, {"start_ts": min(ts) if ts else None, "end_ts": max(ts) if ts else None}
        return 301, self.redirect_to  # the real server's catch-all route


def sample_users():
    """Two participants on the real days: 'alice' has 2016-07-22 and 2016-08-10, 'bob' 2016-09-03."""
    alice = load_day("2016-07-22") + load_day("2016-08-10") + confirmed_trips("2016-07-22") \
        + confirmed_trips("2016-08-10")
    bob = load_day("2016-09-03") + confirmed_trips("2016-09-03")
    return {"nrelop_tracemob_default_alice0123456789": alice,
            "nrelop_tracemob_default_bob9876543210": bob}


def main():
    """Serve the sample on loopback until interrupted (for trying the plugin by hand).
    Writes a token file next to nothing: prints 'label,token' lines to paste in a file."""
    import argparse
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--result-limit", type=int, default=250000)
    args = ap.parse_args()
    users = sample_users()
    with EmissionServer(users, result_limit=args.result_limit) as srv:
        print("serving", srv.url)
        for tok in users:
            print("{},{}".format(tok.split("_")[-1][:-10], tok))
        try:
            while True:
                time.sleep(1)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
