"""Architecture rules that keep the domain code usable without QGIS."""
import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "sip")


def _imports(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module


def test_domain_code_never_imports_qgis_or_qt():
    core = ROOT / "tracemob_plugin" / "core"
    files = sorted(core.rglob("*.py"))
    assert len(files) >= 4, "the domain package should not be empty"
    offenders = [f"{p.relative_to(ROOT)}:{line} imports {name}"
                 for p in files for line, name in _imports(p)
                 if name.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_qt_is_imported_only_through_qgis_pyqt():
    offenders = []
    for p in sorted(ROOT.rglob("*.py")):
        if any(part.startswith(".venv") or part == "node_modules" for part in p.parts):
            continue
        for line, name in _imports(p):
            if name.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6"):
                offenders.append(f"{p.relative_to(ROOT)}:{line} imports {name}")
    assert offenders == []


def test_never_flag_no_threading():
    hits = [str(p.relative_to(ROOT)) for p in (ROOT / "processing").rglob("*.py")
            if "FlagNoThreading" in p.read_text(encoding="utf-8")]
    assert hits == []


def test_tr_is_never_renamed_so_the_extractor_sees_every_string():
    """scripts/i18n.py collects ``tr("...")`` calls: an alias (``import tr as _t``) would hide strings
    from the French catalogue, as happened with the Processing group names."""
    offenders = []
    for p in sorted(ROOT.rglob("*.py")):
        if any(part.startswith(".venv") or part == "node_modules" for part in p.parts):
            continue
        tree = ast.parse(p.read_text(encoding="utf-8"), filename=str(p))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.endswith("i18n"):
                offenders += [f"{p.relative_to(ROOT)}:{node.lineno}" for a in node.names
                              if a.name == "tr" and a.asname not in (None, "tr")]
    assert offenders == []
