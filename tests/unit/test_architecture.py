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


# ------------------------------------------------------------------------------------------ layering
#: The domain's stages, lowest first (docs/ARCHITECTURE.md). A module may import its own stage and the
#: stages below it, never one above; stages on the same rank do not import each other.
BASE_MODULES = ("i18n", "errors", "geometry", "tables", "outputs")
LAYERS = (("base",), ("vocab",), ("privacy",), ("ingest",), ("trips",), ("modes",), ("roads",),
          ("indicators",), ("compare", "privacy.export"), ("simulate", "evaluation"), ("cluster",))
RANK = {stage: i for i, group in enumerate(LAYERS) for stage in group}
CORE = ROOT / "tracemob_plugin" / "core"
PACKAGE = "tracemob.tracemob_plugin.core"


def _stage(path):
    """Stage of a domain file: its package under core/, or "base" for the modules shared by all."""
    rel = path.relative_to(CORE)
    if len(rel.parts) == 1:
        return "base"
    if rel.parts[:2] == ("privacy", "export.py"):
        return "privacy.export"   # the shareable export uses indicators; the privacy rules sit low
    return rel.parts[0]


def _core_imports(path):
    """(line, imported module as a dotted path under core) of every import of a domain module."""
    rel = path.relative_to(ROOT).with_suffix("")
    parts = ["tracemob"] + list(rel.parts)
    package = parts if path.name == "__init__.py" else parts[:-1]
    if path.name == "__init__.py":
        package = parts[:-1]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
                names = [target + "." + a.name for a in node.names] if not node.module else [target]
            else:
                names = [node.module or ""]
            for name in names:
                if name.startswith(PACKAGE + "."):
                    yield node.lineno, name[len(PACKAGE) + 1:]


def _target_stage(dotted):
    first = dotted.split(".")[0]
    if dotted.startswith("privacy.export"):
        return "privacy.export"
    return "base" if first in BASE_MODULES else first


def test_every_domain_package_has_a_layer():
    packages = {p.name for p in CORE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == set(RANK) - {"base", "privacy.export"}
    loose = sorted(p.stem for p in CORE.glob("*.py") if p.stem != "__init__")
    assert loose == sorted(BASE_MODULES), "a new module of the domain belongs in one of the stage packages"


def test_domain_layers_only_import_downwards():
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        here = _stage(path)
        for line, target in _core_imports(path):
            there = _target_stage(target)
            if there not in RANK:
                continue
            if there != here and RANK[there] >= RANK[here]:
                offenders.append(f"{path.relative_to(ROOT)}:{line} ({here}) imports {target} ({there})")
    assert offenders == []


def test_algorithms_never_import_each_other():
    """Shared glue lives in processing/ (base, frames, params, inputs, roads, styles), not in an algorithm."""
    offenders = []
    for path in sorted((ROOT / "processing" / "algorithms").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports .{node.module or ''}")
            if isinstance(node, ast.ImportFrom) and node.module and "processing.algorithms" in node.module:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {node.module}")
    assert offenders == []


def test_processing_shared_modules_never_import_algorithms():
    offenders = []
    for path in sorted((ROOT / "processing").glob("*.py")):
        if path.name == "provider.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("algorithms"):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


# ------------------------------------------------------------------------------------------ one home each
def _top_level_assignments(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        for t in targets:
            if isinstance(t, ast.Name):
                yield t.id


#: Each shared vocabulary is declared once, in core/vocab/ (modes, column synonyms, times).
ONE_HOME = {
    "MODES": "tracemob_plugin/core/vocab/modes.py",
    "CARPOOL_LABELS": "tracemob_plugin/core/vocab/modes.py",
    "LABEL_COLUMNS": "tracemob_plugin/core/vocab/modes.py",
    "DISPLAY_ORDER": "tracemob_plugin/core/vocab/modes.py",
    "MAIN_MODE_HIERARCHY": "tracemob_plugin/core/vocab/modes.py",
    "NOT_ROAD_MOTORISED": "tracemob_plugin/core/vocab/modes.py",
    "SYNONYMS": "tracemob_plugin/core/vocab/columns.py",
    "USER_FIELD_CANDIDATES": "tracemob_plugin/core/vocab/columns.py",
    "TIME_FIELD_CANDIDATES": "tracemob_plugin/core/vocab/columns.py",
    "ZONE_ID_CANDIDATES": "tracemob_plugin/core/vocab/columns.py",
    "EPOCH_MS_THRESHOLD": "tracemob_plugin/core/vocab/times.py",
}
#: Functions that exist once: time conversions and the WKB codec.
ONE_FUNCTION = {
    "epoch_seconds": "tracemob_plugin/core/vocab/times.py",
    "epoch_to_utc": "tracemob_plugin/core/vocab/times.py",
    "times_to_utc": "tracemob_plugin/core/vocab/times.py",
    "to_utc": "tracemob_plugin/core/vocab/times.py",
    "require_columns": "tracemob_plugin/core/errors.py",
    "parse_line_wkb": "tracemob_plugin/core/geometry.py",
    "linestrings_wkb": "tracemob_plugin/core/geometry.py",
    "read_network": "processing/roads.py",
}
# the simulator's own travel choices (a subset plus carpool) are not the vocabulary: allowed there
ALLOWED = {("MODES", "tracemob_plugin/core/simulate/params.py")}


def _python_files():
    for d in ("tracemob_plugin", "processing"):
        yield from sorted((ROOT / d).rglob("*.py"))


def test_each_vocabulary_has_one_home():
    found = {}
    for path in _python_files():
        rel = str(path.relative_to(ROOT))
        for name in _top_level_assignments(path):
            if name in ONE_HOME and (name, rel) not in ALLOWED:
                found.setdefault(name, []).append(rel)
    assert {k: v for k, v in found.items() if v != [ONE_HOME[k]]} == {}


def test_shared_functions_are_defined_once():
    found = {}
    for path in _python_files():
        rel = str(path.relative_to(ROOT))
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in ONE_FUNCTION:
                found.setdefault(node.name, []).append(rel)
    assert {k: v for k, v in found.items() if v != [ONE_FUNCTION[k]]} == {}


def test_no_class_name_twice_in_the_domain():
    """Two classes of the same name (there were two ``Network``s) make imports ambiguous."""
    seen = {}
    for path in sorted(CORE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                seen.setdefault(node.name, []).append(str(path.relative_to(ROOT)))
    assert {k: v for k, v in seen.items() if len(v) > 1} == {}


# ------------------------------------------------------------------------------------------ sizes
#: Functions longer than this need a reason written on their ``def`` line or just above it
#: ("# long: ..."): a vectorised kernel whose state would otherwise travel in a dozen arrays.
MAX_FUNCTION_LINES = 120
#: Long functions not yet cut at their phases (known debt, to shrink, never to grow).
NOT_YET_SPLIT = {
}


def test_long_functions_say_why():
    offenders = []
    for d in ("tracemob_plugin", "processing", "scripts", "bench"):
        for path in sorted((ROOT / d).rglob("*.py")):
            lines = path.read_text(encoding="utf-8").split("\n")
            tree = ast.parse("\n".join(lines), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    size = node.end_lineno - node.lineno + 1
                    around = " ".join(lines[max(0, node.lineno - 3):node.lineno])
                    known = f"{path.relative_to(ROOT)}:{node.name}" in NOT_YET_SPLIT
                    if size > MAX_FUNCTION_LINES and "# long:" not in around and not known:
                        offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({size} lines)")
    assert offenders == []
