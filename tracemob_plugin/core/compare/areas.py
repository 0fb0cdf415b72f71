"""Polygons of a before/after study: the study and control areas, zones, and where traversals lie.

Polygons are WGS84 longitude/latitude (shapely geometries, WKT text or WKB bytes). A control area
must not overlap the study area (touching is allowed): it shows what happened without the plan.
"""
import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .common import first_column


def polygon(value, field_name):
    """A valid (Multi)Polygon from a shapely geometry, WKT or WKB; None stays None."""
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


def zone_list(zones, zone_ids=None):
    """(ids, geometries) from a dict {id: polygon}, a DataFrame (zone_id + geometry) or a sequence."""
    if zones is None:
        return [], []
    if isinstance(zones, dict):
        ids, geoms = [str(k) for k in zones], list(zones.values())
    elif isinstance(zones, pd.DataFrame):
        gcol = first_column(zones, ("geometry", "geom", "wkt", "wkb"))
        if gcol is None:
            raise InputError(tr("the zones have no geometry"), field="zones")
        geoms = list(zones[gcol])
        icol = first_column(zones, ("zone_id", "id", "name"))
        ids = [str(v) for v in (zones[icol] if icol else range(len(geoms)))]
    else:
        import shapely

        geoms = [zones] if isinstance(zones, (str, bytes, shapely.Geometry)) else list(zones)
        ids = [str(v) for v in (zone_ids if zone_ids is not None else range(len(geoms)))]
    if zone_ids is not None and not isinstance(zones, (dict, pd.DataFrame)):
        if len(ids) != len(geoms):
            raise InputError(tr("there are not as many zone ids as zone geometries"), field="zone_ids")
    return ids, [polygon(g, "zones") for g in geoms]


def _segment_midpoints(seg: pd.DataFrame):
    """(x, y) of each row of a segments table: its lon/lat columns, else the midpoint of its line."""
    import shapely

    lo = first_column(seg, ("lon", "mid_lon", "x"))
    la = first_column(seg, ("lat", "mid_lat", "y"))
    if lo and la:
        return (pd.to_numeric(seg[lo], errors="coerce").to_numpy(float),
                pd.to_numeric(seg[la], errors="coerce").to_numpy(float))
    gcol = first_column(seg, ("geometry", "geom", "wkt", "wkb"))
    if gcol is None:
        raise InputError(tr("the network has no geometry"), field="geometry")
    g = seg[gcol].to_numpy(object)
    if len(g) and isinstance(g[0], str):
        g = shapely.from_wkt(g)
    elif len(g) and isinstance(g[0], (bytes, bytearray)):
        g = shapely.from_wkb(g)
    mid = shapely.line_interpolate_point(g, 0.5, normalized=True)
    return shapely.get_x(mid), shapely.get_y(mid)


def segment_locations(traversals: pd.DataFrame, segments, name: str):
    """(lon, lat) of each traversal: its own lon/lat columns, else the midpoint of its segment."""
    lon_col = first_column(traversals, ("lon", "mid_lon", "x"))
    lat_col = first_column(traversals, ("lat", "mid_lat", "y"))
    if lon_col and lat_col:
        return (pd.to_numeric(traversals[lon_col], errors="coerce").to_numpy(float),
                pd.to_numeric(traversals[lat_col], errors="coerce").to_numpy(float))
    if segments is None:
        raise InputError(tr("cannot place the traversals in the study area"), file=name, field="segment_id",
                         hint=tr("Give the network segments (segment_id with a geometry or lon/lat), "
                                 "or traversals with lon/lat columns."))
    seg = segments
    scol = first_column(seg, ("segment_id", "edge_id", "seg_id", "id"))
    if scol is None:
        raise InputError(tr("the network has no segment id"), field="segment_id")
    x, y = _segment_midpoints(seg)
    where = pd.Series(np.arange(len(seg)), index=seg[scol].astype(str).to_numpy())
    where = where[~where.index.duplicated()]
    pos = where.reindex(traversals["segment_id"].astype(str).to_numpy()).to_numpy()
    ok = np.isfinite(pos)
    lon = np.full(len(traversals), np.nan)
    lat = np.full(len(traversals), np.nan)
    lon[ok] = x[pos[ok].astype(np.int64)]
    lat[ok] = y[pos[ok].astype(np.int64)]
    return lon, lat


def in_polygon(lon, lat, polygon_) -> np.ndarray:
    """Whether each point lies in (or on the border of) ``polygon_``; NaN coordinates never do."""
    import shapely

    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    ok = np.isfinite(lon) & np.isfinite(lat)
    out = np.zeros(len(lon), dtype=bool)
    if ok.any():
        out[ok] = shapely.contains_xy(polygon_, lon[ok], lat[ok]) | shapely.intersects_xy(polygon_, lon[ok], lat[ok])
    return out


def check_areas(study_area, control_area=None):
    """Parse the study and control polygons; a control area overlapping the study area is refused."""
    study = polygon(study_area, "study_area")
    control = polygon(control_area, "control_area") if control_area is not None else None
    if study is not None and control is not None:
        overlap = study.intersection(control).area
        if overlap > 1e-9 * max(min(study.area, control.area), 1e-18):
            raise InputError(tr("the control area overlaps the study area"), field="control_area",
                             hint=tr("Draw the control area outside the study area (touching is allowed): "
                                     "it must show what happened without the plan."))
    return study, control


def no_traversal_in(area_label, field_name):
    """The error of an area holding no traversal."""
    return InputError(tr("no traversal lies in the {area}").format(area=area_label), field=field_name,
                      hint=tr("Check that the area is drawn where the data are (WGS84 longitude/latitude)."))
