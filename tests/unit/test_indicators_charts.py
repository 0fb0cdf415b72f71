"""Charts: PNG files drawn without pyplot, with the right colours and translated labels."""
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tracemob.tracemob_plugin.core.indicators import charts
from tracemob.tracemob_plugin.core.indicators import modal_share as ind
from tracemob.tracemob_plugin.core.i18n import set_translator

ROOT = Path(__file__).resolve().parents[2]


def _hand_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("_tm_test_indicators", Path(__file__).with_name("test_indicators.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_H = _hand_module()
HAND, ZONE_A, ZONE_B, co2_legs, make = _H.HAND, _H.ZONE_A, _H.ZONE_B, _H.co2_legs, _H.make


def _rgb(hex_color):
    return np.array([int(hex_color[i:i + 2], 16) for i in (1, 3, 5)]) / 255.0


def _has_color(png, hex_color, min_pixels=50):
    import matplotlib.image as mpimg

    img = mpimg.imread(str(png))[..., :3]
    close = np.all(np.abs(img - _rgb(hex_color)) < 0.02, axis=-1)
    return int(close.sum()) >= min_pixels


@pytest.fixture()
def share():
    trips, legs = make(HAND)
    return ind.modal_share(trips, legs, zone_ids=["A", "B"], zone_geoms=[ZONE_A, ZONE_B], min_users=5, min_trips=5)


def test_modal_share_chart(tmp_path, share):
    png = charts.modal_share_chart(share, tmp_path / "share.png", measure="distance")
    assert Path(png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert _has_color(png, charts.MODE_COLORS["car"]) and _has_color(png, charts.MODE_COLORS["train"])
    assert not _has_color(png, charts.MODE_COLORS["tram"], min_pixels=1)   # no tram trip in the set
    summary = charts.chart_frame_summary(share, "distance")
    assert summary.loc["B", "car"] == pytest.approx(100 * 20 / 38)


def test_masked_zones_are_not_drawn(tmp_path):
    trips, legs = make(HAND)
    res = ind.modal_share(trips, legs, zone_ids=["A", "B"], zone_geoms=[ZONE_A, ZONE_B], min_users=20)
    png = charts.modal_share_chart(res, tmp_path / "masked.png")
    assert not _has_color(png, charts.MODE_COLORS["car"], min_pixels=1)


def test_co2_charts_user_and_study(tmp_path):
    rep = ind.co2_report(co2_legs(), min_others=1)
    png = charts.co2_chart(rep, tmp_path / "d.png", user_id="d")
    assert _has_color(png, charts.MODE_COLORS["car"]) and _has_color(png, charts.MODE_COLORS["train"])
    png = charts.co2_chart(rep, tmp_path / "b.png", user_id="b")
    assert _has_color(png, charts.MODE_COLORS["bus"]) and not _has_color(png, charts.MODE_COLORS["train"], 1)
    png = charts.co2_chart(rep, tmp_path / "study.png")
    assert _has_color(png, charts.MODE_COLORS["bus"])


def test_labels_go_through_tr(tmp_path, share):
    asked = []

    def fake(context, text):
        asked.append(text)
        return {"Car": "Voiture", "Share of trips (%)": "Part des déplacements (%)"}.get(text, text)

    set_translator(fake)
    try:
        charts.modal_share_chart(share, tmp_path / "fr.png")
        assert charts.mode_label("car") == "Voiture"
    finally:
        set_translator(None)
    assert "Car" in asked and "Share of trips (%)" in asked and "Modal share by main mode" in asked


def test_no_pyplot_import(tmp_path):
    code = ("import sys; sys.path.insert(0, %r); import devpath; devpath.load_tracemob()\n"
            "import pandas as pd\n"
            "from tracemob.tracemob_plugin.core.indicators import charts, modal_share as ind\n"
            "legs = pd.DataFrame({'trip_id': ['t'], 'user_id': ['u'], 'mode': ['car'],"
            " 'start_time': [pd.Timestamp('2024-01-01', tz='UTC')],"
            " 'end_time': [pd.Timestamp('2024-01-01', tz='UTC')], 'distance_m': [1000.0]})\n"
            "r = ind.modal_share(None, legs, min_users=0, min_trips=0)\n"
            "charts.modal_share_chart(r, sys.argv[1])\n"
            "print('matplotlib.pyplot' in sys.modules)\n") % str(ROOT / "scripts")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.png")], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
    assert (tmp_path / "x.png").stat().st_size > 1000
