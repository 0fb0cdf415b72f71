"""A first-time user's QGIS without the Python packages: qgis_process with the built zip in a clean
profile, and the one-click install's task and dialog (with a harmless command instead of pip)."""
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS_BIN = Path("/usr/bin/qgis_process.bin")


def _venv_site():
    """The site-packages of the venv running the tests (``.venv`` on Debian 12, ``.venv-trixie`` in the
    Debian 13 chroot, which also sees the other release's venv in the working tree)."""
    return sysconfig.get_paths()["purelib"]


@pytest.mark.skipif(not QGIS_PROCESS_BIN.exists(), reason="/usr/bin/qgis_process.bin is absent")
def test_qgis_process_without_pandas_prints_the_message_not_a_traceback(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_zip.py"), "--out-dir",
                           str(tmp_path)], capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    config = tmp_path / "config"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(next(tmp_path.glob("tracemob-*.zip"))) as zf:
        zf.extractall(plugins)
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ntracemob=true\n")
    # A Python where pandas cannot be found (sys.modules["pandas"] = None: find_spec says None and
    # "import pandas" fails), whatever is installed.
    block = tmp_path / "block"
    block.mkdir()
    (block / "sitecustomize.py").write_text("import sys\nsys.modules['pandas'] = None\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(config),
               PYTHONPATH=os.pathsep.join([str(block), _venv_site()]), XDG_RUNTIME_DIR=str(tmp_path))
    proc = subprocess.run([str(QGIS_PROCESS_BIN), "list"], cwd=str(tmp_path), env=env, capture_output=True,
                          text=True, timeout=240)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out[-3000:]
    assert "Traceback" not in out and "ModuleNotFoundError" not in out, out[-3000:]
    assert "Tracemob needs Python packages" in out and "pandas" in out, out[-3000:]
    assert "install" in out.split("Tracemob needs Python packages", 1)[1]  # the command follows
    assert "tracemob:segmenttrips" not in proc.stdout  # nothing registered
    assert "native:buffer" in proc.stdout  # QGIS itself fine


def test_install_task_runs_the_command_and_the_dialog_says_restart(qgis_app, monkeypatch):
    """The one-click install with a harmless command in place of pip: the command shown is the one run,
    in a QgsTask, its output appears and the user is told to restart QGIS."""
    from qgis.core import QgsApplication

    from tracemob.tracemob_plugin.gui import dependencies_dialog as dd
    from tracemob.tracemob_plugin.toolbelt import dependencies as deps

    problems = [deps.Problem(deps.BY_DIST["pandas"], None)]
    env = deps.PythonEnv("windows", sys.executable, False, False, True, (3, 11))
    dialog = dd.MissingPackagesDialog(problems, env)
    assert dialog.install_button is not None and dialog.plan.command[:5] == [sys.executable, "-m", "pip",
                                                                              "install", "--user"]
    assert dialog.command_view.toPlainText() == dd.command_text(dialog.plan.command)
    assert dialog.task is None  # nothing runs before the click
    harmless = [sys.executable, "-c", "print('Successfully installed pandas-2.2.3')"]
    monkeypatch.setattr(dialog, "plan", deps.PipPlan(harmless, ""))
    dialog.install_button.click()
    assert dialog.task is not None and not dialog.install_button.isEnabled()
    manager = QgsApplication.taskManager()
    for _ in range(400):
        QgsApplication.processEvents()
        if dialog.task is None:
            break
        import time

        time.sleep(0.05)
    assert dialog.task is None, "the task did not finish"
    assert "Successfully installed pandas-2.2.3" in dialog.output.toPlainText()
    assert dialog.status.text() == "The packages are installed. Restart QGIS to use Tracemob."
    assert manager.countActiveTasks() == 0


def test_failed_install_is_reported_and_can_be_retried(qgis_app, monkeypatch):
    from qgis.core import QgsApplication

    from tracemob.tracemob_plugin.gui import dependencies_dialog as dd
    from tracemob.tracemob_plugin.toolbelt import dependencies as deps

    problems = [deps.Problem(deps.BY_DIST["shapely"], "1.8.5")]
    env = deps.PythonEnv("macos", sys.executable, False, False, True, (3, 11))
    dialog = dd.MissingPackagesDialog(problems, env)
    failing = [sys.executable, "-c", "import sys; print('no'); sys.exit(3)"]
    monkeypatch.setattr(dialog, "plan", deps.PipPlan(failing, ""))
    dialog.start_install()
    for _ in range(400):
        QgsApplication.processEvents()
        if dialog.task is None:
            break
        import time

        time.sleep(0.05)
    assert "exit code 3" in dialog.status.text()
    assert dialog.install_button.isEnabled()


def test_no_install_button_on_an_externally_managed_python(qgis_app):
    from tracemob.tracemob_plugin.gui import dependencies_dialog as dd
    from tracemob.tracemob_plugin.toolbelt import dependencies as deps

    problems = [deps.Problem(deps.BY_DIST["pandas"], None), deps.Problem(deps.BY_DIST["scikit-learn"], None)]
    managed = deps.PythonEnv("debian", "/usr/bin/python3", False, True, True, (3, 11))
    dialog = dd.MissingPackagesDialog(problems, managed)
    assert dialog.install_button is None
    text = dialog.browser.toPlainText()
    assert "sudo apt install python3-pandas python3-sklearn" in text
    dialog.copy_commands()
    from qgis.PyQt.QtWidgets import QApplication

    assert QApplication.clipboard().text().startswith("sudo apt install python3-pandas python3-sklearn")
