"""Places, home and work, and trip purposes ("motifs") in the groups of the French EMC² survey.

Places
------
:func:`cluster_places` groups each participant's stays into *places* in the spirit of DBSCAN at
about 100 m: stays are projected on a local metric plane (equirectangular around the participant's
mean latitude) and clustered with scikit-learn's DBSCAN (``eps = radius_m``, ``min_samples = 1``,
so a place visited once is still a place). Place ids are ``"<user>_P<k>"`` with ``k`` by decreasing
time spent there (``P0`` = where the participant spent most time).

Home and work
-------------
Time windows are in local time (``tz``, default Europe/Paris):

* a *night* is 22:00 to 06:00; a participant is *seen at night* when stays cover at least
  ``min_night_s`` (3 h) of it. **Home** is the place holding the most such nights (ties: most
  night-time seconds). It needs at least ``min_nights`` (2) observed nights and the home place on
  at least ``min_home_share`` (50 %) of them ("most nights").
  ``home_confidence = share of nights at home x min(1, home nights / 5)``.
* a *working day* is a weekday (Monday to Friday), 08:00 to 19:00. **Work/study** is the place
  other than home (and farther than twice the radius from it) holding the most weekdays with at
  least ``min_work_s`` (3 h) of presence. It needs at least ``min_work_days`` (2) such days and
  at least ``min_work_share`` (30 %) of the weekdays the participant was observed ("regular").
  ``work_confidence = share of observed weekdays x min(1, work days / 4)``.

When one cannot be found, ``reason`` says which one and why (too few nights, no regular weekday
place...), so the caller can tell the planner which participant lacks data.

Purposes
--------
Groups (EMC², Cerema): ``home, work, study, shopping, leisure, escort, personal_business, other``.
For each trip, in this order:

1. a user-confirmed ``purpose_confirm`` (OpenPATH values such as home, work, school, shopping,
   meal, personal_med, pick_drop_person, exercise, entertainment, religious, or the French
   survey words) is mapped by :data:`USER_PURPOSE_GROUPS` and always wins (``purpose_source =
   "user"``, confidence 1);
2. destination = the home place -> ``home``; = the work place -> ``work`` (``study`` when the
   participant's own labels call that place school/study). For a participant without a detected
   home, the place their days most often start from (first trip after 03:00, from a place where
   they were seen at night at least once) stands in for home for the purposes only (confidence
   0.45; no home-work commute is flagged from it);
3. a place the participant labelled on other trips takes the majority label of that place;
   with ``shared_labels``, the labels that participants gave to public places (study, shopping,
   leisure, escort, personal business: never home or work) within ``radius_m`` of an unlabelled
   trip's destination add their vote shares (weight :data:`SHARED_LABEL_WEIGHT`, full weight from
   3 votes) to the rule scores of step 4;
4. otherwise soft rules on the local arrival time, the weekday, the duration of the stay at the
   destination and how regularly the place is visited score every group (see
   :func:`_rule_scores`); the best wins and ``purpose_confidence`` is its share of the scores
   (capped at 0.7: these rules are a fallback, not a measurement).
"""
from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
import pandas as pd

from ..errors import InputError, check_cancelled, require_columns
from ..i18n import tr
from ..vocab.times import to_utc

DEFAULT_TZ = "Europe/Paris"
PURPOSES = ("home", "work", "study", "shopping", "leisure", "escort", "personal_business", "other")


def purpose_label(purpose: str) -> str:
    """Translated display name of a purpose code (the legend of resources/styles/purposes.qml)."""
    labels = {
        "home": tr("Home"), "work": tr("Work"), "study": tr("Study"), "shopping": tr("Shopping"),
        "leisure": tr("Leisure"), "escort": tr("Escort"), "personal_business": tr("Personal business"),
        "other": tr("Other"),
    }
    return labels.get(purpose, purpose)


DAY_S = 86400.0
NIGHT_WINDOW_H = (22.0, 30.0)   # 22:00 -> 06:00 the next day
WORK_WINDOW_H = (8.0, 19.0)     # weekdays

#: User purpose labels (lower case, spaces/dashes as underscores) -> EMC² group.
USER_PURPOSE_GROUPS = {
    # home
    "home": "home", "return_home": "home", "go_home": "home", "house": "home", "domicile": "home",
    "maison": "home", "retour_domicile": "home",
    # work
    "work": "work", "at_work": "work", "work_related": "work", "work_trip": "work", "business": "work",
    "business_trip": "work", "meeting": "work", "office": "work", "travail": "work", "professionnel": "work",
    "pro": "work", "job": "work",
    # study
    "school": "study", "study": "study", "studies": "study", "education": "study", "university": "study",
    "college": "study", "class": "study", "etudes": "study", "études": "study", "ecole": "study",
    "école": "study", "universite": "study", "université": "study",
    # shopping
    "shopping": "shopping", "shop": "shopping", "groceries": "shopping", "grocery": "shopping",
    "store": "shopping", "achats": "shopping", "courses": "shopping", "magasin": "shopping",
    # leisure (EMC² "loisirs" and "visites")
    "meal": "leisure", "eat": "leisure", "food": "leisure", "restaurant": "leisure", "exercise": "leisure",
    "sport": "leisure", "sports": "leisure", "gym": "leisure", "entertainment": "leisure",
    "entertainment_social": "leisure", "entertainment/social": "leisure", "social": "leisure",
    "recreation": "leisure", "access_recreation": "leisure", "leisure": "leisure", "religious": "leisure",
    "church": "leisure", "visit": "leisure", "visiting": "leisure", "friends": "leisure", "family": "leisure",
    "vacation": "leisure", "loisirs": "leisure", "loisir": "leisure", "visite": "leisure", "visites": "leisure",
    "culture": "leisure", "tourism": "leisure", "walk_dog": "leisure",
    # escort
    "pick_drop": "escort", "pick_drop_person": "escort", "pickup_dropoff": "escort", "drop_off": "escort",
    "pick_up": "escort", "dropoff": "escort", "pickup": "escort", "escort": "escort",
    "accompagnement": "escort", "accompagner": "escort",
    # personal business
    "personal_med": "personal_business", "medical": "personal_business", "health": "personal_business",
    "doctor": "personal_business", "personal": "personal_business", "personal_business": "personal_business",
    "errand": "personal_business", "errands": "personal_business", "bank": "personal_business",
    "services": "personal_business", "service": "personal_business", "administrative": "personal_business",
    "pick_drop_item": "personal_business", "demarches": "personal_business", "démarches": "personal_business",
    "sante": "personal_business", "santé": "personal_business", "affaires_personnelles": "personal_business",
    # other
    "other": "other", "transit_transfer": "other", "autre": "other", "autres": "other",
    # OpenPATH trip survey (ENKETO) answers
    "go_to_work": "work", "work_related_meeting": "work", "go_to_school": "study",
    "buy_something": "shopping", "recreational__eg__exercise": "leisure", "eat_a_meal": "leisure",
    "socialize": "leisure", "pick_up_or_drop_off_someone": "escort", "accompany_someone": "escort",
    "pick_up_or_deliver_something": "personal_business", "personal_errand": "personal_business",
    "medical_appointment": "personal_business",
}
#: Words looked for in a label that is not in :data:`USER_PURPOSE_GROUPS` (first match wins).
_KEYWORDS = (("home", "home"), ("domicile", "home"), ("school", "study"), ("stud", "study"), ("work", "work"),
             ("travail", "work"), ("shop", "shopping"), ("buy", "shopping"), ("grocer", "shopping"),
             ("achat", "shopping"), ("drop", "escort"), ("pick_up", "escort"), ("accompan", "escort"),
             ("escort", "escort"), ("meal", "leisure"), ("eat", "leisure"), ("recreat", "leisure"),
             ("exercis", "leisure"), ("sport", "leisure"), ("entertain", "leisure"), ("social", "leisure"),
             ("visit", "leisure"), ("loisir", "leisure"), ("med", "personal_business"),
             ("errand", "personal_business"), ("bank", "personal_business"), ("sant", "personal_business"))
_NO_LABEL = {"", "nan", "none", "null", "unknown", "not_a_trip", "no_travel", "invalid"}


# --------------------------------------------------------------------------- small helpers
def _check(is_cancelled):
    check_cancelled(is_cancelled, tr("Purpose inference cancelled"))


def _require(df, columns, name):
    require_columns(df, columns, name, tr("Use the stays and trips layers made by Tracemob (Segment trips)."))


def _local_seconds(times: pd.Series, tz: str) -> np.ndarray:
    """Seconds since 1970-01-01 00:00 of the *local wall clock* (float; NaN for NaT)."""
    try:
        local = pd.DatetimeIndex(times).tz_convert(tz).tz_localize(None)
    except Exception:
        raise InputError(tr("unknown time zone '{tz}'").format(tz=tz), field="tz",
                         hint=tr("Give an IANA time zone such as Europe/Paris.")) from None
    values = local.asi8.astype("float64") / 1e9
    values[np.asarray(local.isna())] = np.nan
    return values


def _window_overlaps(s, e, a_h, b_h, weekdays_only=False):
    """Overlap of intervals ``[s, e)`` (local seconds) with the daily windows ``[d+a_h, d+b_h)``.

    Returns ``(row, day, overlap_s)``: one entry per (interval, day) touching; ``day`` is the local
    day number (days since 1970-01-01) on which the window starts.
    """
    s = np.asarray(s, dtype=float)
    e = np.asarray(e, dtype=float)
    ok = np.isfinite(s) & np.isfinite(e) & (e > s)
    a, b = a_h * 3600.0, b_h * 3600.0
    d0 = np.where(ok, np.floor((s - b) / DAY_S) + 1, 0).astype(np.int64)
    d1 = np.where(ok, np.floor((e - a) / DAY_S), -1).astype(np.int64)
    n = np.clip(d1 - d0 + 1, 0, None)
    row = np.repeat(np.arange(len(s)), n)
    offs = np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n)
    day = d0[row] + offs
    ov = np.clip(np.minimum(e[row], day * DAY_S + b) - np.maximum(s[row], day * DAY_S + a), 0.0, None)
    keep = ov > 0
    if weekdays_only:
        keep &= ((day + 3) % 7) < 5  # 1970-01-01 was a Thursday (Monday = 0)
    return row[keep], day[keep], ov[keep]


def _label_group(text: str) -> str:
    """One label -> group. Several space-separated answers (an OpenPATH survey's multiple choice,
    e.g. ``"pick_up_or_drop_off_someone buy_something"``): the first that maps wins."""
    key = text.strip().lower().replace("-", "_")
    if key.replace(" ", "_") in _NO_LABEL:
        return ""
    whole = key.replace(" ", "_")
    if whole in USER_PURPOSE_GROUPS:
        return USER_PURPOSE_GROUPS[whole]
    tokens = key.split() or [key]
    for token in tokens:
        if token in USER_PURPOSE_GROUPS:
            return USER_PURPOSE_GROUPS[token]
    for token in tokens:
        for word, group in _KEYWORDS:
            if word in token:
                return group
    return "other"


def normalise_purpose_label(values) -> pd.Series:
    """User purpose labels -> EMC² group (``""`` when there is no label; unknown words -> ``other``)."""
    s = pd.Series(values, dtype=object)
    codes, uniques = pd.factorize(s, use_na_sentinel=True)
    mapped = []
    for u in uniques:
        mapped.append(_label_group(str(u)))
    table = np.array(mapped + [""], dtype=object)
    return pd.Series(table[codes], index=s.index, dtype=object)


# --------------------------------------------------------------------------- places
def _prepare_stays(stays, name="stays"):
    _require(stays, ("stay_id", "user_id", "start_time", "end_time", "lat", "lon"), name)
    out = stays.copy()
    out["stay_id"] = out["stay_id"].astype(str)
    out["user_id"] = out["user_id"].astype(str)
    out["start_time"] = to_utc(out["start_time"], name, "start_time")
    out["end_time"] = to_utc(out["end_time"], name, "end_time")
    out["lat"] = pd.to_numeric(out["lat"], errors="coerce")
    out["lon"] = pd.to_numeric(out["lon"], errors="coerce")
    if "duration_s" not in out.columns:
        out["duration_s"] = (out["end_time"] - out["start_time"]).dt.total_seconds()
    out["duration_s"] = pd.to_numeric(out["duration_s"], errors="coerce")
    return out.reset_index(drop=True)


def cluster_places(stays: pd.DataFrame, radius_m: float = 100.0, tz: str = DEFAULT_TZ,
                   stays_name: str = "stays", progress: Optional[Callable[[float], None]] = None,
                   is_cancelled: Optional[Callable[[], bool]] = None):
    """``(stays + place_id, places)``: each participant's stays clustered into places (module doc).

    ``places``: ``place_id, user_id, lon, lat, n_visits, n_days, total_duration_s, night_share,
    workhours_share, first_visit, last_visit`` (shares of the time spent there; nights 22:00-06:00,
    working hours weekdays 08:00-19:00, local time). Stays without coordinates get ``place_id`` "".
    """
    from sklearn.cluster import DBSCAN

    if radius_m is None or not np.isfinite(radius_m) or radius_m <= 0:
        raise InputError(tr("the place radius must be a positive number of metres"), field="radius_m")
    st = _prepare_stays(stays, stays_name)
    st["place_id"] = ""
    ok = np.isfinite(st["lat"].to_numpy()) & np.isfinite(st["lon"].to_numpy())
    labels = np.full(len(st), -1, dtype=np.int64)
    groups = st[ok].groupby("user_id", sort=True).indices
    users = list(groups)
    idx_ok = np.nonzero(ok)[0]
    for i, user in enumerate(users):
        _check(is_cancelled)
        rows = idx_ok[groups[user]]
        lat = st["lat"].to_numpy()[rows]
        lon = st["lon"].to_numpy()[rows]
        lat0 = np.radians(np.mean(lat))
        xy = np.column_stack([np.radians(lon) * np.cos(lat0), np.radians(lat)]) * 6_371_008.8
        labels[rows] = DBSCAN(eps=float(radius_m), min_samples=1).fit(xy).labels_
        if progress is not None and (i % 20 == 0):
            progress(0.8 * (i + 1) / max(len(users), 1))
    sub = st[ok].assign(_lab=labels[ok])
    # local-time shares of each stay
    ls, le = _local_seconds(sub["start_time"], tz), _local_seconds(sub["end_time"], tz)
    dur = np.where(np.isfinite(le - ls), np.clip(le - ls, 0, None), 0.0)
    night = np.zeros(len(sub))
    work = np.zeros(len(sub))
    r, _, ov = _window_overlaps(ls, le, *NIGHT_WINDOW_H)
    np.add.at(night, r, ov)
    r, _, ov = _window_overlaps(ls, le, *WORK_WINDOW_H, weekdays_only=True)
    np.add.at(work, r, ov)
    sub = sub.assign(_dur=dur, _night=night, _work=work,
                     _day=np.floor(np.where(np.isfinite(ls), ls, 0) / DAY_S).astype(np.int64),
                     _w=np.maximum(dur, 1.0))
    sub["_wlon"] = sub["lon"] * sub["_w"]
    sub["_wlat"] = sub["lat"] * sub["_w"]
    g = sub.groupby(["user_id", "_lab"], sort=True)
    places = g.agg(lon=("_wlon", "sum"), lat=("_wlat", "sum"), w=("_w", "sum"), n_visits=("stay_id", "size"),
                   n_days=("_day", "nunique"), total_duration_s=("_dur", "sum"), night_s=("_night", "sum"),
                   work_s=("_work", "sum"), first_visit=("start_time", "min"),
                   last_visit=("end_time", "max")).reset_index()
    places["lon"] = places["lon"] / places["w"]
    places["lat"] = places["lat"] / places["w"]
    total = places["total_duration_s"].to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        places["night_share"] = np.where(total > 0, places["night_s"] / total, 0.0)
        places["workhours_share"] = np.where(total > 0, places["work_s"] / total, 0.0)
    places = places.sort_values(["user_id", "total_duration_s", "first_visit"], ascending=[True, False, True],
                                kind="stable")
    k = places.groupby("user_id", sort=False).cumcount().to_numpy()
    places["place_id"] = places["user_id"].to_numpy(object) + "_P" + k.astype(str).astype(object)
    pid = places.set_index(["user_id", "_lab"])["place_id"]
    keys = pd.MultiIndex.from_arrays([sub["user_id"].to_numpy(), sub["_lab"].to_numpy()])
    st.loc[ok, "place_id"] = pid.reindex(keys).to_numpy()
    places["n_visits"] = places["n_visits"].astype(np.int64)
    places["n_days"] = places["n_days"].astype(np.int64)
    places = places[["place_id", "user_id", "lon", "lat", "n_visits", "n_days", "total_duration_s",
                     "night_share", "workhours_share", "first_visit", "last_visit"]].reset_index(drop=True)
    if progress is not None:
        progress(1.0)
    return st, places


# --------------------------------------------------------------------------- home and work
HOMEWORK_COLUMNS = ["user_id", "home_place_id", "home_lon", "home_lat", "home_confidence", "work_place_id",
                    "work_lon", "work_lat", "work_confidence", "n_nights", "n_home_nights", "n_weekdays",
                    "n_work_days", "reason"]


def _most_frequent_place(visits: pd.DataFrame) -> pd.DataFrame:
    """Per user (index), the place seen on the most days ``n`` (ties: the most time ``s``, then the place id)
    among ``visits`` (user_id, place_id, day, ov = seconds there)."""
    cand = visits.groupby(["user_id", "place_id"]).agg(n=("day", "nunique"), s=("ov", "sum")).reset_index()
    cand = cand.sort_values(["user_id", "n", "s", "place_id"], ascending=[True, False, False, True], kind="stable")
    return cand.groupby("user_id", sort=False).head(1).set_index("user_id")


def detect_home_work(stays: pd.DataFrame, places: Optional[pd.DataFrame] = None, tz: str = DEFAULT_TZ,
                     radius_m: float = 100.0, min_nights: int = 2, min_home_share: float = 0.5,
                     min_night_s: float = 3 * 3600.0, min_work_days: int = 2, min_work_share: float = 0.3,
                     min_work_s: float = 3 * 3600.0, stays_name: str = "stays") -> pd.DataFrame:
    """Home and work/study place of each participant (module doc); one row per user_id.

    Columns: ``user_id, home_place_id, home_lon, home_lat, home_confidence, work_place_id, work_lon,
    work_lat, work_confidence, n_nights, n_home_nights, n_weekdays, n_work_days, reason``
    (``reason`` is "" when both were found, else why not; ids "" and coordinates NaN when not found).
    ``stays`` may already carry ``place_id`` (from :func:`cluster_places`, then give ``places`` too).
    """
    if places is None or "place_id" not in stays.columns:
        st, places = cluster_places(stays, radius_m=radius_m, tz=tz, stays_name=stays_name)
    else:
        st = _prepare_stays(stays, stays_name)
        st["place_id"] = st["place_id"].fillna("").astype(str)
    users = pd.Index(sorted(st["user_id"].unique()), name="user_id")
    out = pd.DataFrame(index=users)
    st = st[st["place_id"] != ""]
    ls, le = _local_seconds(st["start_time"], tz), _local_seconds(st["end_time"], tz)
    user = st["user_id"].to_numpy(object)
    pid = st["place_id"].to_numpy(object)

    # ---- home: nights
    r, day, ov = _window_overlaps(ls, le, *NIGHT_WINDOW_H)
    nights = pd.DataFrame({"user_id": user[r], "place_id": pid[r], "day": day, "ov": ov})
    per_night = nights.groupby(["user_id", "day"])["ov"].sum()
    seen = per_night[per_night >= min_night_s].reset_index()
    n_nights = seen.groupby("user_id").size()
    at_place = nights.groupby(["user_id", "place_id", "day"])["ov"].sum()
    at_place = at_place[at_place >= min_night_s].reset_index()
    best = _most_frequent_place(at_place)
    out["n_nights"] = n_nights.reindex(users).fillna(0).astype(np.int64)
    out["n_home_nights"] = best["n"].reindex(users).fillna(0).astype(np.int64)
    out["home_place_id"] = best["place_id"].reindex(users).fillna("")
    share = np.where(out["n_nights"] > 0, out["n_home_nights"] / out["n_nights"].clip(lower=1), 0.0)
    home_ok = ((out["n_nights"] >= min_nights) & (share >= min_home_share) & (out["n_home_nights"] > 0)).to_numpy()
    out["home_confidence"] = np.where(home_ok, share * np.minimum(1.0, out["n_home_nights"] / 5.0), 0.0)
    reasons_home = np.where(
        out["n_nights"] == 0,
        tr("home not found: no stay covers the night (22:00-06:00)"),
        np.where(out["n_nights"] < min_nights,
                 tr("home not found: too few nights observed ({n}, at least {m} needed)"),
                 tr("home not found: no place holds most nights ({n} nights observed, best place {k})")))
    reasons_home = [str(t).format(n=n, m=min_nights, k=k) for t, n, k in zip(reasons_home, out["n_nights"], out["n_home_nights"])]
    out.loc[~home_ok, "home_place_id"] = ""

    # ---- work / study: weekdays
    pl = places.set_index("place_id")
    r, day, ov = _window_overlaps(ls, le, *WORK_WINDOW_H, weekdays_only=True)
    wk = pd.DataFrame({"user_id": user[r], "place_id": pid[r], "day": day, "ov": ov})
    n_weekdays = wk.groupby("user_id")["day"].nunique()
    at_work = wk.groupby(["user_id", "place_id", "day"])["ov"].sum()
    at_work = at_work[at_work >= min_work_s].reset_index()
    # exclude the home place and places near home
    home_of = out["home_place_id"]
    at_work = at_work[at_work["place_id"].to_numpy(object) != home_of.reindex(at_work["user_id"]).to_numpy(object)]
    if len(at_work):
        hp = home_of.reindex(at_work["user_id"]).to_numpy(object)
        has_home = hp != ""
        hlon = pl["lon"].reindex(np.where(has_home, hp, None)).to_numpy(float)
        hlat = pl["lat"].reindex(np.where(has_home, hp, None)).to_numpy(float)
        plon = pl["lon"].reindex(at_work["place_id"]).to_numpy(float)
        plat = pl["lat"].reindex(at_work["place_id"]).to_numpy(float)
        from ..geometry import haversine_m

        dist = haversine_m(hlat, hlon, plat, plon)
        at_work = at_work[~(has_home & (dist <= 2.0 * radius_m))]
    wbest = _most_frequent_place(at_work)
    out["n_weekdays"] = n_weekdays.reindex(users).fillna(0).astype(np.int64)
    out["n_work_days"] = wbest["n"].reindex(users).fillna(0).astype(np.int64)
    out["work_place_id"] = wbest["place_id"].reindex(users).fillna("")
    wshare = np.where(out["n_weekdays"] > 0, out["n_work_days"] / out["n_weekdays"].clip(lower=1), 0.0)
    work_ok = ((out["n_work_days"] >= min_work_days) & (wshare >= min_work_share)).to_numpy()
    out["work_confidence"] = np.where(work_ok, wshare * np.minimum(1.0, out["n_work_days"] / 4.0), 0.0)
    reasons_work = np.where(
        out["n_weekdays"] == 0, tr("work/study place not found: no weekday (08:00-19:00) observed"),
        np.where(out["n_work_days"] == 0,
                 tr("work/study place not found: no place other than home holds 3 hours of a weekday"),
                 np.where(out["n_work_days"] < min_work_days,
                          tr("work/study place not found: too few working days at one place ({k}, at least {m} needed)"),
                          tr("work/study place not found: no regular weekday place ({k} of {n} weekdays at the best place)"))))
    reasons_work = [str(t).format(n=n, m=min_work_days, k=k) for t, n, k in zip(reasons_work, out["n_weekdays"], out["n_work_days"])]
    out.loc[~work_ok, "work_place_id"] = ""

    for kind in ("home", "work"):
        ids = out[kind + "_place_id"].to_numpy(object)
        look = np.where(ids != "", ids, None)
        out[kind + "_lon"] = pl["lon"].reindex(look).to_numpy(float)
        out[kind + "_lat"] = pl["lat"].reindex(look).to_numpy(float)
    out["reason"] = ["; ".join(x for x in (h if not hok else "", w if not wok else "") if x)
                     for h, w, hok, wok in zip(reasons_home, reasons_work, home_ok, work_ok)]
    return out.reset_index()[HOMEWORK_COLUMNS]


# --------------------------------------------------------------------------- labels
def match_labels(trips: pd.DataFrame, labels: Optional[pd.DataFrame], tolerance_s: float = 1800.0,
                 min_overlap: float = 0.5) -> pd.Series:
    """``purpose_confirm`` of the label matching each trip (same user, nearest start within
    ``tolerance_s``, time overlap >= ``min_overlap`` of the shorter of the two); "" when none."""
    result = pd.Series("", index=trips.index, dtype=object)
    if labels is None or len(labels) == 0 or "purpose_confirm" not in labels.columns or len(trips) == 0:
        return result
    _require(labels, ("user_id", "start_time", "end_time"), "labels")
    lab = pd.DataFrame({"user_id": labels["user_id"].astype(str).to_numpy(),
                        "l_start": to_utc(labels["start_time"], "labels", "start_time").to_numpy(),
                        "l_end": to_utc(labels["end_time"], "labels", "end_time").to_numpy(),
                        "purpose_confirm": labels["purpose_confirm"].astype(object).to_numpy()})
    lab = lab[lab["l_start"].notna() & lab["purpose_confirm"].notna()
              & (lab["purpose_confirm"].astype(str).str.strip() != "")]
    if lab.empty:
        return result
    tr_ = pd.DataFrame({"_row": np.arange(len(trips)), "user_id": trips["user_id"].astype(str).to_numpy(),
                        "start_time": pd.to_datetime(trips["start_time"], utc=True).to_numpy(),
                        "end_time": pd.to_datetime(trips["end_time"], utc=True).to_numpy()})
    tr_ = tr_[tr_["start_time"].notna()].sort_values("start_time", kind="stable")
    lab = lab.sort_values("l_start", kind="stable")
    m = pd.merge_asof(tr_, lab, left_on="start_time", right_on="l_start", by="user_id", direction="nearest",
                      tolerance=pd.Timedelta(seconds=tolerance_s))
    m = m[m["l_start"].notna() & m["end_time"].notna() & m["l_end"].notna()]
    if m.empty:
        return result
    sec = {c: pd.DatetimeIndex(m[c]).asi8.astype(float) / 1e9 for c in ("start_time", "end_time", "l_start", "l_end")}
    ov = np.minimum(sec["end_time"], sec["l_end"]) - np.maximum(sec["start_time"], sec["l_start"])
    shorter = np.minimum(sec["end_time"] - sec["start_time"], sec["l_end"] - sec["l_start"])
    ok = (ov >= min_overlap * np.maximum(shorter, 1.0)) | ((shorter <= 0) & (ov >= 0))
    m = m[ok]
    values = result.to_numpy(object).copy()
    values[m["_row"].to_numpy()] = m["purpose_confirm"].to_numpy(object)
    return pd.Series(values, index=trips.index, dtype=object)


# --------------------------------------------------------------------------- rules
def _trap(x, a, b, c, d):
    """Trapezoid membership: 0 below a, 1 on [b, c], 0 above d (NaN -> 0.5, unknown)."""
    x = np.asarray(x, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        up = np.where(b > a, (x - a) / max(b - a, 1e-9), (x >= a).astype(float))
        down = np.where(d > c, (d - x) / max(d - c, 1e-9), (x <= d).astype(float))
        y = np.clip(np.minimum(up, down), 0.0, 1.0)
    return np.where(np.isfinite(x), y, 0.5)


def _rule_scores(hour, dur_h, weekday, n_days):
    """Scores (n x len(PURPOSES)) of the rule fallback.

    ``hour``: local arrival hour (0-24, fractional); ``dur_h``: stay at the destination (hours, NaN
    unknown); ``weekday``: Monday = 0; ``n_days``: distinct days the destination place was visited.
    """
    n = len(hour)
    wkday = (np.asarray(weekday) < 5).astype(float)
    sunday = (np.asarray(weekday) == 6).astype(float)
    weekend = 1.0 - wkday
    regular = np.clip((np.asarray(n_days, dtype=float) - 1.0) / 3.0, 0.0, 1.0)
    s = np.zeros((n, len(PURPOSES)))
    P = {p: i for i, p in enumerate(PURPOSES)}
    # a second, regular weekday daytime place (part-time job, second school...)
    s[:, P["work"]] = 0.9 * wkday * _trap(hour, 6.0, 7.0, 10.0, 14.5) * _trap(dur_h, 2.5, 4.0, 11.0, 13.0) * \
        (0.3 + 0.7 * regular)
    s[:, P["study"]] = 0.0  # not told apart from work without the participant's labels
    school_times = np.maximum.reduce([_trap(hour, 7.0, 7.75, 9.0, 9.5), _trap(hour, 11.25, 11.5, 12.25, 12.5),
                                      _trap(hour, 13.0, 13.25, 14.0, 14.25), _trap(hour, 15.75, 16.25, 18.0, 18.75)])
    s[:, P["escort"]] = 0.8 * _trap(dur_h, -1, 0.0, 0.17, 0.33) * school_times * (0.4 + 0.6 * wkday)
    s[:, P["shopping"]] = 0.7 * _trap(dur_h, 0.05, 0.2, 1.0, 2.0) * _trap(hour, 8.0, 9.5, 19.5, 21.0) * \
        (1.0 - 0.7 * sunday)
    evening = _trap(hour, 17.0, 18.5, 23.9, 24.1)
    lunch = _trap(hour, 11.25, 11.75, 13.5, 14.0) * _trap(dur_h, 0.3, 0.6, 1.5, 2.25)
    long_visit = _trap(dur_h, 0.6, 1.25, 5.0, 8.0)
    s[:, P["leisure"]] = np.maximum.reduce([
        0.8 * evening * long_visit, 0.75 * weekend * long_visit, 0.6 * lunch,
        0.5 * _trap(dur_h, 1.5, 2.5, 8.0, 12.0) * (1.0 - 0.5 * wkday * _trap(hour, 7.0, 8.0, 10.0, 11.0))])
    s[:, P["personal_business"]] = 0.55 * wkday * _trap(hour, 8.0, 8.75, 17.0, 18.5) * \
        _trap(dur_h, 0.1, 0.3, 1.0, 1.75)
    s[:, P["other"]] = 0.15
    s[:, P["home"]] = 0.0  # home only from the detected home place (or labels)
    return s


# --------------------------------------------------------------------------- shared labels
#: Purposes of places open to everyone: a label there may inform other participants' trips.
PUBLIC_PURPOSES = ("study", "shopping", "leisure", "escort", "personal_business")
#: Weight of the other participants' labels nearby, added to the rule scores (which are <= 0.9).
SHARED_LABEL_WEIGHT = 0.6


def _shared_label_votes(lon, lat, own, radius_m):
    """(n x len(PURPOSES)) share of the labelled destinations (public purposes, any participant)
    within ``radius_m`` of each unlabelled trip's destination, times ``min(1, votes / 3)``."""
    from sklearn.neighbors import BallTree

    n = len(lon)
    out = np.zeros((n, len(PURPOSES)))
    ok = np.isfinite(lon) & np.isfinite(lat)
    labelled = ok & np.isin(own, PUBLIC_PURPOSES)
    query = ok & (own == "")
    if not labelled.any() or not query.any():
        return out
    tree = BallTree(np.radians(np.column_stack([lat[labelled], lon[labelled]])), metric="haversine")
    qi = np.nonzero(query)[0]
    hits = tree.query_radius(np.radians(np.column_stack([lat[qi], lon[qi]])), r=radius_m / 6_371_008.8)
    counts = np.array([len(h) for h in hits])
    if counts.sum() == 0:
        return out
    q = np.repeat(qi, counts)
    code = {p: i for i, p in enumerate(PURPOSES)}
    g = np.array([code[x] for x in own[labelled]], dtype=np.int64)[np.concatenate(hits).astype(np.int64)]
    np.add.at(out, (q, g), 1.0)
    total = out.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.where(total > 0, out / total * np.minimum(1.0, total / 3.0), 0.0)
    return out


def _nearest_place(places, users, lon, lat, radius_m):
    """Place id of the participant's nearest place within ``radius_m`` of each point ("" if none)."""
    from sklearn.neighbors import BallTree

    out = np.full(len(lon), "", dtype=object)
    ok = np.isfinite(lon) & np.isfinite(lat)
    if not ok.any() or places.empty:
        return out
    tree = BallTree(np.radians(places[["lat", "lon"]].to_numpy(float)), metric="haversine")
    qi = np.nonzero(ok)[0]
    hits, dist = tree.query_radius(np.radians(np.column_stack([lat[qi], lon[qi]])), r=radius_m / 6_371_008.8,
                                   return_distance=True)
    counts = np.array([len(h) for h in hits])
    if counts.sum() == 0:
        return out
    cand = pd.DataFrame({"q": np.repeat(qi, counts), "p": np.concatenate(hits).astype(np.int64),
                         "d": np.concatenate(dist)})
    cand = cand[places["user_id"].to_numpy(object)[cand["p"].to_numpy()] == users[cand["q"].to_numpy()]]
    best = cand.sort_values(["q", "d"], kind="stable").groupby("q").head(1)
    out[best["q"].to_numpy()] = places["place_id"].to_numpy(object)[best["p"].to_numpy()]
    return out


def _day_start_places(t, tz, allowed=None, day_start_hour=3):
    """Per user, the origin place of the first trip of the local day (days start at 03:00) that is
    the most frequent (ties: the earliest); a stand-in for home when none was detected."""
    ok = t["origin_place_id"].to_numpy(object) != ""
    if len(t) == 0 or not ok.any():
        return pd.Series(dtype=object)
    sub = t.loc[ok, ["user_id", "start_time", "origin_place_id"]]
    local = pd.DatetimeIndex(sub["start_time"]).tz_convert(tz) - pd.Timedelta(hours=day_start_hour)
    sub = sub.assign(day=local.tz_localize(None).normalize()).sort_values(["user_id", "start_time"], kind="stable")
    first = sub.groupby(["user_id", "day"], sort=False).head(1)
    if allowed is not None:
        first = first[first["origin_place_id"].isin(allowed)]
    cnt = (first.groupby(["user_id", "origin_place_id"], sort=False)
           .agg(n=("day", "size"), t0=("start_time", "min")).reset_index()
           .sort_values(["user_id", "n", "t0"], ascending=[True, False, True], kind="stable"))
    return cnt.groupby("user_id", sort=False).head(1).set_index("user_id")["origin_place_id"]


# --------------------------------------------------------------------------- purposes
@dataclass
class PurposeResult:
    """Result of :func:`infer_purposes_full`: ``trips`` with purposes, ``stays`` with ``place_id``,
    ``places`` with ``is_home``/``is_work`` flags, ``homework`` (one row per user, with ``reason``)."""

    trips: pd.DataFrame
    stays: pd.DataFrame
    places: pd.DataFrame
    homework: pd.DataFrame
    warnings: list = field(default_factory=list)


def infer_purposes_full(trips: pd.DataFrame, stays: pd.DataFrame, labels: Optional[pd.DataFrame] = None,
                        tz: str = DEFAULT_TZ, radius_m: float = 100.0, require_home: bool = True,
                        shared_labels: bool = True, trips_name: str = "trips", stays_name: str = "stays",
                        progress: Optional[Callable[[float], None]] = None,
                        is_cancelled: Optional[Callable[[], bool]] = None, **homework_params) -> PurposeResult:
    """Purposes of trips, with the places and homes behind them (module doc).

    ``trips``: ``trip_id, user_id, start_time, end_time, origin_stay_id, destination_stay_id``
    (segmentation contract; may carry ``purpose_confirm`` already, and ``origin_lon/lat``,
    ``destination_lon/lat``: a trip without a stay at one end then gets the participant's nearest
    place within ``radius_m`` of that end). ``stays``: segmentation stays.
    ``labels``: ``trips_labels`` (``user_id, start_time, end_time, purpose_confirm``), matched on time.
    ``require_home``: raise :class:`InputError` when no participant has enough data for a home.
    ``shared_labels``: let the labels of public places (study, shopping, leisure, escort, personal
    business) given by any participant inform the unlabelled trips ending within ``radius_m``.
    """
    _require(trips, ("trip_id", "user_id", "start_time", "end_time"), trips_name)
    _check(is_cancelled)
    if stays is None or len(stays) == 0:
        raise InputError(tr("there are no stays: places, home and work cannot be found"), file=stays_name,
                         hint=tr("Give the stays layer made by Segment trips for the same participants."))
    st, places = cluster_places(stays, radius_m=radius_m, tz=tz, stays_name=stays_name,
                                progress=(lambda f: progress(0.4 * f)) if progress else None,
                                is_cancelled=is_cancelled)
    _check(is_cancelled)
    hw = detect_home_work(st, places, tz=tz, radius_m=radius_m, stays_name=stays_name, **homework_params)
    if progress:
        progress(0.6)
    if require_home and not (hw["home_place_id"] != "").any():
        detail = "; ".join("{u}: {r}".format(u=u, r=r) for u, r in zip(hw["user_id"], hw["reason"]))
        raise InputError(tr("no participant has enough data to find a home ({detail})").format(detail=detail),
                         file=stays_name,
                         hint=tr("Give at least two nights of data per participant, or allow purposes without home."))
    t = trips.copy()
    t["trip_id"] = t["trip_id"].astype(str)
    t["user_id"] = t["user_id"].astype(str)
    t["start_time"] = to_utc(t["start_time"], trips_name, "start_time")
    t["end_time"] = to_utc(t["end_time"], trips_name, "end_time")
    dest_dur, dest_lon, dest_lat = _trip_places(t, st, places, radius_m)
    own = _own_labels(t, labels)
    _check(is_cancelled)
    dest = t["destination_place_id"].to_numpy(object)
    place_label = _place_labels(dest, own)
    purpose, conf = _rule_purposes(t, places, dest, dest_dur, dest_lon, dest_lat, own, tz, radius_m,
                                   shared_labels)
    users = t["user_id"].to_numpy(object)
    h_pid = hw.set_index("user_id")["home_place_id"].reindex(users).fillna("").to_numpy(object)
    w_pid = hw.set_index("user_id")["work_place_id"].reindex(users).fillna("").to_numpy(object)
    purpose, conf, source = _known_places(t, places, hw, place_label, dest, own, h_pid, w_pid, purpose, conf, tz)
    orig = t["origin_place_id"].to_numpy(object)
    both = (h_pid != "") & (w_pid != "")
    t["purpose"] = purpose.astype(object)
    t["purpose_confidence"] = np.round(conf.astype(float), 3)
    t["purpose_source"] = source.astype(object)
    t["is_home_work"] = both & (((orig == h_pid) & (dest == w_pid)) | ((orig == w_pid) & (dest == h_pid)))
    t["destination_stay_s"] = dest_dur

    places = places.copy()
    hp = set(hw["home_place_id"]) - {""}
    wp = set(hw["work_place_id"]) - {""}
    places["is_home"] = places["place_id"].isin(hp).to_numpy()
    places["is_work"] = places["place_id"].isin(wp).to_numpy()
    places["label"] = place_label["group"].reindex(places["place_id"]).fillna("").to_numpy(object)
    warnings = ["{u}: {r}".format(u=u, r=r) for u, r in zip(hw["user_id"], hw["reason"]) if r]
    if progress:
        progress(1.0)
    return PurposeResult(trips=t, stays=st, places=places, homework=hw, warnings=warnings)


def _trip_places(t, st, places, radius_m):
    """``origin_place_id`` and ``destination_place_id`` of every trip (from its stays; a trip with no stay at
    one end, at the start or end of the data, takes the participant's place nearest to that end, within the
    radius); returns the destination stay's duration and position."""
    stay_place = st.set_index("stay_id")["place_id"]
    stay_place = stay_place[~stay_place.index.duplicated()]
    stay_dur = st.set_index("stay_id")["duration_s"]
    stay_dur = stay_dur[~stay_dur.index.duplicated()]
    for end in ("origin", "destination"):
        col = end + "_stay_id"
        ids = t[col].astype(object).where(t[col].notna(), "").astype(str) if col in t.columns else \
            pd.Series("", index=t.index)
        t[end + "_place_id"] = stay_place.reindex(ids.to_numpy()).fillna("").to_numpy(object)
        if end == "destination":
            dest_dur = stay_dur.reindex(ids.to_numpy()).to_numpy(float)
            first = st.drop_duplicates("stay_id").set_index("stay_id")
            dest_lon = first["lon"].reindex(ids.to_numpy()).to_numpy(float)
            dest_lat = first["lat"].reindex(ids.to_numpy()).to_numpy(float)
    for end in ("origin", "destination"):
        lon_c, lat_c = end + "_lon", end + "_lat"
        if lon_c in t.columns and lat_c in t.columns:
            missing = t[end + "_place_id"].to_numpy(object) == ""
            if missing.any():
                got = _nearest_place(places, t["user_id"].to_numpy(object)[missing],
                                     pd.to_numeric(t[lon_c], errors="coerce").to_numpy(float)[missing],
                                     pd.to_numeric(t[lat_c], errors="coerce").to_numpy(float)[missing], radius_m)
                values = t[end + "_place_id"].to_numpy(object).copy()
                values[missing] = got
                t[end + "_place_id"] = values
                if end == "destination":
                    pl_xy = places.set_index("place_id")
                    look = np.where(got != "", got, None)
                    dest_lon[missing] = np.where(got != "", pl_xy["lon"].reindex(look).to_numpy(float),
                                                 dest_lon[missing])
                    dest_lat[missing] = np.where(got != "", pl_xy["lat"].reindex(look).to_numpy(float),
                                                 dest_lat[missing])
    return dest_dur, dest_lon, dest_lat


def _own_labels(t, labels) -> np.ndarray:
    """The participant's own purpose group of each trip ("" when none): ``purpose_confirm``, else the label
    matched on time."""
    own = normalise_purpose_label(t["purpose_confirm"]) if "purpose_confirm" in t.columns else \
        pd.Series("", index=t.index, dtype=object)
    if labels is not None and len(labels):
        matched = normalise_purpose_label(match_labels(t, labels))
        own = own.where(own != "", matched)
    return own.to_numpy(object)


def _place_labels(dest, own) -> pd.DataFrame:
    """Labels of places: the majority group of the labelled trips ending there (``group``, ``share``,
    ``total`` by ``place_id``)."""
    lab = pd.DataFrame({"place_id": dest, "group": own})
    lab = lab[(lab["place_id"] != "") & (lab["group"] != "")]
    votes = lab.groupby(["place_id", "group"]).size().rename("n").reset_index()
    tot = votes.groupby("place_id")["n"].transform("sum")
    votes = votes.assign(share=votes["n"] / tot, total=tot).sort_values(["place_id", "n", "group"],
                                                                         ascending=[True, False, True])
    return votes.groupby("place_id").head(1).set_index("place_id")


def _rule_purposes(t, places, dest, dest_dur, dest_lon, dest_lat, own, tz, radius_m, shared_labels):
    """Purpose and confidence (at most 0.7) from the rules: arrival time, stay duration, weekday, how often the
    place is visited, and (``shared_labels``) the labels others gave near the destination."""
    arrive = pd.DatetimeIndex(t["end_time"]).tz_convert(tz)
    hour = (arrive.hour + arrive.minute / 60.0).to_numpy(float)
    weekday = arrive.weekday.to_numpy()
    n_days = places.set_index("place_id")["n_days"].reindex(np.where(dest != "", dest, None)).to_numpy(float)
    n_days = np.where(np.isfinite(n_days), n_days, 1.0)
    scores = _rule_scores(hour, dest_dur / 3600.0, weekday, n_days)
    if shared_labels:
        scores = scores + SHARED_LABEL_WEIGHT * _shared_label_votes(dest_lon, dest_lat, own, radius_m)
    best = scores.argmax(axis=1)
    total = scores.sum(axis=1)
    purpose = np.array(PURPOSES, dtype=object)[best]
    conf = np.minimum(0.7, scores[np.arange(len(t)), best] / np.where(total > 0, total, 1.0))
    return purpose, conf


def _known_places(t, places, hw, place_label, dest, own, h_pid, w_pid, purpose, conf, tz):
    """The rules' guess overridden, weakest first, by the place's label, the work place, the stand-in home of
    participants without one, the home, and the participant's own label. Returns (purpose, confidence,
    source)."""
    source = np.full(len(t), "model", dtype=object)
    users = t["user_id"].to_numpy(object)
    hconf = hw.set_index("user_id")["home_confidence"]
    wconf = hw.set_index("user_id")["work_confidence"]
    work_group = np.where(place_label["group"].reindex(w_pid).to_numpy(object) == "study", "study", "work")
    pl_group = place_label["group"].reindex(dest).to_numpy(object)
    pl_share = place_label["share"].reindex(dest).to_numpy(float)
    pl_total = place_label["total"].reindex(dest).to_numpy(float)
    has_pl = pd.notna(pl_group) & (dest != "")
    purpose = np.where(has_pl, pl_group, purpose)
    conf = np.where(has_pl, 0.4 + 0.5 * np.nan_to_num(pl_share) * np.minimum(1.0, np.nan_to_num(pl_total) / 3.0),
                    conf)
    is_work = (dest != "") & (dest == w_pid)
    purpose = np.where(is_work, work_group, purpose)
    conf = np.where(is_work, 0.5 + 0.45 * wconf.reindex(users).fillna(0).to_numpy(float), conf)
    # participants without a home: the place their days most often start from stands in (weak)
    night_places = places.loc[places["night_share"].to_numpy(float) > 0, "place_id"]
    weak = _day_start_places(t, tz, allowed=night_places)
    weak_pid = np.where(h_pid == "", weak.reindex(users).fillna("").to_numpy(object), "")
    is_weak = (dest != "") & (dest == weak_pid)
    purpose = np.where(is_weak, "home", purpose)
    conf = np.where(is_weak, 0.45, conf)
    is_home = (dest != "") & (dest == h_pid)
    purpose = np.where(is_home, "home", purpose)
    conf = np.where(is_home, 0.5 + 0.45 * hconf.reindex(users).fillna(0).to_numpy(float), conf)
    user_given = own != ""
    purpose = np.where(user_given, own, purpose)
    conf = np.where(user_given, 1.0, conf)
    source = np.where(user_given, "user", source)
    return purpose, conf, source


def infer_purposes(trips: pd.DataFrame, stays: pd.DataFrame, labels: Optional[pd.DataFrame] = None,
                   tz: str = DEFAULT_TZ, **kwargs) -> pd.DataFrame:
    """Trips + ``purpose, purpose_confidence, purpose_source, origin_place_id, destination_place_id,
    is_home_work`` (and ``destination_stay_s``); see :func:`infer_purposes_full`."""
    return infer_purposes_full(trips, stays, labels=labels, tz=tz, **kwargs).trips
