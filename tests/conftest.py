"""Shared test set-up: the working tree is importable as the plugin package ``tracemob``."""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import devpath  # noqa: E402

devpath.load_tracemob()

SHARED_DATA = devpath.SHARED_DATA
SAMPLE_DIR = ROOT / "resources" / "sample" / "emission"


@pytest.fixture(scope="session")
def shared_data():
    """``../shared/data`` (real data not committed here); skips the test when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data folder {SHARED_DATA} is absent: this test needs ../shared/data")
    return SHARED_DATA


@pytest.fixture(scope="session")
def geolife_dir(shared_data):
    path = shared_data / "geolife"
    if not path.is_dir():
        pytest.skip(f"GeoLife data {path} is absent (it is never committed): test skipped")
    return path


@pytest.fixture(scope="session")
def sample_dir():
    """The embedded real e-mission days (committed with their licence)."""
    return SAMPLE_DIR
