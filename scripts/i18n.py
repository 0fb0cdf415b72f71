#!/usr/bin/env python3
"""Translation tooling for Tracemob: extract, compile and check the French catalogue.

Usage (from the repository root, any Python 3.9+; no Qt needed except for ``compile``)::

    python scripts/i18n.py update    # extract tr() literals into i18n/tracemob_fr.ts
    python scripts/i18n.py compile   # lrelease i18n/tracemob_fr.ts -> i18n/tracemob_fr.qm
    python scripts/i18n.py check     # non-zero exit on untranslated/unfinished/placeholder problems

Extraction walks every ``.py`` file of the repository except ``.venv``, ``tests``, ``bench`` (and
hidden, build and cache folders) with the :mod:`ast` module and collects the calls

* ``tr("literal")`` and ``<anything>.tr("literal")`` (e.g. ``self.tr``), and
* ``translate("Tracemob", "literal")`` / ``QCoreApplication.translate("Tracemob", "literal")``

whose text argument is a single plain string literal. Calls with an f-string, a concatenation or a
variable cannot be extracted: ``update`` and ``check`` list them as warnings. It also collects the
legend labels of ``resources/styles/*.qml`` and the field docstrings of the parameter dataclasses listed
in ``DOCUMENTED_PARAMS`` of ``processing/help.py`` (each field's help in Processing; the message is the
docstring with its whitespace normalised, read by ``tracemob_plugin/core/i18n.py: field_docstrings``).

The catalogue is Qt Linguist XML, context ``Tracemob``, one ``<message>`` per distinct source with
its ``<location>`` lines. ``update`` keeps existing translations, marks new messages
``type="unfinished"`` and messages no longer in the code ``type="vanished"`` (their translation is
kept, and revived if the string comes back).
"""
import argparse
import ast
import html
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Tuple

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = "Tracemob"
TS_PATH = ROOT / "i18n" / "tracemob_fr.ts"
LANGUAGE = "fr_FR"
SKIP_DIRS = {".venv", "venv", "tests", "bench", ".git", "__pycache__", "build", "dist", "out",
             "node_modules", ".pytest_cache", ".ruff_cache", ".mypy_cache"}

Location = Tuple[str, int]  # (path relative to the repository root, POSIX separators; line)


class Message(NamedTuple):
    source: str
    translation: str
    kind: str  # "" (finished), "unfinished", "vanished" or "obsolete"
    locations: Tuple[Location, ...]


class Extraction(NamedTuple):
    messages: Dict[str, List[Location]]  # source -> locations, in first-seen order
    warnings: List[str]  # tr() calls that cannot be extracted


# --------------------------------------------------------------------------- extraction

def _python_files(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(".py"):
                yield Path(dirpath) / name


def _callee_name(func: ast.expr) -> Optional[str]:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_str(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def extract_source(code: str, relpath: str) -> Extraction:
    """Collect the translatable literals of one Python source text."""
    messages: Dict[str, List[Location]] = {}
    warnings: List[str] = []
    tree = ast.parse(code, filename=relpath)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _callee_name(node.func)
        text_node = None
        if name == "tr":
            if len(node.args) == 1 and not node.keywords:
                text_node = node.args[0]
            elif node.args or node.keywords:
                warnings.append(f"{relpath}:{node.lineno}: tr() must take exactly one argument")
                continue
            else:
                continue  # tr() without arguments: not ours (e.g. a property)
        elif name == "translate":
            if len(node.args) >= 2 and _is_str(node.args[0]) and node.args[0].value == CONTEXT:
                text_node = node.args[1]
            else:
                continue  # another context (Qt's own) or not a translation call
        else:
            continue
        if _is_str(text_node):
            messages.setdefault(text_node.value, []).append((relpath, node.lineno))
        elif name == "tr" and not isinstance(text_node, (ast.Name, ast.Attribute)):
            # a variable is a pass-through wrapper (def tr(self, text): ...), anything else a mistake
            kind = "an f-string" if isinstance(text_node, ast.JoinedStr) else "not a plain string literal"
            warnings.append(f"{relpath}:{node.lineno}: argument of {name}() is {kind}; "
                            "it cannot be translated (use tr(\"literal\").format(...))")
    return Extraction(messages, warnings)


def extract(root: Path = ROOT) -> Extraction:
    """Every translatable literal of the repository, with locations sorted by file then line."""
    root = Path(root)
    messages: Dict[str, List[Location]] = {}
    warnings: List[str] = []
    for path in _python_files(root):
        rel = path.relative_to(root).as_posix()
        try:
            code = path.read_text(encoding="utf-8")
            found = extract_source(code, rel)
        except (SyntaxError, UnicodeDecodeError) as exc:
            warnings.append(f"{rel}: cannot parse ({exc}); its strings were not extracted")
            continue
        for source, locs in found.messages.items():
            messages.setdefault(source, []).extend(sorted(locs, key=lambda loc: loc[1]))
        warnings.extend(found.warnings)
    for source, locs in extract_qml_labels(root).items():
        messages.setdefault(source, []).extend(locs)
    docs, doc_warnings = extract_field_docs(root)
    for source, locs in docs.items():
        messages.setdefault(source, []).extend(locs)
    warnings.extend(doc_warnings)
    return Extraction(messages, warnings)


HELP_MODULE = Path("processing") / "help.py"


def _core_i18n():
    """``tracemob_plugin/core/i18n.py`` of this repository, loaded alone (standard library only)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("tracemob_core_i18n", ROOT / "tracemob_plugin" / "core" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documented_params(root: Path = ROOT) -> List[Tuple[str, str]]:
    """``DOCUMENTED_PARAMS`` of ``processing/help.py`` (source file, class name), read with ast; [] without it."""
    path = Path(root) / HELP_MODULE
    if not path.exists():
        return []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "DOCUMENTED_PARAMS"
                                                for t in node.targets):
            return [tuple(item) for item in ast.literal_eval(node.value)]
    return []


def extract_field_docs(root: Path = ROOT) -> Tuple[Dict[str, List[Location]], List[str]]:
    """Field docstrings of the dataclasses of :func:`documented_params`: (message -> locations, warnings)."""
    found: Dict[str, List[Location]] = {}
    warnings: List[str] = []
    listed = documented_params(root)
    if not listed:
        return found, warnings
    reader = _core_i18n().field_docstrings
    for rel, class_name in listed:
        path = Path(root) / rel
        try:
            docs = reader(path.read_text(encoding="utf-8"), class_name)
        except (OSError, SyntaxError, UnicodeDecodeError) as exc:
            warnings.append(f"{HELP_MODULE.as_posix()}: cannot read {rel} ({exc})")
            continue
        if not docs:
            warnings.append(f"{HELP_MODULE.as_posix()}: {rel} has no documented fields in class {class_name}")
        for _field, text, line in docs:
            found.setdefault(text, []).append((Path(rel).as_posix(), line))
    return found, warnings


# attribute values may hold a raw ">" (rule filters such as "ratio" >= 0.8): skip quoted values whole
QML_LABEL = re.compile(r'<(?:category|range|rule)\b(?:[^>"]|"[^"]*")*?\slabel="([^"]+)"')


def extract_qml_labels(root: Path = ROOT) -> Dict[str, List[Location]]:
    """Legend class labels of ``resources/styles/*.qml`` (categories, ranges, rules): the plugin
    shows them through ``tr()`` when it styles an output (processing/styles.py translate_legend)."""
    found: Dict[str, List[Location]] = {}
    for path in sorted((Path(root) / "resources" / "styles").glob("*.qml")):
        rel = path.relative_to(root).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in QML_LABEL.finditer(line):
                found.setdefault(html.unescape(match.group(1)), []).append((rel, number))
    return found


# --------------------------------------------------------------------------- .ts reading/writing

def _location_to_repo(filename: str, ts_path: Path, root: Path) -> str:
    try:
        return (ts_path.parent / filename).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return filename


def load_ts(ts_path: Path = TS_PATH, root: Path = ROOT) -> Dict[str, Message]:
    """Messages of the ``Tracemob`` context of a .ts file (empty dict if the file does not exist)."""
    ts_path = Path(ts_path)
    if not ts_path.exists():
        return {}
    tree = ET.parse(ts_path)
    out: Dict[str, Message] = {}
    for context in tree.getroot().iter("context"):
        if (context.findtext("name") or "") != CONTEXT:
            continue
        for msg in context.iter("message"):
            source = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            translation = "" if tr_el is None else (tr_el.text or "")
            kind = "" if tr_el is None else tr_el.get("type", "")
            locs = tuple((_location_to_repo(loc.get("filename", ""), ts_path, root), int(loc.get("line", 0)))
                         for loc in msg.findall("location"))
            out[source] = Message(source, translation, kind, locs)
    return out


def _esc(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def write_ts(messages: List[Message], ts_path: Path = TS_PATH, root: Path = ROOT) -> None:
    """Write a Qt Linguist 2.1 file with one ``Tracemob`` context (order kept as given)."""
    ts_path = Path(ts_path)
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    rel_root = Path(os.path.relpath(Path(root).resolve(), ts_path.parent.resolve())).as_posix()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="en_US">', "<context>",
             f"    <name>{CONTEXT}</name>"]
    for msg in messages:
        lines.append("    <message>")
        for file, line in msg.locations:
            lines.append(f'        <location filename="{_esc(rel_root + "/" + file)}" line="{line}"/>')
        lines.append(f"        <source>{_esc(msg.source)}</source>")
        attr = f' type="{msg.kind}"' if msg.kind else ""
        lines.append(f"        <translation{attr}>{_esc(msg.translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    tmp = ts_path.with_suffix(".ts.tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    tmp.replace(ts_path)


def update(root: Path = ROOT, ts_path: Path = TS_PATH) -> Tuple[Dict[str, int], List[str]]:
    """Merge the code's literals into the .ts; returns (counts new/kept/vanished/unfinished, warnings)."""
    root, ts_path = Path(root), Path(ts_path)
    found = extract(root)
    old = load_ts(ts_path, root)
    current: List[Message] = []
    stats = Counter(new=0, kept=0, vanished=0, unfinished=0)
    for source, locs in found.messages.items():
        prev = old.get(source)
        if prev is None:
            current.append(Message(source, "", "unfinished", tuple(locs)))
            stats["new"] += 1
        else:
            kind = prev.kind
            if kind in ("vanished", "obsolete"):  # came back: keep translation, ask for a review
                kind = "unfinished" if not prev.translation else ""
            if not prev.translation:
                kind = "unfinished"
            current.append(Message(source, prev.translation, kind, tuple(locs)))
            stats["kept"] += 1
        stats["unfinished"] += current[-1].kind == "unfinished"
    current.sort(key=lambda m: m.locations[0])
    gone = [Message(m.source, m.translation, "vanished", ()) for s, m in old.items()
            if s not in found.messages and m.translation]  # untranslated vanished ones are dropped
    gone.sort(key=lambda m: m.source)
    stats["vanished"] = len(gone)
    write_ts(current + gone, ts_path, root)
    return dict(stats), found.warnings


# --------------------------------------------------------------------------- checks

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def placeholders(text: str) -> Counter:
    """Multiset of ``{name}``/``{name:spec}`` placeholders (``{{`` and ``}}`` are literal braces)."""
    return Counter(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def problems(root: Path = ROOT, ts_path: Path = TS_PATH) -> List[str]:
    """Everything that keeps the catalogue from being complete and correct, one line each."""
    root, ts_path = Path(root), Path(ts_path)
    found = extract(root)
    catalogue = load_ts(ts_path, root)
    out: List[str] = []
    for source, locs in found.messages.items():
        where = "{}:{}".format(*locs[0])
        msg = catalogue.get(source)
        if msg is None:
            out.append(f"missing (run 'scripts/i18n.py update'): {where}: {source!r}")
        elif not msg.translation.strip():
            out.append(f"untranslated: {where}: {source!r}")
        elif msg.kind:
            out.append(f"{msg.kind}: {where}: {source!r}")
        elif placeholders(source) != placeholders(msg.translation):
            out.append(f"placeholders differ: {where}: {source!r} -> {msg.translation!r}")
    return out


# --------------------------------------------------------------------------- compile

def find_lrelease() -> Optional[str]:
    for candidate in ("/usr/lib/qt5/bin/lrelease", "/usr/lib/qt6/bin/lrelease"):
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("lrelease") or shutil.which("lrelease-qt5")


def compile_ts(ts_path: Path = TS_PATH, qm_path: Optional[Path] = None) -> Path:
    """Run lrelease (unfinished entries are left out, so they fall back to English)."""
    ts_path = Path(ts_path)
    qm_path = Path(qm_path) if qm_path else ts_path.with_suffix(".qm")
    exe = find_lrelease()
    if exe is None:
        raise RuntimeError("lrelease not found: run scripts/setup_env.sh (installs qttools5-dev-tools)")
    proc = subprocess.run([exe, "-silent", "-nounfinished", str(ts_path), "-qm", str(qm_path)],
                          capture_output=True, text=True)
    if proc.returncode != 0 or not qm_path.exists():
        raise RuntimeError(f"lrelease failed ({proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}")
    return qm_path


# --------------------------------------------------------------------------- CLI

def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["update", "compile", "check"])
    parser.add_argument("--ts", type=Path, default=TS_PATH, help="catalogue (default i18n/tracemob_fr.ts)")
    parser.add_argument("--root", type=Path, default=ROOT, help="tree to scan (default: the repository)")
    parser.add_argument("--qm", type=Path, default=None, help="compiled output (default: next to the .ts)")
    args = parser.parse_args(argv)
    if args.command == "update":
        stats, warnings = update(args.root, args.ts)
        for w in warnings:
            print("warning:", w, file=sys.stderr)
        print("{ts}: {kept} kept, {new} new, {vanished} vanished, {unfinished} to translate".format(
            ts=args.ts, **stats))
        return 0
    if args.command == "compile":
        try:
            qm = compile_ts(args.ts, args.qm)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            return 2
        print(qm)
        return 0
    found = problems(args.root, args.ts)
    for w in extract(args.root).warnings:
        print("warning:", w, file=sys.stderr)
    for p in found:
        print(p)
    if found:
        print(f"{len(found)} problem(s) in {args.ts}", file=sys.stderr)
        return 1
    print(f"{args.ts}: complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
