"""scripts/release.py and build_zip.py: the archive passes plugins.qgis.org's checks (metadata, LICENSE,
no binaries, size), with a changelog from CHANGELOG.md; the checks catch what the repository refuses."""
import configparser
import io
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import build_zip  # noqa: E402
import release  # noqa: E402


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build_zip.build(tmp_path_factory.mktemp("dist"))


def test_built_archive_passes_the_repository_checks(archive):
    assert release.check_zip(archive) == []
    assert archive.stat().st_size < release.MAX_SIZE
    with zipfile.ZipFile(archive) as zf:
        names = zf.namelist()
    assert "tracemob/LICENSE" in names and "tracemob/i18n/tracemob_fr.qm" in names


def test_strict_mode_refuses_only_the_placeholder_urls(archive):
    problems = release.check_zip(archive, strict=True)
    assert len(problems) == 3 and all("placeholder" in p for p in problems), problems
    assert {p.split(":")[1].split()[0] for p in problems} == {"tracker", "repository", "homepage"}


def test_archive_metadata_has_the_changelog_and_reads_as_qgis_reads_it(archive):
    with zipfile.ZipFile(archive) as zf:
        text = zf.read("tracemob/metadata.txt").decode("utf-8")
    parser = configparser.ConfigParser()  # QGIS's reading: interpolation on
    parser.read_string(text)
    changelog = parser.get("general", "changelog")
    version = parser.get("general", "version")
    assert changelog.splitlines()[0].startswith(version)
    assert "\nAdded:\n- " in changelog
    assert parser.get("general", "name") == "Tracemob"
    # the working tree's metadata.txt is untouched
    assert "changelog=See CHANGELOG.md" in (ROOT / "metadata.txt").read_text(encoding="utf-8")


def test_changelog_sections_and_metadata_value():
    text = ("# Changelog\n\n## [Unreleased]\n\n### Added\n- First thing. More words\n  on two lines.\n"
            "- A 95 % range.\n\n### Fixed\n- A crash.\n\n## [0.0.9] - 2025-01-01\n### Added\n- Old.\n\n"
            "## [0.0.8]\n### Added\n- Older.\n\n## [0.0.7]\n### Added\n- Oldest.\n")
    sections = build_zip.changelog_sections(text)
    assert [v for v, _ in sections] == ["Unreleased", "0.0.9", "0.0.8", "0.0.7"]
    assert sections[0][1] == [("Added", ["First thing.", "A 95 % range."]), ("Fixed", ["A crash."])]
    value = build_zip.metadata_changelog(text, "0.1.0", count=3)
    assert value.split("\n    ")[:3] == ["0.1.0 (unreleased)", "Added:", "- First thing."]
    assert "95 %% range" in value and "0.0.7" not in value
    metadata = "[general]\nname=X\nchangelog=old\n    old line\nversion=1\n"
    out = build_zip.metadata_with_changelog(metadata, value)
    parser = configparser.ConfigParser()
    parser.read_string(out)
    assert parser.get("general", "changelog").startswith("0.1.0 (unreleased)\nAdded:\n- First thing.")
    assert "old line" not in out and parser.get("general", "version") == "1"
    assert "95 % range" in parser.get("general", "changelog")


def _zip(tmp_path, files, name="bad.zip"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as zf:
        for member, data in files.items():
            zf.writestr(member, data)
    return path


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    out = tmp_path_factory.mktemp("good")
    with zipfile.ZipFile(build_zip.build(out, translations=False)) as zf:
        return {n: zf.read(n) for n in zf.namelist()
                if n in ("tracemob/__init__.py", "tracemob/metadata.txt", "tracemob/LICENSE",
                         "tracemob/resources/icon.svg")}


@pytest.mark.parametrize("change, expected", [
    ({"tracemob/x.pyc": b"\x00"}, "compiled Python"),
    ({"tracemob/__pycache__/x.py": b""}, "forbidden folder __pycache__"),
    ({"tracemob/lib/fast.so": b"\x7fELF"}, "binary file"),
    ({"tracemob/resources/data.dat": b"\x7fELF\x02\x01"}, "binary content"),
    ({"tracemob/vendor.whl": b"PK\x03\x04"}, "binary file"),
    ({"other/readme.txt": b"x"}, "more than one top folder"),
    ({"tracemob/LICENSE": None}, "LICENSE is missing"),
    ({"tracemob/metadata.txt": b"[general]\nname=Tracemob\nversion=0.1\n"}, "email is missing"),
    ({"tracemob/metadata.txt": b"[general]\nname=A 5% rate\n"}, "cannot be read as QGIS reads it"),
])
def test_checks_catch_what_the_repository_refuses(tmp_path, good, change, expected):
    files = dict(good)
    for member, data in change.items():
        if data is None:
            files.pop(member)
        else:
            files[member] = data
    problems = release.check_zip(_zip(tmp_path, files))
    assert any(expected in p for p in problems), problems


def test_size_limit(tmp_path, good):
    path = _zip(tmp_path, good)
    assert release.check_zip(path) == []
    assert any("MB" in p for p in release.check_zip(path, max_size=100))


def test_release_settings_come_from_pyproject():
    settings = release.release_settings()
    assert settings["changelog_versions"] == 3 and settings["max_size_bytes"] == 25_000_000


def test_command_line_builds_and_checks(tmp_path, capsys):
    assert release.main(["--out-dir", str(tmp_path)]) == 0
    assert "passes plugins.qgis.org's checks" in capsys.readouterr().out
    assert release.main(["--check", str(next(tmp_path.glob("*.zip"))), "--strict"]) == 1
