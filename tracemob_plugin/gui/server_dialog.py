"""OpenPATH server connection dialog (Tracemob menu): add or test a server, keep the participants'
tokens in QGIS's authentication manager, then open ``tracemob:importfromserver`` pre-filled.

Nothing secret is kept outside the authentication database: the list of servers (URLs) is in the
QGIS settings; tokens are typed into a password field or read from a token file and stored at
once as Basic configurations (see :mod:`server_support`); the import is pre-filled with the
configurations' name prefix, never with a token.
"""
from datetime import datetime, timezone

from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from .. import compat
from ..core.errors import TracemobError
from ..core.i18n import tr
from ..core.ingest.server import Participant, ServerClient, check_participants, normalize_url, read_token_file
from . import server_support as ss

SETTINGS_KEY = "tracemob/servers"
ALG_ID = "tracemob:importfromserver"
_PASSWORD = compat.enum(QLineEdit, "EchoMode", "Password")
_NO_EDIT = compat.enum(QAbstractItemView, "EditTrigger", "NoEditTriggers")
_SELECT_ROWS = compat.enum(QAbstractItemView, "SelectionBehavior", "SelectRows")
_STRETCH = compat.enum(QHeaderView, "ResizeMode", "Stretch")


def saved_servers():
    value = QgsSettings().value(SETTINGS_KEY, [], type=list) or []
    return [str(v) for v in value if v]


def remember_server(url):
    servers = [u for u in saved_servers() if u != url]
    QgsSettings().setValue(SETTINGS_KEY, [url] + servers[:19])


def _midnight(ts):
    """UTC midnight of the day of ``ts`` as a QDateTime (the import reads an end at midnight as
    including the whole day)."""
    return compat.qdatetime_from_msecs(int(ts // 86400 * 86400 * 1000))


def _day(ts):
    return datetime.fromtimestamp(ts, tz=timezone.utc).strftime("%Y-%m-%d") if ts is not None else ""


class ServerDialog(QDialog):
    """Add/test a server and its participants; ``open_import()`` launches the algorithm dialog."""

    def __init__(self, parent=None, transport=None):
        super().__init__(parent)
        self.transport = transport  # tests may pass one; default: QGIS's network stack
        self.checks = {}
        self.setWindowTitle(tr("Tracemob: OpenPATH server"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.url_box = QComboBox()
        self.url_box.setEditable(True)
        self.url_box.addItems(saved_servers())
        self.url_box.setToolTip(tr("The OpenPATH / e-mission server, e.g. https://openpath.example.org"))
        self.url_box.currentTextChanged.connect(lambda _t: self.refresh())
        form.addRow(tr("Server URL"), self.url_box)
        layout.addLayout(form)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Participant"), tr("Status"), tr("Data")])
        self.table.setEditTriggers(_NO_EDIT)
        self.table.setSelectionBehavior(_SELECT_ROWS)
        self.table.horizontalHeader().setSectionResizeMode(1, _STRETCH)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.add_button = QPushButton(tr("Add participant…"))
        self.add_button.clicked.connect(self._ask_participant)
        self.file_button = QPushButton(tr("Import token file…"))
        self.file_button.clicked.connect(self._ask_token_file)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.test_button = QPushButton(tr("Test server"))
        self.test_button.clicked.connect(self.test_server)
        for b in (self.add_button, self.file_button, self.remove_button, self.test_button):
            row.addWidget(b)
        layout.addLayout(row)

        self.status = QLabel(tr("Tokens are kept in QGIS's authentication database (protected by the "
                                "master password), never in the project."))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        accept_role = compat.enum(QDialogButtonBox, "ButtonRole", "AcceptRole")
        self.import_button = buttons.addButton(tr("Open the import…"), accept_role)
        buttons.addButton(compat.enum(QDialogButtonBox, "StandardButton", "Close"))
        buttons.accepted.connect(self.open_import)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # ----------------------------------------------------------------------------- state
    def url(self):
        return normalize_url(self.url_box.currentText())

    def _url_or_none(self):
        try:
            return self.url()
        except TracemobError:
            return None

    def participant_configs(self):
        """``[(config id, label)]`` of the current server, from the authentication manager."""
        url = self._url_or_none()
        if url is None:
            return []
        try:
            am = ss._manager()
        except TracemobError:
            return []
        prefix = ss.auth_name_prefix(url)
        items = [(cid, cfg.name()[len(prefix):].strip())
                 for cid, cfg in am.availableAuthMethodConfigs().items() if cfg.name().startswith(prefix)]
        return sorted(items, key=lambda x: x[1])

    def refresh(self):
        configs = self.participant_configs()
        self.table.setRowCount(len(configs))
        for i, (cid, label) in enumerate(configs):
            check = self.checks.get(label)
            status = "" if check is None else (tr("answers") if check.ok else check.message)
            span = ""
            if check is not None and check.ok:
                span = "{} – {}".format(_day(check.start_ts), _day(check.end_ts))
            for j, text in enumerate((label, status, span)):
                item = QTableWidgetItem(text)
                item.setData(256, cid)  # Qt.UserRole
                self.table.setItem(i, j, item)
        self.import_button.setEnabled(bool(configs))
        self.remove_button.setEnabled(bool(configs))
        self.test_button.setEnabled(bool(configs))

    # ----------------------------------------------------------------------------- actions
    def add_participants(self, people):
        """Store participants' tokens in the authentication manager (for the current server)."""
        url = self.url()
        for p in people:
            ss.store_participant(url, p.label, p.token)
        remember_server(url)
        self.refresh()

    def import_token_file(self, path):
        self.add_participants(read_token_file(path))

    def _ask_participant(self):
        try:
            self.url()
            label, ok = QInputDialog.getText(self, tr("Add participant"),
                                             tr("Participant label (shown in layers)"))
            if not ok or not label.strip():
                return
            token, ok = QInputDialog.getText(self, tr("Add participant"), tr("Token of '{label}'").format(
                label=label.strip()), _PASSWORD)
            if not ok or not token.strip():
                return
            self.add_participants([Participant(label.strip(), token.strip())])
        except TracemobError as err:
            QMessageBox.warning(self, tr("Tracemob"), str(err))

    def _ask_token_file(self):
        path, _f = QFileDialog.getOpenFileName(self, tr("Token file (one 'label,token' per line)"), "",
                                               tr("Text files (*.txt *.csv);;All files (*)"))
        if not path:
            return
        try:
            self.import_token_file(path)
            self.status.setText(tr("Tokens stored in QGIS's authentication database. You may now delete the "
                                   "token file."))
        except TracemobError as err:
            QMessageBox.warning(self, tr("Tracemob"), str(err))

    def remove_selected(self):
        ids = {self.table.item(i.row(), 0).data(256) for i in self.table.selectedIndexes()}
        if ids:
            ss.remove_authcfgs(sorted(ids))
            self.refresh()

    def test_server(self):
        """Ask the server about every participant; returns ``(answering, total)``."""
        try:
            client = ServerClient(self.url(), transport=self.transport or ss.QgisTransport(), timeout_s=20,
                                  retries=1, backoff_s=0.5)
            people = ss.participants_from_authcfgs(ss.auth_name_prefix(client.url))
        except TracemobError as err:
            self.status.setText(str(err))
            return 0, 0
        results = check_participants(client, people)
        self.checks = {c.label: c for c in results}
        ok = sum(1 for c in results if c.ok)
        self.status.setText(tr("{ok} of {n} participants answer on {host}.").format(ok=ok, n=len(results),
                                                                                      host=client.host))
        if ok:
            remember_server(client.url)
        self.refresh()
        return ok, len(results)

    def import_parameters(self):
        """The pre-filled parameters of the import: the server, the configurations' prefix, the dates
        of the participants' data when the test found them. No token."""
        url = self.url()
        params = {"SERVER_URL": url, "AUTHCFGS": ss.auth_name_prefix(url)}
        starts = [c.start_ts for c in self.checks.values() if c.ok and c.start_ts is not None]
        ends = [c.end_ts for c in self.checks.values() if c.ok and c.end_ts is not None]
        if starts:
            params["START"] = _midnight(min(starts))
        if ends:
            params["END"] = _midnight(max(ends))
        return params

    def open_import(self):
        try:
            params = self.import_parameters()
        except TracemobError as err:
            QMessageBox.warning(self, tr("Tracemob"), str(err))
            return
        import processing  # QGIS's Processing plugin

        self.accept()
        processing.execAlgorithmDialog(ALG_ID, params)


_dialogs = []


def show_dialog(plugin=None):
    parent = plugin.iface.mainWindow() if plugin is not None and plugin.iface is not None else None
    dlg = ServerDialog(parent)
    _dialogs[:] = [dlg]  # keep it alive while shown
    dlg.show()
    return dlg


def register_gui(plugin):
    """Called by TracemobPlugin.initGui: adds the menu and toolbar action."""
    from pathlib import Path

    icon = Path(__file__).resolve().parents[2] / "resources" / "icon.svg"
    plugin.add_action(str(icon), tr("OpenPATH server…"), lambda *_a: show_dialog(plugin),
                      add_to_toolbar=True,
                      status_tip=tr("Add or test an OpenPATH server and import a study's data"))
