"""Before/after comparison of a circulation plan: is the change real or noise?

Periods
-------
Either a change date (``change``: *before* = the data before it, *after* = the data from it on)
or two explicit periods ``before=(start, end)`` and ``after=(start, end)``. A bound given as a
date (``"2024-03-01"`` or ``datetime.date``) is local midnight in ``tz``; a period's END given as
a date is inclusive (the whole day), a date-time end is exclusive. Overlapping periods, an
*after* period that starts before the *before* one, and a period with no data raise
:class:`InputError`. ``weekdays_only`` keeps Monday–Friday; ``exclude_holidays`` drops French
public holidays (:func:`french_public_holidays`, Easter computed, no dependency), so that like is
compared with like.

Uncertainty: the participant (cluster) bootstrap
-----------------------------------------------
The traces of one participant are not independent (the same person drives the same street the
same way every day), so every confidence interval comes from a bootstrap that resamples whole
*participants*: each replicate draws ``n_users`` participants with replacement (multinomial
weights, one weight per participant, the same in both periods), and every statistic of every cell
is recomputed with those weights at once: weighted medians of all cells by one sort and a
cumulative sum per chunk of replicates (numpy, no loop over cells), weighted counts by a sparse
participants x cells matrix product. The interval is the percentile interval at level
``1 - alpha`` (95 % by default) of the replicates (of the log ratio for ratios).

Flags: ``significant`` when the 95 % interval of the ratio excludes 1 (of a difference: excludes
0), ``not significant`` otherwise, ``insufficient sample`` when a period has fewer than
``min_traversals`` traversals (trips) or fewer than ``min_users`` distinct participants (the
privacy rule of :mod:`.privacy`, default 10). The values of a period seen by fewer than
``min_users`` participants are not published (NaN, ``masked``).

Travel times: ``tt_*`` are medians per segment x direction x time band (local time in ``tz``).
Volumes are per day *of data*: traversals (or distinct participants) divided by the number of
local days of the period that hold any record after the filters (``days_before``/``days_after``).
"""
import datetime as _dt
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError, require_columns
from ..i18n import tr
from ..indicators.modal_share import TOTAL_ZONE, assign_zones, home_locations, prepare_trips
from ..privacy.rules import DEFAULT_MIN_USERS, check_min_users, min_users_warning
from ..vocab.modes import DISPLAY_ORDER
from ..vocab.times import to_utc

DEFAULT_TZ = "Europe/Paris"
#: Default time bands, local hours [start, end): morning peak, off-peak day, evening peak.
DEFAULT_BANDS = ((7, 9), (9, 16), (16, 19))
ALL_DAY = "all day"
FLAG_SIGNIFICANT = "significant"
FLAG_NOT_SIGNIFICANT = "not significant"
FLAG_INSUFFICIENT = "insufficient sample"
_MAX_CHUNK = 3_000_000  # replicates x observations per bootstrap chunk (memory ~ 8 bytes x 4 x this)


# --- small helpers --------------------------------------------------------------------------------
def _check(is_cancelled):
    if is_cancelled is not None and is_cancelled():
        raise Cancelled(tr("Before/after comparison cancelled"))


def _first_column(df: pd.DataFrame, names: Sequence[str]) -> Optional[str]:
    for n in names:
        if n in df.columns:
            return n
    return None


def _require(df, columns, name):
    require_columns(df, columns, name,
                    tr("Use the layers made by Tracemob (segment travel times, segmentation, modes)."))


def _flag(n_b, n_a, u_b, u_a, low, high, min_traversals, min_users, null=1.0):
    insufficient = (n_b < min_traversals) | (n_a < min_traversals) | (u_b < min_users) | (u_a < min_users)
    with np.errstate(invalid="ignore"):
        sig = (low > null) | (high < null)
    out = np.where(sig, FLAG_SIGNIFICANT, FLAG_NOT_SIGNIFICANT).astype(object)
    out[insufficient | ~(np.isfinite(low) & np.isfinite(high))] = FLAG_INSUFFICIENT
    return out


# --- French public holidays -------------------------------------------------------------------------
def easter_sunday(years) -> np.ndarray:
    """Gregorian Easter Sunday of each year (anonymous Gregorian algorithm), as datetime64[D]."""
    y = np.atleast_1d(np.asarray(years, dtype=np.int64))
    a = y % 19
    b = y // 100
    c = y % 100
    d = b // 4
    e = b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i = c // 4
    k = c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    first = (y - 1970).astype("datetime64[Y]").astype("datetime64[M]") + (month - 1).astype("timedelta64[M]")
    return first.astype("datetime64[D]") + (day - 1).astype("timedelta64[D]")


def french_public_holidays(years) -> np.ndarray:
    """The 11 French public holidays (metropolitan, general regime) of ``years``, sorted datetime64[D].

    New Year, Easter Monday, 1 May, 8 May, Ascension Thursday (Easter + 39 days), Whit Monday
    (Easter + 50), 14 July, 15 August, 1 November, 11 November, Christmas. (Alsace-Moselle's Good
    Friday and 26 December are not included.)
    """
    y = np.unique(np.atleast_1d(np.asarray(years, dtype=np.int64)))
    if len(y) == 0:
        return np.array([], dtype="datetime64[D]")
    fixed = []
    for month, day in ((1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)):
        md = (y - 1970).astype("datetime64[Y]").astype("datetime64[M]") + np.timedelta64(month - 1, "M")
        fixed.append(md.astype("datetime64[D]") + np.timedelta64(day - 1, "D"))
    easter = easter_sunday(y)
    moving = [easter + np.timedelta64(1, "D"), easter + np.timedelta64(39, "D"), easter + np.timedelta64(50, "D")]
    return np.sort(np.concatenate(fixed + moving))


# --- periods ---------------------------------------------------------------------------------------
@dataclass
class Periods:
    """The two compared periods, UTC bounds ``[start, end)``; None = open (up to the data)."""

    before_start: Optional[pd.Timestamp]
    before_end: Optional[pd.Timestamp]
    after_start: Optional[pd.Timestamp]
    after_end: Optional[pd.Timestamp]
    tz: str = DEFAULT_TZ
    weekdays_only: bool = False
    exclude_holidays: bool = False

    def label(self, times_utc) -> np.ndarray:
        """0 (before), 1 (after) or -1 (neither, or removed by the day filters) for each time."""
        t = pd.DatetimeIndex(pd.to_datetime(times_utc, utc=True))
        out = np.full(len(t), -1, dtype=np.int8)
        for code, start, end in ((0, self.before_start, self.before_end), (1, self.after_start, self.after_end)):
            keep = np.ones(len(t), dtype=bool)
            if start is not None:
                keep &= np.asarray(t >= start)
            if end is not None:
                keep &= np.asarray(t < end)
            out[keep & (out < 0)] = code
        if self.weekdays_only or self.exclude_holidays:
            days = local_days(t, self.tz)
            drop = np.zeros(len(t), dtype=bool)
            if self.weekdays_only:
                # 1970-01-01 was a Thursday: (days + 3) % 7 -> Monday = 0
                drop |= ((days.astype(np.int64) + 3) % 7) >= 5
            if self.exclude_holidays and len(days):
                years = np.unique(days.astype("datetime64[Y]").astype(np.int64) + 1970)
                drop |= np.isin(days, french_public_holidays(years))
            out[drop] = -1
        return out

    def describe(self, which: int, data_start=None, data_end=None) -> str:
        """``[start – end)`` in local time; an open bound shows the data's first/last time when given."""
        start, end = ((self.before_start, self.before_end) if which == 0 else (self.after_start, self.after_end))
        if start is None and data_start is not None:
            start = pd.Timestamp(data_start)
        if end is None and data_end is not None:
            end = pd.Timestamp(data_end)

        def fmt(ts):
            return "…" if ts is None else ts.tz_convert(self.tz).strftime("%Y-%m-%d %H:%M")

        return "[{s} – {e})".format(s=fmt(start), e=fmt(end))


def local_days(times_utc, tz: str = DEFAULT_TZ) -> np.ndarray:
    """Local calendar day (datetime64[D]) of each UTC time."""
    t = pd.DatetimeIndex(pd.to_datetime(times_utc, utc=True)).tz_convert(tz).tz_localize(None)
    return t.to_numpy().astype("datetime64[D]")


def _is_date_only(value) -> bool:
    if isinstance(value, _dt.datetime) or isinstance(value, pd.Timestamp):
        return False
    if isinstance(value, _dt.date):
        return True
    return isinstance(value, str) and len(value.strip()) == 10


def _to_bound(value, tz, field_name, end=False):
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        raise InputError(tr("cannot read the date '{value}'").format(value=value), field=field_name,
                         hint=tr("Give a date (2024-03-01) or a date-time (2024-03-01 08:00).")) from None
    if ts is pd.NaT:
        return None
    if ts.tzinfo is None:
        ts = ts.tz_localize(tz, ambiguous=False, nonexistent="shift_forward")
    if end and _is_date_only(value):
        ts = (ts.tz_localize(None) + pd.Timedelta(days=1)).tz_localize(tz, ambiguous=False,
                                                                     nonexistent="shift_forward")
    return ts.tz_convert("UTC")


def make_periods(change=None, before=None, after=None, tz: str = DEFAULT_TZ, weekdays_only: bool = False,
                 exclude_holidays: bool = False) -> Periods:
    """Build and check the two periods (see the module doc)."""
    if isinstance(change, Periods):
        return change
    if change is not None:
        if before is not None or after is not None:
            raise InputError(tr("give either a change date or two periods, not both"), field="change",
                             hint=tr("Leave the periods empty when a change date is given."))
        c = _to_bound(change, tz, "change")
        if c is None:
            raise InputError(tr("the change date is empty"), field="change")
        return Periods(None, c, c, None, tz, bool(weekdays_only), bool(exclude_holidays))
    if before is None or after is None:
        raise InputError(tr("no change date and no before/after periods were given"), field="change",
                         hint=tr("Give the date the plan came into force, or a start and end for both periods."))
    bounds = []
    for name, value in (("before", before), ("after", after)):
        try:
            start, end = value
        except (TypeError, ValueError):
            raise InputError(tr("a period must be a (start, end) pair"), field=name) from None
        s, e = _to_bound(start, tz, name), _to_bound(end, tz, name, end=True)
        if s is not None and e is not None and e <= s:
            raise InputError(tr("the {period} period ends before it starts").format(period=name), field=name,
                             hint=tr("Give an end date later than the start date."))
        bounds.append((s, e))
    (bs, be), (as_, ae) = bounds
    lo = pd.Timestamp.min.tz_localize("UTC")
    hi = pd.Timestamp.max.tz_localize("UTC")
    if (be or hi) > (as_ or lo) and (ae or hi) > (bs or lo):
        raise InputError(tr("the before and after periods overlap"), field="after",
                         hint=tr("Make the after period start on or after the end of the before period."))
    if (as_ or hi) < (bs or lo) or (ae or hi) <= (bs or lo):
        raise InputError(tr("the after period comes before the before period"), field="after",
                         hint=tr("Swap the two periods."))
    return Periods(bs, be, as_, ae, tz, bool(weekdays_only), bool(exclude_holidays))


def _check_periods_have_data(period, periods: Periods, what: str, name: str, all_times):
    for code, field_name in ((0, "before"), (1, "after")):
        if not np.any(period == code):
            label = tr("before") if code == 0 else tr("after")
            t = pd.to_datetime(all_times, utc=True)
            span = tr("the data span {start} to {end}").format(
                start=t.min().tz_convert(periods.tz).strftime("%Y-%m-%d") if len(t) else "-",
                end=t.max().tz_convert(periods.tz).strftime("%Y-%m-%d") if len(t) else "-")
            raise InputError(tr("the {period} period {bounds} holds no {what}").format(
                period=label, bounds=periods.describe(code), what=what), file=name, field=field_name,
                hint=span + ". " + tr("Choose periods (and weekday/holiday filters) that hold data."))


def _days_of_data(period, days):
    out = []
    for code in (0, 1):
        out.append(max(len(np.unique(days[period == code])), 1))
    return np.array(out, dtype=float)


# --- geometry helpers --------------------------------------------------------------------------------
def _geometry(value, field_name):
    import shapely

    if value is None:
        return None
    geom = value
    if isinstance(value, str):
        try:
            geom = shapely.from_wkt(value)
        except Exception:
            raise InputError(tr("cannot read the polygon"), field=field_name,
                             hint=tr("Give a polygon in WGS84 longitude/latitude.")) from None
    elif isinstance(value, (bytes, bytearray)):
        geom = shapely.from_wkb(bytes(value))
    if not isinstance(geom, shapely.Geometry) or geom.is_empty:
        raise InputError(tr("the polygon is empty or unreadable"), field=field_name,
                         hint=tr("Give a polygon in WGS84 longitude/latitude."))
    if geom.geom_type not in ("Polygon", "MultiPolygon") and geom.area == 0:
        raise InputError(tr("the area must be a polygon"), field=field_name)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    return geom


def _zone_list(zones, zone_ids=None):
    """(ids, geometries) from a dict {id: polygon}, a DataFrame (zone_id + geometry) or a sequence."""
    if zones is None:
        return [], []
    if isinstance(zones, dict):
        ids, geoms = [str(k) for k in zones], list(zones.values())
    elif isinstance(zones, pd.DataFrame):
        gcol = _first_column(zones, ("geometry", "geom", "wkt", "wkb"))
        if gcol is None:
            raise InputError(tr("the zones have no geometry"), field="zones")
        geoms = list(zones[gcol])
        icol = _first_column(zones, ("zone_id", "id", "name"))
        ids = [str(v) for v in (zones[icol] if icol else range(len(geoms)))]
    else:
        import shapely

        geoms = [zones] if isinstance(zones, (str, bytes, shapely.Geometry)) else list(zones)
        ids = [str(v) for v in (zone_ids if zone_ids is not None else range(len(geoms)))]
    if zone_ids is not None and not isinstance(zones, (dict, pd.DataFrame)):
        if len(ids) != len(geoms):
            raise InputError(tr("there are not as many zone ids as zone geometries"), field="zone_ids")
    return ids, [_geometry(g, "zones") for g in geoms]


def _segment_locations(traversals: pd.DataFrame, segments, name: str):
    """(lon, lat) of each traversal: its own lon/lat columns, else the midpoint of its segment."""
    lon_col = _first_column(traversals, ("lon", "mid_lon", "x"))
    lat_col = _first_column(traversals, ("lat", "mid_lat", "y"))
    if lon_col and lat_col:
        return (pd.to_numeric(traversals[lon_col], errors="coerce").to_numpy(float),
                pd.to_numeric(traversals[lat_col], errors="coerce").to_numpy(float))
    if segments is None:
        raise InputError(tr("cannot place the traversals in the study area"), file=name, field="segment_id",
                         hint=tr("Give the network segments (segment_id with a geometry or lon/lat), "
                                 "or traversals with lon/lat columns."))
    import shapely

    seg = segments
    scol = _first_column(seg, ("segment_id", "edge_id", "seg_id", "id"))
    if scol is None:
        raise InputError(tr("the network has no segment id"), field="segment_id")
    lo = _first_column(seg, ("lon", "mid_lon", "x"))
    la = _first_column(seg, ("lat", "mid_lat", "y"))
    if lo and la:
        x = pd.to_numeric(seg[lo], errors="coerce").to_numpy(float)
        y = pd.to_numeric(seg[la], errors="coerce").to_numpy(float)
    else:
        gcol = _first_column(seg, ("geometry", "geom", "wkt", "wkb"))
        if gcol is None:
            raise InputError(tr("the network has no geometry"), field="geometry")
        g = seg[gcol].to_numpy(object)
        if len(g) and isinstance(g[0], str):
            g = shapely.from_wkt(g)
        elif len(g) and isinstance(g[0], (bytes, bytearray)):
            g = shapely.from_wkb(g)
        mid = shapely.line_interpolate_point(g, 0.5, normalized=True)
        x, y = shapely.get_x(mid), shapely.get_y(mid)
    where = pd.Series(np.arange(len(seg)), index=seg[scol].astype(str).to_numpy())
    where = where[~where.index.duplicated()]
    pos = where.reindex(traversals["segment_id"].astype(str).to_numpy()).to_numpy()
    ok = np.isfinite(pos)
    lon = np.full(len(traversals), np.nan)
    lat = np.full(len(traversals), np.nan)
    lon[ok] = x[pos[ok].astype(np.int64)]
    lat[ok] = y[pos[ok].astype(np.int64)]
    return lon, lat


def _in_polygon(lon, lat, polygon) -> np.ndarray:
    import shapely

    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    out = np.zeros(len(lon), dtype=bool)
    if ok.any():
        out[ok] = shapely.contains_xy(polygon, lon[ok], lat[ok]) | shapely.intersects_xy(polygon, lon[ok], lat[ok])
    return out


def check_areas(study_area, control_area=None):
    """Parse the study and control polygons; a control area overlapping the study area is refused."""
    study = _geometry(study_area, "study_area")
    control = _geometry(control_area, "control_area") if control_area is not None else None
    if study is not None and control is not None:
        overlap = study.intersection(control).area
        if overlap > 1e-9 * max(min(study.area, control.area), 1e-18):
            raise InputError(tr("the control area overlaps the study area"), field="control_area",
                             hint=tr("Draw the control area outside the study area (touching is allowed): "
                                     "it must show what happened without the plan."))
    return study, control


# --- the participant bootstrap ----------------------------------------------------------------------
def _user_weights(n_users: int, n_boot: int, rng) -> np.ndarray:
    """(n_boot, n_users) multinomial weights: n_users participants drawn with replacement."""
    if n_users == 0:
        return np.zeros((n_boot, 0), dtype=np.int32)
    return rng.multinomial(n_users, np.full(n_users, 1.0 / n_users), size=n_boot).astype(np.int32)


class _Medians:
    """Weighted medians of every cell at once, for many weight vectors (one per replicate).

    The values are sorted once by (cell, value). For a row of weights, the weighted median of a
    cell is the mean of its lower and upper weighted medians: the first value where the running
    weight within the cell reaches half the cell's total (lower) or exceeds it (upper). With unit
    weights this is the ordinary median.
    """

    def __init__(self, values, cell, user, n_cells):
        values = np.asarray(values, dtype=float)
        cell = np.asarray(cell, dtype=np.int64)
        order = np.lexsort((values, cell))
        self.v = values[order]
        self.user = np.asarray(user, dtype=np.int64)[order]
        counts = np.bincount(cell, minlength=n_cells)
        self.n_cells = n_cells
        self.nonempty = np.nonzero(counts)[0]
        ends = np.cumsum(counts)
        self.starts = (ends - counts)[self.nonempty]
        self.ends = ends[self.nonempty]
        self.k = np.repeat(np.arange(len(self.nonempty)), counts[self.nonempty])

    def __call__(self, user_w: np.ndarray) -> np.ndarray:
        b = user_w.shape[0]
        out = np.full((b, self.n_cells), np.nan)
        if len(self.nonempty) == 0:
            return out
        w = user_w[:, self.user].astype(np.int64)
        cum = np.cumsum(w, axis=1)
        base = np.where(self.starts[None, :] > 0, cum[:, np.maximum(self.starts - 1, 0)], 0)
        total = cum[:, self.ends - 1] - base
        within2 = 2 * (cum - base[:, self.k])
        tk = total[:, self.k]
        lo = np.add.reduceat(within2 < tk, self.starts, axis=1, dtype=np.int64)
        up = np.add.reduceat(within2 <= tk, self.starts, axis=1, dtype=np.int64)
        last = self.ends - 1
        lo_i = np.minimum(self.starts + lo, last)
        up_i = np.minimum(self.starts + up, last)
        med = 0.5 * (self.v[lo_i] + self.v[up_i])
        med[total == 0] = np.nan
        out[:, self.nonempty] = med
        return out


class _Counts:
    """Weighted counts of every cell (sum of the participants' weights over their records)."""

    def __init__(self, cell, user, n_cells, n_users, values=None):
        from scipy import sparse

        data = np.ones(len(cell)) if values is None else np.asarray(values, dtype=float)
        self.mat = sparse.csr_matrix((data, (np.asarray(cell, dtype=np.int64), np.asarray(user, dtype=np.int64))),
                                     shape=(n_cells, n_users))

    def __call__(self, user_w: np.ndarray) -> np.ndarray:
        return np.asarray(self.mat @ user_w.T.astype(float)).T


def _bootstrap(stat, n_users, n_obs, n_boot, seed, is_cancelled=None, progress=None):
    """Point estimate (unit weights) and (n_boot, k) replicates of ``stat(user_weights)``."""
    point = stat(np.ones((1, n_users), dtype=np.int32))[0]
    rng = np.random.default_rng(seed)
    chunk = int(max(1, min(n_boot, _MAX_CHUNK // max(n_obs, 1))))
    reps = []
    done = 0
    while done < n_boot:
        _check(is_cancelled)
        b = min(chunk, n_boot - done)
        reps.append(stat(_user_weights(n_users, b, rng)))
        done += b
        if progress:
            progress(done / n_boot)
    reps = np.concatenate(reps, axis=0) if reps else np.zeros((0, len(point)))
    return point, reps


def _interval(reps, alpha):
    with np.errstate(all="ignore"), _quiet():
        lo = np.nanpercentile(reps, 100 * alpha / 2, axis=0)
        hi = np.nanpercentile(reps, 100 * (1 - alpha / 2), axis=0)
    return lo, hi


class _quiet:
    def __enter__(self):
        import warnings

        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore", RuntimeWarning)

    def __exit__(self, *exc):
        self._w.__exit__(*exc)


# --- traversals ---------------------------------------------------------------------------------------
def _bands(bands):
    """[(label, start_h, end_h)] from ((7, 9), ...), {"label": (7, 9)} or None (one 'all day' band)."""
    if bands is None:
        return [(ALL_DAY, 0.0, 24.0)]
    items = bands.items() if isinstance(bands, dict) else [(None, b) for b in bands]
    out = []
    for label, b in items:
        try:
            s, e = float(b[0]), float(b[1])
        except (TypeError, ValueError, IndexError):
            raise InputError(tr("cannot read the time band {band}").format(band=b), field="bands",
                             hint=tr("Give bands as start and end hours, e.g. 7-9, 9-16, 16-19.")) from None
        if not (0 <= s < e <= 24):
            raise InputError(tr("the time band {band} is empty or outside 0-24 h").format(band=b), field="bands",
                             hint=tr("Give bands as start and end hours, e.g. 7-9, 9-16, 16-19."))

        def h(x):
            return "{:02d}".format(int(x)) if float(x).is_integer() else "{:05.2f}".format(x)

        out.append((label or "{s}-{e}".format(s=h(s), e=h(e)), s, e))
    if not out:
        raise InputError(tr("no time band given"), field="bands")
    return out


def prepare_traversals(traversals: pd.DataFrame, name: str = "traversals", modes=None,
                       keep_partial: bool = False) -> pd.DataFrame:
    """Normalise a traversals table to ``user_id, segment_id, direction, time, tt_s`` (+ the others).

    Accepted names: time from ``entry_time`` (``t_entry``, ``enter_time``, ``start_time``, ``time``),
    travel time from ``travel_time_s`` (``tt_s``, ``duration_s``) or ``exit_time - entry time``;
    ``direction`` is optional. ``modes``: keep only these modes (needs a ``mode`` column).
    Partial traversals (``partial`` true: the first/last segment of a matched chain) are dropped
    unless ``keep_partial``.
    """
    if traversals is None:
        raise InputError(tr("no traversals given"), file=name,
                         hint=tr("Run the segment travel times first (map-matched legs)."))
    _require(traversals, ("user_id",), name)
    scol = _first_column(traversals, ("segment_id", "edge_id", "seg_id"))
    if scol is None:
        _require(traversals, ("segment_id",), name)
    tcol = _first_column(traversals, ("entry_time", "t_entry", "enter_time", "start_time", "time"))
    if tcol is None:
        _require(traversals, ("entry_time",), name)
    out = traversals.copy()
    out["segment_id"] = traversals[scol].astype(str).to_numpy()
    out["user_id"] = traversals["user_id"].astype(str).to_numpy()
    out["time"] = to_utc(traversals[tcol], name, tcol).to_numpy()
    dcol = _first_column(traversals, ("direction", "dir"))
    out["direction"] = traversals[dcol].astype(str).to_numpy() if dcol else ""
    ttcol = _first_column(traversals, ("travel_time_s", "tt_s", "duration_s"))
    if ttcol is not None:
        tt = pd.to_numeric(traversals[ttcol], errors="coerce").to_numpy(float)
    else:
        ecol = _first_column(traversals, ("exit_time", "t_exit", "end_time"))
        if ecol is None:
            _require(traversals, ("travel_time_s",), name)
        tt = (to_utc(traversals[ecol], name, ecol) - out["time"]).dt.total_seconds().to_numpy(float)
    out["tt_s"] = tt
    if modes is not None and "mode" in out.columns:
        keep = set(m.lower() for m in ([modes] if isinstance(modes, str) else modes))
        out = out[out["mode"].astype(str).str.lower().isin(keep).to_numpy()]
    if not keep_partial and "partial" in out.columns:
        out = out[~out["partial"].fillna(False).astype(bool).to_numpy()]
    out = out[np.isfinite(out["tt_s"].to_numpy()) & (out["tt_s"].to_numpy() > 0)]
    return out.reset_index(drop=True)


@dataclass
class _SegPrep:
    df: pd.DataFrame       # kept traversals with period (0/1), band, key (cell key index), user index
    keys: pd.DataFrame     # segment_id, direction, band (one row per key)
    n_users: int
    days: np.ndarray       # days of data before / after
    user_ids: np.ndarray


def _prepare_segments(traversals, periods: Periods, bands, name, modes=None, extra_key=None,
                      keep_partial=False) -> _SegPrep:
    tv = prepare_traversals(traversals, name, modes, keep_partial)
    if tv.empty:
        raise InputError(tr("no usable traversal (travel time missing or zero)"), file=name, field="travel_time_s")
    period = periods.label(tv["time"])
    blist = _bands(bands)
    local = pd.DatetimeIndex(tv["time"]).tz_convert(periods.tz)
    hour = (local.hour + local.minute / 60.0 + local.second / 3600.0).to_numpy(float)
    band = np.full(len(tv), -1, dtype=np.int64)
    for i, (_, s, e) in enumerate(blist):
        band[(band < 0) & (hour >= s) & (hour < e)] = i
    days = local_days(tv["time"], periods.tz)
    keep = (period >= 0) & (band >= 0)
    _check_periods_have_data(period[band >= 0], periods, tr("traversal in the time bands"), name, tv["time"])
    day_counts = _days_of_data(period[keep], days[keep])
    tv = tv[keep].reset_index(drop=True)
    tv["period"] = period[keep]
    tv["band_index"] = band[keep]
    tv["band"] = np.array([b[0] for b in blist], dtype=object)[band[keep]]
    tv["day"] = days[keep]
    key_cols = ["segment_id", "direction", "band_index"] + ([extra_key] if extra_key else [])
    codes, uniq = pd.factorize(pd.MultiIndex.from_frame(tv[key_cols]), sort=True)
    tv["key"] = codes
    keys = pd.MultiIndex.from_tuples(list(uniq), names=key_cols).to_frame(index=False) if len(uniq) else \
        pd.DataFrame(columns=key_cols)
    keys["band"] = np.array([b[0] for b in blist], dtype=object)[keys["band_index"].to_numpy(np.int64)]
    ucodes, users = pd.factorize(tv["user_id"], sort=True)
    tv["user_index"] = ucodes
    return _SegPrep(tv, keys, len(users), day_counts, np.asarray(users, dtype=object))


def _segment_stats(prep: _SegPrep):
    """stat(user_weights) -> [log medians (2K) | counts (2K)] for cells = 2 * key + period."""
    df = prep.df
    k = len(prep.keys)
    cell = 2 * df["key"].to_numpy(np.int64) + df["period"].to_numpy(np.int64)
    med = _Medians(np.log(df["tt_s"].to_numpy(float)), cell, df["user_index"].to_numpy(), 2 * k)
    cnt = _Counts(cell, df["user_index"].to_numpy(), 2 * k, prep.n_users)

    def stat(w):
        return np.concatenate([med(w), cnt(w)], axis=1)

    return stat, k


def compare_segments(traversals: pd.DataFrame, change=None, before=None, after=None, bands=DEFAULT_BANDS,
                     tz: str = DEFAULT_TZ, weekdays_only: bool = False, exclude_holidays: bool = False,
                     n_boot: int = 1000, alpha: float = 0.05, seed: int = 0, min_users: int = DEFAULT_MIN_USERS,
                     min_traversals: int = 5, modes=None, name: str = "traversals",
                     progress: Optional[Callable[[float], None]] = None,
                     is_cancelled: Optional[Callable[[], bool]] = None, keep_partial: bool = False) -> pd.DataFrame:
    """Median travel time before/after per segment x direction x time band, with participant-bootstrap CIs.

    ``traversals``: one row per traversal of a network segment (map matching output): ``user_id``,
    ``segment_id``, optional ``direction``, entry time and travel time (see
    :func:`prepare_traversals`), optional ``mode`` (filtered with ``modes``).
    Returns one row per segment x direction x band: ``segment_id, direction, band, tt_before_s,
    tt_after_s, ratio, ratio_ci_low, ratio_ci_high, change_pct, n_before, n_after, users_before,
    users_after, days_before, days_after, per_day_before, per_day_after, users_per_day_before,
    users_per_day_after, volume_ratio, volume_ci_low, volume_ci_high, volume_flag, flag, masked``.
    ``df.attrs["warnings"]`` lists warnings for the log (e.g. a lowered privacy threshold).
    """
    min_users = check_min_users(min_users)
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    prep = _prepare_segments(traversals, periods, bands, name, modes, keep_partial=keep_partial)
    _check(is_cancelled)
    table, _, _ = _segment_table(prep, periods, n_boot, alpha, seed, min_users, min_traversals, progress,
                                 is_cancelled)
    warn = min_users_warning(min_users)
    table.attrs["warnings"] = [warn] if warn else []
    table.attrs["users_before"] = int(prep.df.loc[prep.df["period"] == 0, "user_id"].nunique())
    table.attrs["users_after"] = int(prep.df.loc[prep.df["period"] == 1, "user_id"].nunique())
    return table


def _segment_table(prep: _SegPrep, periods, n_boot, alpha, seed, min_users, min_traversals, progress=None,
                   is_cancelled=None):
    stat, k = _segment_stats(prep)
    point, reps = _bootstrap(stat, prep.n_users, len(prep.df), n_boot, seed, is_cancelled, progress)
    df = prep.df
    logm_b, logm_a = point[0:2 * k:2], point[1:2 * k:2]
    n_b, n_a = point[2 * k::2], point[2 * k + 1::2]
    log_ratio_reps = reps[:, 1:2 * k:2] - reps[:, 0:2 * k:2]
    lo, hi = _interval(log_ratio_reps, alpha)
    days_b, days_a = prep.days
    with np.errstate(divide="ignore", invalid="ignore"):
        vol_reps = np.log((reps[:, 2 * k + 1::2] / days_a) / (reps[:, 2 * k::2] / days_b))
    vol_reps[~np.isfinite(vol_reps)] = np.nan
    vlo, vhi = _interval(vol_reps, alpha)
    cell = 2 * df["key"].to_numpy(np.int64) + df["period"].to_numpy(np.int64)
    users = pd.Series(df["user_index"].to_numpy()).groupby(cell).nunique().reindex(np.arange(2 * k), fill_value=0)
    users = users.to_numpy(np.int64)
    userdays = (pd.DataFrame({"c": cell, "u": df["user_index"].to_numpy(), "d": df["day"].to_numpy()})
                .drop_duplicates().groupby("c").size().reindex(np.arange(2 * k), fill_value=0).to_numpy(float))
    u_b, u_a = users[0::2], users[1::2]
    out = prep.keys.copy()
    out["tt_before_s"] = np.exp(logm_b)
    out["tt_after_s"] = np.exp(logm_a)
    out["ratio"] = np.exp(logm_a - logm_b)
    out["ratio_ci_low"] = np.exp(lo)
    out["ratio_ci_high"] = np.exp(hi)
    out["change_pct"] = 100.0 * (out["ratio"] - 1.0)
    out["n_before"] = n_b.astype(np.int64)
    out["n_after"] = n_a.astype(np.int64)
    out["users_before"] = u_b
    out["users_after"] = u_a
    out["days_before"] = int(days_b)
    out["days_after"] = int(days_a)
    out["per_day_before"] = n_b / days_b
    out["per_day_after"] = n_a / days_a
    out["users_per_day_before"] = userdays[0::2] / days_b
    out["users_per_day_after"] = userdays[1::2] / days_a
    with np.errstate(divide="ignore", invalid="ignore"):
        out["volume_ratio"] = (n_a / days_a) / (n_b / days_b)
    out["volume_ci_low"] = np.exp(vlo)
    out["volume_ci_high"] = np.exp(vhi)
    out["flag"] = _flag(n_b, n_a, u_b, u_a, out["ratio_ci_low"].to_numpy(), out["ratio_ci_high"].to_numpy(),
                        min_traversals, min_users)
    out["volume_flag"] = _flag(n_b, n_a, u_b, u_a, out["volume_ci_low"].to_numpy(),
                               out["volume_ci_high"].to_numpy(), 1, min_users)
    # privacy: a period seen by fewer than min_users participants is not published
    hide_b, hide_a = u_b < min_users, u_a < min_users
    out.loc[hide_b, "tt_before_s"] = np.nan
    out.loc[hide_a, "tt_after_s"] = np.nan
    both = hide_b | hide_a
    for col in ("ratio", "ratio_ci_low", "ratio_ci_high", "change_pct", "volume_ratio", "volume_ci_low",
                "volume_ci_high"):
        out.loc[both, col] = np.nan
    out["masked"] = both
    out = out.drop(columns=["band_index"])
    cols = ["segment_id", "direction", "band"] + [c for c in out.columns if c not in ("segment_id", "direction",
                                                                                        "band")]
    return out[cols].reset_index(drop=True), point, reps


# --- modal share -------------------------------------------------------------------------------------
def _trip_periods(trips, periods, name):
    t = to_utc(trips["start_time"], name, "start_time")
    period = periods.label(t)
    _check_periods_have_data(period, periods, tr("trip"), name, t)
    return period, local_days(t, periods.tz)


def compare_modal_share(trips: pd.DataFrame, zones=None, legs: Optional[pd.DataFrame] = None, zone_ids=None,
                        change=None, before=None, after=None, by: str = "origin", tz: str = DEFAULT_TZ,
                        weekdays_only: bool = False, exclude_holidays: bool = False, n_boot: int = 1000,
                        alpha: float = 0.05, seed: int = 0, min_users: int = DEFAULT_MIN_USERS,
                        min_trips: int = 10, name: str = "trips",
                        is_cancelled: Optional[Callable[[], bool]] = None) -> pd.DataFrame:
    """Modal share (main mode, share of trips) per zone before and after, with participant-bootstrap CIs.

    ``trips``: trips with ``main_mode`` (or ``mode``), or trips + ``legs`` (the main mode is then
    computed with :data:`indicators.MAIN_MODE_HIERARCHY`); with zones, ``origin_lon, origin_lat``
    (WGS84). ``zones``: polygons in WGS84 (dict ``{id: polygon}``, a DataFrame ``zone_id`` +
    ``geometry`` or a sequence, ids from ``zone_ids``); a trip belongs to the zone of its origin
    (``by="origin"``) or of its user's home (``by="home"``), as :func:`indicators.modal_share`.
    Zone ``"ALL"`` is every trip. Returns one row per zone x mode: ``zone_id, mode, trips_before,
    trips_after`` (the mode's trips), ``zone_trips_before, zone_trips_after, users_before,
    users_after`` (the zone's), ``share_before, share_after`` (%), ``change_pp, change_ci_low,
    change_ci_high`` (percentage points), ``flag, masked``. A zone-period seen by fewer than
    ``min_users`` participants or with fewer than ``min_trips`` trips is masked.
    """
    min_users = check_min_users(min_users)
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    all_trips = prepare_trips(trips, legs, name)
    ids, geoms = _zone_list(zones, zone_ids)
    if geoms:
        _require(all_trips, ("origin_lon", "origin_lat"), name)
        if by == "home":
            homes = home_locations(all_trips, tz=tz, trips_name=name)
            homes["zone_index"] = assign_zones(homes["home_lon"], homes["home_lat"], geoms)
            zi = all_trips["user_id"].map(homes.set_index("user_id")["zone_index"]).fillna(-1).to_numpy(np.int64)
        elif by == "origin":
            zi = assign_zones(all_trips["origin_lon"], all_trips["origin_lat"], geoms)
        else:
            raise InputError(tr("unknown zoning '{by}'").format(by=by), field="by", hint=tr("Use origin or home."))
    else:
        zi = np.full(len(all_trips), -1, dtype=np.int64)
    period, _ = _trip_periods(all_trips, periods, name)
    keep = period >= 0
    t = all_trips[keep]
    period = period[keep].astype(np.int64)
    zi = zi[keep]
    _check(is_cancelled)
    present = set(t["main_mode"])
    modes = [m for m in DISPLAY_ORDER if m in present]
    m_index = {m: i for i, m in enumerate(modes)}
    n_m = max(len(modes), 1)
    n_z = len(ids) + 1  # last = ALL
    ucodes, users = pd.factorize(t["user_id"].astype(str), sort=True)
    mode_i = t["main_mode"].map(m_index).to_numpy(np.int64)

    in_zone = zi >= 0
    cells = np.concatenate([(zi[in_zone] * 2 + period[in_zone]) * n_m + mode_i[in_zone],
                            ((n_z - 1) * 2 + period) * n_m + mode_i])
    cusers = np.concatenate([ucodes[in_zone], ucodes])
    counter = _Counts(cells, cusers, n_z * 2 * n_m, len(users))

    def stat(w):
        c = counter(w).reshape(len(w), n_z, 2, n_m)
        tot = c.sum(axis=3, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            share = 100.0 * c / tot
        return np.concatenate([c.reshape(len(w), -1), (share[:, :, 1] - share[:, :, 0]).reshape(len(w), -1)],
                              axis=1)

    point, reps = _bootstrap(stat, len(users), len(cells), n_boot, seed, is_cancelled)
    size = n_z * 2 * n_m
    counts = point[:size].reshape(n_z, 2, n_m)
    lo, hi = _interval(reps[:, size:], alpha)
    zone_tot = counts.sum(axis=2)  # (n_z, 2)
    zcell = np.concatenate([zi[in_zone] * 2 + period[in_zone], (n_z - 1) * 2 + period])
    zu = (pd.DataFrame({"c": zcell, "u": cusers}).groupby("c")["u"].nunique()
          .reindex(np.arange(2 * n_z), fill_value=0).to_numpy(np.int64).reshape(n_z, 2))
    zone_names = list(ids) + [TOTAL_ZONE]
    rows = pd.MultiIndex.from_product([zone_names, modes or ["unknown"]], names=["zone_id", "mode"]).to_frame(
        index=False)
    zpos = np.repeat(np.arange(n_z), n_m)
    out = rows
    out["trips_before"] = counts[:, 0, :].reshape(-1)
    out["trips_after"] = counts[:, 1, :].reshape(-1)
    out["zone_trips_before"] = zone_tot[zpos, 0]
    out["zone_trips_after"] = zone_tot[zpos, 1]
    out["users_before"] = zu[zpos, 0]
    out["users_after"] = zu[zpos, 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        out["share_before"] = 100.0 * out["trips_before"] / out["zone_trips_before"]
        out["share_after"] = 100.0 * out["trips_after"] / out["zone_trips_after"]
    out["change_pp"] = out["share_after"] - out["share_before"]
    out["change_ci_low"] = lo
    out["change_ci_high"] = hi
    flag = _flag(out["zone_trips_before"].to_numpy(), out["zone_trips_after"].to_numpy(),
                 out["users_before"].to_numpy(), out["users_after"].to_numpy(), lo, hi, min_trips, min_users,
                 null=0.0)
    out["flag"] = flag
    masked = ((out["users_before"] < min_users) | (out["users_after"] < min_users)
              | (out["zone_trips_before"] < min_trips) | (out["zone_trips_after"] < min_trips)).to_numpy()
    vals = ["trips_before", "trips_after", "zone_trips_before", "zone_trips_after", "share_before", "share_after",
            "change_pp", "change_ci_low", "change_ci_high"]
    out[vals] = out[vals].astype(float)
    out.loc[masked, vals] = np.nan
    out["masked"] = masked
    out.attrs["warnings"] = [w for w in [min_users_warning(min_users)] if w]
    return out


# --- rerouting ---------------------------------------------------------------------------------------
def _route_lines(routes: pd.DataFrame, name: str):
    """trip_id -> shapely line (or point) through the route's vertices, in their given order."""
    import shapely

    _require(routes, ("trip_id", "lon", "lat"), name)
    r = routes
    order_col = _first_column(r, ("time", "vertex", "entry_time"))
    if order_col is not None:
        r = r.sort_values(["trip_id", order_col], kind="stable")
    else:
        r = r.assign(_pos=np.arange(len(r))).sort_values(["trip_id", "_pos"], kind="stable")
    x = pd.to_numeric(r["lon"], errors="coerce").to_numpy(float)
    y = pd.to_numeric(r["lat"], errors="coerce").to_numpy(float)
    ok = np.isfinite(x) & np.isfinite(y)
    tid = r["trip_id"].astype(str).to_numpy()[ok]
    x, y = x[ok], y[ok]
    codes, uniq = pd.factorize(tid, sort=False)
    counts = np.bincount(codes, minlength=len(uniq))
    single = counts[codes] == 1  # a one-vertex route: repeat the vertex so it still makes a line
    xs = np.concatenate([x, x[single]])
    ys = np.concatenate([y, y[single]])
    cs = np.concatenate([codes, codes[single]])
    o = np.argsort(cs, kind="stable")
    lines = shapely.linestrings(np.column_stack([xs[o], ys[o]]), indices=cs[o])
    return pd.Series(lines, index=np.asarray(uniq, dtype=object))


def _od_keys(t: pd.DataFrame, od_zones, cell_m):
    olon, olat = t["origin_lon"].to_numpy(float), t["origin_lat"].to_numpy(float)
    dlon, dlat = t["destination_lon"].to_numpy(float), t["destination_lat"].to_numpy(float)
    if od_zones is not None:
        _, geoms = _zone_list(od_zones)
        o, d = assign_zones(olon, olat, geoms), assign_zones(dlon, dlat, geoms)
    else:
        lat0 = np.nanmedian(np.concatenate([olat, dlat])) if len(t) else 0.0
        kx = 111_320.0 * np.cos(np.radians(lat0)) / cell_m
        ky = 111_320.0 / cell_m
        o = np.floor(olon * kx).astype(np.int64) * 1_000_003 + np.floor(olat * ky).astype(np.int64)
        d = np.floor(dlon * kx).astype(np.int64) * 1_000_003 + np.floor(dlat * ky).astype(np.int64)
        bad = ~(np.isfinite(olon) & np.isfinite(olat) & np.isfinite(dlon) & np.isfinite(dlat))
        o[bad] = -1
        d[bad] = -1
    ok = (o >= 0) & (d >= 0) if od_zones is not None else (o != -1)
    return o, d, ok


def rerouting(trips: pd.DataFrame, routes: Optional[pd.DataFrame], study_area, change=None, before=None,
              after=None, od_zones=None, cell_m: float = 500.0, legs: Optional[pd.DataFrame] = None,
              tz: str = DEFAULT_TZ, weekdays_only: bool = False, exclude_holidays: bool = False,
              modes=None, n_boot: int = 1000, alpha: float = 0.05, seed: int = 0,
              min_users: int = DEFAULT_MIN_USERS, min_trips: int = 10, name: str = "trips",
              is_cancelled: Optional[Callable[[], bool]] = None) -> pd.DataFrame:
    """Share of trips whose route crosses the study area, before and after, for the same OD pairs.

    ``trips``: ``trip_id, user_id, start_time`` (+ ``origin_lon/lat``, ``destination_lon/lat``;
    when absent they are the first/last vertex of the route). ``routes``: the route vertices in
    travel order, ``trip_id, lon, lat`` (e.g. the points of the trip, or the vertices of the trips
    layer); with ``leg_id`` instead of ``trip_id`` give ``legs`` to map legs to trips. Without
    ``routes``, ``trips`` must carry a boolean ``through_area``. A route crosses the area when the
    line through its vertices intersects the polygon. OD pairs: cells of ``cell_m`` metres of the
    origin and the destination, or the zones ``od_zones``; only pairs seen in both periods count.
    The shares are standardised to the same pair mix in both periods (each pair weighted by its
    trips over both periods), so a change in who travels where is not read as rerouting.
    ``modes``: keep trips with these main modes (needs ``main_mode``/``mode``).
    Returns one row: ``n_pairs, trips_before, trips_after, users_before, users_after,
    share_before, share_after`` (%), ``change_pp, change_ci_low, change_ci_high, flag, masked``.
    """
    min_users = check_min_users(min_users)
    study = _geometry(study_area, "study_area")
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    _require(trips, ("trip_id", "user_id", "start_time"), name)
    t = trips.copy()
    t["trip_id"] = t["trip_id"].astype(str)
    t["user_id"] = t["user_id"].astype(str)
    if modes is not None:
        mcol = _first_column(t, ("main_mode", "mode"))
        if mcol is not None:
            keep_modes = set(m.lower() for m in ([modes] if isinstance(modes, str) else modes))
            t = t[t[mcol].astype(str).str.lower().isin(keep_modes).to_numpy()]
    if routes is not None:
        r = routes
        if "trip_id" not in r.columns and "leg_id" in r.columns and legs is not None:
            r = r.assign(trip_id=r["leg_id"].astype(str).map(legs.set_index(legs["leg_id"].astype(str))["trip_id"]
                                                            .astype(str)))
            r = r[r["trip_id"].notna()]
        import shapely

        lines = _route_lines(r, "routes")
        line = lines.reindex(t["trip_id"].to_numpy()).to_numpy(object)
        has = np.array([g is not None and not (isinstance(g, float)) for g in line], dtype=bool)
        through = np.zeros(len(t), dtype=bool)
        if has.any():
            through[has] = shapely.intersects(line[has].astype(object), study)
        t = t.assign(through_area=through)
        t = t[has]
        if not {"origin_lon", "origin_lat", "destination_lon", "destination_lat"} <= set(t.columns):
            first = shapely.get_point(line[has], 0)
            last = shapely.get_point(line[has], -1)
            t = t.assign(origin_lon=shapely.get_x(first), origin_lat=shapely.get_y(first),
                         destination_lon=shapely.get_x(last), destination_lat=shapely.get_y(last))
        if not t["through_area"].any():
            raise InputError(tr("no route crosses the study area"), field="study_area",
                             hint=tr("Check that the study area is drawn where the data are (WGS84 longitude/latitude)."))
    else:
        _require(t, ("through_area", "origin_lon", "origin_lat", "destination_lon", "destination_lat"), name)
    period, _ = _trip_periods(t, periods, name)
    o, d, ok = _od_keys(t, od_zones, cell_m)
    keep = (period >= 0) & ok
    t = t[keep]
    period = period[keep].astype(np.int64)
    pair_codes, _ = pd.factorize(pd.MultiIndex.from_arrays([o[keep], d[keep]]), sort=False)
    seen = np.zeros((pair_codes.max() + 1 if len(pair_codes) else 0, 2), dtype=bool)
    seen[pair_codes, period] = True
    common = seen.all(axis=1)
    sel = common[pair_codes] if len(pair_codes) else np.zeros(0, dtype=bool)
    t = t[sel]
    period = period[sel]
    if len(t) == 0:
        raise InputError(tr("no origin-destination pair is seen in both periods"), field="cell_m",
                         hint=tr("Use larger origin-destination cells or zones, or longer periods."))
    pc, _ = pd.factorize(pair_codes[sel], sort=False)
    n_p = pc.max() + 1
    ucodes, users = pd.factorize(t["user_id"], sort=True)
    through = t["through_area"].to_numpy(bool).astype(np.int64)
    cells = (pc * 2 + period) * 2 + through
    counter = _Counts(cells, ucodes, n_p * 4, len(users))

    def stat(w):
        c = counter(w).reshape(len(w), n_p, 2, 2)  # pair, period, through
        n = c.sum(axis=3)  # (b, pair, period)
        with np.errstate(divide="ignore", invalid="ignore"):
            s = c[:, :, :, 1] / n
        weight = n.sum(axis=2)
        valid = (n > 0).all(axis=2)
        wv = np.where(valid, weight, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            sb = 100.0 * np.nansum(np.where(valid, s[:, :, 0], 0.0) * wv, axis=1) / wv.sum(axis=1)
            sa = 100.0 * np.nansum(np.where(valid, s[:, :, 1], 0.0) * wv, axis=1) / wv.sum(axis=1)
        return np.column_stack([sb, sa, sa - sb])

    point, reps = _bootstrap(stat, len(users), len(cells), n_boot, seed, is_cancelled)
    lo, hi = _interval(reps[:, 2:3], alpha)
    u_b = t.loc[period == 0, "user_id"].nunique()
    u_a = t.loc[period == 1, "user_id"].nunique()
    n_b, n_a = int(np.sum(period == 0)), int(np.sum(period == 1))
    out = pd.DataFrame({"n_pairs": [int(n_p)], "trips_before": [n_b], "trips_after": [n_a],
                        "users_before": [u_b], "users_after": [u_a], "share_before": [point[0]],
                        "share_after": [point[1]], "change_pp": [point[2]], "change_ci_low": lo,
                        "change_ci_high": hi})
    out["flag"] = _flag(np.array([n_b]), np.array([n_a]), np.array([u_b]), np.array([u_a]), lo, hi, min_trips,
                        min_users, null=0.0)
    masked = (u_b < min_users) or (u_a < min_users)
    if masked:
        out[["share_before", "share_after", "change_pp", "change_ci_low", "change_ci_high"]] = np.nan
    out["masked"] = masked
    return out


# --- difference in differences -----------------------------------------------------------------------
def difference_in_differences(traversals: pd.DataFrame, study_area, control_area, segments=None, change=None,
                              before=None, after=None, bands=DEFAULT_BANDS, tz: str = DEFAULT_TZ,
                              weekdays_only: bool = False, exclude_holidays: bool = False, n_boot: int = 1000,
                              alpha: float = 0.05, seed: int = 0, min_users: int = DEFAULT_MIN_USERS,
                              min_traversals: int = 5, modes=None, name: str = "traversals",
                              is_cancelled: Optional[Callable[[], bool]] = None) -> pd.DataFrame:
    """Difference-in-differences, study area minus control area, for travel time and volume.

    A traversal belongs to an area when its location (``lon``/``lat`` of the traversal, else the
    midpoint of its segment in ``segments``: ``segment_id`` + ``geometry`` or ``lon``/``lat``)
    lies inside. Travel time: the change of an area is the mean over its segment x direction x
    band cells (with at least ``min_traversals`` traversals and ``min_users`` participants in both
    periods: the cells the segment table does not flag ``insufficient sample``) of log(median after /
    median before); volume: log of (traversals per day after / before) over the area's cells.
    The DiD is study minus control, given as a ratio ``exp(.)``: 1.10 = 10 % more than the control
    area's trend. CIs from the same participant bootstrap. Returns one row per measure
    (``travel_time``, ``volume``): ``study_ratio, control_ratio, did_ratio, did_ci_low, did_ci_high,
    flag, cells_study, cells_control, users_study, users_control``.
    """
    min_users = check_min_users(min_users)
    study, control = check_areas(study_area, control_area)
    if control is None:
        raise InputError(tr("no control area given"), field="control_area")
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    tv = traversals.copy()
    lon, lat = _segment_locations(tv, segments, name)
    area = np.where(_in_polygon(lon, lat, study), 0, np.where(_in_polygon(lon, lat, control), 1, -1))
    for code, label, field_name in ((0, tr("study area"), "study_area"), (1, tr("control area"), "control_area")):
        if not np.any(area == code):
            raise InputError(tr("no traversal lies in the {area}").format(area=label), field=field_name,
                             hint=tr("Check that the area is drawn where the data are (WGS84 longitude/latitude)."))
    tv["_area"] = area
    tv = tv[area >= 0]
    prep = _prepare_segments(tv, periods, bands, name, modes, extra_key="_area")
    stat_cells, k = _segment_stats(prep)
    key_area = prep.keys["_area"].to_numpy(np.int64)
    days_b, days_a = prep.days
    df = prep.df
    cell = 2 * df["key"].to_numpy(np.int64) + df["period"].to_numpy(np.int64)
    n_cell = np.bincount(cell, minlength=2 * k)
    u_cell = (pd.Series(df["user_index"].to_numpy()).groupby(cell).nunique()
              .reindex(np.arange(2 * k), fill_value=0).to_numpy(np.int64))
    usable = ((n_cell[0::2] >= min_traversals) & (n_cell[1::2] >= min_traversals)
              & (u_cell[0::2] >= min_users) & (u_cell[1::2] >= min_users))
    s_cells = usable & (key_area == 0)
    c_cells = usable & (key_area == 1)

    def stat(w):
        x = stat_cells(w)
        lr = x[:, 1:2 * k:2] - x[:, 0:2 * k:2]
        cnt = x[:, 2 * k:]
        with _quiet():
            tt_s = np.nanmean(np.where(s_cells, lr, np.nan), axis=1)
            tt_c = np.nanmean(np.where(c_cells, lr, np.nan), axis=1)
        vol = []
        for cells in (key_area == 0, key_area == 1):
            b = cnt[:, 0::2][:, cells].sum(axis=1) / days_b
            a = cnt[:, 1::2][:, cells].sum(axis=1) / days_a
            with np.errstate(divide="ignore", invalid="ignore"):
                vol.append(np.log(a / b))
        return np.column_stack([tt_s, tt_c, tt_s - tt_c, vol[0], vol[1], vol[0] - vol[1]])

    point, reps = _bootstrap(stat, prep.n_users, len(df), n_boot, seed, is_cancelled)
    reps[~np.isfinite(reps)] = np.nan
    lo, hi = _interval(reps, alpha)
    users = [df.loc[key_area[df["key"].to_numpy()] == a, "user_id"].nunique() for a in (0, 1)]
    rows = []
    for i, measure in ((0, "travel_time"), (3, "volume")):
        cs = int(s_cells.sum()) if measure == "travel_time" else int((key_area == 0).sum())
        cc = int(c_cells.sum()) if measure == "travel_time" else int((key_area == 1).sum())
        rows.append(dict(measure=measure, study_ratio=np.exp(point[i]), control_ratio=np.exp(point[i + 1]),
                         did_ratio=np.exp(point[i + 2]), did_ci_low=np.exp(lo[i + 2]), did_ci_high=np.exp(hi[i + 2]),
                         cells_study=cs, cells_control=cc, users_study=users[0], users_control=users[1]))
    out = pd.DataFrame(rows)
    insufficient = ((out["cells_study"] < 1) | (out["cells_control"] < 1) | (out["users_study"] < min_users)
                    | (out["users_control"] < min_users)).to_numpy()
    low, high = out["did_ci_low"].to_numpy(), out["did_ci_high"].to_numpy()
    flag = np.where((low > 1) | (high < 1), FLAG_SIGNIFICANT, FLAG_NOT_SIGNIFICANT).astype(object)
    flag[insufficient | ~np.isfinite(low) | ~np.isfinite(high)] = FLAG_INSUFFICIENT
    out["flag"] = flag
    return out


# --- the whole study ---------------------------------------------------------------------------------
@dataclass
class BeforeAfterResult:
    """Result of :func:`before_after`: every table (None when not computed) and a summary dict.

    ``segments``: :func:`compare_segments` (+ ``in_study_area`` / ``in_control_area`` when the
    areas are given and the traversals can be placed). ``modal_share``: :func:`compare_modal_share`
    (zone ``study_area`` when no zones are given but a study area is). ``rerouting``:
    :func:`rerouting`. ``did``: :func:`difference_in_differences`. ``summary``: headline numbers,
    sample sizes and the list of what cannot be concluded (plain sentences, translated).
    """

    segments: Optional[pd.DataFrame] = None
    modal_share: Optional[pd.DataFrame] = None
    rerouting: Optional[pd.DataFrame] = None
    did: Optional[pd.DataFrame] = None
    summary: dict = field(default_factory=dict)
    periods: Optional[Periods] = None
    warnings: list = field(default_factory=list)
    params: dict = field(default_factory=dict)


def before_after(traversals: Optional[pd.DataFrame] = None, trips: Optional[pd.DataFrame] = None,
                 legs: Optional[pd.DataFrame] = None, routes: Optional[pd.DataFrame] = None, segments=None,
                 zones=None, study_area=None, control_area=None, change=None, before=None, after=None,
                 bands=DEFAULT_BANDS, tz: str = DEFAULT_TZ, weekdays_only: bool = False,
                 exclude_holidays: bool = False, n_boot: int = 1000, alpha: float = 0.05, seed: int = 0,
                 min_users: int = DEFAULT_MIN_USERS, min_traversals: int = 5, min_trips: int = 10,
                 modes=None, od_cell_m: float = 500.0, n_headlines: int = 5,
                 progress: Optional[Callable[[float], None]] = None,
                 is_cancelled: Optional[Callable[[], bool]] = None) -> BeforeAfterResult:
    """Run every comparison the inputs allow and summarise it (see the module doc).

    ``traversals`` -> per-segment travel times and volumes (and, with both areas, the DiD);
    ``trips`` (+ ``legs``) -> modal share per zone (``zones``, else the study area) and, with
    ``routes`` (or ``through_area``) and a study area, rerouting. ``modes`` filters the traversals
    and the rerouted trips (e.g. ``("car",)``), not the modal share.
    """
    min_users = check_min_users(min_users)
    if traversals is None and trips is None:
        raise InputError(tr("nothing to compare: give traversals and/or trips"), field="traversals")
    periods = make_periods(change, before, after, tz, weekdays_only, exclude_holidays)
    study, control = check_areas(study_area, control_area) if study_area is not None else (None, None)
    if study is None and control_area is not None:
        raise InputError(tr("a control area needs a study area"), field="study_area")
    common = dict(change=periods, tz=tz, n_boot=n_boot, alpha=alpha, seed=seed, min_users=min_users)
    res = BeforeAfterResult(periods=periods, params=dict(common, bands=bands, min_traversals=min_traversals,
                                                         min_trips=min_trips, modes=modes))
    del res.params["change"]
    warn = min_users_warning(min_users)
    if warn:
        res.warnings.append(warn)

    def step(a, b):
        if progress is None:
            return None
        return lambda f: progress(a + (b - a) * f)

    if traversals is not None:
        seg = compare_segments(traversals, bands=bands, weekdays_only=weekdays_only,
                               exclude_holidays=exclude_holidays, min_traversals=min_traversals, modes=modes,
                               progress=step(0.0, 0.45), is_cancelled=is_cancelled, **common)
        if study is not None:
            try:
                lon, lat = _segment_locations(traversals, segments, "traversals")
            except InputError:
                lon = None
            if lon is not None:
                loc = pd.DataFrame({"segment_id": traversals[_first_column(traversals, (
                    "segment_id", "edge_id", "seg_id"))].astype(str).to_numpy(), "lon": lon, "lat": lat})
                loc = loc.groupby("segment_id").first()
                x = loc["lon"].reindex(seg["segment_id"]).to_numpy(float)
                y = loc["lat"].reindex(seg["segment_id"]).to_numpy(float)
                seg["in_study_area"] = _in_polygon(x, y, study)
                if not seg["in_study_area"].any():
                    raise InputError(tr("no traversal lies in the {area}").format(area=tr("study area")),
                                     field="study_area",
                                     hint=tr("Check that the area is drawn where the data are (WGS84 longitude/latitude)."))
                if control is not None:
                    seg["in_control_area"] = _in_polygon(x, y, control)
        if isinstance(segments, pd.DataFrame) and "name" in segments.columns and "name" not in seg.columns:
            scol = _first_column(segments, ("segment_id", "edge_id", "seg_id", "id"))
            if scol is not None:
                names = segments.drop_duplicates(scol).set_index(segments[scol].drop_duplicates().astype(str))["name"]
                seg["name"] = seg["segment_id"].map(names).fillna("").astype(str).to_numpy()
        res.segments = seg
        if control is not None:
            _check(is_cancelled)
            res.did = difference_in_differences(traversals, study, control, segments=segments, bands=bands,
                                                weekdays_only=weekdays_only, exclude_holidays=exclude_holidays,
                                                min_traversals=min_traversals, modes=modes,
                                                is_cancelled=is_cancelled, **common)
    if progress:
        progress(0.6)
    if trips is not None:
        _check(is_cancelled)
        z = zones
        if z is None and study is not None:
            z = {"study_area": study}
            if {"origin_lon", "origin_lat"} <= set(trips.columns) and not _in_polygon(
                    pd.to_numeric(trips["origin_lon"], errors="coerce"),
                    pd.to_numeric(trips["origin_lat"], errors="coerce"), study).any():
                raise InputError(tr("no trip starts in the study area"), field="study_area",
                                 hint=tr("Check that the study area is drawn where the data are (WGS84 longitude/latitude)."))
        res.modal_share = compare_modal_share(trips, z, legs=legs, weekdays_only=weekdays_only,
                                              exclude_holidays=exclude_holidays, min_trips=min_trips,
                                              is_cancelled=is_cancelled, **common)
        if progress:
            progress(0.8)
        if study is not None and routes is None and "through_area" not in trips.columns:
            res.warnings.append(tr("Rerouting was not assessed: give the trips' routes (points or trip lines)."))
        if study is not None and (routes is not None or "through_area" in trips.columns):
            t = trips
            if legs is not None and "main_mode" not in t.columns:
                t = prepare_trips(trips, legs)
            res.rerouting = rerouting(t, routes, study, legs=legs, od_zones=None, cell_m=od_cell_m,
                                      weekdays_only=weekdays_only, exclude_holidays=exclude_holidays,
                                      modes=modes, min_trips=min_trips, is_cancelled=is_cancelled, **common)
    times = []
    for tbl, cols in ((traversals, ("entry_time", "t_entry", "enter_time", "start_time", "time")),
                      (trips, ("start_time",))):
        col = _first_column(tbl, cols) if tbl is not None else None
        if col is not None and len(tbl):
            t = pd.to_datetime(tbl[col], utc=True)
            times += [t.min(), t.max()]
    if times:
        res.params["data_span"] = (min(times), max(times) + pd.Timedelta(seconds=1))
    res.summary = summarise(res, n_headlines=n_headlines)
    if progress:
        progress(1.0)
    return res


def _row_dict(row, cols):
    return {c: (row[c].item() if hasattr(row[c], "item") else row[c]) for c in cols}


def _time_at_stake(cells: pd.DataFrame) -> np.ndarray:
    """Seconds gained or lost per day on each cell: |tt after - tt before| x traversals per day after
    (a 2 s stub that triples its time matters less than a main street losing 20 s for many)."""
    delta = np.abs(cells["tt_after_s"].to_numpy(float) - cells["tt_before_s"].to_numpy(float))
    per_day = cells["per_day_after"].to_numpy(float) if "per_day_after" in cells.columns else np.ones(len(cells))
    return np.nan_to_num(delta * np.where(np.isfinite(per_day), per_day, 1.0))


def _street_changes(sig: pd.DataFrame, min_cells: int = 3, max_streets: int = 5) -> list:
    """Named streets with at least ``min_cells`` significant cells changing the same way: name, direction
    of the change, number of cells, median ratio and its range over those cells, seconds per day at stake."""
    if "name" not in sig.columns or not len(sig):
        return []
    named = sig[sig["name"].astype(str).str.strip().ne("") & sig["name"].notna()
                & ~sig["name"].astype(str).isin(["nan", "None"])].copy()
    if not len(named):
        return []
    named["_slower"] = named["ratio"].to_numpy(float) > 1.0
    named["_stake"] = _time_at_stake(named)
    out = []
    for (name, slower), grp in named.groupby(["name", "_slower"], sort=False):
        if len(grp) < min_cells:
            continue
        ratios = grp["ratio"].to_numpy(float)
        out.append({"name": str(name), "slower": bool(slower), "cells": int(len(grp)),
                    "median_ratio": float(np.median(ratios)), "min_ratio": float(ratios.min()),
                    "max_ratio": float(ratios.max()), "seconds_per_day": float(grp["_stake"].sum())})
    out.sort(key=lambda d: -d["seconds_per_day"])
    return out[:max_streets]


def summarise(res: BeforeAfterResult, n_headlines: int = 5) -> dict:
    """Headline changes with their uncertainty, sample sizes and what cannot be concluded."""
    p = res.periods
    lo, hi = res.params.get("data_span", (None, None))
    s = {"periods": {"before": p.describe(0, lo, hi), "after": p.describe(1, lo, hi), "tz": p.tz,
                     "weekdays_only": p.weekdays_only, "exclude_holidays": p.exclude_holidays},
         "confidence": 1.0 - float(res.params.get("alpha", 0.05)), "min_users": res.params.get("min_users"),
         "sample": {}, "segments": {}, "modal_share": [], "rerouting": None, "did": [], "cannot_conclude": []}
    cannot = s["cannot_conclude"]
    seg = res.segments
    if seg is not None:
        s["sample"].update(traversals_before=int(seg["n_before"].sum()), traversals_after=int(seg["n_after"].sum()),
                           traversal_users_before=seg.attrs.get("users_before"),
                           traversal_users_after=seg.attrs.get("users_after"),
                           days_before=int(seg["days_before"].iloc[0]) if len(seg) else 0,
                           days_after=int(seg["days_after"].iloc[0]) if len(seg) else 0)
        flags = seg["flag"]
        sig = seg[flags == FLAG_SIGNIFICANT]
        s["segments"] = {
            "cells": int(len(seg)), "significant_slower": int((sig["ratio"] > 1).sum()),
            "significant_faster": int((sig["ratio"] < 1).sum()),
            "not_significant": int((flags == FLAG_NOT_SIGNIFICANT).sum()),
            "insufficient": int((flags == FLAG_INSUFFICIENT).sum()),
            "headlines": [_row_dict(r, ["segment_id", "direction", "band", "tt_before_s", "tt_after_s", "ratio",
                                        "ratio_ci_low", "ratio_ci_high", "users_before", "users_after"]
                                    + (["name"] if "name" in sig.columns else []))
                          for _, r in sig.assign(_m=_time_at_stake(sig)).sort_values(
                              "_m", ascending=False).head(n_headlines).iterrows()],
            "streets": _street_changes(sig),
        }
        n_ins = s["segments"]["insufficient"]
        if n_ins:
            cannot.append(tr("{n} of {total} street sections x directions x time bands have too few participants "
                             "or traversals to conclude anything.").format(n=n_ins, total=len(seg)))
        tested = int(len(seg) - n_ins)
        if tested >= 20:
            cannot.append(tr("About 1 in 20 unchanged street sections shows as significant by chance at the 95% "
                             "level: with {n} sections tested, about {k} such false alarms are expected.").format(
                n=tested, k=int(round(0.05 * tested))))
    if res.modal_share is not None:
        ms = res.modal_share
        zt = ms.drop_duplicates("zone_id")
        s["sample"].update(trips_before=int(np.nansum(zt.loc[zt["zone_id"] == TOTAL_ZONE, "zone_trips_before"])),
                           trips_after=int(np.nansum(zt.loc[zt["zone_id"] == TOTAL_ZONE, "zone_trips_after"])),
                           trip_users_before=int(zt.loc[zt["zone_id"] == TOTAL_ZONE, "users_before"].sum()),
                           trip_users_after=int(zt.loc[zt["zone_id"] == TOTAL_ZONE, "users_after"].sum()))
        pub = ms[~ms["masked"]]
        s["modal_share"] = [_row_dict(r, ["zone_id", "mode", "share_before", "share_after", "change_pp",
                                          "change_ci_low", "change_ci_high", "flag"])
                            for _, r in pub[pub["flag"] == FLAG_SIGNIFICANT].iterrows()]
        masked_zones = sorted(set(ms.loc[ms["masked"], "zone_id"]))
        if masked_zones:
            cannot.append(tr("Modal share cannot be compared in {n} zone(s) for lack of participants or trips: "
                             "{zones}.").format(n=len(masked_zones), zones=", ".join(masked_zones[:10])))
    if res.rerouting is not None and len(res.rerouting):
        s["rerouting"] = _row_dict(res.rerouting.iloc[0], list(res.rerouting.columns))
        if res.rerouting["flag"].iloc[0] == FLAG_INSUFFICIENT:
            cannot.append(tr("Rerouting around the study area cannot be assessed: too few trips between the same "
                             "origins and destinations in both periods."))
    if res.did is not None:
        s["did"] = [_row_dict(r, list(res.did.columns)) for _, r in res.did.iterrows()]
        for _, r in res.did.iterrows():
            if r["flag"] == FLAG_INSUFFICIENT:
                cannot.append(tr("The comparison with the control area is not possible for {measure}: too few "
                                 "data in one of the areas.").format(measure=r["measure"]))
    elif seg is not None:
        cannot.append(tr("Without a control area, a change seen in the study area may be a citywide trend "
                         "(season, works elsewhere, fuel prices), not the effect of the plan."))
    return s
