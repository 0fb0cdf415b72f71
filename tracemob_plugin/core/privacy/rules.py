"""Privacy rules shared by every aggregate output (minimum distinct participants per cell).

Every aggregate Tracemob writes (modal share, segment travel times, before/after, OD flows,
shareable exports) hides a cell seen by fewer than ``DEFAULT_MIN_USERS`` distinct participants,
unless the planner explicitly lowers the threshold: then ``min_users_warning`` returns the
warning to log. A threshold below 2 is refused (a single participant would be revealed).
"""
import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr

DEFAULT_MIN_USERS = 10
#: The lowest minimum-participants threshold any output accepts: 1 would publish single people.
MIN_USERS_FLOOR = 2


def check_min_users(k, field="MIN_USERS"):
    """Validate a minimum-participants threshold; returns it as int or raises InputError."""
    try:
        value = int(k)
    except (TypeError, ValueError):
        raise InputError(tr("The minimum number of participants must be a whole number."), field=field,
                         hint=tr("Give a number of at least 2 (default 10).")) from None
    if value < MIN_USERS_FLOOR:
        raise InputError(tr("A minimum of {k} participant(s) per cell would reveal individual people.").format(k=value),
                         field=field, hint=tr("Give a number of at least 2 (default 10)."))
    return value


def min_users_warning(k, default=DEFAULT_MIN_USERS):
    """The warning to log when ``k`` is below the privacy default, else None."""
    if int(k) < default:
        return tr("Privacy threshold lowered to {k} distinct participants per cell (default {default}): "
                  "do not share these outputs outside the authority.").format(k=int(k), default=default)
    return None


# --------------------------------------------------------------------------- shareable data
#: Shortest key accepted for pseudonyms (characters). The key never leaves the authority.
MIN_KEY_CHARS = 8
#: Hex characters kept of each HMAC-SHA256 pseudonym (16 = 64 bits).
PSEUDONYM_CHARS = 16


def check_key(key, field="KEY"):
    """The pseudonymisation key as bytes; raises InputError when it is missing or too short.

    The message never contains the key itself."""
    if key is None or (isinstance(key, (str, bytes)) and len(key) == 0):
        raise InputError(tr("No pseudonymisation key: a shareable export needs the authority's secret key."),
                         field=field,
                         hint=tr("Store the key as the password of a QGIS authentication configuration "
                                 "(type Basic) and choose it, or give a key file."))
    raw = key if isinstance(key, bytes) else str(key).encode("utf-8")
    if len(raw) < MIN_KEY_CHARS:
        raise InputError(tr("The pseudonymisation key is too short (fewer than {n} characters): it could be "
                            "guessed.").format(n=MIN_KEY_CHARS), field=field,
                         hint=tr("Use a long random secret, e.g. 32 random characters."))
    return raw


def pseudonymise(values, key, domain="participant", n_chars=PSEUDONYM_CHARS):
    """Keyed pseudonyms: the first ``n_chars`` hex characters of HMAC-SHA256(key, domain + ':' + value).

    Stable for the same key, unrelated across keys, not reversible without the key (not even by
    trying every plausible id, unlike a plain hash). ``domain`` separates kinds of ids (participants,
    trips). Returns an object array of str, one per value (None/NaN stay None).
    """
    import hashlib
    import hmac

    raw = check_key(key)
    values = np.asarray(values, dtype=object)
    uniq, inverse = np.unique(np.array(["" if v is None or (isinstance(v, float) and v != v) else str(v)
                                        for v in values.tolist()], dtype=object), return_inverse=True)
    prefix = (str(domain) + ":").encode("utf-8")
    digests = np.array([hmac.new(raw, prefix + u.encode("utf-8"), hashlib.sha256).hexdigest()[:int(n_chars)]
                        if u != "" else None for u in uniq.tolist()], dtype=object)
    return digests[inverse] if len(values) else np.array([], dtype=object)


def round_times(times, minutes):
    """UTC times rounded to the nearest ``minutes`` (a Series of datetime64[ns, UTC])."""
    minutes = int(minutes)
    s = pd.to_datetime(pd.Series(times), utc=True)
    if minutes <= 0:
        return s
    return s.dt.round("{}min".format(minutes))


def random_radii(n, radius_m, jitter=0.5, rng=None):
    """``n`` radii drawn uniformly in [(1-jitter) radius, (1+jitter) radius] metres."""
    rng = np.random.default_rng() if rng is None else rng
    j = min(max(float(jitter), 0.0), 0.99)
    return float(radius_m) * rng.uniform(1.0 - j, 1.0 + j, size=int(n))


def grid_cells(lon, lat, size_m):
    """Cell ids (str ``"<size>m_<ix>_<iy>"``) and cell centres (lon, lat) of a square grid of ``size_m``.

    An equirectangular grid anchored at (0°, 0°) with the scale of latitude 46.5° (France):
    cells are ``size_m`` high and about ``size_m`` wide in mainland France."""
    from ..geometry import EARTH_RADIUS_M

    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    k = np.pi / 180.0 * EARTH_RADIUS_M
    kx = k * np.cos(np.radians(46.5))
    ix = np.floor(lon * kx / size_m).astype(np.int64)
    iy = np.floor(lat * k / size_m).astype(np.int64)
    label = "{}m_".format(int(size_m))
    ids = np.array([label + "{}_{}".format(a, b) for a, b in zip(ix.tolist(), iy.tolist())], dtype=object)
    return ids, (ix + 0.5) * size_m / kx, (iy + 0.5) * size_m / k


def rare_pairs(users, origins, destinations, k):
    """Boolean mask: True where the (origin, destination) pair has fewer than ``k`` distinct users."""
    df = pd.DataFrame({"u": np.asarray(users, dtype=object), "o": np.asarray(origins, dtype=object),
                       "d": np.asarray(destinations, dtype=object)})
    if not len(df):
        return np.zeros(0, dtype=bool)
    n = df.groupby(["o", "d"], sort=False)["u"].transform("nunique").to_numpy()
    return n < int(k)
