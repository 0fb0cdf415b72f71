"""The Python packages Tracemob needs, checked without importing them, and how to install them.

Nothing here imports QGIS, Qt or the packages themselves: the plugin calls :func:`check` before it
imports anything that needs them (``processing/`` imports pandas at once), so that a first-time
user whose QGIS lacks pandas gets Tracemob's own message instead of a Python error box.

* :func:`check` -> the :class:`Problem` list (missing, or older than the code needs);
* :func:`detect_platform` / :func:`current_env` -> where this QGIS's Python comes from;
* :func:`instructions` -> the commands to give the user, for their platform first;
* :func:`pip_plan` -> the one-click ``pip install --user`` command, or why it is not offered
  (Debian's system Python is "externally managed", PEP 668: apt is the way there).
"""
import importlib.metadata
import importlib.util
import os
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import List, NamedTuple, Optional, Sequence, Tuple

from ..core.i18n import tr


class Requirement(NamedTuple):
    module: str       # import name
    dist: str         # distribution name (pip, importlib.metadata)
    minimum: str      # oldest version the code works with (API it uses)
    below: str        # first major version not tested (pip specs stay under it)
    debian: str       # Debian / Ubuntu package


#: What the domain code imports. pandas >= 2 (``to_datetime(format="mixed")``), shapely >= 2 (its
#: vectorised functions); the other minimums are older than anything QGIS 3.22+ ships.
REQUIREMENTS = (
    Requirement("numpy", "numpy", "1.22", "3", "python3-numpy"),
    Requirement("pandas", "pandas", "2.0", "3", "python3-pandas"),
    Requirement("scipy", "scipy", "1.8", "2", "python3-scipy"),
    Requirement("sklearn", "scikit-learn", "1.0", "2", "python3-sklearn"),
    Requirement("shapely", "shapely", "2.0", "3", "python3-shapely"),
    Requirement("matplotlib", "matplotlib", "3.5", "4", "python3-matplotlib"),
)
BY_DIST = {r.dist: r for r in REQUIREMENTS}

PLATFORMS = ("debian", "windows", "macos", "linux", "conda", "flatpak")
MACOS_PYTHON = "/Applications/QGIS.app/Contents/MacOS/bin/python3"


class Problem(NamedTuple):
    requirement: Requirement
    installed: Optional[str]  # None: not installed; else the too-old version found

    @property
    def name(self):
        return self.requirement.dist

    def describe(self):
        if self.installed is None:
            return self.requirement.dist
        return tr("{name} (version {installed} found, {minimum} or newer needed)").format(
            name=self.requirement.dist, installed=self.installed, minimum=self.requirement.minimum)


def version_tuple(text: str) -> Tuple[int, ...]:
    """``"1.5.3+dfsg"`` -> ``(1, 5, 3)``; ``"2.0rc1"`` -> ``(2, 0)``."""
    out = []
    for part in str(text).split("."):
        digits = ""
        for ch in part:
            if not ch.isdigit():
                break
            digits += ch
        if not digits:
            break
        out.append(int(digits))
        if len(digits) != len(part):
            break
    return tuple(out)


def installed_version(dist: str) -> Optional[str]:
    """The installed version of ``dist`` from its metadata (no import); None when unknown."""
    try:
        return importlib.metadata.version(dist)
    except Exception:  # PackageNotFoundError, or a broken metadata folder
        return None


def _found(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a half-imported module (``__spec__`` None) counts as absent
        return False


def check(requirements: Sequence[Requirement] = REQUIREMENTS) -> List[Problem]:
    """The requirements this Python cannot satisfy, found without importing them."""
    problems = []
    for req in requirements:
        if not _found(req.module):
            problems.append(Problem(req, None))
            continue
        version = installed_version(req.dist)
        if version and version_tuple(version) < version_tuple(req.minimum):
            problems.append(Problem(req, version))
    return problems


# ----------------------------------------------------------------------------- the Python QGIS runs

@dataclass(frozen=True)
class PythonEnv:
    platform: str               # one of PLATFORMS
    executable: Optional[str]   # the interpreter that runs pip (None: not found)
    in_venv: bool
    externally_managed: bool    # PEP 668 marker of a system Python
    has_pip: bool
    version: Tuple[int, int]
    distro: str = ""            # "debian 12", "ubuntu 22.04"... ("" elsewhere or unknown)


def _os_release(path="/etc/os-release"):
    values = {}
    try:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip().strip('"')
    except OSError:
        pass
    return values


def detect_platform(sys_platform=None, environ=None, prefix=None, os_release=None, flatpak=None):
    """``debian``, ``windows``, ``macos``, ``linux``, ``conda`` or ``flatpak`` (arguments for tests)."""
    sys_platform = sys.platform if sys_platform is None else sys_platform
    environ = os.environ if environ is None else environ
    prefix = sys.prefix if prefix is None else prefix
    if environ.get("CONDA_PREFIX") or Path(prefix, "conda-meta").is_dir():
        return "conda"
    if sys_platform.startswith("win"):
        return "windows"
    if sys_platform == "darwin":
        return "macos"
    if flatpak if flatpak is not None else Path("/.flatpak-info").exists():
        return "flatpak"
    release = _os_release() if os_release is None else os_release
    family = "{} {}".format(release.get("ID", ""), release.get("ID_LIKE", "")).lower().split()
    if "debian" in family or "ubuntu" in family:
        return "debian"
    return "linux"


def python_executable(executable=None, exec_prefix=None, sys_platform=None, version=None,
                      exists=os.path.exists):
    """The Python interpreter of this QGIS. Inside QGIS ``sys.executable`` is often QGIS itself
    (``qgis-bin.exe`` on Windows, ``QGIS`` in QGIS.app): then look beside it. None when not found."""
    executable = sys.executable if executable is None else executable
    exec_prefix = sys.exec_prefix if exec_prefix is None else exec_prefix
    sys_platform = sys.platform if sys_platform is None else sys_platform
    major, minor = (version or sys.version_info)[:2]
    if os.path.basename(executable or "").lower().startswith("python") and exists(executable):
        return executable
    here = os.path.dirname(executable or "")
    if sys_platform.startswith("win"):
        candidates = [os.path.join(exec_prefix, "python.exe"), os.path.join(exec_prefix, "python3.exe")]
    else:
        candidates = [os.path.join(here, "bin", "python3"),  # QGIS.app/Contents/MacOS/bin/python3
                      os.path.join(exec_prefix, "bin", "python{}.{}".format(major, minor)),
                      os.path.join(exec_prefix, "bin", "python3")]
    return next((c for c in candidates if exists(c)), None)


def externally_managed(in_venv=None):
    """PEP 668: the distribution manages this Python (``EXTERNALLY-MANAGED`` beside its stdlib)."""
    in_venv = (sys.prefix != sys.base_prefix) if in_venv is None else in_venv
    if in_venv:
        return False
    try:
        return Path(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED").is_file()
    except Exception:
        return False


def current_env():
    in_venv = sys.prefix != sys.base_prefix
    platform = detect_platform()
    release = _os_release() if platform == "debian" else {}
    return PythonEnv(platform=platform, executable=python_executable(), in_venv=in_venv,
                     externally_managed=externally_managed(in_venv), has_pip=_found("pip"),
                     version=tuple(sys.version_info[:2]),
                     distro="{} {}".format(release.get("ID", ""), release.get("VERSION_ID", "")).strip())


#: The first releases whose python3-pandas and python3-shapely are 2.x (Debian 13, Ubuntu 24.04).
APT_PANDAS2 = {"debian": (13,), "ubuntu": (24, 4)}


def apt_too_old(distro):
    """True when the release's apt pandas / shapely are older than 2.0 (Debian 12, Ubuntu 22.04),
    False when they are recent enough, None when unknown (derivatives, testing without a version)."""
    name, _, number = (distro or "").partition(" ")
    first = APT_PANDAS2.get(name)
    found = version_tuple(number)
    if first is None or not found:
        return None
    return found < first


# ----------------------------------------------------------------------------- commands

def pip_specs(problems: Sequence[Problem], python_version=None, pin_numpy=True) -> List[str]:
    """Version-bounded pip requirements for the problems, plus ``numpy==<installed>`` when numpy is
    already there (``pin_numpy``, for commands meant for this Python): QGIS's GDAL bindings are
    compiled against that numpy, and pip would otherwise upgrade it for pandas or scikit-learn."""
    python_version = tuple((python_version or sys.version_info)[:2])
    specs = []
    for problem in problems:
        req = problem.requirement
        below = req.below
        if req.dist == "numpy" and python_version < (3, 13):
            below = "2"  # the GDAL of QGIS 3.22-3.34 builds is compiled against numpy 1
        specs.append("{}>={},<{}".format(req.dist, req.minimum, below))
    if pin_numpy and "numpy" not in {p.name for p in problems}:
        numpy = installed_version("numpy")
        if numpy:
            specs.append("numpy=={}".format(numpy))
    return specs


def _quote(spec, windows=False):
    return '"{}"'.format(spec) if windows or any(c in spec for c in "<>=,") else spec


def _pip_line(python, problems, python_version=None, user=True, windows=False, extra=()):
    """A pip command line; ``python_version`` None: for another machine (no numpy pin)."""
    args = [python, "-m", "pip", "install"] + (["--user"] if user else []) + list(extra)
    specs = pip_specs(problems, python_version, pin_numpy=python_version is not None)
    return " ".join(args + [_quote(s, windows) for s in specs])


class Instruction(NamedTuple):
    platform: str
    title: str
    steps: Tuple[Tuple[str, str], ...]  # (explanation or "", command), in order

    @property
    def commands(self):
        return [command for _, command in self.steps]


def platform_title(platform):
    return {  # names, the same in every language, except two
        "debian": "Debian / Ubuntu",
        "windows": tr("Windows (OSGeo4W or the QGIS installer)"),
        "macos": "macOS (QGIS.app)",
        "linux": tr("Other Linux"),
        "conda": "conda",
        "flatpak": "Flatpak",
    }[platform]


def _debian_steps(problems, version, distro=""):
    """apt for what the release ships recent enough; pip (for the user) for pandas and shapely where
    the release's are older than 2.0 (Debian 12, Ubuntu 22.04), or as a note when the release is unknown."""
    too_old = apt_too_old(distro)
    old = [p.name for p in problems if p.name in ("pandas", "shapely")]
    apt = [p for p in problems if p.installed is None and not (too_old and p.name in old)]
    steps = []
    if apt:
        steps.append(("", "sudo apt install " + " ".join(p.requirement.debian for p in apt)))
    if old and too_old is not False:
        if too_old:
            note = tr("This release's python3-pandas and python3-shapely are older than 2.0: install "
                      "{names} for your user with pip (this leaves the system's packages alone but takes "
                      "precedence over them in your own Python programs):").format(names=", ".join(old))
        else:
            note = tr("Debian 12 and Ubuntu 22.04 ship pandas and shapely older than 2.0: there, install "
                      "{names} for your user with pip instead (this leaves the system's packages alone but "
                      "takes precedence over them in your own Python programs):").format(names=", ".join(old))
        wanted = [Problem(BY_DIST[n], None) for n in old]
        steps.append((note, _pip_line("python3", wanted, version, extra=["--break-system-packages"])))
    return tuple(steps)


def instruction(platform, problems, env: Optional[PythonEnv] = None) -> Instruction:
    """How to install ``problems`` on ``platform`` (commands to copy into a terminal)."""
    version = env.version if env else None
    title = platform_title(platform)
    if platform == "debian":
        return Instruction(platform, title, _debian_steps(problems, version, env.distro if env else ""))
    if platform == "windows":
        return Instruction(platform, title, ((
            tr("In the OSGeo4W Shell (Start menu › QGIS › OSGeo4W Shell), started as administrator when "
               "QGIS is installed for all users:"),
            _pip_line("python", problems, version, user=False, windows=True)),))
    if platform == "macos":
        python = env.executable if env and env.executable and env.platform == "macos" else MACOS_PYTHON
        return Instruction(platform, title, ((
            tr("In the Terminal, with the Python inside QGIS.app (adapt the path if QGIS.app is elsewhere or "
               "named QGIS-LTR.app):"),
            _pip_line(python, problems, version)),))
    if platform == "conda":
        command = "conda install -c conda-forge " + " ".join(p.name for p in problems)
        return Instruction(platform, title, ((tr("In the conda environment QGIS runs in:"), command),))
    if platform == "flatpak":
        specs = pip_specs(problems, version, version is not None)
        command = "flatpak run --command=python3 org.qgis.qgis -m pip install --user " + " ".join(
            _quote(s) for s in specs)
        return Instruction(platform, title, (("", command),))
    python = env.executable if env and env.executable else "python3"
    command = _pip_line(python, problems, version, user=not (env and env.in_venv))
    return Instruction(platform, title, ((tr("With the Python QGIS runs:"), command),))


def instructions(problems, env: Optional[PythonEnv] = None) -> List[Instruction]:
    """The user's platform first, then Debian/Ubuntu, Windows and macOS (a user may help another)."""
    first = env.platform if env else detect_platform()
    order = [first] + [p for p in ("debian", "windows", "macos") if p != first]
    return [instruction(p, problems, env if p == first else None) for p in order]


class PipPlan(NamedTuple):
    command: Optional[List[str]]  # the exact argv, or None when Tracemob does not offer to run it
    reason: str                   # why not (translated), "" when offered


def pip_plan(problems, env: PythonEnv) -> PipPlan:
    """The one-click install: ``<QGIS's python> -m pip install --user <bounded specs>``, offered only
    where it is safe: not on a distribution-managed Python (PEP 668; use apt), not in conda
    (use conda), only with an interpreter and pip found."""
    if not problems:
        return PipPlan(None, tr("Nothing to install."))
    if env.platform == "conda":
        return PipPlan(None, tr("QGIS runs in a conda environment: install the packages with conda."))
    if env.externally_managed:
        return PipPlan(None, tr("The system manages this Python (PEP 668 \"externally managed\"): "
                                "install the packages with the system's package manager (command above)."))
    if not env.executable:
        return PipPlan(None, tr("The Python interpreter of this QGIS was not found: use the command above."))
    if not env.has_pip:
        return PipPlan(None, tr("pip is not available in this QGIS's Python: use the command above."))
    user = [] if env.in_venv else ["--user"]
    argv = [env.executable, "-m", "pip", "install"] + user + ["--disable-pip-version-check", "--no-input"]
    return PipPlan(argv + pip_specs(problems, env.version), "")


def short_summary(problems) -> str:
    """The message bar's text (the dialog has the rest)."""
    return tr("Python packages missing: {names}. Tracemob's algorithms are not available until they are "
              "installed.").format(names=", ".join(p.name for p in problems))


def summary(problems) -> str:
    """One translated sentence naming the problems (for logs and the message bar)."""
    return tr("Tracemob needs Python packages that QGIS's Python lacks: {names}. Its algorithms are not "
              "available until they are installed and QGIS is restarted.").format(
        names=", ".join(p.describe() for p in problems))


def log_text(problems, env: Optional[PythonEnv] = None) -> str:
    """The summary with the command for this platform (what ``qgis_process`` users read)."""
    first = instructions(problems, env)[0]
    lines = [summary(problems), tr("To install them ({platform}):").format(platform=first.title)]
    for text, command in first.steps:
        if text:
            lines.append(text)
        lines.append("    " + command)
    return "\n".join(lines)
