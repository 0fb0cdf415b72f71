"""The French catalogue is complete and the extractor finds what it must (no Qt needed)."""
import re
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "i18n" / "tracemob_fr.ts"


def _load_script():
    spec = importlib.util.spec_from_file_location("tracemob_i18n_script", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


i18n = _load_script()


def test_ts_parses_with_one_tracemob_context_and_unique_sources():
    root = ET.parse(TS).getroot()
    assert root.tag == "TS" and root.get("language") == "fr_FR"
    names = [c.findtext("name") for c in root.iter("context")]
    assert names == ["Tracemob"]
    sources = [m.findtext("source") for m in root.iter("message")]
    assert len(sources) == len(set(sources)) > 0


def test_every_tr_literal_has_a_finished_french_translation():
    """Fails when someone adds a tr("...") without translating it: run scripts/i18n.py update, translate."""
    found = i18n.extract(ROOT)
    assert "row {row}" in found.messages  # errors.py: proves the extractor sees the domain code
    problems = i18n.problems(ROOT, TS)
    assert problems == [], "\n".join(problems)


def test_translations_are_french_not_copies():
    catalogue = i18n.load_ts(TS, ROOT)
    live = [m for m in catalogue.values() if m.kind == ""]
    assert catalogue["row {row}"].translation == "ligne {row}"
    # numbers and units ("15 min - 1 h", "< 1 km") read the same in French
    units_only = re.compile(r"(?:[\d\s<>=.,+\-/()%]|\b(?:min|h|km|kg|g|m|s)\b)*")
    same = [m.source for m in live if m.translation == m.source and len(m.source.split()) > 2
            and not units_only.fullmatch(m.source)]
    assert same == [], same
    assert units_only.fullmatch("15 min - 1 h") and not units_only.fullmatch("Walk or bike")


def test_extractor_finds_only_plain_literals(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "a.py").write_text(
        'from x import tr\n'
        'tr("Plain {n} text")\n'
        'self.tr("Method text")\n'
        'QCoreApplication.translate("Tracemob", "Qt text")\n'
        'QCoreApplication.translate("QgsOther", "not ours")\n'
        'tr(f"bad {x}")\n'
        'tr("a" + "b")\n'
        'def tr(self, text):\n'
        '    return translate("Tracemob", text)\n'
        'tr("Plain {n} text")\n', encoding="utf-8")
    for skipped in ("tests", "bench", ".venv"):
        (tmp_path / skipped).mkdir()
        (tmp_path / skipped / "b.py").write_text('tr("skipped")\n', encoding="utf-8")
    found = i18n.extract(tmp_path)
    assert found.messages == {"Plain {n} text": [("pkg/a.py", 2), ("pkg/a.py", 10)],
                              "Method text": [("pkg/a.py", 3)], "Qt text": [("pkg/a.py", 4)]}
    assert len(found.warnings) == 2
    assert "pkg/a.py:6" in found.warnings[0] and "f-string" in found.warnings[0]
    assert "pkg/a.py:7" in found.warnings[1]


def test_update_keeps_translations_marks_new_and_vanished(tmp_path):
    code = tmp_path / "m.py"
    ts = tmp_path / "i18n" / "t.ts"
    code.write_text('tr("Old")\ntr("Kept {x}")\n', encoding="utf-8")
    stats, _ = i18n.update(tmp_path, ts)
    assert stats["new"] == 2 and stats["unfinished"] == 2
    cat = i18n.load_ts(ts, tmp_path)
    assert cat["Kept {x}"].kind == "unfinished" and cat["Kept {x}"].locations == (("m.py", 2),)
    i18n.write_ts([m._replace(translation="Gardé {x}", kind="") if m.source == "Kept {x}"
                   else m._replace(translation="Ancien", kind="") for m in cat.values()], ts, tmp_path)
    assert i18n.problems(tmp_path, ts) == []

    code.write_text('tr("New & <b>")\n\n\ntr("Kept {x}")\n', encoding="utf-8")
    stats, _ = i18n.update(tmp_path, ts)
    assert (stats["new"], stats["kept"], stats["vanished"]) == (1, 1, 1)
    cat = i18n.load_ts(ts, tmp_path)
    assert cat["Kept {x}"] == i18n.Message("Kept {x}", "Gardé {x}", "", (("m.py", 4),))
    assert cat["Old"].kind == "vanished" and cat["Old"].translation == "Ancien"
    assert cat["New & <b>"].kind == "unfinished"
    probs = i18n.problems(tmp_path, ts)
    assert len(probs) == 1 and probs[0].startswith("untranslated") and "New & <b>" in probs[0]
    assert i18n.main(["check", "--root", str(tmp_path), "--ts", str(ts)]) == 1

    # A string that comes back revives its old translation.
    code.write_text('tr("Old")\n', encoding="utf-8")
    i18n.update(tmp_path, ts)
    assert i18n.load_ts(ts, tmp_path)["Old"].kind == ""


def test_check_catches_placeholder_mismatch(tmp_path):
    (tmp_path / "m.py").write_text('tr("{n} trips in {file}")\ntr("100 {{literal}}")\n', encoding="utf-8")
    ts = tmp_path / "t.ts"
    i18n.update(tmp_path, ts)
    cat = i18n.load_ts(ts, tmp_path)
    i18n.write_ts([cat["{n} trips in {file}"]._replace(translation="{n} déplacements dans {fichier}", kind=""),
                   cat["100 {{literal}}"]._replace(translation="100 {{littéral}}", kind="")], ts, tmp_path)
    probs = i18n.problems(tmp_path, ts)
    assert len(probs) == 1 and probs[0].startswith("placeholders differ") and "{fichier}" in probs[0]
    assert i18n.placeholders("{a:.1f} et {b} et {a:.1f}") == i18n.placeholders("{b}, {a:.1f}, {a:.1f}")


@pytest.mark.parametrize("text", ["a\nb", "  spaced  ", "quotes \" ' & < >", "accents éàç"])
def test_ts_round_trip_is_exact(tmp_path, text):
    ts = tmp_path / "t.ts"
    i18n.write_ts([i18n.Message(text, text + " fr", "", (("x.py", 1),))], ts, tmp_path)
    assert i18n.load_ts(ts, tmp_path)[text].translation == text + " fr"


def test_qml_labels_are_extracted_even_after_a_filter_with_a_raw_greater_than(tmp_path):
    styles = tmp_path / "resources" / "styles"
    styles.mkdir(parents=True)
    (styles / "x.qml").write_text(
        '<rules>\n'
        '<rule filter="&quot;ratio&quot; >= 0.8 AND &quot;ratio&quot; &lt; 0.9" label="Faster" symbol="1"/>\n'
        '<range lower="0" upper="1" label="Low &amp; slow" symbol="0"/>\n'
        '</rules>\n', encoding="utf-8")
    assert sorted(i18n.extract_qml_labels(tmp_path)) == ["Faster", "Low & slow"]


def test_field_docstrings_of_the_documented_params_are_extracted(tmp_path):
    """processing/help.py lists the parameter dataclasses; their field docstrings become catalogue messages
    (whitespace normalised), located at the docstring."""
    (tmp_path / "processing").mkdir()
    (tmp_path / "processing" / "help.py").write_text(
        'DOCUMENTED_PARAMS = (\n    ("pkg/params.py", "Knobs"),\n)\n', encoding="utf-8")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "params.py").write_text(
        'class Other:\n'
        '    ignored: int = 1\n'
        '    """Not listed."""\n\n\n'
        'class Knobs:\n'
        '    """The class docstring is not a field\'s."""\n'
        '    radius_m: float = 100.0\n'
        '    """Radius of a place,\n    in metres."""\n'
        '    undocumented: int = 3\n'
        '    # a comment is no docstring\n'
        '    speed_mps: float = 2.0\n'
        '    """... and a speed."""\n', encoding="utf-8")
    found = i18n.extract(tmp_path)
    assert found.messages == {"Radius of a place, in metres.": [("pkg/params.py", 9)],
                              "... and a speed.": [("pkg/params.py", 14)]}
    assert found.warnings == []


def test_every_documented_params_field_is_in_the_catalogue():
    """Each class of processing/help.py DOCUMENTED_PARAMS has documented fields, all translated."""
    listed = i18n.documented_params(ROOT)
    assert ("tracemob_plugin/core/trips/params.py", "SegmentationParams") in listed
    catalogue = i18n.load_ts(TS, ROOT)
    docs, warnings = i18n.extract_field_docs(ROOT)
    assert warnings == [] and len(docs) >= 40
    assert all(catalogue[text].translation and catalogue[text].kind == "" for text in docs)
