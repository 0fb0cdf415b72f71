"""QGIS side of the server import: the QGIS network transport and the authentication manager.

- :class:`QgisTransport`: the :mod:`core.server` transport on QGIS's network access manager, so
  requests go through QGIS's network stack (its proxy, SSL and timeout settings); it never
  follows a redirect (the request body holds a token).
- Tokens live in QGIS's authentication database (encrypted by the master password), one
  configuration per participant, method **Basic**: *username* = the participant's label,
  *password* = the participant's token, *name* = ``Tracemob <host>: <label>``, *URL* = the server.
  :func:`participants_from_authcfgs` loads them from configuration ids or from a name prefix,
  so a project or a model only ever holds ids or a prefix, never a token.
"""
from typing import List, Sequence

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QByteArray, QEventLoop, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from .. import compat
from ..core.errors import Cancelled, InputError
from ..core.i18n import tr
from ..core.ingest.server import NOT_TLS_DETAIL, HttpResponse, Participant, TransportError, normalize_url

AUTH_METHOD = "Basic"


_STATUS_ATTR = compat.enum(QNetworkRequest, "Attribute", "HttpStatusCodeAttribute")
_CONTENT_TYPE = compat.enum(QNetworkRequest, "KnownHeaders", "ContentTypeHeader")
_TIMEOUT_ERRORS = {compat.enum(QNetworkReply, "NetworkError", "OperationCanceledError"),
                   compat.enum(QNetworkReply, "NetworkError", "TimeoutError")}
_TLS_ERRORS = {compat.enum(QNetworkReply, "NetworkError", "SslHandshakeFailedError")}
_REDIRECT_TARGET_ATTR = compat.enum(QNetworkRequest, "Attribute", "RedirectionTargetAttribute")


def _optional_enum(owner, scoped, name):
    try:
        return compat.enum(owner, scoped, name)
    except AttributeError:
        return None


_REDIRECT_POLICY_ATTR = _optional_enum(QNetworkRequest, "Attribute", "RedirectPolicyAttribute")
_MANUAL_REDIRECT = _optional_enum(QNetworkRequest, "RedirectPolicy", "ManualRedirectPolicy")
_FOLLOW_REDIRECTS_ATTR = _optional_enum(QNetworkRequest, "Attribute", "FollowRedirectsAttribute")


class QgisTransport:
    """``core.server`` transport through QGIS's network access manager (its proxy, SSL and
    timeout settings), that never follows a redirect.

    ``QgsBlockingNetworkRequest`` is not used: it follows redirects and POSTs the body again to
    the new address, and the body holds a participant's token. Here a 3xx answer comes back as
    it is (status and ``Location``), and the client refuses it. ``feedback`` (a QgsFeedback)
    lets a cancel abort the request under way.
    """

    def __init__(self, feedback=None):
        self.feedback = feedback

    def __call__(self, url, body, headers, timeout_s):
        req = QNetworkRequest(QUrl(url))
        for name, value in headers.items():
            if name.lower() == "content-type":
                req.setHeader(_CONTENT_TYPE, value)
            else:
                req.setRawHeader(name.encode("ascii"), value.encode("ascii"))
        # a redirect is handed back, never followed (Qt 5 and Qt 6 defaults differ)
        if _REDIRECT_POLICY_ATTR is not None:
            req.setAttribute(_REDIRECT_POLICY_ATTR, _MANUAL_REDIRECT)
        if _FOLLOW_REDIRECTS_ATTR is not None:
            req.setAttribute(_FOLLOW_REDIRECTS_ATTR, False)
        if hasattr(req, "setTransferTimeout"):  # Qt >= 5.15
            req.setTransferTimeout(max(1, int(timeout_s * 1000)))
        reply = QgsNetworkAccessManager.instance().post(req, QByteArray(body))
        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timed_out = []

        def _timeout():
            timed_out.append(True)
            reply.abort()

        timer.timeout.connect(_timeout)
        reply.finished.connect(loop.quit)
        ssl_errors = []
        reply.sslErrors.connect(lambda errors: ssl_errors.extend(e.errorString() for e in errors))
        cancel_conn = None
        if self.feedback is not None:
            cancel_conn = self.feedback.canceled.connect(reply.abort)
        try:
            timer.start(max(1, int(timeout_s * 1000)) + 1000)  # a guard over the transfer timeout
            if not reply.isFinished():
                loop.exec_() if hasattr(loop, "exec_") else loop.exec()
            timer.stop()
            if self.feedback is not None and self.feedback.isCanceled():
                raise Cancelled(tr("Cancelled."))
            status = reply.attribute(_STATUS_ATTR)
            try:
                status = int(status) if status is not None else 0
            except (TypeError, ValueError):
                status = 0
            if status:
                location = None
                if 300 <= status < 400:
                    target = reply.attribute(_REDIRECT_TARGET_ATTR)
                    if target is not None:
                        location = reply.url().resolved(target).toString() if hasattr(target, "isValid") \
                            else str(target)
                    if not location:
                        raw = bytes(reply.rawHeader(b"Location"))
                        location = raw.decode("utf-8", "replace") or None
                return HttpResponse(status, bytes(reply.readAll()), location)
            if timed_out or reply.error() in _TIMEOUT_ERRORS:
                raise TransportError("timeout", "")
            kind = _error_kind(reply.error())
            if kind == "tls":
                # Qt says only "SSL handshake failed": the certificate errors say more; none at all
                # means the other end never sent a certificate
                detail = "; ".join(ssl_errors) or NOT_TLS_DETAIL
                raise TransportError("tls", detail)
            # errorString() names the URL, never the body (where the token is)
            raise TransportError(kind, reply.errorString() or "no answer")
        finally:
            if cancel_conn is not None:
                try:
                    self.feedback.canceled.disconnect(cancel_conn)
                except (TypeError, RuntimeError):
                    pass
            reply.deleteLater()


def _error_kind(error) -> str:
    """'tls' for certificate and handshake failures, 'connection' otherwise."""
    return "tls" if error in _TLS_ERRORS else "connection"


# ------------------------------------------------------------------------------- auth manager
def auth_name_prefix(server_url: str) -> str:
    """``Tracemob <host>:`` — the name prefix of this server's participant configurations."""
    from urllib.parse import urlsplit
    return "Tracemob {}:".format(urlsplit(normalize_url(server_url)).netloc)


def _manager():
    am = QgsApplication.authManager()
    if am is None or am.isDisabled():
        raise InputError(tr("QGIS's authentication system is not available."), field="AUTHCFGS",
                         hint=tr("Use a token file instead, or check QGIS's authentication settings."))
    return am


def find_authcfgs(spec: str) -> List[str]:
    """Configuration ids for ``spec``: comma- or semicolon-separated items, each an existing
    configuration id, or else a name prefix matching every configuration whose name starts with it."""
    am = _manager()
    items = [s.strip() for s in (spec or "").replace(";", ",").split(",") if s.strip()]
    configs = am.availableAuthMethodConfigs()
    ids = []
    for item in items:
        if item in configs:
            matched = [item]
        else:
            matched = sorted((cid for cid, cfg in configs.items() if cfg.name().startswith(item)),
                             key=lambda cid: configs[cid].name())
        if not matched:
            msg = tr("no QGIS authentication configuration has the id or name prefix '{item}'.")
            raise InputError(msg.format(item=item), field="AUTHCFGS",
                hint=tr("Add the participants with the Tracemob server dialog, or give configuration ids."))
        ids.extend(m for m in matched if m not in ids)
    return ids


def participants_from_authcfgs(spec: str) -> List[Participant]:
    """Participants (label, token) from QGIS authentication configurations (see module doc)."""
    am = _manager()
    out = []
    for cid in find_authcfgs(spec):
        ok, cfg = compat.load_auth_config(am, cid)
        token = cfg.config("password", "") if ok else ""
        if not ok or not token:
            raise InputError(tr("the authentication configuration '{id}' could not be read, or has no token "
                                "in its password.").format(id=cid), field="AUTHCFGS",
                             hint=tr("Unlock QGIS's authentication database (master password), or check "
                                     "that the configuration is of type Basic with the token as password."))
        label = cfg.config("username", "") or cfg.name() or cid
        out.append(Participant(label, token))
    return out


def store_participant(server_url: str, label: str, token: str) -> str:
    """Create (or replace, same name) the Basic configuration of one participant; returns its id."""
    am = _manager()
    name = "{} {}".format(auth_name_prefix(server_url), label)
    existing = [cid for cid, cfg in am.availableAuthMethodConfigs().items() if cfg.name() == name]
    cfg = QgsAuthMethodConfig(AUTH_METHOD)
    cfg.setName(name)
    cfg.setUri(normalize_url(server_url))
    cfg.setConfig("username", label)
    cfg.setConfig("password", token)
    if existing:
        cfg.setId(existing[0])
        ok = am.updateAuthenticationConfig(cfg)
    else:
        ok = am.storeAuthenticationConfig(cfg)
    if isinstance(ok, tuple):
        ok = ok[0]
    if not ok or not cfg.id():
        raise InputError(tr("QGIS could not store the token of participant '{label}'.").format(label=label),
                         field="AUTHCFGS", hint=tr("Set or unlock QGIS's master password, then try again."))
    return cfg.id()


def remove_authcfgs(ids: Sequence[str]):
    am = _manager()
    for cid in ids:
        am.removeAuthenticationConfig(cid)
