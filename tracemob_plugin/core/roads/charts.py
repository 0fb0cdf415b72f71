"""Per-segment travel-time chart (PNG): median and 85th percentile per band and direction.

matplotlib object API only (``Figure`` + Agg canvas, never pyplot), safe in Processing threads.
"""
from pathlib import Path
from typing import Optional, Sequence, Union

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .traveltimes import busiest_segments, segment_profile

DIRECTION_COLORS = {1: "#2b8cbe", -1: "#e6550d"}


def _direction_label(d: int) -> str:
    return tr("along the line") if int(d) == 1 else tr("against the line")


def segment_chart(stats: pd.DataFrame, segment_ids: Optional[Sequence] = None,
                  path: Union[str, Path, None] = None, n: int = 6, title: Optional[str] = None):
    """Small multiples, one panel per segment: bars = median travel time per band, one colour per
    direction; a black tick = 85th percentile. Masked cells are left out; low-sample cells are hatched.

    ``segment_ids``: the segments to draw (default: the ``n`` busiest). Returns the PNG path when
    ``path`` is given, else the ``Figure``.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if stats is None or len(stats) == 0:
        raise InputError(tr("There are no travel-time statistics to chart."), field="segment_id")
    ids = list(segment_ids) if segment_ids is not None else busiest_segments(stats, n)
    if not ids:
        raise InputError(tr("Every segment is masked (too few participants): nothing to chart."),
                         field="segment_id", hint=tr("Collect more participants or lower the privacy threshold."))
    ncol = min(3, len(ids))
    nrow = int(np.ceil(len(ids) / ncol))
    fig = Figure(figsize=(4.0 * ncol, 3.2 * nrow + 0.8), dpi=100)
    FigureCanvasAgg(fig)
    bands = (stats.drop_duplicates("band_index").sort_values("band_index")[["band_index", "band"]])
    band_pos = {int(b): k for k, b in enumerate(bands["band_index"])}
    names = stats.drop_duplicates("segment_id").set_index("segment_id")
    handles = {}
    for k, sid in enumerate(ids):
        ax = fig.add_subplot(nrow, ncol, k + 1)
        prof = segment_profile(stats, sid)
        prof = prof[~prof["masked"]]
        dirs = sorted(prof["direction"].unique(), reverse=True)
        width = 0.8 / max(len(dirs), 1)
        for j, d in enumerate(dirs):
            p = prof[prof["direction"] == d]
            x = np.array([band_pos[int(b)] for b in p["band_index"]]) - 0.4 + width * (j + 0.5)
            bars = ax.bar(x, p["tt_median_s"], width=width * 0.9, color=DIRECTION_COLORS.get(int(d), "#777777"),
                          label=_direction_label(d))
            for bar, low in zip(bars, p["low_sample"]):
                if low:
                    bar.set_hatch("//")
                    bar.set_alpha(0.6)
            ax.scatter(x, p["tt_p85_s"], marker="_", s=200, color="black", zorder=3,
                       label=tr("85th percentile"))
            handles.update(dict(zip(*ax.get_legend_handles_labels()[::-1])))
        ax.set_xticks(range(len(bands)))
        ax.set_xticklabels(bands["band"], fontsize=8)
        ax.set_ylabel(tr("travel time (s)"), fontsize=8)
        label = tr("Segment {sid}").format(sid=sid)
        if "name" in names.columns and isinstance(names.at[sid, "name"], str) and names.at[sid, "name"]:
            label += " - " + names.at[sid, "name"]
        ax.set_title(label, fontsize=9)
        ax.tick_params(labelsize=8)
    fig.suptitle(title or tr("Median travel time per time band and direction (hatched: small sample)"),
                 fontsize=10)
    if handles:
        fig.legend(list(handles.values()), list(handles.keys()), loc="lower center", ncol=3, frameon=False,
                   fontsize=8)
    fig.tight_layout(rect=(0, 0.08, 1, 0.94))
    if path is None:
        return fig
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(str(path), format="png")
    return str(path)
