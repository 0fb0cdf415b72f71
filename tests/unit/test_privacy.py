"""core/privacy: the minimum-participants rule, keyed pseudonyms, rounding, radii, grid and rare pairs."""
import hashlib
import hmac

import numpy as np
import pandas as pd
import pytest

from tracemob.tracemob_plugin.core.privacy import rules as P
from tracemob.tracemob_plugin.core.errors import InputError
from tracemob.tracemob_plugin.core.geometry import haversine_m


def test_min_users_rule():
    assert P.DEFAULT_MIN_USERS == 10
    assert P.check_min_users("5") == 5
    for bad in (1, 0, -3):
        with pytest.raises(InputError, match="would reveal individual people"):
            P.check_min_users(bad, field="K")
    with pytest.raises(InputError, match="whole number"):
        P.check_min_users("many")
    assert P.min_users_warning(10) is None and P.min_users_warning(12) is None
    assert "lowered to 3" in P.min_users_warning(3) and "default 10" in P.min_users_warning(3)


def test_pseudonyms_are_truncated_hmac_sha256():
    key = "k3y-of-the-authority"
    got = P.pseudonymise(["alice", "bob", "alice", None], key)
    want = hmac.new(key.encode(), b"participant:alice", hashlib.sha256).hexdigest()[:16]
    assert got[0] == got[2] == want
    assert got[1] != got[0] and got[3] is None
    # a plain (unkeyed) hash of the id does not give the pseudonym: the key is needed
    assert want != hashlib.sha256(b"alice").hexdigest()[:16]
    assert want != hashlib.sha256(b"participant:alice").hexdigest()[:16]
    # domains separate participants from trips
    assert P.pseudonymise(["alice"], key, "trip")[0] != want
    assert P.pseudonymise(["alice"], key + "x")[0] != want


def test_key_checks_never_echo_the_key():
    for bad in (None, "", b""):
        with pytest.raises(InputError, match="No pseudonymisation key"):
            P.check_key(bad)
    with pytest.raises(InputError, match="too short") as err:
        P.check_key("s3cr3t")
    assert "s3cr3t" not in str(err.value)
    assert P.check_key("long enough key") == b"long enough key"


def test_round_times_and_radii():
    t = pd.Series(pd.to_datetime(["2024-03-04 08:07:29", "2024-03-04 08:07:31", "2024-03-04 23:53:00"], utc=True))
    r = P.round_times(t, 15)
    assert list(r.dt.strftime("%H:%M")) == ["08:00", "08:15", "00:00"]
    assert str(r.dt.tz) == "UTC"
    radii = P.random_radii(10000, 200.0, 0.5, np.random.default_rng(0))
    assert radii.min() >= 100.0 and radii.max() <= 300.0
    assert abs(radii.mean() - 200.0) < 3.0 and radii.std() > 50.0  # uniform, not constant


def test_grid_cells_are_about_the_size_asked():
    lon = np.array([2.35, 2.35 + 0.0001, 2.35 + 0.02])
    lat = np.array([48.85, 48.85, 48.85])
    ids, cx, cy = P.grid_cells(lon, lat, 1000.0)
    assert ids[0] == ids[1] != ids[2] and ids[0].startswith("1000m_")
    # the centre is within half a diagonal of the point
    assert haversine_m(lat[0], lon[0], cy[0], cx[0]) <= 1000.0 * np.sqrt(2) / 2 * 1.05


def test_rare_pairs_count_distinct_participants():
    users = ["a", "a", "a", "b", "c", "d"]
    o = ["X", "X", "X", "X", "X", "Y"]
    d = ["Z", "Z", "Z", "Z", "Z", "Z"]
    # pair X->Z: 3 distinct participants (a thrice); Y->Z: 1
    assert P.rare_pairs(users, o, d, 3).tolist() == [False] * 5 + [True]
    assert P.rare_pairs(users, o, d, 4).tolist() == [True] * 6
