#!/usr/bin/env python3
"""Build the release archive and check it against the official QGIS plugin repository's rules.

Usage (any Python 3.9+, no QGIS needed)::

    python scripts/release.py                 # build dist/tracemob-<version>.zip, then check it
    python scripts/release.py --check ZIP     # only check an existing archive
    python scripts/release.py --strict        # also refuse the placeholder URLs (before an upload)

This is the project's equivalent of a qgis-plugin-ci configuration: qgis-plugin-ci cannot package a
repository whose root is the plugin (see scripts/build_zip.py's docstring), so the settings it would
read live in ``pyproject.toml`` under ``[tool.tracemob.release]`` and the archive is made by
scripts/build_zip.py, which also writes the ``changelog`` of the archived metadata.txt from
CHANGELOG.md. Uploading to plugins.qgis.org stays a manual step (docs/RELEASING.md).

The checks are those of plugins.qgis.org's upload validator (qgis/QGIS-Django,
``qgis-app/plugins/validator.py``) and of its publishing page (https://plugins.qgis.org/docs/publish):

* size at most 25 MB; a sound zip; no absolute path or ``..``; no ``.pyc``, ``__pycache__``,
  ``.git`` or ``__MACOSX``; one top folder, named in lower case (PEP 8), holding ``__init__.py``,
  ``metadata.txt`` and ``LICENSE``;
* metadata.txt readable as QGIS reads it (ConfigParser, with interpolation), section ``[general]``
  with name, description, version, qgisMinimumVersion, author, email, about, tracker and repository;
  tracker, repository and homepage are URLs (scheme and host); no ``/`` in author; the icon exists;
  a changelog; the external Python dependencies named in ``about``;
* no binaries ("Don't include binaries"): no compiled code or archive by name (.so, .pyd, .dll,
  .exe, .dylib, .whl, .zip...) nor by content (ELF, PE, Mach-O headers). Qt's compiled translation
  catalogues (.qm) are allowed: they are data, and qgis-plugin-ci itself ships them;
* with ``--strict`` only: the URLs are real ones (the repository fetches them; ``*.invalid``
  placeholders are refused there).
"""
import argparse
import configparser
import re
import sys
import zipfile
from pathlib import Path
from typing import List, Optional
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_zip  # noqa: E402 (beside this file)

ROOT = build_zip.ROOT
MAX_SIZE = 25_000_000  # plugins.qgis.org's PLUGIN_MAX_UPLOAD_SIZE (25 MB)
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker",
            "repository")
URL_KEYS = ("tracker", "repository", "homepage")
BINARY_SUFFIXES = (".pyc", ".pyo", ".pyd", ".so", ".dll", ".dylib", ".exe", ".o", ".a", ".lib", ".class",
                   ".jar", ".whl", ".egg", ".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar",
                   ".msi", ".bin")
#: ELF, PE (MZ), Mach-O (both byte orders, fat), zip
BINARY_MAGIC = (b"\x7fELF", b"MZ", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xca\xfe\xba\xbe",
                b"PK\x03\x04")
FORBIDDEN_DIRS = ("__MACOSX", ".git", "__pycache__")
PLACEHOLDER_HOSTS = (".invalid", ".example", ".test", "example.com", "example.org", "localhost")
#: Imported packages the About text must name (the publishing rules ask for external dependencies).
DEPENDENCIES = ("numpy", "pandas", "scipy", "scikit-learn", "shapely", "matplotlib")


def release_settings(root: Path = ROOT) -> dict:
    """``[tool.tracemob.release]`` of pyproject.toml (defaults when absent or without tomllib)."""
    settings = {"changelog_versions": 3, "max_size_bytes": MAX_SIZE}
    try:
        import tomllib  # Python 3.11+
    except ImportError:  # pragma: no cover
        return settings
    path = root / "pyproject.toml"
    if path.is_file():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        settings.update(data.get("tool", {}).get("tracemob", {}).get("release", {}))
    return settings


def _is_placeholder(url: str) -> bool:
    host = (urlparse(url).hostname or "").lower()
    return any(host == p.lstrip(".") or host.endswith(p) for p in PLACEHOLDER_HOSTS)


def _check_metadata(text: str, names: List[str], top: str, strict: bool) -> List[str]:
    problems = []
    parser = configparser.ConfigParser()  # as QGIS and the repository read it: with interpolation
    parser.optionxform = str
    try:
        parser.read_string(text)
        general = dict(parser.items("general"))
    except (configparser.Error, KeyError) as err:
        return ["metadata.txt cannot be read as QGIS reads it: {}".format(err)]
    for key in REQUIRED:
        if not general.get(key, "").strip():
            problems.append("metadata.txt: {} is missing or empty".format(key))
    for key in URL_KEYS:
        url = general.get(key, "").strip()
        if not url:
            continue
        parsed = urlparse(url)
        if not (parsed.scheme in ("http", "https") and parsed.netloc):
            problems.append("metadata.txt: {} is not a URL: {}".format(key, url))
        elif strict and _is_placeholder(url):
            problems.append("metadata.txt: {} is a placeholder ({}): the repository checks that it can be "
                            "reached".format(key, url))
    if "/" in general.get("author", ""):
        problems.append("metadata.txt: author cannot contain slashes")
    if not general.get("changelog", "").strip() or general.get("changelog", "").strip().startswith("See "):
        problems.append("metadata.txt: no changelog")
    icon = general.get("icon", "").strip()
    if icon and "{}/{}".format(top, icon[2:] if icon.startswith("./") else icon) not in names:
        problems.append("metadata.txt: icon {} is not in the archive".format(icon))
    about = general.get("about", "").lower()
    missing = [d for d in DEPENDENCIES if d not in about]
    if missing:
        problems.append("metadata.txt: about does not name the external dependencies {}".format(
            ", ".join(missing)))
    version = general.get("version", "")
    if version and not re.match(r"^\d+\.\d+(\.\d+)?([-.]?\w+)?$", version):
        problems.append("metadata.txt: version {} is not like 1.2.3".format(version))
    return problems


def check_zip(path, strict: bool = False, max_size: int = MAX_SIZE) -> List[str]:
    """The reasons plugins.qgis.org would refuse (or its rules forbid) the archive; [] when none."""
    path = Path(path)
    problems = []
    if path.stat().st_size > max_size:
        problems.append("the archive is {:.1f} MB: more than {:.0f} MB".format(path.stat().st_size / 1e6,
                                                                               max_size / 1e6))
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        return problems + ["not a zip file"]
    with zf:
        names = zf.namelist()
        bad = zf.testzip()
        if bad:
            problems.append("corrupt member {}".format(bad))
        tops = sorted({n.split("/")[0] for n in names})
        if len(tops) != 1:
            return problems + ["more than one top folder: {}".format(", ".join(tops))]
        top = tops[0]
        if not re.match(r"^[a-z_][a-z0-9_]*$", top):
            problems.append("top folder {} is not a lower-case Python name".format(top))
        for name in names:
            parts = name.split("/")
            if ".." in parts or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
                problems.append("path outside the folder: {}".format(name))
            if ".pyc" in name:
                problems.append("compiled Python: {}".format(name))
            for forbidden in FORBIDDEN_DIRS:
                if forbidden in parts:
                    problems.append("forbidden folder {}: {}".format(forbidden, name))
            if name.endswith("/"):
                continue
            if name.lower().endswith(BINARY_SUFFIXES):
                problems.append("binary file: {}".format(name))
            else:
                with zf.open(name) as member:
                    head = member.read(4)
                if any(head.startswith(magic) for magic in BINARY_MAGIC):
                    problems.append("binary content: {}".format(name))
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if "{}/{}".format(top, required) not in names:
                problems.append("{} is missing in {}/".format(required, top))
        if "{}/metadata.txt".format(top) in names:
            text = zf.read("{}/metadata.txt".format(top)).decode("utf-8")
            problems += _check_metadata(text, names, top, strict)
    return problems


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", type=Path, help="check this archive instead of building one")
    ap.add_argument("--out-dir", type=Path, default=None, help="where to build (default: dist/)")
    ap.add_argument("--strict", action="store_true", help="also refuse placeholder URLs (before an upload)")
    args = ap.parse_args(argv)
    settings = release_settings()
    archive = args.check or build_zip.build(args.out_dir,
                                            changelog_versions=int(settings["changelog_versions"]))
    problems = check_zip(archive, strict=args.strict, max_size=int(settings["max_size_bytes"]))
    print("{} ({:.0f} kB)".format(archive, Path(archive).stat().st_size / 1024))
    for problem in problems:
        print("  refused: " + problem)
    print("  passes plugins.qgis.org's checks" + ("" if args.strict else " (URLs not checked: --strict)")
          if not problems else "  {} problem(s)".format(len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
