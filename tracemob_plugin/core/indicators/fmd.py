"""Forfait mobilités durables (FMD): eligible commute days per participant and year, amounts, PDFs.

The rules (day thresholds, amounts, eligible modes, the mixed-trip rule) come from a versioned
CSV table with ``# key: value`` metadata lines: the default is the French public-sector table
``resources/fmd/fr_public_2022-12.csv`` (décret n° 2020-543 as amended by décret n° 2022-1562,
see ``resources/fmd/README.md``); a private employer gives its own file in the same format.

How days are counted (the method printed on every attestation):

1. Only **home–work commutes** count: trips flagged ``is_home_work`` by
   ``purposes.infer_purposes`` (or, when stays are given, detected here with
   ``purposes.detect_home_work`` + ``infer_purposes``). A weekend or leisure ride is not a
   commute, so it never counts.
2. Each leg of a commute gets an FMD mode: ``carpool`` when its label (``mode_label``,
   ``mode_confirm`` or ``label``, or ``mode`` itself) means carpooling (``shared_ride``,
   ``covoiturage``...), else its ``mode`` when that is ``bike``, ``ebike`` or ``escooter``
   (shared bikes and scooters included: ``bikeshare`` -> bike, ``scootershare`` -> escooter).
   A car leg without a carpool label is a car (not eligible).
3. **Mixed commutes**: a commute is eligible when its eligible legs cover at least
   ``min_eligible_share`` (default 0.5) of its distance, the ``neutral_modes`` (walking) and the
   ``feeder_modes`` (public transport, whose pass the employer reimburses besides the FMD: the bike
   ride to the station counts, the train after it weighs nothing) being left out of both sides; its
   mode is the eligible mode with the longest distance. A commute without an eligible leg never counts.
4. A **day** (local date, time zone ``tz``, of the commute start) counts once, whatever the number
   of eligible commutes; its mode is the eligible mode with the longest distance that day.
5. **Prorating**: ``share = working_time_share * months_present / 12`` (1 when no table is given);
   each threshold ``min_days`` becomes ``min_days * share`` (a participant at 50 % needs 15 days
   for the first tier). Integer days are compared with the exact prorated threshold, so the
   number of days needed is ``ceil(min_days * share)``. The amount is prorated too only when the
   rule says ``prorate_amount: yes``.
"""
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Union

import numpy as np
import pandas as pd

from ..errors import Cancelled, InputError
from ..i18n import tr
from ..outputs import atomic_path, remove_stale_partials
from ..tables import read_commented_csv
from ..vocab.columns import PARTICIPANT_COLUMNS
from ..vocab.modes import CARPOOL_LABELS, LABEL_COLUMNS, MODES_AND_CARPOOL

RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "fmd"
DEFAULT_RULES = RESOURCES / "fr_public_2022-12.csv"
DEFAULT_TZ = "Europe/Paris"

#: FMD mode categories, in display order (also the tie-break order).
FMD_MODES = ("bike", "ebike", "escooter", "carpool")
#: Labels of shared micro-mobility services and personal vehicles mapped to an FMD mode.
LABEL_MODES = {"bikeshare": "bike", "bike_share": "bike", "velo": "bike", "vls": "bike",
               "pilot_ebike": "ebike", "e_bike": "ebike", "ebike": "ebike", "vae": "ebike",
               "scootershare": "escooter", "scooter_share": "escooter", "e_scooter": "escooter",
               "escooter": "escooter", "trottinette": "escooter", "bike": "bike", "bicycle": "bike",
               "drove_alone": "car", "taxi": "car", "car": "car", "walk": "walk"}

#: Metadata keys a rule file may hold. Descriptive ones are kept as text; the others drive the count.
DESCRIPTIVE_KEYS = ("name", "title", "version", "published", "retrieved", "applies_from", "applies_to",
                    "jurisdiction", "employer", "legal_basis", "source", "reading", "note", "licence")
RULE_KEYS = ("eligible_modes", "neutral_modes", "feeder_modes", "min_eligible_share", "prorate_threshold", "prorate_amount",
             "currency")
COLUMNS = ("min_days", "amount", "label")
_KEY_RE = re.compile(r"^[a-z][a-z_]*$")
_YES = ("1", "yes", "true", "oui")
_NO = ("0", "no", "false", "non")


# ----------------------------------------------------------------------------------------- rules
@dataclass
class FmdRules:
    """A validated rule table: ``tiers`` (min_days, amount, label; ascending) and the rule keys."""

    tiers: pd.DataFrame
    file: str = ""
    metadata: Dict[str, str] = field(default_factory=dict)
    eligible_modes: tuple = FMD_MODES
    neutral_modes: tuple = ("walk",)
    #: public transport ridden after (or before) an eligible leg: left out of both sides of the mixed-commute share,
    #: like walking (the FMD is cumulable with the reimbursement of the public-transport pass); none unless the
    #: rule file says so
    feeder_modes: tuple = ()
    min_eligible_share: float = 0.5
    prorate_threshold: bool = True
    prorate_amount: bool = False
    currency: str = "EUR"

    @property
    def name(self) -> str:
        return self.metadata.get("name") or Path(self.file).stem or "rules"

    @property
    def version(self) -> str:
        return self.metadata.get("version", "")

    @property
    def label(self) -> str:
        """``name version``, printed on the attestations."""
        return (self.name + " " + self.version).strip()

    def thresholds(self, share) -> np.ndarray:
        """Prorated thresholds, shape (n_participants, n_tiers), for an array of shares."""
        share = np.atleast_1d(np.asarray(share, dtype=float))
        base = self.tiers["min_days"].to_numpy(dtype=float)
        if not self.prorate_threshold:
            return np.broadcast_to(base, (len(share), len(base))).copy()
        return share[:, None] * base[None, :]

    def evaluate(self, days, share):
        """For integer ``days`` and ``share`` arrays: (tier index or -1, amount, prorated first threshold)."""
        days = np.asarray(days, dtype=float)
        share = np.asarray(share, dtype=float)
        thr = self.thresholds(share)
        met = days[:, None] >= thr - 1e-9
        n_met = met.sum(axis=1)  # thresholds ascend, so the tiers met are the first n_met
        tier = n_met - 1
        amounts = self.tiers["amount"].to_numpy(dtype=float)
        amount = np.where(tier >= 0, amounts[np.clip(tier, 0, None)], 0.0)
        if self.prorate_amount:
            amount = amount * share
        return tier, np.round(amount, 2), thr[:, 0] if thr.shape[1] else np.zeros(len(days))


def _bool(value: str, file: str, key: str) -> bool:
    v = value.strip().lower()
    if v in _YES:
        return True
    if v in _NO:
        return False
    raise InputError(tr("'{value}' is not yes or no").format(value=value), file=file, field=key,
                     hint=tr("Write yes or no."))


def _modes(value: str, file: str, key: str) -> tuple:
    modes = tuple(m.strip().lower() for m in value.replace(";", ",").split(",") if m.strip())
    bad = [m for m in modes if m not in MODES_AND_CARPOOL]
    if bad:
        raise InputError(tr("unknown mode '{mode}'").format(mode=bad[0]), file=file, field=key,
                         hint=tr("Use modes among: {modes}.").format(modes=", ".join(MODES_AND_CARPOOL)))
    return modes


def parse_rules(text: str, file: str = "rules.csv") -> FmdRules:
    """Parse and validate the text of an FMD rule file (format: resources/fmd/README.md).

    Raises :class:`InputError` naming the file, the line and the field of the first problem: an
    unknown ``# key:`` or column, a missing column, a non-numeric, negative or non-increasing
    threshold or amount, an unknown mode, a share outside 0..1.
    """
    def accept_key(key, line):
        if not _KEY_RE.match(key):  # "# See the README: ..." stays a free comment
            return False
        if key not in DESCRIPTIVE_KEYS + RULE_KEYS:
            raise InputError(tr("unknown rule field '{key}'").format(key=key), file=file, row=line,
                             field=key, hint=tr("Known fields: {keys}.").format(
                                 keys=", ".join(DESCRIPTIVE_KEYS + RULE_KEYS)))
        return True

    metadata, header, header_line, rows = read_commented_csv(
        text, file, tr("the rule file has no header line"),
        tr("After the '#' lines, the first line must name the columns: min_days,amount"), accept_key=accept_key,
        rename={"amount_eur": "amount", "montant": "amount"})
    for col in header:
        if col not in COLUMNS:
            raise InputError(tr("unknown rule column '{column}'").format(column=col), file=file, row=header_line,
                             field=col, hint=tr("Known columns: {cols}.").format(cols=", ".join(COLUMNS)))
    for col in ("min_days", "amount"):
        if col not in header:
            raise InputError(tr("missing column '{column}'").format(column=col), file=file, row=header_line,
                             field=col, hint=tr("A rule file needs the columns min_days and amount."))
    records = []
    for line, rec in rows:
        out = {"line": line, "label": rec.get("label", "")}
        for col in ("min_days", "amount"):
            raw = rec.get(col, "").replace(",", ".")
            try:
                value = float(raw)
            except ValueError:
                raise InputError(tr("'{value}' is not a number").format(value=rec.get(col, "")), file=file,
                                 row=line, field=col) from None
            if not math.isfinite(value) or value < 0:
                raise InputError(tr("'{value}' must be a positive number").format(value=raw), file=file, row=line,
                                 field=col)
            out[col] = value
        if out["min_days"] <= 0 or out["min_days"] > 366:
            raise InputError(tr("a day threshold must be between 1 and 366"), file=file, row=line, field="min_days")
        records.append(out)
    if not records:
        raise InputError(tr("the rule file has no threshold row"), file=file,
                         hint=tr("Give at least one line min_days,amount such as 30,100."))
    tiers = pd.DataFrame.from_records(records)
    for col in ("min_days", "amount"):
        bad = np.nonzero(np.diff(tiers[col].to_numpy()) <= 0)[0]
        if len(bad):
            raise InputError(tr("the rows must have increasing min_days and amount"), file=file,
                             row=int(tiers["line"].iloc[bad[0] + 1]), field=col)
    rules = FmdRules(tiers=tiers.reset_index(drop=True), file=file, metadata=metadata)
    if "eligible_modes" in metadata:
        rules.eligible_modes = _modes(metadata["eligible_modes"], file, "eligible_modes")
        if not rules.eligible_modes:
            raise InputError(tr("no eligible mode"), file=file, field="eligible_modes")
    if "neutral_modes" in metadata:
        rules.neutral_modes = _modes(metadata["neutral_modes"], file, "neutral_modes")
        both = set(rules.neutral_modes) & set(rules.eligible_modes)
        if both:
            raise InputError(tr("mode '{mode}' is both eligible and neutral").format(mode=sorted(both)[0]),
                             file=file, field="neutral_modes")
    if "feeder_modes" in metadata:
        rules.feeder_modes = _modes(metadata["feeder_modes"], file, "feeder_modes")
        both = set(rules.feeder_modes) & set(rules.eligible_modes)
        if both:
            raise InputError(tr("mode '{mode}' is both eligible and a feeder mode").format(mode=sorted(both)[0]),
                             file=file, field="feeder_modes",
                             hint=tr("A feeder mode (public transport) is left out of the share; remove it from "
                                     "one of the two lists."))
    if "min_eligible_share" in metadata:
        try:
            share = float(metadata["min_eligible_share"].replace(",", "."))
        except ValueError:
            share = float("nan")
        if not 0 < share <= 1:
            raise InputError(tr("'{value}' is not a share above 0 and at most 1").format(
                value=metadata["min_eligible_share"]), file=file, field="min_eligible_share",
                hint=tr("Write for instance 0.5 for half of the commute distance."))
        rules.min_eligible_share = share
    for key in ("prorate_threshold", "prorate_amount"):
        if key in metadata:
            setattr(rules, key, _bool(metadata[key], file, key))
    if metadata.get("currency"):
        rules.currency = metadata["currency"]
    return rules


def read_rules(path: Union[str, Path, None] = None) -> FmdRules:
    """Read a rule file (default: the French public-sector table)."""
    path = Path(path) if path else DEFAULT_RULES
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(tr("cannot read the rule file: {error}").format(error=err.strerror or err), file=str(path))
    except UnicodeDecodeError:
        raise InputError(tr("the rule file is not UTF-8 text"), file=str(path)) from None
    return parse_rules(text, file=str(path))


# ------------------------------------------------------------------------------------- counting
def leg_fmd_modes(legs: pd.DataFrame) -> pd.Series:
    """FMD mode of each leg (carpool from labels, shared bikes/scooters mapped), else its ``mode``."""
    mode = legs["mode"].astype(object).where(legs["mode"].notna(), "unknown").astype(str).str.strip().str.lower() \
        if "mode" in legs.columns else pd.Series("unknown", index=legs.index, dtype=object)
    out = mode.copy()
    mapped = mode.map(LABEL_MODES)
    out = out.where(mapped.isna(), mapped)
    carpool = mode.isin(CARPOOL_LABELS)
    for col in LABEL_COLUMNS:
        if col in legs.columns:
            lab = legs[col].astype(object).where(legs[col].notna(), "").astype(str).str.strip().str.lower()
            lab_mode = lab.map(LABEL_MODES)
            # a label of a micro-mobility vehicle wins over the inferred mode, unless already decided
            out = out.where(lab_mode.isna() | carpool, lab_mode)
            carpool |= lab.isin(CARPOOL_LABELS)
    return out.where(~carpool, "carpool")


def _local_dates(times: pd.Series, tz: str) -> pd.Series:
    t = pd.to_datetime(times, utc=True, errors="coerce")
    try:
        local = t.dt.tz_convert(tz)
    except Exception:
        raise InputError(tr("unknown time zone '{tz}'").format(tz=tz), field="tz",
                         hint=tr("Use a name such as Europe/Paris.")) from None
    return local.dt.normalize().dt.tz_localize(None)


def as_bool(values: pd.Series) -> pd.Series:
    """Booleans from a column that may hold bools, 0/1, NaN/None or text (``true``/``false``/``oui``...)."""
    if values.dtype == bool:
        return values
    if pd.api.types.is_numeric_dtype(values):
        return values.fillna(0).astype(float) != 0
    text = values.astype(object).where(values.notna(), "").astype(str).str.strip().str.lower()
    return text.isin(_YES + ("t", "y", "vrai"))


def classify_commutes(trips: pd.DataFrame, legs: Optional[pd.DataFrame], rules: FmdRules,
                      tz: str = DEFAULT_TZ) -> pd.DataFrame:
    """One row per home–work trip: ``trip_id, user_id, start_time, date, fmd_mode`` ("" when not
    eligible), ``eligible_share`` (share of the distance on eligible modes, the neutral and feeder modes'
    legs left out),
    ``eligible_m`` (metres by the eligible modes)."""
    hw = trips[as_bool(trips["is_home_work"]).to_numpy()]
    cols = ["trip_id", "user_id", "start_time", "date", "fmd_mode", "eligible_share", "eligible_m"]
    if hw.empty:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in cols})
    if legs is None or legs.empty or "trip_id" not in legs.columns:
        # the trip itself is the only leg (its mode, e.g. a main mode or a confirmed label)
        lg = hw.copy()
    else:
        lg = legs[legs["trip_id"].astype(str).isin(set(hw["trip_id"].astype(str)))].copy()
    lg["trip_id"] = lg["trip_id"].astype(str)
    lg["_fmd"] = leg_fmd_modes(lg)
    dist = pd.to_numeric(lg["distance_m"], errors="coerce") if "distance_m" in lg.columns else \
        pd.Series(np.nan, index=lg.index)
    # a trip with a leg of unknown distance weighs its legs equally
    unknown = dist.isna() | (dist < 0)
    trip_unknown = unknown.groupby(lg["trip_id"]).transform("any")
    trip_total = dist.where(~unknown, 0.0).groupby(lg["trip_id"]).transform("sum")
    lg["_w"] = np.where(trip_unknown | (trip_total <= 0), 1.0, dist.fillna(0.0))
    # a wait at a stop (mode inference with the stops) is neutral whatever the rules: no travel
    neutral = lg["_fmd"].isin(rules.neutral_modes + rules.feeder_modes + ("wait",))
    eligible = lg["_fmd"].isin(rules.eligible_modes)
    lg["_counted"] = np.where(neutral, 0.0, lg["_w"])
    lg["_elig"] = np.where(eligible, lg["_w"], 0.0)
    per_trip = lg.groupby("trip_id").agg(counted=("_counted", "sum"), elig=("_elig", "sum"))
    by_mode = lg[eligible].groupby(["trip_id", "_fmd"])["_elig"].sum().reset_index()
    order = {m: i for i, m in enumerate(FMD_MODES + tuple(m for m in rules.eligible_modes if m not in FMD_MODES))}
    by_mode["_rank"] = by_mode["_fmd"].map(order)
    by_mode = by_mode.sort_values(["trip_id", "_elig", "_rank"], ascending=[True, False, True], kind="stable")
    top = by_mode.drop_duplicates("trip_id").set_index("trip_id")["_fmd"]
    out = hw[["trip_id", "user_id", "start_time"]].copy()
    out["trip_id"] = out["trip_id"].astype(str)
    out["user_id"] = out["user_id"].astype(str)
    out["date"] = _local_dates(out["start_time"], tz)
    counted = out["trip_id"].map(per_trip["counted"]).fillna(0.0)
    elig = out["trip_id"].map(per_trip["elig"]).fillna(0.0)
    share = np.where(counted > 0, elig / counted.where(counted > 0, 1.0), 0.0)
    ok = (elig > 0) & (share >= rules.min_eligible_share - 1e-12)
    out["fmd_mode"] = np.where(ok, out["trip_id"].map(top).fillna(""), "")
    out["eligible_share"] = np.round(share, 4)
    # metres when the legs have distances (equal weights otherwise)
    out["eligible_m"] = elig.to_numpy()
    return out.reset_index(drop=True)[cols]


def commute_days(commutes: pd.DataFrame) -> pd.DataFrame:
    """Eligible days from :func:`classify_commutes`: ``user_id, date, mode, n_commutes, modes``
    (one row per participant and local date; the day's mode has the longest eligible distance)."""
    el = commutes[commutes["fmd_mode"] != ""]
    if el.empty:
        return pd.DataFrame({"user_id": pd.Series(dtype=object), "date": pd.Series(dtype="datetime64[ns]"),
                             "mode": pd.Series(dtype=object), "n_commutes": pd.Series(dtype="int64"),
                             "modes": pd.Series(dtype=object)})
    rank = {m: i for i, m in enumerate(FMD_MODES)}
    per_mode = el.groupby(["user_id", "date", "fmd_mode"]).agg(m=("eligible_m", "sum"), n=("trip_id", "size"))
    per_mode = per_mode.reset_index()
    per_mode["_rank"] = per_mode["fmd_mode"].map(rank).fillna(len(rank))
    per_mode = per_mode.sort_values(["user_id", "date", "m", "_rank"], ascending=[True, True, False, True],
                                    kind="stable")
    days = per_mode.groupby(["user_id", "date"], sort=True).agg(
        mode=("fmd_mode", "first"), n_commutes=("n", "sum"),
        modes=("fmd_mode", lambda s: ",".join(sorted(set(s), key=lambda m: rank.get(m, 99))))).reset_index()
    days["n_commutes"] = days["n_commutes"].astype("int64")
    return days


# ---------------------------------------------------------------------------------- participants


def normalise_participants(table: Optional[pd.DataFrame], file: str = "participants") -> pd.DataFrame:
    """Validate the optional participants table -> ``user_id, name, working_time_share, months_present``.

    ``working_time_share`` is 0 < x <= 1 (a percentage such as 80 is read as 0.8), default 1;
    ``months_present`` is 0 < x <= 12, default 12; ``name`` is optional (empty -> the user id).
    """
    cols = ["user_id", "name", "working_time_share", "months_present"]
    if table is None or len(table) == 0:
        return pd.DataFrame({c: pd.Series(dtype=object if c in ("user_id", "name") else float) for c in cols})
    lower = {str(c).strip().lower(): c for c in table.columns}
    found = {}
    for key, aliases in PARTICIPANT_COLUMNS.items():
        for a in aliases:
            if a in lower:
                found[key] = lower[a]
                break
    if "user_id" not in found:
        raise InputError(tr("the participants table has no participant column"), file=file, field="user_id",
                         hint=tr("Name a column user_id (the participant id of the trips)."))
    out = pd.DataFrame({"user_id": table[found["user_id"]].astype(str).str.strip()})
    out["name"] = table[found["name"]].fillna("").astype(str).str.strip() if "name" in found else ""
    for key, default, low, high in (("working_time_share", 1.0, 0.0, 1.0), ("months_present", 12.0, 0.0, 12.0)):
        if key not in found:
            out[key] = default
            continue
        raw = table[found[key]]
        values = pd.to_numeric(raw.astype(str).str.replace(",", ".").str.rstrip("%").str.strip()
                               .replace({"": np.nan, "nan": np.nan, "None": np.nan, "NULL": np.nan}),
                               errors="coerce")
        bad_text = values.isna() & raw.notna() & ~raw.astype(str).str.strip().isin(("", "nan", "None", "NULL"))
        values = values.fillna(default)
        if key == "working_time_share":  # 80 or "80 %" -> 0.8; 1.5 stays invalid
            percent = raw.astype(str).str.strip().str.endswith("%") | (values >= 10)
            values = values.where(~percent, values / 100.0)
        bad = bad_text | ~((values > low) & (values <= high))
        if bad.any():
            i = int(np.nonzero(bad.to_numpy())[0][0])
            raise InputError(tr("'{value}' is out of range for participant {user}").format(
                value=raw.iloc[i], user=out["user_id"].iloc[i]), file=file, row=i + 1, field=found[key],
                hint=tr("working_time_share is above 0 and at most 1 (or a percentage from 10 to 100); "
                        "months_present is above 0 and at most 12."))
        out[key] = values.astype(float).to_numpy()
    dup = out["user_id"].duplicated()
    if dup.any():
        i = int(np.nonzero(dup.to_numpy())[0][0])
        raise InputError(tr("participant {user} appears twice").format(user=out["user_id"].iloc[i]), file=file,
                         row=i + 1, field=found["user_id"])
    return out.reset_index(drop=True)


# ----------------------------------------------------------------------------------------- result
@dataclass
class FmdResult:
    """``table``: one row per participant; ``days``: eligible days; ``commutes``: home–work trips of
    the year with their FMD mode; ``warnings``: messages for the user (translated)."""

    table: pd.DataFrame
    days: pd.DataFrame
    commutes: pd.DataFrame
    rules: FmdRules
    year: int
    tz: str = DEFAULT_TZ
    warnings: List[str] = field(default_factory=list)


STATUS_OK = "ok"
STATUS_NO_HOME_WORK = "home_work_not_detected"
STATUS_NO_TRIPS = "no_trips_in_year"


def _home_work(trips, stays, tz, stays_name="stays", progress=None, is_cancelled=None):
    """is_home_work from stays (core.purposes) + {user: reason} of participants without home/work."""
    from . import purposes

    res = purposes.infer_purposes_full(trips, stays, tz=tz, require_home=False, stays_name=stays_name,
                                       progress=progress, is_cancelled=is_cancelled)
    hw = res.homework
    missing = {}
    if hw is not None and len(hw) and "reason" in hw.columns:
        for user, why in zip(hw["user_id"].astype(str), hw["reason"].fillna("").astype(str)):
            if why:
                missing[user] = why
    return res.trips, missing


def fmd_attestations(trips: pd.DataFrame, year: int, legs: Optional[pd.DataFrame] = None,
                     stays: Optional[pd.DataFrame] = None, rules: Optional[FmdRules] = None,
                     participants: Optional[pd.DataFrame] = None, tz: str = DEFAULT_TZ,
                     trips_name: str = "trips", stays_name: str = "stays", progress: Optional[Callable[[float], None]] = None,
                     is_cancelled: Optional[Callable[[], bool]] = None) -> FmdResult:
    """Eligible FMD days, thresholds and amounts of every participant for ``year``.

    ``trips``: segmentation trips + ``is_home_work`` (from ``purposes.infer_purposes``), or plain
    trips when ``stays`` are given (home/work detected here). ``legs``: legs with ``mode`` (and
    ``mode_label``...); without legs the trips' own ``mode``/labels are used. ``participants``:
    optional table (``user_id, name, working_time_share, months_present``).

    Raises :class:`InputError` for: no ``is_home_work`` and no stays, no trip in ``year``, no
    participant with a home and a work place (names them), a bad participants table.
    """
    rules = rules or read_rules()
    report = progress or (lambda f: None)
    cancelled = is_cancelled or (lambda: False)
    warnings: List[str] = []
    year = int(year)
    for col in ("trip_id", "user_id", "start_time"):
        if col not in trips.columns:
            raise InputError(tr("missing column '{column}'").format(column=col), file=trips_name, field=col)
    parts = normalise_participants(participants)
    missing: Dict[str, str] = {}
    trips = trips.copy()
    trips["user_id"] = trips["user_id"].astype(str)
    trips["trip_id"] = trips["trip_id"].astype(str)
    dates = _local_dates(trips["start_time"], tz)
    in_year = dates.dt.year == year
    if not in_year.any():
        valid = dates.dropna()
        span = (tr("the trips span {first} to {last}").format(first=valid.min().year, last=valid.max().year)
                if len(valid) else tr("the trips have no valid start time"))
        raise InputError(tr("no trip in {year}").format(year=year), file=trips_name, field="start_time",
                         hint=tr("{span}: choose a year with trips.").format(span=span))
    if stays is not None and len(stays):
        if cancelled():
            raise Cancelled()
        trips, missing = _home_work(trips, stays, tz, stays_name=stays_name,
                                    progress=lambda f: report(0.05 + 0.25 * f), is_cancelled=cancelled)
        trips["user_id"] = trips["user_id"].astype(str)
        trips["trip_id"] = trips["trip_id"].astype(str)
        dates = _local_dates(trips["start_time"], tz)
        in_year = dates.dt.year == year
    elif "is_home_work" not in trips.columns:
        raise InputError(tr("the trips have no is_home_work field"), file=trips_name, field="is_home_work",
                         hint=tr("Run 'Infer trip purposes' first, or give the stays so that home and work "
                                 "are detected here."))
    report(0.3)
    if cancelled():
        raise Cancelled()
    year_trips = trips[in_year.to_numpy()]
    users = sorted(set(trips["user_id"]) | set(parts["user_id"]))
    hw_flag = as_bool(year_trips["is_home_work"])
    users_with_hw = set(year_trips.loc[hw_flag.to_numpy(), "user_id"])
    users_with_trips = set(year_trips["user_id"])
    for user in users:
        if user in users_with_trips and user not in users_with_hw and user not in missing:
            missing[user] = tr("no home–work commute detected")
    if missing and not (users_with_hw - set(missing)):
        raise InputError(tr("no participant has a detected home and work place: {users}").format(
            users="; ".join("{u} ({why})".format(u=u, why=w) for u, w in sorted(missing.items()))),
            file=trips_name, field="is_home_work",
            hint=tr("Give more days of data (nights at home and weekday stays at work), or check the stays."))
    for user, why in sorted(missing.items()):
        warnings.append(tr("Participant {user}: home or work place not detected ({reason}); no FMD day counted.")
                        .format(user=user, reason=why))
    commutes = classify_commutes(year_trips, legs, rules, tz)
    report(0.7)
    if cancelled():
        raise Cancelled()
    days = commute_days(commutes)
    table = pd.DataFrame({"user_id": users})
    table = table.merge(parts, on="user_id", how="left")
    table["name"] = table["name"].fillna("").astype(str)
    table["name"] = table["name"].where(table["name"] != "", table["user_id"])
    table["working_time_share"] = table["working_time_share"].fillna(1.0).astype(float)
    table["months_present"] = table["months_present"].fillna(12.0).astype(float)
    table["share"] = np.round(table["working_time_share"] * table["months_present"] / 12.0, 6)
    table.insert(1, "year", np.int64(year))
    counts = days.pivot_table(index="user_id", columns="mode", values="date", aggfunc="count") \
        if len(days) else pd.DataFrame()
    for mode in rules.eligible_modes:
        col = "days_" + mode
        table[col] = table["user_id"].map(counts[mode]).fillna(0).astype("int64") \
            if mode in getattr(counts, "columns", ()) else np.int64(0)
    table["total_days"] = table["user_id"].map(days.groupby("user_id").size()).fillna(0).astype("int64")
    table["home_work_trips"] = table["user_id"].map(commutes.groupby("user_id").size()).fillna(0).astype("int64")
    tier, amount, first = rules.evaluate(table["total_days"].to_numpy(), table["share"].to_numpy())
    table["threshold_days"] = np.ceil(np.round(first, 6)).astype("int64")
    thr_all = rules.thresholds(table["share"].to_numpy())
    table["tier_days"] = np.where(tier >= 0, np.ceil(np.round(thr_all[np.arange(len(table)), np.clip(tier, 0, None)],
                                                               6)), 0).astype("int64")
    status = np.where(table["user_id"].isin(list(missing)), STATUS_NO_HOME_WORK,
                      np.where(table["user_id"].isin(list(users_with_trips)), STATUS_OK, STATUS_NO_TRIPS))
    table["amount"] = np.where(status == STATUS_OK, amount, 0.0)
    table["currency"] = rules.currency
    table["eligible"] = (table["amount"] > 0).astype(bool)
    table["status"] = status
    table["reason"] = table["user_id"].map(missing).fillna("")
    table["first_day"] = table["user_id"].map(days.groupby("user_id")["date"].min()).dt.strftime("%Y-%m-%d") \
        .fillna("")
    table["last_day"] = table["user_id"].map(days.groupby("user_id")["date"].max()).dt.strftime("%Y-%m-%d") \
        .fillna("")
    table["rules"] = rules.label
    report(1.0)
    return FmdResult(table=table.reset_index(drop=True), days=days, commutes=commutes, rules=rules, year=year,
                     tz=tz, warnings=warnings)


# ---------------------------------------------------------------------------------- attestations
def _mode_name(mode: str) -> str:
    names = {"bike": tr("bike"), "ebike": tr("e-bike"), "escooter": tr("e-scooter"), "carpool": tr("carpool")}
    return names.get(mode, mode)


def _month_name(month: int) -> str:
    names = (tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"), tr("July"),
             tr("August"), tr("September"), tr("October"), tr("November"), tr("December"))
    return names[month - 1]


def _money(amount: float, currency: str) -> str:
    text = "{:.0f}".format(amount) if float(amount).is_integer() else "{:.2f}".format(amount)
    if currency.upper() in ("EUR", "€"):
        return tr("{amount} €").format(amount=text)
    return "{} {}".format(text, currency)


def attestation_lines(result: FmdResult, user_id: str, employer: str = "",
                      issued: Optional[str] = None) -> List[tuple]:
    """The attestation of one participant as ``(style, text)`` lines, exactly what the PDF draws.

    Styles: ``title``, ``subtitle``, ``heading``, ``field``, ``text``, ``small``, ``signature``.
    It holds no place, address or coordinate: only the name (or pseudonym), employer, year, day
    counts by mode, thresholds, amount, the dates, the rules and the method.
    """
    rows = result.table[result.table["user_id"] == str(user_id)]
    if rows.empty:
        raise InputError(tr("participant {user} is not in the result").format(user=user_id))
    row = rows.iloc[0]
    rules = result.rules
    days = result.days[result.days["user_id"] == str(user_id)].sort_values("date")
    lines = [("title", tr("Sustainable mobility allowance (forfait mobilités durables)")),
             ("subtitle", tr("Attestation of eligible home–work commute days, year {year}").format(year=result.year)),
             ("field", tr("Participant: {name}").format(name=row["name"])),
             ("field", tr("Employer: {employer}").format(employer=employer or tr("(not given)"))),
             ("field", tr("Year: {year}").format(year=result.year)),
             ("field", tr("Working-time share: {wt:.0f} %, months present: {months:g} (prorating factor {share:.2f})")
              .format(wt=100 * row["working_time_share"], months=row["months_present"], share=row["share"])),
             ("heading", tr("Eligible days by mode"))]
    for mode in rules.eligible_modes:
        col = "days_" + mode
        if col in row.index:
            lines.append(("field", tr("{mode}: {n} day(s)").format(mode=_mode_name(mode), n=int(row[col]))))
    lines.append(("field", tr("Total eligible days: {n}").format(n=int(row["total_days"]))))
    tiers = rules.thresholds(np.array([row["share"]]))[0]
    tier_text = "; ".join(tr("{days} days -> {amount}").format(days=int(math.ceil(round(t, 6))),
                                                               amount=_money(a, rules.currency))
                          for t, a in zip(tiers, rules.tiers["amount"]))
    lines.append(("field", tr("Prorated thresholds: {tiers}").format(tiers=tier_text)))
    lines.append(("field", tr("Minimum number of days (prorated): {n}").format(n=int(row["threshold_days"]))))
    if row["status"] == STATUS_OK:
        amount_line = tr("Amount: {amount}").format(amount=_money(row["amount"], rules.currency))
        if not row["eligible"]:
            amount_line += " " + tr("(threshold not reached)")
    else:
        amount_line = tr("Amount: not computed ({reason})").format(reason=row["reason"] or row["status"])
    lines.append(("field", amount_line))
    lines.append(("heading", tr("Dates of the eligible days")))
    if days.empty:
        lines.append(("text", tr("No eligible day.")))
    for (month), grp in days.groupby(days["date"].dt.month, sort=True):
        parts = []
        for mode in FMD_MODES + tuple(m for m in rules.eligible_modes if m not in FMD_MODES):
            sel = grp[grp["mode"] == mode]
            if len(sel):
                parts.append(tr("{mode}: {days}").format(mode=_mode_name(mode),
                                                         days=", ".join(str(d) for d in sel["date"].dt.day)))
        lines.append(("text", tr("{month} ({n} days) - {days}").format(month=_month_name(int(month)), n=len(grp),
                                                                       days="; ".join(parts))))
    lines.append(("heading", tr("Method")))
    if rules.feeder_modes:
        method = tr("Counted from measured home–work commutes: trips recorded by the participant's smartphone "
                    "between the home and the work places that Tracemob detected, whose eligible modes (bike, "
                    "e-bike, e-scooter, carpool as driver or passenger) cover at least {share:.0f} % of the commute "
                    "distance, walking and public transport aside (a bike ride to the station counts, the train "
                    "after it weighs nothing). A day counts once, whatever the number of commutes that day; weekend "
                    "or leisure trips that are not home–work commutes do not count. Thresholds are prorated to the "
                    "working-time share and the months present.")
    else:
        method = tr("Counted from measured home–work commutes: trips recorded by the participant's "
                    "smartphone between the home and the work places that Tracemob detected, whose "
                    "eligible modes (bike, e-bike, e-scooter, carpool as driver or passenger) cover at "
                    "least {share:.0f} % of the commute distance, walking aside. A day counts once, "
                    "whatever the number of commutes that day; weekend or leisure trips that are not "
                    "home–work commutes do not count. Thresholds are prorated to the working-time share "
                    "and the months present.")
    lines.append(("small", method.format(share=100 * rules.min_eligible_share)))
    lines.append(("small", tr("Rules: {rules} ({file}). Days in local time ({tz}).").format(
        rules=rules.label, file=Path(rules.file).name, tz=result.tz)))
    lines.append(("small", tr("This attestation shows no place, address or map.")))
    lines.append(("signature", tr("Issued on {date}, by the employer (name, role, stamp and signature):").format(
        date=issued or pd.Timestamp.now().strftime("%Y-%m-%d"))))
    lines.append(("signature", tr("Participant (declaration on honour, date and signature):")))
    return lines


_STYLE = {"title": (15, "bold", 0.32), "subtitle": (11.5, "normal", 0.32), "heading": (12, "bold", 0.34),
          "field": (10.5, "normal", 0.22), "text": (9.5, "normal", 0.2), "small": (8.5, "normal", 0.17),
          "signature": (10, "bold", 0.2)}


def _safe_name(text: str) -> str:
    """A readable ASCII hint of ``text`` (accents dropped, anything else to ``_``): never a path on its own."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^A-Za-z0-9_-]+", "_", ascii_text).strip("_-")
    return out[:40] or "participant"


def user_file_key(user_id: str) -> str:
    """A stable key of the exact user id (12 hex digits of its SHA-256 over UTF-8): two different ids
    never share an attestation file, whatever their letters."""
    import hashlib

    return hashlib.sha256(str(user_id).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def attestation_path(folder: Union[str, Path], year: int, user_id: str) -> Path:
    """``<folder>/fmd_<year>_<readable hint of the user id>_<key of the exact user id>.pdf``: unique per
    participant, always directly inside ``folder`` (a ``/``, ``..`` or control character in the id never
    steers the path)."""
    name = "fmd_{}_{}_{}.pdf".format(int(year), _safe_name(user_id), user_file_key(user_id))
    path = Path(folder) / name
    if path.parent != Path(folder) or Path(name).name != name:  # cannot happen: the name holds no separator
        raise InputError(tr("the user id cannot make a file name"), field="user_id")
    return path


def write_attestation_pdf(lines: Sequence[tuple], path: Union[str, Path], title: str = "",
                          author: str = "", clean: bool = True) -> str:
    """Draw ``lines`` (from :func:`attestation_lines`) on A4 pages with matplotlib's PdfPages
    (object API, no pyplot). Returns the path. The PDF is written under a partial name and moved into
    place once complete (``clean``: first remove the partial files a killed run left for this path)."""
    import textwrap

    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    width, height, margin = 8.27, 11.69, 0.8  # inches
    # written under a partial name and moved into place once complete: a killed run never leaves half a PDF
    with atomic_path(path, clean=clean) as partial, \
            PdfPages(partial, metadata={"Title": title, "Author": author, "Creator": "Tracemob"}) as pdf:
        fig, y = None, 0.0

        def new_page():
            f = Figure(figsize=(width, height))
            return f, height - margin

        fig, y = new_page()
        text_width = width - 2 * margin
        for style, text in [x for x in lines if x[0] != "signature"]:
            size, weight, step = _STYLE.get(style, _STYLE["text"])
            # characters per line: text width / mean glyph width (~0.52 em for DejaVu Sans, 0.6 bold)
            em = 0.6 if weight == "bold" else 0.52
            wrapped = textwrap.wrap(str(text), int(text_width * 72 / (em * size))) or [""]
            extra = 0.12 if style in ("heading", "subtitle") else 0.0
            if y - step * len(wrapped) - extra < 0.6 * margin:
                pdf.savefig(fig)
                fig, y = new_page()
            y -= extra
            for part in wrapped:
                fig.text(margin / width, y / height, part, fontsize=size, fontweight=weight, va="top", ha="left")
                y -= step
        # signature areas side by side, each a caption and an empty box
        signatures = [text for style, text in lines if style == "signature"]
        if signatures:
            size, weight, step = _STYLE["signature"]
            col = text_width / len(signatures)
            wrapped = [textwrap.wrap(str(t), int((col - 0.2) * 72 / (0.6 * size))) or [""] for t in signatures]
            n_lines = max(len(w) for w in wrapped)
            need = 0.3 + step * n_lines + 1.0
            if y - need < 0.6 * margin:
                pdf.savefig(fig)
                fig, y = new_page()
            y -= 0.3
            for k, parts in enumerate(wrapped):
                x = margin + k * col
                for j, part in enumerate(parts):
                    fig.text(x / width, (y - j * step) / height, part, fontsize=size, fontweight=weight,
                             va="top", ha="left")
                top = y - n_lines * step - 0.05
                fig.add_artist(Rectangle((x / width, (top - 0.9) / height), (col - 0.2) / width, 0.9 / height,
                                         fill=False, linewidth=0.8, transform=fig.transFigure))
        pdf.savefig(fig)
    return str(path)


def write_attestations(result: FmdResult, folder: Union[str, Path], employer: str = "",
                       users: Optional[Sequence[str]] = None, protect: Sequence[Union[str, Path]] = (),
                       issued: Optional[str] = None, progress: Optional[Callable[[float], None]] = None,
                       is_cancelled: Optional[Callable[[], bool]] = None) -> Dict[str, str]:
    """One PDF per participant whose home and work were detected -> ``{user_id: path}``.

    ``protect``: input files that must never be overwritten (an InputError is raised when an
    attestation path would be one of them).
    """
    table = result.table
    if users is None:
        users = table.loc[table["status"] == STATUS_OK, "user_id"].tolist()
    protected = {Path(p).resolve() for p in protect if p}
    out: Dict[str, str] = {}
    seen: Dict[Path, str] = {}
    for user in users:
        path = attestation_path(folder, result.year, user)
        if path in seen and seen[path] != user:  # a 48-bit collision: refuse rather than overwrite
            raise InputError(tr("two participants would share the attestation file {name}").format(name=path.name),
                             field="user_id")
        seen[path] = user
    remove_stale_partials(folder, folder_wide=True)  # a killed run's partial PDFs, in one listing
    for i, user in enumerate(users):
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        path = attestation_path(folder, result.year, user)
        if path.resolve() in protected:
            raise InputError(tr("the attestation would overwrite an input file"), file=str(path),
                             hint=tr("Choose another output folder."))
        lines = attestation_lines(result, user, employer=employer, issued=issued)
        out[user] = write_attestation_pdf(lines, path, title=tr("FMD attestation {year}").format(year=result.year),
                                          author=employer, clean=False)
        if progress is not None:
            progress((i + 1) / max(len(users), 1))
    return out
