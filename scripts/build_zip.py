#!/usr/bin/env python3
"""Build the installable plugin archive ``dist/tracemob-<version>.zip``.

Usage (from anywhere, any Python 3.9+; ``lrelease`` is needed only for translations)::

    python scripts/build_zip.py                  # -> dist/tracemob-<version from metadata.txt>.zip
    python scripts/build_zip.py --out-dir /tmp   # elsewhere
    python scripts/build_zip.py --no-translations

The archive has one top folder ``tracemob/`` (the plugin package name QGIS will import) holding
``__init__.py``, ``metadata.txt``, ``LICENSE``/``README.md``/``CHANGELOG.md`` when present, the
packages ``tracemob_plugin/`` and ``processing/``, ``resources/`` and ``i18n/*.qm`` compiled with
``lrelease`` from ``i18n/*.ts`` (compiled in a temporary folder: the working tree is not touched).
The archived ``metadata.txt`` gets its ``changelog`` from ``CHANGELOG.md`` (the latest versions,
one line per entry), as qgis-plugin-ci would; the working tree's file is left as it is.
``scripts/release.py`` builds the same archive and checks it against plugins.qgis.org's rules.
Tests, benches, scripts, docs, the venv, caches and dev files are left out. Install it with
"Plugins > Manage and Install Plugins > Install from ZIP" or unzip it into
``<profile>/python/plugins/``.

Why not qgis-plugin-ci (opengisch/qgis-plugin-ci, read for this decision): its ``package`` command
expects the plugin in a sub-folder ``plugin_path`` of the git repository. It runs
``git archive <stash> <plugin_path>`` and renames entries with
``name.replace(plugin_path, plugin_zip_directory)``. Here the repository root *is* the plugin, so
``plugin_path`` would be ``.``: the archive would hold the whole repository (tests, bench, scripts,
docs — only ``.gitattributes`` export-ignore rules could drop them) and the ``.replace(".", ...)``
rewrite would mangle every file name containing a dot (``metadata.txt``). It also rewrites
``metadata.txt`` in place and finishes with ``git checkout -- .`` (or a hard reset), which would
discard the uncommitted work of anyone sharing the working tree, and it needs GitPython, PyGithub
and pyqt5ac, which this project does not depend on. This script does the packaging part only,
with no git and no dependency; releasing/uploading stays a manual step.
"""
import argparse
import configparser
import importlib.util
import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import List, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "tracemob"

TOP_FILES = ("__init__.py", "metadata.txt", "LICENSE", "LICENSE.md", "LICENSE.txt", "README.md",
             "CHANGELOG.md")
TREES = ("tracemob_plugin", "processing", "resources")
SKIP_PARTS = {"__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache", ".git", ".venv", "tests",
              "test", "bench"}
SKIP_SUFFIXES = (".pyc", ".pyo", ".orig", ".rej", ".swp", ".bak", "~", ".qrc", ".ui.bak")
SKIP_NAMES = {".DS_Store", "Thumbs.db", ".gitignore", ".gitattributes"}


def metadata_version(root: Path = ROOT) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(root / "metadata.txt", encoding="utf-8")
    return parser.get("general", "version").strip()


def changelog_sections(text: str) -> List[Tuple[str, List[Tuple[str, List[str]]]]]:
    """``[(version, [(section, [entry, ...]), ...]), ...]`` of a Keep-a-Changelog file, newest first;
    each entry is its first sentence, on one line."""
    versions: List[Tuple[str, List[Tuple[str, List[str]]]]] = []
    entry: List[str] = []

    def flush():
        if entry and versions and versions[-1][1]:
            line = " ".join(" ".join(entry).split())
            cut = line.find(". ")
            line = line[:cut + 1] if 0 < cut < 220 else line
            versions[-1][1][-1][1].append(line if len(line) <= 240 else line[:239].rstrip() + "…")
        entry.clear()

    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("## "):
            flush()
            versions.append((line[3:].strip().strip("[]").split("]")[0].strip(), []))
        elif line.startswith("### ") and versions:
            flush()
            versions[-1][1].append((line[4:].strip(), []))
        elif line.startswith("- "):
            flush()
            entry.append(line[2:])
        elif line.startswith("  ") and entry:
            entry.append(line.strip())
        else:
            flush()
    flush()
    return versions


def metadata_changelog(text: str, version: str, count: int = 3) -> str:
    """The ``changelog`` value for metadata.txt: the ``count`` latest versions of CHANGELOG.md
    ("Unreleased" is the version being built). Continuation lines indented, ``%`` doubled (QGIS and
    plugins.qgis.org read metadata.txt with ConfigParser's interpolation)."""
    lines = []
    for name, sections in changelog_sections(text)[:count]:
        lines.append("{}{}".format(version if name.lower() == "unreleased" else name,
                                   " (unreleased)" if name.lower() == "unreleased" else ""))
        for section, entries in sections:
            lines += ["{}:".format(section)] + ["- {}".format(e) for e in entries]
    return "\n    ".join(line.replace("%", "%%") for line in lines)


def metadata_with_changelog(metadata: str, changelog: str) -> str:
    """``metadata`` (metadata.txt's text) with its ``changelog`` entry (and continuation lines)
    replaced by ``changelog`` (added at the end of [general] when absent)."""
    out, skipping, done = [], False, False
    for line in metadata.splitlines():
        if skipping and line[:1] in (" ", "\t") and line.strip():
            continue
        skipping = False
        if line.split("=", 1)[0].strip() == "changelog" and "=" in line:
            out.append("changelog=" + changelog)
            skipping = done = True
            continue
        out.append(line)
    if not done:
        out.append("changelog=" + changelog)
    return "\n".join(out) + "\n"


def release_metadata(root: Path = ROOT, count: int = 3) -> str:
    """metadata.txt as it goes into the archive (changelog from CHANGELOG.md when there is one)."""
    text = (root / "metadata.txt").read_text(encoding="utf-8")
    changelog = root / "CHANGELOG.md"
    if not changelog.is_file():
        return text
    return metadata_with_changelog(text, metadata_changelog(changelog.read_text(encoding="utf-8"),
                                                            metadata_version(root), count))


def _keep(rel: Path) -> bool:
    if any(part in SKIP_PARTS or part.startswith(".") for part in rel.parts):
        return False
    if rel.name in SKIP_NAMES or rel.name.endswith(SKIP_SUFFIXES):
        return False
    return True


def plugin_files(root: Path = ROOT) -> List[Path]:
    """Paths (relative to ``root``) of the files that go into the archive, sorted."""
    files = [Path(name) for name in TOP_FILES if (root / name).is_file()]
    for tree in TREES:
        base = root / tree
        if not base.is_dir():
            continue
        for path in base.rglob("*"):
            rel = path.relative_to(root)
            if path.is_file() and _keep(rel):
                files.append(rel)
    return sorted(set(files))


def _i18n_script(root: Path):
    path = root / "scripts" / "i18n.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("tracemob_i18n_tool", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def compile_translations(root: Path, out_dir: Path) -> Tuple[List[Path], List[str]]:
    """Compile every ``i18n/*.ts`` into ``out_dir``; returns (qm files, warnings)."""
    ts_files = sorted((root / "i18n").glob("*.ts"))
    if not ts_files:
        return [], []
    script = _i18n_script(root)
    if script is None or script.find_lrelease() is None:
        return [], ["lrelease not found (apt install qttools5-dev-tools): translations left out"]
    out = []
    for ts in ts_files:
        out.append(Path(script.compile_ts(ts, out_dir / (ts.stem + ".qm"))))
    return out, []


def build(out_dir: Optional[Path] = None, root: Path = ROOT, translations: bool = True,
          version: Optional[str] = None, changelog_versions: int = 3) -> Path:
    """Write ``<out_dir>/tracemob-<version>.zip`` and return its path."""
    version = version or metadata_version(root)
    out_dir = Path(out_dir) if out_dir else root / "dist"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "{}-{}.zip".format(PACKAGE, version)
    tmp = Path(tempfile.mkdtemp(prefix="tracemob-build-"))
    try:
        qms, warnings = compile_translations(root, tmp) if translations else ([], [])
        for warning in warnings:
            print("[build_zip] warning: " + warning, file=sys.stderr)
        partial = tmp / target.name
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for rel in plugin_files(root):
                if rel.as_posix() == "metadata.txt":
                    zf.writestr("{}/metadata.txt".format(PACKAGE), release_metadata(root, changelog_versions))
                    continue
                zf.write(root / rel, "{}/{}".format(PACKAGE, rel.as_posix()))
            for qm in qms:
                zf.write(qm, "{}/i18n/{}".format(PACKAGE, qm.name))
        shutil.move(str(partial), str(target))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out-dir", type=Path, default=None, help="where to write the zip (default: dist/)")
    ap.add_argument("--no-translations", action="store_true", help="do not compile i18n/*.ts")
    args = ap.parse_args(argv)
    target = build(args.out_dir, translations=not args.no_translations)
    with zipfile.ZipFile(target) as zf:
        n = len(zf.namelist())
    print("{} ({} files, {:.0f} kB)".format(target, n, target.stat().st_size / 1024))
    return 0


if __name__ == "__main__":
    sys.exit(main())
