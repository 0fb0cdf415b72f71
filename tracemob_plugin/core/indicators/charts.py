"""PNG charts of the indicators, drawn by matplotlib.

Only the object API is used (``matplotlib.figure.Figure`` + the Agg canvas): pyplot is never
imported, so nothing leaks into a global figure manager or GUI event loop inside QGIS, and the
functions are safe in Processing worker threads. Every label goes through ``tr()``.
"""
from pathlib import Path
from typing import Optional, Union

import numpy as np
import pandas as pd

from ..i18n import tr
from ..vocab.modes import DISPLAY_ORDER, mode_label
from .modal_share import TOTAL_ZONE, Co2Report, ModalShare

#: One colour per mode, shared with resources/styles/modalshare.qml and modes.qml.
MODE_COLORS = {
    "walk": "#4daf4a", "bike": "#a6d854", "ebike": "#66c2a5", "escooter": "#1b9e77",
    "motorcycle": "#ff7f00", "car": "#e41a1c", "bus": "#377eb8", "coach": "#1d4e89", "tram": "#984ea3",
    "metro": "#f781bf", "train": "#a65628", "ferry": "#00a6d6", "plane": "#525252", "wait": "#ffd92f", "unknown": "#bdbdbd",
}


def _figure(width=8.0, height=5.0):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def _save(fig, path) -> str:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(str(path), format="png")
    return str(path)


def _legend(fig, ax, ncol, bottom_in=0.2):
    handles, labels = ax.get_legend_handles_labels()
    if handles:
        height = fig.get_size_inches()[1]
        fig.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, bottom_in / height),
                   ncol=min(ncol, 6), frameon=False, fontsize=8)


def modal_share_chart(result: ModalShare, path: Union[str, Path], measure: str = "trips",
                      max_zones: int = 15, title: Optional[str] = None) -> str:
    """Horizontal 100 % stacked bars: the whole study, then the busiest published zones.

    ``measure``: ``trips``, ``distance`` or ``time``. Masked zones are left out and counted in a
    note. Returns the PNG path.
    """
    col = {"trips": "share_trips", "distance": "share_distance", "time": "share_time"}.get(measure)
    if col is None:
        raise ValueError("measure must be trips, distance or time")
    zones = result.zones
    published = zones[~zones["masked"]]
    order = [TOTAL_ZONE] if TOTAL_ZONE in set(published["zone_id"]) else []
    others = published[published["zone_id"] != TOTAL_ZONE].sort_values("n_trips", ascending=False, kind="stable")
    order += others["zone_id"].head(max_zones).tolist()
    n_masked = int(zones.loc[zones["zone_id"] != TOTAL_ZONE, "masked"].sum())
    cells = result.cells.pivot(index="zone_id", columns="mode", values=col)
    modes = [m for m in DISPLAY_ORDER if m in cells.columns]

    bars_in = 0.4 * max(len(order), 1)
    height = 2.2 + bars_in  # inches: title 0.5, bars, x label + legend + note 1.7
    fig = _figure(8.0, height)
    ax = fig.add_axes([0.16, 1.7 / height, 0.8, bars_in / height])
    labels = [tr("All trips") if z == TOTAL_ZONE else str(z) for z in order]
    y = np.arange(len(order))[::-1]
    left = np.zeros(len(order))
    for m in modes:
        vals = cells.reindex(order)[m].fillna(0.0).to_numpy(float) if order else np.zeros(0)
        ax.barh(y, vals, left=left, color=MODE_COLORS.get(m, "#888888"), label=mode_label(m),
                edgecolor="white", linewidth=0.5)
        for yi, li, vi in zip(y, left, vals):
            if vi >= 8:
                ax.text(li + vi / 2, yi, "{:.0f}".format(vi), ha="center", va="center", fontsize=7, color="white")
        left += vals
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=8)
    ax.set_xlim(0, 100)
    ax.set_xlabel({"trips": tr("Share of trips (%)"), "distance": tr("Share of distance (%)"),
                   "time": tr("Share of travel time (%)")}[measure], fontsize=9)
    ax.set_title(title or tr("Modal share by main mode"), fontsize=11)
    note = tr("{n} zones masked (fewer than {users} users or {trips} trips)").format(
        n=n_masked, users=result.params.get("min_users", ""), trips=result.params.get("min_trips", ""))
    if not order:
        note = tr("Nothing to show: every cell is masked.") + " " + note
    fig.text(0.01, 0.01, note, fontsize=7, color="#555555")
    _legend(fig, ax, len(modes))
    return _save(fig, path)


def co2_chart(report: Co2Report, path: Union[str, Path], user_id: Optional[str] = None,
              title: Optional[str] = None) -> str:
    """Monthly CO2e bars stacked by mode.

    With ``user_id``: that user's kg per month, the median of the other users (black markers) and
    the user's percentile above each bar. Without: the study's mean kg per user and month.
    Returns the PNG path.
    """
    if user_id is not None:
        data = report.by_mode[report.by_mode["user_id"] == str(user_id)]
        piv = data.pivot_table(index="month", columns="mode", values="co2e_kg", aggfunc="sum")
        ref = report.by_user[report.by_user["user_id"] == str(user_id)].set_index("month")
        ylabel = tr("kg CO2e per month")
        default_title = tr("CO2e of user {user} by month").format(user=user_id)
    else:
        piv = report.study.pivot_table(index="month", columns="mode", values="co2e_kg_per_user", aggfunc="sum")
        ref = None
        ylabel = tr("kg CO2e per user and month")
        default_title = tr("CO2e per user by month, whole study")
    piv = piv.sort_index()
    months = list(piv.index)
    modes = [m for m in DISPLAY_ORDER if m in piv.columns]
    fig = _figure(8.0, 4.8)
    ax = fig.add_axes([0.1, 1.4 / 4.8, 0.86, 2.9 / 4.8])
    x = np.arange(len(months))
    bottom = np.zeros(len(months))
    for m in modes:
        vals = piv[m].fillna(0.0).to_numpy(float)
        if not np.any(vals > 0):
            continue
        ax.bar(x, vals, bottom=bottom, color=MODE_COLORS.get(m, "#888888"), label=mode_label(m), width=0.6)
        bottom += vals
    if ref is not None and len(months):
        med = ref["median_others_kg"].reindex(months).to_numpy(float)
        if np.isfinite(med).any():
            ax.hlines(med, x - 0.4, x + 0.4, colors="black", linewidth=2.5,
                      label=tr("Median of the other users"))
        pct = ref["percentile"].reindex(months).to_numpy(float)
        for xi, top, p in zip(x, bottom, pct):
            if np.isfinite(p):
                ax.annotate(tr("P{value:.0f}").format(value=p), (xi, top), xytext=(0, 3),
                            textcoords="offset points", ha="center", fontsize=7)
        fig.text(0.01, 0.01, tr("P = percentile: share of the other users who emitted less that month."),
                 fontsize=7, color="#555555")
    ax.set_xlim(-0.8, max(len(months), 3) - 0.2)
    ax.set_xticks(x)
    ax.set_xticklabels(months, fontsize=8, rotation=45 if len(months) > 8 else 0)
    ax.set_ylabel(ylabel, fontsize=9)
    ax.set_title(title or default_title, fontsize=11)
    if not months:
        ax.text(0.5, 0.5, tr("No data"), ha="center", va="center", transform=ax.transAxes)
    _legend(fig, ax, len(modes) + 1)
    return _save(fig, path)


def chart_frame_summary(result: ModalShare, measure: str = "trips") -> pd.DataFrame:
    """The numbers drawn by :func:`modal_share_chart` (zone x mode shares), for reports and tests."""
    col = {"trips": "share_trips", "distance": "share_distance", "time": "share_time"}[measure]
    return result.cells.pivot(index="zone_id", columns="mode", values=col)
