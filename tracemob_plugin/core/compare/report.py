"""One-page HTML summary of a before/after study, for elected officials.

Self-contained: the charts are PNG images embedded as base64 (matplotlib object API, no pyplot),
no external link, no script. Every sentence goes through ``tr()``. The page gives the headline
changes with their uncertainty in plain words, the sample sizes, and an explicit list of what
cannot be concluded for lack of data.
"""
import base64
import html
import io
from pathlib import Path
from typing import Optional, Union

import numpy as np
import pandas as pd

from ..i18n import tr
from ..indicators.modal_share import TOTAL_ZONE
from .beforeafter import BeforeAfterResult
from .bootstrap import FLAG_INSUFFICIENT, FLAG_SIGNIFICANT

_UP = "#b2182b"      # slower / more: red end of a diverging ramp
_DOWN = "#2166ac"    # faster / less: blue end
_GREY = "#8c8c8c"


def _esc(text) -> str:
    return html.escape(str(text), quote=True)


def _pct(ratio) -> str:
    v = int(round(100.0 * (float(ratio) - 1.0)))
    return "0%" if v == 0 else "{:+d}%".format(v)


def _figure(width, height):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=96)
    FigureCanvasAgg(fig)
    return fig


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def _seg_label(row) -> str:
    d = str(row.get("direction", "") or "")
    name = str(row.get("name", "") or "")
    if name and name not in ("nan", "None"):
        base = tr("{name} (section {segment})").format(name=name, segment=row["segment_id"])
    else:
        base = tr("Section {segment}").format(segment=row["segment_id"])
    if d and d not in ("nan", "None"):
        base += " (" + d + ")"
    return base + ", " + str(row["band"])


def segments_chart(segments: pd.DataFrame, max_rows: int = 12) -> Optional[str]:
    """Base64 PNG: travel-time change with its 95% range for the sections that changed most."""
    if segments is None or segments.empty:
        return None
    seg = segments[np.isfinite(segments["ratio"].to_numpy(float))]
    fig = _figure(7.5, 0.45 * max(min(len(seg), max_rows), 1) + 1.6)
    ax = fig.add_axes([0.36, 0.9 / fig.get_size_inches()[1], 0.6, 1 - 1.4 / fig.get_size_inches()[1]])
    if seg.empty:
        ax.text(0.5, 0.5, tr("No street section has enough data."), ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return _png(fig)
    seg = seg.assign(_m=np.abs(np.log(seg["ratio"].to_numpy(float))), _s=(seg["flag"] == FLAG_SIGNIFICANT))
    seg = seg.sort_values(["_s", "_m"], ascending=[False, False]).head(max_rows).iloc[::-1]
    y = np.arange(len(seg))
    change = 100.0 * (seg["ratio"].to_numpy(float) - 1)
    lo = 100.0 * (seg["ratio_ci_low"].to_numpy(float) - 1)
    hi = 100.0 * (seg["ratio_ci_high"].to_numpy(float) - 1)
    colors = [(_UP if c > 0 else _DOWN) if s else _GREY for c, s in zip(change, seg["_s"])]
    ax.hlines(y, lo, hi, colors=colors, linewidth=2.5)
    ax.scatter(change, y, color=colors, zorder=3, s=28)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_yticks(y)
    ax.set_yticklabels([_seg_label(r) for _, r in seg.iterrows()], fontsize=8)
    ax.set_xlabel(tr("Change in median travel time (%), with its 95% range"), fontsize=9)
    ax.set_title(tr("Travel time, after vs before"), fontsize=11)
    fig.text(0.01, 0.01, tr("Red: significantly slower. Blue: significantly faster. Grey: no clear change."),
             fontsize=7, color="#555555")
    return _png(fig)


def modal_chart(modal: pd.DataFrame, max_zones: int = 6) -> Optional[str]:
    """Base64 PNG: change of each mode's share (percentage points, 95% range), one group per zone."""
    if modal is None or modal.empty:
        return None
    from ..indicators.charts import MODE_COLORS, mode_label

    pub = modal[~modal["masked"]]
    suffix = "_weighted" if "change_pp_weighted" in modal.columns else ""
    zones = [z for z in pd.unique(pub["zone_id"]) if z != TOTAL_ZONE][:max_zones]
    if TOTAL_ZONE in set(pub["zone_id"]) and len(zones) < max_zones:
        zones.append(TOTAL_ZONE)
    fig = _figure(7.5, 3.8)
    ax = fig.add_axes([0.1, 0.3, 0.87, 0.6])
    if not zones:
        ax.text(0.5, 0.5, tr("Every zone has too few participants to compare."), ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return _png(fig)
    modes = list(pd.unique(pub["mode"]))
    width = 0.8 / max(len(modes), 1)
    x = np.arange(len(zones))
    for j, m in enumerate(modes):
        sub = pub[pub["mode"] == m].set_index("zone_id").reindex(zones)
        d = sub["change_pp" + suffix].to_numpy(float)
        lo = sub["change{}_ci_low".format(suffix)].to_numpy(float)
        hi = sub["change{}_ci_high".format(suffix)].to_numpy(float)
        sig = (sub["flag" + suffix] == FLAG_SIGNIFICANT).to_numpy()
        xj = x - 0.4 + width * (j + 0.5)
        color = MODE_COLORS.get(m, _GREY)
        ax.bar(xj[sig], np.nan_to_num(d[sig]), width=width * 0.9, color=color, label=mode_label(m))
        ax.bar(xj[~sig], np.nan_to_num(d[~sig]), width=width * 0.9, color=color, alpha=0.3, hatch="//",
               edgecolor=color)
        ax.errorbar(xj, d, yerr=[np.nan_to_num(d - lo), np.nan_to_num(hi - d)], fmt="none", ecolor="black",
                    elinewidth=0.8, capsize=2)
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set_xticks(x)
    ax.set_xticklabels([tr("All trips") if z == TOTAL_ZONE else str(z) for z in zones], fontsize=9)
    ax.set_ylabel(tr("Change in share (points)"), fontsize=9)
    ax.set_title(tr("Modal share weighted to the population, after minus before, by zone") if suffix
                 else tr("Modal share, after minus before, by zone"), fontsize=11)
    handles, labels = ax.get_legend_handles_labels()
    if handles:
        fig.legend(handles, labels, loc="lower center", bbox_to_anchor=(0.5, 0.07), ncol=min(len(labels), 6),
                   frameon=False, fontsize=8)
    fig.text(0.01, 0.01, tr("Black lines: 95% range. Faded, hatched bars: no clear change."),
             fontsize=7, color="#555555")
    return _png(fig)


def headline_sentences(result: BeforeAfterResult, max_modal: int = 4) -> list:
    """The headline changes as plain, translated sentences."""
    s = result.summary
    out = []
    seg = s.get("segments") or {}
    if seg:
        out.append(tr("{slower} street section(s) x time band(s) became significantly slower and {faster} "
                      "significantly faster; {none} show no clear change, out of {total} studied.").format(
            slower=seg["significant_slower"], faster=seg["significant_faster"], none=seg["not_significant"],
            total=seg["cells"]))
        for st in seg.get("streets", []):
            text = (tr("{street}: {n} section(s) x time band(s) significantly slower, median change {change} "
                       "(from {low} to {high}).") if st["slower"] else
                    tr("{street}: {n} section(s) x time band(s) significantly faster, median change {change} "
                       "(from {low} to {high})."))
            out.append(text.format(street=st["name"], n=st["cells"], change=_pct(st["median_ratio"]),
                                   low=_pct(st["min_ratio"]), high=_pct(st["max_ratio"])))
        for h in seg.get("headlines", []):
            out.append(tr("{section}: median travel time {before:.0f} s before, {after:.0f} s after, "
                          "{change} (95% range {low} to {high}; {ub} and {ua} participants).").format(
                section=_seg_label(h), before=h["tt_before_s"], after=h["tt_after_s"], change=_pct(h["ratio"]),
                low=_pct(h["ratio_ci_low"]), high=_pct(h["ratio_ci_high"]), ub=h["users_before"],
                ua=h["users_after"]))
    for d in s.get("did") or []:
        if d["flag"] == FLAG_INSUFFICIENT:
            continue
        if d["measure"] == "travel_time":
            text = tr("Compared with the control area, travel times in the study area changed by {did} "
                      "(95% range {low} to {high}); the control area itself changed by {control}, the citywide "
                      "trend that is taken out.")
        else:
            text = tr("Compared with the control area, traffic volumes in the study area changed by {did} "
                      "(95% range {low} to {high}); the control area itself changed by {control}.")
        out.append(text.format(did=_pct(d["did_ratio"]), low=_pct(d["did_ci_low"]), high=_pct(d["did_ci_high"]),
                               control=_pct(d["control_ratio"])))
        if d["flag"] != FLAG_SIGNIFICANT:
            out.append(tr("This difference is within the margin of error: no effect of the plan is shown."))
    from ..indicators.charts import mode_label

    out += _modal_sentences(s.get("modal_share") or [], max_modal, mode_label)
    r = s.get("rerouting")
    if r and r.get("flag") != FLAG_INSUFFICIENT:
        text = tr("Between the same origins and destinations, {before:.0f}% of trips crossed the study area before "
                  "and {after:.0f}% after ({change:+.1f} points, 95% range {low:+.1f} to {high:+.1f}).")
        out.append(text.format(before=r["share_before"], after=r["share_after"], change=r["change_pp"],
                               low=r["change_ci_low"], high=r["change_ci_high"]))
        if r["flag"] != FLAG_SIGNIFICANT:
            out.append(tr("This change in rerouting is within the margin of error."))
    if not out:
        out.append(tr("No change could be measured with these data."))
    return out


def _modal_sentences(rows, max_modal, mode_label) -> list:
    """The modal share headlines; weighted ones give the weighted shares and the raw panel's beside."""
    weighted = any("change_pp_weighted" in m for m in rows)
    key = "change_pp_weighted" if weighted else "change_pp"
    out = []
    for m in sorted(rows, key=lambda m: (m["zone_id"] == TOTAL_ZONE, -abs(m[key])))[:max_modal]:
        zone = tr("all trips") if m["zone_id"] == TOTAL_ZONE else m["zone_id"]
        mode = mode_label(m["mode"]).lower()
        if weighted:
            out.append(tr("{zone}: weighted to the population, the {mode} share went from {before:.0f}% to "
                          "{after:.0f}% of trips ({change:+.1f} points, 95% range {low:+.1f} to {high:+.1f}); in "
                          "the unweighted panel, from {raw_before:.0f}% to {raw_after:.0f}% ({raw_change:+.1f} "
                          "points).").format(
                zone=zone, mode=mode, before=m["share_before_weighted"], after=m["share_after_weighted"],
                change=m["change_pp_weighted"], low=m["change_weighted_ci_low"], high=m["change_weighted_ci_high"],
                raw_before=m["share_before"], raw_after=m["share_after"], raw_change=m["change_pp"]))
        else:
            out.append(tr("{zone}: the {mode} share went from {before:.0f}% to {after:.0f}% of trips ({change:+.1f} "
                          "points, 95% range {low:+.1f} to {high:+.1f}).").format(
                zone=zone, mode=mode, before=m["share_before"], after=m["share_after"],
                change=m["change_pp"], low=m["change_ci_low"], high=m["change_ci_high"]))
    return out


def weighting_note(result: BeforeAfterResult) -> Optional[str]:
    """What the weighting covers and against which margins (None when the study is unweighted)."""
    w = result.summary.get("weighting")
    if not w:
        return None
    text = tr("Weighted to the population: the modal shares and the traffic volumes count each participant with "
              "a weight raked to the population margins {margins}, and the unweighted panel's figures are given "
              "beside.").format(margins=w.get("margins") or tr("(not named)"))
    if w.get("n_replicates"):
        text += " " + tr("Their 95% ranges come from {n} replicate weights, each raked again, so they include the "
                         "uncertainty of the weights.").format(n=w["n_replicates"])
    else:
        text += " " + tr("Their 95% ranges re-draw the participants but keep their weights: they leave out the "
                         "uncertainty of the weights (give replicate weights to include it).")
    return text + " " + tr("Travel times, rerouting and the comparison with the control area are not weighted; "
                           "the privacy thresholds count real participants.")


def _sample_rows(result):
    sm = result.summary.get("sample", {})
    rows = []
    if "traversals_before" in sm:
        rows.append((tr("Participants seen on the network"), sm.get("traversal_users_before"),
                     sm.get("traversal_users_after")))
        rows.append((tr("Street-section traversals"), sm["traversals_before"], sm["traversals_after"]))
        rows.append((tr("Days with data"), sm.get("days_before"), sm.get("days_after")))
    if "per_day_weighted_before" in sm:
        rows.append((tr("Street-section traversals per day, weighted to the population"),
                     "{:.0f}".format(sm["per_day_weighted_before"]), "{:.0f}".format(sm["per_day_weighted_after"])))
    if "trips_before" in sm:
        rows.append((tr("Participants with trips"), sm.get("trip_users_before"), sm.get("trip_users_after")))
        rows.append((tr("Trips"), sm["trips_before"], sm["trips_after"]))
    r = result.summary.get("rerouting")
    if r:
        rows.append((tr("Trips between the same origins and destinations"), r["trips_before"], r["trips_after"]))
    return rows


_CSS = """body{font-family:Arial,Helvetica,sans-serif;max-width:980px;margin:16px auto;color:#222;font-size:13px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;margin:14px 0 6px;border-bottom:1px solid #ccc}
.sub{color:#555;margin:0 0 8px}ul{margin:4px 0 4px 18px;padding:0}li{margin:2px 0}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}.charts img{max-width:49%;vertical-align:top}
.note{color:#555;font-size:11px}.cannot li{color:#7a1f1f}"""


def summary_html(result: BeforeAfterResult, title: Optional[str] = None) -> str:
    """The one-page HTML summary (a string; see :func:`write_summary_html`)."""
    s = result.summary
    p = s.get("periods", {})
    title = title or tr("Before/after comparison of the circulation plan")
    filters = []
    if p.get("weekdays_only"):
        filters.append(tr("weekdays only"))
    if p.get("exclude_holidays"):
        filters.append(tr("public holidays excluded"))
    sub = tr("Before: {before}. After: {after}. Local time ({tz}).").format(
        before=p.get("before", ""), after=p.get("after", ""), tz=p.get("tz", ""))
    if filters:
        sub += " " + tr("Days compared: {filters}.").format(filters=", ".join(filters))
    parts = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>{t}</title><style>{c}</style></head><body>'
             .format(t=_esc(title), c=_CSS), "<h1>{}</h1>".format(_esc(title)), '<p class="sub">{}</p>'.format(_esc(sub))]
    note = weighting_note(result)
    if note:
        parts.append('<p class="sub">{}</p>'.format(_esc(note)))
    parts.append("<h2>{}</h2><ul>".format(_esc(tr("Main changes"))))
    parts += ["<li>{}</li>".format(_esc(x)) for x in headline_sentences(result)]
    parts.append("</ul>")
    parts.append('<p class="note">{}</p>'.format(_esc(tr(
        "How to read: the 95% range is where the true change lies with 95% confidence, given the participants "
        "we have. A change is called real (significant) only when this range does not include zero. The ranges "
        "come from re-drawing the participants at random many times, so one very active participant cannot "
        "make a change look certain."))))
    charts = [c for c in (segments_chart(result.segments), modal_chart(result.modal_share)) if c]
    if charts:
        parts.append('<div class="charts">')
        parts += ['<img alt="{a}" src="data:image/png;base64,{d}">'.format(a=_esc(tr("chart")), d=c) for c in charts]
        parts.append("</div>")
    rows = _sample_rows(result)
    if rows:
        parts.append("<h2>{}</h2><table><tr><th></th><th>{}</th><th>{}</th></tr>".format(
            _esc(tr("Sample sizes")), _esc(tr("Before")), _esc(tr("After"))))
        for label, b, a in rows:
            parts.append("<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                _esc(label), _esc("-" if b is None else b), _esc("-" if a is None else a)))
        parts.append("</table>")
        parts.append('<p class="note">{}</p>'.format(_esc(tr(
            "Privacy: no figure is published for a street section, zone or period seen by fewer than {k} "
            "participants.").format(k=s.get("min_users", "")))))
    parts.append("<h2>{}</h2><ul class=\"cannot\">".format(_esc(tr("What cannot be concluded"))))
    cannot = s.get("cannot_conclude") or [tr("Nothing was left out for lack of data.")]
    parts += ["<li>{}</li>".format(_esc(x)) for x in cannot]
    parts.append("</ul>")
    parts.append('<p class="note">{}</p>'.format(_esc(tr(
        "Made with Tracemob from participants' smartphone traces. Participants are volunteers, not a "
        "representative sample of the population.") if not note else tr(
        "Made with Tracemob from participants' smartphone traces. Participants are volunteers: weighting makes "
        "the panel match the population on the margins' variables only, not on everything."))))
    parts.append("</body></html>")
    return "\n".join(parts)


def write_summary_html(result: BeforeAfterResult, path: Union[str, Path], title: Optional[str] = None) -> str:
    """Write :func:`summary_html` to ``path`` (UTF-8); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(summary_html(result, title), encoding="utf-8")
    return str(path)
