"""Every shim between QGIS 3.22 / 3.34 / 4 (Qt5 / Qt6) lives in tracemob_plugin/compat.py.

Unscoped enum values such as ``QgsWkbTypes.NoGeometry`` or ``QVariant.String`` are gone in QGIS 4
(Qt6); version-conditional code elsewhere would scatter the shims. This test reads the sources.
"""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMPAT = ROOT / "tracemob_plugin" / "compat.py"
# QgsWkbTypes' static functions (multiType, isMultiType, geometryType...) exist in every version;
# its enum values and QVariant types do not.
UNSCOPED = re.compile(r"\bQgsWkbTypes\.(?:[A-Z]\w*)\b|\bQVariant\.[A-Z]\w*\b|\bQGIS_VERSION_INT\b|"
                      r"\bQt\.(?:UserRole|AlignLeft|AlignRight|Checked|Unchecked)\b")


def _sources():
    for folder in ("processing", "tracemob_plugin", "scripts"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path != COMPAT:
                yield path


def test_version_shims_only_in_compat():
    offenders = []
    for path in _sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if UNSCOPED.search(code):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == [], "use tracemob_plugin.compat instead:\n" + "\n".join(offenders)


def test_the_rule_catches_an_unscoped_enum():
    assert UNSCOPED.search("if lyr.wkbType() != QgsWkbTypes.NoGeometry:")
    assert UNSCOPED.search("QgsField('a', QVariant.String)")
    assert not UNSCOPED.search("QgsWkbTypes.multiType(t)")
