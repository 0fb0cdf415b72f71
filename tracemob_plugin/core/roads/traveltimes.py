"""Travel-time statistics per road segment, direction and time-of-day band.

Input: the timed traversals of :func:`core.mapmatching.match_legs` (``MatchResult.traversals``:
leg_id, user_id, segment_id, direction, entry_time, exit_time, tt_s, length_m, fraction, partial,
+ ``mode`` when known). Output: one row per segment x direction x band with ``n_traversals``,
``n_users``, ``tt_mean_s``, ``tt_median_s``, ``tt_p85_s``, ``speed_median_kmh``, the free-flow
reference, ``speed_ratio`` (free-flow time / median time: 1 = free flow, 0.5 = twice as slow),
``delay_s``, ``low_sample`` and the privacy ``masked`` flag. Everything is a vectorised groupby.

Partial traversals (the first and last segment of a matched leg) are dropped (``partial="drop"``)
or pro-rated to the full length (``partial="prorate"``: ``tt_s / fraction``, only when at least
``min_fraction`` of the segment was driven).
"""
import re
from typing import Mapping, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users, min_users_warning

DEFAULT_TZ = "Europe/Paris"
DEFAULT_BANDS = "7-9,9-16,16-19"
ALL_DAY = "all day"
FREE_FLOW_CHOICES = ("p15", "night", "limit")
NIGHT_HOURS = (22.0, 6.0)
STAT_COLUMNS = ["segment_id", "direction", "band", "band_index", "length_m", "n_traversals", "n_users",
                "tt_mean_s", "tt_median_s", "tt_p85_s", "speed_median_kmh", "free_flow_tt_s", "speed_ratio",
                "delay_s", "low_sample", "masked"]



def _band_hint() -> str:
    return tr("Give bands as start and end hours separated by commas, e.g. 7-9,9-16,16-19 (7:30-9 for minutes).")


def _hour(text: str, band: str) -> float:
    m = re.fullmatch(r"\s*(\d{1,2})(?:[:h](\d{2}))?\s*h?\s*", text)
    if not m:
        raise InputError(tr("Cannot read the time band '{band}'.").format(band=band), field="bands",
                         hint=_band_hint())
    h = int(m.group(1)) + (int(m.group(2)) / 60.0 if m.group(2) else 0.0)
    if m.group(2) and int(m.group(2)) >= 60 or h > 24:
        raise InputError(tr("The time band '{band}' is outside 0-24 h.").format(band=band), field="bands",
                         hint=_band_hint())
    return h


def _label(s: float, e: float) -> str:
    def h(x):
        return "{:02d}".format(int(x)) if float(x).is_integer() else "{:02d}:{:02d}".format(int(x), int(round(
            (x % 1) * 60)))
    return "{s}-{e}".format(s=h(s), e=h(e))


def parse_bands(bands=DEFAULT_BANDS):
    """``[(label, start_h, end_h)]`` from "7-9,9-16,16-19", ((7, 9), ...), {"label": (7, 9)} or None.

    ``None`` or "" gives one all-day band. A band may wrap midnight ("22-6"). An empty band
    ("9-9"), an hour outside 0-24 ("25-3"), unreadable text or overlapping bands raise ``InputError``.
    """
    if bands is None or (isinstance(bands, str) and not bands.strip()):
        return [(ALL_DAY, 0.0, 24.0)]
    if isinstance(bands, str):
        parts = [b for b in re.split(r"[,;]", bands)]
        items = []
        for b in parts:
            if not b.strip():
                raise InputError(tr("The time bands '{bands}' contain an empty band.").format(bands=bands),
                                 field="bands", hint=_band_hint())
            halves = re.split(r"\s*(?:-|–|to|à)\s*", b.strip())
            if len(halves) != 2:
                raise InputError(tr("Cannot read the time band '{band}'.").format(band=b.strip()), field="bands",
                                 hint=_band_hint())
            items.append((None, (_hour(halves[0], b.strip()), _hour(halves[1], b.strip()))))
    elif isinstance(bands, dict):
        items = list(bands.items())
    else:
        items = [(None, b) for b in bands]
    out = []
    for label, b in items:
        try:
            s, e = float(b[0]), float(b[1])
        except (TypeError, ValueError, IndexError):
            raise InputError(tr("Cannot read the time band '{band}'.").format(band=b), field="bands",
                             hint=_band_hint()) from None
        if not (0.0 <= s <= 24.0 and 0.0 <= e <= 24.0):
            raise InputError(tr("The time band '{band}' is outside 0-24 h.").format(band=b),
                             field="bands", hint=_band_hint())
        if s == e:
            raise InputError(tr("The time band '{band}' is empty (it starts when it ends).").format(band=_label(s, e)),
                             field="bands", hint=_band_hint())
        out.append((label or _label(s, e), s, e))
    if not out:
        raise InputError(tr("No time band given."), field="bands", hint=_band_hint())
    # overlaps: sample the day every minute
    minutes = np.arange(0, 24 * 60) / 60.0
    cover = np.zeros(len(minutes), dtype=int)
    for _, s, e in out:
        cover += _in_band(minutes, s, e)
    if (cover > 1).any():
        raise InputError(tr("The time bands '{bands}' overlap.").format(
            bands=", ".join(lbl for lbl, _, _ in out)), field="bands", hint=_band_hint())
    return out


def _in_band(hours, s, e):
    hours = np.asarray(hours, dtype=float)
    if s < e:
        return (hours >= s) & (hours < e)
    return (hours >= s) | (hours < e)          # wraps midnight


def band_index(times_utc, bands, tz: str = DEFAULT_TZ) -> np.ndarray:
    """Index into ``parse_bands(bands)`` of the local hour of each time (-1 outside every band)."""
    blist = bands if isinstance(bands, list) and bands and isinstance(bands[0], tuple) and len(bands[0]) == 3 \
        else parse_bands(bands)
    local = pd.DatetimeIndex(pd.to_datetime(times_utc, utc=True)).tz_convert(tz)
    hours = local.hour + local.minute / 60.0 + local.second / 3600.0
    out = np.full(len(local), -1, dtype=np.int64)
    for k, (_, s, e) in enumerate(blist):      # a loop over bands (a handful)
        out[(out < 0) & _in_band(hours, s, e)] = k
    return out


def _bound(value, tz, name, end=False):
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError):
        raise InputError(tr("Cannot read the date '{value}'.").format(value=value), field=name,
                         hint=tr("Use a date like 2026-03-02 or a date and time.")) from None
    date_only = isinstance(value, str) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}\s*", value) is not None
    date_only = date_only or (ts.tzinfo is None and ts == ts.normalize() and not isinstance(value, str))
    if ts.tzinfo is None:
        ts = ts.tz_localize(tz)
    if end and date_only:
        ts = ts + pd.Timedelta(days=1)          # an end date is inclusive
    return ts.tz_convert("UTC")


def _prepare(traversals, tz, start, end, partial, min_fraction, modes, weekdays_only, name):
    if traversals is None or len(traversals) == 0:
        raise InputError(tr("There are no segment traversals."), file=name,
                         hint=tr("No leg was matched to the network: check the mode filter, the date range and "
                                 "that the legs run on the network."))
    need = ("segment_id", "user_id", "entry_time")
    for col in need:
        if col not in traversals.columns:
            raise InputError(tr("The traversals have no '{col}' column.").format(col=col), file=name, field=col,
                             hint=tr("Use the traversals of the map matching."))
    if partial not in ("drop", "prorate"):
        raise InputError(tr("Partial traversals must be 'drop' or 'prorate'."), field="partial")
    if not 0.0 < float(min_fraction) <= 1.0:
        raise InputError(tr("The minimum driven share of a segment must be in (0, 1]."), field="min_fraction")
    df = traversals
    entry = pd.to_datetime(df["entry_time"], utc=True)
    if "tt_s" in df.columns:
        tt = pd.to_numeric(df["tt_s"], errors="coerce").to_numpy(float)
    else:
        tt = (pd.to_datetime(df["exit_time"], utc=True) - entry).dt.total_seconds().to_numpy(float)
    frac = (pd.to_numeric(df["fraction"], errors="coerce").fillna(1.0).to_numpy(float)
            if "fraction" in df.columns else np.ones(len(df)))
    part = (df["partial"].fillna(False).astype(bool).to_numpy() if "partial" in df.columns
            else np.zeros(len(df), dtype=bool))
    keep = np.ones(len(df), dtype=bool)
    counts = {"input": len(df)}
    if modes is not None and "mode" in df.columns:
        wanted = {str(m).lower() for m in ([modes] if isinstance(modes, str) else modes)}
        keep &= df["mode"].astype(str).str.lower().isin(wanted).to_numpy()
    s, e = _bound(start, tz, "start"), _bound(end, tz, "end", end=True)
    if s is not None and e is not None and e <= s:
        raise InputError(tr("The date range ends before it starts."), field="end")
    if s is not None:
        keep &= (entry >= s).to_numpy()
    if e is not None:
        keep &= (entry < e).to_numpy()
    if weekdays_only:
        keep &= (entry.dt.tz_convert(tz).dt.dayofweek < 5).to_numpy()
    counts["in_range"] = int(keep.sum())
    if partial == "drop":
        keep &= ~part
        tt_full = tt
    else:
        keep &= ~part | (frac >= float(min_fraction))
        tt_full = np.where(part, tt / np.maximum(frac, 1e-9), tt)
    keep &= np.isfinite(tt_full) & (tt_full > 0)
    counts["used"] = int(keep.sum())
    length = (pd.to_numeric(df["length_m"], errors="coerce").to_numpy(float) if "length_m" in df.columns
              else np.full(len(df), np.nan))
    out = pd.DataFrame({
        "segment_id": df["segment_id"].to_numpy()[keep],
        "direction": (df["direction"].to_numpy()[keep] if "direction" in df.columns
                      else np.ones(int(keep.sum()), dtype=np.int8)),
        "user_id": df["user_id"].astype(str).to_numpy()[keep],
        "entry_time": entry.to_numpy()[keep],
        "tt_s": tt_full[keep],
        "length_m": length[keep],
    })
    out["entry_time"] = pd.to_datetime(out["entry_time"], utc=True)
    return out, counts


def segment_travel_times(traversals: pd.DataFrame, network=None, bands=DEFAULT_BANDS, tz: str = DEFAULT_TZ,
                         start=None, end=None, partial: str = "drop", min_fraction: float = 0.5,
                         min_traversals: int = 5, min_sample_users: int = 3,
                         min_users: int = DEFAULT_MIN_USERS, modes: Optional[Sequence[str]] = None,
                         free_flow: str = "p15", weekdays_only: bool = False,
                         name: str = "traversals", weights: Optional[Mapping] = None,
                         replicate_weights: Optional[pd.DataFrame] = None, margins: str = "",
                         level: float = 0.95, allow_empty: bool = False) -> pd.DataFrame:
    """Travel-time statistics per segment x direction x band (see the module docstring).

    ``bands``: see :func:`parse_bands`; a traversal belongs to the band of its local entry time
    (``tz``). ``start``/``end``: dates (end date inclusive) or times. ``free_flow``: "p15" (15th
    percentile of the segment-direction's travel times over the whole day), "night" (median between
    22 h and 6 h, else p15) or "limit" (length / speed limit; needs ``network``). ``low_sample``:
    fewer than ``min_traversals`` traversals or ``min_sample_users`` participants. Cells seen by fewer
    than ``min_users`` participants are ``masked`` (statistics empty), the privacy rule of
    :mod:`core.privacy`. ``attrs``: ``warnings`` (list), ``counts`` (traversals in / in range / used).

    ``weights``: optional participant weights ``{user_id: weight}`` (``indicators.weighting.rake``, expansion
    weights): each cell then also gets ``traversals_weighted``, the sum of the weights of its traversals'
    participants (the population's traversals in the period), and ``margins`` (what the weights were raked
    to, as given). ``replicate_weights``: ``user_id`` and one column per replicate weight (each re-raked):
    ``traversals_weighted_low`` / ``_high``, the ``level`` percentile range over the replicates. The
    privacy rule and ``low_sample`` still count real participants. ``weighted`` says whether weights were
    given.

    ``allow_empty``: the traversals are a part of the study holding whole segment x direction groups (a reduce
    task of core/cluster's shuffle): when none is left after the filters or in the bands, an empty table
    whose ``attrs["empty_reason"]`` is the error the whole study would raise, instead of raising it.
    """
    min_users = check_min_users(min_users)
    if int(min_traversals) < 1 or int(min_sample_users) < 1:
        raise InputError(tr("The minimum sample must be at least 1 traversal and 1 participant."),
                         field="min_traversals")
    if free_flow not in FREE_FLOW_CHOICES:
        raise InputError(tr("Unknown free-flow reference '{value}'.").format(value=free_flow), field="free_flow",
                         hint=tr("Use p15, night or limit."))
    if free_flow == "limit" and network is None:
        raise InputError(tr("The speed-limit free-flow reference needs the network."), field="free_flow")
    blist = parse_bands(bands)
    try:
        pd.Timestamp("2026-01-01", tz=tz)
    except Exception:
        raise InputError(tr("Unknown time zone '{tz}'.").format(tz=tz), field="tz",
                         hint=tr("Use a name like Europe/Paris.")) from None
    tv, counts = _prepare(traversals, tz, start, end, partial, min_fraction, modes, weekdays_only, name)
    warnings = []
    if len(tv) == 0:
        err = InputError(tr("No complete segment traversal is left after the filters ({n} before the date range "
                            "and partial filter).").format(n=counts["input"]), file=name,
                         hint=tr("Widen the date range, or pro-rate partial traversals."))
        if allow_empty:
            return _empty_stats(err, counts, blist, network)
        raise err
    if network is not None:
        seglen = network.segments.set_index("segment_id")["length_m"]
        tv["length_m"] = tv["segment_id"].map(seglen).to_numpy(float)
    tv["band_index"] = band_index(tv["entry_time"], blist, tz)
    tv["speed_kmh"] = tv["length_m"] / tv["tt_s"] * 3.6
    key = ["segment_id", "direction"]

    # free-flow reference per segment x direction, over the whole day
    g_all = tv.groupby(key, sort=True)
    ff = g_all["tt_s"].quantile(0.15).rename("free_flow_tt_s")
    if free_flow == "night":
        local = tv["entry_time"].dt.tz_convert(tz)
        hours = local.dt.hour + local.dt.minute / 60.0
        night = tv[_in_band(hours.to_numpy(), *NIGHT_HOURS)]
        if len(night):
            ffn = night.groupby(key)["tt_s"].median()
            ff = ffn.reindex(ff.index).fillna(ff).rename("free_flow_tt_s")
    elif free_flow == "limit":
        segs = network.segments.set_index("segment_id")
        lim = (segs["length_m"] / (segs["speed_kmh"] / 3.6))
        ff = pd.Series(lim.reindex(ff.index.get_level_values(0)).to_numpy(), index=ff.index, name="free_flow_tt_s")

    inband = tv[tv["band_index"] >= 0]
    if len(inband) == 0:
        err = InputError(tr("No traversal falls in the time bands {bands}.").format(
            bands=", ".join(lbl for lbl, _, _ in blist)), field="bands",
            hint=tr("Check the bands and the time zone, or leave the bands empty for the whole day."))
        if allow_empty:
            return _empty_stats(err, counts, blist, network)
        raise err
    g = inband.groupby(key + ["band_index"], sort=True)
    stats = pd.DataFrame({
        "length_m": g["length_m"].first(),
        "n_traversals": g.size(),
        "n_users": g["user_id"].nunique(),
        "tt_mean_s": g["tt_s"].mean(),
        "tt_median_s": g["tt_s"].median(),
        "tt_p85_s": g["tt_s"].quantile(0.85),
        "speed_median_kmh": g["speed_kmh"].median(),
    }).reset_index()
    stats = stats.merge(ff.reset_index(), on=key, how="left")
    stats["speed_ratio"] = stats["free_flow_tt_s"] / stats["tt_median_s"]
    stats["delay_s"] = stats["tt_median_s"] - stats["free_flow_tt_s"]
    stats["band"] = np.array([lbl for lbl, _, _ in blist], dtype=object)[stats["band_index"].to_numpy()]
    stats["n_traversals"] = stats["n_traversals"].astype(np.int64)
    stats["n_users"] = stats["n_users"].astype(np.int64)
    stats["low_sample"] = ((stats["n_traversals"] < int(min_traversals))
                           | (stats["n_users"] < int(min_sample_users)))
    stats["masked"] = stats["n_users"] < min_users
    hide = ["tt_mean_s", "tt_median_s", "tt_p85_s", "speed_median_kmh", "free_flow_tt_s", "speed_ratio", "delay_s"]
    stats.loc[stats["masked"], hide] = np.nan
    stats = stats[STAT_COLUMNS].copy()
    stats["weighted"] = weights is not None
    if weights is not None:
        _add_weighted_volumes(stats, inband, key + ["band_index"], weights, replicate_weights, level, margins)
    if network is not None:
        segs = network.segments.set_index("segment_id")
        for col in ("name", "road_class"):
            if col in segs.columns:
                stats[col] = stats["segment_id"].map(segs[col]).to_numpy()
    warnings.extend(cell_warnings(stats, blist, min_users))
    stats = stats.reset_index(drop=True)
    stats.attrs["warnings"] = warnings
    stats.attrs["counts"] = counts
    stats.attrs["bands"] = blist
    return stats


def cell_warnings(stats: pd.DataFrame, blist, min_users: int) -> list:
    """The warnings on the cells of the whole study: a lowered privacy threshold, the masked cells, the empty
    bands (also called by core/cluster on the cells its reduce tasks gathered)."""
    warnings = []
    warn = min_users_warning(min_users)
    if warn:
        warnings.append(warn)
    n_masked = int(stats["masked"].sum())
    if n_masked:
        warnings.append(tr("{k} of {n} segment x direction x band cells were seen by fewer than {m} participants: "
                           "their statistics are not published.").format(k=n_masked, n=len(stats), m=min_users))
    empty = [lbl for k, (lbl, _, _) in enumerate(blist) if not (stats["band_index"] == k).any()]
    if empty:
        warnings.append(tr("No traversal in the time band(s) {bands}.").format(bands=", ".join(empty)))
    return warnings


def _empty_stats(reason: InputError, counts: dict, blist, network) -> pd.DataFrame:
    """No cell (``allow_empty``): the statistics' columns, no row, and why."""
    stats = pd.DataFrame({c: pd.Series(dtype=object) for c in STAT_COLUMNS})
    stats["weighted"] = pd.Series(dtype=bool)
    if network is not None:
        for col in ("name", "road_class"):
            if col in network.segments.columns:
                stats[col] = pd.Series(dtype=object)
    stats.attrs.update(warnings=[], counts=counts, bands=blist, empty_reason=reason)
    return stats


def _weights_of(user_ids: pd.Series, weights: Mapping) -> np.ndarray:
    """The weight of each record's participant: 0 when the participant has none (or a NaN or negative one)."""
    table = pd.to_numeric(pd.Series(dict(weights), dtype=object), errors="coerce")
    table.index = table.index.astype(str)
    w = user_ids.astype(str).map(table).to_numpy(float)
    return np.where(np.isfinite(w) & (w > 0), w, 0.0)


def _add_weighted_volumes(stats, inband, key, weights, replicates, level, margins):
    """``traversals_weighted`` (and its replicate range) on ``stats``, in the order of its ``key`` groups;
    NaN where the cell is masked (a weight would reveal a participant's group)."""
    cell = inband.groupby(key, sort=True).ngroup().to_numpy()
    w = _weights_of(inband["user_id"], weights)
    stats["traversals_weighted"] = np.bincount(cell, weights=w, minlength=len(stats))
    masked = stats["masked"].to_numpy(bool)
    stats.loc[masked, "traversals_weighted"] = np.nan
    if replicates is not None:
        from scipy import sparse

        table = replicates.assign(user_id=replicates["user_id"].astype(str)).drop_duplicates("user_id")
        cols = [c for c in table.columns if c != "user_id"]
        if not cols:
            raise InputError(tr("the replicate weights table has no replicate column"), field="replicate_weights")
        reps = table[cols].apply(pd.to_numeric, errors="coerce").fillna(0.0).clip(lower=0.0).to_numpy()
        users = pd.Index(table["user_id"])
        ui = users.get_indexer(inband["user_id"].astype(str))
        ok = ui >= 0
        counts = sparse.csr_matrix((np.ones(int(ok.sum())), (cell[ok], ui[ok])), shape=(len(stats), len(users)))
        totals = np.asarray(counts @ reps)            # cells x replicates
        alpha = (1.0 - float(level)) / 2.0
        low, high = np.quantile(totals, [alpha, 1.0 - alpha], axis=1)
        low[masked] = high[masked] = np.nan
        stats["traversals_weighted_low"], stats["traversals_weighted_high"] = low, high
    stats["margins"] = str(margins or "")


def segment_profile(stats: pd.DataFrame, segment_id) -> pd.DataFrame:
    """Chart data of one segment: a row per direction x band (band order), with the statistics."""
    rows = stats[stats["segment_id"] == segment_id]
    if len(rows) == 0:
        raise InputError(tr("Segment {sid} has no travel-time statistics.").format(sid=segment_id),
                         field="segment_id")
    cols = ["direction", "band", "band_index", "n_traversals", "n_users", "tt_median_s", "tt_p85_s", "tt_mean_s",
            "speed_median_kmh", "free_flow_tt_s", "speed_ratio", "delay_s", "low_sample", "masked"]
    return rows.sort_values(["direction", "band_index"], ascending=[False, True])[cols].reset_index(drop=True)


def busiest_segments(stats: pd.DataFrame, n: int = 6) -> list:
    """Segment ids with the most published traversals (all bands and directions)."""
    pub = stats[~stats["masked"]]
    tot = pub.groupby("segment_id")["n_traversals"].sum().sort_values(ascending=False, kind="stable")
    return tot.index[:n].tolist()
