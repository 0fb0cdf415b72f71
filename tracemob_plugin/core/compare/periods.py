"""The two compared periods, their day filters and French public holidays.

Either a change date (``change``: *before* = the data before it, *after* = the data from it on)
or two explicit periods ``before=(start, end)`` and ``after=(start, end)``. A bound given as a
date (``"2024-03-01"`` or ``datetime.date``) is local midnight in ``tz``; a period's END given as
a date is inclusive (the whole day), a date-time end is exclusive. Overlapping periods, an
*after* period that starts before the *before* one, and a period with no data raise
:class:`InputError`. ``weekdays_only`` keeps Monday–Friday; ``exclude_holidays`` drops French
public holidays (:func:`french_public_holidays`, Easter computed, no dependency), so that like is
compared with like. Both are on by default (:data:`WEEKDAYS_ONLY`, :data:`EXCLUDE_HOLIDAYS`): a
circulation plan is judged on ordinary working days unless asked otherwise.

Volumes are per day *of data*: the number of local days of the period that hold any record after
the filters (:func:`days_of_data`).
"""
import datetime as _dt
from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..vocab.times import to_utc, user_date_text

DEFAULT_TZ = "Europe/Paris"
#: Default day filters of every comparison (and of the beforeafter algorithm): working days only,
#: French public holidays left out.
WEEKDAYS_ONLY = True
EXCLUDE_HOLIDAYS = True


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
    weekdays_only: bool = WEEKDAYS_ONLY
    exclude_holidays: bool = EXCLUDE_HOLIDAYS

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
        value = user_date_text(value)
        ts = pd.Timestamp(value)
    except (ValueError, TypeError) as err:
        raise InputError(tr("cannot read the date '{value}'").format(value=value), field=field_name,
                         hint=tr("Give a date (2024-03-01, or 01/03/2024 day first) or a date-time "
                                 "(2024-03-01 08:00).") + " " + str(err)) from None
    if ts is pd.NaT:
        return None
    if ts.tzinfo is None:
        ts = ts.tz_localize(tz, ambiguous=False, nonexistent="shift_forward")
    if end and _is_date_only(value):
        ts = (ts.tz_localize(None) + pd.Timedelta(days=1)).tz_localize(tz, ambiguous=False,
                                                                     nonexistent="shift_forward")
    return ts.tz_convert("UTC")


def make_periods(change=None, before=None, after=None, tz: str = DEFAULT_TZ, weekdays_only: bool = WEEKDAYS_ONLY,
                 exclude_holidays: bool = EXCLUDE_HOLIDAYS) -> Periods:
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


def check_periods_have_data(period, periods: Periods, what: str, name: str, all_times):
    """Raise :class:`InputError` when one of the periods (codes of :meth:`Periods.label`) holds no record."""
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


def days_of_data(period, days):
    """Number of local days holding data in the before and after periods (at least 1 each)."""
    out = []
    for code in (0, 1):
        out.append(max(len(np.unique(days[period == code])), 1))
    return np.array(out, dtype=float)


def trip_periods(trips, periods: Periods, name):
    """(period code, local day) of each trip's ``start_time``; a period without trips raises."""
    t = to_utc(trips["start_time"], name, "start_time")
    period = periods.label(t)
    check_periods_have_data(period, periods, tr("trip"), name, t)
    return period, local_days(t, periods.tz)
