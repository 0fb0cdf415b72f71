"""The "missing Python packages" message of a first start: a message-bar entry with a button, and the
dialog it opens, which names the packages, gives the commands for the user's platform (then the
other platforms) and, where it is safe (:func:`toolbelt.dependencies.pip_plan`), offers to run the
exact ``pip install --user`` command it shows, in a background task, after the user clicks it.

Imports only QGIS, Qt and the toolbelt: this module must work when pandas & co. are absent.
"""
import os
import shlex
import subprocess
import tempfile

from qgis.core import QgsApplication, QgsTask
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtGui import QFontDatabase
from qgis.PyQt.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from .. import compat
from ..core.i18n import tr
from ..toolbelt import dependencies as deps
from ..toolbelt.log import log

_CLOSE = compat.enum(QDialogButtonBox, "StandardButton", "Close")
_FIXED_FONT = compat.enum(QFontDatabase, "SystemFont", "FixedFont")


def command_text(argv):
    """The argv as the user would type it (quoted where needed)."""
    return " ".join(shlex.quote(a) for a in argv)


class PipInstallTask(QgsTask):
    """Runs ``argv`` (a pip command) in a worker thread; ``on_done(ok, returncode, output)`` is called
    in the main thread. Cancelling kills the process."""

    def __init__(self, argv, on_done):
        super().__init__(tr("Installing the Python packages Tracemob needs"))
        self.argv = list(argv)
        self.on_done = on_done
        self.returncode = None
        self.output = ""

    def run(self):
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window on Windows
        env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONIOENCODING="utf-8")
        with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as out:
            try:
                proc = subprocess.Popen(self.argv, stdout=out, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, env=env, creationflags=flags)
            except OSError as err:
                self.output = str(err)
                return False
            while True:
                try:
                    self.returncode = proc.wait(timeout=0.5)
                    break
                except subprocess.TimeoutExpired:
                    if self.isCanceled():
                        proc.kill()
                        self.returncode = proc.wait()
                        break
            out.seek(0)
            self.output = out.read()
        return self.returncode == 0 and not self.isCanceled()

    def finished(self, result):  # noqa: D401 (QgsTask API, main thread)
        self.on_done(bool(result), self.returncode, self.output)


class MissingPackagesDialog(QDialog):
    """What is missing, how to install it here (and elsewhere), and the one-click install."""

    def __init__(self, problems, env=None, parent=None):
        super().__init__(parent)
        self.problems = list(problems)
        self.env = env or deps.current_env()
        self.plan = deps.pip_plan(self.problems, self.env)
        self.instructions = deps.instructions(self.problems, self.env)
        self.task = None
        self.setWindowTitle(tr("Tracemob: Python packages to install"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)

        self.summary = QLabel(deps.summary(self.problems))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(self._instructions_html())
        layout.addWidget(self.browser, 2)
        copy_row = QHBoxLayout()
        copy_row.addStretch(1)
        self.copy_button = QPushButton(tr("Copy the commands for this computer"))
        self.copy_button.clicked.connect(self.copy_commands)
        copy_row.addWidget(self.copy_button)
        layout.addLayout(copy_row)

        layout.addWidget(self._install_box())
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(_CLOSE)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # ------------------------------------------------------------------ content
    def _instructions_html(self):
        import html

        parts = []
        for i, ins in enumerate(self.instructions):
            if i == 1:
                parts.append("<hr><p><i>{}</i></p>".format(html.escape(tr("On other systems:"))))
            heading = tr("On this computer ({platform})") if i == 0 else "{platform}"
            heading = heading.format(platform=ins.title)
            parts.append("<h3>{}</h3>".format(html.escape(heading)))
            for text, command in ins.steps:
                if text:
                    parts.append("<p>{}</p>".format(html.escape(text)))
                parts.append("<pre>{}</pre>".format(html.escape(command)))
        parts.append("<p>{}</p>".format(html.escape(tr("Then restart QGIS."))))
        return "\n".join(parts)

    def _install_box(self):
        box = QGroupBox(tr("Install from QGIS"))
        inner = QVBoxLayout(box)
        if self.plan.command:
            explain = QLabel(tr("Tracemob can run this command for you. pip downloads the packages from the "
                                "Python Package Index (pypi.org) and installs them for your user only "
                                "(not system-wide). Nothing is installed until you click the button."))
            explain.setWordWrap(True)
            inner.addWidget(explain)
            self.command_view = QPlainTextEdit(command_text(self.plan.command))
            self.command_view.setReadOnly(True)
            self.command_view.setFont(QFontDatabase.systemFont(_FIXED_FONT))
            self.command_view.setMaximumHeight(60)
            inner.addWidget(self.command_view)
            self.install_button = QPushButton(tr("Run this command"))
            self.install_button.clicked.connect(self.start_install)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.install_button)
            inner.addLayout(row)
        else:
            self.command_view = None
            self.install_button = None
            reason = QLabel(tr("Tracemob does not install them itself here.") + " " + self.plan.reason)
            reason.setWordWrap(True)
            inner.addWidget(reason)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(_FIXED_FONT))
        self.output.setVisible(False)
        inner.addWidget(self.output)
        return box

    def copy_commands(self):
        QApplication.clipboard().setText("\n".join(self.instructions[0].commands))

    # ------------------------------------------------------------------ one-click install
    def start_install(self):
        """Start the shown command in a QgsTask (the user clicked: that is the consent)."""
        if not self.plan.command or self.task is not None:
            return
        self.install_button.setEnabled(False)
        self.output.setVisible(True)
        self.output.setPlainText("$ " + command_text(self.plan.command) + "\n")
        self.status.setText(tr("Installing… this can take several minutes; QGIS stays usable meanwhile."))
        log(tr("Running: {command}").format(command=command_text(self.plan.command)), "info")
        self.task = PipInstallTask(self.plan.command, self.install_finished)
        QgsApplication.taskManager().addTask(self.task)

    def install_finished(self, ok, returncode, output):
        self.task = None
        self.output.appendPlainText(output or "")
        if ok:
            text = tr("The packages are installed. Restart QGIS to use Tracemob.")
            log(text, "success")
        else:
            text = tr("pip failed (exit code {code}): see its output above, or use the command for your "
                      "system.").format(code=returncode)
            log(text + "\n" + (output or "")[-3000:], "warning")
            if self.install_button is not None:
                self.install_button.setEnabled(True)
        self.status.setText(text)


def push_missing_message(iface, problems, on_details):
    """Show the summary in QGIS's message bar with a button calling ``on_details``; returns the item."""
    item = QgsMessageBar.createMessage("Tracemob", deps.short_summary(problems))
    button = QPushButton(tr("How to install them…"), item)
    button.clicked.connect(on_details)
    item.layout().addWidget(button)
    iface.messageBar().pushWidget(item, compat.LEVEL_WARNING, 0)
    return item
