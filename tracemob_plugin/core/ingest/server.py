"""OpenPATH / e-mission server client: windows, retries, resume. No QGIS here.

The server API used is the one e-mission's own clients use (e-mission-server,
``emission/net/api/cfc_webapp.py``):

``POST <server>/datastreams/find_entries/timestamp`` with the JSON body
``{"user": <token>, "key_list": [...], "start_time": <epoch s>, "end_time": <epoch s>,
"key_time": "data.ts"}`` answers ``{"phone_data": [entry, ...]}``.

What the server does, and what this client does about it:

- the time filter is inclusive at both ends (``$gte`` start, ``$lte`` end), so consecutive
  windows share their boundary second: entries are de-duplicated by their ``_id``;
- results are sorted by the time key and silently cut at the server's result limit
  (``DB_RESULT_LIMIT``, 250,000 per database by default but set per deployment, plus up to
  100,000 not yet processed entries from the user cache). The limit is not trusted to be known:
  after each non-empty answer the rest of its window is asked for, from the answer's last time,
  until an answer is empty or short (see :func:`_fetch_window`). ``max_entries`` is not used
  (its ``trunc_method="first"`` branch answers HTTP 500 on the servers read);
- a redirect (3xx) is never followed (the body holds the token): it stops the run;
- a missing ``user`` field answers 401, a token the server does not accept answers 403:
  both stop the run with a message that names the participant's label, never the token;
- ``background/*`` keys are queried on ``data.ts`` (the fix time, and the index the server
  forces for them); ``analysis/confirmed_trip`` on ``data.start_ts`` (indexed too);
- ``POST /pipeline/get_range_ts`` (``{"user": token}``) answers the first and last processed
  times of a participant: it is the cheap call used to test tokens.

The transport is pluggable: any ``callable(url, body, headers, timeout_s) -> HttpResponse``
that raises :class:`TransportError` for a timeout or a broken connection. Inside QGIS the
plugin passes one built on QGIS's network access manager (proxy and SSL settings of QGIS);
the default here uses ``requests`` with the proxies it is given.
"""
import hashlib
import json
import math
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Dict, Iterable, List, NamedTuple, Optional, Sequence, Tuple
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError, TracemobError
from ..i18n import tr

FIND_ENTRIES_PATH = "/datastreams/find_entries/timestamp"
RANGE_PATH = "/pipeline/get_range_ts"

LOCATION_KEY = "background/location"
FILTERED_LOCATION_KEY = "background/filtered_location"
MOTION_KEY = "background/motion_activity"
CONFIRMED_TRIP_KEY = "analysis/confirmed_trip"
POINT_KEYS = (LOCATION_KEY, FILTERED_LOCATION_KEY)

#: the time field each key is queried on (and stored under in the resume cache)
TIME_KEYS = {
    LOCATION_KEY: "data.ts",
    FILTERED_LOCATION_KEY: "data.ts",
    MOTION_KEY: "data.ts",
    CONFIRMED_TRIP_KEY: "data.start_ts",
}

DEFAULT_ENTRY_LIMIT = 250000
DEFAULT_WINDOW_S = 86400.0
DEFAULT_SETTLE_S = 2 * 86400.0
DEFAULT_TIMEOUT_S = 60.0
DEFAULT_RETRIES = 4
MIN_WINDOW_S = 1.0

TRIP_COLUMNS = ["trip_id", "user_id", "start_time", "end_time", "duration_s", "distance_m",
                "mode_confirm", "purpose_confirm", "replaced_mode", "origin_lon", "origin_lat",
                "destination_lon", "destination_lat", "source_file"]


# ---------------------------------------------------------------------------------------------
# participants and tokens

def token_hash(token: str) -> str:
    """Hex SHA-256 of a token: the only form in which a token is ever stored or shown."""
    return hashlib.sha256(("tracemob-token:" + token).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Participant:
    """A participant's label (what users see) and token (never printed: see ``__repr__``)."""
    label: str
    token: str = field(repr=False)

    @property
    def key(self) -> str:
        """Stable, non-reversible key of the token (32 hex digits) used by the resume cache."""
        return token_hash(self.token)[:32]

    @property
    def short_hash(self) -> str:
        return token_hash(self.token)[:8]

    def __repr__(self):
        return "Participant(label={!r}, token=<sha256 {}>)".format(self.label, self.short_hash)

    __str__ = __repr__


def _check_participants(participants: Sequence[Participant], source: str) -> List[Participant]:
    out, labels, keys = [], {}, {}
    for p in participants:
        if not p.token:
            raise InputError(tr("participant '{label}' has an empty token.").format(label=p.label),
                             file=source, hint=tr("Give each participant their OpenPATH token."))
        if p.label in labels:
            raise InputError(tr("two participants are labelled '{label}'.").format(label=p.label),
                             file=source, hint=tr("Give each participant a distinct label."))
        if p.key in keys:
            raise InputError(tr("participants '{a}' and '{b}' have the same token.").format(
                a=keys[p.key], b=p.label), file=source, hint=tr("Each token belongs to one participant."))
        labels[p.label] = True
        keys[p.key] = p.label
        out.append(p)
    return out


def read_token_file(path) -> List[Participant]:
    """Participants from a text file: one per line, ``label,token`` (or tab/space separated),
    or just ``token`` (then the label is ``participant-<first 8 hex of the token's hash>``).

    Empty lines and lines starting with ``#`` are skipped, and so is a header line whose
    fields are ``label`` and ``token``. Errors name the line, never the token.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(tr("token file not found."), file=str(path),
                         hint=tr("Give the path of a text file with one 'label,token' per line."))
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(tr("cannot read the token file ({reason}).").format(reason=type(err).__name__),
                         file=path.name, hint=tr("Save it as UTF-8 text."))
    people = []
    for row, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip().strip('"').strip("'") for p in re.split(r"[,;\t ]+", line) if p.strip()]
        if [p.lower() for p in parts] == ["label", "token"]:
            continue
        if len(parts) == 1:
            token = parts[0]
            label = "participant-" + token_hash(token)[:8]
        elif len(parts) == 2:
            label, token = parts
        else:
            raise InputError(tr("expected 'label,token' or a single token, found {n} fields.").format(
                n=len(parts)), file=path.name, row=row,
                hint=tr("Labels and tokens cannot contain commas, semicolons, tabs or spaces."))
        people.append(Participant(label, token))
    if not people:
        raise InputError(tr("the token file lists no participant."), file=path.name,
                         hint=tr("Write one 'label,token' per line."))
    return _check_participants(people, path.name)


# ---------------------------------------------------------------------------------------------
# errors

class ServerError(TracemobError):
    """The server could not be read (after the retries). What was fetched is kept."""


class ServerAuthError(ServerError):
    """The server refused a participant's token (HTTP 401/403)."""

    def __init__(self, message: str, labels: Sequence[str], status: int):
        self.labels = list(labels)
        self.status = status
        super().__init__(message)


class TransportError(Exception):
    """Raised by a transport for a failure below HTTP: ``kind`` is 'timeout', 'connection' or
    'tls' (the TLS handshake failed: ``detail`` says why, see :func:`tls_reason`)."""

    def __init__(self, kind: str, detail: str = ""):
        self.kind = kind
        self.detail = detail
        super().__init__("{}: {}".format(kind, detail))


class HttpResponse(NamedTuple):
    status: int
    body: bytes
    #: the ``Location`` header of a redirect (3xx), else None
    location: Optional[str] = None


class ServerRedirectError(ServerError):
    """The server answered a redirect: never followed, so a token only goes to the configured URL."""

    def __init__(self, message: str, location: Optional[str]):
        self.location = location
        super().__init__(message)


Transport = Callable[[str, bytes, Dict[str, str], float], HttpResponse]


class RequestsTransport:
    """Default transport on ``requests``. ``proxies`` as in requests (e.g. the ones QGIS uses);
    ``None`` keeps requests' own (environment) proxy settings; ``trust_env=False`` ignores the
    environment (``HTTP_PROXY``, ``.netrc``...)."""

    def __init__(self, proxies: Optional[Dict[str, str]] = None, verify=True, trust_env: bool = True):
        import requests  # imported here: the QGIS transport does not need it
        self._requests = requests
        self.session = requests.Session()
        self.session.trust_env = trust_env
        self.proxies = proxies
        self.verify = verify

    def __call__(self, url, body, headers, timeout_s):
        rq = self._requests
        try:
            # never follow a redirect: the body holds a participant's token
            r = self.session.post(url, data=body, headers=headers, timeout=timeout_s,
                                  proxies=self.proxies, verify=self.verify, allow_redirects=False)
            return HttpResponse(r.status_code, r.content, r.headers.get("Location"))
        except rq.exceptions.SSLError as err:  # before ConnectionError, its parent
            raise TransportError("tls", tls_reason(str(err)))
        except rq.exceptions.Timeout as err:
            raise TransportError("timeout", type(err).__name__)
        except (rq.exceptions.ConnectionError, rq.exceptions.ChunkedEncodingError) as err:
            raise TransportError("connection", type(err).__name__)
        except rq.exceptions.RequestException as err:
            raise TransportError("connection", type(err).__name__)


#: a transport's detail for a TLS handshake that failed before any certificate came
NOT_TLS_DETAIL = "the TLS handshake failed before any certificate came: the server does not speak TLS there"
#: what TLS libraries say when the other end does not speak TLS (an http:// server)
_NOT_TLS_MARKS = ("does not speak tls", "wrong version number", "unknown protocol", "record layer failure", "packet length too long",
                  "http request", "unexpected message", "wrong_version_number")
_CERT_MARKS = ("certificate verify failed", "certificate", "self-signed", "self signed", "issuer",
               "hostname", "host name", "expired", "untrusted")


def tls_reason(detail: str) -> str:
    """The useful part of a TLS error message (the reason OpenSSL or Qt gives), short."""
    text = " ".join(str(detail or "").split())
    low = text.lower()
    for mark in _NOT_TLS_MARKS + _CERT_MARKS:
        i = low.find(mark)
        if i >= 0:
            m = re.search(r"[\w' .:,-]*" + re.escape(mark) + r"[\w' .:,-]*", text[max(0, i - 80):i + 160],
                          flags=re.I)
            if m:
                return m.group(0).strip(" .:'")[:200]
    return text[:200]


def _fmt_ts(ts: float) -> str:
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def normalize_url(url: str) -> str:
    """``https://host[:port][/prefix]`` without the trailing slash; raises InputError if unusable."""
    url = (url or "").strip().rstrip("/")
    parts = urlsplit(url)
    if "@" in url:
        raise InputError(tr("the server address must not contain a user name or password."),
                         field="SERVER_URL",
                         hint=tr("Give tokens through an authentication configuration or a token file."))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(tr("'{url}' is not a server address.").format(url=url), field="SERVER_URL",
                         hint=tr("Give the OpenPATH server URL, e.g. https://openpath.example.org"))
    return url


class ServerClient:
    """One e-mission server. Every request is retried on timeouts, broken connections, HTTP 5xx,
    429 and unreadable JSON (exponential backoff), and stops at once on 401/403 and other 4xx."""

    def __init__(self, url: str, transport: Optional[Transport] = None,
                 timeout_s: float = DEFAULT_TIMEOUT_S, retries: int = DEFAULT_RETRIES,
                 backoff_s: float = 1.0, backoff_max_s: float = 30.0,
                 entry_limit: int = DEFAULT_ENTRY_LIMIT,
                 sleep: Callable[[float], None] = time.sleep,
                 log: Optional[Callable[[str], None]] = None):
        self.url = normalize_url(url)
        self.host = urlsplit(self.url).netloc
        self.transport = transport if transport is not None else RequestsTransport()
        self.timeout_s = float(timeout_s)
        self.retries = max(0, int(retries))
        self.backoff_s = float(backoff_s)
        self.backoff_max_s = float(backoff_max_s)
        self.entry_limit = int(entry_limit)
        #: the server's result limit, once an answer is seen cut (None: not known yet)
        self.result_limit: Optional[int] = None
        self._sleep = sleep
        self._log = log or (lambda msg: None)
        self.requests_made = 0
        self.probes_made = 0
        #: keys of the participants whose token the server accepted during this client's life
        self._accepted = set()
        self._answered = False       # the server answered in HTTP at least once
        self._https_probed = False

    # -- one call, with retries ---------------------------------------------------------------
    def _wait(self, seconds: float, is_cancelled):
        end = time.monotonic() + seconds
        while True:
            if is_cancelled is not None and is_cancelled():
                raise Cancelled(tr("Cancelled while waiting to retry."))
            left = end - time.monotonic()
            if left <= 0:
                return
            self._sleep(min(left, 0.2))

    def post(self, path: str, payload: dict, participant: Participant, what: str,
             is_cancelled=None) -> dict:
        """POST ``payload`` (which carries the token) and return the decoded JSON object.

        ``what`` describes the request in messages (e.g. the window). Never puts the token
        in a message.
        """
        body = json.dumps(payload).encode("utf-8")
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        url = self.url + path
        attempts = self.retries + 1
        last = ""
        suspect_500 = 0  # HTTP 500 before this participant's token was ever accepted
        for attempt in range(attempts):
            if is_cancelled is not None and is_cancelled():
                raise Cancelled(tr("Cancelled."))
            self.requests_made += 1
            try:
                resp = self.transport(url, body, headers, self.timeout_s)
            except TransportError as err:
                if err.kind == "tls":  # the handshake failed: no token was sent, retrying cannot help
                    raise self._tls_error(err.detail)
                if err.kind == "connection" and not self._answered and self._answers_on_https():
                    raise self._scheme_error()
                if err.kind == "timeout":
                    last = tr("no answer within {s} s (timeout)").format(s=_num(self.timeout_s))
                else:
                    last = tr("connection failed or dropped ({detail})").format(detail=err.detail or err.kind)
            else:
                status = int(resp.status)
                self._answered = True
                if status == 400 and b"plain http request was sent to https port" in (resp.body or b"").lower():
                    raise self._scheme_error()
                if 300 <= status < 400:
                    raise self._redirect_error(url, getattr(resp, "location", None), status)
                if status in (401, 403):
                    raise ServerAuthError(
                        tr("The server {host} refused the token of participant '{label}' (HTTP {status}). "
                           "Renew or remove this participant's token, then run again: the data already "
                           "fetched is kept.").format(host=self.host, label=participant.label, status=status),
                        [participant.label], status)
                if status == 500 and participant.key not in self._accepted:
                    # real servers answer 500 (a traceback) for most tokens they cannot use
                    if looks_like_token_failure(resp.body):
                        raise self._unknown_token(participant, probable=False)
                    suspect_500 += 1
                    if suspect_500 >= min(2, attempts) and self._server_answers(is_cancelled):
                        raise self._unknown_token(participant, probable=True)
                if status == 200:
                    try:
                        data = json.loads(resp.body.decode("utf-8"))
                        if not isinstance(data, dict):
                            raise ValueError("not an object")
                        self._accepted.add(participant.key)
                        return data
                    except (ValueError, UnicodeDecodeError):
                        last = tr("the answer is not valid JSON")
                elif status >= 500 or status == 429:
                    last = tr("HTTP {status} (server error)").format(status=status)
                else:
                    raise ServerError(tr("The server {host} answered HTTP {status} to {what} for participant "
                                         "'{label}'. Check the server URL (it must be the OpenPATH server "
                                         "itself, e.g. https://openpath.example.org).").format(
                        host=self.host, status=status, what=what, label=participant.label))
            if attempt < attempts - 1:
                delay = min(self.backoff_max_s, self.backoff_s * (2 ** attempt))
                msg = tr("{host}: {problem} for participant '{label}', {what}; retry {n}/{total} in {s} s.")
                self._log(msg.format(
                    host=self.host, problem=last, label=participant.label, what=what, n=attempt + 1,
                    total=self.retries, s=_num(delay)))
                self._wait(delay, is_cancelled)
        raise ServerError(tr("The server {host} failed {n} times for participant '{label}', {what}: "
                             "{problem}. What was fetched before is kept: run again later to resume.").format(
            host=self.host, n=attempts, label=participant.label, what=what, problem=last))

    def mark_accepted(self, participant: Participant):
        """The server is known to accept this token (e.g. its data is in the cache): an HTTP 500
        for it is then a server fault, retried, never taken for a refused token."""
        self._accepted.add(participant.key)

    def _unknown_token(self, participant: Participant, probable: bool) -> "ServerAuthError":
        if probable:
            msg = tr("The server {host} answers, but fails (HTTP 500) on every request with the token of "
                     "participant '{label}': the token is most likely unknown to the server (a participant "
                     "who never joined the study, a mistyped or malformed token). Check this participant's "
                     "token; the other participants are fetched.")
        else:
            msg = tr("The server {host} does not know the token of participant '{label}' (HTTP 500: the "
                     "server failed looking the token up). This happens for a participant who never joined "
                     "the study, or a mistyped or malformed token. Check this participant's token; the other "
                     "participants are fetched.")
        return ServerAuthError(msg.format(host=self.host, label=participant.label), [participant.label], 500)

    def _server_answers(self, is_cancelled=None) -> bool:
        """A token-free probe: a working e-mission server answers ``POST find_entries`` without a
        user with 401 (403 on some versions) at once. True when it does."""
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(tr("Cancelled."))
        self.probes_made += 1
        try:
            resp = self.transport(self.url + FIND_ENTRIES_PATH, b"{}",
                                  {"Content-Type": "application/json", "Accept": "application/json"},
                                  min(self.timeout_s, 20.0))
        except TransportError:
            return False
        return int(resp.status) in (401, 403)

    def _tls_error(self, detail: str) -> ServerError:
        low = (detail or "").lower()
        if any(mark in low for mark in _NOT_TLS_MARKS):
            return ServerError(tr(
                "The server URL {url} is https://, but the server does not answer in TLS there ({reason}): it is "
                "probably an http:// address, or the port is wrong. Check http:// or https:// in the server "
                "URL. No token was sent.").format(url=self.url, reason=detail or "TLS"))
        return ServerError(tr(
            "The certificate of the server {host} is not trusted ({reason}), so Tracemob cannot make sure it "
            "talks to that server: no token was sent. Check the host name in the server URL; if the server "
            "uses a certificate of its own authority, add that authority to QGIS (Settings > Options > "
            "Authentication > Certificate Manager) or to the system's trusted certificates.").format(
            host=self.host, reason=detail or "TLS"))

    def _answers_on_https(self) -> bool:
        """After a failed connection to an http:// URL: does the same address speak https? A
        token-free request, once."""
        if self._https_probed or not self.url.startswith("http://"):
            return False
        self._https_probed = True
        self.probes_made += 1
        try:
            self.transport("https://" + self.url[len("http://"):] + FIND_ENTRIES_PATH, b"{}",
                           {"Content-Type": "application/json", "Accept": "application/json"},
                           min(self.timeout_s, 10.0))
        except TransportError as err:
            low = (err.detail or "").lower()
            return err.kind == "tls" and not any(mark in low for mark in _NOT_TLS_MARKS)
        return True

    def _scheme_error(self) -> ServerError:
        return ServerError(tr(
            "The server URL {url} is http://, but the server speaks https (TLS) there: write the server URL "
            "with https://.").format(url=self.url))

    def _redirect_error(self, url: str, location: Optional[str], status: int) -> ServerRedirectError:
        """The message for a redirect (not followed: the request body holds a token)."""
        where = location or tr("(no address given)")
        if location and urlsplit(url).scheme == "http" and location.startswith("https://"):
            check = tr("The server moved to https: write the server URL with https://.")
        else:
            check = tr("Check the URL prefix: it must be the address the participants' app uses, "
                       "with or without a path such as /api/ (an OpenPATH server answers every "
                       "unknown path with a redirect to its project's web site).")
        return ServerRedirectError(
            tr("The server URL {url} answered a redirect (HTTP {status}) to {location}. Tracemob does not "
               "follow redirects, so that no participant's token is sent anywhere but the configured "
               "URL. {check}").format(url=self.url, status=status, location=where, check=check),
            location)

    # -- API calls ---------------------------------------------------------------------------
    def find_entries(self, participant: Participant, keys: Sequence[str], start_ts: float,
                     end_ts: float, time_key: str = "data.ts", is_cancelled=None) -> list:
        """Entries of ``keys`` with ``start_ts <= time_key <= end_ts`` (one request, retried)."""
        payload = {"user": participant.token, "key_list": list(keys), "start_time": float(start_ts),
                   "end_time": float(end_ts), "key_time": time_key}
        what = tr("window {start} to {end}").format(start=_fmt_ts(start_ts), end=_fmt_ts(end_ts))
        data = self.post(FIND_ENTRIES_PATH, payload, participant, what, is_cancelled)
        entries = data.get("phone_data")
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            raise ServerError(tr("The server {host} answered without a 'phone_data' list for participant "
                                 "'{label}', {what}: is it an OpenPATH / e-mission server?").format(
                host=self.host, label=participant.label, what=what))
        return entries

    def data_range(self, participant: Participant,
                   is_cancelled=None) -> Tuple[Optional[float], Optional[float]]:
        """(first, last) processed epoch seconds of a participant (None when the pipeline has not run).
        Raises ServerAuthError when the token is refused."""
        data = self.post(RANGE_PATH, {"user": participant.token}, participant,
                         tr("the token check"), is_cancelled)
        start, end = data.get("start_ts"), data.get("end_ts")
        return (float(start) if isinstance(start, (int, float)) else None,
                float(end) if isinstance(end, (int, float)) else None)


#: what the tracebacks of real servers show when a token cannot be used (user lookup failures)
_TOKEN_FAILURE_MARKS = (b"getuuid", b"fromemail", b"verifyusertoken", b"getuuidfromtoken",
                        b"object has no attribute 'uuid'", b"object has no attribute &#039;uuid&#039;",
                        b"no account found", b"not found in list", b"subgroup")


#: what a traceback shows when the server itself fails (its database), wherever it failed
_SERVER_FAULT_MARKS = (b"pymongo", b"serverselectiontimeout", b"autoreconnect", b"connectionfailure",
                       b"networktimeout", b"memoryerror", b"operationfailure")


def looks_like_token_failure(body: bytes) -> bool:
    """True when an HTTP 500 page is the server failing on the token (its user lookup), not a
    fault of the server (its database failing during the lookup is one). The page itself is
    never shown: it may quote the token."""
    low = (body or b"")[:200000].lower()
    if any(mark in low for mark in _SERVER_FAULT_MARKS):
        return False
    return any(mark in low for mark in _TOKEN_FAILURE_MARKS)


def _num(x: float) -> str:
    return ("%.1f" % x).rstrip("0").rstrip(".")


# ---------------------------------------------------------------------------------------------
# token check

@dataclass
class ParticipantCheck:
    label: str
    ok: bool
    message: str = ""
    start_ts: Optional[float] = None
    end_ts: Optional[float] = None


def check_participants(client: ServerClient, participants: Sequence[Participant],
                       progress=None, is_cancelled=None) -> List[ParticipantCheck]:
    """Ask the server about every participant: who answers, and their data range. Never raises
    for one participant's failure (the result says it); raises Cancelled. Each participant is
    asked on their own; only when the server itself fails (it does not answer a token-free
    probe either) are the remaining participants not asked."""
    out = []
    server_down = None
    for i, p in enumerate(participants):
        if server_down is not None:
            out.append(ParticipantCheck(p.label, False, server_down))
            continue
        try:
            start, end = client.data_range(p, is_cancelled)
            out.append(ParticipantCheck(p.label, True, "", start, end))
        except Cancelled:
            raise
        except ServerAuthError as err:
            out.append(ParticipantCheck(p.label, False, str(err)))
        except TracemobError as err:
            out.append(ParticipantCheck(p.label, False, str(err)))
            if not client._server_answers(is_cancelled):  # a token-free probe: is the server itself down?
                server_down = tr("not asked: the server did not answer for an earlier participant.")
        if progress is not None:
            progress((i + 1) / max(1, len(participants)))
    return out


# ---------------------------------------------------------------------------------------------
# fetching with resume

@dataclass
class FetchReport:
    """What a fetch did. ``new_entries``: entries not in the cache before; per participant label."""
    requests: int = 0
    windows_fetched: int = 0
    windows_cached: int = 0
    new_entries: Dict[str, int] = field(default_factory=dict)
    splits: int = 0
    #: participants whose token the server refused (label -> message); the others were fetched
    refused: Dict[str, str] = field(default_factory=dict)
    refused_status: Dict[str, int] = field(default_factory=dict)


def plan_windows(missing: Sequence[Tuple[float, float]], window_s: float) -> List[Tuple[float, float]]:
    """Cut each missing interval into windows of ``window_s`` seconds (the last one shorter)."""
    out = []
    for a, b in missing:
        n = max(1, int(math.ceil((b - a) / window_s - 1e-9)))
        edges = [a + i * window_s for i in range(n)] + [b]
        out.extend(zip(edges[:-1], edges[1:]))
    return out


def fetch_study(client: ServerClient, participants: Sequence[Participant], keys: Sequence[str],
                start_ts: float, end_ts: float, store, window_s: float = DEFAULT_WINDOW_S,
                settle_s: float = DEFAULT_SETTLE_S, refresh: bool = False, now: Optional[float] = None,
                progress=None, is_cancelled=None, log=None,
                max_window_s: Optional[float] = None) -> FetchReport:
    """Fetch ``keys`` for every participant into ``store`` (a :class:`fetch_store.FetchStore`).

    Only the parts of ``[start_ts, end_ts]`` that the cache does not already hold are asked for,
    one window at a time. Windows last ``window_s``; after an empty answer the next window is
    twice as long (up to ``max_window_s``, default ``max(window_s, 7 days)``), so idle weeks cost
    few requests; each window is fetched to its end whatever the server's result limit
    (:func:`_fetch_window`). Each answer is written to the cache in one transaction as soon as it arrives, so an
    interrupted run keeps everything fetched and the next run resumes. A window that ends less
    than ``settle_s`` before now (phones upload late, labels come later) is kept but asked again
    next time. ``refresh`` asks everything again (entries stay de-duplicated).
    A refused token (HTTP 401, 403, or the 500 real servers answer for a token they do not
    know) is recorded in ``report.refused`` and the next participant is fetched; any other
    failure (the server itself) stops the run with :class:`ServerError`.
    """
    log = log or (lambda msg: None)
    if end_ts < start_ts:
        raise InputError(tr("the end of the date range is before its start."), field="END",
                         hint=tr("Swap the two dates."))
    if window_s < MIN_WINDOW_S:
        raise InputError(tr("the window must last at least 1 second."), field="WINDOW_HOURS")
    unknown = [k for k in keys if k not in TIME_KEYS]
    if unknown:
        raise InputError(tr("unsupported key '{key}'.").format(key=unknown[0]), field="keys")
    participants = _check_participants(participants, tr("participants"))
    max_window_s = max(window_s, 7 * 86400.0) if max_window_s is None else max(window_s, max_window_s)
    now = time.time() if now is None else float(now)
    settled_until = now - settle_s
    report = FetchReport()
    groups: Dict[str, List[str]] = {}
    for k in keys:
        groups.setdefault(TIME_KEYS[k], []).append(k)
    n_people = max(1, len(participants))
    requests_before = client.requests_made
    for ip, person in enumerate(participants):
        store.register(person)
        report.new_entries.setdefault(person.label, 0)
        if store.count(person) > 0:
            client.mark_accepted(person)  # data in the cache: the server took this token before
        try:
            _fetch_participant(client, person, ip, participants, groups, start_ts, end_ts, store, window_s,
                               max_window_s, settled_until, refresh, now, report, progress, is_cancelled, log)
        except ServerAuthError as err:  # one refused token does not stop the others
            report.refused[person.label] = str(err)
            report.refused_status[person.label] = err.status
            log(str(err))
        if progress is not None:
            progress((ip + 1) / n_people)
    report.requests = client.requests_made - requests_before
    return report


def _fetch_participant(client, person, ip, participants, groups, start_ts, end_ts, store, window_s,
                       max_window_s, settled_until, refresh, now, report, progress, is_cancelled, log):
    """The windows of one participant (see :func:`fetch_study`)."""
    n_people = max(1, len(participants))
    plans = []
    for time_key, group in groups.items():
        missing = [(start_ts, end_ts)] if refresh else store.missing(person, group, start_ts, end_ts)
        report.windows_cached += store.covered_count(person, group, start_ts, end_ts)
        plans.append((time_key, group, missing))
    total_s = sum(b - a for _, _, missing in plans for a, b in missing)
    if total_s <= 0:
        log(tr("Participant '{label}': everything from {start} to {end} is already in the cache.").format(
            label=person.label, start=_fmt_ts(start_ts), end=_fmt_ts(end_ts)))
    done_s, done = 0.0, 0
    for time_key, group, missing in plans:
        for a_m, b_m in missing:
            cur, size = a_m, window_s
            while cur < b_m:
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled(tr("Cancelled: what was fetched so far is kept in the cache."))
                b = min(cur + size, b_m)
                counts = _fetch_window(client, person, group, time_key, cur, b, store, settled_until, now,
                                       report, is_cancelled, log)
                done += 1
                done_s += b - cur
                msg = tr("Participant '{label}' ({i}/{n}): window {w}, {start} to {end}: "
                         "{count} entries, {new} new.")
                log(msg.format(label=person.label, i=ip + 1, n=len(participants), w=done,
                               start=_fmt_ts(cur), end=_fmt_ts(b), count=counts[0], new=counts[1]))
                if progress is not None:
                    progress((ip + min(1.0, done_s / max(total_s, 1e-9))) / n_people)
                cur = b
                if counts[0] == 0:
                    size = min(max_window_s, size * 2.0)
                elif not counts[2]:  # no truncated answer: grow back to the normal window
                    size = min(window_s, size * 2.0)


def _sorted_end(entries: Sequence[dict], time_key: str) -> Optional[float]:
    """The time of the last entry of the answer's time-sorted run (the server sorts by the time
    key; entries it appends from its user cache may break the order): where to ask again."""
    last = None
    for e in entries:
        t = _get(e, time_key)
        if not isinstance(t, (int, float)):
            continue
        if last is not None and t < last:
            break
        last = float(t)
    return last


def _fetch_window(client, person, group, time_key, a, b, store, settled_until, now, report,
                  is_cancelled, log) -> Tuple[int, int, bool]:
    """Fetch ``[a, b]`` completely, whatever the server's result limit: after each non-empty
    answer, ask again from its last time until an answer is empty, or shorter than a truncated
    one (or than the limit learnt from one). Only the part of the window up to the last time of
    an answer is marked fetched before the next request, so nothing rests on a possibly
    truncated answer. Returns (entries received, new entries, whether an answer was truncated)."""
    total, new, truncated, prev_n, prev_end, prev_at_end = 0, 0, False, None, None, 0
    while True:
        entries = client.find_entries(person, group, a, b, time_key, is_cancelled)
        n = len(entries)
        total += n
        end = _sorted_end(entries, time_key) if n else None
        if prev_end is not None and end is not None and end > prev_end:
            # the previous answer was cut: the server's limit is its size
            if client.result_limit is None or prev_n < client.result_limit:
                log(tr("Participant '{label}': the server cut an answer at {n} entries (its result limit); "
                       "the rest of each window is asked for until nothing is left.").format(
                    label=person.label, n=prev_n))
            client.result_limit = prev_n if client.result_limit is None else min(client.result_limit, prev_n)
            truncated = True
        limit = client.result_limit
        if n == 0 or end is None:  # nothing, or nothing with a time to go on from
            complete = True
        elif n >= client.entry_limit:  # the limit given, an upper bound: cut for sure
            complete = False
        else:  # short: under the limit learnt, or under an answer of this window's chain
            complete = (limit is not None and n < limit) or (prev_n is not None and n < prev_n)
        if not complete and (end is None or end <= a):
            # every entry is at the window's first time: no way forward. Complete when they are the
            # ones the previous answer ended on; otherwise that second alone fills an answer
            if prev_n is None and (n < client.entry_limit and (limit is None or n < limit)):
                complete = True  # a first answer: nothing says it was cut
            elif prev_n is not None and n <= prev_at_end:
                complete = True
            else:
                raise ServerError(tr("The server {host} returned its maximum of {n} entries for one "
                                     "second of participant '{label}': the data cannot be fetched "
                                     "completely.").format(host=client.host, n=n, label=person.label))
        settled_end = min(b if complete else end, settled_until)
        part_end = b if complete else end
        new += store.save_window(person, group, time_key, a, part_end, entries, settled_end > a,
                                 fetched_at=now, complete_end=settled_end)
        if complete:
            report.windows_fetched += 1
            return total, new, truncated
        report.splits += 1  # asked again from the last time of this answer
        prev_at_end = sum(1 for e in entries if _get(e, time_key) == end)
        a, prev_n, prev_end = end, n, end


# ---------------------------------------------------------------------------------------------
# from cached entries to Tracemob frames

def _strip_user(entries: Iterable[dict]) -> List[dict]:
    out = []
    for e in entries:
        e = dict(e)
        e.pop("user_id", None)
        out.append(e)
    return out


def _get(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d


def trips_frame(entries: Sequence[dict], user_id: str, source: str) -> pd.DataFrame:
    """``analysis/confirmed_trip`` entries -> one row per trip (columns :data:`TRIP_COLUMNS`).

    ``mode_confirm``, ``purpose_confirm``, ``replaced_mode`` come from ``data.user_input``
    through :func:`emission.user_input_labels` (labels, or the answers of a survey-based study;
    None when the participant has not labelled the trip); origin and destination from
    ``data.start_loc`` / ``data.end_loc``.
    """
    from .emission import user_input_labels

    rows = []
    for e in entries:
        d = e.get("data") or {}
        ui = d.get("user_input") or {}
        s, t = d.get("start_ts"), d.get("end_ts")
        if not isinstance(s, (int, float)) or not isinstance(t, (int, float)):
            continue
        sl = _get(d, "start_loc.coordinates") or [np.nan, np.nan]
        el = _get(d, "end_loc.coordinates") or [np.nan, np.nan]
        tid = _get(e, "_id.$oid") or str(e.get("_id", ""))
        found = user_input_labels(ui)  # the file reader's parser: labels or survey answers

        def _label(name):
            return found[name] or None
        rows.append((tid, user_id, float(s), float(t), d.get("distance"), _label("mode_confirm"),
                     _label("purpose_confirm"), _label("replaced_mode"), sl[0], sl[1], el[0], el[1]))
    df = pd.DataFrame(rows, columns=["trip_id", "user_id", "s", "t", "distance_m", "mode_confirm",
                                     "purpose_confirm", "replaced_mode", "origin_lon", "origin_lat",
                                     "destination_lon", "destination_lat"])
    for col, src in (("start_time", "s"), ("end_time", "t")):
        df[col] = pd.to_datetime(df[src].astype("float64"), unit="s", utc=True).astype("datetime64[ns, UTC]")
    df["duration_s"] = (df["t"] - df["s"]).astype("float64")
    df["distance_m"] = pd.to_numeric(df["distance_m"], errors="coerce").astype("float64")
    for c in ("origin_lon", "origin_lat", "destination_lon", "destination_lat"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    df["trip_id"] = df["trip_id"].astype(object)
    df["user_id"] = df["user_id"].astype(object)
    df["source_file"] = source
    df["source_file"] = df["source_file"].astype(object)
    return df[TRIP_COLUMNS]


@dataclass
class ServerData:
    """Frames built from the cache: ``points``/``motion`` follow the io contracts;
    ``trips`` has :data:`TRIP_COLUMNS`; ``trips_labels`` the trips_labels contract."""
    points: pd.DataFrame
    motion: pd.DataFrame
    trips: pd.DataFrame
    trips_labels: pd.DataFrame
    warnings: List[str] = field(default_factory=list)


def load_study(store, participants: Sequence[Participant], start_ts: float, end_ts: float,
               point_key: Optional[str] = FILTERED_LOCATION_KEY, motion: bool = True,
               trips: bool = False, source: Optional[str] = None,
               is_cancelled=None, raw_fallback: Sequence[str] = ()) -> ServerData:
    """Build the Tracemob frames from what the cache holds for ``[start_ts, end_ts]``.

    ``user_id`` is the participant's label (the server's own user UUID is not kept).
    Participants labelled in ``raw_fallback`` take ``background/location`` when they have no
    ``background/filtered_location``, with e-mission's accuracy filter, as the file reader does
    (a warning names them).
    """
    from .emission import parse_emission_entries  # the readers' converter (same point contract)

    src_host = source or store.host
    location_keys = (point_key,) if point_key else ()
    point_frames, motion_frames, label_frames, trip_frames, warnings = [], [], [], [], []
    for person in participants:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled(tr("Cancelled."))
        person_loc = location_keys
        if person.label in raw_fallback and tuple(location_keys) == (FILTERED_LOCATION_KEY,):
            person_loc = (FILTERED_LOCATION_KEY, LOCATION_KEY)
        keys = list(person_loc)
        if motion:
            keys.append(MOTION_KEY)
        if trips:
            keys.append(CONFIRMED_TRIP_KEY)
        src = "{}@{}".format(person.label, src_host)
        entries = _strip_user(store.entries(person, keys, start_ts, end_ts)) if keys else []
        if not entries:
            continue
        traces = parse_emission_entries(entries, src, user_id=person.label, location_keys=person_loc)
        point_frames.append(traces.points)
        if motion:
            motion_frames.append(traces.motion)
        if trips:
            label_frames.append(traces.trips_labels)
            trip_entries = [e for e in entries if _get(e, "metadata.key") == CONFIRMED_TRIP_KEY]
            trip_frames.append(trips_frame(trip_entries, person.label, src))
        warnings.extend(traces.warnings)
    empty = parse_emission_entries([], src_host, user_id="x", location_keys=location_keys)
    points = _concat(point_frames, empty.points, ["user_id", "time"])
    motion_df = _concat(motion_frames, empty.motion, ["user_id", "time"])
    trips_df = _concat(trip_frames, trips_frame([], "", src_host), ["user_id", "start_time"])
    labels = _concat(label_frames, empty.trips_labels, ["user_id", "start_time"])
    return ServerData(points, motion_df, trips_df, labels, warnings)


def _concat(frames, empty, sort_by):
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty.iloc[0:0].copy()
    df = pd.concat(frames, ignore_index=True)
    sort_by = [c for c in sort_by if c in df.columns]
    return df.sort_values(sort_by, kind="mergesort").reset_index(drop=True)


def keys_for(point_key: Optional[str] = FILTERED_LOCATION_KEY, motion: bool = True,
             trips: bool = False) -> List[str]:
    """The server keys to fetch for what the user asked."""
    keys = [point_key] if point_key else []
    if motion:
        keys.append(MOTION_KEY)
    if trips:
        keys.append(CONFIRMED_TRIP_KEY)
    if not keys:
        raise InputError(tr("nothing to fetch."), field="WHAT",
                         hint=tr("Ask for points, motion activities or confirmed trips."))
    return keys


def run_import(client: ServerClient, participants: Sequence[Participant], start_ts: float, end_ts: float,
               cache_dir, point_key: Optional[str] = FILTERED_LOCATION_KEY, motion: bool = True,
               trips: bool = False, window_s: float = DEFAULT_WINDOW_S, settle_s: float = DEFAULT_SETTLE_S,
               refresh: bool = False, progress=None, is_cancelled=None, log=None):
    """Fetch what is missing into the cache, then build the frames of ``[start_ts, end_ts]``.

    Returns ``(ServerData, FetchReport, cache_file_path)``. Participants whose token was refused
    are left out, their messages first in ``ServerData.warnings`` (and in ``report.refused``);
    when every token is refused, :class:`ServerAuthError` is raised. If the fetch fails, the
    error propagates and the cache keeps every window fetched before it.
    """
    from .fetch_store import FetchStore

    keys = keys_for(point_key, motion, trips)

    def _part(a, b):
        if progress is None:
            return None
        return lambda f: progress(a + (b - a) * max(0.0, min(1.0, f)))

    with FetchStore(cache_dir, client.url) as store:
        report = fetch_study(client, participants, keys, start_ts, end_ts, store, window_s=window_s,
                             settle_s=settle_s, refresh=refresh, progress=_part(0.0, 0.9),
                             is_cancelled=is_cancelled, log=log)
        if report.refused and len(report.refused) == len(participants):
            labels = list(report.refused)
            message = " ".join(report.refused.values())
            if len(labels) > 1 and all(st == 500 for st in report.refused_status.values()):
                message = tr("Every participant's token failed with HTTP 500: if the tokens are right, the "
                             "server itself may be failing; run again later.") + " " + message
            raise ServerAuthError(message, labels, report.refused_status[labels[0]])
        participants = [p for p in participants if p.label not in report.refused]
        fallback = []
        if point_key == FILTERED_LOCATION_KEY:
            # no filtered fixes (the server's pipeline has not run for them): the raw ones, as the
            # file reader does, with e-mission's accuracy filter
            fallback = [p for p in participants
                        if store.count_between(p, FILTERED_LOCATION_KEY, start_ts, end_ts) == 0]
            for p in fallback:
                (log or (lambda m: None))(tr(
                    "Participant '{label}': the server has no {filtered} for this period; fetching "
                    "{raw} instead.").format(label=p.label, filtered=FILTERED_LOCATION_KEY, raw=LOCATION_KEY))
            if fallback:
                more = fetch_study(client, fallback, [LOCATION_KEY], start_ts, end_ts, store, window_s=window_s,
                                   settle_s=settle_s, refresh=refresh, progress=_part(0.9, 0.95),
                                   is_cancelled=is_cancelled, log=log)
                report.requests += more.requests
                report.windows_fetched += more.windows_fetched
                report.windows_cached += more.windows_cached
                report.splits += more.splits
                for label, n in more.new_entries.items():
                    report.new_entries[label] = report.new_entries.get(label, 0) + n
        data = load_study(store, participants, start_ts, end_ts, point_key=point_key, motion=motion,
                          trips=trips, is_cancelled=is_cancelled, raw_fallback=[p.label for p in fallback])
        data.warnings[:0] = list(report.refused.values())
        if progress is not None:
            progress(1.0)
        return data, report, store.path
