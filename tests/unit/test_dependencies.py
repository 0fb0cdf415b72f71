"""toolbelt/dependencies.py without QGIS: the check (no import), the platform, the commands and
when the one-click pip install is offered."""
import importlib.util
import sys

import pytest

from tracemob.tracemob_plugin.toolbelt import dependencies as deps


def _problems(*names, installed=None):
    return [deps.Problem(deps.BY_DIST[n], installed) for n in names]


def _env(platform, executable="/usr/bin/python3", in_venv=False, managed=False, pip=True, version=(3, 11),
         distro=""):
    return deps.PythonEnv(platform, executable, in_venv, managed, pip, version, distro)


def test_module_needs_neither_qgis_nor_the_packages():
    source = importlib.util.find_spec(deps.__name__).origin
    text = open(source, encoding="utf-8").read()
    for name in ("qgis", "PyQt", "pandas", "numpy", "sklearn", "shapely", "scipy", "matplotlib"):
        assert "import {}".format(name) not in text and "from {}".format(name) not in text


def test_check_finds_missing_and_too_old_without_importing(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "sklearn" else real(name, *a))
    versions = {"shapely": "1.8.5", "pandas": "2.2.3"}
    monkeypatch.setattr(deps, "installed_version", versions.get)
    problems = deps.check()
    assert [(p.name, p.installed) for p in problems] == [("scikit-learn", None), ("shapely", "1.8.5")]
    assert problems[1].describe() == "shapely (version 1.8.5 found, 2.0 or newer needed)"


def test_version_tuple():
    assert deps.version_tuple("1.5.3+dfsg") == (1, 5, 3)
    assert deps.version_tuple("2.0rc1") == (2, 0)
    assert deps.version_tuple("2.2.3") > deps.version_tuple("2.0")


@pytest.mark.parametrize("kwargs, expected", [
    (dict(sys_platform="win32", environ={}, prefix="C:/OSGeo4W/apps/Python312"), "windows"),
    (dict(sys_platform="darwin", environ={}, prefix="/Applications/QGIS.app/Contents/Frameworks"), "macos"),
    (dict(sys_platform="linux", environ={}, prefix="/usr", flatpak=False,
          os_release={"ID": "debian", "VERSION_ID": "12"}), "debian"),
    (dict(sys_platform="linux", environ={}, prefix="/usr", flatpak=False,
          os_release={"ID": "linuxmint", "ID_LIKE": "ubuntu debian"}), "debian"),
    (dict(sys_platform="linux", environ={}, prefix="/usr", flatpak=False, os_release={"ID": "fedora"}),
     "linux"),
    (dict(sys_platform="linux", environ={}, prefix="/usr", flatpak=True, os_release={"ID": "debian"}),
     "flatpak"),
    (dict(sys_platform="win32", environ={"CONDA_PREFIX": "C:/conda/envs/qgis"}, prefix="C:/x"), "conda"),
])
def test_detect_platform(kwargs, expected):
    assert deps.detect_platform(**kwargs) == expected


def test_python_executable_inside_qgis():
    on_disk = {"C:/OSGeo4W/apps/Python312/python.exe",
               "/Applications/QGIS.app/Contents/MacOS/bin/python3", "/usr/bin/python3"}
    exists = on_disk.__contains__
    # Windows: sys.executable is qgis-bin.exe; the interpreter is in sys.exec_prefix
    assert deps.python_executable("C:/OSGeo4W/bin/qgis-bin.exe", "C:/OSGeo4W/apps/Python312", "win32",
                                  (3, 12), exists) == "C:/OSGeo4W/apps/Python312/python.exe"
    # macOS: sys.executable is QGIS.app/Contents/MacOS/QGIS
    app = "/Applications/QGIS.app/Contents"
    assert deps.python_executable(app + "/MacOS/QGIS", app + "/Frameworks", "darwin", (3, 11),
                                  exists) == app + "/MacOS/bin/python3"
    assert deps.python_executable("/usr/bin/python3", "/usr", "linux", (3, 11), exists) == "/usr/bin/python3"
    assert deps.python_executable("/opt/qgis/bin/qgis", "/nowhere", "linux", (3, 11), exists) is None


def test_debian_commands_use_debian_package_names():
    every = _problems("pandas", "scikit-learn", "scipy", "shapely", "matplotlib", "numpy")
    ins = deps.instruction("debian", every)
    assert ins.commands[0] == ("sudo apt install python3-pandas python3-sklearn python3-scipy "
                               "python3-shapely python3-matplotlib python3-numpy")
    # Debian 12 / Ubuntu 22.04 ship pandas 1.5 and shapely 1.8: a pip fallback for those two, no numpy pin
    assert ins.commands[1] == ('python3 -m pip install --user --break-system-packages "pandas>=2.0,<3" '
                               '"shapely>=2.0,<3"')
    only_sklearn = deps.instruction("debian", _problems("scikit-learn"))
    assert only_sklearn.commands == ["sudo apt install python3-sklearn"]
    too_old = deps.instruction("debian", _problems("pandas", installed="1.5.3"))
    assert [c.split(" ")[0] for c in too_old.commands] == ["python3"]  # apt would not help: already there


def test_debian_commands_follow_the_release(monkeypatch):
    monkeypatch.setattr(deps, "installed_version", lambda dist: None)
    problems = _problems("pandas", "scikit-learn", "shapely")
    bookworm = deps.instruction("debian", problems, _env("debian", managed=True, distro="debian 12"))
    assert bookworm.commands == ["sudo apt install python3-sklearn",
                                 'python3 -m pip install --user --break-system-packages "pandas>=2.0,<3" '
                                 '"shapely>=2.0,<3"']
    assert "This release" in bookworm.steps[1][0]
    trixie = deps.instruction("debian", problems, _env("debian", managed=True, distro="debian 13"))
    assert trixie.commands == ["sudo apt install python3-pandas python3-sklearn python3-shapely"]
    noble = deps.instruction("debian", problems, _env("debian", managed=True, distro="ubuntu 24.04"))
    assert noble.commands == trixie.commands
    jammy = deps.instruction("debian", problems, _env("debian", managed=True, distro="ubuntu 22.04"))
    assert jammy.commands == bookworm.commands
    assert deps.apt_too_old("linuxmint 21.3") is None and deps.apt_too_old("debian") is None


def test_windows_and_macos_commands():
    problems = _problems("pandas", "scikit-learn")
    win = deps.instruction("windows", problems)
    assert win.commands == ['python -m pip install "pandas>=2.0,<3" "scikit-learn>=1.0,<2"']
    assert "OSGeo4W Shell" in win.steps[0][0]
    mac = deps.instruction("macos", problems)
    assert mac.commands == ['/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user '
                            '"pandas>=2.0,<3" "scikit-learn>=1.0,<2"']


def test_instructions_put_this_platform_first_and_pin_its_numpy(monkeypatch):
    monkeypatch.setattr(deps, "installed_version", lambda dist: "1.24.2" if dist == "numpy" else None)
    env = _env("windows", "C:/OSGeo4W/apps/Python312/python.exe")
    found = deps.instructions(_problems("pandas"), env)
    assert [i.platform for i in found] == ["windows", "debian", "macos"]
    assert found[0].commands == ['python -m pip install "pandas>=2.0,<3" "numpy==1.24.2"']
    assert "numpy==" not in " ".join(found[2].commands)  # another machine's numpy is unknown


def test_numpy_stays_below_2_before_python_3_13():
    assert deps.pip_specs(_problems("numpy"), (3, 11)) == ["numpy>=1.22,<2"]
    assert deps.pip_specs(_problems("numpy"), (3, 13)) == ["numpy>=1.22,<3"]


def test_pip_plan_offered_only_where_safe(monkeypatch):
    monkeypatch.setattr(deps, "installed_version", lambda dist: None)
    problems = _problems("pandas", "shapely")
    plan = deps.pip_plan(problems, _env("windows", "C:/Q/apps/Python312/python.exe"))
    assert plan.command == ["C:/Q/apps/Python312/python.exe", "-m", "pip", "install", "--user",
                            "--disable-pip-version-check", "--no-input", "pandas>=2.0,<3", "shapely>=2.0,<3"]
    assert deps.pip_plan(problems, _env("macos", "/Applications/QGIS.app/Contents/MacOS/bin/python3")).command
    assert "--user" not in deps.pip_plan(problems, _env("linux", "/v/bin/python", in_venv=True)).command
    refused = {
        "debian system Python": _env("debian", managed=True),
        "conda": _env("conda"),
        "no interpreter": _env("windows", executable=None),
        "no pip": _env("macos", pip=False),
    }
    for why, env in refused.items():
        plan = deps.pip_plan(problems, env)
        assert plan.command is None and plan.reason, why
    assert "PEP 668" in deps.pip_plan(problems, _env("debian", managed=True)).reason
    assert deps.pip_plan([], _env("windows")).command is None


def test_log_text_names_packages_and_the_command():
    text = deps.log_text(_problems("pandas"), _env("debian", managed=True))
    assert "pandas" in text.splitlines()[0]
    assert "    sudo apt install python3-pandas" in text.splitlines()
