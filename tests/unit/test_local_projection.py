"""core/network's numpy projection against pyproj's ellipsoidal azimuthal equidistant."""
import numpy as np
import pytest

from tracemob.tracemob_plugin.core.roads.network import _LocalProjection


@pytest.mark.parametrize("lon0, lat0", [(24.94, 60.17), (7.26, 43.70), (2.55, 48.85)])
def test_projection_matches_pyproj_within_a_tenth_of_a_metre_per_kilometre(lon0, lat0):
    pyproj = pytest.importorskip("pyproj")
    local = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={lat0} +lon_0={lon0} +ellps=WGS84 +units=m")
    ref = pyproj.Transformer.from_crs("EPSG:4326", local, always_xy=True)
    rng = np.random.default_rng(3)
    lon = lon0 + rng.uniform(-0.3, 0.3, 500)
    lat = lat0 + rng.uniform(-0.18, 0.18, 500)
    proj = _LocalProjection(lon0, lat0)
    x, y = proj.forward(lon, lat)
    xr, yr = ref.transform(lon, lat)
    r = np.hypot(xr, yr)
    assert r.max() > 15_000
    assert np.max(np.hypot(x - xr, y - yr) / r) < 5e-4          # < 0.05 % of the distance to the centre
    d, dr = np.hypot(np.diff(x), np.diff(y)), np.hypot(np.diff(xr), np.diff(yr))
    assert np.max(np.abs(d - dr) / dr) < 5e-4
    back_lon, back_lat = proj.inverse(x, y)
    assert np.max(np.abs(back_lon - lon)) < 1e-9 and np.max(np.abs(back_lat - lat)) < 1e-9


def test_centre_maps_to_origin():
    proj = _LocalProjection(5.0, 45.0)
    x, y = proj.forward(np.array([5.0]), np.array([45.0]))
    assert abs(x[0]) < 1e-9 and abs(y[0]) < 1e-9
    lon, lat = proj.inverse(np.array([0.0]), np.array([0.0]))
    assert lon[0] == pytest.approx(5.0) and lat[0] == pytest.approx(45.0)
